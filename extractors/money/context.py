"""Which currency an ambiguous mention means, from what the document said before it.

A bare `$` or `dollars` follows the last dollar the document named (`C$`,
`Canadian dollars`), else USD (or `Options.default_currency`); `¥`, `kr`,
`rupees`, `francs` also follow the country the text is about (`China`,
`Swedish`); otherwise the family's usual reading, or null when there is none.
The state lives in `Context.state`, so it carries over the pieces of a long text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .lexicon import CurrencyRef
from .tables import AMBIGUOUS_DEFAULTS, FOLLOW_USE, NAMED_ONLY

_DOLLAR_FAMILIES = frozenset({"$", "dollar"})


@dataclass
class DocumentCurrencies:
    """Currencies named so far (in order) and how often each currency's country came up."""

    named: list[str] = field(default_factory=list)
    cues: Counter[str] = field(default_factory=Counter)
    # Every currency resolved so far, named or not.
    used: list[str] = field(default_factory=list)

    def resolve(self, ref: CurrencyRef, cues: Counter[str], default_currency: str | None = None) -> str | None:
        """The ISO code `ref` means here; `cues` counts country cues up to the end of its sentence."""
        if ref.code:
            return ref.code
        for code in reversed(self.named):
            if code in ref.candidates:
                return code
        if ref.family in FOLLOW_USE:
            for code in reversed(self.used):
                if code in ref.candidates:
                    return code
        if ref.family not in NAMED_ONLY:
            counts = Counter({c: n for c, n in cues.items() if c in ref.candidates and n})
            ranked = counts.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                return ranked[0][0]
        if default_currency and ref.family in _DOLLAR_FAMILIES:
            return default_currency
        default = AMBIGUOUS_DEFAULTS.get(ref.family or "")
        if default:
            return default
        return next(iter(ref.candidates)) if len(ref.candidates) == 1 else None
