"""The pipeline's order of stages, written once, and the Prefect flow `verify_article`.

    ingest -> extract -> search (one task per source) -> verify -> build report -> write

`run_pipeline` is the only copy of that order. Inside a Prefect flow run it calls the stages as
tasks (one per stage and per source, never per claim: a task run costs milliseconds of
orchestration, a claim check microseconds); outside one, it calls the same functions through
their `.fn`, so `verify_article.fn(...)` gives identical results without a Prefect API.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
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
from claims.verify import VerifySettings, verify_results
from flows.config import Config, load_config
from reports.build import build_report
from reports.index import write_index
from reports.model import Report
from reports.render import write_reports
from sources.base import Source
from sources.http import offline_mode
from sources.settle import search_local_first, search_unsettled


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
def search_stage(
    source: Source, claims: list[Claim], settled: dict[str, float] | None = None
) -> SourceResult:
    """One source over the batch; a live source skips the claims local evidence settled."""
    return search_unsettled(source, claims, settled or {})


@task(name="verify", cache_policy=NO_CACHE)
def verify_stage(
    claims: list[Claim], results: list[SourceResult], settings: VerifySettings
) -> list[Verdict]:
    return verify_results(claims, results, settings)


@task(name="write-reports", cache_policy=NO_CACHE)
def report_stage(report: Report, article: Article, out_dir: Path, formats: list[str]) -> list[str]:
    return [str(p) for p in write_reports(report, article, out_dir, formats)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _search_all(
    sources: Sequence[Source], claims: list[Claim], settled: dict[str, float], as_tasks: bool
) -> list[SourceResult]:
    """Sources are independent: search them side by side (task runner, or threads in process)."""
    if as_tasks:
        futures = [search_stage.submit(s, claims, settled) for s in sources]
        return [f.result() for f in futures]
    if len(sources) <= 1:
        return [search_stage.fn(s, claims, settled) for s in sources]
    with ThreadPoolExecutor(max_workers=len(sources)) as pool:
        return list(pool.map(lambda s: search_stage.fn(s, claims, settled), sources))


def run_pipeline(
    article: str | Article,
    config: Config,
    out_dir: Path,
    formats: Sequence[str],
    stdin_text: str | None = None,
    *,
    sources: Sequence[Source] | None = None,
    as_tasks: bool | None = None,
    index_dir: Path | None = None,
) -> RunOutcome:
    """Every stage, in order: as Prefect tasks inside a flow run, as plain calls outside one.

    `article` is a path (or "-" with `stdin_text`) or an already loaded Article. `sources`
    lets a caller that verifies many articles open the sources once. `as_tasks=False` runs the
    stages as plain calls even inside a flow run (the watch flow's per-article task does, so a
    batch of articles costs one task run each, not five). `index_dir` gets the run index rebuilt.
    """
    flow_run = FlowRunContext.get()
    as_tasks = bool(flow_run) if as_tasks is None else as_tasks
    call: Callable[..., Any] = (lambda t, *a: t(*a)) if as_tasks else (lambda t, *a: t.fn(*a))
    run_id = str(flow_run.flow_run.id) if flow_run and as_tasks else str(uuid.uuid4())
    started_at = _now()

    sources = config.open_sources() if sources is None else sources
    doc = article if isinstance(article, Article) else call(ingest_stage, article, stdin_text)
    claims = call(extract_stage, doc, config.settings.extract.extractor)
    checkable = [c for c in claims if c.checkworthy]
    # Local sources first; live ones are then asked only about what local evidence left open.
    results = search_local_first(
        sources,
        checkable,
        config.settings.verify,
        lambda group, settled: _search_all(group, checkable, dict(settled), as_tasks),
    )
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
    if index_dir is not None and "json" in formats:  # the index is rebuilt from report.json files
        write_index(index_dir)
    return RunOutcome(report=report, out_dir=str(out_dir), files=files)


@flow(name="verify_article", validate_parameters=False)
def verify_article(
    article: str,
    config_path: str | None = None,
    out_dir: str = "claimscope-out",
    formats: list[str] | None = None,
    stdin_text: str | None = None,
    offline: bool = False,
) -> RunOutcome:
    """Verify one article against the configured sources and write its reports.

    `offline` makes live sources answer only from their HTTP cache."""
    config = load_config(config_path)
    out = Path(out_dir)
    formats = formats or config.settings.report.formats
    with offline_mode(offline):
        return run_pipeline(article, config, out, formats, stdin_text, index_dir=out)


def api_configured() -> bool:
    return bool(PREFECT_API_URL.value())


def run_verify(
    article: str,
    config_path: str | None,
    out_dir: Path,
    formats: Sequence[str] | None,
    stdin_text: str | None = None,
    orchestrate: bool | None = None,
    offline: bool = False,
) -> RunOutcome:
    """Run `verify_article`: orchestrated when a Prefect API is configured (or asked for),
    otherwise the same flow in process through `.fn`, which needs no server."""
    kwargs = {
        "article": article,
        "config_path": config_path,
        "out_dir": str(out_dir.resolve()),
        "formats": list(formats) if formats else None,
        "stdin_text": stdin_text,
        "offline": offline,
    }
    if orchestrate is None:
        orchestrate = api_configured()
    if not orchestrate:
        return verify_article.fn(**kwargs)
    # Flows wait up to 1 s at exit for a heartbeat; no env var turns that off, this does.
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        state = verify_article(**kwargs, return_state=True)
        return state.result()  # re-raises the flow's own exception (a ConfigError, say)
