"""dates extractor: TIMEX3 dates, times, durations and sets, resolved against the document's own date.

Per document: rule pieces (`grammar`) -> joined expressions (`chains`) ->
accepted in context (`cues`, `context`) -> TIMEX3 values (`resolve`), against
the reference chosen by `reference`. The modules load on first use, so
`extract list` does not pay for compiling the grammar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..engine.extractor import Extractor, Field, Layout, option
from ..engine.records import Context, Fact, Record
from .scoring import score

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    from .extract import find as extract_dates

    return extract_dates(doc, context)


def parse_reference_date(value: str) -> dt.datetime:
    """`2025-12-25` or `2013-02-12T04:30:00` (a trailing `Z` is UTC), in years 2-9998, so that
    `last year` and `next year` stay inside the calendar."""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]") from None
    if not 2 <= moment.year <= 9998:
        raise ValueError(f"{value!r} is outside the years 2 to 9998")
    return moment


# What `Fact.rule` names, with one line each for `extract list --rules`.
RULES = {
    "full_date": "a date that names its year (March 3, 2021; 2021-03-03; Oct. 1998)",
    "numeric_date": "an all-numeric date (03/04/2021, 3.4.21), day and month by --date-order",
    "month_day": "a date without its year, the year from the reference and the tense (December 20)",
    "weekday_by_tense": "a weekday, the week from the tense (Friday, on Monday)",
    "relative": "a move from the reference (yesterday, last week, next year, two days ago)",
    "narrative": "a move from the story's own time (the next day, later that year)",
    "period": "a year, quarter, half, season, decade or century (1998, the third quarter, the 1990s)",
    "holiday": "a holiday or named day (Christmas, Thanksgiving, Ramadan)",
    "time_of_day": "a clock time or part of day (10:35 a.m., Friday morning, noon)",
    "range": "both ends of a range (from May 2 to May 5, 1998-2001)",
    "duration": "a length of time (three weeks, 18 months)",
    "set": "a recurrence (every Monday, weekly, twice a year)",
    "vague_reference": "a present, past or future reference (now, recently, soon)",
}


@dataclass(frozen=True)
class DatesOptions:
    reference_date: dt.datetime | None = option(
        None, "Resolve relative dates against this date or datetime (2025-12-25, 2013-02-12T04:30:00) "
        "instead of the document's dateline.", parse=parse_reference_date, metavar="DATE")
    # None reads MDY and marks a date whose day and month could swap as ambiguous.
    date_order: str | None = option(None, "How to read ambiguous dates like 03/04/2025 (default MDY, and such dates "
                                          "are marked ambiguous).", choices=("MDY", "DMY", "YMD"))


def summary(record: Record) -> str:
    """`DATE 2025-12-20 (against 2025-12-25)`, with a range's end and a modifier when there are."""
    value = str(record.get("value"))
    if record.get("range_end"):
        value += f" to {record['range_end']}"
    if record.get("mod"):
        value += f" ({record['mod']})"
    return f"{record.get('type')} {value}" + (f" (against {record['reference']})" if record.get("reference") else "")


class Undated:
    """Counts the documents whose dates were resolved against today or the file's date, not their own."""

    def __init__(self) -> None:
        self.today = self.by_file = 0

    def add(self, records: list[Record]) -> None:
        origin = next((r["reference_from"] for r in records if r["extractor"] == "dates"), None)
        self.today += origin == "today"
        self.by_file += origin == "file"

    def message(self) -> str | None:
        from .reference import undated_notice

        return undated_notice(self.today, self.by_file)


EXTRACTOR = Extractor(
    name="dates",
    description="Dates, times, durations and sets as TIMEX3 values, resolved against the document's date.",
    extract=find,
    needs=frozenset({"sentences", "tags"}),
    fields=(
        Field("type", "string", "TIMEX3 type.", enum=("DATE", "TIME", "DURATION", "SET")),
        Field("value", "string", "TIMEX3 value at the text's own granularity: 2025-12-20, 2025-W51, P2M, "
              "PRESENT_REF; XXXX-12-20 where no year can be known."),
        Field("reference", "string", "The date relative expressions were resolved against."),
        Field("reference_from", "string", "Where the reference came from.",
              enum=("option", "document", "metadata", "path", "file", "today")),
        Field("mod", "string", "TIMEX3 modifier: BEFORE, AFTER, START, MID, END, APPROX, ...", required=False),
        Field("range_end", "string", "The last value of a range whose start is `value`.", required=False),
        Field("duration", "string", "The length of a range or an anchored period, as a TIMEX3 duration.",
              required=False),
    ),
    options=DatesOptions,
    version="10",
    label="type",
    value="value",
    layout=Layout(("source", "text", "type", "value", "range_end", "mod", "reference"), highlight="value"),
    summary=summary,
    scorer=score,
    colour="#81d4fa",
    notice=Undated,
    rules=RULES,
)
