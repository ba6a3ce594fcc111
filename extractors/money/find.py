"""Turn the money mentions of one parsed piece into facts, resolving currencies in text order."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..engine.pipeline import text_of
from ..engine.records import Context, Fact
from .bond_rows import with_bond_rows
from .cents import cents_home
from .column_rows import with_column_rows
from .context import DOLLAR_FAMILIES, PERIOD_UNITS_FAMILIES, DocumentCurrencies, own_source
from .currencies import CurrencyReader
from .elided import with_elided
from .grammar import Grammar, Mention
from .lexer import Token, tokenize
from .lexicon import Lexicon, with_words
from .moves import with_moves
from .period import document_date, territory_currencies
from .ranked_rows import with_ranked_rows
from .rates import with_rates
from .scaled import TableScales
from .share_prices import with_share_prices
from .table_rows import one_currency, with_table_rows
from .tables import AMBIGUOUS_DEFAULTS
from .trailing_notes import with_trailing_notes

if TYPE_CHECKING:
    from spacy.tokens import Doc

STATE_KEY = "money"

# Currencies a mention names outright, which later bare `$`, `dollars` follow; a prefixed symbol
# (`C$ 1.92`) marks its own amount only.
_NAMING_KINDS = frozenset({"name", "unit", "code"})


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    lex = with_words(context.options.currencies)
    text = text_of(doc)
    tokens = tokenize(text)
    grammar = Grammar(tokens, lex, text)
    mentions = grammar.mentions()
    mentions = with_table_rows(grammar, mentions)
    mentions = with_ranked_rows(grammar, with_bond_rows(grammar, mentions, one_currency(mentions)))
    mentions = with_column_rows(grammar, with_trailing_notes(grammar, mentions))
    mentions = with_moves(grammar, with_share_prices(grammar, with_rates(grammar, with_elided(grammar, mentions))))
    state: DocumentCurrencies = context.state.setdefault(STATE_KEY, DocumentCurrencies())
    if not state.dated:
        state.date, state.dated = document_date(text), True
    names = _named(grammar.currencies)
    cues = _cues(tokens, lex, state.date)
    sentence_ends = [sent.end_char for sent in doc.sents]
    cue_at = name_at = 0
    seen = Counter(state.cues)
    sentence, local = -1, []  # symbols (`A$5bn`) seen in the current sentence, which its bare `$`, `cents` follow
    home = _home_dollars(mentions, names, cues, lex)  # which bare `$` follow in their own country's news
    ahead = _symbols_by_sentence(mentions, tokens, sentence_ends)
    written = _written_by_sentence(mentions, tokens, sentence_ends)
    previous: Mention | None = None
    scales = TableScales.of(text)
    for mention in mentions:
        start = tokens[mention.first].start
        while name_at < len(names) and names[name_at][0] < start:
            state.named.append(names[name_at][1])
            name_at += 1
        n = bisect.bisect_right(sentence_ends, start)
        if n != sentence:
            sentence, local = n, []
        horizon = sentence_ends[n] if n < len(sentence_ends) else len(text)
        while cue_at < len(cues) and cues[cue_at][0] < horizon:
            seen[cues[cue_at][1]] += 1
            cue_at += 1
        # `surged 38 cents to A$ 3.75`: cents before a prefixed symbol in their sentence are its cents
        nearby = local or ahead.get(n, []) if _sub_unit(mention) else local
        nearby = nearby or [code for code in home if seen[code]]
        fields = _fields(mention, state, seen, context.options.default_currency, nearby)
        if fields is None:
            continue
        if fields["currency_from"] == "default" and _sub_unit(mention) and not nearby and (home_code := cents_home(
                written.get(n, []), seen, state.named, mention.currencies[0].ref.candidates)):
            fields.update(currency=home_code, currency_from="context")  # `dropped 50 cents to 101.20 guilders`
        if fields["currency"]:
            state.used.append(fields["currency"])
        others = _other_readings(mention, fields, context.options.default_currency, seen)
        if (not others and _fixed_default(mention, fields)) or (fields["currency"] is None and mention.currencies):
            fields["currency_from"] = own_source(mention.currencies[0].kind)  # the mention's own, settled or not
        end, rule = tokens[mention.last].end, _rule(mention, tokens, text, context.options)
        if _price_level(mention, fields, text, start, end):
            end, rule = end + 1, "price_level"
        elif _table_scaled(mention, fields, scales.factor(text, start)):
            rule = "table_scale"
        yield Fact(start, end, fields, rule=rule, ambiguous=bool(others), alternatives=others)
        state.named.extend(c.ref.code for c in mention.currencies if c.ref.code and c.kind in _NAMING_KINDS)
        if not _conversion(mention, previous, tokens):
            local.extend(c.ref.code for c in mention.currencies if c.ref.code and c.kind not in _NAMING_KINDS)
        previous = mention
    state.named.extend(code for _, code in names[name_at:])
    state.cues.update(code for _, code in cues)


def _conversion(mention: Mention, previous: Mention | None, tokens: list[Token]) -> bool:
    """`A$ 1.26 billion ( US$ 995 million )`: an amount in brackets right after another converts it; the
    sentence stays in the first currency (`... and earnings per share dropped to 40 cents` are Australian)."""
    return previous is not None and mention.first >= 2 and tokens[mention.first - 1].text == "(" \
        and previous.last == mention.first - 2


def _home_dollars(mentions: list[Mention], names: list[tuple[int, str]], cues: list[tuple[int, str]],
                  lex: Lexicon) -> list[str]:
    """The dollars other than the US one that a text writes as prefixed symbols (`NZ$ 524 million`) or names in full
    (`Canadian dollar`), when it never names the United States: its bare `$` and `dollars` are those of the country
    it names (`Power New Zealand ... $ 524.2 million`; the Bank of Canada's `All figures in billions of dollars`).
    A sentence's own symbol outranks them."""
    if any(code == "USD" for _, code in cues):
        return []
    symbols = [c.ref.code for m in mentions for c in m.currencies if c.kind == "symbol" and c.ref.code]
    dollars = next((entry.ref.candidates for entry in lex.entries.get(("dollars",), [])), frozenset())
    return [code for code in dict.fromkeys([*symbols, *(code for _, code in names)]) if code in dollars - {"USD"}]


def _sub_unit(mention: Mention) -> bool:
    return bool(mention.currencies) and mention.currencies[0].kind == "sub"


def _symbols_by_sentence(mentions: list[Mention], tokens: list[Token],
                         sentence_ends: list[int]) -> dict[int, list[str]]:
    """The prefixed symbols' codes (`A$`, `C$`) of each sentence, in order."""
    found: dict[int, list[str]] = {}
    for mention in mentions:
        n = bisect.bisect_right(sentence_ends, tokens[mention.first].start)
        found.setdefault(n, []).extend(c.ref.code for c in mention.currencies if c.ref.code and c.kind == "symbol")
    return found


def _written_by_sentence(mentions: list[Mention], tokens: list[Token],
                         sentence_ends: list[int]) -> dict[int, list[frozenset[str]]]:
    """What each currency written in a sentence (not a sub-unit) may mean, by sentence."""
    found: dict[int, list[frozenset[str]]] = {}
    for mention in mentions:
        n = bisect.bisect_right(sentence_ends, tokens[mention.first].start)
        found.setdefault(n, []).extend(c.ref.candidates | c.ref.past for c in mention.currencies if c.kind != "sub")
    return found


def _fields(mention: Mention, state: DocumentCurrencies, cues: Counter[str],
            default: str | None, local: list[str]) -> dict[str, Any] | None:
    currencies = mention.currencies
    currency, source = None, "default"
    if currencies:
        first = currencies[0]
        currency, source = state.resolve(first.ref, cues, default, first.kind, local)
        if mention.shared and source != "default":
            source = "context"  # the currency is written beside the number, not with it
        if currency is None and (first.ref.family in PERIOD_UNITS_FAMILIES or not first.ref.candidates):
            return None  # `5 marks`, `DEM 5` where no date or place makes the mark a currency
    low = _plain(mention.low.value)
    high = _plain(mention.high.value) if mention.high is not None else None
    fields: dict[str, Any] = {"amount": low, "currency": currency, "min": None, "max": None}
    if mention.high is not None:
        fields.update(amount=None, min=low, max=high)
    elif mention.bound is not None:
        fields.update(amount=None, **{mention.bound: low})
    fields["approximate"] = mention.approximate or mention.vague
    fields["currency_from"] = source
    fields["vague"] = mention.vague
    return fields


# `the $3.40s`, `the low $380s`, `the mid-$20s`: a price level; `paid in $20s` is banknotes.
_LEVEL_BEFORE = re.compile(r"\bthe\s+(?:(?:low|mid|high|upper|lower)[\s-]*)?$", re.IGNORECASE)


def _price_level(mention: Mention, fields: dict[str, Any], text: str, start: int, end: int) -> bool:
    """`in the $3.40s`, `the $380s`: a level, read as the span of its last digit (3.40 to 3.49, 380 to 389),
    vague like `millions of dollars`. Fields are changed in place; False leaves a plain amount alone."""
    if text[end : end + 1] != "s" or text[end + 1 : end + 2].isalnum() or fields["amount"] is None \
            or mention.low.magnitude != 1 or mention.low.in_words \
            or not _LEVEL_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    raw = mention.low.raw
    step = Decimal(1).scaleb(raw.as_tuple().exponent)  # one unit of the last digit written
    if raw % (step * 10) != 0:
        return False  # `$3.45s` names no level of ten
    fields.update(amount=None, min=_plain(raw), max=_plain(raw + step * 9), approximate=True, vague=True)
    return True


def _table_scaled(mention: Mention, fields: dict[str, Any], factor: int) -> bool:
    """`( In Thousands )` above `Total Revenue $ 10,756`: the figure times the note's scale. Fields are changed
    in place; an amount with its own scale word (`$ 5 million`), or with its unit written out (`Ord div 10.00
    yen`, what `unless specified` means) keeps its value."""
    if factor == 1 or mention.low.magnitude != 1 or mention.vague or not mention.currencies \
            or mention.currencies[0].kind not in ("symbol", "code"):
        return False
    for key in ("amount", "min", "max"):
        if fields[key] is not None:
            fields[key] = _plain(Decimal(str(fields[key])) * factor)
    return True


def _rule(mention: Mention, tokens: list[Token], text: str, options: Any) -> str:
    """The name of the reading that made the fact (`RULES` of the package)."""
    written = {text[tokens[c.first].start : tokens[c.last].end].casefold() for c in mention.currencies}
    if options.currencies and written & {word.casefold() for word, _ in options.currencies}:
        return "rules"
    if mention.vague:
        return "vague_amount"
    if mention.rate:
        return "exchange_rate"
    if mention.price:
        return "share_price"
    if mention.table:
        return "table_scale"
    if mention.shared:
        return "shared_currency"
    if mention.high is not None:
        return "range"
    if mention.bound is not None:
        return "open_bound"
    if not mention.currencies:
        return "no_currency_amount"
    if mention.low.in_words:
        return "word_amount"
    kind = mention.currencies[0].kind
    if kind == "symbol":
        return "symbol_amount_scale" if mention.low.magnitude > 1 else "symbol_amount"
    return "code_amount" if kind == "code" else "name_amount"


# The world's most traded currencies (BIS Triennial Survey 2022), most traded first: a currency read
# by default is a guess when one of these is another reading of what the text wrote.
MOST_TRADED = ("USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD", "SEK", "KRW", "NOK", "NZD",
               "INR", "MXN", "TWD", "ZAR", "BRL", "DKK")
ALTERNATIVES_SHOWN = 5


def _fixed_default(mention: Mention, fields: dict[str, Any]) -> bool:
    """Whether a currency read by its family's default is the one reading the text leaves (`£40 million`, `5p`:
    no other widely traded pound), so the mention itself settles it; a bare `$` or `cents` read as USD stays a
    default, as the contract says, and so does a currency of the period (`marks` in 1996)."""
    if fields["currency_from"] != "default" or not mention.currencies or mention.shared:
        return False
    family = mention.currencies[0].ref.family or ""
    return fields["currency"] is not None and family not in DOLLAR_FAMILIES and \
        AMBIGUOUS_DEFAULTS.get(family) == fields["currency"]


def _other_readings(mention: Mention, fields: dict[str, Any], default: str | None,
                    cues: Counter[str]) -> tuple[str, ...]:
    """Other currencies a bare `$`, `¥`, `kr` read by default could be: those of countries the text
    names first, then the most traded. None when the user (`--default-currency`) or the text settled
    it: the reading is that of a country the text names (`U.S. officials`). A name several countries use that
    nothing settles (`20 shillings`) leaves the currency null, and its codes are the readings."""
    if fields["currency"] is None and mention.currencies:
        ref = mention.currencies[0].ref
        ranked = dict.fromkeys([*(code for code, _ in cues.most_common() if code in ref.candidates),
                                *(code for code in MOST_TRADED if code in ref.candidates), *sorted(ref.candidates)])
        return tuple(ranked)[:ALTERNATIVES_SHOWN]
    if fields["currency_from"] != "default" or default is not None or not mention.currencies:
        return ()
    if fields["currency"] is not None and cues[fields["currency"]]:
        return ()
    ref = mention.currencies[0].ref
    named = [code for code, _ in cues.most_common() if code in ref.candidates]
    traded = [code for code in MOST_TRADED if code in ref.candidates]
    if not named and not any(code != fields["currency"] for code in traded):
        return ()
    ranked = [code for code in dict.fromkeys([*named, *traded, *sorted(ref.candidates)]) if code != fields["currency"]]
    return tuple(ranked[:ALTERNATIVES_SHOWN])


def _plain(value: Decimal) -> int | float:
    """Whole values as ints (19000000000, not 1.9e10), others as floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def _named(currencies: CurrencyReader) -> list[tuple[int, str]]:
    """Currencies named by full name anywhere (`the Canadian dollar fell`), or by a prefixed symbol with no
    amount beside it (a headline's `NZ$ firms`), which later bare `$` follow."""
    found = []
    tokens = currencies.tokens
    for i, token in enumerate(tokens):
        if token.kind == "word" and token.key in currencies.lex.first_keys:
            cur = currencies.read(i, before_number=False)
            if cur is not None and cur.ref.code and (cur.kind == "name" or (
                    cur.kind == "symbol" and cur.last > cur.first and not _beside_number(tokens, cur.first, cur.last))):
                found.append((token.start, cur.ref.code))
    return found


def _beside_number(tokens: list[Token], first: int, last: int) -> bool:
    """A number right before or after tokens `first`..`last` (`C$ 1.92`, `5 NZ$`): an amount's own symbol."""
    return (first > 0 and tokens[first - 1].kind == "num") \
        or (last + 1 < len(tokens) and tokens[last + 1].kind == "num")


def _cues(tokens: list[Token], lex: Lexicon, date: dt.date | None = None) -> list[tuple[int, str]]:
    """Country names and adjectives (`China`, `Swedish`) in text order; a country named in a dated document
    points at its currency of that date (`Germany` in 1996: DEM)."""
    found = []
    for i, token in enumerate(tokens):
        if token.kind != "word" or token.key not in lex.cue_first_keys:
            continue
        for length in (3, 2, 1):
            key = tuple(t.key for t in tokens[i : i + length])
            code = lex.cues.get(key)
            if code:
                place = lex.places.get(key) if date is not None else None
                then = territory_currencies(place, date) if place else ()
                if then and then[0] != code:
                    found.append((token.start, then[0]))  # also today's, for a currency CLDR dates only by name
                found.append((token.start, code))
                break
    return found
