"""Turn what an expression says into a TIMEX3 value at the text's own granularity.

Relative and year-less expressions are resolved against the reference date the
way a reader of the article would: the clause's tense decides whether a bare
`Friday` or `March` lies behind or ahead of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .context import Tense
from .holidays import holiday_date, nth_weekday
from .partial import Partial

_EXACT_UNITS = {"S": ("S", 1), "MIN": ("M", 1), "H": ("H", 1)}
_DATE_UNITS = {"D": ("D", 1), "W": ("W", 1), "M": ("M", 1), "Y": ("Y", 1), "Q": ("M", 3), "FN": ("W", 2),
               "DE": ("Y", 10), "CE": ("Y", 100), "WE": ("WE", 1)}
# Where fractions of a unit go when a duration is written in whole numbers.
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_UNIT_ORDER = ["Y", "M", "W", "D", "H", "MIN", "S"]


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression: TIMEX3 type and value, plus its modifier and range end."""

    type: str
    value: str
    mod: str | None = None
    range_end: str | None = None
    length: str | None = None  # a range's duration (`P4Y`)


def point(p: Partial, ref: dt.datetime, tense: Tense | None) -> str | None:
    """The TIMEX3 value of a point or period expression, or None when it says too little."""
    if p.reference is not None:
        return p.reference
    if p.fiscal and p.year is not None:
        part = f"-Q{p.quarter}" if p.quarter is not None else f"-H{p.half}" if p.half is not None else ""
        return f"FY{p.year}{part}"  # `the fourth quarter of fiscal 1989`: FY1989-Q4
    if p.fiscal and p.shift is not None and p.shift[0] == "Y":
        return f"FY{ref.year + p.shift[1]}"  # `last fiscal year`
    if p.decade is not None:
        return str(p.decade)
    if p.century is not None:
        return f"{p.century:02d}"
    date = _date(p, ref, tense)
    clock = clock_value(p)
    if clock is None:
        return date
    if date is None:
        return f"T{clock}"
    if _midnight(p) and len(date) == 10:
        date = (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()  # `tonight at 12`: the next day
    return f"{date}T{on_a_day(clock)}" if len(date) == 10 else date


def _midnight(p: Partial) -> bool:
    """`this evening at 12`, `tonight at 12:30`: twelve in the evening or night is midnight, not noon."""
    return p.hour == 12 and p.ampm is None and p.pod in ("EV", "NI")


def on_a_day(clock: str) -> str:
    """A clock time on a dated day is written to the minute, as TimeML does (`2025-12-21T15:00`); a bare hour
    keeps the granularity the text gives (`T15`)."""
    return f"{clock}:00" if clock.isdigit() else clock


def clock_value(p: Partial) -> str | None:
    """The time of day a piece gives (`15`, `09:30`, `MO`), without the leading T."""
    if p.hour is None:
        return p.pod
    hour = p.hour
    if p.ampm == "pm" and hour < 12:
        hour += 12
    elif p.ampm == "am" and hour == 12:
        hour = 0
    elif p.ampm is None and p.pod in ("AF", "EV", "NI") and hour < 12 and not (p.pod == "NI" and hour < 5):
        hour += 12
    if hour == 24 or _midnight(p):
        hour = 0
    if p.minute is None:
        return f"{hour:02d}"  # `3 p.m.` gives the hour only: T15
    text = f"{hour:02d}:{p.minute:02d}"
    return f"{text}:{p.second:02d}" if p.second is not None else text


def _date(p: Partial, ref: dt.datetime, tense: Tense | None) -> str | None:
    today = ref.date()
    if p.holiday is not None:
        return _holiday(p, today, tense)
    if p.shift is not None and not (p.shift[0] == "D" and p.month is not None and p.day is not None):
        return _shifted(p, today, tense)  # an explicit date wins over `tomorrow` beside it
    year = p.year
    if p.week is not None:
        year = year if year is not None else today.year
        # `week 53` exists only in years whose last ISO week is the 53rd.
        return f"{year}-W{p.week:02d}" if p.week <= dt.date(year, 12, 28).isocalendar()[1] else None
    if p.quarter is not None:
        year = year if year is not None else _infer_year(today, tense, (p.quarter - 1) * 3 + 1, None, 3)
        return f"{year}-Q{p.quarter}"
    if p.half is not None:
        year = year if year is not None else _infer_year(today, tense, (p.half - 1) * 6 + 1, None, 6)
        return f"{year}-H{p.half}"
    if p.season is not None:
        return f"{year if year is not None else today.year}-{p.season}"
    if p.month is not None:
        if year is None and p.relation is not None:
            year = _year_of_month(today, p.month, p.relation)
        if year is None:
            year = _infer_year(today, tense, p.month, p.day, 1)
            if p.weekday is not None and p.day is not None:
                year = _year_with_weekday(year, p.month, p.day, p.weekday, today)
        return _in_month(p, year, p.month)
    if p.nth is not None and year is not None:
        return _nth_of_year(p.nth, year)
    if p.nth is not None and "counted" in p.kinds:
        return _counted_weekday(int(p.nth[0]), p.nth[1], today)
    if p.weekday is not None and p.day is not None:
        return _weekday_on_day(p.weekday, p.day, today, tense)
    if p.weekday is not None:
        return _weekday(p.weekday, p.relation, today, tense).isoformat()
    if year is not None:
        return str(year)
    return None


def _in_month(p: Partial, year: int, month: int) -> str | None:
    if p.day is not None:
        try:
            return dt.date(year, month, p.day).isoformat()
        except ValueError:
            return f"XXXX-{month:02d}-{p.day:02d}" if p.day <= 31 else None
    if p.nth is not None:
        target, n = p.nth
        if target.isdigit():
            day = nth_weekday(year, month, int(target), n)
            return day.isoformat() if day else None
        if target == "D":
            last = (dt.date(year, month, 1) + relativedelta(months=1, days=-1)).day
            return dt.date(year, month, max(1, last + n + 1) if n < 0 else min(n, last)).isoformat()
        if target == "WE":  # `the last weekend of October`: the week of that month's nth or last Saturday
            saturday = nth_weekday(year, month, 5, n)
            if saturday is None:
                return None
            iso = saturday.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}-WE"
        if target == "W":
            # Weeks of a month are those that start in it: the first begins on its first Monday, the last on its
            # last Monday (`the first week of October 1989` is October 2-8, not the week of Sunday the 1st).
            if n > 0:
                first = dt.date(year, month, 1)
                monday = first + dt.timedelta(days=(7 - first.weekday()) % 7, weeks=n - 1)
            else:
                last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
                monday = last - dt.timedelta(days=last.weekday()) + dt.timedelta(weeks=n + 1)
            iso = monday.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}"
    return f"{year}-{month:02d}"


