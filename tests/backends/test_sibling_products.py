"""The compiled step's pass that joins block products of the same activations into one ``gguf_mm_many`` call."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor, fx
from torch._inductor.custom_graph_pass import CustomGraphPass

from tests.native.test_gguf_kernels import _activations, _q4_blocks, _q8_blocks, _tiled
from tttv2 import native
from tttv2.backends.torch.sibling_products import SiblingBlockProducts

pytestmark = pytest.mark.skipif(not native.kernels_available(), reason="the native kernels could not be built")

COLUMNS = 96


class _Recording(CustomGraphPass):
    """The pass under test, keeping the graph it left behind."""

    def __init__(self) -> None:
        self.inner = SiblingBlockProducts()
        self.targets: list[object] = []

    def __call__(self, graph: fx.Graph) -> None:
        self.inner(graph)
        self.targets = [node.target for node in graph.nodes if node.op == "call_function"]

    def uuid(self) -> object:
        return None  # never read a cached graph: the pass must run


def test_products_of_one_input_become_one_call_with_the_same_results() -> None:
    """q, k, v (4-bit, 8-bit and 4-bit, each reshaping the input itself) join; o (another input) stays alone."""
    q4 = [_tiled(COLUMNS, *_q4_blocks(out, COLUMNS, seed=out)[:3]) for out in (13, 5, 8)]
    q8 = _tiled(COLUMNS, *_q8_blocks(7, COLUMNS, seed=3)[:2])

    def layer(x: Tensor) -> tuple[Tensor, ...]:
        q = native.q4_matmul(x.reshape(-1, COLUMNS), *q4[0])
        k = native.q8_matmul(x.reshape(-1, COLUMNS), *q8)
        v = native.q4_matmul(x.reshape(-1, COLUMNS), *q4[1])
        o = native.q4_matmul(x.reshape(-1, COLUMNS) * 2, *q4[2])
        return q, k, v, o

    x = _activations(2, COLUMNS, seed=4)[:, None]
    recording = _Recording()
    compiled = torch.compile(layer, fullgraph=True, dynamic=False,
                             options={"post_grad_custom_post_pass": recording})
    actual = compiled(x)
    many, q4_mm, q8_mm = (torch.ops.tttv2.gguf_mm_many.default, torch.ops.tttv2.gguf_q4_mm.default,
                          torch.ops.tttv2.gguf_q8_mm.default)
    assert recording.targets.count(many) == 1
    assert recording.targets.count(q4_mm) == 1 and recording.targets.count(q8_mm) == 0  # o alone
    for result, expected in zip(actual, layer(x), strict=True):
        torch.testing.assert_close(result, expected, rtol=0, atol=0)  # the same kernels on the same int8 rows


def test_products_with_other_switches_stay_apart() -> None:
    """The portable path (a test switch) is its own call: its products join only each other."""
    weights = [_tiled(COLUMNS, *_q4_blocks(out, COLUMNS, seed=out)[:3]) for out in (4, 6)]

    def project(x: Tensor) -> tuple[Tensor, Tensor]:
        return native.q4_matmul(x, *weights[0]), native.q4_matmul(x, *weights[1], portable=True)

    recording = _Recording()
    compiled = torch.compile(project, fullgraph=True, dynamic=False,
                             options={"post_grad_custom_post_pass": recording})
    x = _activations(1, COLUMNS, seed=5)
    for result, expected in zip(compiled(x), project(x), strict=True):
        torch.testing.assert_close(result, expected, rtol=0, atol=0)
    assert recording.targets.count(torch.ops.tttv2.gguf_q4_mm.default) == 2
