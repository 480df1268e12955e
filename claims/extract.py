"""Sentences -> atomic, self-contained claims, behind one pluggable interface.

`extract_claims(article, extractor="rules")` is what flows call; `EXTRACTORS` maps the config's
`[extract] extractor` name to a function `Article -> list[Claim]`, so another backend (a model,
a service) is one more entry and flows and reports do not change.

The `rules` extractor is deterministic and offline. For each body sentence it
1. drops editorial notes and fragments (bylines, headings and credits never reach it: see
   `claims.ingest.layout`);
2. decomposes the sentence into atomic parts (`claims.decompose`): attribution frame and
   content, list items, compound clauses, relative clauses, appositives, participles;
3. decontextualises each part (`claims.decontextualise`, with the `claims.context` of the
   article): pronouns, surnames, "the country", relative and partial dates, against what the
   article said before and its published date;
4. fills the slots (entities, quantities with SI values, ISO dates), the attribution (speaker,
   channel, date), check-worthiness and kind (`claims.checkworthy`).
Captions are kept once each, whole, with kind "caption".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claims.attribution import attribution_of, find_attribution
from claims.checkworthy import claim_kind, find_hedge, is_editorial_note
from claims.context import (
    ArticleContext,
    learn_genders,
    learn_kinds,
    people_before,
    persons_in,
    remember,
    speaking_person,
)
from claims.date_values import FoundDate, to_date
from claims.dates import find_dates, lower_words
from claims.decompose import Part, decompose, reported_split
from claims.decontextualise import decontextualise, resolve_possessive
from claims.errors import ConfigError
from claims.ingest import CAPTION_CREDIT
from claims.model import Article, Attribution, Claim, ClaimKind, DateMention, Quantity
from claims.organisations import ORGANISATION_NOUN, organisation_of, organisations_named
from claims.quantities import find_quantities
from claims.quote_runs import quoted_runs
from claims.segment import split_sentences

__all__ = [
    "EXTRACTORS",
    "build_claim",
    "claim_id",
    "extract_claims",
    "find_attribution",
    "find_entities",
    "find_hedge",
    "rules_extractor",
    "sentence_claims",
]

Extractor = Callable[[Article], list[Claim]]

# (every match opens with a capital: the look-ahead lets the search skip the other letters fast)
_ENTITY = re.compile(
    r"(?=[A-Z])(?:(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Pres|Prof|St)\.\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of|the|de|for)?\s*[A-Z][\w’'-]*)*"
)
_NOT_ENTITY = frozenset(
    """A An The This That These Those It Its He She They We I In On At But And Or Yet However
    According Since Under Last Late Soon One More Nevertheless Meanwhile After Before When While
    Despite If As For From By With Without""".split()
)
_DIGIT = re.compile(r"\d")
# a month or weekday, with or without its period, is no entity (a set: one lookup per word)
_MONTH_DAY = frozenset(
    """Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June
    July August September October November December Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)

# a wire story's dateline before its first sentence: "MINSK (Reuters) - ", "KYIV, Ukraine (AP) — ",
# "LONDON, Nov 6 (Reuters) - "
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z’'.-]{2,}(?:\s[A-Z][A-Z’'.-]+)*(?:,\s[A-Z][\w.]+(?:\s[A-Z\d][\w.]*)?)?"
    r"(?:\s\([A-Za-z .&]{2,30}\))?\s?[-—–]{1,2}\s+"
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
    context = ArticleContext(reference=to_date(article.published))
    claims: list[Claim] = []
    seen: set[str] = set()
    for paragraph in article.by_role("body", "caption"):
        text, start = paragraph.text, paragraph.start
        if paragraph.role == "caption":
            credit = CAPTION_CREDIT.search(text)
            text = text[: credit.start()].rstrip() if credit else text
        spans = []
        for s, e in split_sentences(text, start):
            if s == start and (wire := _WIRE_DATELINE.match(article.text, s, e)):
                s = wire.end()  # "MINSK (Reuters) - Russia and Belarus began ..."
            spans.append((s, e))
        # a quotation over several sentences: each one the speaker's report
        runs = quoted_runs([article.text[s:e] for s, e in spans])
        for k, (s, e) in enumerate(spans):
            sentence = article.text[s:e]
            if is_editorial_note(sentence) or len(sentence.split()) < 3:
                continue
            if paragraph.role == "caption":
                caption = ArticleContext(reference=context.reference)
                new = [_claim(article.id, sentence, (s, e), Part(sentence, 0, e - s, "main"),
                              caption, None, kind="caption")]  # fmt: skip
            else:
                read, added = runs.get(k, (sentence, 0))
                new = sentence_claims(article.id, read, (s - added, e), context)
                if read != sentence:
                    new = [_in_sentence(claim, sentence, (s, e)) for claim in new]
                context = replace(
                    remember(context, read), speaking_organisation=_organisation_speaking(new)
                )
            for claim in new:
                if claim.text not in seen:
                    seen.add(claim.text)
                    claims.append(claim)
    return claims


