"""The report contract (schema_version "1"): what report.json holds, field for field.

reports/schema/report.schema.json states the same contract for other tools; a test validates
every report the pipeline writes against it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claims.model import (
    Attribution,
    ClaimKind,
    DateMention,
    Evidence,
    Quantity,
    SourceRun,
    Status,
)

SCHEMA_VERSION = "1"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RunInfo(_Strict):
    id: str
    started_at: str
    finished_at: str
    claimscope_version: str
    config_digest: str
    sources: tuple[SourceRun, ...] = ()


class ArticleInfo(_Strict):
    id: str
    title: str | None
    byline: str | None
    published: str | None
    url: str | None
    path: str | None


class Summary(_Strict):
    total: int
    supported: int
    refuted: int
    conflicting: int
    not_enough_evidence: int
    not_checkable: int


class ClaimResult(_Strict):
    id: str
    text: str
    sentence: str
    span: tuple[int, int]
    kind: ClaimKind
    checkworthy: bool
    attribution: Attribution | None
    entities: tuple[str, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    status: Status
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: str
    evidence: tuple[Evidence, ...]


class Report(_Strict):
    schema_version: Literal["1"] = SCHEMA_VERSION
    run: RunInfo
    article: ArticleInfo
    summary: Summary
    claims: tuple[ClaimResult, ...]

    def count(self, status: Status) -> int:
        return getattr(self.summary, status.value)
