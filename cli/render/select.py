"""Pick the renderers the user asked for: one format on stdout, and the `--html` report file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from extract_facts.extractors import Extractor

from .base import Renderer


def choose_renderer(
    extractors: Sequence[Extractor], *, json_out: bool = False, jsonl: bool = False, csv_out: bool = False,
    html: Path | None = None, tables: bool = True,
) -> Renderer:
    """The stdout format asked for (tables unless `tables` is off), plus the `--html` report if asked for."""
    chosen = [] if not (json_out or jsonl or csv_out or tables) else [_stdout(extractors, json_out, jsonl, csv_out)]
    if html is not None:
        from .html import HtmlReport

        chosen.append(HtmlReport(html, extractors))
    if len(chosen) == 1:
        return chosen[0]
    from .tee import Tee

    return Tee(chosen)


def _stdout(extractors: Sequence[Extractor], json_out: bool, jsonl: bool, csv_out: bool) -> Renderer:
    out = sys.stdout
    if jsonl:
        from .jsonout import JsonLines

        return JsonLines(out)
    if json_out:
        from .jsonout import JsonArray

        return JsonArray(out)
    if csv_out:
        from .csvout import Csv

        return Csv(out, extractors)
    from rich.console import Console

    from .table import Tables

    # Piped tables are plain text; make them wide enough not to wrap every cell.
    console = Console(file=out, highlight=False, width=None if out.isatty() else 200)
    return Tables(console, extractors)
