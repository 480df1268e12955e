"""Relative clauses and their antecedents, and the list a side fact ends in.

- bound relative clauses, without a comma (`bound_relatives`): "S is involved in charity
  organizations that support children" -> "The charity organizations support children"
  (`relative`); "that" + a subject is a complement clause ("said that the ..."), and a
  "who/that" clause on the predicate noun of "is/was" is left to `claims.coordinate`;
- the antecedent of a relative clause after a comma (`relative_antecedent`): the noun phrase
  before it; the name after an abstract noun ("the attention of Borussia Dortmund, who" ->
  Borussia Dortmund); the noun before a place ("its ongoing “special military operation” in
  Ukraine, which"); never a date ("the film “Ye Maaya Chesave” in 2010, which");
- `list_tail`: a side fact that ends the clause in a list takes the whole list ("lyrics that
  focus on love, loss, and faith", ", known for his prowess, acumen, and pursuits");
- `Side`, what every pass of `claims.sides` returns: the side fact, its span in the clause, its
  role and whether it is past.
"""

from __future__ import annotations

import re
from typing import Literal

from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    TIME_NOUNS,
    inside_quote,
    is_past,
    is_verb,
)
from claims.noun_phrases import noun_phrase_before

SideRole = Literal["relative", "appositive", "participle"]
Side = tuple[str, int, int, SideRole, bool]  # text, start, end, role, past
_LIST_TAIL = re.compile(r"(?:,\s+[^,;]+)*?,?\s+(?:and|or)\s+[^,;]+$|(?:,\s+[^,;]+)+$")


def list_tail(after: str) -> str:
    """The rest of a list a side fact ends in: ", known for his prowess, acumen, and
    pursuits" would end at "prowess" without it. Only items without a verb to the end of the
    clause; an item of its own ("a lawyer, and Jane Doe, a doctor") ends no list, nor does a
    lone ", and X" (the clause's own)."""
    if not after.startswith(", "):
        return ""
    if _LIST_TAIL.match(after) and (whole := _listed(after)):
        return whole
    # ", which supports education, health, and the arts, was founded": the list ends before
    # the clause's own verb
    inner = _INNER_LIST.match(after)
    if inner and is_verb(inner.group("verb")):
        return _listed(inner.group(0))
    # ", which makes cough syrups, vitamins and skin creams, to Nordic Capital": the list ends
    # before a phrase of the clause's own verb
    inner = _INNER_LIST_PHRASE.match(after)
    return _listed(inner.group(0)) if inner else ""


_INNER_LIST_PHRASE = re.compile(
    r"(?:,\s+[^,;]+?)*(?:,\s+|\s)(?:and|or)\s+[^,;]+?(?=,\s+(?:to|for|from|into|with)\s)"
)
_INNER_LIST = re.compile(r"(?:,\s+[^,;]+?)*,\s+(?:and|or)\s+[^,;]+?(?=,\s+(?P<verb>[a-z]+)\s)")


def _listed(after: str) -> str:
    """`after` when it is a list's rest: items without a verb, one "and" before the last."""
    items = re.split(r",\s+", after[2:])
    if any(re.match(r"(?:and|or)\s", item) for item in items[:-1]) or (
        len(items) == 1 and re.match(r"(?:and|or)\s", items[0])
    ):
        return ""  # ", and his distinctive voice": the clause's own second object
    if not re.search(r"(?:^|,\s+|\s)(?:and|or)\s+\S+[^,;]*$", after):
        return ""
    words = [w for item in items for w in item.split(" ")]
    if len(words) > 6 * len(items) or any(
        is_verb(w) or w in {"who", "which", "that", "where", "when", "whose"} for w in words
    ):
        return ""
    return after


_BOUND = re.compile(r"\s(?P<rel>who|that|which)\s(?P<body>[^,;]+)")
_NOT_ANTECEDENT = frozenset("so such now one those all and or but".split())  # "... and that X"
_NOT_PERSONS = frozenset("This That These Those It There".split())
DESCRIBES = re.compile(r"^(?:is|was|are|were|became|becomes|remains|remained)\s")
_COPULAR = re.compile(r"^(?:is|was|are|were)\s+(?:also\s+)?an?\s")
_NOT_RELATIVE_VERB = (
    DETERMINERS
    | PRONOUN_SUBJECTS
    | PREPOSITIONS
    | frozenset("there not if when what where how this".split())
    | TIME_NOUNS  # "later that year": "that" points at a time, it opens no clause
)


