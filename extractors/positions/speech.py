"""Positions declared in speech: quoted commitments, conditional threats, demands on others.

`"We will not sign any deal that hurts our farmers," said the minister.` states
a policy whatever its verb; `The union said it would strike unless wages rise`
is a threat. Both need a verb of saying whose subject is the holder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..entities.layout import handed_over
from ..quotes.quotations import QUOTE_TOKENS
from . import holders, modality
from .actors import ACTOR_LABELS, PRONOUN_GENDERS, person_gender
from .cues import Cue
from .lexicon import (
    DESCRIPTION_LABELS,
    FORECAST_VERBS,
    NON_POLICY_VERBS,
    OBLIGING_MODALS,
    REPRESENTATIVES,
    SILENT_VERBS,
    VERBS,
    is_actor_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# (`can` only denied: `"We cannot accept this"` refuses, `"Together, we can fight for change"` only hopes)
_DECLARING_AUX = modality.FUTURE_AUX | frozenset({"must", "cannot", "ca", "wont"})
# A quotation's conditional or possible mood supposes (`"I would not discount their motives"`, `"I couldn't
# afford to"`): a view or a means, not what the speaker commits to; only `will` (or a denied `can`) commits.
_SUPPOSING_AUX = frozenset({"would", "'d", "could", "might", "may"})


def _rest_of_clause(verb: Token) -> str:
    """The verb's complements as written: `any deal that hurts our farmers`."""
    after = [t for t in verb.subtree if t.i > verb.i]
    closing = next((n for n, t in enumerate(after) if t.text in QUOTE_TOKENS), len(after))
    after = after[:closing]  # the quote ends there; what follows is attribution
    while after and after[-1].is_punct:
        after.pop()
    return verb.doc[after[0].i : after[-1].i + 1].text if after else ""


def _is_quoted(clause: Token) -> bool:
    """Inside quotation marks: at an opening one, or after one the tagger marks as opening (`"..., and we
    will fight it," said Chen`)."""
    left = clause.left_edge
    # `WASHINGTON (Reuters) - "We will ...`: the parser hangs the dateline on the clause; the clause starts after it
    left = clause.doc[next((end for start, end in handed_over(clause.doc) if start <= left.i < end), left.i)]
    before = clause.doc[left.i - 1] if left.i > left.sent.start else None
    if left.text in QUOTE_TOKENS or (before is not None and before.text in QUOTE_TOKENS):
        return True
    # `Last week, "We will fight this," the governor said`: the parser hangs the adverbial before the quotation on
    # its clause; the quotation opens at the subject
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    opening = subject.left_edge.i if subject is not None else 0
    if opening - 2 > left.i and clause.doc[opening - 1].text in QUOTE_TOKENS and clause.doc[opening - 2].text == ",":
        return True
    marks = [t for t in clause.doc[left.sent.start : left.i] if t.text in QUOTE_TOKENS]
    return bool(marks) and marks[-1].tag_ == "``"


def _aux(verb: Token) -> set[str]:
    return {c.lower_.replace("’", "'") for c in verb.children if c.dep_ in ("aux", "neg")}


def _quoted_commitment(clause: Token, speaker: Token | None) -> Cue | None:
    """`"We will not sign any deal," said the minister`: held by the speaker, else by `we` itself."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].i > clause.i or not first_person(subjects[0]) or not _is_quoted(clause):
        return None
    if not _aux(clause) & (_DECLARING_AUX | {"not", "n't", "never"}) or _aux(clause) & _SUPPOSING_AUX:
        return None  # `"I couldn't afford to"`, `"I wouldn't put it like that"`: what one could or would, not will
    if clause.tag_ == "VBG" and not _aux(clause) & _DECLARING_AUX:
        return None  # `"We're not just validating numbers"`: what one is doing (a stance verb is read on its own)
    if _acted(clause).lemma_.lower() in NON_POLICY_VERBS | SILENT_VERBS or _copula(clause) or _what_if(clause):
        # `"I don't know what his intentions are"`, `"We'll get there"`, `"I cannot detail the evidence"`: no
        # policy stated
        return None
    if modality.past(clause):
        return None  # `"We never envisioned that"`, `"I was never given any reason"`: what was, not what will be
    return Cue(subjects[0].i, clause.i + 1, "state", clause, (speaker or subjects[0],), _rest_of_clause(clause))


def _acted(clause: Token) -> Token:
    """The verb of what is done: the infinitive of a verb of starting or going on (`we will start to see more
    interest`: a seeing, no policy), else the clause's own."""
    if clause.lemma_.lower() not in _ASPECTUAL:
        return clause
    return next((c for c in clause.children if c.dep_ == "xcomp"), clause)


_ASPECTUAL = frozenset({"start", "begin", "continue", "keep", "commence", "resume"})


def _copula(clause: Token) -> bool:
    """`"I’m not satisfied"`: a state of mind, which the tagger may read as a verb with the lemma `’m`."""
    return clause.pos_ == "AUX" or clause.lower_.replace("’", "'") in ("'m", "'re", "'s", "am", "is", "are")


def _what_if(clause: Token) -> bool:
    """`I would have fired him`: what one would have done, not what one will do."""
    aux = _aux(clause)
    return "have" in aux and bool(aux & {"would", "could", "might", "'d"})


def first_person(subject: Token) -> bool:
    """`We`, `I`, `our members`, `my government`: the speaker speaks for themselves and their side; `our deal
    does not help` is a thing of theirs and `my adviser will issue a report` another person, neither the speaker."""
    mine = ("our", "my")
    if subject.lower_ in ("we", "i"):
        return True
    group = subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in DESCRIPTION_LABELS
    return group and is_actor_noun(subject.lemma_.lower()) and any(c.dep_ == "poss" and c.lower_ in mine
                                                                   for c in subject.children)


def _conditional_threat(clause: Token, speaker: Token) -> Cue | None:
    """`The union said it would strike unless wages rise`: the speaker's own action, on a condition."""
    if clause.pos_ != "VERB" or not _aux(clause) & modality.FUTURE_AUX:
        return None
    if _what_if(clause) or clause.lemma_.lower() in FORECAST_VERBS:
        return None  # `he would have fired him if ...`, `we will win if turnout is high`: a what-if, a forecast
    conditions = [c for c in clause.children if c.dep_ == "advcl" and modality.is_condition(c)
                  and not modality.counterfactual(c)]
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not conditions or not subjects or subjects[0].pos_ != "PRON":
        return None
    if subjects[0].lower_ not in ("we", "i") and _is_quoted(clause) and not _represents(speaker):
        return None  # `"If she gets the chance, she will sell the office," he says`: his forecast of her
    if _one_and_many(subjects[0], speaker):
        return None  # `supporters say ... unless Sanders disavows it, he would fall short`: not the speakers' act
    if _named_in_condition(subjects[0], conditions, speaker):
        return None  # `Trump said if Hillary Clinton is elected, she'll bring in ...`: his forecast of her
    holder = speaker if subjects[0].lower_ in ("we", "i") else subjects[0]
    text = clause.doc[clause.i : clause.right_edge.i + 1].text.rstrip(" .,;")
    # `If elected, I will build the wall`: a promise on the holder's own election, not a threat
    stance = "pledge" if all(_elected(c) for c in conditions) else "warn"
    return Cue(clause.i, clause.i + 1, stance, clause, (holder,), text)


def _one_and_many(pronoun: Token, speaker: Token) -> bool:
    """`he` said of speakers who are many (`supporters say he would ...`), or `they` of one person: someone other
    than the speaker, whose action the speaker forecasts."""
    many = speaker.tag_ in ("NNS", "NNPS")
    return (pronoun.lower_ in ("he", "she") and many) or (
        pronoun.lower_ == "they" and speaker.ent_type_ == "PERSON" and not many)


def _named_in_condition(pronoun: Token, conditions: list[Token], speaker: Token) -> bool:
    """`he` or `she` after a condition whose subject is a person other than the speaker, of that person's gender and
    not the speaker's: that person (`Trump said if Hillary Clinton is elected, she'll ...`; not `Warren said that if
    Donald Trump wins, she will fight him`)."""
    gender = PRONOUN_GENDERS.get(pronoun.lower_)
    if gender not in ("he", "she"):
        return False
    named = [s for c in conditions for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ == "PERSON"]
    said_by = person_gender(speaker)
    return said_by is not None and any(
        s.lower_ not in {t.lower_ for t in speaker.subtree} and person_gender(s) == gender != said_by for s in named)


def _represents(speaker: Token) -> bool:
    """`a spokesman`, `Clinton spokesman Jesse Lehrich`: one who speaks for the person they quote."""
    return any(t.lemma_.lower() in REPRESENTATIVES for t in speaker.subtree)