def _nth_of_year(nth: tuple[str, int], year: int) -> str | None:
    target, n = nth
    if target == "W":
        week = n if n > 0 else dt.date(year, 12, 28).isocalendar()[1] + 1 + n
        return f"{year}-W{week:02d}"
    if target == "D":
        return (dt.date(year, 1, 1) + dt.timedelta(days=n - 1)).isoformat() if n > 0 else f"{year}-12-31"
    return None


def _year_with_weekday(year: int, month: int, day: int, weekday: int, today: dt.date) -> int:
    """`Friday, July 18` with no year: the year within a year of the reference where July 18 is a Friday.

    Further afield a weekday that does not fit is a slip in the text, not a
    clue to a year long past or far ahead: the year the tense gave stands.
    """
    for offset in (0, 1, -1):
        try:
            candidate = dt.date(year + offset, month, day)
        except ValueError:
            continue
        # Ahead, up to a year and a half (schedules run far); behind, a year at most.
        if candidate.weekday() == weekday and -366 <= (candidate - today).days <= 550:
            return year + offset
    return year


def _year_of_month(today: dt.date, month: int, relation: str) -> int:
    """`last March` is the latest March before this month, `next March` the first one after it."""
    if relation in ("last", "past", "previous"):
        return today.year if month < today.month else today.year - 1
    if relation in ("next", "coming", "following"):
        return today.year if month > today.month else today.year + 1
    return today.year


