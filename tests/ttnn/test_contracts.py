"""The TTNN modules satisfy the shared contracts over ttnn.Tensor: statically (mypy reads the annotations
below against typings/ttnn) and at run time (signatures compared). Needs neither ttnn nor a device."""

from __future__ import annotations

from tttv2.conformance import check_conformance
from tttv2.protocols import (
    AttentionKernel,
    AttentionLayer,
    Block,
    Embedding,
    FeedForward,
    KVCache,
    LayerCache,
    LMHead,
    Norm,
    PositionEncoding,
)
from tttv2.ttnn import (
    DeviceKVCache,
    DeviceLayerCache,
    GroupedQueryAttention,
    LinearHead,
    OffsetRMSNorm,
    PreNormBlock,
    RMSNorm,
    RotaryEmbedding,
    ScaledDotProductAttention,
    SwiGLU,
    TiedHead,
    TokenEmbedding,
)
from tttv2.ttnn.capabilities import (
    DecodingAttentionLayer,
    DecodingBlock,
    DecodingLayerCache,
    DeviceAttentionKernel,
    DeviceRotary,
)
from tttv2.ttnn.tensor_types import DeviceTensor


def test_ttnn_modules_conform_to_the_contracts_and_capabilities() -> None:
    norm: Norm[DeviceTensor] = RMSNorm(hidden_dim=64)
    gemma_norm: Norm[DeviceTensor] = OffsetRMSNorm(hidden_dim=64)
    embedding: Embedding[DeviceTensor] = TokenEmbedding(vocab_size=96, hidden_dim=64)
    ffn: FeedForward[DeviceTensor] = SwiGLU(hidden_dim=64, intermediate_dim=96)
    heads: list[LMHead[DeviceTensor]] = [LinearHead(hidden_dim=64, vocab_size=96),
                                         TiedHead(hidden_dim=64, vocab_size=96)]
    kernel: DeviceAttentionKernel = ScaledDotProductAttention()
    rotary: DeviceRotary = RotaryEmbedding(head_dim=32, max_seq_len=128)
    attention: DecodingAttentionLayer = GroupedQueryAttention(hidden_dim=64, num_heads=4, num_kv_heads=2,
                                                              head_dim=32, kernel=kernel, position=rotary)
    block: DecodingBlock = PreNormBlock(attention=attention, ffn=ffn, attention_norm=norm, ffn_norm=gemma_norm)
    device_cache = DeviceKVCache(num_layers=2, batch_size=1, num_kv_heads=2, head_dim=32, capacity=40)
    cache: KVCache[DeviceTensor] = device_cache
    layer_cache: DecodingLayerCache = DeviceLayerCache(device_cache, 0)
    pairs: list[tuple[object, type]] = [
        (norm, Norm), (gemma_norm, Norm), (embedding, Embedding), (ffn, FeedForward), (kernel, AttentionKernel),
        (rotary, PositionEncoding), (attention, AttentionLayer), (block, Block), (cache, KVCache),
        (layer_cache, LayerCache), *((head, LMHead) for head in heads),
        (kernel, DeviceAttentionKernel), (rotary, DeviceRotary), (attention, DecodingAttentionLayer),
        (block, DecodingBlock), (layer_cache, DecodingLayerCache),
    ]
    for module, contract in pairs:
        assert isinstance(module, contract), (module, contract)
        assert check_conformance(module, contract) == [], (module, contract)
    assert device_cache.capacity == 64  # rounded up to whole tiles
