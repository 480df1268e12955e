"""The `claimscope` command line: a thin layer over the same functions the flows call.

Errors in the user's input (article, config, options) print one line on stderr naming the
problem and the fix, and exit with status 2; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table

from claims.errors import ClaimscopeError
from claims.model import Status
from flows.cli_common import (
    EXIT_FAIL_ON,
    EXIT_USAGE,
    ArticleArg,
    ConfigOpt,
    OutOpt,
    State,
    console,
    say,
    user_errors,
)
from flows.cli_reports import reports_app
from flows.cli_watch import serve, watch_once

app = typer.Typer(
    help="Split a news article into claims, check each against your reference sources, report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    State.debug = debug


def _split_list(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


def _parse_statuses(value: str | None) -> list[Status]:
    statuses = []
    for name in _split_list(value):
        try:
            statuses.append(Status(name))
        except ValueError:
            raise ClaimscopeError(
                f"unknown status for --fail-on: '{name}'",
                f"use any of: {', '.join(s.value for s in Status)}",
            ) from None
    return statuses


def _read_stdin(article: str) -> str | None:
    return sys.stdin.read() if article == "-" else None


@app.command()
def verify(
    article: ArticleArg,
    config: ConfigOpt = None,
    out: OutOpt = Path("claimscope-out"),
    format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="Comma-separated: json,md,html,csv (default from config)."
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on", help="Exit 1 if any claim has one of these statuses, e.g. refuted."
        ),
    ] = None,
    prefect: Annotated[
        bool | None,
        typer.Option(
            "--prefect/--no-prefect",
            help="Run as an orchestrated Prefect flow run (default: when a Prefect API is set).",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Live sources answer only from their HTTP cache.")
    ] = False,
) -> None:
    """Verify an article and write its reports."""
    with user_errors():
        from reports.render import check_formats

        formats = check_formats(_split_list(format)) if format else None
        gate = _parse_statuses(fail_on)
        from flows.pipeline import run_verify  # imports Prefect: only for this command

        outcome = run_verify(
            article,
            str(config) if config else None,
            out,
            formats,
            stdin_text=_read_stdin(article),
            orchestrate=prefect,
            offline=offline,
        )
    report = outcome.report
    say(report.article.title or article, style="bold")
    table = Table()
    table.add_column("status")
    table.add_column("claims", justify="right")
    for status in Status:
        table.add_row(status.value, str(report.count(status)))
    table.add_row("total", str(report.summary.total), style="bold")
    console.print(table)
    for run in report.run.sources:
        if run.status == "error":
            say(f"source {run.name} failed: {run.error}", style="yellow")
    say(f"Reports in {out}: " + ", ".join(Path(f).name for f in outcome.files))
    hits = [s for s in gate if report.count(s)]
    if hits:
        counts = ", ".join(f"{report.count(s)} {s.value}" for s in hits)
        sys.stderr.write(f"claimscope: failing because of --fail-on: {counts}\n")
        raise typer.Exit(EXIT_FAIL_ON)


@app.command()
def extract(
    article: ArticleArg,
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the claims as JSON.")] = False,
) -> None:
    """Print the claims of an article, without checking them."""
    with user_errors():
        from claims.extract import extract_claims
        from claims.ingest import read_article
        from flows.config import load_config

        settings = load_config(config).settings
        doc = read_article(article, stdin_text=_read_stdin(article))
        claims = extract_claims(doc, settings.extract.extractor)
    if as_json:
        payload = {
            "article": doc.model_dump(
                include={"id", "title", "byline", "published", "url", "path"}
            ),
            "claims": [c.model_dump(mode="json") for c in claims],
        }
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    say(
        f"{doc.title or article} · {doc.byline or 'no byline'} · "
        f"{doc.published or 'no date'} · {len(claims)} claims"
    )
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("kind")
    table.add_column("check", max_width=18)
    table.add_column("claim", ratio=1)
    for i, claim in enumerate(claims, 1):
        check = "yes" if claim.checkworthy else f"no ({claim.not_checkable_reason})"
        table.add_row(str(i), claim.kind, check, claim.text)
    console.print(table)


# --- sources: `claimscope sources check` (issue 5) ------------------------------------------
sources_app = typer.Typer(help="Inspect the configured reference sources.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("check")
def sources_check(
    config: ConfigOpt = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Answer only from the HTTP cache.")
    ] = False,
) -> None:
    """Validate the config and probe each source once: name, type, status, latency, fix."""
    with user_errors():
        from flows.config import load_config
        from sources.check import check_sources
        from sources.http import offline_mode

        loaded = load_config(config)
        with offline_mode(offline):
            checks = check_sources(loaded.settings.sources, loaded.base_dir, loaded.label)
    if not checks:
        say("No sources configured: add [[sources]] tables to the config.")
        raise typer.Exit(EXIT_USAGE)
    table = Table(title=f"Sources in {loaded.path or 'the default config'}", title_justify="left")
    for column in ("name", "type", "status", "latency", "detail", "fix"):
        table.add_column(
            column, justify="right" if column == "latency" else "left", overflow="fold"
        )
    colours = {"ok": "green", "invalid": "red", "error": "yellow"}
    for check in checks:
        latency = f"{check.latency_s * 1000:.0f} ms" if check.latency_s is not None else "-"
        status = f"[{colours[check.status]}]{check.status}[/]"
        table.add_row(check.name, check.type, status, latency, check.detail, check.fix)
    console.print(table)
    if any(c.status != "ok" for c in checks):
        raise typer.Exit(EXIT_FAIL_ON)


# --- eval and index: `claimscope eval`, `claimscope index build` (issue 4) -----------------
index_app = typer.Typer(help="Build the on-disk indexes of local knowledge bases.")
app.add_typer(index_app, name="index")


@app.command("eval")
def eval_pairs(
    pairs: Annotated[
        Path, typer.Argument(help='JSON Lines of {"id", "claim", "evidence", "label"}.')
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write one prediction per line to this file."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Judge labelled claim/evidence pairs the way the pipeline does; print the scores."""
    with user_errors():
        from claims.evaluate import evaluate, format_report, predict_all, read_pairs
        from flows.config import load_config

        settings = load_config(config).settings.verify
        labelled = list(read_pairs(pairs))
        predictions = predict_all(labelled, settings)
    report = evaluate([p.gold for p in labelled], [p.status for p in predictions])
    say(format_report(report))
    if out is not None:
        from claims.evaluate import write_predictions

        write_predictions(predictions, out)
        say(f"Predictions in {out}")


@index_app.command("build")
def index_build(config: ConfigOpt = None) -> None:
    """Build (once per file content) the on-disk index of every table and folder source."""
    with user_errors():
        from flows.config import load_config
        from sources.matching import build_indexes

        results = build_indexes(load_config(config).open_sources())
    if not results:
        say("No sources configured: add [[sources]] tables to the config.")
        raise typer.Exit(EXIT_USAGE)
    table = Table(title="Indexes", title_justify="left")
    for column in ("source", "statements", "status", "time", "size"):
        table.add_column(column, justify="right" if column in ("statements", "time") else "left")
    for name, build in results:
        if build is None:
            table.add_row(name, "-", "no local statements", "-", "-", "-")
            continue
        table.add_row(
            name,
            f"{build.statements:,}",
            "built" if build.built else "up to date",
            f"{build.seconds:.2f} s",
            f"{build.size_bytes / 1e6:.1f} MB",
        )
    console.print(table)
    for name, build in results:
        if build is not None:
            say(f"{name}: {build.path}")


app.add_typer(reports_app, name="reports")
app.command("watch")(watch_once)
app.command("serve")(serve)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
