"""Where a token stands on the page: headlines and datelines, read from line structure alone.

In a title-case headline every word is capitalised, so the model stretches
entities over ordinary words (`Nvidia Beats Forecasts`); a dateline (`KARACHI
(Reuters) -`, `LONDON 1996-08-30`) names a place whatever the model says, and
a results line (`Ajax Amsterdam 3 Feyenoord 1`) two teams.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A headline is short and capitalises nearly every word that is not a short joiner.
HEADLINE_WORDS = 14
HEADLINE_SHARE = 0.75
HEADLINE_MIN_WORDS = 3
DATELINE_WORDS = 4
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "—", "–", "--"})


def lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (runs between line breaks)."""
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


def headline_tokens(doc: Doc) -> set[int]:
    """Tokens of all-capital lines and of short unpunctuated lines that capitalise almost every word
    (results lines aside)."""
    found: set[int] = set()
    results = {home[0] for home, _ in result_lines(doc)}
    for start, end in lines(doc):
        if any(start <= i < end for i in results):
            continue
        words = [t for t in doc[start:end] if t.is_alpha]
        long = [t for t in words if len(t) >= 4]
        if len(long) >= 2 and all(t.is_upper for t in words):
            found.update(range(start, end))
            continue
        # A title-case headline is one sentence and ends without a full stop.
        unpunctuated = not any(t.text in ".!?" for t in doc[start:end] if not t.is_space)
        if len(long) >= HEADLINE_MIN_WORDS and len(words) <= HEADLINE_WORDS and unpunctuated:
            capitalised = sum(1 for t in long if t.text[0].isupper())
            if capitalised / len(long) >= HEADLINE_SHARE:
                found.update(range(start, end))
    return found


def datelines(doc: Doc) -> list[tuple[int, int, bool]]:
    """Capitalised words opening a line before `(`, a date, a comma or a dash: `(start, end, dated)`.

    `dated` is true where an agency or a date makes it a dateline whatever the words
    are; otherwise the caller accepts it only for a known place.
    """
    found: list[tuple[int, int, bool]] = []
    for start, end in lines(doc):
        i = start
        while i < end and i - start < DATELINE_WORDS and _upper_word(doc[i].text):
            i += 1
        if i == start or i >= end:
            continue
        follower = doc[i].text
        if follower == "(" or follower[:1].isdigit() or follower in DATELINE_FOLLOWERS:
            dated = follower == "(" or any(t.text[:1].isdigit() for t in doc[i:end])
            found.append((start, i, dated))
    return found


def result_lines(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two sides of a results line, `Ajax Amsterdam 3 Feyenoord 1`: name, score, name, score."""
    found = []
    for start, end in lines(doc):
        tokens = [t for t in doc[start:end] if not t.is_space]
        numbers = [n for n, t in enumerate(tokens) if t.text.isdigit()]
        if len(numbers) != 2 or numbers[1] != len(tokens) - 1 or not 0 < numbers[0] < numbers[1] - 1:
            continue
        home, away = tokens[: numbers[0]], tokens[numbers[0] + 1 : numbers[1]]
        if all(_name_like(t.text) for t in home + away):
            found.append(((home[0].i, home[-1].i + 1), (away[0].i, away[-1].i + 1)))
    return found


def _name_like(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace(".", "").replace("'", "").isalpha()


def _upper_word(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
