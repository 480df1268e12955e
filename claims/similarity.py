"""The one text-similarity measure, shared by retrieval rescoring and stance.

Two texts are compared as sets of content words (lower-cased, lightly stemmed, stopwords,
numbers and dates removed: the slot checks in `claims/verify` compare those). The score asks
mostly "how much of the reference passage does the claim say?" (a short reference statement
should match one fact of a long sentence) and partly the reverse, with rapidfuzz matching word
forms ("visited" ~ "visit"). A passage that shares only names with the claim, and none of what
is said about them, is capped below any sensible threshold: it is about someone, not about this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from claims.dates import find_dates

STOPWORDS = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has
    have had it its this that these those which who whom whose where when while than then there
    their they he she his her him them we our you your i not no also only just about into over
    after before since until up down out more most such very can will would could should may
    might said says say according s t do does did done doing isn aren wasn weren hasn haven
    hadn wouldn couldn shouldn doesn didn""".split()
) | frozenset(  # bounds and hedges of a number: the number's slot compares them
    """less fewer under below above nearly almost approximately roughly around least exceeding
    estimated""".split()
)
PASSAGE_WEIGHT = 0.75  # share of "the claim says what the passage says"; the rest is the reverse
NAMES_ONLY_CAP = 0.6  # best score for a passage that shares names but nothing said about them
WORD_MATCH = 85  # rapidfuzz ratio at which two word forms count as the same word
_NUMBERISH = re.compile(r"\d[\d,.:/]*(?:st|nd|rd|th)?")
_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:1[0-9]|20|21)\d\d")


@dataclass(frozen=True)
class Terms:
    """The content words of a text: all of them, and those that are not part of a name."""

    words: tuple[str, ...]
    predicate: frozenset[str]


_DOUBLED_L = re.compile(r"(?<=\w{3}e)ll(?=ed|ers?$|ing)")  # "travelled", "cancelling"
_ENCE = re.compile(r"(?<=[fc]en)ce$")  # "defence", "licence"
_OUR = re.compile(r"(?<=\w{3})our$")  # "honour", "colour"


@lru_cache(maxsize=65536)  # called for every word of every text compared: a small vocabulary
def stem(token: str) -> str:
    """A deliberately light stemmer: plurals, -ing/-ed, and demonyms ('belarusian' -> 'belarus')."""
    token = _DOUBLED_L.sub("l", token)
    for suffix, repl in (("ian", ""), ("ing", ""), ("ies", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            if suffix == "es" and not token.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue  # "magazines" -> "magazine", as "magazine" stays
            token = token[: len(token) - len(suffix)] + repl
            break
    # British and American spellings: "defence" / "defense", "travellers" / "travelers",
    # "honours" / "honors"
    token = _ENCE.sub("se", token)
    token = _OUR.sub("or", token)
    # "approve", "approves", "approved": one stem, as "-ed" took the "e" away
    return token[:-1] if token.endswith("e") and len(token) >= 5 else token


@lru_cache(maxsize=65536)
def terms(text: str) -> Terms:
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    text = _NUMBERISH.sub(" ", text.replace("’", "'"))
    words, predicate = [], set()
    for raw in _WORD.findall(text):
        low = raw.lower()
        if low in STOPWORDS or len(low) < 2:
            continue
        word = stem(low)
        words.append(word)
        if raw[0].islower():
            predicate.add(word)
    return Terms(tuple(dict.fromkeys(words)), frozenset(predicate))


_MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def retrieval_text(text: str) -> str:
    """The content words of `text` for candidate retrieval and rescoring: the words `terms`
    keeps, but dates dropped by their month names instead of parsed (parsing dates costs ~100x
    more, ~80 s for a million statements, and retrieval needs only the words)."""
    words = []
    for raw in _WORD.findall(_NUMBERISH.sub(" ", text.replace("’", "'"))):
        low = raw.lower()
        if low in STOPWORDS or low in _MONTH_NAMES or len(low) < 2:
            continue
        words.append(stem(low))
    return " ".join(dict.fromkeys(words))


# Words that say the same thing in news and reference text ("penned" / "written", "film" /
# "movie"), compared after `stem`. Only interchangeable senses: a word with a second, common
# sense that would change the fact is left out.
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "film movie picture",
        "write wrote written pen penned author authored",
        "begin began begun start started commence commenced",
        "end ended finish finished conclude concluded",
        "die died death",
        "create created found founded establish established form formed",
        "large big huge",
        "small little tiny",
        "buy bought purchase purchased acquire acquired",
        "show program programme series",
        "song single track",
        "book novel",
        "award prize",
        "job position",
        "company firm corporation business",
        "city town",
        "country nation",
        "child children kid kids",
        "wife spouse husband",
        "famous renowned notable well-known",
        "appear appeared star starred feature featured",
        "make made produce produced",
        "receive received get got earn earned win won",
        "help helped assist assisted aid aided",
        "kill killed murder murdered slay slain",
        "leave left depart departed quit",
        "build built construct constructed",
        "say said",
        "home house residence",
        "rise rose increase increased grow grew",
        "fall fell decrease decreased drop dropped decline declined",
        "attack attacked assault assaulted",
        "army troop troops force forces military soldier soldiers",
        "talk talks discussion discussions negotiation negotiations",
        "exercise exercises drill drills",
        "study studied attend attended",
        "marry married wed",
        "dead deceased",
        "speak spoke talk talked",
        "use used utilise utilised utilize utilized employ employed",
        "movie cinema",
        "soccer football",
        "actor actress acting",
        "sing singer singing vocalist",
        "capture captured seize seized overrun overran",
        "debut debuted premiere premiered",
        "birthday born birth",
        "air aired broadcast televised",
    )
)
_SYNONYMS_OF: dict[str, frozenset[str]] = {}
for _group in SYNONYMS:
    _stems = frozenset(stem(w) for w in _group)
    for _word in _stems:
        _SYNONYMS_OF[_word] = _SYNONYMS_OF.get(_word, frozenset()) | _stems


