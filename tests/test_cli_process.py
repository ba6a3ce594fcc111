"""The installed `extract` command as a separate process: pipes, stdin, exit statuses, colour."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from helpers import EXTRACT, install_plugin, run_extract

ROOT = Path(__file__).resolve().parent.parent
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-9;]*m|\x1b\[[0-9;]*38;")


def test_stdin_pipe_is_read_when_no_path_is_given() -> None:
    proc = run_extract("money", "--jsonl", stdin="Rent rose to $1,200 a month.\n")
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (record["source"], record["amount"], record["currency"]) == ("-", 1200, "USD")


def test_seeds_folder_is_the_default_input_and_head_ends_quietly() -> None:
    proc = subprocess.run(f"'{EXTRACT}' all --jsonl | head -1", shell=True, cwd=ROOT, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=300)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["source"].startswith("seeds/")


def test_no_input_anywhere_is_a_one_line_usage_error(tmp_path: Path) -> None:
    proc = run_extract("money", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("extract: error: no input")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["nosuchextractor"], "choose from dates, entities, money, positions, quotes, all"),
        (["dates", "--reference-date", "yesterday"], "--reference-date"),
        (["money", "--model", "no_such_pipeline_xyz"], "--model"),
        (["dates", "--date-order", "XYZ"], "--date-order"),
        # An option belongs to its extractor's command (and `all`), nowhere else.
        (["money", "--labels", "PERSON"], "--labels"),
        (["entities", "--default-currency", "CAD"], "--default-currency"),
        (["money", "--no-such-option"], "--no-such-option"),
    ],
)
def test_bad_options_give_one_line_and_status_2(tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    proc = run_extract(*args, str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert words in proc.stderr and proc.stdout == ""


def test_failed_inputs_are_named_and_the_rest_still_printed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("It raised €12 million.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\x03binary")
    proc = run_extract("money", str(tmp_path), str(tmp_path / "gone.txt"), "--json")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"extract: {tmp_path / 'bad.txt'}: binary file",
        f"extract: {tmp_path / 'gone.txt'}: no such file or directory",
    ]
    (record,) = json.loads(proc.stdout)
    assert record["currency"] == "EUR"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", "Caf\u00e9 sales hit \u00a35m \u2014 \u201crecord\u201d.\n"),
        ("utf-16", "Caf\u00e9 sales hit \u00a35m \u2014 \u201crecord\u201d.\n"),
        ("utf-32", "Caf\u00e9 sales hit \u00a35m \u2014 \u201crecord\u201d.\n"),
        ("cp1252", "Caf\u00e9 sales hit \u00a35m \u2014 \u201crecord\u201d.\r\n"),
    ],
)
def test_encodings_decode_to_the_same_text_and_offsets(tmp_path: Path, encoding: str, text: str) -> None:
    (tmp_path / "doc.txt").write_bytes(text.encode(encoding))
    proc = run_extract("money", str(tmp_path), "--jsonl")
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["text"] == "\u00a35m" and text[record["start"] : record["end"]] == "\u00a35m"


def test_colour_only_when_forced_and_never_with_no_color(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It cost $5 million.\n")
    plain = run_extract("money", str(tmp_path))
    assert "$5 million" in plain.stdout and not ANSI_COLOUR.search(plain.stdout)
    forced = run_extract("money", str(tmp_path), env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert ANSI_COLOUR.search(forced.stdout)
    no_color = run_extract("money", str(tmp_path), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "$5 million" in no_color.stdout and not ANSI_COLOUR.search(no_color.stdout)


def test_plugin_runs_through_the_installed_command(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site)
    (tmp_path / "a.txt").write_text("Mail info@example.com now.\n")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    proc = run_extract("emails", str(tmp_path / "a.txt"), "--csv", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1].split(",")[5:7] == ["info@example.com", "Mail info@example.com now."]
