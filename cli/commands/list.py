"""`extract list`: the installed extractors, built-in and plugins."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def list_extractors(
    json_out: Annotated[bool, typer.Option("--json", help="Print the list as a JSON array.")] = False,
) -> None:
    """List the installed extractors: built-ins and plugins found through the entry-point group."""
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine.extractor import option_fields

    rows = [
        {
            "name": e.name,
            "description": e.description,
            "needs": sorted(e.needs),
            "version": e.version,
            "module": e.extract.__module__,
            "fields": list(e.field_names),
            "options": [f.name for f, _ in option_fields(e.options)],
        }
        for e in registry.available().values()
    ]
    rows += [
        {"name": name, "description": f"failed to load: {reason}", "needs": [], "version": None, "module": None,
         "fields": [], "options": []}
        for name, reason in registry.broken().items()
    ]
    if json_out:
        sys.stdout.write(json.dumps(rows, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="extractors", title_justify="left")
    for column in ("name", "description", "needs", "options"):
        table.add_column(column)
    for row in rows:
        options = ", ".join(f"--{o.replace('_', '-')}" for o in row["options"])
        table.add_row(row["name"], row["description"], ", ".join(row["needs"]) or "-", options or "-")
    Console(highlight=False).print(table)
