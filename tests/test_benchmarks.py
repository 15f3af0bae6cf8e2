"""Each benchmark script runs end to end in its --quick mode (no timings are checked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        pytest.param(
            ["parse_throughput.py"], {"routes", "cores", "checks"}, id="parse"
        ),
        pytest.param(["scaling.py"], {"points", "fit"}, id="scaling"),
        pytest.param(["build_scaling.py"], {"points", "fit"}, id="build-scaling"),
        pytest.param(["build_memory.py"], {"runs", "checks"}, id="build-memory"),
        pytest.param(
            ["build_memory.py", "--stream"],
            {"runs", "checks"},
            id="build-memory-stream",
        ),
    ],
)
def test_benchmark_runs_quick(args, keys, tmp_path):
    """The script exits 0 and writes its results file with the machine it ran on."""
    env = {**os.environ, "REGWATCH_BENCH_RESULTS": str(tmp_path)}

    subprocess.run(  # noqa: S603  (our own scripts, run by this interpreter)
        [sys.executable, str(BENCHMARKS / args[0]), *args[1:], "--quick"],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    (result,) = tmp_path.glob("*.quick.json")
    data = json.loads(result.read_text(encoding="utf-8"))

    assert keys | {"machine"} <= set(data)
