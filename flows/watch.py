"""The `watch` flow: verify every new or changed article from folders, feeds and URL lists.

Each scheduled run does exactly this once:

    discover candidates -> per article (concurrently): load, skip if the ledger says it is
    settled, else verify into OUT/<article>/<run time>/ and diff against the previous run
    -> rebuild OUT/index.json and OUT/index.html

An article is identified by the hash of its normalised text, a verification by the config
digest plus a fingerprint of the local reference data: a changed article, config or knowledge
base re-verifies; an unchanged one costs one file read. One task run per article (the stages run
as plain calls inside it), never per claim.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
from prefect.task_runners import ThreadPoolTaskRunner

from claims.errors import ArticleError, ClaimscopeError
from claims.model import Article
from flows.config import Config, load_config
from flows.inputs import ArticleRef, InputProblem, discover, load
from flows.ledger import Ledger
from flows.pipeline import api_configured, run_pipeline
from reports.diff import write_diff
from reports.index import load_report, write_index
from sources.base import Source

Outcome = Literal["verified", "unchanged", "failed", "rejected"]
T = TypeVar("T")


@dataclass(frozen=True)
class ArticleResult:
    location: str
    outcome: Outcome
    article_id: str | None = None
    title: str | None = None
    report_dir: str | None = None
    error: str | None = None
    changed_claims: int | None = None  # claims whose status changed since the previous run


@dataclass(frozen=True)
class WatchResult:
    out_dir: str
    articles: list[ArticleResult] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for a in self.articles if a.outcome == outcome)


@dataclass(frozen=True)
class WatchJob:
    """What every article of one watch run shares. Plain data, so it also travels to Dask
    workers; each process opens the sources and the HTTP client once (see `_process_cache`)."""

    config: Config
    ledger: Ledger
    out_root: Path
    formats: list[str]
    timeout_s: float
    digest: str

    def sources(self) -> list[Source]:
        return _process_cache("sources", self.digest, self.config.open_sources)

    def fetch(self, url: str) -> str:
        client = _process_cache("http", self.timeout_s, lambda: _http_client(self.timeout_s))
        return client.get(url).text


_cache: dict[str, tuple[object, object]] = {}
_cache_lock = threading.Lock()


def _process_cache(kind: str, key: object, make: Callable[[], T]) -> T:
    """One instance per process, kind and key: threads share it, a Dask worker makes its own.
    Only the latest key of a kind is kept, so a long-lived `serve` process does not grow."""
    with _cache_lock:
        held = _cache.get(kind)
        if held is None or held[0] != key:
            held = (key, make())
            _cache[kind] = held
        return held[1]  # type: ignore[return-value]


def _http_client(timeout_s: float):
    from sources.http import HttpSettings, make_client

    return make_client(HttpSettings(source="watch", timeout_s=timeout_s))


def data_fingerprint(sources: list[Source]) -> str:
    """Size and modification time of every local reference file: edits re-verify."""
    parts = []
    for source in sources:
        path = getattr(source, "path", None)
        if not isinstance(path, Path):
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        parts += [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files if p.exists()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def report_folder(root: Path, article: Article) -> Path:
    name = article.title or Path(article.path or article.url or "article").stem
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower())[:50].strip("-") or "article"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return root / f"{slug}-{article.id[:8]}" / stamp


def _content_id(ref: ArticleRef) -> str:
    """Identifies input that could not be read as an article, so it is not retried unchanged."""
    data = ref.location.encode()
    if ref.kind == "file":
        with contextlib.suppress(OSError):  # unreadable: identified by its location
            data = Path(ref.location).read_bytes()
    return "input:" + hashlib.sha256(data).hexdigest()


@task(name="verify-article", cache_policy=NO_CACHE)
def verify_one(ref: ArticleRef, job: WatchJob) -> ArticleResult:
    """Load, check the ledger, verify, diff and record one article; every failure is a result."""
    try:
        article = load(ref, job.fetch)
    except ArticleError as exc:
        content = _content_id(ref)
        if job.ledger.settled(content, job.digest):
            return ArticleResult(ref.location, "unchanged", error=str(exc))
        job.ledger.reject(content, ref.location, job.digest, str(exc))
        return ArticleResult(ref.location, "rejected", error=str(exc))
    except Exception as exc:
        return ArticleResult(ref.location, "failed", error=f"{type(exc).__name__}: {exc}")

    if job.ledger.settled(article.id, job.digest):
        return ArticleResult(ref.location, "unchanged", article.id, article.title)
    run = job.ledger.start(article.id, ref.location, job.digest)
    try:
        previous = job.ledger.last_done(article.id)
        folder = report_folder(job.out_root, article)
        outcome = run_pipeline(
            article, job.config, folder, job.formats, sources=job.sources(), as_tasks=False
        )
        changed = None
        if previous and previous.report_dir and Path(previous.report_dir, "report.json").exists():
            changed = len(
                write_diff(load_report(Path(previous.report_dir)), outcome.report, folder)
            )
        job.ledger.finish(run, folder)
    except Exception as exc:
        job.ledger.fail(run, f"{type(exc).__name__}: {exc}")
        return ArticleResult(
            ref.location, "failed", article.id, article.title, error=f"{type(exc).__name__}: {exc}"
        )
    return ArticleResult(
        ref.location, "verified", article.id, article.title, str(folder), changed_claims=changed
    )


@flow(name="watch", validate_parameters=False)
def watch(config_path: str | None = None, out_dir: str = "claimscope-out") -> WatchResult:
    """Verify every new or changed article from the config's [watch] inputs, once."""
    config = load_config(config_path)
    settings = config.settings.watch
    out = Path(out_dir).resolve()
    if not (settings.folders or settings.feeds or settings.urls):
        raise ClaimscopeError(
            f"{config.label}: [watch] lists no folders, feeds or urls",
            'add e.g. folders = ["inbox"] under [watch]',
        )
    sources = config.open_sources()  # fresh every run: edits of the reference data count
    digest = f"{config.digest}-{data_fingerprint(sources)}"
    _process_cache("sources", digest, lambda: sources)
    job = WatchJob(
        config=config,
        ledger=Ledger(out),
        out_root=out,
        formats=list(config.settings.report.formats),
        timeout_s=settings.timeout_s,
        digest=digest,
    )
    refs, problems = discover(
        [config.base_dir / f for f in settings.folders], settings.feeds, settings.urls, job.fetch
    )
    if FlowRunContext.get():  # concurrency comes from the flow's task runner
        results = [f.result() for f in verify_one.map(refs, job=unmapped(job))]
    else:
        with ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
            results = list(pool.map(lambda ref: verify_one.fn(ref, job), refs))
    if any(r.outcome == "verified" for r in results) or not (out / "index.json").exists():
        write_index(out)
    return WatchResult(out_dir=str(out), articles=results, problems=problems)


