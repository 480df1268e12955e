"""The one date parser: finds date mentions in text and resolves them to ISO values.

Values keep the precision the text states: "1999" -> "1999", "October 2022" -> "2022-10",
"Jan. 11" -> "2023-01-11" when the article was published on 2023-01-16 (the year is taken
from the article's date, choosing the nearest such day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"

_PATTERNS = [
    # 2023-01-16
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    # 1/16/2023 (US order, as US news pages print it)
    re.compile(r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>\d{4})\b"),
    # Feb. 19, 2022 / June 17 2017 / Jan. 16
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    # 19 February 2022
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    # October 2022
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
    # in October (month alone, resolved to the nearest such month before the article's date)
    re.compile(rf"\b(?:in|since|until|by|last|this|early|late|mid-)\s+{_MONTH}(?![\w-])"),
    # 1999 (a year alone)
    re.compile(rf"(?<![\w/-]){_YEAR}(?![\w/-])"),
]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: str


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """All date mentions in `text`, left to right, without overlaps (longest pattern wins)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _resolve(m.groupdict(), reference)
            if value is None:
                continue
            start, end = m.start(), m.end()
            if (
                "month" in m.groupdict()
                and m.group(0)[0].islower()
                and not m.groupdict().get("day")
            ):
                # "in October": the mention is the month, not the preposition
                start = m.start("month")
            found.append(FoundDate(start, end, text[start:end], value))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, reference: date | None = None) -> str | None:
    """The ISO value of the first date in `text`, or None."""
    found = find_dates(text, reference)
    return found[0].value if found else None


def _month_number(raw: str) -> int | None:
    if raw.isdigit():
        n = int(raw)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(raw.lower().rstrip("."))


def _resolve(groups: dict[str, str | None], reference: date | None) -> str | None:
    year_raw, month_raw, day_raw = groups.get("year"), groups.get("month"), groups.get("day")
    month = _month_number(month_raw) if month_raw else None
    if month_raw and month is None:
        return None
    year = int(year_raw) if year_raw else None
    if month is None:
        return f"{year:04d}" if year else None
    if day_raw is None:
        if year is None:
            if reference is None:
                return None
            # a month named alone is the most recent such month up to the article's date
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