def relative_verb(token: str) -> bool:
    """Whether the word after "who/that/which" starts a verb group ("that support", "who
    relate"), not a subject ("that the", "that he")."""
    plain = token.isalpha() and token.islower() and token not in _NOT_RELATIVE_VERB
    return is_verb(token) or plain


_VAGUE = re.compile(r"^(?:a|an|many|several|some|various|numerous|multiple|other)\s")


def bound_relatives(core: str, rest: str, main: tuple[str, str] | None) -> tuple[str, list[Side]]:
    """ "S is involved in charity organizations that support children" -> the core without the
    clause, and "The charity organizations support children" (`relative`).

    A "who/that" clause on the predicate noun of "is/was" is left to `claims.coordinate`
    ("X is a singer who won ..." says X won), and "that" + a subject is a complement clause
    ("said that the ..."), not a relative one."""
    if main is None:
        return core, []
    if (own := _subject_relative(core, rest, main)) is not None:
        return own
    for m in _BOUND.finditer(core):
        if m.start() < len(main[0]) or inside_quote(core, m.start()):
            continue
        body, before = m.group("body"), core[: m.start()]
        tokens = body.split(" ")
        i = 0
        while i < len(tokens) - 1 and (tokens[i].endswith("ly") or tokens[i] in ADVERBS):
            i += 1
        previous = before.rsplit(" ", 1)[-1]
        if not relative_verb(tokens[i]) or is_verb(previous) or previous in _NOT_ANTECEDENT:
            continue
        if before.rstrip() == f"{main[0]} {main[1].split(' ', 1)[0]}":
            continue  # "The WHO recommends that adults do ...": the main verb's clause
        between = set(before[len(main[0]) :].split()[1:])
        if _COPULAR.match(main[1]) and not between & PREPOSITIONS:
            continue
        antecedent = _bound_antecedent(before)
        if m.group("rel") == "who" and DESCRIBES.match(main[1]) and not _passive(main[1]):
            # "X was a president and a leader who fought": X fought; "This is a step for
            # mothers who are struggling": "this" is no one, the mothers are
            antecedent = antecedent if main[0] in _NOT_PERSONS else main[0]
        if antecedent is None:
            continue
        at = rest.find(m.group(0))
        past = is_past(tokens[i])
        # "lyrics that focus on love, loss, and faith": the list is the clause's
        tail = list_tail(core[m.end() :]) if core[m.end() : m.end() + 1] == "," else ""
        text = f"{antecedent} {body}{tail}"
        end = m.end() + len(tail)
        return before + core[end:], [(text, at + 1, at + len(m.group(0)), "relative", past)]
    return core, []


def _subject_relative(core: str, rest: str, main: tuple[str, str]) -> tuple[str, list[Side]] | None:
    """ "The earthquake that struck Morocco on Friday killed 2,000 people" -> "The earthquake
    killed 2,000 people", and "The earthquake struck Morocco on Friday": a relative clause in
    the subject ends at the next verb that is no part of it."""
    words = main[0].split(" ")
    if len(words) < 3 or words[-1] not in {"that", "which", "who"} or "," in main[0]:
        return None
    tokens = main[1].split(" ")
    end = next(
        (
            j
            for j in range(2, len(tokens))
            if is_verb(tokens[j])
            and tokens[j - 1] not in {"and", "or", "but", "to"}
            and not tokens[j - 1].endswith(",")
            and not inside_quote(main[1], len(" ".join(tokens[:j])))
        ),
        None,
    )
    if end is None or not relative_verb(tokens[0]):
        return None
    subject = " ".join(words[:-1])
    antecedent = _bound_antecedent(subject + " ") or subject
    body = " ".join(tokens[:end])
    at = rest.find(body)
    side = (f"{antecedent} {body}", at, at + len(body), "relative", is_past(tokens[0]))
    return f"{subject} {' '.join(tokens[end:])}", [side]


