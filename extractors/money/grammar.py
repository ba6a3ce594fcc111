"""Find money mentions in a token stream: amounts, ranges, bounds and hedges.

An amount is a number with a currency on either side (`$5`, `5 USD`, `dollar 5`),
optional scale words (`5bn`, `five million`), and optional cents (`$20 43`,
`3 GBP 1 pence`). A mention is an amount or a range of two (`$2-3bn`), widened
over the qualifiers that change its meaning (`more than`, `about`, `or so`).
Currencies stay unresolved here (`$` may be USD or CAD); `context.py` decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .currencies import ONE, Currency, CurrencyReader
from .lexer import Token, tokenize
from .lexicon import CurrencyRef, Lexicon
from .numbers import DIGIT_WORDS, NUMBER_WORDS, Number, parse_number
from .tables import (
    AMBIGUOUS_DEFAULTS,
    CHANGE_WORDS,
    COPULAS,
    COUNTED_NOUNS,
    EXACT,
    FRACTION_WORDS,
    GRAND_FOLLOWERS,
    HEDGES,
    LETTER_SIGNS,
    LETTER_SUBUNITS,
    LOWER_BOUNDS,
    MAGNITUDE_ABBREVIATIONS,
    MAGNITUDE_WORDS,
    MOVE_ADVERBS,
    NEAR_CHANGE_WORDS,
    NO_ARTICLE_UNITS,
    OVER_PARTICLE_VERBS,
    PERIOD_UNITS,
    PHRASE_ENDS,
    POSTFIX_ONLY_UNITS,
    RATE_FOLLOWERS,
    SPACED_ABBREVIATIONS,
    TAIL_FOLLOWERS,
    TRAILING_HEDGES,
    TRAILING_LOWER,
    TRAILING_UPPER,
    UNIT_NOTES,
    UPPER_BOUNDS,
    VAGUE_COUNTS,
    VAGUE_STARTS,
    WEIGHT_WORDS,
)

_NUMBER_STARTS = NUMBER_WORDS | {"a", "an", "half", *VAGUE_STARTS}
_METRIC_WEIGHTS = frozenset({"kg", "kgs", "kilos", "kilograms", "kilogrammes", "grams", "g", "tonnes", "tons",
                             "tonne", "ton", "kilo", "kilogram", "gram", "lbs", "lb", "ounces", "oz"})
# Verbs before `up to` that make it where an amount rose to, not a bound.
_RISING = frozenset({"go", "goes", "went", "gone", "going", "moved", "climbed", "crept", "edged", "shot", "jumped",
                     "rose", "risen", "inched", "ticked", "ratcheted"})
# Nouns after `a dollar` that make it a kind of thing, not an amount (`a dollar store`).
_UNIT_NOUN_HEADS = frozenset({"store", "stores", "shop", "shops", "sign", "signs", "bill", "bills", "coin", "coins"})
# Endings of abstract nouns, which after `a dollar` make it the currency a thing is about (`a dollar depreciation`,
# `a dollar shortage`), not an amount.
_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ism", "age")
# Words after a unit's word that make it a verb (`34 won by his rival`).
_VERB_FOLLOWERS = frozenset({"by", "the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})
_WEIGHT_HEDGES = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "over", "than", "more",
                            "less", "least", "at", "just", "another", "an", "extra", "additional"})


@dataclass(frozen=True)
class Amount:
    first: int
    last: int
    raw: Decimal  # the number as written, before scale and sub-unit
    magnitude: int
    share: Decimal
    currency: Currency | None
    extra: Decimal = Decimal(0)  # cents read after the major unit
    in_words: bool = False
    has_fraction: bool = False

    @property
    def value(self) -> Decimal:
        return self.raw * self.magnitude * self.share + self.extra


@dataclass(frozen=True)
class Mention:
    first: int
    last: int
    low: Amount
    high: Amount | None = None  # a range's upper end
    bound: str | None = None  # "min" or "max" for an open bound
    approximate: bool = False
    vague: bool = False  # `millions of dollars`: only the order is given, `low`..`high` by VAGUE_COUNTS
    shared: bool = False  # a bare number whose currency is that of an amount beside it (`60 and 70 zlotys`)
    rate: bool = False  # a bare exchange rate in a currency of the pair its sentence names (`4.5350 against the $`)
    table: bool = False  # a bare table figure whose unit a note or the row's label gives (`Turnover 756 vs 829`)
    price: bool = False  # a bare share price of a market report (`the stock was off 1-1/2 to 18-7/8`)

    @property
    def currencies(self) -> list[Currency]:
        return [a.currency for a in (self.low, self.high) if a is not None and a.currency is not None]


def _own_symbol(amount: Amount | None) -> bool:
    """Whether an amount starts with its own currency (`$ 418`), not one shared from the other end of a range."""
    return amount is not None and amount.currency is not None and amount.currency.first == amount.first


def _names_a_kind(token: Token) -> bool:
    """Whether the word after a currency's word makes it a modifier of a noun (`dollar store`, `dollar
    depreciation`) rather than a unit."""
    key = token.key
    return token.kind == "word" and (key in _UNIT_NOUN_HEADS or (len(key) > 5 and key.endswith(_NOUN_ENDINGS)))


def _phrases(*groups: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for label, group in zip(("approx", "min", "max", "exact"), groups, strict=False):
        for phrase in group:
            table[tuple(t.key for t in tokenize(phrase))] = label
    return table


@cache
def _leading() -> dict[tuple[str, ...], str]:
    return _phrases(HEDGES, LOWER_BOUNDS, UPPER_BOUNDS, EXACT)


@cache
def _trailing() -> dict[tuple[str, ...], str]:
    return _phrases(TRAILING_HEDGES, TRAILING_LOWER, TRAILING_UPPER)


class Grammar:
    """Reads money mentions from the tokens of one text."""

    def __init__(self, tokens: list[Token], lex: Lexicon, text: str = "") -> None:
        self.tokens = tokens
        self.lex = lex
        self.text = text
        self.currencies = CurrencyReader(tokens, lex)

    # -- amounts -----------------------------------------------------------

    def magnitude(self, j: int, spaced_letters: bool) -> tuple[int, int]:
        """Scale words from token `j`: (multiplier, index of the last one, or j - 1 when none)."""
        scale, last = 1, j - 1
        while last + 1 < len(self.tokens):
            nxt = self._hyphen(last + 1)
            token = self.tokens[nxt]
            if nxt > last + 1 and token.key not in MAGNITUDE_WORDS:
                break
            if token.kind != "word":
                break
            if token.key in MAGNITUDE_WORDS and scale < MAGNITUDE_WORDS[token.key]:
                scale *= MAGNITUDE_WORDS[token.key]
            elif token.text in MAGNITUDE_ABBREVIATIONS and scale == 1 and (
                token.glued or token.text in SPACED_ABBREVIATIONS or (spaced_letters and token.text in "mM")
            ):
                scale *= MAGNITUDE_ABBREVIATIONS[token.text]
            else:
                break
            last = nxt
        return scale, last

    def _hyphen(self, j: int) -> int:
        """Step over a hyphen that ties a number to its word: `$5-million`, `10-cent`."""
        tokens = self.tokens
        if j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].glued and tokens[j + 1].kind == "word" \
                and (tokens[j + 1].glued or tokens[j + 1].key in MAGNITUDE_WORDS):
            return j + 1  # also `$650- billion`, a hyphenated scale broken at a line end
        return j

    def number(self, i: int) -> Number | None:
        """A number, including the article forms money prose uses for one and a half."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        key = tokens[i].key
        fraction = self._fraction_of_scale(i)
        if fraction is not None:
            return fraction
        # `a million`, `a dollar`, `half a billion`, `a half million`
        if key in ("a", "an", "one") and i + 2 < len(tokens) and tokens[i + 1].key == "half":
            return Number(Decimal("0.5"), i, i + 1, in_words=True, has_fraction=True)
        if key == "half" and i + 1 < len(tokens) and tokens[i + 1].key in ("a", "an"):
            return Number(Decimal("0.5"), i, i + 1, in_words=True, has_fraction=True)
        if key in ("one", "a") and [t.key for t in tokens[i + 1 : i + 3]] == ["-", "half"]:
            return Number(Decimal("0.5"), i, i + 2, in_words=True, has_fraction=True)  # `one-half billion`
        if key in ("a", "an"):
            return Number(ONE, i, i, in_words=True)
        return parse_number(tokens, i)

    def _fraction_of_scale(self, i: int) -> Number | None:
        """`a quarter of a million`, `a quarter-million`, `three quarters of a billion`: a share of the scale
        word after it, which `magnitude` then reads."""
        keys = [t.key for t in self.tokens[i : i + 4]]
        count = 1 if keys[0] in ("a", "an") else DIGIT_WORDS.get(keys[0], 0)
        if not count or len(keys) < 3 or keys[1] not in FRACTION_WORDS:
            return None
        if keys[2:4] == ["of", "a"] and self._scale_word(i + 4):
            last = i + 3
        elif self._scale_word(i + 2):
            last = i + 1
        else:
            return None
        return Number(count * FRACTION_WORDS[keys[1]], i, last, in_words=True, has_fraction=True)

    def _scale_word(self, k: int) -> bool:
        """Whether a scale word (`million`) stands at `k`, also after a tying hyphen, for a fraction to scale."""
        return k < len(self.tokens) and self.tokens[self._hyphen(k)].key in MAGNITUDE_WORDS

    def amount(self, i: int) -> Amount | None:
        """The amount that starts at token `i`, with or without a currency; none where it only names a question
        (`the $64,000 question`, an idiom for the crucial one)."""
        found = self._currency_first(i) or self._number_first(i)
        return None if found is not None and self._names_question(found.last) else found

    def _names_question(self, last: int) -> bool:
        """Whether the word after token `last` is `question`: `the $64,000 question` names no sum."""
        return last + 1 < len(self.tokens) and self.tokens[last + 1].key in ("question", "questions")

    def _currency_first(self, i: int) -> Amount | None:
        tokens = self.tokens
        cur = self.currencies.read(i, before_number=True)
        if cur is None or cur.kind == "sub" or cur.last + 1 >= len(tokens):
            return None
        if tokens[i].glued and i > 0 and (tokens[i - 1].kind in ("word", "num") or tokens[i - 1].text in "\\$/={_"):
            return None  # `Ke$ha`, `s/$1/`, `abc$5`, `x=$5`: code, not money
        j = cur.last + 1
        if tokens[j].kind != "num":
            return None
        spaced_prefix = cur.last > cur.first and tokens[cur.last].text == "$" and not tokens[cur.last].glued
        if spaced_prefix and (tokens[j].glued or (i > 0 and tokens[i - 1].text in "'’")):
            return None  # `hk $ 10` is tokenised text, but not `cost us $1` or `company ' s $ 5`
        num = parse_number(tokens, j)
        if num is None or (cur.kind in ("name", "unit") and _year_like(tokens[j], num)) or self._percent(num.last + 1):
            return None
        if cur.kind in ("name", "unit") and tokens[i].text[:1].isupper() and tokens[j].text.isdigit() \
                and self.magnitude(num.last + 1, spaced_letters=False)[0] == 1:
            return None  # `Euro 6` engines, `Euro 2024`: a title-case name before a bare integer
        scale, last = self.magnitude(num.last + 1, spaced_letters=True)
        if cur.kind in ("name", "unit") and self._row_label(i, last):
            return None  # `Canadian dollar 639.55 639.38`: a table row named by a currency, its columns follow
        if self._bare_letter_sign(cur, tokens[j], scale):
            return None
        amount = Amount(i, last, num.value, scale * cur.magnitude, ONE, cur, has_fraction=num.has_fraction)
        return self._with_cents(amount)

    def _bare_letter_sign(self, cur: Currency, number: Token, scale: int) -> bool:
        """`N95` masks, `R2-D2`: a one-letter sign is money only glued to a scaled or grouped number."""
        if cur.first != cur.last or self.tokens[cur.first].text not in LETTER_SIGNS:
            return False
        return not number.glued or (scale == 1 and "," not in number.text)

    def _number_first(self, i: int) -> Amount | None:
        tokens = self.tokens
        if i > 0 and tokens[i].glued and tokens[i - 1].kind in ("word", "num") and tokens[i].kind != "word":
            return None  # `F-35` is cut before `35` only by `-`; `G7`, `A320` are glued
        num = self.number(i)
        if num is None:
            return None
        article = num.in_words and tokens[i].key in ("a", "an") and num.last == i
        j = num.last + 1
        if self._percent(j):
            return None
        scale, last = self.magnitude(j, spaced_letters=False)
        cur = self.currencies.read(self._hyphen(last + 1), before_number=False) if last + 1 < len(tokens) else None
        if cur is None and scale > 1 and last + 1 < len(tokens):
            cur = self.currencies.read_after_scale(last + 1)  # `a two billion crown loss`
        if cur is None and last + 2 < len(tokens) and _demonym(tokens[last + 1]):
            cur = self.currencies.read(last + 2, before_number=False)  # `42 emirati dirhams`, `10 Aussie dollars`
            if cur is not None and cur.kind not in ("name", "unit"):
                cur = None
        if cur is not None and cur.first > last + 1 and (cur.kind not in ("name", "unit", "sub") or _pound(cur)):
            cur = None  # `10-cent coin`, but `a 300-pound bomb` is weight
        if cur is not None and cur.kind in ("symbol", "code") and not tokens[cur.first].glued \
                and cur.last + 1 < len(tokens) and tokens[cur.last + 1].kind == "num" \
                and (tokens[cur.last + 1].glued or not _cents_like(tokens[cur.last + 1])):
            cur = None  # `1947 $35,860`, `20-30/12 $ 5.25`: the symbol belongs to the number after it
        if cur is not None and self.line_break(last, cur.first):
            cur = None  # `1996-12-06` + new line + `The dollar`: a line ends between number and currency
        if cur is not None and cur.kind == "code" and scale == 1 and cur.magnitude == 1:
            code_scale, code_last = self.magnitude(cur.last + 1, spaced_letters=True)
            if code_scale > 1:  # `75 USD million`
                scale, cur = code_scale, replace(cur, last=code_last)
        if cur is not None and cur.kind in ("name", "unit") and cur.last + 1 < len(tokens):
            sub = self.currencies.read(cur.last + 1, before_number=False)
            if sub is not None and sub.kind == "sub" and tokens[sub.first].key not in ("c", "p"):
                cur = replace(cur, last=sub.last, share=sub.share)  # `50 euro cents`
        if cur is None and scale == 1 and not article and (grand := self._grand(last + 1)) is not None:
            cur, scale = grand, 1000  # `spend 100 grand to get a degree`
        if cur is None:
            if article:
                return None
            return Amount(i, last, num.value, scale, ONE, None, in_words=num.in_words, has_fraction=num.has_fraction)
        if article and scale == 1 and (cur.kind in ("code", "symbol") or tokens[cur.first].text in LETTER_SUBUNITS
                                       or tokens[cur.last].key in NO_ARTICLE_UNITS):
            return None  # `a $5 fee` starts at `$`; `a yen for travel`
        if article and tokens[cur.first].text[:1].isupper() and not tokens[cur.first].text.isupper():
            return None  # `a Pence withdrawal`: a name
        if article and cur.last + 1 < len(tokens) and _names_a_kind(tokens[cur.last + 1]):
            return None  # `a dollar store`, `a dollar sign`, `a dollar depreciation`
        if _year_like(tokens[i], num) and scale == 1 and cur.kind in ("name", "unit"):
            return None  # `the 2019 euro crisis`, `in 2010 dollars`
        if _pound(cur) and cur.last + 1 < len(tokens) and tokens[cur.last + 1].key == "of":
            return None  # `a pound of flesh`, `five pounds of butter`; but `a dollar of wages` is a dollar
        if tokens[cur.first].key in PERIOD_UNITS and (
                not tokens[cur.first].text.islower() or (tokens[cur.first].key == "mark" and scale == 1)):
            return None  # `67 Mark Calcavecchia`, `the .500 mark`: a name, a threshold, not marks
        if _pound(cur) and (self._after_weight_word(i) or self._metric_after(cur.last)):
            return None  # `weighing 14 pounds`, `gained about 30 pounds`, `drop 27 pounds ( 12 kg )`
        if self._not_a_unit_here(i, cur):
            return None  # `34 won by his rival`, `Parana 3 Guarani 0`, `ENGLAND 326 ALL OUT`
        if article and cur.last + 1 < len(tokens) and tokens[cur.last + 1].key in RATE_FOLLOWERS \
                and cur.last + 2 < len(tokens) and tokens[cur.last + 2].kind == "num":
            return None  # `a dollar at 104.50 yen`: the unit an exchange rate is quoted in
        if cur.last + 1 < len(tokens) and tokens[cur.last + 1].key == "pro" and tokens[i].kind != "num":
            return None  # `a quid pro quo`
        if cur.kind in ("symbol", "code") and tokens[i].kind == "num" and self._continental(cur.ref):
            num = parse_number(tokens, i, decimal_comma=True) or num  # `3.350 €` is 3350
        amount = Amount(i, cur.last, num.value, scale * cur.magnitude, cur.share, cur,
                        in_words=num.in_words, has_fraction=num.has_fraction)
        return self._with_cents(amount)

    def _grand(self, j: int) -> Currency | None:
        """`100 grand to get a degree`: the slang thousand dollars, as `bucks` are dollars, at token `j`; not a kind
        of thing (`two grand pianos`, `5 grand slams`), so only before a mark or a word that opens a new phrase."""
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].text != "grand" or tokens[j].glued:
            return None
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and after.kind == "word" and after.key not in GRAND_FOLLOWERS:
            return None
        entries = self.currencies.lex.entries.get(("bucks",), [])
        return Currency(entries[0].ref, "name", j, j) if entries else None

    def _row_label(self, i: int, last: int) -> bool:
        """Whether only words stand before token `i` on its line and another number follows the amount on that
        line: a table row whose label names a currency (`Canadian dollar 639.55 639.38`)."""
        tokens = self.tokens
        if not self.text or last + 1 >= len(tokens) or tokens[last + 1].kind != "num":
            return False
        start = tokens[i].start
        head = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        return bool(_ROW_HEAD.fullmatch(head)) and not self.line_break(last, last + 1)

    def line_break(self, before: int, after: int) -> bool:
        """Whether a new line separates token `before` from token `after` (wire layout)."""
        if not self.text or before < 0:
            return False
        return "\n" in self.text[self.tokens[before].end : self.tokens[after].start]

    def _metric_after(self, last: int) -> bool:
        """`27 pounds ( 12 kg )`: the same weight in metric units follows."""
        after = [t.key for t in self.tokens[last + 1 : last + 4]]
        return len(after) == 3 and after[0] == "(" and after[2] in _METRIC_WEIGHTS

    def _not_a_unit_here(self, i: int, cur: Currency) -> bool:
        """A unit's word used as another word: a verb before its object (`34 won by`), a capitalised name
        before a score (`Guarani 0`) or another name (`8 Rand Paul`)."""
        tokens = self.tokens
        word, nxt = tokens[cur.first], tokens[cur.last + 1] if cur.last + 1 < len(tokens) else None
        if nxt is None or cur.first != cur.last:
            return False
        if word.key in POSTFIX_ONLY_UNITS and (nxt.key in _VERB_FOLLOWERS or self._negated(cur.last)):
            return True
        if cur.kind in ("name", "unit") and word.text[:1].isupper() and not word.text.isupper() \
                and nxt.kind == "word" and nxt.text[:1].isupper() and nxt.key not in MAGNITUDE_WORDS:
            return True  # `8 Rand Paul`: a name in a numbered list
        before = tokens[i - 1] if i > 0 else None  # a results line: team, score, team, score
        return cur.kind in ("name", "unit") and word.text[:1].isupper() and nxt.kind == "num" \
            and len(nxt.text) <= 2 and before is not None and before.kind == "word" and before.text[:1].isupper() \
            and not self.line_break(i - 1, cur.last + 1)

    def _negated(self, k: int) -> bool:
        """`the next one won't come soon`: the word at `k` takes a glued `n't`, so it is a verb."""
        after = self.tokens[k + 1 : k + 3]
        return len(after) == 2 and after[0].text in "'’" and after[1].key == "t" and after[0].glued and after[1].glued

    def _after_weight_word(self, i: int) -> bool:
        """Whether a word of weight comes just before the amount, hedges and a range's low end aside (`gained about
        30 pounds`, `weighs 150 to 175 pounds`)."""
        k = i - 1
        if k >= 1 and self.tokens[k].key in ("to", "-", "or", "and") and self.tokens[k - 1].kind == "num":
            k -= 2
        while k >= 0 and self.tokens[k].key in _WEIGHT_HEDGES:
            k -= 1
        if k >= 1 and self.tokens[k].text == "(" and self.tokens[k - 1].key in _METRIC_WEIGHTS:
            return True  # `42 kg ( 92 pounds )`: the same weight in other units
        return k >= 0 and self.tokens[k].key in WEIGHT_WORDS

    def _continental(self, ref: CurrencyRef) -> bool:
        """Whether `3.350` before this currency groups thousands: its home locales write a decimal
        comma, or it has no decimals at all (`94.804 ¥`)."""
        from babel.numbers import get_currency_precision

        codes = _usual_codes(ref)
        return bool(codes) and all(
            code in self.lex.decimal_comma or get_currency_precision(code) == 0 for code in codes
        )

    def _with_cents(self, amount: Amount) -> Amount:
        """`$20 43`, `3 GBP 1 pence`, `twenty dollar and 43`, `one kuai and five mao five`."""
        if amount.currency is None or amount.currency.kind == "sub" or amount.magnitude != 1 or amount.has_fraction:
            return amount
        tokens = self.tokens
        extra, last = Decimal(0), amount.last
        limit, bare_share = 100, Decimal("0.01")
        ranged = amount.first > 0 and tokens[amount.first - 1].key in ("between", "from")
        while True:
            k = last + 1
            if k < len(tokens) and tokens[k].key == "and":
                if ranged:
                    break  # `between $5 and 10`: the range's other end
                k += 1
            num = parse_number(tokens, k) if k < len(tokens) else None
            if num is None or num.has_fraction or not 0 < num.value < limit or self.line_break(last, k):
                break  # also `510,258 pounds sterling` + new line + `2. Colin`: the next row's number
            if not num.in_words and len(tokens[k].text) > 2:
                break
            sub = self.currencies.read(num.last + 1, before_number=False) if num.last + 1 < len(tokens) else None
            if sub is not None and sub.kind == "sub":
                extra += num.value * sub.share
                last = sub.last
                if sub.share >= Decimal("0.1"):  # `five mao five`: the next number is a tenth of it
                    limit, bare_share = 10, sub.share / 10
                    continue
                break
            if self._blocks_cents(num.last + 1, sub) or not _has_cents(amount.currency.ref):
                break
            extra += num.value * bare_share
            last = num.last
            break
        return replace(amount, extra=extra, last=last) if last != amount.last else amount

    def _blocks_cents(self, k: int, following: Currency | None) -> bool:
        """Whether what follows a bare small number shows it counts something else (`$30 and 5 other
        items`): cents without a sub-unit word end the clause (`$20 43.`) or lead to `more`, `and`."""
        if following is not None or k >= len(self.tokens):
            return following is not None
        token = self.tokens[k]
        return token.kind == "num" or token.text == "%" or (token.kind == "word" and token.key not in TAIL_FOLLOWERS)

    # -- mentions ----------------------------------------------------------

    def mentions(self) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(self.tokens):
            if not self._may_start(self.tokens[i]):
                i += 1
                continue
            mention = self._mention(i)
            if mention is None:
                i += 1
                continue
            if not self._rate(mention, found[-1] if found else None):
                found.append(mention)
                target = self._change_target(mention)
                if target is not None:
                    found.append(target)
                    mention = target
            i = mention.last + 1
        return found

    def _coordinated(self, low: Amount) -> Mention | None:
        """`60 and 70 zlotys`, `100 million and 300 million Swiss francs`: a bare number joined to an amount
        whose currency follows it shares that currency (and its scale, when it has none: `2 and 3 billion
        euros`). `between 5 and 10` is a range, read before this; a year shares nothing (`in 2015 and 10`)."""
        tokens = self.tokens
        k = low.last + 1
        if low.currency is not None or k + 1 >= len(tokens) or tokens[k].key not in ("and", "or"):
            return None
        other = self.amount(k + 1)
        if other is None or other.currency is None or other.currency.first <= other.first:
            return None  # `60 and $70`: the sign is the second number's own
        low, _ = _share_range(low, other)
        if low is None or (low.magnitude > other.magnitude and other.magnitude > 1):
            return None
        return Mention(low.first, low.last, low, shared=True)

    def _change_target(self, change: Mention) -> Mention | None:
        """`were up 65 pesetas to 4,150`, `closed 2.40 guilders down at 80.70`: the level a price moved to or
        stands at, written without the currency its change names. Only a bare number that ends its phrase (`to
        4,150 after`, not `lent $5 to 30 people`), with its own scale word or none where the change had none;
        not after a change in cents or pence, whose level is quoted in the main unit in one market and in the
        sub-unit in another (`rose 75 cents to 70.25`); a change in pence is, since London quotes shares in pence
        (`was 8p higher at 390`)."""
        tokens, k = self.tokens, change.last + 1
        amount = change.low
        moved = k < len(tokens) and tokens[k].key in MOVE_ADVERBS  # `closed 2.40 guilders down at 80.70`
        k += int(moved)
        if change.high is not None or change.bound is not None or change.vague or amount.currency is None \
                or (amount.currency.kind == "sub" and amount.currency.ref.family != "pound") \
                or k + 1 >= len(tokens) or tokens[k].key not in ("to", "at") or tokens[k + 1].kind != "num" \
                or not (moved or self._after_change(change.first)):
            return None
        level = self._number_first(k + 1)
        if level is None or level.currency is not None or level.in_words:
            return None
        follower = tokens[level.last + 1] if level.last + 1 < len(tokens) else None
        if follower is not None and follower.kind != "sym" and follower.key not in PHRASE_ENDS \
                and not (len(follower.key) > 5 and follower.key.endswith("ing")):
            return None  # `to 4,150 after the results`, `to 214.40 continuing its rally`; not `to 30 people`
        if level.magnitude == 1 and amount.magnitude > amount.currency.magnitude:
            return None  # `rose $5 million to 20`: twenty what is not written
        level = replace(level, currency=amount.currency, share=amount.share,
                        magnitude=level.magnitude * amount.currency.magnitude)
        return Mention(level.first, level.last, level, shared=True)

    def _percent(self, j: int) -> bool:
        """Whether a percent sign or word follows (`5%`, `5 per cent`): then the number is no amount."""
        tokens = self.tokens
        if j >= len(tokens):
            return False
        if tokens[j].text == "%" or tokens[j].key in ("percent", "pct"):
            return True
        return tokens[j].key == "per" and j + 1 < len(tokens) and tokens[j + 1].key == "cent"

    def _may_start(self, token: Token) -> bool:
        """Cheap test that an amount may start here: a number, a number word, a currency or a code."""
        if token.kind == "num" or token.key in self.lex.first_keys or token.key in _NUMBER_STARTS:
            return True
        if token.kind != "word" or not 3 <= len(token.text) <= 5:
            return False
        return token.text.isupper() or token.text[1:].isupper() or token.key.upper() in self.lex.current

    def _rate(self, mention: Mention, previous: Mention | None) -> bool:
        """`12 cents a pound`, `per dollar`, `$ 1 = 80 naira`: an amount that only names the unit of a rate."""
        tokens, first = self.tokens, mention.low.first
        if mention.high is None and mention.low.raw == 1 and mention.low.magnitude == 1 and mention.bound is None \
                and mention.last + 2 < len(tokens) and tokens[mention.last + 1].text == "=" \
                and self._priced(mention.last + 2):
            return True  # `( $ 1 = 80 naira )`, `( A$ 1 = US$ 0.79 )`: the unit of a wire's exchange-rate note;
            # the other side is money
        if mention.high is not None or tokens[first].key not in ("a", "an") or mention.low.raw != 1:
            return False
        return (previous is not None and previous.last == first - 1) or (first > 0 and tokens[first - 1].key == "per")

    def _priced(self, k: int) -> bool:
        """Whether a number starts at token `k`, bare or after its currency (`80`, `US$ 0.79`, `C$ 1.38`)."""
        if self.tokens[k].kind == "num":
            return True
        cur = self.currencies.read(k, before_number=True)
        return cur is not None and cur.last + 1 < len(self.tokens) and self.tokens[cur.last + 1].kind == "num"

    def _mention(self, i: int) -> Mention | None:
        vague = self._vague(i)
        if vague is not None:
            return vague
        low = self.amount(i)
        if low is None:
            return None
        ranged = self._range(low)
        if ranged is not None:
            return ranged
        if low.currency is None:
            return self._coordinated(low)
        return self._qualified(Mention(low.first, low.last, low))

    def _vague(self, i: int) -> Mention | None:
        """An amount given by its order only: `millions of dollars`, `a few million dollars`, `tens of millions
        of euros`, `hundreds of dollars`, `billion-dollar`, `multibillion-dollar`. Its bounds follow one rule:
        the count words' range (VAGUE_COUNTS: a few 2-9, several 3-9, tens 10-99, hundreds 100-999; a bare
        plural scale 2-999; `billion-dollar` 1-999, `multi-billion-dollar` 2-999) times the scale word."""
        tokens = self.tokens
        unit_slot = i > 0 and tokens[i - 1].key in ("in", "(") and tokens[i].key in _PLURAL_SCALES
        keys = [t.key for t in tokens[i : i + 4]]
        if keys[:1] in (["a"], ["an"]) and len(keys) > 2 and keys[2] == "-" and keys[1] in MAGNITUDE_WORDS:
            return self._vague_compound(i + 1, i + 1, MAGNITUDE_WORDS[keys[1]], (1, 999))  # `a billion-dollar deal`
        if keys[:1] in (["a"], ["an"]) and len(keys) > 1 and (keys[1] == "multi" or keys[1][5:] in MAGNITUDE_WORDS):
            return self._vague(i + 1)  # `a multibillion-dollar deal`: the article belongs to the deal
        counts, k, plural = None, i, True
        for words, span in VAGUE_COUNTS.items():
            if tuple(keys[: len(words)]) == words:
                counts, k = span, i + len(words)
                plural = words[-1] == "of"
                break
        compound = False
        if counts is None:
            if keys[:1] == ["multi"] and len(keys) > 2 and keys[1] == "-":
                counts, k, compound = (2, 999), i + 2, True
            elif keys[:1] and keys[0].startswith("multi") and keys[0][5:] in MAGNITUDE_WORDS:
                return self._vague_compound(i, i, MAGNITUDE_WORDS[keys[0][5:]], (2, 999))
            elif keys[:1] and keys[0] in _PLURAL_SCALES:
                counts = (2, 999)
            elif keys[:1] and keys[0] in MAGNITUDE_WORDS:
                counts, compound = (1, 999), True
            else:
                return None
        if k >= len(tokens):
            return None
        key = tokens[k].key
        if compound:
            if key not in MAGNITUDE_WORDS:
                return None
            return self._vague_compound(i, k, MAGNITUDE_WORDS[key], counts)
        scale = 1
        if (key in _PLURAL_SCALES) == plural and (key in _PLURAL_SCALES or key in MAGNITUDE_WORDS):
            scale = MAGNITUDE_WORDS.get(key) or _PLURAL_SCALES[key]
            k += 1
            while k + 2 < len(tokens) and tokens[k].key == "of" and tokens[k + 1].key in _PLURAL_SCALES:
                scale *= _PLURAL_SCALES[tokens[k + 1].key]  # `hundreds of thousands of millions`: rare, kept whole
                k += 2
        elif not plural:
            return None  # `a few dollars` is vague but small; `several 5s` no amount
        if k < len(tokens) and tokens[k].key == "of" and scale > 1:
            k += 1
        if k >= len(tokens) or (scale == 1 and not plural):
            return None
        cur = self.currencies.read(k, before_number=False)
        if cur is None and tokens[k].kind == "word" and tokens[k].text.islower() and k + 1 < len(tokens):
            cur = self.currencies.read(k + 1, before_number=False)  # `millions of taxpayer dollars`
            if cur is not None and cur.kind not in ("name", "unit"):
                cur = None
        if cur is None or cur.kind not in ("name", "unit", "code"):
            return None
        if _pound(cur) and cur.last + 1 < len(tokens) and tokens[cur.last + 1].key == "of":
            return None  # `hundreds of pounds of illicit drugs`, `thousands of extra pounds of weight`: weight
        if cur.last + 1 < len(tokens) and _names_a_kind(tokens[cur.last + 1]):
            return None  # `hundreds of dollar stores`: a kind of thing
        if unit_slot and (tokens[i - 1].key == "(" or self._unit_ends(cur.last)):
            return None  # `figures in billions of dollars unless stated`, `( millions of guilders )`: a table's unit
        return self._vague_mention(i, cur, counts, scale)

    def _unit_ends(self, last: int) -> bool:
        """Whether a table's unit (`in millions of dollars`) may end at token `last`: the line, a bracket or a
        note (`unless stated`) follows; prose goes on (`mired in billions of dollars of debt`)."""
        tokens = self.tokens
        return last + 1 >= len(tokens) or self.line_break(last, last + 1) or tokens[last + 1].kind == "sym" \
            or tokens[last + 1].key in UNIT_NOTES

    def _vague_compound(self, i: int, k: int, scale: int, counts: tuple[int, int]) -> Mention | None:
        """`billion-dollar`, `multi-billion-dollar`, `multibillion-dollar`: a scale tied to the unit by a hyphen."""
        tokens = self.tokens
        if k + 2 >= len(tokens) or tokens[k + 1].text != "-" or not tokens[k + 1].glued or not tokens[k + 2].glued:
            return None
        if (i > 0 and tokens[i - 1].kind == "num") or (
                i > 1 and tokens[i - 1].text == "-" and tokens[i - 2].kind == "num"):
            return None  # `$5 billion-dollar`, `5-billion-dollar`: an exact amount
        cur = self.currencies.read(k + 2, before_number=False)
        if cur is None or cur.kind not in ("name", "unit") or cur.last != k + 2 or self._names_question(cur.last):
            return None  # `the million-dollar question`: an idiom, as `the $64,000 question` is
        return self._vague_mention(i, cur, counts, scale)

    def _vague_mention(self, i: int, cur: Currency, counts: tuple[int, int], scale: int) -> Mention:
        low = Amount(i, cur.last, Decimal(counts[0]), scale, cur.share, cur)
        high = Amount(i, cur.last, Decimal(counts[1]), scale, cur.share, cur)
        return Mention(i, cur.last, low, high, approximate=True, vague=True)

    def _range(self, low: Amount) -> Mention | None:
        tokens = self.tokens
        k = low.last + 1
        if k >= len(tokens):
            return None
        intro = tokens[low.first - 1].key if low.first > 0 else ""
        connector = tokens[k].key
        if intro == "between":
            ok = connector in ("and", "-", "–", "—", "to")
        elif intro == "from":
            ok = connector in ("to", "and", "-", "–", "—")
        else:
            ok = connector in ("-", "–", "—", "to", "or")
        if not ok or k + 1 >= len(tokens):
            return None
        if intro != "between" and connector in ("to", "and") and self._after_change(low.first):
            return None  # `rose from $5 to $7`, `raising the exemption from $750 to $1,000`
        high = self.amount(k + 1)
        if high is None or (high.currency is None and low.currency is None):
            return None
        tight = connector in ("-", "–") and tokens[k].glued and tokens[k + 1].glued  # `$ 246-248 per tonne`
        if tight:
            high = self._quoted_ask(k, high)
        if high.currency is None and high.last + 1 < len(tokens) and tokens[high.last + 1].key in COUNTED_NOUNS \
                and not (tight and tokens[high.last + 1].key == "per"):
            return None  # `$5 to 10 times`
        if high.currency is None and low.currency is not None and low.currency.first > low.first \
                and high.last + 1 < len(tokens) and tokens[high.last + 1].kind == "word":
            return None  # `paid 5 million dollars to 2 billion shareholders`: the unit closed the first amount
        if connector == "or" and not (low.magnitude == 1 < high.magnitude and low.raw < high.raw):
            return None  # `$5 or $6 billion` is a range; `$5 or $6` two amounts
        low, high = _share_range(low, high)
        dashed = connector in ("-", "–", "—") and _own_symbol(low) and _own_symbol(high)
        if low is not None and high is not None and low.value > high.value and (connector == "to" or dashed) \
                and intro not in ("between", "from"):
            low, high = high, low  # `traded 90.50 to 89.40 cents`, `the $ 418 - $ 380 move`: high first
        if low is None or high is None or low.value >= high.value:
            return None
        first = min(low.first, high.first)
        first = first - 1 if intro in ("between", "from") else first
        return self._qualified(Mention(first, max(low.last, high.last), low, high))

    def _quoted_ask(self, k: int, high: Amount) -> Amount:
        """`119.26-28 yen`, `$1.5520-30`: a dealer's two-way quote writes of the ask only the two or more digits that
        differ from the bid, which stand for the bid's last decimals (119.28, 1.5530); other ranges stay as written
        (`$1.50-2`, `$246-248`)."""
        bid, ask = self.tokens[k - 1].text.replace(",", ""), self.tokens[k + 1].text
        decimals = bid.partition(".")[2]
        if not (decimals.isdigit() and ask.isdigit() and 2 <= len(ask) <= len(decimals)):
            return high
        whole = Decimal(bid[: len(bid) - len(ask)] + ask)
        return replace(high, raw=whole) if whole > Decimal(bid) else high

    def _particle(self, key: tuple[str, ...], start: int, last: int) -> bool:
        """`handed over $5m`: `over` belongs to the verb, it bounds nothing; nor does `up to` of a change
        (`spending was up to $2.97 trillion from $2.96 trillion`, `dues have gone up to $8,400`: it rose to that)."""
        if key == ("up", "to"):
            if start > 0 and self.tokens[start - 1].key in _RISING:
                return True  # `dues have gone up to $8,400`, `it went up to $5`: where it rose to
            after = self.tokens[last + 1 : last + 6]
            at = next((n for n, t in enumerate(after) if t.key in ("from", ".", ";", "!", "?")), None)
            return at is not None and after[at].key == "from" and any(
                t.kind != "word" for t in after[at + 1 : at + 3])  # `from $2.96 trillion`, `from 1.2`
        return key == ("over",) and start > 0 and self.tokens[start - 1].key in OVER_PARTICLE_VERBS

    def _after_change(self, i: int) -> bool:
        """Whether a verb of change comes shortly before token `i` in the same clause."""
        for k in range(i - 1, max(i - 9, -1), -1):
            token = self.tokens[k]
            if token.text in ".;!?" or token.key in COPULAS:
                return False
            if token.key in CHANGE_WORDS or (token.key in NEAR_CHANGE_WORDS and k >= i - 2):
                return True
        return False

    def _qualified(self, mention: Mention) -> Mention:
        """Widen over qualifiers before (`more than`, `about`) and after (`or more`, `or so`)."""
        tokens = self.tokens
        first, last, bound, approx = mention.first, mention.last, None, False
        leading = _leading()
        longest = max(len(key) for key in leading)
        for _ in range(2):
            label = None
            for length in range(longest, 0, -1):
                start = first - length
                key = tuple(t.key for t in tokens[max(start, 0) : first])
                if start >= 0 and key in leading and not self._particle(key, start, last):
                    label = leading[key]
                    first = start
                    break
            if label is None:
                break
            if label == "approx":
                approx = True
            elif label in ("min", "max") and bound is None:
                bound = label
        trailing = _trailing()
        for length in (3, 2, 1):
            window = tokens[last + 1 : last + 1 + length]
            key = tuple(t.key for t in window)
            if len(window) == length and key in trailing and (key != ("+",) or window[0].glued) \
                    and not self._opens_second_amount(last + 1 + length):
                label = trailing[key]
                approx = approx or label == "approx"
                bound = bound or (label if label in ("min", "max") else None)
                last += length
                break
        if mention.high is not None:
            bound = None
        return replace(mention, first=first, last=last, bound=bound, approximate=approx)

    def _opens_second_amount(self, k: int) -> bool:
        """Whether token `k` makes an `or more` before it a second amount's opening (`less than $1 billion or more
        than $42 billion`, `under $5 or above $9`), not a bound on the first."""
        if k >= len(self.tokens):
            return False
        token = self.tokens[k]
        return token.key == "than" or token.kind == "num" or token.text in "$£€¥₹"


