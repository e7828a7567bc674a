"""``load_pretrained`` hands freed heap pages back to the operating system (glibc keeps them resident)."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tttv2 import loading
from tttv2.loading import return_freed_memory
from tttv2.pretrained import load_pretrained

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
