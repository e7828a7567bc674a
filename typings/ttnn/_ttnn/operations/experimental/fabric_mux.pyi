# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""
Experimental program-descriptor configuration for a program-local fabric mux.
"""

import enum

import ttnn._ttnn.fabric
import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class ChannelType(enum.Enum):
    """Fabric mux channel payload type."""

    FULL_SIZE = 0

    HEADER_ONLY = 1

class KernelBuildOptLevel(enum.Enum):
    O1 = 0

    O2 = 1

    O3 = 2

    O0 = 3

    Os = 4

    Ofast = 5

    Oz = 6

class Config:
    """
    Computes the kernel arguments and L1 layout for a program-local fabric mux.
    """

    def __init__(self, *, num_full_size_channels: int, num_header_only_channels: int, num_buffers_per_full_size_channel: int, num_buffers_per_header_only_channel: int, full_size_channel_buffer_size_bytes: int, base_l1_address: int, core_type: ttnn._ttnn.types.CoreType = ttnn._ttnn.types.CoreType.WORKER, usable_l1_end_address: int = 0) -> None:
        """
        Configure the mux L1 memory map.

        Args:
            num_full_size_channels: Number of full-size channels.
            num_header_only_channels: Number of header-only channels.
            num_buffers_per_full_size_channel: Buffers per full-size channel.
            num_buffers_per_header_only_channel: Buffers per header-only channel.
            full_size_channel_buffer_size_bytes: Bytes per full-size buffer.
            base_l1_address: First address of the mux memory map.
            core_type: Core type for the mux; defaults to WORKER.
            usable_l1_end_address: Exclusive L1 ceiling; 0 selects the physical L1 end.

        Raises:
            RuntimeError: No channels are configured, a buffer exceeds the supported size, the core type is
                unsupported, or the memory map exceeds the L1 ceiling.
        """

    def kernel_compile_time_args(self) -> list[int]:
        """
        Return compile-time arguments for the fabric mux kernel.

        Returns:
            list[int]: Mux kernel compile-time arguments.
        """

    def kernel_runtime_args(self, *, source_node_id: ttnn._ttnn.fabric.FabricNodeId, destination_node_id: ttnn._ttnn.fabric.FabricNodeId, link_index: int, program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, mux_logical_core: ttnn._ttnn.tensor.CoreCoord) -> list[int]:
        """
        Build mux kernel runtime arguments and append fabric connection resources to the descriptor.

        Args:
            source_node_id: Fabric node hosting the mux.
            destination_node_id: Fabric node reached through the selected link.
            link_index: Fabric link to the destination node.
            program_descriptor: Descriptor that receives the connection resources.
            mux_logical_core: Logical core hosting the mux.

        Returns:
            list[int]: Mux kernel runtime arguments.
        """

    def num_channels(self, channel_type: ChannelType) -> int:
        """
        Return the number of channels of the selected type.

        Args:
            channel_type: FULL_SIZE or HEADER_ONLY.

        Returns:
            int: Channel count.
        """

    def num_buffers(self, channel_type: ChannelType) -> int:
        """
        Return the number of buffers in each channel of the selected type.

        Args:
            channel_type: FULL_SIZE or HEADER_ONLY.

        Returns:
            int: Buffers per channel.
        """

    def buffer_size_bytes(self, channel_type: ChannelType) -> int:
        """
        Return the size of one buffer in a channel of the selected type.

        Args:
            channel_type: FULL_SIZE or HEADER_ONLY.

        Returns:
            int: Buffer size in bytes.
        """

    def memory_map_end_address(self) -> int:
        """
        Return the exclusive end address of the mux L1 memory map.

        Returns:
            int: First L1 address after the mux memory map.
        """

def client_compile_time_args(*, num_clients: int, channel_type: ChannelType, config: Config) -> list[int]:
    """
    Build compile-time arguments for a fabric mux client kernel.

    Args:
        num_clients: Number of clients sharing the mux direction.
        channel_type: FULL_SIZE or HEADER_ONLY.
        config: Mux configuration.

    Returns:
        list[int]: Client kernel compile-time arguments.
    """

def client_runtime_args(*, connection_valid: bool, is_termination_master: bool, channel_type: ChannelType, mux_virtual_core: ttnn._ttnn.tensor.CoreCoord, client_index: int, client_logical_core: ttnn._ttnn.tensor.CoreCoord, config: Config, program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, termination_master_virtual_core: ttnn._ttnn.tensor.CoreCoord, termination_master_semaphore_id: int | None = None) -> list[int]:
    """
    Build one client's runtime arguments and append its new semaphores to the descriptor.

    Args:
        connection_valid: Whether this client has a mux connection.
        is_termination_master: Whether this client owns termination synchronization.
        channel_type: FULL_SIZE or HEADER_ONLY.
        mux_virtual_core: Virtual coordinates of the mux core.
        client_index: Channel index for this client.
        client_logical_core: Logical coordinates of the client core.
        config: Mux configuration.
        program_descriptor: Descriptor that receives client semaphores.
        termination_master_virtual_core: Virtual coordinates of the termination master.
        termination_master_semaphore_id: Existing termination semaphore ID to reuse, or None to allocate one.

    Returns:
        list[int]: The 17 client kernel runtime arguments.

    Raises:
        RuntimeError: The client index is outside the configured channel count, or the descriptor has no
            available semaphore IDs on the client core.
    """

def channel_buffer_size_bytes() -> int:
    """
    Return the maximum buffer size for one full-size mux channel.

    Returns:
        int: Maximum buffer size in bytes.
    """