def _in_sentence(claim: Claim, sentence: str, span: tuple[int, int]) -> Claim:
    """A claim read from a sentence of a quotation run, given back its own sentence and a span
    inside it."""
    start = min(max(claim.span[0], span[0]), span[1])
    end = min(max(claim.span[1], start), span[1])
    return claim.model_copy(update={"sentence": sentence, "span": (start, end)})


def _organisation_speaking(claims: list[Claim]) -> str | None:
    """The organisation whose report `claims` are: "The regional agency said C" (whom a
    following "It added that ..." stands for)."""
    speaker = next((c.attribution.speaker for c in claims if c.attribution), None)
    organisation = speaking_organisation(speaker, ()) if speaker else None
    return organisation[:1].upper() + organisation[1:] if organisation else None


def speaking_organisation(speaker: str, persons: tuple[str, ...] | list[str]) -> str | None:
    """The organisation a speaker names: "Kroger", "China's commerce ministry"."""
    if found := organisation_of(speaker, persons):
        return found
    # its head noun an organisation's: "China's commerce ministry", not "a ministry spokesman"
    return speaker if ORGANISATION_NOUN.search(speaker.rsplit(" ", 1)[-1]) else None


def sentence_claims(
    article_id: str, sentence: str, span: tuple[int, int], context: ArticleContext
) -> list[Claim]:
    """The atomic claims of one body sentence, decontextualised with `context`."""
    context = learn_genders(context, sentence)  # "Jane Doe, a mother of three, said she ..."
    context = learn_kinds(context, sentence)  # "Volkswagen is recalling ..., the carmaker said"
    split = reported_split(sentence)
    attribution = None
    said_by_organisation = False
    if split is not None:
        found = attribution_of(split, context.reference)
        speaker, _ = decontextualise(found.speaker or "", context, persons_in(sentence))
        if speaker == "It" and context.speaking_organisation:
            speaker = context.speaking_organisation  # "It added that ...": who spoke before
        first = (found.speaker or " ").split(" ")[0]
        if first[:1].islower() and speaker.lower().startswith(first):
            speaker = speaker[:1].lower() + speaker[1:]
        attribution = found.model_copy(update={"speaker": speaker or None})
        # "It said", "The company said": an organisation named before (not "Muraveyko said")
        said_by_organisation = found.speaker == "It" or (
            found.speaker is not None
            and found.speaker.lower().startswith("the ")
            and speaking_organisation(found.speaker, ()) is not None
        )
    try:
        parts = decompose(sentence, (sentence, split))
    except (ValueError, IndexError, AttributeError):
        # a construction the rules do not handle must not cost the article its other claims:
        # the sentence is kept whole, as the one-claim-per-sentence baseline would
        parts = [Part(sentence, 0, len(sentence), "main")]
    speaker = attribution.speaker if attribution else None
    # a quotation in its speaker's words: its "he" is not the speaker, its "I" or "we" is
    quoted = split is not None and sentence[:1] in '“"'
    organisation = speaking_organisation(speaker, context.persons) if speaker else None
    if organisation is None and speaker and said_by_organisation:
        organisation = speaker  # "The company said it ...": the company named before
    claims = []
    for part in parts:
        reported = attribution if part.attributed or part.role == "attribution" else None
        if organisation and reported and part.text.startswith("It "):
            # "Kroger said it was disappointed", "It added that ...": the organisation
            part = replace(part, text=f"{organisation} {part.text[3:]}")
        claims.append(_claim(article_id, sentence, span, part, context, reported, quoted=quoted))
    return claims


