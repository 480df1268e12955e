"""Slot checks on who and what: negation and antonyms, names in the same place (nationality
words in `claims.nationalities`).

Like `claims.slots`, each check returns a `SlotResult` (agrees True / False / None) and the claim
words its slot covers, so the rest of the claim can be compared without them. Kinds of thing
("a film" / "a novel") are checked in `claims.kinds`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from claims.grammar import is_title
from claims.nationalities import COUNTRY_OF
from claims.opposites import are_opposites
from claims.similarity import STOPWORDS, stem
from claims.slots import MONTH_WORDS, SlotResult

NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|denied|denies|deny|failed to|fails to|has yet to|"
    r"have yet to|had yet to|(?:is|are|was|were) yet to|refused to|refuses to|refusal|"
    r"\w*n\s?['’]\s?t|cannot|nobody|nothing|zero|without|"
    r"left out|absent|lacks|lacked|unable to|excluded from|incapable of|avoided|avoids|"
    r"avoiding|refrained from|stayed away from|declined to|declines to)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_][\w'’]*|\d[\d,.]*")
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ican|ians|eans|icans)$")


_TITLE_NEXT = re.compile(r"\s+[A-Z0-9]")
# "no doubt", "not only ... but", "no matter", "no less than": idioms that deny nothing
_NOT_A_DENIAL = re.compile(r"\s+(?:doubt|only|matter|less|fewer|more|later|sooner|least)\b", re.I)
# "world No. 1", "former world No .": the abbreviation of "number"
_NUMBER_SIGN = re.compile(r"\s?\.\s*(?:\d|$)")


def negations(text: str) -> list[re.Match[str]]:
    """The negation cues of `text`, leaving out those that open a title ("No Way Out",
    "Never Let Me Go": a capitalised cue followed by a capitalised word)."""
    return [
        m
        for m in NEGATION.finditer(text)
        if not (m.group(0)[0].isupper() and _TITLE_NEXT.match(text, m.end()))
        and not _NOT_A_DENIAL.match(text, m.end())
        and not (m.group(0) == "No" and _NUMBER_SIGN.match(text, m.end()))
    ]


def denies(text: str) -> re.Match[str] | None:
    """The first negation cue of `text` that is not part of a title, or None."""
    found = negations(text)
    return found[0] if found else None


SCOPE_WORDS = 3  # content words after a negation cue that it negates
_CLAUSE_ENDS = (",", ";", ":", "(", ")", ". ")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
_SCOPE_END = re.compile(r"\s(?:and|but|while|whereas)\s")


def _negated_clauses(text: str) -> list[tuple[str, set[str], set[str]]]:
    """Each negation cue with the content words of its clause and of its scope (the words after
    the cue in that clause: 'no radio exposure' negates the exposure, not the chart peak);
    quoted titles left out."""
    text = re.sub(r'"[^"]{0,60}"', " ", text)
    # an aside in brackets ("Hannah Dakota Fanning (born February 23, 1994) is an actress who
    # refused to be a model") would cut the clause off from its subject
    text = re.sub(r"\s*\([^()]{0,120}\)", "", text)
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)  # "U.S." ends no clause
    text = re.sub(r"\.(?=[A-Z])", ". ", text)  # "13 April 2020.The cause": two sentences
    out = []
    for m in negations(text):
        before = [(text.rfind(c, 0, m.start()), c) for c in _CLAUSE_ENDS]
        start = max((i + len(c) for i, c in before if i >= 0), default=0)
        ends = [i for i in (text.find(c, m.end()) for c in _CLAUSE_ENDS) if i >= 0]
        end = min(ends) if ends else len(text)
        clause = text[max(start, 0) : end]
        words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", clause)} - STOPWORDS
        # "does not wish to be found and hires X": the negation's scope ends at "and"/"but"
        scope_text = _SCOPE_END.split(text[m.end() : end], maxsplit=1)[0]
        after = [stem(w.lower()) for w in re.findall(r"[A-Za-z]+", scope_text)]
        scope = [w for w in after if w not in STOPWORDS][:SCOPE_WORDS]
        out.append((m.group(0), words, set(scope)))
    return out


def _share(words: set[str], said: set[str]) -> float:
    return len(words & said) / len(words) if words else 0.0


def check_polarity(claim: str, passage: str) -> SlotResult | None:
    """Negation ("not", "denied", "has yet to") over the same words on one side only, or an
    antonym pair ("rose" / "fell") where the passage does not also say the claim's word."""
    claim_words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", claim)} - STOPWORDS
    passage_words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", passage)} - STOPWORDS
    # a negation counts where its clause says most of the claim ("the toll did not include
    # hospital deaths"), not in a clause about something else ("not go to work")
    ours = [c for c, words, _ in _negated_clauses(claim) if _share(words, passage_words) >= 0.5]
    # in the passage, the negated words must be the claim's ("did not report the authorities"
    # after a sentence that states the claim negates something else)
    theirs = [
        c
        for c, words, scope in _negated_clauses(passage)
        if _share(claim_words, words) >= 0.5 and (scope & claim_words or not scope)
    ]
    if bool(ours) != bool(theirs) and not (_negated_clauses(claim) and _negated_clauses(passage)):
        which = f"the source says '{theirs[0]}'" if theirs else f"the claim says '{ours[0]}'"
        cue_words = {stem(w.lower()) for c in ours for w in re.findall(r"[A-Za-z]+", c)}
        return SlotResult(
            "polarity", False, f"the polarity differs: only {which}", frozenset(cue_words)
        )
    claim_lower = {w.lower() for w in re.findall(r"[A-Za-z]+", claim)}
    passage_lower = {w.lower() for w in re.findall(r"[A-Za-z]+", passage)}
    only_theirs = passage_lower - claim_lower
    for word in sorted(claim_lower - passage_lower):
        said = sorted(w for w in only_theirs if are_opposites(word, w))
        if said:
            opposite = said[0]
            return SlotResult(
                "antonym",
                False,
                f"the source says the opposite: claim says '{word}', source says '{opposite}'",
                frozenset({stem(word)}),
            )
    return None


