"""What every renderer does: take results as they come, finish once at the end."""

from __future__ import annotations

from typing import Protocol

from extract_facts.extractors import Result


class Renderer(Protocol):
    """Receives each document's records in input order; `finish` runs even after an interrupt."""

    def add(self, result: Result) -> None: ...

    def finish(self) -> None: ...
