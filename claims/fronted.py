"""Fronted phrases: what opens a clause before its subject, and what becomes of it.

`fronted_phrases` reads up to four phrases off the start of a clause: discourse markers ("More
specifically", "However") and concessives ("despite ...") are dropped; "In addition to his acting
career" gives "S has an acting career", "after visiting X" "S visited X", "As a member of X" "S is
a member of X", "Having over 3,000 animals" "S has over 3,000 animals", "Born in X" "S was born in
X"; a time phrase ("On Jan. 11", "Last week") or a scene ("Off the field") is kept as the lead
(`MOVABLE_LEAD`: a bare year or a scene moves after the clause). Used by `claims.decompose`.
"""

from __future__ import annotations

import re

from claims.grammar import (
    DETERMINERS,
    POSSESSIVES,
    PRONOUN_SUBJECTS,
    article_for,
    is_past,
    split_subject,
    verb_index,
)
from claims.verb_forms import past_of

DISCOURSE = re.compile(
    r"^(?:More specifically|Specifically|Nevertheless|Nonetheless|However|Meanwhile|Moreover|"
    r"Furthermore|In addition|Overall|All in all|In summary|In conclusion|"
    r"Additionally|Still|Also|Yet|But|And|Instead|Indeed|Separately|"
    r"In turn|As a result|Thus|Therefore)\b,?\s+"
)
_CONCESSIVE = re.compile(r"^(?:despite|in spite of|although|though)\s+(?P<what>having\s+)?", re.I)
_CONCESSIVE_PHRASE = re.compile(r"^(?:despite|in spite of|although|though)\b[^,]+,\s+", re.I)
_IN_ADDITION = re.compile(
    r"^(?:In addition to|Besides|Apart from|Aside from)\s+(?P<what>[^,“”]+),\s+(?=\S)"
)
_POSSESSED = re.compile(r"^(?:his|her|their|its)\s+(?P<noun>(?:[a-z-]+\s){0,2}[a-z-]+)$")
_AFTER_ING = re.compile(r"^(?:after|before|while)\s+(?P<ing>[a-z]+ing)\s+(?P<obj>[^,]+),\s+", re.I)


_AS_ROLE = re.compile(
    r"^As\s+(?P<role>(?:(?:a|an|the)\s+[^,“”]{2,60}|[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)),\s+"
)
_HAVING = re.compile(r"^Having\s+(?P<what>(?:[^,“”]|,(?=\d)){3,80}),\s+")
_BORN_LEAD = re.compile(r"^(Born|Raised|Educated|Based)\s+")
_LEAD = re.compile(
    r"^(?P<lead>(?:On|In|Since|By|Until|Last|Late|Early|This|Soon|Shortly|One|Two|Three|Four|"
    r"Five|Six|Seven|Eight|Nine|Ten|A|An|Earlier|Later|Yesterday|Today|Between|During|From|At|"
    r"After|Before|Throughout|Within|Next|The|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b[^,“”()]{0,60}?),\s+"
)
MOVABLE_LEAD = re.compile(
    r"^(?:In|By|During|Throughout)\s(?:the\s)?\d{4}s?$|^(?:During|Throughout|After|Following|"
    r"Off|Outside|At|Prior to|Under|In|Over|Across|Upon)\s(?!.*\b(?:last|next|this|ago|earlier|"
    r"later|week|month|"
    r"yesterday|today|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)).+$"
)
_SCENE = re.compile(
    r"^(?P<lead>(?:During|Throughout|After|Following|Off|Outside|At|Prior to|Under|In|Over|Across|"
    r"Upon)\s"
    r"[^,“”()]{2,60}?),\s+"
)
_TEMPORAL = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|1[6-9]\d\d|20\d\d|day|days|week|"
    r"weeks|month|months|year|years|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|afterwards?|later|earlier|ago)\b",
    re.I,
)


