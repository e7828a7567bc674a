"""The registry under careless or hostile input: malformed registrations, built-in collisions, broken plugins,
threads, and provenance of local installs."""

from __future__ import annotations

import concurrent.futures
import contextvars
import importlib
import importlib.metadata
import json
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Iterable
from pathlib import Path

import pytest
from torch import Tensor

from tests.helpers.custom_modules import EagerKernel
from tttv2.errors import DuplicateModuleError, RegistrationError, SpecError, UnknownModuleError
from tttv2.factory import ModelFactory
from tttv2.registry import (
    ENTRY_POINT_GROUP,
    Registry,
    current_registry,
    default_registry,
    register_module,
    use_registry,
)


class PlainNorm:
    def forward(self, x: Tensor) -> Tensor:
        return x


@pytest.mark.parametrize(("category", "expected"), [
    ("ffns", "unknown category 'ffns'; did you mean 'ffn'?"),
    ("norms", "did you mean 'norm'?"),
    ("attention-layers", "did you mean 'attention-layer'?"),
    ("FFN", "category 'FFN' must be kebab-case; did you mean 'ffn'?"),
    ("", "category '' must be kebab-case"),
    ("norm\n", "did you mean 'norm'?"),
])
def test_a_category_typo_is_an_error_with_a_suggestion(category: str, expected: str) -> None:
    with use_registry() as registry, pytest.raises(RegistrationError) as raised:
        registry.register(PlainNorm, name="my-norm", category=category)
    assert expected in str(raised.value) and "'my-norm'" in str(raised.value)
    assert registry.find("my-norm") is None


def test_a_new_category_far_from_the_built_ins_is_still_allowed() -> None:
    with use_registry() as registry:
        registry.register(PlainNorm, name="my-hook", category="tokenizer-hook")
        assert registry.get("my-hook").category == "tokenizer-hook"


def test_a_string_is_one_hardware_name_and_one_tag_not_its_letters() -> None:
    with use_registry() as registry:
        registry.register(PlainNorm, name="cuda-norm", category="norm", hardware_support="cuda", tags="production")
        info = registry.get("cuda-norm")
        assert info.hardware_support == ("cuda",) and info.tags == ("production",)
        assert [m.name for m in registry.list_modules(hardware="cuda", tags=["production"])] == ["cuda-norm"]


@pytest.mark.parametrize(("hardware", "expected"), [
    (["gpu"], "unknown hardware 'gpu' in hardware_support; choose from cpu, cuda, ttnn; did you mean 'cpu'?"),
    ([], "hardware_support is empty"),
    ([1], "hardware_support must be a string or a list of strings"),
])
def test_unknown_or_empty_hardware_is_an_error(hardware: Iterable[str], expected: str) -> None:
    with use_registry() as registry, pytest.raises(RegistrationError) as raised:
        registry.register(PlainNorm, name="hw-norm", category="norm", hardware_support=hardware)
    assert expected in str(raised.value)


@pytest.mark.parametrize(("name", "expected"), [
    ("my-norm\n", "did you mean 'my-norm'?"),
    ("my-norm ", "did you mean 'my-norm'?"),
    ("", "module name '' must be kebab-case"),
    ("My_Norm", "did you mean 'my-norm'?"),
])
def test_malformed_names_are_refused_not_normalised(name: str, expected: str) -> None:
    with use_registry() as registry, pytest.raises(RegistrationError) as raised:
        registry.register(PlainNorm, name=name, category="norm")
    assert expected in str(raised.value) and "no spaces or newlines" in str(raised.value)
    assert registry.list_modules() == []


@pytest.mark.parametrize("alias", ["-", "_", "", " ", "x\n", ("ok", "-")])
def test_aliases_that_normalise_to_nothing_or_span_lines_are_refused(alias: str | tuple[str, ...]) -> None:
    with use_registry() as registry:
        with pytest.raises(RegistrationError) as raised:
            registry.register(PlainNorm, name="dash-norm", category="norm", alias=alias)
        assert "must be letters, digits" in str(raised.value)
        with pytest.raises(UnknownModuleError):
            registry.get("-")  # before: any separator-only name found the module aliased '-'


@pytest.mark.parametrize(("field", "value"), [("alias", 123), ("tags", [None]), ("description", 3),
                                              ("version", 3.0), ("author", ["me"])])
def test_non_string_metadata_is_an_error_naming_the_field(field: str, value: object) -> None:
    with use_registry() as registry, pytest.raises(RegistrationError) as raised:
        registry.register(PlainNorm, name="typed-norm", category="norm", **{field: value})  # type: ignore[arg-type]  # the error under test
    assert field in str(raised.value)


FAKE_BUILTIN = '''
from tttv2.registry import current_registry

class BuiltinKernel:
    def compute_attention(self, q, k, v, mask=None):
        return q

class OtherBuiltin:
    def forward(self, x):
        return x

current_registry().register(BuiltinKernel, name="ttnn-sdpa", category="attention")
current_registry().register(OtherBuiltin, name="builtin-norm", category="norm")
'''


def test_a_user_registration_before_the_first_lookup_loads_the_built_ins_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fake_builtins_for_registry_test.py").write_text(FAKE_BUILTIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = Registry(builtins=("fake_builtins_for_registry_test",))
    with use_registry(registry):
        with pytest.raises(DuplicateModuleError) as raised:
            registry.register(EagerKernel, name="ttnn-sdpa", category="attention")
        assert "fake_builtins_for_registry_test:BuiltinKernel" in str(raised.value)
        assert "tests.helpers.custom_modules:EagerKernel" in str(raised.value)
        registry.register(EagerKernel, name="my-sdpa", category="attention")
    assert {m.name for m in registry.list_modules()} == {"ttnn-sdpa", "builtin-norm", "my-sdpa"}


@pytest.mark.slow  # a fresh interpreter, so the real built-ins are still pending (about 4 s)
def test_a_user_ttnn_sdpa_does_not_break_the_real_built_ins() -> None:
    script = textwrap.dedent('''
        from tttv2.errors import DuplicateModuleError
        from tttv2.registry import default_registry, register_module

        class K:
            def compute_attention(self, q, k, v, mask=None):
                return q

        try:
            register_module(name="ttnn-sdpa", category="attention", hardware_support=["ttnn"])(K)
        except DuplicateModuleError as exc:
            print("refused:", exc)
        print(default_registry.get("rms-norm").name, default_registry.get("ttnn-sdpa").import_path)
    ''')
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True).stdout
    assert "refused: 'ttnn-sdpa' is already registered by tttv2.ttnn.attention:ScaledDotProductAttention" in out
    assert "cannot register __main__:K" in out
    assert "rms-norm tttv2.ttnn.attention:ScaledDotProductAttention" in out


def test_register_module_with_a_typo_leaves_the_current_registry_untouched() -> None:
    class TypoFFN:
        def forward(self, x: Tensor) -> Tensor:
            return x

    with use_registry() as registry:
        with pytest.raises(RegistrationError):
            register_module(name="my-ffn", category="ffns")(TypoFFN)
        assert registry.list_modules() == [] and not hasattr(TypoFFN, "_registry_metadata")


PLUGINS = {
    "hostile_plugin_exits_on_import": "import sys\nsys.exit(3)\n",
    "hostile_plugin_register_exits": "def register(registry):\n    raise SystemExit('bye')\n",
    "hostile_plugin_register_raises": "def register(registry):\n    raise RuntimeError('broken')\n",
    "hostile_plugin_good": textwrap.dedent('''
        class GoodNorm:
            def forward(self, x):
                return x

        def register(registry):
            registry.register(GoodNorm, name="good-plugin-norm", category="norm")
    '''),
    "hostile_plugin_interrupted": "def register(registry):\n    raise KeyboardInterrupt\n",
}


def _install_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, values: list[tuple[str, str]]) -> None:
    """Real modules on sys.path and real EntryPoint objects for them; only the metadata lookup is replaced."""
    for module, source in PLUGINS.items():
        (tmp_path / f"{module}.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    points = [importlib.metadata.EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP) for name, value in values]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [p for p in points if p.group == group])


def test_a_plugin_raising_system_exit_is_named_and_the_others_still_load(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugins(tmp_path, monkeypatch, [
        ("exits-on-import", "hostile_plugin_exits_on_import"),
        ("register-exits", "hostile_plugin_register_exits:register"),
        ("register-raises", "hostile_plugin_register_raises:register"),
        ("good", "hostile_plugin_good:register"),
    ])
    registry = Registry(load_plugins=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert registry.get("good-plugin-norm").name == "good-plugin-norm"
    messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    assert len(messages) == 3
    assert "'exits-on-import'" in messages[0] and "SystemExit(3)" in messages[0]
    assert "'register-exits'" in messages[1] and "SystemExit('bye')" in messages[1]
    assert "'register-raises'" in messages[2] and "RuntimeError('broken')" in messages[2]


def test_ctrl_c_inside_a_plugin_is_not_swallowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugins(tmp_path, monkeypatch, [("interrupted", "hostile_plugin_interrupted:register")])
    with pytest.raises(KeyboardInterrupt):
        Registry(load_plugins=True).list_modules()


def test_threads_start_with_the_default_registry_unless_run_in_a_copied_context() -> None:
    """The documented behaviour of use_registry with worker threads (README, use_registry's docstring)."""
    seen: list[Registry] = []

    def work() -> None:
        seen.append(current_registry())

    with use_registry() as registry:
        plain = threading.Thread(target=work)
        plain.start()
        plain.join()
        copied = threading.Thread(target=contextvars.copy_context().run, args=(work,))
        copied.start()
        copied.join()
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
            executor.submit(work).result()
            executor.submit(contextvars.copy_context().run, work).result()
    assert seen == [default_registry, registry, default_registry, registry]


def test_a_worker_in_a_copied_context_registers_into_the_blocks_registry() -> None:
    class WorkerNorm:
        def forward(self, x: Tensor) -> Tensor:
            return x

    def work() -> None:
        register_module(name="worker-norm", category="norm")(WorkerNorm)

    with use_registry() as registry:
        worker = threading.Thread(target=contextvars.copy_context().run, args=(work,))
        worker.start()
        worker.join()
        assert registry.get("worker-norm").cls is WorkerNorm
    assert default_registry.find("worker-norm") is None


def test_tttv2s_own_built_ins_name_their_installed_distribution() -> None:
    try:
        dist = importlib.metadata.distribution("tttv2")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("tttv2 is not installed here (run from a source tree on PYTHONPATH)")
    direct_url = json.loads(dist.read_text("direct_url.json") or "{}")
    editable = ", editable" if direct_url.get("dir_info", {}).get("editable") else ""
    expected = f"tttv2 {dist.version}{editable}"
    assert default_registry.get("rms-norm").distribution == expected
    assert f"(distribution {expected})" in default_registry.explain("rms-norm")


def test_provenance_is_looked_up_when_first_read_not_at_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every installed distribution's records cost each load 0.23 s and 5 MB: only a reader pays it."""
    looked_up: list[str] = []
    monkeypatch.setattr("tttv2.registry.distribution_of", lambda module: looked_up.append(module) or "pkg 1.0")
    with use_registry() as registry:
        registry.register(PlainNorm, name="lazy-norm", category="norm")
        info = registry.get("lazy-norm")
        assert looked_up == []
        assert info.distribution == "pkg 1.0"
        assert info.distribution == "pkg 1.0"
        assert "(distribution pkg 1.0)" in registry.explain("lazy-norm")
    assert looked_up == [__name__]


USER_PACKAGE = '''
from tttv2.registry import register_module

@register_module(name="{name}", category="norm")
class UserNorm:
    def forward(self, x):
        return x
'''


def _dist_info(site: Path, dist: str, project: Path, files: dict[str, str]) -> None:
    """A dist-info directory as an editable install leaves it: metadata, a direct_url, and ``files`` in RECORD."""
    info = site / f"{dist.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n")
    (info / "direct_url.json").write_text(json.dumps({"url": project.as_uri(), "dir_info": {"editable": True}}))
    for name, text in files.items():
        (site / name).write_text(text)
    record = [*files, f"{info.name}/METADATA", f"{info.name}/direct_url.json", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{line},,\n" for line in record))


def _user_package(project: Path, package: str, name: str) -> None:
    (project / package).mkdir(parents=True)
    (project / package / "__init__.py").write_text(USER_PACKAGE.format(name=name))


def test_an_editable_install_through_a_pth_path_entry_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, site = tmp_path / "project", tmp_path / "site"
    _user_package(project, "hostile_pth_pkg", "pth-norm")
    (project / "stray_pth_module.py").write_text(USER_PACKAGE.format(name="stray-norm"))
    _dist_info(site, "Hostile-Pth-Pkg", project, {"_hostile_pth_pkg.pth": f"{project}\n"})
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(project))  # what the .pth line does at start-up
    with use_registry() as registry:
        importlib.import_module("hostile_pth_pkg")
        importlib.import_module("stray_pth_module")
        assert registry.get("pth-norm").distribution == "Hostile-Pth-Pkg 1.2.3, editable"
        assert "(distribution Hostile-Pth-Pkg 1.2.3, editable)" in registry.explain("pth-norm")
        assert registry.get("stray-norm").distribution is None  # beside the sources, not the package
    for module in ("hostile_pth_pkg", "stray_pth_module"):
        monkeypatch.delitem(sys.modules, module)


def test_an_editable_install_through_a_setuptools_finder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, site = tmp_path / "project", tmp_path / "site"
    _user_package(project / "src", "hostile_finder_pkg", "finder-norm")
    finder = f"MAPPING: dict[str, str] = {{'hostile_finder_pkg': {str(project / 'src' / 'hostile_finder_pkg')!r}}}\n"
    _dist_info(site, "other-name", project, {"__editable___other_name_1_2_3_finder.py": finder})
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(project / "src"))  # stands in for the finder's import hook
    with use_registry() as registry:
        importlib.import_module("hostile_finder_pkg")
        assert registry.get("finder-norm").distribution == "other-name 1.2.3, editable"
    monkeypatch.delitem(sys.modules, "hostile_finder_pkg")


@pytest.mark.parametrize("name", [None, 123, ["rms-norm"]])
def test_a_lookup_with_a_non_string_says_so(name: object) -> None:
    with pytest.raises(TypeError, match="a module name is a string"):
        default_registry.find(name)  # type: ignore[arg-type]  # the error under test


@pytest.mark.parametrize("hints", ["fast", {"speedup": None}, {1: "x"}])
def test_malformed_performance_hints_are_refused(hints: object) -> None:
    with use_registry() as registry, pytest.raises(RegistrationError, match="performance_hints"):
        registry.register(PlainNorm, name="hinted-norm", category="norm", performance_hints=hints)  # type: ignore[arg-type]  # the error under test


@pytest.mark.parametrize(("device", "expected"), [
    ("CPU", "unknown device 'CPU'; choose from cpu, cuda, ttnn; did you mean 'cpu'?"),
    ("meta", "unknown device 'meta'"),
    ("cpu:abc", "'cpu:abc' is not a valid device"),
])
def test_factory_devices_are_checked_before_anything_is_built(device: str, expected: str) -> None:
    with pytest.raises(SpecError) as raised:
        ModelFactory.from_config({"layers": [{"name": "n", "module": "rms-norm", "config": {"hidden_dim": 8}}]},
                                 device=device)
    assert expected in str(raised.value)

