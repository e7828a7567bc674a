"""A projection on the device: ``ttnn.linear`` with a transposed TILE weight, then an optional broadcast bias.

The bias is added with ``ttnn.add`` over a ``[1, 1, 1, out]`` tensor, as tt-metal's attention adds
its QKV bias, rather than through ``ttnn.linear(bias=...)``. Never run on hardware.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tttv2.ttnn.tensor_types import DeviceTensor

if TYPE_CHECKING:
    import ttnn


def project(x: DeviceTensor, weight: DeviceTensor, bias: DeviceTensor | None,
            memory_config: ttnn.MemoryConfig) -> DeviceTensor:
    """``x @ weight (+ bias)``: x ``[..., rows, in]``, weight ``[1, 1, in, out]``, bias ``[1, 1, 1, out]``."""
    import ttnn

    out = ttnn.linear(x, weight, memory_config=memory_config)
    if bias is None:
        return out
    biased = ttnn.add(out, bias, memory_config=memory_config)
    ttnn.deallocate(out)
    return biased
