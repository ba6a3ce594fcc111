"""How `extract eval` scores positions: holder, stance, target words and negation at each gold cue."""

from __future__ import annotations

from ..engine.evaluation import Finding, Gold, Score, low, overlaps
from ..engine.records import Record


def score(gold: Gold, facts: list[Record], result: Score, _complete: bool) -> None:
    wanted = gold.get("positions", [])
    result.gold = len(wanted)
    used: set[int] = set()
    for g in wanted:
        holders = {low(h) for h in g["holders"]}
        ok = []
        for i, f in enumerate(facts):
            if not overlaps(f, g["cue"]) or low(f.get("holder")) not in holders:
                continue
            if f.get("stance") not in g["stances"]:
                continue
            target = low(f.get("target"))
            if g["target_any"] and not any(low(t) in target for t in g["target_any"]):
                continue
            if "negated" in g and bool(f.get("negated")) != g["negated"]:
                continue
            ok.append(i)
        if ok:
            result.found += 1
            used.update(ok)
        else:
            near = "; ".join(f"{f.get('holder')} {f.get('stance')} {f.get('target')!r}"
                             for f in facts if overlaps(f, g["cue"])) or "nothing"
            result.misses.append(Finding("positions", g["cue"]["text"], g["cue"]["start"],
                                         f"want {g['holders'][0]} {g['stances'][0]}, got {near}"))
    result.correct = len(used)
    cues = [g["cue"] for g in wanted]
    optional = gold.get("positions_optional", [])
    for i, f in enumerate(facts):
        if i in used:
            continue
        if any(overlaps(f, c) for c in cues):
            why = "wrong holder, stance or target at a gold cue"
        elif not any(overlaps(f, c) for c in optional):
            why = "unexpected"  # position gold always lists every position but the optional ones
        else:
            continue
        result.false_positives.append(Finding("positions", str(f.get("text")), f.get("start"),
                                              f"{why}: {f.get('holder')} {f.get('stance')} {f.get('target')!r}"))
