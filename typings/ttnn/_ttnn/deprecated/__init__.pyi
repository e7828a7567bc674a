"""Deprecated tt_lib bindings"""

from ttnn._ttnn.deprecated import operations as operations
