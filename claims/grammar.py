"""Small word lists and shallow grammar helpers shared by decomposition and context.

No parser: a clause's verb is found from a closed list of auxiliaries and common irregular
verbs plus the "-ed" suffix, and a present verb by its subject ("he enjoys", "the
foundation provides", "his films explore", not "in recent years"); noun phrases are recovered
by scanning back from a boundary to a determiner or over a run of capitalised words
(`name_before` here; the noun phrase, the apposed name and the possessive in
`claims.noun_phrases`). A claim is written out as a sentence by `claims.sentence_form`, a
verb's past by `claims.verb_forms`; a second verb or object after "and" is told by
`claims.after_and`. Cheap (microseconds) and predictable.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CONTRACTED = """isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
    shouldn't don't doesn't didn't cannot""".split()
AUXILIARIES = frozenset(
    """is are was were be been being has have had will would can could may might must shall
    should do does did""".split()
    + _CONTRACTED
    + [w.replace("'", "’") for w in _CONTRACTED]  # "didn’t"
)
IRREGULAR_PAST = frozenset(
    """began became held made took gave sent went came said told met won overran ran led left
    lost fought brought bought built saw knew grew wrote spoke found paid put set struck stood
    kept fell rose hit shot chose drew drove flew sat lay meant sold sought taught thought
    understood withdrew wore died used owed got spent felt heard sang threw broke froze rode
    rang sank shook stole swore tore forgot forgave fled slept spread sprang wept dealt burst
    underwent undertook overcame oversaw
    cost hurt shut quit cast broadcast forecast upset caught cut fed dug blew swept hung ate
    drank lent stuck slid spun bore laid""".split()
)
PRESENT_VERBS = frozenset(
    """sits lies says remains includes contains shows serves borders hosts plays runs leads
    holds owns employs covers stands stretches lives works makes means represents produces
    becomes belongs consists exists flows continues resides remains serves teaches writes
    owns operates manages coaches directs include say tell sings performs competes presides
    specializes specialises focuses appears speaks volunteers denies insists maintains admits
    rejects disputes""".split()
)
# Lowercase words that are adjectives by their suffix ("political", "tireless").
ADJECTIVE = re.compile(r"^[a-z][a-z-]+(?:al|ic|ive|ous|ern|ary|ful|less)$")
# Lowercase "-ed" words that are usually adjectives or nouns, not verbs.
NOT_VERBS = frozenset("""red bed need seed speed feed hundred sacred naked wicked""".split())
DETERMINERS = frozenset(
    """the a an its their his her our this that these those some many several""".split()
)
PRONOUN_SUBJECTS = frozenset("he she it they we i".split())
ING_NOT_PARTICIPLE = frozenset(
    """including according during following regarding concerning notwithstanding bring thing
    king ring sing spring string morning evening something nothing anything everything
    building meeting ceiling wedding funding training""".split()
)
# nouns an "-ing" word modifies: "dribbling skills", "playing style" (no participle, nothing done)
ING_NOUN_HEADS = frozenset(
    """skills skill ability abilities style technique record talent range vision power
    accuracy""".split()
)
TITLES = r"(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Pres|Prof|St)\."
_TITLE_TOKEN = re.compile(rf"^{TITLES}$")


def is_title(token: str) -> bool:
    """ "Gen.", "Dr.": a title before a name, not a part of it."""
    return _TITLE_TOKEN.match(token) is not None


ADVERBS = frozenset(
    """often also later then still never always soon once again now currently subsequently
    eventually recently reportedly previously""".split()
)
PREPOSITIONS = frozenset(
    """in on at for with by to of from as into onto over under about against between among
    during after before since until through across near along within without""".split()
)
# "later that year", "that same day": after "that", a time it points at (no clause)
TIME_NOUNS = frozenset(
    """year month week day night morning afternoon evening season summer winter spring autumn
    fall decade century time same""".split()
)
# endings of nouns for people and their work ("writer", "director", "artist", "chairman")
AGENT_SUFFIXES = "er|or|ist|ian|eer|ee|man|woman|ant|ent"
# an office or a body whose name goes on past "of"/"for" ("the Department of Health and ...")
OFFICE_NOUNS = (
    "Department|Ministry|Secretary|Minister|Committee|Commission|Office|Board|Council|"
    "Bureau|Faculty"
)
# adverbs that open examples after a comma: "side effects, mostly nausea and diarrhoea"
EXAMPLE_ADVERBS = frozenset("mostly mainly largely chiefly primarily especially notably".split())
NAME_LINKS = frozenset({"of", "the", "de", "for", "von", "van", "al", "bin", "&"})


@lru_cache(maxsize=8192)  # pure and called for every token of every candidate clause
def is_verb(token: str, previous: str = "") -> bool:
    """Whether a lowercase token is (the start of) a finite verb group."""
    word = token.strip("“”\"'(),").lower()
    if not word or token[:1].isupper():
        return False
    if word in AUXILIARIES or word in IRREGULAR_PAST or word in PRESENT_VERBS:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in NOT_VERBS


def after_noun_opener(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] follows a preposition or determiner ("through hit films"), so is a
    noun's modifier; "has since directed" is no preposition but an adverb after "has"."""
    previous = tokens[i - 1] if i > 0 else ""
    if previous == "since" and i > 1 and tokens[i - 2] in {"has", "have", "had"}:
        return False
    return previous in PREPOSITIONS | DETERMINERS


