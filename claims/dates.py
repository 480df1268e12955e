"""The one date parser: finds date mentions in text and resolves them to ISO values.

Values keep the precision the text states: "1999" -> "1999", "October 2022" -> "2022-10",
"Jan. 11" -> "2023-01-11" when the article was published on 2023-01-16 (the year is taken
from the article's date, choosing the nearest such day).

Relative dates are resolved against the article's published date ("last week" ->
"2023-01-09/2023-01-15", "late last month" -> "2022-12-21/2022-12-31", "yesterday", "on Monday")
or against an anchor, the date of the event the text refers back to ("one day after the
reshuffle" -> anchor + 1 day): see `claims.relative_dates`. A range is an ISO 8601 interval
"start/end"; `claims.date_values.date_range` turns any value into its first and last day,
`claims.date_values.dates_overlap` compares two values at any precision.
Each found date also carries `absolute`: the words that say it without the article's context
("Last week" -> "in the week of January 9-15, 2023"), used to decontextualise claims.
"""

from __future__ import annotations

import re
from datetime import date

from claims.date_values import MONTH_NAMES, FoundDate
from claims.relative_dates import (
    RELATIVE_WORDS,
    SEQUENCE_WORDS,
    find_relative_dates,
    is_forecast,
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"  # after a month: "February 14, 1542"
_BARE_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"  # alone, a figure like 1500 is seldom a year

_PATTERNS = [
    # 2023-01-16
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    # 1/16/2023 (US order, as US news pages print it)
    re.compile(r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>\d{4})\b"),
    # January 9-15, 2023 (a range of days in one month)
    re.compile(
        rf"\b{_MONTH}\s+{_DAY}\s*[-–]\s*(?P<day2>[0-3]?\d)\b(?:,?\s+{_YEAR}\b)?",
        re.IGNORECASE,
    ),
    # Feb. 19, 2022 / June 17 2017 / Jan. 16 / August 11,1980
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:(?:,\s*|\s+){_YEAR}\b)?", re.IGNORECASE),
    # 19 February 2022
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    # October 2022 / June of 1866 / May, 2006
    re.compile(rf"\b{_MONTH}(?:,?\s+|\s+of\s+){_YEAR}\b", re.IGNORECASE),
    # in October (month alone, resolved to the nearest such month before the article's date)
    re.compile(
        r"\b(?i:(?P<lead>in|since|until|by|next|last|this|early|late|mid-|"
        r"(?:end|start|beginning|middle)\sof))\s+(?=[A-Z])"
        # (not a first name: "a landscape by Jan van Goyen", "in May Smith")
        rf"(?i:{_MONTH})(?![\w-])(?!\s(?:van|von|de|der|den|da|di|du|le|la)\s|\s[A-Z][a-z])"
    ),
    # 1999 (a year alone)
    re.compile(rf"(?<![\w/-]){_BARE_YEAR}(?![\w/-])"),
    # in 1542, the summer of 1297 (an earlier year, after a word that dates it: "a force of
    # 1500" is a count)
    re.compile(
        r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bfrom )|(?<=\bcirca )|(?<=\byear )"
        r"|(?<=\bearly )|(?<=\blate )|(?<=\bsummer of )|(?<=\bwinter of )|(?<=\bspring of )"
        r"|(?<=\bautumn of )|(?<=\bend of ))"
        r"(?P<year>1[0-5]\d\d)(?![\w/-]|[.,]\d)",
        re.IGNORECASE,
    ),
]


# "will close stores by the end of May": in a forecast, the coming May
_FORWARD_LEADS = frozenset({"until", "by", "in", "end of", "start of", "beginning of", "middle of"})
# "last May", "this May", "next May": the word names which May, so it is part of the mention
_NAMING_LEADS = frozenset({"last", "this", "next"})


