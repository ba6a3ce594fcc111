"""Which cues of a sentence declare a stance, and which only look like one.

Dropped: cues in questions, conditions and clauses about indefinite actors;
stances put on a third party by `must`; a main clause that restates the act
of its `by` clause; a stance noun that is another cue's object (`backtracked
on his promise`) or the act a pledge or threat undertakes (`threatened to
boycott`). Speech cues replace the lexicon cue of a quoted refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..quotes.cues import SURVEY_NOUNS
from ..quotes.quotations import run_together
from . import cues, modality, speech, targets, user_cues
from .holders import RELATIVE_PRONOUNS, agent, is_passive, subjects
from .lexicon import (
    ACCUSING,
    BALLOT_BODIES,
    CANDIDACIES,
    CLAIMING_WORDS,
    ELECTORATES,
    ENTITLEMENTS,
    FIRST_PERSON,
    FRACTIONS,
    MASS_ELECTORATES,
    MEANS_VERBS,
    SHARE_WORDS,
    SPEECH_VERBS,
    STATING,
    VERBS,
    VOTING_PLACES,
    is_actor_noun,
    is_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .cues import Cue


def declared(sent: Span, options: Any = None) -> list[Cue]:
    """The sentence's cues that declare a stance: lexicon cues (and the user's own, `options.cues`),
    and speech cues on the clauses they leave; none the user says are never cues."""
    lexical = [cue for cue in _with_users(sent, options) if not modality.unasserted(cue.anchor) and not _obliged(cue)]
    asserted = {cue.anchor.i for cue in lexical if cue.nominal or not modality.negated(cue.anchor)}
    spoken = [cue for cue in speech.find(sent, asserted) if not modality.unasserted(cue.anchor)]
    replaced = {cue.anchor.i for cue in spoken}
    found = [cue for cue in lexical if cue.anchor.i not in replaced] + spoken
    anchors = {cue.anchor.i for cue in found}
    undertakings = {cue.anchor.i for cue in found if cue.stance in ("pledge", "warn")}
    demands = {cue.anchor.i for cue in found if cue.stance == "demand" and not cue.nominal}
    spans = {i for cue in found for i in range(cue.start, cue.end)}
    never = options.never_cues if options is not None else frozenset()
    headline = cues.is_headline(sent)
    found = [_sayers_participle(cue) for cue in found]
    return [cue for cue in found if not _restates_means(cue, anchors) and not _own_earlier_stance(cue, anchors)
            and not _undertaken(cue, undertakings) and not _demanded(cue, demands) and not _cue_target(cue, spans)
            and not _claimed_of_another(cue) and not _headline_passive(cue, headline) and not _polled(cue)
            and not _asked_of_holder(cue) and not _electorate(cue) and not _entitled(cue) and not _enacted(cue)
            and not _what_anyone_would(cue) and not _advantage_of_things(cue) and not _people_of_a_place(cue)
            and not _contrasted_by_speaker(cue) and not _topic(cue) and not _asked_whom(cue) and not _either_way(cue)
            and not _adjectival(cue) and not _possible_change(cue)
            and not (never and user_cues.never(cue, never))]


def _possible_change(cue: Cue) -> bool:
    """`These delegates, however, can change their minds`: what one is able to do is no change of stance (`will
    change course` announces one; `could reverse her position` is a hedged one, `cannot change` a denied one)."""
    return cue.stance == "reverse" and not cue.nominal and any(
        c.dep_ == "aux" and c.lower_ == "can" for c in cue.anchor.children) and not modality.negated(cue.anchor)


# Determiners and possessives after which a participle describes the noun it comes before (`the rejected plan`).
_NOUN_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "both"})


def _adjectival(cue: Cue) -> bool:
    """`her leads in both pledged delegates and the popular vote`, `the rejected plan`: a participle right after an
    article, a possessive or a preposition's determiner is a modifier of the noun after it, however the parser
    read it; no one declared anything (`they both pledged to fight` has a subject before `both`)."""
    anchor = cue.anchor
    if cue.nominal or anchor.tag_ not in ("VBD", "VBN") or anchor.i == 0 or anchor.i + 1 >= len(anchor.doc):
        return False
    before, after = anchor.doc[anchor.i - 1], anchor.doc[anchor.i + 1]
    opener = before.lower_ in _NOUN_OPENERS and (before.lower_ != "both" or before.dep_ == "pobj")
    return opener and after.pos_ in ("NOUN", "PROPN") and after.tag_ != "VBG"


_OPPOSITE = {"support": "oppose", "oppose": "support"}


def _either_way(cue: Cue) -> bool:
    """`spend money to support or oppose any candidate`, `whether to back or reject the deal`: a stance and its
    opposite offered as alternatives describe what may be done, and declare neither."""
    opposite = _OPPOSITE.get(cue.stance)
    if opposite is None or cue.nominal:
        return False
    anchor = cue.anchor
    joined = [anchor.head] if anchor.dep_ == "conj" else []
    for other in [*joined, *(c for c in anchor.children if c.dep_ == "conj")]:
        first = min(anchor, other, key=lambda t: t.i)
        alternative = any(t.lower_ == "or" for t in anchor.doc[first.i + 1 : max(anchor.i, other.i)])
        # one object for both (`support or oppose any candidate`), not two stances (`support the tax cut or
        # oppose any bill`)
        shared = not any(c.dep_ in ("dobj", "prep") for c in first.children)
        if alternative and shared and VERBS.get(other.lemma_.lower()) == opposite:
            return True
    return False


def _with_users(sent: Span, options: Any) -> list[Cue]:
    """The lexicon's cues, where the user's own cue words take the tokens they match."""
    found = list(cues.find(sent))
    if options is None or not options.cues:
        return found
    mine = user_cues.matches(sent, options.cues)
    taken = {i for cue in mine for i in range(cue.start, cue.end)}
    return sorted([*(c for c in found if not any(i in taken for i in range(c.start, c.end))), *mine],
                  key=lambda cue: cue.start)


def _cue_target(cue: Cue, spans: set[int]) -> bool:
    """`voted against endorsing the merger`: a gerund after another cue's preposition is that cue's target."""
    return cue.anchor.dep_ == "pcomp" and cue.anchor.head.i in spans


def _claimed_of_another(cue: Cue) -> bool:
    """`Trump alleged that Obama wanted to admit 250,000 Syrians`, `accused Jones of opposing the bill`: a named
    third party's stance inside a claim is the claimant's charge (a pronoun may be the claimant's own: `he claimed
    he backs it`)."""
    if cue.nominal or not cue.holders:
        return False
    node = cue.anchor
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pcomp" and ACCUSING.get(node.head.head.lemma_.lower()) == node.head.lower_:
        return True  # `accused Jones of opposing the bill`, `accused him of ...`: the accuser's charge
    if cue.holders[0].pos_ == "PRON":
        return False
    if node.dep_ in ("ccomp", "acl") and node.head.lemma_.lower() in CLAIMING_WORDS:
        return True
    return node.dep_ in ("ccomp", "acl") and _after_a_claim(node)


def _after_a_claim(clause: Token) -> bool:
    """`his claim in November that Obama wants ...`, `claiming without any evidence that Obama wanted ...`: a `that`
    clause opening just after a claim, which the parser hung on the verb or on a noun because a phrase of time,
    place or manner came between them."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return False
    for word in reversed(clause.doc[max(mark.i - 5, clause.sent.start) : mark.i]):
        if word.pos_ in ("VERB", "AUX"):
            return word.lemma_.lower() in CLAIMING_WORDS
        if word.pos_ == "PUNCT":
            return False
        if word.pos_ == "NOUN" and word.lemma_.lower() in CLAIMING_WORDS:
            return True
    return False


def _topic(cue: Cue) -> bool:
    """`was asked about endorsing the nominee`, `told reporters about extending his support to him`: what a talk or
    a question is about, not a stance anyone declared."""
    verb = cue.anchor
    if cue.nominal or verb.dep_ != "pcomp" or verb.head.lower_ != "about":
        return False
    return verb.head.head.lemma_.lower() in _TALKING  # (`is thinking about backing him`: a hedged stance)


_TALKING = SPEECH_VERBS | frozenset({"ask", "question", "press", "talk", "speak", "discuss", "quiz", "query"})


def _asked_whom(cue: Cue) -> bool:
    """`some had no idea who they voted for`, `asked whom she would back`: a stance on someone the question asks
    for is no stance on anyone."""
    return cue.target.casefold() in _WH_WORDS


_WH_WORDS = frozenset({"who", "whom", "what", "which", "whoever", "whomever", "whatever"})


def _sayers_participle(cue: Cue) -> Cue:
    """`The mayor says her rival took the money — asserting that he cannot be trusted`: a participle of saying
    after a reported clause goes on with the sayer's words; it is not the reported subject's."""
    verb = cue.anchor
    if cue.nominal or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _SAYING:
        return cue
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in SPEECH_VERBS:
        return cue
    subjects = [c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")]
    sayers = [c for c in reported.head.children if c.dep_ == "nsubj"]
    if not sayers or not subjects or subjects[0] not in cue.holders:
        return cue
    return replace(cue, holders=(sayers[0],))


_SAYING = SPEECH_VERBS | frozenset(STATING)


def _contrasted_by_speaker(cue: Cue) -> bool:
    """`Clinton told the crowd she would fight for families, while her opponent wants to take the country
    backward`: a third party set against the speaker in a `while` clause of her speech is her charge, not a
    position the third party declared (`she said that while she opposes the tax, she backs the plan` is hers)."""
    if cue.nominal or not cue.holders or cue.holders[0].pos_ == "PRON":
        return False
    node = cue.anchor
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in node.children):
        return False
    said = node.head
    while said.dep_ in ("ccomp", "conj") and said.lemma_.lower() not in SPEECH_VERBS and said.head.i != said.i:
        said = said.head
    sayers = [c for c in said.children if c.dep_ == "nsubj"]
    return said.lemma_.lower() in SPEECH_VERBS and bool(sayers) and sayers[0].lower_ != cue.holders[0].lower_


def _polled(cue: Cue) -> bool:
    """`8 percent of Democrats said they would vote for Trump`, `a majority of voters oppose the plan`, `Democrats
    favored Clinton, 72 percent to 8 percent`: a poll's count of a group, not a position anyone declared."""
    if any(c.dep_ in ("npadvmod", "dobj") and (c.ent_type_ == "PERCENT" or c.lemma_.lower() in ("percent", "%"))
           for c in cue.anchor.children):
        return True  # `favored Trump 46 percent to 32 percent`
    if any(_share(holder) for holder in cue.holders):
        return True  # `Clinton has support from 52 percent of Democratic primary voters`, however the cue found them
    node = cue.anchor
    by = agent(node) if is_passive(node) else None
    if by is not None and _share(by):
        return True  # `Trump was supported by 42 percent of the Republicans surveyed`
    for _ in range(8):
        found = subjects(node)  # (a name's description parsed as a second subject is not the count)
        if found and found[0].dep_ in ("nsubj", "nsubjpass") and found[0].head.i == node.i and _share(found[0]):
            return True
        if node.dep_ == "acl" and _share(node.head):
            return True  # `three of four Americans disapproved`, the verb parsed as the group's modifier
        if any(c.dep_ == "prep" and c.lower_ == "in" and c.i < node.i and any(
                o.dep_ == "pobj" and o.lemma_.lower() in SURVEY_NOUNS for o in c.children) for c in node.children):
            return True  # `In a Washington Post poll, most voters opposed ...`: what the poll counted
        if any(c.dep_ == "prep" and c.lower_ == "according" and c.i < node.i and _names_a_poll(c)
               for c in node.children):
            return True  # `According to early results of the exit polls, majorities of Democratic voters want ...`
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _names_a_poll(according: Token) -> bool:
    """`according to the poll`, `according to early results of the exit polls`: what `to` names is a poll or its
    results (not `according to the senator, who cited a survey`)."""
    named = [o for to in according.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    named += [o for n in named for of in n.children if of.dep_ == "prep" and of.lower_ == "of"
              for o in of.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in SURVEY_NOUNS for n in named)


def _electorate(cue: Cue) -> bool:
    """`Suburban counties backed the governor`, `the electorate who has voted for Trump`, `Hispanic voters are more
    likely to support her`: how a body of voters votes or leans, not a position anyone declared."""
    for head in cue.holders:
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # `the electorate who has voted`: the noun the clause is about
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and lemma in ELECTORATES and (head.tag_ == "NNS" or lemma in MASS_ELECTORATES):
            return True
        if lemma in VOTING_PLACES and not _a_body_of_a_kind(head) and (
                (head.tag_ == "NNS" and (_voted(cue) or _for_a_candidate(cue)))
                or (cue.stance == "support" and _for_a_candidate(cue))):
            # (`this Democratic county, which voted solidly for Barack Obama`; `the county voted to raise the levy`
            # and `the county criticized Sheriff Arpaio` are its board's)
            return True
        if head.tag_ == "NNS" and lemma in BALLOT_BODIES and _for_a_candidacy(cue.anchor):
            return True
    return False


def _a_body_of_a_kind(place: Token) -> bool:
    """`school district`, `water district`: a body named by what it runs, not a place's voters."""
    return any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" for c in place.children)


def _voted(cue: Cue) -> bool:
    """`The districts voted for the levy`: a vote cast, not a stance declared."""
    return not cue.nominal and cue.anchor.lemma_.lower() == "vote"


def _for_a_candidate(cue: Cue) -> bool:
    """`Suburban counties backed the governor`, `went for Trump`: a person or a candidate backed, which is how a
    place votes; `counties opposed the state's water plan` is a stance on a policy."""
    if cue.nominal:
        return False
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in CANDIDACIES or is_title(t)
               for t in targets.of_verb(cue.anchor))


