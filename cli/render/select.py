"""Pick the renderer the user asked for; stdout is the only place facts go."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract_facts.extractors import Extractor

from .base import Renderer


def choose_renderer(
    extractors: Sequence[Extractor], *, json_out: bool = False, jsonl: bool = False, csv_out: bool = False
) -> Renderer:
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
