"""Find stance cues in a parsed sentence: which words, which stance, whose holder, what target.

Multiword cues are read off the parse, not the surface: `threw its weight
behind` is the verb `throw` with the object `weight` and a `behind` phrase,
whatever the possessive or the tense. Each token belongs to one cue at most;
longer constructions are tried first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_span
from ..quotes.cues import STATEMENT_NOUNS
from . import holders, modality, targets
from .actors import ACTOR_LABELS, SALIENT_LABELS, hyphen_prefix, names_an_actor, noun_phrase
from .holders import RELATIVE_PRONOUNS
from .lexicon import (
    ADVISING_VERBS,
    ARMED_ACTORS,
    ARMED_ATTACKS,
    ASKED_OF,
    ASKING_VERBS,
    BACKER_ADJECTIVES,
    BORROWING_LIGHT_VERBS,
    CHALLENGED_FOR,
    CHALLENGES,
    CHANGE_NOUNS,
    CLAUSE_OBJECT_VERBS,
    CONTEST_PRIZES,
    COUNTED_MEANS,
    DEAL_VERBS,
    DESCRIPTION_LABELS,
    DISPUTING_VERBS,
    DRAWING_VERBS,
    FIRST_PERSON,
    GIFTS,
    HELD_CHARMS,
    HYPHENATED_VERBS,
    IDIOMS,
    IN_FAVOUR_VERBS,
    INFINITIVE_READ_AS_PURPOSE,
    INQUIRY_WORDS,
    LEARNING_VERBS,
    LIGHT_VERBS,
    MEETING_PARTICLES,
    MEETING_VERBS,
    NEEDS_OBJECT,
    NOT_ON_PEOPLE,
    NOT_STANCE_OBJECTS,
    NOUNS,
    NOUNS_NEEDING,
    OBJECT_PHRASAL,
    OBLIGING_MODALS,
    OFFICES_SOUGHT,
    OWN_COURSE_VERBS,
    OWN_STANCE_OBJECTS,
    PARTICIPLE_TERMS,
    PARTICLE_NEEDED,
    PHRASAL,
    PHYSICAL_OBJECTS,
    PLACING_ADVERBS,
    PROPOSAL_OBJECTS,
    PROPOSING_VERBS,
    QUANTITY_VERBS,
    RECEIVED_NOUNS,
    RECEIVING_VERBS,
    REFUSAL_NOUNS,
    REQUESTED_ARRANGEMENTS,
    RETORTS,
    REVERSING_VERBS,
    ROUTINE_REQUESTS,
    SEEKING_VERBS,
    SIDE_NOUNS,
    SIDE_TAKERS,
    SILENT_PASSIVES,
    SILENT_VERBS,
    SPEAKING_OF_VERBS,
    SPOKEN_MANNERS,
    STANCE_OBJECTS,
    STATED_NOUNS,
    STATING,
    STATIVE_PASSIVES,
    TURNABOUTS,
    URGES,
    VERBS,
    WANTING_VERBS,
    WEAPONS,
    WINNING_VERBS,
    WITH_INFINITIVE,
    Stance,
    headline_stance_verb,
    is_actor_noun,
    is_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True)
class Cue:
    """Words `start`..`end` (token indices, end exclusive) that carry `stance`.

    `anchor` is the verb (or noun) whose negation and hedges count; `holders`
    the head tokens of who holds the stance; `target` what it is about.
    """

    start: int
    end: int
    stance: Stance
    anchor: Token
    holders: tuple[Token, ...]
    target: str
    nominal: bool = False
    # Which construction read it (`RULES` of the package), set by `find`.
    rule: str = "cue_verb"


# How far a verb's particle may stand from it (`asked Brussels for`, not `ask me tomorrow and all of you for`).
_REACH = 4


def _is_verb(token: Token) -> bool:
    if token.pos_ == "VERB":
        return token.tag_.startswith("VB") and token.dep_ not in ("amod", "compound")
    # `"We back the nurses"`, with `back` tagged an adverb: a subject and an object make it a verb
    children = {c.dep_ for c in token.children}
    return token.pos_ in ("ADV", "NOUN") and "nsubj" in children and "dobj" in children


def _objects(verb: Token, numbers: bool = True) -> list[Token]:
    """Direct objects after the verb (`threw its weight`, `voiced opposition`); without `numbers`, not a
    score the parser hung there (`defended well and won 1-0`)."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (numbers or c.pos_ != "NUM")]


def _prep(word: Token, lemma: str) -> Token | None:
    """The word's particle or preposition `lemma` after it (`to which they are committed` has none)."""
    return next((c for c in word.children
                 if c.dep_ in ("prep", "prt", "agent") and c.lower_ == lemma and c.i > word.i), None)


def _span_end(*tokens: Token | None) -> int:
    return max(t.i for t in tokens if t is not None) + 1


def _verbal(verb: Token, end: int, stance: Stance, target_heads: list[Token]) -> Cue:
    return Cue(verb.i, end, stance, verb, tuple(holders.of_verb(verb)), targets.text(target_heads))


def idiom(verb: Token) -> tuple[Stance, frozenset[str], Token, Token] | None:
    """`threw its weight behind`, `raised objections to`, `expressed concern over`: the idiom's stance, the
    prepositions it takes, its noun and the preposition after it that carries what it is toward (shared with
    `quotes`)."""
    for obj in _objects(verb):
        found = IDIOMS.get((verb.lemma_.lower(), obj.lemma_.lower()))
        if found is None:
            continue
        stance, prepositions = found
        prep = next((p for word in (verb, obj) for p in word.children
                     if p.dep_ in ("prep", "dative") and p.lower_ in prepositions and p.i > obj.i), None)
        if prep is not None:
            return stance, prepositions, obj, prep
    return None


def _idiom(verb: Token) -> Cue | None:
    found = idiom(verb)
    if found is None:
        return None
    stance, prepositions, obj, prep = found
    return _verbal(verb, _span_end(obj, prep), stance, targets.prepositional(prep.head, prepositions))


def _spoken_of(verb: Token) -> Cue | None:
    """`spoke favorably of Mr. Putin's leadership`, `has written disparagingly about immigrants`, `thinks highly of
    her`: the manner of speaking of something is the stance toward it."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEAKING_OF_VERBS:
        return None
    manner = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in SPOKEN_MANNERS), None)
    if manner is None or any(c.lower_ == "as" for c in manner.children):
        return None  # (`spoke as well about the economy`: also)
    # the preposition right after the adverb, on the verb or on the adverb (`spoke fondly -> of`)
    about = next((c for c in (*verb.children, *manner.children) if c.dep_ == "prep" and c.i == manner.i + 1
                  and c.lower_ in ("of", "about")), None)
    if about is None or (manner.lower_ in _OF_ONLY and (about.lower_ != "of" or lemma == "write")) or (
            lemma == "think" and manner.lower_ == "critically"):
        return None  # (`writes well about politics`: writes skilfully; `think critically about`: carefully)
    return _verbal(verb, about.i + 1, SPOKEN_MANNERS[manner.lower_], targets.prepositional(about.head, frozenset({
        about.lower_})))


# Manners that are a stance only in `speak well of`, `think ill of`.
_OF_ONLY = frozenset({"well", "ill", "badly"})


def _complete(noun: Token) -> bool:
    """Has the word a stance noun needs after it (`call for`, `offer to`; not `a phone call`, `an offer of help`)."""
    need = NOUNS_NEEDING.get(noun.lemma_.lower())
    return need is None or any(need & {c.lower_, *(g.lower_ for g in c.children)} for c in noun.children)


def _light_verb(verb: Token) -> Cue | None:
    """`affirmed support for`, `voiced opposition to`, `pledging support for`."""
    lemma = verb.lemma_.lower()
    if lemma not in LIGHT_VERBS and not (verb.lower_.endswith("ed") and verb.lower_[:-1] in LIGHT_VERBS):
        return None  # (`staged` has the lemma `stag` from the lemmatiser)
    for obj in _objects(verb):
        stance = NOUNS.get(obj.lemma_.lower())
        owner = owner_named_after(obj)
        aim = _aimed_beyond(verb, obj, owner) if owner is not None and stance != "oppose" else None
        if owner is not None and lemma not in BORROWING_LIGHT_VERBS and aim is None:
            owner = None  # `gave the crowd an endorsement of Hillary Clinton`: the one endorsed, the target
        received = obj.lemma_.lower() in RECEIVED_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") for c in obj.children)
        if verb.lemma_.lower() in BORROWING_LIGHT_VERBS and (owner is not None or _prep(obj, "from") or received
                                                             or _tallied(obj)):
            # `has the backing of the union`, `she has widespread support`, `has strong conservative support for`:
            # others' stance, not the subject's
            continue
        if lemma == "continue" and received:
            continue  # `continued his support among evangelicals`: the backing he keeps, not what he backs
        if verb.lemma_.lower() in BORROWING_LIGHT_VERBS and obj.lemma_.lower() in HELD_CHARMS:
            continue  # `had only one appeal for the Whigs`: what draws them, not a plea
        if stance is not None and _complete(obj) and not _armed(obj, targets.of_noun(obj)):
            after = verb.doc[obj.i + 1] if obj.i + 1 < len(verb.doc) else None
            prep = after if after is not None and after.lower_ in targets.TARGET_PREPOSITIONS and (
                after.pos_ != "PART") else None  # `staged a protest to win admission`: a purpose, not a target
            # the parser may hang `to ...` on the verb rather than on the noun: take the phrase right after it
            beside = targets.prepositional(prep.head, frozenset({prep.lower_})) if prep is not None else []
            heads = [c for c in targets.of_noun(obj) if owner is None or c.i != owner.i] or (
                targets.prepositional(aim.head, frozenset({aim.lower_})) if aim is not None else beside)
            if stance == "pledge" and _a_deal(heads):
                continue
            if stance == "demand" and heads:
                heads = targets.run_on(verb, heads)  # `renew its calls for Silicon Valley| to roll back ...`
            cue = _verbal(verb, _span_end(obj, prep), stance, heads)
            if owner is not None and stance != "demand":  # `announced the commitment of the United States to`
                # (`made a demand of Obama` asks it of Obama: the subject still holds it)
                return Cue(cue.start, cue.end, stance, verb, tuple(holders.with_conjuncts(owner)), cue.target)
            return cue
    return None


def _anothers(thing: Token, verb: Token) -> bool:
    """A thing owned by someone other than the verb's subject: `his plan` of a court, `Obama's policy` of Trump."""
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    subject = next(iter(holders.subjects(verb)), None)
    if owner is None or subject is None or owner.lower_ in ("its", "their", "our", "my", "your"):
        return False
    if owner.lower_ in ("his", "her"):  # (of a body the subject's word names: `the court`, `the committee`; the
        # recogniser's ORG is no evidence, which it gives `Trump` too)
        return "ORG" in DESCRIPTION_LABELS.get(subject.lemma_.lower(), frozenset())
    return owner.pos_ == "PROPN" and owner.lower_ not in {t.lower_ for t in subject.subtree}


def _aimed_beyond(verb: Token, noun: Token, owner: Token) -> Token | None:
    """The phrase other than its `of` one that aims a stance noun (`to` of `the commitment of the United States to
    NATO`), on the noun or, as the parser may hang it, on the verb or the `of` phrase after the noun (`the
    endorsements of 100 clergy members for Trump`): then the `of` phrase names the holder. Only a preposition a
    backing takes for what it backs (not `on Monday`, `on the Senate floor`, `with his wife at his side`)."""
    return next((c for c in (*noun.children, *verb.children, *owner.children)
                 if c.dep_ == "prep" and c.lower_ in _AIMING and c.i > noun.i
                 and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)), None)


_AIMING = frozenset({"for", "to", "behind", "toward", "towards"})


def _armed(noun: Token, heads: list[Token]) -> bool:
    """`U.S. missile attacks on terrorist sites`, `air strikes`, `launched an attack on the army base`: an assault
    by arms or on a place, no stance (`launched an attack against Obama` is one; the tagger's FAC and LOC are no
    evidence here, since it gives them to surnames)."""
    if noun.lemma_.lower() not in ("attack", "strike", "assault"):
        return False
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPONS | ARMED_ATTACKS
               for c in noun.children) or any(_a_place(h) for h in heads)


def _a_place(word: Token) -> bool:
    """`the army base`, `government positions`; not `Clinton's positions` or `Republican positions on immigration`,
    stances."""
    if word.lemma_.lower() == "position":  # (`Republican positions on immigration` are stances)
        return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _HELD_BY_ARMS for c in word.children)
    return word.lemma_.lower() in PHYSICAL_OBJECTS


_HELD_BY_ARMS = frozenset({"government", "army", "military", "rebel", "enemy", "insurgent", "militant", "troop"})


def owner_named_after(noun: Token) -> Token | None:
    """The actor of a stance noun's `of` phrase (`the backing of the union`), not its target
    (`approval of the merger`) (shared with `quotes`)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # `his endorsement of Ted Cruz for president`: the possessor's, of the one endorsed
    of = _prep(noun, "of")
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    counted = _prep(owner, "of") if owner is not None and owner.pos_ in ("ADJ", "DET", "NUM", "PRON") else None
    if counted is not None:  # `the endorsement of most of the state's unions`: the unions counted
        owner = next((c for c in counted.children if c.dep_ == "pobj"), None)
    if owner is None or not (owner.ent_type_ in ACTOR_LABELS or is_actor_noun(owner.lemma_.lower())):
        return None
    return owner


def _u_turn(word: Token) -> bool:
    """`U-turn`, `about-face`, `volte-face`, which the tokenizer splits at the hyphen."""
    prefix = hyphen_prefix(word)
    return prefix is not None and (prefix.lower_, word.lemma_.lower()) in TURNABOUTS


def _reversal(verb: Token) -> Cue | None:
    """`dropped its opposition to`, `reversed its stance`, `softened its stance on`, `performed a U-turn on`,
    `U-turned on`."""
    onward = frozenset({"on", "over"})
    if _u_turn(verb):
        cue = _verbal(verb, verb.i + 1, "reverse", targets.prepositional(verb, onward) or targets.of_verb(verb))
        return Cue(verb.i - 2, cue.end, cue.stance, verb, cue.holders, cue.target)
    for obj in _objects(verb):
        if _u_turn(obj):
            return _verbal(verb, obj.i + 1, "reverse", targets.prepositional(obj, onward)
                           or targets.prepositional(verb, onward))
    if verb.lemma_.lower() not in REVERSING_VERBS:
        return None
    for obj in _objects(verb):
        own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)
        if _bid_for_a_prize(obj):
            continue  # `ended her own bid for the nomination`: she left the race, no stance changed
        if obj.lemma_.lower() in STANCE_OBJECTS or (own and obj.lemma_.lower() in OWN_STANCE_OBJECTS):
            prep = next((c for c in obj.children if c.dep_ == "prep" and c.i == obj.i + 1), None)
            return _verbal(verb, _span_end(obj, prep), "reverse", targets.of_noun(obj) or targets.prepositional(verb))
    return None


def _bid_for_a_prize(noun: Token) -> bool:
    """`bid for the nomination`, `bid for the presidency`, and a person's bid with nothing said of it (`Rubio ended
    his bid`): a candidacy (a bid to buy a company stays a plan, and so does a company's bid: `Microsoft withdrew its
    bid`)."""
    if noun.lemma_.lower() != "bid":
        return False
    bare = not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)
    person = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children) or any(
        s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in holders.subjects(noun.head))
    return (bare and person) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in CONTEST_PRIZES for o in c.children)
        for c in noun.children)


def _on_a_channel(verb: Token, on: Token) -> bool:
    """`insisted on CNN that ...`: an `on` phrase naming a channel or a programme, beside the `that` clause said."""
    from ..quotes.find import _CHANNELS  # the quote finder's own list (imported here: quotes.find imports positions)

    return any(c.ent_type_ in _CHANNELS for c in on.children) and any(
        c.dep_ == "ccomp" and c.i > on.i for c in verb.children)


