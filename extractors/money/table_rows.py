"""Bare figures of a wire table whose unit is written once, above the rows or in a row's label.

Results tables from Amsterdam or Frankfurt give scale and currency in a note and bare figures under it:
`( millions of guilders unless otherwise stated )` then `- Turnover 756 vs 829`, each 756 million guilders; those
from Sydney or Hong Kong write `( million A$ unless stated )`, with per-share rows in cents (`Shr ( cents ) 8.63`).
Indicator tables give the currency in a row's label instead, with the scale or without: `Budget deficit ( HUF )
Jan-July 102 bln`, `RESERVES ( $ MLN ) Jul +1,161`, `M2 money supply ( bln taka ) 456.8 439.9`.
Only table rows count (a label of words, then figures alone to the end of the line); a blank line ends a
note's table. A row that gives its own scale (`Order book ( billions ) 1.07`) takes it; a per-share row and a
figure with its own scale word (`Current 400 million`) keep theirs; a row that counts something else (`Staff (
number )`, `Margin ( pct )`) or gives a day (`Pay date Nov 25`) is no money.

Bond and auction notices write the currency once, in the headline or the lead, and the sums in fields or a column
labelled as the amount: `$ 6 mln bonds` then `Sale Amount : 6,310,000`; `inject 3.412 billion pesos` then `AMOUNT
TERM` over `1.206 bln 9 days`. Such a figure is money in the one currency the text's amounts are in; with two, or
with words after the figure in a field, it stays unread.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal

from .currencies import Currency
from .grammar import Grammar, Mention
from .lexicon import CurrencyRef
from .scaled import BLANK_LINE, PER_UNIT, label_words, scale_notes
from .tables import COUNT_LABELS, MAGNITUDE_ABBREVIATIONS, MAGNITUDE_WORDS, SCALED_LABEL_UNITS

# `FIGURES IN $ MILLION` on a line of its own, above the rows
_HEADING = re.compile(r"^[ \t]*(?:all[ \t]+)?figures[ \t]+in[ \t]+(?P<unit>[^\W\d]{0,3}\$|[A-Z]{3})[ \t]+"
                      r"(?P<scale>thousands?|millions?|billions?|mln|bln)\b", re.IGNORECASE | re.MULTILINE)
# `- Turnover 756 vs 829`, `Order book ( billions ) 1.07 vs 0.98`: words, then figures to the end of the line.
_FIGURE = r"(?:loss[ \t]+)?-?\d[\d,.]*(?:[ \t]+(?:million|billion|mln|bln))?"
# `- Turnover 756 vs 829`, `Current 400 million loss 329 million`, `Group sales 14,600 up 3.3 pct`: words, then figures
# (each with its own scale word or none) to the end of the line, or to a change in percent.
_ROW = re.compile(r"[ \t]*-?[ \t]*(?P<label>[^\W\d][^\d\n]{0,60}?)[ \t]+"
                  r"(?P<figures>" + _FIGURE + r"(?:[ \t]+(?:vs\.?[ \t]+)?" + _FIGURE + r")*)"
                  r"(?:[ \t]+(?:up|down)[ \t]+[\d.]+[ \t]+(?:pct|percent))?[ \t]*")
# `Budget deficit ( HUF ) Jan-July 102 bln ( Jan-June 122 bln )`, `RESERVES ( $ MLN ) Jul +1,161`: a currency in
# brackets in a row's label (which may hold a digit glued to a letter, `M2`), with a scale word before or after it
# or none.
_LABEL_UNIT = re.compile(r"^[ \t]*-?[ \t]*[^\W\d](?:[^\d\n(]|(?<=[^\W\d])\d){0,40}"
                         r"\([ \t]*(?P<unit>[^\s\d()][^\d\n()]{0,16}?)[ \t]*\)(?P<rest>[^\n]*\d[^\n]*)$", re.MULTILINE)
_MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december"})
# Words after a row's label that are no figures but may stand among them: the period (`Jan-July`, `Jul`) and `vs`.
_PERIOD_WORDS = _MONTH_WORDS | {"vs"}
# Words of a row's label that make its figure a day (`Pay date Nov 25`, `Books close September 23-27`).
_DATE_LABELS = _MONTH_WORDS | {"date", "dates"}
_OWN_SCALE = re.compile(r"\(\s*(?P<scale>thousands|millions|billions)\s*\)", re.IGNORECASE)
# `Sale Amount : 6,310,000`: a field labelled as an amount, holding one figure.
# A bond notice's first field may be abbreviated and share its line with the next (`AMT : 3,250,000 DATE : 09/04/96`).
_AMOUNT_FIELD = re.compile(r"^[ \t]*(?:[^\W\d][^\n:\d]{0,30}?[ \t])?(?:amount|amt)[ \t]*:[ \t]*(?P<figure>\d[\d,.]*"
                           r"(?:[ \t]+(?:mln|bln|million|billion))?)[ \t]*(?:$|(?=(?-i:[A-Z][A-Z ]{1,20}:)))",
                           re.IGNORECASE | re.MULTILINE)
# `AMOUNT TERM` over `1.206 bln 9 days`, `Year Amount Coupon Yield` over `1998 575,000`: a column headed as the
# amount, its figure in the same place on each row below.
_AMOUNT_COLUMN = re.compile(r"^(?P<before>[ \t]*(?:[^\W\d]+[ \t]+){0,3})amount\b[^\n\d]*\n"
                            r"(?P<rows>(?:[ \t]*\d[^\n]*(?:\n|$))+)", re.IGNORECASE | re.MULTILINE)
_ROW_FIGURE = re.compile(r"(?P<figure>\d[\d,.]*(?:[ \t]+(?:mln|bln|million|billion)\b)?)")
# A per-share row in the currency's cents (`Shr ( cents ) 8.63`, `Dividend ( H.K. cents ) 18.0`).
_IN_CENTS = re.compile(r"\(\s*(?:[A-Z]\.){0,2}\s*cents\s*\)", re.IGNORECASE)
_CENT = Decimal("0.01")
_NAMING_KINDS = frozenset({"name", "unit", "code", "symbol"})
# A price table's note: `( Prices in rupees per tonne )`, `Soyoil ( in rupees per tonne , free on rail-FOR )`,
# `( dollars per short ton )`: a currency per a unit of the goods.
_PRICE_NOTE = re.compile(r"\(\s*(?:prices?\s+)?(?:in\s+)?(?P<unit>[^\W\d]+(?:\s+[^\W\d]+)?)\s+per\s+[^()\n\d]{1,40}\)",
                         re.IGNORECASE)
# The same note as a heading that ends its line with a colon: `Price per bushel for durum , in dollars per bushel :`.
_PRICE_HEADING = re.compile(r"\bin[ \t]+(?P<unit>[^\W\d]+(?:[ \t]+[^\W\d]+)?)[ \t]+per[ \t]+[^\W\d]+(?:[ \t]+[^\W\d]+)?"
                            r"[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
# An estimates table's note that its figures are cents a share: `( all figures cents per share )`.
_CENTS_NOTE = re.compile(r"\(\s*(?:all\s+)?(?:figures\s+)?(?:in\s+)?(?P<unit>cents)\s+(?:per|a)\s+share\s*\)",
                         re.IGNORECASE)
# A price in such a table: a figure written with a decimal point or thousands separator, or a range of two
# (`12,700-12,950`, `117.00`), and a cash table's move (`5.06 up .02`, `320.00 up 5`); not a plain count (`Dewas 45`,
# `21 pct`) nor a telephone number.
_PRICE = re.compile(r"(?<![\w.,-])(?P<low>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|(?<=\b(?:up|dn) )\.?\d+)"
                    r"(?:-(?P<high>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+))?(?![\w.,-]|[ \t]*(?:%|pct|percent))")
# A line that ends a price table: a rule of dashes, or a blank line.
_TABLE_RULE = re.compile(r"^[ \t]*(?:-{3,}[ \t]*)?$", re.MULTILINE)
_PRICE_ROWS = 40  # lines a price note reaches at most


def with_table_rows(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare figures of the text's tables that a note or a row's label gives a currency."""
    text, tokens = grammar.text, grammar.tokens
    notes = _notes(text) if text else []
    fields = _amount_fields(text) if text else []
    prices = [*_PRICE_NOTE.finditer(text), *_PRICE_HEADING.finditer(text)] if " per " in text else []
    cents = list(_CENTS_NOTE.finditer(text)) if " share" in text else []
    if not tokens or not (notes or fields or prices or cents or _LABEL_UNIT.search(text)):
        return found  # most texts hold no table: skip the offsets index
    starts = [t.start for t in tokens]
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    extra: list[Mention] = []
    for end, unit_start, note_factor in notes:
        cur = currency_at(grammar, starts, unit_start)
        if cur is None:
            continue
        table_end = BLANK_LINE.search(text, end)
        stop = table_end.start() if table_end else len(text)
        line_start = text.find("\n", end) + 1
        while 0 < line_start < stop:
            line_end = text.find("\n", line_start)
            line_end = stop if line_end < 0 or line_end > stop else line_end
            row = _ROW.fullmatch(text, line_start, line_end)
            factor = _factor(row.group("label"), note_factor) if row else None
            if row is not None and factor is not None:
                row_cur = replace(cur, share=_CENT) if _IN_CENTS.search(row.group("label")) else cur
                extra += figures_between(grammar, starts, covered, row.start("figures"), row.end("figures"), row_cur,
                                         factor)
            line_start = line_end + 1
    for row in _LABEL_UNIT.finditer(text):
        unit = _label_unit(grammar, starts, row)
        if unit is not None and _only_figures(row.group("rest")):
            extra += figures_between(grammar, starts, covered, row.start("rest"), row.end("rest"), *unit)
    if fields and (cur := one_currency(found)) is not None:
        for begin, end in fields:
            extra += figures_between(grammar, starts, covered, begin, end, cur, 1)
    for note in prices:
        cur = currency_at(grammar, starts, note.start("unit"))
        if cur is not None and cur.kind in ("name", "unit") and grammar.tokens[cur.last].end == note.end("unit"):
            extra += _prices(grammar, starts, covered, note.end(), cur)
    for note in cents:
        k = bisect.bisect_left(starts, note.start("unit"))
        cur = grammar.currencies.read(k, before_number=False)
        if cur is not None and cur.kind == "sub":
            extra += _prices(grammar, starts, covered, note.end(), cur)
    return _merged(found, extra) if extra else found


def _prices(grammar: Grammar, starts: list[int], covered: set[int], begin: int, cur: Currency) -> list[Mention]:
    """The prices of the table under a price note ending at offset `begin` (`( Prices in rupees per tonne )` above
    `Dewas 45 Yellow 12,700-12,950 12,900-13,150`): each figure written as a price, or range of two, in the
    note's currency, down to a rule of dashes or a blank line; the plain counts beside them (`45`) stay unread."""
    text, tokens, out = grammar.text, grammar.tokens, []
    line_start = text.find("\n", begin) + 1
    rule = _TABLE_RULE.search(text, line_start) if line_start else None
    stop = rule.start() if rule else len(text)
    lines = text[line_start:stop].split("\n", _PRICE_ROWS)[:_PRICE_ROWS]
    stop = min(stop, line_start + sum(len(line) + 1 for line in lines))
    for m in _PRICE.finditer(text, line_start, stop) if line_start else ():
        k = bisect.bisect_left(starts, m.start())
        if k in covered or k >= len(tokens) or starts[k] != m.start():
            continue
        low = grammar.amount(k)
        if low is None or low.currency is not None or low.magnitude != 1:
            continue
        low = replace(low, currency=cur, share=cur.share)
        high = grammar.amount(low.last + 2) if m.group("high") else None
        if high is not None and high.currency is None and high.magnitude == 1:
            high = replace(high, currency=cur, share=cur.share)
            out.append(Mention(k, high.last, low, high, shared=True, table=True))
        else:
            out.append(Mention(k, low.last, low, shared=True, table=True))
        covered.update(range(k, out[-1].last + 1))
    return out


