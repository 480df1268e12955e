"""A passage that names the claim's subject another way: "He ...", "The film ...", "Kutcher ...".

Reference statements are sentences taken out of their page or article, where the subject was
named once and is then referred to by a pronoun, a surname or "the film". Compared word for
word, "He played point guard for the Lakers" says nothing of "Magic Johnson"; read as the page
meant it, it says the whole claim. `resolve_subject` rewrites such a reference to the claim's
subject before the passage is compared, so the stance rules see the same fact stated in full.
The evidence shown to a reader keeps the passage's own words.
"""

from __future__ import annotations

import re

from claims.grammar import split_subject

PRONOUN_SUBJECTS = ("He", "She", "It", "They")
POSSESSIVES = ("His", "Her", "Its", "Their")
# "The film was shot in Montana": a definite description of the page's subject.
DESCRIPTIONS = frozenset(
    """film movie song single album band group series show episode book novel game company
    city town country state player team club station river island building ship company
    genre award ceremony event festival tournament war battle species character party
    school university newspaper magazine channel network airport organisation organization
    programme program""".split()
)
# An opening phrase before the subject: "In 2005, he ...", "Born in Texas, she ...".
_OPENING = r"(?:(?:[A-Z][a-z]+\b[^,]{0,60}),\s+)?"
_LEADING_REFERENCE = re.compile(
    rf"^\s*{_OPENING}(?P<ref>(?P<pronoun>{'|'.join(PRONOUN_SUBJECTS + POSSESSIVES)})"
    rf"|[Tt]he (?P<noun>[a-z]+))\b",
    re.IGNORECASE,
)
# "It is possible that ...", "It was reported ...": an expletive "it" names nothing.
_EXPLETIVE = re.compile(
    r"^\s*(?:is|was|has been|had been|seems|appears|remains)\s+(?:\w+\s+){0,2}?"
    r"(?:that|to|whether|how|what|when|why|if)\b|^\s*(?:is|was)\s+(?:said|reported|"
    r"believed|thought|estimated|expected|known|claimed|argued|feared|hoped)\b",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_LINKS = frozenset({"of", "the", "de", "van", "von", "da", "di", "le", "la", "del", "and", "&"})


def claim_subject(claim: str) -> str | None:
    """The claim's subject when it is a name or a short noun phrase ("Magic Johnson")."""
    parts = split_subject(claim)
    if parts is None:
        return None
    subject = re.sub(r"\s*\([^)]*\)", "", parts[0]).strip(" ,")
    tokens = subject.split()
    if not tokens or len(tokens) > 6 or tokens[0].lower() in {"he", "she", "it", "they", "i"}:
        return None
    return subject


def _name_tokens(subject: str) -> list[str]:
    tokens = subject.split()
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    if not tokens or not all(_NAME_TOKEN.match(t) or t.lower() in _LINKS for t in tokens):
        return []
    return tokens


def _says(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def resolve_subject(claim: str, passage: str) -> str:
    """`passage` with its reference to the claim's subject replaced by the subject itself; the
    passage unchanged when it names the subject in full or refers to something else."""
    subject = claim_subject(claim)
    if subject is None:
        return passage
    names = _name_tokens(subject)
    if names and all(_says(passage, t) for t in names if t.lower() not in _LINKS):
        return passage  # the passage names the subject in full
    if len(names) >= 2 and not _says(passage, names[0]):
        # "Kutcher appeared in ..." for "Ashton Kutcher": a surname stands for the person
        last = names[-1]
        found = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", passage)
        if found and len(last) > 2:
            return passage[: found.start()] + subject + passage[found.end() :]
    m = _LEADING_REFERENCE.match(passage)
    if m is None or any(_says(passage, t) for t in names if t.lower() not in _LINKS):
        return passage
    if m.group("noun") and m.group("noun").lower() not in DESCRIPTIONS:
        return passage
    start, end = m.span("ref")
    if (
        m.group("pronoun")
        and m.group("pronoun").lower() == "it"
        and _EXPLETIVE.match(passage[end:])
    ):
        return passage
    replacement = subject
    if m.group("pronoun") and m.group("pronoun").capitalize() in POSSESSIVES:
        replacement = subject + "'s"
    return passage[:start] + replacement + passage[end:]
