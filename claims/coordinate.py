"""Coordination: one clause with joined parts -> one full clause per part.

- compound sentences: "; ", ", while", ", but", ", as/because/when ..." + a clause with its own
  subject, and "and"/"but" + a verb phrase (the subject is shared: "Russian forces overran
  Soledar and are now advancing on Bakhmut"); two verbs share the object ("wrote and directed
  the film"), the auxiliary of a passive or perfect ("was arrested but released on bail", "has
  written and directed") and the phrase of a bare passive ("born and raised in Ohio"); a new
  subject may be a possessed noun ("her mother is A and her father is B"); a plural noun after
  "and" and an object is a second object, not a second verb ("plays guitar and drums for the
  band", "shows films and plays": `claims.grammar.second_object`);
- lists of verb phrases: "promised to build X, expand Y and hire Z", "bought X, closed Y and
  hired Z" -> one clause each with the subject and the shared head (`verb_series`);
- "S V ... before retiring in 1987" -> "S retired in 1987";
- `distribute`: lists, examples and pairs of like conjuncts after the verb (`claims.lists`,
  `claims.examples`, `claims.pairs`), pairs of names ("by Minister A and Minister B"), copular
  descriptions ("X is an American singer and songwriter who ..."), place chains
  (`claims.modifiers`), birth phrases, counted records ("with 62 goals in 98 matches") and time
  or place phrases after the verb (`claims.phrases`).

Subjects are never split ("Russia and Belarus have been bound by a treaty" is one fact about
both), nor are "between A and B", idioms ("up and running") or conjunctions inside quotes.
"""

from __future__ import annotations

import re

from claims.context import persons_in
from claims.examples import examples
from claims.grammar import (
    ADJECTIVE,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    ING_NOT_PARTICIPLE,
    OBJECT_PRONOUNS,
    OFFICE_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    article_for,
    inside_quote,
    is_past,
    is_verb,
    name_before,
    past_of,
    present_after_and,
    present_form,
    second_object,
    split_subject,
)
from claims.lists import series
from claims.modifiers import nationality_token_count, place_chain, predicate_modifiers
from claims.pairs import CONTRACTED_SUBJECT, adjective_pair, pair
from claims.phrases import adverbials, born_phrases, statistics

_BEFORE_ING = re.compile(r",?\s+(?:before|after|while)\s+(?P<ing>[a-z]+ing)\b(?P<rest>[^,;]*)$")
_COPULA = re.compile(
    r"^(?P<subj>(?:[A-Z]|(?:his|her|their|its)\s)[^,]*?)\s+(?P<cop>is|was|are|were)\s+(?:also\s+)?(?:an?)\s+(?P<np>[^;]+)$"
)
_CAUSE_TAIL = re.compile(
    r",\s(?:(?:partly|largely|mainly|partially)\s)?(?:helped|driven|boosted|fueled|fuelled|"
    r"hurt|offset|lifted|weighed down|dragged down|led|supported|spurred|hit)\sby\s[^,;]+$"
)


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+")


def split_clauses(core: str) -> list[str]:
    """Compound sentences into clauses; verb phrases joined by "and" get the shared subject."""
    clauses, start = [], 0
    its: dict[int, str] = {}  # clause index -> the subject its opening "it" stands for
    for m in _CLAUSE_BREAK.finditer(core):
        if m.group(0).endswith("but ") and _verb_phrase(core[m.end() :]):
            continue  # "S was responsible for X, but was forced to ...": `_split_and`'s
        clause = core[start : m.start()]
        if core.startswith("it ", m.end()):
            first = split_subject(clause)
            if first and _it_is_the_subject(first, clause):
                # "The labor market is cooling, but it is not collapsing": the market is not
                its[len(clauses) + 1] = first[0]
        clauses.append(clause)
        start = m.end()
    clauses.append(core[start:])
    clauses = [f"{its[k]}{c[2:]}" if k in its else c for k, c in enumerate(clauses)]
    clauses = [c for c in clauses if c]
    clauses = [piece for c in clauses for piece in _earlier_figure(c) or [c]]
    clauses = [piece for c in clauses for piece in _subordinate(c)]
    out: list[str] = []
    for clause in clauses:
        pieces = shared_object(clause) or verb_series(clause) or _split_and(clause)
        out += [p for piece in pieces for p in _negated_or(piece) or [piece]]
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
    if not all((_bare_verb(v) and not v.endswith("s")) or (perfect and is_past(v)) for v in verbs):
        return None
    head = clause[: m.start("a")]
    return [f"{head}{m.group('a')}", f"{head}{m.group('b')}{m.group('rest')}"]


