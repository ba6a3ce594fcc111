"""Whether a cue is denied, hedged, or not asserted at all (a question, a condition)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lexicon import (
    DENYING_VERBS,
    HEARSAY_SOURCES,
    HEDGING_ADVERBS,
    HEDGING_GOVERNORS,
    HEDGING_MODALS,
    NEGATING_GOVERNORS,
    OBLIGING_MODALS,
    UNASSERTED_MARKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_INDEFINITE_ARTICLES = frozenset({"a", "an", "any", "every", "each", "no"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nor"})


def governors(verb: Token) -> Iterator[Token]:
    """The verb, then the verbs whose infinitive or gerund it is (`refused to back`, `is expected to back`,
    `stopped short of backing`)."""
    yield verb
    while True:
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "pcomp" and (ruling := _ruling_verb(verb.head)) is not None:
            verb = ruling
        else:
            return
        yield verb


def _ruling_verb(prep: Token) -> Token | None:
    """The verb a gerund's preposition hangs on (`refrained from backing`, `stopped short of backing`)."""
    if prep.lower_ not in ("of", "from"):
        return None  # `by backing`, `after backing`: a means or a time, not what the verb governs
    head = prep.head
    if head.dep_ == "advmod" and head.pos_ != "VERB":
        head = head.head
    return head if head.pos_ == "VERB" and head.i != prep.i else None


def _has_negation(token: Token) -> bool:
    """`not`, `never`, and `no longer` (where the parser hangs `no` on `longer`)."""
    if any(c.lower_ == "only" for c in token.children):
        return False  # `not only ... but also`
    for child in token.children:
        if child.dep_ in ("neg", "preconj") and child.lower_ in _NEGATIONS:
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
    return False


def negated(verb: Token) -> bool:
    """`did not endorse`, `no longer supports`, `refused to back`, `Neither X nor Y backed`, `had no objection`,
    `denied that it had lobbied against`."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING_VERBS:
        return True
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children):
        return True  # `had no objection to`, `backed no candidate`
    for n, governor in enumerate(governors(verb)):
        if _has_negation(governor):
            return True
        if n and governor.lemma_.lower() in NEGATING_GOVERNORS:
            return True
        if n and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
            return True  # `has yet to endorse`
    return False


def hedged(verb: Token) -> bool:
    """`could support`, `is expected to back`, `reportedly opposed`, `is said to favour`,
    `according to reports, ... opposed`."""
    for n, governor in enumerate(governors(verb)):
        for child in governor.children:
            if child.dep_ == "aux" and child.lower_ in HEDGING_MODALS:
                return True
            if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
                return True
            if child.dep_ == "prep" and child.lower_ == "according" and _hearsay(child):
                return True
        if n and governor.lemma_.lower() in HEDGING_GOVERNORS:
            return True
    return False


def _hearsay(according: Token) -> bool:
    """`according to reports`, `according to people familiar with the matter`: unnamed sources."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in HEARSAY_SOURCES for t in according.subtree)


def obliged(verb: Token) -> bool:
    """`the leaders must reject terrorism`: a third party told what to do, not a position they took."""
    for governor in governors(verb):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in governor.children):
            return True
    return False


def unasserted(token: Token) -> bool:
    """Inside a question, a condition, an indirect question or a clause about an indefinite actor
    (`a country that rejects the deal`): nothing is declared there."""
    if token.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    node = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in node.children):
            return True
        if node.dep_ == "relcl" and node.head.left_edge.lower_ in _INDEFINITE_ARTICLES:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
