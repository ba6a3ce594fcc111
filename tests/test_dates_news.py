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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `the decade` is the current one, as `the year` is, and takes the edges `the year` takes
        ("Prices rose throughout the decade, the report said.", [("the decade", "199")]),
        ("The population will double by the end of the decade.", [("the end of the decade", "199")]),
        # look-alikes: a window of a decade is a length, and `decade-long` a length too
        ("The company grew fast in the last decade.", [("the last decade", "P10Y")]),
        ("The decade-long war ended in 1988.", [("decade-long", "P10Y"), ("1988", "1988")]),
    ],
)
def test_the_decade_is_the_current_decade(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1998-01-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before a dash and a clock time opens a range of hours on the day named after it
        ("The shop is open 9-5pm on Saturday.", [("9-5pm on Saturday", "1998-08-29T09:00", "1998-08-29T17:00")]),
        ("The market opens 10-4pm Sunday.", [("10-4pm Sunday", "1998-08-30T10:00", "1998-08-30T16:00")]),
        # look-alike: a score before a weekday stays a score
        ("The Yankees beat Boston 9-5 on Saturday.", [("Saturday", "1998-08-22", None)]),
    ],
)
def test_a_number_before_a_range_of_hours_is_no_day(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    records = run_text("dates", text, reference_date="1998-08-26")
    assert [(r["text"], r["value"], r.get("range_end")) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time beside a move from an undated event is on that event's unknown day, not the story's
        ("The doctor was shot on Oct. 23, 1998. A jogger saw the car at 6 a.m. 10 days before the shooting.",
         [("Oct. 23, 1998", "1998-10-23"), ("6 a.m.", "T06"), ("10 days", "P10D")]),
        ("Rescuers found the man on Aug. 9, 1998. A nurse saw him at 6 a.m. two days after the blast.",
         [("Aug. 9, 1998", "1998-08-09"), ("6 a.m.", "T06"), ("two days", "P2D")]),
        # look-alikes: with no move the time is on the story's day; a move from a date dates it
        ("The doctor was shot on Oct. 23, 1998. A jogger saw the car at 6 a.m. near the house.",
         [("Oct. 23, 1998", "1998-10-23"), ("6 a.m.", "1998-10-23T06:00")]),
        ("The doctor was shot on Oct. 23, 1998. A jogger saw the car at 6 a.m. 10 days before Oct. 23.",
         [("Oct. 23, 1998", "1998-10-23"), ("6 a.m.", "1998-10-13T06:00"), ("10 days before Oct. 23", "1998-10-13")]),
    ],
)
def test_a_clock_time_beside_a_move_from_an_event_keeps_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1999-05-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of a month and a move by a week are two expressions: what is reported and when
        ("The company will report results for the quarter, which ended Sept. 30, next week.",
         [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("next week", "1989-W45")]),
        # the quarter that ended on a day, set off by a comma, is that day's quarter
        ("Profit for the quarter, which ended Sept. 30, rose 5%.",
         [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
        # look-alikes: a move by years picks the day's year, and a weekday joins its week
        ("They met on Oct. 12 last year.", [("Oct. 12 last year", "1988-10-12")]),
        ("The talks resume Monday next week.", [("Monday next week", "1989-11-06")]),
        # and a move by a day after a day is that day told again
        ("He was last seen Oct. 30, the day before police issued a warrant.",
         [("Oct. 30, the day before", "1989-10-30")]),
    ],
)
def test_a_day_and_a_move_by_a_week_are_two_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1989-11-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move by minutes or hours counts from the story's last clock time on a known day
        ("On July 17, 1996, the plane took off at 8:19 p.m. Twelve minutes later, it was gone.",
         [("July 17, 1996", "1996-07-17"), ("8:19 p.m.", "1996-07-17T20:19"),
          ("Twelve minutes later", "1996-07-17T20:31")]),
        ("The quake struck at 4:31 a.m. on Jan. 17, 1994. Two hours later, fires broke out.",
         [("4:31 a.m. on Jan. 17, 1994", "1994-01-17T04:31"), ("Two hours later", "1994-01-17T06:31")]),
        # look-alike: after a day named without a time the hour it counts from is unknown, a length
        ("The plane took off at 8:19 p.m. on July 17, 1996. On July 18, divers arrived. An hour later, it rained.",
         [("8:19 p.m. on July 17, 1996", "1996-07-17T20:19"), ("July 18", "1996-07-18"),
          ("An hour later", "PT1H")]),
    ],
)
def test_minutes_later_count_from_the_storys_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "1997-07-17") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # across a comma two anchors each whole are two dates, and `early` is what follows it
        ("Prices rose in the 1990s, last week and in early 2026.",
         [("the 1990s", "199", None), ("last week", "2025-W51", None), ("early 2026", "2026", "START")]),
        ("He said it happened this weekend, in early 2026 it will change.",
         [("this weekend", "2025-W51-WE", None), ("early 2026", "2026", "START")]),
        ("The talks resume Monday, Dec. 29, next week.",
         [("Monday, Dec. 29", "2025-12-29", None), ("next week", "2026-W01", None)]),
        # look-alikes: a piece that completes the one before joins it across the comma
        ("The ruling came on Friday, July 18, 2014, in Washington.", [("Friday, July 18, 2014", "2014-07-18", None)]),
        ("It was founded in December, 1987.", [("December, 1987", "1987-12", None)]),
        ("The blast came at 10:35 a.m., Friday.", [("10:35 a.m., Friday", "2025-12-19T10:35", None)]),
    ],
)
def test_across_a_comma_only_a_piece_that_completes_joins(text: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    records = run_text("dates", text, reference_date="2025-12-25")
    assert [(r["text"], r["value"], r.get("mod")) for r in records] == expected


@pytest.mark.parametrize("text", ["12/05 to 1990s", "The index ran from Dec. 5 to the 1990s."])
def test_a_range_ending_in_a_decade_never_fails_the_document(text: str) -> None:
    records = run_text("dates", text, reference_date="2025-12-25")
    assert records and records[0]["value"].startswith("20")


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        # the wires' `the week to Friday`: the week that ends that Friday, and the day as a date of its own
        ("Sales rose 3 percent in the week to Friday.", [("the week", "1999-W09"), ("Friday", "1999-03-05")],
         "the week to Friday"),
        ("The index fell in the month to Feb. 28.", [("the month", "1999-02"), ("Feb. 28", "1999-02-28")],
         "the month to Feb. 28"),
        # ... or that ends in that month; a year that ends in another month than December is a fiscal year
        ("Profit rose in the quarter to June.", [("the quarter", "1998-Q2"), ("June", "1998-06")],
         "the quarter to June"),
        ("Profit rose in the quarter ending in December.", [("the quarter", "1998-Q4")],
         "the quarter ending in December"),
        ("Sales fell in the year to March 31.", [("the year", "FY1998"), ("March 31", "1998-03-31")],
         "the year to March 31"),
        ("Profit fell in the fiscal year ended Sept. 30.", [("the fiscal year", "FY1998")],
         "the fiscal year ended Sept. 30"),
        ("Output fell in the year ended Dec. 31.", [("the year", "1998"), ("Dec. 31", "1998-12-31")],
         "the year ended Dec. 31"),
        # look-alikes: `from Monday to Friday` and `this week to Friday` stay ranges
        ("The fair runs from Monday to Friday.", [("Monday to Friday", "1999-03-15")], "Monday"),
        ("We moved the meeting from this week to Friday.", [("this week to Friday", "1999-03-08")], "this week"),
    ],
)
def test_the_period_to_a_day_is_the_period_ending_that_day(
    sentence: str, expected: list[tuple[str, str]], not_expected: str,
) -> None:
    got = found(sentence, "1999-03-10")
    for pair in expected:
        assert pair in got
    assert not_expected not in [text for text, _ in got]
