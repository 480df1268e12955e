"""Facts carried by modifiers rather than by the verb, each made a claim of its own.

- place chains: "born in Chennai, Tamil Nadu, India" -> "born in Chennai", "Chennai is in
  Tamil Nadu", "Tamil Nadu is in India";
- the class of named examples: "appeared in films such as "Theri" and "Mersal"" -> ""Theri" is
  a film", ""Mersal" is a film" (the list itself is split by `claims.examples`);
- reduced relative clauses and nationalities in a predicate noun: "X is a Dutch rock band
  formed in 1969" -> "X is Dutch", "X is a rock band", "X was formed in 1969";
- a role noun before a name ("close appositive"): "a member of the rap group The Sauce
  Factory" -> "a member of The Sauce Factory", "The Sauce Factory is a rap group"; "with his
  wife Deborah Santana" -> "His wife is Deborah Santana"; "joined Greek side Panathinaikos",
  "for Premier League club Liverpool", "Argentine media personality Wanda Nara".

Commas may arrive masked (see `claims.masking.mask`): `SEP` matches both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from claims.gazetteer import PROPER_WORDS
from claims.grammar import (
    AGENT_SUFFIXES,
    DETERMINERS,
    NAME_LINKS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    article_for,
    is_verb,
    verb_index,
)

SEP = "[,\ue000]"
_PLACE = r"[A-Z][\w.’'-]*(?:\s+(?:de\s+|of\s+|del\s+)?[A-Z][\w.’'-]*){0,3}"
_PLACE_CHAIN = re.compile(
    rf"\b(?P<prep>in|from|at|near|outside)\s+(?P<chain>{_PLACE}(?:{SEP}\s+{_PLACE}){{1,3}})"
    rf"(?={SEP}?\s+(?:in|on)\s+(?:\d|[A-Z][a-z]+\.?\s+\d)|{SEP}?$)"
)


def place_chain(clause: str) -> list[str] | None:
    """ "S was born in A, B, C" -> "S was born in A", "A is in B", "B is in C"."""
    m = _PLACE_CHAIN.search(clause)
    if m is None:
        return None
    places = [p.strip() for p in re.split(rf"{SEP}\s+", m.group("chain"))]
    if any(len(p) < 2 for p in places):
        return None
    head = clause[: m.start("chain")] + places[0] + clause[m.end("chain") :]
    return [head, *(f"{a} is in {b}" for a, b in itertools.pairwise(places))]


_QUANTIFIERS = frozenset(
    """the a an his her their its our several many other numerous various some multiple few
    more most additional further different two three four five six seven eight nine ten
    dozens dozen over about around nearly almost some""".split()
)
_EVALUATIVE = re.compile(
    r"^(?:[a-z-]+(?:ful|ous|ar|ble|ed|ic|al|ive|ent|ant|ing|ish|less|est)|hit|top|big|new|great|"
    r"best|well-known|famous|major|other)$"
)
_INVARIANT = frozenset("series species media".split())
# nouns that end like adjectives and name a kind: "the heavy metal band Sepultura"
_AL_NOUNS = frozenset("metal animal festival journal hospital musical criminal rival".split())


# Plurals in "-ies" of nouns that end in "-ie"
_IE_PLURALS = frozenset(
    {
    "movies", "cookies", "rookies", "zombies", "calories", "selfies", "goalies", "hippies",
    "prairies", "brownies", "genies", "sorties", "aunties", "newbies", "freebies", "talkies",
    "birdies", "veggies", "lies", "ties", "pies",
    }
)  # fmt: skip


def singular(noun: str) -> str | None:
    """ "films" -> "film", "actresses" -> "actress", "stories" -> "story"; None if not plural."""
    if noun in _INVARIANT:
        return noun
    if not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return None
    if noun in _IE_PLURALS:
        return noun[:-1]  # "movies" -> "movie", not "movy"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "ches", "shes", "xes")):
        return noun[:-2]
    return noun[:-1]


_COLLECTIVES = frozenset("number lot variety range host series couple handful string".split())


def example_class(noun_phrase: str, item: str) -> str | None:
    """("several successful films", "“Theri”") -> "“Theri” is a successful film."

    Only for a named item (capitalised or quoted) of a plain plural class: "his roles in
    soap operas" or "his portrayal of Joe Kelly" give nothing."""
    words = noun_phrase.split()
    # "some of the world's most renowned musicians": the class is what follows the owner
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is not None and words[:2] in (["some", "of"], ["many", "of"], ["one", "of"]):
        words = [w for w in words[owner + 1 :] if w not in {"most", "more", "very"}]
    while words and (words[0].lower() in _QUANTIFIERS or words[0].isdigit()):
        words = words[1:]
        if words[1:2] == ["of"] and words[0] in _COLLECTIVES:  # "a number of films"
            words = words[2:]
    item = re.sub(r"[.,]+(?=[”\"]?$)", "", item.strip())
    if not words or not (item[:1].isupper() or item[:1] in '“"'):
        return None
    if not all(w.replace("-", "").isalnum() for w in words[:-1]):
        return None
    if len(words) > 4 or any(w in {"of", "in", "for", "on", "at", "with", "by"} for w in words):
        return None
    if "and" in words or "or" in words:
        return None  # "films and TV shows such as A": A is one of the two kinds, which is unsaid
    # "several successful films" -> "a film": the judgement is not what the annotated class is
    # "highly successful films": the degree goes with the judgement
    words = [w for w in words[:-1] if not (_EVALUATIVE.search(w) or w.endswith("ly"))] + words[-1:]
    head = singular(words[-1])
    if head is None or not head.isalpha() or not head.islower() or head in _KIN:
        return None  # (a relative's kind is the subject's kin: "Alex is a sibling" says nothing)
    phrase = " ".join([*words[:-1], head])
    article = article_for(phrase)
    return f"{item} is {article} {phrase}"