def progressive(tokens: list[str], i: int) -> bool:
    """ "is supporting", "were building": an "-ing" verb after a form of "be"."""
    return (
        i > 0
        and tokens[i - 1] in {"is", "are", "was", "were"}
        and tokens[i].endswith("ing")
        and tokens[i] not in ING_NOT_PARTICIPLE
    )


def is_plain_verb(token: str) -> bool:
    """A verb that is not also a common plural noun ("shows", "plays", "works")."""
    return is_verb(token) and token.lower() not in PRESENT_VERBS


def is_past(token: str) -> bool:
    word = token.lower()
    return (
        word in IRREGULAR_PAST
        or word in {"was", "were", "had", "did"}
        or (word.endswith("ed") and word not in NOT_VERBS)
    )


_PRESENT_S = re.compile(r"^[a-z]{2,}(?:[^su'’]s|[^s]es)$")
ADJECTIVE_END = re.compile(r"(?:ful|ous|al|ic|ive|ant|ent|ary|ern|less|ish|est|ed|ing)$")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|ic|i)$")
_RELATIVES = frozenset("who which that".split())
OBJECT_PRONOUNS = frozenset("it them him her us me you".split())
POSSESSIVES = frozenset("his her their its".split())
_OWNERS = POSSESSIVES | {"the", "this"}
_NOT_PRESENT = DETERMINERS | frozenset(
    """thus plus less unless perhaps towards afterwards always sometimes besides whereas news
    series species nevertheless""".split()
)


_FUNCTION_WORDS = (
    DETERMINERS
    | PREPOSITIONS
    | frozenset("when while if although though because as since once and but or so".split())
)


def present_form(token: str) -> bool:
    """Shaped like a third-person present verb: "enjoys", "expresses" (or a plural noun)."""
    return token[-1:] == "s" and bool(_PRESENT_S.match(token)) and token not in _NOT_PRESENT


