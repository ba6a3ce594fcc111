"""entities extractor (first version pending)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Context, Fact
from ..registry import Extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    yield from ()


EXTRACTOR = Extractor(name="entities", description="entities", extract=find, needs=frozenset({"sentences"}))
