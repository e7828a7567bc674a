"""Host-side weight preparation with real ttnn: SmolLM2's layer 0 (and the shared tensors) to bf16 / bfloat8_b.

Needs ttnn and torch in one interpreter (CPython 3.12 here: ``python tools/ttnn_host_check.py``);
skips elsewhere with the reason. ``TT_METAL_MOCK_CLUSTER_DESC_PATH`` points at a mock Wormhole
n150 descriptor, which lets ttnn tilize and pack block floats on the host; no device, no kernel.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from tttv2 import ModelContainer
from tttv2.loading import Checkpoint
from tttv2.ttnn import TTNNDecoderModel, TTNNPrecision
from tttv2.ttnn.loading import PlannedWeight, host_tensor, plan_device_weights
from tttv2.ttnn.precision import DeviceDType, ttnn_dtype
from tttv2.ttnn.weights import arrange_on_host, prepare_weight

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ttnn") is None,
    reason="ttnn is not installed (wheels exist for CPython 3.10 and 3.12 only): run `python tools/ttnn_host_check.py`")

MOCK_DESCRIPTOR = Path(__file__).parent / "mock_cluster" / "wormhole_n150.yaml"
BF16_RTOL = 2**-8  # bfloat16 keeps 8 significant bits: rounding to nearest moves a value by under 2^-8 of itself
BFP8_BLOCK_RTOL = 2**-6  # bfloat8_b: 7 mantissa bits under an exponent shared by 16 values, so each value is
#                          within one step, 2^-6 of the largest magnitude in its block of 16
BLOCK = 16  # values sharing one exponent: one row of a 16x16 face of a 32x32 tile

LINEAR_GROUPS = ("attention_qkv", "attention_output", "ffn", "ffn_down", "head")


@pytest.fixture(scope="module")
def mock_cluster() -> Iterator[None]:
    previous = os.environ.get("TT_METAL_MOCK_CLUSTER_DESC_PATH")
    os.environ["TT_METAL_MOCK_CLUSTER_DESC_PATH"] = str(MOCK_DESCRIPTOR)
    yield
    if previous is None:
        del os.environ["TT_METAL_MOCK_CLUSTER_DESC_PATH"]
    else:
        os.environ["TT_METAL_MOCK_CLUSTER_DESC_PATH"] = previous


@pytest.fixture(scope="module")
def layer0(smollm2: Checkpoint) -> list[PlannedWeight]:
    """Every device weight of layer 0 plus the embedding, final norm and (tied) head."""
    model = ModelContainer(spec=smollm2.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    return [p for p in plan_device_weights(model, smollm2) if p.path.startswith("layers.0.") or "layers." not in p.path]


@pytest.mark.parametrize("linear_dtype", ["bfloat16", "bfloat8_b"])
def test_layer0_prepares_with_its_shapes_layouts_dtypes_and_bounded_error(
        mock_cluster: None, smollm2: Checkpoint, layer0: list[PlannedWeight], linear_dtype: DeviceDType) -> None:
    import ttnn

    precision = TTNNPrecision(**{group: linear_dtype for group in LINEAR_GROUPS})
    assert {f"{p.path}.{p.name}" for p in layer0} >= {"embedding.weight", "head.weight",
                                                      "layers.0.attention.qkv_proj.weight"}
    for planned in layer0:
        where = f"{planned.path}.{planned.name}"
        source = host_tensor(planned, smollm2)
        expected = arrange_on_host(source, planned.weight.preparation).float()
        prepared = prepare_weight(source, planned.weight, precision)
        dtype = precision.dtype_of(planned.weight.group)
        assert tuple(prepared.shape) == tuple(expected.shape), where
        assert prepared.layout == (ttnn.ROW_MAJOR_LAYOUT if planned.weight.preparation.is_row_major
                                   else ttnn.TILE_LAYOUT), where
        assert prepared.dtype == ttnn_dtype(dtype), where
        back = ttnn.to_torch(prepared).float()
        if dtype == "bfloat16":
            error = float(((back - expected).abs() - BF16_RTOL * expected.abs()).max())
            assert error <= 0.0, f"{where}: a bfloat16 value is {error} past 2^-8 of itself"
        else:
            _assert_within_block_steps(back, expected, where)


def test_the_fused_qkv_weight_is_q_then_k_then_v_transposed(
        mock_cluster: None, smollm2: Checkpoint, layer0: list[PlannedWeight]) -> None:
    import ttnn

    planned = next(p for p in layer0 if p.name == "qkv_proj.weight")
    prepared = prepare_weight(host_tensor(planned, smollm2), planned.weight, TTNNPrecision())
    dims = smollm2.spec.dims
    assert tuple(prepared.shape) == (1, 1, dims.hidden_dim, (dims.num_heads + 2 * dims.num_kv_heads) * dims.head_dim)
    raw_v = smollm2.source.load("blk.0.attn_v.weight")  # V rows are not reordered for rotary
    torch.testing.assert_close(ttnn.to_torch(prepared).float()[0, 0, :, -raw_v.shape[0]:], raw_v.T,
                               atol=0.0, rtol=BF16_RTOL)


def _assert_within_block_steps(back: torch.Tensor, expected: torch.Tensor, where: str) -> None:
    blocks = expected.reshape(*expected.shape[:-1], -1, BLOCK)
    largest = blocks.abs().amax(dim=-1, keepdim=True)
    error = (back.reshape(blocks.shape) - blocks).abs()
    worst = float((error - BFP8_BLOCK_RTOL * largest).max())
    assert worst <= 0.0, f"{where}: a bfloat8_b value is {worst} past 2^-6 of its block's largest magnitude"
