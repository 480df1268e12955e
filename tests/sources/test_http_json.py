"""Any JSON search API: URL template, params, headers from the environment, dotted paths."""

from __future__ import annotations

from pathlib import Path

import pytest
import responses

from sources.base import build_source, search_source
from sources.http_json import dig
from tests.sources.httpkit import NEWSROOM_API, fixture_text, make_claim, url_re

DRILLS = make_claim(
    "Strategic allies Russia and Belarus began holding joint military air force drills.",
    ("Russia", "Belarus"),
)
NEWSROOM = {
    "name": "newsroom",
    "type": "http_json",
    "base_url": NEWSROOM_API,
    "params": {"q": "{query}", "limit": "10"},
    "headers": {"Authorization": "Bearer ${NEWSROOM_TOKEN}"},
    "items_path": "data.results",
    "text_path": "body",
    "title_path": "headline",
    "url_path": "links.canonical",
    "date_path": "meta.published",
    "rate_limit_per_s": 100,
}


def newsroom(**extra):
    return build_source({**NEWSROOM, **extra}, Path("."), "test")


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("NEWSROOM_TOKEN", "tok-SECRET")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("data.results.0.id", "wire-2023-01-16-0042"),
        ("data.results.-1.meta.published", "2022-12-19T17:40:00Z"),
        ("data.missing", None),
        ("meta.total.x", None),
        ("", dict),
    ],
)
def test_dig_follows_dotted_paths(path, value):
    import json

    payload = json.loads(fixture_text("newsroom_search.json"))
    found = dig(payload, path)
    assert isinstance(found, value) if isinstance(value, type) else found == value


@responses.activate
def test_results_become_sentence_passages_with_url_and_date(token):
    responses.get(url_re(NEWSROOM_API), body=fixture_text("newsroom_search.json"))
    best = newsroom().search([DRILLS])[DRILLS.id][0]
    assert best.text == (
        "Russia and Belarus began joint military air force drills in Belarus on January 16, 2023."
    )
    assert best.url == "https://wire.example.org/2023/01/16/russia-belarus-drills"
    assert best.published == "2023-01-16"
    request = responses.calls[0].request
    assert request.headers["Authorization"] == "Bearer tok-SECRET"
    assert "limit=10" in request.url and "q=Russia+Belarus" in request.url


@responses.activate
def test_query_in_the_url_template_is_url_encoded(token):
    responses.get(url_re("https://api.example.org/find/Russia%20Belarus"), json=[])
    source = newsroom(
        base_url="https://api.example.org/find/{query}", params={}, query_terms=2, items_path=""
    )
    assert source.search([DRILLS]) == {}
    assert len(responses.calls) == 1


@responses.activate
def test_api_key_param_from_env(monkeypatch):
    monkeypatch.setenv("NEWS_KEY", "k-SECRET")
    responses.get(url_re(NEWSROOM_API), json={"data": {"results": []}})
    newsroom(headers={}, api_key_env="NEWS_KEY", api_key_param="apikey").search([DRILLS])
    assert "apikey=k-SECRET" in responses.calls[0].request.url


@responses.activate
def test_missing_header_env_var_is_one_line_with_the_fix(monkeypatch):
    monkeypatch.delenv("NEWSROOM_TOKEN", raising=False)
    result = search_source(newsroom(), [DRILLS])
    assert result.run.error == (
        "the environment variable NEWSROOM_TOKEN (header Authorization) is not set; "
        "export NEWSROOM_TOKEN=... before the run, or remove the header"
    )


@responses.activate
def test_items_path_that_is_not_a_list_is_explained(token):
    responses.get(url_re(NEWSROOM_API), body=fixture_text("newsroom_search.json"))
    result = search_source(newsroom(items_path="meta"), [DRILLS])
    assert result.run.error.startswith("items_path 'meta' does not lead to a list")
