"""The date relative expressions resolve against, and where it came from (records' `reference_from`).

In order: the run's option (`option`); publication metadata (`metadata`:
`article:published_time`, `<time datetime>`, `datePublished`, a front matter
`date:`), in the text or, for an HTML file, in the file's own markup; a dateline
near the top of the text (`document`: a full date, one on a line that says so,
`Published`, `Updated`, `Date:`, winning over the first one found); a date in
the document's path (`path`: `2016-10-12`, `2016/10/12`, `20161012`); the
file's modification time (`file`); and only then today (`today`), which the
run should say once on stderr, as the records do.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Literal

from .chains import join, select
from .grammar import RULE_ORDER, pieces

# How far into a document a dateline may sit (titles, bylines and tag lists come first).
HEAD_CHARS = 1500
# Where the reference came from, as records' `reference_from` says.
ReferenceSource = Literal["option", "document", "metadata", "path", "file", "today"]
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


# Publication dates outside these years are placeholders (a CMS's or database's 0001-01-01), not the article's.
CREDIBLE_YEARS = range(1800, 2201)


def credible(moment: dt.date) -> bool:
    """A publication date a document can really carry."""
    return moment.year in CREDIBLE_YEARS


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
        if not credible(moment):
            continue
        line_start = head.rfind("\n", 0, chain.start) + 1
        if _LABELLED.search(head[line_start : chain.start]):
            found.append((True, moment))
        elif _in_header(head, line_start, chain.start, chain.end):
            found.append((False, moment))
    labelled = [moment for is_labelled, moment in found if is_labelled]
    return (labelled or [moment for _, moment in found] or [_labelled_line(head, date_order)])[0]


# What follows the date of a `PLACE, date -` dateline (`NEW YORK, June 5, 2024 -- ...`, `... (Reuters) -`).
_DATELINE_TAIL = re.compile(r"\s*(?:-|--|\u2013|\u2014|\(|/|\|)")
# Where a sentence of prose ends, inside a line or at its end: a line with none is a title, a tag list or a byline.
_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’)]?(?:\s|$)|[.!?][\"”’)]?\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# What sets a date apart from the title before it on one line.
_CLOSING_TITLE = re.compile(r"[.,|:\u2013\u2014-]\s*$")
# What governs a date inside a sentence or a headline (`ended on May 8, 1945`, `repaid by March 3, 2031`).
_GOVERNED = re.compile(r"\b(?:on|by|for|until|till|since|before|after|from|through|to|in|of|at)\W*$", re.I)


def _is_sentence(line: str) -> bool:
    """A line of prose: lower-case words and a sentence's end (`The merger closed Jan. 5, 2021.`); not `WASHINGTON,
    March 3, 2024.` nor `By Jane Doe | Dec. 25, 2025`."""
    return bool(_LOWER_WORD.search(line) and _SENTENCE_END.search(line))


def _in_header(head: str, line_start: int, start: int, end: int) -> bool:
    """Whether an unlabelled date sits where a publication date goes: on a line of the header with no sentence in
    it (a date line, a byline, titles and tags), closing a title line, or opening a dateline (`PLACE, date -`);
    never one a preposition governs, which is a date the story talks about (`The war ended on May 8, 1945.`)."""
    if _GOVERNED.search(head[line_start:start]):
        return False
    line_end = head.find("\n", end)
    line = head[line_start : len(head) if line_end < 0 else line_end]
    if not _is_sentence(line):
        return True  # a date line, a byline, a line of titles and tags
    if _CLOSING_TITLE.search(head[line_start:start]) and not head[end : line_start + len(line)].strip(" .)"):
        return True  # a title line closed by its date (`Annual Message to the Congress. January 22, 1970`)
    return bool(_DATELINE_TAIL.match(head, end)) and len(head[line_start:start].split()) <= 5


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
        if moment is not None and credible(moment):
            return moment.replace(tzinfo=None, second=0, microsecond=0)
    return None


def choose(option: dt.datetime | None, text: str, first_piece: bool, date_order: str = "MDY",
           source: str = "") -> Reference | None:
    """The reference for a document, or None when a later piece must reuse the one chosen before."""
    if option is not None:
        return Reference(option, "option")
    if not first_piece:
        return None
    found = metadata(text[:_METADATA_CHARS]) or metadata(_markup_of(source))
    if found is not None:
        return Reference(found, "metadata")
    found = dateline(text, date_order)
    if found is not None:
        return Reference(found, "document")
    found = in_path(source)
    if found is not None:
        return Reference(found, "path")
    found = _modified(source)
    if found is not None:
        return Reference(found, "file")
    return Reference(dt.datetime.combine(dt.date.today(), dt.time()), "today")


# How much of a text or an HTML file is searched for publication metadata (it sits in the head).
_METADATA_CHARS = 20000
_ISO = r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}))?"
_METADATA = (
    # <meta property="article:published_time" content="2016-10-12T09:30:00Z">, in either attribute order
    re.compile(r"(?:article:published_time|og:published_time|datePublished|dateCreated|pubdate|publish(?:ed)?[_-]?date|"
               r"DC\.date(?:\.issued)?|sailthru\.date|parsely-pub-date)[\"']?\s*(?:content|value)?\s*[=:]\s*[\"']?"
               + _ISO, re.I),
    re.compile(r"content=[\"']" + _ISO + r"[^\"']*[\"'][^>]*(?:article:published_time|datePublished|pubdate)", re.I),
    re.compile(r"<time\b[^>]*\bdatetime=[\"']" + _ISO, re.I),  # <time datetime="2016-11-07">
    re.compile(r"\A\s*---\s*\n(?:[^\n]*\n){0,40}?\s*date\s*:\s*[\"']?" + _ISO, re.I),  # front matter
)
_PATH_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_/.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
                        r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def metadata(text: str) -> dt.datetime | None:
    """The publication date a page's markup or a front matter gives, if any."""
    for pattern in _METADATA:
        m = pattern.search(text)
        if m is not None:
            try:
                day = dt.date.fromisoformat(m["date"])
            except ValueError:
                continue
            clock = dt.time.fromisoformat(m["time"]) if m["time"] else dt.time()
            if credible(day):
                return dt.datetime.combine(day, clock)
    return None


def in_path(source: str) -> dt.datetime | None:
    """A date written in the document's path (`news/2016-10-12/story.txt`, `20161012_story.txt`), the last one."""
    found = None
    for m in _PATH_DATE.finditer(source.replace("\\", "/")):
        try:
            found = dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return found


def _markup_of(source: str) -> str:
    """The head of an HTML file's own markup (its visible text, which the extractor gets, has lost the meta tags)."""
    if not source.lower().endswith((".html", ".htm", ".xhtml")) or not os.path.isfile(source):
        return ""
    try:
        with open(source, "rb") as handle:
            return handle.read(_METADATA_CHARS).decode("utf-8", "replace")
    except OSError:
        return ""


def _modified(source: str) -> dt.datetime | None:
    """The day a file on disk was last modified."""
    try:
        if not source or not os.path.isfile(source):
            return None
        stamp = os.path.getmtime(source)
    except (OSError, ValueError):
        return None
    return dt.datetime.combine(dt.date.fromtimestamp(stamp), dt.time())


def undated_notice(today: int, by_file: int, today_date: dt.date | None = None) -> str | None:
    """The one line a run prints on stderr when some documents gave no date of their own (records whose
    `reference_from` is `today` or `file`), or None when every document had one:

        7 documents had no date; relative dates were resolved against today, 2026-12-03; pass --reference-date
    """
    if today + by_file == 0:
        return None
    count = today + by_file
    parts = []
    if today:
        parts.append(f"today, {(today_date or dt.date.today()).isoformat()}")
    if by_file:
        parts.append("their files' modification dates" if by_file > 1 else "its file's modification date")
    documents = f"{count} document{'s' if count != 1 else ''}"
    return f"{documents} had no date; relative dates were resolved against {' and '.join(parts)}; " \
        "pass --reference-date"
