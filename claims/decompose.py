"""A sentence -> its atomic parts, each a full sentence with its span in the sentence.

Constructions split, in this order:
- attribution: "According to X, C" / "X said C" / "“C,” X said": the frame is one part
  (`attribution`), the content C is decomposed on its own and marked `attributed`;
- fronted phrases: discourse markers ("More specifically", "However", "Overall") and
  concessives ("despite ...") are dropped; "In addition to his acting career" becomes "S has
  an acting career"; a time phrase ("On Jan. 11", "Last week") is kept and prefixed to every
  main part and to past-tense side parts, except a bare year or a scene ("In 2018", "Off the
  field", "After the war"), which moves after the clause and is split off like any other
  phrase; "after visiting X" becomes "S visited X"; "As a member of X" becomes "S is a member
  of X" and "Having over 3,000 animals" "S has over 3,000 animals";
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
("Feb. 19, 2022") and places ("Minsk, Belarus") are masked first so that
they never end a clause. Everything here is string logic over one sentence: no article context
(see claims/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from claims.attribution import AttributionSplit, split_attribution
from claims.context import COUNTRIES
from claims.coordinate import distribute, split_clauses
from claims.grammar import (
    DETERMINERS,
    ING_NOUN_HEADS,
    POSSESSIVES,
    PRONOUN_SUBJECTS,
    article_for,
    inside_quote,
    is_past,
    is_verb,
    past_of,
    past_of_base,
    sentence_of,
    split_subject,
    verb_index,
)
from claims.modifiers import close_appositive
from claims.sides import side_clauses

US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming England Scotland Wales DC
D.C. Ontario Quebec Bavaria Catalonia Queensland Victoria Tasmania""".split()
PLACES = sorted(
    {*COUNTRIES, *US_STATES, "New York", "New Jersey", "New Mexico", "North Carolina",
     "South Carolina", "North Dakota", "South Dakota", "New Hampshire", "Rhode Island",
     "West Virginia", "British Columbia", "New South Wales", "Northern Ireland"},
    key=len,
)[::-1]  # fmt: skip

_COUNTRY_NAMES = frozenset(COUNTRIES)
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


_DISCOURSE = re.compile(
    r"^(?:More specifically|Specifically|Nevertheless|Nonetheless|However|Meanwhile|Moreover|"
    r"Furthermore|In addition|Overall|All in all|In summary|In conclusion|"
    r"Additionally|Still|Also|Yet|But|And|Instead|Indeed|Separately|"
    r"In turn|As a result|Thus|Therefore)\b,?\s+"
)
_CONCESSIVE = re.compile(r"^(?:despite|in spite of|although|though)\s+(?P<what>having\s+)?", re.I)
_CONCESSIVE_PHRASE = re.compile(r"^(?:despite|in spite of|although|though)\b[^,]+,\s+", re.I)
_IN_ADDITION = re.compile(
    r"^(?:In addition to|Besides|Apart from|Aside from)\s+(?P<what>[^,“”]+),\s+(?=\S)"
)
_POSSESSED = re.compile(r"^(?:his|her|their|its)\s+(?P<noun>(?:[a-z-]+\s){0,2}[a-z-]+)$")
_AFTER_ING = re.compile(r"^(?:after|before|while)\s+(?P<ing>[a-z]+ing)\s+(?P<obj>[^,]+),\s+", re.I)
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
_COMMA = "\ue000"  # a private-use character: stands for a comma that separates nothing
_AND = "\ue001"  # the same for " and " inside a phrase moved to the clause's end
_MASKED_COMMA = re.compile(
    r"(\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{1,2}|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s\d{1,2}(?:st|nd|rd|th)?)"
    r"(,)(\s\d{4})|(\b(?:in|of|at|near|outside|from|to)\s(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*)"
    r"(,)(\s(?:" + "|".join(PLACES) + r")\b)"
)
# a comma before a closing quote: "the film “Jojo Rabbit,” a satirical comedy" -> after it
_TITLE_COMMA = re.compile(r",([\"”])(?=\s)")


