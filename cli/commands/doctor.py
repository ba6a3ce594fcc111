"""`extract doctor`: check, without the network, that everything a run needs is installed and loads."""

from __future__ import annotations

import platform
import sys
import time
from importlib.metadata import PackageNotFoundError, requires, version
from typing import Annotated, Optional

import typer

from extract_facts.extractors.engine.pipeline import DEFAULT_MODEL


def _libraries() -> list[str]:
    """The libraries this package depends on, as its installed metadata lists them (extras left out)."""
    from packaging.requirements import Requirement

    wanted = [Requirement(line) for line in requires("extract-facts") or []]
    return [r.name for r in wanted if r.marker is None]



def doctor(
    model: Annotated[Optional[str], typer.Option(  # noqa: UP045 - Typer reads the annotation
        help=f"The spaCy pipeline to check. Default: {DEFAULT_MODEL}.", show_default=False)] = None,
) -> None:
    """Check the installation: libraries, the spaCy pipeline, and every extractor on a sample sentence."""
    from extract_facts.extractors import Document, Failure, Runner, registry
    from extract_facts.extractors.engine.pipeline import ModelNotFound

    ok = True

    def line(status: bool, what: str, detail: str) -> None:
        nonlocal ok
        ok &= status
        sys.stdout.write(f"{'ok  ' if status else 'FAIL'}  {what:<22} {detail}\n")

    line(True, "python", platform.python_version())
    for name in _libraries():
        try:
            line(True, name, version(name))
        except PackageNotFoundError:
            line(False, name, "not installed")
    names = list(registry.available())
    line(bool(names), "extractors", ", ".join(names) or "none found")
    runner = Runner(names, model=model or DEFAULT_MODEL)
    started = time.perf_counter()
    try:
        nlp = runner.nlp
    except ModelNotFound:
        line(False, "model", f"{runner.model}: not installed")
        raise typer.Exit(1) from None
    line(True, "model", f"{runner.model} ({', '.join(nlp.pipe_names)}) loaded in "
         f"{time.perf_counter() - started:.2f} s")
    sample = Document("doctor", "On Friday, the Acme Corporation in Ohio agreed to pay $5 million, Jane Smith said.")
    for item in runner.run([sample]):
        if isinstance(item, Failure):
            line(False, "sample", item.reason)
        elif item.failures:
            line(False, "sample", "; ".join(failure.reason for failure in item.failures))
        else:
            counts = {n: sum(r["extractor"] == n for r in item.records) for n in names}
            line(True, "sample", ", ".join(f"{n} {c}" for n, c in counts.items()))
    if not ok:
        raise typer.Exit(1)
