"""Mentions: the model's entity spans, trimmed to the name, plus the ones it missed.

Trimming takes off what is not part of a name (`the`, a possessive `’s`,
quotes, a boilerplate label like `Tags`, a score after a team, a person's
title, anything past a line break); junk mentions are dropped here so that
nothing downstream votes with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.given_names import is_common_given_name
from ..engine.wordlists import lines as lines_of
from ..engine.wordlists import words
from . import gazetteer
from .acronyms import NAME_JOINERS, introduced
from .continued import POSSESSIVES, model_spans
from .demonyms import country_of, is_a_people, is_demonym, is_national_noun
from .gazetteer import Place
from .junk import CALENDAR_WORDS, DAY_NAMES, NOT_ENTITIES, is_boilerplate_label, is_junk
from .layout import PHRASE_LABELS, lines, versus, wrapped
from .names import PARTICLES, given_name_led, headline_verb, name_end, name_start, stands_alone
from .organisations import called_by_kind
from .surface import LIST_JOINERS, singular
from .titles import EPITHETS, is_head, is_title_word, leading_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words before a name that are not part of it (`the`, `this`, `our` Office of Management and Budget).
DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their",
    # quantifiers the model took into a name's span, as it does when a sentence opens with one (`Some Republican
    # National Committee members`); not `all` or `no`, which open names (`All Nippon Airways`, `No Labels`)
    "some", "several", "many", "most", "both", "each",
})
# Labels whose names hold no number: the model's span ends before one (`Austria 7-5 6-3 earlier`);
# organisations may (`Channel 4`) but not a match score (`Tottenham Hotspur 3-2`); products and
# events may hold both (`Windows 11`, `Boeing 737-800`).
NUMBERLESS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
SCORELESS = NUMBERLESS | {"ORG"}
# Words that open a region's name and no person's (`East Java`, `Northern Cape`).
COMPASS_POINTS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
})
# Labels the model gives a person's full name that a given name opening it overrules.
MISREAD_PEOPLE = frozenset({"ORG", "LOC", "FAC", "GPE"})
# A town this big lends its name to clubs and companies (`Cleveland Indians`) more than a given name does.
NAMESAKE_TOWN = 100_000
_SCORE = re.compile(r"\d+(?:[-–:]\d+)+")
_DECIMAL = re.compile(r"\d+\.\d+")
# Auxiliaries that open a question and are also given names (`Will Cruz's gambit do any better?`).
QUESTION_OPENERS = frozenset({"will", "may", "can", "could", "would", "should", "did", "does", "is", "has"})


@dataclass
class Mention:
    """Tokens `start:end` of the Doc; `label` is the evidence for it, None where there is none."""

    start: int
    end: int
    label: str | None
    place: Place | None = None
    # The title cut off the front of the span (`President` of `President Trump`).
    title: str | None = None
    # What found it, the record's rule: `model`, `gazetteer`, `landmark`, `acronym`, `title`, `byline`, `dateline`,
    # `table`, `contest`, `team`, `case`, `nickname`, `repeat`.
    origin: str = "model"

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def listed_place_noun(doc: Doc, start: int, end: int) -> str | None:
    """`Arapahoe and Jefferson counties`, `Ohio's Hamilton, Lake and Stark counties`: each name of a list that a
    plural place noun closes is one such place; the noun's singular (`county`), for the name at `start:end`. A list
    joins names (not `According to Obama, cities must ...`); a person's surname is none (`Obama and Trump counties`
    where the text names Donald Trump)."""
    if doc[start:end].text in full_names_ends(doc):
        return None
    listed = start > 1 and doc[start - 1].lower_ in LIST_JOINERS and _a_name_word(doc[start - 2])
    joined = False
    for token in doc[end : end + 12]:
        if token.lower_ in LIST_JOINERS:
            joined = True
        elif _a_name_word(token):
            listed, joined = listed or joined, False
        else:
            one = singular(token.lower_) if token.is_lower and listed and not joined else None
            return one if one in words(__package__, "place_nouns.txt") else None
    return None


def _a_name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha


@once_per_doc
def full_names_ends(doc: Doc) -> frozenset[str]:
    """The last words of the people's full names the model found in the text (`Trump` of `Donald Trump`), read past
    a possessive the model's span may hold (`Donald Trump’s`)."""
    ends = (e[:-1] if e[-1].lower_ in POSSESSIVES else e for e in doc.ents if e.label_ == "PERSON")
    return frozenset(e[-1].text for e in ends if len(e) > 1)


def trimmed(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The span without determiners, possessives, a stance prefix (`pro-Israel`), edge punctuation, a dangling
    `of`, boilerplate labels, a trailing place noun (`Tavush province`) or common noun (`Interfax news agency`),
    numbers and scores that no name of its label holds (`64 Bob Estes`, `Austria 7-5`), an epithet opening a
    person's name (`Billionaire Donald Trump`; a title stays, cut off as one: `Senator Ted Cruz`), or a headline's verb
    (`Obama Says`; a title keeps its own: `How Stella Gets Her Groove Back`)."""
    changed = True
    while changed and start < end:
        changed = False
        first, last = doc[start], doc[end - 1]
        nxt = doc[end].text if end < len(doc) else ""
        if (first.lower_ in DETERMINERS | POSSESSIVES and not quoted_title(doc, start, end)) or _symbol(first) or (
            _stance_prefix(doc, start, end)) or (
            end - start > 1 and _inverted_saying(first)) or (
            end - start > 1 and _ends_name(first, label)) or (
            end - start > 2 and label == "PERSON" and first.is_title and first.lower_ in EPITHETS
            and not is_head(first)) or (
            is_boilerplate_label(first.text, doc[start + 1].text if start + 1 < len(doc) else "")
        ):
            start, changed = start + 1, True
        elif cut := next((t.i for t in doc[start + 1 : end] if _ends_name(t, label) or _date_after(t)
                          or (headline_verb(t) and label != "WORK_OF_ART")), None):
            end, changed = cut, True
        elif (beat := _beat_after_newsroom(doc, start, end)) is not None:
            end, changed = beat, True
        elif (
            _symbol(last)
            or (last.is_lower and last.is_stop)
            or (label == "ORG" and end - start > 1 and _common_noun_tail(doc[start:end]))
            or is_boilerplate_label(last.text, nxt)
            or (last.lower_ in POSSESSIVES and end - start > 1)
            or (last.is_lower and last.lower_ in words(__package__, "place_nouns.txt") and end - start > 1)
        ):
            end, changed = end - 1, True
        elif end - start > 2 and _participle_suffix(last):
            end, changed = end - 2, True
    return start, end


def _participle_suffix(token: Token) -> bool:
    """`led` of `Donald Trump-led`, `backed` of `Koch-backed`, `style` of `Clinton-style`: a participle or a
    word of kind glued by a hyphen after a name, which it describes; not a name's own lower-case part (`moon`
    of `Ban Ki-moon`, `un` of `Kim Jong-un`). Read from the word itself: entities run without a tagger."""
    hyphen = token.doc[token.i - 1]
    return token.is_lower and (token.text.endswith("ed") or token.text in _GLUED_DESCRIPTIONS) and (
        hyphen.text == "-" and not (hyphen.whitespace_ or token.doc[hyphen.i - 1].whitespace_))


# Irregular participles and words of kind that a hyphen glues after a name (`Trump-led`, `Koch-run`).
_GLUED_DESCRIPTIONS = frozenset({"led", "run", "born", "made", "built", "spent", "held", "won", "style", "era",
                                 "like", "type", "esque", "friendly", "linked", "bound"})


def _bracketed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An editor's brackets kept whole (`[Bob] Corker`, `Newt [Gingrich]`), not cut in half at the span's edge."""
    words = [t.text for t in doc[start:end]]
    if words.count("]") > words.count("[") and start > 0 and doc[start - 1].text == "[":
        start -= 1
    if words.count("[") > words.count("]") and end < len(doc) and doc[end].text == "]":
        end += 1
    return start, end