def present_verb(tokens: list[str], i: int) -> bool:
    """ "He enjoys", "Mike often expresses", "who works", "The foundation provides": a
    third-person present verb outside `PRESENT_VERBS`, known by its subject. A plural noun
    ("in recent years", "Cleveland sports fans were") has no such subject before it, or a verb
    after it."""
    if not present_form(tokens[i]):
        return False
    k = i - 1
    while k > 0 and (tokens[k] in ADVERBS or tokens[k].endswith("ly")) and tokens[k].islower():
        k -= 1
    before = tokens[k].strip("“”\"'()")
    j = i + 1
    while j < len(tokens) - 1 and (tokens[j] in ADVERBS or tokens[j].endswith("ly")):
        j += 1  # "Russian forces recently overran": the verb comes after the adverb
    following = tokens[j].strip("“”\"'(),.") if j < len(tokens) else ""
    if is_verb(following) or before.endswith(",") or _DEMONYM.search(before):
        return False  # "British troops in Kyiv": a nationality before a plural noun
    if before.lower() in PRONOUN_SUBJECTS - {"i", "we", "they"} or before in _RELATIVES:
        return True
    if before[:1].isupper() and before.isalpha() and before.lower() not in _FUNCTION_WORDS:
        # "Premier League titles Ronaldo won": a noun before a name; "Transparency International
        # ranks Bulgaria as ...": a verb, known by the phrase after the name
        return not following[:1].isupper() or _AS_AFTER_NAME.match(" ".join(tokens[j + 1 :]))
    if (
        following == "to"
        and tokens[0].lower() in _OWNERS
        and before.isalpha()
        and before.islower()
        and not ADJECTIVE_END.search(before)
    ):
        return True  # "the South Korean company tries to": a present verb and its infinitive
    return (
        k == 1
        and bool(following)
        and tokens[0].lower() in _OWNERS
        and before.isalpha()
        and before.islower()
        and not ADJECTIVE_END.search(before)  # "his soulful vocals"
    )


_AS_AFTER_NAME = re.compile(r"^(?:[A-Z][\w’'.-]*\s)*(?:as|among|in|at)\s")
_NOT_BARE = _FUNCTION_WORDS | ADVERBS | PRONOUN_SUBJECTS | OBJECT_PRONOUNS | {"all", "both", "each"}


# words after "They" that are no bare verb: "They all", "They too", "They themselves"
_NOT_AFTER_THEY = frozenset("too themselves ourselves also both each".split())


_PLURAL_OWNERS = POSSESSIVES | {"the", "these", "those"}  # once, not per token


def plural_present(tokens: list[str], i: int) -> bool:
    """ "His films explore themes" (the plural of "His film explores"), "They explore themes": a
    bare present verb after an owned plural noun or a plural pronoun, with an object ("the
    sales team of", "the arms race has": nouns)."""
    if i == 1 and tokens[0] in {"They", "We"}:
        # "They explore themes of ...": a bare verb after a plural pronoun
        word = tokens[1]
        return word.isalpha() and word.islower() and word not in _NOT_BARE | _NOT_AFTER_THEY
    if i != 2 or tokens[0].lower() not in _PLURAL_OWNERS:
        return False
    word, following = tokens[2], tokens[3].strip("“”\"'(),.") if len(tokens) > 3 else ""
    bare = word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing", "ly"))
    own = following.isalpha() and following.islower() and following not in PREPOSITIONS
    return (
        bare
        and own
        and present_form(tokens[1])
        and word not in _NOT_BARE
        and not is_verb(following)
    )


def _adverb(token: str) -> bool:
    return token.endswith("ly") or token in {"often", "now", "never", "always"}


_BEFORE_NOUN = frozenset({"and", "or", "&", "of"})
_NOUN_OPENERS = DETERMINERS | _BEFORE_NOUN


def _listed_noun(token: str, previous: str) -> bool:
    """ "novels and plays", "the works": a present verb of the closed list that is a noun here."""
    # "hundreds of volunteers": after "of" too
    return token.lower() in PRESENT_VERBS and previous.lower() in _NOUN_OPENERS


