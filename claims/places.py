"""Where a place is: 'Saxony is in Germany' against 'Saxony is a federal state of Ireland'.

A claim that puts its subject in a country or a continent ("is in Asia", "is a state in
Mexico") is contradicted by a passage that says what the subject is, and where, naming another
country or a country of another continent ("is an 800 km mountain range that stretches in
Brazil"). Only the passage's own description of the subject counts (the words after its copula,
in the sentence that names the subject): a country mentioned elsewhere in a sentence ("a man
who had returned from Spain") says nothing of where the subject is.

The gazetteer is explicit data: each country with the continent(s) it lies in (countries across
two continents list both), its nationality words and the other names it goes by. Names shared
by a country and another place (Georgia, Jordan as a name) are left out.
"""

from __future__ import annotations

import re

from claims.roles import denies
from claims.similarity import stem
from claims.slots import SlotResult

CONTINENTS = ("Europe", "Asia", "Africa", "North America", "South America", "Oceania")

# country -> (continents, nationality words, other names)
_E, _AS, _AF, _NA, _SA, _OC = CONTINENTS
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Germany": ((_E,), ("German",), ()), "France": ((_E,), ("French",), ()),
    "Italy": ((_E,), ("Italian",), ()), "Spain": ((_E,), ("Spanish",), ()),
    "Portugal": ((_E,), ("Portuguese",), ()),
    "Ireland": ((_E,), ("Irish",), ("Republic of Ireland",)),
    "United Kingdom": ((_E,), ("British",), ("UK", "Britain", "Great Britain")),
    "England": ((_E,), ("English",), ()), "Scotland": ((_E,), ("Scottish",), ()),
    "Wales": ((_E,), ("Welsh",), ()), "Northern Ireland": ((_E,), (), ()),
    "Greece": ((_E,), ("Greek",), ()), "Netherlands": ((_E,), ("Dutch",), ("Holland",)),
    "Belgium": ((_E,), ("Belgian",), ()), "Austria": ((_E,), ("Austrian",), ()),
    "Switzerland": ((_E,), ("Swiss",), ()), "Poland": ((_E,), ("Polish",), ()),
    "Sweden": ((_E,), ("Swedish",), ()), "Norway": ((_E,), ("Norwegian",), ()),
    "Denmark": ((_E,), ("Danish",), ()), "Finland": ((_E,), ("Finnish",), ()),
    "Iceland": ((_E,), ("Icelandic",), ()), "Hungary": ((_E,), ("Hungarian",), ()),
    "Czech Republic": ((_E,), ("Czech",), ("Czechia",)), "Slovakia": ((_E,), ("Slovak",), ()),
    "Romania": ((_E,), ("Romanian",), ()), "Bulgaria": ((_E,), ("Bulgarian",), ()),
    "Serbia": ((_E,), ("Serbian",), ()), "Croatia": ((_E,), ("Croatian",), ()),
    "Slovenia": ((_E,), ("Slovenian",), ()), "Ukraine": ((_E,), ("Ukrainian",), ()),
    "Belarus": ((_E,), ("Belarusian",), ()), "Estonia": ((_E,), ("Estonian",), ()),
    "Latvia": ((_E,), ("Latvian",), ()), "Lithuania": ((_E,), ("Lithuanian",), ()),
    "Albania": ((_E,), ("Albanian",), ()), "Luxembourg": ((_E,), (), ()),
    "Malta": ((_E,), ("Maltese",), ()),
    "Russia": ((_E, _AS), ("Russian",), ("Russian Federation",)),
    "Turkey": ((_E, _AS), ("Turkish",), ()), "Cyprus": ((_E, _AS), ("Cypriot",), ()),
    "Kazakhstan": ((_E, _AS), (), ()), "Armenia": ((_E, _AS), ("Armenian",), ()),
    "China": ((_AS,), ("Chinese",), ()), "Japan": ((_AS,), ("Japanese",), ()),
    "India": ((_AS,), ("Indian",), ()), "Pakistan": ((_AS,), ("Pakistani",), ()),
    "Bangladesh": ((_AS,), ("Bangladeshi",), ()), "Nepal": ((_AS,), ("Nepali", "Nepalese"), ()),
    "Sri Lanka": ((_AS,), ("Sri Lankan",), ()), "Afghanistan": ((_AS,), ("Afghan",), ()),
    "Iran": ((_AS,), ("Iranian",), ()), "Iraq": ((_AS,), ("Iraqi",), ()),
    "Syria": ((_AS,), ("Syrian",), ()), "Israel": ((_AS,), ("Israeli",), ()),
    "Lebanon": ((_AS,), ("Lebanese",), ()), "Saudi Arabia": ((_AS,), ("Saudi",), ()),
    "Yemen": ((_AS,), ("Yemeni",), ()), "Oman": ((_AS,), (), ()),
    "Qatar": ((_AS,), ("Qatari",), ()), "Kuwait": ((_AS,), ("Kuwaiti",), ()),
    "United Arab Emirates": ((_AS,), ("Emirati",), ("UAE",)),
    "South Korea": ((_AS,), ("South Korean",), ()), "North Korea": ((_AS,), ("North Korean",), ()),
    "Mongolia": ((_AS,), ("Mongolian",), ()), "Vietnam": ((_AS,), ("Vietnamese",), ()),
    "Thailand": ((_AS,), ("Thai",), ()), "Cambodia": ((_AS,), ("Cambodian",), ()),
    "Laos": ((_AS,), (), ()), "Myanmar": ((_AS,), (), ("Burma",)),
    "Malaysia": ((_AS,), ("Malaysian",), ()), "Singapore": ((_AS,), (), ()),
    "Indonesia": ((_AS, _OC), ("Indonesian",), ()), "Philippines": ((_AS,), ("Filipino",), ()),
    "Taiwan": ((_AS,), ("Taiwanese",), ()), "Uzbekistan": ((_AS,), ("Uzbek",), ()),
    "Bhutan": ((_AS,), (), ()),
    "Egypt": ((_AF, _AS), ("Egyptian",), ()), "Libya": ((_AF,), ("Libyan",), ()),
    "Tunisia": ((_AF,), ("Tunisian",), ()), "Algeria": ((_AF,), ("Algerian",), ()),
    "Morocco": ((_AF,), ("Moroccan",), ()), "Sudan": ((_AF,), ("Sudanese",), ()),
    "Ethiopia": ((_AF,), ("Ethiopian",), ()), "Somalia": ((_AF,), ("Somali",), ()),
    "Kenya": ((_AF,), ("Kenyan",), ()), "Uganda": ((_AF,), ("Ugandan",), ()),
    "Tanzania": ((_AF,), ("Tanzanian",), ()), "Rwanda": ((_AF,), ("Rwandan",), ()),
    "Nigeria": ((_AF,), ("Nigerian",), ()), "Ghana": ((_AF,), ("Ghanaian",), ()),
    "Senegal": ((_AF,), ("Senegalese",), ()), "Cameroon": ((_AF,), ("Cameroonian",), ()),
    "Angola": ((_AF,), ("Angolan",), ()), "Zambia": ((_AF,), ("Zambian",), ()),
    "Zimbabwe": ((_AF,), ("Zimbabwean",), ()), "Mozambique": ((_AF,), (), ()),
    "Madagascar": ((_AF,), (), ()), "South Africa": ((_AF,), ("South African",), ()),
    "Namibia": ((_AF,), ("Namibian",), ()), "Botswana": ((_AF,), (), ()),
    "Mali": ((_AF,), ("Malian",), ()), "Niger": ((_AF,), (), ()),
    "United States": ((_NA,), ("American",),
                      ("United States of America", "USA", "U.S.", "US", "America")),
    "Canada": ((_NA,), ("Canadian",), ()), "Mexico": ((_NA,), ("Mexican",), ()),
    "Cuba": ((_NA,), ("Cuban",), ()), "Jamaica": ((_NA,), ("Jamaican",), ()),
    "Haiti": ((_NA,), ("Haitian",), ()), "Guatemala": ((_NA,), ("Guatemalan",), ()),
    "Honduras": ((_NA,), ("Honduran",), ()), "Nicaragua": ((_NA,), ("Nicaraguan",), ()),
    "Costa Rica": ((_NA,), ("Costa Rican",), ()), "Panama": ((_NA,), ("Panamanian",), ()),
    "Dominican Republic": ((_NA,), ("Dominican",), ()),
    "Trinidad and Tobago": ((_NA,), (), ()), "Bahamas": ((_NA,), ("Bahamian",), ()),
    "Brazil": ((_SA,), ("Brazilian",), ()), "Argentina": ((_SA,), ("Argentine", "Argentinian"), ()),
    "Chile": ((_SA,), ("Chilean",), ()), "Peru": ((_SA,), ("Peruvian",), ()),
    "Colombia": ((_SA,), ("Colombian",), ()), "Venezuela": ((_SA,), ("Venezuelan",), ()),
    "Ecuador": ((_SA,), ("Ecuadorian",), ()), "Bolivia": ((_SA,), ("Bolivian",), ()),
    "Paraguay": ((_SA,), ("Paraguayan",), ()), "Uruguay": ((_SA,), ("Uruguayan",), ()),
    "Australia": ((_OC,), ("Australian",), ()), "New Zealand": ((_OC,), (), ()),
    "Fiji": ((_OC,), ("Fijian",), ()), "Papua New Guinea": ((_OC,), (), ()),
}  # fmt: skip
# Countries inside another: England is in the United Kingdom ("British" does not say which).
PART_OF = {part: "United Kingdom" for part in ("England", "Scotland", "Wales", "Northern Ireland")}
# The states of the United States, but Georgia and Washington (a country, a city, a name)
US_STATES = (
    *"""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split(),
    "New York", "New Jersey", "New Mexico", "North Carolina", "South Carolina", "North Dakota",
    "South Dakota", "West Virginia", "Rhode Island", "New Hampshire",
)  # fmt: skip
for _state in US_STATES:
    COUNTRIES[_state] = ((_NA,), (), ())
    PART_OF[_state] = "United States"
# every name of a place -> (canonical name, continents); a continent is its own
_PLACE_OF: dict[str, tuple[str, tuple[str, ...]]] = {c: (c, (c,)) for c in CONTINENTS}
_NATIONALITY_OF: dict[str, tuple[str, tuple[str, ...]]] = {}
for _country, (_continents, _nationalities, _others) in COUNTRIES.items():
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
