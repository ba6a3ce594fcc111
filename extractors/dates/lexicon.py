"""English words for calendar units, with the regular-expression alternations built from them.

Kept apart from the grammar so that a word added here (an abbreviation, a
spelling) reaches every pattern that uses the class.
"""

from __future__ import annotations

from ..engine.numbers import CARDINALS

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Month words that are also ordinary English words or names: standalone they
# need a temporal cue (a preposition, a modifier) before they count as months.
# Plurals of what happens, which a year before them dates (`the 1992 protests`, `the 2016 primaries`); a number
# before other plurals counts them (`the 2000 workers`).
EVENT_PLURALS = frozenset({
    "elections", "primaries", "caucuses", "midterms", "protests", "riots", "strikes", "talks", "negotiations",
    "games", "olympics", "championships", "playoffs", "finals", "attacks", "bombings", "shootings", "floods",
    "hearings", "reforms", "sanctions", "accords", "summits", "campaigns", "wars", "crises", "conventions",
    "debates", "results", "figures", "accounts", "budgets",
})
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "jun", "sept", "sep", "aug", "apr"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

NUMBER_WORDS: dict[str, int] = CARDINALS

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Calendar units and the TIMEX3 duration letters they map to.
UNITS: dict[str, str] = {
    "second": "S", "sec": "S", "s": "S", "minute": "MIN", "min": "MIN", "hour": "H", "hr": "H", "h": "H",
    "day": "D", "night": "D", "week": "W", "wk": "W", "fortnight": "FN", "month": "M", "mo": "M",
    "quarter": "Q", "year": "Y", "yr": "Y", "decade": "DE", "century": "CE", "weekend": "WE",
    "w": "W", "d": "D",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "night-time": "NT", "nighttime": "NT", "lunchtime": "MI", "lunch": "MI", "dinner": "EV",
    "dinnertime": "EV",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Adverbs for recurring sets and their TIMEX3 values.
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "bimonthly": "P2M", "bi-monthly": "P2M", "quarterly": "P3M",
    "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "semiannual": "P0.5Y", "semi-annual": "P0.5Y",
    "semiannually": "P0.5Y", "biannual": "P0.5Y", "biennial": "P2Y",
}

TIMEZONES = frozenset({
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist",
    "jst", "et", "pt", "ct", "mt", "eet", "aest", "hkt", "sgt", "msk",
})


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first, so `sept` wins over `sep`."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in items)


MONTH_RE = rf"(?:{alternation(MONTHS)})\.?"
WEEKDAY_RE = rf"(?:{alternation(WEEKDAYS)})\.?"
SMALL_NUMBER_RE = alternation(NUMBER_WORDS)
# A cardinal in words up to ninety-nine: `seven`, `twenty-four`, `thirty one`.
NUMBER_WORDS_RE = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|{SMALL_NUMBER_RE})"
)
ORDINAL_WORD_RE = alternation(ORDINAL_WORDS)
