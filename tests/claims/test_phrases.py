"""Phrases after the verb (`claims.phrases`), through `decompose`: a date after the object and
another phrase, phrases after a time or place phrase.

News-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claims.decompose import decompose

CASES = [
    # a date after the object and a phrase goes with the verb and the object's head
    (
        "The mayor was elected to the council in 2004.",
        ["The mayor was elected to the council.", "The mayor was elected in 2004."],
    ),
    # no phrase between: the claim is kept whole; an infinitive belongs to the verb
    (
        "The striker won the league title in 2004.",
        ["The striker won the league title in 2004."],
    ),
    (
        "The exercises are set to continue until Feb. 1.",
        ["The exercises are set to continue until Feb. 1."],
    ),
    # after a time or place phrase, "for", "with", "as", "at" start phrases of their own
    (
        "The governor was honoured by the Red Cross for her relief work.",
        [
            "The governor was honoured by the Red Cross.",
            "The governor was honoured for her relief work.",
        ],
    ),
    (
        "The novelist wrote a column for The Herald for ten years.",
        [
            "The novelist wrote a column for The Herald.",
            "The novelist wrote a column for ten years.",
        ],
    ),
    # an ordinal date keeps its comma
    (
        "The couple married in Lisbon on June 4th, 2019.",
        ["The couple married in Lisbon.", "The couple married on June 4th, 2019."],
    ),
    # counted records: one claim per count, with the verb its noun takes
    (
        "The striker left the club in 2019 with 62 goals in 98 matches.",
        [
            "The striker left the club in 2019.",
            "The striker scored 62 goals.",
            "The striker played 98 matches.",
        ],
    ),
    (
        "He ended the season with a 3.12 ERA and 140 strikeouts in 180 innings pitched.",
        [
            "He ended the season.",
            "He had a 3.12 ERA.",
            "He had 140 strikeouts.",
            "He pitched 180 innings.",
        ],
    ),
    (
        "The keeper has a career record of 20-24 with a 4.41 ERA.",
        ["The keeper has a career record of 20-24.", "The keeper has a 4.41 ERA."],
    ),
    (
        "The forward has scored 41 goals in 77 appearances.",
        ["The forward has scored 41 goals.", "The forward has made 77 appearances."],
    ),
    # a birth name and a birth date are two facts
    (
        "The rapper Marcus Green was born Marcus Greene on May 3, 1990.",
        [
            "The rapper Marcus Green was born Marcus Greene.",
            "The rapper Marcus Green was born on May 3, 1990.",
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrases(sentence, expected):
    assert [p.text for p in decompose(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        # "in 1993" dates the death, not the marriage
        ("Sajid Nadiadwala married Warda Khan in 2000 after the death of his first wife Divya "
         "Bharti in 1993.", "Sajid Nadiadwala married Warda Khan in 1993."),
    ],
)  # fmt: skip
def test_a_time_after_an_event_phrase_dates_the_event(sentence: str, unwanted: str) -> None:
    assert unwanted not in [p.text for p in decompose(sentence)]


def test_movies_is_the_plural_of_movie() -> None:
    from claims.modifiers import singular

    assert [singular(w) for w in ("movies", "cities", "stories", "rookies")] == [
        "movie",
        "city",
        "story",
        "rookie",
    ]


# a rank's phrases say among what ("the fourth hurricane to hit Florida since 2022" is not the
# fourth ever); "swear in" is one verb, its "in" no phrase
NEWS_PHRASES = [
    ("Delia is the fourth hurricane to hit Florida since 2022.",
     ["Delia is the fourth hurricane to hit Florida since 2022."]),
    ("The merger would have been the largest supermarket deal in U.S. history.",
     ["The merger would have been the largest supermarket deal in U.S. history."]),
    ("The city council will swear in Brooks on Jan. 6.",
     ["The city council will swear in Brooks on Jan. 6."]),
    ("Brooks was sworn in as mayor on Jan. 6.",
     ["Brooks was sworn in as mayor.", "Brooks was sworn in on Jan. 6."]),
    # a light verb keeps its phrase with the date: "go on Dec. 3" would be another verb
    ("The race will go to a runoff on Dec. 3.",
     ["The race will go to a runoff.", "The race will go to a runoff on Dec. 3."]),
    ("He rose to fame in 2004.", ["He rose to fame.", "He rose to fame in 2004."]),
    ("The team moved to Chicago in 1990.",
     ["The team moved to Chicago.", "The team moved in 1990."]),
    # "for" between two capitalised words is inside a name; a prize's category is split off
    ("She served as the Minister for Trade from 1996 to 1998.",
     ["She served as the Minister for Trade.", "She served from 1996 to 1998."]),
    ("He won the Academy Award for Best Director in 1965.",
     ["He won the Academy Award for Best Director.", "He won the Academy Award in 1965."]),
    # the comma that closes a date ("on May 2, 2011,") ends no clause
    ("The former mayor died on October 28, 2021, at the age of 74.",
     ["The former mayor died on October 28, 2021.", "The former mayor died at the age of 74."]),
    ("The pitcher made his debut on April 3, 2017, with the San Diego Padres.",
     ["The pitcher made his debut on April 3, 2017.",
      "The pitcher made his debut with the San Diego Padres."]),
    ("The couple married on May 27, 2014, with a small ceremony in Lima and a party in June.",
     ["The couple married on May 27, 2014, with a small ceremony in Lima and a party in June."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), NEWS_PHRASES, ids=[c[0][:40] for c in NEWS_PHRASES]
)
def test_news_phrases(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected
