# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn Types"""

from collections.abc import Iterator, Sequence
import enum
from typing import overload

import ttnn._ttnn.tensor


class CoreGrid:
    def __init__(self, *, x: int, y: int) -> None: ...

    @property
    def x(self) -> int: ...

    @property
    def y(self) -> int: ...

    @property
    def num_cores(self) -> int: ...

    def __repr__(self) -> str: ...

class Shape:
    @overload
    def __init__(self, shape: Sequence[int]) -> None: ...

    @overload
    def __init__(self, arg: Sequence[int], /) -> None: ...

    def __len__(self) -> int: ...

    def __getitem__(self, arg: int, /) -> int: ...

    def __iter__(self) -> Iterator[int]: ...

    def __eq__(self, arg: object, /) -> bool: ...

    def __repr__(self) -> str: ...

    @property
    def rank(self) -> int: ...

    def to_rank(self, arg: int, /) -> Shape: ...

class QueueId:
    @overload
    def __init__(self, arg: int, /) -> None: ...

    @overload
    def __init__(self, arg: int, /) -> None: ...

    @overload
    def __init__(self, arg: int, /) -> None: ...

    def __int__(self) -> int: ...

    def __repr__(self) -> str: ...

    def __eq__(self, arg: object, /) -> bool: ...

class BcastOpMath(enum.Enum):
    ADD = 0

    SUB = 1

    MUL = 2

class BcastOpDim(enum.Enum):
    H = 0

    W = 1

    HW = 2

class CoreType(enum.Enum):
    ARC = 0

    DRAM = 1

    ACTIVE_ETH = 2

    IDLE_ETH = 3

    PCIE = 4

    TENSIX = 5

    ROUTER_ONLY = 6

    SECURITY = 7

    L2CPU = 8

    DISPATCH = 9

    HARVESTED = 10

    ETH = 11

    WORKER = 12

    COUNT = 13

    UNSPECIFIED = 14

class DataMovementProcessor(enum.Enum):
    RISCV_0 = 0

    RISCV_1 = 1

    RISCV_2 = 2

    RISCV_3 = 3

    RISCV_4 = 4

    RISCV_5 = 5

    RISCV_6 = 6

    RISCV_7 = 7

class NOC(enum.Enum):
    RISCV_0_default = 0

    RISCV_1_default = 1

    NOC_0 = 0

    NOC_1 = 1

class NOC_MODE(enum.Enum):
    DM_DEDICATED_NOC = 0

    DM_DYNAMIC_NOC = 1

DRAM_MEMORY_CONFIG: ttnn._ttnn.tensor.MemoryConfig = ...

L1_MEMORY_CONFIG: ttnn._ttnn.tensor.MemoryConfig = ...

DEVICE_STORAGE_TYPE: ttnn._ttnn.tensor.StorageType = ttnn._ttnn.tensor.StorageType.DEVICE

HOST_STORAGE_TYPE: ttnn._ttnn.tensor.StorageType = ttnn._ttnn.tensor.StorageType.HOST
