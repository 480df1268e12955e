"""Slot checks on values: does a passage state the claim's quantities?

Each check compares one kind of slot and returns a `SlotResult`: `agrees` True (the passage
states the same), False (it states something else in the same place), or None (it does not
say, or says it less precisely: "more than 23 million" neither confirms nor refutes "under
23.5 million"). Quantities go through the one unit converter, and are compared where they hold
(`claims.scopes`), with the bounds and hedges of `claims.bounds`. Small counts, scores and
ranks are checked in `claims.counts`, dates in `claims.datechecks`, names, kinds and polarity in
`claims.roles`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.bounds import Interval, bound_of, interval_of
from claims.dates import find_dates
from claims.model import Quantity
from claims.quantities import SCALES, FoundQuantity, find_quantities, format_si
from claims.scopes import scope_of
from claims.similarity import STOPWORDS, stem

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$", re.IGNORECASE)
_DAY_AFTER = re.compile(
    rf"[\d,.]+(?:st|nd|rd|th)?(?:\s+{_MONTHS}\b|\s*[ap]\.?m\b|:\d)", re.IGNORECASE
)
MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_STAMP = re.compile(
    r"\b(?P<rel>(?i:as of|as at|by|after|before|since|until))\s+(?:the\s+)?"
    r"(?P<when>(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+\d{4})?|\d{4})",
)


def _time_stamps(text: str) -> set[str]:
    """'as of March 21', 'after 16 March 2020': when a changing figure was read (normalised)."""
    stamps = set()
    for m in _STAMP.finditer(text):
        when = m.group("when")
        if re.search(r"\d", when):
            rel = "as of" if m.group("rel").lower() in ("as of", "as at", "by") else m.group("rel")
            when = " ".join(sorted(re.findall(r"[a-z]+|\d+", when.lower())))
            stamps.add(f"{rel.lower()} {when}")
    return stamps


@dataclass(frozen=True)
class SlotResult:
    # "number" | "date" | "name" | "kind" | "polarity" | "antonym" | "substitution" | "reception"
    slot: str
    agrees: bool | None
    detail: str
    claim_words: frozenset[str] = frozenset()  # claim words this slot covers (set aside)
    counted: bool = False  # a count of the same named thing ("cases"), not a measure
    shares: bool = False  # every refuted figure is a share ("3 per cent"): of which part?


def _found_interval(q: FoundQuantity, text: str, hedge: float, strict: bool) -> Interval:
    if q.approximate:  # "thousands of": at least the stated order of magnitude
        return Interval(q.si_value or 0.0, (q.si_value or 0.0) * 500, q.text)
    # the passage's own figure is taken as stated; the tolerance is applied once, to the claim's
    iv = interval_of(q.si_value or 0.0, bound_of(text, q.start), 0.0, hedge, strict)
    return Interval(iv.low, iv.high, q.text)


_COUNT_TO_THE_UNIT = re.compile(
    r"\d{1,3}(?:,\d{3})*\s+(?!(?:hundred|thousand|million|billion|trillion|dozen)\b)"
    r"[A-Za-z][\w-]*",
    re.IGNORECASE,
)
PHYSICAL_UNITS = frozenset({"m", "kg", "s", "%", "USD", "EUR", "GBP"})
# Units of figures that do not change from one date to the next (a distance, a weight); a sum,
# a share or a count read "as of" one date may be another "as of" another.
LASTING_UNITS = frozenset({"m", "kg", "s"})


def _is_day_or_time(text: str, q: FoundQuantity) -> bool:
    """'March 18', '15 March', '4 P.M.', '15 899': numbers that are not quantities here."""
    before, after = text[max(0, q.start - 12) : q.start], text[q.start :]
    return bool(
        _MONTH_BEFORE.search(before)
        or _DAY_AFTER.match(after)
        or re.search(r"\d\s$|[\d][:/]$|\d{4}[–-]$", before)  # '15 899', '45:19', '2016–17'
        or re.match(r"[\d,.]+[:/]\d", after)
    )


# "15 out of 28": the number after it is the whole, not a count
OUT_OF = re.compile(r"\bout\s+of\s*$")
WINDOW = re.compile(r"\b(?:past|last|next|first|recent)\s*$", re.IGNORECASE)
_APPROXIMATE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "tens", "of"})


_ADJECTIVAL = re.compile(r"^[\w.,]+-[a-z]+$")  # "one-day", "675-mile"


def is_no_stated_figure(text: str, quantity: Quantity) -> bool:
    """A claim's figure a supporting passage need not state: 'over the past 30 years', a
    window of time; '7 April' without a year the date parser could place, a day; 'the
    Billboard Hot 100', part of a name; 'the one-day visit', a figure that describes a thing
    the claim is about (compared when the passage gives one)."""
    if _ADJECTIVAL.match(quantity.text):
        return True
    at = text.find(quantity.text)
    if at < 0:
        return False
    if _DAY_AFTER.match(text[at:]) or _MONTH_BEFORE.search(text[max(0, at - 12) : at]):
        return True
    if re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, at - 20) : at]) and quantity.unit is None:
        return True
    return quantity.si_unit == "s" and bool(WINDOW.search(text[max(0, at - 20) : at]))


# Nouns that count the same thing: "4 million people" / "a population of 3,817,117"
_SAME_COUNT = {
    stem(w): group.split()[0]
    for group in (
        "people persons residents inhabitants population participants individuals",
        "deaths fatalities",
        "cases infections",
        "reviews critics",
        "games matches appearances",
        "films movies",
        "songs tracks",
    )
    for w in group.split()
}


_DIED = re.compile(
    r"\s*(?:people\s+|persons\s+)?(?:have\s+|had\s+|has\s+)?(?:died|been\s+killed|were\s+killed)\b"
)


# a word, hyphenated ones whole ("COVID-19 tests": the tests are counted, not "COVID"), or a mark
_WORD_OR_MARK = re.compile(r"[A-Za-z]+(?:-\w+)*|[^\sA-Za-z]")
_HYPHENATED_REST = re.compile(r"^(?:-\w+)+")


def _tolerance_of(value: float, unit: str | None, tolerance: float) -> float:
    """The relative tolerance of a stated figure. A percentage is rounded to its last digit
    ("24%" holds 23.5 to 24.5, not 23, which five per cent of it would)."""
    if unit != "%" or not value:
        return tolerance
    rounding = 0.5 if float(value).is_integer() else 0.05
    return min(tolerance, rounding / abs(value))


_SHORT_PLURAL = re.compile(r"^[a-z]{3}s$")


def _counted(text: str, q: FoundQuantity) -> set[str]:
    """What a number counts: the words right after it, up to a stopword ('20 new cases')."""
    words = []
    if q.si_unit and q.si_unit not in PHYSICAL_UNITS:
        words.append(stem(q.si_unit))  # the noun the unit converter took as what is counted
    after = _HYPHENATED_REST.sub("", text[q.end : q.end + 40], count=1)  # "COVID|-19 tests"
    for word in _WORD_OR_MARK.findall(after):
        low = word.lower()
        if low in _APPROXIMATE_WORDS:
            continue
        if not word[0].isalpha():
            if words:
                break
            continue
        if low in STOPWORDS or len(words) == 3:
            break
        if low in SCALES or low in ("new", "total") or stem(low) in words:
            continue  # the unit converter's noun is the first word after the number
        words.append(stem(low))
    if _DIED.match(text[q.end :]):
        words.append("deaths")  # "76 people have died" counts deaths
    # "jobs" (short words keep their "s" in `stem`) and the converter's "job" are one noun
    singular = {w[:-1] for w in words if _SHORT_PLURAL.match(w)}
    return {_SAME_COUNT.get(w, w) for w in words} | singular


def _qualifier(text: str, q: FoundQuantity, width: int = 4) -> frozenset[str]:
    """The content words right after a figure ("on opening day" -> {opening, day})."""
    after = re.findall(r"[A-Za-z]+|[.,;:()]", text[q.end : q.end + 60])
    words: list[str] = []
    for word in after[:width]:
        if not word[0].isalpha():
            break
        if word.lower() not in STOPWORDS:
            words.append(stem(word.lower()))
    return frozenset(words)


def _around(text: str, q: FoundQuantity, width: int = 3) -> set[str]:
    """The content words just before and after a quantity (what and where it is said of)."""
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, q.start - 50) : q.start])]
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[q.end : q.end + 50])]
    keep = [w for w in before if w not in STOPWORDS and w not in SCALES][-width:]
    keep += [w for w in after if w not in STOPWORDS and w not in SCALES][:width]
    return {stem(w) for w in keep}


def _quantities(text: str) -> list[FoundQuantity]:
    dates = [(d.start, d.end) for d in find_dates(text)]
    return [
        q
        for q in find_quantities(text, skip=dates)
        if q.si_value is not None
        and not _is_day_or_time(text, q)
        and not OUT_OF.search(text[max(0, q.start - 8) : q.start])
        and (q.si_unit in PHYSICAL_UNITS or len(q.si_unit or "") >= 3)
    ]


_RANGE_BEFORE = re.compile(r"\d\s*[A-Za-z%]*\s*(?:to|–|-|and)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:to|–|-)\s*\d")


def check_quantities(
    claim_text: str,
    claim_quantities: Sequence[Quantity],
    passage: str,
    tolerance: float,
    hedge: float,
) -> SlotResult | None:
    """Numbers after unit conversion, with the claim's and the passage's bounds and hedges.

    Physical units, percentages and currencies are compared after conversion; counts are
    compared when they count the same thing (a word in common right after the number).
    """
    theirs = _quantities(passage)
    ours_found = {q.text: q for q in _quantities(claim_text)}
    # A figure "as of" one date (a count, a sum, a share) does not refute one stated as of, by,
    # before or after another: it may have changed in between.
    ours_stamp, their_stamp = _time_stamps(claim_text), _time_stamps(passage)
    changing = bool(ours_stamp or their_stamp) and ours_stamp != their_stamp
    agreed, refuted, words = [], [], set()
    undecided = 0  # claim figures the passage states otherwise, yet does not refute
    all_counts = True  # every refuted figure counts a thing the passage counts too
    all_shares = True
    for ours in claim_quantities:
        found = ours_found.get(ours.text)
        if ours.si_value is None or found is None:
            continue
        if ours.si_unit == "s" and WINDOW.search(
            claim_text[max(0, found.start - 20) : found.start]
        ):
            continue  # "over the past 30 years" is a window of time, not a stated duration
        # "60,000 COVID-19 tests": a hyphen inside the word after the number makes no range
        in_word = found.text[-1].isalpha() and claim_text[found.end : found.end + 1] == "-"
        if _RANGE_BEFORE.search(claim_text[max(0, found.start - 24) : found.start]) or (
            _RANGE_AFTER.match(claim_text[found.end :]) and not in_word
        ):
            continue  # "80cm to 2 metres": an end of a range, not a value of its own
        # a count said to the unit ("106 chart entries") is exact; a measure, a sum or a
        # rounded figure ("$2.3 million", "95 miles") is compared within the tolerance
        exact = ours.si_unit not in PHYSICAL_UNITS and _COUNT_TO_THE_UNIT.fullmatch(found.text)
        claim_bound = bound_of(claim_text, found.start)
        claim_iv = (
            Interval(ours.si_value, ours.si_value * 500, ours.text)
            if found.approximate
            else interval_of(
                ours.si_value,
                claim_bound,
                0.0 if exact else _tolerance_of(ours.si_value, ours.si_unit, tolerance),
                hedge,
            )
        )
        bare: list[FoundQuantity] = []
        if ours.si_unit in PHYSICAL_UNITS:
            candidates = [q for q in theirs if q.si_unit == ours.si_unit]
        else:
            counted = _counted(claim_text, found)
            candidates = [
                q
                for q in theirs
                if q.si_unit not in PHYSICAL_UNITS and counted & _counted(passage, q)
            ]
            # numbers whose noun is not said ("and 92 million as at August") may be the one
            bare = [
                q for q in theirs if q.si_unit not in PHYSICAL_UNITS and not _counted(passage, q)
            ]
        if not candidates:
            continue
        words.update(stem(w.lower()) for w in re.findall(r"[A-Za-z]+", ours.text))
        # "more than $1 million on opening day": the passage's figure "on its opening day",
        # not the one "on its opening weekend", when one says all the claim's qualifier does
        qualifier = _qualifier(claim_text, found)
        said_so = [q for q in candidates if qualifier and qualifier <= _qualifier(passage, q, 6)]
        if said_so and len(said_so) < len(candidates):
            candidates = said_so
        # "$412 million globally": the worldwide figure, not the one "in North America"
        where = scope_of(claim_text, found)
        if where is not None:
            scopes = [scope_of(passage, q) for q in candidates]
            same = [q for q, s in zip(candidates, scopes, strict=True) if s == where]
            candidates = same or [q for q, s in zip(candidates, scopes, strict=True) if s is None]
            if not candidates:
                undecided += 1  # the passage gives the figure only for other places
                continue
        # "more than 33 reviews" against a bare "33 reviews": not more, so it refutes; against
        # "over 33 reviews" it agrees
        strict = not found.approximate and claim_bound in ("above", "below")
        intervals = [_found_interval(q, passage, hedge, strict) for q in candidates]
        own_value = [
            strict
            and bound_of(passage, q.start) is None
            and math.isclose(q.si_value or 0.0, ours.si_value, rel_tol=1e-9)
            for q in candidates
        ]
        inside = [
            iv
            for iv, q, own in zip(intervals, candidates, own_value, strict=True)
            if (iv.within(claim_iv) and not own)
            # "about 90 km" confirms a claim of 90.1 km: its stated value is within tolerance
            or (
                bound_of(passage, q.start) == "about"
                and claim_iv.low <= (q.si_value or 0.0) <= claim_iv.high
            )
        ]
        if inside:
            agreed.append(f"{ours.text} ≈ {inside[0].text}")
        elif (
            all(iv.disjoint(claim_iv) or own for iv, own in zip(intervals, own_value, strict=True))
            and not any(_found_interval(q, passage, hedge, strict).within(claim_iv) for q in bare)
            and not (changing and ours.si_unit not in LASTING_UNITS)
        ):
            # report the passage's figure said in the most similar words ("in North America")
            near = _around(claim_text, found)
            q = max(candidates, key=lambda c: len(near & _around(passage, c)))
            all_counts = all_counts and ours.si_unit not in PHYSICAL_UNITS
            all_shares = all_shares and ours.si_unit == "%"
            refuted.append(
                f"claim says {ours.text} ({format_si(ours.si_value, ours.si_unit or '')}), "
                f"source says {q.text} ({format_si(q.si_value or 0.0, q.si_unit or '')})"
            )
        else:
            undecided += 1
    if refuted:
        return SlotResult(
            "number",
            False,
            "the number differs: " + "; ".join(refuted),
            frozenset(words),
            counted=all_counts,
            shares=all_shares,
        )
    if agreed and not undecided:  # a figure the passage gives otherwise is not confirmed
        return SlotResult("number", True, "numbers agree: " + ", ".join(agreed), frozenset(words))
    return None
