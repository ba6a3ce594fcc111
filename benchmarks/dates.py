"""Benchmark `extract dates` against dateparser's `search_dates` on the two dates suites.

    .venv/bin/python benchmarks/dates.py                      # from the project root
    .venv/bin/python benchmarks/dates.py --tools ../shared/tools --benchmarks ../shared/benchmarks
    .venv/bin/python benchmarks/dates.py --cli                # extract through its command line
    .venv/bin/python benchmarks/dates.py --show 3             # also list misses by expected-value shape
    .venv/bin/python benchmarks/dates.py --timeml MIRROR      # also real news: AQUAINT (TBAQ-cleaned) TIMEX3

Prints, for both suites and our news-style held-out set (`dates-news-heldout.jsonl`),
span-F1, value-F1 and wall time of each system side by side, scored with the
shared scorer's own matching rules (`score_suite.py`, imported from --tools, not
copied). Both systems get each case's reference date
or time: `extract` as its reference option, `search_dates` as `RELATIVE_BASE`,
with `languages=['en']`.

By default `extract` runs in this process through the library API (one model
load, the reference switched per group of cases), which is what its wall time
measures; `--cli` runs the command once per reference date as `score_suite.py`
does, so it also pays one model load per group.

With `--timeml MIRROR` (a git mirror of github:jspotter/TempEval-3), the AQUAINT
part of TBAQ-cleaned is also scored: 73 real news articles annotated by others,
built by the shared `make_timeml_dev.py` into a temporary file under /tmp (the
articles are never written anywhere else). The TimeBank part of that mirror is
the held-out acceptance set and is never read here.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from suites import HEADER, Prediction, Predictor, load_tool, run_and_score, suite_parser

SUITES = ("dates-recognizers.jsonl", "dates-duckling.jsonl")
# Our own news-style cases, written blind to the implementation (TimeBank conventions, 160 cases).
NEWS = Path(__file__).resolve().parent / "dates-news-heldout.jsonl"


def reference(case: dict[str, Any]) -> str:
    return case.get("reference_time") or case["reference"]


def by_reference(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        groups[reference(case)].append(case)
    return groups


def extract_library_predictor() -> Predictor:
    """`extract dates` through the library: one loaded pipeline, the reference option set per group."""
    from extract_facts.extractors import Document, Result, Runner

    runner = Runner(["dates"])

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        found: dict[str, list[Prediction]] = {}
        for ref, group in by_reference(cases).items():
            runner.reconfigure({"reference_date": ref})
            documents = [Document(case["id"], case["text"]) for case in group]
            for case, result in zip(group, runner.run(documents), strict=True):
                found[case["id"]] = result.records if isinstance(result, Result) else []
        return found

    return predict


def extract_cli_predictor(scorer: ModuleType, cmd: str) -> Predictor:
    """`extract dates` through its command line, once per reference date, as score_suite runs it."""

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        found: dict[str, list[Prediction]] = {}
        with tempfile.TemporaryDirectory(prefix="dates_bench_") as tmp:
            for n, (ref, group) in enumerate(by_reference(cases).items()):
                facts, _, _ = scorer.run_group(cmd, "dates", ref, group, Path(tmp) / f"group{n}", 1800)
                for case in group:
                    found[case["id"]] = facts.get(scorer.file_stem(case["id"]), [])
        return found

    return predict


def search_dates_predictor() -> Predictor:
    """dateparser's `search_dates`, given offsets by finding each returned substring in order."""
    from dateparser.search import search_dates

    def predict(cases: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        found: dict[str, list[Prediction]] = {}
        for case in cases:
            text = case["text"]
            base = dt.datetime.fromisoformat(reference(case))
            hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            found[case["id"]], cursor = [], 0
            for words, moment in hits:
                start = text.find(words, cursor)
                if start < 0:
                    continue
                cursor = start + len(words)
                value = moment.date().isoformat() if moment.time() == dt.time() else moment.strftime("%Y-%m-%dT%H:%M")
                found[case["id"]].append({"start": start, "end": cursor, "text": words, "value": value})
        return found

    return predict


def value_shape(values: list[str]) -> str:
    """The form of an expected value (`9999-99-99T99`, `P9M`, `XXXX-WXX-9`): misses are grouped by it."""
    return re.sub(r"\d", "9", values[0]) if values else "-"


def misses_by_shape(
    scorer: ModuleType, cases: list[dict[str, Any]], predictions: dict[str, list[Prediction]]
) -> dict[str, list[str]]:
    """Each expected fact whose value no overlapping prediction has, under the shape of its value."""
    groups: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        preds = predictions.get(case["id"], [])
        for g in case["expect"]:
            if any(scorer.overlaps(p, g) and scorer.dates_ok(g, p) for p in preds):
                continue
            got = [f"{p['text']!r}={p.get('value')}" for p in preds if scorer.overlaps(p, g)]
            groups[value_shape(g["values"])].append(f"{g['text']!r} want {g['values'][:3]} got {got or '-'}")
    return groups


def timeml_suite(tools: Path, mirror: Path, folder: str) -> Path:
    """The AQUAINT suite, built by the shared tool from the mirror into `folder` (a temporary folder under /tmp)."""
    out = Path(folder) / "aquaint.jsonl"
    subprocess.run([sys.executable, str(tools / "make_timeml_dev.py"), str(mirror), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str]) -> int:
    ap = suite_parser(__doc__.splitlines()[0], "the extract command (--cli)")
    ap.add_argument("--cli", action="store_true", help="run extract through its command line")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="after the table, list up to N of extract's value misses per expected-value shape")
    ap.add_argument("--timeml", type=Path, metavar="MIRROR",
                    help="also score the AQUAINT news of this git mirror of github:jspotter/TempEval-3")
    args = ap.parse_args(argv)
    scorer = load_tool("score_suite", args.tools)

    extract = extract_cli_predictor(scorer, args.cmd) if args.cli else extract_library_predictor()
    systems: list[tuple[str, Predictor]] = [("extract", extract), ("search_dates", search_dates_predictor())]

    paths = [args.benchmarks / suite for suite in SUITES] + [NEWS]
    with tempfile.TemporaryDirectory(prefix="dates_timeml_", dir="/tmp") as tmp:
        if args.timeml is not None:
            paths.append(timeml_suite(args.tools, args.timeml, tmp))
        missed = score_suites(scorer, systems, paths)
    for suite, groups in missed.items() if args.show else ():
        print(f"\n## {suite}: value misses by expected shape")
        for shape, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(items):4d}  {shape}")
            for item in items[: args.show]:
                print(f"        {item}")
    return 0


def score_suites(scorer: ModuleType, systems: list[tuple[str, Predictor]], paths: list[Path]) -> dict[str, Any]:
    """One row per suite and system; extract's value misses by expected shape, per suite."""
    print(HEADER)
    missed: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        suite = path.name
        cases = scorer.load_cases(path)
        for name, predict in systems:
            predictions = run_and_score(scorer, "dates", suite, cases, name, predict)
            if name == "extract":
                missed[suite] = misses_by_shape(scorer, cases, predictions)
    return missed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
