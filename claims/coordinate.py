"""Coordination: one clause with joined parts -> one full clause per part.

- compound sentences: "; ", ", while", ", but", ", as/because/when ..." + a clause with its own
  subject, and "and"/"but" + a verb phrase (the subject is shared: "Russian forces overran
  Soledar and are now advancing on Bakhmut"); two verbs share the object ("wrote and directed
  the film"), the auxiliary of a passive or perfect ("was arrested but released on bail", "has
  written and directed") and the phrase of a bare passive ("born and raised in Ohio"); a new
  subject may be a possessed noun ("her mother is A and her father is B"); a plural noun after
  "and" and an object is a second object, not a second verb ("plays guitar and drums for the
  band", "shows films and plays": `claims.after_and.second_object`); "and"/"but" is
  `claims.joined_clauses`';
- lists of verb phrases: "promised to build X, expand Y and hire Z", "bought X, closed Y and
  hired Z" -> one clause each with the subject and the shared head (`verb_series`);
- "S V ... before retiring in 1987" -> "S retired in 1987";
- `distribute`: lists, examples and pairs of like conjuncts after the verb (`claims.lists`,
  `claims.examples`, `claims.pairs`), pairs of names ("by Minister A and Minister B"), copular
  descriptions ("X is an American singer and songwriter who ...", `claims.copular`), place chains
  (`claims.modifiers`), birth phrases and time or place phrases after the verb
  (`claims.phrases`), counted records ("with 62 goals in 98 matches", `claims.sports_stats`).

Subjects are never split ("Russia and Belarus have been bound by a treaty" is one fact about
both), nor are "between A and B", idioms ("up and running") or conjunctions inside quotes.
"""

from __future__ import annotations

import re

from claims.copular import copular
from claims.examples import examples
from claims.gapping import gapped
from claims.grammar import (
    AUXILIARIES,
    DETERMINERS,
    ING_NOT_PARTICIPLE,
    OBJECT_START,
    OFFICE_NOUNS,
    PRONOUN_SUBJECTS,
    article_for,
    bare_verb,
    inside_quote,
    is_past,
    is_verb,
    name_before,
    split_subject,
)
from claims.joined_clauses import (
    BARE_PLURAL,
    PLURAL_PEOPLE,
    after_adverbs,
    it_is_the_subject,
    split_and,
)
from claims.lists import series
from claims.modifiers import place_chain
from claims.pairs import pair
from claims.phrases import adverbials, born_phrases
from claims.sports_stats import statistics
from claims.verb_forms import past_of

_BEFORE_ING = re.compile(r",?\s+(?:before|after|while)\s+(?P<ing>[a-z]+ing)\b(?P<rest>[^,;]*)$")
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|because|since|while)\s(?:the\s|an?\s)?[A-Z][\w’'-]*\s(?!\d)"
)
_CAUSE_TAIL = re.compile(
    r",\s(?:(?:partly|largely|mainly|partially)\s)?(?:helped|driven|boosted|fueled|fuelled|"
    r"hurt|offset|lifted|weighed down|dragged down|led|supported|spurred|hit)\sby\s[^,;]+$"
)


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+")


# a count with no noun before its verb ("another 68 are missing"), and a counted noun
_BARE_COUNT = re.compile(
    r"^(?:[Aa]nother |more than |at least |about |nearly )?(\d[\d,]*)\s(?:are|were|have|had)\b"
)
_COUNTED_NOUN = re.compile(rf"\b\d[\d,]*\s([a-z]{{3,}}s|{'|'.join(sorted(PLURAL_PEOPLE))})\b")


def split_clauses(core: str) -> list[str]:
    """Compound sentences into clauses; verb phrases joined by "and" get the shared subject."""
    clauses, start = [], 0
    its: dict[int, str] = {}  # clause index -> the subject its opening "it" stands for
    for m in _CLAUSE_BREAK.finditer(core):
        if m.group(0).endswith("but ") and _verb_phrase(core[m.end() :]):
            continue  # "S was responsible for X, but was forced to ...": `split_and`'s
        clause = core[start : m.start()]
        if core.startswith("it ", m.end()):
            first = split_subject(clause)
            if first and it_is_the_subject(first, clause):
                # "The labor market is cooling, but it is not collapsing": the market is not
                its[len(clauses) + 1] = first[0]
        clauses.append(clause)
        start = m.end()
    clauses.append(core[start:])
    clauses = [f"{its[k]}{c[2:]}" if k in its else c for k, c in enumerate(clauses)]
    clauses = [c for c in clauses if c]
    clauses = [piece for c in clauses for piece in _subordinate(c)]
    clauses = [piece for c in clauses for piece in _earlier_figure(c) or [c]]
    out: list[str] = []
    for clause in clauses:
        pieces = shared_object(clause) or verb_series(clause) or split_and(clause)
        out += [p for piece in pieces for p in _negated_or(piece) or [piece]]
    for k in range(1, len(out)):
        bare = _BARE_COUNT.match(out[k])
        if bare and (noun := _COUNTED_NOUN.search(out[k - 1])):
            # "killed at least 40 people, and another 68 are missing": 68 people
            out[k] = f"{out[k][: bare.end(1)]} {noun.group(1)}{out[k][bare.end(1) :]}"
    return out


