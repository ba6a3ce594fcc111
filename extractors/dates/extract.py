"""The extractor function: one parsed document in, TIMEX3 facts out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from ..engine.records import Context, Fact
from .chains import Chain, join, relate, select
from .context import Tense, TokenView, Word
from .cues import accepted, calendar_word, plausible
from .grammar import RULE_ORDER, pieces
from .partial import Partial
from .provenance import other_readings, rule_of
from .ranges import instant, interval, remainder, window
from .reference import Reference, choose
from .resolve import Timex, clock_value, duration, moved, on_a_day, point

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words a span must not start with: the preposition belongs to the sentence, not the date.
_LEADING = frozenset({"on", "in", "at", "from", "between", "by", "since", "until", "during", "for", "of", "@"})
_RATE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|thousand|dollars?|percent|times|once|twice))[\s-]+$", re.I)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s"})
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    view = TokenView(doc)
    text = view.text  # read once: spaCy builds Doc.text anew on every access
    reference = choose(context.options.reference_date, text, context.offset == 0,
                       context.options.date_order or "MDY", context.source)
    if reference is None:
        reference = context.state["reference"]
    context.state["reference"] = reference
    candidates = [piece for piece in select(pieces(text), RULE_ORDER) if plausible(piece, view)]
    chains = relate(text, join(text, candidates))
    found: list[Fact] = []
    bare: dict[int, str] = {}  # clock times given the story's day or the document's, with their value before
    undated: set[int] = set()  # those given the document's day
    ended: Fact | None = None  # `the quarter` of `the quarter ended Dec. 31`, until its day is read
    for chain in chains:
        if not accepted(chain, view, text):
            continue
        if context.options.date_order == "DMY":
            _day_first(chain)
        base = reference.moment
        story = _story_time(chain.partial, context.state)
        if "narrative" in chain.partial.kinds and story is not None:
            base = story  # `the next day`, `three weeks later`, `later that year`
        if _unclocked_move(chain.partial, story, reference, context.state):
            chain = replace(chain, partial=replace(chain.partial, direction=None))
        tense = _tense(chain, view)
        chain = _in_the_storys_year(chain, tense, context.state, reference)
        timex = in_calendar(chain, base, tense, view)
        if timex is None:
            continue
        if "instant" in chain.partial.kinds and chain.until is None and reference.has_clock:
            # The user gave the moment of reading: `now` is that moment, to the minute.
            timex = Timex("TIME", reference.moment.strftime("%Y-%m-%dT%H:%M"))
        span = _snap(doc, text, chain.start, chain.end, timex.type == "DURATION")
        if span is None:
            continue
        timex = _in_the_discourse(chain, timex, context.state, view.sentence(view.index_at(chain.start))[0],
                                  reference)
        timex = _day_of_a_period(chain.partial, timex, context.state)
        if _DAY.match(timex.value):
            context.state["story_day"] = dt.datetime.fromisoformat(timex.value[:10])
            written = chain.partial
            if written.year is not None and written.day is not None and "narrative" not in written.kinds:
                context.state["story_dated"] = (context.state["story_day"], chain.start)
            context.state.pop("story_week", None)
        elif _WEEK.fullmatch(timex.value) and timex.type == "DATE":
            context.state["story_week"] = dt.datetime.fromisoformat(timex.value + "-1")
        point_in_story = _STORY_POINT.match(timex.value)
        if point_in_story and timex.type in ("DATE", "TIME"):
            year, month, day = (int(point_in_story[n] or 1) for n in (1, 2, 3))
            month = _first_month(timex.value, month)
            with suppress(ValueError):
                context.state["story_point"] = dt.datetime(year, month, day)
                context.state["story_named"] = point_in_story[0]
        others = other_readings(chain, timex, base, tense, context.options.date_order)
        fact = Fact(span[0], span[1], _fields(timex, reference), rule=rule_of(chain, timex),
                    ambiguous=bool(others), alternatives=others)
        day = _day_of_clock(timex, context.state, tense, reference)
        if day is not None:
            fact.fields["value"] = f"{day.isoformat()}T{on_a_day(timex.value[1:])}"
            bare[id(fact)] = timex.value  # the story's day, unless the sentence names another
            if "story_day" not in context.state:
                undated.add(id(fact))
        _keep_the_storys_moment(str(fact.fields["value"]), context.state)
        if ended is not None and _DAY_OR_MONTH.fullmatch(fact.fields["value"]):
            _in_the_days_year(ended, fact.fields["value"])
        ended = fact if "ended_by_day" in chain.partial.kinds else None
        found.append(fact)
    yield from _clocks_on_their_day(found, bare, undated, view)


# How far (in characters) a day written with its year sets the year of the year-less days after it, and how
# many days after it those may fall: a story told day by day (`On Oct. 2, 1987, ... On Oct. 19, the market
# crashed`), not a background year followed by today's news.
_STORY_REACH = 600
_STORY_DAYS = 92


def _in_the_storys_year(chain: Chain, tense: Tense | None, state: dict[str, object], reference: Reference) -> Chain:
    """A year-less day in a past clause soon after a day written with another year than the reference's is a
    day of that story, in its year, when it falls within a few months after it in that year (`The trouble began
    on Oct. 2, 1987. On Oct. 19, the market crashed.` read in 1989: 1987-10-19)."""
    p, dated = chain.partial, state.get("story_dated")
    if p.year is not None or p.month is None or p.day is None or p.weekday is not None or p.shift is not None \
            or tense not in ("past", None) or not isinstance(dated, tuple):
        return chain
    anchor, at = dated
    if anchor.year == reference.moment.year or chain.start - at > _STORY_REACH:
        return chain
    with suppress(ValueError):
        if 0 <= (dt.datetime(anchor.year, p.month, p.day) - anchor).days <= _STORY_DAYS:
            return replace(chain, partial=replace(p, year=anchor.year, kinds=p.kinds | {"narrative"}))
    return chain


def _in_the_days_year(unit: Fact, day: str) -> None:
    """`the quarter ended Dec. 31` read on 1989-10-26: the quarter of the day as resolved (1988-Q4), not a
    quarter resolved on its own (1989-Q4)."""
    value = unit.fields["value"]
    if "-W" in value:
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        unit.fields["value"] = f"{year}-W{week:02d}"
    elif re.fullmatch(r"\d{4}(?:-(?:Q\d|\d{2}))?", value):
        unit.fields["value"] = day[:4] + value[4:]
    elif re.fullmatch(r"FY\d{4}", value):
        unit.fields["value"] = "FY" + day[:4]


# A dated value the story moves to (`June 1998`, `1998`, `Oct. 23, 1998`): `later that year` counts from it.
_WEEK = re.compile(r"\d{4}-W\d{2}")
_STORY_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dQHW])")
_PART_OF_YEAR = re.compile(r"\d{4}-(?P<unit>[QH])(?P<n>\d)")


def _first_month(value: str, month: int) -> int:
    """The month a quarter or half begins with (`1989-Q3`: July), so that `the previous quarter` after it is
    `1989-Q2`, not a quarter before the year's January; any other value keeps its month."""
    part = _PART_OF_YEAR.match(value)
    if part is None:
        return month
    return (int(part["n"]) - 1) * (3 if part["unit"] == "Q" else 6) + 1
