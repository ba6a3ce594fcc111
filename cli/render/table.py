"""Rich tables, one per extractor, printed when the run is done.

On a terminal they are coloured; piped, the same tables come out as plain text
(rich drops ANSI codes off a terminal and honours NO_COLOR). Layouts of the
built-in extractors live here; a plugin's table shows its declared fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from extract_facts.extractors import Extractor, Record, Result


@dataclass(frozen=True)
class Layout:
    columns: tuple[str, ...]
    sort: Callable[[Record], Any] | None = None
    # Colour of the column that carries the normalised value, so it stands out.
    highlight: str = "text"


def _entity_order(record: Record) -> Any:
    # Grouped by label, most-mentioned first: "who and what, how often".
    return (record.get("label") or "", -int(record.get("count") or 0), record.get("name") or "")


LAYOUTS = {
    "money": Layout(("source", "text", "amount", "currency", "min", "max", "approximate"), highlight="amount"),
    "dates": Layout(("source", "text", "type", "value", "reference"), highlight="value"),
    "entities": Layout(("source", "label", "name", "count", "aliases"), sort=_entity_order, highlight="name"),
    "positions": Layout(("source", "holder", "stance", "cue", "target", "negated", "hedged"), highlight="stance"),
}


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return ", ".join(_show(v) if not isinstance(v, dict) else str(v.get("text", v)) for v in value)
    return str(value)


class Tables:
    def __init__(self, console: Console, extractors: Sequence[Extractor]) -> None:
        self.console = console
        self.extractors = extractors
        self.records: dict[str, list[Record]] = {e.name: [] for e in extractors}

    def add(self, result: Result) -> None:
        for record in result.records:
            self.records.setdefault(record["extractor"], []).append(record)

    def finish(self) -> None:
        for extractor in self.extractors:
            rows = self.records.get(extractor.name, [])
            layout = LAYOUTS.get(extractor.name) or Layout(("source", "text", *extractor.fields))
            if layout.sort is not None:
                rows = sorted(rows, key=layout.sort)
            table = Table(title=f"{extractor.name} ({len(rows)})", title_justify="left", expand=False,
                          header_style="bold cyan", title_style="bold")
            for column in layout.columns:
                numeric = column in ("amount", "min", "max", "count")
                table.add_column(column, justify="right" if numeric else "left", overflow="fold",
                                 style="green" if column == layout.highlight else None)
            for row in rows:
                table.add_row(*(_show(row.get(c)) for c in layout.columns))
            self.console.print(table)
