"""Date values once found: the mention (`FoundDate`), an ISO value in words, the first and last
day a value covers, and whether two values can describe the same time.

A value keeps the precision the text states ("1999", "2022-10", "2023-01-11") or is an ISO 8601
interval "start/end" ("2023-01-09/2023-01-15"; "2023-01-12/.." is open-ended). `claims.dates`
finds the mentions; this module holds what is done with their values.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

MONTH_NAMES = [calendar.month_name[i] for i in range(13)]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: str
    absolute: str | None = None  # the mention restated without context, when it needs it


def to_date(value: str | None) -> date | None:
    """A full ISO day as a `date`; None for coarser or missing values."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


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
