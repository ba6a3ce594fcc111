"""Money amounts: value, ISO 4217 currency, ranges and bounds, grounded by offsets.

Reads only the text and the sentence split (no tagger, parser or NER), so
`extract money` runs on the cheapest pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
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


@dataclass(frozen=True)
class MoneyOptions:
    default_currency: str | None = option(
        None, "The ISO 4217 code of a bare $ or 'dollars' when the document names no other dollar (default USD).",
        parse=iso_code, metavar="CODE")


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
              "or country named earlier in the text), `default` (`--default-currency`, or a bare `$` read as USD)."),
        Field("vague", "boolean",
              "An amount given only by its order (`millions of dollars`, `a few million`, `billion-dollar`): amount "
              "null, min/max = the count words' range (a few 2-9, several 3-9, tens 10-99, hundreds 100-999, a bare "
              "plural scale 2-999, `billion-dollar` 1-999) times the scale word."),
    ),
    options=MoneyOptions,
    version="4",
    label="currency",
    value="amount",
    layout=Layout(("source", "text", "amount", "currency", "min", "max", "approximate", "currency_from", "vague"),
                  highlight="amount"),
    summary=summary,
    scorer=score,
    colour="#ffd54f",
)
