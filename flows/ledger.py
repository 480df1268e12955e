"""The watch ledger: what was verified, when, with which config, and where the report is.

A small SQLite file in the output folder. A run is written as `started` before any work and
becomes `done` (with its report folder) or `failed` (with its error) after; a run that was
interrupted stays `started`, so the next watch run picks the article up again. Input that can
never be verified as it is (an empty or binary file) is `rejected` under the hash of its bytes:
it is not retried until the file changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

LEDGER_NAME = "ledger.sqlite"
RunStatus = Literal["started", "done", "failed", "rejected"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL,          -- sha256 of the normalised text (or of the bytes, rejected)
    location TEXT NOT NULL,            -- file path or URL the article came from
    config_digest TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('started', 'done', 'failed', 'rejected')),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    report_dir TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS runs_article ON runs (article_id, config_digest, status);
"""


@dataclass(frozen=True)
class LedgerRun:
    id: int
    article_id: str
    location: str
    config_digest: str
    status: RunStatus
    started_at: str
    finished_at: str | None
    report_dir: str | None
    error: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Ledger:
    """Thread-safe by construction: one short-lived connection per operation, WAL journal."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / LEDGER_NAME
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            with db:  # one transaction: committed on success, rolled back on error
                yield db
        finally:
            db.close()

    def settled(self, article_id: str, config_digest: str) -> LedgerRun | None:
        """The run that makes another one unnecessary: done (same config) or rejected."""
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM runs WHERE article_id = ? AND ((status = 'done' AND "
                "config_digest = ?) OR status = 'rejected') ORDER BY id DESC LIMIT 1",
                (article_id, config_digest),
            ).fetchone()
        return LedgerRun(**row) if row else None

    def last_done(self, article_id: str) -> LedgerRun | None:
        """The latest completed run of an article with any config (to diff against)."""
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM runs WHERE article_id = ? AND status = 'done' "
                "ORDER BY id DESC LIMIT 1",
                (article_id,),
            ).fetchone()
        return LedgerRun(**row) if row else None

    def start(self, article_id: str, location: str, config_digest: str) -> int:
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO runs (article_id, location, config_digest, status, started_at) "
                "VALUES (?, ?, ?, 'started', ?)",
                (article_id, location, config_digest, _now()),
            )
            return int(cursor.lastrowid)

    def finish(self, run_id: int, report_dir: Path) -> None:
        self._close(run_id, "done", report_dir=str(report_dir))

    def fail(self, run_id: int, error: str) -> None:
        self._close(run_id, "failed", error=error)

    def reject(self, content_id: str, location: str, config_digest: str, error: str) -> None:
        run_id = self.start(content_id, location, config_digest)
        self._close(run_id, "rejected", error=error)

    def _close(
        self,
        run_id: int,
        status: RunStatus,
        report_dir: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE runs SET status = ?, finished_at = ?, report_dir = ?, error = ? "
                "WHERE id = ?",
                (status, _now(), report_dir, error, run_id),
            )

    def runs(self) -> list[LedgerRun]:
        with self._connect() as db:
            return [LedgerRun(**r) for r in db.execute("SELECT * FROM runs ORDER BY id")]