def _infer_year(today: dt.date, tense: Tense | None, month: int, day: int | None, span: int) -> int:
    """The year a reader gives a year-less month or day: this one, unless the tense points across a boundary."""
    here = (today.month, today.day)
    first, last = (month, day or 1), (month + span - 1, day or 31)
    if tense == "near":
        return min((today.year, today.year - 1, today.year + 1), key=lambda y: _gap(today, y, month, day, span))
    if tense == "past" and first > here:
        return today.year - 1
    # A day just gone stays in this year: a wire story filed the day after (`to return him by Jan. 14`).
    if tense == "future" and last < here and not (day and _days_before(today, month, day) <= 3):
        return today.year + 1
    return today.year


def _days_before(today: dt.date, month: int, day: int) -> int:
    try:
        return (today - dt.date(today.year, month, day)).days
    except ValueError:
        return 366


def _gap(today: dt.date, year: int, month: int, day: int | None, span: int) -> int:
    """Days between the reference and a day (or a run of `span` months) in `year`, those ahead counted twice."""
    try:
        start = dt.date(year, month, day or 1)
    except ValueError:  # `Feb. 29` in a year without one
        start = dt.date(year, month, 28)
    end = start if day else dt.date(year, month, 1) + relativedelta(months=span, days=-1)
    if start <= today <= end:
        return 0
    # What a text names without a clause to place it is more often behind the reference than ahead.
    return (start - today).days * 2 if start > today else (today - end).days


def _weekday(weekday: int, relation: str | None, today: dt.date, tense: Tense | None) -> dt.date:
    monday = today - dt.timedelta(days=today.weekday())
    if relation in ("next", "following"):
        return monday + dt.timedelta(days=7 + weekday)
    if relation == "previous":
        return monday + dt.timedelta(days=weekday - 7)  # `previous Wednesday`: that day of the week before
    if relation == "this":
        return monday + dt.timedelta(days=weekday)
    ahead = (weekday - today.weekday()) % 7 or 7
    behind = (today.weekday() - weekday) % 7 or 7
    if relation in ("last", "past", "this past"):
        # The latest such day before the reference (TIDES, HeidelTime, Duckling): `last Tuesday` said on a
        # Thursday is two days back, not the Tuesday of the week before.
        return today - dt.timedelta(days=behind)
    if relation in ("coming", "upcoming", "this coming", "this upcoming"):
        return today + dt.timedelta(days=ahead)
    if relation == "after next":
        return today + dt.timedelta(days=ahead + 7)
    if weekday == today.weekday() and relation is None:
        # A wire story dated Thursday that says `said on Thursday` or `will travel on Thursday` means that very day.
        return today
    if tense == "past" or (tense == "near" and behind <= ahead):
        return today - dt.timedelta(days=behind)
    return today + dt.timedelta(days=ahead)


def _counted_weekday(weekday: int, n: int, today: dt.date) -> str:
    """The nth `weekday` strictly after today (n > 0) or before it (n < 0)."""
    if n > 0:
        first = today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
        return (first + dt.timedelta(weeks=n - 1)).isoformat()
    first = today - dt.timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return (first - dt.timedelta(weeks=-n - 1)).isoformat()


def _weekday_on_day(weekday: int, day: int, today: dt.date, tense: Tense | None) -> str | None:
    """`Friday the 13th`, `Tue 13th`: the month where that day falls on that weekday, the way the clause
    points as for a bare weekday (the last one for the past, the nearest for `near`, else the next). Any
    such pair comes round within two years (the 31st, which some months lack, takes longest)."""
    first = dt.date(today.year, today.month, 1)
    found = []
    for months in range(-24, 25):
        try:
            candidate = (first + relativedelta(months=months)).replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    behind = [c for c in found if c <= today]
    ahead = [c for c in found if c >= today]
    if tense == "past" and behind:
        return behind[-1].isoformat()
    if tense == "near" and found:
        return min(found, key=lambda c: abs((c - today).days)).isoformat()
    return ahead[0].isoformat() if ahead else None


