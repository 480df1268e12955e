"""Side facts inside one clause: relative clauses, appositives, participles, life spans.

`side_clauses(clause)` returns the clause with its side facts cut out, and the side facts, each
a full clause with its span in the clause, its role and whether it is past (a past side fact
takes the sentence's time phrase, see `claims.decompose`):
- relative clauses ", which / who / whose / where ..." -> "Antecedent ..." (`relative`), and
  without a comma: "charities that support refugees" -> "The charities support refugees"; "who"
  after "X is/was/became a ..." is said of X;
- works and their years: "“Kick” (2014)", "the 2006 film “Aquamarine”" -> "“Kick” was released
  in 2014" ("published" for books);
- appositives "Name, a/an/the ...,", "Name, known as ...", "Name (born ...)" -> "Name is ..."
  (`appositive`), "Name, a firm that builds X" -> "Name is a firm", "Name builds X"; a life
  span "Name (1825–1904) was ..." -> born and died;
- a purpose phrase "a treaty aimed at X" -> "The treaty is aimed at X" (`relative`);
- participles ", (eventually) replacing Y" after a past-tense clause -> "Subject replaced Y",
  chains "earning X and playing Y" -> one each, ", having written X" after any clause ->
  "Subject has written X" (`participle`);
- a participle, "known for" or relative clause that ends the clause in a list takes the whole
  list: ", known for his prowess, acumen, and pursuits" (`_list_tail`).
"""

from __future__ import annotations

import re
from typing import Literal

from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    ING_NOT_PARTICIPLE,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    apposed_name,
    inside_quote,
    is_past,
    is_verb,
    name_before,
    noun_phrase_before,
    past_of,
    split_subject,
)

SideRole = Literal["relative", "appositive", "participle"]
Side = tuple[str, int, int, SideRole, bool]  # text, start, end, role, past

