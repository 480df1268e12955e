"""Lists after the verb: one claim per item (examples are `claims.examples`', pairs
`claims.pairs`').

Lists of three or more: "rehearse A, B, and C" -> "rehearse A", "rehearse B", "rehearse C";
"—and X—" asides; what an item takes from the words before it (`series`): the verb and its
shared words, a shared adjective's noun, a place or date after the last item; a list of counted
items keeps each count ("won four titles, two cups and a trophy").
"""

from __future__ import annotations

import re

from claims.context import COUNTRIES
from claims.counted import COUNT_WORDS, counted_start, counted_total, is_duration
from claims.gazetteer import US_STATES
from claims.grammar import (
    ADJECTIVE_END,
    DETERMINERS,
    EXAMPLE_ADVERBS,
    NAME_LINKS,
    OFFICE_NOUNS,
    PREPOSITIONS,
    article_for,
    is_plain_verb,
    is_verb,
    split_subject,
    verb_index,
)
from claims.list_items import (
    named_kind_list,
    nested_list_start,
    roles_after_copula,
    roles_of_name,
    shared_noun,
)

_AFFILIATED = re.compile(
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2}\s(?:of|from)\s(?:the\s)?[A-Z][\w&.-]*"
    r"(?:\s(?:of\s)?[A-Z][\w&.-]*){0,5}"
)
_LIST_STOP = frozenset({"to", "of", "as", "that", "with", "by", "from", "on", "in", "at", "for"})


_ASIDE = re.compile(r"\s*—\s*(?:and|as well as)\s+(?P<b>[^—]+)—\s*")


_PLURAL_COLON = re.compile(r"\s[a-z]{3,}s:\s[A-Z“\"]")


