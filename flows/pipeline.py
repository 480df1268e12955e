"""The pipeline's order of stages, written once, and the Prefect flow `verify_article`.

    ingest -> extract -> search (one task per source) -> verify -> build report -> write

`run_pipeline` is the only copy of that order. Inside a Prefect flow run it calls the stages as
tasks (one per stage and per source, never per claim: a task run costs milliseconds of
orchestration, a claim check microseconds); outside one, it calls the same functions through
their `.fn`, so `verify_article.fn(...)` gives identical results without a Prefect API.
"""

from __future__ import annotations

import os

# Before Prefect is imported: no telemetry, and Prefect's console log stays behind our output.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    temporary_settings,
)
from pydantic import BaseModel, ConfigDict

from claims.extract import extract_claims
from claims.ingest import read_article
from claims.model import Article, Claim, SourceResult, Verdict
from claims.verify import VerifySettings, verify_claims
from flows.config import Config, load_config
from reports.build import build_report
from reports.index import write_index
from reports.model import Report
from reports.render import write_reports
from sources.base import Source, search_source


class RunOutcome(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    report: Report
    out_dir: str
    files: list[str]

    def report_path(self, fmt: str = "json") -> Path:
        names = {
            "json": "report.json",
            "md": "report.md",
            "html": "report.html",
            "csv": "claims.csv",
        }
        return Path(self.out_dir) / names[fmt]


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_stage(article: str, stdin_text: str | None = None) -> Article:
    return read_article(article, stdin_text=stdin_text)


@task(name="extract", cache_policy=NO_CACHE)
def extract_stage(article: Article, extractor: str) -> list[Claim]:
    return extract_claims(article, extractor)


@task(name="search", task_run_name="search-{source.name}", cache_policy=NO_CACHE)
def search_stage(source: Source, claims: list[Claim]) -> SourceResult:
    return search_source(source, claims)


@task(name="verify", cache_policy=NO_CACHE)
def verify_stage(
    claims: list[Claim], results: list[SourceResult], settings: VerifySettings
) -> list[Verdict]:
    passages: dict[str, list] = {}
    for result in results:
        for claim_id, found in result.passages.items():
            passages.setdefault(claim_id, []).extend(found)
    trust = {r.run.name: r.run.trust for r in results}
    return verify_claims(claims, passages, trust, [r.run for r in results], settings)


@task(name="write-reports", cache_policy=NO_CACHE)
def report_stage(report: Report, article: Article, out_dir: Path, formats: list[str]) -> list[str]:
    written = write_reports(report, article, out_dir, formats)
    if "json" in formats:  # the run index is rebuilt from the report.json files
        write_index(out_dir)
    return [str(p) for p in written]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def run_pipeline(
    article: str,
    config: Config,
    out_dir: Path,
    formats: Sequence[str],
    stdin_text: str | None = None,
) -> RunOutcome:
    """Every stage, in order; as Prefect tasks inside a flow run, as plain calls outside one."""
    flow_run = FlowRunContext.get()
    call: Callable[..., Any] = (lambda t, *a: t(*a)) if flow_run else (lambda t, *a: t.fn(*a))
    run_id = str(flow_run.flow_run.id) if flow_run else str(uuid.uuid4())
    started_at = _now()

    sources = config.open_sources()
    doc = call(ingest_stage, article, stdin_text)
    claims = call(extract_stage, doc, config.settings.extract.extractor)
    checkable = [c for c in claims if c.checkworthy]
    if flow_run:  # sources are independent: let the task runner run them side by side
        futures = [search_stage.submit(s, checkable) for s in sources]
        results = [f.result() for f in futures]
    else:
        results = [search_stage.fn(s, checkable) for s in sources]
    verdicts = call(verify_stage, claims, results, config.settings.verify)
    report = build_report(
        doc,
        claims,
        verdicts,
        [r.run for r in results],
        run_id=run_id,
        started_at=started_at,
        finished_at=_now(),
        config_digest=config.digest,
    )
    files = call(report_stage, report, doc, out_dir, list(formats))
    return RunOutcome(report=report, out_dir=str(out_dir), files=files)


@flow(name="verify_article", validate_parameters=False)
def verify_article(
    article: str,
    config_path: str | None = None,
    out_dir: str = "claimscope-out",
    formats: list[str] | None = None,
    stdin_text: str | None = None,
) -> RunOutcome:
    """Verify one article against the configured sources and write its reports."""
    config = load_config(config_path)
    return run_pipeline(
        article, config, Path(out_dir), formats or config.settings.report.formats, stdin_text
    )


def api_configured() -> bool:
    return bool(PREFECT_API_URL.value())


def run_verify(
    article: str,
    config_path: str | None,
    out_dir: Path,
    formats: Sequence[str] | None,
    stdin_text: str | None = None,
    orchestrate: bool | None = None,
) -> RunOutcome:
    """Run `verify_article`: orchestrated when a Prefect API is configured (or asked for),
    otherwise the same flow in process through `.fn`, which needs no server."""
    kwargs = {
        "article": article,
        "config_path": config_path,
        "out_dir": str(out_dir.resolve()),
        "formats": list(formats) if formats else None,
        "stdin_text": stdin_text,
    }
    if orchestrate is None:
        orchestrate = api_configured()
    if not orchestrate:
        return verify_article.fn(**kwargs)
    # Flows wait up to 1 s at exit for a heartbeat; no env var turns that off, this does.
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        state = verify_article(**kwargs, return_state=True)
        return state.result()  # re-raises the flow's own exception (a ConfigError, say)
