"""Published fact-checks: every ClaimReview a passage with publisher, URL, date and rating."""

from __future__ import annotations

from pathlib import Path

import pytest
import responses

from sources.base import build_source, search_source
from sources.factcheck import rating_stance
from tests.sources.httpkit import FACTCHECK_API, fixture_text, make_claim, url_re

TROOPS = make_claim(
    "Belarusian troops have joined the fighting in Ukraine alongside Russian forces.",
    ("Belarusian", "Ukraine"),
)


def factcheck(**extra):
    raw = {
        "name": "factchecks",
        "type": "factcheck",
        "rate_limit_per_s": 100,
        "api_key_env": "TEST_FACTCHECK_KEY",
        **extra,
    }
    return build_source(raw, Path("."), "test")


@pytest.fixture
def api_key(monkeypatch):
    monkeypatch.setenv("TEST_FACTCHECK_KEY", "SECRET-123")


@pytest.mark.parametrize(
    ("rating", "stance"),
    [
        ("False", "refutes"),
        ("Mostly False", "refutes"),
        ("Pants on Fire!", "refutes"),
        ("Misleading", "refutes"),
        ("True", "supports"),
        ("Half-True", "neutral"),
        ("Mixture", "neutral"),
        ("Cherry-picked", None),
    ],
)
def test_default_rating_map(rating, stance):
    assert rating_stance(rating) == stance


def test_rating_map_in_config_extends_and_overrides():
    assert rating_stance("Cherry-picked", {"cherry picked": "neutral"}) == "neutral"
    assert rating_stance("Misleading", {"Misleading": "neutral"}) == "neutral"


@responses.activate
def test_each_claim_review_becomes_a_passage(api_key):
    responses.get(url_re(FACTCHECK_API), body=fixture_text("factcheck_claims_search.json"))
    passages = factcheck().search([TROOPS])[TROOPS.id]
    by_publisher = {p.publisher: p for p in passages}
    politifact = by_publisher["PolitiFact"]
    assert politifact.rating == "False" and politifact.stance_hint == "refutes"
    assert politifact.url.startswith("https://www.politifact.com/factchecks/")
    assert politifact.published == "2022-03-02"
    assert politifact.text == TROOPS.text and politifact.score == 1.0
    full_fact = by_publisher["Full Fact"]
    assert full_fact.rating == "Cherry-picked"  # unknown: kept verbatim, decides nothing
    assert full_fact.stance_hint == "neutral"
    request = responses.calls[0].request
    assert request.headers["X-Goog-Api-Key"] == "SECRET-123"
    assert "SECRET" not in request.url and "languageCode=en" in request.url


@responses.activate
def test_publisher_falls_back_to_site(api_key):
    responses.get(url_re(FACTCHECK_API), body=fixture_text("factcheck_claims_search.json"))
    claim = make_claim("Vladimir Putin visited Minsk for talks with Alexander Lukashenko.")
    passages = factcheck(min_score=0.3).search([claim])[claim.id]
    assert passages[0].publisher == "factcheck.example.org"
    assert passages[0].stance_hint == "supports"


@responses.activate
def test_empty_answer_is_no_evidence(api_key):
    responses.get(url_re(FACTCHECK_API), body=fixture_text("factcheck_empty.json"))
    result = search_source(factcheck(), [TROOPS])
    assert result.run.status == "ok" and result.passages == {}


@responses.activate
def test_missing_api_key_fails_the_source_before_any_request(monkeypatch):
    monkeypatch.delenv("TEST_FACTCHECK_KEY", raising=False)
    result = search_source(factcheck(), [TROOPS])
    assert result.run.status == "error"
    assert result.run.error == (
        "the environment variable TEST_FACTCHECK_KEY (api_key_env) is not set; "
        "export TEST_FACTCHECK_KEY=<your key> before the run, or remove this source"
    )
    assert len(responses.calls) == 0


@responses.activate
def test_api_key_never_appears_in_errors(api_key):
    responses.get(url_re(FACTCHECK_API), status=403, json={"error": {"code": 403}})
    result = search_source(factcheck(), [TROOPS])
    assert result.run.status == "error"
    assert "SECRET-123" not in result.run.error
    assert result.run.error.startswith(f"{FACTCHECK_API} answered HTTP 403; check the API key")
