"""What validation reports: every problem at once, each with its key path, once; bad numbers named."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import attrs
import pytest
from torch import Tensor, nn

from tttv2 import ModelSpec, SpecError, load_pretrained
from tttv2.loading import apply_overrides
from tttv2.modules.attention_kernels import SlidingWindowAttention
from tttv2.modules.ffn import SwiGLU
from tttv2.schema import schema_of, validate_config
from tttv2.spec import Dimensions, LayerOverride, ModuleRef, SlotPatch

DIMS: dict[str, object] = {"vocab_size": 97, "hidden_dim": 48, "num_layers": 4, "num_heads": 6, "num_kv_heads": 2,
                           "head_dim": 8, "intermediate_dim": 80, "max_seq_len": 64}


def parse_problems(data: dict[str, object]) -> list[str]:
    with pytest.raises(SpecError) as raised:
        ModelSpec.from_dict(data)
    return [str(p) for p in raised.value.problems]


def validate_problems(data: dict[str, object]) -> list[str]:
    return [str(p) for p in ModelSpec.from_dict(data).validate()]


# -- numbers in dims ------------------------------------------------------------------------------
@pytest.mark.parametrize(("key", "value", "expected"), [
    ("hidden_dim", 32.5, "dims.hidden_dim: expected int, got float (32.5)"),
    ("hidden_dim", 32.0, "dims.hidden_dim: expected int, got float (32.0)"),
    ("num_layers", True, "dims.num_layers: expected int, got bool (True)"),
    ("eps", math.nan, "dims.eps: must be a finite number, got nan"),
    ("eps", math.inf, "dims.eps: must be a finite number, got inf"),
    ("rope_theta", -math.inf, "dims.rope_theta: must be a finite number, got -inf"),
    ("eps", False, "dims.eps: expected float, got bool (False)"),
    ("num_heads", 0, "dims.num_heads: must be positive, got 0"),
    ("num_kv_heads", 0, "dims.num_kv_heads: must be positive, got 0"),
    ("head_dim", -8, "dims.head_dim: must be positive, got -8"),
    ("eps", 0.0, "dims.eps: must be positive, got 0.0"),
])
def test_bad_dimensions_are_named(key: str, value: object, expected: str) -> None:
    assert parse_problems({"dims": {**DIMS, key: value}}) == [expected]


def test_dimensions_built_in_code_are_checked_the_same_way() -> None:
    with pytest.raises(SpecError) as raised:
        Dimensions(**{**DIMS, "hidden_dim": 32.5, "eps": math.nan})  # type: ignore[arg-type]  # wrong on purpose
    assert [str(p) for p in raised.value.problems] == ["dims.hidden_dim: expected int, got float (32.5)",
                                                       "dims.eps: must be a finite number, got nan"]


# -- numbers in module configs ----------------------------------------------------------------------
@pytest.mark.parametrize(("slot", "module", "config", "expected"), [
    ("attention_layer", "gqa", {"num_heads": 0}, "attention_layer.config.num_heads: must be positive, got 0"),
    ("attention_layer", "gqa", {"num_kv_heads": -1}, "attention_layer.config.num_kv_heads: must be positive, got -1"),
    ("attention_layer", "gqa", {"num_heads": 2.5}, "attention_layer.config.num_heads: expected int, got float (2.5)"),
    ("attention_layer", "gqa", {"window": 0}, "attention_layer.config.window: must be positive, got 0"),
    ("norm", "rms-norm", {"eps": math.nan}, "norm.config.eps: must be a finite number, got nan"),
    ("norm", "rms-norm", {"eps": True}, "norm.config.eps: expected float, got bool (True)"),
    ("position", "rope", {"rope_theta": math.inf}, "position.config.rope_theta: must be a finite number, got inf"),
    ("ffn", "moe", {"num_experts": 4, "top_k": 0}, "ffn.config.top_k: must be positive, got 0"),
])
def test_bad_config_numbers_are_named_with_the_slot(slot: str, module: str, config: dict[str, object],
                                                    expected: str) -> None:
    assert validate_problems({"dims": DIMS, "modules": {slot: {"module": module, "config": config}}}) == [expected]


def test_a_bad_number_in_a_layer_override_names_the_layer() -> None:
    data = {"dims": DIMS, "layers": [{"select": "2:", "norm": {"config": {"eps": math.nan}}}]}
    assert validate_problems(data) == ["layers[2].norm.config.eps: must be a finite number, got nan"]


# -- everything at once, once -----------------------------------------------------------------------
def test_bad_dims_do_not_hide_bad_module_configs() -> None:
    problems = parse_problems({
        "dims": {**DIMS, "num_heads": 0},
        "modules": {"position": {"module": "rope", "config": {"rope_theta": "big"}}, "ffn": "swiglo"},
        "layers": [{"select": "1", "norm": {"module": "rms-norm", "config": {"epsilon": 1e-5}}}],
    })
    assert problems[0] == "dims.num_heads: must be positive, got 0"
    assert "modules.position.config.rope_theta: expected float, got str ('big')" in problems
    assert any(p.startswith("modules.ffn.module: unknown module 'swiglo'; did you mean 'swiglu'") for p in problems)
    assert any(p.startswith("layers[0].norm.config.epsilon: unknown key") for p in problems)
    assert len(problems) == 4, problems


def test_a_bad_dimension_does_not_hide_another() -> None:
    problems = parse_problems({"dims": {**DIMS, "num_heads": 7, "rope_theta": -1.0, "eps": "small"}})
    assert sorted(problems) == ["dims.eps: expected float, got str ('small')",
                                "dims.num_heads: 7 is not a multiple of num_kv_heads 2",
                                "dims.rope_theta: must be positive, got -1.0"]


def test_a_base_config_problem_is_reported_once_not_per_layer() -> None:
    data = {"dims": DIMS, "modules": {"ffn": {"module": "swiglu", "config": {"hiden_dim": 4}}},
            "layers": [{"select": "1", "ffn": {"config": {"bias": True}}},
                       {"select": "3", "ffn": {"config": {"bias": "yes"}}}]}
    problems = validate_problems(data)
    assert problems == [
        "ffn.config.hiden_dim: unknown key (accepted keys: hidden_dim, intermediate_dim, bias); did you mean 'hidden_dim'?",
        "layers[3].ffn.config.bias: expected bool, got str ('yes')",
    ], problems


# -- classes without a constructor of their own ------------------------------------------------------
class NoConfigNorm(nn.Module):
    """A parameter-free norm with nn.Module's constructor: it takes no config keys."""

    def forward(self, x: Tensor) -> Tensor:
        return x / x.norm(dim=-1, keepdim=True).clamp_min(1e-6)


