"""A blank line ends a sentence, and so does a line that ends one: the parser is told so before it runs.

A headline or a signature without a final stop (`Ben Carson Slams Hillary` over a
blank line and the first paragraph) otherwise runs into the next paragraph's
sentence, and every reader of sentences — holders, speakers, dates' tense — reads
the two as one. Text with a sentence or a heading per line and no blank lines
(CoNLL's Reuters, transcripts, some exports) does the same at a single line break:
`RAMALLAH , West Bank 1996-08-28` over `The Palestinian Legislative Council on
Wednesday called for ...` made `Ramallah` the council's subject. spaCy's parser
keeps sentence starts a component sets before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "paragraph_sentences"
# What ends a sentence when it is a token of its own (`Mr.`, `U.S.` and `p.m.` keep their stop in the token).
SENTENCE_ENDS = frozenset({".", "!", "?"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "''"})


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and after a single line break that ends a line which is a
    sentence or a heading (see `_line_ended`)."""
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        following = doc[token.i + 1]
        if token.text.count("\n") >= 2 or (_opens_a_line(following) and _line_ended(doc, token.i)):
            following.is_sent_start = True
    return doc


def _opens_a_line(token: Token) -> bool:
    """The next line starts as a sentence does: a capital, or a quotation mark."""
    return token.text[:1].isupper() or token.text in {'"', "“", "``", "'"}


def _line_ended(doc: Doc, newline: int) -> bool:
    """The line before the break ends with a sentence's own stop (`... with Israel .`, `... "the law."`), or has
    no word in lower case: a dateline, a byline or a title in capitals (`LONDON 1996-08-28`, `Peter Griffiths`).
    A hard-wrapped line of prose ends in a word and holds lower-case words, so it goes on."""
    line = []
    for token in reversed(doc[:newline]):
        if "\n" in token.text:
            break
        if not token.is_space:
            line.append(token)
    if not line:
        return False
    last = line[0]
    if last.text in CLOSERS and len(line) > 1:
        last = line[1]
    if last.text in SENTENCE_ENDS:
        return True
    words = [token for token in line if token.text[:1].isalpha()]
    return bool(words) and not any(token.text[0].islower() for token in words)
