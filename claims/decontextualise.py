"""Decontextualisation of one claim: rewrite it to stand alone with what the article said
before it, as remembered in an `ArticleContext` (`claims.context`).

`decontextualise(text, context, persons_before)` rewrites one claim:
- relative and partial dates: "Last week" -> "In the week of January 9-15, 2023", "Jan. 11" ->
  "Jan. 11, 2023", "One day after the reshuffle" -> "On January 12, 2023"; the ISO values are
  returned with the claim (claims.dates is the one date parser);
- "he"/"she", "His"/"Her" opening a claim and "him"/"her" as an object ("The party expelled
  her") -> the person the last sentences are about, by the rules of `claims.antecedent`, which
  leave the pronoun when two people fit about as well; "it" and "them" have no antecedent the
  context knows, and stay (the claim is then marked as needing context, see
  `claims.checkworthy`);
- a surname alone -> the full name first given ("Putin" -> "Vladimir Putin");
- "the country", "the two countries", "both countries", "the ministry", "the exercises".
"""

from __future__ import annotations

import re

from claims.antecedent import antecedent, named_in
from claims.context import (
    COUNTRY_NAME,
    COUNTRY_PAIR,
    DEMONYMS,
    EVENT_SYNONYMS,
    HE_OR_SHE,
    HIS_OR_HER_OPENING,
    ArticleContext,
    persons_in,
)
from claims.date_values import FoundDate
from claims.dates import find_dates
from claims.gender import PRONOUN_GENDER, gender_of
from claims.noun_phrases import possessive
from claims.org_kinds import THE_KIND, organisation_of_kind
from claims.organisations import COMPANY, THE_COMPANY

_DEMONYM = re.compile(r"\b(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+[a-z]")
_DEFINITE_EVENT = re.compile(r"\b([Tt]he)\s+(exercises|drills)\b(?!”)")
# "him", and "her" where no noun follows it ("expelled her", "gave her a medal", not "her son")
OBJECT_PRONOUN = re.compile(
    r"\b(?:him|her(?=[.,;:!?”\"]|$|\s+(?:and|but|or|to|in|on|at|for|with|from|of|as|into|by|"
    r"over|after|before|during|until|a|an|the)\b))\b"
)
_ROLE_REFERENCE = re.compile(r"^The (?:[A-Z][\w-]*\s)?([a-z][\w-]*)\b")  # "The England captain"
_ITS_OPENING = re.compile(r"^Its\b")


