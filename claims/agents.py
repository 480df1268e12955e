"""Who did it: the name after "directed by" in the passage against the claim's.

"Jamie Savage directed The Quiet" and "The Quiet is a 2005 thriller film directed by Jamie
Babbit" name the director in different places, so word alignment cannot compare them. Here the
claim's agent (the name before the verb, or after "VERB by") is compared with the passage's
(the names after "VERB by", up to the next "and VERB-ed by"): another name there is another
agent, unless the passage gives the claim's too ("written by Paul McCartney and John Lennon").
"""

from __future__ import annotations

import re

from claims.similarity import stem
from claims.slots import SlotResult

# the verb as a claim says it, and its participle in "directed by"
_PARTICIPLE = {
    "directed": "directed", "directs": "directed", "wrote": "written", "writes": "written",
    "produced": "produced", "produces": "produced", "composed": "composed",
    "composes": "composed", "founded": "founded", "founds": "founded", "created": "created",
    "creates": "created", "designed": "designed", "designs": "designed",
    "developed": "developed", "develops": "developed", "painted": "painted",
    "paints": "painted", "published": "published", "publishes": "published",
    "voiced": "voiced", "voices": "voiced", "sang": "sung", "sings": "sung", "built": "built",
    "builds": "built", "invented": "invented", "invents": "invented",
    "discovered": "discovered", "discovers": "discovered", "narrated": "narrated",
    "narrates": "narrated", "hosted": "hosted", "hosts": "hosted", "illustrated": "illustrated",
    "illustrates": "illustrated", "recorded": "recorded", "records": "recorded",
}  # fmt: skip
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de|van|von|da|del|la|le|[A-Z][\w'’.-]*)){0,3}"
_ACTIVE = re.compile(
    rf"^(?:The\s+)?(?P<agent>{_NAME})\s+(?:(?:also|has|have|had|co-?)\s+)?"
    rf"(?P<verb>{'|'.join(_PARTICIPLE)})\b"
)


_PASSIVE = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(set(_PARTICIPLE.values())))})\s+by\s+(?P<agent>{_NAME})"
)
# "co-written and produced by Olivier Megaton and Luc Besson": the names up to the clause's end
_BY_PHRASE = (
    r"(?:\s+(?:and|,)\s+[a-z-]+ed)*\s+by\s+"
    r"(?P<agents>[^,;()]+?)(?=\s+and\s+[a-z-]+ed\s+by\b|\s*[,;()]|\s*\.?\s*$)"
)


def check_agent(claim: str, passage: str) -> SlotResult | None:
    """'Jamie Savage directed The Quiet' or 'The Quiet was directed by Jamie Savage' against
    '... directed by Jamie Babbit': another director, writer, singer or founder of the same
    thing."""
    if m := _ACTIVE.match(claim.strip()):
        ours, verb, participle = m.group("agent"), m.group("verb"), _PARTICIPLE[m.group("verb")]
    elif m := _PASSIVE.search(claim):
        ours, verb = m.group("agent").rstrip("."), m.group("verb")
        participle = verb
    else:
        return None
    theirs = re.search(rf"\b{participle}{_BY_PHRASE}", passage)
    named = re.match(_NAME, theirs.group("agents")) if theirs else None
    if theirs is None or named is None:
        return None  # "written by both": no name to compare
    other = named.group(0).rstrip(".")
    surname = ours.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", theirs.group("agents")) or (
        other.split()[-1] in claim
    ):
        return None  # the passage gives the claim's agent too, or the claim names theirs
    if m.re is _ACTIVE and re.search(rf"\b{re.escape(surname)}\b", passage):
        return None  # the claim's agent is in the passage: perhaps in another role
    if re.search(rf"\b{re.escape(surname)}(?:'s)?\s+(?:\w+\s+){{0,2}}{participle}\b", passage):
        return None  # "a remake of Subhash Ghai's directed 1984 film": the claim's too
    return SlotResult(
        "name",
        False,
        f"another name in the same place: claim says {verb} by '{ours}', source says "
        f"{participle} by '{other}'",
        frozenset(stem(w.lower()) for w in ours.split()),
    )