def _claim(
    article_id: str,
    sentence: str,
    span: tuple[int, int],
    part: Part,
    context: ArticleContext,
    attribution: Attribution | None,
    kind: ClaimKind | None = None,
    quoted: bool = False,
) -> Claim:
    persons_before, subject = people_before(sentence[: part.start], context)
    speaker = None
    if attribution and attribution.speaker and part.role != "attribution" and not quoted:
        speaker = speaking_person(attribution.speaker, context, persons_before)
    own = resolve_possessive(part.text, sentence, context) if part.role == "appositive" else None
    if context.thing and sentence.startswith("It ") and _IT_DOES.match(part.text):
        # "The lander ... touched down. It was launched on July 25": the lander was
        own = f"{context.thing}{part.text[2:]}"
    elif context.group and part.text.startswith("They ") and sentence.startswith("They "):
        # "Researchers at X analysed ... They found ...": the group the sentence before opened with
        own = f"{context.group[:1].upper()}{context.group[1:]}{part.text[4:]}"
    # "Acme Foods reported ..., and its shares rose": "Its" is an organisation named before it
    its = sentence.find(" its ") if part.text.startswith("Its ") else -1
    owners = organisations_named(sentence[:its]) if its > 0 else None
    given = own or part.text
    words = lower_words(given)  # read once for the date, hedge and number-word look-ups
    # a quotation in the first person is the speaker's own story: its "he" is nobody named
    own_story = quoted and part.role != "attribution" and _FIRST_PERSON.search(given) is not None
    text, dates = decontextualise(
        given, context, persons_before, owners, speaker, subject, words, people=not own_story
    )
    if text != given:
        words = lower_words(text)
    narrow = (span[0] + part.start, span[0] + part.end)
    hedge = find_hedge(text, attributed=part.role == "attribution", words=words)
    # unchanged by decontextualisation: the dates found are where they were
    spans = [(d.start, d.end) for d in dates] if text == part.text else None
    return _make(
        article_id, sentence, narrow, text, dates, attribution, hedge, kind, part.role, spans, words
    )


def _make(
    article_id: str,
    sentence: str,
    span: tuple[int, int],
    text: str,
    dates: list[FoundDate],
    attribution: Attribution | None,
    hedge: str | None,
    kind: ClaimKind | None,
    role: str,
    date_spans: list[tuple[int, int]] | None = None,
    words: frozenset[str] | None = None,
) -> Claim:
    # dates are only skipped where they could be read as numbers: no digit, no date to skip
    if not _DIGIT.search(text):
        skip: list[tuple[int, int]] = []
    elif date_spans is not None:
        skip = date_spans
    else:
        skip = [(d.start, d.end) for d in find_dates(text)]
    quantities = find_quantities(text, skip=skip, words=words)
    kind = kind or claim_kind(text, role, bool(quantities), hedge)
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
        dates=tuple(DateMention(text=d.text, value=d.value) for d in dates),
    )


def build_claim(
    article_id: str,
    sentence: str,
    span: tuple[int, int],
    kind: ClaimKind,
    reference: date | None,
    text: str | None = None,
) -> Claim:
    """One claim for `text` (the sentence itself by default), slots filled, not decomposed."""
    text = text or sentence
    attribution = find_attribution(text, reference)
    hedge = find_hedge(text, attributed=attribution is not None)
    dates = find_dates(text, reference)
    if kind != "caption":
        kind = "attribution" if attribution is not None else kind
    role = "caption" if kind == "caption" else "attribution" if attribution else "main"
    return _make(article_id, sentence, span, text, dates, attribution, hedge, None, role)


# "It was launched", "It carries": "It" with a verb of its own, not "It is expected that",
# "It was his 31st goal"
_IT_DOES = re.compile(
    r"^It\s(?:(?:was|is|has been|had been|will be)\s(?!(?:expected|estimated|believed|thought|"
    r"said|reported|feared|hoped|likely|unclear|unknown)\b)[a-z]+ed\b|(?!seems|appears|remains|"
    r"means|matters|takes|is|was|has|had)[a-z]+(?:s|ed)\b)"
)


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|We|Our|My)\b")


def claim_id(article_id: str, span: tuple[int, int], text: str) -> str:
    """Stable across runs: the same article and claim always get the same id."""
    # the first 4 bytes in hex: the first 8 hex digits, without formatting all 64
    digest = hashlib.sha256(f"{article_id}:{span[0]}:{span[1]}:{text}".encode()).digest()
    return f"c{span[0]:05d}-{digest[:4].hex()}"


def find_entities(text: str) -> list[str]:
    """Proper names, in order of appearance, without duplicates (a first, rule-based pass)."""
    entities: list[str] = []
    for m in _ENTITY.finditer(text):
        words = m.group(0).split()
        while words and (words[0] in _NOT_ENTITY or words[0].removesuffix(".") in _MONTH_DAY):
            words = words[1:]
        while words and words[-1] in {"of", "the", "de", "for", "and"}:
            words = words[:-1]
        name = " ".join(words).strip("’'")
        if len(name) > 1 and name.removesuffix(".") not in _MONTH_DAY and name not in entities:
            entities.append(name)
    return entities


EXTRACTORS: dict[str, Extractor] = {"rules": rules_extractor}
