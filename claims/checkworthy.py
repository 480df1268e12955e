"""Check-worthiness and kind: can a fact-checker look this claim up, and what sort of fact is it.

Kinds (`claims.model.ClaimKind`), so that reports can group and filter:

- event: something happened or is happening ("Moscow reorganized the command structure ...");
- quantity: a number, measure or amount ("Kyiv sits only 95 miles south of the border.");
- role: someone holds a position ("Pavel Muraveiko is a high-ranking ... defense official.");
- relation: a lasting relation or property ("Bakhmut is a key transport hub for ...");
- attribution: that someone said something, the frame of a report ("The ministry said ...");
- caption: a photo caption, kept once, whole;
- opinion: opinion, intention or characterisation ("... was entirely “defensive in nature.”").

`checkworthy` is false, with `not_checkable_reason`, for hedges, predictions, speculation,
questions, opinions and claims whose subject is still an unresolved pronoun. Editorial notes
about the reporting itself are not claims at all (`is_editorial_note`).
"""

from __future__ import annotations

import re

from claims.attribution import SPEECH_VERBS
from claims.decontextualise import OBJECT_PRONOUN
from claims.grammar import inside_quote
from claims.model import ClaimKind

# Editorial notes about the reporting itself are not claims about the world.
_EDITORIAL_NOTE = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:not\s+)?(?:unable|able)\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm)|\bcould not (?:be )?(?:independently )?"
    r"(?:verif|confirm)|\bhas not (?:been )?independently (?:verified|confirmed)|"
    r"\bdid not (?:immediately )?respond to (?:a )?requests? for comment|"
    r"\bthis (?:article|story|report) (?:has been|was) (?:updated|corrected)",
    re.IGNORECASE,
)
# Adjectives that judge rather than describe, when they are a claim's whole predicate
_JUDGEMENTS = """unrealistic unfair ridiculous absurd reckless irresponsible misguided disgraceful
shameful outrageous unacceptable terrible excellent wonderful awful impressive disappointing
naive foolish stupid brilliant overblown exaggerated appalling deplorable laughable""".split()
# Hedges, predictions and speculation in the claim's own voice.
_HEDGES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\bwill (?:likely|probably|possibly)\b|\bis (?:likely|unlikely) to\b|"
            r"\bare (?:likely|unlikely) to\b|"
            # "Another cut was now more likely than not.": the likelihood is the predicate
            r"\b(?:likely|unlikely)(?: than not)?\.?$",
            re.I,
        ),
        "prediction",
    ),
    (re.compile(r"\b(?:could|might|may)\b(?! (?:not )?have been\b)"), "speculation"),
    (re.compile(r"\bwould\b"), "speculation"),
    # (not the noun: "created in the will of Alfred Nobel", "Nobel's will")
    (
        re.compile(
            r"\b(?:is|are|was|were) expected to\b|(?<!the )(?<!his )(?<!her )(?<!['’]s )"
            r"\bwill\b(?! of\b)",
            re.I,
        ),
        "prediction",
    ),
    (re.compile(r"\b(?:possibly|perhaps|probably|presumably|allegedly)\b", re.I), "hedged"),
    (re.compile(r"\b(?:should|must|ought to)\b", re.I), "opinion"),
    (re.compile(r"\b(?:I|we) (?:think|believe|feel)\b", re.I), "opinion"),
    (
        re.compile(r"\b(?:no|any) intention\b|\bintends? to\b|\bhopes? to\b|\bwants? to\b"),
        "intention",
    ),
    (re.compile(r"\b(?:is|are|was|were|as)\s+(?:\w+ly\s+)?“[^”]+”\.?$"), "characterisation"),
    # a judgement as the whole predicate: "The target is unrealistic."
    (
        re.compile(
            r"\b(?:is|are|was|were|seems?|seemed)\s+(?:\w+ly\s+|too\s+|very\s+|so\s+)?"
            rf"(?:{'|'.join(_JUDGEMENTS)})\.?$"
        ),
        "opinion",
    ),
]
# Words one of the hedges needs (any case): a claim with none of them, and no opening quote
# mark, carries no hedge, and looking its words up is cheaper than any search. Keep in step
# with `_HEDGES`.
_HEDGE_WORDS = frozenset(
    """will likely unlikely could might may would expected possibly perhaps probably presumably
    allegedly should must ought think believe feel intention intend intends hope hopes want
    wants""".split()
    + _JUDGEMENTS
)
# the same for `_UNRESOLVED_DATE`
_RELATIVE_DATE_WORDS = frozenset(
    """last next this past yesterday today tomorrow ago after before later earlier following
    previous afterward afterwards monday tuesday wednesday thursday friday saturday
    sunday""".split()
)
_WORD = re.compile(r"[a-z]+")
# One pass first: most claims carry no hedge, and one search is cheaper than nine.
_ANY_HEDGE = re.compile(
    "|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p, _ in _HEDGES)
)
_ANNOUNCED = re.compile(r"\b(?:announced|pledged|promised|vowed)\b[^.;]{0,40}?\bthat\b.*$")
_OPINION_LABELS = frozenset({"opinion", "intention", "characterisation"})
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|where|whose|when)\b[^,]*(?:,|$)")
_REPORTED = re.compile(
    rf"\b(?:{SPEECH_VERBS}|told [^,.]+?|concerns?|fears?|warnings?|suggested|believes?)"
    r"\s+(?:that\b)?.*$"
)
# A relative date that the article's context could not resolve ("two days after the opening").
_UNRESOLVED_DATE = re.compile(
    r"\b(?:(?:last|next|this) (?:week|month|year|summer|winter|spring|autumn|fall|season|"
    r"weekend)|past (?:summer|winter|spring|autumn|fall|season|weekend)|yesterday|today|tomorrow|"
    # (not a duration: "banned for four years after testing positive")
    r"(?<!\bfor )(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:day|week|month|year)s? (?:ago|after|before|later|earlier)|"
    r"the (?:next|following|previous) (?:day|week|month)|"
    r"(?:soon|shortly) afterwards?|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday))\b",
    re.I,
)
_REPORTER = re.compile(r"^(?:He|She|They|It)\s(?:\w+\s)?(?:said|says|told|added|warned)\b")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
# ("Those who ate the most ...": a group the clause defines, no pronoun)
_UNRESOLVED = re.compile(
    r"^(?:It|They|This|These|Those(?!\s(?:who|with|that)\b)|Its|Their|He|She|His|Her)\b"
)
# An object pronoun the context could not resolve: "The opposition opposed it", "voted for
# them", "expelled him" (`claims.decontextualise` resolves "him" and "her" when a person was
# named);
# not "made it to the final", where "it" stands for nothing.
_UNRESOLVED_OBJECT = re.compile(
    rf" (?P<pronoun>{OBJECT_PRONOUN.pattern}|(?<!made )(?<!make )(?<!makes )(?<!making )"
    r"(?:it|them)\b(?=[.,;:!?]|$|\s+(?:and|but|or|to|in|on|at|for|with|from|as|into|by|over|"
    r"after|before|during|until|because|when|abroad|again|down|up|out|off|back|away)\b))"
)
# "Susan Park is his lawyer": a role claim whose owner `claims.antecedent` left unresolved
_UNRESOLVED_OWNER = re.compile(r" (?:is|was|are|were) (?P<pronoun>his|her|its|their) [\w-]+\.?$")
# "A judge ruled that it violates the First Amendment": the clause's subject is unsaid
_UNRESOLVED_AFTER_THAT = re.compile(r"\bthat (?P<pronoun>it) ")
# a person who ruled or found something, just before "that it": the "it" is not the person
_PERSON_REPORTS = re.compile(
    r"^(?:An?|The)\s(?:[\w-]+\s){0,3}(?:judge|justice|prosecutor|lawyer|scientist|researcher|"
    r"doctor|officer|official|minister|spokes(?:man|woman|person))\s(?:[\w,]+\s){0,5}"
    r"(?:ruled|found|held|concluded|determined|argued|wrote|noted)\s$"
)
# the words each of the two needs, whole (looked up in the claim's words before searching)
_OBJECT_WORDS = frozenset({"him", "her", "it", "them"})
_OWNER_WORDS = frozenset({"his", "her", "its", "their"})
_ACCORDING_FIRST = re.compile(r"^According to [^,]+,")
_ROLE_NOUNS = re.compile(
    r"\b(?:official|commander|commander-in-chief|president|minister|chief|head|director|"
    r"leader|spokes(?:man|woman|person)|member|secretary|ambassador|general|chairman|"
    r"chairwoman|chair|governor|mayor|senator|officer|founder|CEO|editor|coach|captain|"
    r"actor|actress|singer|player|writer|author|politician|diplomat|envoy)s?\b",
    re.I,
)
_STATIVE = re.compile(
    r"\b(?:is|are|sits|lies|remains|borders|belongs|has been|have been)\b"
    r"(?! (?:\w+ )?(?:\w+ed|set|scheduled)\b)"
)


