"""Which currency an ambiguous mention means, from what the document said before it.

A bare `$` or `dollars` follows the last dollar the document named by name or
code (`Canadian dollars`, `CAD`), else USD (or `Options.default_currency`); a
prefixed symbol (`C$ 1.92`) marks its own amount only, so a later bare `$` stays
the default. `¥`, `kr`, `rupees`, `francs` also follow the country the text is
about (`China`, `Swedish`); otherwise the family's usual reading, or null when
there is none. With a document date, a unit's past currencies tender then count
too (`marks` in 1996 is DEM). The state lives in `Context.state`, so it carries
over the pieces of a long text.

`resolve` also says where the currency came from, the record's `currency_from`:
`symbol`, `code`, `name` (the mention itself settles it), `context` (a currency
or country named earlier, a prefixed symbol earlier in the same sentence),
`default` (`--default-currency` or the family's usual reading, a bare `$` as USD).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import CurrencyRef
from .period import tender_at
from .tables import AMBIGUOUS_DEFAULTS, FOLLOW_USE, NAMED_ONLY, PERIOD_DEFAULTS, PERIOD_UNITS

DOLLAR_FAMILIES = frozenset({"$", "dollar"})
_SOURCES = {"code": "code", "symbol": "symbol", "name": "name", "unit": "name", "sub": "name"}


def own_source(kind: str) -> str:
    """`currency_from` of a currency the mention writes itself."""
    return _SOURCES.get(kind, "name")


@dataclass
class DocumentCurrencies:
    """Currencies named so far (in order) and how often each currency's country came up."""

    named: list[str] = field(default_factory=list)
    cues: Counter[str] = field(default_factory=Counter)
    # Every currency resolved so far, named or not.
    used: list[str] = field(default_factory=list)
    # The document's dateline date, read from its first piece; None: today.
    date: dt.date | None = None
    dated: bool = False
    # Symbols of the sentence being read (`A$5bn; the fee 40 cents`), set by each `resolve`.
    _local: list[str] = field(default_factory=list)

    def resolve(self, ref: CurrencyRef, cues: Counter[str], default_currency: str | None = None,
                kind: str = "name", local: list[str] | None = None) -> tuple[str | None, str]:
        """The ISO code `ref` means here and where it came from; `cues` counts country cues up to the end of
        its sentence."""
        own = own_source(kind)
        self._local = local or []
        if ref.code:
            return ref.code, own
        if self.date is not None and ref.past:
            tender = tender_at(self.date)
            then = frozenset((ref.candidates | ref.past) & tender)
            if then:
                code, source = self._pick(ref, then, True, cues, default_currency, own)
                if code is not None:
                    return code, source
        return self._pick(ref, ref.candidates, False, cues, default_currency, own)

    def _pick(self, ref: CurrencyRef, candidates: frozenset[str], period: bool, cues: Counter[str],
              default_currency: str | None, own: str) -> tuple[str | None, str]:
        """One of `candidates` by the mention's own words, earlier names, country cues, then defaults."""
        if len(candidates) == 1 and ref.family not in AMBIGUOUS_DEFAULTS \
                and (period or ref.family not in PERIOD_UNITS_FAMILIES):
            return next(iter(candidates)), own
        # A penny is the sub-unit of the amounts the text has been giving, before a currency it merely names
        # (`the British pound rose to $1.3231 ... copper rose a penny`: a cent)
        used = reversed(self.used) if ref.family in FOLLOW_USE else ()
        for code in [*reversed(self._local), *used, *reversed(self.named)]:
            if code in candidates:
                return code, "context"
        if ref.family not in NAMED_ONLY:
            counts = Counter({c: n for c, n in cues.items() if c in candidates and n})
            ranked = counts.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                return ranked[0][0], "context"
        if period and PERIOD_DEFAULTS.get(ref.family or "") in candidates:
            return PERIOD_DEFAULTS[ref.family or ""], "default"
        if ref.family in PERIOD_UNITS_FAMILIES:
            return None, "default"  # `5 marks` with no date or place: a grade, a score, not money
        if default_currency and ref.family in DOLLAR_FAMILIES:
            return default_currency, "default"
        default = AMBIGUOUS_DEFAULTS.get(ref.family or "")
        if default:
            return default, own if candidates == {default} else "default"
        return (next(iter(candidates)), own) if len(candidates) == 1 else (None, "default")


PERIOD_UNITS_FAMILIES = frozenset(unit.rstrip("s") for unit in PERIOD_UNITS)
