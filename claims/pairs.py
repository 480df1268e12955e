"""Pairs of like conjuncts after the verb: one claim per conjunct.

Joined by "and", "as well as" or ", particularly" (`pair`): "re-elected in 2007 and 2010";
"silent and sound films" and "a skilled and dedicated lawyer" share the head noun, "the founder
and president of X" the complement, "sent jets and helicopters to Belarus" the verb's phrase,
"forests and homes north of Athens" the direction; "works for organ, as well as pieces for
orchestra" pair the nouns before the same preposition. Lists of three or more are
`claims.lists`', examples `claims.examples`'.
"""

from __future__ import annotations

import re

from claims.after_and import present_after_and, second_object
from claims.conjuncts import (
    conjunct_start,
    infinitive_after_figure,
    name_and_noun,
    object_with_phrase,
    parallel_name,
)
from claims.counted import (
    counted_object,
    counted_or_determined,
    counted_pair,
    is_duration,
)
from claims.grammar import (
    ADJECTIVE,
    ADJECTIVE_END,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    EXAMPLE_ADVERBS,
    IRREGULAR_PAST,
    MODALS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    inside_quote,
    is_plain_verb,
    is_verb,
    object_start,
    present_form,
    split_subject,
)

_IDIOMS = frozenset(
    i.strip()
    for i in """up and running, back and forth, more and more, over and over, each and every,
    safe and sound, law and order, research and development, rock and roll, on and off,
    by and large, search and rescue, trial and error, supply and demand,
    checks and balances, cause and effect, pros and cons, in and out, cash and shares,
    cash and stock""".split(",")
)


def adjective_pair(left: list[str], right: list[str]) -> bool:
    """ "a skilled and dedicated lawyer", "complex and nuanced characters": an "-ed" adjective
    before a noun, not a second verb ("born and raised in", "wrote and directed films")."""
    first, following = right[0], right[1].strip(",.") if len(right) > 1 else ""
    last, before = left[-1], left[-2] if len(left) > 1 else ""
    return (
        first.endswith("ed")
        and first not in IRREGULAR_PAST | AUXILIARIES
        and following[:1].islower()
        and following not in PREPOSITIONS | DETERMINERS | ADVERBS | OBJECT_PRONOUNS
        and not is_verb(following)
        and last[:1].islower()  # "on Tuesday and asked residents": a verb after a name
        and last not in IRREGULAR_PAST | AUXILIARIES
        and (before.lower() in DETERMINERS or not is_verb(last))
        and (
            before.lower() in DETERMINERS | PREPOSITIONS
            or before.endswith("ing")
            or bool(ADJECTIVE.search(last))
        )
    )


COPULAS = frozenset("is was are were became remains remained".split())
# "and", "as well as", and ", particularly for ..." before a phrase like the one it follows
_PAIR_JOIN = re.compile(
    r",?\s+(?:and|as well as)\s+|,\s+(?:particularly|especially|notably|mainly|primarily|"
    r"most notably)\s+(?=(?:in|for|as|with|at|on|by)\s)"
)


