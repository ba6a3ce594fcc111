"""A table whose unit is given in a note under it: `NOTES - Sales and operating profit are given in millions of
guilders .` below `Newspapers 363 49 295 46`.

Breakdowns of company results put the unit in the notes that close the story, not above the rows. Such a note
scales and prices the bare figures of the rows above it, up to the line that introduces the table (one ending
with a colon or a full stop) or a blank line; a row is a label of words and then only figures, dashes and the
words `loss`, `profit`, `vs`, and rows that count (`Avg shrs`) or give a figure per share keep theirs. A US results
table closes with `( All Data Above 000s Except Per Share Numbers )`: its bare rows (`Net loss 1,071 loss 277`) are
thousands in the one currency the text's amounts are in. A note that names no currency (`in thousands`) or a
sentence that names one in passing (`revenue grew in millions of guilders`) without the `NOTE` heading scales
nothing.
"""

from __future__ import annotations

import re

from .currencies import Currency
from .grammar import Grammar, Mention
from .scaled import PER_UNIT, label_words
from .table_rows import currency_at, figures_between, one_currency
from .tables import COUNT_LABELS, MAGNITUDE_WORDS

# `NOTES - Sales and operating profit are given in millions of guilders .`, `Note - Figures are unadjusted , in billions
# of dollars .`, `All figures in billions of dollars .`
_NOTE = re.compile(r"^[ \t]*(?:NOTES?[ \t]*[-:]|All[ \t]+figures\b)[^\n]*?\bin[ \t]+"
                   r"(?P<scale>thousands|millions|billions)[ \t]+of[ \t]+"
                   r"(?P<unit>[^\W\d]+(?:[ \t]+[^\W\d]+)?)[ \t]*\.?[ \t]*$", re.MULTILINE | re.IGNORECASE)
_CELL = r"(?:-+|[+-]?\d[\d,.]*|loss|profit|vs\.?)"
# `Commercial TV 127 6 loss 174 33 profit`, `Miscellaneous charges --- 16 --- 30`, `M1 63.02 62.83`, `Net foreign
# currency - 12.63 - 12.08`: a label (a digit may stand glued to a letter), then cells only.
_ROW = re.compile(r"[ \t]*(?P<label>[^\W\d](?:[^\d\n]|(?<=[^\W\d])\d)*?)[ \t]+"
                  r"(?P<cells>" + _CELL + r"(?:[ \t]+" + _CELL + r")*)[ \t]*")
# A US results table's closing note that its figures are thousands: `( All Data Above 000s Except Per Share Numbers )`.
_THOUSANDS_NOTE = re.compile(r"^[ \t]*\([ \t]*(?:all[ \t]+)?(?:data|figures)[ \t]+(?:above[ \t]+)?(?:in[ \t]+)?"
                             r"000['’]?s\b[^\n)]*\)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ROWS_UP = 30  # lines a note reaches up at most


def with_trailing_notes(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare figures of the rows above a note that gives their scale and currency."""
    text = grammar.text
    if "NOTE" not in text and "Note" not in text and "figures" not in text and "000s" not in text:
        return found  # the cheap test first
    starts = [t.start for t in grammar.tokens]
    notes: list[tuple[int, Currency, int]] = []
    for note in _NOTE.finditer(text):
        cur = currency_at(grammar, starts, note.start("unit"))
        if cur is not None and grammar.tokens[cur.last].end == note.end("unit"):
            notes.append((note.start(), cur, MAGNITUDE_WORDS[note.group("scale").casefold()]))
    if (cur := one_currency(found)) is not None:
        notes += [(note.start(), cur, 1000) for note in _THOUSANDS_NOTE.finditer(text)]
    extra: list[Mention] = []
    for at, cur, factor in notes:
        covered = {k for m in [*found, *extra] for k in range(m.first, m.last + 1)}
        end = at - 1
        for _ in range(_ROWS_UP):
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end].rstrip()
            if begin <= 0 or not line.strip() or line.endswith((":", ".")):
                break
            row = _ROW.fullmatch(text, begin, end)
            if row is not None and not _counts(row.group("label")):
                extra += figures_between(grammar, starts, covered, row.start("cells"), row.end("cells"), cur, factor)
            end = begin - 1
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _counts(label: str) -> bool:
    """Whether a row's label names a count or a per-share figure (`Avg shrs`, `Shr`), no sum in the note's unit."""
    return bool(label_words(label) & COUNT_LABELS or PER_UNIT.search(label))