def _phrasal(verb: Token) -> Cue | None:
    """`called for`, `came out against`, `voted against`, `insisted on`, `ruled out`; not `Democrats’ standing
    with a voting bloc`, a status the parser read as a clause with its owner as the subject."""
    lemma = verb.lemma_.lower()
    if lemma == "stand" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in (
            "'s", "’s", "'", "’"):
        return None
    for clause in verb.children:  # `called for her to resign`: the parser makes `for` the mark of the clause
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.i < verb.i:
            continue
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("for", "on")
                     and 0 < m.i - verb.i <= _REACH), None)
        if mark is not None and PHRASAL.get((lemma, mark.lower_)):
            return _verbal(verb, mark.i + 1, PHRASAL[(lemma, mark.lower_)], [clause])
    for child in verb.children:
        stance = PHRASAL.get((lemma, child.lower_))
        if stance is None or child.dep_ not in ("prep", "prt", "advmod") or not 0 < child.i - verb.i <= _REACH:
            continue
        if verb.lower_ in STATIVE_PASSIVES and holders.is_passive(verb):
            continue
        needed = PARTICLE_NEEDED.get((lemma, child.lower_))
        if needed is not None and not any(c.dep_ in ("prt", "advmod") and c.lower_ in needed for c in verb.children):
            continue
        if (lemma, child.lower_) in ASKED_OF and not _asks_something(verb):
            continue  # `Sanders appeals to young voters`: he draws them, he asks nothing of them
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "for") and any(
                c.ent_type_ in ("DATE", "TIME") for c in child.children):
            continue  # `called Alicia Machado on Friday`, `pushed for a decade`: a time, not what it is for
        if child.lower_ == "on" and _on_a_channel(verb, child):
            continue  # `insisted on CNN that ...`: where it was said; the `that` clause is what
        if (lemma, child.lower_) in CHALLENGES and child.dep_ == "prep":
            challenged = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i < child.i]
            if challenged and _challenge(challenged[0], child):
                return _verbal(verb, verb.i + 1, "oppose", challenged)  # `called them on it`: a challenge
            if challenged:
                continue  # `called her on the phone`, `called a timeout on the final play`
        if child.dep_ == "prep" and any(c.dep_ == "dobj" and c.i < child.i and not _actor(c) for c in verb.children):
            continue  # `push the button for "R"`, `call a cab for him`: a thing handled, no one pressed or called on
        if any(c.dep_ == "prt" and (lemma, c.lower_) in MEETING_PARTICLES for c in verb.children):
            continue  # `the challenges she has come up against`, `went up against Trump`: met, not opposed
        if stance == "support" and lemma == "stand" and _physical(verb):
            continue  # `employees stood with him as he spoke`: beside him, not behind his cause
        if child.dep_ == "prep" and child.lower_ == "as":  # `dismissed the report as fake news`
            heads = targets.of_verb(verb)
        elif child.dep_ == "prep":
            heads = targets.of_verb(verb, child.lower_)
            if stance == "demand":
                heads = targets.run_on(verb, heads)
        else:  # a particle: `ruled out a deal`, `backed away from its plan`, `hit back at Clinton on Twitter`
            # (whom or what `at`, `against`, `from` or `of` names before what `on` does: `on Twitter` is where)
            aimed, onward = frozenset({"from", "of", "at", "against"}), frozenset({"on"})
            # not any preposition's object (`lashed out at Turkey| for shooting down a jet`: the reason)
            direct = [h for h in targets.of_verb(verb) if h.dep_ not in ("pobj", "pcomp")]
            heads = direct or targets.prepositional(verb, aimed) or targets.prepositional(child, aimed) \
                or targets.prepositional(verb, onward) or targets.prepositional(child, onward)
            if not heads and (lemma, child.lower_) not in RETORTS:
                heads = targets.of_verb(verb)  # (a retort `with` three wickets is a score, not at anyone)
        heads += [c for c in verb.children if c.dep_ == "xcomp" and c not in heads]
        if (lemma, child.lower_) in RETORTS and not heads:
            continue  # `fired back: "..."`: it only introduces what was said back
        if (lemma, child.lower_) == ("shoot", "down") and any(_a_place(h) for h in heads):
            continue  # `shot down a Russian bomber`: an act of arms, not `shot down the proposal`
        if stance == "demand" and any(h.lemma_.lower() in ROUTINE_REQUESTS for h in heads):
            continue  # `asking for anonymity to speak freely`: a source's terms, not a demand
        if not heads and (lemma, child.lower_) in OBJECT_PHRASAL:
            continue  # `wait for people to sign up`: enrolling, a stance only on what one signs up to
        if lemma in ("campaign", "vote") and stance == "support" and any(_an_office(h) for h in heads):
            # `campaigned for re-election`, `campaigning for governor`, `voting for the national assembly`: running
            # or an election, not backing
            continue
        cue = _verbal(verb, child.i + 1, stance, heads)
        if not heads and child.dep_ == "prep" and not any(child.children) and verb.dep_ == "relcl" and (
                verb.head.pos_ in ("NOUN", "PROPN")):
            # `the sort of demographic change the party warned about`: the preposition's object is the noun the
            # clause describes, up to the clause
            cue = replace(cue, target=targets.text_between(verb.head.left_edge, verb.left_edge))
        return cue
    return None


def _an_office(head: Token) -> bool:
    """An office one runs for: `re-election`, `a Senate seat`, `Bexar County tax assessor`, `president` (not `the
    governor`, a person)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False  # `campaigned for the nomination of Merrick Garland`: backing him
    if head.lemma_.lower() in OFFICES_SOUGHT or head.lower_ in OFFICES_SOUGHT:
        return True
    return is_title(head) and head.ent_type_ != "PERSON" and not any(c.dep_ in ("det", "poss") for c in head.children)


def _actor(noun: Token) -> bool:
    """A person or a body (`pressed Congress for a vote`, `pushed the party for reform`), who can be asked."""
    return (noun.tag_ == "PRP" and noun.lower_ != "it") or names_an_actor(noun)


def _asks_something(verb: Token) -> bool:
    """What a request asks for: an infinitive (`appealed to Congress to act`) or a `for` phrase (`for calm`)."""
    return any((c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.lower_ == "to" for a in c.children))
               or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)


def _physical(verb: Token) -> bool:
    """Standing somewhere, or while something happens: a place or a moment, not a side taken."""
    places = ("on", "at", "in", "outside", "inside", "beside", "next", "near", "alongside", "onstage")
    return any((c.dep_ == "prep" and c.lower_ in places) or (c.dep_ == "advmod" and c.lower_ in places)
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when")
                                              for m in c.children))
               for c in verb.children)


def _in_favour(verb: Token) -> Cue | None:
    """`voted in favour of`, `came out in support of`, `are in favor of`, `is against`; any act its doer does in
    support of something (`will headline a fundraiser in support of Cruz`, `signed a letter in support of the
    bill`), but not one done to someone (`a rally was held in support of`: who held it is not said)."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if verb.lemma_.lower() in IN_FAVOUR_VERBS:
        # (also on its object: `wrote a letter in support of`)
        preps = list(verb.children) + [p for o in objects[:1] for p in o.children if side_taken(p) is not None]
    elif verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
            any(c.dep_ == "poss" for c in o.children) and o.lemma_.lower() not in STANCE_OBJECTS | OWN_STANCE_OBJECTS
            for o in objects):
        # on the act or on its object, where that object is nobody's but a stance (`expressed her stance in support
        # of`; not `recalled Ali's generosity in support of`, `lamented Sanders' vote in opposition to`), and aimed
        # at something (not `locked in support`)
        preps = [] if len(objects) > 1 else [
            p for word in (verb, *objects) for p in word.children if (side := side_taken(p)) is not None
            and any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in side.children)]
    else:
        return None
    for prep in preps:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        if prep.lower_ == "against" and verb.lemma_ == "be":
            return _verbal(verb, prep.i + 1, "oppose", targets.prepositional(verb, frozenset({"against"})))
        side = side_taken(prep)
        if side is not None:
            of = _prep(side, "of")
            stance = SIDE_NOUNS[side.lemma_.lower()]
            cue = _verbal(verb, _span_end(side, of), stance, targets.prepositional(side, frozenset({"of", "to"})))
            # the cue of any other act is its `in support of` (not `headline a fundraiser`); the act says whether
            # it is denied or hedged (`did not sign the letter in support of`, `may headline a fundraiser`)
            return cue if verb.lemma_.lower() in IN_FAVOUR_VERBS else replace(cue, start=prep.i)
    return None