def pair(clause: str) -> list[str] | None:
    """ "S V A and B" -> "S V A", "S V B" for conjuncts after the verb ("re-elected in 2007 and
    2010", "his BA from Yale and his JD from ..."), sharing a head noun when the left conjunct
    is one word ("silent and sound films" -> "silent films", "sound films"), or the phrase
    after both ("plays guitar and drums for the band" -> "plays guitar for the band")."""
    if "and" not in clause and "," not in clause and "as well as" not in clause:
        return None  # every `_PAIR_JOIN` holds "and", "as well as" or a comma: no join
    subject = split_subject(clause)
    if subject is None:
        return None
    # ", as well as X" joins the whole object before it: "a bond for parks and libraries, as
    # well as a measure" is tried there first, or "libraries, as well as a measure" is one item
    joins = sorted(_PAIR_JOIN.finditer(clause), key=lambda m: not m.group(0).startswith(", as"))
    for m in joins:
        if m.start() <= len(subject[0]) or inside_quote(clause, m.start()):
            continue
        left_tokens = clause[: m.start()].rstrip().split(" ")  # (a blanked "(2005–09)")
        right_tokens = clause[m.end() :].split(" ")
        first = right_tokens[0]
        if left_tokens[-2:-1] and left_tokens[-2].lower() in EXAMPLE_ADVERBS:
            continue  # "side effects, mostly nausea and diarrhoea": the examples, not causes
        if first in {"above", "below"} and re.search(r"\b(?:up|down) from\b", clause[: m.start()]):
            continue  # "up from X a year earlier and above the Y analysts had expected"
        if "which" in clause and _PREP_WHICH.search(clause, 0, m.start()):
            continue  # "a raid in which a guard was shot and jewels were stolen": its clause's
        if CONTRACTED_SUBJECT.match(first):
            continue  # "Measles is back, and it's a wake-up call": a clause of its own
        if left_tokens[-1][:1].isdigit() and first.rstrip(".,") in _OPEN_BOUNDS:
            continue  # "adults aged 18 and older": one bound
        if counted_pair(left_tokens, right_tokens):
            continue  # "more than 400,000 homes and businesses": one count of both
        if is_duration(clause[: m.start()], clause[m.end() :]):
            continue  # "lasted two years and three months": one duration
        if (
            not second_object(left_tokens, right_tokens)
            and (
                (is_verb(first) and not adjective_pair(left_tokens, right_tokens))
                or present_after_and(right_tokens, 0, subject[1])  # "and sells them abroad"
                or any(is_plain_verb(t) for t in right_tokens[1:4])
                or first.lower() in PRONOUN_SUBJECTS
                or f"{left_tokens[-1]} and {first}".lower() in _IDIOMS
                or _own_clause(right_tokens)
            )
        ):
            continue
        verb_at = len(subject[0].split(" "))
        if (second := _second_predicate(left_tokens, right_tokens, verb_at)) is not None:
            return [" ".join(left_tokens), f"{subject[0]} {second}"]
        if left_tokens[-1].endswith("-") and "-" in first[1:] and left_tokens[-1][:1].isupper():
            # "a Toronto- and Ottawa-based correspondent": the suffix is both names'
            suffix = first.split("-", 1)[1]
            prefix = " ".join(left_tokens[:-1])
            return [
                f"{prefix} {left_tokens[-1]}{suffix} {' '.join(right_tokens[1:])}".rstrip(),
                f"{prefix} {' '.join(right_tokens)}",
            ]
        if (named := parallel_name(left_tokens, right_tokens, verb_at)) is not None:
            prefix = " ".join(left_tokens[:named])
            return [" ".join(left_tokens), f"{prefix} {' '.join(right_tokens)}"]
        start = _same_bound(left_tokens, right_tokens, verb_at)
        start = (
            start
            or _parallel_start(left_tokens, right_tokens, verb_at)
            or conjunct_start(
                left_tokens, first, verb_at, right_tokens[1] if len(right_tokens) > 1 else ""
            )
        )
        if start is None and m.group(0).startswith(", as") and counted_or_determined(first):
            start = object_start(left_tokens, verb_at)  # "approved A for B and C, as well as D"
            if start is not None and not counted_or_determined(left_tokens[start]):
                start = None  # "is best known for X, as well as the Y": no object at "best"
        if start is None and counted_or_determined(first):
            start = object_with_phrase(left_tokens, right_tokens, verb_at)
        if (
            first in {"a", "an", "the"}
            and left_tokens[verb_at] in COPULAS
            and not _named_object_pair(left_tokens, right_tokens, start, verb_at)
        ):
            # "was the president of X and a Boer leader": both describe the subject
            start = verb_at + 1 if left_tokens[verb_at + 1] in DETERMINERS else start
        if first[:1] in '“"':  # a quoted title pairs with a quoted title, not with its last word
            quoted = [j for j, t in enumerate(left_tokens) if t[:1] in '“"']
            start = quoted[-1] if quoted else None
        if (
            start is None
            and m.group(0) == " and "
            and not any(t.endswith(",") for t in left_tokens[verb_at:])
            and (named := name_and_noun(left_tokens, right_tokens, verb_at))
        ):
            prefix = " ".join(left_tokens[:named])
            return [" ".join(left_tokens), f"{prefix} {' '.join(right_tokens)}"]
        if start is None or start == 0:
            continue
        if infinitive_after_figure(left_tokens, right_tokens, start):
            # "agreed to forfeit $430 million and pay restitution": a second infinitive
            return [" ".join(left_tokens), " ".join([*left_tokens[: start - 1], *right_tokens])]
        if inside_quote(clause, len(" ".join(left_tokens[:start])) + 1):
            continue
        if start == len(left_tokens) - 1 and first[:1].isupper() and not first[:1].isdigit():
            continue  # "Russia and Belarus", "Belarusian and Russian aviation": kept together
        if left_tokens[start - 1].lower() == "both" or any(
            t.lower() in {"between", "among"} for t in left_tokens[start - 3 : start]
        ):
            continue  # "no association between ultra-processed food and deaths"
        if _OFFICE_FOR.search(" ".join(left_tokens[max(0, start - 4) : start])):
            continue  # "the minister for climate crisis and civil protection": one office
        if left_tokens[start - 1] in PREPOSITIONS and counted_object(left_tokens[verb_at:start]):
            continue  # "evacuated 2,000 residents from A and B": 2,000 from both, not each
        if (
            len(right_tokens) >= 2
            and ADJECTIVE.search(left_tokens[-1])
            and first.lower() not in DETERMINERS  # "his music and his voice": nouns
        ):
            start = len(left_tokens) - 1  # "political and military leadership"
        prefix = " ".join(left_tokens[:start])
        left = left_tokens[start:]
        if len(left) == 2 and left[0].lower() == "both":
            left = left[1:]  # "playing both lead and supporting roles": "lead roles"
        of = next((k for k in (1, 2) if right_tokens[k : k + 1] == ["of"]), None)
        if of == 2 and (ADJECTIVE.search(first) or first.endswith("est")):
            of = None  # "the fifth and youngest daughter of X": "youngest" shares the head
        if len(left) == 1 and left[0] in _INTRANSITIVE and left_tokens[start - 1] == "to":
            pass  # "continues to act and produce films": "act" takes no object ("act films")
        elif len(left) == 1 and right_tokens[1:2] and right_tokens[1] in _DIRECTIONS:
            left = [*left, *right_tokens[1:]]  # "forests and homes north of Athens"
        elif len(left) == 1 and left[0] in _OWN_CHARGES:
            pass  # "robbery and possession of a firearm": the phrase is the second charge's
        elif len(left) == 1 and of is not None and first.isalpha() and left[0].isalpha():
            # a shared complement: "the founder and (chief) executive of the foundation"
            left = [*left, *right_tokens[of:]]
        elif (
            len(left) == 1
            and len(right_tokens) >= 2
            and not first[:1].isdigit()
            and right_tokens[1] not in PREPOSITIONS
            and first not in {"more", "less", "most", "least"}  # "longer and more intense"
            # "films and television shows": a plural noun has no head to share, only a phrase
            # ("conferences and seminars around the world")
            and not (
                left[0].endswith("s")
                and not _adjective_like(left[0])
                and right_tokens[1] not in _PHRASE_STARTS
            )
        ):
            left = [*left, *right_tokens[1:]]  # a shared head ("silent and sound films")
        elif len(left) == 1 and _shared_phrase(left_tokens[verb_at:], right_tokens):
            left = [*left, *right_tokens[1:]]
        elif (
            len(left) == 2
            and counted_or_determined(left[0])
            and counted_or_determined(first)
            and _shared_phrase(left_tokens[verb_at:], right_tokens[1:])
        ):
            left = [*left, *right_tokens[2:]]  # "sent 300 troops and two helicopters to X"
        return [f"{prefix} {' '.join(left)}", f"{prefix} {' '.join(right_tokens)}"]
    return None


