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

from functools import cache
from importlib.metadata import entry_points

from .extractor import Extractor

ENTRY_POINT_GROUP = "extract_facts.extractors"
# The distribution whose entry points are the built-ins, listed first in the order it declares them.
OWN_DISTRIBUTION = "extract-facts"


class UnknownExtractor(LookupError):
    """Raised for a name no installed extractor has."""


@cache
def _discover() -> tuple[dict[str, Extractor], dict[str, str]]:
    """Load every entry point once; a plugin that fails to load is set aside, never fatal to the others."""
    found: dict[str, Extractor] = {}
    broken: dict[str, str] = {}
    # Built-ins first in their declared order (the sort is stable), then plugins by name.
    points = entry_points(group=ENTRY_POINT_GROUP)
    for point in sorted(points, key=lambda p: (False, "") if _own(p) else (True, p.name)):
        try:
            extractor = point.load()
        except Exception as err:  # a third party's import error must not stop `extract money`
            broken[point.name] = f"{type(err).__name__}: {err}"
            continue
        if not isinstance(extractor, Extractor):
            broken[point.name] = f"entry point {point.value!r} does not name an Extractor"
            continue
        found.setdefault(extractor.name, extractor)
    return found, broken


def _own(point: object) -> bool:
    dist = getattr(point, "dist", None)
    return dist is not None and dist.name.replace("_", "-").lower() == OWN_DISTRIBUTION


def available() -> dict[str, Extractor]:
    """Every installed extractor that loads, by name, in a stable order (built-ins first, then plugins)."""
    return _discover()[0]


def broken() -> dict[str, str]:
    """Entry points that failed to load, with the reason: `extract list` and `extract NAME` report them."""
    return _discover()[1]


def reload() -> None:
    """Forget what was discovered, so newly installed plugins are found (tests install some)."""
    _discover.cache_clear()


def get(name: str) -> Extractor:
    try:
        return available()[name]
    except KeyError:
        reason = broken().get(name)
        raise UnknownExtractor(f"{name} (failed to load: {reason})" if reason else name) from None
