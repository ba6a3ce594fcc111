"""`--jobs N`: several worker processes, one model each, output exactly as with one."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extract_facts.extractors import Context, Document, Extractor, Fact, Failure, Result, Runner, option, workers
from extract_facts.extractors.engine.parallel import run_in_processes

from helpers import install_plugin, run_extract


def find_numbers(doc: Doc, context: Context) -> Iterator[Fact]:
    for token in doc:
        if token.like_num:
            yield Fact(token.idx, token.idx + len(token), {"value": token.text})


def find_trouble(doc: Doc, context: Context) -> Iterator[Fact]:
    """Raises on one document and kills its worker process on another."""
    if "EXPLODE" in doc.text:
        raise RuntimeError("exploded")
    if "KILLWORKER" in doc.text:
        os._exit(3)
    yield from ()


def find_process(doc: Doc, context: Context) -> Iterator[Fact]:
    if "SLEEP" in doc.text:
        time.sleep(60)
    yield Fact(0, 1, {"pid": os.getpid()})


@Language.component("refuse_unparseable")
def refuse_unparseable(doc: Doc) -> Doc:
    """A pipeline component that fails the way a broken model or a pathological text would."""
    if "UNPARSEABLE" in doc.text:
        raise ValueError("cannot parse this")
    return doc


@dataclass(frozen=True)
class NumbersOptions:
    at_least: int = option(1, "A setting that changes the runner's identity.", minimum=1)


NUMBERS = Extractor("numbers", "numbers", find_numbers, frozenset({"sentences"}), options=NumbersOptions)
TROUBLE = Extractor("trouble", "trouble", find_trouble, frozenset({"sentences"}))
PROCESS = Extractor("process", "process", find_process, frozenset({"sentences"}))


def corpus(count: int = 12, marks: dict[int, str] | None = None) -> list[Document | Failure]:
    """Documents of about 20k characters (several chunks per run), with an unreadable input among them."""
    items: list[Document | Failure] = []
    for n in range(count):
        body = "".join(f"Report {n}: {k * n} cases in {1900 + k}.\n" for k in range(700))
        items.append(Document(f"doc{n:02}.txt", body + (marks or {}).get(n, "")))
    items.insert(5, Failure("unreadable.txt", "binary file"))
    return items


def outcomes(results: Iterator[Result | Failure]) -> list[tuple[str, Any]]:
    """Each document's records, or the reason it (or one of its extractors) failed."""
    return [(r.source, r.reason) if isinstance(r, Failure) else
            (r.document.source, "; ".join(f.reason for f in r.failures)) if r.failures else
            (r.document.source, r.records) for r in results]


def test_two_processes_give_the_records_of_one_in_input_order() -> None:
    runner = Runner([NUMBERS])
    alone = outcomes(runner.run(corpus()))
    assert outcomes(run_in_processes(runner, corpus(), jobs=2)) == alone
    assert [source for source, _ in alone][4:7] == ["doc04.txt", "unreadable.txt", "doc05.txt"]
    assert sum(len(records) for _, records in alone if isinstance(records, list)) > 10_000


def test_work_is_shared_by_the_worker_processes() -> None:
    results = list(run_in_processes(Runner([PROCESS]), corpus(), jobs=2))
    pids = {r.records[0]["pid"] for r in results if isinstance(r, Result)}
    assert len(pids) == 2 and os.getpid() not in pids


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_spacy_fails_on_is_reported_and_its_batch_mates_are_not(jobs: int) -> None:
    runner = Runner([NUMBERS])
    runner.nlp.add_pipe("refuse_unparseable")
    items = [Document(f"{n}.txt", f"{n} apples" + (" UNPARSEABLE" if n == 1 else "")) for n in range(4)]
    results = outcomes(run_in_processes(runner, items, jobs=jobs))
    assert results[1] == ("1.txt", "parse failed: ValueError: cannot parse this")
    assert [(source, [r["text"] for r in records]) for source, records in results if source != "1.txt"] == [
        ("0.txt", ["0"]), ("2.txt", ["2"]), ("3.txt", ["3"])]


def test_an_abandoned_run_stops_its_workers_at_once() -> None:
    results = run_in_processes(Runner([PROCESS]), corpus(marks={n: "SLEEP" for n in range(1, 12)}), jobs=2)
    first = next(results)
    assert isinstance(first, Result)
    start = time.monotonic()
    results.close()  # as when the reader of `extract ... | head` goes away, or on Ctrl-C
    assert time.monotonic() - start < 20
    with pytest.raises(ProcessLookupError):
        os.kill(first.records[0]["pid"], 0)


def test_a_document_failing_in_a_worker_is_reported_and_the_rest_go_on() -> None:
    runner = Runner([TROUBLE, NUMBERS])
    results = outcomes(run_in_processes(runner, corpus(marks={2: "EXPLODE", 8: "KILLWORKER"}), jobs=2))
    failed = {source: reason for source, reason in results if isinstance(reason, str)}
    assert failed.keys() == {"doc02.txt", "doc08.txt", "unreadable.txt"}
    assert "exploded" in failed["doc02.txt"]
    assert "worker failed" in failed["doc08.txt"] and "BrokenProcessPool" in failed["doc08.txt"]
    clean = outcomes(runner.run(corpus()))
    assert [r for r in results if r[0] not in failed] == [r for r in clean if r[0] not in failed]
    assert len(results) == 13


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    site = tmp_path_factory.mktemp("site")
    install_plugin(site)
    return {"PYTHONPATH": str(site)}


@pytest.fixture(scope="module")
def mail_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mail")
    for n in range(9):
        (folder / f"m{n}.txt").write_text("".join(f"Ask user{n}.{k}@example.org about {k}.\n" for k in range(300)))
    (folder / "m4b.txt").write_bytes(b"\x00\x01\x02binary\x00")
    return folder


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_cli_jobs_prints_what_one_process_prints(jobs: str, plugin_env: dict[str, str], mail_folder: Path) -> None:
    one = run_extract("emails", str(mail_folder), "--jsonl", env=plugin_env)
    many = run_extract("emails", str(mail_folder), "--jsonl", "--jobs", jobs, env=plugin_env)
    assert one.returncode == many.returncode == 1
    assert many.stdout == one.stdout and len(one.stdout.splitlines()) == 9 * 300
    assert many.stderr == one.stderr == f"extract: {mail_folder / 'm4b.txt'}: binary file\n"


def test_cli_refuses_a_scheduler_without_dask() -> None:
    result = run_extract("money", "-", "--scheduler", "tcp://127.0.0.1:8786", stdin="x")
    assert result.returncode == 2
    assert result.stderr == "extract: error: --scheduler needs --engine dask\n"


def test_a_worker_reuses_its_runner_and_keeps_only_the_latest_few() -> None:
    first = Runner([NUMBERS], {"at_least": 1})
    workers.adopt(first)
    workers.adopt(Runner([NUMBERS], {"at_least": 1}))  # the same settings, freshly unpickled
    assert workers._RUNNERS[first.key] is first
    for count in range(2, 2 + workers.KEPT_RUNNERS):
        workers.adopt(Runner([NUMBERS], {"at_least": count}))
    assert first.key not in workers._RUNNERS and len(workers._RUNNERS) == workers.KEPT_RUNNERS
