"""Where a place is: 'Saxony is in Germany' against 'Saxony is a federal state of Ireland'.

A claim that puts its subject in a country or a continent ("is in Asia", "is a state in
Mexico") is contradicted by a passage that says what the subject is, and where, naming another
country or a country of another continent ("is an 800 km mountain range that stretches in
Brazil"). Only the passage's own description of the subject counts (the words after its copula,
in the sentence that names the subject): a country mentioned elsewhere in a sentence ("a man
who had returned from Spain") says nothing of where the subject is.

The gazetteer is explicit data: each country with the continent(s) it lies in (countries across
two continents list both) and the other names it goes by. Names shared by a country and another
place (Georgia, Jordan as a name) are left out.
"""

from __future__ import annotations

import re

from claims.roles import denies
from claims.similarity import stem
from claims.slots import SlotResult

CONTINENTS = ("Europe", "Asia", "Africa", "North America", "South America", "Oceania")

# country -> (continents, other names)
_E, _AS, _AF, _NA, _SA, _OC = CONTINENTS
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Germany": ((_E,), ()), "France": ((_E,), ()), "Italy": ((_E,), ()), "Spain": ((_E,), ()),
    "Portugal": ((_E,), ()), "Ireland": ((_E,), ("Republic of Ireland",)),
    "United Kingdom": ((_E,), ("UK", "Britain", "Great Britain", "England", "Scotland",
                               "Wales", "Northern Ireland")),
    "Greece": ((_E,), ()), "Netherlands": ((_E,), ("Holland",)), "Belgium": ((_E,), ()),
    "Austria": ((_E,), ()), "Switzerland": ((_E,), ()), "Poland": ((_E,), ()),
    "Sweden": ((_E,), ()), "Norway": ((_E,), ()), "Denmark": ((_E,), ()),
    "Finland": ((_E,), ()), "Iceland": ((_E,), ()), "Hungary": ((_E,), ()),
    "Czech Republic": ((_E,), ("Czechia",)), "Slovakia": ((_E,), ()), "Romania": ((_E,), ()),
    "Bulgaria": ((_E,), ()), "Serbia": ((_E,), ()), "Croatia": ((_E,), ()),
    "Slovenia": ((_E,), ()), "Ukraine": ((_E,), ()), "Belarus": ((_E,), ()),
    "Estonia": ((_E,), ()), "Latvia": ((_E,), ()), "Lithuania": ((_E,), ()),
    "Albania": ((_E,), ()), "Luxembourg": ((_E,), ()), "Malta": ((_E,), ()),
    "Russia": ((_E, _AS), ("Russian Federation",)), "Turkey": ((_E, _AS), ()),
    "Cyprus": ((_E, _AS), ()), "Kazakhstan": ((_E, _AS), ()),
    "China": ((_AS,), ()), "Japan": ((_AS,), ()), "India": ((_AS,), ()),
    "Pakistan": ((_AS,), ()), "Bangladesh": ((_AS,), ()), "Nepal": ((_AS,), ()),
    "Sri Lanka": ((_AS,), ()), "Afghanistan": ((_AS,), ()), "Iran": ((_AS,), ()),
    "Iraq": ((_AS,), ()), "Syria": ((_AS,), ()), "Israel": ((_AS,), ()),
    "Lebanon": ((_AS,), ()), "Saudi Arabia": ((_AS,), ()), "Yemen": ((_AS,), ()),
    "Oman": ((_AS,), ()), "Qatar": ((_AS,), ()), "Kuwait": ((_AS,), ()),
    "United Arab Emirates": ((_AS,), ("UAE",)), "South Korea": ((_AS,), ()),
    "North Korea": ((_AS,), ()), "Mongolia": ((_AS,), ()), "Vietnam": ((_AS,), ()),
    "Thailand": ((_AS,), ()), "Cambodia": ((_AS,), ()), "Laos": ((_AS,), ()),
    "Myanmar": ((_AS,), ("Burma",)), "Malaysia": ((_AS,), ()), "Singapore": ((_AS,), ()),
    "Indonesia": ((_AS, _OC), ()), "Philippines": ((_AS,), ()), "Taiwan": ((_AS,), ()),
    "Uzbekistan": ((_AS,), ()), "Bhutan": ((_AS,), ()),
    "Egypt": ((_AF, _AS), ()), "Libya": ((_AF,), ()), "Tunisia": ((_AF,), ()),
    "Algeria": ((_AF,), ()), "Morocco": ((_AF,), ()), "Sudan": ((_AF,), ()),
    "Ethiopia": ((_AF,), ()), "Somalia": ((_AF,), ()), "Kenya": ((_AF,), ()),
    "Uganda": ((_AF,), ()), "Tanzania": ((_AF,), ()), "Rwanda": ((_AF,), ()),
    "Nigeria": ((_AF,), ()), "Ghana": ((_AF,), ()), "Senegal": ((_AF,), ()),
    "Cameroon": ((_AF,), ()), "Angola": ((_AF,), ()), "Zambia": ((_AF,), ()),
    "Zimbabwe": ((_AF,), ()), "Mozambique": ((_AF,), ()), "Madagascar": ((_AF,), ()),
    "South Africa": ((_AF,), ()), "Namibia": ((_AF,), ()), "Botswana": ((_AF,), ()),
    "Mali": ((_AF,), ()), "Niger": ((_AF,), ()),
    "United States": ((_NA,), ("United States of America", "USA", "U.S.", "US", "America")),
    "Canada": ((_NA,), ()), "Mexico": ((_NA,), ()), "Cuba": ((_NA,), ()),
    "Jamaica": ((_NA,), ()), "Haiti": ((_NA,), ()), "Guatemala": ((_NA,), ()),
    "Honduras": ((_NA,), ()), "Nicaragua": ((_NA,), ()), "Costa Rica": ((_NA,), ()),
    "Panama": ((_NA,), ()), "Dominican Republic": ((_NA,), ()),
    "Trinidad and Tobago": ((_NA,), ()), "Bahamas": ((_NA,), ()),
    "Brazil": ((_SA,), ()), "Argentina": ((_SA,), ()), "Chile": ((_SA,), ()),
    "Peru": ((_SA,), ()), "Colombia": ((_SA,), ()), "Venezuela": ((_SA,), ()),
    "Ecuador": ((_SA,), ()), "Bolivia": ((_SA,), ()), "Paraguay": ((_SA,), ()),
    "Uruguay": ((_SA,), ()),
    "Australia": ((_OC,), ()), "New Zealand": ((_OC,), ()), "Fiji": ((_OC,), ()),
    "Papua New Guinea": ((_OC,), ()),
}  # fmt: skip
# every name of a place -> (canonical name, continents); a continent is its own
_PLACE_OF: dict[str, tuple[str, tuple[str, ...]]] = {c: (c, (c,)) for c in CONTINENTS}
for _country, (_continents, _others) in COUNTRIES.items():
    for _name in (_country, *_others):
        _PLACE_OF[_name] = (_country, _continents)
