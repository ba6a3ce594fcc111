"""Later mentions the model missed: the same name written again (`Mamedov has served ...`).

Once a name is known in a document, each further occurrence of the same words
is a mention too, unless it sits inside a longer capitalised name or the word
is also used as a common word in this document (`Bush` vs `bush`). In
headlines, where every word is capitalised, case is ignored and neighbours
do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

from ..engine.doc_cache import once_per_doc
from . import gazetteer
from .gazetteer import Place
from .grouping import Group, alias_forms, identity, is_full_name, name_words
from .junk import is_misread_number
from .mentions import COMPASS_POINTS, Mention
from .names import stands_alone
from .titles import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

Form = tuple[str, ...]
T = TypeVar("T")


def add_repeats(doc: Doc, groups: list[Group], headline: set[int]) -> list[Group]:
    """Each group with the unmarked occurrences of its names added; a group left with no mention drops out."""
    named: list[tuple[Form, Group]] = []
    for g in groups:
        names = {tuple(t.text for t in doc[m.start : m.end]) for m in g}
        if is_full_name(doc, g):
            names |= {(name_words(doc, m)[-1],) for m in g if m.label == "PERSON"}
        names |= {form for m in g if (form := without_town(doc, m))}
        names |= {form for ident in {identity(doc, m) for m in g} for form in alias_forms(ident)}
        named += [(form, g) for form in names]
    # (read before the pieces move: a group may lose its only mention to a longer name and find one again)
    places = {id(g): g[0].place for g in groups if g}
    _absorb_pieces(doc, groups, named, headline, places)
    covered = model_tokens(doc, headline) | {i for g in groups for m in g for i in range(m.start, m.end)}
    for start, end, g in occurrences(doc, named, covered, headline):
        g.append(Mention(start, end, None, places.get(id(g)), origin="repeat"))
    _given_names_before(doc, groups, headline)
    return [g for g in groups if g]


def _absorb_pieces(doc: Doc, groups: list[Group], named: list[tuple[Form, Group]], headline: set[int],
                   places: dict[int, Place | None]) -> None:
    """A name of several words written again whole is that name, though the model marked only a piece of
    it there: `Islamic` of `the Islamic State` once `Islamic State` is named, `Japan` of `Bank of Japan`.
    The piece leaves its group for the name's."""
    owner_of = {id(m): g for g in groups for m in g}
    by_token = {i: m for g in groups for m in g for i in range(m.start, m.end)}
    starting: dict[str, list[tuple[Form, Group]]] = defaultdict(list)
    for form, owner in sorted(named, key=lambda item: -len(item[0])):
        if len(form) > 1:
            starting[form[0]].append((form, owner))
    for i, token in enumerate(doc):
        for form, owner in starting.get(token.text, ()):
            end = i + len(form)
            inside = {id(m): m for t in range(i, end) if (m := by_token.get(t)) is not None}
            if not inside or any(m.start < i or m.end > end or (m.start, m.end) == (i, end) for m in inside.values()):
                continue
            if end > len(doc) or not _written(doc, i, end, form, headline):
                continue
            for m in inside.values():
                owner_of[id(m)].remove(m)
            whole = Mention(i, end, None, places.get(id(owner)), origin="repeat")
            owner.append(whole)
            owner_of[id(whole)] = owner
            by_token.update(dict.fromkeys(range(i, end), whole))
            break


def _given_names_before(doc: Doc, groups: list[Group], headline: set[int]) -> None:
    """`CHICAGO - Rahm Emanuel may have thought`, where the model marked nobody and only `Emanuel` further on: a
    person known by a surname alone, written more than once, is named in full where an unmarked capitalised word
    that is no title, no common word of this text, no place and no entity stands right before it (not `East
    Stirling`)."""
    common = _lower_case_words(doc)
    covered = {i for g in groups for m in g for i in range(m.start, m.end)}
    written: dict[str, list[int]] = defaultdict(list)
    for token in doc[1:]:
        written[token.text].append(token.i)
    for g in groups:
        if len(g) < 2 or any(m.end - m.start > 1 for m in g) or sum(m.label == "PERSON" for m in g) * 2 <= len(g):
            continue  # (a surname written once may be another's: `Ivanka Trump ... Trump told`)
        for i in written.get(doc[g[0].start].text, ()):
            given = doc[i - 1]
            if i in covered or i - 1 in covered or i - 1 in headline:
                continue
            if given.is_alpha and given.is_title and not given.is_stop and given.ent_type_ == "" and (
                    given.lower_ not in common and not is_title_word(given) and given.lower_ not in COMPASS_POINTS
                    and gazetteer.lookup(given.text) is None):
                g.append(Mention(i - 1, i + 1, "PERSON", None, origin="repeat"))
                covered.update((i - 1, i))


def without_town(doc: Doc, m: Mention) -> Form | None:
    """A club or a company named with its town is also named without it: `Ajax` of `Ajax
    Amsterdam`, `PSV` of `PSV Eindhoven`, `Inter` of `Inter Milan`."""
    if m.label != "ORG" or m.end - m.start < 2:
        return None
    town = gazetteer.lookup(doc[m.end - 1].text)
    rest = doc[m.start : m.end - 1]
    if town is None or town.kind != "city" or not all(t.is_title or t.is_upper for t in rest):
        return None
    place = gazetteer.lookup(rest.text)
    return None if place is not None and place.major else tuple(t.text for t in rest)


def model_tokens(doc: Doc, headline: set[int]) -> set[int]:
    """Tokens the model gave to some entity (numbers and dates too) outside headlines."""
    return {
        i
        for ent in doc.ents
        if not is_misread_number(ent.label_, ent.text)
        for i in range(ent.start, ent.end)
        if i not in headline
    }


def occurrences(
    doc: Doc, named: list[tuple[Form, T]], covered: set[int], headline: set[int]
) -> Iterator[tuple[int, int, T]]:
    """Where a form is written as a name on tokens not yet `covered` (which grows with each find):
    longest forms first; one-word forms only if this text never uses the word in lower case."""
    common = _lower_case_words(doc)
    index: dict[str, list[tuple[Form, T]]] = defaultdict(list)
    for form, owner in named:
        if len(form) > 1 or not (form[0].lower() in common or doc.vocab[form[0]].is_stop):
            index[form[0].casefold()].append((form, owner))
    for options in index.values():
        options.sort(key=lambda item: -len(item[0]))
    i = 0
    while i < len(doc):
        for form, owner in index.get(doc[i].text.casefold(), ()):
            end = i + len(form)
            if end <= len(doc) and not covered.intersection(range(i, end)) and _written(doc, i, end, form, headline):
                yield i, end, owner
                covered.update(range(i, end))
                i = end
                break
        else:
            i += 1


@once_per_doc
def _lower_case_words(doc: Doc) -> frozenset[str]:
    """Words this text writes in lower case somewhere; asked for by every pass over the names."""
    return frozenset(t.lower_ for t in doc if t.is_lower)


def _written(doc: Doc, start: int, end: int, form: Form, headline: set[int]) -> bool:
    """The form stands at `start:end` as a name of its own."""
    written = tuple(t.text for t in doc[start:end])
    if start in headline:
        return tuple(w.casefold() for w in written) == tuple(w.casefold() for w in form)
    return written == form and stands_alone(doc, start, end)
