"""Whether a candidate that could be a plain word or number is meant as a date here.

Bare years, `May`, `March`, `sat`, `fall` and `90s` are dates only with a
temporal cue: a preposition or determiner before them, or another calendar word
in the same expression. Numbers that count things (`2022 votes`, `$2022`) and
words used as verbs (`May I`, `troops march`) are not.
"""

from __future__ import annotations

import re

from .chains import Chain
from .context import TokenView, Word
from .grammar import OF_NOT_A_YEAR, Piece
from .lexicon import EVENT_PLURALS, MONTHS, SEASONS, UNITS

_PREPOSITIONS = frozenset({
    "in", "since", "by", "until", "till", "til", "before", "after", "from", "through", "throughout", "during",
    "between", "around", "circa", "c.", "early", "late", "mid", "mid-", "spring", "summer", "autumn", "fall",
    "winter", "year", "fiscal", "as", "of", "for", "to", "and", "or", "on", "at", "this", "next", "over",
    "last", "past", "every", "each", "than", "=", ">", "<", "~",
})
# Cues that need the next word to be what a date modifies (`the 2022 summit`, not `the 2022 votes`).
_DETERMINERS = frozenset({"the", "a", "its", "his", "her", "their", "our", "my", "your", "whose", "this", "that"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "your", "our", "whose"})
_COUNTED = re.compile(r"(?:%|percent|per|points?|people|votes?|units?|pieces?|km|kg|miles?|metres?|meters?)$")
_VERB_TAGS = ("VB", "MD")
# An indefinite count of one before a part of the day picks some such part (`one morning`).
_ONE = frozenset({"one", "1", "some"})
_CLAUSE_OPENERS = frozenset({".", "!", "?", ",", ";", ":", "and", "but", "then", "that", "until", '"', "“", "``",
                             "\n", "\n\n"})
_DEMONSTRATIVES = frozenset({"this", "that", "each", "every"})
# Words that link two dates and may be written capitalised in a heading (`19th To 21st Aug`).
_LINKS = frozenset({"to", "and", "or", "of", "through", "thru", "till", "until", "in", "at", "on", "from"})
# A month written straight onto another (`July-September`): a range of months; not `the May/June issue`, either.
_MONTH_JOINED = re.compile(r"[-–]([A-Za-z]+)")
_FINITE_VERBS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_CALENDAR_FIELDS = ("year", "month", "day", "weekday", "hour", "pod", "quarter", "half", "season", "shift")


_YEAR_AFTER = re.compile(r"\.?,?[ \t]+(?:1[89]|20)\d\d\b")


def plausible(piece: Piece, view: TokenView) -> bool:
    """Drop a calendar word the tagger reads as a verb (`prices will fall`, `may`) or a noun after an article
    (`the march`, `the sun`) before it can join its neighbours."""
    p = piece.partial
    before = view.before(piece.start)
    word = view.text[piece.start : piece.end]
    noun = re.fullmatch(r"(?:(?P<det>this|that|each|every)\s+)?(?:march|may)", word)
    if noun and (noun["det"] or (before is not None and before.text in _DEMONSTRATIVES)) \
            and any(c.isupper() for c in view.text[max(0, piece.start - 200) : piece.start]):
        return False  # `arrested at this march`: in text that capitalises its months, the noun
    after = view.after(piece.end)
    if word.lower() == "current":
        return _current_state(view, piece)
    if "abbreviated" in p.kinds and after is not None and _name_follows(after):
        return False  # `Sun said`, `Sun's profit`, `Sun Microsystems`: a name, not Sunday
    if "yearback" in p.kinds and "with_noun" not in p.kinds and after is not None and after.tag.startswith("NN"):
        return False  # `year-earlier results`: a modifier of a noun that is no time
    follower = re.match(r"\s+([A-Z][a-z]+)", view.text[piece.end : piece.end + 20])
    if "ordinal" in p.kinds and p.month is None and follower and not calendar_word(follower[1]) \
            and follower[1].lower() not in _LINKS:
        return False  # `the 11th Circuit`, `the 5th Avenue`: an ordinal naming something, not a day
    if "season" in p.kinds and p.year is None and OF_NOT_A_YEAR.match(view.text, piece.end):
        return False  # `the fall of Saigon`, `the spring of hope`; `the fall of 1985` is a season
    if not p.weak or not ({"month", "season", "weekday"} & p.kinds):
        return True
    if "month" in p.kinds and _YEAR_AFTER.match(view.text, piece.end):
        return True  # `from this May to Oct 2020`: a year after it makes the word a month, whatever the tagger says
    tags = view.tags(piece.start, piece.end)
    if any(tag.startswith(_VERB_TAGS) for tag in tags):
        return False
    if "season" in p.kinds or before is None or before.text not in ("a", "an", "the"):
        return True
    # `the Aug. 7 blasts`, `the March accession`: a month that modifies a noun, not `the march`
    if "month" in p.kinds and re.match(r"\s*\d", view.text[piece.end : piece.end + 3]):
        return True
    joined = _MONTH_JOINED.match(view.text, piece.end)
    if "month" in p.kinds and joined and joined[1].lower() in MONTHS:
        return True  # `the July-September period`: the first month of a range, not `the march`
    capitalised = view.text[piece.start : piece.start + 1].isupper()
    return "month" in p.kinds and capitalised and after is not None and after.tag in ("NN", "NNS")


def _current_state(view: TokenView, piece: Piece) -> bool:
    """`the current crisis`, `under current law`: the present (PRESENT_REF), as TimeBank marks it. Judged by the
    noun `current` modifies, past a hyphen, adjectives and `calendar` or `business`: not the noun (`the current swept
    him away`), a term of accounting or physics (`the current-account deficit`, `current speeds`), a unit of the
    calendar this rule cannot read (`the current financial year`, `current-year profit`), a predicate (`is not
    current`), nor a `current` that is itself modified (`alternating current`, `ocean current`)."""
    if view.tags(piece.start, piece.end) != ["JJ"]:
        return False
    i = view.index_at(piece.start)
    doc = view.doc
    if i > 0 and doc[i - 1].tag_ in ("JJ", "NN", "NNS", "NNP", "VBG"):
        return False
    head = i + 1
    while head < len(doc) and (doc[head].text in ("-", "–") or doc[head].lower_ in _YEAR_KINDS
                               or doc[head].tag_ == "JJ"):
        head += 1
    if head == len(doc) or not doc[head].tag_.startswith("NN"):
        return False
    noun = doc[head].text
    return noun.lower() not in _CURRENT_TERMS and not _calendar_noun(noun)


# Words between `current` and a year that name which kind of year (`the current financial year`).
_YEAR_KINDS = frozenset({"fiscal", "financial", "business", "calendar"})


def _calendar_noun(word: str) -> bool:
    """A unit of time or of the calendar, singular or plural (`week`, `seasons`, `Friday`)."""
    singular = word.lower().removesuffix("s")
    return calendar_word(word) or singular in UNITS or singular in SEASONS or singular in ("season", "centurie")


# Nouns after which `current` is a term of accounting or physics, not the present.
_CURRENT_TERMS = frozenset({"account", "accounts", "assets", "liabilities", "ratio", "yield", "yields", "dollars",
                            "coupon", "coupons", "issue", "issues", "speed", "speeds", "flow", "flows", "velocity",
                            "strength", "density", "direction", "meter", "meters", "amps", "amperes", "source",
                            "sources"})


def _name_follows(after: Word) -> bool:
    """A verb, a possessive or another name after a capitalised three-letter weekday (`Sun said`)."""
    return after.tag.startswith(_VERB_TAGS) or after.text in ("'s", "’s") \
        or (after.tag.startswith("NNP") and not calendar_word(after.text))


def accepted(chain: Chain, view: TokenView, text: str) -> bool:
    """Whether an expression is a date here: well formed, and backed by a temporal cue when it is weak."""
    if not _well_formed(chain, view, text) or _age(chain, view, text) or _in_a_name(chain, view, text) \
            or _in_markup(chain, text) or _periodical(chain, view, text):
        return False
    if not chain.weak or chain.until is not None or chain.anchor is not None:
        return True
    return _cued(chain, view)