def _notes(text: str) -> list[tuple[int, int, int]]:
    """Where each note that names the currency of the rows below it ends, where that currency starts, and the
    note's factor, in text order: scale notes (`( millions of guilders )`) and headings (`FIGURES IN $ MILLION`)."""
    notes = [(n.end, n.unit_start, n.factor) for n in scale_notes(text) if n.unit_start is not None]
    notes += [(m.end(), m.start("unit"), _scale(m.group("scale"))) for m in _HEADING.finditer(text)]
    return sorted(notes)


def _amount_fields(text: str) -> list[tuple[int, int]]:
    """Offsets of the figures that a field or a column labels as the amount (`Sale Amount : 6,310,000`)."""
    spans = [m.span("figure") for m in _AMOUNT_FIELD.finditer(text)]
    for column in _AMOUNT_COLUMN.finditer(text):
        place = len(column.group("before").split())
        at = column.start("rows")
        for row in column.group("rows").splitlines(keepends=True):
            figures = list(_ROW_FIGURE.finditer(text, at, at + len(row)))
            if len(figures) > place:
                spans.append(figures[place].span("figure"))
            at += len(row)
    return spans


def one_currency(found: list[Mention]) -> Currency | None:
    """The currency of the text's amounts when they are all in one (`$ 6 mln` alone), else None."""
    currencies = [c for m in found for c in m.currencies]
    refs = {c.ref for c in currencies}
    return currencies[0] if len(refs) == 1 else None


