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
    ("film", "movie", "picture"), ("novel", "book", "audiobook"), ("song", "single"),
    ("album",), ("mixtape",), ("band",), ("podcast",), ("episode",),
    ("series", "show", "sitcom", "miniseries"), ("documentary",),
    ("game", "videogame", "boardgame"), ("play", "musical"), ("opera",), ("painting",),
    ("poem",), ("magazine", "newspaper"), ("sculpture", "statue"),
    ("company", "corporation", "firm"), ("city", "town", "municipality"), ("village",),
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
# In a reference sentence, also "is one of the band's best-known songs", "was one of Freddy
# Mercury's cats", "was the name of the newborn chimpanzee", "exclusively refers to the ...".
# (A claim "X is Y's nickname" says what X is to Y, not what X is.)
_PASSAGE_COPULA = re.compile(
    r"\b(?i:(?:is|was|are|were|remains|remained)(?:\s+(?:listed|ranked|considered|regarded)\s+as)?"
    r"|(?:exclusively\s+)?refers\s+to)\s+(?i:one\s+of\s+)?"
    r"(?:(?i:a|an|the)(?:\s+[\w-]+\s?['’]s?(?=\s))?|(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*\s?['’]s?)"
    r"\s+(?i:(?:form|type|kind|variety|style|sort|name)\s+of\s+(?:(?:a|an|the)\s+)?)?",
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
    for m in (_COPULA if subject is None else _PASSAGE_COPULA).finditer(text):
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
    return [k if k in _KIND_OF else _singular(k) if head_only else k.rstrip("s") for k in kinds]


def _singular(word: str) -> str:
    """ "countries" -> "country", "films" -> "film": a plural head of a known kind."""
    for plural in (re.sub(r"ies$", "y", word), word.removesuffix("s")):
        if plural in _KIND_OF:
            return plural
    return word


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
        economist historian businessperson activist lord emperor pilot cinematographer
        entrepreneur financier mayor carpenter blogger jurist inventor banker farmer
        nurse statesman senator officer criminal conqueror matador plumber tycoon mogul
        blacksmith mathematician editor designer playwright bullfighter baker""".split()
    ),
    "place": frozenset(
        """city town village municipality country nation state province county region place
        mountain peak valley river lake island sea ocean desert forest capital continent
        district neighborhood neighbourhood suburb archipelago volcano tower monument
        statue""".split()
    ),
    "work": frozenset(
        """film movie novel book song single album series show sitcom miniseries documentary
        videogame play musical opera painting poem episode boardgame podcast mixtape
        audiobook season sequel remake textbook""".split()
    ),
    "organisation": frozenset(
        """company corporation firm band team club party university college school network
        channel newspaper magazine label agency organization organisation brand""".split()
    ),
    "animal": frozenset(
        """frog dog cat bird fish horse mammal reptile insect animal snake spider puppy
        rat parrot elephant pig chimpanzee monkey cow sheep goat lion tiger bear squid
        rottweiler bulldog koala greyhound""".split()
    ),
    "food": frozenset(
        """food dish cuisine dressing drink beverage sauce cereal recipe dessert
        cake""".split()
    ),
    "vehicle": frozenset("""car vehicle automobile truck aircraft airplane boat""".split()),
    "object": frozenset("""toy smartphone tablet telephone phone rifle gun weapon""".split()),
    "law": frozenset("""bill law statute treaty amendment""".split()),
}
# Heads that say only that the subject is a person, which any person is ("a person")
_PERSONS = frozenset({"person", "human"})
_BROAD_OF = {word: broad for broad, words in BROAD_TYPES.items() for word in words}


def _named_things(passage: str) -> set[str]:
    """The lower-case singular nouns of a passage: what its subject may be called elsewhere
    ("a game show host"). A plural ("one of Bollywood's movies") counts other things, and a
    capitalised word is part of a name ("Village Roadshow Pictures")."""
    return {w for w in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", passage) if not w.endswith("s")}


def _head(claim: str, copula: re.Match[str]) -> str | None:
    """The last word of the claim's copula phrase ("is a real person" -> "person")."""
    words = _copula_phrases(claim[copula.start() :])
    return words[0][1][-1] if words and words[0][1] else None


def _broad(word: str) -> str | None:
    return _BROAD_OF.get(word) or _BROAD_OF.get(word.rstrip("s"))


def _broad_type_conflict(
    claim: str, passage: str, copula: re.Match[str], word: str, subject: set[str]
) -> SlotResult | None:
    """'Zoey Deutch is an actress' against 'Zoey Deutch is a frog': things of two broad types
    (person, place, work, organisation, animal, food, vehicle) are never the same thing.
    `word` and `subject` are the claim's kind and subject words, as `check_kind` found them;
    'a person' is agreed with by any person ('Ayananka Bose is an Indian cinematographer')."""
    # the first word of a broad type in each of the passage's phrases ("a frog found in ...")
    theirs = [
        next(w for w in words if _broad(w))
        for _, words in _copula_phrases(passage, subject)
        if any(_broad(w) for w in words)
    ]
    ours_broad = _broad(word)
    if not theirs or ours_broad is None:
        return None
    if word in _PERSONS and _broad(theirs[0]) == "person":
        return SlotResult("kind", True, f"a {theirs[0]} is a person")
    said = _named_things(passage)
    if any(_broad(w) == ours_broad for w in said - _PERSONS):
        return None  # the passage names something of the claim's type too
    for head in theirs:
        if _broad(head) not in (None, ours_broad):
            return SlotResult(
                "kind",
                False,
                f"another type of thing: claim says a {word} ({ours_broad}), source says "
                f"a {head} ({_broad(head)})",
                frozenset(_words(claim[copula.end() :])),  # what the claim says it is
            )
    return None


# Nouns after a kind that make it a modifier: "the film adaptation", "the film series", "the
# song's lyrics" name another thing than the page's subject.
_COMPOUND_HEADS = frozenset(
    """adaptation adaptations version versions series franchise rights soundtrack score
    trilogy saga sequel sequels remake industry award awards festival character characters
    cast crew director producer star stars poster premiere debut trailer""".split()
)
# What may follow a description of the subject: a verb, a clause end or the sentence's end
# ("The Wonder Years book was published", "The Mutiny on the Bounty book retells ...").
_AFTER_DESCRIPTION = re.compile(
    r"\s*(?:[,.;:)]|$|(?:is|was|were|are|has|had|have|will|would|can|could|also|first|"
    r"received|won|became|remains)\b|[a-z]+(?:ed|s)\b)"
)
_QUOTE = "[\"“”'‘’]"
# Kinds a description names the subject by: any kind but a person's ("the Lakers player", "the
# Marvel character" are someone of the subject's)
_DESCRIPTION_WORDS = "|".join(
    sorted(
        (w for w in _KIND_OF if w not in BROAD_TYPES["person"] and w != "character"),
        key=len,
        reverse=True,
    )
)


def _subject_pattern(claim: str, copula: re.Match[str]) -> re.Pattern[str] | None:
    """The claim's subject as it may appear in a passage (quotes and a bracketed note like
    "(1962)" or "(TV show)" left out)."""
    subject = re.sub(r"\s*\([^)]*\)", "", claim[: copula.start()])
    words = re.findall(r"[\w'’.:!-]+", re.sub(_QUOTE + r"(?=\s|$)|(?<=\s)" + _QUOTE, " ", subject))
    if not words or len(words) > 8:
        return None
    return re.compile(r"\s*".join(re.escape(w) for w in words).replace(r"\ ", " "), re.I)


def _described_kinds(claim: str, passage: str, copula: re.Match[str] | None) -> list[str]:
    """Kinds the passage gives the claim's subject in a description that opens the sentence:
    "The film was released ..." (`claims.reference` reads it "Overexposed the film was ..."),
    "The Wonder Years book was published ...", "The book 'I Want to Know What Love Is' was
    written by ...", "The comedy romance film 'Robinson Crusoe on Mars' was released ...".
    A sentence opening with a description is about its page's subject, the kind of thing the
    page is; a word after the kind that makes it a modifier ("the film adaptation") or a name
    after it ("The Beatles song 'Help!'") is about another thing."""
    opening = r"^\s*(?:[A-Z][^,]{0,60},\s+)?"
    kind = rf"(?P<kind>{_DESCRIPTION_WORDS})(?![\w'’-])"
    heads = [re.compile(opening + r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?" + kind)]
    pattern = _subject_pattern(claim, copula) if copula else None
    if pattern is not None:
        name = f"{_QUOTE}?\\s*(?:{pattern.pattern})\\s*{_QUOTE}?"
        heads += [
            re.compile(
                opening + r"(?:[Tt]he\s+)?" + name + r"\s*(?:the\s+)?(?:[a-z-]+\s+)?" + kind
            ),
            re.compile(opening + r"[Tt]he\s+(?:[\w-]+\s+){0,3}?" + kind + r"\s+" + name, re.I),
        ]
    found = []
    for i, head in enumerate(heads):
        m = head.match(passage)
        if m is None:
            continue
        rest = passage[m.end() :]
        after = re.match(r"\s*([a-z]+)", rest)
        if after and after.group(1) in _COMPOUND_HEADS:
            continue
        if i < 2 and not (_AFTER_DESCRIPTION.match(rest) or re.match(r"['’]s\b", rest)):
            continue
        found.append(m.group("kind"))
    return found


def check_kind(claim: str, passage: str) -> SlotResult | None:
    """'X is a film' against 'X is a ... novel': another kind of thing in the same place."""
    if denies(claim):
        return None  # "X is not a film" is not contradicted by "X is a novel"
    copula = _COPULA.search(claim)
    subject = _words(claim[: copula.start()]) if copula else set()
    ours = _kinds_said(claim, head_only=True)
    theirs = _kinds_said(passage, head_only=False, subject=subject)
    if ours and _broad(ours[0]) not in (None, "person"):
        # a description names the page's subject: of the claim's subject only when it is a
        # thing of the same broad type ("The film was produced by ..." is not about a producer)
        theirs += [
            k for k in _described_kinds(claim, passage, copula) if _broad(k) == _broad(ours[0])
        ]
    if copula is not None and ((ours and not theirs) or _head(claim, copula) in _PERSONS):
        word = ours[0] if ours else _head(claim, copula)
        return _broad_type_conflict(claim, passage, copula, word, subject)
    if not ours or not theirs:
        return None
    word = ours[0]
    kind = _KIND_OF.get(word, _KIND_OF.get(word.rstrip("s")))
    if kind is None and (_PERSONISH.search(word) or word in _WORKS):
        return None  # "a citizen", "a performer", "an adaptation": not exclusive of a kind
    kind = kind or word.rstrip("s")
    if kind in {_KIND_OF[t] for t in theirs}:
        return SlotResult("kind", True, f"the kind agrees: {word}")
    said = (  # an unknown kind ("an American") may be said in any form
        _named_things(passage)
        if word in _KIND_OF
        else {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", passage)}
    )
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
