"""Wikipedia through the MediaWiki Action API: search, then batched intro extracts."""

from __future__ import annotations

from pathlib import Path

import responses
from responses import matchers

from sources.base import build_source, search_source
from tests.sources.httpkit import WIKI_API, fixture_text, make_claim, url_re

GERASIMOV = make_claim(
    "Gen. Valery Gerasimov was made supreme commander of operations, replacing "
    "Gen. Sergey Surovikin.",
    ("Gen. Valery Gerasimov", "Gen. Sergey Surovikin"),
)
PUTIN = make_claim(
    "On Dec. 19, 2022, Russian President Vladimir Putin paid a rare visit to Minsk, where he "
    "held closed-door discussions with Lukashenko.",
    ("Russian President Vladimir Putin", "Minsk", "Lukashenko"),
).model_copy(update={"id": "putin"})


def wiki(**extra):
    raw = {"name": "wiki", "type": "wikipedia", "rate_limit_per_s": 100, **extra}
    return build_source(raw, Path("."), "test")


def mock_wiki(base: str = WIKI_API) -> None:
    responses.get(
        base,
        body=fixture_text("wikipedia_search.json"),
        match=[matchers.query_param_matcher({"list": "search"}, strict_match=False)],
    )
    responses.get(
        base,
        body=fixture_text("wikipedia_extracts.json"),
        match=[
            matchers.query_param_matcher({"prop": "extracts|revisions|info"}, strict_match=False)
        ],
    )


@responses.activate
def test_sentences_of_extracts_become_passages_with_page_url_and_revision_date():
    mock_wiki()
    found = wiki().search([GERASIMOV])
    best = found[GERASIMOV.id][0]
    assert best.source == "wiki"
    assert best.text.startswith("On 11 January 2023, Gerasimov was made supreme commander")
    assert best.url == "https://en.wikipedia.org/wiki/Valery_Gerasimov"
    assert best.published == "2023-01-14"
    assert 0.5 <= best.score <= 1.0


@responses.activate
def test_searches_first_then_one_extracts_request_for_all_pages():
    mock_wiki()
    found = wiki().search([GERASIMOV, PUTIN])
    assert set(found) == {GERASIMOV.id, "putin"}
    search_calls = [c for c in responses.calls if "list=search" in c.request.url]
    extract_calls = [c for c in responses.calls if "prop=extracts" in c.request.url]
    assert len(search_calls) == 2 and len(extract_calls) == 1
    assert "exintro=1" in extract_calls[0].request.url
    assert "explaintext=1" in extract_calls[0].request.url


@responses.activate
def test_language_picks_the_api_and_base_url_overrides_it():
    responses.get(
        url_re("https://de.wikipedia.org/w/api.php"),
        body=fixture_text("wikipedia_search_empty.json"),
    )
    assert wiki(language="de").search([GERASIMOV]) == {}
    mirror = "http://wiki.test:8080/w/api.php"
    mock_wiki(mirror)
    assert wiki(base_url=mirror).search([GERASIMOV])


@responses.activate
def test_empty_search_result_gives_no_passages_and_no_extracts_request():
    responses.get(url_re(WIKI_API), body=fixture_text("wikipedia_search_empty.json"))
    result = search_source(wiki(), [GERASIMOV])
    assert result.run.status == "ok" and result.passages == {}
    assert len(responses.calls) == 1


@responses.activate
def test_api_error_object_is_reported():
    responses.get(
        url_re(WIKI_API),
        json={"error": {"code": "badvalue", "info": 'Unrecognized value for parameter "list".'}},
    )
    result = search_source(wiki(), [GERASIMOV])
    assert result.run.status == "error"
    assert result.run.error.startswith("the MediaWiki API refused the request: Unrecognized")


@responses.activate
def test_api_key_env_sends_a_bearer_token(monkeypatch):
    monkeypatch.setenv("WIKI_TOKEN", "tok-SECRET")
    responses.get(url_re(WIKI_API), body=fixture_text("wikipedia_search_empty.json"))
    wiki(api_key_env="WIKI_TOKEN").search([GERASIMOV])
    assert responses.calls[0].request.headers["Authorization"] == "Bearer tok-SECRET"
    monkeypatch.delenv("WIKI_TOKEN")
    result = search_source(wiki(api_key_env="WIKI_TOKEN"), [GERASIMOV])
    assert result.run.error.startswith("the environment variable WIKI_TOKEN (api_key_env) is not")


@responses.activate
def test_whole_pages_are_read_one_request_per_page_without_exintro():
    mock_wiki()
    found = wiki(intro_only=False).search([GERASIMOV, PUTIN])
    assert set(found) == {GERASIMOV.id, "putin"}
    extract_calls = [c for c in responses.calls if "prop=extracts" in c.request.url]
    titles = {c.request.params["titles"] for c in extract_calls}
    assert len(extract_calls) == len(titles) > 1  # one page per request
    assert all("|" not in t for t in titles)
    assert not any("exintro" in c.request.url for c in extract_calls)
