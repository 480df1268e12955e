"""Where a figure holds: worldwide, in its home market, or abroad.

Box-office takes, sales and case counts are often given three times in one sentence: "$43.9
million in North America and $368.3 million in other territories for a worldwide total of
$412.2 million". A claim's figure "globally" is the worldwide one, so the passage's figures of
another scope neither confirm nor refute it. The scope is read from the few words said with the
figure, up to the next figure: after it ("in the United States and Canada") or right before it
("a worldwide total of").
"""

from __future__ import annotations

import re

from claims.quantities import FoundQuantity

SCOPES: dict[str, re.Pattern[str]] = {
    # "the world", not "The Hidden World"
    "worldwide": re.compile(r"\b(?:worldwide|world-wide|globally|global|(?-i:world))\b", re.I),
    "abroad": re.compile(
        r"\b(?:overseas|internationally|international|foreign|abroad|other (?:territories|"
        r"countries|markets)|outside (?:the|of|North))\b",
        re.I,
    ),
    "home": re.compile(
        r"\b(?:domestic|domestically|North America|North American|United States|USA|"
        r"(?-i:U\.S\.|US(?!\w))|Canada)",
        re.I,
    ),
}
_AFTER = 45  # characters after a figure that say where it holds, up to the next figure
_BEFORE = 28  # characters before it ("a worldwide total of", "a domestic gross of")
_FIGURE = re.compile(r"[$€£¥]?\d")


def scope_of(text: str, q: FoundQuantity) -> str | None:
    """'worldwide', 'home' or 'abroad' when the words said with the figure name one scope."""
    after = text[q.end : q.end + _AFTER]
    cut = _FIGURE.search(after)
    after = after[: cut.start()] if cut else after
    before = text[max(0, q.start - _BEFORE) : q.start]
    figures = list(_FIGURE.finditer(before))
    if figures:
        before = before[figures[-1].end() :]
    before = re.split(r"[,;:()]|\band\b", before)[-1]  # the figure's own phrase
    after = (
        q.text
        + re.split(
            r"[,;:()]|\band\b(?!\s+Canada)|\b(?:for|with|to|against|bringing|making)\b", after
        )[0]
    )
    found = {
        name for name, pattern in SCOPES.items() if pattern.search(after) or pattern.search(before)
    }
    if "abroad" in found and re.search(r"\boutside\b", after + " " + before, re.IGNORECASE):
        found.discard("home")  # "outside the US and Canada" names home to exclude it
    return found.pop() if len(found) == 1 else None
