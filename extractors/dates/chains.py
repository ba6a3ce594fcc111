"""Join rule pieces into whole temporal expressions: sequences, ranges and moves by a duration.

`Tuesday`, `the 19th` and `at 5pm` side by side are one expression; `from 2020`
and `to 2022` are the two ends of one range; `three days` before `ago` is a
point three days back. Which words may sit between pieces is fixed here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from ..engine.line_breaks import hard_wrap
from .grammar import Piece
from .lexicon import MONTH_RE
from .partial import Partial, merge
from .resolve import clock_value, duration

# What may separate two pieces of one expression: punctuation and a few
# function words, on one line.
_JOIN_GAP = re.compile(r"[ \t,/()@-]*(?:(?:of|the|on|at|in|around|about|'s|’s)\b[ \t,/()@-]*)*", re.I)
# Between a bare number and its neighbour: no comma ("In March, 3 people died").
_NUMBER_GAP = re.compile(r"[ \t/-]*(?:(?:of|the)\b[ \t/-]*)*", re.I)
_RANGE_GAP = re.compile(r"\s*(?P<word>-|–|—|~|to|through|thru|till|until|untill|and|or)\s*(?:the\s+)?", re.I)
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
# `a year before` ending its phrase counts back from the story, as `a year earlier` does (`a year before the
# merger` is a length anchored to the merger, which `_ANCHORED` reads).
_BACKWARD = re.compile(r"\s+(?:ago|back|(?P<narrative>earlier|before\s+that|before(?=\s*(?:[.,;:!?)]|$)))|"
                       r"before\s+now|prior)\b", re.I)
_FORWARD = re.compile(r"\s+(?:(?P<narrative>later|afterwards?|after\s+that)|hence|(?P<today>from\s+today)|"
                      r"from\s+(?:right\s+)?now)\b", re.I)
_ANCHORED = re.compile(r"\s+(?P<word>before|after|from|since|prior\s+to)\s+", re.I)
# Units from the smallest up: a sum of lengths names the larger unit first (`2 years 3 months`).
_UNIT_SIZE = ("S", "MIN", "H", "D", "WE", "W", "FN", "M", "Q", "Y", "DE", "CE")
_DURATION_GAP = re.compile(r"\s*(?:,|and|,\s*and)?\s*", re.I)


@dataclass
class Chain:
    """One candidate expression: its extent and what it says."""

    start: int
    end: int
    partial: Partial
    weak: bool  # made only of pieces that need a temporal cue
    # Filled for ranges: the far end; for moves by a duration: the point moved from.
    until: Partial | None = None
    anchor: Partial | None = None
    # Filled for a stretch given by its start and length (`two weeks starting May 20`).
    length: dict[str, float] | None = None


def select(candidates: Iterable[Piece], order: dict[str, int]) -> list[Piece]:
    """Non-overlapping pieces: the longest match wins, then the rule listed first."""
    chosen: list[Piece] = []
    taken: list[tuple[int, int]] = []
    for piece in sorted(candidates, key=lambda p: (p.start - p.end, order[p.rule], p.start)):
        if all(piece.end <= a or piece.start >= b for a, b in taken):
            chosen.append(piece)
            taken.append((piece.start, piece.end))
    return sorted(chosen, key=lambda p: p.start)


def join(text: str, pieces: list[Piece]) -> list[Chain]:
    """Adjacent pieces that fix different fields, joined left to right.

    A second pass joins whole chains, once bare numbers have found their role:
    `Thu, 25 Dec 2025` is `Thu` then `25 Dec 2025`.
    """
    chains: list[Chain] = []
    for piece in pieces:
        if chains:
            last = chains[-1]
            gap = _gap(text, last.end, piece.start)
            merged = _range_end_year(text, last, piece)
            if merged is None:
                merged = None if _number_before_range(text, last, piece) or _own_year_follows(text, last, piece) \
                    or _sentence_ends(text, last) else _join_two(last.partial, piece.partial, gap)
            if merged is not None:
                chains[-1] = Chain(last.start, piece.end, merged, last.weak and piece.partial.weak)
                continue
        chains.append(Chain(piece.start, piece.end, piece.partial, piece.partial.weak))
    joined: list[Chain] = []
    for chain in chains:
        last = joined[-1] if joined else None
        merged = None if last is None or _number_before_range(text, last, chain) or _sentence_ends(text, last) else \
            _join_two(last.partial, chain.partial, _gap(text, last.end, chain.start))
        if last is not None and merged is not None:
            joined[-1] = Chain(last.start, chain.end, merged, last.weak and chain.weak)
        else:
            joined.append(chain)
    return joined


def _gap(text: str, start: int, end: int) -> str:
    """The text between two pieces, a hard wrap of prose read as the space it stands for (`on March\n3, 2024`);
    a blank line, or a break after a heading or a table row, still parts them."""
    gap = text[start:end]
    if gap.count("\n") == 1 and hard_wrap(text, start + gap.index("\n")):
        return gap.replace("\n", " ")
    return gap


# Month names written out: a dot after one is no abbreviation's but the end of a sentence.
_FULL_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)


def _sentence_ends(text: str, last: Chain) -> bool:
    """`The fiscal year ends in June. Fiscal 1990 profit rose`: the dot after a month written out closes its
    sentence, so the next sentence's year is not that month's (`Jan. 1990` still joins)."""
    words = text[last.start : last.end].split()
    return bool(words) and words[-1].endswith(".") and words[-1][:-1].lower() in _FULL_MONTHS


_RANGE_AHEAD = re.compile(r"\s*(?:-|–|to)\s*\d")
_YEAR_AHEAD = re.compile(r",?\s*(?:1[5-9]|2\d)\d\d\b")


def _own_year_follows(text: str, last: Chain, piece: Piece) -> bool:
    """`last year in the October 1998 shooting`: a month with its own year after it is not last year's."""
    return last.partial.shift is not None and piece.partial.month is not None and piece.partial.year is None \
        and bool(_YEAR_AHEAD.match(text, piece.end))


