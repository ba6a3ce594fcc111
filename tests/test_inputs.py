"""Reading inputs: decoding, HTML text, folder walking, and splitting long texts."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_facts.cli.errors import UsageProblem, report_failure
from extract_facts.cli.inputs import (
    Source,
    check_globs,
    display_path,
    find_sources,
    read_all,
    read_source,
)
from extract_facts.extractors import Document, Failure
from extract_facts.extractors.engine.decoding import DecodeError, decode
from extract_facts.extractors.engine.documents import from_bytes
from extract_facts.extractors.engine.html_text import visible_text
from extract_facts.extractors.engine.pipeline import split_text

SAMPLE = "Caf\u00e9 \u201cquotes\u201d cost \u00a35 \u2014 or \u20ac6.\r\nNext line.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1252"])
def test_decode_reads_common_encodings(encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + SAMPLE).encode(encoding)  # UTF-16 is only recognised by its byte-order mark
    assert decode(data) == SAMPLE


def test_decode_reads_latin1_accents() -> None:
    assert decode("na\u00efve r\u00e9sum\u00e9, \u00a310".encode("latin-1")) == "na\u00efve r\u00e9sum\u00e9, \u00a310"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(range(200)), "binary file (gzip data)"),
        (b"%PDF-1.7\n" + bytes(range(200)), "binary file (PDF document)"),
        (b"plain words\x00with a NUL", "binary file"),
        (bytes(range(1, 32)) * 10, "binary file"),
    ],
)
def test_decode_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


@pytest.mark.parametrize(
    "text",
    ["Café", "£5", "déjà vu", "Die Größe ist gut. Über alles.", "He said “no”.", "®™ ©", "Zürich", "façade",
     "Smörgåsbord för två", "x\u00a0y"],
)
def test_short_western_texts_in_windows_1252_are_not_mistaken_for_other_scripts(text: str) -> None:
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Привет, мир! Это тест русского текста."),
        ("shift_jis", "こんにちは世界、これは日本語のテキストです。"),
        ("gbk", "你好世界，这是一个中文文本的测试。"),
    ],
)
def test_other_scripts_in_their_legacy_code_pages_are_detected(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_bytes_windows_1252_leaves_undefined_read_as_latin1() -> None:
    assert decode(b"\x81 \x93ok\x94 caf\xe9") == "\x81 \u201cok\u201d caf\u00e9"


@pytest.mark.parametrize("text", ["ID3 tags are read by players.", "RIFF is a container.", "%PDF- is how it starts."])
def test_text_that_starts_like_a_file_signature_is_still_text(text: str) -> None:
    assert decode(text.encode()) == text


def test_utf16_without_byte_order_mark_is_refused_as_binary() -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode("Plain text.".encode("utf-16-le"))


@given(st.text())
def test_decode_round_trips_any_utf8_text_without_control_bytes(text: str) -> None:
    text = "".join(c for c in text if c >= " " or c in "\t\n\r").lstrip("\ufeff")
    assert decode(text.encode("utf-8")) == text


def test_visible_text_drops_scripts_and_keeps_paragraphs() -> None:
    html = (
        "<!doctype html><html><head><title>T</title><style>p{}</style></head>"
        "<body><h1>Big   news</h1><script>document.write('$5m')</script>"
        "<p>It cost &pound;5m &amp; more.</p><pre>a\n  b</pre></body></html>"
    )
    assert visible_text(html) == "Big news\n\nIt cost \u00a35m & more.\n\na\n  b\n"


@pytest.mark.parametrize("html", ["<a " * 200_000, "<" * 500_000, "<![0 " * 50_000, "<!--" + "x" * 500_000])
def test_malformed_markup_is_read_in_linear_time(html: str) -> None:
    started = time.perf_counter()
    visible_text(html)
    assert time.perf_counter() - started < 5  # the standard library's parser takes minutes on the first


def test_markup_nested_past_the_parser_limit_fails_by_name() -> None:
    page = "<p>before</p>" + "<div>" * 3000 + "$5 million" + "</div>" * 3000 + "<p>after</p>"
    assert from_bytes(page.encode(), "deep.html", html=True) == Failure(
        "deep.html", "HTML the parser gave up on: excessive depth in document: 2048"
    )


def test_html_entities_and_declarations_are_read_without_fetching_anything() -> None:
    page = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html SYSTEM "http://example.com/x.dtd">'
            "<html><body><p>caf&eacute; &#8364;5 &#x1F600; &bogus; &amp;</p></body></html>")
    assert visible_text(page) == "caf\u00e9 \u20ac5 \U0001f600 &bogus; &\n"


def test_folders_are_walked_sorted_with_globs(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "skip.csv", "sub/c.md", "sub/deeper/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(s.path).relative_to(tmp_path).as_posix() for s in find_sources([str(tmp_path)])]
    assert found == ["a.html", "b.txt", "sub/c.md", "sub/deeper/d.txt"]
    only_csv = [Path(s.path).name for s in find_sources([str(tmp_path)], ["*.csv"])]
    assert only_csv == ["skip.csv"]


def test_symlink_loops_end_and_every_unreadable_entry_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "up")  # a folder inside itself
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    sources = list(find_sources([str(tmp_path)]))
    assert [(Path(s.path).relative_to(tmp_path).as_posix(), s.problem) for s in sources] == [
        ("a.txt", None),
        ("dangling.txt", "dangling symbolic link"),
        ("loop1.txt", "symbolic link loop"),
        ("loop2.txt", "symbolic link loop"),
        ("pipe.txt", "not a regular file (named pipe)"),
        ("sub/up", "symbolic link loop (links to a folder that contains it)"),
    ]


def test_a_folder_reached_twice_is_read_once_under_its_real_path(tmp_path: Path) -> None:
    (tmp_path / "z_real").mkdir()
    (tmp_path / "z_real" / "doc.txt").write_text("x")
    os.symlink("z_real", tmp_path / "a_alias")  # sorts first, but the real folder wins
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s in find_sources([str(tmp_path)])] == [
        "z_real/doc.txt"
    ]


def test_folders_deeper_than_the_recursion_limit_are_walked(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["d"] * 300)  # shallow enough for pytest's own recursive clean-up
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text("x")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # a walk with one frame per folder would need 300
    try:
        (source,) = find_sources([str(tmp_path)])
    finally:
        sys.setrecursionlimit(limit)
    assert source.path == str(deep / "bottom.txt") and source.problem is None


def test_named_pipes_and_links_given_on_the_command_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")  # `<(cmd)` gives a pipe like this: read when named, skipped in folders
    os.symlink("self", tmp_path / "self")
    assert [s.problem for s in find_sources([str(tmp_path / "fifo"), str(tmp_path / "self")])] == [
        None, "symbolic link loop"
    ]


def test_a_glob_argument_names_the_folders_it_matches(tmp_path: Path) -> None:
    (tmp_path / "a.txt").mkdir()
    (tmp_path / "b.txt").write_text("x")
    pattern = str(tmp_path / "*.txt")
    assert [(Path(s.path).name, s.problem) for s in find_sources([pattern])] == [
        ("a.txt", "is a directory"), ("b.txt", None)
    ]
    assert list(find_sources([str(tmp_path / "none-*")])) == [
        Source(str(tmp_path / "none-*"), "no files match this pattern")
    ]


@pytest.mark.parametrize("pattern", ["", "  ", "[abc", "*.[!tx", "a/*.txt", "*.{txt,md}"])
def test_globs_that_can_never_match_are_refused_at_once(pattern: str) -> None:
    with pytest.raises(UsageProblem, match="--glob"):
        check_globs(["*.txt", pattern])


@pytest.mark.parametrize("pattern", ["*.txt", "[[]draft]*", "report[0-9].md", "[]]x", "[!]]x", "*"])
def test_ordinary_globs_pass(pattern: str) -> None:
    assert check_globs([pattern]) == (pattern,)


def test_read_source_never_raises(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    assert read_source(Source(str(big)), max_bytes=10) == Failure(str(big), "larger than --max-bytes (10 bytes)")
    assert read_source(Source(str(tmp_path / "gone.txt"))) == Failure(
        str(tmp_path / "gone.txt"), "no such file or directory (removed during the run)"
    )
    assert read_source(Source(str(tmp_path))) == Failure(str(tmp_path), "is a directory")
    assert read_source(Source(str(big))) == Document(str(big), "x" * 100)
    assert read_source(Source(str(big)), max_bytes=10**30) == Document(str(big), "x" * 100)
    # A device named on the command line has no size to check first: it is read up to the limit.
    assert read_source(Source("/dev/zero"), max_bytes=3_000_000) == Failure(
        "/dev/zero", "larger than --max-bytes (3000000 bytes)"
    )


def test_a_file_listed_then_deleted_fails_alone(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"text of {name}")
    sources = list(find_sources([str(tmp_path)]))
    (tmp_path / "b.txt").unlink()
    assert [type(read).__name__ for read in read_all(sources)] == ["Document", "Failure", "Document"]


def test_file_names_that_are_not_utf8_print_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("x")
    (source,) = find_sources([str(tmp_path)])
    assert source.name == f"{tmp_path}/caf\\xe9.txt"
    assert read_source(source) == Document(f"{tmp_path}/caf\\xe9.txt", "x")
    assert display_path("plain/caf\u00e9.txt") == "plain/caf\u00e9.txt"


def test_a_failure_is_reported_on_exactly_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    report_failure(Failure("dir/two\nlines\x1b[31m.txt", "extraction failed: ValueError: first\nsecond"))
    assert capsys.readouterr().err == (
        "extract: dir/two\\nlines\\x1b[31m.txt: extraction failed: ValueError: first second\n"
    )


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=4, max_value=60))
def test_split_text_pieces_concatenate_back(text: str, size: int) -> None:
    pieces = list(split_text(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(text[offset : offset + len(p)] == p for offset, p in pieces)
    assert all(len(p) <= size for _, p in pieces)
