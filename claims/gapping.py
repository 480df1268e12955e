"""Gapping: a verb said once for several subjects, each with its own figure.

Market and economic copy leaves the verb out of every clause but the first: "Exports rose 4%
and imports 2%", "The Dow fell 1.2%, the S&P 500 0.8% and the Nasdaq 0.5%", "Revenue in Europe
grew 17%, in Latin America 30%". Each gapped clause is one fact of its own, so it gets the verb
back: "Imports rose 2%", "The S&P 500 fell 0.8%", "Revenue in Latin America grew 30%". Read as
a list instead, the first clause had swallowed the others ("The Dow fell 1.2%, the S&P 500
0.8%").
"""

from __future__ import annotations

import re

from claims.grammar import DETERMINERS, PREPOSITIONS, is_verb, split_subject

_DIGIT = re.compile(r"\d")
# a figure: "4%", "$82.10", "1,200", "0.8"
_FIGURE = re.compile(r"^[$€£¥]?\d[\d,.]*%?$")
_JOIN = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# "to 7.8%", "by 2%": the figure's own preposition, part of what each clause says
_TO_BY = frozenset({"to", "by"})


def gapped(clause: str) -> list[str] | None:
    """ "S V F1, S2 F2 and S3 F3" -> "S V F1", "S2 V F2", "S3 V F3", or None."""
    if ("," not in clause and " and " not in clause) or _DIGIT.search(clause) is None:
        return None
    subject = split_subject(clause)
    if subject is None or not subject[0]:
        return None
    head, predicate = subject
    stop = "." if predicate.endswith(".") else ""
    pieces = _JOIN.split(predicate.removesuffix("."))
    if len(pieces) < 2:
        return None
    first = pieces[0].split(" ")
    at = _figure_at(first, None)
    if at is None or not _verb_group(first[:at]) or not _figure_tail(first[at:]):
        return None
    verb, kind = [t for t in first[:at] if t not in _TO_BY], _kind(first, at)
    out = [f"{head} {pieces[0]}{stop}"]
    for piece in pieces[1:]:
        tokens = piece.split(" ")
        at = _figure_at(tokens, kind)
        if at is None or any(is_verb(t) for t in tokens) or not _figure_tail(tokens[at:]):
            return None
        own = _subject_of(head, tokens[:at])
        if own is None:
            return None
        out.append(f"{own[:1].upper()}{own[1:]} {' '.join(verb)} {' '.join(tokens[at:])}{stop}")
    return out


def _verb_group(words: list[str]) -> bool:
    """ "fell", "rose to", "was up": a verb of change, said once for every clause."""
    return (
        0 < len(words) <= 2
        and is_verb(words[0])
        and all(w in _TO_BY or w in {"up", "down"} for w in words[1:])
    )


def _figure_tail(words: list[str]) -> bool:
    """ "1.2% to $82.10 a barrel", "4 percent": a figure and its own phrase, not a figure
    that counts an object ("25% tariffs on steel")."""
    words = words[1:] if words[:1] and words[0] in _TO_BY else words
    after = words[1:2]
    return not after or after[0] in PREPOSITIONS or after[0] in _UNIT_WORDS


_UNIT_WORDS = frozenset({"percent", "per", "points", "percentage", "a", "an"})


def _figure_at(tokens: list[str], kind: tuple[str, str, str] | None) -> int | None:
    """Where the figure's part of a clause starts ("to 7.8%" with its "to"); with `kind`, the
    first figure of that kind ("the S&P 500 0.8%": "0.8%", not "500")."""
    for i, token in enumerate(tokens):
        if _FIGURE.match(token.rstrip(".,;")) and (kind is None or _kind(tokens, i) == kind):
            return i - 1 if i > 0 and tokens[i - 1] in _TO_BY else i
    return None


def _kind(tokens: list[str], i: int) -> tuple[str, str, str]:
    """A figure's currency, percent sign and, for a plain number, the word after it."""
    if tokens[i] in _TO_BY:
        i += 1
    token = tokens[i].rstrip(".,;")
    plain = token[:1].isdigit() and not token.endswith("%")
    after = tokens[i + 1] if plain and i + 1 < len(tokens) else ""
    return (
        token[:1] if not token[:1].isdigit() else "",
        token[-1:] if token.endswith("%") else "",
        after,
    )


_PLACE = re.compile(r"\b(?P<prep>in|for|at)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*$")


def _subject_of(head: str, words: list[str]) -> str | None:
    """The gapped clause's subject: its own noun phrase ("the S&P 500", "imports"), a place in
    place of the first subject's ("in Latin America" for "Revenue in Europe"), or a possessive
    with the first subject's noun ("Air France-KLM's" for "Lufthansa's shares")."""
    if not words or len(words) > 5:
        return None
    if words[0] in PREPOSITIONS:
        place = _PLACE.search(head)
        if place is None or place.group("prep") != words[0] or not words[-1][:1].isupper():
            return None
        return f"{head[: place.start()]}{' '.join(words)}"
    if any(w in PREPOSITIONS or w.lower() in {"which", "who", "that"} for w in words):
        return None  # "the most since 2020": no subject of its own
    if not (words[0].lower() in DETERMINERS or words[0][:1].isupper() or words[0].isalpha()):
        return None
    if words[-1].endswith(("'s", "’s")):
        own = re.search(r"(?:'s|’s)\s+(.+)$", head)
        return f"{' '.join(words)} {own.group(1)}" if own else None
    return " ".join(words)