# `March 3-5, 1998`, `June 5 to 8, 2019`, `March 3 and 5, 1998`: a month's day and a second day before the year
_FIRST_DAY_BEHIND = re.compile(rf"(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|through|and|or|&)\s*$", re.I)
_COMMA_YEAR = re.compile(r",[ \t]*")


def _range_end_year(text: str, last: Chain, piece: Piece) -> Partial | None:
    """The second day of `March 3-5, 1998`: the year after the comma is both days' (a number before a comma
    otherwise keeps apart from what follows: `In March, 3 people`)."""
    p, year = last.partial, piece.partial
    if not p.only_number() or not 1 <= (p.number or 0) <= 31 or year.year is None or year.fixes() != {"year"} \
            or not _COMMA_YEAR.fullmatch(text, last.end, piece.start) \
            or not _FIRST_DAY_BEHIND.search(text, max(0, last.start - 24), last.start):
        return None
    return replace(p, number=None, day=p.number, year=year.year, kinds=p.kinds | {"day", "year_after"})


_RANGE_BEHIND = re.compile(r"(?:[-–~]|\bto|\buntil|\btill|\bthrough)\s*$", re.I)


def _number_before_range(text: str, last: Chain, piece: Piece | Chain) -> bool:
    """`Monday 6-8`: a number that opens a range of hours is not the day of the weekday before it, nor of the
    one after it (`9-5pm on Saturday`, `10-11am Monday`); `9am-5pm daily`: a recurrence after a range is not the
    time of its far end."""
    if piece.partial.set_value is not None and _RANGE_BEHIND.search(text, max(0, last.start - 12), last.start):
        return True
    if last.partial.only_number() and piece.partial.hour is not None \
            and _RANGE_BEHIND.search(text, last.end, piece.start):
        return True  # `9-5pm on Saturday`: the number opens a range of hours, it is no day of that Saturday
    return piece.partial.only_number() and last.partial.month is None \
        and bool(_RANGE_AHEAD.match(text, piece.end))


# A bound between a day and a time of that day.
_BOUND_GAP = re.compile(r"[ \t,]+(?:before|after|by|until|till|(?:no|not)\s+later\s+than)[ \t]+", re.I)


def _is_clock(p: Partial) -> bool:
    """A time of day alone (`4pm`, `2 in the afternoon`), with no day of its own."""
    return p.hour is not None and p.day is None and p.month is None and p.weekday is None and p.shift is None \
        and p.holiday is None and p.duration is None


def _size(unit: str) -> int:
    return _UNIT_SIZE.index(unit) if unit in _UNIT_SIZE else 0


def _word_ordinal(p: Partial) -> bool:
    return p.kinds == {"day", "ordword"}