_MARKUP_CHARS = re.compile(r"[<>\"]")
_BARE_CLOCK = re.compile(r"T(\d{2})(:\d{2})?")


def _day_of_a_period(p: Partial, timex: Timex, state: dict[str, object]) -> Timex:
    """`that same day` after `last October` or `in 1995`: a day of the month or year the story last named, which
    day unknown (TimeML's `1998-10-XX`); unless the story's last day lies in that period, which it then means."""
    named, day = state.get("story_named"), state.get("story_day")
    if "anaphor" not in p.kinds or p.shift != ("D", 0) or p.pod is not None or not isinstance(named, str) \
            or len(named) == 10:
        return timex
    if isinstance(day, dt.datetime) and day.date().isoformat().startswith(named):
        return timex
    return replace(timex, value=named + "-XX" * ((10 - len(named)) // 3))


def _day_of_clock(timex: Timex, state: dict[str, object], tense: Tense | None,
                  reference: Reference) -> dt.date | None:
    """The day a bare clock time (`at 10 p.m.`) is on: the story's last day; before the story names one, a time
    something already happened at is on the document's day (`the ceasefire took effect at midnight`), as TimeML
    anchors it; a time still to come stays a time of no stated day."""
    if not _BARE_CLOCK.fullmatch(timex.value) or timex.range_end:
        return None
    story = state.get("story_day")
    if isinstance(story, dt.datetime):
        return story.date()
    return reference.moment.date() if tense == "past" else None


def _clocks_on_their_day(facts: list[Fact], bare: dict[int, str], undated: set[int], view: TokenView) -> list[Fact]:
    """A bare clock time takes the day its sentence names: `at 10:35 a.m. (0735 GMT) Friday`, `at midday,
    according to a statement today` (TimeML anchors a time to its day), the nearest day after it first; else
    the story's last day or the document's (`bare`, already given it), unless the sentence names another period
    and no day (`sales in week 10 8pm were logged`): the time is then in that period, on no day it states; or
    the sentence moves from an event by a length (`10 days before the murder`): the time is on a day not known."""
    days = [(f.start, str(f.fields["value"])[:10]) for f in facts
            if _DAY.match(str(f.fields.get("value", ""))) and id(f) not in bare]
    for fact in facts:
        value = str(fact.fields.get("value", ""))
        m = _BARE_CLOCK.fullmatch(value[10:] if id(fact) in bare else value)
        if m is None or fact.fields.get("type") != "TIME" or fact.fields.get("range_end"):
            continue
        first, last = view.sentence(view.index_at(fact.start))
        low, high = view.doc[first].idx, view.doc[last - 1].idx + len(view.doc[last - 1])
        here = [(start, day) for start, day in days if low <= start < high]
        if here:
            day = min(here, key=lambda d: (d[0] < fact.start, abs(d[0] - fact.start)))[1]
            fact.fields["value"] = f"{day}T{m[1]}{m[2] or ':00'}"
        elif (id(fact) in undated and any(low <= f.start < high and f.fields.get("type") == "DATE" for f in facts)) \
                or (id(fact) in bare and any(low <= f.start < high and _from_an_event(f, view.text) for f in facts)):
            fact.fields["value"] = bare[id(fact)]
    return facts


_FROM_AN_EVENT = re.compile(r"\s+(?:before|after)\s+(?:the|his|her|their|its|a)\s", re.I)


def _from_an_event(fact: Fact, text: str) -> bool:
    """`10 days before the murder`: a length that moves from an event the sentence does not date; a clock time
    beside it (`a jogger saw the car at 6 a.m. 10 days before the murder`) is on that unknown day, not on the
    story's last day."""
    return fact.fields.get("type") == "DURATION" and bool(_FROM_AN_EVENT.match(text, fact.end))


# A period a report is about: a year, quarter, half, month or week (`the third quarter`, `September`).
_PERIOD = re.compile(r"\d{4}(?:-Q[1-4]|-H[12]|-\d{2}|-W\d{2})?")


def _in_the_discourse(chain: Chain, timex: Timex, state: dict[str, object], sentence: int,
                      reference: Reference) -> Timex:
    """A comparison or a period of a report read in the unit of the period being discussed (`a year earlier`,
    `the year-earlier quarter`, `the 1988 quarter`); any other period becomes the one being discussed."""
    if timex.type != "DATE":
        return timex
    p = chain.partial
    discussed = state.get("discourse")
    period = discussed[0] if isinstance(discussed, tuple) else ""
    if "of_quarter" in p.kinds and "-Q" not in period:
        # `the year-earlier quarter`, `the 1988 quarter` with no quarter named yet: the latest quarter
        latest = reference.moment.year * 4 + (reference.moment.month - 1) // 3 - 1
        state["discourse"] = (f"{latest // 4}-Q{latest % 4 + 1}", sentence)
    if "of_period" in p.kinds:
        return replace(timex, value=_period_of_year(timex.value, state))
    years = _years_back(chain)
    if years:
        return replace(timex, value=_in_discourse(timex.value, years, state, sentence))
    if _PERIOD.fullmatch(timex.value) and not _earlier_in_sentence(discussed, timex.value, sentence):
        state["discourse"] = (timex.value, sentence)
    return timex


# How fine a period is: a year, a half, a quarter, a month, a week.
_GRAIN = (re.compile(r"\d{4}"), re.compile(r"\d{4}-H\d"), re.compile(r"\d{4}-Q\d"), re.compile(r"\d{4}-\d{2}"),
          re.compile(r"\d{4}-W\d{2}"))


def _earlier_in_sentence(discussed: object, value: str, sentence: int) -> bool:
    """A period named earlier in the same sentence, as fine as this one, stays the one being discussed: in `8.2% in
    September, down from 8.5% in August and 9.1% a year earlier` the comparison is with September; a finer one
    takes over (`in 1989, third-quarter sales`)."""
    if not isinstance(discussed, tuple) or discussed[1] != sentence:
        return False
    return _grain(discussed[0]) >= _grain(value)


def _grain(value: str) -> int:
    return next((n for n, form in enumerate(_GRAIN) if form.fullmatch(value)), -1)


def _years_back(chain: Chain) -> int:
    """How many years back a comparison reaches (`a year earlier`, `two years ago`, `the year-ago quarter`); 0
    for anything else."""
    p = chain.partial
    if "yearback" in p.kinds and p.shift is not None and p.shift[0] == "Y":
        return 1
    if p.duration is not None and set(p.duration) == {"Y"} and p.direction == -1 and chain.anchor is None \
            and not p.vague and float(p.duration["Y"]).is_integer():
        return int(p.duration["Y"])
    return 0


def _in_discourse(value: str, years: int, state: dict[str, object], sentence: int) -> str:
    """`a year earlier` in a report on a quarter is that quarter a year before (`1988-Q3`, not `1988`): the
    comparison takes the unit of the period being discussed: a quarter or half anywhere before it, a month
    named in its own sentence when the comparison is with a year before (`September ... a year earlier`)."""
    found = state.get("discourse")
    if not isinstance(found, tuple) or not re.fullmatch(r"\d{4}", value):
        return value
    period, where = found
    if "-Q" in period or "-H" in period or (years == 1 and where == sentence and re.fullmatch(r"\d{4}-\d{2}", period)):
        return f"{int(period[:4]) - years:04d}{period[4:]}"
    return value


def _period_of_year(value: str, state: dict[str, object]) -> str:
    """`the 1988 quarter`, `the 1988 period`: the quarter or half under discussion, in that year; else the year."""
    discussed = state.get("discourse")
    period = discussed[0] if isinstance(discussed, tuple) else ""
    if re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12])", period):
        return value[:4] + period[4:]
    return value


def _story_time(p: Partial, state: dict[str, object]) -> dt.datetime | None:
    """Where the story stands for a narrative expression: its last day (`the next day`, `three weeks later`),
    or for a year or a month (`later that year`, `a year later`) its last dated mention of any grain."""
    units = [p.shift[0]] if p.shift is not None else list(p.duration or {})
    week = state.get("story_week")
    if units == ["W"] and p.shift is not None and isinstance(week, dt.datetime):
        return week  # `rose in the latest week ... fell in the previous week`: the week before the one just named
    coarse = bool(units) and all(unit in ("Y", "M", "Q", "H", "DE", "CE") for unit in units)
    if p.duration and set(p.duration) <= _CLOCK_UNITS and isinstance(state.get("story_moment"), dt.datetime):
        return state["story_moment"]  # `at 8:19 p.m. ... Twelve minutes later`: from the story's clock time
    found = state.get("story_point") if coarse else state.get("story_day")
    return found if isinstance(found, dt.datetime) else None


_CLOCK_UNITS = frozenset({"H", "MIN", "S"})
_FAR = 10**6  # days: farther than any reading with a day
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _keep_the_storys_moment(value: str, state: dict[str, object]) -> None:
    """The story's last clock time on a known day (`at 8:19 p.m.` on July 17, 1996), which `twelve minutes
    later` counts from; a day named without a time ends it."""
    if _MOMENT.match(value):
        state["story_moment"] = dt.datetime.fromisoformat(value[:16])
    elif _DAY.match(value):
        state.pop("story_moment", None)