# ", with van Leer being the only constant member": an absolute phrase at the clause's end
_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>[^,;]{2,60}?)\s+being\s+(?P<pred>[^,;]+)$")
_PLURAL_NP = re.compile(
    r"^(?:both|all|many|most|some|two|three|four|several)\b|\band\b|\s[a-z]+[^su\W]s$"
)
_PURPOSE = re.compile(r"\s+(?P<phrase>(?:aimed|designed|intended)\s+(?:at|to)\s+[^,;]+)$")
_DAY = r"(?:(?:[A-Z][a-z]+\.?\s\d{1,2}(?:,|\ue000)?\s)|(?:\d{1,2}\s[A-Z][a-z]+\s))?\d{4}"
_LIFESPAN = re.compile(rf"\s*\((?P<born>{_DAY})\s*[–-]\s*(?P<died>{_DAY})\)")
_WAS = re.compile(r"\s+(?:was|became|served)\b")
_BORN_BRACKETS = re.compile(r"\s*\((?:born|née|b\.)\s+(?P<what>[^()]+)\)")
# "Botak Chin (real name: Wong Swee Chin) rose to fame": the name in brackets is a fact of its own
_NAME_BRACKETS = re.compile(
    r"\s*\((?P<kind>real|birth|full|given|stage) name[:,]?\s+(?P<what>[^()]+)\)", re.IGNORECASE
)
_TITLE = r"“[^“”]{1,80}”|\"[^\"]{1,80}\""
# "“Kick” (2014)", "The End of Summer (1954)": a work and its year
# "Parenthood (2010-2015)", "Without a Trace (2005–09)": a series and the years it aired
_WORK_YEAR = re.compile(
    rf"(?P<title>{_TITLE})?\s*\((?P<year>1[89]\d\d|20\d\d)"
    r"(?:\s*[–-]\s*(?P<until>(?:1[89]|20)?\d\d))?\)"
)
# a run of years is a series' only in a sentence about series ("Chancellor of the Duchy of
# Lancaster (1989–90)" is a term of office); a war's are when it took place
_SERIES = re.compile(r"\b(?:series|show|shows|sitcom|sitcoms|telenovela|soap opera|programme)\b")
_TITLE_NUMBER = re.compile(r"^\d[\d/]*:?$")  # "Rush Hour 2", "The Attacks of 26/11"
_TITLE_WORDS = frozenset("of the a an in on for to and de la no wa with from at by &".split())
# "the 2006 film “Aquamarine”", "his 1971 single “Hocus Pocus”"
_YEAR_WORK = re.compile(
    rf"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?P<year>1[89]\d\d|20\d\d)\s+"
    rf"(?P<kind>(?:[a-z-]+\s+){{0,2}}[a-z]+)\s+(?P<title>{_TITLE})"
)
_PRINTED = re.compile(r"\b(?:book|novel|memoir|poem|essay|biography|autobiography)s?\b")
# ", called Focus" names; ", called the plan a betrayal" is the main verb after an aside
# "moved to Tijuana where he picked up the guitar": "where" and a subject after a place, with
# no comma, is a relative clause too
_SIDE_BODY = (
    r"(?:(?P<rel>which|who|whose|where)\s+(?P<body>(?:[^,;]|,(?=\S))+?)"
    r"|(?P<app>(?:a|an|the|his|her|their)\s(?:[^,;]|,(?=\S))+?)"
    r"|(?P<age>\d{1,3})"  # "Mr. Hale, 62, was convicted": a person's age
    r"|(?P<known>(?:[a-z]+ly\s|more\s|also\s|better\s|best\s){0,3}(?:known|born|based|located|founded|(?:named|called|nicknamed)(?=\s[A-Z“\x22]))\s"
    r"(?:[^,;]|,(?=\S))+?"
    r"(?:,\s+(?:in|on|at)\s(?:[^,;]|,(?=\S))+?)*)"
    r"|(?:(?:eventually|later|subsequently|ultimately|thus|thereby|also|often|then)\s)?"
    r"(?P<ing>[a-z]+ing)\s+(?P<obj>(?:[^,;]|,(?=\S))+?))(?=,\s|;|$)"
)
_SIDE = re.compile(r",\s+" + _SIDE_BODY)
# (tried only where " where " is: a space before every word is costly to try)
_SIDE_OR_WHERE = re.compile(
    r"(?:,\s+|(?<=[\w)]) (?=where\s(?:he|she|they|we|his|her|their|[A-Z])))" + _SIDE_BODY
)
_CLEFT = re.compile(r"^It\s(?:is|was)\s")
_OPENERS = frozenset("The His Her Their Its".split())
_NAMED_SUBJECT = re.compile(
    r"^(?P<noun>(?:The|His|Her|Their|Its|[A-Z][\w-]+[’']s)\s(?:[a-z’'-]+\s){0,3}[a-z-]+),\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'.-]+){1,3}),\s+"
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


def _described_name(rest: str) -> re.Match[str] | None:
    m = _DESCRIBED_NAME.match(rest) if "," in rest[:40] else None
    return m if m and is_verb(m.group("verb")) else None


_WHERE_PREPOSITIONS = frozenset({"near", "at", "on", "along", "over", "in", "inside", "across"})


def side_clauses(rest: str) -> tuple[str, list[Side]]:
    """Relative clauses, appositives and participles out of a clause: (core, side parts).

    Two passes: relative clauses and appositives first, then participles, whose subject and
    tense come from the clause that is left.
    """
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
            owner = f"{name}'" if name.endswith("s") else f"{name}'s"
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
    listed_to = 0
    chain: tuple[int, str, str] | None = None  # the last appositive: its end, text and host
    for m in (_SIDE_OR_WHERE if " where " in rest else _SIDE).finditer(rest):
        if m.group("ing") or (m.group("rel") and inside_quote(rest, m.start())):
            continue
        if rest[m.start()] == " " and _CLEFT.match(rest):
            continue  # "It was at Roma where his career took off": one fact, said with focus
        if m.start() < listed_to:
            continue  # inside the list that ended the last side fact
        # an appositive before a list is a list item itself ("A, the University of B, and C")
        tail = "" if m.group("app") else _list_tail(rest[m.end() :])
        if (
            m.group("app")
            and _NAME_IN_LIST.match(m.group("app"))
            and _LIST_GOES_ON.match(rest, m.end())
        ):
            continue  # "for CBC News Online, the Toronto Star, and the National Post": an item
        host = None
        if m.group("app"):
            after_one = chain is not None and chain[0] == m.start()
            host = _chained_host(*chain[1:]) if chain and after_one else None
            host = host or _apposed_host(rest[: m.start()], m.group("app"), rest[m.end() :])
        found = _side(m, rest[: m.start()], split_subject(rest), tail, host)
        end = m.end() + len(tail)
        for text, role, past in found or []:
            sides.append((text, m.start() + 2, end, role, past))
        if found:
            listed_to = end
            cut.append((m.start(), end + 1 if rest[end : end + 1] == "," else end))
            chain = (m.end(), m.group("app"), host) if m.group("app") and host else None
    core = _cut(rest, cut)
    main = split_subject(core)
    if main and (m := _ABSOLUTE.search(core)) and m.start() > len(main[0]):
        # "the lineup has changed, with van Leer being the only constant member": a fact of
        # its own about van Leer, in the main verb's tense
        verb = main[1].split(" ", 1)[0]
        be = "was" if is_past(verb) and verb not in {"had"} else "is"
        be = {"was": "were", "is": "are"}[be] if _PLURAL_NP.search(m.group("np")) else be
        at = rest.find(m.group(0).lstrip(", "))
        text = f"{m.group('np')} {be} {m.group('pred')}"
        sides.append((text, at, at + len(m.group(0)) - 2, "relative", False))
        core = core[: m.start()]
        main = split_subject(core)
    if main and (m := _PURPOSE.search(core)) and m.start() > len(main[0]):
        # "bound by a treaty aimed at bolstering ties": the treaty's purpose is its own claim
        antecedent = noun_phrase_before(core[: m.start()])
        if antecedent and not antecedent[:1].isupper():
            at = rest.find(m.group("phrase"))
            antecedent = re.sub(r"^(?:a|an)\s", "the ", antecedent)
            text = f"{antecedent} is {m.group('phrase')}"
            sides.append((text, at, at + len(m.group("phrase")), "relative", False))
            core = core[: m.start()]
            main = split_subject(core)
    if main:
        past = is_past(main[1].split(" ", 1)[0]) or main[1].startswith(("has ", "have "))
        cut = []
        listed_to = 0
        for m in _SIDE.finditer(core):
            ing = m.group("ing")
            if not ing or ing in ING_NOT_PARTICIPLE or m.start() < max(len(main[0]), listed_to):
                continue
            if _listed_item(core[: m.start()], core[m.end() :]):
                continue  # "his speed, agility, dribbling skills, first touch and ball control"
            # "is a philanthropist, supporting many causes" -> "She is supporting many causes"
            now = None if past else "are" if main[1].startswith("are ") else "is"
            # ", winning Best Director for the 1964 comedy, “My Fair Lady”": the title too
            title = _TITLE_TAIL.match(core[m.end() :])
            tail = title.group(0) if title else _list_tail(core[m.end() :])
            end = m.end() + len(tail)
            at = rest.find(m.group(0)[2:])
            for verb, obj in _participles(ing, m.group("obj") + tail, now):
                text = f"{main[0]} {verb} {obj}"
                sides.append((text, at, at + end - m.start() - 2, "participle", True))
            listed_to = end
            cut.append((m.start(), end + 1 if core[end : end + 1] == "," else end))
        core = _cut(core, cut)
    core, bound = _bound_relatives(core, rest, split_subject(core))
    return core, sides + bound


_TITLE_TAIL = re.compile(rf",\s+(?:{_TITLE})[.,]?$")
_LIST_TAIL = re.compile(r"(?:,\s+[^,;]+)*?,?\s+(?:and|or)\s+[^,;]+$|(?:,\s+[^,;]+)+$")


_RECORD = re.compile(r"the\s(?:[a-z]+est|most|least)\s.*\b(?:since|ever|on record)\b")
# "Her sister, Denise Brooks, who lives in Ohio, published": the name's own side, then the verb
_DESCRIBED = re.compile(r"(?:who|whose|a|an|the)\s[^,;]+,\s+")


def _list_tail(after: str) -> str:
    """The rest of a list a side fact ends in: ", known for his prowess, acumen, and
    pursuits" would end at "prowess" without it. Only items without a verb to the end of the
    clause; an item of its own ("a lawyer, and Jane Doe, a doctor") ends no list, nor does a
    lone ", and X" (the clause's own)."""
    if not after.startswith(", "):
        return ""
    if _LIST_TAIL.match(after) and (whole := _listed(after)):
        return whole
    # ", which supports education, health, and the arts, was founded": the list ends before
    # the clause's own verb
    inner = _INNER_LIST.match(after)
    return _listed(inner.group(0)) if inner and is_verb(inner.group("verb")) else ""


_INNER_LIST = re.compile(r"(?:,\s+[^,;]+?)*,\s+(?:and|or)\s+[^,;]+?(?=,\s+(?P<verb>[a-z]+)\s)")


def _listed(after: str) -> str:
    """`after` when it is a list's rest: items without a verb, one "and" before the last."""
    items = re.split(r",\s+", after[2:])
    if any(re.match(r"(?:and|or)\s", item) for item in items[:-1]) or (
        len(items) == 1 and re.match(r"(?:and|or)\s", items[0])
    ):
        return ""  # ", and his distinctive voice": the clause's own second object
    if not re.search(r"(?:^|,\s+|\s)(?:and|or)\s+\S+[^,;]*$", after):
        return ""
    words = [w for item in items for w in item.split(" ")]
    if len(words) > 6 * len(items) or any(
        is_verb(w) or w in {"who", "which", "that", "where", "when", "whose"} for w in words
    ):
        return ""
    return after


def _listed_item(before: str, after: str) -> bool:
    """Whether an "-ing" word after a comma is a noun inside a list: items without a verb
    before it, the list's rest after it."""
    previous = before.rsplit(", ", 1)
    return (
        len(previous) == 2
        and len(previous[1].split()) <= 3
        and previous[1][:1].islower()
        and not any(is_verb(w) for w in previous[1].split())
        and _list_tail(after) != ""
    )


def _participles(ing: str, obj: str, now: str | None = None) -> list[tuple[str, str]]:
    """ "earning 50 caps and playing in two World Cups" -> ("earned", "50 caps"), ("played",
    "in two World Cups"); "having written X" -> ("has", "written X"); after a present clause
    (`now` its "is" or "are") the participle keeps its aspect: ("is", "supporting X")."""
    pairs: list[tuple[str, str]] = []
    for k, piece in enumerate(re.split(r"\s+and\s+(?=[a-z]+ing\s)", obj)):
        if k:
            ing, _, piece = piece.partition(" ")
        if ing == "having":
            pairs.append(("has", piece))
        elif now:
            pairs.append((f"{now} {ing}", piece))
        else:
            pairs.append((past_of(ing), piece))
    return pairs


_BOUND = re.compile(r"\s(?P<rel>who|that|which)\s(?P<body>[^,;]+)")
_NOT_ANTECEDENT = frozenset("so such now one those all".split())
_NOT_PERSONS = frozenset("This That These Those It There".split())
_DESCRIBES = re.compile(r"^(?:is|was|are|were|became|becomes|remains|remained)\s")
_COPULAR = re.compile(r"^(?:is|was|are|were)\s+(?:also\s+)?an?\s")
_NOT_RELATIVE_VERB = (
    DETERMINERS
    | PRONOUN_SUBJECTS
    | PREPOSITIONS
    | frozenset("there not if when what where how this".split())
)


def _relative_verb(token: str) -> bool:
    """Whether the word after "who/that/which" starts a verb group ("that support", "who
    relate"), not a subject ("that the", "that he")."""
    plain = token.isalpha() and token.islower() and token not in _NOT_RELATIVE_VERB
    return is_verb(token) or plain


_VAGUE = re.compile(r"^(?:a|an|many|several|some|various|numerous|multiple|other)\s")


def _bound_relatives(core: str, rest: str, main: tuple[str, str] | None) -> tuple[str, list[Side]]:
    """ "S is involved in charity organizations that support children" -> the core without the
    clause, and "The charity organizations support children" (`relative`).

    A "who/that" clause on the predicate noun of "is/was" is left to `claims.coordinate`
    ("X is a singer who won ..." says X won), and "that" + a subject is a complement clause
    ("said that the ..."), not a relative one."""
    if main is None:
        return core, []
    for m in _BOUND.finditer(core):
        if m.start() < len(main[0]) or inside_quote(core, m.start()):
            continue
        body, before = m.group("body"), core[: m.start()]
        tokens = body.split(" ")
        i = 0
        while i < len(tokens) - 1 and (tokens[i].endswith("ly") or tokens[i] in ADVERBS):
            i += 1
        previous = before.rsplit(" ", 1)[-1]
        if not _relative_verb(tokens[i]) or is_verb(previous) or previous in _NOT_ANTECEDENT:
            continue
        between = set(before[len(main[0]) :].split()[1:])
        if _COPULAR.match(main[1]) and not between & PREPOSITIONS:
            continue
        antecedent = _bound_antecedent(before)
        if m.group("rel") == "who" and _DESCRIBES.match(main[1]) and not _passive(main[1]):
            # "X was a president and a leader who fought": X fought; "This is a step for
            # mothers who are struggling": "this" is no one, the mothers are
            antecedent = antecedent if main[0] in _NOT_PERSONS else main[0]
        if antecedent is None:
            continue
        at = rest.find(m.group(0))
        past = is_past(tokens[i])
        # "lyrics that focus on love, loss, and faith": the list is the clause's
        tail = _list_tail(core[m.end() :]) if core[m.end() : m.end() + 1] == "," else ""
        text = f"{antecedent} {body}{tail}"
        end = m.end() + len(tail)
        return before + core[end:], [(text, at + 1, at + len(m.group(0)), "relative", past)]
    return core, []


_NOT_IN_ANTECEDENT = PREPOSITIONS | {"including", "like"}  # "including two children who"


def _passive(predicate: str) -> bool:
    """ "were killed, including a man who ...": a passive verb, not "was a leader who ..."."""
    word = predicate.split(" ", 2)[1].strip(",") if " " in predicate else ""
    return bool(word) and word not in DETERMINERS and is_past(word)


def _bound_antecedent(before: str) -> str | None:
    """The noun a bound relative clause is about: a name or a determiner-led phrase, else the
    nouns back to a preposition or verb ("in various charity organizations")."""
    phrase = noun_phrase_before(before)
    if phrase and not phrase[:1].isupper():
        # "her involvement in various charity organizations": the nearest noun
        tail = re.split(r"\s(?:in|of|for|with|on|at|from|to)\s", phrase)[-1]
        phrase = tail if tail == phrase or tail[:1].islower() else phrase
        if phrase.split(" ", 1)[0] not in DETERMINERS:
            phrase = "the " + phrase
    if phrase is None:
        words: list[str] = []
        for token in reversed(before.split(" ")):
            if token.lower() in _NOT_IN_ANTECEDENT or is_verb(token) or not token.isalpha():
                break
            words.insert(0, token)
        if not words or len(words) > 4:
            return None
        phrase = "the " + " ".join(words)
    while _VAGUE.match(phrase) or (phrase.startswith("the ") and _VAGUE.match(phrase[4:])):
        phrase = "the " + _VAGUE.sub("", phrase.removeprefix("the "), count=1)
    return phrase


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


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=,)")


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + (" " if e < len(text) and text[e - 1] == "," else "") + text[e:]
    # "Civil War (2016), Black Panther": the year cut out leaves no space before the comma
    return _SPACE_BEFORE_COMMA.sub("", _SPACES.sub(" ", text)).strip(" ,")