_PREP_WHICH = re.compile(r"\b(?:in|during|at|on|by|for|from|with|of|after)\s(?:which|whom)\s")
# charges whose "of" phrase is not another charge's: "robbery and possession of a firearm"
_OWN_CHARGES = frozenset(
    """robbery murder assault theft fraud manslaughter burglary kidnapping rape arson bribery
    extortion trafficking""".split()
)
_OFFICE_FOR = re.compile(
    r"\b(?:minister|ministry|secretary|department|committee|commission|office)\s(?:for|of)$",
    re.IGNORECASE,
)
# verbs that take no object, so never share the one after "and": "to act and produce films"
_INTRANSITIVE = frozenset("act sing dance model tour compete retire travel".split())
_DO_NOT = frozenset({"do", "don't", "don’t"})
_THINK = frozenset("think believe know say want".split())


def _second_predicate(left: list[str], right: list[str], verb_at: int) -> str | None:
    """ "Some doctors do not have the accreditation and pose a hazard": after "do not" a bare
    word with an object of its own is the subject's second verb, in the present ("pose a
    hazard"), not a noun of the first object ("the pose"); the negation is the first verb's."""
    if not (left[verb_at : verb_at + 1] and left[verb_at] in _DO_NOT):
        return None
    verb = verb_at + 2 if left[verb_at + 1 : verb_at + 2] == ["not"] else verb_at + 1
    first = right[0]
    if (
        len(right) < 3
        or verb >= len(left)
        or not (left[verb].isalpha() and left[verb].islower())
        or left[verb] in DETERMINERS | _THINK
        # "do not think X should be stepping in and making ...": the "and" is a later verb's
        or any(
            t in MODALS or t == "to" or (is_verb(t) and left[k - 1] not in DETERMINERS)
            for k, t in enumerate(left[verb + 1 :], verb + 1)
        )
        or not (first.isalpha() and first.islower())
        or first in DETERMINERS | PREPOSITIONS | ADVERBS
        or first.endswith(("ing", "ed"))
        or not (right[1] in DETERMINERS or right[1][:1].isdigit())
    ):
        return None
    return " ".join(right)


