"""Where the watch flow finds articles: folders, RSS/Atom feeds and URL lists.

Discovery only lists candidates; loading one (reading a file, fetching a page and extracting its
main text with trafilatura) happens in the per-article task, so one bad input fails alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claims.ingest import SUFFIXES, parse_html, parse_text, read_article
from claims.model import Article

Fetch = Callable[[str], str]


@dataclass(frozen=True)
class ArticleRef:
    """One candidate article: a file, a page URL, or a feed item that carries its own text."""

    location: str
    kind: Literal["file", "url", "feed-item"]
    text: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class InputProblem:
    location: str
    error: str


def discover(
    folders: list[Path], feeds: list[str], urls: list[str], fetch: Fetch
) -> tuple[list[ArticleRef], list[InputProblem]]:
    """Every candidate article, in a stable order, and the inputs that could not be listed."""
    refs: list[ArticleRef] = []
    problems: list[InputProblem] = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(InputProblem(str(folder), "folder not found"))
            continue
        refs += [
            ArticleRef(str(p), "file")
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
        ]
    for feed in feeds:
        try:
            refs += feed_items(feed, fetch(feed))
        except Exception as exc:
            problems.append(InputProblem(feed, f"{type(exc).__name__}: {exc}"))
    refs += [ArticleRef(url, "url") for url in urls]
    unique = {ref.location: ref for ref in refs}  # a page listed twice is verified once
    return list(unique.values()), problems


def feed_items(feed_url: str, document: str) -> list[ArticleRef]:
    """The items of an RSS or Atom document: their links, or their own text when linkless."""
    import feedparser

    parsed = feedparser.parse(document)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not an RSS or Atom feed ({parsed.bozo_exception})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            items.append(ArticleRef(link, "url", title=entry.get("title")))
            continue
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary")
        if content:
            key = entry.get("id") or hashlib.sha256(content.encode()).hexdigest()[:16]
            items.append(
                ArticleRef(f"{feed_url}#{key}", "feed-item", text=content, title=entry.get("title"))
            )
    return items


def load(ref: ArticleRef, fetch: Fetch) -> Article:
    """Read or fetch one article; raises ArticleError for input that is not an article."""
    if ref.kind == "file":
        return read_article(ref.location)
    if ref.kind == "feed-item":
        text = ref.text or ""
        if "<" in text and ">" in text:
            return parse_html(
                f"<html><body><article>{text}</article></body></html>", path=ref.location
            ).model_copy(update={"title": ref.title})
        return parse_text(f"{ref.title or ''}\n\n{text}", path=ref.location)
    article = parse_html(fetch(ref.location), path=None)
    return article.model_copy(update={"url": ref.location})
