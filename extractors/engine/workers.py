"""What every parallel engine shares: the work a worker does, and putting its answers back in order.

Engines (`parallel` for local processes, `distributed` for Dask) send chunks of
documents to workers and get back, per document, its records or a `Failure`:
never the text, which the caller already holds. Only a bounded window of chunks
is in flight, so input is read just ahead of the workers and memory stays flat;
results are yielded in input order as soon as every earlier one is done.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from .records import Record
from .runner import Document, Failure, Result, Runner, by_characters

# A chunk holds documents up to about this many characters (and at least one):
# enough work to make the round trip to a worker negligible, small enough that
# workers stay evenly busy and output keeps flowing.
CHUNK_CHARS = 20_000
# Chunks in flight per worker: results are printed in input order, so the others
# run ahead while one works on a long document; a bound keeps memory flat.
CHUNKS_PER_WORKER = 4

Answer = tuple[list[Record], list[Failure]] | Failure

# Runners already built in this process, by settings: a worker loads its model
# once, on the first chunk, however many chunks (and pickled runners) it is sent.
# A long-lived Dask worker serving runs with other options keeps only the latest
# few, so its memory stays bounded.
_RUNNERS: dict[tuple[object, ...], Runner] = {}
KEPT_RUNNERS = 2
# spaCy pipelines are not thread-safe; a worker process with several threads
# (a Dask worker started with --nthreads 2) parses one chunk at a time.
_LOCK = threading.Lock()


def adopt(runner: Runner) -> None:
    """Make `runner` (and the model it may already hold) the one this process uses for its settings."""
    _RUNNERS[runner.key] = _RUNNERS.pop(runner.key, runner)  # most recently used last
    while len(_RUNNERS) > KEPT_RUNNERS:
        del _RUNNERS[next(iter(_RUNNERS))]


def process(runner: Runner, documents: list[Document]) -> list[Answer]:
    """The work of a worker: each document's records, or its failure, in order."""
    with _LOCK:
        adopt(runner)
        local = _RUNNERS[runner.key]
        return [(item.records, item.failures) if isinstance(item, Result) else item for item in local.run(documents)]


class Pending(Protocol):
    """A future as both engines' executors return it."""

    def result(self) -> list[Answer]: ...

    def done(self) -> bool: ...


Submit = Callable[[list[Document]], Pending]


def in_order(items: Iterable[Document | Failure], submit: Submit, workers: int) -> Iterator[Result | Failure]:
    """Run every document through `submit`, a bounded window of chunks at a time; yield results in input order.

    The window holds `CHUNKS_PER_WORKER` chunks per worker, so the others keep working while
    the oldest chunk (a long document) is still being parsed.

    A chunk whose worker fails as a whole (it died, or the engine lost it) is
    retried document by document, each alone, so only a document that fails
    again on its own is reported, as a `Failure` like any unreadable input
    (errors inside extraction never get here: the runner reports those).
    """
    flight: deque[tuple[list[Document | Failure], Pending | None]] = deque()
    for chunk in by_characters(items, CHUNK_CHARS):
        flight.append((chunk, _send(submit, chunk)))
        while flight and (len(flight) >= CHUNKS_PER_WORKER * workers or _done(flight[0][1])):
            yield from _collect(submit, *flight.popleft())
    while flight:
        yield from _collect(submit, *flight.popleft())


def _done(pending: Pending | None) -> bool:
    return pending is None or pending.done()


def _send(submit: Submit, chunk: list[Document | Failure]) -> Pending | None:
    documents = [item for item in chunk if isinstance(item, Document)]
    return submit(documents) if documents else None


def _collect(submit: Submit, chunk: list[Document | Failure], pending: Pending | None) -> Iterator[Result | Failure]:
    documents = [item for item in chunk if isinstance(item, Document)]
    answers = iter(_answers(submit, documents, pending) if pending is not None else [])
    for item in chunk:
        if isinstance(item, Failure):
            yield item
            continue
        answer = next(answers)
        yield Result(item, *answer) if not isinstance(answer, Failure) else answer


def _answers(submit: Submit, documents: list[Document], pending: Pending, retry: bool = True) -> list[Answer]:
    """The chunk's answers; if its worker failed, each document's own answer from a second try alone."""
    try:
        return pending.result()
    except Exception as err:
        if not retry:
            return [Failure(documents[0].source, f"worker failed: {type(err).__name__}: {err}")]
    return [answer for document in documents for answer in _answers(submit, [document], submit([document]), False)]
