"""What the suite benchmarks share: the shared scorers, imported (never copied), and one scoring loop.

The benchmark scripts import this as a sibling module (`python benchmarks/NAME.py`
puts `benchmarks/` first on the import path).
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

Prediction = dict[str, Any]
# A system under test: the suite's cases in, each case id's predictions out.
Predictor = Callable[[list[dict[str, Any]]], dict[str, list[Prediction]]]
HEADER = f"{'suite':<26}{'system':<14}{'span-F1':>9}{'value-F1':>10}{'wall s':>9}"
ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def load_tool(name: str, tools: Path = SHARED_TOOLS) -> ModuleType:
    """`tools/NAME.py` (`score_suite`, `score_gold`) as a module."""
    path = tools / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.exists():
        raise SystemExit(f"benchmark: no {path}; pass --tools with the folder of the shared scorers")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def suite_parser(description: str, cmd_help: str) -> argparse.ArgumentParser:
    """The options every suite benchmark takes: where the scorers, the suites and `extract` are."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--tools", type=Path, default=SHARED_TOOLS, help="folder of score_suite.py")
    ap.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "extract"), help=cmd_help)
    return ap


def score(
    scorer: ModuleType, extractor: str, cases: list[dict[str, Any]], predictions: dict[str, list[Prediction]]
) -> tuple[float, float]:
    """(span-F1, value-F1) of in-process predictions, by the shared scorer's own matching rules."""
    value_ok = scorer.VALUE_OK[extractor]
    gold_n = pred_n = span_gold = span_pred = value = 0
    for case in cases:
        gold, preds = case["expect"], predictions.get(case["id"], [])
        gold_n, pred_n = gold_n + len(gold), pred_n + len(preds)
        span_gold += sum(any(scorer.overlaps(p, scorer.cue(g)) for p in preds) for g in gold)
        span_pred += sum(any(scorer.overlaps(p, scorer.cue(g)) for g in gold) for p in preds)
        used: set[int] = set()
        for g in gold:
            for n, p in enumerate(preds):
                if n not in used and scorer.overlaps(p, scorer.cue(g)) and value_ok(g, p):
                    used.add(n)
                    value += 1
                    break
    return scorer.prf(span_pred, span_gold, pred_n, gold_n)[2], scorer.prf(value, value, pred_n, gold_n)[2]


def run_and_score(
    scorer: ModuleType, extractor: str, suite: str, cases: list[dict[str, Any]], name: str, predict: Predictor
) -> dict[str, list[Prediction]]:
    """Time one system on one suite and print its row under HEADER; the predictions are returned for a closer look."""
    started = time.perf_counter()
    predictions = predict(cases)
    wall = time.perf_counter() - started
    span_f1, value_f1 = score(scorer, extractor, cases, predictions)
    print(f"{suite:<26}{name:<14}{span_f1:>9.3f}{value_f1:>10.3f}{wall:>9.2f}")
    return predictions
