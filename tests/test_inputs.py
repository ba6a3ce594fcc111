"""Reading inputs: decoding, HTML text, folder walking, and splitting long texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_facts.cli.decode import DecodeError, decode
from extract_facts.cli.html_text import visible_text
from extract_facts.cli.inputs import Source, find_sources, read_source
from extract_facts.extractors import Document, Failure
from extract_facts.extractors.pipeline import split_text

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


def test_folders_are_walked_sorted_with_globs(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "skip.csv", "sub/c.md", "sub/deeper/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(s.path).relative_to(tmp_path).as_posix() for s in find_sources([str(tmp_path)])]
    assert found == ["a.html", "b.txt", "sub/c.md", "sub/deeper/d.txt"]
    only_csv = [Path(s.path).name for s in find_sources([str(tmp_path)], ["*.csv"])]
    assert only_csv == ["skip.csv"]


def test_symlink_loops_end_and_dangling_links_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    sources = list(find_sources([str(tmp_path)]))
    assert [(Path(s.path).name, s.problem) for s in sources] == [
        ("a.txt", None),
        ("dangling.txt", "dangling symbolic link"),
    ]


def test_read_source_never_raises(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    assert read_source(Source(str(big)), max_bytes=10) == Failure(str(big), "larger than --max-bytes (10 bytes)")
    assert read_source(Source(str(tmp_path / "none.txt"))) == Failure(
        str(tmp_path / "none.txt"), "no such file or directory"
    )
    assert read_source(Source(str(big))) == Document(str(big), "x" * 100)


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=4, max_value=60))
def test_split_text_pieces_concatenate_back(text: str, size: int) -> None:
    pieces = list(split_text(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(text[offset : offset + len(p)] == p for offset, p in pieces)
    assert all(len(p) <= size for _, p in pieces)
