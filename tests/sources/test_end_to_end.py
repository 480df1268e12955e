"""The example article through the in-process pipeline with a local CSV and every live source
type mocked: evidence tagged with its source, one failing source recorded, the rest still used,
and a second run answered from the cache."""

from __future__ import annotations

import json

import pytest
import responses
from responses import matchers

from tests.conftest import EXAMPLE_ARTICLE, EXAMPLES
from tests.sources.httpkit import (
    FACTCHECK_API,
    NEWSROOM_API,
    RSS_FEED,
    WIKI_API,
    fixture_text,
    url_re,
)

BROKEN_API = "https://broken.example.org/search"
CONFIG = f"""
[[sources]]
name = "example-kb"
type = "csv"
path = "{(EXAMPLES / "kb" / "facts.csv").as_posix()}"
trust = 0.9

[[sources]]
name = "wiki"
type = "wikipedia"
language = "en"
trust = 0.8
rate_limit_per_s = 100

[[sources]]
name = "factchecks"
type = "factcheck"
api_key_env = "E2E_FACTCHECK_KEY"
rate_limit_per_s = 100

[[sources]]
name = "newsroom"
type = "http_json"
base_url = "{NEWSROOM_API}"
params = {{ q = "{{query}}" }}
items_path = "data.results"
text_path = "body"
url_path = "links.canonical"
date_path = "meta.published"
rate_limit_per_s = 100

[[sources]]
name = "wire"
type = "rss"
url = "{RSS_FEED}"

[[sources]]
name = "broken"
type = "http_json"
base_url = "{BROKEN_API}"
params = {{ q = "{{query}}" }}
retries = 1
rate_limit_per_s = 100
"""
LIVE = {"wiki", "factchecks", "newsroom", "wire"}


def mock_every_api() -> None:
    responses.get(
        WIKI_API,
        body=fixture_text("wikipedia_search.json"),
        match=[matchers.query_param_matcher({"list": "search"}, strict_match=False)],
    )
    responses.get(
        WIKI_API,
        body=fixture_text("wikipedia_extracts.json"),
        match=[
            matchers.query_param_matcher({"prop": "extracts|revisions|info"}, strict_match=False)
        ],
    )
    responses.get(url_re(FACTCHECK_API), body=fixture_text("factcheck_claims_search.json"))
    responses.get(url_re(NEWSROOM_API), body=fixture_text("newsroom_search.json"))
    responses.get(RSS_FEED, body=fixture_text("wire.rss.xml"))
    responses.get(url_re(BROKEN_API), status=503)


def hosts(calls) -> dict[str, int]:
    counts: dict[str, int] = {}
    for call in calls:
        host = call.request.url.split("/")[2]
        counts[host] = counts.get(host, 0) + 1
    return counts


@pytest.fixture
def config_path(tmp_path, monkeypatch):
    monkeypatch.setenv("E2E_FACTCHECK_KEY", "e2e-SECRET")
    path = tmp_path / "claimscope.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@responses.activate
def test_example_article_through_every_source_type_cold_then_warm(
    config_path, tmp_path, report_schema
):
    from flows.pipeline import verify_article

    mock_every_api()
    outcome = verify_article.fn(
        article=str(EXAMPLE_ARTICLE), config_path=str(config_path), out_dir=str(tmp_path / "out")
    )
    cold = len(responses.calls)
    cold_hosts = hosts(responses.calls)
    report = outcome.report

    runs = {r.name: r for r in report.run.sources}
    assert {n for n, r in runs.items() if r.status == "ok"} == {"example-kb", *LIVE}
    assert runs["broken"].status == "error"
    assert runs["broken"].error.startswith(f"{BROKEN_API} answered HTTP 503 after 2 attempts")

    names = set(runs)
    evidence = [e for c in report.claims for e in c.evidence]
    assert evidence and all(e.source in names for e in evidence)
    assert {e.source for e in evidence} >= {"example-kb", *LIVE}
    for claim in report.claims:
        if claim.checkworthy:
            assert "Source 'broken' failed" in claim.rationale

    written = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert not list(report_schema.iter_errors(written))  # a failed source is in the contract too
    assert "e2e-SECRET" not in json.dumps(written)
    assert "e2e-SECRET" not in (tmp_path / "out" / "report.md").read_text("utf-8")

    # Warm: the same article again is answered from the cache, except the failing source.
    verify_article.fn(
        article=str(EXAMPLE_ARTICLE), config_path=str(config_path), out_dir=str(tmp_path / "o2")
    )
    warm = len(responses.calls) - cold
    warm_hosts = hosts(responses.calls[cold:])
    print(
        f"\nHTTP requests for the example article: cold {cold} {cold_hosts}, "
        f"warm {warm} {warm_hosts}"
    )
    assert set(warm_hosts) == {"broken.example.org"}
    assert warm_hosts["broken.example.org"] == cold_hosts["broken.example.org"] == 2