def fronted_phrases(body: str) -> tuple[str, int, list[tuple[str, str, int, int]]]:
    """(time phrase kept, where the rest starts, "after V-ing X" phrases)."""
    at, lead = 0, ""
    fronted: list[tuple[str, str, int, int]] = []
    for _ in range(4):
        rest = body[at:]
        if m := _IN_ADDITION.match(rest):
            # "In addition to his acting career, S ..." -> "S has an acting career"
            if (own := _POSSESSED.match(m.group("what"))) and not own.group("noun").endswith("ing"):
                noun = own.group("noun")
                article = article_for(noun)
                fronted.append(("has", f"{article} {noun}", at, at + m.end()))
            at += m.end()
        elif (m := _CONCESSIVE.match(rest)) and (end := _subject_after(rest, m.start("what"))):
            # "Despite having starring roles in films such as A (1922), B, and C, she felt":
            # the phrase runs to the clause, and what she had is a fact ("She had starring ...")
            if (what := m.group("what")) and (main := split_subject(rest[end:])):
                verb = "had" if is_past(main[1].split(" ", 1)[0]) else "has"
                fronted.append((verb, rest[m.end() : end].rstrip(" ,"), at, at + end))
            at += end
        elif m := DISCOURSE.match(rest) or _CONCESSIVE_PHRASE.match(rest):
            at += m.end()
        elif m := _AFTER_ING.match(rest):
            fronted.append((past_of(m.group("ing")), m.group("obj"), at, at + m.end()))
            at += m.end()
        elif (m := _AS_ROLE.match(rest)) and _clause_at(rest[m.end() :]):
            # "As a member of the House of Lords, she ..." -> "She is a member of ..."
            fronted.append(("is", m.group("role"), at, at + m.end()))
            at += m.end()
        elif (m := _HAVING.match(rest)) and _clause_at(rest[m.end() :]):
            # "Having over 3,000 animals, the zoo ..." -> "The zoo has over 3,000 animals"
            what = m.group("what")
            verb = "had" if is_past(what.split(" ", 1)[0]) else "has"
            fronted.append((verb, what, at, at + m.end()))
            at += m.end()
        elif (m := _BORN_LEAD.match(rest)) and (end := _subject_after(rest, m.end())):
            verb = "was " + m.group(1).lower()
            fronted.append((verb, rest[m.end() : end].rstrip(" ,"), at, at + end))
            at += end
        elif (m := _LEAD.match(rest)) and not lead and _TEMPORAL.search(m.group("lead")):
            if _clause_in_lead(m.group("lead")):
                break  # a clause, not a phrase
            lead = m.group("lead")
            at += m.end()
        elif (m := _SCENE.match(rest)) and not lead and _subject_after(rest, m.end() - 2):
            if _clause_in_lead(m.group("lead")):
                break
            lead = m.group("lead")  # "Off the field, S ...": moved after the clause
            at += m.end()
        else:
            break
    return lead, at, fronted


def _clause_in_lead(lead: str) -> bool:
    """Whether a fronted phrase holds a verb, so is a clause; "-ed" words after a possessive or
    a determiner describe its noun ("Throughout his long and distinguished career")."""
    tokens = lead.split(" ")
    i = verb_index(tokens)
    if i is None:
        return False
    owned = len(tokens) > 1 and tokens[1].lower() in DETERMINERS | POSSESSIVES
    return not (owned and tokens[i].endswith("ed") and tokens[-1][:1].islower())


def _clause_at(text: str) -> bool:
    """Whether `text` opens with a clause's subject: "she is", "Teresa is", "the zoo has"."""
    own = split_subject(text)
    if own is None or len(own[0].split()) > 5:
        return False
    first = own[0].split(" ", 1)[0]
    return first.lower() in PRONOUN_SUBJECTS | DETERMINERS or first[:1].isupper()


def _subject_after(text: str, start: int) -> int | None:
    """Where the clause after a fronted participle phrase starts ("Born in X, in 1947, he")."""
    for m in re.finditer(r",\s+", text[start:]):
        rest = text[start + m.end() :]
        first = rest.split(" ", 1)[0]
        if first.endswith(",") and first[:1].isupper():
            continue  # "Born in Autlan de Navarro, Mexico, in 1947, he": the place goes on
        own = split_subject(rest)
        if first.lower() in PRONOUN_SUBJECTS or (
            own and own[0][:1].isupper() and len(own[0].split()) <= 4
        ):
            return start + m.end()
    return None
