"""Throughput and memory of `extract` against bare spaCy, in one run (issue 8).

    .venv/bin/python benchmarks/throughput.py                     # ../shared/benchmarks/corpus/
    .venv/bin/python benchmarks/throughput.py --documents 20 --skip-dask
    .venv/bin/python benchmarks/throughput.py --per-extractor     # where `extract all` spends its time

Prints one table: words/s of bare `nlp.pipe` (same pipeline, same components,
model already loaded) and of `extract all --jsonl` (the whole command: start-up,
reading, decoding, extraction, output), `extract money` against `extract all`,
`--jobs 2` against one process, `--engine dask` (a 2-worker LocalCluster it
starts) against `--jobs 2`, the peak RSS of a run over the corpus repeated to
100 and to 1,000 documents, and the wall time of `extract --help`. Every
figure is measured here and now; the machine's cores and load are printed with
them, since other work on the machine changes every number.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract_facts.cli import inputs
from extract_facts.extractors import Document, Runner, pipeline, registry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "corpus"
EXTRACT = str(Path(sys.executable).with_name("extract"))


@dataclass(frozen=True)
class Run:
    """One `extract` process: wall seconds, seconds to its first line of output, peak RSS in MiB.

    `cpu` (user + system seconds, its worker processes included) is what the run cost
    whatever else the machine was doing; wall seconds are what a user waits.
    """

    seconds: float
    first_line: float | None
    peak_mib: float
    cpu: float


def run_extract(*args: str) -> Run:
    """Run `extract ARGS`, reading its output as it comes; its own peak RSS comes from wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen([EXTRACT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    first_line = None
    for _ in proc.stdout:
        if first_line is None:
            first_line = time.perf_counter() - start
    errors = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract {' '.join(args)} failed ({proc.returncode}):\n{errors}")
    return Run(seconds, first_line, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def documents(folder: Path, limit: int | None) -> list[Document]:
    """The corpus as `extract` reads it (same decoding), so both sides parse the same text."""
    found = list(inputs.find_sources([str(folder)]))[:limit]
    read = [inputs.read_source(source) for source in found]
    return [doc for doc in read if isinstance(doc, Document)]


def link_copies(docs: list[Document], count: int, folder: Path) -> Path:
    """`count` documents cycling through the corpus, as symbolic links in `folder`."""
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:05}.txt").symlink_to(Path(docs[n % len(docs)].source).resolve())
    return folder


def bare_pipe_seconds(folder: Path) -> tuple[float, float]:
    """`nlp.pipe` alone over the texts, with the components `extract all` loads, in a process of its own.

    Its own process keeps this one small: a child's peak RSS counts the parent's pages it was forked with.
    Returns wall and CPU seconds.
    """
    out = subprocess.run([sys.executable, __file__, "--bare-pipe", str(folder)], capture_output=True, text=True,
                         check=True)
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def time_bare_pipe(folder: Path) -> str:
    texts = [doc.text for doc in documents(folder, None)]
    nlp = pipeline.load(pipeline.DEFAULT_MODEL, Runner(list(registry.available())).needs)
    for _ in nlp.pipe(texts[:1]):
        pass  # warm up: the first call allocates
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return f"{time.perf_counter() - start} {time.process_time() - cpu}"


def median_seconds(action: Callable[[], object], times: int = 5) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--documents", type=int, default=None, help="use only the first N documents for speed")
    parser.add_argument("--memory-extractor", default="all", help="extractor command of the memory runs")
    parser.add_argument("--memory-documents", type=int, nargs=2, default=(100, 1000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--memory-across", action="store_true",
                        help="memory runs with --across (one record per entity for the corpus), alone")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--per-extractor", action="store_true",
                        help="only each extractor's CPU seconds against the parse's, over the same parses, alone")
    parser.add_argument("--bare-pipe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_pipe:
        print(time_bare_pipe(args.bare_pipe))
        return

    load_before = os.getloadavg()
    cores = len(os.sched_getaffinity(0))
    docs = documents(args.corpus, args.documents)
    if args.per_extractor:
        per_extractor(docs)
        return
    if args.memory_across:
        memory_runs(docs, args.memory_extractor, args.memory_documents, ("--across",))
        return
    words = sum(len(doc.text.split()) for doc in docs)
    print(f"corpus: {len(docs)} documents, {words:,} words; {cores} cores; load average {load_before[0]:.1f}")
    print(f"{'measure':<{WIDTH}}  {'value':>16}  goal", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = link_copies(docs, len(docs), Path(tmp) / "corpus")

        bare, bare_cpu = bare_pipe_seconds(corpus)
        row("bare nlp.pipe, words/s", f"{words / bare:,.0f}")
        every = run_extract("all", str(corpus), "--jsonl")
        row("extract all --jsonl, words/s", f"{words / every.seconds:,.0f}")
        row("  ratio to bare nlp.pipe", f"{bare / every.seconds:.2f}", ">= 0.9")
        row("  the same in CPU seconds", f"{bare_cpu / every.cpu:.2f}", ">= 0.9")
        row("  first line after, s", f"{every.first_line or 0:.1f} of {every.seconds:.1f}")
        row(f"  peak RSS, {len(docs)} documents", f"{every.peak_mib:,.0f} MiB")

        money = run_extract("money", str(corpus), "--jsonl")
        row("extract money --jsonl, words/s", f"{words / money.seconds:,.0f}")
        row("  speed-up over extract all", f"{every.seconds / money.seconds:.1f}x", ">= 5x")
        row("  the same in CPU seconds", f"{every.cpu / money.cpu:.1f}x", ">= 5x")

        two = run_extract("all", str(corpus), "--jsonl", "--jobs", "2")
        row("extract all --jobs 2, words/s", f"{words / two.seconds:,.0f}")
        row("  speed-up over --jobs 1", f"{every.seconds / two.seconds:.2f}x", ">= 1.7x")
        # Cores the runs actually got: below 2 with --jobs 2 when other work shares the machine.
        row("  cores used, --jobs 1 / --jobs 2", f"{every.cpu / every.seconds:.2f} / {two.cpu / two.seconds:.2f}")

        if not args.skip_dask:
            dask = run_extract("all", str(corpus), "--jsonl", "--engine", "dask", "--jobs", "2")
            row("extract all --engine dask, 2 workers, words/s", f"{words / dask.seconds:,.0f}")
            row("  ratio to --jobs 2", f"{two.seconds / dask.seconds:.2f}", ">= 0.8")

        memory_runs(docs, args.memory_extractor, args.memory_documents)

    help_seconds = median_seconds(lambda: subprocess.run([EXTRACT, "--help"], capture_output=True, check=True))
    row("extract --help, wall s (median of 5)", f"{help_seconds:.2f}", "< 0.2")
    print(f"\n{cores} cores; load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after")


def per_extractor(docs: list[Document]) -> None:
    """Each extractor's CPU seconds over the same parses, as a share of the parse: where `extract all` spends
    what it adds to bare spaCy. CPU time, so other work on the machine changes it little; one-time costs (an
    extractor's lazy imports, the money lexicon) count, so use many documents."""
    from extract_facts.extractors.engine.records import Context

    runner = Runner(list(registry.available()))
    cpu = time.process_time()
    parsed = list(runner.nlp.pipe([doc.text for doc in docs]))
    parse = time.process_time() - cpu
    row(f"parse, {len(docs)} documents, CPU s", f"{parse:.1f}")
    for extractor in runner.extractors:
        cpu = time.process_time()
        for document, doc in zip(docs, parsed, strict=True):
            list(extractor.extract(doc, Context(document.source, runner.options_for(document).get(extractor.name))))
        spent = time.process_time() - cpu
        row(f"  {extractor.name}, CPU s (share of the parse)", f"{spent:.1f} ({spent / parse:.0%})")


def memory_runs(docs: list[Document], extractor: str, counts: tuple[int, int], flags: tuple[str, ...] = ()) -> None:
    """Peak RSS of one process over the corpus repeated to each count of documents, and its growth."""
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            folder = link_copies(docs, count, Path(tmp) / f"repeat{count}")
            run = run_extract(extractor, str(folder), "--jsonl", *flags)
            peaks.append(run.peak_mib)
            row(f"peak RSS, extract {extractor} {' '.join(flags)}, {count} documents",
                f"{peaks[-1]:,.0f} MiB", f"{run.seconds:.0f} s")
    row("  growth", f"{(peaks[1] / peaks[0] - 1) * 100:+.1f}%", "within 10%")


WIDTH = 48


def row(measure: str, value: str, goal: str = "") -> None:
    print(f"{measure:<{WIDTH}}  {value:>16}  {goal}", flush=True)

if __name__ == "__main__":
    main()
