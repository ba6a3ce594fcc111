"""Word lists shipped with the package (titles, boilerplate labels), read once."""

from __future__ import annotations

from functools import cache
from importlib import resources


def lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file beside this module."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(line.casefold() for line in lines(name))
