"""Which of an extractor's own keys label a record and which hold its normalised value.

Reports filter by the label and the database indexes both; plugins have no
label and their first declared field is their value.
"""

from __future__ import annotations

from typing import Any

from .records import COMMON_KEYS, Record

# extractor -> (label key, value key)
FACETS: dict[str, tuple[str | None, str | None]] = {
    "money": ("currency", "amount"),
    "dates": ("type", "value"),
    "entities": ("label", "name"),
    "positions": ("stance", "holder"),
}


def own_fields(record: Record) -> dict[str, Any]:
    """The record's keys beyond the common ones, in their order."""
    return {k: v for k, v in record.items() if k not in COMMON_KEYS}


def label_of(record: Record) -> str | None:
    key = FACETS.get(record["extractor"], (None, None))[0]
    label = record.get(key) if key else None
    return str(label) if label is not None else None


def value_of(record: Record) -> Any:
    """The normalised value, or the first own field of an extractor with no declared facets."""
    if record["extractor"] in FACETS:
        key = FACETS[record["extractor"]][1]
        return record.get(key) if key else None
    return next(iter(own_fields(record).values()), None)
