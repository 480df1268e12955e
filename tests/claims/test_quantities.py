"""The one unit converter: numbers and number words, with units converted to SI."""

from __future__ import annotations

import pytest

from claims.quantities import find_quantities, format_si


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "si_value", "si_unit"),
    [
        ("Kyiv sits only 95 miles south of the border", "95 miles", 95, "mi", 152887.68, "m"),
        ("along the 675-mile border", "675-mile", 675, "mi", 1086307.2, "m"),
        ("the two-week-long series of drills", "two-week", 2, "wk", 1209600, "s"),
        ("on the one-day visit", "one-day", 1, "d", 86400, "s"),
        ("a career of three decades", "three decades", 3, "decade", 946708560, "s"),
        ("Moscow dispatched thousands of troops", "thousands of troops", 2000, "troop", 2000,
         "troop"),
        ("sits 20 kilometers north of Lyon", "20 kilometers", 20, "km", 20000, "m"),
        ("a budget of $1.5 million", "$1.5 million", 1.5e6, "USD", 1.5e6, "USD"),
        # the scale written onto the figure (VitaminC): once read as "$336"
        ("a worldwide gross of $336.5million", "$336.5million", 3.365e8, "USD", 3.365e8, "USD"),
        ("prices rose 4% in March", "4%", 4, "%", 4, "%"),
        ("1.5 per cent of global emissions", "1.5 per cent", 1.5, "%", 1.5, "%"),
        ("the factory employs 2,000 workers", "2,000 workers", 2000, "worker", 2000, "worker"),
        ("a cargo of 30 tonnes", "30 tonnes", 30, "t", 30000, "kg"),
    ],
)  # fmt: skip
def test_find_quantities(text, mention, value, unit, si_value, si_unit):
    (q,) = find_quantities(text)
    assert (q.text, q.unit, q.si_unit) == (mention, unit, si_unit)
    assert q.value == pytest.approx(value)
    assert q.si_value == (pytest.approx(si_value) if si_value is not None else None)


@pytest.mark.parametrize(
    "text",
    # "2.5km": a unit written onto the figure is not read, nor the figure cut to "2"
    ["a Belarusian T-72 tank", "S-400 air-defense systems", "one of", "the 2.5km road"],
)
def test_model_names_and_bare_words_are_no_quantities(text):
    assert find_quantities(text) == []


def test_thousands_of_is_a_lower_bound():
    (q,) = find_quantities("thousands of troops")
    assert q.approximate


def test_format_si():
    assert format_si(152887.68, "m") == "152.9 km"


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("twenty-five miles away", "twenty-five miles", 25, "mi"),
        ("forty-five minutes later", "forty-five minutes", 45, "min"),
        ("twenty-five soldiers died", "twenty-five soldiers", 25, "soldier"),
        ("several hundred troops", "several hundred troops", 300, "troop"),
        ("a thousand tons of grain", "a thousand tons", 1000, "t"),
    ],
)
def test_number_words(text, mention, value, unit):
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.unit) == (mention, value, unit)


@pytest.mark.parametrize("text", ["two countries", "one of the", "the three ministers"])
def test_small_number_words_without_unit_are_no_quantities(text):
    assert find_quantities(text) == []