def test_a_kernel_without_init_rejects_config_keys() -> None:
    assert validate_problems({"dims": DIMS, "modules": {"attention": {"module": "sdpa", "config": {"foo": 1}}}}) == [
        "attention.config.foo: unknown key (accepted keys: none)"]


def test_an_nn_module_without_init_rejects_config_keys() -> None:
    schema = schema_of(NoConfigNorm)
    assert not schema.accepts_any and schema.fields == ()
    assert [str(p) for p in validate_config(schema, {"eps": 1e-6})] == ["config.eps: unknown key (accepted keys: none)"]


# -- the dry run names the slot ---------------------------------------------------------------------
def test_a_shape_mismatch_names_the_layer_and_slot() -> None:
    data = {"dims": DIMS, "layers": [{"select": "1", "ffn": {"config": {"hidden_dim": 40}}}]}
    problems = validate_problems(data)
    assert len(problems) == 1 and problems[0].startswith("layers[1].ffn: running the graph on meta tensors failed"), problems


def test_a_constructor_refusal_names_the_slot() -> None:
    # rope needs an even head_dim; the rule lives in its constructor, found by the dry run
    problems = validate_problems({"dims": {**DIMS, "head_dim": 7, "num_heads": 6}})
    expected = "layers[0].attention.position: rotary embedding needs an even head_dim"
    assert problems and problems[0].startswith(expected), problems


