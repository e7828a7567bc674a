"""Time building a 30-layer SmolLM2-sized graph without weights (on meta), against the issue's 'well under a second'."""

from __future__ import annotations

import statistics
import time

from tttv2 import ModelSpec, build_model
from tttv2.spec import Dimensions


def main() -> None:
    dims = Dimensions(vocab_size=49152, hidden_dim=576, num_layers=30, num_heads=9, num_kv_heads=3, head_dim=64,
                      intermediate_dim=1536, max_seq_len=8192, eps=1e-5, rope_theta=100000.0)
    spec = ModelSpec.create(dims=dims, modules={"head": "tied-head"})
    build_model(spec, on_meta=True)  # warm imports and caches
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        build_model(spec, on_meta=True)
        timings.append(time.perf_counter() - started)
    validate = []
    for _ in range(5):
        started = time.perf_counter()
        spec.validate()
        validate.append(time.perf_counter() - started)
    print(f"30-layer graph on meta: median {statistics.median(timings) * 1000:.0f} ms "
          f"(min {min(timings) * 1000:.0f} ms) incl. validation; validate() alone median "
          f"{statistics.median(validate) * 1000:.0f} ms; target < 1000 ms")


if __name__ == "__main__":
    main()