# "did not score any goals or make any assists": the negation is both verbs'
_NEGATED_OR = re.compile(
    r"\b(?P<neg>(?:did|does|do|has|have|had|will|would|could|can)\s(?:not|never)|never|"
    r"didn't|doesn't|don't|hasn't|haven't|won't|can't|couldn't)\s(?P<a>[a-z]+\s[^,;]+?)"
    r"\s+or\s+(?P<b>[a-z]+)(?P<rest>\s[^,;]+)$"
)


def _negated_or(clause: str) -> list[str] | None:
    m = _NEGATED_OR.search(clause) if " or " in clause else None
    if m is None:
        return None
    perfect = m.group("neg").startswith(("has", "have", "had"))  # "has never paid X or issued Y"
    verbs = (m.group("a").split(" ")[0], m.group("b"))
    # "make", "score": plain verbs after "did not" (no noun in "-s": "goals or assists")
    if not all((bare_verb(v) and not v.endswith("s")) or (perfect and is_past(v)) for v in verbs):
        return None
    head = clause[: m.start("a")]
    return [f"{head}{m.group('a')}", f"{head}{m.group('b')}{m.group('rest')}"]


# ", down from 297,000 in September", ", compared with 96% in 2019": the figure of another
# time, and when it was
_FROM_FIGURE = re.compile(
    r",\s(?:(?:down|up)\sfrom|compared\s(?:with|to))\s(?:a\s(?:revised\s)?)?(?P<fig>[$€£]?\d[\d,.]*\d?"
    r"(?:\s?%|\s(?:percent|per cent|million|billion|trillion))?)"
    r"(?:\s(?!in\s)[A-Za-z]+){0,2}"  # "3.1 billion (Swiss) francs in 2022": its unit
    r"\s(?P<when>in\s(?:[A-Z][a-z]+(?:\s\d{4})?|\d{4}))(?P<end>\.?)$"
)
_FIGURE_IN = re.compile(
    r"[$€£]?\d[\d,.]*\d(?:\s?%|\s(?:percent|per cent|million|billion|trillion))?|\d"
)
_WHEN_IN = re.compile(r"\bin\s(?:[A-Z][a-z]+(?:\s\d{4})?|\d{4})\b")


def _earlier_figure(clause: str) -> list[str] | None:
    """ "Employers added 150,000 jobs in October, down from 297,000 in September" -> the clause
    without the comparison, and the same clause with the earlier figure and time ("Employers
    added 297,000 jobs in September")."""
    m = _FROM_FIGURE.search(clause) if " from " in clause or " compared " in clause else None
    if m is None:
        return None
    main = clause[: m.start()]
    # the main clause's figure of the same kind: "$20 billion" for "$18 billion", not "5%"
    shape = _shape(m.group("fig"))
    when = _WHEN_IN.search(main)
    figures = [
        f
        for f in _FIGURE_IN.finditer(main)
        if (not when or f.start() < when.start())
        and main.count("(", 0, f.start()) <= main.count(")", 0, f.start())  # "($2.7 billion)"
    ]
    if when is None or len(figures) != 1 or _shape(figures[0].group(0)) != shape:
        return None  # "rose 5% to $20 billion in March": the 5% was March's alone
    figure = figures[0]
    # (the main figure's conversion is not the earlier one's: "2.4 billion francs ($2.7 billion)")
    between = re.sub(r"\s*\([^()]*\d[^()]*\)", "", main[figure.end() : when.start()])
    earlier = (
        f"{main[: figure.start()]}{m.group('fig')}{between}{m.group('when')}{main[when.end() :]}"
    )
    return [main + m.group("end"), earlier + m.group("end")]


def _shape(figure: str) -> str:
    if figure[:1] in "$€£":
        return figure[0]
    return "%" if figure.endswith(("%", "percent", "per cent")) else "n"


def _verb_phrase(text: str) -> bool:
    """Whether a clause part opens with its verb, no subject of its own ("was eventually
    forced to surrender", "struggled to find playing time")."""
    tokens = text.split(" ", 4)
    i = after_adverbs(tokens)
    return is_verb(tokens[i]) and tokens[i] not in _MODAL_START


_MODAL_START = frozenset({"do", "does", "did"})  # "but did not ...": kept as it was


