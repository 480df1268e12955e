"""Sentence spans in news copy."""

from __future__ import annotations

import pytest

from claims.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "On Jan. 11, Moscow reorganized the command. Gen. Valery Gerasimov took over.",
            ["On Jan. 11, Moscow reorganized the command.", "Gen. Valery Gerasimov took over."],
        ),
        (
            "The U.S. Army said so. The drills ended.",
            ["The U.S. Army said so.", "The drills ended."],
        ),
        (
            "“Why?” he asked. Nobody answered.",
            ["“Why?” he asked.", "Nobody answered."],
        ),
        (
            "George W. Bush visited Minsk. He left on Feb. 1.",
            ["George W. Bush visited Minsk.", "He left on Feb. 1."],
        ),
        (  # a capital letter ending a word is no initial
            'The show starred in "M*A*S*H." In 1990 it ended.',
            ['The show starred in "M*A*S*H."', "In 1990 it ended."],
        ),
    ],
)  # fmt: skip
def test_split_sentences(text, sentences):
    spans = split_sentences(text, 10)
    assert [text[s - 10 : e - 10] for s, e in spans] == sentences