def _for_a_candidacy(verb: Token) -> bool:
    """`voted for a Republican nominee`, `voted for both Democrats and Republicans`: an election's vote."""
    if verb.lemma_.lower() != "vote":
        return False
    whom = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
            for o in p.children if o.dep_ == "pobj"]
    return any(o.ent_type_ in ("PERSON", "NORP") or o.lemma_.lower() in CANDIDACIES for o in whom)


def _what_anyone_would(cue: Cue) -> bool:
    """`Prospective physicians could agree to work in the public sector`, `A Republican would be praising the plan`,
    `party officials who can vote for the candidate of their choice`:
    what any one of a kind might do is a scenario, not a stance anyone declared (`Some senators might oppose it`,
    `the union could back it` are hedged stances of someone)."""
    if cue.nominal or not cue.holders:
        return False
    children = list(cue.anchor.children)
    may = any(c.dep_ == "aux" and c.lower_ == "can" for c in children) and not any(c.dep_ == "neg" for c in children)
    if not may and not any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in children):
        return False  # (`officials who can vote for the candidate of their choice`; `cannot support` is a refusal)
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in children):
        return False  # `supervisors would sometimes dismiss her proposals`: what they used to do
    head = cue.holders[0]
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head  # `officials who can vote`: the noun the clause is about
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    bare = head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    return indefinite or bare


