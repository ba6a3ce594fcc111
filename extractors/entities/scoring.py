"""How `extract eval` scores entities: one record per gold entity, with its label, count and aliases."""

from __future__ import annotations

from ..engine.evaluation import Finding, Gold, Score, low
from ..engine.records import Record


def score(gold: Gold, facts: list[Record], result: Score, complete: bool) -> None:
    wanted = gold.get("entities", [])
    result.gold = len(wanted)
    judged: set[int] = set()
    for g in wanted:
        names = {low(n) for n in g["names"]}
        hits = [i for i, f in enumerate(facts) if low(f.get("name")) in names]
        judged.update(hits)
        if not hits:
            result.misses.append(Finding("entities", g["names"][0], None, f"missed ({'/'.join(g['labels'])})"))
            continue
        best = max(hits, key=lambda i: facts[i].get("count", 0))
        for i in hits:
            if i != best:
                result.false_positives.append(Finding("entities", str(facts[i].get("name")), facts[i].get("start"),
                                                      f"{g['names'][0]} split into {len(hits)} records"))
        f = facts[best]
        why = []
        if f.get("label") not in g["labels"]:
            why.append(f"label {f.get('label')}, want {'/'.join(g['labels'])}")
        if f.get("count", 0) < g["min_count"]:
            why.append(f"count {f.get('count')}, want >= {g['min_count']}")
        missing = [a for a in g.get("aliases", []) if low(a) not in {low(x) for x in f.get("aliases", [])}]
        if missing:
            why.append(f"aliases lack {missing}")
        if why:
            result.misses.append(Finding("entities", g["names"][0], f.get("start"), "; ".join(why)))
            result.false_positives.append(Finding("entities", str(f.get("name")), f.get("start"), "; ".join(why)))
        else:
            result.found += 1
            result.correct += 1
    banned = {low(x) for x in gold.get("entities_absent", [])}
    for i, f in enumerate(facts):
        if i in judged:
            continue
        surfaces = {low(f.get("name"))} | {low(m.get("text")) for m in f.get("mentions", [])}
        if surfaces & banned:
            why = f"{sorted(surfaces & banned)} should not be an entity"
        elif complete:
            why = "not in the gold file, which lists every entity"
        else:
            continue
        result.false_positives.append(Finding("entities", str(f.get("name")), f.get("start"), why))
