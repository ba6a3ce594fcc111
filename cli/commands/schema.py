"""`extract schema [NAME...]`: the JSON Schema of the records the installed extractors produce."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from ..errors import UsageProblem


def schema(
    names: Annotated[Optional[list[str]], typer.Argument(  # noqa: UP045 - Typer reads the annotation
        help="Extractors to describe. Default: every installed one.", metavar="[NAME]...", show_default=False)]
        = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the field tables as Markdown instead.")]
        = False,
) -> None:
    """Print the record contract generated from the extractors' declarations (JSON Schema 2020-12)."""
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine.schema import markdown as tables
    from extract_facts.extractors.engine.schema import record_schema

    available = registry.available()
    unknown = [n for n in names or () if n not in available]
    if unknown:
        raise UsageProblem(f"no installed extractor is called {', '.join(unknown)}")
    chosen = [available[n] for n in names] if names else list(available.values())
    if markdown:
        sys.stdout.write(tables(chosen))
    else:
        sys.stdout.write(json.dumps(record_schema(chosen), indent=1, ensure_ascii=False) + "\n")
