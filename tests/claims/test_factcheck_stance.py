"""A published fact-check decides by its rating, never by word overlap."""

from __future__ import annotations

import pytest

from claims.extract import build_claim
from claims.model import Passage, Stance
from claims.stance import VerifySettings, judge

CLAIM = "Kyiv sits only 95 miles south of the Belarusian border."


def review(text: str, rating: str, hint: str | None) -> Passage:
    return Passage(
        source="factchecks",
        text=text,
        url="https://checker.example/r/1",
        score=0.9,
        publisher="Checker",
        rating=rating,
        stance_hint=hint,
    )


@pytest.mark.parametrize(
    ("rating", "hint", "stance"),
    [
        ("False", "refutes", Stance.REFUTES),
        ("Mostly true", "supports", Stance.SUPPORTS),
        ("Needs context", "neutral", Stance.NEUTRAL),  # unknown rating: shown, decides nothing
    ],
)
def test_rating_of_the_same_claim_decides(rating, hint, stance):
    claim = build_claim("a" * 64, CLAIM, (0, len(CLAIM)), "event", None)
    evidence = judge(claim, review(CLAIM, rating, hint), VerifySettings())
    assert evidence.stance == stance
    assert f"Checker rated this claim “{rating}”" in evidence.reason


def test_review_of_another_claim_is_neutral():
    claim = build_claim("a" * 64, CLAIM, (0, len(CLAIM)), "event", None)
    other = review("Minsk hosted the 2019 European Games.", "False", "refutes")
    evidence = judge(claim, other, VerifySettings())
    assert evidence.stance == Stance.NEUTRAL
    assert "reviewed a related claim" in evidence.reason or "another subject" in evidence.reason
