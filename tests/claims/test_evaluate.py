"""`claimscope eval`: labelled pairs through the pipeline's one-passage path, and the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.errors import ClaimscopeError
from claims.evaluate import (
    detokenise,
    evaluate,
    predict_all,
    read_pairs,
    write_predictions,
)
from claims.model import Status
from claims.verify import VerifySettings

PAIRS = [
    {
        "id": "1",
        "claim": "Kyiv lies 95 miles south of the border with Belarus.",
        "evidence": "Kyiv lies about 90 km south of the border with Belarus.",
        "label": "REFUTES",
    },
    {
        "id": "2",
        "claim": "Kyiv lies 56 miles south of the border with Belarus.",
        "evidence": "Kyiv lies about 90 km south of the border with Belarus.",
        "label": "SUPPORTS",
    },
    {
        "id": "3",
        "claim": "The Dnipro flows into the Black Sea.",
        "evidence": "Kyiv lies about 90 km south of the border with Belarus.",
        "label": "NOT_ENOUGH_INFO",
    },
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pairs_are_judged_and_scored(tmp_path: Path) -> None:
    pairs = list(read_pairs(write_jsonl(tmp_path / "pairs.jsonl", PAIRS)))
    predictions = predict_all(pairs, VerifySettings())
    assert [p.status for p in predictions] == [
        Status.REFUTED,
        Status.SUPPORTED,
        Status.NOT_ENOUGH_EVIDENCE,
    ]
    report = evaluate([p.gold for p in pairs], [p.status for p in predictions])
    assert report.accuracy == 1.0 and report.macro_f1 == 1.0
    out = tmp_path / "pred.jsonl"
    write_predictions(predictions, out)
    first = json.loads(out.read_text().splitlines()[0])
    assert set(first) == {"id", "status", "score", "reason"} and first["status"] == "refuted"


def test_metrics_and_confusion() -> None:
    sup, ref, nee = Status.SUPPORTED, Status.REFUTED, Status.NOT_ENOUGH_EVIDENCE
    report = evaluate([sup, sup, ref, ref], [sup, nee, ref, sup])
    assert report.accuracy == 0.5
    assert report.per_label[ref].precision == 1.0 and report.per_label[ref].recall == 0.5
    assert report.per_label[sup].precision == 0.5
    assert report.confusion[sup][nee] == 1


def test_a_bad_line_names_the_line_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "claim": "x"}\n', encoding="utf-8")
    with pytest.raises(ClaimscopeError, match=r"bad\.jsonl:1"):
        list(read_pairs(path))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"no labelled pairs in .*empty\.jsonl"),
        (b"\n  \n", r"no labelled pairs in .*empty\.jsonl"),
        (b"\x89PNG\r\n\x1a\n\xb9\x00\xff", r"empty\.jsonl: not UTF-8 text"),
        (json.dumps(PAIRS[0]).encode() + b"\n\xb9\xff\n", r"empty\.jsonl: not UTF-8 text"),
    ],
    ids=["empty", "blank lines", "binary", "binary after a good line"],
)
def test_an_empty_or_binary_pairs_file_is_one_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    with pytest.raises(ClaimscopeError, match=message):
        list(read_pairs(path))


def test_fever_tokenisation_is_undone() -> None:
    text = "born June 26 , 1980 -RRB- , Vick 's team"
    assert detokenise(text) == "born June 26, 1980), Vick's team"
