"""Extractors are plugins: found by name through a Python entry-point group.

The built-ins register through the same group (see `pyproject.toml`), so a
third-party package adds an extractor by declaring

    [project.entry-points."extract_facts.extractors"]
    emails = "my_package.emails:EXTRACTOR"

Loading an entry point imports only the module that defines the extractor;
extractor modules keep heavy imports (spaCy, dateparser) out of module level so
`extract list` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from .records import Context, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTRY_POINT_GROUP = "extract_facts.extractors"

# What an extractor can ask of the parse. The pipeline maps these to the
# components of whichever spaCy pipeline is loaded.
CAPABILITIES = ("sentences", "tags", "lemmas", "parse", "ner")


@dataclass(frozen=True)
class Extractor:
    """A named function from one parsed document to fact records."""

    name: str
    description: str
    extract: Callable[[Doc, Context], Iterable[Fact]]
    needs: frozenset[str] = field(default_factory=frozenset)
    # The extractor's own record keys, in the order CSV columns and tables show them.
    fields: tuple[str, ...] = ()
    version: str = "1"
    # Combines the facts found in the pieces of one document (long texts are parsed in
    # pieces; see `pipeline.split_text`), already in whole-document offsets. An extractor
    # whose records describe the whole document (one per entity) joins them here; it runs
    # on every document, split or not, so results never depend on where a text was cut.
    merge: Callable[[list[Fact], Context], Iterable[Fact]] | None = None

    def __post_init__(self) -> None:
        unknown = set(self.needs) - set(CAPABILITIES)
        if unknown:
            raise ValueError(f"extractor {self.name!r} needs unknown capabilities {sorted(unknown)}")


class UnknownExtractor(LookupError):
    """Raised for a name no installed extractor has."""


@cache
def _discover() -> tuple[dict[str, Extractor], dict[str, str]]:
    """Load every entry point once; a plugin that fails to load is set aside, never fatal to the others."""
    found: dict[str, Extractor] = {}
    broken: dict[str, str] = {}
    for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        try:
            extractor = point.load()
        except Exception as err:  # a third party's import error must not stop `extract money`
            broken[point.name] = f"{type(err).__name__}: {err}"
            continue
        if not isinstance(extractor, Extractor):
            broken[point.name] = f"entry point {point.value!r} does not name an Extractor"
            continue
        found[extractor.name] = extractor
    builtin = [name for name in BUILTIN_ORDER if name in found]
    return {name: found[name] for name in builtin + sorted(set(found) - set(builtin))}, broken


def available() -> dict[str, Extractor]:
    """Every installed extractor that loads, by name, in a stable order (built-ins first, then plugins)."""
    return _discover()[0]


def broken() -> dict[str, str]:
    """Entry points that failed to load, with the reason: `extract list` and `extract NAME` report them."""
    return _discover()[1]


def reload() -> None:
    """Forget what was discovered, so newly installed plugins are found (tests install some)."""
    _discover.cache_clear()


BUILTIN_ORDER = ("money", "dates", "entities", "positions")


def get(name: str) -> Extractor:
    try:
        return available()[name]
    except KeyError:
        reason = broken().get(name)
        raise UnknownExtractor(f"{name} (failed to load: {reason})" if reason else name) from None