def _join_two(left: Partial, right: Partial, gap: str) -> Partial | None:
    if "\n" in gap:
        return None
    definite = "definite" in left.kinds or "definite" in right.kinds
    if definite and (left.duration is not None or right.duration is not None):
        return None  # `the last 3 months` and `2 days ago` are two expressions
    if left.duration is not None and right.duration is not None and not left.vague and not right.vague:
        if not _DURATION_GAP.fullmatch(gap) or set(left.duration) & set(right.duration):
            return None
        if max(map(_size, right.duration), default=0) > min(map(_size, left.duration), default=0):
            # `24 hours a day`, `7 days a week`: a rate, not a sum (sums run from the larger unit down); one
            # set, every day or week
            if set(right.duration.values()) != {1}:
                return None
            return Partial(set_value=duration(right.duration, False), kinds={"set"})
        return replace(left, duration={**left.duration, **right.duration})
    if "offset" in left.kinds and _is_point(right) and right.hour is None:
        return None  # `the day before Christmas`: a move from Christmas, which `_relate` makes
    if _BOUND_GAP.fullmatch(gap) and _is_day(left) and _is_clock(right):
        return merge(left, right)  # `today before 4pm`, `Feb 1st no later than 6:00`: the time on that day
    if not _JOIN_GAP.fullmatch(gap):
        return None
    if _dangling_mod(right) or ("," in gap and not _completes(left, right)):
        return None  # `the 1990s, last week`; `this weekend, in early 2026`: `early` is 2026's
    if _is_day(left) and _HOUR_GAP.fullmatch(gap) and (hour := _h_hour(right)) is not None:
        return merge(left, hour)  # `Fri, Jul 18, 2014 19h`: beside a day, `19h` is the hour written the French way
    if _day_in_period(left, right) or _day_in_period(right, left) or _finer_move_after_month(left, right):
        return None
    if (left.only_number() or right.only_number() or _word_ordinal(left) or _word_ordinal(right)) \
            and not _NUMBER_GAP.fullmatch(gap):
        return None  # `In March, 3 people`; `the first, on January 25`
    timed = _timed_set(left, right) or _timed_set(right, left)
    return timed if timed is not None else merge(left, right)


def _dangling_mod(p: Partial) -> bool:
    """`early`, `late`, `mid` alone: a modifier of what follows it, never of what it follows."""
    return p.kinds == {"mod"} and not p.fixes()


def _completes(left: Partial, right: Partial) -> bool:
    """Across a comma only a piece that completes the one before joins it: a weekday and its date (`Friday,
    July 18`, `July 18, 2014, Friday`), a day and its year (`July 18, 2014`, `December, 2025`), a day and its
    clock time (`Dec. 25, 10 a.m.`, `3 p.m., Friday`), a day told again (`Nov. 3, the day before`); two
    anchors each whole are two dates (`in the 1990s, last week`)."""
    if _is_clock(left) or _is_clock(right):
        day = right if _is_clock(left) else left
        return _is_day(day) or day.month is not None
    if right.fixes() == {"year"}:
        return left.month is not None and left.year is None and left.shift is None
    if right.shift is not None and right.shift[0] == "D" and "narrative" in right.kinds:
        return left.day is not None  # `last seen Nov. 3, the day before the warrant`: that day told again
    if left.weekday is not None and left.month is None and left.shift is None:
        return right.day is not None and right.weekday is None and right.shift is None
    if right.weekday is not None and right.month is None and right.shift is None and right.day is None:
        return left.day is not None and left.weekday is None and left.shift is None
    return False


_HOUR_GAP = re.compile(r"[ \t]+(?:(?:at|@)[ \t]+)?", re.I)  # not after a comma: `on Monday, 3h of rain`


def _h_hour(p: Partial) -> Partial | None:
    """`19h` as a clock hour (19:00): a whole number of hours written `Nh`, read so only beside a day."""
    if "compact" not in p.kinds or p.duration is None or set(p.duration) != {"H"}:
        return None
    hours = p.duration["H"]
    if hours != int(hours) or not 0 <= hours <= 23:
        return None
    return Partial(hour=int(hours), minute=0, kinds={"time"})


def _day_in_period(period: Partial, day: Partial) -> bool:
    """A quarter, half or season beside a day (`results for the third quarter on Tuesday`): the day is when
    something happens, the period what it is about; two expressions, not a quarter narrowed to a day."""
    return (period.quarter is not None or period.half is not None or period.season is not None) \
        and period.month is None and (day.weekday is not None or day.day is not None)


def _finer_move_after_month(month: Partial, move: Partial) -> bool:
    """`report July-September results next week`, `September sales next week`: a month and a move by a week or
    a day are two expressions, what is reported and when; so are a day of a month and a move by a week (`the
    quarter ended Sept. 30, next week`), but a move by a day after a day is that day told again (`last seen
    Nov. 3, the day before the warrant`); a move by years picks the month's year (`March next year`), and a
    weekday joins its week (`Monday next week`)."""
    units = ("W", "D") if month.day is None else ("W",)
    return month.month is not None and month.weekday is None \
        and move.shift is not None and move.shift[0] in units and move.month is None


