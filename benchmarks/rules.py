"""What a large rules file costs `extract entities` (issue 19: 10,000 patterns, under 20 % of throughput).

    .venv/bin/python benchmarks/rules.py                       # ../shared/benchmarks/corpus/state_union
    .venv/bin/python benchmarks/rules.py CORPUS --patterns 10000 --rounds 3

Writes a rules file of N entity patterns to a temporary folder (most of them
phrases, as a gazetteer of organisation names is; one in twenty a token
pattern; a few hundred of them names the corpus really holds, so the ruler
also overwrites entities), then runs `entities` over the corpus with the model
loaded once, without and with the file, best of `--rounds` each, and prints
words/s, the cost in percent, the time to read and check the file, and what the
patterns changed.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

from extract_facts.extractors import Document, Result, Runner, registry
from extract_facts.extractors import documents as documents_module
from extract_facts.extractors.engine.rules import load

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "corpus" / "state_union"
SUFFIXES = ("Holdings", "Group", "Corp", "Partners", "Foundation", "Institute", "Trust", "Bank")


def rules_text(documents: list[Document], count: int, matched: int = 0, seed: int = 7) -> str:
    """A rules file of `count` patterns made from the corpus's own capitalised words; the last
    `matched` of them token patterns that only spaCy's Matcher can run (a title-case word, then a suffix)."""
    rng = random.Random(seed)
    words = sorted({w for d in documents for w in re.findall(r"\b[A-Z][a-z]{3,}\b", d.text)})
    real = sorted({m for d in documents for m in re.findall(r"\b(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+\b", d.text)})
    rng.shuffle(real)
    lines = []
    for n in range(count):
        if n >= count - matched:
            pattern = f'[{{IS_TITLE = true}}, {{LOWER = "{rng.choice(SUFFIXES).lower()}{n}"}}]'
        elif n < min(300, len(real)):
            pattern = f'"{real[n]}"'
        elif n % 20 == 0:
            pattern = f'[{{LOWER = "{rng.choice(words).lower()}"}}, {{LOWER = "{rng.choice(SUFFIXES).lower()}"}}]'
        else:
            pattern = f'"{rng.choice(words)} {rng.choice(words)} {rng.choice(SUFFIXES)}"'
        lines.append(f'[[entities.patterns]]\nlabel = "ORG"\npattern = {pattern}\n')
    return "\n".join(lines)


def words_per_second(runner: Runner, documents: list[Document], rounds: int) -> tuple[float, list[Result]]:
    words = sum(len(d.text.split()) for d in documents)
    best, results = float("inf"), []
    for _ in range(rounds):
        start = time.perf_counter()
        results = [r for r in runner.run(documents) if isinstance(r, Result)]
        best = min(best, time.perf_counter() - start)
    return words / best, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--patterns", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--matcher", type=int, default=0,
                        help="How many of the patterns are token patterns only spaCy's Matcher can run.")
    args = parser.parse_args()
    read_in = (documents_module.read(p) for p in sorted(args.corpus.glob("*.txt")))
    documents = [d for d in read_in if isinstance(d, Document)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "extract-rules.toml"
        path.write_text(rules_text(documents, args.patterns, args.matcher))
        start = time.perf_counter()
        rules = load([path], registry.available())
        read = time.perf_counter() - start
        plain = Runner(["entities"])
        ruled = Runner(["entities"], rules=rules, nlp=plain.nlp)
        start = time.perf_counter()
        list(ruled.run([documents[0]]))  # the ruler is built on first use; timed apart
        built = time.perf_counter() - start
        base, _ = words_per_second(plain, documents, args.rounds)
        with_rules, after = words_per_second(ruled, documents, args.rounds)
    changed = sum(1 for r in after for f in r.records if f["rule"].startswith("entities.rules:"))
    print(f"corpus: {len(documents)} documents, {sum(len(d.text.split()) for d in documents):,} words")
    print(f"rules file: {args.patterns:,} patterns ({args.matcher} for the Matcher), read and checked in {read:.2f} s; "
          f"ruler built (with one document) in {built:.2f} s")
    print(f"extract entities without rules: {base:,.0f} words/s")
    print(f"extract entities with rules:    {with_rules:,.0f} words/s")
    print(f"cost: {100 * (1 - with_rules / base):.1f} % of throughput (issue 19 asks < 20 %)")
    print(f"entity records made by a pattern: {changed:,} of {sum(len(r.records) for r in after):,}")


if __name__ == "__main__":
    main()
