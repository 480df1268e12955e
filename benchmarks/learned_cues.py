"""Would a model trained on the dev pairs decide what the rules leave open? Measured, held out.

The rules answer `not_enough_evidence` for many pairs whose passage is related but does not
state the claim word for word. This experiment trains a multinomial logistic regression on
the five pairs sets of ../shared/eval to decide those pairs, and scores it on pairs it was not
fitted on: five folds over the pairs' groups (one group holds one claim's or one revision's
pairs), each set weighing the same. The rules keep every pair they decided, every passage about
another subject or person, and every figure or date the passage does not settle; the model
refutes only with probability >= 0.75, a passage with most of the claim's words and no figure
in the claim. Two sets of cues are compared:

- `cues`: the rules' reading (status, score, the kind of reason), rapidfuzz similarities, how
  many of the claim's words, names and figures the passage lacks, negations and bounds;
- `cues+words`: the same, and which of the claim's words the passage lacks, by word.

    pip install scikit-learn
    python benchmarks/learned_cues.py [--limit N]

It prints accuracy, macro-F1, and the precision of `refuted` and of `supported` per set, for
the rules alone and for each model. It is an experiment, not part of the product: see the
README's Performance section for what it showed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process as dp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.verdicts import EVAL, SETS  # noqa: E402

LABELS = {"SUPPORTS": 0, "REFUTES": 1, "NOT_ENOUGH_INFO": 2}
STATUS = {"supported": 0, "refuted": 1}  # anything else: 2
REFUTE_AT, RELATED_AT, MISSING_AT = 0.75, 0.60, 0.40
# reasons of the rules' neutral answers that stay theirs
KEPT = re.compile(
    r"another subject|another person|not its (?:number|date)|reviewed a related claim|"
    r"words, but (?!the passage)"
)
REASON_KINDS = [
    ("states", r"^states the claim"),
    ("below", r"below \d+%"),
    ("predicate", r"of what it says about its subject"),
    ("name", r"but not the name"),
    ("denies", r"denies"),
    ("too_little", r"says too little of the rest"),
]
STOP = set(
    "a an the of in on at to for by with and or is was were are be been as from that this it "
    "its his her their he she they which who whom has have had do did does than then into over "
    "under about after before during also between".split()
)
WORD = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")
NEGATION = re.compile(
    r"\b(not|never|no|n't|nor|none|without|fail(?:ed|s)?|refus\w*|unable|denied|only|yet|"
    r"cancel\w*|lack\w*)\b",
    re.IGNORECASE,
)
BOUND = re.compile(r"\b(more than|less than|under|over|at least|nearly|about|around)\b", re.I)


def cues(claim: str, passage: str, status: str, score: float, reason: str, words: bool):
    claim_words = WORD.findall(claim)
    stems = {w.lower()[:6] for w in WORD.findall(passage)}
    content = [w for w in claim_words if w.lower() not in STOP]
    missing = [w for w in content if w.lower()[:6] not in stems]
    found = {
        f"status={status}": 1.0,
        "score": score,
        "ratio": fuzz.ratio(claim, passage, processor=dp) / 100,
        "partial": fuzz.partial_ratio(claim, passage, processor=dp) / 100,
        "token_set": fuzz.token_set_ratio(claim, passage, processor=dp) / 100,
        "token_sort": fuzz.token_sort_ratio(claim, passage, processor=dp) / 100,
        "missing": len(missing) / 10,
        "missing_share": len(missing) / max(1, len(content)),
        "missing_names": sum(w[0].isupper() for w in missing) / 10,
        "missing_figures": sum(w[0].isdigit() for w in missing) / 10,
        "negation_differs": float(bool(NEGATION.search(claim)) != bool(NEGATION.search(passage))),
    }
    kind = next((k for k, pattern in REASON_KINDS if re.search(pattern, reason)), "other")
    found[f"reason={kind}"] = 1.0
    found.update({f"passage_says={m.lower()}": 1.0 for m in NEGATION.findall(passage)})
    found.update({f"claim_bound={m.lower()}": 1.0 for m in BOUND.findall(claim)})
    if words:
        found.update({f"lacks={w.lower()}": 1.0 for w in missing})
    return found


def decide(probs, rule: int, row: dict, cue: dict) -> int:
    """The rules' answer where they decided; else the model's, refuting only on strict terms."""
    if rule != 2 or KEPT.search(row["reason"]):
        return rule
    supports, refutes, neutral = probs
    if (
        refutes >= max(supports, neutral, REFUTE_AT)
        and cue["token_set"] >= RELATED_AT
        and cue["missing_share"] <= MISSING_AT
        and not re.search(r"\d", row["claim"])
    ):
        return 1
    return 0 if supports > neutral else 2


def table(rows, predicted, name: str) -> None:
    from sklearn.metrics import accuracy_score, f1_score, precision_score

    cells = []
    for s in SETS:
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        gold, pred = [rows[i]["label"] for i in idx], [predicted[i] for i in idx]

        def precision(label, gold=gold, pred=pred):
            return precision_score(gold, pred, labels=[label], average="macro", zero_division=0)

        f1 = f1_score(gold, pred, average="macro", labels=sorted(set(gold)))
        cells.append(
            f"{accuracy_score(gold, pred):.3f} / {f1:.3f} / {precision(1):.3f} / {precision(0):.3f}"
        )
    print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="first N pairs of each set (quick runs)")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"No evaluation data at {EVAL}: nothing to measure (see ../shared/eval/README.md).")
        return 0
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("This experiment needs scikit-learn: pip install scikit-learn")
        return 2
    from claims.evaluate import LABEL_TO_STATUS, LabelledPair, detokenise, predict
    from claims.verify import VerifySettings

    started = time.perf_counter()
    settings, rows = VerifySettings(), []
    for s in SETS:
        with (EVAL / s / "pairs.dev.jsonl").open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if args.limit and n >= args.limit:
                    break
                raw = json.loads(line)
                claim, evidence = detokenise(raw["claim"]), detokenise(raw["evidence"])
                pair = LabelledPair(raw["id"], claim, evidence, LABEL_TO_STATUS[raw["label"]])
                got = predict(pair, settings)
                rows.append(
                    {
                        "set": s,
                        "group": f"{s}:{raw.get('group') or raw['id']}",
                        "claim": claim,
                        "evidence": evidence,
                        "label": LABELS[raw["label"]],
                        "rule": STATUS.get(got.status.value, 2),
                        "status": got.status.value,
                        "score": got.score,
                        "reason": got.reason,
                    }
                )
    print(f"{len(rows):,} pairs judged by the rules in {time.perf_counter() - started:.0f} s\n")
    labels = [r["label"] for r in rows]
    per_set = Counter(r["set"] for r in rows)
    weights = [len(rows) / len(per_set) / per_set[r["set"]] for r in rows]
    groups = [r["group"] for r in rows]

    print(
        "Held out (5 folds by group): accuracy / macro-F1 / refuted precision / supported "
        "precision\n"
    )
    print("| answers | " + " | ".join(SETS) + " |")
    print("|---" * (len(SETS) + 1) + "|")
    table(rows, [r["rule"] for r in rows], "rules alone")
    for name, words in (("rules + model on cues", False), ("rules + model on cues+words", True)):
        found = [
            cues(r["claim"], r["evidence"], r["status"], r["score"], r["reason"], words)
            for r in rows
        ]
        predicted = [2] * len(rows)
        for train, test in GroupKFold(5).split(rows, labels, groups):
            in_groups = Counter(n for n, _ in {(n, groups[i]) for i in train for n in found[i]})
            vocabulary = DictVectorizer().fit([{n: 1 for n, c in in_groups.items() if c >= 10}])
            model = LogisticRegression(C=0.3, max_iter=5000)
            model.fit(
                vocabulary.transform([found[i] for i in train]),
                [labels[i] for i in train],
                sample_weight=[weights[i] for i in train],
            )
            probs = model.predict_proba(vocabulary.transform([found[i] for i in test]))
            for i, p in zip(test, probs, strict=True):
                predicted[i] = decide(p, rows[i]["rule"], rows[i], found[i])
        table(rows, predicted, name)
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
