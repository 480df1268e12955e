"""Counts, scores and ranks the unit converter leaves alone: "nine seasons", "4.5/10", "the
third studio album".

Number words below thirteen are no quantity for extraction ("two countries"), but in the same
place with the same noun they are compared ("ran for nine seasons" / "ran for ten seasons"). A
score is a value out of a scale ("an average rating of 4.6/10") and is compared with a score on
the same scale, with the claim's bound ("above 6.5/10"). A rank ("the 11th-most populous city",
"her debut album", "No. 3") is compared with the rank of the same thing.
"""

from __future__ import annotations

import math
import re

from claims.bounds import bound_of
from claims.quantities import NUMBER_WORDS, SCALES
from claims.similarity import STOPWORDS, stem
from claims.slots import MONTH_WORDS, OUT_OF, WINDOW, SlotResult

# number words from the one table of them (claims.quantities)
_SMALL_NUMBERS = {w: int(n) for w, n in NUMBER_WORDS.items() if " " not in w and 2 <= n <= 12}
# "nine seasons", "eleven solo albums", "4 children": a small count and what it counts.
_SMALL_COUNT = re.compile(
    r"(?<![\w.,:/-])(?P<n>" + "|".join(_SMALL_NUMBERS) + r"|\d{1,2}(?![\d.,:]\d))\s+"
    r"(?:(?P<adj>[a-z]+)\s+)?"
    r"(?P<noun>[a-z]{3,}s|children|people|men|women|feet|teeth|mice|geese)\b",
    re.IGNORECASE,
)


def _small_counts(text: str) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for m in _SMALL_COUNT.finditer(text):
        if OUT_OF.search(text[max(0, m.start() - 8) : m.start()]):
            continue  # "15 out of 28 provinces": 28 is the whole, not the count
        noun = m.group("noun").lower()
        adj = (m.group("adj") or "").lower()
        if noun in STOPWORDS or adj in STOPWORDS or adj in SCALES or noun in SCALES:
            continue
        if WINDOW.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "over the past 30 years": a window of time, not a count
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
        found.setdefault(stem(noun), []).append((value, m.group(0)))
    return found


_BOUND_SAID = {
    "above": "more than ", "below": "fewer than ", "at_least": "at least ", "at_most": "at most "
}  # fmt: skip


def check_counts(claim: str, passage: str) -> SlotResult | None:
    """'ran for nine seasons' against 'ran for ten seasons': small counts, in words or digits,
    of the same thing (the unit converter leaves number words below thirteen alone), with the
    claim's bound ('fewer than ten goals' against '10 goals')."""
    ours = _small_counts(claim)
    if not ours:
        return None
    theirs = _small_counts(passage)
    for noun, stated in ours.items():
        value, text = stated[0]
        bound = bound_of(claim, claim.find(text))
        if noun not in theirs or bound == "about":
            continue
        if any(fits_bound(value, bound, v) for v, _ in theirs[noun]):
            return SlotResult("number", True, f"numbers agree: {text}")
        if bound_of(passage, passage.find(theirs[noun][0][1])):
            return None  # "more than nine seasons": a bound, left to the unit converter's check
        return SlotResult(
            "number",
            False,
            f"the number differs: claim says {_BOUND_SAID.get(bound or '', '')}'{text}', "
            f"source says '{theirs[noun][0][1]}'",
            frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z]+", text)) - {noun},
        )
    return None


_SCORE = re.compile(r"(?<![\w.])(?P<value>\d+(?:\.\d+)?)\s*(?:/|out of)\s*(?P<scale>100|10|5|4)\b")


# "an average score on Metacritic of under 58%": a score out of 100 said as a percentage
_SCORE_AS_PERCENT = re.compile(
    r"\bscor(?:e|ed|es)\b[^.;]{0,40}?(?<![\w.])(?P<value>\d+(?:\.\d+)?)\s*(?:%|percent\b)",
    re.IGNORECASE,
)