_KIN = frozenset("sibling brother sister child son daughter parent grandchild cousin".split())
_REDUCED = frozenset(
    """born formed founded based established created located raised headquartered released
    published directed written produced composed recorded named called known""".split()
)
_PREPOSITIONS = frozenset("of for in on at with by from to as into".split())
_STATIVE = frozenset("based located headquartered named called known best well widely".split())
_DEGREE = frozenset("best well widely mostly mainly perhaps also".split())
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:an|ese|ish|i|ch|ic)$")
# "South Korean", "Sri Lankan": a nationality of two words
_NATIONALITY_LEAD = frozenset("South North East West Central Sri Puerto Costa Saudi".split())


def nationality_token_count(tokens: list[str], i: int) -> int:
    """How many tokens from tokens[i] make a nationality before a lowercase noun: 1 for
    "Dutch rock band", 2 for "South Korean actor", 0 for none."""
    for n in (1, 2):
        if i + n >= len(tokens) or not tokens[i + n][:1].islower():
            continue
        if (n == 1 or tokens[i] in _NATIONALITY_LEAD) and _NATIONALITY.match(tokens[i + n - 1]):
            return n
    return 0


def predicate_modifiers(
    subject: str, copula: str, tokens: list[str]
) -> tuple[list[str], list[str]]:
    """Facts in the modifiers of a predicate noun, and the noun phrase that is left.

    "X is a Dutch rock band formed in 1969" -> ["X was formed in 1969"], "Dutch rock band";
    "X was a pioneering Chinese-American actress" -> ["X was Chinese-American"], "pioneering
    actress" (a nationality inside the modifiers is a fact of its own)."""
    facts: list[str] = []
    k = next(
        (i for i, t in enumerate(tokens[:-1]) if t == "from" and tokens[i + 1][:1].isupper()), 0
    )
    if k > 1 and not any(t in _REDUCED for t in tokens[:k]):  # "a rapper from Atlanta"
        facts.append(f"{subject} {copula} {' '.join(tokens[k:]).rstrip(',')}")
        tokens = tokens[:k]
    j = next((i for i, t in enumerate(tokens) if i > 0 and t in _REDUCED), None)
    if j is not None and j > 1 and tokens[j - 1] in _DEGREE:
        j -= 1  # "an actor best known for ..."
    if j is not None and j > 0:
        past = "was" if copula in {"is", "was"} else "were"
        verb = copula if tokens[j] in _STATIVE else past
        facts.append(f"{subject} {verb} {' '.join(tokens[j:]).rstrip(',')}")
        tokens = tokens[:j]
        tokens[-1] = tokens[-1].rstrip(",")
    for i in range(1, len(tokens) - 1):
        if set(tokens[:i]) & _PREPOSITIONS:
            break  # "a hub for Ukrainian troops": past the noun, no longer its modifiers
        if tokens[i - 1].islower() and (n := nationality_token_count(tokens, i)):
            facts.append(f"{subject} {copula} {' '.join(tokens[i : i + n])}")
            tokens = tokens[:i] + tokens[i + n :]
            break
    return facts, tokens


