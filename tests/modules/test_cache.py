"""StaticKVCache: what update returns, key positions, sliding-window rings, overflow and misuse errors."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.modules import BoundLayerCache, StaticKVCache
from tttv2.protocols import KVCache, LayerCache

from .helpers import randn, seeded

EXACT = {"atol": 0.0, "rtol": 0.0}  # a cache copies tensors; nothing is computed

BATCH, KV_HEADS, HEAD_DIM = 2, 3, 4


def make(capacity: int, windows: tuple[int | None, ...] = (None,)) -> StaticKVCache:
    return StaticKVCache(num_layers=len(windows), batch_size=BATCH, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                         capacity=capacity, windows=windows)


def chunk(seed: int, seq: int) -> tuple[Tensor, Tensor]:
    generator = seeded(seed)
    return randn(generator, BATCH, KV_HEADS, seq, HEAD_DIM), randn(generator, BATCH, KV_HEADS, seq, HEAD_DIM)


def span(start: int, stop: int) -> Tensor:
    return torch.arange(start, stop).expand(BATCH, stop - start)


def test_full_layer_returns_everything_written_so_far() -> None:
    cache = make(capacity=10)
    k1, v1 = chunk(0, 4)
    k2, v2 = chunk(1, 3)
    cache.update(0, k1, v1, span(0, 4))
    keys, values = cache.update(0, k2, v2, span(4, 7))
    torch.testing.assert_close(keys, torch.cat((k1, k2), dim=2), **EXACT)
    torch.testing.assert_close(values, torch.cat((v1, v2), dim=2), **EXACT)
    assert cache.key_positions(0).tolist() == [list(range(7))] * BATCH


def test_ring_layer_returns_its_window_plus_the_new_keys_with_their_positions() -> None:
    window, steps = 3, 8
    cache = make(capacity=steps + 2, windows=(window,))
    written_k: dict[int, Tensor] = {}
    prompt_k, prompt_v = chunk(2, 2)
    cache.update(0, prompt_k, prompt_v, span(0, 2))
    for position in range(2):
        written_k[position] = prompt_k[:, :, position]
    for position in range(2, steps):
        k, v = chunk(10 + position, 1)
        keys, values = cache.update(0, k, v, span(position, position + 1))
        written_k[position] = k[:, :, 0]
        returned = cache.key_positions(0)
        expected_positions = list(range(max(0, position - window), position + 1))
        assert returned[0].tolist() == expected_positions  # the ring of `window` old keys, oldest first, then the new
        assert keys.shape[2] == values.shape[2] == len(expected_positions)
        for slot, key_position in enumerate(returned[0].tolist()):  # each key sits beside its own position
            torch.testing.assert_close(keys[:, :, slot], written_k[key_position], **EXACT)


def test_ring_keeps_the_tail_of_a_prompt_longer_than_the_window() -> None:
    cache = make(capacity=12, windows=(4,))
    k, v = chunk(3, 9)
    keys, _ = cache.update(0, k, v, span(0, 9))
    torch.testing.assert_close(keys, k, **EXACT)  # the prompt step itself attends over the whole chunk
    k_next, v_next = chunk(4, 1)
    keys, _ = cache.update(0, k_next, v_next, span(9, 10))
    assert cache.key_positions(0)[0].tolist() == [5, 6, 7, 8, 9]
    assert keys.shape[2] == 5


def test_layers_are_independent_and_mixed_windows_work() -> None:
    cache = make(capacity=8, windows=(None, 2))
    k0, v0 = chunk(5, 5)
    k1, v1 = chunk(6, 5)
    cache.update(0, k0, v0, span(0, 5))
    cache.update(1, k1, v1, span(0, 5))
    k_next, v_next = chunk(7, 1)
    full_keys, _ = cache.update(0, k_next, v_next, span(5, 6))
    ring_keys, _ = cache.update(1, k_next, v_next, span(5, 6))
    assert full_keys.shape[2] == 6 and ring_keys.shape[2] == 3
    torch.testing.assert_close(full_keys[:, :, :5], k0, **EXACT)


def test_padding_positions_are_stored_and_returned() -> None:
    cache = make(capacity=6)
    k, v = chunk(8, 4)
    positions = torch.tensor([[0, 1, 2, 3], [-1, -1, 0, 1]])
    cache.update(0, k, v, positions)
    assert cache.key_positions(0).tolist() == positions.tolist()


def test_positions_broadcast_over_the_batch() -> None:
    cache = make(capacity=6)
    k, v = chunk(9, 3)
    cache.update(0, k, v, torch.arange(3)[None])
    assert cache.key_positions(0).tolist() == [[0, 1, 2]] * BATCH


@pytest.mark.parametrize("windows", [(None,), (2,)], ids=["full", "ring"])
def test_writing_past_capacity_raises_naming_layer_and_capacity(windows: tuple[int | None, ...]) -> None:
    cache = make(capacity=5, windows=windows)
    k, v = chunk(10, 3)
    cache.update(0, k, v, span(0, 3))
    with pytest.raises(GenerationError, match=r"overflow on layer 0: 3 tokens cached \+ 3 new > capacity 5"):
        cache.update(0, k, v, span(3, 6))


def test_exactly_filling_capacity_is_allowed() -> None:
    cache = make(capacity=4)
    k, v = chunk(11, 4)
    keys, _ = cache.update(0, k, v, span(0, 4))
    assert keys.shape[2] == 4


def test_key_positions_before_any_update_is_an_error() -> None:
    with pytest.raises(GenerationError, match=r"key_positions\(0\) called before any update of layer 0"):
        make(capacity=4).key_positions(0)


@pytest.mark.parametrize("sizes", [{"capacity": 0}, {"batch_size": 0}, {"num_kv_heads": -1}])
def test_non_positive_sizes_are_rejected(sizes: dict[str, int]) -> None:
    arguments = {"num_layers": 1, "batch_size": 1, "num_kv_heads": 1, "head_dim": 4, "capacity": 4, **sizes}
    with pytest.raises(GenerationError, match="cache sizes must be positive"):
        StaticKVCache(**arguments)  # type: ignore[arg-type]  # all ints


def test_one_window_per_layer() -> None:
    with pytest.raises(GenerationError, match="cache got 1 windows for 2 layers"):
        StaticKVCache(num_layers=2, batch_size=1, num_kv_heads=1, head_dim=4, capacity=4, windows=(3,))


def test_bound_layer_cache_forwards_to_its_layer() -> None:
    cache = make(capacity=6, windows=(None, None))
    bound = BoundLayerCache(cache, 1)
    assert isinstance(cache, KVCache) and isinstance(bound, LayerCache)
    k, v = chunk(12, 2)
    keys, _ = bound.update(k, v, span(0, 2))
    torch.testing.assert_close(keys, k, **EXACT)
    assert bound.key_positions().tolist() == cache.key_positions(1).tolist()
    with pytest.raises(GenerationError):
        cache.key_positions(0)  # layer 0 was never written
