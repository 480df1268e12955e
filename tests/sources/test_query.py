"""Query building: names first, then key terms; a per-claim budget; no query sent twice."""

from __future__ import annotations

import pytest

from sources.query import claim_queries, clean_entity, key_terms, plan_queries
from tests.sources.httpkit import make_claim


@pytest.mark.parametrize(
    ("entity", "name"),
    [
        ("Gen. Valery Gerasimov", "Valery Gerasimov"),
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
        ("Belarusian Defense Ministry", "Belarusian Defense Ministry"),
        ("Russian", None),
        ("Ukraine’s", "Ukraine"),
    ],
)
def test_clean_entity(entity, name):
    assert clean_entity(entity) == name


def test_key_terms_drop_dates_numbers_and_stopwords_longest_first():
    terms = key_terms("On Jan. 11, Moscow reorganized the command structure of its operation.")
    assert terms[:3] == ["reorganized", "structure", "operation"]
    assert not {"Jan", "11", "the", "of"} & set(terms)


def test_claim_queries_put_names_first_within_the_word_budget():
    claim = make_claim(
        "Gen. Valery Gerasimov was made supreme commander of operations, replacing "
        "Gen. Sergey Surovikin.",
        ("Gen. Valery Gerasimov", "Gen. Sergey Surovikin"),
    )
    queries = claim_queries(claim, max_terms=6)
    assert queries[0] == "Valery Gerasimov Sergey Surovikin operations commander"
    assert queries[1] == "Valery Gerasimov Sergey Surovikin"
    assert all(len(q.split()) <= 6 for q in queries)


def test_plan_respects_the_budget_and_dedups_across_claims():
    a = make_claim("Minsk is the capital of Belarus.", ("Minsk", "Belarus"))
    b = make_claim("Minsk is the capital city of Belarus!", ("Minsk", "Belarus"))
    b = b.model_copy(update={"id": "other"})
    one = plan_queries([a, b], per_claim=1, max_terms=3)
    assert [(q.text, q.claim_ids) for q in one] == [("Minsk Belarus capital", (a.id, b.id))]
    two = plan_queries([a, b], per_claim=2, max_terms=3)
    assert len(two) == 2
    assert two[1].text == "Minsk Belarus" and two[1].claim_ids == (a.id, b.id)
