"""A broker's estimates table read by its column headers: `Estimates ( Dfl ) : EPS P / E Dividend` over `1996 5.83
13.8 2.75`.

The header names the currency once, in brackets, and then the columns; each row below is a year and one figure per
column. Only the per-share columns (earnings, dividend, price a share) are sums at face value in that currency:
`P / E`, a yield or a percentage is a ratio, and a column of totals would want a scale the header does not give.
A row with more or fewer figures than the header has columns stays unread.
"""

from __future__ import annotations

import re

from .grammar import Grammar, Mention
from .table_rows import currency_at, figures_between

# `Estimates ( Dfl ) : EPS P / E Dividend`: words, a currency in brackets, a colon or none, the column names.
_HEADER = re.compile(r"^[ \t]*[^\W\d][^\n(]{0,30}?\([ \t]*(?P<unit>[^\W\d][^\W\d.]{0,5}\$?)[ \t]*\)[ \t]*:?[ \t]*"
                     r"(?P<columns>[^\W\d][^\n\d]*?)[ \t]*$", re.MULTILINE)
_COLUMN = re.compile(r"[^\W\d_]+(?:[ \t]*/[ \t]*[^\W\d_]+)*")
# `1996 5.83 13.8 2.75`: a year, then figures only.
_ROW = re.compile(r"[ \t]*(?:19|20)\d{2}[A-Z]?(?P<figures>(?:[ \t]+-?\d[\d,]*(?:\.\d+)?)+)[ \t]*")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Columns whose figures are sums per share at face value.
PER_SHARE_COLUMNS = frozenset({"eps", "dps", "dividend", "dividends", "div", "price", "target", "shr", "earnings"})
_ROWS_DOWN = 10


def with_column_rows(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the per-share figures of estimates tables whose header names the currency and the columns."""
    text = grammar.text
    if "(" not in text:
        return found
    extra: list[Mention] = []
    starts: list[int] = []
    for header in _HEADER.finditer(text):
        columns = [c.group().replace(" ", "").replace("\t", "").casefold()
                   for c in _COLUMN.finditer(header.group("columns"))]
        if len(columns) < 2 or not PER_SHARE_COLUMNS & set(columns):
            continue
        starts = starts or [t.start for t in grammar.tokens]
        cur = currency_at(grammar, starts, header.start("unit"))
        if cur is None:
            continue
        covered = {k for m in [*found, *extra] for k in range(m.first, m.last + 1)}
        at = header.end() + 1
        for _ in range(_ROWS_DOWN):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = _ROW.fullmatch(text, at, end)
            if row is None:
                break
            figures = list(_FIGURE.finditer(text, row.start("figures"), row.end("figures")))
            if len(figures) == len(columns):
                for figure, column in zip(figures, columns, strict=True):
                    if column in PER_SHARE_COLUMNS:
                        extra += figures_between(grammar, starts, covered, figure.start(), figure.end(), cur, 1)
            at = end + 1
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found