@lru_cache(maxsize=4096)  # the name and unstated-name checks read the same two texts
def _tokens(text: str) -> tuple[tuple[str, str, bool], ...]:
    """Content tokens as (stem, word, is_name); capitalised is a name unless it opens a sentence."""
    out: list[tuple[str, str, bool]] = []
    text = unicodedata.normalize("NFC", text)
    for m in _TOKEN.finditer(text.replace("’", "'")):
        raw = m.group(0)
        low = raw.lower().strip("'-")
        if low in STOPWORDS or len(low) < 2 or low[0].isdigit() or low in MONTH_WORDS:
            continue  # numbers and dates are compared by their own slots
        opens = m.start() == 0 or text[: m.start()].rstrip().endswith((".", "!", "?", '"', "``"))
        name = raw[0].isupper() and not opens and low not in MONTH_WORDS
        # "Russian", "Chinese", "German": descriptors, compared by `check_nationality`
        name = name and not _DEMONYM.search(low) and low not in COUNTRY_OF
        out.append((stem(low), raw, name))
    return tuple(out)


def names_nothing(text: str) -> bool:
    """True when the text has no name in it, only common words, numbers and dates."""
    return not any(name for _, _, name in _tokens(text))


def _run_said(
    tokens: tuple[tuple[str, str, bool], ...], known: list[bool], k: int, text: str
) -> bool:
    """Whether a later word of the name that tokens[k] is part of is said: "Annie" of "Annie
    Lennox" for a passage saying "Lennox" (not "Crüe" of "Mötley Crüe" for "Mötley", nor
    "Silchar" of "from Imphal to Silchar")."""
    j = k + 1
    while j < len(tokens) and tokens[j][2] and f"{tokens[j - 1][1]} {tokens[j][1]}" in text:
        if known[j]:
            return True
        j += 1
    return False


