"""Where a place is: 'Saxony is in Germany' against 'Saxony is a federal state of Ireland'.

A claim that puts its subject in a country or a continent ("is in Asia", "is a state in
Mexico") is contradicted by a passage that says what the subject is, and where, naming another
country or a country of another continent ("is an 800 km mountain range that stretches in
Brazil"). Only the passage's own description of the subject counts (the words after its copula,
in the sentence that names the subject): a country mentioned elsewhere in a sentence ("a man
who had returned from Spain") says nothing of where the subject is.

The countries, their continents, nationality words and other names are the data of
`claims.gazetteer`; this module derives its lookups (every name of a place, every nationality
word) from it.
"""

from __future__ import annotations

import re

from claims.gazetteer import CONTINENTS, COUNTRIES, PART_OF, US_STATES
from claims.roles import denies
from claims.similarity import stem
from claims.slots import SlotResult

# every place the gazetteer knows: its countries and the states of the United States (a state
# lies in North America; "in Texas" agrees with "of the U.S. state of Texas", see `_within`)
_PLACES = {**COUNTRIES, **{state: (("North America",), (), ()) for state in US_STATES}}
# every name of a place -> (canonical name, continents); a continent is its own
_PLACE_OF: dict[str, tuple[str, tuple[str, ...]]] = {c: (c, (c,)) for c in CONTINENTS}
_NATIONALITY_OF: dict[str, tuple[str, tuple[str, ...]]] = {}
for _country, (_continents, _nationalities, _others) in _PLACES.items():
    for _name in (_country, *_others):
        _PLACE_OF[_name] = (_country, _continents)
    for _name in _nationalities:
        _NATIONALITY_OF[_name] = (_country, _continents)
