"""Date slots: does a passage state the claim's dates, at the precision both state?

'2023' agrees with '2023-01-16'; a range ('last week', '2023-01-09/2023-01-15') agrees with any
day it overlaps; 'after 2007' and 'before March 2014' are bounds; an 'as of' date is when a
changing figure was read, not the date of the fact, and is not compared. A month said without
a year ("born in May") is compared with the passage's month, and the year that dates a thing
("a 2002 film") with the year the passage gives the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.counts import ORDINALS
from claims.date_values import MONTH_NAMES, FoundDate, dates_overlap
from claims.dates import find_dates
from claims.lifeevents import event_words
from claims.model import DateMention
from claims.slots import SlotResult

AS_OF = re.compile(r"\b(?:as of|by|as at)\s+(?:the\s+)?$", re.IGNORECASE)
DATE_BOUNDS = re.compile(
    r"\b(?P<after>after|since|later than)\s+(?:the\s+)?$|"
    r"\b(?P<before>before|prior to|earlier than|no later than)\s+(?:the\s+)?$|"
    r"\b(?P<until>until|till|up to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def same_date(a: str, b: str) -> bool:
    """Dates agree at the precision both state: '2023' agrees with '2023-01-16', and a range
    ('2023-01-09/2023-01-15', 'last week') agrees with any day or range it overlaps."""
    if "/" in a or "/" in b:
        return dates_overlap(a, b)
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def date_fits(
    claim_date: str, bound: str | None, passage_date: str, inclusive: bool = False
) -> bool | None:
    """Does a passage date fit the claim's date ('after 2007' fits 2008)? None: cannot tell.
    An inclusive bound ('since 1999') takes in its own period (December 8, 1999)."""
    if "/" in claim_date or "/" in passage_date:
        # a range against a bound ('after 2007' vs '2007-06/2008-02') is too loose to decide
        return dates_overlap(claim_date, passage_date) if bound is None else None
    n = min(len(claim_date), len(passage_date))
    ours, theirs = claim_date[:n], passage_date[:n]
    if bound is None:
        if ours == theirs and len(passage_date) < len(claim_date):
            return None  # "in 2019" neither confirms nor refutes "on 13 March 2019"
        return ours == theirs
    if ours == theirs:
        # 'after 2017' and '2017-05': within 2017 is not after it; 'after May 2017' and '2017':
        # the passage is not precise enough to tell
        return inclusive or (False if len(passage_date) >= len(claim_date) else None)
    return theirs > ours if bound == "after" else theirs < ours


def _words(event: str, abbreviations: bool) -> str:
    return "|".join(re.escape(w) for w in event_words(event, abbreviations))


# a claim about a birth or a death, in its words (the life events of `claims.lifeevents`)
_BIRTH = re.compile(rf"\b(?:{_words('birth', False)})\b", re.I)
_DEATH = re.compile(rf"\b(?:{_words('death', False)})\b", re.I)
# a passage's date of a birth or a death: its event word just before it ("born on", "b.",
# "killed in"), or the dash of a life span ("1783 – 1830")
_BIRTH_BEFORE = re.compile(rf"\b(?:{_words('birth', True)})\s*(?:on|in)?\s*$", re.I)
_DEATH_BEFORE = re.compile(rf"\b(?:{_words('death', True)})\s*(?:on|in)?\s*$|[-–]\s*$", re.I)


_TITLE_YEAR = re.compile(r"(?P<title>(?:[A-Z0-9][\w'’:.&-]*,?\s+){0,5}[A-Z0-9][\w'’:.&!?-]*)\s*\($")


def dated_titles(claim: str, passage: str, found: Sequence[FoundDate]) -> list[FoundDate]:
    """ "Into the Wild (2007), Synecdoche, New York (2008)": of a list of works each dated in
    parentheses, the year of the one the claim names; all dates when it names none."""
    named = []
    for d in found:
        if not re.match(r"\s*\)", passage[d.end :]):
            continue  # "Bessie Smith (April 15, 1864 – ...)": a life, not a work's year
        m = _TITLE_YEAR.search(passage[max(0, d.start - 60) : d.start])
        words = m.group("title").split() if m else []
        # the title's last words, at least two of them or one long name, said in the claim
        tail = " ".join(words[-2:]) if len(words) >= 2 else (words[0] if words else "")
        if tail and (len(words) >= 2 or len(tail) >= 5) and tail.rstrip(",") in claim:
            named.append(d)
    return named or list(found)


def same_event_dates(claim: str, passage: str, found: Sequence[FoundDate]) -> list[FoundDate]:
    """The passage's dates that can be the date of the claim's event: a birth date dates a birth
    only ("died on December 5, 2013" or "graduated on June 26, 1980" against "(born June 26,
    1980)"), a death date says nothing of a birth, and the year after one title in a list of
    dated works says nothing of another (`dated_titles`)."""
    found = dated_titles(claim, passage, found)
    birth, death = bool(_BIRTH.search(claim)), bool(_DEATH.search(claim))
    if not birth:  # "(born June 26, 1980)" dates no death, graduation or other event
        return [d for d in found if not _before(passage, d, _BIRTH_BEFORE)]
    if not death:
        return [d for d in found if not _before(passage, d, _DEATH_BEFORE)]
    return list(found)


def _before(text: str, found: FoundDate, cue: re.Pattern[str]) -> bool:
    return bool(cue.search(text[max(0, found.start - 12) : found.start]))


def stated_dates(text: str, found: Sequence[FoundDate]) -> list[FoundDate]:
    """Dates a fact happened on, leaving out 'as of' time stamps of a changing figure."""
    return [
        d
        for d in found
        if not AS_OF.search(text[max(0, d.start - 12) : d.start])
        and not is_count_not_year(text, d.start, d.end)
    ]


# "1689 cases", "2000 people": a plural after a four-digit number counts it ("a 2016 film" is
# a year that dates a thing)
_COUNTED_YEAR = re.compile(
    r"^\s+(?!and\b|or\b|to\b|in\b|the\b|was\b|when\b|is\b|has\b|as\b|this\b|thus\b)"
    r"(?:[a-z]{2,}s\b|people\b|children\b|men\b|women\b)"
)


_YEAR_AS_ADJECTIVE = re.compile(
    r"^\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|the\b|was\b|were\b|when\b|by\b|as\b|with\b)"
    r"(?:[A-Z][A-Za-z]+|\d+(?:st|nd|rd|th)|[a-z]{3,})\b"
)


def is_count_not_year(text: str, start: int, end: int) -> bool:
    """'1689 cases': a four-digit number followed by what it counts is not a year."""
    return end - start == 4 and text[start:end].isdigit() and bool(_COUNTED_YEAR.match(text[end:]))


def check_dates(
    claim_text: str,
    claim_dates: Sequence[DateMention],
    passage_dates: Sequence[str],
    passage_text: str = "",
) -> SlotResult | None:
    """Every claim date must fit some passage date; a passage without dates says nothing.

    'after 2007' and 'before March 2014' are bounds; an 'as of' date is a time stamp, not
    the date of the fact, so it is not compared (the caller leaves it out of the passage's).
    """
    if not claim_dates or not (passage_dates or passage_text):
        return None
    agreed = []
    for ours in claim_dates:
        at = claim_text.find(ours.text)
        if at >= 0 and AS_OF.search(claim_text[max(0, at - 12) : at]):
            # a time stamp agrees with the same stamp ("as of 23 April 2020"), and is never
            # contradicted by another: the figure may have changed in between
            if any(same_date(ours.value, d.value) for d in find_dates(passage_text)):
                agreed.append(f"as of {ours.value}")
            continue
        if at >= 0 and is_count_not_year(claim_text, at, at + len(ours.text)):
            continue
        if is_quoted_title(claim_text, ours):
            continue  # the song "1999": a title, not a date
        if (
            at >= 0
            and ours.text[-1:].isdigit()
            and _YEAR_AS_ADJECTIVE.match(claim_text[at + len(ours.text) :])
        ):
            # "their 2019 draft pick", "a 2016 film": dates a thing, not the event, so only a
            # passage that states the same year says anything of it
            if re.search(rf"(?<!\d){re.escape(ours.text)}(?!\d)", passage_text):
                agreed.append(ours.value)
            continue
        # the passage's "1999" is the claim's other date (the song "1999"), not this one's
        theirs = [t for t in passage_dates if not any(t == o.value for o in claim_dates)]
        theirs = theirs if ours.value not in passage_dates else list(passage_dates)
        if not theirs:
            continue
        m = DATE_BOUNDS.search(claim_text[max(0, at - 20) : at]) if at >= 0 else None
        bound = m.lastgroup if m else None
        if re.search(r"\bbetween\s+$", claim_text[max(0, at - 10) : at]) or re.match(
            r"\s*(?:-|–|--|and|to)\s*\d", claim_text[at + len(ours.text) :]
        ):
            return None  # a range ("between 1991 and 1993"): not parsed as one, so not compared
        if bound and re.search(r"(?<![\w-])\d", _without(claim_text, claim_dates)):
            continue  # "After 2018, there were more than 20 ...": when a figure was read
        year = ours.value if len(ours.value) == 4 else None
        if not bound and year and re.search(rf"(?<!\d){year}(?!\d)", passage_text):
            agreed.append(ours.value)  # the passage states the year ("the 2006 film Garfield")
            continue
        # "since 1999" against "since 2004": start against start; "until 2000" against "until
        # 2010": end against end; "before March 31, 1998" against "prior to March 31, 1998"
        bounded = _bounded_values(passage_text, bound) if bound and passage_text else []
        since = m is not None and m.group(0).lower().startswith("since")
        endpoint = since or bound == "until"
        # "prior to March 31, 1997" is another cut-off than "prior to March 31, 1998", not a
        # date before it; a "since" in the passage starts a period, so "after" is left alone
        cutoff = bound == "before"
        if bounded and (endpoint or cutoff or any(same_date(ours.value, t) for t in bounded)):
            fits = [same_date(ours.value, t) for t in bounded]
        elif bound == "until":  # "until 1944" against "graduated in 1944": the same end
            fits = [same_date(ours.value, t) or None for t in theirs]
        else:
            fits = [date_fits(ours.value, bound, t, inclusive=since) for t in theirs]
        if any(fits):
            agreed.append(f"{bound + ' ' if bound else ''}{ours.value}")
        elif all(f is False for f in fits):
            said = f"{bound} {ours.value}" if bound else ours.value
            if not re.search(r"\d", ours.text):  # "newly appointed", "last week": say which
                said = f"'{ours.text}' ({said})"
            return SlotResult(
                "date",
                False,
                f"the date differs: claim says {said}, source says {', '.join(theirs)}",
            )
    if not agreed:
        return None
    return SlotResult("date", True, "dates agree: " + ", ".join(agreed))


def is_quoted_title(text: str, mention: DateMention) -> bool:
    """A date that is a quoted title: the song "1999"."""
    at = text.find(mention.text)
    return (
        at >= 0
        and re.match(r"\s*(?:''|\"|”|')", text[at + len(mention.text) :]) is not None
        and re.search(r"(?:``|\"|“|')\s*$", text[:at]) is not None
    )


def _without(text: str, dates: Sequence[DateMention]) -> str:
    """The text with its dates blanked out."""
    for mention in dates:
        text = text.replace(mention.text, " ")
    return text


def _bounded_values(passage_text: str, bound: str) -> list[str]:
    """Values of the passage's dates that carry the same kind of bound ('since 1999')."""
    values = []
    for found in find_dates(passage_text):
        before = DATE_BOUNDS.search(passage_text[max(0, found.start - 20) : found.start])
        if before and before.lastgroup == bound:
            values.append(found.value)
    return values


_CENTURY = re.compile(
    r"\b(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(ORDINALS) + r"))[\s-]+century\b",
    re.IGNORECASE,
)


