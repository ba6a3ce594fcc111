"""Run extractors over a stream of documents: one model, one parse per document.

This is the library API under the CLI:

    from extract_facts.extractors import Runner, Document
    runner = Runner(["money", "dates"])
    for result in runner.run([Document("a.txt", text)]):
        print(result.records)
"""

from __future__ import annotations

import bisect
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import pipeline, registry
from .records import Context, Options, Record, to_record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Documents handed to spaCy at a time: small enough that output streams soon
# after the first document, large enough that batching pays.
BATCH_SIZE = 16


@dataclass(frozen=True)
class Document:
    """A decoded input: `text` is what record offsets index."""

    source: str
    text: str


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or processed; reported, never fatal."""

    source: str
    reason: str
    # The traceback of an unexpected error, shown by `--debug`.
    detail: str | None = None


@dataclass
class Result:
    """The records of one document, in extractor order then text order."""

    document: Document
    records: list[Record] = field(default_factory=list)


class Runner:
    """Holds one loaded pipeline and the chosen extractors for a whole run."""

    def __init__(
        self,
        names: Sequence[str],
        options: Options | None = None,
        model: str = pipeline.DEFAULT_MODEL,
        piece_chars: int = pipeline.PIECE_CHARS,
    ) -> None:
        self.extractors = [registry.get(name) for name in names]
        self.options = options or Options()
        self.model = model
        self.piece_chars = piece_chars
        self._nlp: Language | None = None

    @property
    def needs(self) -> frozenset[str]:
        return frozenset().union(*(e.needs for e in self.extractors)) | {"sentences"}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = pipeline.load(self.model, self.needs)
        return self._nlp

    def run(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        """Yield one `Result` or `Failure` per item, in input order, as each document is done."""
        pending: deque[Document | Failure] = deque()

        def pieces() -> Iterator[tuple[str, tuple[Document, int, bool]]]:
            for item in items:
                pending.append(item)
                if isinstance(item, Document):
                    parts = list(pipeline.split_text(item.text, self.piece_chars))
                    for n, (offset, piece) in enumerate(parts):
                        yield piece, (item, offset, n == len(parts) - 1)

        current: Result | None = None
        contexts: dict[str, Context] = {}
        error: str | None = None
        detail: str | None = None
        for doc, (document, offset, last) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=BATCH_SIZE):
            while not isinstance(pending[0], Document) or pending[0] is not document:
                yield pending.popleft()  # failures read before this document
            if current is None:
                current, contexts, error = Result(document), {}, None
            if error is None:
                try:
                    current.records.extend(self._extract(doc, document, offset, contexts))
                except Exception as err:  # one bad document must not end the run
                    error = f"extraction failed: {type(err).__name__}: {err}"
                    detail = traceback.format_exc()
            if last:
                pending.popleft()
                order = {e.name: n for n, e in enumerate(self.extractors)}
                current.records.sort(key=lambda r: (order[r["extractor"]], r["start"], r["end"]))
                yield current if error is None else Failure(document.source, error, detail)
                current = None
        yield from pending

    def _extract(self, doc: Doc, document: Document, offset: int, contexts: dict[str, Context]) -> list[Record]:
        starts = [sent.start_char for sent in doc.sents]
        sentences = list(doc.sents)
        records: list[Record] = []
        for extractor in self.extractors:
            context = contexts.setdefault(extractor.name, Context(document.source, self.options))
            context.offset = offset
            for fact in extractor.extract(doc, context):
                sent = sentences[max(bisect.bisect_right(starts, fact.start) - 1, 0)] if sentences else None
                sentence = " ".join(sent.text.split()) if sent is not None else ""
                shifted = fact.shifted(offset) if offset else fact
                records.append(to_record(shifted, extractor.name, document.source, document.text, sentence))
        return records
