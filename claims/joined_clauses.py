"""Clauses joined by "and" or "but" (`split_and`): one full clause per part, for
`claims.coordinate.split_clauses`.

A verb phrase after "and"/"but" takes the first clause's subject ("Russian forces overran
Soledar and are now advancing on Bakhmut"); two verbs share the object ("wrote and directed the
film"), the auxiliary of a passive or perfect ("was arrested but released on bail", "has written
and directed") and the phrase of a bare passive ("born and raised in Ohio"); a new subject may
be a possessed noun ("her mother is A and her father is B"); a plural noun after "and" and an
object is a second object, not a second verb ("plays guitar and drums for the band":
`claims.after_and.second_object`); "it" or "them" after the second verb is the first verb's
object ("approved a plan and published it" -> "published the plan").
"""

from __future__ import annotations

import re

from claims.after_and import present_after_and, second_object
from claims.context import persons_in
from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    inside_quote,
    is_past,
    is_verb,
    present_form,
    split_subject,
)
from claims.modifiers import SEP
from claims.pairs import CONTRACTED_SUBJECT, adjective_pair

_AND_OR_BUT = re.compile(r",?\s+(?:and|but)\s+")


# a bare plural noun as a subject, with the places it is in: "rivers", "cheaper copies",
# "lawmakers in Texas, Florida and Arkansas"
BARE_PLURAL = re.compile(
    rf"(?:[a-z]+\s)?[a-z]{{3,}}s(?:\s(?:in|from|at)\s[A-Z][\w.-]*"
    rf"(?:(?:{SEP}\s(?:and\s|or\s)?|\s(?:and|or)\s|\s)[A-Z][\w.-]*)*)?"
)


