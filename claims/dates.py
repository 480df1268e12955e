"""The one date parser: finds date mentions in text and resolves them to ISO values.

Values keep the precision the text states: "1999" -> "1999", "October 2022" -> "2022-10",
"Jan. 11" -> "2023-01-11" when the article was published on 2023-01-16 (the year is taken
from the article's date, choosing the nearest such day).

Relative dates are resolved against the article's published date ("last week" ->
"2023-01-09/2023-01-15", "late last month" -> "2022-12-21/2022-12-31", "yesterday", "on Monday")
or against an anchor, the date of the event the text refers back to ("one day after the
reshuffle" -> anchor + 1 day). A range is an ISO 8601 interval "start/end"; `date_range` turns
any value into its first and last day, `dates_overlap` compares two values at any precision.
Each found date also carries `absolute`: the words that say it without the article's context
("Last week" -> "in the week of January 9-15, 2023"), used to decontextualise claims.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

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
        rf"(?i:{_MONTH})(?![\w-])"
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


# "last May", "this May", "next May": the word names which May, so it is part of the mention
_NAMING_LEADS = frozenset({"last", "this", "next"})


# A sentence about what is yet to come: its "until March", "in July" is the next one.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|is expected|are expected|is set to|are set to|plans? to|"
    r"is scheduled|are scheduled|is due|are due|(?-i:could|might|may)\s(?!have\b)[a-z]+)\b"
    r"|'ll\b",
    re.IGNORECASE,
)


# a report's own time: "are expected to fall this year, the company said in January"
_SAID = re.compile(r"\b(?:said|told|announced|reported|stated|added|wrote|forecast)\b")


def _forecast(text: str, at: int) -> bool:
    """Whether the month at `at` is in a forecast ("will announce duties in July"), not the
    time of a report about one ("..., the company said in January")."""
    future = _FUTURE.search(text)
    if future is None:
        return False
    between = text[future.end() : at] if future.start() < at else text[at : future.start()]
    return _SAID.search(between) is None


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: str
    absolute: str | None = None  # the mention restated without context, when it needs it


def find_dates(
    text: str, reference: date | None = None, anchor: str | None = None, relative: bool = True
) -> list[FoundDate]:
    """All date mentions in `text`, left to right, without overlaps (longest pattern wins).

    `reference` is the article's published day; `anchor` the ISO value of the event the text
    refers back to ("one day after the reshuffle", "soon afterward").
    """
    # what the patterns need, looked up once: most texts have no month name or relative word,
    # and many no digit, so most patterns need not run at all
    words = frozenset(_WORD.findall(text.lower()))
    digit = _DIGIT.search(text) is not None
    month = not _MONTH_WORDS.isdisjoint(words)
    relative = relative and not _RELATIVE_WORDS.isdisjoint(words)
    if not (digit or month or relative or not _DECADE_WORD_SET.isdisjoint(words)):
        return []
    stated: list[FoundDate] = []
    if relative and (digit or month) and not _SEQUENCE_WORDS.isdisjoint(words):
        # "revenue in October, up 11% from a year earlier": a date stated before the mention
        # is what it counts from
        stated = find_dates(text, reference, anchor, relative=False)
    found = (_relative_dates(text, reference, anchor, stated) if relative else []) + _decades(text)
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
            forward = lead in {"until", "by", "in"} and _forecast(text, m.start())
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


def to_date(value: str | None) -> date | None:
    """A full ISO day as a `date`; None for coarser or missing values."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


# --- relative dates ------------------------------------------------------------------------

MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
_FULL_MONTHS = frozenset(name.lower() for name in MONTH_NAMES[1:])
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNT_RE = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PART = r"(?:(?P<part>early|mid|late)[\s-]+)?"
_RELATIVE = re.compile(
    rf"\b{_PART}(?P<which>last|this|next|past)\s+(?P<period>week|month|year)\b"
    r"|\b(?P<day_word>yesterday|today)\b"
    r"|\b(?:on|last)\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
    rf"|\b{_COUNT_RE}\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|after|before|later|earlier)"
    r"(?:\s+(?:the|that)\s+[a-z][\w-]*(?:\s+of\s+[A-Z][\w-]*)?)?"
    r"|\b(?P<next_day>the (?:next|following) day|a day later)\b"
    # (not "shortly after it was passed": "after" with a clause of its own)
    r"|\b(?P<soon>(?:soon|shortly) after(?:wards?\b|(?=[,.;:]|$)))"
    r"|\b(?P<newly>(?:newly|recently)[\s-]+(?:appointed|named|elected|installed|promoted|"
    r"hired|chosen|nominated|sworn in))\b",
    re.IGNORECASE,
)
# words of a mention counted from another date ("a year earlier", "two days after")
_SEQUENCE_WORDS = frozenset("earlier later".split())
_COMPARED_FROM = re.compile(r"\b(?:from|than|since|to)\s+$", re.I)
# Words without which a pattern cannot match (`find_dates` looks them up before searching).
_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(MONTHS)
_RELATIVE_WORDS = frozenset(
    """last this next past yesterday today ago after before later earlier following soon
    shortly newly recently""".split()
) | frozenset(_WEEKDAYS)
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
NEWLY_DAYS = 365  # "newly appointed": within the year before the article's date


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


def _relative_dates(
    text: str, reference: date | None, anchor: str | None, stated: list[FoundDate]
) -> list[FoundDate]:
    found = []
    for m in _RELATIVE.finditer(text):
        # "a year earlier", "two years later" count from the date stated before them; "a week
        # before the release of X", "after she died" from an event of their own
        adverbial = (m.group("dir") or "").lower() in {"earlier", "later"}
        before = [d.value for d in stated if d.end <= m.start()] if adverbial else []
        resolved = _resolve_relative(m, reference, before[-1] if before else anchor)
        if resolved is None:
            continue
        value, absolute = resolved
        if _COMPARED_FROM.search(text, 0, m.start()) and absolute.startswith(("in ", "on ")):
            absolute = absolute[3:]  # "up 11% from a year earlier" -> "from October 2022"
        if m.group(0)[0].isupper():
            absolute = absolute[0].upper() + absolute[1:]
        found.append(FoundDate(m.start(), m.end(), m.group(0), value, absolute))
    return found


def _resolve_relative(
    m: re.Match[str], reference: date | None, anchor: str | None
) -> tuple[str, str] | None:
    g = m.groupdict()
    if g["period"]:
        return _period(g["which"].lower(), g["period"].lower(), g["part"], reference)
    if g["day_word"] and reference:
        day = reference - timedelta(days=1 if g["day_word"].lower() == "yesterday" else 0)
        return day.isoformat(), "on " + render_day(day)
    if g["weekday"] and reference:
        back = (reference.weekday() - _WEEKDAYS.index(g["weekday"].lower())) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        day = reference - timedelta(days=back)
        return day.isoformat(), "on " + render_day(day)
    if g["next_day"]:
        start = to_date(anchor)
        return None if start is None else _shifted(start, 1, "day")
    if g["soon"]:
        return _soon_after(anchor)
    if g["newly"]:
        # a recency, not a date to print: the claim keeps its words, the value its range
        if reference is None:
            return None
        start = reference - timedelta(days=NEWLY_DAYS)
        return f"{start.isoformat()}/{reference.isoformat()}", m.group(0)
    if g["unit"]:
        n = int(g["n"]) if g["n"].isdigit() else _COUNT[g["n"].lower()]
        direction = g["dir"].lower()
        if direction == "ago":
            base, sign = reference, -1
        else:
            base, sign = to_date(anchor), (1 if direction in ("after", "later") else -1)
        unit = g["unit"].lower()
        if base is None and anchor and unit in ("month", "year"):
            return _shifted_coarse(anchor, sign * n, unit)  # "in October, ... a year earlier"
        if base is None:
            return None
        return _shifted(base, sign * n, unit)
    return None


