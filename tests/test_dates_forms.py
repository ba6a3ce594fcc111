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
    ["The earth spun for an hour more.", "He chose a new year plan for 2022.", "The meeting lasted an hour."],
)
def test_holiday_look_alikes_are_not_holidays(sentence: str) -> None:
    assert not any(kind == "TIME" or value.endswith(("-03-23", "-08-16")) for _, kind, value in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Parades were held on Canada Day 2015.", "Canada Day 2015", "2015-07-01"),
        ("The veterans march on Anzac Day 2016.", "Anzac Day 2016", "2016-04-25"),
        ("Tree planting starts on Arbor Day 2015.", "Arbor Day 2015", "2015-04-24"),
        ("Shops close for Victoria Day 2015.", "Victoria Day 2015", "2015-05-18"),
        ("Visit them on Grandparents Day 2015.", "Grandparents Day 2015", "2015-09-13"),
        ("Wreaths were laid on Remembrance Sunday 2015.", "Remembrance Sunday 2015", "2015-11-08"),
        ("The church marks the Epiphany in 2016.", "Epiphany in 2016", "2016-01-06"),
        ("Families gather for Orthodox Christmas 2015.", "Orthodox Christmas 2015", "2015-01-07"),
        ("Sisters visit their brothers on Bhai Dooj 2015.", "Bhai Dooj 2015", "2015-11-13"),
        ("The fast ends after Clean Monday 2015.", "Clean Monday 2015", "2015-02-23"),
        ("Clinics offer free tests on World AIDS Day 2019.", "World AIDS Day 2019", "2019-12-01"),
        ("Rallies marked International Women's Day 2020.", "International Women's Day 2020", "2020-03-08"),
        ("Temples filled for Guru Gobind Singh Jayanti 2014.", "Guru Gobind Singh Jayanti 2014", "2014-01-07"),
    ],
)
def test_named_days_on_fixed_weekday_and_lunar_rules(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She had an epiphany about her job in 2015.", "2015-01-06"),
        ("The sailors flew the flag day and night.", "-06-14"),
    ],
)
def test_words_in_named_days_are_no_holiday_alone(sentence: str, value: str) -> None:
    assert not any(found_value.endswith(value) for _, _, found_value in found(sentence))


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


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The ferry leaves in 7 days at 5pm.", "7 days at 5pm", "2013-02-19T17:00"),
        ("We meet again in two weeks at noon.", "two weeks at noon", "2013-02-26T12:00"),
        ("The alarm went off three days ago at 5:30 pm.", "three days ago at 5:30 pm", "2013-02-09T17:30"),
        ("The shop reopens 3 days after Christmas at 9am.", "3 days after Christmas at 9am", "2013-12-28T09:00"),
    ],
)
def test_a_day_reached_by_a_move_at_a_clock_time(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("He served 10 years at 7 prisons.", "10 years", "P10Y"),
        ("The law was signed two days ago at a ceremony.", "two days ago", "2013-02-10"),
    ],
)
def test_a_move_beside_a_number_or_place_keeps_no_time(sentence: str, words: str, value: str) -> None:
    assert next(w for w in found(sentence) if w[0] == words)[2] == value


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Doors open Fri, Jul 18, 2014 19h sharp.", "Fri, Jul 18, 2014 19h", "2014-07-18T19:00"),
        ("The train leaves Friday at 19h.", "Friday at 19h", "2013-02-15T19:00"),
        ("Kick-off is tomorrow 8h.", "tomorrow 8h", "2013-02-13T08:00"),
    ],
)
def test_an_hour_written_with_h_beside_a_day_is_a_clock_time(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


def test_an_hour_count_after_a_comma_stays_a_length() -> None:
    assert ("3h", "DURATION", "PT3H") in found("On Monday, 3h of rain fell.")


def ranges(text: str, reference: str = REF) -> list[tuple[str, str, str | None]]:
    return [(r["text"], r["value"], r.get("range_end")) for r in test_dates.dates(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "words", "value", "end"),
    [
        ("It will happen between 3 and 5 on 1/1/2015.", "3 and 5 on 1/1/2015", "2015-01-01T03:00",
         "2015-01-01T05:00"),
        ("Are you free next Monday morning 6-8?", "next Monday morning 6-8", "2013-02-18T06:00", "2013-02-18T08:00"),
        ("Call me tomorrow in between 1-2:30.", "tomorrow in between 1-2:30", "2013-02-13T01:00",
         "2013-02-13T02:30"),
        ("The desk is staffed on Friday from 9 to 11.", "Friday from 9 to 11", "2013-02-15T09:00",
         "2013-02-15T11:00"),
    ],
)
def test_bare_numbers_beside_a_day_as_a_range_of_hours(sentence: str, words: str, value: str, end: str) -> None:
    assert (words, value, end) in ranges(sentence)


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Between 3 and 5 people died on Monday.", "3 and 5"),
        ("Nadal won on Monday 6-4, 6-3.", "6-4"),
        ("The score was 3 to 2 this morning.", "3 to 2"),
    ],
)
def test_numbers_beside_a_day_that_are_counts_or_scores(sentence: str, numbers: str) -> None:
    found_here = ranges(sentence)
    assert all(end is None for _, _, end in found_here)
    assert not any(numbers in words for words, _, _ in found_here)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # Tuesday 2013-02-12: three days on is Friday the 15th; two weeks on, the week of the 25th
        ("The parcel comes in 3 days on Friday.", "3 days on Friday", "2013-02-15"),
        ("The team plays two weeks from now on Tuesday.", "two weeks from now on Tuesday", "2013-02-26"),
        ("They left Saturday 3 days from now.", "Saturday 3 days from now", "2013-02-16"),
    ],
)
def test_a_weekday_narrows_the_week_a_move_reaches(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


def test_a_weekday_after_a_comma_and_a_plain_length_stay_apart() -> None:
    assert ("Monday", "DATE", "2013-02-11") in found("He arrived on Monday, two days after the vote.")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("I leave every evening at 7:13 p.m.", "every evening at 7:13 p.m.", "T19:13"),
        ("She runs every morning at 7.", "every morning at 7", "T07"),
        ("The guard walks every night at 11.", "every night at 11", "T23"),
    ],
)
def test_a_part_of_the_day_that_recurs_at_a_clock_time(sentence: str, words: str, value: str) -> None:
    assert (words, "SET", value) in found(sentence)


