"""A ranked list whose first row gives its figure's currency and the rows below leave it out.

Sports wires list prize money so: `1. Ian Woosnam 480,618 pounds sterling`, then `2. Colin Montgomerie
429,449`, `3. Lee Westwood 301,972`: every figure is in the first row's currency. Only rows that start with a rank
and end with a grouped figure follow it, down to the first line that does not; a list whose first row names no
currency (`1. Celtic 45,000` spectators) stays unread.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .grammar import Grammar, Mention

# A ranked row ending with a grouped figure: `2. Colin Montgomerie 429,449`, `10. Stephen Ames ( Trinidad ) 211,175`.
_ROW = re.compile(r"[ \t]*\d{1,3}\.?[ \t]+[^\W\d][^\n]*?[ \t](?P<figure>\d{1,3}(?:,\d{3})+)[ \t]*")
# The first row: a rank, a name, and the figure with its currency to the end of the line.
_FIRST = re.compile(r"[ \t]*\d{1,3}\.?[ \t]+[^\W\d][^\n]*")


def with_ranked_rows(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare figures of ranked lists whose first row's figure carries the currency."""
    text, tokens = grammar.text, grammar.tokens
    if "\n1" not in text and "\n 1" not in text:
        return found  # the cheap test first: a ranked list starts a line with its first rank
    extra: list[Mention] = []
    starts: list[int] = []
    for mention in found:
        if not mention.currencies or mention.high is not None or mention.bound is not None:
            continue
        first_start = text.rfind("\n", 0, tokens[mention.first].start) + 1
        line_end = text.find("\n", tokens[mention.last].end)
        if line_end < 0 or text[tokens[mention.last].end : line_end].strip() \
                or not _FIRST.fullmatch(text, first_start, line_end):
            continue
        starts = starts or [t.start for t in tokens]
        cur = mention.low.currency
        at = line_end + 1
        while (row := _ROW.fullmatch(text, at, _line_end(text, at))) is not None:
            k = bisect.bisect_left(starts, row.start("figure"))
            amount = grammar.amount(k)
            if amount is None or amount.currency is not None or amount.magnitude != 1:
                break
            extra.append(Mention(k, amount.last, replace(amount, currency=cur, share=cur.share), shared=True,
                                 table=True))
            at = row.end() + 1
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