def _unclocked_move(p: Partial, story: dt.datetime | None, reference: Reference, state: dict[str, object]) -> bool:
    """`an hour later`, `two hours earlier` where no time of day is known (the story's last date is a day, or
    the user gave no clock time): the hour it counts from is unknown, not midnight, so it stays a length
    (TimeML's DURATION `PT1H`)."""
    clocked = story is not None and story is state.get("story_moment")
    return "narrative" in p.kinds and p.direction is not None and bool(p.duration) \
        and set(p.duration) <= _CLOCK_UNITS and not clocked and (story is not None or not reference.has_clock)


def _tense(chain: Chain, view: TokenView) -> Tense | None:
    """The clause's tense, except that what comes after `since` lies behind the reference (`since Christmas`), a
    day named by its event (`Wednesday's ruling`) is past and a date before a noun is read nearest (`near`)."""
    cue, after = view.before(chain.start), view.after(chain.end)
    if cue is not None and cue.text == "since":
        return "past"
    if after is not None and after.text in ("'s", "’s") and chain.partial.weekday is not None:
        # `Wednesday's ruling`: news names a day by what happened on it, unless it is still to come
        return "future" if view.event_ahead(chain.start, chain.end) else "past"
    if cue is not None and cue.text in _DETERMINERS and after is not None and after.tag in ("NN", "NNS", "JJ") \
            and chain.partial.year is None and not calendar_word(after.text):
        # `the Oct. 23 shooting`, `the Jan. 14 deadline`: a date naming an event, not a clause's time; but `over the
        # Thanksgiving weekend` is the clause's time, and so is an event the clause took place at (`left rates
        # unchanged at its December meeting`)
        place = view.before(chain.start, skip=1)
        if after.text in _FIGURES and _reported_period(chain, cue, after, place):
            return "past"  # `the January-March figures were revised`: figures of a period already begun
        if place is not None and place.text in ("at", "in", "during") and view.tense(chain.start, chain.end) == "past":
            return "past"
        return "near"
    if _reported_period(chain, cue, after, view.before(chain.start, skip=1)):
        return "past"  # figures come after their period: the latest one begun by the reference, never the next
    p = chain.partial
    return view.tense(chain.start, chain.end, day=p.day is not None and p.month is not None and p.year is None)


