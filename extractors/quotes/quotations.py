"""Quotation marks in a text: where each quotation opens and closes, straight, curly or a mix of both."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# A blank line ends a paragraph, and no quotation crosses one: an unclosed mark never eats an article, and a
# quotation running over paragraphs reopens each of them (`“First.` / `“Second.”`).
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Two apostrophes or backticks stand for a double mark in some wire and archive copy (`''smart''`, ``` ``so'' ```).
_MARK = re.compile(r"''|``|[\"“”]")
# Before an opening straight mark: the start, a space, an opening bracket, a dash or a colon (`Clinton:"We`).
_OPENS_AFTER = frozenset(" \t\n([{—–-/:")
# Quotation marks as tokens: alone, or doubled as wire and archive copy writes them (`''`, ``` `` ```) ...
QUOTE_TOKENS = frozenset({'"', "“", "”", "``", "''", "‘", "’"})
# ... those of them that can close a quotation, and those that can open one.
CLOSING_TOKENS = frozenset({'"', "”", "''"})
OPENING_TOKENS = frozenset({'"', "“", "``"})
# A single quoted word is a scare quote (`so-called "experts"`), not what someone said.
MIN_WORDS = 2


@dataclass(frozen=True)
class Quotation:
    """The text between a pair of quotation marks: `start`/`end` exclude the marks."""

    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def quotations(text: str) -> list[Quotation]:
    """Every quotation of at least `MIN_WORDS` words, in text order.

    Marks pair by their role, not their shape: real copy mixes them (`“no evidence" yet`), and pairing by
    shape alone would then quote the text between two quotations."""
    found = []
    start = 0
    for brk in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        found.extend(_paired(text, start, end))
        start = brk.end() if brk else end
    return [q for q in found if len(text[q.start : q.end].split()) >= MIN_WORDS]


def _paired(text: str, start: int, end: int) -> list[Quotation]:
    """The quotations of one paragraph: each opening mark with the next closing one; an opening mark left
    open when another opens is dropped. In text tokenized with spaces (`" We will win , " he said .`), where
    every mark stands apart, marks open and close in turn."""
    found = []
    opened: int | None = None
    marks = list(_MARK.finditer(text, start, end))
    apart = len(marks) > 1 and all(_stands_apart(text, m.start(), m.end(), start, end) for m in marks)
    for match in marks:
        at = match.start()
        if opened is not None and (apart or _closes(text, at, match.end(), end)):
            found.append(Quotation(opened, at))
            opened = None
        elif apart or _opens(text, at, match.end(), start, end):
            opened = match.end()
    return found


def _stands_apart(text: str, at: int, after: int, start: int, end: int) -> bool:
    """A mark with space (or the paragraph's edge) on both sides."""
    return (at == start or text[at - 1].isspace()) and (after >= end or text[after].isspace())


def _opens(text: str, at: int, after: int, start: int, end: int) -> bool:
    """A mark of either role opens when it follows a space or the start and a word follows it."""
    mark = text[at:after]
    if mark == "”":
        return False
    before_ok = at == start or text[at - 1] in _OPENS_AFTER or mark in ("“", "``")
    return before_ok and after < end and not text[after].isspace()


def _closes(text: str, at: int, after: int, end: int) -> bool:
    """A mark of either role closes when no word runs on from it, or when it is glued to the word before."""
    mark = text[at:after]
    if mark in ("“", "``"):
        return False
    return mark == "”" or after >= end or not text[after].isalnum() or not text[at - 1].isspace()


def run_together(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on a verb across a paragraph break (a sentence it ran on over the break), or
    before it across a semicolon outside quotation marks (`He calls for more spending; she calls for less`), is
    another sentence or clause, none of that verb's content (`"It failed; we will try again," he said` is)."""
    doc = verb.doc
    between = doc[min(clause.i, verb.i) : max(clause.i, verb.i)]
    if PARAGRAPH_BREAK.search(between.text_with_ws):
        return True
    return clause.i < verb.i and any(
        token.text == ";" and not any(t.text in CLOSING_TOKENS for t in doc[token.i + 1 : verb.i])
        for token in doc[clause.i : verb.i])
