"""Appositives, bracketed names and the years of works: facts about a name or a work said
beside it in the clause.

`names_and_works(clause)` takes these out before `claims.sides` looks at the commas:
- a name in apposition to the subject: "Her sister, Denise Brooks, published ..." -> "Denise
  Brooks published ...", "Denise Brooks is her sister"; a peer's title "William Waldegrave,
  Baron Waldegrave of North Hill, PC, is" -> "William Waldegrave is known as Baron Waldegrave
  of North Hill"; a description without an article "Nathaniel Dushku, Eliza's younger
  brother, is" -> "Nathaniel Dushku is Eliza's younger brother";
- brackets after a name: a life span "Paul Kruger (1825–1904) was ..." -> "Paul Kruger was
  born in 1825", "Paul Kruger died in 1904"; "Nikki Sixx (born Frank Feranna)" -> "Nikki Sixx
  was born Frank Feranna"; "Botak Chin (real name: Wong Swee Chin)" -> "Botak Chin's real name
  is Wong Swee Chin";
- works and their years: "“Kick” (2014)", "the 2006 film “Aquamarine”" -> "“Kick” was released
  in 2014" ("published" for books); "Parenthood (2010-2015)" in a sentence about series ->
  "Parenthood aired from 2010 to 2015"; "the Boer War (1899-1902)" -> "the Boer War took place
  from 1899 to 1902".

`apposed_host` and `chained_host` tell what an appositive after a comma describes: "approved
zuranolone, the first pill for postpartum depression, a condition that ..." -> zuranolone,
then postpartum depression.
"""

from __future__ import annotations

import re

from claims.grammar import ADVERBS, PREPOSITIONS, is_verb, name_before, split_subject
from claims.noun_phrases import possessive
from claims.relatives import Side

_DAY = r"(?:(?:[A-Z][a-z]+\.?\s\d{1,2}(?:,|\ue000)?\s)|(?:\d{1,2}\s[A-Z][a-z]+\s))?\d{4}"
_LIFESPAN = re.compile(rf"\s*\((?P<born>{_DAY})\s*[–-]\s*(?P<died>{_DAY})\)")
_WAS = re.compile(r"\s+(?:was|became|served)\b")
_BORN_BRACKETS = re.compile(r"\s*\((?:born|née|b\.)\s+(?P<what>[^()]+)\)")
# "Botak Chin (real name: Wong Swee Chin) rose to fame": the name in brackets is a fact of its own
_NAME_BRACKETS = re.compile(
    r"\s*\((?P<kind>real|birth|full|given|stage) name[:,]?\s+(?P<what>[^()]+)\)", re.IGNORECASE
)
TITLE = r"“[^“”]{1,80}”|\"[^\"]{1,80}\""
# "“Kick” (2014)", "The End of Summer (1954)": a work and its year
# "Parenthood (2010-2015)", "Without a Trace (2005–09)": a series and the years it aired
_WORK_YEAR = re.compile(
    rf"(?P<title>{TITLE})?\s*\((?P<year>1[89]\d\d|20\d\d)"
    r"(?:\s*[–-]\s*(?P<until>(?:1[89]|20)?\d\d))?\)"
)
# a run of years is a series' only in a sentence about series ("Chancellor of the Duchy of
# Lancaster (1989–90)" is a term of office); a war's are when it took place
_SERIES = re.compile(r"\b(?:series|show|shows|sitcom|sitcoms|telenovela|soap opera|programme)\b")
_TITLE_NUMBER = re.compile(r"^\d[\d/]*:?$")  # "Rush Hour 2", "The Attacks of 26/11"
_TITLE_WORDS = frozenset(
    "of the a an in on for to and de la no wa with from at by & vs v. versus".split()
)
# "the 2006 film “Aquamarine”", "his 1971 single “Hocus Pocus”"
_YEAR_WORK = re.compile(
    rf"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?P<year>1[89]\d\d|20\d\d)\s+"
    rf"(?P<kind>(?:[a-z-]+\s+){{0,2}}[a-z]+)\s+(?P<title>{TITLE})"
)
_PRINTED = re.compile(r"\b(?:book|novel|memoir|poem|essay|biography|autobiography)s?\b")
_OPENERS = frozenset("The His Her Their Its".split())
_NAMED_SUBJECT = re.compile(
    r"^(?P<noun>(?:The|His|Her|Their|Its|[A-Z][\w-]+[’']s)\s(?:[a-z’'-]+\s){0,3}[a-z-]+),\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'.-]+){1,3}|“[^“”]{1,80}”|\"[^\"]{1,80}\"),\s+"
)
# "William Waldegrave, Baron Waldegrave of North Hill, PC, is": a peer's title is another name
_TITLED_NAME = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'.-]+){1,3}),\s+(?P<title>(?:Baron|Baroness|Lord|"
    r"Lady|Sir|Dame|Earl|Countess|Count|Duke|Duchess|Viscount|Viscountess|Marquess)\s[A-Z][^,]*?)"
    r"(?:,\s+PC)?,?\s+(?=(?:is|was)\s)"
)
# "Nathaniel Dushku, Eliza's younger brother, is", "John Smith, Minister for Trade, was": a
# description of the name, in apposition without an article
_DESCRIBED_NAME = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'.-]+){1,3}),\s+(?P<title>[A-Z][\w-]+[’']s\s"
    r"(?:[a-z-]+\s){0,3}[a-z-]+|(?:Minister|Secretary|Chairman|Chair|President|Director|CEO|"
    r"Governor|Mayor|Editor|Head)\s(?:of|for)\s[A-Z][^,]{1,50}),\s+(?=(?P<verb>[a-z]+)\s)"
)
# "Her sister, Denise Brooks, who lives in Ohio, published": the name's own side, then the verb
_DESCRIBED = re.compile(r"(?:who|whose|a|an|the)\s[^,;]+,\s+")


