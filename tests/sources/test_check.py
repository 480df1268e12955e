"""`claimscope sources check`: validate each source, probe it once, say how to fix it."""

from __future__ import annotations

import re

import responses
from typer.testing import CliRunner

from flows.cli import app
from sources.check import check_sources
from tests.conftest import EXAMPLES
from tests.sources.httpkit import WIKI_API, fixture_text, url_re

CSV = (EXAMPLES / "kb" / "facts.csv").as_posix()
CONFIG = f"""
[[sources]]
name = "kb"
type = "csv"
path = "{CSV}"

[[sources]]
name = "wiki"
type = "wikipedia"

[[sources]]
name = "factchecks"
type = "factcheck"
api_key_env = "CHECK_TEST_KEY"
"""


@responses.activate
def test_rows_for_ok_invalid_and_failing_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("CHECK_TEST_KEY", raising=False)
    responses.get(url_re(WIKI_API), body=fixture_text("wikipedia_search.json"))
    tables = [
        {"name": "kb", "type": "csv", "path": CSV},
        {"name": "wiki", "type": "wikipedia"},
        {"name": "factchecks", "type": "factcheck", "api_key_env": "CHECK_TEST_KEY"},
        {"name": "typo", "type": "wikipedia", "languag": "en"},
        {"name": "wiki", "type": "rss", "url": "https://x.example/feed"},
    ]
    rows = {(c.name, c.type): c for c in check_sources(tables, tmp_path)}
    assert rows["kb", "csv"].status == "ok" and rows["kb", "csv"].detail == "37 statements"
    assert rows["wiki", "wikipedia"].status == "ok"
    assert rows["wiki", "wikipedia"].latency_s is not None
    fc = rows["factchecks", "factcheck"]
    assert fc.status == "error" and fc.fix.startswith("export CHECK_TEST_KEY=")
    assert rows["typo", "wikipedia"].status == "invalid"
    assert "unknown key 'languag'" in rows["typo", "wikipedia"].detail
    assert rows["wiki", "rss"].fix == "give every [[sources]] table a unique name"
    assert len(responses.calls) == 1  # one probe request for the one reachable live source


@responses.activate
def test_cli_prints_a_table_and_exits_1_when_a_source_is_broken(tmp_path, monkeypatch):
    monkeypatch.delenv("CHECK_TEST_KEY", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    responses.get(url_re(WIKI_API), body=fixture_text("wikipedia_search.json"))
    config = tmp_path / "claimscope.toml"
    config.write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(app, ["sources", "check", "--config", str(config)])
    assert result.exit_code == 1, result.output
    out = re.sub(r"\s+", " ", result.output)
    for text in (
        "name",
        "type",
        "status",
        "latency",
        "fix",
        "kb",
        "csv",
        "wiki",
        "wikipedia",
        "factchecks",
        "error",
        "CHECK_TEST_KEY",
    ):
        assert text in out


def test_cli_offline_with_an_empty_cache_reports_the_miss(tmp_path):
    config = tmp_path / "claimscope.toml"
    config.write_text('[[sources]]\nname = "wiki"\ntype = "wikipedia"\n', encoding="utf-8")
    with responses.RequestsMock():  # any real request would fail the test
        result = CliRunner().invoke(
            app,
            ["sources", "check", "--config", str(config), "--offline"],
            env={"COLUMNS": "250"},
        )
    assert result.exit_code == 1
    assert "offline and no cached response" in re.sub(r"\s+", " ", result.output)
