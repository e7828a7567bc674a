"""One measurement per process: load, prefill and decode for one engine and model; prints JSON."""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import time

import torch

PREFILL_TOKENS = 512
DECODE_TOKENS = 128


def _prompt_ids(vocab: int, length: int) -> list[int]:
    generator = torch.Generator().manual_seed(0)
    return torch.randint(100, min(vocab, 30000), (length,), generator=generator).tolist()


def measure_tttv2(model: str, quantize: str | None = None, dtype: torch.dtype = torch.float32,
                  compile: bool = False, native: bool = True) -> dict[str, float]:
    import transformers  # noqa: F401  - imported by the tokenizer anyway; counted in the baseline, not the load

    import tttv2
    from tttv2 import native as native_kernels
    from tttv2.generation import SamplingSettings, generate_ids, make_cache, prefill

    if not native:  # gguf as where no C++ compiler exists: torch's int4pack kernel
        os.environ[native_kernels.DISABLE_VARIABLE] = "0"

    baseline = _peak_rss_mb()
    started = time.perf_counter()
    lm = tttv2.load_pretrained(model, quantize=quantize, dtype=dtype, compile=compile)
    load = time.perf_counter() - started
    compile_s = 0.0
    if compile:  # the first decode step compiles (or reads inductor's cache): timed apart from decode
        started = time.perf_counter()
        for _token in generate_ids(lm.model, [[1] * 16], max_new_tokens=2, settings=SamplingSettings()):
            pass
        compile_s = time.perf_counter() - started
    held = [*lm.model.parameters(), *lm.model.buffers()]  # quantized linears keep their codes in buffers
    weights = {t.data_ptr(): t.numel() * t.element_size() for t in held if t.numel()}
    ids = _prompt_ids(lm.spec.dims.vocab_size, PREFILL_TOKENS)
    with torch.inference_mode():
        tokens = torch.tensor([ids])
        positions = torch.arange(PREFILL_TOKENS)[None]
        runs = []
        for _ in range(3):
            cache = make_cache(lm.model, batch_size=1, capacity=PREFILL_TOKENS, device=torch.device("cpu"),
                               dtype=dtype)
            started = time.perf_counter()
            prefill(lm.model, tokens, positions, cache)
            runs.append(time.perf_counter() - started)
            del cache  # else the next run's cache is made while this one is alive: two in the peak
    prefill_rate = PREFILL_TOKENS / min(runs)
    decode_rates = []
    for _ in range(2):
        stats = tttv2.generation.GenerationStats()
        for _token in generate_ids(lm.model, [ids[:16]], max_new_tokens=DECODE_TOKENS, settings=SamplingSettings(),
                                   eos_ids=(), stats=stats):
            pass
        decode_rates.append(stats.decode_tokens_per_second)
    return {"load_s": load, "prefill_tok_s": prefill_rate, "decode_tok_s": max(decode_rates),
            "weight_bytes": float(sum(weights.values())), "peak_rss_mb": _peak_rss_mb(), "baseline_rss_mb": baseline,
            "compile_s": compile_s}


SCALING_CONTEXTS = (128, 1024, 4096)
SCALING_BATCHES = (1, 4, 16)
SCALING_NEW_TOKENS = 32


def measure_scaling(model: str, quantize: str | None = None, dtype: torch.dtype = torch.float32) -> dict[str, float]:
    """How cost grows: decode tok/s after a prompt of each context length, total tok/s per batch size."""
    import tttv2
    from tttv2.generation import GenerationStats, SamplingSettings, generate_ids

    lm = tttv2.load_pretrained(model, quantize=quantize, dtype=dtype)
    result = {}
    for context in SCALING_CONTEXTS:
        stats = GenerationStats()
        ids = _prompt_ids(lm.spec.dims.vocab_size, context)
        for _token in generate_ids(lm.model, [ids], max_new_tokens=SCALING_NEW_TOKENS, settings=SamplingSettings(),
                                   stats=stats):
            pass
        result[f"context_{context}_decode_tok_s"] = stats.decode_tokens_per_second
    words = "the river city museum north capital railway station garden".split()
    for batch in SCALING_BATCHES:  # prompts of different lengths: generate_batch left-pads them
        prompts = [" ".join(words[: 3 + row % 6]) for row in range(batch)]
        lm.generate_batch(prompts, max_new_tokens=SCALING_NEW_TOKENS)
        result[f"batch_{batch}_total_tok_s"] = batch * lm.last_stats.decode_tokens_per_second
    return result


