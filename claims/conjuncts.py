"""Where the left conjunct of a pair begins ("S V A and B": where A starts), found from the
right conjunct's shape, for `claims.pairs`.

- a token shaped like the right conjunct's first (`conjunct_start`): "won a National Film Award
  and two Filmfare Awards", "served as X from 1981 and as Y from 1992";
- an object with a phrase by the same preposition (`object_with_phrase`): "received a
  bachelor's degree from Yale and a law degree from Harvard";
- a name and a phrase (`parallel_name`): "her roles as Elena Delgado on X and Carmen Luna on Y";
- a name after a preposition and "the" with a description (`name_and_noun`): "plays for Inter
  Milan and the Argentine national team";
- no second object but a second verb after a figure (`infinitive_after_figure`): "agreed to
  forfeit $430 million and pay restitution".
"""

from __future__ import annotations

from claims.counted import COUNT_WORDS, counted_or_determined
from claims.grammar import (
    AUXILIARIES,
    DETERMINERS,
    NAME_LINKS,
    PREPOSITIONS,
    bare_after_aux,
    bare_verb,
    is_verb,
    object_start,
)


def object_with_phrase(left: list[str], right: list[str], verb_at: int) -> int | None:
    """ "received a bachelor's degree from Yale and a law degree from Harvard": an object with
    a phrase after "and" pairs with the verb's object and its phrase by the same preposition
    (not "a bachelor's degree from Harvard")."""
    start = object_start(left, verb_at)
    if start is not None and left[start] in PREPOSITIONS:
        start += 1  # "was inducted into the X in 2000 and the Y in 2003"
    if start is None or start >= len(left) or not counted_or_determined(left[start]):
        return None
    own = [t for t in left[start + 1 :] if t in PREPOSITIONS and t != "of"]
    theirs = [t for t in right[1:] if t in PREPOSITIONS and t != "of"]
    if not theirs or theirs[0] not in own or any(t.endswith(",") for t in left[start:]):
        return None
    return start


_QUANTIFIERS = frozenset("more less fewer over about nearly almost around some".split())


_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO CIO MP MEP".split())


def parallel_name(left: list[str], right: list[str], verb_at: int) -> int | None:
    """ "her roles as Elena Delgado on X and Carmen Luna on Y", "played A in X in 2016 and B in
    Y in 2017": a name and a phrase after "and" pair with the first name after the verb that
    the same preposition follows."""
    n = next((k for k, t in enumerate(right[:5]) if not t[:1].isupper()), len(right))
    if n == 0 or n >= len(right) or right[n] not in PREPOSITIONS or right[n] == "of":
        return None
    for i in range(verb_at + 1, len(left) - n):
        run = left[i : i + n]
        if (
            all(t[:1].isupper() for t in run)
            and left[i + n] == right[n]
            and not left[i - 1][:1].isupper()
            and (i - 1 == verb_at or left[i - 1] in PREPOSITIONS or is_verb(left[i - 1]))
        ):
            return i
    return None


def name_and_noun(left: list[str], right: list[str], verb_at: int) -> int | None:
    """ "plays for Inter Milan and the Argentine national team": a name after a preposition
    pairs with "the" and a description (not "Bob Marley and the Wailers", "Germany and the
    Middle East": names both)."""
    if right[0] != "the" or not any(t.isalpha() and t.islower() for t in right[1:4]):
        return None
    k = len(left) - 1
    while k > verb_at + 1 and left[k][:1].isupper():
        k -= 1
    if k == len(left) - 1:
        return None
    # "for Italian club AC Milan": a role without an article may stand before the name
    role = k
    while role > max(verb_at + 1, k - 5) and left[role] not in PREPOSITIONS | DETERMINERS:
        role -= 1
    if left[k] not in PREPOSITIONS and left[role] in PREPOSITIONS and not is_verb(left[k]):
        k = role
    return k + 1 if left[k] in PREPOSITIONS - {"of"} else None


def _inside_name(tokens: list[str], i: int) -> bool:
    """ "The Lord of the Rings": a word between a name's "of" and its next capitalised word."""
    return (
        tokens[i - 1] in NAME_LINKS and tokens[i - 2][:1].isupper() and tokens[i + 1][:1].isupper()
    )


