"""Defects a user audit found: dates at the calendar's edges, one extractor's failure, decoding, the API's
paths, `extract list`, help text and sentence windows. Each test runs the real pipeline or the real command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract_facts.extractors import Document, Extractor, Fact, Result, Runner

from conftest import run_text
from helpers import run_extract

# --- dates at the edges of the calendar ---------------------------------------------------------------------


@pytest.mark.parametrize(("reference", "text", "kept", "dropped"), [
    # The Friday before Saturday 0001-01-06 is inside the calendar, the one before 0001-01-02 is not.
    (dt.datetime(1, 1, 6), "They paid on Friday. Next year they will pay more.", ["Friday", "Next year"], []),
    (dt.datetime(1, 1, 2), "They paid on Friday. Next year they will pay more.", ["Next year"], ["Friday"]),
    # Year 10000 is past it; the year before is not.
    (dt.datetime(9999, 12, 30), "Next year they will pay more. Last year they paid less.",
     ["Last year"], ["Next year"]),
])
def test_an_expression_whose_arithmetic_leaves_the_calendar_is_dropped_alone(
        reference: dt.datetime, text: str, kept: list[str], dropped: list[str]) -> None:
    found = [r["text"] for r in run_text("dates", text, reference_date=reference)]
    assert all(t in found for t in kept), found
    assert not any(t in found for t in dropped), found


@pytest.mark.parametrize(("line", "dated"), [
    ("Published: 0001-01-01", False),  # a CMS's or database's placeholder
    ("Published: 2500-06-01", False),
    ("Published: 1850-06-01", True),  # look-alike: an old but real date
    ("Published: 2021-03-04", True),
])
def test_a_publication_date_outside_credible_years_is_not_the_reference(line: str, dated: bool) -> None:
    records = run_text("dates", f"{line}\nAcme paid $5 million on Friday.\n")
    friday = next(r for r in records if r["text"] == "Friday")
    assert (friday["reference_from"] == "document") is dated, friday
    if dated:
        assert friday["reference"] == line.split(": ")[1]


def test_a_placeholder_date_costs_no_extractor_its_facts(tmp_path: Path) -> None:
    (tmp_path / "pub1.txt").write_text("Published: 0001-01-01\nAcme paid $5 million, John Smith said on Friday. "
                                       "Last year it paid less.\n")
    proc = run_extract("all", str(tmp_path / "pub1.txt"), "--jsonl", "--reference-date", "2021-03-05")
    assert proc.returncode == 0, proc.stderr
    assert {'"extractor": "money"', '"extractor": "entities"', '"extractor": "quotes"'} <= {
        line.split(", ")[1] for line in proc.stdout.splitlines()}


@pytest.mark.parametrize(("value", "ok"), [
    ("9999-12-31", False), ("0001-01-01", False), ("10000-01-01", False),
    ("9998-12-31", True), ("0002-01-01", True),  # look-alikes: the first and last years allowed
])
def test_a_reference_date_outside_years_2_to_9998_is_a_usage_error(tmp_path: Path, value: str, ok: bool) -> None:
    (tmp_path / "x.txt").write_text("Next year it will pay more.\n")
    proc = run_extract("dates", str(tmp_path / "x.txt"), "--jsonl", "--reference-date", value)
    if ok:
        assert proc.returncode == 0 and '"text": "Next year"' in proc.stdout, proc.stderr
    else:
        assert proc.returncode == 2 and proc.stdout == "" and proc.stderr.count("\n") == 1, proc
        assert "--reference-date" in proc.stderr


@pytest.mark.parametrize(("html", "reference", "value"), [
    # A page's publication time is what `in two hours` resolves against, so the reference shows it.
    ('<html><head><meta property="article:published_time" content="2016-10-12T09:30:00Z"></head>'
     '<body><p>Officials will meet in two hours.</p></body></html>', "2016-10-12T09:30:00", "2016-10-12T11:30"),
    # Look-alike: a page that gives only its day has a date for reference.
    ('<html><head><meta property="article:published_time" content="2016-10-12"></head>'
     '<body><p>Officials met on Friday.</p></body></html>', "2016-10-12", "2016-10-07"),
])
def test_the_reference_from_metadata_shows_the_time_it_resolves_against(
        tmp_path: Path, html: str, reference: str, value: str) -> None:
    from extract_facts import extract

    (tmp_path / "page.html").write_text(html)
    (fact,) = extract(tmp_path / "page.html", ["dates"])
    assert (fact["reference"], fact["reference_from"], fact["value"]) == (reference, "metadata", value)


def test_a_reference_date_the_user_gives_with_a_time_keeps_it() -> None:
    (now,) = run_text("dates", "Prices are rising now.", reference_date="2013-02-12T04:30:00")
    assert now["reference"] == "2013-02-12T04:30:00"


# --- one extractor's failure ------------------------------------------------------------------------------


def _fails(doc: object, context: object) -> list[object]:
    raise ValueError("a bug in this extractor")


BROKEN = Extractor(name="broken", description="always fails", extract=_fails)


def test_an_extractor_that_fails_costs_only_its_own_facts() -> None:
    (result,) = Runner(["money", BROKEN]).run([Document("a.txt", "Acme paid $5 million.")])
    assert isinstance(result, Result)
    assert [r["text"] for r in result.records] == ["$5 million"]
    assert [f.reason for f in result.failures] == ["extraction failed in broken: ValueError: a bug in this extractor"]


def test_a_document_every_extractor_reads_has_no_failures() -> None:
    (result,) = Runner(["money"]).run([Document("a.txt", "Acme paid $5 million.")])
    assert isinstance(result, Result) and result.failures == []


# --- the Python API: paths and text --------------------------------------------------------------------------


def test_a_missing_path_or_a_folder_is_a_failure_not_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract_facts import extract

    monkeypatch.chdir(tmp_path)
    Path("ok.txt").write_text("Acme paid $5 million.\n")
    Path("folder").mkdir()
    listed = extract(["ok.txt", "missing.txt"], ["money"], errors="collect")
    assert [f.text for f in listed.facts] == ["$5 million"]
    assert [(f.source, f.reason) for f in listed.failures] == [("missing.txt", "no such file or directory")]
    folder = extract("folder", ["money"], errors="collect")
    assert folder.facts == [] and [f.reason for f in folder.failures] == ["is a directory"]


@pytest.mark.parametrize("text", [
    "news/2021/missing-story",   # one word with a separator
    "missing.txt",               # one word with a suffix
    "my notes on the deal.md",   # one line ending in a suffix extract reads
])
def test_a_single_string_that_looks_like_a_path_is_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          text: str) -> None:
    from extract_facts import extract

    monkeypatch.chdir(tmp_path)
    assert [f.reason for f in extract(text, ["money"], errors="collect").failures] == ["no such file or directory"]


@pytest.mark.parametrize(("text", "found"), [
    ("It cost $5m.", ["$5m"]),                    # look-alikes: text, not paths
    ("$5.50", ["$5.50"]),
    ("Acme paid $5 million for the shares.", ["$5 million"]),
    ("12/25/2025", ["12/25/2025"]),              # figures and slashes are a date, not a path
    ("24/7", []),
])
def test_a_single_string_of_text_is_text(text: str, found: list[str]) -> None:
    from extract_facts import extract

    result = extract(text, ["money", "dates"], errors="collect")
    assert result.failures == [] and [f.text for f in result.facts] == found


# --- decoding: English typed in a CJK code page -----------------------------------------------------------


@pytest.mark.parametrize(("text", "encoding"), [
    ("The President\u2019s message \u201cto the Congress\u201d \u2014 in full.", "big5"),
    ("The President\u2019s message \u201cto the Congress\u201d\u3000in full.", "big5"),
    ("It said \u201cno\u201d \u2014 twice.", "gbk"),
    ("It said \u201cno\u201d\u3000twice.", "shift_jis"),
    # a Big5 dash before a word and a later `!` is still a dash: it stands between words, or alone
    ("He ran\u2014fast!", "big5"),
    ("It said \u2014 Wow!", "big5"),
])
def test_english_with_cjk_code_page_punctuation_reads_as_its_punctuation(text: str, encoding: str) -> None:
    from extract_facts.extractors import documents

    assert documents.from_bytes(text.encode(encoding), "a.txt").text == text


@pytest.mark.parametrize("text", [
    # Look-alikes: real Windows-1252 and Latin-1 texts, their accented letters never punctuation in a CJK page.
    "The caf\u00e9 paid \u00a35 for the \u201cr\u00e9sum\u00e9\u201d \u2014 na\u00efvely.",
    "\u00c4pfel und Birnen kosten 5 \u00a3.",
    "\u00a1Hola, se\u00f1or! \u00bfQu\u00e9 tal?",
    "cancellation of the \u00bd\u00a2 decrease",
    "\u00a35 and \u00c4",  # single bytes Shift JIS reads as half-width punctuation and katakana
    # Spanish exclamations, whose opening `¡` and next letter Big5 reads as one punctuation mark
    "Crowds chanted \u00a1Viva! in the street.",
    "She wrote: \u00a1Ay, caramba!",
    "\u00ab\u00a1Basta!\u00bb, dijeron.",
])
def test_windows_1252_text_stays_windows_1252(text: str) -> None:
    from extract_facts.extractors import documents

    assert documents.from_bytes(text.encode("cp1252"), "a.txt").text == text


def test_the_state_of_the_union_corpus_reads_without_mojibake() -> None:
    from extract_facts.extractors import documents

    corpus = Path("/work/shared/benchmarks/corpus/state_union")
    if not corpus.is_dir():
        pytest.skip("the shared benchmark corpus is not here")
    text = documents.read(str(corpus / "1973-Nixon.txt")).text
    assert "President\u2019s" in text and "\u00a1" not in text


# --- `extract list` shows real flags -------------------------------------------------------------------------


def test_extract_list_shows_only_flags_the_commands_take_and_the_rest_as_rules_file_keys() -> None:
    import json
    import re

    from typer.testing import CliRunner

    from extract_facts.cli.app import app

    cli = CliRunner()
    rows = {row["name"]: row for row in json.loads(cli.invoke(app, ["list", "--json"]).stdout)}
    for name, row in rows.items():
        taken = set(re.findall(r"--[a-z][a-z-]*", cli.invoke(app, [name, "--help"], env={"COLUMNS": "300"}).stdout))
        assert set(row["flags"]) <= taken, (name, row["flags"])
        assert not any(f"--{key.split()[1].replace('_', '-')}" in taken for key in row["rules_keys"])
    assert "[entities] patterns" in rows["entities"]["rules_keys"] and "--labels" in rows["entities"]["flags"]
    table = cli.invoke(app, ["list"], env={"COLUMNS": "300"}).stdout
    assert "[entities] patterns" in table and "--patterns" not in table and "--never-cues" not in table
    assert "--labels" in table  # look-alike: a real flag is still listed


def test_engine_help_shows_the_dask_extra_as_written() -> None:
    from typer.testing import CliRunner

    from extract_facts.cli.app import app

    shown = CliRunner().invoke(app, ["all", "--help"], env={"COLUMNS": "300"}).stdout
    assert "pip install 'extract-facts[dask]'" in shown


# --- datelines: the month after the comma is the date, not a region ---------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("WASHINGTON, March 3, 2021 -- Acme paid $5 million.\n", "Washington"),
    ("LONDON, Aug 22 (Reuters) - Acme paid $5 million.\n", "London"),
    ("NEW YORK, June 5, 2024 - Acme paid $5 million.\n", "New York"),
    ("PARIS, Sept. 4, 2019 - Acme paid $5 million.\n", "Paris"),
    ("SMALLVILLE, March 3, 2021 -- Acme paid $5 million.\n", "Smallville"),  # unknown place: the date still dates it
])
def test_a_dateline_month_is_not_a_place(text: str, place: str) -> None:
    records = run_text("entities", text)
    places = [r["name"] for r in records if r["rule"] == "entities.dateline"]
    assert places == [place], records


@pytest.mark.parametrize(("text", "places"), [
    # Look-alikes: a real region between the comma and the date is still a place.
    ("CARLSBAD, California 1996-08-30 - Acme paid $5 million.\n", ["Carlsbad", "California"]),
    ("NORTHAMPTON, England 1996-08-27 - Acme paid $5 million.\n", ["Northampton", "England"]),
])
def test_a_dateline_region_before_its_date_is_still_a_place(text: str, places: list[str]) -> None:
    records = run_text("entities", text)
    assert [r["name"] for r in records if r["rule"] == "entities.dateline"] == places, records


# --- a record's sentence: at most 400 characters, and it holds the fact ----------------------------------


@pytest.mark.parametrize(("filler", "before", "after"), [
    ("a ", 1400, 1500), ("a ", 1401, 1500),  # one-letter words: both cuts land next to a space
    ("the council met at length about the bridge ", 1500, 1500), ("a ", 10, 1500), ("a ", 1500, 10),
])
def test_a_long_sentence_is_cut_to_at_most_400_characters_marks_included(filler: str, before: int, after: int) -> None:
    text = (filler * 1000)[:before] + "Acme paid $5 million " + (filler * 1000)[:after]
    (money,) = run_text("money", text)
    assert money["text"] == "$5 million"
    assert len(money["sentence"]) <= 400 and "$5 million" in money["sentence"], len(money["sentence"])


def _span_across(doc: object, context: object) -> list[Fact]:
    text = doc.text  # type: ignore[attr-defined]
    return [Fact(text.index("Acme paid"), text.index("million") + len("million"), {})]


def test_a_fact_across_a_sentence_break_carries_every_sentence_it_touches() -> None:
    text = "It was late. Acme paid. It paid $5 million. Then it left."
    across = Extractor(name="across", description="a fact over two sentences", extract=_span_across)
    (result,) = Runner([across]).run([Document("a.txt", text)])
    (record,) = result.records
    assert record["sentence"] == "Acme paid. It paid $5 million."


def test_a_document_an_extractor_failed_on_is_not_kept_so_a_rerun_reads_it_again(tmp_path: Path) -> None:
    from extract_facts.extractors.engine.store import Store

    document = Document("a.txt", "Acme paid $5 million.", path=str(tmp_path / "a.txt"))
    for runner, kept in ((Runner(["money", BROKEN]), 0), (Runner(["money"]), 1)):  # look-alike: no failure, kept
        db = tmp_path / f"{kept}.sqlite"
        with Store(db, runner) as store:
            (result,) = list(store.run([document]))
        assert isinstance(result, Result) and [r["text"] for r in result.records] == ["$5 million"]
        assert store.stats.new == kept
