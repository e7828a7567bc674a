"""Rotary position embeddings (category ``position``): default, linear, llama3, yarn and longrope scaling."""

from __future__ import annotations

import math

import torch
from torch import Tensor

from tttv2.errors import ConfigError
from tttv2.registry import default_registry


class _Rotary:
    """Rotates query/key halves by position-dependent angles (HF's rotate_half layout).

    The container shares one instance between layers with the same settings, and the tables of
    the last ``positions`` tensor are kept, so a forward pass computes them once, not per layer.
    """

    def __init__(self, *, head_dim: int, inverse_frequencies: list[float], attention_factor: float = 1.0) -> None:
        if head_dim % 2:
            raise ConfigError(f"rotary embedding needs an even head_dim, got {head_dim}")
        self.head_dim = head_dim
        self.inverse_frequencies = tuple(inverse_frequencies)
        self.attention_factor = attention_factor
        self._frequencies: dict[torch.device, Tensor] = {}
        self._last: tuple[Tensor, Tensor, Tensor] | None = None

    def apply(self, q: Tensor, k: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        cos, signed_sin = self._tables(positions)
        return _rotate(q, cos, signed_sin), _rotate(k, cos, signed_sin)

    def _tables(self, positions: Tensor) -> tuple[Tensor, Tensor]:
        """cos and sin ``[batch, 1, seq, head_dim]``, sin negated on the first half (see ``_rotate``)."""
        if torch.compiler.is_compiling():
            # a compiled step cannot compare positions by value; the graph computes the tables once for all layers
            constant = torch.tensor(self.inverse_frequencies, dtype=torch.float32, device=positions.device)
            return self._computed(positions, constant)
        last = self._last
        if last is not None and _same_positions(last[0], positions):
            return last[1], last[2]
        inverse = self._frequencies.get(positions.device)
        if inverse is None:
            inverse = torch.tensor(self.inverse_frequencies, dtype=torch.float32, device=positions.device)
            self._frequencies[positions.device] = inverse
        tables = self._computed(positions, inverse)
        if not positions.is_meta:  # meta tensors (spec validation) have no values to compare
            self._last = (positions.clone(), *tables)
        return tables

    def _computed(self, positions: Tensor, inverse: Tensor) -> tuple[Tensor, Tensor]:
        # fp32 angles: positions * frequency loses precision in bf16 past a few hundred tokens
        angles = (positions.float()[..., None] * inverse)[:, None, :, :]
        cos, sin = angles.cos() * self.attention_factor, angles.sin() * self.attention_factor
        return torch.cat((cos, cos), dim=-1), torch.cat((-sin, sin), dim=-1)


def _same_positions(cached: Tensor, positions: Tensor) -> bool:
    return (not positions.is_meta and cached.shape == positions.shape and cached.device == positions.device
            and torch.equal(cached, positions))


def _rotate(x: Tensor, cos: Tensor, signed_sin: Tensor) -> Tensor:
    """``x * cos + rotate_half(x) * sin`` with rotate_half(x) = [-x2, x1] written as roll(x) * [-sin, sin]."""
    rolled = torch.roll(x, x.shape[-1] // 2, dims=-1)
    return (x.float() * cos + rolled.float() * signed_sin).to(x.dtype)


def default_inverse_frequencies(head_dim: int, theta: float) -> list[float]:
    """``1 / theta^(2i / head_dim)`` for each rotated pair, as HF computes them (fp32 exponent)."""
    exponents = torch.arange(0, head_dim, 2, dtype=torch.int64, device="cpu").float() / head_dim
    return (1.0 / (theta ** exponents)).tolist()


@default_registry.register_module(
    name="rope", category="position", alias=("rotary", "rope-default"),
    description="Rotary position embedding with base frequency theta (Llama, Qwen, Mistral, Gemma).",
    hardware_support=["cpu", "cuda"], tags=["rotary", "llama", "qwen", "gemma"])
class RotaryEmbedding(_Rotary):
    """Standard RoPE."""

    def __init__(self, *, head_dim: int, rope_theta: float = 10000.0) -> None:
        super().__init__(head_dim=head_dim, inverse_frequencies=default_inverse_frequencies(head_dim, rope_theta))


@default_registry.register_module(
    name="rope-linear", category="position", alias="linear-rope",
    description="RoPE with positions divided by a linear scaling factor (position interpolation).",
    hardware_support=["cpu", "cuda"], tags=["rotary", "long-context"])
class LinearScaledRotaryEmbedding(_Rotary):
    """RoPE whose frequencies are divided by ``factor``."""

    def __init__(self, *, head_dim: int, rope_theta: float = 10000.0, factor: float) -> None:
        if factor <= 0:
            raise ConfigError(f"rope-linear: factor must be positive, got {factor}")
        inverse = [f / factor for f in default_inverse_frequencies(head_dim, rope_theta)]
        super().__init__(head_dim=head_dim, inverse_frequencies=inverse)


@default_registry.register_module(
    name="rope-llama3", category="position", alias="llama3-rope",
    description="Llama 3.1 RoPE scaling: long wavelengths scaled by factor, short kept, a smooth band between.",
    hardware_support=["cpu", "cuda"], tags=["rotary", "llama3", "long-context"])
class Llama3RotaryEmbedding(_Rotary):
    """RoPE with Llama 3's frequency-dependent scaling."""

    def __init__(self, *, head_dim: int, rope_theta: float = 500000.0, factor: float = 8.0,
                 low_freq_factor: float = 1.0, high_freq_factor: float = 4.0,
                 original_max_seq_len: int = 8192) -> None:
        if not 0 < low_freq_factor < high_freq_factor:
            raise ConfigError(f"rope-llama3: need 0 < low_freq_factor < high_freq_factor, got {low_freq_factor}, {high_freq_factor}")
        low_wavelength = original_max_seq_len / low_freq_factor
        high_wavelength = original_max_seq_len / high_freq_factor
        scaled = []
        for frequency in default_inverse_frequencies(head_dim, rope_theta):
            wavelength = 2 * math.pi / frequency
            if wavelength < high_wavelength:
                scaled.append(frequency)
            elif wavelength > low_wavelength:
                scaled.append(frequency / factor)
            else:
                smooth = (original_max_seq_len / wavelength - low_freq_factor) / (high_freq_factor - low_freq_factor)
                scaled.append((1 - smooth) * frequency / factor + smooth * frequency)
        super().__init__(head_dim=head_dim, inverse_frequencies=scaled)


@default_registry.register_module(
    name="rope-yarn", category="position", alias="yarn",
    description="YaRN RoPE scaling: interpolates low frequencies, keeps high ones, scales attention.",
    hardware_support=["cpu", "cuda"], tags=["rotary", "yarn", "long-context", "qwen"])
class YarnRotaryEmbedding(_Rotary):
    """RoPE with YaRN's ramp between interpolation and extrapolation (as in HF's _compute_yarn_parameters)."""

    def __init__(self, *, head_dim: int, rope_theta: float = 10000.0, factor: float,
                 original_max_seq_len: int, beta_fast: float = 32.0, beta_slow: float = 1.0,
                 attention_factor: float | None = None, truncate: bool = True) -> None:
        if factor <= 0:
            raise ConfigError(f"rope-yarn: factor must be positive, got {factor}")
        base = default_inverse_frequencies(head_dim, rope_theta)

        def correction_dim(rotations: float) -> float:
            return (head_dim * math.log(original_max_seq_len / (rotations * 2 * math.pi))) / (2 * math.log(rope_theta))

        low, high = correction_dim(beta_fast), correction_dim(beta_slow)
        if truncate:
            low, high = math.floor(low), math.ceil(high)
        low, high = max(low, 0), min(high, head_dim - 1)
        span = high - low if high != low else 0.001
        frequencies = []
        for index, frequency in enumerate(base):
            ramp = min(max((index - low) / span, 0.0), 1.0)
            extrapolation = 1 - ramp
            frequencies.append(frequency / factor * (1 - extrapolation) + frequency * extrapolation)
        scale = attention_factor if attention_factor is not None else (0.1 * math.log(factor) + 1.0 if factor > 1 else 1.0)
        super().__init__(head_dim=head_dim, inverse_frequencies=frequencies, attention_factor=scale)


@default_registry.register_module(
    name="rope-longrope", category="position", alias=("longrope", "su-rope"),
    description="LongRoPE (Phi-3): one divisor per frequency, the long set once a position passes the original length.",
    hardware_support=["cpu", "cuda"], tags=["rotary", "phi3", "long-context"])
class LongRotaryEmbedding:
    """RoPE with per-frequency divisors: ``short_factor`` while every position of a call is below
    ``original_max_seq_len``, ``long_factor`` once one reaches it, chosen per call as transformers' rotary does.

    A cached decode that crosses the length keeps the cache it filled under the short set, as a transformers
    forward with a cache does; transformers' ``generate`` instead recomputes the whole cache once at the crossing
    (Phi3ForCausalLM.prepare_inputs_for_generation), which tttv2's generation loop does not.

    ``attention_factor`` scales cos and sin; by default LongRoPE's ``sqrt(1 + ln s / ln original_max_seq_len)``
    with ``s = max_seq_len / original_max_seq_len`` (1 when ``s <= 1``). ``partial_rotary_factor`` below 1
    rotates only the first ``head_dim * partial_rotary_factor`` features of each head (Phi-4-mini), passing
    the rest through.
    """

    def __init__(self, *, head_dim: int, rope_theta: float = 10000.0, short_factor: list[float],
                 long_factor: list[float], original_max_seq_len: int, max_seq_len: int,
                 attention_factor: float | None = None, partial_rotary_factor: float = 1.0) -> None:
        rotary_dim = int(head_dim * partial_rotary_factor)
        if not 0 < partial_rotary_factor <= 1 or rotary_dim < 2 or rotary_dim % 2:
            raise ConfigError(f"rope-longrope: partial_rotary_factor {partial_rotary_factor} of head_dim {head_dim} "
                              f"must rotate an even number of features, at least 2, got {rotary_dim}")
        for name, factors in (("short_factor", short_factor), ("long_factor", long_factor)):
            if len(factors) != rotary_dim // 2 or not all(math.isfinite(f) and f > 0 for f in factors):
                raise ConfigError(f"rope-longrope: {name} needs {rotary_dim // 2} finite positive numbers "
                                  f"(one per rotated pair of the {rotary_dim} rotated features), got {list(factors)!r}")
        if original_max_seq_len < 2:  # its logarithm divides the default attention factor
            raise ConfigError(f"rope-longrope: original_max_seq_len must be at least 2, got {original_max_seq_len}")
        self.original_max_seq_len = original_max_seq_len
        self.rotary_dim = rotary_dim
        scale = (attention_factor if attention_factor is not None
                 else longrope_attention_factor(max_seq_len / original_max_seq_len, original_max_seq_len))
        base = default_inverse_frequencies(rotary_dim, rope_theta)

        def divided(factors: list[float]) -> _Rotary:
            inverse = [frequency / factor for frequency, factor in zip(base, factors, strict=True)]
            return _Rotary(head_dim=rotary_dim, inverse_frequencies=inverse, attention_factor=scale)

        self.short, self.long = divided(short_factor), divided(long_factor)

    def apply(self, q: Tensor, k: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        if torch.compiler.is_compiling():
            # no value-dependent branch in a compiled graph: rotate with both sets, keep the one the positions need
            is_long = positions.max() + 1 > self.original_max_seq_len
            (short_q, short_k), (long_q, long_k) = (self._apply(r, q, k, positions) for r in (self.short, self.long))
            return torch.where(is_long, long_q, short_q), torch.where(is_long, long_k, short_k)
        return self._apply(self.rotary_for(positions), q, k, positions)

    def _apply(self, rotary: _Rotary, q: Tensor, k: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        if self.rotary_dim == q.shape[-1]:
            return rotary.apply(q, k, positions)
        end = self.rotary_dim
        rotated_q, rotated_k = rotary.apply(q[..., :end], k[..., :end], positions)
        return torch.cat((rotated_q, q[..., end:]), dim=-1), torch.cat((rotated_k, k[..., end:]), dim=-1)

    def rotary_for(self, positions: Tensor) -> _Rotary:
        """The long set once the furthest position reaches the original length; meta positions (validation) get short."""
        if positions.is_meta or int(positions.max()) + 1 <= self.original_max_seq_len:
            return self.short
        return self.long


def longrope_attention_factor(scale: float, original_max_seq_len: int) -> float:
    """LongRoPE's cos/sin scale for a context ``scale`` times the original: ``sqrt(1 + ln scale / ln original)``."""
    if scale <= 1.0:
        return 1.0
    return math.sqrt(1 + math.log(scale) / math.log(original_max_seq_len))


@default_registry.register_module(
    name="no-position", category="position", alias=("none", "nope"),
    description="No positional encoding: queries and keys pass through unchanged.",
    hardware_support=["cpu", "cuda"], tags=["nope"])
class NoPositionEncoding:
    """Identity position encoding."""

    def apply(self, q: Tensor, k: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        return q, k
