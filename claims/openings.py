"""What a sentence opens with that the next one may refer back to.

- a plural group (`group_subject`): "Researchers at X analysed ... They found";
- an unnamed person (`unnamed_person`): "A 19-year-old woman ... Police said she", "...,
  a spokeswoman for X said. She said";
- a thing (`THING`): "The lander ... touched down. It was launched".

`claims.context` remembers them.
"""

from __future__ import annotations

import re

# "Researchers at the University of Cambridge", "Rescue workers", "The two armies": a plural
# noun phrase opening a sentence, before its verb (no pronoun, no name, no count of people)
_GROUP = re.compile(
    r"^(?:the\s)?(?:[a-z-]+\s){0,2}[a-z]{2,}[^s\W]s"
    r"(?:\s(?:at|in|from|of)\s(?:the\s)?[A-Z][\w.-]*(?:\s(?:of\s|for\s)?[A-Z][\w.-]*)*)?"
    r"(?=\s(?:have|had|are|were|said|found|held|made|took|told|began|won|led|[a-z]+ed)\s)"
)


_NOT_GROUP = frozenset("they these those their some many most all both".split())


_UNNAMED = re.compile(
    r"^An?\s(?:[\w-]+\s){0,3}(?P<noun>woman|girl|mother|man|boy|father|teenager|person|driver|"
    r"passenger|pedestrian|suspect|victim|resident|worker)\b"
)


# "..., a spokeswoman for the Munich prosecutor's office said.": a "She said" after it is hers
_UNNAMED_SPEAKER = re.compile(
    r",\s(?:an?|one)\s(?:[\w-]+\s){0,2}(?P<noun>spokeswoman|spokesman|spokesperson)\b[^,]*"
    r"\s(?:said|says|told\s[\w\s]+?)\.?$"
)


_UNNAMED_GENDER = {"woman": "f", "girl": "f", "mother": "f", "man": "m",
                   "boy": "m", "father": "m", "spokeswoman": "f", "spokesman": "m"}  # fmt: skip


THING = re.compile(
    r"^(The\s(?:[a-z-]+\s){0,2}[a-z]{3,}(?<![s']))(?:,\s[^,]+,)?"
    r"\s(?:[a-z]+ed|was|is|has|had|will|carries|holds|weighs|costs)\s"
)


def unnamed_person(sentence: str) -> str | None:
    m = _UNNAMED.match(sentence) or _UNNAMED_SPEAKER.search(sentence)
    return _UNNAMED_GENDER.get(m.group("noun"), "unknown") if m else None


def group_subject(sentence: str) -> str | None:
    m = _GROUP.match(sentence[:1].lower() + sentence[1:])
    if m is None or m.group(0).split(" ", 1)[0] in _NOT_GROUP:
        return None
    return m.group(0)
