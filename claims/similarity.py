"""The one text-similarity measure, shared by retrieval rescoring and stance.

Numbers and dates are masked before comparing, so a reference statement that says the same
thing with another number still scores as "about the same fact"; the slot checks in
`claims/verify` then decide whether the numbers agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

STOPWORDS = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has
    have had it its this that these those which who whom whose where when while than then there
    their they he she his her him them we our you your i not no also only just about into over
    after before since until up down out more most such very can will would could should may
    might said says say according""".split()
)
_NUMBERISH = re.compile(r"\d[\d,.:/]*(?:st|nd|rd|th)?")
_TOKEN = re.compile(r"[a-z]+")
SET_WEIGHT = 0.7  # share of token_set_ratio in the blend; the rest is token_sort_ratio


def normalise(text: str) -> str:
    """Lower-case content words with numbers masked: the form every comparison uses."""
    text = _NUMBERISH.sub(" ", text.lower().replace("’", "'"))
    return " ".join(stem(t) for t in _TOKEN.findall(text) if t not in STOPWORDS)


def stem(token: str) -> str:
    """A deliberately light stemmer: plurals and the demonym '-ian' ('belarusian' -> 'belarus')."""
    for suffix, repl in (("ian", ""), ("ies", "y"), ("es", ""), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: len(token) - len(suffix)] + repl
    return token


def content_tokens(text: str) -> list[str]:
    return normalise(text).split()


def score(claim_norm: str, passage_norm: str) -> float:
    """Similarity in [0, 1] of two normalised texts.

    token_set_ratio rewards a passage whose words are contained in the claim (or vice versa),
    which is how a short reference statement matches one fact of a longer sentence; the
    token_sort_ratio term keeps a two-word passage from matching every sentence that contains
    those two words.
    """
    if not claim_norm or not passage_norm:
        return 0.0
    blended = SET_WEIGHT * fuzz.token_set_ratio(claim_norm, passage_norm)
    blended += (1 - SET_WEIGHT) * fuzz.token_sort_ratio(claim_norm, passage_norm)
    return blended / 100.0


def score_matrix(claims_norm: Sequence[str], passages_norm: Sequence[str]) -> np.ndarray:
    """Similarity of every claim to every passage, computed on all cores."""
    if not claims_norm or not passages_norm:
        return np.zeros((len(claims_norm), len(passages_norm)), dtype=np.float32)
    matrix = SET_WEIGHT * process.cdist(claims_norm, passages_norm, scorer=fuzz.token_set_ratio,
                                        workers=-1, dtype=np.float32)
    matrix += (1 - SET_WEIGHT) * process.cdist(claims_norm, passages_norm,
                                               scorer=fuzz.token_sort_ratio, workers=-1,
                                               dtype=np.float32)
    return matrix / 100.0