def _scores(text: str) -> list[tuple[float, int, str, int]]:
    """(value, scale, text, start) of each score."""
    found = [
        (float(m.group("value")), int(m.group("scale")), m.group(0), m.start())
        for m in _SCORE.finditer(text)
        if float(m.group("value")) <= int(m.group("scale"))
    ]
    found += [
        (float(m.group("value")), 100, m.group(0)[m.start("value") - m.start() :], m.start("value"))
        for m in _SCORE_AS_PERCENT.finditer(text)
        if float(m.group("value")) <= 100
    ]
    return found


def says_score(text: str) -> bool:
    """Whether `text` states a score on a scale ("4.5/10", "61 out of 100")."""
    return bool(_scores(text))


def fits_bound(value: float, bound: str | None, other: float) -> bool:
    if bound in ("above", "at_least"):
        return other > value or (bound == "at_least" and math.isclose(other, value))
    if bound in ("below", "at_most"):
        return other < value or (bound == "at_most" and math.isclose(other, value))
    return math.isclose(other, value)


def check_scores(claim: str, passage: str) -> SlotResult | None:
    """'an average rating of 4.5/10' against '4.6/10': the same scale, another score."""
    ours = _scores(claim)
    if not ours:
        return None
    theirs = _scores(passage)
    agreed, refuted = [], []
    for value, scale, text, start in ours:
        same_scale = [(v, t, bound_of(passage, at)) for v, s, t, at in theirs if s == scale]
        if not same_scale:
            continue
        bound = bound_of(claim, start)
        fitting = [t for v, t, b in same_scale if fits_bound(value, bound, v) or (b and b == bound)]
        if fitting:
            agreed.append(f"{text} ≈ {fitting[0]}")
        else:  # "higher than 35 out of 100" against a bare "35 out of 100" too
            refuted.append(f"claim says {text}, source says {same_scale[0][1]}")
    if refuted:
        return SlotResult("number", False, "the score differs: " + "; ".join(refuted))
    if agreed:
        return SlotResult("number", True, "scores agree: " + ", ".join(agreed))
    return None


ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split()
    )
}
# "her debut album" is her first
RANK_WORDS = ORDINALS | {"debut": 1}
_SUPERLATIVE = (
    "best|largest|highest|richest|wealthiest|biggest|longest|oldest|tallest|"
    "busiest|smallest|lowest|youngest"
)
_SAID_OF = (
    r"(?:\b(?:is|was|are|were|became|become|becomes|ranked|ranks|finished|came|placed|as)\s+"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?|\b(?:his|her|its|their)\s+|'s\s+)"
)
# An ordinal said of the subject ("is the third studio album", "finished second"), not one
# that names another thing ("the first law of thermodynamics").
_ORDINAL = re.compile(
    _SAID_OF + r"(?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<word>" + "|".join(RANK_WORDS) + r"))\b"
    r"(?:[\s-]+(?:most[\s-]+(?P<most>[a-z]+)|(?P<sup>" + _SUPERLATIVE + r")|studio|full-length|"
    r"consecutive))?"
    r"\s+(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
# "is the most populous city", "was the largest": first, with no ordinal said
_FIRST = re.compile(
    r"\b(?:is|was|are|were|became|become|becomes|remains|remained)\s+the\s+"
    r"(?:most[\s-]+(?P<most>[a-z]+)|(?P<sup>" + _SUPERLATIVE + r"))\b",
    re.IGNORECASE,
)


_CARDINALS = {w: int(n) for w, n in NUMBER_WORDS.items() if " " not in w and 1 <= n <= 10}
_CHART = re.compile(
    r"(?:\b(?:number|No\.)|#)\s*(?P<n>\d+|" + "|".join(_CARDINALS) + r")\b", re.IGNORECASE
)


def _ordinals(text: str) -> dict[str, list[tuple[int, str]]]:
    """Ordinals by what they rank: 'third largest city' -> {'city': [(3, ..)], 'largest': [..]};
    chart places ('number one', 'No. 3') under 'number'."""
    found: dict[str, list[tuple[int, str]]] = {}
    for m in _CHART.finditer(text):
        n = m.group("n").lower()
        rank = int(n) if n.isdigit() else _CARDINALS[n]
        found.setdefault("number", []).append((rank, m.group(0)))
    # a superlative ranks by itself ("the sixth planet" is not "the second-largest planet")
    ranked = [
        (
            int(m.group("num")) if m.group("num") else RANK_WORDS[m.group("word").lower()],
            m,
            m.group("sup") or m.group("most") or m.group("noun"),
        )
        for m in _ORDINAL.finditer(text)
    ] + [(1, m, m.group("sup") or m.group("most")) for m in _FIRST.finditer(text)]
    for rank, m, key in ranked:
        key = stem(key.lower())
        if key not in STOPWORDS and key not in MONTH_WORDS:
            found.setdefault(key, []).append((rank, m.group(0)))
    return found


_ANY_RANK = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(RANK_WORDS) + r"))\b", re.I)


