"""Aggregation: every passage's stance, weighted by source trust, into one of five statuses."""

from __future__ import annotations

import pytest

from claims.model import Claim, Evidence, SourceRun, Stance, Status
from claims.verify import VerifySettings, verdict_for

SETTINGS = VerifySettings()
CLAIM = Claim(id="c1", text="Kyiv lies 95 miles from the border.", sentence="", span=(0, 1))
OK = [SourceRun(name=n, type="csv", trust=1.0, status="ok") for n in ("kb", "wiki", "blog")]
TRUST = {"kb": 1.0, "wiki": 0.8, "blog": 0.2}


def ev(source: str, stance: Stance, score: float = 0.9, reason: str = "why") -> Evidence:
    return Evidence(source=source, text=f"{source} text", score=score, stance=stance, reason=reason)


S, R, N = Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("evidence", "expected", "named"),
    [
        ([ev("kb", S, reason="states the claim")], Status.SUPPORTED, "states the claim"),
        ([ev("kb", R, reason="the number differs")], Status.REFUTED, "the number differs"),
        ([ev("kb", S), ev("wiki", R, reason="another date")], Status.CONFLICTING, "another date"),
        (
            [ev("kb", N, score=0.4)],
            Status.NOT_ENOUGH_EVIDENCE,
            "the closest, from 'kb' (similarity 0.40)",
        ),
        (
            [ev("kb", S, score=0.4)],
            Status.NOT_ENOUGH_EVIDENCE,
            "too weak to decide: similarity 0.40",
        ),
        ([], Status.NOT_ENOUGH_EVIDENCE, "No source returned anything"),
        # a low-trust source cannot refute on its own, nor make a credible support conflicting
        ([ev("blog", R)], Status.NOT_ENOUGH_EVIDENCE, "blog"),
        ([ev("kb", S), ev("blog", R)], Status.SUPPORTED, "'kb'"),
        # a refutation from a weakly matching passage is not credible either
        ([ev("kb", R, score=0.3)], Status.NOT_ENOUGH_EVIDENCE, "similarity 0.30"),
    ],
)
def test_statuses(evidence: list[Evidence], expected: Status, named: str) -> None:
    verdict = verdict_for(CLAIM, evidence, TRUST, OK, SETTINGS)
    assert verdict.status == expected
    assert named in verdict.rationale
    assert 0.0 <= verdict.confidence <= 1.0


def test_the_deciding_evidence_comes_first() -> None:
    verdict = verdict_for(
        CLAIM, [ev("blog", N, 0.6), ev("wiki", R, 0.7), ev("kb", R, 0.95)], TRUST, OK, SETTINGS
    )
    assert verdict.status == Status.REFUTED
    assert verdict.evidence[0].source == "kb"
    assert "'kb'" in verdict.rationale


def test_failed_sources_are_named() -> None:
    failed = [SourceRun(name="wiki", type="wikipedia", trust=0.8, status="error", error="timeout")]
    verdict = verdict_for(CLAIM, [], TRUST, failed, SETTINGS)
    assert verdict.status == Status.NOT_ENOUGH_EVIDENCE
    assert "failed" in verdict.rationale and "wiki" in verdict.rationale


def test_uncheckable_claims_are_not_judged() -> None:
    hedged = CLAIM.model_copy(update={"checkworthy": False, "not_checkable_reason": "prediction"})
    verdict = verdict_for(hedged, [ev("kb", R)], TRUST, OK, SETTINGS)
    assert verdict.status == Status.NOT_CHECKABLE
