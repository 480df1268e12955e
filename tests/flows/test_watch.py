"""The watch flow in process (`watch.fn`, as the CLI runs it without a Prefect API)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import responses

from flows.ledger import Ledger
from flows.watch import run_watch
from tests.conftest import EXAMPLE_ARTICLE, ROOT

KB = ROOT / "examples" / "kb" / "facts.csv"
SECOND = (
    "Union State notes\n\nSince 1999, Russia and Belarus have been bound by the Union "
    "State treaty. Kyiv lies about 150 km south of the border with Belarus.\n"
)


def make_inbox(
    root: Path, *, feeds: list[str] = (), urls: list[str] = (), tolerance: float = 0.05
) -> Path:
    inbox = root / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "drills.txt").write_text(EXAMPLE_ARTICLE.read_text("utf-8"), "utf-8")
    (inbox / "union.md").write_text(SECOND, "utf-8")
    (inbox / "broken.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    config = root / "claimscope.toml"
    config.write_text(
        textwrap.dedent(f"""
        [[sources]]
        name = "example-kb"
        type = "csv"
        path = "{KB}"

        [verify]
        number_tolerance = {tolerance}

        [watch]
        folders = ["inbox"]
        feeds = {json.dumps(list(feeds))}
        urls = {json.dumps(list(urls))}
        concurrency = 2
    """),
        "utf-8",
    )
    return config


def outcomes(result) -> dict[str, str]:
    return {Path(a.location).name: a.outcome for a in result.articles}


def test_verifies_once_records_the_bad_one_and_then_does_nothing(tmp_path, report_schema):
    config = make_inbox(tmp_path)
    out = tmp_path / "out"
    first = run_watch(str(config), out)
    assert outcomes(first) == {
        "drills.txt": "verified",
        "union.md": "verified",
        "broken.txt": "rejected",
    }
    assert "binary" in next(a.error for a in first.articles if a.outcome == "rejected")
    second = run_watch(str(config), out)
    assert set(outcomes(second).values()) == {"unchanged"}
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert len(index["reports"]) == 2  # nothing new was written on the second run
    runs = Ledger(out).runs()
    assert sorted(r.status for r in runs) == ["done", "done", "rejected"]
    for run in runs:
        if run.status == "done":
            report = json.loads((Path(run.report_dir) / "report.json").read_text("utf-8"))
            assert not list(report_schema.iter_errors(report))


def test_changed_article_or_config_reverifies_and_writes_a_diff(tmp_path):
    config = make_inbox(tmp_path)
    out = tmp_path / "out"
    run_watch(str(config), out)
    (tmp_path / "inbox" / "union.md").write_text(SECOND.replace("150 km", "90 km"), "utf-8")
    edited = run_watch(str(config), out)
    assert outcomes(edited) == {
        "drills.txt": "unchanged",
        "union.md": "verified",
        "broken.txt": "unchanged",
    }
    make_inbox(tmp_path, tolerance=0.9)  # a looser tolerance: a new config digest
    reconfigured = run_watch(str(config), out)
    assert outcomes(reconfigured)["drills.txt"] == "verified"
    union = next(a for a in reconfigured.articles if a.location.endswith("union.md"))
    diff = json.loads((Path(union.report_dir) / "diff.json").read_text("utf-8"))
    kyiv = [c for c in diff["changes"] if "150 km" in c["text"]]
    assert kyiv and kyiv[0]["old_status"] == "refuted" and kyiv[0]["new_status"] != "refuted"
    assert (Path(union.report_dir) / "diff.md").read_text("utf-8").startswith("# Changes")


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Drills</title><link>https://news.example/drills</link></item>
<item><title>Down</title><link>https://news.example/down</link></item>
</channel></rss>"""
PAGE = (
    "<html><head><title>Drills begin</title></head><body><article><h1>Drills begin</h1>"
    "<p>Russia and Belarus began joint military air force drills in Belarus on January 16, "
    "2023, the defence ministries of both countries said in statements on Monday.</p>"
    "<p>Since 1999, Russia and Belarus have been bound by the Union State treaty, which "
    "aims at closer economic and military integration of the two countries.</p>"
    "</article></body></html>"
)


