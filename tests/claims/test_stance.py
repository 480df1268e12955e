"""The stance of one passage toward one claim, one table per slot rule (support, refute, neutral).

Claims are built by hand from the one unit converter and the one date parser, so these tests
pin `judge` alone, whatever the extractor does.
"""

from __future__ import annotations

import pytest

from claims.dates import find_dates
from claims.model import Claim, DateMention, Passage, Quantity, Stance
from claims.quantities import find_quantities
from claims.stance import VerifySettings, judge

SETTINGS = VerifySettings(support_threshold=0.5, related_threshold=0.6)
S, R, N = Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL


def make_claim(text: str) -> Claim:
    dates = find_dates(text)
    quantities = find_quantities(text, skip=[(d.start, d.end) for d in dates])
    return Claim(
        id="c1",
        text=text,
        sentence=text,
        span=(0, len(text)),
        quantities=tuple(
            Quantity(
                text=q.text, value=q.value, unit=q.unit, si_value=q.si_value, si_unit=q.si_unit
            )
            for q in quantities
        ),
        dates=tuple(DateMention(text=d.text, value=d.value) for d in dates),
    )


def stance_of(claim: str, passage: str) -> tuple[Stance, str]:
    evidence = judge(make_claim(claim), Passage(source="kb", text=passage, score=0.5), SETTINGS)
    return evidence.stance, evidence.reason


