"""Canonical names for holders: the entities extractor's cluster names, capitals read as countries.

The entities extractor owns canonical naming (`Takaichi` -> `Sanae Takaichi`,
`US` -> `United States`) through `clusters(doc)` and `cluster_at(doc, start,
end)`; this module asks it first and only tidies the mention itself when no
cluster covers it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_span
from ..engine.pipeline import text_of
from .capitals import country_of_capital

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def tidy(text: str) -> str:
    """A mention without its leading article or trailing possessive: `The teachers' union` -> `teachers' union`."""
    return _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(text.split())))


@once_per_span
def entity_name(span: Span) -> str:
    """Canonical name of the entity mention `span`; a capital that acts stands for its country. Found once per
    mention: the resolver asks for it many times, and each answer searches the document's entities."""
    from ..entities import cluster_at
    from .actors import ACTOR_LABELS

    # the recogniser often reads a capital acting for its state as an organisation (`Berlin said`)
    country = country_of_capital(tidy(span.text)) if span.label_ in ("GPE", "ORG") else None
    if country is not None:
        return _cluster_named(span.doc, country) or country
    written = tidy(span.text)
    if _cut_short(span):
        return written  # the recogniser's name ran on into a verb: its cluster is named by that mistake
    cluster = cluster_at(span.doc, span.start_char, span.end_char)
    # a cluster named by part of this very mention (`Organisation for Economic Co-operation` of `... and
    # Development`) names less than the mention does; a thing that is no actor, named with the mention's name (the
    # work “America with Jorge Ramos” of `Jorge Ramos`), is no one
    if cluster is None or (cluster.name != written and cluster.name in written) or (
            cluster.label not in ACTOR_LABELS and written in cluster.name and written != cluster.name):
        return written
    return _usual_name(span.doc, cluster.name, cluster.mentions, written)


def _usual_name(doc: Doc, name: str, mentions: list[tuple[int, int]], written: str) -> str:
    """A cluster named by a one-off form (`Crooked Hillary Clinton` from a tweet) goes by the longer part of
    that name the text also uses and the mention shares (`Hillary Clinton`)."""
    text = text_of(doc)
    forms = Counter(" ".join(text[s:e].split()) for s, e in mentions)
    if forms[name] >= 2:
        return name
    padded = f" {name} "
    parts = [f for f in forms if f != name and f" {f} " in padded and written in f]
    full = [f for f in parts if len(f.split()) >= 2]  # `Alicia Machado` of `Universe Alicia Machado`
    if full:
        return max(full, key=lambda f: (forms[f], len(f)))
    # `Obama Says` (a headline): a name runs on to the right of the part the text uses, never a first name
    first = name.split()[0]
    return first if first in parts and forms[first] >= 2 and len(name.split()) == 2 else name


def _cut_short(span: Span) -> bool:
    """The span is shorter than the recogniser's entity it was cut from."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].ent_iob_ == "I") or doc[span.start].ent_iob_ == "I"


def _cluster_named(doc: Doc, name: str) -> str | None:
    """The name of the document's entity called `name` or known by it as an alias (`Japan`, `US`)."""
    from ..entities import clusters

    wanted = name.casefold()
    for cluster in clusters(doc):
        if wanted in {cluster.name.casefold(), *(alias.casefold() for alias in cluster.aliases)}:
            return cluster.name
    return None
