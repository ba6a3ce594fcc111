"""Word lists shipped with the extractor packages: one format, one loader, each list read once.

A list is a UTF-8 text file beside the package's modules: one entry a line,
`#` starts a comment line, blank lines are ignored.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(package: str, name: str) -> tuple[str, ...]:
    """The entries of the list `name` of `package` (`extract_facts.extractors.entities`), in file order."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(package: str, name: str) -> frozenset[str]:
    """The entries of a list, casefolded, for membership tests."""
    return frozenset(line.casefold() for line in lines(package, name))
