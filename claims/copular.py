"""Copular descriptions, one claim each (`copular`, one of `claims.coordinate.distribute`'s
splits): "X is an American gospel singer and songwriter who won ..." -> "X is American", "X is
a gospel singer", "X is a songwriter", "X won ..."; the facts in the predicate noun's modifiers
are `claims.modifiers.predicate_modifiers`'.
"""

from __future__ import annotations

import re

from claims.grammar import ADJECTIVE, PREPOSITIONS, article_for, is_verb
from claims.modifiers import nationality_token_count, predicate_modifiers

_COPULA = re.compile(
    r"^(?P<subj>(?:[A-Z]|(?:his|her|their|its)\s)[^,]*?)\s+(?P<cop>is|was|are|were)\s+(?:also\s+)?(?:an?)\s+(?P<np>[^;]+)$"
)


_RELATIVE_BODY = re.compile(r"\s+(?:who|that)\s+(?P<body>.+)$")
_NOUN_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def copular(clause: str) -> list[str] | None:
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
