"""Who said it: split a sentence into its attribution frame and the reported content.

"According to X, C", "C, according to X", "“C,” X said ...", "“C,” said X, the mayor of Y"
(the speaker's description is kept for its side facts), "C, X said in a statement",
"X (has) said (that) C", "X say(s) C", "X told Y on DATE (that) C", and a belief reported the
same way ("Experts believe C"). A report of a report, "X said “C,” according to TASS", is X's:
TASS is the channel. The frame is verified as what it is (that X said C); the content C is kept
as a claim of its own, marked with the attribution (DESIGN.md). Verbs that characterise rather
than report ("described ... as", "accused ... of") give an attribution with no separate content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from claims.dates import find_dates
from claims.grammar import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    is_verb,
    name_before,
    verb_index,
)
from claims.model import Attribution

# Of the forms without "-s", only those that are seldom nouns: "say", not "state" or "report".
SPEECH_VERBS = (
    r"said|says?|told|tells?|warn(?:ed|s)?|announc(?:ed|es?)|confirm(?:ed|s)?|stated|states|"
    r"claimed|claims|wrote|writes?|added|adds|noted|notes|insist(?:ed|s)?|reported|reports|"
    r"denied|denies|deny|argu(?:ed|es?)|declar(?:ed|es?)|explain(?:ed|s)?|estimated|estimates|"
    r"believes?|thinks?(?!\s+tanks?)|fears?|suspects|cautioned|cautions|acknowledged|"
    r"conceded|stressed|emphasi[sz]ed"
)
# Verbs that always introduce what was said; the others ("announced the budget") need a clause.
_ALWAYS_REPORTS = (
    r"(?:said|says?|told|tells?|warn(?:ed|s)?|insist(?:ed|s)?|argu(?:ed|es?)|"
    r"stated|states|claimed|claims)$"
)
# A belief held now is reported like speech ("Experts believe C"), except one's own: "I think
# C" is the writer's opinion (`claims.checkworthy`). A past one ("Doctors thought she had a
# tumor") is a fact of the story, often a mistaken belief: its content is no claim.
_BELIEFS = re.compile(r"(?:believ|think|fear|suspect)")
_FIRST_PERSON = frozenset({"i", "we", "you"})
_NOT_IN_SPEAKER = frozenset("when if because while although whether".split())
CHARACTERISING_VERBS = "described|describes|accused|accuses|called|calls|praised|criticized"
_ADVERB = r"(?:(?:also|repeatedly|recently|previously|later|earlier|publicly|again)\s+)?"
_AUX = r"(?:(?:has|have|had)\s+)?"
# (the speaker may have a description: "According to IG Metall, the union that represents
# the workers, C")
_ACCORDING_FRONT = re.compile(
    r"^According to (?P<speaker>[^,]+(?:,\s(?:the|a|an)\s[^,]+(?=,\s(?:the|a|an|[A-Z])))?),"
    r"\s+(?P<content>.+)$"
)
_ACCORDING_BACK = re.compile(r"^(?P<content>.+?),\s+according to (?P<speaker>[^,]+?)\.?$")
_QUOTE = r"(?:“[^”]+[,.?!]”|\"[^\"]+[,.?!]\")"  # a quote that ends where the frame begins
# "“C,” X said ...": the quote first, a short frame after it.
_QUOTE_FIRST = re.compile(
    rf"^(?P<content>.*{_QUOTE})\s+(?P<speaker>[^,“”\"]{{1,80}}?)\s+{_AUX}{_ADVERB}"
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^“”\"]*)$"
)
# "“C,” said Maria Lopez, the mayor ..." / "“C,” said the ministry in a statement": the speaker
# after the verb, up to its description (", the mayor") or a phrase of place or time
_SPEAKER_AFTER = re.compile(
    rf"^(?P<content>.*{_QUOTE})\s+(?P<verb>said|says|added|adds|wrote|writes|noted|warned|"
    r"explained|insisted|argued|stated|claimed)\s+(?P<speaker>[^,“”\"]{1,80}?)"
    r"(?P<rest>(?:,\s|\s(?:in|on|at|during|after|before|from|last|this|yesterday|today)\s)"
    r"[^“”\"]*)?\.?$"
)
# "C, the ministry said in a statement."
_FRAME_LAST = re.compile(
    rf"^(?P<content>.+),\s+(?P<speaker>(?:[\w.’'-]+\s){{0,8}}?[\w.’'-]+)\s+{_AUX}{_ADVERB}"
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^,“”]{{0,90}})$"
)
# "C, official results showed on Monday": records, not a person, report C
_DATA_LAST = re.compile(
    r"^(?P<content>.+),\s+(?P<speaker>(?:[\w.’'-]+\s){0,4}?(?:results|data|figures|records|"
    r"statistics|polls?|surveys?|documents|filings|estimates))\s+(?P<verb>showed|shows|show)\b"
    r"(?P<rest>[^,“”]{0,60})$"
)
# "X (has) said (that) C" / "X told TASS on Jan. 13 that C"
_FRAME_FIRST = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b"
    # (or before the content's own subject: "told reporters the firm expects ...")
    r"(?P<told>(?:(?<=told)|(?<=tells)|(?<=tell))\s+(?:[^,“”]+?(?=\s+that\b)"
    r"|[^,“”]{1,25}?(?=\s+(?:the|it|he|she|they|we)\s)))?"
    # "said on Tuesday that C": when it was said, before "that"
    # (or before the content's own subject: "said on Tuesday it would cut 4,000 jobs")
    r"(?P<when>\s+(?:on|in|last|this|earlier|late)\s[^,“”]{1,40}?"
    r"(?=\s+(?:that|the|it|he|she|they|we|its|his|her|their)\s))?"
    r"(?:\s+that\b)?\s+(?P<content>.+)$"
)
_SPEAKER_RELATIVE = re.compile(r"(?<=[a-z])\s(?:that|who)\s(?=[a-z]+s\s)")
_THAT_END = re.compile(r"\sthat\s+$")  # "confirmed that C": a report, whatever C is
_SPEECH_WORD = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b")
# "X said “C,” according to TASS": the report of a report, TASS its channel
_ACCORDING_TAIL = re.compile(
    r"(?:,(?P<inside>[”\"])|(?P<outside>[”\"])?,)\s+according to (?P<source>[^,“”\"]+?)\.?$"
)
_CHANNEL = re.compile(
    r"\b(?:told|tells?) (?P<told>[^,.;]+?)(?=\s+on\b|\s+in\b|\s+that\b|[,.;]|$)|"
    r"\bin an? (?P<in>(?:[\w.’'-]+\s){0,4}?(?:statement|interview|post|briefing|"
    r"press conference|video|tweet|speech|address|op-ed|letter)(?:\s+on\s+[^,.;]+)?)",
)
_STRIP_ADVERBS = re.compile(
    r"(?:^|\s+)\b(?:also|repeatedly|recently|previously|later|just|has|have|had)$"
)


@dataclass(frozen=True)
class AttributionSplit:
    speaker: str
    content_start: int | None  # span of the reported content in the sentence, when there is one
    content_end: int | None
    frame: str  # the sentence without the content: where channel and date are looked up
    characterising: bool = False
    channel: str | None = None  # when the sentence names it apart from the frame ("according to")
    # "“C,” said Maria Lopez, the mayor of X": the span of the speaker named after the verb and
    # of its description, where the speaker's side facts are found
    described: tuple[int, int] | None = None
    # "A, but regulators said C": where the clause A ends and where the frame's clause starts
    lead_end: int = 0
    frame_start: int = 0


def split_attribution(sentence: str) -> AttributionSplit | None:
    """The attribution frame and the span of the reported content, or None."""
    body = sentence.rstrip()
    tail = _ACCORDING_TAIL.search(body) if "according to" in body else None
    if tail and (relayed := _relayed(body, tail)):
        return relayed
    if m := _ACCORDING_FRONT.match(body):
        return _split(m, body, "content")
    if m := _ACCORDING_BACK.match(body):
        return _split(m, body, "content")
    if (m := _QUOTE_FIRST.match(body)) and not _own_belief(m.group("speaker"), m.group("verb")):
        return _split(m, body, "content")
    if (
        ("”" in body or '"' in body)
        and (m := _SPEAKER_AFTER.match(body))
        and _plausible_speaker(m.group("speaker"))
    ):
        return replace(_split(m, body, "content"), described=(m.start("speaker"), len(body)))
    if (m := _FRAME_LAST.match(body)) and _reported_last(m):
        return _split(m, body, "content")
    if " show" in body and (m := _DATA_LAST.match(body)) and _is_clause(m.group("content")):
        return _split(m, body, "content")  # "C, official results showed on Monday."
    for verb in _SPEECH_WORD.finditer(body):
        # every verb is tried: "The report says C" is no report by "The", but one by the report
        m = _FRAME_FIRST.match(body, verb.start())
        if m is None:
            continue
        speaker = speaker_before(body[: m.start()], body[m.start() :])
        if speaker is None or _own_belief(speaker, m.group("verb")):
            continue
        if m.group("verb") == "called" and speaker.split(" ", 1)[0].lower() in {"a", "an"}:
            continue  # "an intravenous infusion called Zulresso": a name, no characterisation
        if re.match(CHARACTERISING_VERBS, m.group("verb")):
            return AttributionSplit(speaker, None, None, body, characterising=True)
        split = _split(m, body, "content", speaker=speaker)
        content = body[split.content_start : split.content_end]
        if re.match(r"(?:and|or|but)\s", content) or content.split(" ", 1)[0] in PREPOSITIONS:
            continue  # "wrote and directed films", "fears of an advance": not a report
        # "announced the budget" is an event, not a report: the content must be a clause
        reports = re.match(_ALWAYS_REPORTS, m.group("verb")) is not None
        if len(content) > 12 and (
            reports or _THAT_END.search(body, 0, m.start("content")) or _is_clause(content, True)
        ):
            return split
    return _in_later_clause(body)


# ", but regulators said C": a report in a sentence's second clause
_LATER_CLAUSE = re.compile(r",\s+(?:but|and|while|yet|whereas)\s+(?=[a-z])")


def _in_later_clause(body: str) -> AttributionSplit | None:
    """ "The companies had offered to sell 579 stores, but regulators said the buyer lacked
    experience": the report is the second clause's, its frame starts there."""
    for clause in _LATER_CLAUSE.finditer(body):
        if not _SPEECH_WORD.search(body, clause.end()):
            return None
        inner = split_attribution(body[clause.end() :])
        if inner is None or inner.characterising or inner.content_start is None:
            continue
        at = clause.end()
        described = (inner.described[0] + at, inner.described[1] + at) if inner.described else None
        return replace(
            inner,
            content_start=inner.content_start + at,
            content_end=(inner.content_end or 0) + at,
            described=described,
            lead_end=clause.start(),
            frame_start=at,
        )
    return None


def _split(m: re.Match[str], body: str, group: str, speaker: str | None = None) -> AttributionSplit:
    start, end = m.span(group)
    # a quoted content loses its quote marks and the comma before the closing one
    while end > start and body[end - 1] in '”"’,. ':
        end -= 1
    while start < end and body[start] in '“"‘ ':
        start += 1
    if body.count("“", start, end) > body.count("”", start, end) and body[start - 1] != "“":
        end = body.index("”", end) + 1  # keep the closing mark of a quote inside the content
    elif body.count('"', start, end) % 2 == 1 and re.fullmatch(r'[.,!?]*"[\s.]*', body[end:]):
        end = body.index('"', end) + 1  # the same for a straight quote that ends the sentence
    frame = body[: m.start(group)] + body[m.end(group) :]
    who = speaker or speaker_before(m.group("speaker") + " ") or m.group("speaker")
    return AttributionSplit(who.strip(), start, end, frame)


def _relayed(body: str, tail: re.Match[str]) -> AttributionSplit | None:
    """ "Officials said “C,” according to TASS": the speaker's report, with TASS as channel."""
    quote = tail.group("inside") or tail.group("outside") or ""
    inner = split_attribution(body[: tail.start()] + quote + ".")
    if inner is None or inner.characterising or inner.content_start is None:
        return None  # "C, according to TASS": TASS is the speaker (`_ACCORDING_BACK`)
    frame = inner.frame.rstrip(" .") + body[tail.start() :]
    return replace(inner, frame=frame, channel=tail.group("source").strip())


