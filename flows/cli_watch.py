"""`claimscope watch` and `claimscope serve`: the scheduled side of claimscope."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table

from claims.errors import ClaimscopeError
from flows.cli_common import ConfigOpt, OutOpt, console, say, user_errors

PrefectOpt = Annotated[
    bool | None,
    typer.Option(
        "--prefect/--no-prefect", help="Orchestrated flow run (default: when an API is set)."
    ),
]


def watch_once(
    config: ConfigOpt = None, out: OutOpt = Path("claimscope-out"), prefect: PrefectOpt = None
) -> None:
    """Verify every new or changed article from the folders, feeds and URLs to watch, once."""
    with user_errors():
        from flows.watch import run_watch

        result = run_watch(str(config) if config else None, out, orchestrate=prefect)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("outcome")
    table.add_column("article", overflow="fold")
    table.add_column("detail", overflow="fold")
    for a in result.articles:
        detail = a.error or a.report_dir or ""
        if a.changed_claims:
            detail += f" ({a.changed_claims} claims changed status: see diff.md)"
        table.add_row(a.outcome, a.title or a.location, detail)
    for p in result.problems:
        table.add_row("input error", p.location, p.error)
    console.print(table)
    counts = ", ".join(
        f"{result.count(o)} {o}" for o in ("verified", "unchanged", "failed", "rejected")
    )
    say(f"{counts}. Index: {Path(result.out_dir) / 'index.html'}")


def serve(
    config: ConfigOpt = None,
    out: OutOpt = Path("claimscope-out"),
    cron: Annotated[str | None, typer.Option(help='Cron schedule, e.g. "*/30 * * * *".')] = None,
    interval: Annotated[int | None, typer.Option(help="Seconds between runs.")] = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "claimscope-watch",
) -> None:
    """Serve the watch flow on a schedule (needs a Prefect server: PREFECT_API_URL)."""
    with user_errors():
        from flows.config import load_config
        from flows.pipeline import api_configured
        from flows.watch import configured_watch

        if (cron is None) == (interval is None):
            raise ClaimscopeError(
                "serve needs exactly one schedule", 'give --cron "*/30 * * * *" or --interval N'
            )
        if not api_configured():
            raise ClaimscopeError(
                "serve needs a running Prefect server (no PREFECT_API_URL is set)",
                "run `prefect server start` and export PREFECT_API_URL=http://127.0.0.1:4200/api",
            )
        loaded = load_config(config)  # fail now, not at the first scheduled run
        loaded.open_sources()
        params = {
            "config_path": str(loaded.path) if loaded.path else None,
            "out_dir": str(out.resolve()),
        }
        say(f"Serving the watch flow as '{name}'; stop with Ctrl-C.")
        # limit=1: runs never overlap. A run that comes due while one is still going waits for
        # it; two at once would both find the same new articles and report each twice.
        configured_watch(loaded).serve(
            name=name, cron=cron, interval=interval, parameters=params, limit=1
        )
