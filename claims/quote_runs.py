"""Quotations that run over several sentences, each sentence read as the speaker's report.

Wire copy quotes a speaker for two or three sentences and names the speaker after the last:
“My brother has worked here for 19 years. He told me last month that the walls were
cracking,” said Marisol Araya. Split into sentences, the first has an opening mark and no
speaker, the last a closing mark and no opening one; read alone, the first looks like the
writer's own statement and the last puts "He" and "last month" inside a quotation it cannot
see. `quoted_runs` gives each sentence of such a run as the speaker's report, the way the
claim extractor reads a one-sentence quotation: “My brother has worked here for 19 years,”
said Marisol Araya.
"""

from __future__ import annotations

import re

# what follows the closing mark: the speaker's frame (",” said Marisol Araya, 41, ...",
# "” Araya said.")
_FRAME = re.compile(
    r"^\s*(?P<frame>(?:said|says|added|told\s[\w\s]+?)\s[A-Z][^.;]*|"
    r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\s(?:said|says|added|told\s[\w\s]+?)(?:\s[^.;]*)?)"
    r"[.;]?\s*$"
)
_MAX_RUN = 4  # sentences one quotation runs over, at most


def quoted_runs(sentences: list[str]) -> dict[int, tuple[str, int]]:
    """For each sentence inside a quotation that runs over several sentences and ends with a
    speaker, the sentence as that speaker's report and how many characters were put before it
    (1: an opening mark)."""
    runs: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(sentences):
        opening = _opens(sentences[i])
        if opening is None:
            i += 1
            continue
        closing = next(
            (j for j in range(i + 1, min(i + _MAX_RUN, len(sentences))) if _closes(sentences[j])),
            None,
        )
        if closing is None:
            i += 1
            continue
        close_mark = "”" if opening == "“" else '"'
        at = sentences[closing].index(close_mark)
        frame = _FRAME.match(sentences[closing][at + 1 :].lstrip(","))
        if frame is None:
            i = closing + 1
            continue
        for k in range(i, closing):
            body = sentences[k] if k == i else opening + sentences[k]
            body = body.rstrip()
            if body.endswith("."):
                body = f"{body[:-1]},"
            said = frame.group("frame").rstrip(" .")
            runs[k] = (f"{body}{close_mark} {said}.", 0 if k == i else 1)
        runs[closing] = (opening + sentences[closing], 1)
        i = closing + 1
    return runs


def _opens(sentence: str) -> str | None:
    """The mark of a quotation `sentence` opens and does not close."""
    if sentence.startswith("“") and "”" not in sentence:
        return "“"
    if sentence.startswith('"') and sentence.count('"') == 1:
        return '"'
    return None


def _closes(sentence: str) -> bool:
    """Whether `sentence` closes a quotation it did not open."""
    close = sentence.find("”")
    if close >= 0:
        return "“" not in sentence[:close]
    return sentence.count('"') == 1 and not sentence.startswith('"')
