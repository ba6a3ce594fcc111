"""How `extract eval` scores money: an overlapping record with the gold currency and amount or bounds."""

from __future__ import annotations

from typing import Any

from ..engine.evaluation import Gold, Score, close, span_scorer
from ..engine.records import Record


def _money_value(f: dict[str, Any]) -> str:
    if f.get("amount") is not None:
        return f"{f['amount']} {f.get('currency')}"
    return f"{f.get('min')}..{f.get('max')} {f.get('currency')}"


def score(gold: Gold, facts: list[Record], result: Score, complete: bool) -> None:
    def matches(g: dict[str, Any], f: Record) -> bool:
        if f.get("currency") != g["currency"]:
            return False
        if "amount" in g:
            return close(f.get("amount"), g["amount"])
        return close(f.get("min"), g["min"]) and close(f.get("max"), g["max"])

    wanted = list(gold.get("money", [])) + list(gold.get("money_range", []))
    span_scorer(wanted, gold.get("money_absent", []), facts, result, complete, matches, _money_value)