def test_a_recurring_part_of_the_day_without_a_time_stays_the_part() -> None:
    assert ("every evening", "SET", "TEV") in found("She calls every evening.")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The sale ends the third tuesday after christmas 2014.", "the third tuesday after christmas 2014",
         "2015-01-13"),
        ("Classes resume the first Monday after Easter.", "the first Monday after Easter", "2013-04-01"),
        ("The fair opens the second Sunday before Christmas.", "the second Sunday before Christmas", "2013-12-15"),
    ],
)
def test_weekdays_counted_from_a_day(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


def test_weekdays_counted_from_no_date_are_not_a_date() -> None:
    assert not any("Tuesday" in words for words, _, _ in found("We meet the third Tuesday after the vote."))


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The fireworks start this evening at 12.", "this evening at 12", "2013-02-13T00:00"),
        ("The doors lock tonight at 12:30.", "tonight at 12:30", "2013-02-13T00:30"),
    ],
)
def test_twelve_in_the_evening_is_midnight(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


def test_twelve_on_a_day_with_no_part_of_it_is_noon() -> None:
    assert ("tomorrow at 12", "TIME", "2013-02-13T12:00") in found("Lunch is tomorrow at 12.")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("He will take a one year and a quarter gap.", "one year and a quarter", "P15M"),
        ("It lasted a year and a quarter.", "a year and a quarter", "P15M"),
    ],
)
def test_a_length_and_a_quarter(sentence: str, words: str, value: str) -> None:
    assert (words, "DURATION", value) in found(sentence)


def test_a_quarter_of_something_after_a_length_is_not_its_quarter() -> None:
    assert not any("quarter" in words for words, _, _ in found("They spent a year and a quarter of the budget."))


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("My aunt was born on 15 April of 87 in Leeds.", "15 April of 87", "1987-04-15"),
        ("The plant closed in March of 99.", "March of 99", "1999-03"),
        ("They married on June 2 of 04, in spring.", "June 2 of 04", "2004-06-02"),
    ],
)
def test_two_digits_after_a_month_and_of_are_its_year(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("She finished top of the class of 87.", "1987"), ("On May 5 of 87 members present, 40 voted.", "1987"),
     ("Page 4 of 12 was missing.", "2012")],
)
def test_two_digits_after_of_elsewhere_are_no_year(sentence: str, year: str) -> None:
    assert not any(value.startswith(year) for _, _, value in found(sentence))


