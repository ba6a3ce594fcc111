"""Where a token stands on the page: headlines and datelines, read from line structure alone.

In a title-case headline every word is capitalised, so the model stretches
entities over ordinary words (`Nvidia Beats Forecasts`); a dateline (`KARACHI
(Reuters) -`, `LONDON 1996-08-30`) names a place whatever the model says, and
a results line (`Ajax Amsterdam 3 Feyenoord 1`) two teams.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.line_breaks import hard_wrap
from ..engine.pipeline import text_of
from .titles import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A headline is short and capitalises nearly every word that is not a short joiner.
HEADLINE_WORDS = 14
HEADLINE_SHARE = 0.75
HEADLINE_MIN_WORDS = 3
CLOSED_HEADLINE_MIN_WORDS = 2
DATELINE_WORDS = 4
# A table: this many lines in a row of a name and this many figures.
TABLE_ROWS = 3
TABLE_FIGURES = 3
# The most words of the ground that heads a results line (`In Bergen :`).
VENUE_WORDS = 3
# A line with this many commas is a list, not a headline.
LIST_COMMAS = 2
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "—", "–", "--"})
# The dashes that end a dateline, and how many tokens after its place one may come (`NEW YORK, June 5, 2024 --`).
DATELINE_DASHES = frozenset({"-", "--", "—", "–", "―"})
DATELINE_REACH = 10
# Labels the model gives a title-case phrase it cannot place (`Scrutinizing the Science` as a work of art).
PHRASE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Words between the two sides of a fixture (`Grimsby v Portsmouth`): no name of a side holds one.
VERSUS = frozenset({"v", "v.", "vs", "vs."})


@once_per_doc
@once_per_doc
def lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (runs between line breaks); every layout reading walks them, so they are
    found once per Doc."""
    found: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if "\n" in token.text:
            if token.i > start:
                found.append((start, token.i))
            start = token.i + 1
    if start < len(doc):
        found.append((start, len(doc)))
    return found


@once_per_doc
def headline_tokens(doc: Doc) -> set[int]:
    """Tokens of all-capital lines and of short one-sentence lines that capitalise almost every word
    (results lines aside)."""
    found: set[int] = set()
    results = {home[0] for home, _ in result_lines(doc)}
    every = lines(doc)
    for n, (start, end) in enumerate(every):
        if any(start <= i < end for i in results) or (end < len(doc) and wrapped(doc, doc[end])):
            continue
        if _table_row(doc, start, end):
            continue
        words = [t for t in doc[start:end] if t.is_alpha]
        long = [t for t in words if len(t) >= 4]
        if len(long) >= 2 and all(t.is_upper for t in words):
            found.update(range(start, end))
            continue
        if (len(words) <= HEADLINE_WORDS and _title_case(doc, start, end, long, heads=n + 1 < len(every))) or (
                n == 0 and len(every) > 1 and _title_line(doc, start, end, long)):
            found.update(range(start, end))
    return found