def check_century(claim_text: str, passage_dates: Sequence[str]) -> SlotResult | None:
    """'born in the 19th century' against a passage's years: 1801-1900 or not."""
    m = _CENTURY.search(claim_text)
    if m is None or re.search(r"\b(?:BC|BCE)\b", claim_text) or not passage_dates:
        return None
    if re.match(r"\s+[A-Z]", claim_text[m.end() :]):
        return None  # "20th Century Fox", "21st Century Studios": a name
    number = int(m.group("num")) if m.group("num") else ORDINALS[m.group("word").lower()]
    first, last = (number - 1) * 100 + 1, number * 100
    years = [int(d[:4]) for d in passage_dates]
    if any(first <= y <= last for y in years):
        return SlotResult("date", True, f"dates agree: {m.group(0)}")
    return SlotResult(
        "date",
        False,
        f"the date differs: claim says the {m.group(0)} ({first}-{last}), source says "
        + ", ".join(passage_dates),
    )


_MONTH_NAMES = [name.lower() for name in MONTH_NAMES[1:]]
_MONTH_ONLY = re.compile(
    r"\b(?:in|during|of|since|until)\s+(?:early\s+|late\s+|mid-?)?(?P<month>"
    + "|".join(m.title() for m in _MONTH_NAMES)
    + r")\b(?![\s,]*\d)"
)


