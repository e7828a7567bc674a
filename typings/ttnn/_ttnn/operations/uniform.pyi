# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""uniform operations"""

import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor


class uniform_t:
    """
    Update in-place the input tensor with values drawn from the continuous uniform distribution 1 / (`to` - `from`).

    Args:
        input (ttnn.Tensor): The tensor that provides the shape for the generated uniform tensor.
        from (float32): The lower bound of the uniform distribution. Defaults to 0.
        to (float32): The upper bound of the uniform distribution. Defaults to 1.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Configuration for the compute kernel. Defaults to `None`.

    Returns:
        ttnn.Tensor: The `input` tensor with updated values drawn from the specified uniform distribution.

    Note:
        This operation supports tensors according to the following data types and layouts:

        .. list-table:: input tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, FLOAT32
                - TILE

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, Block, and ND Sharded: DRAM and L1

        Limitations:
            -  The input tensor must be on the device.
            -  The `from` parameter must be less than the `to` parameter.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, from_: float = 0, to: float = 1, seed: int = 0, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

uniform: uniform_t = ...
