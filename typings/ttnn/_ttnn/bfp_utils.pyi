# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""BFP tile pack/unpack utilities"""

from collections.abc import Sequence
from typing import Annotated, Any

import numpy
from numpy.typing import NDArray

import ttnn._ttnn.tensor


def pack_bfp8(input: Annotated[Any, dict(dtype='float32', shape=(None,), order='C', device='cpu', writable=False)], row_major_input: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.uint32], dict(shape=(None,))]:
    """
    Pack float32 data into BFP8 tile format. Returns raw uint32 packed data.
    """

def pack_bfp4(input: Annotated[Any, dict(dtype='float32', shape=(None,), order='C', device='cpu', writable=False)], row_major_input: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.uint32], dict(shape=(None,))]:
    """
    Pack float32 data into BFP4 tile format. Returns raw uint32 packed data.
    """

def pack_bfp2(input: Annotated[Any, dict(dtype='float32', shape=(None,), order='C', device='cpu', writable=False)], row_major_input: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.uint32], dict(shape=(None,))]:
    """
    Pack float32 data into BFP2 tile format. Returns raw uint32 packed data.
    """

def unpack_bfp8(input: Annotated[Any, dict(dtype='uint32', shape=(None,), order='C', device='cpu', writable=False)], row_major_output: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.float32], dict(shape=(None,))]:
    """Unpack raw BFP8 tile data back to float32."""

def unpack_bfp4(input: Annotated[Any, dict(dtype='uint32', shape=(None,), order='C', device='cpu', writable=False)], row_major_output: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.float32], dict(shape=(None,))]:
    """Unpack raw BFP4 tile data back to float32."""

def unpack_bfp2(input: Annotated[Any, dict(dtype='uint32', shape=(None,), order='C', device='cpu', writable=False)], row_major_output: bool = False, is_exp_a: bool = False) -> Annotated[NDArray[numpy.float32], dict(shape=(None,))]:
    """Unpack raw BFP2 tile data back to float32."""

def get_l1_alignment() -> int:
    """Get L1 memory alignment in bytes."""

def get_dram_alignment() -> int:
    """Get DRAM memory alignment in bytes."""

def compute_shard_page_mapping(tensor_shape: Sequence[int], shard_shape: Sequence[int], page_height: int, page_width: int, core_range_set: ttnn._ttnn.tensor.CoreRangeSet, shard_orientation: ttnn._ttnn.tensor.ShardOrientation, distribution_strategy: ttnn._ttnn.tensor.ShardDistributionStrategy = ttnn._ttnn.tensor.ShardDistributionStrategy.ROUND_ROBIN_1D) -> list[tuple[ttnn._ttnn.tensor.CoreCoord, list[int]]]:
    """
    Compute shard-to-core page mapping using BufferDistributionSpec.

    Returns list of (CoreCoord, page_indices) tuples, one per core.
    Each page_index is a host page ID (for TILE_LAYOUT, page = tile).
    Use ROUND_ROBIN_1D for HEIGHT/WIDTH sharding, GRID_2D for BLOCK sharding.
    """
