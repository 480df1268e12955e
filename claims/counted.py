"""Counted noun phrases in lists, examples and pairs: what a count belongs to and governs.

- counted classes (`counted_class_governor`): examples of "several awards for his work in
  journalism" are what the verb governs ("received A"), not a journalism (`claims.examples`);
- counted items (`counted_start`): "won four titles, two cups and a trophy" (`claims.lists`);
- counted pairs (`counted_pair`, `counted_object`): "lost power to 400,000 homes and
  businesses" is one count of both (`claims.pairs`).
"""

from __future__ import annotations

import re

from claims.grammar import (
    DETERMINERS,
    PREPOSITIONS,
    after_noun_opener,
    is_plain_verb,
    is_verb,
    progressive,
)
from claims.quantities import NUMBER_WORDS

# the class the examples belong to is counted: "several awards", "at least three people"
_COUNTED = re.compile(
    r"^(?:several|numerous|various|many|multiple|countless|dozens|hundreds|thousands|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3}(?:,\d{3})*|\d{5,})$"
)
_COUNT_LEADS = ("over", "about", "around", "nearly", "almost", "some", "more than", "at least",
                "up to", "fewer than", "less than")  # fmt: skip
_CLAUSE_WORDS = frozenset("where when who which that while whose".split())


def counted_class_governor(tokens: list[str]) -> int | None:
    """Where a counted class the examples belong to is governed: "received several awards
    for his work in journalism, including A" -> at "received" (A is an award, not a
    journalism); "killed at least 12 people in the capital, including three children" -> at
    "killed". The last counted class wins: "12 people in several cities, including Kyiv"."""
    counted = [
        i
        for i in range(2, len(tokens) - 1)
        if _COUNTED.match(tokens[i].lower()) or tokens[i - 1 : i + 2] == ["a", "number", "of"]
    ]
    if not counted:
        return None
    at = counted[-1]
    after = tokens[at + 2 :] if tokens[at] == "number" else tokens[at + 1 :]
    if tokens[at] == "number":
        at -= 1  # "held a number of senior positions"
    if after[0].lower() in PREPOSITIONS or any(
        t.endswith(",") or t in _CLAUSE_WORDS or (is_verb(t) and not after[k - 1].endswith("ly"))
        for k, t in enumerate(after[1:], 1)
    ):
        return None  # "three of them", "eight years old, his family moved": no class here
    if tokens[at][:1].isdigit() or tokens[at] in _NUMBER_WORDS:
        before = " ".join(tokens[:at])
        lead = next((w for w in _COUNT_LEADS if before.endswith(" " + w)), "")
        at -= len(lead.split())
    i = at - 1
    token = tokens[i]
    governs = (
        (token in PREPOSITIONS and token != "of")
        or (is_plain_verb(token) and not after_noun_opener(tokens, i))
        or progressive(tokens, i)
        or (tokens[i - 1] == "to" and token.isalpha() and token.islower())  # "to manage"
    )
    if governs and token in PREPOSITIONS and after[0].lower() in _AREA_UNITS:
        # "damaged crops on 50,000 hectares, including wheat": the wheat is a crop, so its
        # governor is the crops' ("damaged"), not the measure's
        return next((j for j in range(i - 2, 0, -1) if is_plain_verb(tokens[j])), None)
    return i if governs and i > 0 else None


# measures a list of examples cannot be members of
_AREA_UNITS = frozenset(
    "hectares acres kilometres kilometers miles km square tonnes tons metres meters".split()
)


_NUMBER_WORDS = frozenset(w for w, n in NUMBER_WORDS.items() if " " not in w and 2 <= n <= 12)


def counted_start(item: str) -> bool:
    """Whether a list item opens with a count or an article: "two cups", "a trophy"."""
    first = item.split(" ", 1)[0].lower()
    return bool(_COUNTED.match(first)) or first in {"a", "an", "one"}


COUNT_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozens hundreds
    thousands millions""".split()
)


def counted_or_determined(token: str) -> bool:
    low = token.lower()
    return low in DETERMINERS or low in COUNT_WORDS or low[:1].isdigit()


def counted_pair(left: list[str], right: list[str]) -> bool:
    """ "lost power to 400,000 homes and businesses": a bare plural after a counted plural
    shares its count, and the count is of both together (not 400,000 of each)."""
    if len(left) < 2 or not right:
        return False
    count, noun, first = left[-2].lower(), left[-1], right[0]
    return (
        (count[:1].isdigit() or count in COUNT_WORDS)
        and noun.isalpha()
        and noun.islower()
        and noun.endswith("s")
        and first.isalpha()
        and first.islower()
        and first.endswith("s")
        and not counted_or_determined(first)
        and not is_verb(first)
        and first not in PREPOSITIONS
    )


def counted_object(tokens: list[str]) -> bool:
    """ "evacuated 2,000 residents from": a count of plural things before the phrase."""
    return any(
        (t[:1].isdigit() or t in COUNT_WORDS) and tokens[k + 1].endswith("s")
        for k, t in enumerate(tokens[:-1])
    )


# a count and its noun, not a year: "employs 6,200 people", not "in 2015 after playing"
_COUNTED_TOTAL = re.compile(
    r"\b(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*\s(?:(?:million|billion)\s)?[a-z]{3,}\b"
)


def counted_total(text: str) -> bool:
    """Whether `text` counts something ("6,200 people", "12 million euros") before a list of
    names that the count is over ("at plants in Riga, Liepaja and Gdansk": one total)."""
    return _COUNTED_TOTAL.search(text) is not None


_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
_DURATION_END = re.compile(rf"(?:^|\s)[\w-]+\s{_UNIT},?$")
_DURATION_REST = re.compile(
    rf"^(?:(?:and\s)?[\w-]+\s{_UNIT},?\s)*(?:and\s)?[\w-]+\s{_UNIT}(?:$|\s(?!and\b))"
)  # (a phrase may follow: "after three hours and 44 minutes with a forehand winner")


def is_duration(left: str, right: str) -> bool:
    """ "five years, seven months, and 21 days": parts of one duration, no list ("five years"
    ends `left`, the rest is `right`)."""
    return bool(_DURATION_END.search(left)) and bool(_DURATION_REST.match(right))