def find_dates(
    text: str,
    reference: date | None = None,
    anchor: str | None = None,
    relative: bool = True,
    words: frozenset[str] | None = None,
) -> list[FoundDate]:
    """All date mentions in `text`, left to right, without overlaps (longest pattern wins).

    `reference` is the article's published day; `anchor` the ISO value of the event the text
    refers back to ("one day after the reshuffle", "soon afterward"); `words`: its
    `lower_words`, when the caller has them.
    """
    # what the patterns need, looked up once: most texts have no month name or relative word,
    # and many no digit, so most patterns need not run at all
    words = lower_words(text) if words is None else words
    digit = _DIGIT.search(text) is not None
    month = not _MONTH_WORDS.isdisjoint(words)
    relative = relative and not RELATIVE_WORDS.isdisjoint(words)
    if not (digit or month or relative or not _DECADE_WORD_SET.isdisjoint(words)):
        return []
    stated: list[FoundDate] = []
    if relative and (digit or month) and not SEQUENCE_WORDS.isdisjoint(words):
        # "revenue in October, up 11% from a year earlier": a date stated before the mention
        # is what it counts from
        stated = find_dates(text, reference, anchor, relative=False, words=words)
    found = (find_relative_dates(text, reference, anchor, stated) if relative else []) + _decades(
        text
    )
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in found]
    for pattern, needs_digit, needs_month, needs in _NEEDS:
        if (needs_digit and not digit) or (needs_month and not month):
            continue
        if needs is not None and needs.search(text) is None:
            continue  # a cheap search for what the pattern must contain saves a slow one
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            # "will end by March", "until March" in a forecast: the next such month
            lead = (m.groupdict().get("lead") or "").lower()
            forward = lead in _FORWARD_LEADS and is_forecast(text, m.start())
            value = _resolve(m.groupdict(), reference, forward)
            if value is None:
                continue
            if m.groupdict().get("day2"):
                value = f"{value}/{value[:8]}{int(m.group('day2')):02d}"
            start, end = m.start(), m.end()
            if lead and lead not in _NAMING_LEADS:
                # "in October": the mention is the month, not the preposition
                start = m.start("month")
            named = m.start("month") if m.groupdict().get("month") else start
            if text[end - 1 : end] == "." and text[named : end - 1].lower() in _FULL_MONTHS:
                end -= 1  # "in January.": the period ends the sentence, it abbreviates nothing
            absolute = None
            if lead in _NAMING_LEADS:  # "last May" -> "in May 2023"
                absolute = f"in {_with_year(m.group('month'), value)}"
            elif m.groupdict().get("month") and not m.groupdict().get("year"):
                absolute = _with_year(text[start:end], value)
            found.append(FoundDate(start, end, text[start:end], value, absolute))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return _month_of_year(text, found) if relative and len(found) > 1 else found


def lower_words(text: str) -> frozenset[str]:
    """The runs of letters a-z in `text` lowercased: what the look-ups of dates, hedges and
    number words read (one claim's, read once)."""
    return frozenset(_WORD.findall(text.lower()))


def _month_of_year(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """ "in August last year" is one mention, August of last year: not "in August 2023 in
    2023" (the month and the relative year each restated)."""
    merged: list[FoundDate] = []
    for d in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and len(previous.value) == 7  # a month, year added from the article's date
            and re.fullmatch(r"\d{4}", d.value)
            and text[previous.end : d.start] == " "
            and d.text.lower() in {"last year", "this year", "next year"}
        ):
            value = f"{d.value}-{previous.value[5:]}"
            month = MONTH_NAMES[int(previous.value[5:])]
            merged[-1] = FoundDate(
                previous.start, d.end, text[previous.start : d.end], value, f"{month} {d.value}"
            )
            continue
        merged.append(d)
    return merged


def parse_date(text: str, reference: date | None = None) -> str | None:
    """The ISO value of the first date in `text`, or None."""
    found = find_dates(text, reference)
    return found[0].value if found else None


def _month_number(raw: str) -> int | None:
    if raw.isdigit():
        n = int(raw)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(raw.lower().rstrip("."))


