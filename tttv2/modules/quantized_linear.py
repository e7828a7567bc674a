"""Weight-only quantized projections (category ``linear``): ``int8`` per output channel, ``int4`` per group of 32.

Both quantize the checkpoint's dense weight as it loads (the :class:`~tttv2.protocols.LoadsCheckpoint` hook),
so a float copy of a whole projection never stays in memory. A decode step (a few positions) runs torch's
packed CPU kernels with bfloat16 activations; a prefill (many rows) dequantizes the weight once per call
and runs the ordinary GEMM, since those kernels are matrix-vector kernels and lose to a GEMM on a batch.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence

import torch
import torch.nn.functional as F
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType
from torch import Tensor, nn

from tttv2 import native
from tttv2.errors import CheckpointError, ConfigError
from tttv2.modules.gguf_blocks import DECODERS, GROUP, INT8_DECODERS, PACKED_DECODERS, unpack_nibbles
from tttv2.protocols import StoredTensor
from tttv2.registry import default_registry
from tttv2.weights import PartCutsBlocksError

LOG = logging.getLogger(__name__)

PACKED_KERNEL_MAX_TOKENS = 16
"""Up to this many positions per sequence the packed GEMV kernels run; above it, dequantize and run one GEMM.

Counted per sequence (``x.shape[-2]``), never over the batch, so a row's result does not depend on its neighbours.
"""

BLOCK_KERNEL_MAX_TOKENS = 256
"""Up to this many positions per sequence the ``gguf`` linear's native block kernel runs (int8 activations, as
llama.cpp's prompt processing); above it, dequantize and run one GEMM. Measured end to end (prompt tok/s, kernel
against GEMM, 2-core Zen 5): SmolLM2 1.35x at 64 tokens, 1.18x at 128, 0.99x at 256, 0.95x at 512; Gemma 3 1.83x,
1.38x, 1.11x, 0.98x. Counted per sequence, as :data:`PACKED_KERNEL_MAX_TOKENS`."""

DEQUANTIZED_SLAB_ROWS = 256
"""Above :data:`BLOCK_KERNEL_MAX_TOKENS` the ``gguf`` linear dequantizes this many output rows of its weight at a
time and multiplies each slab straight into its columns of the result. A float32 copy of the whole weight was a
transient of its full size in every call (a tied 262k-row head over many positions: 671 MB for Gemma 3) and
glibc kept such copies resident: a 512-token prefill's peak fell by 9 MB (SmolLM2) and 14 MB (Gemma 3) at the
same speed."""

KERNEL_SCALE_DTYPES = (torch.float32, torch.float16)
"""The scale dtypes the native kernels read."""

INT8_KERNEL_INPUTS = 32
"""The int8 CPU kernel reads inputs in blocks of 32 (past the end otherwise): other sizes take the GEMM path."""

INT4_KERNEL_ROWS = 16
"""The int4 CPU kernel packs output rows in tiles of 16; other sizes are padded with zero rows."""

KERNEL_DTYPE = torch.bfloat16
"""The activation dtype torch's packed int8/int4 CPU kernels are fast in (their float32 paths are scalar)."""


class _WeightOnlyLinear(nn.Module):
    """What both quantized linears share: sizes, an optional float bias, loading and the GEMV/GEMM choice."""

    def __init__(self, in_features: int, out_features: int, bias: bool, device: torch.device | str | None,
                 dtype: torch.dtype | None) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.packed_kernel = True  # whether the packed CPU kernel takes these sizes
        self.bias = nn.Parameter(torch.zeros(out_features, device=device, dtype=dtype), requires_grad=False) \
            if bias else None

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        shapes = {"weight": (self.out_features, self.in_features)}
        return {**shapes, "bias": (self.out_features,)} if self.bias is not None else shapes

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        dense = tensor.dense()
        if name == "bias":
            self.bias = nn.Parameter(dense, requires_grad=False)
        else:
            self.quantize_(dense)

    def _initialise(self, device: torch.device | str | None) -> None:
        """Quantize ``nn.Linear``'s initial weight; on ``meta`` the buffers already have their shapes: nothing to do."""
        weight = _initial_weight(self.in_features, self.out_features, device)
        if weight.device.type != "meta":
            self.quantize_(weight)

    def quantize_(self, weight: Tensor) -> None:
        """Replace the stored weight by ``weight`` ``[out, in]``, quantized."""
        raise NotImplementedError  # each subclass quantizes its own way

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        """The stored weight as a dense ``[out, in]`` tensor (what the projection multiplies by)."""
        raise NotImplementedError

    def packed_matmul(self, rows: Tensor) -> Tensor:
        """``rows`` ``[n, in]`` times the weight by the packed CPU kernel, in :data:`KERNEL_DTYPE`."""
        raise NotImplementedError

    def forward(self, x: Tensor) -> Tensor:
        tokens = x.shape[-2] if x.dim() > 1 else 1
        if self.packed_kernel and x.device.type in ("cpu", "meta") and tokens <= PACKED_KERNEL_MAX_TOKENS:
            rows = x.reshape(-1, self.in_features).to(KERNEL_DTYPE)
            y = self.packed_matmul(rows).to(x.dtype).reshape(*x.shape[:-1], self.out_features)
            return y if self.bias is None else y + self.bias
        return F.linear(x, self.dequantized(x.dtype), self.bias)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


def _initial_weight(in_features: int, out_features: int, device: torch.device | str | None) -> Tensor:
    """``nn.Linear``'s default initialisation, so a linear built without a checkpoint still projects."""
    weight = torch.empty(out_features, in_features, device=device)
    return weight if weight.device.type == "meta" else nn.init.kaiming_uniform_(weight, a=math.sqrt(5))


@default_registry.register_module(
    name="int8", category="linear", alias=("int8-linear", "weight-int8"),
    description="Weight-only int8 projection, one scale per output channel; decode runs torch's packed int8 kernel "
                "with bf16 activations, prefill dequantizes once per call.",
    hardware_support=["cpu", "cuda"], tags=["quantized", "int8"])
