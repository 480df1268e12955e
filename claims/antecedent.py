"""The person "he", "she", "him", "her", "His" or "Her" stands for, or none when the article does
not tell.

A wrong name attributes an act to the wrong person, the worst a claim can do to a fact-checker;
a pronoun left as it is only marks the claim as needing context (`claims.checkworthy`). There
is no list of first names (`claims.gender`): a person without a cue may be a man or a woman,
so a cue alone never decides between two people. The rules, in order:

1. Candidates are the people in reach, named in the three sentences before the claim's or
   earlier in its own sentence (a pronoun resolved there counts as a mention), less those whose
   cue disagrees and those the claim names after the pronoun ("she expected Klein to cut
   costs": she is not Klein). When no one in reach fits, an earlier person is taken only if
   exactly one fits.
2. In what a speaker reports ("Hardy said he was proud"), the speaker is the usual antecedent:
   taken when their cue agrees, or when no one else who fits was named in the sentence before
   or earlier in the claim's. A speaker without a cue against such a person is a guess either
   way ("Mr. Ortiz did not testify. Prosecutor Karen Welch said he had hidden the money" is
   about the defendant, "His lawyer, Alan Brooks, said he would appeal" about the lawyer), so
   the pronoun stays.
3. Otherwise each candidate scores by salience: for the subject of the sentence before (or of
   the claim's sentence, before the pronoun) 3 when the pronoun is a subject too (a sentence
   goes on about the one the last was about), else 2; 1 for being named in the sentence before or
   earlier in the claim's sentence, 1 for being named most often in reach, 1 for a cue that
   agrees. The best is taken when it leads by 2 or more ("Walsh joined the club in 2021. He
   led ..."); closer than that, the pronoun stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from claims.gender import PRONOUN_GENDER, Gender, gender_of

LEAD = 2  # the score by which the best candidate must lead the next
# words before a name that make it no subject: "Prosecutors said Hale", "convicted Daniel Ortiz"
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:said|says|told|by|of|for|to|with|from|against|and|was|is|were|are|has|had|that|"
    r"[a-z]+ed)\b"
)


@dataclass(frozen=True)
class Salience:
    """What the sentences before a claim's say about who is talked of."""

    recent: tuple[tuple[str, ...], ...] = ()  # people named in each sentence, most recent last
    subject: str | None = None  # the person the sentence before is about


def antecedent(
    pronoun: str,
    persons: Sequence[str],
    genders: dict[str, Gender],
    salience: Salience,
    named_before: Sequence[str] = (),
    excluded: Collection[str] = (),
    speaker: str | None = None,
    subject: str | None = None,
) -> str | None:
    """The person `pronoun` stands for. `persons`: everyone named so far; `named_before`: the
    people the claim's sentence names before the pronoun; `excluded`: people it cannot be;
    `speaker`: the person whose report the pronoun is in; `subject`: the person the claim's
    sentence opens with."""
    gender = PRONOUN_GENDER[pronoun.lower()]
    as_subject = pronoun.lower() in {"he", "she"}

    def fits(name: str) -> bool:
        return name not in excluded and gender_of(name, genders) in {None, gender}

    mentions = [name for names in salience.recent for name in names] + list(named_before)
    candidates = [name for name in dict.fromkeys(mentions) if fits(name)]
    if speaker and fits(speaker) and speaker not in candidates:
        candidates.append(speaker)
    if not candidates:
        earlier = [name for name in dict.fromkeys(persons) if fits(name)]
        return earlier[0] if len(earlier) == 1 else None
    last = {*(salience.recent[-1] if salience.recent else ()), *named_before}
    if speaker and fits(speaker):
        rivals = [name for name in candidates if name in last and name != speaker]
        return speaker if gender_of(speaker, genders) == gender or not rivals else None
    if len(candidates) == 1:
        return candidates[0]
    counts = Counter(mentions)
    most = max(counts[name] for name in candidates)
    most_named = [name for name in candidates if counts[name] == most]

    def score(name: str) -> int:
        return (
            (3 if as_subject else 2) * (name in {salience.subject, subject})
            + (name in last)
            + (most_named == [name])
            + (gender_of(name, genders) == gender)
        )

    ranked = sorted(((score(name), name) for name in candidates), reverse=True)
    return ranked[0][1] if ranked[0][0] - ranked[1][0] >= LEAD else None


def opens_subject(before: str) -> bool:
    """Whether a name after `before` opens its sentence as the subject: "Judge ", "His lawyer,
    ", not "Prosecutors said " or "A jury on Friday convicted "."""
    return len(before.split()) <= 4 and not _NOT_SUBJECT_BEFORE.search(before)


def subject_of(sentence: str, mentions: list[tuple[int, str]]) -> str | None:
    """The person `sentence` opens with as its subject ("Mr. Hale, 62, was convicted"), not a
    possessor ("Klein's predecessor was criticised")."""
    for i, (at, name) in enumerate(mentions):
        before = sentence[:at]
        # "“C,” Russian Foreign Ministry official Alexey Polishchuk told TASS": the speaker after
        # a quote is the subject too
        quoted = before.rpartition("”")[2].lstrip(",").removeprefix(" said")
        if (i == 0 and opens_subject(before)) or ("”" in before and opens_subject(quoted)):
            end = sentence.find(name.split()[-1], at) + len(name.split()[-1])
            return None if sentence[end : end + 1] in {"’", "'"} else name
    return None


def named_in(text: str, known: list[str]) -> set[str]:
    """The people `text` names by full name or by surname alone ("Brooks", not "Denise Brooks"
    for Angela Brooks)."""
    named = {n for n in known if n in text}
    for n in known:
        for m in re.finditer(rf"\b{re.escape(n.split()[-1])}\b", text):
            before = text[: m.start()].split()[-1:]
            if not before or not before[0][:1].isupper() or before[0].endswith("."):
                named.add(n)
    return named
