"""Canonical names for holders: the entities extractor's cluster names, capitals read as countries.

The entities extractor owns canonical naming (`Takaichi` -> `Sanae Takaichi`,
`US` -> `United States`) through `clusters(doc)` and `cluster_at(doc, start,
end)`; this module asks it first and only tidies the mention itself when no
cluster covers it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .capitals import country_of_capital

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def tidy(text: str) -> str:
    """A mention without its leading article or trailing possessive: `The teachers' union` -> `teachers' union`."""
    return _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(text.split())))


def entity_name(span: Span) -> str:
    """Canonical name of the entity mention `span`; a capital that acts stands for its country."""
    from ..entities import cluster_at

    # the recogniser often reads a capital acting for its state as an organisation (`Berlin said`)
    country = country_of_capital(tidy(span.text)) if span.label_ in ("GPE", "ORG") else None
    if country is not None:
        return _cluster_named(span.doc, country) or country
    cluster = cluster_at(span.doc, span.start_char, span.end_char)
    written = tidy(span.text)
    # a cluster named by part of this very mention (`Organisation for Economic Co-operation` of `... and
    # Development`) names less than the mention does
    if cluster is None or (cluster.name != written and cluster.name in written):
        return written
    return cluster.name


def _cluster_named(doc: Doc, name: str) -> str | None:
    """The name of the document's entity called `name` or known by it as an alias (`Japan`, `US`)."""
    from ..entities import clusters

    wanted = name.casefold()
    for cluster in clusters(doc):
        if wanted in {cluster.name.casefold(), *(alias.casefold() for alias in cluster.aliases)}:
            return cluster.name
    return None
