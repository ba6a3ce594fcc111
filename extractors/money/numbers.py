"""Read the number of an amount: grouped digits, decimals, and numbers written in words.

Numbers in words go through text2num; this module adds what money prose needs
around it (`one and a half`, `half a`, `one point three`) and decides, for
digits, which separator groups thousands and which marks decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..engine.numbers import CARDINALS
from .lexer import Token
from .tables import MAGNITUDE_WORDS

_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
NUMBER_WORDS = frozenset(CARDINALS) | frozenset(_SCALES)
DIGIT_WORDS = {word: n for word, n in CARDINALS.items() if n < 10}
_GROUPED = re.compile(r"\d{1,3}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+")


@dataclass(frozen=True)
class Number:
    """A number read from tokens `first`..`last` (inclusive)."""

    value: Decimal
    first: int
    last: int
    in_words: bool
    # Read from digits with a fractional part (`1.5`), which rules out `$20 43`-style cents.
    has_fraction: bool = False


def parse_digits(text: str, decimal_comma: bool = False) -> Decimal | None:
    """The value of a digit string with its separators, or None when they are not a number's grouping.

    A lone separator before exactly three digits groups thousands (`1,500`),
    except a lone dot where the currency's own locales write a decimal comma
    (`3.350 €` is 3350); both separators present, the last one is the decimal mark.
    """
    text = re.sub(r"[ \u00a0\u202f\u2009]", "", text)
    if "'" in text or "’" in text:
        head, *groups = re.split(r"['’]", text)
        if not all(len(g) == 3 for g in groups[:-1]) or len(groups[-1].split(".")[0].split(",")[0]) != 3:
            return None
        text = head + "".join(groups)
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = text.rpartition(decimal)
        if whole.count(decimal) or not _valid_groups(whole, group):
            return None
        return Decimal(whole.replace(group, "") + "." + fraction)
    if commas:
        return _one_separator(text, ",", decimal_default=False)
    if dots:
        return _one_separator(text, ".", decimal_default=not decimal_comma)
    return Decimal(text)


def _one_separator(text: str, sep: str, decimal_default: bool) -> Decimal | None:
    parts = text.split(sep)
    if len(parts) > 2:
        return Decimal("".join(parts)) if _valid_groups(text, sep) else None
    whole, fraction = parts
    if len(fraction) == 3 and not decimal_default:
        return Decimal(whole + fraction) if len(whole) <= 3 else None
    if len(fraction) <= 3 or sep == ".":
        return Decimal(whole + "." + fraction)
    return None


def _valid_groups(whole: str, sep: str) -> bool:
    if sep not in whole:
        return True
    return bool(_GROUPED.fullmatch(whole.replace(sep, ",")))


@cache
def _text2num(words: str) -> int | None:
    from text_to_num import text2num

    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def _word_run(tokens: list[Token], i: int) -> int:
    """Index one past the run of number words (with `-` and `and` joints) starting at `i`."""
    j = i
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].key in NUMBER_WORDS:
        j += 1
        if j + 1 < len(tokens) and _joint(tokens, j):
            j += 1
    return j


def _joint(tokens: list[Token], j: int) -> bool:
    """`twenty-one`, `one hundred and five`: a joint between two number words."""
    after = tokens[j + 1]
    if after.kind != "word" or after.key not in NUMBER_WORDS:
        return False
    hyphen = tokens[j].text == "-" and tokens[j].glued and after.glued
    return hyphen or (tokens[j].key == "and" and tokens[j - 1].key in _SCALES)


def _parse_words(tokens: list[Token], i: int, keep_scales: bool) -> Number | None:
    """A number written in words from `i`; trailing scale words are left to the caller unless `keep_scales`."""
    if tokens[i].key in _SCALES:
        return None  # `billion dollars` alone, `several billion`: no number given
    end = _word_run(tokens, i)
    while end > i:
        last = end - 1
        if not keep_scales:
            while last > i and tokens[last].key in MAGNITUDE_WORDS:
                last -= 1
        words = " ".join(t.key for t in tokens[i : last + 1]).replace(" - ", "-")
        value = _text2num(words)
        if value is not None and tokens[last].key not in ("and", "-"):
            return Number(Decimal(value), i, last, in_words=True)
        end -= 1
    return None


def parse_number(tokens: list[Token], i: int, decimal_comma: bool = False, keep_scales: bool = False) -> Number | None:
    """The number starting at token `i`, with `point` decimals and `and a half`."""
    token = tokens[i]
    if token.kind == "num":
        value = parse_digits(token.text, decimal_comma)
        if value is None:
            return None
        number = Number(value, i, i, in_words=False, has_fraction=value != value.to_integral_value()
                        or bool(re.search(r"[.,]\d{1,2}$", token.text)))
    elif token.kind == "word" and token.key in NUMBER_WORDS:
        number = _parse_words(tokens, i, keep_scales)
        if number is None:
            return None
    else:
        return None
    return _with_fraction(tokens, number)


def _with_fraction(tokens: list[Token], number: Number) -> Number:
    """Extend `one point three` and `one and a half`."""
    j = number.last + 1
    keys = [t.key for t in tokens[j : j + 3]]
    if keys[:1] == ["point"] and not number.has_fraction and j + 1 < len(tokens):
        nxt = tokens[j + 1]
        if nxt.kind == "num" and nxt.text.isdigit():
            return Number(Decimal(f"{int(number.value)}.{nxt.text}"), number.first, j + 1, True, True)
        digits = ""
        k = j + 1
        while k < len(tokens) and tokens[k].key in DIGIT_WORDS:
            digits += str(DIGIT_WORDS[tokens[k].key])
            k += 1
        if digits:
            return Number(Decimal(f"{int(number.value)}.{digits}"), number.first, k - 1, True, True)
    half = _half_after(tokens, j)
    if half is not None and not number.has_fraction:
        return Number(number.value + Decimal("0.5"), number.first, half, number.in_words, True)
    if j + 2 < len(tokens) and not number.in_words and not number.has_fraction and tokens[j].kind == "num" \
            and not tokens[j].glued and tokens[j + 1].text == "/" and tokens[j + 1].glued and tokens[j + 2].glued:
        fraction = _proper_fraction(tokens[j].text, tokens[j + 2].text)
        if fraction is not None and int(tokens[j + 2].text) <= 100:
            return Number(number.value + fraction, number.first, j + 2, False, True)  # `9 1/2`
    mixed = _mixed_fraction(tokens, j) if not number.in_words and not number.has_fraction else None
    if mixed is not None:
        fraction, last = mixed
        return Number(number.value + fraction, number.first, last, False, True)
    return number


# Denominators of the fractions prices were quoted in (`$30-3/4`, `12-1/2p`, sixteenths and thirty-seconds).
_PRICE_DENOMINATORS = frozenset({"2", "4", "8", "16", "32", "64"})


def _mixed_fraction(tokens: list[Token], j: int) -> tuple[Decimal, int] | None:
    """`30-3/4`, and `12-1 / 2` as tokenised wires write it: the fraction tied by a hyphen to a whole
    number and the index of its last token."""
    if j + 3 >= len(tokens) or tokens[j].text != "-" or not tokens[j].glued or not tokens[j + 1].glued:
        return None
    numerator, slash, denominator = tokens[j + 1], tokens[j + 2], tokens[j + 3]
    if numerator.kind != "num" or slash.text != "/" or denominator.text not in _PRICE_DENOMINATORS:
        return None
    fraction = _proper_fraction(numerator.text, denominator.text)
    return (fraction, j + 3) if fraction is not None else None


def _proper_fraction(numerator: str, denominator: str) -> Decimal | None:
    """`3/4` from its digits; None unless both are whole numbers and the fraction is below one."""
    if not (numerator.isdecimal() and denominator.isdecimal()) or not 0 < int(numerator) < int(denominator):
        return None
    return Decimal(numerator) / Decimal(denominator)


def _half_after(tokens: list[Token], j: int) -> int | None:
    """Index of `half` in `and a half`, `and one-half` at `j`, else None."""
    keys = [t.key for t in tokens[j : j + 4]]
    if keys[:2] in (["and", "a"], ["and", "one"]):
        if keys[2:3] == ["half"]:
            return j + 2
        if keys[2:4] == ["-", "half"]:
            return j + 3
    return None
