"""JSON Lines (one record per line, flushed per document) and one JSON array.

A document's records are written in pieces of whole lines of about a mebibyte,
so no single write is huge (CPython cuts one write past 2 GiB short, silently)
and an interrupt, held while a document is written, leaves only whole lines;
the array is closed in `finish`, which runs on interrupts too, so the output
stays valid JSON whatever happens.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from extract_facts.extractors import Record, Result

# Characters of output gathered before one write.
WRITE_CHARS = 1 << 20


def dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_pieces(out: TextIO, texts: Iterable[str]) -> None:
    """Write `texts` in order, gathered into writes of about `WRITE_CHARS` characters."""
    pending: list[str] = []
    size = 0
    for text in texts:
        pending.append(text)
        size += len(text)
        if size >= WRITE_CHARS:
            out.write("".join(pending))
            pending, size = [], 0
    if pending:
        out.write("".join(pending))


class JsonLines:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def add(self, result: Result) -> None:
        if result.records:
            write_pieces(self.out, (dumps(r) + "\n" for r in result.records))
            self.out.flush()

    def finish(self) -> None:
        self.out.flush()


class JsonArray:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        self.out.write("[")

    def add(self, result: Result) -> None:
        write_pieces(self.out, (("," if self.count + n else "") + "\n" + dumps(record)
                                for n, record in enumerate(result.records)))
        self.count += len(result.records)
        self.out.flush()

    def finish(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()