_PLACE_NAMES = sorted(_PLACE_OF, key=len, reverse=True)
_PLACE = (
    r"(?<![\w-])(?<!New )(?P<place>" + "|".join(re.escape(n) for n in _PLACE_NAMES) + r")(?![\w-])"
)
# the claim's place, at its end: "the United States", "Chicago, Illinois"
_LAST_PLACE = r"(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s+)?" + _PLACE + r"\s*\.?\s*$"
# "X is in Asia", "X is located in Greece", "X is a state in Mexico"
_CLAIM_PLACE = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|was|are|were)\s+(?:(?:a|an|the)\s+[\w\s-]{0,40}?\s+)?"
    r"(?:(?:located|situated|found|based)\s+)?in\s+" + _LAST_PLACE
)
# "X is from the United States", "X was originally from Colombia", "X is a film from Mexico"
# (not "X's father is from")
_CLAIM_ORIGIN = re.compile(
    r"^(?P<subject>[^,'’]+?)\s+(?:is|was|are|were|comes|came)\s+"
    r"(?:(?:a|an)\s+[\w\s-]{0,40}?\s+)?(?:originally\s+)?from\s+" + _LAST_PLACE
)
# the passage's description of its subject: after "is a/an/the", up to the sentence's end
# ("U.S." and "St." end no sentence)
_DESCRIPTION = re.compile(
    r"\b(?:is|was|are|were)\s+(?:a|an|the|one)\b"
    r"(?P<description>(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\bSt)\.)*)"
)
# "in Greece", "of the United States", "in the southwestern region of Mexico", and the last of
# a list of places that narrows down ("in the West Midlands, England", "in Providence, Rhode
# Island, United States")
_CHAIN = (
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,3}?|(?:[A-Z][\w'’.-]*\s*){1,4}"
    r"(?:,\s+(?:[A-Z][\w'’.-]*\s*){1,4})*?,\s+(?:the\s+)?)"
)
_IN_PLACE = re.compile(r"\b(?:in|of)\s+" + _CHAIN + _PLACE)
_FROM_PLACE = re.compile(r"\bfrom\s+" + _CHAIN + _PLACE)
# "an American actress", "a popular Ethiopian singer", "an Australian-born designer", "a
# British-American actor": nationality words among the first words of the description
_NATIONALITY = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?P<nationalities>(?:(?:"
    + "|".join(sorted(_NATIONALITY_OF, key=len, reverse=True))
    + r")(?:-born)?(?:\s*(?:-|and|,)\s*)?)+)(?![\w])"
)


def _places_said(text: str) -> set[str]:
    return {_PLACE_OF[m.group("place")][0] for m in re.finditer(_PLACE, text)}


def _within(one: str, other: str) -> bool:
    """The same country, or one inside the other (England, the United Kingdom)."""
    return one == other or PART_OF.get(one) == other or PART_OF.get(other) == one


def _description(subject: str, passage: str) -> str | None:
    """What the passage says its subject is ('is a landlocked federal state of Germany'), in
    the sentence that names the subject ('Eurotas (river)' is named by 'Eurotas')."""
    name = re.sub(r"\s*\([^)]*\)", "", subject).split(",")[0].split()[-1]
    return next(
        (
            d.group("description")
            for d in _DESCRIPTION.finditer(passage)
            if name.lower() in passage[: d.start()].lower()
        ),
        None,
    )


def _compare(place: str, theirs: set[tuple[str, tuple[str, ...]]], what: str) -> SlotResult | None:
    """The claim's country or continent (`place`, as written) against the places the passage
    gives its subject: a continent agrees with a country in it, a country with itself; a place
    of no common country or continent disagrees."""
    ours, continents = _PLACE_OF[place]
    words = frozenset(stem(w.lower()) for w in place.split())
    # in a fixed order, so the reason names the same place on every run (a set's order
    # follows the hash seed, and reports are diffed run against run)
    theirs = sorted(theirs)
    if ours in CONTINENTS:  # "in Asia": no place the passage names lies there
        other = next((n for n, where in theirs if ours not in where), None)
        if other is None:  # "in Europe" / "in Greece"
            inside = ", ".join(sorted(n for n, _ in theirs))
            return SlotResult("place", True, f"{inside} is in {ours}", words)
        if any(ours in where for _, where in theirs):
            return None
    else:  # "in Greece": the passage names another country, or another continent
        if any(n == ours for n, _ in theirs):
            return SlotResult("place", True, f"the source says {what} {ours} too", words)
        # a country that holds the claim's or lies in it does not say which part: "from the
        # United Kingdom" / "an English actress", "in Texas" / "of the U.S. state of Arizona"
        other = next(
            (
                n
                for n, _ in theirs
                if not _within(n, ours) and (n not in CONTINENTS or n not in continents)
            ),
            None,
        )
    if other is None:
        return None
    return SlotResult(
        "place", False, f"another place: claim says {what} {ours}, source says {other}", words
    )


def _claimed_place(pattern: re.Pattern[str], claim: str, passage: str) -> tuple[str, str] | None:
    """The place a claim of `pattern`'s form gives (as written) and the passage's description
    of the claim's subject, or None."""
    m = pattern.match(claim.strip())
    if m is None or denies(claim):
        return None
    described = _description(m.group("subject"), passage)
    return None if described is None else (m.group("place"), described)


def check_place(claim: str, passage: str) -> SlotResult | None:
    """'X is in Asia' against 'X is an 800 km mountain range that stretches in Brazil':
    the passage's description of the subject puts it in another country or continent."""
    found = _claimed_place(_CLAIM_PLACE, claim, passage)
    if found is None:
        return None
    place, described = found
    theirs = {_PLACE_OF[p.group("place")] for p in _IN_PLACE.finditer(described)}
    if not theirs or _PLACE_OF[place][0] in _places_said(passage):
        return None
    return _compare(place, theirs, "in")


def check_origin(claim: str, passage: str) -> SlotResult | None:
    """'Chris Benoit is from Canada' against 'Chris Benoit was a Mexican professional wrestler':
    the nationality the passage gives its subject ('an American actress' says 'from the United
    States'), or the place it says the subject is from ('an actress and comedian from India')."""
    found = _claimed_place(_CLAIM_ORIGIN, claim, passage)
    if found is None:
        return None
    place, described = found
    theirs = {_PLACE_OF[p.group("place")] for p in _FROM_PLACE.finditer(described)}
    said = _NATIONALITY.match(described)
    if said:
        theirs |= {
            _NATIONALITY_OF[n]
            for n in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", said.group("nationalities"))
            if n in _NATIONALITY_OF
        }
    if not theirs or _PLACE_OF[place][0] in _places_said(passage) - {t for t, _ in theirs}:
        return None  # "an American actress born in Queensland, Australia"
    return _compare(place, theirs, "from")