def decontextualise(
    text: str,
    context: ArticleContext,
    persons_before: list[str] | None = None,
    organisations_before: list[str] | None = None,
    speaker: str | None = None,
    subject: str | None = None,
    words: frozenset[str] | None = None,
    people: bool = True,
) -> tuple[str, list[FoundDate]]:
    """The claim made to stand alone, and the dates it states (ISO values). `persons_before`:
    the people its sentence names before its words, `subject` the one it opened with;
    `speaker`: the person whose report the claim is; `words`: the text's `lower_words`;
    `people`: False for a speaker's own story ("He told me ..."), whose "he" the article does
    not name."""
    found = find_dates(text, context.reference, context.anchor, words=words)
    out = text
    quoted = quoted_spans(text)
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        if d.absolute and not any(a <= d.start < b for a, b in quoted):
            out = out[: d.start] + d.absolute + out[d.end :]
    # a quotation stays as it was said: no name or date is put into it
    quotes = [out[a:b] for a, b in quoted_spans(out)]
    for k, quote in enumerate(quotes):
        out = out.replace(quote, f"\ue010{k}\ue011", 1)
    if people:
        out = _people(out, context, persons_before or [], speaker, subject)
    if _ITS_OPENING.match(out):
        # "Its shares fell 4 percent." after "Acme Foods reported ...": the organisation's
        recent = context.organisations if context.since_organisation == 0 else ()
        # (the one the sentence before opened with first: "Firefly, backed by AE Industrial
        # Partners, has struggled. Its first launch ..." is Firefly's)
        opened = [context.opened_organisation] if context.opened_organisation else []
        if owners := [*recent, *(organisations_before or []), *opened]:
            out = f"{possessive(owners[-1])}{out[3:]}"
    out = _references(out, context)
    for k, quote in enumerate(quotes):
        out = out.replace(f"\ue010{k}\ue011", quote, 1)
    if out.startswith(("in ", "on ")):
        out = _ON_DAY.sub(r"On \1", out)  # not "in May 2023"
    return out[:1].upper() + out[1:], found


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` quotes someone: each quotation in marks, and the part of one the sentence
    splitter cut ("He told me last month that the walls were cracking,” said Marisol Araya":
    the words before a closing mark with no opening one; "“My brother has worked here": the
    words after an opening mark with no closing one)."""
    if "“" not in text and "”" not in text and '"' not in text:
        return []
    start = 0
    close = text.find("”")
    straight = text.count('"') % 2 == 1
    if close >= 0 and "“" not in text[:close]:
        start = close + 1
    elif straight and text.find('"') > 0:
        start = text.find('"') + 1
    elif straight:
        return [(0, len(text))]  # '"My brother has worked here for 19 years.'
    spans = [(0, start)] if start else []
    spans += [q.span() for q in _QUOTED.finditer(text, start)]
    opening = text.rfind("“")
    if opening >= start and "”" not in text[opening:]:
        spans.append((opening, len(text)))
    return spans


_ON_DAY = re.compile(r"^(?:in|on) ([A-Z][a-z]+\.? \d{1,2}\b)")
# a full name the context may not know as a person ("Mark Rutte announced ..."): a pronoun
# after it reads as the sentence did
_FULL_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|On|At)\s)[A-Z][a-z]+\s[A-Z][a-z]{2,}\b")


def _antecedent(
    text: str,
    m: re.Match[str],
    context: ArticleContext,
    persons_before: list[str],
    speaker: str | None = None,
    subject: str | None = None,
) -> str | None:
    """The person the pronoun `m` of `text` stands for (`claims.antecedent`); none when the
    claim names a person before it ("Santos said he ...", "Lukashenko pardoned him": the claim
    reads as the sentence did)."""
    known = [*context.persons, *persons_before]
    before = text[: m.start()]
    if not known or persons_in(before) or any(n.split()[-1] in before for n in known):
        return None
    if m.start() > 0 and _FULL_NAME_BEFORE.search(before):
        return None  # "Mark Rutte announced that he would leave": he, whoever the article named
    if (
        not persons_before
        and context.unnamed
        and context.unnamed
        in {
            PRONOUN_GENDER[m.group(0).lower()],
            "unknown",
        }
    ):
        return None  # "A 19-year-old woman was released. Police said she ...": not a name
    excluded = named_in(text[m.end() :], known)
    return antecedent(
        m.group(0), known, context.genders, context.salience, persons_before, excluded,
        speaker, subject,
    )  # fmt: skip


def _people(
    text: str,
    context: ArticleContext,
    persons_before: list[str],
    speaker: str | None = None,
    subject: str | None = None,
) -> str:
    # "Her government approved ..." -> "Giorgia Meloni's government approved ..."; the opening
    # first: "His lawyer said he would appeal" reads "Ivan Dimitrov's lawyer said he ..."
    opening = HIS_OR_HER_OPENING.match(text)
    if opening and (name := _antecedent(text, opening, context, persons_before, speaker, subject)):
        text = possessive(name) + text[opening.end() :]
    elif (
        ("he" in text or "He" in text)
        and (m := HE_OR_SHE.search(text))
        and (name := _antecedent(text, m, context, persons_before, speaker, subject))
    ):
        text = text[: m.start()] + name + text[m.end() :]
    # an object pronoun by the subject's rules, unless the claim names a person before it
    # ("Putin praised him" is not about Putin)
    if (
        ("him" in text or "her" in text)
        and (m := OBJECT_PRONOUN.search(text))
        and (name := _antecedent(text, m, context, persons_before, speaker, subject))
    ):
        text = text[: m.start()] + name + text[m.end() :]
    known = [*context.persons, *persons_before]
    done: set[str] = set()
    for name in reversed(known):
        surname = name.split()[-1]
        if surname in done:
            continue
        done.add(surname)
        if surname[:6] not in text:
            continue
        # the spelling may vary within an article ("Muraveiko", "Muraveyko")
        for m in re.finditer(rf"\b{re.escape(surname[:6])}(?:[\w-]|[’'](?!s\b))*", text):
            before = text[: m.start()].split()
            after = text[m.end() :].split()
            in_name = bool(before) and before[-1][:1].isupper() and before[-1] != "The"
            if in_name or (after and after[0][:1].isupper()):
                continue  # part of a longer name ("Gen. Sergey Surovikin")
            text = text[: m.start()] + name + text[m.end() :]
            break
    return text


# "X is her novel", "Her novel is X": a possessive in a role claim made from an appositive
_OWNED = re.compile(r"(?:^|\b(?:is|was|are|were) )(?P<own>[Hh]is|[Hh]er) (?P<noun>[\w-]+)")
_ITS_OWNED = re.compile(r"\b(?:is|was|are|were) (?P<own>its) [\w-]+")


def resolve_possessive(text: str, sentence: str, context: ArticleContext) -> str:
    """ "The Long Road is her novel" (from "Denise Brooks published her novels The Long Road,
    ...") -> "The Long Road is Denise Brooks' novel": the owner is the person last named
    before the possessive in the sentence, else in the article; never the claim's own subject
    ("Denise Brooks is her sister" is someone else's sister)."""
    its = _ITS_OWNED.search(text) if sentence.startswith("Its ") else None
    if its and context.since_organisation == 0 and context.organisations:
        # "Its biggest rival, Fanuc, ..." after a sentence about Acme Corp: Acme Corp's
        owner = context.organisations[-1]
        return f"{text[: its.start('own')]}{possessive(owner)}{text[its.end('own') :]}"
    m = _OWNED.search(text)
    if m is None:
        return text
    phrase = f"{m.group('own')} {m.group('noun')}".lower()
    at = sentence.lower().find(phrase)
    subject = text[: m.start()] if m.start() else text[m.end() :]
    known = [*context.persons, *persons_in(sentence[: max(at, 0)])]
    # the person named last before it in the sentence ("Denise Brooks published her novels"),
    # else the one the article's last sentences are about (`claims.antecedent`)
    gender = PRONOUN_GENDER[m.group("own").lower()]
    named = [
        n for n in persons_in(sentence[: max(at, 0)])
        if len(n.split()) > 1 and n not in subject
        and gender_of(n, context.genders) in {None, gender}
    ]  # fmt: skip
    excluded = named_in(subject, known)
    owner_name = named[-1] if named else antecedent(
        m.group("own"), known, context.genders, context.salience, excluded=excluded
    )  # fmt: skip
    if owner_name is None:
        return text
    apostrophe = "’" if "’" in sentence else "'"
    owner = possessive(owner_name, apostrophe)
    return text[: m.start("own")] + owner + text[m.end("own") :]


_THE_COUNTRY = re.compile(r"\b[Tt]he country\b")
_BOTH_COUNTRIES = re.compile(r"\b(?:[Tt]he two countries|both countries)\b(?![’'])")
_THE_MINISTRY = re.compile(r"\b[Tt]he ministry\b")


def _kinds(text: str, context: ArticleContext) -> str:
    """ "The carmaker said" -> "Volkswagen said", "the agency's director" -> "the Kenya National
    Bureau of Statistics' director": an organisation called by its kind, named (not where the
    claim names it already: "Volkswagen is recalling ..., the carmaker said")."""

    def name(m: re.Match[str]) -> str:
        found = organisation_of_kind(m.group("kind"), context.kinds, context.kinds_here)
        if found is None or found.removeprefix("the ") in text:
            return m.group(0)
        if own := m.group("own"):  # "the union's" -> "FNV Havens'", "Volkswagen's"
            found += own[0] if found.endswith("s") else own
        return found[:1].upper() + found[1:] if m.start() == 0 else found

    return THE_KIND.sub(name, text)


def _references(text: str, context: ArticleContext) -> str:
    def country(m: re.Match[str]) -> str:
        before = text[: m.start()]
        names = COUNTRY_NAME.findall(before)
        demonyms = _DEMONYM.findall(before)
        chosen = names[-1] if names else DEMONYMS[demonyms[0]] if demonyms else None
        if chosen is None and context.countries:
            chosen = context.countries[-1]
        return chosen or m.group(0)

    if "he country" in text:  # most claims: no search
        text = _THE_COUNTRY.sub(country, text)
    companies = {o for o in context.organisations if COMPANY.search(o)}
    if len(companies) == 1 and (m := THE_COMPANY.match(text)):
        text = companies.pop() + text[m.end() :]
    elif (m := _ROLE_REFERENCE.match(text)) and (person := context.roles.get(m.group(1))):
        text = person + text[m.end() :]  # "The developer was sentenced" -> "Paul Verne was ..."
    if context.kinds and "he " in text:
        text = _kinds(text, context)
    if context.pair:
        own = COUNTRY_PAIR.search(text)
        pair = f"{own.group(1)} and {own.group(2)}" if own else context.pair
        if "countries" in text:
            text = _BOTH_COUNTRIES.sub(pair, text)
    if context.organisations:
        ministries = [o for o in context.organisations if o.endswith("Ministry")]
        if ministries:
            ministry = "the " + ministries[-1].removeprefix("the ")
            if "he ministry" in text:
                text = _THE_MINISTRY.sub(ministry, text)

    def event(m: re.Match[str]) -> str:
        phrase = context.events.get(EVENT_SYNONYMS[m.group(2)])
        if phrase is None:
            return m.group(0)
        return phrase if m.group(1) == "the" else "T" + phrase[1:]

    if "exercises" not in text and "drills" not in text:
        return text
    return _DEFINITE_EVENT.sub(event, text)
