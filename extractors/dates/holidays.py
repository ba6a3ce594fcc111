"""Named holidays: their names as written, and their dates in a given year (fixed days, nth weekdays of a
month, Easter-based feasts)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import EASTER_ORTHODOX, easter

from .lunar import LUNAR_NAMES, lunar_date

FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas_eve": (12, 24), "new_year": (1, 1), "new_years_eve": (12, 31),
    "valentine": (2, 14), "halloween": (10, 31), "independence": (7, 4), "earth_day": (4, 22),
    "st_patrick": (3, 17), "boxing": (12, 26), "veterans": (11, 11), "april_fools": (4, 1),
    "juneteenth": (6, 19), "all_saints": (11, 1), "bastille": (7, 14), "groundhog": (2, 2), "boss": (10, 16),
    "may_day": (5, 1), "rabindra_jayanti": (5, 9),
    # Christian feasts, national days and the UN's international days, each on one date every year.
    "epiphany": (1, 6), "all_souls": (11, 2), "assumption": (8, 15), "candlemas": (2, 2), "michaelmas": (9, 29),
    "orthodox_christmas": (1, 7), "st_george": (4, 23), "st_andrew": (11, 30), "st_david": (3, 1),
    "burns_night": (1, 25), "guy_fawkes": (11, 5), "cinco_de_mayo": (5, 5), "canada_day": (7, 1),
    "australia_day": (1, 26), "anzac_day": (4, 25), "flag_day": (6, 14), "patriot_day": (9, 11),
    "pearl_harbor_day": (12, 7), "kwanzaa": (12, 26), "lohri": (1, 13), "pi_day": (3, 14),
    "womens_day": (3, 8), "world_aids_day": (12, 1), "human_rights_day": (12, 10), "world_health_day": (4, 7),
    "world_environment_day": (6, 5), "world_water_day": (3, 22), "world_vegan_day": (11, 1),
    "world_food_day": (10, 16), "world_refugee_day": (6, 20), "world_cancer_day": (2, 4),
    "world_press_freedom_day": (5, 3), "world_book_day": (4, 23), "world_teachers_day": (10, 5),
    "world_mental_health_day": (10, 10), "world_population_day": (7, 11), "world_no_tobacco_day": (5, 31),
    "world_oceans_day": (6, 8), "un_day": (10, 24), "peace_day": (9, 21), "youth_day": (8, 12),
}

# (month, weekday, n): the nth such weekday of the month; n = -1 is the last.
NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "labor": (9, 0, 1), "memorial": (5, 0, -1), "mlk": (1, 0, 3),
    "presidents": (2, 0, 3), "mothers": (5, 6, 2), "fathers": (6, 6, 3), "columbus": (10, 0, 2),
    "arbor": (4, 4, -1), "remembrance_sunday": (11, 6, 2),
}

# Holidays that begin at a clock time: (hour, minute). Earth Hour runs 20:30-21:30 local time.
CLOCK_TIME: dict[str, tuple[int, int]] = {"earth_hour": (20, 30)}

# The Parsi (Shahenshahi) year has 365 days and no leap day, so its new year falls a day earlier in the
# Gregorian calendar every fourth year: one known new year and whole years of 365 days give any other.
_PARSI_NEW_YEAR = dt.date(2022, 8, 16)

# Days after Thanksgiving or Easter Sunday.
AFTER_THANKSGIVING: dict[str, int] = {"black_friday": 1, "cyber_monday": 4}
AFTER_EASTER: dict[str, int] = {
    "easter": 0, "easter_monday": 1, "good_friday": -2, "palm_sunday": -7, "pentecost": 49,
    "ash_wednesday": -46, "mardi_gras": -47, "trinity": 56, "whit_monday": 50, "ascension": 39,
    "maundy_thursday": -3, "holy_saturday": -1, "corpus_christi": 60,
    "holy_week": -2,  # read as a week: the one of Good Friday, Palm Sunday to Holy Saturday
}
# Holidays named as a week of their own (`Holy Week`): the ISO week of their day.
WEEK_HOLIDAYS = frozenset({"holy_week"})
# Days after Orthodox Easter (the Julian computus); Great Lent starts on Clean Monday.
AFTER_ORTHODOX_EASTER: dict[str, int] = {"orthodox_easter": 0, "orthodox_good_friday": -2, "great_lent": -48,
                                         "lazarus_saturday": -8}


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The nth `weekday` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


# Holidays a fixed number of days from one dated above: (from, days after).
DAYS_FROM: dict[str, tuple[str, int]] = {
    "shemini_atzeret": ("sukkot", 7), "simchat_torah": ("sukkot", 8), "shushan_purim": ("purim", 1),
    "dhanteras": ("diwali", -2), "naraka_chaturdashi": ("diwali", -1), "holika_dahan": ("holi", -1),
    "bhogi": ("pongal", -1), "mattu_pongal": ("pongal", 1), "kaanum_pongal": ("pongal", 2),
    "maha_saptami": ("dussehra", -3), "maha_ashtami": ("dussehra", -2), "maha_navami": ("dussehra", -1),
    "bhai_dooj": ("diwali", 2), "govardhan_puja": ("diwali", 1),
    # 28 Iyar, 43 days after 15 Nisan: both eves, as the Hebrew holidays here are dated.
    "yom_yerushalayim": ("passover", 43),
}


def holiday_date(name: str, year: int) -> dt.date | None:
    if name in DAYS_FROM:
        base, days = DAYS_FROM[name]
        day = holiday_date(base, year)
        return day + dt.timedelta(days=days) if day else None
    if name == "yom_hashoah":
        return _yom_hashoah(year)
    if name == "kings_day":  # Koningsdag: 27 April, or the 26th when the 27th is a Sunday
        day = dt.date(year, 4, 27)
        return day - dt.timedelta(days=1) if day.weekday() == 6 else day
    if name == "earth_hour":  # the last Saturday of March, a week earlier when that is Easter's eve
        saturday = nth_weekday(year, 3, 5, -1)
        return saturday - dt.timedelta(days=7) if saturday == easter(year) - dt.timedelta(days=1) else saturday
    if name == "parsi_new_year":
        return _PARSI_NEW_YEAR + dt.timedelta(days=365 * (year - _PARSI_NEW_YEAR.year))
    if name in FIXED:
        month, day = FIXED[name]
        return dt.date(year, month, day)
    if name in NTH_WEEKDAY:
        return nth_weekday(year, *NTH_WEEKDAY[name])
    if name == "victoria_day":  # Canada: the last Monday before May 25
        return dt.date(year, 5, 24) - dt.timedelta(days=dt.date(year, 5, 24).weekday())
    if name == "grandparents_day":  # US: the first Sunday after Labor Day
        labor = nth_weekday(year, *NTH_WEEKDAY["labor"])
        return labor + dt.timedelta(days=6) if labor else None
    if name == "election_day":  # US: the Tuesday after the first Monday of November
        monday = nth_weekday(year, 11, 0, 1)
        return monday + dt.timedelta(days=1) if monday else None
    if name in AFTER_THANKSGIVING:
        thanksgiving = nth_weekday(year, *NTH_WEEKDAY["thanksgiving"])
        return thanksgiving + dt.timedelta(days=AFTER_THANKSGIVING[name]) if thanksgiving else None
    if name in AFTER_EASTER:
        return easter(year) + dt.timedelta(days=AFTER_EASTER[name])
    if name in AFTER_ORTHODOX_EASTER:
        return easter(year, EASTER_ORTHODOX) + dt.timedelta(days=AFTER_ORTHODOX_EASTER[name])
    return lunar_date(name, year)


def _yom_hashoah(year: int) -> dt.date | None:
    """27 Nisan (the eve: twelve days after Passover's), moved to Thursday from a Friday and to Monday from a
    Sunday."""
    passover = holiday_date("passover", year)
    if passover is None:
        return None
    eve = passover + dt.timedelta(days=12)
    if eve.weekday() in (3, 5):  # the day itself would be a Friday or a Sunday
        eve += dt.timedelta(days=-1 if eve.weekday() == 3 else 1)
    return eve


# Tried in order: a longer name must come before a name it starts with.
HOLIDAY_NAMES: dict[str, str] = {
    r"christmas\s+eve": "christmas_eve", r"christmas(?:\s+day)?": "christmas", "x-?mas": "christmas",
    r"new\s+year'?s'?\s+eve": "new_years_eve", r"new\s+year'?s'?\s+day": "new_year", r"new\s+year(?:'s)?": "new_year",
    r"valentine'?s?\s+day": "valentine", "halloween": "halloween", r"independence\s+day": "independence",
    r"thanksgiving(?:\s+day)?": "thanksgiving", r"black\s+friday": "black_friday",
    r"cyber\s+monday": "cyber_monday", r"labou?r\s+day": "labor", r"memorial\s+day": "memorial",
    r"(?:mlk|martin\s+luther\s+king(?:'s)?)(?:\s+jr\.?)?\s+day": "mlk", r"presidents'?\s+day": "presidents",
    r"mother'?s'?\s+day": "mothers", r"father'?s'?\s+day": "fathers", r"easter\s+monday": "easter_monday",
    r"easter(?:\s+sunday)?": "easter", r"good\s+friday": "good_friday", r"palm\s+sunday": "palm_sunday",
    r"holy\s+week": "holy_week",
    "pentecost": "pentecost", r"ash\s+wednesday": "ash_wednesday", r"mardi\s+gras": "mardi_gras",
    r"earth\s+day": "earth_day", r"(?:st\.?|saint)\s+(?:patrick|paddy)'?s?(?:\s+day)?": "st_patrick",
    r"boxing\s+day": "boxing", r"election\s+day": "election_day", r"veterans'?\s+day": "veterans",
    r"columbus\s+day": "columbus",
    r"april\s+fools'?(?:\s+day)?": "april_fools", "juneteenth": "juneteenth",
    r"all\s+saints'?\s+day": "all_saints", r"bastille\s+day": "bastille", r"groundhog\s+day": "groundhog",
    r"boss'?s'?\s+day": "boss", r"international\s+workers'?\s+day": "may_day", r"may\s+day": "may_day",
    r"trinity\s+sunday": "trinity", r"pancake\s+day|shrove\s+tuesday": "mardi_gras",
    r"orthodox\s+easter(?:\s+sunday)?": "orthodox_easter",
    r"orthodox\s+(?:good|great|holy)\s+friday": "orthodox_good_friday", r"great\s+(?:lent|fast)": "great_lent",
    r"whit\s+monday|monday\s+of\s+the\s+holy\s+spirit|pentecost\s+monday": "whit_monday",
    r"ascension\s+day|feast\s+of\s+the\s+ascension": "ascension", r"maundy\s+thursday": "maundy_thursday",
    r"holy\s+saturday": "holy_saturday", r"corpus\s+christi": "corpus_christi", r"lent": "ash_wednesday",
    r"shemini\s+atzereth?": "shemini_atzeret", r"simc?hat\s+torah": "simchat_torah",
    r"shushan\s+purim": "shushan_purim", r"yom\s+ha-?shoah|holocaust\s+day": "yom_hashoah",
    r"dhanteras|dhanatrayodashi": "dhanteras", r"kali\s+chaudas|naraka\s+chaturdashi|chhoti\s+diwali":
        "naraka_chaturdashi", r"holika\s+dahan|chhoti\s+holi|kamudu\s+pyre": "holika_dahan",
    r"phagwah": "holi", r"bhogi": "bhogi", r"maa?ttu\s+pongal": "mattu_pongal", r"kaa?num\s+pongal": "kaanum_pongal",
    r"maha\s+saptami": "maha_saptami", r"maha\s+ashtami|durga\s+ashtami": "maha_ashtami",
    r"maha\s+navami": "maha_navami", r"koningsdag|king'?s\s+day": "kings_day",
    r"rabindra(?:nath)?\s+jayanti": "rabindra_jayanti", r"parsi\s+new\s+year": "parsi_new_year",
    r"earth\s+hour": "earth_hour",
    r"orthodox\s+christmas(?:\s+day)?": "orthodox_christmas",
    r"epiphany": "epiphany", r"three\s+kings'?\s+day": "epiphany",
    r"all\s+souls'?\s+day": "all_souls", r"(?:the\s+)?feast\s+of\s+the\s+assumption|assumption\s+day": "assumption",
    "candlemas": "candlemas", "michaelmas": "michaelmas",
    r"(?:st\.?|saint)\s+george'?s\s+day": "st_george", r"(?:st\.?|saint)\s+andrew'?s\s+day": "st_andrew",
    r"(?:st\.?|saint)\s+david'?s\s+day": "st_david", r"burns\s+night": "burns_night",
    r"guy\s+fawkes(?:\s+(?:night|day))?|bonfire\s+night": "guy_fawkes", r"cinco\s+de\s+mayo": "cinco_de_mayo",
    r"canada\s+day": "canada_day", r"australia\s+day": "australia_day", r"anzac\s+day": "anzac_day",
    r"flag\s+day": "flag_day", r"patriot\s+day": "patriot_day",
    r"pearl\s+harbou?r\s+(?:remembrance\s+)?day": "pearl_harbor_day", "kwanzaa": "kwanzaa", "lohri": "lohri",
    r"pi\s+day": "pi_day", r"(?:international\s+)?women'?s\s+day": "womens_day",
    r"world\s+aids\s+day": "world_aids_day", r"human\s+rights\s+day": "human_rights_day",
    r"world\s+health\s+day": "world_health_day", r"world\s+environment\s+day": "world_environment_day",
    r"world\s+water\s+day": "world_water_day", r"world\s+vegan\s+day": "world_vegan_day",
    r"world\s+food\s+day": "world_food_day", r"world\s+refugee\s+day": "world_refugee_day",
    r"world\s+cancer\s+day": "world_cancer_day", r"world\s+press\s+freedom\s+day": "world_press_freedom_day",
    r"world\s+book(?:\s+and\s+copyright)?\s+day": "world_book_day",
    r"world\s+teachers'?\s+day": "world_teachers_day", r"world\s+mental\s+health\s+day": "world_mental_health_day",
    r"world\s+population\s+day": "world_population_day", r"world\s+no\s+tobacco\s+day": "world_no_tobacco_day",
    r"world\s+oceans?\s+day": "world_oceans_day", r"united\s+nations\s+day": "un_day",
    r"international\s+day\s+of\s+peace|(?:world|international)\s+peace\s+day": "peace_day",
    r"international\s+youth\s+day": "youth_day", r"arbor\s+day": "arbor",
    r"remembrance\s+sunday": "remembrance_sunday", r"remembrance\s+day|armistice\s+day|poppy\s+day": "veterans",
    r"victoria\s+day": "victoria_day", r"(?:national\s+)?grandparents'?\s+day": "grandparents_day",
    r"lazarus\s+saturday": "lazarus_saturday", r"clean\s+monday|ash\s+monday": "great_lent",
    r"bhai\s+(?:dooj|duj|beej|tika)|bhau\s+beej|bhaiya\s+dooj": "bhai_dooj",
    r"govardhan\s+puja|annakut": "govardhan_puja", r"yom\s+yerushalayim|jerusalem\s+day": "yom_yerushalayim",
}

HOLIDAY_NAMES |= LUNAR_NAMES

# Names that are also common words match only where the word cannot be meant (`lent` is also lend's past).
# `new year` is the holiday only right after a preposition of time (`before new year`, `over New Year's`); `the new
# year`, `a new year`, `his new year` are a year.
_TIME_PREPOSITIONS = ("before", "after", "until", "till", "since", "by", "over", "at", "on", "around", "for")
_GUARDED = {r"lent": r"lent(?=\s+\d{4})|(?-i:Lent)(?!\s+(?:it|him|her|them|us|me|money|\$|\d))",
            # the feast, not a sudden insight (`had an epiphany`, `her epiphany`)
            r"epiphany": "".join(rf"(?<!\b{word}\s)" for word in ("an", "a", "his", "her", "my", "their", "sudden"))
            + "epiphany",
            # the US holiday, not a flag flown day and night
            r"flag\s+day": r"(?-i:Flag\s+Day)|flag\s+day(?=\s+\d{4})",
            r"new\s+year(?:'s)?": "(?=new\\s)(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _TIME_PREPOSITIONS)
            + r")new\s+year(?:'s)?(?![\w'’-])"}

HOLIDAYS_RE = "|".join(f"(?:{_GUARDED.get(pattern, pattern)})" for pattern in HOLIDAY_NAMES)


def holiday_name(text: str) -> str | None:
    """The holiday a matched name stands for (`St. Paddy's day` -> `st_patrick`)."""
    text = text.lower()
    return next((name for pattern, name in HOLIDAY_NAMES.items() if re.fullmatch(pattern, text, re.I)), None)