def _timed_set(recurring: Partial, when: Partial) -> Partial | None:
    """`Tuesdays at 9am`, `3pm each day`, `Friday mornings`: a recurrence at one time of day."""
    base = recurring.set_value
    if base is None:
        return None
    if _is_clock(when) or (when.pod is not None and when.shift is None and when.set_value is None
                           and when.weekday is None and when.day is None):
        clock = clock_value(when)
        if base.startswith("XXXX-WXX-") and base[-1].isdigit():
            return Partial(set_value=f"{base}T{clock}", kinds=recurring.kinds | when.kinds)
        if base == "P1D":
            return Partial(set_value=f"T{clock}", kinds=recurring.kinds | when.kinds)
        if re.fullmatch(r"T[A-Z]{2}", base) and when.hour is not None:
            # `every evening at 7:13`: the clock time, read in that part of the day
            in_part = clock_value(replace(when, pod=when.pod or base[1:]))
            return Partial(set_value=f"T{in_part}", kinds=recurring.kinds | when.kinds)
        return None
    if re.fullmatch(r"T[A-Z]{2}", base) and when.weekday is not None and when.relation is None \
            and when.fixes() == {"weekday"}:
        return Partial(set_value=f"XXXX-WXX-{when.weekday + 1}{base}", kinds=recurring.kinds | when.kinds)
    return None


def relate(text: str, chains: list[Chain]) -> list[Chain]:
    """Ranges (`from 2020 to 2022`) and moves by a duration (`two days ago`, `3 days after Easter`)."""
    return _date_time_ranges(text, _hour_ranges(text, _timed_moves(text, _relate(text, _periods_ended(text, chains)))))


_ENDED = re.compile(r"(?:\s*,\s*|\s+)(?:that\s+|which\s+)?(?:(?:ended|ending|ends)(?:\s+in)?|closed|through|to)\s+",
                    re.I)


def _periods_ended(text: str, chains: list[Chain]) -> list[Chain]:
    """`the quarter ended Sept. 30`, `the week ending Oct. 20`, `the month ended June 30`, `the week ended
    Friday`, the wires' `the week to Friday`, `the quarter to June`: the unit that holds the day or month, not the
    current one; the day stays a date of its own, as TimeBank marks the two. A year that ends in another month than
    December is a fiscal year, named by the year it ends in (`the year to March 31, 2024`: FY2024)."""
    out = list(chains)
    for n, (unit, day) in enumerate(pairwise(chains)):
        p, d = unit.partial, day.partial
        if p.shift is None or p.shift[1] != 0 or "definite" not in p.kinds \
                or not _ENDED.fullmatch(text[unit.end : day.start]):
            continue
        if p.shift[0] == "W" and d.fixes() == {"weekday"} and d.relation is None:
            # `the week ended Friday`: the week of that Friday, which the tense places (`extract`)
            out[n] = replace(unit, partial=replace(p, kinds=p.kinds | {"ended", "ended_by_day"}))
            continue
        if d.month is None or (d.day is None and p.shift[0] == "W") or d.weekday is not None:
            continue
        # a day of no year (`the quarter ended Dec. 31`): the unit takes the year the day resolves to (`extract`)
        # `ended`: the unit and its day stay two dates, even across `through`, which elsewhere makes a range
        kinds = p.kinds | {"ended"} | ({"ended_by_day"} if d.year is None else set())
        if p.shift[0] == "Y":
            # no year written: this year for now, the year the day or month resolves to once read (`extract`)
            held = Partial(year=d.year, shift=p.shift if d.year is None else None, fiscal=p.fiscal or d.month != 12,
                           weak=p.weak, kinds=kinds | {"year"})
        elif p.shift[0] == "Q":
            held = Partial(quarter=(d.month - 1) // 3 + 1, year=d.year, weak=p.weak, kinds=kinds | {"quarter"})
        elif p.shift[0] == "M":
            held = Partial(month=d.month, year=d.year, weak=p.weak, kinds=kinds | {"month"})
        elif p.shift[0] == "W":
            held = replace(p, month=d.month, day=d.day, year=d.year, kinds=kinds)  # the ISO week of that day
        else:
            continue
        out[n] = replace(unit, partial=held)
    return out


_DAY_BESIDE_RANGE = re.compile(r"[ \t,]*(?:(?:on|at|from|(?:in\s+)?between)\b[ \t]*)?", re.I)


def _date_time_ranges(text: str, chains: list[Chain]) -> list[Chain]:
    """`Thursday from 9:30 to 11:00`, `9h30 - 11h00 on Thursday`: a range of times set on one day."""
    out: list[Chain] = []
    for chain in chains:
        last = out[-1] if out else None
        if last is not None and _DAY_BESIDE_RANGE.fullmatch(text[last.end : chain.start]) and "\n" not in \
                text[last.end : chain.start]:
            day, times = (last, chain) if chain.until is not None else (chain, last)
            if times.until is not None and day.until is None and (_is_day(day.partial) or _has_pod(day.partial)) \
                    and times.partial.hour is not None and times.until.hour is not None:
                start, until = merge(day.partial, times.partial), merge(day.partial, times.until)
                if start is not None and until is not None:
                    out[-1] = Chain(last.start, chain.end, start, False, until=until)
                    continue
        out.append(chain)
    return out


_AT_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:at|@)[ \t]*)?")
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)


