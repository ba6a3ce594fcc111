"""Wire tables whose figures are written in thousands or millions, as a note above the table says.

Reuters results tables put the scale once, in a note before the rows (`( In Thousands , except per
share data )`), and write `Total Revenue $ 10,756 $ 13,102`: each figure is thousands of dollars, so
its amount is 10,756,000. Per-share rows (`Shr`, `Earnings Per Share`, `Div`) are never scaled, and only
table rows (a line with at least two figures) are, and a blank line ends the table, so prose after it keeps
its own numbers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .tables import MAGNITUDE_WORDS

# `( In Thousands , except per share data )`, `(US$ in millions)`, `( in millions of dollars )`; not
# `( mainly in millions of homes )`, where a word comes before `in` (`( in millions of homes )` would match,
# and scales only rows whose figures carry a `$` or a code).
_NOTE = re.compile(r"\(\s*(?:[A-Z]{0,3}\$\s*|[A-Z]{3}\s+)?in\s+(?P<scale>thousands|millions|billions)"
                   r"(?:\s+of\s+[^\W\d][\w. ]{0,25}?)?\s*(?:[,;)]|except)", re.IGNORECASE)
_PER_SHARE = re.compile(r"\b(?:shr|shares?|eps|per|div|dividends?)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,.]*")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class TableScales:
    """Where each scale note of a text starts, and its factor."""

    starts: list[int]
    factors: list[int]

    @classmethod
    def of(cls, text: str) -> TableScales:
        notes = [(m.end(), MAGNITUDE_WORDS[m.group("scale").casefold()]) for m in _NOTE.finditer(text)]
        return cls([start for start, _ in notes], [factor for _, factor in notes])

    def factor(self, text: str, start: int) -> int:
        """The scale of a figure at `start`: the last note's before it when the figure stands in a table row
        that is not per share; else 1."""
        n = bisect.bisect_right(self.starts, start)
        if n == 0:
            return 1
        line_start = text.rfind("\n", 0, start) + 1
        if line_start < self.starts[n - 1]:
            return 1  # on the note's own line: prose, not a row under it
        if BLANK_LINE.search(text, self.starts[n - 1], line_start):
            return 1  # past the blank line that ends the note's table
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        label = line[: start - line_start]
        if _PER_SHARE.search(label) or len(_FIGURE.findall(line)) < 2:
            return 1
        return self.factors[n - 1]
