"""positions: who supports, opposes, demands, pledges, reverses or warns about what.

Cues come from a lemma lexicon read through the dependency parse (`cues.py`,
`speech.py`), filtered to those that declare something (`declared.py`);
holders are actors resolved to canonical names (`actors.py`); negation and
hedges come from the cue's own verb chain (`modality.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Context, Fact
from ..registry import Extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import Actor
    from .cues import Cue


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    from . import speakers
    from .actors import Salience
    from .declared import declared

    salience: Salience = context.state.setdefault("salience", Salience())
    quoting: speakers.Speakers = context.state.setdefault("speakers", speakers.Speakers())
    ents = list(doc.ents)  # `Span.ents` rescans the whole document each time: bucket them once
    starts = [ent.start for ent in ents]
    for sent in doc.sents:
        salience.observe(sent, ents[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)])
        running = quoting.of_sentence(sent, salience)
        for cue in declared(sent):
            speaker = speakers.of_cue(cue.anchor, salience, running)
            for head in cue.holders:
                for actor in salience.describe(head, speaker):
                    yield _fact(doc, cue, actor)
        salience.next_sentence()


def _fact(doc: Doc, cue: Cue, actor: Actor) -> Fact:
    from . import modality

    last = doc[cue.end - 1]
    # A statement's own negation is part of what it states (`"We will not sign"`), not a denied stance.
    verbal = not cue.nominal and cue.stance != "state"
    return Fact(
        start=doc[cue.start].idx,
        end=last.idx + len(last.text),
        fields={
            "holder": actor.name,
            "holder_text": actor.text,
            "stance": cue.stance,
            "cue": doc[cue.start : cue.end].text,
            "target": cue.target,
            "negated": verbal and modality.negated(cue.anchor),
            "hedged": verbal and modality.hedged(cue.anchor),
        },
    )


EXTRACTOR = Extractor(
    name="positions",
    description="declared positions: who supports, opposes, demands, pledges, reverses or warns about what",
    extract=find,
    needs=frozenset({"sentences", "tags", "lemmas", "parse", "ner"}),
    fields=("holder", "holder_text", "stance", "cue", "target", "negated", "hedged"),
    version="2",  # bumped when its readings change, so `--db` runs re-read the documents
)
