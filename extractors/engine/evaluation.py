"""Score fact records against a hand-checked gold file: precision, recall and F1 per extractor.

The gold format is the project's own (`shared/gold/*.json`, documented in the
README): a JSON object with the document's `source`, its `reference_date`, and
for each extractor NAME a list `NAME` of gold facts (and `NAME_absent`, ...).
Each extractor declares its scorer (its package's `scoring.py`), which decides
when a record matches a gold fact, by the same rules as
`shared/tools/score_gold.py`; this module holds what scorers share. Recall is
found gold facts over gold facts, as there.

Precision needs to know which predictions are wrong, and a gold file lists only
some facts of its document. So a prediction is *correct* when it matches a gold
fact, *wrong* when the gold file rules it out (it overlaps a `NAME_absent` span,
duplicates or mislabels a gold fact, or whatever else the extractor's scorer
says), and otherwise *unjudged*. Precision is correct / (correct + wrong). A
gold file whose `complete` list names an extractor says its facts are all
listed: there every unmatched prediction is wrong.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from . import registry
from .records import Record

Gold = dict[str, Any]


# An extractor's scorer: the gold file, its records for the document, the score to fill in, and
# whether the gold file lists every fact of this extractor (then every unmatched record is wrong).
Scorer = Callable[[Gold, list[Record], "Score", bool], None]


class GoldError(ValueError):
    """A gold file that cannot be read or lacks what scoring needs."""


@dataclass(frozen=True)
class Finding:
    """A gold fact missed, or a prediction the gold file says is wrong."""

    extractor: str
    text: str
    start: int | None
    detail: str


@dataclass
class Score:
    extractor: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)

    @property
    def wrong(self) -> int:
        return len(self.false_positives)

    @property
    def unjudged(self) -> int:
        return self.predicted - self.correct - self.wrong

    @property
    def precision(self) -> float:
        judged = self.correct + self.wrong
        return self.correct / judged if judged else (1.0 if not self.gold else 0.0)  # as score_suite.py has it

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.misses += other.misses
        self.false_positives += other.false_positives
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor, "gold": self.gold, "found": self.found, "predicted": self.predicted,
            "correct": self.correct, "wrong": self.wrong, "unjudged": self.unjudged,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def load_gold(path: str | os.PathLike[str]) -> Gold:
    try:
        with open(path, encoding="utf-8") as handle:
            gold = json.load(handle)
    except (OSError, ValueError) as err:
        raise GoldError(f"cannot read gold file: {err}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("source"), str):
        raise GoldError("not a gold file: it needs a JSON object with a 'source' string")
    return gold


def extractors_of(gold: Gold) -> list[str]:
    """The installed extractors that can score and that a gold file has facts (or forbidden facts) for."""
    return [name for name, e in registry.available().items()
            if e.scorer is not None and any(key == name or key.startswith(name + "_") for key in gold)]


def document_name(gold: Gold) -> str:
    return PurePath(gold["source"]).name


def score(gold: Gold, records: Iterable[Record], extractors: Sequence[str] | None = None) -> dict[str, Score]:
    """Score one document's records against its gold file, per extractor."""
    records = list(records)
    complete = set(gold.get("complete", ()))
    scores = {}
    for name in extractors if extractors is not None else extractors_of(gold):
        mine = [r for r in records if r.get("extractor") == name]
        result = Score(name, predicted=len(mine))
        scorer = registry.get(name).scorer
        if scorer is None:
            raise GoldError(f"extractor {name} declares no scorer")
        try:
            scorer(gold, mine, result, name in complete)
        except (KeyError, TypeError) as err:
            raise GoldError(f"gold facts for {name} are malformed: {type(err).__name__} {err}") from None
        scores[name] = result
    return scores


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def close(x: Any, y: Any) -> bool:
    return x is not None and y is not None and abs(float(x) - float(y)) <= 1e-6 * max(1.0, abs(float(y)))


def low(s: Any) -> str:
    return (s or "").casefold().strip()


def span_scorer(
    gold_facts: list[dict[str, Any]], absent: list[dict[str, Any]], facts: list[Record], result: Score,
    complete: bool, matches: Callable[[dict[str, Any], Record], bool], show: Callable[[dict[str, Any]], str],
) -> None:
    """Money and dates: a gold fact is found by an overlapping prediction with the right value."""
    correct: set[int] = set()
    at_gold: set[int] = set()
    for g in gold_facts:
        hits = [i for i, f in enumerate(facts) if overlaps(f, g)]
        at_gold.update(hits)
        ok = [i for i in hits if matches(g, facts[i])]
        correct.update(ok)
        if ok:
            result.found += 1
        else:
            got = "; ".join(f"{facts[i].get('text')!r} = {show(facts[i])}" for i in hits) or "nothing"
            result.misses.append(Finding(result.extractor, g["text"], g["start"], f"want {show(g)}, got {got}"))
    result.gold = len(gold_facts)
    result.correct = len(correct)
    for i, f in enumerate(facts):
        if i in correct:
            continue
        if i in at_gold:
            why = "wrong value at a gold fact"
        elif any(overlaps(f, a) for a in absent):
            why = f"not {result.extractor} (listed as absent)"
        elif complete:
            why = "not in the gold file, which lists every fact"
        else:
            continue
        result.false_positives.append(Finding(result.extractor, str(f.get("text")), f.get("start"),
                                              f"{why}: {show(f)}"))
