"""The gazetteer: countries, the continents they lie in, their nationality words and the other
names they go by; the countries inside another; the states of the United States.

One table of what the checks know of countries (house rule: one way to do a thing). It is data
only and imports nothing of claimscope, so every module can derive its lookups from it:
`claims.places` (where a thing is: "is in Asia", "an American actress"). Names shared by a
country and another place or a person (Georgia, Jordan) are left out: a claim placing a thing
in "Georgia" may mean either.
"""

from __future__ import annotations

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
PART_OF.update({state: "United States" for state in US_STATES})
# Capitalised wherever they stand: a country's name or nationality word ("Swiss drugmaker",
# "England captain" are no capitals by place)
PROPER_WORDS = frozenset(
    word
    for country, (_, nationalities, others) in COUNTRIES.items()
    for word in (country, *nationalities, *others)
    if " " not in word
)
