"""Commas and "and"s that separate nothing, masked before a sentence is split into clauses.

Commas inside dates ("Feb. 19, 2022") and places ("Minsk, Belarus") are replaced by a
private-use character of the same length (`MASKED_COMMA_MARK`) so that they never end a clause;
in a list of quoted titles ("Oye Como Va," "Smooth") the comma moves after the quote.
`MASKED_AND` stands for " and " inside a phrase moved to the clause's end. `claims.decompose`
masks first and unmasks each part.
"""

from __future__ import annotations

import re

from claims.context import COUNTRIES

US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming England Scotland Wales DC
D.C. Ontario Quebec Bavaria Catalonia Queensland Victoria Tasmania""".split()
PLACES = sorted(
    {*COUNTRIES, *US_STATES, "New York", "New Jersey", "New Mexico", "North Carolina",
     "South Carolina", "North Dakota", "South Dakota", "New Hampshire", "Rhode Island",
     "West Virginia", "British Columbia", "New South Wales", "Northern Ireland"},
    key=len,
)[::-1]  # fmt: skip

_COUNTRY_NAMES = frozenset(COUNTRIES)
_STATES = frozenset(US_STATES)
MASKED_COMMA_MARK = "\ue000"  # a private-use character: stands for a comma that separates nothing
MASKED_AND = "\ue001"  # the same for " and " inside a phrase moved to the clause's end
_MASKED_COMMA = re.compile(
    r"(\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{1,2}|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:st|nd|rd|th)?)"
    r"(,)(\s\d{4})|(\b(?:in|of|at|near|outside|from|to)\s(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*)"
    r"(,)(\s(?:" + "|".join(PLACES) + r")\b)"
)
# a comma before a closing quote: "the film “Jojo Rabbit,” a satirical comedy" -> after it
_TITLE_COMMA = re.compile(r",([\"”])(?=\s)")


def _comma_after_quote(m: re.Match[str]) -> str:
    """',"' -> '",' when the quote closes a title (an odd count of straight quotes to it)."""
    closing = m.group(1) == "”" or m.string.count('"', 0, m.start()) % 2 == 1
    opening = m.string.rfind("“" if m.group(1) == "”" else '"', 0, m.start())
    quoted = m.string[opening + 1 : m.start()]
    if (
        not closing
        or opening < 0
        or len(quoted.split()) > 8  # a quotation, not a title
        or not (quoted[:1].isupper() or quoted[:1].isdigit())
        or _SPEECH_AFTER.match(m.string, m.end())
    ):
        return m.group(0)  # “... prepare aviation,” Muraveyko said: a quotation's own comma
    return f"{m.group(1)},"


_SPEECH_AFTER = re.compile(
    r"\s+(?:[\w.’'-]+\s){0,6}?(?:said|says|say|told|tells|added|adds|wrote|writes|asked|"
    r"explained|noted|stated|according)\b"
)


def mask(sentence: str) -> str:
    """Commas inside dates and "Place, Country" are no clause breaks: hide them (same length).
    In a list of quoted titles ("Oye Como Va," "Smooth") the comma moves after the quote."""
    if "," not in sentence:
        return sentence
    sentence = _TITLE_COMMA.sub(_comma_after_quote, sentence)
    return _MASKED_COMMA.sub(_masked, sentence)


def _masked(m: re.Match[str]) -> str:
    # "in France, Italy and Germany": a list of countries, not a place and its country
    if m.group(4) and m.group(4).split(" ", 1)[1] in _COUNTRY_NAMES:
        return m.group(0)
    # "in Texas, Oklahoma and Kansas": a list of states, not a place and its state
    state = m.group(6).strip() if m.group(4) else ""
    if state in _STATES and state not in {"DC", "D.C."} and m.group(4).split(" ", 1)[1] in _STATES:
        return m.group(0)
    return (m.group(1) or m.group(4)) + MASKED_COMMA_MARK + (m.group(3) or m.group(6))