_NOT_IN_ANTECEDENT = PREPOSITIONS | {"including", "like"}  # "including two children who"


def _passive(predicate: str) -> bool:
    """ "were killed, including a man who ...": a passive verb, not "was a leader who ..."."""
    word = predicate.split(" ", 2)[1].strip(",") if " " in predicate else ""
    return bool(word) and word not in DETERMINERS and is_past(word)


def _bound_antecedent(before: str) -> str | None:
    """The noun a bound relative clause is about: a name or a determiner-led phrase, else the
    nouns back to a preposition or verb ("in various charity organizations")."""
    phrase = noun_phrase_before(before)
    if phrase and not phrase[:1].isupper():
        # "her involvement in various charity organizations": the nearest noun
        tail = re.split(r"\s(?:in|of|for|with|on|at|from|to)\s", phrase)[-1]
        phrase = tail if tail == phrase or tail[:1].islower() else phrase
        if phrase.split(" ", 1)[0] not in DETERMINERS:
            phrase = "the " + phrase
    if phrase is None:
        words: list[str] = []
        for token in reversed(before.split(" ")):
            if token.lower() in _NOT_IN_ANTECEDENT or is_verb(token) or not token.isalpha():
                break
            words.insert(0, token)
        if not words or len(words) > 4:
            return None
        phrase = "the " + " ".join(words)
    while _VAGUE.match(phrase) or (phrase.startswith("the ") and _VAGUE.match(phrase[4:])):
        phrase = "the " + _VAGUE.sub("", phrase.removeprefix("the "), count=1)
    return phrase


# nouns of things, not persons: "the attention of Borussia Dortmund, who": the club
_ABSTRACT = re.compile(
    r"^(?:the|his|her|their|its)\s[a-z]+(?:tion|sion|ness|ity|ance|ence|ship)\sof\s"
)


_HAPPENING_TO = re.compile(
    r"^(?:the|a|an)\s(?:(?:latest|first|second|third|biggest|recent|sudden)\s)?(?:blow|setback|"
    r"boost|collapse|bankruptcy|failure|demise|sale|takeover|break-up|breakup|downfall)\s"
    r"(?:to|of|for)\s"
)


# "with the film “Ye Maaya Chesave” in 2010, which was a success": the date is no antecedent
_TRAILING_DATE = re.compile(r"\s+(?:in|on)\s+(?:(?:early|mid|late)\s+)?(?:1[6-9]|20)\d\d\s*$")


def _bare_opening_noun(before: str, rel: str) -> str | None:
    """ "Services inflation, which ...": a clause opening with a noun and no determiner is the
    antecedent when it is all the text before "which" (two or three words, no verb)."""
    words = before.strip().split(" ")
    if rel != "which" or not 1 < len(words) <= 3 or not words[0][:1].isupper():
        return None
    if all(w.isalpha() and w.islower() and not is_verb(w) for w in words[1:]):
        return before.strip()
    return None


def relative_antecedent(before: str, rel: str) -> str | None:
    before = _TRAILING_DATE.sub("", before) if rel == "which" else before
    phrase = noun_phrase_before(before) or _bare_opening_noun(before, rel)
    if phrase is None:
        return None
    if rel == "who" and (m := _ABSTRACT.match(phrase)) and phrase[m.end() :][:1].isupper():
        return phrase[m.end() :]
    if rel == "which" and (m := _HAPPENING_TO.match(phrase)):
        # "the collapse of Veltra, which filed", "the latest blow to Kenyan athletics, which
        # has been placed": what befell it is no doer, the name after it is
        return phrase[m.end() :]
    if rel == "which" and phrase[:1].isupper():
        # "its ongoing “special military operation” in Ukraine, which ...": the noun, not the place
        head = before.rstrip()[: -len(phrase)].rstrip()
        if head.endswith(" in"):
            noun = noun_phrase_before(head[:-3])
            if noun and (not noun[:1].isupper() or noun.startswith("The ")):
                return f"{noun} in {phrase}"
    return phrase
