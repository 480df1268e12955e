"""Names and noun phrases found by scanning back from a boundary: a name's possessive, the noun
phrase that ends a text, the name an appositive describes, and the pattern of a word of a
person's name.

Built on `claims.grammar.name_before` (the run of capitalised words ending a text), which stays
with the shallow grammar the clause splitters share.
"""

from __future__ import annotations

import re

from claims.grammar import DETERMINERS, is_verb, name_before

# a word of a person's name, with a capital inside it or not: "Doe", "DeSantis", "O'Brien"
NAME_WORD = r"[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?(?![\w’'-])"


def possessive(name: str, apostrophe: str = "'") -> str:
    """ "Acme Corp" -> "Acme Corp's", "Nimbus Systems" -> "Nimbus Systems'" (news style)."""
    return f"{name}{apostrophe}" if name.endswith("s") else f"{name}{apostrophe}s"


def noun_phrase_before(text: str, max_words: int = 8) -> str | None:
    """The noun phrase ending `text`: a name ("Kyiv", "the border with Belarus") or a
    determiner-led phrase ("the southern and eastern fronts")."""
    text = text.rstrip()
    name = name_before(text)
    tokens = text.split(" ")
    if name:
        head = tokens[: len(tokens) - len(name.split(" "))]
        # "the border with Belarus": a name inside a prepositional phrase of a noun
        if head and head[-1] in {"of", "with"}:
            for k in range(2, min(6, len(head)) + 1):
                if head[-k].lower() in DETERMINERS:
                    return " ".join([*head[-k:], name])
        if head and head[-1] in {"the", "The"}:  # "the CIM", "The Formula One Grand Prix"
            return f"{head[-1]} {name}"
        if len(head) > 2 and head[-1] in {"and", "to"} and head[-3] in {"between", "from"}:
            # "the line between Porto and Braga": the noun the pair of names is of
            for k in range(4, min(8, len(head)) + 1):
                if head[-k].lower() in DETERMINERS:
                    return " ".join([*head[-k:], name])
        return name
    for k in range(1, min(max_words, len(tokens)) + 1):
        word = tokens[-k].lower()
        if word in DETERMINERS:
            return " ".join(tokens[-k:])
        if k > 1 and (word == "than" or word.endswith(",")) and tokens[-1].endswith("s"):
            return " ".join(tokens[-k + 1 :])  # "more precisely than previous missions, which"
        if is_verb(tokens[-k]) or (word in {"to", "and", "or", "but"} and k == 1):
            return None
    return None


# "Jane Doe, (the) chief executive of Acme, who ...": a role or description without a verb
_APPOSITIVE_END = re.compile(
    r",\s+(?:(?:a|an|the)\s[a-z][\w’'-]*(?:\s[^\s,;“”\"]+){0,7}"
    r"|[a-z][\w’'-]*(?<!ing)(?:\s[a-z][\w’'-]*){0,2}\s(?:of|for|at)\s[^,;“”\"]{1,40})$"
)


def apposed_name(before: str) -> str | None:
    """The name an appositive describes, when a relative clause follows the appositive: "who"
    and "which" are said of the name ("Jane Doe, chief executive of Acme, who founded the firm"
    -> Jane Doe founded it), not of the appositive's last noun (Acme)."""
    m = _APPOSITIVE_END.search(before)
    if m is None or any(is_verb(w) and not w.endswith("ed") for w in m.group(0).split()[1:]):
        return None
    name = name_before(before[: m.start()])
    return name if name and name == noun_phrase_before(before[: m.start()]) else None
