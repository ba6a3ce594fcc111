"""How the CLI reports problems: one line on stderr per failed input, `extract: PATH: reason`."""

from __future__ import annotations

import re
import sys
from functools import cache

from rich.console import Console

from extract_facts.extractors import Failure


class UsageProblem(Exception):
    """A mistake in the command line: reported on one line, exit status 2."""


class BadFile(UsageProblem):
    """A file the command line named that cannot be used: `extract: FILE:LINE: reason`, exit status 2."""


@cache
def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


# Characters that would break the one-line promise, drive the terminal, or reorder what is shown
# (bidirectional controls: `invoice\u202efdp.txt` would read as `invoicetxt.pdf`): shown escaped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """`text` with control and bidirectional characters escaped as in Python (a newline prints as `\\n`)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def report_failure(failure: Failure, debug: bool = False) -> None:
    """One line per failed input, whatever its name or the error's message holds."""
    reason = " ".join(failure.reason.split())
    sys.stderr.write(f"extract: {one_line(failure.source)}: {one_line(reason)}\n")
    if debug and failure.detail:
        sys.stderr.write(failure.detail)
    sys.stderr.flush()


def say(message: str) -> None:
    """A notice about the run as a whole (not a failure): one line on stderr."""
    sys.stderr.write(f"extract: {one_line(' '.join(message.split()))}\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    """A warning that does not fail the run: one line on stderr."""
    sys.stderr.write(f"extract: warning: {one_line(' '.join(message.split()))}\n")
    sys.stderr.flush()
