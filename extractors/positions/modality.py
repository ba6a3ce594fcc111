"""Whether a cue is denied, hedged, or not asserted at all (a question, a condition)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lexicon import (
    ASKING_VERBS,
    DEFERRING_PHRASAL,
    DENYING_VERBS,
    EVIDENCE_NOUNS,
    HEARSAY_SOURCES,
    HEDGING_ADVERBS,
    HEDGING_GOVERNORS,
    HEDGING_MODALS,
    NEGATING_GOVERNORS,
    NONE_WORDS,
    OBLIGING_MODALS,
    REFUSAL_NOUNS,
    SCANT_WORDS,
    SPEECH_VERBS,
    UNASSERTED_MARKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_INDEFINITE_ARTICLES = frozenset({"a", "an", "any", "every", "each", "no"})
_NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "nor"})
# Verbs whose bare infinitive clause is what they let or make happen (`let editorials tell them`).
_CAUSATIVES = frozenset({"let", "make", "have", "help", "watch", "see"})
# Auxiliaries of what will be, as the tokenizer writes them (`won't` is `wo` + `n't`).
FUTURE_AUX = frozenset({"will", "would", "shall", "wo", "'ll"})


def governors(verb: Token) -> Iterator[Token]:
    """The verb, then the verbs whose infinitive or gerund it is (`refused to back`, `is expected to back`,
    `stopped short of backing`)."""
    yield verb
    while True:
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "advcl" and verb.head.i != verb.i and infinitive(verb):
            verb = verb.head  # `did not step up to oppose`, `it is impossible for the EU to approve`
        elif verb.dep_ == "pcomp" and (ruling := _ruling_verb(verb.head)) is not None:
            verb = ruling
        elif verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and _deferring(verb.head):
            verb = verb.head  # `held off endorsing`
        elif verb.dep_ == "acl" and infinitive(verb) and verb.head.lemma_.lower() in REFUSAL_NOUNS:
            verb = verb.head  # `Cruz's refusal to disavow the endorsement`
        elif verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in _CAUSATIVES:
            verb = verb.head  # `may not let editorials tell them`: what the governing verb lets happen
        else:
            return
        yield verb


def infinitive(verb: Token) -> bool:
    """`to back`: a verb with its infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _ruling_verb(prep: Token) -> Token | None:
    """The verb a gerund's preposition hangs on (`refrained from backing`, `stopped short of backing`)."""
    head = prep.head
    if prep.lower_ == "on" and _deferring(head):
        return head  # `held off on backing`
    if prep.lower_ in ("toward", "towards", "about") and head.lemma_.lower() in HEDGING_GOVERNORS:
        return head  # `is leaning toward backing`, `is thinking about backing`: an inclination, not yet the stance
    if prep.lower_ not in ("of", "from"):
        return None  # `by backing`, `after backing`: a means or a time, not what the verb governs
    if head.dep_ == "advmod" and head.pos_ != "VERB":
        head = head.head
    return head if head.pos_ == "VERB" and head.i != prep.i else None


def _scant(word: Token) -> bool:
    """`few`, `little` without an article: next to none (`offered few ideas`), unlike `a few ideas`."""
    return word.lower_ in SCANT_WORDS and not (word.i and word.doc[word.i - 1].lower_ == "a")


def _deferring(verb: Token) -> bool:
    """`held off`, `put off`: a verb and particle that put off what they govern (`held off endorsing`)."""
    return any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in DEFERRING_PHRASAL for c in verb.children)


def _has_negation(token: Token) -> bool:
    """`not`, `never`, and `no longer` (where the parser hangs `no` on `longer`), also on the verb's auxiliary
    (`does not, and never will, accept`, where the parser hangs `never` on `will`)."""
    if any(c.lower_ == "only" for c in token.children):
        return False  # `not only ... but also`
    if token.pos_ == "VERB" and any(a.dep_ == "neg" and a.lower_ in _NEGATIONS and a.i < c.i
                                    for c in token.children if c.dep_ == "aux" and c.i < token.i for a in c.children):
        return True
    for child in token.children:
        # (before its verb: `— probably not exactly what he had in mind` after it is a comment on the clause)
        if child.dep_ in ("neg", "preconj") and child.lower_ in _NEGATIONS and (
                child.i < token.i or token.pos_ != "VERB"):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
    return False


def past(clause: Token) -> bool:
    """`they had made history`, `the plant was saved`, `it has worked`, `I didn't work on it`: a clause about what is
    done; a guarantee or a commitment is about what will be (`it will stay open`, `nobody loses coverage`)."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return clause.tag_ == "VBD" or "did" in aux or (
        clause.tag_ == "VBN" and bool(aux & {"had", "has", "have", "was", "were"})
        and not aux & FUTURE_AUX)


def _neither_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ == "neither" for c in verb.children)


def negated(verb: Token) -> bool:
    """`did not endorse`, `no longer supports`, `refused to back`, `Neither X nor Y backed`, `had no objection`,
    `denied that it had lobbied against`."""
    if any(_neither_subject(g.head if g.dep_ == "acomp" else g) for g in governors(verb)):
        return True  # `Neither Johnson nor Weld is inclined to attack Clinton`: the subject of the governing verb
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children):
        return True  # `neither backed nor opposed the deal`
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING_VERBS:
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and _done_by_no_one(verb.head):
        return True  # `none has said they want military engagement`: nobody declared it
    if denying_quantity(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against":
        return True  # `decided against recommending charges`
    if _after_too(verb):
        return True  # `too risky to support`, `too many disturbing things for me to dismiss`
    # each denial turns the stance over, so two cancel (`did not refuse to back`, `is not afraid to criticize`)
    denials = 0
    for n, governor in enumerate(governors(verb)):
        denials += _denied(governor) + _done_by_no_one(governor)  # `none of the candidates is pushing for`
        if n and (governor.lemma_.lower() in _REFUSING or _deferring(governor)):
            denials += 1
        if n and any(c.dep_ == "acomp" and c.lemma_.lower() in NEGATING_GOVERNORS for c in governor.children):
            denials += 1  # `it is impossible for the EU to approve`, `was unable to back`
        if n and not _denied(governor) and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
            denials += 1  # `has yet to endorse` (`has not yet decided to endorse` is one denial, not two)
    return denials % 2 == 1


_REFUSING = NEGATING_GOVERNORS | REFUSAL_NOUNS


def denying_quantity(verb: Token) -> bool:
    """`had no objection to`, `backed no candidate`, `gave zero support`, `proposed nothing`, `is no fan of Trump`,
    `offered few ideas for`, `showed little support for`: the object's quantity denies the stance (not the `No`
    of a name: `backed the No Child Left Behind law`)."""
    return any(obj.lower_ in ("nothing", "none") or any(
        d.dep_ in ("det", "nummod", "amod") and d.text.islower() and (d.lower_ in NONE_WORDS or _scant(d))
        for d in obj.children) for obj in verb.children if obj.dep_ in ("dobj", "attr"))


def _done_by_no_one(verb: Token) -> bool:
    """`none has said`, `no one said`, `nobody has claimed`, `none of the candidates is pushing for`, `no senator
    backs`: a verb whose subject denies there was anyone to do it (not the `No` of a name: `No Labels backs`)."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("none", "nobody", "noone") or any(
        d.dep_ == "det" and d.text.islower() and d.lower_ in NONE_WORDS for d in c.children))
        for c in verb.children)


def _denied(governor: Token) -> bool:
    """A negation on the governor, or for an adjective on its copula (`is not ready to`, `is not likely to`)."""
    return _has_negation(governor) or (governor.dep_ == "acomp" and _has_negation(governor.head))


def _after_too(verb: Token) -> bool:
    """An infinitive after a `too` of degree (`too risky to`, `too many things to`), which is not done; not the
    `too` of `also` (`He, too, wanted to back it`), which modifies a verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(t.lower_ == "too" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV")
               for t in verb.head.subtree if t.i < verb.i)


def hedged(verb: Token) -> bool:
    """`could support`, `is expected to back`, `reportedly opposed`, `is said to favour`,
    `according to reports, ... opposed`, `reports that she backed`."""
    from .holders import is_passive

    for n, governor in enumerate(governors(verb)):
        for child in governor.children:
            modal = _modal(child)
            if child.dep_ == "aux" and modal in HEDGING_MODALS and not (
                    modal == "would" and _reported_future(governor)) and not (
                    modal == "could" and _reported_cannot(governor)):
                return True
            if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
                return True
            if child.dep_ == "prep" and child.lower_ == "according" and _hearsay(child):
                return True
        if n and governor.lemma_.lower() in HEDGING_GOVERNORS and not (
                governor.lemma_.lower() == "ready" and _denied(governor)) and not (
                governor.lemma_.lower() in ("say", "report") and not is_passive(governor)):
            # (`was not ready to support him`: a refusal said, not a likelihood; `U.S. says still committed to`,
            # a headline's own saying, is no hearsay as `is said to favour` is)
            return True
        if _reported_by_others(governor):
            return True
    return False


def _modal(aux: Token) -> str:
    """The modal an auxiliary is, `'d` or `’d` read as `would` (`I'd want answers`)."""
    return "would" if aux.tag_ == "MD" and aux.lower_ in ("'d", "’d") else aux.lower_


def _reported_by_others(verb: Token) -> bool:
    """`indications that he was backing down`, `The Times reported that Cameron had ordered it`: what evidence
    suggests or another reports, not a stance the text asserts (`reportedly`)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    if verb.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in EVIDENCE_NOUNS:
        return True
    if verb.dep_ != "ccomp" or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() in ("say", "write") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _NEWSROOMS for c in head.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children):
        # `The newspaper said Netanyahu opposed the plan`: the paper's report, as `reported` is (`said it opposed`
        # is its own stance)
        return True
    return head.lemma_.lower() == "report"


# What a newsroom is called in common words, whose `said` of someone else reports it (`the daily said`).
_NEWSROOMS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "agency", "broadcaster",
                        "network", "radio", "television", "outlet", "website"})


def is_condition(clause: Token) -> bool:
    """`if`, `unless`; not `even if`, which says the act holds whatever happens."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
    return bool(marks) and not any(c.lower_ == "even" for m in marks for c in (*m.children, *clause.children))


def counterfactual(clause: Token) -> bool:
    """`if Iran were a stock`: a what-if."""
    return clause.lower_ == "were" or any(c.dep_ == "aux" and c.lower_ == "were" for c in clause.children)


def _reported_future(verb: Token) -> bool:
    """`Paul said he would back the bill`: the `will` of what he said, told in the past, not a hedge (unless on a
    condition: `said it would strike unless wages rise`; `even if` is none)."""
    if any(c.dep_ == "advcl" and is_condition(c) for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # `said he would have vetoed it`: what he would have done, not what he will do
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    said = verb.head
    return verb.dep_ == "ccomp" and said.lemma_.lower() in SPEECH_VERBS and said.tag_ in ("VBD", "VBN")


def _reported_cannot(verb: Token) -> bool:
    """`said he could not support the movement`, `declaring he couldn't yet support him`: the `cannot` of what was
    said, told in the past; a refusal, not a hedge (`said he could support it` stays a possibility)."""
    if not _has_negation(verb):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS


def _hearsay(according: Token) -> bool:
    """`according to reports`, `according to people familiar with the matter`: unnamed sources."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in HEARSAY_SOURCES for t in according.subtree)