def _own_belief(speaker: str, verb: str) -> bool:
    """ "I think C", "Well, we believe C": an opinion in the speaker's own voice."""
    words = speaker.split()
    return bool(words) and words[-1].lower() in _FIRST_PERSON and bool(_BELIEFS.match(verb))


def _reported_last(m: re.Match[str]) -> bool:
    """ "C, the ministry said in a statement": a frame after the content, not a lead phrase
    before a frame that opens the clause ("In Minsk, officials said C", "Well, I think C")."""
    speaker, verb = m.group("speaker"), m.group("verb")
    if not _plausible_speaker(speaker) or _own_belief(speaker, verb):
        return False
    return _is_clause(m.group("content")) or not _is_clause(m.group("rest").strip())


def _is_clause(text: str, short: bool = False) -> bool:
    """ "the drills are routine", not "the report, and it was published" (an object, then a
    clause of its own) nor "everything he stands for" (a noun and its relative clause). A
    `short` subject has no phrase but "of": "reported net income of $214 million for the
    three months ended Sept. 30" is an object and a participle, not a clause."""
    tokens = text.replace("“", "").replace("”", "").split(" ")
    i = verb_index(tokens)
    if i is None or any(t.endswith(",") for t in tokens[:i]):
        return False
    if short and (i > 6 or any(t in PREPOSITIONS - {"of"} for t in tokens[:i])):
        return False
    if tokens[i - 1].lower() in {"and", "or", "but"}:
        return False  # "declared a state of emergency and asked ...": an object, then a verb
    return i == 1 or tokens[i - 1].lower() not in PRONOUN_SUBJECTS


