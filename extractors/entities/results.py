"""Mentions read from results lists, line-ups and tables, where the model sees no sentence.

Both sides of a results line or a fixture are teams; a name before a country in
brackets is a competitor and the name after it the team; players are people in
line-ups and lists of scorers; a contest is named by its head word (`Cup`,
`Grand Prix`, `Open`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.given_names import is_common_given_name
from . import gazetteer
from .layout import fixture_sides, innings_sides, result_lines, schedule_sides, table_names
from .mentions import Mention
from .names import headline_verb, name_start
from .organisations import sport_report

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def listed_competitors(doc: Doc) -> list[Mention]:
    """In a results list a competitor's name comes before the country in brackets (`Tim Henman
    ( Britain ) beat Doug Flach ( U.S. ) 6-3`, `1. Leah Pells ( Canada ) 4:05.1`): a name of two or
    more words there is a person; the country itself is read by the gazetteer. A side of a results line is a
    club, whose country a cup's results put in brackets (`Levski Sofia ( Bulgaria ) 1 Olimpija ( Slovenia ) 0`)."""
    found: list[Mention] = []
    sides = {side for result in result_lines(doc) for side in result}
    for token in doc[:-2]:
        if token.text != "(" or token.i == 0:
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 6] if t.text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        place = gazetteer.lookup(doc[token.i + 1 : close].text)
        if place is None or place.kind != "country":
            continue
        end = token.i
        start = _person_start(doc, end)
        if end - start >= 2 and gazetteer.lookup(doc[start:end].text) is None and (start, end) not in sides:
            found.append(Mention(start, end, "PERSON", origin="table"))
            found += _team_after(doc, close + 1)
    return found


def _team_after(doc: Doc, start: int) -> list[Mention]:
    """The team a competitor rides or drives for, between the country and the figures (`Johan Capiot
    ( Belgium ) Collstrop 32`, `Norifumi Abe ( Japan ) Yamaha 1:50.727`)."""
    end = start
    while end < len(doc) and _person_word(doc[end].text) and "\n" not in doc[end].text:
        end += 1
    closed = end == len(doc) or "\n" in doc[end].text or doc[end].text[:1].isdigit()
    if end > start and closed and gazetteer.lookup(doc[start:end].text) is None:
        return [Mention(start, end, "ORG", origin="table")]
    return []


# What a line-up or a list of scorers puts in brackets after a player: the minute (`( 49th minute )`,
# `( 53rd )`, `( 48 mins )`), or a substitute and the minute he came on (`( Joel Stransky , 48 )`).
_MINUTE_WORDS = frozenset({"minute", "minutes", "min", "mins", "pen", "penalty"})


def listed_players(doc: Doc) -> list[Mention]:
    """Players in a list of scorers or a line-up: a name before the minute in brackets (`Scorers :
    Nicolas Ouedec ( 49th minute ) , Youri Djorkaeff ( 53rd )`), the substitute in brackets with his
    minute (`( Joel Stransky , 48 mins )`), and a name after a shirt number (`14 - Jeff Wilson ,`)."""
    found: list[Mention] = []
    for token in doc[:-2]:
        if token.text != "(":
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text == ")"), None)
        if close is None:
            continue
        inside = list(doc[token.i + 1 : close])
        if _minute(inside):
            found += _name_before(doc, token.i)
        comma = next((n for n, t in enumerate(inside) if t.text == ","), None)
        if comma and _minute(inside[comma + 1 :]):
            end = token.i + 1 + comma
            if all(_person_word(t.text) for t in doc[token.i + 1 : end]) and end - token.i - 1 >= 2:
                found.append(Mention(token.i + 1, end, "PERSON", origin="table"))
    for token in doc[1:]:  # scorers in brackets after the score: `Heerenveen 2 ( Wouden 53rd , Dahl Tomasson 74th )`
        if _minute([token]) and not token.text.isdigit() and _in_brackets(doc, token.i) \
                and _person_word(doc[token.i - 1].text):
            found += _name_before(doc, token.i)
    for token in doc[1:-1]:
        if token.text == "-" and doc[token.i - 1].text.isdigit() and len(doc[token.i - 1].text) <= 2:
            end = token.i + 1
            while end < len(doc) and _person_word(doc[end].text):
                end += 1
            if end - token.i - 1 >= 2 and end < len(doc) and doc[end].text in (",", ";", "(", ".") \
                    and gazetteer.lookup(doc[token.i + 1 : end].text) is None:
                found.append(Mention(token.i + 1, end, "PERSON", origin="table"))
    return found


def _minute(tokens: list[Token]) -> bool:
    """`49th minute`, `53rd`, `48 mins`, `48`: a minute of the match."""
    if not tokens or len(tokens) > 2:
        return False
    first = tokens[0].text.lower()
    number = first.rstrip("stndrh") if first[:1].isdecimal() else ""  # not `²`, a digit no int() reads
    return number.isdecimal() and int(number) <= 130 and (len(tokens) == 1 or tokens[1].lower_ in _MINUTE_WORDS)


def _in_brackets(doc: Doc, i: int) -> bool:
    """Whether token `i` stands inside brackets opened on its line after a score (`2 ( Wouden 53rd`)."""
    for k in range(i - 1, max(-1, i - 12), -1):
        text = doc[k].text
        if text == ")" or "\n" in text:
            return False
        if text == "(":
            return k > 0 and doc[k - 1].text.isdigit()
    return False


def _person_start(doc: Doc, end: int) -> int:
    """Where the capitalised words of a personal name that ends at token `end` begin."""
    start = end
    while start > 0 and _person_word(doc[start - 1].text):
        start -= 1
    return start


def _name_before(doc: Doc, end: int) -> list[Mention]:
    start = name_start(doc, _person_start(doc, end))
    if end - start >= 1 and gazetteer.lookup(doc[start:end].text) is None \
            and not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in doc[start:end]):
        return [Mention(start, end, "PERSON", origin="table")]
    return []


def _person_word(text: str) -> bool:
    """A capitalised word of a personal name, an initial (`P.`) or a hyphenated or apostrophised name."""
    letters = text.replace("-", "").replace("'", "").replace(".", "")
    return text[:1].isupper() and letters.isalpha() and not (len(letters) > 1 and letters.isupper())


def results_teams(doc: Doc) -> list[Mention]:
    """Both sides of a results line or a fixture line are teams, organisations whatever their town is
    called; so are the names of a table of figures (a league table) other than countries, which
    stand for national teams and stay places, and people (`Mike Atherton 3 5 0 162 64 32.40`)."""
    found = [Mention(s, e, "ORG", origin="table") for sides in result_lines(doc) for s, e in sides]
    found += [Mention(s, e, "ORG", origin="table") for s, e in schedule_sides(doc)]
    # `Millwall v Burnley`; `Sampras v Agassi` are players, `Italy v Wales` places. In a list of fixtures the model
    # reads mostly as teams, a side it reads as a person is a team all the same (`Grimsby v Portsmouth`), unless
    # a given name opens it (`Pete Sampras v Andre Agassi`).
    fixtures = fixture_sides(doc)
    players = [any(t.ent_type_ == "PERSON" for t in doc[s:e]) for s, e in fixtures]
    of_players = 2 * sum(players) > len(players)
    for (s, e), player in zip(fixtures, players, strict=True):
        place = gazetteer.lookup(doc[s:e].text)
        named = e - s >= 2 and is_common_given_name(doc[s].text)
        if (place is None or place.kind not in ("country", "region")) and not (player and (of_players or named)):
            found.append(Mention(s, e, "ORG", origin="table"))
    for s, e in innings_sides(doc):  # a scorecard's sides; a country there is its national team, a place
        place = gazetteer.lookup(doc[s:e].text)
        person = any(t.ent_type_ == "PERSON" for t in doc[s:e]) and not gazetteer.is_town_or_county(doc[s:e].text)
        if (place is None or place.kind not in ("country", "region")) and not person:
            found.append(Mention(s, e, "ORG", origin="table"))
    for rows in table_names(doc):
        # Players' averages where the model reads most rows as people: every full name there is a person.
        # Else a row the model reads as a person is a team all the same (`Fortuna Duesseldorf` among
        # `Werder Bremen` and `VfB Stuttgart`).
        people = [e - s >= 2 and all(t.ent_type_ == "PERSON" for t in doc[s:e]) for s, e in rows]
        of_people = 2 * sum(people) > len(rows)
        for s, e in rows:
            place = gazetteer.lookup(doc[s:e].text)
            if place is not None and place.kind in ("country", "region"):
                continue
            found.append(Mention(s, e, "PERSON" if of_people and e - s >= 2 else "ORG", origin="table"))
    return found


# Words that end the name of a contest (`Belgian Grand Prix`, `UEFA Cup`, `Toshiba Classic`); `Open` only
# after a place or a nationality (`U.S. Open`, `Canadian Open`), since it is also a verb in headlines.
EVENT_HEADS = frozenset({
    "cup", "prix", "championship", "championships", "classic", "masters", "trophy", "olympics", "games",
    "series", "tournament", "marathon", "invitational",
})
# Capitalised words that open a headline or a results heading rather than a contest's name.
_NOT_EVENT_WORDS = frozenset({"results", "standings", "scores", "result", "leading", "win", "wins", "beat", "final"})


def event_names(doc: Doc) -> list[Mention]:
    """Contests named by their head word and the capitalised words before it on the line: `the Belgian
    Grand Prix`, `African Nations Cup`, `the U.S. Open`. In a line of capitals a verb or an ordinal ends
    the name (`GENOA AWARDED ITALIAN CUP`, `SECOND STRAIGHT WORLD CUP`), and `GAMES` there may be a plain
    noun (`BASEBALL GAMES`). `Rally` is no head: headlines use it as a verb (`Parents Rally`)."""
    found: list[Mention] = []
    for token in doc[1:]:
        head = token.lower_
        if token.is_lower or not (head in EVENT_HEADS or (head == "open" and _place_before(doc, token.i))):
            continue
        capitals = token.is_upper and len(token) > 1
        if capitals and head == "games":
            continue
        start = token.i
        while start > 0 and _event_word(doc[start - 1]) and not (capitals and _headline_word(doc[start - 1])):
            start -= 1
        if start < token.i:
            found.append(Mention(start, token.i + 1, "EVENT", origin="contest"))
    return found


def _headline_word(token: Token) -> bool:
    """A word of a line of capitals that is no part of a contest's name: a verb or an ordinal."""
    return token.text.endswith(("ED", "ING")) or token.lower_ in _ORDINALS


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "straight", "consecutive", "last", "next"})


def _event_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and "\n" not in text and not token.is_stop \
        and token.lower_ not in _NOT_EVENT_WORDS and not (len(text) == 1 and not text.isalpha())


def _place_before(doc: Doc, i: int) -> bool:
    before = doc[i - 1]
    return before.ent_type_ in ("GPE", "NORP", "LOC") or gazetteer.lookup(before.text) is not None


def nicknamed_teams(doc: Doc) -> list[Mention]:
    """In a sports report, a town or state and the plural nickname right after it are one team (`the Florida
    Marlins`, `Cincinnati Reds`, `Sydney Bulldogs`), whatever the model reads in the two halves (a place and a
    person). A country before a word is no club's town, a headline's verb is no nickname (`Italy Wins`), and a
    town the model reads as a person's given name is one (`Barry Bonds`, `David Byas`)."""
    if not sport_report(doc):
        return []
    found: list[Mention] = []
    for start, end, place in gazetteer.matches(doc):
        if place.kind == "country" or end >= len(doc) or not _nickname(doc[end]) or doc[start].ent_type_ == "PERSON":
            continue  # `Barry Bonds`: a given name that is also a town's
        if doc[end - 1].whitespace_ != " " or (end + 1 < len(doc) and doc[end + 1].is_title):
            continue  # a line ends between them, or a longer name runs on (`Chicago Bears Stadium`)
        found.append(Mention(start, end + 1, "ORG", origin="team"))
    return found


def _nickname(token: Token) -> bool:
    """A team's plural nickname: a capitalised word in -s, written in title case (not in a line of capitals)."""
    return token.is_title and token.is_alpha and len(token) > 3 and token.text.endswith("s") \
        and token.ent_type_ not in ("GPE", "LOC", "DATE") and not headline_verb(token)
