"""Judge evidence against claims: the stance of each passage, then one verdict per claim.

Stance (first version): a passage must be about the same fact (similarity at or above
`support_threshold`, with numbers and dates masked); then its slots are compared with the
claim's: quantities after unit conversion (within `number_tolerance`), dates at the precision
both sides state, and negation. Any disagreement refutes; agreement supports; a passage below
the threshold is neutral, never a refutation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from claims.dates import find_dates, to_date
from claims.model import Claim, Evidence, Passage, SourceRun, Stance, Status, Verdict
from claims.quantities import find_quantities, format_si, quantities_agree
from claims.similarity import score

_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|denied|denies|deny|failed to|fails to|has yet to|"
    r"have yet to|had yet to|without|refused to|refuses to|rejected|\w+n['’]t)\b",
    re.IGNORECASE,
)
_APPROXIMATE = re.compile(r"\b(?:dozens|hundreds|thousands|millions) of\b", re.IGNORECASE)


class VerifySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    support_threshold: float = Field(
        0.80, ge=0.0, le=1.0, description="similarity needed before slots are compared"
    )
    number_tolerance: float = Field(
        0.05, ge=0.0, le=1.0, description="relative tolerance for quantities in SI units"
    )
    credible: float = Field(
        0.5, ge=0.0, le=1.0, description="least score x trust for evidence to decide a verdict"
    )
    max_evidence: int = Field(5, ge=1, le=50, description="evidence items kept per claim")


def judge(
    claim: Claim, passage: Passage, settings: VerifySettings, similarity: float | None = None
) -> Evidence:
    """The stance of one passage toward one claim, with a reason a person can read."""
    sim = score(claim.text, passage.text) if similarity is None else similarity

    def evidence(stance: Stance, reason: str) -> Evidence:
        return Evidence(
            source=passage.source,
            text=passage.text,
            url=passage.url,
            published=passage.published,
            score=round(sim, 4),
            stance=stance,
            reason=reason,
        )

    if sim < settings.support_threshold:
        return evidence(
            Stance.NEUTRAL,
            f"similarity {sim:.2f} is below "
            f"{settings.support_threshold:.2f}: not about the same fact",
        )
    agreements: list[str] = []
    for check in (_check_quantities, _check_dates, _check_polarity):
        verdict = check(claim, passage, settings)
        if verdict is None:
            continue
        agrees, detail = verdict
        if not agrees:
            return evidence(Stance.REFUTES, f"same fact (similarity {sim:.2f}) but {detail}")
        agreements.append(detail)
    checked = "; ".join(agreements) if agreements else "no number, date or negation to compare"
    return evidence(Stance.SUPPORTS, f"states the same fact (similarity {sim:.2f}); {checked}")


def _check_quantities(
    claim: Claim, passage: Passage, settings: VerifySettings
) -> tuple[bool, str] | None:
    theirs = find_quantities(
        passage.text, skip=[(d.start, d.end) for d in find_dates(passage.text)]
    )
    compared: list[str] = []
    for ours in claim.quantities:
        if ours.si_value is None:
            continue
        same_unit = [q for q in theirs if q.si_unit == ours.si_unit and q.si_value is not None]
        if not same_unit:
            continue
        approximate = bool(_APPROXIMATE.search(ours.text))
        match = next(
            (
                q
                for q in same_unit
                if _agree(ours.si_value, q.si_value, approximate, settings.number_tolerance)
            ),
            None,
        )
        if match is None:
            q = same_unit[0]
            return False, (
                f"the number differs: claim says {ours.text} "
                f"({format_si(ours.si_value, ours.si_unit)}), source says {q.text} "
                f"({format_si(q.si_value, q.si_unit)})"
            )
        compared.append(f"{ours.text} ≈ {match.text}")
    return (True, "numbers agree: " + ", ".join(compared)) if compared else None


def _agree(ours: float, theirs: float, approximate: bool, tolerance: float) -> bool:
    if approximate:  # "thousands of" is a lower bound of the same order of magnitude
        return ours / 2 <= theirs < ours * 500
    return quantities_agree(ours, theirs, tolerance)


def _check_dates(
    claim: Claim, passage: Passage, settings: VerifySettings
) -> tuple[bool, str] | None:
    reference = to_date(passage.published) or _claim_reference(claim)
    theirs = [d.value for d in find_dates(passage.text, reference)]
    if not theirs or not claim.dates:
        return None
    compared = []
    for ours in claim.dates:
        if not any(_same_date(ours.value, t) for t in theirs):
            return (
                False,
                f"the date differs: claim says {ours.text} ({ours.value}), source says "
                f"{', '.join(theirs)}",
            )
        compared.append(ours.value)
    return True, "dates agree: " + ", ".join(compared)


def _claim_reference(claim: Claim):
    for d in claim.dates:
        if day := to_date(d.value):
            return day
    return None


def _same_date(a: str, b: str) -> bool:
    """Dates agree at the precision both state: '2023' agrees with '2023-01-16'."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _check_polarity(
    claim: Claim, passage: Passage, settings: VerifySettings
) -> tuple[bool, str] | None:
    ours = bool(_NEGATION.search(claim.text))
    theirs = bool(_NEGATION.search(passage.text))
    if ours == theirs:
        return None
    which = "the source" if theirs else "the claim"
    return False, f"the polarity differs: only {which} is negated"


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
    elif ranked:
        best = ranked[0]
        reason = (
            f"No reference statement matched closely enough (best: similarity "
            f"{best.score:.2f} from '{best.source}')."
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
