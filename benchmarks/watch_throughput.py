"""Watch-flow throughput: articles per minute, sequential vs concurrent, and Prefect's share.

    python benchmarks/watch_throughput.py [--articles 200] [--concurrency 4]

Generates N distinct articles (the example article with its numbers, dates and order varied)
into a temporary folder and verifies them against the example knowledge base with the watch
flow three ways: in process one at a time, in process with N threads, and as an orchestrated
Prefect flow run (temporary local API, one task run per article). Prefect's share is the
orchestrated wall time minus the in-process wall time at the same concurrency.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "russia-belarus-joint-flight-drills.txt"
KB = ROOT / "examples" / "kb" / "facts.csv"


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    head, _, body = ARTICLE.read_text("utf-8").partition("\n\n")
    paragraphs = body.split("\n\n")
    for i in range(n):
        varied = [
            re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), p)
            for p in paragraphs
        ]
        rng.shuffle(varied)
        (folder / f"article-{i:04d}.txt").write_text(
            f"{head} ({i})\n\n" + "\n\n".join(varied), "utf-8"
        )


def write_config(root: Path, concurrency: int) -> Path:
    config = root / "claimscope.toml"
    config.write_text(
        f'[[sources]]\nname = "example-kb"\ntype = "csv"\npath = "{KB}"\n\n'
        f'[report]\nformats = ["json", "html"]\n\n'
        f'[watch]\nfolders = ["inbox"]\nconcurrency = {concurrency}\n',
        "utf-8",
    )
    return config


def timed_watch(root: Path, concurrency: int, orchestrate: bool, label: str) -> float:
    from flows.watch import run_watch

    config = write_config(root, concurrency)
    out = root / f"out-{label}"
    start = time.perf_counter()
    result = run_watch(str(config), out, orchestrate=orchestrate)
    elapsed = time.perf_counter() - start
    assert result.count("verified") == len(result.articles), "every article must be verified"
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="claimscope-watch-bench-"))
    (root / "inbox").mkdir()
    generate(root / "inbox", args.articles)
    n = args.articles
    rows = [
        ("in process, sequential", timed_watch(root, 1, False, "seq")),
        (
            f"in process, {args.concurrency} threads",
            timed_watch(root, args.concurrency, False, "threads"),
        ),
    ]
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        rows.append(
            (
                f"orchestrated (Prefect), {args.concurrency} workers",
                timed_watch(root, args.concurrency, True, "prefect"),
            )
        )
    print(f"{n} articles, example knowledge base, 2 cores")
    print(f"{'mode':40} {'wall s':>8} {'articles/min':>13}")
    for label, seconds in rows:
        print(f"{label:40} {seconds:8.1f} {60 * n / seconds:13.1f}")
    overhead = rows[2][1] - rows[1][1]
    print(
        f"Prefect's own overhead: {overhead:.1f} s of {rows[2][1]:.1f} s "
        f"({100 * overhead / rows[2][1]:.0f}% of the orchestrated wall time)"
    )


if __name__ == "__main__":
    main()
