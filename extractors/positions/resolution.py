"""One walk per document of who is who, read by both `quotes` and `positions`.

Both extractors resolve their holders against the actors named so far
(`actors.Salience`) and the speaker of the quotation under way
(`speakers.Speakers`). Walking the sentences once, and keeping for each the
state its readers need, makes `extract all` pay for the walk once, and lets the
two extractors never disagree about who a pronoun is.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import Actor, Salience, no_name
from .speakers import Speakers, first_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = f"{__name__}.walk"


@dataclass(frozen=True)
class Sentence:
    """A sentence with what its readers may ask of it: the actors known once it is read (`salience`, a copy
    later sentences leave alone) and its speaker, else the running quotation's (`running`)."""

    sent: Span
    salience: Salience
    running: Actor | None


@dataclass
class Carried:
    """What one piece of a long document hands to the next (`Context.state`)."""

    salience: Salience = field(default_factory=Salience)
    speakers: Speakers = field(default_factory=Speakers)


def sentences(doc: Doc, state: dict[str, object]) -> list[Sentence]:
    """The document's sentences as the resolver read them, walked on the first call for `doc` and shared by every
    later one; `state` is the caller's `Context.state`, which carries the walk from piece to piece."""
    carried = state.setdefault("resolver", Carried())
    walked: tuple[Carried, list[Sentence]] | None = doc.user_data.get(_KEY)
    if walked is None:
        assert isinstance(carried, Carried)
        walked = doc.user_data[_KEY] = (carried, _walk(doc, carried))
    state["resolver"] = walked[0]  # the next piece goes on from the walk that was read, whoever walked it
    return walked[1]


def _walk(doc: Doc, carried: Carried) -> list[Sentence]:
    from .cues import is_headline

    salience, quoting = carried.salience, carried.speakers
    answers = first_person(doc)  # `A: I think so`: the one interviewed; an op-ed's writer
    ents = _with_unmarked_people(doc)  # `Span.ents` rescans the whole document each time: bucket them once
    starts = [ent.start for ent in ents]
    found = []
    for sent in doc.sents:
        named = [ent for ent in ents[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
                 if not no_name(ent.text)]
        if named and is_headline(sent):
            # `Obama Says ...`: a headline's capitals make names of its verbs; keep those named elsewhere
            named = [ent for ent in named if named_elsewhere(doc, sent, ent.text, ent.text)]
        for token in sent if answers else ():
            if token.i in answers:
                salience.pin(token, Actor(answers[token.i], token.text, "PERSON"))
        quoting.pin_tags(sent, salience)
        salience.observe(sent, named)
        running = quoting.of_sentence(sent, salience)
        found.append(Sentence(sent, salience.snapshot(), running))
        salience.next_sentence()
    return found


def _with_unmarked_people(doc: Doc) -> list[Span]:
    """The model's entities, and the people the entities extractor found by their full names where the model
    marked nothing (`And oh yes, Carly Fiorina: ... She said`): a pronoun after them stands for them. Not in a
    quotation, where a name is what someone said, no one in the story's own sentences."""
    from ..entities import clusters
    from .speakers import open_before

    ents = list(doc.ents)
    marked = {i for ent in ents for i in range(ent.start, ent.end)}
    quoted = open_before(doc)
    for cluster in clusters(doc):
        if cluster.label != "PERSON":
            continue
        for start, end in cluster.mentions:
            span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
            if span is not None and len(span) > 1 and not quoted[span.start] and not marked.intersection(
                    range(span.start, span.end)):
                ents.append(span)
    return sorted(ents, key=lambda ent: ent.start)


def named_elsewhere(doc: Doc, sent: Span, name: str, text: str) -> bool:
    """A headline's holder is one the article names outside the headline too, and a short one."""
    if len(text.split()) > 4 or not text.split():
        return False
    from ..engine.pipeline import text_of

    whole = text_of(doc)
    return any(word in whole[: sent.start_char] or word in whole[sent.end_char :] for word in (name, text))
