"""What every `claimscope` command shares: the console, option types and error handling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claims.errors import ClaimscopeError

console = Console(highlight=False)
EXIT_USAGE = 2
EXIT_FAIL_ON = 1

ArticleArg = Annotated[str, typer.Argument(help="A .txt, .md or .html file, or - for stdin.")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML config (default ./claimscope.toml).")
]
OutOpt = Annotated[
    Path, typer.Option("--out", "-o", help="Output folder for reports (and the run index).")
]


class State:
    debug = False


def say(text: str, style: str | None = None) -> None:
    """One line of plain text (no markup, never wrapped: paths stay copyable)."""
    console.print(text, style=style, markup=False, soft_wrap=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a ClaimscopeError into one actionable line and exit status 2."""
    try:
        yield
    except ClaimscopeError as exc:
        if State.debug:
            raise
        sys.stderr.write(f"claimscope: error: {exc}\n")
        raise typer.Exit(EXIT_USAGE) from None
