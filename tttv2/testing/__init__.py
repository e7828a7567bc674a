"""Conformance kit: behavioural checks of modules against their category's contract, and comparisons.

    report = check_module(MyNorm, "norm")            # or an instance, a registry name, "pkg.mod:Class"
    assert report.passed, str(report)                 # one PropertyResult per property, with numbers
    assert_conforms("my-kernel", "attention")         # AssertionError listing the failed properties

``check_module`` runs the static signature check (``tttv2.check_conformance``) first, builds a
class with small dimensions by keyword name (:data:`DEFAULT_DIMS`) and built-in collaborators
(:data:`DEFAULT_COLLABORATORS`), then checks the category's behaviour: shapes and dtypes (fp32,
bf16), device, determinism, batch independence, and per category causality and KV-cache decode
(attention layers, blocks), agreement with a float64 reference under every mask convention
(attention kernels), position independence (norm, ffn, embedding, head), the relative-position
property (declared rotaries), cache contents and overflow, sampled id ranges. Tolerances and
their reasons are in :class:`Tolerances`. The module's code runs in a worker thread with a time
limit per step (``timeout=``, :data:`DEFAULT_TIMEOUT` seconds): SystemExit, KeyboardInterrupt or a
hang fail that step instead of ending or stalling the run (:mod:`tttv2.testing.guard`).

``check_family(name)`` (``ttt check-family NAME``) checks a registered checkpoint family against
transformers on the tiny random configs the family declares in ``parity_configs``: logits, greedy
tokens and cached decode from safetensors (and GGUF where it can be written), naming the first
diverging stage on failure (:mod:`tttv2.testing.family_check`).

``compare`` / ``@compare.against`` measure a candidate against a reference (PCC, max and mean
absolute error); ``compare_layers`` finds the first layer where two models (tttv2 or
transformers) disagree; ``run_check`` is what ``ttt check`` calls. The pytest plugin
(:mod:`tttv2.testing.plugin`) offers the same as fixtures: ``tttv2_check``,
``tttv2_assert_conforms``, ``tttv2_compare``.
"""

from __future__ import annotations

from tttv2.testing.check import DEFAULT_TIMEOUT, UnknownCategoryError, assert_conforms, check_module, run_check
from tttv2.testing.compare import Comparer, Comparison, MismatchError, compare, compare_tensors
from tttv2.testing.family_check import FamilyCheckError, check_family, decode_tolerance
from tttv2.testing.family_report import FAMILY_ROW_HEADER, ConfigResult, FamilyReport, ParityCheck
from tttv2.testing.layers import LAYER_ROW_HEADER, LayerComparison, StageComparison, compare_layers
from tttv2.testing.numerics import Tolerance, Tolerances, pearson
from tttv2.testing.reference import reference_attention
from tttv2.testing.report import ROW_HEADER, CheckReport, PropertyResult
from tttv2.testing.subjects import DEFAULT_COLLABORATORS, DEFAULT_DIMS

__all__ = [
    "DEFAULT_COLLABORATORS", "DEFAULT_DIMS", "DEFAULT_TIMEOUT", "FAMILY_ROW_HEADER", "LAYER_ROW_HEADER", "ROW_HEADER",
    "CheckReport", "Comparer", "Comparison", "ConfigResult", "FamilyCheckError", "FamilyReport", "LayerComparison",
    "MismatchError", "ParityCheck", "PropertyResult", "StageComparison", "Tolerance", "Tolerances",
    "UnknownCategoryError", "assert_conforms", "check_family", "check_module", "compare", "compare_layers",
    "compare_tensors", "decode_tolerance", "pearson", "reference_attention", "run_check",
]
