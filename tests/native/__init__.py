"""Tests of tttv2's C++ kernels."""