def _stance_prefix(doc: Doc, start: int, end: int) -> bool:
    """`pro` of `pro-Israel`, `anti` of `anti-Clinton`: a stance towards the name after the hyphen, which is
    the entity, when it names something alone (a place, a person named elsewhere); `anti-Semitism` is a word."""
    return end - start > 2 and doc[start].lower_ in words(__package__, "stance_prefixes.txt") and (
        doc[start + 1].text == "-" and not doc[start].whitespace_ and not doc[start + 1].whitespace_) and (
        _named_alone(doc, start + 2, end))


def _common_noun_tail(tokens: Span) -> bool:
    """Whether an organisation's span ends in a description (`Interfax news agency`, `Dutch transport
    ministry`, `Interfax news`) rather than a lower-case word of its name (`Democratic party`, `Apple inc`)."""
    last = tokens[-1]
    if not (last.is_lower and last.is_alpha):
        return False
    if last.lower_ in words(__package__, "corporate_suffixes.txt"):
        return False
    return last.lower_ not in words(__package__, "organisation_words.txt") or (
        len(tokens) > 2 and tokens[-2].is_lower and tokens[-2].is_alpha)


def _symbol(token: Token) -> bool:
    """Punctuation, space, emoji: no letter or digit."""
    return not any(ch.isalnum() for ch in token.text)


def _ends_name(token: Token, label: str) -> bool:
    """A number where the label's names have none, or a match score, one token or three (`2 - 1`)."""
    # (`Geelong 16.13`, `Croatia 7.75`: a table's decimal figures, which no body's or place's name holds)
    score = bool(_SCORE.fullmatch(token.text) or _DECIMAL.fullmatch(token.text)) or _split_score(token)
    return (label in NUMBERLESS and (token.like_num or score)) or (label in SCORELESS | {"FAC"} and score)


def _beat_after_newsroom(doc: Doc, start: int, end: int) -> int | None:
    """`the Fox News Channel| White House correspondent`: the words between a newsroom's name and a reporter's
    job are the reporter's beat, no part of the newsroom's name; where the name ends then."""
    if end >= len(doc) or doc[end].lower_ not in _REPORTERS:
        return None
    ends = [t.i + 1 for t in doc[start : end - 1] if t.is_title and t.lower_ in _NEWSROOM_ENDS and t.whitespace_]
    if not ends:
        return None
    beat = doc[ends[-1] : end].text
    # a beat is a place or a seat of power (`Moscow`, `White House`); not more of the name (`Times Union`,
    # `Times Magazine`, `Press TV`)
    place = gazetteer.lookup(beat)
    return ends[-1] if beat in _BEATS or (place is not None and place.major) else None


# A reporter's job after the beat, and the last words of a newsroom's or a channel's name.
_REPORTERS = frozenset({"correspondent", "reporter", "bureau", "editor", "columnist", "producer", "anchor"})
_NEWSROOM_ENDS = frozenset({*words(__package__, "newsroom_words.txt"), "channel", "network", "radio", "tv"})
_BEATS = frozenset({"White House", "Pentagon", "Capitol Hill", "Congress", "Supreme Court", "State Department",
                    "Justice Department", "Senate", "Wall Street"})


def _date_after(token: Token) -> bool:
    """`on` of `YMCA of the Suncoast on Nov. 3`: a preposition before a month's or a weekday's name opens a date
    the model ran into the name; no name goes on with one."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("on", "in", "since", "until", "by") and after is not None and after.is_title and (
        after.text.rstrip(".").casefold() in CALENDAR_WORDS)


def _split_score(token: Token) -> bool:
    """A number the tokenizer cut from its score (`2` of `Chelsea 2-1`), written tight to the rest; a score
    has no more than three digits a side, where `2000-2006` is a span of years."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and _points(token.text) and not token.whitespace_ and (
        doc[i + 1].text in ("-", "–", ":") and not doc[i + 1].whitespace_ and _points(doc[i + 2].text))


def _points(text: str) -> bool:
    return text.isdigit() and len(text) <= 3


