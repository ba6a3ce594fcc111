"""What an extractor declares about itself, as a spaCy factory does.

An `Extractor` names its function, its record fields (types and meanings), its
options (a dataclass whose fields become its command's flags), the parse it
needs, how its records show in a table and a report, and how `extract eval`
scores them. The engine, the renderers, the store and the schema read these
declarations and name no extractor, so a plugin gets exactly what a built-in
gets.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .records import Context, Fact, Record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .evaluation import Scorer

# What an extractor can ask of the parse. The pipeline maps these to the
# components of whichever spaCy pipeline is loaded.
CAPABILITIES = ("sentences", "tags", "lemmas", "parse", "ner")
# JSON Schema types a field may take; a field of a plugin that declares only names takes any.
ANY_TYPE = ("string", "number", "integer", "boolean", "array", "object", "null")


@dataclass(frozen=True)
class Field:
    """One key of an extractor's records: its JSON Schema type(s) and what it means."""

    name: str
    type: str | tuple[str, ...] = ANY_TYPE
    description: str = ""
    # JSON Schema of a list's items, or the allowed values of a string.
    items: Mapping[str, Any] | None = None
    enum: tuple[Any, ...] | None = None
    # False for a key that only some records carry (a date's `mod`).
    required: bool = True

    def schema(self) -> dict[str, Any]:
        types = [self.type] if isinstance(self.type, str) else list(self.type)
        out: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
        if self.description:
            out["description"] = self.description
        if self.items is not None:
            out["items"] = dict(self.items)
        if self.enum is not None:
            out["enum"] = [*self.enum, *([None] if "null" in types else [])]
        return out


@dataclass(frozen=True)
class Layout:
    """How a table shows an extractor's records: which columns, in what order of rows."""

    columns: tuple[str, ...]
    sort: Callable[[Record], Any] | None = None
    # The column that carries the normalised value, coloured so it stands out.
    highlight: str | None = None


@dataclass(frozen=True)
class OptionSpec:
    """How a field of an options dataclass becomes a command-line flag."""

    help: str
    # From what the user typed to the value; a ValueError is a usage error naming the flag.
    parse: Callable[[str], Any] | None = None
    choices: tuple[str, ...] | None = None
    minimum: int | None = None
    metavar: str | None = None
    # False for a value no flag can carry (a table of cue words): set in a rules file or the Python API,
    # and checked by `parse` whatever its type.
    flag: bool = True

    def convert(self, value: Any) -> Any:
        """The typed value of a flag or of a keyword the Python API was given."""
        if self.parse is not None and (isinstance(value, str) or not self.flag):
            return self.parse(value)
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{value!r} is not one of {', '.join(self.choices)}")
        if self.minimum is not None and isinstance(value, int) and value < self.minimum:
            raise ValueError(f"{value} is below {self.minimum}")
        return value


_OPTION = "extract_facts.option"


def option(default: Any, help: str, **spec: Any) -> Any:
    """A field of an options dataclass, with what its flag needs (`parse`, `choices`, `minimum`, `metavar`)."""
    return field(default=default, metadata={_OPTION: OptionSpec(help, **spec)})


def option_fields(options: type | None) -> list[tuple[dataclasses.Field[Any], OptionSpec]]:
    """The declared options of an options dataclass, in declaration order."""
    if options is None:
        return []
    return [(f, f.metadata.get(_OPTION) or OptionSpec(help=f.name)) for f in dataclasses.fields(options)]


class Aggregator(Protocol):
    """Merges the records of many documents into records for the whole corpus (`--across`).

    It sees one document's records at a time and should keep only what the
    merged records need (counts, a few sources), so memory stays bounded.
    """

    def add(self, records: list[Record]) -> None: ...

    def finish(self) -> Iterable[Record]: ...


class Notice(Protocol):
    """Watches a run's records and says one thing about the whole run at its end, or nothing."""

    def add(self, records: list[Record]) -> None: ...

    def message(self) -> str | None: ...


