"""Compiled decode: the fixed-shape cache view, and one compiled graph giving eager's logits at every position.

The model is test_generation's tiny one with sliding-window layers 0 and 2 (a ring of 3 slots, as Gemma 3's
local layers) around a full-attention layer 1, decoding a left-padded batch: one compile covers both layer kinds
and padding. Compiling takes tens of seconds on two busy cores, so one test compiles, once.
"""

from __future__ import annotations

import gc
import weakref

import pytest
import torch
import torch._dynamo
from torch import Tensor, nn

from tests.helpers.tolerance import model_reduction_length, reordered
from tests.test_generation import MAX_SEQ_LEN, PROMPTS, tiny_model
from tttv2 import build_model, load_pretrained
from tttv2.backend import GenerationSteps
from tttv2.backends.torch import compiled
from tttv2.backends.torch.backend import TorchBackend
from tttv2.backends.torch.compiled import CompiledSteps, compiled_capacity, inductor_cache_dir, model_structure
from tttv2.errors import ConfigError, GenerationError
from tttv2.generation import decode_step
from tttv2.model import DecoderModel
from tttv2.modules.cache import StaticKVCache
from tttv2.modules.linear import use_native_gemv
from tttv2.spec import Dimensions, ModelSpec, ModuleRef

STEPS = 6  # past the window of 3: the ring wraps twice


def _teacher_forced(steps: GenerationSteps, tokens: list[Tensor]) -> list[Tensor]:
    """Logits of prefill and of each step fed ``tokens`` (the same for both runs compared)."""
    with torch.inference_mode():
        logits = [steps.prefill()]
        logits += [steps.decode(token) for token in tokens]
    return logits


def _eager_run(model: DecoderModel) -> tuple[list[Tensor], list[Tensor]]:
    """Eager logits and the greedy tokens they give, one per step."""
    model.compile_decode = False
    steps = TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0)
    with torch.inference_mode():
        logits = [steps.prefill()]
        tokens = []
        for _ in range(STEPS):
            tokens.append(logits[-1].argmax(-1))
            logits.append(steps.decode(tokens[-1]))
    return logits, tokens


def _tolerance(model: DecoderModel, expected: Tensor) -> dict[str, float]:
    # fp32, the same sums in another order: inductor fuses and reorders reductions, and masks the whole buffer
    return reordered(expected, model_reduction_length(model.spec.dims, keys=MAX_SEQ_LEN))


def test_fixed_shape_view_run_eagerly_gives_the_growing_caches_logits() -> None:
    model = tiny_model(windowed=True)
    expected, tokens = _eager_run(model)
    steps = TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0)
    with torch.inference_mode():
        logits = [steps.prefill()]
        assert isinstance(steps.cache, StaticKVCache)
        view = steps.cache.fixed_shape()
        positions = steps.positions
        for token in tokens:
            view.check_room(1)
            logits.append(decode_step(model, token[:, None], positions, view))
            view.advance(1)
            positions = positions + 1
    for actual, wanted in zip(logits, expected, strict=True):
        torch.testing.assert_close(actual, wanted, **_tolerance(model, wanted))


def test_compiled_decode_matches_eager_and_compiles_once_for_every_position() -> None:
    """Compiled as ``load_pretrained`` compiles on the CPU: the projections through the native GEMV where it builds
    (an operator with a fake implementation, traced into the one graph); eager with torch's linear."""
    model = tiny_model(windowed=True)
    expected, tokens = _eager_run(model)
    use_native_gemv(model)
    model.compile_decode = True
    steps = TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0)
    assert isinstance(steps, CompiledSteps)
    graphs = torch._dynamo.utils.counters["stats"]["unique_graphs"]
    with torch.inference_mode():
        logits = [steps.prefill(), steps.decode(tokens[0])]  # the first step compiles
        assert torch._dynamo.utils.counters["stats"]["unique_graphs"] == graphs + 1
        with torch._dynamo.config.patch(error_on_recompile=True):  # positions 2.. reuse that one graph
            logits += [steps.decode(token) for token in tokens[1:]]
    assert torch._dynamo.utils.counters["stats"]["unique_graphs"] == graphs + 1
    for actual, wanted in zip(logits, expected, strict=True):
        torch.testing.assert_close(actual, wanted, **_tolerance(model, wanted))


def test_compiled_steps_run_each_models_own_weights_and_batch() -> None:
    """One process, one compiled function: a second model of the same shapes (other weights), then the first
    model at another batch size, each get their own eager logits, never another graph's."""
    first, second = tiny_model(windowed=True), tiny_model(windowed=True, seed=1)
    runs = []
    for model, prompts in ((first, PROMPTS), (second, PROMPTS), (first, PROMPTS[:1]), (second, PROMPTS)):
        model.compile_decode = False
        eager = TorchBackend().start_generation(model, prompts, capacity=MAX_SEQ_LEN, pad_id=0)
        with torch.inference_mode():
            expected = [eager.prefill()]
            tokens = []
            for _ in range(3):
                tokens.append(expected[-1].argmax(-1))
                expected.append(eager.decode(tokens[-1]))
        model.compile_decode = True
        steps = TorchBackend().start_generation(model, prompts, capacity=MAX_SEQ_LEN, pad_id=0)
        runs.append((model, _teacher_forced(steps, tokens), expected))
    for model, logits, expected in runs:
        for actual, wanted in zip(logits, expected, strict=True):
            torch.testing.assert_close(actual, wanted, **_tolerance(model, wanted))


