"""Coordination: one clause with joined parts -> one full clause per part.

- compound sentences: "; ", ", while", ", but", ", as/because/when ..." + a clause with its own
  subject, and "and" + a verb phrase (the subject is shared: "Russian forces overran Soledar and
  are now advancing on Bakhmut");
- "S V ... before retiring in 1987" -> "S retired in 1987";
- lists of three or more ("rehearse A, B, and C"), examples ("several films, including A and B"),
  pairs of names ("by Minister A and Minister B"), pairs of like conjuncts after the verb
  ("re-elected in 2007 and 2010", "silent and sound films" sharing the head noun), "—and X—"
  asides, copular descriptions ("X is an American singer and songwriter who ..."), birth
  phrases ("born on DATE in PLACE"), place chains and the class of named examples
  (`claims.modifiers`), and time or place phrases after the verb ("competed in the high jump at
  the 2004 Olympics in Athens": one claim each; "his work on X" stays with its noun).

Subjects are never split ("Russia and Belarus have been bound by a treaty" is one fact about
both), nor are "between A and B", idioms ("up and running") or conjunctions inside quotes.
"""

from __future__ import annotations

import re

from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    ING_NOT_PARTICIPLE,
    PREPOSITIONS,
    PRESENT_VERBS,
    PRONOUN_SUBJECTS,
    inside_quote,
    is_verb,
    name_before,
    past_of,
    split_subject,
)
from claims.modifiers import example_class, place_chain, predicate_modifiers

_BEFORE_ING = re.compile(r",?\s+(?:before|after|while)\s+(?P<ing>[a-z]+ing)\b(?P<rest>[^,;]*)$")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:an|ese|ish|i|ch|ic)$")
_ADJECTIVE = re.compile(r"^[a-z][a-z-]+(?:al|ic|ive|ous|ern|ary|ful|less)$")
_COPULA = re.compile(
    r"^(?P<subj>[A-Z][^,]*?)\s+(?P<cop>is|was|are|were)\s+(?:also\s+)?(?:an?)\s+(?P<np>[^;]+)$"
)
_IDIOMS = frozenset(
    i.strip()
    for i in """up and running, back and forth, more and more, over and over, each and every,
    safe and sound, law and order, research and development, rock and roll, on and off,
    by and large""".split(",")
)
_LIST_STOP = frozenset({"to", "of", "as", "that", "with", "by", "from", "on", "in", "at", "for"})


def _born(clause: str) -> list[str] | None:
    """ "X was born on DATE in PLACE" -> one claim per phrase."""
    m = re.match(r"^(?P<pre>.*?\bborn)\s+(?P<pps>(?:on|in|at)\s.+)$", clause)
    if not m:
        return None
    phrases = [p for p in re.split(r",?\s+(?=(?:on|in|at)\s)", m.group("pps")) if p]
    return [f"{m.group('pre')} {p.rstrip(' ,')}" for p in phrases] if len(phrases) > 1 else None


def split_clauses(core: str) -> list[str]:
    """Compound sentences into clauses; verb phrases joined by "and" get the shared subject."""
    clauses = [c for c in re.split(r";\s+|,\s+(?:while|whereas|but)\s+", core) if c]
    clauses = [piece for c in clauses for piece in _subordinate(c)]
    out: list[str] = []
    for clause in clauses:
        out += _split_and(clause)
    return out


def _verb_ing(token: str) -> bool:
    return token.endswith("ing")