@pytest.mark.parametrize(("sentence", "words", "value"), [("I'll be back at 9.am.", "9.am", "T09"),
                                                          ("Call me at 7.pm, please.", "7.pm", "T19")])
def test_a_stray_dot_before_am_or_pm(sentence: str, words: str, value: str) -> None:
    assert found(sentence) == [(words, "TIME", value)]


def test_a_dotted_number_before_a_word_is_no_time() -> None:
    assert found("Rule 9.amended the text and 7.pmx was renamed.") == []


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Let's find one morning together.", "morning", "TMO"),
        ("We could go out 1 evening.", "evening", "TEV"),
    ],
)
def test_one_part_of_the_day_is_some_such_part(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


@pytest.mark.parametrize("sentence", ["I met them at 2 morning sessions.", "They work at three night markets.",
                                      "It was one morning paper among many."])
def test_a_part_of_the_day_before_a_noun_is_no_time(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I'll be out from 2:30 to 2:15 pm.", "2:30 to 2:15 pm", "T02:30", "T14:15"),
        ("The clinic is open 11-4pm.", "11-4pm", "T11", "T16"),
        ("The party runs 10-2am.", "10-2am", "T22", "T02"),
    ],
)
def test_a_start_later_on_the_clock_than_its_end_is_in_the_other_half_of_the_day(
        sentence: str, words: str, start: str, end: str) -> None:
    (record,) = [r for r in test_dates.dates(sentence, reference=REF) if r["text"] == words]
    assert (record["value"], record["range_end"]) == (start, end)


def test_a_start_earlier_on_the_clock_shares_its_ends_half_of_the_day() -> None:
    (record,) = test_dates.dates("The clinic is open 1-4pm.", reference=REF)
    assert (record["value"], record["range_end"]) == ("T13", "T16")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("We will meet 5 days before new year.", "5 days before new year", "2013-12-27"),
        ("The office will stay shut until New Year's.", "New Year's", "2014-01-01"),
    ],
)
def test_new_year_after_a_preposition_is_its_day(sentence: str, words: str, value: str) -> None:
    assert (words, "DATE", value) in found(sentence)


@pytest.mark.parametrize("sentence", ["They wished him a happy new year.", "Prices will rise before the new year.",
                                      "Every new year brings hope."])
def test_new_year_as_a_year_is_no_holiday(sentence: str) -> None:
    assert not any(value.endswith("-01-01") for _, _, value in found(sentence))


def test_a_weekday_after_a_holiday_is_the_weekday_the_move_reaches() -> None:
    # Christmas 2013 + 3 weeks = Wednesday 2014-01-15; the Friday of that week is the 17th
    assert ("3 weeks after Christmas on Friday", "DATE", "2014-01-17") in \
        found("We will go back 3 weeks after Christmas on Friday.")


def test_a_weekday_written_with_its_date_stays_that_date() -> None:
    assert ("3 days after Monday, May 4, 2015", "DATE", "2015-05-07") in \
        found("They left 3 days after Monday, May 4, 2015.")


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("Are you available next Monday 6-8?", "next Monday 6-8", "2013-02-18T06:00", "2013-02-18T08:00"),
        ("Are you free tomorrow 3-5?", "tomorrow 3-5", "2013-02-13T03:00", "2013-02-13T05:00"),
    ],
)
def test_two_rising_numbers_after_a_day_ahead_are_its_hours(sentence: str, words: str, start: str, end: str) -> None:
    (record,) = test_dates.dates(sentence, reference=REF)
    assert (record["text"], record["value"], record["range_end"]) == (words, start, end)


@pytest.mark.parametrize("sentence", ["They lost on Monday 6-8 to Boston.", "They lost last Monday 6-8 to Boston.",
                                      "We play next Monday 8-6 favourites."])
def test_a_score_after_a_day_is_no_range_of_hours(sentence: str) -> None:
    assert not any("-" in words for words, _, _ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I'll be out between 9.30-4.30pm tomorrow.", "9.30-4.30pm tomorrow", "2013-02-13T09:30", "2013-02-13T16:30"),
        ("The desk is staffed from 10.30 to 11.45 a.m.", "10.30 to 11.45 a.m.", "T10:30", "T11:45"),
    ],
)
def test_a_dotted_start_is_a_clock_when_the_range_ends_in_am_or_pm(sentence: str, words: str, start: str,
                                                                    end: str) -> None:
    assert (words, start, end) in ranges(sentence)