@dataclass(frozen=True)
class Extractor:
    """A named function from one parsed document to fact records, and everything shown about them."""

    name: str
    description: str
    extract: Callable[[Doc, Context], Iterable[Fact]]
    needs: frozenset[str] = field(default_factory=frozenset)
    # The extractor's own record keys, in the order CSV columns show them. Plain names are accepted.
    fields: tuple[Field | str, ...] = ()
    # A frozen dataclass of settings; its fields become flags of this extractor's command and of `all`.
    options: type | None = None
    version: str = "1"  # bumped when its readings change, so `--db` runs re-read the documents
    # Combines the facts found in the pieces of one document (long texts are parsed in
    # pieces; see `pipeline.split_text`), already in whole-document offsets. An extractor
    # whose records describe the whole document (one per entity) joins them here; it runs
    # on every document, split or not, so results never depend on where a text was cut.
    merge: Callable[[list[Fact], Context], Iterable[Fact]] | None = None
    # The field that labels a record (reports filter by it, the store indexes it) and the
    # one holding its normalised value (default: the first field).
    label: str | None = None
    value: str | None = None
    layout: Layout | None = None
    # The value in a few words, for a report's tooltip and fact list.
    summary: Callable[[Record], str] | None = None
    # Where a record shows in its text, when not just its own span (every mention of an entity).
    spans: Callable[[Record], list[tuple[int, int]]] | None = None
    # A numeric field that ranks records for a report's "top" list (entities by mentions).
    rank: str | None = None
    # Scores this extractor's records against a gold file's facts (`extract eval`).
    scorer: Scorer | None = None
    # The report's highlight colour; plugins without one take spare colours in order.
    colour: str | None = None
    # Makes an aggregator of records across documents (one record per entity for a corpus).
    across: Callable[[], Aggregator] | None = None
    # Makes a notice for the end of a run (dates: how many documents had no date of their own).
    notice: Callable[[], Notice] | None = None
    # The rules its facts name (`Fact.rule`), each with one line on what it reads: `extract list --rules`.
    rules: Mapping[str, str] = field(default_factory=dict)
    # Makes a step that amends each parse before any extractor reads it (a rules file's entity
    # patterns, applied over the model's entities), from the pipeline and this extractor's
    # options; None when the options ask for nothing. Every chosen extractor reads the amended
    # parse, and the shared pipeline itself is never changed.
    after_parse: Callable[[Language, Any], Callable[[Doc], Doc] | None] | None = None

    def __post_init__(self) -> None:
        unknown = set(self.needs) - set(CAPABILITIES)
        if unknown:
            raise ValueError(f"extractor {self.name!r} needs unknown capabilities {sorted(unknown)}")
        fields = tuple(f if isinstance(f, Field) else Field(f) for f in self.fields)
        object.__setattr__(self, "fields", fields)
        names = {f.name for f in fields}
        for key in (self.label, self.value, self.rank):
            if key is not None and key not in names:
                raise ValueError(f"extractor {self.name!r} refers to {key!r}, which is not one of its fields")
        if self.options is not None and not dataclasses.is_dataclass(self.options):
            raise TypeError(f"extractor {self.name!r}: options must be a dataclass")
        bad = [rule for rule in self.rules if not re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", rule)]
        if bad:
            raise ValueError(f"extractor {self.name!r}: rule names are dotted lower-case words, not {bad}")

    def __reduce_ex__(self, protocol: Any) -> Any:
        """An installed extractor travels to worker processes by name, whatever functions it holds."""
        from . import registry

        if registry.available().get(self.name) is self:
            return registry.get, (self.name,)
        return object.__reduce_ex__(self, protocol)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)  # type: ignore[union-attr]

    @property
    def table(self) -> Layout:
        return self.layout or Layout(("source", "text", *self.field_names), highlight=self.value)

    def label_of(self, record: Record) -> str | None:
        label = record.get(self.label) if self.label else None
        return str(label) if label is not None else None

    def value_of(self, record: Record) -> Any:
        key = self.value or next(iter(self.field_names), None)
        return record.get(key) if key else None

    def describe(self, record: Record) -> str:
        if self.summary is not None:
            return self.summary(record)
        return "; ".join(f"{k}: {record.get(k)}" for k in self.field_names
                         if not isinstance(record.get(k), (list, dict)))

    def configure(self, settings: Mapping[str, Any] | None = None) -> Any:
        """This extractor's options from the settings its option names pick out (others are ignored)."""
        if self.options is None:
            return None
        chosen = {}
        for f, spec in option_fields(self.options):
            if settings and f.name in settings and settings[f.name] is not None:
                try:
                    chosen[f.name] = spec.convert(settings[f.name])
                except ValueError as err:
                    raise OptionError(f.name, str(err)) from None
        return self.options(**chosen)


class OptionError(ValueError):
    """An option value its extractor cannot use; `name` is the option's field name."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def configure(extractors: Iterable[Extractor], settings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Each extractor's options from one set of settings; a setting no extractor takes is an error."""
    extractors = list(extractors)
    taken = {f.name for e in extractors for f, _ in option_fields(e.options)}
    unknown = sorted(set(settings or {}) - taken)
    if unknown:
        raise OptionError(unknown[0], f"no chosen extractor takes this option (they take: {', '.join(sorted(taken))})")
    return {e.name: e.configure(settings) for e in extractors}