KYIV = "Kyiv lies about 90 km south of the border with Belarus."
TROOPS = "In October 2022, Russia sent about 9,000 troops to Belarus."
BORDER = "The border between Belarus and Ukraine is 1,084 km long."
INVASION = "The Russian invasion of Ukraine began on February 24, 2022."
GERASIMOV = (
    "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
    "replacing Sergey Surovikin."
)
VISIT = (
    "On December 19, 2022, Vladimir Putin visited Minsk and held talks with Alexander Lukashenko."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the example article's claim: 95 miles is 153 km, not about 90 km
        ("Kyiv sits only 95 miles south of the Belarusian border.", KYIV, R),
        ("Kyiv lies 56 miles south of the border with Belarus.", KYIV, S),  # 56 mi = 90.1 km
        ("Kyiv lies 90 km south of the border with Belarus.", KYIV, S),
        ("Russia sent more than 5,000 troops to Belarus in October 2022.", TROOPS, S),
        ("Russia sent fewer than 5,000 troops to Belarus in October 2022.", TROOPS, R),
        ("Russia sent 20,000 troops to Belarus in October 2022.", TROOPS, R),
        ("Russia sent thousands of troops to Belarus in October 2022.", TROOPS, S),
        ("The border between Belarus and Ukraine is at least 1,000 km long.", BORDER, S),
        ("The border between Belarus and Ukraine is under 1,000 km long.", BORDER, R),
        ("The border between Belarus and Ukraine is 674 miles long.", BORDER, S),  # 1,085 km
        # a bound the passage neither confirms nor contradicts
        (
            "Westlife made under 23.5 million sales in the UK.",
            "Westlife had a total of more than 23 million combined sales in the UK.",
            N,
        ),
        # same unit, another subject: never a refutation
        ("The Dnipro river is 2,201 km long.", BORDER, N),
    ],
)
def test_quantities(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_quantity_reason_names_both_values_in_si() -> None:
    stance, reason = stance_of("Kyiv sits only 95 miles south of the Belarusian border.", KYIV)
    assert stance == R
    assert "95 miles" in reason and "152.9 km" in reason and "90 km" in reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Russian invasion of Ukraine began in 2022.", INVASION, S),  # a year holds its days
        ("The Russian invasion of Ukraine began in February 2022.", INVASION, S),
        ("The Russian invasion of Ukraine began on February 24, 2021.", INVASION, R),
        ("The Russian invasion of Ukraine began in March 2022.", INVASION, R),
        ("The Russian invasion of Ukraine began after 2020.", INVASION, S),
        ("The Russian invasion of Ukraine began before 2020.", INVASION, R),
        ("The Union State treaty was signed in 1999.", INVASION, N),
    ],
)
def test_dates(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
            "replacing Oleg Salyukov.",
            GERASIMOV,
            R,
        ),
        (
            "Valery Gerasimov was made supreme commander of Russian operations in Ukraine, "
            "replacing Sergey Surovikin.",
            GERASIMOV,
            S,
        ),
        ("Putin visited Minsk in December 2022.", VISIT, S),
        ("Putin visited Kyiv in December 2022.", VISIT, R),  # another city in the same place
        (
            "The film made $64 million in the US.",
            "The film made $64 million in the United States.",
            S,
        ),
        ("Oleg Salyukov has commanded the Russian Ground Forces since 2014.", GERASIMOV, N),
    ],
)
def test_names_in_the_same_role(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Putin did not visit Minsk in December 2022.", VISIT, R),
        ("Putin denied visiting Minsk in December 2022.", VISIT, R),
        (
            "The company has yet to open the factory in Minsk.",
            "The company opened the factory in Minsk.",
            R,
        ),
        (
            "The company failed to open the factory in Minsk.",
            "The company opened the factory in Minsk.",
            R,
        ),
        (
            "Lukashenko did not attend the summit in Sochi.",
            "Lukashenko did not attend the summit in Sochi in 2019.",
            S,
        ),
        # a negation in a clause about something else does not flip the claim
        (
            "Putin visited Minsk in December 2022.",
            "On December 19, 2022, Putin visited Minsk, but Lavrov did not go to Sochi.",
            S,
        ),
        ("Exports from Belarus rose in 2022.", "Exports from Belarus fell in 2022.", R),
        ("The ruling party won the election.", "The ruling party lost the election.", R),
        ("Imports increased in 2021.", "Imports decreased in 2021.", R),
        ("Exports from Belarus rose in 2022.", "Exports from Belarus rose in 2022.", S),
        ("Tourism in Minsk fell in 2020.", "Exports from Belarus rose in 2022.", N),
    ],
)
def test_polarity(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "Antichrist Superstar is the second studio album by Marilyn Manson.",
            "Antichrist Superstar is the third studio album by American rock band Marilyn Manson.",
            R,
        ),
        (
            "Antichrist Superstar is the second studio album by Marilyn Manson.",
            "Antichrist Superstar is the second studio album by American rock band Marilyn Manson.",
            S,
        ),
        (
            "A United Kingdom is a film.",
            "A United Kingdom is a 2016 British biographical romantic drama novel.",
            R,
        ),
        (
            "A United Kingdom is a film.",
            "A United Kingdom is a 2016 British biographical romantic drama film.",
            S,
        ),
        ("Brie Larson is a singer.", "Brie Larson is an American actress, director and singer.", S),
    ],
)
def test_ranks_and_kinds(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_a_passage_about_another_subject_is_neutral_whatever_its_slots() -> None:
    stance, reason = stance_of("Putin did not visit Minsk in 1990.", BORDER)
    assert stance == N
    assert "another subject" in reason or "another fact" in reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # centuries hold their years
        ("Dessalines was born in the 18th century.", "Dessalines (born 20 September 1758).", S),
        ("Dessalines was born in the 19th century.", "Dessalines (born 20 September 1758).", R),
        # a count as of one date does not refute a count after another: it may have grown
        (
            "Massachusetts had more than 640 cases after March 21.",
            "As of March 21, Massachusetts had 525 cases.",
            N,
        ),
        (
            "As of March 21, Massachusetts had more than 640 cases.",
            "As of March 21, Massachusetts had 525 cases.",
            R,
        ),
        # a window of time is not a stated duration
        (
            "Arctic sea ice has been retreating over the past 30 years.",
            "Arctic sea ice retreat has been rapid within the past 50 years.",
            S,
        ),
        # chart places and nationalities
        (
            "The album debuted at number three on the Billboard 200.",
            "The album debuted at number one on the Billboard 200.",
            R,
        ),
        (
            "Mercedes-Benz is a division of a German automobile manufacturer.",
            "Mercedes-Benz is a division of the Italian automobile manufacturer Daimler AG.",
            R,
        ),
        ("Leona Lewis is an English singer.", "Leona Lewis is a British singer.", S),
    ],
)
def test_more_slot_rules(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


def test_a_name_in_a_list_is_one_of_several_and_refutes_nothing() -> None:
    stance, reason = stance_of(
        "Stallworth played for the Baltimore Ravens.",
        "Stallworth has also played for the Philadelphia Eagles, New England Patriots "
        "and Cleveland Browns.",
    )
    assert stance != R, reason


# Aligned parts (claims.aligned): the passage keeps the claim's frame but puts another member
# of the same group in one place. Sentences from FEVER / VitaminC (CC BY-SA 3.0).
@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "The Colbert Report was taped Monday through Friday.",
            "The Colbert Report was taped and broadcast Monday through Thursday, with weeks "
            "taken off at multiple points in a given year for breaks.",
            R,
        ),
        (
            "Temple Mount is where Christians turn towards during prayer.",
            "Temple Mount, the holiest site in Judaism, is the place Jews turn towards "
            "during prayer.",
            R,
        ),
        (
            "The Brat Pack is a nickname given to a group of elderly actors who appeared "
            "together in films.",
            "The Brat Pack is a nickname given to a group of young actors who frequently "
            "appeared together in teen-oriented coming-of-age films in the 1980s.",
            R,
        ),
        (
            "The CONCACAF Champions League is put together for football clubs in North America.",
            "The CONCACAF Champions League is an annual continental competition put together "
            "for the top basketball clubs in North America.",
            R,
        ),
        (
            "The Brat Pack is a nickname given to a group of young actors.",
            "The Brat Pack is a nickname given to a group of young actors who frequently "
            "appeared together in films.",
            S,
        ),
        # a count or a rank in words, a relative, a planet in the claim's place
        (
            "The Hunger Games is a series of four films.",
            "The Hunger Games film series consists of three science fiction dystopian "
            "adventure films based on The Hunger Games trilogy of novels.",
            R,
        ),
        (
            "Brown University's main campus is located in the second largest city in New England.",
            "Brown's main campus is located in the College Hill Historic District in the city "
            "of Providence, the third largest city in New England.",
            R,
        ),
        (
            "Henri Kontinen's brother is called Micke.",
            "Henri Kontinen has a younger sister named Micke who is an international runway model.",
            R,
        ),
        (
            "Pocahontas was the mother of the paramount chief Powhatan.",
            "Pocahontas was the daughter of Powhatan, the paramount chief of a network of "
            "tributary tribal nations in the Tsenacommacah.",
            R,
        ),
        (
            "A near-Earth object is one whose orbit brings it into proximity with the Earth.",
            "A near-Earth object is any small Solar System body whose orbit brings it into "
            "proximity with Mars.",
            R,
        ),
        (
            "Will Forte was nominated for three Primetime Emmy Awards.",
            "He was nominated for three Primetime Emmy Awards, for acting and writing for the "
            "series.",
            S,
        ),
        (
            "The Indian National Congress was founded during the French Raj.",
            "It was founded in Bombay in late December 1885, during the British Raj in India.",
            R,
        ),
        (
            "Cary Grant was a British actor.",
            "Cary Grant was an English-born American actor, known as one of classic "
            "Hollywood's definitive leading men.",
            S,
        ),
        (
            "The doll Annabelle resides in a glass box.",
            "The Annabelle doll resides in a metal box at The Warrens' Occult Museum in "
            "Monroe, Connecticut.",
            R,
        ),
        (
            "The doll Annabelle resides in a glass box.",
            "The Annabelle doll resides in a glass box at The Warrens' Occult Museum in "
            "Monroe, Connecticut.",
            S,
        ),
        (
            "Lyon is a city in east-central France.",
            "Lyon is a village in east-central France, in the Auvergne-Rhône-Alpes region, "
            "about 470 km from Paris.",
            R,
        ),
        (
            "Adam Lambert was the first openly bisexual artist to top the album charts.",
            "The album premiered at number one on the U.S. Billboard 200, making him the "
            "first openly gay artist to top the album charts.",
            R,
        ),
        (
            "Granite is an igneous rock.",
            "Granite is a common type of felsic intrusive sedimentary rock that is granular "
            "and phaneritic in texture.",
            R,
        ),
        # a comma ends a clause as often as it lists
        (
            "The Cyclades are southeast of mainland Greece.",
            "The Cyclades are an island group in the Aegean Sea, north of mainland Greece and a "
            "former administrative prefecture of Greece.",
            R,
        ),
        # a bound the other count fits, a hedged count, one relation said from each end
        (
            "Westworld's first season contains under nine episodes.",
            "The first season premiered on October 2, 2016, concluded on December 4, 2016, and "
            "consists of eight episodes.",
            S,
        ),
        (
            "Summer lasts more than seven months in Limassol.",
            "Summer for Limassol is the longest season of the year, lasts about eight months, "
            "that begins in April and finishes in November.",
            S,
        ),
        (
            "Elizabeth of York's uncle was Richard III.",
            "Elizabeth of York was the niece of Richard III and married the king after his "
            "victory at the Battle of Bosworth.",
            S,
        ),
        # the same thing said otherwise, a member of a list, a negated claim: no contradiction
        (
            "Down with Love is a romantic comedy movie.",
            "Down with Love is a romantic comedy film.",
            S,
        ),
        (
            "A staging area is a location where vehicles are assembled before use.",
            "A staging area is a location where organisms, people, vehicles, equipment or "
            "material are assembled before use.",
            S,
        ),
    ],
)
def test_aligned_substitution(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


# Negation scope: a passage's negation refutes only when it negates the claim's own words.
@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "Ride the Lightning peaked at number 100 on the US Billboard 200.",
            "Ride the Lightning peaked at number 100 on the US Billboard 200 with no radio "
            "exposure.",
            S,
        ),
        (
            "Bajirao accepts Kashibai's order.",
            "Kashibai orders him never to enter her chamber again, and Bajirao accepts the order.",
            S,
        ),
        (
            "Malawi was yet to have a COVID-19 case.",
            "Malawi has yet to report a case of COVID-19.",
            S,
        ),
        (
            "Pattern matching is considered a type of machine learning.",
            "Pattern matching is generally not considered a type of machine learning.",
            R,
        ),
        ("Alice's appearance in the film lacks explanation.",
         "In the film, Alice's appearance is without explanation.", S),
        # an aside in brackets does not cut the negated clause off from its subject
        ("Dakota Fanning is also a model.",
         "Hannah Dakota Fanning (born February 23, 1994) is an American actress who refused to "
         "be a model.", R),
        ("Mark Anthony Viduka is retired.",
         "Mark Anthony Viduka (born 9 October 1975) is NOT retired and is an Australian "
         "association football centre forward.", R),
        # "No. 2" is a rank, not a denial
        ("Sebastian Vettel is a tennis player.",
         "He is a professional tennis player currently ranked world No. 2 in men's singles.", S),
        # the negation's scope ends at "and": the second verb is stated, not denied
        ("Crystal Palace has played alongside Liverpool.",
         "A fourth Premier League club, Crystal Palace, agreed to take their place having "
         "avoided relegation and played alongside Liverpool.", S),
    ],
)  # fmt: skip
def test_negation_scope(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a kind from the wider table: a storm is not a weapon
        ("A thunderstorm is a weapon.",
         "A thunderstorm, also known as an electrical storm, is a storm characterized by "
         "the presence of lightning.", R),
        # one occupation does not exclude another (see test_occupations_are_not_exclusive)
        ("Carlos Santana is a comedian.",
         "Carlos Santana is a Mexican and American musician who first became famous in the "
         "late 1960s.", N),
        ("Butch Vig is a music remixer as well.",
         "Butch Vig is an American musician, songwriter, record producer, and remixer.", S),
        # a region holds the places in it; a first name is not a nationality
        ("Warcraft earned more than $45 million in Canada and the U.S.",
         "Warcraft has grossed $45.1 million in North America.", S),
        ("Actress Anneliese van der Pol is originally from Naaldwijk, the Netherlands.",
         "Van der Pol was born in Naaldwijk, the Netherlands to Willem van der Pol, who is "
         "Dutch, and Dyan Ross, an American from Brooklyn.", S),
        # the passage states the claim's year elsewhere in the sentence
        ("Garfield: A Tail of Two Kitties, released in 2006, was filmed in Castle Howard.",
         "Castle Howard was used for the 2006 film Garfield: A Tail of Two Kitties, filmed "
         "there in 2005.", S),
        # a passage that states the claim's rank of the thing elsewhere does not refute it
        ("Santa Clarita is the 24th largest city in California.",
         "Santa Clarita is the third largest city in Los Angeles County, California, and the "
         "24th largest in the state of California.", S),
        ("Santa Clarita is the 24th largest city in California.",
         "Santa Clarita is the 17th largest city in California.", R),
        # nationality words that do not end in -ian, -ese, -ish
        ("Colombiana is a French film.",
         "Colombiana is a 2011 Pakistani action film co-written by Luc Besson.", R),
        ("Colombiana is a French film.", "Colombiana is a 2011 French action film.", S),
        # a bound after a currency sign
        ("Sarfarosh grossed more than ₹50 crore.", "Sarfarosh grossed 80 Crore in India.", S),
        ("Sarfarosh grossed more than ₹50 crore.", "Sarfarosh grossed 18 Crore in India.", R),
    ],
)  # fmt: skip
def test_kinds_regions_years_and_bounds(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a description opening the sentence names the page's subject: "The song ..."
        ("Overexposed is an album.",
         "The song was released in 2012 and topped the charts in over twenty countries and was "
         "nominated for a Grammy Award.", R),
        ("Touch My Body is a song.",
         "The song's lyrics feature a double message, with the first describing sexual "
         "fantasies with her lover.", S),
        ("Mutiny on the Bounty is a film.",
         "The Mutiny on the Bounty book retells the 1789 real-life mutiny aboard HMAV Bounty "
         "led by Fletcher Christian against the ship's captain, William Bligh.", R),
        ("A United Kingdom is a film.",
         'The television series " A United Kingdom " premiered in 2016 on HBO Family.', R),
        # "one of ...'s <kinds>" says what the subject is
        ("I Want to Know What Love Is is a song.",
         "I Want to Know What Love Is has continued to garner critical acclaim, and is listed "
         "as one of Rolling Stone Magazine's greatest songs of all time at # 479.", S),
        ("House of Balloons is an album by The Weeknd.",
         "House of Balloons is the debut mixtape of The Weeknd, released for free online in "
         "March 2011.", R),
        # a description of another thing: an adaptation, an episode, or a thing of another
        # broad type than the claim's subject (the film a producer made)
        ("The Hunger Games is a novel.",
         "The film adaptation, directed by Gary Ross and co-written and co-produced by Collins "
         "herself, was released in 2012.", N),
        ("Game of Thrones is a television series.",
         'The Game of Thrones episode " The Rains of Castamere " aired in 2013.', N),
        ("Paranoia was a box office failure.",
         "The film bombed at the box office debuting at # 13 with only $3.5 million in its "
         "first weekend.", S),
        ("Sean P. Diddy Combs was a co-executive producer of Dope.",
         "The film was produced by Forest Whitaker, executive produced by Pharrell Williams, "
         "and co-executive produced by Sean Combs.", N),
        # other works ("Bollywood movies") or a name ("Village Roadshow Pictures") do not say
        # that the subject is of the claim's kind; the claim's own word, said anyhow, does
        ("Annie is a movie.",
         "Annie is a 2014 American musical comedy-drama TV series directed by Will Gluck and "
         "produced by Village Roadshow Pictures.", R),
        ("Ayananka Bose is a movie.",
         "Ayananka Bose is an Indian cinematographer of Bollywood movies.", R),
        ("Estelle Getty was an American.",
         "Estelle Getty (née Scher; July 25, 1923 -- July 22, 2008) was an American actress and "
         "comedian, who appeared in film, television, and theatre.", S),
        # a nationality after an article or a year describes what follows, though a name does
        ("Mutiny on the Bounty is an Italian film.",
         "Mutiny on the Bounty is a 1962 American Technicolor epic historical drama film "
         "starring Marlon Brando, Trevor Howard and Richard Harris.", R),
        ("Super Bowl XLV was an American football game between Pittsburg Steelers and Chicago "
         "Bears.", "Super Bowl XLV was an American football game between the American Football "
         "Conference (AFC) champion Pittsburgh Steelers and the National Football Conference "
         "(NFC) champion Chicago Bears.", S),
        # any person is a person; an animal is not
        ("Ayananka Bose is a person.",
         "Ayananka Bose is an Indian cinematographer of Bollywood movies.", S),
        ("Dan Trachtenberg is a person.", "Dan Trachtenberg was one of Freddy Mercury's cats.", R),
        # an audiobook is a book, and no film (VitaminC): "an audio book" is not refuted
        ("Tangled is a film.", "Tangled is an audiobook that earned $591 million worldwide.", R),
        ("Tangled is an audio book.",
         "Tangled is an audiobook that earned $591 million worldwide.", N),
    ],
)  # fmt: skip
def test_the_kind_a_passage_gives_its_subject(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # a head of no kind ("a citizen", "an adaptation") excludes nothing
        ("Emma Watson is a British citizen.", "Emma Watson is a British actress."),
        ("Clueless is an adaptation.", "Clueless is a 1995 American coming-of-age film."),
        # a negated claim is not contradicted by another member of the group
        (
            "SpongeBob SquarePants is definitely not a documentary series.",
            "SpongeBob SquarePants is an American animated television series.",
        ),
    ],
)
def test_never_refuted(claim: str, passage: str) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance != R, reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # a claim that denies a value is not refuted by another value (FEVER 2.0 adversarial)
        (
            "The Paper isn't directed by Barack Obama.",
            "The Paper is a 1994 American comedy-drama film directed by Ron Howard.",
        ),
        (
            "James Brolin was born at some other time than 1944.",
            "James Brolin (born July 18, 1940) is an American actor, producer, and director.",
        ),
        ("Santa Lucía is a city in the province of Corrientes",
         "Santa Lucía is a city in the province of Corrientes, Argentina."),
    ],
)  # fmt: skip
def test_a_denied_or_accented_value_is_not_refuted(claim: str, passage: str) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance != R, reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a word and its opposite (a word may have several: "rise" / "fall", "decline")
        ("James VI was an opponent of a single parliament for Scotland and England.",
         "James VI was an advocate of a single parliament for Scotland and England.", R),
        ("Global sea levels are rising.", "Global sea levels are falling.", R),
        ("Coal use saw a rise in 2019.", "Coal use saw a decline in 2019.", R),
        ("Coal use saw a rise in 2019.", "Coal use saw a fall in 2019.", R),
        ("Coal use saw a rise in 2019.", "Coal use saw a rise in 2019 and a decline in 2020.", S),
        ("Mastodon is a heavy metal band.", "Mastodon is a heavy metal band from Atlanta.", S),
        # sizes and frequencies, and the opposites a prefix makes (VitaminC, CC BY-SA 3.0)
        ("Mouse Hunt, There's Something About Mary and The Fifth Element are big budget movies.",
         "He is also an established actor, appearing in many small budget films such as Mouse "
         "Hunt, There's Something About Mary, and The Fifth Element.", R),
        ("The Maltese language is an official language of the European Union.",
         "Maltese is the national language of Malta and an unofficial language of the "
         "European Union.", R),
        ("The Boeing 767 is regularly used for flights between North America and Europe.",
         "The Boeing 767 is a rarely used airliner for transatlantic flights between North "
         "America and Europe.", R),
        ("The Walt Disney Company has an 80% majority share of ESPN Inc.",
         "ESPN Inc. is jointly owned by The Walt Disney Company (which owns an 80% majority share) "
         "and Hearst Communications.", S),
        ("Parkinson's disease causes tremors.",
         "Parkinson's disease is a disease that prevents shaking and tremors in the body.", R),
        # a relation said from each end, an 'in-' that negates nothing: no contradiction
        ("iOS 4 is the predecessor of iOS 5.",
         "iOS 5 is the fifth major release of the iOS mobile operating system developed by "
         "Apple Inc., being the successor to iOS 4.", S),
        ("Nero was a famous Roman emperor.", "Nero was an infamous Roman emperor.", S),
    ],
)  # fmt: skip
def test_antonyms(claim: str, passage: str, expected: Stance) -> None:
    stance, reason = stance_of(claim, passage)
    assert stance == expected, reason
