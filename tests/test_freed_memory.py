"""``load_pretrained`` hands freed heap pages back to the operating system (glibc keeps them resident)."""

from __future__ import annotations

import platform

import pytest

from tttv2.pretrained import return_freed_memory

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
