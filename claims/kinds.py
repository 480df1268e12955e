"""Kinds of thing: 'X is a film' against 'X is a novel', 'X is an actress' against 'X is a frog'.

The claim's copula names what its subject is; the passage's copula, said of the same subject,
names what it is there. Two kinds of one family (film / novel) or two broad types (a person /
an animal) are never the same thing, so a passage that says the other refutes the claim.
"""

from __future__ import annotations

import re

from claims.roles import denies
from claims.similarity import STOPWORDS, stem
from claims.slots import SlotResult

KINDS: tuple[tuple[str, ...], ...] = (
    ("film", "movie", "picture"), ("novel", "book"), ("song", "single"), ("album",), ("band",),
    ("series", "show", "sitcom", "miniseries"), ("documentary",), ("game", "videogame"),
    ("play", "musical"), ("opera",), ("painting",), ("poem",), ("magazine", "newspaper"),
    ("company", "corporation", "firm"), ("city", "town", "village", "municipality"),
    ("country", "nation"), ("river",), ("mountain",), ("lake",), ("island",),
    ("actor", "actress"), ("singer", "rapper", "musician"), ("writer", "author", "novelist"),
    ("politician",), ("footballer",), ("university", "college", "school"), ("airport",),
    ("station",), ("building",), ("bridge",), ("ship",), ("aircraft",), ("dog", "cat"),
    ("director", "filmmaker"), ("producer",), ("comedian", "comic"), ("golfer",),
    ("journalist", "reporter"), ("painter", "artist"), ("composer",), ("dancer",), ("model",),
    ("businessman", "businesswoman", "entrepreneur"), ("lawyer", "attorney"),
    ("scientist", "physicist", "chemist", "biologist"), ("philosopher",), ("wrestler",),
    ("boxer",), ("player",), ("coach",), ("chef", "cook"), ("architect",), ("engineer",),
    ("physician", "doctor", "surgeon"), ("poet",), ("astronaut",), ("photographer",),
    ("storm", "hurricane", "cyclone"), ("weapon", "gun", "rifle"), ("language",),
    ("disease", "illness", "disorder"), ("plant", "tree", "flower"), ("bird",), ("fish",),
    ("insect",), ("mammal",), ("reptile",), ("vehicle", "car", "automobile", "truck"),
    ("food", "dish"), ("drink", "beverage"), ("sport",), ("religion",), ("festival",),
    ("dance",), ("league", "competition", "tournament", "championship"), ("team", "club"),
    ("party",), ("award", "prize"), ("channel", "network"), ("website",),
    ("software", "browser", "application"), ("planet",), ("ocean", "sea"), ("desert",),
    ("forest",), ("park",), ("museum",),
    ("church", "cathedral"), ("temple",), ("hospital",), ("prison",), ("stadium", "arena"),
    ("hotel",), ("restaurant",), ("character",), ("element",), ("drug", "medication"),
    ("instrument",), ("war",), ("battle",), ("hormone",), ("protein",), ("mineral",),
)  # fmt: skip
_KIND_OF = {word: group[0] for group in KINDS for word in group}
# "is a film", "is a form of dance": the kind follows
_COPULA = re.compile(
    r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+"
    r"(?:(?:form|type|kind|variety|style|sort)\s+of\s+(?:(?:a|an)\s+)?)?",
    re.IGNORECASE,
)
# The phrase a copula assigns ends at a clause or a participle with its object ("a film
# directed by", "a novel based on"), not at a participle that describes the head ("an animated
# film", "a discontinued web browser").
_PHRASE_END = re.compile(
    r"[,;:()\[\]]|\b(?:of|based|that|which|who|whose|in|from|by|for|with|about|on)\b"
    r"|\b\w+ed\s+(?:by|in|on|from|at|for|as|to|with|into|under|after|alongside)\b",
    re.I,
)


# Heads too general to be contradicted by a more specific kind ("a person" / "an actor").
_GENERIC_HEADS = frozenset(
    """person people man woman human individual thing place work entity member one part type
    kind name way example product organization organisation group figure""".split()
)


# Words that end a copula's phrase without naming a kind ("is a remixer as well").
_NOT_HEADS = frozenset({"well", "too", "also", "either", "together", "alone", "again"})


# Heads of no known kind that a person or a work can be besides what the passage says.
_PERSONISH = re.compile(r"(?:er|or|ist|ian|ess|ant|ent|en|eer|ee|ive)$")
_WORKS = frozenset(
    """adaptation production work title franchise project release entry installment sequel
    prequel remake version star icon figure legend celebrity personality""".split()
)


def _copula_phrases(text: str, subject: set[str] | None = None) -> list[tuple[str, list[str]]]:
    """Each phrase a copula assigns ('is an American film' -> 'American film') with its words,
    where the copula's subject shares a word with `subject` (when given)."""
    phrases = []
    for m in _COPULA.finditer(text):
        if subject is not None and not subject & _words(text[max(0, m.start() - 80) : m.start()]):
            continue  # another subject's kind ("Nikki Sanderson is an actress")
        rest = text[m.end() : m.end() + 120]
        phrase = rest[: e.start()] if (e := _PHRASE_END.search(rest)) else rest
        phrases.append((phrase, [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)][:8]))
    return phrases


