"""Rules that read a passage as its page meant it (a pronoun, a surname or "the film" for the
claim's subject) and compare small counts, months said without a year and the year that dates
a thing. Each table has support, refute and neutral cases in real news-style sentences."""

from __future__ import annotations

import pytest

from claims.counts import check_counts
from claims.model import Passage
from claims.reference import another_person, resolve_subject
from claims.stance import judge
from tests.claims.test_stance import SETTINGS, make_claim, stance_of

S, R, N = "supports", "refutes", "neutral"


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Magic Johnson played for the Lakers.", "He played point guard for the Lakers.",
         "Magic Johnson played point guard for the Lakers."),
        ("Ashley Graham was on a magazine cover.", "Her photo was on the cover of Vogue.",
         "Ashley Graham's photo was on the cover of Vogue."),
        ("Anne Rice was born in New Orleans.", "Born in New Orleans, Rice moved to Texas.",
         "Born in New Orleans, Anne Rice moved to Texas."),
        # a description keeps its kind: "Due Date the film"
        ("Due Date was shot in New Mexico.", "The film was shot in Las Cruces, New Mexico.",
         "Due Date the film was shot in Las Cruces, New Mexico."),
        # the person named without the words that identify them in the article
        ("Belarusian President Alexander Lukashenko said so.",
         "Alexander Lukashenko has said that Belarus will not send troops.",
         "Belarusian President Alexander Lukashenko has said that Belarus will not send troops."),
        # names without the lower-case description the article gave them
        ("Strategic allies Russia and Belarus began joint drills.",
         "Russia and Belarus began joint military drills on January 16, 2023.",
         "Strategic allies Russia and Belarus began joint military drills on January 16, 2023."),
        # the passage names the subject in full, or "it" names nothing: unchanged
        ("Magic Johnson played for the Lakers.", "Magic Johnson played for the Lakers.",
         "Magic Johnson played for the Lakers."),
        ("The drills began in January.", "It is possible that the drills will be extended.",
         "It is possible that the drills will be extended."),
        # "the group" is no description of a city
        ("Kyiv lies 90 km from the border.", "The talks were held in Minsk.",
         "The talks were held in Minsk."),
        # a count is no subject: "the film" is the work the claim names (VitaminC); a title
        # that opens with a figure is a subject
        ("More than 240 people reviewed Ralph Breaks the Internet on Rotten Tomatoes.",
         "On Rotten Tomatoes, the film holds an approval rating of 88% based on 239 reviews.",
         "On Rotten Tomatoes, Ralph Breaks the Internet the film holds an approval rating of 88% "
         "based on 239 reviews."),
        ("Over 20 people had tested positive in Assam by April 6, 2020.",
         "It has confirmed 26 positive cases.", "Assam has confirmed 26 positive cases."),
        ("10 Cloverfield Lane received fewer than 290 reviews.",
         "On Rotten Tomatoes, the film has a rating of 90% based on 289 reviews.",
         "On Rotten Tomatoes, 10 Cloverfield Lane the film has a rating of 90% based on 289 "
         "reviews."),
    ],
)  # fmt: skip
def test_resolve_subject(claim: str, passage: str, expected: str) -> None:
    assert resolve_subject(claim, passage) == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Magic Johnson played for the Lakers.", "He played point guard for the Lakers.", S),
        ("Magic Johnson did not play for the Lakers.",
         "He played point guard for the Lakers for 13 seasons.", R),
        ("Ashley Graham was never on a magazine cover.",
         "She has appeared on the cover of magazines such as Vogue and Elle.", R),
        # the place opens the passage, so it is not aligned with the claim's: not decided
        ("Anne Rice was born in New Orleans.",
         "Born in Fort Lauderdale, Rice spent her early life there.", N),
    ],
)  # fmt: skip
def test_a_pronoun_or_surname_stands_for_the_subject(claim, passage, expected) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Office ran for nine seasons.", "The Office ran for nine seasons on NBC.", S),
        ("The Office ran for nine seasons.", "The Office ran for 9 seasons on NBC.", S),
        ("The Office ran for nine seasons.",
         "The Office debuted on NBC and ran for ten seasons and 201 episodes.", R),
        ("The couple has three children.", "The couple has four children, all boys.", R),
        # other things counted, a window of time, a bound: not compared
        ("The couple has three children.", "The couple owns two houses in Ohio.", N),
    ],
)  # fmt: skip
def test_small_counts(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_a_window_of_time_is_no_count() -> None:
    assert (
        stance_of(
            "Sea ice has been retreating over the past 30 years.",
            "Sea ice has been retreating, faster within the past 50 years.",
        )[0]
        != R
    )


def test_a_count_in_a_decimal_is_no_count() -> None:
    assert check_counts("It sold 3.7 million copies.", "It sold 3.6 million copies.") is None


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Danielle Cormack was born in December.",
         "Danielle Cormack (born 26 December 1970) is a New Zealand actress.", S),
        ("Danielle Cormack was born in May.",
         "Danielle Cormack (born 26 December 1970) is a New Zealand actress.", R),
        ("The album was released in October.",
         "The album was released on March 30, 2007 by Warner Bros.", R),
        # a passage with a year only does not give the month
        ("The album was released in October.", "The album was released in 2007.", N),
    ],
)  # fmt: skip
def test_a_month_without_a_year(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Men in Black II is a 2002 film.",
         "Men in Black II is a 2002 American science fiction action comedy film.", S),
        ("Men in Black II is a 1992 film.",
         "Men in Black II is a 2002 American science fiction action comedy film.", R),
        # another thing's year
        ("Men in Black II is a 2002 film.",
         "Men in Black II was released five years after the 1997 film.", N),
    ],
)  # fmt: skip
def test_the_year_that_dates_a_thing(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "No" opening a title is no denial
        ("No Strings Attached was released on January 21, 2011.",
         "No Strings Attached was released in the United States on January 21, 2009.", R),
        ("No Strings Attached was released on January 21, 2011.",
         "No Strings Attached was released on January 21, 2011 in the United States.", S),
        # the same "as of" stamp agrees; another stamp neither confirms nor refutes
        ("Uzbekistan had 503 recoveries as of April 23, 2020.",
         "As of 23 April 2020, Uzbekistan had 1,735 confirmed cases, 503 recoveries and 7 "
         "deaths.", S),
        ("Uzbekistan had 503 recoveries as of April 23, 2020.",
         "As of 22 April 2020, Uzbekistan had 1,735 confirmed cases, 503 recoveries.", N),
        # a bound word belongs to its number, not to what the passage must say
        ("Massachusetts had less than 29,000 cases.",
         "Massachusetts had 29,918 cases and 1,108 deaths.", R),
        # a year dating the thing, stated by the passage
        ("Hush (2016 film) was written by Kate Siegel.",
         "Hush is a 2016 American horror film directed by Mike Flanagan and written by Kate "
         "Siegel.", S),
        # an opposite word in the same statement refutes; in a conditional clause it does not
        ("Firefox is one of the most popular web browsers.",
         "Firefox is one of the least popular web browsers.", R),
        ("Clouds provide negative feedback.",
         "But if low clouds decrease, or if high clouds increase, the feedback is positive.", N),
    ],
)  # fmt: skip
def test_titles_time_stamps_bounds_and_opposites(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Zoey Deutch is an actress.", "Zoey Deutch is an American actress and singer.", S),
        ("Zoey Deutch is an actress.", "Zoey Deutch is a frog found in the United States.", R),
        ("Bones is a television series.", "Bones is an American cuisine of meat and dairy.", R),
        # two things of one broad type may both be true of a person: not refuted
        ("Kendall Jenner is a driver.", "Kendall Jenner is an American fashion model.", N),
        # the passage names a thing of the claim's type too
        ("Ram Charan is an actor.", "Ram Charan is a producer and actor from India.", S),
    ],
)  # fmt: skip
def test_broad_types(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_newly_appointed_is_a_recency_against_the_articles_date() -> None:
    from datetime import date

    from claims.dates import find_dates

    (found,) = find_dates("Gen. Salyukov, the newly appointed commander", date(2023, 1, 16))
    assert (found.text, found.value) == ("newly appointed", "2022-01-16/2023-01-16")
    assert find_dates("the newly appointed commander") == []  # no article date: no range


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Oleg Salyukov has been commander-in-chief of the Russian Ground Forces since 2014.", R),
        ("Oleg Salyukov was appointed commander-in-chief of the Russian Ground Forces in "
         "October 2022.", S),
        ("Oleg Salyukov is commander-in-chief of the Russian Ground Forces.", N),
    ],
)  # fmt: skip
def test_a_newly_appointed_role_against_its_start(passage: str, expected: str) -> None:
    from claims.model import DateMention

    claim = (
        "Gen. Oleg Salyukov is the newly appointed commander-in-chief of the Russian Ground Forces."
    )
    built = make_claim(claim).model_copy(
        update={"dates": (DateMention(text="newly appointed", value="2022-01-16/2023-01-16"),)}
    )
    evidence = judge(built, Passage(source="kb", text=passage, score=0.5), SETTINGS)
    assert evidence.stance == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The film has an average rating of 4.6/10 on Rotten Tomatoes.",
         "On Rotten Tomatoes the film has an average rating of 4.6/10, based on 72 reviews.", S),
        ("The film has an average rating of 4.5/10 on Rotten Tomatoes.",
         "On Rotten Tomatoes the film has an average rating of 4.6/10, based on 72 reviews.", R),
        ("The film holds an average rating lower than 4.3/10 on Rotten Tomatoes.",
         "On Rotten Tomatoes the film has an average rating of 4.2/10.", S),
        ("The film holds a score higher than 35 out of 100 on Metacritic.",
         "On Metacritic, the film has a score of 34 out of 100.", R),
        # the bound's own value: not higher
        ("The film holds a score higher than 35 out of 100 on Metacritic.",
         "On Metacritic, the film has a score of 35 out of 100.", R),
    ],
)  # fmt: skip
def test_scores_on_a_scale(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The film was based on more than 33 reviews.", "The film was based on 40 reviews.", S),
        ("The film was based on more than 33 reviews.", "The film was based on 20 reviews.", R),
        # the passage's figure is the bound's own value: not more than it
        ("The film was based on more than 33 reviews.", "The film was based on 33 reviews.", R),
        ("Fewer than 12 people were injured in the blast.",
         "Police said 12 people were injured in the blast.", R),
        # the same bound on both sides agrees
        ("The Secret has sold more than 20 million copies.",
         "The book has been translated into 50 languages and has sold over 20 million copies.",
         S),
        ("The film grossed lower than $40 million.", "The film grossed $38 million.", S),
    ],
)  # fmt: skip
def test_a_bound_excludes_its_own_value(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Doug Alan Robinson plays for the Detroit Pistons.",
         "Glenn Alan Robinson III (born January 8, 1994) is an American basketball player for "
         "the Detroit Pistons.", "Glenn Alan Robinson"),
        # the same person by another form of the given name, or a relative in the passage
        ("Alex Jones is a radio host.", "Alexander Emerick Jones is a radio show host.", None),
        ("Arjit Singh is a singer.", "Arijit Singh is an Indian singer.", None),
        ("Shannon Lee is an actress.", "She is the daughter of film star Bruce Lee.", None),
        ("Reviews of Alpha Protocol were mixed.", "Alpha Protocol received mixed reviews.", None),
    ],
)  # fmt: skip
def test_another_person_with_the_same_surname(claim, passage, expected) -> None:
    assert another_person(claim, passage) == expected


