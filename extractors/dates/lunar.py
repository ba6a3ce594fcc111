"""Holidays on the Chinese, Hebrew, Hindu and Islamic calendars, dated through the `holidays` package.

Their Gregorian dates move from year to year and follow tables or astronomy
that the `holidays` package maintains (imported on first use: it is large).
Each name maps to the package's calendar and the method that dates it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

# Our holiday key -> (calendar class in holidays.calendars, its method for one Gregorian year).
LUNAR: dict[str, tuple[str, str]] = {
    "chinese_new_year": ("_ChineseLunisolar", "lunar_new_year_date"),
    "mid_autumn": ("_ChineseLunisolar", "mid_autumn_date"),
    "dragon_boat": ("_ChineseLunisolar", "dragon_boat_date"),
    "qingming": ("_ChineseLunisolar", "qingming_date"),
    "passover": ("_HebrewLunisolar", "passover_date"),
    "yom_kippur": ("_HebrewLunisolar", "yom_kippur_date"),
    "rosh_hashanah": ("_HebrewLunisolar", "rosh_hashanah_date"),
    "hanukkah": ("_HebrewLunisolar", "hanukkah_date"),
    "shavuot": ("_HebrewLunisolar", "shavuot_date"),
    "purim": ("_HebrewLunisolar", "purim_date"),
    "sukkot": ("_HebrewLunisolar", "sukkot_date"),
    "lag_baomer": ("_HebrewLunisolar", "lag_baomer_date"),
    "tisha_bav": ("_HebrewLunisolar", "tisha_bav_date"),
    "yom_haatzmaut": ("_HebrewLunisolar", "israel_independence_date"),
    "eid_al_fitr": ("_IslamicLunar", "eid_al_fitr_dates"),
    "eid_al_adha": ("_IslamicLunar", "eid_al_adha_dates"),
    "ramadan": ("_IslamicLunar", "ramadan_beginning_dates"),
    "laylat_al_qadr": ("_IslamicLunar", "laylat_al_qadr_dates"),
    "isra_miraj": ("_IslamicLunar", "isra_and_miraj_dates"),
    "islamic_new_year": ("_IslamicLunar", "hijri_new_year_dates"),
    "mawlid": ("_IslamicLunar", "mawlid_dates"),
    "ashura": ("_IslamicLunar", "ashura_dates"),
    "diwali": ("_HinduLunisolar", "diwali_india_date"),
    "holi": ("_HinduLunisolar", "holi_date"),
    "chhath": ("_HinduLunisolar", "chhath_puja_date"),
    "dussehra": ("_HinduLunisolar", "dussehra_date"),
    "navratri": ("_HinduLunisolar", "sharad_navratri_date"),
    "karwa_chauth": ("_HinduLunisolar", "karwa_chauth_date"),
    "raksha_bandhan": ("_HinduLunisolar", "raksha_bandhan_date"),
    "mahavir_jayanti": ("_HinduLunisolar", "mahavir_jayanti_date"),
    "maha_shivaratri": ("_HinduLunisolar", "maha_shivaratri_date"),
    "makar_sankranti": ("_HinduLunisolar", "makar_sankranti_date"),
    "vaisakhi": ("_HinduLunisolar", "vaisakhi_date"),
    "basant_panchami": ("_HinduLunisolar", "basant_panchami_date"),
    "guru_ravidas_jayanti": ("_HinduLunisolar", "guru_ravidas_jayanti_date"),
    "valmiki_jayanti": ("_HinduLunisolar", "maharshi_valmiki_jayanti_date"),
    "gudi_padwa": ("_HinduLunisolar", "gudi_padwa_date"),
    "rath_yatra": ("_HinduLunisolar", "rath_yatra_date"),
    "pongal": ("_HinduLunisolar", "pongal_date"),
    "janmashtami": ("_HinduLunisolar", "janmashtami_date"),
    "ganesh_chaturthi": ("_HinduLunisolar", "ganesh_chaturthi_date"),
    "guru_nanak_jayanti": ("_HinduLunisolar", "guru_nanak_jayanti_date"),
    "ram_navami": ("_HinduLunisolar", "ram_navami_date"),
    "onam": ("_HinduLunisolar", "onam_date"),
    "vesak": ("_HinduLunisolar", "buddha_purnima_date"),
    "guru_gobind_singh_jayanti": ("_HinduLunisolar", "guru_gobind_singh_jayanti_date"),
    "dayanand_saraswati_jayanti": ("_HinduLunisolar", "swami_dayanand_saraswati_jayanti_date"),
    "hanuman_jayanti": ("_HinduLunisolar", "hanuman_jayanti_date"),
    "guru_purnima": ("_HinduLunisolar", "guru_purnima_date"),
    "thaipusam": ("_HinduLunisolar", "thaipusam_date"),
    "vishu": ("_HinduLunisolar", "vishu_date"),
    "chaitra_navratri": ("_HinduLunisolar", "chaitra_navratri_date"),
    "jumuatul_wida": ("_IslamicLunar", "jumuatul_wida_dates"),
    "arbaeen": ("_IslamicLunar", "arbaeen_dates"),
    "double_ninth": ("_ChineseLunisolar", "double_ninth_date"),
}

# Names as written -> key; tried in order, so a longer name comes before a name it starts with.
LUNAR_NAMES: dict[str, str] = {
    r"(?:chinese|lunar)\s+new\s+year'?s?(?:\s+day)?|spring\s+festival": "chinese_new_year",
    r"mid-?autumn\s+festival|moon\s+festival": "mid_autumn", r"dragon\s+boat\s+festival": "dragon_boat",
    r"qingming(?:\s+festival)?|tomb-?sweeping\s+day": "qingming",
    r"passover|pesach": "passover", r"yom\s+kippur": "yom_kippur",
    r"rosh\s+hashann?ah?": "rosh_hashanah", r"c?hann?ukk?ah|chanukk?ah": "hanukkah",
    r"shavuot": "shavuot", r"purim": "purim", r"sukkot": "sukkot", r"lag\s+b[a']?\s?omer": "lag_baomer",
    r"tisha\s+b'?av": "tisha_bav",
    r"yom\s+ha-?atzmaut|israel(?:i|'s)?\s+independence\s+day": "yom_haatzmaut",
    r"eid\s+al-?\s?fitr|eid\s+ul-?\s?fitr|id\s+ul-?\s?fitr": "eid_al_fitr",
    r"eid\s+al-?\s?adha|eid\s+ul-?\s?adha|id\s+ul-?\s?adha|bakr[i]?\s+id|sacrifice\s+feast|feast\s+of\s+sacrifice":
        "eid_al_adha",
    r"ramadh?an": "ramadan", r"laylat\s+al[\s-]+[qk]adr|night\s+of\s+(?:power|measures)": "laylat_al_qadr",
    r"isra\s+and\s+mi'?raj|the\s+prophet'?s\s+ascension|the\s+night\s+journey": "isra_miraj",
    r"islamic\s+new\s+year|hijri\s+new\s+year|amun\s+jadid": "islamic_new_year",
    r"mawlid(?:\s+al-?nabi)?|prophet'?s\s+birthday": "mawlid", r"ashura": "ashura",
    r"diwali|deepavali": "diwali", r"holi": "holi", r"chhath(?:\s+puja)?|surya\s+shashthi": "chhath",
    r"dussehra|vijayadashami|dasara": "dussehra", r"navaratri|navratri": "navratri",
    r"karva\s+chauth|karwa\s+chauth": "karwa_chauth", r"raksha\s+bandhan|rakhi": "raksha_bandhan",
    r"mahavir\s+jayanti|mahaveer\s+janma\s+kalyanak": "mahavir_jayanti",
    r"maha\s+shivaratri|mahashivratri|maha\s+shivratri": "maha_shivaratri",
    r"makar\s+sankranti|maghi": "makar_sankranti", r"vaisakhi|vaishakhi|baisakhi|vasakhi": "vaisakhi",
    r"(?:basant|vasant)\s+panchami": "basant_panchami",
    r"guru\s+ravidass?\s+(?:jayanti|birthday)": "guru_ravidas_jayanti",
    r"(?:maharishi\s+)?valmiki\s+jayanti|pargat\s+diwas": "valmiki_jayanti",
    r"gudi\s+padwa|y?ugadi|samvatsaradi": "gudi_padwa", r"ratha?[\s-]+yatra": "rath_yatra",
    r"(?:thai\s+)?pongal": "pongal", r"(?:krishna\s+)?janmashtami": "janmashtami",
    r"ganesh\s+chaturthi": "ganesh_chaturthi", r"guru\s+nanak\s+(?:jayanti|gurpurab)": "guru_nanak_jayanti",
    r"ram\s+navami": "ram_navami", r"onam": "onam",
    r"vesak|vaisakha|buddha\s+(?:day|purnima|jayanti)": "vesak",
    r"guru\s+gobind\s+singh\s+(?:jayanti|gurpurab|birthday)": "guru_gobind_singh_jayanti",
    r"(?:swami\s+)?dayanand(?:a)?\s+saraswati\s+jayanti|saraswati\s+jayanti": "dayanand_saraswati_jayanti",
    r"hanuman\s+jayanti": "hanuman_jayanti", r"guru\s+purnima": "guru_purnima", r"thaipusam": "thaipusam",
    r"vishu": "vishu", r"chaitra\s+navr?a?tri": "chaitra_navratri",
    r"jumu'?atul?[\s-]+wida|jamat[\s-]+ul[\s-]+vida": "jumuatul_wida", r"arba'?een|arbaeen": "arbaeen",
    r"double\s+ninth(?:\s+festival)?|chung\s+yeung(?:\s+festival)?": "double_ninth",
}


@cache
def _calendar(name: str) -> Any:
    from holidays import calendars

    return getattr(calendars, name)()


def lunar_date(key: str, year: int) -> dt.date | None:
    """The Gregorian date of a moving holiday in `year`, or None outside the package's tables.

    Hebrew holidays begin at sundown: their date is the civil day of that
    evening (`Passover 2018` is 2018-03-30), as Hebcal and Duckling give it.
    """
    day = _table_date(key, year)
    if day is not None and LUNAR[key][0] == "_HebrewLunisolar":
        return day - dt.timedelta(days=1)
    return day


def _table_date(key: str, year: int) -> dt.date | None:
    if key not in LUNAR:
        return None
    calendar, method = LUNAR[key]
    try:
        found = getattr(_calendar(calendar), method)(year)
    except (KeyError, ValueError):
        return None
    if isinstance(found, dt.date):
        return found
    if isinstance(found, tuple):  # (date, known) for one year
        return found[0] if isinstance(found[0], dt.date) else None
    # A set of dates (Hanukkah), or (date, known) pairs for every Islamic date near that year.
    days = sorted(item[0] if isinstance(item, tuple) else item for item in found)
    days = [day for day in days if day.year == year]
    return days[0] if days else None
