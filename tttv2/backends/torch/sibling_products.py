"""A compiled step's GGUF block products that read the same activations, run as one operator call.

A decoder layer multiplies one normed input by its q, k and v weights, and another by gate and up. Each
``tttv2::gguf_q4_mm`` / ``gguf_q8_mm`` call quantizes its activations and opens a parallel region of its own;
``tttv2::gguf_mm_many`` does both once for all of them. The modules stay separate (each projection is its own
``linear`` slot); this inductor pass joins their calls in the traced graph only.
"""

from __future__ import annotations

import operator
from typing import Any

import torch
from torch import fx
from torch._inductor.custom_graph_pass import CustomGraphPass, get_hash_for_files

from tttv2 import native


class SiblingBlockProducts(CustomGraphPass):
    """Post-grad pass: block products of one activation node (with the same kernel switches) become one
    ``gguf_mm_many`` call, placed where the first of them was; each result is read from its list."""

    def __call__(self, graph: fx.Graph) -> None:
        # x, codes, scale (and a 4-bit product's offset): the operators exist once tttv2's library is loaded
        tensor_arguments = {torch.ops.tttv2.gguf_q4_mm.default: 4, torch.ops.tttv2.gguf_q8_mm.default: 3}
        siblings: dict[tuple[object, bool, bool], list[tuple[fx.Node, fx.Node, tuple[object, ...]]]] = {}
        for node in graph.nodes:
            found = _block_product(node, tensor_arguments.get(node.target, 0) if node.op == "call_function" else 0)
            if found is not None:
                x, weight, portable, vnni = found
                siblings.setdefault((_same_values(x), portable, vnni), []).append((node, x, weight))
        for (_, portable, vnni), products in siblings.items():
            if len(products) > 1:
                _join(graph, products, portable, vnni)

    def uuid(self) -> Any:
        return get_hash_for_files((__file__, *map(str, native.SOURCES)))


def _block_product(node: fx.Node, count: int) -> tuple[fx.Node, tuple[object, ...], bool, bool] | None:
    """``(x, (codes, scale, offset or None), portable, vnni)`` of a block product (``count`` tensor arguments; 0:
    not one) whose weight is a graph input."""
    if not count or len(node.args) < count:
        return None
    x, *weight = node.args[:count]
    portable = node.args[count] if len(node.args) > count else node.kwargs.get("portable", False)
    vnni = node.args[count + 1] if len(node.args) > count + 1 else node.kwargs.get("vnni", True)
    # weights are the model's tensors, inputs of the graph: a computed one might not exist yet where the join goes
    if not isinstance(x, fx.Node) or not all(_graph_input(part) for part in weight):
        return None
    parts = (*weight, None) if count == 3 else tuple(weight)  # q8: no offset
    return x, parts, bool(portable), bool(vnni)


_RESHAPES = (torch.ops.aten.reshape.default, torch.ops.aten.view.default, torch.ops.aten._unsafe_view.default)


def _same_values(x: fx.Node) -> object:
    """A key equal for nodes holding the same values: each projection reshapes the shared input itself, so q, k
    and v read three reshape nodes of one tensor (with the same shape)."""
    if x.op == "call_function" and x.target in _RESHAPES:
        return (_same_values(x.args[0]) if isinstance(x.args[0], fx.Node) else x.args[0], _hashable(x.args[1:]))
    return x


def _hashable(value: object) -> object:
    return tuple(map(_hashable, value)) if isinstance(value, (list, tuple)) else value


def _graph_input(value: object) -> bool:
    return isinstance(value, fx.Node) and value.op in ("placeholder", "get_attr")


def _join(graph: fx.Graph, products: list[tuple[fx.Node, fx.Node, tuple[object, ...]]], portable: bool,
          vnni: bool) -> None:
    """One call in place of the first product, on its own ``x`` (it exists there; the others' are equal)."""
    nodes = [node for node, _, _ in products]
    x = products[0][1]
    codes, scales, offsets = (list(part) for part in zip(*(weight for _, _, weight in products), strict=True))
    with graph.inserting_before(nodes[0]):
        joined = graph.call_function(torch.ops.tttv2.gguf_mm_many.default, (x, codes, scales, offsets, portable, vnni))
        joined.meta["val"] = [node.meta["val"] for node in nodes]
        for index, node in enumerate(nodes):
            item = graph.call_function(operator.getitem, (joined, index))
            item.meta["val"] = node.meta["val"]
            node.replace_all_uses_with(item)
    for node in nodes:
        graph.erase_node(node)
