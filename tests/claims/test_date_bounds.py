"""'Since 1999' is a bound: it agrees with the same bound and with a later day of that year,
and disagrees with another start."""

from __future__ import annotations

import pytest

from claims.extract import build_claim
from claims.model import Passage, Stance
from claims.stance import VerifySettings, judge

CLAIM = "Since 1999, Russia and Belarus have been bound by a “Union State” treaty."


@pytest.mark.parametrize(
    ("passage", "stance"),
    [
        (
            "Since 1999, Russia and Belarus have been bound by the Union State treaty.",
            Stance.SUPPORTS,
        ),
        (
            "The Union State treaty has bound Russia and Belarus since December 8, 1999.",
            Stance.SUPPORTS,
        ),
        (
            "Since 2004, Russia and Belarus have been bound by the Union State treaty.",
            Stance.REFUTES,
        ),
    ],
)
def test_since_bounds(passage, stance):
    claim = build_claim("a" * 64, CLAIM, (0, len(CLAIM)), "event", None)
    assert (
        judge(claim, Passage(source="kb", text=passage, score=1.0), VerifySettings()).stance
        == stance
    )
