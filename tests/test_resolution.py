"""The one walk of who is who that `quotes` and `positions` share: run together or alone, they agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract_facts.cli.app import app

STORY = (
    "Senator Maria Lopez met union leaders in Ohio on Monday. She said the plant must stay open. "
    "“We will fight for every job,” she told reporters. Her rival, Tom Reed, opposed the plan, and he "
    "called for a vote next month. Lopez backed the union's demand."
)


@pytest.mark.parametrize("kind", ["quotes", "positions"])
def test_quotes_and_positions_read_the_same_holders_together_as_alone(kind: str, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    runner = CliRunner()

    def records(command: str) -> list[dict[str, object]]:
        result = runner.invoke(app, [command, str(story), "--jsonl"])
        assert result.exit_code == 0, result.output
        return [r for r in map(json.loads, result.stdout.splitlines()) if r["extractor"] == kind]

    alone = records(kind)
    assert alone and {r["holder"] for r in alone} <= {"Maria Lopez", "Tom Reed"}
    assert records("all") == alone
