"""Decontextualisation: make each claim stand alone with what the article said before it.

`ArticleContext` is what a reader remembers at a given sentence: the people named so far, the
countries, the last pair of countries ("both countries"), organisations ("the ministry"), first
mentions of events ("the exercises"), the last date mentioned (the anchor for "one day after
the reshuffle") and the article's published date (for "last week"). It is rebuilt, never
mutated: `remember(context, sentence)` returns the context after that sentence.

`claims.decontextualise` rewrites one claim with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from claims.antecedent import Salience, antecedent, opens_subject, subject_of
from claims.dates import find_dates
from claims.gender import PRONOUN_GENDER, Gender, gender_cues
from claims.noun_phrases import NAME_WORD
from claims.openings import THING, group_subject, unnamed_person
from claims.org_kinds import kinds_named
from claims.organisations import (
    ORG,
    ORGANISATION_NOUN,
    ORGANISATION_WORD,
    THE_COMPANY,
    organisations_named,
)

COUNTRIES = {
    "Russia": "Russian", "Belarus": "Belarusian", "Ukraine": "Ukrainian", "Poland": "Polish",
    "Lithuania": "Lithuanian", "Latvia": "Latvian", "Estonia": "Estonian", "Moldova": "Moldovan",
    "Georgia": "Georgian", "Kazakhstan": "Kazakh", "China": "Chinese", "Japan": "Japanese",
    "India": "Indian", "Pakistan": "Pakistani", "Iran": "Iranian", "Iraq": "Iraqi",
    "Syria": "Syrian", "Turkey": "Turkish", "Israel": "Israeli", "Egypt": "Egyptian",
    "Germany": "German", "France": "French", "Italy": "Italian", "Spain": "Spanish",
    "United Kingdom": "British", "Britain": "British", "United States": "American",
    "Canada": "Canadian", "Mexico": "Mexican", "Brazil": "Brazilian", "Argentina": "Argentine",
    "Australia": "Australian", "Finland": "Finnish", "Sweden": "Swedish", "Norway": "Norwegian",
    "Hungary": "Hungarian", "Romania": "Romanian", "Serbia": "Serbian", "Greece": "Greek",
    "North Korea": "North Korean", "South Korea": "South Korean", "Taiwan": "Taiwanese",
    "Cuba": "Cuban", "Ireland": "Irish", "Scotland": "Scottish", "Netherlands": "Dutch",
    "Belgium": "Belgian", "Portugal": "Portuguese", "Austria": "Austrian", "Denmark": "Danish",
    "Switzerland": "Swiss", "Czech Republic": "Czech", "Slovakia": "Slovak", "Croatia": "Croatian",
    "Bulgaria": "Bulgarian", "Nigeria": "Nigerian", "Kenya": "Kenyan", "Ethiopia": "Ethiopian",
    "South Africa": "South African", "Ghana": "Ghanaian", "Morocco": "Moroccan",
    "Saudi Arabia": "Saudi", "Afghanistan": "Afghan", "Indonesia": "Indonesian",
    "Philippines": "Filipino", "Vietnam": "Vietnamese", "Thailand": "Thai", "Chile": "Chilean",
    "Colombia": "Colombian", "Peru": "Peruvian", "Venezuela": "Venezuelan", "Jamaica": "Jamaican",
    "New Zealand": "New Zealander", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani",
}  # fmt: skip
DEMONYMS = {demonym: country for country, demonym in COUNTRIES.items()}
EVENT_SYNONYMS = {"exercises": "drills", "exercise": "drills", "drills": "drills"}
_COUNTRY_NAMES = "|".join(sorted(COUNTRIES, key=len, reverse=True))
COUNTRY_NAME = re.compile(rf"\b({_COUNTRY_NAMES})\b")
COUNTRY_PAIR = re.compile(rf"\b({_COUNTRY_NAMES})\s+(?:and|or)\s+({_COUNTRY_NAMES})\b")
_ROLE_WORDS = frozenset(
    """President Prime Minister Foreign Defense Defence Interior Secretary Chancellor General
    Gen. Lt. Col. Maj. Adm. Dr. Mr. Mrs. Ms. Sen. Gov. Prof. Vice Deputy Chief Commander King
    Queen Prince Pope Ambassador Spokesman Spokeswoman Mayor Governor Senator Judge Chairman
    CEO Director Representative Sheriff Prosecutor""".split()
) | frozenset(DEMONYMS)
# (each match opens a word with a letter: the look-ahead skips other places fast)
_PERSON = re.compile(
    r"(?=[A-Za-z])\b(?:"
    r"(?:\b(?:Gen|Lt|Col|Maj|Adm|Dr|Mr|Mrs|Ms|Sen|Gov|Prof)\.\s+|\b(?:President|Minister|"
    r"official|commander|spokesman|spokeswoman|spokesperson|Secretary|Chancellor|Premier|"
    r"leader|chief|ambassador|diplomat|envoy|Mayor|Governor|Senator|Judge|Chairman|CEO|"
    r"Director|Representative|Sheriff|Prosecutor|Minister|challenger|candidate|rival|"
    r"opponent|incumbent|lawyer|attorney|[Mm]anager|[Cc]oach|[Ss]triker|[Cc]aptain|[Pp]layer|"
    r"[Gg]oalkeeper|[Mm]idfielder|[Dd]efender|[Aa]nalyst|[Ee]conomist|[Aa]dviser|[Aa]ide|"
    r"[Cc]hairman|[Cc]hairwoman|[Cc]ouncilman|[Cc]ouncilwoman|[Cc]ouncillor|[Mm]ember|"
    r"prosecutor|judge|mayor|governor|senator|sheriff|detective|officer|treasurer|founder|"
    r"minister|president|secretary|chancellor|premier|executive|"
    # "Helix Systems named Sara Klein its chief executive": a person appointed
    r"named|appointed|hired|elected|promoted|fired|dismissed|signed)(?:,\s+|\s+))"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})"
    rf"|(?P<speaker>\b{NAME_WORD}\s+{NAME_WORD})"
    # "Jane Doe, chief executive of Acme, said", "Robert Hale, the former mayor": a name and
    # its appositive
    r"(?=,\s+(?:an?|the|who)\s|,\s+(?!(?:and|or|but|one|some|most|many|all|each|part)\s)"
    r"[a-z]+(?:\s[a-z]+){0,2}\s(?:of|for|at)\s[A-Z]"
    r"|,?\s+(?:said|says|told|warned))"
    # "“C,” said Maria Lopez, the mayor": the speaker after the verb
    rf"|(?<=\bsaid\s)(?P<after>{NAME_WORD}\s+{NAME_WORD})(?=[,.]|$)"
    # "Her sister, Denise Brooks, published": a relative named
    r"|\b(?:sister|brother|wife|husband|son|daughter|mother|father|cousin|aunt|uncle|niece|"
    rf"nephew|widow|widower|grandson|granddaughter),\s+(?P<kin>{NAME_WORD}\s+{NAME_WORD})(?=,)"
    # "Helen Carver of the University of Cambridge": a scientist by her institution
    rf"|(?P<affiliated>{NAME_WORD}\s+{NAME_WORD})(?=\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    r"(?:University|Institute|College|Hospital|School|Laboratory|Center|Centre)\b)"
    # "from a developer, Paul Verne.": a full name apposed to a noun phrase
    rf"|\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s+"
    rf"(?P<apposed>{NAME_WORD}\s+{NAME_WORD})(?=[,.]|$))"
)
# "Mary Carter founded the charity": a full name that opens a sentence as its subject, a
# person "she" may stand for in the sentences after it
_SUBJECT_PERSON = re.compile(
    r"^(?!(?:New|Los|Las|San|Santa|Hong|North|South|East|West|Saint|St)\s)"
    # (an age or a "who" clause may stand between: "David Mercer, 61, who led the city, was")
    rf"({NAME_WORD}\s+{NAME_WORD})(?=,\s(?:\d{{1,3}},\s)?who\s|(?:,\s\d{{1,3}},)?"
    r"\s+(?:[a-z]+ed|was|is|has|had|won|became|left|joined|took|"
    r"made|began|ran|led|went|met|spent|wrote|built|grew)\s)"
)
_BASELINE = re.compile(
    r"(?:\bsince(?:\s[^,;]{0,30}?)?|\b(?:up|down)\sfrom\s[^,;]{0,30}?"
    r"|\bfrom\s[$€£]?\d[^,;]{0,20}?|\bthan|\bcompared\s(?:with|to)\s[^,;]{0,30}?)"
    r"\s(?:(?:in|on|the\send\sof)\s)?$"
)
_FIRST_EVENT = re.compile(r"\b((?:[a-z][\w-]*\s+){1,3})(drills|exercises)\b(?!”)")
HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
HIS_OR_HER_OPENING = re.compile(r"^(?:His|Her)\b")
# "Hardy said he was proud": the speaker named just before the verb and the pronoun
_SAID = re.compile(r"\b(?:said|says|told [a-z]+|added|announced(?: on [A-Z]\w+)?)(?: that)?\s+$")
# "from a developer, Paul Verne." / "Robert Hale, the mayor of Riverton,": a person's role noun
_APPOSED_ROLE = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*),\s+"
    rf"(?P<name>{NAME_WORD}\s+{NAME_WORD})(?=[,.]|$)"
    rf"|(?P<name2>{NAME_WORD}\s+{NAME_WORD}),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?P<role2>[a-z][\w-]*)(?=\s+(?:of|for|at)\s|[,.])"
)
# a role noun right before a full name: "England captain Harry Kane", "coach Thomas Tuchel"
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?:[A-Z][\w-]*\s)?(?P<role>captain|coach|manager|striker|goalkeeper|defender|"
    r"chairman|chairwoman|minister|president|director|executive|spokesman|spokeswoman|judge|"
    rf"prosecutor|detective|inspector|governor|mayor|senator)\s(?P<name>{NAME_WORD}\s+{NAME_WORD})\b"
)
_NOT_MODIFIERS = frozenset({"the", "its", "own", "of", "and", "holding", "began", "in", "a"})


@dataclass(frozen=True)
class ArticleContext:
    reference: date | None = None
    persons: tuple[str, ...] = ()  # full names, most recent last
    countries: tuple[str, ...] = ()
    pair: str | None = None  # "Russia and Belarus"
    organisations: tuple[str, ...] = ()
    events: dict[str, str] = field(default_factory=dict)  # "drills" -> "the joint ... drills of X"
    anchor: str | None = None  # ISO value of the last date mentioned
    # sentences read since one named an organisation: "Its" at the start of a sentence stands
    # for the organisation last named only if the sentence before named it ("The drug ...
    # Its side effects" is about the drug)
    since_organisation: int = 99
    # what the article said of a person's gender (`claims.gender`): "he"/"she" skip a person
    # whose cue disagrees
    genders: dict[str, Gender] = field(default_factory=dict)
    # the role an appositive gave a person: "a developer, Paul Verne" -> "developer": "Paul
    # Verne", so a later "The developer was sentenced" names him
    roles: dict[str, str] = field(default_factory=dict)
    # who the last sentences were about, for "he"/"she" (`claims.antecedent`)
    salience: Salience = field(default_factory=Salience)
    # the organisation that spoke in the sentence before: "The agency said C. It added C2."
    speaking_organisation: str | None = None
    # the plural noun phrase the sentence before opened with: "Researchers at X analysed ...
    # They found ..." (`claims.decontextualise`)
    group: str | None = None
    # the gender ("f", "m", "unknown") of an unnamed person the sentence before opened
    # with ("A 19-year-old woman was released"): a "she" after it is no named person
    unnamed: str | None = None
    # what kind of organisation the article said each one is, most recent last: ("carmaker",
    # "Volkswagen"), so "the carmaker" and "the company" are named (`claims.org_kinds`)
    kinds: tuple[tuple[str, str], ...] = ()
    # how many of `kinds` the sentence being read told: "The company, which ..., hired
    # contractor Boskalis" - "the company" is none of them, only "the contractor" may be
    kinds_here: int = 0
    # an organisation the sentence before opened with by name ("Firefly, which is backed by
    # AE Industrial Partners, has struggled"): what "Its" opening the next one stands for
    opened_organisation: str | None = None
    # the thing the sentence before opened with ("The lander, which ..., touched down"): an
    # "It" opening the next sentence with a verb of its own stands for it
    thing: str | None = None


def remember(context: ArticleContext, sentence: str) -> ArticleContext:
    """The context after reading `sentence` (a body sentence, as printed)."""
    persons = list(context.persons)
    mentions = _mentions(sentence, persons)
    for _, name in mentions:
        if name in persons:
            persons.remove(name)
        persons.append(name)
    countries = [*context.countries, *(m.group(1) for m in COUNTRY_NAME.finditer(sentence))]
    pair = context.pair
    if m := COUNTRY_PAIR.search(sentence):
        pair = f"{m.group(1)} and {m.group(2)}"
    named = organisations_named(sentence) + _named_again(sentence, context.organisations)
    organisations = [*context.organisations, *(m.group(1) for m in ORG.finditer(sentence))]
    organisations = [o for o in organisations if o not in named] + named
    events = dict(context.events)
    for m in _FIRST_EVENT.finditer(sentence):
        key = EVENT_SYNONYMS[m.group(2)]
        words = [w for w in m.group(1).split() if w not in _NOT_MODIFIERS]
        if key not in events and words:
            owner = pair if pair and pair.split(" and ")[0] in sentence[: m.start()] else None
            phrase = " ".join([*words, m.group(2)])
            events[key] = f"the {phrase} of {owner}" if owner else f"the {phrase}"
    roles = dict(context.roles)
    for m in _APPOSED_ROLE.finditer(sentence):
        name, role = m.group("name") or m.group("name2"), m.group("role") or m.group("role2")
        if not ORGANISATION_NOUN.search(role) and not ORGANISATION_WORD.search(name):
            roles[role] = name
    for m in _ROLE_BEFORE_NAME.finditer(sentence):  # "England captain Harry Kane"
        if not ORGANISATION_WORD.search(m.group("name")):
            roles[m.group("role")] = m.group("name")
    learned = learn_genders(context, sentence)
    kinds = learn_kinds(context, sentence).kinds
    genders = dict(learned.genders)
    talked_of = [name for _, name in mentions]
    subject = subject_of(sentence, mentions)
    # "John Smith joined in 2010. He ...": the person "He" stands for is a man, and the one the
    # sentence is about; "Hardy said he was proud": Hardy is a man
    pronouns = [m for m in (HIS_OR_HER_OPENING.match(sentence), HE_OR_SHE.search(sentence)) if m]
    for m in pronouns:
        before = [name for at, name in mentions if at < m.start()]
        said = _SAID.search(sentence[: m.start()]) if before else None
        if before and not said:
            continue
        after = {name for at, name in mentions if at > m.start()}
        name = antecedent(
            m.group(0), persons, learned.genders, context.salience, before, after,
            speaker=before[-1] if said else None,
        )  # fmt: skip
        if name:
            genders.setdefault(name, PRONOUN_GENDER[m.group(0).lower()])
            talked_of.append(name)
            if m.re is HE_OR_SHE and not before and opens_subject(sentence[: m.start()]):
                subject = name
    dates = find_dates(sentence, context.reference, context.anchor)
    # what a figure is compared with ("from 63 in 2009", "the highest since September 2014")
    # is no time the story moves to: "a year earlier" in the next sentence does not count from it
    dates = [d for d in dates if not _BASELINE.search(sentence, 0, d.start)]
    anchor = dates[-1].value if dates else context.anchor
    if anchor and "/" in anchor:  # "last week" is too vague to count days from
        anchor = context.anchor
    return replace(
        context,
        persons=tuple(persons[-20:]),
        countries=tuple(countries[-20:]),
        pair=pair,
        organisations=tuple(organisations[-10:]),
        since_organisation=0 if named else context.since_organisation + 1,
        events=events,
        anchor=anchor,
        genders=genders,
        roles=roles,
        salience=Salience(
            (*context.salience.recent[-2:], tuple(dict.fromkeys(talked_of))), subject
        ),
        group=group_subject(sentence),
        unnamed=unnamed_person(sentence),
        thing=m.group(1) if (m := THING.match(sentence)) else None,
        kinds=kinds,
        kinds_here=0,
        opened_organisation=_opened_organisation(sentence, persons),
    )


# a name opening a sentence as its subject: "Firefly, which is backed by ..., has", "Acme
# Foods reported"
_OPENING_NAME = re.compile(
    r"^([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})"
    r"(?=,\s(?:which|whose)\s|\s(?:has|had|is|was|said|reported|posted|[a-z]+ed)\s)"
)


def _opened_organisation(sentence: str, persons: list[str]) -> str | None:
    m = _OPENING_NAME.match(sentence)
    if m is None:
        return None
    name = m.group(1)
    words = set(name.split())
    if name in COUNTRIES or name in DEMONYMS or words & _ROLE_WORDS or name.startswith("The "):
        return None
    if any(name in (person, person.split()[-1]) for person in persons):
        return None  # "Harlow reported": a person's surname
    return name


def _named_again(sentence: str, organisations: tuple[str, ...]) -> list[str]:
    """The organisations named before that `sentence` names again, by the first word of their
    name ("Acme" for "Acme Corp") or as "The company" opening it."""
    if organisations and THE_COMPANY.match(sentence):
        return [organisations[-1]]
    again = []
    for name in organisations:
        words = name.split(" ")  # "Acme Corp", "Duke Energy": a name and its organisation word
        short = words[0]
        if (
            len(words) == 2
            and short[:1].isupper()
            and len(short) > 2
            and re.search(rf"\b{re.escape(short)}\b", sentence)
        ):
            again.append(name)
    return again


def learn_kinds(context: ArticleContext, sentence: str) -> ArticleContext:
    """The context with the kinds of organisation `sentence` tells ("the carmaker said") added,
    so its own "the carmaker" is named too."""
    found = kinds_named(sentence, context.persons)
    if not found:
        return context
    kinds = (*context.kinds, *found)[-20:]
    return replace(context, kinds=kinds, kinds_here=min(len(found), len(kinds)))


def learn_genders(context: ArticleContext, sentence: str) -> ArticleContext:
    """The context with the gender cues of `sentence` (a title, a role noun) added: a name
    given by surname ("Mrs. Doe") is the person of that surname named last."""
    cues = gender_cues(sentence)
    if not cues:
        return context
    genders = dict(context.genders)
    for _, name, gender in cues:
        if " " not in name:
            name = next((p for p in reversed(context.persons) if p.split()[-1] == name), name)
        genders.setdefault(name, gender)
    return replace(context, genders=genders)


def _mentions(sentence: str, known: list[str]) -> list[tuple[int, str]]:
    """The people a sentence names, in order, and where: by full name, or by the surname of one
    named before ("Haley did not concede"), which makes that person the last one named."""
    found = [(m.start(), name) for m, name in _persons(sentence)]
    subject = _SUBJECT_PERSON.match(sentence)
    if subject and not ORGANISATION_WORD.search(subject.group(1)):  # not "Acme Foods reported"
        found.append((0, subject.group(1)))
    # "Actress Jane Doe sued", "his wife Jane Doe": a full name with a gender cue is a person's
    found += [(at, name) for at, name, _ in gender_cues(sentence) if " " in name]
    for name in known:
        surname = name.split()[-1]
        if surname not in sentence:  # most names: no search, no pattern to compile
            continue
        if m := re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", sentence):
            found.append((m.start(), name))
    first: dict[str, int] = {}
    for at, name in sorted(found):
        first.setdefault(name, at)
    return [(at, name) for name, at in first.items()]


def speaking_person(speaker: str, context: ArticleContext, named: list[str]) -> str | None:
    """The person a report's speaker ("Judge Maria Santos", "Hardy") is, if one named."""
    words = set(re.findall(r"[\w’'-]+", speaker))
    known = next((n for n in reversed([*context.persons, *named]) if n.split()[-1] in words), None)
    # "Dunn said she ...", "He said he ...": a person the rules do not know, who may be the one
    # the pronoun stands for; not "Prosecutors said he ..."
    if known or speaker in {"He", "She"}:
        return known or speaker
    last = speaker.split()[-1]
    plural = " " not in speaker.strip() and (last.endswith("s") or last == "Police")
    if re.fullmatch(NAME_WORD, last) and not ORGANISATION_WORD.search(last) and not plural:
        return last
    return None


