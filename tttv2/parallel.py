"""Tensor parallelism as data: the shard plans modules declare, and what a rank holds under one.

A module that holds projections declares a :class:`ShardPlan` as its ``shard_plan`` class attribute: which
constructor sizes are divided between ranks (heads, KV heads, FFN features), which projections are split by
output rows (column-parallel) and which by input columns (row-parallel, partial results summed across ranks).
A build under a :class:`TensorParallel` divides those sizes before calling the constructor, then hands each
named projection to the backend to wrap; a module without a plan is built whole on every rank (replicated).
The backend (``torch.distributed`` on cpu/cuda) supplies the collectives; nothing here communicates.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Literal, Protocol, runtime_checkable

import attrs

from tttv2.errors import TensorParallelError

SizeKind = Literal["heads", "kv_heads", "features"]
"""How a divided size splits: ``heads`` and ``features`` evenly; ``kv_heads`` evenly, or replicated in groups
of ranks when there are fewer KV heads than ranks (each rank then keeps the one its query heads read)."""

Split = Literal["column", "row"]
"""``column``: each rank holds a slice of the output rows; ``row``: a slice of the input columns, outputs summed."""


@attrs.frozen(kw_only=True)
class ShardPlan:
    """How one module splits across tensor-parallel ranks.

    ``divide`` maps constructor keywords to the kind of size they are; ``column`` and ``row`` map projection
    attributes (``q_proj``, ``down``) to the divided keyword whose share each rank holds.
    """

    divide: Mapping[str, SizeKind]
    column: Mapping[str, str] = attrs.field(factory=dict)
    row: Mapping[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        unknown = sorted({*self.column.values(), *self.row.values()} - set(self.divide))
        if unknown:
            raise ValueError(f"shard plan projections follow sizes it does not divide: {unknown}")

    def projections(self) -> dict[str, tuple[Split, str]]:
        """Each split projection attribute: its split and the keyword that sizes its share."""
        split: dict[str, tuple[Split, str]] = {name: ("column", key) for name, key in self.column.items()}
        split.update({name: ("row", key) for name, key in self.row.items()})
        return split


@runtime_checkable
class TensorParallel(Protocol):
    """This process's place among the ranks of a 1-D mesh, and how its backend shards a projection."""

    @property
    def rank(self) -> int:
        """This process's index in the mesh, 0 .. world - 1."""
        ...

    @property
    def world(self) -> int:
        """How many ranks share the model."""
        ...

    def shard(self, projection: object, *, split: Split, index: int, count: int) -> object:
        """``projection`` (built at this rank's size) wrapped to hold part ``index`` of ``count`` equal parts of the
        checkpoint tensor along its split, and, for a row split, to sum its output across the ranks."""
        ...


@runtime_checkable
class HoldsAccelerator(Protocol):
    """A tensor-parallel context that is itself the opened device (a ``ttnn.MeshDevice``, whose one process drives
    every chip): a build under it runs on that device instead of opening one."""

    @property
    def accelerator(self) -> object:
        """The opened device the model's modules are built for."""
        ...


def shard_plan_of(cls: type) -> ShardPlan | None:
    """The plan ``cls`` declares (inherited like any class attribute; ``None`` switches it off)."""
    plan = getattr(cls, "shard_plan", None)
    return plan if isinstance(plan, ShardPlan) else None


def local_size(kind: SizeKind, value: int, world: int) -> int | None:
    """A rank's share of a size, or None when ``value`` cannot split over ``world`` ranks."""
    if value % world == 0:
        return value // world
    if kind == "kv_heads" and world % value == 0:
        return 1  # fewer KV heads than ranks: each group of world // value ranks shares one
    return None


def share(value: int, local: int, rank: int, world: int) -> tuple[int, int]:
    """(part, parts): which of ``value // local`` equal parts of a size rank ``rank`` of ``world`` holds."""
    parts = value // local
    return rank * parts // world, parts


def valid_rank_counts(sizes: Mapping[str, tuple[SizeKind, int]]) -> list[int]:
    """Every rank count up to the largest size that splits all of ``sizes`` (keyword -> (kind, value))."""
    largest = max((value for _, value in sizes.values()), default=1)
    return [n for n in range(1, largest + 1) if all(local_size(k, v, n) is not None for k, v in sizes.values())]


def divide_sizes(plan: ShardPlan, kwargs: MutableMapping[str, object], world: int, where: str) -> dict[str, int]:
    """Replace the plan's sizes in constructor ``kwargs`` by this rank's share; returns the full sizes.

    Refuses a size the ranks cannot split, naming the module, the size, the rank count and the counts that work.
    """
    sizes: dict[str, tuple[SizeKind, int]] = {}
    for key, kind in plan.divide.items():
        value = kwargs.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TensorParallelError(f"{where}: its shard plan divides {key!r}, but the constructor got {value!r}")
        sizes[key] = (kind, value)
    problems = [_split_problem(key, kind, value, world) for key, (kind, value) in sizes.items()
                if local_size(kind, value, world) is None]
    if problems:
        *others, last = map(str, valid_rank_counts(sizes))
        counts = f"{', '.join(others)} or {last}" if others else last
        raise TensorParallelError(f"{where}: {'; '.join(problems)}; this module splits over {counts} ranks")
    full = {key: value for key, (_, value) in sizes.items()}
    for key, (kind, value) in sizes.items():
        kwargs[key] = local_size(kind, value, world)
    return full


def _split_problem(key: str, kind: SizeKind, value: int, world: int) -> str:
    if kind == "kv_heads" and value < world:
        return (f"{key}={value} cannot be split over {world} ranks, nor replicated ({world} is not a multiple "
                f"of {value})")
    return f"{key}={value} does not divide among {world} ranks"
