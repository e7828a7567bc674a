"""``check_module``: the static contract check, then behavioural checks of the category, as one report."""

from __future__ import annotations

from collections.abc import Mapping

import torch

from tttv2.conformance import check_conformance
from tttv2.errors import TTTError
from tttv2.protocols import CONTRACTS
from tttv2.registry import Registry, current_registry
from tttv2.testing.checks import ACCEPTS_REFERENCE, SUITES, Context
from tttv2.testing.checks.harness import Guard
from tttv2.testing.guard import ModuleEscaped, TimedOut, call_guarded
from tttv2.testing.numerics import Tolerances
from tttv2.testing.report import CheckReport, PropertyResult
from tttv2.testing.subjects import DEFAULT_DIMS, CannotBuild, make_subject, resolve_target

DEFAULT_TIMEOUT = 60.0
"""Seconds each step (resolve, build, each property) may take before it fails as hung."""


class UnknownCategoryError(TTTError, ValueError):
    """The kit has no behavioural checks for the requested category."""

    def __init__(self, category: str) -> None:
        self.category = category
        super().__init__(f"the conformance kit has no checks for category {category!r}; "
                         f"it checks: {', '.join(SUITES)}")


def check_module(target: object, category: str, config: Mapping[str, object] | None = None, *,
                 reference: object | None = None, dims: Mapping[str, int | float] | None = None,
                 device: str | torch.device = "cpu", tolerances: Tolerances | None = None,
                 registry: Registry | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> CheckReport:
    """Check ``target`` against ``category``'s contract and return one result per property.

    ``target`` is a class, an instance, a registry name or a ``"pkg.module:Class"`` path. A class
    is built with ``config``, then the kit's small dimensions by keyword name (:data:`DEFAULT_DIMS`,
    overridden by ``dims``, or by ``config`` entries of the same names) and the built-in default
    collaborators (SDPA kernel, RoPE, ...); an instance is checked as a private copy, and must
    match those dimensions. ``reference`` (a callable taking the contract method's arguments, or
    an object of the contract) adds a ``matches-reference`` check; for attention kernels it
    replaces the built-in float64 reference. The static signature check runs first; behaviour is
    only checked once the signatures conform. A target that cannot be found or built gives a
    failed report, never a traceback; only an unknown ``category`` raises.

    The module's code (importing it, building it, each property) runs in a worker thread: raising
    SystemExit or KeyboardInterrupt fails that step, and a step taking longer than ``timeout``
    seconds (None: no limit) fails as timed out. A timed-out thread cannot be stopped: it is
    abandoned, still running, and the properties after it are reported as not run. A real Ctrl-C
    still stops the whole check (see :mod:`tttv2.testing.guard`).
    """
    suite = SUITES.get(category)
    if suite is None:
        raise UnknownCategoryError(category)
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))
                                or not 0 < timeout < float("inf")):
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    if reference is not None and category not in ACCEPTS_REFERENCE:
        raise ValueError(f"reference= is not supported for category {category!r} "
                         f"(supported: {', '.join(sorted(ACCEPTS_REFERENCE))})")
    registry = registry if registry is not None else current_registry()
    config = dict(config or {})
    sizes = {**DEFAULT_DIMS, **{k: v for k, v in config.items() if k in DEFAULT_DIMS and isinstance(v, (int, float))},
             **(dims or {})}
    try:
        target_info = call_guarded(lambda: resolve_target(target, category, registry), timeout)
    except (CannotBuild, ModuleEscaped, TimedOut) as exc:
        return CheckReport(_describe(target), category, (PropertyResult("resolve", False, _step_failure(exc)),))
    if target_info.instance is not None and set(config) - set(DEFAULT_DIMS):
        raise ValueError(f"config keys {sorted(set(config) - set(DEFAULT_DIMS))} are constructor arguments, but "
                         f"the target is an instance: pass its class, or build it yourself")
    contract = CONTRACTS[category]
    checked = target_info.instance if target_info.instance is not None else target_info.cls
    problems = check_conformance(checked, contract)
    if problems:
        details = "; ".join(str(p) for p in problems)
        return CheckReport(target_info.label, category, (
            PropertyResult("signature", False, f"does not match {contract.__name__}: {details} "
                                               f"(behaviour not checked until the signatures conform)"),))
    results = [PropertyResult("signature", True, f"matches {contract.__name__}")]
    try:
        torch_device = torch.device(device)
    except RuntimeError as exc:
        return CheckReport(target_info.label, category, (*results, PropertyResult(
            "build", False, f"the kit runs modules on torch devices (cpu, cuda); {str(device)!r} is not one: {exc}")))
    if torch_device.type == "cuda" and not torch.cuda.is_available():
        return CheckReport(target_info.label, category, (*results, PropertyResult(
            "build", False, "CUDA is not available here (this torch build has no CUDA, or no GPU is visible)")))
    try:
        subject = call_guarded(lambda: make_subject(target_info, config, sizes, torch_device), timeout)
    except (CannotBuild, ModuleEscaped, TimedOut) as exc:
        return CheckReport(target_info.label, category, (*results, PropertyResult("build", False,
                                                                                   _step_failure(exc))))
    except Exception as exc:  # the constructor itself failed: that is the finding
        return CheckReport(target_info.label, category, (
            *results, PropertyResult("build", False, f"constructor raised {type(exc).__name__}: {exc}")))
    how = "a copy of the given instance" if subject.is_instance else f"{target_info.cls.__name__}({subject.built_with})"
    results.append(PropertyResult("build", True, f"{how} on {torch_device}"))
    context = Context(subject=subject, dims=sizes, device=torch_device, tolerances=tolerances or Tolerances(),
                      guard=Guard(timeout),
                      reference=reference)
    results += suite(context)
    return CheckReport(target_info.label, category, tuple(results))


def assert_conforms(target: object, category: str, config: Mapping[str, object] | None = None, *,
                    reference: object | None = None, dims: Mapping[str, int | float] | None = None,
                    device: str | torch.device = "cpu", tolerances: Tolerances | None = None,
                    registry: Registry | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> CheckReport:
    """:func:`check_module`, raising AssertionError that lists every failed property; returns the report."""
    report = check_module(target, category, config, reference=reference, dims=dims, device=device,
                          tolerances=tolerances, registry=registry, timeout=timeout)
    if not report.passed:
        failed = "\n".join(f"  - {r.name}: {r.message}" for r in report.failures)
        raise AssertionError(f"{report.target} does not conform to {category!r}:\n{failed}")
    return report


def run_check(target: str, category: str, *, config: Mapping[str, object] | None = None,
              device: str = "cpu", timeout: float | None = DEFAULT_TIMEOUT) -> CheckReport:
    """What ``ttt check TARGET --category C`` runs: a registry name or import path, checked in the current registry."""
    return check_module(target, category, config, device=device, timeout=timeout)


def _step_failure(exc: Exception) -> str:
    if isinstance(exc, ModuleEscaped):
        return f"raised {exc}, which would stop the caller instead of reporting an error"
    return str(exc)


def _describe(target: object) -> str:
    if isinstance(target, str):
        return target
    if isinstance(target, type):
        return f"{target.__module__}:{target.__qualname__}"
    return f"instance of {type(target).__module__}:{type(target).__qualname__}"
