"""`extract list`: the installed extractors, built-in and plugins."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from extract_facts.extractors import Extractor


def list_extractors(
    json_out: Annotated[bool, typer.Option("--json", help="Print the list as a JSON array.")] = False,
    rules: Annotated[bool, typer.Option("--rules", help="List the rules the extractors' records name in "
                                        "their `rule` key instead, one line each.")] = False,
) -> None:
    """List the installed extractors: built-ins and plugins found through the entry-point group."""
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine.extractor import option_fields

    if rules:
        _list_rules(registry.available().values(), json_out)
        return

    rows = [
        {
            "name": e.name,
            "description": e.description,
            "needs": sorted(e.needs),
            "version": e.version,
            "module": e.extract.__module__,
            "fields": list(e.field_names),
            "options": [f.name for f, _ in option_fields(e.options)],
            # Options a flag carries, and those only a rules file (or the Python API) can set: tables, lists.
            "flags": [f"--{f.name.replace('_', '-')}" for f, spec in option_fields(e.options) if spec.flag],
            "rules_keys": [f"[{e.name}] {f.name}" for f, spec in option_fields(e.options) if not spec.flag],
        }
        for e in registry.available().values()
    ]
    rows += [
        {"name": name, "description": f"failed to load: {reason}", "needs": [], "version": None, "module": None,
         "fields": [], "options": [], "flags": [], "rules_keys": []}
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
        options = ", ".join([*row["flags"], *row["rules_keys"]])
        table.add_row(row["name"], row["description"], ", ".join(row["needs"]) or "-", options or "-")
    Console(highlight=False, markup=False).print(table)


def _list_rules(extractors: Iterable[Extractor], json_out: bool) -> None:
    """Every declared rule by its dotted name; rules files add `NAME.rules:FILE:LINE` at run time."""
    from extract_facts.extractors.engine.records import rule_name

    rows = [{"rule": rule_name(e.name, rule), "extractor": e.name, "description": description}
            for e in extractors for rule, description in e.rules.items()]
    rows += [{"rule": rule_name(e.name, None), "extractor": e.name, "description": "the extractor names no rules"}
             for e in extractors if not e.rules]
    if json_out:
        sys.stdout.write(json.dumps(rows, indent=1) + "\n")
        return
    width = max((len(row["rule"]) for row in rows), default=0)
    sys.stdout.write("".join(f"{row['rule']:<{width}}  {row['description']}\n" for row in rows))
