"""Ranges as one record: the interval's start instant as `value`, its exclusive end and its length.

`from March to May` and `2014~2018` are read as intervals from the start of
the first period to the start of the last one (`2014-01-01` .. `2018-01-01`,
`P4Y`), which is how Recognizers-Text and TIMEX3 tools write them; windows of
units next to the reference (`last 3 months`, `next five days`) run from the
reference back, or from the next unit on.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .resolve import Timex

_YEAR = re.compile(r"(?P<y>\d{4}|XXXX)")
_QUARTER = re.compile(r"(?P<y>\d{4})-Q(?P<n>[1-4])")
_HALF = re.compile(r"(?P<y>\d{4})-H(?P<n>[12])")
_MONTH = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d{2})")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(?:\d{4}-\d{2}-\d{2})?T\d{2}(?::\d{2}(?::\d{2})?)?")
_SECONDS = {"H": 3600, "MIN": 60, "S": 1}


def instant(value: str) -> str:
    """The first day of a period value (`2014` -> `2014-01-01`, `2025-Q2` -> `2025-04-01`); times stay as they are."""
    if _TIME.fullmatch(value) or _DAY.fullmatch(value):
        return value
    if m := _YEAR.fullmatch(value):
        return f"{m['y']}-01-01"
    if m := _MONTH.fullmatch(value):
        return f"{m['y']}-{m['m']}-01"
    if m := _QUARTER.fullmatch(value):
        return f"{m['y']}-{(int(m['n']) - 1) * 3 + 1:02d}-01"
    if m := _HALF.fullmatch(value):
        return f"{m['y']}-{1 if m['n'] == '1' else 7:02d}-01"
    if m := _WEEK.fullmatch(value):
        return dt.date.fromisocalendar(int(m["y"]), int(m["w"]), 1).isoformat()
    return value


def interval(kind: str, start: str, end: str, mod: str | None = None) -> Timex:
    """One record for `start` .. `end`: both as instants, with the length between them where both are dated."""
    first, last = instant(start), instant(end)
    return Timex(kind, first, mod, last, length(first, last))


def length(first: str, last: str) -> str | None:
    """`P4Y`, `P2M`, `P19D`, `PT2H`, `PT1H30M`: whole years or months where both ends allow, else days or time."""
    try:
        a, b = _moment(first), _moment(last)
    except ValueError:
        return None
    if a is None or b is None or b <= a:
        return None
    if "T" in first or "T" in last:
        minutes = int((b - a).total_seconds() // 60)
        hours, rest = divmod(minutes, 60)
        return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
    gap = relativedelta(b, a)
    if a.day == b.day == 1 and not gap.days:
        months = gap.years * 12 + gap.months
        return f"P{gap.years}Y" if months % 12 == 0 else f"P{months}M"
    return f"P{(b - a).days}D"


def _moment(value: str) -> dt.datetime | None:
    if value.startswith("XXXX"):
        return None
    if value.startswith("T"):
        value = "2000-01-01" + value  # a time of day alone: only the gap to the other end counts
    if len(value) == 13:
        value += ":00"
    return dt.datetime.fromisoformat(value)


def window(unit: str, count: int, forward: bool, ref: dt.datetime) -> Timex | None:
    """`next 3 minutes` as the range of units just after the reference; `last 3 months` as a length."""
    if unit in _SECONDS:
        step = dt.timedelta(seconds=_SECONDS[unit])
        now = ref.replace(microsecond=0)
        start, end = (now + step, now + step * (count + 1)) if forward else (now - step * count, now)
        form = {"H": "%Y-%m-%dT%H", "MIN": "%Y-%m-%dT%H:%M", "S": "%Y-%m-%dT%H:%M:%S"}[unit]
        return Timex("TIME", start.strftime(form), None, end.strftime(form), f"PT{count}{unit[0]}")
    if unit not in ("D", "W", "M", "Q", "Y", "DE"):
        return None
    # Days and longer: a length of time as TimeML marks `the past two months` (DURATION P2M), whether
    # or not `the` is written; where the window lies is the reference's business, not the value's.
    letter = {"DE": "Y"}.get(unit, unit)
    amount = count * (10 if unit == "DE" else 1)
    return Timex("DURATION", f"P{amount}{letter}")


def remainder(unit: str, ref: dt.datetime) -> Timex | None:
    """`the rest of the week/month/year`: from the reference day to the start of the next such period."""
    today = ref.date()
    if unit == "W":
        end = today + dt.timedelta(days=7 - today.weekday())
    elif unit == "M":
        end = dt.date(today.year, today.month, 1) + relativedelta(months=1)
    elif unit == "Y":
        end = dt.date(today.year + 1, 1, 1)
    else:
        return None
    return interval("DATE", today.isoformat(), end.isoformat())
