"""Examples after the verb: one claim per named example (lists are `claims.lists`', pairs
`claims.pairs`').

"appeared in several films, including A and B" (also "such as", "like", and a plural noun
followed by names: "directed two films, “A” and “B”") -> the films, A, B, the class of each
named item (`claims.modifiers.example_class`) and praise of it ("the critically acclaimed “A”"
-> "“A” was critically acclaimed"); the examples of a counted class are objects of the word
that governs the class ("killed 12 people in the capital, including three children" ->
"killed three children", `claims.counted.counted_class_governor`); examples of "several
posts" are posts ("held the post of A", `as_post`); examples of what a passive verb did are its
subjects ("four people were killed, including a man" -> "a man was killed", `passive_example`).
"""

from __future__ import annotations

import re

from claims.counted import COUNT_WORDS, counted_class_governor
from claims.grammar import (
    DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    after_noun_opener,
    article_for,
    inside_quote,
    is_past,
    is_plain_verb,
    is_verb,
    progressive,
    split_subject,
)
from claims.modifiers import example_class

_EXAMPLES = re.compile(
    r"^(?P<main>.+?),?\s+(?:including|such as|like(?=\s+[A-Z“\"]))\s+(?P<items>.+)$"
)
# "grew up with four siblings: Alex, Livingston, Hugh, and Kate": the plural's members
# (a counted plural just before the colon: "parents whose children were killed by immigrants:
# A, B and C" lists parents, not immigrants)
_MEMBERS = re.compile(
    r"^(?P<main>.+?\s(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
    r"(?:\s[a-z-]+)?\s[a-z]{3,}s):\s+(?P<items>[A-Z“\"][^:]*\sand\s[^:]+)$"
)
_EVERY_TAIL = re.compile(r",\s+((?:each|every|per|a)\s(?:day|week|month|year|season))$")
_OTHERS = re.compile(r"^(?:and\s|among\s)?(?:many\s|several\s)?(?:others|more|so on|etc)\.?$")
_NAMED_LIST = re.compile(r"^(?P<main>.+\s[a-z]{3,}s),\s+(?P<items>[“\"A-Z].*\sand\s.+)$")


def examples(clause: str) -> list[str] | None:
    """ "S appeared in several films, including A, B and C" -> the films, and A, B, C."""
    if not ("including" in clause or "such as" in clause or "like" in clause or " and " in clause):
        return None  # `_EXAMPLES` needs one of its words, `_named_list` and `_MEMBERS` an " and "
    if ", " in clause and (every := _EVERY_TAIL.search(clause)):
        # "do 150 minutes of exercise, such as walking or cycling, each week": the clause's
        # "each week", not an example
        parts = examples(clause[: every.start()])
        return [f"{part} {every.group(1)}" for part in parts] if parts else None
    m = _EXAMPLES.match(clause) or _named_list(clause)
    m = m or (_MEMBERS.match(clause) if ": " in clause else None)
    if not m or inside_quote(clause, m.start("items")):
        return None
    if m.group("items").startswith("being ") and (own := split_subject(m.group("main"))):
        # "received accolades, including being named Referee of the Year": what happened to
        # the subject, no object of the verb ("has received being named")
        return [m.group("main"), f"{own[0]} was {m.group('items')[6:]}"]
    tokens = m.group("main").split(" ")
    cut = counted_class_governor(tokens)
    if cut is not None and tokens[cut] == "with" and _plural(tokens[cut - 1]):
        # "applies to platforms with 50 million users, including Facebook": the platforms
        cut = next((i for i in range(cut - 1, 0, -1) if _governs(tokens, i)), cut)
    if cut is None:
        cut = next((i for i in range(len(tokens) - 1, 0, -1) if _governs(tokens, i)), None)
    if cut is None or tokens[cut] in {"is", "was", "are", "were"}:
        return None  # "He is the author of 20 books, including novels": not "He is novels"
    base = " ".join(tokens[: cut + 1])
    # "including Parma, Udinese, and Genoa, among others": no item
    items = [i for i in _list_items(m.group("items")) if i and not _OTHERS.match(i)]
    # "including Black Panther, for which he received awards": a relative clause ends the list
    ends = [k for k, item in enumerate(items) if _RELATIVE_ITEM.match(item)]
    if ends:
        items = items[: ends[0]]
    placed = bool(items) and tokens[cut] in PREPOSITIONS and items[0].startswith(f"{tokens[cut]} ")
    if placed:
        # "performed in various festivals, including in Iran, Europe": one "in", and the
        # places are where, not festivals
        items[0] = items[0][len(tokens[cut]) + 1 :]
    if not items:
        return None
    if items and items[0].split(" ", 1)[0] in POSSESSIVES:
        return _owned_examples(tokens, items, m.group("main"))
    # "including blockbusters such as A, B and C": A, B and C are all blockbusters
    nested = _NESTED_CLASS.match(items[0]) if items else None
    if nested:
        items[0] = nested.group("first")
    praised = [p for item in items if (p := _PRAISED.match(item))]
    items = [item[p.end() :] if (p := _PRAISED.match(item)) else item for item in items]
    kinds = [] if placed else [example_class(" ".join(tokens[cut + 1 :]), item) for item in items]
    if nested:
        kinds += [example_class(nested.group("class"), item) for item in items]
    praise = [f"{p.string[p.end() :]} was {p.group('praise')}" for p in praised]
    post = POST.search(" ".join(tokens[cut + 1 :]))
    if post and tokens[cut] in PREPOSITIONS:
        post = None  # "served in several positions": the item is no object of "in"
    named = [f"{base} {as_post(item, post.group(1)) if post else item}" for item in items]
    if cut > 1 and tokens[cut - 1] in PASSIVE_AUX and is_past(tokens[cut]):
        # "four people were killed, including a man": the man was killed, not their object
        named = [passive_example(item, tokens[cut - 1], tokens[cut]) for item in items]
    classes = [f"{base} {nested.group('class')}"] if nested else []
    return [m.group("main"), *classes, *named, *filter(None, kinds), *praise]


