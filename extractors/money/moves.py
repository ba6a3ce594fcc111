"""A bare move written right after or before a price, in the price's unit: `closed at 5,800 forints , down 300`,
`rose 0.30 to 52.10 guilders`.

Market reports give a price with its unit, then its move after a comma with the unit left out (`at 90.20 cents ,
up 0.35`). The move is read only after a price something stands `at` (a rate table's `dollar : 143.80 yen , up
0.95` is left as the peers' sets leave it; a place may stand between, `at 5,200 forints on the BSE , down 600`),
a plain price (a scale word makes a sum, `5 million forints , up 3`,
whose move would want its own scale word), and only when nothing is counted or measured after it (`, down 300
points`, `, up 3 %`), nor a number a text's extraction split at its point (`up 0 . 95`).
"""

from __future__ import annotations

from dataclasses import replace

from .grammar import Grammar, Mention
from .lexer import Token
from .tables import CHANGE_WORDS, MOVE_ADVERBS, PHRASE_ENDS

_MOVE_WORDS = frozenset({"up", "down", "off"})
_NOT_MONEY_SIGNS = frozenset({"%"})
# Verbs a market report moves a price by (`gained 0.30 to 52.10 guilders`); gained, lost and shed are weight's too,
# but a weight is no price here.
_MOVE_VERBS = CHANGE_WORDS | {"gained", "lost", "added", "shed", "firmed", "eased", "slid", "dipped"}


def with_moves(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare moves written right after a price, in text order."""
    tokens = grammar.tokens
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    extra = []
    for price in found:
        i = price.last + 3 + _place_after(tokens, price.last)
        cur = price.low.currency
        if i >= len(tokens) or i in covered or tokens[i - 2].text != "," or tokens[i - 1].key not in _MOVE_WORDS \
                or tokens[i].kind != "num" or cur is None or price.vague or price.high is not None \
                or price.bound is not None or price.low.magnitude != cur.magnitude \
                or price.first == 0 or tokens[price.first - 1].key != "at":
            continue
        move = grammar.amount(i)
        if move is None or move.currency is not None or move.magnitude != 1 or not _ends(grammar, move.last):
            continue
        extra.append(Mention(i, move.last, replace(move, currency=cur, share=price.low.share, magnitude=cur.magnitude),
                             shared=True))
    extra += _moves_before(grammar, found, covered)
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _place_after(tokens: list[Token], last: int) -> int:
    """How many tokens a place written between a price and its move takes (`opened at 5,200 forints on the BSE ,
    down 600`): `on` or `in` and up to three words, else none."""
    if last + 1 >= len(tokens) or tokens[last + 1].key not in ("on", "in"):
        return 0
    for n in range(2, 5):
        if last + n >= len(tokens) or tokens[last + n].kind != "word":
            return n - 1 if last + n < len(tokens) and tokens[last + n].text == "," else 0
    return 0


def _moves_before(grammar: Grammar, found: list[Mention], covered: set[int]) -> list[Mention]:
    """`rose 0.30 to 52.10 guilders`, `ended 0.20 up at 51.00 guilders`: a bare move written before the price it
    led to, whose unit it leaves out. The move follows a verb of change or is followed by `up`/`down`; the price
    is plain (`rose 2 to 5 billion guilders` leaves two what unwritten)."""
    tokens, out = grammar.tokens, []
    for price in found:
        cur = price.low.currency
        k = price.first - 1  # `to` or `at`
        if cur is None or price.vague or price.high is not None or price.bound is not None or price.shared \
                or price.low.magnitude != cur.magnitude or k < 2 or tokens[k].key not in ("to", "at"):
            continue
        adverb = tokens[k - 1].key in MOVE_ADVERBS
        i = k - 1 - int(adverb)  # the move's last token
        first = i
        while first > 0 and tokens[first - 1].kind == "num" and tokens[first].glued:
            first -= 1
        if tokens[i].kind != "num" or i in covered or first == 0:
            continue
        move = grammar.amount(first)
        if move is None or move.last != i or move.currency is not None or move.magnitude != 1 \
                or not (adverb or tokens[first - 1].key in _MOVE_VERBS) or move.raw >= price.low.raw:
            continue  # `September up 16 at $ 10.28`: a move as big as the price is in another unit (cents)
        out.append(Mention(first, i, replace(move, currency=cur, share=price.low.share, magnitude=cur.magnitude),
                           shared=True))
    return out


def _ends(grammar: Grammar, last: int) -> bool:
    """Whether the move's phrase ends after token `last`, with nothing it counts or measures (`300 points`)."""
    tokens = grammar.tokens
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None:
        return True
    if after.kind != "sym":
        return after.key in PHRASE_ENDS
    split = after.text == "." and last + 2 < len(tokens) and tokens[last + 2].kind == "num"  # `up 0 . 95`
    return after.text not in _NOT_MONEY_SIGNS and not split
