"""Published fact-checks through the Google Fact Check Tools API (`claims:search`).

Every ClaimReview of every claim found becomes one passage: the text of the claim that was
reviewed, with the publisher, the review's URL and date and its textual rating verbatim. A
rating map turns ratings into a `stance_hint` (supports/refutes/neutral): a rating the map does
not know is kept and shown, and its hint is neutral; it is never guessed.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from pydantic import Field

from sources.base import SourceConfig
from sources.remote import Document, HttpSource, HttpSourceConfig, StanceHint, iso_date

DEFAULT_ENDPOINT = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
DEFAULT_KEY_ENV = "GOOGLE_FACTCHECK_API_KEY"
API_KEY_HEADER = "X-Goog-Api-Key"  # Google APIs take the key here as well as in `key=`

# Ratings as fact-checkers print them (lower-cased, punctuation removed) -> stance.
DEFAULT_RATING_MAP: dict[str, StanceHint] = {
    **dict.fromkeys(
        ["true", "correct", "accurate", "mostly true", "mostly correct", "largely accurate",
         "verified", "geppetto checkmark"],
        "supports",
    ),
    **dict.fromkeys(
        ["false", "mostly false", "pants on fire", "incorrect", "inaccurate", "wrong", "not true",
         "fake", "fabricated", "hoax", "misleading", "false and misleading", "baseless",
         "unfounded", "no evidence", "four pinocchios", "three pinocchios", "altered", "scam"],
        "refutes",
    ),
    **dict.fromkeys(
        ["half true", "mixture", "mixed", "partly false", "partly true", "half truth",
         "missing context", "needs context", "lacks context", "out of context", "unproven",
         "unverified", "two pinocchios", "satire", "exaggerated"],
        "neutral",
    ),
}  # fmt: skip


class FactCheckConfig(HttpSourceConfig):
    api_key_env: str | None = Field(DEFAULT_KEY_ENV, description="env var holding the API key")
    language: str | None = Field("en", description="languageCode filter; empty for all")
    max_age_days: int | None = Field(None, ge=1, description="only reviews this recent")
    page_size: int = Field(10, ge=1, le=100)
    publisher_site: str | None = Field(None, description="reviewPublisherSiteFilter")
    rating_map: dict[str, StanceHint] = Field(
        default_factory=dict, description="extra or overriding rating -> stance entries"
    )
    query_terms: int = Field(8, ge=1, le=20, description="most words in one query")


def normalise_rating(rating: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", rating.lower()).split())


def rating_stance(rating: str, overrides: dict[str, StanceHint] | None = None) -> StanceHint | None:
    """The stance a textual rating states, or None when the map does not know it."""
    key = normalise_rating(rating)
    table = {**DEFAULT_RATING_MAP, **{normalise_rating(k): v for k, v in (overrides or {}).items()}}
    return table.get(key)


class FactCheckSource(HttpSource):
    Config: ClassVar[type[SourceConfig]] = FactCheckConfig
    config: FactCheckConfig

    @property
    def endpoint(self) -> str:
        return self.config.base_url or DEFAULT_ENDPOINT

    def secret_names(self) -> tuple[str, ...]:
        return ("key", API_KEY_HEADER)

    def fetch(self, query: str) -> list[Document]:
        params: dict[str, str] = {"query": query, "pageSize": str(self.config.page_size)}
        if self.config.language:
            params["languageCode"] = self.config.language
        if self.config.max_age_days:
            params["maxAgeDays"] = str(self.config.max_age_days)
        if self.config.publisher_site:
            params["reviewPublisherSiteFilter"] = self.config.publisher_site
        # In a header rather than `key=` in the URL: URLs end up in proxy and server logs.
        headers = {API_KEY_HEADER: self.api_key() or ""}
        payload = self.client.get_json(self.endpoint, params, headers)
        claims = payload.get("claims", []) if isinstance(payload, dict) else []
        return [doc for item in claims for doc in self.reviews(item)]

    def reviews(self, item: Any) -> list[Document]:
        """One document per ClaimReview of one fact-checked claim."""
        if not isinstance(item, dict) or not item.get("text"):
            return []
        documents = []
        for review in item.get("claimReview") or []:
            if not isinstance(review, dict):
                continue
            publisher = review.get("publisher") or {}
            rating = (review.get("textualRating") or "").strip() or None
            hint = rating_stance(rating, self.config.rating_map) if rating else None
            documents.append(
                Document(
                    text=str(item["text"]),
                    url=review.get("url"),
                    published=iso_date(review.get("reviewDate") or item.get("claimDate")),
                    title=review.get("title"),
                    publisher=publisher.get("name") or publisher.get("site"),
                    rating=rating,
                    stance_hint=hint or "neutral",  # unknown ratings decide nothing
                    split=False,
                )
            )
        return documents

    def probe(self) -> str:
        documents = self.fetch("vaccine")
        return f"{len(documents)} reviews for a test query"
