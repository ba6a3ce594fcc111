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

from ..engine.extractor import Extractor, Field, Layout
from ..engine.records import Context, Fact, Record
from .scoring import score

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
            "target": cue.target or None,  # an absent target is null, as the contract has it
            "negated": verbal and modality.negated(cue.anchor),
            "hedged": verbal and modality.hedged(cue.anchor),
        },
    )


def summary(record: Record) -> str:
    marks = [m for m in ("negated", "hedged") if record.get(m)]
    hedges = f" ({', '.join(marks)})" if marks else ""
    return f"{record.get('holder')} {record.get('stance')}{hedges} → {record.get('target')}"


STANCES = ("support", "oppose", "demand", "pledge", "reverse", "warn", "state")
EXTRACTOR = Extractor(
    name="positions",
    description="Declared positions: who supports, opposes, demands or pledges what.",
    extract=find,
    needs=frozenset({"sentences", "tags", "lemmas", "parse", "ner"}),
    fields=(
        Field("holder", "string", "Canonical name of who holds the position (an entity name where one is known)."),
        Field("holder_text", "string", "The holder as written (`Tokyo`, `it`, `the Central Asian states`)."),
        Field("stance", "string", "What the holder does about the target.", enum=STANCES),
        Field("cue", "string", "The words that carry the stance (`backed`, `affirmed support for`)."),
        Field("target", ("string", "null"), "What the stance is about, as written; null when the text names none."),
        Field("negated", "boolean", "The cue is negated (`did not endorse`)."),
        Field("hedged", "boolean", "The cue is hedged (`could support`, `is expected to back`, `reportedly`)."),
    ),
    version="2",
    label="stance",
    value="holder",
    layout=Layout(("source", "holder", "holder_text", "stance", "cue", "target", "negated", "hedged"),
                  highlight="stance"),
    summary=summary,
    scorer=score,
    colour="#f48fb1",
)
