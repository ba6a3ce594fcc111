"""`extract NAME|all [PATH...]`: run extractors over documents.

One function serves every extractor command; the name it was called by picks the
extractors (`all` runs every installed one over one parse per document), and
each command gains the flags of its extractors' declared options.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.markup import escape

from extract_facts.extractors.engine.extractor import Extractor, OptionSpec, option_fields
from extract_facts.extractors.engine.pipeline import DEFAULT_MODEL

from .. import engines, inputs
from ..database import keeping
from ..errors import BadFile, UsageProblem, report_failure, say, warn
from ..interrupts import finished, held_interrupts
from ..render.across import Across
from ..render.base import Renderer
from ..render.select import choose_renderer

if TYPE_CHECKING:
    from extract_facts.extractors import Runner
    from extract_facts.extractors.engine.rules import Rules

EXAMPLES = """\
[bold]Examples[/bold]

  extract {name} seeds/                        [dim]# table of facts[/dim]
  extract {name} corpus/ --jsonl > facts.jsonl  [dim]# one fact per line[/dim]
  extract {name} --json | jq '.[0]'             [dim]# ./seeds/ by default[/dim]
  cat article.txt | extract {name} -            [dim]# stdin[/dim]
  extract {name} 'news/**/*.html' --jobs 2     [dim]# two worker processes[/dim]
