"""A bare exchange rate: a number quoted against a currency, in a sentence about another currency.

Currency reports give a rate without a unit: `The rand was last bid at 4.5350 against the dollar`,
`the franc lost half a centime to 3.4211 per mark`. The number is money in one currency of the pair,
the one the market prices the other in: the rand's rate is in rand, but the dollar's or sterling's rate
is in the currency it is quoted against (QUOTED_AS_UNIT). The pair must be written in the sentence: the
currency it is about before the number, the other right after `against the` or `per`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal

from .currencies import Currency
from .grammar import Amount, Grammar, Mention
from .lexer import Token
from .numbers import NUMBER_WORDS
from .tables import CHANGE_WORDS, COPULAS, PHRASE_ENDS, QUOTED_AS_UNIT

_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
_UNIT_KINDS = frozenset({"name", "unit"})
_LINKS = frozenset({"against", "per", "to"})  # `at 4.5350 against the dollar`, `was 3,161 to the dollar`
# A currency's level with no pair written: `the peso closed at 1,044`, `hit a high of 1,037`.
_LEVEL_LINKS = frozenset({"at", "of"})
# A market verb, or a verb of being (`the rupiah was at 2,343.00 in early trading`).
_LEVEL_VERBS = frozenset({"closed", "ended", "opened", "finished", "stood", "traded", "quoted", "fixed", "settled",
                          "high", "low", "bid", "was", "is", "were"})
# Words that join another clause, whose figure is another thing's (`the rupiah was stable , and the index was at`);
# a comma alone may open the currency's own clause (`the peso , which ended at 1,041`).
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "whereas"})
_LEVEL_REACH = 8  # tokens between the currency and its level
# Words before a further level of a currency already quoted (`after opening at 819.10`, `ranged from 817.60`).
_FURTHER_LINKS = frozenset({"at", "from", "of", "above", "below", "near", "around", "and"})
# `Dollar / mark ...` on a line of its own, then `1.4871 ( 1.4935 )`: figures and brackets only.
_PAIR_ROW = re.compile(r"^[ \t]*(?P<base>[^\W\d]+)[ \t]*/[ \t]*(?P<quote>[^\W\d]+)[ \t.:]*\n"
                       r"(?P<rates>[ \t]*\d[\d.,]*(?:[ \t]*\([ \t]*\d[\d.,]*[ \t]*\))?)[ \t]*$", re.MULTILINE)
# How far a further level may lie from the first: a day's range of a currency is a few per cent.
LEVEL_SPREAD = Decimal("0.03")
# Words that may follow a currency that is the subject of its level, besides market verbs, verbs of change and
# words ending in -ed or -ly (`the rand hit`, `the peso , which`); any other word makes the currency a modifier of
# the noun it names (`the peso index`, `rupee futures`, `the peso crisis`).
_SUBJECT_FOLLOWERS = frozenset({"hit", "has", "had", "also", "last", "then", "which", "itself", "held", "slid",
                                "sank", "broke"})


def with_rates(grammar: Grammar, found: list[Mention]) -> list[Mention]:
    """`found` with the bare exchange rates of the text, in text order."""
    tokens = grammar.tokens
    covered = {k for m in found for k in range(m.first, m.last + 1)}
    extra = []
    for i, token in enumerate(tokens):
        if token.kind != "num" or i in covered or i + 1 >= len(tokens):
            continue
        linked = tokens[i + 1].key in _LINKS
        if not linked and not (i > 0 and tokens[i - 1].key in _LEVEL_LINKS):
            continue
        if i > 1 and tokens[i - 2].kind == "num" and tokens[i - 1].key in ("-", "–", "to"):
            continue  # `7.85-8.15 per dollar`: the end of a range of rates, not a rate of its own
        amount = grammar.amount(i)
        if amount is None or amount.currency is not None or amount.magnitude != 1:
            continue
        unit = _pair_unit(grammar, i, amount.last) if linked else _level(grammar, i)
        if unit is None:
            continue
        extra.append(Mention(i, amount.last, replace(amount, currency=unit, share=unit.share), shared=True,
                             rate=True))
    extra += _further_levels(grammar, extra, covered)
    extra += _pair_rows(grammar, covered)
    return sorted([*found, *extra], key=lambda m: m.first) if extra else found


def _pair_rows(grammar: Grammar, covered: set[int]) -> list[Mention]:
    """A markets table's rate rows: a pair on a line of its own, its rates on the next (`Dollar / mark ...` over
    `1.4871 ( 1.4935 )`): each bare figure is in the second currency, the one the first is priced in."""
    text, tokens, found = grammar.text, grammar.tokens, []
    if not text or "/" not in text:
        return found
    starts = None
    for row in _PAIR_ROW.finditer(text):
        starts = starts or [t.start for t in tokens]
        first = bisect.bisect_left(starts, row.start("base"))
        quote = bisect.bisect_left(starts, row.start("quote"))
        base_cur = grammar.currencies.read(first, before_number=False) if first < len(tokens) else None
        cur = grammar.currencies.read(quote, before_number=False) if quote < len(tokens) else None
        if base_cur is None or cur is None or cur.kind not in _UNIT_KINDS or base_cur.kind not in _UNIT_KINDS \
                or base_cur.ref == cur.ref:
            continue
        k = bisect.bisect_left(starts, row.start("rates"))
        while k < len(tokens) and tokens[k].start < row.end("rates"):
            amount = grammar.amount(k) if tokens[k].kind == "num" and k not in covered else None
            if amount is None or amount.currency is not None or amount.magnitude != 1:
                k += 1
                continue
            found.append(Mention(k, amount.last, replace(amount, currency=cur, share=cur.share), shared=True,
                                 rate=True))
            k = amount.last + 1
    return found


def _further_levels(grammar: Grammar, rates: list[Mention], covered: set[int]) -> list[Mention]:
    """The other levels a report gives of the currency whose level it just gave: `The won closed at 818.10 ,
    after opening at 819.10 .\nIt ranged from 817.60 to 819.30`. A bare number in that sentence or the next,
    after a word that places a level (`at`, `from`, `to`, `the ... level`), within LEVEL_SPREAD of the first
    level, is that currency too; an index or a count beside a currency's rate is far from it (`the index rose to
    5,710`)."""
    tokens, found = grammar.tokens, []
    taken = set(covered)
    for rate in rates:
        taken.update(range(rate.first, rate.last + 1))
    for rate in rates:
        level, unit = rate.low.value, rate.low.currency
        ends, about = 0, False
        k = rate.last + 1
        while k < len(tokens) and ends < 2:
            token = tokens[k]
            ended = tokens[k - 1].kind == "sym" and tokens[k - 1].text in _SENTENCE_ENDS
            if (token.kind == "sym" and token.text in _SENTENCE_ENDS) or (grammar.line_break(k - 1, k) and not ended):
                ends += 1
                # the next sentence goes on about the currency only as `It` (`It ranged from ...`), not when it
                # opens on another subject (`The composite index closed at 812.5`)
                opener = k + 1 if token.kind == "sym" else k
                about = opener < len(tokens) and tokens[opener].key == "it"
            if token.key in _CLAUSE_BREAKS and k + 1 < len(tokens) and tokens[k + 1].kind != "num":
                break  # `, while the index ended at 812.5`: another clause's figure
            if token.kind == "num" and k not in taken and (ends == 0 or about) and _places_a_level(tokens, k):
                amount = _near_level(grammar, k, level)
                if amount is not None:
                    high = _near_level(grammar, amount.last + 2, level) \
                        if tokens[k - 1].key == "from" and amount.last + 2 < len(tokens) \
                        and tokens[amount.last + 1].key == "to" else None
                    low = replace(amount, currency=unit, share=unit.share)
                    if high is None:
                        found.append(Mention(k, amount.last, low, shared=True, rate=True))
                    else:  # `ranged from 817.60 to 819.30`
                        found.append(Mention(k - 1, high.last, low, replace(high, currency=unit, share=unit.share),
                                             shared=True, rate=True))
                        amount = high
                    taken.update(range(k, amount.last + 1))
                    k = amount.last
            k += 1
    return found


def _places_a_level(tokens: list[Token], k: int) -> bool:
    """Whether the number at token `k` stands where a level does: after `at`, `from`, `to`, `of`, `above`, ...,
    or between `the` and `level` (`just above the 820 level`)."""
    before = tokens[k - 1].key
    if before == "the":
        return k + 1 < len(tokens) and tokens[k + 1].key == "level"
    return before in _FURTHER_LINKS


def _near_level(grammar: Grammar, k: int, level: Decimal) -> Amount | None:
    """The bare amount at token `k` when it lies within LEVEL_SPREAD of `level` and ends its phrase."""
    if k >= len(grammar.tokens) or grammar.tokens[k].kind != "num":
        return None
    amount = grammar.amount(k)
    if amount is None or amount.currency is not None or amount.magnitude != 1 or not level:
        return None
    after = grammar.tokens[amount.last + 1] if amount.last + 1 < len(grammar.tokens) else None
    if after is not None and (after.text == "%" or after.key in ("percent", "pct", "points")):
        return None
    return amount if abs(amount.value - level) <= LEVEL_SPREAD * level else None


def _pair_unit(grammar: Grammar, i: int, last: int) -> Currency | None:
    """The unit of a rate at token `i` quoted against a currency (`at 4.5350 against the dollar`)."""
    against = _against(grammar, last + 1)
    subject = _subject(grammar, i) if against is not None else None
    if against is None or subject is None or subject.ref == against.ref:
        return None
    return against if _quoted_as_unit(subject) else subject


def _level(grammar: Grammar, i: int) -> Currency | None:
    """The currency whose level the number at token `i` gives, with no pair written (`Colombia 's peso closed
    lower at 1,044`, `the Indonesian rupiah was at 2,343.00`): a currency named as a noun a few words before, a
    market verb or a verb of being between them, no other clause and nothing else named or counted. The dollar's,
    sterling's or the euro's level is in a currency the text does not write, so it stays unread."""
    tokens = grammar.tokens
    for k in range(i - 2, max(-1, i - _LEVEL_REACH - 2), -1):
        token = tokens[k]
        if token.kind == "num" or (token.kind == "sym" and token.text in _SENTENCE_ENDS) \
                or grammar.line_break(k, k + 1):
            return None
        cur = grammar.currencies.read(k, before_number=False)
        if cur is not None and cur.kind in _UNIT_KINDS and cur.last < i:
            between = {t.key for t in tokens[cur.last + 1 : i - 1]}
            owned = _owned(tokens, k) and _heads_its_phrase(tokens, cur.last)
            if not owned or not between & _LEVEL_VERBS or between & _CLAUSE_BREAKS or _quoted_as_unit(cur) \
                    or any(t.text[:1].isupper() for t in tokens[cur.last + 1 : i]):
                return None
            return cur
    return None


def _heads_its_phrase(tokens: list[Token], last: int) -> bool:
    """Whether the currency word ending at token `last` is the subject of its clause (`the peso closed`, `the peso
    , which ended`), not a modifier of the noun after it (`the peso index closed`, `the yen bond was`)."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.kind != "word":
        return True
    key = after.key
    return key in _LEVEL_VERBS or key in CHANGE_WORDS or key in COPULAS or key in _SUBJECT_FOLLOWERS \
        or key.endswith(("ed", "ly"))


def _owned(tokens: list[Token], k: int) -> bool:
    """Whether the currency word at token `k` is a market's own (`the peso`, `Colombia 's peso`, `the Indonesian
    rupiah`), not a count of it."""
    if k > 1 and tokens[k - 1].kind == "word" and tokens[k - 1].text[:1].isupper() and tokens[k - 1].key != "the":
        k -= 1  # `the Indonesian rupiah`
    if k > 0 and (tokens[k - 1].key == "the" or (tokens[k - 1].key == "s" and k > 1 and tokens[k - 2].text in "'’")):
        return True
    # a dealers' report writes the currency bare (`Spot rupiah was quoted at`, `today rupiah closed at`); a count
    # has a number before it (`5 billion rupiah was`, `a rupiah`)
    if k == 0 or tokens[k - 1].text in _SENTENCE_ENDS:
        return True
    return tokens[k - 1].kind == "word" and tokens[k - 1].key not in NUMBER_WORDS \
        and tokens[k - 1].key not in ("a", "an", "of", "in", "per")


def _against(grammar: Grammar, k: int) -> Currency | None:
    """The currency named right after `against the`, `to the` or `per` at token `k`."""
    tokens = grammar.tokens
    keys = [t.key for t in tokens[k : k + 2]]
    if keys[:2] in (["against", "the"], ["to", "the"]):
        k += 2
    elif keys[:1] == ["per"]:
        k += 1
    else:
        return None
    cur = grammar.currencies.read(k, before_number=False) if k < len(tokens) else None
    if cur is None or cur.kind not in _UNIT_KINDS:
        return None
    after = tokens[cur.last + 1] if cur.last + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and after.key not in PHRASE_ENDS:
        return None  # `gave 5 to the dollar fund`: the unit's word names a thing
    return cur


def _subject(grammar: Grammar, i: int) -> Currency | None:
    """The first currency named in the sentence before token `i`, by its name or as `the` unit (`The rand was
    last bid at`)."""
    tokens = grammar.tokens
    start = i
    while start > 0 and not (tokens[start - 1].kind == "sym" and tokens[start - 1].text in _SENTENCE_ENDS) \
            and not grammar.line_break(start - 1, start):
        start -= 1
    for k in range(start, i):
        cur = grammar.currencies.read(k, before_number=False)
        if cur is not None and cur.kind in _UNIT_KINDS and cur.last < i \
                and (cur.ref.code is not None or (k > 0 and tokens[k - 1].key == "the")):
            return cur  # `the rand`, `Sterling`: a currency as a noun, not `The Yankees won 5`
    return None


def _quoted_as_unit(cur: Currency) -> bool:
    """Whether the market quotes this currency in units of the other (the dollar, sterling, the Ecu)."""
    code = cur.ref.code or ("USD" if cur.ref.family in ("dollar", "$") else None)
    return code in QUOTED_AS_UNIT
