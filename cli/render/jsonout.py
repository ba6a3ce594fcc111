"""JSON Lines (one record per line, flushed per document) and one JSON array.

Each line is written with a single call, so an interrupt leaves only whole
lines; the array is closed in `finish`, which runs on interrupts too, so the
output stays valid JSON whatever happens.
"""

from __future__ import annotations

import json
from typing import TextIO

from extract_facts.extractors import Record, Result


def dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False)


class JsonLines:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def add(self, result: Result) -> None:
        if result.records:
            self.out.write("".join(dumps(r) + "\n" for r in result.records))
            self.out.flush()

    def finish(self) -> None:
        self.out.flush()


class JsonArray:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        self.out.write("[")

    def add(self, result: Result) -> None:
        for record in result.records:
            self.out.write(("," if self.count else "") + "\n" + dumps(record))
            self.count += 1
        self.out.flush()

    def finish(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()
