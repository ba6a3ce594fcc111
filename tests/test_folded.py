"""The lowered scan must change how fast a rule finds its matches, never which matches it finds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.extractors.dates.grammar import COMPILED, RULES
from extract_facts.extractors.engine.folded import _APART, folded, lowered

_BEFORE = r"(?<![\w])"


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    ("(?:janu|febru)ary", "In JANUARY and February, not janu", ["JANUARY", "February"]),
    (r"(?:the\s+)?(?:day|week)\s+before", "The Day Before, the week before", ["The Day Before", "the week before"]),
    (r"\d+\s+days", "In 3 DAYS; 12 days", ["3 DAYS", "12 days"]),
    ("(?:(?-i:Lent)|easter)", "Lent and EASTER, lent money", ["Lent", "EASTER"]),  # case-sensitive part: `lent` no
])
def test_a_folded_rule_finds_what_the_rule_finds(pattern: str, text: str, expected: list[str]) -> None:
    rule = folded(pattern, before=_BEFORE)
    assert rule.scan is not None
    assert [m[0] for m in rule.finditer(text, lowered(text))] == expected


def test_overlapping_matches_are_left_as_finditer_leaves_them() -> None:
    """`finditer` resumes after a match; a scan that found a later start inside it must not add it."""
    rule = folded(r"\d+(?:\s+\d+)?", before=_BEFORE)
    assert [m[0] for m in rule.finditer("12 34 56", lowered("12 34 56"))] == ["12 34", "56"]


@pytest.mark.parametrize("pattern", [
    r"(?P<a>\d)-(?P=a)",  # a back-reference cannot stand in the scan's lookbehind
    r"day(?!\s+(?-i:[A-Z]))",  # lowering the text would make the case-sensitive part match more
])
def test_no_scan_where_lowering_would_lose_a_match(pattern: str) -> None:
    rule = folded(pattern, before=_BEFORE)
    assert rule.scan is None
    assert [m[0] for m in rule.finditer("day One, 1-1", lowered("day One, 1-1"))] == \
        [m[0] for m in re.finditer(_BEFORE + pattern, "day One, 1-1", re.I)]


@pytest.mark.parametrize("text", ["fırst day", "ſunday", "İstanbul day"])
def test_a_text_with_letters_that_lower_apart_is_scanned_as_written(text: str) -> None:
    assert lowered(text) is None


def test_lowered_keeps_every_position() -> None:
    assert lowered("On MONDAY, 5 Éclairs") == "on monday, 5 éclairs"


def test_every_letter_ignorecase_joins_to_a_lowered_letter_is_known() -> None:
    """A letter that IGNORECASE matches to an ASCII letter must lower to it, lower to two characters, or be in
    `_APART`; otherwise the scan of the lowered text would miss a match the rule makes."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    missed = [
        ch for ch in map(chr, range(0x80, sys.maxunicode + 1))
        if ascii_letter.fullmatch(ch) and len(ch.lower()) == 1 and not ch.lower().isascii() and not _APART.match(ch)
    ]
    assert missed == []


def test_most_dates_rules_have_a_scan() -> None:
    """Only the back-reference rule and the one with a case-sensitive word in a negative assertion scan as
    written; a new rule that silently loses its scan would lose the speed-up."""
    assert sorted(name for name, rule, _ in COMPILED if rule.scan is None) == ["numeric", "relative_day"]


_TEXT = st.text(alphabet="0123456789٣ JjAaNnUuSsTtDdYyOoMmRrWwEeKkıſİK½'’-/.,:\n", max_size=60)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, rule=st.sampled_from(range(len(RULES))))
def test_folded_dates_rules_match_what_the_rules_match(text: str, rule: int) -> None:
    name, folded_rule, _ = COMPILED[rule]
    plain = re.compile(folded_rule.pattern.pattern, re.IGNORECASE)
    found = [m.span() for m in folded_rule.finditer(text, lowered(text))]
    assert found == [m.span() for m in plain.finditer(text)], name