def _line_pieces(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The span cut at line breaks (not at a hard wrap of prose), between the sides of a fixture, at a
    spaced dash, at a slash between names, at brackets and at a colon: no name runs from a headline into
    the next paragraph, from one team to the other (`Millwall v Burnley`), from one pollster to its partner
    (`New York Times/CBS News`), from a label into a name (`Sri Lanka - Arjuna Ranatunga`), into a bracket
    (`Leeds ( Headingley`) or from a subheading's name into its topic (`Marco Rubio: Retirement accounts`).
    What follows a colon is kept only where it names something alone; a title may hold a colon (`Star Wars:
    The Force Awakens`)."""
    pieces, piece_start, topic = [], start, False
    for i in range(start, end):
        token = doc[i]
        spaced_dash = token.text in ("-", "--", "—", "–") and i > 0 and doc[i - 1].whitespace_ and token.whitespace_
        fixture = versus(token) and label != "LAW"  # a case keeps its `v` (`Roe v. Wade`)
        colon = token.text == ":" and label not in PHRASE_LABELS
        line_break = "\n" in token.text and not wrapped(doc, token)
        slash = token.text == "/" and start < i < end - 1 and _names_on_both_sides(doc[start:end], i - start)
        if line_break or fixture or spaced_dash or slash or token.text in ("(", ")") or _saying_verb(token) or colon:
            pieces.append((piece_start, i, topic))
            piece_start, topic = i + 1, colon
    pieces.append((piece_start, end, topic))
    return [(s, e) for s, e, after_colon in pieces if e > s and (not after_colon or _named_alone(doc, s, e))]


def _names_on_both_sides(span: Span, slash: int) -> bool:
    """Capitalised words both sides of a slash, other than one short band of capitals (`AC/DC`)."""
    before, after = span[slash - 1], span[slash + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and not (
        len(span) == 3 and before.is_upper and after.is_upper)


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """`“The Old Man and the Sea”`, `''This Kind of War,''`: a name that is a whole quotation is a title, whose
    capitalised article is its first word."""
    return doc[start].is_title and start > 0 and doc[start - 1].text in _QUOTE_MARKS and _closed_at(doc, end)


def _closed_at(doc: Doc, end: int) -> bool:
    """A quotation mark closes right at `end`, or after one punctuation mark (`''Fuller House,''`)."""
    after = doc[end : end + 2]
    return len(after) > 0 and (after[0].text in _QUOTE_MARKS or (
        after[0].is_punct and len(after) > 1 and after[1].text in _QUOTE_MARKS))


_QUOTE_MARKS = frozenset({"“", "”", '"', "''", "``", "‘", "’", "'"})


def _inverted_saying(token: Token) -> bool:
    """A verb of saying opening the sentence before its speaker (`Stated Stone: "..."`, `Said Ellis: "..."`)."""
    return token.is_sent_start and token.is_title and token.lower_ in words(__package__, "clause_verbs.txt")


def _saying_verb(token: Token) -> bool:
    """A lower-case verb of saying (`Trump told Business Insider`): a clause, not a name, runs across it,
    and which side is what the model's label cannot say."""
    return token.is_lower and token.text in words(__package__, "clause_verbs.txt")


def from_model(doc: Doc) -> list[Mention]:
    """The model's entities that can be names, trimmed; junk and bare titles left out."""
    found: list[Mention] = []
    spans = model_spans(doc)
    # words the text writes in lower case and never capitalises inside a sentence, nor uses inside a longer name
    # (`Edward Said ... Said told`): what `_common_word_opening` reads as common words
    in_names = {t.lower_ for first, last, _ in spans if last - first > 1 for t in doc[first:last]}
    capitalised = {t.lower_ for t in doc if t.is_title and t.i > 0 and not _opens_sentence(doc, t.i)
                   and doc[t.i - 1].lower_ not in _OWNERS}
    lowered = {t.text for t in doc if t.is_lower and t.is_alpha} - in_names - capitalised
    surnames = full_names_ends(doc)
    for ent_start, ent_end, ent_label in spans:
        if ent_label in NOT_ENTITIES:
            continue
        if _named_day(doc, ent_start, ent_end):  # `Super Tuesday`, read as a place and a date
            found.append(Mention(ent_start, ent_end + 1, "EVENT"))
            continue
        verb = next((t.i for t in doc[ent_start:ent_end] if _saying_verb(t)), None)
        for piece_start, piece_end, label in _owned_pieces(doc, _line_pieces(doc, ent_start, ent_end, ent_label),
                                                           ent_label):
            if verb is not None:  # the model's label was the clause's; each side's comes from its own evidence
                label = "PERSON" if piece_end <= verb and not ends_in_organisation_word(
                    doc[piece_start:piece_end]) else None  # the one who says; whom it is told to is anyone
            trim_as = ent_label
            if ent_label not in NUMBERLESS and _numbered_person(doc, piece_start, piece_end):
                label = trim_as = "PERSON"  # `Rubio 151` read as a law: a person's figure in a count
            elif label == "LAW" and _model_number(doc, piece_start, piece_end):
                label = "PRODUCT"  # `Ilyushin 76` read as a law: a maker's name and a model number
            elif label == "LAW" and _figures_not_a_law(doc, piece_start, piece_end):
                continue  # `Halftime 1-1`, `Kent 255-3`, `Cork 14.3-4-45-1` read as laws: scores and figures
            start, end = _bracketed(doc, *trimmed(doc, piece_start, piece_end, trim_as))
            title = None
            if label == "ORG" and _titled_name(doc, opened := _title_opened_before(doc, start), end):
                # `Major-General Imam Utomo`, `Deputy Prime Minister Ali Khan` read as a body; `Secretary of
                # Defense Leon Panetta` read from `Defense` on
                label, start = "PERSON", opened
            if label in MISREAD_PEOPLE and _misread_person(doc, start, end):
                label = "PERSON"  # `Ivan Lendl` read as a company, `Louis Farrakhan` as a place
            if label == "PERSON" and _named_bill(doc, start, end):
                start, label = start - 1, "LAW"  # `the 1994 Crime Bill`: a bill, not Bill Clinton
            if label == "PERSON" and _compass_led(doc, start, end):
                label = "GPE"  # `East Java military commander`: a region, where `Kanye West` is a person
            if (label == "PERSON" and _leading_demonym(doc, start, end)) or (
                    label == "ORG" and _national_before_a_person(doc, start, end)):
                found.append(Mention(start, start + 1, "NORP"))
                start, label = start + 1, "PERSON"
            if called_by_kind(doc, start):
                # `a company called Cambridge Analytica`, `one PAC called Stop Hillary`: all of the run is the name
                end, label = _capitalised_run_end(doc, end), "ORG"
            if label == "ORG" and _person_run_on(doc, start, end):
                # `At CPAC, Fox News Sean Hannity asked`: the channel, then its host, a word like `host` missing
                found.append(Mention(start, end - 2, "ORG", place_of(doc, start, end - 2)))
                start, label = end - 2, "PERSON"
            if label == "ORG" and _surname_run_on(doc, start, end, surnames):
                # `the editorial board of the Washington Post Trump said`: the body, then its visitor
                found.append(Mention(start, end - 1, "ORG", place_of(doc, start, end - 1)))
                start, label = end - 1, "PERSON"
            if label == "PERSON" and _question_auxiliary(doc, start, end):
                start += 1  # `Will` of `Will Cruz win Indiana?`
            if label == "PERSON" and _given_name_after_saying(doc, start):
                start -= 1  # `said Hany Farid, chairman of ...`: the given name the model left out
            if label == "PERSON":
                start, end = name_start(doc, start), _whole_name_end(doc, start, end)
                named = leading_title(doc, start, end)
                if named > start:
                    title, start = doc[start:named].text, named
            quoted_end = _quoted_work_end(doc, start, end) if label in _WORK_MISREADINGS else None
            if quoted_end is not None and (quoted_end > end or (end - start > 1 and label != "PERSON")):
                # `"Fox and Friends"`, `''CBS This Morning''`, `''Fuller House,''`: a title in quotation marks,
                # of which the model read a network or a person (a quoted nickname, `"Little Marco"`, stays one, and
                # a quoted one-word name, `"CNN"`, what it was)
                end, label = quoted_end, "WORK_OF_ART"
            if label in ("GPE", "LOC") and _place_modifier_before(doc, start):
                start -= 1  # `Little Havana`, `Greater London`, `East Jerusalem`: another place than the one it names
            if label == "ORG" and _numbered_body(doc, start, end):
                start -= 1  # `the 11th U.S. Circuit Court of Appeals`, `the 82nd Airborne Division`: numbered by name
            if label == "ORG" and _model_after(doc, start, end):
                end, label = end + 1, "PRODUCT"  # `the Boeing 747`: the maker's name and its model, a product
            if label == "NORP" and _hyphenated_american(doc, end):
                end += 2  # `Cuban-Americans`, of which the model took the first word
            if label in ("NORP", "GPE", "LOC") and (whole := _place_run_on(doc, start, end)) > end:
                end, label = whole, "GPE"  # `Czech Republic President Vaclav Havel`, of which the model took `Czech`
            if start >= end or is_junk(doc[start:end].text) or _bare_title(doc, start, end) or _rest_of_title(
                    doc, start, end) or (
                    _field_label(doc, start, end, ent_label)) or _scale_of_degrees(doc, start, end) or (
                    _common_word_opening(doc, start, end, label, lowered)) or (
                    _surnames_joined(doc, start, end, surnames)) or _hashtag(doc, start) or (
                    _section_heading(doc, start, end, label)):
                continue
            found.append(Mention(start, end, label, place_of(doc, start, end), title))
    return _courts_joined(doc, _district_joined(doc, found))


def _place_run_on(doc: Doc, start: int, end: int) -> int:
    """Where a country's or a region's name that opens at `start` and runs on past `end` ends (`Czech` of `Czech
    Republic`, `Central African` of `Central African Republic`); `end` when none does."""
    for last in range(min(start + gazetteer.MAX_TOKENS, len(doc)), end, -1):
        place = gazetteer.lookup(doc[start:last].text)
        if place is not None and place.kind in ("country", "region") and all(
                t.is_title or t.is_upper for t in doc[end:last]):
            return last
    return end


def _given_name_after_saying(doc: Doc, start: int) -> bool:
    """A capitalised word between an inverted verb of saying and a surname (`said Hany Farid`) is the given name:
    not a title, a function word, a people's, a party's or a place's name (`says Democrat Hillary Clinton`)."""
    if start < 2 or not _saying_verb(doc[start - 2]):
        return False
    word = doc[start - 1]
    return word.is_title and word.is_alpha and not word.is_stop and not is_title_word(word) and not (
        word.ent_type_ not in ("", "PERSON") or is_a_people(word.text) or is_demonym(word.text) or (
            is_national_noun(word.lower_)) or gazetteer.lookup(word.text) is not None)



def _named_bill(doc: Doc, start: int, end: int) -> bool:
    """`Bill` alone after a capitalised word inside a sentence that is no title (`the Crime Bill`, `the Farm Bill`)
    names a bill, where a given name follows a title (`President Bill`), a function word (`When Bill was governor`)
    or nothing capitalised."""
    if end - start != 1 or doc[start].text != "Bill" or start == 0:
        return False
    before = doc[start - 1]
    return before.is_title and before.is_alpha and not before.is_stop and not is_title_word(before) and not (
        is_common_given_name(before.text) or _opens_sentence(doc, start - 1))


def _place_modifier_before(doc: Doc, start: int) -> bool:
    """A capitalised size, age or compass word inside a sentence before a place's name is part of the name."""
    if start == 0 or _opens_sentence(doc, start - 1):
        return False
    word = doc[start - 1]
    return word.is_title and (word.lower_ in _PLACE_MODIFIERS or word.lower_ in COMPASS_POINTS)


# Words that make a place's name into another's (`Little Havana`, `Greater Manchester`, `Old Delhi`).
_PLACE_MODIFIERS = frozenset({"little", "greater", "upper", "lower", "old", "central", "inner", "outer"})


def _numbered_body(doc: Doc, start: int, end: int) -> bool:
    """An ordinal in figures before a court's, a district's or a unit's name, which the model reads as a number."""
    return start > 0 and _ORDINAL_FIGURES.fullmatch(doc[start - 1].text) is not None and any(
        t.text in _NUMBERED_BODIES for t in doc[start:end])


_ORDINAL_FIGURES = re.compile(r"\d+(?:st|nd|rd|th)")
# Words of bodies numbered in their name: courts and districts, military units, legislatures.
_NUMBERED_BODIES = frozenset({"Circuit", "Court", "District", "Division", "Army", "Fleet", "Corps", "Regiment",
                              "Brigade", "Battalion", "Squadron", "Infantry", "Cavalry", "Airborne", "Precinct",
                              "Congress", "Ward"})


def _capitalised_run_end(doc: Doc, end: int) -> int:
    """The end of the capitalised words the span runs into (`Cambridge` of `Cambridge Analytica`), short of a day
    or a month and of a place (`A group called Black Lives Matter Minneapolis`)."""
    while end < len(doc) and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper) and (
            doc[end].lower_ not in CALENDAR_WORDS) and gazetteer.lookup(doc[end].text) is None:
        end += 1
    return end