def side_taken(prep: Token) -> Token | None:
    """The side noun of `in favour of`, `in support of`, `in opposition to` (shared with `quotes`)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SIDE_NOUNS), None)


def _stative_passive(verb: Token) -> Cue | None:
    """`is committed to`, `are opposed to`: the subject's own stance, not something done to it."""
    stance = STATIVE_PASSIVES.get(verb.lower_)
    if stance is None or holders.agent(verb) is not None:
        return None
    prep = _prep(verb, "to")
    if verb.dep_ == "acomp":
        # an adjective (`are committed to`, `remained opposed`): the holder is the copula's
        owners = holders.of_verb(verb.head)
    elif prep is None:
        owners = []
    elif subjects := holders.subjects(verb):
        owners = holders.with_conjuncts(subjects[0])
    else:  # `welcomed the vote and was committed to ...`: the first verb's subject
        owners = holders.of_verb(verb.head) if verb.dep_ in ("conj", "xcomp") else []
    if not owners:
        return None
    heads = targets.prepositional(verb, frozenset({"to"})) + [c for c in verb.children if c.dep_ == "xcomp"]
    end = prep.i + 1 if prep is not None else verb.i + 1
    return Cue(verb.i, end, stance, verb, tuple(owners), targets.text(heads))


def _with_infinitive(verb: Token) -> Cue | None:
    """`offered to modernise customs`, `pressed Japan to act`."""
    stance = WITH_INFINITIVE.get(verb.lemma_.lower())
    complements = ("xcomp", "advcl") if verb.lemma_.lower() in INFINITIVE_READ_AS_PURPOSE else ("xcomp",)
    infinitives = [c for c in verb.children if c.dep_ in complements and c.i > verb.i
                   and any(a.lower_ == "to" for a in c.children)]
    if stance is None or not infinitives:
        return None
    if stance == "support" and any(_is_cue_verb(c) for c in infinitives):
        return None  # `voted to approve the contract`: the infinitive's own cue says it, once
    if stance == "pledge" and all(_a_meeting(v) for c in infinitives for v in (c, *c.conjuncts)):
        return None  # `agreed to meet again`: a meeting arranged
    if stance == "pledge" and _a_deal(infinitives):
        return None
    return _verbal(verb, verb.i + 1, stance, _objects(verb) + infinitives)


def _noun_before_comma(participle: Token) -> Token | None:
    """The object that ends the phrase right before the comma that opens a participle clause (`part of a wider
    effort, partly backed by Erbakan`), which the clause describes; none after a verb (`the bill failed, blocked
    by`)."""
    start = participle.left_edge.i
    if start < 2 or participle.doc[start - 1].text != ",":
        return None
    noun = participle.doc[start - 2]
    # (an object, or an `of` phrase's: not a place passed through, `marched through the city, backed by`)
    object_like = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "of")
    return noun if noun.pos_ in ("NOUN", "PROPN") and object_like and noun.i > participle.head.i else None


def _a_deal(heads: list[Token]) -> bool:
    """`agreed to acquire Immuno`, `an agreement to buy the stake`: a transaction undertaken, no position."""
    return bool(heads) and all(h.pos_ == "VERB" and h.lemma_.lower() in DEAL_VERBS for h in heads)


def _a_meeting(verb: Token) -> bool:
    """`meet again`, `sit next to him`, `meet Ryan`; not `meet the union's demands`."""
    return verb.lemma_.lower() in MEETING_VERBS and all(
        _is_person(o) or o.ent_type_ in SALIENT_LABELS for o in verb.children if o.dep_ == "dobj")


def _asking(verb: Token) -> Cue | None:
    """`asked members to reject the offer`, `want the government to scrap the levy`: a demand on someone else."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return None
    objects = _objects(verb)
    for clause in verb.children:
        to = any(a.lower_ == "to" and a.dep_ == "aux" for a in clause.children)
        of_someone = (clause.dep_ == "xcomp" and objects) or (clause.dep_ == "ccomp" and holders.subjects(clause))
        seen = _seen_done(clause) if to and verb.lemma_.lower() in WANTING_VERBS else None
        if seen is not None:
            return _verbal(verb, verb.i + 1, "demand", [seen])  # `wants to see Clinton embrace his priorities`
        if verb.lemma_.lower() in WANTING_VERBS and clause.lemma_.lower() in LEARNING_VERBS:
            continue  # `I want to ask you`, `wants to see the film`: one's own intent, not a demand
        if verb.lemma_.lower() == "need" and _winning(clause) and all(
                _counted(o) for o in objects or holders.subjects(clause)):
            continue  # `doesn't need those states to win`: what it takes, not a demand on the states
        if to and of_someone and clause.i > verb.i:
            return _verbal(verb, verb.i + 1, "demand", [*objects, clause])
    wanted = _small_clause(verb)
    if wanted is not None:
        return _verbal(verb, verb.i + 1, "demand", [wanted])
    placed = _wanted_placed(verb)
    if placed is None:
        return None
    return Cue(verb.i, verb.i + 1, "demand", verb, tuple(holders.of_verb(verb)), placed.text)


def _wanted_placed(verb: Token) -> Span | None:
    """`want their money back`, `wants the troops home`, `want him out`: something or someone wanted put
    elsewhere, a demand on whoever holds it; the words of the object and where it is wanted (not a time after
    them: `wants the ball back after halftime`)."""
    if verb.lemma_.lower() not in WANTING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    place = next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in PLACING_ADVERBS
                  and c.i == objects[0].right_edge.i + 1), None)
    return verb.doc[objects[0].left_edge.i : place.i + 1] if place is not None else None


def _small_clause(verb: Token) -> Token | None:
    """`wants Trump banned from the country`, `want government playing an active role`, `wanted the wall built`: a
    state of affairs wanted of someone else, written without `to`: a participle (which the tagger may call a past
    tense) right after its own subject, which comes right after the verb. The words of that state. Not a kind of
    thing wanted (`wants a car made in America`), nor where two participles leave unclear which is wanted (`wants the
    guns used in the attack traced`)."""
    if verb.lemma_.lower() not in WANTING_VERBS:
        return None
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "ccomp" and not any(c.dep_ in ("aux", "auxpass") for c in child.children):
            clause, subject, whole = child, next(iter(holders.subjects(child)), None), child
            ends = clause.i - 1 == (subject.right_edge.i if subject is not None else -1)
        elif child.dep_ == "dobj" and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and not any(
                t.lower_ == "to" and t.dep_ == "aux" for t in child.subtree):
            # `wants the wall built by Mexico`: the participle hung on the object (not `want aides swept up in the
            # inquiry to have access`, where the infinitive is what is wanted)
            clause, subject, whole = next((c for c in child.children if c.dep_ == "acl"), None), child, child
            ends = clause is not None and clause.i - 1 == subject.i
        else:
            continue
        if clause is not None and subject is not None and clause.tag_ in ("VBN", "VBG", "VBD") and ends \
                and subject.left_edge.i == verb.i + 1 and subject.left_edge.lower_ not in ("a", "an"):
            found.append(whole)
    participles = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBG", "VBD")]
    return found[0] if len(found) == 1 and len(participles) <= 1 else None


def _seen_done(clause: Token) -> Token | None:
    """`to see Clinton embrace his priorities`: what one wants to see another do, a demand on them as `want
    Clinton to embrace` is; the clause of that other's act."""
    if clause.dep_ != "xcomp" or clause.lemma_.lower() != "see":
        return None  # (not `watch`: `want to watch LeBron play` is a wish to watch)
    return next((c for c in clause.children if c.dep_ == "ccomp" and c.tag_ == "VB" and holders.subjects(c)), None)


def _winning(clause: Token) -> bool:
    """`to win`, `to clinch the nomination`, `to take the presidency`: winning a contest (not `to take action`)."""
    return clause.lemma_.lower() in WINNING_VERBS or (clause.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTEST_PRIZES for c in clause.children))


