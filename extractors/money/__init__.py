"""Money amounts: value, ISO 4217 currency, ranges and bounds, grounded by offsets.

Reads only the text and the sentence split (no tagger, parser or NER), so
`extract money` runs on the cheapest pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..engine.extractor import Extractor, Field, Layout, option
from ..engine.records import Context, Fact, Record
from .scoring import score

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_amounts(doc: Doc, context: Context) -> Iterator[Fact]:
    from .find import find  # the grammar loads on first use, not for `extract --help`

    return find(doc, context)


def iso_code(value: str) -> str:
    """`value` as an ISO 4217 code (`cad` -> `CAD`); a ValueError when no currency has that code."""
    import pycountry

    code = value.strip().upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{value!r} is not an ISO 4217 currency code (USD, CAD, AUD, ...)")
    return code


def currency_words(value: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """A table of currency word -> ISO 4217 code (`clams = "USD"`), checked entry by entry."""
    if not isinstance(value, Mapping):
        raise ValueError('currencies must be a table of word = "CODE", as [money.currencies]')
    words = []
    for word, code in value.items():
        where = getattr(word, "source", None)
        try:
            if not isinstance(code, str) or not str(word).strip():
                raise ValueError(f"{code!r} is not an ISO 4217 currency code (USD, CAD, AUD, ...)")
            words.append((str(word).strip(), iso_code(code)))
        except ValueError as err:
            raise ValueError(f"{where + ': ' if where else ''}{word}: {err}") from None
    return tuple(words)


@dataclass(frozen=True)
class MoneyOptions:
    default_currency: str | None = option(
        None, "The ISO 4217 code of a bare $ or 'dollars' when the document names no other dollar (default USD).",
        parse=iso_code, metavar="CODE")
    # Set in a rules file ([money.currencies]) or the Python API; no flag carries a table.
    currencies: tuple[tuple[str, str], ...] = option(
        (), "Currency words of the corpus and their ISO 4217 codes (clams = \"USD\").", parse=currency_words,
        flag=False)


def _number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")


def summary(record: Record) -> str:
    """`≈ 5,000,000 USD`, `2–3 EUR`, `≥ 5 GBP`."""
    currency = record.get("currency") or "(no currency)"
    hedge = "~ " if record.get("vague") else "≈ " if record.get("approximate") else ""
    if record.get("amount") is not None:
        return f"{hedge}{_number(record['amount'])} {currency}"
    low, high = record.get("min"), record.get("max")
    if low is not None and high is not None:
        return f"{hedge}{_number(low)}–{_number(high)} {currency}"
    return f"{hedge}{'≥ ' + _number(low) if low is not None else '≤ ' + _number(high)} {currency}"


# What `Fact.rule` names: the shape of the amount, then how its currency is written.
RULES = {
    "symbol_amount": "a number after or before a currency sign ($5, 5 €, C$ 1.92)",
    "symbol_amount_scale": "a sign, a number and a scale word ($19 billion, €2.5m)",
    "code_amount": "a number with an ISO 4217 code (USD 5, 5 EUR, 19bn JPY)",
    "name_amount": "a number with a currency name or unit (5 dollars, 20 Swiss francs, 40 cents)",
    "word_amount": "an amount written in words (five million dollars, a dollar)",
    "no_currency_amount": "an amount whose currency the text does not settle (5 marks with no date or place)",
    "range": "two ends of a range ($2-3 billion, between 5 and 10 euros)",
    "open_bound": "one end only (more than $5m, under 100 euros)",
    "vague_amount": "an order of magnitude only (millions of dollars, a few million euros, billion-dollar)",
    "shared_currency": "a bare number taking the currency of the amount beside it (60 and 70 zlotys; up 65 "
                       "pesetas to 4,150; to 3.83 billion markka from 3.43 billion)",
    "exchange_rate": "a bare exchange rate in the currency its pair is priced in (the rand at 4.5350 against the "
                     "dollar: ZAR; the dollar at 1.4850 against the mark: DEM; the peso closed at 1,044: the peso; "
                     "its further levels near it, after opening at 819.10; a markets table's Dollar / mark over "
                     "1.4871: DEM)",
    "table_scale": "a table row's figure in the scale its note gives (( In Thousands ) above Total Revenue $ 10,756: "
                   "10756000), or a bare figure in the scale and currency its note or row label names (( millions "
                   "of guilders ) above Turnover 756 vs 829; Budget deficit ( HUF ) 102 bln; RESERVES ( $ MLN ) "
                   "1,161), or a figure labelled as the amount in the text's one currency (Sale Amount : 6,310,000), "
                   "or a price under a price note (( Prices in rupees per tonne ) above 12,700-12,950)",
    "share_price": "a market report's bare share price in eighths or sixteenths (the stock was off 1-1/2 to 18-7/8: "
                   "1.5 and 18.875, read as a bare $)",
    "price_level": "a price level (in the $3.40s: 3.40 to 3.49; the $380s: 380 to 389)",
    "rules": "a currency word from a rules file ([money.currencies] clams = \"USD\")",
}
_AMOUNT = ("number", "null")
EXTRACTOR = Extractor(
    name="money",
    description="Money amounts: value and ISO 4217 currency, ranges and bounds.",
    extract=find_amounts,
    needs=frozenset({"sentences"}),
    fields=(
        Field("amount", _AMOUNT,
              "The value in units of the currency (`$19 billion` -> 19000000000); null for a range."),
        Field("currency", ("string", "null"), "ISO 4217 code; null when the text names none."),
        Field("min", _AMOUNT, "Lower bound of a range or of an open bound (`more than $5m`)."),
        Field("max", _AMOUNT, "Upper bound of a range or of an open bound (`under $5m`)."),
        Field("approximate", "boolean", "Hedged by about, around, some, nearly, roughly, ...; true when vague."),
        Field("currency_from", "string",
              "Where the currency came from: `symbol`, `code`, `name` (the mention itself), `context` (a currency "
              "or country named earlier in the text), `default` (`--default-currency`, or a bare `$` read as USD). "
              "A currency read by default among several (a bare `$`, `¥`, `kr` with no country named) is "
              "`ambiguous`, with up to five other codes in `alternatives`, most used first; a name several countries "
              "use that nothing settles (`20 shillings`) keeps `currency` null and is `ambiguous` with its codes."),
        Field("vague", "boolean",
              "An amount given only by its order (`millions of dollars`, `a few million`, `billion-dollar`): amount "
              "null, min/max = the count words' range (a few 2-9, several 3-9, tens 10-99, hundreds 100-999, a bare "
              "plural scale 2-999, `billion-dollar` 1-999) times the scale word; a price level (`the $3.40s`) "
              "spans its last digit (3.40-3.49)."),
    ),
    options=MoneyOptions,
    version="9",
    label="currency",
    value="amount",
    layout=Layout(("source", "text", "amount", "currency", "min", "max", "approximate", "currency_from", "vague"),
                  highlight="amount"),
    summary=summary,
    scorer=score,
    colour="#ffd54f",
    rules=RULES,
)
