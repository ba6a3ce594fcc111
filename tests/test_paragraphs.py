"""A blank line ends a sentence, whatever the parser would have run on over it."""
from __future__ import annotations

import pytest

from extract_facts.extractors import pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(pipeline.DEFAULT_MODEL, {"sentences", "parse"})


@pytest.mark.parametrize(("text", "starts"), [
    # a headline without a stop, and a signature line, end at their blank line
    ("Ben Carson Slams Hillary And The Media In One Debate Answer\n\nBen Carson spoke on Thursday.",
     ["Ben Carson Slams", "Ben Carson spoke"]),
    ("Photo by Jane Doe\n\nThe senator spoke on Friday.", ["Photo by Jane Doe", "The senator spoke"]),
    # look-alike: a single line break inside a wrapped paragraph is no sentence break
    ("The senator said the bill\nwould pass on Friday.", ["The senator said"]),
    # one sentence or heading a line and no blank lines (Reuters as CoNLL has it): a dateline or byline line, and
    # a line ending in its own stop, end their sentence at the single line break
    ("Council calls for halt to talks .\nRAMALLAH , West Bank 1996-08-28\nThe council on Wednesday called for a "
     "halt .", ["Council calls", "RAMALLAH", "The council"]),
    ("Shares rose to a record .\nPeter Griffiths\nA firm start on Wall Street helped push shares higher .",
     ["Shares rose", "Peter Griffiths", "A firm start"]),
    ('He said the plan "would fail."\nThe minister disagreed.', ['He said', "The minister"]),
    # look-alikes: a wrapped line ends in a word, or in an abbreviation that keeps its stop, and goes on
    ("The senator met Governor Gavin\nNewsom on Friday.", ["The senator met"]),
    ("The talks were led by the U.S.\nAmbassador to the United Nations on Friday.", ["The talks were"]),
])
def test_a_blank_line_starts_a_sentence(nlp, text: str, starts: list[str]) -> None:  # type: ignore[no-untyped-def]
    sentences = [sent.text.strip() for sent in nlp(text).sents]
    assert [s for s in sentences if s] and all(any(s.startswith(w) for s in sentences) for w in starts)
    assert len([s for s in sentences if s]) == len(starts)
