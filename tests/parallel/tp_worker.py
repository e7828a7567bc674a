"""One rank of a tensor-parallel run (started by torchrun from tests/parallel): load each case split across the
ranks and save what the tests compare with the unsharded model — logits, greedy tokens, bytes held, peak RSS.

Usage: torchrun --nproc-per-node N tests/parallel/tp_worker.py OUT_DIR NAME=PATH[:QUANTIZE[:compile]] ...
A case whose load fails with a tttv2 error saves the message instead (the tests check errors this way too).
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.device_mesh import init_device_mesh

import tttv2
from tttv2.backends.torch.parallel import ColumnShard, RowShard
from tttv2.errors import TTTError

PROMPT = [5, 9, 33, 12, 40, 7, 8, 21, 17, 3, 60]
NEW_TOKENS = 12


def split_projection_bytes(model: nn.Module) -> int:
    """Bytes of parameters and buffers under this rank's split projections."""
    return sum(t.numel() * t.element_size() for m in model.modules() if isinstance(m, (ColumnShard, RowShard))
               for t in (*m.parameters(), *m.buffers()))


def run_case(mesh: object, out: Path, name: str, path: str, quantize: str | None, compile_decode: bool) -> None:
    rank = dist.get_rank()
    try:
        loaded = tttv2.load_pretrained(path, mesh=mesh, quantize=quantize,  # type: ignore[arg-type]
                                       compile=compile_decode)
    except TTTError as exc:
        torch.save({"error": f"{type(exc).__name__}: {exc}"}, out / f"{name}.rank{rank}.pt")
        return
    with torch.inference_mode():
        logits = loaded.model(torch.tensor([PROMPT]))[0]
    tokens = loaded.generate_ids(PROMPT, max_new_tokens=NEW_TOKENS)
    layouts = {name: str(m.layout) for name, m in loaded.model.named_modules() if hasattr(m, "layout")}
    torch.save({"logits": logits, "tokens": tokens, "split_bytes": split_projection_bytes(loaded.model),
                "layouts": layouts,
                "explain": loaded.model.explain(),
                "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024},
               out / f"{name}.rank{rank}.pt")


def run_cases(out: Path, cases: list[str]) -> None:
    """Each ``name=path:quantize:compile`` case on this rank's share of a mesh over torchrun's processes."""
    mesh = init_device_mesh("cpu", (int(os.environ["WORLD_SIZE"]),))
    for case in cases:
        name, _, rest = case.partition("=")
        path, _, options = rest.partition(":")
        quantize, _, compiled = options.partition(":")
        run_case(mesh, out, name, path, quantize or None, compiled == "compile")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    try:
        run_cases(out, sys.argv[2:])
    finally:
        dist.destroy_process_group()  # the models and the mesh are gone: see "Ending a run" in docs/parallel.md
    sys.stdout.flush()
    os._exit(0)  # a compiled case's code still holds the group, whose threads must not meet Python's shutdown


if __name__ == "__main__":
    main()
