"""Long texts are parsed in pieces: records must not depend on where the text was cut."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.extractors import Context, Document, Extractor, Fact, Record, Result, Runner, option
from extract_facts.extractors.engine.pipeline import split_text

from conftest import assert_grounded

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIECE = 400  # small pieces, so a few paragraphs already make a long document


def find_numbers(doc: Doc, context: Context) -> Iterator[Fact]:
    """One fact per number token, tagged with the document's first line (kept across pieces in `state`)."""
    heading = context.state.setdefault("heading", doc.text.split("\n", 1)[0])
    for token in doc:
        if token.like_num:
            yield Fact(token.idx, token.idx + len(token), {"value": token.text, "heading": heading})


def find_names(doc: Doc, context: Context) -> Iterator[Fact]:
    """One fact per capitalised word per piece, with all its mentions (as the entities extractor does)."""
    mentions: dict[str, list[dict[str, Any]]] = {}
    for token in doc:
        if token.is_alpha and token.is_title:
            mentions.setdefault(token.text, []).append({"start": token.idx, "end": token.idx + len(token)})
    for name, found in mentions.items():
        yield Fact(found[0]["start"], found[0]["end"], {"name": name, "count": len(found), "mentions": found})


def merge_names(facts: list[Fact], context: Context) -> Iterable[Fact]:
    """Join each name's facts from every piece; the count filter applies to the whole document."""
    joined: dict[str, list[dict[str, Any]]] = {}
    first: dict[str, Fact] = {}
    for fact in facts:
        first.setdefault(fact.fields["name"], fact)
        joined.setdefault(fact.fields["name"], []).extend(fact.fields["mentions"])
    for name, mentions in joined.items():
        if len(mentions) >= context.options.min_count:
            yield Fact(mentions[0]["start"], mentions[0]["end"], {"name": name, "count": len(mentions),
                                                                   "mentions": mentions}, first[name].sentence)


def fail_on_marker(doc: Doc, context: Context) -> Iterator[Fact]:
    if "MARKER" in doc.text:
        raise ValueError("marker found")
    yield from ()


NUMBERS = Extractor("numbers", "numbers", find_numbers, frozenset({"sentences"}))
@dataclass(frozen=True)
class NamesOptions:
    min_count: int = option(1, "Keep names seen at least N times in the whole document.", minimum=1)


NAMES = Extractor("names", "names", find_names, frozenset({"sentences"}), options=NamesOptions, merge=merge_names)
FAILING = Extractor("failing", "fails on MARKER", fail_on_marker, frozenset({"sentences"}))


def article(paragraphs: int) -> str:
    lines = ["Budget report of 12 March\n"]
    for n in range(paragraphs):
        lines.append(f"In year {1990 + n} the Treasury spent {n * 7} million. Smith said Jones agreed with "
                     f"Treasury figures for {n + 3} regions, and Acme Corp{n % 3} hired {n * 11} staff.\n\n")
    return "".join(lines)


def records(extractors: list[Extractor], text: str, piece_chars: int, **options: Any) -> list[Record]:
    (result,) = Runner(extractors, options, piece_chars=piece_chars).run([Document("doc.txt", text)])
    assert isinstance(result, Result), result
    return result.records


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t"), max_size=600), st.integers(min_value=4, max_value=120))
def test_pieces_cover_the_text_exactly_and_fit_the_size(text: str, size: int) -> None:
    pieces = list(split_text(text, size))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= size for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))]


def test_pieces_are_cut_at_the_strongest_boundary() -> None:
    text = "One two three. Four five six.\n\nSeven eight nine. Ten eleven twelve. Thirteen fourteen."
    (_, first), (_, second), *_ = split_text(text, 60)
    assert first.endswith("\n\n") and second.startswith("Seven")
    (_, first), (_, second), *_ = split_text(text.replace("\n\n", " "), 60)
    assert first.endswith("nine. ") and second.startswith("Ten")


def test_split_document_gives_the_records_of_the_whole_one() -> None:
    text = article(30)
    whole = records([NUMBERS], text, piece_chars=len(text))
    split = records([NUMBERS], text, piece_chars=PIECE)
    assert len(list(split_text(text, PIECE))) > 10
    assert split == whole
    assert_grounded(split, text)
    assert {r["heading"] for r in split} == {"Budget report of 12 March"}
    assert split[-1]["start"] > len(text) - 200 and "staff" in split[-1]["sentence"]


def test_merge_joins_pieces_into_one_record_per_name() -> None:
    text = article(30)
    split = records([NAMES], text, piece_chars=PIECE)
    assert split == records([NAMES], text, piece_chars=len(text))
    smith = [r for r in split if r["name"] == "Smith"]
    assert len(smith) == 1 and smith[0]["count"] == 30
    assert [m["start"] for m in smith[0]["mentions"]] == [i for i in range(len(text)) if text.startswith("Smith", i)]


def test_merge_sees_the_run_options() -> None:
    text = article(6)
    kept = {r["name"] for r in records([NAMES], text, piece_chars=PIECE, min_count=2)}
    assert {"Smith", "Jones", "Treasury"} <= kept
    assert not any(name.startswith("Corp") for name in kept)  # `Corp0` twice, but `Corp1` .. once per piece


def test_builtin_entities_are_one_record_per_entity_across_pieces() -> None:
    text = "".join(f"Barack Obama met Angela Merkel in Berlin on day {n}.\n\n" for n in range(40))
    whole = records(["entities"], text, piece_chars=len(text))
    split = records(["entities"], text, piece_chars=PIECE)
    assert [(r["name"], r["count"]) for r in split] == [(r["name"], r["count"]) for r in whole]
    assert len({r["name"] for r in split}) == len(split)


def test_a_failure_in_a_later_piece_fails_that_extractor_on_that_document_only() -> None:
    text = article(10) + "MARKER\n"
    runner = Runner([FAILING, NUMBERS], piece_chars=PIECE)
    first, second = runner.run([Document("bad.txt", text), Document("good.txt", "It was 1999.")])
    assert isinstance(first, Result) and [(f.source, f.reason) for f in first.failures] == [
        ("bad.txt", "extraction failed in failing: ValueError: marker found")]
    assert {r["extractor"] for r in first.records} == {"numbers"}  # the other extractor's facts are kept
    assert isinstance(second, Result) and [r["text"] for r in second.records] == ["1999"]
