"""Wikipedia (or any MediaWiki) through the Action API: search, then plain-text extracts.

For a batch of claims: one `list=search` request per planned query, then the extracts of the
union of the pages found, 20 pages a request (`prop=extracts` with `exintro`: the lead section,
where an article states its key facts), each with its URL and last revision date. Every
sentence of an extract is a candidate passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar
from urllib.parse import quote

from pydantic import Field

from sources.base import SourceConfig
from sources.http import HttpError
from sources.query import PlannedQuery
from sources.remote import Document, HttpSource, HttpSourceConfig, iso_date

EXTRACTS_PER_REQUEST = 20  # TextExtracts' limit for intro extracts (`exlimit=max`)


class WikipediaConfig(HttpSourceConfig):
    language: str = Field("en", pattern=r"^[a-z][a-z-]{1,15}$")
    pages_per_query: int = Field(3, ge=1, le=20, description="search hits whose text is read")
    intro_only: bool = Field(True, description="lead sections (batched) or whole pages")
    query_terms: int = Field(4, ge=1, le=20, description="most words in one query")


class WikipediaSource(HttpSource):
    Config: ClassVar[type[SourceConfig]] = WikipediaConfig
    names_alone_first: ClassVar[bool] = True  # an encyclopedia is organised by names
    config: WikipediaConfig

    @property
    def endpoint(self) -> str:
        return self.config.base_url or f"https://{self.config.language}.wikipedia.org/w/api.php"

    def _query(self, **params: Any) -> dict[str, Any]:
        payload = self.client.get_json(
            self.endpoint,
            {"action": "query", "format": "json", "formatversion": "2", **params},
            self.bearer_headers(),
        )
        if not isinstance(payload, dict):
            raise HttpError(f"{self.endpoint} answered unexpected JSON", "check base_url")
        if "error" in payload:
            error = payload["error"]
            info = error.get("info", error) if isinstance(error, dict) else error
            raise HttpError(f"the MediaWiki API refused the request: {info}", "check base_url")
        query = payload.get("query", {})
        return query if isinstance(query, dict) else {}

    def search_titles(self, query: str, limit: int) -> list[str]:
        found = self._query(list="search", srsearch=query, srlimit=str(limit), srprop="")
        return [hit["title"] for hit in found.get("search", []) if hit.get("title")]

    def page_documents(self, titles: Sequence[str]) -> dict[str, Document]:
        """Extract, URL and revision date of each page, keyed by the title asked for."""
        chunk_size = EXTRACTS_PER_REQUEST if self.config.intro_only else 1
        documents: dict[str, Document] = {}
        for i in range(0, len(titles), chunk_size):
            chunk = titles[i : i + chunk_size]
            params = {
                "prop": "extracts|revisions|info",
                "titles": "|".join(chunk),
                "explaintext": "1",
                "exlimit": "max",
                "rvprop": "timestamp",
                "inprop": "url",
                "redirects": "1",
            }
            if self.config.intro_only:
                params["exintro"] = "1"
            found = self._query(**params)
            aliases = {r["to"]: r["from"] for r in found.get("redirects", []) if "to" in r}
            aliases.update({n["to"]: n["from"] for n in found.get("normalized", []) if "to" in n})
            for page in found.get("pages", []):
                if page.get("missing") or not page.get("extract"):
                    continue
                title = page["title"]
                revisions = page.get("revisions") or [{}]
                documents[title] = documents[aliases.get(title, title)] = Document(
                    text=page["extract"],
                    url=page.get("fullurl") or self._page_url(title),
                    published=iso_date(revisions[0].get("timestamp")),
                    title=title,
                )
        return documents

    def _page_url(self, title: str) -> str:
        root = self.endpoint.rsplit("/w/api.php", 1)[0]
        return f"{root}/wiki/{quote(title.replace(' ', '_'))}"

    def fetch(self, query: str) -> list[Document]:
        titles = self.search_titles(query, self.config.pages_per_query)
        pages = self.page_documents(titles)
        return [pages[t] for t in titles if t in pages]

    def fetch_all(self, queries: Sequence[PlannedQuery]) -> dict[str, list[Document]]:
        """All searches first, then the extracts of every page found, fetched once."""
        titles_per_query = {
            q.text: self.search_titles(q.text, self.config.pages_per_query) for q in queries
        }
        unique = list(dict.fromkeys(t for ts in titles_per_query.values() for t in ts))
        pages = self.page_documents(unique)
        return {q: [pages[t] for t in ts if t in pages] for q, ts in titles_per_query.items()}

    def probe(self) -> str:
        titles = self.search_titles("Wikipedia", 1)
        return f"search answered ({len(titles)} hit{'' if len(titles) == 1 else 's'})"
