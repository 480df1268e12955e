"""Side facts inside one clause: relative clauses, appositives, participles, life spans.

`side_clauses(clause)` returns the clause with its side facts cut out, and the side facts, each
a full clause with its span in the clause, its role and whether it is past (a past side fact
takes the sentence's time phrase, see `claims.decompose`). In this order:
- names and works (`claims.appositives`): "Her sister, Denise Brooks, published ...", a life
  span "Name (1825–1904) was ..." -> born and died, "Name (born ...)", a work's year "“Kick”
  (2014)" -> "“Kick” was released in 2014";
- side facts after a comma, here: relative clauses ", which / who / whose / where ..." ->
  "Antecedent ..." (`relative`, the antecedent from `claims.relatives`), "who" after "X
  is/was/became a ..." is said of X, "where" also without a comma ("moved to Tijuana where he
  picked up the guitar"); appositives "Name, a/an/the ...,", "Name, known as ..." -> "Name is
  ..." (`appositive`, what they describe from `claims.appositives`), "Name, a firm that
  builds X" -> "Name is a firm", "Name builds X"; an age "Mr. Hale, 62, was convicted" -> "Mr.
  Hale is 62 years old";
- an absolute phrase ", with van Leer being the only constant member" -> "van Leer is the only
  constant member", and a purpose phrase "a treaty aimed at X" -> "The treaty is aimed at X"
  (`relative`);
- participles ", (eventually) replacing Y" after a past-tense clause -> "Subject replaced Y",
  chains "earning X and playing Y" -> one each, ", having written X" after any clause ->
  "Subject has written X" (`participle`);
- bound relative clauses (`claims.relatives`): "charities that support refugees" -> "The
  charities support refugees".

A participle, "known for" or relative clause that ends the clause in a list takes the whole
list: ", known for his prowess, acumen, and pursuits" (`claims.relatives.list_tail`).
"""

from __future__ import annotations

import re

from claims.appositives import TITLE, apposed_host, chained_host, names_and_works
from claims.grammar import (
    ING_NOT_PARTICIPLE,
    ING_NOUN_HEADS,
    MODALS,
    PREPOSITIONS,
    inside_quote,
    is_past,
    is_verb,
    name_before,
    split_subject,
)
from claims.noun_phrases import noun_phrase_before, possessive
from claims.relatives import (
    Side,
    bound_relatives,
    list_tail,
)
from claims.side_facts import side_fact
from claims.verb_forms import past_of