def _counted(means: Token) -> bool:
    """`those states`, `Ohio`, `200 delegates`: what is counted toward a win, not someone asked to act (`the
    Senate`, `both sides`, `Republicans`)."""
    return means.ent_type_ in ("GPE", "LOC") or means.lemma_.lower() in COUNTED_MEANS or any(
        c.dep_ == "nummod" for c in means.children)


def _wanting(verb: Token) -> Cue | None:
    """`Democrats want policies that create revenue`, `She wants to triple the program`: what the holder wants
    done; not `wanted to know`, nor the stance verb the infinitive is (`wants to back`, found on its own)."""
    stance = WANTING_VERBS.get(verb.lemma_.lower())
    if stance is None:
        return None
    objects = _objects(verb, numbers=False)
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if any(c.lemma_.lower() in LEARNING_VERBS or _is_cue_verb(c) for c in clauses):
        return None
    if any(o.pos_ == "PRON" or (_is_person(o) and not _a_kind_of_person(o, clauses)) for o in objects):
        return None  # `they want him`, `want the government to act` (an asking verb's)
    if not objects and not clauses:
        return None
    if not objects and all(_bare(c) and c.lemma_.lower() in OWN_COURSE_VERBS for c in clauses):
        return None  # `she wanted to move forward`, `he wants to retire`: one's own course, about nothing
    if not objects and _a_deal(clauses):
        return None  # `the company wants to sell bonds to investors`: a deal sought
    if clauses and not objects and (modality.negated(verb) or modality.hedged(verb)):
        return None  # `Clinton did not want to remain in the hospital`, `they may not want to answer`: no policy
    own = ("their", "his", "her", "its", "our", "my")
    if any(o.dep_ == "dobj" and o.lemma_.lower() not in STANCE_OBJECTS | OWN_STANCE_OBJECTS
           and any(p.dep_ == "poss" and p.lower_ in own for p in o.children)
           for c in clauses for o in c.children):
        return None  # `Farmers want to sell their land`: one's own affairs (not `its policy`), not a position
    return _verbal(verb, verb.i + 1, stance, objects + clauses)


def _a_kind_of_person(noun: Token, clauses: list[Token]) -> bool:
    """`wants a progressive DNC chair`, `want a new leader`: a kind of person wanted in a post, which is a
    position on who should hold it (`want a leader to step in` asks something of someone; `wants a lawyer`, no
    kind said, is a need)."""
    doc = noun.doc
    asked = any(c.dep_ in ("acl", "relcl") for c in noun.children) or (
        noun.right_edge.i + 1 < len(doc) and doc[noun.right_edge.i + 1].lower_ == "to")
    kind = any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children)
    return not clauses and not asked and kind and noun.ent_type_ != "PERSON" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _bare(clause: Token) -> bool:
    """An infinitive with nothing it acts on or is about: no object, complement or phrase (`to move forward`, `to
    live in`)."""
    # (`the type of world I want to live in`: a preposition whose object is the noun the clause describes)
    return all(c.dep_ in ("aux", "advmod", "prt", "neg", "punct") or (c.dep_ == "prep" and not any(c.children))
               for c in clause.children)


def _proposing(verb: Token) -> Cue | None:
    """`offered ideas for easing student debt`, `unveiled a plan to cut tariffs`: a proposal is backed by whoever
    puts it forward; the proposal and what it is for are the target."""
    if verb.lemma_.lower() not in PROPOSING_VERBS:
        return None
    for obj in _objects(verb, numbers=False):
        if obj.lemma_.lower() in PROPOSAL_OBJECTS and not any(c.dep_ == "poss" for c in obj.children):
            return _verbal(verb, verb.i + 1, "support", [obj])
    return None


def _stating(verb: Token) -> Cue | None:
    """`declared that ...`, `affirmed that ...`: an explicit statement of policy."""
    stance = STATING.get(verb.lemma_.lower())
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if stance is None or not clauses:
        return None
    mark = next((c for c in clauses[0].children if c.dep_ == "mark" and c.i == verb.i + 1), None)
    told = holders.subjects(clauses[0])
    if told and _reflexive(told[0]):
        return None  # `declaring himself the "comeback kid"`: how one styles oneself, not a stance on anything
    if told and told[0].lower_ in FIRST_PERSON and _is_cue_verb(clauses[0]):
        # `declared that "I strongly support" the law`: the stance the clause declares is the record (`declared that
        # she supports open borders` may charge another with it, and stays)
        return None
    if stance == "pledge" and modality.past(clauses[0]) and not any(
            t.dep_ == "aux" and t.lower_ in modality.FUTURE_AUX for t in clauses[0].subtree):
        return None  # `assured the crowd that they had made history`: a past fact affirmed, not a guarantee
    if _asked_of(clauses[0], told):
        stance = "demand"  # `He maintained that Ryan should focus on the budget`: the speaker asks it of Ryan
    return _verbal(verb, _span_end(verb, mark), stance, clauses)


def _mandated(clause: Token) -> bool:
    """What someone else is to do, after a verb of advice: a subjunctive (`that she burn`, `that the candidates
    debate`, `that the senator step down`, `that no charges be filed`) or an obliging modal, with a subject not the
    speaker's own; not a claim (`that the tax cuts will pay for themselves`)."""
    told = holders.subjects(clause)
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    plain = clause.tag_ in ("VB", "VBP") and not helpers
    passive = bool(helpers) and all(c.dep_ == "auxpass" and c.lower_ == "be" for c in helpers)  # `charges be filed`
    return (plain or passive or _asked_of(clause, told)) and bool(told) and told[0].lower_ not in FIRST_PERSON


def _asked_of(clause: Token, told: list[Token]) -> bool:
    """A clause that asks something of another (`that Ryan should focus`; `Russia insisted that Pyongyang stop its
    escapades`: a bare verb after `that` is a mandate), not one that states what is or will be."""
    obliging = any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in clause.children)
    mandate = clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return (obliging or mandate) and bool(told) and told[0].lower_ not in FIRST_PERSON


