"""`claimscope reports ...`: list, show and open the reports in an output folder."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claims.errors import ClaimscopeError
from claims.model import Stance, Status
from flows.cli_common import console, say, user_errors
from reports.index import load_report, scan
from reports.render import STATUS_COLOURS, STATUS_ORDER

reports_app = typer.Typer(help="List, show and open generated reports.", no_args_is_help=True)
SHORT = {
    Status.REFUTED: "ref.",
    Status.CONFLICTING: "confl.",
    Status.SUPPORTED: "supp.",
    Status.NOT_ENOUGH_EVIDENCE: "no ev.",
    Status.NOT_CHECKABLE: "n/chk",
}
ReportArg = Annotated[Path, typer.Argument(help="A report folder, its report.json or report.html.")]


@reports_app.command("list")
def list_reports(
    folder: Annotated[Path, typer.Argument(help="Output folder to search (any depth).")] = Path(
        "claimscope-out"
    ),
) -> None:
    """Every report under FOLDER, newest first."""
    with user_errors():
        if not folder.is_dir():
            raise ClaimscopeError(
                f"folder not found: {folder}",
                "pass the folder given to --out (default claimscope-out)",
            )
        entries = scan(folder)
    if not entries:
        say(f"No reports under {folder}.")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("checked (UTC)", max_width=10)
    table.add_column("article / report folder", overflow="fold", min_width=24)
    for status in STATUS_ORDER:
        table.add_column(SHORT[status], justify="right", style=STATUS_COLOURS[status], no_wrap=True)
    for e in entries:
        article = Text(e.title or e.article_path or e.article_id[:12])
        article.append(f"\n{folder / e.report}", style="dim")
        table.add_row(
            e.finished_at[:16].replace("T", " "),
            article,
            *(str(getattr(e.summary, s.value)) for s in STATUS_ORDER),
        )
    console.print(table)


@reports_app.command("show")
def show_report(
    report: ReportArg,
    all_claims: Annotated[bool, typer.Option("--all", help="Detail every claim.")] = False,
) -> None:
    """A terminal rendering: the summary, then refuted and conflicting claims first."""
    with user_errors():
        data = load_report(report)
    art = data.article
    say(art.title or art.path or "untitled article", style="bold")
    say(
        " · ".join(
            x
            for x in (
                art.byline,
                art.published,
                art.url or art.path,
                f"checked {data.run.finished_at}",
            )
            if x
        )
    )
    summary = Table(show_header=False, box=None)
    for status in STATUS_ORDER:
        summary.add_row(Text(status.value, style=STATUS_COLOURS[status]), str(data.count(status)))
    summary.add_row(Text("total", style="bold"), str(data.summary.total))
    console.print(summary)
    for run in data.run.sources:
        if run.status == "error":
            say(f"source {run.name} failed: {run.error}", style="yellow")
    detailed = STATUS_ORDER if all_claims else [Status.REFUTED, Status.CONFLICTING]
    for claim in sorted(data.claims, key=lambda c: STATUS_ORDER.index(c.status)):
        if claim.status not in detailed:
            continue
        body = Text(claim.text + "\n", style="bold")
        body.append(claim.rationale + "\n")
        for e in claim.evidence:
            if e.stance == Stance.NEUTRAL and not all_claims:
                continue
            body.append(f"{e.stance.value} {e.score:.2f} · {e.source}: ", style="italic")
            body.append(f"“{e.text}”" + (f" {e.url}" if e.url else "") + "\n")
        console.print(
            Panel(
                body,
                title=f"{claim.status.value} · {claim.confidence:.2f}",
                title_align="left",
                border_style=STATUS_COLOURS[claim.status],
            )
        )
    rest = [c for c in data.claims if c.status not in detailed]
    if rest:
        table = Table(title="other claims (--all for details)", title_justify="left")
        table.add_column("status")
        table.add_column("claim")
        for claim in rest:
            table.add_row(Text(claim.status.value, style=STATUS_COLOURS[claim.status]), claim.text)
        console.print(table)


@reports_app.command("open")
def open_report(report: ReportArg) -> None:
    """Open the HTML report in the default browser."""
    with user_errors():
        html = report / "report.html" if report.is_dir() else report.with_name("report.html")
        if not html.is_file():
            raise ClaimscopeError(
                f"no report.html at {html.parent}",
                "run verify with --format html (the default) first",
            )
        if not webbrowser.open(html.resolve().as_uri()):
            raise ClaimscopeError(
                f"no browser could be started for {html}",
                "open the file yourself, or set the BROWSER variable",
            )
    say(f"Opened {html}")


@reports_app.command("diff")
def diff(old: ReportArg, new: ReportArg) -> None:
    """Claims whose status changed from the OLD report to the NEW one."""
    from reports.diff import diff_reports

    with user_errors():
        before, after = load_report(old), load_report(new)
        if before.article.id != after.article.id:
            say(
                "note: the two reports are of different article texts; claims are matched by id",
                style="yellow",
            )
        changes = diff_reports(before, after)
    if not changes:
        say("No claim changed status.")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("claim", overflow="fold")
    table.add_column("before")
    table.add_column("after")
    for c in changes:
        table.add_row(
            c.text,
            Text(c.old_status or "(new)", style=STATUS_COLOURS.get(c.old_status, "")),
            Text(c.new_status or "(gone)", style=STATUS_COLOURS.get(c.new_status, "")),
        )
    console.print(table)
    say(f"{len(changes)} claim{'s' if len(changes) != 1 else ''} changed status.")
