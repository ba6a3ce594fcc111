"""One record per entity for a whole document parsed in pieces, and the run's filters on it.

Each piece yields its own clusters. Names seen in earlier pieces are looked for
in later ones (`Takaichi` pages after `Sanae Takaichi`), through the context's
per-document state; the records of one entity from several pieces are joined
(same name, or a surname of a full name seen in another piece), and
`--labels`/`--min-count` apply to the joined counts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..engine.records import Context, Fact
from .cluster import EntityCluster
from .grouping import institution_word
from .layout import headline_tokens
from .repeats import Form, model_tokens, occurrences
from .surface import key
from .user_rules import aliased

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KNOWN = "entities.known"
_PIECE_STARTS = "entities.piece_starts"


def carried(doc: Doc, context: Context, found: list[EntityCluster]) -> list[Fact]:
    """Facts for names known from earlier pieces written again in this one; then remembers this
    piece's names for the next."""
    known: dict[Form, tuple[str, str]] = context.state.setdefault(_KNOWN, {})
    context.state.setdefault(_PIECE_STARTS, []).append(context.offset)
    headline = headline_tokens(doc)
    spans = [[doc.char_span(s, e, alignment_mode="expand") for s, e in c.mentions] for c in found]
    covered = model_tokens(doc, headline)
    covered |= {i for per_cluster in spans for span in per_cluster if span for i in range(span.start, span.end)}
    facts = []
    for start, end, (name, label) in occurrences(doc, list(known.items()), covered, headline):
        span = doc[start:end]
        mention = {"start": span.start_char, "end": span.end_char, "text": span.text}
        facts.append(Fact(span.start_char, span.end_char, {
            "name": name, "label": label, "count": 1, "mentions": [mention],
            "aliases": [span.text] if span.text != name else [], "titles": [],
        }, rule="repeat"))
    for cluster, per_cluster in zip(found, spans, strict=True):
        for span in per_cluster:
            if span is not None:
                known.setdefault(tuple(t.text for t in span), (cluster.name, cluster.label))
        if cluster.label == "PERSON" and len(cluster.name.split()) > 1:
            known.setdefault((cluster.name.split()[-1],), (cluster.name, cluster.label))
    return facts


def merged(facts: list[Fact], context: Context) -> Iterator[Fact]:
    """The facts of all pieces, joined per entity, filtered by the run's options."""
    options = context.options
    for fact in _joined(aliased(facts, options), context.state.get(_PIECE_STARTS, [0])):
        if options.labels is not None and fact.fields["label"] not in options.labels:
            continue
        if fact.fields["count"] < options.min_count:
            continue
        yield fact


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _joined(facts: list[Fact], piece_starts: list[int]) -> list[Fact]:
    """Facts of one name joined; a lone surname joins the one full name that owns it, unless a piece holds
    both: there the grouping of that piece already kept them apart (`Obama` beside `Michelle Obama`)."""
    by_name: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        by_name.setdefault((key(fact.fields["name"]), _kind(fact)), []).append(fact)
    people = {
        name: group for (name, _), group in by_name.items()
        if len(name.split()) > 1 and _label(group) == "PERSON" and not institution_word(name.split()[-1])
    }
    for k in [k for k, group in by_name.items() if len(k[0].split()) == 1 and _label(group) == "PERSON"]:
        owners = [full for full in people if k[0] in (full.split()[0], full.split()[-1])]
        if len(owners) == 1 and not _pieces(by_name[k], piece_starts) & _pieces(people[owners[0]], piece_starts):
            people[owners[0]].extend(by_name.pop(k))
    return sorted((_one(group) for group in by_name.values()), key=lambda f: (f.start, f.end))


def _pieces(group: list[Fact], piece_starts: list[int]) -> set[int]:
    """Which pieces of the document the facts come from."""
    return {bisect_right(piece_starts, fact.start) for fact in group}


def _kind(fact: Fact) -> str:
    """A place and an organisation of one name are two entities (the city of `NEW YORK` and its team)."""
    label = fact.fields["label"]
    return "place" if label in _PLACES else "organisation" if label == "ORG" else ""


def _label(group: Iterable[Fact]) -> str:
    votes: Counter[str] = Counter()
    for fact in group:
        votes[fact.fields["label"]] += fact.fields["count"]
    return votes.most_common(1)[0][0]


def _one(group: list[Fact]) -> Fact:
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda f: f.start)
    name = max((f.fields["name"] for f in group), key=lambda n: (len(n.split()), len(n)))
    mentions: list[dict[str, Any]] = sorted(
        (m for f in group for m in f.fields["mentions"]), key=lambda m: (m["start"], m["end"])
    )
    surfaces = [a for f in group for a in (f.fields["name"], *f.fields["aliases"])]
    titles: dict[str, str] = {}
    for f in group:
        for title in f.fields["titles"]:
            titles.setdefault(title.casefold(), title)
    first = mentions[0]
    return Fact(first["start"], first["end"], {
        "name": name,
        "label": _label(group),
        "count": len(mentions),
        "mentions": mentions,
        "aliases": list(dict.fromkeys(s for s in surfaces if s != name)),
        "titles": list(titles.values()),
    }, group[0].sentence, rule=_rule(group))


def _rule(group: list[Fact]) -> str | None:
    """A rules file's rule wins (the user named this entity), then the first fact's not a repeat."""
    rules = [f.rule for f in group]
    return next((r for r in rules if r and r.startswith("rules:")), next((r for r in rules if r != "repeat"), rules[0]))
