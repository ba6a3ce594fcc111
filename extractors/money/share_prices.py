"""Share prices of market reports, written in eighths and sixteenths with no `$`.

US wire copy gives a stock's move and its price as bare numbers: `the stock was off 1-1/2 to 18-7/8`,
`the shares were down 1/16 at 3-11/16`, `shed 1-3/4 to close at 21`, `closed at 38-1/2`. Both are money
per share, read as a bare `$` would be. A fraction in halves to sixteenths (on the move or on the price)
marks the style; a sentence about bonds, yields or index points (prices in points of par, 32nds) and a
number that counts something (`1-1/2 games`) are not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .currencies import ONE, Currency
from .grammar import Amount, Grammar, Mention
from .tables import CHANGE_WORDS, MOVE_ADVERBS, NEAR_CHANGE_WORDS, PHRASE_ENDS

_DENOMINATORS = frozenset({"2", "4", "8", "16"})
# Verbs that put a price right after `at` (`closed at 38-1/2`, `was unchanged at 12-1/4`).
_AT_VERBS = frozenset({"closed", "opened", "ended", "finished", "traded", "unchanged", "stood", "close", "end",
                       "finish", "open"})
_MOVES = CHANGE_WORDS | NEAR_CHANGE_WORDS | MOVE_ADVERBS | _AT_VERBS
# Words of a sentence whose fractions are points, not money.
_NOT_SHARES = frozenset({"bond", "bonds", "note", "notes", "treasury", "treasuries", "yield", "yields", "futures",
                         "point", "points", "bund", "bunds", "gilt", "gilts", "index", "percent", "pct", "%"})
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
# Words of a text about the stock market, without which a fraction after `rose` is no share price
# (`Temperatures rose 1/2 to 3`).
_MARKET_WORDS = frozenset({"stock", "stocks", "share", "shares", "traded", "trading", "nasdaq", "nyse", "amex"})


@dataclass(frozen=True)
class _Figure:
    first: int
    last: int
    value: Decimal
    fractional: bool


def with_share_prices(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare share prices of the text, in text order."""
    tokens = grammar.tokens
    if not any(t.text == "/" for t in tokens) or not any(t.key in _MARKET_WORDS for t in tokens):
        return found  # no fraction written, or no word of the market: no report of this style
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    dollar = next(e.ref for e in grammar.currencies.lex.entries[("$",)] if e.kind == "symbol")
    extra: list[Mention] = []
    for i, token in enumerate(tokens):
        if token.key not in _MOVES or i + 1 >= len(tokens):
            continue
        figures = _move(grammar, i + 1)
        if not figures or not any(f.fractional for f in figures) or _about_points(grammar, i):
            continue
        for f in figures:
            if not any(k in covered for k in range(f.first, f.last + 1)):
                cur = Currency(dollar, "symbol", f.first, f.first)
                amount = Amount(f.first, f.last, f.value, 1, ONE, cur, has_fraction=f.fractional)
                extra.append(Mention(f.first, f.last, amount, price=True))
                covered.update(range(f.first, f.last + 1))
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _move(grammar: Grammar, k: int) -> list[_Figure]:
    """The change and price after a move word at `k` (`1-1/2 to 18-7/8`, `at 38-1/2`, `to close at 21`)."""
    tokens = grammar.tokens
    figures = []
    change = _figure(grammar, k)
    if change is not None:
        figures.append(change)
        k = change.last + 1
    if k < len(tokens) and tokens[k].key == "to" and k + 2 < len(tokens) and tokens[k + 1].key in _AT_VERBS \
            and tokens[k + 2].key == "at":
        k += 2  # `to close at 21`
    if k >= len(tokens) or tokens[k].key not in ("to", "at"):
        return figures if change is not None and change.fractional and _ends(grammar, change.last) else []
    price = _figure(grammar, k + 1)
    return [*figures, price] if price is not None and _ends(grammar, price.last) else []


def _figure(grammar: Grammar, k: int) -> _Figure | None:
    """A bare number at `k`: whole, `3-11/16` or `3/4`; fractional only in halves to sixteenths."""
    tokens = grammar.tokens
    if k >= len(tokens) or tokens[k].kind != "num":
        return None
    num = grammar.number(k)
    if num is None or num.in_words:
        return None
    if num.has_fraction:
        return _Figure(k, num.last, num.value, tokens[num.last].text in _DENOMINATORS)
    if k + 2 < len(tokens) and tokens[k + 1].text == "/" and tokens[k + 1].glued and tokens[k + 2].glued \
            and tokens[k + 2].text in _DENOMINATORS and int(tokens[k].text) < int(tokens[k + 2].text):
        return _Figure(k, k + 2, Decimal(tokens[k].text) / Decimal(tokens[k + 2].text), True)
    if "/" in (tokens[k + 1].text if k + 1 < len(tokens) else "") or "," in tokens[k].text:
        return None  # `20/30`, `1,200`: no price of this style
    return _Figure(k, num.last, num.value, False)


def _ends(grammar: Grammar, last: int) -> bool:
    """Whether the phrase ends after token `last` (a mark, a new line, a capitalised day, `after`, `in`),
    not in a noun that the number counts (`1-1/2 games`)."""
    tokens = grammar.tokens
    if last + 1 >= len(tokens) or grammar.line_break(last, last + 1):
        return True
    after = tokens[last + 1]
    return (after.kind == "sym" and after.text not in ("%", "/", "-")) or after.key in PHRASE_ENDS \
        or after.key == "to" or (after.kind == "word" and after.text[:1].isupper())


def _about_points(grammar: Grammar, i: int) -> bool:
    """Whether the sentence around token `i` is about bonds, yields or index points."""
    tokens = grammar.tokens
    start = i
    while start > 0 and tokens[start - 1].text not in _SENTENCE_ENDS and not grammar.line_break(start - 1, start):
        start -= 1
    end = i
    while end + 1 < len(tokens) and tokens[end].text not in _SENTENCE_ENDS and not grammar.line_break(end, end + 1):
        end += 1
    return any(t.key in _NOT_SHARES for t in tokens[start : end + 1])