def _section_heading(doc: Doc, start: int, end: int, label: str | None) -> bool:
    """`Gender Equality.` on a line of its own: a section's heading of common words, which the text writes as a
    phrase in lower case too (`promoting gender equality`), read as a person or a body; not a name led by a given
    name, nor one whose words the text only uses apart (`General Electric` beside `general manager`)."""
    if label not in ("PERSON", "ORG") or not 2 <= end - start <= 4 or is_common_given_name(doc[start].text):
        return False
    first, last = next(((s, e) for s, e in _lines(doc) if s <= start < e), (start, end))
    line = [t for t in doc[first:last] if not t.is_space]
    rest = [t for t in line if not start <= t.i < end]
    if (line and line[0].i != start) or any(t.text not in (".", ":") for t in rest):
        return False
    return doc[start:end].text.lower() in doc.text  # `promoting gender equality`: the phrase, in lower case


_lines = once_per_doc(lines)


def _hashtag(doc: Doc, start: int) -> bool:
    """`#Franceisstrong`, `#ImWithHer`: a hashtag's words run together, a topic, no name as written."""
    return start > 0 and doc[start - 1].text.endswith("#") and not doc[start - 1].whitespace_


_WORK_MISREADINGS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "GPE"})
# Words a title may have in lower case between its capitalised ones (`Meet the Press`, `Fox and Friends`).
_TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "on", "to", "for", "with", "at", "from", "or"})


def _quoted_work_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the quotation a mention opens ends, when it is a short title: every word capitalised but the small
    ones, at most six, closed by a mark (or by a comma and a mark) right after."""
    if start == 0 or doc[start - 1].text not in _QUOTE_MARKS:
        return None
    close = end
    while close < len(doc) and close - start < 6 and (doc[close].is_title or doc[close].is_upper or (
            doc[close].lower_ in _TITLE_FUNCTION_WORDS and doc[close].is_lower) or doc[close].like_num):
        close += 1
    last = doc[close - 1]
    if not _closed_at(doc, close) or last.is_lower or ends_in_organisation_word(doc[start:close]) or (
            _law_word(last.text) or _law_word(last.lower_) or last.lower_ in words(__package__, "building_words.txt")):
        return None  # (`"The Wall Street Journal"`, a quoted act or museum: named for what they are)
    return close


def _hyphenated_american(doc: Doc, end: int) -> bool:
    """`Cuban-Americans`, `Mexican-American`: a nationality joined to `American` by a hyphen is one people."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
        not doc[end].whitespace_) and doc[end + 1].lower_ in ("american", "americans") and doc[end - 1].is_title


def _surname_run_on(doc: Doc, start: int, end: int, surnames: frozenset[str]) -> bool:
    """An organisation's name whose last word is the surname of a person the text names in full, after a word
    that ends such names (`Washington Post Trump`, where a comma is missing): two names run together."""
    return end - start > 2 and doc[end - 1].text in surnames and ends_in_organisation_word(doc[start : end - 1])