_HABITUAL = frozenset({"sometimes", "often", "always", "usually", "routinely", "regularly", "frequently",
                       "occasionally", "repeatedly"})


def _advantage_of_things(cue: Cue) -> bool:
    """`many of the upcoming contests favor Trump`, `the map favors Democrats`: a thing that favours someone gives
    them an advantage; only someone can favour a side (`the committee favors the plan`, `most senators favor it`)."""
    if cue.nominal or cue.anchor.lemma_.lower() not in ("favor", "favour") or not cue.holders:
        return False
    head = cue.holders[0]
    if head.pos_ in ("ADJ", "PRON", "NUM", "DET"):  # `many of the contests`, `some of the rules`
        head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), head)
    return head.pos_ == "NOUN" and not head.ent_type_ and not is_actor_noun(head.lemma_.lower())


def _people_of_a_place(cue: Cue) -> bool:
    """`most in the city want to improve the law`, `many in the state oppose it`: some of a place's people, nobody
    in particular (`many of the delegates` are some of a named group; `many in Washington` is news's name for a
    political class)."""
    return any(head.lower_ in _QUANTIFIERS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_place(o) for o in c.children) for c in head.children)
        for head in cue.holders)


def _place(word: Token) -> bool:
    """`the city`, `the state`: a place named by a common noun, whose people are no group (`the African-American
    community` is; a named place, `Washington`, `Beijing`, often stands for its rulers)."""
    return word.dep_ == "pobj" and not word.ent_type_ and word.lemma_.lower() in _PLACES


