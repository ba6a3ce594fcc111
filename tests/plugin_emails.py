"""A small third-party extractor, installed by the plugin tests through a real entry point.

It declares what a built-in declares (typed fields, a label, an option, a table
layout, a scorer), so the tests can show it gets tables, CSV, HTML, `--db`,
`eval` and `schema` exactly as a built-in does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extract_facts.extractors import Context, Extractor, Fact, Field, Layout, Record, option
from extract_facts.extractors.engine.evaluation import Gold, Score, span_scorer

if TYPE_CHECKING:
    from spacy.tokens import Doc

ADDRESS = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")


@dataclass(frozen=True)
class EmailOptions:
    domain: str | None = option(None, "Keep only addresses at this domain.", metavar="DOMAIN")


def find_emails(doc: Doc, context: Context) -> Iterator[Fact]:
    wanted = context.options.domain.lower() if context.options.domain else None
    for match in ADDRESS.finditer(doc.text):
        domain = match.group(1).lower()
        if wanted is None or domain == wanted:
            yield Fact(match.start(), match.end(), {"address": match.group().lower(), "domain": domain})


def score(gold: Gold, facts: list[Record], result: Score, complete: bool) -> None:
    """A gold e-mail is found by an overlapping record with the same address."""
    def matches(g: dict[str, Any], f: Record) -> bool:
        return f.get("address") == g["address"]

    span_scorer(gold.get("emails", []), gold.get("emails_absent", []), facts, result, complete, matches,
                lambda f: str(f.get("address")))


class AcrossDocuments:
    """One record per address for a whole corpus: how often, in how many documents, the first few."""

    def __init__(self) -> None:
        self.merged: dict[str, Record] = {}

    def add(self, records: list[Record]) -> None:
        for address in dict.fromkeys(r["address"] for r in records):
            first = next(r for r in records if r["address"] == address)
            entry = self.merged.setdefault(address, {**first, "count": 0, "documents": 0, "sources": []})
            entry["documents"] += 1
            entry["count"] += sum(r["address"] == address for r in records)
            if len(entry["sources"]) < 3:
                entry["sources"].append(first["source"])

    def finish(self) -> list[Record]:
        return list(self.merged.values())


EXTRACTOR = Extractor(
    name="emails",
    description="E-mail addresses.",
    extract=find_emails,
    needs=frozenset({"sentences"}),
    fields=(Field("address", "string", "The address, lower-cased."), Field("domain", "string", "Its domain.")),
    options=EmailOptions,
    label="domain",
    value="address",
    layout=Layout(("source", "address", "domain"), highlight="address"),
    summary=lambda record: f"mail to {record['address']}",
    scorer=score,
    across=AcrossDocuments,
)
