"""The record contract, generated from the extractors' declarations.

`record_schema` is the JSON Schema (2020-12) of the records the given
extractors produce; `markdown` is the same as the field tables the README
shows. Both come from the declarations, so the contract cannot drift from the
code: the test suite validates every record it produces against the schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .extractor import Extractor, Field
from .records import SCHEMA_VERSION

COMMON_FIELDS = (
    Field("schema", "integer", f"Version of the record contract, `{SCHEMA_VERSION}` for now."),
    Field("extractor", "string", "Name of the extractor that produced it."),
    Field("source", "string", "The document: its path as given or as found under a given folder; `-` for stdin."),
    Field("start", "integer", "Character offset (Unicode code points) of the fact's start in the document text."),
    Field("end", "integer", "Character offset of the fact's end."),
    Field("text", "string", "Exactly `document_text[start:end]`."),
    Field("sentence", "string", "The sentence the fact was found in, whitespace collapsed."),
    Field("rule", "string", "Which rule made the fact, a stable dotted name (`money.symbol_amount`, "
                            "`entities.rules:FILE:12`); `extract list --rules` lists them."),
    Field("ambiguous", "boolean", "True where the value is one reading among several the text does not settle "
                                  "(a bare `$` in a text naming no country, a weekday with no tense); "
                                  "`--strict` leaves such facts out."),
    Field("alternatives", "array", "The other readings of an ambiguous fact, most likely first: currency codes "
                                   "for money (`AUD`, `CAD` for a bare `$`), TIMEX3 values for dates; empty when "
                                   "it is not ambiguous."),
)


def extractor_schema(extractor: Extractor) -> dict[str, Any]:
    """The JSON Schema of one extractor's records: the common keys and its own fields."""
    fields = (*COMMON_FIELDS, *extractor.fields)
    properties: dict[str, Any] = {f.name: f.schema() for f in fields}  # type: ignore[union-attr]
    properties["extractor"] = {**properties["extractor"], "const": extractor.name}
    properties["schema"] = {**properties["schema"], "const": SCHEMA_VERSION}
    return {
        "title": extractor.name,
        "description": extractor.description,
        "type": "object",
        "properties": properties,
        "required": [f.name for f in fields if f.required],  # type: ignore[union-attr]
    }


def record_schema(extractors: Iterable[Extractor]) -> dict[str, Any]:
    """One schema for a record of any of these extractors, told apart by its `extractor` key."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "extract fact record",
        "type": "object",
        "oneOf": [extractor_schema(e) for e in extractors],
    }


def markdown(extractors: Iterable[Extractor]) -> str:
    """The field tables of the README: the keys every record has, then each extractor's own."""
    parts = ["### Every record has\n", *_table(COMMON_FIELDS)]
    for extractor in extractors:
        parts += [f"\n### `{extractor.name}`\n", f"{extractor.description}\n", *_table(extractor.fields)]
    return "\n".join(parts) + "\n"


def _table(fields: Iterable[Field | str]) -> list[str]:
    rows = ["| key | type | meaning |", "|---|---|---|"]
    for f in fields:
        assert isinstance(f, Field)
        types = [f.type] if isinstance(f.type, str) else list(f.type)
        kind = " or ".join(types) + ("" if f.required else ", only when it applies")
        meaning = f.description + (f" One of {', '.join(f'`{v}`' for v in f.enum)}." if f.enum else "")
        meaning = meaning.replace("|", "\\|")
        rows.append(f"| `{f.name}` | {kind} | {meaning} |")
    return rows