def _reported_period(chain: Chain, cue: Word | None, after: Word | None, head: Word | None) -> bool:
    """A year-less quarter or half that figures are about, not when the clause happens: before a noun (`will
    report third-quarter earnings`) or after `for`/`of` (`results for the third quarter`). It is the latest
    one begun by the reference, whatever the tense: results come after their quarter. A range of months is one only
    before a noun or after figures (`July-September results`, `results for July-September`), not `will be
    away for July-August`."""
    p = chain.partial
    if p.year is not None or p.shift is not None:
        return False
    modifies = after is not None and after.tag in ("NN", "NNS", "NNP", "JJ")
    for_or_of = cue is not None and cue.text in ("for", "of")
    if p.quarter is not None or p.half is not None:
        return modifies or for_or_of
    months = p.month is not None and chain.until is not None and chain.until.month is not None
    return months and (modifies or (for_or_of and head is not None and head.text.lower() in _FIGURES))


# What a company or an agency reports for a period (`results for July-September`).
_FIGURES = frozenset({"results", "earnings", "profit", "profits", "sales", "figures", "data", "loss", "losses",
                      "income", "revenue", "revenues", "output", "growth", "net"})


def in_calendar(chain: Chain, ref: dt.datetime, tense: Tense | None, view: TokenView) -> Timex | None:
    """`interpret`, or None when its arithmetic leaves the calendar (before year 1 or after 9999, as a
    placeholder date such as 0001-01-01 gives): that one expression has no date, the others still do."""
    try:
        timex = interpret(chain, ref, tense, view)
    except (OverflowError, ValueError):
        return None
    return None if timex is not None and _PAST_9999.match(timex.value) else timex


