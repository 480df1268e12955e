"""The bound or hedge a figure is stated with ("more than", "up to", "about") and the interval
of values it allows: a point within tolerance, or a range open on one side.

Used by the quantity check in `claims.slots` and by the count and substitution checks.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Words before a number that turn it into a bound or an estimate (longest first).
_BOUND_WORDS: dict[str, str] = {
    "no more than": "at_most", "not more than": "at_most", "up to": "at_most",
    "at most": "at_most", "a maximum of": "at_most",
    "more than": "above", "over": "above", "above": "above", "exceeding": "above",
    "in excess of": "above", "upwards of": "above", "greater than": "above",
    "higher than": "above", "larger than": "above", "bigger than": "above",
    "lower than": "below", "smaller than": "below",
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least",
    "no less than": "at_least",
    "under": "below", "less than": "below", "fewer than": "below", "below": "below",
    "nearly": "about", "almost": "about", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "~": "about", "circa": "about",
    "as many as": "at_most", "as much as": "at_most", "as high as": "at_most",
    "as few as": "at_least", "as little as": "at_least", "as low as": "at_least",
}  # fmt: skip
_BOUND_BEFORE = re.compile(
    r"(?:^|\W)("
    + "|".join(re.escape(w) for w in sorted(_BOUND_WORDS, key=len, reverse=True))
    + r")\s*(?:the\s+)?(?:[$€£¥₹]|Rs\.?|US\s?\$)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    text: str

    def disjoint(self, other: Interval) -> bool:
        return self.high < other.low or other.high < self.low

    def within(self, other: Interval) -> bool:
        return other.low <= self.low and self.high <= other.high


# "averaged over 10 critics", "spread over 3 days": "over" as a preposition, not a bound
_NOT_A_BOUND = re.compile(
    r"\b(?:averaged|spread|spanning|spanned|distributed|all|held|stretched)\s+over\s*$"
    # "edged up to 3.9 percent", "was revised up to 3.5%": a verb's particle, no upper bound
    r"|\b(?:edged|edges|ticked|ticks|moved|moves|went|goes|crept|creeps|inched|inches|revised|"
    r"jumped|jumps|shot|shoots|climbed|rose|rises|pushed|pushes|bumped|bumps)\s+up\s+to\s*$",
    re.I,
)


def bound_of(text: str, start: int) -> str | None:
    """The hedge or bound word right before position `start` ("more than", "about"), if any."""
    before = text[max(0, start - 24) : start]
    m = _BOUND_BEFORE.search(before)
    if m is None or _NOT_A_BOUND.search(before):
        return None
    return _BOUND_WORDS[m.group(1).lower()]


def interval_of(
    value: float, bound: str | None, tolerance: float, hedge: float, strict: bool = True
) -> Interval:
    """The values a stated quantity allows: a point within tolerance, or a bounded range.

    A `strict` "more than" or "under" leaves out the value itself: the claim "under $82
    million" has no value in common with "over $82 million". A passage's bound is strict only
    against a bounded claim: "over 7,100 cases" does not deny a round "7,100 cases"."""
    spread = abs(value) * tolerance
    if bound == "at_least":
        return Interval(value - spread, math.inf, "")
    if bound == "above":
        return Interval(math.nextafter(value, math.inf) if strict else value, math.inf, "")
    if bound == "at_most":
        return Interval(-math.inf, value + spread, "")
    if bound == "below":
        return Interval(-math.inf, math.nextafter(value, -math.inf) if strict else value, "")
    if bound == "about":
        spread = abs(value) * max(hedge, tolerance)
    return Interval(value - spread, value + spread, "")
