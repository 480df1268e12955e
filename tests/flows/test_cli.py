"""The command line as a user runs it: real files in, real reports out, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLE_CONFIG

runner = CliRunner()


def verify(*args: str, input: str | None = None):
    return runner.invoke(app, ["verify", *args], input=input)


def test_verify_writes_every_format_and_prints_a_summary(tmp_path, report_schema):
    out = tmp_path / "out"
    result = verify(str(EXAMPLE_ARTICLE), "--config", str(EXAMPLE_CONFIG), "--out", str(out))
    assert result.exit_code == 0, result.output
    for name in ("report.json", "report.md", "report.html", "claims.csv", "evidence.csv"):
        assert (out / name).stat().st_size > 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert not list(report_schema.iter_errors(report))
    assert "supported" in result.stdout and "not_checkable" in result.stdout
    assert re.search(rf"total\s*│\s*{report['summary']['total']}\s*│", result.stdout)
    assert str(out) in result.stdout.replace("\n", "")


def test_format_option_limits_the_files(tmp_path):
    result = verify(
        str(EXAMPLE_ARTICLE), "-c", str(EXAMPLE_CONFIG), "-o", str(tmp_path), "--format", "json,md"
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["index.html", "index.json", "report.json", "report.md"]  # + the run index


def test_fail_on_gates_on_a_status(tmp_path):
    args = [str(EXAMPLE_ARTICLE), "-c", str(EXAMPLE_CONFIG), "-o", str(tmp_path), "-f", "json"]
    assert verify(*args, "--fail-on", "conflicting").exit_code == 0
    gated = verify(*args, "--fail-on", "supported,refuted")
    assert gated.exit_code == 1
    assert "failing because of --fail-on" in gated.stderr
    assert (tmp_path / "report.json").exists()  # the report is written before gating


def test_stdin_article(tmp_path, report_schema):
    text = EXAMPLE_ARTICLE.read_text("utf-8")
    result = verify("-", "-c", str(EXAMPLE_CONFIG), "-o", str(tmp_path), "-f", "json", input=text)
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert not list(report_schema.iter_errors(report))
    assert report["article"]["path"] == "<stdin>"
    assert report["summary"]["supported"] >= 3


def test_verify_without_config_uses_no_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = verify(str(EXAMPLE_ARTICLE), "-o", "out", "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["run"]["sources"] == []
    assert {c["status"] for c in report["claims"]} <= {"not_enough_evidence", "not_checkable"}
    assert any("No sources are configured" in c["rationale"] for c in report["claims"])


def bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owners said the treaty was signed in 1999.".encode("latin-1"))
    broken = tmp_path / "broken.toml"
    broken.write_text("[[sources]\nname = 'x'\n")
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[[sources]]\nname = 'kb'\ntype = 'sql'\n")
    nofile = tmp_path / "nofile.toml"
    nofile.write_text("[[sources]]\nname = 'kb'\ntype = 'csv'\npath = 'gone.csv'\n")
    nocol = tmp_path / "nocol.toml"
    (tmp_path / "kb.csv").write_text("statement,url\nMinsk is the capital.,https://x\n")
    nocol.write_text("[[sources]]\nname = 'kb'\ntype = 'csv'\npath = 'kb.csv'\n")
    art = str(EXAMPLE_ARTICLE)
    return [
        ([str(tmp_path / "missing.txt")], "article not found"),
        ([str(empty)], "article is empty"),
        ([str(binary)], "binary file"),
        ([str(latin)], "not valid UTF-8"),
        ([art, "-c", str(broken)], "is not valid TOML"),
        ([art, "-c", str(unknown)], "unknown source type 'sql'"),
        ([art, "-c", str(nofile)], "file not found"),
        ([art, "-c", str(nocol)], "column 'text' not found"),
        ([art, "-c", str(tmp_path / "nope.toml")], "config file not found"),
        ([art, "-f", "pdf"], "unknown report format: pdf"),
        ([art, "--fail-on", "wrong"], "unknown status for --fail-on: 'wrong'"),
    ]


def test_bad_input_is_one_line_exit_2_no_traceback(tmp_path):
    for args, message in bad_inputs(tmp_path):
        result = verify(*args, "-o", str(tmp_path / "out"))
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, result.stderr)
        assert lines[0].startswith("claimscope: error: ") and message in lines[0], lines[0]
        assert "Traceback" not in result.output


def test_debug_shows_the_traceback(tmp_path):
    result = runner.invoke(app, ["--debug", "verify", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert type(result.exception).__name__ == "ArticleError"


def test_extract_json(tmp_path):
    result = runner.invoke(app, ["extract", str(EXAMPLE_ARTICLE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["title"].startswith("Russia Conducts")
    texts = [c["text"] for c in data["claims"]]
    assert not any("Reuters contributed" in t or "unable to verify" in t for t in texts)
    assert not any(t == "Adam Morrow" or t.startswith("Fears of Russian") for t in texts)
    hedged = [c for c in data["claims"] if "will likely" in c["text"]]
    assert hedged and not any(c["checkworthy"] and "will likely" in c["text"] for c in hedged)


def test_extract_table():
    result = runner.invoke(app, ["extract", str(EXAMPLE_ARTICLE)])
    assert result.exit_code == 0, result.output
    assert "Adam Morrow" in result.stdout and "2023-01-16" in result.stdout


@pytest.mark.parametrize("command", ["verify", "extract"])
def test_installed_console_script_reports_bad_input(tmp_path, command):
    """The real entry point, in a subprocess: exit 2 and one line, no traceback."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", command, str(empty)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"claimscope: error: article is empty: {empty}; give a file that contains the article text"
    )


JOBS = Path(__file__).resolve().parent.parent / "data" / "jobs"


def test_a_jobs_story_against_a_table_of_statistics(tmp_path):
    """A second story, end to end: each figure is checked against the statement of its own
    month, and none is refuted by another month's figure or by a part of a count."""
    out = tmp_path / "out"
    result = verify(
        str(JOBS / "jobs-report.txt"), "--config", str(JOBS / "claimscope.toml"), "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    claims = json.loads((out / "report.json").read_text("utf-8"))["claims"]
    status = {c["text"]: c["status"] for c in claims}
    # ", down from 297,000 in September" is a claim of its own, with its own month
    assert status["U.S. employers added 150,000 jobs in October 2023."] == "supported"
    assert status["U.S. employers added 297,000 jobs in September 2023."] == "not_enough_evidence"
    assert status["The Federal Reserve left rates unchanged on November 1, 2023."] == "supported"
    # 10 rate rises and "once more": the 10 is a part of the count, no contradiction of 11
    assert (
        status["The Federal Reserve has raised interest rates 11 times since March 2022."]
        == "not_enough_evidence"
    )
    assert "refuted" not in status.values()
