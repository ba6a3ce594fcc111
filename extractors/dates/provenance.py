"""Why a date came out as it did: the rule that read it, and the readings the text leaves open.

The rule is named from what the expression is (a duration, a recurrence, a
range, a move from the reference, a weekday, a year-less date, a full date),
not from the grammar's internal patterns, so the names stay stable as the
grammar grows (`RULES` of the package). A value is ambiguous where the text does not settle it: a
weekday or a year-less date whose clause has no tense that says past or future
(then the other direction's date is the alternative), and an all-numeric date
whose day and month could swap (`03/04/2021`) when `--date-order` was not given.
"""

from __future__ import annotations

import datetime as dt
import re

from .chains import Chain
from .context import Tense
from .resolve import Timex, point

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_PERIOD_KINDS = frozenset({"year", "quarter", "half", "season", "decade", "century", "week", "month"})


def rule_of(chain: Chain, timex: Timex) -> str:
    """The name of the reading that made the fact."""
    p = chain.partial
    if timex.type in ("SET", "DURATION"):
        return timex.type.lower()
    if p.reference is not None or timex.value.endswith("_REF"):
        return "vague_reference"
    if chain.until is not None or timex.range_end:
        return "range"
    if timex.type == "TIME":
        return "time_of_day"
    if p.holiday is not None:
        return "holiday"
    if "narrative" in p.kinds:
        return "narrative"
    if p.shift is not None or p.relation is not None or p.direction is not None:
        return "relative"
    if "numeric" in p.kinds:
        return "numeric_date"
    if p.weekday is not None and p.day is None:
        return "weekday_by_tense"
    if p.day is not None and p.year is None:
        return "month_day"
    if p.day is not None:
        return "full_date"
    return "period" if p.kinds & _PERIOD_KINDS or p.year is not None else "full_date"


def other_readings(chain: Chain, timex: Timex, ref: dt.datetime, tense: Tense | None,
                   date_order: str | None) -> tuple[str, ...]:
    """The values the text leaves open besides `timex.value`; empty when the text settles it."""
    p = chain.partial
    if timex.type != "DATE" or chain.until is not None:
        return ()
    if "numeric" in p.kinds and date_order is None:
        swapped = _swapped(timex.value)
        return (swapped,) if swapped else ()
    untensed = tense in (None, "present")
    by_tense = (p.weekday is not None and p.day is None) or (p.day is not None and p.year is None)
    if not (untensed and by_tense and p.shift is None and p.relation is None):
        return ()
    readings = {point(p, ref, direction) for direction in ("past", "future")}
    return tuple(sorted(value for value in readings if value is not None and value != timex.value))


def _swapped(value: str) -> str | None:
    """`2021-03-04` read the other way round, `2021-04-03`, when both are dates."""
    found = _DAY.match(value)
    if found is None or found[2] == found[3]:
        return None
    try:
        return dt.date(int(found[1]), int(found[3]), int(found[2])).isoformat()
    except ValueError:
        return None
