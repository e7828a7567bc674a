"""Tensor parallelism on this machine: decode and prefill speed, load time and peak RSS per rank at 1, 2 and 3
ranks (gloo processes started by torchrun), and the bytes the plan all-reduces per token.

On a 2-core CPU, N ranks share the same 2 cores and the same memory bandwidth, so no speedup is expected: each
rank reads 1/N of the projection weights but every rank still reads the replicated embedding and head, and each
decoded token pays 2 all-reduces per layer through gloo (a few tens of microseconds each, plus a process switch).
What tensor parallelism buys is memory per rank and, across real devices, bandwidth. Usage:

    python benchmarks/parallel.py [--models smollm2-135m gemma3-270m] [--ranks 1 2 3] [--new-tokens 32]

A model runs at the rank counts its heads allow (SmolLM2's 9 heads: 1 and 3; Gemma 3 270M's 4 heads: 1 and 2);
the others print the refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from run import _cpu_description, result_of  # benchmarks/ is this script's directory, so first on sys.path

if TYPE_CHECKING:
    from torch.distributed.device_mesh import DeviceMesh

PROMPT_TOKENS = 128


def worker(model_name: str, new_tokens: int) -> None:
    """One rank (or the unsharded run when not under torchrun): print one RESULT or REFUSED line from rank 0."""
    import torch.distributed as dist
    from torch.distributed.device_mesh import init_device_mesh

    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world == 1:
        line = _measured_line(model_name, new_tokens, None)
    else:
        line = _measured_line(model_name, new_tokens, init_device_mesh("cpu", (world,)))
        dist.destroy_process_group()  # the model and the mesh are gone: see "Ending a run" in docs/parallel.md
    if line:
        print(line, flush=True)


def _measured_line(model_name: str, new_tokens: int, mesh: DeviceMesh | None) -> str | None:
    """Load and time ``model_name`` on this rank's share of ``mesh`` (None: unsharded); rank 0's line to print."""
    import torch
    import torch.distributed as dist

    import tttv2
    from tttv2.backends.torch.parallel import all_reduce_bytes_per_token
    from tttv2.errors import TensorParallelError

    world = mesh.size() if mesh is not None else 1
    prints = mesh is None or dist.get_rank() == 0
    baseline = _peak_rss_mb()
    started = time.perf_counter()
    try:
        loaded = tttv2.load_pretrained(model_name, mesh=mesh)
    except TensorParallelError as exc:
        return f"REFUSED {exc}" if prints else None
    load_s = time.perf_counter() - started
    prompt = [(7 * i + 3) % loaded.spec.dims.vocab_size for i in range(PROMPT_TOKENS)]
    loaded.generate_ids(prompt[:8], max_new_tokens=4)  # warm-up: first-call allocations
    loaded.generate_ids(prompt, max_new_tokens=new_tokens)
    stats = loaded.last_stats
    result = {"ranks": world, "load_s": load_s, "prefill_tok_s": stats.prefill_tokens_per_second,
              "decode_tok_s": stats.decode_tokens_per_second, "peak_rss_mb": _peak_rss_mb(),
              "baseline_rss_mb": baseline,
              "all_reduce_bytes_per_token": all_reduce_bytes_per_token(loaded.model, torch.float32)}
    if mesh is not None:  # every rank's peak RSS, gathered to rank 0
        gathered: list[object] = [None] * world
        dist.all_gather_object(gathered, result["peak_rss_mb"])
        result["peak_rss_mb"] = max(float(str(value)) for value in gathered)
    return "RESULT " + json.dumps(result) if prints else None


def measure(model_name: str, ranks: int, new_tokens: int) -> dict[str, float] | str | None:
    script = [str(Path(__file__).resolve()), "--worker", "--models", model_name, "--new-tokens", str(new_tokens)]
    command = ([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", str(ranks), *script]
               if ranks > 1 else [sys.executable, *script])
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    refused = [line for line in completed.stdout.splitlines() if line.startswith("REFUSED ")]
    if refused:
        return refused[0][len("REFUSED "):]
    return result_of(completed, f"{ranks} rank(s)")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="+", default=["smollm2-135m", "gemma3-270m"])
    parser.add_argument("--ranks", nargs="+", type=int, default=[1, 2, 3])
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.models[0], args.new_tokens)
        return
    print(f"CPU: {_cpu_description()}")
    print(f"prompt {PROMPT_TOKENS} tokens, {args.new_tokens} new tokens, fp32, gloo; one rank runs unsharded with "
          "torch's default threads, N ranks one thread each (torchrun's OMP_NUM_THREADS=1)")
    for model in args.models:
        print(f"\n{model}")
        print(f"{'ranks':>5}{'load s':>8}{'peak RSS MB/rank':>18}{'prefill tok/s':>15}{'decode tok/s':>14}"
              f"{'decode vs 1':>13}{'all-reduced KB/token':>22}")
        single: float | None = None
        for ranks in args.ranks:
            result = measure(model, ranks, args.new_tokens)
            if isinstance(result, str):
                print(f"{ranks:>5}  refused: {result}")
            if not isinstance(result, dict):
                continue
            single = result["decode_tok_s"] if ranks == 1 else single
            ratio = result["decode_tok_s"] / single if single else float("nan")
            print(f"{ranks:>5}{result['load_s']:>8.2f}{result['peak_rss_mb']:>18.0f}{result['prefill_tok_s']:>15.1f}"
                  f"{result['decode_tok_s']:>14.1f}{ratio:>13.2f}{result['all_reduce_bytes_per_token'] / 1024:>22.1f}")
    print("all-reduced bytes: the payload summed per token (2 all-reduces of hidden_size floats per layer); a ring "
          "all-reduce moves about 2(N-1)/N times that through each rank")


if __name__ == "__main__":
    main()
