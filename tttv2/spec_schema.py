"""A JSON Schema for whole spec files, built from the registry, so editors autocomplete and check YAML specs."""

from __future__ import annotations

import typing

import attrs

from tttv2.protocols import cache_request
from tttv2.registry import Registry, current_registry
from tttv2.schema import ConfigSchema, json_schema
from tttv2.spec import SLOT_CATEGORIES, Dimensions

PROVIDED_BY_SPEC = frozenset({f.name for f in attrs.fields(Dimensions)}
                             | set(cache_request(batch_size=1, capacity=1, windows=())))
"""Config keys a spec file may leave out: the model's dimensions and a cache's request sizes fill them."""


def spec_json_schema(registry: Registry | None = None) -> dict[str, object]:
    """Schema of a spec file: dims, one module reference per slot (names and configs from the registry), layers."""
    registry = registry or current_registry()
    slots = {slot: _slot_schema(category, registry) for slot, category in SLOT_CATEGORIES.items()}
    patches = {slot: {"anyOf": [schema, {"type": "object", "properties": {"config": {"type": "object"}},
                                         "additionalProperties": False}]} for slot, schema in slots.items()}
    hints = typing.get_type_hints(Dimensions)
    dims = {field.name: {"type": "integer" if hints[field.name] is int else "number", "exclusiveMinimum": 0}
            for field in attrs.fields(Dimensions)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "tttv2 model spec",
        "type": "object",
        "additionalProperties": False,
        "required": ["dims"],
        "properties": {
            "name": {"type": "string"},
            "architecture": {"type": "string"},
            "dims": {"type": "object", "properties": dims, "additionalProperties": False,
                     "required": [f.name for f in attrs.fields(Dimensions) if f.default is attrs.NOTHING]},
            "modules": {"type": "object", "properties": slots, "additionalProperties": False},
            "layers": {"type": "array", "items": {
                "type": "object", "required": ["select"], "additionalProperties": False,
                "properties": {"select": {"type": ["string", "integer"],
                                          "description": 'a layer "3", a range "2:5", a pattern "5::6", a list "0,7"'},
                               **patches}}},
        },
    }


def _config_schema(schema: ConfigSchema) -> dict[str, object]:
    """A module's config schema where keys the model's dimensions (or a cache request) fill are optional."""
    exported = json_schema(schema)
    required = exported.get("required")
    if isinstance(required, list):
        exported["required"] = [key for key in required if key not in PROVIDED_BY_SPEC]
    return exported


def _slot_schema(category: str, registry: Registry) -> dict[str, object]:
    modules = registry.list_modules(category=category)
    names = sorted({name for m in modules for name in (m.name, *m.aliases)})
    by_module = [
        {"type": "object", "additionalProperties": False, "required": ["module"],
         "properties": {"module": {"enum": [m.name, *m.aliases]}, "config": _config_schema(m.schema())}}
        for m in modules
    ]
    import_path = {"type": "string", "pattern": r"^[\w.]+:[\w.]+$", "description": "an unregistered class, pkg.mod:Class"}
    free_form = {"type": "object", "required": ["module"], "additionalProperties": False,
                 "properties": {"module": import_path, "config": {"type": "object"}}}
    return {"anyOf": [{"enum": names}, import_path, *by_module, free_form, {"type": "null"}]}