def _person_run_on(doc: Doc, start: int, end: int) -> bool:
    """An organisation's name run into a person's, given name and surname (`Fox News Sean Hannity`)."""
    return end - start > 3 and is_common_given_name(doc[end - 2].text) and doc[end - 1].is_title and (
        ends_in_organisation_word(doc[start : end - 2]))


def _surnames_joined(doc: Doc, start: int, end: int, surnames: frozenset[str]) -> bool:
    """`a Trump-Clinton race`, `the Clinton-Sanders debate`: two people the text names in full, joined to tell a
    contest between them, which is neither of them."""
    words = doc[start:end]
    contest = end < len(doc) and doc[end].lower_ in _CONTESTS  # (`Dodd-Frank`, a law, names no contest)
    return contest and len(words) == 3 and words[1].text in ("-", "–") and words[0].text in surnames and (
        words[2].text in surnames) and words[0].text != words[2].text


_CONTESTS = frozenset({"race", "matchup", "match-up", "contest", "debate", "ticket", "showdown", "rematch", "battle",
                       "fight", "feud", "rivalry", "election", "primary"})


def _common_word_opening(doc: Doc, start: int, end: int, label: str, lowered: set[str]) -> bool:
    """`"Leadership is about ...`, `our Party's gathering`: one capitalised word that opens a sentence or follows a
    possessive, and that the text writes in lower case and never capitalises inside a sentence, is that common
    word, not a name."""
    token = doc[start]
    if end - start != 1 or token.lower_ not in lowered or not token.is_title or token.lower_ in _INSTITUTIONS:
        return False
    if label == "PERSON" and end < len(doc) and doc[end].lower_ in words(__package__, "clause_verbs.txt"):
        return False  # `Rice said the talks failed`: a surname, the subject of its verb of saying
    return _opens_sentence(doc, start) or (start > 0 and doc[start - 1].lower_ in _OWNERS)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """The word opens a sentence: the text's first, or after a stop, a colon, a line break or an opening mark after
    one (`said: "Leadership is ...`, `of what?' Turnout makes`, where the sentencizer, which does not split at a
    quotation's own marks, sees no start)."""
    before = i - 1
    while before >= 0 and doc[before].text in _OPENING_MARKS:
        before -= 1
    return before < 0 or doc[before].is_space or doc[before].text in (".", "!", "?", ":", ";")


# Possessives after which a capitalised word is a common noun set up for emphasis (`our Party`).
_OWNERS = frozenset({"our", "my", "your", "their"})
# Bodies named by one word that is also a common one (`House Republicans` beside `his house`).
_INSTITUTIONS = frozenset({"house", "senate", "congress", "parliament", "fed", "labour", "assembly", "cabinet"})
_OPENING_MARKS = (_QUOTE_MARKS - {"”", "’"}) | {"(", "["}


def _courts_joined(doc: Doc, found: list[Mention]) -> list[Mention]:
    """`the U.S. Court of Appeals for the District of Columbia Circuit`, `the U.S. District Court for the Southern
    District of New York`: a federal court's name runs through the circuit or district it sits for, which the model
    reads as a place of its own."""
    joined: list[Mention] = []
    open_court = False  # the last mention is a court's name that its district may go on (`... District` `of X`)
    for mention in found:
        last = joined[-1] if joined else None
        between = doc[last.end : mention.start].text if last is not None else None
        words = {t.text for t in doc[mention.start : mention.end]}
        if last is not None and last.label == "ORG" and doc[last.end - 1].text in ("Court", "Appeals") and (
                between in ("for the", "for")) and words & {"Circuit", "District"}:
            joined[-1] = replace(last, end=mention.end, place=None)
            open_court = doc[mention.end - 1].text == "District"
            continue
        if last is not None and open_court and between == "of" and mention.label in ("GPE", "LOC"):
            joined[-1] = replace(last, end=mention.end)
            open_court = False
            continue
        open_court = False
        joined.append(mention)
    return joined


def _district_joined(doc: Doc, found: list[Mention]) -> list[Mention]:
    """`Washington, D.C.`, `Washington DC`: the district after the city's name is the same place, one mention
    (the model reads `Washington` and `D.C.` as two places when a comma or a sentence end parts them), and the
    place `Washington` alone names in that text."""
    joined: list[Mention] = []
    for mention in found:
        last = joined[-1] if joined else None
        between = doc[last.end : mention.start].text.strip() if last is not None else None
        district = mention.end - mention.start == 1 and doc[mention.start].text.rstrip(".") in ("D.C", "DC")
        if last is not None and between in ("", ",") and doc[last.start : last.end].text == "Washington" and district:
            joined[-1] = replace(last, end=mention.end, place=mention.place)  # (the place `D.C.` alone is too)
            continue
        joined.append(mention)
    if not any(_WASHINGTON_DC.fullmatch(doc[m.start : m.end].text) for m in joined):
        return joined
    # a text that names `Washington, D.C.` means the district by `Washington` alone too (not by `Washington state`)
    district = gazetteer.lookup("D.C.")
    return [replace(m, place=district) if _WASHINGTON_DC.fullmatch(doc[m.start : m.end].text) or (
        _the_capital(doc, m)) else m for m in joined]


def _the_capital(doc: Doc, mention: Mention) -> bool:
    """`Washington` alone as a place, not the state (`Washington state`, `Seattle, Washington`, `Gov. Jay Inslee of
    Washington`) nor a team (`Washington beat Dallas`, read as an organisation)."""
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    return doc[mention.start : mention.end].text == "Washington" and mention.label == "GPE" and (
        after != "state" and before not in (",", "of"))


_WASHINGTON_DC = re.compile(r"Washington,? D\.?C\.?")


def place_of(doc: Doc, start: int, end: int) -> Place | None:
    """The place the words name; after a town and a comma, with its stop split off (`LITTLE ROCK , Ark .`, as
    CoNLL writes `Ark.`), or after an opening bracket (`Sen. Bernie Sanders (Vt.)`), a state's abbreviation."""
    place = gazetteer.lookup(doc[start:end].text)
    if place is None and end < len(doc) and doc[end].text == "." and start > 0 and doc[start - 1].text in (",", "("):
        dotted = gazetteer.lookup(doc[start:end].text + ".")
        return dotted if dotted is not None and dotted.kind == "state" else None
    return place


def _numbered_person(doc: Doc, start: int, end: int) -> bool:
    """Words a person is named by elsewhere, then a number (`Rubio 151` of a delegate count, `Rubio 68
    percent`): the model reads the pair as a law or a body, as it rightly reads `Windows 11` a product."""
    cut = next((t.i for t in doc[start + 1 : end] if t.like_num), None)
    return cut is not None and _person_elsewhere(doc, start, cut)


def _scale_of_degrees(doc: Doc, start: int, end: int) -> bool:
    """One word right after `degrees` (`2 degrees Celsius`, `3.6 degrees Fahrenheit`): the scale of a measure,
    which the model reads as a body; the man the scale is named after is written with his given name."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ in ("degree", "degrees")


def _figures_not_a_law(doc: Doc, start: int, end: int) -> bool:
    """Figures with no word of a law's kind or part (`Halftime 1-1`, `Kent 255-3`): a score or a table's line;
    a law numbers its parts after such a word (`Chapter 11`, `Proposition 13`, `Clean Air Act of 1990`)."""
    span = doc[start:end]
    return any(ch.isdigit() for ch in span.text) and not any(_law_word(t.lower_) for t in span)


def _law_word(word: str) -> bool:
    """A word of a law's kind or part, lower case (`act`, `treaty`, `chapter`)."""
    return word in _LAW_KINDS or word in words(__package__, "law_parts.txt") or word in words(
        __package__, "law_words.txt")