def obliged(verb: Token) -> bool:
    """`the leaders must reject terrorism`, `the department has to approve it`: a third party told what to do, not
    a position they took; also inside a clause that is so (`He said Ryan should focus on the budget, not
    criticizing the nominee` is the speaker's demand, not Ryan's stance)."""
    node = verb
    for _ in range(8):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in node.children):
            return True
        if node.dep_ == "xcomp" and infinitive(node) and node.head.lemma_.lower() == "have" and not any(
                c.lower_ == "yet" or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in node.head.children):
            # `the department had to approve any change`: a duty a rule lays on it (`has yet to`: not yet; `she has
            # had to repudiate it`: done)
            return True
        if node.dep_ == "xcomp" and infinitive(node) and node.head.lemma_.lower() in _PRESSING and any(
                c.dep_ == "auxpass" for c in node.head.children):
            return True  # `newspapers are pressured to reverse course`, `was urged to endorse him`: others' demand
        if node.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "acomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Verbs of pressing someone to act, whose passive (`was urged to`) puts the act on its subject as others' demand
# (unlike a verb of causing: `was forced to withdraw his support` withdrew it).
_PRESSING = ASKING_VERBS | frozenset({"urge", "press", "pressure", "push", "require", "oblige"})


def _named(noun: Token) -> bool:
    """`Murphy, a Democrat who has been endorsed by ...`, `a 70-year-old academic named Eric Kingson, who ...`:
    an indefinite description of someone the text names, not a hypothetical actor."""
    from .holders import antecedent

    if antecedent(noun).i != noun.i or noun.ent_type_:
        return True
    from .holders import fronted_name

    return noun.dep_ == "appos" or fronted_name(noun) is not None or any(c.dep_ in ("appos", "acl") and (
        c.ent_type_ or any(g.ent_type_ == "PERSON" for g in c.subtree)) for c in noun.children)


def _about_an_indefinite(clause: Token) -> bool:
    """`a country that rejects the deal`; not `a focal point for demonstrators here, who called for`, whose `who`
    stands for the demonstrators."""
    from .holders import person_before

    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "WP"), None)
    noun = (person_before(clause.head, pronoun) if pronoun is not None else None) or clause.head
    return noun.left_edge.lower_ in _INDEFINITE_ARTICLES and not _named(noun)


def _own_subject(clause: Token) -> bool:
    """`a deal she once supported`: the relative clause's holder is its own subject, not the indefinite noun
    it hangs on (`a country that rejects`, `a state whose voters reject`)."""
    from .holders import RELATIVE_PRONOUNS

    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS and not any(
        g.tag_ == "WP$" for g in c.children) for c in clause.children)


def _future_when(clause: Token) -> bool:
    """`The accord will take effect when 55 countries ratify it`: a present-tense `when` (`once`) under a
    `will` is a condition still to be met, not an act (`when he backed the war in 2003` is one); a present-tense
    `until` or `before` is one whatever governs it (`vows not to take its calls until it agrees to stay`)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBP", "VBZ") or clause.head.i == clause.i:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    if marks & {"until", "before"}:
        return True
    if not marks & {"when", "once"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX - {"would"} for c in clause.head.children)


def unasserted(token: Token) -> bool:
    """Inside a question, a condition, an indirect question or a clause about an indefinite actor
    (`a country that rejects the deal`): nothing is declared there; an aside set off by commas inside a condition
    is the writer's statement all the same."""
    from .actors import definite, noun_phrase

    if token.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    node = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in node.children):
            return True
        if _future_when(node):
            return True
        if node.dep_ == "relcl" and _about_an_indefinite(node) and not _own_subject(node):
            return True
        if node.dep_ == "relcl" and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == "," and (
                node.head.pos_ == "PROPN" or definite(noun_phrase(node.head))):
            # `until the Pentagon, which opposes the plan, releases it`: an aside the writer asserts (not `any
            # lawmaker, Republican or Democrat, who`)
            return False
        if node.dep_ in ("ccomp", "pcomp", "xcomp") and any(
                c.tag_ in ("WP", "WDT") and c.dep_ != "nsubj" for c in node.subtree if c.i < node.i):
            return True  # `who they will be voting for`, `what he would back`: an indirect question
        if node.head.i == node.i:
            return False
        node = node.head
