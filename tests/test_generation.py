"""Generation: left-padded batches equal single prompts, EOS and stop strings end it, caches fit the request."""

from __future__ import annotations

import string
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
import torch
from tokenizers import Tokenizer, decoders, models
from torch import Tensor
from transformers import PreTrainedTokenizerFast

from tttv2.container import build_model
from tttv2.errors import GenerationError
from tttv2.generation import GenerationStats, SamplingSettings, SeenTokens, generate_ids, left_pad, make_cache
from tttv2.model import DecoderModel
from tttv2.modules import StaticKVCache
from tttv2.pretrained import PretrainedModel
from tttv2.spec import Dimensions, LayerOverride, ModelSpec, ModuleRef, SlotPatch

VOCAB, MAX_SEQ_LEN, WINDOW = 98, 48, 3  # VOCAB: the character tokenizer below, every id printable or special
PROMPTS = [[5, 17, 9, 44, 3], [60, 7, 21, 30, 12, 91, 4, 8, 71], [33, 90]]  # 5, 9 and 2 tokens: 4 and 7 of padding


class RecordingCache(StaticKVCache):
    """The built-in cache, remembering each instance so tests can see what generation allocated."""

    made: ClassVar[list[RecordingCache]] = []  # cleared by the `recorded` fixture around each test

    def __init__(self, *, num_layers: int, batch_size: int, num_kv_heads: int, head_dim: int, capacity: int,
                 windows: Sequence[int | None] = (), device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__(num_layers=num_layers, batch_size=batch_size, num_kv_heads=num_kv_heads, head_dim=head_dim,
                         capacity=capacity, windows=windows, device=device, dtype=dtype)
        self.batch_size = batch_size
        RecordingCache.made.append(self)


@pytest.fixture
def recorded() -> list[RecordingCache]:
    RecordingCache.made.clear()
    return RecordingCache.made


def tiny_model(windowed: bool, seed: int = 0) -> DecoderModel:
    """Three layers; ``windowed``: layers 0 and 2 attend within WINDOW tokens, layer 1 to everything."""
    dims = Dimensions(vocab_size=VOCAB, hidden_dim=64, num_layers=3, num_heads=4, num_kv_heads=2, head_dim=16,
                      intermediate_dim=96, max_seq_len=MAX_SEQ_LEN)
    attention = ModuleRef(module="grouped-query-attention", config={"window": WINDOW} if windowed else {})
    full_layer = LayerOverride(select="1", slots={"attention_layer": SlotPatch(config={"window": None})})
    layers = [full_layer] if windowed else []
    spec = ModelSpec.create(dims=dims, modules={"attention_layer": attention, "cache": RecordingCache}, layers=layers)
    model = build_model(spec)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.copy_(torch.randn(parameter.shape, generator=generator) * 0.3 + (parameter.dim() == 1))
    return model.eval()


def greedy(model: DecoderModel, prompts: list[list[int]], new_tokens: int, eos_ids: Sequence[int] = (),
           stats: GenerationStats | None = None) -> list[list[int]]:
    """Token ids per row."""
    steps = list(generate_ids(model, prompts, max_new_tokens=new_tokens, settings=SamplingSettings(), eos_ids=eos_ids,
                              stats=stats))
    return torch.stack(steps, dim=1).tolist() if steps else [[] for _ in prompts]


@pytest.mark.parametrize("windowed", [False, True], ids=["full-attention", "sliding-window-layers"])
def test_left_padded_batch_gives_each_prompt_its_own_greedy_tokens(windowed: bool) -> None:
    model = tiny_model(windowed)
    batch = greedy(model, PROMPTS, 10)
    alone = [greedy(model, [prompt], 10)[0] for prompt in PROMPTS]
    assert batch == alone
    assert all(len(set(row)) > 3 for row in alone)  # varied output: a stuck model would hide masking bugs


def test_repetition_penalty_ignores_padding() -> None:
    """Padding (pad id 0 here) must not count as seen: a row decodes the same batched or alone."""
    model = tiny_model(False)
    settings = SamplingSettings(repetition_penalty=1.5)

    def penalized(prompts: list[list[int]]) -> list[list[int]]:
        steps = list(generate_ids(model, prompts, max_new_tokens=8, settings=settings, pad_id=0))
        return torch.stack(steps, dim=1).tolist()

    prompts = [[0, *PROMPTS[0]], PROMPTS[1]]  # token 0 is real in row 0 and padding in row 1
    assert penalized(prompts) == [penalized([p])[0] for p in prompts]
    ids, positions = left_pad(prompts, 0, torch.device("cpu"))
    seen = SeenTokens.of(ids, positions >= 0, VOCAB).mask
    assert seen[0, 0] and not seen[1, 0]
    assert seen.sum(dim=1).tolist() == [len(set(p)) for p in prompts]


def test_stats_count_real_prompt_tokens_and_new_tokens() -> None:
    stats = GenerationStats()
    greedy(tiny_model(False), PROMPTS, 6, stats=stats)
    assert stats.prompt_tokens == sum(len(p) for p in PROMPTS)
    assert stats.new_tokens == 6
    assert 0 < stats.first_step_seconds <= stats.decode_seconds
    assert stats.steady_decode_tokens_per_second == pytest.approx(4 / (stats.decode_seconds - stats.first_step_seconds))


def test_steady_decode_rate_leaves_out_the_first_step_and_needs_three_tokens() -> None:
    stats = GenerationStats(new_tokens=10, decode_seconds=5.0, first_step_seconds=4.0)
    assert stats.decode_tokens_per_second == 9 / 5.0
    assert stats.steady_decode_tokens_per_second == 8 / 1.0
    assert GenerationStats(new_tokens=2, decode_seconds=1.0, first_step_seconds=1.0).steady_decode_tokens_per_second == 0


def _first_new(tokens: list[int], start: int) -> int:
    """Index of the first token at or after ``start`` that did not occur before it."""
    return next(i for i in range(start, len(tokens)) if tokens[i] not in tokens[:i])


def test_eos_stops_generation_after_yielding_it() -> None:
    model = tiny_model(True)
    free = greedy(model, [PROMPTS[0]], 12)[0]
    stop_at = _first_new(free, 3)
    assert greedy(model, [PROMPTS[0]], 12, eos_ids=(free[stop_at],))[0] == free[:stop_at + 1]


def test_finished_rows_repeat_eos_until_every_row_is_done() -> None:
    model = tiny_model(False)
    free = greedy(model, PROMPTS[:2], 12)
    first = next(i for i in range(1, 12) if free[0][i] not in free[0][:i] and free[0][i] not in free[1])
    second = next(i for i in range(first + 1, 12) if free[1][i] not in free[1][:i] and free[1][i] not in free[0])
    eos = (free[0][first], free[1][second])
    out = greedy(model, PROMPTS[:2], 12, eos_ids=eos)
    assert len(out[0]) == second + 1  # stops once the last row has finished
    assert out[0] == free[0][:first + 1] + [eos[0]] * (second - first)
    assert out[1] == free[1][:second + 1]


def char_tokenizer() -> PreTrainedTokenizerFast:
    """A character-level tokenizer built offline (BPE without merges), VOCAB ids; <eos> is id 2."""
    characters = list(string.ascii_letters + string.digits + string.punctuation + " ")
    specials = ["<pad>", "<bos>", "<eos>"]
    assert len(specials) + len(characters) == VOCAB
    backend = Tokenizer(models.BPE(vocab={t: i for i, t in enumerate(specials + characters)}, merges=[]))
    backend.decoder = decoders.Fuse()
    return PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="<pad>", bos_token="<bos>", eos_token="<eos>")


