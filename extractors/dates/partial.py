"""What one piece of a temporal expression says, and how adjacent pieces combine.

A piece (`Partial`) holds only the calendar fields its words fix: `Tuesday`
fixes a weekday, `the 19th` a day, `at 5pm` an hour. Adjacent pieces merge when
they fix different fields (`Tuesday the 19th at 5pm`); two pieces that fix the
same field are two expressions (`Aug 8 - Aug 12`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

# Fields that locate a point or period in the calendar; merging two pieces that
# both set one of them fails.
POINT_FIELDS = (
    "year", "month", "day", "weekday", "hour", "minute", "second", "pod", "decade", "century",
    "quarter", "half", "season", "week", "shift", "holiday", "reference", "fiscal", "nth",
)


@dataclass
class Partial:
    """Calendar fields fixed by some words; None where the words say nothing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" / "pm" as written beside a time
    pod: str | None = None  # part of day: MO, AF, EV, NI, MI, NT
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the 20th century (TIMEX3 writes the hundreds)
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    week: int | None = None  # ISO week number
    fiscal: bool = False
    # Unit and count of a move from the reference: ("D", 1) tomorrow, ("W", -1) last week.
    shift: tuple[str, int] | None = None
    # The far end of a window of units (`next 3 weeks` runs from shift +1 to window_end +3).
    window_end: tuple[str, int] | None = None
    # How a weekday or holiday is picked relative to the reference: next/last/this/coming/past.
    relation: str | None = None
    holiday: str | None = None
    reference: str | None = None  # PRESENT_REF, PAST_REF, FUTURE_REF: `now`, `recently`, `soon`
    # Nth item of a larger period: ("weekday", 1) "first Monday of", ("day", -1) "last day of".
    nth: tuple[str, int] | None = None
    # A bare number whose role (day, hour) depends on its neighbours.
    number: int | None = None
    # A length of time: unit letter -> amount.
    duration: dict[str, float] | None = None
    vague: bool = False  # "a few days", "several years": the count is unknown
    # Sign of a move by `duration` from the anchor ("ago" -1, "from now"/"later" +1).
    direction: int | None = None
    set_value: str | None = None  # a recurrence already normalised (P1W, XXXX-WXX-5)
    mod: str | None = None  # START / MID / END (early, mid, late) as TIMEX3 `mod`
    timezone: str | None = None
    weak: bool = False  # a bare year or month word: needs a temporal cue to count
    kinds: set[str] = field(default_factory=set)

    def fixes(self) -> set[str]:
        """Names of the point fields this piece sets."""
        return {f for f in POINT_FIELDS if getattr(self, f) is not None and getattr(self, f) is not False}

    def only_number(self) -> bool:
        return self.number is not None and not self.fixes() and self.duration is None


def merge(left: Partial, right: Partial) -> Partial | None:
    """The combination of two adjacent pieces, or None when they cannot be one expression."""
    left, right = _place_number(left, right), _place_number(right, left)
    if left.number is not None or right.number is not None:
        return None
    if left.duration is not None or right.duration is not None:
        return None
    if left.set_value or right.set_value:
        return None
    if left.reference or right.reference:
        return None  # `tonight, now, in 1965`: `now` stands alone
    if (left.shift is not None and right.year is not None) or (right.shift is not None and left.year is not None):
        return None  # `last year in the October 1998 shooting`: a year of its own is another expression
    if _time_on_period(left, right) or _time_on_period(right, left):
        return None
    if left.fixes() & right.fixes():
        if not _refines(left, right):
            return None
        right = replace(right, shift=None) if right.shift and left.shift else right
    merged = Partial()
    for f in fields(Partial):
        a, b = getattr(left, f.name), getattr(right, f.name)
        if f.name == "kinds":
            merged.kinds = a | b
        elif f.name in ("weak", "fiscal"):
            setattr(merged, f.name, False if f.name == "weak" else a or b)
        else:
            setattr(merged, f.name, b if a is None or a is False else a)
    if merged.pod and merged.hour is None and left.pod and right.pod and left.pod != right.pod:
        return None
    return merged


def _time_on_period(time: Partial, other: Partial) -> bool:
    """A clock time or part of day beside a week, month or year (`this week 8am`, `week 10 8pm`, `next year in
    the morning`) is two expressions, not one: the time of which day is left open."""
    if (time.hour is None and time.pod is None) or other.hour is not None or other.pod is not None:
        return False
    on_a_day = any(f is not None for f in (time.day, time.weekday, time.shift, time.holiday, time.nth))
    if time.hour is None and on_a_day:
        return False  # `Wednesday evening next week`: the part of a day already named
    if other.shift is not None and other.shift[0] != "D" and other.weekday is None:
        return True
    if on_a_day:
        return False  # `1:30 PM on Sat, Sep 21`, `Earth Hour 2016`: the year refines a day the time already has
    return other.day is None and other.weekday is None and other.shift is None and other.holiday is None \
        and (other.month is not None or other.year is not None or other.week is not None)


def _refines(left: Partial, right: Partial) -> bool:
    """`tomorrow afternoon`-style overlaps: a day shift and a part of day share nothing but `shift`."""
    shared = left.fixes() & right.fixes()
    return shared == {"shift"} and left.shift == right.shift


def _place_number(piece: Partial, other: Partial) -> Partial:
    """Give a bare number its role from the neighbouring piece: a day beside a month, an hour beside a part of day."""
    if piece.number is None or piece.fixes():
        return piece
    n = piece.number
    month_known = other.month is not None or (other.shift is not None and other.shift[0] == "M")
    # `Monday 21` is a day; `one Tuesday` is not (a number word beside a weekday counts or picks one).
    by_weekday = other.weekday is not None and "word" not in piece.kinds
    if (month_known or by_weekday) and other.day is None and 1 <= n <= 31:
        return replace(piece, number=None, day=n, kinds=piece.kinds | {"day"})
    if other.pod is not None and other.hour is None and not other.weak and 0 <= n <= 12:
        return replace(piece, number=None, hour=n, kinds=piece.kinds | {"time"})
    return piece
