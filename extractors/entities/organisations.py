"""Context that makes a name an organisation: the model calls many companies products or persons
(`Maersk`, `Kuehne+Nagel`) and many clubs persons or places (`Tottenham Hotspur`, `Atalanta`)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.given_names import gender_of
from ..engine.wordlists import lines, words
from .gazetteer import is_town_or_county
from .layout import VERSUS
from .surface import LIST_JOINERS, singular

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mentions import Mention

Phrase = tuple[str, ...]


@cache
def cues() -> dict[str, frozenset[Phrase]]:
    """The cue phrases of `organisation_cues.txt` by where they stand: `after`, `press`, `before`, `holding`
    (lower case), `opening` (as written) and `name` (whole names, lower case)."""
    found: dict[str, set[Phrase]] = defaultdict(set)
    for line in lines(__package__, "organisation_cues.txt"):
        where, _, phrase = line.partition(":")
        found[where.strip()].add(tuple(phrase.split()))
    return {where: frozenset(phrases) for where, phrases in found.items()}


@cache
def _cues_after(placed: bool) -> tuple[tuple[int, frozenset[Phrase]], ...]:
    """Words after a name that make it an organisation, by their number of words (one look at the text for
    each); a kind of publication only for a name no gazetteer places (`a Lagos magazine` is about Lagos)."""
    table = cues()
    phrases = table.get("after", frozenset()) | (frozenset() if placed else table.get("press", frozenset()))
    return tuple((n, frozenset(p for p in phrases if len(p) == n)) for n in sorted({len(p) for p in phrases}))


def described_as_organisation(doc: Doc, m: Mention) -> bool:
    """A role follows the name (`Tottenham coach`, `Kuehne+Nagel CEO`) or a kind of publication (`the
    Izvestia daily`), a kind of organisation introduces it (`chipmaker Nvidia`), a holding owns it
    (`shares in Maersk`), a club's word opens it (`AS Roma`), or it is a platform's name (`Twitter`)."""
    table = cues()
    if _words(doc, m.start, m.end - m.start) in table.get("name", ()):
        return True
    if m.end - m.start > 1 and (doc[m.start].text,) in table.get("opening", ()):
        return True
    end = m.end + 1 if m.end < len(doc) and doc[m.end].is_quote else m.end  # `the " Janakantha " newspaper`
    after = any(_words(doc, end, n) in phrases for n, phrases in _cues_after(placed=m.place is not None))
    if after or m.start == 0:
        return after
    previous = doc[m.start - 1]
    # not a person's name after the noun (`the website Mary Jones built`: she built it, a relative clause)
    person = m.label == "PERSON" and m.end - m.start > 1 and gender_of(doc[m.start].text) is not None
    before = (previous.is_lower and (previous.lower_,) in table.get("before", ()) and not person) or (
        called_by_kind(doc, m.start))
    held = m.start > 1 and previous.lower_ in ("in", "of") and (doc[m.start - 2].lower_,) in table.get("holding", ())
    return before or held or _listed_after_kind(doc, m.start, m.end) or _kind_in_apposition(doc, m.end)


def called_by_kind(doc: Doc, start: int) -> bool:
    """`a company called Cambridge Analytica`, `one PAC called Stop Hillary`, `a firm named Fenton`: a name that
    an indefinite kind of organisation introduces with `called` or `named`; not a person's name, where `called`
    or `named` is the organisation's act (`a bank named John Smith chief economist`, `a group called Hillary
    Clinton a liar`), nor after a definite kind (`the company named ...`). Read from the words alone: `extract
    entities` runs no parser."""
    if start < 3 or doc[start - 1].lower_ not in ("called", "named") or gender_of(doc[start].text) is not None:
        return False
    kind = doc[start - 2]
    if not (kind.is_lower or kind.is_upper) or (singular(kind.lower_) or kind.lower_,) not in cues().get(
            "before", ()):
        return False
    for token in reversed(doc[max(0, start - 6) : start - 2]):
        if token.lower_ in ("a", "an", "one", "another"):
            return True
        if not token.is_lower or token.is_punct:
            return False
    return False


# Kinds of organisation an apposition names, beside the `before:` cues and the words that end an organisation's
# name (`Third Way, a think tank`, `Acme, a foundation`).
_APPOSED_KINDS = frozenset({("think", "tank"), ("nonprofit",), ("coalition",)})


# Words that make an apposition's group a people, not an organisation (`Oromos, a minority group`).
_PEOPLES = frozenset({"minority", "ethnic", "religious", "tribal", "indigenous"})


@cache
def _apposed_kinds() -> frozenset[Phrase]:
    """Built once: the apposition test runs for every mention of every document."""
    return _APPOSED_KINDS | cues().get("before", frozenset()) | {
        (word,) for word in words(__package__, "organisation_words.txt")}


def _kind_in_apposition(doc: Doc, end: int) -> bool:
    """An apposition after the name says what kind of organisation it is (`Third Way, a think tank,`, `Acme,
    a Chicago-based firm that ...`): the kind is the phrase's head, before any preposition, so not `a firm
    believer`, `a labor economist at the Institute`, `in the Capitol, a group of Republicans`."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    kinds = _apposed_kinds()
    for start in range(end + 2, min(end + 8, len(doc))):
        for size in (2, 1):
            stop = start + size
            if doc[start].is_lower and _words(doc, start, size) in kinds and (
                    stop >= len(doc) or doc[stop].is_punct or doc[stop].lower_ in ("that", "which", "whose")):
                return True
        hyphened = doc[start].text == "-" or (start + 1 < len(doc) and doc[start + 1].text == "-")
        if not (doc[start].is_lower or hyphened) or doc[start].is_stop or doc[start].lower_ in _PEOPLES:
            return False
    return False


# Verbs of saying after a name, which make it a speaker (`..., Jane Smith said`).
_SAYING_WORDS = frozenset({"said", "says", "told", "added", "wrote", "argued", "noted", "explained"})


def _listed_after_kind(doc: Doc, start: int, end: int) -> bool:
    """A name in a list that a kind of organisation opens (`drug companies such as Pfizer, GlaxoSmithKline and
    Eli Lilly`, `banks including HSBC`): each an organisation, whatever the model read; not a name after the
    list has closed (`companies such as Google and Microsoft, Jane Smith said`)."""
    if end < len(doc) and doc[end].lower_ in _SAYING_WORDS:
        return False
    i = start - 1
    while i >= 0 and start - i < 40 and (doc[i].text in LIST_JOINERS or doc[i].text[:1].isupper()):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("as", "including", "like"):
        return False
    if doc[i].lower_ == "as":
        i -= 1
        if i < 1 or doc[i].lower_ != "such":
            return False
    between = [t.lower_ for t in doc[i + 1 : start]]
    closing = max((n for n, word in enumerate(between) if word in ("and", "or")), default=None)
    if closing is not None and "," in between[closing:]:
        return False
    kind = doc[i - 1].lower_
    return doc[i - 1].is_lower and (singular(kind) or "",) in cues().get("before", ())


def _words(doc: Doc, start: int, n: int) -> Phrase:
    """The `n` words from token `start`, folded; shorter at the end of the text."""
    return tuple(t.lower_ for t in doc[start : start + n])


# A result between sides, read from the words alone (the entities pipeline has no parser):
# `Leicestershire beat Somerset`, `drew with Kent`, `their match against Yorkshire`.
RESULT_WORDS = frozenset({
    "beat", "beats", "beating", "defeated", "defeats", "defeating", "thrashed", "edged", "trounced", "routed",
    "overcame", "outplayed", "eliminated", "ousted", "crushed", "hammered", "whipped", "downed", "toppled",
    "outclassed", "overpowered",
})
# Words of a result that take their other side after a preposition (`drew with`, `lost to`).
RESULT_WITH = frozenset({("drew", "with"), ("draw", "with"), ("lost", "to"), ("losing", "to"), ("lose", "to"),
                         # a player's side: `homered for Cleveland`, `played for Nice`, `signed for Leeds`
                         ("homered", "for"), ("scored", "for"), ("played", "for"), ("plays", "for"),
                         ("playing", "for"), ("signed", "for"), ("pitched", "for")})
CONTEST_WORDS = frozenset({"match", "game", "win", "victory", "defeat", "draw", "loss", "tie", "clash", "fixture",
                           "final", "semifinal", "innings", "lead", "points", "played", "playing"})
SIDE_PREPOSITIONS = frozenset({"against", "over"}) | VERSUS


def contest_side(doc: Doc, m: Mention) -> bool:
    """The name is a side of a result (`Leicestershire beat Somerset`, `their match against Kent`): a
    town or a county named as a competitor is its team."""
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    after2 = doc[m.end + 1].lower_ if m.end + 1 < len(doc) else ""
    if after in RESULT_WORDS or (after, after2) in RESULT_WITH:
        return True
    start = m.start - 1 if m.start > 1 and doc[m.start - 1].lower_ == "the" else m.start  # `over the Blue Jays`
    if start == 0:
        return False
    before = doc[start - 1].lower_
    if before in RESULT_WORDS:
        return True
    if start > 1 and (doc[start - 2].lower_, before) in RESULT_WITH:
        return True
    if before in VERSUS:
        return True
    window = doc[max(0, start - 5) : start - 1]
    return before in SIDE_PREPOSITIONS and any(t.lower_ in CONTEST_WORDS for t in window)


# Words only a team-sport report uses (not `goal`, `runs`, `tries`, `penalty`, which politics uses too): a
# document with two of them, or one of them three times, is about a game.
SPORT_WORDS = frozenset({
    "halftime", "half-time", "striker", "strikers", "midfielder", "midfielders", "defender", "goalkeeper", "innings",
    "wicket", "wickets", "batsman", "bowler", "inning", "homer", "homers", "homered", "pitcher", "scorers",
    "standings", "touchdown", "quarterback", "equaliser", "equalizer",
})
# Words before a place's name that keep it a place (`in Barcelona`, `from Leeds`); not `for`, which in a sports
# report names the side a player plays for (`struck out eight batters for Los Angeles`).
LOCATIVE_WORDS = frozenset({"in", "at", "near", "from", "to", "outside", "around", "across", "into", "of", "toward",
                            "towards", "via", "through", "between"})
# Words before a town's name that make it the place where a game is played, not a side (`for`, `to`, `from`
# Barcelona may name the club: `scored for Barcelona`, `lost to Barcelona`).
VENUE_WORDS = frozenset({"in", "at"})
@once_per_doc
def sport_report(doc: Doc) -> bool:
    """Whether the document reports a team sport."""
    seen = [t.lower_ for t in doc if t.lower_ in SPORT_WORDS]
    return len(set(seen)) >= 2 or len(seen) >= 3


def placed_at(doc: Doc, m: Mention) -> bool:
    """A place's own context: a locative word before it, or a line it opens with a comma or a figure after it
    (a dateline, `LEEDS , England`; a table row)."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc[m.end].text if m.end < len(doc) else ""
    line_start = m.start == 0 or "\n" in doc[m.start - 1].text
    return before in LOCATIVE_WORDS or (line_start and (after == "," or after[:1].isdigit()))


def teams_apart(doc: Doc, groups: list[list[Mention]]) -> list[list[Mention]]:
    """In a sports report a town's name is its team where no `in` or `at` places it and the town where one
    does (`By stumps Kent had reached 108` / `rain in Kent`): two records, so the place's `in` does not outvote
    the team, nor the team the place. A results line's side stays with the team."""
    if not sport_report(doc):
        return groups
    found: list[list[Mention]] = []
    for g in groups:
        placed = [m for m in g if m.start > 0 and doc[m.start - 1].lower_ in VENUE_WORDS]
        teams = [m for m in g if m not in placed]
        if placed and teams and all(is_town_or_county(m.text(doc)) for m in g):
            found += [placed, teams]
        else:
            found.append(g)
    return found