# "starred in, co-wrote, and co-produced the film": three verbs (and their particles), one object
_VERB = r"[a-z][a-z-]*(?:\s(?:in|on|to|for))?"
_VERB_LIST = re.compile(
    rf"^(?P<verbs>{_VERB}(?:,\s{_VERB}){{1,3}},?\s(?:and|or)\s{_VERB})\s(?P<object>\S.*)$"
)


def shared_object(clause: str) -> list[str] | None:
    """ "She starred in, co-wrote, and co-produced the film" -> one clause per verb."""
    if ", " not in clause or not (" and " in clause or " or " in clause):
        return None
    subject = split_subject(clause)
    m = _VERB_LIST.match(subject[1]) if subject and ", " in subject[1] else None
    if m is None:
        return None
    verbs = re.split(r",?\s(?:and|or)\s|,\s", m.group("verbs"))
    heads = [v.split(" ", 1)[0].rsplit("-", 1)[-1] for v in verbs]
    if not all(is_verb(h) for h in heads):
        return None
    return [f"{subject[0]} {verb} {m.group('object')}" for verb in verbs]


_SERIES_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_HEAD_END = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should"})
_FIGURE = frozenset("0123456789$€£")


def verb_series(clause: str) -> list[str] | None:
    """ "The mayor promised to build 500 homes, expand the bus network and hire 200 teachers"
    -> one clause per verb phrase, each with the subject and "promised to"; so "The firm bought
    a mill, closed a plant and hired 200 workers". A list of nouns after the verb ("to visit
    schools, police stations and parks") stays whole: every verb phrase after the first must
    start with a past verb, or, after "to" or a modal, with a plain word that takes an object,
    one of them a determiner or a number ("expand the bus network", "hire 200 teachers")."""
    if " and " not in clause or "“" in clause or '"' in clause:
        return None
    subject = split_subject(clause)
    if subject is None:
        return None
    words = subject[1].split(" ")
    to = next((i for i, w in enumerate(words[:4]) if w in _HEAD_END), None)
    infinitive = to is not None and all(w.isalpha() and w.islower() for w in words[:to])
    head = " ".join(words[: to + 1]) + " " if infinitive and to is not None else ""
    series = subject[1][len(head) :]
    items = _SERIES_BREAK.split(series)
    # "A, B and C": one "and", before the last item only; after "to" or a modal, "A and B" too
    if len(items) < (2 if infinitive else 3) or series.count(" and ") != 1:
        return None
    if items[-1] not in series.split(" and ")[1]:
        return None
    tokens = [item.split(" ") for item in items]
    if not infinitive and tokens[0][0] in {"has", "have", "had"} and len(tokens[0]) > 2:
        # "has released 30 albums, won 10 Grammys, and collaborated with ...": "has" is every
        # item's
        head = f"{tokens[0][0]} "
        items[0] = items[0][len(head) :]
        tokens[0] = tokens[0][1:]
    if any(is_verb(t) for item in tokens for t in _before_subordinate(item[1:])):
        return None  # a clause of its own inside an item
    if infinitive:
        objects = [t[1] in OBJECT_START or t[1][:1] in _FIGURE for t in tokens if len(t) > 1]
        if not all(len(t) > 1 and bare_verb(t[0]) for t in tokens) or not (
            all(objects) if len(items) == 2 else any(objects)
        ):
            return None
    elif not all(is_verb(t[0]) and t[0] not in AUXILIARIES for t in tokens):
        return None
    return [f"{subject[0]} {head}{item}" for item in items]


def _before_subordinate(tokens: list[str]) -> list[str]:
    """An item's words up to a clause of its own: "close three plants after its profit fell"."""
    end = next((k for k, t in enumerate(tokens) if t in _SUBORDINATORS), len(tokens))
    return tokens[:end]


_SUBORDINATORS = frozenset("after before when because as while since until unless if".split())


_SUBORDINATE = re.compile(
    r",\s+(?:as|because|since|although|though|so|when|after|before)\s+|\s+when\s+"
    # "is recalling 260,000 cars because a faulty sensor may prevent ...": a reason that is
    # only possible is a claim of its own, so the recall stays checkable
    r"|\s+because\s+(?=[^,;]*\b(?:may|might|could)\s)"
)


_AS_NAME = re.compile(
    r"(?<=[a-z0-9])(?<!\bjust)(?<!\bsame)\s+as\s+"
    r"(?=(?:the\s)?(?!I\s)[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}\s(?P<verb>[a-z]+)\s)"
)