def _covered(words: Sequence[str], other: Sequence[str], other_set: frozenset[str]) -> set[str]:
    hits = set()
    for word in words:
        if word in other_set or _SYNONYMS_OF.get(word, frozenset()) & other_set:
            hits.add(word)
        elif len(word) >= 4 and other:
            best = process.extractOne(word, other, scorer=fuzz.ratio, score_cutoff=WORD_MATCH)
            if best is not None:
                hits.add(word)
    return hits


def score(claim: str, passage: str) -> float:
    """Similarity in [0, 1] of a claim and a passage (raw texts). A figure both give, as
    written ("150,000", "2023"), counts as a shared word: in a table of statistics the figure
    is most of what ties a statement to a claim. A figure only one gives costs nothing (a
    reference sentence often leaves out the date a news claim gives)."""
    a, b = terms(claim), terms(passage)
    if not a.words or not b.words:
        return 0.0
    a_set, b_set = frozenset(a.words), frozenset(b.words)
    passage_hits = _covered(b.words, a.words, a_set)
    claim_hits = _covered(a.words, b.words, b_set)
    shared = len(_figures(claim) & _figures(passage))
    value = PASSAGE_WEIGHT * (len(passage_hits) + shared) / (len(b.words) + shared) + (
        1 - PASSAGE_WEIGHT
    ) * (len(claim_hits) + shared) / (len(a.words) + shared)
    if not (passage_hits & b.predicate) and not (claim_hits & a.predicate):
        value = min(value, NAMES_ONLY_CAP)
    return round(value, 4)


def _figures(text: str) -> frozenset[str]:
    """The figures of a text as written, without thousands separators: "150,000" -> "150000";
    not years, which the date slot compares (a shared "2023" ties nothing together)."""
    if not _DIGIT.search(text):
        return frozenset()
    figures = (m.group(0).replace(",", "").rstrip(".") for m in _FIGURE.finditer(text))
    return frozenset(f for f in figures if not _YEAR.fullmatch(f))


def coverage(claim: str, passage: str, ignore: frozenset[str] = frozenset()) -> float:
    """Share of the claim's content words (minus `ignore`) that the passage says, in [0, 1].

    The stance question is "does the passage say what the claim says?", so unlike `score`
    this looks only from the claim's side: a long passage is not penalised for saying more.
    """
    a, b = terms(claim), terms(passage)
    words = [w for w in a.words if w not in ignore]
    if not words or not b.words:
        return 0.0
    hits = _covered(words, b.words, frozenset(b.words))
    return round(len(hits) / len(words), 4)


def score_many(claim: str, passages: Sequence[str]) -> np.ndarray:
    return np.array([score(claim, p) for p in passages], dtype=np.float32)
