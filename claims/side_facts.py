"""One side fact from its match: a relative clause ("Kyiv, which sits 95 miles south of the
border" -> "Kyiv sits ...", an object relative "which Germany hosts" -> "Germany hosts it",
"whose", "where"), an appositive ("Gen. X, the newly appointed commander" -> "X is the ..."),
an age ("Mr. Hale, 62,") or a participle of what is known of a name ("Movira, approved in 2015,"
-> "Movira was approved in 2015"), read by `claims.sides.side_clauses`.
"""

from __future__ import annotations

import calendar
import re

from claims.date_values import MONTH_NAMES
from claims.grammar import (
    PREPOSITIONS,
    is_past,
    is_verb,
    name_before,
    present_form,
)
from claims.noun_phrases import apposed_name, possessive
from claims.relatives import (
    DESCRIBES,
    SideRole,
    relative_antecedent,
    relative_verb,
)

_WHERE_PREPOSITIONS = frozenset({"near", "at", "on", "along", "over", "in", "inside", "across"})


# participles of a one-time event ("was signed by"), not of a state ("is led by")
_ONCE = (
    "born", "founded", "signed", "passed", "approved", "introduced", "proposed", "issued",
    "launched", "released", "published", "opened", "built", "completed", "discovered",
)  # fmt: skip


# participles said of the thing that opens the sentence only: "Movira, approved in 2015,
# generated" (in "He moved to Paris, released in 1990 ..." Paris was released nothing)
_OPENING_ONLY = re.compile(
    r"^(?:launched|released|published|opened|built|completed|discovered|approved)\s(?:in|on)\s"
)


# a clause's subject that opens it: "The alliance", "The single-dose vaccine"
_OPENING_NOUN = re.compile(r"(?:The|Its|His|Her|Their)\s[a-z][\w’'-]*(?:\s[a-z][\w’'-]*){0,3}")


_PARTICIPLES = frozenset("set made built held written shot run known".split())


# "which Germany hosts this summer": a name, then its verb, the antecedent its object
# (or a noun with "the": "inflation, which the central bank watches closely")
_OBJECT_RELATIVE = re.compile(
    r"^(?P<subject>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,2}|the\s[a-z]+(?:\s[a-z]+)?)\s"
    r"(?P<verb>[a-z]+)(?P<rest>(?:\s[a-z]+ly)?(?:\s(?:this|last|next|in|on|since|at)\s.*)?)$"
)


# a pronoun subject, then its verb in the past: the antecedent is the verb's object
_PRONOUN_RELATIVE = re.compile(
    r"^(?:he|she|they|we|I)\s(?:[a-z]+ly\s|once\s|later\s|also\s|then\s)?"
    r"(?P<verb>(?:[a-z]+ed|wrote|made|saw|met|called|described|took|gave|left|found|chose)"
    r"(?:\s(?:and|or)\s(?:[a-z]+ed|wrote|made))?)\b"
)
_STRANDED = re.compile(r"\s(?:in|on|at|with|for|to|from|of)\b")
_RECORD = re.compile(r"the\s(?:[a-z]+est|most|least)\s.*\b(?:since|ever|on record)\b")


# a subject an "its"/"their" after it stands for: a noun with "the", or a name
_OWNER_NOUN = re.compile(
    r"^(?:[Tt]he\s[a-z]+(?:\s[a-z]+)?"
    r"|(?!(?:He|She|It|They|We|You|I|This|That|These|Those)\b)[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+){0,3})$"
)


_DAY_NAME = re.compile(
    rf"(?:^|\s)(?:{'|'.join(calendar.day_name)}|"
    rf"(?:{'|'.join(month[:3] for month in MONTH_NAMES[1:])})[a-z]*\.?\s\d{{1,2}}(?:,?\s\d{{4}})?)$"
)


# an appositive that makes the name before it a person's, whom "which" is never said of
_PERSON_APPOSITIVE = re.compile(
    r",\s(?:(?:an?|the)\s)?(?:[\w-]+\s){0,2}(?:spokesman|spokeswoman|spokesperson|official|"
    r"director|executive|lawyer|member|founder|head|researcher|professor|analyst|economist|"
    r"minister|adviser|advisor|chairman|chairwoman|president|secretary|officer)\s"
    r"(?:of|for|at|with)\s[^,]+$"
)


