"""A person's gender from a title or a given name: the US Census 1990 first-name frequencies that the `names`
package ships (MIT), so that `she` is not read as `Ian Solomon`, nor `Mrs. Clinton` as Bill Clinton."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nicknames import NickNamer

# Titles that tell a gender (`Mrs. Clinton`), written with or without the full stop.
HONORIFIC_GENDERS = {"mr": "he", "mr.": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she", "miss": "she"}
# Common nouns that tell a person's gender (`a woman who claimed to be undecided ... she said`).
NOUN_GENDERS = {
    **dict.fromkeys(("man", "boy", "father", "husband", "son", "brother", "gentleman", "grandfather", "uncle"), "he"),
    **dict.fromkeys(("woman", "girl", "mother", "wife", "daughter", "sister", "lady", "grandmother", "aunt",
                     "widow"), "she"),
}
# Kin of someone (`his daughter Ivanka Trump`, `Clinton's husband, Bill`): a story names such a relative in full or
# by the given name, and leaves the bare surname to the person it is about.
KIN_NOUNS = frozenset({"father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "grandfather",
                       "grandmother", "uncle", "aunt", "widow", "widower", "niece", "nephew", "cousin", "spouse",
                       "stepfather", "stepmother", "stepson", "stepdaughter", "grandson", "granddaughter",
                       "great-uncle", "great-aunt", "grandparent", "relative", "sibling"})
# A given name tells a gender only where one gender bears it this many times as often as the other
# (`Kelly`, `Jordan` do; `Pat`, `Leslie` do not).
_MARGIN = 4.0


@cache
def _shares() -> dict[str, tuple[float, float]]:
    """Given name (lower case) -> its share of men and of women, in per cent."""
    import names

    table: dict[str, list[float]] = {}
    for column, key in enumerate(("first:male", "first:female")):
        with open(names.FILES[key], encoding="ascii") as rows:
            for row in rows:
                name, share, _, _ = row.split()
                table.setdefault(name.lower(), [0.0, 0.0])[column] = float(share)
    return {name: (men, women) for name, (men, women) in table.items()}


def gender_of(given: str) -> str | None:
    """`he`, `she`, or None where the name is rare, foreign or shared."""
    men, women = _shares().get(given.lower(), (0.0, 0.0))
    if men >= _MARGIN * women and men > 0:
        return "he"
    if women >= _MARGIN * men and women > 0:
        return "she"
    return None


# A given name this common (per cent of one gender bearing it) is no rare coincidence of spelling.
_COMMON = 0.01


def is_common_given_name(word: str) -> bool:
    """Whether at least one in 10,000 men or women bear this given name (`Christian`, `Morgan`): then a word
    shaped like something else (a nationality) may still be a name; `German` is too rare a one to count."""
    return max(_shares().get(word.lower(), (0.0, 0.0))) >= _COMMON


@cache
def _nicknamer() -> NickNamer:
    """The `nicknames` package's hand-curated table of given names and their nicknames (Apache-2.0), read once."""
    from nicknames import NickNamer

    return NickNamer()


def is_nickname_of(nickname: str, given: str) -> bool:
    """`sandy` of `sandra`, `bill` of `william` (lower case): the same person's name, so `Sandy Paradis` is the
    `Sandra Paradis` of the same story."""
    return nickname in _nicknamer().nicknames_of(given)