# a bare noun that ends a clause is no host of an appositive: "said yesterday, the ..."
# a name, not a description: "the Toronto Star", "a Golden Globe Award" (not "a Python-based
# data science platform", whose head is lowercase)
_NAME_IN_LIST = re.compile(r"the\s+[A-Z]|an?\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")
_LIST_GOES_ON = re.compile(r",\s+(?:and\s|or\s|(?:the|an?)\s+[A-Z])")  # another item follows
_NOT_HOSTS = frozenset("today tonight yesterday tomorrow here there home abroad ago too".split())
_LOCATIVE = frozenset("in at on near".split())


def _apposed_host(before: str, app: str, after: str) -> str | None:
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
    main = split_subject(before.rstrip())  # "The virus causes mpox": its verb, ending in "s"
    verb = main is not None and main[1] == f"{governor} {noun}"
    governs = governor in PREPOSITIONS or is_verb(governor) or verb
    if not governs or is_verb(noun) or noun.endswith("ly"):
        return None
    if re.match(r",\s+(?:and|or)\s", after) or any(is_verb(w) for w in app.split(" ")[1:]):
        return None
    return noun


def _chained_host(app: str, host: str) -> str | None:
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


def _side(
    m: re.Match[str],
    before: str,
    main: tuple[str, str] | None,
    tail: str = "",
    host: str | None = None,
) -> list[tuple[str, SideRole, bool]] | None:
    if rel := m.group("rel"):
        antecedent = apposed_name(before) if rel != "where" else None
        antecedent = antecedent or _antecedent(before, rel)
        if antecedent is None:
            return None
        if rel == "who" and main and _DESCRIBES.match(main[1]) and not antecedent[:1].isupper():
            antecedent = main[0]  # "X is a Venezuelan athlete, who specializes in": X does
        body = m.group("body") + tail
        past = is_past(next((t for t in body.split(" ") if is_verb(t)), ""))
        if rel == "whose":  # "Kerser, whose real name is Scott Froml," -> "Kerser's real name is"
            owner = (
                antecedent
                + ("’" if "’" in before else "'")
                + ("" if antecedent.endswith("s") else "s")
            )
            return [(f"{owner} {body}", "relative", past)]
        if rel == "where":
            words = before.rstrip().split(" ")
            cut = len(antecedent.split(" "))
            prep = words[-cut - 1] if len(words) > cut else "in"
            prep = prep if prep in _WHERE_PREPOSITIONS else "in"
            return [(f"{body} {prep} {antecedent}", "relative", past)]
        return [(f"{antecedent} {body}", "relative", past)]
    name = host or name_before(before)
    if name is None and m.group("known") and main and len(before) > len(main[0]):
        name = main[0]  # "X is an architect, born in 1955": born is said of the subject
    if name is None:
        return None
    if age := m.group("age"):
        return [(f"{name} is {age} years old", "appositive", False)] if name[:1].isupper() else None
    if (app := m.group("app")) and _RECORD.match(app):
        return None  # "in New York, the lowest close since March 2020": a record, not New York
    if app:
        # "Continuum Analytics, a software company that provides ...": two facts about the name
        rel = re.match(r"^(?P<np>.+?)\s(?:who|which|that)\s(?P<body>.+)$", app)
        np = rel.group("np") if rel else app
        finite = [t for t in np.split(" ")[1:] if is_verb(t) and not t.endswith("ed")]
        if finite or re.search(r"\b(?:who|which|that)\b", np):
            return None
        found: list[tuple[str, SideRole, bool]] = [(f"{name} is {np}", "appositive", False)]
        if rel and _relative_verb(rel.group("body").split(" ")[0]):
            body = rel.group("body")
            found.append((f"{name} {body}", "relative", is_past(body.split(" ")[0])))
        return found
    known = m.group("known") + tail
    verb = "was" if known.startswith(("born", "founded")) else "is"
    return [(f"{name} {verb} {known}", "appositive", False)]