_ON_GAP = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?")


def _timed_moves(text: str, chains: list[Chain]) -> list[Chain]:
    """`in 7 days at 5pm`, `two days ago at noon`: a day reached by a move, at a time of that day;
    `in 3 days on Friday`, `Saturday 3 days from now`: the weekday of the week the move reaches."""
    out: list[Chain] = []
    for chain in chains:
        last = out[-1] if out else None
        gap = text[last.end : chain.start] if last is not None else ""
        if last is not None and _is_move(text, last) and _is_clock(chain.partial) and not chain.partial.weak \
                and chain.until is None and _AT_GAP.fullmatch(gap):
            c = chain.partial
            timed = replace(last.partial, hour=c.hour, minute=c.minute, second=c.second, ampm=c.ampm, pod=c.pod,
                            timezone=c.timezone)
            out[-1] = replace(last, end=chain.end, partial=timed)
            continue
        if last is not None and _is_move(text, last) and _bare_weekday(chain.partial) and _ON_GAP.fullmatch(gap):
            out[-1] = replace(last, end=chain.end, partial=replace(last.partial, weekday=chain.partial.weekday))
            continue
        if last is not None and _bare_weekday(last.partial) and _is_move(text, chain) and gap in (" ", ", "):
            out[-1] = replace(chain, start=last.start, partial=replace(chain.partial, weekday=last.partial.weekday))
            continue
        out.append(chain)
    return out


def _bare_weekday(p: Partial) -> bool:
    return p.fixes() == {"weekday"} and p.relation is None and not p.weak


def _is_move(text: str, chain: Chain) -> bool:
    """A length that moves to a point (`two days ago`, `3 days after Easter`, `in 7 days`), with no time yet."""
    p = chain.partial
    if p.duration is None or p.vague or p.hour is not None or p.weekday is not None or "definite" in p.kinds \
            or set(p.duration) & {"H", "MIN", "S"}:
        return False
    if chain.anchor is not None:
        return chain.anchor.hour is None
    return p.direction is not None or bool(_IN_BEFORE.search(text, max(0, chain.start - 4), chain.start))


def _hour_ranges(text: str, chains: list[Chain]) -> list[Chain]:
    """`between 3 and 5 on 1/1/2015`, `next Monday morning 6-8`: two bare numbers as a range of hours, where a
    day or part of the day beside them says they are times and `between`/`from` (or that part of the day)
    that they are one range; `Between 3 and 5 people died` and `on Monday 6-4` (a score) stay numbers."""
    out: list[Chain] = []
    i = 0
    while i < len(chains):
        pair = chains[i : i + 2]
        if len(pair) == 2 and all(_hour_number(c.partial) for c in pair) \
                and _RANGE_GAP.fullmatch(text[pair[0].end : pair[1].start]):
            opened = bool(_RANGE_OPEN.search(text[max(0, pair[0].start - 12) : pair[0].start]))
            before = out[-1] if out and _DAY_BESIDE_RANGE.fullmatch(text[out[-1].end : pair[0].start]) else None
            after = chains[i + 2] if i + 2 < len(chains) and \
                _DAY_BESIDE_RANGE.fullmatch(text[pair[1].end : chains[i + 2].start]) else None
            day = next((c for c in (before, after) if c is not None and (_is_day(c.partial) or _has_pod(c.partial))),
                       None)
            # unopened, only right after a part of the day or a day still to come, and rising: `morning 6-8`,
            # `next Monday 6-8`; not `3 to 2 this morning`, nor a score (`on Monday 6-8`, `last Monday 6-8`)
            dashed = day is before and day is not None and (_has_pod(day.partial) or _day_ahead(day.partial)) \
                and text[pair[0].end : pair[1].start].strip() in ("-", "–") \
                and (pair[0].partial.number or 0) < (pair[1].partial.number or 0)
            if day is not None and (opened or dashed) and "\n" not in text[pair[0].start : pair[1].end]:
                first, last = (Partial(hour=c.partial.number, kinds={"time"}) for c in pair)
                if last.hour is not None and first.hour is not None and last.hour < first.hour <= 12:
                    last.ampm = "pm"  # `from 9 to 5 tomorrow`: an end earlier on the clock is in the afternoon
                out.append(Chain(pair[0].start, pair[1].end, first, False, until=last))
                i += 2
                continue
        out.append(chains[i])
        i += 1
    return out


