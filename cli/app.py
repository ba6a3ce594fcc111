"""The `extract` command: a thin Typer app over the `extract_facts.extractors` library.

Nothing here imports spaCy: `extract --help`, `--version` and `list` start fast,
and the model loads only when a command has documents to parse.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import sys
from importlib.metadata import version as package_version
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from .commands.doctor import doctor
from .commands.eval import evaluate
from .commands.list import list_extractors
from .commands.run import EXAMPLES, command
from .commands.schema import schema
from .errors import BadFile, UsageProblem, one_line
from .interrupts import on_terminate, terminated

if TYPE_CHECKING:
    from extract_facts.extractors import Extractor

HELP_FLAGS = {"help_option_names": ["-h", "--help"]}
ALL_HELP = "Every installed extractor over one parse per document."


class ExtractGroup(TyperGroup):
    """One command per installed extractor, built from its declaration, plus `all` and the tools."""

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        from extract_facts.extractors import registry

        return [*registry.available(), "all", *super().list_commands(ctx)]

    def get_command(self, ctx: typer.Context, cmd_name: str) -> TyperCommand | None:  # type: ignore[override]
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        from extract_facts.extractors import registry

        extractors = registry.available()
        if cmd_name == "all":
            return _extractor_command("all", ALL_HELP, list(extractors.values()))
        extractor = extractors.get(cmd_name)
        if extractor is None:
            return None
        return _extractor_command(cmd_name, extractor.description, [extractor])

    def resolve_command(  # type: ignore[override]
        self, ctx: typer.Context, args: list[str]
    ) -> tuple[str | None, TyperCommand | None, list[str]]:
        name = args[0] if args else ""
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            from extract_facts.extractors import registry

            if name in registry.broken():
                raise UsageProblem(f"extractor {name!r} failed to load: {registry.broken()[name]}")
            choices = ", ".join(self.list_commands(ctx))
            raise UsageProblem(f"unknown command or extractor {name!r} (choose from {choices})")
        return super().resolve_command(ctx, args)


def _extractor_command(name: str, help: str, extractors: list[Extractor]) -> TyperCommand:
    """The click command of one extractor (or of `all`): the common flags and its extractors' options."""
    single = typer.Typer(rich_markup_mode="rich", add_completion=False, context_settings=HELP_FLAGS)
    single.command(name, help=help, epilog=EXAMPLES.format(name=name))(command(extractors))
    return typer.main.get_command(single)  # type: ignore[return-value]


app = typer.Typer(
    cls=ExtractGroup,
    name="extract",
    help="Pull money, dates, entities, declared positions and more out of documents, with character offsets.",
    epilog="Every installed extractor is a command of its own name: plugins installed through the "
    "`extract_facts.extractors` entry-point group too; `extract list` shows them all.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    context_settings=HELP_FLAGS,
)

app.command("list")(list_extractors)
app.command("schema")(schema)
app.command("eval")(evaluate)
app.command("doctor")(doctor)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"extract {package_version('extract-facts')}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Pull money, dates, entities, declared positions and more out of documents, with character offsets."""


# The exit status of a run stopped by Ctrl-C (128 + SIGINT) or SIGTERM (128 + 15), as shells report it.
INTERRUPTED = 130
TERMINATED = 143


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: turn every way a run can end into one line and an exit status."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    command = typer.main.get_command(app)
    _closed_streams()
    _utf8_stdout()
    signal.signal(signal.SIGTERM, on_terminate)
    try:
        # Not standalone: Click returns the status of typer.Exit instead of exiting itself.
        status = command.main(args, prog_name="extract", standalone_mode=False)
    except BadFile as err:
        _die(f"extract: {one_line(str(err))}", 2)
    except UsageProblem as err:
        _die(f"extract: error: {one_line(str(err))}", 2)
    except typer.Exit as err:
        _flush_or_quiet()
        sys.exit(err.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _stopped()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except SystemExit as err:
        if not _after_broken_pipe(err):
            raise
        _quiet_stdout()  # Typer exits 1 when the reader goes away (`| head`); that is not a failure
        sys.exit(0)
    except OSError as err:  # the disk is full, stdout is a closed file, the model's files are unreadable...
        if debug:
            raise
        where = f"{err.filename}: " if err.filename else ""
        _die(f"extract: error: {one_line(where + (err.strerror or str(err)).lower())}", 1)
    except typer.TyperException as err:  # Click's usage errors, as vendored by Typer
        context = getattr(err, "ctx", None)
        command_name = getattr(context, "info_name", None)
        hint = f" (see 'extract {command_name} --help')" if command_name and command_name != "extract" else ""
        message = " ".join(err.format_message().split())  # type: ignore[attr-defined]
        _die(f"extract: error: {message}{hint}" if message else "", getattr(err, "exit_code", 2))
    except Exception as err:
        if debug:
            raise
        message = one_line(" ".join(str(err).split()))
        _die(f"extract: internal error: {type(err).__name__}: {message} (run with --debug for the traceback)", 1)
    if status == INTERRUPTED:  # Typer turns Ctrl-C inside a command into this status, silently
        _stopped()
    _flush_or_quiet()
    sys.exit(status if isinstance(status, int) else 0)


def _stopped() -> None:
    if terminated.is_set():
        _die("extract: terminated", TERMINATED)
    _die("extract: interrupted", INTERRUPTED)


def _after_broken_pipe(exit: SystemExit) -> bool:
    cause = exit.__context__
    return isinstance(cause, OSError) and cause.errno == errno.EPIPE


def _die(message: str, status: int) -> None:
    _flush_or_quiet()
    if message:
        sys.stderr.write(message + "\n")
    sys.exit(status)


def _closed_streams() -> None:
    """`extract ... >&-` is an error, as for `cat`; with stderr closed (`2>&-`) messages go nowhere."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - open for the life of the process
    if sys.stdout is None:
        _die("extract: error: standard output is closed", 1)


def _utf8_stdout() -> None:
    """Facts are UTF-8 whatever the locale (JSON must be); a terminal that cannot show a character gets `?`."""
    if not isinstance(sys.stdout, io.TextIOWrapper):
        return
    if sys.stdout.isatty():
        sys.stdout.reconfigure(errors="replace")
    elif sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")


def _flush_or_quiet() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except OSError:  # the reader went away, or the disk is full: what is left cannot be written
        _quiet_stdout()
    except ValueError:
        pass  # stdout already closed


def _quiet_stdout() -> None:
    """After the reader went away (`| head`), point stdout at /dev/null so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
