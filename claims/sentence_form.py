"""A claim written out as a full sentence: capitalised, no dangling comma, one final period,
and a title's own comma or period kept out of its closing quote where it ends nothing.
"""

from __future__ import annotations

import re

from claims.grammar import is_verb


def capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit():
            return text  # "40 soldiers were wounded": the number opens the sentence
    return text


_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]")  # a space other than " "
_FINAL_STOP = re.compile(r"[.!?][”\"’']?$")
# The sentence's own comma or period written inside a title's closing quote (American style)
# ends nothing in a claim that ends with the title or opens with it ('"The Crown," is a Netflix
# series' names "The Crown"); inside a claim it still marks the clause and stays, as does an
# abbreviation's period ('"Chaos A.D." was').
_QUOTED_STOP = re.compile(
    r"(?<=\w),(?=[\"”][.,]?$)"
    r"|^(?P<title>[\"“][^\"“”]+?)(?<!\b[A-Z])(?<!\bJr|\bSr|\bSt|\bCo)[,.]"
    r"(?=[\"”]\s(?P<verb>[a-z]+))"
)


def _unquoted_stop(m: re.Match[str]) -> str:
    """The title without the stop, when the title is the subject of a verb; a quote of speech
    ('“The drills are routine,” said the minister': lowercase words) keeps it."""
    title = m.group("title")
    if title is None:
        return ""
    title_case = all(w[:1].isupper() or w[:1].isdigit() or len(w) < 4 for w in title[1:].split())
    return title if title_case and is_verb(m.group("verb")) else m.group(0)


def sentence_of(text: str) -> str:
    """A claim as a full sentence: capitalised, no dangling comma, one final period."""
    if "  " in text or _ODD_SPACE.search(text):  # else the substitution changes nothing
        text = _SPACES.sub(" ", text)
    text = text.strip(" ,;:—-")
    if not text:
        return text
    if '"' in text or "”" in text:
        text = _QUOTED_STOP.sub(_unquoted_stop, text)
    text = capitalise(text)
    if _FINAL_STOP.search(text):
        return text
    if text.endswith(("”", "’")) and len(text) > 1 and text[-2] in ".!?":
        return text
    return text + "."