_TITLE = r"“[A-Z][^“”]{0,60}”|\"[A-Z][^\"]{0,60}\""
# the name after a role: "Thijs van Leer", "The Sauce Factory", a quoted title
_NAMED = (
    r"(?P<name>(?:The\s)?[A-Z][\w.’'-]+(?:\s(?:of\s(?:the\s)?|the\s|de\s|van\s(?:der\s|den\s)?|von\s)?"
    rf"(?:[A-Z][\w.’'-]+|['‘][A-Z][\w.-]*['’])){{0,4}}|{_TITLE})"  # "Sebella 'Sebi' Rose"
)
# a word that ends a role of several words ("the heavy metal band", not "a relationship with")
_LINK = r"(?:the|a|an|his|her|their|its|and|or|of|in|on|at|to|for|with|by|from|as)\s"
_CLOSE_APPOSITIVE = re.compile(
    r"\b(?=[tahiwbofA-Z])(?P<det>the|a|an|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|with|by|of|for|from|to|"
    r"[A-Z][\w-]*['’]s)\s+"
    r"(?P<role>(?!(?:the|a|an|his|her|their|its)\s)[a-z][a-z-]+"
    r"(?:\s(?!" + _LINK + r")[a-z][a-z-]+){0,2})\s+" + _NAMED
)
# "joined Greek side Panathinaikos", "for Bundesliga club Borussia Dortmund"
# "for Premier League club Manchester City", "Argentine media personality Wanda Nara"
_CAPITAL_ROLE = re.compile(
    r"(?:^|(?<=\s)(?=[a-z]+\s|[A-Za-z]+['’]s\s)\S+\s)"
    r"(?P<role>[A-Z][A-Za-z]+\s(?:[A-Z][A-Za-z]*\s){0,2}[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s+"
    + _NAMED
)
_CAPITAL_ROLE_HINT = re.compile(r"[A-Z][A-Za-z]*\s[a-z][a-z-]+\s(?:[a-z][a-z-]+\s)?[A-Z“\"]")
_NOT_ROLE = frozenset(
    """the a an his her their its and or but of in on at to for with by from as is was are were
    be been has have had will would can could than then also said says told named called
    including such like year years day days week weeks month months vs v versus which who whom
    whose all every everyday each both what whatever way course next devout nonpartisan
    bipartisan""".split()
)
_NOT_NOUN = frozenset(
    """several many few one two three four five six seven eight nine ten eleven twelve
    either neither former see van
    de avid same other own young old late elderly teenage another""".split()
)
# a hyphenated adjective, no role: "center-right", "far-left", "Moscow-backed", "state-owned"
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:right|left|wing|center|centre|leaning|based|owned|run|led|backed|controlled|funded|"
    r"level|style|type|sized|scale|term|time|old)$"
)
_ROLE_SHAPE = re.compile(
    rf"(?:{AGENT_SUFFIXES}|ess|men|women|model|star|chef|judge|parent|son|"
    r"daughter|wife|husband|friend|child|children|cousin|uncle|aunt|nephew|niece|widow|"
    r"fiancée?|girlfriend|boyfriend|colleague|ally|allies)s?$"
)
# verbs an infinitive puts before a name, never a role: "went on to manage Parma"
_INFINITIVES = frozenset(
    """manage coach join lead play sign face meet visit defeat beat become replace succeed
    represent support make release form found marry host win help attend direct produce star
    write record compete serve study teach run build create establish launch open buy acquire
    perform protect defend attack invade save fund cut raise end stop keep fight ban block reduce
    expand boost reform repeal fix rebuild secure strengthen destroy""".split()
)
# a name's own kind is no role: "sold under the brand name Zurzuvae" says what the name is, and
# "Zurzuvae is a brand name" without it says nothing
_NAMING = frozenset(
    "name names title nickname moniker pseudonym alias codename slogan motto hashtag".split()
)
_PARTICLES = frozenset("bin bint ibn del da do dos das di du la le van von der den".split())
_AFTER_NAME = frozenset("and or but who which that where when".split()) | PREPOSITIONS
# a month or a day, whole or abbreviated ("Sepultura", "Marvel", "Monaco" are names)
_CALENDAR = re.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tues?(?:day)?|"
    r"Wed(?:nesday)?|Thu(?:rs)?(?:day)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?$"
)
_NOT_ROLE_START = DETERMINERS | PRONOUN_SUBJECTS


