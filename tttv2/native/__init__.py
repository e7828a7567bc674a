"""tttv2's C++ kernels (GGUF block products, dense decode GEMVs), built on first use and cached per machine, with a
fallback notice.

Importing this module builds nothing: :func:`kernels_available` compiles ``gguf_gemv.cpp`` and ``dense_gemv.cpp``
with ``torch.utils.cpp_extension`` (ninja) the first time a process asks, into
``$XDG_CACHE_HOME/tttv2/native/<torch version>-<source hash>/`` (``~/.cache`` by default), and later processes
load the cached library directly. Where that fails (no C++ compiler, no ninja), it logs one warning and says
False, and callers keep their pure-torch path (torch's ``F.linear``; the int4 kernel for gguf linears).
``TTTV2_NATIVE=0`` in the environment turns the kernels off (the same fallback, without a build): for comparing
the two paths, or for a machine where the build misbehaves.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import cast

import torch
import torch.nn.functional as F
from torch import Tensor

LOG = logging.getLogger(__name__)

SOURCES = tuple(Path(__file__).with_name(name) for name in ("gguf_gemv.cpp", "dense_gemv.cpp"))
HEADERS = (Path(__file__).with_name("cpu_features.h"),)
LIBRARY_NAME = "tttv2_kernels"
DISABLE_VARIABLE = "TTTV2_NATIVE"
CFLAGS = ("-O3", "-fopenmp")
"""No ``-march``: the AVX2 functions carry their own target attribute and are chosen at run time. ``-fopenmp``:
``at::parallel_for`` is inline in ATen's headers and runs its loop on one thread unless the extension itself is
built with OpenMP (measured: 69 µs per 1536x576 GEMV with 1 thread and with 2 before, see benchmarks/README.md)."""


def cache_directory() -> Path:
    """Where the built library lives: one folder per torch version and source text (and flags)."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tttv2" / "native"
    text = b"".join(path.read_bytes() for path in (*SOURCES, *HEADERS))
    digest = hashlib.sha256(text + " ".join(CFLAGS).encode()).hexdigest()[:16]
    return root / f"torch-{torch.__version__}-{digest}"


@functools.cache
def kernels_available() -> bool:
    """Whether the ``torch.ops.tttv2`` operators are loaded; builds them on the first call of a process."""
    if os.environ.get(DISABLE_VARIABLE) == "0":
        LOG.info("tttv2: %s=0, the native kernels are off; gguf linears use torch's int4 kernel, dense ones "
                 "torch's linear", DISABLE_VARIABLE)
        return False
    try:
        _load()
    except Exception as error:  # a missing compiler or ninja, a failed build: the callers' fallback runs instead
        LOG.warning("tttv2: the native kernels could not be built (%s); gguf linears use torch's int4 kernel "
                    "instead, dense ones torch's linear", _first_line(error))
        return False
    return True


def gguf_has_avx2() -> bool:
    """Whether the kernels run their AVX2 path on this CPU (else the portable loop)."""
    return bool(torch.ops.tttv2.gguf_has_avx2())


def gguf_has_vnni() -> bool:
    """Whether the kernels' integer dot products use AVX512-VNNI's ``vpdpbusd`` on this CPU (else AVX2's pair)."""
    return bool(torch.ops.tttv2.gguf_has_vnni())


TILE_ROWS = 4
"""Output rows the kernels interleave into one stream (:func:`tiled`)."""

STEP_BLOCKS = 2
"""Blocks of 32 inputs of each row the kernels read per step."""


def tiled(per_block: Tensor, blocks: int) -> Tensor:
    """A weight's per-block data ``[rows, blocks * k]`` or ``[rows, blocks, k]`` (``k`` code bytes or scales a block)
    in the kernels' order: ``[tiles, steps, 4, 2 * k]``, four rows' two blocks a step, zero-padded to whole tiles
    and steps.

    Four rows read in step as one forward stream is what lets a thread prefetch its weights; zero blocks and rows
    add nothing (their scales are 0), and the operators' results have ``tiles * 4`` columns. One copy: a strided
    view (a GGUF file's codes between their scales) is tiled without first being made contiguous.
    """
    rows = per_block.shape[0]
    grouped = per_block.reshape(rows, blocks, -1)
    tiles, steps = -(-rows // TILE_ROWS), -(-blocks // STEP_BLOCKS)
    if tiles * TILE_ROWS != rows or steps * STEP_BLOCKS != blocks:
        grouped = F.pad(grouped, (0, 0, 0, steps * STEP_BLOCKS - blocks, 0, tiles * TILE_ROWS - rows))
    k = grouped.shape[2]
    split = grouped.reshape(tiles, TILE_ROWS, steps, STEP_BLOCKS, k)  # only splits dimensions: still a view
    return split.transpose(1, 2).contiguous().view(tiles, steps, TILE_ROWS, STEP_BLOCKS * k)


def compact_scales(*scales: Tensor) -> tuple[Tensor, ...]:
    """``scales`` as float16 where every one of them is exactly a float16 (GGUF stores Q4_0's, Q4_1's, Q5_0's and
    Q8_0's so), else as float32: the kernels read either, and half the scale bytes is an eighth of Q4's stream."""
    exact = all(bool((scale.to(torch.float16).to(scale.dtype) == scale).all()) for scale in scales)
    return tuple(scale.to(torch.float16 if exact else torch.float32) for scale in scales)


def tiled_rows(tiles: Tensor, index: Tensor | None, rows: int, blocks: int) -> Tensor:
    """Rows ``index`` (a flat index; every row for None) of :func:`tiled` data back in row order,
    ``[len(index), blocks * k]``: only those rows are copied."""
    k = tiles.shape[3] // STEP_BLOCKS
    if index is None:
        flat = tiles.transpose(1, 2).reshape(-1, tiles.shape[1] * tiles.shape[3])[:rows]
    else:
        flat = tiles[index // TILE_ROWS, :, index % TILE_ROWS].reshape(index.shape[0], -1)
    return flat[:, :blocks * k]


def q4_matmul(x: Tensor, codes: Tensor, scale: Tensor, offset: Tensor, portable: bool = False,
              vnni: bool = True) -> Tensor:
    """``x`` float32 ``[n, in]`` times 4-bit blocks (weight ``q * scale + offset`` per 32 inputs), transposed:
    ``[n, tiles * 4]`` (the rows past the weight's are padding). ``codes`` is :func:`tiled` uint8 ``[out, in / 2]``
    (GGUF's byte order: weight j in the low nibble of byte j, j + 16 in its high nibble), ``scale`` and ``offset``
    :func:`tiled` ``[out, in / 32]``, both float32 or both float16 (see :func:`compact_scales`). ``portable``
    skips the SIMD paths, ``vnni=False`` the VNNI one (both for tests: every path gives the same integer sums)."""
    return cast(Tensor, torch.ops.tttv2.gguf_q4_mm.default(x, codes, scale, offset, portable, vnni))  # torch.ops is untyped


def q8_matmul(x: Tensor, codes: Tensor, scale: Tensor, portable: bool = False, vnni: bool = True) -> Tensor:
    """``x`` float32 ``[n, in]`` times 8-bit blocks (weight ``q * scale``), transposed: ``[n, tiles * 4]``.
    ``codes`` is :func:`tiled` int8 ``[out, in]``, ``scale`` :func:`tiled` float32 or float16 ``[out, in / 32]``
    (Q8_0, Q5_0) or ``[out, in / 16]`` (Q6_K); ``portable`` and ``vnni`` as for :func:`q4_matmul`."""
    return cast(Tensor, torch.ops.tttv2.gguf_q8_mm.default(x, codes, scale, portable, vnni))  # torch.ops is untyped


def block_matmul_many(x: Tensor, weights: Sequence[tuple[Tensor, Tensor, Tensor | None]], portable: bool = False,
                      vnni: bool = True) -> list[Tensor]:
    """``x`` times several weights at once, as :func:`q4_matmul` (``(codes, scale, offset)``) or :func:`q8_matmul`
    (``(codes, scale, None)``) each would: ``x`` is quantized once and all weights share one parallel region (a
    compiled decode step's q, k and v, or gate and up; see ``tttv2.backends.torch.sibling_products``)."""
    if not weights:
        raise ValueError("block_matmul_many needs at least one weight")
    codes, scales, offsets = zip(*weights, strict=True)
    return cast(list[Tensor], torch.ops.tttv2.gguf_mm_many.default(  # torch.ops is untyped
        x, list(codes), list(scales), list(offsets), portable, vnni))


DENSE_MAX_ROWS = 16
"""Activation rows :func:`dense_matmul` takes: a decode step's batch. Longer inputs (a prefill) are torch's GEMM."""


def dense_matmul(x: Tensor, weight: Tensor, bias: Tensor | None = None, portable: bool = False) -> Tensor:
    """``x @ weight.T + bias`` for ``x`` ``[1..16, in]``, ``weight`` ``[out, in]`` and ``bias`` of one dtype, float32
    or bfloat16, all contiguous on the CPU: reads the weight once, front to back, each row against four activation
    rows a pass, summing in float32 (a decode step's product; torch's linear read such weights at a third to a half
    of DRAM bandwidth). ``portable`` skips
    the AVX2 path (for tests)."""
    return cast(Tensor, torch.ops.tttv2.dense_mm.default(x, weight, bias, portable))  # torch.ops is untyped


def q4_dequantize(codes: Tensor, scale: Tensor, offset: Tensor) -> Tensor:
    """The float32 weight that :func:`q4_matmul`'s blocks hold, in one pass: ``[tiles * 4, steps * 64]`` with the
    padding (slice ``[:out, :in]``)."""
    return cast(Tensor, torch.ops.tttv2.gguf_q4_dequantize(codes, scale, offset))  # torch.ops is untyped


def q8_dequantize(codes: Tensor, scale: Tensor) -> Tensor:
    """The float32 weight that :func:`q8_matmul`'s blocks hold, padded as :func:`q4_dequantize`'s."""
    return cast(Tensor, torch.ops.tttv2.gguf_q8_dequantize(codes, scale))  # torch.ops is untyped


def _load() -> None:
    """Load the cached library, building it first where this machine has none."""
    library = cache_directory() / f"{LIBRARY_NAME}.so"
    if library.exists():
        torch.ops.load_library(str(library))  # type: ignore[no-untyped-call]  # torch leaves it unannotated
    else:
        _build(library)
    _register_fakes()


def _build(library: Path) -> None:
    """Compile into a private folder (no lock another process could leave behind), then move the result in place.

    ``load`` also loads the fresh library into this process; moving the file afterwards keeps that mapping.
    """
    from torch.utils import cpp_extension  # imports setuptools: only when building

    library.parent.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="build-", dir=library.parent)
    try:
        with _ninja_on_path(), _quiet(cpp_extension.__name__):
            cpp_extension.load(name=LIBRARY_NAME, sources=[str(path) for path in SOURCES], extra_cflags=list(CFLAGS),
                               extra_ldflags=["-fopenmp"], build_directory=scratch, is_python_module=False, verbose=False)
        os.replace(Path(scratch) / f"{LIBRARY_NAME}.so", library)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@contextlib.contextmanager
def _ninja_on_path() -> Iterator[None]:
    """Put the ``ninja`` wheel's binary on PATH while building: a venv's python runs without its bin/ on PATH."""
    saved = os.environ.get("PATH", "")
    try:
        import ninja

        os.environ["PATH"] = os.pathsep.join((str(ninja.BIN_DIR), saved))
    except ImportError:
        pass  # cpp_extension then looks for a ninja on PATH itself and says so if there is none
    try:
        yield
    finally:
        os.environ["PATH"] = saved


@contextlib.contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """Silence a logger's warnings (cpp_extension's page-long compiler notice): the one-line notice says it."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def _register_fakes() -> None:
    """Shapes-only implementations, so ``torch.compile`` (and ``meta`` tensors) trace through the operators."""

    @torch.library.register_fake("tttv2::gguf_q4_mm")  # type: ignore[untyped-decorator]  # torch's decorator types
    def _q4_mm(x: Tensor, codes: Tensor, scale: Tensor, offset: Tensor, portable: bool = False,
               vnni: bool = True) -> Tensor:
        return x.new_empty(x.shape[0], codes.shape[0] * TILE_ROWS)

    @torch.library.register_fake("tttv2::gguf_q8_mm")  # type: ignore[untyped-decorator]  # torch's decorator types
    def _q8_mm(x: Tensor, codes: Tensor, scale: Tensor, portable: bool = False, vnni: bool = True) -> Tensor:
        return x.new_empty(x.shape[0], codes.shape[0] * TILE_ROWS)

    @torch.library.register_fake("tttv2::gguf_mm_many")  # type: ignore[untyped-decorator]  # torch's decorator types
    def _mm_many(x: Tensor, codes: list[Tensor], scale: list[Tensor], offset: list[Tensor | None],
                 portable: bool = False, vnni: bool = True) -> list[Tensor]:
        if not codes:
            raise RuntimeError("tttv2::gguf_mm_many: codes, scale and offset must be non-empty lists")
        return [x.new_empty(x.shape[0], weight.shape[0] * TILE_ROWS) for weight in codes]

    @torch.library.register_fake("tttv2::dense_mm")  # type: ignore[untyped-decorator]  # torch's decorator types
    def _dense_mm(x: Tensor, weight: Tensor, bias: Tensor | None = None, portable: bool = False) -> Tensor:
        return x.new_empty(x.shape[0], weight.shape[0])

    @torch.library.register_fake("tttv2::gguf_q4_dequantize")  # type: ignore[untyped-decorator]  # torch's types
    def _q4_dequantize(codes: Tensor, scale: Tensor, offset: Tensor) -> Tensor:
        return scale.new_empty(codes.shape[0] * TILE_ROWS, codes.shape[1] * codes.shape[3] * 2, dtype=torch.float32)

    @torch.library.register_fake("tttv2::gguf_q8_dequantize")  # type: ignore[untyped-decorator]  # torch's types
    def _q8_dequantize(codes: Tensor, scale: Tensor) -> Tensor:
        return scale.new_empty(codes.shape[0] * TILE_ROWS, codes.shape[1] * codes.shape[3], dtype=torch.float32)


def _first_line(error: Exception) -> str:
    """An error's first non-empty line (a compiler's output can run to pages)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[0] if lines else ''}"
