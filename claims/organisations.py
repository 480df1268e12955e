"""Organisations an article names: "Acme Foods", "the Federal Trade Commission", "the union".

`claims.context` remembers them so that "Its" opening a sentence, an organisation speaker's
"it" and "The company" stand for the one the article named.
"""

from __future__ import annotations

import re

from claims.grammar import name_before

ORG = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:Ministry|Agency|Forces|Service))\b")
_ORGANISATION_WORDS = (
    r"Energy|Inc\.?|Corp\.?|Co\.|Company|Center|Centre|Commission|Department|Agency|"
    r"Ministry|Service|Office|Bureau|Council|Association|Union|Party|Group|Bank|Police|Court|"
    r"Board|University|Institute|Committee|Foundation|Authority|Administration|Airlines|Foods|"
    r"Motors|Holdings|Industries|Systems|Technologies|Pharmaceuticals|Airways|Partners|"
    r"Therapeutics|Pharma|Biosciences|Laboratories|Labs"
)
ORGANISATION_WORD = re.compile(rf"\b(?:{_ORGANISATION_WORDS})$")
# "the United Auto Workers union", "the company", "the state agency": a body named by its kind
ORGANISATION_NOUN = re.compile(
    r"\b(?:union|agency|ministry|council|court|company|firm|government|department|commission|"
    r"committee|board|party|bank|airline|carrier|retailer|insurer|regulator|university|school|"
    r"hospital|club|league|authority|administration|office|organi[sz]ation|charity|network|"
    r"publisher|newspaper|broadcaster|manufacturer|chain|utility|coalition|alliance|"
    r"federation|association|group|institute|foundation|police|army|military|navy|service|"
    r"brigade|directorate|inspectorate|guard)$"
)
_RELATIVE_IN_NAME = re.compile(r"\s(?:that|which|who)\s")
# "Acme Foods reported", "the Federal Trade Commission sued", "chief executive of Acme": an
# organisation named in a sentence, which "Its" at the start of a later sentence stands for
_NAMED_ORGANISATION = re.compile(
    rf"(?P<the>\b[Tt]he\s)?(?P<name>(?:[A-Z][\w&’'.-]*\s){{0,4}}(?:{_ORGANISATION_WORDS}))(?![\w’'])"
    r"|\b(?:chief executive|CEO|chairman|chairwoman|president|founder|owner|spokesperson|"
    r"spokeswoman|spokesman|head) (?:of|at) (?P<of>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})"
    r"(?=[,.;]|\s[a-z]|$)"
)
# "Northwind Foods said ... The company had lost money": the one company the article named
THE_COMPANY = re.compile(r"^The (?:[A-Z]?[\w]*-based\s)?(?:company|firm)\b(?![’'])")
COMPANY = re.compile(
    r"\b(?:Energy|Inc\.?|Corp\.?|Co\.|Company|Airlines|Airways|Foods|Motors|Holdings|Industries|"
    r"Systems|Technologies|Pharmaceuticals|Therapeutics|Pharma|Biosciences|Laboratories|Labs)$"
)


def organisations_named(text: str) -> list[str]:
    """The organisations `text` names, in order: "Acme Foods", "the Federal Trade Commission"."""
    found = []
    for m in _NAMED_ORGANISATION.finditer(text):
        if m.group("of"):
            found.append(m.group("of"))
        else:
            found.append(f"the {m.group('name')}" if m.group("the") else m.group("name"))
    return found


def organisation_of(speaker: str, persons: tuple[str, ...]) -> str | None:
    """The speaker when it is an organisation that its "it" stands for: a name ending in an
    organisation word ("Duke Energy", "the Federal Trade Commission"), a body named by its kind
    ("The United Auto Workers union", "The union that represents the workers"), or one
    capitalised word that is no person's surname ("Kroger", "the Pentagon")."""
    head = _RELATIVE_IN_NAME.split(speaker, maxsplit=1)[0]
    if ORGANISATION_NOUN.search(head.rstrip(",")) and head.split(" ", 1)[0].lower() in {
        "the",
        "its",
    }:
        # "The coast guard, which deployed five boats": the body, not its clause
        return head.rstrip(",") if head.endswith(",") else speaker
    name = name_before(speaker)
    if not name or name in {"It", "They", "He", "She", "We", "I"}:
        return None
    if ORGANISATION_WORD.search(name):
        return speaker[speaker.index(name) - 4 :] if speaker.endswith(f"the {name}") else name
    surnames = {person.split()[-1] for person in persons}
    if name.startswith("The ") and " " not in name[4:]:
        name = name[4:]  # "The Pentagon said it was watching"
    if " " not in name and name not in surnames and name.isalpha():
        return speaker if speaker in {name, f"The {name}", f"the {name}"} else None
    return None
