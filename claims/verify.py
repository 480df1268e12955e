"""Decide one verdict per claim from the stance of every passage, weighted by source trust.

`judge` (in `claims.stance`) gives each passage's stance; `verdict_for` turns all of a claim's
evidence into one of the five statuses with a confidence and a rationale naming the deciding
evidence; `verify_claims` is what the pipeline calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from claims.model import (
    Claim,
    Evidence,
    Passage,
    SourceResult,
    SourceRun,
    Stance,
    Status,
    Verdict,
)
from claims.stance import VerifySettings, judge

__all__ = ["VerifySettings", "judge", "verdict_for", "verify_claims"]


def verdict_for(
    claim: Claim,
    evidence: Sequence[Evidence],
    trust: Mapping[str, float],
    runs: Iterable[SourceRun],
    settings: VerifySettings,
) -> Verdict:
    """One status for a claim from all its evidence, weighted by each source's trust."""
    runs = list(runs)
    failed = [r for r in runs if r.status == "error"]
    failure_note = "".join(
        f" Source '{r.name}' failed ({r.error}), so its evidence is missing." for r in failed
    )
    if not claim.checkworthy:
        return Verdict(
            claim_id=claim.id,
            status=Status.NOT_CHECKABLE,
            confidence=0.8,
            rationale=f"Not a checkable statement of fact ({claim.not_checkable_reason}).",
        )

    def weight(e: Evidence) -> float:
        return e.score * trust.get(e.source, 1.0)

    ranked = sorted(evidence, key=weight, reverse=True)
    supports = [e for e in ranked if e.stance == Stance.SUPPORTS and weight(e) >= settings.credible]
    refutes = [e for e in ranked if e.stance == Stance.REFUTES and weight(e) >= settings.credible]
    kept = tuple(
        (supports + refutes + [e for e in ranked if e not in supports + refutes])[
            : settings.max_evidence
        ]
    )

    if supports and refutes:
        s, r = supports[0], refutes[0]
        return Verdict(
            claim_id=claim.id,
            status=Status.CONFLICTING,
            confidence=round(min(weight(s), weight(r)), 3),
            evidence=kept,
            rationale=(
                f"Credible sources disagree: '{s.source}' supports it ({s.reason}) and "
                f"'{r.source}' refutes it ({r.reason}).{failure_note}"
            ),
        )
    if refutes:
        r = refutes[0]
        return Verdict(
            claim_id=claim.id,
            status=Status.REFUTED,
            confidence=round(weight(r), 3),
            evidence=kept,
            rationale=f"Refuted by '{r.source}': {r.reason}.{failure_note}",
        )
    if supports:
        s = supports[0]
        return Verdict(
            claim_id=claim.id,
            status=Status.SUPPORTED,
            confidence=round(weight(s), 3),
            evidence=kept,
            rationale=f"Supported by '{s.source}': {s.reason}.{failure_note}",
        )
    if not runs:
        reason = "No sources are configured."
    elif len(failed) == len(runs):
        reason = "Every source that could answer failed."
    elif weak := [e for e in ranked if e.stance != Stance.NEUTRAL]:
        best = weak[0]
        reason = (
            f"The best evidence, from '{best.source}', {best.stance.value[:-1]}s it but is too "
            f"weak to decide: similarity {best.score:.2f} x trust "
            f"{trust.get(best.source, 1.0):.2f} = {weight(best):.2f}, below the "
            f"{settings.credible:.2f} needed ({best.reason})."
        )
    elif ranked:
        best = ranked[0]
        reason = (
            f"No reference statement states this claim; the closest, from '{best.source}' "
            f"(similarity {best.score:.2f}), {best.reason}."
        )
    else:
        reason = "No source returned anything related."
    best_weight = weight(ranked[0]) if ranked else 0.0
    return Verdict(
        claim_id=claim.id,
        status=Status.NOT_ENOUGH_EVIDENCE,
        confidence=round(max(0.0, 1.0 - best_weight), 3) if runs and not failed else 0.5,
        evidence=kept,
        rationale=reason + failure_note,
    )


def verify_results(
    claims: Sequence[Claim], results: Sequence[SourceResult], settings: VerifySettings
) -> list[Verdict]:
    """Verdicts from what every source found: passages merged per claim, trust per source."""
    passages: dict[str, list[Passage]] = {}
    for result in results:
        for claim_id, found in result.passages.items():
            passages.setdefault(claim_id, []).extend(found)
    trust = {r.run.name: r.run.trust for r in results}
    return verify_claims(claims, passages, trust, [r.run for r in results], settings)


def verify_claims(
    claims: Sequence[Claim],
    passages: Mapping[str, Sequence[Passage]],
    trust: Mapping[str, float],
    runs: Sequence[SourceRun],
    settings: VerifySettings,
) -> list[Verdict]:
    """Judge every passage and decide every claim; one claim's failure never stops the others."""
    verdicts = []
    for claim in claims:
        try:
            evidence = [judge(claim, p, settings) for p in passages.get(claim.id, ())]
            verdicts.append(verdict_for(claim, evidence, trust, runs, settings))
        except Exception as exc:
            verdicts.append(
                Verdict(
                    claim_id=claim.id,
                    status=Status.NOT_ENOUGH_EVIDENCE,
                    confidence=0.0,
                    rationale=f"Checking this claim failed ({type(exc).__name__}: {exc}).",
                )
            )
    return verdicts
