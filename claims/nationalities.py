"""Slot check on nationality words: "a German manufacturer" against "the Italian company".

A nationality word that is part of a name ("Damian Lillard", "the British Raj") or an ancestry
("of Ghanaian descent") refutes nothing; "English" and "British" are one nationality said at two
scales. Like the other slot checks, `check_nationality` returns a `SlotResult`.
"""

from __future__ import annotations

import re

from claims.similarity import stem
from claims.slots import MONTH_WORDS, SlotResult

# Nationality words whose country does not start with the same four letters.
COUNTRY_OF = {
    "american": ("united states", "u.s.", "usa", "america"),
    "british": ("britain", "united kingdom", "uk", "england", "scotland", "wales", "english"),
    "english": ("england", "british"), "scottish": ("scotland", "british"),
    "welsh": ("wales", "british"), "french": ("france",), "spanish": ("spain",),
    "dutch": ("netherlands", "holland"), "swiss": ("switzerland",), "greek": ("greece",),
    "irish": ("ireland",), "danish": ("denmark",), "swedish": ("sweden",),
    "finnish": ("finland",), "polish": ("poland",), "turkish": ("turkey",),
    "thai": ("thailand",), "filipino": ("philippines",), "german": ("germany",),
    "pakistani": ("pakistan",), "israeli": ("israel",), "iraqi": ("iraq",),
    "saudi": ("saudi arabia",), "bangladeshi": ("bangladesh",), "nepali": ("nepal",),
    "czech": ("czech republic", "czechia"), "argentine": ("argentina",),
    "afghan": ("afghanistan",), "kuwaiti": ("kuwait",), "qatari": ("qatar",),
    "emirati": ("united arab emirates", "uae"), "somali": ("somalia",),
}  # fmt: skip
_NATIONALITY = re.compile(
    r"\b(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ican)|" + "|".join(w.title() for w in COUNTRY_OF) + r")\b"
)
_NOT_NATIONALITY = frozenset(
    {"christian", "republican", "european", "asian", "african", "latin", "jewish", "siamese"}
)
_ANCESTRY = re.compile(
    r"\b(?:descent|ancestry|origin|heritage|roots|born in(?!\s+(?:the\s+)?(?:\d|"
    + "|".join(sorted(MONTH_WORDS))
    + r")\b))\b",
    re.I,
)


_NAME_BEFORE = re.compile(r"[A-Z]\w*\s+$")
_NAME_AFTER = re.compile(r"\s+(?:[A-Z]|van\b|de\b|von\b|der\b)")
# An article or a year before a nationality word: it describes what follows, though a name
# follows ("is a 1962 Italian Technicolor epic film", "an American NBC sitcom")
_DESCRIBED_BEFORE = re.compile(r"\b(?:a|an)\s+(?:\d{4}\s+)?$|\b\d{4}\s+$")


def _nationalities(text: str) -> set[str]:
    """Nationality words, not parts of a name ('Damian Lillard', 'Actress Anneliese van')."""
    found = set()
    for m in _NATIONALITY.finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        # "a 1962 Italian Technicolor film" (not "an American Japanese series": two together)
        described = _DESCRIBED_BEFORE.search(before) and not _NATIONALITY.match(after.strip())
        if _NAME_BEFORE.search(before) or (_NAME_AFTER.match(after) and not described):
            continue
        found.add(m.group(0).lower())
    return found - _NOT_NATIONALITY


def _says_nationality(nationality: str, text: str) -> bool:
    low = text.lower()
    if nationality in low:
        return True
    return any(c in low for c in COUNTRY_OF.get(nationality, (nationality[:4],)))


def nationality_words_in(text: str) -> list[str]:
    """Every nationality word of `text` as written, in names too ('the British Raj')."""
    return [m.group(0) for m in _NATIONALITY.finditer(text)]


def are_other_nationalities(ours: str, theirs: str) -> bool:
    """'French' / 'British' as written: two nationality words, neither of which says the other
    ('English' / 'British' is one nationality said at two scales)."""
    if not (_NATIONALITY.fullmatch(ours) and _NATIONALITY.fullmatch(theirs)):
        return False
    a, b = ours.lower(), theirs.lower()
    if a in _NOT_NATIONALITY or b in _NOT_NATIONALITY:
        return False
    return not (_says_nationality(a, b) or _says_nationality(b, a))


def check_nationality(claim: str, passage: str) -> SlotResult | None:
    """'a German manufacturer' against 'the Italian company': another nationality."""
    if _ANCESTRY.search(claim):
        return None  # "of Ghanaian descent" is not contradicted by "an American rapper"
    ours = _nationalities(claim)
    theirs = {
        t
        for t in _nationalities(passage) - ours
        if not any(_says_nationality(o, t) or _says_nationality(t, o) for o in ours)
    }
    for nationality in sorted(ours):
        if _says_nationality(nationality, passage):
            continue
        if theirs:
            return SlotResult(
                "name",
                False,
                f"another nationality: claim says '{nationality.title()}', source says "
                f"'{sorted(theirs)[0].title()}'",
                frozenset({stem(nationality)}),
            )
    return None
