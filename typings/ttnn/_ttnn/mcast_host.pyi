# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""
Host-side mcast helper (counterpart of kernel_lib/mcast/kernel/mcast_pipe)
"""

from collections.abc import Sequence
import enum

import ttnn._ttnn.multi_device
import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class McastDataReady(enum.Enum):
    Flag = 0

    Counter = 1

class TransferMode(enum.Enum):
    Multicast = 0

    ChainUnicast = 1

class McastCoreOrder(enum.Enum):
    RowMajor = 0

    ColumnMajor = 1

class McastSenderPlacement(enum.Enum):
    Uniform = 0

    Staggered = 1

class McastConfig:
    def __init__(self, *, noc: ttnn._ttnn.types.NOC = ttnn._ttnn.types.NOC.RISCV_0_default, handshake: bool = True, handshake_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None, data_ready: McastDataReady = McastDataReady.Flag, irregular_receiver_set_mode: TransferMode = TransferMode.Multicast) -> None: ...

    @property
    def noc(self) -> ttnn._ttnn.types.NOC: ...

    @noc.setter
    def noc(self, arg: ttnn._ttnn.types.NOC, /) -> None: ...

    @property
    def handshake(self) -> bool: ...

    @handshake.setter
    def handshake(self, arg: bool, /) -> None: ...

    @property
    def handshake_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet | None: ...

    @handshake_cores.setter
    def handshake_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def data_ready(self) -> McastDataReady: ...

    @data_ready.setter
    def data_ready(self, arg: McastDataReady, /) -> None: ...

    @property
    def irregular_receiver_set_mode(self) -> TransferMode: ...

    @irregular_receiver_set_mode.setter
    def irregular_receiver_set_mode(self, arg: TransferMode, /) -> None: ...

class McastFixedSenderConfig:
    def __init__(self, *, sender_index: int = 0, placement: McastSenderPlacement = McastSenderPlacement.Uniform) -> None: ...

    @property
    def sender_index(self) -> int: ...

    @sender_index.setter
    def sender_index(self, arg: int, /) -> None: ...

    @property
    def placement(self) -> McastSenderPlacement: ...

    @placement.setter
    def placement(self, arg: McastSenderPlacement, /) -> None: ...

class McastExplicitFixedSenderConfig:
    def __init__(self, senders_per_group: Sequence[ttnn._ttnn.tensor.CoreCoord]) -> None: ...

    @property
    def senders_per_group(self) -> list[ttnn._ttnn.tensor.CoreCoord]: ...

    @senders_per_group.setter
    def senders_per_group(self, arg: Sequence[ttnn._ttnn.tensor.CoreCoord], /) -> None: ...

class McastRotatingSenderConfig:
    def __init__(self, sender_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None, *, sender_order: McastCoreOrder | None = None) -> None: ...

    @property
    def sender_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet | None: ...

    @sender_cores.setter
    def sender_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def sender_order(self) -> McastCoreOrder | None: ...

    @sender_order.setter
    def sender_order(self, arg: McastCoreOrder | None) -> None: ...

class Mcast:
    def __init__(self, device: ttnn._ttnn.multi_device.MeshDevice, config: McastConfig, receivers: ttnn._ttnn.tensor.CoreRangeSet, receiver_group_size: int, sender_config: McastFixedSenderConfig | McastExplicitFixedSenderConfig | McastRotatingSenderConfig = ..., receiver_order: McastCoreOrder = McastCoreOrder.RowMajor) -> None: ...

    def attach(self, descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, prefix: str, kernels: list, first_semaphore_id: int) -> None: ...

    def next_semaphore_id(self) -> int: ...

    def participating_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def sender_only_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

def attach_absent_mcast(kernel: ttnn._ttnn.program_descriptor.KernelDescriptor, prefix: str) -> None: ...
