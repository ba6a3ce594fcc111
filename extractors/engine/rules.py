"""A rules file: the extractors' options written once for a corpus, per folder, or read off file names.

    # extract-rules.toml
    [money]
    default_currency = "CAD"                    # for every document

    [dates.folders]
    "archive/2019/**" = { reference_date = "2019-06-30" }   # documents whose path matches

    [dates.names]
    reference_date = '(\\d{4}-\\d{2}-\\d{2})'  # the first group of this pattern in the file's path

A table is named after an extractor; its keys are that extractor's options (the
same names as its flags, `extract NAME --help`). A bad file is refused before any
document is read, with `FILE:LINE: reason`: TOML that does not parse, a table
no installed extractor has, a key that is not one of its options, a value its
option does not take. Later files win over earlier ones, folders over the
whole corpus, names over folders, and flags given on the command line over all.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extractor import Extractor, OptionError, option_fields

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the backport
    import tomli as tomllib

# The file found and read in the current folder unless `--no-rules` is given.
DEFAULT_FILE = "extract-rules.toml"
# Sub-tables of an extractor's table: option values per path pattern, and patterns that read them off a path.
FOLDERS, NAMES = "folders", "names"


class RulesError(ValueError):
    """A rules file that cannot be used; the message starts `FILE:LINE:`."""


@dataclass(frozen=True)
class _Scoped:
    """Option values that apply where a path matches: a glob, or a pattern whose first group is the value."""

    extractor: str
    pattern: str
    values: tuple[tuple[str, Any], ...] = ()
    option: str | None = None  # for a name pattern: the option its first group sets

    def applies(self, path: str) -> Iterable[tuple[str, Any]]:
        if self.option is None:
            return self.values if _matches(path, self.pattern) else ()
        found = re.search(self.pattern, path)
        return ((self.option, found.group(1)),) if found and found.groups() else ()


@dataclass(frozen=True)
class Rules:
    """Option values by extractor: for the whole corpus, and for the documents whose path says."""

    corpus: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    scoped: tuple[_Scoped, ...] = ()
    files: tuple[str, ...] = ()

    def settings(self, path: str | None) -> dict[str, dict[str, Any]]:
        """The option values for a document at `path` (None for stdin and text): extractor -> option -> value."""
        chosen = {name: dict(values) for name, values in self.corpus.items()}
        for scope in self.scoped:
            if path is not None:
                for option, value in scope.applies(path):
                    chosen.setdefault(scope.extractor, {})[option] = value
        return chosen

    @property
    def per_document(self) -> bool:
        return bool(self.scoped)


def _matches(path: str, pattern: str) -> bool:
    """A glob against the path as given and every tail of it (`news/*.txt` matches `/corpus/news/a.txt`)."""
    parts = Path(path).as_posix().split("/")
    return any(fnmatch.fnmatchcase("/".join(parts[i:]), pattern) for i in range(len(parts)))


def load(paths: Sequence[str | Path], extractors: Mapping[str, Extractor]) -> Rules:
    """Read and check rules files against the installed extractors' options."""
    corpus: dict[str, dict[str, Any]] = {}
    scoped: list[_Scoped] = []
    for path in paths:
        text = _read(path)
        lines = _Lines(str(path), text)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            found = re.search(r"line (\d+)", str(err))
            raise RulesError(f"{path}:{found.group(1) if found else 1}: {err}") from None
        for name, table in data.items():
            extractor = extractors.get(name)
            owners = [e for e in extractors.values() if name in {f.name for f, _ in option_fields(e.options)}]
            if extractor is None and owners:  # a shared table ([aliases]): the option of each extractor taking it
                for owner in owners:
                    corpus.setdefault(owner.name, {})[name] = _checked(lines, owner, [name], name, table)
                continue
            if extractor is None:
                raise lines.error([name], f"[{name}]: no installed extractor is called {name!r} "
                                          f"(installed: {', '.join(extractors)})")
            if not isinstance(table, dict):
                raise lines.error([name], f"{name} must be a table ([{name}])")
            for key, value in table.items():
                if key == FOLDERS:
                    scoped += _folders(lines, extractor, value)
                elif key == NAMES:
                    scoped += _names(lines, extractor, value)
                else:
                    corpus.setdefault(name, {})[key] = _checked(lines, extractor, [name, key], key, value)
    return Rules(corpus, tuple(scoped), tuple(str(p) for p in paths))


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror.lower() if isinstance(err, OSError) and err.strerror else str(err)
        raise RulesError(f"{path}:1: cannot read the rules file: {reason}") from None