_OWNED_HEAD = re.compile(r"^(?P<head>(?:his|her|their|its)\s[a-z]+\sof)\s")


def _owned_examples(tokens: list[str], items: list[str], main: str) -> list[str] | None:
    """ "known for his roles in soap operas, including his portrayal of X on A and Y on B": the
    items are no soap operas but what the subject is known for, "his portrayal of" each."""
    owned = [
        i for i, t in enumerate(tokens[:-1]) if t in PREPOSITIONS and tokens[i + 1] in POSSESSIVES
    ]
    head = _OWNED_HEAD.match(items[0])
    if not owned:
        return None
    base = " ".join(tokens[: owned[-1] + 1])
    listed = [
        items[0],
        *(
            i if i.split(" ", 1)[0] in POSSESSIVES or not head else f"{head.group('head')} {i}"
            for i in items[1:]
        ),
    ]
    return [main, *(f"{base} {item}" for item in listed)]


_RELATIVE_ITEM = re.compile(r"^(?:(?:for|in|on|at|with|by|from|of|during)\s)?(?:which|whom|who)\b")
_NESTED_CLASS = re.compile(
    r"^(?P<class>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+(?:such as|including)\s+(?P<first>\S.*)$"
)


# "the critically acclaimed “Moving Waves”": the praise is a fact about the named work
_PRAISED = re.compile(
    r"^(?:the\s+|his\s+|her\s+|their\s+)?(?P<praise>critically acclaimed|acclaimed|"
    r"award-winning|popular|successful|best-selling|bestselling)\s+(?=[A-Z“\"])"
)


def _list_items(text: str) -> list[str]:
    """ "A, B and C" -> A, B, C; with a comma before the last "and" ("Sins and Salvation, The
    Long Road, and Home") only the commas separate items: an "and" inside is a title's."""
    if re.search(r",\s+(?:and|or)\s+[^,]+$", text) and text.count(",") >= 2:
        return re.split(r",\s+(?:and\s+|or\s+)?", text)
    return re.split(r",\s+(?:and\s+|or\s+)?|\s+and\s+", text)


def _named_list(clause: str) -> re.Match[str] | None:
    """ "S directed two films, “Kick” and “Housefull 4”": a plural noun, then the names."""
    m = _NAMED_LIST.match(clause) if " and " in clause else None
    if m is None:
        return None
    items = _list_items(m.group("items"))
    named = all(i[:1] in '“"' or (i[:1].isupper() and len(i.split()) <= 4) for i in items)
    return m if named and not any(is_verb(t) for i in items for t in i.split()) else None


def _governs(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] introduces the noun phrase the examples elaborate: a verb, or a
    preposition that is not inside that noun phrase ("some of the stars in Hollywood")."""
    token = tokens[i]
    if token not in PREPOSITIONS:
        if tokens[i - 1].endswith("ly") and token.endswith("ed") and is_verb(tokens[i - 2]):
            return False  # "has produced critically acclaimed projects": an adjective
        if token.endswith("ed") and tokens[i - 1] in {"most", "more", "least", "less", "very"}:
            return False  # "the world's most renowned musicians": an adjective
        # "through hit films": a noun; "is supporting many causes": a verb
        return (
            (is_plain_verb(token) and not after_noun_opener(tokens, i))
            or progressive(tokens, i)
            or _infinitive_verb(tokens, i)
        )
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    if _plural(tokens[i - 1]) and not any(_plural(t) for t in tokens[i + 1 :]):
        return False  # "the biggest names in reggae, such as A": the names are the class
    if token in {"over", "about", "under"} and (following[:1].isdigit() or following == "a"):
        return False  # "over 20 books", "over a dozen albums": a number, not a phrase
    return not (token == "of" or (token in {"in", "at"} and following[:1].isupper()))


def _infinitive_verb(tokens: list[str], i: int) -> bool:
    """ "gone on to manage a string of clubs": a bare verb after "to" with its object."""
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        tokens[i - 1] == "to"
        and token.isalpha()
        and token.islower()
        and token not in DETERMINERS | PREPOSITIONS
        and following in DETERMINERS
    )


def _plural(token: str) -> bool:
    return token.isalpha() and token.islower() and token.endswith("s") and token[-2:] != "ss"


# "held several positions, including Minister for X": the item names a post, not a thing held
POST = re.compile(r"^(?:\S+\s){0,4}?(position|post|role|office|seat)s\b")


def as_post(item: str, post: str) -> str:
    """ "Minister for Public Services" -> "the position of Minister for Public Services";
    "as a producer" -> "a role as a producer"."""
    if item.startswith("as "):
        return f"{article_for(post)} {post} {item}"
    if item.split(" ", 1)[0].lower() in DETERMINERS:
        return item
    return f"the {post} of {item}"


PASSIVE_AUX = frozenset("is are was were been".split())


def passive_example(item: str, aux: str, participle: str) -> str:
    """ "a 67-year-old man" + "were killed" -> "a 67-year-old man was killed"."""
    first = item.split(" ", 1)[0].lower()
    counted = first[:1].isdigit() or first in COUNT_WORDS | {"several", "many", "some"}
    one = first in {"a", "an", "one"} or not (counted or item.endswith("s"))
    present = aux in {"is", "are"}
    verb = ("is" if one else "are") if present else ("was" if one else "were")
    return f"{item} {verb} {participle}"
