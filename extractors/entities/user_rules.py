"""A user's own entity rules (a rules file's `[[entities.patterns]]`, `never`, `[aliases]`), applied over the model.

Patterns are spaCy EntityRuler patterns, run over each parse with the model's
entities overwritten where they match, so every extractor (a position's holder,
a quote's source) reads the corrected entities. Each pattern's entity says
which line made it: its rule is `entities.rules:FILE:LINE`. Names that are
never entities leave the parse too. Aliases give one canonical name to the
records of an entity written in several ways (`Federal Reserve` = `Fed`), so they
join within a document and, with `--across`, between documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..engine.pipeline import text_of
from ..engine.records import Fact

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Keys a pattern may have: EntityRuler's, plus the canonical `name` and where it was written.
_PATTERN_KEYS = {"label", "pattern", "name", "source"}


@dataclass(frozen=True)
class Pattern:
    """One entity pattern: a phrase (matched as written) or a list of token patterns."""

    label: str
    pattern: str | tuple[Mapping[str, Any], ...]
    # The name every entity it finds is given (default: the text as written).
    name: str | None
    # Where it was written, `FILE:LINE` (or `patterns[N]` when given through the Python API).
    source: str


@dataclass(frozen=True)
class Alias:
    """Names that are one entity, and the name its records take."""

    name: str
    others: frozenset[str]
    source: str


def parse_patterns(value: Sequence[Mapping[str, Any]]) -> tuple[Pattern, ...]:
    """Patterns as the rules file or the Python API gives them; a malformed one is a ValueError naming it."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    if not isinstance(value, (list, tuple)):
        raise ValueError("patterns must be a list of tables, as [[entities.patterns]]")
    matcher = Matcher(Vocab(), validate=True)
    patterns = []
    for n, item in enumerate(value):
        where = str(item.get("source") or f"patterns[{n}]") if isinstance(item, Mapping) else f"patterns[{n}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: a pattern is a table with label and pattern")
        unknown = sorted(set(item) - _PATTERN_KEYS)
        if unknown:
            keys = ", ".join(sorted(_PATTERN_KEYS - {"source"}))
            raise ValueError(f"{where}: unknown key {unknown[0]!r} (a pattern has {keys})")
        label, pattern, name = item.get("label"), item.get("pattern"), item.get("name")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{where}: label must be an entity label such as ORG or PERSON")
        if isinstance(pattern, list):
            try:
                matcher.add("check", [pattern])
            except (ValueError, TypeError) as err:
                raise ValueError(f"{where}: not a token pattern: {str(err).splitlines()[0]}") from None
            pattern = tuple(pattern)
        elif not isinstance(pattern, str) or not pattern.strip():
            raise ValueError(f"{where}: pattern must be a phrase or a list of token patterns")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise ValueError(f"{where}: name must be the entity's canonical name")
        patterns.append(Pattern(label.strip().upper(), pattern, name, where))
    return tuple(patterns)


def parse_never(value: Iterable[str]) -> frozenset[str]:
    """Names that are never entities, compared without case."""
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError("never must be a list of names, as never = [\"GMT\"]")
    return frozenset(v.strip().casefold() for v in value if v.strip())


def parse_aliases(value: Mapping[str, Iterable[str]]) -> tuple[Alias, ...]:
    """A table of canonical name -> the other names of the same entity."""
    if not isinstance(value, Mapping):
        raise ValueError("aliases must be a table of name = [other names]")
    aliases = []
    for name, others in value.items():
        source = getattr(name, "source", None) or f"aliases[{name}]"
        if isinstance(others, str):
            others = [others]
        if not isinstance(others, (list, tuple)) or not all(isinstance(o, str) for o in others):
            raise ValueError(f"{source}: {name}: the other names must be a list of strings")
        aliases.append(Alias(str(name), frozenset(o.casefold() for o in others) | {str(name).casefold()}, source))
    return tuple(aliases)


def after_parse(nlp: Language, options: Any) -> Callable[[Doc], Doc] | None:
    """The step that puts the patterns' entities over the model's and takes out names that are never ones."""
    if options is None or not (options.patterns or options.never):
        return None
    rulers = _rulers(nlp, options.patterns)
    never = options.never

    def amend(doc: Doc) -> Doc:
        for ruler in rulers:
            doc = ruler(doc)
        if never:
            doc.ents = [e for e in doc.ents if e.text.casefold() not in never]
        return doc

    return amend