@pytest.mark.parametrize("sentence", ["Shares rose from 9.30 to 10.45p.", "The rate moved from 4.25 to 4.50 percent."])
def test_dotted_prices_in_a_range_are_no_clock(sentence: str) -> None:
    assert not any(words.startswith(("9.30", "4.25")) for words, _, _ in ranges(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I will be away from this May to Oct 2020.", "this May to Oct 2020", "2013-05-01", "2020-10-01"),
        ("I will be away from next June to Sep 2021.", "next June to Sep 2021", "2013-06-01", "2021-09-01"),
    ],
)
def test_a_month_placed_by_this_or_next_keeps_its_year_in_a_range(sentence: str, words: str, start: str,
                                                                   end: str) -> None:
    assert (words, start, end) in ranges(sentence)


def test_a_start_month_without_a_word_takes_the_end_year() -> None:
    assert ("May to Oct 2020", "2020-05-01", "2020-10-01") in ranges("I will be away from May to Oct 2020.")


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I'm away from the 4th to the 22nd of this month.", "the 4th to the 22nd of this month", "2013-02-04",
         "2013-02-22"),
        ("The fair runs between the 3rd and the 5th of next month.", "the 3rd and the 5th of next month",
         "2013-03-03", "2013-03-05"),
        ("I'm away 4-23 next month.", "4-23 next month", "2013-03-04", "2013-03-23"),
    ],
)
def test_days_of_a_month_named_by_a_move_share_it_in_a_range(sentence: str, words: str, start: str,
                                                               end: str) -> None:
    assert (words, start, end) in ranges(sentence)


def test_a_vote_count_before_a_relative_month_is_no_range_of_days() -> None:
    assert not any(words.startswith("4") for words, _, _ in ranges("The vote went 4 to 23 last month."))


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The charge takes 1/2 h at most.", "1/2 h", "PT30M"),
        ("The tide turned after 3/4 of an hour.", "3/4 of an hour", "PT45M"),
        ("The crossing takes 1/2 of a day.", "1/2 of a day", "PT12H"),
    ],
)
def test_a_written_fraction_of_a_unit_is_a_length(sentence: str, words: str, value: str) -> None:
    assert (words, "DURATION", value) in found(sentence)


@pytest.mark.parametrize("sentence", ["The crack is 3/4 of an inch wide.", "Rates rose 1/2 of a percent."])
def test_a_fraction_of_another_measure_is_no_length(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I'll be out 5 to 7 in the morning.", "5 to 7 in the morning", "T05", "T07"),
        ("I'll be out 5 to seven in the morning.", "5 to seven in the morning", "T05", "T07"),
    ],
)
def test_a_number_to_an_hour_of_a_part_of_day_is_a_range_of_hours(sentence: str, words: str, start: str,
                                                                   end: str) -> None:
    assert (words, start, end) in ranges(sentence)


def test_a_score_before_a_part_of_day_game_is_no_range_of_hours() -> None:
    assert not any(words.startswith("5") for words, _, _ in ranges("They won 5 to 7 in the evening game."))


def test_a_falling_score_before_a_part_of_day_is_no_range_of_hours() -> None:
    assert not any(words.startswith("3") for words, _, _ in ranges("The score was 3 to 2 this morning."))


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("The desk is open from 10am to noon.", "10am to noon", "T10", "T12"),
        ("The bar is open from 10pm to midnight.", "10pm to midnight", "T22", "T00"),
        ("The desk is open from 10am to 12.", "10am to 12", "T10", "T12"),
        ("The desk is open from noon to 2pm.", "noon to 2pm", "T12", "T14"),
    ],
)
def test_noon_midnight_and_twelve_end_a_range_in_their_own_half_of_the_day(sentence: str, words: str, start: str,
                                                                           end: str) -> None:
    assert (words, start, end) in ranges(sentence)