def configured_watch(config: Config):
    """The watch flow with the task runner the config asks for.

    `threads` (default): a thread pool of `concurrency` workers in the flow's process.
    `dask`: an existing Dask cluster at `dask_address` (DESIGN.md: a cluster made per flow run
    costs seconds; give the address of one that is already running).
    """
    settings = config.settings.watch
    if settings.task_runner == "threads":
        return watch.with_options(
            task_runner=ThreadPoolTaskRunner(max_workers=settings.concurrency)
        )
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ClaimscopeError(
            f'{config.label}: [watch] task_runner = "dask" needs prefect-dask',
            'install it: pip install -e ".[dask]"',
        ) from None
    if not settings.dask_address:
        raise ClaimscopeError(
            f'{config.label}: [watch] task_runner = "dask" needs dask_address',
            'set dask_address = "tcp://HOST:8786" (the scheduler of a running cluster)',
        )
    return watch.with_options(task_runner=DaskTaskRunner(address=settings.dask_address))


def run_watch(
    config_path: str | None, out_dir: Path, orchestrate: bool | None = None
) -> WatchResult:
    """One watch run: orchestrated when a Prefect API is configured (or asked for)."""
    config = load_config(config_path)
    params = {"config_path": config_path, "out_dir": str(out_dir.resolve())}
    if orchestrate is None:
        orchestrate = api_configured()
    if not orchestrate:
        return watch.fn(**params)
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        state = configured_watch(config)(**params, return_state=True)
        return state.result()
