"""Times of day: clock times, `3 p.m.`, `half past nine`, `noon`, parts of the day (`this evening`)."""

from __future__ import annotations

import re

from .lexicon import PARTS_OF_DAY, TIMEZONES, alternation
from .numbers import small_cardinal
from .partial import Partial

# `3pm`, `3 p.m.`, `3p`; `3 in the morning`'s shorter form `3 in the AM`
AMPM_RE = r"(?:(?:in\s+the\s+)?(?:[ap]\.?\s?m\b\.?|[ap]\.\s?m\.?)|[ap](?![\w]))"
ZONE_RE = rf"(?:\s*\b(?P<tz>{alternation(TIMEZONES)})\b)?"


def _ampm(text: str | None) -> str | None:
    if not text:
        return None
    return "am" if text.strip().lower().removeprefix("in").strip().removeprefix("the").strip().startswith("a") \
        else "pm"


def clock(m: re.Match[str]) -> Partial | None:
    hour, minute = int(m["h"]), int(m["mi"]) if m["mi"] else None
    second = int(m["s"]) if m.groupdict().get("s") else None
    ampm = _ampm(m["ampm"])
    if hour > 24 or (minute is not None and minute > 59) or (ampm and hour > 12):
        return None
    # `4a`, `3p`: a bare letter for a.m./p.m. needs a cue (`at 3p`) or a neighbouring date.
    weak = bool(m["ampm"]) and len(m["ampm"].strip(". ")) == 1 and minute is None
    return Partial(hour=hour, minute=minute, second=second, ampm=ampm, timezone=m["tz"], weak=weak, kinds={"time"})


def clock_h(m: re.Match[str]) -> Partial | None:
    """`15h00`, `19h GMT`; `3h` alone is three hours, not three o'clock."""
    if not m["mi"] and not m["ampm"] and not m["tz"]:
        return None
    partial = clock(m)
    if partial is not None and partial.minute is None and not m["ampm"]:
        partial.minute = 0  # `19h GMT` is written for 19:00, as `19h00` is
    return partial


def clock_compact(m: re.Match[str]) -> Partial | None:
    """`1140 a.m.`: hours and minutes run together before a.m./p.m."""
    digits = m["hm"]
    hour, minute = int(digits[:-2]), int(digits[-2:])
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return Partial(hour=hour, minute=minute, ampm=_ampm(m["ampm"]), kinds={"time"})


_OH = re.compile(r"o'?\s?(?!ne\b)", re.I)  # `oh five`, `o'five`; not the word `one`


def clock_words(m: re.Match[str]) -> Partial | None:
    hour = small_cardinal(m["h"])
    minute = small_cardinal(m["mi"]) if m["mi"] else None
    if hour is None or not 0 <= hour <= 12 or (minute is not None and not 0 <= minute <= 59):
        return None
    if minute is not None and minute < 10 and not _OH.match(m["mi"]):
        return None  # `the three one-day matches`: minutes under ten are said `oh five`, never `three one`
    ampm = _ampm(m["ampm"])
    if minute is None and ampm is None and not m["oclock"]:
        return None
    weak = ampm is None and not m["oclock"]  # `three twenty` is a time only after `at` or beside a day
    return Partial(hour=hour, minute=minute, ampm=ampm, timezone=m["tz"], weak=weak, kinds={"time"})


def at_hour(m: re.Match[str]) -> Partial | None:
    hour = small_cardinal(m["h"])
    if hour is None or hour > 24:
        return None
    minute = small_cardinal(m["mi"]) if m["mi"] else None
    if minute is not None and minute > 59:
        return None
    # `at 6.45`, `at 12 15`: minutes make it a clock reading; `at 5` alone needs a day beside it.
    weak = m["tz"] is None and minute is None
    return Partial(hour=hour, minute=minute, timezone=m["tz"], weak=weak, kinds={"time", "bare_hour"})


def past_to(m: re.Match[str]) -> Partial | None:
    minutes = {"quarter": 15, "a quarter": 15, "half": 30}.get(m["mi"].lower())
    if minutes is None:
        minutes = small_cardinal(m["mi"].split()[0])
    hour = 12 if m["h"].lower() in ("noon", "midday") else 0 if m["h"].lower() == "midnight" \
        else small_cardinal(m["h"])
    if minutes is None or hour is None or hour > 24:
        return None
    ampm = _ampm(m["ampm"])
    if m["dir"].lower() in ("to", "till", "before"):
        hour, minutes = (hour - 1) % 24, 60 - minutes
    return Partial(hour=hour, minute=minutes, ampm=ampm, kinds={"time"})


def noon(m: re.Match[str]) -> Partial | None:
    word = m[0].lower().replace(" ", "").removesuffix("ish")
    return Partial(hour=0 if "night" in word else 12, kinds={"time", "named_hour"})


def part_of_day(m: re.Match[str]) -> Partial | None:
    word = m["pod"].lower().replace("-", "")
    pod = PARTS_OF_DAY.get(word, "NI" if word == "overnight" else "MO")
    lead = (m["lead"] or "").lower()
    if m["plural"] and not lead:
        return Partial(set_value=f"T{pod}", kinds={"set"})
    shift = {"this": ("D", 0), "tomorrow": ("D", 1), "yesterday": ("D", -1), "last": ("D", -1),
             "tonight": ("D", 0), "today": ("D", 0)}.get(lead.split()[0] if lead else "")
    weak = not lead and not m["mod"] and not m["the"]
    return Partial(pod=pod, shift=shift, weak=weak, kinds={"pod"})