def _title_line(doc: Doc, start: int, end: int, long: list[Token]) -> bool:
    """The document's title, longer than a headline or in two sentences (`Bernie Sanders Suffered A Big Blow.
    Here's His Plan Going Forward.`): every long word and every short word but joiners capitalised, one of the
    long words no name nor title, so that it is no sentence full of names."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) > 2 * HEADLINE_WORDS or len(long) < HEADLINE_MIN_WORDS or not all(t.text[0].isupper() for t in long):
        return False
    small = [t for t in words[1:] if len(t) < 4 and t.is_stop]
    return sum(t.text[0].isupper() for t in small) >= HEADLINE_SHARE * len(small) and _not_all_names(words, long)


def _not_all_names(words: list[Token], long: list[Token]) -> bool:
    """A capitalised line that is no sentence full of names (`President Barack Obama Met Chancellor Angela
    Merkel.`): one of its long words is neither a name (a phrase the model cannot place is none) nor a title, or it
    capitalises a function word."""
    return any((not t.ent_type_ or t.ent_type_ in PHRASE_LABELS) and not is_title_word(t) for t in long) or (
        _capitalised_function_word(words))


def _capitalised_function_word(words: list[Token]) -> bool:
    """A function word capitalised after the line's first word (`Small Steps Toward College Savings.`, `31 Latinos
    Share Their Most Honest Thoughts On Donald Trump.`): title case, even where the model read the whole line as one
    name; a sentence full of names writes them in lower case (`Senator Warren met Governor Baker in Boston.`)."""
    return any(t.is_stop and t.text[0].isupper() and t.lower_ != "i" for t in words[1:])


def wrapped(doc: Doc, brk: Token) -> bool:
    """Whether line-break token `brk` is a hard wrap inside running text (`Governor Gavin\nNewsom said`), which
    reads as a space; never a blank line (engine/line_breaks.py says the rest)."""
    return brk.text.strip(" \t") == "\n" and hard_wrap(text_of(doc), brk.idx + brk.text.index("\n"))


def _title_case(doc: Doc, start: int, end: int, long: list[Token], heads: bool) -> bool:
    """A title-case headline is one sentence and ends in no figure (a scorecard's row, `Saeed Anwar c Knight b
    Mullally 1`). A full stop may close it, as corpora and section headings write them (`An Ambitious, Divisive
    Legacy.`); then every long word is capitalised, as a sentence full of names never has it (`President
    Barack Obama responded to a Gold Star mother.`), and one of them is neither a name (a phrase the model
    cannot place is none: `Scrutinizing the Science.`) nor a title (`Senator
    Elizabeth Warren met Governor Charlie Baker in Boston.` is a sentence), and text follows it, as it heads
    something (a closing `Follow Ian Hanchett on Twitter.` or `Contributing: Nicole Gaudiano.` is a credit)."""
    written = [t for t in doc[start:end] if not t.is_space]
    tokens = _without_final_stop(written)
    if not tokens or any(t.text in ".!?" for t in tokens) or any(ch.isdigit() for ch in tokens[-1].text):
        return False
    capitalised = sum(1 for t in long if t.text[0].isupper())
    if len(tokens) < len(written):
        return heads and len(long) >= CLOSED_HEADLINE_MIN_WORDS and capitalised == len(long) and _not_all_names(
            [t for t in tokens if t.is_alpha], long)
    return len(long) >= HEADLINE_MIN_WORDS and capitalised / len(long) >= HEADLINE_SHARE


def _without_final_stop(tokens: list[Token]) -> list[Token]:
    """The line's tokens without the full stop that ends it and the quotes around that stop. A stop spaced
    off its word is a tokenised corpus's sentence end (`Conversion : Henry Honiball .`), not a heading's."""
    end = len(tokens)
    while end and _quote(tokens[end - 1].text):
        end -= 1
    if end < 2 or tokens[end - 1].text != "." or tokens[end - 2].whitespace_:
        return tokens
    end -= 1
    while end and _quote(tokens[end - 1].text):
        end -= 1
    return tokens[:end]


def _quote(text: str) -> bool:
    return bool(text) and all(ch in "'\"‘’“”" for ch in text)


def datelines(doc: Doc) -> list[tuple[int, int, bool]]:
    """Capitalised words opening a line before `(`, a date, a comma or a dash: `(start, end, dated)`.

    `dated` is true where an agency or a date right after the place (or its region)
    makes it a dateline whatever the words are (not `PRESS DIGEST - Lebanon - Aug 22`);
    otherwise the caller accepts it only for a known place.
    """
    found: list[tuple[int, int, bool]] = []
    for start, end in lines(doc):
        i = start
        while i < end and i - start < DATELINE_WORDS:
            if _upper_word(doc[i].text):
                i += 1
            elif i > start and _joins_words(doc, i, end) and not any(t.whitespace_ for t in doc[start:i]):
                # `URUS-MARTAN`, `AIX-EN-PROVENCE`: one word the tokenizer split at its hyphens (not the headline
                # `KEKKILA SEES FULL-YR 1996 PROFIT`)
                i += 2
            else:
                break
        if i == start or i >= end:
            continue
        follower = doc[i].text
        if doc[start].lower_ in CALENDAR_WORDS:
            continue  # `FRIDAY , AUGUST 30 SCHEDULE`: a day heading, not a place
        if follower == "(" or follower[:1].isdigit() or follower in DATELINE_FOLLOWERS:
            dated = _agency_after(doc, i, end) or _is_date(doc, i) or (follower == "," and (
                region_end(doc, i) is not None or (i + 2 < end and _is_date(doc, i + 2))))  # `, March 3`
            found.append((start, i, dated))
    return found


def _agency_after(doc: Doc, i: int, end: int) -> bool:
    """`(Reuters) -`, `( AP )` closing its line: an agency in brackets, which dates a dateline; not a table's
    unit or source (`JOBLESS ( INEM ) Jul - 63,913`, `RESERVES ( $ MLN ) Jul`)."""
    if doc[i].text != "(":
        return False
    close = next((t.i for t in doc[i + 1 : min(i + 5, end)] if t.text == ")"), None)
    if close is None or close == i + 1 or not all(t.is_alpha and t.text[:1].isupper() for t in doc[i + 1 : close]):
        return False
    return close + 1 >= end or doc[close + 1].text in DATELINE_DASHES


@once_per_doc
def handed_over(doc: Doc) -> list[tuple[int, int]]:
    """The tokens `[start, end)` of each dateline that hands over to its story with a dash, the dash included
    (`WASHINGTON (Reuters) -`, `NEW YORK, June 5, 2024 --`), or, dated, with the end of its line (`LAGOS
    1996-08-29` and the story on the next line): the parser hangs it on the story's first clause, so a quote's
    content or source would take it in. A place only where an agency or a date follows it or the gazetteer
    knows it (not a headline, `POLLS WERE NOT WRONG, JUST EARLY -`)."""
    from . import gazetteer

    found = []
    for start, end, dated in datelines(doc):
        if not dated and gazetteer.lookup(doc[start:end].text) is None:
            continue
        dash = next((t for t in doc[end : min(end + DATELINE_REACH, len(doc))]
                     if (t.text in DATELINE_DASHES and not _within_a_date(t)) or "\n" in t.text), None)
        if dash is not None and (dash.text in DATELINE_DASHES or dated):
            found.append((start, dash.i + 1))
    return found


def _within_a_date(dash: Token) -> bool:
    """`1996-08-29`: a hyphen between the figures of a date, no dash handing over to the story."""
    doc = dash.doc
    return dash.i > 0 and dash.i + 1 < len(doc) and doc[dash.i - 1].is_digit and doc[dash.i + 1].is_digit


def in_dateline(token: Token) -> bool:
    """The token is part of a dateline that hands over to its story: where the story was filed, no actor."""
    return any(start <= token.i < end for start, end in handed_over(token.doc))


def region_end(doc: Doc, comma: int) -> int | None:
    """Where the region after a dateline's comma ends, when a date follows it, on its line or the next
    (`CARLSBAD , California 1996-08-30`, `NORTHAMPTON , England 1996-08-27`, `KIRKLAND , Wash .\n1996-08-26`): the
    region is a place too. None for any other comma."""
    j = comma + 1
    while j < len(doc) and j - comma <= 4 and (doc[j].text[:1].isupper() or (doc[j].text == "." and j > comma + 1)):
        j += 1
    if any(calendar_word(token.text) for token in doc[comma + 1 : j]):
        return None  # `WASHINGTON , March 3 , 2021`, `LONDON , Aug 22`: the date itself, not a region
    if not comma + 1 < j < len(doc):
        return None
    broken = doc[j].is_space and doc[j].text.count("\n") == 1 and j + 1 < len(doc)
    return j if _is_date(doc, j) or (broken and _is_date(doc, j + 1)) else None


# Weekday and month names, which open day headings and never a dateline's place.
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december"})
_DATE_TOKEN = re.compile(r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:1[89]|20)\d{2})")


def _is_date(doc: Doc, i: int) -> bool:
    """A date as datelines write it (`1996-08-22`, `22/08/96`, `1996`, `Aug 22`), not a score (`2-1`)."""
    token = doc[i]
    if _DATE_TOKEN.fullmatch(token.text):
        return True
    return token.text.isdigit() and len(token.text) <= 2 and i > 0 and calendar_word(doc[i - 1].text)


def calendar_word(text: str) -> bool:
    """A weekday or month name or an abbreviation of one (`March`, `Aug`, `Sept.`, `Thurs`)."""
    word = text.lower().rstrip(".")
    return len(word) >= 3 and any(name.startswith(word) for name in CALENDAR_WORDS)


@once_per_doc
def result_lines(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two sides of each result on a results line, `Ajax Amsterdam 3 Feyenoord 1`: name, score, name, score,
    with notes in brackets anywhere (`Los Angeles 7 PHILADELPHIA 6 ( in 12 )`, `Nice 1 ( Chaouch 64th ) Guingamp 2
    ( Rouxel 10th ) .`), two results on one line (`Sydney Bulldogs 17 South Queensland 16 Brisbane 38 Gold Coast
    10`), a club's year opening the second side (`Fortuna Duesseldorf 0 1860 Munich 0`), and a score of goals and
    behinds before its total (`Carlton 13.18 ( 96 ) Footscray 9.12 ( 66 )`)."""
    found = []
    for start, end in lines(doc):
        written = [t for t in doc[start:end] if not t.is_space]
        scores = {t.i for n, t in enumerate(written) if _TOTALLED.fullmatch(t.text) and _total_follows(written, n)}
        tokens = _outside_brackets(written[_venue_end(written) :])
        if tokens and tokens[-1].text == ".":
            tokens = tokens[:-1]
        sides: list[tuple[int, int]] = []
        name: list[Token] = []
        for n, token in enumerate(tokens):
            if not name and sides and token.text.isdigit() and n + 1 < len(tokens) and _name_like(tokens[n + 1].text):
                name.append(token)  # a club's year opens its name (`Fortuna Duesseldorf 0 1860 Munich 0`)
            elif token.text.isdigit() or token.i in scores:
                if not name:
                    break
                sides.append((name[0].i, name[-1].i + 1))
                name = []
            elif _name_like(token.text):
                name.append(token)
            else:
                break
        else:
            if not name and sides and len(sides) % 2 == 0:
                found += [(sides[n], sides[n + 1]) for n in range(0, len(sides), 2)]
    return found


def _venue_end(tokens: list[Token]) -> int:
    """Where a line's results start after the ground heading it, `In Bergen :`, `At Hove :`; 0 without one."""
    colon = next((n for n, t in enumerate(tokens[:VENUE_WORDS + 2]) if t.text == ":"), None)
    return colon + 1 if colon and tokens[0].lower_ in ("in", "at") else 0


# The ground a results line opens with: `At Hove : Sussex 363`, `Chester-le-Street : Glamorgan 259 and 207`.
_VENUE_WORD = r"[A-Z][\w'.]*(?:-[\w'.]+)*"
# How far into a line its ground's colon can be: `At Weston - super - Mare ( Somerset ) :` is 11 tokens.
_VENUE_TOKENS = 16
_VENUE = re.compile(rf"(?:(?P<led>In|At) )?(?P<name>{_VENUE_WORD}(?: {_VENUE_WORD}){{0,{VENUE_WORDS - 1}}})"
                    rf"(?: \( ?(?P<town>{_VENUE_WORD}) ?\))? ?: (?=[A-Z].*\d)")


@once_per_doc
def venues(doc: Doc) -> list[tuple[int, int, bool]]:
    """The tokens of the ground heading each results line (`At Weston-super-Mare : Durham 326 ( D. Cox 95 )`,
    `Tunbridge Wells : Nottinghamshire 214`, `At Headingley ( Leeds ) : Yorkshire 290`): a name of up to three
    words before a colon (and its town, in brackets after it), a score after it, and whether `In` or `At` leads
    the line."""
    found = []
    for start, end in lines(doc):
        if not any(t.text == ":" for t in doc[start : min(end, start + _VENUE_TOKENS)]):
            continue  # (most lines: no colon near their start, so no regular expression over a paragraph)
        line = doc[start:end]
        heading = _VENUE.match(line.text)
        for group in ("name", "town") if heading is not None else ():
            span = doc.char_span(line.start_char + heading.start(group), line.start_char + heading.end(group))
            if span is not None:
                found.append((span.start, span.end, heading["led"] is not None))
    return found


# Goals and behinds (`13.18`), a score only where its total follows in brackets.
_TOTALLED = re.compile(r"\d+\.\d+")


def _total_follows(tokens: list[Token], n: int) -> bool:
    return n + 3 < len(tokens) and tokens[n + 1].text == "(" and tokens[n + 2].text.isdigit() and (
        tokens[n + 3].text == ")")


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    kept, depth = [], 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


def table_names(doc: Doc) -> list[list[tuple[int, int]]]:
    """The names opening the rows of each table of figures (a league table: `Chicago 71 64 .526 10`),
    where three or more lines in a row are a name and then only figures, at least three."""
    found: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] = []
    for start, end in [*lines(doc), (len(doc), len(doc))]:
        name = _row_name(doc, start, end)
        if name is not None:
            block.append(name)
            continue
        if len(block) >= TABLE_ROWS:
            found.append(block)
        block = []
    return found


def schedule_sides(doc: Doc) -> list[tuple[int, int]]:
    """The visiting side of a fixture line that holds nothing else, `Kansas City at Detroit`; the
    name after `at` is where the game is played, a place."""
    found: list[tuple[int, int]] = []
    for start, end in lines(doc):
        tokens = [t for t in doc[start:end] if not t.is_space]
        at = [n for n, t in enumerate(tokens) if t.lower_ == "at"]
        if len(at) != 1 or not 0 < at[0] < len(tokens) - 1:
            continue
        visitor, venue = tokens[: at[0]], tokens[at[0] + 1 :]
        if all(_name_like(t.text) for t in visitor + venue) and len(visitor) <= 3 and len(venue) <= 3:
            found.append((visitor[0].i, visitor[-1].i + 1))
    return found


def versus(token: Token) -> bool:
    """`v` or `vs` between two sides; a capital `V` only in a line of capitals (`BARNSLEY V HUDDERSFIELD`), since
    after a word in lower case it is a numeral (`Title V`, `Henry V`), and after a given name a middle initial
    (`Luis V. Gutierrez`)."""
    if token.lower_ not in VERSUS:
        return False
    return not token.text.startswith("V") or token.i == 0 or token.nbor(-1).is_upper


def fixture_sides(doc: Doc) -> list[tuple[int, int]]:
    """Both sides of each fixture in a list of them, `Barnsley v Huddersfield , Millwall v Burnley`: up to three
    capitalised words on either side of `v` or `vs`; a list wrapped at a fixed width may break the line after
    `v` (`Bradford v\nTranmere`)."""
    found: list[tuple[int, int]] = []
    for token in doc[1:-1]:
        if not versus(token) or token.ent_type_ == "LAW":
            continue  # `Roe v. Wade` is a case
        start = token.i
        while start > 0 and token.i - start < 3 and _name_like(doc[start - 1].text):
            start -= 1
        after = token.i + 1
        if doc[after].is_space and doc[after].text.count("\n") == 1:
            after += 1
        end = after
        while end < len(doc) and end - after < 3 and _name_like(doc[end].text):
            end += 1
        if start < token.i and end > after:
            found += [(start, token.i), (after, end)]
    return found


def _row_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tokens = [t for t in doc[start:end] if not t.is_space]
    first = next((n for n, t in enumerate(tokens) if _FIGURE.fullmatch(t.text)), None)
    if not first or len(tokens) - first < TABLE_FIGURES:
        return None
    if not all(_FIGURE.fullmatch(t.text) or t.text in ("-", "--") for t in tokens[first:]):
        return None
    name = tokens[:first]
    if not _name_like(name[0].text) or not all(_name_like(t.text) or t.is_lower for t in name):
        return None
    return name[0].i, name[-1].i + 1


def _table_row(doc: Doc, start: int, end: int) -> bool:
    """A line of a table or a results list rather than a headline: it ends in figures (`Tim Henman
    ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4`, `Chicago 74 58 .561`) or holds three of them,
    it opens with a number before a name, or it lists names between commas."""
    tokens = [t for t in doc[start:end] if not t.is_space]
    if sum(1 for t in tokens if t.text == ",") >= LIST_COMMAS:
        return True  # a list of names, `65 Billy Andrade , Duffy Waldorf , Jesper Parnevik`
    figures = [t for t in tokens if _FIGURE.fullmatch(t.text)]
    if len(tokens) > 1 and tokens[0].text.isdigit() and _name_like(tokens[1].text) and not _capitalised_function_word(
            [t for t in tokens if t.is_alpha]):
        return True  # a rank or a score before a name, `62 Nolan Henke` (not `31 Latinos Share Their Thoughts`)
    return len(figures) >= 2 and (_FIGURE.fullmatch(tokens[-1].text) is not None or len(figures) >= 3)


_FIGURE = re.compile(r"[-+]?\d*[.,]?\d+(?:[-–:/]\d+)*")


_SCORE = re.compile(r"\d+(?:-\d+)?")


def innings_sides(doc: Doc) -> list[tuple[int, int]]:
    """The sides of a scorecard line, each a name and its score, two or more split by commas outside
    brackets: `Warwickshire 195 , Surrey 429-7 ( C. Lewis 80 )`, `At Hove : Sussex 363 , Lancashire 197-8`,
    `Surrey 24 points , Warwickshire 2`."""
    found: list[tuple[int, int]] = []
    for start, end in lines(doc):
        tokens = [t for t in doc[start:end] if not t.is_space]
        colon = next((n for n, t in enumerate(tokens) if t.text == ":"), None)
        parts: list[list] = [[]]
        depth = 0
        for t in tokens[colon + 1 if colon is not None else 0 :]:
            depth += (t.text == "(") - (t.text == ")")
            if t.text == "," and depth == 0:
                parts.append([])
            else:
                parts[-1].append(t)
        sides = []
        for part in parts:
            n = 0
            while n < len(part) and _name_like(part[n].text):
                n += 1
            if 0 < n <= 3 and n < len(part) and _SCORE.fullmatch(part[n].text):
                sides.append((part[0].i, part[n - 1].i + 1))
        if len(sides) >= 2 and len(sides) == len(parts):
            found += sides
    return found


def _name_like(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace(".", "").replace("'", "").isalpha()


def _joins_words(doc: Doc, i: int, end: int) -> bool:
    """A hyphen written without spaces between two words in capitals."""
    return (doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 < end
            and _upper_word(doc[i + 1].text))


def _upper_word(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
