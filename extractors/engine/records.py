"""The fact record every extractor produces, and the per-document context it reads.

Extractors return `Fact`s (offsets plus their own fields); the runner turns them
into the records of `spec/OUTPUT.md` by adding the common keys, so no extractor
can get `text`, `source` or `schema` wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA_VERSION = 1
# Keys every record has, in the order renderers show them.
COMMON_KEYS = ("schema", "extractor", "source", "start", "end", "text", "sentence")


@dataclass(frozen=True)
class Fact:
    """One fact found in a document: where it is and what it means.

    `fields` holds the extractor's own keys (`amount`, `value`, `holder`, ...).
    `sentence` is filled in by the runner from the parse when left empty.
    """

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    sentence: str | None = None

    def shifted(self, offset: int) -> Fact:
        """The same fact in the coordinates of a text that starts `offset` characters earlier."""
        return replace(self, start=self.start + offset, end=self.end + offset, fields=_shift(self.fields, offset))


def _shift(fields: dict[str, Any], offset: int) -> dict[str, Any]:
    """Shift the other offsets a fact holds along with it.

    By convention an offset field is named `start`/`end` inside a list of spans
    (entity mentions) or ends in `_start`/`_end` (a quote's `content_start`).
    """
    shifted: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "start" in value[0]:
            value = [{**v, "start": v["start"] + offset, "end": v["end"] + offset} for v in value]
        elif key.endswith(("_start", "_end")) and isinstance(value, int) and not isinstance(value, bool):
            value += offset
        shifted[key] = value
    return shifted


@dataclass
class Context:
    """What an extractor may know about the document beyond its parse."""

    source: str
    # The extractor's own options (an instance of its declared options dataclass), or None.
    options: Any = None
    # Where the parsed piece starts in the whole document (long texts are parsed in pieces).
    offset: int = 0
    # Whatever the extractor wants to carry from one piece of the document to the next.
    state: dict[str, Any] = field(default_factory=dict)


Record = dict[str, Any]


def to_record(fact: Fact, extractor: str, source: str, text: str, sentence: str) -> Record:
    """Build an OUTPUT.md record: common keys first, then the extractor's own."""
    record: Record = {
        "schema": SCHEMA_VERSION,
        "extractor": extractor,
        "source": source,
        "start": fact.start,
        "end": fact.end,
        "text": text[fact.start : fact.end],
        "sentence": fact.sentence if fact.sentence is not None else sentence,
    }
    record.update(fact.fields)
    return record
