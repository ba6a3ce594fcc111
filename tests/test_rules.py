"""Rules files: the extractors' options for a corpus, per folder, or read off file names, checked before any run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract_facts.extractors import Document, Runner, registry
from extract_facts.extractors.engine.rules import RulesError, load

from helpers import run_extract

RULES = """\
[money]
default_currency = "CAD"

[dates.folders]
"archive/2019/**" = { reference_date = "2019-06-30" }

[dates.names]
reference_date = '(\\d{4}-\\d{2}-\\d{2})'
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "archive" / "2019").mkdir(parents=True)
    (tmp_path / "news").mkdir()
    (tmp_path / "archive" / "2019" / "a.txt").write_text("It happened last Friday and cost $5.\n")
    (tmp_path / "news" / "2021-03-04-b.txt").write_text("It happened last Friday and cost $5.\n")
    (tmp_path / "news" / "c.txt").write_text("It happened last Friday and cost $5.\n")
    (tmp_path / "extract-rules.toml").write_text(RULES)
    return tmp_path


def _facts(stdout: str) -> dict[tuple[str, str], dict[str, object]]:
    return {(Path(r["source"]).name, r["extractor"]): r for r in map(json.loads, stdout.splitlines())}


def test_rules_set_options_for_the_corpus_per_folder_and_from_names(corpus: Path) -> None:
    proc = run_extract("all", ".", "--jsonl", "--reference-date", "2025-01-01", cwd=corpus)
    flags_win = _facts(proc.stdout)
    assert {flags_win[(n, "dates")]["reference"] for n in ("a.txt", "2021-03-04-b.txt", "c.txt")} == {"2025-01-01"}
    proc = run_extract("all", ".", "--jsonl", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    facts = _facts(proc.stdout)
    assert {facts[(n, "money")]["currency"] for n in ("a.txt", "2021-03-04-b.txt", "c.txt")} == {"CAD"}
    assert facts[("a.txt", "dates")]["reference"] == "2019-06-30"
    assert facts[("2021-03-04-b.txt", "dates")]["reference"] == "2021-03-04"
    assert facts[("2021-03-04-b.txt", "dates")]["value"] == "2021-02-26"
    assert facts[("c.txt", "dates")]["reference_from"] != "option"  # no rule for it: its own date or today


def test_no_rules_leaves_the_file_in_the_folder_unread(corpus: Path) -> None:
    proc = run_extract("money", ".", "--jsonl", "--no-rules", cwd=corpus)
    assert {r["currency"] for r in map(json.loads, proc.stdout.splitlines())} == {"USD"}


def test_later_files_win(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "more.toml").write_text('[money]\ndefault_currency = "AUD"\n')
    proc = run_extract("money", ".", "--jsonl", "--rules", str(tmp_path / "more.toml"), cwd=corpus)
    assert {r["currency"] for r in map(json.loads, proc.stdout.splitlines())} == {"AUD"}


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[money]\ndefault_curency = "CAD"\n', 2, "default_curency: not an option of money"),
    ("[mony]\nx = 1\n", 1, "no installed extractor is called 'mony'"),
    ('[money]\n\n\ndefault_currency = "XYZ"\n', 4, "'XYZ' is not an ISO 4217 currency code"),
    ("[money\n", 1, "Expected ']'"),
    ('[dates.names]\nreference_date = "\\\\d+"\n', 2, "the pattern needs a group"),
    ('[dates.folders]\n"x/**" = { date_order = "XMD" }\n', 2, "date_order: 'XMD' is not one of MDY, DMY, YMD"),
    ('[entities]\nmin_count = 0\n', 2, "min_count: 0 is below 1"),
])
def test_a_bad_rules_file_stops_the_run_before_any_document(tmp_path: Path, text: str, line: int,
                                                            words: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text)
    (tmp_path / "a.txt").write_text("It cost $5.\n")
    proc = run_extract("money", str(tmp_path / "a.txt"), "--rules", str(bad))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"extract: {bad}:{line}: ") and words in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1


def test_rules_reach_each_document_through_the_library(tmp_path: Path) -> None:
    rules_file = tmp_path / "r.toml"
    rules_file.write_text('[money.folders]\n"ca/*" = { default_currency = "CAD" }\n')
    rules = load([rules_file], registry.available())
    runner = Runner(["money"], rules=rules)
    here, there = Document("ca/a.txt", "It cost $5.", "ca/a.txt"), Document("b.txt", "It cost $5.", "b.txt")
    assert [r.records[0]["currency"] for r in runner.run([here, there])] == ["CAD", "USD"]  # type: ignore[union-attr]
    with pytest.raises(RulesError, match=r"r\.toml:1: "):
        rules_file.write_text("[nothing]\n")
        load([rules_file], registry.available())