def _single(verb: Token) -> Cue | None:
    """`backed`, `rejected`, `urged`, `vowed`, `warned`: a stance verb on its own."""
    prefix = hyphen_prefix(verb)
    stance = HYPHENATED_VERBS.get((prefix.lower_, verb.lemma_.lower())) if prefix is not None else None
    stance = stance or VERBS.get(verb.lemma_.lower())
    if _defends_oneself(verb):
        # `defended himself against claims that ...`: a stance against the claims; none without them, nor against
        # a blow (`defend themselves against any invasion`)
        against = [h for h in targets.prepositional(verb, frozenset({"against"})) if _said_against(h)]
        return _verbal(verb, verb.i + 1, "oppose", against) if against else None
    if stance is None or any(c.dep_ == "dobj" and _not_a_stance_object(c) for c in verb.children):
        return None
    if stance == "pledge" and _affirms_what_is(verb):
        stance = "state"  # `pledged that Trump really is in favor of free trade`: a claim vouched for
    if stance == "reverse" and any(c.dep_ == "dobj" and _anothers(c, verb) for c in verb.children):
        stance = "oppose"  # `the Supreme Court shelved his Clean Power Plan`: blocked it
    if verb.lemma_.lower() in ADVISING_VERBS and any(c.dep_ == "ccomp" and _mandated(c) for c in verb.children):
        stance = "demand"  # `recommended that she resign`, `proposed that the candidates debate`: asked of them
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and (verb.lemma_.lower(), after.lemma_.lower()) in PARTICIPLE_TERMS and not any(
            c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return None  # `pledged delegates`: a kind of delegate (`pledged his delegates to Trump` hands them over)
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # `backs up its data`, `turned down the volume`: a particle verb is a cue only as a phrase
    if verb.lemma_.lower() in NOT_ON_PEOPLE and any(c.dep_ == "dobj" and _is_person(c) for c in verb.children):
        return None
    if verb.lemma_.lower() in RECEIVING_VERBS and any(c.dep_ == "dobj" and _given(c) for c in verb.children):
        return None  # `accepted $200,000 from Wall Street`: a thing received, not a stance agreed to
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.lemma_.lower() in ("refuse", "decline") and (any(
            _is_cue_verb(c) or c.lemma_.lower() in SILENT_VERBS or _silent_passive(c) or any(
                o.dep_ == "dobj" and o.lemma_.lower() in INQUIRY_WORDS for o in c.children) for c in infinitives)
            or _titled_infinitive(verb) or any(
                o.dep_ == "dobj" and o.lemma_.lower() in INQUIRY_WORDS for o in verb.children)):
        # `refused to back` is a denied `back`, found on its own; `declined to comment`, `declined to release
        # details`, `declined comment` is no stance
        return None
    if verb.lemma_.lower() in ("attack", "block") and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in PHYSICAL_OBJECTS or c.ent_type_ in ("FAC", "LOC"))
            for c in verb.children):
        return None  # `attacked the compound`: an assault, not a stance
    if verb.lemma_.lower() == "attack" and any(s.lemma_.lower() in ARMED_ACTORS for s in holders.subjects(verb)):
        return None  # `the rebels attacked police`: armed men's attack is an assault
    if verb.lemma_.lower() == "resist" and any(
            (c.dep_ == "dobj" and c.lemma_.lower() in URGES)
            or (c.dep_ == "xcomp" and c.tag_ == "VBG" and modality.negated(verb)) for c in verb.children):
        # `resisted the urge to`, `could not resist taking a swipe at Rubio` (he took it): an urge, no side; not
        # `resisted joining the coalition`
        return None
    if verb.lemma_.lower() in ("attack", "block", "threaten") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(w.lemma_.lower() in WEAPONS for w in c.children)
            for c in (*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children))):
        # `attacked him with a bottle`, `threatened a driver with a starting pistol` (which the parser may hang on
        # the driver): armed, no stance
        return None
    heads = targets.of_verb(verb)
    if stance == "reverse" and not heads:
        heads = targets.prepositional(verb, frozenset({"from"}))  # `backtracked from his red line`: what is given up
    relative = verb.dep_ == "relcl" and (any(h.lower_ in RELATIVE_PRONOUNS for h in heads) or _object_left_out(verb))
    passive = holders.is_passive(verb)
    clause = verb.lemma_.lower() in CLAUSE_OBJECT_VERBS and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    if verb.lemma_.lower() in NEEDS_OBJECT and not (relative or passive or clause or _objects(verb, numbers=False)):
        return None
    if relative or (passive and verb.dep_ in ("acl", "amod")):
        # `the measure, opposed by several senators,` / `the bill, which the governor supports,`:
        # the target is the noun phrase the clause hangs on
        head = verb.head
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            head = head.head  # `Murphy, a Jupiter Democrat who has been endorsed by`: the name and its description
        if _arrangement_requested(verb, [head]):
            return None  # `the meeting, requested by Sanders,`: an arrangement asked for, no demand
        return Cue(verb.i, verb.i + 1, stance, verb, tuple(holders.of_verb(verb)),
                   targets.text_between(head.left_edge, verb.left_edge))
    if passive and not heads and verb.dep_ in ("advcl", "conj"):
        # `the bill failed, blocked by senators`: what the main verb is about; but `part of a wider effort, partly
        # backed by Erbakan,`: the noun the participle is set beside
        beside = _noun_before_comma(verb) if verb.dep_ == "advcl" else None
        heads = [beside] if beside is not None else holders.subjects(verb.head)
    if _arrangement_requested(verb, heads):
        return None  # `requested a meeting with the president`
    cue = _verbal(verb, verb.i + 1, stance, heads)
    if prefix is not None and (prefix.lower_, verb.lemma_.lower()) in HYPHENATED_VERBS:
        return Cue(prefix.i, cue.end, stance, verb, cue.holders, cue.target)
    return cue


def _affirms_what_is(verb: Token) -> bool:
    """A pledge whose clause says what is or was (`pledged that Trump really is in favor of free trade`, `vowed that
    she had never lied`, `vowed that he has the votes`), with no modal of what will be (`promised that Trump will
    cut taxes`, `promised nobody loses coverage`): a claim vouched for, not an undertaking."""
    # (the clause right after the verb, `that` or not; not a later one the parser hung on it: `promising to lift
    # regulations ― probably not what Graham had in mind`)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1), None)
    if clause is None or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in modality.FUTURE_AUX)
                             for c in clause.children):
        return False
    return modality.past(clause) or clause.lemma_.lower() in _STATES


# Verbs of a state, whose present tense says what is (`swears that voters love him`, `vowed he has the votes`), unlike
# an act's, which a promise puts in the future (`promised nobody loses coverage`).
_STATES = frozenset({"be", "have", "love", "like", "hate", "know", "own", "believe", "mean"})


def _arrangement_requested(verb: Token, objects: list[Token]) -> bool:
    return verb.lemma_.lower() == "request" and any(o.lemma_.lower() in REQUESTED_ARRANGEMENTS for o in objects)


def _object_left_out(verb: Token) -> bool:
    """`a deal she once supported`: a relative clause with a subject of its own and no object or relative
    pronoun has the noun it hangs on as its object."""
    words = list(verb.children)
    return (any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in words)
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp") or c.lower_ in RELATIVE_PRONOUNS for c in words))


def _not_a_stance_object(obj: Token) -> bool:
    """`defended her title`, `defend themselves`, `backed their own country`: the verb's other senses (but
    `accused his own party of a breach of trust`, `criticized her own side`: against one's own is a stance)."""
    reflexive = obj.tag_ == "PRP" and _reflexive(obj)
    own = any(c.lower_ == "own" for c in obj.children) and VERBS.get(obj.head.lemma_.lower()) != "oppose"
    return obj.lemma_.lower() in NOT_STANCE_OBJECTS or reflexive or own


def _given(obj: Token) -> bool:
    """A gift, money or an honour (`about $200,000`, `millions in donations`, `her award`)."""
    return obj.lemma_.lower() in GIFTS or obj.ent_type_ == "MONEY"


def _is_person(word: Token) -> bool:
    return word.ent_type_ == "PERSON" or is_actor_noun(word.lemma_.lower())


def _challenge(whom: Token, on: Token) -> bool:
    """`called him on his lies`, `called Trump on his claim`, `called them on it`: a person or a body called on
    what they said or did; not `called a foul on the striker` (no one called) or `called her brother on his
    birthday` (nothing said or done)."""
    return _actor(whom) and any(c.dep_ == "pobj" and c.lemma_.lower() in CHALLENGED_FOR for c in on.children)


def _titled_infinitive(verb: Token) -> bool:
    """`Cruz Refuses to Disavow Graham Endorsement`: in a headline's capitals the parser may miss the infinitive;
    the word after `to` is still a stance verb."""
    after = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) else None
    return (after is not None and verb.doc[verb.i + 1].lower_ == "to" and after.text[:1].isupper()
            and after.lower_ in VERBS)


def _is_cue_verb(token: Token) -> bool:
    return token.lemma_.lower() in VERBS or any((token.lemma_.lower(), c.lower_) in PHRASAL for c in token.children)


VERBAL: tuple[Callable[[Token], Cue | None], ...] = (
    _idiom, _spoken_of, _light_verb, _reversal, _in_favour, _phrasal, _stative_passive, _with_infinitive, _asking,
    _wanting, _proposing, _stating, _single,
)


def _side_taker(word: Token) -> Cue | None:
    """`X has been a fierce supporter of Y`, `X is supportive of Y`, `X, a longtime critic of Y,`, `X, a Sanders
    supporter,`: the one the noun or adjective describes takes the side toward what `of` or a name before the noun
    says. A group named by its side (`Trump supporters booed`) describes no one."""
    stance = SIDE_TAKERS.get(word.lemma_.lower()) or SIDE_TAKERS.get(word.lower_)
    if stance is None or word.pos_ not in ("NOUN", "ADJ"):
        return None
    of, about = targets.of_side_taker(word)
    if not about:
        return None
    copula = word.head.lemma_ in ("be", "become", "remain") or word.head.lower_ in ("’s", "'s")
    if word.dep_ in ("attr", "acomp") and copula:
        owners = holders.of_verb(word.head)
    elif word.dep_ == "appos" and word.pos_ == "NOUN" and word.head.pos_ in ("PROPN", "PRON"):
        owners = holders.with_conjuncts(word.head)  # `Adelson, a fierce supporter of Israel,`
    elif word.pos_ == "NOUN" and (named := holders.fronted_name(word)) is not None:
        owners = holders.with_conjuncts(named)  # `An enthusiastic Sanders supporter, Seacord complained`
    else:
        return None
    if not owners:
        return None
    start = min([word.i, *(c.i for c in word.children if c.dep_ in ("amod", "advmod") and c.i < word.i)])
    if any(start < t.i < word.i for t in about):
        start = word.i  # `a strong Sanders supporter`: the name is the target, not part of the cue
    end = of.i + 1 if of is not None else word.i + 1
    return Cue(start, end, stance, word.head if copula and word.dep_ != "appos" else word, tuple(owners),
               targets.text(about))


