"""Date bounds: 'since 1999' agrees with the same start and with a later day of that year and
disagrees with another start; 'until' is an end; 'after 2017' excludes the days of 2017."""

from __future__ import annotations

import pytest

from claims.extract import build_claim
from claims.model import Passage, Stance
from claims.stance import VerifySettings, judge
from tests.claims.test_stance import stance_of

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


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a day inside the claim's year is not after that year
        ("After 2017, Fuller House was renewed by Netflix for a fourth season.",
         "On January 29, 2017, Netflix renewed Fuller House for a fourth season.", "refutes"),
        # "a film from 1968" dates the film; "from" is not a bound
        ("Barbarella is a film from 1968.",
         "Barbarella is a 1968 science fiction film directed by Roger Vadim.", "supports"),
        # "until" is an end: the same end agrees
        ("Bonaire was part of the Netherlands Antilles until 2010.",
         "Bonaire was part of the Netherlands Antilles until the country's dissolution in 2010.",
         "supports"),
        ("Pete Rozelle attended Compton Junior College until 1944.",
         "He graduated from Compton Junior College in 1944.", "supports"),
        # the same bound on both sides agrees
        ("The electric chair is kept for crimes committed before March 31, 1998.",
         "The electric chair is kept for crimes committed prior to March 31, 1998.", "supports"),
        # another cut-off is another rule, not a date before the claim's (VitaminC)
        ("In Kentucky, the electric chair has been retired except for those whose capital "
         "crimes were committed prior to March 31, 1998.",
         "In the state of Kentucky, the electric chair has been retired except for those whose "
         "capital crimes were committed before March 31, 1997, and who choose electrocution.",
         "refutes"),
        # a passage's "since" starts a period: "after 1999" is left to the other dates
        ("Prague's historic center was declared a World Heritage Site by UNESCO after 1996.",
         "Since 2001, the extensive historic center of Prague has been included in the UNESCO "
         "list of World Heritage Sites.", "supports"),
        # a year as the claim's subject is no name to read into the passage
        ("1997 was the year No Way Out was released.",
         "The album No Way Out was released on July 1, 1995, by the Bad Boy record label.",
         "refutes"),
        # the title "1999" is the claim's other date, not the release date
        ("The song \"1999\" was released before September 2018.",
         "\"1999\" is a song by Charli XCX and Troye Sivan, released as the lead single from "
         "her album Charli on 5 October 2018.", "refutes"),
        # "August 11,1980" is a day
        ("Merritt Wever was born on August 11,1980.",
         "Merritt Wever (born January 7, 1980) is an American actress.", "refutes"),
    ],
)  # fmt: skip
def test_date_bounds_and_ends(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_since_takes_in_its_own_year():
    passage = (
        "The treaty creating the Union State of Russia and Belarus was signed on December 8, 1999."
    )
    assert stance_of(CLAIM, passage)[0] == "supports"


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a passage that gives only the year or the month does not state the claim's day
        ("The third season of Queer Eye premieres on 13 March 2019.",
         "The third season of Queer Eye is set to premiere in 2019.", "neutral"),
        ("The tribute concert for Chris Cornell was held on 16 January 2019.",
         "In January 2019, a tribute concert for Chris Cornell was held at The Forum.",
         "neutral"),
        # and never refutes it
        ("The third season of Queer Eye premieres on 13 March 2019.",
         "The third season of Queer Eye is set to premiere in 2020.", "refutes"),
    ],
)  # fmt: skip
def test_a_coarser_date_does_not_state_the_day(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "20th Century Fox" is a name, not a century
        ("Get the Gringo's Blu-ray Disc was set for release on July 17, 2012, by 20th Century "
         "Fox.", "Its release date on Blu-ray Disc was set as July 17, 2012, by 20th Century Fox "
         "Home Entertainment.", "supports"),
        # the song "1999" is a title, not a date
        ("\"1999\" made it to number 17 on the UK Singles Chart.",
         "The track has reached number 17 on the UK Singles Chart dated 22 November 2018.",
         "supports"),
        # "the 2011 QS World University Rankings" dates the rankings, not a fact in them
        ("The 2011 QS World University Rankings had the University of Ottawa on the 256th spot.",
         "The 2014 QS World University Rankings ranked the University of Ottawa 218th.",
         "neutral"),
    ],
)  # fmt: skip
def test_names_and_titles_that_hold_dates(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "June of 1866" is a month, and a life's first date is its birth
        ("Anne Sullivan was born in June of 1866.",
         "Johanna Mansfield Sullivan Macy (April 14, 1866 – October 20, 1936), better known as "
         "Anne Sullivan, was an American teacher.", "refutes"),
        ("Carey Hayes was born in April of 1961.",
         "Carey Hayes (born April 21, 1961 in Portland, Oregon) is an American screenwriter.",
         "supports"),
        # a birth date dates the birth only, whatever word the claim uses for it
        ("Ang Lee released his first film on October 23, 1954.",
         "Ang Lee (born October 23, 1954) is a Taiwanese film director.", "neutral"),
        # ... and another event of a life on the birth date is refuted (`claims.events`)
        ("Aubrey Anderson-Emmons graduated in 2007.",
         "Aubrey Frances Anderson-Emmons (born June 6, 2007) is an American child actress.",
         "refutes"),
        ("Zoey Deutch was birthed on November 10, 1994.",
         "Zoey Francis Thompson Deutch (born November 10, 1994) is an American actress.",
         "supports"),
        ("Julie Bowen's birthday is November 3.",
         "Julie Bowen Luetkemeyer (born March 3, 1970), known professionally as Julie Bowen, is "
         "an American actress.", "refutes"),
        # a death is still dated by a death date ("lost a sister" / "who died in 1987")
        ("Amy Lee lost a younger sister before 1988.",
         "Lee had a younger sister who died in 1987 at the age of three.", "supports"),
    ],
)  # fmt: skip
def test_a_date_dates_its_own_event(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected
