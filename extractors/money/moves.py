"""A bare move written right after a price, in the price's unit: `closed at 5,800 forints , down 300`.

Market reports give a price with its unit, then its move after a comma with the unit left out (`at 90.20 cents ,
up 0.35`). The move is read only after a price something stands `at` (a rate table's `dollar : 143.80 yen , up
0.95` is left as the peers' sets leave it), a plain price (a scale word makes a sum, `5 million forints , up 3`,
whose move would want its own scale word), and only when nothing is counted or measured after it (`, down 300
points`, `, up 3 %`), nor a number a text's extraction split at its point (`up 0 . 95`).
"""

from __future__ import annotations

from dataclasses import replace

from .grammar import Grammar, Mention
from .tables import PHRASE_ENDS

_MOVE_WORDS = frozenset({"up", "down", "off"})
_NOT_MONEY_SIGNS = frozenset({"%"})


def with_moves(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare moves written right after a price, in text order."""
    tokens = grammar.tokens
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    extra = []
    for price in found:
        i = price.last + 3
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
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


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
