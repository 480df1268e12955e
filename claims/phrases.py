"""Phrases after the verb, each a claim of its own.

- time or place phrases: "S competed in the high jump at the 2004 Olympics in Athens" -> one
  claim per phrase, when two or more phrases follow the verb or its object ("his work on X"
  stays with its noun, "from 1981 to 1984" is one phrase); after a time or place phrase,
  "for/with/as/at" phrases too ("honoured by the Red Cross for her work");
- a date after the object and another phrase: "S was inducted into the Hall of Fame in 1998"
  -> "S was inducted into the Hall of Fame", "S was inducted in 1998";
- birth phrases: "S was born on DATE in PLACE", "S was born NAME on DATE" -> one claim each.

Counted records after the verb ("with 24 strikeouts in 34 innings pitched") are
`claims.sports_stats`.
"""

from __future__ import annotations

import re

from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    PREPOSITIONS,
    TIME_NOUNS,
    bare_verb,
    inside_quote,
    is_past,
    is_verb,
    split_subject,
)
from claims.kinds import BROAD_TYPES

_BORN = re.compile(
    r"^(?P<pre>.*?\bborn)\s+(?:(?P<name>[A-Z][^,]*?),?\s+)?(?P<pps>(?:on|in|at)\s.+)$"
)


_BORN_BREAK = re.compile(r",\s+(?=(?:on|in|at|to)\s)|\s+(?=(?:on|in|at)\s)")


def _born_pieces(pps: str) -> list[str]:
    """The phrases after "born": a new one after a comma, a year or a name, not inside another
    ("to a family involved in the construction industry")."""
    pieces: list[str] = []
    at = 0
    for m in _BORN_BREAK.finditer(pps):
        before = pps[at : m.start()].rsplit(" ", 1)[-1]
        if m.group(0).startswith(",") or before[:1].isdigit() or before[:1].isupper():
            pieces.append(pps[at : m.start()])
            at = m.end()
    return [*pieces, pps[at:]]


def born_phrases(clause: str) -> list[str] | None:
    """ "X was born on DATE in PLACE" -> one claim per phrase."""
    m = _BORN.match(clause) if "born" in clause else None
    if not m:
        return None
    # a phrase starts after a comma, a year or a name, not inside another ("to a family
    # involved in the construction industry")
    phrases = [p for p in _born_pieces(m.group("pps")) if p]
    if m.group("name"):  # "was born Juaquin Malphurs on May 31, 1986": birth name, date
        if not re.search(r"\b(?:was|were|is|been)\s+born$", m.group("pre")):
            return None  # "The rapper, born X on DATE, grew up ...": not said of the subject
        phrases.insert(0, m.group("name"))
    return [f"{m.group('pre')} {p.rstrip(' ,')}" for p in phrases] if len(phrases) > 1 else None


_ADVERBIAL = frozenset(
    "in for as from at on with against during until since by".split()
)  # "to" is left out: "from 1981 to 1984" stays one phrase


_REFLEXIVE = frozenset("himself herself itself themselves myself yourself ourselves".split())


def _bare_object(tokens: list[str], verb: int, cut: int) -> bool:
    """Whether the verb group at tokens[verb] has a plain object before the phrase at
    tokens[cut] ("holds a PhD"): no preposition, no participle, no adverb last."""
    end = verb
    while end < cut and (is_verb(tokens[end]) or tokens[end] in ADVERBS):
        end += 1
    last = tokens[cut - 1]
    return (
        end < cut
        and tokens[end] in DETERMINERS | {"his", "her", "their", "its", "several", "numerous"}
        and not any(t in PREPOSITIONS for t in tokens[end:cut])
        and not is_verb(last)
        and not last.endswith(("ly", "ing"))
        and last not in _REFLEXIVE
        and last not in {"career", "fixture", "regular", "staple"}  # "began his career at X"
        and tokens[verb] not in {"became", "become", "becomes", "remained", "remains"}
    )


def _verb_group(tokens: list[str], start: int, end: int) -> bool:
    """Whether tokens[start:end] are all the clause's verb group ("was selected", "competed")."""
    return all(is_verb(t) or t in ADVERBS or t.endswith("ly") for t in tokens[start:end])


# "in the Australian film “Wolf Creek”": a work's kind after a capitalised adjective
_WORK_KINDS = BROAD_TYPES["work"] | {"telenovela", "soap", "drama", "comedy", "thriller"}
_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


