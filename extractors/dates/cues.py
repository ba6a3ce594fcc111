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
_FINITE_VERBS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_CALENDAR_FIELDS = ("year", "month", "day", "weekday", "hour", "pod", "quarter", "half", "season", "shift")


def plausible(piece: Piece, view: TokenView) -> bool:
    """Drop a calendar word the tagger reads as a verb (`prices will fall`, `may`) or a noun after an article
    (`the march`, `the sun`) before it can join its neighbours."""
    p = piece.partial
    if "season" in p.kinds and p.year is None and OF_NOT_A_YEAR.match(view.text, piece.end):
        return False  # `the fall of Saigon`, `the spring of hope`; `the fall of 1985` is a season
    if not p.weak or not ({"month", "season", "weekday"} & p.kinds):
        return True
    tags = view.tags(piece.start, piece.end)
    if any(tag.startswith(_VERB_TAGS) for tag in tags):
        return False
    before = view.before(piece.start)
    return not ("season" not in p.kinds and before is not None and before.text in ("a", "an", "the"))


def accepted(chain: Chain, view: TokenView, text: str) -> bool:
    """Whether an expression is a date here: well formed, and backed by a temporal cue when it is weak."""
    if not _well_formed(chain, view, text):
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
    if p.ampm is not None and cue is not None and cue.text.lower() in ("at", "@", "by", "around", "until", "till"):
        return True  # `at 3p`: a one-letter p.m. after a clock cue
    if p.hour is not None or p.half is not None:
        return False  # `at 17`, `three twenty`, `the second half`: they need a day or a year beside them
    if not view.whole_tokens(chain.start, chain.end):
        return False  # a number inside a longer token: a phone number, a URL, a code
    if view.whole_sentence(chain.start, chain.end) and p.hour is None:
        return True  # a heading, a table cell, a line that is only the date
    if any(tag.startswith(_VERB_TAGS) for tag in view.tags(chain.start, chain.end)) and "year" not in p.kinds:
        return False
    if p.decade is not None:
        earlier = [view.before(chain.start, skip) for skip in (0, 1)]
        if any(w is not None and w.text in _POSSESSIVES for w in earlier):
            return False  # `in his 90s` is an age
    before = view.before(chain.start)
    opens = before is None or before.text in (".", "!", "?", "\n", "\n\n", '"', "“")
    if p.year is not None and p.month is None and opens and after is not None and after.tag in _FINITE_VERBS:
        return True  # `1962 is the year`, `1970 marks the beginning`: a year as the subject
    if before is None:
        return False
    if p.year is not None and p.month is None:
        return _year_cue(before.text, after)
    return before.text in _PREPOSITIONS or before.text in _DETERMINERS


def _year_cue(before: str, after: Word | None) -> bool:
    """A bare year: after a preposition, or after a determiner when a noun follows (`the 2022 summit`)."""
    word, tag = (after.text, after.tag) if after is not None else ("", "")
    if _COUNTED.match(word):
        return False
    if before in _PREPOSITIONS and before not in ("of", "to", "and", "or", "as", "at", "on"):
        return True
    if tag in ("NNS",) or word in ("-", "/"):
        return False
    if before in _DETERMINERS:
        return tag.startswith(("NN", "JJ", "VBN")) or tag == ""
    return before in ("of", "to", "and", "or", "as") and (tag == "" or not tag.startswith(("NN", "CD")))


def _real_duration(chain: Chain, view: TokenView, text: str) -> bool:
    """`a second round`, `one day` + noun: the unit word is an ordinal or adjective, not a length of time."""
    words = text[chain.start : chain.end].lower().split()
    if words and words[0] in ("a", "an", "one") and len(words) == 2:
        after = view.after(chain.end)
        if after is not None and after.tag.startswith(("NN", "JJ")) and words[1] in ("second", "minute"):
            return False
    return True