_WHAT_WOULD = re.compile(r"\b(?:of|than|as)\s+what\s[^,.;]{0,60}?\bwould\s\w+")


def is_editorial_note(sentence: str) -> bool:
    return bool(_EDITORIAL_NOTE.search(sentence))


def find_hedge(
    sentence: str, attributed: bool = False, words: frozenset[str] | None = None
) -> str | None:
    """Why a claim is not checkable (hedge, prediction or opinion in its own voice), or None.

    `attributed` marks an attribution frame ("X said Y"): what X said does not count against it.
    """
    if sentence.rstrip("”’\"' ").endswith("?"):
        return "question"
    # (each substitution only where the text holds what its pattern needs: most claims do not)
    own_voice = _RELATIVE_CLAUSE.sub(",", sentence) if "," in sentence else sentence
    # "Mark Rutte announced in July that he would leave politics": the announcement is the fact
    if "that" in own_voice:
        own_voice = _ANNOUNCED.sub("", own_voice)
    if attributed:
        own_voice = _REPORTED.sub("", _QUOTE.sub("", own_voice))
        if _ACCORDING_FIRST.match(own_voice):
            return None
    words = frozenset(_WORD.findall(sentence.lower())) if words is None else words
    if "what" in words and "would" in words:
        # "less than a third of what a similar NASA mission would cost": a comparison
        own_voice = _WHAT_WOULD.sub("", own_voice)
    maybe_hedged = "“" in own_voice or not _HEDGE_WORDS.isdisjoint(words)
    if maybe_hedged and _ANY_HEDGE.search(own_voice):
        for pattern, label in _HEDGES:
            if m := pattern.search(own_voice):
                return f"{label}: “{m.group(0).strip()}”"
    # (a report too: "She said X" is nobody's report a reader can look up)
    if (m := _UNRESOLVED.match(sentence)) and (not attributed or _REPORTER.match(sentence)):
        return f"unresolved reference: “{m.group(0)}”"
    m = None
    if not attributed and not _OBJECT_WORDS.isdisjoint(words):
        m = _UNRESOLVED_OBJECT.search(sentence)
    if m is None and not attributed and not _OWNER_WORDS.isdisjoint(words):
        m = _UNRESOLVED_OWNER.search(sentence)
    if m is None and not attributed and "that" in words and "it" in words:
        m = _UNRESOLVED_AFTER_THAT.search(sentence)
        if m and not _PERSON_REPORTS.search(sentence[: m.start()]):
            m = None  # "Intel announced that it will", "information that it holds"
    if m and not inside_quote(sentence, m.start()):
        return f"unresolved reference: “{m.group('pronoun')}”"
    if (
        not _RELATIVE_DATE_WORDS.isdisjoint(words)
        and (m := _UNRESOLVED_DATE.search(sentence))
        and not inside_quote(sentence, m.start())  # a quotation keeps its words, dated apart
    ):
        return f"unresolved date: “{m.group(0)}”"
    return None


