"""Slot rules, one case per construction, read as the pipeline reads a passage: ranks and
superlatives, negation across initials, where a figure holds, reception, agents, ages, chart
places, dated works, counted nouns, bare counts, time stamps, spellings, and the names that
are no figures or dates."""

from __future__ import annotations

import pytest

from claims.roles import is_respelling
from tests.claims.test_stance import stance_of

S, R, N = "supports", "refutes", "neutral"


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "debut" is first; a superlative without an ordinal is first
        ("Harverd Dropout is Lil Pump's second studio album.",
         "Harverd Dropout is the debut studio album by American rapper Lil Pump.", R),
        ("Harverd Dropout is Lil Pump's debut studio album.",
         "Harverd Dropout is the debut studio album by American rapper Lil Pump.", S),
        ("Austin, Texas is the most populous city in the United States.",
         "It is the 11th-most populous city in the United States.", R),
        # a superlative ranks by itself: "the sixth planet" is not a rank of size
        ("Saturn is the largest planet in the Solar System.",
         "Saturn is the sixth planet from the Sun and the largest in the Solar System.", S),
    ],
)  # fmt: skip
def test_ranks_said_in_words(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "U.S." does not end the negated clause, and "approves" / "approved" share a stem
        ("The FDA approves CoQ10.",
         "CoQ10 is not approved by the U.S. Food and Drug Administration (FDA) for the "
         "treatment of any medical condition.", R),
        ("The FDA does not approve CoQ10.",
         "CoQ10 is not approved by the U.S. Food and Drug Administration (FDA) for the "
         "treatment of any medical condition.", S),
    ],
)  # fmt: skip
def test_negation_across_initials(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the figure compared is the one for the claim's place, not the worldwide total
        ("Happy Death Day collected over $55.05 million in the US.",
         "Happy Death Day has grossed $55 million in the United States and Canada, and $33.3 "
         "million in other territories, for a worldwide total of $88.3 million.", R),
        ("Warcraft grossed less than $412 million globally.",
         "Warcraft has grossed $43.9 million in North America and $368.3 million in other "
         "territories for a worldwide total of $412.2 million.", R),
        ("Warcraft grossed $368 million outside North America.",
         "Warcraft has grossed $43.9 million in North America and $368.3 million in other "
         "territories for a worldwide total of $412.2 million.", S),
        # a figure given only for another place neither confirms nor refutes
        ("The movie Batla House grossed 62.06 crore domestically.",
         "It has earned 62.06 crore worldwide.", N),
    ],
)  # fmt: skip
def test_a_figure_holds_where_it_is_said_to(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_spellings_and_verb_forms_share_a_stem():
    from claims.similarity import stem

    assert stem("defence") == stem("defense")
    assert stem("approve") == stem("approves") == stem("approved")


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # another value where the claim denies one agrees with the denial
        ("The Paper isn't directed by Barack Obama.",
         "The Paper is a 1994 American comedy-drama film directed by Ron Howard.", S),
        ("Paramore is not American.", "Paramore is an Australian rock band from Sydney.", S),
        # both deny: no value is given in place of the claim's
        ("The film Spy Kids was the first without the participation of Antonio Banderas.",
         "This is the first film without the participation of Robert Downey Jr. and Carla "
         "Gugino.", N),
    ],
)  # fmt: skip
def test_a_denial_agrees_with_another_value(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The film received positive reviews from critics.",
         "The film received generally favorable reviews from critics.", S),
        ("Cargo received mixed reviews.",
         "Cargo received mixed to positive reviews from critics.", S),
        # opposite receptions refute
        ("Fallout 76 was released to positive reviews.",
         "Fallout 76 was released to generally negative reviews.", R),
        ("The Room was acclaimed by critics.", "The Room was panned by critics.", R),
        # mixed next to positive: a matter of degree, neither stated nor refuted
        ("Dick Tracy received positive reviews.",
         "Dick Tracy was released in 1990 to mixed reviews.", N),
        # the reception as an adverb (VitaminC)
        ("Speak Your Mind was rated positively by music critics.",
         "Speak Your Mind received mixed reviews from music critics.", N),
        ("Speak Your Mind was received positively by critics.",
         "Speak Your Mind received negative reviews from music critics.", R),
    ],
)  # fmt: skip
def test_reception_of_a_work(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a participle describing the head does not end the phrase: "animated ... film"
        ("The Incredibles 2 is a dog.",
         "The Incredibles 2 is an upcoming 2018 American 3D computer-animated superhero film.", R),
        ("Netscape Navigator was a video game.",
         "Netscape Navigator is a discontinued proprietary web browser.", R),
        # a participle with its object ends it: "directed by"
        ("Veeram is a film.", "Veeram is a 2014 Indian Tamil action film directed by Siva.", S),
    ],
)  # fmt: skip
def test_the_kind_a_copula_assigns(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a small count with a bound: its own value is outside it
        ("Christian Benteke scored less than ten goals for Liverpool.",
         "He ended his stint at Liverpool after making 42 appearances and scoring 10 goals.", R),
        ("Christian Benteke scored more than eight goals for Liverpool.",
         "He ended his stint at Liverpool after making 42 appearances and scoring 10 goals.", S),
        ("Speak Your Mind got fewer than seven reviews on Metacritic.",
         "At Metacritic, the album has an average score of 57 based on seven reviews.", R),
        # "most-watched" is "most watched"
        ("Thrift Shop is YouTube's 17th most watched video.",
         "Thrift Shop is YouTube's 15th most-watched video.", R),
    ],
)  # fmt: skip
def test_bounded_small_counts_and_hyphened_ranks(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Shomu Mukherjee died at the age of 64.",
         "Mukherjee died of a heart attack on April 10, 2002, at the age of 61.", R),
        ("Shomu Mukherjee died at the age of 61.",
         "Mukherjee died of a heart attack on April 10, 2002, at the age of 61.", S),
        # a chart place after "#"
        ("Southern Hospitality peaked at number 23 on the Hot 100.",
         "Southern Hospitality debuted at #86 on the Billboard Hot 100 and peaked at #24.", R),
        ("Prague Castle is open to visitors.",
         "The Prague Castle is currently closed to visitors.", R),
        # in a list of dated works, the year after the work the claim names
        ("The film Synecdoche, New York was released in the 2000s.",
         "Keener also appeared in the films Into the Wild (1995), Synecdoche, New York (1997), "
         "and Get Out (2000).", R),
        # a life in parentheses is no work's year
        ("Bessie Smith was married on April 15, 1894.",
         "Bessie Smith (April 15, 1864 – September 26, 1937) was an American blues singer who "
         "married on April 15, 1894.", S),
    ],
)  # fmt: skip
def test_ages_chart_places_and_dated_works(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the agent said actively in the claim and passively in the passage
        ("Jamie Savage directed the film The Quiet.",
         "The Quiet is a 2005 American drama thriller film directed by Jamie Babbit.", R),
        ("Jamie Babbit directed the film The Quiet.",
         "The Quiet is a 2005 American drama thriller film directed by Jamie Babbit.", S),
        ("Jules de Jongh voices Captain Marvel in Lego Marvel Super Heroes 2.",
         "Captain Marvel is a playable character in Lego Marvel Super Heroes 2, voiced by Kate "
         "O'Sullivan.", R),
    ],
)  # fmt: skip
def test_the_agent_active_and_passive(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_a_described_subject_is_named_by_its_name():
    from claims.reference import names_subject

    assert names_subject(
        "The movie Batla House grossed 62.06 crore domestically.", "Batla House grossed 70 crore."
    )
    assert not names_subject("The oceans absorb more than 90% of the CO2.", "The oceans absorb.")


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Exercise is good for heart health.", "Exercise is terrible for heart health.", R),
        ("Rachel Green is a real life character.",
         "Rachel Karen Green is a fictional character in the sitcom Friends.", R),
        ("Telemundo is an English-language television network.",
         "Telemundo is an American Spanish-language terrestrial television network.", R),
        ("Telemundo is a Spanish-language television network.",
         "Telemundo is an American Spanish-language terrestrial television network.", S),
        # descent: one of several
        ("Marilyn Manson is of Irish and English descent.", "He is of German descent.", N),
    ],
)  # fmt: skip
def test_opposites_and_languages(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the claim's agent is in the passage, but after another verb
        ("Colombiana was produced by Luc Besson.",
         "Colombiana is a 2011 French action film co-written and produced by Olivier Megaton "
         "and directed by Luc Besson.", R),
        ("Colombiana was directed by Luc Besson.",
         "Colombiana is a 2011 French action film co-written and produced by Olivier Megaton "
         "and directed by Luc Besson.", S),
        # one of several agents
        ("The song was written by John Lennon.",
         "The song was written by Paul McCartney and John Lennon.", S),
    ],
)  # fmt: skip
def test_the_agent_of_each_verb(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_a_form_of_a_kind_is_that_kind():
    assert (
        stance_of(
            "Daggering is a form of Jamaican dance.",
            "Daggering is a form of combat sport originating from Jamaica.",
        )[0]
        == R
    )


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "The film ..." read as the claim's subject still says it is a film
        ("Tangled is a film.",
         "The film earned $591 million in worldwide box office revenue.", S),
        ("Menace II Society is a film.",
         "The film is set in the 1990s South Central Los Angeles, California.", S),
    ],
)  # fmt: skip
def test_a_description_read_as_the_subject_keeps_its_kind(
    claim: str, passage: str, expected: str
) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Premier League Asia Trophy is for soccer.",
         "The Premier League Asia Trophy is a pre-season association football tournament.", S),
        ("Russian forces overran the town of Soledar.",
         "Russian forces captured the town of Soledar in January 2023.", S),
    ],
)  # fmt: skip
def test_synonyms_in_coverage(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "COVID-19" is no figure that would make "after" a bound on a count
        ("The first case of COVID-19 in Finland was confirmed after 28 January 2020.",
         "The first case of COVID-19 in Finland was confirmed on 29 January 2020.", S),
        # "7 April" with no year is a day, not a figure the passage must state
        ("There were more than 780 cases of coronavirus in Bosnia as of 7 April.",
         "As of 7 April 2020, in Bosnia there were 786 confirmed coronavirus cases.", S),
        # people and population count the same thing
        ("Maricopa County had under 4 million inhabitants in 2010.",
         "In 2010 Maricopa County had 3,817,117 people.", S),
        ("Maricopa County had over 4 million inhabitants in 2010.",
         "In 2010 Maricopa County had 3,817,117 people.", R),
    ],
)  # fmt: skip
def test_days_and_counted_nouns(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "people have died" counts deaths
        ("There have been over 100 deaths due to coronavirus in New York state.",
         "There have been 20,875 confirmed cases in New York state, and of those, 76 people "
         "have died.", R),
        # the same time stamp, with or without the comma before the year
        ("As of 17 April, 2020 there were under 1218 coronavirus cases in Bosnia.",
         "As of 17 April 2020, in Bosnia there were 1220 confirmed coronavirus cases.", R),
    ],
)  # fmt: skip
def test_deaths_and_time_stamps(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a score out of 100 said as a percentage
        ("Happy Death Day's average score on Metacritic is under 58%.",
         "On Metacritic, the film has a weighted average score of 57 out of 100.", S),
        ("Happy Death Day's average score on Metacritic is above 58%.",
         "On Metacritic, Happy Death Day has a weighted average score of 57 out of 100.", R),
        # an age in words
        ("David O'Leary moved to Dublin when he was less than 10 years old.",
         "O'Leary was born in London and moved to Dublin at the age of eight.", S),
        # British and American spellings count the same
        ("In Uttar Pradesh, over 89,100 travelers completed the observation period.",
         "In Uttar Pradesh, 89,131 travellers have completed the observation period.", S),
        ("Liverpool has more than 13 honors.",
         "Liverpool are the most successful English team internationally with 14 honours.", S),
    ],
)  # fmt: skip
def test_scores_ages_and_spellings(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a count said to the unit is exact; a rounded sum within the tolerance
        ("Minaj accumulates 106 chart entries on the Billboard Hot 100.",
         "Minaj has accumulated 105 chart entries on the Billboard Hot 100.", R),
        ("The film earned more than $2.2 million in other territories.",
         "The film has grossed $2,287,974 in other territories.", S),
        ("The film earned more than $2.3 million in other territories.",
         "The film has grossed $2,287,974 in other territories.", R),
        # "outside the US and Canada" is abroad
        ("The Hidden World grossed less than $355.65 million outside the US and Canada.",
         "The Hidden World has grossed $159.5 million in the United States and Canada, and "
         "$355.7 million in other territories.", R),
        # the claim's rank said of something else in the passage decides nothing
        ("In 2018, Nicki Minaj released her fourth studio album.",
         "In 2018, Minaj released her fifth studio album, Queen, while being fourth overall.", N),
    ],
)  # fmt: skip
def test_exact_counts_scopes_and_ranks(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "US" is "the United States"
        ("Tha Carter III sold over 3.5 million units in the US.",
         "Tha Carter III has sold 3.6 million units in the United States.", S),
        # names that are a list, or an aside in parentheses, are not the one in the claim's place
        ("There are regular direct flights from Imphal to Silchar.",
         "There are regular flights from Kolkata and Guwahati to Silchar.", N),
        ("Joseph Beuys was born in Krefeld.",
         "Joseph Beuys was the son of Johanna Maria Margarete Beuys (born Hülsermann, 1889).", N),
        # a nationality is compared as a nationality, not as a name
        ("Boateng was born in Ghana.",
         "Kevin-Prince Boateng (born 6 March 1987) is a German professional footballer.", N),
        # the claim's agent said with the same verb elsewhere in the passage
        ("The movie Hero directed by Subhash Ghai appeared after 1983.",
         "Hero is a 2015 film directed by Nikhil Advani, a remake of Subhash Ghai's directed 1984 "
         "film.", S),
        # a sentence of names says its other words in lower case: its names are compared, and
        # a name in brackets after the claim's words is in the claim's place (VitaminC)
        ("Catherine Hardwicke was born as Helen Catherine Hardwicke.",
         "Catherine Hardwicke (born Margaret Catherine Hardwicke) is an American film director, "
         "production designer, and screenwriter.", R),
        # a passage in title case tells no name from other words; "SSR" ends "Soviet
        # Socialist Republic" (too few of the claim's words to support: no refutation either)
        ("John Ottman & David Buckley composed To Score For The Nice Guys.",
         "MUSIC : Music Is Composed By John Ottman & David Buckley To Score For The Film That's "
         "Now Release At Lakeshore Records", S),
        ("The Ukrainian Soviet Socialist Republic was a founding member of the UN.",
         "The Ukrainian SSR was a founding member of the United Nations.", N),
        # similar names from another first letter are two names; a respelling keeps its first
        # letter, or holds the other name (VitaminC)
        ("Jeb Bush grew up in Houston.",
         "Bush, who grew up in Boston, is the second son of former President George H. W. Bush.",
         R),
        ("The fourth airport built in Phoneix was Sky Harbor.",
         "Sky Harbor was the fourth airport built in Phoenix.", S),
        ("The Challenge: Rivals III is the 28th season of the TV reality show The Challenge.",
         "The Challenge: Rivals III is the 28th season of the MTV reality game show, The "
         "Challenge.", S),
    ],
)  # fmt: skip
def test_names_aliases_lists_and_asides(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "averaged over 10 critics": "over" as a preposition, not a bound
        ("Averaged over 10 critics, A Light in Darkness holds an approval rating of more than "
         "14%.", "The film has an approval rating of 15% based on 10 reviews.", S),
        # "as many as 7,500": at most, so 1,400 is not contradicted
        ("Officially, coronavirus killed 1,400 residents in UK care homes.",
         "Care England estimated that as many as 7,500 care home residents in UK care homes "
         "were killed by coronavirus.", N),
        # "15 out of 28 provinces" counts 15
        ("More than 184 cases of COVID-19 are confirmed in fewer than 16 Bulgarian provinces.",
         "There are 185 confirmed cases of COVID-19 in 15 out of 28 Bulgarian provinces.", S),
    ],
)  # fmt: skip
def test_prepositions_upper_bounds_and_wholes(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # another count of the same named thing refutes with half the rest of the claim stated
        ("In Germany, there have been less than 155 confirmed cases.",
         "There have been 157 confirmed cases and 16 recoveries.", R),
        # a measure (years) said of something else does not
        ("The late 1970s marked the end of a 30-year cooling trend.",
         "Based on orbital models, the cooling trend initiated about 6,000 years ago will "
         "continue for another 23,000 years.", N),
    ],
)  # fmt: skip
def test_counts_of_the_same_thing_need_less_of_the_rest(
    claim: str, passage: str, expected: str
) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # what the claim says the subject is ("a television series") is set aside as a whole:
        # the rest is the subject, which the passage names
        ("Alvin and the Chipmunks is a television series.",
         "Alvin and the Chipmunks is a 2007 American live-action/computer animated musical "
         "family comedy film directed by Tim Hill.", R),
        # a head of no known kind ("an approach") sets aside only itself
        ("‘Clean coal’ is an approach in which the emissions from coal-burning power plants "
         "would be captured and pumped underground.",
         "Coal pollution mitigation, often called clean coal, is a series of systems and "
         "technologies that seek to mitigate the pollution and other environmental effects "
         "normally associated with the burning (though not the mining or processing) of coal, "
         "which is widely regarded as the dirtiest of the common fuels for industrial processes "
         "and power generation.", N),
    ],
)  # fmt: skip
def test_the_kind_claimed_is_set_aside_whole(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a sentence that is only a count, naming nothing, counts what its page is about
        ("Germany has confirmed more than 776 COVID-19 fatalities from more than 71,800 cases.",
         "71,730 cases have been reported with 775 deaths and approximately 16,100 "
         "recoveries.", R),
        ("Romania has conducted more than 60,000 COVID-19 tests.",
         "A total of 59,272 tests have been processed.", R),
        ("California has confirmed fewer than 130,000 cases.",
         "There have been 130,689 confirmed cases in the state, and of those 4,758 people "
         "have died.", R),
        # a count that agrees is still too little of the claim to state it
        ("Romania has conducted more than 59,000 COVID-19 tests.",
         "A total of 59,272 tests have been processed.", N),
        # a count that names another place, or a sentence about something else, decides nothing
        ("Germany has confirmed more than 71,800 cases.",
         "71,730 cases have been reported in Austria.", N),
        ("The Petition Project features over 31,000 scientists signing the petition.",
         "In November 2017, a second warning to humanity was signed by 15,364 scientists.", N),
    ],
)  # fmt: skip
def test_a_bare_count_is_of_the_claims_subject(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "under" and "over" the same figure share no value
        ("The movie Collateral Beauty has grossed less than $82 million worldwide.",
         "It was panned by critics, although it has grossed over $82 million worldwide.", R),
        ("Thrift Shop has under 800 million views on YouTube.",
         "The music video for Thrift Shop has garnered over 800 million views on YouTube.", R),
        # the same bound agrees
        ("By August 2015, WWE 2K15 shipped over 7.5 million units.",
         "As of August 2015, WWE 2K15 has shipped over 7.5 million units.", S),
        # a bound in the passage does not deny a round figure in the claim
        ("London has reported 7,100 cases, as of 31 March 2020.",
         "As of 31 March 2020, London is one of the worst affected regions of England with "
         "over 7,100 cases.", N),
    ],
)  # fmt: skip
def test_strict_bounds_leave_out_their_value(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "per cent" is a share, compared like "%"
        ("Australia accounts for 1.5 per cent of global carbon emissions.",
         "Australia accounts for 1.3% of global carbon emissions.", R),
        ("Australia accounts for 1.3 per cent of global carbon emissions.",
         "Australia accounts for 1.3% of global carbon emissions.", S),
        # a share is of one part of the whole: another part's share decides nothing
        ("Global human emissions are only 3 per cent of total annual emissions.",
         "Agriculture, forestry and land-use change contributed around 20 to 25% of global "
         "annual emissions in 2010.", N),
    ],
)  # fmt: skip
def test_a_share_is_of_one_part(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "debuted" is "premiered", a "birthday" is when one was "born"
        ("Fringe debuted in 2011.",
         "It premiered on the Fox Broadcasting network on September 9, 2008, and concluded on "
         "January 18, 2013.", R),
        ("Fringe debuted in 2008.",
         "It premiered on the Fox Broadcasting network on September 9, 2008, and concluded on "
         "January 18, 2013.", S),
        ("Jerome Flynn's birthday is on March 17th.",
         "Jerome Patrick Flynn (born 16 March 1963) is an English actor and singer.", R),
    ],
)  # fmt: skip
def test_words_for_the_same_event(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the passage's description of the subject puts it in another country or continent
        ("Arizona is a state in Mexico.",
         "Arizona is a state in the southwestern region of the United States.", R),
        ("Saxony is in Ireland.",
         "The Free State of Saxony (der Freistaat Sachsen) is a landlocked federal state of "
         "Germany, bordering the federal states of Brandenburg, Saxony Anhalt, Thuringia, and "
         "Bavaria.", R),
        ("Tennessee is in Europe.",
         "Tennessee is a state located in the southeastern region of the United States.", R),
        ("Alexandria is in Libya.",
         "Alexandria is the second largest city and a major economic centre in Egypt, extending "
         "about 32 km along the coast of the Mediterranean Sea.", R),
        # the last of a list of places that narrows down
        ("Birmingham is in the United States.",
         "Birmingham is a city and metropolitan borough in the West Midlands, England.", R),
        ("Brown University is in North America.",
         "Brown University is a private Ivy League research university in Providence, Rhode "
         "Island, United States, founded in 1764.", S),
        # a state of the United States is a part of it, and no other state
        ("Phoenix is in Texas.",
         "Phoenix is the capital and most populous city of the U.S. state of Arizona.", R),
        ("Phoenix is in the United States.",
         "Phoenix is the capital and most populous city of the U.S. state of Arizona.", S),
        # the same country, by another name, or a country of the claim's continent
        ("Basildon is in England.",
         "Basildon is the largest town in the borough of Basildon in the county of Essex, "
         "England.", S),
        ("Eurotas is in Europe.",
         "The Eurotas is the main river of Laconia and one of the major rivers of the "
         "Peloponnese, in Greece.", S),
        # a country named outside the description of the subject says nothing of where it is
        ("The Kazan Arena is located in Russia.",
         "The Kazan Arena hosted a match in which Mexico scored in the 86th minute.", N),
        ("Hans Zimmer lives in America.",
         "Zimmer spent the early part of his career in the United Kingdom.", N),
    ],
)  # fmt: skip
def test_places(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # where a person is from: the nationality the passage gives them, or its "from <place>"
        ("Estelle Getty was from the United States.",
         "Estelle Getty (née Scher; also known as Estelle Gettleman; July 25, 1923 -- July 22, "
         "2008) was an American actress and comedian, who appeared in film, television, and "
         "theatre.", S),
        ("Ang Lee is originally from Taiwan.",
         "Ang Lee OBS (; born October 23, 1954) is a Chinese film director, screenwriter, and "
         "producer.", R),
        ("Julie Bowen is from Mexico.",
         "Julie Bowen Luetkemeyer (born March 3, 1970), known professionally as Julie Bowen, is "
         "an American actress.", R),
        ("Vera Wang is from the United States.",
         "Vera Ellen Wang (born June 27, 1949) is an Australian-born fashion designer based in "
         "the city of Brisbane.", R),
        ("Carlos Santana is from Mexico.",
         "Carlos Santana (born July 20, 1947) is a Mexican and American musician who first "
         "became famous in the late 1960s.", S),
        ("Vic Mensa is from Chicago, Illinois.",
         "Victor Kwesi Mensah (born June 6, 1993), better known by his stage name Vic Mensa, is a "
         "Grammy-nominated American rapper from Houston, Texas.", R),
        ("Kshmr is a musician from California.",
         "Niles Hollowell-Dhar (born 6 October 1988), better known by his stage name KSHMR, is "
         "an Indian musician, record producer and DJ from India.", R),
        # born in the claim's place: a nationality does not deny it
        ("Emily Jordan Osment is originally from Queensland, Australia.",
         "Emily Jordan Osment (born March 10, 1992) is an American actress, singer, and "
         "songwriter born in Queensland, Australia.", S),
        # a country inside another does not say which part; a relative's origin is not theirs
        ("Kaya Scodelario is from the United Kingdom.",
         "Kaya Scodelario-Davis (born Kaya Rose Humphrey; 13 March 1992) is an English "
         "actress.", N),
        ("Riz Ahmed is from England.",
         "Rizwan Ahmed (born 1 December 1982), also known as Riz MC, is a British actor, rapper, "
         "and activist of Pakistani descent.", N),
        ("Travie McCoy's father is originally from Jamaica.",
         "His father is Haitian and his mother is of Irish ancestry.", N),
    ],
)  # fmt: skip
def test_where_a_person_is_from(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("word", "other", "same"),
    [
        ("orlovsky", "orlovskly", True),
        ("mexico", "mexican", True),
        ("tv", "mtv", True),
        ("brodie", "cbrodie", True),
        ("houston", "boston", False),
        ("jackson", "johnson", False),
    ],
)
def test_a_respelling_keeps_its_first_letter(word: str, other: str, same: bool) -> None:
    assert is_respelling(word, other) is same


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # games and matches count the same thing (VitaminC)
        ("Lee Sharpe played less than 264 matches for the Red Devils.",
         "In total he played 265 games for the Red Devils during eight years there.", R),
        ("Lee Sharpe played more than 264 matches for the Red Devils.",
         "In total Lee Sharpe played 265 games for the Red Devils during eight years there.", S),
    ],
)  # fmt: skip
def test_counts_of_the_same_thing_in_other_words(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a percentage is rounded to its last digit: "24%" is not 23% (VitaminC)
        ("The film Victor Frankenstein holds a rating of 24% on Rotten Tomatoes.",
         "On Rotten Tomatoes, the film has a rating of 23%, based on 67 reviews.", R),
        ("The film Victor Frankenstein holds a rating of 24% on Rotten Tomatoes.",
         "On Rotten Tomatoes, the film has a rating of 23.6%, based on 67 reviews.", S),
    ],
)  # fmt: skip
def test_a_percentage_holds_to_its_last_digit(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a name the claim gives after its verb, which the passage does not say, leaves the
        # claim unstated, also when most of the claim's words are names (no headline)
        ("Hush (2016 film) was written by Trevor Macy.",
         "Hush is a 2016 American horror film directed and edited by Mike Flanagan, starring "
         "Kate Siegel, and written by both.", N),
        ("The Endless River is an album by Danny Devito.",
         "The Endless River is the fifteenth and final studio album by the English rock band "
         "Pink Floyd.", N),
        # a first name the passage leaves out, before the surname it says, is no other name
        ("VH1 named Annie Lennox as The Greatest White Soul Singer Alive.",
         "Lennox has been named The Greatest White Soul Singer Alive by VH1.", S),
        # but a later word of a name is: "Mötley" said does not say "Crüe"
        ("Saints of Los Angeles is the latest studio album by Mötley Crüe.",
         "Saints of Los Angeles is the ninth studio album by the American hard rock band "
         "Mötley.", N),
    ],
)  # fmt: skip
def test_names_the_passage_leaves_out(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "edged up to" is a verb and its particle, no upper bound
        ("The unemployment rate rose to 3.9%.",
         "The unemployment rate edged up to 3.9 percent.", S),
        ("The unemployment rate rose to 4.2%.",
         "The unemployment rate edged up to 3.9 percent.", R),
        # a count the passage goes on adding to is a part of the whole count
        ("The Federal Reserve has raised interest rates 11 times since March 2022.",
         "The Federal Reserve raised interest rates 10 times between March 2022 and May 2023 "
         "and once more in July 2023.", N),
        # "jobs" and "payroll jobs" count the same thing
        ("U.S. employers added 150,000 jobs in October 2023.",
         "The US economy added 150,000 nonfarm payroll jobs in October 2023.", S),
        ("U.S. employers added 150,000 jobs in October 2023.",
         "The US economy added 180,000 nonfarm payroll jobs in October 2023.", R),
        # another figure of another time refutes nothing
        ("U.S. employers added 297,000 jobs in September 2023.",
         "The US economy added 150,000 nonfarm payroll jobs in October 2023.", N),
        # a date of a decision to change nothing is no date of a change
        ("The Federal Reserve left rates unchanged on November 1, 2023.",
         "The Federal Reserve raised interest rates 10 times between March 2022 and May 2023 "
         "and once more in July 2023.", N),
        # the unemployment rate is no negation of employment figures
        ("The unemployment rate rose to 3.9%.",
         "Manufacturing employment rose by 35,000 in October 2023.", N),
    ],
)  # fmt: skip
def test_figures_in_economic_news(claim: str, passage: str, expected: str) -> None:
    assert stance_of(claim, passage)[0] == expected


def test_a_shared_figure_ties_a_statement_to_a_claim() -> None:
    from claims.similarity import score

    claim = "U.S. employers added 150,000 jobs in October 2023."
    same = score(claim, "The US economy added 150,000 nonfarm payroll jobs in October 2023.")
    other = score(claim, "The US economy added 180,000 nonfarm payroll jobs in September 2022.")
    # above the default `min_score` of 0.5 only with the figures the two share
    assert same > 0.5 > other