class Int8Linear(_WeightOnlyLinear):
    """``weight ≈ qweight * scale[:, None]`` with ``qweight`` int8 in ``[-127, 127]``: a quarter of fp32's bytes."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(in_features, out_features, bias, device, dtype)
        self.packed_kernel = in_features % INT8_KERNEL_INPUTS == 0
        self.register_buffer("qweight", torch.zeros(out_features, in_features, dtype=torch.int8, device=device))
        self.register_buffer("scale", torch.ones(out_features, device=device))
        self._initialise(device)

    def quantize_(self, weight: Tensor) -> None:
        weight = weight.float()
        self.scale = weight.abs().amax(dim=1).clamp(min=torch.finfo(torch.float32).tiny) / 127
        self.qweight = torch.round(weight / self.scale[:, None]).clamp(-127, 127).to(torch.int8)

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        return (self.qweight.to(torch.float32) * self.scale[:, None]).to(dtype)

    def packed_matmul(self, rows: Tensor) -> Tensor:
        return torch._weight_int8pack_mm(rows, self.qweight, self.scale.to(KERNEL_DTYPE))


@default_registry.register_module(
    name="int4", category="linear", alias=("int4-linear", "weight-int4"),
    description="Weight-only int4 projection, asymmetric per group of input channels (scale and minimum); decode "
                "runs torch's int4pack CPU kernel with bf16 activations, prefill dequantizes once per call.",
    hardware_support=["cpu", "cuda"], tags=["quantized", "int4"])
class Int4Linear(_WeightOnlyLinear):
    """``weight ≈ q * scale + minimum`` per group of ``group_size`` inputs, ``q`` in ``0..15``.

    It keeps the codes twice: in the layout of ``aten._weight_int4pack_mm_for_cpu`` (for decode) and as
    plain nibble pairs (for the dequantized prefill GEMM): one byte per weight in all, a quarter of fp32.
    """

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None,
                 group_size: int = 32) -> None:
        if group_size not in (32, 64, 128, 256) or in_features % group_size:
            raise ConfigError(f"group_size must be 32, 64, 128 or 256 and divide in_features ({in_features}); "
                              f"got {group_size}")
        super().__init__(in_features, out_features, bias, device, dtype)
        self.group_size = group_size
        groups = in_features // group_size
        self.register_buffer("nibbles", torch.zeros(out_features, in_features // 2, dtype=torch.uint8, device=device))
        self.register_buffer("scale", torch.ones(out_features, groups, device=device))
        self.register_buffer("minimum", torch.zeros(out_features, groups, device=device))
        self.packed_rows = -(-out_features // INT4_KERNEL_ROWS) * INT4_KERNEL_ROWS
        self.register_buffer("packed", torch.zeros(self.packed_rows, in_features // 2, dtype=torch.uint8, device=device))
        self.register_buffer("scales_and_zeros", torch.zeros(groups, self.packed_rows, 2, dtype=KERNEL_DTYPE,
                                                             device=device))
        self._initialise(device)

    def quantize_(self, weight: Tensor) -> None:
        grouped = weight.float().reshape(self.out_features, -1, self.group_size)
        minimum, maximum = grouped.amin(dim=-1), grouped.amax(dim=-1)
        scale = ((maximum - minimum) / 15).clamp(min=torch.finfo(torch.float32).tiny)
        codes = torch.round((grouped - minimum[..., None]) / scale[..., None]).clamp(0, 15).to(torch.uint8)
        self.store_codes(codes.reshape(self.out_features, self.in_features), scale, minimum)

    def store_codes(self, codes: Tensor, scale: Tensor, minimum: Tensor) -> None:
        """Keep codes ``[out, in]`` (0..15) with a scale and minimum per group ``[out, in // group_size]``."""
        self.scale, self.minimum = scale, minimum
        self.nibbles = codes[:, 0::2] | (codes[:, 1::2] << 4)
        padding = (0, 0, 0, self.packed_rows - self.out_features)  # the kernel takes whole tiles of output rows
        if codes.device.type == "cpu":
            padded = F.pad(codes.to(torch.int32), padding)
            self.packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(padded, 1)
        # the kernel computes (q - 8) * scale + zero: its zero is the group's value at q = 8
        scales_and_zeros = F.pad(torch.stack((scale, minimum + 8 * scale), dim=-1), (0, 0, *padding))
        self.scales_and_zeros = scales_and_zeros.transpose(0, 1).contiguous().to(KERNEL_DTYPE)

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        return _expand_int4(self.nibbles, self.scale, self.minimum, self.group_size).to(dtype)

    def packed_matmul(self, rows: Tensor) -> Tensor:
        # .to(): a module moved with .to(dtype) has its float buffers converted too
        product: Tensor = torch.ops.aten._weight_int4pack_mm_for_cpu(rows, self.packed, self.group_size,
                                                                     self.scales_and_zeros.to(KERNEL_DTYPE))
        return product[:, :self.out_features]


@default_registry.register_module(
    name="gguf", category="linear", alias=("gguf-linear", "gguf-blocks"),
    description="A GGUF file's Q4_0, Q4_1, Q4_K, Q5_0, Q6_K and Q8_0 blocks kept as stored and multiplied by tttv2's "
                "native block kernel (int8 activations per block of 32, as llama.cpp); without a C++ compiler the "
                "4-bit types run torch's int4 kernel; other stored types load dense.",
    hardware_support=["cpu"], tags=["quantized", "gguf", "int4", "int8"])
class GGUFLinear(Int4Linear):
    """The int4 linear fed with a GGUF tensor's own codes, scales and minimums instead of re-quantizing.

    Q4_0/Q4_1/Q4_K hold 32 weights per scale and offset, Q8_0 32 int8 codes per scale, Q5_0 32 5-bit codes per
    scale and Q6_K 16 6-bit codes per scale, so nothing is rounded on the way in. Where the native kernel
    (:mod:`tttv2.native`, AVX2) is available, the 4-bit codes keep GGUF's own byte order (``layout == "q4"``),
    Q8_0's, Q5_0's and Q6_K's become int8 codes (``"q8"``), both in the kernel's tiles of four rows
    (:func:`tttv2.native.tiled`), and decode multiplies them by per-block int8 activations (a long prompt
    dequantizes a slab of rows at a time for a GEMM); elsewhere the
    4-bit types go to torch's int4pack kernel (``"int4pack"``, bf16 activations) and the others load dense.
    A tensor of another type (Q5_1, F16, ...) is kept dense in the model's dtype
    and logged (``"dense"``); so is one whose family conversion is more than a reordering of rows, or that
    holds more rows than this projection (a fused tensor the family slices). llama.cpp's rotary row order is
    undone on the codes.
    """

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        self.blocks_fit = in_features % GROUP == 0  # False only for a tensor-parallel part cutting the blocks
        if self.blocks_fit:
            super().__init__(in_features, out_features, bias, device, dtype, group_size=GROUP)
        else:
            _WeightOnlyLinear.__init__(self, in_features, out_features, bias, device, dtype)
            self.group_size = GROUP
            for name in ("nibbles", "scale", "minimum", "packed", "scales_and_zeros"):
                self.register_buffer(name, torch.zeros(0, device=device))
        self.stored_type = "none"  # the GGUF type it was loaded from
        self.layout = "int4pack"  # how the weight is held: "q4", "q8" (native kernel), "int4pack" or "dense"
        self.dense_weight: Tensor | None = None  # set for stored types kept dense
        self.register_buffer("qcodes", torch.zeros(0, dtype=torch.int8, device=device))  # Q8_0 codes [out, in]
        if not self.blocks_fit:
            self._hold("dense", dense_weight=_initial_weight(in_features, out_features, device))

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        if name != "weight":
            super().load_checkpoint(name, tensor)
            return
        self.stored_type = tensor.stored_type
        native_kernel = _native_kernel()
        kept = self.blocks_fit and (tensor.stored_type in DECODERS or (tensor.stored_type in INT8_DECODERS and native_kernel))
        parts = _row_parts(tensor) if kept and native_kernel else None
        if parts is not None:
            self._hold_read_in_parts(tensor.stored_type, parts)
            return
        raw = _raw_blocks(tensor) if kept else None
        # a stored tensor holding more than this projection (Phi-3's fused qkv) is sliced by the family: dense
        whole = raw is not None and raw.shape[0] == self.out_features
        order = _row_order(tensor) if whole else None
        if raw is None or order is None:
            LOG.info("gguf linear: %s is %s, kept dense", tensor.name, tensor.stored_type)
            self._hold("dense", dense_weight=tensor.dense())
        elif tensor.stored_type in INT8_DECODERS:
            codes, scale = INT8_DECODERS[tensor.stored_type](raw, self.out_features, self.in_features)
            (scale,) = native.compact_scales(scale[order])
            self._hold("q8", qcodes=self._tiled(codes[order]), scale=self._tiled(scale))
        else:
            if native_kernel:
                packed, scale, minimum = PACKED_DECODERS[tensor.stored_type](raw, self.out_features, self.in_features)
                scale, minimum = native.compact_scales(scale[order], minimum[order])
                self._hold("q4", nibbles=self._tiled(packed[order]), scale=self._tiled(scale),
                           minimum=self._tiled(minimum))
            else:
                codes, scale, minimum = DECODERS[tensor.stored_type](raw, self.out_features, self.in_features)
                self.layout, self.qcodes = "int4pack", torch.empty(0, dtype=torch.int8)
                self.store_codes(codes[order], scale[order], minimum[order])

    def forward(self, x: Tensor) -> Tensor:
        layout = self.layout
        if layout == "dense":
            assert self.dense_weight is not None  # set with the layout
            return F.linear(x, self.dense_weight.to(x.dtype), self.bias)
        if layout == "int4pack":
            return super().forward(x)
        if (x.shape[-2] if x.dim() > 1 else 1) <= BLOCK_KERNEL_MAX_TOKENS and x.device.type in ("cpu", "meta"):
            return self._kernel_product(x, layout)
        if self.scale.device.type == "cpu":
            return self._product_by_slabs(x)
        return F.linear(x, self.dequantized(x.dtype), self.bias)

    def _kernel_product(self, x: Tensor, layout: str) -> Tensor:
        """A decode step's product through the native kernel. Eager decode makes ~200 of these calls a token, so
        each step is taken only where needed (a float32 input, a whole number of tiles: no conversion, no slice)."""
        rows = x.reshape(-1, self.in_features)
        if rows.dtype != torch.float32:
            rows = rows.float()
        rows = rows.contiguous()
        if layout == "q4":
            scale, minimum = _kernel_scales(self.scale, self.minimum)
            y = native.q4_matmul(rows, self.nibbles, scale, minimum)
        else:
            (scale,) = _kernel_scales(self.scale)
            y = native.q8_matmul(rows, self.qcodes, scale)
        if y.shape[1] != self.out_features:
            y = y[:, :self.out_features]  # less the padding rows of the last tile
        if y.dtype != x.dtype:
            y = y.to(x.dtype)
        y = y.reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias

    def _product_by_slabs(self, x: Tensor) -> Tensor:
        """A prefill's product: the weight dequantized :data:`DEQUANTIZED_SLAB_ROWS` rows at a time (whole tiles),
        each slab multiplied into its columns of the result, in ``x``'s dtype as the dequantized GEMM was."""
        rows = x.reshape(-1, self.in_features)
        y = rows.new_empty(rows.shape[0], self.out_features)
        tiles = DEQUANTIZED_SLAB_ROWS // native.TILE_ROWS
        for first in range(0, -(-self.out_features // native.TILE_ROWS), tiles):
            part = slice(first, first + tiles)
            slab = self._dequantized_tiles(part)
            start = first * native.TILE_ROWS
            stop = min(start + slab.shape[0], self.out_features)
            weight = slab[:stop - start, :self.in_features].to(x.dtype).t()
            if self.bias is None:
                torch.mm(rows, weight, out=y[:, start:stop])
            else:
                torch.addmm(self.bias[start:stop], rows, weight, out=y[:, start:stop])
        return y.reshape(*x.shape[:-1], self.out_features)

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        return self.rows(None, dtype)

    def rows(self, index: Tensor | None, dtype: torch.dtype) -> Tensor:
        """Rows ``index`` of the weight (all rows for None), dense ``[*index.shape, in]``: only those are expanded.

        An embedding that keeps its table in blocks looks tokens up this way.
        """
        if self.layout == "dense":
            assert self.dense_weight is not None  # set with the layout
            return (self.dense_weight if index is None else self.dense_weight[index]).to(dtype)
        shape = (*index.shape, self.in_features) if index is not None else (self.out_features, self.in_features)
        flat = index.reshape(-1) if index is not None else None
        if self.layout == "int4pack":
            def take(buffer: Tensor) -> Tensor:
                return buffer if flat is None else buffer[flat]

            weight = _expand_int4(take(self.nibbles), take(self.scale), take(self.minimum), self.group_size)
        elif flat is None and self.scale.device.type == "cpu":  # the whole weight in one native pass
            weight = self._dequantized_tiles(slice(None))[:self.out_features, :self.in_features]
        else:  # a few rows (an embedding's lookups), or off the CPU
            blocks = self.in_features // GROUP

            def take(buffer: Tensor) -> Tensor:
                return native.tiled_rows(buffer, flat, self.out_features, blocks)

            scale = take(self.scale).float()
            if self.layout == "q4":
                codes = unpack_nibbles(take(self.nibbles).reshape(-1, blocks, GROUP // 2)).to(torch.float32)
                weight = codes * scale[..., None] + take(self.minimum).float()[..., None]
            else:  # a scale per 32 codes, or per 16 (Q6_K)
                weight = take(self.qcodes).reshape(scale.shape[0], scale.shape[1], -1).to(torch.float32) * scale[..., None]
        return weight.reshape(shape).to(dtype)

    def _dequantized_tiles(self, tiles: slice) -> Tensor:
        """Float32 rows of the ``tiles`` of a native layout, in one native pass (padding rows and columns kept)."""
        if self.layout == "q4":
            return native.q4_dequantize(self.nibbles[tiles], *_kernel_scales(self.scale[tiles], self.minimum[tiles]))
        return native.q8_dequantize(self.qcodes[tiles], *_kernel_scales(self.scale[tiles]))

    def _hold_read_in_parts(self, stored_type: str, parts: Sequence[StoredTensor]) -> None:
        """Hold a large tensor read a part at a time (:func:`_row_parts`): each part's codes go straight into their
        tiles, so no copy of the whole stored tensor is ever made.

        Everything kept is allocated before the first read and each part's temporaries are freed before the next
        read: kept pieces allocated between reads left holes of the wrong size in the C heap, 11 MB a part.
        """
        rows = self.out_features // len(parts)
        decode = INT8_DECODERS[stored_type] if stored_type in INT8_DECODERS else PACKED_DECODERS[stored_type]
        held: Tensor | None = None
        per_block: list[Tensor] = []  # the scales (and minimums) of every row, float32
        for index, part in enumerate(parts):
            codes, *scales = decode(part.raw(), rows, self.in_features)
            if held is None:
                tile_rows = self._tiled(codes[:native.TILE_ROWS])
                held = tile_rows.new_empty((self.out_features // native.TILE_ROWS, *tile_rows.shape[1:]))
                per_block = [scale.new_empty((self.out_features, *scale.shape[1:])) for scale in scales]
            tiles = rows // native.TILE_ROWS
            held[index * tiles:(index + 1) * tiles] = self._tiled(codes)
            for kept, scale in zip(per_block, scales, strict=True):
                kept[index * rows:(index + 1) * rows] = scale
            del codes, scales
        assert held is not None  # parts is never empty
        compact = [self._tiled(scale) for scale in native.compact_scales(*per_block)]
        if stored_type in INT8_DECODERS:
            self._hold("q8", qcodes=held, scale=compact[0])
        else:
            self._hold("q4", nibbles=held, scale=compact[0], minimum=compact[1])

    def _tiled(self, per_block: Tensor) -> Tensor:
        """Row-ordered codes or scales in the native kernel's tiles (four rows' two blocks a step)."""
        return native.tiled(per_block, self.in_features // GROUP)

    def _hold(self, layout: str, *, dense_weight: Tensor | None = None, nibbles: Tensor | None = None,
              qcodes: Tensor | None = None, scale: Tensor | None = None, minimum: Tensor | None = None) -> None:
        """Keep only what ``layout`` multiplies by: every other weight buffer becomes empty."""
        empty = torch.empty(0)
        self.layout, self.dense_weight = layout, dense_weight
        self.nibbles = nibbles.contiguous() if nibbles is not None else empty.to(torch.uint8)
        self.qcodes = qcodes.contiguous() if qcodes is not None else empty.to(torch.int8)
        self.scale = scale.contiguous() if scale is not None else empty
        self.minimum = minimum.contiguous() if minimum is not None else empty
        self.packed, self.scales_and_zeros = empty.to(torch.uint8), empty.to(KERNEL_DTYPE)

    def extra_repr(self) -> str:
        return f"{super().extra_repr()}, stored_type={self.stored_type}, layout={self.layout}"


def _kernel_scales(*scales: Tensor) -> tuple[Tensor, ...]:
    """Scales as the native kernels take them (float32 or float16): a module moved with ``.to(dtype)`` has its
    float buffers converted too, and bfloat16 ones go back to float32."""
    dtype = scales[0].dtype
    if dtype in KERNEL_SCALE_DTYPES and all(scale.dtype == dtype for scale in scales[1:]):
        return scales
    return tuple(scale.float() for scale in scales)


def _expand_int4(nibbles: Tensor, scale: Tensor, minimum: Tensor, group_size: int) -> Tensor:
    """Float32 ``[rows, in]`` from :class:`Int4Linear`'s nibble pairs and its scale and minimum per group."""
    rows = nibbles.shape[0]
    codes = torch.stack((nibbles & 15, nibbles >> 4), dim=-1).reshape(rows, -1, group_size)
    weight = codes.to(torch.float32) * scale.float()[..., None] + minimum.float()[..., None]
    return weight.reshape(rows, -1)


def _native_kernel() -> bool:
    """Whether gguf linears use the native block kernel: built here, and its AVX2 path runs on this CPU.

    Without AVX2 the kernel's portable loop is slower than torch's int4pack kernel, which is vectorised for
    more CPUs, so the 4-bit types go there.
    """
    return native.kernels_available() and native.gguf_has_avx2()


def _raw_blocks(tensor: StoredTensor) -> Tensor | None:
    """The tensor's blocks as stored, or None when a tensor-parallel part would cut them (then it loads dense)."""
    try:
        return tensor.raw()
    except PartCutsBlocksError as exc:
        LOG.info("gguf linear: %s", exc)
        return None


READ_PART_BYTES = 16 << 20
"""A stored tensor above this size that the family leaves as stored is read and tiled in parts of at most this many
bytes: Gemma 3's 262k-row table (178 MB of Q8_0) otherwise stood in memory twice, as read and as tiled."""


def _row_parts(tensor: StoredTensor) -> list[StoredTensor] | None:
    """Equal parts along the rows of a large tensor, each of whole kernel tiles and at most READ_PART_BYTES; None
    for a small tensor, one the family converts, rows that do not split so, or a tensor that is already a part."""
    rows, columns = tensor.shape
    values, block_bytes = GGML_QUANT_SIZES[GGMLQuantizationType[tensor.stored_type]]
    row_bytes = columns // values * block_bytes
    if rows * row_bytes <= READ_PART_BYTES or not _left_as_stored(tensor):
        return None
    fewest = -(-rows * row_bytes // READ_PART_BYTES)
    count = next((c for c in range(fewest, rows // native.TILE_ROWS + 1)
                  if rows % (c * native.TILE_ROWS) == 0), None)
    if count is None:
        return None
    try:
        return [tensor.shard(0, index, count) for index in range(count)]
    except CheckpointError:  # a tensor-parallel part is split once: it is read whole
        return None


def _left_as_stored(tensor: StoredTensor) -> bool:
    """Whether the family's conversion leaves the tensor as stored: found on ``meta``, so a large table such as a
    tied embedding is never probed with a float copy of its own size."""
    outline = torch.empty(*tensor.shape, device="meta")
    return tensor.convert(outline) is outline


def _row_order(tensor: StoredTensor) -> Tensor | slice | None:
    """Which stored row each converted row is, when the family's conversion only reorders rows; else None.

    ``slice(None)`` when the family leaves the tensor as stored (:func:`_left_as_stored`).
    """
    rows, columns = tensor.shape
    if _left_as_stored(tensor):
        return slice(None)
    probe = torch.arange(rows, dtype=torch.float32)[:, None].expand(rows, columns).contiguous()
    converted = tensor.convert(probe)
    order = converted[:, 0].to(torch.long)
    if converted.shape != probe.shape or not torch.equal(converted, order.to(torch.float32)[:, None].expand_as(probe)):
        return None
    return order if torch.equal(order.sort().values, torch.arange(rows)) else None
