"""One record per entity for a whole corpus, from the per-document entity records.

Records of one entity in different documents join by the key of their name
(`U.S.` and `US`), a country by the gazetteer's identity of it (`America`,
`United States`, `United States of America`); a person's full names that differ only by a middle name or
initial join first (`Harry Truman`, `Harry S. Truman`); then a short form joins
a longer name when the corpus holds just one name it can shorten: `Takaichi`
alone in one article joins `Sanae Takaichi` from another, `BOJ` joins `Bank of
Japan` where an article wrote both, but `Smith` stays apart where `John Smith`
and `Mary Smith` both occur. Memory is
bounded per entity: counts, the first few sources and a capped set of spellings,
never every mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..engine.records import SCHEMA_VERSION
from .gazetteer import lookup
from .surface import key, middles_agree, tidy

# Sources kept per entity, and distinct spellings counted per entity.
SOURCES = 3
SPELLINGS = 20


@dataclass
class _Entity:
    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    count: int = 0
    documents: int = 0
    # (order of the record in the input, source): the first few, in input order.
    sources: list[tuple[int, str]] = field(default_factory=list)
    last_source: str | None = None

    def add(self, order: int, record: dict[str, Any]) -> None:
        source = str(record.get("source", ""))
        count = int(record.get("count") or len(record.get("mentions") or []) or 1)
        self.count += count
        self.labels[str(record.get("label") or "")] += count
        _capped_add(self.names, tidy(str(record["name"])), count)
        for alias in record.get("aliases") or []:
            _capped_add(self.aliases, tidy(str(alias)), 1)
        if source != self.last_source:
            self.documents += 1
            self.last_source = source
            if source and len(self.sources) < SOURCES:
                self.sources.append((order, source))

    def absorb(self, other: _Entity) -> None:
        self.count += other.count
        self.documents += other.documents
        self.labels.update(other.labels)
        for name, n in other.names.items():
            _capped_add(self.aliases, name, n)
        for alias, n in other.aliases.items():
            _capped_add(self.aliases, alias, n)
        self.sources = sorted({*self.sources, *other.sources})[:SOURCES]

    def name(self) -> str:
        return max(self.names, key=lambda n: (self.names[n], len(n.split()), not n.isupper(), n))

    def label(self) -> str:
        return max(self.labels, key=lambda lab: (self.labels[lab], lab))


class Corpus:
    """Takes a corpus's entity records document by document (`--across`); `finish` gives the merged ones."""

    def __init__(self) -> None:
        self.entities: dict[str, _Entity] = {}
        self.order = 0
        # The first record of each entity: where its merged record points (`source`, offsets, sentence).
        self.first: dict[str, dict[str, Any]] = {}

    def add(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.order += 1
            if record.get("extractor", "entities") != "entities" or not record.get("name"):
                continue
            name_key = _corpus_key(record)
            self.entities.setdefault(name_key, _Entity()).add(self.order, record)
            if name_key not in self.first:
                self.first[name_key] = {k: record.get(k) for k in ("source", "start", "end", "text", "sentence")}

    def finish(self) -> list[dict[str, Any]]:
        entities = dict(self.entities)
        for joins in (_middle_name_variants, _short_forms):
            for short, long in joins(entities).items():
                entities[long].absorb(entities.pop(short))
        found = []
        for name_key, entity in entities.items():
            name = entity.name()
            aliases = [a for a, _ in entity.aliases.most_common() if key(a) != key(name)]
            aliases += [n for n in entity.names if key(n) == key(name) and n != name]
            found.append({
                "schema": SCHEMA_VERSION, "extractor": "entities", **self.first.get(name_key, {}),
                "rule": "entities.across", "ambiguous": False, "alternatives": [],
                "name": name,
                "label": entity.label(),
                "count": entity.count,
                "documents": entity.documents,
                "sources": list(dict.fromkeys(source for _, source in entity.sources)),
                "aliases": list(dict.fromkeys(aliases)),
            })
        return sorted(found, key=lambda r: (-r["count"], r["name"]))


def across(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entity records of many documents (`extract entities DIR --jsonl`) as one record per entity:
    `name`, `label`, `count` (mentions), `documents`, the first few `sources`, `aliases`; most
    mentioned first. Records of other extractors are skipped."""
    corpus = Corpus()
    corpus.add(records)
    return corpus.finish()


def _corpus_key(record: dict[str, Any]) -> str:
    """Each document names a country as it likes (`America` here, `United States of America` there);
    the gazetteer knows them as one. Only countries: a state or city name can stand for several places."""
    name = str(record["name"])
    if record.get("label") == "GPE" and (place := lookup(name)) is not None and place.kind == "country":
        return place.ident
    return key(name)


def _middle_name_variants(entities: dict[str, _Entity]) -> dict[str, str]:
    """Full names of a person that share the given name and surname and whose middle parts agree
    (`John Kennedy`, `John F. Kennedy`, `John Fitzgerald Kennedy`), each to the longest of them. Two
    middles that disagree (`George W. Bush`, `George H. W. Bush`) are two people, and the form
    without a middle could be either, so it stays apart."""
    groups: dict[tuple[str, str], list[str]] = {}
    for ident, entity in entities.items():
        words = entity.name().split()
        if entity.label() == "PERSON" and len(words) >= 2:
            groups.setdefault((key(words[0]), key(words[-1])), []).append(ident)
    joins: dict[str, str] = {}
    for idents in groups.values():
        middles = {ident: entities[ident].name().split()[1:-1] for ident in idents}
        named = [ident for ident in idents if middles[ident]]
        if len(idents) < 2 or not all(middles_agree(middles[a], middles[b]) for a in named for b in named):
            continue
        head = max(idents, key=lambda i: (len(middles[i]), entities[i].count, len(entities[i].name()), i))
        joins.update({ident: head for ident in idents if ident != head})
    return joins


def _short_forms(entities: dict[str, _Entity]) -> dict[str, str]:
    """Short names that stand for exactly one longer entity of the corpus: one written as its alias
    (`BOJ` of `Bank of Japan`), or a person's surname or given name (`Takaichi`)."""
    owners: dict[str, set[str]] = {}
    for ident, entity in entities.items():
        label = entity.label()
        for alias in entity.aliases:
            if key(alias) != ident:
                owners.setdefault(key(alias), set()).add(ident)
        words = entity.name().split()
        if label == "PERSON" and len(words) >= 2:
            for word in (words[0], words[-1]):
                owners.setdefault(key(word), set()).add(ident)
    joins: dict[str, str] = {}
    for ident, entity in entities.items():
        candidates = owners.get(ident, set()) - {ident}
        if len(candidates) != 1 or len(entity.name().split()) > 1:
            continue
        (long,) = candidates
        if _compatible(entity.label(), entities[long].label()):
            joins[ident] = long
    return {short: long for short, long in joins.items() if short not in joins.values()}


def _compatible(short: str, long: str) -> bool:
    """A short form of a person may have been read as an organisation or left unlabelled; a place's
    name is not a person's surname (`Washington`)."""
    places = {"GPE", "LOC", "FAC"}
    return short == long or not ({short, long} & places)


def _capped_add(counts: Counter[str], item: str, n: int) -> None:
    if item in counts or len(counts) < SPELLINGS:
        counts[item] += n