def pretrained(eos_ids: tuple[int, ...] = ()) -> PretrainedModel:
    """Text generation around the windowed tiny model; no EOS unless asked, so texts run to max_new_tokens."""
    model = tiny_model(True, seed=3)
    return PretrainedModel(model=model, tokenizer=char_tokenizer(), spec=model.spec, path=Path("tiny"), eos_ids=eos_ids)


def _first_seen_at_or_after(text: str, start: int) -> str:
    """A character of ``text`` whose first occurrence is at index ``start`` or later."""
    return next(c for i, c in enumerate(text) if i >= start and text.index(c) == i)


def test_single_token_stop_string_cuts_the_text_before_it() -> None:
    model = pretrained()
    full = model.generate("Hello", max_new_tokens=20)
    assert len(full) >= 12
    stop = _first_seen_at_or_after(full, 5)
    cut = full.index(stop)
    assert model.generate("Hello", max_new_tokens=20, stop=[stop]) == full[:cut]
    pieces = list(model.stream("Hello", max_new_tokens=20, stop=[stop]))
    assert "".join(pieces) == full[:cut] and all(stop not in p for p in pieces)
    assert model.last_stats.new_tokens < 20  # generation stopped, not just the text


def test_stop_string_spanning_tokens_cuts_the_text_before_it() -> None:
    model = pretrained()
    full = model.generate("Hello", max_new_tokens=20)
    stop = full[5:7]  # two characters, so two tokens of the character tokenizer
    cut = full.index(stop)
    assert model.generate("Hello", max_new_tokens=20, stop=[stop]) == full[:cut]
    pieces = list(model.stream("Hello", max_new_tokens=20, stop=[stop]))
    assert "".join(pieces) == full[:cut]  # no streamed piece may hold a stop string's first characters