def _period(
    which: str, period: str, part: str | None, reference: date | None
) -> tuple[str, str] | None:
    if reference is None:
        return None
    if which == "past" and not part:
        # "over the past year": the days up to the article, not the calendar year before it
        days = {"week": 7, "month": 30, "year": 365}[period]
        start = reference - timedelta(days=days)
        return f"{start.isoformat()}/{reference.isoformat()}", f"past {period}"
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if period == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=step)
        sunday = monday + timedelta(days=6)
        return f"{monday.isoformat()}/{sunday.isoformat()}", "in the week of " + render_range(
            monday, sunday
        )
    if period == "year":
        year = reference.year + step
        if part:
            first, last = _part_bounds(part, 1, 12)
            return f"{year}-{first:02d}/{year}-{last:02d}", f"in {part.lower()} {year}"
        return f"{year}", f"in {year}"
    month_index = reference.year * 12 + reference.month - 1 + step
    year, month = divmod(month_index, 12)
    month += 1
    name = f"{MONTH_NAMES[month]} {year}"
    if not part:
        return f"{year}-{month:02d}", f"in {name}"
    days = calendar.monthrange(year, month)[1]
    first, last = _part_bounds(part, 1, days)
    return (
        f"{date(year, month, first).isoformat()}/{date(year, month, last).isoformat()}",
        f"in {part.lower()} {name}",
    )


def _part_bounds(part: str, first: int, last: int) -> tuple[int, int]:
    """Early / mid / late thirds of a month (days) or of a year (months)."""
    third = (last - first + 1) // 3
    if part.lower() == "early":
        return first, first + third - 1
    if part.lower() == "mid":
        return first + third, first + 2 * third - 1
    return first + 2 * third, last


def _shifted_coarse(anchor: str, n: int, unit: str) -> tuple[str, str] | None:
    """A month ("2023-10") or a year ("2019") moved by months or years, at its own precision."""
    if re.fullmatch(r"\d{4}-\d{2}", anchor):
        return _shifted(date(int(anchor[:4]), int(anchor[5:]), 1), n, unit)
    if re.fullmatch(r"\d{4}", anchor) and unit == "year":
        return str(int(anchor) + n), f"in {int(anchor) + n}"
    return None


def _shifted(base: date, n: int, unit: str) -> tuple[str, str]:
    if unit == "day":
        day = base + timedelta(days=n)
        return day.isoformat(), "on " + render_day(day)
    if unit == "week":
        day = base + timedelta(weeks=n)
        return day.isoformat(), "on " + render_day(day)
    months = base.year * 12 + base.month - 1 + (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    return f"{year}-{month + 1:02d}", f"in {MONTH_NAMES[month + 1]} {year}"


def _soon_after(anchor: str | None) -> tuple[str, str] | None:
    if not anchor:
        return None
    return f"{anchor}/..", "soon after " + render_value(anchor)


def render_day(day: date) -> str:
    return f"{MONTH_NAMES[day.month]} {day.day}, {day.year}"


def render_range(first: date, last: date) -> str:
    if first.year != last.year:
        return f"{render_day(first)} to {render_day(last)}"
    if first.month != last.month:
        first_words = f"{MONTH_NAMES[first.month]} {first.day}"
        return f"{first_words} to {MONTH_NAMES[last.month]} {last.day}, {last.year}"
    return f"{MONTH_NAMES[first.month]} {first.day}-{last.day}, {first.year}"


def render_value(value: str) -> str:
    """An ISO value in words: "2023-01-12" -> "January 12, 2023", "2022-10" -> "October 2022"."""
    parts = value.split("/")[0].split("-")
    if len(parts) == 3:
        return render_day(date(int(parts[0]), int(parts[1]), int(parts[2])))
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return parts[0]


def _with_year(mention: str, value: str) -> str:
    """ "Jan. 11" -> "Jan. 11, 2023"; "October" -> "October 2022"."""
    year = value[:4]
    return f"{mention}, {year}" if len(value.split("/")[0]) == 10 else f"{mention} {year}"


def date_range(value: str) -> tuple[date, date]:
    """First and last day a value covers: "2022-10" -> Oct 1..31; "a/b" -> a's first, b's last."""
    first_raw, _, last_raw = value.partition("/")
    last_raw = last_raw or first_raw
    first = _bounds(first_raw)[0]
    last = date.max if last_raw == ".." else _bounds(last_raw)[1]
    return first, last


def _bounds(value: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(
            parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1]
        )
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def dates_overlap(a: str, b: str) -> bool:
    """Two date values (days, months, years or ranges) can describe the same time."""
    a_first, a_last = date_range(a)
    b_first, b_last = date_range(b)
    return a_first <= b_last and b_first <= a_last
