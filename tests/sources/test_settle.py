"""Local sources first: a claim the local knowledge base settles costs no HTTP request."""

from __future__ import annotations

from pathlib import Path

import responses

from claims.model import Passage, SourceResult, SourceRun
from claims.stance import VerifySettings
from sources.base import build_source
from sources.settle import claims_to_ask, search_local_first, settled_confidence
from tests.conftest import EXAMPLES
from tests.sources.httpkit import WIKI_API, fixture_text, make_claim, url_re

SETTLED = make_claim("Minsk is the capital and largest city of Belarus.", ("Minsk", "Belarus"))
OPEN = make_claim(
    "Sergey Surovikin was born in Novosibirsk.", ("Sergey Surovikin", "Novosibirsk")
).model_copy(update={"id": "open"})


def wiki(**extra):
    raw = {"name": "wiki", "type": "wikipedia", "rate_limit_per_s": 100, **extra}
    return build_source(raw, Path("."), "test")


def local_result(claim_id: str) -> SourceResult:
    passage = Passage(source="kb", text=SETTLED.text, score=1.0)
    run = SourceRun(name="kb", type="csv", trust=1.0, status="ok")
    return SourceResult(run=run, passages={claim_id: (passage,)})


def test_a_claim_supported_by_local_evidence_is_settled():
    settled = settled_confidence([SETTLED, OPEN], [local_result(SETTLED.id)], VerifySettings())
    assert set(settled) == {SETTLED.id}
    assert claims_to_ask(wiki(), [SETTLED, OPEN], settled) == [OPEN]
    assert claims_to_ask(wiki(skip_if_settled=False), [SETTLED, OPEN], settled) == [SETTLED, OPEN]
    assert claims_to_ask(wiki(settled_confidence=1.0), [SETTLED, OPEN], {SETTLED.id: 0.95}) == [
        SETTLED,
        OPEN,
    ]


@responses.activate
def test_search_local_first_sends_only_open_claims_and_skips_when_none_are_left():
    responses.get(url_re(WIKI_API), body=fixture_text("wikipedia_search_empty.json"))
    kb = build_source(
        {"name": "kb", "type": "csv", "path": str(EXAMPLES / "kb" / "facts.csv")}, Path("."), "test"
    )
    results = search_local_first([wiki(), kb], [SETTLED, OPEN], VerifySettings())
    assert [r.run.name for r in results] == ["wiki", "kb"]  # config order kept
    assert results[0].run.status == "ok"
    assert len(responses.calls) == 1  # one search, for the open claim only
    results = search_local_first([wiki(), kb], [SETTLED], VerifySettings())
    assert results[0].run.status == "skipped"
    assert len(responses.calls) == 1
