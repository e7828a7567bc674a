"""Submodule for experimental operations"""

from ttnn._ttnn.deprecated.operations import primary as primary