def side_fact(
    m: re.Match[str],
    before: str,
    main: tuple[str, str] | None,
    tail: str = "",
    host: str | None = None,
) -> list[tuple[str, SideRole, bool]] | None:
    if rel := m.group("rel"):
        antecedent = apposed_name(before) if rel != "where" else None
        if antecedent and rel == "which" and _PERSON_APPOSITIVE.search(before):
            # "Flavio Di Giacomo, a spokesman for the IOM, which interviewed": the IOM did
            antecedent = None
        antecedent = antecedent or relative_antecedent(before, rel)
        if antecedent is None:
            return None
        owner, _, owned = antecedent.partition(" ")
        if owner.lower() in {"its", "their"} and owned and main and _OWNER_NOUN.match(main[0]):
            # "The company sold its unit, which makes vitamins": the company's unit makes them
            own = possessive(main[0], "’" if "’" in before else "'")
            antecedent = f"{own} {owned}"
        if rel == "who" and main and DESCRIBES.match(main[1]) and not antecedent[:1].isupper():
            antecedent = main[0]  # "X is a Venezuelan athlete, who specializes in": X does
        body = m.group("body") + tail
        past = is_past(next((t for t in body.split(" ") if is_verb(t)), ""))
        if rel == "whose":  # "Kerser, whose real name is Scott Froml," -> "Kerser's real name is"
            owner = possessive(antecedent, "’" if "’" in before else "'")
            return [(f"{owner} {body}", "relative", past)]
        if rel == "where":
            words = before.rstrip().split(" ")
            cut = len(antecedent.split(" "))
            prep = words[-cut - 1] if len(words) > cut else "in"
            prep = prep if prep in _WHERE_PREPOSITIONS else "in"
            return [(f"{body} {prep} {antecedent}", "relative", past)]
        own = _OBJECT_RELATIVE.match(body) if rel == "which" else None
        if own and (is_verb(own.group("verb")) or present_form(own.group("verb"))):
            # "the European Championship, which Germany hosts this summer": Germany hosts it
            lower = antecedent[:4] == "The "
            thing = antecedent[:1].lower() + antecedent[1:] if lower else antecedent
            text = f"{own.group('subject')} {own.group('verb')} {thing}{own.group('rest')}"
            return [(text, "relative", past)]
        pronoun = _PRONOUN_RELATIVE.match(body)
        if pronoun and _STRANDED.match(body, pronoun.end("verb")):
            pronoun = None  # "which he directed and appeared in as X": whose "in"?
        if pronoun:
            # "Queen Elizabeth II, who she once described as X": she described the Queen as X;
            # "Jojo Rabbit, which he wrote and directed": he wrote and directed it
            verb_end = pronoun.end("verb")
            thing = "the" + antecedent[3:] if antecedent.startswith("The ") else antecedent
            return [(f"{body[:verb_end]} {thing}{body[verb_end:]}", "relative", past)]
        return [(f"{antecedent} {body}", "relative", past)]
    name = host or name_before(before)
    if m.group("known") and _OPENING_ONLY.match(m.group("known")) and name != before.strip():
        name = before.strip() if _OPENING_NOUN.fullmatch(before.strip()) else None
        if name is None:
            return None
    if name is None and m.group("known") and main and len(before) > len(main[0]):
        name = main[0]  # "X is an architect, born in 1955": born is said of the subject
    if name is None and m.group("known") and _OPENING_NOUN.fullmatch(before):
        name = before  # "The alliance, led by Luís Montenegro, took ...": the subject
    if name is None or _DAY_NAME.search(name):
        return None  # "on Wednesday, the fifth straight meeting": a day is no host
    if age := m.group("age"):
        return [(f"{name} is {age} years old", "appositive", False)] if name[:1].isupper() else None
    if (app := m.group("app")) and _RECORD.match(app):
        return None  # "in New York, the lowest close since March 2020": a record, not New York
    if app:
        # "Continuum Analytics, a software company that provides ...": two facts about the name
        rel = re.match(r"^(?P<np>.+?)\s(?:who|which|that)\s(?P<body>.+)$", app)
        np = rel.group("np") if rel else app + tail
        words = np.split(" ")
        finite = [
            t
            for k, t in enumerate(words[1:], 1)
            if is_verb(t)
            and not t.endswith("ed")
            # "a comedy-drama set in Nazi Germany": a participle after its noun
            and not (
                t in _PARTICIPLES
                and words[k - 1] not in {"he", "she", "they", "it", "we", "i", "you"}
                and words[k + 1 : k + 2]
                and words[k + 1] in PREPOSITIONS
            )
        ]
        if finite or re.search(r"\b(?:who|which|that)\b", np):
            return None
        found: list[tuple[str, SideRole, bool]] = [(f"{name} is {np}", "appositive", False)]
        if rel and relative_verb(rel.group("body").split(" ")[0]):
            body = rel.group("body")
            found.append((f"{name} {body}", "relative", is_past(body.split(" ")[0])))
        return found
    known = m.group("known") + tail
    verb = "was" if known.startswith(_ONCE) else "is"
    return [(f"{name} {verb} {known}", "appositive", False)]