def _holiday(p: Partial, today: dt.date, tense: Tense | None) -> str | None:
    year = p.year
    if year is None and p.shift is not None and p.shift[0] == "Y":
        year = today.year + p.shift[1]
    if year is not None:
        day = holiday_date(p.holiday or "", year)
        return _holiday_value(p, day) if day else None
    this_year = holiday_date(p.holiday or "", today.year)
    if this_year is None:
        return None
    if "holiday_week" in p.kinds and p.relation is None and this_year.isocalendar()[:2] == today.isocalendar()[:2]:
        return _holiday_value(p, this_year)  # `as Easter week began`, said in that week: this one
    if p.relation in ("next", "following", "coming", "upcoming") or (p.relation is None and tense in ("future", None)):
        # With no verb to go by (`Christmas?`, a heading), the next one is meant: today's, if it is today.
        ahead = this_year > today or (this_year == today and p.relation is None)
        pick = this_year if ahead else holiday_date(p.holiday or "", today.year + 1)
    elif p.relation in ("last", "previous", "past") or (p.relation is None and tense == "past"):
        pick = this_year if this_year < today else holiday_date(p.holiday or "", today.year - 1)
    else:
        pick = this_year
    return _holiday_value(p, pick) if pick else None


def _holiday_value(p: Partial, day: dt.date) -> str:
    """The holiday's day, or its ISO week when the text names the week (`Easter week` -> `2000-W16`)."""
    if "holiday_week" not in p.kinds:
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shifted(p: Partial, today: dt.date, tense: Tense | None) -> str | None:
    unit, n = p.shift or ("D", 0)
    if tense == "past" and n == 0 and (("definite" in p.kinds and unit == "Q")
                                       or (unit == "WE" and today.weekday() < 5)):
        n -= 1  # `sales rose in the quarter`, `met over the weekend`, `met this weekend`: the one just gone
    if "coming" in p.kinds and today.month <= 6:
        n = 0  # `the coming year`, said in January, is mostly this one
    if unit == "D":
        return (today + dt.timedelta(days=n)).isoformat()
    if unit in ("W", "WE") and n == 0 and p.day is not None and p.weekday is None:
        # `the week of March 18`, `the week of the 18th`: the week that holds that day
        month = p.month or today.month
        year = p.year if p.year is not None else _infer_year(today, tense, month, p.day, 1)
        try:
            iso = dt.date(year, month, p.day).isocalendar()
        except ValueError:
            return None
        return f"{iso[0]}-W{iso[1]:02d}"
    if unit in ("W", "WE"):
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=n)
        if p.weekday is not None:
            return (monday + dt.timedelta(days=p.weekday)).isoformat()
        iso = monday.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        first = dt.date(today.year, today.month, 1) + relativedelta(months=n)
        return _in_month(p, first.year, first.month)
    if unit == "Q":
        index = (today.year * 4 + (today.month - 1) // 3) + n
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "DE":
        return str(today.year // 10 + n)
    if unit == "CE":
        return f"{today.year // 100 + n:02d}"
    if unit == "Y":
        year = today.year + n
        if p.month is not None:
            return _in_month(p, year, p.month)
        if p.quarter is not None:
            return f"{year}-Q{p.quarter}"
        if p.half is not None:
            return f"{year}-H{p.half}"
        if p.season is not None:
            return f"{year}-{p.season}"
        if p.week is not None:
            return f"{year}-W{p.week:02d}"
        if p.nth is not None:
            return _nth_of_year(p.nth, year)
        return str(year)
    return None


def duration(amounts: dict[str, float], vague: bool) -> str:
    """ISO 8601 / TIMEX3 duration: `P2M`, `PT48H`, `P2Y3M`, `PT1H30M`; `PXY` when the count is unknown."""
    if vague or any(v < 0 for v in amounts.values()):
        unit = next(iter(amounts))
        letter, _ = (_EXACT_UNITS | _DATE_UNITS).get(unit, (unit, 1))
        return f"PTX{letter}" if unit in _EXACT_UNITS else f"PX{letter}"
    whole: dict[str, float] = {}
    for unit, value in amounts.items():
        _add_whole(whole, unit, value)
    whole = _in_smallest_unit(whole)
    date_part = "".join(_fmt(whole[u], _DATE_UNITS[u][0]) for u in ("Y", "M", "W", "D", "WE") if u in whole)
    time_part = "".join(_fmt(whole[u], _EXACT_UNITS[u][0]) for u in ("H", "MIN", "S") if u in whole)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _add_whole(whole: dict[str, float], unit: str, value: float) -> None:
    """Add `value` units, written as whole numbers where a smaller unit allows it (1.5 hours = 1 hour 30 minutes)."""
    if unit in ("Q", "FN", "DE", "CE"):
        letter, factor = _DATE_UNITS[unit]
        unit, value = letter, value * factor
    integral = int(value)
    if value != integral and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        if integral:
            whole[unit] = whole.get(unit, 0) + integral
        _add_whole(whole, smaller, round((value - integral) * factor, 6))
        return
    whole[unit] = whole.get(unit, 0) + value


# Unit sizes for summing mixed units: a year is 12 months or 365 days, a month 30 days.
_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "MIN": 60, "S": 1}


def _in_smallest_unit(whole: dict[str, float]) -> dict[str, float]:
    """`2 years and 3 months` is P27M, `1 hour 15 seconds` PT3615S: one count in the finest unit written."""
    if len(whole) < 2 or not set(whole) <= set(_SECONDS):
        return whole
    smallest = max(whole, key=_UNIT_ORDER.index)
    if smallest == "M":
        return {"M": sum(value * (12 if unit == "Y" else 1) for unit, value in whole.items())}
    total = sum(value * _SECONDS[unit] for unit, value in whole.items()) / _SECONDS[smallest]
    return {smallest: round(total, 6)}


def _fmt(value: float, letter: str) -> str:
    return f"{int(value) if value == int(value) else value}{letter}"


def _finest_letter(unit: str) -> str:
    """The unit's place in `_UNIT_ORDER`: quarters count as months, weekends as weeks."""
    if unit in _UNIT_ORDER:
        return unit
    letter = _DATE_UNITS[unit][0]
    return "W" if letter == "WE" else letter


def moved(p: Partial, base: dt.datetime, base_grain_day: bool) -> tuple[str, str] | None:
    """`three days ago`, `in two months`, `2 weeks after Easter`: the point `p.duration` away from `base`.

    The value keeps the duration's own granularity (`two years ago` is a year,
    `three hours ago` a time) unless it is counted from a day (`after Easter`).
    """
    sign = p.direction or 1
    amounts = p.duration or {}
    if p.vague or any(v < 0 for v in amounts.values()):
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    delta = relativedelta()
    seconds = 0.0
    for unit, value in amounts.items():
        if unit in ("H", "MIN", "S"):
            seconds += value * {"H": 3600, "MIN": 60, "S": 1}[unit]
            continue
        letter, factor = _DATE_UNITS[unit]
        count = value * factor
        if letter == "Y":
            delta += relativedelta(years=int(count), months=round((count - int(count)) * 12))
        elif letter == "M":
            delta += relativedelta(months=int(count), days=round((count - int(count)) * 30))
        elif letter in ("W", "WE"):
            delta += relativedelta(days=round(count * 7))
        else:
            delta += relativedelta(days=int(count), hours=round((count - int(count)) * 24))
    try:
        target = base + delta * sign + dt.timedelta(seconds=seconds * sign)
    except (ValueError, OverflowError):
        return None  # `53 centuries ago`: before the calendar Python keeps
    if seconds or delta.hours:
        stamp = target.strftime("%Y-%m-%dT%H:%M")
        return ("TIME", stamp + (target.strftime(":%S") if "S" in amounts else ""))
    finest = max((_UNIT_ORDER.index(_finest_letter(u)) for u in amounts), default=3)
    if base_grain_day or finest >= _UNIT_ORDER.index("W"):
        return ("DATE", target.date().isoformat())
    if finest == _UNIT_ORDER.index("M"):
        return ("DATE", target.strftime("%Y-%m"))
    whole = all(value == int(value) for value in amounts.values())  # `half a century ago` is a year
    if set(amounts) == {"CE"} and whole:
        return ("DATE", f"{target.year // 100:02d}")  # `two centuries ago`: a century
    if set(amounts) == {"DE"} and whole:
        return ("DATE", str(target.year // 10))  # `three decades ago`: a decade
    return ("DATE", str(target.year))
