"""The stance of one evidence passage toward one claim: supports, refutes or neutral.

The passage is first read as its page meant it (`claims.reference`: "He", "the film" or a
surname stands for the claim's subject). Then, is it about the same fact? `coverage` asks how
much of what the claim says the passage says too (numbers and dates masked). Then the slots are
compared: numbers after unit conversion with bounds and hedges, where they hold
(`claims.slots`, `claims.scopes`), small counts, ages, scores and ranks (`claims.counts`), dates
at the precision both state (`claims.datechecks`), a different name, agent or kind in the same
place, negation and antonyms (`claims.roles`, `claims.agents`, `claims.kinds`,
`claims.aligned`), and how critics received a work (`claims.reception`). A slot that
disagrees refutes, but only when the rest of the claim is there (the passage is about this
fact, not another subject); a passage that says the claim with every slot in agreement
supports; anything else is neutral.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from claims.agents import check_agent
from claims.aligned import check_substitution
from claims.counts import check_ages, check_counts, check_ordinals, check_scores, says_score
from claims.date_values import to_date
from claims.datechecks import (
    check_century,
    check_dated_thing,
    check_dates,
    check_month,
    is_quoted_title,
    same_event_dates,
    says_month,
    stated_dates,
)
from claims.dates import find_dates
from claims.events import check_life_event, unchanged_against_change
from claims.grammar import split_subject
from claims.kinds import check_kind
from claims.model import Claim, Evidence, Passage, Stance
from claims.nationalities import check_nationality
from claims.places import check_origin, check_place
from claims.reception import check_reception
from claims.reference import another_person, names_subject, resolve_subject
from claims.roles import check_names, check_polarity, denies, names_nothing, unstated_names
from claims.similarity import coverage, terms
from claims.slots import SlotResult, check_quantities, is_no_stated_figure

# A claim that denies something ("wasn't directed by", "some other time than"): another value
# in the passage agrees with it rather than refuting it.
OTHER_THAN = re.compile(r"\bother than\b", re.IGNORECASE)
# A sentence whose subject is a count: "71,730 cases have been reported with 775 deaths", "A
# total of 18,617 tests have been processed", "There have been 130,689 confirmed cases". Naming
# nothing else, it counts what its page is about, as a "He" there stands for the page's subject
# (`claims.reference`), so the count can be compared although few of the claim's words are there.
COUNT_SENTENCE = re.compile(
    r"(?:(?:a|the) (?:total|further) of |there (?:have|has) been |there (?:were|was|are|is) )?\d",
    re.IGNORECASE,
)


class VerifySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    support_threshold: float = Field(
        0.50,
        ge=0.0,
        le=1.0,
        description="share of the claim's words the passage must state to support it",
    )
    related_threshold: float = Field(
        0.60,
        ge=0.0,
        le=1.0,
        description="share of the claim's other words a passage needs before a slot refutes",
    )
    polarity_threshold: float = Field(
        0.90,
        ge=0.0,
        le=1.0,
        description="share of the claim's other words a passage needs before opposite polarity "
        "refutes (a negation contradicts only a passage that says everything else)",
    )
    number_tolerance: float = Field(
        0.05, ge=0.0, le=1.0, description="relative tolerance for quantities in SI units"
    )
    hedge_tolerance: float = Field(
        0.15, ge=0.0, le=1.0, description="relative tolerance for 'about', 'nearly', 'some'"
    )
    credible: float = Field(
        0.5, ge=0.0, le=1.0, description="least score x trust for evidence to decide a verdict"
    )
    max_evidence: int = Field(5, ge=1, le=50, description="evidence items kept per claim")


# Slots that hold one value: another value in the passage agrees with a claim that denies one.
DENIED_BY_ANOTHER = frozenset({"name", "kind"})  # nationalities and agents are "name" slots
NAMED_SUBJECT_EASING = 0.1  # of related_threshold, for a passage that names the claim's subject
COUNTED_EASING = 0.1  # of related_threshold, for another count of the same named thing
PREDICATE_SHARE = 0.5  # of the predicate's content words a supporting passage must state


def predicate_coverage(claim: str, passage: str) -> float | None:
    """Share of the claim's predicate (what it says about its subject) that the passage says;
    None when the claim has no clear subject/predicate split or a predicate of one word.

    Shared names carry most of a claim's words, so a passage about the same subject can state
    half of the claim without stating what the claim says about it."""
    parts = split_subject(claim)
    if parts is None or len(terms(parts[1]).words) < 1:
        return None
    return coverage(parts[1], passage)


def slot_results(claim: Claim, passage: Passage, settings: VerifySettings) -> list[SlotResult]:
    """Every slot the claim and the passage both state, compared."""
    reference = to_date(passage.published) or next(
        (d for d in (to_date(m.value) for m in claim.dates) if d), None
    )
    passage_dates = [
        d.value
        for d in same_event_dates(
            claim.text,
            passage.text,
            stated_dates(passage.text, find_dates(passage.text, reference)),
        )
    ]
    checks = [
        check_quantities(
            claim.text,
            claim.quantities,
            passage.text,
            settings.number_tolerance,
            settings.hedge_tolerance,
        ),
        check_dates(claim.text, claim.dates, passage_dates, passage.text),
        check_century(claim.text, passage_dates),
        check_month(claim.text, claim.dates, passage_dates, passage.text),
        check_dated_thing(claim.text, passage.text),
        check_life_event(claim.text, passage.text),
        check_ordinals(claim.text, passage.text),
        check_counts(claim.text, passage.text),
        check_ages(claim.text, passage.text),
        check_scores(claim.text, passage.text),
        check_kind(claim.text, passage.text),
        check_place(claim.text, passage.text),
        check_origin(claim.text, passage.text),
        check_names(claim.text, passage.text),
        check_agent(claim.text, passage.text),
        check_nationality(claim.text, passage.text),
        check_polarity(claim.text, passage.text),
        check_substitution(claim.text, passage.text),
        check_reception(claim.text, passage.text),
    ]
    return [c for c in checks if c is not None]


# a count the passage goes on adding to ("10 times between March 2022 and May 2023 and once
# more in July"): its first figure is not the whole count
_COUNTED_AGAIN = re.compile(r"\b(?:once|twice|\w+ times) more\b|\b\w+ more times\b")


def _same_part(claim: str, passage: str) -> bool:
    """A share is of one part of a whole, which the claim's subject names: the passage must
    name it too, or say all of it when it is no name. "Agriculture contributed 25% of global
    annual emissions" gives another part's share than "Global human emissions are 3 per cent
    of total annual emissions"."""
    if names_subject(claim, passage):
        return True
    parts = split_subject(claim)
    return parts is None or coverage(parts[0], passage) >= 1.0


