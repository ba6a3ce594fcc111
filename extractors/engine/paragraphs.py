"""A blank line ends a sentence: the parser is told so before it runs.

A headline or a signature without a final stop (`Ben Carson Slams Hillary` over a
blank line and the first paragraph) otherwise runs into the next paragraph's
sentence, and every reader of sentences — holders, speakers, dates' tense — reads
the two as one. spaCy's parser keeps sentence starts a component sets before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "paragraph_sentences"


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every blank line."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc
