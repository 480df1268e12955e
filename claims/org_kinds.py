"""What kind of organisation an article says each one is, so "the carmaker" can be named.

Wire copy names an organisation once and then calls it by its kind: "Volkswagen is recalling
260,000 cars, the carmaker said. ... The company said it was aware of 14 crashes." A fact-checker
needs the name back ("Volkswagen said it was aware of 14 crashes"). The article tells the kind
in four ways, each read here:

- the kind before the name: "cryptocurrency exchange Zentrix", "Dutch contractor Boskalis";
- the kind after the name: "Helvetia Pharma, the Swiss drugmaker,", "Lufthansa, Germany's
  biggest airline,";
- the kind in the name: "the Kenya National Bureau of Statistics" (the bureau), "the Museum
  Verhaeghe" (the museum), "Harlow Home Furnishings Inc" (the company);
- the name as the subject of its own report: "Volkswagen is recalling ..., the carmaker said".

"the company", "the firm" and "the group" stand for the last business named, whatever its kind.
"""

from __future__ import annotations

import re

from claims.grammar import is_verb

# kinds of business: "the company" and "the firm" may stand for any of them
BUSINESS_KINDS = frozenset(
    """company firm group carmaker automaker airline carrier exchange platform bank lender
    insurer retailer drugmaker chipmaker manufacturer maker producer miner operator contractor
    supplier utility broadcaster publisher chain brewer shipper conglomerate startup
    giant""".split()
)
OTHER_KINDS = frozenset(
    """agency ministry bureau authority regulator commission council union organization
    organisation charity court university institute foundation association party coalition
    watchdog museum hospital school club league""".split()
)
KINDS = BUSINESS_KINDS | OTHER_KINDS | {"alliance", "movement"}
GENERIC = frozenset({"company", "firm", "group"})
TOPIC = "topic"  # a business a sentence opened with (`kinds_named`)
_KIND = "|".join(sorted(KINDS, key=len, reverse=True))
# a name: capitalised words, "of (the)" or "for" between them ("Friends of the Earth Ghana")
_NAME = (
    r"(?:[A-Z][\w&’'.-]*|[A-Z]{2,})(?:\s(?:(?:of|for)\s(?:the\s)?)?(?:[A-Z][\w&’'.-]*|&))"
    r"{0,4}(?<![’'.])"
)
_NOT_NAME_START = frozenset(
    """The A An It Its They He She We I In On At For Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Chief Chairman Chairwoman CEO President Minister Director Spokesman
    Spokeswoman Mr Mrs Ms Dr Prime Foreign Finance Health Interior""".split()
)
# "cryptocurrency exchange Zentrix", "Dutch contractor Boskalis", "carmaker Volkswagen's"
_KIND_BEFORE = re.compile(rf"(?<![\w-])(?P<kind>{_KIND})\s(?P<name>{_NAME})")
# "Helvetia Pharma, the Swiss drugmaker," / "Lufthansa, Germany's biggest airline,"
_KIND_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:\s\([A-Z]{{2,}}\))?,\s(?:the|an?|[A-Z]\w+(?:’s|'s))\s"
    rf"(?:(?!(?:of|for|at|in|with|by|on|to|and)\s)[\w-]+\s){{0,3}}(?P<kind>{_KIND})(?=[,.;]|\s)"
    # (not the subject of a report: "a hospital in Porto, the agency said")
    r"(?!\s(?:said|says|added|told|announced|reported|confirmed|estimated)\b)"
)
# "the Law and Justice party", "the United Auto Workers union": a name, then its kind
_NAME_THEN_KIND = re.compile(
    rf"\b[Tt]he\s(?P<name>{_NAME}(?:\sand\s{_NAME})?)\s(?P<kind>party|union|group|alliance|"
    r"coalition|movement|agency|bank|airline|carrier|company|firm)\b"
)
# the kind in the name: "the Kenya National Bureau of Statistics", "the Museum Verhaeghe"
_IN_NAME = {
    "Museum": "museum", "Agency": "agency", "Ministry": "ministry", "Bureau": "bureau",
    "Authority": "authority", "Commission": "commission", "Council": "council",
    "Union": "union", "Organization": "organization", "Organisation": "organisation",
    "Bank": "bank", "University": "university", "Institute": "institute",
    "Foundation": "foundation", "Association": "association", "Party": "party",
    "Court": "court", "Hospital": "hospital", "Airlines": "airline", "Airways": "airline",
    "Inc": "company", "Inc.": "company", "Corp": "company", "Corp.": "company",
    "Group": "group", "Exchange": "exchange", "Club": "club", "League": "league",
}  # fmt: skip
_IN_NAME_WORDS = "|".join(re.escape(w) for w in sorted(_IN_NAME, key=len, reverse=True))
_KIND_IN_NAME = re.compile(
    rf"(?P<the>\b[Tt]he\s)?(?P<name>(?:[A-Z][\w&’'.-]*\s){{0,4}}(?P<word>{_IN_NAME_WORDS})"
    r"(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}|\s[A-Z][a-z]+)?)(?![\w’'-])"
)
# "Volkswagen is recalling 260,000 cars ..., the carmaker said on Tuesday" (not "Profit rose
# 5%, the company said": a figure's change has no organisation for its subject)
_SUBJECT_OF_OWN_REPORT = re.compile(
    rf"^(?P<name>{_NAME})\s(?!(?:rose|fell|grew|dropped|climbed|jumped|slipped|increased|"
    r"decreased|declined|gained|lost|was|were)\s)(?:is|has|had|will|[a-z]+(?:s|ed))\s.*"
    # (or its possessive: "Firefly Aerospace launched a satellite, the company's fifth ...")
    rf",\s[Tt]he\s(?P<kind>{_KIND})(?:\s(?:said|says|added|announced|reported)\b|['’]s\s)"
)
# names no organisation has: "the European Union" is no trade union
_NOT_OF_KIND = re.compile(r"^(?:the\s)?(?:European|Soviet|African)\sUnion\b")


_WORDS = re.compile(r"[A-Za-z]+")
_BY_AGENT = re.compile(r"\bby\s(?:(?:a|an|the)\s)?(?:[a-z-]+\s){0,3}$")


def kinds_named(sentence: str, persons: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(kind, name) for each organisation `sentence` names together with its kind, in order."""
    found: list[tuple[int, str, str]] = []
    # (each pattern needs a word of a list: most sentences have none, and a set look-up is
    # cheaper than a search)
    words = set(_WORDS.findall(sentence))
    in_name = _IN_NAME.keys() & words
    for m in _KIND_IN_NAME.finditer(sentence) if in_name else ():
        name = m.group("name")
        if name.split(" ", 1)[0] in _NOT_NAME_START or name == m.group("word"):
            continue
        if _NOT_OF_KIND.match(name):
            continue
        found.append(
            (m.start(), _IN_NAME[m.group("word")], f"the {name}" if m.group("the") else name)
        )
    patterns = (_KIND_BEFORE, _KIND_AFTER, _SUBJECT_OF_OWN_REPORT, _NAME_THEN_KIND)
    for pattern in patterns if KINDS & words else ():
        for m in pattern.finditer(sentence):
            name = m.group("name").removesuffix("’s").removesuffix("'s")
            if name.split(" ", 1)[0] in _NOT_NAME_START or name in persons:
                continue
            if pattern is _KIND_BEFORE and _BY_AGENT.search(sentence, 0, m.start()):
                continue  # "Firefly, backed by private equity firm AE Industrial Partners": no
                # company the story is about
            found.append((m.start(), m.group("kind"), name))
    named = [(kind, name) for _, kind, name in sorted(found)]
    # the business in a sentence's subject (no verb before it) is one the story is about: "the
    # company" may be it
    topics = [
        (TOPIC, name)
        for at, kind, name in sorted(found)
        if kind in BUSINESS_KINDS and not any(map(is_verb, sentence[:at].split()))
    ]
    return named + topics[:1]


def organisation_of_kind(
    kind: str, kinds: tuple[tuple[str, str], ...], here: int = 0
) -> str | None:
    """The organisation "the `kind`" stands for: the last one the article said was of that
    kind; for "the company", "the firm" and "the group", else the last business a sentence
    before opened with, or the one business named (not a customer or backer named in passing:
    "launched a satellite for Norwegian startup Arctic Lens"). The last `here` kinds are the
    sentence's own."""
    for known, name in reversed(kinds):
        if known == kind:
            return name
    if kind in GENERIC:
        before = kinds[: len(kinds) - here]
        for known, name in reversed(before):
            if known == TOPIC:
                return name
        businesses = {name for known, name in before if known in BUSINESS_KINDS}
        if len(businesses) == 1:
            return businesses.pop()  # the one business named, wherever it was
    return None


# "the carmaker", "The agency's": a kind with nothing after it that makes it a noun of its own
# ("the exchange of prisoners", "the bank holiday", "the company Volkswagen")
THE_KIND = re.compile(
    rf"\b(?P<the>[Tt]he)\s(?P<kind>{_KIND})\b(?:(?P<own>['’]s)\b|(?!-|\s(?:of|for)\s|\s[A-Z]))"
)