def _kinds_said(text: str, head_only: bool, subject: set[str] | None = None) -> list[str]:
    """Kinds of thing a copula assigns ('is an American film' -> film). For the claim, the head
    noun of its phrase, whatever it is ('is a fish'); for the passage, every kind named in the
    list that follows ('an actor, director and singer'), where the copula's subject shares a
    word with the claim's (`subject`)."""
    kinds = []
    for phrase, words in _copula_phrases(text, subject):
        if head_only:
            kinds += [
                w
                for w in words[-1:]
                if w not in _GENERIC_HEADS
                and w not in _NOT_HEADS
                and len(w) > 2
                and not w.endswith("ly")
                and not re.search(rf"\bto\s+{w}\b", phrase, re.I)
            ]
            continue
        kinds += [w for w in words if w in _KIND_OF or w.rstrip("s") in _KIND_OF]
    return [k if k in _KIND_OF or head_only else k.rstrip("s") for k in kinds]


def _words(text: str) -> set[str]:
    return {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", text)} - STOPWORDS


# Broad types no thing belongs to two of: a person is never a city, a film never a frog.
BROAD_TYPES: dict[str, frozenset[str]] = {
    "person": frozenset(
        """actor actress singer rapper musician writer author novelist politician footballer
        player director producer comedian journalist painter artist composer dancer model
        businessman businesswoman lawyer scientist philosopher wrestler boxer coach chef
        architect engineer physician doctor poet astronaut photographer person man woman human
        king queen president soldier teacher student driver accountant priest entertainer
        athlete cricketer golfer guitarist drummer pianist songwriter screenwriter filmmaker
        economist historian businessperson activist lord emperor pilot""".split()
    ),
    "place": frozenset(
        """city town village municipality country nation state province county region place
        mountain peak valley river lake island sea ocean desert forest capital continent
        district neighborhood neighbourhood suburb archipelago volcano""".split()
    ),
    "work": frozenset(
        """film movie novel book song single album series show sitcom miniseries documentary
        videogame play musical opera painting poem episode boardgame""".split()
    ),
    "organisation": frozenset(
        """company corporation firm band team club party university college school network
        channel newspaper magazine label agency organization organisation""".split()
    ),
    "animal": frozenset(
        """frog dog cat bird fish horse mammal reptile insect animal snake spider""".split()
    ),
    "food": frozenset("""food dish cuisine dressing drink beverage sauce""".split()),
    "vehicle": frozenset("""car vehicle automobile truck aircraft airplane""".split()),
}
_BROAD_OF = {word: broad for broad, words in BROAD_TYPES.items() for word in words}


def _broad(word: str) -> str | None:
    return _BROAD_OF.get(word) or _BROAD_OF.get(word.rstrip("s"))


def _broad_type_conflict(
    claim: str, passage: str, copula: re.Match[str], ours: list[str], subject: set[str]
) -> SlotResult | None:
    """'Zoey Deutch is an actress' against 'Zoey Deutch is a frog': things of two broad types
    (person, place, work, organisation, animal, food, vehicle) are never the same thing.
    `ours` and `subject` are the claim's kinds and subject words, as `check_kind` found them."""
    # the first word of a broad type in each of the passage's phrases ("a frog found in ...")
    theirs = [
        next(w for w in words if _broad(w))
        for _, words in _copula_phrases(passage, subject)
        if any(_broad(w) for w in words)
    ]
    if not ours or not theirs or _broad(ours[0]) is None:
        return None
    ours_broad = _broad(ours[0])
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", passage)}
    if any(_broad(w) == ours_broad for w in said):
        return None  # the passage names something of the claim's type too
    for head in theirs:
        if _broad(head) not in (None, ours_broad):
            return SlotResult(
                "kind",
                False,
                f"another type of thing: claim says a {ours[0]} ({ours_broad}), source says "
                f"a {head} ({_broad(head)})",
                frozenset(_words(claim[copula.end() :])),  # what the claim says it is
            )
    return None


def check_kind(claim: str, passage: str) -> SlotResult | None:
    """'X is a film' against 'X is a ... novel': another kind of thing in the same place."""
    if denies(claim):
        return None  # "X is not a film" is not contradicted by "X is a novel"
    copula = _COPULA.search(claim)
    subject = _words(claim[: copula.start()]) if copula else set()
    ours = _kinds_said(claim, head_only=True)
    theirs = _kinds_said(passage, head_only=False, subject=subject)
    if ours and not theirs and copula is not None:
        return _broad_type_conflict(claim, passage, copula, ours, subject)
    if not ours or not theirs:
        return None
    word = ours[0]
    kind = _KIND_OF.get(word, _KIND_OF.get(word.rstrip("s")))
    if kind is None and (_PERSONISH.search(word) or word in _WORKS):
        return None  # "a citizen", "a performer", "an adaptation": not exclusive of a kind
    kind = kind or word.rstrip("s")
    if kind in {_KIND_OF[t] for t in theirs}:
        return SlotResult("kind", True, f"the kind agrees: {word}")
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", passage)}
    if said & ({w for w, k in _KIND_OF.items() if k == kind} | {kind}):
        return None  # the passage says the claim's kind somewhere else ("a game show host")
    if _broad(word) == "person" and all(_broad(t) == "person" for t in theirs):
        # "a painter" against "a singer, songwriter and actress": a person has several
        # occupations, and a reference that lists some does not deny the others
        return None
    return SlotResult(
        "kind",
        False,
        f"another kind of thing: claim says '{word}', source says '{theirs[0]}'",
        # what the claim says it is ("a television series"): the rest is the subject
        frozenset(_words(claim[copula.end() :]))
        if copula and kind in _KIND_OF.values()
        else frozenset({stem(word)}),
    )