def test_twelve_after_a_morning_start_with_its_own_pm_stays_noon() -> None:
    assert ("10 to 12pm", "T10", "T12") in ranges("The desk is open from 10 to 12pm.")


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("I'll be away 10-11am Monday.", "10-11am Monday", "2013-02-18T10:00", "2013-02-18T11:00"),
        ("The desk is staffed from 9 to 5 tomorrow.", "9 to 5 tomorrow", "2013-02-13T09:00", "2013-02-13T17:00"),
        ("I'll be away from Monday to Friday.", "Monday to Friday", "2013-02-18", "2013-02-22"),
        ("I worked from Monday to Friday.", "Monday to Friday", "2013-02-04", "2013-02-08"),
    ],
)
def test_ranges_of_hours_and_weekdays_run_forwards(sentence: str, words: str, start: str, end: str) -> None:
    assert (words, start, end) in ranges(sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("The desk is staffed from 9 to 11 tomorrow.", "9 to 11 tomorrow", "2013-02-13T09:00", "2013-02-13T11:00"),
        ("The shift runs from 22 to 6 tomorrow.", "22 to 6 tomorrow", "2013-02-13T22:00", "2013-02-13T06:00"),
        ("I'll be away from Thursday to Monday.", "Thursday to Monday", "2013-02-14", "2013-02-18"),
    ],
)
def test_ranges_already_in_order_or_on_a_24_hour_clock_stay(sentence: str, words: str, start: str, end: str) -> None:
    assert (words, start, end) in ranges(sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "start"),
    [
        ("How many calls came between eight o'clock and now?", "eight o'clock and now", "2013-02-12T08"),
        ("How many calls came from 2am until now?", "2am until now", "2013-02-12T02"),
    ],
)
def test_a_time_that_a_range_to_now_starts_from_is_today(sentence: str, words: str, start: str) -> None:
    assert (words, start, "2013-02-12T04:30") in ranges(sentence)


def test_a_time_ranged_to_another_time_keeps_no_day() -> None:
    assert ("2am until 4am", "T02", "T04") in ranges("Calls came from 2am until 4am.")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Let's meet on Friday the 15th around 4.", "Friday the 15th around 4", "2013-02-15T04:00"),
        ("Let's meet tomorrow around 9.", "tomorrow around 9", "2013-02-13T09:00"),
    ],
)
def test_an_hour_around_which_a_day_is_met_is_its_time(sentence: str, words: str, value: str) -> None:
    assert (words, "TIME", value) in found(sentence)


@pytest.mark.parametrize("sentence", ["On Friday around 4 people came.", "The vote was on Friday, with about 4.",
                                      "He said around 4."])
def test_a_count_after_around_is_no_hour(sentence: str) -> None:
    assert not any(kind == "TIME" for _, kind, _ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end"),
    [
        ("The talks were held March 3-5, 1998, in Geneva.", "March 3-5, 1998", "1998-03-03", "1998-03-05"),
        ("The fair ran from June 5 to 8, 2019.", "June 5 to 8, 2019", "2019-06-05", "2019-06-08"),
    ],
)
def test_a_year_after_a_range_of_days_is_both_days(sentence: str, words: str, start: str, end: str) -> None:
    assert (words, start, end) in ranges(sentence)


def test_a_year_after_two_coordinated_days_is_both_days() -> None:
    assert [value for _, value, _ in ranges("The talks were held March 3 and 5, 1998.")] == ["1998-03-03",
                                                                                            "1998-03-05"]


@pytest.mark.parametrize("sentence", ["On March 3, 5 people died.", "The vote on March 3 was 5, 1998 voters said."])
def test_a_count_after_a_day_and_a_comma_takes_no_year(sentence: str) -> None:
    (record,) = ranges(sentence)
    assert record[0] == "March 3" and not record[1].startswith("1998")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The festival is held every January in the capital.", "every January", "XXXX-01"),
        ("Each October the growers count their losses.", "Each October", "XXXX-10"),
        ("Prices fell each summer as tourists left.", "each summer", "XXXX-SU"),
        ("The club plays abroad every winter.", "every winter", "XXXX-WI"),
    ],
)
def test_every_month_or_season_is_a_set(sentence: str, words: str, value: str) -> None:
    assert (words, "SET", value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each march drew thousands of protesters to the square.",  # a march, not March
        "Every fall in prices worried the traders.",  # a fall, not autumn
    ],
)
def test_every_common_word_is_no_recurring_month(sentence: str) -> None:
    assert not [f for f in found(sentence) if f[1] == "SET"]