def _resolve(
    groups: dict[str, str | None], reference: date | None, forward: bool = False
) -> str | None:
    year_raw, month_raw, day_raw = groups.get("year"), groups.get("month"), groups.get("day")
    month = _month_number(month_raw) if month_raw else None
    if month_raw and month is None:
        return None
    year = int(year_raw) if year_raw else None
    if month is None:
        return f"{year:04d}" if year else None
    if day_raw is None:
        lead = (groups.get("lead") or "").lower()
        if year is None and reference is not None and lead in _NAMING_LEADS:
            # "last March" in a March article is a year back; "this May" is this year's
            year = (
                reference.year
                + {
                    "last": -1 if month >= reference.month else 0,
                    "this": 0,
                    "next": 1 if month <= reference.month else 0,
                }[lead]
            )
        if year is None:
            if reference is None:
                return None
            # a month named alone is the most recent such month up to the article's date, or
            # the next from it in a forecast ("will last until March")
            if forward:
                year = reference.year if month >= reference.month else reference.year + 1
            else:
                year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    day = int(day_raw)
    if year is None:
        if reference is None:
            return None
        year = _nearest_year(month, day, reference)
        if year is None:
            return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _nearest_year(month: int, day: int, reference: date) -> int | None:
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - reference).days)).year


_FULL_MONTHS = frozenset(name.lower() for name in MONTH_NAMES[1:])
# Words without which a pattern cannot match (`find_dates` looks them up before searching).
_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(MONTHS)
# What some of `_PATTERNS` cannot match without, found by a search far cheaper than theirs
# (the early-year pattern tries its look-behinds at every character: 10 times slower)
_DASH = re.compile(r"[-–]")
_EARLY_YEAR = re.compile(r"1[0-5]\d\d")
# each of `_PATTERNS`, in order, with whether it needs a digit, whether a month name, and a
# pattern it needs to find first (None: nothing more)
_NEEDS = list(
    zip(
        _PATTERNS,
        (True, True, True, True, True, True, False, True, True),
        (False, False, True, True, True, True, True, False, False),
        (_DASH, re.compile("/"), _DASH, None, None, None, None, None, _EARLY_YEAR),
        strict=True,
    )
)


_DECADE = re.compile(
    r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>1[5-9]\d0|20\d0)['’]?s\b", re.I
)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "the seventies", "the late '60s", "the 80s", "the 70s-80s": the 20th century's decades, after
# "the" ("in his thirties" is an age). "The twenties" may be the 2020s, so it is left out.
_WORD_DECADE = re.compile(
    r"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    r"(?:(?P<word>thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    r"|['’]?(?P<digits>[3-9]0)s(?:[-–]['’]?(?P<to>[3-9]0)s)?)\b",
    re.I,
)
_DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990}  # fmt: skip
_DECADE_WORD_SET = frozenset(_DECADE_WORDS)
_DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}


def _decades(text: str) -> list[FoundDate]:
    """ "the 1980s" -> 1980/1989, "the early 1970s" -> 1970/1974, "the seventies" and "the
    '70s" -> 1970/1979."""
    found: list[FoundDate] = []
    if "ties" in text or "0s" in text:
        for m in _WORD_DECADE.finditer(text):
            word = (m.group("word") or "").lower()
            first = _DECADE_WORDS[word] if word else 1900 + int(m.group("digits"))
            last = 1900 + int(m.group("to")) if m.group("to") else None  # "the 70s-80s"
            start = m.start() + 4  # after "the "
            value = _decade_value(first, m.group("part"), last)
            found.append(FoundDate(start, m.end(), text[start : m.end()], value, None))
    if "0s" not in text and "0'" not in text and "0’" not in text:
        return found  # most texts: no decade, no regex
    for m in _DECADE.finditer(text):
        if m.group(0)[-1:] != "s" or (
            m.group(0)[-2] in "'’"
            and not m.group("part")
            and not _THE_BEFORE.search(text[: m.start()])
        ):
            continue  # "2000's New Tattoo": the album of 2000, not the decade
        value = _decade_value(int(m.group("decade")), m.group("part"))
        found.append(FoundDate(m.start(), m.end(), m.group(0), value, None))
    return found


def _decade_value(first: int, part: str | None, last: int | None = None) -> str:
    """The years of a decade or a run of decades: 1970, "late" -> "1975/1979"; "the early
    1980s" reaches into the middle of the decade (generous, overlapping parts)."""
    low, high = _DECADE_PARTS.get((part or "").lower(), (0, 9))
    if last is not None:
        high = last + 9 - first
    return f"{first + low}/{first + high}"


def _with_year(mention: str, value: str) -> str:
    """ "Jan. 11" -> "Jan. 11, 2023"; "October" -> "October 2022"."""
    year = value[:4]
    return f"{mention}, {year}" if len(value.split("/")[0]) == 10 else f"{mention} {year}"