def test_a_passage_about_another_person_supports_nothing() -> None:
    assert (
        stance_of(
            "Doug Alan Robinson plays for the Detroit Pistons.",
            "Glenn Alan Robinson III is an American basketball player for the Detroit Pistons.",
        )[0]
        == N
    )


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the same thing said in other words
        ("Goosebumps is a movie penned by Darren Lemke.",
         "Goosebumps is a film written by Darren Lemke.", S),
        ("The company was founded in 1998.", "The firm was established in 1998.", S),
        # an end of a range is not a value of its own
        ("Research predicts sea level rise of 80cm to 2 metres by 2100.",
         "One study predicts sea level rise of 4.3 ft by 2100.", N),
    ],
)  # fmt: skip
def test_synonyms_and_ranges(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # support needs every name the claim gives of its subject stated, as numbers and dates
        # (another country refutes: see test_slot_rules.py::test_places)
        ("Arizona is a state bordering Nevada.",
         "Arizona is a state in the southwestern region of the United States.", N),
        ("Arizona is a state in the United States.",
         "Arizona is a state in the southwestern region of the United States.", S),
        ("Arizona is a state in the US.",
         "Arizona is a state in the southwestern region of the United States.", S),
        # the subject's own name may be left out of a reference sentence
        ("Happy Death Day has an approval rating of 70% on Rotten Tomatoes.",
         "On Rotten Tomatoes, the film has an approval rating of 70%.", S),
    ],
)  # fmt: skip
def test_the_names_of_the_predicate_must_be_stated(claim, passage, expected) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a phrase before the subject, and the subject's description
        ("On Dec. 19, 2022, Russian President Vladimir Putin paid a rare visit to Minsk.",
         "On December 19, 2022, Vladimir Putin visited Minsk and held talks.", S),
        # a figure describing the thing ("the one-day visit") is not required for support...
        ("Putin was accompanied on the one-day visit by Foreign Minister Sergey Lavrov.",
         "Putin was accompanied on the visit to Minsk by Foreign Minister Sergey Lavrov.", S),
        # ...but compared when the passage gives one
        ("Putin was accompanied on the one-day visit by Foreign Minister Sergey Lavrov.",
         "Putin was accompanied on the three-day visit by Foreign Minister Sergey Lavrov.", R),
        # a sum read on another date may have changed since
        ("Before October 7, the film earned less than $50 million in North America.",
         "As of October 9, the film has grossed $50,247,533 in North America.", N),
    ],
)  # fmt: skip
def test_descriptions_and_changing_figures(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("text", "denies_something"),
    [
        ("It did not happen.", True),
        ("He is no longer president.", True),
        ("No Way Out was released in 1997.", False),  # a title
        ("Scientists have no doubt that the ice will melt.", False),
        ("She is not only a singer but an actress.", False),
        ("No more than 5 people attended.", False),  # a bound
    ],
)
def test_idioms_deny_nothing(text: str, denies_something: bool) -> None:
    from claims.roles import denies

    assert (denies(text) is not None) == denies_something


