"""The date relative expressions resolve against: the run's option, else a dateline at the top, else today.

A dateline is a full date (day, month and year) near the top of the document;
one on a line that says so (`Published`, `Updated`, `Date:`) wins over the first
one found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from .chains import join, select
from .grammar import RULE_ORDER, pieces

# How far into a document a dateline may sit (titles, bylines and tag lists come first).
HEAD_CHARS = 1500
# Where the reference came from, as records' `reference_from` says.
ReferenceSource = Literal["option", "document", "file", "today"]
_LABELLED = re.compile(r"\b(?:published|updated|posted|dated?|filed|issued|last\s+modified)\b[^\n]{0,40}$", re.I)


@dataclass(frozen=True)
class Reference:
    moment: dt.datetime
    source: ReferenceSource

    @property
    def has_clock(self) -> bool:
        """A time of day the user gave (`--reference-date 2013-02-12T04:30`); datelines and today give a date."""
        return self.source == "option" and self.moment.time() != dt.time(0, 0)

    @property
    def text(self) -> str:
        """The ISO date, with the time only when one was given."""
        if self.moment.time() == dt.time(0, 0):
            return self.moment.date().isoformat()
        return self.moment.isoformat(timespec="seconds")


def dateline(text: str, date_order: str = "MDY") -> dt.datetime | None:
    """The publication date written near the top of `text`, if any."""
    head = text[:HEAD_CHARS]
    found: list[tuple[bool, dt.datetime]] = []
    for chain in join(head, select(pieces(head), RULE_ORDER)):
        p = chain.partial
        if p.year is None or p.month is None or p.day is None or p.shift is not None:
            continue
        try:
            moment = dt.datetime(p.year, p.month, p.day, p.hour or 0, p.minute or 0)
        except ValueError:
            continue
        line_start = head.rfind("\n", 0, chain.start) + 1
        found.append((bool(_LABELLED.search(head[line_start : chain.start])), moment))
    labelled = [moment for is_labelled, moment in found if is_labelled]
    return (labelled or [moment for _, moment in found] or [_labelled_line(head, date_order)])[0]


_LABEL_LINE = re.compile(
    r"^\W*(?:published|updated|posted|dated?|filed|issued|last\s+modified)\b(?:\s+on)?\s*:?\s*(?P<rest>.+)$",
    re.I | re.M,
)


def _labelled_line(head: str, date_order: str) -> dt.datetime | None:
    """A publication line in a format the grammar does not read (`Posted: 2025/12/25 10:04 UTC`).

    dateparser reads the short line (English only, day, month and year required);
    the time zone is dropped, as the reference is local to the article.
    """
    import dateparser

    for m in _LABEL_LINE.finditer(head):
        moment = dateparser.parse(
            m["rest"][:60], languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": date_order},
        )
        if moment is not None:
            return moment.replace(tzinfo=None, second=0, microsecond=0)
    return None


def choose(option: dt.datetime | None, text: str, first_piece: bool, date_order: str = "MDY") -> Reference | None:
    """The reference for a document, or None when a later piece must reuse the one chosen before."""
    if option is not None:
        return Reference(option, "option")
    if not first_piece:
        return None
    found = dateline(text, date_order)
    if found is not None:
        return Reference(found, "document")
    return Reference(dt.datetime.combine(dt.date.today(), dt.time()), "today")
