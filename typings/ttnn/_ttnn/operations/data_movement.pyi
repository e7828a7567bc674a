# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""data_movement operations"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class fill_implicit_tile_padding_t:
    """
    Fills the implicit padding of a tiled input tensor with the specified value.
    Specifically, any nD tensor will have the implicit padding of the last 2 dims that exists from [height:tile_height, width:tile_width] filled with the specified value.

    Args:
        input_tensor (ttnn.Tensor): Any input tensor with desired device and data types for output tensor.
        fill_value (int or float): Value to fill the tensor padding with. An int is interpreted as the raw
            integer bit pattern (e.g. for int32 values that are not exactly float-representable); a float is
            decoded numerically.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, fill_value: int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fill_implicit_tile_padding: fill_implicit_tile_padding_t = ...

class fill_rm_t:
    """
    Generates an NCHW row-major tensor and fill it with high values up to
    hOnes, wOnes in each HW tile with the rest padded with high values. So
    for H=2, W=3, hFill=1, wFill=2 the following tensor will be generated:

    .. code-block::

        +------------> W
        | hi hi lo
        | lo lo lo
        |
        v H

    H, W are expected to be multiples of 32.

    The 'any' Tensor arg is only used to pass the device and resulting
    tensor dtype.

    val_hi/lo are expected to be floats.

    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | Argument | Description                                                           | Data type             | Valid range            | Required |
    +==========+=======================================================================+=======================+========================+==========+
    | N        | Batch count of output tensor                                          | int                   | N > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | C        | Channel count of output tensor                                        | int                   | C > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | H        | Height count of output tensor                                         | int                   | H > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | W        | Width count of output tensor                                          | int                   | W > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | hOnes    | Height of high values region                                          | int                   | hOnes <= H             | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | wOnes    | Width of high values region                                           | int                   | wOnes <= W             | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | any      | Any input tensor with desired device and data types for output tensor | tt_lib.tensor.Tensor  |                        | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | val_hi   | High value to use                                                     | float                 |                        | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | val_lo   | Low value to use                                                      | float                 |                        | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+

    Args:
        N (number): Batch count of output tensor.
        C (number): Channel count of output tensor.
        H (number): Height count of output tensor.
        W (number): Width count of output tensor.
        hOnes (number): Height of high values region.
        wOnes (number): Width of high values region.
        any (ttnn.tensor): Any input tensor with desired device and data types for output tensor. value greater than 0
        val_hi (number): High value to use.
        val_lo (number): Low value to use.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, N: int, C: int, H: int, W: int, hOnes: int, wOnes: int, any: ttnn._ttnn.tensor.Tensor, val_hi: float, val_lo: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fill_rm: fill_rm_t = ...

class fill_ones_rm_t:
    """
    Same as ``fill_rm``, but ``val_hi`` is set to ``1`` and ``val_lo`` is
    ``0``.

    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | Argument | Description                                                           | Data type             | Valid range            | Required |
    +==========+=======================================================================+=======================+========================+==========+
    | N        | Batch count of output tensor                                          | int                   | N > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | C        | Channel count of output tensor                                        | int                   | C > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | H        | Height count of output tensor                                         | int                   | H > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | W        | Width count of output tensor                                          | int                   | W > 0                  | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | hOnes    | Height of high values region                                          | int                   | hOnes <= H             | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | wOnes    | Width of high values region                                           | int                   | wOnes <= W             | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+
    | any      | Any input tensor with desired device and data types for output tensor | tt_lib.tensor.Tensor  |                        | Yes      |
    +----------+-----------------------------------------------------------------------+-----------------------+------------------------+----------+

    Args:
        N (number): Batch count of output tensor.
        C (number): Channel count of output tensor.
        H (number): Height count of output tensor.
        W (number): Width count of output tensor.
        hOnes (number): Height of high values region.
        wOnes (number): Width of high values region.
        any (ttnn.tensor): Any input tensor with desired device and data types for output tensor. value greater than 0

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, N: int, C: int, H: int, W: int, hOnes: int, wOnes: int, any: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fill_ones_rm: fill_ones_rm_t = ...

class fold_t:
    """
    NHWC space-to-depth. Packs every stride_h * stride_w neighbourhood at position
    (h * stride_h, w * stride_w) into the channel dim at position (h, w). Shapes below
    use the padded H/W/C (any HW / channel padding is applied before folding).

    Output shape: (N, Hp/stride_h, Wp/stride_w, Cp * stride_h * stride_w)
    where Hp, Wp, Cp are the padded input dims.

    Args:
        input (ttnn.Tensor): Input tensor [N, H, W, C].
        stride_h (int): Stride along H.
        stride_w (int): Stride along W.
        collapse_output (bool, optional): Default False. When True, returns
            (1, 1, N * Hp/stride_h * Wp/stride_w, Cp * stride_h * stride_w) instead.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, stride_h: int, stride_w: int, use_transpose_as_fold: bool = False, output_shape: ttnn._ttnn.types.Shape | None = None, padding: Sequence[int] | Sequence[int] | Sequence[int] = [0, 0], grid_size: ttnn._ttnn.tensor.CoreRangeSet | None = None, override_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, collapse_output: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

fold: fold_t = ...

class nonzero_t:
    """
    Returns the number of elements (N) that are non-zero as well as a tensor of the same shape as input where the first N elements are the indices of non-zero elements.

    Args:
        input_tensor (ttnn.Tensor): Input Tensor should be 1D and in row major layout.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

nonzero: nonzero_t = ...

class clone_t:
    """
    Clones the input tensor, creating a copy with the specified memory configuration and converting its data type to dtype. This operation does not alter the tensor's layout.

    Args:
        input (ttnn.Tensor): the input tensor to be cloned.

    Keyword Args:
        dtype (ttnn.DataType, optional): the target data type of the cloned tensor. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): the memory configuration for the clone, options include DRAM_MEMORY_CONFIG or L1_MEMORY_CONFIG. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): the configuration for the compute kernel. Defaults to `None`.

    Returns:
        ttnn.Tensor: the cloned output tensor.

    Note:
        * ROW_MAJOR_LAYOUT: Returns the tensor unpadded in the last two dimensions.
        * TILE_LAYOUT: Pads the tensor to ensure its width and height are multiples of 32.
        * If the input's current layout matches the specified layout, padding adjustments are applied to the last two dimensions as necessary.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

clone: clone_t = ...

