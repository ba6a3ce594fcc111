"""Run extractors in several local processes, one model each, output in input order.

On Linux the workers are forked from a process that has already loaded the
model, so they start at once and share its pages until they write to them;
elsewhere they are spawned and each loads the model on its first chunk. A
worker that dies (killed, out of memory) breaks the pool: a new one is started
and the lost documents are retried one by one, so only the culprit fails.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import workers
from .runner import Document, Failure, Result, Runner


def cpu_count() -> int:
    """The cores this process may run on (`--jobs 0`)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_in_processes(runner: Runner, items: Iterable[Document | Failure], jobs: int) -> Iterator[Result | Failure]:
    """`runner.run(items)` spread over `jobs` worker processes."""
    if jobs <= 1:
        yield from runner.run(items)
        return
    pool = _Pool(runner, jobs)
    finished = False
    try:
        yield from workers.in_order(items, pool.submit, jobs)
        finished = True
    finally:
        pool.close(abort=not finished)


class _Pool:
    """A process pool that replaces itself when a worker dies."""

    def __init__(self, runner: Runner, jobs: int) -> None:
        self.runner = runner
        self.jobs = jobs
        self.context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        if self.context.get_start_method() == "fork":
            _ = runner.nlp  # loaded once here, inherited by every worker
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_start_worker,
                                   initargs=(self.runner,))

    def submit(self, documents: list[Document]) -> Future[list[workers.Answer]]:
        try:
            return self.executor.submit(workers.process, self.runner, documents)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            return self.executor.submit(workers.process, self.runner, documents)

    def close(self, abort: bool) -> None:
        """Wait for the workers to exit; stop them at once if the run was interrupted or abandoned."""
        if abort:
            # Python 3.14 has executor.terminate_workers(); until then, the executor's own table.
            for process in list(self.executor._processes.values()):
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(runner: Runner) -> None:
    """Keep the runner (a forked worker inherits its loaded model); leave Ctrl-C to the parent.

    A worker dies with its parent, however the parent ends (`kill -9` too), and never
    holds the parent's stdout: whatever reads the output sees it end with the parent.
    """
    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a fork inherits the parent's Python handler
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    # Fresh stdio objects: a forked worker must not flush the parent's, whose locks another
    # thread (the progress bar) may have held at the moment of the fork.
    sys.stdout, sys.stderr = open(1, "w", closefd=False), open(2, "w", closefd=False)  # noqa: SIM115
    workers.adopt(runner)


# prctl(2) option: the signal a process gets when its parent thread dies (Linux).
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no prctl: the pool's own shutdown still ends the workers on a clean exit
