"""Weight-only quantized projections (category ``linear``): ``int8`` per output channel, ``int4`` per group of 32.

Both quantize the checkpoint's dense weight as it loads (the :class:`~tttv2.protocols.LoadsCheckpoint` hook),
so a float copy of a whole projection never stays in memory. A decode step (a few rows) runs torch's
packed CPU kernels with bfloat16 activations; a prefill (many rows) dequantizes the weight once per call
and runs the ordinary GEMM, since those kernels are matrix-vector kernels and lose to a GEMM on a batch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.protocols import StoredTensor
from tttv2.registry import default_registry

PACKED_KERNEL_MAX_ROWS = 16
"""Up to this many rows per call the packed GEMV kernels run; above it, dequantize and run one GEMM."""

KERNEL_DTYPE = torch.bfloat16
"""The activation dtype torch's packed int8/int4 CPU kernels are fast in (their float32 paths are scalar)."""


class _WeightOnlyLinear(nn.Module):
    """What both quantized linears share: sizes, an optional float bias, loading and the GEMV/GEMM choice."""

    def __init__(self, in_features: int, out_features: int, bias: bool, device: torch.device | str | None,
                 dtype: torch.dtype | None) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
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
        rows = x.reshape(-1, self.in_features)
        if x.device.type in ("cpu", "meta") and rows.shape[0] <= PACKED_KERNEL_MAX_ROWS:
            y = self.packed_matmul(rows.to(KERNEL_DTYPE)).to(x.dtype).reshape(*x.shape[:-1], self.out_features)
            return y if self.bias is None else y + self.bias
        return F.linear(x, self.dequantized(x.dtype), self.bias)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


def _initial_weight(in_features: int, out_features: int, device: torch.device | str | None) -> Tensor:
    """``nn.Linear``'s default initialisation, so a linear built without a checkpoint still projects."""
    weight = torch.empty(out_features, in_features, device=device)
    if weight.device.type != "meta":
        nn.init.kaiming_uniform_(weight, a=math.sqrt(5))
    return weight


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
        self.register_buffer("qweight", torch.zeros(out_features, in_features, dtype=torch.int8, device=device))
        self.register_buffer("scale", torch.ones(out_features, device=device))
        self.quantize_(_initial_weight(in_features, out_features, device))

    def quantize_(self, weight: Tensor) -> None:
        weight = weight.float()
        self.scale = weight.abs().amax(dim=1).clamp(min=torch.finfo(torch.float32).tiny) / 127
        self.qweight = torch.round(weight / self.scale[:, None]).clamp(-127, 127).to(torch.int8)

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        return (self.qweight.to(torch.float32) * self.scale[:, None]).to(dtype)

    def packed_matmul(self, rows: Tensor) -> Tensor:
        return torch._weight_int8pack_mm(rows, self.qweight, self.scale.to(rows.dtype))


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
        self.register_buffer("packed", torch.zeros(out_features, in_features // 2, dtype=torch.uint8, device=device))
        self.register_buffer("scales_and_zeros", torch.zeros(groups, out_features, 2, dtype=KERNEL_DTYPE,
                                                             device=device))
        self.quantize_(_initial_weight(in_features, out_features, device))

    def quantize_(self, weight: Tensor) -> None:
        grouped = weight.float().reshape(self.out_features, -1, self.group_size)
        minimum, maximum = grouped.amin(dim=-1), grouped.amax(dim=-1)
        scale = ((maximum - minimum) / 15).clamp(min=torch.finfo(torch.float32).tiny)
        codes = torch.round((grouped - minimum[..., None]) / scale[..., None]).clamp(0, 15).to(torch.uint8)
        codes = codes.reshape(self.out_features, self.in_features)
        self.scale, self.minimum = scale, minimum
        self.nibbles = codes[:, 0::2] | (codes[:, 1::2] << 4)
        if codes.device.type == "cpu":
            self.packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(codes.to(torch.int32), 1)
        # the kernel computes (q - 8) * scale + zero: its zero is the group's value at q = 8
        self.scales_and_zeros = torch.stack((scale, minimum + 8 * scale), dim=-1).transpose(0, 1).contiguous() \
            .to(KERNEL_DTYPE)

    def dequantized(self, dtype: torch.dtype) -> Tensor:
        codes = torch.stack((self.nibbles & 15, self.nibbles >> 4), dim=-1).reshape(self.out_features, -1, self.group_size)
        weight = codes.to(torch.float32) * self.scale[..., None] + self.minimum[..., None]
        return weight.reshape(self.out_features, self.in_features).to(dtype)

    def packed_matmul(self, rows: Tensor) -> Tensor:
        product: Tensor = torch.ops.aten._weight_int4pack_mm_for_cpu(rows, self.packed, self.group_size,
                                                                     self.scales_and_zeros)
        return product