def _title_case(tokens: tuple[tuple[str, str, bool], ...]) -> bool:
    """Every longer word capitalised ("Storm Leaves Thousands Without Power"), so that names
    cannot be told from other words; "The Paper stars Ryan Gosling" is no headline."""
    words = [raw for _, raw, _ in tokens if len(raw) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def unstated_names(claim: str, passage: str, whole: str | None = None) -> list[str]:
    """The claim's names the passage does not say, in any form ("Mexico" for a passage about
    "the United States"): a passage that leaves out a name the claim gives does not state it.
    `claim` may be a part of the claim (its predicate), `whole` the claim it is part of."""
    a, b = _tokens(claim), _tokens(passage)
    if not a or _title_case(_tokens(whole) if whole else a) or _title_case(b):
        return []  # a headline in title case: names cannot be told from other words
    said = {w for w, _, _ in b}
    # "North America" holds "Canada and the U.S.": a passage naming a region may name no country
    regions = any(raw.lower() in _REGIONS and name for _, raw, name in b)
    known = [not name or word in said or _same_name(word, raw, b) for word, raw, name in a]
    missing = []
    for k, (_, raw, _name) in enumerate(a):
        if known[k] or regions:
            continue
        if _run_said(a, known, k, claim):
            continue  # "Annie Lennox" for "Lennox"
        if raw.lower().rstrip(".") in _MONTH_ABBREVIATIONS:
            continue  # "Jan. 16": a date, compared by its own slot
        if is_title(raw.rstrip(".") + "."):
            continue  # "Gen.", "Dr.": a title, not a name
        if any(_acronym_of(r, [(w, r)]) for w, r, _ in b):
            continue
        missing.append(raw)
    return missing


_ALIASES = {
    "us": {"united", "state", "america", "usa"}, "usa": {"united", "state", "america", "us"},
    "uk": {"united", "kingdom", "britain"}, "britain": {"uk", "united", "kingdom"},
}  # fmt: skip


def _same_name(word: str, raw: str, others: Sequence[tuple[str, str, bool]]) -> bool:
    """'US' / 'United States', 'Babylonians' / 'Babylonian': the same name written otherwise."""
    if any(o in _ALIASES.get(word, ()) or word in _ALIASES.get(o, ()) for o, _, _ in others):
        return True
    initials = "".join(r[0] for _, r, _ in others).upper()
    if raw.isupper() and len(raw) <= 5 and raw.replace(".", "") in initials:
        return True
    if any(len(o) >= 3 and (word.startswith(o) or o.startswith(word)) for o, _, _ in others):
        return True  # "Rep." / "Republic"
    return any(is_respelling(word, other) for other, _, _ in others)


def is_respelling(word: str, other: str) -> bool:
    """'Orlovsky' / 'Orlovskly', 'Mexico' / 'Mexican', 'TV' / 'MTV': one name written two ways.
    Similar names from another first letter are two names ('Houston' / 'Boston', whose
    similarity ratio of 77 once made them one) unless one holds the other."""
    if fuzz.ratio(word, other) < 75:
        return False
    return word[:1] == other[:1] or word in other or other in word


def _acronym_of(raw: str, names: Sequence[tuple[str, str]]) -> bool:
    """'UTA' for 'United Talent Agency'."""
    return raw.isupper() and 2 <= len(raw) <= 6 and raw == "".join(r[0] for _, r in names).upper()


_LISTED = re.compile(r"^\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?[A-Z]")
_LIST_START = re.compile(
    r"\b(?:such as|including|like|also|among|as well as)\b[\w\s]{0,20}$", re.IGNORECASE
)


def _one_of_several(passage: str, first: str, last: str, framed: bool = False) -> bool:
    """Names from `first` to `last` that do not exclude the claim's: one in an enumeration
    ('also played for the Eagles, Patriots and Browns'), names that are themselves a list ('from
    Kolkata and Guwahati'), or an aside in parentheses ('(born Hülsermann, 1889–1974)')."""
    start = passage.find(first)
    found = passage.find(last, start) if start >= 0 else -1
    if found < 0:
        return False
    end = found + len(last)
    before = passage[max(0, start - 30) : start]
    return bool(
        _LISTED.match(passage[end:])
        or _LIST_START.search(before)
        or re.search(r"[A-Z][\w.]*\s*(?:,|\band)\s*(?:the\s+)?$", before)
        or re.search(r",|\band\b|&", passage[start:end])
        or (passage.count("(", 0, start) > passage.count(")", 0, start) and not framed)
    )


# Names of regions that contain other named places: they exclude none of them.
_REGIONS = frozenset(
    """america americas europe asia africa oceania australasia scandinavia balkans caribbean
    mideast middle east north south west east central northern southern western eastern
    worldwide world international overseas""".split()
)


def check_names(claim: str, passage: str) -> SlotResult | None:
    """Another name in the same place: the claim's name is missing and the passage has another
    where the words around it align ("Gerasimov replaced Surovikin" / "Salyukov replaced ...")."""
    a, b = _tokens(claim), _tokens(passage)
    if not a or not b:
        return None
    if any(
        sum(name for _, _, name in t) > 0.6 * len(t) and all(r[0].isupper() for _, r, _ in t)
        for t in (a, b)
    ):
        # a headline in title case: names cannot be told from other words (a sentence of
        # names says its other words in lower case: "Catherine Hardwicke was born as Helen")
        return None
    a_words, b_words = [w for w, _, _ in a], [w for w, _, _ in b]
    b_set, a_set = set(b_words), set(a_words)
    matcher = SequenceMatcher(None, a_words, b_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > 3:
            continue
        # the passage may go on after the name ("visited Minsk and held talks"): its leading names
        j_names = j1
        while j_names < j2 and j_names - j1 < 3 and b[j_names][2]:
            j_names += 1
        if j_names == j1 or (j_names < j2 and i2 < len(a_words)):
            continue
        j2 = j_names
        anchored_left = i1 > 0 and j1 > 0
        anchored_right = i2 < len(a_words) and j2 < len(b_words) and b_words[j2] == a_words[i2]
        # the claim's last words ("... in the United States") need only the words before them
        if not (anchored_left and (anchored_right or i2 == len(a_words))):
            continue
        if not all(name for _, _, name in a[i1:i2] + b[j1:j2]):
            continue  # a name in the same role is swapped for a name, not for other words
        ours = [(w, raw) for w, raw, _ in a[i1:i2] if w not in b_set]
        theirs = [raw for w, raw, _ in b[j1:j2] if w not in a_set]
        if any(_same_name(w, raw, b[j1:j2]) for w, raw in ours):
            continue
        if any(
            len(ours) >= 2
            and raw.isupper()
            and raw.endswith("".join(r[0] for _, r in ours).upper())
            for _, raw, _ in b[j1:j2]
        ):  # "SSR" for "(Soviet) Socialist Republic": an acronym of the name it ends
            continue
        # an aside in brackets is another's ("(born Hülsermann, 1889)"), unless the claim's
        # words go on after it ("(born Margaret Catherine Hardwicke)" / "born as Helen ...")
        framed = anchored_right and i2 < len(a_words)
        if theirs and _one_of_several(passage, theirs[0], theirs[-1], framed):
            continue
        if any(w.lower() in _REGIONS for w in [r for _, r in ours] + theirs):
            continue  # "Canada" / "North America": a region holds the places in it
        if ours and theirs:
            return SlotResult(
                "name",
                False,
                f"another name in the same place: claim says '{' '.join(r for _, r in ours)}', "
                f"source says '{' '.join(theirs)}'",
                frozenset(w for w, _ in ours),
            )
    return None
