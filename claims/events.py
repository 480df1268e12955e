"""Whose date: the same day said of another event of a life ("married on April 15, 1894"
against "Bessie Smith (April 15, 1894 – September 26, 1937)").

A claim that dates one event of a life (birth, death, marriage, divorce, graduation) is
refuted by a passage that gives the same date to another of them: the date agrees, but what
happened on it does not. The passage's event of a date is the nearest event word before it in
its clause, or its place in a life span in brackets ("(born 1965)", "(1783 – 1830)": birth, then
death).

A decision to change nothing and a change are two events too (`unchanged_against_change`):
"raised rates in July" dates no decision that "left rates unchanged on Wednesday", so
`claims.stance` lets the differing date refute nothing.
"""

from __future__ import annotations

import re

from claims.datechecks import same_date
from claims.dates import find_dates
from claims.lifeevents import LIFE_EVENTS
from claims.similarity import stem
from claims.slots import SlotResult

# the event each word names is `claims.lifeevents`' table, shared with `claims.datechecks`
_EVENT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(LIFE_EVENTS, key=len, reverse=True))
    + r")"
    r"(?![\w-])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;)]|\.\s|\s--?\s|\s[–—]\s")  # what ends the clause before a date
_LOOK_BACK = 45  # characters before a date in which its event word is looked for
_SPAN_START = re.compile(r"\(\s*(?:[^()]*;\s*)?$")  # "(", "(pronunciation; "
_SPAN_DASH = re.compile(r"\s*(?:--?|–|—)\s*")
_DASH_BEFORE = re.compile(r"(?:--?|–|—)\s*$")


def _event_before(text: str, start: int, end: int) -> str | None:
    """The event a date at text[start:end] is of, or None when nothing says."""
    before = text[max(0, start - _LOOK_BACK) : start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    window = before[cut[-1] :] if cut else before
    said = list(_EVENT.finditer(window))
    if said:
        return LIFE_EVENTS[said[-1].group(0).lower()]
    # a life span in brackets: "(April 15, 1894 – September 26, 1937)"
    if _SPAN_START.search(before) and _SPAN_DASH.match(text[end:]):
        return "birth"
    if _DASH_BEFORE.search(before) and re.match(r"\s*\)", text[end:]):
        opening = text.rfind("(", 0, start)
        if opening >= 0 and ")" not in text[opening:start]:
            return "death"
    return None


def check_life_event(claim: str, passage: str) -> SlotResult | None:
    """'X was married on April 15, 1894' against 'X (April 15, 1894 – ...)': the claim's date
    is the passage's date of another event of the life."""
    events = {LIFE_EVENTS[m.group(0).lower()] for m in _EVENT.finditer(claim)}
    if len(events) != 1:
        return None  # no event of a life, or several ("born and died in Oklahoma")
    (ours,) = events
    said = find_dates(claim)
    if len(said) != 1 or len(said[0].value) < 4 or "/" in said[0].value:
        return None
    value = said[0].value
    for found in find_dates(passage):
        if "/" in found.value or not same_date(value, found.value):
            continue
        if len(found.value) < len(value):
            continue  # "in 1894" says nothing of "on April 15, 1894"
        theirs = _event_before(passage, found.start, found.end)
        if theirs is None or theirs == ours:
            return None  # the same event, or one the passage does not name
        return SlotResult(
            "date",
            False,
            f"the date is of another event: claim says {ours} on {value}, source says "
            f"{theirs} on {found.value}",
            frozenset(stem(w.lower()) for m in _EVENT.finditer(claim) for w in m.group(0).split()),
        )
    return None


# a decision to change nothing, and a change: two events, whose dates are not one fact's
_HELD = re.compile(r"\b(?:unchanged|steady|on hold|held|kept|paused|left)\b")
_MOVED = re.compile(r"\b(?:raised|cut|lowered|increased|hiked|reduced|rose|fell)\b")


def unchanged_against_change(claim: str, passage: str) -> bool:
    """Whether the claim dates a decision to change nothing and the passage a change ("left
    rates unchanged on Wednesday" against "raised rates in July"): two events, so the
    passage's date is not the claim's."""
    return bool(_HELD.search(claim) and _MOVED.search(passage))
