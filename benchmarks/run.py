"""Speed and memory of tttv2 against transformers (and llama.cpp when installed), same machine, same run.

Each engine runs in its own process so peak RSS is its own. Prints a table with ratios to
transformers and the decode roofline: measured memory bandwidth / fp32 weight bytes per token.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUANTIZED_ENGINES = ("tttv2-bf16", "tttv2-int8", "tttv2-int4", "tttv2-gguf", "tttv2-gguf-int4pack")
"""engines.py names: bf16 and the quantized linears, measured like fp32 tttv2 (gguf-int4pack: without the native
kernel, as where no compiler exists)."""
COMPILED_ENGINES = ("tttv2-compiled", "tttv2-compiled-bf16", "tttv2-gguf-compiled", "transformers-bf16")
"""engines.py names: compiled decode (compile time apart; gguf-compiled: the gguf linears and table in the compiled
step), and transformers in bf16 for the bf16 targets."""
SCALING_ENGINES = ("scaling-fp32", "scaling-bf16", "scaling-gguf")
"""engines.py names: decode tok/s per context length and total tok/s per batch size (eager)."""


def run(engine: str, model: str) -> dict[str, float] | None:
    completed = subprocess.run([sys.executable, str(HERE / "engines.py"), engine, "--model", model],
                               capture_output=True, text=True, check=False)
    return result_of(completed, f"{engine} on {model}")


def result_of(completed: subprocess.CompletedProcess[str], what: str) -> dict[str, float] | None:
    """The figures a measuring process printed on its last ``RESULT {json}`` line; None (and why) if it failed."""
    lines = [line for line in completed.stdout.splitlines() if line.startswith("RESULT ")]
    if completed.returncode or not lines:
        print(f"  {what} failed (exit code {completed.returncode}):\n{completed.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(lines[-1][len("RESULT "):])
    return result


def _cpu_description() -> str:
    """The CPU model, core count and L3 size (decode speed depends on how much of the weights L3 holds)."""
    fields = {}
    completed = subprocess.run(["lscpu"], capture_output=True, text=True, check=False)
    for line in completed.stdout.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return (f"{fields.get('Model name', 'unknown')}, {fields.get('CPU(s)', '?')} CPUs, "
            f"L3 {fields.get('L3 cache', 'unknown')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", nargs="+", default=["smollm2-135m", "gemma3-270m"])
    parser.add_argument("--quick", action="store_true", help="Only fp32 tttv2 and transformers (no bf16 or quantized).")
    parser.add_argument("--only", nargs="+", metavar="ENGINE", choices=[*QUANTIZED_ENGINES, *COMPILED_ENGINES],
                        help="Of the bf16, quantized and compiled engines, only these (tttv2 fp32, transformers and "
                             "llama.cpp always run).")
    args = parser.parse_args()
    engines = ["tttv2", "transformers"] + (["llama.cpp"] if importlib.util.find_spec("llama_cpp") else [])
    if not args.quick:
        engines += args.only or [*QUANTIZED_ENGINES, *COMPILED_ENGINES]
    print(f"CPU: {_cpu_description()}")
    bandwidth = (run("bandwidth", "") or {}).get("bandwidth_gb_s", float("nan"))
    print(f"DRAM read bandwidth (sum over 2 GiB): {bandwidth:.1f} GB/s; note that a CPU whose last-level cache "
          "holds a good part of the weights decodes faster than this roofline")
    if "llama.cpp" not in engines:
        print("llama.cpp: not measured; to include it: CMAKE_ARGS=-DGGML_NATIVE=OFF pip install llama-cpp-python "
              "(compiles for 4-10 minutes; the native build crashed in decode on this VM)")
    for model in args.models:
        results = {engine: run(engine, model) for engine in engines}
        print(f"\n{model}")
        print(f"{'engine':<20}{'load s':>8}{'compile s':>11}{'peak RSS MB':>13}{'prefill tok/s':>15}"
              f"{'decode tok/s':>14}")
        for engine, result in results.items():
            if result is not None:
                print(f"{engine:<20}{result['load_s']:>8.2f}{result.get('compile_s', 0.0):>11.1f}"
                      f"{result['peak_rss_mb']:>13.0f}{result['prefill_tok_s']:>15.1f}{result['decode_tok_s']:>14.1f}")
        ours, reference = results.get("tttv2"), results.get("transformers")
        if ours is None or reference is None:
            continue
        weight_mb = ours["weight_bytes"] / 1e6
        roofline = bandwidth * 1e9 / ours["weight_bytes"]
        rows = [
            ("decode vs transformers", ours["decode_tok_s"] / reference["decode_tok_s"], "target >= 1.2x"),
            ("decode vs roofline", ours["decode_tok_s"] / roofline, "target >= 0.90"),
            ("prefill vs transformers", ours["prefill_tok_s"] / reference["prefill_tok_s"], "target >= 1.0x"),
            ("load time / transformers", ours["load_s"] / reference["load_s"], "target <= 0.33"),
            ("peak RSS / fp32 weights", ours["peak_rss_mb"] / weight_mb, "target <= 1.3"),
            ("(peak - import RSS) / weights", (ours["peak_rss_mb"] - ours["baseline_rss_mb"]) / weight_mb,
             f"torch + transformers imports: {ours['baseline_rss_mb']:.0f} MB"),
            ("peak RSS / transformers", ours["peak_rss_mb"] / reference["peak_rss_mb"], "target < 1 (load)"),
        ]
        llama = results.get("llama.cpp")
        if llama is not None:
            rows += [("decode vs llama.cpp", ours["decode_tok_s"] / llama["decode_tok_s"], "its Q4 weights: ~1/6 of the bytes"),
                     ("prefill vs llama.cpp", ours["prefill_tok_s"] / llama["prefill_tok_s"], "")]
        print(f"fp32 weights read per decoded token: {weight_mb:.0f} MB -> roofline {roofline:.1f} tok/s")
        rows += _fast_path_rows(results, ours, reference)
        rows += _compiled_rows(results, reference)
        for label, value, note in rows:
            print(f"  {label:<30}{value:>7.2f}   {note}")
        if not args.quick and not args.only:
            _print_scaling(model)


def _compiled_rows(results: dict[str, dict[str, float] | None],
                   reference: dict[str, float]) -> list[tuple[str, float, str]]:
    """Compiled and bf16 decode against transformers in the same dtype (issue 15's targets)."""
    bf16_reference = results.get("transformers-bf16")
    rows = []
    for engine, against, label, note in (
            ("tttv2-compiled", reference, "compiled fp32 decode vs transformers fp32", "target >= 1.5x"),
            ("tttv2-bf16", bf16_reference, "bf16 decode vs transformers bf16", "target >= 1.5x"),
            ("tttv2-compiled-bf16", bf16_reference, "compiled bf16 decode vs transformers bf16", "target >= 1.5x")):
        result = results.get(engine)
        if result is not None and against is not None:
            rows.append((label, result["decode_tok_s"] / against["decode_tok_s"], note))
    return rows


def _print_scaling(model: str) -> None:
    """How cost grows with the context (batch 1) and with the batch (16-token prompts), eager."""
    print(f"{'how cost grows':<20}{'ctx 128':>9}{'ctx 1k':>9}{'ctx 4k':>9}{'batch 1':>9}{'batch 4':>9}{'batch 16':>9}"
          "   (decode tok/s; batch: total tok/s over the rows)")
    for engine in SCALING_ENGINES:
        result = run(engine, model)
        if result is not None:
            figures = [result[f"context_{n}_decode_tok_s"] for n in (128, 1024, 4096)]
            figures += [result[f"batch_{n}_total_tok_s"] for n in (1, 4, 16)]
            print(f"{engine.removeprefix('scaling-'):<20}" + "".join(f"{value:>9.1f}" for value in figures))


def _fast_path_rows(results: dict[str, dict[str, float] | None], ours: dict[str, float],
                    reference: dict[str, float]) -> list[tuple[str, float, str]]:
    """bf16 and the quantized linears against tttv2 fp32 and transformers fp32, from this run."""
    rows = []
    llama = results.get("llama.cpp")
    for engine in (*QUANTIZED_ENGINES, "tttv2-gguf-compiled"):
        result = results.get(engine)
        if result is None:
            continue
        mode = engine.removeprefix("tttv2-")
        gguf = mode.startswith("gguf")
        if gguf and llama is not None:
            rows.append((f"{mode} decode vs llama.cpp", result["decode_tok_s"] / llama["decode_tok_s"],
                         "target >= 1 (same file)"))
        rows += [(f"{mode} decode vs transformers", result["decode_tok_s"] / reference["decode_tok_s"],
                  "target >= 3x (gguf)" if gguf else "fp32 transformers"),
                 (f"{mode} decode vs tttv2 fp32", result["decode_tok_s"] / ours["decode_tok_s"], ""),
                 (f"{mode} prefill vs tttv2 fp32", result["prefill_tok_s"] / ours["prefill_tok_s"], "target >= 0.8"),
                 (f"{mode} peak RSS / fp32 run", result["peak_rss_mb"] / ours["peak_rss_mb"],
                  "target <= 0.5 (gguf)" if gguf else ""),
                 (f"{mode} load time / fp32", result["load_s"] / ours["load_s"], "target <= 1 (gguf)")]
    return rows


if __name__ == "__main__":
    main()