def _plausible_speaker(text: str) -> bool:
    words = text.split()
    if not words or words[0].lower() in {"and", "but", "or", "which", "who", "that", "it"}:
        return False
    return not any(is_verb(w) for w in words) and not _no_speaker(words)


def _no_speaker(words: list[str]) -> bool:
    """Words before a speech verb that say no one is reporting anything: "declined to say",
    "won't say", "they’ll say", "let me tell you", "when you say"."""
    last = words[-1].lower().replace("’", "'")
    return (
        last in PREPOSITIONS | DETERMINERS | OBJECT_PRONOUNS
        or last.endswith(("'ll", "'d", "n't"))
        or any(w.lower() in _NOT_IN_SPEAKER for w in words)
    )


# the verbs after which "It" is a speaker: "It added that", not "It claims the lives of"
_IT_SPEAKS = re.compile(r"\s*(?:also\s+)?(?:said|added|noted|stated|warned|estimated|announced)\b")


def speaker_before(prefix: str, following: str = "") -> str | None:
    """The subject before a speech verb: after the last clause break, else the sentence head.
    `following`: the text after `prefix`, from the verb on."""
    prefix = prefix.rstrip()
    clause = re.split(r"[,;:”\"]\s*", prefix)
    candidate = clause[-1].strip() if clause else ""
    for _ in range(2):
        candidate = _STRIP_ADVERBS.sub("", candidate).strip()
    if not candidate and len(clause) > 1:
        candidate = clause[0].strip()  # "Pavel Muraveiko, a ... official, has said"
        named = clause[1].strip()
        if len(clause) > 2 and name_before(named) == named and name_before(candidate) != candidate:
            candidate = named  # "Acme's chief executive, Jane Doe, said": the name is the speaker
    words = candidate.split()
    if not words or len(words) > 9 or not re.search(r"[A-Za-z]", candidate):
        return None
    # "The union that represents the workers": the verbs of a relative clause are the speaker's
    head = _SPEAKER_RELATIVE.split(candidate, maxsplit=1)[0].split()
    if words[-1].lower() in DETERMINERS or any(is_verb(w) for w in head):
        return None  # "He became a noted advocate": not a speaker before a speech verb
    if words == ["It"] and _IT_SPEAKS.match(following):
        return "It"  # "It added that ...": the organisation that spoke before (`claims.extract`)
    if words[0].lower() in {"that", "which", "who", "it", "this", "and", "but"}:
        return None
    if len(words) > 2 and words[-2].lower() in {"that", "which", "who"}:
        return None  # "The group that he said was responsible": "he" said it
    if words[0].lower() in {"last", "on", "in"} and len(clause) == 1:
        return None
    return None if _no_speaker(words) else candidate


def find_attribution(sentence: str, reference: date | None = None) -> Attribution | None:
    """Who said it, where and when: "according to X", "X said", "X told Y on DATE"."""
    split = split_attribution(sentence)
    if split is None:
        return None
    return attribution_of(split, reference)


def attribution_of(split: AttributionSplit, reference: date | None = None) -> Attribution:
    channel = split.channel
    if channel is None and (c := _CHANNEL.search(split.frame)):
        channel = (c.group("told") or c.group("in") or "").strip()
        for found in find_dates(channel, reference):  # "a Jan. 15 statement" -> "statement"
            channel = channel.replace(found.text, "")
        channel = re.sub(r"\s+", " ", channel).strip() or None
    dates = find_dates(split.frame, reference)
    return Attribution(
        speaker=split.speaker, channel=channel, date=dates[0].value if dates else None
    )
