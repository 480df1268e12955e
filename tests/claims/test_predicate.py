"""A passage about the same subject supports a claim only if it says what the claim says
about that subject (its predicate), not just the names they share."""

from __future__ import annotations

import pytest

from claims.extract import build_claim
from claims.model import Passage, Stance
from claims.stance import VerifySettings, judge, predicate_coverage

DRILLS = "Russia and Belarus began joint military air force drills in Belarus on January 16, 2023."


def stance(claim_text: str, passage: str) -> Stance:
    claim = build_claim("a" * 64, claim_text, (0, len(claim_text)), "event", None)
    return judge(claim, Passage(source="kb", text=passage, score=1.0), VerifySettings()).stance


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # same subject, another predicate: not support
        ("The joint military drills of Russia and Belarus are meant to rehearse air "
         "reconnaissance.", DRILLS, Stance.NEUTRAL),
        ("The Union State treaty is aimed at bolstering economic ties between Russia and "
         "Belarus.", "Since 1999, Russia and Belarus have been bound by the Union State treaty.",
         Stance.NEUTRAL),
        # the predicate is stated: support
        ("Strategic allies Russia and Belarus began holding joint military drills on "
         "Jan. 16, 2023.", DRILLS, Stance.SUPPORTS),
        ("Russian forces recently overran the town of Soledar in the Donetsk region.",
         "Russian forces captured the town of Soledar in the Donetsk region in January 2023.",
         Stance.SUPPORTS),
    ],
)  # fmt: skip
def test_the_predicate_must_be_stated(claim, passage, expected):
    assert stance(claim, passage) == expected


def test_a_one_word_predicate_is_checked_too():
    assert predicate_coverage("Minsk is Belarusian.", "Minsk is in Belarus.") == 1.0
    assert predicate_coverage("Kendall Jenner is a driver.", "Kendall Jenner is a model.") == 0.0
    assert (
        stance("Kendall Jenner is a driver.", "Kendall Jenner is an American fashion model.")
        == Stance.NEUTRAL
    )


def test_no_clear_predicate_means_no_extra_check():
    assert predicate_coverage("Kyiv, Ukraine", "Kyiv is the capital of Ukraine.") is None
