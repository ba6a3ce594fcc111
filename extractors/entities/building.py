"""From a parsed Doc to its entity clusters: collect mentions, group them, add repeats, label, name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from string import capwords
from typing import TYPE_CHECKING

from ..engine.given_names import gender_of
from . import gazetteer
from .acronyms import initials_forms
from .cases import court_cases
from .cluster import EntityCluster
from .cues import (
    byline_people,
    dateline_places,
    initialled_people,
    nicknamed_people,
    signoff_desks,
    titled_people,
    venue_places,
)
from .demonyms import is_a_people
from .grouping import Group, group, identity, shared_surname
from .junk import is_junk
from .labels import corrected, located, vote
from .layout import headline_tokens
from .mentions import (
    Mention,
    acronym_links,
    from_gazetteer,
    from_given_names,
    from_landmarks,
    from_model,
    without_overlaps,
)
from .naming import canonical_name
from .organisations import teams_apart
from .repeats import add_repeats
from .results import event_names, listed_competitors, listed_players, nicknamed_teams, results_teams
from .surface import key, tidy
from .titles import title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build(doc: Doc) -> list[EntityCluster]:
    """Every entity of `doc`, in order of first mention."""
    headline = headline_tokens(doc)
    # A headline capitalises every word, so a title word there is no cue; a byline or a dateline
    # may look like a headline and still is one. A team opening a table row is no dateline
    # (`BALTIMORE 70 63 .526 4`), so teams come first.
    cues = results_teams(doc) + dateline_places(doc) + venue_places(doc) + byline_people(doc)
    cues += listed_competitors(doc) + listed_players(doc) + signoff_desks(doc) + event_names(doc)
    cues += initialled_people(doc) + nicknamed_teams(doc) + court_cases(doc) + nicknamed_people(doc)
    cues += [m for m in titled_people(doc) if m.start not in headline]
    cued = [m for m in cues if not is_junk(m.text(doc))]
    mentions = without_overlaps([cued, _trusted(doc, from_model(doc), headline)])
    mentions = without_overlaps([mentions, from_gazetteer(doc, mentions, headline)])
    mentions = without_overlaps([mentions, from_given_names(doc, mentions, headline)])
    mentions = without_overlaps([from_landmarks(doc, mentions), mentions])
    mentions = _people_read_as_bodies(doc, mentions)
    links = acronym_links(doc, mentions)
    groups = group(doc, mentions, links)
    groups = add_repeats(doc, groups, headline)
    groups = _datelines_apart(doc, teams_apart(doc, groups))
    place_ends = {m.end for g in groups for m in g if m.place is not None}
    linked = {id(m) for pair in links for m in pair}
    clusters = [_cluster(doc, sorted(g, key=lambda m: m.start), place_ends, linked) for g in groups]
    return sorted(clusters, key=lambda c: c.mentions[0])


def _datelines_apart(doc: Doc, groups: list[Group]) -> list[Group]:
    """A dateline's town is where the story was filed, not the body that a longer name of the group names after it
    (`HARLEYSVILLE , Pa .` beside `Harleysville Group`, `SYDNEY` beside `Sydney Bulldogs`): two records."""
    found: list[Group] = []
    for g in groups:
        filed = [m for m in g if m.origin == "dateline"]
        longest = max((m.end - m.start for m in filed), default=0)
        if filed and any(m.label == "ORG" and m.end - m.start > longest for m in g):
            found += [filed, [m for m in g if m.origin != "dateline"]]
        else:
            found.append(g)
    return found


def _trusted(doc: Doc, mentions: list[Mention], headline: set[int]) -> list[Mention]:
    """Headline mentions where the body (or an expansion there) or the gazetteer confirms them, not
    `Nvidia Beats Forecasts`; and single nationality words, which capitalisation cannot fake (`Asian`)."""
    body = {identity(doc, m) for m in mentions if m.start not in headline}
    body_initials = {form for m in mentions if m.start not in headline for form in initials_forms(m.text(doc))}
    return [
        m
        for m in mentions
        if m.start not in headline
        or m.place is not None
        or identity(doc, m) in body
        or m.text(doc) in body_initials
        or (m.label == "NORP" and m.end - m.start == 1)
    ]


def _people_read_as_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`ROME - Bernie Sanders met`: a given name and a surname the model read as an organisation, where the
    surname alone is a person's elsewhere in the text (`Sanders said`), is that person; not a place's team
    (`Florida Marlins`, though `Florida` is someone's given name too)."""
    surnames = {doc[m.start].text for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
    # (`Merrill Lynch ... Attorney General Loretta Lynch ... Lynch said`: the surname is another person's)
    owned = {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    return [replace(m, label="PERSON") if m.label == "ORG" and m.end - m.start == 2 and doc[m.end - 1].text in surnames
            and doc[m.end - 1].text not in owned and gender_of(doc[m.start].text) is not None
            and gazetteer.lookup(doc[m.start].text) is None else m for m in mentions]


def _capitals_of_dateline(name: str, g: Group) -> bool:
    """A place the gazetteer does not know, written only in a dateline's capitals (`JYVASKYLA , Finland`):
    capitals are the dateline's style, not the name's; an acronym keeps them (`U.N.`, `NATO`)."""
    return name.isupper() and "." not in name and len(name) > 4 and any(m.origin == "dateline" for m in g)


def _cluster(doc: Doc, g: Group, place_ends: set[int], linked: set[int]) -> EntityCluster:
    texts = [tidy(m.text(doc)) for m in g]
    place = next((m.place for m in g if m.place is not None), None)
    own = key(place.name) if place is not None else None
    written = [[tidy(t) for t in (m.title, title_before(doc, m.start)) if t] for m in g]
    titles = _distinct(t for per_mention in written for t in per_mention)
    voted = vote(doc, g, sum(1 for w in written if w))
    full = [shared_surname(doc, m) or text for m, text in zip(g, texts, strict=True)]
    name = canonical_name(full, voted == "PERSON", lambda t: key(t) == own)
    # (a people's name is no town that bears it: `a wise Latina`)
    fielded = any(m.origin == "table" and m.label == "ORG" for m in g)
    label = corrected(voted, None if is_a_people(name) else gazetteer.lookup(name), located(doc, g, place_ends),
                      fielded)
    if place is not None and label in ("GPE", "LOC") and name.isupper() and key(name) == own and len(name) > 3 \
            and "." not in name:
        name = place.name  # a dateline's `NEW YORK` is New York (its baseball team stays `NEW YORK`); not `U.N.`
    elif label in ("GPE", "LOC") and _capitals_of_dateline(name, g):
        name = "-".join(capwords(part) for part in name.split("-"))  # `AL-RAM` -> `Al-Ram`
    spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in g]
    return EntityCluster(
        name=name,
        label=label,
        mentions=spans,
        aliases=list(dict.fromkeys(t for t in texts if t != name)),
        titles=titles if label == "PERSON" else [],
        rule=_rule(g, linked),
    )


def _rule(g: Group, linked: set[int]) -> str:
    """`acronym` when an acronym joined its expansion, else what found the first mention not a repeat."""
    if any(id(m) in linked for m in g) and len({m.start for m in g}) > 1:
        return "acronym"
    return next((m.origin for m in g if m.origin != "repeat"), "repeat")


def _distinct(items: Iterable[str]) -> list[str]:
    """The items without repeats that differ only in case, first spelling kept."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())
