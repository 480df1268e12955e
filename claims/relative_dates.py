"""Relative dates: "last week", "late last month", "yesterday", "on Monday", "two days ago",
"a year earlier", "the next day", "soon afterward", "newly appointed".

Resolved against the article's published date (`reference`) or against an anchor, the ISO value
of the event the text refers back to ("one day after the reshuffle" -> anchor + 1 day); a date
stated earlier in the text is what "a year earlier" counts from. Each mention also carries its
`absolute` wording ("Last week" -> "in the week of January 9-15, 2023"). `claims.dates.find_dates`
calls `find_relative_dates` first, so these mentions win over the absolute patterns they overlap.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from claims.date_values import (
    MONTH_NAMES,
    FoundDate,
    render_day,
    render_range,
    render_value,
    to_date,
)

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNT_RE = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PART = r"(?:(?P<part>early|mid|late)[\s-]+)?"
_RELATIVE = re.compile(
    rf"\b{_PART}(?P<which>last|this|next|past)\s+(?P<period>week|month|year)\b"
    r"|\b(?P<day_word>yesterday|today)\b"
    r"|\b(?:on|last|by|until|since)\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
    r"(?:\s+(?P<daypart>morning|afternoon|evening|night)\b)?"
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
SEQUENCE_WORDS = frozenset("earlier later".split())
_COMPARED_FROM = re.compile(r"\b(?:from|than|since|to)\s+$", re.I)
RELATIVE_WORDS = frozenset(
    """last this next past yesterday today ago after before later earlier following soon
    shortly newly recently""".split()
) | frozenset(_WEEKDAYS)
NEWLY_DAYS = 365  # "newly appointed": within the year before the article's date


# A sentence about what is yet to come: its "until March", "in July" is the next one.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|is expected|are expected|is set to|are set to|plans? to|"
    r"is scheduled|are scheduled|is due|are due|likely|expects?\s(?:\S+\s){1,4}?to|"
    r"expected\s(?:\S+\s){1,4}?to|"
    r"(?-i:could|might|may|would)\s(?!have\b)[a-z]+)\b"
    r"|'ll\b",
    re.IGNORECASE,
)


# a report's own time: "are expected to fall this year, the company said in January"
_REPORTS = "said|told|announced|reported|stated|added|wrote"
_SAID = re.compile(rf"\b(?:{_REPORTS}|forecast)\b")


# (or a possessive: "two years after his wife died", "after his death")
_CLAUSE_NEXT = re.compile(
    r"\s(?:(?:[A-Z][\w-]*|he|she|they|it|we)\s(?:[A-Z][\w-]*\s)?[a-z]+(?:ed|s)?\b"
    r"|(?:his|her|their|its)\s)"
)
_SAID_BEFORE = re.compile(rf"\b(?:{_REPORTS})\s(?:\w+\s)?$")


def is_forecast(text: str, at: int) -> bool:
    """Whether the month at `at` is in a forecast ("will announce duties in July"), not the
    time of a report about one ("..., the company said in January")."""
    future = _FUTURE.search(text)
    if future is None or _SAID_BEFORE.search(text, 0, at):
        return False  # "The minister said on Monday he will resign": the report's day
    between = text[future.end() : at] if future.start() < at else text[at : future.start()]
    return _SAID.search(between) is None


def find_relative_dates(
    text: str, reference: date | None, anchor: str | None, stated: list[FoundDate]
) -> list[FoundDate]:
    found = []
    for m in _RELATIVE.finditer(text):
        if (m.group("dir") or "").lower() in {"after", "before"} and (
            _CLAUSE_NEXT.match(text, m.end()) or text.endswith("for ", 0, m.start())
        ):
            # "a year after Chandrayaan-3 became the first": counted from an event; "banned
            # for four years after testing positive": a duration
            continue
        # "a year earlier", "two years later" count from the date stated before them; "a week
        # before the release of X", "after she died" from an event of their own
        adverbial = (m.group("dir") or "").lower() in {"earlier", "later"}
        # (or a relative date resolved before it: "last year, down from 170,000 a year
        # earlier" counts from last year)
        known = sorted([*stated, *found], key=lambda d: d.end)
        before = [d.value for d in known if d.end <= m.start()] if adverbial else []
        forward = m.group("weekday") is not None and is_forecast(text, m.start())
        resolved = _resolve_relative(m, reference, before[-1] if before else anchor, forward)
        if resolved is None:
            continue
        value, absolute = resolved
        if _COMPARED_FROM.search(text, 0, m.start()) and absolute.startswith(("in ", "on ")):
            absolute = absolute[3:]  # "up 11% from a year earlier" -> "from October 2022"
        end = m.end()
        if (
            text.startswith(("'s ", "’s "), end)
            and absolute.startswith("in ")
            and " the " not in absolute[:7]
        ):
            # "last year's model", "last month's vote": "the 2023 model", "the April 2024 vote"
            absolute, end = f"the {absolute[3:]}", end + 2
        if m.group(0)[0].isupper():
            absolute = absolute[0].upper() + absolute[1:]
        found.append(FoundDate(m.start(), end, text[m.start() : end], value, absolute))
    return found


def _resolve_relative(
    m: re.Match[str], reference: date | None, anchor: str | None, forward: bool = False
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
        # "will visit the island on Wednesday": the coming one
        day = reference + timedelta(days=-back % 7) if forward else reference - timedelta(days=back)
        lead = m.group(0).split(" ", 1)[0].lower()
        lead = "on" if lead in {"on", "last"} else lead  # "by Tuesday", "until Friday" keep theirs
        if g["daypart"]:  # "on Saturday evening": "on the evening of August 12, 2023"
            return day.isoformat(), f"{lead} the {g['daypart'].lower()} of {render_day(day)}"
        return day.isoformat(), f"{lead} {render_day(day)}"
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
