"""Coordination (`claims.coordinate`), through `decompose`: shared objects and auxiliaries,
"but", "as well as", adjectives sharing a noun, named lists after a plural noun.

News-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claims.decompose import decompose

CASES = [
    # two verbs share the object, or the auxiliary and the phrase
    (
        "The architect designed and built the new library.",
        ["The architect designed the new library.", "The architect built the new library."],
    ),
    (
        "The singer was born and raised in Ohio.",
        ["The singer was born in Ohio.", "The singer was raised in Ohio."],
    ),
    (
        "The senator has written and directed two plays.",
        ["The senator has written two plays.", "The senator has directed two plays."],
    ),
    # "but" + a participle without an object shares "was"; with an object it does not
    (
        "The minister was arrested in March but released on bail.",
        ["The minister was arrested in March.", "The minister was released on bail."],
    ),
    (
        "The album was recorded in Paris and released the following year.",
        ["The album was recorded in Paris.", "The album was released the following year."],
    ),
    (
        "He was born in Ohio and moved to Texas.",
        ["He was born in Ohio.", "He moved to Texas."],
    ),
    # "-ed" adjectives joined by "and" share their noun; they are no second verb
    (
        "She is a respected and experienced diplomat.",
        ["She is a respected diplomat.", "She is an experienced diplomat."],
    ),
    (
        "The prosecutor was praised as a skilled and tireless advocate.",
        [
            "The prosecutor was praised as a skilled advocate.",
            "The prosecutor was praised as a tireless advocate.",
        ],
    ),
    # "as well as" and ", particularly ..." join like "and"
    (
        "The company sold phones as well as laptops.",
        ["The company sold phones.", "The company sold laptops."],
    ),
    (
        "The council spent the money on roads, particularly on rural bridges.",
        ["The council spent the money on roads.", "The council spent the money on rural bridges."],
    ),
    (
        'The festival showed the dramas "Night Rain" and "Paper Moon", as well as the '
        'documentaries "Salt Roads" and "Dry Season".',
        [
            'The festival showed "Night Rain".',
            '"Night Rain" is a drama.',
            'The festival showed "Paper Moon".',
            '"Paper Moon" is a drama.',
            'The festival showed "Salt Roads".',
            '"Salt Roads" is a documentary.',
            'The festival showed "Dry Season".',
            '"Dry Season" is a documentary.',
        ],
    ),
    # a plural noun, a comma, then the names: examples like "including"
    (
        'The festival showed two films, "Night Rain" and "Paper Moon".',
        [
            "The festival showed two films.",
            'The festival showed "Night Rain".',
            'The festival showed "Paper Moon".',
            '"Night Rain" is a film.',
            '"Paper Moon" is a film.',
        ],
    ),
    # praise of a named example is a fact about it; a number is no phrase
    (
        'The band has released over a dozen albums, including the critically acclaimed "Low Tide".',
        [
            "The band has released over a dozen albums.",
            'The band has released "Low Tide".',
            '"Low Tide" is an album.',
            '"Low Tide" was critically acclaimed.',
        ],
    ),
    # "is the author of X, including Y": no "He is Y"
    (
        "The judge is the author of over 20 books, including novels and memoirs.",
        [
            "The judge is the author of over 20 books, including novels.",
            "The judge is the author of over 20 books, including memoirs.",
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_coordination(sentence, expected):
    assert [p.text for p in decompose(sentence)] == expected