# nouns of things, not persons: "the attention of Borussia Dortmund, who": the club
_ABSTRACT = re.compile(
    r"^(?:the|his|her|their|its)\s[a-z]+(?:tion|sion|ness|ity|ance|ence|ship)\sof\s"
)


# "with the film “Ye Maaya Chesave” in 2010, which was a success": the date is no antecedent
_TRAILING_DATE = re.compile(r"\s+(?:in|on)\s+(?:(?:early|mid|late)\s+)?(?:1[6-9]|20)\d\d\s*$")


def _antecedent(before: str, rel: str) -> str | None:
    before = _TRAILING_DATE.sub("", before) if rel == "which" else before
    phrase = noun_phrase_before(before)
    if phrase is None:
        return None
    if rel == "who" and (m := _ABSTRACT.match(phrase)) and phrase[m.end() :][:1].isupper():
        return phrase[m.end() :]
    if rel == "which" and phrase[:1].isupper():
        # "its ongoing “special military operation” in Ukraine, which ...": the noun, not the place
        head = before.rstrip()[: -len(phrase)].rstrip()
        if head.endswith(" in"):
            noun = noun_phrase_before(head[:-3])
            if noun and (not noun[:1].isupper() or noun.startswith("The ")):
                return f"{noun} in {phrase}"
    return phrase