def _folders(lines: _Lines, extractor: Extractor, table: Any) -> list[_Scoped]:
    where = [extractor.name, FOLDERS]
    if not isinstance(table, dict):
        raise lines.error(where, f"[{extractor.name}.{FOLDERS}] must map path patterns to tables of options")
    scoped = []
    for pattern, values in table.items():
        if not isinstance(values, dict):
            raise lines.error([*where, pattern], f"{pattern!r} must map to a table of options, "
                                                 f"as {{ option = value }}")
        checked = tuple((key, _checked(lines, extractor, [*where, pattern, key], key, value))
                        for key, value in values.items())
        scoped.append(_Scoped(extractor.name, pattern, checked))
    return scoped


def _names(lines: _Lines, extractor: Extractor, table: Any) -> list[_Scoped]:
    where = [extractor.name, NAMES]
    if not isinstance(table, dict):
        raise lines.error(where, f"[{extractor.name}.{NAMES}] must map options to patterns")
    scoped = []
    for option, pattern in table.items():
        _checked(lines, extractor, [*where, option], option, None)
        try:
            groups = re.compile(pattern).groups if isinstance(pattern, str) else 0
        except re.error as err:
            raise lines.error([*where, option], f"{option}: not a regular expression: {err}") from None
        if not groups:
            raise lines.error([*where, option], f"{option}: the pattern needs a group, (...), around the value")
        scoped.append(_Scoped(extractor.name, pattern, option=option))
    return scoped


def _checked(lines: _Lines, extractor: Extractor, where: list[str], key: str, value: Any) -> Any:
    """The value as the extractor's option takes it; None only checks that the option exists."""
    known = {f.name for f, _ in option_fields(extractor.options)}
    if key not in known:
        takes = f"its options are {', '.join(sorted(known))}" if known else "it has no options"
        raise lines.error(where, f"{key}: not an option of {extractor.name} ({takes})")
    if value is None:
        return None
    value = _located(lines, where, value)
    try:
        extractor.configure({key: value})
    except OptionError as err:
        located = re.match(rf"{re.escape(lines.path)}:(\d+): (.*)", err.reason, re.DOTALL)
        if located:  # the option named the entry at fault by where it was written
            raise RulesError(f"{lines.path}:{located.group(1)}: {key}: {located.group(2)}") from None
        raise lines.error(where, f"{key}: {err.reason}") from None
    except (TypeError, ValueError) as err:
        raise lines.error(where, f"{key}: {err}") from None
    return value


class Located(str):
    """A key of a rules-file table that knows where it was written (`source`, `FILE:LINE`), for `rule`."""

    source: str

    def __new__(cls, text: str, source: str) -> Located:
        made = super().__new__(cls, text)
        made.source = source
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return Located, (str(self), self.source)


def _located(lines: _Lines, where: list[str], value: Any) -> Any:
    """The value with where each entry was written: a table's keys become `Located`, and each table
    of an array of tables (`[[entities.patterns]]`) gains a `source` key, `FILE:LINE`."""
    if isinstance(value, dict):
        return {Located(key, f"{lines.path}:{lines.line([*where, key])}"): item for key, item in value.items()}
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        starts = lines.entries(where)
        return [{**item, "source": f"{lines.path}:{starts[n] if n < len(starts) else lines.line(where)}"}
                for n, item in enumerate(value)]
    return value


class _Lines:
    """Finds the line of a table or key in the file's text, for messages (TOML parsers give none)."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def error(self, where: list[str], reason: str) -> RulesError:
        return RulesError(f"{self.path}:{self.line(where)}: {reason}")

    def entries(self, where: list[str]) -> list[int]:
        """The lines of the tables of an array of tables (`[[a.b]]`); none for an inline array (its key's line)."""
        header = re.compile(r"^\s*\[\[\s*" + r"\s*\.\s*".join(_key(k) for k in where) + r"\s*\]\]")
        return [n + 1 for n, text in enumerate(self.lines) if header.match(text)]

    def line(self, where: list[str]) -> int:
        """The line of the last name of `where` after the line of its table, else of the table."""
        line = 0
        for depth in range(len(where), 0, -1):
            header = re.compile(r"^\s*\[+\s*" + r"\s*\.\s*".join(_key(k) for k in where[:depth]) + r"\s*\]+")
            found = next((n for n, text in enumerate(self.lines) if header.match(text)), None)
            if found is not None:
                line = found
                break
        last = _key(where[-1])
        key = re.compile(r"^\s*(?:" + last + r")\s*=|[{,]\s*(?:" + last + r")\s*=")
        found = next((n for n in range(line, len(self.lines)) if key.search(self.lines[n])), None)
        return (found if found is not None else line) + 1


def _key(name: str) -> str:
    """A TOML key as it may be written: bare, or in quotes."""
    escaped = re.escape(name)
    return rf"(?:{escaped}|\"{escaped}\"|'{escaped}')"
