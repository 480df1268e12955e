"""Local sources first; live sources only for what they leave open.

A newsroom's own knowledge base costs nothing to ask; a live API costs requests, quota and
time. So the pipeline searches the local sources, judges what they found, and sends a live
source (`remote = True`) only the claims not yet settled: a claim is settled when the local
evidence alone supports or refutes it with at least the source's `settled_confidence`. A live
source with `skip_if_settled = false` gets every claim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from claims.model import Claim, SourceResult, Status
from claims.stance import VerifySettings
from claims.verify import verify_results
from sources.base import Source, search_source, source_run

SETTLED = (Status.SUPPORTED, Status.REFUTED)


def is_remote(source: Source) -> bool:
    return bool(getattr(source, "remote", False))


def settled_confidence(
    claims: Sequence[Claim], results: Sequence[SourceResult], settings: VerifySettings
) -> dict[str, float]:
    """Claim id -> confidence of the claims the given results already support or refute."""
    verdicts = verify_results(claims, results, settings)
    return {v.claim_id: v.confidence for v in verdicts if v.status in SETTLED}


def claims_to_ask(
    source: Source, claims: Sequence[Claim], settled: Mapping[str, float]
) -> list[Claim]:
    """The claims a source should be asked about, given what is already settled."""
    config = getattr(source, "config", None)
    if not is_remote(source) or not getattr(config, "skip_if_settled", False):
        return list(claims)
    threshold = getattr(config, "settled_confidence", 1.0)
    return [c for c in claims if settled.get(c.id, 0.0) < threshold]


def search_unsettled(
    source: Source,
    claims: Sequence[Claim],
    settled: Mapping[str, float],
    search: Callable[[Source, list[Claim]], SourceResult] = search_source,
) -> SourceResult:
    """Search a source for the unsettled claims; 'skipped' when nothing is left to ask."""
    asked = claims_to_ask(source, claims, settled)
    if claims and not asked:
        return SourceResult(
            run=source_run(source, "skipped", "every claim was already settled by local sources")
        )
    return search(source, asked)


SearchGroup = Callable[[Sequence[Source], Mapping[str, float]], list[SourceResult]]


def search_local_first(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    settings: VerifySettings,
    search_group: SearchGroup | None = None,
) -> list[SourceResult]:
    """Every source's result, in config order: local sources first, live ones for the rest.

    `search_group(sources, settled)` searches a group of independent sources (the pipeline
    runs them side by side); by default one after another.
    """
    if search_group is None:

        def search_group(group: Sequence[Source], settled: Mapping[str, float]):
            return [search_unsettled(s, claims, settled) for s in group]

    local = [s for s in sources if not is_remote(s)]
    remote = [s for s in sources if is_remote(s)]
    found = dict(zip(map(id, local), search_group(local, {}), strict=True))
    if remote:
        settled = settled_confidence(claims, list(found.values()), settings)
        found |= dict(zip(map(id, remote), search_group(remote, settled), strict=True))
    return [found[id(s)] for s in sources]