def verb_index(tokens: list[str]) -> int | None:
    """Index of the first verb of a clause (never its first token), skipping quoted text."""
    quoted = False
    for i, token in enumerate(tokens):
        if "“" in token:
            quoted = True
        if (
            i > 0
            and not quoted
            and (
                is_verb(token, tokens[i - 1])
                or (token[-1:] == "s" and present_verb(tokens, i))
                or plural_present(tokens, i)
            )
            and not _listed_noun(token, tokens[i - 1])
        ):
            # "recently overran": the adverb belongs to the verb group, not the subject
            while i > 1 and tokens[i - 1].islower() and _adverb(tokens[i - 1]):
                i -= 1
            return i
        if "”" in token:
            quoted = False
    return None


@lru_cache(maxsize=4096)
def split_subject(clause: str) -> tuple[str, str] | None:
    """(subject, predicate) of a simple clause, or None when no verb is found."""
    tokens = clause.split(" ")
    i = verb_index(tokens)
    if i is None or i > 14:
        return None
    if i > 2 and tokens[i - 1] == "than" and tokens[i - 2] in {"more", "less"}:
        i -= 2  # "The party more than quadrupled its seats": the verb's degree
    return " ".join(tokens[:i]), " ".join(tokens[i:])


_QUOTED_END = re.compile(r"(?:“[A-Z0-9][^“”]{0,80}”|(?<![\w\"])\"[A-Z0-9][^\"]{0,80}\")$")


def name_before(text: str) -> str | None:
    """The run of capitalised words (a name, with title) that ends `text`, or None; a quoted
    title whole ("“What We Do in the Shadows”")."""
    if text.endswith(("”", '"')) and (title := _QUOTED_END.search(text)):
        return title.group(0)
    tokens = text.rstrip().split(" ")
    run: list[str] = []
    for token in reversed(tokens):
        bare = token.strip("“”\"'()")
        if bare[:1].isupper() or _TITLE_TOKEN.match(bare) or (run and bare in NAME_LINKS):
            run.insert(0, token)
            continue
        break
    while run and run[0] in NAME_LINKS:
        run.pop(0)
    if not run or any(ch in run[-1] for ch in ",;"):
        return None
    return " ".join(run)


_AN = re.compile(r"^(?:[aeio]|u(?!ni|k|s[aeiou]|r[aeiou]|tr|t[aeiou]))", re.I)


def article_for(noun_phrase: str) -> str:
    """ "an American pilot", "a Ukrainian club", "an urban area", "a university"."""
    return "an" if _AN.match(noun_phrase) else "a"


def inside_quote(text: str, at: int) -> bool:
    """Whether position `at` is inside “curly quotes” or "straight quotes"."""
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count('"', 0, at) % 2 == 1


MODALS = frozenset("will would can could may might must shall should".split())
_MODALS = MODALS | {"do", "does", "did"}


def object_start(left: list[str], verb_at: int) -> int | None:
    """Where the verb's object starts: after the verb group ("will fund new parks")."""
    i = verb_at
    while i < len(left) and (is_verb(left[i]) or left[i] in ADVERBS or bare_after_aux(left, i)):
        i += 1
    return i if verb_at < i < len(left) else None


# words that open a verb's object: "expand the bus network", "hire 200 teachers"
OBJECT_START = DETERMINERS | frozenset(
    """more new up about nearly at its his her two three four five six seven eight nine ten
    dozens hundreds thousands millions""".split()
)


def bare_verb(word: str) -> bool:
    """ "expand", "hire": a plain lowercase word, not a noun phrase's first word."""
    plain = word.isalpha() and word.islower() and not word.endswith(("ing", "ed", "ly"))
    return plain and word not in AUXILIARIES | DETERMINERS | PREPOSITIONS | OBJECT_START


def bare_after_aux(tokens: list[str], i: int) -> bool:
    """ "will fund", "could remain": a bare verb after a modal or "did"."""
    return (
        i > 0
        and tokens[i - 1] in _MODALS
        and tokens[i].isalpha()
        and tokens[i].islower()
        and tokens[i] not in DETERMINERS
    )
