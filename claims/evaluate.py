"""Measure verdicts on labelled claim/evidence pairs (the pairs format of FEVER-style data).

Each pair goes through exactly the pipeline's path for one evidence passage: the claim is
built by the extractor's `build_claim` (quantities, dates, hedges), the passage is judged by
`judge` and the claim decided by `verify_claims`, as `flows.pipeline` does for every claim.
Dataset labels are mapped to statuses here, never in the data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from claims.errors import ClaimscopeError
from claims.extract import build_claim
from claims.model import Passage, SourceRun, Status
from claims.similarity import score
from claims.verify import VerifySettings, verify_claims

LABEL_TO_STATUS: dict[str, Status] = {
    "SUPPORTS": Status.SUPPORTED,
    "REFUTES": Status.REFUTED,
    "NOT_ENOUGH_INFO": Status.NOT_ENOUGH_EVIDENCE,
    "NOT ENOUGH INFO": Status.NOT_ENOUGH_EVIDENCE,
    "NEI": Status.NOT_ENOUGH_EVIDENCE,
}
EVAL_SOURCE = "eval"


@dataclass(frozen=True)
class LabelledPair:
    id: str
    claim: str
    evidence: str
    gold: Status


@dataclass(frozen=True)
class Prediction:
    id: str
    status: Status
    score: float
    reason: str


@dataclass(frozen=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class EvalReport:
    total: int
    accuracy: float
    macro_f1: float
    per_label: dict[Status, LabelScores]
    confusion: dict[Status, Counter[Status]] = field(default_factory=dict)  # gold -> predicted


def read_pairs(path: Path) -> Iterator[LabelledPair]:
    """Pairs from a JSON Lines file: `id`, `claim`, `evidence`, `label` on every line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ClaimscopeError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    found = 0
    with handle:
        for number, line in _numbered_lines(handle, path):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                label = str(row["label"]).upper()
                gold = LABEL_TO_STATUS.get(label) or Status(label.lower())
                yield LabelledPair(
                    str(row.get("id", number)),
                    detokenise(row["claim"]),
                    detokenise(row["evidence"]),
                    gold,
                )
                found += 1
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
                raise ClaimscopeError(
                    f"{path}:{number}: not a labelled pair ({type(exc).__name__}: {exc})",
                    'each line needs {"id", "claim", "evidence", "label"}, label one of '
                    "SUPPORTS, REFUTES, NOT_ENOUGH_INFO",
                ) from None
    if not found:
        raise ClaimscopeError(
            f"no labelled pairs in {path}",
            'give a JSON Lines file with one {"id", "claim", "evidence", "label"} per line',
        )


def _numbered_lines(handle: TextIO, path: Path) -> Iterator[tuple[int, str]]:
    """The file's lines, numbered from 1; a file that is not UTF-8 text is a user error (the
    reader decodes ahead in blocks, so the error names the file, not a line)."""
    try:
        yield from enumerate(handle, 1)
    except UnicodeDecodeError:
        raise ClaimscopeError(
            f"{path}: not UTF-8 text (a binary file?)",
            "give a UTF-8 JSON Lines file of labelled pairs",
        ) from None


_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_SPLIT_THOUSANDS = re.compile(r"\b(\d{1,3}), (\d{3})\b")


def detokenise(text: str) -> str:
    """Undo FEVER's Penn-Treebank tokens: '10 , 1986 -RRB-' -> '10, 1986)'."""
    for token, char in _PTB_BRACKETS.items():
        text = text.replace(token, char)
    text = text.replace("``", '"').replace("''", '"')
    text = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))
    text = _SPLIT_THOUSANDS.sub(r"\1,\2", text)  # "130 , 000" -> "130,000"
    return re.sub(r"\s+", " ", text).strip()


def predict(pair: LabelledPair, settings: VerifySettings) -> Prediction:
    """The pipeline's verdict for one claim with one evidence passage."""
    claim = build_claim("eval", pair.claim, (0, len(pair.claim)), "event", None)
    # The dataset states the claim as one to check: extraction's check-worthiness filter
    # (hedges, questions) is measured elsewhere, so it must not turn a pair into not_checkable.
    claim = claim.model_copy(update={"checkworthy": True, "not_checkable_reason": None})
    passage = Passage(
        source=EVAL_SOURCE, text=pair.evidence, score=score(pair.claim, pair.evidence)
    )
    run = SourceRun(name=EVAL_SOURCE, type="eval", trust=1.0, status="ok")
    (verdict,) = verify_claims([claim], {claim.id: [passage]}, {EVAL_SOURCE: 1.0}, [run], settings)
    reason = verdict.evidence[0].reason if verdict.evidence else verdict.rationale
    return Prediction(pair.id, verdict.status, verdict.confidence, reason)


def predict_all(pairs: Iterable[LabelledPair], settings: VerifySettings) -> list[Prediction]:
    """Every pair's prediction, with the pipeline's own settings: no special reading of
    two-way files, so the figures are those of `claimscope verify`."""
    return [predict(pair, settings) for pair in pairs]


def evaluate(golds: Sequence[Status], predicted: Sequence[Status]) -> EvalReport:
    """Accuracy, macro-F1 over the gold labels present, per-label scores, confusion matrix."""
    confusion: dict[Status, Counter[Status]] = {}
    for gold, guess in zip(golds, predicted, strict=True):
        confusion.setdefault(gold, Counter())[guess] += 1
    labels = [s for s in Status if s in confusion]
    per_label = {}
    for label in labels:
        tp = confusion[label][label]
        predicted_n = sum(row[label] for row in confusion.values())
        gold_n = sum(confusion[label].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = LabelScores(precision, recall, f1, gold_n)
    total = len(golds)
    correct = sum(confusion[s][s] for s in labels)
    return EvalReport(
        total=total,
        accuracy=correct / total if total else 0.0,
        macro_f1=sum(s.f1 for s in per_label.values()) / len(per_label) if per_label else 0.0,
        per_label=per_label,
        confusion=confusion,
    )


def write_predictions(predictions: Iterable[Prediction], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for p in predictions:
            row = {"id": p.id, "status": p.status.value, "score": p.score, "reason": p.reason}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def format_report(report: EvalReport) -> str:
    """The figures as plain text: summary, per-label table, confusion matrix (gold x predicted)."""
    lines = [
        f"pairs {report.total}   accuracy {report.accuracy:.3f}   macro-F1 {report.macro_f1:.3f}",
        "",
        f"{'label':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}",
    ]
    for label, s in report.per_label.items():
        lines.append(
            f"{label.value:<22}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.support:>7}"
        )
    columns = [
        s
        for s in Status
        if s in report.confusion or any(row[s] for row in report.confusion.values())
    ]
    short = {s: s.value.replace("not_enough_evidence", "nee").replace("not_checkable", "n/c")
             for s in Status}  # fmt: skip
    lines += ["", "confusion (rows gold, columns predicted)"]
    lines.append(f"{'':<22}" + "".join(f"{short[c]:>13}" for c in columns))
    for gold, row in report.confusion.items():
        lines.append(f"{gold.value:<22}" + "".join(f"{row[c]:>13}" for c in columns))
    return "\n".join(lines)