def _time_or_place(tokens: list[str], i: int) -> bool:
    """Whether the phrase at tokens[i] names a time or a place ("in 1973", "at the 2004
    Olympics", "in Chennai", "during the war"), not a noun's complement ("his work on X")."""
    if tokens[i] in {"during", "until", "since", "as"}:
        return True
    nxt = [t.strip("“”\"'(") for t in tokens[i + 1 : i + 4]]
    if nxt and nxt[0] in {"the", "early", "late", "mid"} and len(nxt) > 1:
        nxt = nxt[1:]
    if len(nxt) > 1 and nxt[0][:1].isupper() and nxt[1] in _WORK_KINDS and tokens[i - 1].islower():
        return False  # "a small role in the Australian film “Wolf Creek”": the role's work
    return bool(nxt) and (
        nxt[0][:1].isdigit()
        or nxt[0][:1].isupper()
        or nxt[0] in {"early", "late", "mid", "age", "year"}  # "in the year 1981"
    )


_DATE_CLOSE = re.compile(
    r"(\d{1,2}(?:,|\ue000) (?:1[5-9]|20)\d\d),"
    r"(?= (?:at|in|on|after|before|during|with|for|against) )"
)


_NEGATED = re.compile(r"\b(?:not|never|n't|no longer)\b")
_SUBORDINATORS = frozenset("after before when until because while once although".split())
_INNER_CLAUSE = frozenset("which who whether that".split())
_COMPARISON = re.compile(
    r"\bas (?:many|much|few|little|often|long|far|high|large|big|great|fast|quickly)\b"
    r"(?:\s[\w-]+){0,4}\sas\s"
)


def adverbials(clause: str) -> list[str] | None:
    """ "S began his career as a defender for Verona in 1973" -> one claim per phrase, when two
    or more prepositional phrases follow the verb's object (one phrase is kept as it is)."""
    if _ADVERBIAL.isdisjoint(clause.split(" ")):
        return None  # no phrase to cut at (the cheap test first)
    subject = split_subject(clause)
    if subject is None:
        return None
    closed = False
    if "," in clause:  # "died on August 28, 2020, at the age of 43": the date's closing comma
        clause, closed = _DATE_CLOSE.subn(r"\1", clause)
    tokens = clause.split(" ")
    first = len(subject[0].split(" ")) + 1
    if ("," in clause or not _INNER_CLAUSE.isdisjoint(tokens)) and any(
        t.endswith(",")
        or t in {"which", "who", "whether"}
        or (t == "that" and tokens[k + 1 : k + 2] != [] and tokens[k + 1] not in TIME_NOUNS)
        for k, t in enumerate(tokens[first:], first)
    ):
        return None  # a clause inside the predicate: its phrases are not the verb's
    if not _SUBORDINATORS.isdisjoint(tokens) and any(
        t in _SUBORDINATORS and any(is_verb(u) or is_past(u) for u in tokens[k + 2 :])
        for k, t in enumerate(tokens[first:], first)
    ):
        return None  # "after his contract with PSG expired at the end of ...": a clause's phrases
    if tokens[first : first + 1] == ["by"] and any(
        is_past(t) for t in tokens[first + 2 : first + 8]
    ):
        return None  # "A wildfire fanned by gale-force winds tore through": not "fanned" its verb
    if _NEGATED.search(clause):
        return None  # "had not won in Munich since 2014": the phrases limit the "not" together
    if " as " in clause and _COMPARISON.search(clause):
        return None  # "deployed twice as many firefighters as in 2022": one comparison
    quoted, bracketed = "“" in clause or '"' in clause, "(" in clause  # else no test needed
    cuts = [
        i
        for i in range(first, len(tokens))
        if tokens[i] in _ADVERBIAL
        and tokens[i - 1] not in PREPOSITIONS
        and not _particle(tokens, i)
        and not _inside_name(tokens, i)
        and (
            _verb_group(tokens, first - 1, i)
            or (not is_verb(tokens[i - 1]) and _time_or_place(tokens, i))
            or (tokens[i] in _AFTER_TIME and _time_or_place(tokens, _previous_phrase(tokens, i)))
        )
        and not (quoted and inside_quote(clause, len(" ".join(tokens[:i]))))
        # "at Jalan Tun Ismail (formerly known as Maxwell Road)": the aside's phrase
        and (not bracketed or sum(t.count("(") - t.count(")") for t in tokens[:i]) <= 0)
    ]
    # "agreed on Monday to buy X for $3 billion": after a phrase of the main verb, an
    # infinitive of it ("agreed ... to buy") has the phrases after it
    if cuts and tokens[first - 1] in _BEFORE_INFINITIVE:
        infinitive = next(
            (
                j
                for j in range(cuts[0], len(tokens) - 1)
                if tokens[j] == "to" and bare_verb(tokens[j + 1])
            ),
            None,
        )
        if infinitive is not None:
            cuts = [c for c in cuts if c < infinitive]
    if cuts and tokens[cuts[0] - 1] in _LIGHT_VERBS:
        cuts = cuts[1:]  # "resulted in the Battle of X on DATE": the verb keeps its phrase
    if cuts and _ranked(tokens[first - 1 : cuts[0]]):
        return None  # "the fourth hurricane to hit Florida since 2022": the phrase limits it
    # "until his death in 2013", "in 2000 after the death of his wife in 1993": a time phrase
    # after an event phrase dates that phrase's noun, not the verb
    cuts = [c for k, c in enumerate(cuts) if k == 0 or not _after_event(tokens, cuts[k - 1], c)]
    # "ranks Bulgaria as the most corrupt country in the EU": the phrase after a rank limits it
    cuts = [c for k, c in enumerate(cuts) if k == 0 or not _ranked(tokens[cuts[k - 1] : c])]
    if len(cuts) == 1 and _is_time(tokens, cuts[0]):
        return _dated(tokens, first - 1, cuts[0])
    if (
        len(cuts) == 1
        and tokens[cuts[0]] in {"from", "at"}
        and _bare_object(tokens, first - 1, cuts[0])
    ):
        # "holds a PhD from the University of Michigan": the degree, and where it is from
        return [" ".join(tokens[: cuts[0]]), clause]
    if len(cuts) < 2:
        return None
    base = " ".join(tokens[: cuts[0]])
    ends = [*cuts[1:], len(tokens)]
    if closed and any(
        tokens[k] == "and" and tokens[k + 1] in {"a", "an", "the"}
        for k in range(cuts[0], len(tokens) - 1)
    ):
        return None  # "with a small ceremony in Buenos Aires and a big party": a second object
    return [f"{base} {' '.join(tokens[a:b])}" for a, b in zip(cuts, ends, strict=True)]