def test_text_that_only_starts_like_a_stop_string_is_still_emitted() -> None:
    model = pretrained()
    full = model.generate("Hello", max_new_tokens=20)
    stop = full[-1] + "\x00"  # its first character ends the text, but the stop string never completes
    assert "".join(model.stream("Hello", max_new_tokens=20, stop=[stop])) == full


def test_earliest_of_several_stop_strings_wins_and_absent_ones_change_nothing() -> None:
    model = pretrained()
    full = model.generate("Hello", max_new_tokens=20)
    early, late = _first_seen_at_or_after(full, 2), _first_seen_at_or_after(full, 8)
    assert full.index(early) < full.index(late)
    assert model.generate("Hello", max_new_tokens=20, stop=[late, early]) == full[:full.index(early)]
    assert model.generate("Hello", max_new_tokens=20, stop=["\x00never"]) == full


def test_eos_token_ends_pretrained_text_generation() -> None:
    model = pretrained()
    free_ids = greedy(model.model, [model.encode("Hello")], 12)[0]
    stop_at = _first_new(free_ids, 2)
    with_eos = pretrained(eos_ids=(free_ids[stop_at],))
    assert with_eos.generate("Hello", max_new_tokens=12) == model.tokenizer.decode(free_ids[:stop_at],
                                                                                  skip_special_tokens=True)


def test_generate_batch_returns_each_prompts_own_text() -> None:
    model = pretrained()
    prompts = ["Hello", "A much longer prompt, padded least", "Hi"]
    assert model.generate_batch(prompts, max_new_tokens=10) == [model.generate(p, max_new_tokens=10) for p in prompts]


def test_make_cache_fits_the_request_and_windowed_layers_keep_only_their_window(recorded: list[RecordingCache]) -> None:
    model = tiny_model(True)
    cache = make_cache(model, batch_size=3, capacity=17, device=torch.device("cpu"), dtype=torch.float32)
    assert isinstance(cache, RecordingCache)
    assert (cache.capacity, cache.batch_size, cache.windows) == (17, 3, (WINDOW, None, WINDOW))
    k = torch.zeros(3, 2, 16, 16)
    positions = torch.arange(16).expand(3, 16)
    for layer in range(3):
        cache.update(layer, k, k, positions)
    for layer in range(3):
        cache.update(layer, k[:, :, :1], k[:, :, :1], torch.full((3, 1), 16))
    assert [cache.key_positions(layer).shape[1] for layer in range(3)] == [WINDOW + 1, 17, WINDOW + 1]
    with pytest.raises(GenerationError, match="capacity 17"):
        cache.update(1, k[:, :, :1], k[:, :, :1], torch.full((3, 1), 17))


