"""The first-character guard must change how fast a rule scans, never what it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.extractors.dates.grammar import COMPILED, RULES
from extract_facts.extractors.engine.first_chars import first_chars, guarded


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    ("jan|Feb", 0, {"j", "F"}),
    ("jan|feb", re.IGNORECASE, {"j", "J", "f", "F"}),
    (r"(?:the\s+)?day", 0, {"t", "d"}),  # an optional word: what follows may start the match
    (r"(?<!\w)\d+", 0, {r"\d"}),  # a lookbehind takes no character
    ("[a-c]x", 0, {"a", "b", "c"}),
    ("(?i:q)z", 0, {"q", "Q"}),  # an inline flag cases its own part
])
def test_first_characters_of_a_pattern(pattern: str, flags: int, expected: set[str]) -> None:
    assert first_chars(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [
    r"\w+day",  # a word character: nearly anything
    ".x",
    "[^a]b",
    "a?",  # a match can be empty
    r"(?:x|)",
])
def test_no_guard_when_any_character_can_start(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert guarded(pattern).pattern == pattern


def test_a_digit_guard_keeps_every_scripts_digits() -> None:
    """`\\d` matches Arabic-Indic digits; so must the guard before it."""
    assert [m.group() for m in guarded(r"\d+ days").finditer("in ٣ days and 4 days")] == ["٣ days", "4 days"]


def test_a_lookbehind_before_the_guard_still_applies() -> None:
    found = guarded("day", before=r"(?<![\w])").finditer("today, day by day")
    assert [m.start() for m in found] == [7, 14]


def test_every_dates_rule_is_guarded() -> None:
    """Each rule of the date grammar starts with a known set of characters; a rule that could start with any
    would lose the speed-up without anyone noticing."""
    unguarded = [name for name, rule, _ in COMPILED if "(?=[" not in rule.pattern.pattern]
    assert unguarded == []


# Text made of what date rules read: digits, letters of month names, separators, Arabic-Indic digits.
_TEXT = st.text(alphabet="0123456789٣ JjAaNnUuSsTtDdYyOoMmRrWwEeKk-/.,:'\n", max_size=60)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, rule=st.sampled_from(range(len(RULES))))
def test_guarded_rules_match_what_the_plain_rules_match(text: str, rule: int) -> None:
    name, pattern, _ = RULES[rule]
    plain = re.compile(pattern, re.IGNORECASE)
    guarded_rule = guarded(pattern, re.IGNORECASE)
    assert [m.span() for m in guarded_rule.finditer(text)] == [m.span() for m in plain.finditer(text)], name
