"""How the CLI reports problems: one line on stderr per failed input, `extract: PATH: reason`."""

from __future__ import annotations

import sys
from functools import cache

from rich.console import Console

from extract_facts.extractors import Failure


class UsageProblem(Exception):
    """A mistake in the command line: reported on one line, exit status 2."""


@cache
def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def report_failure(failure: Failure, debug: bool = False) -> None:
    sys.stderr.write(f"extract: {failure.source}: {failure.reason}\n")
    if debug and failure.detail:
        sys.stderr.write(failure.detail)
    sys.stderr.flush()