def test_a_figure_said_of_the_named_subject_refutes_with_less_of_the_rest() -> None:
    from claims.reference import names_subject

    claim = "Lockout grossed more than $12 million at theaters in the United States and Canada."
    passage = "Lockout has grossed $11,854,566 in Canada."
    assert names_subject(claim, passage)
    assert stance_of(claim, passage)[0] == R  # half of the rest, the subject named
    # a subject that is no name: the usual share of the rest is needed
    claim = "The film grossed more than $12 million at theaters in the United States and Canada."
    assert stance_of(claim, "The film has grossed $11,854,566 in Canada.")[0] == N


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Kelly Preston starred in the film Broken Bridges.",
         "Kelly Preston avoided acting in the films Old Dogs and Broken Bridges.", N),
        ("Rhythm Nation was incapable of being performed on Britain's Got Talent.",
         "Rhythm Nation has been performed on Glee and on Britain's Got Talent.", R),
        # "didn't" is a verb, so "She" stands for the claim's subject (FEVER)
        ("Kelly Preston didn't act in the film Broken Bridges.",
         "She also avoided acting in the films The Cat in the Hat, Old Dogs, and Broken "
         "Bridges.", S),
    ],
)  # fmt: skip
def test_avoided_and_incapable_deny(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Brat Pack appeared together in films in the 1980s.",
         "The Brat Pack appeared together in coming-of-age films in the 1960s.", R),
        ("The Brat Pack appeared together in films in the 1980s.",
         "The Brat Pack appeared together in coming-of-age films in 1985.", S),
        ("The church was founded in the early 1980s.", "The church was founded in 1983.", S),
        # decades in words and in two digits (VitaminC)
        ("Alex Jones was born in the seventies.",
         "Alexander Emerick Jones (born February 11, 1984) is an American radio show host.", R),
        ("Alex Jones was born in the eighties.",
         "Alexander Emerick Jones (born February 11, 1984) is an American radio show host.", S),
        ("Dario Argento is known for his horror films of the 70s-80s.",
         "Dario Argento is known for his horror films of the 1970s and 1980s.", S),
        ("Julie Bowen was born on March 3.",
         "Julie Bowen (born November 3, 1970) is an actress.", R),
        ("Julie Bowen was born on March 3.", "Julie Bowen (born March 3, 1970) is an actress.", S),
        ("The film was released before January 14.",
         "The film was released worldwide on 13 January 2012.", N),
        # a birth date says nothing of a death on another day: neither confirms nor refutes;
        # the same day given to another event of the life refutes (claims.events)
        ("Pink died on September 8, 1979.", "Pink (born September 8, 1979) is a singer.", R),
        ("Bessie Smith was married on April 15, 1894.",
         "Bessie Smith (April 15, 1894 – September 26, 1937) was an American blues singer.", R),
        ("Bessie Smith was born on April 15, 1894.",
         "Bessie Smith (April 15, 1894 – September 26, 1937) was an American blues singer.", S),
        ("Mark Freuder Knopfler died on 12 August 1949.",
         "Mark Freuder Knopfler was born on 12 August 1949 in Glasgow, Scotland, to an English "
         "mother, Louisa Mary, and a Hungarian-Jewish father, Erwin Knopfler.", R),
        ("Kenny Chesney was born on March 26, 1968.",
         "Kenneth Arnold \"Kenny\" Chesney, who passed away on March 26, 1968, was an "
         "American country music singer.", R),
        ("Stephen Hillenburg was born in 1961 and died in 2018.",
         "Stephen Hillenburg (August 21, 1961 – November 26, 2018) was an American animator.", S),
        ("James Spader died on December 5, 2013.",
         "James Spader (born February 7, 1960) is an American actor.", N),
        ("The band's last album came out after 1981.",
         "It is the first studio album for the group since 2000's New Tattoo.", S),
    ],
)  # fmt: skip
def test_decades_days_without_a_year_and_life_events(claim, passage, expected) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_eval_reads_thousands_split_by_the_tokeniser() -> None:
    from claims.evaluate import detokenise

    assert (
        detokenise("YSIV sold more than 130 , 000 albums .")
        == "YSIV sold more than 130,000 albums."
    )


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a person has several occupations: a list of some denies none of the others
        ("Donna Summer was a painter.",
         "Donna Summer was an American singer, songwriter, and actress.", N),
        # things of one family are still exclusive
        ("The Endless River is a film.", "The Endless River is a studio album by Pink Floyd.", R),
    ],
)  # fmt: skip
def test_occupations_are_not_exclusive(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the passage's figure said with the claim's qualifier is the one compared
        ("Kung Fu Panda made more than $1 million on opening day.",
         "Kung Fu Panda grossed $200,000 on its opening day and $6 million on its opening "
         "weekend.", R),
        ("Kung Fu Panda made more than $1 million on opening weekend.",
         "Kung Fu Panda grossed $200,000 on its opening day and $6 million on its opening "
         "weekend.", S),
        # a qualifier before the figure ("a worldwide total of") is not read as the next one's
        ("The film made over $36 million worldwide.",
         "The film has grossed $33.8 million in North America and $2.6 million in other "
         "territories, for a worldwide total of $36.4 million.", S),
    ],
)  # fmt: skip
def test_the_figure_with_the_claims_qualifier(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected
