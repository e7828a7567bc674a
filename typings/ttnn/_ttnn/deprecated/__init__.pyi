# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Deprecated tt_lib bindings"""

from ttnn._ttnn.deprecated import operations as operations