def _well_formed(chain: Chain, view: TokenView, text: str) -> bool:
    p = chain.partial
    if p.only_number() or (not p.fixes() and p.duration is None and p.set_value is None):
        return False
    if p.day is not None and p.month is None and p.weekday is None and p.shift is None and p.year is None:
        return False  # `the 21st` alone: which month is anyone's guess
    if p.duration is not None and p.direction is None and not _real_duration(chain, view, text):
        return False
    if "everyday" in p.kinds:
        after = view.after(chain.end)
        return after is None or not after.tag.startswith(("NN", "JJ"))  # `everyday life` is ordinary, not daily
    return "compact" not in p.kinds or view.whole_tokens(chain.start, chain.end)


def _cued(chain: Chain, view: TokenView) -> bool:
    """A weak expression (bare year, `May`, `sat`, `90s`, `at 5`) needs company or a cue word before it."""
    p = chain.partial
    after = view.after(chain.end)
    if (p.hour is not None or p.pod is not None) and after is not None and after.tag in ("NN", "NNS"):
        return False  # `at three night markets`, `2 morning sessions`: the words modify a noun
    if sum(getattr(p, f) is not None for f in _CALENDAR_FIELDS) >= 2:
        return True
    cue = view.before(chain.start)
    if p.fixes() == {"pod"} and cue is not None and cue.text.lower() in _ONE:
        return True  # `one morning`, `1 evening`: some morning, the part of a day no day is given for
    if p.ampm is not None and cue is not None and cue.text.lower() in ("at", "@", "by", "around", "until", "till"):
        return True  # `at 3p`: a one-letter p.m. after a clock cue
    if p.half is not None and _reports_figures(chain, view):
        return True  # `profit fell in the first half`: a report's half year, not a match's
    if p.hour is not None or p.half is not None:
        return False  # `at 17`, `three twenty`, `the second half`: they need a day or a year beside them
    if not view.whole_tokens(chain.start, chain.end):
        return False  # a number inside a longer token: a phone number, a URL, a code
    if view.whole_sentence(chain.start, chain.end) and p.hour is None:
        return True  # a heading, a table cell, a line that is only the date
    if any(tag.startswith(_VERB_TAGS) for tag in view.tags(chain.start, chain.end)) and "year" not in p.kinds:
        return False
    before = view.before(chain.start)
    opens = before is None or before.text in (".", "!", "?", "\n", "\n\n", '"', "“")
    if p.year is not None and p.month is None and opens and after is not None and after.tag in _FINITE_VERBS:
        return True  # `1962 is the year`, `1970 marks the beginning`: a year as the subject
    if before is None:
        return False
    if p.year is not None and p.month is None:
        return _listed_year(view.text, chain) or _year_cue(before.text, after)
    return before.text in _PREPOSITIONS or before.text in _DETERMINERS


def _year_cue(before: str, after: Word | None) -> bool:
    """A bare year: after a preposition, or after a determiner when a noun follows (`the 2022 summit`, `the 1992
    protests`; not a count before a plural, `the 2000 workers`, nor a model after `a` before a name)."""
    word, tag = (after.text, after.tag) if after is not None else ("", "")
    if _COUNTED.match(word):
        return False
    if before in _PREPOSITIONS and before not in ("of", "to", "and", "or", "as", "at", "on"):
        return True
    if (tag == "NNS" and not (before in _DETERMINERS and word.lower() in EVENT_PLURALS)) or word in ("-", "/"):
        return False
    if before in ("a", "an") and tag.startswith("NNP"):
        return False  # `a 1987 Chevrolet`, `a 2020 Vision T-shirt`: a model or a brand, one of a kind, no time
    if before in _DETERMINERS:
        return tag.startswith(("NN", "JJ", "VBN")) or tag == ""
    return before in ("of", "to", "and", "or", "as") and (tag == "" or not tag.startswith(("NN", "CD")))


# A list of years opened by a temporal preposition: `in 1994, 1995, ...` (not `scored 2004, 2005 ... points`).
_YEARS_BEFORE = re.compile(r"\b(?:in|since|during|from|between|by|until|before|after)\s+(?:(?:1\d|20)\d\d\s*,\s*)+$",
                           re.I)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)", re.I)


def _listed_year(text: str, chain: Chain) -> bool:
    """`in 1994, 1995 and 1997`: a year between another year and the rest of a list is one of the years."""
    return bool(_YEARS_BEFORE.search(text, max(0, chain.start - 60), chain.start)) \
        and bool(_LIST_GOES_ON.match(text, chain.end))