# Verbs whose `threat` is a danger met or posed, not a warning voiced (`faces a threat`, `poses a threat to`).
_DANGER_VERBS = frozenset({"face", "pose", "represent", "constitute", "confront", "present"})


def _nominal(noun: Token) -> Cue | None:
    """`Japan's commitment to`, `the union's opposition to`, `their demand for`."""
    lemma = noun.lemma_.lower()
    stance = NOUNS.get(lemma)
    if stance is None or noun.dep_ == "compound":
        return None
    if not _complete(noun) or _tallied(noun):
        return None
    if _armed(noun, targets.of_noun(noun)):
        return None
    if lemma in ("support", "backing") and any(c.dep_ == "amod" and c.lower_ in _AID for c in noun.children):
        return None  # `their financial support for the group`, `military support`: aid given, not a side taken
    if lemma == "threat" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DANGER_VERBS:
        return None  # `facing a Republican threat of unknown potency`, `poses a threat to`: a danger, no warning
    drawn = _drawn(noun, stance)
    if drawn is not None:
        return drawn
    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in SEEKING_VERBS or (
            noun.head.lemma_.lower() in DRAWING_VERBS and _striven_for(noun.head))):
        return None  # a stance sought from someone is not one they declared
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in QUANTITY_VERBS and not _voiced_more(noun):
        return None  # `China's demand for coal rose`: a quantity
    owners = holders.of_noun(noun)
    refused = _refused(noun)
    if refused is not None:
        # `Cruz's refusal to disavow the endorsement`: a denied `disavow`, as `refused to disavow` is
        target = targets.text(targets.of_verb(refused))
        if not owners or not target:
            return None
        return Cue(noun.i, refused.i + 1, VERBS[refused.lemma_.lower()], refused, tuple(owners), target)
    # (`Trump's support was a mirage`: the backing he has, not what he backs; a demand stated is what is demanded)
    stated = _stated_as(noun) if lemma not in RECEIVED_NOUNS else []
    about = targets.of_noun(noun) or stated or _compound_target(noun)
    target = targets.text(about)
    if not owners or not target:
        return None  # `its own high promise`: a stance noun with nothing it is about
    if stance == "demand" and any(h.lemma_.lower() in INQUIRY_WORDS for h in about):
        return None  # `my requests for comment`: a reporter's inquiry, not a stance
    if lemma in STATED_NOUNS and _states_that(noun):
        stance = STATED_NOUNS[lemma]  # `her insistence that the energy will bring out voters`
    return Cue(noun.i, noun.i + 1, stance, noun, tuple(owners), target, nominal=True)


# Kinds of support that are aid given (money, arms, supplies), not a side taken.
_AID = frozenset({"financial", "monetary", "material", "logistical", "logistic", "technical", "military", "air",
                  "naval", "fiscal", "budgetary", "humanitarian", "medical"})


def _states_that(noun: Token) -> bool:
    """The noun's `that` clause states what is or will be (`insistence that the energy will bring out voters`),
    asking nothing of another (`insistence that they should stay`)."""
    return any(c.dep_ in ("acl", "ccomp") and c.i > noun.i and not _asked_of(c, holders.subjects(c))
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def _silent_passive(clause: Token) -> bool:
    """`to be interviewed`, `to be quoted`: declining to be asked or quoted, no stance."""
    return clause.lemma_.lower() in SILENT_PASSIVES and any(c.dep_ == "auxpass" for c in clause.children)


def _refused(noun: Token) -> Token | None:
    """The stance verb a refusal noun refuses (`refusal to disavow`), not another act (`refusal to hold hearings`)."""
    if noun.lemma_.lower() not in REFUSAL_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in VERBS
                 and modality.infinitive(c)), None)


def _tallied(noun: Token) -> bool:
    """`the shift in support from Clinton to Obama`, `the evangelical support of Mr. Trump`: backing counted or
    moving among voters, whose owner or `from`, `of` phrase is whom it goes to, not who declared it."""
    moving = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in CHANGE_NOUNS
    return moving or any(c.dep_ == "amod" and c.lower_ in BACKER_ADJECTIVES for c in noun.children)


def _compound_target(noun: Token) -> list[Token]:
    """`his veto threat`, `the union's strike threat`: the noun before a threat or pledge is what it is about."""
    if NOUNS.get(noun.lemma_.lower()) not in ("warn", "pledge"):
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1]


def _drawn(noun: Token, stance: Stance) -> Cue | None:
    """`The plan drew criticism from economists`, `has the backing of the union`: those it came from hold
    the stance, on the subject."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_VERBS:
        return None
    if _striven_for(verb) or modality.negated(verb) or modality.hedged(verb):
        return None  # a stance not had, or maybe had, is none its giver declared (`did not pick up the backing of`)
    if verb.lemma_.lower() in _TAKEN_UP and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None  # `picked apart the criticism`: not one taken up
    source = _prep(noun, "from") or _prep(verb, "from")
    owner = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    owner = owner or owner_named_after(noun)  # `won the backing of the union`
    if owner is None:
        return None
    about = [c for c in targets.of_noun(noun) if not c.left_edge.i <= owner.i <= c.right_edge.i] or [
        holders.past_dateline(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or holders.of_verb(verb)
    if not about:
        return None
    named = holders.relative_antecedent(about[0])  # `Cruz, who had the backing of Romney`: Cruz
    target = noun_phrase(named).text if named is not None else targets.text(about)
    return Cue(noun.i, noun.i + 1, stance, noun, tuple(holders.with_conjuncts(owner)), target, nominal=True)


def _striven_for(verb: Token) -> bool:
    """`is trying to win the endorsement of Sanders`, `hopes to pick up the backing of`, `is desperate to land`, `in
    an effort to pick up`: not had yet (the word as written too: the lemmatizer makes `hop` of `hopes`)."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in _STRIVING_NOUNS:
        return True
    return verb.dep_ == "xcomp" and (head.pos_ == "ADJ" or head.lemma_.lower() in _STRIVING_VERBS or any(
        head.lower_ == word + ending for word in _STRIVING_VERBS for ending in ("s", "es", "d", "ed", "ing")))


_TAKEN_UP = frozenset({"pick", "rack"})
_STRIVING_VERBS = frozenset({"try", "seek", "hope", "want", "need", "aim", "attempt", "struggle", "fight", "vie",
                             "scramble", "work", "look", "race", "hustle", "push", "strive"})
_STRIVING_NOUNS = frozenset({"effort", "bid", "attempt", "push", "drive", "quest", "campaign", "hope"})


def _stated_as(noun: Token) -> list[Token]:
    """`The protesters' demands include free elections`, `Our demand is a fair wage`: what the stance is,
    named by the verb it is the subject of."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in ("include", "be"):
        return []
    return [c for c in noun.head.children if c.dep_ in ("dobj", "attr") and c.i > noun.head.i]


def _voiced_more(noun: Token) -> bool:
    """`calls for an inquiry grew louder`, `demands grew`: stances voiced, counted or louder, not a quantity
    wanted (`China's demand for coal rose`), which is a mass noun with no manner."""
    return noun.tag_ == "NNS" or any(c.dep_ in ("acomp", "oprd") for c in noun.head.children)


@once_per_span
def is_headline(sent: Span) -> bool:
    """A title-case line (`Sanders Vows To Eliminate Tax Breaks`): most of its longer words capitalised, and
    its short function words too. Read once per sentence, for the three readers that ask."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    small = [t for t in sent[1:] if t.is_alpha and t.is_stop and len(t) < 4]  # `To`, `On`, `Of` mid-line
    if len(words) < 3 or sum(t.text[0].isupper() for t in words) < 0.8 * len(words):
        return False
    if any(t.is_lower and t.pos_ == "VERB" for t in words):
        return False  # `Donald Trump criticized Hillary Clinton Monday`: names; a title capitalises its verb
    # with no small word to show its case, a title-case line is a headline as the document's own first line
    # (`Another GOP Figure Endorses Hillary Clinton`), not as a sentence full of names
    return (sum(t.text[0].isupper() for t in small) >= 0.5 * len(small)) if small else _first_line(sent)


