"""The run index: `index.json` and `index.html` listing every report under an output folder.

The index is derived, never edited: it is rebuilt from the `report.json` files found under the
folder (any depth), newest first, and written atomically after each run. A report folder that
was deleted simply drops out; nothing can get out of step.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from reports.model import Report, Summary

log = logging.getLogger(__name__)
INDEX_JSON = "index.json"
INDEX_HTML = "index.html"


class IndexEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    report: str  # path of the report folder, relative to the index's folder
    run_id: str
    finished_at: str
    title: str | None
    article_path: str | None
    article_url: str | None
    article_id: str
    summary: Summary


def load_report(path: Path) -> Report:
    """A report from `report.json`, or from a report folder that holds one."""
    from claims.errors import ClaimscopeError

    file = path / "report.json" if path.is_dir() else path
    if file.suffix == ".html":
        file = file.with_name("report.json")
    if not file.is_file():
        raise ClaimscopeError(
            f"no report found at {path}",
            "pass a report folder or its report.json (see `reports list`)",
        )
    try:
        return Report.model_validate_json(file.read_text("utf-8"))
    except (ValidationError, ValueError) as exc:
        raise ClaimscopeError(
            f"{file} is not a claimscope report ({exc.__class__.__name__})",
            "regenerate it with `claimscope verify`",
        ) from None


def scan(root: Path) -> list[IndexEntry]:
    """Every readable report under `root`, newest first; unreadable ones are skipped with a log."""
    entries = []
    for file in sorted(root.rglob("report.json")):
        try:
            report = Report.model_validate_json(file.read_text("utf-8"))
        except (OSError, ValidationError, ValueError) as exc:
            log.warning("index: skipping %s (%s)", file, exc.__class__.__name__)
            continue
        entries.append(
            IndexEntry(
                report=os.path.relpath(file.parent, root),
                run_id=report.run.id,
                finished_at=report.run.finished_at,
                title=report.article.title,
                article_path=report.article.path,
                article_url=report.article.url,
                article_id=report.article.id,
                summary=report.summary,
            )
        )
    return sorted(entries, key=lambda e: e.finished_at, reverse=True)


def write_index(root: Path) -> list[Path]:
    """Rebuild `index.json` and `index.html` in `root` from the reports under it."""
    from reports.render import STATUS_COLOURS, STATUS_ORDER, environment, write_atomic

    entries = scan(root)
    payload = {"reports": [e.model_dump(mode="json") for e in entries]}
    html = (
        environment()
        .get_template("index.html.j2")
        .render(
            entries=entries,
            order=STATUS_ORDER,
            colours=STATUS_COLOURS,
            root=str(root),
        )
    )
    return [
        write_atomic(root / INDEX_JSON, json.dumps(payload, indent=2, ensure_ascii=False) + "\n"),
        write_atomic(root / INDEX_HTML, html),
    ]
