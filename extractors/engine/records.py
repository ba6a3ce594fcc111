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
# Keys every record has after those: why the fact came out as it did.
PROVENANCE_KEYS = ("rule", "ambiguous", "alternatives")


@dataclass(frozen=True)
class Fact:
    """One fact found in a document: where it is and what it means.

    `fields` holds the extractor's own keys (`amount`, `value`, `holder`, ...).
    `sentence` is filled in by the runner from the parse when left empty.
    `rule` names the rule that made the fact, without the extractor's prefix
    (`symbol_amount`; the record says `money.symbol_amount`); it is one of the
    extractor's declared `rules`, or a full name made at run time from a rules
    file (`entities.rules:FILE:12`). `ambiguous` marks a value that is one
    reading among several the text does not settle; `alternatives` holds the
    other readings of what is ambiguous (a currency code, a date value).
    """

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    sentence: str | None = None
    rule: str | None = None
    ambiguous: bool = False
    alternatives: tuple[Any, ...] = ()

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


# The rule of a fact whose extractor names none (a plugin that declares no rules).
UNNAMED_RULE = "extract"


def rule_name(extractor: str, rule: str | None) -> str:
    """The dotted name a record carries: the extractor's name, then its rule's."""
    if rule and rule.startswith(f"{extractor}."):
        return rule
    return f"{extractor}.{rule or UNNAMED_RULE}"


def to_record(fact: Fact, extractor: str, source: str, text: str, sentence: str) -> Record:
    """Build an OUTPUT.md record: common keys first, then provenance, then the extractor's own."""
    record: Record = {
        "schema": SCHEMA_VERSION,
        "extractor": extractor,
        "source": source,
        "start": fact.start,
        "end": fact.end,
        "text": text[fact.start : fact.end],
        "sentence": fact.sentence if fact.sentence is not None else sentence,
        "rule": rule_name(extractor, fact.rule),
        "ambiguous": fact.ambiguous,
        "alternatives": list(fact.alternatives),
    }
    record.update(fact.fields)
    return record
