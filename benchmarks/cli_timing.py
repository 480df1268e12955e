"""Wall time of the README's commands on the example article, and Prefect's share of it.

    python benchmarks/cli_timing.py [--runs 5] [--orchestrated]

Runs each command as a user would (a fresh process each time) and prints the median and range.
`--orchestrated` also times `verify --prefect` with no Prefect API configured (Prefect then
starts an ephemeral server for the run, as DESIGN.md describes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "russia-belarus-joint-flight-drills.txt"
CONFIG = ROOT / "examples" / "claimscope.toml"


def timed(cmd: list[str], runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--orchestrated", action="store_true")
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="claimscope-bench-")
    cli = [sys.executable, "-m", "flows.cli"]
    verify = [*cli, "verify", str(ARTICLE), "--config", str(CONFIG), "--out", out]
    cases = {
        "python startup (baseline)": [sys.executable, "-c", "pass"],
        "import prefect": [sys.executable, "-c", "import prefect"],
        "import flows.pipeline (prefect + stages)": [sys.executable, "-c", "import flows.pipeline"],
        "claimscope extract": [*cli, "extract", str(ARTICLE)],
        "claimscope verify (in process)": verify,
    }
    if args.orchestrated:
        cases["claimscope verify --prefect (ephemeral API)"] = [*verify, "--prefect"]
    print(f"{'command':48} {'median s':>9} {'min s':>7} {'max s':>7}  (n={args.runs})")
    for name, cmd in cases.items():
        times = timed(cmd, args.runs)
        print(f"{name:48} {statistics.median(times):9.2f} {min(times):7.2f} {max(times):7.2f}")


if __name__ == "__main__":
    main()
