"""`--across`: one set of records for the whole corpus, merged by each extractor's aggregator.

Wraps the renderer the user chose: each document's records go to the
extractors' aggregators instead of the output, and the merged records go out
once, when the run ends (also after an interrupt, with the documents done).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract_facts.extractors import Document, Extractor, Result

from .base import Renderer

# What a merged record's `source` says when it stands for several documents.
CORPUS = "(corpus)"


class Across:
    def __init__(self, renderer: Renderer, extractors: Sequence[Extractor]) -> None:
        self.renderer = renderer
        self.aggregators = {e.name: e.across() for e in extractors if e.across is not None}

    def add(self, result: Result) -> None:
        by_extractor: dict[str, list[dict]] = {name: [] for name in self.aggregators}
        for record in result.records:
            by_extractor[record["extractor"]].append(record)
        for name, records in by_extractor.items():
            self.aggregators[name].add(records)

    def finish(self) -> None:
        try:
            merged = [record for aggregator in self.aggregators.values() for record in aggregator.finish()]
            self.renderer.add(Result(Document(CORPUS, ""), merged))
        finally:
            self.renderer.finish()
