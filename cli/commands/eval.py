"""`extract eval GOLD PATH...`: run the extractors on the documents gold files name, and score them.

GOLD is a gold file or a folder of them (`*.json`, searched recursively). Each
gold file's `source` is matched by file name against the documents under the
PATHs; its `reference_date` is the reference relative dates resolve against.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from extract_facts.extractors.engine.evaluation import (
    Gold,
    GoldError,
    Score,
    document_name,
    extractors_of,
    load_gold,
    score,
)
from extract_facts.extractors.engine.pipeline import DEFAULT_MODEL

from .. import inputs
from ..errors import UsageProblem, report_failure

if TYPE_CHECKING:
    from extract_facts.extractors import Runner

# One scored document: its gold file, its path, and its scores per extractor.
Report = dict[str, Any]


def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold file, or a folder of gold files (*.json).",
                                         metavar="GOLD", show_default=False)],
    paths: Annotated[list[str], typer.Argument(help="Files or folders holding the documents the gold files name.",
                                               metavar="PATH...", show_default=False)],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    show: Annotated[bool, typer.Option("--show", help="List every missed gold fact and false positive.")] = False,
    extractor: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045 - Typer reads the annotation
        "--extractor", "-e", help="Score only these extractors (repeatable). Default: all the gold files cover.",
        show_default=False)] = None,
    min_f1: Annotated[Optional[float], typer.Option(  # noqa: UP045
        min=0.0, max=1.0, help="Exit with status 1 when any extractor's F1 is below this.", show_default=False)]
        = None,
    model: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help=f"Any installed spaCy pipeline. Default: {DEFAULT_MODEL}.", show_default=False)] = None,
) -> None:
    """Score the extractors against hand-checked gold files: precision, recall and F1 per extractor."""
    from extract_facts.extractors import Runner
    from extract_facts.extractors.engine.pipeline import ModelNotFound

    golds = _load_golds(gold)
    names = _extractors(golds, extractor)
    runner = Runner(names, **({"model": model} if model else {}))
    try:
        _ = runner.nlp
    except ModelNotFound as err:
        raise UsageProblem(f"--model {err}: no installed spaCy pipeline has that name") from None
    reports, failed = _score_all(runner, golds, paths)
    totals = {name: Score(name) for name in names}
    for report in reports:
        for name, result in report["scores"].items():
            totals[name] += result
    if json_out:
        _print_json(reports, totals)
    else:
        _print_tables(reports, totals, show)
    low = [s.extractor for s in totals.values() if min_f1 is not None and s.gold + s.predicted and s.f1 < min_f1]
    if low:
        sys.stderr.write(f"extract: F1 below {min_f1} for {', '.join(low)}\n")
    if failed or low:
        raise typer.Exit(1)


def _load_golds(gold: Path) -> list[tuple[Path, Gold]]:
    golds = []
    for path in _gold_files(gold):
        try:
            golds.append((path, load_gold(path)))
        except GoldError as err:
            raise UsageProblem(f"{path}: {err}") from None
    return golds


def _extractors(golds: list[tuple[Path, Gold]], chosen: list[str] | None) -> list[str]:
    """The installed extractors to score, in their usual order: those chosen, or those the gold files cover."""
    from extract_facts.extractors import registry

    unknown = set(chosen or ()) - set(registry.available())
    if unknown:
        raise UsageProblem(f"--extractor: no installed extractor is called {', '.join(sorted(unknown))}")
    wanted = set(chosen) if chosen else {name for _, g in golds for name in extractors_of(g)}
    names = [name for name in registry.available() if name in wanted]
    if not names:
        raise UsageProblem("the gold files hold facts for no installed extractor")
    return names


def _score_all(runner: Runner, golds: list[tuple[Path, Gold]], paths: Sequence[str]) -> tuple[list[Report], bool]:
    """Run and score each gold file's document; a document not found or not readable is reported and skipped."""
    from extract_facts.extractors import Failure

    documents = _documents(paths, {document_name(g) for _, g in golds})
    names = [e.name for e in runner.extractors]
    reports: list[Report] = []
    failed = False
    for path, g in golds:
        source = documents.get(document_name(g))
        if source is None:
            sys.stderr.write(f"extract: {path}: no document named {document_name(g)} under {' '.join(paths)}\n")
            failed = True
            continue
        # The gold file's date is the document's: every extractor that takes a reference date gets it.
        runner.reconfigure({"reference_date": _reference(g)}, strict=False)
        (outcome,) = runner.run([inputs.read_source(source)])
        if isinstance(outcome, Failure):
            report_failure(outcome)
            failed = True
            continue
        for failure in outcome.failures:  # an extractor that failed on it: scored on the others' records
            report_failure(failure)
            failed = True
        try:
            scores = score(g, outcome.records, [n for n in names if n in extractors_of(g)])
        except GoldError as err:
            raise UsageProblem(f"{path}: {err}") from None
        reports.append({"gold": str(path), "source": source.path, "scores": scores})
    return reports, failed


def _gold_files(gold: Path) -> list[Path]:
    if gold.is_dir():
        found = sorted(gold.rglob("*.json"))
        if not found:
            raise UsageProblem(f"{gold}: no gold files (*.json) in this folder")
        return found
    if not gold.exists():
        raise UsageProblem(f"{gold}: no such gold file")
    return [gold]


def _documents(paths: Sequence[str], names: set[str]) -> dict[str, inputs.Source]:
    """The first readable file of each wanted name under the paths, in the usual sorted order."""
    found: dict[str, inputs.Source] = {}
    for source in inputs.find_sources(paths, tuple(sorted(names))):
        name = Path(source.path).name
        if source.problem is None and name in names:
            found.setdefault(name, source)
    return found


def _reference(gold: Gold) -> dt.datetime | None:
    value = gold.get("reference_date")
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        raise UsageProblem(f"gold reference_date {value!r} is not a date (YYYY-MM-DD)") from None


def _print_json(reports: list[Report], totals: dict[str, Score]) -> None:
    def findings(scores: dict[str, Score], kind: str) -> list[dict[str, Any]]:
        return [vars(f) for s in scores.values() for f in getattr(s, kind)]

    data = {
        "extractors": {name: s.as_dict() for name, s in totals.items()},
        "documents": [{"gold": r["gold"], "source": r["source"],
                       "extractors": {n: s.as_dict() for n, s in r["scores"].items()},
                       "misses": findings(r["scores"], "misses"),
                       "false_positives": findings(r["scores"], "false_positives")} for r in reports],
    }
    sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def _print_tables(reports: list[Report], totals: dict[str, Score], show: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    out = sys.stdout
    console = Console(file=out, highlight=False, width=None if out.isatty() else 160)
    table = Table(title=f"eval: {len(reports)} documents", title_justify="left")
    for column in ("extractor", "gold", "found", "predicted", "correct", "wrong", "unjudged",
                   "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "extractor" else "right")
    for s in totals.values():
        table.add_row(s.extractor, *(str(n) for n in (s.gold, s.found, s.predicted, s.correct, s.wrong, s.unjudged)),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(table)
    if not show:
        return
    for report in reports:
        misses = [f for s in report["scores"].values() for f in s.misses]
        wrong = [f for s in report["scores"].values() for f in s.false_positives]
        if not misses and not wrong:
            continue
        console.print(f"\n[bold]{escape(report['source'])}[/bold]")
        for title, rows in (("missed", misses), ("false positive", wrong)):
            for f in rows:
                at = f"@{f.start}" if f.start is not None else ""
                console.print(f"  {title:14} {f.extractor:9} {f.text!r}{at}: {f.detail}", markup=False)