@responses.activate
def test_feeds_and_urls_fetch_pages_and_one_failure_stays_alone(tmp_path):
    responses.get("https://news.example/feed.xml", body=RSS, content_type="application/rss+xml")
    responses.get("https://news.example/drills", body=PAGE, content_type="text/html")
    responses.get("https://news.example/down", status=404)
    responses.get("https://gone.example/feed.xml", body=ConnectionError("refused"))
    config = make_inbox(
        tmp_path, feeds=["https://news.example/feed.xml", "https://gone.example/feed.xml"]
    )
    (tmp_path / "inbox" / "broken.txt").unlink()
    result = run_watch(str(config), tmp_path / "out")
    by_location = {a.location: a for a in result.articles}
    page = by_location["https://news.example/drills"]
    assert page.outcome == "verified", page.error
    report = json.loads((Path(page.report_dir) / "report.json").read_text("utf-8"))
    assert report["article"]["url"] == "https://news.example/drills"
    assert by_location["https://news.example/down"].outcome == "failed"
    assert "404" in by_location["https://news.example/down"].error
    assert [p.location for p in result.problems] == ["https://gone.example/feed.xml"]
    assert outcomes(result)["drills.txt"] == "verified"


INTERRUPTED = """
import os, signal, sys
from pathlib import Path
import flows.watch as watch

calls = []
real = watch.run_pipeline

def run_pipeline(*args, **kwargs):
    calls.append(1)
    if len(calls) == 2:  # die in the middle of the second article, as a killed worker would
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)

watch.run_pipeline = run_pipeline
watch.run_watch(sys.argv[1], Path(sys.argv[2]))
"""


def test_an_interrupted_run_loses_nothing_and_resumes(tmp_path):
    config = make_inbox(tmp_path)
    (tmp_path / "inbox" / "broken.txt").unlink()
    (tmp_path / "inbox" / "third.txt").write_text(
        "Third\n\nMinsk is the capital and largest city of Belarus.\n", "utf-8"
    )
    make_inbox_concurrency_one(config)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-c", INTERRUPTED, str(config), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    runs = Ledger(out).runs()
    assert sorted(r.status for r in runs) == ["done", "started"]  # one finished, one cut off
    resumed = run_watch(str(config), out)
    assert sorted(outcomes(resumed).values()) == ["unchanged", "verified", "verified"]
    statuses = [r.status for r in Ledger(out).runs()]
    assert statuses.count("done") == 3 and statuses.count("started") == 1


def make_inbox_concurrency_one(config: Path) -> None:
    config.write_text(config.read_text("utf-8").replace("concurrency = 2", "concurrency = 1"))


def test_watch_without_inputs_is_a_config_error(tmp_path):
    from claims.errors import ClaimscopeError

    config = tmp_path / "c.toml"
    config.write_text("[verify]\nnumber_tolerance = 0.05\n")
    with pytest.raises(ClaimscopeError, match=r"\[watch\] lists no folders"):
        run_watch(str(config), tmp_path / "out")


def test_reports_commands_work_on_watch_output(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from flows.cli import app

    config = make_inbox(tmp_path)
    out = tmp_path / "out"
    result = run_watch(str(config), out)
    folder = next(a.report_dir for a in result.articles if a.outcome == "verified")
    runner = CliRunner()
    listed = runner.invoke(app, ["reports", "list", str(out)], env={"COLUMNS": "200"})
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.count("russia-conducts") + listed.stdout.count("union-state") == 2
    shown = runner.invoke(app, ["reports", "show", folder])
    assert shown.exit_code == 0 and "refuted" in shown.stdout
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    assert runner.invoke(app, ["reports", "open", folder]).exit_code == 0
    assert opened == [(Path(folder) / "report.html").as_uri()]
