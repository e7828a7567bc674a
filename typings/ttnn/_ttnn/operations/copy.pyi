# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""copy operations"""

from typing import overload

import ttnn._ttnn.tensor


class typecast_t:
    """
    Performs typecast on elements of a tensor on the host or device to the desired dtype.

    Args:
        input_tensor (ttnn.Tensor): input tensor to be typecast (can be on the host or device).
        dtype (ttnn.DataType): data type to cast the tensor elements to.

    Keyword Args:
        memory_config (Optional[ttnn.MemoryConfig]): Memory configuration for the operation.
        output_tensor (Optional[ttnn.Tensor]): Preallocated tensor to store the output.

    Returns:
        ttnn.Tensor: The tensor with the updated data type. The output tensor will be in the same layout as the input tensor and have the given data type.

    Note:
        This operations supports tensors according to the following data types and layout:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT32, INT32, UINT16, UINT8, INT8
                - TILE
            * - BFLOAT16, FLOAT32, UINT32, INT32, UINT16, UINT8, INT8
                - ROW_MAJOR

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, and Block Sharded: DRAM and L1

        Limitations:
            -  ND Sharded tensors are not supported.
            -  Narrowing to UINT8 or INT8 truncates towards zero and wraps modulo 256; it does not saturate.
            -  Widening from INT8 sign-extends to INT32 and UINT32, but clamps negatives to 0 for UINT16.
            -  If preallocated output tensor is used, it must match the input tensor's shape and layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

typecast: typecast_t = ...