"""


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
    model: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help=f"Any installed spaCy pipeline. Default: {DEFAULT_MODEL}.", show_default=False)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Skip files larger than this many bytes.")]
        = inputs.DEFAULT_MAX_BYTES,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of failures.")] = False,
    jobs: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--jobs", "-j", min=0, help="Worker processes, one model each; 0 = all cores. "
        "Default: 1 (with --engine dask: all cores).", show_default=False)] = None,
    engine: Annotated[engines.Engine, typer.Option(
        help=f"Where documents are parsed: local processes, or a Dask cluster ({escape(engines.DASK_EXTRA)}).")]
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
    rules: Annotated[Optional[list[Path]], typer.Option(  # noqa: UP045
        "--rules", help="A rules file: option values for the corpus, per folder or read off file names "
        "(repeatable; later files win). ./extract-rules.toml is read too, unless --no-rules.",
        dir_okay=False, show_default=False)] = None,
    no_rules: Annotated[bool, typer.Option("--no-rules", help="Do not read ./extract-rules.toml.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Leave out facts whose value is a guess among "
                                         "readings the text does not settle (records marked ambiguous).")] = False,
    across: Annotated[bool, typer.Option("--across", help="One record per entity (or whatever the extractor "
                                         "merges) for the whole corpus, instead of per document.")] = False,
    settings: dict[str, Any] | None = None,
) -> None:
    """Run the extractors the command names (every installed one for `all`) with their options `settings`."""
    from extract_facts.extractors import OptionError, Runner, registry

    name = ctx.info_name or "all"
    names = list(registry.available()) if name == "all" else [name]
    if sum((json_out, jsonl, csv_out)) > 1:
        raise UsageProblem("choose one of --json, --jsonl, --csv")
    found_rules = _rules(rules or [], no_rules)
    sources = list(inputs.find_sources(_default_paths(paths), tuple(globs or inputs.DEFAULT_GLOBS)))
    engines.check(engine, jobs, scheduler)
    if name == "all":
        for plugin, reason in registry.broken().items():
            warn(f"extractor {plugin!r} failed to load and is left out: {reason}")
    try:
        runner = Runner(names, settings, **({"model": model} if model else {}), rules=found_rules, strict=strict)
    except registry.UnknownExtractor as err:
        raise UsageProblem(f"extractor {err} is not available") from None
    except OptionError as err:
        raise UsageProblem(f"--{err.name.replace('_', '-')}: {err.reason}") from None
    if across:
        _check_across(runner, html)
    _load_model(runner)
    failed = False
    from extract_facts.extractors import Failure

    def output() -> Renderer:
        chosen = choose_renderer(runner.extractors, json_out=json_out, jsonl=jsonl, csv_out=csv_out, html=html,
                                 tables=not (html or db) or across)
        return Across(chosen, runner.extractors) if across else chosen

    notices = [e.notice() for e in runner.extractors if e.notice is not None]
    with finished(output) as renderer, \
            _progress(len(sources)) as advance, \
            keeping(db, engines.spread(runner, engine, jobs, scheduler)) as process:
        for item in process(inputs.read_all(sources, max_bytes)):
            if isinstance(item, Failure):
                failed = True
                report_failure(item, debug=debug)
            else:
                with held_interrupts():
                    renderer.add(item)
                for notice in notices:
                    notice.add(item.records)
                for failure in item.failures:  # an extractor that failed on it; the others' facts are out
                    failed = True
                    report_failure(failure, debug=debug)
            advance()
    for message in filter(None, (notice.message() for notice in notices)):
        say(message)
    if failed:
        raise typer.Exit(1)


def command(extractors: Sequence[Extractor]) -> Callable[..., None]:
    """`run` with the flags of these extractors' options added, for Typer to read as one command.

    Each option is a field of an extractor's options dataclass; on `all` the
    options of every extractor appear, grouped under the extractor's name.
    """
    common = [p for p in inspect.signature(run, eval_str=True).parameters.values() if p.name != "settings"]
    taken = {p.name for p in common}
    added: list[inspect.Parameter] = []
    for extractor in extractors:
        for spec_field, spec in option_fields(extractor.options):
            if spec_field.name in taken or not spec.flag:
                continue
            taken.add(spec_field.name)
            added.append(_parameter(spec_field, spec, extractor.name if len(extractors) > 1 else None))
    names = [p.name for p in added]

    def command(ctx: typer.Context, **values: Any) -> None:
        chosen = {k: values[k].value if isinstance(values[k], enum.Enum) else values[k] for k in names}
        run(ctx, **{k: v for k, v in values.items() if k not in names},
            settings={k: v for k, v in chosen.items() if v is not None})

    params = [*common, *added]
    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command


def _parameter(spec_field: dataclasses.Field[Any], spec: OptionSpec, panel: str | None) -> inspect.Parameter:
    """A keyword parameter whose `Annotated[..., typer.Option]` makes the option's flag."""
    default = spec_field.default if spec_field.default is not dataclasses.MISSING else None
    # Help is rich markup to Typer: an extractor's `[brackets]` must show as written.
    extra: dict[str, Any] = {"help": escape(spec.help), "rich_help_panel": panel, "metavar": spec.metavar}
    if spec.choices is not None:
        kind: Any = enum.Enum(spec_field.name, {c: c for c in spec.choices}, type=str)  # Typer's choices
        default = kind(default) if default is not None else None
        extra["case_sensitive"] = False
    elif spec.parse is None and isinstance(default, bool):
        kind = bool
    elif spec.parse is None and isinstance(default, int):
        kind = int
        extra["min"] = spec.minimum
    else:
        kind, default, extra["show_default"] = Optional[str], None, False  # noqa: UP045 - Typer reads it
    annotation = Annotated[kind, typer.Option(**{k: v for k, v in extra.items() if v is not None})]
    return inspect.Parameter(spec_field.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=annotation)


def _rules(files: list[Path], no_rules: bool) -> Rules | None:
    """The rules files to read, checked before any document is: `./extract-rules.toml` first, then `--rules`."""
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine import rules

    found = [Path(rules.DEFAULT_FILE)] if not no_rules and Path(rules.DEFAULT_FILE).is_file() else []
    if not found + files:
        return None
    try:
        return rules.load([*found, *files], registry.available())
    except rules.RulesError as err:
        raise BadFile(str(err)) from None


def _check_across(runner: Runner, html: Path | None) -> None:
    lacking = [e.name for e in runner.extractors if e.across is None]
    if lacking:
        raise UsageProblem(f"--across: {', '.join(lacking)} cannot merge records across documents")
    if html is not None:
        raise UsageProblem("--across and --html do not go together: the report shows each document's facts")


def _default_paths(paths: list[str] | None) -> list[str]:
    if paths:
        return paths
    if inputs.stdin_is_piped():
        return [inputs.STDIN]
    if os.path.isdir("seeds"):
        return ["seeds"]
    raise UsageProblem("no input: give files or folders (extract money docs/), pipe text in, or run where ./seeds/ is")


def _load_model(runner: Runner) -> None:
    from extract_facts.extractors.engine.pipeline import ModelNotFound

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
