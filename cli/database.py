"""`--db FILE`: route a run through the library's SQLite store and say on stderr what it kept."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageProblem

if TYPE_CHECKING:
    from extract_facts.extractors import Document, Failure, Result, Runner

Process = Callable[[Iterable["Document | Failure"]], Iterator["Result | Failure"]]


@contextmanager
def keeping(db: Path | None, runner: Runner) -> Iterator[Process]:
    """Yield what turns read inputs into results: the runner itself, or the store around it."""
    if db is None:
        yield runner.run
        return
    from extract_facts.extractors.engine.store import Store, StoreError

    try:
        store = Store(db, runner)
    except (StoreError, sqlite3.Error) as err:
        raise UsageProblem(f"--db {db}: {err}") from None
    try:
        try:
            yield store.run
        finally:
            store.close()
    except StoreError as err:  # busy past the wait: the facts already printed stand, the store says why not kept
        raise UsageProblem(f"--db {db}: {err}") from None
    finally:
        s = store.stats
        kept = f"; {s.unseen} documents not among these inputs were kept" if s.unseen else ""
        replaced = f", replacing {s.facts_replaced}" if s.facts_replaced else ""
        sys.stderr.write(f"extract: {db}: {s.new} new, {s.updated} updated, {s.unchanged} unchanged documents; "
                         f"{s.facts_written} facts written{replaced}{kept}\n")