def _any_ranks(text: str) -> set[int]:
    """Every rank a text states, whatever it ranks ('and the 24th largest in the state')."""
    return {int(n) if n else RANK_WORDS[w.lower()] for n, w in _ANY_RANK.findall(text)}


def check_ordinals(claim: str, passage: str) -> SlotResult | None:
    """'the second studio album' / 'the third studio album': another rank of the same thing."""
    ours, theirs = _ordinals(claim), _ordinals(passage)
    for noun, stated in ours.items():
        rank, text = stated[0]
        if noun in theirs:
            if any(other == rank for other, _ in theirs[noun]):
                return SlotResult("number", True, f"the rank agrees: {text}")
            if rank in _any_ranks(passage):
                # "and the 24th largest in the state": the claim's rank of the same thing,
                # said where no subject precedes it; of something else ("fourth overall"),
                # it decides nothing
                said = "|".join(
                    [rf"{rank}(?:st|nd|rd|th)"] + [w for w, n in RANK_WORDS.items() if n == rank]
                )
                said = rf"\b(?:{said})"
                if re.search(rf"{said}[\s-]+(?:[a-z]+[\s-]+)?{re.escape(noun)}", passage, re.I):
                    return SlotResult("number", True, f"the rank agrees: {text}")
                return SlotResult("number", None, f"the rank '{text}' is not said of it")
            other_text = theirs[noun][0][1]
            return SlotResult(
                "number",
                False,
                f"the rank differs: claim says '{text}', source says '{other_text}'",
                frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z]+", text)) - {noun},
            )
    return None


# "at the age of 64", "aged 64", "64 years old", "died at 64": a person's age at an event
_AGE = re.compile(
    r"\b(?:at the age of|at age|aged|age)\s+(?P<a>\d{1,3}|" + "|".join(_SMALL_NUMBERS) + r")\b"
    r"|\b(?P<b>\d{1,3}|"
    + "|".join(_SMALL_NUMBERS)
    + r")[\s-]+years?[\s-]+old\b|\b(?:died|dies|retired|married|debuted)\s+at\s+(?P<c>\d{1,3})\b",
    re.IGNORECASE,
)


def _ages(text: str) -> list[tuple[int, str, int]]:
    ages = []
    for m in _AGE.finditer(text):
        said = (m.group("a") or m.group("b") or m.group("c")).lower()
        ages.append((int(said) if said.isdigit() else _SMALL_NUMBERS[said], m.group(0), m.start()))
    return ages


def check_ages(claim: str, passage: str) -> SlotResult | None:
    """'died at the age of 64' against 'at the age of 61': another age, with the claim's bound
    ('less than 10 years old')."""
    ours, theirs = _ages(claim), _ages(passage)
    if len(ours) != 1 or not theirs:
        return None
    value, text, start = ours[0]
    bound = bound_of(claim, start)
    if any(fits_bound(value, bound, v) for v, _, _ in theirs):
        return SlotResult("number", True, f"the age agrees: {text}")
    return SlotResult(
        "number",
        False,
        f"the age differs: claim says '{text}', source says '{theirs[0][1]}'",
        frozenset({"age", "aged", "old"}),
    )
