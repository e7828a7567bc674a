"""The int8 and int4 linears against quantizers written differently (a per-value loop, a per-group loop).

Tolerances: the packed kernels round activations to bfloat16 (relative error <= 2**-9 each) and return
bfloat16 (<= 2**-9 of the result), so each output differs from the fp32 product by at most
2**-8 * (|x| @ |W|.T), plus fp32 accumulation error, far below that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from click.testing import CliRunner
from torch import Tensor

from tests.families.tiny_checkpoints import FAMILIES, prompt_ids, save_checkpoint
from tttv2.cli import main
from tttv2.errors import ConfigError, SpecError
from tttv2.modules.quantized_linear import PACKED_KERNEL_MAX_TOKENS, Int4Linear, Int8Linear
from tttv2.pretrained import load_pretrained
from tttv2.protocols import Linear, LoadsCheckpoint


def _bf16_kernel_bound(x: Tensor, weight: Tensor) -> Tensor:
    return 2.0**-8 * (x.abs() @ weight.abs().T) + 1e-6


def _int8_reference(weight: Tensor) -> Tensor:
    rows = []
    for row in weight:
        step = float(row.abs().max()) / 127
        rows.append(torch.tensor([round(float(value) / step) * step for value in row]))
    return torch.stack(rows)


def _int4_reference(weight: Tensor, group: int) -> Tensor:
    out = torch.empty_like(weight)
    for start in range(0, weight.shape[1], group):
        block = weight[:, start:start + group]
        low, high = block.min(dim=1, keepdim=True).values, block.max(dim=1, keepdim=True).values
        step = (high - low) / 15
        out[:, start:start + group] = torch.clamp(torch.round((block - low) / step), 0, 15) * step + low
    return out


@pytest.mark.parametrize("cls", [Int8Linear, Int4Linear])
def test_quantized_linears_conform_to_the_linear_contract_and_the_loading_hook(cls: type) -> None:
    layer = cls(64, 32, bias=True)
    assert isinstance(layer, Linear) and isinstance(layer, LoadsCheckpoint)
    assert layer.checkpoint_shapes() == {"weight": (32, 64), "bias": (32,)}
    assert not [name for name, _ in layer.named_parameters() if name == "weight"]


def test_int8_matches_per_channel_quantization_in_decode_and_prefill() -> None:
    torch.manual_seed(0)
    weight = torch.randn(96, 64)
    layer = Int8Linear(64, 96)
    layer.quantize_(weight)
    reference = _int8_reference(weight)
    torch.testing.assert_close(layer.dequantized(torch.float32), reference, rtol=2**-20, atol=0)
    decode = torch.randn(1, 1, 64)
    assert (layer(decode) - F.linear(decode, reference)).abs().le(_bf16_kernel_bound(decode, reference)).all()
    prefill = torch.randn(1, PACKED_KERNEL_MAX_TOKENS + 1, 64)
    torch.testing.assert_close(layer(prefill), F.linear(prefill, reference))  # fp32 GEMM on the dequantized weight


@pytest.mark.parametrize("group", [32, 64])
def test_int4_matches_a_per_group_loop_in_decode_and_prefill(group: int) -> None:
    torch.manual_seed(1)
    weight = torch.randn(48, 128)
    layer = Int4Linear(128, 48, group_size=group)
    layer.quantize_(weight)
    reference = _int4_reference(weight, group)
    torch.testing.assert_close(layer.dequantized(torch.float32), reference, rtol=1e-6, atol=1e-6)
    decode = torch.randn(2, 128)
    assert (layer(decode) - F.linear(decode, reference)).abs().le(_bf16_kernel_bound(decode, reference)).all()
    prefill = torch.randn(PACKED_KERNEL_MAX_TOKENS + 3, 128)
    torch.testing.assert_close(layer(prefill), F.linear(prefill, reference))


@pytest.mark.parametrize("cls", [Int8Linear, Int4Linear])
def test_quantized_linears_run_on_meta_for_validation(cls: type) -> None:
    layer = cls(64, 96, device="meta")
    assert layer(torch.empty(1, 3, 64, device="meta")).shape == (1, 3, 96)


def test_int4_refuses_a_group_size_that_does_not_divide_the_inputs() -> None:
    with pytest.raises(ConfigError, match=r"group_size .* divide in_features \(96\); got 64"):
        Int4Linear(96, 32, group_size=64)


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_checkpoint(FAMILIES["llama-biases"].build(seed=0), tmp_path_factory.mktemp("llama"))


def _pcc(a: Tensor, b: Tensor) -> float:
    return float(torch.corrcoef(torch.stack((a.flatten().double(), b.flatten().double())))[0, 1])


@pytest.mark.parametrize(("quantize", "cls"), [("int8", Int8Linear), ("int4", Int4Linear)])
def test_load_pretrained_quantize_swaps_every_projection(tiny_llama: Path, quantize: str, cls: type) -> None:
    quantized = load_pretrained(str(tiny_llama), quantize=quantize)
    projections = {name: module for name, module in quantized.model.named_modules() if isinstance(module, cls)}
    assert len(projections) == 3 * 7 + 1  # q, k, v, o, gate, up, down per layer, and the untied head
    assert not [name for name, _ in quantized.model.named_parameters() if name.endswith("proj.weight")]
    # the same model dense, holding the quantized weights: only the kernels' bf16 activations differ
    rounded = load_pretrained(str(tiny_llama))
    with torch.no_grad():
        for name, module in projections.items():
            rounded.model.get_submodule(name).weight.copy_(module.dequantized(torch.float32))
    tokens = torch.tensor([prompt_ids()])
    with torch.no_grad():
        assert _pcc(quantized.model(tokens), rounded.model(tokens)) > 0.998


def test_a_spec_group_can_be_quantized_alone(tiny_llama: Path) -> None:
    loaded = load_pretrained(str(tiny_llama), overrides={"linear.ffn.down": "int8"})
    assert isinstance(loaded.model.get_submodule("layers.0.ffn.down"), Int8Linear)
    assert type(loaded.model.get_submodule("layers.0.ffn.up")).__name__ == "DenseLinear"
    assert type(loaded.model.get_submodule("layers.0.attention.q_proj")).__name__ == "DenseLinear"


def test_quantize_refuses_an_unknown_choice_and_a_second_linear(tiny_llama: Path) -> None:
    with pytest.raises(ConfigError, match=r"quantize='int5' is not a choice; did you mean 'int8'\?"):
        load_pretrained(str(tiny_llama), quantize="int5")
    with pytest.raises(ConfigError, match=r"quantize= and overrides\['linear'\] both"):
        load_pretrained(str(tiny_llama), quantize="int8", overrides={"linear": "linear"})


def test_an_int4_group_size_that_does_not_fit_the_model_names_the_slot(tiny_llama: Path) -> None:
    with pytest.raises(SpecError, match=r"linear.*group_size"):
        load_pretrained(str(tiny_llama), overrides={"linear": {"module": "int4", "config": {"group_size": 256}}})


def test_ttt_generate_quantize_and_dtype(tiny_llama: Path) -> None:
    result = CliRunner().invoke(main, ["generate", "abc", "--model", str(tiny_llama), "--quantize", "int8",
                                       "--dtype", "bf16", "--max-new-tokens", "4"])
    assert result.exit_code == 0, result.output
    assert "4 new tokens" in result.output
