"""Rich tables, one per extractor, printed when the run is done.

On a terminal they are coloured; piped, the same tables come out as plain text
(rich drops ANSI codes off a terminal and honours NO_COLOR). Each extractor
declares its layout (columns, sort, highlighted column); one that does not
shows its declared fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from extract_facts.extractors import Extractor, Record, Result

from ..errors import one_line


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
    # A newline stays in its row and an escape sequence in a document never reaches the terminal.
    return one_line(str(value))


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
            layout = extractor.table
            if layout.sort is not None:
                rows = sorted(rows, key=layout.sort)
            table = Table(title=f"{extractor.name} ({len(rows)})", title_justify="left", expand=False,
                          header_style="bold cyan", title_style="bold")
            for column in layout.columns:
                numeric = any(isinstance(row.get(column), (int, float)) and not isinstance(row.get(column), bool)
                              for row in rows)
                table.add_column(column, justify="right" if numeric else "left", overflow="fold",
                                 style="green" if column == layout.highlight else None)
            for row in rows:
                # Text, not markup: a `[b]` in a document stays as written.
                table.add_row(*(Text(_show(row.get(c))) for c in layout.columns))
            self.console.print(table)
