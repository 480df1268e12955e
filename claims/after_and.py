"""After "and": a second verb or a second object, for splitting a clause at "and".

An "-s" word after "and" is a present verb ("plays guitar and sings the anthem", "and now ranks
as": `present_after_and`) or a plural noun, the verb's second object ("shows films and plays",
"plays guitar and drums for the band", "writes novels and poems for children":
`second_object`). Told apart by the words around it: an adverb before it, an object or a phrase
after it, and a short list of plural nouns an "-s" would make verbs. Used by
`claims.joined_clauses` and `claims.pairs`.
"""

from __future__ import annotations

from claims.grammar import (
    ADVERBS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    PRESENT_VERBS,
    is_verb,
    present_form,
)

# Plural nouns that an "-s" would make present verbs ("He drums for the band"): after "and" and
# an object they are a second object ("plays guitar and drums", "shows films and plays").
PLURAL_NOUNS = frozenset(
    """drums guitars keyboards vocals horns strings plays shows works films musicals operas
    concerts songs albums records poems novels books stories essays articles paintings prints
    drawings photographs sculptures pieces games matches races cars trucks jets planes
    helicopters tanks drones missiles weapons arms ships boats phones computers tools toys parts
    goods clothes shoes medicines supplies""".split()
)


def present_after_and(tokens: list[str], i: int, predicate: str) -> bool:
    """ "and now ranks as", "and regularly talks about", "plays guitar and sings the anthem": a
    present verb after "and", told from a plural noun ("guitar and drums") by an adverb before
    it, or by a present main verb and an object or phrase after it."""
    if not present_form(tokens[i]) or i + 1 >= len(tokens):
        return False
    if i > 0:
        return True
    main = predicate.split(" ", 1)[0]
    if not (present_form(main) or main in PRESENT_VERBS):
        return False
    after = tokens[1]
    return (
        after in DETERMINERS | PREPOSITIONS
        or after.lower() in OBJECT_PRONOUNS  # "makes cars and sells them abroad"
        # "funds teachers and provides free passes": an object after it, not an end or a verb
        or (
            after.isalpha()
            and after.islower()
            and not is_verb(after)
            and not after.endswith(("ed", "ing"))
        )
    )


def second_object(left: list[str], right: list[str]) -> bool:
    """ "shows films and plays", "plays guitar and drums for the band", "writes novels and
    poems for children": after the verb's object and "and", an "-s" word that ends the clause
    or takes a phrase is a second object, not a second verb ("plays piano and sings in a
    choir"). Known plural nouns, and unknown "-s" words after a plural object, are nouns."""
    word, last = right[0], left[-1]
    following = right[1] if len(right) > 1 else ""
    if (following and following not in PREPOSITIONS) or not (last.isalpha() and last.islower()):
        return False
    if last in DETERMINERS | PREPOSITIONS | ADVERBS or last.endswith("ly") or is_verb(last):
        return False  # "He writes and plays": no object before "and"
    if word in PLURAL_NOUNS:  # but a known verb with a phrase is one: "and works at a bank"
        return not (following and word in PRESENT_VERBS)
    return (
        bool(following) and word not in PRESENT_VERBS and present_form(word) and present_form(last)
    )
