"""A sentence -> its atomic parts, each a full sentence with its span in the sentence.

Constructions split, in this order:
- attribution: "According to X, C" / "X said C" / "“C,” X said": the frame is one part
  (`attribution`), the content C is decomposed on its own and marked `attributed`;
- fronted phrases (`claims.fronted`): discourse markers ("More specifically", "However",
  "Overall") and concessives ("despite ...") are dropped; "In addition to his acting career"
  becomes "S has an acting career"; a time phrase ("On Jan. 11", "Last week") is kept and
  prefixed to every main part and to past-tense side parts, except a bare year or a scene ("In
  2018", "Off the field", "After the war"), which moves after the clause and is split off like
  any other phrase; "after visiting X" becomes "S visited X"; "As a member of X" becomes "S is a
  member of X" and "Having over 3,000 animals" "S has over 3,000 animals";
- side facts (`claims.sides`): relative clauses with or without a comma -> "Antecedent ..."
  (`relative`); appositives "Name, a/an/the ...,", "Name, known as ...", "Name (born ...)" ->
  "Name is ..." (`appositive`); a life span "Name (1825–1904) was ..." -> born and died; a
  work's year "“Kick” (2014)", "the 2006 film “Aquamarine”" -> "... was released in 2014";
- a role noun before a name, per part (`claims.modifiers.close_appositive`);
- participles ", replacing Y" after a past-tense clause -> "Subject replaced Y", ", having
  written X" after any clause -> "Subject has written X" (`participle`);
- what is left is split by `claims.coordinate`: compound clauses (`clause`), lists, pairs,
  examples, copular descriptions and prepositional phrases (`item`).

"also" is dropped from every part: it points back at another fact. Commas inside dates
("Feb. 19, 2022") and places ("Minsk, Belarus") are masked first (`claims.masking`) so
that they never end a clause. Everything here is string logic over one sentence: no article
context (see claims/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from claims.attribution import AttributionSplit, split_attribution
from claims.coordinate import distribute, split_clauses
from claims.fronted import DISCOURSE, MOVABLE_LEAD, fronted_phrases
from claims.grammar import (
    DETERMINERS,
    ING_NOUN_HEADS,
    PRONOUN_SUBJECTS,
    inside_quote,
    is_past,
    is_verb,
    split_subject,
)
from claims.masking import MASKED_AND, MASKED_COMMA_MARK, mask
from claims.modifiers import close_appositive
from claims.sentence_form import sentence_of
from claims.sides import side_clauses
from claims.verb_forms import past_of, past_of_base

_DIGIT = re.compile(r"\d")

PartRole = Literal[
    "main", "clause", "item", "relative", "appositive", "participle", "attribution", "content"
]


@dataclass(frozen=True)
class Part:
    text: str
    start: int  # span of the source words in the sentence
    end: int
    role: PartRole
    attributed: bool = False


_ALSO = re.compile(r"(?<=[a-z]) also(?= [a-z])")
# "has since directed": "since" points back at an earlier time, as "also" at an earlier fact
_SINCE = re.compile(
    r"\b(has|had|have) since(?: then)?(?= (?:[a-z]+(?:ed|en|wn)|gone|won|made|led|become)\b)"
)
_WENT_ON = re.compile(r"\bwent on to (?P<verb>[a-z]+)(?= [a-z“\"0-9A-Z])")
# "has gone on to manage a string of clubs": "has managed" (the participle after "has")
_GONE_ON = re.compile(r"\b(?P<aux>has|have|had) gone on to (?P<verb>[a-z]+)(?= [a-z“\"0-9A-Z])")
_IRREGULAR_PARTICIPLES = {
    "become": "become", "write": "written", "take": "taken", "give": "given", "be": "been",
    "see": "seen", "do": "done", "begin": "begun", "sing": "sung", "run": "run",
    "come": "come", "grow": "grown", "draw": "drawn", "drive": "driven", "choose": "chosen",
    "speak": "spoken", "know": "known", "show": "shown", "star": "starred",
}  # fmt: skip
# "went on to victory", "went on to college": a noun after "to", not a verb
_NOT_BASE_VERBS = frozenset(
    "victory college school university fame stardom success greatness greater later".split()
)


def decompose(
    sentence: str, reported: tuple[str, AttributionSplit | None] | None = None
) -> list[Part]:
    """The atomic parts of one sentence, in reading order, without repeats; `reported` is a
    text and its `reported_split`, not read again when the sentence is read as that text."""
    parts: list[Part] = []
    seen: set[str] = set()
    for part in _decompose(mask(sentence.strip()), reported):
        text = part.text.replace(MASKED_COMMA_MARK, ",").replace(MASKED_AND, " and ")
        # "also" points back at an earlier fact: a standalone claim does without it
        text = _drop_also(text)
        if " a " in text:
            text = _A_BEFORE_VOWEL.sub(lambda m: _an(m, sentence), text)
        if text not in seen:
            seen.add(text)
            parts.append(part if text == part.text else replace(part, text=text))
        if " for " in text and (done := _done_for(text)) and done not in seen:
            seen.add(done)  # "known for directing X" -> "directed X" too
            parts.append(replace(part, text=done))
    return parts


# "a" that a shared noun put before a vowel ("as a comedian and actor" -> "as a actor")
_A_BEFORE_VOWEL = re.compile(r"\b(?P<a>[Aa]) (?P<word>(?!one\b|once\b|eu)[aeio][\w-]*)")


def _an(m: re.Match[str], sentence: str) -> str:
    """ "a actor" -> "an actor", unless the sentence itself says "a ..." so."""
    if f"{m.group('a')} {m.group('word')}" in sentence:
        return m.group(0)
    return f"{m.group('a')}n {m.group('word')}"


# "S is best known for directing X", "S received recognition for starring in X": what S did,
# a fact of its own beside the reputation
_KNOWN_FOR = re.compile(
    r"^(?P<subject>.+?)\s(?:(?:is|was|are|were|has been|became)\s(?:[a-z]+ly\s|best\s|also\s|"
    r"most\s|perhaps\s){0,2}(?:known|famous|remembered|recognized|recognised|noted|praised)"
    r"|(?:received|earned|won|gained|garnered|drew)\s(?:[\w-]+\s){0,3}?"
    r"(?:recognition|acclaim|praise|fame|attention|nominations?|awards?|reviews))"
    r"\sfor\s(?P<ing>[a-z]+ing)\s(?P<rest>.+)$"
)
_NOT_DONE = frozenset("being having".split())


def _done_for(text: str) -> str | None:
    m = _KNOWN_FOR.match(text)
    if m is None or m.group("ing") in _NOT_DONE or len(m.group("subject").split()) > 8:
        return None
    if m.group("rest").split(" ", 1)[0].rstrip(".,") in ING_NOUN_HEADS:
        return None  # "known for his dribbling skills": a noun, nothing done
    return f"{m.group('subject')} {past_of(m.group('ing'))} {m.group('rest')}"


def _drop_also(text: str) -> str:
    if " since " in text:
        text = _SINCE.sub(r"\1", text)
    if " went on to " in text:  # "went on to appear in 54 games": "appeared in 54 games"
        text = _WENT_ON.sub(_went_on, text)
    if " gone on to " in text:
        text = _GONE_ON.sub(_gone_on, text)
    if " also " not in text:  # what the pattern needs: most parts have none
        return text
    kept = [m for m in _ALSO.finditer(text) if not inside_quote(text, m.start())]
    for m in reversed(kept):
        text = text[: m.start()] + text[m.end() :]
    return text


def _went_on(m: re.Match[str]) -> str:
    verb = m.group("verb")
    return past_of_base(verb) if _base_verb(verb) else m.group(0)


def _gone_on(m: re.Match[str]) -> str:
    verb = m.group("verb")
    if not _base_verb(verb):
        return m.group(0)
    return f"{m.group('aux')} {_IRREGULAR_PARTICIPLES.get(verb) or past_of_base(verb)}"


def _base_verb(word: str) -> bool:
    """ "went on to appear": a verb; "went on to victory", "to the next round": no verb."""
    return not (word in _NOT_BASE_VERBS or word in DETERMINERS or word in PRONOUN_SUBJECTS)


# "C, officials said, as D": a frame inside the sentence, a clause of the writer's after it
_MIDDLE_FRAME = re.compile(
    r",\s(?P<frame>(?:[\w.’'-]+\s){1,5}?(?:said|says|added|showed)(?:\s(?:on|in)\s[\w.]+)?),\s"
    r"(?P<conj>as|while|after|when|because|before|since|but|and|with)\s(?=[a-z])"
)


# "X said C but warned D", "X said C and urged D": the speaker's own second report, not a
# verb of the content's subject ("The leak warned that ...")
_SECOND_REPORT = re.compile(
    r",?\s(?:but\s(?:also\s)?(?P<but>warned|urged|added|cautioned|stressed|insisted|noted|"
    r"acknowledged|said|called\son)|and\s(?:also\s)?(?P<and>added|urged|warned|said))\s(?=\S)"
)
_SECOND_VERBS = ("warned", "urged", "added", "cautioned", "stressed", "insisted", "noted",
                 "acknowledged", "said", "called on")  # fmt: skip


def _second_report(sentence: str) -> tuple[str, str, int] | None:
    """ "X said C but warned D" -> ("X said C.", "X warned D", where D's report starts), when
    "X said C" reports with its frame first."""
    if sentence.count(" said") + sum(f" {v} " in sentence for v in _SECOND_VERBS[:-2]) < 2:
        return None  # most sentences: no two reporting verbs, no search
    m = _SECOND_REPORT.search(sentence)
    if m is None or inside_quote(sentence, m.start()):
        return None
    head = f"{sentence[: m.start()]}."
    split = split_attribution(head)
    if split is None or split.characterising or split.content_start == 0 or not split.speaker:
        return None
    verb = m.group("but") or m.group("and")
    return head, f"{split.speaker} {verb} {sentence[m.end() :]}", m.start()


# "at least 2,059 people injured", "two others missing": a noun and its state, then the rest
_ABSOLUTE_TAIL = re.compile(
    r"(?P<np>(?:at least |more than |about |some )?[\w,.-]+(?:\s[a-z]+){0,2}?\s[a-z]+s?)\s"
    r"(?P<done>[a-z]+ed|missing|dead|hurt|killed|arrested|displaced)(?P<rest>[^,]*)"
)


def _middle_frame(sentence: str) -> tuple[str, str, int] | None:
    """ "C, officials said, as D" -> ("C, officials said.", "D", where D starts); "C, the
    ministry said, but gave no details" -> (..., "the ministry gave no details", ...)."""
    m = _MIDDLE_FRAME.search(sentence)
    if m is None:
        return None
    head, tail = f"{sentence[: m.end('frame')]}.", sentence[m.end() :]
    split = split_attribution(head)
    if split is None or split.characterising or split.content_start != 0:
        return None
    if m.group("conj") == "with":
        # "..., the ministry said, with at least 2,059 people injured": a fact of its own
        absolute = _ABSOLUTE_TAIL.match(tail)
        if absolute is None:
            return None
        np = absolute.group("np")
        be = "was" if np.split(" ", 1)[0].lower() in {"one", "a", "an"} else "were"
        return head, f"{np} {be} {absolute.group('done')}{absolute.group('rest')}.", m.end()
    if split_subject(tail.rstrip(".")) is None:
        # "..., the ministry said, but gave no details": the speaker did the rest
        if m.group("conj") not in {"but", "and"} or not is_verb(tail.split(" ", 1)[0]):
            return None
        tail = f"{split.speaker} {tail}"
    return head, tail, m.end()


def reported_split(sentence: str) -> AttributionSplit | None:
    """The attribution of `sentence` as `decompose` reads it, a frame inside it included."""
    middle = _middle_frame(sentence)
    return split_attribution(middle[0] if middle else sentence)


def _decompose(
    sentence: str, reported: tuple[str, AttributionSplit | None] | None = None
) -> list[Part]:
    if middle := _middle_frame(sentence):
        head, tail, at = middle
        return [*_decompose(head), *_clause_parts(tail, at, "main", attributed=False)]
    if second := _second_report(sentence):
        # "X said C but warned D": "X said C", then "X warned D" with its own content
        head, tail, at = second
        tail_parts = [
            replace(p, start=min(at + p.start, len(sentence)), end=min(at + p.end, len(sentence)))
            for p in _decompose(tail)
        ]
        return [*_decompose(head), *tail_parts]
    if reported is not None and reported[0] == sentence:
        # with no frame inside it, `reported_split` of this very text is its `split_attribution`
        return _decompose_whole(sentence, reported[1])
    return _decompose_whole(sentence, split_attribution(sentence))


def _decompose_whole(sentence: str, split: AttributionSplit | None) -> list[Part]:
    if split is None:
        return _clause_parts(sentence, 0, "main", attributed=False)
    parts: list[Part] = []
    if split.characterising:  # "X has described A as B and has accused C of D"
        for part in _clause_parts(sentence, 0, "attribution", attributed=False):
            parts.append(replace(part, role="attribution"))
        return parts
    at = split.frame_start
    if at:  # "A, but regulators said C": A is a clause of its own
        parts += _clause_parts(sentence[: split.lead_end], 0, "main", attributed=False)
    frame_text = DISCOURSE.sub("", sentence[at:], count=1)
    parts.append(Part(sentence_of(frame_text), at, len(sentence), "attribution"))
    start, end = split.content_start, split.content_end
    assert start is not None and end is not None
    if start > at:  # side facts of the frame: "Name, a ... official, has said"
        parts += _speaker_sides(sentence, at, start)
    if split.described:  # "“C,” said Name, the mayor of X"
        parts += _speaker_sides(sentence, *split.described)
    parts += _clause_parts(sentence[start:end], start, "content", attributed=True)
    return parts


# "said Henry Liu, director of X": a role without its article after a speaker's name
_BARE_ROLE = re.compile(
    r"^(?P<name>[A-Z][^,]*),\s(?P<role>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}?)\s(?=(?:of|for|at)\s)"
)


def _speaker_sides(sentence: str, start: int, end: int) -> list[Part]:
    """The side facts of a speaker, named before or after the speech verb: "Maria Lopez, the
    mayor of X" -> "Maria Lopez is the mayor of X"; a bare role takes "the" ("Henry Liu,
    director of X")."""
    described = sentence[start:end]
    words = m.group("role").split() if (m := _BARE_ROLE.match(described)) else []
    if (
        m
        and words[0] not in DETERMINERS
        and not any(map(is_verb, words))
        and not words[0].endswith("ing")  # "Jerome Powell, speaking at a news conference,"
    ):
        described = f"{described[: m.start('role')]}the {described[m.start('role') :]}"
    parts = _clause_parts(described, start, "main", False)
    return [replace(p, end=min(p.end, end)) for p in parts if p.role != "main"]


_END_MARKS = re.compile(r"[.!?]+$")
_MARKS_BEFORE_QUOTE = re.compile(r"[,;:]+(?=”$)")


def _clause_parts(text: str, offset: int, role: PartRole, attributed: bool) -> list[Part]:
    body = text.strip()
    if not body.endswith("”"):
        body = _END_MARKS.sub("", body)
    body = _MARKS_BEFORE_QUOTE.sub("", body.rstrip(" .,;:"))
    lead, rest_at, fronted = fronted_phrases(body)
    rest = body[rest_at:]
    sides: list[tuple[str, int, int, PartRole, bool]] = []
    core, side_parts = side_clauses(rest)
    subject_split = split_subject(core)
    subject = subject_split[0] if subject_split else None
    for verb, obj, s, e in fronted:  # "after visiting X, S warned" -> "S visited X"
        if subject and verb == "is":  # "As a member of X, she was ...": the main verb's tense
            verb = "was" if is_past(subject_split[1].split(" ", 1)[0]) else "is"
        if subject:
            # "roles in films such as A (1922)": the years are the works' own facts
            own, own_sides = side_clauses(f"{subject} {verb} {obj}")
            sides.append((own, s, e, "participle", True))
            sides += [(t, s, e, "appositive", False) for t, *_ in own_sides if "(" in obj]
    for text_, s, e, side_role, past in side_parts:
        sides.append((text_, rest_at + s, rest_at + e, side_role, past))
    span = (offset, offset + len(text.strip()))
    parts: list[Part] = []
    main_role: PartRole = role
    clauses = split_clauses(core)
    trailing = ""
    if MOVABLE_LEAD.match(lead):  # "In 2018, S V O" -> "S V O in 2018": a phrase like others
        trailing, lead = " " + lead[:1].lower() + lead[1:], ""
        # its "and" joins nothing of the clause: "throughout his long and distinguished career"
        trailing = trailing.replace(" and ", MASKED_AND)
    for clause in clauses:
        # "In May 1939, she gave birth, and the father's identity remains unknown": a state
        # said in the present is not of that date
        state = _present_state(clause)
        tail = "" if trailing and _DIGIT.search(trailing) and state else trailing
        own_lead = "" if lead and _DIGIT.search(lead) and state else lead
        items = distribute(clause + tail)
        # (not when the phrase is split off as an item of its own: one item more with it)
        if tail and len(items) > 1 and len(own := distribute(clause)) == len(items):
            # "Throughout their career, S released A and B": the phrase is not the last item's
            # alone ("B throughout their career is an album"); a year dates each of S's items
            first = clause.split(" ", 1)[0] + " "
            dated = _DIGIT.search(tail) is not None
            items = [i + tail if dated and i.startswith(first) else i for i in own]
        for item in items:
            if role == "main" and (len(clauses) > 1 or len(items) > 1):
                main_role = "item" if len(items) > 1 else "clause"
            item, named = close_appositive(item)
            parts.append(Part(_with_lead(own_lead, item), *span, main_role, attributed))
            if named:
                parts.append(Part(sentence_of(named), *span, "appositive", attributed))
    for text_, s, e, side_role, past in sides:
        if side_role == "participle" and subject is None:
            continue
        pieces = split_clauses(text_ + trailing if past else text_)
        for piece in (p for clause in pieces for p in distribute(clause)):
            claim = _with_lead(lead, piece) if past else sentence_of(piece)
            parts.append(Part(claim, offset + s, offset + e, side_role, attributed))
    return parts


_PRESENT_STATE = frozenset("is are remains remain continues continue lives live".split())


def _present_state(clause: str) -> bool:
    own = split_subject(clause)
    return own is not None and own[1].split(" ", 1)[0] in _PRESENT_STATE


def _with_lead(lead: str, clause: str) -> str:
    if not lead:
        return sentence_of(clause)
    first = clause.split(" ", 1)[0]
    if not (first[:1].isupper() and first not in {"The", "A", "An", "It", "He", "She"}):
        clause = clause[:1].lower() + clause[1:]
    return sentence_of(f"{lead}, {clause}")