# Nouns of a law's kind beside `law_words.txt` (the words that make a name a law) and its parts.
_LAW_KINDS = frozenset({"treaty", "agreement", "accord", "code", "convention", "charter", "constitution", "pact",
                        "doctrine", "declaration", "ordinance", "decree", "statute", "covenant"})


def _model_number(doc: Doc, start: int, end: int) -> bool:
    """A name and a number (`Ilyushin 76`, `Airbus 320`): a product's model, where a law numbers its parts
    after a part's word (`Article 5`, `Section 4`, `Proposition 13`)."""
    return end - start >= 2 and doc[end - 1].like_num and doc[end - 2].is_title and (
        doc[end - 2].lower_ not in words(__package__, "law_parts.txt"))


def _model_after(doc: Doc, start: int, end: int) -> bool:
    """`the Boeing 747`, `an Airbus A320`: a maker's one-word name after an article, then a model's designation
    (three or four figures, or letters and figures; not a year, not a count: `the Boeing 2016 profit`, `the Apple 200
    stores`)."""
    if end - start != 1 or start == 0 or end >= len(doc) or doc[start - 1].lower_ not in ("the", "a", "an") or (
            doc[start].is_upper):
        return False  # (an acronym's figure is an index's: `the FTSE 100`)
    model = doc[end].text
    if doc[end].ent_type_ and any(e.start == end and e.end > end + 1 for e in doc.ents):
        return False  # the figure opens a longer name of its own: `the Airbus 310 Flight 150`
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    # `the Apple 200 stores`: a count of things (not `the Airbus A320 is`)
    plural = after.endswith("s") and after.isalpha() and not doc[end + 1].is_stop
    return bool(_MODEL.fullmatch(model)) and not _YEAR.fullmatch(model) and after not in _COUNTED and not plural and (
        after not in _NUMBERED_THINGS)


_MODEL = re.compile(r"[A-Z]{0,3}\d{3,4}[A-Z]{0,2}|[A-Z]{1,3}\d{2}")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# What a name and a number also name: a list, an index, a service (`the Forbes 400 list`, `the Amtrak 188 train`).
_NUMBERED_THINGS = frozenset({"list", "index", "train", "flight", "bus", "route", "ranking", "rankings"})
_COUNTED = frozenset({"percent", "%", "million", "billion", "points", "votes", "people", "jobs", "shares"})


def _question_auxiliary(doc: Doc, start: int, end: int) -> bool:
    """An auxiliary opening a question before a surname whose person the text names in full with another
    given name (`Ted Cruz ... Will Cruz win Indiana?`): the verb is no given name; `Will Smith starred` is."""
    if end - start < 2:
        return False  # (trimming may leave nothing of the model's span)
    first = doc[start]
    opens = all(t.is_space for t in doc[first.sent.start : first.i])  # a paragraph's line break may lead
    if first.lower_ not in QUESTION_OPENERS or not opens:
        return False
    if not any(t.text == "?" for t in first.sent):
        return False
    return _person_elsewhere(doc, start + 1, end, other_given_name=first.text)


def _person_elsewhere(doc: Doc, start: int, end: int, other_given_name: str | None = None) -> bool:
    """Whether the model reads these words as a person elsewhere, whole or as a full name's surname; with
    `other_given_name`, only a full name opening with another word counts."""
    text = doc[start:end].text
    for ent in doc.ents:
        if ent.label_ != "PERSON" or (ent.start < end and start < ent.end):
            continue
        name = ent[:-1] if len(ent) > 1 and ent[-1].text in POSSESSIVES else ent  # the model's `Bernie Sanders's`
        if (name.text == text and other_given_name is None) or (
                len(name) > 1 and name[-1].text == text and name[0].text != other_given_name):
            return True
    return False


def _misread_person(doc: Doc, start: int, end: int) -> bool:
    """A given name and a surname that name no known place nor end in an organisation's word; the given
    name is no town of some size either (`Cleveland Indians`, `Jordan Valley`), where `Adrian` may be."""
    if end <= start or not given_name_led(doc, start, end):
        return False  # (trimming may leave nothing of the model's span)
    tokens = doc[start:end]
    first = gazetteer.lookup(tokens[0].text)
    return not ends_in_organisation_word(tokens) and all(
        gazetteer.lookup(text) is None for text in (tokens.text, tokens[-1].text)) and (
        first is None or (first.kind == "city" and first.population < NAMESAKE_TOWN))


def _titled_name(doc: Doc, start: int, end: int) -> bool:
    """A title of two words or more (`Major-General`, `Prime Minister`) before capitalised name words that
    end the span and name no place or body: a person. One title word may open a company's name
    (`General Motors`, `Admiral Insurance`)."""
    named = leading_title(doc, start, end)
    rest = doc[named:end]
    return named - start >= 2 and named < end and name_end(doc, named) >= end and not (
        ends_in_organisation_word(rest) or gazetteer.lookup(rest.text) is not None)


def _title_opened_before(doc: Doc, start: int) -> int:
    """Where a title that the span opens in the middle of begins (`Secretary of` before `Defense Leon Panetta`)."""
    if start >= len(doc) or not is_title_word(doc[start]):
        return start
    i = start
    while i > 0 and is_title_word(doc[i - 1]) and not doc[i - 1].is_sent_end:
        i -= 1
    return i


def _compass_led(doc: Doc, start: int, end: int) -> bool:
    """A name that opens with a point of the compass (`East Java`, `Western Cape`, `North Kivu`) names a
    region: no person's given name is `East` or `Northern`, though a surname may be (`Kanye West`)."""
    return end - start > 1 and doc[start].is_title and doc[start].lower_ in COMPASS_POINTS


def _leading_demonym(doc: Doc, start: int, end: int) -> bool:
    """A person span that opens with a nationality before a full name (`Belgian Bruno Thiry`, `Kentuckian
    Rand Paul`): the nationality describes the person and is an entity of its own."""
    return end - start > 2 and doc[start + 1].is_title and is_demonym(doc[start].text)


def _national_before_a_person(doc: Doc, start: int, end: int) -> bool:
    """`Frenchman Cedric Pioline`, `American Dennis Mitchell` read as one organisation: a nation's noun or
    adjective, then a common given name."""
    if end - start <= 2:
        return False
    word, given = doc[start].text, doc[start + 1].text
    national = is_national_noun(word.lower()) or is_demonym(word) or country_of(word) is not None
    # (`American Israel Public Affairs Committee`: a place's name, which some bear as a given name too)
    return national and is_common_given_name(given) and gazetteer.lookup(given) is None and (
        not ends_in_organisation_word(doc[start:end]))


