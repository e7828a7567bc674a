"""The seed document's example calls, run as written there (package ``tttv2``, base classes replaced by Protocols).

Adaptations, and only these: ``tt_transformers_v2`` is ``tttv2``; ``BaseAttention``/``BaseFFN`` are gone (a
class conforms to its category's Protocol without inheriting), so the examples keep their own bodies; the
seed's undefined kernels (``flash_attention_v3_kernel``) are replaced by a few lines of plain torch.
"""

from __future__ import annotations

import math

import pytest
import torch
from click.testing import CliRunner
from torch import nn

from tttv2.cli import main
from tttv2.errors import SpecError
from tttv2.factory import ModelFactory
from tttv2.registry import ModuleMetadata, ModuleRegistry, register_module, use_registry


def _softmax_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores + mask
    return torch.softmax(scores, dim=-1) @ v


def _define_example_2():
    """Example 2 of the seed: registering for discovery and documentation."""

    @register_module(
        name="flash-attention-v3",
        category="attention",
        description="Optimized Flash Attention V3 with sliding window support",
        author="Research Team",
        version="3.0.0",
        hardware_support=["cuda", "ttnn"],
        tags=["production", "optimized", "sliding-window"],
        alias="flash3"  # Short alias
    )
    class FlashAttentionV3:
        """Flash Attention V3 with improved memory efficiency."""

        def __init__(self, hidden_dim: int, num_heads: int, window_size: int = 2048, device=None):
            self.hidden_dim = hidden_dim
            self.num_heads = num_heads
            self.device = device
            self.window_size = window_size

        def compute_attention(self, q, k, v, mask=None):
            return _softmax_attention(q, k, v, mask)

    return FlashAttentionV3


def _define_example_3():
    """Example 3 of the seed: a community module with performance hints."""

    @register_module(
        name="mixture-of-depths-ffn",
        category="ffn",
        description="Mixture of Depths FFN - dynamically skips computation for some tokens",
        author="Community Contributor",
        version="0.1.0",
        hardware_support=["cuda", "ttnn"],
        tags=["experimental", "efficiency", "mod"],
        performance_hints={
            "speedup": "1.5-2x on long sequences",
            "memory": "30% reduction"
        }
    )
    class MixtureOfDepthsFFN(nn.Module):
        """Dynamically routes tokens through FFN based on importance."""

        def __init__(self, hidden_dim: int, intermediate_dim: int,
                     routing_threshold: float = 0.5, device=None):
            super().__init__()
            self.routing_threshold = routing_threshold
            self.router = nn.Linear(hidden_dim, 1, device=device)
            self.up = nn.Linear(hidden_dim, intermediate_dim, device=device)
            self.down = nn.Linear(intermediate_dim, hidden_dim, device=device)

        def forward(self, x):
            importance = torch.sigmoid(self.router(x))
            mask = (importance > self.routing_threshold).squeeze(-1)
            output = x.clone()
            if mask.any():
                output[mask] = self.down(torch.relu(self.up(x[mask])))
            return output

    return MixtureOfDepthsFFN


class MyUnregisteredAttention:
    """Example 4's direct class reference: never registered."""

    def __init__(self, hidden_dim: int, num_heads: int, device=None):
        self.device = device

    def compute_attention(self, q, k, v, mask=None):
        return _softmax_attention(q, k, v, mask)


SEED_FACTORY_CONFIG = {
    'layers': [
        {
            'name': 'attention_0',
            'module': 'flash-attention-v3',  # Registered module by name
            'config': {'hidden_dim': 4096, 'num_heads': 32}
        },
        {
            'name': 'attention_1',
            'module': MyUnregisteredAttention,  # Direct class reference
            'config': {'hidden_dim': 4096, 'num_heads': 32}
        }
    ]
}


def test_example_2_discovery_calls() -> None:
    with use_registry():
        FlashAttentionV3 = _define_example_2()
        attentions = ModuleRegistry.list_modules(category="attention")
        assert [f"{attn.name}: {attn.description}" for attn in attentions] == [
            "flash-attention-v3: Optimized Flash Attention V3 with sliding window support"]
        results = ModuleRegistry.search("sliding window")
        assert [m.name for m in results] == ["flash-attention-v3"]
        FlashAttnClass = ModuleRegistry.get_module("flash3")  # Using alias
        attn = FlashAttnClass(hidden_dim=4096, num_heads=32)
        assert isinstance(attn, FlashAttentionV3) and attn.window_size == 2048
        errors = ModuleRegistry.validate_config("flash-attention-v3", {
            "hidden_dim": 4096,
            "num_heads": 32,
            # "window_size" is optional with default
        })
        assert errors == []


def test_registration_marks_the_class_and_exposes_the_seed_fields() -> None:
    with use_registry():
        FlashAttentionV3 = _define_example_2()
        metadata = FlashAttentionV3._registry_metadata
        assert isinstance(metadata, ModuleMetadata) and metadata.name == "flash-attention-v3"
        assert metadata.module_class is FlashAttentionV3 is metadata.cls
        assert metadata.config_schema == {
            "hidden_dim": {"type": int, "default": None, "required": True},
            "num_heads": {"type": int, "default": None, "required": True},
            "window_size": {"type": int, "default": 2048, "required": False},
        }
        assert [f.name for f in metadata.schema().fields] == list(metadata.config_schema)

        class Subclass(FlashAttentionV3):
            """Unregistered: it must not pass for its registered parent, as a plain attribute would."""

        assert not hasattr(Subclass, "_registry_metadata")