def _merged(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    return sorted([*found, *extra], key=lambda m: m.first)


def currency_at(grammar: Grammar, starts: list[int], offset: int) -> Currency | None:
    """The currency written at character `offset` (`guilders`, `HUF`), if any."""
    k = bisect.bisect_left(starts, offset)
    if k >= len(starts) or starts[k] != offset:
        return None
    cur = grammar.currencies.read(k, before_number=False)
    return cur if cur is not None and cur.kind in _NAMING_KINDS else None


def _label_unit(grammar: Grammar, starts: list[int], row: re.Match[str]) -> tuple[Currency, int] | None:
    """The currency and the factor a row label's brackets name (`( HUF )`, `( $ MLN )`, `( bln taka )`)."""
    words = list(re.finditer(r"\S+", row.group("unit")))
    factor = 1
    if len(words) > 1 and _is_scale(words[0].group()):
        factor, words = _scale(words[0].group()), words[1:]
    elif len(words) > 1 and _is_scale(words[-1].group()):
        factor, words = _scale(words[-1].group()), words[:-1]
    base = row.start("unit")
    code = SCALED_LABEL_UNITS.get(words[0].group()) if factor > 1 and len(words) == 1 else None
    if code is not None:  # `( bln pts )`: billions of pesetas
        k = bisect.bisect_left(starts, base + words[0].start())
        return Currency(CurrencyRef(frozenset({code})), "code", k, k), factor
    cur = currency_at(grammar, starts, base + words[0].start())
    if cur is None or grammar.tokens[cur.last].end != base + words[-1].end():
        return None
    return cur, factor


def _is_scale(word: str) -> bool:
    return word.casefold() in MAGNITUDE_WORDS or word in MAGNITUDE_ABBREVIATIONS


def _factor(label: str, scale: int) -> int | None:
    """The scale of a row's figures: its own (`( billions )`), none per share, the note's else; None for a row
    that counts something other than money (`Margin ( pct )`, `Staff`)."""
    words = label_words(label)
    if words & _DATE_LABELS:
        return None  # `Pay date Nov 25`, `Dividend payable October 8`: a day, not a sum
    if "%" in label or words & COUNT_LABELS:
        return None  # `Deliveries`, `Passengers ( mln )`, but not `Revenue per passenger`
    if PER_UNIT.search(label):
        return 1
    own = _OWN_SCALE.search(label)
    return _scale(own.group("scale")) if own else scale


def _scale(word: str) -> int:
    """`millions`, `MILLION`, `mln`: the factor of a scale word."""
    return MAGNITUDE_WORDS.get(word.casefold()) or MAGNITUDE_ABBREVIATIONS[word.casefold()]


def figures_between(grammar: Grammar, starts: list[int], covered: set[int], begin: int, end: int, cur: Currency,
                    factor: int) -> list[Mention]:
    """The bare numbers written between offsets `begin` and `end`, as amounts in `cur` times `factor`. A number
    grouped by a space (`90 568`) is two of a row's cells, not one figure, and stays unread."""
    tokens, out = grammar.tokens, []
    k = bisect.bisect_left(starts, begin)
    while k < len(tokens) and tokens[k].start < end:
        amount = grammar.amount(k) if tokens[k].kind == "num" and k not in covered else None
        if amount is None or amount.currency is not None or tokens[amount.last].end > end \
                or (amount.magnitude == 1 and _year(tokens[k].text)) or " " in tokens[k].text:
            k += 1
            continue
        own = amount.magnitude if amount.magnitude > 1 else factor  # `400 million` under a note in billions
        scaled = replace(amount, currency=cur, share=cur.share, magnitude=own * cur.magnitude)
        out.append(Mention(k, amount.last, scaled, shared=True, table=True))
        covered.update(range(k, amount.last + 1))
        k = amount.last + 1
    return out


def _only_figures(rest: str) -> bool:
    """Whether a row's text after its label holds figures, periods and scale words only, not prose (`( CHF ) said
    it sold 5 million shares`) nor a heading's words (`GOVT.BUDGET ( bln pts ) Govt.Fcast 96`)."""
    return all(_is_scale(word) or word.casefold() in _PERIOD_WORDS for word in re.findall(r"[^\W\d_]{2,}", rest))


def _year(figure: str) -> bool:
    return figure.isdigit() and len(figure) == 4 and 1800 <= int(figure) <= 2100
