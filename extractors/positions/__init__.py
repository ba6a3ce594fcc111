"""positions: who supports, opposes, demands, pledges, reverses or warns about what.

Cues come from a lemma lexicon read through the dependency parse (`cues.py`,
`speech.py`), filtered to those that declare something (`declared.py`);
holders are actors resolved to canonical names (`actors.py`: relative pronouns
to their antecedent, possessives to their owner, pronouns by gender and by the
speaker of the clause they sit in, titles and descriptions to the person last
named); negation and hedges come from the cue's own verb chain (`modality.py`).
Headlines (title-case lines) keep only holders the article names elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..engine.extractor import Extractor, Field, Layout, option
from ..engine.records import Context, Fact, Record
from .lexicon import FIRST_PERSON
from .scoring import score

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import Actor
    from .cues import Cue


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    from ..engine.pipeline import text_of
    from ..quotes.quotations import quotations
    from . import holders, resolution, speakers
    from .cues import is_headline
    from .declared import declared
    from .quoted import said_of_another

    marks = quotations(text_of(doc))
    for line in resolution.sentences(doc, context.state):
        sent, salience, headline = line.sent, line.salience, is_headline(line.sent)
        for cue in declared(sent, context.options):
            speaker = speakers.of_cue(cue.anchor, salience, line.running)
            named: set[str] = set()
            for head in holders.without_appositions(cue.holders):
                mine = head.lower_ in FIRST_PERSON or (head.pos_ != "PROPN" and any(
                    c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.children))
                if speaker is None and mine and head.i not in salience.pinned:
                    # `no one has answered my requests`, `"my father will change the laws"`, a quotation of no
                    # known speaker: no holder (`Our Revolution` is a name)
                    continue
                for actor in salience.describe(head, speaker):
                    if actor.name in named:
                        continue  # `super PACs, PACs ... they`: one holder named twice is one record
                    if actor.name.casefold() in _GENERIC or actor.name.casefold().endswith(_CROWDS):
                        continue  # `people ... they never asked for`, `as many people signed up`: nobody in particular
                    if _unresolved(actor.name):
                        continue  # `I`, `his attorney`, `whose leaders`: whom the words stand for is not known
                    if headline and not resolution.named_elsewhere(doc, sent, actor.name, actor.text):
                        continue  # `Obama Calls On Men To Reflect`: a headline's words read as a name
                    if said_of_another(doc[cue.start], head, actor, speaker, marks):
                        continue  # `"He wants to ban them," she said`: her charge, not his declared position
                    named.add(actor.name)
                    yield _fact(doc, cue, actor)


_GENERIC = frozenset({"people", "others", "some", "many", "those", "everyone", "anyone", "somebody", "someone",
                      "most", "all", "crowds"})


# A holder whose last word is one of these is a crowd, however it is counted (`many people`, `more young, healthy
# people`), not someone who declared anything.
_CROWDS = (" people", " persons", " others")


def _unresolved(name: str) -> bool:
    """A holder the resolver left as a pronoun (`I`, `they`), or owned by one (`his attorney`, `whose leaders`),
    tells the reader nobody; a name that opens with one is a name (`Our Revolution`), and so is an acronym."""
    from .holders import RELATIVE_PRONOUNS
    from .lexicon import PRONOUN_LABELS

    words = name.split()
    if not words or (len(words) > 1 and not words[0].islower()) or (len(words[0]) > 1 and words[0].isupper()):
        return False  # (`WHO`, `IT` are acronyms)
    first = words[0].casefold()
    return first in FIRST_PERSON or first in PRONOUN_LABELS or first in RELATIVE_PRONOUNS or first in _OTHER_PRONOUNS


_OTHER_PRONOUNS = frozenset({"whose", "you", "your", "yours"})


def _fact(doc: Doc, cue: Cue, actor: Actor) -> Fact:
    from . import modality

    first, last = _declaring_verb(cue), doc[cue.end - 1]
    cue_text = doc[first : cue.end].text
    # A statement's own negation is part of what it states (`"We will not sign"`), not a denied stance.
    verbal = not cue.nominal and cue.stance != "state"
    # `"Voters shouldn't lose their right," he said`: the demand's own words; only the saying denies or hedges it
    carrier = doc[cue.start] if cue.rule == "speech_demand" else cue.anchor
    negated = verbal and modality.negated(carrier)
    target = _without_cue(cue.target, cue_text)
    if negated and modality.denying_quantity(carrier):
        target = _without_denial(target)
    return Fact(
        start=doc[first].idx,
        end=last.idx + len(last.text),
        rule=cue.rule,
        fields={
            "holder": actor.name,
            "holder_text": actor.text,
            "stance": cue.stance,
            "cue": cue_text,
            # an absent target is null
            "target": target or None,
            "negated": negated,
            "hedged": verbal and modality.hedged(carrier),
        },
    )


def _declaring_verb(cue: Cue) -> int:
    """Where the cue starts: at the verb of wanting, refusing or vowing that governs the stance's infinitive,
    which is what declares it (`wants to sign up`, `declined to threaten`, `refuses to release`)."""
    from . import modality
    from .lexicon import DECLARING_GOVERNORS

    first = cue.start
    if cue.nominal:
        return first
    for governor in modality.governors(cue.anchor):
        if governor.i < first and governor.lemma_.lower() in DECLARING_GOVERNORS and governor.i >= cue.start - 4:
            first = governor.i
    return first


def _without_denial(target: str) -> str:
    """`want no repeat of the 1980 convention`, negated: the target is `a repeat of ...`'s words without the `no`
    that already set `negated`, so that the two do not read as a double denial."""
    from .lexicon import NONE_WORDS

    first, _, rest = target.partition(" ")
    return rest if first in NONE_WORDS and rest else target


def _without_cue(target: str, cue: str) -> str:
    """What the stance is about, never its cue."""
    import re

    found = re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", target)
    if found is None:
        return target
    at = found.start()
    if at == 0:
        return target[len(cue) :].strip(" ,;:")
    # `The teachers' strike [was supported] by most parents, a poll found`: what comes before the cue
    words = target[:at].split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    return " ".join(words).strip(" ,;:").rstrip(" ([{—–")  # (`some (favored by Democrats)`: no bracket left open)


_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would"})


def summary(record: Record) -> str:
    marks = [m for m in ("negated", "hedged") if record.get(m)]
    hedges = f" ({', '.join(marks)})" if marks else ""
    return f"{record.get('holder')} {record.get('stance')}{hedges} → {record.get('target')}"


STANCES = ("support", "oppose", "demand", "pledge", "reverse", "warn", "state")


def _cue_words(value: Any) -> Any:
    from .user_cues import parse_cues  # the parse-reading modules load with the first document, not for --help

    return parse_cues(value)


def _never_cues(value: Any) -> frozenset[str]:
    from .user_cues import parse_never

    return parse_never(value)


@dataclass(frozen=True)
class PositionsOptions:
    # Set in a rules file ([positions.cues], [positions] never_cues) or the Python API; no flag carries them.
    cues: tuple[Any, ...] = option((), "Cue words or phrases and their stance (slammed = \"oppose\").",
                                   parse=_cue_words, flag=False)
    never_cues: frozenset[str] = option(frozenset(), "Words or phrases never read as cues.", parse=_never_cues,
                                        flag=False)


# What `Fact.rule` names: the construction that read the cue.
RULES = {
    "cue_verb": "a stance verb on its own (backed, rejected, urged, vowed)",
    "idiom": "an idiom (threw its weight behind, came out against)",
    "light_verb": "a light verb with a stance noun (voiced support for, expressed opposition to)",
    "reversal": "a change of stance (reversed its stance on, U-turn)",
    "in_favour": "be in favour of, be against",
    "phrasal_verb": "a phrasal verb (backs down, signed up to)",
    "stative": "a stance adjective or stative passive (is opposed to, is committed to)",
    "verb_infinitive": "a verb with an infinitive (vowed to, refused to)",
    "asking": "a request of someone (asked X to, called on X to)",
    "wanting": "a wish or demand (wants X to, insists that)",
    "proposing": "a proposal (proposed, put forward)",
    "stating": "a statement of what should be (said that X should)",
    "side_taker": "a side taken (a supporter of, critics of)",
    "cue_noun": "a stance noun with its owner (Japan's support for, the union's demand)",
    "headline_verb": "a headline's verb (Obama Backs Deal)",
    "verb_read_as_modifier": "a stance verb the parser read inside a noun phrase (Trump accused Cruz, ..., of)",
    "hyphen_backer": "a name hyphened to a participle of backing before a noun (Sanders-endorsed candidates)",
    "quoted_commitment": "a quoted commitment of the speaker (\"We will not sign\", said the minister)",
    "conditional_threat": "a threat on a condition (said it would strike unless ...)",
    "speech_demand": "a demand the speaker makes of others (\"The government must act\", the union said)",
    "announced_refusal": "a refusal its spokesperson announces (will not sign, a spokesman said)",
    "rules": "a cue word from a rules file ([positions.cues] slammed = \"oppose\")",
}
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
    version="49",
    label="stance",
    value="holder",
    layout=Layout(("source", "holder", "holder_text", "stance", "cue", "target", "negated", "hedged"),
                  highlight="stance"),
    summary=summary,
    scorer=score,
    colour="#f48fb1",
    options=PositionsOptions,
    rules=RULES,
)
