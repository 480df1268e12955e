"""Aligned parts: the passage states the claim's frame but swaps one word for another.

The claim and the passage are aligned word by word on their content words (difflib). Where
the words on both sides of a short gap agree and the gap holds a different word in each text
("a group of *elderly* actors" / "a group of *young* actors", "*football* unions" /
"*basketball* clubs"), the passage puts something else in the claim's place. That refutes when
the two words are of the same kind (two days, two sports, two genres, two number words: one
excludes the other); a word of no known kind never decides alone, since "penned" / "written"
is the same fact said otherwise.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from claims.bounds import bound_of
from claims.counts import ORDINALS, fits_bound
from claims.nationalities import are_other_nationalities, nationality_words_in
from claims.quantities import NUMBER_WORDS
from claims.roles import denies
from claims.similarity import STOPWORDS, stem
from claims.slots import SlotResult

# Words that exclude each other: two of the same group in the same place are different facts.
EXCLUSIVE_GROUPS: dict[str, tuple[str, ...]] = {
    "day": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "sport": (
        "football", "soccer", "basketball", "baseball", "hockey", "cricket", "rugby", "tennis",
        "golf", "volleyball", "boxing", "wrestling", "swimming", "cycling", "athletics",
        "handball", "chess", "skiing", "racing", "archery", "jousting", "fencing", "rowing",
        "sailing", "surfing", "polo", "badminton", "bowling", "snooker", "curling",
    ),
    "genre": (
        "comedy", "horror", "drama", "thriller", "romance", "romantic", "action", "documentary",
        "musical", "western", "animated", "fantasy", "science", "crime", "war", "mystery",
        "adventure", "superhero", "pornographic", "biographical", "satirical", "tragedy",
    ),
    "music genre": (
        "rock", "pop", "jazz", "blues", "country", "metal", "punk", "folk", "classical",
        "reggae", "rap", "soul", "funk", "techno", "opera", "gospel", "disco", "bluegrass",
        "grunge", "ska", "salsa", "flamenco", "samba",
    ),
    "religion": (
        "christian", "christians", "jew", "jews", "jewish", "muslim", "muslims", "islamic",
        "hindu", "hindus", "buddhist", "buddhists", "catholic", "catholics", "protestant",
        "protestants", "sikh", "sikhs", "atheist", "atheists",
    ),
    "colour": (
        "red", "blue", "green", "yellow", "black", "white", "orange", "purple", "pink",
        "brown", "grey", "gray", "gold", "silver",
    ),
    "gender": ("male", "female", "men", "women", "man", "woman", "boy", "girl", "boys", "girls"),
    "age": ("young", "old", "elderly", "teenage", "teen", "adult", "child", "children", "baby"),
    "direction": (
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeast", "northwest", "southeast", "southwest", "left", "right", "upper", "lower",
    ),
    "continent": (
        "africa", "asia", "europe", "america", "australia", "antarctica", "oceania",
    ),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "language": (
        "english", "spanish", "french", "german", "italian", "portuguese", "russian", "arabic",
        "hindi", "tamil", "telugu", "bengali", "urdu", "mandarin", "cantonese", "japanese",
        "korean", "dutch", "swedish", "polish", "turkish", "greek", "persian", "hebrew",
    ),
    "instrument": (
        "guitar", "piano", "drums", "violin", "bass", "saxophone", "trumpet", "flute",
        "cello", "keyboard", "keyboards", "vocals", "harmonica", "clarinet",
    ),
    "creature": (
        "dog", "dogs", "cat", "cats", "horse", "horses", "bird", "birds", "fish", "cow",
        "cows", "pig", "pigs", "sheep", "lion", "lions", "tiger", "tigers", "bear", "bears",
        "wolf", "wolves", "snake", "snakes", "mouse", "mice", "rat", "rats", "monkey",
        "monkeys", "elephant", "elephants", "whale", "whales", "shark", "sharks", "insect",
        "insects", "soldiers", "humans", "people",
    ),
    # one relative is not another: "a younger sister named Micke" is no brother
    "relative": (
        "brother", "sister", "son", "daughter", "father", "mother", "husband", "wife",
        "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
        "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter", "brothers",
        "sisters", "sons", "daughters", "uncles", "aunts", "nephews", "nieces", "cousins",
        "boyfriend", "girlfriend",
    ),
    "sexuality": ("gay", "lesbian", "bisexual", "heterosexual", "homosexual", "straight"),
    "film industry": ("hollywood", "bollywood", "tollywood", "kollywood", "nollywood"),
    "armed service": ("army", "navy", "naval"),
    "material": (
        "metal", "glass", "wood", "wooden", "plastic", "stone", "paper", "steel", "iron",
        "concrete", "brick", "leather", "fabric", "cotton", "wool", "silk", "rubber",
    ),
    "time of day": ("morning", "afternoon", "evening", "night", "midnight", "noon"),
    "meal": ("breakfast", "lunch", "dinner", "supper", "brunch"),
    "rock": ("igneous", "sedimentary", "metamorphic"),
    "settlement": ("city", "town", "village", "hamlet", "metropolis"),
    "planet": (
        "mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto",
    ),
}  # fmt: skip
# A count said in words ("a series of four films" / "three films") and a rank ("the second
# largest city" / "the third largest city"); digits are the quantities' and counts' slots.
_COUNT_WORDS = {w: int(n) for w, n in NUMBER_WORDS.items() if " " not in w and n <= 20}
EXCLUSIVE_GROUPS["number"] = tuple(_COUNT_WORDS)
EXCLUSIVE_GROUPS["rank"] = tuple(ORDINALS)
# "film" / "movie", "writer" / "author": the same thing in the same group
SAME_THING: tuple[frozenset[str], ...] = (
    frozenset({"film", "movie", "picture"}),
    frozenset({"novel", "book"}),
    frozenset({"song", "single"}),
    frozenset({"series", "show", "sitcom", "miniseries"}),
    frozenset({"writer", "author", "novelist", "screenwriter"}),
    frozenset({"actor", "actress"}),
    frozenset({"singer", "vocals"}),
    frozenset({"football", "soccer"}),
    frozenset({"gray", "grey"}),
    frozenset({"fall", "autumn"}),
    frozenset({"man", "men", "male", "boy", "boys"}),
    frozenset({"woman", "women", "female", "girl", "girls"}),
    frozenset({"child", "children", "baby", "young", "teen", "teenage", "boy", "girl"}),
    frozenset({"old", "elderly"}),
    frozenset({"one", "single", "first"}),
    frozenset({"player", "footballer", "athlete", "wrestler", "boxer", "cyclist", "swimmer"}),
    frozenset({"president", "ceo", "founder", "manager", "director", "producer"}),
    frozenset({"rap", "hip"}),
    frozenset({"doctor", "physician"}),
    frozenset({"gay", "homosexual", "lesbian"}),
    frozenset({"navy", "naval"}),
    frozenset({"wood", "wooden"}),
    frozenset({"dinner", "supper"}),
    frozenset({"businessman", "businesswoman", "entrepreneur"}),
)
_GROUP_OF: dict[str, set[str]] = {}
for _group, _words in EXCLUSIVE_GROUPS.items():
    for _word in _words:
        _GROUP_OF.setdefault(_word, set()).add(_group)
_DESCENT = re.compile(r"\b(?:descent|ancestry|origin|heritage)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|/|&)\s*$")
_LIST_AFTER = re.compile(
    r"\s*(?:/|&|\band\b|\bor\b|,\s*[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b|\bor\b))"
)


def _content(text: str) -> list[tuple[str, str, int, int]]:
    """Content words as (stem, lower-cased word, start, end)."""
    out = []
    for m in _WORD.finditer(text):
        low = m.group(0).lower().replace("’", "'").strip("'-")
        if low.endswith("'s"):
            low = low[:-2]
        low = low.removesuffix("-language")  # "a Spanish-language network": Spanish
        if low in STOPWORDS or len(low) < 2:
            continue
        out.append((stem(low), low, m.start(), m.end()))
    return out


def _same_thing(a: str, b: str) -> bool:
    return any(a in group and b in group for group in SAME_THING)


def exclusive_kind(a: str, b: str) -> str | None:
    """The group both words belong to, when they name different members of it."""
    if a == b or _same_thing(a, b) or stem(a) == stem(b) or a.rstrip("s") == b.rstrip("s"):
        return None

    shared = _GROUP_OF.get(a, set()) & _GROUP_OF.get(b, set())
    return sorted(shared)[0] if shared else None


_COMMA_BEFORE = re.compile(r"(?P<item>[\w-]+)\s*,\s*$")


def _listed(text: str, start: int, end: int) -> bool:
    """A word in an enumeration ('organisms, people, vehicles') is one of several. A comma
    alone ends a clause as often ('in the Aegean Sea, north of mainland Greece'): it lists
    after another comma, after a word of the same group ('comedy, drama'), or before more
    items."""
    before = text[max(0, start - 30) : start]
    if _LIST_BEFORE.search(before[-6:]) and not before.rstrip().endswith(","):
        return True
    if before.rstrip().endswith(",") and text[max(0, start - 60) : start].count(",") >= 2:
        return True  # "horse racing, bourbon distilleries, coal, ..., jazz music"
    comma = _COMMA_BEFORE.search(before)
    word = text[start:end].lower()
    if comma and _GROUP_OF.get(comma.group("item").lower(), set()) & _GROUP_OF.get(word, set()):
        return True
    return bool(_LIST_AFTER.match(text[end : end + 40]))


_POSSESSIVE_BEFORE = re.compile(r"['’]\s?s?\s*$")
_OF_AFTER = re.compile(r"\s+of\b")


def _converse(claim: str, at: int, passage: str, start: int, end: int) -> bool:
    """'Elizabeth's uncle was Richard' and 'Elizabeth was the niece of Richard': one relation
    said from each end (the claim's relative after a possessive, the passage's before 'of', or
    the other way round)."""
    ours_after_possessive = bool(_POSSESSIVE_BEFORE.search(claim[max(0, at - 4) : at]))
    theirs_after_possessive = bool(_POSSESSIVE_BEFORE.search(passage[max(0, start - 4) : start]))
    ours_before_of = bool(_OF_AFTER.match(claim, claim.find(" ", at)))
    theirs_before_of = bool(_OF_AFTER.match(passage, end))
    return (ours_after_possessive and theirs_before_of) or (
        theirs_after_possessive and ours_before_of
    )


_RANK_BOUND = re.compile(r"\b(?:than|least|most|under|over)\s+(?:the\s+)?$")
_NOT_A_COUNT = re.compile(r"\s+of\b|-")


def _count_fits(claim: str, at: int, ours: str, passage: str, start: int, theirs: str) -> bool:
    """'more than four days' fits 'five days'; a passage's own bound or hedge ('about eight
    months') fits whatever it is near."""
    if bound_of(passage, start) is not None:
        return True
    if _NOT_A_COUNT.match(claim, at + len(ours)) or _NOT_A_COUNT.match(
        passage, start + len(theirs)
    ):
        return True  # "one of the BES islands", "one of the richest leagues": no count
    if re.search(r"(?:number|-)\s*$", claim[max(0, at - 8) : at]):
        return True  # "four-number one singles": a chart place
    bound = bound_of(claim, at)
    return bound == "about" or (
        bound is not None and fits_bound(_COUNT_WORDS[ours], bound, _COUNT_WORDS[theirs])
    )


