"""An RSS or Atom feed's items as reference statements (wire copy, a newsroom's own feed).

A feed is not searchable, so it costs one request per run whatever the number of claims (less
when cached): every item's title and summary sentences are candidates for every claim.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence
from typing import Any, ClassVar

import feedparser
from pydantic import AliasChoices, Field

from claims.model import Claim
from sources.base import SourceConfig
from sources.http import HttpError, redact
from sources.query import PlannedQuery
from sources.remote import Document, HttpSource, HttpSourceConfig

_TAG = re.compile(r"<[^>]+>")


class RssConfig(HttpSourceConfig):
    base_url: str = Field(
        validation_alias=AliasChoices("url", "base_url"), description="the feed's URL"
    )
    max_items: int = Field(200, ge=1, le=5000)
    skip_if_settled: bool = False  # one request per run whatever the claims: nothing to save


def plain_text(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(parsed, time.struct_time):
        return time.strftime("%Y-%m-%d", parsed)
    return None


class RssSource(HttpSource):
    Config: ClassVar[type[SourceConfig]] = RssConfig
    config: RssConfig

    def read_feed(self) -> list[Document]:
        url = self.config.base_url
        headers = {"Accept": "application/rss+xml, application/atom+xml, */*"}
        response = self.client.get(url, headers={**headers, **self.bearer_headers()})
        feed = feedparser.parse(response.content)
        if not feed.entries and (feed.bozo or not feed.get("version")):
            reason = str(getattr(feed, "bozo_exception", "") or "no feed elements").splitlines()[0]
            raise HttpError(
                f"{redact(url)} is not an RSS or Atom feed ({reason[:80]})",
                "check that url points at the feed itself",
            )
        documents = []
        for entry in feed.entries[: self.config.max_items]:
            title = plain_text(entry.get("title", ""))
            summary = plain_text(entry.get("summary", ""))
            text = " ".join(part.rstrip(".") + "." for part in (title, summary) if part)
            if text:
                documents.append(
                    Document(
                        text=text, url=entry.get("link"), published=_entry_date(entry), title=title
                    )
                )
        return documents

    def plan(self, claims: Sequence[Claim]) -> list[PlannedQuery]:
        """One 'query' for the whole batch: the feed itself."""
        return [PlannedQuery(text="", claim_ids=tuple(c.id for c in claims))]

    def fetch(self, query: str) -> list[Document]:
        return self.read_feed()

    def probe(self) -> str:
        return f"{len(self.read_feed())} items"
