"""The past tense of a verb from its other forms, for a claim written out in the past.

A participle becomes the past of its verb (", replacing Gen. Sergey Surovikin" -> "replaced",
"running" -> "ran": `past_of`), and so does a bare verb ("went on to appear in 54 games" ->
"appeared", "star" -> "starred", "become" -> "became": `past_of_base`): a table of irregular
verbs first, then the regular spellings (a final "e", a "y" after a consonant, a doubled
consonant). No lexicon beyond the tables.
"""

from __future__ import annotations

import re

IRREGULAR_ING = {
    "making": "made", "taking": "took", "giving": "gave", "becoming": "became",
    "leaving": "left", "holding": "held", "sending": "sent", "bringing": "brought",
    "winning": "won", "running": "ran", "leading": "led", "meeting": "met", "telling": "told",
    "saying": "said", "paying": "paid", "selling": "sold", "building": "built",
    "killing": "killed", "setting": "set", "putting": "put", "hitting": "hit",
    "shooting": "shot", "going": "went", "coming": "came", "seeing": "saw", "finding": "found",
    "having": "had", "being": "was", "fighting": "fought", "losing": "lost", "writing": "wrote",
    "laying": "laid", "fleeing": "fled", "seeking": "sought", "spending": "spent",
    "teaching": "taught", "catching": "caught", "buying": "bought", "thinking": "thought",
    "standing": "stood", "keeping": "kept", "feeling": "felt", "hearing": "heard",
    "speaking": "spoke", "breaking": "broke", "choosing": "chose", "driving": "drove",
    "rising": "rose", "falling": "fell", "growing": "grew", "knowing": "knew",
    "throwing": "threw", "drawing": "drew", "flying": "flew", "sitting": "sat",
    "striking": "struck", "cutting": "cut", "getting": "got", "sinking": "sank",
    "stealing": "stole", "shaking": "shook", "hiding": "hid", "feeding": "fed",
    "digging": "dug", "sweeping": "swept", "lending": "lent", "letting": "let",
    "shutting": "shut", "spreading": "spread", "hurting": "hurt", "costing": "cost",
    "blowing": "blew", "binding": "bound", "withdrawing": "withdrew", "overseeing": "oversaw",
    "undergoing": "underwent", "forgetting": "forgot", "wearing": "wore", "singing": "sang",
    "riding": "rode", "hanging": "hung", "sleeping": "slept", "understanding": "understood",
    "beating": "beat", "bidding": "bid", "quitting": "quit", "splitting": "split",
    "upsetting": "upset", "betting": "bet", "shedding": "shed", "dealing": "dealt",
    "meaning": "meant", "swimming": "swam", "beginning": "began", "sticking": "stuck",
    "swinging": "swung",
}  # fmt: skip


_BASE_PAST = {
    "become": "became", "be": "was", "make": "made", "take": "took", "win": "won",
    "give": "gave", "lead": "led", "write": "wrote", "found": "founded", "teach": "taught",
    "run": "ran", "build": "built", "hold": "held", "sell": "sold", "find": "found",
    "fight": "fought", "spend": "spent", "leave": "left", "get": "got", "sing": "sang",
    "begin": "began", "do": "did", "have": "had", "see": "saw", "lose": "lost",
}  # fmt: skip
_DOUBLED = re.compile(r"^[^aeiou]*[aeiou][bdgmnprt]$")


def past_of_base(base: str) -> str:
    """ "appear" -> "appeared", "star" -> "starred", "become" -> "became"."""
    if base in _BASE_PAST:
        return _BASE_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return base[:-1] + "ied"
    return base + base[-1] + "ed" if _DOUBLED.match(base) else base + "ed"


def past_of(ing: str) -> str:
    """ "replacing" -> "replaced", "visiting" -> "visited", "running" -> "ran"."""
    word = ing.lower()
    if word in IRREGULAR_ING:
        return IRREGULAR_ING[word]
    stem = word[:-3]
    # "replac(e)+ed" and "visit+ed" both give the past by adding "ed"; doubled consonants
    # stay doubled ("planning" -> "planned"); "carrying" -> "carried"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    if stem.endswith(("ee", "ye", "oe")):  # "freeing" -> "freed", "eyeing" -> "eyed"
        return stem + "d"
    return stem + "ed"
