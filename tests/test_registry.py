"""The registry: the seed's calls, duplicates, suggestions, search, config validation, docs, plugins."""

from __future__ import annotations

import json
import threading
from typing import Literal

import attrs
import pytest
from torch import Tensor

from tests.helpers.custom_modules import EagerKernel, WrongKernel
from tttv2.errors import ConformanceError, DuplicateModuleError, UnknownModuleError
from tttv2.registry import (
    ModuleMetadata,
    ModuleRegistry,
    Registry,
    current_registry,
    default_registry,
    register_module,
    use_registry,
)


@attrs.frozen
class Window:
    size: int
    stride: int = 1


def _define_flash(registry_alias: str = "flash3") -> type:
    @register_module(name="flash-attention-v3", category="attention", description="Fast fused attention with a sliding window.",
                     author="Tri", version="3.0.0", hardware_support=["cuda", "ttnn"],
                     tags=["production", "sliding-window"], alias=registry_alias)
    class FlashAttentionV3:
        def __init__(self, *, hidden_dim: int, num_heads: int, dropout: float = 0.0, window: int | None = None,
                     mode: Literal["fast", "exact"] = "fast", sizes: list[int] | None = None,
                     pair: tuple[int, str] = (1, "a"), window_spec: Window | None = None) -> None:
            self.hidden_dim = hidden_dim

        def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
            return q

    return FlashAttentionV3


def test_seed_calls_work_as_written() -> None:
    with use_registry():
        cls = _define_flash()
        assert [m.name for m in ModuleRegistry.list_modules(category="attention", tags=["production"], hardware="cuda")] == [
            "flash-attention-v3"]
        assert ModuleRegistry.search("sliding window")[0].name == "flash-attention-v3"
        assert ModuleRegistry.get_module("flash3") is cls
        assert ModuleRegistry.validate_config("flash-attention-v3", {"hidden_dim": 4096, "num_heads": 32}) == []
        assert "### `flash-attention-v3`" in ModuleRegistry.generate_docs()


def test_decorator_returns_class_unchanged_and_records_provenance() -> None:
    with use_registry() as registry:
        cls = _define_flash()
        info = registry.get("FLASH_attention v3")
        assert isinstance(info, ModuleMetadata)
        assert info.cls is cls and info.defined_in == __name__
        assert info.import_path.endswith("FlashAttentionV3")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            info.name = "x"  # type: ignore[misc]  # proving it is frozen
        explained = registry.explain("flash3")
        assert "'flash3' is an alias of 'flash-attention-v3'" in explained
        assert "defined in module" in explained


def test_validate_config_reports_every_problem() -> None:
    with use_registry():
        _define_flash()
        problems = ModuleRegistry.validate_config("flash3", {
            "hidden_dim": True, "dropout": 1, "window": "8", "mode": "slow", "sizes": [1, "x"],
            "pair": [1, 2], "window_spec": {"size": "big", "colour": 1}, "num_head": 3})
        text = [str(p) for p in problems]
        assert "flash-attention-v3.config.num_head: unknown key" in text[0] and "did you mean 'num_heads'" in text[0]
        expected = [
            "flash-attention-v3.config.hidden_dim: expected int, got bool (True)",
            "flash-attention-v3.config.num_heads: missing required key (int)",
            "flash-attention-v3.config.window: expected int | None, got str ('8')",
            "flash-attention-v3.config.mode: expected Literal['fast', 'exact'], got str ('slow')",
            "flash-attention-v3.config.sizes[1]: expected int, got str ('x')",
            "flash-attention-v3.config.pair[1]: expected str, got int (2)",
            "flash-attention-v3.config.window_spec.colour: unknown key (accepted keys: size, stride)",
            "flash-attention-v3.config.window_spec.size: expected int, got str ('big')",
        ]
        for line in expected:
            assert line in text, (line, text)
        assert not any(p.path.endswith(".dropout") for p in problems)  # float accepts int


def test_duplicates_are_errors_naming_both_definitions() -> None:
    with use_registry():
        _define_flash()
        with pytest.raises(DuplicateModuleError) as raised:
            register_module(name="flash-attention-v3", category="attention")(EagerKernel)
        assert "FlashAttentionV3" in str(raised.value) and "EagerKernel" in str(raised.value)
        with pytest.raises(DuplicateModuleError):
            register_module(name="other", category="attention", alias="flash3")(EagerKernel)
        register_module(name="flash-attention-v3", category="attention", replace=True)(EagerKernel)
        assert ModuleRegistry.get_module("flash-attention-v3") is EagerKernel
        assert "replaced an earlier registration" in ModuleRegistry.explain("flash-attention-v3")


def test_unknown_names_suggest_close_ones() -> None:
    with pytest.raises(UnknownModuleError) as raised:
        default_registry.get("rms-nrom")
    assert "did you mean 'rms-norm'" in str(raised.value)
    assert isinstance(raised.value, KeyError)
    assert default_registry.find("rms-nrom") is None


def test_registration_checks_the_contract() -> None:
    with use_registry(), pytest.raises(ConformanceError) as raised:
        register_module(name="wrong", category="attention")(WrongKernel)
    assert "compute_attention" in str(raised.value) and "missing parameter 'mask'" in str(raised.value)


def test_user_category_without_contract_only_needs_a_class() -> None:
    with use_registry() as registry:
        register_module(name="my-thing", category="tokenizer-hook")(EagerKernel)
        assert registry.get("my-thing").contract is None
        with pytest.raises(TypeError):
            registry.register(object(), name="not-a-class", category="tokenizer-hook")  # type: ignore[arg-type]  # the error under test


def test_isolated_registry_leaves_default_untouched() -> None:
    with use_registry() as registry:
        _define_flash()
        assert current_registry() is registry
    assert current_registry() is default_registry
    assert default_registry.find("flash-attention-v3") is None


def test_search_ranks_and_tolerates_word_order_and_typos() -> None:
    names = [m.name for m in default_registry.search("window sliding")]
    assert names[0] == "sliding-window-attention"
    assert default_registry.search("rmsnorm")[0].name == "rms-norm"
    assert "grouped-query-attention" in [m.name for m in default_registry.search("grouped attnetion")]
    assert default_registry.search("zzzz") == []


def test_registration_is_thread_safe() -> None:
    registry = Registry()
    classes = [type(f"Kernel{i}", (EagerKernel,), {}) for i in range(64)]

    def register(index: int) -> None:
        registry.register(classes[index], name=f"kernel-{index}", category="attention")

    threads = [threading.Thread(target=register, args=(i,)) for i in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(registry.list_modules()) == 64


def test_docs_render_unions_inside_tables_and_json_catalog() -> None:
    docs = default_registry.generate_docs()
    assert "| `window` | `int \\| None` | `None` |" in docs
    catalog = json.loads(default_registry.to_json())
    rms = next(entry for entry in catalog if entry["name"] == "rms-norm")
    assert rms["config_schema"]["properties"]["eps"] == {"type": "number", "exclusiveMinimum": 0, "default": 1e-06}
    assert rms["config_schema"]["required"] == ["hidden_dim"]


def test_every_contract_category_has_builtins() -> None:
    categories = set(default_registry.categories())
    assert {"attention", "attention-layer", "position", "ffn", "norm", "embedding", "head", "block", "cache",
            "sampler", "family"} <= categories


def test_broken_plugin_warns_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    class BrokenEntryPoint:
        name = "broken-plugin"
        value = "nowhere.module:register"

        def load(self) -> object:
            raise ImportError("no module named nowhere")

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [BrokenEntryPoint()])
    registry = Registry(load_plugins=True)
    with pytest.warns(RuntimeWarning, match="broken-plugin"):
        registry.list_modules()


def test_plugin_callable_registers_into_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    class PluginEntryPoint:
        name = "good-plugin"
        value = "pkg:register"

        def load(self) -> object:
            return lambda registry: registry.register(EagerKernel, name="plugin-kernel", category="attention")

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [PluginEntryPoint()])
    registry = Registry(load_plugins=True)
    assert registry.get("plugin-kernel").cls is EagerKernel