def people_before(prefix: str, context: ArticleContext) -> tuple[list[str], str | None]:
    """The people named in a sentence before a claim's words (`prefix`), by full name or by
    surname, and the one the sentence opened with as its subject."""
    if not prefix:  # a claim from the sentence's first words (most): nothing before it
        return [], None
    mentions = _mentions(prefix, list(context.persons))
    return [name for _, name in mentions], subject_of(prefix, mentions)


def persons_in(text: str) -> list[str]:
    """Names of people in `text` without their titles, in order of appearance."""
    return [name for _, name in _persons(text)]


def _persons(text: str) -> list[tuple[re.Match[str], str]]:
    names = []
    for m in _PERSON.finditer(text):
        name = (
            m.group("name")
            or m.group("speaker")
            or m.group("after")
            or m.group("kin")
            or m.group("apposed")
            or m.group("affiliated")
        )
        if (m.group("speaker") or m.group("apposed")) and ORGANISATION_WORD.search(name):
            continue  # "Northwind Foods, the largest dairy processor"
        words = name.split()
        while words and words[0] in _ROLE_WORDS:
            words.pop(0)
        if words[:1] == ["The"]:
            continue  # "The Pentagon said": a body, no person
        if len(words) >= 2 and words[0] not in COUNTRIES and words[-1] not in COUNTRIES:
            names.append((m, " ".join(words)))
    return names
