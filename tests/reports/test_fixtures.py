"""Every format renders from the report fixtures in tests/data/reports, which are themselves
validated against the JSON Schema first (the fixtures are the schema's worked examples)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from claims.model import Status
from reports.claimreview import RATINGS
from reports.model import Report
from reports.render import FORMATS, write_reports
from tests.conftest import DATA

FIXTURES = sorted((DATA / "reports").glob("*.json"))


@pytest.fixture(params=FIXTURES, ids=[p.stem for p in FIXTURES])
def fixture(request):
    return json.loads(request.param.read_text("utf-8"))


def test_fixture_is_valid_against_the_schema(fixture, report_schema):
    assert not list(report_schema.iter_errors(fixture))


def test_every_format_renders_from_the_fixture(fixture, tmp_path, report_schema):
    report = Report.model_validate(fixture)
    written = write_reports(report, None, tmp_path, list(FORMATS))
    assert {p.name for p in written} == {
        "report.json",
        "report.md",
        "report.html",
        "claimreview.jsonld",
        "claims.csv",
        "evidence.csv",
    }
    assert json.loads((tmp_path / "report.json").read_text("utf-8")) == fixture  # round trip
    md = (tmp_path / "report.md").read_text("utf-8")
    html = (tmp_path / "report.html").read_text("utf-8")
    for status in Status:
        count = fixture["summary"][status.value]
        assert f"| {status.value} | {count} |" in md
        assert f'data-count="{status.value}">{count}<' in html
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert list(claims["id"]) == [c["id"] for c in fixture["claims"]]
    evidence = pd.read_csv(tmp_path / "evidence.csv")
    assert len(evidence) == sum(len(c["evidence"]) for c in fixture["claims"])
    reviews = json.loads((tmp_path / "claimreview.jsonld").read_text("utf-8"))
    decided = [c for c in fixture["claims"] if Status(c["status"]) in RATINGS]
    assert [r["identifier"] for r in reviews] == [c["id"] for c in decided]