def _subordinate(clause: str) -> list[str]:
    """ "S V, as his music was sampled by ..." -> both clauses, when the second has a subject;
    "S V before retiring in 1987" -> "S V", "S retired in 1987"."""
    if (
        (m := _BEFORE_ING.search(clause))
        and (subject := split_subject(clause))
        and m.group("ing") not in ING_NOT_PARTICIPLE
        and m.start() > len(subject[0])
        # "came two months after X was jailed after pleading guilty": X pleaded, not the subject
        and not _SUBORDINATOR.search(clause, len(subject[0]), m.start())
    ):
        past = past_of(m.group("ing"))
        return [clause[: m.start()], f"{subject[0]} {past} {m.group('rest')}".strip()]
    m = _SUBORDINATE.search(clause)
    if m is None and " as " in clause and (m := _AS_NAME.search(clause)):
        # "Harry Kane scored twice as Bayern Munich beat Borussia Dortmund 3-1": "as", no
        # comma, a name and its verb in the past (not "as much money as Donald gave")
        verb = m.group("verb")
        if (
            (is_past(verb) or verb == "beat")
            and " as " not in clause[: m.start()]
            and split_subject(clause[: m.start()]) is not None  # "Manohar's tenure as the ..."
        ):
            return [clause[: m.start()], *_subordinate(clause[m.end() :])]
        return [clause]
    if m is None or inside_quote(clause, m.start()):
        return [clause]
    own = split_subject(clause[m.end() :])
    if (
        own is None
        or (len(own[0].split()) > 6 and not BARE_PLURAL.fullmatch(own[0]))
        or not (
            own[0][:1].isupper()
            or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
            # ", as inflation fell to 2.3 percent", ", as cheaper copies from Sandoz and Teva
            # entered the market": a bare noun and a verb in the past
            or (
                ((own[0].isalpha() and own[0].islower()) or BARE_PLURAL.fullmatch(own[0]))
                and is_past(own[1].split(" ", 1)[0])
            )
        )
    ):
        return [clause]
    return [clause[: m.start()], *_subordinate(clause[m.end() :])]


def distribute(clause: str, depth: int = 0, phrases: bool = True) -> list[str]:
    """Coordinations after the verb, distributed; each result distributed again (depth 3).

    Items of a list or of examples keep their phrases together ("her roles in The Crown"):
    only a clause that was not itself an item is split by its prepositional phrases.
    """
    if depth >= 3:
        return [clause]
    if depth == 0 and (cause := _CAUSE_TAIL.search(clause)):
        # "reported revenue of $2.1 billion, helped by higher prices for cheese and yogurt":
        # the cause is said of the whole clause; a list inside it is one cause, not one each
        head = clause[: cause.start()]
        return [part + cause.group(0) for part in distribute(head, depth + 1, phrases)]
    splits = (
        _suspended_hyphen, gapped, place_chain, born_phrases, statistics, copular, examples, series,
        _distribute_names, pair,
    )  # fmt: skip
    for split in (*splits, adverbials) if phrases else splits:
        parts = split(clause)
        if parts is not None and len(parts) > 1:
            keep = phrases and split in (
                place_chain, born_phrases, statistics, copular, adverbials
            )  # fmt: skip
            return [p for part in parts for p in distribute(part, depth + 1, keep)]
    return [clause]


_SUSPENDED = re.compile(
    r"(?:\b(?P<article>an?)\s)?(?P<a>[A-Z][\w.]*)- and (?P<b>[A-Z][\w.]*)-(?P<suffix>[a-z]+)\b"
)


def _suspended_hyphen(clause: str) -> list[str] | None:
    """ "a Toronto- and Ottawa-based correspondent" -> "a Toronto-based correspondent", "an
    Ottawa-based correspondent": the suffix is both names'."""
    m = _SUSPENDED.search(clause) if "- and " in clause else None
    if m is None:
        return None
    out = []
    for name in (m.group("a"), m.group("b")):
        word = f"{name}-{m.group('suffix')}"
        lead = f"{article_for(word)} " if m.group("article") else ""
        out.append(f"{clause[: m.start()]}{lead}{word}{clause[m.end() :]}")
    return out


_LAST_NAMES = re.compile(r"\s+and\s+((?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]+)$")


def _distribute_names(clause: str) -> list[str] | None:
    m = _LAST_NAMES.search(clause) if " and " in clause else None
    if not m:
        return None
    left = name_before(clause[: m.start()])
    subject = split_subject(clause)
    if not left or len(left.split()) < 2 or not subject or m.start() < len(subject[0]) + 1:
        return None
    prefix = clause[: m.start() - len(left)].rstrip()
    if prefix.endswith(("between", "among")) or not prefix:
        return None
    if _OFFICE_OF.search(left):
        return None  # "the Minister for Transport and Regional Development": one office
    # "met the Duke of York and Prince Harry": "the" was the first name's
    right = prefix[: -len(" the")] if prefix.endswith(" the") else prefix
    return [f"{prefix} {left}", f"{right} {m.group(1)}"]


# an office or a body whose name goes on past "and": "Department of Health and Human Services"
_OFFICE_OF = re.compile(rf"\b(?:{OFFICE_NOUNS}|Director|Head|Initiative)\s(?:of|for)\s")
