"""`--engine dask`: the same records as a local run, one model per Dask worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extract_facts.extractors import Document, Failure, Result, Runner, workers
from extract_facts.extractors.engine.distributed import local_cluster, run_on_dask

from helpers import install_plugin, run_extract

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with local_cluster(2) as running:
        yield running


def test_records_on_a_two_worker_cluster_equal_the_local_run(cluster: distributed.LocalCluster) -> None:
    sentence = "Revenue of $4.5 billion rose 3% from 2019, the company said on March 3, 2021. "
    items: list[Document | Failure] = [Document(f"d{n}.txt", f"Page {n}. " + sentence * 200) for n in range(8)]
    items.insert(3, Failure("missing.txt", "no such file or directory"))
    runner = Runner(["money"])

    def outcomes(results: Iterator[Result | Failure]) -> list[object]:
        return [(r.document.source, r.records) if isinstance(r, Result) else r for r in results]

    local = outcomes(runner.run(items))
    assert outcomes(run_on_dask(runner, items, scheduler=cluster.scheduler_address)) == local
    assert [entry[0] if isinstance(entry, tuple) else entry.source for entry in local][2:5] == [
        "d2.txt", "missing.txt", "d3.txt"]

    # Eight documents of 16k characters went in chunks: each worker built one runner and loaded its model once.
    with distributed.Client(cluster.scheduler_address) as client:
        loaded = client.run(lambda: [r._nlp is not None for r in workers._RUNNERS.values()])
    assert sorted(loaded.values()) == [[True], [True]]


def test_cli_dask_engine_prints_what_the_local_run_prints(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    env = {"PYTHONPATH": str(install_plugin(site))}
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(6):
        (folder / f"n{n}.txt").write_text(
            "".join(f"Write to desk{n}.{k}@example.org by June {k % 28 + 1}, 2024 about $5 million.\n"
                    for k in range(200)))
    (folder / "n2b.txt").write_bytes(b"\x00\x01binary\x00")
    local = run_extract("emails", str(folder), "--jsonl", env=env)
    dask = run_extract("emails", str(folder), "--jsonl", "--engine", "dask", "--jobs", "2", env=env)
    assert local.returncode == dask.returncode == 1
    assert dask.stdout == local.stdout and len(local.stdout.splitlines()) == 6 * 200
    assert dask.stderr == local.stderr == f"extract: {folder / 'n2b.txt'}: binary file\n"


def test_cli_reports_an_unreachable_scheduler_on_one_line() -> None:
    result = run_extract("money", "-", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", stdin="It cost $5.",
                         env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"})
    assert result.returncode == 2
    assert result.stderr.startswith("extract: error: --scheduler: no Dask scheduler answers at tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


CRASHING_PLUGIN = """
import os
from extract_facts.extractors import Extractor

def extract(doc, context):
    if "KILL" in doc.text:
        os._exit(1)  # the worker process dies, as on a segfault or the OOM killer
    yield from ()

EXTRACTOR = Extractor(name="crashing", description="kills its worker on KILL", extract=extract)
"""


def test_a_killed_dask_worker_is_one_failure_line_and_no_dask_log(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "crashing_plugin.py").write_text(CRASHING_PLUGIN)
    info = site / "crashing_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashing-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[extract_facts.extractors]\ncrashing = crashing_plugin:EXTRACTOR\n")
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("Nothing to see.\n")
    (folder / "k.txt").write_text("KILL\n")
    proc = run_extract("crashing", str(folder), "--jsonl", "--engine", "dask", "--jobs", "2",
                       env={"PYTHONPATH": str(site), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"})
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines and all(line.startswith(f"extract: {folder}") for line in lines), proc.stderr
    assert any(line.startswith(f"extract: {folder / 'k.txt'}: ") for line in lines)
