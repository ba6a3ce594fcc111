"""Keep fact records in SQLite, and skip documents already kept when nothing changed.

The store wraps a `Runner`: a document whose text hash, modification time,
extractor versions and options match what the database holds comes back from
the database without being parsed (a touched file is parsed again: touching is
how users ask for a redo), so re-running over an unchanged corpus costs a read and a hash
per file. Fresh results replace that document's facts; nothing is deleted
otherwise. Results are written in batches, each batch one short transaction
and each document inside it a savepoint, so an interrupted run leaves only
whole documents behind and several runs can share one store: each waits for
the others' brief writes, and a document two runs both processed is kept once.

The file is checked before anything is written to it: a SQLite file of another
application, or of a newer `extract`, is refused untouched (`StoreError`), and
so is a file that is not a SQLite database or is damaged.

It lives in the library, not the CLI, because keeping facts is not terminal
work: `Store(path, runner).run(documents)` serves any caller of the `Runner`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .documents import Document, Failure
from .extractor import Extractor
from .records import COMMON_KEYS, PROVENANCE_KEYS, SCHEMA_VERSION, Record
from .runner import Result, Runner

# Documents written per transaction.
BATCH_SIZE = 16
# Marks a store as this tool's (`PRAGMA application_id`, "EXTF") and the layout of its tables.
APPLICATION_ID = 0x45585446
STORE_VERSION = 3
# Seconds a run waits for another run's write to the same store before saying it is busy.
BUSY_SECONDS = 60


class StoreError(Exception):
    """A store that cannot be used: another application's file, a newer layout, damage, or busy."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path NOT NULL UNIQUE,               -- absolute path as text (as bytes when not UTF-8); '-' for stdin;
                                        -- the name of a document made from text
    source TEXT NOT NULL,               -- the path as last given on the command line
    content_hash TEXT NOT NULL,         -- sha256 of the decoded text the offsets index
    size INTEGER NOT NULL,              -- bytes on disk (UTF-8 bytes of the text for stdin)
    modified_ns INTEGER,                -- modification time on disk, in nanoseconds (null for stdin)
    chars INTEGER NOT NULL,
    processed_at TEXT NOT NULL,         -- UTC, ISO 8601
    extractor_versions TEXT NOT NULL,   -- JSON {name: version} of the facts kept
    options TEXT NOT NULL               -- JSON of the options the facts were found with
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    schema INTEGER NOT NULL,
    extractor TEXT NOT NULL,
    source TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT,
    rule TEXT NOT NULL DEFAULT '',      -- which rule made the fact (money.symbol_amount)
    ambiguous INTEGER NOT NULL DEFAULT 0,
    alternatives TEXT NOT NULL DEFAULT '[]',  -- JSON: the other readings of an ambiguous fact
    label TEXT,                         -- the field the extractor declares as its label (currency, stance)
    value,                              -- the field it declares as its value (amount, holder)
    fields TEXT NOT NULL                -- JSON: every key of the record beyond the common ones
);
CREATE INDEX IF NOT EXISTS facts_document ON facts(document_id, extractor);
CREATE INDEX IF NOT EXISTS facts_extractor ON facts(extractor, label);
CREATE INDEX IF NOT EXISTS facts_label ON facts(label, value);
CREATE INDEX IF NOT EXISTS facts_value ON facts(value);
"""


@dataclass
class StoreStats:
    """What a run did to the database, for the one-line summary."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    facts_written: int = 0
    facts_replaced: int = 0
    # Documents in the database that this run did not see; they are kept.
    unseen: int = 0
    seen: set[str] = field(default_factory=set, repr=False)


@dataclass(frozen=True)
class _Kept:
    id: int
    content_hash: str
    modified_ns: int | None
    versions: dict[str, str]
    options: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def options_key(options: dict[str, Any]) -> str:
    """Each extractor's options as stable JSON: facts found with other options are not reused."""
    def plain(value: Any) -> Any:
        if isinstance(value, (set, frozenset)):
            return sorted(value)
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)

    chosen = {name: dataclasses.asdict(value) for name, value in options.items() if value is not None}
    return json.dumps(chosen, sort_keys=True, default=plain)


def _document_key(item: Document | Failure) -> str | bytes:
    """A file by its real path (its bytes when they are not UTF-8); stdin as `-`; text by its name."""
    if isinstance(item, Document):
        path = os.path.realpath(item.path) if item.path else item.source
    else:
        path = item.source if item.source == "-" else os.path.realpath(item.source)
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes of a file name, kept as surrogates
        return os.fsencode(path)
    return path


class Store:
    """A SQLite database of documents and their facts, written as a `Runner` produces them."""

    def __init__(self, path: str | os.PathLike[str], runner: Runner, batch_size: int = BATCH_SIZE,
                 busy_seconds: float = BUSY_SECONDS) -> None:
        self.path = os.fspath(path)
        self.runner = runner
        self.batch_size = batch_size
        self.stats = StoreStats()
        self.versions = {e.name: e.version for e in runner.extractors}
        self.extractors = {e.name: e for e in runner.extractors}
        self.busy_seconds = busy_seconds
        self.conn = _open(self.path, busy_seconds)
        self._pending: list[Result] = []
        try:
            self.kept = {
                path: _Kept(id_, digest, modified, json.loads(versions), options)
                for id_, path, digest, modified, versions, options in self.conn.execute(
                    "SELECT id, path, content_hash, modified_ns, extractor_versions, options FROM documents")
            }
        except (sqlite3.DatabaseError, ValueError) as err:
            self.conn.close()
            raise StoreError(f"the store is damaged: {err}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Write the documents done so far (also after an interrupt) and close."""
        try:
            self._flush()
        finally:
            self.stats.unseen = len(set(self.kept) - self.stats.seen)
            self.conn.close()

    def run(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        """Like `Runner.run`, in input order; unchanged documents come from the database unparsed."""
        # One slot per input: a finished item, or None for one the runner is working on.
        slots: deque[Result | Failure | None] = deque()

        def to_parse() -> Iterator[Document | Failure]:
            for item in items:
                self.stats.seen.add(_document_key(item))
                cached = self._cached(item) if isinstance(item, Document) else None
                slots.append(cached)
                if cached is None:
                    yield item

        def finished() -> Iterator[Result | Failure]:
            """The results from the database at the head of the line, up to the first one being parsed."""
            while slots and (head := slots[0]) is not None:
                slots.popleft()
                yield head

        for done in self.runner.run(to_parse()):
            yield from finished()
            slots.popleft()  # the slot `done` fills
            if isinstance(done, Result) and not done.failures:  # a partly failed document is read again next run
                self._pending.append(done)
                if len(self._pending) >= self.batch_size:
                    self._flush()
            yield done
        yield from finished()

    def _cached(self, document: Document) -> Result | None:
        key = _document_key(document)
        kept = self.kept.get(key)
        if (key == "-" or kept is None or kept.content_hash != content_hash(document.text)
                or kept.modified_ns != _stat(document)[1] or kept.options != self._options(document)
                or any(kept.versions.get(name) != version for name, version in self.versions.items())):
            return None
        self.stats.unchanged += 1
        names = list(self.versions)
        rows = self.conn.execute(
            f"""SELECT extractor, schema, start, "end", text, sentence, rule, ambiguous, alternatives, fields
                FROM facts WHERE document_id = ? AND extractor IN ({",".join("?" * len(names))}) ORDER BY id""",
            (kept.id, *names),
        )
        records = [
            {"schema": schema, "extractor": extractor, "source": document.source, "start": start, "end": end,
             "text": text, "sentence": sentence, "rule": rule, "ambiguous": bool(ambiguous),
             "alternatives": json.loads(alternatives), **json.loads(fields)}
            for extractor, schema, start, end, text, sentence, rule, ambiguous, alternatives, fields in rows
        ]
        return Result(document, records)

    def _flush(self) -> None:
        """Write the pending results in one short transaction (the write lock is held only for it)."""
        if not self._pending:
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise _busy(self.busy_seconds, err) from None
        pending, self._pending = self._pending, []
        try:
            for result in pending:
                self._write(result)
        finally:  # a document whose write failed was rolled back alone: the whole ones before it stay
            self.conn.execute("COMMIT")

    def _write(self, result: Result) -> None:
        """Replace the document's facts in one savepoint, so no half-written document is committed."""
        document = result.document
        key = _document_key(document)
        digest = content_hash(document.text)
        kept = self._current(key)
        options = self._options(document)
        same_text = kept is not None and kept.content_hash == digest and kept.options == options
        # Facts of extractors not run now stay only if they were found in this very text.
        versions = {**(kept.versions if same_text and kept else {}), **self.versions}
        row = (key, document.source, digest, *_stat(document), len(document.text),
               dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), json.dumps(versions, sort_keys=True),
               options)
        facts = [_fact_row(record, self.extractors[record["extractor"]]) for record in result.records]
        self.conn.execute("SAVEPOINT document")
        replaced = 0
        try:
            if kept is None:
                doc_id = int(self.conn.execute(
                    """INSERT INTO documents (path, source, content_hash, size, modified_ns, chars,
                       processed_at, extractor_versions, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row).lastrowid or 0)
            else:
                doc_id = kept.id
                self.conn.execute(
                    """UPDATE documents SET path = ?, source = ?, content_hash = ?, size = ?, modified_ns = ?,
                       chars = ?, processed_at = ?, extractor_versions = ?, options = ?
                       WHERE id = ?""",
                    (*row, doc_id))
                if same_text:  # the other extractors' facts still index this text
                    names = list(self.versions)
                    deleted = self.conn.execute(
                        f"DELETE FROM facts WHERE document_id = ? AND extractor IN ({','.join('?' * len(names))})",
                        (doc_id, *names))
                else:  # offsets into the old text mean nothing now
                    deleted = self.conn.execute("DELETE FROM facts WHERE document_id = ?", (doc_id,))
                replaced = deleted.rowcount
            self.conn.executemany(
                """INSERT INTO facts (document_id, schema, extractor, source, start, "end", text, sentence, rule,
                   ambiguous, alternatives, label, value, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(doc_id, *fact) for fact in facts])
            self.conn.execute("RELEASE document")
        except BaseException:
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            raise
        if kept is None:
            self.stats.new += 1
        else:
            self.stats.updated += 1
            self.stats.facts_replaced += replaced
        self.kept[key] = _Kept(doc_id, digest, row[4], versions, options)
        self.stats.facts_written += len(facts)

    def _options(self, document: Document) -> str:
        return options_key(self.runner.options_for(document))

    def _current(self, key: str | bytes) -> _Kept | None:
        """The document's row as it is now: another run may have written it since this one started."""
        row = self.conn.execute("SELECT id, content_hash, modified_ns, extractor_versions, options FROM documents "
                                "WHERE path = ?", (key,)).fetchone()
        if row is None:
            return None
        id_, digest, modified, versions, options = row
        return _Kept(id_, digest, modified, json.loads(versions), options)


def _busy(seconds: float, err: sqlite3.Error) -> StoreError:
    return StoreError(f"the store is busy: another run held it for over {seconds:g} s ({err})")


def _open(path: str, busy_seconds: float) -> sqlite3.Connection:
    """Connect to the store, checking the file is one (or empty) before anything is written to it."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=busy_seconds)
    try:
        application, version = (conn.execute(f"PRAGMA {name}").fetchone()[0]
                                for name in ("application_id", "user_version"))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(f"not a store of extract: not a SQLite database, or damaged ({err})") from None
    problem = None
    if application not in (0, APPLICATION_ID):
        problem = f"not a store of extract: another application's SQLite file (application_id {application})"
    elif application == 0 and tables and tables != {"documents", "facts"}:
        problem = f"not a store of extract: a SQLite file with other tables ({', '.join(sorted(tables))})"
    elif version > STORE_VERSION:
        problem = f"made by a newer extract (store version {version}; this one reads up to {STORE_VERSION})"
    if problem:
        conn.close()
        raise StoreError(problem)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable at checkpoints, safe against corruption
    if (application, version) != (APPLICATION_ID, STORE_VERSION):  # a new (or older) store: set it up
        _set_up(conn, application == APPLICATION_ID and version < STORE_VERSION, busy_seconds)
    return conn


def _set_up(conn: sqlite3.Connection, upgrade: bool, busy_seconds: float) -> None:
    """Tables and marks in one transaction, so a second run opening the file meanwhile sees no store or a
    whole one, never the `documents` table alone (which it would take for another application's file).
    Two runs setting up one new file at once may find it locked where SQLite's busy wait does not apply
    (turning on WAL): the later one tries again until `busy_seconds` have passed."""
    deadline = time.monotonic() + busy_seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            if upgrade:
                _upgrade(conn)
            conn.executescript(f"BEGIN IMMEDIATE;\n{SCHEMA}\nPRAGMA application_id = {APPLICATION_ID};\n"
                               f"PRAGMA user_version = {STORE_VERSION};\nCOMMIT;")
            return
        except sqlite3.OperationalError as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if "locked" not in str(err) or time.monotonic() > deadline:
                conn.close()
                raise _busy(busy_seconds, err) from None
            time.sleep(0.05)


def _upgrade(conn: sqlite3.Connection) -> None:
    """A store of an older layout gains the provenance columns; its documents are read again on the next
    run (their facts lack a rule), so every fact it holds then has one."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(facts)")}
    for column, kind in (("rule", "TEXT NOT NULL DEFAULT ''"), ("ambiguous", "INTEGER NOT NULL DEFAULT 0"),
                         ("alternatives", "TEXT NOT NULL DEFAULT '[]'")):
        if column not in columns:
            conn.execute(f"ALTER TABLE facts ADD COLUMN {column} {kind}")
    conn.execute("UPDATE documents SET extractor_versions = '{}'")


def _fact_row(record: Record, extractor: Extractor) -> tuple[Any, ...]:
    value = extractor.value_of(record)
    if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
        value = json.dumps(value, ensure_ascii=False)
    return (record.get("schema", SCHEMA_VERSION), record["extractor"], record["source"], record["start"], record["end"],
            record["text"], record.get("sentence"), record["rule"], record["ambiguous"],
            json.dumps(record["alternatives"], ensure_ascii=False), extractor.label_of(record), value,
            json.dumps({k: v for k, v in record.items() if k not in (*COMMON_KEYS, *PROVENANCE_KEYS)},
                       ensure_ascii=False))


def _stat(document: Document) -> tuple[int, int | None]:
    """Size in bytes and modification time in nanoseconds; stdin and text have only the size of the text."""
    try:
        if document.path is None:
            raise FileNotFoundError(document.source)
        info = os.stat(document.path)
    except OSError:
        return len(document.text.encode("utf-8", "surrogatepass")), None
    return info.st_size, info.st_mtime_ns
