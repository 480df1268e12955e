"""Attribution (`claims.attribution`), through `sentence_claims`: who said it, through what
channel, and the reported content as a claim of its own.

News-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claims.context import ArticleContext
from claims.decompose import decompose
from claims.extract import extract_claims, sentence_claims
from claims.ingest import parse_text


def _claims(sentence: str) -> list:
    return sentence_claims("a" * 64, sentence, (0, len(sentence)), ArticleContext())


REPORTED = [
    # (sentence, the content claims, speaker, channel)
    # a report of a report: "X said “C,” according to Y" is X's, Y is the channel
    ('Officials said "the drills are routine," according to TASS.',
     ["The drills are routine."], "Officials", "TASS"),
    ("“The exercises pose no threat to our neighbours,” a ministry spokesman said, according "
     "to the state news agency Belta.",
     ["The exercises pose no threat to our neighbours."], "a ministry spokesman",
     "the state news agency Belta"),
    ("The company said it had cut 300 jobs, according to Reuters.",
     ["The company had cut 300 jobs."], "The company", "Reuters"),
    ("The drills are routine, officials said on Monday, according to Interfax.",
     ["The drills are routine."], "officials", "Interfax"),
    # "according to X" alone: X is the speaker, as before
    ("The drills are routine, according to TASS.", ["The drills are routine."], "TASS", None),
    # a present-tense report or belief: "X say(s) / believe(s) C", like "X said C"
    ("Scientists say the ice sheet is melting faster than expected.",
     ["The ice sheet is melting faster than expected."], "Scientists", None),
    ("Experts believe the outbreak began in a fish market.",
     ["The outbreak began in a fish market."], "Experts", None),
    ("Officials say that the bridge will reopen in May.",
     ["The bridge will reopen in May."], "Officials", None),
    ("The ministry says the drills are defensive.",
     ["The drills are defensive."], "The ministry", None),
    ("Economists believe inflation peaked in October.",
     ["Inflation peaked in October."], "Economists", None),
    ("Health officials say the outbreak has been contained.",
     ["The outbreak has been contained."], "Health officials", None),
    ("Investigators believe the fire was started deliberately.",
     ["The fire was started deliberately."], "Investigators", None),
    # "state" in "two-state" is no speech verb
    ("Both sides back a two-state solution, diplomats said.",
     ["Both sides back a two-state solution."], "diplomats", None),
    # a speech verb used as a noun first ("The report") does not hide the verb after it
    ("The report says the economy is slowing.", ["The economy is slowing."], "The report", None),
    ("The think tank says the economy is slowing.",
     ["The economy is slowing."], "The think tank", None),
    ("Analysts tell Reuters that the central bank will raise rates.",
     ["The central bank will raise rates."], "Analysts", "Reuters"),
    # the speaker after the quote, before or after the verb, with straight quotes too
    ('"The drills are routine," said the ministry.', ["The drills are routine."], "the ministry",
     None),
    ('"The drills are routine," a spokesman said.', ["The drills are routine."], "a spokesman",
     None),
    ("“Sales rose 5 percent,” said the company in a statement.", ["Sales rose 5 percent."],
     "the company", "statement"),
    # when it was said, between the verb and "that"
    ("Northwind Foods said on Tuesday that it would cut 1,200 jobs.",
     ["Northwind Foods would cut 1,200 jobs."], "Northwind Foods", None),
    # "confirmed that C" reports C, however long its subject
    ("Belarusian officials confirmed that Russian-deployed Iskander missile systems and S-400 "
     "air-defense systems were up and running.",
     ["Russian-deployed Iskander missile systems and S-400 air-defense systems were up and "
      "running."], "Belarusian officials", None),
    # a speaker with a relative clause of its own
    # an organisation named by its kind: its "it" is the organisation
    ("The United Auto Workers union said it would fight the closures.",
     ["The United Auto Workers union would fight the closures."],
     "The United Auto Workers union", None),
    ("The union that represents the plant workers said it would fight the closures.",
     ["The union that represents the plant workers would fight the closures."],
     "The union that represents the plant workers", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "channel"), REPORTED, ids=[r[0][:40] for r in REPORTED]
)
def test_reported_content_is_attributed(
    sentence: str, content: list[str], speaker: str, channel: str | None
) -> None:
    claims = _claims(sentence)
    frame, *rest = claims
    assert frame.kind == "attribution" and frame.text == sentence
    assert [c.text for c in rest] == content
    for claim in claims:
        assert claim.attribution is not None
        assert (claim.attribution.speaker, claim.attribution.channel) == (speaker, channel)


@pytest.mark.parametrize(
    "sentence",
    [
        "I think the plan is a mistake.",  # one's own opinion, no one to attribute it to
        "Doctors thought she had a tumor.",  # a past belief is part of the story
        "Officials declined to say whether the drills were routine.",
        "The drills will likely fuel fears of a possible Russian advance on Kyiv.",
        "He wrote over 20 books and received credit on over 40 film productions.",
        "She wrote the report, and it was published in May.",
        # a speech verb after a modal, a negation, "let me" or "when": no report
        "She won't say the name of the company.",
        "They’ll say things and then change their minds.",
        "Let me tell you, the economy is booming.",
        "When officials say the drills are routine, nobody listens.",
        "He believes everything he stands for.",  # a noun and its relative clause, no clause
        "Well, I think the secretary has confused a lot of people.",
        # "reported" + an object and a participle ("ended"), not a clause
        "The company reported net income of $214 million for the three months ended Sept. 30.",
        # "he" said it, inside the subject's relative clause
        "The group that he said was responsible denied it.",
        # "called" after an indefinite noun names the thing, it characterises nothing
        "The only previous treatment, an intravenous infusion called Zulresso, was approved in "
        "2019.",
    ],
)
def test_not_an_attribution(sentence: str) -> None:
    assert all(p.role != "attribution" for p in decompose(sentence))
    assert all(c.attribution is None for c in _claims(sentence))


def test_first_person_belief_stays_an_opinion() -> None:
    (claim,) = _claims("We believe the drills are defensive.")
    assert claim.kind == "opinion" and not claim.checkworthy


# "declared" and "announced" report only a clause: an object, then "and" + a verb, is two events
EVENTS_NOT_REPORTS = [
    ("The governor declared a state of emergency on Tuesday and asked residents to stay home.",
     ["The governor declared a state of emergency on Tuesday.",
      "The governor asked residents to stay home."]),
    ("The mayor announced a curfew on Monday and closed all schools.",
     ["The mayor announced a curfew on Monday.", "The mayor closed all schools."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), EVENTS_NOT_REPORTS, ids=[c[0][:40] for c in EVENTS_NOT_REPORTS]
)
def test_an_event_verb_and_a_second_verb_is_no_report(sentence: str, expected: list[str]) -> None:
    assert [c.text for c in _claims(sentence)] == expected
    assert all(c.attribution is None for c in _claims(sentence))


def test_a_frame_after_two_events_keeps_them_whole_and_split() -> None:
    sentence = (
        "The governor declared a state of emergency on Tuesday and asked residents to stay "
        "home, officials said."
    )
    assert [c.text for c in _claims(sentence)] == [
        sentence,
        "The governor declared a state of emergency on Tuesday.",
        "The governor asked residents to stay home.",
    ]


# "“C,” said NAME, ROLE": the frame is an attribution to NAME, the quote a claim of its own
# (check-worthy as usual), and the speaker's description a role claim of the writer's
SPEAKER_AFTER_VERB = [
    # (sentence, speaker, content, content check-worthy, role claims)
    ("“We have never seen flooding like this in our town,” said Maria Lopez, the mayor of "
     "Steinhatchee.",
     "Maria Lopez", "We have never seen flooding like this in our town.", True,
     ["Maria Lopez is the mayor of Steinhatchee."]),
    ("“We will win,” said Henry Liu, director of the state emergency agency.",
     "Henry Liu", "We will win.", False,
     ["Henry Liu is the director of the state emergency agency."]),
    ("“We have to make hard choices to stay competitive,” said Laura Chen, chief executive of "
     "Northwind.",
     "Laura Chen", "We have to make hard choices to stay competitive.", True,
     ["Laura Chen is the chief executive of Northwind."]),
    ('"Sales rose," said Jane Doe, a spokeswoman for Acme.',
     "Jane Doe", "Sales rose.", True, ["Jane Doe is a spokeswoman for Acme."]),
    ('"The cuts will not affect our dairy farmers," a Northwind spokesman said.',
     "a Northwind spokesman", "The cuts will not affect our dairy farmers.", False, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "speaker", "content", "checkworthy", "roles"),
    SPEAKER_AFTER_VERB,
    ids=[c[0][:40] for c in SPEAKER_AFTER_VERB],
)
def test_a_quote_then_its_speaker(
    sentence: str, speaker: str, content: str, checkworthy: bool, roles: list[str]
) -> None:
    frame, *rest = _claims(sentence)
    assert (frame.kind, frame.text, frame.attribution.speaker) == ("attribution", sentence, speaker)
    said = [c for c in rest if c.attribution is not None]
    assert [(c.text, c.checkworthy, c.attribution.speaker) for c in said] == [
        (content, checkworthy, speaker)
    ]
    assert [c.text for c in rest if c.attribution is None] == roles


LATER_CLAUSE_REPORTS = [
    # (sentence, claims: (text, speaker or None))
    ("The companies had offered to sell 579 stores, but regulators said the buyer lacked "
     "experience.",
     [("The companies had offered to sell 579 stores.", None),
      ("Regulators said the buyer lacked experience.", "regulators"),
      ("The buyer lacked experience.", "regulators")]),
    ("Prices rose in May, and analysts said inflation would persist.",
     [("Prices rose in May.", None), ("Analysts said inflation would persist.", "analysts"),
      ("Inflation would persist.", "analysts")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), LATER_CLAUSE_REPORTS, ids=[r[0][:40] for r in LATER_CLAUSE_REPORTS]
)
def test_a_report_in_a_later_clause_is_attributed(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = _claims(sentence)
    assert [(c.text, c.attribution and c.attribution.speaker) for c in claims] == expected


# "NAME, ROLE, said C" and "ROLE, NAME, said C": the speaker is the name, the content is
# attributed to it, and the role is a claim of the writer's (not attributed)
SPEAKER_BEFORE_VERB = [
    # (sentence, speaker, channel, content, role claims)
    ("Jane Doe, chief executive of Acme, said the company would cut 300 jobs.",
     "Jane Doe", None, "The company would cut 300 jobs.",
     ["Jane Doe is the chief executive of Acme."]),
    ("John Smith, a spokesman for the ministry, told Reuters on Monday that the talks had "
     "failed.",
     "John Smith", "Reuters", "The talks had failed.",
     ["John Smith is a spokesman for the ministry."]),
    ("Mary Ortiz, head of research at Northwind, told investors that sales rose 5 percent.",
     "Mary Ortiz", "investors", "Sales rose 5 percent.",
     ["Mary Ortiz is the head of research at Northwind."]),
    ("Acme's chief executive, Jane Doe, said the firm would open two plants.",
     "Jane Doe", None, "The firm would open two plants.", ["Jane Doe is Acme's chief executive."]),
    ("The company's chairwoman, Ann Lee, said on Tuesday that quarterly profits fell sharply.",
     "Ann Lee", None, "Quarterly profits fell sharply.",
     ["Ann Lee is the company's chairwoman."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "speaker", "channel", "content", "roles"),
    SPEAKER_BEFORE_VERB,
    ids=[c[0][:40] for c in SPEAKER_BEFORE_VERB],
)
def test_a_speaker_and_role_before_the_verb(
    sentence: str, speaker: str, channel: str | None, content: str, roles: list[str]
) -> None:
    frame, *rest = _claims(sentence)
    assert (frame.kind, frame.text) == ("attribution", sentence)
    assert (frame.attribution.speaker, frame.attribution.channel) == (speaker, channel)
    said = [c for c in rest if c.attribution is not None]
    assert [(c.text, c.attribution.speaker) for c in said] == [(content, speaker)]
    assert [(c.text, c.kind) for c in rest if c.attribution is None] == [
        (role, "role") for role in roles
    ]


NEWS_FRAMES = [
    # a frame inside the sentence, with the writer's clause after it
    ("Heavy rain forced 3,000 people to leave their homes, officials said, as rivers burst "
     "their banks.",
     ["Heavy rain forced 3,000 people to leave their homes, officials said.",
      "Heavy rain forced 3,000 people to leave their homes.", "Rivers burst their banks."],
     [True, True, False]),
    # ... or what the speaker did besides
    ("The drills will last until Feb. 1, the ministry said, but gave no details.",
     ["The drills will last until Feb. 1, the ministry said.",
      "The drills will last until Feb. 1.", "The ministry gave no details."],
     [True, True, False]),
    # "said C and that C2": two reports
    ("The agency said 14 rivers had flooded and that about 250 roads were closed.",
     ["The agency said 14 rivers had flooded and that about 250 roads were closed.",
      "14 rivers had flooded.", "About 250 roads were closed."],
     [True, True, True]),
    ("She said the plan was ready and that it would cost 2 million euros.",
     ["She said the plan was ready and that it would cost 2 million euros.",
      "The plan was ready.", "The plan would cost 2 million euros."],
     [True, True, True]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected", "attributed"), NEWS_FRAMES, ids=[c[0][:40] for c in NEWS_FRAMES]
)
def test_frames_inside_news_sentences(
    sentence: str, expected: list[str], attributed: list[bool]
) -> None:
    claims = _claims(sentence)
    assert [c.text for c in claims] == expected
    assert [c.attribution is not None for c in claims] == attributed


def test_it_after_an_organisation_spoke_is_that_organisation() -> None:
    text = (
        "Floods in Italy\n\nThe regional civil protection agency said 14 rivers had flooded. "
        "It added that two people had died.\n"
    )
    claims = extract_claims(parse_text(text))
    texts = [c.text for c in claims]
    assert "The regional civil protection agency added that two people had died." in texts
    (died,) = [c for c in claims if c.text == "Two people had died."]
    assert died.attribution.speaker == "The regional civil protection agency"
    assert died.checkworthy
