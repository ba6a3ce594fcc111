"""Money amounts: value, ISO 4217 currency, ranges and bounds, grounded by offsets.

Reads only the text and the sentence split (no tagger, parser or NER), so
`extract money` runs on the cheapest pipeline.
"""

from __future__ import annotations

from ..registry import Extractor
from .find import find

EXTRACTOR = Extractor(
    name="money",
    description="Money amounts with ISO 4217 currency, ranges, bounds and hedges",
    extract=find,
    needs=frozenset({"sentences"}),
    fields=("amount", "currency", "min", "max", "approximate"),
    version="2",
)
