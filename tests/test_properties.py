"""Properties over arbitrary input: any text, any bytes, every extractor, never an exception.

Every record must be valid per `spec/OUTPUT.md` and point at its own text
(`text == document[start:end]`). Example counts stay modest: one parse with the
full pipeline per example.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract_facts.extractors import Document, Failure, Record, registry
from extract_facts.extractors.engine.decoding import DecodeError, decode
from extract_facts.extractors.engine.documents import from_bytes
from extract_facts.extractors.engine.html_text import visible_text

from conftest import assert_valid, run_text

EXTRACTORS = tuple(registry.available())
# Pieces that wake the extractors up, mixed into arbitrary text.
FRAGMENTS = (
    "$5 million", "\u20ac3bn", "\u00a340m", "about $2-3 billion", "more than 5m yen", "USD 7.5bn", "$",
    "January 5, 2024", "5 Jan", "next Friday", "last week", "in the 1990s", "2025-12-20", "at 4:30 p.m.", "every day",
    "Apple Inc.", "Sanae Takaichi", "Takaichi", "the U.S.", "Mr. Smith", "Central Asia's",
    "Japan backed the plan", "Russia did not endorse", "could support", "reversed its stance on", "warned",
    "said", ".", "?", "!", ",", "'s", "\"", "(", ")", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r",
    "\u00a0", "\u200b", "\ufeff", "\u2028", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u5317\u4eac",
    "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", "\U0001f600", "\u0301", "\ufdfd",
)
TEXTS = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

def _span(holder: dict[str, Any], text: str) -> None:
    assert 0 <= holder["start"] <= holder["end"] <= len(text), holder
    assert holder["text"] == text[holder["start"] : holder["end"]], holder


def check_money(record: Record, text: str) -> None:
    assert record["currency"] is None or (len(record["currency"]) == 3 and record["currency"].isupper())


def check_dates(record: Record, text: str) -> None:
    assert record["value"]


def check_entities(record: Record, text: str) -> None:
    assert record["name"].strip()
    assert record["count"] == len(record["mentions"]) >= 1
    for mention in record["mentions"]:
        _span(mention, text)
    first = record["mentions"][0]
    assert (record["start"], record["end"]) == (first["start"], first["end"])


def check_positions(record: Record, text: str) -> None:
    assert record["text"]


# What the schema (types, enums, required keys) cannot say about each extractor's records.
CHECKS = {"money": check_money, "dates": check_dates, "entities": check_entities, "positions": check_positions}


def check_records(records: list[Record], text: str, source: str = "test.txt") -> None:
    """Every record fits the generated contract and indexes `text` exactly."""
    assert_valid(records)
    for record in records:
        assert record["extractor"] in EXTRACTORS and record["source"] == source
        _span(record, text)
        CHECKS.get(record["extractor"], lambda r, t: None)(record, text)


@FAST
@given(TEXTS)
@example("🇸")  # the model's one-token PERSON that trimming empties: no name starts past the text's end
@example("\t²")  # a digit that is no decimal digit: no minute of a match
def test_any_text_gives_valid_records_from_every_extractor(text: str) -> None:
    check_records(run_text(EXTRACTORS, text), text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), TEXTS.flatmap(lambda t: st.sampled_from(
    [t.encode("utf-8"), t.encode("utf-16"), t.encode("utf-8", "replace")[::-1], t.encode("cp1252", "ignore")]))))
def test_any_bytes_are_read_or_refused_in_one_line_and_never_crash_an_extractor(data: bytes) -> None:
    read = from_bytes(data, "test.txt")
    if isinstance(read, Failure):
        assert read.reason and "\n" not in read.reason
        return
    check_records(run_text(EXTRACTORS, read.text), read.text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_names_the_problem(data: bytes) -> None:
    try:
        assert isinstance(decode(data), str)
    except DecodeError as err:
        assert str(err) and "\n" not in str(err)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=10), st.sampled_from(
    ["<", ">", "</", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<!doctype html>",
     "<pre>", "</pre>", "&amp;", "&#x110000;", "&#0;", "&", "<br/>", "<style>", "</style>", "<a href='x'>", "<?x",
     "<!", "<![if", "/>"])), max_size=30).map("".join))
def test_any_markup_gives_visible_text_without_error(html: str) -> None:
    text = visible_text(html)
    assert isinstance(text, str) and text.endswith("\n")


def test_the_checks_reject_a_record_that_lies_about_its_text() -> None:
    text = "It cost $5 million."
    (record,) = [r for r in run_text(EXTRACTORS, text) if r["extractor"] == "money"]
    check_records([record], text)
    with pytest.raises(AssertionError):
        check_records([{**record, "start": record["start"] + 1}], text)


def test_documents_read_from_bytes_keep_their_text() -> None:
    assert from_bytes("caf\u00e9 $5m".encode("utf-16"), "a.txt") == Document("a.txt", "caf\u00e9 $5m")
