"""Mentions read from cues around a name rather than from the model: a page's furniture.

A capitalised name right after a person's title is a person (`President Gitanas
Nauseda`, `Chancellor Friedrich Merz`), and so is a surname after initials and a
byline's; a wire story's sign-off names its newsroom; the place opening a
dateline is a place. Results lists and tables are read in `results.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..engine.given_names import is_common_given_name
from . import gazetteer
from .demonyms import is_demonym
from .junk import NOT_ENTITIES
from .layout import datelines, lines, region_end, venues
from .mentions import Mention, ends_in_organisation_word, place_of
from .names import name_end, name_start
from .titles import is_head, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words before `by` in a credit line (`Reporting by`, `Photo by`).
CREDITS = frozenset({
    "reporting", "reported", "editing", "edited", "writing", "written", "photo", "photos", "photograph",
    "compiled", "video", "graphics", "illustration", "produced",
})


def titled_people(doc: Doc) -> list[Mention]:
    """Names written right after a title word that the model does not call something else."""
    found: list[Mention] = []
    for token in doc[:-1]:
        if not is_head(token) or (token.ent_type_ and token.ent_type_ not in ("PERSON", *NOT_ENTITIES)):
            continue
        start = token.i + 1
        if is_title_word(doc[start]):
            continue  # the title runs on (`commander Major-General Utomo`): its last head word leads the name
        if doc[start].ent_type_ == "PERSON":
            continue  # the model has the name already, and its span is completed in `mentions`
        end = name_end(doc, start)
        place = gazetteer.lookup(doc[start:end].text) if end > start else None
        if end > start and (place is None or place.kind == "city"):
            found.append(Mention(start, end, "PERSON", origin="title"))
    return found


# One or two initials before a surname (`M. Bevan`, `D.A. Weibring`); not the initials of a country or a
# union (`U.S.`, `U.N.`), which the gazetteer and the model read.
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)?")
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U."})
_COMPASS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


def initialled_people(doc: Doc) -> list[Mention]:
    """A surname after initials is a person's (`G. Gooch 111 , R. Irani 91`, `M. Slater c P. Strang b
    Whittall`): scorecards and citations write names so."""
    found: list[Mention] = []
    for token in doc[:-1]:
        if not _INITIALS.fullmatch(token.text) or token.text in _NOT_INITIALS:
            continue
        if token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].is_alpha:
            continue  # a middle initial (`David J. Russell`): the model has the name
        end = name_end(doc, token.i + 1)
        rest = doc[token.i + 1 : end].text
        place = gazetteer.lookup(rest)  # a town is a surname too (`J. Crawley`), a country is none
        compass = _COMPASS.get(token.text)  # `N. Korea` is North Korea
        if end > token.i + 1 and (place is None or place.kind == "city") \
                and not (compass and (gazetteer.lookup(f"{compass} {rest}") is not None or is_demonym(rest))) \
                and (doc[token.i + 1].ent_type_ in ("", "PERSON") or _initialled_surname(doc, token.i, end)):
            found.append(Mention(token.i, end, "PERSON", origin="title"))
    return found


def _initialled_surname(doc: Doc, start: int, end: int) -> bool:
    """The model's entity is the initials and one surname, nothing more (`J. Crawley` of a scorecard read as
    a body): a person. A firm runs on past the surname (`A.G. Edwards & Sons`, `T. Rowe Price`)."""
    ent = doc[start + 1].ent_type_
    return end - start == 2 and doc[start].ent_iob_ == "B" and doc[start].ent_type_ == ent and (
        end == len(doc) or doc[end].ent_iob_ != "I") and not ends_in_organisation_word(doc[start:end])


# Quotation marks around a nickname, opening and closing.
_OPEN_QUOTES = frozenset({'"', "“"})
_CLOSE_QUOTES = frozenset({'"', "”"})


def nicknamed_people(doc: Doc) -> list[Mention]:
    """A given name, a nickname of one or two capitalised words in quotation marks and a surname are one
    person (`John “Tig” Tiegen`, `Kris "Tanto" Paronto`): the model breaks the name at the quotes and
    reads its pieces as anything."""
    found: list[Mention] = []
    for quote in doc[1:-3]:
        i = quote.i
        given = doc[i - 1]
        if quote.text not in _OPEN_QUOTES or not (given.is_title and given.is_alpha) \
                or not is_common_given_name(given.text):
            continue
        close = next((t.i for t in doc[i + 2 : i + 4] if t.text in _CLOSE_QUOTES), None)
        if close is None or not all(t.is_title and t.is_alpha for t in doc[i + 1 : close]):
            continue
        end = name_end(doc, close + 1)
        if end > close + 1:
            found.append(Mention(name_start(doc, i - 1), end, "PERSON", origin="nickname"))
    return found


def byline_people(doc: Doc) -> list[Mention]:
    """Authors named in a byline or a credit: `By Maria Lopez` opening a line, `Reporting by Jane
    Doe; Editing by Bill Berkrot`."""
    found: list[Mention] = []
    for start, end in lines(doc):
        for token in doc[start:end]:
            if token.lower_ != "by" or not (token.i == start or _credit(doc, token.i - 1, start)):
                continue
            i = token.i + 1
            if i < end and doc[i].text == ":":
                i += 1
            found += _credited(doc, i, end)
    return found


def _credit(doc: Doc, i: int, start: int) -> bool:
    """Token `i` is a credit's word opening its credit: at the line's start, after punctuation or another
    credit (`Reporting by A; Editing by B`, `Additional reporting by`), not inside a clause (`as reported
    by Western Journalism` cites a source, which may be a publication)."""
    if doc[i].lower_ not in CREDITS:
        return False
    before = doc[i - 1] if i > start else None
    return before is None or before.is_punct or before.lower_ in ("additional", "and")


def _credited(doc: Doc, i: int, end: int) -> list[Mention]:
    """The full names a credit lists from token `i` on, joined by `and` or commas (`Reporting by Jason
    Lange and Dustin Volz`): the model reads the second name alone as a place as often as a person."""
    found: list[Mention] = []
    while (stop := name_end(doc, i)) - i >= 2 and stop <= end:
        found.append(Mention(i, stop, "PERSON", origin="byline"))
        if stop + 1 >= end or doc[stop].lower_ not in ("and", ","):
            break
        i = stop + 1
    return found


# Words that end the name of a newsroom in a wire story's sign-off (`-- Sydney Newsroom 61-2 9373-1800`).
DESK_WORDS = frozenset({"Newsroom", "Desk", "Newsdesk", "Bureau"})


def signoff_desks(doc: Doc) -> list[Mention]:
    """The newsroom a wire story signs off with, a line opening with `--`: `-- London Newsroom +44 171`,
    `-- Jacqueline Wong , New York Energy Desk +1 212`; the phone number after it is no part of it."""
    found: list[Mention] = []
    for start, end in lines(doc):
        if doc[start].text not in ("--", "—"):
            continue
        for token in doc[start + 1 : end]:
            if token.text not in DESK_WORDS:
                continue
            first = token.i
            while first > start + 1 and doc[first - 1].text[:1].isupper() and doc[first - 1].text != "--":
                first -= 1
            if first < token.i:
                found.append(Mention(first, token.i + 1, "ORG", origin="byline"))
    return found


# What the model may have marked on a results line's ground: any name after `In` or `At`, only a place without.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_NAMES = _PLACES | {"PERSON", "ORG", "NORP"}


def venue_places(doc: Doc) -> list[Mention]:
    """The ground heading a results line: a place the gazetteer knows, or a name the model marked there (after
    `In` or `At`; with neither, only a place). Not a field's label (`Scorers : Lubarskij ( 50th minute )`, `Result :
    Pakistan won by 9 wickets`), nor a headline's kicker in capitals (`BOOM: Trump Just Fired ...`)."""
    found: list[Mention] = []
    for start, end, led in venues(doc):
        if not led and doc[start:end].text.isupper():
            continue
        place = gazetteer.lookup(doc[start:end].text)
        marked = {t.ent_type_ for t in doc[start:end]}
        if place is not None or marked & (_NAMES if led else _PLACES):
            found.append(Mention(start, end, "GPE", place, origin="table"))
    return found


def dateline_places(doc: Doc) -> list[Mention]:
    """The place a dateline opens with, when the gazetteer knows it or an agency or a date follows."""
    found: list[Mention] = []
    for start, end, dated in datelines(doc):
        place = gazetteer.lookup(doc[start:end].text)
        if place is not None or dated:
            found.append(Mention(start, end, "GPE", place, origin="dateline"))
        region = region_end(doc, end) if doc[end].text == "," else None
        if region is not None:  # `NORTHAMPTON , England 1996-08-27`
            if doc[region - 1].text == "." and doc[region - 2].whitespace_:
                region -= 1  # `LITTLE ROCK , Ark . 1996-08-22`: the abbreviation's stop split off stays out
            found.append(Mention(end + 1, region, "GPE", place_of(doc, end + 1, region), origin="dateline"))
    return found
