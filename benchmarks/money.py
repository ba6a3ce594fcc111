"""Benchmark `extract money` against price-parser and quantulum3, and time `extract money` against `extract all`.

    .venv/bin/python benchmarks/money.py                      # from the project root
    .venv/bin/python benchmarks/money.py --tools ../shared/tools --benchmarks ../shared/benchmarks

Prints, for both money suites and our `money-news-heldout.jsonl`, span-F1, value-F1 and wall time of each system side
by side, scored by the shared scorer (`score_suite.py`, imported from --tools, not
copied); then the wall time of `extract money` and `extract all` on the corpus.

price-parser and quantulum3 are optional benchmark dependencies
(`pip install -e '.[bench]'`); a peer that is not installed is skipped with a note.
Both leave currencies open or give symbols, so they are scored leniently, as in
the shared benchmarks README: `$` is USD, `£` GBP, cents and pence are hundredths
of USD and GBP.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from suites import HEADER, Prediction, Predictor, load_tool, run_and_score, suite_parser

SUITES = ("money-recognizers.jsonl", "money-duckling.jsonl")
# Our own wire-news cases, written blind to the code (80 cases, 15 look-alikes that are not money).
NEWS = Path(__file__).resolve().parent / "money-news-heldout.jsonl"
# The peers' currency symbols read the lenient way (the shared README's conventions).
LENIENT = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "C$": "CAD", "Rs": "INR"}


def extract_predictor(scorer: ModuleType, cmd: str) -> Predictor:
    """`extract money` through its command line, one run per suite, as score_suite runs it."""

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        with tempfile.TemporaryDirectory(prefix="money_bench_") as tmp:
            facts, _, _ = scorer.run_group(cmd, "money", None, cases, Path(tmp) / "cases", 1800)
        return {case["id"]: facts.get(scorer.file_stem(case["id"]), []) for case in cases}

    return predict


def price_parser_predictor() -> Predictor | None:
    try:
        from price_parser import Price
    except ImportError:
        return None

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        found: dict[str, list[Prediction]] = {}
        for case in cases:
            text = case["text"]
            price = Price.fromstring(text)
            found[case["id"]] = []
            if price.amount is None or not price.amount_text:
                continue
            start = text.find(price.amount_text)
            end = start + len(price.amount_text)
            symbol = (price.currency or "").strip()
            if symbol and text[max(0, start - len(symbol) - 1) : start].strip() == symbol:
                start = text.rfind(symbol, 0, start)
            elif symbol and text[end : end + len(symbol) + 1].strip() == symbol:
                end = text.find(symbol, end) + len(symbol)
            currency = LENIENT.get(symbol, symbol.upper() if len(symbol) == 3 else None)
            found[case["id"]].append(
                {"start": start, "end": end, "text": text[start:end], "amount": float(price.amount),
                 "currency": currency}
            )
        return found

    return predict


def quantulum_predictor() -> Predictor | None:
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    subunits = {"cent": "USD", "penny": "GBP"}

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        found: dict[str, list[Prediction]] = {}
        for case in cases:
            found[case["id"]] = []
            for quantity in parser.parse(case["text"]):
                unit = quantity.unit
                if unit.entity.name != "currency":
                    continue
                amount, currency = quantity.value, getattr(unit, "currency_code", None)
                if unit.name in subunits:
                    amount, currency = amount / 100, subunits[unit.name]
                elif currency is None and unit.name in ("dollar", "pound sterling"):
                    currency = "USD" if unit.name == "dollar" else "GBP"
                start, end = quantity.span
                found[case["id"]].append(
                    {"start": start, "end": end, "text": case["text"][start:end], "amount": amount,
                     "currency": currency}
                )
        return found

    return predict


def time_command(argv: list[str]) -> float:
    """Wall time of a whole `extract` process; exit 1 (some input failed, the rest done) still counts."""
    started = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        sys.exit(f"money benchmark: {' '.join(argv)} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    if proc.returncode == 1:
        print(f"note: {' '.join(argv[1:2])}: some inputs failed: {proc.stderr.strip().splitlines()[:1]}")
    return wall


def main(argv: list[str]) -> int:
    ap = suite_parser(__doc__.splitlines()[0], "the extract command")
    ap.add_argument("--no-corpus", action="store_true", help="skip the money-vs-all timing on the corpus")
    args = ap.parse_args(argv)
    scorer = load_tool("score_suite", args.tools)

    systems: list[tuple[str, Predictor]] = [("extract", extract_predictor(scorer, args.cmd))]
    for name, make in (("price-parser", price_parser_predictor), ("quantulum3", quantulum_predictor)):
        predictor = make()
        if predictor is None:
            print(f"note: {name} is not installed (pip install -e '.[bench]'); skipped")
        else:
            systems.append((name, predictor))

    print(HEADER)
    for path in [args.benchmarks / suite for suite in SUITES] + [NEWS]:
        cases = scorer.load_cases(path)
        for name, predict in systems:
            run_and_score(scorer, "money", path.name, cases, name, predict)

    if not args.no_corpus:
        corpus = args.benchmarks / "corpus"
        money = time_command([*shlex.split(args.cmd), "money", str(corpus), "--jsonl"])
        every = time_command([*shlex.split(args.cmd), "all", str(corpus), "--jsonl"])
        print(f"\ncorpus {corpus.name}/: extract money {money:.1f} s, extract all {every:.1f} s "
              f"-> money is {every / money:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