def claim_kind(text: str, role: str, has_quantity: bool, hedge: str | None) -> ClaimKind:
    """The kind of one claim from the part it came from and what it states."""
    if role == "caption":
        return "caption"
    if role == "attribution":
        return "attribution"
    if hedge and hedge.split(":")[0] in _OPINION_LABELS:
        return "opinion"
    if role == "appositive":
        return "role" if _ROLE_NOUNS.search(text) else "relation"
    if has_quantity:
        return "quantity"
    if role == "relative" and _STATIVE.search(text):
        return "relation"
    return "event"


_NUMBER = re.compile(r"\d|\b(?:percent|million|billion|trillion|thousands?|hundreds?)\b", re.I)
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|we're|let's)\b")
_VOTE_OR_RECORD = re.compile(
    r"\b(?:voted|vote|passed|signed|cut|raised|increased|decreased|doubled|tripled|lost|"
    r"created|spent|costs?|taxes|percent|rate|jobs|record|never|always|every|only|first|"
    r"largest|highest|lowest|most|least)\b",
    re.I,
)


def checkworthiness_score(sentence: str) -> float:
    """A ranking score: higher for sentences that state numbers, names, dates and records,
    lower for hedges, questions, first-person talk and fragments. No model, no training."""
    words = sentence.split()
    score = 0.0
    score += 2.0 if _NUMBER.search(sentence) else 0.0
    score += min(len(_NAME.findall(sentence)), 3) * 0.5
    score += 1.0 if _VOTE_OR_RECORD.search(sentence) else 0.0
    score += 0.5 if re.search(r"\b(?:was|were|has|have|had|did)\b|\w+ed\b", sentence) else 0.0
    hedge = find_hedge(sentence)
    score -= 1.5 if hedge and not hedge.startswith("unresolved") else 0.0
    score -= 1.0 if _FIRST_PERSON.search(sentence) else 0.0
    score -= 2.0 if len(words) < 6 else 0.0
    return score + min(len(words), 40) / 80
