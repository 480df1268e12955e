"""The events of a life and the words that name them: the one table of them.

`claims.events` reads which event a passage gives a date ('married on April 15, 1894' against
'(April 15, 1894 – 1937)'); `claims.datechecks` keeps a birth date from dating a death and the
other way round ('died in 1990' against '(born 1990)'). Both derive their words from
`LIFE_EVENTS`, so a word added here counts in both. It is a data module: it imports nothing of
claimscope, so every check can import it (`claims.events` imports `claims.datechecks`).
"""

from __future__ import annotations

LIFE_EVENTS: dict[str, str] = {
    "born": "birth", "birth": "birth", "birthday": "birth", "births": "birth",
    "birthed": "birth", "b.": "birth", "conceived": "birth",
    "died": "death", "dies": "death", "death": "death", "d.": "death", "killed": "death",
    "murdered": "death", "passed away": "death", "assassinated": "death",
    "executed": "death",
    "married": "marriage", "marries": "marriage", "marriage": "marriage", "wed": "marriage",
    "wedding": "marriage",
    "divorced": "divorce", "divorce": "divorce",
    "graduated": "graduation", "graduates": "graduation", "graduation": "graduation",
}  # fmt: skip
# The abbreviations of a life span ("b. 1965", "d. 1830") stand before a date only: elsewhere
# "B." is an initial ("John B. Smith"), so a claim's words are read without them.
ABBREVIATIONS = frozenset({"b.", "d."})


def event_words(event: str, abbreviations: bool = True) -> list[str]:
    """The words of one event ('birth' -> 'born', 'birth', ...), longest first so that an
    alternation of them matches the longest."""
    words = [w for w, e in LIFE_EVENTS.items() if e == event]
    if not abbreviations:
        words = [w for w in words if w not in ABBREVIATIONS]
    return sorted(words, key=len, reverse=True)
