"""Runtime contract checks that compare signatures, not just attribute names."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import attrs
from typing_extensions import get_protocol_members

_Param = inspect.Parameter
_POSITIONAL = (_Param.POSITIONAL_ONLY, _Param.POSITIONAL_OR_KEYWORD)


@attrs.frozen
class Problem:
    """One way a class misses its contract: which member, what was expected, what was found."""

    member: str
    expected: str
    found: str

    def __str__(self) -> str:
        return f"{self.member}: expected {self.expected}, found {self.found}"


def check_conformance(target: object, contract: type) -> list[Problem]:
    """Compare ``target`` (a class or instance) with the Protocol ``contract``; [] means it conforms.

    Unlike ``isinstance`` on a runtime-checkable Protocol, this compares each method's parameter
    names, kinds, defaults and arity. Data members are checked on instances, and on classes only
    when the class declares them (an attribute set in ``__init__`` is invisible until then).
    """
    problems: list[Problem] = []
    is_class = isinstance(target, type)
    for name in sorted(get_protocol_members(contract)):
        expected = getattr(contract, name, None)
        if callable(expected) and not isinstance(expected, type):
            problems.extend(_check_method(target, name, expected))
        elif not _has_data_member(target, name, is_class):
            problems.append(Problem(name, "an attribute", "none"))
    return problems


def describe_signature(function: Callable[..., object]) -> str:
    """Render a callable's signature without ``self`` and annotations, e.g. ``(q, k, v, mask=None)``."""
    signature = inspect.signature(function)
    parameters = [p.replace(annotation=_Param.empty) for p in signature.parameters.values()]
    if parameters and parameters[0].name == "self":
        parameters = parameters[1:]
    return str(signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty))


def _has_data_member(target: object, name: str, is_class: bool) -> bool:
    # a class may set the attribute in __init__ (nn.Module parameters do): only instances can be checked
    return is_class or hasattr(target, name)


def _check_method(target: object, name: str, expected: Callable[..., object]) -> list[Problem]:
    found = getattr(target, name, None)
    if found is None:
        return [Problem(name, f"a method {name}{describe_signature(expected)}", "none")]
    if not callable(found):
        return [Problem(name, "a method", f"a non-callable {type(found).__name__}")]
    try:
        found_params = _own_parameters(found, bound=not isinstance(target, type))
    except (TypeError, ValueError):
        return []  # builtins without introspectable signatures: nothing to compare
    expected_params = _own_parameters(expected, bound=False)
    mismatches = _compare(expected_params, found_params)
    if not mismatches:
        return []
    return [
        Problem(
            name,
            f"{name}{describe_signature(expected)}",
            f"{name}{_render(found_params)} ({'; '.join(mismatches)})",
        )
    ]


def _own_parameters(function: Callable[..., object], *, bound: bool) -> list[_Param]:
    parameters = list(inspect.signature(function).parameters.values())
    if not bound and parameters and parameters[0].name in ("self", "cls"):
        parameters = parameters[1:]
    return parameters


def _render(parameters: list[_Param]) -> str:
    stripped = [p.replace(annotation=_Param.empty) for p in parameters]
    return str(inspect.Signature(stripped))


def _compare(expected: list[_Param], found: list[_Param]) -> list[str]:
    """Check that every call the contract allows is also accepted by the implementation."""
    mismatches: list[str] = []
    takes_args = any(p.kind is _Param.VAR_POSITIONAL for p in found)
    takes_kwargs = any(p.kind is _Param.VAR_KEYWORD for p in found)
    found_positional = [p for p in found if p.kind in _POSITIONAL]
    by_name = {p.name: p for p in found if p.kind not in (_Param.VAR_POSITIONAL, _Param.VAR_KEYWORD)}
    used: set[str] = set()
    expected_positional = [p for p in expected if p.kind in _POSITIONAL]
    for index, want in enumerate(expected_positional):
        if index < len(found_positional):
            have = found_positional[index]
            used.add(have.name)
            if want.kind is _Param.POSITIONAL_OR_KEYWORD and have.name != want.name:
                mismatches.append(f"parameter {index + 1} is named {have.name!r}, not {want.name!r}")
            if want.kind is _Param.POSITIONAL_OR_KEYWORD and have.kind is _Param.POSITIONAL_ONLY:
                mismatches.append(f"{have.name!r} is positional-only but callers may pass it by name")
            if want.default is not _Param.empty and have.default is _Param.empty:
                mismatches.append(f"{have.name!r} has no default (callers may omit it)")
        elif not takes_args:
            mismatches.append(f"missing parameter {want.name!r}")
    for want in (p for p in expected if p.kind is _Param.KEYWORD_ONLY):
        have_kw = by_name.get(want.name)
        if have_kw is None or have_kw.kind is _Param.POSITIONAL_ONLY:
            if not takes_kwargs:
                mismatches.append(f"missing keyword parameter {want.name!r}")
            continue
        used.add(have_kw.name)
        if want.default is not _Param.empty and have_kw.default is _Param.empty:
            mismatches.append(f"{want.name!r} has no default (callers may omit it)")
    for have in found:
        if have.name in used or have.kind in (_Param.VAR_POSITIONAL, _Param.VAR_KEYWORD):
            continue
        if have.default is _Param.empty:
            mismatches.append(f"extra required parameter {have.name!r}")
    return mismatches
