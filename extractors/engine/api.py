"""The one-call Python API: text or a path in, typed records out.

    from extract_facts import extract
    facts = extract("It cost $5m on December 20.", ["money", "dates"], reference_date="2025-12-25")
    facts[0].amount  # 5000000

Records are the same as the CLI's JSON (`record.as_dict()`), with their fields
as attributes. Failures are raised (`errors="raise"`, the default) or returned
beside the records (`errors="collect"`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from . import documents, registry
from .documents import Document, Failure
from .pipeline import DEFAULT_MODEL
from .records import Record
from .runner import Result, Runner, needs

if TYPE_CHECKING:
    from spacy.language import Language


class ExtractionError(RuntimeError):
    """A document that could not be read or processed, with `errors="raise"`."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(f"{failure.source}: {failure.reason}")
        self.failure = failure


@dataclass(frozen=True)
class Fact(Mapping[str, Any]):
    """One record: read it as a mapping (`fact["amount"]`) or by attribute (`fact.amount`)."""

    record: Record

    def __getattr__(self, name: str) -> Any:
        try:
            return self.record[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key: str) -> Any:
        return self.record[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.record)

    def __len__(self) -> int:
        return len(self.record)

    def as_dict(self) -> Record:
        return dict(self.record)


@dataclass
class Extraction:
    """Records of a call that collects failures instead of raising them."""

    facts: list[Fact]
    failures: list[Failure]


Input = str | os.PathLike[str] | Document


def extract(
    inputs: Input | Iterable[Input],
    extractors: Sequence[str] | None = None,
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    errors: Literal["raise", "collect"] = "raise",
    strict: bool = False,
    **settings: Any,
) -> list[Fact] | Extraction:
    """Facts of one text, path or `Document` (or of many), from these extractors (default: all installed).

    Each string of a list is a path. A single string is a path when it names a
    file or folder, or looks like one (one word with a `/` and a letter, or a suffix such as
    `.txt`, or one line ending in `.txt`, `.md`, `.html`); any other string is the
    text itself (a list of texts: `documents.from_text(text, name)` each). A path
    that is missing or a folder is a failure, not text. `settings` are the extractors' options by name
    (`reference_date="2025-12-25"`, `min_count=2`). `nlp` is an already loaded
    spaCy pipeline; otherwise `model` is loaded once and kept for later calls.
    `strict` leaves out facts marked `ambiguous`.
    """
    names = list(extractors) if extractors is not None else list(registry.available())
    chosen = [registry.get(name) for name in names]
    runner = Runner(chosen, settings, model=model, nlp=nlp or _loaded(model, needs(chosen)), strict=strict)
    single = isinstance(inputs, (str, os.PathLike, Document))
    items = [inputs] if single else list(inputs)
    facts: list[Fact] = []
    failures: list[Failure] = []
    for outcome in runner.run(_document(item, single) for item in items):
        failed = [outcome] if isinstance(outcome, Failure) else outcome.failures
        if isinstance(outcome, Result):
            facts += [Fact(record) for record in outcome.records]
        if failed and errors == "raise":
            raise ExtractionError(failed[0])
        failures += failed
    return Extraction(facts, failures) if errors == "collect" else facts


# One word naming a file (`notes.txt`, `news/a`, `/tmp/1`), or one line ending in a suffix `extract` reads by
# default. A word of figures and slashes is a date, a fraction or a clock (`12/25/2025`, `1/2`, `24/7`), not a path.
_PATH_LIKE = re.compile(r"(?=[/\\~.]|\S*[^\W\d])\S*[/\\]\S*|\S+\.[A-Za-z][A-Za-z0-9]{0,4}"
                        r"|[^\n]+\.(?:txt|md|html?|xhtml)", re.I)


def _document(item: Input, single: bool) -> Document | Failure:
    """The document an input names: a path is read (a Failure when missing or a folder), text taken as it is."""
    if isinstance(item, Document):
        return item
    if isinstance(item, os.PathLike) or not single or (
            len(item) < 4096 and (_PATH_LIKE.fullmatch(item) or os.path.exists(item))):
        return documents.read(item)
    return documents.from_text(item)


@cache
def _loaded(model: str, needs: frozenset[str]) -> Language:
    """One pipeline per model and set of needs for the life of the process: a notebook calls many times."""
    from . import pipeline

    return pipeline.load(model, needs)
