"""Numbers as written in temporal expressions: digits, words, ordinals, fractions and spelled years."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS, ORDINAL_WORDS

_TENS = {w: n for w, n in NUMBER_WORDS.items() if n >= 20 and n % 10 == 0}
_ORDINAL_UNITS = {w: n for w, n in ORDINAL_WORDS.items() if 1 <= n <= 9}

# Words standing for a vague or fractional count in durations ("a couple of days").
QUANTITY_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "another": 1, "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "half": 0.5, "half a": 0.5, "half an": 0.5, "a half": 0.5, "few": 3, "a few": 3, "several": 3,
    "a dozen": 12, "dozen": 12, "½": 0.5, "many": 3,
}
VAGUE_QUANTITIES = frozenset({"few", "a few", "several", "many"})

_SPLIT = re.compile(r"[\s-]+")


def cardinal(text: str) -> float | None:
    """The value of a cardinal written in digits or words up to the thousands (`twenty-four`, `2.5`)."""
    text = text.strip().lower().replace(",", "")
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    fraction = re.fullmatch(r"(?:(\d+)(?:\s+|-))?(\d+)/(\d+)", text)  # `1/2`, `3 1/2`, `3-1/2`
    if fraction and int(fraction[3]):
        return int(fraction[1] or 0) + int(fraction[2]) / int(fraction[3])
    if text in QUANTITY_WORDS:
        return QUANTITY_WORDS[text]
    total, current = 0, 0
    for word in _SPLIT.split(text):
        if word in ("and", "a"):
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return float(total + current)


def ordinal(text: str) -> int | None:
    """The value of an ordinal: `3rd`, `twenty-first`, `thirty first`, `second`."""
    text = text.strip().lower()
    digits = re.fullmatch(r"(\d{1,2})\s*(?:st|nd|rd|th)?", text)
    if digits:
        return int(digits[1])
    words = [w for w in _SPLIT.split(text) if w]
    if len(words) == 1:
        return ORDINAL_WORDS.get(words[0])
    if len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_UNITS:
        return _TENS[words[0]] + _ORDINAL_UNITS[words[1]]
    return None


def spelled_year(text: str) -> int | None:
    """A year in words: `nineteen ninety six`, `two thousand and fifteen`, `seventeen hundred thirty three`."""
    words = [w for w in _SPLIT.split(text.strip().lower()) if w and w != "and"]
    if not words:
        return None
    if "thousand" in words or "hundred" in words:
        value = cardinal(" ".join(words))
        return int(value) if value and 1000 <= value <= 2999 else None
    # Two-part form: the century then the rest ("nineteen" "ninety six", "twenty" "twelve").
    for cut in (1, 2):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        high, low = cardinal(head), cardinal(tail) if tail else None
        if high and low is not None and 10 <= high <= 29 and low < 100 and (low >= 10 or tail.startswith("o")):
            return int(high * 100 + low)
    return None


def small_cardinal(text: str) -> int | None:
    """A whole number from 0 to 99 in digits or words, else None."""
    value = cardinal(text)
    return int(value) if value is not None and value == int(value) and 0 <= value < 100 else None

