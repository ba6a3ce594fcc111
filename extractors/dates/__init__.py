"""dates extractor: TIMEX3 dates, times, durations and sets, resolved against the document's own date.

Per document: rule pieces (`grammar`) -> joined expressions (`chains`) ->
accepted in context (`cues`, `context`) -> TIMEX3 values (`resolve`), against
the reference chosen by `reference`. The modules load on first use, so
`extract list` does not pay for compiling the grammar.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Context, Fact
from ..registry import Extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    from .extract import find as extract_dates

    return extract_dates(doc, context)


EXTRACTOR = Extractor(
    name="dates",
    description="Dates, times, durations and sets as TIMEX3 values, resolved against the document date",
    extract=find,
    needs=frozenset({"sentences", "tags"}),
    fields=("type", "value", "reference", "reference_from", "mod", "range_end", "duration"),
    version="2",  # bumped when its readings change, so `--db` runs re-read the documents
)
