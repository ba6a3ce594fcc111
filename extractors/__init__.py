"""The library under the `extract` command: extractors over one shared spaCy parse.

    from extract_facts.extractors import Document, Runner
    for result in Runner(["money"]).run([Document("note.txt", "It cost $5m.")]):
        print(result.records)
"""

from .records import COMMON_KEYS, Context, Fact, Options, Record
from .registry import Extractor, available, get
from .runner import Document, Failure, Result, Runner

__all__ = [
    "COMMON_KEYS",
    "Context", "Document", "Extractor", "Fact", "Failure", "Options", "Record", "Result", "Runner",
    "available", "get",
]
