"""Money amounts: value, ISO 4217 currency, ranges and bounds, grounded by offsets.

Reads only the text and the sentence split (no tagger, parser or NER), so
`extract money` runs on the cheapest pipeline.
"""

from __future__ import annotations

from ..registry import Extractor
from .find import find


def iso_code(value: str) -> str | None:
    """`value` as an ISO 4217 code (`cad` -> `CAD`), or None when no currency has that code."""
    import pycountry

    code = value.strip().upper()
    return code if pycountry.currencies.get(alpha_3=code) is not None else None


EXTRACTOR = Extractor(
    name="money",
    description="Money amounts with ISO 4217 currency, ranges, bounds and hedges",
    extract=find,
    needs=frozenset({"sentences"}),
    fields=("amount", "currency", "min", "max", "approximate"),
    version="3",  # bumped when its readings change, so `--db` runs re-read the documents
)
