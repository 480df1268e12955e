"""The data that flows between stages, defined once.

Every stage consumes and produces these frozen models; nothing else is passed around as a dict.
The report contract (reports/schema/report.schema.json) is built from them in `reports/`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Status(StrEnum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    CONFLICTING = "conflicting"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    NOT_CHECKABLE = "not_checkable"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


ParagraphRole = Literal[
    "title", "byline", "dateline", "caption", "heading", "body", "credit", "duplicate"
]


class Paragraph(Frozen):
    """One line block of the article, with its character offsets into `Article.text`."""

    start: int
    end: int
    text: str
    role: ParagraphRole


class Article(Frozen):
    id: str = Field(description="sha256 of the normalised text")
    text: str = Field(description="the article as read (decoded, newlines normalised)")
    title: str | None = None
    byline: str | None = None
    published: str | None = Field(None, description="ISO date, when the article states one")
    url: str | None = None
    path: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()

    def by_role(self, *roles: ParagraphRole) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.role in roles]


class Quantity(Frozen):
    text: str
    value: float
    unit: str | None = None
    si_value: float | None = None
    si_unit: str | None = None


class DateMention(Frozen):
    text: str
    value: str = Field(description="ISO date at the precision stated: YYYY, YYYY-MM or YYYY-MM-DD")


class Attribution(Frozen):
    speaker: str | None = None
    channel: str | None = None
    date: str | None = None


ClaimKind = Literal["event", "quantity", "role", "relation", "attribution", "caption", "opinion"]


class Claim(Frozen):
    id: str
    text: str
    sentence: str
    span: tuple[int, int]
    kind: ClaimKind = "event"
    checkworthy: bool = True
    not_checkable_reason: str | None = Field(
        None, description="why the claim cannot be checked (hedge, prediction, question, opinion)"
    )
    attribution: Attribution | None = None
    entities: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()


class Passage(Frozen):
    """A reference statement a source retrieved for a claim, before it is judged."""

    source: str
    text: str
    url: str | None = None
    published: str | None = None
    score: float = Field(ge=0.0, le=1.0, description="retrieval similarity to the claim")
    # Set by sources that return published fact-checks (sources/factcheck.py); None elsewhere.
    publisher: str | None = Field(None, description="who published the fact-check")
    rating: str | None = Field(None, description="the fact-check's own textual rating, verbatim")
    stance_hint: Literal["supports", "refutes", "neutral"] | None = Field(
        None, description="the stance the rating maps to; neutral when the rating is unknown"
    )


class Evidence(Frozen):
    source: str
    text: str
    url: str | None = None
    published: str | None = None
    score: float = Field(ge=0.0, le=1.0)
    stance: Stance
    reason: str


class Verdict(Frozen):
    claim_id: str
    status: Status
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: str
    evidence: tuple[Evidence, ...] = ()


class SourceRun(Frozen):
    """What one source did during a run: recorded in `run.sources` of the report."""

    name: str
    type: str
    trust: float
    status: Literal["ok", "error", "skipped"]
    error: str | None = None
    elapsed_s: float = 0.0


class SourceResult(Frozen):
    """The passages one source found for a batch of claims, and how the search went."""

    run: SourceRun
    passages: dict[str, tuple[Passage, ...]] = Field(default_factory=dict)
