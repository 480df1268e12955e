"""Lists and examples after the verb: one claim per item.

- lists of three or more: "rehearse A, B, and C" -> "rehearse A", "rehearse B", "rehearse C";
  "—and X—" asides;
- examples: "appeared in several films, including A and B" (also "such as", "like", and a
  plural noun followed by names: "directed two films, “A” and “B”") -> the films, A, B, the
  class of each named item (`claims.modifiers.example_class`) and praise of it ("the critically
  acclaimed “A”" -> "“A” was critically acclaimed").
"""

from __future__ import annotations

import re

from claims.grammar import (
    DETERMINERS,
    PREPOSITIONS,
    inside_quote,
    is_plain_verb,
    is_verb,
    split_subject,
)
from claims.modifiers import example_class

_LIST_STOP = frozenset({"to", "of", "as", "that", "with", "by", "from", "on", "in", "at", "for"})


def examples(clause: str) -> list[str] | None:
    """ "S appeared in several films, including A, B and C" -> the films, and A, B, C."""
    m = re.match(
        r"^(?P<main>.+?),?\s+(?:including|such as|like(?=\s+[A-Z“\"]))\s+(?P<items>.+)$", clause
    ) or _named_list(clause)
    if not m or inside_quote(clause, m.start("items")):
        return None
    tokens = m.group("main").split(" ")
    cut = next((i for i in range(len(tokens) - 1, 0, -1) if _governs(tokens, i)), None)
    if cut is None or tokens[cut] in {"is", "was", "are", "were"}:
        return None  # "He is the author of 20 books, including novels": not "He is novels"
    base = " ".join(tokens[: cut + 1])
    items = [i for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+and\s+", m.group("items")) if i]
    praised = [p for item in items if (p := _PRAISED.match(item))]
    items = [item[p.end() :] if (p := _PRAISED.match(item)) else item for item in items]
    kinds = [example_class(" ".join(tokens[cut + 1 :]), item) for item in items]
    praise = [f"{p.string[p.end() :]} was {p.group('praise')}" for p in praised]
    examples = [f"{base} {item}" for item in items]
    return [m.group("main"), *examples, *filter(None, kinds), *praise]


# "the critically acclaimed “Moving Waves”": the praise is a fact about the named work
_PRAISED = re.compile(
    r"^(?:the\s+|his\s+|her\s+|their\s+)?(?P<praise>critically acclaimed|acclaimed|"
    r"award-winning|popular|successful|best-selling|bestselling)\s+(?=[A-Z“\"])"
)


def _named_list(clause: str) -> re.Match[str] | None:
    """ "S directed two films, “Kick” and “Housefull 4”": a plural noun, then the names."""
    m = re.match(r"^(?P<main>.+\s[a-z]{3,}s),\s+(?P<items>[“\"A-Z].*\sand\s.+)$", clause)
    if m is None:
        return None
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("items"))
    named = all(i[:1] in '“"' or (i[:1].isupper() and len(i.split()) <= 4) for i in items)
    return m if named and not any(is_verb(t) for i in items for t in i.split()) else None


def _governs(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] introduces the noun phrase the examples elaborate: a verb, or a
    preposition that is not inside that noun phrase ("some of the stars in Hollywood")."""
    token = tokens[i]
    if token not in PREPOSITIONS:
        return (
            is_plain_verb(token) and tokens[i - 1] not in PREPOSITIONS | DETERMINERS
        )  # "through hit films"
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    if token in {"over", "about", "under"} and (following[:1].isdigit() or following == "a"):
        return False  # "over 20 books", "over a dozen albums": a number, not a phrase
    return not (token == "of" or (token in {"in", "at"} and following[:1].isupper()))


def series(clause: str) -> list[str] | None:
    """ "S V A, B, and C" -> "S V A", "S V B", "S V C"."""
    if m := re.search(r"\s*—\s*(?:and|as well as)\s+(?P<b>[^—]+)—\s*", clause):
        # "dispatched thousands of troops—and substantial amounts of hardware—to Belarus"
        words = clause[: m.start()].split(" ")
        k = next((i for i in range(len(words) - 1, 0, -1) if is_verb(words[i])), None)
        if k is not None:
            after = clause[m.end() :]
            prefix = " ".join(words[: k + 1])
            return [f"{clause[: m.start()]} {after}", f"{prefix} {m.group('b').strip()} {after}"]
    segments = clause.split(", ")
    last = next(
        (i for i in range(len(segments) - 1, 1, -1) if segments[i].startswith(("and ", "or "))),
        None,
    )
    if last is None and len(segments) >= 3 and " and " in segments[-1]:
        head, _, tail = segments[-1].partition(" and ")
        segments = [*segments[:-1], head, "and " + tail]
        last = len(segments) - 1
    if last is not None and last == len(segments) - 1:
        items = [*segments[1:last], segments[last].split(" ", 1)[1]]
        if any(i.startswith("as well as ") for i in items):
            return None  # "A and B, as well as C, D and E": two lists, split by `_pair`
        if all(len(i.split()) <= 10 and not any(is_verb(t) for t in i.split()) for i in items):
            k = max(1, min(len(i.split()) for i in items))
            words = segments[0].split(" ")
            first: list[str] = []
            while words and len(first) < k and words[-1].lower() not in _LIST_STOP:
                if is_verb(words[-1]):
                    break
                first.insert(0, words.pop())
            while words and _open_quote(" ".join(first)):  # a quoted title is one item
                first.insert(0, words.pop())
            cut_name = bool(first and words) and first[0][:1].isupper() and words[-1][:1].isupper()
            if first and words and not cut_name and split_subject(" ".join(words) + " x"):
                prefix = " ".join(words)
                return [f"{prefix} {item}" for item in [" ".join(first), *items]]
    return None


def _open_quote(text: str) -> bool:
    """More closing than opening quote marks: the text starts inside a quotation."""
    return text.count("”") > text.count("“") or text.count('"') % 2 == 1