def series(clause: str) -> list[str] | None:
    """ "S V A, B, and C" -> "S V A", "S V B", "S V C"."""
    if "—" in clause and (m := _ASIDE.search(clause)):
        # "dispatched thousands of troops—and substantial amounts of hardware—to Belarus"
        words = clause[: m.start()].split(" ")
        k = next((i for i in range(len(words) - 1, 0, -1) if is_verb(words[i])), None)
        if k is not None:
            after = clause[m.end() :]
            prefix = " ".join(words[: k + 1])
            return [f"{clause[: m.start()]} {after}", f"{prefix} {m.group('b').strip()} {after}"]
    if ", " not in clause:
        return None  # one segment: no list
    segments = clause.split(", ")
    if ": " in segments[0] and _PLURAL_COLON.search(segments[0]):
        return None  # "killed by illegal immigrants: A, B and C": members of which plural is
        # unsaid (a counted one's are `examples`')
    if roles := roles_of_name(segments):
        return roles
    if segments[-1].split(" ", 1)[0] in EXAMPLE_ADVERBS:
        return None  # "because of side effects, mostly nausea and diarrhoea": examples
    if len(segments) > 2 and is_duration(segments[-3], " ".join(segments[-2:])):
        return None  # "at the age of five years, seven months, and 21 days": one duration
    last = next(
        (i for i in range(len(segments) - 1, 1, -1) if segments[i].startswith(("and ", "or "))),
        None,
    )
    if last is not None and (inner := nested_list_start(segments, last)) is not None:
        # "complex arrangements, intricate melodies, and a fusion of rock, jazz, and classical
        # music": the first "and" ends the list; the rest is a list inside its last item
        segments = [*segments[:inner], ", ".join(segments[inner:])]
        last = inner
    if last is None and len(segments) >= 2 and " and " in segments[-1]:
        head, _, tail = segments[-1].partition(" and ")
        if f"{head} and {tail.split(' ', 1)[0]}" in _NAMES_WITH_AND:
            return None  # "in Srinagar, Jammu and Kashmir": a place and its region, no list
        # "in France, Italy and Germany (in 1990)": names of countries
        countries = head in COUNTRIES and tail.split(" ", 1)[0] in COUNTRIES
        counted = counted_start(head) and counted_start(tail)
        # "studied physics, chemistry and biology": common nouns (names may be one: "the
        # Department of Health, Education and Welfare")
        # (a place after the last item is every item's: "deployed tanks, artillery and
        # air-defence systems near the border")
        placed = _placed_tail(tail)
        listed_tail = tail[: placed.start()] if placed else tail
        short = len(head.split()) <= 3 and len(listed_tail.split()) <= 4
        short = short and head[:1].islower() and tail[:1].islower() and not _LEADS.match(head)
        years = _YEAR.fullmatch(head) is not None and _YEAR.fullmatch(tail) is not None
        # "visited Paris, Rome and Berlin": one- or two-word names ("Austin, Texas and ..." is
        # a city and its state)
        names = _named_first(segments[0]) and all(map(_SHORT_NAME.fullmatch, (head, tail)))
        names = names and head not in COUNTRIES and head not in US_STATES
        # "shared by Helen Carver of the University of Cambridge, Kenji Matsuda of Kyoto
        # University and David Osei of Caltech": people by their institutions
        names = names or all(_AFFILIATED.fullmatch(t) for t in (head, listed_tail.rstrip(".")))
        if len(segments) == 2 and not (counted or countries or short or years or names):
            return None  # "A, B and C" only when counted: "four albums, two EPs and a film"
        segments = [*segments[:-1], head, "and " + tail]
        last = len(segments) - 1
    if last is not None and last == len(segments) - 1:
        items = [*segments[1:last], segments[last].split(" ", 1)[1]]
        # "toured Japan, China and India in 1990": the date is every item's, not the last's
        dated = _DATED_TAIL.search(items[-1]) if _DIGIT.search(items[-1]) else None
        dated = dated or _placed_tail(items[-1])
        # (not when an item has a date of its own or an "and": "Sins and Salvation, ...")
        undated = dated is not None and not any(
            _DIGIT.search(i) or " and " in i for i in [segments[0], *items[:-1]]
        )
        tail = dated.group(0) if dated and undated and dated.start() > 0 else ""
        if tail:
            items[-1] = items[-1][: dated.start()]
        lead = segments[0].split(" ")
        if (
            lead[-2:-1]
            and lead[-2] in PREPOSITIONS
            and counted_total(" ".join(lead[:-2]))
            and all(i[:1].isupper() for i in [lead[-1], *items])
        ):
            return None  # "employs 6,200 people at plants in Riga, Liepaja and Gdansk": a total
        if any(i.startswith("as well as ") for i in items):
            return None  # "A and B, as well as C, D and E": two lists, split by `_pair`
        if items[0].split(" ", 1)[0] in {"after", "before", "behind", "following"}:
            # "a soft landing, after the Soviet Union, the United States and ...": the list is
            # inside the phrase, not its first item the landing
            if len(items) < 3:
                return None
            segments = [f"{segments[0]}, {segments[1]}", *segments[2:]]
            items = items[1:]
        heads = [i.split(" ", 1)[0] if k == len(items) - 1 else i for k, i in enumerate(items)]
        if _OFFICE.search(segments[0]) and all(map(_CAPITALISED.fullmatch, heads)):
            return None  # "the Department of Health, Education, and Welfare": one name
        if all(len(i.split()) <= 10 and not any(is_verb(t) for t in i.split()) for i in items):
            k = max(1, min(len(i.split()) for i in items))
            words = segments[0].split(" ")
            # "spanned silent film, sound film, television": an item with the first's noun
            # ("sound film") shows how many words the first item has ("silent film")
            if words[-1].islower() and words[-2:-1] and words[-2].isalpha() and words[-2].islower():
                k = max([k, *(2 for i in items if i.split(" ")[1:] == words[-1:])])
            first: list[str] = []
            names_listed = all(i[:1].isupper() for i in items)
            while words and len(first) < k and words[-1].lower() not in _LIST_STOP:
                if (is_verb(words[-1]) and not _plural_item(words, first)) or (
                    first and words[-2:-1] == ["to"]
                ):
                    break  # "to visit schools, police stations and ...": "visit" is the verb
                if verb_index([*words, "x"]) == len(words) - 1:
                    break  # "The sanctions target banks, oil firms and ...": known by its subject
                if (
                    first[:1]
                    and first[0][:1].isupper()
                    and words[-1].islower()
                    and words[-1] not in _IN_NAMES | {"and", "&"}  # "Sins and Salvation"
                    and names_listed
                ):
                    break  # "the films Boy, Thor: Ragnarok and ...": "films" is no name's
                first.insert(0, words.pop())
            if (
                words
                and len(first) == 1
                and first[0].islower()
                and _noun_modifier(words[-1])
                and words[-2:-1] != ["to"]  # "to visit schools, police stations and ..."
                and verb_index([*words, "x"]) != len(words) - 1  # "The sanctions target banks"
            ):
                # "included fighter jets, helicopters and ...": "fighter" is the first item's
                # own, not shared like "electric" in "makes electric cars, buses and trucks"
                first.insert(0, words.pop())
            while words and _open_quote(" ".join(first)):  # a quoted title is one item
                first.insert(0, words.pop())
            if all(counted_start(i) for i in items):
                # "win four league titles, two cups, and five trophies": the count is the item's
                while words and not counted_start(" ".join(first)) and len(first) < k + 2:
                    if is_verb(words[-1]) or words[-1].lower() in _LIST_STOP:
                        break
                    first.insert(0, words.pop())
            if all(i[:1].isupper() for i in items) and first[:1] and first[0][:1].isupper():
                # "in Captain America: Civil War, Black Panther, and ...": names, each whole
                while (
                    words
                    and len(first) < 8
                    and (
                        words[-1][:1].isupper()
                        or (
                            words[-1] in NAME_LINKS | _IN_NAMES
                            and words[-2:-1]
                            and words[-2][:1].isupper()
                        )
                    )
                ):  # "Buffy the Vampire Slayer": a name's own "the", "of"
                    first.insert(0, words.pop())
                if words and words[-1] == "the":  # "the Middle East, Africa": the first's own
                    first.insert(0, words.pop())
                if all(_AFFILIATED.fullmatch(i.rstrip(".")) for i in items):
                    # "Helen Carver of the University of Cambridge": a person and her
                    # institution are one item
                    while words and (words[-1][:1].isupper() or words[-1] in {"of", "the"}):
                        first.insert(0, words.pop())
            if kinds := named_kind_list(words, first, items):
                return [f"{' '.join(words[:-2])} {item}{tail}" for item in kinds[0]] + kinds[1]
            if first[:1] and first[0][:1].isupper() and all(map(_ROLE_NAME.match, items)):
                # "by keyboardist and songwriter Thijs van Leer, drummer Hans Cleuver, and
                # bassist Bobby Jacobs": each name keeps its role words, the first one too
                while (
                    words
                    and len(first) < 10
                    and words[-1].lower() not in _LIST_STOP
                    and not is_verb(words[-1])
                    and (words[-1][:1].islower() or words[-1] in {"and", "&"})
                    and words[-1] not in DETERMINERS
                ):
                    first.insert(0, words.pop())
            if roles := roles_after_copula(words, first, items):
                words, first, items = roles
            cut_name = bool(first and words) and first[0][:1].isupper() and words[-1][:1].isupper()
            if first and words and not cut_name and split_subject(" ".join(words) + " x"):
                prefix = " ".join(words)
                listed = shared_noun([" ".join(first), *items], words[-1] in {"a", "an"})
                # "pushed in Iraq, in Libya and in Syria", "the roads, and the railways": the
                # item repeats the word before the list
                listed = [
                    item[len(words[-1]) + 1 :] if item.startswith(f"{words[-1]} ") else item
                    for item in listed
                ]
                if words[-1] in {"a", "an"}:  # "a reporter, editorial writer": "an editorial"
                    bare = " ".join(words[:-1])
                    return [f"{bare} {article_for(item)} {item}{tail}" for item in listed]
                return [f"{prefix} {item}{tail}" for item in listed]
    return None


