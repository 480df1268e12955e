"""Gender cues (`claims.gender`) and the pronouns they steer (`claims.context`).

News-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.gender import gender_cues
from claims.ingest import parse_text

CUES = [
    # (sentence, (name, gender) cues)
    ("Mrs. Doe said the plan had failed.", [("Doe", "f")]),
    ("Sir Keir Starmer met King Charles in London.", [("Keir Starmer", "m"), ("Charles", "m")]),
    ("Actress Jane Doe won the award.", [("Jane Doe", "f")]),
    ("His wife, Jane Doe, said the family was relieved.", [("Jane Doe", "f")]),
    ("Jane Doe, a mother of three, sued the city.", [("Jane Doe", "f")]),
    ("John Smith, the company's spokesman, declined to comment.", [("John Smith", "m")]),
    ("Jane Doe, the first woman to lead the bank, spoke on Monday.", [("Jane Doe", "f")]),
    # no cue: a role noun that is not the name's ("the lawyer for the mother"), a capitalised
    # role word inside a name ("the Man Booker Prize"), a first name alone
    ("John Smith, the lawyer for the mother, declined to comment.", []),
    ("The Man Booker Prize went to Ann Lee.", []),
    ("Ann Lee won the prize.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "cues"), CUES, ids=[c[0][:40] for c in CUES])
def test_gender_cues(sentence: str, cues: list[tuple[str, str]]) -> None:
    assert [(name, gender) for _, name, gender in gender_cues(sentence)] == cues


CHARITY_ARTICLE = """Founder Leaves Charity

Mary Carter, a mother of three, founded the charity in 2004. She hired Tom Reyes in 2015. Mr. Reyes left the charity in 2021. Actress Jane Doe joined the board in 2022. Sir David Lane joined the board in 2023. She said the board would meet every month. He said he would chair the finance committee. Tom Okafor opened a shelter in 2019. He said it had 40 beds. Ruth Alvarez ran the shelter until 2022. Then she retired. In 2023, he sold the building.
"""  # noqa: E501


@pytest.mark.parametrize(
    "expected",
    [
        "Mary Carter hired Tom Reyes in 2015.",
        # "she" skips Sir David Lane for Jane Doe, named as an actress before him
        "Jane Doe said the board would meet every month.",
        # "he" skips the women named before for the man
        "David Lane would chair the finance committee.",
        # the pronoun the article used for a person: "He said" made Tom Okafor a man, "Then
        # she retired" made Ruth Alvarez a woman, so the last "he" is Tom Okafor's
        "Tom Okafor said it had 40 beds.",
        "Then Ruth Alvarez retired.",
        "Tom Okafor sold the building in 2023.",
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(expected: str) -> None:
    assert expected in [c.text for c in extract_claims(parse_text(CHARITY_ARTICLE))]


NORTHWIND_ARTICLE = """Northwind Cuts Jobs

Northwind Foods, the largest dairy processor in the Midwest, said it would cut 1,200 jobs. Jane Doe, chief executive of Northwind, said the company had lost money for two quarters. She said the cuts would save $90 million a year. A judge fined the company. His lawyer, Susan Park, said she would appeal the fine.
"""  # noqa: E501


@pytest.mark.parametrize(
    "expected",
    [
        # a name with its appositive ("Jane Doe, chief executive of Northwind") is a person's,
        # one "she" may stand for; "Northwind Foods, the largest ..." is no person
        "Jane Doe said the cuts would save $90 million a year.",
        # "NAME, said she": the speaker, named with a comma before the verb
        "Susan Park would appeal the fine.",
    ],
)
def test_a_name_with_its_appositive_is_a_person(expected: str) -> None:
    assert expected in [c.text for c in extract_claims(parse_text(NORTHWIND_ARTICLE))]