def test_generation_allocates_prompt_plus_new_tokens(recorded: list[RecordingCache]) -> None:
    greedy(tiny_model(True), PROMPTS, 6)
    assert [(c.capacity, c.batch_size) for c in recorded] == [(9 + 6, 3)]


def _first_step(model: DecoderModel, prompts: list[list[int]], max_new_tokens: int,
                settings: SamplingSettings | None = None) -> Tensor:
    return next(generate_ids(model, prompts, max_new_tokens=max_new_tokens, settings=settings or SamplingSettings()))


@pytest.mark.parametrize("max_new_tokens", [0, -3])
def test_non_positive_max_new_tokens_is_refused_before_any_work(max_new_tokens: int,
                                                                recorded: list[RecordingCache]) -> None:
    with pytest.raises(GenerationError, match=f"max_new_tokens must be positive, got {max_new_tokens}"):
        _first_step(tiny_model(False), PROMPTS, max_new_tokens)
    assert recorded == []


def test_prompt_longer_than_the_context_is_refused_before_any_work(recorded: list[RecordingCache]) -> None:
    model = tiny_model(False)
    with pytest.raises(GenerationError, match=f"exceeds the model's context of {MAX_SEQ_LEN} tokens"):
        _first_step(model, [[5] * (MAX_SEQ_LEN - 3)], 4)
    with pytest.raises(GenerationError, match="context"):
        _first_step(model, [[5] * (MAX_SEQ_LEN + 1)], 1)
    assert recorded == []
    assert _first_step(model, [[5] * (MAX_SEQ_LEN - 4)], 4).shape == (1,)  # exactly fitting is fine


def test_an_empty_prompt_is_refused() -> None:
    with pytest.raises(GenerationError, match="at least one token"):
        _first_step(tiny_model(False), [[4, 5], []], 2)


@pytest.mark.parametrize(("settings", "message"), [
    ({"temperature": -0.1}, "temperature must be >= 0"),
    ({"temperature": 0.8, "top_p": 0.0}, r"top_p must be in \(0, 1\]"),
    ({"temperature": 0.8, "top_p": 1.2}, r"top_p must be in \(0, 1\]"),
    ({"temperature": 0.8, "top_k": -2}, "top_k must be >= 0"),
    ({"top_k": -1}, "top_k must be >= 0"),
    ({"repetition_penalty": 0.0}, "repetition_penalty must be > 0"),
])
def test_invalid_sampling_settings_are_refused_before_any_work(settings: dict[str, float], message: str,
                                                               recorded: list[RecordingCache]) -> None:
    with pytest.raises(GenerationError, match=message):
        SamplingSettings(**settings)  # type: ignore[arg-type]  # numbers of the right kinds
    model = pretrained()
    recorded.clear()
    with pytest.raises(GenerationError, match=message):
        model.generate("Hello", max_new_tokens=4, **settings)  # type: ignore[arg-type]  # as above
    assert recorded == []


def test_sampled_generation_is_reproducible_per_seed() -> None:
    model = tiny_model(True)
    settings = SamplingSettings(temperature=1.0, top_k=20, top_p=0.9, seed=11)

    def run(settings: SamplingSettings) -> list[list[int]]:
        steps = list(generate_ids(model, PROMPTS, max_new_tokens=8, settings=settings))
        return torch.stack(steps, dim=1).tolist()

    assert run(settings) == run(settings)
    assert run(settings) != run(SamplingSettings(temperature=1.0, top_k=20, top_p=0.9, seed=12))


def test_final_hidden_is_the_last_of_the_hidden_states_and_feeds_the_logits() -> None:
    model = tiny_model(windowed=True)
    ids = torch.tensor([PROMPTS[1]])
    with torch.no_grad():
        states = model.hidden_states(ids)
        final = model.final_hidden(ids)
        assert len(states) == model.spec.dims.num_layers + 2
        torch.testing.assert_close(final, states[-1], rtol=0, atol=0)  # the same ops in the same order
        torch.testing.assert_close(model(ids), model.head_forward(states[-1]), rtol=0, atol=0)
