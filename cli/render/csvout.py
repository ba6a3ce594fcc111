"""CSV: one row per fact, the common columns first and each extractor's own after.

Columns come from the extractors' declared `fields`, so rows stream without
buffering; lists and objects (entity mentions, aliases) are JSON in their cell,
and any key an extractor did not declare goes, as JSON, into `extra`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from extract_facts.extractors import COMMON_KEYS, Extractor, Result


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return value


class Csv:
    def __init__(self, out: TextIO, extractors: Sequence[Extractor]) -> None:
        self.out = out
        own = [f for e in extractors for f in e.fields if f not in COMMON_KEYS]
        self.columns = list(COMMON_KEYS) + list(dict.fromkeys(own))
        self.writer = csv.writer(out)
        self.writer.writerow([*self.columns, "extra"])

    def add(self, result: Result) -> None:
        for record in result.records:
            extra = {k: v for k, v in record.items() if k not in self.columns}
            row = [_cell(record.get(c)) for c in self.columns]
            self.writer.writerow([*row, json.dumps(extra, ensure_ascii=False) if extra else ""])
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()
