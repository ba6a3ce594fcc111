"""Ctrl-C between records, never inside one, so an interrupted run leaves whole output.

A write to a full pipe can be cut by SIGINT halfway through a JSON line; holding the
signal while a document's records are written (and while `--json` closes its array)
keeps stdout parseable. A second Ctrl-C still stops at once.
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


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Run the block with Ctrl-C postponed to its end (only where Python's own handler is in place)."""
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    pending: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        if pending:
            raise KeyboardInterrupt  # asked twice: stop now
        pending.append(signum)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if pending:
        raise KeyboardInterrupt


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
