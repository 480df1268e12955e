"""Why a claim is not checkable: one sentence per hedge, prediction, opinion and unresolved
reference, and the plain statements that carry none (`claims.checkworthy.find_hedge`)."""

from __future__ import annotations

import pytest

from claims.checkworthy import find_hedge


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The drills will likely fuel fears of an advance.", "prediction"),
        ("The strike is unlikely to end soon.", "prediction"),
        ("The army could attack from the north.", "speculation"),
        ("The plant may close next year.", "speculation"),
        ("The cuts would save $90 million a year.", "speculation"),
        ("Sales are expected to rise.", "prediction"),
        ("The drills will continue until February.", "prediction"),
        ("The suspect allegedly fled the country.", "hedged"),
        ("Perhaps the talks failed.", "hedged"),
        ("The government should resign.", "opinion"),
        # a judgement as the whole predicate
        ("The target is unrealistic.", "opinion"),
        # a season named by "this" is a relative date the article's date does not settle
        ("Germany hosts the European Championship this summer.", "unresolved date"),
        ("We believe the plan is sound.", "opinion"),
        # an announcement is a fact; what it announced stays hedged on its own
        ("The cuts would save $90 million a year, the plan announced.", "speculation"),
        ("Moscow has no intention of attacking.", "intention"),
        ("The company hopes to expand.", "intention"),
        ("The series of drills was entirely “defensive in nature.”", "characterisation"),
        ("The ministry confirmed the report last week.", "unresolved date"),
        ("The talks began on Monday.", "unresolved date"),
        ("It is a set of measures to prepare the aviation.", "unresolved reference"),
        ("Susan Park is his lawyer.", "unresolved reference: “his”"),
        # a judge's ruling about "it": the judge is not the "it"
        ("A federal judge ruled that it violates the First Amendment.",
         "unresolved reference: “it”"),
    ],
)  # fmt: skip
def test_why_a_claim_is_not_checkable(claim: str, label: str) -> None:
    reason = find_hedge(claim)
    assert reason is not None and reason.startswith(label)


@pytest.mark.parametrize(
    "claim",
    [
        "Kyiv sits only 95 miles south of the Belarusian border.",
        "The drills began on Jan. 16, 2023.",
        "Mayor Angela Brooks defeated challenger Tom Haley.",
        "The May election was held as planned.",  # a month, not the modal "may"
        # an announcement is a fact, whatever it says of the future
        "Mark Rutte announced in July 2023 that he would leave politics.",
        "Intel announced in March 2023 that it will build a plant in Arizona.",  # "it": Intel
        # a comparison with what would be is no speculation of the claim's own
        "The mission cost about $250 million, less than a third of what a NASA mission would cost.",
    ],
)
def test_plain_statements_are_checkable(claim: str) -> None:
    assert find_hedge(claim) is None
