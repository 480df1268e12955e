"""The stance of one passage toward one claim, one table per slot rule (support, refute, neutral).

Claims are built by hand from the one unit converter and the one date parser, so these tests
pin `judge` alone, whatever the extractor does.
"""

from __future__ import annotations

import pytest

from claims.dates import find_dates
from claims.model import Claim, DateMention, Passage, Quantity, Stance
from claims.quantities import find_quantities
from claims.stance import VerifySettings, judge

SETTINGS = VerifySettings(support_threshold=0.5, related_threshold=0.6)
S, R, N = Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL


def make_claim(text: str) -> Claim:
    dates = find_dates(text)
    quantities = find_quantities(text, skip=[(d.start, d.end) for d in dates])
    return Claim(
        id="c1",
        text=text,
        sentence=text,
        span=(0, len(text)),
        quantities=tuple(
            Quantity(
                text=q.text, value=q.value, unit=q.unit, si_value=q.si_value, si_unit=q.si_unit
            )
            for q in quantities
        ),
        dates=tuple(DateMention(text=d.text, value=d.value) for d in dates),
    )


def stance_of(claim: str, passage: str) -> tuple[Stance, str]:
    evidence = judge(make_claim(claim), Passage(source="kb", text=passage, score=0.5), SETTINGS)
    return evidence.stance, evidence.reason


