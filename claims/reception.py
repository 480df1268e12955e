"""How critics received a work: "mixed reviews", "critical acclaim", "mixed to positive reviews".

Reception is said on a short scale, and each step excludes the others: "mixed reviews" is not
"positive reviews", and "mixed to positive" is neither. A claim and a passage that both say how
a work was received are compared step for step; a passage that says nothing of its reception
says nothing.
"""

from __future__ import annotations

import re

from claims.similarity import stem
from claims.slots import SlotResult

_POSITIVE = r"positive|favou?rable|glowing|rave|good|strong|warm|excellent|great"
_NEGATIVE = r"negative|unfavou?rable|poor|bad|bleak|scathing|harsh|hostile"
_MIXED = r"mixed|average|lukewarm|middling|polarized|polarised|divided"
_GRADE = (
    rf"(?P<first>{_POSITIVE}|{_NEGATIVE}|{_MIXED})"
    rf"(?:\s*(?:-|to|and)\s*(?P<second>{_POSITIVE}|{_NEGATIVE}))?"
)
# "generally mixed reviews", "mixed-to-positive reviews from critics", "a positive reception"
_SAID = re.compile(
    rf"\b(?:(?:generally|mostly|largely|overwhelmingly|very|highly|universally|widely|"
    rf"critically)\s+)?{_GRADE}\s+(?:critical\s+)?(?:reviews?|reception|response|notices|"
    rf"feedback|reaction)\b",
    re.IGNORECASE,
)
_ACCLAIM = re.compile(
    r"\b(?:critical|universal|widespread|wide|international)\s+acclaim\b|\bcritically acclaimed\b"
    r"|\bacclaimed by critics\b",
    re.IGNORECASE,
)
_PANNED = re.compile(r"\b(?:panned|derided)\b", re.IGNORECASE)
# "was rated positively by critics", "was received well": the reception as an adverb
_ADVERB = re.compile(
    r"\b(?:rated|reviewed|received|regarded|viewed)\s+(?:(?P<positive>positively|favou?rably|"
    r"well|warmly)|(?P<negative>negatively|unfavou?rably|poorly|badly))\b",
    re.IGNORECASE,
)


def _step(word: str) -> str:
    if re.fullmatch(_POSITIVE, word, re.IGNORECASE):
        return "positive"
    if re.fullmatch(_NEGATIVE, word, re.IGNORECASE):
        return "negative"
    return "mixed"


def receptions(text: str) -> set[str]:
    """The steps of reception a text states: 'positive', 'mixed', 'negative', or two joined
    ('mixed to positive')."""
    found = set()
    for m in _SAID.finditer(text):
        first = _step(m.group("first"))
        second = _step(m.group("second")) if m.group("second") else None
        found.add(f"{first} to {second}" if second and second != first else first)
    if _ACCLAIM.search(text):
        found.add("positive")
    if _PANNED.search(text):
        found.add("negative")
    for m in _ADVERB.finditer(text):
        found.add("positive" if m.group("positive") else "negative")
    return found


def check_reception(claim: str, passage: str) -> SlotResult | None:
    """'received mixed reviews' against 'received positive reviews': another reception."""
    ours, theirs = receptions(claim), receptions(passage)
    if len(ours) != 1 or not theirs:
        return None
    (said,) = ours
    # "mixed to positive" is both mixed and positive in part: it agrees with either
    steps = set(said.split(" to "))
    if any(steps & set(other.split(" to ")) for other in theirs):
        return SlotResult("reception", True, f"the reception agrees: {said}")
    words = frozenset(
        stem(w.lower())
        for m in [*_SAID.finditer(claim), *_ACCLAIM.finditer(claim), *_PANNED.finditer(claim)]
        for w in re.findall(r"[A-Za-z]+", m.group(0))
    ) - {stem("reviews"), "reception", "response"}
    opposite = (steps <= {"positive"} and all("negative" in t for t in theirs)) or (
        steps <= {"negative"} and all("positive" in t for t in theirs)
    )
    # "mixed" next to "positive" is a matter of degree that readers draw apart differently:
    # it keeps the passage from stating the claim, but refutes nothing
    return SlotResult(
        "reception",
        False if opposite else None,
        f"another reception: claim says {said}, source says {', '.join(sorted(theirs))}",
        words,
    )