def split_and(clause: str) -> list[str]:
    subject = split_subject(clause)
    for m in _AND_OR_BUT.finditer(clause):
        if inside_quote(clause, m.start()) or subject is None or m.start() < len(subject[0]):
            continue
        left, right = clause[: m.start()], clause[m.end() :]
        counted = m.group(0).startswith(",") and _COUNTED_SUBJECT.match(right) is not None
        tokens = right.split(" ")
        if second_object(left.split(" "), tokens) and not counted:
            continue  # "plays guitar and drums for the band": one verb, two objects
        i = after_adverbs(tokens)
        if (
            tokens
            and (is_verb(tokens[i]) or present_after_and(tokens, i, subject[1]))
            and not adjective_pair(left.split(" "), tokens)
        ):
            aux = _shared_auxiliary(subject[1], tokens, i)
            own = left[len(subject[0]) :].split()
            after = tokens[i + 1 :]
            bare = all(is_verb(t) or t in ADVERBS | _PARTICIPLES for t in own)
            # "arrested and sentenced to six years", "arrested and charged with murder": a "to"
            # or "with" phrase completes the second verb only
            own_complement = after[:1] in (["to"], ["with"])
            # "were convicted and received suspended sentences": a passive takes no object
            passive = own[:1] in (["was"], ["were"], ["is"], ["are"]) and after[:1] != []
            particle = after[:1] in (["up"], ["down"], ["out"], ["off"])
            own_complement = own_complement or (
                passive and after[0] not in PREPOSITIONS and not particle
            )
            if bare and after and (aux or after[0] not in PREPOSITIONS) and not own_complement:
                # "born and raised in Ohio", "wrote and directed several films": shared, up to
                # a third verb ("born and raised in Ohio and began playing music")
                shared = next(
                    (j for j in range(1, len(after) - 1)
                     if after[j] in {"and", "but"} and is_verb(after[j + 1])),
                    len(after),
                )  # fmt: skip
                left = f"{left} {' '.join(after[:shared])}"
            right = " ".join(_pronoun_as_object(own, tokens, i))
            return [left, *split_and(f"{subject[0]} {aux}{right}")]
        if CONTRACTED_SUBJECT.match(tokens[0]):
            return [left, *split_and(right)]  # "Measles is back, and it's a wake-up call"
        reported = split_subject(" ".join(tokens[1:])) if tokens[0] == "that" else None
        if reported and len(reported[0].split()) <= 6:
            # "said 14 rivers had flooded and that 250 roads were closed": a second report
            second = " ".join(tokens[1:])
            if reported[0] == "it" and subject[0].split(" ")[0].lower() == "the":
                second = f"{subject[0]} {reported[1]}"  # "the plan was ready and that it"
            return [left, *split_and(second)]
        if tokens[0] in PREPOSITIONS and len(tokens) > 3:
            # "and by 1965 had formed the band" -> "S had formed the band by 1965"
            k = next((j for j in (1, 2, 3) if is_verb(tokens[j]) and not _verb_ing(tokens[j])), 0)
            if k:
                moved = " ".join([*tokens[k:], *tokens[:k]])
                return [left, *split_and(f"{subject[0]} {moved}")]
        # ", and frequently the fans cultivate ...": a clause after an adverb
        fronted = split_subject(" ".join(tokens[1:])) if tokens[0].endswith("ly") else None
        if m.group(0).startswith(",") and fronted and fronted[0].split(" ")[0] in DETERMINERS:
            return [left, *split_and(right)]
        own = split_subject(right)
        if (
            (
                m.group(0).startswith(",")
                or tokens[0].lower() in PRONOUN_SUBJECTS - {"it"}
                # "Her mother is A and her father is B": a possessed noun as a new subject
                or (
                    tokens[0] in POSSESSIVES
                    and own is not None
                    # "his mother Gertrude Woodard Taylor was a singer": a noun and a name
                    and (
                        len(own[0].split()) <= 3 or all(w[:1].isupper() for w in own[0].split()[2:])
                    )
                )
                # "... in the 74th minute and Vinicius Junior doubled the lead": a full name
                # and a verb in the past
                or (
                    own is not None
                    and _FULL_NAME.fullmatch(own[0]) is not None
                    and is_past(own[1].split(" ", 1)[0])
                )
            )
            and own
            and (len(own[0].split(" ")) <= 6 or BARE_PLURAL.fullmatch(own[0]) is not None)
            # "Africa, and Europe, and has served": no subject ("lawmakers in Texas, Florida
            # and Arkansas have approved" is one)
            and (_COMMA.search(own[0]) is None or BARE_PLURAL.fullmatch(own[0]) is not None)
            and (
                own[0][:1].isupper()
                or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
                # ", and more than 280 landslides were reported": a counted subject
                or _COUNTED_SUBJECT.match(own[0])
                # ", and rivers were expected to crest": a bare plural noun and its auxiliary
                or (
                    m.group(0).startswith(",")
                    and BARE_PLURAL.fullmatch(own[0])
                    and (
                        own[1].split(" ", 1)[0] in _PLURAL_AUXILIARIES
                        # ", and authorities urged residents to ...": a verb in the past
                        or is_past(own[1].split(" ", 1)[0])
                    )
                )
            )
        ):
            # "Parliament passed the law, and the opposition opposed it": the law
            verb_at = len(own[0].split(" "))
            right = " ".join(_pronoun_as_object(left[len(subject[0]) :].split(), tokens, verb_at))
            if own[0] == "it" and it_is_the_subject(subject, left):
                right = f"{subject[0]} {own[1]}"  # "The market is cooling, but it is not ..."
            return [left, *split_and(right)]
    return [clause]


def it_is_the_subject(subject: tuple[str, str], left: str) -> bool:
    """Whether "it" after "but" stands for the first clause's subject: a thing named with
    "the" ("The labor market is cooling, but it is not collapsing"), and no other noun after
    its verb that "it" could stand for."""
    words = subject[0].split(" ")
    predicate = left[len(subject[0]) :].split()
    return (
        words[0] in {"The", "the"}
        and len(words) <= 5
        and not any(w in DETERMINERS or w[:1].isupper() for w in predicate)
    )


_COMMA = re.compile(r",(?!\d)")  # not a number's ("1,200")
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}")
_COUNTED_SUBJECT = re.compile(
    r"(?:more than |over |about |at least |nearly |another )?"
    r"(?:\d|(?:hundreds|thousands|dozens|millions)\b)"
)
_PLURAL_AUXILIARIES = frozenset("are were have had will would could can may might".split())
PLURAL_PEOPLE = frozenset("people men women children police".split())


