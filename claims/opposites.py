"""Opposite words: 'rose' / 'fell', 'big' / 'small', and the opposites a prefix or a suffix
makes ('official' / 'unofficial', 'violent' / 'nonviolent', 'harmful' / 'harmless').

A prefix makes an opposite only where it is known to: 'un-' and 'non-' before most words, 'in-'
(and 'im-', 'il-', 'ir-') before adjectives ('complete', 'mortal', 'legal', 'relevant') but not
where the word means something else ('infamous' is famous, 'invaluable' is valuable), 'dis-'
before a few words ('agree', 'connect', 'honest').
"""

from __future__ import annotations

import re

from claims.similarity import STOPWORDS

ANTONYMS: tuple[tuple[str, str], ...] = (
    ("rose", "fell"), ("rise", "fall"), ("risen", "fallen"), ("increase", "decrease"),
    ("increased", "decreased"), ("increase", "reduce"), ("grew", "shrank"), ("gain", "loss"),
    ("won", "lost"), ("win", "lose"), ("winner", "loser"), ("victory", "defeat"),
    ("higher", "lower"), ("highest", "lowest"), ("larger", "smaller"), ("largest", "smallest"),
    ("biggest", "smallest"), ("first", "last"),
    ("oldest", "youngest"), ("older", "younger"), ("north", "south"), ("east", "west"),
    ("northern", "southern"), ("eastern", "western"), ("male", "female"), ("alive", "dead"),
    ("accepted", "rejected"), ("approved", "rejected"), ("allowed", "banned"),
    ("legal", "illegal"), ("success", "failure"), ("successful", "unsuccessful"),
    ("positive", "negative"), ("maximum", "minimum"), ("major", "minor"), ("entered", "left"),
    ("joined", "left"), ("opened", "closed"), ("open", "closed"), ("start", "end"),
    ("began", "ended"),
    ("hired", "fired"), ("appointed", "dismissed"), ("acquitted", "convicted"),
    ("ancient", "modern"), ("private", "public"), ("domestic", "foreign"), ("warmer", "cooler"),
    ("warming", "cooling"), ("strengthen", "weaken"), ("above", "below"), ("import", "export"),
    ("included", "excluded"), ("include", "exclude"), ("includes", "excludes"),
    ("supported", "opposed"), ("supports", "opposes"), ("married", "divorced"),
    ("advocate", "opponent"), ("supporter", "opponent"), ("support", "oppose"),
    ("advocated", "opposed"), ("many", "few"), ("most", "least"), ("best", "worst"),
    ("better", "worse"), ("good", "bad"), ("good", "terrible"), ("real", "fictional"),
    ("easy", "difficult"), ("cheap", "expensive"),
    ("shortest", "longest"), ("inside", "outside"), ("true", "false"),
    ("correct", "incorrect"), ("possible", "impossible"), ("able", "unable"),
    ("capable", "incapable"), ("significant", "insignificant"), ("popular", "unpopular"),
    ("ally", "enemy"), ("rich", "poor"), ("wealthy", "poor"), ("fast", "slow"),
    ("early", "late"), ("earlier", "later"), ("love", "hate"), ("loved", "hated"),
    ("agree", "disagree"), ("agreed", "disagreed"), ("accept", "reject"), ("buy", "sell"),
    ("bought", "sold"), ("create", "destroy"), ("created", "destroyed"),
    ("built", "demolished"), ("birth", "death"), ("hero", "villain"),
    ("protagonist", "antagonist"), ("professional", "amateur"), ("top", "bottom"),
    ("inner", "outer"), ("urban", "rural"), ("liberal", "conservative"),
    ("mandatory", "optional"), ("permanent", "temporary"), ("visible", "invisible"),
    ("common", "rare"), ("rise", "decline"), ("growth", "decline"), ("strong", "weak"),
    ("stronger", "weaker"), ("hot", "cold"), ("safe", "dangerous"), ("healthy", "unhealthy"),
    ("beneficial", "harmful"), ("helpful", "harmful"), ("good", "evil"),
    ("increases", "decreases"), ("increasing", "decreasing"), ("rising", "falling"),
    ("always", "never"), ("fiction", "nonfiction"), ("comedy", "tragedy"),
    ("vegetarian", "carnivorous"), ("wins", "loses"), ("winning", "losing"),
)  # fmt: skip
# More opposites seen in contrastive pairs: sizes, frequencies, standing. Not relations said
# from each end ("X is the predecessor of Y" / "Y, the successor to X"; "bigger than Dubai" /
# "Dubai has smaller"), nor roles a person has several of ("lead" / "supporting").
MORE_ANTONYMS: tuple[tuple[str, str], ...] = (
    ("big", "small"), ("large", "small"), ("big", "little"), ("tall", "short"),
    ("long", "short"), ("wide", "narrow"), ("thick", "thin"), ("tallest", "shortest"),
    ("greatest", "worst"),
    ("regularly", "rarely"), ("often", "rarely"), ("frequently", "rarely"),
    ("usually", "rarely"), ("commonly", "rarely"),
    ("preceded", "followed"),
    ("junior", "senior"),
    ("same", "different"), ("similar", "different"), ("identical", "different"),
    ("ancient", "contemporary"), ("present", "absent"), ("full", "empty"), ("wet", "dry"),
    ("friend", "enemy"), ("friendly", "hostile"), ("guilty", "innocent"),
    ("praised", "criticized"), ("praised", "criticised"), ("praised", "panned"),
    ("acclaimed", "panned"), ("praise", "criticism"), ("acclaim", "criticism"),
    ("successful", "failed"), ("majority", "minority"), ("interior", "exterior"),
    ("internal", "external"), ("indoor", "outdoor"), ("online", "offline"),
    ("natural", "artificial"), ("natural", "synthetic"), ("real", "fake"),
    ("genuine", "fake"), ("extinct", "extant"), ("carnivorous", "herbivorous"),
    ("carnivore", "herbivore"), ("predator", "prey"), ("earliest", "latest"),
    ("oldest", "newest"), ("warmest", "coldest"), ("hottest", "coldest"),
    ("wettest", "driest"), ("established", "abolished"), ("established", "disbanded"),
    ("founded", "dissolved"), ("introduced", "abolished"), ("allowed", "forbidden"),
    ("allowed", "prohibited"), ("permitted", "forbidden"), ("permitted", "prohibited"),
    ("legalized", "banned"), ("expanded", "reduced"), ("raised", "lowered"),
    ("overestimated", "underestimated"), ("overrated", "underrated"),
    ("exaggerated", "understated"), ("surplus", "deficit"), ("profit", "loss"),
    ("optimistic", "pessimistic"), ("famous", "unknown"), ("destroy", "build"),
    ("destroyed", "built"), ("hated", "worshipped"),
    ("advocate", "opposed"), ("oppose", "advocate"), ("even", "odd"),
    ("offensive", "defensive"), ("offense", "defense"), ("arrival", "departure"),
    ("input", "output"), ("masculine", "feminine"), ("freshwater", "saltwater"),
    ("native", "invasive"), ("heating", "cooling"), ("upward", "downward"),
    ("causes", "prevents"), ("cause", "prevent"), ("caused", "prevented"),
    ("active", "defunct"), ("active", "disbanded"),
)  # fmt: skip
_OPPOSITE: dict[str, set[str]] = {}
for _one, _other in ANTONYMS + MORE_ANTONYMS:
    _OPPOSITE.setdefault(_one, set()).add(_other)
    _OPPOSITE.setdefault(_other, set()).add(_one)