# -- overrides as spec files write them ---------------------------------------------------------------
@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random two-layer Llama saved by transformers, without tokenizer files."""
    import torch
    import transformers

    config = transformers.LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=48, num_hidden_layers=2,
                                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64)
    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("tiny-llama")
    transformers.LlamaForCausalLM(config).save_pretrained(path)
    return path


def test_apply_overrides_reads_module_and_config_like_a_spec_file(small_spec: ModelSpec) -> None:
    spec = attrs.evolve(small_spec, layers=(LayerOverride(select="1", slots={"norm": SlotPatch(config={"eps": 0.1})}),))
    overridden, factories = apply_overrides(spec, {"norm": {"module": "rms-norm", "config": {"eps": 1e-3}},
                                                   "ffn": ModuleRef(module="geglu")})
    assert factories == {}
    assert overridden.ref("norm") == ModuleRef(module="rms-norm", config={"eps": 1e-3})
    assert overridden.ref("norm", 1) == overridden.ref("norm")  # the override holds in every layer
    assert overridden.ref("ffn") == ModuleRef(module="geglu")


def test_malformed_override_mappings_are_named() -> None:
    spec = ModelSpec.from_dict({"dims": DIMS})
    with pytest.raises(SpecError) as raised:
        apply_overrides(spec, {"norm": {"modul": "rms-norm"}, "ffn": {"module": "swiglu", "config": [1]}, "head": 3})
    text = str(raised.value)
    for expected in ["overrides.norm.modul: unknown key", "overrides.norm.module: missing",
                     "overrides.ffn.config: expected a mapping, got list",
                     "overrides.head: expected a name, 'pkg.mod:Class', a class, {\"module\": ..., "
                     "\"config\": {...}} or a factory, got int"]:
        assert expected in text, (expected, text)


def test_load_pretrained_takes_a_configured_override(tiny_llama: Path) -> None:
    lm = load_pretrained(str(tiny_llama), overrides={"norm": {"module": "rms-norm", "config": {"eps": 0.25}}})
    assert lm.model.final_norm.eps == 0.25
    assert all(layer.attention_norm.eps == 0.25 for layer in lm.model.layers)


def test_load_pretrained_reports_a_bad_override_config_with_its_slot(tiny_llama: Path) -> None:
    with pytest.raises(SpecError, match=r"norm\.config\.epsilon: unknown key .*did you mean 'eps'"):
        load_pretrained(str(tiny_llama), overrides={"norm": {"module": "rms-norm", "config": {"epsilon": 0.25}}})


class OneFeatureShortSwiGLU(SwiGLU):
    """A user's FFN with the built-in's weights whose output lacks the last feature."""

    def forward(self, x: Tensor) -> Tensor:
        return super().forward(x)[..., :-1]


def test_load_pretrained_dry_runs_a_module_from_outside_tttv2_before_reading_weights(tiny_llama: Path) -> None:
    """A graph of tttv2's own modules loads without the dry run (no meta kernels, no dynamo import); a user's
    module still gets it, so its mismatch is named by layer before any weight is read."""
    with pytest.raises(SpecError, match=r"layers\[0\]: running the graph on meta tensors failed"):
        load_pretrained(str(tiny_llama), overrides={"ffn": OneFeatureShortSwiGLU},
                        progress=lambda done, total: pytest.fail("a weight was read"))


def test_load_pretrained_takes_a_configured_instance_factory(tiny_llama: Path) -> None:
    lm = load_pretrained(str(tiny_llama), overrides={"attention": functools.partial(SlidingWindowAttention, window=2)})
    kernels = [layer.attention.kernel for layer in lm.model.layers]
    assert all(isinstance(k, SlidingWindowAttention) and k.window == 2 for k in kernels)
    assert kernels[0] is not kernels[1]  # a factory is called once per layer


def test_json_schemas_state_the_positive_keys() -> None:
    from tttv2.registry import default_registry
    from tttv2.schema import json_schema
    from tttv2.spec_schema import spec_json_schema

    dims = spec_json_schema()["properties"]["dims"]["properties"]  # type: ignore[index]  # nested dicts
    assert dims["num_heads"] == {"type": "integer", "exclusiveMinimum": 0}
    assert dims["eps"] == {"type": "number", "exclusiveMinimum": 0}
    window = json_schema(default_registry.get("gqa").schema())["properties"]["window"]  # type: ignore[index]  # nested dicts
    assert window == {"anyOf": [{"type": "integer", "exclusiveMinimum": 0}, {"type": "null"}], "default": None}
    assert json_schema(default_registry.get("gqa").schema())["properties"]["bias"] == {"type": "boolean", "default": False}  # type: ignore[index]  # nested dicts
