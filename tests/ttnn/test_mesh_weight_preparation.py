"""SmolLM2's layer-0 weights sharded over 3 chips of a mock T3K with real ttnn: shapes, dtypes, bounded error.

Needs ttnn and torch in one interpreter (CPython 3.12 here: ``python tools/ttnn_host_check.py``); skips
elsewhere with the reason. The check runs in its own process (``mesh_shards.py``) because ttnn reads the mock
cluster descriptor once per process and the other host checks use the one-chip n150's. No device is opened:
the mapper is built from the mesh shape, as ``shard_tensor_to_mesh_mapper`` builds it from a mesh device.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tttv2.errors import CheckpointError
from tttv2.shipped import resolve_checkpoint

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ttnn") is None,
    reason="ttnn is not installed (wheels exist for CPython 3.10 and 3.12 only): run `python tools/ttnn_host_check.py`")

HERE = Path(__file__).parent
T3K = HERE / "mock_cluster" / "wormhole_t3k.yaml"
REPORTED = ("cluster ", "refused ", "ok ", "FAIL")  # the lines mesh_shards.py prints
CHIPS = 3  # SmolLM2's 9 heads and 1536 FFN features split over 1 or 3 chips: 3 of the T3K's 8


def test_smollm2_layer0_shards_over_three_chips_of_a_mock_t3k(tmp_path: Path) -> None:
    try:
        resolve_checkpoint("smollm2-135m")
    except CheckpointError as exc:
        pytest.skip(f"the SmolLM2 checkpoint is not installed: {exc}")
    env = {k: v for k, v in os.environ.items() if k != "TT_METAL_MOCK_CLUSTER_DESC_PATH"}
    done = subprocess.run([sys.executable, str(HERE / "mesh_shards.py"), str(T3K), str(CHIPS)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)  # ttnn writes generated/fabric/ there
    lines = [line for line in done.stdout.splitlines() if line.startswith(REPORTED)]  # ttnn logs to stdout too
    assert done.returncode == 0, "\n".join(lines[-5:]) + done.stderr[-2000:]
    assert lines[0] == "cluster ClusterType.T3K, 8 chips, system mesh (2, 4)"
    assert lines[1].startswith("refused as is: the mesh is 2x4")
    assert sum(line.startswith("ok ") for line in lines) == 10  # 5 split weights x (bfloat16, bfloat8_b)
