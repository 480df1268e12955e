"""Candidate retrieval at scale: a synthetic knowledge base of 10k, 100k and 1M statements.

Each size runs in its own process (so peak memory is that size's): generate statements, build
the on-disk tantivy index (`sources.index`), then for 1,000 claims (planted paraphrases of
statements, a third with a changed number or date) measure retrieval plus rescoring per claim
through `StatementIndex.search`, the top-5 recall of the planted statement, and the same for
brute-force `process.cdist` over the whole base (on a sample of claims for the large sizes).

    python benchmarks/scale.py                 # 10k, 100k, 1M
    python benchmarks/scale.py --sizes 10000   # one size
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLAIMS = 1_000
BRUTE_SAMPLE = {10_000: 200, 100_000: 50, 1_000_000: 20}
SYLLABLES = "ka lo mi ran tel vos dur bel sha nor quin zar pet gol vik mar sen tor lud fen".split()
ROLES = "minister governor director chairman commander mayor ambassador president".split()
VERBS = [("opened", "inaugurated"), ("visited", "went to"), ("signed", "concluded"),
         ("announced", "declared"), ("built", "constructed"), ("closed", "shut down")]  # fmt: skip
THINGS = "bridge factory treaty hospital railway airport museum stadium port school".split()
MONTHS = "January February March April May June July August September October".split()


def word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def statement(rng: random.Random, people: list[str], places: list[str]) -> tuple[str, dict]:
    """One synthetic fact and the slots it was made from (people and places recur: ~20
    statements name each person, so retrieval must tell them apart by what is said)."""
    slots = {
        "who": rng.choice(people),
        "where": rng.choice(places),
        "what": f"{rng.choice(THINGS)}",
        "verb": rng.randrange(len(VERBS)),
        "n": rng.randrange(2, 9000),
        "day": rng.randrange(1, 28),
        "month": rng.randrange(len(MONTHS)),
        "year": rng.randrange(1950, 2024),
        "role": rng.choice(ROLES),
        "org": word(rng).title(),
    }
    return render(slots, paraphrase=False), slots


def render(s: dict, paraphrase: bool) -> str:
    date = f"{MONTHS[s['month']]} {s['day']}, {s['year']}"
    verb = VERBS[s["verb"]][1 if paraphrase else 0]
    if paraphrase:
        return (
            f"On {date}, {s['role']} {s['who']} {verb} the {s['what']} in {s['where']}, "
            f"which employs {s['n']} people."
        )
    return (
        f"{s['who']}, {s['role']} of {s['org']}, {verb} a {s['what']} with {s['n']} workers "
        f"in {s['where']} on {date}."
    )


def planted_claims(slots: list[dict], rng: random.Random) -> list[tuple[int, str]]:
    claims = []
    for target in rng.sample(range(len(slots)), CLAIMS):
        s = dict(slots[target])
        change = rng.random()
        if change < 1 / 6:
            s["n"] = s["n"] * 2 + 7  # a number that disagrees
        elif change < 1 / 3:
            s["year"] = s["year"] + rng.choice((-3, 2, 5))  # a date that disagrees
        claims.append((target, render(s, paraphrase=True)))
    return claims


def run_size(size: int) -> dict:
    import numpy as np
    from rapidfuzz import fuzz, process

    from claims.model import Claim
    from sources.index import file_digest
    from sources.matching import Statement, StatementIndex

    rng = random.Random(size)
    people = [f"{word(rng).title()} {word(rng).title()}" for _ in range(max(size // 20, 10))]
    places = [word(rng, 2).title() for _ in range(max(size // 50, 10))]
    made = [statement(rng, people, places) for _ in range(size)]
    texts = [t for t, _ in made]
    claims = planted_claims([s for _, s in made], rng)
    workdir = Path(tempfile.mkdtemp(prefix="claimscope-scale-"))
    try:
        kb = workdir / "kb.txt"
        kb.write_text("\n".join(texts), encoding="utf-8")
        started = time.perf_counter()
        digest = file_digest([kb])
        index = StatementIndex([Statement(t) for t in texts], mode="memory")  # normalises
        normalise_s = time.perf_counter() - started
        index.root, index.digest = workdir / "index", digest
        build = index.persist()  # writes the tantivy index and switches to it
        started = time.perf_counter()  # a later run: opens the index, reads no statement twice
        StatementIndex(index.statements, mode="disk", root=workdir / "index", digest=digest)
        reopen_s = time.perf_counter() - started
        claim_objs = [
            Claim(id=f"c{i}", text=text, sentence=text, span=(0, len(text)))
            for i, (_, text) in enumerate(claims)
        ]
        started = time.perf_counter()
        found = index.search(claim_objs, "kb", top_k=5, min_score=0.0)
        per_claim_ms = (time.perf_counter() - started) / len(claim_objs) * 1000
        hits = 0
        for claim, (target, _) in zip(claim_objs, claims, strict=True):
            top = [p.text for p in found.get(claim.id, [])]
            hits += texts[target] in top
        sample = claims[: BRUTE_SAMPLE.get(size, 20)]
        from claims.similarity import retrieval_text

        queries = [retrieval_text(c) for _, c in sample]
        started = time.perf_counter()
        matrix = process.cdist(
            queries, index.normalised, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8
        )
        brute_ms = (time.perf_counter() - started) / len(sample) * 1000
        brute_hits = sum(
            target in np.argsort(-row, kind="stable")[:5]
            for row, (target, _) in zip(matrix, sample, strict=True)
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {
        "statements": size,
        "normalise_s": round(normalise_s, 1),
        "index_build_s": round(build.seconds, 2),
        "index_mb": round(build.size_bytes / 1e6, 1),
        "reopen_s": round(reopen_s, 2),
        "search_ms_per_claim": round(per_claim_ms, 2),
        "recall_at_5": round(hits / len(claims), 3),
        "brute_ms_per_claim": round(brute_ms, 1),
        "brute_recall_at_5": round(brute_hits / len(sample), 3),
        "brute_claims": len(sample),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True
        )
        if done.returncode != 0:
            print(f"size {size} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    header = (
        "| statements | normalise | index build | on disk | reopen | search+rescore per claim | "
        "recall@5 | brute-force cdist per claim | brute recall@5 (claims) | peak memory |"
    )
    print("\n" + header + "\n|" + "---|" * 10)
    for r in rows:
        print(
            f"| {r['statements']:,} | {r['normalise_s']} s | {r['index_build_s']} s | "
            f"{r['index_mb']} MB | {r['reopen_s']} s | {r['search_ms_per_claim']} ms | "
            f"{r['recall_at_5']} | "
            f"{r['brute_ms_per_claim']} ms | {r['brute_recall_at_5']} ({r['brute_claims']}) | "
            f"{r['peak_mb']:.0f} MB |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
