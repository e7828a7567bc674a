# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Primary operations"""
