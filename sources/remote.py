"""What every live (HTTP) source shares: its config keys, its HTTP client, and the way the
documents an API returns become passages for each claim.

A concrete source only says how to ask (`fetch(query)` -> documents); this base plans the
queries (deduplicated across the article's claims), splits long documents into sentences,
rescores every candidate against each claim with the project's one similarity measure and keeps
the best `top_k` above `min_score`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from claims.dates import parse_date
from claims.model import Claim, Passage
from claims.segment import split_sentences
from claims.similarity import score
from sources.base import ConfiguredSource, SourceConfig
from sources.http import HttpClient, HttpError, HttpSettings, make_client
from sources.query import PlannedQuery, plan_queries

StanceHint = Literal["supports", "refutes", "neutral"]
MAX_CANDIDATES_PER_CLAIM = 400  # sentences rescored per claim, after deduplication


class HttpSourceConfig(SourceConfig):
    """Keys every HTTP source takes (DESIGN.md, Configuration)."""

    base_url: str | None = Field(None, description="endpoint; a mirror, proxy or test server")
    timeout_s: float = Field(10.0, gt=0, le=300)
    rate_limit_per_s: float = Field(5.0, gt=0, le=100, description="requests a second, at most")
    cache_ttl_s: int = Field(86_400, ge=0, description="seconds a cached response stays fresh")
    api_key_env: str | None = Field(None, description="name of the env var holding the API key")
    max_response_mb: float = Field(5.0, gt=0, le=500)
    retries: int = Field(3, ge=0, le=10)
    queries_per_claim: int = Field(1, ge=1, le=5, description="query budget per claim")
    query_terms: int = Field(6, ge=1, le=20, description="most words in one query")
    max_queries: int = Field(100, ge=1, le=10_000, description="query budget per article")
    skip_if_settled: bool = Field(
        True, description="do not query for claims local sources already settled"
    )
    settled_confidence: float = Field(
        0.7, ge=0.0, le=1.0, description="local verdict confidence that settles a claim"
    )


@dataclass(frozen=True)
class Document:
    """One item an API returned, before it is cut into passages and scored."""

    text: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
    publisher: str | None = None
    rating: str | None = None
    stance_hint: StanceHint | None = None
    split: bool = True  # cut into sentences (an article) or keep whole (a reviewed claim)


class HttpSource(ConfiguredSource):
    """Base of the live sources: subclasses implement `fetch` (and may batch in `fetch_all`)."""

    Config: ClassVar[type[SourceConfig]] = HttpSourceConfig
    remote: ClassVar[bool] = True  # consulted after local sources (see sources/settle.py)
    names_alone_first: ClassVar[bool] = False  # see sources.query.claim_queries
    config: HttpSourceConfig

    def __init__(self, config: HttpSourceConfig, base_dir: Path) -> None:
        super().__init__(config, base_dir)
        self._client: HttpClient | None = None

    @property
    def client(self) -> HttpClient:
        """Built on first use, so validating a config opens no cache and no connection."""
        if self._client is None:
            self._client = make_client(self.http_settings())
        return self._client

    def http_settings(self) -> HttpSettings:
        return HttpSettings(
            source=self.name,
            timeout_s=self.config.timeout_s,
            rate_limit_per_s=self.config.rate_limit_per_s,
            cache_ttl_s=self.config.cache_ttl_s,
            max_response_bytes=int(self.config.max_response_mb * 1_000_000),
            retries=self.config.retries,
            secret_names=self.secret_names(),
        )

    def secret_names(self) -> tuple[str, ...]:
        """Parameter and header names that carry credentials (kept out of the cache key)."""
        return ()

    def api_key(self, required: bool = True) -> str | None:
        """The API key from the env var named by `api_key_env`; its value is never shown."""
        env = self.config.api_key_env
        if not env:
            if required:
                raise HttpError("no API key configured", "set api_key_env to the env var's name")
            return None
        value = os.environ.get(env, "").strip()
        if not value and required:
            raise HttpError(
                f"the environment variable {env} (api_key_env) is not set",
                f"export {env}=<your key> before the run, or remove this source",
            )
        return value or None

    def bearer_headers(self) -> dict[str, str]:
        """`Authorization: Bearer <key>` when `api_key_env` is set (API tokens, private feeds)."""
        key = self.api_key(required=bool(self.config.api_key_env))
        return {"Authorization": f"Bearer {key}"} if key else {}

    # --- what subclasses provide -------------------------------------------------------------

    def fetch(self, query: str) -> list[Document]:
        raise NotImplementedError

    def fetch_all(self, queries: Sequence[PlannedQuery]) -> dict[str, list[Document]]:
        """Documents per query text; override to batch requests across queries."""
        return {q.text: self.fetch(q.text) for q in queries}

    def probe(self) -> str:
        """One cheap request that shows the source answers; returns a short note."""
        documents = self.fetch("Wikipedia")
        return f"{len(documents)} results for a test query"

    # --- shared ------------------------------------------------------------------------------

    def plan(self, claims: Sequence[Claim]) -> list[PlannedQuery]:
        planned = plan_queries(
            claims, self.config.queries_per_claim, self.config.query_terms, self.names_alone_first
        )
        # Over budget: the queries most claims asked for go first.
        ranked = sorted(planned, key=lambda q: -len(q.claim_ids))
        return ranked[: self.config.max_queries]

    def search(self, claims: Sequence[Claim]) -> Mapping[str, Sequence[Passage]]:
        if not claims:
            return {}
        planned = self.plan(claims)
        documents = self.fetch_all(planned)
        per_claim: dict[str, list[Document]] = {}
        for query in planned:
            for claim_id in query.claim_ids:
                per_claim.setdefault(claim_id, []).extend(documents.get(query.text, ()))
        return {
            claim.id: passages
            for claim in claims
            if (passages := self.rank(claim, per_claim.get(claim.id, [])))
        }

    def rank(self, claim: Claim, documents: Sequence[Document]) -> list[Passage]:
        """Every candidate statement scored against the claim; the best `top_k` kept."""
        seen: set[tuple[str, str | None]] = set()  # two reviews of one claim are two passages
        scored: list[Passage] = []
        for document in documents:
            for text in statements(document):
                if (text, document.url) in seen or len(seen) >= MAX_CANDIDATES_PER_CLAIM:
                    continue
                seen.add((text, document.url))
                similarity = score(claim.text, text)
                if similarity < self.config.min_score:
                    continue
                scored.append(
                    Passage(
                        source=self.name,
                        text=text,
                        url=document.url,
                        published=document.published,
                        score=similarity,
                        publisher=document.publisher,
                        rating=document.rating,
                        stance_hint=document.stance_hint,
                    )
                )
        scored.sort(key=lambda p: p.score, reverse=True)
        return scored[: self.config.top_k]


def statements(document: Document) -> list[str]:
    """The reference statements in a document: its sentences, or the whole text."""
    text = " ".join(document.text.split())
    if not text:
        return []
    if not document.split:
        return [text]
    return [text[s:e] for s, e in split_sentences(text) if e - s >= 20]


def iso_date(value: object) -> str | None:
    """An API's date ('2023-01-16T10:00:00Z', 'Mon, 16 Jan 2023 ...') as an ISO date."""
    if not isinstance(value, str) or not value.strip():
        return None
    return parse_date(value.strip().replace("T", " ", 1))