def _nationality(claim: str, ours: str, passage: str, theirs: str) -> str | None:
    """'the French Raj' / 'the British Raj': another nationality in the same place, also inside
    a name (`claims.nationalities.check_nationality` leaves a nationality before a name
    alone); not when the passage says the claim's too ('British' / 'an English-born American
    actor'), gives several ('an American-born British actor'), or the claim is of an ancestry."""
    if not are_other_nationalities(ours, theirs) or _DESCENT.search(claim):
        return None
    said = [w for w in nationality_words_in(passage) if w.lower() not in claim.lower()]
    if any(not are_other_nationalities(ours, w) for w in nationality_words_in(passage)):
        return None
    return "nationality" if len({w.lower() for w in said}) == 1 else None


def check_substitution(claim: str, passage: str) -> SlotResult | None:
    """The claim's words aligned with the passage's: a gap of at most two claim words next to an
    agreeing neighbour where the passage has, within two words of that neighbour, another member
    of the same group ('Monday through *Friday*' / 'Monday through *Thursday*')."""
    if denies(claim):
        return None  # "is not a documentary" is not contradicted by "an animated series"
    a, b = _content(claim), _content(passage)
    if len(a) < 2 or len(b) < 2:
        return None
    a_stems, b_stems = [w[0] for w in a], [w[0] for w in b]
    a_words, b_words = {w[1] for w in a}, {w[1] for w in b}
    matcher = SequenceMatcher(None, a_stems, b_stems, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > 2:
            continue
        anchored_left = i1 > 0 and j1 > 0
        anchored_right = i2 < len(a) and j2 < len(b)
        # the passage's words next to an agreeing neighbour ("the place *Jews* turn towards")
        near = (b[j1 : j1 + 2] if anchored_left else []) + (
            b[max(j1, j2 - 2) : j2] if anchored_right else []
        )
        for _, ours, at, at_end in a[i1:i2]:
            if ours in b_words:
                continue  # the passage says the claim's word somewhere
            for _, theirs, start, end in near:
                kind = exclusive_kind(ours, theirs) or _nationality(
                    claim, claim[at:at_end], passage, passage[start:end]
                )
                if kind is None or theirs in a_words or _listed(passage, start, end):
                    continue
                if kind == "number" and _count_fits(claim, at, ours, passage, start, theirs):
                    continue
                if kind == "relative" and _converse(claim, at, passage, start, end):
                    continue
                if kind == "rank" and _RANK_BOUND.search(claim[max(0, at - 20) : at]):
                    continue  # "less than the fifth film": a bound on the rank
                if kind == "language" and _DESCENT.search(claim):
                    continue  # "of Irish and English descent": one of several
                if len({w for w in b_words - a_words if kind in _GROUP_OF.get(w, ())}) > 1:
                    continue  # "a science fiction action film": several genres at once
                return SlotResult(
                    "substitution",
                    False,
                    f"another {kind} in the same place: claim says '{ours}', "
                    f"source says '{theirs}'",
                    frozenset({stem(ours)}),
                )
    return None
