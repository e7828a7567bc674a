# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""bernoulli operations"""

import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor


class bernoulli_t:
    """
    Generates a tensor to draw binary random numbers (0 or 1) from a Bernoulli distribution.

    Args:
        input (ttnn.Tensor): The input tensor of probability values for the Bernoulli distribution.

    Keyword args:
        output (ttnn.Tensor, optional): The output tensor.
        dtype (ttnn.DataType, optional): Output tensor dtype, default float32.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Configuration for the compute kernel. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        This operation supports tensors according to the following data types and layouts:

        .. list-table:: input tensor and output tensor (if provided)
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
            -  If provided, the output tensor must be on the device and must have the same shape as the input tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, seed: int = 0, *, output: ttnn._ttnn.tensor.Tensor | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bernoulli: bernoulli_t = ...