_RANK = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|"
    r"best|worst|most|least|[a-z]+[^aeiou\W]est)$"
)
_NOT_RANK = frozenset("protest contest interest forest request arrest harvest conquest".split())


def _ranked(tokens: list[str]) -> bool:
    """ "is the fourth hurricane", "the largest supermarket deal": a rank whose phrases say
    among what; the rank without them is another fact (the fourth ever, the largest ever)."""
    return any(
        tokens[k] in {"the", "its", "their", "his", "her"}
        and _RANK.match(tokens[k + 1]) is not None
        and tokens[k + 1] not in _NOT_RANK
        and tokens[k + 2][:1].islower()
        and tokens[k + 2] not in PREPOSITIONS
        for k in range(len(tokens) - 2)
    )


_PRIZES = frozenset("Award Awards Prize Prizes Cup Trophy Medal Globe Oscar Emmy".split())


def _inside_name(tokens: list[str], i: int) -> bool:
    """ "Lady Shri Ram College for Women", "the Board of Control for Cricket": "for" between
    two capitalised words joins one name (a prize's category is split off as before)."""
    return (
        tokens[i] == "for"
        and tokens[i - 1][:1].isupper()
        and tokens[i - 1] not in _PRIZES  # "the Academy Award for Best Director": its category
        and i + 1 < len(tokens)
        and tokens[i + 1][:1].isupper()
    )


_SWORN = frozenset("swear swears swore sworn swearing".split())


def _particle(tokens: list[str], i: int) -> bool:
    """ "swore in the mayor", "was sworn in": "in" is part of the verb, no phrase."""
    return tokens[i] == "in" and tokens[i - 1] in _SWORN


_BEFORE_INFINITIVE = frozenset(
    """set meant expected scheduled due going used able likely began begin started tried
    hoped planned wanted decided agreed refused failed managed helped continued forced allowed
    required""".split()
)
_AFTER_TIME = frozenset("for with as at".split())


