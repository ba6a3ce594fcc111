"""`--db`: facts kept in SQLite, re-runs that skip unchanged documents before parsing, safe interrupts."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from extract_facts.extractors import Document, Extractor, Failure, Record, Result, Runner, registry
from extract_facts.extractors.engine.store import Store
from extract_facts.extractors.entities import EntitiesOptions

from helpers import run_extract

# The README's example queries, run here against facts whose answers are known.
MOST_MENTIONED_PEOPLE = """
SELECT value AS person, SUM(json_extract(fields, '$.count')) AS mentions, COUNT(*) AS documents
FROM facts WHERE extractor = 'entities' AND label = 'PERSON'
GROUP BY value ORDER BY mentions DESC LIMIT 10"""
USD_OVER_A_BILLION = """
SELECT d.path, f.text, f.value AS amount FROM facts f JOIN documents d ON d.id = f.document_id
WHERE f.extractor = 'money' AND f.label = 'USD' AND f.value > 1e9 ORDER BY f.value DESC"""
POSITIONS_BY_HOLDER = """
SELECT value AS holder, label AS stance, json_extract(fields, '$.target') AS target, text AS cue
FROM facts WHERE extractor = 'positions' ORDER BY holder, stance"""


@dataclass
class FakeRunner:
    """Stands in for `Runner`: synthetic records per text, and a log of every text it was asked to parse."""

    facts: dict[str, list[Record]]
    versions: dict[str, str] = field(default_factory=lambda: {"money": "1", "entities": "1", "positions": "1"})
    options: dict[str, Any] = field(default_factory=dict)
    parsed: list[str] = field(default_factory=list)

    def options_for(self, document: Document) -> dict[str, Any]:
        return self.options

    @property
    def extractors(self) -> list[Extractor]:
        return [replace(registry.get(name), version=version) for name, version in self.versions.items()]

    def run(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            self.parsed.append(item.source)
            records = [{"schema": 1, "source": item.source, "sentence": item.text,
                        "rule": f"{r['extractor']}.extract", "ambiguous": False, "alternatives": [], **r}
                       for r in self.facts.get(item.text, [])]
            yield Result(item, records)


def _money(text: str, start: int, end: int, amount: float, currency: str) -> Record:
    return {"extractor": "money", "start": start, "end": end, "text": text, "amount": amount, "currency": currency}


TEXTS = {
    "Acme paid $2 billion.": [_money("$2 billion", 10, 20, 2e9, "USD")],
    "Bo Li met Bo Li and Ann Ek; Ann Ek backed the deal.": [
        {"extractor": "entities", "start": 0, "end": 5, "text": "Bo Li", "name": "Bo Li", "label": "PERSON",
         "count": 2, "mentions": [{"start": 0, "end": 5, "text": "Bo Li"}, {"start": 10, "end": 15, "text": "Bo Li"}]},
        {"extractor": "entities", "start": 20, "end": 26, "text": "Ann Ek", "name": "Ann Ek", "label": "PERSON",
         "count": 2,
         "mentions": [{"start": 20, "end": 26, "text": "Ann Ek"}, {"start": 28, "end": 34, "text": "Ann Ek"}]},
        {"extractor": "positions", "start": 35, "end": 41, "text": "backed", "holder": "Ann Ek", "stance": "support",
         "target": "the deal"},
    ],
    "It cost €5 million, not $900 million.": [_money("€5 million", 8, 18, 5e6, "EUR"),
                                              _money("$900 million", 24, 36, 9e8, "USD")],
}


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n, text in enumerate(TEXTS):
        path = folder / f"doc{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _documents(paths: Iterable[Path]) -> list[Document]:
    return [Document(str(p), p.read_text(encoding="utf-8"), str(p)) for p in paths]


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def _keep(db: Path, runner: FakeRunner, documents: Iterable[Document | Failure]) -> list[Result | Failure]:
    with Store(db, runner) as store:  # type: ignore[arg-type]
        return list(store.run(documents))


def test_documents_and_facts_are_kept_with_indexed_columns_and_json_fields(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    results = _keep(db, FakeRunner(TEXTS), _documents(paths))
    conn = sqlite3.connect(db)
    docs = conn.execute("SELECT path, source, size, chars, content_hash, extractor_versions FROM documents").fetchall()
    assert [(Path(d[0]).name, d[2], d[3]) for d in docs] == [(p.name, p.stat().st_size, len(p.read_text()))
                                                                for p in paths]
    assert json.loads(docs[0][5]) == {"money": "1", "entities": "1", "positions": "1"}
    assert len({d[4] for d in docs}) == 3
    rows = conn.execute('SELECT extractor, source, start, "end", text, label, value, fields FROM facts ORDER BY id')
    rows = rows.fetchall()
    assert len(rows) == sum(len(r.records) for r in results if isinstance(r, Result)) == 6
    assert rows[0][:7] == ("money", str(paths[0]), 10, 20, "$2 billion", "USD", 2e9)
    assert json.loads(rows[1][7])["mentions"][1] == {"start": 10, "end": 15, "text": "Bo Li"}
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"facts_extractor", "facts_label", "facts_value", "facts_document"} <= indexes


def test_readme_queries_answer_the_usual_questions(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    _keep(db, FakeRunner(TEXTS), _documents(_corpus(tmp_path / "docs")))
    conn = sqlite3.connect(db)
    assert conn.execute(MOST_MENTIONED_PEOPLE).fetchall() == [("Ann Ek", 2, 1), ("Bo Li", 2, 1)]
    assert [(Path(p).name, t) for p, t, _ in conn.execute(USD_OVER_A_BILLION)] == [("doc0.txt", "$2 billion")]
    assert conn.execute(POSITIONS_BY_HOLDER).fetchall() == [("Ann Ek", "support", "the deal", "backed")]


def test_a_rerun_skips_unchanged_documents_before_parsing_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    first = _keep(db, FakeRunner(TEXTS), _documents(paths))
    before = _dump(db)
    runner = FakeRunner(TEXTS)
    again = _keep(db, runner, _documents(paths))
    assert runner.parsed == []
    assert _dump(db) == before
    # Results come back from the database, in input order, exactly as first found.
    assert [r.records for r in again if isinstance(r, Result)] == [r.records for r in first if isinstance(r, Result)]


def test_a_changed_document_is_reprocessed_alone_and_its_facts_replaced(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    new_text = "Acme paid $3 billion."
    paths[0].write_text(new_text, encoding="utf-8")
    runner = FakeRunner({**TEXTS, new_text: [_money("$3 billion", 10, 20, 3e9, "USD")]})
    with Store(db, runner) as store:  # type: ignore[arg-type]
        out = list(store.run(_documents(paths)))
    assert runner.parsed == [str(paths[0])]
    assert (store.stats.new, store.stats.updated, store.stats.unchanged) == (0, 1, 2)
    assert [r.document.source for r in out if isinstance(r, Result)] == [str(p) for p in paths]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text, value FROM facts WHERE extractor = 'money' AND label = 'USD'").fetchall() == [
        ("$900 million", 9e8), ("$3 billion", 3e9)]


def test_a_touched_document_is_reprocessed_alone(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    info = paths[1].stat()
    os.utime(paths[1], ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    runner = FakeRunner(TEXTS)
    with Store(db, runner) as store:  # type: ignore[arg-type]
        list(store.run(_documents(paths)))
    assert runner.parsed == [str(paths[1])]
    assert (store.stats.new, store.stats.updated, store.stats.unchanged) == (0, 1, 2)


def test_a_new_extractor_version_reprocesses_and_other_extractors_facts_stay(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    money_only = FakeRunner({t: [r for r in rs if r["extractor"] == "money"] for t, rs in TEXTS.items()},
                            versions={"money": "2"})
    _keep(db, money_only, _documents(paths))
    assert len(money_only.parsed) == 3
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT extractor, COUNT(*) FROM facts GROUP BY extractor ORDER BY 1").fetchall() == [
        ("entities", 2), ("money", 3), ("positions", 1)]
    versions = json.loads(conn.execute("SELECT extractor_versions FROM documents LIMIT 1").fetchone()[0])
    assert versions == {"money": "2", "entities": "1", "positions": "1"}


def test_other_options_are_not_served_from_the_database(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    runner = FakeRunner(TEXTS, options={"entities": EntitiesOptions(min_count=2)})
    _keep(db, runner, _documents(paths))
    assert len(runner.parsed) == 3


def test_documents_missing_or_failing_now_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    with Store(db, FakeRunner(TEXTS)) as store:  # type: ignore[arg-type]
        list(store.run([Failure(str(paths[1]), "permission denied")]))
    assert store.stats.unseen == 2
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM facts").fetchone() == (6,)


def test_an_interrupted_run_commits_whole_documents_only_and_the_next_run_completes(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    paths = _corpus(tmp_path / "docs")
    # The third document's facts cannot be stored (an offset past SQLite's integers): its write fails midway.
    broken = {**TEXTS, "It cost €5 million, not $900 million.": [_money("€5 million", 2**70, 2**70, 5e6, "EUR")]}

    def interrupted() -> Iterator[Document]:
        yield from _documents(paths)
        raise KeyboardInterrupt

    with pytest.raises(OverflowError):
        _keep(db, FakeRunner(broken), _documents(paths))
    conn = sqlite3.connect(db)
    assert [Path(p).name for (p,) in conn.execute("SELECT path FROM documents")] == ["doc0.txt", "doc1.txt"]
    assert conn.execute("SELECT COUNT(*) FROM facts").fetchone() == (4,)
    conn.close()
    with pytest.raises(KeyboardInterrupt):
        _keep(db, FakeRunner(TEXTS), interrupted())
    runner = FakeRunner(TEXTS)
    _keep(db, runner, _documents(paths))
    assert runner.parsed == []
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM facts").fetchone() == (6,)


def test_cli_second_run_is_served_from_the_database(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "docs")
    db = tmp_path / "facts.sqlite"
    reports = [tmp_path / "first.html", tmp_path / "second.html"]
    first = run_extract("money", str(tmp_path / "docs"), "--db", str(db), "--jsonl", "--html", str(reports[0]))
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 unchanged documents; 3 facts written" in first.stderr
    dump = _dump(db)
    second = run_extract("money", str(tmp_path / "docs"), "--db", str(db), "--jsonl", "--html", str(reports[1]))
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 3 unchanged documents; 0 facts written" in second.stderr
    assert second.stdout == first.stdout and first.stdout.count("\n") == 3
    assert _dump(db) == dump
    # The report of a run served from the database is the report of the full run (but for its script nonce).
    pages = [p.read_text(encoding="utf-8") for p in reports]
    pages = [page.replace(re.findall(r"'nonce-([\w-]+)'", page)[0], "N") for page in pages]
    assert pages[0] == pages[1] and pages[0].count("<mark ") == 3
    docs[2].write_text("Nothing costs anything here.\n", encoding="utf-8")
    third = run_extract("money", str(tmp_path / "docs"), "--db", str(db))
    assert third.stdout == ""  # --db alone prints no tables
    assert "0 new, 1 updated, 2 unchanged documents; 0 facts written, replacing 2" in third.stderr


def test_cli_unusable_database_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It cost $5.\n")
    bad = tmp_path / "not.sqlite"
    bad.write_text("this is not a database\n" * 100)
    result = run_extract("money", str(tmp_path / "a.txt"), "--db", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"extract: error: --db {bad}: ")


def test_real_runner_never_parses_an_unchanged_document(tmp_path: Path) -> None:
    runner = Runner(["money"])
    texts = [Document(str(p), p.read_text()) for p in _corpus(tmp_path / "docs")]
    db = tmp_path / "f.sqlite"
    with Store(db, runner) as store:
        first = [r for r in store.run(texts) if isinstance(r, Result)]
    parsed: list[str] = []
    pipe = runner.nlp.pipe

    def counting_pipe(items: Iterable[tuple[str, object]], **kwargs: object) -> Iterator[object]:
        for item in items:
            parsed.append(item[0])
            yield from pipe([item], **kwargs)  # type: ignore[arg-type]

    runner.nlp.pipe = counting_pipe  # type: ignore[method-assign]
    with Store(db, runner) as store:
        again = [r for r in store.run(texts) if isinstance(r, Result)]
    assert parsed == []
    assert [r.records for r in again] == [r.records for r in first]
    assert any(r.records for r in first)


def test_a_store_of_the_older_layout_gains_provenance_and_reads_its_documents_again(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    paths = _corpus(tmp_path / "docs")
    _keep(db, FakeRunner(TEXTS), _documents(paths))
    with sqlite3.connect(db) as conn:  # as version 2 left it: no provenance columns
        for column in ("rule", "ambiguous", "alternatives"):
            conn.execute(f"ALTER TABLE facts DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 2")
    runner = FakeRunner(TEXTS)
    results = _keep(db, runner, _documents(paths))
    assert len(runner.parsed) == len(paths)  # the old facts had no rule: every document is read again
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        rows = conn.execute('SELECT rule, ambiguous, alternatives FROM facts ORDER BY id').fetchall()
    assert rows[0] == ("money.extract", 0, "[]") and len(rows) == 6
    again = FakeRunner(TEXTS)
    assert [r.records for r in _keep(db, again, _documents(paths)) if isinstance(r, Result)] == [
        r.records for r in results if isinstance(r, Result)]
    assert again.parsed == []
