"""CSV: one row per fact, the common columns first and each extractor's declared fields after.

Columns come from the extractors' declared fields, so rows stream without
buffering. Lists and objects (entity mentions, aliases) are JSON in their cell;
booleans are `true`/`false` as in JSON; an absent value is an empty cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from extract_facts.extractors import COMMON_KEYS, PROVENANCE_KEYS, Extractor, Result


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return value


class Csv:
    def __init__(self, out: TextIO, extractors: Sequence[Extractor]) -> None:
        self.out = out
        shared = (*COMMON_KEYS, *PROVENANCE_KEYS)
        own = [name for e in extractors for name in e.field_names if name not in shared]
        self.columns = list(shared) + list(dict.fromkeys(own))
        self.writer = csv.writer(out)
        self.writer.writerow(self.columns)

    def add(self, result: Result) -> None:
        for record in result.records:
            self.writer.writerow([_cell(record.get(c)) for c in self.columns])
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()
