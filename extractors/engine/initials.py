"""A middle initial does not end a sentence: the parser is told so before it runs.

`then-Fed Chair Ben S. Bernanke of trying to debase the dollar` was cut after
`S.`, and every reader of sentences lost the rest: the accusation's target, the
quotation's speaker. spaCy's parser keeps the sentence starts a component rules
out before it, as it keeps those one sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "initials_inside_names"


def join_names_at_initials(doc: Doc) -> Doc:
    """No sentence starts at a name's word after a capitalised word and an initial (`Ben S. Bernanke`, `George W.
    Bush`); a word that often opens a sentence may (`backed Plan B. The plan failed`)."""
    for token in doc[1:-1]:
        after = doc[token.i + 1]
        if _initial(token) and doc[token.i - 1].is_title and after.is_title and not after.is_stop:
            after.is_sent_start = False
    return doc


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
