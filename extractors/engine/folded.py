"""Case-insensitive rules found by a case-sensitive scan of the lowered text, then read by the rule itself.

Under IGNORECASE Python's `re` loses two shortcuts: it cannot jump ahead to the
characters a match can start with (every position costs a call into the
matcher), and in an alternation it cannot drop at once a branch whose first
letter differs (`january|february|...` tries every month). Dates run some
eighty such rules over every document. The same rule, lowered and made
case-sensitive, scans `text.lower()` with both shortcuts; it finds every
position the rule matches at (and perhaps a few more), and the rule itself,
run at those positions only, reads the match as before. The matches are the
same as `finditer` over the text gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .first_chars import first_chars, guarded

# Letters IGNORECASE matches to an ASCII letter that `str.lower` leaves apart: dotless i, long s. (İ lowers to two
# characters, so the length check catches it; the Kelvin sign lowers to k.) A text with one is scanned as written.
_APART = re.compile("[\u0131\u017f]")
_WIDEST_RANGE = 200  # a wider range (`\u0000-\uffff`) stays as it is: lowering it would add nothing


@dataclass(frozen=True)
class FoldedRule:
    """A case-insensitive rule and, when one is exact, its lowered scan."""

    pattern: re.Pattern[str]
    scan: re.Pattern[str] | None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """What `pattern.finditer(text)` yields; `lowered` is `lowered(text)`."""
        if self.scan is None or lowered is None:
            yield from self.pattern.finditer(text)
            return
        end = 0
        for hit in self.scan.finditer(lowered):
            if hit.start() < end:
                continue  # inside the last match, where `finditer` does not look
            m = self.pattern.match(text, hit.start())
            if m is not None:
                end = m.end()
                yield m


def lowered(text: str) -> str | None:
    """`text` in lower case, position for position; None when lowering would move or part letters."""
    low = text.lower()
    return low if len(low) == len(text) and not _APART.search(text) else None


def folded(pattern: str, before: str = "") -> FoldedRule:
    """`before + pattern`, case-insensitive and guarded, with its lowered scan `[c](?<=before(?=pattern)[c])`,
    where `[c]` are the characters a match starts with. Leading with that set lets `re` skip to them; the
    lookbehind puts the match back at its first character. No scan when `pattern` refers back to a group
    (not allowed in a lookbehind), can start with nearly anything, or has a case-sensitive part inside a
    negative assertion (lowering the text would make that part match more, so the rule less)."""
    compiled = guarded(pattern, re.IGNORECASE, before=before)
    chars = first_chars(pattern, re.IGNORECASE)
    if not chars or not _lowerable(sre_parse.parse(before + pattern).data, negated=False, case_sensitive=False):
        return FoldedRule(compiled, None)
    start = "[" + "".join(ch if len(ch) > 1 else re.escape(ch) for ch in sorted({c.lower() for c in chars})) + "]"
    tree = sre_parse.parse(f"{start}(?<={before}(?={pattern}){start})")
    _lower(tree.data)
    return FoldedRule(compiled, sre_compile.compile(tree, 0))


def _children(op: Any, arg: Any) -> list[Any]:
    """The sub-patterns one parsed item holds."""
    if op in (sre.SUBPATTERN,):
        return [arg[3]]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [arg[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [arg[1]]
    if op is sre.BRANCH:
        return list(arg[1])
    if op is sre.ATOMIC_GROUP:
        return [arg]
    if op is sre.GROUPREF_EXISTS:
        return [part for part in arg[1:] if part is not None]
    return []


def _lowerable(items: Any, negated: bool, case_sensitive: bool) -> bool:
    for op, arg in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return False
        if case_sensitive and negated and op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
            return False
        inner_negated = negated != (op is sre.ASSERT_NOT)
        inner_sensitive = case_sensitive or (op is sre.SUBPATTERN and bool(arg[2] & sre.SRE_FLAG_IGNORECASE))
        if not all(_lowerable(child, inner_negated, inner_sensitive) for child in _children(op, arg)):
            return False
    return True


def _lower(items: Any) -> None:
    """Every letter of the parsed pattern in lower case, in place."""
    for n, (op, arg) in enumerate(items):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            items[n] = (op, _lower_code(arg))
        elif op is sre.IN:
            items[n] = (op, _lower_set(arg))
        for child in _children(op, arg):
            _lower(child.data)


def _lower_code(code: int) -> int:
    low = chr(code).lower()
    return ord(low) if len(low) == 1 else code


def _lower_set(members: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    lowered_members: list[tuple[Any, Any]] = []
    for op, arg in members:
        if op is sre.LITERAL:
            lowered_members.append((op, _lower_code(arg)))
        elif op is sre.RANGE and arg[1] - arg[0] <= _WIDEST_RANGE:
            lowered_members.append((op, arg))
            lowered_members.extend((sre.LITERAL, _lower_code(code)) for code in range(arg[0], arg[1] + 1))
        else:
            lowered_members.append((op, arg))
    return lowered_members