def conjunct_start(
    left: list[str], right_first: str, verb_at: int, right_second: str = ""
) -> int | None:
    """Where the left conjunct begins: the nearest token shaped like the right one's first,
    after the clause's verb (at `verb_at`, a verb known by its subject: "The museum displays")."""

    def shape(token: str) -> str:
        low = token.lower().strip('“”"(')
        if token in _ROLE_ACRONYMS:
            return "low"  # "the CEO and founder of Quansight": a role like "founder"
        if low in DETERMINERS and token != "A":  # "Serie A club": a name's letter
            return "det"
        if low[:1].isdigit() or low in COUNT_WORDS:  # "three women" is counted too
            return "num"
        return "cap" if token.strip('“"(')[:1].isupper() else "low"

    want = shape(right_first)
    if right_first in {"his", "her", "their", "its"}:  # "for his style of X and his vocals"
        same = [i for i in range(1, len(left)) if left[i] == right_first]
        return same[-1] if same and not any(is_verb(t) for t in left[same[-1] :]) else None
    if right_first in PREPOSITIONS:  # "served as X from 1981 and as Y from 1992"
        same = [i for i in range(1, len(left)) if left[i] == right_first]
        return same[0] if same else None
    for i in range(len(left) - 1, max(len(left) - 9, 0) - 1, -1):
        token = left[i]
        low = token.lower()
        verb = (
            i == verb_at
            or bare_after_aux(left, i)  # "will fund new parks and two libraries"
            or (is_verb(token) and not (i > 0 and left[i - 1].lower() in DETERMINERS))
        )
        if (
            verb
            and counted_or_determined(right_first)
            and object_start(left, verb_at) == i + 1
            and not any(t in PREPOSITIONS or is_verb(t) for t in left[i + 1 :])
        ):
            return i + 1  # "will fund new parks as well as two libraries": the whole object
        if i < len(left) - 1 and (low in PREPOSITIONS or verb or token.endswith(",")):
            return None
        if low == "the" and 1 < i < len(left) - 1 and _inside_name(left, i):
            continue  # "The Lord of the Rings and 300, as well as the ...": the name's own
        if i > 0 and left[i - 1] == "to" and i < len(left) - 1 and left[i] not in _QUANTIFIERS:
            # "to rehearse air reconnaissance and ...": the infinitive is no conjunct
            return i + 1 if shape(left[i + 1]) == want else None
        # "a National Film Award and two Filmfare Awards": an article pairs with a count
        counts = {shape(token), "num" if low in {"a", "an"} else ""}
        counts.add("low" if low in COUNT_WORDS else "")  # "the two countries’ political"
        if (
            want == "low"
            and i > 1
            # "processed meat and sugary drinks": each its own modifier
            and right_second.isalpha()
            and right_second not in PREPOSITIONS
            and token.isalpha()
            and token.islower()
            and left[i - 1].islower()
            and left[i - 1].endswith("ed")
            and (
                left[i - 2].lower() in PREPOSITIONS | DETERMINERS
                # "sent armed troops" (not "reportedly practiced ambush": the verb itself)
                or (i - 2 == verb_at and is_verb(left[i - 2]) and left[i - 2] not in AUXILIARIES)
            )
        ):
            return i - 1  # "for processed meat and sugary drinks": "processed" is the meat's
        if want in counts and (
            want in {"det", "num"}
            or i == 0
            or left[i - 1].lower() in PREPOSITIONS
            or left[i - 1].lower() in DETERMINERS
            or is_verb(left[i - 1])
            or i - 1 == verb_at
            or left[i - 1].endswith("ing")
            or left[i - 1] == "to"
        ):
            return i
    return None


def infinitive_after_figure(left: list[str], right: list[str], start: int) -> bool:
    """ "to forfeit $430 million and pay restitution to investors": after "to" and a verb a
    figure is its object; a bare word with a plain word after it is a second verb ("pay
    restitution"), not a second object ("$430 million and 12 vessels")."""
    return (
        start >= 2
        and left[start - 2] == "to"
        and left[start][:1] in _FIGURE_START
        and len(right) > 1
        and bare_verb(right[0])
        and right[1].rstrip(".,").isalpha()
        and right[1] not in PREPOSITIONS | DETERMINERS
    )


_FIGURE_START = frozenset("$€£¥0123456789")