def _described_name(rest: str) -> re.Match[str] | None:
    m = _DESCRIBED_NAME.match(rest) if "," in rest[:40] else None
    return m if m and is_verb(m.group("verb")) else None


def names_and_works(rest: str) -> tuple[str, list[Side], list[tuple[int, int]]]:
    """Appositives of the subject's name, bracketed facts of a name and the years of works
    out of a clause: (the clause with them blanked out, the side facts, the spans to cut)."""
    sides: list[Side] = []
    cut: list[tuple[int, int]] = []
    described = _DESCRIBED.match(rest, m.end()) if (m := _NAMED_SUBJECT.match(rest)) else None
    if m and is_verb(rest[described.end() if described else m.end() :].split(" ", 1)[0]):
        # "Her sister, Denise Brooks, published ..." -> "Denise Brooks published ...", and
        # "Denise Brooks is her sister"
        noun = m.group("noun")
        noun = noun[:1].lower() + noun[1:] if noun.split(" ", 1)[0] in _OPENERS else noun
        sides.append((f"{m.group('name')} is {noun}", 0, m.end(), "appositive", False))
        name_at, name_end = m.span("name")
        if described:  # ", who lives in Ohio, published": left to the name
            rest = " " * name_at + rest[name_at:]
        else:
            rest = " " * name_at + rest[name_at:name_end] + "  " + rest[m.end() :]
    if m := _TITLED_NAME.match(rest) or _described_name(rest):
        link = "is known as" if m.re is _TITLED_NAME else "is"
        sides.append(
            (f"{m.group('name')} {link} {m.group('title')}", 0, m.end(), "appositive", False)
        )
        rest = rest[: m.end("name")] + " " * (m.end() - m.end("name")) + rest[m.end() - 1 :]
    if "(" not in rest and "“" not in rest and '"' not in rest:
        return rest, sides, cut  # every pattern below needs a bracket or a quoted title
    for m in _LIFESPAN.finditer(rest):  # "Paul Kruger (1825–1904) was ..."
        name = name_before(rest[: m.start()])
        # a person's life: the sentence opens with a full name and goes on "was ..."
        if (
            name
            and name == rest[: m.start()].strip()
            and " " in name
            and _WAS.match(rest[m.end() :])
        ):
            for verb, when in (("was born", m.group("born")), ("died", m.group("died"))):
                on = "on" if re.search(r"[A-Za-z].*\d", when) else "in"
                sides.append(
                    (f"{name} {verb} {on} {when}", m.start(), m.end(), "appositive", False)
                )
            cut.append((m.start(), m.end()))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    for m in _BORN_BRACKETS.finditer(rest):  # "Nikki Sixx (born Frank Feranna) is ..."
        if name := name_before(rest[: m.start()]):
            on = "on " if re.match(r"[A-Z][a-z]+\.? \d", m.group("what")) else ""
            sides.append(
                (f"{name} was born {on}{m.group('what')}", m.start(), m.end(), "appositive", False)
            )
            cut.append((m.start(), m.end()))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    for m in _NAME_BRACKETS.finditer(rest):
        if name := name_before(rest[: m.start()]):
            owner = possessive(name)
            fact = f"{owner} {m.group('kind').lower()} name is {m.group('what').strip()}"
            sides.append((fact, m.start(), m.end(), "appositive", False))
            cut.append((m.start(), m.end()))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    for m in [*_WORK_YEAR.finditer(rest), *_YEAR_WORK.finditer(rest)]:
        # a work's year is a fact of the work: "“Kick” (2014)" -> "“Kick” was released in 2014"
        title = m.group("title") or _title_before(rest[: m.start()])
        if not title:
            continue
        title = re.sub(r"[.,](?=[”\"]$)", "", title.rstrip(","))
        until = m.groupdict().get("until")
        if fact := _work_years(title, m.group("year"), until, rest):
            sides.append((fact, m.start(), m.end(), "appositive", False))
        else:
            continue
        s, e = m.start("year"), m.end("until" if until else "year")
        if rest[s - 1 : s] == "(":
            s, e = s - 1, e + 1
            s -= 1 if rest[s - 1 : s] == " " else 0
        rest = rest[:s] + " " * (e - s) + rest[e:]
    return rest, sides, cut


