"""The README's rules-file recipe, run as written: three real errors of the model, fixed without code."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers import run_extract

README = Path(__file__).resolve().parent.parent / "README.md"
WIRE = ("LONDON (Reuters) - The bookmaker William Hill said on Thursday it would pay 20 clams a head. "
        "The Federal Reserve kept rates steady, a Fed official said. Senator Jane Smith pilloried the plan "
        "on Friday.\n")


def _recipe() -> tuple[str, list[dict[str, str]]]:
    """The recipe's rules file, and the records its shell example says `extract entities` prints."""
    text = README.read_text(encoding="utf-8")
    rules = re.search(r"```toml\n(# extract-rules\.toml\n.*?)```", text, re.DOTALL)
    shown = re.search(r"\$ extract entities wire/ --jsonl .*?\}'\n(.*?)```", text, re.DOTALL)
    assert rules and shown, "README lost its rules recipe"
    return rules.group(1), [json.loads(line) for line in shown.group(1).splitlines()]


def test_the_readme_recipe_fixes_what_it_says(tmp_path: Path) -> None:
    rules, shown = _recipe()
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "a.txt").write_text(WIRE)
    (tmp_path / "extract-rules.toml").write_text(rules)
    proc = run_extract("all", "wire/", "--jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    entities = {r["name"]: r for r in records if r["extractor"] == "entities"}
    for expected in shown:  # 1. the bookmaker is an ORG; 2. the Fed joined the Federal Reserve
        assert {k: entities[expected["name"]][k] for k in expected} == expected
    assert "Fed" not in entities and entities["Federal Reserve"]["aliases"] == ["Fed"]
    # 3. the cue word the lexicon lacked
    pilloried = [r for r in records if r["extractor"] == "positions" and r["cue"] == "pilloried"]
    assert [(r["holder"], r["stance"], r["target"], r["rule"]) for r in pilloried] == [
        ("Jane Smith", "oppose", "the plan", "positions.rules")]
    clams = [r for r in records if r["extractor"] == "money" and "clams" in r["text"]]
    assert [(r["amount"], r["currency"], r["rule"]) for r in clams] == [(20, "USD", "money.rules")]
    # Without the file, the model's errors are back.
    plain = run_extract("entities", "wire/", "--jsonl", "--no-rules", cwd=tmp_path)
    assert {json.loads(line)["name"]: json.loads(line)["label"] for line in plain.stdout.splitlines()}[
        "William Hill"] == "PERSON"