def _previous_phrase(tokens: list[str], i: int) -> int:
    """Where the phrase before tokens[i] starts: "in 2009 for his work" -> the "in"."""
    k = i - 1
    while k > 0 and tokens[k] not in PREPOSITIONS:
        k -= 1
    return k


# Prepositions whose phrase can name an event ("after the death of X") that a later time
# phrase dates
_EVENT_PHRASE = frozenset("until since after before following".split())


def _after_event(tokens: list[str], previous: int, cut: int) -> bool:
    """Whether an event phrase ("until his death", "after the death of X") stands between the
    previous phrase's start and the phrase at `cut`."""
    return any(
        tokens[k] in _EVENT_PHRASE and not _names_time(tokens, k) for k in range(previous, cut)
    )


_YEAR = re.compile(r"^(?:1[5-9]|20)\d\ds?$")


def _names_time(tokens: list[str], i: int) -> bool:
    """Whether the phrase at tokens[i] names a time itself ("after 2000", "before May")."""
    nxt = [t.strip("“”\"'(),") for t in tokens[i + 1 : i + 3]]
    if nxt and nxt[0] in {"the", "early", "late", "mid"} and len(nxt) > 1:
        nxt = nxt[1:]
    return bool(nxt) and (bool(_YEAR.match(nxt[0])) or bool(_MONTH.match(nxt[0])))


def _is_time(tokens: list[str], i: int) -> bool:
    """ "in 1998", "in March 2004", "from 1979 to 1997", "on May 2, 2011", "in the 1990s"."""
    nxt = [t.strip("“”\"'(),") for t in tokens[i + 1 : i + 4]]
    if nxt and nxt[0] in {"the", "early", "late", "mid"} and len(nxt) > 1:
        nxt = nxt[1:]
    if nxt[:1] == ["year"]:  # "in the year 1981"
        nxt = nxt[1:]
    return (
        tokens[i] in {"in", "on", "from", "since", "until", "during"}
        and bool(nxt)
        and (bool(_YEAR.match(nxt[0])) or bool(_MONTH.match(nxt[0])))
    )


def _dated(tokens: list[str], verb: int, cut: int) -> list[str] | None:
    """ "S was inducted into the Hall of Fame in 1998" -> "S was inducted into the Hall of
    Fame", "S was inducted in 1998": the date goes with the verb and its object's head."""
    end = verb
    while end < cut and (is_verb(tokens[end]) or tokens[end] in ADVERBS):
        # "are set to continue until": the infinitive belongs to the verb group
        end += 3 if tokens[end] in _BEFORE_INFINITIVE and tokens[end + 1 : end + 2] == ["to"] else 1
    head = end
    while head < cut and (
        tokens[head] not in PREPOSITIONS or _particle(tokens, head) or _inside_name(tokens, head)
    ):
        head += 1
    if tokens[head : head + 1] == ["of"]:
        # "is the recipient of the Arjuna Award in 2016", "won the Battle of X in 1999": the
        # noun before "of" needs it ("is the recipient in 2016" says nothing)
        head = next((k for k in range(head + 1, cut) if tokens[k] in PREPOSITIONS), cut)
    if head >= cut:
        return None  # "S was born in 1950", "S won the title in 2004": kept whole
    if any(t[:1].isdigit() or t.endswith("%") for t in tokens[verb + 1 : cut]):
        return None  # "has gained about 20% since January": the figure is that time's
    if tokens[head - 1] in _COMPOUND_PREPOSITION:
        head -= 1  # "turn back due to bad weather": "due to" is one preposition
    base = " ".join(tokens[:cut])
    if tokens[head - 1] in _LIGHT_VERBS:
        # "will go to a runoff on Dec. 3", not "will go on Dec. 3" ("go on" is another verb):
        # the verb keeps its phrase, and its noun's "of" phrase ("resulted in the Battle of X")
        head = next(
            (k for k in range(head + 1, cut) if tokens[k] in PREPOSITIONS and tokens[k] != "of"),
            cut,
        )
    return [base, " ".join([*tokens[:head], *tokens[cut:]])]


_COMPOUND_PREPOSITION = frozenset("due because thanks owing".split())


# Verbs whose sense is in the phrase after them ("go to a runoff", "rose to fame"): without it
# they say another thing ("go on" goes on, continues)
_LIGHT_VERBS = frozenset(
    """go goes went gone going come comes came get gets got rise rises rose risen result
    results resulted lead leads led belong belongs belonged consist consists consisted based
    depend depends depended""".split()
)
