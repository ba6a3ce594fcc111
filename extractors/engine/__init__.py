"""The engine every extractor runs on: documents -> one spaCy parse -> extractors -> records.

    from extract_facts.extractors.engine import Runner, documents
    for result in Runner(["money"]).run([documents.from_text("It cost $5m.", "note")]):
        print(result.records)
"""

from .documents import Document, Failure
from .extractor import Extractor, Field, Layout, OptionError, configure, option
from .records import COMMON_KEYS, PROVENANCE_KEYS, Context, Fact, Record
from .registry import UnknownExtractor, available, get
from .runner import Result, Runner

__all__ = [
    "COMMON_KEYS",
    "PROVENANCE_KEYS",
    "Context", "Document", "Extractor", "Fact", "Failure", "Field", "Layout", "OptionError", "Record", "Result",
    "Runner", "UnknownExtractor", "available", "configure", "get", "option",
]