def _pronoun_as_object(own: list[str], tokens: list[str], i: int) -> list[str]:
    """ "makes cars and sells them abroad" -> "sells cars abroad", "approved a plan and
    published it" -> "published the plan": "it" or "them" right after the second verb is the
    first verb's object (its noun phrase up to a phrase), when their number agrees."""
    pronoun = tokens[i + 1] if i + 1 < len(tokens) else ""
    if pronoun in {"him", "her"}:
        # "convicted former minister Ivan Dimitrov of taking bribes and sentenced him": the one
        # person the first verb's object names
        named = persons_in(" ".join(own))
        if len(named) == 1:
            return [*tokens[: i + 1], named[0], *tokens[i + 2 :]]
        return tokens
    if pronoun not in {"it", "them"}:
        return tokens
    k = 0
    while k < len(own) and (is_verb(own[k]) or own[k] in ADVERBS or own[k].endswith("ly")):
        k += 1
    end = next((j for j in range(k, len(own)) if own[j] in PREPOSITIONS), len(own))
    noun_phrase = own[k:end]
    if own[end : end + 1] == ["of"]:
        return tokens  # "confirmed the deaths of two soldiers and named them": whose "them"?
    if not noun_phrase or len(noun_phrase) > 5 or any(t[-1:] in ",;" for t in noun_phrase):
        return tokens
    if any(is_verb(t) or t in {"that", "which", "who", "and", "or"} for t in noun_phrase):
        return tokens
    head = noun_phrase[-1]
    plural = present_form(head) or head in PLURAL_PEOPLE
    if plural != (pronoun == "them") or head.lower() in PRONOUN_SUBJECTS | OBJECT_PRONOUNS:
        return tokens
    if noun_phrase[0] in {"a", "an"}:  # "bought a car and sold it": the same car
        noun_phrase = ["the", *noun_phrase[1:]]
    return [*tokens[: i + 1], *noun_phrase, *tokens[i + 2 :]]


_PASSIVE = frozenset(
    """released published produced directed written named appointed awarded elected nominated
    drafted inducted honored honoured recognized arrested charged convicted sentenced killed
    injured acquired adapted interned imprisoned executed buried replaced succeeded raised
    educated trained married robbed shot stabbed assaulted kidnapped abducted wounded detained
    jailed held hospitalized hospitalised""".split()
)


_PARTICIPLES = frozenset(
    """born written given taken known shown seen done been made grown drawn driven chosen
    spoken won begun sung become""".split()
)


_BY_PARTICIPLES = frozenset("led run owned built held sold bought".split())


def _shared_auxiliary(predicate: str, tokens: list[str], i: int) -> str:
    """ "was produced by Nebs and released on DATE": the second participle shares "was"."""
    aux = predicate.split(" ", 1)[0]
    participle = tokens[i] in _PARTICIPLES or (tokens[i].endswith("ed") and is_verb(tokens[i]))
    if aux in {"has", "have", "had"} and participle and predicate.split(" ")[1:2] != ["been"]:
        return f"{aux} "  # "has written and directed": both perfect
    by = tokens[i + 1 : i + 2] == ["by"]  # "is called X and made by Y": any participle and "by"
    if aux not in {"was", "were", "is", "are", "has been", "have been"} or not (
        tokens[i] in _PASSIVE or (by and (participle or tokens[i] in _BY_PARTICIPLES))
    ):
        return ""
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    # "arrested ... but released due to ...": no object after it, so a passive too
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    passive = (
        following in PREPOSITIONS | {""}
        or after in {"following", "next", "same", "previous"}
        or not (following in DETERMINERS or following[:1].isdigit() or following[:1].isupper())
    )
    return f"{aux} " if passive else ""


def after_adverbs(tokens: list[str]) -> int:
    """Index of the first token after leading adverbs ("eventually", "ultimately", "then")."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i].endswith("ly") or tokens[i] in ADVERBS):
        i += 1
    return i


def _verb_ing(token: str) -> bool:
    return token.endswith("ing")
