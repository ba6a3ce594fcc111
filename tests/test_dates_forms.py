"""Expression forms of the dates grammar, each with a look-alike that must read otherwise, through the real pipeline.

Reference time: Tuesday 2013-02-12T04:30 (ISO week 7), unless a case says otherwise.
"""

from __future__ import annotations

import pytest
import test_dates

REF = "2013-02-12T04:30:00"


def found(text: str, reference: str = REF) -> list[tuple[str, str, str]]:
    return test_dates.found(text, reference=reference)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The audit is due upcoming two weeks, they said.", "upcoming two weeks", "2013-W09"),
        ("She flies out 2 upcoming days from here.", "2 upcoming days", "2013-02-14"),
        ("Results land upcoming 2 quarters.", "upcoming 2 quarters", "2013-Q3"),
        ("The vote comes upcoming three years.", "upcoming three years", "2016"),
    ],
)
def test_upcoming_with_a_count_is_the_unit_that_many_ahead(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Talks continue over the upcoming two weeks.", "the upcoming two weeks", "P2W"),
        ("Prices will rise in the next three months.", "the next three months", "P3M"),
    ],
)
def test_a_determiner_keeps_upcoming_a_stretch_of_time(sentence: str, words: str, value: str) -> None:
    assert found(sentence) == [(words, "DURATION", value)]


@pytest.mark.parametrize(
    ("sentence", "words", "kind", "value"),
    [
        ("Lights go off for Earth Hour 2016 in the city.", "Earth Hour 2016", "TIME", "2016-03-19T20:30"),
        ("Lights go off for Earth Hour 2019 in the city.", "Earth Hour 2019", "TIME", "2019-03-30T20:30"),
        ("Schools close on Rabindranath Jayanti 2019.", "Rabindranath Jayanti 2019", "DATE", "2019-05-09"),
        ("Offices shut for Parsi New Year 2022.", "Parsi New Year 2022", "DATE", "2022-08-16"),
        ("Offices shut for Parsi New Year 2024.", "Parsi New Year 2024", "DATE", "2024-08-15"),
        ("The show starts on Christmas Eve at 6pm 2016.", "Christmas Eve at 6pm 2016", "TIME", "2016-12-24T18:00"),
    ],
)
def test_holidays_with_their_own_rules(sentence: str, words: str, kind: str, value: str) -> None:
    assert (words, kind, value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The earth spun for an hour more.", "He chose a new year plan for 2022.", "The meeting lasted an hour.",
     "No place on earth hour after hour felt safe."],
)
def test_holiday_look_alikes_are_not_holidays(sentence: str) -> None:
    assert not any(kind == "TIME" or value.endswith(("-03-23", "-08-16")) for _, kind, value in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The alarm goes off at 3 in the AM.", "3 in the AM", "T03"),
        ("The shop is open from 3 to 4 in the PM.", "3 to 4 in the PM", "T15"),
        ("The train leaves at 19h GMT.", "19h GMT", "T19:00"),
        ("Let us talk tomorrow afternoonish.", "tomorrow afternoonish", "2013-02-13TAF"),
    ],
)
def test_clock_forms(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["He was in the amateur league at 3 in the amphitheatre.", "The race took 3h in the rain.",
     "The afternoon session ran long."],
)
def test_clock_look_alikes(sentence: str) -> None:
    assert not any(kind == "TIME" and value[1:3].isdigit() for _, kind, value in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Meet me next year in the morning.", [("next year", "DATE", "2014"), ("the morning", "TIME", "TMO")]),
        ("Sales in week 10 8pm were logged.", [("week 10", "DATE", "2013-W10"), ("8pm", "TIME", "T20")]),
        ("They landed on the morning of March 3, 2001.", [("the morning of March 3, 2001", "TIME", "2001-03-03TMO")]),
        ("The parade is on Christmas morning 2016.", [("Christmas morning 2016", "TIME", "2016-12-25TMO")]),
        ("Set it up for Wednesday evening next week.", [("Wednesday evening next week", "TIME", "2013-02-20TEV")]),
    ],
)
def test_a_time_of_day_beside_a_week_or_year_is_its_own_expression(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected
