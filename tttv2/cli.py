"""The ``ttt`` command: browse the module catalog, validate and draw specs, generate and chat."""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import click
from rich.console import Console
from rich.table import Table

from tttv2.backend import hardware_names
from tttv2.errors import TTTError
from tttv2.registry import ModuleMetadata, current_registry, render_hints
from tttv2.schema import render_annotation
from tttv2.suggestions import close_matches, did_you_mean

if TYPE_CHECKING:
    from torch import nn
    from torch.distributed.device_mesh import DeviceMesh

EXIT_INTERRUPTED = 130
"""The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it."""
DEFAULT_CHECK_TIMEOUT = 60.0
"""Seconds ``ttt check`` gives each step; the same as ``tttv2.testing.check.DEFAULT_TIMEOUT`` (not imported: torch)."""

USER_CODE_COMMANDS = frozenset({"check", "check-family", "validate", "graph", "info", "list-modules", "search", "docs",
                                "schema"})
"""Commands that may import the user's own modules from the current directory (spec paths, ``--import``).

``check-family`` loads only the checkpoints it writes to a temporary directory. The others
(``generate``, ``chat``, ``compare``) load checkpoints: a checkpoint directory may be the
current directory, and its ``.py`` files must never become importable (transformers probes optional
packages by name).
"""


@contextmanager
def _errors_as_click() -> Iterator[None]:
    """A tttv2 error becomes a one-message ClickException (exit 1), never a traceback."""
    try:
        yield
    except TTTError as exc:
        raise click.ClickException(str(exc)) from exc


def _console() -> Console:
    return Console(highlight=False)


def _print_rows(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> None:
    """A rich table on a terminal, tab-separated lines when piped."""
    console = _console()
    if not console.is_terminal:
        click.echo("\t".join(headers))
        for row in rows:
            click.echo("\t".join(row))
        return
    table = Table(title=title)
    for header in headers:
        table.add_column(header)
    for row in rows:
        table.add_row(*row)
    console.print(table)


class _Interruptible(click.Group):
    """Ctrl-C anywhere in a command (imports included) prints "[interrupted]" and exits 130, no traceback.

    Click's own handling would print "Aborted!" and exit 1, which scripts cannot tell from a failure.
    """

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\n[interrupted]", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=_Interruptible)
@click.version_option(package_name="tttv2")
@click.option("--import", "imports", multiple=True, metavar="MODULE",
              help="Import MODULE (a dotted name, repeatable) before the command, so the modules it registers "
                   "are listed, searched, checked and usable in specs. The current directory is searched "
                   "after installed packages (for check, check-family, validate, graph, info, list-modules, search, docs, "
                   "schema).")
@click.pass_context
def main(ctx: click.Context, imports: tuple[str, ...]) -> None:
    """tttv2: transformer building blocks, a module registry and real models on CPU, CUDA and TTNN."""
    if ctx.invoked_subcommand in USER_CODE_COMMANDS:
        _search_current_directory()
    for name in imports:
        _import_user_module(name)


def _search_current_directory() -> None:
    """Append the current directory to ``sys.path`` (last: it never shadows an installed package)."""
    here = os.getcwd()
    if here not in sys.path:
        sys.path.append(here)


def _import_user_module(name: str) -> None:
    """Import ``--import NAME``; a failure is one message naming the module and what went wrong."""
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
            raise click.ClickException(f"--import {name}: importing it raised {_raised(exc)}") from exc
        raise click.ClickException(
            f"--import {name}: no module named {exc.name!r} on sys.path (installed packages, PYTHONPATH"
            f"{', the current directory' if os.getcwd() in sys.path else ''}){_module_hint(name)}") from exc
    except (Exception, SystemExit) as exc:  # the user's module failed while importing: name it, no traceback
        raise click.ClickException(f"--import {name}: importing it raised {_raised(exc)}") from exc


def _raised(exc: BaseException) -> str:
    """``"ValueError: message (at mymods.py:12)"``: the exception and the innermost frame that raised it."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _module_hint(name: str) -> str:
    """A dotted name for a path (``mymods.py`` -> ``mymods``), or close names of modules in the current directory."""
    dotted = name.removesuffix(".py").replace(os.sep, ".").strip(".")
    if dotted != name:
        return did_you_mean([dotted])
    here = [path.stem for path in Path.cwd().glob("*.py")]
    here += [path.parent.name for path in Path.cwd().glob("*/__init__.py")]
    return did_you_mean(close_matches(name, here))


# -- catalog ------------------------------------------------------------------------------------
def _module_rows(modules: Sequence[ModuleMetadata]) -> list[list[str]]:
    return [[m.name, m.category, ", ".join(m.hardware_support), ", ".join(m.aliases), m.description] for m in modules]


DEVICE_HELP = "cpu, cuda, ttnn or another registered backend's hardware; cuda:1 picks a GPU."


def _known_hardware(value: str | None) -> str | None:
    """``value`` lower-cased if a registered backend serves it (backends a plugin or --import added count)."""
    if value is None:
        return None
    known = hardware_names()
    if value.lower() not in known:
        raise click.BadParameter(f"{value!r} is not a hardware name; choose from {', '.join(known)}"
                                 f"{did_you_mean(close_matches(value.lower(), known))}")
    return value.lower()


@main.command("list-modules")
@click.option("--category", help="Only this category (attention, attention-layer, ffn, norm, ...).")
@click.option("--tag", "tags", multiple=True, help="Only modules with this tag (repeatable: all must match).")
@click.option("--hardware", callback=lambda ctx, param, value: _known_hardware(value),
              help="Only modules that run on this hardware (a name a registered backend serves: cpu, cuda, ttnn, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_modules(category: str | None, tags: tuple[str, ...], hardware: str | None, as_json: bool) -> None:
    """List registered modules."""
    registry = current_registry()
    if category is not None and category not in registry.categories():
        known = ", ".join(registry.categories())
        raise click.ClickException(f"unknown category {category!r}; categories: {known}")
    modules = registry.list_modules(category=category, tags=tags or None, hardware=hardware)
    if as_json:
        click.echo(json.dumps([m.to_json() for m in modules], indent=2, default=str))
        return
    _print_rows(["name", "category", "hardware", "aliases", "description"], _module_rows(modules), "tttv2 modules")


@main.command()
@click.argument("query")
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def search(query: str, limit: int, as_json: bool) -> None:
    """Search modules by name, alias, tags and description."""
    results = current_registry().search(query, limit=limit)
    if as_json:
        click.echo(json.dumps([m.to_json() for m in results], indent=2, default=str))
        return
    if not results:
        raise click.ClickException(f"no module matches {query!r}; try `ttt list-modules`")
    _print_rows(["name", "category", "hardware", "aliases", "description"], _module_rows(results), f"matches for {query!r}")


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def info(name: str, as_json: bool) -> None:
    """Metadata, contract, hardware support and config schema of one module."""
    registry = current_registry()
    with _errors_as_click():
        module = registry.get(name)
    if as_json:
        click.echo(json.dumps(module.to_json(), indent=2, default=str))
        return
    contract = module.contract.__name__ if module.contract else "(none: a user-defined category)"
    click.echo(f"{module.name}  [{module.category}]")
    click.echo(f"  {module.description}")
    click.echo(f"  class:     {module.import_path}")
    click.echo(f"  contract:  {contract}")
    click.echo(f"  author:    {module.author or '-'}")
    click.echo(f"  version:   {module.version or '-'}")
    click.echo(f"  hardware:  {', '.join(module.hardware_support)}")
    if module.tags:
        click.echo(f"  tags:      {', '.join(module.tags)}")
    if module.performance_hints:
        click.echo(f"  performance: {render_hints(module.performance_hints)}")
    click.echo(registry.explain(name).split("\n", 1)[-1])
    schema = module.schema()
    if schema.collaborators:
        click.echo("  collaborators (filled from other slots):")
        for collaborator in schema.collaborators:
            optional = ", optional" if collaborator.optional else ""
            click.echo(f"    {collaborator.name}: {collaborator.category}{optional}")
    click.echo("  config:" if schema.fields else "  config: (none)")
    for field in schema.fields:
        default = "required" if field.required else f"default {field.default!r}"
        click.echo(f"    {field.name}: {render_annotation(field.annotation)} ({default})")


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout.")
@click.option("--json", "as_json", is_flag=True, help="The catalog as JSON instead of Markdown.")
def docs(output: Path | None, as_json: bool) -> None:
    """Generate the module reference (Markdown, or JSON for tools)."""
    registry = current_registry()
    text = registry.to_json() + "\n" if as_json else registry.generate_docs()
    _write_or_echo(text, output)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout.")
def schema(output: Path | None) -> None:
    """JSON Schema of spec files (for editors: autocompletes module names and their config keys)."""
    from tttv2.spec_schema import spec_json_schema

    text = json.dumps(spec_json_schema(), indent=2) + "\n"
    _write_or_echo(text, output)


def _write_or_echo(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` through a temporary file (never half-written)."""
    if output is None:
        click.echo(text, nl=False)
        return
    temporary = output.with_name(f".{output.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(output)
    click.echo(f"wrote {output}", err=True)


@main.command("models")
def models() -> None:
    """The shipped models and how to install them."""
    from tttv2.shipped import SHIPPED

    _print_rows(["name", "description", "install"], [[m.name, m.description, m.install] for m in SHIPPED.values()])


@main.command("new-plugin")
@click.argument("name")
@click.option("--directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Write the package into DIRECTORY/NAME.")
def new_plugin(name: str, directory: Path) -> None:
    """Write a ready package NAME for community modules: pyproject.toml with the tttv2.modules entry point,
    a conforming norm, its conformance test, a strict mypy configuration and a README."""
    from tttv2.scaffold import write_plugin

    with _errors_as_click():
        target = write_plugin(name, directory)
    click.echo(f"wrote {target}: cd {target} && pip install -e '.[dev]' && pytest && mypy")


# -- specs --------------------------------------------------------------------------------------
@main.command()
@click.argument("spec_file", type=click.Path(path_type=Path))
@click.option("--device", default="cpu", show_default=True, help=DEVICE_HELP)
def validate(spec_file: Path, device: str) -> None:
    """Check a spec file (YAML, TOML, JSON) without building it; lists every problem.

    Import paths in a spec (`pkg.mod:Class`) import and run Python code, as Hydra's `_target_`
    does: validate only specs you trust. They resolve only from importable modules: installed
    packages, PYTHONPATH, the current directory, or `ttt --import MODULE`; the spec file's own
    directory is never made importable.
    """
    from tttv2.errors import SpecError
    from tttv2.spec import ModelSpec

    try:
        spec = ModelSpec.from_file(spec_file)
    except SpecError as exc:
        _fail_with(exc.problems, spec_file)
    problems = spec.validate(device=device)
    if problems:
        _fail_with(problems, spec_file)
    click.echo(f"{spec_file}: ok ({spec.dims.num_layers} layers, builds on {device})")


def _fail_with(problems: Sequence[object], source: Path) -> None:
    click.echo(f"{source}: {len(problems)} problem(s)", err=True)
    for problem in problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(1)


@main.command()
@click.argument("spec_file", type=click.Path(path_type=Path))
@click.option("--device", default="cpu", show_default=True)
def graph(spec_file: Path, device: str) -> None:
    """Show the wired tree: slot, implementation, how it was chosen, parameter count."""
    from tttv2.container import build_model
    from tttv2.spec import ModelSpec

    with _errors_as_click():
        spec = ModelSpec.from_file(spec_file)
        model = build_model(spec, device=device, on_meta=True)
    counts = {name: sum(p.numel() for p in module.parameters()) for name, module in _paths(model)}
    rows = [[r.path, r.implementation, r.how, f"{counts.get(r.path, 0):,}"] for r in model.records]
    _print_rows(["slot", "implementation", "chosen by", "parameters"], rows, f"{spec_file} ({device})")
    total = sum(p.numel() for p in model.parameters())
    click.echo(f"total parameters: {total:,}")


def _paths(model: nn.Module) -> Iterator[tuple[str, nn.Module]]:
    """Module paths in the records' notation (``layers[3].attention``) for parameter counts."""
    import re

    for name, module in model.named_modules():
        yield re.sub(r"layers\.(\d+)", r"layers[\1]", name), module


# -- checking modules and models -----------------------------------------------------------------
def _positive_seconds(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    """A time limit: finite and above zero (click's FloatRange lets NaN through)."""
    if not 0 < value < float("inf"):
        raise click.BadParameter(f"{value} is not a positive, finite number of seconds")
    return value


@main.command()
@click.argument("target")
@click.option("--category", required=True, help="The contract to check against (attention, norm, ffn, ...).")
@click.option("--config", "config_json", default="{}", show_default=True, help="Constructor config as JSON.")
@click.option("--device", default="cpu", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--timeout", type=float, callback=_positive_seconds,
              default=DEFAULT_CHECK_TIMEOUT, show_default=True, metavar="SECONDS",
              help="A step (import, build, each property) taking longer fails as hung; the rest are not run.")
def check(target: str, category: str, config_json: str, device: str, as_json: bool, timeout: float) -> None:
    """Run the conformance kit on TARGET (registry name or pkg.mod:Class); exit 1 if a property fails.

    The module runs in a worker thread: raising SystemExit or KeyboardInterrupt, or hanging, fails
    the step. A hung step's thread cannot be stopped; it is abandoned and ends with the process.
    """
    from tttv2.testing import ROW_HEADER, run_check

    try:
        config = json.loads(config_json)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"--config is not valid JSON: {exc}") from exc
    if not isinstance(config, dict):
        raise click.ClickException("--config must be a JSON object")
    with _errors_as_click():
        report = run_check(target, category, config=config, device=device, timeout=timeout)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _print_rows(ROW_HEADER, report.as_rows(), f"{target} as {category}")
        click.echo(f"{'passed' if report.passed else 'FAILED'}: {len(report.results) - len(report.failures)} of "
                   f"{len(report.results)} properties hold")
    if not report.passed:
        sys.exit(1)


@main.command("check-family")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--config", "configs", multiple=True, metavar="CONFIG",
              help="Only this parity config (repeatable; default: every config the family declares).")
@click.option("--no-gguf", is_flag=True, help="Check the safetensors checkpoints only.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seeds the random weights and prompts.")
def check_family_command(name: str, as_json: bool, configs: tuple[str, ...], no_gguf: bool, seed: int) -> None:
    """Check family NAME against transformers on its parity configs; exit 1 if any fails.

    Each config the family declares becomes a tiny random transformers checkpoint, saved (as
    safetensors, and GGUF where the family names an architecture), loaded with load_pretrained and
    compared: logits PCC and argmax at every position, 12 greedy tokens, cached decode. A failure
    names the first stage (embedding, layer N, final norm, head) whose hidden states diverge.
    """
    from tttv2.testing import FAMILY_ROW_HEADER, check_family

    with _errors_as_click():
        report = check_family(name, configs=configs or None, gguf=not no_gguf, seed=seed)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _print_rows(FAMILY_ROW_HEADER, report.as_rows(), f"family {report.family}: tttv2 vs transformers")
        for failure in report.failures:
            click.echo(str(failure), err=True)
        counted = [r for r in report.results if r.status != "skipped"]
        click.echo(f"{'passed' if report.passed else 'FAILED'}: {len(counted) - len(report.failures)} of "
                   f"{len(counted)} checkpoints agree with transformers"
                   f"{f' ({len(report.results) - len(counted)} skipped)' if len(counted) < len(report.results) else ''}")
    if not report.passed:
        sys.exit(1)


@main.command()
@click.argument("prompt", default="The capital of France is")
@click.option("--model", "model_name", default="smollm2-135m", show_default=True,
              help="Shipped model name, .gguf file, or Hugging Face directory.")
def compare(prompt: str, model_name: str) -> None:
    """Compare tttv2 with transformers on one checkpoint, layer by layer (PCC per stage), fp32 on CPU."""
    from tttv2.parity import compare_with_transformers
    from tttv2.testing import LAYER_ROW_HEADER

    with _errors_as_click():
        result = compare_with_transformers(model_name, prompt)
    _print_rows(LAYER_ROW_HEADER, result.as_rows(), f"{model_name}: tttv2 vs transformers")
    if result.first_mismatch is not None:
        click.echo(f"first mismatch: {result.first_mismatch}", err=True)
        sys.exit(1)
    click.echo("every stage agrees")


# -- running models -----------------------------------------------------------------------------
def _generation_options(command: Callable[..., None]) -> Callable[..., None]:
    options = [
        click.option("--model", "model_name", default="smollm2-135m", show_default=True,
                     help="Shipped model name, .gguf file, or Hugging Face directory."),
        click.option("--device", default="cpu", show_default=True, help=DEVICE_HELP),
        click.option("--tokenizer", "tokenizer_path", default=None, metavar="PATH",
                     help="A tokenizer directory or .gguf file, for a checkpoint saved without one."),
        click.option("--quantize", type=click.Choice(["int8", "int4", "gguf"]), default=None,
                     help="Quantize every projection as it loads (weight-only), or keep a GGUF file's 4-bit "
                          "blocks (gguf); default: dense."),
        click.option("--dtype", "dtype_name", type=click.Choice(["fp32", "bf16"]), default="fp32", show_default=True,
                     help="Activation and dense-weight dtype."),
        click.option("--compile", "compile_decode", is_flag=True, default=False,
                     help="Decode through one torch.compile graph: faster per token, the first run compiles "
                          "for tens of seconds (cached for later runs)."),
        click.option("--max-new-tokens", type=int, default=128, show_default=True),
        click.option("--temperature", type=float, default=0.0, show_default=True, help="0 = greedy."),
        click.option("--top-k", type=int, default=0, show_default=True, help="0 = no limit."),
        click.option("--top-p", type=float, default=1.0, show_default=True),
        click.option("--repetition-penalty", type=float, default=1.0, show_default=True),
        click.option("--seed", type=int, default=0, show_default=True),
    ]
    for option in reversed(options):
        command = option(command)
    return command


DTYPES = {"fp32": "float32", "bf16": "bfloat16"}
"""``--dtype`` choices and the torch dtype each names."""


def _load(model_name: str, device: str, tokenizer_path: str | None, quantize: str | None, dtype_name: str,
          mesh: DeviceMesh | None = None, compile_decode: bool = False) -> object:
    import torch
    from rich.progress import Progress

    from tttv2.pretrained import load_pretrained

    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(f"loading {model_name}", total=None)
        return load_pretrained(model_name, device=device, tokenizer=tokenizer_path, quantize=quantize,
                               dtype=getattr(torch, DTYPES[dtype_name]), mesh=mesh, compile=compile_decode,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))


@main.command()
@click.argument("prompt")
@_generation_options
@click.option("--stop", "stops", multiple=True, help="Stop when this text appears (repeatable).")
@click.option("--tensor-parallel", is_flag=True,
              help="Split the model across the processes of torchrun (torchrun --nproc-per-node N -m tttv2 generate "
                   "--tensor-parallel PROMPT); rank 0 prints.")
def generate(prompt: str, model_name: str, device: str, tokenizer_path: str | None, quantize: str | None,
             dtype_name: str, compile_decode: bool, max_new_tokens: int,
             temperature: float, top_k: int, top_p: float, repetition_penalty: float, seed: int,
             stops: tuple[str, ...], tensor_parallel: bool) -> None:
    """Continue PROMPT (as given: no chat template) and stream the new text."""
    from tttv2.pretrained import PretrainedModel

    def load_and_stream(ranks: _Ranks) -> bool:  # the model lives only in here: gone before the ranks tear down
        with _errors_as_click():
            loaded = _load(model_name, device, tokenizer_path, quantize, dtype_name, ranks.mesh, compile_decode)
        assert isinstance(loaded, PretrainedModel)
        with _errors_as_click():
            pieces = loaded.stream(prompt, max_new_tokens=max_new_tokens, temperature=temperature, top_k=top_k,
                                   top_p=top_p, repetition_penalty=repetition_penalty, seed=seed, stop=stops)
            interrupted = _stream_out(pieces) if ranks.prints else _drain(pieces)
        if ranks.prints:
            _stats(loaded)
        return interrupted

    with _torchrun_ranks(device, tensor_parallel) as ranks:
        interrupted = load_and_stream(ranks)
    if tensor_parallel:
        _exit_without_teardown(EXIT_INTERRUPTED if interrupted else 0)
    if interrupted:
        sys.exit(EXIT_INTERRUPTED)


