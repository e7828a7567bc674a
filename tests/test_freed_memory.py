"""``load_pretrained`` hands freed heap pages back to the operating system (glibc keeps them resident) and imports
nothing it does not use."""

from __future__ import annotations

import importlib.util
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tttv2 import loading
from tttv2.loading import return_freed_memory
from tttv2.pretrained import load_pretrained
from tttv2.shipped import SHIPPED

CHUNKS, CHUNK_BYTES = 40_000, 4_000  # 160 MB in pieces malloc serves from its heap (below its mmap threshold)


def _resident_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's malloc_trim")
def test_freed_heap_pages_leave_the_process() -> None:
    chunks = [bytearray(CHUNK_BYTES) for _ in range(CHUNKS)]
    pin = bytearray(CHUNK_BYTES)  # above the freed chunks: the heap cannot simply shrink from its top
    before = _resident_mb()
    del chunks
    kept = _resident_mb()
    return_freed_memory()
    after = _resident_mb()
    assert kept > before - 40  # glibc kept most of the 160 MB resident
    assert after < kept - 100, f"resident {kept:.0f} MB before the trim, {after:.0f} MB after"
    del pin


@pytest.mark.parametrize(("every", "after_each_tensor"), [(1, True), (1 << 40, False)], ids=["1-byte", "1-TB"])
def test_a_load_hands_freed_pages_back_every_so_many_bytes_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 every: int, after_each_tensor: bool) -> None:
    """A quantizing load frees a float32 copy of every weight; glibc kept them all until the end (SmolLM2's int8
    load peaked at 1101 MB instead of 643)."""
    directory = save_checkpoint(FAMILIES["llama"].build(seed=0), tmp_path / "llama")
    trims: list[int] = []
    totals: set[int] = set()
    monkeypatch.setattr(loading, "RETURN_FREED_EVERY", every)
    monkeypatch.setattr(loading, "return_freed_memory", lambda: trims.append(1))
    load_pretrained(str(directory), quantize="int8", progress=lambda done, total: totals.add(total))
    (tensors,) = totals
    assert len(trims) == (tensors if after_each_tensor else 0)


LOAD_AND_LIST_IMPORTS = """
import sys
import tttv2
from tttv2.generation import SamplingSettings, generate_ids
quantize = sys.argv[2] or None
loaded = tttv2.load_pretrained(sys.argv[1], quantize=quantize)
for _token in generate_ids(loaded.model, [[1, 2, 3]], max_new_tokens=2, settings=SamplingSettings()):
    pass
print(sorted(name for name in ("torch._dynamo", "sympy") if name in sys.modules))
"""


def _imports_after_loading(checkpoint: str, quantize: str = "") -> str:
    done = subprocess.run([sys.executable, "-c", LOAD_AND_LIST_IMPORTS, checkpoint, quantize], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("quantize", ["", "int8"])
def test_loading_and_generating_with_built_in_modules_never_imports_dynamo(tmp_path: Path, quantize: str) -> None:
    """torch's Python meta kernels import torch._dynamo and sympy (70 MB resident) on first use: the dry run on
    meta, a meta table's initialisation, a family's conversion probed on meta all did, in every load."""
    FAMILIES["llama"].build(seed=0).save_pretrained(tmp_path)  # no tokenizer: transformers' own config classes
    assert _imports_after_loading(str(tmp_path), quantize) == "[]"  # import sympy (a tokenizer of a directory)


@pytest.mark.slow
@pytest.mark.parametrize("quantize", ["", "gguf"])
def test_loading_a_shipped_gemma_never_imports_dynamo(quantize: str) -> None:
    """Gemma 3's GGUF norms are converted (``w - 1``); its shapes are probed on real memory, not on meta."""
    if importlib.util.find_spec(SHIPPED["gemma3-270m"].package) is None:
        pytest.skip(f"gemma3-270m needs {SHIPPED['gemma3-270m'].install}")
    assert _imports_after_loading("gemma3-270m", quantize) == "[]"
