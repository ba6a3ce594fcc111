"""Mentions that are no entity: unreadable script, web addresses, lowercase words, boilerplate labels,
time zones, a table's column heads, acronyms of common nouns, credit ratings, interjections."""

from __future__ import annotations

import calendar
import re
import unicodedata

from ..engine.wordlists import words

# Labels of numbers, dates and money: those facts belong to their own extractors.
NOT_ENTITIES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})

_WEB = re.compile(r"@|://|\bwww\.|\.(?:com|org|net|gov|edu|info|io|co|uk|ru|de|fr)\b", re.IGNORECASE)


# Time zones written after a clock time (`1500 GMT`): the model calls them organisations.
TIME_ZONES = frozenset({
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "jst",
})
# A table's column heads (`W L PCT GB`, `P W D L F A Pts`): three or more short codes, one a single letter
# (not a name of short words, `Lee Kun Hee`).
_COLUMN_HEADS = re.compile(r"(?=.*\b[A-Z]\b)(?:[A-Z][A-Za-z]{0,2}\s+){2,}[A-Z][A-Za-z]{0,2}")

# Reporting periods as financial copy codes them, opening a mention (`Q3 EPS`, `H1`, `FY97`, `FY2024`).
_PERIOD_CODE = re.compile(r"(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?)(?:\s|$)")

# The pronoun `I` ending a sentence and the next sentence's first word, read as one name (not `I. M. Pei`, `I. A.
# Richards`).
_PRONOUN_ACROSS_A_STOP = re.compile(r"I\.\s+(?:This|That|These|Those|The|We|It|He|She|They|My|Our|And|But|So)\b")

# Credit ratings as Moody's writes them (`Baa1`, `Aa2`, `Caa3`, `Aaa`): grades, not names.
_RATING = re.compile(r"Aaa|(?:Aa|A|Baa|Ba|B|Caa)[1-3]")

# Names and abbreviations of months and weekdays, folded (`november`, `nov`, `mon`).
CALENDAR_WORDS = frozenset(
    name.casefold()
    for name in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if name
)
DAY_NAMES = frozenset(name.casefold() for name in calendar.day_name)


def is_misread_number(label: str, text: str) -> bool:
    """A numeric label on a word with no number and no calendar name in it (`Postecoglou` as DATE)."""
    return label in NOT_ENTITIES and not any(ch.isdigit() for ch in text) and not any(
        word.casefold().rstrip(".") in CALENDAR_WORDS for word in text.split()
    ) and text[:1].isupper()


# Months' abbreviations that are no one's name (not `Jan`, `Jun`, `Mar`, `May`).
_MONTH_ABBREVIATIONS = frozenset({"feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _calendar_date(text: str) -> bool:
    """A month's or weekday's name with a day's number (`Aug. 7`, `Sept. 11`): a date, not a name."""
    written = text.split()
    return len(written) == 2 and written[0].casefold().rstrip(".") in CALENDAR_WORDS and written[1].isdigit() and (
        len(written[1]) <= 2)


def is_junk(text: str) -> bool:
    """True for a mention no reader would call a name."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 2 or not any(ch.isupper() for ch in letters):
        return True
    if any(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
        return True  # a script the English pipeline cannot read: its guesses there are noise
    if text.casefold() in TIME_ZONES or _COLUMN_HEADS.fullmatch(text) or _RATING.fullmatch(text):
        return True
    if _PRONOUN_ACROSS_A_STOP.match(text):
        return True  # `Neither do I. This debate`: the pronoun `I` and the next sentence's first word
    if _PERIOD_CODE.match(text):
        return True  # `Q3 EPS`, `H1 profit`, `FY97 sales`: a reporting period and a measure
    if is_adverb(text):
        return True
    if _calendar_date(text):
        return True  # `the Aug. 7 Embassy bombings`: a date the model read as an event
    folded = text.casefold()
    if folded.rstrip(".") in _MONTH_ABBREVIATIONS:
        return True  # `SEP`, `Aug` of a table's dates, read as a body or a person
    if folded.startswith(("non-", "non ")):
        return True  # `non-Cuban voters`: those outside the group, no mention of it
    if text.isupper() and folded in words(__package__, "wire_slugs.txt"):
        return True
    if _DOTTED.fullmatch(folded) and folded.replace(".", "") in words(__package__, "common_acronyms.txt"):
        return True  # `a C.E.O.`: a common noun's acronym in a newspaper's dotted style
    return bool(_WEB.search(text)) or any(
        folded in words(__package__, name) for name in ("boilerplate.txt", "common_acronyms.txt", "interjections.txt",
                                                        "sports.txt"))


# An acronym written with a full stop after each letter (`c.e.o.`, `g.d.p.`), folded.
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")


def is_adverb(text: str) -> bool:
    """One word with an adverb's ending, read as a name where it opens a sentence (`Nationally, about a quarter
    of students ...` as a PERSON)."""
    return " " not in text and len(text) >= 7 and text.casefold().endswith(_ADVERB_ENDINGS)


_ADVERB_ENDINGS = ("ally", "ately", "ently", "antly", "ously", "ively", "ably", "ibly")


def is_boilerplate_label(word: str, next_word: str) -> bool:
    """A field label of article furniture (`Tags:`, `Source:`, `By:`)."""
    return next_word == ":" and word.casefold() in words(__package__, "boilerplate.txt")
