"""A guard that lets a regex skip, in one step, every position its match cannot start at.

Dates run some eighty rules over the whole text of each document, and Python's
`re` tries each rule's alternation at every word start it reaches. A lookahead
of the characters a match can begin with (`(?=[0-9JjFf...])`) fails at once
where the rule cannot match, which makes the scan about a quarter cheaper with
the same matches. The character set is read from the pattern itself, so it
stays right when a rule changes.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Categories stay categories in the guard: `\d` matches every script's digits, as in the rule.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}
# A range wider than this (`[^...]`, `\w`) lets nearly anything start a match: no guard is worth it.
_WIDEST_RANGE = 200


def guarded(pattern: str, flags: int = 0, before: str = "") -> re.Pattern[str]:
    """`before + pattern` compiled with a lookahead of the characters `pattern` can start with, when they are
    few enough to be known; `before` is a zero-width context (a lookbehind) that stays first."""
    chars = first_chars(pattern, flags)
    if not chars:
        return re.compile(before + pattern, flags)
    allowed = "".join(ch if ch in _CATEGORIES.values() else re.escape(ch) for ch in sorted(chars))
    return re.compile(f"{before}(?=[{allowed}])(?:{pattern})", flags)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with (`\\d` and `\\s` for those categories); None when
    that is any character or when a match can be empty."""
    found, can_be_empty = _of_sequence(sre_parse.parse(pattern, flags), flags)
    return None if found is None or can_be_empty else frozenset(found)


def _of_sequence(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence: those of its items up to the first that cannot be empty."""
    found: set[str] = set()
    for op, arg in items:
        chars, can_be_empty = _of_item(op, arg, flags)
        if chars is None:
            return None, False
        found |= chars
        if not can_be_empty:
            return found, False
    return found, True


def _of_item(op: Any, arg: Any, flags: int) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return _cased(chr(arg), flags), False
    if op is sre.IN:
        return _of_set(arg, flags), False
    if op is sre.BRANCH:
        found: set[str] = set()
        can_be_empty = False
        for branch in arg[1]:
            chars, empty = _of_sequence(branch, flags)
            if chars is None:
                return None, False
            found |= chars
            can_be_empty = can_be_empty or empty
        return found, can_be_empty
    if op is sre.SUBPATTERN:
        _, added, removed, inner = arg  # inline flags, `(?i:...)`
        return _of_sequence(inner, (flags | added) & ~removed)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, repeated = arg
        chars, empty = _of_sequence(repeated, flags)
        return chars, chars is not None and (empty or least == 0)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item starts the match
    if op is sre.CATEGORY:
        return _of_category(arg), False
    return None, False  # any character, a back-reference, a conditional: unknown


def _of_set(items: Any, flags: int) -> set[str] | None:
    found: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            found |= _cased(chr(arg), flags)
        elif op is sre.RANGE and arg[1] - arg[0] <= _WIDEST_RANGE:
            for point in range(arg[0], arg[1] + 1):
                found |= _cased(chr(point), flags)
        elif op is sre.CATEGORY and (chars := _of_category(arg)) is not None:
            found |= chars
        else:
            return None  # a negated set, a wide range, `\w`: nearly anything
    return found


def _of_category(category: Any) -> set[str] | None:
    return {_CATEGORIES[category]} if category in _CATEGORIES else None


def _cased(ch: str, flags: int) -> set[str]:
    return {ch, ch.lower(), ch.upper()} if flags & re.IGNORECASE else {ch}