_PLACE_NAMES = sorted(_PLACE_OF, key=len, reverse=True)
_PLACE = (
    r"(?<![\w-])(?<!New )(?P<place>" + "|".join(re.escape(n) for n in _PLACE_NAMES) + r")(?![\w-])"
)
# "X is in Asia", "X is located in Greece", "X is a state in Mexico"
_CLAIM_PLACE = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|was|are|were)\s+(?:(?:a|an|the)\s+[\w\s-]{0,40}?\s+)?"
    r"(?:(?:located|situated|found|based)\s+)?in\s+(?:the\s+)?" + _PLACE + r"\s*\.?\s*$"
)
# the passage's description of its subject: after "is a/an/the", up to the sentence's end
_DESCRIPTION = re.compile(r"\b(?:is|was|are|were)\s+(?:a|an|the|one)\b(?P<description>[^.;]*)")
_IN_PLACE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?" + _PLACE)


def _places_said(text: str) -> set[str]:
    return {_PLACE_OF[m.group("place")][0] for m in re.finditer(_PLACE, text)}


def check_place(claim: str, passage: str) -> SlotResult | None:
    """'X is in Asia' against 'X is an 800 km mountain range that stretches in Brazil':
    the passage's description of the subject puts it in another country or continent."""
    m = _CLAIM_PLACE.match(claim.strip())
    if m is None or denies(claim):
        return None
    ours, continents = _PLACE_OF[m.group("place")]
    subject = re.sub(r"\s*\([^)]*\)", "", m.group("subject")).split()[-1]  # "Eurotas (river)"
    described = next(
        (
            d.group("description")
            for d in _DESCRIPTION.finditer(passage)
            if subject.lower() in passage[: d.start()].lower()
        ),
        None,
    )
    if described is None:
        return None
    theirs = {_PLACE_OF[p.group("place")] for p in _IN_PLACE.finditer(described)}
    if not theirs or ours in _places_said(passage):
        return None
    if ours in CONTINENTS:  # "in Asia": no place the passage names lies there
        other = next((n for n, where in theirs if ours not in where), None)
        if other is None:  # "in Europe" / "in Greece"
            inside = ", ".join(sorted(n for n, _ in theirs))
            return SlotResult("place", True, f"{inside} is in {ours}")
        if any(ours in where for _, where in theirs):
            return None
    else:  # "in Greece": the passage names another country, or another continent
        other = next(
            (n for n, _ in theirs if n != ours and (n not in CONTINENTS or n not in continents)),
            None,
        )
    if other is None:
        return None
    return SlotResult(
        "place",
        False,
        f"another place: claim says in {ours}, source says in {other}",
        frozenset(stem(w.lower()) for w in m.group("place").split()),
    )
