"""Candidate retrieval over a set of reference statements, then rapidfuzz rescoring.

Retrieval gives each claim the `CANDIDATES` statements that share the most rare words with it:
from an in-memory inverted index for small knowledge bases (cheap to build for a few thousand
statements), or from the persistent tantivy index of `sources.index` for large ones (built once
per file content). Candidates of a whole batch of claims are then rescored together with
rapidfuzz `process.cpdist` on all cores; the best few get the shared similarity measure
(`claims.similarity.score`), which `min_score` and the report use.
"""

from __future__ import annotations

import math
import os
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from pydantic import Field
from rapidfuzz import fuzz, process

from claims.model import Claim, Passage
from claims.similarity import retrieval_text, score_many
from sources.base import SourceConfig

CANDIDATES = 50  # statements per claim passed from retrieval to rescoring
AUTO_DISK_MIN = 20_000  # statements from which "auto" uses the on-disk index
PARALLEL_MIN = 50_000  # statements from which normalising uses a process pool


class IndexedConfig(SourceConfig):
    """Keys of sources whose statements are indexed locally (tables and folders)."""

    index: Literal["auto", "memory", "disk"] = Field(
        "auto", description=f"disk index from {AUTO_DISK_MIN:,} statements when 'auto'"
    )
    index_dir: str | None = Field(
        None, description="folder for on-disk indexes (relative to the config file)"
    )


@dataclass(frozen=True)
class Statement:
    text: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class IndexBuild:
    """What `StatementIndex.persist` did, for `claimscope index build`."""

    path: str
    statements: int
    built: bool
    seconds: float
    size_bytes: int


class Retriever(Protocol):
    def candidates(self, query_norm: str, k: int) -> list[int]: ...


class MemoryIndex:
    """An inverted index of content words weighted by IDF, held in memory."""

    def __init__(self, normalised: Sequence[str]) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(normalised):
            for token in set(text.split()):
                postings[token].append(i)
        n = max(len(normalised), 1)
        self.postings = dict(postings)
        self.idf = {t: math.log(1 + n / len(ids)) for t, ids in postings.items()}

    def candidates(self, query_norm: str, k: int) -> list[int]:
        weights: dict[int, float] = defaultdict(float)
        for token in set(query_norm.split()):
            for i in self.postings.get(token, ()):
                weights[i] += self.idf[token]
        return sorted(weights, key=weights.__getitem__, reverse=True)[:k]


class StatementIndex:
    """Reference statements with a retriever; `digest` and `root` locate its on-disk index."""

    def __init__(
        self,
        statements: Sequence[Statement],
        mode: Literal["auto", "memory", "disk"] = "memory",
        root: Path | None = None,
        digest: str | None = None,
    ) -> None:
        self.statements = list(statements)
        self.root, self.digest = root, digest
        use_disk = mode == "disk" or (mode == "auto" and len(self.statements) >= AUTO_DISK_MIN)
        use_disk = use_disk and digest is not None
        saved = None
        if use_disk:  # an index built before also holds the normalised texts: no re-reading
            from sources.index import default_index_root, index_path, load_normalised

            saved = load_normalised(index_path(self.root or default_index_root(), digest or ""))
        self.normalised = saved or normalise_all([s.text for s in self.statements])
        self.retriever: Retriever = self._disk() if use_disk else MemoryIndex(self.normalised)

    def __len__(self) -> int:
        return len(self.statements)

    def _disk(self) -> Retriever:
        from sources.index import default_index_root, open_or_build

        return open_or_build(self.normalised, self.root or default_index_root(), self.digest or "")[
            0
        ]

    def persist(self) -> IndexBuild:
        """Build the on-disk index for these statements unless it exists; use it from now on."""
        from sources.index import default_index_root, index_path, open_or_build

        root = self.root or default_index_root()
        started = time.perf_counter()
        self.retriever, built = open_or_build(self.normalised, root, self.digest or "")
        path = index_path(root, self.digest or "")
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        return IndexBuild(
            str(path), len(self.statements), built, time.perf_counter() - started, size
        )

    def candidates(self, query_norm: str, k: int = CANDIDATES) -> list[int]:
        return self.retriever.candidates(query_norm, k)

    def search(
        self, claims: Sequence[Claim], source: str, top_k: int, min_score: float
    ) -> dict[str, list[Passage]]:
        queries = [retrieval_text(c.text) for c in claims]
        ranked = rescore(queries, [self.candidates(q) for q in queries], self.normalised)
        found: dict[str, list[Passage]] = {}
        for claim, ids in zip(claims, ranked, strict=True):
            ids = ids[: top_k + 2]  # the shared measure costs ~0.1 ms a pair: only the best
            if not ids:
                continue
            scores = score_many(claim.text, [self.statements[i].text for i in ids])
            order = np.argsort(-scores, kind="stable")[:top_k]
            passages = [
                Passage(
                    source=source,
                    text=self.statements[ids[j]].text,
                    url=self.statements[ids[j]].url,
                    published=self.statements[ids[j]].published,
                    score=round(float(scores[j]), 4),
                )
                for j in order
                if scores[j] >= min_score
            ]
            if passages:
                found[claim.id] = passages
        return found


def normalise_all(texts: Sequence[str]) -> list[str]:
    """`retrieval_text` over many texts; on all cores from `PARALLEL_MIN` texts."""
    if len(texts) < PARALLEL_MIN or (os.cpu_count() or 1) < 2:
        return [retrieval_text(t) for t in texts]
    with ProcessPoolExecutor() as pool:
        return list(pool.map(retrieval_text, texts, chunksize=5_000))


def rescore(
    queries: Sequence[str], candidates: Sequence[Sequence[int]], normalised: Sequence[str]
) -> list[list[int]]:
    """Each query's candidates, best first by `token_set_ratio`, scored in one batch on all
    cores (`process.cpdist` over every query x candidate pair)."""
    pairs_q = [queries[i] for i, ids in enumerate(candidates) for _ in ids]
    pairs_c = [normalised[j] for ids in candidates for j in ids]
    if not pairs_q:
        return [[] for _ in queries]
    scores = process.cpdist(pairs_q, pairs_c, scorer=fuzz.token_set_ratio, workers=-1)
    ranked, at = [], 0
    for ids in candidates:
        block = scores[at : at + len(ids)]
        at += len(ids)
        ranked.append([ids[j] for j in np.argsort(-block, kind="stable")])
    return ranked


def build_indexes(sources: Sequence[object]) -> list[tuple[str, IndexBuild | None]]:
    """Build the on-disk index of every source that has local statements (tables, folders);
    sources without (HTTP ones) are listed with None. What `claimscope index build` runs."""
    results: list[tuple[str, IndexBuild | None]] = []
    for source in sources:
        index = getattr(source, "index", None)
        mode = getattr(getattr(source, "config", None), "index", "auto")
        if isinstance(index, StatementIndex) and mode != "memory":
            results.append((str(getattr(source, "name", "?")), index.persist()))
        else:
            results.append((str(getattr(source, "name", "?")), None))
    return results
