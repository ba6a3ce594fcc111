"""A small third-party extractor, installed by the plugin tests through a real entry point."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract_facts.extractors import Context, Extractor, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc

ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def find_emails(doc: Doc, context: Context) -> Iterator[Fact]:
    for match in ADDRESS.finditer(doc.text):
        yield Fact(match.start(), match.end(), {"address": match.group().lower()})


EXTRACTOR = Extractor(
    name="emails",
    description="E-mail addresses.",
    extract=find_emails,
    needs=frozenset({"sentences"}),
    fields=("address",),
)