# "born on March 3" (no year): compared with the passage's days
_MONTH_DAY = re.compile(
    r"\b(?P<month>"
    + "|".join(m.title() for m in _MONTH_NAMES)
    + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![\s,]*\d)"
)


def says_month(claim_text: str) -> bool:
    """Whether the claim names a month without a year ("born in May", "born on March 3")."""
    return _MONTH_ONLY.search(claim_text) is not None or _MONTH_DAY.search(claim_text) is not None


def _check_month_day(
    m: re.Match[str], passage_dates: Sequence[str], passage_text: str
) -> SlotResult | None:
    days = [d for d in passage_dates if "/" not in d and len(d) == 10]
    if not days or len(days) < len(passage_dates):
        return None
    if re.search(rf"\b{m.group('month')}\s+{m.group('day')}\b(?![\s,]*\d)", passage_text):
        return SlotResult("date", True, f"dates agree: {m.group(0)}")  # said without a year
    wanted = f"{_MONTH_NAMES.index(m.group('month').lower()) + 1:02d}-{int(m.group('day')):02d}"
    said = f"{m.group('month')} {int(m.group('day'))}"
    if any(d[5:] == wanted for d in days):
        return SlotResult("date", True, f"dates agree: {said}")
    return SlotResult(
        "date", False, f"the date differs: claim says {said}, source says {', '.join(days)}"
    )


def check_month(
    claim_text: str,
    claim_dates: Sequence[DateMention],
    passage_dates: Sequence[str],
    passage_text: str = "",
) -> SlotResult | None:
    """'born in May' (no year) against the passage's days and months: the same month or not.
    Only when the claim states no other date and the passage's dates all give a month."""
    day = _MONTH_DAY.search(claim_text)
    if day is not None and not claim_dates:
        if DATE_BOUNDS.search(claim_text[max(0, day.start() - 20) : day.start()]):
            return None  # "released before January 14": a bound on an unknown year
        return _check_month_day(day, passage_dates, passage_text)
    m = _MONTH_ONLY.search(claim_text)
    if m is None or claim_dates:
        return None
    precise = [d for d in passage_dates if "/" not in d and len(d) >= 7]
    if not precise or len(precise) < len(passage_dates):
        return None
    month = f"{_MONTH_NAMES.index(m.group('month').lower()) + 1:02d}"
    if any(d[5:7] == month for d in precise):
        return SlotResult("date", True, f"dates agree: {m.group('month')}")
    return SlotResult(
        "date",
        False,
        f"the date differs: claim says {m.group('month')}, source says {', '.join(precise)}",
    )


# "a 2002 film", "the 1995 novel": a year that dates a thing, compared with the year the
# passage gives the same thing ("a 1992 American science fiction film").
_DATED_THING = re.compile(
    r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+(?P<year>1\d{3}|20\d{2})\s+", re.IGNORECASE
)
_THING_WORDS = 8


def _dated_things(text: str) -> list[tuple[str, list[str]]]:
    found = []
    for m in _DATED_THING.finditer(text):
        rest = re.split(r"[,;:()]|\b(?:that|which|who|by|in|of|from|for|with)\b", text[m.end() :])
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest[0])][:_THING_WORDS]
        if words:
            found.append((m.group("year"), words))
    return found


def check_dated_thing(claim_text: str, passage_text: str) -> SlotResult | None:
    """'X is a 2002 film' against 'X is a 1992 American ... film': the thing's year differs."""
    ours = _dated_things(claim_text)
    if not ours:
        return None
    theirs = _dated_things(passage_text)
    for year, words in ours:
        head = words[-1]
        same = [y for y, other in theirs if head in other]
        if not same:
            continue
        if year in same or re.search(rf"(?<!\d){year}(?!\d)", passage_text):
            return SlotResult("date", True, f"dates agree: a {year} {head}")
        return SlotResult(
            "date",
            False,
            f"the date differs: claim says a {year} {head}, source says a {same[0]} {head}",
            frozenset({year}),
        )
    return None