def counts_only(passage: str) -> bool:
    """A passage that is a count and names nothing ("71,730 cases have been reported")."""
    return bool(COUNT_SENTENCE.match(passage)) and names_nothing(passage)


def judge(
    claim: Claim, passage: Passage, settings: VerifySettings, similarity: float | None = None
) -> Evidence:
    """The stance of one passage toward one claim, with a reason a person can read.

    `similarity` may pass in an already computed `coverage(claim.text, passage.text)`.
    The passage is compared as its page meant it: a "He", "the film" or a surname standing for
    the claim's subject is read as the subject (`claims.reference`); the evidence keeps its
    own words.
    """
    shown = passage
    resolved = resolve_subject(claim.text, passage.text)
    if resolved != passage.text:
        passage, similarity = passage.model_copy(update={"text": resolved}), None
    said = coverage(claim.text, passage.text) if similarity is None else similarity

    def evidence(stance: Stance, score: float, reason: str) -> Evidence:
        return Evidence(
            source=shown.source,
            text=shown.text,
            url=shown.url,
            published=shown.published,
            score=round(min(max(score, 0.0), 1.0), 4),
            stance=stance,
            reason=reason,
        )

    counting = counts_only(passage.text)
    if said < settings.related_threshold / 2 and not counting:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"says {said:.0%} of the claim's words: about another subject",
        )
    other = another_person(claim.text, passage.text)
    if other is not None:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"about another person, {other}, who shares the surname of the claim's subject",
        )
    if passage.rating is not None:
        # A published fact-check: its text is the claim it reviewed, not a statement of fact,
        # so its rating decides (unknown ratings arrive as neutral), and only for this claim.
        by = passage.publisher or "a fact-checker"
        if said < settings.related_threshold:
            return evidence(
                Stance.NEUTRAL,
                said,
                f"{by} reviewed a related claim ({said:.0%} of this claim's words), "
                f"rated “{passage.rating}”",
            )
        return evidence(
            Stance(passage.stance_hint or "neutral"),
            said,
            f"{by} rated this claim “{passage.rating}” ({said:.0%} of its words)",
        )
    slots = slot_results(claim, passage, settings)
    conflicts = [s for s in slots if s.agrees is False]
    if {"number", "date"} <= {s.slot for s in conflicts}:
        # "added 297,000 jobs in September" against "added 150,000 jobs in October": the
        # passage's figure is of another time, no other value of the claim's
        number = next(s for s in conflicts if s.slot == "number")
        return evidence(
            Stance.NEUTRAL,
            said,
            f"{number.detail}, but the date differs too: a figure of another time",
        )
    negated_claim = denies(claim.text) or OTHER_THAN.search(claim.text)
    for conflict in conflicts:
        if negated_claim and conflict.slot in DENIED_BY_ANOTHER and not denies(passage.text):
            # "The Endless River is not an album by Danny Devito" against "... an album by Pink
            # Floyd": the passage gives another value where the claim denies one
            rest = coverage(claim.text, passage.text, ignore=conflict.claim_words)
            if rest >= settings.related_threshold:
                return evidence(
                    Stance.SUPPORTS,
                    rest,
                    f"the claim denies what the source contradicts (says {rest:.0%} of the "
                    f"claim's other words): {conflict.detail}",
                )
            continue
        if negated_claim and conflict.slot not in ("polarity", "antonym"):
            continue  # "was not directed by A" is not contradicted by "directed by B"
        # the rest of the claim must be there: a passage about another subject never refutes
        rest = coverage(claim.text, passage.text, ignore=conflict.claim_words)
        if conflict.slot == "polarity":
            needed = settings.polarity_threshold
        elif conflict.slot == "antonym":
            # an opposite word is a clearer cue than a negation's scope, but can sit in a
            # conditional or another clause ("if low clouds decrease, the feedback is positive")
            needed = (settings.related_threshold + settings.polarity_threshold) / 2
        else:
            needed = settings.related_threshold
            if conflict.slot == "number" and names_subject(claim.text, passage.text):
                # the passage names the claim's subject ("Lockout has grossed ..."): a figure
                # said of it in other words is about the same fact
                needed -= NAMED_SUBJECT_EASING
            if conflict.counted:
                needed -= COUNTED_EASING
                if counting:  # a count naming nothing else is about the claim's subject
                    rest = max(rest, settings.related_threshold)
        if conflict.shares and not _same_part(claim.text, passage.text):
            continue
        again = _COUNTED_AGAIN.search(passage.text) if conflict.slot == "number" else None
        if again:  # "raised rates 10 times ... and once more in July": 10 is a part of it
            return evidence(
                Stance.NEUTRAL,
                said,
                f"{conflict.detail}, but the passage counts on ('{again.group(0)}'): its "
                "figure is a part of the count",
            )
        if conflict.slot == "date" and unchanged_against_change(claim.text, passage.text):
            continue  # "left rates unchanged on Wednesday" against "raised rates in July"
        if rest >= needed:
            return evidence(
                Stance.REFUTES,
                rest,
                f"same fact (says {rest:.0%} of the claim's other words) but {conflict.detail}",
            )
    if conflicts:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"{conflicts[0].detail}, but the passage says too little of the rest of the claim "
            f"({said:.0%} of its words): perhaps another fact",
        )
    # the names in what the claim says of its subject ("is a state in Mexico"); the subject's
    # own name is often left out of a reference sentence ("the film has ...")
    parts = split_subject(claim.text)
    missing = unstated_names(parts[1], passage.text, claim.text) if parts else []
    if said >= settings.support_threshold and missing:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"says {said:.0%} of the claim's words but not the name "
            f"{', '.join(repr(m) for m in missing[:3])}",
        )
    undecided = [s for s in slots if s.agrees is None]
    if said >= settings.support_threshold and undecided:
        return evidence(
            Stance.NEUTRAL, said, f"says {said:.0%} of the claim's words, but {undecided[0].detail}"
        )
    if negated_claim and not denies(passage.text):
        return evidence(
            Stance.NEUTRAL,
            said,
            f"the claim denies something ('{negated_claim.group(0)}') and the passage denies "
            "nothing: it does not state the claim",
        )
    agreements = "; ".join(s.detail for s in slots if s.agrees)
    agreements = agreements or "no number, date, name or negation to compare"
    unstated = [
        slot
        for slot, stated in (
            (
                "number",
                any(
                    q.si_value is not None and not is_no_stated_figure(claim.text, q)
                    for q in claim.quantities
                )
                or says_score(claim.text),
            ),
            (
                "date",
                any(not is_quoted_title(claim.text, d) for d in claim.dates)
                or says_month(claim.text),
            ),
        )
        if stated and not any(s.slot == slot and s.agrees for s in slots)
    ]
    if said >= settings.support_threshold and unstated:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"says {said:.0%} of the claim's words but not its {' or '.join(unstated)}",
        )
    # An agreeing number or date already ties the passage to this fact; without one, the
    # passage must also say what the claim says about its subject.
    told = None if any(s.agrees for s in slots) else predicate_coverage(claim.text, passage.text)
    if said >= settings.support_threshold and told is not None and told < PREDICATE_SHARE:
        return evidence(
            Stance.NEUTRAL,
            said,
            f"says {said:.0%} of the claim's words but only {told:.0%} of what it says about "
            "its subject: perhaps another fact about the same subject",
        )
    if said >= settings.support_threshold:
        return evidence(
            Stance.SUPPORTS, said, f"states the claim ({said:.0%} of its words); {agreements}"
        )
    return evidence(
        Stance.NEUTRAL,
        said,
        f"says {said:.0%} of the claim's words, below {settings.support_threshold:.0%}: "
        "does not state the claim",
    )
