"""Write a report in each requested format into the output folder, atomically.

Formats: json (the contract), md (paste into a ticket), html (one self-contained file),
csv (claims.csv, one row per claim, and evidence.csv, one row per evidence item).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from claims.errors import ClaimscopeError
from claims.model import Article, Status
from reports.claimreview import render_claimreview
from reports.model import Report

STATUS_ORDER = [
    Status.REFUTED,
    Status.CONFLICTING,
    Status.SUPPORTED,
    Status.NOT_ENOUGH_EVIDENCE,
    Status.NOT_CHECKABLE,
]
STATUS_COLOURS = {
    Status.SUPPORTED: "#1a7f37",
    Status.REFUTED: "#cf222e",
    Status.CONFLICTING: "#bf8700",
    Status.NOT_ENOUGH_EVIDENCE: "#6e7781",
    Status.NOT_CHECKABLE: "#8250df",
}

_html_env = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_html_env.filters["mark_matches"] = lambda text, claim: mark_matches(text, claim)
_md_env = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def environment() -> Environment:
    """The Jinja environment for HTML templates (autoescaping on)."""
    return _html_env


def write_atomic(path: Path, content: str) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file.

    The file gets the usual permissions (umask), unlike a mkstemp file, which stays private.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def render_markdown(report: Report) -> str:
    return _md_env.get_template("report.md.j2").render(
        report=report,
        order=STATUS_ORDER,
        md=_md_escape,
    )


def render_html(report: Report, article: Article | None = None) -> str:
    return _html_env.get_template("report.html.j2").render(
        report=report,
        order=STATUS_ORDER,
        colours=STATUS_COLOURS,
        segments=highlight_segments(report, article) if article else [],
    )


def highlight_segments(report: Report, article: Article) -> list[dict]:
    """The article cut into plain and highlighted segments, one paragraph at a time.

    Claims whose spans overlap (the atomic claims of one sentence) share one highlight, coloured
    by the most severe status among them; a click reveals all of them.
    """
    groups: list[dict] = []
    for claim in sorted(report.claims, key=lambda c: (c.span[0], -c.span[1])):
        start, end = claim.span
        if groups and start < groups[-1]["end"]:
            groups[-1]["end"] = max(end, groups[-1]["end"])
            groups[-1]["claims"].append(claim)
        else:
            groups.append({"start": start, "end": end, "claims": [claim]})
    for group in groups:
        group["status"] = min((c.status for c in group["claims"]), key=STATUS_ORDER.index)
    paragraphs = []
    for p in article.paragraphs:
        if p.role not in ("body", "caption", "heading"):
            continue
        parts, cursor = [], p.start
        for group in groups:
            start, end = group["start"], group["end"]
            if start < cursor or end > p.end or start < p.start:
                continue
            if start > cursor:
                parts.append({"text": article.text[cursor:start]})
            parts.append({"text": article.text[start:end], "group": group})
            cursor = end
        if cursor < p.end:
            parts.append({"text": article.text[cursor : p.end]})
        paragraphs.append({"role": p.role, "parts": parts})
    return paragraphs


_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def mark_matches(text: str, claim_text: str) -> Markup:
    """Escape `text` and wrap the words it shares with the claim in <mark class="hit">."""
    wanted = {w.lower() for w in _WORDS.findall(claim_text) if len(w) > 2}
    wanted -= _COMMON
    out, cursor = [], 0
    for m in _WORDS.finditer(text):
        if m.group(0).lower() in wanted:
            out.append(escape(text[cursor : m.start()]))
            out.append(Markup('<mark class="hit">%s</mark>') % m.group(0))
            cursor = m.end()
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


_COMMON = frozenset(
    "the and for with from that this was were has have had are its their his her who which "
    "into about after before said says".split()
)


def claims_frame(report: Report) -> pd.DataFrame:
    rows = [
        {
            "id": c.id,
            "status": c.status.value,
            "confidence": c.confidence,
            "kind": c.kind,
            "checkworthy": c.checkworthy,
            "text": c.text,
            "rationale": c.rationale,
            "span_start": c.span[0],
            "span_end": c.span[1],
            "speaker": c.attribution.speaker if c.attribution else None,
            "entities": "; ".join(c.entities),
            "quantities": "; ".join(q.text for q in c.quantities),
            "dates": "; ".join(d.value for d in c.dates),
            "evidence_count": len(c.evidence),
            "top_evidence_url": next((e.url for e in c.evidence if e.url), None),
        }
        for c in report.claims
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "id",
            "status",
            "confidence",
            "kind",
            "checkworthy",
            "text",
            "rationale",
            "span_start",
            "span_end",
            "speaker",
            "entities",
            "quantities",
            "dates",
            "evidence_count",
            "top_evidence_url",
        ],
    )


def evidence_frame(report: Report) -> pd.DataFrame:
    rows = [
        {"claim_id": c.id, "claim_status": c.status.value, **e.model_dump(mode="json")}
        for c in report.claims
        for e in c.evidence
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "claim_id",
            "claim_status",
            "source",
            "stance",
            "score",
            "text",
            "url",
            "published",
            "reason",
        ],
    )


def _md_escape(text: str | None) -> str:
    if not text:
        return ""
    for ch in "\\|*_`[]<>":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


Writer = Callable[[Report, Article | None, Path], list[Path]]

FORMATS: dict[str, Writer] = {
    "json": lambda r, a, out: [write_atomic(out / "report.json", render_json(r))],
    "md": lambda r, a, out: [write_atomic(out / "report.md", render_markdown(r))],
    "html": lambda r, a, out: [write_atomic(out / "report.html", render_html(r, a))],
    "claimreview": lambda r, a, out: [
        write_atomic(out / "claimreview.jsonld", render_claimreview(r))
    ],
    "csv": lambda r, a, out: [
        write_atomic(out / "claims.csv", claims_frame(r).to_csv(index=False)),
        write_atomic(out / "evidence.csv", evidence_frame(r).to_csv(index=False)),
    ],
}


def check_formats(formats: list[str]) -> list[str]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ClaimscopeError(
            f"unknown report format: {', '.join(unknown)}", f"use any of: {', '.join(FORMATS)}"
        )
    return formats


def write_reports(
    report: Report, article: Article | None, out_dir: Path, formats: list[str]
) -> list[Path]:
    """Write every requested format; returns the files written, in order."""
    written: list[Path] = []
    for name in check_formats(formats):
        written += FORMATS[name](report, article, out_dir)
    return written
