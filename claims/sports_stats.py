"""Counted sports records after the verb, each a claim of its own.

"S posted a 7.34 ERA with 24 strikeouts in 34 innings pitched" -> "S posted a 7.34 ERA", "S had
24 strikeouts", "S pitched 34 innings"; "S scored 124 goals in 219 appearances" -> "S scored 124
goals", "S made 219 appearances" (`statistics`, for `claims.coordinate.distribute`). Each count
takes the verb its noun takes ("scored 62 goals", "made 98 appearances", else "had"), in the
tense of the clause's verb ("has scored" after a present one). The other phrases after the
verb are `claims.phrases`.
"""

from __future__ import annotations

import re

from claims.grammar import is_past, split_subject

# Counted sports records: the noun decides the verb ("62 goals" were scored, "98 matches"
# played); anything else is had ("24 strikeouts", "a 5.08 ERA").
_STAT_VERBS = {
    "goals": "scored", "points": "scored", "runs": "scored", "touchdowns": "scored",
    "tries": "scored", "appearances": "made", "caps": "earned", "matches": "played",
    "games": "played", "innings": "pitched", "wickets": "took",
}  # fmt: skip
_STAT_NOUN = (
    r"(?:goals|points|runs|touchdowns|tries|appearances|caps|matches|games|innings|wickets|"
    r"strikeouts|assists|wins|saves|rebounds|tackles|sacks|ERA)"
)
_STAT = (
    rf"(?:a\s+)?(?:over\s+|more than\s+|nearly\s+|about\s+)?\d[\d.,]*\s+(?:[a-z-]+\s+)?"
    rf"{_STAT_NOUN}"
)
_DIGIT = re.compile(r"\d\s")
# a phrase moved after the clause ("over the course of his career") may follow the counts
_TAIL = r"(?:\s+(?:over|during|throughout|between|since)\s[^,;]+)?$"
_STATS = re.compile(
    rf"\s+(?:with|for)\s+(?P<stats>{_STAT}(?:,?\s+and\s+{_STAT})*)"
    rf"(?:\s+in\s+(?P<over>{_STAT})(?:\s+pitched)?)?{_TAIL}"
    rf"|\s+(?P<count>{_STAT})\s+in\s+(?P<over_only>{_STAT})(?:\s+pitched)?{_TAIL}"
)


def statistics(clause: str) -> list[str] | None:
    """ "S posted a 7.34 ERA with 24 strikeouts in 34 innings pitched" -> "S posted a 7.34
    ERA", "S had 24 strikeouts", "S pitched 34 innings"; "S scored 124 goals in 219
    appearances" -> "S scored 124 goals", "S made 219 appearances"."""
    if not _DIGIT.search(clause):
        return None
    m = _STATS.search(clause)
    subject = split_subject(clause)
    if m is None or subject is None or m.start() <= len(subject[0]):
        return None
    verb = subject[1].split(" ", 1)[0]
    past = verb in {"had", "was", "were"} or is_past(verb)
    if m.group("count"):  # "scored 124 goals in 219 appearances": the count stays with its verb
        base, counts = clause[: m.end("count")], [m.group("over_only")]
    else:
        base = clause[: m.start()]
        counts = [*re.split(r",?\s+and\s+", m.group("stats")), *filter(None, [m.group("over")])]
    facts = [base]
    for count in counts:
        noun = count.rsplit(" ", 1)[-1]
        stat_verb = _STAT_VERBS.get(noun, "had")
        if not past:
            stat_verb = "has" if stat_verb == "had" else f"has {stat_verb}"
        facts.append(f"{subject[0]} {stat_verb} {count}")
    return facts