def _day_ahead(p: Partial) -> bool:
    """A day the words place ahead of now: `next Monday`, `this coming Friday`, `tomorrow`."""
    if p.weekday is not None:
        return p.relation in ("next", "coming", "this coming", "upcoming", "this upcoming")
    return p.shift is not None and p.shift[0] == "D" and p.shift[1] > 0 and "narrative" not in p.kinds


def _hour_number(p: Partial) -> bool:
    return p.only_number() and p.number is not None and 0 <= p.number <= 24


def _has_pod(p: Partial) -> bool:
    return p.pod is not None and p.hour is None and p.duration is None and p.set_value is None


def _is_day(p: Partial) -> bool:
    return p.hour is None and p.duration is None and p.set_value is None and (
        p.weekday is not None or p.day is not None or (p.shift is not None and p.shift[0] == "D"))


def _relate(text: str, chains: list[Chain]) -> list[Chain]:
    out: list[Chain] = []
    i = 0
    while i < len(chains):
        chain = chains[i]
        nxt = chains[i + 1] if i + 1 < len(chains) else None
        stretch = _stretch(text, chain, nxt) if nxt is not None else None
        if stretch is not None:
            out.append(stretch)
            i += 2
            continue
        offset = _offset(text, chain, nxt) or _counted(text, chain, nxt) if nxt is not None else None
        if offset is not None:
            out.append(offset)
            i += 2
            continue
        if chain.partial.duration is not None and chain.partial.direction is None:
            moved = _move(text, chain, nxt)
            if moved is not None:
                out.append(moved)
                i += 2 if nxt is not None and moved.end >= nxt.end else 1
                continue
        if nxt is not None and "ended" not in chain.partial.kinds and _is_point(chain.partial, True) \
                and _is_point(nxt.partial, True):
            ranged = _range(text, chain, nxt)
            if ranged is not None:
                out.append(ranged)
                i += 2
                continue
            shared = _coordinated(text, chain, nxt)
            if shared is not None:
                out.extend(shared)
                i += 2
                continue
        out.append(chain)
        i += 1
    return out


# After `June 18 and 19`: the end of the phrase, not a noun the number counts (`March 5 and 12 people`).
_CLAUSE_GOES_ON = re.compile(r"\s*(?:$|[^\w\s]|(?:in|at|on|of|to|for|from|with|when|where|and|or|but|the)\b)", re.I)
_COORDINATION_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?|\s*,\s*", re.I)


def _coordinated(text: str, first: Chain, second: Chain) -> list[Chain] | None:
    """`18 and 19 June`, `June 18 or 19`: two days of one month, each a date of its own."""
    if not _COORDINATION_GAP.fullmatch(text[first.end : second.start]):
        return None
    start, end = first.partial, second.partial
    if "year_after" in end.kinds and start.month is not None and start.day is not None and start.year is None:
        # `March 3 and 5, 1998`: the year after the second day is both days'
        both = Partial(year=end.year, month=start.month, day=end.day, kinds={"date", "coordinated"})
        return [replace(first, partial=replace(start, year=end.year)), Chain(second.start, second.end, both, False)]
    if first.partial.only_number() and second.partial.month is not None and second.partial.day is not None:
        number, dated, is_first = first, second, True
    elif second.partial.only_number() and first.partial.month is not None and first.partial.day is not None \
            and first.partial.hour is None and "," not in text[first.end : second.start] \
            and _CLAUSE_GOES_ON.match(text, second.end):
        number, dated, is_first = second, first, False
    else:
        return None
    n = number.partial.number or 0
    if not 1 <= n <= 31 or _RANGE_AHEAD.match(text, second.end):
        return None
    day = Partial(year=dated.partial.year, month=dated.partial.month, day=n, kinds={"date", "coordinated"})
    made = Chain(number.start, number.end, day, False)
    return [made, second] if is_first else [first, made]


