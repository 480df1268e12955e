"""Every format, from the example run and from a hand-built report with every status."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from claims.model import Article, Evidence, Paragraph, SourceRun, Stance, Status
from reports.build import build_report
from reports.render import render_html, render_markdown, write_reports
from tests.conftest import EXAMPLE_ARTICLE


def test_example_report_files_and_schema(example_run, report_schema):
    names = sorted(p.rsplit("/", 1)[-1] for p in example_run.files)
    assert names == ["claims.csv", "evidence.csv", "report.html", "report.json", "report.md"]
    data = json.loads((example_run.report_path("json")).read_text("utf-8"))
    errors = sorted(report_schema.iter_errors(data), key=str)
    assert not errors, errors[0]
    assert data["article"]["path"] == str(EXAMPLE_ARTICLE)
    assert data["summary"]["total"] == len(data["claims"]) > 20
    assert sum(data["summary"][s.value] for s in Status) == data["summary"]["total"]


def test_every_claim_has_status_confidence_rationale_and_evidence_urls(example_run):
    for claim in example_run.report.claims:
        assert claim.status in Status
        assert 0.0 <= claim.confidence <= 1.0
        assert claim.rationale.strip()
        if claim.status in (Status.SUPPORTED, Status.REFUTED):
            deciding = [e for e in claim.evidence if e.stance != Stance.NEUTRAL]
            assert deciding and all(e.url for e in deciding)
    assert example_run.report.count(Status.SUPPORTED) >= 3
    assert example_run.report.count(Status.NOT_CHECKABLE) >= 2


def _hand_built_report():
    text = "Title\n\nThe treaty was signed in 1999. <script>alert(1)</script> was typed here.\n"
    s1 = text.index("The treaty")
    s2 = text.index("<script>")
    article = Article(
        id="0" * 64,
        text=text,
        title="Title <b>bold</b>",
        published="2023-01-16",
        paragraphs=(
            Paragraph(start=0, end=5, text="Title", role="title"),
            Paragraph(start=s1, end=len(text) - 1, text=text[s1:-1], role="body"),
        ),
    )
    from claims.extract import build_claim
    from claims.model import Verdict

    c1 = build_claim(article.id, "The treaty was signed in 1999.", (s1, s1 + 30), "event", None)
    c2 = build_claim(article.id, text[s2 : len(text) - 1], (s2, len(text) - 1), "event", None)
    ev = Evidence(
        source="kb",
        text="Signed in 1999 | with *stars*",
        url="https://x.example/1",
        score=0.9,
        stance=Stance.SUPPORTS,
        reason="same fact",
    )
    bad = ev.model_copy(update={"stance": Stance.REFUTES, "source": "wire"})
    verdicts = [
        Verdict(
            claim_id=c1.id,
            status=Status.CONFLICTING,
            confidence=0.7,
            rationale="disagree",
            evidence=(ev, bad),
        ),
        Verdict(
            claim_id=c2.id,
            status=Status.NOT_ENOUGH_EVIDENCE,
            confidence=0.5,
            rationale="Source 'wiki' failed",
        ),
    ]
    runs = [
        SourceRun(name="kb", type="csv", trust=1.0, status="ok"),
        SourceRun(
            name="wiki",
            type="wikipedia",
            trust=0.8,
            status="error",
            error="ReadTimeout: timed out after 10 s",
        ),
    ]
    report = build_report(
        article,
        [c1, c2],
        verdicts,
        runs,
        run_id="r1",
        started_at="2023-01-16T00:00:00+00:00",
        finished_at="2023-01-16T00:00:01+00:00",
        config_digest="abc",
    )
    return report, article


def test_hand_built_report_validates(report_schema):
    report, _ = _hand_built_report()
    data = json.loads(report.model_dump_json())
    assert not list(report_schema.iter_errors(data))
    assert data["summary"] == {
        "total": 2,
        "supported": 0,
        "refuted": 0,
        "conflicting": 1,
        "not_enough_evidence": 1,
        "not_checkable": 0,
    }


def test_html_escapes_article_text_and_shows_failed_sources():
    report, article = _hand_built_report()
    html = render_html(report, article)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Title &lt;b&gt;bold&lt;/b&gt;" in html
    assert 'role="alert"' in html and "ReadTimeout" in html
    assert 'data-count="conflicting">1<' in html
    assert "http" not in html.split("<style>")[0]  # self-contained: no external assets
    assert "<link" not in html and "src=" not in html


def test_markdown_groups_by_status_and_escapes_tables():
    report, _ = _hand_built_report()
    md = render_markdown(report)
    assert "| conflicting | 1 |" in md
    assert "## Conflicting (1)" in md
    assert "Signed in 1999 \\| with \\*stars\\*" in md
    assert "[link](https://x.example/1)" in md
    assert "Source `wiki` (wikipedia) error" in md


def test_csv_files_one_row_per_claim_and_per_evidence(tmp_path):
    report, article = _hand_built_report()
    write_reports(report, article, tmp_path, ["csv"])
    claims = pd.read_csv(tmp_path / "claims.csv")
    evidence = pd.read_csv(tmp_path / "evidence.csv")
    assert list(claims["status"]) == ["conflicting", "not_enough_evidence"]
    assert len(evidence) == 2 and set(evidence["stance"]) == {"supports", "refutes"}


def test_unknown_format_is_refused(tmp_path):
    from claims.errors import ClaimscopeError

    report, article = _hand_built_report()
    with pytest.raises(ClaimscopeError, match="unknown report format: pdf"):
        write_reports(report, article, tmp_path, ["json", "pdf"])
    assert not (tmp_path / "report.json").exists()  # nothing half-written