def _owned_pieces(doc: Doc, pieces: list[tuple[int, int]], label: str) -> list[tuple[int, int, str | None]]:
    """A span read across a possessive as one name (`Breitbart’s Joel Pollak`, `America’s Nuclear Weapons
    Codes`, `Donald Trump’s Speech`) is its owner and, when it is a name too, what the owner has. A name
    that holds a possessive keeps it (`Emily’s List`, `Swiss People’s Party`, `Moody’s Investors
    Service`): its owner is named nowhere else in the text and is no place."""
    found: list[tuple[int, int, str | None]] = []
    for start, end in _coordinated(doc, pieces):
        mark = next((t.i for t in doc[start + 1 : end - 1] if _possessive(t)), None)
        if mark is not None and end - mark > 2 and doc[mark + 1].text == "The":
            # `Fox News Channel's The Kelly File`: a title of its own starts after the possessive
            found.extend([(start, mark, None), (mark + 1, end, None)])
            continue
        if mark is None or not _named_alone(doc, start, mark):
            found.append((start, end, label))
            continue
        found.append((start, mark, None))  # the owner's label comes from its other mentions
        if _named_alone(doc, mark + 1, end) or ends_in_organisation_word(doc[mark + 1 : end]):
            found.append((mark + 1, end, None))
        elif given_name_led(doc, mark + 1, end):
            found.append((mark + 1, end, "PERSON"))  # `Fox News’ Sean Hannity`, read as one organisation
        elif label == "PERSON" and end - mark > 2 and all(t.is_title and t.is_alpha for t in doc[mark + 1 : end]):
            found.append((mark + 1, end, label))  # `Commentary’s Noah Rothman`
    return found


def _possessive(token: Token) -> bool:
    """`'s`, or the apostrophe alone closing a word in s (`Fox News’ Sean Hannity`), which the tagger may
    read as a closing quotation mark."""
    if token.lower_ in POSSESSIVES:
        return True
    before = token.doc[token.i - 1]
    return token.text in ("'", "’") and bool(token.whitespace_) and not before.whitespace_ and (
        before.lower_.endswith("s"))


def _coordinated(doc: Doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Rubio and Cruz` read as one name is two, when each side is named on its own elsewhere or is a place;
    a place or an organisation named with `and` stays whole (`Bosnia and Herzegovina`, `Bank of Sark and
    Trust`), and so do two places sharing their last word (`Central and South Asia`)."""
    found = []
    for start, end in pieces:
        joint = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ == "and"), None)
        whole = doc[start:end]
        if joint is None or gazetteer.lookup(whole.text) is not None or ends_in_organisation_word(whole) \
                or gazetteer.lookup(f"{doc[joint - 1].text} {doc[end - 1].text}") is not None \
                or not (_named_alone(doc, start, joint) and _named_alone(doc, joint + 1, end)):
            found.append((start, end))
            continue
        found += [(start, joint), (joint + 1, end)]
    return found


def _joining_hyphen(token: Token) -> bool:
    """A hyphen written tight before a capitalised word (`Clinton-Warren`, `Lloyd-Webber`), not after a
    particle, which opens a surname (`al-Kabariti` of `Abdul-Karim al-Kabariti`)."""
    doc, i = token.doc, token.i
    if token.text != "-" or token.whitespace_ or not 0 < i < len(doc) - 1 or doc[i - 1].lower_ in PARTICLES:
        return False
    return not doc[i - 1].whitespace_ and doc[i + 1].text[:1].isupper()


def _named_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether these words name something by themselves: a known place, an organisation by its last word,
    or an entity the model found elsewhere in the text, whole or as a person's surname (`Trump`)."""
    tokens = doc[start:end]
    if not tokens or not tokens[0].text[:1].isupper():
        return False
    if gazetteer.lookup(tokens.text) is not None or ends_in_organisation_word(tokens):
        return True
    text = tokens.text
    return any(
        (ent.text == text or (end - start == 1 and ent.label_ == "PERSON" and ent[-1].text == text))
        and not (ent.start < end and start < ent.end)
        for ent in doc.ents
    )


def ends_in_organisation_word(tokens: Span) -> bool:
    """More than one word and the last an organisation's or a legal form (`Democratic Party`, `Avenue Capital
    Group`, `Pirelli SpA`), or a newsroom's, capitalised (`Dallas Morning News`, `Las Vegas Sun`)."""
    last = tokens[-1].lower_ if tokens else ""
    newsroom = bool(tokens) and tokens[-1].is_title and last in words(__package__, "newsroom_words.txt")
    return len(tokens) > 1 and (newsroom or _places_paper(tokens) or last in words(
        __package__, "organisation_words.txt") | words(__package__, "corporate_suffixes.txt"))


# Towns smaller than this share their names with common words too often (`Golden Globe`, `Bright Star`).
_PAPER_TOWN = 50_000


def _places_paper(tokens: Span) -> bool:
    """`Las Vegas Sun`, `Charlotte Observer`: a place's name, then a word naming its newspaper."""
    if not (tokens[-1].is_title and tokens[-1].lower_ in words(__package__, "paper_words.txt")):
        return False
    place = gazetteer.lookup(tokens[:-1].text)
    return place is not None and (place.kind != "city" or place.population >= _PAPER_TOWN)


def _named_day(doc: Doc, start: int, end: int) -> bool:
    """One word of `named_days.txt` the model split from the weekday it names (`Super` of `Super Tuesday`):
    the two are one event's name. Any other word before a day is the subject of a report of that day
    (`The Republicans Tuesday unveiled`)."""
    if end - start != 1 or end >= len(doc) or doc[end].ent_type_ != "DATE" or not doc[end].text[:1].isupper():
        return False
    return doc[end].lower_ in DAY_NAMES and doc[start].lower_ in words(__package__, "named_days.txt")


# A name of a person, an organisation or a place can label a field (`Moody 's : Baa1`) and still be an entity.


def _field_label(doc: Doc, start: int, end: int, label: str) -> bool:
    """The label of a field in a `Label : value` listing (`Expected Sale Date : 09/04/96`): a phrase opening
    its line and followed by a colon."""
    if label not in PHRASE_LABELS or end >= len(doc) or doc[end].text != ":":
        return False
    return start == 0 or "\n" in doc[start - 1].text  # spaCy makes a line break a token of its own


def _whole_name_end(doc: Doc, start: int, end: int) -> int:
    """A person span cut short (`Andre` of `Andre Agassi`, `Ursula von` of `Ursula von der Leyen`)
    runs on over name words that no other entity holds, or a one-word entity closing the name."""
    stop = name_end(doc, start)
    # not across a hyphen into a name of its own (the ticket `Clinton-Warren`; `Lloyd-Webber` is one name)
    stop = next((t.i for t in doc[end:stop] if _joining_hyphen(t) and _named_alone(doc, t.i + 1, stop)), stop)
    # nor into a title before another person's name (`Clinton Communication Director Jennifer Palmieri`)
    if any(is_head(t) and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON" for t in doc[end : stop + 1]):
        stop = end
    # nor over a participle glued to it (`Donald Trump-led`)
    stop = next((t.i - 1 for t in doc[end + 1 : stop] if _participle_suffix(t)), stop)
    # nor over the weekday of the act (`President Bill Clinton Saturday vowed`)
    stop = next((t.i for t in doc[end:stop] if t.lower_ in DAY_NAMES), stop)
    while end < stop and (not doc[end].ent_type_ or doc[end].ent_type_ == "PERSON"):
        end += 1
    if end + 1 == stop and doc[end].ent_iob_ == "B" and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"):
        end = stop
    if end == stop and _title_as_surname(doc, end):
        end += 1  # `Lt. Gov. Patty Judge (D)`: a surname that is also a title word, after a given name
    return end


def _title_as_surname(doc: Doc, i: int) -> bool:
    """A capitalised title word right after a common given name, closing the name (`Patty Judge`, `Larry King`);
    not one before more of a name (`Hillary Clinton` needs no such word)."""
    if i >= len(doc) or i == 0 or not doc[i].is_title or not is_title_word(doc[i]) or doc[i].ent_type_ not in (
            "", "PERSON"):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return is_common_given_name(doc[i - 1].text) and doc[i - 1].is_title and bool(doc[i - 1].whitespace_) and (
        after is None or not after.is_title)


def _bare_title(doc: Doc, start: int, end: int) -> bool:
    """A title alone (`Mr. Speaker`), title words before a name (`State` of `Secretary of State
    Marco Rubio`) or the end of a title (`State` of `secretary of State`) is no entity."""
    tokens = doc[start:end]
    if not all(is_title_word(t) for t in tokens):
        return False
    ends_title = start > 1 and doc[start - 1].lower_ == "of" and is_head(doc[start - 2])
    return any(is_head(t) for t in tokens) or (end < len(doc) and doc[end].is_title) or ends_title


def _rest_of_title(doc: Doc, start: int, end: int) -> bool:
    """`State for Political Affairs` of `Under Secretary of State for Political Affairs Wendy Sherman`: words after
    a title's `of`, led by a title word, straight before the person it titles (`the president of Goldman Sachs
    Lloyd Blankfein` names a bank)."""
    return (start > 1 and doc[start - 1].lower_ == "of" and is_head(doc[start - 2]) and is_title_word(doc[start])
            and end < len(doc) and doc[end].ent_type_ == "PERSON")


def from_gazetteer(doc: Doc, taken: list[Mention], headline: set[int]) -> list[Mention]:
    """Well-known places no other mention covers, standing alone (not `Japan` of `Japan Airlines`)."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    covered |= {i for ent in doc.ents if ent.label_ in NOT_ENTITIES for i in range(ent.start, ent.end)}
    return [
        Mention(start, end, None, place, origin="gazetteer")
        for start, end, place in gazetteer.matches(doc)
        if place.major
        and not covered.intersection(range(start, end))
        and (start in headline or stands_alone(doc, start, end))
    ]


def from_landmarks(doc: Doc, taken: list[Mention]) -> list[Mention]:
    """Well-known streets and sites (`landmarks.txt`) no other mention covers, standing alone: `on Wall Street`,
    `Sanders attacked Wall Street`; not `The Wall Street Journal`, which the model reads whole. A mention inside
    one gives way to it (`Mar` of `Mar-a-Lago`, read as a person), and so does a person's name ending in one, which
    no one's is (`the Dodd-Frank Wall Street reform bill`)."""
    found = []
    for match in _landmarks().finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        # (what the model read there itself stays, `Downing Street` as the office; a name inside it gives way)
        inside = range(span.start, span.end + 1)
        around = [m for m in taken if m.start < span.end and span.start < m.end and not (
            m.start in inside and m.end in inside and m.end - m.start < len(span))]
        misread = bool(around) and all(m.label == "PERSON" and m.end == span.end for m in around)
        if misread or (not around and stands_alone(doc, span.start, span.end)):
            found.append(Mention(span.start, span.end, "FAC", origin="landmark"))
    return found


@cache
def _landmarks() -> re.Pattern[str]:
    """The landmarks as written (not in capitals: `WALL STREET JOURNAL:` is the paper), whole words only."""
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in lines_of(__package__, "landmarks.txt")) + r")\b")


