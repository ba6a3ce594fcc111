"""The dates extractor on wire and broadcast news: precision and anchoring rules, each with a look-alike.

Sentences are our own, in the style of 1989-1998 wire copy; each case gives its reference date.
"""

from __future__ import annotations

import pytest

from conftest import assert_grounded, run_text


def found(text: str, reference: str) -> list[tuple[str, str]]:
    records = run_text("dates", text, reference_date=reference)
    assert_grounded(records, text)
    return [(r["text"], r["value"]) for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after `a` before a name is a model or a brand, no time
        ("He drove a 1987 Chevrolet across the border.", []),
        ("Fans wore a 2020 Vision T-shirt to the rally.", []),
        # look-alikes: a year before a common noun, or after `the`, is the year
        ("Congress passed a 1994 law on clinic access.", [("1994", "1994")]),
        ("Security was tight at the 1996 Olympics in Atlanta.", [("1996", "1996")]),
    ],
)
def test_a_model_year_before_a_name_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1998-08-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's cue reaches its month across a long name as across a short noun phrase
        ("He said they had talked about the slated visit of U.S. Commerce Secretary William Daley in September.",
         [("September", "1998-09")]),
        ("Aides discussed the planned trip of Secretary of State Madeleine Albright in October.",
         [("October", "1998-10")]),
        # look-alike: no plan, and the past tense places the month behind
        ("He said they had talked about the visit of U.S. Commerce Secretary William Daley in September.",
         [("September", "1997-09")]),
    ],
)
def test_a_plan_reaches_its_date_across_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1998-08-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week ended on a weekday is the week of that day, as the tense places it
        ("The index fell 2.5% in the week ended Friday.", [("the week", "1998-W01"), ("Friday", "1998-01-02")]),
        ("Figures for the week ending Friday will be released on Monday.",
         [("the week", "1998-W02"), ("Friday", "1998-01-09"), ("Monday", "1998-01-12")]),
        # look-alike: a week and a weekday of another clause stay apart
        ("Sales fell in the week, analysts said Friday.", [("the week", "1998-W02"), ("Friday", "1998-01-02")]),
    ],
)
def test_the_week_ended_on_a_weekday_is_that_days_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1998-01-08") == expected
