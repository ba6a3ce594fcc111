"""Titles written with a person's name (`Prime Minister`, `Mr.`, `Secretary of State`).

A title is a run of title words holding at least one head word (`minister`,
`president`, `mr`); the run stops at anything else, so `Japanese prime
minister Sanae Takaichi` yields `prime minister`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Descriptions a story uses for the person it is about, already named (`the candidate`, `the GOP front-runner`),
# unlike those that bring in someone new (`the judge`, `the spokesman`); capitalised before a name, no part of it
# (`Billionaire Donald Trump`).
EPITHETS: frozenset[str] = frozenset(
    {"candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful", "incumbent", "billionaire",
     "mogul", "tycoon", "magnate", "businessman", "businesswoman", "senator", "congressman", "congresswoman",
     "governor"}
)


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".")


def is_head(token: Token) -> bool:
    return _bare(token) in words(__package__, "title_heads.txt")


def is_title_word(token: Token) -> bool:
    return is_head(token) or _bare(token) in words(__package__, "title_modifiers.txt") or _title_hyphen(token)


def _title_hyphen(token: Token) -> bool:
    """The hyphen of a rank written as one word (`Major-General`, `Lieutenant-Colonel`), which the
    tokenizer splits in three: without it the title run stops at `Major`, read as a name."""
    doc, i = token.doc, token.i
    if token.text != "-" or token.whitespace_ or i == 0 or i + 1 == len(doc) or doc[i - 1].whitespace_:
        return False
    return all(is_head(t) or _bare(t) in words(__package__, "title_modifiers.txt") for t in (doc[i - 1], doc[i + 1]))


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The run without joiners at its edges, if it still holds a head word."""
    while start < end and _bare(doc[start]) == "of":
        start += 1
    if any(is_head(doc[i]) for i in range(start, end)):
        return start, end
    return None


def title_before(doc: Doc, start: int) -> str | None:
    """The title written just before token `start`, if any."""
    i = start
    while i > 0 and is_title_word(doc[i - 1]) and not doc[i - 1].is_sent_end:
        i -= 1
    run = _trimmed(doc, i, start)
    return doc[run[0] : run[1]].text if run else None


def leading_title(doc: Doc, start: int, end: int) -> int:
    """Where the name starts inside a person span that begins with a title (`President Trump`)."""
    i = start
    while i < end - 1 and is_title_word(doc[i]):
        i += 1
    return i if i > start and _trimmed(doc, start, i) else start
