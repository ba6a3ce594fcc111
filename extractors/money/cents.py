"""Cents of a currency that is not a dollar: the guilder's, the rand's, the euro's.

`cents` belong to the dollar family, and a bare `cents` is the US cent unless the text names another dollar. But
the wires of Amsterdam and Johannesburg write the cents of their own currency so: `Ahold dropped 50 cents to
101.20 guilders` is half a guilder, `Gencor earned 93 cents a share` in South African news is 93 rand cents. A
bare cent read by default takes such a currency when its sentence writes it (any other currency of the sentence
keeps the dollar's), or else when the text's country cues point at it and at no dollar country, and the text has
named no dollar.
"""

from __future__ import annotations

from collections import Counter

from .tables import CENT_CURRENCIES


def cents_home(sentence: list[frozenset[str]], cues: Counter[str], named: list[str],
               dollars: frozenset[str]) -> str | None:
    """The currency a bare default `cents` is a part of, or None to keep the dollar's: `sentence` holds what each
    currency written in its sentence may mean, `cues` counts the country cues so far, `named` the currencies
    named so far, `dollars` the dollar currencies."""
    if sentence:
        homes = {frozenset(candidates & CENT_CURRENCIES) for candidates in sentence}
        home = next(iter(homes)) if len(homes) == 1 else frozenset()
        return next(iter(home)) if len(home) == 1 else None
    if any(code in dollars for code in named) or any(cues[code] for code in dollars):
        return None
    ranked = [code for code, n in cues.most_common() if n]
    return ranked[0] if ranked and ranked[0] in CENT_CURRENCIES else None