def _elected(condition: Token) -> bool:
    """`if elected`, `if I am elected`, `if re-elected`: the holder taking office."""
    return condition.lemma_.lower() in ("elect", "re-elect", "reelect")


def _may_act(subject: Token) -> bool:
    """Someone who can be told to act (`the government`, `Israel`, `they`), not `the economy should recover`."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("you", "they", "he", "she")
    return subject.ent_type_ in ACTOR_LABELS or is_actor_noun(subject.lemma_.lower())


def _obligation(clause: Token, speaker: Token) -> Cue | None:
    """`"The government must act now," said the union leader`: the speaker demands it of someone else. The cue
    is the saying (`said`), the target the whole clause demanded (`The government must act now`), so that
    neither holds the other and the target reads as it was said."""
    modal = next((c for c in clause.children
                  if c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS and c.i < clause.i), None)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if modal is None or not subjects or first_person(subjects[0]):
        return None
    if subjects[0].dep_ != "nsubjpass" and not _may_act(subjects[0]):
        return None  # `the economy should recover` predicts; `the law must be repealed` demands
    if "have" in _aux(clause):
        return None  # `he should have been tougher`: a reproach for the past, not a demand
    if VERBS.get(speaker.head.lemma_.lower()) == "warn":
        return None  # `warned officials that they should expect little help`: the warning is the stance declared
    start = subjects[0].left_edge.i
    words = [t for t in clause.subtree if t.i >= start]
    # a quotation of the clause ends at its closing mark; marks inside a reported clause are its own
    # (`said the council "must act now" on housing`)
    closing = next((n for n, t in enumerate(words) if n and t.text in QUOTE_TOKENS and _is_quoted(clause)),
                   len(words))
    words = words[:closing]
    while words and words[-1].is_punct:
        words.pop()
    first, end = _saying(speaker)
    return Cue(first, end, "demand", clause, (speaker,), clause.doc[start : words[-1].i + 1].text)


def _saying(speaker: Token) -> tuple[int, int]:
    """The words that attribute the clause to `speaker`: its verb of saying, or `according to`."""
    head = speaker.head
    if head.lower_ == "to" and head.head.lower_ == "according":
        return head.head.i, head.i + 1
    return head.i, head.i + 1


def _refusal_for(clause: Token, speaker: Token) -> Cue | None:
    """`The government will not sign the pact, a spokesman said`: a refusal its own spokesperson announces.
    Only a representative's word makes it the subject's policy (`analysts said` would be a forecast)."""
    if speaker.lemma_.lower() not in REPRESENTATIVES or any(c.dep_ == "prep" for c in speaker.children):
        return None
    if not _aux(clause) & modality.FUTURE_AUX or not _aux(clause) & {"not", "n't", "never"}:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if not subjects or first_person(subjects[0]) or not _may_act(subjects[0]) or subjects[0].lower_ == "you":
        return None
    return Cue(clause.i, clause.i + 1, "state", clause, (subjects[0],), _rest_of_clause(clause))


# What a speaker's clause may declare, in order, with the rule name records give it.
_SPOKEN = ((_quoted_commitment, "quoted_commitment"), (_conditional_threat, "conditional_threat"),
           (_obligation, "speech_demand"), (_refusal_for, "announced_refusal"))


def find(sent: Span, taken: set[int]) -> Iterator[Cue]:
    """Speech cues on verbs other than those in `taken`.

    A quoted refusal (`"We will not accept this"`) is a statement whatever its
    verb, and `the rebels must reject violence, the envoy said` is the envoy's
    demand, so the caller leaves only asserted lexicon cues in `taken`.
    """
    for clause in sent:
        if clause.i in taken or clause.pos_ not in ("VERB", "AUX"):
            continue
        speaker = holders.speaker(clause)
        cue, rule = None, ""
        if speaker is not None:
            cue, rule = next(((found, name) for finder, name in _SPOKEN
                              if (found := finder(clause, speaker)) is not None), (None, ""))
        elif clause.dep_ == "ROOT" and sent.text.lstrip().startswith(('"', "“")):
            # a quotation running on: `we` is its earlier speaker
            cue, rule = _quoted_commitment(clause, None), "quoted_commitment"
        if cue is not None:
            yield replace(cue, rule=rule)
