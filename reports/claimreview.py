"""ClaimReview JSON-LD (schema.org) for the claims that got a verdict.

One `ClaimReview` per claim whose status is supported, refuted or conflicting; claims with
not_enough_evidence or not_checkable have no verdict to publish and are left out.

Rating mapping (schema.org `Rating`, worst 1, best 5):

| status      | ratingValue | alternateName |
|-------------|-------------|---------------|
| supported   | 5           | Supported     |
| conflicting | 3           | Conflicting   |
| refuted     | 1           | Refuted       |

`alternateName` is the textual rating fact-checking sites show; the rationale goes into
`reviewBody`, and the deciding evidence URLs into `citation`.
"""

from __future__ import annotations

import json

from claims.model import Stance, Status
from reports.model import ClaimResult, Report

RATINGS: dict[Status, tuple[int, str]] = {
    Status.SUPPORTED: (5, "Supported"),
    Status.CONFLICTING: (3, "Conflicting"),
    Status.REFUTED: (1, "Refuted"),
}


def claim_review(report: Report, claim: ClaimResult, publisher: str = "claimscope") -> dict:
    value, name = RATINGS[claim.status]
    appearance = {"@type": "CreativeWork"}
    if report.article.url:
        appearance["url"] = report.article.url
    if report.article.title:
        appearance["headline"] = report.article.title
    if report.article.published:
        appearance["datePublished"] = report.article.published
    item: dict = {"@type": "Claim", "appearance": appearance}
    if claim.attribution and claim.attribution.speaker:
        item["author"] = {"@type": "Person", "name": claim.attribution.speaker}
    if report.article.published:
        item["datePublished"] = report.article.published
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": report.run.finished_at[:10],
        "author": {"@type": "Organization", "name": publisher},
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        },
        "reviewBody": claim.rationale,
        "identifier": claim.id,
    }
    citations = [e.url for e in claim.evidence if e.url and e.stance != Stance.NEUTRAL]
    if citations:
        review["citation"] = list(dict.fromkeys(citations))
    return review


def render_claimreview(report: Report) -> str:
    reviews = [claim_review(report, c) for c in report.claims if c.status in RATINGS]
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