def test_example_3_performance_hints_are_kept_documented_and_shown() -> None:
    with use_registry():
        MixtureOfDepthsFFN = _define_example_3()
        metadata = ModuleRegistry.get_metadata("mixture-of-depths-ffn")
        assert dict(metadata.performance_hints) == {"speedup": "1.5-2x on long sequences", "memory": "30% reduction"}
        assert MixtureOfDepthsFFN._registry_metadata is metadata
        docs = ModuleRegistry.generate_docs()
        assert "- performance: speedup: 1.5-2x on long sequences; memory: 30% reduction" in docs
        assert metadata.to_json()["performance_hints"] == {"speedup": "1.5-2x on long sequences",
                                                            "memory": "30% reduction"}
        with pytest.raises(TypeError):
            metadata.performance_hints["speedup"] = "10x"  # type: ignore[index]  # frozen metadata stays frozen


def test_module_registry_register_is_a_decorator_like_register_module() -> None:
    with use_registry():
        @ModuleRegistry.register(name="seed-norm", category="norm", description="A norm registered the seed's way.",
                                 author="Seed", version="1.0.0", hardware_support=["cpu"], tags=["reference"],
                                 alias="seednorm")
        class SeedNorm(nn.Module):
            def forward(self, x):
                return x / x.norm(dim=-1, keepdim=True)

        assert ModuleRegistry.get_module("seednorm") is SeedNorm
        assert SeedNorm._registry_metadata.author == "Seed"


def test_example_4_factory_device_none_means_cpu_and_reaches_constructors() -> None:
    with use_registry():
        _define_example_2()
        MixtureOfDepthsFFN = _define_example_3()
        with pytest.raises(SpecError) as raised:  # stricter than the seed: flash declares cuda and ttnn only
            ModelFactory.from_config(SEED_FACTORY_CONFIG, device=None)
        assert "layers[0].module: 'flash-attention-v3' does not run on cpu (supports cuda, ttnn)" in str(raised.value)
        built = ModelFactory.from_config(SEED_FACTORY_CONFIG, device="cuda")  # neither constructor allocates
        assert built["attention_0"].device == torch.device("cuda") == built["attention_1"].device
        on_cpu = ModelFactory.from_config({"layers": [
            {"name": "attention_1", "module": MyUnregisteredAttention, "config": {"hidden_dim": 8, "num_heads": 2}},
            {"name": "ffn_0", "module": MixtureOfDepthsFFN, "config": {"hidden_dim": 8, "intermediate_dim": 16}},
        ]})
        assert on_cpu["attention_1"].device == torch.device("cpu")
        assert isinstance(on_cpu["ffn_0"], MixtureOfDepthsFFN) and on_cpu["ffn_0"].router.weight.device.type == "cpu"
        assert on_cpu["ffn_0"](torch.randn(2, 3, 8, generator=torch.Generator().manual_seed(0))).shape == (2, 3, 8)


def test_factory_rejects_an_unknown_device_with_a_suggestion() -> None:
    with pytest.raises(SpecError) as raised:
        ModelFactory.from_config({"layers": []}, device="gpu")
    assert "unknown device 'gpu'" in str(raised.value) and "did you mean 'cpu'" in str(raised.value)


def _seed_info(module_name: str) -> list[str]:
    """The body of the seed's ``info`` command, with print for click.echo."""
    out = []
    module = ModuleRegistry.get_module(module_name)
    metadata = module._registry_metadata
    out.append(f"Name: {metadata.name}")
    out.append(f"Category: {metadata.category}")
    out.append(f"Author: {metadata.author}")
    out.append(f"Version: {metadata.version}")
    out.append(f"Description: {metadata.description}")
    out.append(f"Hardware: {', '.join(metadata.hardware_support)}")
    if metadata.config_schema:
        out.append("\nConfiguration:")
        for field, schema in metadata.config_schema.items():
            out.append(f"  {field}: {schema}")
    return out


def test_seed_info_body_runs_and_ttt_info_shows_the_same_fields() -> None:
    with use_registry():
        _define_example_2()
        _define_example_3()
        seed = _seed_info("mixture-of-depths-ffn")
        assert "Author: Community Contributor" in seed and "Version: 0.1.0" in seed
        assert "  routing_threshold: {'type': <class 'float'>, 'default': 0.5, 'required': False}" in seed
        result = CliRunner().invoke(main, ["info", "mixture-of-depths-ffn"])
        assert result.exit_code == 0, result.output
        for line in ("  author:    Community Contributor", "  version:   0.1.0", "  hardware:  cuda, ttnn",
                     "  tags:      experimental, efficiency, mod",
                     "  performance: speedup: 1.5-2x on long sequences; memory: 30% reduction",
                     "    routing_threshold: float (default 0.5)", "    hidden_dim: int (required)"):
            assert line in result.output.splitlines(), line
        assert "Mixture of Depths FFN - dynamically skips computation for some tokens" in result.output
        listed = CliRunner().invoke(main, ["list-modules", "--category", "attention"])
        assert listed.exit_code == 0 and "flash-attention-v3" in listed.output
        found = CliRunner().invoke(main, ["search", "flash attention"])
        assert found.exit_code == 0 and found.output.splitlines()[1].startswith("flash-attention-v3")


def test_ttt_info_by_alias_lists_the_aliases_once() -> None:
    with use_registry():
        _define_example_2()
        result = CliRunner().invoke(main, ["info", "flash3"])
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[0] == "flash-attention-v3  [attention]"
        assert [line.strip() for line in result.output.splitlines() if "aliases" in line] == ["aliases: flash3"]