_PAST_9999 = re.compile(r"\d{5}")


def interpret(chain: Chain, ref: dt.datetime, tense: Tense | None, view: TokenView) -> Timex | None:
    """The TIMEX3 reading of one accepted expression."""
    p = chain.partial
    if p.set_value is not None:
        return Timex("SET", p.set_value)
    if p.duration is not None:
        return _length_or_move(chain, ref, tense, view)
    if p.window_end is not None and p.shift is not None:
        (unit, first), (_, last) = p.shift, p.window_end
        return window(unit, abs(last - first) + 1, first > 0, ref)
    if "rest" in p.kinds and p.shift is not None and p.shift[1] == 0 and chain.until is None:
        rest = remainder(p.shift[0], ref)  # `the rest of the week`: from today to the week's end
        if rest is not None:
            return rest
    if "counted_from" in p.kinds:
        # `the third Tuesday after Christmas`: counted from that day, never from today
        base = _anchor_moment(point(chain.anchor, ref, tense), ref) if chain.anchor is not None else None
        value = point(p, base, tense) if base is not None else None
        return Timex("DATE", value) if value is not None else None
    value = point(p, ref, tense)
    if value is None:
        return None
    if chain.length is not None:
        return _start_and_length(value, chain.length, ref)
    kind = "TIME" if (p.hour is not None or (p.pod and "T" in value)) else "DATE"
    if "edge" in p.kinds and p.mod == "END" and _DAY.fullmatch(value) and chain.until is None \
            and p.hour is None and p.pod is None:
        return Timex("TIME", f"{value}T23:59:59")  # `end of the day`, `end of this Sunday`: its last second
    end = point(chain.until, ref, tense) if chain.until is not None else None
    if end is None:
        return Timex(kind, value, p.mod)
    # `between now and May 21`: the range runs from the reference day, or up to the reference time.
    if p.year is None and p.month is not None and value[:4].isdigit() and end[:4].isdigit() \
            and instant(value) > instant(end):
        value, end = _ordered_range(chain, value, end, ref, tense)
    if p.weekday is not None and chain.until is not None and chain.until.weekday is not None \
            and _DAY.match(value) and _DAY.match(end) and end[:10] < value[:10]:
        value, end = _weekdays_in_order(value, end, tense)
    quarter = _quarter_of_months(value, end, view.before(chain.start), view.after(chain.end),
                                 view.text[chain.start : chain.end])
    if quarter is not None:
        return Timex("DATE", quarter, p.mod)
    if value == "PRESENT_REF":
        value = ref.strftime("%Y-%m-%dT%H:%M") if "T" in end else ref.date().isoformat()
    if end == "PRESENT_REF" and value.startswith("T"):
        value = ref.date().isoformat() + value  # `between eight o'clock and now`: eight o'clock today
    end = ref.strftime("%Y-%m-%dT%H:%M") if end == "PRESENT_REF" else end
    return interval(kind, value, end, p.mod)


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ONE_WORD_MONTHS = re.compile(r"(?:the\s+)?[A-Za-z]+\.?[-–][A-Za-z]+\.?(?:\s+\d{4})?", re.I)
# Prepositions that make a one-word run of months the time of its clause (`sales rose in July-September`).
_IN_A_PERIOD = frozenset({"in", "during", "for", "over", "from"})