_ROW_HEAD = re.compile(r"(?:[^\W\d_]+ )*")  # only words before a table row's label on its line
_PLURAL_SCALES = {"hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9, "trillions": 10**12}


def _cents_like(token: Token) -> bool:
    """A number that may be the cents after a major unit (`10 $ 30 cent`, `17 USD 25`): one or two digits."""
    return token.text.isdigit() and len(token.text) <= 2


def _has_cents(ref: CurrencyRef) -> bool:
    """Whether the currency (or its family's usual reading) has hundredths: `$20 43` yes, `¥20 43` no."""
    from babel.numbers import get_currency_precision

    codes = _usual_codes(ref)
    return bool(codes) and all(get_currency_precision(c) == 2 for c in codes)


def _usual_codes(ref: CurrencyRef) -> list[str]:
    """The code a mention usually means (its family's default), else all its candidates."""
    code = ref.code or AMBIGUOUS_DEFAULTS.get(ref.family or "")
    return [code] if code else sorted(ref.candidates)


def _demonym(token: Token) -> bool:
    """A word that may name a currency's country (`emirati`, `Aussie`), when no table knows it; a word in capitals
    is a table's heading (`JBRI A LAST NIS`, a rating agency), not a country."""
    return token.kind == "word" and token.key not in NUMBER_WORDS and token.key not in MAGNITUDE_WORDS \
        and not (token.text.isupper() and len(token.text) > 1) and (
            token.text[:1].isupper() or token.key.endswith(("an", "ian", "ese", "i", "ish", "ic")))


def _pound(cur: Currency) -> bool:
    """A pound written as a word, which may be weight."""
    return cur.kind == "unit" and cur.ref.family == "pound"


def _year_like(token: Token, num: Number) -> bool:
    return token.kind == "num" and token.text.isdigit() and len(token.text) == 4 and 1800 <= num.value <= 2100


def _share_range(low: Amount, high: Amount) -> tuple[Amount | None, Amount | None]:
    """Let the two ends of a range share currency, scale and sub-unit (`$2-3 billion`, `10-20 cents`)."""
    for side in (low, high):
        if side.currency is None and side.raw == side.raw.to_integral_value() and 1800 <= side.raw <= 2100 \
                and side.magnitude == 1:
            return None, None  # a year beside an amount: `2019-$5bn`
    if low.currency is None:
        low = replace(low, currency=high.currency, share=high.share)
    elif high.currency is None:
        high = replace(high, currency=low.currency, share=low.share)
    elif low.currency.ref != high.currency.ref:
        return None, None
    if low.magnitude == 1 and high.magnitude > 1 and low.raw <= high.raw:
        low = replace(low, magnitude=high.magnitude)
    return low, high
