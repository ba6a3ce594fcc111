"""Shared fixtures: one real spaCy pipeline per extractor set for the whole test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

import pytest

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


@pytest.fixture
def extract_text() -> Callable[..., list[Record]]:
    return run_text
