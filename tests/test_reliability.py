"""Reliability at the edges: run-on text, killed parallel runs, shared and foreign stores, hostile names."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.extractors import Document, Runner
from extract_facts.extractors.engine.pipeline import RUN_ON_CHARS, split_text
from extract_facts.extractors.engine.runner import SENTENCE_CHARS, window
from extract_facts.extractors.engine.store import Store, StoreError

from helpers import EXTRACT, run_extract

RUN_ON_WORDS = ("alpha", "beta", "$5 million", "gamma", "delta", "7 euros", "epsilon")


def run_on_text(words: int) -> str:
    """A text with no sentence punctuation and no line breaks, as logs and scraped lists are."""
    return " ".join(RUN_ON_WORDS[n % len(RUN_ON_WORDS)] for n in range(words))


# --- 1. text with no sentence breaks ---------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc de,;:-"), min_size=0, max_size=30_000),
       st.integers(min_value=50, max_value=3_000))
def test_run_on_text_is_cut_into_bounded_pieces_that_rebuild_it(text: str, run_on: int) -> None:
    pieces = list(split_text(text, size=100_000, run_on=run_on))
    assert "".join(piece for _, piece in pieces) == text
    assert all(offset == sum(len(p) for _, p in pieces[:n]) for n, (offset, _) in enumerate(pieces))
    assert all(len(piece) <= run_on for _, piece in pieces)


def test_ordinary_text_is_not_cut_by_the_run_on_bound() -> None:
    text = "A short sentence here. " * 2_000  # 46,000 characters, a break every 23
    assert [offset for offset, _ in split_text(text)] == [0]


@pytest.mark.parametrize(("start", "end"), [(0, 5), (50_000, 50_010), (99_990, 100_000)])
def test_a_long_sentence_is_cut_to_a_marked_window_around_the_fact(start: int, end: int) -> None:
    text = "word " * 20_000
    shown = window(text, 0, len(text), start, end)
    assert len(shown) <= SENTENCE_CHARS + 4
    assert shown.startswith("… ") == (start > SENTENCE_CHARS)
    assert shown.endswith(" …") == (end < len(text) - SENTENCE_CHARS)
    assert window("A  short\nsentence.", 0, 18, 3, 8) == "A short sentence."


def test_a_megabyte_with_no_sentence_breaks_keeps_every_sentence_bounded(tmp_path: Path) -> None:
    text = run_on_text(150_000)
    (tmp_path / "log.txt").write_text(text)
    proc = run_extract("money", str(tmp_path / "log.txt"), "--jsonl")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == text.count("$5 million") + text.count("7 euros")
    assert max(len(r["sentence"]) for r in records) <= SENTENCE_CHARS + 4
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_run_on_pieces_give_the_same_facts_as_one_parse() -> None:
    text = run_on_text(3_000)
    (whole,) = Runner(["money"], piece_chars=len(text) + 1).run([Document("a", text)])
    small = Runner(["money"])
    small_pieces = list(split_text(text, run_on=RUN_ON_CHARS))
    assert len(small_pieces) > 1
    (cut,) = small.run([Document("a", text)])
    assert [(r["start"], r["amount"]) for r in cut.records] == [(r["start"], r["amount"]) for r in whole.records]


# --- 2. parallel runs stopped by a signal ----------------------------------------------------------------

def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _start_parallel(folder: Path, *args: str) -> tuple[subprocess.Popen[bytes], set[int]]:
    for n in range(30):
        (folder / f"d{n:02}.txt").write_text("On Friday Acme Corp paid $5 million to Jane Smith in Paris. " * 300)
    proc = subprocess.Popen([EXTRACT, "all", str(folder), "--jobs", "2", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(workers := _children(proc.pid)) < 2:
        assert time.monotonic() < deadline and proc.poll() is None, "the workers never started"
        time.sleep(0.2)
    return proc, workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_sigterm_ends_a_parallel_run_as_ctrl_c_does(tmp_path: Path) -> None:
    proc, workers = _start_parallel(tmp_path, "--json")
    time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert err.decode().splitlines()[-1] == "extract: terminated"
    assert isinstance(json.loads(out), list)  # the array was closed
    deadline = time.monotonic() + 10
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(workers)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_die_with_a_killed_parent_and_release_the_pipe(tmp_path: Path) -> None:
    proc, workers = _start_parallel(tmp_path, "--jsonl")
    proc.kill()
    assert proc.stdout is not None
    started = time.monotonic()
    proc.stdout.read()  # returns only when no process holds the pipe open any more
    assert time.monotonic() - started < 30
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(workers)


# --- 3. and 5. stores: shared, busy, foreign, newer, damaged -----------------------------------------------

def _corpus(folder: Path, count: int = 12) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"d{n:02}.txt").write_text(f"Report {n}: the city paid ${n + 1} million for the bridge.\n")
    return folder


def test_two_runs_can_share_one_store_at_once(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "docs")
    db = tmp_path / "facts.sqlite"
    runs = [subprocess.Popen([EXTRACT, "money", str(docs), "--db", str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, stdin=subprocess.DEVNULL) for _ in range(2)]
    outcomes = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT path) FROM documents").fetchone() == (12, 12)
        assert conn.execute("SELECT COUNT(*) FROM facts").fetchone() == (12,)


def test_a_store_held_too_long_by_another_run_is_reported_busy(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    runner = Runner(["money"])
    with Store(db, runner):
        pass
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="busy"), Store(db, runner, busy_seconds=0.2) as store:
            list(store.run([Document("a.txt", "It cost $5.")]))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("make", "words"), [
    (lambda db: sqlite3.connect(db).executescript("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
                                                  "INSERT INTO users (name) VALUES ('ann');"),
     "not a store of extract"),
    (lambda db: sqlite3.connect(db).executescript("PRAGMA application_id = 1234; CREATE TABLE t (x);"),
     "another application"),
    (lambda db: sqlite3.connect(db).executescript("PRAGMA application_id = 1163416646; PRAGMA user_version = 99;"
                                                  "CREATE TABLE documents (x); CREATE TABLE facts (y);"),
     "newer extract"),
    (lambda db: db.write_bytes(b"just some notes, not a database\n" * 100), "not a SQLite database"),
])
def test_a_file_that_is_not_our_store_is_refused_untouched(tmp_path: Path, make: object, words: str) -> None:
    docs = _corpus(tmp_path / "docs", 2)
    db = tmp_path / "other.sqlite"
    make(db)  # type: ignore[operator]
    before = _digest(db)
    proc = run_extract("money", str(docs), "--db", str(db))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and words in proc.stderr, proc.stderr
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_a_damaged_store_is_reported_as_such(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "docs", 2)
    db = tmp_path / "facts.sqlite"
    assert run_extract("money", str(docs), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET extractor_versions = '{broken'")
    proc = run_extract("money", str(docs), "--db", str(db))
    assert proc.returncode == 2 and "the store is damaged" in proc.stderr


# --- 4. the report's partial file ---------------------------------------------------------------------

def test_the_report_never_follows_a_planted_link(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "docs", 2)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    for name in (".report.html.partial", ".report.html.tmp"):
        (tmp_path / name).symlink_to(victim)
    proc = run_extract("money", str(docs), "--html", str(tmp_path / "report.html"))
    assert proc.returncode == 0, proc.stderr
    assert victim.read_text() == "precious\n"
    assert "$1 million" in (tmp_path / "report.html").read_text()
    assert not list(tmp_path.glob(".report.html.*.partial"))


# --- 6. and 7. what reaches a terminal --------------------------------------------------------------------

def test_escape_sequences_in_names_never_reach_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "red\x1b[31mtitle.txt").write_text("It cost $5 million.\n")
    proc = run_extract("money", str(tmp_path))
    assert proc.returncode == 0
    assert "\x1b" not in proc.stdout and "\\x1b[31m" in proc.stdout


def test_a_right_to_left_override_in_a_file_name_is_shown_escaped(tmp_path: Path) -> None:
    (tmp_path / "invoice\u202efdp.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text("It cost $5.\n")
    report = tmp_path / "r.html"
    proc = run_extract("money", str(tmp_path), "--html", str(report))
    assert proc.returncode == 1
    assert "\u202e" not in proc.stderr and "invoice\\u202efdp.txt" in proc.stderr
    (tmp_path / "invoice\u202efdp.txt").write_text("It cost $6.\n")
    run_extract("money", str(tmp_path), "--html", str(report))
    assert "\u202e" not in report.read_text() and "invoice\\u202efdp.txt" in report.read_text()


# --- 8. file names that are not UTF-8 in the store ------------------------------------------------------

def test_a_non_utf8_name_and_its_display_form_are_two_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / os.fsdecode(b"caf\xe9.txt")).write_text("It cost $5 million.\n")
    (docs / "caf\\xe9.txt").write_text("It cost $7 million.\n")
    db = tmp_path / "facts.sqlite"
    first = run_extract("money", str(docs), "--db", str(db), "--jsonl")
    assert first.returncode == 0, first.stderr
    assert sorted(json.loads(line)["amount"] for line in first.stdout.splitlines()) == [5_000_000, 7_000_000]
    second = run_extract("money", str(docs), "--db", str(db))
    assert "0 new, 0 updated, 2 unchanged documents" in second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE modified_ns IS NOT NULL").fetchone() == (2,)
