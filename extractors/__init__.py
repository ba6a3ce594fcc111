"""The library under the `extract` command: extractor packages side by side, and the engine they run on.

    from extract_facts.extractors import Document, Runner
    for result in Runner(["money"]).run([Document("note.txt", "It cost $5m.")]):
        print(result.records)

`extract_facts.extract` is the one-call version of the same.
"""

from .engine import (
    COMMON_KEYS,
    PROVENANCE_KEYS,
    Context,
    Document,
    Extractor,
    Fact,
    Failure,
    Field,
    Layout,
    OptionError,
    Record,
    Result,
    Runner,
    UnknownExtractor,
    available,
    configure,
    documents,
    get,
    option,
    pipeline,
    registry,
    workers,
)

__all__ = [
    "COMMON_KEYS",
    "PROVENANCE_KEYS",
    "Context", "Document", "Extractor", "Fact", "Failure", "Field", "Layout", "OptionError", "Record", "Result",
    "Runner", "UnknownExtractor", "available", "configure", "documents", "get", "option", "pipeline", "registry",
    "workers",
]
