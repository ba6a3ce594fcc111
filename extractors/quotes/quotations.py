"""Quotation marks in a text: where each quotation opens and closes, straight or curly."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A curly pair, or a straight pair, not crossing a blank line (an unclosed mark never eats an article).
_QUOTED = re.compile(r"“[^“”]*?”|\"[^\"\n]*(?:\n(?!\s*\n)[^\"\n]*)*\"")
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
    """Every quotation of at least `MIN_WORDS` words, in text order."""
    found = []
    for match in _QUOTED.finditer(text):
        inner = Quotation(match.start() + 1, match.end() - 1)
        if len(text[inner.start : inner.end].split()) >= MIN_WORDS:
            found.append(inner)
    return found
