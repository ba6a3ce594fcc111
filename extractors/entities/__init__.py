"""entities: one record per real-world entity of a document, with every mention.

`clusters(doc)` is the shared interface other extractors (positions) use to
name holders; it depends on the parse alone, never on run options.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Context, Fact
from ..registry import Extractor
from .cluster import EntityCluster
from .pieces import carried, merged

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "EntityCluster", "cluster_at", "clusters"]

_CACHE_KEY = "extract_facts.entities.clusters"


def clusters(doc: Doc) -> list[EntityCluster]:
    """The entities of `doc`, computed once per Doc."""
    if _CACHE_KEY not in doc.user_data:
        from .building import build

        doc.user_data[_CACHE_KEY] = build(doc)
    return doc.user_data[_CACHE_KEY]


def cluster_at(doc: Doc, start: int, end: int) -> EntityCluster | None:
    """The entity one of whose mentions overlaps characters `start:end` of `doc`."""
    return next((c for c in clusters(doc) if c.overlaps(start, end)), None)


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    """One fact per entity of this piece; `merged` joins pieces and applies the run's filters."""
    found = clusters(doc)
    yield from carried(doc, context, found)
    text = doc.text  # spaCy builds Doc.text anew on every access
    for cluster in found:
        start, end = cluster.mentions[0]
        yield Fact(start, end, {
            "name": cluster.name,
            "label": cluster.label,
            "count": len(cluster.mentions),
            "mentions": [{"start": s, "end": e, "text": text[s:e]} for s, e in cluster.mentions],
            "aliases": cluster.aliases,
            "titles": cluster.titles,
        })


EXTRACTOR = Extractor(
    name="entities",
    description="Named entities, one record per entity: canonical name, label, aliases, every mention",
    extract=find,
    needs=frozenset({"sentences", "ner"}),
    fields=("name", "label", "count", "aliases", "titles", "mentions"),
    merge=merged,
    version="2",  # bumped when its readings change, so `--db` runs re-read the documents
)
