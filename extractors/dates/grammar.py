"""The pieces of English temporal expressions: one regular expression and one reading per construction.

Each rule turns the words it matches into a `Partial` (the calendar fields they
fix); `chains` then joins adjacent pieces into whole expressions. Rules are
case-insensitive and never start or end inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..engine.folded import FoldedRule, folded, lowered
from ..money.tables import CHANGE_WORDS, NEAR_CHANGE_WORDS
from .clock import (
    AMPM_RE,
    ZONE_RE,
    at_hour,
    clock,
    clock_compact,
    clock_h,
    clock_words,
    noon,
    part_of_day,
    past_to,
)
from .holidays import CLOCK_TIME, HOLIDAYS_RE, WEEK_HOLIDAYS, holiday_name
from .lexicon import (
    AMBIGUOUS_MONTHS,
    MONTH_RE,
    MONTHS,
    NUMBER_WORDS_RE,
    ORDINAL_WORD_RE,
    PARTS_OF_DAY,
    SEASONS,
    SET_WORDS,
    TIMEZONES,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    alternation,
)
from .numbers import QUANTITY_WORDS, VAGUE_QUANTITIES, cardinal, ordinal, small_cardinal, spelled_year
from .partial import Partial
from .resolve import duration


@dataclass(frozen=True)
class Piece:
    """A rule's match: where it is and what it fixes."""

    start: int
    end: int
    partial: Partial
    rule: str


Build = Callable[[re.Match[str]], Partial | None]

_L = r"(?<![\w$€£¥@#/.:])"  # no word, currency sign or joined number before
_R = r"(?![\w])"
_ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?:(?:twenty|thirty)[\s-])?(?:{ORDINAL_WORD_RE}))"
_UNIT_WORDS = alternation([u for u in UNITS if len(u) > 1])
_UNIT = rf"(?P<unit>{_UNIT_WORDS}|centuries)(?:s|es)?"
_QTY = alternation([q for q in QUANTITY_WORDS if q != "½"])
# `of` and what is not a year after it: `two quarters of the seats`, `the fall of Saigon` (not `of 1985`).
OF_NOT_A_YEAR = re.compile(r"\s+of\s+(?!\d|['‘’]\d|(?:this|that|next|last|the\s+(?:\w+\s+)?year)\b)", re.I)
_COUNT = rf"(?P<count>(?:a|{NUMBER_WORDS_RE})\s+hundred|\d+(?:\s+|-)[1-9]/[1-9]|\d+(?:\.\d+)?|\d+/\d+|" \
    rf"½|(?:{NUMBER_WORDS_RE})(?:\s+and\s+(?:a\s+)?(?:{NUMBER_WORDS_RE}))?|{_QTY})"
# Weekday names; abbreviations may carry a full stop (`Fri.`), full names may not (`on Friday.`).
_WEEKDAY_WORDS = "|".join(
    w if len(w) > 4 else rf"{w}(?:\.(?!\w))?" for w in sorted(WEEKDAYS, key=len, reverse=True)
)
_RELATION = r"(?P<rel>this\s+past|this\s+coming|this\s+upcoming|the\s+following|the\s+previous|the\s+next|" \
    r"the\s+prior|the\s+past|the\s+last|the\s+latest|" \
    r"the\s+coming|the\s+current|next|last|this|previous|past|coming|upcoming|following|current)"
_MOD = {"early": "START", "beginning": "START", "start": "START", "earlier": "START", "mid": "MID",
        "middle": "MID", "late": "END", "end": "END", "later": "END", "pre": "BEFORE", "post": "AFTER"}
_RELATION_SHIFT = {"next": 1, "coming": 1, "upcoming": 1, "following": 1, "last": -1, "previous": -1, "latest": -1,
                   "past": -1, "this": 0, "current": 0, "this past": -1, "this coming": 1, "this upcoming": 1}
_ORD_VALUES = {"final": -1, "last": -1}


def _relation(text: str | None) -> str | None:
    if text is None:
        return None
    words = text.lower().split()
    words = words[1:] if words[0] == "the" else words
    return " ".join("previous" if word == "prior" else word for word in words)  # `the prior year`: the previous


def _shift_of(relation: str | None) -> int:
    return _RELATION_SHIFT.get(relation or "this", 0)


def _unit(text: str) -> str:
    word = text.lower().rstrip("s")
    if word.startswith("centur"):
        return "CE"
    return UNITS.get(word, UNITS.get(text.lower(), "D"))


def _year2(text: str) -> int:
    """A two-digit year read the usual way: 00-49 are 20xx, 50-99 are 19xx."""
    n = int(text)
    return n + (2000 if n < 50 else 1900)


def _valid(month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= 31


# --- absolute numeric forms ---------------------------------------------------------------------

def _iso(m: re.Match[str]) -> Partial | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not _valid(mo, d):
        return None
    groups = {k: int(v) if v else None for k, v in m.groupdict().items() if k in ("h", "mi", "s")}
    return Partial(year=y, month=mo, day=d, hour=groups.get("h"), minute=groups.get("mi"),
                   second=groups.get("s"), kinds={"date"} | ({"time"} if groups.get("h") is not None else set()))


def _numeric_date(m: re.Match[str]) -> Partial | None:
    """`12/25/2025`, `25.12.2025`, `13/04/21`: the order a value forces, else the run's date order."""
    year = int(m["y"]) if len(m["y"]) == 4 else _year2(m["y"])
    return _day_month(int(m["a"]), int(m["b"]), year, dotted=m["sep"] == ".")


def _day_month(a: int, b: int, year: int | None, dotted: bool = False) -> Partial | None:
    """Two numbers that are a month and a day in some order: fixed by value when one exceeds 12.

    Dotted dates (`05.04.2022`) are day-first, as everywhere they are written;
    other ambiguous ones keep month-first here and carry the `ambiguous` kind
    so the run's date order can swap them.
    """
    if not (_valid(a, b) or _valid(b, a)) or not a or not b:
        return None
    if a > 12 or (dotted and b <= 12):
        return Partial(year=year, month=b, day=a, kinds={"date", "numeric"})
    kinds = {"date", "numeric"} | ({"ambiguous"} if b <= 12 else set())
    return Partial(year=year, month=a, day=b, kinds=kinds)


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$", re.I)
_WHOLE_BEFORE = re.compile(r"(?<![/\d])\d+-$")  # `48-1/4`; not the end of a range `5/1-5/3`
_FRACTION_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})
_PRICE_MOVES = CHANGE_WORDS | NEAR_CHANGE_WORDS


# Words that put a day before `24/7`, which is otherwise the idiom for round the clock (`open 24/7`).
_DAY_PREPOSITIONS = frozenset({"on", "by", "until", "till", "from", "since", "before", "after", "dated"})


def _numeric_month_day(m: re.Match[str]) -> Partial | None:
    """`12/25`, `3/4`; not the eighths of a price: after a verb of change (`closed down 1/8`, `rose 3/8 to`) or
    a whole number (`48-1/4`); nor `24/7`, round the clock, unless a preposition makes it a day (`on 24/7`)."""
    a, b = int(m["a"]), int(m["b"])
    before = m.string[max(0, m.start() - 20) : m.start()]
    word = _WORD_BEFORE.search(before)
    if (a, b) == (24, 7) and not (word and word[1].lower() in _DAY_PREPOSITIONS):
        return None
    if b in _FRACTION_DENOMINATORS and a < b and (
            _WHOLE_BEFORE.search(before) or (word and word[1].lower() in _PRICE_MOVES)):
        return None
    return _day_month(a, b, None)


def _month_year_numeric(m: re.Match[str]) -> Partial | None:
    month, year = int(m["mo"]), int(m["y"])
    return Partial(year=year, month=month, kinds={"date"}) if 1 <= month <= 12 else None


def _year_month_numeric(m: re.Match[str]) -> Partial | None:
    year, month = int(m["y"]), int(m["mo"])
    if not 1 <= month <= 12 or month == (year + 1) % 100:  # 2011-12 is a span of years
        return None
    return Partial(year=year, month=month, kinds={"date"})


def _compact(m: re.Match[str]) -> Partial | None:
    y, mo, d = int(m[0][:4]), int(m[0][4:6]), int(m[0][6:])
    return Partial(year=y, month=mo, day=d, kinds={"date"}) if _valid(mo, d) and d else None


def _ymd_month_name(m: re.Match[str]) -> Partial | None:
    return Partial(year=int(m["y"]), month=MONTHS[m["mon"].lower().rstrip(".")], day=int(m["d"]), kinds={"date"})


# --- calendar words ---------------------------------------------------------------------------------

def _month(m: re.Match[str]) -> Partial | None:
    word = m["mon"].lower().rstrip(".")
    relation = _relation(m["rel"])
    weak = relation is None and (word in AMBIGUOUS_MONTHS or (len(word) <= 4 and word != "june"))
    return Partial(month=MONTHS[word], relation=relation, weak=weak, kinds={"month"})


def _month_slash(m: re.Match[str]) -> Partial | None:
    """`Oct/2`, `Dec/2018`: a day or a year written after the month and a slash."""
    month, n = MONTHS[m["mon"].lower().rstrip(".")], int(m["n"])
    if len(m["n"]) == 4:
        return Partial(year=n, month=month, kinds={"date"})
    return Partial(month=month, day=n, kinds={"date"}) if 1 <= n <= 31 else None


def _glued(m: re.Match[str]) -> Partial | None:
    """`Dec31`, `14april`: a day written against its month."""
    day = int(m["d"] or m["d2"])
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    return Partial(month=month, day=day, kinds={"date"}) if 1 <= day <= 31 else None


def _day_ordinal(m: re.Match[str]) -> Partial | None:
    n = ordinal(m["ord"])
    if n is None or not 1 <= n <= 31:
        return None
    worded = not m["ord"][0].isdigit()
    return Partial(day=n, weak=worded, kinds={"day", "ordword" if worded else "ordinal"})


def _number(m: re.Match[str]) -> Partial | None:
    return Partial(number=int(m[0]), kinds={"number"})


def _number_word(m: re.Match[str]) -> Partial | None:
    n = small_cardinal(m[0])
    return Partial(number=n, kinds={"number", "word"}) if n is not None and 1 <= n <= 31 else None


def _year(m: re.Match[str]) -> Partial | None:
    cue = bool(m["cue"])
    return Partial(year=int(m["y"]), weak=not cue, kinds={"year"})


def _year_apostrophe(m: re.Match[str]) -> Partial | None:
    return Partial(year=_year2(m["y"]), kinds={"year"})


# A month, or a day of a month, just before `of NN`: the month of a two-digit year (`15 April of 87`).
_MONTH_BEFORE_OF = re.compile(rf"(?:{MONTH_RE})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+$", re.I)


def _year_of_month(m: re.Match[str]) -> Partial | None:
    """`April of 87`, `15 April of 87`, `May 3 of 99`: two digits after a month and `of` are its year, as `of '87`
    and `of 1987` are; after anything else (`the class of 87`, `5 of 87 members`) they are a number."""
    if not _MONTH_BEFORE_OF.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return Partial(year=_year2(m["y"]), kinds={"year"})


def _spelled_year(m: re.Match[str]) -> Partial | None:
    year = spelled_year(m[0])
    return Partial(year=year, weak=True, kinds={"year", "word"}) if year else None


def _fiscal_year(m: re.Match[str]) -> Partial | None:
    digits = m["y"].lstrip("'")
    year = int(digits) if len(digits) == 4 else _year2(digits)
    return Partial(year=year, fiscal=True, kinds={"year"})


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _decade_word(m: re.Match[str]) -> Partial | None:
    return Partial(decade=190 + _DECADE_WORDS[m["w"].lower()], weak=not m["the"], kinds={"decade"})


def _century(m: re.Match[str]) -> Partial | None:
    n = ordinal(m["n"])
    return Partial(century=n - 1, kinds={"century"}) if n and 1 <= n <= 30 else None


def _weekday(m: re.Match[str]) -> Partial | None:
    word = m["wd"].lower().rstrip(".")
    relation = _relation(m["rel"])
    if m["plural"]:
        if len(word) < 6:
            return None  # `thus`, `sats`: only full names take a plural (`Mondays`)
        return Partial(set_value=f"XXXX-WXX-{WEEKDAYS[word] + 1}", kinds={"set"})
    weak = relation is None and len(word) <= 4 and m["wd"][0].islower()
    # `Sun`, `Wed` without a period could be a name (`Sun said`): `cues` looks at what follows
    abbreviated = relation is None and len(m["wd"]) == 3 and m["wd"][0].isupper()
    # `the following Monday` counts from the story's last day, as `the following day` does
    story = {"narrative"} if m["rel"] and m["rel"].lower().startswith("the ") \
        and relation in ("following", "next", "previous") else set()
    return Partial(weekday=WEEKDAYS[word], relation=relation, weak=weak,
                   kinds=({"weekday", "abbreviated"} if abbreviated else {"weekday"}) | story)


def _weekday_count(m: re.Match[str]) -> Partial | None:
    """`2 sundays from now`, `two thursdays back`: the nth such weekday after or before the reference day."""
    n = small_cardinal(m["count"])
    word = m["wd"].lower().rstrip(".")
    if not n or word not in WEEKDAYS:
        return None
    sign = 1 if m["dir"].lower().startswith(("from", "hence")) else -1
    return Partial(nth=(str(WEEKDAYS[word]), sign * n), kinds={"weekday", "counted"})


def _counted_from(m: re.Match[str]) -> Partial | None:
    """`the third Tuesday after Christmas`: the nth such weekday counted from the date that follows (`chains`
    fixes the direction and the date; without one it says nothing)."""
    n = ordinal(m["n"])
    word = m["wd"].lower().rstrip(".")
    if not n or not 1 <= n <= 9 or word not in WEEKDAYS:
        return None
    return Partial(nth=(str(WEEKDAYS[word]), n), kinds={"weekday", "counted", "counted_from"})


def _past_bare(m: re.Match[str]) -> Partial | None:
    """`15 past 3pm`, `20 past seven o'clock`, `15 to noon`; `5 to 6` stays a range of numbers."""
    named = m["h"].lower() in ("noon", "midday", "midnight")
    if not (named or m["oc"] or m["ampm"]) or (m["dir"].lower() != "past" and not named):
        return None
    return past_to(m)


def _hour_ish(m: re.Match[str]) -> Partial | None:
    """`11ish`: an approximate hour."""
    hour = int(m["h"])
    return Partial(hour=hour, kinds={"time"}) if hour <= 24 else None


def _relative_day(m: re.Match[str]) -> Partial | None:
    text = " ".join(m[0].lower().split())
    for words, shift in _RELATIVE_DAYS.items():
        if text.startswith(words):
            # `the next day` counts from the last date the story gave, `tomorrow` from today.
            kinds = {"relday", "narrative"} if words.startswith("the ") else {"relday"}
            if words in ("the day after", "the day before"):
                kinds.add("offset")  # `the day before Christmas`: a day counted from the date that follows
            return Partial(shift=("D", shift), pod="NI" if words == "tonight" else None, kinds=kinds)
    return None


_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _anaphor(m: re.Match[str]) -> Partial | None:
    """`that day`, `later that year`, `the same night`, `the next morning`: the story's own time, as the
    last date the text gave (TimeML anchors them there, not to the document's date)."""
    if m["pod"]:
        shift = -1 if m["rel"].lower() == "previous" else 1
        return Partial(shift=("D", shift), pod=_PARTS_OF_DAY[m["pod"].lower()], kinds={"relday", "narrative"})
    unit = m["unit"].lower()
    if unit in _PARTS_OF_DAY:
        return Partial(shift=("D", 0), pod=_PARTS_OF_DAY[unit], kinds={"relday", "narrative", "anaphor"})
    return Partial(shift=(_unit(unit), 0), kinds={"relunit", "narrative", "anaphor"})


_RELATIVE_DAYS = {
    "the day after tomorrow": 2, "day after tomorrow": 2, "the day before yesterday": -2,
    "day before yesterday": -2, "today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1,
    "the next day": 1, "the following day": 1, "the day after": 1, "the previous day": -1,
    "the day before": -1, "otd": 0,
}


def _vague_ref(m: re.Match[str]) -> Partial | None:
    """`recently`, `soon`, `in the future`: TIMEX3 PAST_REF / FUTURE_REF."""
    word = m[0].lower()
    return Partial(reference="PAST_REF" if "past" in word or word == "recently" else "FUTURE_REF", kinds={"vague"})


def _vague_period(m: re.Match[str]) -> Partial | None:
    """`recent years` lie behind the reference; `the coming months`, `the weeks ahead`, `years to come` after it."""
    return Partial(reference="PAST_REF" if m["recent"] else "FUTURE_REF", kinds={"vague"})


_INSTANT = re.compile(r"(?:right\s+)?now|currently|at\s+the\s+moment", re.I)


def _present(m: re.Match[str]) -> Partial | None:
    """`now` is the reference instant itself; `these days` only the present as a period."""
    instant = {"instant"} if _INSTANT.fullmatch(m[0]) else set()
    return Partial(reference="PRESENT_REF", kinds={"present"} | instant)


def _relative_season(m: re.Match[str]) -> Partial | None:
    relation = _relation(m["rel"])
    # `the following spring` counts from the story's year, as `the following year` does.
    story = {"narrative"} if m["rel"].lower().startswith("the ") and relation in ("following", "next", "previous") \
        else set()
    return Partial(season=SEASONS[m["season"].lower()], shift=("Y", _shift_of(relation)), kinds={"season"} | story)


def _quarter(m: re.Match[str]) -> Partial | None:
    n = m["q"] or m["q2"]
    year = m["y"] or m["y2"]
    partial = Partial(quarter=int(n), kinds={"quarter"})
    if year:
        partial.year = int(year) if len(year) == 4 else _year2(year.lstrip("'"))
    return partial


def _quarter_ordinal(m: re.Match[str]) -> Partial | None:
    word = m["n"].lower()
    n = _ORD_VALUES.get(word, ordinal(word))
    n = 4 if n == -1 else n
    return Partial(quarter=n, kinds={"quarter"}) if n and 1 <= n <= 4 else None


def _half(m: re.Match[str]) -> Partial | None:
    year = m["y"] or m["y2"]
    return Partial(half=int(m["h"] or m["h2"]), year=int(year) if year else None, kinds={"half"})


def _same_period(m: re.Match[str]) -> Partial | None:
    """`the same period last year`, `the same quarter a year ago`: the period under discussion, a year back."""
    noun = m["noun"].lower()
    kinds = {"relunit", "yearback", "with_noun"} | ({"of_quarter"} if noun == "quarter" else set())
    return Partial(shift=("Y", -1), kinds=kinds)


def _year_period(m: re.Match[str]) -> Partial | None:
    """`the 1988 quarter`, `the 1988 period`: the period under discussion, in that year (`extract` finds which)."""
    noun = " ".join(m["noun"].lower().split())
    if noun.endswith("half"):
        return Partial(year=int(m["y"]), half=1 if noun.startswith("first") else 2, kinds={"half", "year"})
    return Partial(year=int(m["y"]), kinds={"year", "of_period"} | ({"of_quarter"} if noun == "quarter" else set()))


def _half_ordinal(m: re.Match[str]) -> Partial | None:
    # `the second half` alone is as often a match's as a year's: it needs `of 2024`, `next year`, ...
    return Partial(half=1 if m["n"].lower() in ("first", "1st") else 2, weak=True, kinds={"half"})


def _season(m: re.Match[str]) -> Partial | None:
    word = m["season"].lower()
    return Partial(season=SEASONS[word], weak=True, kinds={"season"})


def _nth(m: re.Match[str]) -> Partial | None:
    word = m["n"].lower()
    n = _ORD_VALUES.get(word, ordinal(word))
    if not n:
        return None
    if m["back"]:
        n = -(ordinal(m["back"]) or 1)  # `the third last week of 2018`
    what = m["what"].lower().rstrip(".").replace("-", "")
    target = str(WEEKDAYS[what]) if what in WEEKDAYS else _unit(what)
    shift = (_unit(m["unit"]), 0) if m["unit"] else None
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    return Partial(nth=(target, n), shift=shift, pod=pod, kinds={"nth"})


# --- durations and sets -----------------------------------------------------------------------------

def _count(text: str) -> tuple[float | None, bool]:
    text = " ".join(text.lower().split())
    if text in VAGUE_QUANTITIES:
        return None, True
    value = cardinal(text)
    if value is None and " and " in text:
        whole, _, frac = text.partition(" and ")
        a, b = cardinal(whole), cardinal(frac)
        value = a + b if a is not None and b is not None else None
    return value, False


def _duration(m: re.Match[str]) -> Partial | None:
    if m["count"][-1].isalpha() and m.string[m.end("count") : m.end("count") + 1].isalpha():
        return None  # `Ayr`, `amin`: a word count glued to a unit is another word (`3h`, `5min` may be glued)
    value, vague = _count(m["count"])
    if value is None and not vague:
        return None
    if m["count"].lower() == "many" and re.search(r"\bhow\s+$", m.string[max(0, m.start() - 8) : m.start()], re.I):
        return None  # `how many days`: a question about a number
    unit = _unit(m["unit"])
    if unit == "S" and m["unit"].lower() == "s":
        return None
    if m["unit"].lower() == "night" and not m[0].lower().endswith("s"):
        return None  # `three night markets`
    hyphened = m.string[m.end("count") : m.end("count") + 1] == "-"
    if unit == "Q" and (m["count"].lower() in ("a", "an", "one") or hyphened or OF_NOT_A_YEAR.match(m.string, m.end())):
        return None  # `a quarter of the budget`, `three-quarters would go`, `two quarters of the seats`: fractions
    if m["half"]:
        value = (value or 0) + 0.5
    if unit == "FN":
        unit, value = "W", None if value is None else value * 2
    return Partial(duration={unit: value if value is not None else -1.0}, vague=vague, kinds={"duration"})


def _unit_long(m: re.Match[str]) -> Partial | None:
    """`a day-long meeting` lasts a day; `a decades-long battle` some decades (TimeML: `P1D`, `PXY`)."""
    vague = bool(m["plural"])
    return Partial(duration={_unit(m["unit"]): -1.0 if vague else 1.0}, vague=vague, kinds={"duration"})


def _quarter_hours(m: re.Match[str]) -> Partial | None:
    """`three-quarters of an hour`, `one and a quarter of hour`: quarters of an hour, with whole hours before."""
    quarters = 1 if m["q"].lower() in ("a", "an") else small_cardinal(m["q"])
    whole = small_cardinal(m["whole"]) if m["whole"] else 0
    if not quarters or quarters > 3 or whole is None:
        return None
    return Partial(duration={"H": whole + quarters / 4}, kinds={"duration"})


def _half_unit(m: re.Match[str]) -> Partial | None:
    return Partial(duration={_unit(m["unit"]): 0.5}, kinds={"duration"})


def _plural_duration(m: re.Match[str]) -> Partial | None:
    """`for years`, `within days`, `over the years`; after `in` only a span of time something is the most of
    (`the worst storm in years`, `the first time in decades`) or one that ends its phrase (`not seen in years.`),
    not a unit of measure (`paid in days, not weeks`, `jailed in years when the war raged`)."""
    if m.string[max(0, m.start() - 3) : m.start()].lower() == "in " and not (
            _IN_SUPERLATIVE.search(m.string, max(0, m.start() - _SUPERLATIVE_REACH), m.start())
            or _PHRASE_END.match(m.string, m.end())):
        return None
    return Partial(duration={_unit(m["unit"]): -1.0}, vague=True, kinds={"duration"})


# `the highest in years`, `the first time in decades`, `hasn't been seen in years`: words that make `in years` a span
_IN_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|least|first|last|best|worst|ever|seen|since|this|so)\b[^.;!?]*$", re.I)
_SUPERLATIVE_REACH = 60
_PHRASE_END = re.compile(r"\s*(?:[.;:!?)]|$)")


# `every January`, `each summer`: a month or season that recurs. Not the month words that are common words or
# abbreviations (`each march`, `every may`), nor `fall` (`every fall in prices`).
_RECURRING_MONTHS = alternation(m for m in MONTHS if len(m) > 4 and m not in AMBIGUOUS_MONTHS) + "|june|july"
_RECURRING_SEASONS = alternation(s for s in SEASONS if s != "fall")


def _every(m: re.Match[str]) -> Partial | None:
    target = m["what"].lower().rstrip("s.")
    step = 2 if m["other"] else int(cardinal(m["n"]) or 1) if m["n"] else 1
    if m["q"].lower() == "all" and not (m["other"] or m["n"] or m[0].lower().endswith("s")) \
            and target not in PARTS_OF_DAY and target not in WEEKDAYS \
            and target not in ("weekend", "week-end", "weekday", "workday", "business day"):
        # `all day`: the whole of one day, once; a length nothing moves or joins (`all week, all month`)
        return Partial(duration={_unit(target): 1}, kinds={"duration", "definite"})
    if target in WEEKDAYS:
        return Partial(set_value=f"XXXX-WXX-{WEEKDAYS[target] + 1}", kinds={"set"})
    if target in ("weekend", "week-end"):
        return Partial(set_value="XXXX-WXX-WE", kinds={"set"})
    if target in ("weekday", "workday", "business day"):
        return Partial(set_value="P1WD", kinds={"set"})
    if target in PARTS_OF_DAY:
        return Partial(set_value=f"T{PARTS_OF_DAY[target]}", kinds={"set"})
    if target in MONTHS:
        return Partial(set_value=f"XXXX-{MONTHS[target]:02d}", kinds={"set"})
    if target in SEASONS:
        return Partial(set_value=f"XXXX-{SEASONS[target]}", kinds={"set"})
    return Partial(set_value=duration({_unit(target): step}, vague=False), kinds={"set"})


def _times_per(m: re.Match[str]) -> Partial | None:
    return Partial(set_value=duration({_unit(m["unit"]): 1}, vague=False), kinds={"set"})


def _set_word(m: re.Match[str]) -> Partial | None:
    return Partial(set_value=SET_WORDS[m[0].lower()], kinds={"set"})


# --- holidays ----------------------------------------------------------------------------------------

def _holiday(m: re.Match[str]) -> Partial | None:
    name = holiday_name(m["name"])
    if not name:
        return None
    if m["week"] or name in WEEK_HOLIDAYS:
        # `Easter week`, `Thanksgiving week`, `Holy Week`: the week that holds the day
        return Partial(holiday=name, relation=_relation(m["rel"]), kinds={"holiday", "holiday_week"})
    hour, minute = CLOCK_TIME.get(name, (None, None))  # `Earth Hour` starts at a set time of its day
    return Partial(holiday=name, relation=_relation(m["rel"]), hour=hour, minute=minute, kinds={"holiday"})


def _decade_build(m: re.Match[str]) -> Partial | None:
    if m["century"]:
        return Partial(decade=int(m["century"] + m["d"]), kinds={"decade"})
    digit = int(m["d2"])
    return Partial(decade=190 + digit if digit >= 2 else 200 + digit, weak=not m["the"], kinds={"decade"})


