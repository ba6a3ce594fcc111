"""What the parse says around a candidate: neighbouring words, their tags, and the tense of the clause.

Tense picks the direction of year-less and weekday expressions: `Friday` in
`he said on Friday` is behind the reference date, in `will meet on Friday` ahead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..engine.pipeline import text_of
from .lexicon import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# `near`: no clause speaks for the date (`the Oct. 23 shooting`): the reading nearest the reference wins.
Tense = Literal["past", "present", "future", "near"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d", "could", "can", "may", "might",
                         "should", "must", "ca"})
# Words that deny a `could` (`could not be reached`, `neither he nor his family could be located`).
_NOT_AFTER = frozenset({"not", "n't", "never"})
_NO_ONE_BEFORE = frozenset({"neither", "nor", "nobody", "none"})


_ORDINAL = re.compile(r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)")


@dataclass(frozen=True)
class Word:
    text: str  # lower-cased
    tag: str


class TokenView:
    """Token lookups by character offset over one parsed document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.starts = [t.idx for t in doc]
        self.has_tags = doc.has_annotation("TAG")
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.sentence_starts = [sent.start for sent in sentences]
        self.sentence_ends = [sent.end for sent in sentences]

    def sentence(self, token: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token index `token`."""
        n = max(bisect.bisect_right(self.sentence_starts, token) - 1, 0)
        return self.sentence_starts[n], self.sentence_ends[n]

    def index_at(self, char: int) -> int:
        """The token that contains or starts at `char` (the last one before it otherwise)."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def before(self, char: int, skip: int = 0) -> Word | None:
        i = bisect.bisect_left(self.starts, char) - 1 - skip
        if i < 0:
            return None
        token = self.doc[i]
        return Word(token.lower_, token.tag_ if self.has_tags else "")

    def after(self, char: int) -> Word | None:
        i = bisect.bisect_left(self.starts, char)
        if i >= len(self.doc):
            return None
        token = self.doc[i]
        return Word(token.lower_, token.tag_ if self.has_tags else "")

    def whole_tokens(self, start: int, end: int) -> bool:
        return self.doc.char_span(start, end) is not None

    def whole_sentence(self, start: int, end: int) -> bool:
        """The span is all there is in its sentence, punctuation aside."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first, last = self.sentence(span.start)
        words = [t for t in self.doc[first:last] if not t.is_punct and not t.is_space]
        return bool(words) and words[0].i >= span.start and words[-1].i < span.end

    def superlative_before(self, char: int) -> bool:
        """A superlative earlier in the sentence (`the lowest rate in 20 years`, `the first time in years`), or
        an ordinal counting occasions (`the third time in two weeks`)."""
        if not self.has_tags:
            return False
        index = self.index_at(char)
        first, _ = self.sentence(index)
        return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "first"
                   or (_ORDINAL.fullmatch(t.lower_) and t.i + 1 < index and self.doc[t.i + 1].lower_ == "time")
                   for t in self.doc[first:index])

    def tags(self, start: int, end: int) -> list[str]:
        if not self.has_tags:
            return []
        return [t.tag_ for t in self.doc[self.index_at(start) : self.index_at(max(start, end - 1)) + 1]]

    def event_ahead(self, start: int, end: int) -> bool:
        """Whether a day naming an event (`Friday's vote`) lies ahead: the clause leads up to it (`ahead of
        Friday's report`) or the day's event is the subject of a verb that looks ahead (`Friday's vote will
        decide`, `Monday's meeting is expected to`); another clause's verb does not count (`would look for ways
        to get around Wednesday's ruling`)."""
        if not self.has_tags:
            return False
        first, last = self.index_at(start), self.index_at(max(start, end - 1))
        sent_start, sent_end = self.sentence(first)
        if any(_ahead_of(self.doc, t.i) for t in self.doc[max(sent_start, first - 4) : first]):
            return True
        if any(_finite(t) for t in self.doc[sent_start:first]):
            return False
        verb = next((t for t in _outside_relatives(self.doc[last + 1 : sent_end]) if _finite(t)), None)
        return verb is not None and _tense_of(verb) == "future"

    def tense(self, start: int, end: int, day: bool = False) -> Tense | None:
        """The tense of the clause around the span: its nearest finite verb; None without tags.

        Only a finite verb (or a modal) sets the tense: a participle or gerund
        after the date (`on Friday, turning streets into rubble`, `a brief on
        Monday arguing that`) belongs to another clause. An infinitive takes its
        time from the verb that governs it (`staged celebrations to mark Friday`
        looks back, `plans to meet Friday` ahead). A verb of planning or delay
        looks ahead whatever its tense (`planned a demonstration on Saturday`,
        `postponed until Tuesday`, `set for April`). A `day` of a calendar date
        under a present perfect is read nearest: English does not date a perfect
        by a past day (`has invited them to a ceremony on March 12` is a day ahead).
        """
        if not self.has_tags or not len(self.doc):
            return None
        first, last = self.index_at(start), self.index_at(max(start, end - 1))
        if first == last and _contract_month(self.doc, last):
            return "future"  # `the September Bund future`, `December bonds`: a contract month still to come
        if first == last and _reported_month(self.doc, last):
            return "near"  # `June figures will be released next week`: the figures of the last June, not the next
        sent_start, sent_end = self.sentence(first)
        tokens = self.doc[sent_start:sent_end]
        finite = [t for t in tokens
                  if _finite(t) and (t.i < first or (t.i > last and not _embedded(self.doc, last, t)))]
        participle = _participle_before(self.doc, first, sent_start)
        if participle is not None:
            return "past"  # `the injunction issued Thursday`, `a man killed in March`
        if not finite:
            return None
        # The governing verb usually comes first (`was named in March and will retire`): a verb after the
        # expression counts only when it is much closer.
        verb = min(finite, key=lambda t: ((t.i - last) * 3 if t.i > last else first - t.i, t.i > last))
        if verb.i > last and verb.tag_ == "VBD" and _plan_named(self.doc, max(sent_start, first - 8), first):
            # `a service planned for Saturday was canceled`: the plan's day, either side of today; but `a concert
            # planned for Saturday drew 5,000 people` took place, so it lies behind
            return "near" if _befell(self.doc, verb.i) else "past"
        if _looks_ahead(tokens, first, verb.i if verb.i < first else sent_start):
            return "future"
        infinitive = _infinitive_between(self.doc, verb.i if verb.i < first else sent_start, first)
        tense = _tense_of(verb)
        if day and tense == "past" and verb.lower_ in ("has", "have", "'ve") and verb.i < first:
            return "near"
        if infinitive is not None and (tense != "past" or verb.tag_ != "VBD" or _intends(self.doc, verb, infinitive)):
            # `expected to vote Friday`, `has decided to admit them in March`, `agreed to meet Friday`; but
            # `staged celebrations to mark Friday` looks back
            return "future"
        clause = _own_clause(self.doc, sent_start, verb.i)
        if verb.lower_ == "could" and (any(t.lower_ in _NOT_AFTER for t in self.doc[verb.i + 1 : verb.i + 3])
                                       or any(t.lower_ in _NO_ONE_BEFORE for t in clause)):
            return "past"  # `could not be reached Friday`, `nobody could be located Friday`: an attempt already made
        return tense


# What a month names as a traded contract (`the September Bund future`, `December bonds`, `October crude`,
# `4,000 September 93.30 put spreads`): the delivery month ahead, whatever the tense of the trade.
_CONTRACT_WORDS = frozenset({
    "contract", "contracts", "future", "futures", "delivery", "deliveries", "bund", "bunds", "bond", "bonds",
    "put", "puts", "call", "calls", "option", "options", "crude", "brent", "cotton", "wheat", "corn", "soybeans",
    "soymeal", "soyoil", "gold", "silver", "copper", "sugar", "coffee", "cocoa", "gasoline", "heating", "cattle",
    "hogs", "platinum", "aluminium", "aluminum", "t-bond", "t-bonds", "euromark", "eurodollar", "eurodollars",
})


def _contract_month(doc: Doc, i: int) -> bool:
    """A bare month before a contract word, numbers between aside (`September 93.30 to 93.32 put spreads`)."""
    if doc[i].lower_.rstrip(".") not in MONTHS:
        return False
    for token in doc[i + 1 : i + 5]:
        if token.lower_ in _CONTRACT_WORDS:
            return True
        if not (token.like_num or token.lower_ in ("to", "-")):
            return False
    return False


def _reported_month(doc: Doc, i: int) -> bool:
    """A bare month before a common noun (`June figures`, `September sales`): what is counted in it is reported
    after it, so it is the nearest such month whatever the tense; not a month after a determiner or a preposition,
    whose clause sets its time (`the June election`, `in June sales rose`)."""
    if doc[i].lower_.rstrip(".") not in MONTHS or i + 1 >= len(doc) or doc[i + 1].tag_ not in ("NN", "NNS"):
        return False
    return i == 0 or doc[i - 1].pos_ not in ("DET", "ADP", "NUM", "PRON")


def _embedded(doc: Doc, last: int, verb: Token) -> bool:
    """A verb after the date that sits in a clause of its own (`on April 8, investigators, wondering how he
    could ...`): a wh-word or `that` comes between. A `when` right after the date speaks of
    it (`On Friday, when Albright set aside ...`)."""
    start = last + 1
    while start < verb.i and doc[start].is_punct:
        start += 1
    if doc[start].lower_ == "when":
        start += 1
    return any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ == "that" for t in doc[start : verb.i])


def _participle_before(doc: Doc, first: int, sent_start: int) -> Token | None:
    """A past participle just before the date that is not part of a verb group (`the ruling issued Friday`)."""
    i = first - 1
    if i > sent_start and doc[i].lower_ in ("on", "in", "at", "last", "this"):
        i -= 1
    if i <= sent_start or doc[i].tag_ != "VBN":
        return None
    before = doc[i - 1]
    if before.tag_.startswith(("VB", "MD", "RB")) or before.lower_ in ("to", "'s", "not", "n't"):
        return None  # `was issued Friday`, `has been set Friday`, `will be named in March`
    return doc[i]


def _finite(t: Token) -> bool:
    """A verb that carries tense: `said`, `is`, `will`, `has` (not `turning`, `to meet`, `been`)."""
    return t.tag_ in ("VBD", "VBZ", "VBP", "MD")


# Stems of words whose complement lies ahead of them: what is planned or scheduled (`planned a demonstration on
# Saturday`, `set for April`), and what is put off or given until a later day (`postponed until Tuesday`, `has
# given them until Tuesday`).
_PLANNED = ("plan", "schedul", "slate", "expect", "intend", "upcoming")
_PUT_OFF = ("postpon", "delay", "adjourn", "defer", "extend", "put", "giv", "gave", "deadline")


# Verbs whose simple present states a schedule (`the contract expires in March`, `the session begins in January`).
_SCHEDULED = frozenset({"begin", "begins", "start", "starts", "end", "ends", "expire", "expires", "open", "opens",
                        "close", "closes", "resume", "resumes", "mature", "matures", "convene", "convenes"})


def _looks_ahead(tokens: Span, first: int, clause_start: int) -> bool:
    """A word of planning in the clause before the date, a delay or a deadline that runs `until` it, `as soon
    as` before it, or a schedule stated in the simple present (`expires in March`, `is due in January`)."""
    doc = tokens.doc
    cue = doc[first - 1].lower_ if first > 0 else ""
    if cue == "as" and first > 2 and doc[first - 2].lower_ in ("soon", "early") and doc[first - 3].lower_ == "as":
        return True  # `as soon as Tuesday`, `as early as next week`: the earliest time ahead
    for t in doc[_words_back(doc, first, max(clause_start, tokens.start), 8) : first]:
        word = t.lower_
        if (word in _SCHEDULED and t.tag_ in ("VBZ", "VBP")) \
                or (word == "due" and doc[t.i - 1].lower_ in ("is", "are", "'s", "'re")) \
                or (word in ("takes", "take", "goes", "go") and t.tag_ in ("VBZ", "VBP")
                    and any(w.lower_ == "effect" for w in doc[t.i + 1 : t.i + 3])):
            return True  # `the law takes effect Jan. 1`, `goes into effect in March`: a schedule stated now
        if word.startswith(_PLANNED) and (t.tag_.startswith("VB") or word == "upcoming") \
                and doc[t.i - 1].lower_ not in ("than", "as"):
            return True  # not `the plan was approved Monday`, `fell more than expected Friday`
        if word == "set" and t.tag_ in ("VBN", "VBD") and (doc[t.i + 1].lower_ == "for"
                                                         or (cue == "for" and not doc[first].like_num)):
            return True  # `set for April`, `set a hearing for Jan. 15`; not a length, `set ooo for 2 weeks`
        if word.startswith(_PUT_OFF) and cue in ("until", "till", "to"):
            return True
        if _ahead_of(doc, t.i):
            return True  # `ahead of the Nov. 7 election`, `in advance of Friday's talks`: still to come
    return False


def _words_back(doc: Doc, first: int, floor: int, words: int) -> int:
    """Where a window of `words` words before `first` begins, a name counting as one word: a plan's cue is as
    near its date across `the visit of U.S. Commerce Secretary William Daley in September` as across `the
    visit of the secretary in September`."""
    i = first
    while i > floor and words > 0:
        i -= 1
        if not (doc[i].tag_ in ("NNP", "NNPS") and i > floor and doc[i - 1].tag_ in ("NNP", "NNPS")):
            words -= 1
    return i


def _plan_named(doc: Doc, begin: int, first: int) -> bool:
    """A participle of planning that names a plan before its day (`the rally planned for Saturday`,
    `talks scheduled for Friday`), not a verb group (`they had planned`, `was scheduled`); what became of the
    plan is told in the past, so its day may lie on either side of the reference."""
    return any(t.lower_.startswith(_PLANNED) and t.tag_ == "VBN" and t.i > 0
               and not doc[t.i - 1].tag_.startswith(("VB", "MD", "RB")) and doc[t.i - 1].lower_ not in ("to", "'s")
               for t in doc[begin:first])


# Stems of what may befall a plan (`was canceled`, `was called off`, `has been moved`): its day need not be past.
_FATES = ("cancel", "postpon", "scrap", "delay", "mov", "suspend", "reschedul")


def _befell(doc: Doc, i: int) -> bool:
    """The past verb at `i`, or the participle its auxiliary carries, tells a plan's fate, not its event."""
    return any(t.tag_.startswith("VB") and (t.lower_.startswith(_FATES)
                                            or (t.lower_ == "called" and doc[t.i + 1 : t.i + 2].text == "off"))
               for t in doc[i : i + 4])


def _ahead_of(doc: Doc, i: int) -> bool:
    """`ahead of Friday's talks`, `in advance of the vote in March`: what follows is still to come; not
    `finished ahead of schedule in March`, a comparison with a standard, whose date is the clause's own."""
    if not (doc[i].lower_ in ("ahead", "advance") and i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    return after is None or after.lower_.removesuffix("s") not in _STANDARDS  # (no lemmas in `extract dates`)


# What a result is `ahead of` when it beats it rather than comes before it (`ahead of schedule`, `of forecasts`).
_STANDARDS = frozenset({"schedule", "expectation", "forecast", "estimate", "target", "plan", "time", "consensus",
                        "projection", "budget", "inflation"})


def _outside_relatives(tokens: Span) -> Iterator[Token]:
    """The tokens of a stretch without its relative clauses set off by commas (`Friday's vote, which will
    decide the bill, was close`: `was` is the vote's verb, not `will decide`)."""
    inside = False
    for n, t in enumerate(tokens):
        if t.text == "," and n + 1 < len(tokens) and tokens[n + 1].tag_ in ("WDT", "WP"):
            inside = True
        elif t.text == "," and inside:
            inside = False
        elif not inside:
            yield t


# Verbs whose `to` complement is still ahead when they are reported in the past (`agreed to meet Friday`).
_INTENDING = ("decid", "agre", "promis", "vow", "pledg", "plan", "hop", "want", "offer", "threaten", "vot",
              "sought", "intend", "prepar", "schedul", "expect")


def _intends(doc: Doc, verb: Token, infinitive: Token) -> bool:
    return any(t.lower_.startswith(_INTENDING) for t in doc[verb.i : infinitive.i - 1])


def _infinitive_between(doc: Doc, begin: int, end: int) -> Token | None:
    """The last `to VERB` between a finite verb and the date (`... to mark the day on Friday`)."""
    for i in range(end - 1, begin, -1):
        if doc[i].tag_ == "VB" and doc[i - 1].lower_ == "to":
            return doc[i]
    return None


def _tense_of(verb: Token) -> Tense:
    doc, i = verb.doc, verb.i
    words = [t.lower_ for t in doc[max(0, i - 3) : i + 1] if t.pos_ != "PROPN"]  # the month `May` is no modal
    if verb.tag_ == "MD" or any(w in _FUTURE_AUX for w in words):
        return "future"
    if "going" in words and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return "future"
    following = [t for t in doc[i + 1 : i + 4] if not t.is_punct]
    if verb.lower_ in ("is", "are", "'re", "am", "'m") and following and following[0].lower_ == "going" \
            and len(following) > 1 and following[1].lower_ == "to":
        return "future"  # `is going to vote Friday`
    if verb.lower_ in ("is", "are", "'re", "am", "'m") and any(t.tag_ == "VBG" for t in following[:2]):
        return "future"  # `is meeting Friday`: the present progressive of an arrangement
    if verb.lower_ in ("is", "are", "'re") and following and following[0].tag_ == "VBN" \
            and following[0].lower_.startswith(_PLANNED):
        return "future"  # `is expected to focus`, `are scheduled for`: a plan stated now
    if verb.tag_ == "VB" and i > 0 and doc[i - 1].lower_ == "to":  # plans to meet, expected to vote
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.lower_ in ("has", "have", "'ve", "'s") and any(t.tag_ == "VBN" for t in doc[i + 1 : i + 3]):
        return "past"  # `has gone`, `have already risen`: the perfect looks back
    if verb.tag_ == "VBN":
        return "present" if any(w in ("is", "are", "'re", "am", "be") for w in words[:-1]) else "past"
    if verb.tag_ == "VBG" and any(w in ("is", "are", "'re", "am", "'m") for w in words[:-1]):
        return "future"
    return "present"


def _own_clause(doc: Doc, start: int, end: int) -> Span:
    """The words before token `end` back to the last comma or semicolon (`Neither party objected, and the vote
    could be held`: only `and the vote`)."""
    cut = next((i + 1 for i in range(end - 1, start - 1, -1) if doc[i].text in (",", ";")), start)
    return doc[cut:end]