def _work_years(title: str, year: str, until: str | None, sentence: str) -> str | None:
    """ "“Kick” (2014)" -> "“Kick” was released in 2014"; "Parenthood (2010-2015)" in a
    sentence about series -> "Parenthood aired from 2010 to 2015"."""
    if until is None:
        verb = "published" if _PRINTED.search(sentence) else "released"
        return f"{title} was {verb} in {year}"
    until = year[: 4 - len(until)] + until  # "2005–09": 2009
    if title.endswith(" War"):
        the = "the " if f"the {title}" in sentence else ""  # "in the Boer War (1899-1902)"
        return f"{the}{title} took place from {year} to {until}"
    if _SERIES.search(sentence) and year < until:
        return f"{title} aired from {year} to {until}"
    return None


def _title_before(text: str) -> str | None:
    """The unquoted title that ends `text`: "with roles in Hunt for the Wilderpeople"."""
    words: list[str] = []
    for token in reversed(text.rstrip().split(" ")):
        if words and _TITLE_NUMBER.match(words[0]) and not (token[:1].isupper() or token == "of"):
            words.pop(0)  # "Jackie Robinson in 42": a number after "in" is no part of a title
            break
        if token.endswith((",", ";")) or not (
            token[:1].isupper() or token in _TITLE_WORDS or _TITLE_NUMBER.match(token)
        ):
            break
        words.insert(0, token)
    while words and not words[0][:1].isupper():
        words.pop(0)
    return " ".join(words) if 0 < len(words) <= 8 else None


# a bare noun that ends a clause is no host of an appositive: "said yesterday, the ..."
_NOT_HOSTS = frozenset("today tonight yesterday tomorrow here there home abroad ago too".split())
_LOCATIVE = frozenset("in at on near".split())


# a relative or a partner, named by a possessive: "her father, a former soldier"
_OWN_KIN = re.compile(
    r"^(?:father|mother|son|daughter|brother|sister|husband|wife|uncle|aunt|grandfather|"
    r"grandmother|partner|cousin)$"
)


def apposed_host(before: str, app: str, after: str) -> str | None:
    """What an appositive describes: the name it follows, or a bare noun object ("approved
    zuranolone, the first pill for ...", "focused on fentanyl, the synthetic opioid ...").
    Not an item of a list ("studied law, the family trade, and medicine"), nor an appositive
    with a verb in it."""
    if name := name_before(before):
        return name
    words = before.rstrip().rsplit(" ", 2)
    if len(words) < 3 or not app.startswith(("a ", "an ", "the ")):
        return None
    governor, noun = words[1], words[2]
    if not (noun.isalpha() and noun.islower()) or noun in _NOT_HOSTS | ADVERBS:
        return None
    if governor in {"his", "her", "their"} and _OWN_KIN.match(noun):
        # "based on the life of her father, a former soldier": her father was one
        if re.match(r",\s+(?:and|or)\s", after) or any(is_verb(w) for w in app.split(" ")[1:]):
            return None
        return f"{governor} {noun}"
    main = split_subject(before.rstrip())  # "The virus causes mpox": its verb, ending in "s"
    verb = main is not None and main[1] == f"{governor} {noun}"
    governs = governor in PREPOSITIONS or is_verb(governor) or verb
    if not governs or is_verb(noun) or noun.endswith("ly"):
        return None
    if re.match(r",\s+(?:and|or)\s", after) or any(is_verb(w) for w in app.split(" ")[1:]):
        return None
    return noun


def chained_host(app: str, host: str) -> str | None:
    """What a second appositive describes: the object of the first one's preposition
    ("zuranolone, the first pill for postpartum depression, a condition that ..." ->
    postpartum depression), a place's noun rather than the place ("for X in the United
    States" -> X); the first one's host when that object is indefinite ("John Smith, the son
    of a farmer, a man who ..."). None without a preposition: "A, a B, a C" may be a list."""
    words = app.split(" ")
    at = [i for i, w in enumerate(words) if w in PREPOSITIONS and 0 < i < len(words) - 1]
    while len(at) > 1 and words[at[-1]] in _LOCATIVE:
        at.pop()
    if not at:
        return None
    obj = words[at[-1] + 1 :]
    later = [i for i in range(len(obj)) if obj[i] in PREPOSITIONS]
    obj = obj[: later[0]] if later else obj
    if not obj or obj[0] in {"a", "an"} or any(is_verb(w) for w in obj):
        return host
    return " ".join(obj)
