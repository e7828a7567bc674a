# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn generic operation interface"""

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor


class generic_op_t:
    """
    Executes a custom operation with user-defined kernels on the device.

    The generic_op provides a flexible interface for constructing and executing custom operations
    on device hardware. It allows specifying custom compute kernels, data movement, and control flow.

    Args:
        io_tensors (List[ttnn.Tensor]): List of input tensors and output tensor(s). Output tensor(s) must be
            pre-allocated and included as the last element(s) in the list.
        program_descriptor (ttnn.ProgramDescriptor or ttnn.MeshProgramDescriptor): Descriptor containing
            kernel specifications, computational buffer configurations, semaphores, and other execution
            parameters. Use ProgramDescriptor for SPMD mode (same program on all devices) or
            MeshProgramDescriptor for explicit per-device control.

    Returns:
        ttnn.Tensor: Handle to the output tensor.

    Example:
        Refer to tests/ttnn/unit_tests/operations/debug/test_generic_op.py for usage examples
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], mesh_program_descriptor: ttnn._ttnn.program_descriptor.MeshProgramDescriptor) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor) -> ttnn._ttnn.tensor.Tensor: ...

generic_op: generic_op_t = ...

def compute_program_descriptor_hash(program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor) -> int:
    """
    Compute structural hash of a ProgramDescriptor.

    Hashes kernel sources, compile-time args, core ranges, CB structure,
    and semaphores. Excludes runtime arg values and buffer addresses,
    making it suitable as a cache key for structural equivalence.
    """
