"""Mixture-of-experts layers in checkpoints: expert settings from HF configs and GGUF metadata, expert tensor names."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

import attrs

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.families.base import Config, config_bool, config_int
from tttv2.spec import LayerOverride, ModelSpec, ModuleRef, SlotPatch


@attrs.frozen(kw_only=True)
class Experts:
    """The routed experts of a layer: how many, how many each token uses, renormalised or not, their size.

    ``stacked``: the checkpoint stores each projection of all experts as one tensor (llama.cpp's ``*_exps``).
    """

    num_experts: int
    top_k: int
    normalize_top_k: bool
    intermediate_dim: int
    stacked: bool = False

    def ref(self) -> ModuleRef:
        """The ffn module for these experts: softmax over all experts, then the top ``top_k`` (``moe``)."""
        return ModuleRef(module="stacked-expert-moe" if self.stacked else "moe", config={
            "num_experts": self.num_experts, "top_k": self.top_k, "normalize_top_k": self.normalize_top_k,
            "intermediate_dim": self.intermediate_dim})


@attrs.frozen(kw_only=True)
class HFExpertNames:
    """Where an HF checkpoint keeps a layer's router and per-expert projections (they differ by family)."""

    prefix: str  # under model.layers.{i}: Mixtral's "block_sparse_moe", Qwen's "mlp"
    gate: str
    up: str
    down: str


def hf_experts(config: Config, *, normalize_top_k: bool, intermediate_key: str) -> Experts:
    """Expert settings from an HF config: the count (:func:`expert_count_key`), ``num_experts_per_tok``, and the
    experts' hidden size under ``intermediate_key``."""
    check_silu(config, "hidden_act")
    count_key = expert_count_key(config)
    experts = Experts(num_experts=config_int(config, count_key), top_k=config_int(config, "num_experts_per_tok", 2),
                      normalize_top_k=normalize_top_k, intermediate_dim=config_int(config, intermediate_key))
    check_top_k(experts, "num_experts_per_tok", count_key)
    return experts


def expert_count_key(config: Config) -> str:
    """The key an HF config counts its experts under: ``num_local_experts`` (transformers 5 writes it for every
    MoE family, Mixtral always had it), else ``num_experts`` (Qwen-MoE configs of transformers 4)."""
    return "num_local_experts" if config.get("num_local_experts") is not None else "num_experts"


def gguf_experts(metadata: Mapping[str, object], tensor_names: Collection[str], *, normalize_top_k: bool,
                 intermediate_key: str) -> Experts | None:
    """Expert settings from GGUF metadata (``{arch}.expert_count`` and friends), or None for a dense file.

    ``{arch}.expert_weights_norm``, when present, overrides ``normalize_top_k`` (llama.cpp's default for the
    architecture); experts are ``stacked`` when the file holds ``ffn_gate_exps`` rather than ``ffn_gate.{e}``.
    """
    arch = str(metadata["general.architecture"])
    if metadata.get(f"{arch}.expert_count") in (None, 0):
        return None
    experts = Experts(
        num_experts=config_int(metadata, f"{arch}.expert_count"),
        top_k=config_int(metadata, f"{arch}.expert_used_count"),
        normalize_top_k=config_bool(metadata, f"{arch}.expert_weights_norm", normalize_top_k),
        intermediate_dim=config_int(metadata, f"{arch}.{intermediate_key}"),
        stacked=any(name.endswith("ffn_gate_exps.weight") for name in tensor_names))
    check_top_k(experts, f"{arch}.expert_used_count", f"{arch}.expert_count")
    return experts


def gguf_sparse_layers(tensor_names: Collection[str], num_layers: int) -> list[int]:
    """The layers of a GGUF file that route through experts: those holding a router (``ffn_gate_inp``)."""
    return [i for i in range(num_layers) if f"blk.{i}.ffn_gate_inp.weight" in tensor_names]


def with_experts(spec: ModelSpec, experts: Experts, sparse_layers: Sequence[int]) -> ModelSpec:
    """``spec`` with ``experts`` as the ffn of ``sparse_layers``; the others keep the spec's (dense) ffn."""
    if not sparse_layers:
        return spec
    if len(sparse_layers) == spec.dims.num_layers:
        return attrs.evolve(spec, modules={**spec.modules, "ffn": experts.ref()})
    ref = experts.ref()
    routed = LayerOverride(select=",".join(map(str, sparse_layers)),
                           slots={"ffn": SlotPatch(module=ref.module, config=ref.config)})
    return attrs.evolve(spec, layers=(*spec.layers, routed))


def check_silu(config: Config, key: str) -> None:
    """Experts are SwiGLU: any other activation is refused, naming the key."""
    activation = config.get(key, "silu")
    if activation not in ("silu", "swish"):
        raise UnsupportedArchitectureError(f"{key}: {activation!r} is not supported (experts are SwiGLU: 'silu')")


def check_top_k(experts: Experts, top_k_key: str, count_key: str) -> None:
    """A token cannot use more experts than there are."""
    if experts.top_k > experts.num_experts:
        raise CheckpointError(f"{top_k_key} ({experts.top_k}) is more than {count_key} ({experts.num_experts})")


_EXPERT = re.compile(r"layers\.(?P<i>\d+)\.ffn\.experts\.(?P<e>\d+)\.(?P<proj>gate|up|down)\.weight")
_STACKED = re.compile(r"layers\.(?P<i>\d+)\.ffn\.experts\.(?P<proj>gate|up|down)")
_ROUTER = re.compile(r"layers\.(?P<i>\d+)\.ffn\.router\.weight")


def expert_weight_name(parameter: str, checkpoint_format: str, hf: HFExpertNames | None) -> str | None:
    """The checkpoint tensor of a router or expert parameter, or None (not an expert parameter, or no HF names).

    GGUF: ``blk.{i}.ffn_gate_inp`` (router), ``blk.{i}.ffn_{gate,up,down}_exps`` (stacked) or
    ``blk.{i}.ffn_{gate,up,down}.{e}`` (llama.cpp's per-expert form of early Mixtral files).
    """
    if (found := _ROUTER.fullmatch(parameter)) is not None:
        if checkpoint_format == "gguf":
            return f"blk.{found['i']}.ffn_gate_inp.weight"
        return None if hf is None else f"model.layers.{found['i']}.{hf.prefix}.gate.weight"
    if (found := _EXPERT.fullmatch(parameter)) is not None:
        i, e, proj = found["i"], found["e"], found["proj"]
        if checkpoint_format == "gguf":
            return f"blk.{i}.ffn_{proj}.{e}.weight"
        return None if hf is None else f"model.layers.{i}.{hf.prefix}.experts.{e}.{getattr(hf, proj)}.weight"
    if (found := _STACKED.fullmatch(parameter)) is not None and checkpoint_format == "gguf":
        return f"blk.{found['i']}.ffn_{found['proj']}_exps.weight"
    return None
