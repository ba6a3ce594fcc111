"""A bare scaled number that leaves out the currency of the money amount beside it in its sentence.

Wire copy names the currency once and drops it from the figure compared with it:
`rose to 3.83 billion markka in April from 3.43 billion in March`, `revised net profit down to
46 billion from its original target of 50 billion rupiah`, `34.9 million guilders against estimates
ranging from 37.5 to 47.2 million` (a range). The bare number takes that currency only
when everything says it is the same kind of figure: a comparing word before it (`from`, `to`, `at`, also
with an article and one describing word: `at a meagre 5.5 million`),
nothing counted after it (`from 3 million users` counts users), and a scale word the same as, or one
step from, that of an amount with a written currency in the same sentence, or the last item of a list that goes on
as that amount does (`250 million rupees at par ... and 1.126 billion at par`). A bare level with decimals after a
comparing word or `of`, within 3 % of a plain price or rate of its sentence, is in its unit (`slipped to 108.40 yen
from 108.45`, `up from its close of 107.55`) (`fell to 937.9 million yuan from
1.2 billion`: a figure crossing a scale boundary). `11 million people` or a share count stays unread.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .grammar import Amount, Grammar, Mention
from .tables import CLAUSE_JOINERS, ELIDED_INTROS, ELIDED_TAILS, PHRASE_ENDS

_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
_LEVEL_SPAN = Decimal("0.03")  # how far a bare level compared with a price may stand from it


def with_elided(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare scaled numbers that share a currency of their sentence, in text order."""
    tokens = grammar.tokens
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    extra = []
    for i, token in enumerate(tokens):
        between = i > 2 and tokens[i - 1].key == "and" and tokens[i - 3].key == "between"
        if token.kind != "num" or i in covered or i == 0:
            continue
        introduced = tokens[i - 1].key in ELIDED_INTROS or between or _described(grammar, i)
        ranged = i > 2 and tokens[i - 1].key in ("to", "and") and tokens[i - 2].kind == "num" \
            and tokens[i - 3].key in ("from", "between")  # `estimates ranging from 37.5 to 47.2 million`
        if ranged and i - 2 in covered:
            continue
        if not ranged and tokens[i - 1].key == "to" and i > 2 and (
                i - 2 in covered or getattr(grammar.amount(i - 3), "last", None) == i - 2):
            continue  # `forecasts of 37.5 million to 47.2 million`: the high end of a range, not a figure alone
        amount = grammar.amount(i)
        low = grammar.amount(i - 2) if ranged else None
        if amount is not None and amount.currency is None and amount.magnitude == 1 and not ranged \
                and (tokens[i - 1].key in ELIDED_INTROS or tokens[i - 1].key == "of") \
                and _phrase_ends(grammar, amount.last) \
                and (level := _level_partner(grammar, found, i, amount)) is not None:
            cur = level.low.currency
            extra.append(Mention(i, amount.last, replace(amount, currency=cur, share=level.low.share,
                                                         magnitude=level.low.magnitude), shared=True))
            continue  # `The dollar closed at 1.4772 marks , up from 1.4767`: the same level, a day before
        if amount is None or amount.currency is not None or amount.magnitude == 1 \
                or not _phrase_ends(grammar, amount.last) or (ranged and (low is None or low.last != i - 2)):
            continue
        partner = _partner(grammar, found, i, amount.magnitude)
        if partner is None or partner.low.currency is None:
            continue
        if not introduced and not (_same_scale(partner, amount.magnitude) and _closed(grammar, amount.last)) \
                and not _listed(grammar, partner, i, amount.last):
            continue  # `, including 2.6 billion on the CAC-40 shares`: the same scale word, its phrase closed
        cur, share = partner.low.currency, partner.low.share
        high = replace(amount, currency=cur, share=share, magnitude=amount.magnitude * cur.magnitude)
        if low is None:
            extra.append(Mention(i, amount.last, high, shared=True))
        elif low.magnitude == 1 and low.raw < amount.raw:
            low = replace(low, currency=cur, share=share, magnitude=high.magnitude)
            extra.append(Mention(i - 3, amount.last, low, high, shared=True))
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _listed(grammar: Grammar, partner: Mention, i: int, last: int) -> bool:
    """`bids of 250 million rupees at par for three-year bonds ... and 1.126 billion at par for 10-year bonds`: the
    last item of a list, after `and`, followed by the same word as the amount it is listed with."""
    tokens = grammar.tokens
    return tokens[i - 1].key == "and" and last + 1 < len(tokens) and partner.last + 1 < len(tokens) \
        and tokens[last + 1].kind == "word" and tokens[last + 1].key == tokens[partner.last + 1].key


def _level_partner(grammar: Grammar, found: list[Mention], i: int, amount: Amount) -> Mention | None:
    """The price or rate with a written unit in the sentence of token `i` that a bare figure with decimals is
    compared with (`slipped to 108.40 yen from 108.45`): both plain, within 3 % of each other; the one before
    first. A figure far from it (`at 1.4772 marks from 1,200 tonnes`) or written without decimals is none."""
    if not amount.has_fraction:
        return None
    for mention in [*(m for m in reversed(found) if m.last < i), *(m for m in found if m.first > i)]:
        left, right = min(mention.last, i), max(mention.first, i)
        cur = mention.low.currency
        if not _same_sentence(grammar, left, right) or cur is None or cur.kind == "sub" or mention.vague \
                or mention.shared or mention.high is not None or mention.bound is not None \
                or mention.low.magnitude != cur.magnitude or not mention.low.has_fraction:
            continue
        if abs(mention.low.raw - amount.raw) <= mention.low.raw * _LEVEL_SPAN:
            return mention
    return None


def _described(grammar: Grammar, i: int) -> bool:
    """`put new borrowing at a meagre 5.5 million`, `to a record 4.9 billion`: a comparing word, an article and one
    word describing the figure before token `i`."""
    tokens = grammar.tokens
    return i > 2 and tokens[i - 1].kind == "word" and tokens[i - 1].text.islower() \
        and tokens[i - 2].key in ("a", "an") and tokens[i - 3].key in ELIDED_INTROS


def _phrase_ends(grammar: Grammar, last: int) -> bool:
    """Whether the number's phrase ends after token `last` (`3.43 billion in March`, `11.3 billion .`)."""
    tokens = grammar.tokens
    if last + 1 >= len(tokens):
        return True
    after = tokens[last + 1]
    if after.key in ("less", "more") and last + 2 < len(tokens) and tokens[last + 2].key == "than":
        return True  # `3.9 billion less than the 48.2 billion leaving the market`
    return after.kind == "sym" or after.key in PHRASE_ENDS or after.key in ELIDED_TAILS


def _partner(grammar: Grammar, found: list[Mention], i: int, scale: int) -> Mention | None:
    """The nearest amount in the sentence of token `i` whose currency is written with it and whose scale word
    is the same or one step away (`3.83 billion markka` for `3.43 billion`); the one before it first."""
    before = [m for m in reversed(found) if m.last < i]
    after = [m for m in found if m.first > i]
    for side in (before, after):
        for mention in side:
            left, right = min(mention.last, i), max(mention.first, i)
            if not _same_sentence(grammar, left, right) or any(
                    t.key in CLAUSE_JOINERS for t in grammar.tokens[left + 1 : right]):
                break  # `rose to 5 million euros as subscribers grew to 3 million`: another clause's figure
            cur = mention.low.currency
            if mention.vague or mention.shared or cur is None or cur.kind == "sub":
                continue
            if _near_scales(mention.low.magnitude // cur.magnitude, scale):
                return mention
    return None


def _same_scale(partner: Mention, scale: int) -> bool:
    """Whether the partner's written scale word is the bare figure's own (`3.8 billion francs`, `2.6 billion`)."""
    cur = partner.low.currency
    return cur is not None and partner.low.magnitude // cur.magnitude == scale


def _closed(grammar: Grammar, last: int) -> bool:
    """Whether a bare figure's phrase closes after token `last` with a mark or a preposition (`2.6 billion on`,
    `3.9 billion less than`), so nothing counted follows it, as it may after a verb (`had 2 million users`)."""
    after = grammar.tokens[last + 1] if last + 1 < len(grammar.tokens) else None
    return _phrase_ends(grammar, last) and (after is None or after.kind != "sym" or after.text in ",.;)")


def _near_scales(written: int, bare: int) -> bool:
    """Whether two scale words are the same or one step apart (million and billion), as two figures compared
    across a scale boundary are; a figure with no scale word (`to 20`) or thousands against billions is not."""
    return written > 1 and max(written, bare) <= 1000 * min(written, bare)


def _same_sentence(grammar: Grammar, left: int, right: int) -> bool:
    """Whether no sentence end or line break stands between tokens `left` and `right`."""
    between = grammar.tokens[left + 1 : right]
    return not any(t.text in _SENTENCE_ENDS and t.kind == "sym" for t in between) \
        and not grammar.line_break(left, right)