# ", with van Leer being the only constant member": an absolute phrase at the clause's end
_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>[^,;]{2,60}?)\s+being\s+(?P<pred>[^,;]+)$")
# ", with the S&P 500 closing at a record high": a name or "the" noun, then a participle
_ABSOLUTE_ING = re.compile(
    r",\s+with\s+(?P<np>(?:the\s)?[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&.-]*)*|the\s[a-z]+(?:\s[a-z]+)?)"
    r"\s+(?P<ing>[a-z]{3,}ing)\s+(?P<rest>(?:[^,;]|,(?=\d))+)$"
)
_PLURAL_NP = re.compile(
    r"^(?:both|all|many|most|some|two|three|four|several)\b|\band\b|\s[a-z]+[^su\W]s$"
)
_PURPOSE = re.compile(r"\s+(?P<phrase>(?:aimed|designed|intended)\s+(?:at|to)\s+[^,;]+)$")
# ", called Focus" names; ", called the plan a betrayal" is the main verb after an aside
# "moved to Tijuana where he picked up the guitar": "where" and a subject after a place, with
# no comma, is a relative clause too
_SIDE_BODY = (
    r"(?:(?P<rel>which|who|whose|where)\s+(?P<body>(?:[^,;]|,(?=\S))+?)"
    r"|(?P<app>(?:a|an|the|his|her|their)\s(?:[^,;]|,(?=\S))+?)"
    r"|(?P<age>\d{1,3})"  # "Mr. Hale, 62, was convicted": a person's age
    r"|(?P<known>(?:[a-z]+ly\s|more\s|also\s|better\s|best\s){0,3}(?:known|born|based|located|founded|(?:named|called|nicknamed)(?=\s[A-Z“\x22])"
    r"|(?:led|owned|run|made|backed|funded|chaired|headed|operated|controlled|developed|produced|"
    r"signed|passed|approved|introduced|proposed|sponsored|issued)(?=\sby\s)"
    # "Movira, approved in 2015, generated": when the thing named was made or approved
    r"|(?:approved|launched|released|introduced|published|opened|built|completed|discovered)"
    r"(?=\s(?:in|on)\s(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)))\s"
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


def side_clauses(rest: str) -> tuple[str, list[Side]]:
    """Relative clauses, appositives and participles out of a clause: (core, side parts).

    Two passes: relative clauses and appositives first, then participles, whose subject and
    tense come from the clause that is left.
    """
    rest, sides, cut = names_and_works(rest)
    listed_to = 0
    aged_from = aged_to = -1  # where the last age appositive (", 58") starts and ends
    chain: tuple[int, str, str] | None = None  # the last appositive: its end, text and host
    for m in (_SIDE_OR_WHERE if " where " in rest else _SIDE).finditer(rest):
        if m.group("ing") or (m.group("rel") and inside_quote(rest, m.start())):
            continue
        if rest[m.start()] == " " and _CLEFT.match(rest):
            continue  # "It was at Roma where his career took off": one fact, said with focus
        if m.start() < listed_to:
            continue  # inside the list that ended the last side fact
        # an appositive before a list is a list item itself ("A, the University of B, and C")
        tail = "" if m.group("app") or m.group("age") else list_tail(rest[m.end() :])
        if (
            m.group("app")
            and (roles := _ROLE_TAIL.match(rest, m.end()))
            and not any(is_verb(w) for w in roles.group(0).replace(",", " ").split())
        ):
            tail = roles.group(0)  # "Ivan Petrov, a lawyer, author and activist": roles, one list
        if (
            m.group("app")
            and _NAME_IN_LIST.match(m.group("app"))
            and _LIST_GOES_ON.match(rest, m.end())
        ):
            continue  # "for CBC News Online, the Toronto Star, and the National Post": an item
        if (
            m.group("app")
            and m.end() == len(rest)
            and _LAST_ITEM_NAMED.search(m.group("app"))
            and name_before(rest[: m.start()])
        ):
            continue  # "working with Hydro, the police and Europol": a list ending the clause
        if (
            m.group("app")
            and (" and " in m.group("app") or _LIST_GOES_ON.match(rest, m.end()))
            and _EXAMPLE_BEFORE.search(rest, 0, m.start())
        ):
            continue  # "including the Golden Boot, the PFA award and ...": the next example
        host = None
        if m.group("app"):
            after_one = chain is not None and chain[0] == m.start()
            host = chained_host(*chain[1:]) if chain and after_one else None
            host = host or apposed_host(rest[: m.start()], m.group("app"), rest[m.end() :])
        # "Dimitrov, 58, who served": the relative clause's antecedent is before the age
        before = rest[: aged_from if aged_to == m.start() else m.start()]
        found = side_fact(m, before, split_subject(rest), tail, host)
        end = m.end() + len(tail)
        if m.group("age"):
            aged_from, aged_to = m.start(), m.end()
        for text, role, past in found or []:
            sides.append((text, m.start() + 2, end, role, past))
        if found:
            listed_to = end
            # the comma after it stays before a relative clause: "Dimitrov, 58, who served ..."
            comma = rest[end : end + 1] == "," and not _RELATIVE_NEXT.match(rest, end)
            cut.append((m.start(), end + 1 if comma else end))
            chain = (m.end(), m.group("app"), host) if m.group("app") and host else None
    core = _cut(rest, cut)
    if " of wh" in core and (quantified := _quantified_relative(core)):
        core, side = quantified
        sides.append(side)
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
    if (
        main
        and (m := _ABSOLUTE_ING.search(core))
        and m.start() > len(main[0])
        and is_past(main[1].split(" ", 1)[0])
        and m.group("ing") not in ING_NOT_PARTICIPLE
    ):
        # "Stocks rose, with the S&P 500 closing at a record high": the S&P 500 closed there
        at = rest.find(m.group(0).lstrip(", "))
        text = f"{m.group('np')} {past_of(m.group('ing'))} {m.group('rest')}"
        sides.append((text, at, at + len(m.group(0)) - 2, "relative", True))
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
            # "raised duties on X, Y and Z, in a move aimed at ...": the move is the clause's
            if move := _IN_A_MOVE.search(core):
                core = core[: move.start()]
            main = split_subject(core)
    if main:
        verb = main[1].removeprefix("more than ").removeprefix("less than ").split(" ", 1)[0]
        past = is_past(verb) or main[1].startswith(("has ", "have "))
        cut = []
        listed_to = 0
        for m in _SIDE.finditer(core):
            ing = m.group("ing")
            if not ing or m.start() < max(len(main[0]), listed_to):
                continue
            if ing in ING_NOT_PARTICIPLE and not (
                ing in _ING_WITH_PHRASE and m.group("obj").split(" ", 1)[0] in _ING_PHRASES
            ):
                continue  # ", funding for schools"; but ", training in ballet" is a participle
            if m.group("obj").split(" ", 1)[0].rstrip(",") in ING_NOUN_HEADS | {"and", "or"}:
                # "known for his speed, dribbling skills and vision", "would fall in research,
                # manufacturing and sales": a noun
                continue
            if m.group("obj").split(" ", 1)[0] not in PREPOSITIONS and _listed_item(
                core[: m.start()], core[m.end() :]
            ):
                continue  # "his speed, agility, dribbling skills, first touch and ball control"
            # "is a philanthropist, supporting many causes" -> "She is supporting many causes"
            now = None if past else "are" if main[1].startswith("are ") else "is"
            # ", winning Best Director for the 1964 comedy, “My Fair Lady”": the title too
            title = _TITLE_TAIL.match(core[m.end() :]) or _RECORD_TAIL.match(core[m.end() :])
            tail = title.group(0) if title else list_tail(core[m.end() :])
            if ing in _HARM and (among := _INCLUDING.match(core, m.end() + len(tail))):
                tail += among.group(0)  # "killing 21 people, including four children": theirs
            end = m.end() + len(tail)
            at = rest.find(m.group(0)[2:])
            if verb in MODALS and verb not in {"can", "shall"}:
                continue  # "Pilots will walk out, forcing the airline to cancel ...": to come
            # "The Fed last raised rates, capping ...": the participle's subject, not "last"
            doer = _TRAILING_ADVERB.sub("", main[0])
            if ing in _HARM and (event := _EVENT.search(core, 0, m.start())):
                doer = f"The {event.group(1)}"  # "appealed for aid after an earthquake, killing"
            elif ing in _HARM and (happened := _EVENT_VERB.search(core, 0, m.start())):
                # "A boat carrying 60 migrants capsized ..., killing 21": the capsizing did
                doer = f"The {_EVENT_OF[happened.group(1)]}"
            shares = _SENDING_SHARES.match(m.group("obj") + tail) if ing == "sending" else None
            if shares:
                # "the drugmaker said, sending its shares up 6%": its shares rose
                said = _SAID_BY.search(core, 0, m.start())
                doer = said.group("who") if said else doer
                owner = doer if not shares.group("owner") else possessive(doer)
                moved = "rose" if shares.group("dir") == "up" else "fell"
                texts = [f"{owner} shares {moved}{shares.group('rest')}"]
            else:
                texts = [
                    f"{doer} {v} {o}" for v, o in _participles(ing, m.group("obj") + tail, now)
                ]
            sides += [(text, at, at + end - m.start() - 2, "participle", True) for text in texts]
            listed_to = end
            cut.append((m.start(), end + 1 if core[end : end + 1] == "," else end))
        core = _cut(core, cut)
    core, bound = bound_relatives(core, rest, split_subject(core))
    return core, sides + bound


# a participle of harm after an event named before it: the event did it
_HARM = frozenset("killing injuring wounding destroying damaging leaving displacing".split())
_EVENT = re.compile(
    r"\b(earthquake|quake|storm|hurricane|typhoon|cyclone|tornado|flood|floods|wildfire|fire|"
    r"blaze|blast|explosion|attack|bombing|crash|crashes|collision|landslide|eruption|tsunami|"
    r"accident|derailment|shooting|stampede|avalanche)\b"
)
_INCLUDING = re.compile(r",\s(?:including|among them)\s[^,;]+(?=[,;.]|$)")
_EVENT_OF = {
    "derailed": "derailment", "capsized": "capsizing", "collapsed": "collapse",
    "exploded": "explosion", "crashed": "crash", "erupted": "eruption", "sank": "sinking",
}  # fmt: skip
_EVENT_VERB = re.compile(rf"\b({'|'.join(_EVENT_OF)})\b")
_SAID_BY = re.compile(
    r",\s(?P<who>(?:the|The)\s(?:[\w-]+\s){0,2}[a-z][\w-]*|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})"
    r"\s(?:said|announced|reported)\b[^,]*$"
)
_SENDING_SHARES = re.compile(r"^(?P<owner>its\s|their\s)?shares\s(?P<dir>up|down)(?P<rest>\s.+)$")
_TRAILING_ADVERB = re.compile(r"(?:\s(?:last|also|then|still|now|later|first|just|[a-z]+ly))+$")
_IN_A_MOVE = re.compile(r",\s+in\s+an?\s+(?:move|bid|step|effort|attempt|push)$")
# ", 15 of which were by knockout", ", both of which reached ...": a part of what comes before
_QUANTIFIED = re.compile(
    r",\s+(?P<quant>both|all|each|none|most|many|some|several|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+of\s+(?:which|whom)\s+(?P<body>[^,;]+)$"
)


_NAME = r"(?:“[^“”]+”|\"[^\"]+\"|[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|a|at|of|the|in))*)"
_NAMED_PAIR = re.compile(rf"{_NAME}\s+and\s+{_NAME}$")  # "“Hocus Pocus” and “Sylvia”"


def _quantified_relative(core: str) -> tuple[str, Side] | None:
    """ "a record of 16 wins, 15 of which were by knockout" -> "15 of 16 wins were by
    knockout"; "two albums, A and B, both of which reached ..." -> "Both A and B reached ..."."""
    m = _QUANTIFIED.search(core)
    if m is None:
        return None
    before, quant = core[: m.start()], m.group("quant")
    if quant == "both":
        pair = _NAMED_PAIR.search(before)
        if pair is None:
            return None
        text = f"both {pair.group(0)} {m.group('body')}"
    else:
        counted = re.search(
            r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s[a-z]+$", before
        )
        if counted is None:
            return None
        text = f"{quant} of {counted.group(0)} {m.group('body')}"
    return before, (text, m.start() + 2, m.end(), "relative", is_past(m.group("body").split()[0]))


_ING_WITH_PHRASE = frozenset("training building meeting".split())
_ING_PHRASES = frozenset("in as with at on".split())


_RELATIVE_NEXT = re.compile(r",\s(?:who|which|whose)\s")
_TITLE_TAIL = re.compile(rf",\s+(?:{TITLE})[.,]?$")
# ", bringing the annual gain to 4.1%, the smallest rise since mid-2021": the record is the
# participle's object's
_RECORD_TAIL = re.compile(
    r",\s+the\s(?:[a-z]+est|most|least)\s[^,]*\b(?:since|ever|on record)\b[^,]*$"
)
# a name, not a description: "the Toronto Star", "a Golden Globe Award" (not "a Python-based
# data science platform", whose head is lowercase)
_NAME_IN_LIST = re.compile(r"the\s+[A-Z]|an?\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")
# the rest of a list of roles after an appositive, to the clause's end: ", author, soldier, and
# senator" (bare lowercase nouns, one or two words each)
_ROLE_TAIL = re.compile(
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?!(?:and|or|the|a|an|his|her|their|its|who|which)\b)"
    r"[a-z][a-z-]+(?:\s(?!and\b)[a-z][a-z-]+)?)+$"
)
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such as)\s+(?:(?:the|an?)\s+)?[A-Z][^,;]*$")
# another item follows: ", and", ", the United States", ", China and India"
_LAST_ITEM_NAMED = re.compile(r"^the\s[a-z]+\sand\s(?:the\s)?[A-Z][\w-]*$")
_LIST_GOES_ON = re.compile(
    r",\s+(?:and\s|or\s|(?:the|an?)\s+[A-Z]|[A-Z][\w-]+(?:\s[A-Z][\w-]+)*,?\s(?:and|or)\s)"
)


