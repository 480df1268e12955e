"""Benchmark claim extraction: atomic facts, check-worthiness, throughput (not a test).

    python benchmarks/extraction.py [--eval-dir ../shared/eval] [--limit N]

Atomic facts (FActScore and WiCE `decomp.dev.jsonl`): every sentence goes through the real
extractor path (`claims.extract.sentence_claims`, no article context, so pronouns stay as the
annotators kept them). Predicted and gold facts of a sentence are aligned one-to-one: the
similarity of every pair is rapidfuzz `token_sort_ratio` (0-100, case and punctuation
ignored), the assignment maximising total similarity is found with the Hungarian algorithm
(scipy's `linear_sum_assignment`; greedy best-first if scipy is missing), and an assigned pair
counts as a match when its similarity is at least the threshold (70 by default; 60 and 80 are
printed too). Precision = matches / predicted facts, recall = matches / gold facts, summed over
all sentences (micro average). The baseline is one claim per sentence (the sentence itself).

Check-worthiness (CLEF 2019 `sentences.dev.jsonl`): average precision of
`claims.checkworthy.checkworthiness_score`, and F1 of the extractor's own `checkworthy` flag
and of the score above its threshold, against the trivial baselines (all check-worthy; a
random score).

Throughput: sentences per second of the whole rules path (decomposition, context, slots) on
the FActScore sentences, in this one process (one core).

Skips with a message and exit status 0 when the evaluation data are not there.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.checkworthy import checkworthiness_score  # noqa: E402
from claims.context import ArticleContext  # noqa: E402
from claims.extract import sentence_claims  # noqa: E402

DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
THRESHOLDS = (60, 70, 80)


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def extract_texts(sentence: str) -> list[str]:
    claims = sentence_claims("bench", sentence, (0, len(sentence)), ArticleContext())
    return [c.text for c in claims]


def align(predicted: list[str], gold: list[str]) -> list[float]:
    """Similarities of the one-to-one assignment between predicted and gold facts."""
    if not predicted or not gold:
        return []
    matrix = process.cdist(
        predicted, gold, scorer=fuzz.token_sort_ratio, processor=lambda s: s.lower()
    )
    try:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(matrix, maximize=True)
        return [float(matrix[r, c]) for r, c in zip(rows, cols, strict=True)]
    except ImportError:  # greedy: best remaining pair first
        pairs = sorted(
            ((matrix[i, j], i, j) for i in range(len(predicted)) for j in range(len(gold))),
            reverse=True,
        )
        used_p, used_g, scores = set(), set(), []
        for s, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                scores.append(float(s))
        return scores


def atomic_scores(rows: list[dict], split) -> dict[int, tuple[float, float, int, int]]:
    n_pred = n_gold = 0
    matched = dict.fromkeys(THRESHOLDS, 0)
    for row in rows:
        predicted, gold = split(row["text"]), row["atomic_claims"]
        n_pred += len(predicted)
        n_gold += len(gold)
        for s in align(predicted, gold):
            for t in THRESHOLDS:
                matched[t] += s >= t
    return {
        t: (matched[t] / max(n_pred, 1), matched[t] / max(n_gold, 1), n_pred, n_gold)
        for t in THRESHOLDS
    }


def average_precision(scores: list[float], labels: list[bool]) -> float:
    ranked = sorted(zip(scores, labels, strict=True), key=lambda x: -x[0])
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(ranked, 1):
        if label:
            hits += 1
            total += hits / rank
    return total / max(sum(labels), 1)


def f1(predicted: list[bool], labels: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(predicted, labels, strict=True))
    precision = tp / max(sum(predicted), 1)
    recall = tp / max(sum(labels), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def bench_atomic(eval_dir: Path, limit: int | None) -> None:
    for name in ("factscore", "wice"):
        path = eval_dir / name / "decomp.dev.jsonl"
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        rows = read_jsonl(path, limit)
        ours = atomic_scores(rows, extract_texts)
        base = atomic_scores(rows, lambda s: [s])
        print(f"\n{name} atomic facts ({len(rows)} sentences, {ours[70][3]} gold facts)")
        print(f"  {'extractor':<28}{'threshold':>10}{'precision':>11}{'recall':>9}{'facts':>8}")
        for label, result in (("rules", ours), ("one claim per sentence", base)):
            for t in THRESHOLDS:
                p, r, n_pred, _ = result[t]
                print(f"  {label:<28}{t:>10}{p:>11.3f}{r:>9.3f}{n_pred:>8}")


def bench_checkworthy(eval_dir: Path, limit: int | None) -> None:
    path = eval_dir / "clef2019_checkworthy" / "sentences.dev.jsonl"
    if not path.exists():
        print(f"check-worthiness: {path} not found, skipped")
        return
    rows = read_jsonl(path, limit)
    labels = [bool(r["checkworthy"]) for r in rows]
    scores = [checkworthiness_score(r["text"]) for r in rows]
    flags = []
    for r in rows:
        claims = sentence_claims("bench", r["text"], (0, len(r["text"])), ArticleContext())
        flags.append(any(c.checkworthy and c.kind != "attribution" for c in claims))
    rng = random.Random(0)
    random_scores = [rng.random() for _ in rows]
    print(f"\nCLEF 2019 check-worthiness ({len(rows)} sentences, {sum(labels)} check-worthy)")
    print(f"  {'method':<40}{'AP':>7}{'P':>8}{'R':>8}{'F1':>8}")
    ap = average_precision(scores, labels)
    p, r, f = f1([s >= 2.0 for s in scores], labels)
    print(f"  {'checkworthiness_score (>= 2 for F1)':<40}{ap:>7.3f}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = f1(flags, labels)
    print(f"  {'extractor checkworthy flag':<40}{'-':>7}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = f1([True] * len(rows), labels)
    ap_all = average_precision([0.0] * len(rows), labels)
    print(f"  {'baseline: all check-worthy':<40}{ap_all:>7.3f}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    ap_rand = average_precision(random_scores, labels)
    p, r, f = f1([s >= 0.5 for s in random_scores], labels)
    print(f"  {'baseline: random score (>= 0.5)':<40}{ap_rand:>7.3f}{p:>8.3f}{r:>8.3f}{f:>8.3f}")


def bench_throughput(eval_dir: Path) -> None:
    path = eval_dir / "factscore" / "decomp.dev.jsonl"
    if not path.exists():
        return
    sentences = [r["text"] for r in read_jsonl(path)]
    context = ArticleContext()
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 3.0 or rounds == 0:
        for i, s in enumerate(sentences):
            sentence_claims("bench", s, (i, i + len(s)), context)
        rounds += 1
    elapsed = time.perf_counter() - started
    rate = rounds * len(sentences) / elapsed
    print(f"\nthroughput: {rate:,.0f} sentences/s on one core ({rounds} x {len(sentences)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--limit", type=int, default=None, help="rows per file, for a quick run")
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        print(f"evaluation data not found at {args.eval_dir}: nothing to benchmark, skipped")
        return 0
    bench_atomic(args.eval_dir, args.limit)
    bench_checkworthy(args.eval_dir, args.limit)
    bench_throughput(args.eval_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