# "an autobiography titled The Last Black Unicorn", "a hip-hop duo called “V.O.S”"
_CALLED = re.compile(
    r"(?<=\s)(?P<det>a|an|the)\s(?P<noun>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s"
    r"(?P<verb>called|named|titled|entitled)\s"
    r"(?P<name>“[^“”]+”|\"[^\"]+\"|[A-Z][\w.’'-]*(?:\s(?:of\s|the\s|de\s)?[A-Z][\w.’'-]*)*)"
)


_CALLED_HINT = re.compile(r" (?:called|named|titled|entitled) ")


def called_name(clause: str) -> tuple[str, str | None]:
    """ "Haddish has written an autobiography titled The Last Black Unicorn" -> ("Haddish has
    written an autobiography", "The autobiography is titled The Last Black Unicorn")."""
    m = _CALLED.search(clause) if _CALLED_HINT.search(clause) else None
    if m is None or any(is_verb(w) for w in m.group("noun").split(" ")):
        return clause, None
    if clause.count("“", 0, m.start()) > clause.count("”", 0, m.start()):
        return clause, None
    kept = clause[: m.end("noun")] + clause[m.end("name") :]
    return kept, f"the {m.group('noun')} is {m.group('verb')} {m.group('name')}"


def close_appositive(clause: str) -> tuple[str, str | None]:
    """ "S is married to actor Eric Winter" -> ("S is married to Eric Winter", "Eric Winter is
    an actor"); "with his wife Deborah Santana" -> "His wife is Deborah Santana"; "an
    autobiography titled X" -> "an autobiography", "The autobiography is titled X"."""
    kept, named = called_name(clause)
    if named:
        return kept, named
    for pattern in (_CLOSE_APPOSITIVE, _CAPITAL_ROLE):
        if pattern is _CAPITAL_ROLE and not _CAPITAL_ROLE_HINT.search(clause):
            continue  # one cheap search before trying every start
        found_all = pattern.finditer(clause) if pattern is _CLOSE_APPOSITIVE else None
        for m in found_all or _overlapping(pattern, clause):
            opening = m.start() == 0 and (
                pattern is _CAPITAL_ROLE or _owner(m.groupdict().get("det") or "")
            )
            if (m.start() > 0 or opening) and (found := _named(clause, m)) is not None:
                return found
    return clause, None


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, each start tried: "Ghaly plays for Premier League club Liverpool" must not
    hide the match that starts at "for"."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        yield m
        at = m.start() + 1


def _owner(det: str) -> bool:
    return det.lower() in POSSESSIVES or det.endswith(("'s", "’s"))


