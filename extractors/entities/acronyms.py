"""Acronyms and their expansions: introduced as `the National Security Strategy (NSS)`, or
written apart in one document (`EU` and `European Union`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import lookup
from .surface import undotted

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&+-]{1,9}s?")


def introduced(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token span of the acronym written in parentheses right after the name `doc[start:end]`."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    short, name = doc[end + 1].text, doc[start:end].text
    if _ACRONYM.fullmatch(short) and (abbreviates(short, name) or _translated(short, name)):
        return end + 1, end + 2
    return None


def _translated(short: str, name: str) -> bool:
    """`the Mohajir National Movement (MQM)`: an acronym of the name in its own language, written in brackets right
    after a name of capitalised words, may share no more than its initial."""
    words = [w for w in name.split() if w.casefold() not in NAME_JOINERS]
    capitalised = len(words) >= 2 and all(w[:1].isupper() for w in words)
    return capitalised and short.isupper() and len(short) >= 3 and short[0] == words[0][0]


def abbreviates(short: str, name: str) -> bool:
    """`NSS` for `National Security Strategy`: the acronym's letters follow the name's capitals, or the
    initial of a joiner some acronyms keep (`FOIA` for `Freedom of Information Act`)."""
    letters = [ch for ch in short.rstrip("s") if ch.isalpha()]
    capitals = [ch for word in name.split() for ch in (
        word[0].upper() if word.casefold() in NAME_JOINERS and word[0].isalpha() else word) if ch.isupper()]
    if not letters or not capitals or letters[0] != capitals[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(capitals) and capitals[position] != letter:
            position += 1
        if position == len(capitals):
            return False
        position += 1
    return True


NAME_JOINERS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def is_acronym(text: str) -> bool:
    """`FBI`, and `F.B.I.` written with stops."""
    plain = undotted(text)
    return bool(_ACRONYM.fullmatch(plain)) and plain.isupper()


def initials(name: str, kept: frozenset[str] = frozenset()) -> str:
    """`EU` of `European Union`, `IMF` of `International Monetary Fund` (joiners skipped, but those `kept`:
    `DOJ` of `Department of Justice`)."""
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in NAME_JOINERS - kept]
    if len(words) < 2 or not all(w[:1].isupper() or w in kept for w in words):
        return ""
    return "".join(w[0].upper() for w in words)


def initials_forms(name: str) -> set[str]:
    """Every acronym a name is written as apart from it: its initials (`DHS`), those keeping the `of` (`DOJ` of
    `Department of Justice`, `BOJ` of `Bank of Japan`), and those of three letters or more of the name without
    the country it opens with (`DOJ`, `FDA` of `U.S. Food and Drug Administration`; not `SC` of `U.S. Supreme
    Court`, which is a state's)."""
    words = name.split()
    forms = {initials(name, kept) for kept in (frozenset(), _OF)}
    if len(words) > 2 and (place := lookup(words[0])) is not None and place.kind == "country":
        rest = " ".join(words[1:])
        forms |= {form for kept in (frozenset(), _OF) if len(form := initials(rest, kept)) >= 3}
    return forms - {""}


_OF = frozenset({"of"})