_PLACES = VOTING_PLACES | frozenset({"city", "town", "village", "state", "country", "region", "province", "area",
                                     "suburb", "neighborhood", "neighbourhood"})


_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "several", "others", "those"})


def _enacted(cue: Cue) -> bool:
    """`Title I, which supports schools that serve low-income students`: what a law or a programme does is what
    it provides, not a stance; nobody declared it."""
    for head in cue.holders:
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head
        if head.ent_type_ == "LAW":
            return True
    return False


def _entitled(cue: Cue) -> bool:
    """`they support parents' right to boycott the exams`, `the right of owners to refuse services`: what a
    right or a power allows is a possibility, not a stance its bearer declared; a chance taken is used
    (`took the opportunity to criticize`)."""
    verb = cue.anchor
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    taken = verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in MEANS_VERBS  # `took the opportunity to`
    return (not cue.nominal and verb.dep_ == "acl" and verb.head.lemma_.lower() in ENTITLEMENTS
            and modality.infinitive(verb) and not taken)


def _share(subject: Token) -> bool:
    """`8 percent of`, `three of four`, `Six in 10`, `a majority of`, `Twenty-four percent`: part of a group,
    counted."""
    # (`three of four voters` is a ratio; `two of the senators` are two people)
    counted = subject.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.like_num or any(n.dep_ == "nummod" for n in o.children) for o in c.children) for c in subject.children)
    # (`Six in 10 Republicans`, parsed as a number modifying the group)
    ratio = any(n.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in ("in", "of") for q in n.children)
                for n in subject.children)
    # (`a majority of voters`, `a 54% majority`; `the chamber's Republican majority` is a party in a chamber)
    part = subject.lemma_.lower() in SHARE_WORDS and (subject.lemma_.lower() in ("percent", "%") or any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.ent_type_ == "PERCENT" for c in subject.children))
    # (`two-thirds of Republican voters`, parsed as `two` with the fraction's second word under it)
    fraction = subject.like_num and any(q.dep_ == "quantmod" and q.lemma_.lower() in FRACTIONS
                                        for q in subject.children)
    return counted or ratio or part or fraction or subject.ent_type_ == "PERCENT"