def from_given_names(doc: Doc, taken: list[Mention], headline: set[int]) -> list[Mention]:
    """A full name opening with a common given name that the model left out altogether (`And oh yes, Carly
    Fiorina: what are her qualifications?`), by the same test as a name it misread."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    covered |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[Mention] = []
    for token in doc:
        start = token.i
        if start in headline or start in covered or not is_common_given_name(token.text):
            continue
        end = name_end(doc, start)
        if covered.intersection(range(start, end)) or not stands_alone(doc, start, end):
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            continue  # `The Rachel Maddow Show`: a title named after the person
        if _misread_person(doc, start, end):
            found.append(Mention(start, end, "PERSON", origin="given_name"))
            covered.update(range(start, end))
    return found


def without_overlaps(ranked: list[list[Mention]]) -> list[Mention]:
    """Mentions from several sources, the earlier sources winning where spans overlap."""
    kept: list[Mention] = []
    covered: set[int] = set()
    for source in ranked:
        for mention in sorted(source, key=lambda m: m.start - m.end):
            tokens = set(range(mention.start, mention.end))
            if not tokens & covered:
                kept.append(mention)
                covered |= tokens
    return sorted(kept, key=lambda m: m.start)


def acronym_links(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(expansion, acronym) pairs of `Full Name (ABBR)`; acronyms the model missed are added to `mentions`, and a
    long form the model cut short is widened there (`_cut_before_acronym`)."""
    by_span = {(m.start, m.end): m for m in mentions}
    links: list[tuple[Mention, Mention]] = []
    for mention in list(mentions):
        whole = _cut_before_acronym(doc, mention, mentions)
        if whole is not None:  # `United Nations` of `United Nations High Commissioner for Refugees (UNHCR)`
            mentions[mentions.index(mention)] = mention = replace(mention, end=whole)
        found = introduced(doc, mention.start, mention.end)
        if found is None:
            continue
        short = by_span.get(found)
        if short is None:
            short = Mention(found[0], found[1], None, origin="acronym")
            mentions.append(short)
            by_span[found] = short
        links.append((mention, short))
    return links


def _cut_before_acronym(doc: Doc, mention: Mention, mentions: list[Mention]) -> int | None:
    """Where an organisation's name the model cut short ends: at the bracket of the acronym a few capitalised
    words later that the whole abbreviates and the piece does not (`United Nations` High Commissioner for
    Refugees `(UNHCR)`); None where no such acronym follows or another mention stands between."""
    if mention.label not in ("ORG", None) or introduced(doc, mention.start, mention.end) is not None:
        return None
    end = mention.end
    while end < min(len(doc), mention.end + _LONGEST_CUT) and doc[end].text != "(":
        if not (doc[end].is_title or doc[end].lower_ in NAME_JOINERS):
            return None
        end += 1
    if end == mention.end or any(mention.end <= m.start < end for m in mentions):
        return None
    return end if introduced(doc, mention.start, end) is not None else None


# How many words an organisation's name may run past where the model cut it.
_LONGEST_CUT = 6
