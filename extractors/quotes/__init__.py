"""quotes: who said what — direct, indirect and mixed quotes, with the source resolved to a name.

Cues (`cues.py`) are verbs of saying, writing and thinking, `according to`,
colon layouts and statement nouns; quotations (`quotations.py`) are found in
the text and joined to the cue they touch; sources go through the holder
resolver of `positions` (`find.py`). One record per attribution; its
`start`/`end` cover the cue, `content_start`/`content_end` what was said.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..engine.extractor import Extractor, Field, Layout
from ..engine.records import Context, Fact, Record

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quotes(doc: Doc, context: Context) -> Iterator[Fact]:
    from .find import find  # loads with the first document, not for `extract --help`

    return find(doc, context)


def summary(record: Record) -> str:
    content = str(record.get("content") or "")
    shown = content if len(content) <= 80 else content[:77] + "..."
    return f"{record.get('holder') or '(unnamed source)'} ({record.get('kind')}): {shown}"


_NAME = ("string", "null")
# What `Fact.rule` names: the layout that read the attribution.
RULES = {
    "reporting_verb": "a verb of saying or writing with what was said (said, told reporters, wrote, tweeted)",
    "thought": "a verb of thinking or wanting (believes, thinks, is concerned that, wants)",
    "evidence": "evidence that shows something (a poll shows, the report found)",
    "records": "evidence set off by commas after or inside the clause it documents (..., records show)",
    "act_verb": "an act of speech with its object (denied the claim, announced the plan)",
    "according_to": "according to X",
    "noun_cue": "a noun of a statement (in a statement, the claim that, allegations that, my impression is that)",
    "colon": "a colon layout (Trump: \"...\")",
    "headline": "a title-case headline's verb (Carly Fiorina Endorses Ted Cruz)",
    "dash": "a dash layout (\"...\" — Clinton campaign)",
    "seeming": "how something seems, appears or is seen, to no one named (the plan seems doomed, is seen as, "
               "is accused of)",
    "made": "a statement made with make (made it clear that, made the case for)",
    "hearsay": "hearsay with no source named (the FBI is reportedly planning to ...)",
    "survey": "a poll opening the clause it reports (In a CNN poll, 38 percent said ...)",
    "inverted": "a sentence opening with its cue and speaker before a quotation (Said Ellis: \"...\")",
}
EXTRACTOR = Extractor(
    name="quotes",
    description="Quotes: who said what, direct, indirect and mixed, with the speaker resolved.",
    extract=find_quotes,
    needs=frozenset({"sentences", "tags", "lemmas", "parse", "ner"}),
    fields=(
        Field("holder", _NAME, "Canonical name of the source (`he` -> `Donald Trump`); null when implicit."),
        Field("holder_text", _NAME, "The source as written (`he`, `the newspaper`); null when implicit."),
        Field("cue", "string", "The words that introduce it (`said`, `told reporters`, `according to`, `:`)."),
        Field("content", "string", "What was said, as written (first to last part of a split quotation)."),
        Field("content_start", "integer", "Offset of `content` in the document text."),
        Field("content_end", "integer", "Offset of the end of `content`."),
        Field("kind", "string", "All in quotation marks, paraphrase, or both.", enum=("direct", "indirect", "mixed")),
    ),
    version="40",
    label="kind",
    value="holder",
    layout=Layout(("source", "holder", "holder_text", "cue", "kind", "content"), highlight="holder"),
    summary=summary,
    colour="#ffcc80",
    rules=RULES,
)