def _named_object_pair(left: list[str], right: list[str], start: int | None, verb_at: int) -> bool:
    """ "is a member of the Labor Party and the Socialist Left faction": a name whose article
    repeats the one of the preposition's object, not the description's ("a member"), pairs
    with that object; "the lead singer" (no name) or "a Boer leader" describe the subject."""
    return (
        start is not None
        and len(right) > 1
        and right[1][:1].isupper()
        and left[start] == right[0]
        and left[start - 1] in PREPOSITIONS
        and left[verb_at + 1] != right[0]
    )


CONTRACTED_SUBJECT = re.compile(r"^(?:it|he|she|that|there|they|we|you|i)['’](?:s|re|ve|ll|d|m)$")
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest outside inside near".split()
)


def _shared_phrase(left: list[str], right: list[str]) -> bool:
    """ "sent jets and helicopters to Belarus": the phrase after two one-word objects is the
    verb's, said of both; not an infinitive ("versatility and ability to play"), nor a phrase
    like one the left conjunct already has ("in prison for manslaughter and negligence in
    office": the right noun's own), nor one that goes on past a comma or another "and"
    ("outrage and protests from journalists and activists")."""
    if len(right) < 3:
        return False
    return (
        left[-1].isalpha()
        and right[0].isalpha()
        and right[1] in PREPOSITIONS
        and not _infinitive(right[1:])
        and right[1] not in left
        and not any(t.endswith(",") or t in {"and", "or"} for t in right[2:])
    )


def _infinitive(tokens: list[str]) -> bool:
    """ "to play", not "to the border", "to Belarus" or "to vamps" (no verb ends in "-s" here)."""
    following = tokens[1] if len(tokens) > 1 else ""
    return (
        tokens[0] == "to"
        and following.isalpha()
        and following.islower()
        and following not in DETERMINERS
        and not present_form(following)
    )


_BOUNDS = frozenset({("up", "to"), ("more", "than"), ("at", "least"), ("as", "many")})


def _same_bound(left: list[str], right: list[str], verb_at: int) -> int | None:
    """ "faced up to a year in jail for a first offense and up to six years for later ones":
    a right conjunct opening with a bound pairs with the left one's same bound."""
    if tuple(right[:2]) not in _BOUNDS:
        return None
    same = [i for i in range(verb_at + 1, len(left) - 1) if left[i : i + 2] == right[:2]]
    return same[-1] if same else None


def _parallel_start(left: list[str], right: list[str], verb_at: int) -> int | None:
    """ "include works for solo organ, as well as pieces for orchestra": a right conjunct "noun
    + phrase" pairs with the left noun before the same preposition, when that phrase is the
    left conjunct's only one ("a figure in the fight against racism and sexism in ..." is not
    "figure" and "sexism")."""
    if len(right) < 3 or right[1] not in PREPOSITIONS or not right[0].isalpha():
        return None
    if _infinitive(right[1:]):
        return None  # "and operations to adapt to ...": no phrase
    heads = [i for i in range(verb_at + 1, len(left) - 1) if left[i + 1] == right[1]]
    if not heads or not (left[heads[-1]].islower() and right[0].islower()):
        return None
    start = heads[-1]
    return None if any(t in PREPOSITIONS for t in left[start + 2 :]) else start


_PHRASE_STARTS = frozenset(
    "around across throughout abroad overseas worldwide nationwide towards toward alike".split()
)


def _adjective_like(word: str) -> bool:
    """ "sugary", "equitable", "inclusive", "political": shaped like an adjective."""
    return bool(
        ADJECTIVE.search(word) or ADJECTIVE_END.search(word) or word.endswith(("able", "ible", "y"))
    )


_OPEN_BOUNDS = frozenset("older over above younger under below up".split())


def _own_clause(tokens: list[str]) -> bool:
    own = split_subject(" ".join(tokens))
    return own is not None and own[0][:1].isupper()
