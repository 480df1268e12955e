"""Who said it: split a sentence into its attribution frame and the reported content.

"According to X, C", "C, according to X", "“C,” X said ...", "C, X said in a statement",
"X (has) said (that) C", "X told Y on DATE (that) C". The frame is verified as what it is (that
X said C); the content C is kept as a claim of its own, marked with the attribution (DESIGN.md).
Verbs that characterise rather than report ("described ... as", "accused ... of") give an
attribution with no separate content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claims.dates import find_dates
from claims.grammar import DETERMINERS, is_verb, verb_index
from claims.model import Attribution

SPEECH_VERBS = (
    "said|says|told|tells|warned|warns|announced|announces|confirmed|confirms|stated|states|"
    "claimed|claims|wrote|writes|added|adds|noted|notes|insisted|insists|reported|reports|"
    "denied|denies|argued|argues|declared|declares|explained|explains|estimated|estimates"
)
# Verbs that always introduce what was said; the others ("announced the budget") need a clause.
_ALWAYS_REPORTS = (
    r"(?:said|says|told|tells|warned|warns|added|adds|insisted|insists|argued|argues|stated|"
    r"states|claimed|claims)$"
)
CHARACTERISING_VERBS = "described|describes|accused|accuses|called|calls|praised|criticized"
_ADVERB = r"(?:(?:also|repeatedly|recently|previously|later|earlier|publicly|again)\s+)?"
_AUX = r"(?:(?:has|have|had)\s+)?"
_ACCORDING_FRONT = re.compile(r"^According to (?P<speaker>[^,]+),\s+(?P<content>.+)$")
_ACCORDING_BACK = re.compile(r"^(?P<content>.+?),\s+according to (?P<speaker>[^,]+?)\.?$")
# "“C,” X said ...": the quote first, a short frame after it.
_QUOTE_FIRST = re.compile(
    rf"^(?P<content>.*“[^”]+[,.?!]”)\s+(?P<speaker>[^,“”]{{1,80}}?)\s+{_AUX}{_ADVERB}"
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^“”]*)$"
)
# "C, the ministry said in a statement."
_FRAME_LAST = re.compile(
    rf"^(?P<content>.+),\s+(?P<speaker>(?:[\w.’'-]+\s){{0,8}}?[\w.’'-]+)\s+{_AUX}{_ADVERB}"
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^,“”]{{0,90}})$"
)
# "X (has) said (that) C" / "X told TASS on Jan. 13 that C"
_FRAME_FIRST = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b(?P<told>(?<=told)\s+[^,“”]+?"
    r"(?=\s+that\b))?(?:\s+that\b)?\s+(?P<content>.+)$"
)
_CHANNEL = re.compile(
    r"\btold (?P<told>[^,.;]+?)(?=\s+on\b|\s+in\b|\s+that\b|[,.;]|$)|"
    r"\bin an? (?P<in>(?:[\w.’'-]+\s){0,4}?(?:statement|interview|post|briefing|"
    r"press conference|video|tweet|speech|address|op-ed|letter)(?:\s+on\s+[^,.;]+)?)",
)
_STRIP_ADVERBS = re.compile(
    r"(?:^|\s+)\b(?:also|repeatedly|recently|previously|later|has|have|had)$"
)


@dataclass(frozen=True)
class AttributionSplit:
    speaker: str
    content_start: int | None  # span of the reported content in the sentence, when there is one
    content_end: int | None
    frame: str  # the sentence without the content: where channel and date are looked up
    characterising: bool = False


def split_attribution(sentence: str) -> AttributionSplit | None:
    """The attribution frame and the span of the reported content, or None."""
    body = sentence.rstrip()
    if m := _ACCORDING_FRONT.match(body):
        return _split(m, body, "content")
    if m := _ACCORDING_BACK.match(body):
        return _split(m, body, "content")
    if m := _QUOTE_FIRST.match(body):
        return _split(m, body, "content")
    if (m := _FRAME_LAST.match(body)) and _plausible_speaker(m.group("speaker")):
        return _split(m, body, "content")
    for m in _FRAME_FIRST.finditer(body):
        speaker = speaker_before(body[: m.start()])
        if speaker is None:
            continue
        if re.match(CHARACTERISING_VERBS, m.group("verb")):
            return AttributionSplit(speaker, None, None, body, characterising=True)
        split = _split(m, body, "content", speaker=speaker)
        content = body[split.content_start : split.content_end]
        if re.match(r"(?:and|or|but)\s", content):
            continue  # "wrote and directed films": a second verb, not a report
        # "announced the budget" is an event, not a report: the content must be a clause
        reports = re.match(_ALWAYS_REPORTS, m.group("verb")) is not None
        if len(content) > 12 and (
            reports or m.group(0).rstrip().endswith(" that") or _is_clause(content)
        ):
            return split
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


def _is_clause(text: str) -> bool:
    return verb_index(text.replace("“", "").replace("”", "").split(" ")) is not None


def _plausible_speaker(text: str) -> bool:
    words = text.split()
    if not words or words[0].lower() in {"and", "but", "or", "which", "who", "that", "it"}:
        return False
    return not any(is_verb(w) for w in words)


def speaker_before(prefix: str) -> str | None:
    """The subject before a speech verb: after the last clause break, else the sentence head."""
    prefix = prefix.rstrip()
    clause = re.split(r"[,;:”\"]\s*", prefix)
    candidate = clause[-1].strip() if clause else ""
    for _ in range(2):
        candidate = _STRIP_ADVERBS.sub("", candidate).strip()
    if not candidate and len(clause) > 1:
        candidate = clause[0].strip()  # "Pavel Muraveiko, a ... official, has said"
    words = candidate.split()
    if not words or len(words) > 9 or not re.search(r"[A-Za-z]", candidate):
        return None
    if words[-1].lower() in DETERMINERS or any(is_verb(w) for w in words[1:]):
        return None  # "He became a noted advocate": not a speaker before a speech verb
    if words[0].lower() in {"that", "which", "who", "it", "this", "and", "but"}:
        return None
    if words[0].lower() in {"last", "on", "in"} and len(clause) == 1:
        return None
    return candidate


def find_attribution(sentence: str, reference: date | None = None) -> Attribution | None:
    """Who said it, where and when: "according to X", "X said", "X told Y on DATE"."""
    split = split_attribution(sentence)
    if split is None:
        return None
    return attribution_of(split, reference)


def attribution_of(split: AttributionSplit, reference: date | None = None) -> Attribution:
    channel = None
    if c := _CHANNEL.search(split.frame):
        channel = (c.group("told") or c.group("in") or "").strip()
        for found in find_dates(channel, reference):  # "a Jan. 15 statement" -> "statement"
            channel = channel.replace(found.text, "")
        channel = re.sub(r"\s+", " ", channel).strip() or None
    dates = find_dates(split.frame, reference)
    return Attribution(
        speaker=split.speaker, channel=channel, date=dates[0].value if dates else None
    )