class concat_t:
    """
    Args:
        input_tensor (List of ttnn.Tensor): the input tensors.
        dim (number): the concatenating dimension.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        groups (int, optional): When `groups` is set to a value greater than 1, the inputs are split into N `groups` partitions, and elements are interleaved from each group into the output tensor. Each group is processed independently, and elements from each group are concatenated in an alternating pattern based on the number of groups. This is useful for recombining grouped convolution outputs during residual concatenation. Defaults to `1`. Currently, groups > `1` is only supported for two height sharded input tensors.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub-core grid to use for interleaved (L1 or DRAM) output tensors. If provided, the concatenation will run on the specified sub-core grid instead of the full compute grid. Defaults to `None`.

    Note:
        Block-sharded width concat (`dim` = -1) requires each input to start on an L1 alignment boundary: the sum of the widths before it, times the element size, must be a multiple of the NOC alignment (16 bytes on Wormhole and Blackhole). A ragged width that breaks this is rejected, since the concat boundary falls inside a shard where the NOC cannot write. Pad each width to a multiple of `l1_alignment / element_size` elements, or concat before sharding.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensors: Sequence[ttnn._ttnn.tensor.Tensor], dim: int = 0, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, groups: int = 1, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

concat: concat_t = ...

class indexed_fill_t:
    """
    Replaces batch of input in input_b denoted by batch_ids into input_a.

    Args:
        batch_id (ttnn.Tensor): the input tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dim (int, optional): Dimension value. Defaults to `0`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, batch_id: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dim: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

indexed_fill: indexed_fill_t = ...

class pad_t:
    """
    Returns a padded tensor, with a specified value at the specified location. If the input tensor is on host, the pad will be performed on host, and if its on device it will be performed on device.
    Any rank of tensor is supported. For rank > 4, leading dimensions are padded via a reshape path before the 4D device kernel; tile layout still does not support front padding on device.

    Args:
        * :attr:`input_tensor`: (ttnn.Tensor): the input tensor.
        * :attr:`padding`: (list[Tuple[int,int]]): padding to apply. Each element of padding should be a tuple of 2 integers, with the first integer specifying the number of values to add before the tensor and the second integer specifying the number of values to add after the tensor. Mutually exclusive to output_tensor_shape and input_tensor_start.
        * :attr:`value`: (Union[float,int]): value to pad with.

    Keyword Args:
        * :attr:`use_multicore`: (Optional[bool]) switch to use multicore implementation
        * :attr:`memory_config`: (Optional[ttnn.MemoryConfig]): Memory configuration for the operation. Defaults to `None`.
        * :attr:`sub_core_grids`: (Optional[ttnn.CoreRangeSet]): Sub core grids to run the operation on. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, padding: Sequence[Sequence[int]], value: float, *, use_multicore: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_padded_shape: Sequence[int], input_tensor_start: Sequence[int], value: float, *, use_multicore: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

pad: pad_t = ...

class permute_t:
    """
    Permutes the dimensions of the input tensor according to the specified permutation.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (number): the permutation of the dimensions of the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        pad_value (float, optional): padding value for when tiles are broken in a transpose. Defaults to `0.0`.

    Returns:
        List of ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dims: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dims: Sequence[int], pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

permute: permute_t = ...

class repeat_interleave_t:
    """
    Repeats elements of a :attr:`tensor` in the given :attr:`dim`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repeats (number): he number of repetitions for each element. repeats is broadcasted to fit the shape of the given axis.
        dim (number): the dimension to expand with the repetitions.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, repeats: int, dim: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

repeat_interleave: repeat_interleave_t = ...

def repeat_interleave_force_native(input_tensor: ttnn._ttnn.tensor.Tensor, repeats: int, dim: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the native repeat_interleave implementation unconditionally. Not
    part of the ttnn API; use ttnn.repeat_interleave, which selects an implementation on its
    own.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repeats (number): the number of repetitions for each element.
        dim (number): the dimension to expand with the repetitions.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output.
            Defaults to `None`, which derives it from the input.

    Returns:
        ttnn.Tensor: the output tensor.
    """

