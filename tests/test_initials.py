"""A middle initial does not end a sentence, whatever the parser would have cut after it."""
from __future__ import annotations

import pytest

from extract_facts.extractors import pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(pipeline.DEFAULT_MODEL, {"sentences", "parse"})


@pytest.mark.parametrize(("text", "sentences"), [
    # a name's initial keeps the name, and what follows it, in its sentence
    ("And in 2011, he all but accused then-Fed Chair Ben S. Bernanke of trying to debase the dollar. He left.",
     ["And in 2011, he all but accused then-Fed Chair Ben S. Bernanke of trying to debase the dollar.",
      "He left."]),
    ("The memo reached George W. Bush in Texas.", ["The memo reached George W. Bush in Texas."]),
    # look-alikes: a letter that ends a sentence before a word that opens one
    ("The senator backed Plan B. The plan failed.", ["The senator backed Plan B.", "The plan failed."]),
])
def test_an_initial_inside_a_name_is_no_sentence_end(  # type: ignore[no-untyped-def]
        nlp, text: str, sentences: list[str]) -> None:
    assert [sent.text.strip() for sent in nlp(text).sents] == sentences