def _subordinate(clause: str) -> list[str]:
    """ "S V, as his music was sampled by ..." -> both clauses, when the second has a subject;
    "S V before retiring in 1987" -> "S V", "S retired in 1987"."""
    if (
        (m := _BEFORE_ING.search(clause))
        and (subject := split_subject(clause))
        and m.group("ing") not in ING_NOT_PARTICIPLE
        and m.start() > len(subject[0])
    ):
        past = past_of(m.group("ing"))
        return [clause[: m.start()], f"{subject[0]} {past} {m.group('rest')}".strip()]
    m = re.search(
        r",\s+(?:as|because|since|although|though|so|when|after|before)\s+|\s+when\s+", clause
    )
    if m is None or inside_quote(clause, m.start()):
        return [clause]
    own = split_subject(clause[m.end() :])
    if (
        own is None
        or len(own[0].split()) > 6
        or not (
            own[0][:1].isupper() or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
        )
    ):
        return [clause]
    return [clause[: m.start()], *_subordinate(clause[m.end() :])]


def _split_and(clause: str) -> list[str]:
    subject = split_subject(clause)
    for m in re.finditer(r",?\s+and\s+", clause):
        if inside_quote(clause, m.start()) or subject is None or m.start() < len(subject[0]):
            continue
        left, right = clause[: m.start()], clause[m.end() :]
        tokens = right.split(" ")
        i = 0
        while i < len(tokens) - 1 and (tokens[i].endswith("ly") or tokens[i] in ADVERBS):
            i += 1
        if tokens and is_verb(tokens[i]):
            aux = _shared_auxiliary(subject[1], tokens, i)
            return [left, *_split_and(f"{subject[0]} {aux}{right}")]
        if tokens[0] in PREPOSITIONS and len(tokens) > 3:
            # "and by 1965 had formed the band" -> "S had formed the band by 1965"
            k = next((j for j in (1, 2, 3) if is_verb(tokens[j]) and not _verb_ing(tokens[j])), 0)
            if k:
                moved = " ".join([*tokens[k:], *tokens[:k]])
                return [left, *_split_and(f"{subject[0]} {moved}")]
        own = split_subject(right)
        if (
            (m.group(0).startswith(",") or tokens[0].lower() in PRONOUN_SUBJECTS - {"it"})
            and own
            and len(own[0].split(" ")) <= 6
            and (
                own[0][:1].isupper()
                or own[0].split(" ")[0].lower() in DETERMINERS | PRONOUN_SUBJECTS
            )
        ):
            return [left, *_split_and(right)]
    return [clause]


_PASSIVE = frozenset(
    """released published produced directed written named appointed awarded elected nominated
    drafted inducted honored honoured recognized arrested charged convicted sentenced killed
    injured acquired adapted interned imprisoned executed buried replaced succeeded""".split()
)


def _shared_auxiliary(predicate: str, tokens: list[str], i: int) -> str:
    """ "was produced by Nebs and released on DATE": the second participle shares "was"."""
    aux = predicate.split(" ", 1)[0]
    if (
        aux not in {"was", "were", "is", "are", "has been", "have been"}
        or tokens[i] not in _PASSIVE
    ):
        return ""
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return f"{aux} " if following in PREPOSITIONS | {""} else ""


def distribute(clause: str, depth: int = 0, phrases: bool = True) -> list[str]:
    """Coordinations after the verb, distributed; each result distributed again (depth 3).

    Items of a list or of examples keep their phrases together ("her roles in The Crown"):
    only a clause that was not itself an item is split by its prepositional phrases.
    """
    if depth >= 3:
        return [clause]
    splits = (place_chain, _born, _copular, _examples, _series, _distribute_names, _pair)
    for split in (*splits, _adverbials) if phrases else splits:
        parts = split(clause)
        if parts is not None and len(parts) > 1:
            keep = phrases and split in (place_chain, _born, _copular, _adverbials)
            return [p for part in parts for p in distribute(part, depth + 1, keep)]
    return [clause]