def _quarter_of_months(value: str, end: str, before: Word | None, after: Word | None, written: str) -> str | None:
    """`the April-June quarter`, `the July-September period`: the three months of one calendar quarter before
    `quarter` or `period`, or written as one word as a time (`sales rose in July-September`) or before figures
    (`July-September results`), name that quarter (`1989-Q2`), as TimeML values it; other month ranges (`from
    July to September`) stay ranges, and so do pages or a title (`read pages July-September`)."""
    first, last = _MONTH.fullmatch(value), _MONTH.fullmatch(end)
    named = after is not None and after.text.lower() in ("quarter", "period")
    timed = (before is not None and before.text in _IN_A_PERIOD) or (after is not None and after.text in _FIGURES)
    if first is None or last is None or not (named or (timed and _ONE_WORD_MONTHS.fullmatch(written))):
        return None
    start_month, end_month = int(first[2]), int(last[2])
    if first[1] != last[1] or start_month % 3 != 1 or end_month != start_month + 2:
        return None
    return f"{first[1]}-Q{start_month // 3 + 1}"


def _ordered_range(chain: Chain, value: str, end: str, ref: dt.datetime, tense: Tense | None) -> tuple[str, str]:
    """`May to March`, `Dec 28 to Jan 4`: a range does not start after it ends, so one guessed year was wrong.

    Either the start is a year earlier or the end a year later; the reader takes
    the one the tense allows (a past range is over, a future one not yet) that
    lies nearest the reference, holding it if it can.
    """
    p, u = chain.partial, chain.until
    options = [(point(replace(p, year=int(value[:4]) - 1), ref, tense) or value, end)]
    if u is not None and u.year is None and u.month is not None:
        # the end in the start's year when it falls after the start (`January-March` read near in October:
        # 1990-01 to 1990-03), else in the next one (`Dec 28 to Jan 4`)
        same = point(replace(u, year=int(value[:4])), ref, tense)
        later = same if same is not None and instant(same) >= instant(value) else \
            point(replace(u, year=int(value[:4]) + 1), ref, tense)
        options.append((value, later or end))
    today = ref.date().isoformat()

    def distance(option: tuple[str, str]) -> tuple[bool, int]:
        first, last = instant(option[0])[:10], instant(option[1])[:10]
        wrong_side = (tense == "past" and last > today) or (tense == "future" and last < today)
        if first <= today <= last:
            return wrong_side, 0
        # a decade or a century (`12/05 to 1990s`) has no first day to count from: such a reading is the far one
        gaps = [abs((dt.date.fromisoformat(d) - ref.date()).days) for d in (first, last) if _DAY.fullmatch(d)]
        return wrong_side, min(gaps, default=_FAR)

    return min(options, key=distance)


def _start_and_length(start: str, length: dict[str, float], ref: dt.datetime) -> Timex | None:
    """A range from `start` for `length`: `two weeks starting May 20` runs to June 3."""
    base = _anchor_moment(start, ref)
    if base is None:
        return None
    timed = "T" in start
    end = moved(Partial(duration=length, direction=1), base, not timed)
    if end is None:
        return None
    last = f"T{end[1][11:]}" if start.startswith("T") else end[1]  # a time of no stated day ends on no day
    return interval("TIME" if timed else "DATE", start, last)


def _weekdays_in_order(value: str, end: str, tense: Tense | None) -> tuple[str, str]:
    """`from Monday to Friday`, each weekday read on its own, ran backwards (said on a Tuesday: next Monday, this
    Friday): one week, the start a week earlier in a past clause, else the end a week later."""
    def week_moved(day: str, weeks: int) -> str:
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(weeks=weeks)).isoformat() + day[10:]

    return (week_moved(value, -1), end) if tense == "past" else (value, week_moved(end, 1))


def _anchor_moment(value: str | None, ref: dt.datetime) -> dt.datetime | None:
    """The moment a move starts from: a day (`after Easter`) or a time of the reference day (`from 1pm`)."""
    if value is None:
        return None
    if value.startswith("T") and re.fullmatch(r"T\d{2}(?::\d{2})?", value):
        hour, _, minute = value[1:].partition(":")
        return dt.datetime.combine(ref.date(), dt.time(int(hour), int(minute or 0)))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T\d{2}(?::\d{2})?)?", value):
        return dt.datetime.fromisoformat(value if len(value) != 13 else value + ":00")
    return None


