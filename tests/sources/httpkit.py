"""Helpers shared by the HTTP source tests: fixture payloads, endpoints, claims."""

from __future__ import annotations

import re
from pathlib import Path

from claims.extract import build_claim

HTTP_DATA = Path(__file__).resolve().parents[1] / "data" / "http"
WIKI_API = "https://en.wikipedia.org/w/api.php"
FACTCHECK_API = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
NEWSROOM_API = "https://search.newsroom.example/v2/search"
RSS_FEED = "https://wire.example.org/europe/rss.xml"
ATOM_FEED = "https://wire.example.org/defence/atom.xml"


def fixture_text(name: str) -> str:
    return (HTTP_DATA / name).read_text(encoding="utf-8")


def url_re(base: str) -> re.Pattern[str]:
    """Matches the endpoint with any query string."""
    return re.compile(re.escape(base) + r"(\?.*)?$")


def make_claim(text: str, entities: tuple[str, ...] = ()):
    claim = build_claim("a" * 64, text, (0, len(text)), "event", None)
    return claim.model_copy(update={"entities": entities}) if entities else claim