def _examples(clause: str) -> list[str] | None:
    """ "S appeared in several films, including A, B and C" -> the films, and A, B, C."""
    m = re.match(
        r"^(?P<main>.+?),?\s+(?:including|such as|like(?=\s+[A-Z“\"]))\s+(?P<items>.+)$", clause
    )
    if not m or inside_quote(clause, m.start("items")):
        return None
    tokens = m.group("main").split(" ")
    cut = next((i for i in range(len(tokens) - 1, 0, -1) if _governs(tokens, i)), None)
    if cut is None:
        return None
    base = " ".join(tokens[: cut + 1])
    items = [i for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+and\s+", m.group("items")) if i]
    kinds = [example_class(" ".join(tokens[cut + 1 :]), item) for item in items]
    return [m.group("main"), *(f"{base} {item}" for item in items), *filter(None, kinds)]


def _governs(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] introduces the noun phrase the examples elaborate: a verb, or a
    preposition that is not inside that noun phrase ("some of the stars in Hollywood")."""
    token = tokens[i]
    if token not in PREPOSITIONS:
        return (
            _verb(token) and tokens[i - 1] not in PREPOSITIONS | DETERMINERS
        )  # "through hit films"
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return not (token == "of" or (token in {"in", "at"} and following[:1].isupper()))


def _copular(clause: str) -> list[str] | None:
    """ "X is an American gospel singer and songwriter who won ..." -> X is American; X is a
    gospel singer; X is a songwriter; X won ..."""
    m = _COPULA.match(clause)
    if not m or len(m.group("subj").split()) > 8:
        return None
    subj, cop, np = m.group("subj"), m.group("cop"), m.group("np")
    facts: list[str] = []
    rel = re.search(r"\s+(?:who|that)\s+(?P<body>.+)$", np)
    first_verb = next((t for t in (rel.group("body") if rel else "").split() if t[-2:] != "ly"), "")
    if rel and is_verb(first_verb):
        facts.append(f"{subj} {rel.group('body')}")
        np = np[: rel.start()]
    more, tokens = predicate_modifiers(subj, cop, np.split(" "))
    facts += more
    if len(tokens) > 1 and _NATIONALITY.match(tokens[0]) and tokens[1][:1].islower():
        facts.insert(0, f"{subj} {cop} {tokens[0]}")
        tokens = tokens[1:]
    nouns = re.split(r",\s+(?:and\s+)?|\s+and\s+", " ".join(tokens))
    if len(nouns) > 1 and all(
        len(n.split()) <= 3 and not set(n.split()) & PREPOSITIONS for n in nouns[:-1]
    ):
        heads = [f"{subj} {cop} {_article(n)} {n}" for n in nouns]
    else:
        heads = [f"{subj} {cop} {_article(' '.join(tokens))} {' '.join(tokens)}"]
    return [*facts[:1], *heads, *facts[1:]] if facts else None if len(heads) == 1 else heads


def _verb(token: str) -> bool:
    """A verb that is not also a common plural noun ("shows", "plays", "works")."""
    return is_verb(token) and token.lower() not in PRESENT_VERBS


def _article(noun_phrase: str) -> str:
    return "an" if noun_phrase[:1].lower() in "aeiou" else "a"


def _pair(clause: str) -> list[str] | None:
    """ "S V A and B" -> "S V A", "S V B" for conjuncts after the verb ("re-elected in 2007 and
    2010", "his BA from Yale and his JD from ..."), sharing a head noun when the left conjunct
    is one word ("silent and sound films" -> "silent films", "sound films")."""
    subject = split_subject(clause)
    if subject is None:
        return None
    for m in re.finditer(r"\s+and\s+", clause):
        if m.start() <= len(subject[0]) or inside_quote(clause, m.start()):
            continue
        left_tokens = clause[: m.start()].split(" ")
        right_tokens = clause[m.end() :].split(" ")
        first = right_tokens[0]
        if (
            is_verb(first)
            or any(_verb(t) for t in right_tokens[1:4])
            or first.lower() in PRONOUN_SUBJECTS
            or f"{left_tokens[-1]} and {first}".lower() in _IDIOMS
            or _own_clause(right_tokens)
        ):
            continue
        start = _conjunct_start(left_tokens, first)
        if start is None or start == 0:
            continue
        if start == len(left_tokens) - 1 and first[:1].isupper() and not first[:1].isdigit():
            continue  # "Russia and Belarus", "Belarusian and Russian aviation": kept together
        if left_tokens[start - 1].lower() in {"between", "among", "both"}:
            continue
        if len(right_tokens) >= 2 and _ADJECTIVE.search(left_tokens[-1]):
            start = len(left_tokens) - 1  # "political and military leadership"
        prefix = " ".join(left_tokens[:start])
        left = left_tokens[start:]
        if (
            len(left) == 1
            and len(right_tokens) >= 2
            and not first[:1].isdigit()
            and right_tokens[1] not in PREPOSITIONS
        ):
            left = [*left, *right_tokens[1:]]  # a shared head
        return [f"{prefix} {' '.join(left)}", f"{prefix} {' '.join(right_tokens)}"]
    return None


def _own_clause(tokens: list[str]) -> bool:
    own = split_subject(" ".join(tokens))
    return own is not None and own[0][:1].isupper()


def _conjunct_start(left: list[str], right_first: str) -> int | None:
    """Where the left conjunct begins: the nearest token shaped like the right one's first."""

    def shape(token: str) -> str:
        low = token.lower().strip('“”"(')
        if low in DETERMINERS:
            return "det"
        if low[:1].isdigit():
            return "num"
        return "cap" if token.strip('“"(')[:1].isupper() else "low"

    want = shape(right_first)
    if right_first in {"his", "her", "their", "its"}:  # "for his style of X and his vocals"
        same = [i for i in range(1, len(left)) if left[i] == right_first]
        return same[-1] if same and not any(is_verb(t) for t in left[same[-1] :]) else None
    if right_first in PREPOSITIONS:  # "served as X from 1981 and as Y from 1992"
        same = [i for i in range(1, len(left)) if left[i] == right_first]
        return same[0] if same else None
    for i in range(len(left) - 1, max(len(left) - 9, 0) - 1, -1):
        token = left[i]
        low = token.lower()
        if i < len(left) - 1 and (low in PREPOSITIONS or is_verb(token) or token.endswith(",")):
            return None
        if i > 0 and left[i - 1] == "to" and i < len(left) - 1:
            # "to rehearse air reconnaissance and ...": the infinitive is no conjunct
            return i + 1 if shape(left[i + 1]) == want else None
        if shape(token) == want and (
            want in {"det", "num"}
            or i == 0
            or left[i - 1].lower() in PREPOSITIONS
            or left[i - 1].lower() in DETERMINERS
            or is_verb(left[i - 1])
            or left[i - 1].endswith("ing")
            or left[i - 1] == "to"
        ):
            return i
    return None


def _series(clause: str) -> list[str] | None:
    """ "S V A, B, and C" -> "S V A", "S V B", "S V C"."""
    if m := re.search(r"\s*—\s*(?:and|as well as)\s+(?P<b>[^—]+)—\s*", clause):
        # "dispatched thousands of troops—and substantial amounts of hardware—to Belarus"
        words = clause[: m.start()].split(" ")
        k = next((i for i in range(len(words) - 1, 0, -1) if is_verb(words[i])), None)
        if k is not None:
            after = clause[m.end() :]
            prefix = " ".join(words[: k + 1])
            return [f"{clause[: m.start()]} {after}", f"{prefix} {m.group('b').strip()} {after}"]
    segments = clause.split(", ")
    last = next(
        (i for i in range(len(segments) - 1, 1, -1) if segments[i].startswith(("and ", "or "))),
        None,
    )
    if last is None and len(segments) >= 3 and " and " in segments[-1]:
        head, _, tail = segments[-1].partition(" and ")
        segments = [*segments[:-1], head, "and " + tail]
        last = len(segments) - 1
    if last is not None and last == len(segments) - 1:
        items = [*segments[1:last], segments[last].split(" ", 1)[1]]
        if all(len(i.split()) <= 10 and not any(is_verb(t) for t in i.split()) for i in items):
            k = max(1, min(len(i.split()) for i in items))
            words = segments[0].split(" ")
            first: list[str] = []
            while words and len(first) < k and words[-1].lower() not in _LIST_STOP:
                if is_verb(words[-1]):
                    break
                first.insert(0, words.pop())
            while words and _open_quote(" ".join(first)):  # a quoted title is one item
                first.insert(0, words.pop())
            cut_name = bool(first and words) and first[0][:1].isupper() and words[-1][:1].isupper()
            if first and words and not cut_name and split_subject(" ".join(words) + " x"):
                prefix = " ".join(words)
                return [f"{prefix} {item}" for item in [" ".join(first), *items]]
    return None


def _open_quote(text: str) -> bool:
    """More closing than opening quote marks: the text starts inside a quotation."""
    return text.count("”") > text.count("“") or text.count('"') % 2 == 1


def _distribute_names(clause: str) -> list[str] | None:
    m = re.search(r"\s+and\s+((?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]+)$", clause)
    if not m:
        return None
    left = name_before(clause[: m.start()])
    subject = split_subject(clause)
    if not left or len(left.split()) < 2 or not subject or m.start() < len(subject[0]) + 1:
        return None
    prefix = clause[: m.start() - len(left)].rstrip()
    if prefix.endswith(("between", "among")) or not prefix:
        return None
    return [f"{prefix} {left}", f"{prefix} {m.group(1)}"]


_ADVERBIAL = frozenset(
    "in for as from at on with against during until since by".split()
)  # "to" is left out: "from 1981 to 1984" stays one phrase


def _verb_group(tokens: list[str], start: int, end: int) -> bool:
    """Whether tokens[start:end] are all the clause's verb group ("was selected", "competed")."""
    return all(is_verb(t) or t in ADVERBS or t.endswith("ly") for t in tokens[start:end])


_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


def _time_or_place(tokens: list[str], i: int) -> bool:
    """Whether the phrase at tokens[i] names a time or a place ("in 1973", "at the 2004
    Olympics", "in Chennai", "during the war"), not a noun's complement ("his work on X")."""
    if tokens[i] in {"during", "until", "since", "as"}:
        return True
    nxt = [t.strip("“”\"'(") for t in tokens[i + 1 : i + 3]]
    if nxt and nxt[0] in {"the", "early", "late", "mid"} and len(nxt) > 1:
        nxt = nxt[1:]
    return bool(nxt) and (
        nxt[0][:1].isdigit() or nxt[0][:1].isupper() or nxt[0] in {"early", "late", "mid", "age"}
    )


def _adverbials(clause: str) -> list[str] | None:
    """ "S began his career as a defender for Verona in 1973" -> one claim per phrase, when two
    or more prepositional phrases follow the verb's object (one phrase is kept as it is)."""
    subject = split_subject(clause)
    if subject is None:
        return None
    tokens = clause.split(" ")
    first = len(subject[0].split(" ")) + 1
    if any(t.endswith(",") or t in {"that", "which", "who", "whether"} for t in tokens[first:]):
        return None  # a clause inside the predicate: its phrases are not the verb's
    cuts = [
        i
        for i in range(first, len(tokens))
        if tokens[i] in _ADVERBIAL
        and tokens[i - 1] not in PREPOSITIONS
        and (
            _verb_group(tokens, first - 1, i)
            or (not is_verb(tokens[i - 1]) and _time_or_place(tokens, i))
        )
        and not inside_quote(clause, len(" ".join(tokens[:i])))
    ]
    # "until his death in 2013": a phrase after "until"/"since" dates that phrase's noun
    cuts = [
        c for k, c in enumerate(cuts) if k == 0 or tokens[cuts[k - 1]] not in {"until", "since"}
    ]
    if len(cuts) < 2:
        return None
    base = " ".join(tokens[: cuts[0]])
    ends = [*cuts[1:], len(tokens)]
    return [f"{base} {' '.join(tokens[a:b])}" for a, b in zip(cuts, ends, strict=True)]
