"""Shared test helpers: one real spaCy pipeline per extractor set for the whole session, and the offsets check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from extract_facts.extractors import Document, Options, Record, Result, Runner


@cache
def _runner(names: tuple[str, ...], options: Options) -> Runner:
    return Runner(list(names), options)


def run_text(names: tuple[str, ...] | str, text: str, **options: object) -> list[Record]:
    """Records of `text` through the real pipeline; runners are cached per (extractors, options)."""
    if isinstance(names, str):
        names = (names,)
    reference = options.pop("reference", None)
    if isinstance(reference, str):
        reference = dt.datetime.fromisoformat(reference)
    opts = Options(reference=reference, **options)  # type: ignore[arg-type]
    (result,) = list(_runner(tuple(names), opts).run([Document("test.txt", text)]))
    assert isinstance(result, Result), result
    return result.records


def assert_grounded(records: Iterable[Mapping[str, Any]], text: str) -> None:
    """Every record's `text` is exactly `text[start:end]`: the OUTPUT.md promise every extractor keeps."""
    for record in records:
        assert record["text"] == text[record["start"] : record["end"]], record
