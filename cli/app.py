"""The `extract` command: a thin Typer app over the `extract_facts.extractors` library.

Nothing here imports spaCy: `extract --help`, `--version` and `list` start fast,
and the model loads only when a command has documents to parse.
"""

from __future__ import annotations

import copy
import os
import sys
from importlib.metadata import version as package_version
from typing import Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from .commands.doctor import doctor
from .commands.list import list_extractors
from .commands.run import EXAMPLES, run
from .errors import UsageProblem

BUILTIN_COMMANDS = {
    "money": "Money amounts: value and ISO 4217 currency, ranges and bounds.",
    "dates": "Dates, times, durations and sets as TIMEX3 values, resolved against the document's date.",
    "entities": "Named entities: one record per entity per document, with every mention.",
    "positions": "Declared positions: who supports, opposes, demands or pledges what.",
    "all": "Every installed extractor over one parse per document.",
}


class ExtractGroup(TyperGroup):
    """Built-in commands, plus every plugin extractor as a command of its own name."""

    def get_command(self, ctx: typer.Context, cmd_name: str) -> TyperCommand | None:  # type: ignore[override]
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        from extract_facts.extractors import registry

        extractor = registry.available().get(cmd_name)
        template = super().get_command(ctx, "all")
        if extractor is None or template is None:
            return None
        plugin = copy.copy(template)
        plugin.name, plugin.help, plugin.short_help = cmd_name, extractor.description, extractor.description
        return plugin

    def resolve_command(  # type: ignore[override]
        self, ctx: typer.Context, args: list[str]
    ) -> tuple[str | None, TyperCommand | None, list[str]]:
        name = args[0] if args else ""
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            from extract_facts.extractors import registry

            plugins = [n for n in registry.available() if n not in BUILTIN_COMMANDS]
            choices = ", ".join([*BUILTIN_COMMANDS, *plugins, "list", "doctor"])
            raise UsageProblem(f"unknown command or extractor {name!r} (choose from {choices})")
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=ExtractGroup,
    name="extract",
    help="Pull money, dates, entities and declared positions out of documents, with character offsets.",
    epilog="Plugins installed through the `extract_facts.extractors` entry-point group run as "
    "`extract NAME`; `extract list` shows them all.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

for _name, _help in BUILTIN_COMMANDS.items():
    app.command(_name, help=_help, epilog=EXAMPLES.format(name=_name))(run)
app.command("list")(list_extractors)
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
    """Pull money, dates, entities and declared positions out of documents, with character offsets."""


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: turn every way a run can end into one line and an exit status."""
    args = sys.argv[1:] if argv is None else argv
    command = typer.main.get_command(app)
    try:
        # Not standalone: Click returns the status of typer.Exit instead of exiting itself.
        status = command.main(args, prog_name="extract", standalone_mode=False)
    except UsageProblem as err:
        _die(f"extract: error: {err}", 2)
    except typer.Exit as err:
        _flush_or_quiet()
        sys.exit(err.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _die("extract: interrupted", 130)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except typer.TyperException as err:  # Click's usage errors, as vendored by Typer
        context = getattr(err, "ctx", None)
        command_name = getattr(context, "info_name", None)
        hint = f" (see 'extract {command_name} --help')" if command_name and command_name != "extract" else ""
        message = err.format_message()  # type: ignore[attr-defined]
        _die(f"extract: error: {message}{hint}" if message else "", getattr(err, "exit_code", 2))
    except Exception as err:
        if "--debug" in args:
            raise
        _die(f"extract: internal error: {type(err).__name__}: {err} (run with --debug for the traceback)", 1)
    _flush_or_quiet()
    sys.exit(status if isinstance(status, int) else 0)


def _die(message: str, status: int) -> None:
    _flush_or_quiet()
    if message:
        sys.stderr.write(message + "\n")
    sys.exit(status)


def _flush_or_quiet() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except ValueError:
        pass  # stdout already closed


def _quiet_stdout() -> None:
    """After the reader went away (`| head`), point stdout at /dev/null so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