def _rulers(nlp: Language, patterns: Sequence[Pattern]) -> list[Callable[[Doc], Doc]]:
    """EntityRulers for the patterns: token patterns that only spell lower-case words go to a ruler
    that matches them as phrases without case, since spaCy's Matcher tries every token pattern at
    every token and a gazetteer of thousands of them would cost more than the parse."""
    if not patterns:
        return []
    from spacy.pipeline import EntityRuler

    plain, lowered = [], []
    for p in patterns:
        words = _lower_words(p.pattern)
        if words is not None and [t.text for t in nlp.make_doc(" ".join(words))] == words:
            lowered.append({"label": p.label, "pattern": " ".join(words), "id": p.source})
        else:
            plain.append({"label": p.label, "pattern": p.pattern if isinstance(p.pattern, str) else list(p.pattern),
                          "id": p.source})
    rulers = []
    for attribute, chosen in (("LOWER", lowered), ("ORTH", plain)):
        if chosen:
            ruler = EntityRuler(nlp, overwrite_ents=True, phrase_matcher_attr=attribute)
            ruler.add_patterns(chosen)
            rulers.append(ruler)
    return rulers


def _lower_words(pattern: str | tuple[Mapping[str, Any], ...]) -> list[str] | None:
    """The words of a token pattern made only of `{LOWER = "word"}` tokens, else None."""
    if isinstance(pattern, str):
        return None
    words = [token.get("LOWER") if len(token) == 1 else None for token in pattern]
    if all(isinstance(w, str) and w and w == w.lower() for w in words):
        return words  # type: ignore[return-value]
    return None


def ruled(doc: Doc, facts: list[Fact], options: Any) -> list[Fact]:
    """The piece's facts with the patterns' entities named, labelled and credited to their line.

    A pattern's entity that no record covers (dropped as junk by the usual filters) still gets one:
    the user's rule wins.
    """
    if options is None or not options.patterns:
        return facts
    by_source = {p.source: p for p in options.patterns}
    spans = [(e.start_char, e.end_char, by_source[e.ent_id_]) for e in doc.ents if e.ent_id_ in by_source]
    if not spans:
        return facts
    out, used = [], set()
    for fact in facts:
        hit = next(((s, e, p) for s, e, p in spans for m in fact.fields["mentions"]
                    if m["start"] < e and s < m["end"]), None)
        if hit is None:
            out.append(fact)
            continue
        used.add(hit[:2])
        out.append(_named(fact, hit[2]))
    for start, end, pattern in spans:
        if (start, end) not in used and not any(m["start"] < end and start < m["end"]
                                                for f in out for m in f.fields["mentions"]):
            text = text_of(doc)[start:end]
            used.add((start, end))
            out.append(_named(Fact(start, end, {"name": text, "label": pattern.label, "count": 1,
                                                "mentions": [{"start": start, "end": end, "text": text}],
                                                "aliases": [], "titles": []}), pattern))
    return out


def _named(fact: Fact, pattern: Pattern) -> Fact:
    fields = dict(fact.fields, label=pattern.label)
    if pattern.name and pattern.name != fields["name"]:
        fields["aliases"] = list(dict.fromkeys([*fields["aliases"], fields["name"]]))
        fields["name"] = pattern.name
    return replace(fact, fields=fields, rule=f"rules:{pattern.source}")


def aliased(facts: list[Fact], options: Any) -> list[Fact]:
    """Facts of one entity written in several ways renamed to its canonical name, so they join;
    facts named only by names that are never entities left out."""
    if options is None or not (options.aliases or options.never):
        return facts
    out = []
    for fact in facts:
        written = {fact.fields["name"].casefold(), *(m["text"].casefold() for m in fact.fields["mentions"])}
        if options.never and written <= options.never:
            continue
        alias = next((a for a in options.aliases if written & a.others), None)
        if alias is not None and fact.fields["name"] != alias.name:
            fields = dict(fact.fields, name=alias.name,
                          aliases=list(dict.fromkeys([*fact.fields["aliases"], fact.fields["name"]])))
            ruled_before = (fact.rule or "").startswith("rules:")
            fact = replace(fact, fields=fields, rule=fact.rule if ruled_before else f"rules:{alias.source}")
        out.append(fact)
    return out
