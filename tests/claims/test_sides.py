"""Side facts cut out of a clause (`claims.sides`), through `decompose`: bound relative
clauses, works and their years, appositives with a relative clause, participle chains.

News-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claims.decompose import decompose

CASES = [
    # a work's year in brackets, or before its class, is a fact of the work
    (
        'The director has made three documentaries, including "Salt Roads" (2012) and '
        '"The Long Thaw" (2019).',
        [
            "The director has made three documentaries.",
            'The director has made "Salt Roads".',
            'The director has made "The Long Thaw".',
            '"Salt Roads" is a documentary.',
            '"The Long Thaw" is a documentary.',
            '"Salt Roads" was released in 2012.',
            '"The Long Thaw" was released in 2019.',
        ],
    ),
    (
        'She won praise for the 2015 film "Quiet Harbor".',
        [
            'She won praise for "Quiet Harbor".',
            '"Quiet Harbor" is a film.',
            '"Quiet Harbor" was released in 2015.',
        ],
    ),
    (
        "The actor starred in Harbor Lights (2009) and Cold Creek (2012).",
        [
            "The actor starred in Harbor Lights.",
            "The actor starred in Cold Creek.",
            "Harbor Lights was released in 2009.",
            "Cold Creek was released in 2012.",
        ],
    ),
    # a relative clause without a comma: its own claim, about the nearest noun
    (
        "The union represents nurses who work in rural clinics.",
        ["The union represents nurses.", "The nurses work in rural clinics."],
    ),
    (
        "The agency funded several charities that support refugees.",
        ["The agency funded several charities.", "The charities support refugees."],
    ),
    # "that" + a subject is a complement clause, not a relative one
    (
        "The report found that the dam had failed.",
        ["The report found that the dam had failed."],
    ),
    # "who" on a predicate noun of "was" is said of the subject
    (
        "The mayor was a lawyer and a city councillor who fought for cheaper housing.",
        [
            "The mayor fought for cheaper housing.",
            "The mayor was a lawyer.",
            "The mayor was a city councillor.",
        ],
    ),
    # an appositive with a relative clause: two facts about the name
    (
        "The ministry hired Atlas Data, a consulting firm that builds flood models.",
        [
            "The ministry hired Atlas Data.",
            "Atlas Data is a consulting firm.",
            "Atlas Data builds flood models.",
        ],
    ),
    # participles: "having" after any tense, chains joined by "and", an adverb before
    (
        "The senator is a veteran and author, having written two books on foreign policy.",
        [
            "The senator is a veteran.",
            "The senator is an author.",
            "The senator has written two books on foreign policy.",
        ],
    ),
    (
        "The striker joined the club in 2015, scoring 40 goals and winning two league titles.",
        [
            "The striker joined the club in 2015.",
            "The striker scored 40 goals.",
            "The striker won two league titles.",
        ],
    ),
    (
        "The president moved to Washington, DC, later working for the Department of State.",
        [
            "The president moved to Washington, DC.",
            "The president worked for the Department of State.",
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_side_facts(sentence, expected):
    assert [p.text for p in decompose(sentence)] == expected


# a participle, "known for" or relative clause that ends the sentence in a list takes the
# whole list; an appositive before a list is an item, and a lone ", and X" is the clause's own
LIST_TAILS = [
    ("The minister resigned on Tuesday, citing pressure from unions, business groups, and "
     "party members.",
     ["The minister resigned on Tuesday.", "The minister cited pressure from unions.",
      "The minister cited pressure from business groups.",
      "The minister cited pressure from party members."]),
    ("The senator is a member of the finance committee, known for her work on taxes, "
     "pensions, and trade.",
     ["The senator is a member of the finance committee.",
      "The senator is known for her work on taxes.",
      "The senator is known for her work on pensions.",
      "The senator is known for her work on trade."]),
    ("The firm fired its chief executive, citing losses in Europe, Asia, and Africa.",
     ["The firm fired its chief executive.", "The firm cited losses in Europe.",
      "The firm cited losses in Asia.", "The firm cited losses in Africa."]),
    ("He praised the prosecutor, a former judge, and the police chief.",
     ["He praised the prosecutor.", "He praised a former judge.",
      "He praised the police chief."]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LIST_TAILS, ids=[c[0][:40] for c in LIST_TAILS])
def test_a_side_fact_takes_the_list_it_ends_in(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected


# news prose: the example of a passive's counted subject was the verb's subject too, and a
# relative clause on it is said of it; "Her sister, Name, V ..." is said of the name; titles
# after "her novels" in a list are one item each, "and" inside a title kept
NEWS_SIDES = [
    ("At least four people were killed, including a 67-year-old man who was struck by a "
     "falling tree.",
     ["At least four people were killed.", "A 67-year-old man was killed.",
      "The 67-year-old man was struck by a falling tree."]),
    ("Twelve people were injured, including two children who were taken to a hospital.",
     ["Twelve people were injured.", "Two children were injured.",
      "The two children were taken to a hospital."]),
    ("Her author sister, Denise Brooks, published three novels.",
     ["Denise Brooks published three novels.", "Denise Brooks is her author sister."]),
    # a relative clause ending in a list takes the whole list, up to the clause's own verb
    ("The foundation, which supports education, health, and the arts, was founded in 1950.",
     ["The foundation was founded in 1950.", "The foundation supports education.",
      "The foundation supports health.", "The foundation supports the arts."]),
    ("The band writes lyrics that focus on love, loss, and faith.",
     ["The band writes lyrics.", "The lyrics focus on love, loss, and faith."]),
    # a name's description without an article: a possessed noun, a capitalised office
    ("Nathaniel Mark Dushku, Eliza's younger brother, is an actor, film director, and producer.",
     ["Nathaniel Mark Dushku is an actor.", "Nathaniel Mark Dushku is a film director.",
      "Nathaniel Mark Dushku is a producer.", "Nathaniel Mark Dushku is Eliza's younger brother."]),
    ("John Smith, Minister for Trade, was arrested.",
     ["John Smith was arrested.", "John Smith is Minister for Trade."]),
    ("The company's founder, John Smith, died in 2010.",
     ["John Smith died in 2010.", "John Smith is the company's founder."]),
    ("Her sister published her novels Sins and Salvation, The Long Road, and Home between 2015 "
     "and 2021.",
     ["Her sister published Sins and Salvation.", "Her sister published The Long Road.",
      "The Long Road is her novel.", "Her sister published Home between 2015 and 2021.",
      "Home is her novel."]),
    ("She wrote three novels, Sins and Salvation, The Long Road, and Home.",
     ["She wrote three novels.", "She wrote Sins and Salvation.", "She wrote The Long Road.",
      "She wrote Home.", "Sins and Salvation is a novel.", "The Long Road is a novel.",
      "Home is a novel."]),
    ("Utility company Duke Energy restored power to 150,000 customers.",
     ["Duke Energy restored power to 150,000 customers.", "Duke Energy is a utility company."]),
    # the name's own relative clause or appositive before the verb: no comma left behind
    ("Her sister, Denise Brooks, who lives in Ohio, published a memoir.",
     ["Denise Brooks published a memoir.", "Denise Brooks is her sister.",
      "Denise Brooks lives in Ohio."]),
    ("His brother, John Smith, a lawyer, won the case.",
     ["John Smith won the case.", "John Smith is his brother.", "John Smith is a lawyer."]),
    # a record after a place is the event's ("the lowest close"), not the place's
    ("Its shares fell 6.4 percent to $52.10 in New York, the lowest close since March 2020.",
     ["Its shares fell 6.4 percent to $52.10 in New York, the lowest close since March 2020."]),
    ("He was born in Paris, the largest city in France.",
     ["He was born in Paris.", "Paris is the largest city in France."]),
    # a relative clause after an appositive is said of the name, not of the appositive's noun
    ('"We had a strong quarter," said Jane Doe, chief executive of Acme, who founded the firm '
     "in 1990.",
     ['"We had a strong quarter," said Jane Doe, chief executive of Acme, who founded the firm '
      "in 1990.", "Jane Doe is the chief executive of Acme.", "Jane Doe founded the firm in 1990.",
      "We had a strong quarter."]),
    ("The company was sold to Acme, a maker of toys, which was founded in 1990.",
     ["The company was sold to Acme.", "Acme is a maker of toys.", "Acme was founded in 1990."]),
    # a participle is no appositive: "who" is still Diego Rossi's
    ("The team signed Carlos Vela, replacing Diego Rossi, who moved to Columbus Crew.",
     ["The team signed Carlos Vela.", "Diego Rossi moved to Columbus Crew.",
      "The team replaced Diego Rossi."]),
    # a possessive appositive of a speaker named after the verb
    ('"She was a fighter," said Mary Jones, her sister.',
     ['"She was a fighter," said Mary Jones, her sister.', "Mary Jones is her sister.",
      "She was a fighter."]),
    # "who" after a preposition's noun is that noun's, not the subject's
    ("This is an important step for mothers who are struggling.",
     ["This is an important step for mothers.", "The mothers are struggling."]),
    # a name between commas in a list of names is an item, not an appositive
    ("Valpy has also written for CBC News Online, the Toronto Star, and the National Post.",
     ["Valpy has written for CBC News Online.", "Valpy has written for the Toronto Star.",
      "Valpy has written for the National Post."]),
    ("He received two Screen Actors Guild Awards, a Golden Globe Award, and a Primetime Emmy "
     "Award.",
     ["He received two Screen Actors Guild Awards.", "He received a Golden Globe Award.",
      "He received a Primetime Emmy Award."]),
    # a description is still one ("a Python-based data science platform")
    ("He co-founded Continuum Analytics, a Python-based data science platform, and Anaconda.",
     ["He co-founded Continuum Analytics.", "He co-founded Anaconda.",
      "Continuum Analytics is a Python-based data science platform."]),
    # a name in brackets is a fact of its own
    ("Lady Gaga (birth name Stefani Germanotta) is a singer.",
     ["Lady Gaga is a singer.", "Lady Gaga's birth name is Stefani Germanotta."]),
    ("Botak Chin (real name: Wong Swee Chin) was a gangster.",
     ["Botak Chin was a gangster.", "Botak Chin's real name is Wong Swee Chin."]),
    # a date before "which" is no antecedent: the work before it is
    ("He founded the charity “Hope 1212” in 2009, which aims to help children in need.",
     ["He founded “Hope 1212” in 2009.", "“Hope 1212” is a charity.",
      "“Hope 1212” aims to help children in need."]),
    # a bare number after a name is the person's age
    ("Mr. Hale, 62, was convicted in January of accepting $250,000.",
     ["Mr. Hale was convicted in January of accepting $250,000.",
      "Mr. Hale is 62 years old."]),
    ("The scores were 3, 5, 7 and 9.",
     ["The scores were 3.", "The scores were 5.", "The scores were 7.", "The scores were 9."]),
    # "called" after an aside is the main verb, not a name ("a band, called Focus")
    ("The United Dairy Workers union, which represents about 4,000 Northwind employees, called "
     "the plan a betrayal.",
     ["The United Dairy Workers union called the plan a betrayal.",
      "The United Dairy Workers union represents about 4,000 Northwind employees."]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), NEWS_SIDES, ids=[c[0][:40] for c in NEWS_SIDES])
def test_news_side_facts(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected


# a chain of appositives: the second describes the object of the first one's preposition (the
# one before a place), or the first one's name when that object is indefinite; a bare noun
# object (a drug, a disease) takes an appositive as a name does, unless it is a list item
APPOSITIVE_CHAINS = [
    ("The FDA approved zuranolone, the first pill for postpartum depression, a condition that "
     "affects about one in seven mothers.",
     ["The FDA approved zuranolone.", "Zuranolone is the first pill for postpartum depression.",
      "Postpartum depression is a condition.",
      "Postpartum depression affects about one in seven mothers."]),
    ("The agency approved Leqembi, a drug for Alzheimer's disease, a condition that affects six "
     "million Americans.",
     ["The agency approved Leqembi.", "Leqembi is a drug for Alzheimer's disease.",
      "Alzheimer's disease is a condition.", "Alzheimer's disease affects six million Americans."]),
    ("Regulators cleared Xylo, the first drug for sickle cell disease in Europe, a disorder that "
     "affects red blood cells.",
     ["Regulators cleared Xylo.", "Xylo is the first drug for sickle cell disease in Europe.",
      "Sickle cell disease is a disorder.", "Sickle cell disease affects red blood cells."]),
    ("Police arrested John Smith, the son of a farmer, a man who had no record.",
     ["Police arrested John Smith.", "John Smith is the son of a farmer.",
      "John Smith is a man.", "John Smith had no record."]),
    ("The virus causes mpox, a disease that spreads through close contact.",
     ["The virus causes mpox.", "Mpox is a disease.", "Mpox spreads through close contact."]),
    ("The trial focused on fentanyl, the synthetic opioid behind most overdose deaths.",
     ["The trial focused on fentanyl.",
      "Fentanyl is the synthetic opioid behind most overdose deaths."]),
    ("He studied law, the family trade, and medicine.",
     ["He studied law.", "He studied the family trade.", "He studied medicine."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), APPOSITIVE_CHAINS, ids=[c[0][:40] for c in APPOSITIVE_CHAINS]
)
def test_an_appositive_chain_and_a_bare_noun_host(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected


WHERE_WITHOUT_COMMA = [
    # "where" and a subject after a place, with no comma, is a relative clause too
    ("The family moved to Tijuana where his father opened a shop.",
     ["The family moved to Tijuana.", "His father opened a shop in Tijuana."]),
    ("She attended the Royal College of Music where she studied the violin.",
     ["She attended the Royal College of Music.",
      "She studied the violin in the Royal College of Music."]),
    # a cleft says one fact with focus
    ("It was at Roma where his career took off.", ["It was at Roma where his career took off."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), WHERE_WITHOUT_COMMA, ids=[c[0][:40] for c in WHERE_WITHOUT_COMMA]
)
def test_where_without_a_comma(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected


ABSOLUTE_PHRASES = [
    # ", with X being Y" at the end of a clause: a fact about X, in the main verb's tense
    ("The band's lineup has changed several times, with van Leer being the only constant member.",
     ["The band's lineup has changed several times.", "Van Leer is the only constant member."]),
    ("The storm destroyed 300 homes, with the coastal towns being the hardest hit.",
     ["The storm destroyed 300 homes.", "The coastal towns were the hardest hit."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), ABSOLUTE_PHRASES, ids=[c[0][:40] for c in ABSOLUTE_PHRASES]
)
def test_an_absolute_phrase_is_a_fact_of_its_own(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in decompose(sentence)] == expected
