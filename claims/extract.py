"""Sentences -> claims, behind one pluggable interface.

`extract_claims(article, extractor="rules")` is what flows call. The `rules` extractor is
deterministic and offline: one claim per body sentence and per caption, with its span, slots
(entities, quantities, dates), attribution and check-worthiness. Bylines, headings, credits and
editorial notes never become claims.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date

from claims.dates import find_dates, to_date
from claims.errors import ConfigError
from claims.ingest import CAPTION_CREDIT
from claims.model import Article, Attribution, Claim, ClaimKind, DateMention, Quantity
from claims.quantities import find_quantities
from claims.segment import split_sentences

Extractor = Callable[[Article], list[Claim]]

# Editorial notes about the reporting itself are not claims about the world.
_EDITORIAL_NOTE = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:not\s+)?(?:unable|able)\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm)|\bcould not (?:be )?(?:independently )?"
    r"(?:verif|confirm)|\bhas not (?:been )?independently (?:verified|confirmed)|"
    r"\bdid not (?:immediately )?respond to (?:a )?requests? for comment|"
    r"\bthis (?:article|story|report) (?:has been|was) (?:updated|corrected)",
    re.IGNORECASE,
)
# Hedges, predictions and speculation in the sentence's own voice.
_HEDGES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\bwill (?:likely|probably|possibly)\b|\bis (?:likely|unlikely) to\b|"
            r"\bare (?:likely|unlikely) to\b",
            re.I,
        ),
        "prediction",
    ),
    (re.compile(r"\b(?:could|might|may)\b(?! (?:not )?have been\b)"), "speculation"),
    (re.compile(r"\bwould\b"), "speculation"),
    (re.compile(r"\b(?:is|are|was|were) expected to\b|\bwill\b", re.I), "prediction"),
    (re.compile(r"\b(?:possibly|perhaps|probably|presumably|allegedly)\b", re.I), "hedged"),
    (re.compile(r"\b(?:should|must|ought to)\b", re.I), "opinion"),
    (re.compile(r"\b(?:I|we) (?:think|believe|feel)\b", re.I), "opinion"),
]
# Parts of a sentence that do not carry its own voice: relative clauses and reported content.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|where|whose|when)\b[^,]*(?:,|$)")
_REPORTED = re.compile(
    r"\b(?:said|says|warned|told [^,.]+?|concerns?|fears?|warnings?|suggested|believes?|"
    r"stated|claimed|announced|insisted|argued|confirmed)\s+that\b.*$"
)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")

SPEECH_VERBS = (
    "said|says|told|tells|warned|warns|announced|announces|confirmed|confirms|stated|states|"
    "claimed|claims|wrote|writes|added|adds|noted|notes|described|describes|accused|accuses|"
    "insisted|insists|reported|reports|denied|denies|argued|argues|declared|declares"
)
_SPEECH = re.compile(
    rf"(?:\b(?:has|have|had)\s+)?(?:\b(?:also|repeatedly|recently|previously|later)\s+)?"
    rf"\b(?P<verb>{SPEECH_VERBS})\b"
)
_ACCORDING_TO = re.compile(r"\baccording to (?P<speaker>[^,.;]+)", re.I)
_CHANNEL = re.compile(
    r"\btold (?P<told>[^,.;]+?)(?=\s+on\b|\s+in\b|\s+that\b|[,.;]|$)|"
    r"\bin an? (?P<in>(?:[\w.’'-]+\s){0,4}?(?:statement|interview|post|briefing|"
    r"press conference|video|tweet|speech|address|op-ed|letter)(?:\s+on\s+[^,.;]+)?)",
)
_ADVERBS = re.compile(r"\s+\b(?:also|repeatedly|recently|previously|later|has|have|had)$")
_ENTITY = re.compile(
    r"(?:(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Pres|Prof|St)\.\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of|the|de|for)?\s*[A-Z][\w’'-]*)*"
)
_NOT_ENTITY = frozenset(
    """A An The This That These Those It Its He She They We I In On At But And Or Yet However
    According Since Under Last Late Soon One More Nevertheless Meanwhile After Before When While
    Despite If As For From By With Without""".split()
)
_MONTHS_AND_DAYS = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\.?$"
)


def extract_claims(article: Article, extractor: str = "rules") -> list[Claim]:
    """The claims of an article, by the named extractor."""
    try:
        backend = EXTRACTORS[extractor]
    except KeyError:
        raise ConfigError(
            f"unknown extractor '{extractor}'",
            f"set [extract] extractor to one of: {', '.join(sorted(EXTRACTORS))}",
        ) from None
    return backend(article)


def rules_extractor(article: Article) -> list[Claim]:
    reference = to_date(article.published)
    claims: list[Claim] = []
    for paragraph in article.by_role("body", "caption"):
        text, start = paragraph.text, paragraph.start
        if paragraph.role == "caption":
            credit = CAPTION_CREDIT.search(text)
            text = text[: credit.start()].rstrip() if credit else text
        for s, e in split_sentences(text, start):
            sentence = article.text[s:e]
            if _EDITORIAL_NOTE.search(sentence) or len(sentence.split()) < 3:
                continue
            kind: ClaimKind = "caption" if paragraph.role == "caption" else "event"
            claims.append(build_claim(article.id, sentence, (s, e), kind, reference))
    return claims


def build_claim(
    article_id: str,
    sentence: str,
    span: tuple[int, int],
    kind: ClaimKind,
    reference: date | None,
    text: str | None = None,
) -> Claim:
    """One claim with its slots filled from `text` (the sentence itself by default)."""
    text = text or sentence
    found_dates = find_dates(text, reference)
    quantities = find_quantities(text, skip=[(d.start, d.end) for d in found_dates])
    attribution = find_attribution(text, reference)
    hedge = find_hedge(text, attributed=attribution is not None)
    if kind != "caption":
        if attribution is not None:
            kind = "attribution"
        elif quantities:
            kind = "quantity"
    return Claim(
        id=claim_id(article_id, span, text),
        text=text,
        sentence=sentence,
        span=span,
        kind=kind,
        checkworthy=hedge is None,
        not_checkable_reason=hedge,
        attribution=attribution,
        entities=tuple(find_entities(text)),
        quantities=tuple(
            Quantity(
                text=q.text, value=q.value, unit=q.unit, si_value=q.si_value, si_unit=q.si_unit
            )
            for q in quantities
        ),
        dates=tuple(DateMention(text=d.text, value=d.value) for d in found_dates),
    )


def claim_id(article_id: str, span: tuple[int, int], text: str) -> str:
    """Stable across runs: the same article and claim always get the same id."""
    digest = hashlib.sha256(f"{article_id}:{span[0]}:{span[1]}:{text}".encode()).hexdigest()
    return f"c{span[0]:05d}-{digest[:8]}"


def find_hedge(sentence: str, attributed: bool = False) -> str | None:
    """Why a sentence is not checkable (hedge, prediction or opinion in its own voice), or None."""
    if sentence.rstrip("”’\"' ").endswith("?"):
        return "question"
    own_voice = _RELATIVE_CLAUSE.sub(",", sentence)
    if attributed:
        own_voice = _REPORTED.sub("", _QUOTE.sub("", own_voice))
    for pattern, label in _HEDGES:
        m = pattern.search(own_voice)
        if m:
            return f"{label}: “{m.group(0)}”"
    return None


def find_attribution(sentence: str, reference: date | None = None) -> Attribution | None:
    """Who said it, where and when: "according to X", "X said", "X told Y on DATE"."""
    speaker = None
    tail = sentence
    if m := _ACCORDING_TO.search(sentence):
        speaker = m.group("speaker").strip()
        tail = sentence[m.end() :]
    elif m := _SPEECH.search(sentence):
        speaker = _speaker_before(sentence[: m.start()])
        tail = sentence[m.end() :]
        if speaker is None:
            return None
    else:
        return None
    channel = None
    dates = find_dates(tail, reference)
    if c := _CHANNEL.search(sentence[m.start() :]):
        channel = (c.group("told") or c.group("in") or "").strip()
        for found in find_dates(channel, reference):  # "a Jan. 15 statement" -> "statement"
            channel = channel.replace(found.text, "")
        channel = re.sub(r"\s+", " ", channel).strip() or None
    return Attribution(speaker=speaker, channel=channel, date=dates[0].value if dates else None)


def _speaker_before(prefix: str) -> str | None:
    """The subject before a speech verb: after the last clause break, else the sentence head."""
    prefix = prefix.rstrip()
    clause = re.split(r"[,;:”\"]\s*", prefix)
    candidate = clause[-1].strip() if clause else ""
    if not candidate and len(clause) > 1:
        candidate = clause[0].strip()  # "Pavel Muraveiko, a ... official, has said"
    candidate = _ADVERBS.sub("", candidate).strip()
    words = candidate.split()
    if not words or len(words) > 9 or not re.search(r"[A-Za-z]", candidate):
        return None
    return candidate


def find_entities(text: str) -> list[str]:
    """Proper names, in order of appearance, without duplicates (a first, rule-based pass)."""
    entities: list[str] = []
    for m in _ENTITY.finditer(text):
        words = m.group(0).split()
        while words and (words[0] in _NOT_ENTITY or _MONTHS_AND_DAYS.match(words[0])):
            words = words[1:]
        while words and words[-1] in {"of", "the", "de", "for", "and"}:
            words = words[:-1]
        name = " ".join(words).strip("’'")
        if len(name) > 1 and not _MONTHS_AND_DAYS.match(name) and name not in entities:
            entities.append(name)
    return entities


EXTRACTORS: dict[str, Extractor] = {"rules": rules_extractor}
