"""An organisation's name the model cut at `for`, `of` or `on`: `Boston Center` + `for the Arts`.

The model often ends an organisation before the phrase that says what it is
for (`the Northeast Ohio Coalition` | `for the Homeless`) and reads that
phrase's capitalised words as an entity of their own. Both halves are one name
when the first holds a head word that takes such a phrase
(`complemented_heads.txt`) and the phrase is capitalised words to the end of
the run that name nothing by themselves: no place (`the Senate Committee of
Nevada`), no name of several words the model knows (`left the GOP for the
Democratic Party`, `the Court of Appeals for the Ninth Circuit` as CoNLL
splits it), and nothing running on (`for the District of Columbia`).

The model cuts one more kind of name in two: a people named by its origin
and its nation (`Asian` | `Americans`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.wordlists import words
from . import gazetteer
from .demonyms import PARTY_MEMBERS
from .junk import NOT_ENTITIES
from .surface import singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Labels of a name that a `for`/`of` phrase can continue.
CONTINUED = frozenset({"ORG", "FAC"})
JOINERS = frozenset({"for", "of"})
# Heads that an `on` phrase completes with their topic, a place too (`House Select Committee on Benghazi`,
# `Commission on Human Rights`), where `of Nevada` would be the body's place.
TOPIC_HEADS = frozenset({"committee", "subcommittee", "commission", "council", "panel"})
POSSESSIVES = frozenset({"'s", "’s"})
# Prepositions no name ends in: a span the model ends in one (`Association for Relations Across` + `the
# Taiwan Straits`) runs on over the capitalised words after it.
DANGLING = frozenset({"across", "against", "among", "between", "for", "from", "into", "of", "on", "to", "towards",
                      "with", "within"})
# The most capitalised words a continuation holds (`for the Protection of Human Rights` has three).
MAX_WORDS = 4


def model_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's entities `(start, end, label)`, an organisation joined to the `for`/`of` phrase the model
    cut off it."""
    found: list[tuple[int, int, str]] = []
    skip_to = 0
    for ent in doc.ents:
        if ent.start < skip_to:
            continue
        end = _continuation_end(doc, ent)
        if end == ent.end and _origin_before_nation(doc, ent):
            end = ent.end + 1
        found.append((ent.start, end, ent.label_))
        skip_to = end
    return found


# Nations' peoples that others join as their origin (`Asian Americans`, `Chinese Canadians`).
_NATIONS_OF_ORIGINS = frozenset({"Americans", "Canadians", "Australians", "Britons"})


def _origin_before_nation(doc: Doc, ent: Span) -> bool:
    """`Asian` + `Americans`: one people, named by its origin and its nation, that the model cut in two (it
    reads `Turkish Americans` whole)."""
    after = ent.end
    return (ent.label_ == "NORP" and len(ent) == 1 and ent[0].is_title and ent[0].lower_ not in PARTY_MEMBERS
            and after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "NORP"
            and doc[after].text in _NATIONS_OF_ORIGINS and (after + 1 == len(doc) or doc[after + 1].ent_iob_ != "I"))


def _continuation_end(doc: Doc, ent: Span) -> int:
    """Where the name of `ent` ends: after the capitalised words of a `for (the)` / `of (the)` phrase or a
    committee's `on` phrase right after it, or of the phrase its own last word (a preposition) leaves
    dangling, or at its own end. A name written with lower-case joiners only dangles so (`Association for
    Relations Across`); a title-case headline (`Microsoft Set For Record Profit`) is no such name."""
    if ent.end + 1 >= len(doc):
        return ent.end
    if _natural_feature(ent) and doc[ent.end].lower_ == "of":
        # `Straits` + `of Florida`: a feature's name runs through the place it is of
        start = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
        end = _capitalised_run(doc, start)
        return end if start < end < start + MAX_WORDS and not _runs_on(doc, end) else ent.end
    if ent.label_ not in CONTINUED:
        return ent.end
    if len(ent) > 2 and ent[-1].is_title and ent[-1].lower_ in DANGLING and any(t.is_lower for t in ent[1:-1]):
        start = ent.end + (doc[ent.end].lower_ == "the")
        end = _capitalised_run(doc, start)
        return end if start < end < start + MAX_WORDS and not _runs_on(doc, end) else ent.end
    topic = doc[ent.end].lower_ == "on" and any(t.lower_ in TOPIC_HEADS for t in ent)
    if not topic and (doc[ent.end].lower_ not in JOINERS or not any(
            t.lower_ in words(__package__, "complemented_heads.txt") for t in ent)):
        return ent.end
    start = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
    end = _capitalised_run(doc, start)
    phrase = doc[start:end]
    if not phrase or end - start >= MAX_WORDS or _runs_on(doc, end) or (
            gazetteer.lookup(phrase.text) is not None and not topic):
        return ent.end
    if topic and end < len(doc) and doc[end].lower_ in POSSESSIVES:
        return ent.end  # `the Senate Committee on Iraq's weapons`: the topic is a phrase of its own
    if end - start > 1 and any(e.start in (ent.end + 1, start) and e.end == end and e.label_ not in NOT_ENTITIES
                               for e in doc.ents):
        return ent.end  # its own name, with or without `the`
    return end


def _natural_feature(ent: Span) -> bool:
    """A name that is only the capitalised noun of a natural feature (`Straits`, `Gulf`), which names nothing
    without its `of` phrase."""
    features = words(__package__, "natural_features.txt")
    return all(t.is_title and (t.lower_ in features or singular(t.lower_) in features) for t in ent)


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the capitalised words from `start` (no date or number among them), at most `MAX_WORDS`."""
    end = start
    while end < len(doc) and end - start < MAX_WORDS and doc[end].is_title and doc[end].is_alpha and (
            doc[end].ent_type_ not in NOT_ENTITIES):
        end += 1
    return end


def _runs_on(doc: Doc, end: int) -> bool:
    """A capitalised word, or `of`/`and` before one, right after the phrase: it is part of a longer name."""
    if end >= len(doc):
        return False
    if doc[end].text[:1].isupper():
        return True
    return doc[end].lower_ in ("of", "and") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
