"""Who did it, said actively in one text and passively in the other.

"Jamie Savage directed The Quiet" and "The Quiet is a 2005 thriller film directed by Jamie
Babbit" name the director in different places, so word alignment cannot compare them. Here the
claim's agent (the name before the verb) is compared with the passage's (the name after "VERB
by"): another name there, with the claim's nowhere in the passage, is another agent.
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


def check_agent(claim: str, passage: str) -> SlotResult | None:
    """'Jamie Savage directed The Quiet' against '... directed by Jamie Babbit': another
    director, writer, singer or founder of the same thing."""
    m = _ACTIVE.match(claim.strip())
    if m is None:
        return None
    ours = m.group("agent")
    participle = _PARTICIPLE[m.group("verb")]
    theirs = re.search(rf"\b{participle}\s+by\s+(?P<agent>{_NAME})", passage)
    if theirs is None:
        return None
    other = theirs.group("agent").rstrip(".")
    surname = ours.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", passage) or other.split()[-1] in claim:
        return None  # the passage names the claim's agent too, or the claim names theirs
    return SlotResult(
        "name",
        False,
        f"another name in the same place: claim says '{ours}' {m.group('verb')}, source says "
        f"{participle} by '{other}'",
        frozenset(stem(w.lower()) for w in ours.split()),
    )
