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

from .tables import COUNT_LABELS, MAGNITUDE_WORDS

# A table's scale note: `( In Thousands , except per share data )`, `(US$ in millions)`, `( in millions of dollars )`,
# `( millions of guilders unless otherwise stated )`, `( million A$ unless stated )`; not `( mainly in millions of
# homes )`, where a word comes before `in`.
_NOTE = re.compile(r"\(\s*(?:(?P<prefix>[A-Z]{0,3}\$|[A-Z]{3})\s*)?(?P<in>in\s+)?"
                   r"(?P<scale>thousands?|millions?|billions?)"
                   r"(?:\s+of\s+(?P<unit>[^\W\d][^()\n]{0,30}?)"
                   r"|\s+(?P<unit2>[^\W\d]{0,3}\$|[^\W\d]+)(?=\s+(?:unless|except)))?"
                   r"\s*(?:[,;)]|unless|except)", re.IGNORECASE)
# `Financial Data in 000s : 1995 1994`: an IPO filing's note that its rows are in thousands, written as digits.
_THOUSANDS_NOTE = re.compile(r"\bin\s+(?:\$\s*)?000['’]?s\b", re.IGNORECASE)
# A per-share or per-unit row's label, whose figures are never scaled (`Shr`, `Earnings Per Share`, `Div`,
# `Revenue per passenger`).
PER_UNIT = re.compile(r"\b(?:shr|eps|per|div|dividends?)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,.]*")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class ScaleNote:
    """One scale note: where it ends, its factor, and where the currency it names starts (None when it names
    none, or only as a prefix: `(US$ in millions)`)."""

    end: int
    factor: int
    unit_start: int | None
    scoped: bool  # `in millions` or a prefixed currency: it scales figures that carry their own currency


def scale_notes(text: str) -> list[ScaleNote]:
    """The scale notes of `text`, in text order: the one reader of them for both kinds of table."""
    notes = []
    for m in _NOTE.finditer(text):
        unit = "unit" if m.group("unit") is not None else "unit2"
        notes.append(ScaleNote(m.end(), MAGNITUDE_WORDS[m.group("scale").casefold()],
                               m.start(unit) if m.group(unit) is not None else None,
                               m.group("in") is not None or m.group("prefix") is not None))
    notes += [ScaleNote(m.end(), 1000, None, True) for m in _THOUSANDS_NOTE.finditer(text)]
    return sorted(notes, key=lambda note: note.end)


@dataclass(frozen=True)
class TableScales:
    """Where each scale note of a text starts, and its factor."""

    starts: list[int]
    factors: list[int]

    @classmethod
    def of(cls, text: str) -> TableScales:
        notes = [note for note in scale_notes(text) if note.scoped]
        return cls([note.end for note in notes], [note.factor for note in notes])

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
        if PER_UNIT.search(label) or label_words(label) & COUNT_LABELS or len(_FIGURE.findall(line)) < 2:
            return 1
        return self.factors[n - 1]


def label_words(label: str) -> set[str]:
    """The words of a row's label, folded, without those after `per` (`Revenue per passenger` is money)."""
    return {w.casefold() for w in re.findall(r"(?<!per )\b[^\W\d_]+", label, re.IGNORECASE)}