# "in-" and its forms make an opposite of an adjective, not of "form" / "inform"
_ADJECTIVE_END = re.compile(r"(?:able|ible|al|ant|ent|ive|ic|ect|ete|ite|ure|ate|ous|ar|id|ile)$")
# words an "in-" does not negate: "infamous", "invaluable", "inflammable", "indifferent"
_IN_SAME_OR_OTHER = frozenset(
    "famous valuable flammable habitable different credible dispensable".split()
)
_DIS_BASES = frozenset(
    """agree agreed approve approved like liked connect connected allow allowed honest loyal
    obey obeyed satisfied continued qualified proved proven trust trusted advantage
    advantaged organized organised""".split()
)
# (the unemployment rate is a measure of its own, no negation of employment figures)
_NOT_A_NEGATION = frozenset(
    {"unless", "unlike", "under", "until", "unto", "unit", "units", "unemployment"}
)


def _prefixed(longer: str, base: str) -> bool:
    """Whether `longer` is `base` negated by a prefix ('unofficial' / 'official')."""
    if longer in _NOT_A_NEGATION or base in STOPWORDS or len(base) < 4:
        return False
    for prefix in ("non-", "non", "un"):
        if longer == prefix + base:
            return True
    if longer == "dis" + base:
        return base in _DIS_BASES
    for prefix in ("in", "im", "il", "ir"):
        if longer == prefix + base:
            return bool(_ADJECTIVE_END.search(base)) and base not in _IN_SAME_OR_OTHER
    return False


def _suffixed(a: str, b: str) -> bool:
    """'harmful' / 'harmless', 'useful' / 'useless'."""
    return len(a) > 6 and a.endswith("ful") and b.endswith("less") and a[:-3] == b[:-4]


def are_opposites(a: str, b: str) -> bool:
    """Whether two lower-cased words say opposite things."""
    if b in _OPPOSITE.get(a, ()):
        return True
    return _prefixed(a, b) or _prefixed(b, a) or _suffixed(a, b) or _suffixed(b, a)
