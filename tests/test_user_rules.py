"""A user's own rules (entity patterns, names never entities, aliases) and the rule behind every record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract_facts.cli.app import app
from extract_facts.extractors import Document, Record, Result, Runner, registry
from extract_facts.extractors.engine.rules import RulesError, load

from conftest import assert_valid
from helpers import run_extract

# Three real errors of the model on wire copy (issue 17's hand check), corrected without code.
RULES = """\
# A bookmaker the model takes for a person.
[[entities.patterns]]
label = "ORG"
pattern = "William Hill"

# A company written several ways, by token pattern, with its canonical name.
[[entities.patterns]]
label = "ORG"
pattern = [{LOWER = "bre"}, {ORTH = "-"}, {LOWER = "x"}]
name = "Bre-X Minerals"

[entities]
never = ["Group C"]

[aliases]
"Federal Reserve" = ["Fed"]
"""

TEXT = ("LONDON (Reuters) - The bookmaker William Hill said on Thursday that Bre-X shares fell in Group C "
        "trading. The Federal Reserve kept rates steady, a Fed official said, and William Hill cut its odds.\n")


def _entities(rules_text: str | None, tmp_path: Path, text: str = TEXT) -> dict[str, Record]:
    rules = None
    if rules_text is not None:
        (tmp_path / "r.toml").write_text(rules_text)
        rules = load([tmp_path / "r.toml"], registry.available())
    (result,) = Runner(["entities"], rules=rules).run([Document("a.txt", text, "a.txt")])
    assert isinstance(result, Result)
    assert_valid(result.records)
    return {r["name"]: r for r in result.records}


def test_the_model_alone_makes_the_three_errors(tmp_path: Path) -> None:
    found = _entities(None, tmp_path)
    assert found["William Hill"]["label"] == "PERSON"
    assert "Federal Reserve" in found and "Fed" in found


def test_patterns_win_over_the_model_and_name_their_line(tmp_path: Path) -> None:
    found = _entities(RULES, tmp_path)
    hill = found["William Hill"]
    assert (hill["label"], hill["count"], hill["rule"]) == ("ORG", 2, f"entities.rules:{tmp_path / 'r.toml'}:2")
    brex = found["Bre-X Minerals"]
    assert (brex["label"], brex["aliases"]) == ("ORG", ["Bre-X"])
    assert brex["rule"] == f"entities.rules:{tmp_path / 'r.toml'}:7"


def test_aliases_join_a_short_form_to_its_long_form(tmp_path: Path) -> None:
    found = _entities(RULES, tmp_path)
    fed = found["Federal Reserve"]
    assert "Fed" not in found
    assert (fed["count"], fed["aliases"]) == (2, ["Fed"])
    assert fed["rule"] == f"entities.rules:{tmp_path / 'r.toml'}:16"


def test_names_that_are_never_entities_leave_every_extractor(tmp_path: Path) -> None:
    text = "Stocks ended at 1600 GMT. The Group C nations met in Paris.\n"
    assert "Group C" in _entities(None, tmp_path, text)
    assert "Group C" not in _entities('[entities]\nnever = ["group c"]\n', tmp_path, text)


def test_aliases_join_records_across_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Federal Reserve kept rates steady on Tuesday.\n")
    (tmp_path / "b.txt").write_text("A Fed official said on Wednesday that rates would stay low.\n")
    (tmp_path / "extract-rules.toml").write_text('[aliases]\n"Federal Reserve" = ["Fed"]\n')
    proc = run_extract("entities", ".", "--jsonl", "--across", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    bank = [r for r in map(json.loads, proc.stdout.splitlines()) if r["name"] == "Federal Reserve"]
    assert [(r["documents"], r["count"]) for r in bank] == [(2, 2)]


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[[entities.patterns]]\npattern = "X Y"\n', 1, "label must be an entity label"),
    ('[[entities.patterns]]\nlabel = "ORG"\npattern = "X"\n\n[[entities.patterns]]\nlabel = "ORG"\npattern = 5\n', 5,
     "pattern must be a phrase or a list of token patterns"),
    ('[[entities.patterns]]\nlabel = "ORG"\npattern = [{LOWR = "x"}]\n', 1, "not a token pattern"),
    ('[[entities.patterns]]\nlabel = "ORG"\npattern = "X"\nid = "x"\n', 1, "unknown key 'id'"),
    ('[aliases]\n"Bank of Japan" = 3\n', 2, "the other names must be a list of strings"),
    ('[entities]\nnever = "GMT"\n', 2, "never must be a list of names"),
])
def test_a_bad_entity_rule_names_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    (tmp_path / "bad.toml").write_text(text)
    with pytest.raises(RulesError) as caught:
        load([tmp_path / "bad.toml"], registry.available())
    assert str(caught.value).startswith(f"{tmp_path / 'bad.toml'}:{line}: ") and words in str(caught.value)


def test_patterns_reach_the_python_api() -> None:
    from extract_facts import extract

    facts = extract("The bookmaker William Hill said it would pay out.", ["entities"],
                    patterns=[{"label": "ORG", "pattern": "William Hill"}])
    assert [(f.name, f.label, f.rule) for f in facts] == [("William Hill", "ORG", "entities.rules:patterns[0]")]
    # The shared pipeline the API keeps was not changed: without patterns the model speaks again.
    assert extract("The bookmaker William Hill said it would pay out.", ["entities"])[0].label == "PERSON"


def test_patterns_apply_when_other_extractors_share_the_parse(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(RULES)
    rules = load([tmp_path / "r.toml"], registry.available())
    text = "William Hill backed the new betting law on Monday, the company said.\n"
    (result,) = Runner(["entities", "positions"], rules=rules).run([Document("a.txt", text, "a.txt")])
    assert isinstance(result, Result)
    assert [r["label"] for r in result.records if r["extractor"] == "entities" and r["name"] == "William Hill"] == [
        "ORG"]


def test_list_rules_prints_one_line_per_rule() -> None:
    lines = CliRunner().invoke(app, ["list", "--rules"]).stdout.splitlines()
    names = [line.split()[0] for line in lines]
    assert len(names) == len(set(names)) >= len(registry.available())
    for extractor in registry.available().values():
        assert any(n.startswith(f"{extractor.name}.") for n in names)
        assert all(f"{extractor.name}.{rule}" in names for rule in extractor.rules)
    listed = json.loads(CliRunner().invoke(app, ["list", "--rules", "--json"]).stdout)
    assert [row["rule"] for row in listed] == names


@pytest.mark.parametrize(("pattern", "text", "found"), [
    ([{"LOWER": "william"}, {"LOWER": "hill"}], "Shares of WILLIAM HILL rose.", "WILLIAM HILL"),
    ([{"LOWER": "william"}, {"LOWER": "hill"}], "Shares of William Hill rose.", "William Hill"),
    ([{"LOWER": "william"}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": "hill"}], "William T Hill said so.",
     "William T Hill"),
    ("William Hill", "Shares of WILLIAM HILL rose.", None),  # a phrase is matched as written
])
def test_token_patterns_match_as_spacy_defines_them(pattern: object, text: str, found: str | None) -> None:
    from extract_facts import extract

    facts = extract(text, ["entities"], patterns=[{"label": "ORG", "pattern": pattern}])
    ruled = [f.text for f in facts if f.rule.startswith("entities.rules:")]
    assert ruled == ([found] if found else [])


def test_strict_on_the_command_line_and_the_rule_in_the_report(tmp_path: Path) -> None:
    text = "The project will cost $5 million; the fine was EUR 200.\n"
    loose = CliRunner().invoke(app, ["money", "-", "--jsonl"], input=text)
    strict = CliRunner().invoke(app, ["money", "-", "--jsonl", "--strict"], input=text)
    assert [json.loads(line)["text"] for line in loose.stdout.splitlines()] == ["$5 million", "EUR 200"]
    assert [json.loads(line)["text"] for line in strict.stdout.splitlines()] == ["EUR 200"]
    report = tmp_path / "r.html"
    CliRunner().invoke(app, ["money", "-", "--html", str(report)], input=text)
    page = report.read_text(encoding="utf-8")
    assert "[money.symbol_amount_scale] (ambiguous; or AUD, CAD, HKD, SGD, NZD)" in page
    assert "[money.code_amount]" in page