def _first_line(sent: Span) -> bool:
    """The sentence is the document's first line: nothing but space before it, a line break or the end after it."""
    doc, written = sent.doc, sent.text_with_ws
    if doc[: sent.start].text.strip() or "\n" in written.strip():
        return False
    return sent.end == len(doc) or "\n" in written[len(written.rstrip()):] or doc[sent.end].is_space


def _headline_verb(token: Token) -> Cue | None:
    """`Carly Fiorina Endorses Ted Cruz`: a title-case stance verb the tagger took for part of a name, between
    the name before it (the holder) and the words after it (the target)."""
    stem = headline_stance_verb(token.text)
    if stem is None or token.i == token.sent.start or token.i + 1 >= token.sent.end:
        return None
    before = token.doc[token.i - 1]
    if not before.text[:1].isupper() or before.is_punct:
        return None
    end = headline_clause_end(token)
    words = token.doc[token.i + 1 : end]
    stance = VERBS[stem]
    if stem == "defend" and words and _reflexive(words[0]):
        # `Ben Carson Defends Himself Against Claims He Exaggerated`: against the claims
        against = next((t.i for t in words if t.lower_ == "against"), None)
        if against is None or against + 1 >= end or not _said_against(token.doc[against + 1]):
            return None
        words, stance = token.doc[against + 1 : end], "oppose"
    return Cue(token.i, token.i + 1, stance, token, (before,), words.text) if words.text else None


def headline_clause_end(verb: Token) -> int:
    """Where what a headline's verb says ends: at a colon, a stop or the line's end (`Carly Fiorina Endorses Ted
    Cruz|: I Am ...`)."""
    doc, end = verb.doc, verb.i + 1
    while end < verb.sent.end and not doc[end].is_space and not (doc[end].is_punct and doc[end].text in ":;.!?"):
        end += 1
    return end


def _reflexive(word: Token) -> bool:
    """`himself`, `themselves`, `Himself` in a headline."""
    return word.lower_.endswith(("self", "selves"))


def _said_against(word: Token) -> bool:
    """What one defends oneself against in words: a claim, a charge, criticism, or what someone says or sees."""
    return word.lemma_.lower() in _CHARGES or word.lower_.removesuffix("s") in _CHARGES or word.lower_ == "what" or (
        word.dep_ == "pcomp")


# Words of what is said against someone: the nouns of a statement (`claims`, `allegations`) and of criticism.
_CHARGES = STATEMENT_NOUNS | frozenset({"criticism", "critic", "smear", "report", "question", "complaint",
                                        "insinuation"})


def _defends_oneself(verb: Token) -> bool:
    return verb.lemma_.lower() == "defend" and any(c.dep_ == "dobj" and _reflexive(c) for c in verb.children)


def _verb_read_as_modifier(token: Token) -> Cue | None:
    """`Trump accused Cruz, the senator from Texas, of ...`: the parser read the clause as one noun phrase, its
    stance verb a modifier between two names; the name before is the holder, the name after the target. Not
    where the phrase stays a noun in a clause of its own (`The reviled Trump Tower stands`)."""
    stance = VERBS.get(token.lemma_.lower())
    head = token.head
    if stance is None or token.tag_ not in ("VBD", "VBN") or token.i == token.sent.start:
        return None
    before = token.doc[token.i - 1]
    if head.dep_ != "ROOT" or head.pos_ != "PROPN" or head.i < token.i or not head.ent_type_:
        return None
    if before.pos_ != "PROPN" or before.head.i not in (head.i, token.i) or not before.ent_type_:
        return None
    return Cue(token.i, token.i + 1, stance, token, (before,), token.doc[token.i + 1 : head.i + 1].text)


def _hyphen_backer(token: Token) -> Cue | None:
    """`One Sanders-endorsed candidate`, `Kremlin-backed separatists`: a person, a body or a place the recogniser
    names, joined by a hyphen to a participle of backing or opposing, holds that stance toward the noun the compound
    describes (not a people, `Soviet-backed`)."""
    stance = VERBS.get(token.lemma_.lower())
    doc = token.doc
    if stance not in ("support", "oppose") or token.tag_ != "VBN" or not token.is_lower or token.i < 2 or (
            token.head.i < token.i):
        return None  # (`Mortgage-Backed Securities`: a headline's capitals, no backer)
    name, hyphen = doc[token.i - 2], doc[token.i - 1]
    if hyphen.text != "-" or hyphen.whitespace_ or name.whitespace_ or name.head.i != token.i:
        return None
    if name.ent_type_ not in ("PERSON", "ORG", "GPE") or name.is_sent_start or name.pos_ == "ADJ" or (
            name.lower_ in _COMPASS_SIDES):
        return None  # `Western-backed`: a side, not who; `Taxpayer-backed` opening a sentence: any taxpayer
    head = token.head
    end = next((e.end for e in doc.ents if e.start <= head.i < e.end), head.i + 1)  # `Concerned Veterans for America`
    return Cue(token.i, token.i + 1, stance, token, (name,), doc[token.i + 1 : end].text)


_COMPASS_SIDES = frozenset({"western", "eastern", "northern", "southern"})


# The stable rule name of each construction, as records give it (`positions.cue_verb`).
RULE_OF: dict[Callable[[Token], Cue | None], str] = {
    _idiom: "idiom", _spoken_of: "idiom", _light_verb: "light_verb", _reversal: "reversal", _in_favour: "in_favour",
    _phrasal: "phrasal_verb", _stative_passive: "stative", _with_infinitive: "verb_infinitive",
    _asking: "asking", _wanting: "wanting", _proposing: "proposing", _stating: "stating", _single: "cue_verb",
    _side_taker: "side_taker", _nominal: "cue_noun", _headline_verb: "headline_verb",
    _verb_read_as_modifier: "verb_read_as_modifier", _hyphen_backer: "hyphen_backer",
}


def find(sent: Span) -> Iterator[Cue]:
    """Every cue of the sentence, each token in one cue at most, longer constructions first."""
    used: set[int] = set()
    headline = is_headline(sent)
    for token in sent:
        finders: tuple[Callable[[Token], Cue | None], ...] = ()
        if headline and token.pos_ in ("PROPN", "NOUN") and token.tag_ in ("NNP", "NNPS", "NNS"):
            finders = (_headline_verb,)
        cue, rule = _first(token, finders)
        if cue is not None:
            pass
        elif _is_verb(token) and not _disputed(token):
            cue, rule = _first(token, VERBAL)
        elif token.pos_ == "VERB" and token.dep_ == "amod":
            cue, rule = _first(token, (_verb_read_as_modifier, _hyphen_backer))
        elif token.pos_ == "ADJ":
            cue, rule = _first(token, (_stative_passive, _side_taker))
        elif token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
            cue, rule = _first(token, (_in_favour,))
        elif token.pos_ == "NOUN":
            cue, rule = _first(token, (_nominal, _side_taker))
        if cue is None or any(i in used for i in range(cue.start, cue.end)):
            continue
        used.update(range(cue.start, cue.end))
        yield replace(cue, rule=rule)


def _disputed(verb: Token) -> bool:
    """`They differ on backing a $15 minimum wage`, `split over supporting the deal`: what a dispute is about,
    which no side of it holds as written (a dispute denied is a stance shared: `do not differ on backing`)."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ in ("on", "over", "about") and (
        prep.head.lemma_.lower() in DISPUTING_VERBS) and not any(c.dep_ == "neg" for c in prep.head.children)


def _first(token: Token, finders: tuple[Callable[[Token], Cue | None], ...]) -> tuple[Cue | None, str]:
    """The first construction that reads a cue at `token`, and its rule name."""
    for finder in finders:
        cue = finder(token)
        if cue is not None:
            return cue, RULE_OF[finder]
    return None, ""
