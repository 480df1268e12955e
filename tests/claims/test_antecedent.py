"""Which person a pronoun stands for (`claims.antecedent`), on short news articles in
tests/data/pronouns/ whose every "he"/"she"/"him"/"her"/"His"/"Her" was read as a fact-checker
would: each expected claim names the right person or keeps the pronoun (then marked
"unresolved reference"), never the wrong person."""

from __future__ import annotations

from functools import cache

import pytest

from claims.antecedent import Salience, antecedent
from claims.extract import extract_claims
from claims.ingest import parse_text
from tests.conftest import DATA


@cache
def _claims(article: str) -> dict[str, str | None]:
    text = (DATA / "pronouns" / f"{article}.txt").read_text()
    return {c.text: c.not_checkable_reason for c in extract_claims(parse_text(text))}


# (article, claim, reason it is not checkable or None)
RESOLVED = [
    # "Mr. Hale, 62, was convicted ... Judge Maria Santos said he had betrayed the trust of
    # voters": without her first name Santos may be "he" as well as Hale; was "Maria Santos
    # had betrayed the trust of voters"
    ("court", "He had betrayed the trust of voters.", "unresolved reference: “He”"),
    # "His lawyer": Santos, subject of the sentence before, or Hale, the man named most: a guess
    # either way; was "Susan Park is Maria Santos's lawyer."
    ("court", "Susan Park is his lawyer.", "unresolved reference: “his”"),
    ("court", "She would appeal the sentence.", "speculation: “would”"),
    ("treasurer", "He had hidden the money in shell companies.", "unresolved reference: “He”"),
    ("treasurer", "Alan Brooks is Daniel Ortiz's lawyer.", None),
    ("treasurer", "He would ask for a new trial.", "speculation: “would”"),
    # "Ms. Welch said she was satisfied": the speaker, whose cue agrees (was Leslie Grant)
    ("treasurer", "Karen Welch was satisfied with the verdict.", None),
    ("politics", "Paula Reyes would seek a third term.", "speculation: “would”"),
    ("politics", "Mark Dunn is Paula Reyes' challenger.", None),
    # "Dunn said she had voted to cut police funding": Dunn has no cue
    ("politics", "She had voted to cut police funding.", "unresolved reference: “She”"),
    ("politics", "Paula Reyes said her record on public safety was strong.", None),
    ("politics", "Paula Reyes' record on public safety was strong.", None),
    # "Campaign manager Chris Lowe said he expected": no one else who fits named in the
    # sentence before (Paula Reyes is "she")
    ("politics", "Chris Lowe expected a close race.", None),
    # "Club chairman Peter Olsen said he had lost the dressing room": Olsen has no cue and Walsh
    # was named in the sentence before (was "Peter Olsen had lost the dressing room")
    ("sports", "He had lost the dressing room.", "unresolved reference: “He”"),
    # "Walsh joined the club in 2021. He led ...": the subject goes on (was Peter Olsen)
    ("sports", "Ian Walsh led Rovers to promotion in his first season.", None),
    ("sports", "Dana Fox was honoured by the chance.", None),
    # "Striker Leo Grant ... praised Walsh. He said the players owed him a lot."
    ("sports", "The players owed him a lot.", "unresolved reference: “him”"),
    ("business", "Sara Klein replaces Tom Hardy.", None),
    ("business", "Tom Hardy was proud of what the company had achieved.", None),
    # "she expected Klein to cut costs": not Klein, named in the same clause
    ("business", "Priya Nair expected Sara Klein to cut costs.", None),
    ("business", "Sara Klein's first task would be to sell the memory business.",
     "speculation: “would”"),
    ("business", "Sara Klein's predecessor was criticised by investors in 2023.", None),
    # the women named last skipped for the one man who fits (was Priya Nair)
    ("business", "Tom Hardy will remain an adviser until June 2024.", "prediction: “will”"),
    ("council", "Victor Hale said the plan would overload the city's schools.", None),
    ("council", "Omar Haddad is Linda Cho's spokesman.", None),
    ("council", "Linda Cho would bring the plan back in the autumn.", "speculation: “would”"),
    ("council", "Rita Gomez said the city needed more homes.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("article", "claim", "reason"), RESOLVED, ids=[r[1][:40] for r in RESOLVED]
)
def test_pronouns_in_news_articles(article: str, claim: str, reason: str | None) -> None:
    claims = _claims(article)
    assert claim in claims, sorted(claims)
    assert claims[claim] == reason


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        ("court", "Maria Santos had betrayed the trust of voters."),
        ("court", "Susan Park is Maria Santos's lawyer."),
        ("treasurer", "Karen Welch had hidden the money in shell companies."),
        ("treasurer", "Leslie Grant was satisfied with the verdict."),
        ("sports", "Peter Olsen had lost the dressing room."),
        ("sports", "The players owed Leo Grant a lot."),
        ("business", "Priya Nair's first task would be to sell the memory business."),
        ("council", "Linda Cho said the plan would overload the city's schools."),
    ],
)
def test_no_pronoun_names_the_wrong_person(article: str, wrong: str) -> None:
    assert wrong not in _claims(article)


HALE, SANTOS, VERNE = "Robert Hale", "Maria Santos", "Paul Verne"
AFTER_HALE = Salience(((HALE,), (HALE, VERNE)), subject=HALE)


@pytest.mark.parametrize(
    ("pronoun", "genders", "salience", "kwargs", "expected"),
    [
        # the one person in reach
        ("He", {}, Salience(((HALE,),)), {}, HALE),
        # the subject of the sentence before, not the one named last
        ("He", {}, AFTER_HALE, {}, HALE),
        # a cue that disagrees removes a person
        ("She", {HALE: "m"}, AFTER_HALE, {}, VERNE),
        # the speaker without a cue against a man named in the sentence before: a guess
        ("he", {HALE: "m"}, AFTER_HALE, {"named_before": [SANTOS], "speaker": SANTOS}, None),
        # the speaker whose cue agrees
        ("he", {SANTOS: "m"}, AFTER_HALE, {"named_before": [SANTOS], "speaker": SANTOS}, SANTOS),
        # the subject before without a cue, the man named most with one: too close
        ("His", {HALE: "m"}, Salience(((HALE,), (HALE, VERNE), (SANTOS,)), SANTOS), {}, None),
        # a person the claim names after the pronoun is not it
        ("He", {}, AFTER_HALE, {"excluded": {HALE}}, VERNE),
        # no one in reach fits: the one earlier person who does, else none
        ("He", {SANTOS: "f", VERNE: "f"}, Salience(((SANTOS,),)), {}, HALE),
        ("He", {SANTOS: "f"}, Salience(((SANTOS,),)), {}, None),
    ],
)  # fmt: skip
def test_antecedent_rules(pronoun, genders, salience, kwargs, expected) -> None:
    persons = [HALE, VERNE, SANTOS]
    assert antecedent(pronoun, persons, genders, salience, **kwargs) == expected