def _year_ago_build(m: re.Match[str]) -> Partial | None:
    """`year-earlier`, `the year-ago quarter`, `the year-earlier period`: the same period one unit back.

    Without its noun (`year-earlier results`) it is a modifier, and `cues` drops it before a noun; with one
    it is a period of the discourse (`the year-earlier quarter` of a report on a quarter is that quarter a year
    before), which `extract` settles.
    """
    back = _unit(m["back"].lower())
    noun = m["noun"].lower() if m["noun"] else ""
    kinds = {"relunit", "yearback"} | ({"with_noun"} if noun else set())
    if noun == "quarter":
        kinds.add("of_quarter")
    return Partial(shift=(back, -1), kinds=kinds)


def _after_next(m: re.Match[str]) -> Partial | None:
    """`Friday after next`, `the week after next`: one beyond the next one."""
    what = m["what"].lower().rstrip(".")
    if what in WEEKDAYS:
        return Partial(weekday=WEEKDAYS[what], relation="after next", kinds={"weekday"})
    return Partial(shift=(_unit(what), 2), kinds={"relunit"})


def _relative_unit_build(m: re.Match[str]) -> Partial | None:
    unit_text = m["unit"].lower().replace("-", "")
    if unit_text in ("workweek", "work week", "working week", "business week"):
        unit_text = "week"
    relation = _relation(m["rel"])
    fiscal = unit_text.startswith("fiscal")
    unit_text = "year" if fiscal else unit_text
    unit = _unit("weekend" if unit_text == "weekend" else "quarter" if unit_text == "qtr" else unit_text)
    definite = m["rel"].lower().startswith("the ")
    if definite and relation in ("past", "last") and unit in ("D", "W", "M", "Y", "Q", "DE", "CE") and not fiscal:
        return Partial(duration={unit: 1}, kinds={"duration", "definite"})
    if unit == "FN":
        return Partial(duration={"W": 2}, kinds={"duration", "definite"}) if definite else None
    # `the coming year` is the next twelve months: as a year, the one that holds most of them.
    coming = {"coming"} if unit == "Y" and relation in ("coming", "upcoming", "this coming", "this upcoming") else set()
    # `the following year`, `the next month`: counted from the story's last date, as `the next day` is.
    story = {"narrative"} if definite and relation in ("following", "next", "previous") else set()
    return Partial(shift=(unit, _shift_of(relation)), fiscal=fiscal, kinds={"relunit"} | coming | story)


def _period_edge(m: re.Match[str]) -> Partial | None:
    """`EOY`, `EOM`, `BOY`: the end or beginning of the current year, month or day."""
    if m[0] != m[0].upper() and (m[0] != m[0].lower() or m["edge"] == "b"):
        return None  # `eod` may be written small; `boy`, `bod`, `bom` written small are words
    unit = {"d": "D", "m": "M", "y": "Y"}[m["unit"].lower()]
    end = m["edge"].lower() == "e"
    return Partial(shift=(unit, 0), mod="END" if end else "START", kinds={"relunit", "edge"} if end else {"relunit"})


def _unit_end(m: re.Match[str]) -> Partial | None:
    """`by year-end`, `at year's end`, `quarter-end`: the end of the current one (TimeBank: the unit, mod END)."""
    return Partial(shift=(_unit(m["unit"]), 0), mod="END", kinds={"relunit"})


_WINDOW_UNITS = r"days?|weeks?|months?|quarters?|years?|decades?|hours?|minutes?|mins?|seconds?|secs?"


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _window(m: re.Match[str]) -> Partial | None:
    """`next 3 weeks`, `last two years`, `the 5 upcoming years`: the units next to the current one, as a range.

    `upcoming` with a count and no determiner counts to one unit: `upcoming two weeks`, `2 upcoming days` is
    the week, the day that many ahead (`the upcoming two weeks` stays a stretch of time).
    """
    n = small_cardinal(m["count"] or m["count2"])
    relation = (m["rel"] or m["rel2"]).lower()
    unit = _unit(m["unit"] or m["unit2"])
    if n and relation == "upcoming" and not _THE_BEFORE.search(m.string, 0, m.start()):
        return Partial(shift=(unit, n), kinds={"relunit"})
    if not n or (m["unit2"] and n > 1 and not m["unit2"].lower().endswith("s")):
        return None  # `only 3 next week`: a count of something else before `next week`
    forward = _shift_of(relation) > 0
    first, last = (1, n) if forward else (-n, -1)
    return Partial(shift=(unit, first), window_end=(unit, last), kinds={"relunit", "window"})


def _unit_before(m: re.Match[str]) -> Partial | None:
    """`up from $1 billion the year before`: the unit before the story's, as `the previous year` is."""
    return Partial(shift=(_unit(m["unit"]), -1), kinds={"relunit", "narrative"})


def _the_unit(m: re.Match[str]) -> Partial | None:
    """`the year`, `later in the month`, `the fiscal year`: the current one, as a reader takes it."""
    fiscal = m["unit"].lower().startswith("fiscal")
    return Partial(shift=(_unit("year" if fiscal else m["unit"]), 0), fiscal=fiscal, weak=True,
                   kinds={"relunit", "definite"})


def _mod_build(m: re.Match[str]) -> Partial | None:
    """`early`, `the end of`; with a bare unit (`the end of the month`) the unit is the current one."""
    word = (m["w"] or m["w2"] or m["w3"]).lower()
    shift = (_unit(m["unit"]), 0) if m["unit"] else None
    edge = {"edge"} if word == "end" else {"rest"} if word in ("rest", "remaining", "remainder") else set()
    return Partial(mod=_MOD.get(word, "END" if edge == {"rest"} else None), shift=shift,
                   kinds=({"mod", "relunit"} if shift else {"mod"}) | edge)


def _week_number_build(m: re.Match[str]) -> Partial | None:
    n = int(m["n"] or m["n2"])
    return Partial(week=n, kinds={"week"}) if 1 <= n <= 53 else None


def _everyday(m: re.Match[str]) -> Partial | None:
    return Partial(set_value="P1D", kinds={"set", "everyday"})


def _duration_build(m: re.Match[str]) -> Partial | None:
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", m["count"] or "") and not m["unit"].lower().endswith("s"):
        return None  # `the 1988 quarter`: a year naming a period, not 1,988 quarters
    partial = _duration(m)
    if partial is not None and m["half2"] and partial.duration:
        ((unit, value),) = partial.duration.items()
        partial.duration = {unit: value + (0.25 if m["half2"].lower() == "quarter" else 0.5)}  # `a year and a quarter`
    return partial



