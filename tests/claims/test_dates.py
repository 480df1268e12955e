"""The one date parser: absolute, partial and relative dates resolved to ISO values."""

from __future__ import annotations

from datetime import date

import pytest

from claims.date_values import date_range, dates_overlap, render_value
from claims.dates import find_dates

PUBLISHED = date(2023, 1, 16)  # the example article's date, a Monday


@pytest.mark.parametrize(
    ("text", "anchor", "mention", "value", "absolute"),
    [
        ("On Jan. 11, Moscow reorganized", None, "Jan. 11", "2023-01-11", "Jan. 11, 2023"),
        ("set to continue until Feb. 1, will", None, "Feb. 1", "2023-02-01", "Feb. 1, 2023"),
        ("On Dec. 19, 2022, Russian President", None, "Dec. 19, 2022", "2022-12-19", None),
        ("In October 2022, Moscow dispatched", None, "October 2022", "2022-10", None),
        ("Anne Sullivan was born in June of 1866.", None, "June of 1866", "1866-06", None),
        ("troops arrived in October", None, "October", "2022-10", "October 2022"),
        ("Since 1999, Russia and Belarus", None, "1999", "1999", None),
        ("1/16/2023", None, "1/16/2023", "2023-01-16", None),
        ("Last week, Belarusian officials said", None, "Last week",
         "2023-01-09/2023-01-15", "In the week of January 9-15, 2023"),
        ("Late last month, Belarusian officials", None, "Late last month",
         "2022-12-21/2022-12-31", "In late December 2022"),
        ("early this month", None, "early this month", "2023-01-01/2023-01-10",
         "in early January 2023"),
        ("prices rose last year", None, "last year", "2022", "in 2022"),
        # a possessive period names a thing of that time ("in 2022's model" said nothing)
        ("up from $1,799 for last year's model", None, "last year's", "2022", "the 2022"),
        ("Last month's vote was close.", None, "Last month's", "2022-12", "The December 2022"),
        ("the minister said yesterday", None, "yesterday", "2023-01-15", "on January 15, 2023"),
        ("the talks ended on Friday", None, "on Friday", "2023-01-13", "on January 13, 2023"),
        # a weekday in a forecast is the coming one; a report's own day is past
        ("he could play on Friday evening", None, "on Friday evening", "2023-01-20",
         "on the evening of January 20, 2023"),
        ("They will appear in court on Saturday.", None, "on Saturday", "2023-01-21",
         "on January 21, 2023"),
        ("The minister said on Friday he will resign.", None, "on Friday", "2023-01-13",
         "on January 13, 2023"),
        # "by", "until", "since" a weekday keep their word
        ("it had burned 8,500 hectares by Friday morning", None, "by Friday morning",
         "2023-01-13", "by the morning of January 13, 2023"),
        ("the border has been closed since Friday", None, "since Friday", "2023-01-13",
         "since January 13, 2023"),
        ("two weeks ago", None, "two weeks ago", "2023-01-02", "on January 2, 2023"),
        ("One day after the reshuffle, Gen. Oleg", "2023-01-11", "One day after the reshuffle",
         "2023-01-12", "On January 12, 2023"),
        ("the next day, he resigned", "2023-01-11", "the next day", "2023-01-12",
         "on January 12, 2023"),
        ("Soon afterward, the Russian air force", "2022-10", "Soon afterward", "2022-10/..",
         "Soon after October 2022"),
        ("the week of January 9-15, 2023", None, "January 9-15, 2023",
         "2023-01-09/2023-01-15", None),
        ("He was born in the seventies.", None, "seventies", "1970/1979", None),
        # years before 1600: after a month, or a word that dates them (VitaminC)
        ("Guadalajara was founded on February 14, 1542.", None, "February 14, 1542",
         "1542-02-14", None),
        ("Guadalajara was officially founded in 1550.", None, "1550", "1550", None),
        ("He led the rising in the summer of 1297.", None, "1297", "1297", None),
        ("It peaked in the late '60s.", None, "late '60s", "1965/1969", None),
        ("his films of the 70s-80s", None, "70s-80s", "1970/1989", None),
    ],
)  # fmt: skip
def test_find_dates(text, anchor, mention, value, absolute):
    (found,) = find_dates(text, PUBLISHED, anchor)
    assert (found.text, found.value, found.absolute) == (mention, value, absolute)
    assert text[found.start : found.end] == mention


