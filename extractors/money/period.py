"""Which currencies were legal tender at the document's date, from CLDR's currency history (through Babel).

A wire of 1996 that says `marks` means DEM, `lire` ITL, `guilders` NLG, and
`Germany` points at the mark, not the euro. The document's date is its dateline
(`FRANKFURT 1996-08-22`, `August 22, 1996`) near the top; without one the
present is assumed and only today's currencies are read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ISO = re.compile(r"\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b")
_WRITTEN = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),?\s+(1[89]\d\d|20\d\d)\b", re.IGNORECASE)
# How far into a document its dateline may stand.
_HEAD = 400


def document_date(text: str) -> dt.date | None:
    """The dateline date at the head of `text`, else None."""
    head = text[:_HEAD]
    found = [(m.start(), m) for m in (_ISO.search(head), _WRITTEN.search(head)) if m is not None]
    if not found:
        return None
    match = min(found, key=lambda pair: pair[0])[1]
    try:
        if match.re is _ISO:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        return dt.date(int(match[3]), _MONTHS.index(match[1].casefold()) + 1, int(match[2]))
    except ValueError:
        return None


@cache
def territory_currencies(territory: str, date: dt.date) -> tuple[str, ...]:
    """The currencies legal tender in `territory` on `date`, CLDR's order (main one first)."""
    from babel.numbers import get_territory_currencies

    return tuple(get_territory_currencies(territory, start_date=date, end_date=date, tender=True))


@cache
def tender_at(date: dt.date) -> frozenset[str]:
    """Every currency legal tender somewhere on `date`."""
    from babel.core import get_global

    return frozenset(code for t in get_global("territory_currencies") for code in territory_currencies(t, date))
