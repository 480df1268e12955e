"""A passage that names the claim's subject another way: "He ...", "The film ...", "Kutcher ...".

Reference statements are sentences taken out of their page or article, where the subject was
named once and is then referred to by a pronoun, a surname or "the film". Compared word for
word, "He played point guard for the Lakers" says nothing of "Magic Johnson"; read as the page
meant it, it says the whole claim. `resolve_subject` rewrites such a reference to the claim's
subject before the passage is compared, so the stance rules see the same fact stated in full;
so does a name given without the article's description ("Alexander Lukashenko" for
"Belarusian President Alexander Lukashenko"). `another_person` tells when the passage is about
someone else with the same surname ("Glenn Alan Robinson" for "Doug Alan Robinson"). The
evidence shown to a reader keeps the passage's own words.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from claims.dates import MONTHS
from claims.grammar import ADVERBS, DETERMINERS, PREPOSITIONS, is_title, split_subject
from claims.similarity import STOPWORDS

PRONOUN_SUBJECTS = ("He", "She", "It", "They")
POSSESSIVES = ("His", "Her", "Its", "Their")
# "The film was shot in Montana": a definite description of the page's subject.
DESCRIPTIONS = frozenset(
    """film movie song single album band group series show episode book novel game
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
_COUNTED_SUBJECT = re.compile(
    r"^(?:(?:more|less|fewer) than|over|under|at least|at most|about|nearly|almost|around|"
    r"some|only|just)?\s*[$€£]?\d[\d,.]*\s+(?-i:[a-z])",  # "10 Cloverfield Lane" is a title
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"[A-Z][\w'&.-]*(?:\s+(?:(?:the|of|and|in|a|an)\s+)?[A-Z0-9][\w'&.-]*)*")


def _first_name(text: str) -> str | None:
    """The first run of capitalised words: "Ralph Breaks the Internet"."""
    m = _NAME_RUN.search(text)
    if m is None or m.group(0).split()[0].lower().rstrip(".") in MONTHS:
        return None  # "by April 6": a date names no work
    return m.group(0).rstrip(".")


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
    if ", " in subject:  # "On Dec. 19, 2022, Russian President Vladimir Putin": after the phrase
        subject = subject.rsplit(", ", 1)[1]
    tokens = subject.split()
    if not tokens or len(tokens) > 6 or tokens[0].lower() in {"he", "she", "it", "they", "i"}:
        return None
    return subject


def _name_tokens(subject: str) -> list[str]:
    tokens = subject.split()
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    while tokens and is_title(tokens[0]):
        tokens = tokens[1:]  # "Gen. Oleg Salyukov": the name is "Oleg Salyukov"
    if not tokens or not all(_NAME_TOKEN.match(t) or t.lower() in _LINKS for t in tokens):
        return []
    return tokens


_GIVEN_NAME_BEFORE = re.compile(r"\b(?P<given>[A-Z][a-z]+)\.?\s+(?:[A-Z][a-z]*\.?\s+)?$")
# Capitalised words before a surname that are no given name ("Then Kutcher", "In 2005 Kutcher")
_NOT_GIVEN = STOPWORDS | PREPOSITIONS | ADVERBS | DETERMINERS


# Words before a name that are no given name: roles and nationalities ("Belarusian President
# Alexander Lukashenko": the given name is "Alexander").
_NOT_A_GIVEN_NAME = re.compile(
    r"^(?:President|Prime|Minister|Chancellor|King|Queen|Prince|Princess|General|Secretary|"
    r"Senator|Governor|Mayor|Judge|Justice|Chairman|Chairwoman|Director|Coach|Captain|Sir|Dame|"
    r"Lord|Lady|Pope|Saint|Bishop|Cardinal|Archbishop|Admiral|Colonel|Major|Lieutenant|"
    r"Sergeant|Commander|Marshal|Sheikh|Emir|Sultan|Ayatollah|Former|Late|[A-Z][a-z]+"
    r"(?:ian|ean|ese|ish|ican|i))$"
)


def _given_name_before(text: str) -> re.Match[str] | None:
    m = _GIVEN_NAME_BEFORE.search(text)
    return m if m and m.group("given").lower() not in _NOT_GIVEN else None


def another_person(claim: str, passage: str) -> str | None:
    """The name of another person with the claim's subject's surname ("Glenn Alan Robinson"
    for "Doug Alan Robinson"), when the passage never gives the subject's own given name."""
    subject = claim_subject(claim)
    names = _name_tokens(subject) if subject else []
    # a person's name: two to four capitalised words ("Doug Alan Robinson"), not a title
    # ("Reviews of Alpha Protocol") or a possessive ("Lisa Stansfield 's Real Love")
    if not 2 <= len(names) <= 4 or any(t.lower() in _LINKS or "'" in t for t in names):
        return None
    if len(names[-1]) <= 2:
        return None
    # the passage's subject: its first name ("Glenn Alan Robinson III (born 1994) is ..."),
    # not a relative it mentions ("She is the daughter of Bruce Lee")
    found = re.search(rf"(?<![\w-]){re.escape(names[-1])}(?![\w-])", passage)
    given = _given_name_before(passage[: found.start()]) if found else None
    if found is None or given is None or given.start() > 0:
        return None
    ours = next((t for t in names[:-1] if not _NOT_A_GIVEN_NAME.match(t)), None)
    if ours is None or _says(passage, ours):
        return None
    theirs = given.group("given")
    if (
        ours.lower() in DESCRIPTIONS  # "Film Victor Frankenstein"
        or theirs.lower() in _LINKS  # "Van Zant"
        or len(ours.rstrip(".")) <= 2  # "B. R. Ambedkar": initials
        or ours in theirs
        or theirs in ours
        or _common_prefix(ours, theirs) >= 3  # "Alex" / "Alexander", "Matt" / "Matthew"
        or fuzz.ratio(ours, theirs) >= 75  # "Arjit" / "Arijit": a spelling
    ):
        return None
    return passage[given.start() : found.end()]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def names_subject(claim: str, passage: str) -> bool:
    """Whether `passage` names the claim's subject, or the name in it ("Lockout", "Ashley
    Cole", "the movie Batla House"), in full."""
    subject = claim_subject(claim)
    if not subject:
        return False
    tokens = subject.split()
    names = _name_tokens(subject) or [
        t for t in tokens[1:] if _NAME_TOKEN.match(t) and not is_title(t)
    ]  # "The movie Batla House": the capitalised words after the first
    words = [t for t in names if t.lower() not in _LINKS]
    return bool(words) and all(_says(passage, t) for t in words)


def _described_name(subject: str) -> str | None:
    """The names ending a subject that opens with a lower-case description ("Strategic allies
    Russia and Belarus" -> "Russia and Belarus"), or None."""
    tokens = subject.split()
    if "," in subject:
        return None  # "Since 2004, Russia and Belarus": a phrase before the subject
    for k in range(1, len(tokens)):
        head, rest = tokens[:k], tokens[k:]
        if (
            all(t.isalpha() or "-" in t for t in head)
            and head[-1].lower() not in _LINKS
            and any(t[:1].islower() for t in head)
            and rest[0][:1].isupper()
            and all(_NAME_TOKEN.match(t) or t.lower() in _LINKS for t in rest)
        ):
            return " ".join(rest)
    return None


def _says(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def resolve_subject(claim: str, passage: str) -> str:
    """`passage` with its reference to the claim's subject replaced by the subject itself (a
    description stays after it: "Due Date the film was shot ..."); the passage unchanged when it
    names the subject in full or refers to something else."""
    subject = claim_subject(claim)
    if subject is not None and _COUNTED_SUBJECT.match(subject):
        # "More than 240 people reviewed Ralph Breaks the Internet": a count is no subject, and
        # "the film" of the passage is the work the claim names
        subject = _first_name(claim[len(subject) :])
    if subject is None or not re.search(r"[A-Za-z]", subject):
        return passage  # "1997 was the year No Way Out was released": a year is no subject
    described = _described_name(subject)
    if described and _says(passage, described) and not _says(passage, subject):
        # "Russia and Belarus" for "Strategic allies Russia and Belarus": the names without
        # the description the article gave them
        at = re.search(rf"(?<![\w-]){re.escape(described)}(?![\w-])", passage)
        if at is not None:
            return passage[: at.start()] + subject + passage[at.end() :]
    names = _name_tokens(subject)
    if names and all(_says(passage, t) for t in names if t.lower() not in _LINKS):
        return passage  # the passage names the subject in full
    core = " ".join(t for t in names if not _NOT_A_GIVEN_NAME.match(t))
    if core and len(core) < len(" ".join(names)) and _says(passage, core):
        # "Alexander Lukashenko" for "Belarusian President Alexander Lukashenko": the same
        # person without the words that identify him in the article
        at = re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", passage)
        if at is not None:
            return passage[: at.start()] + " ".join(names) + passage[at.end() :]
    if len(names) >= 2 and not _says(passage, names[0]):
        # "Kutcher appeared in ..." for "Ashton Kutcher": a surname stands for the person,
        # unless another given name comes with it ("Glenn Robinson" is not "Doug Robinson")
        last = names[-1]
        found = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", passage)
        if found and len(last) > 2 and not _given_name_before(passage[: found.start()]):
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
    elif m.group("noun"):
        # "The film earned $591 million" says that Tangled is a film: the description stays
        replacement = f"{subject} the {m.group('noun')}"
    return passage[:start] + replacement + passage[end:]