@pytest.mark.parametrize(
    "text",
    [
        "Last week, officials said",  # relative, but no published date to resolve it against
        "One day after the reshuffle, he left",  # no anchor without the article's context
        "the ministry may act",  # "may" the verb is no month
        "He was in his thirties.",  # an age, not a decade
        "a force of 1500 soldiers",  # a count, not a year
    ],
)
def test_unresolvable_dates_are_not_guessed(text):
    assert find_dates(text, None, None) == []


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2023-01-11", "2023-01", True),
        ("2023-01-09/2023-01-15", "2023-01-11", True),
        ("2023-01-09/2023-01-15", "2023-01-16", False),
        ("2022-10/..", "2023-01-05", True),
        ("1999", "1999-12-08", True),
        ("2022-12", "2023", False),
    ],
)
def test_dates_overlap(a, b, overlap):
    assert dates_overlap(a, b) is overlap


def test_ranges_and_rendering():
    assert date_range("2022-02") == (date(2022, 2, 1), date(2022, 2, 28))
    assert render_value("2023-01-12") == "January 12, 2023"
    assert render_value("2022-10") == "October 2022"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a forecast's "until March" is the next March; a past one's the last
        ("The drills will last until March.", "2023-03"),
        ("Experts believe the outbreak will end by March.", "2023-03"),
        ("He served as defence minister until March.", "2022-03"),
        ("The talks were held in March.", "2022-03"),
    ],
)
def test_a_month_alone_looks_ahead_only_in_a_forecast(text: str, value: str) -> None:
    (found,) = find_dates(text, date(2023, 1, 16))
    assert found.value == value


def test_a_month_abbreviation_inside_a_word_is_no_month():
    # "3.5 decades" once read as "5 dec": a month name must be a word of its own
    assert find_dates("It ran over less than 3.5 decades.", date(2023, 1, 16)) == []
    assert [d.value for d in find_dates("It opened on 5 Dec. 2022.")] == ["2022-12-05"]


@pytest.mark.parametrize(
    ("text", "mention", "value", "absolute"),
    [
        # "last", "this", "next" name which such month, capitalised or not, and are part of
        # the mention ("last May" -> "in May 2023", not "last May 2023")
        ("Last May, floods in the same region killed 17 people.", "Last May", "2023-05",
         "in May 2023"),
        ("Floods killed 17 people last May.", "last May", "2023-05", "in May 2023"),
        # in a March article, "last March" is a year back
        ("The army moved last March.", "last March", "2023-03", "in March 2023"),
        ("The vote will be held this May.", "this May", "2024-05", "in May 2024"),
        ("The vote is due next February.", "next February", "2025-02", "in February 2025"),
        # a preposition opening the sentence is no part of the mention
        ("In October, the army moved its headquarters.", "October", "2023-10", "October 2023"),
    ],
)  # fmt: skip
def test_a_month_named_by_last_this_or_next(text, mention, value, absolute) -> None:
    (found,) = find_dates(text, date(2024, 3, 4))
    assert (found.text, found.value, found.absolute) == (mention, value, absolute)


@pytest.mark.parametrize(
    "text",
    [
        # counted from an event the text does not date: no date of the article's
        "The landing came a year after Chandrayaan-3 became the first mission to land there.",
        "He died two years after his wife died.",
    ],
)
def test_a_time_after_an_undated_event_is_not_resolved(text: str) -> None:
    assert find_dates(text, PUBLISHED, "2023-01-11") == []
