"""Ctrl-C and SIGTERM between records, never inside one, so an interrupted run leaves whole output.

A write to a full pipe can be cut by SIGINT halfway through a JSON line; holding the
signal while a document's records are written (and while `--json` closes its array)
keeps stdout parseable. A second Ctrl-C still stops at once. SIGTERM (what `kill`,
`timeout` and process managers send) ends a run as Ctrl-C does: `--json` closed,
the partial report removed, workers stopped; only the exit status differs (143).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from types import FrameType
from typing import Protocol, TypeVar


class Finishing(Protocol):
    def finish(self) -> None: ...


Output = TypeVar("Output", bound=Finishing)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be, so every path that cleans up after Ctrl-C runs."""


# Set once SIGTERM arrived: Click turns any KeyboardInterrupt into one Abort, and the
# exit status must still say which signal ended the run.
terminated = threading.Event()


def on_terminate(signum: int, frame: FrameType | None) -> None:
    """The SIGTERM handler `extract` installs: stop as for Ctrl-C."""
    terminated.set()
    raise Terminated


def _raise_held(signum: int) -> None:
    if signum == signal.SIGTERM:
        terminated.set()
        raise Terminated
    raise KeyboardInterrupt


# Each signal held, and the handler that is in place when nothing is held.
_HELD = ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, on_terminate))


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Run the block with Ctrl-C and SIGTERM postponed to its end (where the usual handlers are in place)."""
    held = [(signum, handler) for signum, handler in _HELD if signal.getsignal(signum) is handler]
    if threading.current_thread() is not threading.main_thread() or not held:
        yield
        return
    pending: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        if pending:
            _raise_held(signum)  # asked twice: stop now
        pending.append(signum)

    for signum, _ in held:
        signal.signal(signum, hold)
    try:
        yield
    finally:
        for signum, handler in held:
            signal.signal(signum, handler)
    if pending:
        _raise_held(pending[0])


@contextmanager
def finished(make: Callable[[], Output]) -> Iterator[Output]:
    """Make an output (`--json` writes its `[` at once) and finish it however the block ends.

    Made with Ctrl-C held, so once anything is written, the closing `finish` is sure to run.
    """
    with ExitStack() as stack:
        with held_interrupts():
            output = make()
            stack.callback(_finish, output)
        yield output


def _finish(output: Finishing) -> None:
    with held_interrupts():
        output.finish()
