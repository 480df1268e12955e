"""Run index, ClaimReview export and the `reports` commands on real pipeline output."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from flows.cli import app
from reports.index import load_report, scan, write_index
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLE_CONFIG

runner = CliRunner()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Two report folders under one root, the second newer, plus one broken report.json."""
    root = tmp_path_factory.mktemp("runs")
    for name in ("first", "second"):
        result = runner.invoke(
            app,
            [
                "verify",
                str(EXAMPLE_ARTICLE),
                "-c",
                str(EXAMPLE_CONFIG),
                "-o",
                str(root / name),
                "-f",
                "json,html,claimreview",
            ],
        )
        assert result.exit_code == 0, result.output
    (root / "broken").mkdir()
    (root / "broken" / "report.json").write_text("{not json")
    return root


def test_each_run_writes_an_index_in_its_output_folder(two_runs):
    data = json.loads((two_runs / "first" / "index.json").read_text("utf-8"))
    assert [e["report"] for e in data["reports"]] == ["."]
    assert (two_runs / "first" / "index.html").is_file()


def test_index_lists_every_report_newest_first_and_skips_broken_ones(two_runs):
    paths = write_index(two_runs)
    assert [p.name for p in paths] == ["index.json", "index.html"]
    data = json.loads((two_runs / "index.json").read_text("utf-8"))
    assert [e["report"] for e in data["reports"]] == ["second", "first"]
    entry = data["reports"][0]
    assert entry["title"].startswith("Russia Conducts")
    assert (
        sum(entry["summary"][k] for k in entry["summary"] if k != "total")
        == entry["summary"]["total"]
    )
    html = (two_runs / "index.html").read_text("utf-8")
    assert 'href="second/report.html"' in html and 'href="first/report.html"' in html
    assert html.index("second/report.html") < html.index("first/report.html")


def test_claimreview_export(two_runs):
    reviews = json.loads((two_runs / "first" / "claimreview.jsonld").read_text("utf-8"))
    report = load_report(two_runs / "first")
    decided = [
        c for c in report.claims if c.status.value in ("supported", "refuted", "conflicting")
    ]
    assert len(reviews) == len(decided) > 0
    for review, claim in zip(reviews, decided, strict=True):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == claim.text
        rating = review["reviewRating"]
        assert (
            rating["alternateName"]
            == {"supported": "Supported", "refuted": "Refuted", "conflicting": "Conflicting"}[
                claim.status.value
            ]
        )
        assert 1 <= rating["ratingValue"] <= 5
        assert review["citation"]  # the deciding evidence URLs


def test_reports_list(two_runs):
    result = runner.invoke(app, ["reports", "list", str(two_runs)])
    assert result.exit_code == 0, result.output
    assert result.stdout.index("second") < result.stdout.index("first")
    assert len(scan(two_runs)) == 2


def test_reports_show_puts_refuted_first(two_runs):
    result = runner.invoke(app, ["reports", "show", str(two_runs / "first" / "report.json")])
    assert result.exit_code == 0, result.output
    report = load_report(two_runs / "first")
    assert "Russia Conducts" in result.stdout
    refuted = [c for c in report.claims if c.status.value == "refuted"]
    if refuted:
        assert result.stdout.index("refuted ·") < result.stdout.index("other claims")


def test_reports_open_uses_the_default_browser(two_runs, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = runner.invoke(app, ["reports", "open", str(two_runs / "second")])
    assert result.exit_code == 0, result.output
    assert opened == [(two_runs / "second" / "report.html").resolve().as_uri()]


@pytest.mark.parametrize("command", ["show", "open"])
def test_reports_commands_on_a_missing_report(tmp_path, command):
    result = runner.invoke(app, ["reports", command, str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimscope: error: no report")


def test_reports_show_on_a_broken_report(two_runs):
    result = runner.invoke(app, ["reports", "show", str(two_runs / "broken")])
    assert result.exit_code == 2
    assert "is not a claimscope report" in result.stderr


def test_index_survives_a_deleted_report(two_runs, tmp_path):
    root = tmp_path / "copy"
    shutil.copytree(two_runs, root)
    shutil.rmtree(root / "first")
    write_index(root)
    data = json.loads((root / "index.json").read_text("utf-8"))
    assert [e["report"] for e in data["reports"]] == ["second"]
