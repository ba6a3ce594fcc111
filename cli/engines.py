"""`--engine`, `--jobs`, `--scheduler`: where the per-document work runs.

The work itself lives in the library (`runner`, `parallel`, `distributed`);
this module only turns the options into one of them and their problems into
one-line usage errors.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import TYPE_CHECKING

from extract_facts.extractors import Document, Failure, Result, Runner

from .errors import UsageProblem

if TYPE_CHECKING:
    from spacy.language import Language

DASK_EXTRA = "pip install 'extract-facts[dask]'"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def check(engine: Engine, jobs: int | None, scheduler: str | None) -> None:
    """Refuse option combinations that cannot work, before any input is read."""
    if engine is Engine.local and scheduler is not None:
        raise UsageProblem("--scheduler needs --engine dask")
    if engine is Engine.dask and scheduler is not None and jobs is not None:
        raise UsageProblem("--jobs starts a local Dask cluster; with --scheduler the cluster's workers are used")
    if engine is Engine.dask and importlib.util.find_spec("distributed") is None:
        raise UsageProblem(f"--engine dask needs Dask: {DASK_EXTRA}")


def spread(runner: Runner, engine: Engine, jobs: int | None, scheduler: str | None) -> Runner:
    """`runner`, or one whose `run` sends the documents where the options say (same records, same order)."""
    if engine is Engine.local and (jobs or 1) == 1:
        return runner
    return _EngineRunner(runner, engine, jobs, scheduler)


class _EngineRunner(Runner):
    """A Runner for the store and the renderers; workers get the plain runner inside it."""

    def __init__(self, runner: Runner, engine: Engine, jobs: int | None, scheduler: str | None) -> None:
        super().__init__(runner.extractors, runner.settings, runner.model, runner.piece_chars, rules=runner.rules)
        self.inner, self.engine, self.jobs, self.scheduler = runner, engine, jobs, scheduler

    @property
    def nlp(self) -> Language:
        return self.inner.nlp

    def run(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        from extract_facts.extractors.engine.parallel import cpu_count

        workers = cpu_count() if self.jobs == 0 else self.jobs
        if self.engine is Engine.local:
            from extract_facts.extractors.engine.parallel import run_in_processes

            yield from run_in_processes(self.inner, items, workers or 1)
            return
        from extract_facts.extractors.engine.distributed import SchedulerUnreachable, run_on_dask

        try:
            yield from run_on_dask(self.inner, items, self.scheduler, workers or cpu_count())
        except SchedulerUnreachable as err:
            raise UsageProblem(f"--scheduler: {err}") from None