# ", down from 297,000 in September", ", compared with 96% in 2019": the figure of another
# time, and when it was
_FROM_FIGURE = re.compile(
    r",\s(?:(?:down|up)\sfrom|compared\s(?:with|to))\s(?:a\s(?:revised\s)?)?(?P<fig>[$€£]?\d[\d,.]*\d?"
    r"(?:\s?%|\s(?:percent|per cent|million|billion|trillion))?)"
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
    figures = [f for f in _FIGURE_IN.finditer(main) if not when or f.start() < when.start()]
    if when is None or len(figures) != 1 or _shape(figures[0].group(0)) != shape:
        return None  # "rose 5% to $20 billion in March": the 5% was March's alone
    figure = figures[0]
    earlier = (
        f"{main[: figure.start()]}{m.group('fig')}{main[figure.end() : when.start()]}"
        f"{m.group('when')}{main[when.end() :]}"
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
    i = _after_adverbs(tokens)
    return is_verb(tokens[i]) and tokens[i] not in _MODAL_START


def _after_adverbs(tokens: list[str]) -> int:
    """Index of the first token after leading adverbs ("eventually", "ultimately", "then")."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i].endswith("ly") or tokens[i] in ADVERBS):
        i += 1
    return i


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
_OBJECT_START = DETERMINERS | frozenset(
    """more new up about nearly at its his her two three four five six seven eight nine ten
    dozens hundreds thousands millions""".split()
)


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
        objects = [t[1] in _OBJECT_START or t[1][:1] in _FIGURE for t in tokens if len(t) > 1]
        if not all(len(t) > 1 and _bare_verb(t[0]) for t in tokens) or not (
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


def _bare_verb(word: str) -> bool:
    """ "expand", "hire": a plain lowercase word, not a noun phrase's first word."""
    plain = word.isalpha() and word.islower() and not word.endswith(("ing", "ed", "ly"))
    return plain and word not in AUXILIARIES | DETERMINERS | PREPOSITIONS | _OBJECT_START


def _verb_ing(token: str) -> bool:
    return token.endswith("ing")


_SUBORDINATE = re.compile(
    r",\s+(?:as|because|since|although|though|so|when|after|before)\s+|\s+when\s+"
)


def _subordinate(clause: str) -> list[str]:
    """ "S V, as his music was sampled by ..." -> both clauses, when the second has a subject;
    "S V before retiring in 1987" -> "S V", "S retired in 1987"."""
    if (
        (m := _BEFORE_ING.search(clause))
        and (subject := split_subject(clause))
        and m.group("ing") not in ING_NOT_PARTICIPLE
        and m.start() > len(subject[0])
    ):
        past = past_of(m.group("ing"))
        return [clause[: m.start()], f"{subject[0]} {past} {m.group('rest')}".strip()]
    m = _SUBORDINATE.search(clause)
    if m is None or inside_quote(clause, m.start()):
        return [clause]
    own = split_subject(clause[m.end() :])
    if (
        own is None
        or len(own[0].split()) > 6
        or not (
            own[0][:1].isupper()
            or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
            # ", as inflation fell to 2.3 percent": a bare noun and a verb in the past
            or (own[0].isalpha() and own[0].islower() and is_past(own[1].split(" ", 1)[0]))
        )
    ):
        return [clause]
    return [clause[: m.start()], *_subordinate(clause[m.end() :])]


_AND_OR_BUT = re.compile(r",?\s+(?:and|but)\s+")


def _split_and(clause: str) -> list[str]:
    subject = split_subject(clause)
    for m in _AND_OR_BUT.finditer(clause):
        if inside_quote(clause, m.start()) or subject is None or m.start() < len(subject[0]):
            continue
        left, right = clause[: m.start()], clause[m.end() :]
        tokens = right.split(" ")
        counted = m.group(0).startswith(",") and _COUNTED_SUBJECT.match(right) is not None
        if second_object(left.split(" "), tokens) and not counted:
            continue  # "plays guitar and drums for the band": one verb, two objects
        i = _after_adverbs(tokens)
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
            return [left, *_split_and(f"{subject[0]} {aux}{right}")]
        if CONTRACTED_SUBJECT.match(tokens[0]):
            return [left, *_split_and(right)]  # "Measles is back, and it's a wake-up call"
        reported = split_subject(" ".join(tokens[1:])) if tokens[0] == "that" else None
        if reported and len(reported[0].split()) <= 6:
            # "said 14 rivers had flooded and that 250 roads were closed": a second report
            second = " ".join(tokens[1:])
            if reported[0] == "it" and subject[0].split(" ")[0].lower() == "the":
                second = f"{subject[0]} {reported[1]}"  # "the plan was ready and that it"
            return [left, *_split_and(second)]
        if tokens[0] in PREPOSITIONS and len(tokens) > 3:
            # "and by 1965 had formed the band" -> "S had formed the band by 1965"
            k = next((j for j in (1, 2, 3) if is_verb(tokens[j]) and not _verb_ing(tokens[j])), 0)
            if k:
                moved = " ".join([*tokens[k:], *tokens[:k]])
                return [left, *_split_and(f"{subject[0]} {moved}")]
        # ", and frequently the fans cultivate ...": a clause after an adverb
        fronted = split_subject(" ".join(tokens[1:])) if tokens[0].endswith("ly") else None
        if m.group(0).startswith(",") and fronted and fronted[0].split(" ")[0] in DETERMINERS:
            return [left, *_split_and(right)]
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
            and len(own[0].split(" ")) <= 6
            and "," not in own[0]  # "Africa, and Europe, and has served": no subject
            and (
                own[0][:1].isupper()
                or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
                # ", and more than 280 landslides were reported": a counted subject
                or _COUNTED_SUBJECT.match(own[0])
                # ", and rivers were expected to crest": a bare plural noun and its auxiliary
                or (
                    m.group(0).startswith(",")
                    and re.fullmatch(r"[a-z]{3,}s", own[0])
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
            if own[0] == "it" and _it_is_the_subject(subject, left):
                right = f"{subject[0]} {own[1]}"  # "The market is cooling, but it is not ..."
            return [left, *_split_and(right)]
    return [clause]


def _it_is_the_subject(subject: tuple[str, str], left: str) -> bool:
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


_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}")
_COUNTED_SUBJECT = re.compile(
    r"(?:more than |over |about |at least |nearly )?(?:\d|(?:hundreds|thousands|dozens|millions)\b)"
)
_PLURAL_AUXILIARIES = frozenset("are were have had will would could can may might".split())
_PLURAL_PEOPLE = frozenset("people men women children police".split())


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
    plural = present_form(head) or head in _PLURAL_PEOPLE
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
        _suspended_hyphen, place_chain, born_phrases, statistics, _copular, examples, series,
        _distribute_names, pair,
    )  # fmt: skip
    for split in (*splits, adverbials) if phrases else splits:
        parts = split(clause)
        if parts is not None and len(parts) > 1:
            keep = phrases and split in (
                place_chain, born_phrases, statistics, _copular, adverbials
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


_RELATIVE_BODY = re.compile(r"\s+(?:who|that)\s+(?P<body>.+)$")
_NOUN_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _copular(clause: str) -> list[str] | None:
    """ "X is an American gospel singer and songwriter who won ..." -> X is American; X is a
    gospel singer; X is a songwriter; X won ..."""
    m = _COPULA.match(clause)
    if not m or len(m.group("subj").split()) > 8:
        return None
    subj, cop, np = m.group("subj"), m.group("cop"), m.group("np")
    facts: list[str] = []
    rel = _RELATIVE_BODY.search(np)
    first_verb = next((t for t in (rel.group("body") if rel else "").split() if t[-2:] != "ly"), "")
    if rel and is_verb(first_verb):
        facts.append(f"{subj} {rel.group('body')}")
        np = np[: rel.start()]
    more, tokens = predicate_modifiers(subj, cop, np.split(" "))
    facts += more
    # "a South Korean actor": South Korean, an actor; "a British Labour politician": British,
    # a Labour politician
    if n := nationality_token_count(tokens, 0) or _before_named_kind(tokens):
        facts.insert(0, f"{subj} {cop} {' '.join(tokens[:n])}")
        tokens = tokens[n:]
    nouns = _NOUN_BREAK.split(" ".join(tokens))
    last = nouns[-1].split(" ")
    if (
        len(nouns) > 1
        and len(last) > 1
        and all(ADJECTIVE.search(n) or n.endswith("ed") for n in nouns[:-1])
    ):
        # "a talented and accomplished performer": adjectives share the noun
        nouns = [" ".join([n, *last[1:]]) for n in nouns[:-1]] + [nouns[-1]]
    if (
        len(nouns) > 1
        and all(len(n.split()) <= 3 and not set(n.split()) & PREPOSITIONS for n in nouns[:-1])
        # "an army officer, and her mother, Ashima Sharma, is a homemaker": a clause, no role
        and not any(is_verb(w) for w in nouns[-1].split())
    ):
        nouns = [re.sub(r"^(?:a|an)\s", "", n) for n in nouns]  # "a lawyer and a councillor"
        # "an Indian politician and the Chief Minister": a determiner of its own stays
        heads = [
            f"{subj} {cop} {n}"
            if n.split(" ", 1)[0] in _OWN_DETERMINER
            else f"{subj} {cop} {_article(n)} {n}"
            for n in nouns
        ]
    else:
        heads = [f"{subj} {cop} {_article(' '.join(tokens))} {' '.join(tokens)}"]
    return [*facts[:1], *heads, *facts[1:]] if facts else None if len(heads) == 1 else heads


_PARTY = frozenset(
    "Labour Conservative Democratic Republican Liberal Socialist Communist Green Party".split()
)


def _before_named_kind(tokens: list[str]) -> int:
    """1 when a nationality opens a party's member: "British Labour Party politician" (not
    "American Idol winner": a name)."""
    k = 1
    while k < min(len(tokens), 4) and tokens[k][:1].isupper() and tokens[k].isalpha():
        k += 1
    named = 1 < k < len(tokens) and tokens[k].isalpha() and tokens[k].islower()
    party = named and bool(_PARTY.intersection(tokens[1:k]))
    return 1 if party and nationality_token_count([tokens[0], "x"], 0) else 0


_OWN_DETERMINER = frozenset({"the"})


def _article(noun_phrase: str) -> str:
    return article_for(noun_phrase)


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
