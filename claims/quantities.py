"""The one unit converter: finds quantities in text and converts them to SI.

"95 miles" -> 95 mi = 152,888.6 m; "the 675-mile border" -> 675 mi; "5,000 troops" -> a count of
troops (the noun is the unit, so 5,000 troops and 3,000 troops disagree while 5,000 troops and
5,000 tanks are never compared). "two-week" -> 2 weeks; "thousands of" -> at least 2,000;
"twenty-five soldiers" -> 25 soldiers; "several hundred" -> at least 300. Number words below
thirteen count only with a unit ("two countries" is no quantity, "two-week" is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# unit word -> (canonical unit, SI unit, factor to SI)
UNITS: dict[str, tuple[str, str, float]] = {}


def _units(names: str, canonical: str, si_unit: str, factor: float) -> None:
    for name in names.split():
        UNITS[name] = (canonical, si_unit, factor)


_units("mile miles mi", "mi", "m", 1609.344)
_units("km kilometer kilometers kilometre kilometres", "km", "m", 1000.0)
_units("m meter meters metre metres", "m", "m", 1.0)
_units("ft foot feet", "ft", "m", 0.3048)
_units("yard yards", "yd", "m", 0.9144)
_units("kg kilogram kilograms kilogramme kilogrammes", "kg", "kg", 1.0)
_units("ton tons tonne tonnes", "t", "kg", 1000.0)
_units("lb lbs pound pounds", "lb", "kg", 0.45359237)
_units("second seconds", "s", "s", 1.0)
_units("minute minutes", "min", "s", 60.0)
_units("hour hours", "h", "s", 3600.0)
_units("day days", "d", "s", 86400.0)
_units("week weeks", "wk", "s", 604800.0)
_units("month months", "mo", "s", 2629746.0)
_units("year years", "yr", "s", 31556952.0)
_units("decade decades", "decade", "s", 315569520.0)
_units("percent per-cent % pct", "%", "%", 1.0)

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozens of": 24,
    "hundreds of": 200, "thousands of": 2000, "millions of": 2e6, "tens of thousands of": 20000,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
    "a thousand": 1000, "several hundred": 300, "several thousand": 3000,
    "hundreds of thousands of": 200000,
}  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Words after a number that are not what is being counted.
NOT_COUNT_NOUNS = frozenset(
    """and or to of the a in on at for from by with per as than is are was were has have had
    percent am pm out""".split()
)
# Approximate words ("thousands of") state a lower bound, not a value.
APPROXIMATE = frozenset(
    {"dozens of", "hundreds of", "thousands of", "millions of", "tens of thousands of",
     "several hundred", "several thousand", "hundreds of thousands of"}
)  # fmt: skip

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "twenty-five": a compound of tens and units, before the single words
_COMPOUND = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(UNITS_WORDS)})"
_WORD = "|".join([_COMPOUND, *sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)])
# "$336.5million": a scale may follow the figure without a space
_SCALE = r"(?:thousand|million|billion|trillion|bn)\b"
_QUANTITY = re.compile(
    rf"(?<![\w.,/-])(?P<currency>[$€£])?"
    rf"(?:(?P<num>{_NUMBER})(?![0-9]|\.\d|(?!{_SCALE})[A-Za-z])|(?P<word>{_WORD})\b)"
    rf"(?:\s*(?P<scale>{_SCALE}))?"
    rf"(?:(?P<pct>\s?%|\s+per\s+cent\b)|[\s-](?P<unit>[A-Za-z]+(?:-[a-z]+)?))?",
    re.IGNORECASE,
)

# Without a digit, `_QUANTITY` needs a number word, whose letters up to its first space or
# hyphen ("twenty" of "twenty-five", "tens" of "tens of thousands of"; the noun after "a" in
# "a dozen") are then a whole word of the text. Checked on ASCII text only, where the
# pattern's case folding is plain `str.lower`.
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_KEY_WORDS = frozenset(
    (w.split(" ")[1] if w.startswith("a ") else w.split(" ")[0]).split("-")[0]
    for w in [*NUMBER_WORDS, *TENS]
)


@dataclass(frozen=True)
class FoundQuantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    si_value: float | None
    si_unit: str | None
    approximate: bool = False


def find_quantities(
    text: str, skip: list[tuple[int, int]] | None = None, words: frozenset[str] | None = None
) -> list[FoundQuantity]:
    """Quantities in `text`, skipping spans already taken (dates) and model names ("T-72")."""
    if (
        text.isascii()
        and not _DIGIT.search(text)
        and _KEY_WORDS.isdisjoint(_LETTERS.findall(text.lower()) if words is None else words)
    ):
        return []  # no figure and no number word: the slow search cannot match
    skip = skip or []
    found: list[FoundQuantity] = []
    for m in _QUANTITY.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in skip):
            continue
        q = _build(m)
        if q is not None:
            found.append(q)
    return found


def _build(m: re.Match[str]) -> FoundQuantity | None:
    word = (m.group("word") or "").lower()
    if word and not m.group("num"):
        tens, _, units = word.partition("-")
        if units in UNITS_WORDS and tens in TENS:
            value = float(NUMBER_WORDS[tens] + NUMBER_WORDS[units])
        else:
            value = float(NUMBER_WORDS[word])
        # a small number word ("one of the", "two countries") is only a quantity with a unit;
        # larger ones ("twenty-five soldiers") count their noun like digits do
        if word in APPROXIMATE or (value >= 13 and m.group("unit")):
            pass
        elif not m.group("unit") or m.group("unit").lower().split("-")[0] not in UNITS:
            return None
    else:
        value = float(m.group("num").replace(",", ""))
    if m.group("scale"):
        value *= SCALES[m.group("scale").lower()]
    end = m.end()
    unit_word = (m.group("unit") or "").lower()
    if m.group("pct"):
        canonical, si_unit, factor = UNITS["%"]
    elif m.group("currency"):
        canonical = si_unit = {"$": "USD", "€": "EUR", "£": "GBP"}[m.group("currency")]
        factor = 1.0
        if unit_word and unit_word not in SCALES:
            end = m.start("unit") - 1
    elif unit_word.split("-")[0] in UNITS:
        canonical, si_unit, factor = UNITS[unit_word.split("-")[0]]
        if "-" in unit_word:  # "675-mile-long": keep the unit, drop the suffix
            end = m.start("unit") + len(unit_word.split("-")[0])
    elif unit_word and unit_word not in NOT_COUNT_NOUNS and unit_word.isalpha():
        noun = unit_word[:-1] if unit_word.endswith("s") and len(unit_word) > 3 else unit_word
        canonical = si_unit = noun
        factor = 1.0
    else:
        if m.group("word"):
            return None
        canonical = si_unit = None
        factor = 1.0
        end = m.end("scale") if m.group("scale") else m.end("num")
    text = m.string[m.start() : end]
    si_value = value * factor if si_unit else None
    return FoundQuantity(
        m.start(), end, text, value, canonical, si_value, si_unit, approximate=word in APPROXIMATE
    )


def format_si(value: float, si_unit: str) -> str:
    """A readable rendering of an SI value: 152888.6 m -> '152.9 km'."""
    if si_unit == "m" and abs(value) >= 1000:
        return f"{value / 1000:,.1f} km"
    if si_unit == "s" and abs(value) >= 86400:
        return f"{value / 86400:,.1f} days"
    if si_unit == "kg" and abs(value) >= 1000:
        return f"{value / 1000:,.1f} t"
    return f"{value:,.4g} {si_unit}"
