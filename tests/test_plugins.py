"""A plugin gets what a built-in gets: its command and options, tables, CSV, HTML, `--db`, `eval` and `schema`.

The e-mail plugin (`plugin_emails.py`) is installed through a real entry point
and run through the installed `extract` command, as a user would.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from helpers import install_plugin, run_extract

TEXTS = {
    "a.txt": "Write to Press@Example.org or sales@example.co.uk today.\n",
    "b.txt": "No address here, but one for help@example.org at the end.\n",
    "c.txt": "Ask help@example.org, or help@example.org again.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of documents and the environment in which the plugin is installed."""
    root = tmp_path_factory.mktemp("plugin")
    (root / "site").mkdir()
    install_plugin(root / "site")
    (root / "docs").mkdir()
    for name, text in TEXTS.items():
        (root / "docs" / name).write_text(text)
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(root / "site"), os.environ.get("PYTHONPATH")]))}
    return root, env


def test_its_table_follows_its_declared_layout(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    proc = run_extract("emails", str(root / "docs"), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "emails (5)" in proc.stdout
    header = next(line for line in proc.stdout.splitlines() if "address" in line)
    assert header.index("source") < header.index("address") < header.index("domain")
    assert "press@example.org" in proc.stdout and "example.co.uk" in proc.stdout


def test_its_csv_columns_are_its_declared_fields(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    proc = run_extract("emails", str(root / "docs"), "--csv", env=env)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert list(rows[0])[-2:] == ["address", "domain"]
    assert [(r["address"], r["domain"]) for r in rows] == [
        ("press@example.org", "example.org"), ("sales@example.co.uk", "example.co.uk"),
        ("help@example.org", "example.org"), ("help@example.org", "example.org"), ("help@example.org", "example.org")]


def test_its_option_is_on_its_command_and_on_all_only(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    assert "--domain" in run_extract("emails", "--help", env=env).stdout
    assert "--domain" in run_extract("all", "--help", env=env).stdout
    assert "--domain" not in run_extract("money", "--help", env=env).stdout
    proc = run_extract("emails", str(root / "docs"), "--domain", "example.org", "--jsonl", env=env)
    assert [json.loads(line)["address"] for line in proc.stdout.splitlines()] == [
        "press@example.org", "help@example.org", "help@example.org", "help@example.org"]


def test_its_report_uses_its_summary_and_highlights_each_fact(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    report = root / "report.html"
    proc = run_extract("emails", str(root / "docs"), "--html", str(report), env=env)
    assert proc.returncode == 0, proc.stderr
    page = report.read_text()
    assert "mail to press@example.org" in page and "mail to help@example.org" in page
    assert page.count("<mark ") == 5
    assert 'value="emails/example.org"' in page  # its label is a filter of the index


def test_its_facts_are_kept_with_its_label_and_value(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    db = root / "facts.sqlite"
    proc = run_extract("emails", str(root / "docs"), "--db", str(db), env=env)
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT label, value, fields FROM facts ORDER BY id").fetchall()
    assert [(label, value) for label, value, _ in rows][:3] == [
        ("example.org", "press@example.org"), ("example.co.uk", "sales@example.co.uk"),
        ("example.org", "help@example.org")]
    assert json.loads(rows[0][2]) == {"address": "press@example.org", "domain": "example.org"}


def test_eval_scores_it_with_its_own_scorer(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    gold = root / "gold.json"
    text = TEXTS["a.txt"]
    gold.write_text(json.dumps({"source": "a.txt", "emails": [
        {"start": text.index("Press"), "end": text.index(" or"), "text": "Press@Example.org",
         "address": "press@example.org"},
        {"start": text.index("sales"), "end": text.index(" today"), "text": "sales@example.co.uk",
         "address": "sales@example.co.uk"}]}))
    proc = run_extract("eval", str(gold), str(root / "docs"), "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)["extractors"]
    assert scores["emails"]["found"] == 2 and scores["emails"]["f1"] == 1.0


def test_schema_describes_its_records(site: tuple[Path, dict[str, str]]) -> None:
    _, env = site
    proc = run_extract("schema", "emails", env=env)
    (schema,) = json.loads(proc.stdout)["oneOf"]
    assert schema["properties"]["address"]["type"] == "string"
    assert schema["properties"]["extractor"]["const"] == "emails"
    assert {"address", "domain", "start", "end", "text"} <= set(schema["required"])


def test_across_merges_its_records_for_the_whole_corpus(site: tuple[Path, dict[str, str]]) -> None:
    root, env = site
    proc = run_extract("emails", str(root / "docs"), "--across", "--jsonl", env=env)
    assert proc.returncode == 0, proc.stderr
    merged = {r["address"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert set(merged) == {"press@example.org", "sales@example.co.uk", "help@example.org"}
    helps = merged["help@example.org"]
    assert (helps["count"], helps["documents"]) == (3, 2)
    assert [Path(s).name for s in helps["sources"]] == ["b.txt", "c.txt"]
    refused = run_extract("all", str(root / "docs"), "--across", env=env)
    assert refused.returncode == 2 and "cannot merge records across documents" in refused.stderr
