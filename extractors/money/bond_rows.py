"""A municipal bond notice's maturity schedule, whose sums are written in thousands with a trailing `M`.

US bond notices give the issue's size once with its `$` (`RE : $ 45,020,000`) and the serial maturities in a
schedule below: `1998 665M 840M 570M` is 665,000, 840,000 and 570,000 dollars (the bond trade's `M`, a thousand),
and so is the schedule's `Grand Total : 290M`, or its bare `TOTAL : 11,450` under rows in `M`. The balance of a
series, alone on its line with cents (`9,215,000.00`), is a sum in the notice's currency too. They are read only in
a text whose amounts are all in one currency, on lines that hold nothing but a maturity date and figures (`10/01 /
1998C 125M 4.50 4.20`), so a year at the head of a sentence (`1998 sales were 665M`) or a company's `3M` stays
unread.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .currencies import Currency
from .grammar import Grammar, Mention

# A thousands figure of the schedule: `665M`, `1,050M`; not `3.5M` (millions in prose) nor `M2`.
_THOUSANDS = re.compile(r"(?<![\w.,$])(?P<figure>\d{1,3}(?:,\d{3})*)M(?![\w.])")
# A schedule row: a maturity (a year, a date `10/01 / 1998C`, a month/day pair), then only figures and dashes.
# Each field is matched one way only and possessively, so a long line that ends in a word fails at once instead
# of trying every way to split its figures (24 figures took seconds).
_ROW = re.compile(r"^[ \t]*(?:\d{1,2}/\d{2}[ \t]*/[ \t]*)?(?:19|20)\d{2}[A-Z]?"
                  r"(?P<rest>(?:[ \t]++(?:-|[\d,.]++[M%]?))++)[ \t]*$", re.MULTILINE)
# The schedule's total field: `Grand Total : 290M`, `TOTAL : 1,250M`.
_TOTAL = re.compile(r"^[ \t]*(?:grand[ \t]+)?total[ \t]*:[ \t]*(?P<rest>\d[\d,]*M)[ \t]*$",
                    re.IGNORECASE | re.MULTILINE)
# The total of a schedule written in `M`, given bare (`TOTAL : 11,450`): thousands as its rows are.
_BARE_TOTAL = re.compile(r"^[ \t]*(?:grand[ \t]+)?total[ \t]*:[ \t]*(?P<rest>\d{1,3}(?:,\d{3})*)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
# A series balance alone on its line, with cents: `9,215,000.00`.
_BALANCE = re.compile(r"^[ \t]*(?P<rest>\d{1,3}(?:,\d{3}){2,}\.\d{2})[ \t]*$", re.MULTILINE)
_THOUSAND = 1000


def with_bond_rows(grammar: Grammar, found: list[Mention], currency: Currency | None) -> list[Mention]:
    """`found` with the sums of a bond notice's schedule, in `currency` (the one the text's amounts are in)."""
    text = grammar.text
    if currency is None or (not _THOUSANDS.search(text) and not _BALANCE.search(text)):
        return found  # the cheap test first: most texts hold no such figure
    figures = [(m.start("figure"), _THOUSAND) for pattern in (_ROW, _TOTAL) for row in pattern.finditer(text)
               for m in _THOUSANDS.finditer(text, row.start("rest"), row.end("rest"))]
    if figures:
        figures += [(m.start("rest"), _THOUSAND) for m in _BARE_TOTAL.finditer(text)]
    figures += [(m.start("rest"), 1) for m in _BALANCE.finditer(text)]
    starts = [t.start for t in grammar.tokens]
    extra = []
    for at, factor in figures:
        k = bisect.bisect_left(starts, at)
        amount = grammar.amount(k) if k < len(starts) and starts[k] == at else None
        if amount is None or amount.currency is not None:
            continue
        scaled = replace(amount, currency=currency, share=currency.share, magnitude=factor * currency.magnitude)
        extra.append(Mention(k, amount.last, scaled, shared=True, table=True))
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found
