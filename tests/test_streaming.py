"""Output streams per document, and commands that parse nothing start without spaCy."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from extract_facts.extractors import Document, Result, Runner
from extract_facts.extractors.engine.runner import BATCH_CHARS

from plugin_emails import EXTRACTOR as EMAILS


def streamed(size: int) -> list[str]:
    """What happened, in order, while running 6 documents of `size` characters: `read N`, `got N`."""
    events: list[str] = []

    def documents() -> Iterator[Document]:
        for n in range(6):
            events.append(f"read {n}")
            text = f"Note {n}: mail desk{n}@example.org."
            yield Document(str(n), text + " " * (size - len(text)))

    for result in Runner([EMAILS]).run(documents()):
        assert isinstance(result, Result) and result.records
        events.append(f"got {result.document.source}")
    return events


def test_the_first_document_is_yielded_before_the_next_is_read() -> None:
    events = streamed(100)
    assert events[:3] == ["read 0", "got 0", "read 1"]
    assert events[-1] == "got 5"


def test_documents_as_big_as_a_batch_are_yielded_one_by_one() -> None:
    assert streamed(BATCH_CHARS) == [f"{what} {n}" for n in range(6) for what in ("read", "got")]


SHOW_HEAVY_IMPORTS = """
import sys
from extract_facts.cli.app import main
try:
    main(sys.argv[1:])
finally:
    heavy = [m for m in ("spacy", "thinc", "distributed", "dateparser") if m in sys.modules]
    sys.stderr.write("heavy imports: " + " ".join(heavy) + "\\n")
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["list"], ["list", "--json"], ["money", "--help"]])
def test_commands_that_parse_nothing_do_not_import_spacy(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", SHOW_HEAVY_IMPORTS, *args], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr.splitlines()[-1] == "heavy imports: "
