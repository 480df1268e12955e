"""What the items of a list are and share, read by `claims.lists.series`.

- a list inside a list's last item ending the outer list at its first "and";
- one name's roles ("by keyboardist, vocalist, and flautist Thijs van Leer");
- roles after a copula ("a missionary to China, author, speaker and the son of Y");
- names of a kind ("the films Boy, Thor: Ragnarok and Jojo Rabbit");
- a noun shared by adjectives or names before the last item's noun ("social, political and
  economic issues", "the British, Commonwealth and European heavyweight titles").
"""

from __future__ import annotations

import re

from claims.grammar import (
    ADJECTIVE,
    AGENT_SUFFIXES,
    DETERMINERS,
    PREPOSITIONS,
    article_for,
    is_verb,
)
from claims.modifiers import singular
from claims.pairs import COPULAS


def nested_list_start(segments: list[str], last: int) -> int | None:
    """The segment of a list's first "and"/"or" when a second one follows it (a list inside
    the first list's last item); None for one list."""
    first = next(
        (i for i in range(2, last) if segments[i].startswith(("and ", "or "))),
        None,
    )
    if first is None or any(is_verb(w) for s in segments[first + 1 :] for w in s.split(" ")):
        return None  # "S did A, and T did B, C and D": a clause, not an item
    return first


_ROLE_WORD = re.compile(rf"^[a-z][a-z-]+(?:{AGENT_SUFFIXES})$")


_NAME_AFTER_ROLE = re.compile(
    r"^(?P<role>[a-z][a-z-]+)\s(?P<name>[A-Z][\w.’'-]+(?:\s[\w.’'-]+){0,3})$"
)


def roles_of_name(segments: list[str]) -> list[str] | None:
    """ "formed by keyboardist, vocalist, and flautist Thijs van Leer": the roles are one
    name's, each kept with the name ("by keyboardist Thijs van Leer", ...), not items of their
    own ("formed by keyboardist"); named roles after it ("drummer Hans Cleuver, and guitarist
    Jan Akkerman") are items of their own."""
    conj = next((i for i in range(2, len(segments)) if segments[i].startswith(("and ", "or "))), 0)
    m = _NAME_AFTER_ROLE.match(segments[conj].split(" ", 1)[1]) if conj else None
    words = segments[0].split(" ")
    roles = [words[-1], *segments[1:conj], m.group("role")] if m else []
    if not roles or not all(_ROLE_WORD.match(r) and not is_verb(r) for r in roles):
        return None
    later = [s.removeprefix("and ") for s in segments[conj + 1 :]]
    if not all(_NAME_AFTER_ROLE.match(s) for s in later):
        return None
    prefix = " ".join(words[:-1])
    return [f"{prefix} {role} {m.group('name')}" for role in roles] + [
        f"{prefix} {item}" for item in later
    ]


def roles_after_copula(
    words: list[str], first: list[str], items: list[str]
) -> tuple[list[str], list[str], list[str]] | None:
    """ "X was a missionary to China, author, speaker and the son of Y": a name ending the first
    item, common nouns after it: the items are what X was ("X was an author"), not places the
    missionary went to. The words after the copula are the first item's; items take "a"."""
    if not (first and first[0][:1].isupper() and words and words[-1] in PREPOSITIONS):
        return None
    if not all(i[:1].islower() and not any(c.isdigit() for c in i) for i in items):
        return None
    at = next((j for j, w in enumerate(words) if w in COPULAS), None)
    if at is None or words[at + 1 : at + 2] not in (["a"], ["an"]):
        return None
    described = [i if i.split(" ", 1)[0] in DETERMINERS else f"{article_for(i)} {i}" for i in items]
    return words[: at + 1], [*words[at + 1 :], *first], described


# plural kinds whose names a list gives: "directing the films Boy, Thor: Ragnarok and ..."
_NAMED_KINDS = frozenset(
    """films movies series shows albums songs singles novels books plays operas clubs teams
    bands companies countries cities""".split()
)


def named_kind_list(
    words: list[str], first: list[str], items: list[str]
) -> tuple[list[str], list[str]] | None:
    """ "directed the films Boy, What We Do in the Shadows and Jojo Rabbit": names of a kind,
    each whole ("What We Do in the Shadows" has lowercase words), each one "a film"; (the
    names, the kind claims)."""
    if len(words) < 3 or words[-2] != "the" or words[-1] not in _NAMED_KINDS:
        return None
    names = [" ".join(first), *items]
    if not all(n[:1].isupper() or n[:1] in '“"' for n in names):
        return None
    kind = singular(words[-1]) or words[-1]
    return names, [f"{n} is {article_for(kind)} {kind}" for n in names]


# "the British, Commonwealth, European and WBO International heavyweight titles": names
# before the last one's lowercase noun, one to three words each
_CAPITAL_WORDS = re.compile(r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}$")


_NAMES_THEN_NOUN = re.compile(
    r"^(?P<name>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s(?P<noun>[a-z]+(?:\s[a-z]+)?s)$"
)


def shared_noun(items: list[str], after_article: bool = False) -> list[str]:
    """ "social, political and economic issues": adjectives before the last one's noun share
    it ("social issues", "political issues", "economic issues"); after "a" every one-word item
    is an adjective ("a quick, mobile and tactical player": "a quick player"); names share a
    plural noun after the last one ("the British, European and WBO heavyweight titles": "the
    British heavyweight title")."""
    *adjectives, last = items
    named = _NAMES_THEN_NOUN.match(last) if len(adjectives) >= 2 else None
    the = "the " if adjectives[:1] and adjectives[0].startswith("the ") else ""
    if named and all(_CAPITAL_WORDS.match(a.removeprefix(the)) for a in adjectives):
        noun = named.group("noun").split(" ")
        one = singular(noun[-1]) or noun[-1]
        shared = " ".join([*noun[:-1], one])
        names = [a.removeprefix(the) for a in adjectives] + [named.group("name")]
        return [f"{the}{a} {shared}" for a in names]
    words = last.split(" ")
    if len(words) < 2 or not (ADJECTIVE.match(words[0]) or after_article):
        return items
    if not all(" " not in a and _describes(a, after_article) for a in adjectives):
        return items
    if not after_article:
        return [*(f"{a} {' '.join(words[1:])}" for a in adjectives), last]
    if not ADJECTIVE.match(words[0]) and _AGENT.search(words[0]):
        return items  # "a writer, director and film producer": three roles
    # the noun, without the phrase the last one keeps ("a quick player", and "a tactical player
    # with good technique")
    cut = next((k for k in range(2, len(words)) if words[k] in PREPOSITIONS), len(words))
    return [*(f"{a} {' '.join(words[1:cut])}" for a in adjectives), last]


def _describes(word: str, after_article: bool) -> bool:
    return bool(ADJECTIVE.match(word)) or _plain(word, after_article)


def _plain(word: str, after_article: bool) -> bool:
    """A lowercase word that can only be an adjective where it stands: after "a", before a
    noun that follows the list ("a quick, mobile ... player")."""
    if not (after_article and word.replace("-", "").isalpha() and word.islower()):
        return False
    return not _AGENT.search(word) or word in _ADJECTIVES_LIKE_AGENTS  # "a writer, director"


# nouns for people and their work ("writer", "director", "artist", "musician", "chairman")
_AGENT = re.compile(rf"(?:{AGENT_SUFFIXES})$")


_ADJECTIVES_LIKE_AGENTS = frozenset(
    "clever bitter proper tender eager sober slender mature brilliant elegant fluent".split()
)
