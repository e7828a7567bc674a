# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""sliding_window operations"""

import enum
from typing import overload

import ttnn._ttnn.tensor


class ParallelConfig:
    def __init__(self, *, grid: ttnn._ttnn.tensor.CoreRangeSet, shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout, shard_orientation: ttnn._ttnn.tensor.ShardOrientation) -> None: ...

    @property
    def grid(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    @grid.setter
    def grid(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def shard_scheme(self) -> ttnn._ttnn.tensor.TensorMemoryLayout: ...

    @shard_scheme.setter
    def shard_scheme(self, arg: ttnn._ttnn.tensor.TensorMemoryLayout, /) -> None: ...

    @property
    def shard_orientation(self) -> ttnn._ttnn.tensor.ShardOrientation: ...

    @shard_orientation.setter
    def shard_orientation(self, arg: ttnn._ttnn.tensor.ShardOrientation, /) -> None: ...

class Op2DSliceConfig:
    """
    | Op2DSliceConfig is a structure that is used to configure how the input & output tensors of Conv2D are sliced when they are placed in DRAM. \\
    | Conv2D only supports inputs in L1. If the input tensor or output tensor are too large to fit into L1, then the Conv2d_DRAM version can be used. \\
    | It slices the input & output into slices and applies the relevant L1 op on each slice. \\
    | Op2DSliceConfig determines how this slicing happens.
    """

    @overload
    def __init__(self, *, slice_type: Op2DSliceConfig.SliceTypeEnum, num_slices: int) -> None: ...

    @overload
    def __init__(self, *, slice_type: Op2DSliceConfig.SliceTypeEnum) -> None: ...

    def __repr__(self) -> str: ...

    @property
    def slice_type(self) -> Op2DSliceConfig.SliceTypeEnum:
        """
        | The type of slice to be used. Can be either SliceHeight or SliceWidth. When the tensor is in [N, H, W, C] format, then it can slice either along the height or width dimension.
        | Slicing along the width is preferable as it reduces the size of the output of the Halo operation.
        | Use SliceHeight only when the height dimension is much larger than the width dimension.
        """

    @slice_type.setter
    def slice_type(self, arg: Op2DSliceConfig.SliceTypeEnum, /) -> None: ...

    @property
    def num_slices(self) -> int:
        """
        | The number of slices that the input & output tensors are divided into.
        | The output tensor is divided into num_slices slices along the slice_type dimension.
        | The corresponding input tensor needed to calculate that output is determined and sliced.
        | If the size of the slice dimension is not divisible by num_slices, then the last slice will be smaller than the rest.
        """

    @num_slices.setter
    def num_slices(self, arg: int, /) -> None: ...

    class SliceTypeEnum(enum.Enum):
        L1Full = 2

        DRAMSliceHeight = 0

        DRAMSliceWidth = 1