# `two weeks starting May 20`, `1 week, from 20th dec`; not `three weeks from tomorrow`, a move.
_STARTING = re.compile(r"\s*(?:,\s*from|,?\s*(?:starting|beginning|commencing))(?:\s+(?:on|from|at|in))?\s+", re.I)
_LASTING = re.compile(r"\s+for\s+", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _stretch(text: str, first: Chain, second: Chain) -> Chain | None:
    """`two weeks starting May 20`, `the week beginning February 4`, `from 18th Dec for 10 days`: a start and a
    length, one range."""
    gap = text[first.end : second.start]
    length = _length_of(first.partial)
    if length is not None and _STARTING.fullmatch(gap) and _is_point(second.partial) and not second.partial.weak:
        return Chain(first.start, second.end, second.partial, False, length=length)
    length = _length_of(second.partial)
    # Only after `from`: `jailed on Monday for 10 days` is a day and a length, as TimeBank marks them.
    opened = _FROM_BEFORE.search(text, max(0, first.start - 8), first.start)
    if length is not None and second.partial.shift is None and _LASTING.fullmatch(gap) and opened \
            and _is_point(first.partial) and first.until is None:
        return Chain(first.start, second.end, first.partial, False, length=length)
    return None


def _length_of(p: Partial) -> dict[str, float] | None:
    """A definite length: `10 days`, `a week`, or `the week` before `beginning ...`."""
    if p.duration is not None and p.direction is None and not p.vague and all(v > 0 for v in p.duration.values()):
        return p.duration
    if "definite" in p.kinds and p.shift is not None and p.shift[1] == 0 and p.shift[0] in ("W", "M", "Y", "D"):
        return {p.shift[0]: 1}
    return None


def _move(text: str, chain: Chain, nxt: Chain | None) -> Chain | None:
    if "definite" in chain.partial.kinds:
        return None  # `the past 3 months`: a length that nothing moves
    after = text[chain.end :]
    for pattern, sign in ((_BACKWARD, -1), (_FORWARD, 1)):
        m = pattern.match(after)
        # `3 weeks later`: the word may have been read as a modifier piece of its own; `30 minutes later
        # this week`: or it belongs to the expression that follows.
        inside = nxt is not None and nxt.start <= chain.end + m.end() if m else False
        if m and (not inside or (nxt is not None and nxt.end <= chain.end + m.end())):
            # `three weeks later` counts from the story's last date; `three weeks ago` from today.
            kinds = chain.partial.kinds | ({"narrative"} if m["narrative"] else set())
            kinds |= {"from_day"} if m.groupdict().get("today") else set()  # `3 years from today`: a day
            return replace(chain, end=chain.end + m.end(),
                           partial=replace(chain.partial, direction=sign, kinds=kinds))
    m = _ANCHORED.match(after)
    if m and nxt is not None and nxt.start == chain.end + m.end() and _is_point(nxt.partial):
        sign = -1 if m["word"].lower().startswith(("before", "prior")) else 1
        moved, anchor = replace(chain.partial, direction=sign), nxt.partial
        if anchor.weekday is not None and anchor.holiday is not None:
            # `3 weeks after Christmas on Friday`: the holiday is its own day, so the weekday is the one of the week
            # the move reaches, as in `in 3 days on Friday` (`3 days after Monday, May 4` keeps the date's own)
            moved, anchor = replace(moved, weekday=anchor.weekday), replace(anchor, weekday=None)
        return Chain(chain.start, nxt.end, moved, False, anchor=anchor)
    return None


def _offset(text: str, chain: Chain, nxt: Chain) -> Chain | None:
    """`the day before Christmas`, `the day after the March 3 vote`: one day from the date that follows."""
    p = chain.partial
    if "offset" not in p.kinds or p.shift is None or not _is_point(nxt.partial) or nxt.partial.hour is not None \
            or not _JOIN_GAP.fullmatch(text[chain.end : nxt.start]) or "\n" in text[chain.end : nxt.start]:
        return None
    return Chain(chain.start, nxt.end, Partial(duration={"D": 1}, direction=p.shift[1], kinds={"duration"}), False,
                 anchor=nxt.partial)


_AFTER_OR_BEFORE = re.compile(r"\s+(?P<word>after|before)\s+", re.I)


def _counted(text: str, chain: Chain, nxt: Chain) -> Chain | None:
    """`the third Tuesday after Christmas 2014`, `the first Monday before the 5th`: weekdays counted from a day."""
    p = chain.partial
    gap = _AFTER_OR_BEFORE.fullmatch(text[chain.end : nxt.start])
    if "counted_from" not in p.kinds or p.nth is None or gap is None or not _is_point(nxt.partial) \
            or nxt.partial.hour is not None or nxt.until is not None:
        return None
    sign = -1 if gap["word"].lower() == "before" else 1
    counted = replace(p, nth=(p.nth[0], sign * p.nth[1]))
    return Chain(chain.start, nxt.end, counted, False, anchor=nxt.partial)


def _range(text: str, first: Chain, second: Chain) -> Chain | None:
    gap = _RANGE_GAP.fullmatch(text[first.end : second.start])
    if gap is None:
        return None
    opened = _RANGE_OPEN.search(text[max(0, first.start - 12) : first.start])
    word = gap["word"].lower()
    if word in ("and", "or") and not (opened and opened[0].lower().startswith("between")):
        return None
    if ("instant" in first.partial.kinds or "instant" in second.partial.kinds) and not opened:
        return None  # `now` opens a range only after `between` or `from`: `between now and May 21`
    if word == "to" and not opened and _period_to_its_end(text, first):
        return None  # `the week to Friday` is the week that ends that Friday (`_periods_ended`), no range
    dated = second.partial.month is not None and second.partial.day is not None
    # `5 to 6pm`, `5 to 7 in the morning`: an end with its a.m., p.m. or part of day makes the number its hour (a
    # rising one, the part of day closing its phrase: `3 to 2 this morning`, `won 5 to 7 in the evening game` are
    # scores)
    timed = second.partial.hour is not None and (second.partial.ampm is not None or (
        second.partial.pod is not None and (first.partial.number or 0) < second.partial.hour
        and _CLAUSE_GOES_ON.match(text, second.end) is not None))
    if word in ("to", "until", "till", "untill", "through", "thru") and first.partial.only_number() \
            and not opened and not dated and not timed:
        return None
    start, end = inherit(first.partial, second.partial, True), inherit(second.partial, first.partial, False)
    if start is None or end is None:
        return None
    return Chain(first.start, second.end, start, first.weak and second.weak and not opened, until=end)


def _period_to_its_end(text: str, first: Chain) -> bool:
    """`the week`, `the month`, `the quarter`, `the year` before `to` and a day or month: the period that ends
    then, as the wires write it; `this week to Friday`, `from the week to Friday` stay ranges."""
    shift = first.partial.shift
    return shift is not None and shift[0] in ("W", "M", "Q", "Y") and shift[1] == 0 \
        and "definite" in first.partial.kinds and text[first.start : first.end].lower().startswith("the ")


def inherit(piece: Partial, other: Partial, is_start: bool) -> Partial | None:
    """One end of a range completed from the other: `July 13-15`, `3-4pm`, `between 3 and 12 of Sept`."""
    piece = replace(piece)
    if piece.only_number():
        n = piece.number or 0
        if other.hour is not None and 0 <= n <= 24:  # `from 5 to 6pm of April 22`: an hour before a time
            piece = replace(piece, number=None, hour=n)
        elif (other.month is not None or _month_shift(other)) and other.day is not None and 1 <= n <= 31:
            piece = replace(piece, number=None, day=n)
        elif not is_start and other.year is not None and other.month is None and other.year % 100 < n < 100:
            piece = replace(piece, number=None, year=other.year // 100 * 100 + n)  # `1939-45`, `2011-12`
        else:
            return None
    if piece.month is None and piece.day is not None and other.month is not None:
        piece.month = other.month
        if not is_start and other.day is not None and piece.day < other.day:
            # `April 27 to the third`: an end day before the start day is in the month after.
            piece.month = other.month % 12 + 1
            if other.year is not None and other.month == 12:
                piece.year = other.year + 1
    if piece.month is None and piece.day is not None and piece.shift is None and _month_shift(other):
        piece.shift = other.shift  # `from the 4th to the 22nd of next month`: both days in that month
    if piece.year is None and piece.month is not None and other.year is not None and piece.relation is None:
        # `Nov-Feb 2017`: a start month after the end month lies in the year before (`this May to Oct 2020`: a
        # month placed by `this` or `next` keeps its own year).
        later = is_start and other.month is not None and piece.month > other.month
        piece.year = other.year - 1 if later else other.year
    if piece.hour is not None:
        if is_start and piece.ampm is None and other.ampm is not None and other.hour is not None \
                and (piece.hour % 12, piece.minute or 0) > (other.hour % 12, other.minute or 0):
            # `11-4pm`, `from 2:30 to 2:15 pm`: a start later on the clock than its end is in the other half of
            # the day, or the range would run backwards
            piece.ampm = "am" if other.ampm == "pm" else "pm"
        if not is_start and piece.ampm is None and other.ampm is not None and piece.hour == 12:
            piece.ampm = "am" if other.ampm == "pm" else "pm"  # `10am to 12` ends at noon, `10pm to 12` at midnight
        if "named_hour" in piece.kinds:  # `10am to noon`, `10pm to midnight`: the word names its own hour
            piece.ampm = piece.ampm or ("pm" if piece.hour == 12 else "am")
        for name in ("ampm", "pod", "shift", "weekday", "timezone"):
            if getattr(piece, name) is None:
                setattr(piece, name, getattr(other, name))
        if piece.year is None and piece.month is None and other.month is not None:
            piece.year, piece.month, piece.day = other.year, other.month, other.day
    return piece


def _month_shift(p: Partial) -> bool:
    """A month given by a move from the reference (`this month`, `next month`), not by its name."""
    return p.month is None and p.shift is not None and p.shift[0] == "M"


def _is_point(partial: Partial, now_too: bool = False) -> bool:
    """A point or period, not a length or recurrence; `now` counts where it may end a range."""
    if now_too and "instant" in partial.kinds:
        return True
    return partial.duration is None and partial.set_value is None and partial.reference is None


__all__ = ["Chain", "inherit", "join", "relate", "select"]
