"""Candidate retrieval over a set of reference statements, then rapidfuzz rescoring.

Retrieval is an in-memory inverted index of content words weighted by IDF: cheap to build for
the few thousand statements of a newsroom knowledge base. Candidates are rescored with the
shared similarity measure (`claims.similarity`) on all cores.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from claims.model import Claim, Passage
from claims.similarity import normalise, score_many

CANDIDATES = 50  # statements per claim passed from retrieval to rescoring


@dataclass(frozen=True)
class Statement:
    text: str
    url: str | None = None
    published: str | None = None


class StatementIndex:
    def __init__(self, statements: Sequence[Statement]) -> None:
        self.statements = list(statements)
        self.normalised = [normalise(s.text) for s in self.statements]
        postings: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(self.normalised):
            for token in set(text.split()):
                postings[token].append(i)
        n = max(len(self.statements), 1)
        self.postings = dict(postings)
        self.idf = {t: math.log(1 + n / len(ids)) for t, ids in postings.items()}

    def __len__(self) -> int:
        return len(self.statements)

    def candidates(self, query_norm: str, k: int = CANDIDATES) -> list[int]:
        weights: dict[int, float] = defaultdict(float)
        for token in set(query_norm.split()):
            for i in self.postings.get(token, ()):
                weights[i] += self.idf[token]
        return sorted(weights, key=weights.__getitem__, reverse=True)[:k]

    def search(
        self, claims: Sequence[Claim], source: str, top_k: int, min_score: float
    ) -> dict[str, list[Passage]]:
        found: dict[str, list[Passage]] = {}
        for claim in claims:
            ids = self.candidates(normalise(claim.text))
            if not ids:
                continue
            scores = score_many(claim.text, [self.statements[i].text for i in ids])
            order = np.argsort(-scores)[:top_k]
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
