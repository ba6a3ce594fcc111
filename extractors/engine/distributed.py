"""Run extractors on a Dask cluster (`pip install 'extract-facts[dask]'`).

The same per-chunk work as local processes (`workers.process`), submitted to
`dask.distributed`: on a `LocalCluster` started here, or on a running cluster
given by its scheduler address. Each worker process keeps one runner per
settings, so it loads the model on its first chunk and never again. Documents
travel as text in chunks, a bounded window of them at a time; answers come
back as records and are yielded in input order.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from distributed.diagnostics.plugin import WorkerPlugin

from . import workers
from .runner import Document, Failure, Result, Runner

if TYPE_CHECKING:
    from distributed import Client, LocalCluster


class SchedulerUnreachable(ConnectionError):
    """Raised when no Dask scheduler answers at the address given."""


def run_on_dask(
    runner: Runner, items: Iterable[Document | Failure], scheduler: str | None = None, workers_count: int = 2,
) -> Iterator[Result | Failure]:
    """`runner.run(items)` on Dask: on `scheduler` if given, else on a LocalCluster of `workers_count` processes."""
    with ExitStack() as stack:
        stack.enter_context(_quiet_logs())
        client = _connect(stack, scheduler, workers_count)
        slots = sum(client.nthreads().values()) or 1

        def submit(documents: list[Document]) -> workers.Pending:
            return client.submit(workers.process, runner, documents, pure=False)

        yield from workers.in_order(items, submit, slots)


def local_cluster(workers_count: int) -> LocalCluster:
    """A cluster of single-threaded worker processes on this machine, listening on loopback only, quietly.

    Its processes start with Ctrl-C ignored (they inherit that), so an interrupt reaches only
    this process, which closes the cluster, instead of printing a traceback from every worker.
    """
    from distributed import LocalCluster

    with _interrupts_ignored():
        return LocalCluster(n_workers=workers_count, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                            silence_logs=logging.ERROR)


class SilentWorker(WorkerPlugin):
    """No log line from a worker of our own cluster, for its whole life, a restarted one included.

    `silence_logs` quiets a worker only until its close begins, and the tracebacks of a closing
    cluster (a heartbeat to a scheduler already gone) come after. A cluster given by address is
    someone else's: its logs are left alone.
    """

    idempotent = True

    def setup(self, worker: object) -> None:
        logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """Keep Dask's own log lines (a worker killed, restarted, a task lost) off stderr during a run.

    What they report reaches the caller as the `Failure` of each document lost, which the
    command line prints on one line each, as for any other failure.
    """
    import distributed  # noqa: F401 - configures its loggers, which this then quiets

    names = ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers; its children keep the default
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _connect(stack: ExitStack, scheduler: str | None, workers_count: int) -> Client:
    """A client of the cluster at `scheduler`, or of a new local cluster; both close with `stack`.

    How long to wait for a remote scheduler is Dask's setting `distributed.comm.timeouts.connect`
    (`DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s`).
    """
    from distributed import Client

    if scheduler is None:
        client = stack.enter_context(Client(stack.enter_context(local_cluster(workers_count))))
        client.register_plugin(SilentWorker())
        return client
    try:
        return stack.enter_context(Client(scheduler))
    except (OSError, TimeoutError) as err:
        raise SchedulerUnreachable(f"no Dask scheduler answers at {scheduler}: {err}") from err
