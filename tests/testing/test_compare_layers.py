"""compare_layers: stage-by-stage PCC between tttv2 models, and against transformers with explicit alignment."""

from __future__ import annotations

import copy
import re

import pytest
import torch

from tttv2 import Dimensions, ModelSpec, build_model
from tttv2.model import DecoderModel
from tttv2.testing import LAYER_ROW_HEADER, compare_layers

DIMS = Dimensions(vocab_size=61, hidden_dim=32, num_layers=3, num_heads=4, num_kv_heads=2, head_dim=8,
                  intermediate_dim=48, max_seq_len=64, eps=1e-6, rope_theta=10000.0)


def _model(seed: int = 0) -> DecoderModel:
    torch.manual_seed(seed)
    return build_model(ModelSpec.create(dims=DIMS)).eval()


def _ids() -> torch.Tensor:
    return torch.randint(0, DIMS.vocab_size, (2, 9), generator=torch.Generator().manual_seed(0))


def test_identical_models_match_at_every_stage() -> None:
    model = _model()
    result = compare_layers(model, copy.deepcopy(model), _ids())
    assert result.passed and result.first_mismatch is None
    assert [s.stage for s in result.stages] == ["embedding", "layers[0]", "layers[1]", "layers[2]", "final_norm",
                                                "logits"]
    assert all(s.compared for s in result.stages)


def test_first_mismatch_names_the_layer_where_it_starts() -> None:
    model = _model()
    broken = copy.deepcopy(model)
    with torch.no_grad():
        broken.layers[1].ffn.down.weight.mul_(-1.0)  # type: ignore[union-attr]  # a SwiGLU: test-only poke
    result = compare_layers(model, broken, _ids())
    assert result.first_mismatch == "layers[1]"
    assert result.stage("layers[0]").comparison is not None and result.stage("layers[0]").comparison.passed
    assert not result.passed
    assert "first mismatch at layers[1]" in str(result)
    rows = result.as_rows()
    assert len(LAYER_ROW_HEADER) == len(rows[0]) and rows[2][-1] == "FAIL"


def test_layer_counts_must_agree() -> None:
    other = build_model(ModelSpec.create(dims=Dimensions(**{**_dims(), "num_layers": 2})))
    with pytest.raises(ValueError, match="model_a has 3 layers but model_b has 2"):
        compare_layers(_model(), other, _ids())


def _dims() -> dict[str, object]:
    return {f: getattr(DIMS, f) for f in ("vocab_size", "hidden_dim", "num_layers", "num_heads", "num_kv_heads",
                                          "head_dim", "intermediate_dim", "max_seq_len", "eps", "rope_theta")}


# tttv2 parameter names -> transformers' Llama names (written here, independently of tttv2.families)
_HF_NAMES = [
    (r"^embedding\.weight$", "model.embed_tokens.weight"),
    (r"^layers\.(\d+)\.attention\.(q|k|v|o)_proj\.weight$", r"model.layers.\1.self_attn.\2_proj.weight"),
    (r"^layers\.(\d+)\.ffn\.(gate|up|down)\.weight$", r"model.layers.\1.mlp.\2_proj.weight"),
    (r"^layers\.(\d+)\.attention_norm\.weight$", r"model.layers.\1.input_layernorm.weight"),
    (r"^layers\.(\d+)\.ffn_norm\.weight$", r"model.layers.\1.post_attention_layernorm.weight"),
    (r"^final_norm\.weight$", "model.norm.weight"),
    (r"^head\.proj\.weight$", "lm_head.weight"),
]


def _llama_from(model: DecoderModel) -> torch.nn.Module:
    transformers = pytest.importorskip("transformers")
    config = transformers.LlamaConfig(
        vocab_size=DIMS.vocab_size, hidden_size=DIMS.hidden_dim, intermediate_size=DIMS.intermediate_dim,
        num_hidden_layers=DIMS.num_layers, num_attention_heads=DIMS.num_heads, num_key_value_heads=DIMS.num_kv_heads,
        head_dim=DIMS.head_dim, rms_norm_eps=DIMS.eps, rope_theta=DIMS.rope_theta, tie_word_embeddings=False)
    llama = transformers.LlamaForCausalLM(config).eval()
    state = {}
    for name, tensor in model.state_dict().items():
        hf_name = next(re.sub(pattern, target, name) for pattern, target in _HF_NAMES if re.match(pattern, name))
        state[hf_name] = tensor
    missing, unexpected = llama.load_state_dict(state, strict=False)
    assert not unexpected and all("rotary" in m for m in missing), (missing, unexpected)
    return llama  # type: ignore[no-any-return]  # transformers is untyped


def test_against_transformers_the_last_block_is_not_comparable() -> None:
    model = _model()
    llama = _llama_from(model)
    result = compare_layers(model, llama, _ids())
    assert result.passed, str(result)
    last = result.stage("layers[2]")
    assert not last.compared and "already final-normed" in last.note
    assert result.stage("final_norm").compared and result.stage("logits").compared
    final = result.stage("final_norm").comparison
    assert final is not None and final.pcc > 0.99999
    reverse = compare_layers(llama, model, _ids())  # either side may be the transformers model
    assert reverse.passed and not reverse.stage("layers[2]").compared


def test_against_transformers_finds_a_broken_layer() -> None:
    model = _model()
    llama = _llama_from(model)
    with torch.no_grad():
        model.layers[0].attention.o_proj.weight.mul_(0.5)  # type: ignore[union-attr]  # test-only poke
    assert compare_layers(model, llama, _ids()).first_mismatch == "layers[0]"
