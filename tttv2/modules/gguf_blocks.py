"""GGUF's block formats as group-32 codes and scales: 4-bit ``code * scale + minimum``, 8-bit ``code * scale``.

Q4_0, Q4_1 and Q4_K all store 32 weights per (sub-)block as 4-bit codes with one scale and one offset,
which is exactly what an asymmetric group-32 int4 layout holds, so they convert without rounding; Q8_0 holds
32 int8 codes per scale (llama.cpp's ``ggml-quants.c`` defines the byte layouts; ``gguf.quants`` is the
reference in the tests).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import torch
from torch import Tensor

GROUP = 32
"""Weights per scale and minimum in every supported format."""

Decoded = tuple[Tensor, Tensor, Tensor]
"""``(codes uint8 [rows, columns], scale float32 [rows, columns // 32], minimum float32 [rows, columns // 32])``."""


def unpack_nibbles(packed: Tensor) -> Tensor:
    """Blocks' 16 code bytes ``[..., 16]`` as their 32 codes ``[..., 32]``: low nibbles are weights 0..15, high
    nibbles 16..31 (the inverse of :func:`pack_nibbles`, block by block)."""
    return torch.cat((packed & 15, packed >> 4), dim=-1)


def _halves(blocks: Tensor, offset: int) -> Tensor:
    """A block's 16 code bytes at ``offset`` as 32 codes."""
    return unpack_nibbles(blocks[..., offset:offset + 16])


def _half(blocks: Tensor, offset: int) -> Tensor:
    """The float16 stored at ``offset`` in each block, as float32."""
    return blocks[..., offset:offset + 2].contiguous().view(torch.float16).to(torch.float32).squeeze(-1)


def decode_q4_0(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_0 (18 bytes: float16 d, 16 code bytes): ``w = d * (q - 8)``."""
    blocks = blocks.reshape(rows, columns // GROUP, 18)
    scale = _half(blocks, 0)
    return _halves(blocks, 2).reshape(rows, columns), scale, -8 * scale


def decode_q4_1(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_1 (20 bytes: float16 d and m, 16 code bytes): ``w = d * q + m``."""
    blocks = blocks.reshape(rows, columns // GROUP, 20)
    return _halves(blocks, 4).reshape(rows, columns), _half(blocks, 0), _half(blocks, 2)


def decode_q4_k(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_K (144 bytes per 256 weights: float16 d and dmin, 12 bytes of 6-bit sub-block scales and minimums,
    128 code bytes): sub-block ``s`` is ``w = d * sc[s] * q - dmin * m[s]``."""
    blocks = blocks.reshape(rows, columns // 256, 144)
    d, dmin = _half(blocks, 0)[..., None], _half(blocks, 2)[..., None]
    packed = blocks[..., 4:16].to(torch.int32)
    low = packed[..., 0:4], packed[..., 4:8], packed[..., 8:12]
    sc = torch.cat((low[0] & 63, (low[2] & 15) | ((low[0] >> 6) << 4)), dim=-1)
    mins = torch.cat((low[1] & 63, (low[2] >> 4) | ((low[1] >> 6) << 4)), dim=-1)
    code_bytes = blocks[..., 16:].reshape(rows, columns // 256, 4, 32)  # 4 pairs of sub-blocks
    codes = torch.stack((code_bytes & 15, code_bytes >> 4), dim=3)  # sub-block 2j: low nibbles, 2j+1: high
    scale = (d * sc).reshape(rows, -1)
    minimum = (-dmin * mins).reshape(rows, -1)
    return codes.reshape(rows, columns), scale, minimum


def decode_q8_0(blocks: Tensor, rows: int, columns: int) -> tuple[Tensor, Tensor]:
    """Q8_0 (34 bytes: float16 d, 32 int8 codes): ``w = d * q``; returns ``(codes int8 [rows, columns // 32, 32],
    scale)``, the codes a view of ``blocks`` (a 262k-row table is copied once, into the kernel's tiles)."""
    blocks = blocks.reshape(rows, columns // GROUP, 34)
    return blocks[..., 2:].view(torch.int8), _half(blocks, 0)


def decode_q5_0(blocks: Tensor, rows: int, columns: int) -> tuple[Tensor, Tensor]:
    """Q5_0 (22 bytes: float16 d, 32 high bits, 16 low-nibble bytes): ``w = d * (q - 16)``, ``q`` of 5 bits.

    ``q - 16`` lies in -16..15, so the block is exactly Q8_0's ``code * scale`` with int8 codes.
    """
    blocks = blocks.reshape(rows, columns // GROUP, 22)
    high = blocks[..., 2:6].contiguous().view(torch.int32)  # bit j: the fifth bit of weight j (little-endian)
    bits = (high >> torch.arange(GROUP, dtype=torch.int32)) & 1
    codes = (_halves(blocks, 6).to(torch.int16) | (bits.to(torch.int16) << 4)) - 16
    return codes.to(torch.int8), _half(blocks, 0)


def decode_q6_k(blocks: Tensor, rows: int, columns: int) -> tuple[Tensor, Tensor]:
    """Q6_K (210 bytes per 256 weights: 128 bytes of low nibbles, 64 of high bit pairs, 16 int8 sub-block scales,
    float16 d): weight ``k`` is ``d * sc[k // 16] * (q - 32)``; returns int8 codes ``q - 32`` (-32..31)
    ``[rows, columns // 32, 32]`` and one scale per 16 weights ``[rows, columns // 16]``. ``d * sc`` is exact in
    float32, so nothing is rounded."""
    blocks = blocks.reshape(rows, columns // 256, 210)
    low = blocks[..., :128].reshape(rows, -1, 2, 64)  # per half of 128 weights: bytes for weights 0..31, 32..63
    high = blocks[..., 128:192].reshape(rows, -1, 2, 32)
    first, second = low[..., :32], low[..., 32:]
    quarters = [(first & 15) | ((high & 3) << 4), (second & 15) | (((high >> 2) & 3) << 4),
                (first >> 4) | (((high >> 4) & 3) << 4), (second >> 4) | (((high >> 6) & 3) << 4)]
    codes = (torch.cat(quarters, dim=-1).to(torch.int16) - 32).to(torch.int8).reshape(rows, columns // GROUP, GROUP)
    sub_scales = blocks[..., 192:208].contiguous().view(torch.int8).to(torch.float32)
    return codes, (_half(blocks, 208)[..., None] * sub_scales).reshape(rows, -1)


def pack_nibbles(codes: Tensor) -> Tensor:
    """4-bit codes ``[rows, columns]`` as GGUF's Q4_0 bytes: per block of 32, byte j is code j | code j + 16 << 4."""
    blocks = codes.reshape(codes.shape[0], -1, 2, GROUP // 2)
    return (blocks[:, :, 0] | (blocks[:, :, 1] << 4)).reshape(codes.shape[0], -1)


def packed_q4_0(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_0 with its code bytes as stored (see :func:`pack_nibbles`) instead of one code per weight: a view of
    ``blocks``, ``[rows, columns // 32, 16]``."""
    blocks = blocks.reshape(rows, columns // GROUP, 18)
    scale = _half(blocks, 0)
    return blocks[..., 2:], scale, -8 * scale


def packed_q4_1(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_1 with its code bytes as stored."""
    blocks = blocks.reshape(rows, columns // GROUP, 20)
    return blocks[..., 4:], _half(blocks, 0), _half(blocks, 2)


def packed_q4_k(blocks: Tensor, rows: int, columns: int) -> Decoded:
    """Q4_K's sub-blocks in Q4_0's byte order (it pairs sub-blocks in 32 bytes: low nibbles, then high)."""
    codes, scale, minimum = decode_q4_k(blocks, rows, columns)
    return pack_nibbles(codes).reshape(rows, columns // GROUP, GROUP // 2), scale, minimum


DECODERS: Mapping[str, Callable[[Tensor, int, int], Decoded]] = {
    "Q4_0": decode_q4_0, "Q4_1": decode_q4_1, "Q4_K": decode_q4_k,
}
"""The 4-bit GGUF types the ``gguf`` linear keeps as codes (Q8_0 too where the native kernel runs)."""

INT8_DECODERS: Mapping[str, Callable[[Tensor, int, int], tuple[Tensor, Tensor]]] = {
    "Q8_0": decode_q8_0, "Q5_0": decode_q5_0, "Q6_K": decode_q6_k,
}
"""Types held exactly as int8 codes with one scale per 32 weights (per 16 for Q6_K), ``(codes [rows, columns // 32,
32], scale)``: what the native int8 kernel reads."""

PACKED_DECODERS: Mapping[str, Callable[[Tensor, int, int], Decoded]] = {
    "Q4_0": packed_q4_0, "Q4_1": packed_q4_1, "Q4_K": packed_q4_k,
}
"""The same types with codes as :func:`pack_nibbles` bytes, ``[rows, columns // 32, 16]``: what the native kernel
reads (tiled)."""
