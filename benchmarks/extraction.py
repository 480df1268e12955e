"""Benchmark claim extraction: atomic facts, check-worthiness, throughput (not a test).

    python benchmarks/extraction.py [--eval-dir ../shared/eval] [--limit N] [--show-misses N]

Atomic facts (FActScore and WiCE `decomp.dev.jsonl`): every row goes through the real
extractor path (`claims.segment.split_sentences`, as some rows hold two sentences, then
`claims.extract.sentence_claims`, no article context, so pronouns stay as the annotators kept
them). Predicted and gold facts of a sentence are aligned one-to-one: the
similarity of every pair is rapidfuzz `token_sort_ratio` (0-100, case ignored; punctuation
is NOT stripped, so quotes and a final period stay part of their tokens); a pair can match
when its similarity is at least the threshold (70 by default; 60 and 80 are printed too),
and the matches are the one-to-one assignment with the most such pairs (ties broken by total
similarity), found with the Hungarian algorithm (scipy's `linear_sum_assignment` over weights
1000 + similarity for a pair at the threshold, 0 below it; greedy best-first if scipy is
missing). Sessions 1-6 maximised total similarity over all pairs first and thresholded
afterwards, which can leave a gold fact unmatched although a prediction at 90 is there (a
pair at 60 elsewhere outweighs it); that figure is printed too, as "summed-similarity match".
Precision = matches / predicted facts, recall = matches / gold facts, summed over all
sentences (micro average). The baseline is one claim per sentence (the sentence itself).

`--show-misses N [--offset K]` prints, instead of the figures, N FActScore rows with gold facts
left unmatched at threshold 70 (marked G-) and the predictions left unmatched (P+): the place
to look for recall losses.

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
from claims.segment import split_sentences  # noqa: E402

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


def extract_texts(text: str) -> list[str]:
    """The claims of one row; a row holding two sentences is segmented first, as
    `claims.extract.rules_extractor` segments an article."""
    texts: list[str] = []
    for s, e in split_sentences(text):
        claims = sentence_claims("bench", text[s:e], (s, e), ArticleContext())
        texts += [c.text for c in claims]
    return texts


def similarities(predicted: list[str], gold: list[str]):
    """rapidfuzz `token_sort_ratio` of every (predicted, gold) pair, case ignored."""
    return process.cdist(
        predicted, gold, scorer=fuzz.token_sort_ratio, processor=lambda s: s.lower()
    )


def align_pairs(
    predicted: list[str], gold: list[str], threshold: float
) -> list[tuple[int, int, float]]:
    """The one-to-one assignment with the most pairs at or above `threshold` (ties: the higher
    total similarity), as (predicted index, gold index, similarity) triples of those pairs."""
    if not predicted or not gold:
        return []
    matrix = similarities(predicted, gold)
    weights = (matrix >= threshold) * (1000.0 + matrix)  # a pair below the threshold is worth 0
    try:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(weights, maximize=True)
        pairs = zip(rows, cols, strict=True)
    except ImportError:  # greedy: best remaining pair first
        ranked = sorted(
            ((weights[i, j], i, j) for i in range(len(predicted)) for j in range(len(gold))),
            reverse=True,
        )
        used_p, used_g, pairs = set(), set(), []
        for _, i, j in ranked:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                pairs.append((i, j))
    return [(int(r), int(c), float(matrix[r, c])) for r, c in pairs if matrix[r, c] >= threshold]


def summed_assignment(predicted: list[str], gold: list[str]) -> list[float]:
    """Similarities of the assignment maximising total similarity, thresholded afterwards:
    the alignment of sessions 1-6, printed beside the new one for comparison."""
    if not predicted or not gold:
        return []
    from scipy.optimize import linear_sum_assignment

    matrix = similarities(predicted, gold)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [float(matrix[r, c]) for r, c in zip(rows, cols, strict=True)]


def show_misses(rows: list[dict], n: int, threshold: int = 70) -> None:
    """Print the sentences with unmatched gold facts (and unmatched predictions), n at most."""
    shown = 0
    for row in rows:
        predicted, gold = extract_texts(row["text"]), row["atomic_claims"]
        pairs = align_pairs(predicted, gold, threshold)
        ok_p = {p for p, _, s in pairs if s >= threshold}
        ok_g = {g for _, g, s in pairs if s >= threshold}
        if len(ok_g) == len(gold):
            continue
        print(f"\n# {row['text']}")
        for j, fact in enumerate(gold):
            print(f"  {'  ' if j in ok_g else 'G-'} {fact}")
        for i, fact in enumerate(predicted):
            print(f"  {'  ' if i in ok_p else 'P+'} {fact}")
        shown += 1
        if shown >= n:
            break


def atomic_scores(
    rows: list[dict], split, summed: bool = False
) -> dict[int, tuple[float, float, int, int]]:
    n_pred = n_gold = 0
    matched = dict.fromkeys(THRESHOLDS, 0)
    for row in rows:
        predicted, gold = split(row["text"]), row["atomic_claims"]
        n_pred += len(predicted)
        n_gold += len(gold)
        if summed:
            scores = summed_assignment(predicted, gold)
            for t in THRESHOLDS:
                matched[t] += sum(s >= t for s in scores)
        else:
            for t in THRESHOLDS:
                matched[t] += len(align_pairs(predicted, gold, t))
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
        summed = atomic_scores(rows, extract_texts, summed=True)
        print(f"\n{name} atomic facts ({len(rows)} sentences, {ours[70][3]} gold facts)")
        print(f"  {'extractor':<34}{'threshold':>10}{'precision':>11}{'recall':>9}{'facts':>8}")
        results = (
            ("rules", ours),
            ("one claim per sentence", base),
            ("rules, summed-similarity match", summed),
        )
        for label, result in results:
            for t in THRESHOLDS:
                p, r, n_pred, _ = result[t]
                print(f"  {label:<34}{t:>10}{p:>11.3f}{r:>9.3f}{n_pred:>8}")


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
    parser.add_argument(
        "--show-misses",
        type=int,
        default=0,
        metavar="N",
        help="print N FActScore sentences with unmatched gold facts (G-) and predictions (P+)",
    )
    parser.add_argument("--offset", type=int, default=0, help="first row for --show-misses")
    args = parser.parse_args()
    if args.show_misses:
        path = args.eval_dir / "factscore" / "decomp.dev.jsonl"
        show_misses(read_jsonl(path)[args.offset :], args.show_misses)
        return 0
    if not args.eval_dir.is_dir():
        print(f"evaluation data not found at {args.eval_dir}: nothing to benchmark, skipped")
        return 0
    bench_atomic(args.eval_dir, args.limit)
    bench_checkworthy(args.eval_dir, args.limit)
    bench_throughput(args.eval_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
