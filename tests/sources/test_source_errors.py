"""Every live source type through the same failure modes: each failure is one readable line
in its `SourceRun`, transient ones are retried, and nothing raises out of `search_source`."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
import responses

from sources.base import build_source, search_source
from tests.sources.httpkit import (
    FACTCHECK_API,
    NEWSROOM_API,
    RSS_FEED,
    WIKI_API,
    fixture_text,
    make_claim,
    url_re,
)

CLAIM = make_claim(
    "Russia and Belarus began joint military air force drills in Belarus.", ("Russia", "Belarus")
)
# type -> (config, endpoint, a good answer, an empty answer)
SOURCES = {
    "wikipedia": (
        {"base_url": WIKI_API},
        WIKI_API,
        "wikipedia_search.json",
        "wikipedia_search_empty.json",
    ),
    "factcheck": (
        {"api_key_env": "FC_KEY"},
        FACTCHECK_API,
        "factcheck_claims_search.json",
        "factcheck_empty.json",
    ),
    "http_json": (
        {
            "base_url": NEWSROOM_API,
            "params": {"q": "{query}"},
            "items_path": "data.results",
            "text_path": "body",
            "api_key_env": "NR_KEY",
            "api_key_param": "apikey",
        },
        NEWSROOM_API,
        "newsroom_search.json",
        None,
    ),
    "rss": ({"url": RSS_FEED}, RSS_FEED, "wire.rss.xml", None),
}
TYPES = sorted(SOURCES)


@pytest.fixture(autouse=True)
def keys(monkeypatch):
    monkeypatch.setenv("FC_KEY", "fc-SECRET")
    monkeypatch.setenv("NR_KEY", "nr-SECRET")


def source(type_name: str, **extra):
    config = {
        "name": "live",
        "type": type_name,
        "rate_limit_per_s": 100,
        **SOURCES[type_name][0],
        **extra,
    }
    return build_source(config, Path("."), "test")


def endpoint(type_name: str):
    return url_re(SOURCES[type_name][1])


def good_body(type_name: str) -> str:
    return fixture_text(SOURCES[type_name][2])


def assert_one_line_without_secrets(error: str | None) -> str:
    assert error and "\n" not in error
    assert "SECRET" not in error
    return error


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_timeout(type_name):
    responses.get(endpoint(type_name), body=requests.ReadTimeout("read timed out"))
    run = search_source(source(type_name, timeout_s=3), [CLAIM]).run
    assert run.status == "error"
    error = assert_one_line_without_secrets(run.error)
    assert error.startswith("timed out after 3 s contacting https://")
    assert error.endswith("; raise timeout_s or check the network")


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_connection_reset_every_time(type_name):
    responses.get(endpoint(type_name), body=requests.ConnectionError("Connection reset by peer"))
    run = search_source(source(type_name, retries=2), [CLAIM]).run
    error = assert_one_line_without_secrets(run.error)
    assert "after 3 attempts (connection reset); check base_url and the network" in error
    assert len(responses.calls) == 3


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_500_then_success(type_name, http_sandbox):
    url = endpoint(type_name)
    responses.get(url, status=500)
    responses.get(url, body=good_body(type_name))
    if type_name == "wikipedia":
        responses.get(url, body=fixture_text("wikipedia_extracts.json"))
    result = search_source(source(type_name, min_score=0.05), [CLAIM])
    assert result.run.status == "ok"
    assert result.passages[CLAIM.id][0].source == "live"
    assert http_sandbox[0] == 0.5  # the first backoff step


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_429_with_retry_after(type_name, http_sandbox):
    url = endpoint(type_name)
    responses.get(url, status=429, headers={"Retry-After": "4"})
    responses.get(url, body=good_body(type_name))
    if type_name == "wikipedia":
        responses.get(url, body=fixture_text("wikipedia_extracts.json"))
    result = search_source(source(type_name), [CLAIM])
    assert result.run.status == "ok"
    assert 4.0 in http_sandbox


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_invalid_payload(type_name):
    responses.get(endpoint(type_name), body="<html><head><title>502 Bad Gateway</title>")
    run = search_source(source(type_name), [CLAIM]).run
    error = assert_one_line_without_secrets(run.error)
    expected = "is not an RSS or Atom feed" if type_name == "rss" else "did not answer JSON"
    assert expected in error


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_empty_result(type_name):
    empty = SOURCES[type_name][3]
    if empty:
        body = fixture_text(empty)
    elif type_name == "rss":
        body = '<rss version="2.0"><channel><title>quiet</title></channel></rss>'
    else:
        body = '{"data": {"results": []}}'
    responses.get(endpoint(type_name), body=body)
    result = search_source(source(type_name), [CLAIM])
    assert result.run.status == "ok" and result.passages == {}


@pytest.mark.parametrize("type_name", TYPES)
@responses.activate
def test_huge_body(type_name):
    responses.get(endpoint(type_name), body=b" " * 1_200_000)
    run = search_source(source(type_name, max_response_mb=1), [CLAIM]).run
    error = assert_one_line_without_secrets(run.error)
    assert "is larger than 1 MB; raise max_response_mb or narrow the query" in error


@pytest.mark.parametrize("type_name", ["factcheck", "http_json"])
@responses.activate
def test_missing_api_key(type_name, monkeypatch):
    monkeypatch.delenv("FC_KEY")
    monkeypatch.delenv("NR_KEY")
    run = search_source(source(type_name), [CLAIM]).run
    assert run.status == "error"
    assert "(api_key_env) is not set; export" in run.error
    assert len(responses.calls) == 0