def _comma_after_quote(m: re.Match[str]) -> str:
    """',"' -> '",' when the quote closes a title (an odd count of straight quotes to it)."""
    closing = m.group(1) == "”" or m.string.count('"', 0, m.start()) % 2 == 1
    opening = m.string.rfind("“" if m.group(1) == "”" else '"', 0, m.start())
    quoted = m.string[opening + 1 : m.start()]
    if (
        not closing
        or opening < 0
        or len(quoted.split()) > 8  # a quotation, not a title
        or not (quoted[:1].isupper() or quoted[:1].isdigit())
        or _SPEECH_AFTER.match(m.string, m.end())
    ):
        return m.group(0)  # “... prepare aviation,” Muraveyko said: a quotation's own comma
    return f"{m.group(1)},"


_SPEECH_AFTER = re.compile(
    r"\s+(?:[\w.’'-]+\s){0,4}?(?:said|says|say|told|tells|added|adds|wrote|writes|asked|"
    r"explained|noted|stated|according)\b"
)


_AS_ROLE = re.compile(
    r"^As\s+(?P<role>(?:(?:a|an|the)\s+[^,“”]{2,60}|[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)),\s+"
)
_HAVING = re.compile(r"^Having\s+(?P<what>(?:[^,“”]|,(?=\d)){3,80}),\s+")
_BORN_LEAD = re.compile(r"^(Born|Raised|Educated|Based)\s+")
_LEAD = re.compile(
    r"^(?P<lead>(?:On|In|Since|By|Until|Last|Late|Early|This|Soon|Shortly|One|Two|Three|Four|"
    r"Five|Six|Seven|Eight|Nine|Ten|A|An|Earlier|Later|Yesterday|Today|Between|During|From|At|"
    r"After|Before|Throughout|Within|Next|The|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b[^,“”()]{0,60}?),\s+"
)
_MOVABLE_LEAD = re.compile(
    r"^(?:In|By|During|Throughout)\s(?:the\s)?\d{4}s?$|^(?:During|Throughout|After|Following|"
    r"Off|Outside|At|Prior to|Under|In|Over|Across|Upon)\s(?!.*\b(?:last|next|this|ago|earlier|"
    r"later|week|month|"
    r"yesterday|today|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)).+$"
)
_SCENE = re.compile(
    r"^(?P<lead>(?:During|Throughout|After|Following|Off|Outside|At|Prior to|Under|In|Over|Across|"
    r"Upon)\s"
    r"[^,“”()]{2,60}?),\s+"
)
_TEMPORAL = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|1[6-9]\d\d|20\d\d|day|days|week|"
    r"weeks|month|months|year|years|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|afterwards?|later|earlier|ago)\b",
    re.I,
)


def decompose(
    sentence: str, reported: tuple[str, AttributionSplit | None] | None = None
) -> list[Part]:
    """The atomic parts of one sentence, in reading order, without repeats; `reported` is a
    text and its `reported_split`, not read again when the sentence is read as that text."""
    parts: list[Part] = []
    seen: set[str] = set()
    for part in _decompose(_mask(sentence.strip()), reported):
        text = part.text.replace(_COMMA, ",").replace(_AND, " and ")
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


def _mask(sentence: str) -> str:
    """Commas inside dates and "Place, Country" are no clause breaks: hide them (same length).
    In a list of quoted titles ("Oye Como Va," "Smooth") the comma moves after the quote."""
    if "," not in sentence:
        return sentence
    sentence = _TITLE_COMMA.sub(_comma_after_quote, sentence)
    return _MASKED_COMMA.sub(_masked, sentence)


def _masked(m: re.Match[str]) -> str:
    # "in France, Italy and Germany": a list of countries, not a place and its country
    if m.group(4) and m.group(4).split(" ", 1)[1] in _COUNTRY_NAMES:
        return m.group(0)
    return (m.group(1) or m.group(4)) + _COMMA + (m.group(3) or m.group(6))


# "C, officials said, as D": a frame inside the sentence, a clause of the writer's after it
_MIDDLE_FRAME = re.compile(
    r",\s(?P<frame>(?:[\w.’'-]+\s){1,5}?(?:said|says|added|showed)(?:\s(?:on|in)\s[\w.]+)?),\s"
    r"(?P<conj>as|while|after|when|because|before|since|but|and|with)\s(?=[a-z])"
)


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
    frame_text = _DISCOURSE.sub("", sentence[at:], count=1)
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
    if m and words[0] not in DETERMINERS and not any(map(is_verb, words)):
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
    lead, rest_at, fronted = _fronted(body)
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
    if _MOVABLE_LEAD.match(lead):  # "In 2018, S V O" -> "S V O in 2018": a phrase like others
        trailing, lead = " " + lead[:1].lower() + lead[1:], ""
        # its "and" joins nothing of the clause: "throughout his long and distinguished career"
        trailing = trailing.replace(" and ", _AND)
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


def _fronted(body: str) -> tuple[str, int, list[tuple[str, str, int, int]]]:
    """(time phrase kept, where the rest starts, "after V-ing X" phrases)."""
    at, lead = 0, ""
    fronted: list[tuple[str, str, int, int]] = []
    for _ in range(4):
        rest = body[at:]
        if m := _IN_ADDITION.match(rest):
            # "In addition to his acting career, S ..." -> "S has an acting career"
            if (own := _POSSESSED.match(m.group("what"))) and not own.group("noun").endswith("ing"):
                noun = own.group("noun")
                article = article_for(noun)
                fronted.append(("has", f"{article} {noun}", at, at + m.end()))
            at += m.end()
        elif (m := _CONCESSIVE.match(rest)) and (end := _subject_after(rest, m.start("what"))):
            # "Despite having starring roles in films such as A (1922), B, and C, she felt":
            # the phrase runs to the clause, and what she had is a fact ("She had starring ...")
            if (what := m.group("what")) and (main := split_subject(rest[end:])):
                verb = "had" if is_past(main[1].split(" ", 1)[0]) else "has"
                fronted.append((verb, rest[m.end() : end].rstrip(" ,"), at, at + end))
            at += end
        elif m := _DISCOURSE.match(rest) or _CONCESSIVE_PHRASE.match(rest):
            at += m.end()
        elif m := _AFTER_ING.match(rest):
            fronted.append((past_of(m.group("ing")), m.group("obj"), at, at + m.end()))
            at += m.end()
        elif (m := _AS_ROLE.match(rest)) and _clause_at(rest[m.end() :]):
            # "As a member of the House of Lords, she ..." -> "She is a member of ..."
            fronted.append(("is", m.group("role"), at, at + m.end()))
            at += m.end()
        elif (m := _HAVING.match(rest)) and _clause_at(rest[m.end() :]):
            # "Having over 3,000 animals, the zoo ..." -> "The zoo has over 3,000 animals"
            what = m.group("what")
            verb = "had" if is_past(what.split(" ", 1)[0]) else "has"
            fronted.append((verb, what, at, at + m.end()))
            at += m.end()
        elif (m := _BORN_LEAD.match(rest)) and (end := _subject_after(rest, m.end())):
            verb = "was " + m.group(1).lower()
            fronted.append((verb, rest[m.end() : end].rstrip(" ,"), at, at + end))
            at += end
        elif (m := _LEAD.match(rest)) and not lead and _TEMPORAL.search(m.group("lead")):
            if _clause_in_lead(m.group("lead")):
                break  # a clause, not a phrase
            lead = m.group("lead")
            at += m.end()
        elif (m := _SCENE.match(rest)) and not lead and _subject_after(rest, m.end() - 2):
            if _clause_in_lead(m.group("lead")):
                break
            lead = m.group("lead")  # "Off the field, S ...": moved after the clause
            at += m.end()
        else:
            break
    return lead, at, fronted


def _clause_in_lead(lead: str) -> bool:
    """Whether a fronted phrase holds a verb, so is a clause; "-ed" words after a possessive or
    a determiner describe its noun ("Throughout his long and distinguished career")."""
    tokens = lead.split(" ")
    i = verb_index(tokens)
    if i is None:
        return False
    owned = len(tokens) > 1 and tokens[1].lower() in DETERMINERS | POSSESSIVES
    return not (owned and tokens[i].endswith("ed") and tokens[-1][:1].islower())


def _clause_at(text: str) -> bool:
    """Whether `text` opens with a clause's subject: "she is", "Teresa is", "the zoo has"."""
    own = split_subject(text)
    if own is None or len(own[0].split()) > 5:
        return False
    first = own[0].split(" ", 1)[0]
    return first.lower() in PRONOUN_SUBJECTS | DETERMINERS or first[:1].isupper()


def _subject_after(text: str, start: int) -> int | None:
    """Where the clause after a fronted participle phrase starts ("Born in X, in 1947, he")."""
    for m in re.finditer(r",\s+", text[start:]):
        rest = text[start + m.end() :]
        first = rest.split(" ", 1)[0]
        own = split_subject(rest)
        if first.lower() in PRONOUN_SUBJECTS or (
            own and own[0][:1].isupper() and len(own[0].split()) <= 4
        ):
            return start + m.end()
    return None
