"""How `extract eval` scores dates: an overlapping record with the gold TIMEX3 value."""

from __future__ import annotations

from ..engine.evaluation import Gold, Score, span_scorer
from ..engine.records import Record


def score(gold: Gold, facts: list[Record], result: Score, complete: bool) -> None:
    span_scorer(gold.get("dates", []), gold.get("dates_absent", []), facts, result, complete,
                 lambda g, f: f.get("value") == g["value"], lambda f: f"{f.get('value')}")
