# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Submodule for experimental operations"""

from ttnn._ttnn.deprecated.operations import primary as primary