def _real_duration(chain: Chain, view: TokenView, text: str) -> bool:
    """`a second round`, `one day` + noun: the unit word is an ordinal or adjective, not a length of time."""
    words = text[chain.start : chain.end].lower().split()
    before = view.before(chain.start)
    if words == ["one", "day"] and (before is None or before.text in _CLAUSE_OPENERS):
        return False  # `One day he will be president`: some day, no length and no date
    if words and words[0] in ("a", "an", "one") and len(words) == 2:
        after = view.after(chain.end)
        if after is not None and after.tag.startswith(("NN", "JJ")) and words[1] in ("second", "minute"):
            return False
    return True


_DECADE_OF_LIFE = re.compile(r"(?<![\d'‘’])\d0['‘’]?s\b")  # `20s`, `90's`; not `1990s` nor `'90s`
_AGE = re.compile(r"\s*-?\s*old\b", re.I)
# What a level in the `30s` measures, when it is no decade (`unemployment is in the mid-30s`, `highs in the 70s`).
_LEVEL_NOUNS = re.compile(r"\b(?:unemployment|rates?|percent(?:age)?|per\s+cent|%|temperatures?|degrees|highs|lows|"
                          r"approval|polls?|polling|points|ratings?|yields?|scores?)\b", re.I)
# How a level is written: a level word on the number (`mid-30s`, `the low 40s`), or a verb of being at it (`is in
# the 70s`, `hovered in the 60s`); `peaked in the 80s`, `was low in the 90s` are decades.
_LEVEL_WORD = re.compile(r"(?:low|mid|high|upper|lower)[\s-]*\Z|\A(?:low|mid|high|upper|lower)-", re.I)
_LEVEL_VERB = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|stays?|stayed|sits?|sat|hover(?:s|ed)?|"
                         r"stands?|stood)\s+(?:in|at)\s+(?:the\s+)?\Z", re.I)
# How far before a level its noun may stand, within the sentence.
_LEVEL_REACH = 60


def _a_level(chain: Chain, text: str) -> bool:
    """A two-digit `Ns` written as a level, whose sentence just before it names a rate or a measure, or one a
    measure follows (`in the 30s percent`)."""
    before = re.split(r"[.!?]\s", text[max(0, chain.start - _LEVEL_REACH) : chain.start])[-1]
    if _LEVEL_NOUNS.match(text, chain.end + 1):
        return True
    written = _LEVEL_WORD.search(before) or _LEVEL_WORD.search(text[chain.start : chain.end]) or \
        _LEVEL_VERB.search(before)
    return bool(written and _LEVEL_NOUNS.search(before))


def _age(chain: Chain, view: TokenView, text: str) -> bool:
    """`a 6-year-old boy`, `the 50-year-old alliance`, `three years old`, `in his 90s`, `in my early 20s`: an age,
    which TimeBank does not mark; nor a level of a rate written the same way (`unemployment is in the mid-30s`)."""
    p = chain.partial
    if p.decade is not None and _DECADE_OF_LIFE.search(text, chain.start, chain.end):
        earlier = (view.before(chain.start, skip) for skip in (0, 1))
        return any(w is not None and w.text in _POSSESSIVES for w in earlier) or _a_level(chain, text)
    return p.duration is not None and p.direction is None and not p.vague and bool(_AGE.match(text, chain.end))


# Month words that are also given names (`Jan Kavan`, `April Ryan`) and what may follow a holiday's name.
_NAME_MONTHS = frozenset({"jan", "april", "may", "june", "august"})
_HOLIDAY_NOUNS = frozenset({"day", "eve", "weekend", "week", "morning", "afternoon", "evening", "night", "holiday",
                            "holidays", "season", "sunday", "monday", "vacation", "break"})
_MONTH_CUES = frozenset({"in", "since", "by", "until", "till", "during", "from", "before", "after", "early", "late",
                         "mid", "last", "next", "this", "of", "through", "to"})