def _named(clause: str, m: re.Match[str]) -> tuple[str, str | None] | None:
    role, name, det = m.group("role"), m.group("name"), m.groupdict().get("det")
    words = [w for w in role.split(" ") if not w[:1].isupper()]
    if (
        set(words) & (_NOT_ROLE | PREPOSITIONS | DETERMINERS | NAME_LINKS | _PARTICLES)
        # no role opens with a determiner or a pronoun: "She supports Oxfam" is a verb's object
        or (m.re is _CAPITAL_ROLE and role.split(" ")[0].lower() in _NOT_ROLE_START)
        or any(is_verb(w) for w in words)
        or any(
            w.endswith(("ly", "ing", "ed")) or (_EVALUATIVE.search(w) and w not in _AL_NOUNS)
            for w in words
        )
        or words[-1] in _NOT_NOUN | _NAMING
        or _COMPOUND_ADJECTIVE.search(words[-1]) is not None  # "Portugal's center-right X"
        or (det == "to" and words[0] in _INFINITIVES)  # "went on to manage Parma"
        # "married to actor Eric Winter", but "going to obliterate Donald Trump": after "to", a
        # single word names a role only when it is shaped like one (a person's noun)
        or (det == "to" and len(words) == 1 and not _ROLE_SHAPE.search(words[0]))
        # "the hard rock band Mötley Crüe" names the band; "is a three-weight world champion"
        # describes the subject, and a name after it belongs elsewhere
        or (len(words) > 2 and det in {"a", "an"})
    ):
        return None
    role_at = len(clause[: m.end("role")].split(" ")) - 1
    if m.re is _CAPITAL_ROLE and verb_index(clause.split(" ")) == role_at:
        return None  # "Transparency International ranks Bulgaria as ...": the clause's verb
    after = clause[m.end("name") :].split(" ", 2)
    following = after[1] if len(after) > 1 and not after[0] else after[0]
    if m.re is _CAPITAL_ROLE and m.start() == 0 and not (is_verb(following) or after[0]):
        return None  # "Real Madrid beat Borussia Dortmund 2-0": no verb after it: "beat" is one
    if following[:1].islower() and following not in _AFTER_NAME and not is_verb(following):
        return None  # "Filipino former ...": a capitalised modifier, not a name
    if m.re is _CAPITAL_ROLE and re.match(r"\s+(?:and|or)\s+[A-Z“\"]", clause[m.end("name") :]):
        return None  # "Strategic allies Russia and Belarus": the role of both names
    if det in {"a", "an"} and name.isupper() and clause[m.end("name") :].startswith(" of "):
        return None  # "has a career ERA of 6.75": a measure, no role and name
    if " " not in name and _NATIONALITY.match(name):
        return None  # "to prepare Belarusian and Russian aviation": a verb and an adjective
    first = name.split(" ")[0]
    # "on Monday", "in Sept. 2020"; "Jan Akkerman", "May Whitty" are names
    if (_CALENDAR.match(first) and (" " not in name or first.endswith("."))) or name.endswith(
        ("’s", "'s")
    ):
        return None
    if clause.count("“", 0, m.start()) > clause.count("”", 0, m.start()):
        return None
    if _owner(det or "") and (one := singular(role.split(" ")[-1])) and one != role.split()[-1]:
        # "her novels Sins and Salvation, The Long Road": one of several, named
        kept = clause[: m.start("det")] + name + clause[m.end("name") :]
        if m.start() == 0 or re.match(r"\s+(?:and|or)\s+[A-Z“\"]", clause[m.end("name") :]):
            return kept, None  # where the name ends is unsure ("Sins and Salvation")
        return kept, f"{name} is {det} {' '.join([*role.split()[:-1], one])}"
    if _owner(det or ""):
        if m.start() == 0:  # "Kerser's first album The Nebulizer was produced by Nebs"
            return clause[m.end("det") + 1 :].replace(f"{role} ", "", 1), f"{det} {role} is {name}"
        kept = clause[: m.start("det")] + name + clause[m.end("name") :]
        return kept, f"{det} {role} is {name}"
    *rest, head = role.split(" ")
    role = " ".join([*rest, singular(head) or head])  # "the films “Rush Hour 2”": a film
    if (
        m.start("role") == 0
        and len(rest) == 1
        and not _NATIONALITY.match(rest[0])
        and rest[0] not in PROPER_WORDS
        and not rest[0][1:2].isupper()  # "ISRO chairman S. Somanath": an acronym
    ):
        role = role[:1].lower() + role[1:]  # "Utility company Duke Energy": capital by place
    article = article_for(role)
    start = m.start("det") if det in {"the", "a", "an"} else m.start("role")
    if det is None and clause[:start].endswith((" the ", " a ", " an ")):
        start = clause.rindex(" ", 0, start - 1) + 1
    return clause[:start] + name + clause[m.end("name") :], f"{name} is {article} {role}"
