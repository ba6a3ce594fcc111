"""Raw spaCy mentions versus `extract entities`, on hand-made gold files.

    .venv/bin/python benchmarks/entities.py [GOLD.json ...]

Default gold: the seed's (`../shared/gold/*.json`) and the labelled documents of
`tests/gold/*.json`. For each it prints entity-level results as
`../shared/tools/score_gold.py` counts them (found with the right label, count
and aliases; forbidden names seen) and, where the gold lists every mention
(`entity_mentions`), mention-level precision/recall/F1 after mapping OntoNotes
labels to the CoNLL classes PER/ORG/LOC/MISC, as standard newswire NER test
sets are scored. Wall time is the parse plus extraction of all documents.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract_facts.extractors import Document, Result, Runner
from extract_facts.extractors.engine.pipeline import DEFAULT_MODEL
from extract_facts.extractors.entities.junk import NOT_ENTITIES

from suites import load_tool

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}

Span = tuple[int, int, str]


@dataclass
class Tally:
    """Mention-level counts, summed over documents."""

    true: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set[Span], gold: set[Span]) -> None:
        self.true += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def __str__(self) -> str:
        p = self.true / self.predicted if self.predicted else 0.0
        r = self.true / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def raw_records(texts: list[str]) -> tuple[list[list[dict[str, Any]]], float]:
    """The model's own entities as records: one per distinct text, its most frequent label."""
    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    began = time.perf_counter()
    out = []
    for doc in nlp.pipe(texts):
        ents = [e for e in doc.ents if e.label_ not in NOT_ENTITIES]
        by_text: dict[str, list[Any]] = {}
        for ent in ents:
            by_text.setdefault(ent.text, []).append(ent)
        out.append([
            {
                "name": text, "label": Counter(e.label_ for e in group).most_common(1)[0][0],
                "count": len(group), "aliases": [],
                "mentions": [{"start": e.start_char, "end": e.end_char, "text": e.text} for e in group],
            }
            for text, group in by_text.items()
        ])
    return out, time.perf_counter() - began


def extracted_records(texts: list[str]) -> tuple[list[list[dict[str, Any]]], float]:
    runner = Runner(["entities"])
    assert runner.nlp is not None  # load the model before the clock starts, as for the raw pipeline
    began = time.perf_counter()
    results = list(runner.run([Document(str(n), text) for n, text in enumerate(texts)]))
    elapsed = time.perf_counter() - began
    return [r.records if isinstance(r, Result) else [] for r in results], elapsed


def mention_spans(records: list[dict[str, Any]]) -> set[Span]:
    return {
        (m["start"], m["end"], CONLL.get(r["label"], "MISC")) for r in records for m in r["mentions"]
    }


def main(paths: list[str]) -> None:
    golds = [Path(p) for p in paths] or sorted((SHARED / "gold").glob("*.json")) + sorted(
        (ROOT / "tests" / "gold").glob("*.json")
    )
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
    texts = [(ROOT / d["source"]).read_text(encoding="utf-8") for d in docs]
    scorer = load_tool("score_gold")
    for system, run in (("raw model", raw_records), ("extract entities", extracted_records)):
        outputs, elapsed = run(texts)
        found = wanted = problems = 0
        labelled, unlabelled = Tally(), Tally()
        print(f"== {system}  ({elapsed:.2f} s for {len(texts)} documents)")
        for path, gold, records in zip(golds, docs, outputs, strict=True):
            issues: list[str] = []
            hit, total = scorer.score_entities(gold, records, issues)
            found, wanted, problems = found + hit, wanted + total, problems + len(issues)
            line = f"  {path.name:40} entities {hit:3}/{total:<3} problems {len(issues):3}"
            if "entity_mentions" in gold:
                want = {(m["start"], m["end"], CONLL[m["labels"][0]]) for m in gold["entity_mentions"]}
                got = mention_spans(records)
                labelled.add(got, want)
                unlabelled.add({(*s[:2], "") for s in got}, {(*s[:2], "") for s in want})
                doc_tally = Tally()
                doc_tally.add(got, want)
                line += f"  mentions {doc_tally}"
            print(line)
        print(f"  total: entities {found}/{wanted}, problems {problems}")
        print(f"  mentions (PER/ORG/LOC/MISC): {labelled}   spans only: {unlabelled}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", help="gold files (default: the seed's and tests/gold/*.json)")
    main(parser.parse_args().gold)