def _with_kind(build: Build, kind: str) -> Build:
    """`build`, its reading marked `kind`: `compact` (`3h` must stand as a word of its own, not inside a code)
    or `definite` (`the past three years`: a length nothing moves or joins)."""

    def marked(m: re.Match[str]) -> Partial | None:
        partial = build(m)
        if partial is not None:
            partial.kinds = partial.kinds | {kind}
        return partial

    return marked


# `two years`, `25 straight months`, `an hour and a half`, `three and a half weeks`
_DURATION = rf"{_COUNT}[\s-]*(?P<half>and\s+(?:an?\s+)?half\s+)?(?:(?:straight|consecutive|full|long|more|" \
    rf"additional|extra|further|less|fewer)\s+)?{_UNIT}(?:[\s-]+(?:and\s+)?(?:a\s+)?(?P<half2>half|quarter(?![\s-]+of\b)))?"


# --- the rule table ----------------------------------------------------------------------------------

_YEAR_CUE = r"(?P<cue>(?:the\s+)?(?:year|yr|cy|calendar\s+year)\s*)"

RULES: list[tuple[str, str, Build]] = [
    ("iso", r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T\s](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
            r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?", _iso),
    ("ymd", r"(?P<y>\d{4})[/.](?P<mo>\d{1,2})[/.](?P<d>\d{1,2})", _iso),
    ("ymd_spaced", r"(?P<y>(?:19|20)\d{2})\s(?P<mo>\d{2})\s(?P<d>\d{2})", _iso),
    ("ymd_name", rf"(?P<y>\d{{4}})[/-](?P<mon>{MONTH_RE})[/-](?P<d>\d{{1,2}})", _ymd_month_name),
    ("numeric", r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![.\d]\d)", _numeric_date),
    # not the fraction of a price (`40 1/8`)
    ("month_day_numeric", r"(?<!\d\s)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![/\d])"
                          r"(?!\s*(?:[a-z]*\s*of\s+an?\b|h\b|hours?|"
                          r"hrs?|days?|weeks?|months?|years?|mins?|minutes?|cups?|miles?|inch|%|percent|million|"
                          r"billion|thousand|times|dollars?|points?))", _numeric_month_day),
    ("month_year_numeric", r"(?P<mo>\d{1,2})[/-](?P<y>(?:19|20)\d{2})(?![/\d-])", _month_year_numeric),
    ("year_month_numeric", r"(?P<y>(?:19|20)\d{2})[/-](?P<mo>\d{2})(?![/\d-])", _year_month_numeric),
    ("compact", r"(?:19|20)\d{6}", _compact),
    ("fiscal", r"(?:fiscal(?:\s+year)?\s+|fy\s?)(?P<y>\d{4}|'?\d{2})", _fiscal_year),
    ("quarter", r"(?:q(?P<q>[1-4])(?:[\s-]*(?P<y>\d{4}|'\d{2}|\d{2}(?!\d)))?|(?P<y2>\d{4})[\s-]*q(?P<q2>[1-4]))",
     _quarter),
    ("quarter_ordinal", r"(?:the\s+)?(?P<n>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\s+(?:quarter|qtr)"
                        r"\s+of))[\s-]+(?:quarter|qtr)", _quarter_ordinal),
    ("year_period", r"(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+(?P<noun>quarter|period|first\s+half|second\s+half)(?![\w-])",
     _year_period),
    # `the same period of 1996`: the period under discussion, in that year
    ("same_period_year", r"the\s+(?:same|comparable|corresponding)\s+(?P<noun>period|quarter)\s+(?:of|in)\s+"
                         r"(?P<y>(?:19|20)\d\d)(?![\d-])", _year_period),
    ("half", r"(?:h(?P<h>[12])(?:[\s-]*(?P<y>\d{4}))?|(?P<y2>\d{4})[\s-]*h(?P<h2>[12]))", _half),
    ("half_ordinal", r"(?:the\s+)?(?P<n>first|second|1st|2nd|latter)[\s-]+half", _half_ordinal),
    ("decade", r"(?:(?P<the>the)\s+)?(?:(?P<century>1\d|20)(?P<d>\d)0\s?'?s|'?(?P<d2>\d)0'?s)(?=\W|$)", _decade_build),
    ("decade_word", r"(?:(?P<the>the)\s+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
     _decade_word),
    ("century", rf"(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_ORD})[\s-]+century", _century),
    ("year_cue", rf"{_YEAR_CUE}(?P<y>1\d{{3}}|20\d{{2}})(?![\d])", _year),
    ("year", r"(?P<cue>)?(?P<y>1[0-9]{3}|20[0-9]{2})(?![\d]|[.,]\d|\s?%|-(?:year|month|day|week|hour|point))", _year),
    ("year_short_cue", r"cy(?P<y>\d{2})", _year_apostrophe),
    # not after another quote mark: `''27 companies reported` opens a quotation
    ("year_of_month", r"(?P<skip>of\s+)(?P<y>\d{2})(?![\d'’]|[.,:/-]\d|\s*(?:%|percent|[a-z]+s\b))", _year_of_month),
    ("year_apostrophe", r"(?<![‘’'`])[‘’'](?P<y>\d{2})(?![\d'’])", _year_apostrophe),
    ("spelled_year", rf"(?:(?:{NUMBER_WORDS_RE})\s+(?:thousand|hundred)(?:\s+(?:and\s+)?(?:{NUMBER_WORDS_RE}))?"
                     rf"|(?:nineteen|eighteen|seventeen|twenty)\s+(?:{NUMBER_WORDS_RE}))", _spelled_year),
    ("holiday", rf"(?:{_RELATION}\s+)?(?P<name>" + HOLIDAYS_RE + r")(?P<week>\s+week(?![\w-]))?", _holiday),
    ("nth", rf"(?:the\s+)?(?:(?P<back>{_ORD})\s+(?=last\b))?(?P<n>{_ORD}|last|final)\s+"
            rf"(?P<what>{WEEKDAY_RE}|day|week|week-?end)(?:\s+(?P<pod>morning|afternoon|evening|night))?\s+(?:of|in)"
            rf"(?:\s+the\s+(?P<unit>month|year)|(?=\s))", _nth),
    ("weekday_count", rf"(?P<count>\d{{1,2}}|{NUMBER_WORDS_RE})\s+(?P<wd>{WEEKDAY_RE})s\s+(?P<dir>from\s+(?:right\s+)?"
                      rf"(?:now|today)|hence|ago|back|before\s+now)", _weekday_count),
    ("counted_from", rf"(?:the\s+)?(?P<n>{_ORD})\s+(?P<wd>{_WEEKDAY_WORDS})(?=\s+(?:after|before)\s)", _counted_from),
    ("weekday", rf"(?:{_RELATION}\s+)?(?P<wd>{_WEEKDAY_WORDS})(?P<plural>s)?(?!\w)", _weekday),
    ("month", rf"(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<mon>{MONTH_RE})", _month),
    ("month_slash", rf"(?P<mon>{MONTH_RE})/(?P<n>\d{{4}}|\d{{1,2}})(?![/\d])", _month_slash),
    ("glued_day", rf"(?P<mon>{MONTH_RE})(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?P<mon2>{MONTH_RE})", _glued),
    ("anaphor", r"(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that\s+(?:same\s+|very\s+)?|the\s+(?:same|very)\s+)"
                r"(?P<unit>day|week|month|year|"
                r"morning|afternoon|evening|night)(?![\w-])|the\s+(?P<rel>next|following|previous)\s+"
                r"(?P<pod>morning|afternoon|evening|night)(?![\w-])", _anaphor),
    ("relative_day", r"(?:the\s+)?day\s+(?:after\s+tomorrow|before\s+yesterday)|today|tonight|tomorrow|tmrw|"
                     r"yesterday|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:after|before)"
                     # not before a weekday, nor before a clause (`later in the day before returning home`)
                     r"(?!\s+(?:\w+day|(?-i:[a-z]+ing))\b)|"
                     r"otd", _relative_day),
    ("vague_ref", r"recently|(?<!\bas\s)soon(?!\s+as\b)|"
                  # `Elian's future`, `the future that awaits him`: the future as a time, not `future plans`
                  r"(?:the\s+|(?<=['’]s\s))future(?=\s*[.,;:!?\"')”]|\s+(?:that|which|is|was|will|would|"
                  r"of|for|and|or|but|as|in|at|to|away|from|looks|remains|holds)\b)|"
                  r"(?:(?<=\bin\s)the|(?:in\s+)?the\s+(?:near|distant))\s+(?:future|past)"
                  r"(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?|hours?))",
     _vague_ref),
    ("vague_period", r"(?P<recent>recent)\s+(?:days|weeks|months|years|decades)|(?:the\s+)?(?:coming|upcoming)\s+"
                     r"(?:days|weeks|months|years|decades)|(?:the\s+)?(?:days|weeks|months|years|decades)\s+"
                     r"(?:ahead|to\s+come)", _vague_period),
    ("present", r"(?:right\s+)?now|currently|current|presently|nowadays|at\s+(?:the\s+)?present(?:\s+time)?|"
                r"at\s+the\s+moment|at\s+this\s+time|these\s+days", _present),
    ("the_unit", r"the\s+(?P<unit>year|fiscal\s+year|month|week|quarter|weekend|decade)"
                 r"(?![\s-]+(?:before|after|earlier|ago|later|end\b|\d))", _the_unit),
    ("unit_before", r"the\s+(?P<unit>year|month|week)\s+before(?=\s*(?:[.,;:!?)]|$))", _unit_before),
    ("same_period", r"the\s+same\s+(?P<noun>period|quarter|month|week|time)\s+(?:(?:a|one)\s+year\s+(?:ago|"
                    r"earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year)(?![\w-])", _same_period),
    ("year_ago", r"(?:the\s+)?(?P<back>year|month|week|quarter)-(?:ago|earlier)(?:\s+(?P<noun>quarter|period|"
                 r"month|year|week|(?:first|second)\s+half)(?![\w-]))?", _year_ago_build),
    ("relative_season", rf"{_RELATION}\s+(?P<season>spring|summer|autumn|fall|winter)", _relative_season),
    ("window", rf"(?<!the\s)(?P<rel>last|past|next|previous|coming|following|upcoming)\s+(?P<count>\d{{1,3}}|"
               rf"{NUMBER_WORDS_RE})\s+(?P<unit>{_WINDOW_UNITS})(?!\w)|(?P<count2>\d{{1,3}}|{NUMBER_WORDS_RE})\s+"
               rf"(?P<rel2>next|past|coming|upcoming|following|previous)\s+(?P<unit2>{_WINDOW_UNITS})(?!\w)", _window),
    ("after_next", rf"(?:the\s+)?(?P<what>{_WEEKDAY_WORDS}|weekend|week|month|year)\s+after\s+next(?!\s+\w+day)",
     _after_next),
    ("relative_unit", rf"{_RELATION}\s+(?P<unit>weekend|week-end|work\s?week|working\s+week|business\s+week|week|"
                      rf"fiscal\s+year|month|year|quarter|qtr|decade|century|fortnight)", _relative_unit_build),
    ("period_edge", r"(?P<edge>[eb])o(?P<unit>[dmy])", _period_edge),
    ("unit_end", r"(?P<unit>year|month|quarter)(?:[\s-]end|'s\s+end)(?![\w-])", _unit_end),
    ("mod", r"(?P<w>early|mid|late|earlier|later)(?:[\s-]+in)?(?=[\s-])|(?P<w3>pre|post)(?=-\d)|(?:the\s+)?"
            r"(?P<w2>beginning|start|middle|end|rest|remaining|remainder)\s+of(?:\s+the)?(?:\s+(?P<unit>day|week|month|year|decade))?(?=\W|$)",
     _mod_build),
    ("week_number", r"(?:the\s+)?week\s+(?P<n>\d{1,2})|w(?P<n2>\d{2})", _week_number_build),
    ("season", r"(?P<season>spring|summer|autumn|fall|winter)", _season),
    # not a race time with its fraction of a second (`3:31.526`, `1:46.45`)
    ("clock", rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?(?![.,]\d)\s*(?P<ampm>{AMPM_RE})?{ZONE_RE}",
     clock),
    ("clock_dotted", rf"(?P<h>\d{{1,2}})\.(?P<mi>\d{{2}})\s*(?P<ampm>{AMPM_RE}){ZONE_RE}", clock),
    ("clock_dotted_zone", rf"(?P<h>\d{{1,2}})\.(?P<mi>\d{{2}})(?P<ampm>)\s*\b(?P<tz>{alternation(TIMEZONES)})\b",
     clock),
    # `9.30-4.30pm`, `from 10.30 to 11.45am`: a dotted start is a clock when the range's end has a.m./p.m.
    # spelled out (`10.45p` may be pence)
    ("clock_dotted_start", r"(?P<h>\d{1,2})\.(?P<mi>\d{2})(?P<ampm>)(?P<tz>)(?=\s*(?:-|–|to|till|until|and)\s*"
                           r"\d{1,2}[.:]\d{2}\s*[ap]\.?\s?m\b)", clock),
    ("clock_h", rf"(?P<h>\d{{1,2}})h(?P<mi>\d{{2}})?(?:\s*(?P<ampm>{AMPM_RE}))?{ZONE_RE}", clock_h),
    # `9.am`: a stray dot between the hour and a.m./p.m.
    ("clock_ampm", rf"(?P<h>\d{{1,2}})(?:ish)?(?:\s*|\.(?=[ap]\.?m\b))(?P<ampm>{AMPM_RE})(?P<mi>)?{ZONE_RE}", clock),
    ("clock_compact", rf"(?P<hm>\d{{3,4}})\s*(?P<ampm>{AMPM_RE})", clock_compact),
    ("clock_words", rf"(?P<h>{NUMBER_WORDS_RE})(?:\s+(?P<mi>{NUMBER_WORDS_RE}|o'?\s?(?:one|two|three|four|five|"
                    rf"six|seven|eight|nine)))?(?:\s+(?P<oclock>o'?\s?clock))?(?:\s*(?P<ampm>{AMPM_RE}))?{ZONE_RE}",
     clock_words),
    ("oclock", rf"(?P<h>\d{{1,2}}|{NUMBER_WORDS_RE})\s+(?P<oclock>o'?\s?clock)(?:\s*(?P<ampm>{AMPM_RE}))?(?P<mi>)?"
               rf"{ZONE_RE}", clock_words),
    ("at_hour", rf"(?P<skip>(?:at|@)\s*)(?P<h>\d{{1,2}}|{NUMBER_WORDS_RE})(?:[\s:.](?P<mi>\d{{2}}))?"
                rf"(?!\s*(?:%|percent|(?:and|or|to|-)\s*\d|per\b|points?|[a-z]+s\b|million|billion|years?|months?|"
                rf"days?|weeks?|hours?|[.,]\d)){ZONE_RE}",
     at_hour),
    # `Friday the 26th around 4.`: an hour after `around`/`about` right after a day, closing its phrase (not
    # `around 4 people`, `with about 4.`)
    ("around_hour", r"(?:(?<=day\s)|(?<=\d(?:st|nd|rd|th)\s)|(?<=tomorrow\s)|(?<=tonight\s))(?P<skip>(?:around|about)"
                    r"\s+)(?P<h>\d{1,2})(?P<mi>)(?P<tz>)(?=\s*(?:[.,;!?)]|$))", at_hour),
    ("past_to", rf"(?P<mi>(?:a\s+)?quarter|half|(?:\d{{1,2}}|{NUMBER_WORDS_RE})\s+min(?:ute)?s?)\s+"
                rf"(?P<dir>past|after|to|till|before)\s+(?P<h>noon|midday|midnight|\d{{1,2}}|{NUMBER_WORDS_RE})(?:\s*(?P<ampm>{AMPM_RE}))?",
     past_to),
    ("past_bare", rf"(?P<mi>\d{{1,2}}|{NUMBER_WORDS_RE})\s+(?P<dir>past|after|to)\s+(?P<h>noon|midday|midnight|"
                  rf"\d{{1,2}}|{NUMBER_WORDS_RE})(?P<oc>\s+o'?\s?clock)?(?:\s*(?P<ampm>{AMPM_RE}))?", _past_bare),
    ("noon", r"(?:noon|midnight|midday|mid\s?night)(?:ish)?", noon),
    ("clock_ish", r"(?P<h>\d{1,2})ish", _hour_ish),
    ("pod", r"(?:(?P<lead>this|tomorrow|yesterday|last|tonight|today)\s+)?(?P<the>(?:in\s+)?the\s+)?"
            r"(?:(?P<mod>early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night-?time|night|overnight)"
            r"(?:(?P<plural>s)|ish)?", part_of_day),
    ("set_every", rf"(?P<q>every|each|all)\s+(?:(?P<other>other)\s+|(?P<n>\d+|{NUMBER_WORDS_RE})\s+)?"
                  rf"(?P<what>{WEEKDAY_RE}|{_UNIT_WORDS}|weekday|workday|business\s+day|morning|afternoon|evening|"
                  rf"night|{_RECURRING_MONTHS}|{_RECURRING_SEASONS})s?\b", _every),
    ("set_everyday", r"everyday", _everyday),
    ("times_per", rf"(?:once|twice|\d+\s+times|{NUMBER_WORDS_RE}\s+times|one)\s+(?:a|an|per|every|each)\s+"
                  rf"(?P<unit>{_UNIT_WORDS})", _times_per),
    ("set_word", alternation(SET_WORDS), _set_word),
    ("ordinal_day", rf"(?:the\s+)?(?P<ord>{_ORD})", _day_ordinal),
    ("quarter_hours", rf"(?:(?P<whole>\d{{1,2}}|{NUMBER_WORDS_RE})\s+and\s+)?(?P<q>an?|one|two|three|[123])[\s-]+"
                      rf"quarters?\s+of\s+(?:an?\s+)?hours?", _quarter_hours),
    # `the past three years`, `the next 18 months`: a length whose span keeps its determiner (TimeBank).
    ("duration_definite", rf"the\s+(?:last|past|next|coming|upcoming|previous|following|first|final)\s+{_DURATION}",
     _with_kind(_duration_build, "definite")),
    ("duration", _DURATION, _duration_build),
    # `3h`, `1.5d`; a fraction may stand apart from its letter (`1/2 h`)
    ("duration_compact", r"(?<!\w-)(?P<count>\d+(?:\.\d+)?|[1-3]/[24]\s?)(?P<unit>h|w|d)(?P<half>)(?P<half2>)(?!-\w)",
     _with_kind(_duration, "compact")),
    # not the end of a counted length (`a two-day-long meeting`)
    ("unit_long", r"(?<!-)(?P<unit>hour|day|week|month|year|decade|century|centurie)(?P<plural>s)?-long",
     _unit_long),
    # `3/4 of an hour`, `1/2 of a day`: a written fraction of one unit
    ("fraction_of", r"(?P<count>[1-9]/[1-9])\s+of\s+an?\s+(?P<unit>minute|hour|day|week|month|year)(?P<half>)"
                    r"(?P<half2>)", _duration),
    ("half_unit", r"half\s+(?:an?\s+)?(?P<unit>hour|day|minute|year|month|week|century|decade)", _half_unit),
    # `for years`, `the worst storm in years`, `within days`, `over the years`
    ("plural_duration", r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\sthe\s))"
                        r"(?P<unit>decades|years|months|weeks|days|hours|minutes|centuries)(?![\w-]|\s+of\b)",
     _plural_duration),
    ("number", r"\d{1,2}", _number),
    ("number_word", NUMBER_WORDS_RE, _number_word),
]


COMPILED: list[tuple[str, FoldedRule, Build]] = [
    (name, folded(f"(?:{pattern})" + _R, before=_L), build) for name, pattern, build in RULES
]


def pieces(text: str) -> Iterator[Piece]:
    """Every rule match in `text` that reads as a calendar piece (overlapping matches included)."""
    low = lowered(text)
    for name, rule, build in COMPILED:
        for m in rule.finditer(text, low):
            partial = build(m)
            if partial is not None:
                # A cue word the rule needs but the span must not take ("at 5" is the time 5).
                start = m.end("skip") if "skip" in rule.pattern.groupindex and m["skip"] else m.start()
                yield Piece(start, m.end(), partial, name)



# Precedence when two matches of equal length overlap: the rule listed first wins.
RULE_ORDER: dict[str, int] = {name: n for n, (name, _, _) in enumerate(COMPILED)}
