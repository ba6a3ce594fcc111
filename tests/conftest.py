"""Shared test helpers: one real spaCy pipeline per extractor set for the whole session, and the offsets check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from extract_facts.extractors import Document, Record, Result, Runner, registry
from extract_facts.extractors.engine.records import UNNAMED_RULE
from extract_facts.extractors.engine.schema import record_schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(record_schema(registry.available().values()))


def assert_valid(records: Iterable[Mapping[str, Any]]) -> None:
    """Every record fits the contract `extract schema` prints, generated from the declarations.

    Its `rule` is one its extractor declares (`extract list --rules`) or one made from a rules
    file, and it has alternatives exactly when it is ambiguous.
    """
    for record in records:
        errors = [e.message for e in _validator().iter_errors(record)]
        assert not errors, (errors[:3], record)
        name = record["extractor"]
        declared = {f"{name}.{rule}" for rule in registry.get(name).rules} or {f"{name}.{UNNAMED_RULE}"}
        assert record["rule"] in declared or record["rule"].startswith(f"{name}.rules:"), record
        assert record["ambiguous"] == bool(record["alternatives"]), record


@cache
def _runner(names: tuple[str, ...]) -> Runner:
    return Runner(list(names))


def run_text(names: tuple[str, ...] | str, text: str, **settings: object) -> list[Record]:
    """Records of `text` through the real pipeline, with these option values; one runner per extractor set."""
    if isinstance(names, str):
        names = (names,)
    runner = _runner(tuple(names))
    runner.reconfigure(settings)
    (result,) = list(runner.run([Document("test.txt", text)]))
    assert isinstance(result, Result), result
    assert_valid(result.records)
    return result.records


def assert_grounded(records: Iterable[Mapping[str, Any]], text: str) -> None:
    """Every record's `text` is exactly `text[start:end]`: the OUTPUT.md promise every extractor keeps."""
    for record in records:
        assert record["text"] == text[record["start"] : record["end"]], record