def measure_transformers(model: str, dtype: torch.dtype = torch.float32) -> dict[str, float]:
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging

    from tttv2.shipped import resolve_checkpoint

    logging.disable_progress_bar()
    path = resolve_checkpoint(model)
    baseline = _peak_rss_mb()
    started = time.perf_counter()
    hf = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name, dtype=dtype)
    AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    load = time.perf_counter() - started
    hf.eval()
    ids = _prompt_ids(hf.config.vocab_size, PREFILL_TOKENS)
    with torch.inference_mode():
        tokens = torch.tensor([ids])
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            hf(tokens, use_cache=True, logits_to_keep=1)
            runs.append(time.perf_counter() - started)
        decode_rates = []
        short = torch.tensor([ids[:16]])
        for _ in range(2):
            started = time.perf_counter()
            hf(short, use_cache=False, logits_to_keep=1)
            prefill_time = time.perf_counter() - started
            started = time.perf_counter()
            hf.generate(short, max_new_tokens=DECODE_TOKENS, min_new_tokens=DECODE_TOKENS, do_sample=False)
            total = time.perf_counter() - started
            decode_rates.append((DECODE_TOKENS - 1) / max(total - prefill_time, 1e-9))
    return {"load_s": load, "prefill_tok_s": PREFILL_TOKENS / min(runs), "decode_tok_s": max(decode_rates),
            "peak_rss_mb": _peak_rss_mb(), "baseline_rss_mb": baseline}


def measure_llama_cpp(model: str) -> dict[str, float]:
    from llama_cpp import Llama

    from tttv2.shipped import resolve_checkpoint

    path = resolve_checkpoint(model)
    started = time.perf_counter()
    llm = Llama(model_path=str(path), n_ctx=1024, verbose=False, n_threads=torch.get_num_threads())
    load = time.perf_counter() - started
    ids = _prompt_ids(llm.n_vocab(), PREFILL_TOKENS)
    started = time.perf_counter()
    llm.eval(ids)
    prefill_rate = PREFILL_TOKENS / (time.perf_counter() - started)
    llm.reset()
    llm.eval(ids[:16])
    started = time.perf_counter()
    for _ in range(DECODE_TOKENS):
        token = llm.sample(temp=0.0)
        llm.eval([token])
    return {"load_s": load, "prefill_tok_s": prefill_rate, "decode_tok_s": DECODE_TOKENS / (time.perf_counter() - started),
            "peak_rss_mb": _peak_rss_mb()}


def measure_bandwidth() -> dict[str, float]:
    """Sustained DRAM read bandwidth: sum over a 2 GiB fp32 buffer (far larger than any L3 here), best of 3."""
    buffer = torch.ones(512 * 1024 * 1024)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        buffer.sum()
        best = min(best, time.perf_counter() - started)
    return {"bandwidth_gb_s": buffer.numel() * 4 / best / 1e9}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ENGINES = {"tttv2": measure_tttv2, "transformers": measure_transformers, "llama.cpp": measure_llama_cpp,
           "tttv2-bf16": functools.partial(measure_tttv2, dtype=torch.bfloat16),
           **{f"tttv2-{mode}": functools.partial(measure_tttv2, quantize=mode) for mode in ("int8", "int4", "gguf")},
           "transformers-bf16": functools.partial(measure_transformers, dtype=torch.bfloat16),
           "tttv2-compiled": functools.partial(measure_tttv2, compile=True),
           "tttv2-compiled-bf16": functools.partial(measure_tttv2, dtype=torch.bfloat16, compile=True),
           "tttv2-gguf-compiled": functools.partial(measure_tttv2, quantize="gguf", compile=True),
           "scaling-fp32": measure_scaling, "scaling-bf16": functools.partial(measure_scaling, dtype=torch.bfloat16),
           "scaling-gguf": functools.partial(measure_scaling, quantize="gguf"),
           "tttv2-gguf-int4pack": functools.partial(measure_tttv2, quantize="gguf", native=False)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("engine", choices=[*ENGINES, "bandwidth"])
    parser.add_argument("--model", default="smollm2-135m")
    args = parser.parse_args()
    result = measure_bandwidth() if args.engine == "bandwidth" else ENGINES[args.engine](args.model)
    print("RESULT " + json.dumps(result))


if __name__ == "__main__":
    main()
