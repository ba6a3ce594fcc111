"""entities: one record per real-world entity of a document, with every mention.

`clusters(doc)` is the shared interface other extractors (positions) use to
name holders; it depends on the parse alone, never on run options.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..engine.doc_cache import once_per_doc
from ..engine.extractor import Extractor, Field, Layout, option
from ..engine.pipeline import text_of
from ..engine.records import Context, Fact, Record
from .across import Corpus
from .cluster import EntityCluster
from .group_forms import join_group_forms
from .scoring import score
from .user_rules import Alias, Pattern, after_parse, parse_aliases, parse_never, parse_patterns, ruled

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "EntityCluster", "cluster_at", "clusters"]

@once_per_doc
def clusters(doc: Doc) -> list[EntityCluster]:
    """The entities of `doc`, computed once per Doc."""
    from .building import build

    return build(doc)


@once_per_doc
def _mentions_by_start(doc: Doc) -> tuple[list[int], list[tuple[int, int, int]], int]:
    """Every mention as (start, end, its cluster's place), sorted by start, with the longest mention's length:
    `positions` asks for the entity at thousands of spans of a long speech, and a scan of every cluster per span
    cost it an eighth of its time."""
    mentions = sorted((s, e, place) for place, cluster in enumerate(clusters(doc)) for s, e in cluster.mentions)
    longest = max((e - s for s, e, _ in mentions), default=0)
    return [s for s, _, _ in mentions], mentions, longest


def cluster_at(doc: Doc, start: int, end: int) -> EntityCluster | None:
    """The entity one of whose mentions overlaps characters `start:end` of `doc` (the first such entity)."""
    starts, mentions, longest = _mentions_by_start(doc)
    places = [place for s, e, place in mentions[bisect_left(starts, start - longest):bisect_left(starts, end)]
              if s < end and start < e]
    return clusters(doc)[min(places)] if places else None


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    """One fact per entity of this piece; `merged` joins pieces and applies the run's filters."""
    from .pieces import carried

    found = join_group_forms(clusters(doc), text_of(doc))
    yield from ruled(doc, [*carried(doc, context, found), *_facts(doc, found)], context.options)


def _facts(doc: Doc, found: list[EntityCluster]) -> Iterator[Fact]:
    text = text_of(doc)
    for cluster in found:
        start, end = cluster.mentions[0]
        yield Fact(start, end, {
            "name": cluster.name,
            "label": cluster.label,
            "count": len(cluster.mentions),
            "mentions": [{"start": s, "end": e, "text": text[s:e]} for s, e in cluster.mentions],
            "aliases": cluster.aliases,
            "titles": cluster.titles,
        }, rule=cluster.rule)


def merged(facts: list[Fact], context: Context) -> Iterator[Fact]:
    from .pieces import merged as joined  # loads with the first document, not for `extract --help`

    return joined(facts, context)


def labels(value: str) -> frozenset[str]:
    """`PERSON,ORG` as a set of labels."""
    return frozenset(x.strip().upper() for x in value.split(",") if x.strip())


@dataclass(frozen=True)
class EntitiesOptions:
    labels: frozenset[str] | None = option(
        None, "Keep only entities with these labels (PERSON,ORG,...).", parse=labels, metavar="LABELS")
    min_count: int = option(1, "Keep entities mentioned at least N times.", minimum=1)
    # Set in a rules file or the Python API (no flag can carry them); see user_rules.
    patterns: tuple[Pattern, ...] = option(
        (), "EntityRuler patterns whose entities win over the model's: [[entities.patterns]] label, pattern, name.",
        parse=parse_patterns, flag=False)
    never: frozenset[str] = option(frozenset(), "Names that are never entities.", parse=parse_never, flag=False)
    aliases: tuple[Alias, ...] = option(
        (), "Canonical name -> other names of the same entity ([aliases] \"Federal Reserve\" = [\"Fed\"]).",
        parse=parse_aliases, flag=False)


def summary(record: Record) -> str:
    aliases = f" aka {', '.join(record.get('aliases') or [])}" if record.get("aliases") else ""
    return f"{record.get('label')} {record.get('name')} ×{record.get('count')}{aliases}"


def mention_spans(record: Record) -> list[tuple[int, int]]:
    """Every mention of the entity, so a report highlights each."""
    return [(int(m["start"]), int(m["end"])) for m in record.get("mentions") or []]


def _order(record: Record) -> Any:
    # Grouped by label, most-mentioned first: "who and what, how often".
    return (record.get("label") or "", -int(record.get("count") or 0), record.get("name") or "")


# What `Fact.rule` names; a rules file's patterns and aliases add `rules:FILE:LINE`.
RULES = {
    "model": "the spaCy model's entity, with our boundaries, merges and label votes",
    "gazetteer": "a well-known place from the gazetteer that the model missed",
    "landmark": "a well-known street or site (Wall Street, Mar-a-Lago) that the model missed",
    "given_name": "a full name opening with a common given name that the model missed (Carly Fiorina)",
    "acronym": "an acronym joined to its long form (Bank of Japan (BOJ))",
    "title": "a name after a title word (President, Senator, striker) or after initials (M. Slater)",
    "nickname": "a given name, a nickname in quotation marks and a surname as one person (John “Tig” Tiegen)",
    "byline": "an author in a byline or credit (By Maria Lopez), a newsroom in a wire sign-off",
    "dateline": "the place a dateline opens with (LONDON -)",
    "table": "a name in a results line, fixture list, line-up, list of scorers or league table",
    "contest": "a contest named by its head word and the words before it (Belgian Grand Prix, U.S. Open)",
    "case": "a court case, its parties either side of v. (Plessy v. Ferguson, Brown v. Board of Education)",
    "team": "in a sports report, a team named by its town and its nickname (Florida Marlins, Cincinnati Reds)",
    "repeat": "a name known from earlier in the document, written again",
    "across": "with --across: one record per entity for the corpus, merged across documents",
}
_SPAN = {"type": "object", "required": ["start", "end", "text"],
         "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}}
EXTRACTOR = Extractor(
    name="entities",
    description="Named entities: one record per entity per document, with every mention.",
    extract=find,
    needs=frozenset({"sentences", "ner"}),
    fields=(
        Field("name", "string", "Canonical name: the longest well-formed mention."),
        Field("label", "string", "spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, ..."),
        Field("count", "integer", "Number of mentions."),
        Field("aliases", "array", "The distinct surface forms other than `name`.", items={"type": "string"}),
        Field("titles", "array", "Titles and roles the entity is given (`Prime Minister`).", items={"type": "string"},
              required=False),
        Field("mentions", "array", "Every mention, with its offsets.", items=_SPAN, required=False),
        Field("documents", "integer", "With --across: in how many documents it is mentioned.", required=False),
        Field("sources", "array", "With --across: the first few documents that mention it.",
              items={"type": "string"}, required=False),
    ),
    options=EntitiesOptions,
    merge=merged,
    version="48",
    label="label",
    value="name",
    layout=Layout(("source", "label", "name", "count", "aliases"), sort=_order, highlight="name"),
    summary=summary,
    spans=mention_spans,
    rank="count",
    scorer=score,
    colour="#aed581",
    across=Corpus,
    after_parse=after_parse,
    rules=RULES,
)