def repeat_interleave_force_codegen(input_tensor: ttnn._ttnn.tensor.Tensor, repeats: int, dim: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the codegen repeat_interleave implementation unconditionally,
    raising for a case outside its support scope rather than falling back to native. Not
    part of the ttnn API; use ttnn.repeat_interleave, which selects an implementation on its
    own.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repeats (number): the number of repetitions for each element.
        dim (number): the dimension to expand with the repetitions.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output.
            Defaults to `None`, which derives it from the input.

    Returns:
        ttnn.Tensor: the output tensor.

    Raises:
        RuntimeError: the codegen path does not support this case.
    """

class slice_t:
    """
    Returns a sliced tensor. If the input tensor is on host, the slice will be performed on host, and if its on device it will be performed on device.

    Args:
        input_tensor (ttnn.Tensor): Input tensor.
        slice_start (List[int]): Start indices of input tensor. Values along each dim must be in ``[0, input_tensor_shape[i])``.
        slice_end (List[int]): End indices of input tensor (exclusive). Values along each dim must be in ``(0, input_tensor_shape[i]]``.
        slice_step (List[int], optional): Step size for each dim. Defaults to ``None`` (step = 1 for all dims).

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Pre-allocated output tensor. Its shape must match the slice output. Defaults to ``None``.
        pad_value (float, optional): Fill value for implicit tile padding on tiled tensors. Padding is undefined by default.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Note:
        Strided slicing (``slice_step != 1``) is not supported for ``bfloat8_b`` tensors.

        TILE layout tensors must use the standard 32x32 tile, and a pre-allocated ``output_tensor`` must
        carry the same tile as the input.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, starts: ttnn._ttnn.tensor.Tensor, ends: ttnn._ttnn.tensor.Tensor, slice_step: Sequence[int] | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, slice_dim: int | None = None, num_devices: int | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, starts: Sequence[int], ends: Sequence[int], steps: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, slice_start: Sequence[int], slice_end: Sequence[int], slice_step: Sequence[int] | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

slice: slice_t = ...

class SliceParams:
    def __init__(self) -> None: ...

    @property
    def slice_start(self) -> ttnn._ttnn.types.Shape: ...

    @slice_start.setter
    def slice_start(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def slice_end(self) -> ttnn._ttnn.types.Shape: ...

    @slice_end.setter
    def slice_end(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def step(self) -> ttnn._ttnn.types.Shape: ...

    @step.setter
    def step(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def output_mem_config(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

    @output_mem_config.setter
    def output_mem_config(self, arg: ttnn._ttnn.tensor.MemoryConfig, /) -> None: ...

    @property
    def sub_core_grids(self) -> ttnn._ttnn.tensor.CoreRangeSet | None: ...

    @sub_core_grids.setter
    def sub_core_grids(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def output_mem_config_inherited(self) -> bool:
        """
        True if output_mem_config was implicitly inherited from the input tensor (no memory_config or output_tensor given by the caller) rather than explicitly requested. When set, the device operation may adjust an inherited sharded spec to fit the sliced output shape.
        """

    @output_mem_config_inherited.setter
    def output_mem_config_inherited(self, arg: bool, /) -> None: ...

class SliceInputs:
    def __init__(self, input: ttnn._ttnn.tensor.Tensor) -> None: ...

    @property
    def input(self) -> ttnn._ttnn.tensor.Tensor: ...

    @input.setter
    def input(self, arg: ttnn._ttnn.tensor.Tensor, /) -> None: ...

    @property
    def preallocated_output(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @preallocated_output.setter
    def preallocated_output(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

class SliceDeviceOperation:
    @staticmethod
    def create_output_tensors(operation_attributes: SliceParams, tensor_args: SliceInputs) -> ttnn._ttnn.tensor.Tensor: ...

    @staticmethod
    def compute_output_specs(operation_attributes: SliceParams, tensor_args: SliceInputs) -> ttnn._ttnn.tensor.TensorSpec: ...

class SliceTileProgramFactory:
    pass

class split_t:
    """
    Splits :attr:`input_tensor` into chunks along dimension :attr:`dim` and returns them as a list of tensors.

    The behavior depends on the type of :attr:`split_size`:

    * If :attr:`split_size` is an ``int``, the tensor is split into contiguous chunks of
      ``split_size`` elements along :attr:`dim`. When ``input_tensor.shape[dim]`` is not an
      exact multiple of ``split_size``, the final chunk holds the remainder and is smaller.
      The number of outputs is ``ceil(input_tensor.shape[dim] / split_size)``.
    * If :attr:`split_size` is a ``list[int]``, the tensor is split into ``len(split_size)``
      contiguous chunks whose sizes along :attr:`dim` are the list entries, in order. The
      entries must sum exactly to ``input_tensor.shape[dim]``.

    Constraints:

    * Every chunk size must be greater than 0 (both a zero entry in a :attr:`split_size`
      list and a zero-size split dimension raise an error; zero-volume tensors are not
      supported by the device kernels).
    * For a :attr:`split_size` list, the entries must sum exactly to ``input_tensor.shape[dim]``;
      an error is raised for both under- and over-covering lists.

    Example:

    .. code-block:: python

        # int split_size: 6 along dim=1 -> chunks of size 2
        a, b, c = ttnn.split(input_tensor, 2, dim=1)  # input_tensor.shape[1] == 6

        # list split_size: explicit per-chunk sizes summing to shape[1]
        a, b = ttnn.split(input_tensor, [2, 4], dim=1)  # input_tensor.shape[1] == 6

    Args:
        * :attr:`input_tensor`: Input Tensor.
        * :attr:`split_size` (Union[int, list[int]]): Size of a single chunk, or a list of per-chunk sizes.
        * :attr:`dim` (int): Dimension along which to split. Negative indexing is supported. Defaults to 0.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensors.

    Returns:
        List[ttnn.Tensor]: The list of output tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, split_size: int, dim: int = 0, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, split_size: Sequence[int], dim: int = 0, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

split: split_t = ...

class tilize_t:
    """
    Changes data layout of input tensor to TILE.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dtype (data type, optional): Data type of the output tensor. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        use_low_perf (bool, optional): Use a low performance version that uses less memory. USE ONLY IF ABSOLUTELY NEEDED IN MODELS. Defaults to `False`.
        tile (ttnn.Tile, optional): Tile shape for the output tensor. Defaults to the standard 32x32 tile.
        sub_core_grids (CoreRangeSet, optional): Used to restrict tilize to a set of cores, Defaults to using the entire device

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, use_low_perf: bool = False, tile: ttnn._ttnn.tensor.Tile = ..., sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize: tilize_t = ...

class tilize_with_val_padding_t:
    """
    Changes data layout of input tensor to TILE. Pads to specified shape with a user-provided value.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        output_tensor_shape (shape): Shape of the output tensor.
        pad_value (number): Value to pad the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dtype (data type, optional): Data type of the output tensor. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor_shape: ttnn._ttnn.types.Shape, pad_value: int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize_with_val_padding: tilize_with_val_padding_t = ...

class tilize_with_zero_padding_t:
    """
    Changes data layout of input tensor to TILE. Pads to the nearest multiple of TILE width/height with zero value.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 or UINT32 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 or UINT32 data type.

    Args:
        * :attr:`input_tensor`: Input Tensor.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor.
        * :attr:`dtype`: Data type of the output tensor.
        * :attr:`use_multicore`: Whether to use multicore.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize_with_zero_padding: tilize_with_zero_padding_t = ...

class transpose_t:
    """
    Returns a tensor that is transposed along dims dim1 and dim2

    Equivalent pytorch code:

    .. code-block:: python

        output_tensor = torch.transpose(input_tensor, 0, 1)

    Args:
        * :attr:`input_tensor`: Input Tensor.
        * :attr:`dim1`: First dim of transpose.
        * :attr:`dim2`: Second dim of transpose.
        * :attr:`pad_value` (float, optional): padding value for when tiles are broken in a transpose. Defaults to `0.0`.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim1: int, dim2: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim1: int, dim2: int, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

transpose: transpose_t = ...

class untilize_t:
    """
    Changes data layout of input tensor to ROW_MAJOR.

    Input tensor must be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:

        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub core grids. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

untilize: untilize_t = ...

def untilize_force_native(input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the native untilize prim unconditionally. Not part of the ttnn API;
    use ttnn.untilize, which selects a prim on its own.
    """

def untilize_force_codegen(input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the codegen untilize prim unconditionally, raising for a case outside
    its support scope rather than falling back to native. Not part of the ttnn API; use
    ttnn.untilize, which selects a prim on its own.
    """

class untilize_with_unpadding_t:
    """
    Changes data layout of input tensor to ROW_MAJOR and unpads/removes elements from the tensor.

    Input tensor must be on TT accelerator device, in TILE layout, and may have BFLOAT16,
    FLOAT32, BFLOAT8_B, INT32, or UINT32 data type.

    Output tensor will be on TT accelerator device, in ROW_MAJOR layout, and will have the same
    data type as the input (BFLOAT8_B inputs are converted to BFLOAT16 on output).

    Args:
        input_tensor (ttnn.Tensor): the input tensor
        output_tensor_end (shape): End indices of input tensor in output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub core grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor_end: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

untilize_with_unpadding: untilize_with_unpadding_t = ...

class scatter_t:
    """
    Scatters the source tensor's values along a given dimension according to the index tensor.

    Args:
        input (ttnn.Tensor): the input tensor to scatter values onto.
        dim (int): the dimension to scatter along.
        index (ttnn.Tensor): the tensor specifying indices where values from the source tensor must go to.
        src (ttnn.Tensor): the tensor containing the source values to be scattered onto input.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output tensor. Defaults to `None`.
        reduce (ttnn.ScatterReductionType, optional): reduction operation to apply when multiple values are scattered to the same location (e.g., amax, amin, sum). Currently not supported. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): specifies which cores scatter should run on. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor with scattered values.

    Note:
        * Input tensors must be interleaved and on device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, src: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, reduce: str | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

scatter: scatter_t = ...

class scatter_add_t:
    """
    Scatters the source tensor's values along a given dimension according to the index tensor, adding source values associated with according repeated indices.

    Args:
        input (ttnn.Tensor): the input tensor to scatter values onto.
        dim (int): the dimension to scatter along.
        index (ttnn.Tensor): the tensor specifying indices where values from the source tensor must go to.
        src (ttnn.Tensor): the tensor containing the source values to be scattered onto input.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): specifies which cores scatter should run on. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor with scattered values.

    Note:
        * Input tensors must be interleaved and on device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, src: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

scatter_add: scatter_add_t = ...

class tosa_scatter_t:
    """
    Scatters the source tensor's values along a given dimension according
    to the index tensor.

    Parameters:
        * `input` (Tensor): The input tensor to scatter values onto. Must be of rank 3.
        * `index` (Tensor): The tensor specifying indices where values from the source tensor must go to. Must be of rank 2.
        * `src` (Tensor): The tensor containing the source values to be scattered onto input. Must be of rank 3.

    Keyword Arguments:
        * `memory_config` (MemoryConfig, optional): Specifies the memory configuration for the output tensor. Defaults to `None`.

    Example:

    .. code-block:: python

        import ttnn
        import torch

        input_torch = torch.randn([10,20,30,20,10], dtype=torch.float32)
        index_torch = torch.randint(0, 10, [10,20,30,20,5], dtype=torch.int64)
        source_torch = torch.randn([10,20,30,20,10], dtype=input_torch.dtype)

        device = ttnn.open_device(device_id=0)
        # input tensors must be interleaved and on device
        input_ttnn = ttnn.from_torch(input_torch, dtype=ttnn.float32, device=device, layout=ttnn.Layout.TILE)
        index_ttnn = ttnn.from_torch(index_torch, dtype=ttnn.int32, device=device, layout=ttnn.Layout.TILE)
        source_ttnn = ttnn.from_torch(source_torch, dtype=ttnn.float32, device=device, layout=ttnn.Layout.TILE)

        output = ttnn.tosa_scatter(input_ttnn, index_ttnn, source_ttnn)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, index: ttnn._ttnn.tensor.Tensor, src: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tosa_scatter: tosa_scatter_t = ...

class assign_t:
    """
    Returns a new tensor which is a new copy of input tensor. Alternatively, copies input tensor ``input_a`` to ``input_b`` if their shapes and memory layouts match, and returns input_b tensor.

    Input tensor must have BFLOAT16 data type.
    Output tensor will have BFLOAT16 data type.

    Args:
        input_tensor_a (ttnn.Tensor): Tensor assign is applied to. Tensor of shape [W, Z, Y, X].
        input_tensor_b (ttnn.Tensor): Input tensor. Tensor of shape [W, Z, Y, X]. Only if performing assign to from tensor_a.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig, dtype: ttnn._ttnn.tensor.DataType | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

assign: assign_t = ...

class bcast_t:
    """
    Perform a binary elementwise operation ``math_op`` between tensors ``input_a`` and ``input_b``, where values from tensor ``input_b`` are broadcast.

    Let tensor ``input_a`` have shape ``[W0, Z0, Y0, X0]`` and tensor ``input_b`` shape ``[W1, Z1, Y1, X1]``. ``dim`` determines the type of broadcast performed.

    For ``dim=BcastOpDim::W`` broadcast is performed on dimension ``X``. ``Y0`` and ``Y1`` must be the same and either (W1=1 and Z1=1) or (W0=W1 and Z0=Z1).

    For ``dim=BcastOpDim::H`` broadcast is performed on dimension  ``Y``. ``X0`` and ``X1`` must be the same and either (W1=1 and Z1=1) or (W0=W1 and Z0=Z1).

    For ``dim=BcastOpDim::HW`` broadcast is performed on dimensions ``X`` and ``Y``. Either (W1=1 and Z1=1) or (W0=W1 and Z0=Z1) must hold for input shapes.

    Both input tensors must have BFLOAT16 data type.

    Output tensor will have BFLOAT16 data type.

    .. csv-table::
        :header: "Argument", "Description", "Data type", "Valid range", "Required"

        "input_a", "Input tensor", "Tensor", "Tensor of shape [W0, Z0, Y0, X0]", "Yes"
        "input_b", "Input tensor to broadcast", "Tensor", "Tensor of shape [W1, Z1, Y1, X1]", "Yes"
        "math_op", "Aggregating math operation", " BcastOpMath", "ADD, SUB, MUL", "Yes"
        "dim", "Dimension on which to broadcast", "BcastOpDim", "W, H, HW", "Yes"
        "memory_config", "Layout of tensor in TT Accelerator device memory banks", "MemoryConfig", "Default is interleaved in DRAM", "No"
        "output_tensor", "Optional preallocated output tensor", "Tensor", "Default is None", "No"

    Args:
        * :attr:`input_tensor_a`: First Input Tensor for bcast.
        * :attr:`input_tensor_b`: Second Input Tensor for bcast.
        * :attr:`math_op`: Operation to be performed during broadcasting.
        * :attr:`dim`: the dimension to reduce. If None, the bcast of the flattened input is returned

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor
        * :attr:`output_tensor`: Preallocated output tensor
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, math_op: ttnn._ttnn.types.BcastOpMath, dim: ttnn._ttnn.types.BcastOpDim, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bcast: bcast_t = ...

class copy_t:
    """
    Copies the elements from ``input_a`` into ``input_b``. ``input_b`` is modified in place.

    Both input tensors must be of equal shape.

    .. csv-table::
        :header: "Argument", "Description", "Data type", "Valid range", "Required"

        "input_a", "First tensor to copy", "Tensor", "Tensor of shape [W, Z, Y, X]", "Yes"
        "input_b", "Second tensor to copy", "Tensor", "Tensor of shape [W, Z, Y, X]", "Yes\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

copy: copy_t = ...

class moe_expert_token_remap_t:
    """
    Remap MoE CCL Metadata from global experts to local device experts

    Args:
        topk_tensor (ttnn.Tensor): tensor of MoE topk scores, `[devices/devices, batch, seq, experts]`
        expert_mapping_tensor (ttnn.Tensor): tensor that maps MoE experts to devices, `[1, 1, experts, devices]`
        expert_metadata_tensor (ttnn.Tensor): tensor that maps tokens to global experts `[devices/devices, batch, seq, select_experts_k]``

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_mapping_tensor (ttnn.Tensor, optional): Preallocated output mapping tensor. Defaults to `None`.
        output_reduced_tensor (ttnn.Tensor, optional): Preallocated output reduced tensor. Defaults to `None`.
        reduction_size (int, optional): reduction chunk size. Must be positive, and must divide
            `batch * seq` exactly - the writer emits one reduced page per chunk and does not flush a
            partial trailing group.

    Returns:
        Tuple:
        ttnn.Tensor: Tensor that maps batch tokens to local experts, `[devices/devices, batch, seq, experts_per_device]`
        ttnn.Tensor: Bool Tensor that reduces the mapping tensor by chunks of `reduction_size`, `[devices/devices, batch*seq/reduction_size, experts_per_device]`
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, topk_tensor: ttnn._ttnn.tensor.Tensor, expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, expert_metadata_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_mapping_tensor: ttnn._ttnn.tensor.Tensor | None = None, optional_output_reduced_tensor: ttnn._ttnn.tensor.Tensor | None = None, reduction_size: int = 16) -> list[ttnn._ttnn.tensor.Tensor]: ...

moe_expert_token_remap: moe_expert_token_remap_t = ...

class moe_routing_remap_t:
    """
    Remap MoE routing weights to local device routing weights. Partitions groups of non-zero weights, which may be
    non-uniformly distributed, and maps them to devices along the specified cluster axis.

    for example:,

    non_zero_weight_size=8,
    expert_parallel_size=4,
    Total experts= 32
    routing_weights_tensor (1,total_experts): [0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, 0, 0, 4, 5, 0, 0, 0, 6,0, 0, 0, 7, 0, 8, 0, 0, 0, 0, 0, 0, 0]

    Each device will have 2 non-zero values in their output.

    cluster device 0: [0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    cluster device 1: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 4, 0, 0, 0, 0, 0,0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    cluster device 2: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 6,0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    cluster device 3: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,0, 0, 0, 7, 0, 8, 0, 0, 0, 0, 0, 0, 0]

    Args:
        routing_weights_tensor (ttnn.Tensor): tensor of weights for selected experts, replicated on all devices `[1, total_experts]`
        non_zero_weight_size (integer): Total number of selected experts, non-zero weights in routing_weights_tensor.
        expert_parallel_size (integer): Number of devices in a cluster.
        cluster_axis (integer): Device mesh axis of cluster, 0: rows, 1: columns.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Optional memory configuration for the output. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): Optional output buffer.

    Returns:
        ttnn.Tensor: Tensor containing the device partitioned local weights, `[devices/devices, total_experts]`
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, routing_weights_tensor: ttnn._ttnn.tensor.Tensor, non_zero_weight_size: int, expert_parallel_size: int, cluster_axis: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moe_routing_remap: moe_routing_remap_t = ...

class move_t:
    """
    Moves the elements of the input tensor ``arg0`` to a location in memory with specified memory layout.

    If no memory layout is specified, output memory will be the same as the input tensor memory config.

    +----------+----------------------------+----------------------------+---------------------------------+----------+
    | Argument | Description                | Data type                  | Valid range                     | Required |
    +==========+============================+============================+=================================+==========+
    | arg0     | Tensor to move             | Tensor                     | Tensor of shape [W, Z, Y, X]    | Yes      |
    +----------+----------------------------+----------------------------+---------------------------------+----------+
    | arg1     | MemoryConfig of tensor of  | tt_lib.tensor.MemoryConfig | Default is same as input tensor | No       |
    |          | TT accelerator device      |                            |                                 |          |
    +----------+----------------------------+----------------------------+---------------------------------+----------+
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

move: move_t = ...

class chunk_t:
    """
    Splits a tensor into multiple chunks along a specified dimension.

    Args:
        * :attr:`input_tensor`: The tensor to split.
        * :attr:`chunks`: Number of chunks to divide the tensor into.
        * :attr:`dim`: Dimension along which to split.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, chunks: int, dim: int) -> list[ttnn._ttnn.tensor.Tensor]: ...

chunk: chunk_t = ...

class expand_t:
    """
    Returns a new tensor where singleton dimensions are expanded to a larger side.
    Unlike :func:`torch.expand`, this function is not zero-cost and perform a memory copy to create the expanded tensor. This is due to `ttnn.Tensor`'s lack of strided tensor support.

    Args:
        * :attr:`input`: The tensor to be expanded.
        * :attr:`output_shape`: The desired output shape.
        * :attr:`memory_config`: The memory configuration for the expanded tensor.

    Requirements:
        like torch.expand:
            only size 1 dimensions can be expanded in the output shape
            -1 or the original shape size can be used to indicate that dimension should not have an expansion
            The output shape must have the same or higher dimensions than the input shape
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_shape: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

expand: expand_t = ...

class interleaved_to_sharded_t:
    """
    Converts a tensor from interleaved to sharded memory layout

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): input tensor
        * :attr:`grid` (ttnn.CoreGrid): Grid of sharded tensor
        * :attr:`shard_shape` (List(int[2])): Sharding shape.
        * :attr:`shard_scheme` (ttl.tensor.TensorMemoryLayout): Sharding scheme(height, width or block).
        * :attr:`shard_orientation` (ttl.tensor.ShardOrientation): Shard orientation (ROW or COL major).
        * :attr:`sharded_memory_config` (MemoryConfig): Instead of shard_shape, shard_scheme and orientation you can provide a single MemoryConfig representing the sharded tensor.

    Keyword Args:
        * :attr:`output_dtype` (Optional[ttnn.DataType]): Output data type, defaults to same as input.

    Example 1 (using grid, shape, scheme, orienttion):

        >>> sharded_tensor = ttnn.interleaved_to_sharded(tensor, ttnn.CoreGrid(3,3), [32,32], ttl.tensor.TensorMemoryLayout.HEIGHT_SHARDED, ttl.tensor.ShardOrientation.ROW_MAJOR)


    Example 2 (using sharded memory config):
        >>> sharded_memory_config_dict = dict(
            core_grid=ttnn.CoreRangeSet(
                {
                    ttnn.CoreRange(
                        ttnn.CoreCoord(0, 0), ttnn.CoreCoord(1, 1)
                    ),
                }
            ),
            strategy=ttnn.ShardStrategy.BLOCK,
        ),
        >>> shard_memory_config = ttnn.create_sharded_memory_config(input_shape, **input_sharded_memory_config_args)
        >>> sharded_tensor = ttnn.interleaved_to_sharded(tensor, shard_memory_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, grid: ttnn._ttnn.tensor.CoreCoord | ttnn._ttnn.tensor.CoreRangeSet, shard_shape: Sequence[int], shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout, shard_orientation: ttnn._ttnn.tensor.ShardOrientation, output_dtype: ttnn._ttnn.tensor.DataType | None = None, *, keep_l1_aligned: bool | None = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, sharded_memory_config: ttnn._ttnn.tensor.MemoryConfig, output_dtype: ttnn._ttnn.tensor.DataType | None = None, *, keep_l1_aligned: bool | None = False, preallocated_output: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

interleaved_to_sharded: interleaved_to_sharded_t = ...

class interleaved_to_sharded_partial_t:
    """
    Converts a partial tensor from interleaved to sharded memory layout

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): input tensor. Must be TILE layout with the standard 32x32 tile.
        * :attr:`grid` (ttnn.CoreGrid): Grid of sharded tensor
        * :attr:`num_slices` (int): Number of slices.
        * :attr:`slice_index` (int): Slice index.
        * :attr:`shard_scheme` (ttl.tensor.TensorMemoryLayout): Sharding scheme(height, width or block).
        * :attr:`shard_orienttion` (ttl.tensor.ShardOrientation): Shard orientation (ROW or COL major).

    Keyword Args:
        * :attr:`output_dtype` (Optional[ttnn.DataType]): Output data type, defaults to same as input.

    Example:

        >>> sharded_tensor = ttnn.sharded_to_interleaved(tensor, ttnn.CoreGrid(3,3), 2, 2, ttl.tensor.TensorMemoryLayout.HEIGHT_SHARDED, ttl.tensor.ShardOrientation.ROW_MAJOR)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, grid: ttnn._ttnn.tensor.CoreCoord | ttnn._ttnn.tensor.CoreRangeSet, shard_shape: Sequence[int], num_slices: int, slice_index: int, shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout, shard_orientation: ttnn._ttnn.tensor.ShardOrientation, *, output_dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

interleaved_to_sharded_partial: interleaved_to_sharded_partial_t = ...

class narrow_t:
    """
    Returns a narrowed view of the input tensor along dimension :attr:`dim`, starting at index :attr:`start`
    with the given :attr:`length`. Equivalent to `torch.narrow`.

    This is a zero-cost operation: the returned tensor shares the same data buffer as the input tensor.
    No data is copied or moved.

    Note:
        * Input tensor must be stored on the device.
        * Currently supports only DRAM INTERLEAVED or L1 sharded tensors.
        * For DRAM INTERLEAVED tensors, narrow can only be performed on the first non-trivial dimension,
          with ``start`` pointing to the first DRAM bank.
        * For L1 sharded tensors, narrow is supported only when the narrowed region consists of complete
          full shards, or spans multiple shards with the same page offset.
        * For TILE_LAYOUT, ``start`` and ``length`` on the height or width dimension must be multiples of 32.
        * Negative values for ``dim`` and ``start`` are supported.

    Args:
        * input_tensor (ttnn.Tensor): Input tensor. Must be on device.
        * dim (int): Dimension along which to narrow. Supports negative indexing.
        * start (int): Starting index (inclusive). Supports negative indexing.
        * length (int): Length of the narrowed dimension. Must be > 0.

    Returns:
        ttnn.Tensor: A view of the input tensor with ``shape[dim] == length``.

    Example:

        >>> tensor = ttnn.rand((32, 16, 16, 4), dtype=ttnn.bfloat16, device=device)
        >>> output = ttnn.narrow(tensor, 0, 0, 12)
        >>> print(output.shape)
        ttnn.Shape([12, 16, 16, 4])
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, start: int, length: int) -> ttnn._ttnn.tensor.Tensor: ...

narrow: narrow_t = ...

class repeat_t:
    """
    Returns a new tensor filled with repetition of input :attr:`input_tensor` according to number of times specified in :attr:`shape`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repetition_vector (SmallVector): The number of repetitions for each dimension.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, repeat_dims: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

repeat: repeat_t = ...

def repeat_force_native(input_tensor: ttnn._ttnn.tensor.Tensor, repeat_dims: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the native repeat implementation unconditionally. Not part of the
    ttnn API; use ttnn.repeat, which selects an implementation on its own.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repeat_dims (SmallVector): the number of repetitions for each dimension.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output.
            Defaults to `None`, which derives it from the input.

    Returns:
        ttnn.Tensor: the output tensor. Takes no preallocated output -- a forced leg is a
        reference for comparison, not a call path with the full public surface.
    """

def repeat_force_codegen(input_tensor: ttnn._ttnn.tensor.Tensor, repeat_dims: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the codegen repeat implementation unconditionally, raising for a
    case outside its support scope rather than falling back to native. Not part of the ttnn
    API; use ttnn.repeat, which selects an implementation on its own.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        repeat_dims (SmallVector): the number of repetitions for each dimension.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output.
            Defaults to `None`, which derives it from the input.

    Returns:
        ttnn.Tensor: the output tensor. Takes no preallocated output -- a forced leg is a
        reference for comparison, not a call path with the full public surface.

    Raises:
        RuntimeError: the codegen path does not support this case.
    """

class TileReshapeMapMode(enum.Enum):
    CACHE = 0

    RECREATE = 1

class reshape_on_device_t:
    """
    Returns a tensor with the new shape of ``[W, Z, Y, X]``. The X dimension of input and output tensor must have same size.

    Equivalent pytorch code:

    .. code-block:: python

        input_tensor = torch.arange(4.)
        W = 1
        Z = 1
        Y = 2
        X = 2
        output_tensor = torch.reshape(input_tensor, (W, Z, Y, X))


    Args:
        * :attr:`input_tensor`: Input Tensor. A TILE layout tensor must use the standard 32x32 tile.
        * :attr:`W`: W dim of tensor.
        * :attr:`Z`: Z dim of tensor.
        * :attr:`Y`: Y dim of tensor.
        * :attr:`X`: X dim of tensor.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor

    Example:

        >>> tensor = ttnn.from_torch(torch.tensor((1, 4), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.reshape(tensor, 1, 1, 2, 2)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, W: int, Z: int, Y: int, X: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reshape_on_device: reshape_on_device_t = ...

class reshape_t:
    """
    Note: for a 0 cost view, the following conditions must be met:
        * the last dimension must not change
        * In Tiled the second last two dimensions must not change OR there is no padding on the second last dimension

    Args:
        * input_tensor: Input Tensor.
        * shape: Shape of tensor.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor. Default is to match input tensor memory config. If ``memory_config`` specifies a sharded layout without ``shard_spec``, the input tensor's ``shard_spec`` is used as the seed grid (layout should match the input).
        * :attr:`pad_value` (number): Value to pad the output tensor. Default is 0
        * :attr:`reshape_tile_mode` (TileReshapeMapMode): Advanced option. Set to RECREATE to recompute and reallocate the mapping tensor. This may alleviate DRAM fragmentation but is slow. Default is CACHE. This keyword is named :attr:`reshape_tile_mode` on all overloads; the small-vector (tuple/list) shape overload previously used the name ``recreate_mapping_tensor`` for the same option—update callers to ``reshape_tile_mode``.
        * :attr:`sub_core_grids` (CoreRangeSet, optional): Specifies sub-core grid ranges for advanced core selection control. Default uses all the cores in the device.
        * :attr:`skip_padding_fill` (bool): If False, ``pad_value`` is applied to tile padding lanes. If True, ``pad_value`` is ignored and tile padding is left as-is. Default is False. Note: this option is silently ignored for ``BFLOAT8_B`` outputs because the BF8 typecast computes a shared exponent across each 16-element sub-block, and unfilled padding would corrupt logical values in straddling sub-blocks; the fill always runs in that case.


    Returns:
        ttnn.Tensor: the output tensor with the new shape.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, logical_shape: ttnn._ttnn.types.Shape, padded_shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

reshape: reshape_t = ...

class view_t:
    """
    This is a 0 cost view operation that returns the same tensor that was passed to it but with a new shape

    Note: The following conditions must be met:
        * the memory is stored on the device
        * the last dimension must not change
        * In Tiled the second last two dimensions must not change OR there is no padding on the second last dimension

    Args:
        * input_tensor: Input Tensor.
        * new_shape: New shape of tensor.

    Returns:
        ttnn.Tensor: a reference to the input tensor but with the new shape.

    Example:

        >>> tensor = ttnn.from_torch(torch.tensor((2, 1, 1, 1, 4), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.view(tensor, (2, 1, 4))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: Sequence[int]) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: ttnn._ttnn.types.Shape) -> ttnn._ttnn.tensor.Tensor: ...

view: view_t = ...

class reshard_t:
    """
    Converts a tensor from one sharded layout to another sharded layout

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): input tensor
        * :attr:`output_memory_config` (MemoryConfig): Memory config with shard spec of output tensor

    Example:
        >>> sharded_memory_config_dict = dict(
            core_grid=ttnn.CoreRangeSet(
                {
                    ttnn.CoreRange(
                        ttnn.CoreCoord(0, 0), ttnn.CoreCoord(1, 1)
                    ),
                }
            ),
            strategy=ttnn.ShardStrategy.BLOCK,
        ),
        >>> shard_memory_config = ttnn.create_sharded_memory_config(input_shape, **input_sharded_memory_config_args)
        >>> sharded_tensor = ttnn.reshard(tensor, shard_memory_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_memory_config: ttnn._ttnn.tensor.MemoryConfig, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reshard: reshard_t = ...

class sharded_to_interleaved_t:
    """
    Converts a tensor from sharded to interleaved memory layout

    Args:
        input_tensor (ttnn.Tensor): input tensor
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation, must be Interleaved.

    Keyword Args:
        output_dtype (Optional[ttnn.DataType]): Output data type, defaults to same as input.

    Example:

        >>> interleaved_tensor = ttnn.sharded_to_interleaved(tensor, ttnn.DRAM_MEMORY_CONFIG)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sharded_to_interleaved: sharded_to_interleaved_t = ...

class sharded_to_interleaved_partial_t:
    """
    Converts a partial tensor from sharded_to_interleaved memory layout

    Args:
        input_tensor (ttnn.Tensor): input tensor
        cache_tensor (ttnn.Tensor): cache tensor
        num_slices (int): Number of slices.
        slice_index (int): Slice index.

    Keyword Args:
        memory_config (Optional[ttnn.MemoryConfig]): Memory configuration for the operation. Defaults to `None`.
        output_dtype (Optional[ttnn.DataType]): Output data type, defaults to same as input. Defaults to `None`.

    Returns:
        ttnn.Tensor: the cache tensor with the partial data written.

    Example:

        >>> interleaved_tensor = ttnn.sharded_to_interleaved_partial(tensor, cache_tensor, 4, 2)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cache_tensor: ttnn._ttnn.tensor.Tensor, num_slices: int, slice_index: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sharded_to_interleaved_partial: sharded_to_interleaved_partial_t = ...

class squeeze_t:
    """
    Returns a tensor with the specified dimensions squeezed. If `dim` is not provided, all dimensions of size 1 will be squeezed. If `dim` is an integer, only the specified dimension will be squeezed. If `dim` is a list of integers, all specified dimensions will be squeezed.

    If a specified dimension in `dim` does not have size 1, it will be ignored.

    Equivalent pytorch code:

    .. code-block:: python

        input_tensor = torch.rand((1,1,1,256), dtype=torch.bfloat16)
        output_tensor = torch.squeeze(input_tensor, 2) # tensor of shape (1,1,256), where at dimension 2 we removed it

    Args:
        * :attr:`input_tensor`: Input Tensor.
        * :attr:`dim`: Dim where we want to squeeze
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | Sequence[int] | None = None) -> ttnn._ttnn.tensor.Tensor: ...

squeeze: squeeze_t = ...

class stack_t:
    """
    Stacks tensors along a new dimension.

    Args:
        * :attr:`input_tensors`: List of tensors to stack.
        * :attr:`dim`: Dimension along which to stack.

    Example:
       >>> input_tensor = ttnn.from_torch(torch.randn((2, 2), dtype=torch.bfloat16), device=device)
       >>> output = ttnn.stack((input_tensor,input_tensor), 1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensors: Sequence[ttnn._ttnn.tensor.Tensor], dim: int) -> ttnn._ttnn.tensor.Tensor: ...

stack: stack_t = ...

class unsqueeze_t:
    """
    Returns a tensor unsqueezed at the specified dimension

    Equivalent pytorch code:

    .. code-block:: python

        input_tensor = torch.rand((1,1,256), dtype=torch.bfloat16)
        output_tensor = torch.unsqueeze(input_tensor, 2) # tensor of shape (1,1,1,256), where at dimension 2 we added a new dim of size 1

    Args:
        * :attr:`input_tensor`: Input Tensor.
        * :attr:`dim`: Dim where we want to unsqueeze (add a new dimension of size 1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int) -> ttnn._ttnn.tensor.Tensor: ...

unsqueeze: unsqueeze_t = ...

class roll_t:
    """
    Performs circular shifting of elements along the specified dimension(s).

    Args:
        input_tensor: A tensor whose elements will be rolled. A TILE layout tensor must use the standard 32x32 tile.
        shifts: The number of places by which elements are shifted. Can be an integer or a list of integers (one per dimension).
        dim: The dimension(s) along which to roll. If shifts is a list, then dim must be a list of the same length as shifts.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shifts: Sequence[int], dim: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shifts: int, dim: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shifts: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

roll: roll_t = ...

class sort_t:
    """
    Sorts the elements of the input tensor along the specified dimension in ascending order by default.
    If no dimension is specified, the last dimension of the input tensor is used.

    Args:
        input_tensor (ttnn.Tensor): The input tensor to be sorted.

    Keyword Arguments:
        dim (int, optional): The dimension along which to sort. Defaults to `-1` (last dimension).
        descending (bool, optional): If `True`, sorts in descending order. Defaults to `False`.
        stable (bool, optional): If `True`, ensures the original order of equal elements is preserved. Defaults to `False`. With `stable=False` the returned indices are a valid permutation (no duplicates inside tie groups, no out-of-range indices), but which of several equal elements comes first is unspecified. Known exception: on the single-core path (sort dimension padded to at most 2048), an input containing the padding value (`-inf` descending / `+inf` ascending, or `0` / `65535` for `uint16`) can still emit padding indices past the logical row. `float32` inputs have `-0.0` canonicalized to `+0.0` in the returned values with `stable=True` on every factory (the two zeros form one tie class, ordered by index as in PyTorch), and with `stable=False` on the cross-core path and on padded multi-core DRAM sorts; bit-exact consumers of signed zeros (`copysign`, `1/x`, `signbit`) see `+0.0` there.
        memory_config (ttnn.MemoryConfig, optional): Specifies the memory configuration for the output tensor. Defaults to `None`.
        out (tuple of ttnn.Tensor, optional): Preallocated output tensors for the sorted values and indices. Defaults to `None`. The index tensor must be of type uint16 or uint32.

    Returns:
        List of ttnn.Tensor: A list containing two tensors: The first tensor contains the sorted values, the second tensor contains the indices of the original elements in the sorted order.

    Note:

        Supported dtypes and layouts for input tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16
              - TILE, ROW_MAJOR
            * - UINT16
              - TILE, ROW_MAJOR
            * - FLOAT32
              - TILE, ROW_MAJOR

        Supported dtypes and layouts for index tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - UINT16, UINT32
              - TILE, ROW_MAJOR

        NaN input is unsupported (undefined ordering) for BFLOAT16: the bfloat16 datapath
        canonicalizes NaN to same-sign infinity before comparing, so NaN placement deviates
        from torch.sort's NaN-last ordering. Mask or replace NaNs before sorting.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: HEIGHT_SHARDED, WIDTH_SHARDED, BLOCK_SHARDED (DRAM and L1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, descending: bool = False, stable: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, out: tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor] | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

sort: sort_t = ...

class gather_t:
    """
    The `gather` operation extracts values from the input tensor based on indices provided in the index tensor along a specified dimension.

    The input tensor and the index tensor must have the same number of dimensions.
    For all dimensions except the specified one (`dim`), the size of the index tensor must not exceed the size of the input tensor.
    The output tensor will have the same shape as the index tensor. Note that the input and index tensors do not broadcast against each other.

    Index values must lie in the range [0, input.shape[dim]). The value produced at any output position whose index falls outside that range is unspecified.

    Args:
        input (ttnn.Tensor): The source tensor from which values are gathered.
        dim (int): The dimension along which values are gathered.
        index (ttnn.Tensor): A tensor containing the indices of elements to gather, with the same number of dimensions as the input tensor.

    Keyword Arguments:
        sparse_grad (bool, optional): If `True`, the gradient computation will be sparse. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Specifies the memory configuration for the output tensor. Defaults to `None`.
        out (ttnn.Tensor, optional): A preallocated tensor to store the gathered values. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Custom core range set for operation execution. Allows specification of which cores should be used for the operation. Defaults to `None`.

    Additional Information:
        * Currently, the `sparse_grad` argument is not supported.

    Note:

        Supported dtypes and layout for input tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, FLOAT32
              - TILE
            * - UINT16, UINT32
              - TILE
            * - INT32
              - TILE

        Supported dtypes and layout for index tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - UINT16, UINT32
              - TILE

    Memory Support:
        - Interleaved: DRAM and L1
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, *, sparse_grad: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, out: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gather: gather_t = ...

def gather_force_native(input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, *, sparse_grad: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, out: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the native gather implementation unconditionally. Not part of the
    ttnn API; use ttnn.gather, which selects an implementation on its own.
    """

def gather_force_codegen(input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, *, sparse_grad: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, out: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Verification only: runs the codegen gather implementation unconditionally, raising for a
    case outside its support scope rather than falling back to native. Not part of the ttnn
    API; use ttnn.gather, which selects an implementation on its own.
    """

class tosa_gather_t:
    """
    Generate a tensor for which each element in the output is a subtensor of the values tensor based on the indices.
    N is the number of batches, W the number of indices in each batch, K the range of each index and C the number data channels for each index.

    Parameters:
        * `input` (Tensor) - Shape([N,K,C]): The source tensor from which values are gathered.
        * `index` (Tensor) - Shape([N,W]): A tensor containing the indices of elements to gather, with the same number of dimensions as the input tensor.

    Output:
        * `output` (Tensor) - Shape([N,W,C]): The gathered tensor.

    Keyword Arguments:
        * `memory_config` (MemoryConfig, optional): Specifies the memory configuration for the output tensor. Defaults to `None`.

    .. code-block:: python

    Logic:
        for_each(0 <= n < N, 0 <= w < W, 0 <= c < C) {
            index_t k = tensor_read<index_t>(indices, [N,W], [n,w]);
            REQUIRE(0 <= k && k < K);
            in_out_t value = tensor_read<in_out_t>(values, [N,K,C], [n,k,c]);
            tensor_write<in_out_t>(output, [N,W,C], [n,w,c], value);
        }

    Example:

    .. code-block:: python

        import ttnn
        import torch

        N, K, C = 2, 5, 3
        W = 4

        # Create a 3D input tensor
        input_tensor = torch.randn((N, K, C), dtype=torch.bfloat16)

        # Create a 2D index tensor
        indices = torch.randint(0, K, (N, W), dtype=torch.uint16)

        # Convert tensors to ttnn format
        input_tensor_ttnn = ttnn.from_torch(input_tensor, ttnn.bfloat16, layout=ttnn.Layout.TILE, device=device)
        index_tensor_ttnn = ttnn.from_torch(index_tensor, ttnn.uint16, layout=ttnn.Layout.TILE, device=device)

        # Perform the gather operation
        gathered_tensor = ttnn.tosa_gather(input_tensor_ttnn, index_tensor_ttnn)

        # Equivalent to PyTorch: gathered_tensor = torch.gather(input_tensor, dim=1, index=indices.unsqueeze(-1).expand(-1, -1, C))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, index: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tosa_gather: tosa_gather_t = ...
