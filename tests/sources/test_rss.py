"""RSS 2.0 and Atom feeds: every item's title and summary sentences are candidates."""

from __future__ import annotations

from pathlib import Path

import responses

from sources.base import build_source, search_source
from tests.sources.httpkit import ATOM_FEED, RSS_FEED, fixture_text, make_claim

SOLEDAR = make_claim("Russian forces recently overran the town of Soledar in the Donetsk region.")
ISKANDER = make_claim(
    "Belarusian officials confirmed that Russian-deployed Iskander missile systems and S-400 "
    "air-defense systems were up and running on Belarusian territory."
).model_copy(update={"id": "iskander"})


def feed(url: str, **extra):
    raw = {"name": "wire", "type": "rss", "url": url, "rate_limit_per_s": 100, **extra}
    return build_source(raw, Path("."), "test")


@responses.activate
def test_rss_items_become_passages_with_link_and_date():
    responses.get(RSS_FEED, body=fixture_text("wire.rss.xml"), content_type="application/rss+xml")
    found = feed(RSS_FEED).search([SOLEDAR, ISKANDER])
    best = found[SOLEDAR.id][0]
    assert best.text == (
        "Russian forces captured the town of Soledar in the Donetsk region in January 2023."
    )
    assert best.url == "https://wire.example.org/2023/01/13/soledar"
    assert best.published == "2023-01-13"
    assert len(responses.calls) == 1  # one request for the whole batch of claims


@responses.activate
def test_atom_entries_become_passages():
    responses.get(
        ATOM_FEED, body=fixture_text("wire.atom.xml"), content_type="application/atom+xml"
    )
    best = feed(ATOM_FEED).search([ISKANDER])["iskander"][0]
    assert "Iskander missile systems and S-400" in best.text
    assert best.url == "https://wire.example.org/2022/12/28/iskander-s400"
    assert best.published == "2022-12-28"


@responses.activate
def test_an_empty_feed_is_fine_but_html_is_not_a_feed():
    responses.get(
        RSS_FEED,
        body='<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
    )
    assert search_source(feed(RSS_FEED), [SOLEDAR]).run.status == "ok"
    responses.get(ATOM_FEED, body="<html><body>Moved</body></html>", content_type="text/html")
    result = search_source(feed(ATOM_FEED), [SOLEDAR])
    assert result.run.status == "error"
    assert result.run.error.startswith(f"{ATOM_FEED} is not an RSS or Atom feed")