# words before a noun that describe every item of a list: "fluent French, German and Italian"
_SHARED_MODIFIERS = frozenset(
    """new old other many several various few more most some both all former top major big
    small large young famous local senior popular key main high low best first good great
    heavy light modern ancient early late recent rare fine fresh own same such""".split()
)


def _plural_item(words: list[str], first: list[str]) -> bool:
    """ "appeared in television shows, films and ...": a plural that is also a verb ("shows",
    "plays") is the first item's noun after a preposition, a determiner or a noun."""
    previous = words[-2] if len(words) > 1 else ""
    return (
        not first
        and not is_plain_verb(words[-1])
        and previous.islower()
        and (
            previous in PREPOSITIONS | DETERMINERS | _SHARED_MODIFIERS | COUNT_WORDS
            or _noun_modifier(previous)
        )
    )


def _noun_modifier(word: str) -> bool:
    """A noun before the first item's noun ("fighter jets", "cargo planes"): the item's own."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _SHARED_MODIFIERS | DETERMINERS | PREPOSITIONS | COUNT_WORDS
        and not ADJECTIVE_END.search(word)
        and not word.endswith("y")  # "heavy", "early"
        and not is_verb(word)
    )


_IN_NAMES = frozenset({"vs", "vs.", "v.", "versus"})  # "Eagle vs Shark", "Kramer vs. Kramer"


# "drummer Hans Cleuver", "keyboardist/vocalist Thijs van Leer": a role noun and a name
_ROLE_NAME = re.compile(r"^[a-z][\w/-]*(?:\s[a-z][\w/-]*)?\s[A-Z][\w.’'-]+(?:\s[\w.’'-]+){0,3}$")


# one place named with "and" ("born in Srinagar, Jammu and Kashmir": a city and its region)
_NAMES_WITH_AND = frozenset(
    (
        "Jammu and Kashmir", "Trinidad and Tobago", "Bosnia and Herzegovina",
        "Antigua and Barbuda", "Saint Kitts and Nevis", "Turks and Caicos",
        "Sao Tome and Principe", "Heard and McDonald", "Saint Vincent and the",
        "Andaman and Nicobar", "Dadra and Nagar", "Daman and Diu", "Newfoundland and Labrador",
    )
)  # fmt: skip


def _named_first(text: str) -> bool:
    """Whether `text` ends in a one- or two-word name after a verb or preposition ("visited
    Paris", "in New York"), not inside a longer name ("the Committee on Foreign Affairs")."""
    words = text.split(" ")
    for size in (1, 2):
        before = words[-size - 1] if len(words) > size else ""
        name = " ".join(words[-size:])
        owner = words[-size - 2] if len(words) > size + 1 else ""
        # "played for Arsenal": "for" after a verb, not inside a name ("Control for Cricket")
        linked = before in NAME_LINKS | {"the"} and not (before == "for" and owner.islower())
        if before.isalpha() and before.islower() and not linked:
            inside = before in PREPOSITIONS and owner[:1].isupper()  # "Committee on Defence"
            return not inside and _SHORT_NAME.fullmatch(name) is not None
    return False


_DIGIT = re.compile(r"\d")
# "Department of Health", "Committee on Foreign Affairs": a name a list of words may go on
_OFFICE = re.compile(
    rf"\b(?:{OFFICE_NOUNS}|Agency|School|Institute)\s(?:of|on|for)\s(?:the\s)?[A-Z][a-z]+$"
)
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_SHORT_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_LEADS = re.compile(r"(?:including|such|like|especially|particularly|notably|mainly)\b")
_PLACED_TAIL = re.compile(
    r"\s(?:near|along|across|inside|outside|around)\s(?:the\s)?[\w’'-]+(?:\s[\w’'-]+){0,3}$"
    r"|\s(?:in|into|to|at)\s(?:the\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
    r"(?:\s(?:and|or)\s(?:the\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)?$"  # "in Europe and the US"
)


def _placed_tail(item: str) -> re.Match[str] | None:
    """The place after a list's last item, when the item before it is a short noun phrase
    ("air-defence systems near the border", not "to score from inside and outside the area")."""
    m = _PLACED_TAIL.search(item)
    if m is None:
        return None
    words = item[: m.start()].split()
    joined = {"and", "or", "to"} & set(words)
    return m if 0 < len(words) <= 4 and not joined and words[-1] not in PREPOSITIONS else None


_DATED_TAIL = re.compile(
    r"\s(?:in|during|between|from|since|until|by|throughout)\s(?:the\s)?(?:(?:early|late|mid)"
    r"[- ])?(?:[A-Z][a-z]+\s)?(?:\d{1,2},?\s)?\d{4}s?(?:(?:\s(?:and|to)\s|[–-])\d{2,4}s?)?$"
)


def _open_quote(text: str) -> bool:
    """More closing than opening quote marks: the text starts inside a quotation."""
    return text.count("”") > text.count("“") or text.count('"') % 2 == 1
