"""Several renderers at once: stdout's format and a report file, or neither (`--db` alone)."""

from __future__ import annotations

from collections.abc import Sequence

from extract_facts.extractors import Result

from .base import Renderer


class Tee:
    def __init__(self, renderers: Sequence[Renderer]) -> None:
        self.renderers = list(renderers)

    def add(self, result: Result) -> None:
        for renderer in self.renderers:
            renderer.add(result)

    def finish(self) -> None:
        """Finish every renderer, even when one of them fails."""
        errors: list[BaseException] = []
        for renderer in self.renderers:
            try:
                renderer.finish()
            except BaseException as err:
                errors.append(err)
        if errors:
            raise errors[0]
