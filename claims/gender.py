"""Gender cues for "he"/"she": what the article itself says about a person, nothing guessed.

`gender_cues(text)` finds (name, "f" | "m") pairs in a sentence from
- a title before the name: "Mrs. Doe", "Sir Keir Starmer", "Queen Margrethe";
- a gendered role noun right before the name or in its appositive: "actress Jane Doe", "his
  wife, Jane Doe", "Jane Doe, a mother of three", "John Smith, the company's spokesman".
`claims.context` adds the pronouns the article used for a person ("John Smith joined in
2010. He ...") and `claims.antecedent` skips a person whose cue disagrees with the pronoun it
resolves. There is no list of first names: a name alone is no cue, so a person without one may
be a man or a woman, and a cue alone never decides between two people.
"""

from __future__ import annotations

import re

from claims.noun_phrases import NAME_WORD

Gender = str  # "f" | "m"

_FEMALE_TITLES = "Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Duchess|Baroness"
_MALE_TITLES = "Mr|Sir|Lord|King|Prince|Duke|Baron"
_FEMALE_ROLES = """woman mother wife daughter sister actress chairwoman spokeswoman
congresswoman businesswoman sportswoman grandmother aunt niece girl widow girlfriend queen
princess duchess mum mom stepmother""".split()
_MALE_ROLES = """man father husband son brother spokesman congressman businessman sportsman
grandfather uncle nephew boy widower boyfriend king prince duke dad stepfather""".split()
ROLE_GENDER: dict[str, Gender] = {
    **{role: "f" for role in _FEMALE_ROLES},
    **{role: "m" for role in _MALE_ROLES},
}
PRONOUN_GENDER: dict[str, Gender] = {
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m",
}  # fmt: skip

_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"  # "Mrs. Doe" names by surname
_FULL_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}"
_ROLES = "|".join(sorted(ROLE_GENDER, key=len, reverse=True))
_OPENING_ROLES = "|".join(sorted((r.capitalize() for r in ROLE_GENDER), key=len, reverse=True))
# words between a determiner and the role noun, none a preposition: "a 45-year-old father of
# two", not "the lawyer for the mother"
_MODIFIER = r"(?:(?!(?:of|for|to|with|by|at|in|on|from)\s)[\w’'-]+\s+)"
_CUES = re.compile(
    "|".join(
        [
            rf"\b(?P<title>{_FEMALE_TITLES}|{_MALE_TITLES})\.?\s+(?P<titled>{_NAME})",
            # a capitalised role only opens the sentence: "Actress Jane Doe", not "the Man
            # Booker Prize"
            rf"(?P<before>\b(?:{_ROLES})|^(?:{_OPENING_ROLES})),?\s+(?P<introduced>{_FULL_NAME})",
            rf"(?P<described>{_FULL_NAME}),\s+(?:a|an|the|his|her|their|{NAME_WORD}[’']s)\s+"
            rf"{_MODIFIER}{{0,3}}(?P<after>{_ROLES})\b",
        ]
    )
)
_HINT = re.compile(rf"\b(?:{_FEMALE_TITLES}|{_MALE_TITLES}|{_ROLES}|{_OPENING_ROLES})\b")
# `_HINT`'s words, each a whole run of ASCII letters where `_HINT` finds it
_HINT_WORDS = frozenset(f"{_FEMALE_TITLES}|{_MALE_TITLES}|{_ROLES}|{_OPENING_ROLES}".split("|"))
_LETTERS = re.compile(r"[A-Za-z]+")
_FEMALE_TITLE = re.compile(rf"^(?:{_FEMALE_TITLES})$")


def gender_cues(text: str) -> list[tuple[int, str, Gender]]:
    """The people `text` marks as female or male, in order: (where, name as written, "f" |
    "m")."""
    # most sentences have no cue: their words, looked up, say so before any search
    if _HINT_WORDS.isdisjoint(_LETTERS.findall(text)) or not _HINT.search(text):
        return []
    cues = []
    for m in _CUES.finditer(text):
        if title := m.group("title"):
            gender = "f" if _FEMALE_TITLE.match(title) else "m"
            cues.append((m.start("titled"), m.group("titled"), gender))
        elif role := m.group("before"):
            cues.append((m.start("introduced"), m.group("introduced"), ROLE_GENDER[role.lower()]))
        else:
            cues.append((m.start(), m.group("described"), ROLE_GENDER[m.group("after")]))
    return cues


def gender_of(name: str, genders: dict[str, Gender]) -> Gender | None:
    """The gender the article gave `name`, by full name or by surname ("Mr. Smith")."""
    return genders.get(name) or genders.get(name.split()[-1])