def _day_first(chain: Chain) -> None:
    """Read an ambiguous slash date (`04/05/2025`) day first, as the run's date order asks."""
    for p in (chain.partial, chain.until):
        if p is not None and "ambiguous" in p.kinds and p.month is not None and p.day is not None:
            p.month, p.day = p.day, p.month


def _length_or_move(chain: Chain, ref: dt.datetime, tense: Tense | None, view: TokenView) -> Timex | None:
    """A duration (`two months`), a rate (`$5 a year`) or a point it moves to (`two days ago`, `in two weeks`)."""
    p, text = chain.partial, view.text
    before = text[max(0, chain.start - 20) : chain.start]
    direction = p.direction
    if direction is None and _IN_BEFORE.search(before) and tense != "past" and (tense == "future" or not p.vague) \
            and "definite" not in p.kinds and not view.superlative_before(chain.start):
        direction = 1  # `will return in two weeks`; `the lowest rate in 20 years` stays a length
    if direction is None and _is_rate(chain, view, before):
        return Timex("SET", duration(p.duration or {}, False))  # `$50 billion a year`: a rate
    if direction is None:
        return Timex("DURATION", duration(p.duration or {}, p.vague))
    base, day_based = ref, "from_day" in p.kinds
    if chain.anchor is not None:
        base = _anchor_moment(point(chain.anchor, ref, tense), ref)
        if base is None:
            return None
        day_based = base.time() == dt.time() and chain.anchor.hour is None
    result = moved(replace(p, direction=direction), base, day_based)
    if result and p.weekday is not None and _DAY.fullmatch(result[1]):
        # `in 3 days on Friday`: that weekday in the week the move reaches
        reached = dt.date.fromisoformat(result[1])
        result = (result[0], (reached + dt.timedelta(days=p.weekday - reached.weekday())).isoformat())
    clocked = p if p.hour is not None else chain.anchor if chain.anchor is not None and chain.anchor.hour is not None \
        else None
    if result and clocked is not None and _DAY.fullmatch(result[1]):
        # `in 7 days at 5pm`, `3 days after Christmas at noon`: the time on the day the move reaches
        return Timex("TIME", f"{result[1]}T{on_a_day(clock_value(clocked) or '')}")
    return Timex(*result) if result else None


def _is_rate(chain: Chain, view: TokenView, before: str) -> bool:
    """`$50 billion a year`, `45 cents an hour`, `8 million barrels a day`, `$12-an-hour`: an amount per unit of
    time."""
    if not view.text[chain.start : chain.end].lower().startswith(("a ", "an ", "a-", "an-")):
        return False
    word = view.before(chain.start)
    return bool(_RATE_BEFORE.search(before)) or (word is not None and word.tag in ("NNS", "NNPS", "CD"))


def _fields(timex: Timex, reference: Reference) -> dict[str, object]:
    fields: dict[str, object] = {"type": timex.type, "value": timex.value}
    if timex.mod:
        fields["mod"] = timex.mod
    if timex.range_end:
        fields["range_end"] = timex.range_end
    if timex.length:
        fields["duration"] = timex.length
    fields["reference"] = reference.text
    fields["reference_from"] = reference.source
    return fields


def _snap(doc: Doc, text: str, start: int, end: int, length: bool = False) -> tuple[int, int] | None:
    """The span widened to whole tokens, without a leading preposition; a length keeps its article (`for the
    nine months`), as TimeML marks it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if _MARKUP_CHARS.search(text, span.start_char, start) or _MARKUP_CHARS.search(text, end, span.end_char):
        return start, end  # a token glued to markup (`">Monday</time`): the words themselves
    while len(span) > 1 and (span[0].lower_ in _LEADING or span[0].is_space):
        span = span[1:]
    while len(span) > 1 and (span[-1].is_space or (span[-1].is_punct and span[-1].text != ")")):
        span = span[:-1]
    if length and span.start > 0 and doc[span.start - 1].lower_ == "the" and "-" not in span.text \
            and span[0].like_num:
        span = doc[span.start - 1 : span.end]
    return span.start_char, span.end_char
