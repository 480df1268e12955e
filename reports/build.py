"""Assemble the report from the stages' outputs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from claims.model import Article, Claim, SourceRun, Status, Verdict
from reports.model import ArticleInfo, ClaimResult, Report, RunInfo, Summary

# Claim fields that the report contract carries; anything else on a Claim stays internal.
_CONTRACT_CLAIM_FIELDS = set(ClaimResult.model_fields) & set(Claim.model_fields)


def claimscope_version() -> str:
    try:
        return version("claimscope")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"


def build_report(
    article: Article,
    claims: Sequence[Claim],
    verdicts: Sequence[Verdict],
    runs: Sequence[SourceRun],
    *,
    run_id: str,
    started_at: str,
    finished_at: str,
    config_digest: str,
) -> Report:
    by_claim = {v.claim_id: v for v in verdicts}
    results = []
    for claim in claims:
        verdict = by_claim[claim.id]
        results.append(
            ClaimResult(
                **claim.model_dump(include=_CONTRACT_CLAIM_FIELDS),
                status=verdict.status,
                confidence=verdict.confidence,
                rationale=verdict.rationale,
                evidence=verdict.evidence,
            )
        )
    counts = Counter(r.status for r in results)
    return Report(
        run=RunInfo(
            id=run_id,
            started_at=started_at,
            finished_at=finished_at,
            claimscope_version=claimscope_version(),
            config_digest=config_digest,
            sources=tuple(runs),
        ),
        article=ArticleInfo(
            id=article.id,
            title=article.title,
            byline=article.byline,
            published=article.published,
            url=article.url,
            path=article.path,
        ),
        summary=Summary(total=len(results), **{s.value: counts.get(s, 0) for s in Status}),
        claims=tuple(results),
    )