KYIV = "Kyiv lies about 90 km south of the border with Belarus."
TROOPS = "In October 2022, Russia sent about 9,000 troops to Belarus."
BORDER = "The border between Belarus and Ukraine is 1,084 km long."
INVASION = "The Russian invasion of Ukraine began on February 24, 2022."
GERASIMOV = (
    "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
    "replacing Sergey Surovikin."
)
VISIT = (
    "On December 19, 2022, Vladimir Putin visited Minsk and held talks with Alexander Lukashenko."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the example article's claim: 95 miles is 153 km, not about 90 km
        ("Kyiv sits only 95 miles south of the Belarusian border.", KYIV, R),
        ("Kyiv lies 56 miles south of the border with Belarus.", KYIV, S),  # 56 mi = 90.1 km
        ("Kyiv lies 90 km south of the border with Belarus.", KYIV, S),
        ("Russia sent more than 5,000 troops to Belarus in October 2022.", TROOPS, S),
        ("Russia sent fewer than 5,000 troops to Belarus in October 2022.", TROOPS, R),
        ("Russia sent 20,000 troops to Belarus in October 2022.", TROOPS, R),
        ("Russia sent thousands of troops to Belarus in October 2022.", TROOPS, S),
        ("The border between Belarus and Ukraine is at least 1,000 km long.", BORDER, S),
        ("The border between Belarus and Ukraine is under 1,000 km long.", BORDER, R),
        ("The border between Belarus and Ukraine is 674 miles long.", BORDER, S),  # 1,085 km
        # a bound the passage neither confirms nor contradicts
        (
            "Westlife made under 23.5 million sales in the UK.",
            "Westlife had a total of more than 23 million combined sales in the UK.",
            N,
        ),
        # same unit, another subject: never a refutation
        ("The Dnipro river is 2,201 km long.", BORDER, N),
    ],
)
def test_quantities(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_quantity_reason_names_both_values_in_si() -> None:
    stance, reason = stance_of("Kyiv sits only 95 miles south of the Belarusian border.", KYIV)
    assert stance == R
    assert "95 miles" in reason and "152.9 km" in reason and "90 km" in reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Russian invasion of Ukraine began in 2022.", INVASION, S),  # a year holds its days
        ("The Russian invasion of Ukraine began in February 2022.", INVASION, S),
        ("The Russian invasion of Ukraine began on February 24, 2021.", INVASION, R),
        ("The Russian invasion of Ukraine began in March 2022.", INVASION, R),
        ("The Russian invasion of Ukraine began after 2020.", INVASION, S),
        ("The Russian invasion of Ukraine began before 2020.", INVASION, R),
        ("The Union State treaty was signed in 1999.", INVASION, N),
    ],
)
def test_dates(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
            "replacing Oleg Salyukov.",
            GERASIMOV,
            R,
        ),
        (
            "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
            "replacing Sergey Surovikin.",
            GERASIMOV,
            S,
        ),
        ("Putin visited Minsk in December 2022.", VISIT, S),
        ("Putin visited Kyiv in December 2022.", VISIT, R),  # another city in the same place
        (
            "The film made $64 million in the US.",
            "The film made $64 million in the United States.",
            S,
        ),
        ("Oleg Salyukov has commanded the Russian Ground Forces since 2014.", GERASIMOV, N),
    ],
)
def test_names_in_the_same_role(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Putin did not visit Minsk in December 2022.", VISIT, R),
        ("Putin denied visiting Minsk in December 2022.", VISIT, R),
        (
            "The company has yet to open the factory in Minsk.",
            "The company opened the factory in Minsk.",
            R,
        ),
        (
            "The company failed to open the factory in Minsk.",
            "The company opened the factory in Minsk.",
            R,
        ),
        (
            "Lukashenko did not attend the summit in Sochi.",
            "Lukashenko did not attend the summit in Sochi in 2019.",
            S,
        ),
        # a negation in a clause about something else does not flip the claim
        (
            "Putin visited Minsk in December 2022.",
            "On December 19, 2022, Putin visited Minsk, but Lavrov did not go to Sochi.",
            S,
        ),
        ("Exports from Belarus rose in 2022.", "Exports from Belarus fell in 2022.", R),
        ("The ruling party won the election.", "The ruling party lost the election.", R),
        ("Imports increased in 2021.", "Imports decreased in 2021.", R),
        ("Exports from Belarus rose in 2022.", "Exports from Belarus rose in 2022.", S),
        ("Tourism in Minsk fell in 2020.", "Exports from Belarus rose in 2022.", N),
    ],
)
def test_polarity(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "Antichrist Superstar is the second studio album by Marilyn Manson.",
            "Antichrist Superstar is the third studio album by American rock band Marilyn Manson.",
            R,
        ),
        (
            "Antichrist Superstar is the second studio album by Marilyn Manson.",
            "Antichrist Superstar is the second studio album by American rock band Marilyn Manson.",
            S,
        ),
        (
            "A United Kingdom is a film.",
            "A United Kingdom is a 2016 British biographical romantic drama novel.",
            R,
        ),
        (
            "A United Kingdom is a film.",
            "A United Kingdom is a 2016 British biographical romantic drama film.",
            S,
        ),
        ("Brie Larson is a singer.", "Brie Larson is an American actress, director and singer.", S),
    ],
)
def test_ranks_and_kinds(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_a_passage_about_another_subject_is_neutral_whatever_its_slots() -> None:
    stance, reason = stance_of("Putin did not visit Minsk in 1990.", BORDER)
    assert stance == N
    assert "another subject" in reason or "another fact" in reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # centuries hold their years
        ("Dessalines was born in the 18th century.", "Dessalines (born 20 September 1758).", S),
        ("Dessalines was born in the 19th century.", "Dessalines (born 20 September 1758).", R),
        # a count as of one date does not refute a count after another: it may have grown
        (
            "Massachusetts had more than 640 cases after March 21.",
            "As of March 21, Massachusetts had 525 cases.",
            N,
        ),
        (
            "As of March 21, Massachusetts had more than 640 cases.",
            "As of March 21, Massachusetts had 525 cases.",
            R,
        ),
        # a window of time is not a stated duration
        (
            "Arctic sea ice has been retreating over the past 30 years.",
            "Arctic sea ice retreat has been rapid within the past 50 years.",
            S,
        ),
        # chart places and nationalities
        (
            "The album debuted at number three on the Billboard 200.",
            "The album debuted at number one on the Billboard 200.",
            R,
        ),
        (
            "Mercedes-Benz is a division of a German automobile manufacturer.",
            "Mercedes-Benz is a division of the Italian automobile manufacturer Daimler AG.",
            R,
        ),
        ("Leona Lewis is an English singer.", "Leona Lewis is a British singer.", S),
    ],
)
def test_more_slot_rules(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_a_name_in_a_list_is_one_of_several_and_refutes_nothing() -> None:
    stance, reason = stance_of(
        "Stallworth played for the Baltimore Ravens.",
        "Stallworth has also played for the Philadelphia Eagles, New England Patriots "
        "and Cleveland Browns.",
    )
    assert stance != R, reason
