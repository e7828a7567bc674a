"""A checkpoint with fused projections (Phi-3's qkv_proj, gate_up_proj) plans and prepares TTNN weights from slices.

Runs anywhere: the TTNN graph is built without a device, and no weight reaches one.
"""

from __future__ import annotations

from pathlib import Path

import torch

from tests.families.tiny_checkpoints import TinyFamily, save_checkpoint
from tttv2 import ModelContainer
from tttv2.loading import open_checkpoint
from tttv2.ttnn import TTNNDecoderModel
from tttv2.ttnn.loading import host_tensor, plan_device_weights
from tttv2.ttnn.weights import interleave_rotary_rows

HEADS, KV_HEADS, HEAD_DIM = 2, 1, 32  # ttnn's rotary works per 32-wide tile


def test_phi3_fused_weights_are_planned_and_split_for_ttnn(tmp_path: Path) -> None:
    hf = TinyFamily("Phi3Config", "Phi3ForCausalLM", {"num_attention_heads": HEADS, "num_key_value_heads": KV_HEADS,
                                                      "sliding_window": 5}).build(seed=0)
    checkpoint = open_checkpoint(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    assert checkpoint.spec.validate(device="ttnn") == []  # default rope: every phi3 module has a ttnn version
    model = ModelContainer(spec=checkpoint.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    plan = {f"{p.path}.{p.name}": p for p in plan_device_weights(model, checkpoint)}  # names and shapes only
    state = hf.state_dict()
    qkv, gate_up = state["model.layers.1.self_attn.qkv_proj.weight"], state["model.layers.1.mlp.gate_up_proj.weight"]
    q, k, v = qkv.split([HEADS * HEAD_DIM, KV_HEADS * HEAD_DIM, KV_HEADS * HEAD_DIM])
    expected = torch.cat((interleave_rotary_rows(q, HEADS), interleave_rotary_rows(k, KV_HEADS), v))
    torch.testing.assert_close(host_tensor(plan["layers.1.attention.qkv_proj.weight"], checkpoint), expected,
                               atol=0, rtol=0)
    gate, up = gate_up.chunk(2)
    torch.testing.assert_close(host_tensor(plan["layers.1.ffn.gate.weight"], checkpoint), gate, atol=0, rtol=0)
    torch.testing.assert_close(host_tensor(plan["layers.1.ffn.up.weight"], checkpoint), up, atol=0, rtol=0)
