"""Verdict quality on the dev sets of ../shared/eval, beside trivial baselines.

Runs exactly what `claimscope eval PAIRS.jsonl` runs (claims.evaluate) on each set and prints
accuracy, macro-F1 and `refuted` precision for claimscope, for always answering the most common
label, and for rapidfuzz `token_set_ratio >= 70 -> supported, else not_enough_evidence`.
On sets labelled only SUPPORTS / REFUTES a not_enough_evidence answer counts as wrong: the
pipeline is scored as it runs, with no special reading of two-way files.

    python benchmarks/verdicts.py [--config claimscope.toml] [--limit N] [--halves N]

`--halves N` also prints, per set, the spread of accuracy and macro-F1 over N random halves of
the dev split: how far a kept-aside half of the same size may land from the dev figure by
chance alone.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
SETS = [
    "fever_symmetric",
    "vitaminc_real",
    "vitaminc_synthetic",
    "fever_adversarial",
    "climate_fever",
]
TARGETS = {
    "fever_symmetric": "acc >= 0.70",
    "vitaminc_synthetic": "acc >= 0.70",
    "vitaminc_real": "macro-F1 >= 0.55",
    "climate_fever": "macro-F1 >= 0.45",
    "fever_adversarial": "-",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="take [verify] settings from this claimscope.toml")
    parser.add_argument("--limit", type=int, help="first N pairs of each set (quick runs)")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--halves", type=int, default=0, help="random halves to score")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"No evaluation data at {EVAL}: nothing to measure (see ../shared/eval/README.md).")
        return 0

    from rapidfuzz import fuzz

    from claims.evaluate import evaluate, predict_all, read_pairs
    from claims.model import Status
    from flows.config import load_config

    settings = load_config(args.config).settings.verify
    rows, spreads = [], []
    for name in args.sets.split(","):
        path = EVAL / name / "pairs.dev.jsonl"
        if not path.is_file():
            print(f"skipping {name}: {path} not found")
            continue
        pairs = list(read_pairs(path))[: args.limit]
        golds = [p.gold for p in pairs]
        started = time.perf_counter()
        predicted = [p.status for p in predict_all(pairs, settings)]
        ours = evaluate(golds, predicted)
        seconds = time.perf_counter() - started
        majority = Counter(golds).most_common(1)[0][0]
        always = evaluate(golds, [majority] * len(golds))
        overlap = evaluate(
            golds,
            [
                Status.SUPPORTED
                if fuzz.token_set_ratio(p.claim, p.evidence) >= 70
                else Status.NOT_ENOUGH_EVIDENCE
                for p in pairs
            ],
        )
        refuted = ours.per_label.get(Status.REFUTED)
        rows.append(
            f"| {name} | {len(pairs):,} | **{ours.accuracy:.3f}** | **{ours.macro_f1:.3f}** | "
            f"{refuted.precision:.3f} / {refuted.recall:.3f} | "
            f"{always.accuracy:.3f} / {always.macro_f1:.3f} | "
            f"{overlap.accuracy:.3f} / {overlap.macro_f1:.3f} | {TARGETS.get(name, '-')} | "
            f"{seconds / len(pairs) * 1000:.2f} ms |"
            if refuted
            else f"| {name} | {len(pairs):,} | {ours.accuracy:.3f} | {ours.macro_f1:.3f} | - |"
        )
        print(rows[-1], flush=True)
        if args.halves:
            spreads.append(f"{name}: {spread(golds, predicted, args.halves)}")
    print(
        "\n| set | pairs | accuracy | macro-F1 | refuted precision / recall | "
        "always-majority acc / F1 | token_set>=70 acc / F1 | target | time per pair |"
    )
    print("|" + "---|" * 9)
    print("\n".join(rows))
    if spreads:
        print(f"\nover {args.halves} random halves of each dev split (seed 0):")
        print("\n".join(spreads))
    return 0


def spread(golds: list, predicted: list, halves: int) -> str:
    """Accuracy and macro-F1 over random halves: mean, standard deviation, lowest, highest."""
    from claims.evaluate import evaluate

    pairs = list(zip(golds, predicted, strict=True))
    rng = random.Random(0)
    scores = []
    for _ in range(halves):
        half = rng.sample(pairs, len(pairs) // 2)
        report = evaluate([g for g, _ in half], [p for _, p in half])
        scores.append((report.accuracy, report.macro_f1))
    parts = []
    for label, values in (
        ("accuracy", [a for a, _ in scores]),
        ("macro-F1", [f for _, f in scores]),
    ):
        parts.append(
            f"{label} mean {statistics.mean(values):.3f} sd {statistics.stdev(values):.3f} "
            f"range {min(values):.3f}-{max(values):.3f}"
        )
    return "; ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