def _exit_without_teardown(code: int) -> None:
    """End a finished tensor-parallel rank at once, output flushed. The eager model leaves nothing holding the
    process group, but a compiled step's code keeps it (torch 2.13), and with it gloo's worker threads, which
    abort the rank if one lets go of a tensor during the interpreter's shutdown ("Ending a run" in
    docs/parallel.md)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@attrs.define
class _Ranks:
    """Where this process runs: the mesh under ``--tensor-parallel`` (else None), and whether it prints."""

    mesh: DeviceMesh | None
    prints: bool


@contextmanager
def _torchrun_ranks(device: str, tensor_parallel: bool) -> Iterator[_Ranks]:
    """Under ``--tensor-parallel``: a 1-D mesh over torchrun's processes, and whether this one prints (rank 0).

    Every rank runs the whole command (the collectives need them all); errors print once, from rank 0. The
    mesh is dropped before the process group is destroyed, so that (the model being gone too) gloo's worker
    threads end while Python still runs: see "Ending a run" in docs/parallel.md.
    """
    if not tensor_parallel:
        yield _Ranks(mesh=None, prints=True)
        return
    if "WORLD_SIZE" not in os.environ:
        raise click.ClickException("--tensor-parallel splits the model across torchrun's processes: run "
                                   "`torchrun --nproc-per-node N -m tttv2 generate --tensor-parallel PROMPT`")
    import torch.distributed as dist
    from torch.distributed.device_mesh import init_device_mesh

    ranks = _Ranks(mesh=init_device_mesh(device.partition(":")[0], (int(os.environ["WORLD_SIZE"]),)),
                   prints=dist.get_rank() == 0)
    try:
        yield ranks
        dist.barrier()  # tear down together
    except click.ClickException as exc:
        if not ranks.prints:
            sys.exit(exc.exit_code)
        raise
    finally:
        ranks.mesh = None
        dist.destroy_process_group()


def _drain(pieces: Iterator[str]) -> bool:
    """Generate without printing (a rank other than 0 under --tensor-parallel); never interrupted."""
    for _ in pieces:
        pass
    return False


def _stream_out(pieces: Iterator[str]) -> bool:
    """Print pieces as they come; True if Ctrl-C stopped it (what was printed stays)."""
    try:
        for piece in pieces:
            click.echo(piece, nl=False)
            sys.stdout.flush()
    except KeyboardInterrupt:
        click.echo("")
        click.echo("[interrupted]", err=True)
        return True
    click.echo("")
    return False


def _stats(loaded: object) -> None:
    from tttv2.pretrained import PretrainedModel

    assert isinstance(loaded, PretrainedModel)
    s = loaded.last_stats
    decode = f"decode {s.decode_tokens_per_second:.1f} tok/s"
    if loaded.model.compile_decode and s.steady_decode_tokens_per_second:  # compiling is not decoding: apart
        decode = (f"decode {s.steady_decode_tokens_per_second:.1f} tok/s after a first step of "
                  f"{s.first_step_seconds:.1f} s (compiling, or reading inductor's cache)")
    click.echo(f"[{s.prompt_tokens} prompt tokens, {s.new_tokens} new tokens, prefill {s.prefill_tokens_per_second:.1f} tok/s, "
               f"{decode}]", err=True)


@main.command()
@_generation_options
@click.option("--system", default=None, help="A system message to start the conversation with.")
def chat(model_name: str, device: str, tokenizer_path: str | None, quantize: str | None, dtype_name: str,
         compile_decode: bool, max_new_tokens: int, temperature: float,
         top_k: int, top_p: float, repetition_penalty: float, seed: int, system: str | None) -> None:
    """Talk to a model through its chat template; reads one message per line (works from a pipe).

    Ctrl-D (or the end of the input) ends the conversation (exit 0); Ctrl-C exits at once (exit 130).
    """
    from tttv2.pretrained import PretrainedModel

    with _errors_as_click():
        loaded = _load(model_name, device, tokenizer_path, quantize, dtype_name, compile_decode=compile_decode)
    assert isinstance(loaded, PretrainedModel)
    with _errors_as_click():
        messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
        loaded.chat_prompt(messages or [{"role": "user", "content": "hi"}])  # fails now if there is no template
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            click.echo("> ", nl=False, err=True)
        line = sys.stdin.readline()  # Ctrl-C here: the group's handler exits 130
        if not line:  # Ctrl-D or the end of a pipe: end the prompt's line, exit 0
            if interactive:
                click.echo("", err=True)
            break
        if not line.strip():
            continue
        messages.append({"role": "user", "content": line.strip()})
        with _errors_as_click():
            pieces = loaded.stream(loaded.chat_prompt(messages), max_new_tokens=max_new_tokens,
                                   temperature=temperature, top_k=top_k, top_p=top_p,
                                   repetition_penalty=repetition_penalty, seed=seed)
            reply: list[str] = []
            try:
                for piece in pieces:
                    reply.append(piece)
                    click.echo(piece, nl=False)
            except KeyboardInterrupt:
                click.echo("\n[interrupted]", err=True)
                sys.exit(EXIT_INTERRUPTED)
        click.echo("")
        messages.append({"role": "assistant", "content": "".join(reply)})


if __name__ == "__main__":
    main()
