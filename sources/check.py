"""`claimscope sources check`: validate every configured source and probe each one once.

Each `[[sources]]` table is validated on its own, so one mistake does not hide the others; a
valid source is then asked one cheap question (a live source sends one request, or answers
from the cache when offline). Nothing here raises: every problem becomes a row with its fix.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from claims.errors import ClaimscopeError
from sources.base import build_source, error_line
from sources.http import HttpError

CheckStatus = Literal["ok", "invalid", "error"]


@dataclass(frozen=True)
class SourceCheck:
    name: str
    type: str
    status: CheckStatus
    latency_s: float | None = None
    detail: str = ""
    fix: str = ""


def check_source(raw: Mapping[str, Any], base_dir: Path, where: str) -> SourceCheck:
    name = str(raw.get("name") or "?")
    type_name = str(raw.get("type") or "?")
    try:
        source = build_source(raw, base_dir, where)
    except ClaimscopeError as exc:
        return SourceCheck(name, type_name, "invalid", detail=exc.problem, fix=exc.hint)
    started = time.perf_counter()
    try:
        probe = getattr(source, "probe", None)
        if probe is not None:
            detail = probe()
        else:
            count = len(getattr(source, "index", ()) or ())
            detail = f"{count} statements" if count else "opened"
    except HttpError as exc:
        return SourceCheck(
            name, type_name, "error", time.perf_counter() - started, exc.problem, exc.hint
        )
    except ClaimscopeError as exc:
        return SourceCheck(
            name, type_name, "error", time.perf_counter() - started, exc.problem, exc.hint
        )
    except Exception as exc:
        return SourceCheck(
            name,
            type_name,
            "error",
            time.perf_counter() - started,
            error_line(exc),
            "run with --debug and report the traceback",
        )
    return SourceCheck(name, type_name, "ok", time.perf_counter() - started, detail)


def check_sources(
    tables: Sequence[Mapping[str, Any]], base_dir: Path, label: str = "config"
) -> list[SourceCheck]:
    """One row per `[[sources]]` table, in config order; duplicate names are flagged."""
    checks: list[SourceCheck] = []
    seen: set[str] = set()
    for i, raw in enumerate(tables):
        where = f"{label}: sources[{i}]"
        name = str(raw.get("name") or "")
        if name and name in seen:
            checks.append(
                SourceCheck(
                    name,
                    str(raw.get("type") or "?"),
                    "invalid",
                    detail=f"{where}: duplicate source name '{name}'",
                    fix="give every [[sources]] table a unique name",
                )
            )
            continue
        seen.add(name)
        checks.append(check_source(raw, base_dir, where))
    return checks
