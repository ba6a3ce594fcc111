"""Nationality words (`Belgian`, `Moroccan`, `Kentuckian`, `Israeli`), read off the gazetteer's countries,
states and regions rather than listed: a demonym is its place's stem plus a suffix (`Belgi-um`, `Belgi-an`)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..engine.given_names import is_common_given_name
from ..engine.wordlists import words
from . import gazetteer

_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "i")
# One of a nation, named by a noun of its own rather than by its adjective (`the 30-year-old Swede`, `the
# 11th-ranked Frenchman`): lower-case, singular.
NATIONAL_NOUNS = frozenset({
    "swede", "spaniard", "dutchman", "dutchwoman", "briton", "brit", "frenchman", "frenchwoman", "englishman",
    "englishwoman", "scotsman", "welshman", "irishman", "irishwoman", "pole", "turk", "serb",
    "croat", "kiwi", "aussie", "argentine", "filipino", "filipina",
})
# Words for one member of a party or a political camp (`the Florida Republican`, `a Tory`): nationality-like
# words that name no nation nor people (`Republican Democrats` are no people of origin).
PARTY_MEMBERS = frozenset({"republican", "democrat", "democratic", "conservative", "liberal", "socialist",
                           "libertarian", "independent", "progressive", "tory", "communist", "green", "labour"})
# Shorter stems match too many places by chance (`Br-ian`, `Rom-an`).
_MIN_STEM = 4


@cache
def _place_names() -> tuple[str, ...]:
    """Keys of the countries, states and regions, sorted for prefix search."""
    return tuple(sorted(k for k, p in gazetteer.places().items() if p.kind != "city"))


def _names_a_place(stem: str) -> bool:
    names = _place_names()
    i = bisect_left(names, stem)
    return i < len(names) and names[i].startswith(stem)


def is_national_noun(word: str) -> bool:
    """A nation's noun, singular or plural (`Frenchman`, `Frenchmen`, `Swedes`)."""
    singular = word[:-3] + "man" if word.endswith("men") else word[:-1] if word.endswith("s") else word
    return word in NATIONAL_NOUNS or singular in NATIONAL_NOUNS


def is_a_people(text: str) -> bool:
    """One of `peoples.txt`, singular or plural (`Kurds`, `Pacific Islanders`): a people or a faith's members,
    named by a word of its own rather than by a place's."""
    folded = text.casefold()
    peoples = words(__package__, "peoples.txt")
    return folded in peoples or (folded.endswith("s") and folded[:-1] in peoples)


def is_demonym(word: str) -> bool:
    """A capitalised word naming a place's people that is no place itself nor a common given name
    (`Christian` Bale, `Jordan` Spieth)."""
    if not (word.isalpha() and word[:1].isupper()) or gazetteer.lookup(word) or is_common_given_name(word):
        return False
    lower = word.lower()
    for suffix in _SUFFIXES:
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) >= _MIN_STEM:
            # a stem may lose its last letter (`Morocc-an` of `Morocco`, `Kentucki-an` of `Kentucky`)
            return _names_a_place(stem) or _names_a_place(stem[:-1])
    return False



def country_of(word: str) -> str | None:
    """The country a nationality word names: its stem, or its stem or itself and an ending, is a country's name
    (`Iraqi` -> `Iraq`, `Chinese` -> `China`, `Russian` -> `Russia`, `German` -> `Germany`, `Sri Lankan` -> `Sri
    Lanka`), or the country's name is the word and `-ia` (`Slovak` -> `Slovakia`); None for the rest (`British`,
    `French`)."""
    parts = word.split(" ")
    if len(parts) > 2 or not all(part.isalpha() and part[:1].isupper() for part in parts):
        return None
    lower = word.lower()
    if len(lower) >= _MIN_STEM and (place := gazetteer.lookup(lower + "ia")) is not None and place.kind == "country":
        return place.name
    for suffix in _SUFFIXES:
        stem = lower[: -len(suffix)]
        if not lower.endswith(suffix) or len(stem) < _MIN_STEM - 1:
            continue
        for name in (lower + " republic", stem, stem + "a", stem + "ia", stem + "y", stem + "o", stem + "e",
                     lower + "y"):  # (`Dominican` -> the Dominican Republic, not Dominica)
            place = gazetteer.lookup(name)
            if place is not None and place.kind == "country":
                return place.name
    return None