def test_a_changed_model_compiles_anew_and_an_unchanged_one_reuses_its_graph() -> None:
    """The compiled step keeps no guard on the model (they cost a fifth of a step): a request checks the model's
    structure instead. The same model again adds no graph; a changed attribute (the final norm's eps, which no
    tensor shows) compiles a new one, and its logits are the changed model's."""
    model = tiny_model(windowed=True)
    tokens = _eager_run(model)[1]
    model.compile_decode = True
    first = _teacher_forced(TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0), tokens)
    graphs = torch._dynamo.utils.counters["stats"]["unique_graphs"]
    again = _teacher_forced(TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0), tokens)
    assert torch._dynamo.utils.counters["stats"]["unique_graphs"] == graphs
    torch.testing.assert_close(again, first, rtol=0, atol=0)

    model.final_norm.eps = 10.0  # scales every logit down about sqrt(1 + 10 / mean square): far outside tolerance
    model.compile_decode = False
    expected = _teacher_forced(TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0), tokens)
    model.compile_decode = True
    changed = _teacher_forced(TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0), tokens)
    assert torch._dynamo.utils.counters["stats"]["unique_graphs"] == graphs + 1
    for actual, wanted in zip(changed[1:], expected[1:], strict=True):  # [0] is the eager prefill's
        torch.testing.assert_close(actual, wanted, **_tolerance(model, wanted))


def test_a_dropped_model_takes_its_compiled_graphs_with_it() -> None:
    """Without guards on the model nothing in dynamo refers to it, so its graphs live on a copy of
    decode_step's code that goes with the model: a server that loads models one after another keeps none."""
    model = tiny_model(windowed=False)
    tokens = _eager_run(model)[1][:1]
    model.compile_decode = True
    _teacher_forced(TorchBackend().start_generation(model, PROMPTS, capacity=MAX_SEQ_LEN, pad_id=0), tokens)
    code = compiled._compiled[model].function.__wrapped__.__code__  # type: ignore[attr-defined]  # dynamo's wrapper
    assert code is not decode_step.__code__ and torch._dynamo.eval_frame._get_total_cache_entry_count(code) == 1
    alive = weakref.ref(model)
    del model
    gc.collect()
    assert alive() is None


def test_structure_tells_a_tied_weight_from_two_equal_ones() -> None:
    """Dynamo reads a tied weight once; untied (same shapes) the old graph would read one for both."""
    model = tiny_model(windowed=False)
    tied = model_structure(model)
    assert model_structure(model) == tied
    model.layers[0].attention.q_proj.weight = model.layers[1].attention.q_proj.weight
    assert model_structure(model) != tied
    retied = model_structure(model)
    model.layers[0].attention.q_proj.weight = nn.Parameter(model.layers[1].attention.q_proj.weight.detach().clone())
    assert model_structure(model) != retied


def test_fixed_shape_view_refuses_to_write_past_the_capacity_or_a_ring() -> None:
    cache = StaticKVCache(num_layers=2, batch_size=1, num_kv_heads=1, head_dim=4, capacity=4, windows=(2, None))
    k = torch.zeros(1, 1, 3, 4)
    cache.update(0, k, k, torch.arange(3)[None])
    cache.update(1, k, k, torch.arange(3)[None])
    view = cache.fixed_shape()
    with pytest.raises(GenerationError, match="overflow: 3 tokens cached \\+ 2 new > capacity 4"):
        view.check_room(2)
    with pytest.raises(GenerationError, match="at most a ring's 2 slots, got 3"):
        StaticKVCache(num_layers=1, batch_size=1, num_kv_heads=1, head_dim=4, capacity=8,
                      windows=(2,)).fixed_shape().check_room(3)


def test_compiled_caches_round_up_so_requests_share_graphs() -> None:
    assert [compiled_capacity(n, 8192) for n in (1, 128, 129, 700)] == [128, 128, 256, 1024]
    assert compiled_capacity(300, 320) == 320  # never past the model's context


def test_inductor_cache_is_the_users_choice_else_under_the_cache_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "/somewhere/chosen")
    assert str(inductor_cache_dir()) == "/somewhere/chosen"
    monkeypatch.delenv("TORCHINDUCTOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/home/x/.cache")
    assert str(inductor_cache_dir()) == "/home/x/.cache/tttv2/inductor"


def test_the_index_windowed_kernel_is_refused_before_compiling() -> None:
    dims = Dimensions(vocab_size=32, hidden_dim=16, num_layers=1, num_heads=2, num_kv_heads=1, head_dim=8,
                      intermediate_dim=32, max_seq_len=64)
    kernel = ModuleRef(module="sliding-window-attention", config={"window": 4})
    spec = ModelSpec.create(dims=dims, modules={"attention": kernel})
    model = build_model(spec)
    model.compile_decode = True
    with pytest.raises(GenerationError, match=r"cannot run the sliding-window-attention kernel \(layers.0.attention\)"):
        TorchBackend().start_generation(model, [[1, 2, 3]], capacity=8, pad_id=0)


def test_compile_is_refused_where_the_backend_does_not_compile() -> None:
    with pytest.raises(ConfigError, match="compile=True compiles the torch backend's decode step"):
        load_pretrained("no-such-model", device="ttnn", compile=True)