def _asked_of_holder(cue: Cue) -> bool:
    """`When asked for his position, Trump said ...`: a bare participle clause is passive; the sentence's subject
    is the one asked, not the asker (`a meeting requested by Sanders` names its asker)."""
    verb = cue.anchor
    return (not cue.nominal and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i == cue.start
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children))


def _headline_passive(cue: Cue, headline: bool) -> bool:
    """`FDIC Accused Of Covering Up Hacking`: a headline tells its acts in the present (`Cruz Slams Rubio`), so
    its past participle is a passive whose subject is the one accused, not the accuser."""
    verb = cue.anchor
    return (headline and not cue.nominal and verb.tag_ in ("VBN", "VBD") and verb.i == cue.start
            and not any(c.dep_ == "agent" for c in verb.children))


def _demanded(cue: Cue, demands: set[int]) -> bool:
    """`Obama sounded a call for the United States to accept more refugees`: the act demanded is the demand's
    target, not a stance of the one it is asked of. (`called for X and backed Y` is two stances.)"""
    node = cue.anchor
    for _ in range(8):
        infinitive = any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in node.children)
        if node.dep_ in ("conj", "parataxis", "ROOT", "relcl") or node.head.i == node.i or run_together(
                node, node.head):
            return False  # (`He calls for more spending; she calls for less`: two demands the parser hung together)
        if node.dep_ == "advcl" and not infinitive:
            return False
        node = node.head
        if node.i in demands:
            return True
    return False


def _undertaken(cue: Cue, undertakings: set[int]) -> bool:
    """`threatened to boycott the World Cup`, `vowed to oppose`: the act promised is the promise's target."""
    return cue.anchor.dep_ == "xcomp" and cue.anchor.head.i in undertakings


def _obliged(cue: Cue) -> bool:
    """`the rebels must reject violence` is someone's demand on the rebels; `we must reject it` is a stance."""
    first_person = bool(cue.holders) and cue.holders[0].lower_ in FIRST_PERSON
    return not cue.nominal and not first_person and modality.obliged(cue.anchor)


def _own_earlier_stance(cue: Cue, anchors: set[int]) -> bool:
    """`backtracked on his promise`: a stance noun owned by a pronoun, under another cue, is that cue's object."""
    owner = cue.holders[0] if cue.nominal and cue.holders else None
    if owner is None or owner.tag_ != "PRP$":
        return False
    return any(ancestor.i in anchors for ancestor in cue.anchor.ancestors)


def _restates_means(cue: Cue, anchors: set[int]) -> bool:
    """`By pledging support for X, Japan is backing Y`: the main clause restates the act of the `by` clause."""
    node = cue.anchor
    while True:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "by" and any(c.i in anchors for c in child.children):
                return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