def _listed_item(before: str, after: str) -> bool:
    """Whether an "-ing" word after a comma is a noun inside a list: items without a verb
    before it, the list's rest after it."""
    previous = before.rsplit(", ", 1)
    return (
        len(previous) == 2
        and len(previous[1].split()) <= 3
        and previous[1][:1].islower()
        and not any(is_verb(w) for w in previous[1].split())
        and list_tail(after) != ""
    )


def _participles(ing: str, obj: str, now: str | None = None) -> list[tuple[str, str]]:
    """ "earning 50 caps and playing in two World Cups" -> ("earned", "50 caps"), ("played",
    "in two World Cups"); "having written X" -> ("has", "written X"); after a present clause
    (`now` its "is" or "are") the participle keeps its aspect: ("is", "supporting X")."""
    pairs: list[tuple[str, str]] = []
    pieces: list[str] = []
    for piece in re.split(r"\s+and\s+(?=[a-z]+ing\s)", obj):
        if pieces and pieces[-1].split(" ")[-2:-1] == ["both"]:
            pieces[-1] += f" and {piece}"  # "playing both lead and supporting roles": one object
        else:
            pieces.append(piece)
    for k, piece in enumerate(pieces):
        if k:
            ing, _, piece = piece.partition(" ")
        if ing == "having":
            pairs.append(("has", piece))
        elif now:
            pairs.append((f"{now} {ing}", piece))
        else:
            pairs.append((past_of(ing), piece))
    return pairs


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=,)")
_ODD_SPACE = re.compile(r"[^\S ]")  # a space other than " "


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + (" " if e < len(text) and text[e - 1] == "," else "") + text[e:]
    # "Civil War (2016), Black Panther": the year cut out leaves no space before the comma
    if "  " in text or _ODD_SPACE.search(text):  # else the substitution changes nothing
        text = _SPACES.sub(" ", text)
    return (_SPACE_BEFORE_COMMA.sub("", text) if " ," in text else text).strip(" ,")
