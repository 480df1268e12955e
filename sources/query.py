"""Search queries from claims: names first, then the words that carry the claim.

A search API answers a few specific words far better than a whole sentence, and costs a request
per query, so each claim gets a small ranked list of queries, a source asks at most
`queries_per_claim` of them, and a query shared by several claims of one article is sent once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.dates import MONTHS, find_dates
from claims.model import Claim
from claims.similarity import STOPWORDS

# Leading words of a name that describe a role rather than name the person or body.
ROLE_WORDS = frozenset(
    """gen gen. lt lt. col col. maj maj. adm adm. sgt sgt. capt capt. dr dr. mr mr. mrs mrs. ms ms.
    sen sen. rep rep. gov gov. pres pres. prof prof. president prime minister foreign defense
    defence deputy general commander chief secretary spokesman spokeswoman official""".split()
)
# Words too vague to spend a search term on.
VAGUE_WORDS = frozenset(
    """made make making take took taken held hold holding began begin set meant well like
    other others own two three one first last week month year day days times time recently
    including ongoing several many much any some part previous newly reportedly""".split()
)
# Last words of an organisation's name: its leading words are part of the name, not a role.
ORG_NOUNS = frozenset(
    "ministry service forces force agency office council committee army navy party".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")


@dataclass(frozen=True)
class PlannedQuery:
    """One query to send, and the claims that asked for it."""

    text: str
    claim_ids: tuple[str, ...]


def clean_entity(entity: str) -> str | None:
    """'Gen. Valery Gerasimov' -> 'Valery Gerasimov'; a lone demonym ('Russian') -> None."""
    words = entity.replace("’s", "").replace("'s", "").split()
    is_organisation = bool(words) and words[-1].lower() in ORG_NOUNS
    while len(words) > 1 and (
        (words[0].lower() in ROLE_WORDS and not (is_organisation and "." not in words[0]))
        or (not is_organisation and _DEMONYM.match(words[0]) and words[1].lower() in ROLE_WORDS)
    ):
        words = words[1:]
    name = " ".join(words).strip("“”\"'’")
    if not name or (len(words) == 1 and _DEMONYM.match(name)):
        return None
    return name


def key_terms(text: str, exclude: Sequence[str] = ()) -> list[str]:
    """Content words of `text`, longest (most specific) first, without dates and numbers."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    excluded = {w.lower() for phrase in exclude for w in phrase.split()}
    first_seen: dict[str, tuple[str, int]] = {}  # lower-cased word -> (as written, position)
    for position, match in enumerate(_WORD.finditer(text)):
        word = match.group(0).strip("’'")
        low = word.lower()
        if len(low) < 3 or low in STOPWORDS or low in VAGUE_WORDS or low in MONTHS:
            continue
        if low in excluded:
            continue
        first_seen.setdefault(low, (word, position))
    # Longer words are more specific; hyphenated modifiers ("high-ranking") rarely are.
    ranked = sorted(first_seen.values(), key=lambda item: ("-" in item[0], -len(item[0]), item[1]))
    return [word for word, _ in ranked]


def claim_queries(claim: Claim, max_terms: int = 6, names_alone_first: bool = False) -> list[str]:
    """Ranked queries for one claim: names plus key terms, names alone, key terms alone.

    Each query has at most `max_terms` words; names are kept whole. `names_alone_first` suits
    an encyclopedia, organised by names: claims about the same people share one query.
    """
    text = claim.text
    if claim.attribution and claim.attribution.speaker:
        text = text.replace(claim.attribution.speaker, " ")  # search what was said, not who
    names = []
    for raw in claim.entities:
        name = clean_entity(raw)
        if name and name.lower() not in (n.lower() for n in names):
            names.append(name)
    # Full names of people are the most specific; organisations come after them.
    names.sort(key=lambda n: (n.split()[-1].lower() in ORG_NOUNS, -len(n.split())))
    picked_names: list[str] = []
    used = 0
    for name in names:
        size = len(name.split())
        if used + size <= max_terms:
            picked_names.append(name)
            used += size
    terms = key_terms(text, exclude=names + list(claim.entities))
    mixed = picked_names + terms[: max(0, max_terms - used)]
    candidates = [" ".join(mixed), " ".join(picked_names), " ".join(terms[:max_terms])]
    if names_alone_first:
        candidates[:2] = candidates[1::-1]
    queries: list[str] = []
    for query in candidates:
        query = " ".join(query.split())
        if query and _key(query) not in {_key(q) for q in queries}:
            queries.append(query)
    return queries


def plan_queries(
    claims: Sequence[Claim], per_claim: int = 1, max_terms: int = 6, names_alone_first: bool = False
) -> list[PlannedQuery]:
    """The queries for a batch of claims: `per_claim` each, the same query sent only once."""
    order: list[str] = []
    texts: dict[str, str] = {}
    askers: dict[str, list[str]] = {}
    for claim in claims:
        for query in claim_queries(claim, max_terms, names_alone_first)[:per_claim]:
            key = _key(query)
            if key not in askers:
                order.append(key)
                texts[key] = query
                askers[key] = []
            if claim.id not in askers[key]:
                askers[key].append(claim.id)
    return [PlannedQuery(texts[k], tuple(askers[k])) for k in order]


def _key(query: str) -> str:
    """Queries that differ only in case or word order are the same query."""
    return " ".join(sorted(query.lower().split()))