def _in_a_name(chain: Chain, view: TokenView, text: str) -> bool:
    """Calendar words inside a proper name or a title: `Jan Kavan`, `St. Patrick's Cathedral`, `High Noon`,
    CBS's `60 Minutes`. A capitalised word beside them, itself no calendar word, makes them part of the name."""
    p = chain.partial
    words = text[chain.start : chain.end].split()
    if not words:
        return False
    after = text[chain.end : chain.end + 30]
    follower = re.match(r"\s([A-Z][a-z]+)", after)
    before = view.before(chain.start)
    if p.month is not None and len(words) == 1 and words[0].lower() in _NAME_MONTHS and follower \
            and (before is None or before.text not in _MONTH_CUES) and not calendar_word(follower[1]):
        return True  # `and Jan Kavan of the Czech Republic`
    if p.holiday is not None and p.year is None and follower and follower[1].lower() not in _HOLIDAY_NOUNS \
            and not calendar_word(follower[1]):
        return True  # `St. Patrick's Cathedral`, `Christmas Island`
    last = words[-1]
    if not last[:1].isupper() or last.isupper() or _sentence_start(text, chain.start):
        return False
    if p.duration is not None:
        # `60 Minutes`, `48 Hours`: a plain length whose unit is capitalised mid-sentence
        return p.direction is None and chain.anchor is None and len(words) == 2 and not calendar_word(last)
    preceding = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, chain.start - 30) : chain.start])
    # `High Noon`: a capitalised hour word after a capitalised word that is no calendar word
    return p.hour is not None and len(words) == 1 and preceding is not None and not calendar_word(preceding[1])


_PERIODICALS = frozenset({"daily", "weekly", "biweekly", "monthly", "quarterly"})


def _periodical(chain: Chain, view: TokenView, text: str) -> bool:
    """`the Communist Party daily Granma`, `a Paris daily said`, `the business weekly reported`: a newspaper
    called by how often it appears, a noun after the name or noun that describes it and before its own name
    or its verb; not `stocks traded daily`, `published weekly on Mondays`."""
    if text[chain.start : chain.end].lower() not in _PERIODICALS:
        return False
    before, after = view.before(chain.start), view.after(chain.end)
    if before is None or after is None or before.tag not in ("NN", "NNP"):
        return False
    named = after.tag.startswith("NNP") and not calendar_word(after.text)
    return named or after.tag in _FINITE_VERBS


_CALENDAR = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$"
                       r"|(?:morning|afternoon|evening|night|noon|midnight|day|eve|week|weekend|a\.?m|p\.?m)$", re.I)


def calendar_word(word: str) -> bool:
    """A month, weekday or unit of the calendar (`Oct.`, `Friday`, `weekend`, `night`)."""
    return bool(_CALENDAR.match(word))


def _sentence_start(text: str, start: int) -> bool:
    head = text[max(0, start - 12) : start].rstrip(" \"'“‘`(")
    return start == 0 or not head or head[-1] in ".!?\n:"


_TAG_OPEN = re.compile(r"<[A-Za-z/!?][^<>]*$")
_MARKUP = re.compile(r"</?[A-Za-z]|[\"']>")


def _in_markup(chain: Chain, text: str) -> bool:
    """Inside an HTML or XML tag that a text file happens to hold (`<time datetime="2016-11-07">`): markup,
    not prose."""
    if _MARKUP.search(text, chain.start, chain.end):
        return True  # `07">Monday</time`: words joined across a tag
    if not _TAG_OPEN.search(text[max(0, chain.start - 300) : chain.start]):
        return False
    rest = text[chain.end : chain.end + 300]
    close, reopen = rest.find(">"), rest.find("<")
    return close >= 0 and (reopen < 0 or close < reopen)


_FIGURES = re.compile(r"[$%€£]|\b(?:profits?|profitab\w*|earnings|sales|revenues?|income|loss(?:es)?|growth|economy|"
                      r"output|results|fiscal|quarter|dividends?|shares?|prices?|inflation|percent|analysts?)\b", re.I)


def _reports_figures(chain: Chain, view: TokenView) -> bool:
    """`the first half` of a report (its sentence speaks of money, percentages, profits or the economy), not of
    a match; never before `of` (`the second half of the game`)."""
    if OF_NOT_A_YEAR.match(view.text, chain.end) or re.match(r"\s+of\b", view.text[chain.end : chain.end + 4]):
        return False
    first, last = view.sentence(view.index_at(chain.start))
    start, end = view.doc[first].idx, view.doc[last - 1].idx + len(view.doc[last - 1])
    return bool(_FIGURES.search(view.text, start, end))
