"""The one-call Python API, as a notebook user calls it: `from extract_facts import extract`."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract_facts import Extraction, ExtractionError, extract
from extract_facts.extractors import OptionError, pipeline

from conftest import assert_valid


def test_text_in_typed_records_out() -> None:
    facts = extract("It cost $5m on December 20.", ["money", "dates"], reference_date="2025-12-25")
    assert isinstance(facts, list)
    money, date = facts
    assert (money.extractor, money.amount, money.currency) == ("money", 5_000_000, "USD")
    assert (date["value"], date.reference) == ("2025-12-20", "2025-12-25")
    assert dict(money) == money.as_dict() and money.as_dict()["text"] == "$5m"
    assert_valid(f.as_dict() for f in facts)
    with pytest.raises(AttributeError):
        _ = money.no_such_field


def test_paths_lists_and_html_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Acme paid $2 billion.\n")
    (tmp_path / "b.html").write_text("<html><body><p>It cost <b>&euro;3 million</b>.</p></body></html>")
    facts = extract([tmp_path / "a.txt", str(tmp_path / "b.html")], ["money"])
    assert [(Path(f.source).name, f.amount, f.currency) for f in facts] == [
        ("a.txt", 2_000_000_000, "USD"), ("b.html", 3_000_000, "EUR")]


def test_failures_are_raised_or_collected(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text("It cost $5.\n")
    with pytest.raises(ExtractionError, match="binary file"):
        extract([tmp_path / "bin.txt", tmp_path / "ok.txt"], ["money"])
    result = extract([tmp_path / "bin.txt", tmp_path / "ok.txt"], ["money"], errors="collect")
    assert isinstance(result, Extraction)
    assert [f.amount for f in result.facts] == [5]
    assert [Path(f.source).name for f in result.failures] == ["bin.txt"]


def test_a_loaded_pipeline_is_used_as_given() -> None:
    nlp = pipeline.load(pipeline.DEFAULT_MODEL, {"sentences", "ner"})
    facts = extract("Angela Merkel met Joe Biden in Berlin on Monday.", ["entities"], nlp=nlp, labels="PERSON")
    assert sorted(f.name for f in facts) == ["Angela Merkel", "Joe Biden"]


def test_an_option_no_chosen_extractor_takes_is_an_error() -> None:
    with pytest.raises(OptionError, match="min_count"):
        extract("It cost $5.", ["money"], min_count=2)
