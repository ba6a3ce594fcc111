"""Who can hold a position, and who a pronoun or `the government` stands for.

An actor is a person, organisation, country or group: a named entity of an
actor label, or a noun phrase headed by a group or role noun (`the union`,
`critics`). Pronouns and bare definite descriptions resolve to the nearest
fitting actor mentioned before them, in this sentence or the previous ones.
"""

from __future__ import annotations

from collections import deque
from copy import copy
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.given_names import HONORIFIC_GENDERS, KIN_NOUNS, NOUN_GENDERS, gender_of
from ..entities.demonyms import NATIONAL_NOUNS, PARTY_MEMBERS, country_of
from ..entities.gazetteer import lookup
from ..entities.junk import is_junk
from ..entities.layout import in_dateline
from ..entities.mentions import ends_in_organisation_word
from ..entities.names import headline_verb
from ..entities.titles import EPITHETS, is_head
from ..quotes.cues import EVIDENCE_NOUNS
from ..quotes.quotations import OPENING_TOKENS
from . import kinds
from .capitals import country_of_capital
from .lexicon import (
    ARTIFACT_NOUNS,
    COUNTING_WORDS,
    DESCRIPTION_LABELS,
    FIRST_PERSON,
    FRACTIONS,
    GOVERNING_NOUNS,
    INDEFINITE_WORDS,
    PRONOUN_LABELS,
    SPEECH_VERBS,
    STAFF_NOUNS,
    is_actor_noun,
    is_title,
)
from .naming import entity_name, tidy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Entity labels that can hold a position (`the White House backed`, `Central Asia affirmed`) ...
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# ... and those a later pronoun or description may stand for.
SALIENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# How many earlier sentences a pronoun or description may reach back to.
REACH = 4
# Left dependents that belong to a holder's name (`Ghana's finance minister`, `The Kenyan health ministry`).
_NAME_DEPS = frozenset(
    {"det", "compound", "amod", "poss", "case", "nmod", "nummod", "quantmod", "punct", "npadvmod"}
)


# Labels that a proper noun which is a name only gets by the recogniser's mistake (or none at all).
_MISREAD_LABELS = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY"})


@dataclass(frozen=True)
class Actor:
    """A holder: `name` canonical, `text` as written, `kind` an entity label, `GROUP`, `PLURAL`, or `NAME`
    (a one-word name the recogniser missed: `Arsenal`, `Uber`, which a later `the club` or `it` may mean)."""

    name: str
    text: str
    kind: str
    owner: Actor | None = None  # the person whose people these are (`Marco Rubio` of `Marco Rubio's team`)
    # the body a spokesperson or an official speaks for (`the State Department` of `State Department spokesman Glyn
    # Davies`), whom the speaker's `we` means
    speaks_for: Actor | None = None


@dataclass(frozen=True)
class Mention:
    """An actor named at token `position`; `group` is shared by conjoined mentions (`Google and Microsoft`)."""

    actor: Actor
    position: int
    subject: bool
    group: int
    roles: frozenset[str] = frozenset()  # `chancellor` of `Chancellor Maria Keller`, `the party's nominee, X`
    noun: str = ""  # the head word as written, lower-cased (`ministry` of `China's foreign ministry`)
    main: bool = False  # the subject of the sentence's main verb (`Ban` of `Asked whether Trump could win, Ban said`)


# Dashes standing apart from words (a hyphen inside `Ki-moon` does not).
DASHES = frozenset({"-", "--", "—", "–", "―"})


def noun_phrase(head: Token) -> Span:
    """The head's name-like left part: determiners, compounds, modifiers and possessors, not clauses."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _NAME_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1), None)
    end = prep.right_edge.i + 1 if prep is not None and _joins_name(prep, head) else head.i + 1
    doc = head.doc
    # `Both Germany and France`, `both airlines`: the word counts the actors, it is not part of their name
    skipped = ("both", "either", "neither")
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in skipped):
        start += 1
    opened = False
    for i in range(start, head.i):
        opened = opened or doc[i].tag_ == "``"
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            start = i + 1  # `7:45 a.m.` on the line above: a time stamp, not the holder's name
        elif doc[i].tag_ == "''" and not opened and i > 0 and doc[i - 1].is_punct:
            start = i + 1  # `"... hunky-dory," Gene Sperling`: the close of a quotation the parser ran into the name
        elif doc[i].text in DASHES and i > 0 and doc[i - 1].whitespace_:
            start = i + 1  # `LONDON (Reuters) - Prime Minister Tony Blair`: a dateline, not the holder's name
    return doc[start:end]


def _joins_name(prep: Token, head: Token) -> bool:
    """`Members of the board`; a capitalised preposition is inside a name (`Doctors Without Borders`)."""
    if prep.lower_ == "of":
        return head.ent_type_ == ""
    return prep.is_title and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def proper_name(phrase: Span, head: Token) -> str:
    """`Manchester United manager Erik ten Hag` -> `Erik ten Hag`: the run of names ending at the head,
    titles dropped."""
    tokens = [t for t in phrase if t.i <= head.i]
    start = len(tokens)
    while start > 0 and (tokens[start - 1].pos_ == "PROPN" or tokens[start - 1].tag_ == "HYPH"):
        start -= 1
    names = tokens[start:] or tokens
    while len(names) > 1 and is_title(names[0]):
        names = names[1:]
    if len(names) == 1 and is_title(names[0]) and phrase.end > head.i + 1:
        return tidy(phrase.doc[names[0].i : phrase.end].text)  # `the Secretary of Defense`: the office's name
    return tidy(phrase.doc[names[0].i : names[-1].i + 1].text)


def _quoted_title(token: Token) -> bool:
    """A word of a work's title set in quotation marks (`“Austin Powers: The Spy Who Shagged Me”`)."""
    if token.ent_type_ != "WORK_OF_ART":
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    if start == 0:
        return False
    mark, doc = token.doc[start - 1], token.doc
    # an opening mark: curly or doubled, or a straight one after a space (`system," Trump` closes a quotation)
    return mark.text in OPENING_TOKENS and (mark.text != '"' or mark.i == 0 or bool(doc[mark.i - 1].whitespace_))


def _runs_into_verb(token: Token) -> bool:
    """`Trump accused Holt of being a` read as one WORK_OF_ART: an entity holding a clause's verb is no name."""
    doc = token.doc
    if not token.ent_type_ or token.ent_iob_ not in ("B", "I"):
        return False
    start, end = token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl") for t in doc[start:end])


def entity_at(token: Token) -> Span | None:
    """The named entity of an actor label that `token` heads or is part of."""
    if token.ent_type_ not in ACTOR_LABELS:
        return None
    from spacy.tokens import Span

    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < token.i and (doc[start].is_space or doc[start].text in DASHES):
        start += 1  # `― Christina Lastra`, the dash signing a quotation: the recogniser ran the name into it
    # a name ends at its line (`― Barack Obama` over a line `Speech at the rally ...`)
    end = next((i + 1 for i in range(token.i, end - 1) if "\n" in doc[i].whitespace_ or doc[i + 1].is_space), end)
    start = next((i + 1 for i in range(token.i - 1, start - 1, -1) if "\n" in doc[i].whitespace_ or doc[i].is_space),
                 start)
    if doc[end - 1].dep_ == "cc" and end < len(doc) and doc[end].dep_ == "conj" and doc[end].pos_ == "PROPN":
        end += 1  # `The Organisation for Economic Co-operation and| Development`: the recogniser stopped short
    # `Obama Calls` (a headline), `Trump accused Holt`: the recogniser ran a name on into the verb after it
    for i in range(token.i + 1, end):
        if (doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl")) or (
                headline_verb(doc[i])):  # `Ben Carson Slams Hillary`: the entities extractor's rule for names
            end = i
            break
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
            start = i + 1
            break
        if doc[i].text in DASHES and i > start and doc[i - 1].whitespace_:
            start = i + 1  # `CLEVELAND - Donald Trump`: a dateline the recogniser ran into the name
            break
    span = Span(doc, start, end, label=token.ent_type_)
    return None if no_name(span.text) else span


def no_name(text: str) -> bool:
    """A capitalised mention the entities extractor drops as no one's name (`a super PAC`, `0330 GMT`,
    `Nationally, ...`), which is no actor's either (a description in lower case, `the foreign ministry`, stays one)."""
    return text[:1].isupper() and is_junk(text)


def _kind(head: Token) -> str:
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
        return "PLURAL"
    labels = DESCRIPTION_LABELS.get(head.lemma_.lower(), frozenset())
    return "PERSON" if "PERSON" in labels else "GROUP"


def names_an_actor(word: Token) -> bool:
    """A name of a person, a body, a place or a people, or a noun of an actor (`the union`, `critics`)."""
    return word.ent_type_ in SALIENT_LABELS or is_actor_noun(word.lemma_.lower())


def _a_town(actor: Actor) -> bool:
    """A town or a state that is no capital: a place, never people a `they` stands for (a capital may stand for
    its government, and a country, in some copy, for its people)."""
    place = lookup(actor.name) if actor.kind == "GPE" else None
    return place is not None and place.kind in ("city", "state") and not place.capital


def _hyphened(token: Token) -> bool:
    """A piece of a hyphenated modifier (`veto`, `-` of `veto-wielding`)."""
    doc = token.doc
    return token.text == "-" or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_)


def _is_hypothetical(phrase: Span) -> bool:
    return phrase[0].lower_ in INDEFINITE_WORDS


class Salience:
    """Actors mentioned so far in a document, for resolving pronouns and definite descriptions."""

    def __init__(self) -> None:
        self.history: deque[list[Mention]] = deque(maxlen=REACH)
        self.current: list[Mention] = []
        self.genders: dict[str, str] = {}  # a person's name -> `he` or `she`, as the text has shown it
        self.shown: set[str] = set()  # names whose gender a title or a given name showed (`Mrs. Clinton`)
        self.votes: dict[str, dict[str, int]] = {}
        self.pinned: dict[int, Actor] = {}  # token index -> the actor it is known to stand for, this sentence
        # every person named so far with the roles the text gave them, the last mentioned last: `the former
        # ambassador` or `the admiral` may come many sentences after `Ambassador John Bolton`
        self.roles: dict[str, tuple[Actor, frozenset[str]]] = {}
        # the body last named with each head noun (`administration` of `The Obama administration`), for a `the
        # administration` further on than the reach of pronouns
        self.bodies: dict[str, Actor] = {}

    def next_sentence(self) -> None:
        for mention in self.current:
            if mention.actor.kind == "PERSON" and not is_description(mention.actor):
                known = self.roles.pop(mention.actor.name, (mention.actor, frozenset()))[1]
                self.roles[mention.actor.name] = (mention.actor, known | mention.roles)
            elif _named_body(mention):
                self.bodies[mention.noun] = mention.actor
            if mention.actor.kind != "PERSON":
                self.bodies.update(dict.fromkeys(mention.roles, mention.actor))  # `Boeing, the planemaker`
        self.history.append(self.current)
        self.current = []
        self.pinned = {}

    def snapshot(self) -> Salience:
        """What is known once the current sentence is read, for readers that come after the walk
        (`resolution.py`): a copy of what later sentences change in place. Only for `describe`, never `observe`."""
        view = copy(self)
        view.history = self.history.copy()
        view.genders, view.roles, view.bodies = dict(self.genders), dict(self.roles), dict(self.bodies)
        return view

    def pin(self, token: Token, actor: Actor) -> None:
        """Settle what `token` stands for before the sentence is read (`speakers.Speakers.pin_tags`)."""
        self.pinned[token.i] = actor

    def _note(self, actor: Actor, token: Token) -> None:
        if actor.name.lower() in FIRST_PERSON:
            return  # `I think ...` of no known speaker: no one a later `they` can stand for
        group = min(c.i for c in (token, *token.conjuncts))
        if token.pos_ == "PRON":
            roles: frozenset[str] = frozenset()
        else:  # a person's roles (`Chancellor Maria Keller`), a body's kind (`Boeing, the planemaker`)
            # (only a name's: `Bank executives` is no bank a later `the bank` stands for)
            named = token.pos_ == "PROPN" or entity_at(token) is not None
            stated = kinds.stated(token) if named else frozenset()
            roles = frozenset(_roles(token)) if actor.kind == "PERSON" else stated
        subject = _is_subject(token)
        main = subject and token.head.i == token.sent.root.i
        self.current.append(Mention(actor, token.i, subject, group, roles, token.lower_, main))

    def observe(self, sent: Span, ents: list[Span]) -> None:
        """Remember the sentence's named actors (`ents`), and its subjects that are actors of other kinds."""
        for ent in map(_after_dateline, ents):
            if in_dateline(ent.root):
                continue  # `NAGYATAD , Hungary 1996-08-28`: where the story was filed, no one a `they` stands for
            if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound") and (
                    ent.root.head.ent_type_ or is_head(ent.root.head)):
                # `Republican Donald Trump`, `Republican Sens. Mike Crapo and Jim Risch`: a description of the name it
                # stands before, not an actor
                continue
            if ent.label_ == "NORP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children):
                continue  # `even if a Democrat wins, it assumes`: any one member of a party, no one a `it` can be
            kind = self._entity_kind(ent)
            if ent.label_ in SALIENT_LABELS or kind == "ORG":
                self._note(Actor(entity_name(ent), ent.text, kind), ent.root)
            if kind == "PERSON":
                titled = _titled_gender(ent) or _given_gender(entity_name(ent))
                if titled is not None:
                    self.genders[entity_name(ent)] = titled
                    self.shown.add(entity_name(ent))
                elif (gender := _gender_shown(ent, ents)) is not None:
                    self.genders.setdefault(entity_name(ent), gender)
        self._count_pronouns(sent, ents)
        for token in sent:
            if token.ent_type_ in SALIENT_LABELS or in_dateline(token):
                continue
            if token.dep_ in ("nsubj", "nsubjpass") or _definite_actor(token) or _conjoined_subject(token):
                for actor in self.describe(token):
                    self._note(actor, token)
                    if _kin_of(actor) and token.lemma_.lower() in NOUN_GENDERS:
                        self.genders.setdefault(actor.name, NOUN_GENDERS[token.lemma_.lower()])  # `Elian's mother`
        self.current.sort(key=lambda m: m.position)

    def _count_pronouns(self, sent: Span, ents: list[Span]) -> None:
        """A sentence about one person that says only `he` (or only `she`) is a vote for that person's gender;
        a person's gender is the one voted for at least twice as often as the other. A sentence naming nothing
        else that says only `its` is a vote that the name is no person's (`_entity_kind`)."""
        people = {entity_name(e) for e in ents if e.label_ == "PERSON"}
        if len(people) != 1:
            return
        if _unrecognised_subject(sent):
            return
        first = min(e.start for e in ents if e.label_ == "PERSON")
        from .speakers import open_before

        quoted = open_before(sent.doc)
        # (not in quotation marks: `"Poland returns where she belongs," said Geremek` is no vote on Geremek)
        pronouns = [t for t in sent if t.lower_ in PRONOUN_GENDERS and t.pos_ == "PRON" and not quoted[t.i]]
        if any(t.i < first for t in pronouns):
            return  # `she disclosed that Bill Clinton called her`: a pronoun before the name is someone else's
        said = {PRONOUN_GENDERS[t.lower_] for t in pronouns}
        if not said and all(e.label_ in _NO_IT for e in ents) and any(
                t.lower_ in ("its", "itself") and t.i > first for t in sent):
            said = {"it"}  # `Twitter has positioned itself`: no person, though the recogniser read one
        if len(said) != 1:
            return
        (name,), (gender,) = people, said
        votes = self.votes.setdefault(name, {"he": 0, "she": 0, "it": 0})
        votes[gender] += 1
        other = "she" if gender == "he" else "he"
        if gender != "it" and votes[gender] >= 2 * votes[other] and name not in self.shown:  # never against a title
            self.genders[name] = gender

    def resolve(self, token: Token, wanted: frozenset[str], plural: bool = False,
                role: str | None = None, exclude: set[str] | None = None, subjects_only: bool = False) -> list[Actor]:
        """The nearest earlier actor of a kind in `wanted` (subjects first, then the most recent);
        for a plural reference, every actor conjoined with it."""
        # not a word of the pronoun's own clause that is no subject (`Campaigning against Romney, he ...`)
        clause = {t.i for t in own_clause(token.head)} if token.dep_ in ("nsubj", "nsubjpass") else set()
        # nor the noun its relative clause tells of (`embracing the president she hopes to succeed`: its object)
        told = token.head.head.i if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl" else None
        # nor an object of a clause set before it (`If Google buys Fitbit, it will`: Google, not Fitbit)
        side = _side_clause_words(token)
        # (a possessor may be: `Since Clinton's op-ed in May, she's tacked left`)
        before = [m for m in self.current if m.position < token.i and m.position != told and (
            m.subject or (m.position not in clause and m.position not in side)
            or token.doc[m.position].dep_ == "poss") and not _compared(token.doc[m.position])]
        gender = PRONOUN_GENDERS.get(token.lower_)
        described: list[Actor] = []  # `the first minister said she would`: a description, if no name is found
        from .speakers import open_before, tagged_quotation

        inside = open_before(token.doc)
        quoted = (tagged_quotation(token) or _reported_before(token)) if token.dep_ == "nsubj" else None
        windows = list(enumerate((before, *reversed(self.history))))
        if token.pos_ == "PRON" and not inside[token.i]:
            # `“... maybe Chuck didn't ask me ...,” Trump said. ... he said`: a name a quotation speaks of is what
            # its speaker said; the story's own actors come first, in every sentence in reach (an epithet's
            # person is the story's, whoever named it: `The GOP nominee`)
            windows = [(n, [m for m in ms if not inside[m.position]]) for n, ms in windows] + [
                (n, [m for m in ms if inside[m.position]]) for n, ms in windows]
        for n, mentions in windows:
            if quoted is not None:
                # `“Donald Trump is unfit,” he asserted`: not a name the speaker's own quotation names
                mentions = [m for m in mentions if m.position not in quoted]
            if subjects_only:
                # (`the Clinton campaign now hopes. The Democratic nominee attacked`: the group's owner)
                mentions = [replace(m, actor=m.actor.owner) if m.actor.owner is not None else m
                            for m in mentions if m.subject]
            # in the pronoun's own sentence the nearest subject (`X says Y lied about her support`: Y), in those
            # before it the main clause's, then the first (`Asked whether Trump could win, Ban demurred. "...," he
            # said`)
            # (the story's person, for an epithet, is the first named subject, main clause or not: `said Rocha, a
            # strategist, "because Trump is so visceral". The GOP nominee has staked ...`)
            ranked = mentions if subjects_only else sorted(mentions, key=lambda m: not m.main)
            subjects = [m for m in (reversed(mentions) if n == 0 else ranked) if m.subject]
            # and among the rest, in its own sentence the nearest, in those before the first named: what a sentence
            # is about comes first in it (`Trump accused Cruz, ... . Then he cut into Bush`, parsed with no subject)
            others = [m for m in (reversed(mentions) if n == 0 else mentions) if not m.subject]
            if gender is not None:
                # among subjects, and among the rest, a person the text has called `she` first, for `she`; then
                # those it has not (`Mr. Sanders has demonized Wall Street ... she`: not Wall Street)
                # (the main clause's subject of a sentence before stays first, whether shown to be one or not)
                subjects, others = (sorted(group, key=lambda m: (not (n > 0 and m.main and not subjects_only),
                                                                 self.genders.get(m.actor.name) != gender))
                                    for group in (subjects, others))
            ordered = subjects + others
            for mention in ordered:
                if gender is not None and self.genders.get(mention.actor.name, gender) != gender:
                    continue  # `his` does not stand for a woman the text has called `she`
                if gender is not None and is_description(mention.actor):
                    # `pledged to support the nominee. He said`: a description no name was found for
                    described = described or ([mention.actor] if mention.actor.kind in wanted else [])
                    continue
                if exclude and mention.actor.name in exclude:
                    continue
                if plural and _a_town(mention.actor):
                    continue  # `his relatives in Miami ... they insisted`: a town is no `they`
                if plural and mention.noun in _SINGULAR_PRONOUNS:
                    continue  # `officers signed a letter making it clear that they ...`: what is `it` is no `they`
                if role is not None and mention.actor.kind == "PERSON" and role not in mention.roles:
                    continue  # `the judge` is not the last person named, unless named as a judge
                if role is not None and kinds.is_specific(role) and mention.actor.kind != "PERSON" and not (
                        kinds.fits(role, mention.actor.text, mention.roles)):
                    continue  # `The Boeing 737 ... The party opposes`: not a body the text showed to be a party
                if role in _NATION_WORDS and not _may_be_a_nation(mention.actor.name):
                    continue  # `Rep. Paul Ryan (R-Wis.) ... the nation needed`: a state or a town is no nation
                if mention.actor.kind in wanted or (plural and _listed_people(mention, mentions)):
                    if not plural:
                        return [mention.actor]
                    members = [m.actor for m in mentions if m.group == mention.group
                               and (m.actor.kind in wanted or m.actor.kind == "PERSON")]
                    if mention.actor.kind == "PERSON" and len({a.name for a in members}) < 2:
                        continue  # `the governors` are not the one governor named
                    return members
        if gender is not None and not described and "PERSON" in wanted and not _unnamed_before(token, gender):
            # no one of that gender in reach (`Mrs. Clinton` before four sentences of Sanders's quotation, then
            # `her campaign`): the person of that gender last mentioned
            return next(([actor] for actor, _ in reversed(self.roles.values())
                         if self.genders.get(actor.name) == gender and not (exclude and actor.name in exclude)), [])
        return described

    def titled(self, role: str) -> list[Actor]:
        """`the former ambassador`, `the admiral` with no one in reach given that role: the person last
        mentioned whom the text ever gave it (`former UN Ambassador John Bolton`, `Admiral Harris`), an office
        under any of its abbreviations (`Gov. Chris Christie` for `the governor`)."""
        office = _OFFICES.get(role)
        return next(([actor] for actor, roles in reversed(self.roles.values())
                     if role in roles or (office is not None and any(_OFFICES.get(r) == office for r in roles))), [])

    def describe(self, head: Token, speaker: Actor | None = None) -> list[Actor]:
        """The actors that the noun or pronoun `head` names (several for `they`), none when it names none."""
        if head.i in self.pinned:
            return [self.pinned[head.i]]
        lower = head.lower_
        if lower in FIRST_PERSON:
            if speaker is not None and speaker.speaks_for is not None and lower in ("we", "us", "our"):
                return [Actor(speaker.speaks_for.name, head.text, speaker.speaks_for.kind)]
            return [Actor(speaker.name if speaker else head.text, head.text, speaker.kind if speaker else "PLURAL")]
        if lower in ("who", "which", "that", "whom") and head.tag_ in ("WP", "WDT"):
            # `Cruz, who refused to endorse Trump`: the antecedent, written as the pronoun
            from .holders import relative_antecedent, with_conjuncts

            found = relative_antecedent(head)
            if found is not None:
                bare = found.tag_ in ("NN", "JJ", "NNP") and found.is_lower and found.ent_type_ == "" and not any(
                    c.dep_ in ("det", "poss") for c in found.children)
                if found.lower_ in ("who", "which", "that", "whom") or bare:
                    return []  # `... racist, misogynist and birther who has pledged`: a description, not a name
                return [Actor(actor.name, head.text, actor.kind)
                        for member in with_conjuncts(found) for actor in self.describe(member, speaker)]
        if lower in ("all", "both", "each") and head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN"):
            # `Donald Trump, Mike Huckabee and Chris Christie all calling for`: the quantifier after a list is
            # the list
            from .holders import with_conjuncts

            return [Actor(actor.name, head.text, actor.kind)
                    for member in with_conjuncts(head.head) for actor in self.describe(member, speaker)]
        if lower == "it" and head.dep_ == "nsubj":
            record = _record_before(head)
            if record is not None:  # `The report from the committee ... It said ...`: the report
                return [Actor(noun_phrase(record).text, head.text, "RECORD")]
        asked = _asked_one(head) if lower in ("he", "she") else None
        if asked is None and lower in ("he", "she", "they"):
            asked = _topic_set(head)
        if asked is not None:
            # `Tapper asked Trump whether he would support`, `asked the conservative who he thought would win`: the
            # one asked; `As for Trump, he said`: the topic set
            found = self.describe(asked, speaker)
            if found:
                return [Actor(actor.name, head.text, actor.kind) for actor in (found if lower == "they" else found[:1])]
        if lower in PRONOUN_LABELS:
            wanted = PRONOUN_LABELS[lower]
            reporter = _reporter(head)
            if reporter is not None and lower in ("they", "we") and (reporter.conjuncts or any(
                    c.dep_ == "appos" and c.tag_ in ("NNS", "NNPS") for c in reporter.children)):
                # `Edwards and others said they could not support Clinton`, `Khizr and Ghazala Khan, the Gold Star
                # parents, say they felt compelled`: those who said it
                from .holders import with_conjuncts

                found = [a for member in with_conjuncts(reporter) for a in self.describe(member)]
                if found:
                    return [Actor(actor.name, head.text, actor.kind) for actor in found]
            if reporter is not None and lower in PRONOUN_GENDERS:
                # `Ham explained why he backs Trump`: the one who reports it, named even where the recogniser
                # missed the name
                found = [a for a in self.describe(reporter) if a.kind in ("PERSON", "NAME")
                         and self.genders.get(a.name, PRONOUN_GENDERS[lower]) == PRONOUN_GENDERS[lower]]
                if found:
                    return [Actor(actor.name, head.text, actor.kind) for actor in found[:1]]
            found = self.resolve(head, wanted, plural="PLURAL" in wanted, exclude=_named_in_own_clause(head))
            return [Actor(actor.name, head.text, actor.kind) for actor in found]
        phrase = noun_phrase(head)
        if _is_hypothetical(phrase):
            return []
        if _the_two(head):
            # `Both candidates`, `Neither candidate`, `the two men`: the two people the text has just named together
            found = self.resolve(head, frozenset({"PERSON"}), plural=True)
            if len({actor.name for actor in found}) == 2:
                written = head.doc[head.left_edge.i : head.i + 1].text
                return [Actor(actor.name, written, actor.kind) for actor in found]
        counted = _counted(head)
        named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if counted is not None and named is not None:
            # `One of the authors of the report, Ari Fleischer, said`: the person counted is named
            written = head.doc[phrase.start : named.right_edge.i + 1].text
            return [Actor(actor.name, written, actor.kind) for actor in self.describe(named, speaker)]
        if counted is not None:
            # `19 percent of college students`, `dozens of members of his party`: those counted hold it
            found = self.describe(counted, speaker)
            end = counted.right_edge.i + 1 if counted.lower_ == "those" else noun_phrase(counted).end
            whole = head.doc[phrase.start : end]  # `those responding`; `papers`, not `papers ranging from ...`
            if not found:  # `dozens of papers`, `42 percent of those responding`: the counted group itself
                return [Actor(tidy(whole.text), whole.text, "PLURAL")]
            return [Actor(actor.name, whole.text, "PLURAL") for actor in found]
        owned = self._maker(head, speaker)
        if owned:
            return owned
        if _only_titles(phrase):
            # `the President-Elect praised`: a title standing for the person who holds it; `the President` after
            # `President Obama` is the one the text gave it, not the person last named (`Governor Greg Abbott`)
            other = self._other_office(head.lower_)
            found = self.titled(head.lower_) or self.resolve(head, frozenset({"PERSON"}), exclude=other)
            return [Actor(actor.name, phrase.text, actor.kind) for actor in found]
        member = head.ent_type_ == "NORP" and head.tag_ == "NNP" and (
            head.lower_ in PARTY_MEMBERS or any(t.ent_type_ == "GPE" for t in phrase[: head.i - phrase.start]))
        if (member or head.lower_ in NATIONAL_NOUNS) and phrase[0].lower_ == "the" and not head.text.endswith(
                "s") and not any(c.dep_ == "appos" for c in head.children):
            # `the Florida Republican`, `the Vermont Democrat`: one member of a party (or, after a place, of a
            # nation), an epithet of the story's person, not the party; not `the French`, a people; `the
            # 30-year-old Swede`, `the Spaniard`: one of a nation
            found = self.resolve(head, frozenset({"PERSON"}), subjects_only=True)
            if found and not is_description(found[0]):
                return [Actor(found[0].name, phrase.text, found[0].kind)]
        from .holders import before_governor, fronted_name

        named = next((c for c in head.children if c.dep_ == "appos" and entity_at(c) is not None
                      and before_governor(head, c)), None) or (
            _person_apposed_past_place(head)) or fronted_name(head)
        if named is not None and (entity_at(head) is None or _one_word_described(head, phrase)):
            # `the union's general secretary, Sharon Graham`, `A Texas voter who backs Trump, Golvach lost`: the
            # name the title stands beside; also a one-word name a description is made of (`the main super PAC
            # supporting her, Priorities USA Action`)
            if any(t.text == ":" for t in head.doc[phrase.end : named.i]):
                phrase = noun_phrase(named)  # `Four senators object to it: Sens. Joe Manchin`: as the list writes it
            head = named
        elif entity_at(head) is None and head.pos_ == "NOUN" and definite(phrase):
            beside = _named_descriptions(head.doc).get(_description_key(phrase))
            if beside is not None:
                # `news that the boy's father is planning to come`, where the text says elsewhere `the boy's
                # father, Juan Miguel Gonzalez`: the one it names there
                return [Actor(entity_name(beside), phrase.text, self._entity_kind(beside))]
        nationality = next((c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
                            and c.ent_type_ == "NORP"), None)
        country = country_of(nationality.text) if nationality is not None else None
        if country is not None and head.lemma_.lower() in GOVERNING_NOUNS and phrase[0].lower_ == "the":
            return [Actor(country, phrase.text, "GPE")]  # `the German government`: Germany's
        entity = entity_at(head)
        if entity is not None:
            whole = _with_name_before(entity, phrase)
            name = entity_name(entity) if whole.start == entity.start else tidy(whole.text)
            written = head.doc[min(phrase.start, whole.start) : max(phrase.end, whole.end)].text
            return [Actor(name, written, self._entity_kind(entity))]
        if _quoted_title(head):
            return []  # `roles in “Austin Powers: The Spy Who ...”`: a word of a film's title, no one at all
        misread = head.ent_type_ in _MISREAD_LABELS or _runs_into_verb(head)
        if head.pos_ == "PROPN" and misread and not head.like_num and not head.is_lower:
            # a name the recogniser missed, or read as a number (`the Steelworkers` as CARDINAL); a lower-case
            # word is the tagger's mistake (`the Japanese foreign ministry` tagged as a name), not a name
            name = proper_name(phrase, head)
            country = country_of_capital(name)
            if country is not None:
                return [Actor(country, phrase.text, "GPE")]
            named = self._bearer(name)
            if named is not None:
                return [Actor(named.name, phrase.text, named.kind)]
            if head.tag_ == "NNPS":
                return [Actor(name, phrase.text, "PLURAL")]  # `the Cuban-Americans`: a people, no one person
            return [Actor(name, phrase.text, "PERSON" if len(phrase) > 1 else "NAME")]
        if head.tag_ in ("NN", "NNS") and head.is_title and len(phrase) == 1:
            # `Trump urged voters to ...` with `Trump` tagged as the card-game noun, `Sanders has called for` with
            # `Sanders` as a plural: a person's surname the text has named in full, before or (in a headline) after
            named = self._bearer(head.text)
            if named is not None and named.kind == "PERSON":
                return [Actor(named.name, head.text, named.kind)]
            full = {entity_name(e) for e in head.doc.ents if e.label_ == "PERSON" and len(e) > 1
                    and e[-1].lower_ == head.lower_}
            if len(full) == 1:
                return [Actor(full.pop(), head.text, "PERSON")]
        if not (is_actor_noun(head.lemma_.lower()) or is_head(head) or _hyphenated(head) in DESCRIPTION_LABELS):
            return []  # (`the business mogul`: a description the lexicon lists is an actor too)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            # `Trump, whose attorneys argued`: the people of the noun the relative clause tells of
            from .holders import relative_antecedent

            found = relative_antecedent(owner)
            owners = self.describe(found, speaker) if found is not None else []
            if owners:
                return [owned_group(owners[0], owner, phrase)]
        leader = next((c for c in head.children if c.dep_ == "compound" and (
            c.ent_type_ in ("PERSON", "GPE") or c.pos_ == "PROPN")), None)
        if leader is not None and head.lemma_.lower() in GOVERNING_NOUNS:
            # `the Obama administration`, `the Scott administration` (the name read as an ORG or not at all): the
            # body that name leads; `the U.S. government`: that state; not the state last named
            state = entity_at(leader)
            if state is not None and state.label_ == "GPE":
                return [Actor(entity_name(state), phrase.text, "GPE")]
            return [Actor(tidy(phrase.text), phrase.text, "GROUP")]
        if owner is not None and head.lemma_.lower() in GOVERNING_NOUNS and entity_at(owner) is not None:
            # `Japan's government`, `Starmer's administration`: the state or leader it stands for
            entity = entity_at(owner)
            return [Actor(entity_name(entity), phrase.text, _entity_kind(entity))]
        if owner is not None and (entity := entity_at(owner)) is not None and phrase.start <= entity.start and (
                _entity_kind(entity) == "PERSON"):
            # `Mr. Trump's supporters` -> `Donald Trump's supporters` (`Egypt's foreign ministry` stays as written)
            return [owned_group(Actor(entity_name(entity), entity.text, _entity_kind(entity)), owner, phrase)]
        first = phrase[0]
        modified = all(t.dep_ in ("amod", "compound") or t.i in (first.i, head.i) or _hyphened(t) for t in phrase)
        if modified and first.dep_ == "poss" and first.lower_ in PRONOUN_LABELS:
            # `her government`, `its ministry`, `its senior vice president`: the actor the possessive pronoun stands
            # for; `her family`, `his lawyer`: people of the owner's, not the owner
            owners = self.resolve(first, PRONOUN_LABELS[first.lower_])
            if owners and head.lemma_.lower() in GOVERNING_NOUNS | _INSTITUTION_NOUNS:
                return [Actor(owner.name, phrase.text, owner.kind) for owner in owners]
            if owners:
                return [owned_group(owners[0], first, phrase)]
        ranking = _ranking_owner(head)
        described = first.lower_ == "the" and head.tag_ == "NN" and all(
            t.dep_ in ("det", "amod", "compound") or (t.dep_ == "nmod" and t.pos_ == "PROPN") or t.i == head.i
            or t.text == "-" or t in ranking for t in phrase)
        if (len(phrase) == 2 or described) and first.lower_ == "the" and head.tag_ == "NN":
            # `the ministry` after `China's foreign ministry`: the body last named with that noun; `the prince`,
            # `the mega donor`: the person last named with that word (`Prince Alwaleed`, `donor Sheldon Adelson`)
            found = self._same_noun(head) or self.resolve(head, frozenset({"PERSON"}), role=head.lemma_.lower())
            if not found and head.lemma_.lower() not in DESCRIPTION_LABELS:
                found = self.titled(head.lemma_.lower())
            if found:
                return [Actor(actor.name, phrase.text, actor.kind) for actor in found]
        word = _hyphenated(head)
        # `The GOP front-runner`: a party or a place before an epithet still describes the one person
        epithet = word in EPITHETS and all(t.dep_ in ("det", "amod", "compound", "nmod") or t.i == head.i
                                           or t.text == "-" for t in phrase)
        # `the admiral`: a title's head word is a role of a person, like those the lexicon lists
        labels = DESCRIPTION_LABELS.get(word) or (frozenset({"PERSON"}) if is_head(head) else None)
        if (len(phrase) == 2 or described or epithet) and first.lower_ == "the" and labels is not None:
            # `the chancellor`, `the GOP candidate`: the person last named with that role (`Chancellor Maria
            # Keller`, `Trump, the Republican candidate`), or the body last named of that kind
            plural, own = head.tag_ == "NNS", _named_in_own_clause(head)
            found = self.resolve(head, labels, plural=plural, role=word, exclude=own)
            # (an office of a place, `the Vermont senator`, names one person as an epithet does)
            placed = word in _OFFICES and bool(_origin_words(phrase[:-1]))
            if not found and not plural and placed:
                found = self.titled(word)  # `Gov. Greg Abbott ... the Texas governor`: whom the text gave it
            if not found and not plural and ((word in EPITHETS and word not in _OFFICES) or placed):
                # `the candidate`, `The GOP front-runner`: the person the story is about, its last named subject,
                # unless that person governs the epithet's own clause; an office (`the governor`) is only ever
                # the one the text gives it, or nobody named (not `Angela Merkel spoke. ... the governor said`)
                other = self._other_office(word)
                found = [actor for actor in self._beside_governor(head) if actor.name not in other] or [
                    actor for actor in self.resolve(head, frozenset({"PERSON"}), subjects_only=True,
                                                    exclude=own | other)
                    if not is_description(actor)]
            if not found and not plural and "PERSON" in labels:
                found = self.titled(word)
            if found:
                return [Actor(actor.name, phrase.text, actor.kind) for actor in found]
        origin = _origin_words(phrase[:-1]) if first.lower_ == "the" and head.tag_ == "NN" else set()
        if origin and (labels is None or "PERSON" in labels):
            # `the Russian leader` after `Russian President Vladimir Putin`: the titled person of that origin
            found = next((self.titled(word) for word in origin if self.titled(word)), [])
            if found:
                return [Actor(found[0].name, phrase.text, found[0].kind)]
        return [Actor(tidy(phrase.text), phrase.text, _kind(head))]


    def _entity_kind(self, entity: Span) -> str:
        """`Trump announced`, where the recogniser read as an organisation the name of a person named before; and
        the other way round, a name the text calls `it` and never `he` or `she`."""
        kind = _entity_kind(entity)
        if kind in ("GPE", "ORG", "FAC", "NAME") and _voted_person(entity):
            kind = "PERSON"  # `Geremek` read as a place here, a person in the rest of the text
        votes = self.votes.get(entity_name(entity), {})
        if kind == "PERSON" and votes.get("it") and not votes.get("he") and not votes.get("she"):
            return "ORG"  # `Twitter has positioned itself`: a name the text calls `it`, read as a person's
        return "PERSON" if kind in ("ORG", "FAC") and entity_name(entity) in self.roles else kind

    def _other_office(self, word: str) -> set[str]:
        """The people the text titled with an office other than the one `word` names (`Senator Ted Cruz` for
        `the governor`); none for a word that names no office (`the candidate`)."""
        office = _OFFICES.get(word)
        if office is None:
            return set()
        return {name for name, (_, roles) in self.roles.items()
                if any(_OFFICES.get(role, office) != office for role in roles)}

    def _beside_governor(self, head: Token) -> list[Actor]:
        """`Mr. Trump took on Hillary Clinton after the Democratic front-runner had said`: an epithet is never the
        person (or the person's people) subject of a clause above it, which would be `he`, so it is another person:
        the nearest named before it in its sentence, else the story's person other than the governor."""
        governors = {t.i for verb in head.ancestors for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")}
        before = [m for m in self.current if m.position < head.i]
        above = {(m.actor.owner or m.actor).name for m in before if m.position in governors
                 and (m.actor.owner or m.actor).kind == "PERSON"}
        if not above:
            return []
        people = [m.actor for m in before if m.actor.kind == "PERSON" and not is_description(m.actor)]
        return next(([actor] for actor in reversed(people) if actor.name not in above), None) or [
            actor for actor in self.resolve(head, frozenset({"PERSON"}), subjects_only=True, exclude=above)
            if not is_description(actor)]

    def _bearer(self, surname: str) -> Actor | None:
        """`Maddow said` where the recogniser missed the name: the person last mentioned whose name ends in that
        word (`Rachel Maddow`, or `Maddow` where it read her as a person), else begins with it, as a surname
        written first does (`Ban` of `Ban Ki-moon`), so that a later `she` can find her."""
        if " " in surname:
            return None
        people = [actor for actor, _ in reversed(self.roles.values())]
        return next((actor for actor in people if actor.name.split()[-1] == surname), None) or next(
            (actor for actor in people if len(actor.name.split()) > 1 and actor.name.split()[0] == surname), None)

    def _same_noun(self, head: Token) -> list[Actor]:
        """The latest actor other than a person named with `head`'s noun and more than an article before it."""
        before = [m for m in self.current if m.position < head.i]
        for mentions in (before, *reversed(self.history)):
            for mention in reversed(mentions):
                if _named_body(mention) and mention.noun == head.lower_:
                    return [mention.actor]
        body = self.bodies.get(head.lower_)
        return [body] if body is not None else []

    def _maker(self, head: Token, speaker: Actor | None) -> list[Actor]:
        """`his plan calls for`, `a Donald Trump tweet attacking`, `Congressman Gowdy's office slammed`: what an
        actor wrote or made speaks for its maker."""
        if head.lemma_.lower() not in ARTIFACT_NOUNS or head.ent_type_ in ACTOR_LABELS:
            return []
        if any(c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PERSON" for c in head.children):
            return []  # `the Commission's chief spokesman Nikolaus van der Pas`: the one who spoke is named
        phrase = noun_phrase(head)
        for owner in head.children:
            if owner.i > head.i or owner.dep_ not in ("poss", "compound", "nmod"):
                continue
            if owner.dep_ != "poss" and entity_at(owner) is None:
                continue  # `a campaign ad`: no maker named
            if owner.lower_ in FIRST_PERSON and speaker is None:
                continue
            found = self.describe(entity_head(owner), speaker)
            if found and head.lemma_.lower() in STAFF_NOUNS:
                # (`the Trump campaign`, where the recogniser read `Trump` as an organisation: a person named before)
                actor = found[0] if found[0].name not in self.roles else self.roles[found[0].name][0]
                return [owned_group(actor, owner, phrase)]
            if found:
                return [Actor(actor.name, phrase.text, actor.kind) for actor in found]
        return []


# Offices a person holds one of at a time, by the words that title them (`Sen.`, `the senator`).
_OFFICES = {
    **dict.fromkeys(("senator", "sen.", "sen"), "senator"),
    **dict.fromkeys(("governor", "gov.", "gov"), "governor"),
    **dict.fromkeys(("congressman", "congresswoman", "rep.", "representative"), "congress"),
    **dict.fromkeys(("mayor",), "mayor"),
    **dict.fromkeys(("president",), "president"),
}

# Bodies of a state or an organisation that speak for their owner (`its ministry said`).
_INSTITUTION_NOUNS = frozenset({"ministry", "department", "agency", "embassy", "parliament", "legislature"})


# What a ranking is made within (`the nation's largest gun group`, `the world's biggest miner`).
_RANKED_AMONG = frozenset({"nation", "country", "world", "state", "city", "region", "industry", "continent"})


def _ranking_owner(head: Token) -> list[Token]:
    """The words of `the nation's` in `the nation's largest gun group`: with a superlative, such a possessive says
    where the body ranks, not who owns it, and the phrase describes a body named before, as `the gun group` would."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in _RANKED_AMONG or not any(
            c.tag_ == "JJS" for c in head.children):
        return []
    return list(head.doc[owner.left_edge.i : owner.right_edge.i + 1])


def _one_word_described(head: Token, phrase: Span) -> bool:
    """`the main super PAC`: a one-word name with an article and a modifier before it is a description."""
    entity = entity_at(head)
    return entity is not None and len(entity) == 1 and phrase[0].lower_ in ("the", "a", "an") and any(
        t.dep_ == "amod" for t in phrase[: head.i - phrase.start])


def listed(actors: list[Actor]) -> str:
    """One holder's name for several actors (`they` for `The Teamsters, the Firefighters and UNITE HERE`):
    `Teamsters, Firefighters and UNITE HERE`."""
    names = list(dict.fromkeys(actor.name for actor in actors))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def owned_group(owner: Actor, written: Token, phrase: Span) -> Actor:
    """`his team` -> `Marco Rubio's team`, `the Trump campaign` -> `Donald Trump's campaign`: a person's people
    are not that person, so the holder is the group, named with its owner resolved; an organisation's or a
    country's people speak for it (`its director appealed` -> the WHO)."""
    if owner.kind != "PERSON":
        return Actor(owner.name, phrase.text, owner.kind)
    doc = phrase.doc
    entity = entity_at(written)
    start = (entity.end if entity is not None else written.i + 1)
    while start < phrase.end and (doc[start].tag_ == "POS" or doc[start].text in ("’", "'")):
        start += 1  # (`Sanders’ campaign`: a plural's apostrophe the tagger reads as a closing mark)
    rest = doc[start : phrase.end].text
    kind = "PLURAL" if phrase.root.tag_ in ("NNS", "NNPS") else (
        "PERSON" if phrase.root.lemma_.lower() in KIN_NOUNS else "GROUP")  # `Elian's father`: one person
    return Actor(f"{owner.name}'s {rest}" if rest else owner.name, phrase.text, kind, owner)


# Labels of entities that `its` cannot stand for, so that in a sentence naming only those and one person, the
# person is what `its` stands for.
_NO_IT = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PRONOUN_GENDERS = {"he": "he", "him": "he", "his": "he", "himself": "he",
                    "she": "she", "her": "she", "hers": "she", "herself": "she"}


def _listed_people(mention: Mention, mentions: list[Mention]) -> bool:
    """`Hillary and Obama and Panetta and Biden all told me ... . They said`: people named in one list, whom a `they`
    stands for together (one person alone is never a `they`)."""
    return mention.actor.kind == "PERSON" and sum(m.group == mention.group for m in mentions) > 1


def _named_body(mention: Mention) -> bool:
    """`the Swiss league committee`, `The Obama administration`: a body named by more than an article and its noun,
    which a later `the committee` stands for; not `a U.S. company`, nor a person."""
    words = mention.actor.text.split()
    owned = len(words) == 2 and words[0].endswith(("'s", "’s"))  # `Cruz's campaign`: its owner's name is more
    return mention.actor.kind != "PERSON" and (len(words) > 2 or owned) and words[0].lower() not in {
        "a", "an", *INDEFINITE_WORDS}


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") or is_inverted_speaker(token) or _fronted_topic(token)


def _fronted_topic(token: Token) -> bool:
    """`On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed`: the parser makes the second of two
    people side by side an apposition of the first; a person is no apposition of another, so the name next to
    the verb is the subject too."""
    head = token.head
    return (token.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass") and token.ent_type_ == "PERSON"
            and head.ent_type_ == "PERSON" and token.i > head.i and token.right_edge.i + 1 < len(token.doc)
            and token.doc[token.right_edge.i + 1].head.i == head.head.i)


def _named_in_own_clause(subject: Token) -> set[str]:
    """`he supported Trump`, `The nominee has not stepped forward to defend Manafort`: a subject pronoun or epithet
    is not a person named further on in its own clause (`He made the criticism while backing Clinton's plan`)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    # (any actor's name: the recogniser reads many a surname as a place, `he told Hannity`)
    return {entity_name(e) for t in own_clause(subject.head) if t.i > subject.i and (e := entity_at(t)) is not None}


def _side_clause_words(subject: Token) -> set[int]:
    """The words of the clauses with subjects of their own that the subject's verb governs from before it
    (`If Google buys Fitbit, it will`), whose objects a subject pronoun does not stand for; not where that subject
    is the writer or the reader, who is no rival (`When I met with VandeHei and Allen, they were tight-lipped`)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {t.i for c in subject.head.children if c.dep_ == "advcl" and c.i < subject.i
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in (*FIRST_PERSON, "you") for g in c.children)
            for t in c.subtree}


def _reported_before(subject: Token) -> set[int] | None:
    """`Meanwhile, Russia is playing interference, they say`: the words a verb of saying set after them reports,
    whose names are what was said, not who said it; not a clause of saying (or one setting off the quotation with a
    colon) the parser hung inside them, whose subject is the speaker (`McCaskill scolded him: “...,” she said`)."""
    verb = subject.head
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i < subject.i:
        return None
    content = verb.head if verb.dep_ == "parataxis" and verb.head.i < subject.i else next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if content is None:
        return None
    saying = {t.i for d in content.subtree if d.i != content.i and any(c.dep_ == "nsubj" for c in d.children)
              and (d.lemma_.lower() in SPEECH_VERBS or any(c.text == ":" for c in d.children)) for t in d.subtree}
    return {t.i for t in content.subtree if t.i < subject.i and t.i not in saying}


def own_clause(verb: Token) -> list[Token]:
    """The verb's words, without the clauses under it that have subjects of their own: in `He could dismantle
    an opponent, but so far, Mr. Clinton does not`, or `recalling how the campaign exploited Mr. Clinton's
    remark`, Mr. Clinton is no word of `he`'s own clause, so `he` may stand for him."""
    found, stack = [], [verb]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in node.children if c.pos_ not in ("VERB", "AUX")
                     or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
    return found


def is_inverted_speaker(token: Token) -> bool:
    """The speaker after an inverted verb of saying, which the parser reads as its object (`"...," added the
    spokeswoman`, `..., said Ian Solomon`)."""
    verb = token.head
    return (token.dep_ in ("dobj", "attr") and verb.i < token.i and verb.lemma_.lower() in SPEECH_VERBS
            and not any(c.dep_ == "nsubj" for c in verb.children))


def hyphen_prefix(word: Token) -> Token | None:
    """`rubber` of `rubber-stamped`, `front` of `front-runner`, which the tokenizer splits at the hyphen."""
    doc, i = word.doc, word.i
    return doc[i - 2] if i >= 2 and doc[i - 1].text == "-" else None


def _hyphenated(head: Token) -> str:
    """`front-runner`, whose head is `runner`; else the head's lemma."""
    prefix = hyphen_prefix(head)
    return f"{prefix.lower_}-{head.lemma_.lower()}" if prefix is not None else head.lemma_.lower()


def _the_two(head: Token) -> bool:
    """A noun for two people counted as a pair: `both candidates`, `neither candidate`, `the two men`."""
    if head.pos_ != "NOUN" or not (is_actor_noun(head.lemma_.lower()) or head.lemma_.lower() in ("man", "woman")):
        return False
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    return bool(words & {"both", "neither"}) or (head.tag_ == "NNS" and {"the", "two"} <= words)


def _kin_of(actor: Actor) -> bool:
    """`Elian Gonzalez's father`: a relative known by whose relative he is, one person other than the owner."""
    return actor.owner is not None and actor.kind == "PERSON"


def is_description(actor: Actor) -> bool:
    """`nominee`, `Vermont senator`: an actor known only by a common noun, for want of a name."""
    words = actor.name.split()
    return bool(words) and words[-1].islower()


def _unnamed_before(pronoun: Token, gender: str) -> bool:
    """`begging a woman who claimed to be undecided ... she said`: someone of the pronoun's gender brought in
    without a name, in its sentence or the one before, whom `she` may be rather than a name further back."""
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    return any(_unnamed_person(t, gender) for t in doc[start : pronoun.i])


def _record_before(pronoun: Token) -> Token | None:
    """The record (`a new poll`, `the report from the committee`) that the sentence before the pronoun's is about,
    as its subject: what `It said` or `It found` goes on quoting."""
    doc, start = pronoun.doc, pronoun.sent.start
    if any(t.dep_ == "nsubj" and t.i < pronoun.i for t in pronoun.sent) or start == 0:
        return None
    root = doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    # a record of its own (`A new poll`, `The report from the House committee`), not one a bare `the` points back to:
    # `the new National Security Strategy ... The document states ... It demands` is the strategy's
    own = any(c.dep_ in ("amod", "compound", "prep", "nummod", "poss", "acl") or c.lower_ in ("a", "an")
              for c in subject.children)
    return subject if own else None


def _unnamed_person(token: Token, gender: str) -> bool:
    """`a woman`, and `a voter`, `one nurse` of no known gender: a singular person noun the pronoun may be."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if lemma in NOUN_GENDERS:
        return NOUN_GENDERS[lemma] == gender
    return is_actor_noun(lemma) and not ({"ORG", "GPE", "NAME"} & DESCRIPTION_LABELS.get(lemma, frozenset()))


def _roles(token: Token) -> set[str]:
    """The role words of a name's own phrase and apposition (`former UN Ambassador John Bolton`, `Trump, the
    Republican nominee`), not its neighbours' (`The judge agreed with Ivana Reed`)."""
    # only role words: not `Campaign manager Corey Lewandowski`'s campaign, which a later `the campaign` is not
    words = {t.lemma_.lower() for t in token.doc[token.left_edge.i : token.i]
             if is_title(t) or t.lemma_.lower() in EPITHETS}
    words |= {c.lemma_.lower() for c in token.children if c.dep_ == "appos" and not _subject_read_as_apposition(c)}
    if token.dep_ == "appos" and not _subject_read_as_apposition(token):
        words.add(token.head.lemma_.lower())
    if words:  # where the title says whence (`Russian President Vladimir Putin`, `Putin, the Russian president`)
        titles = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        words |= _origin_words(token.doc[token.left_edge.i : token.i]) | {
            w for title in titles for w in _origin_words(title.doc[title.left_edge.i : title.i])}
    return words


def _person_apposed_past_place(head: Token) -> Token | None:
    """`The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said`: a person's name the parser hung
    as an apposition of the place ending the description's phrase, which no person can be; the name is the
    description's."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for token in head.subtree:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.head.ent_type_ in ("GPE", "LOC", "FAC") \
                and token.head.i > head.i:
            return token
    return None


def definite(phrase: Span) -> bool:
    """`the boy's father`, `Elian's father`: one known referent; `a Democratic strategist` may be a new one."""
    return phrase[0].lower_ == "the" or any(t.dep_ == "poss" for t in phrase)


def _description_key(phrase: Span) -> str:
    """A description's words without its article, lower case: `The boy's father` -> `boy's father`; empty for a
    single word (`the spokesman` may be any of several)."""
    words = [t for t in phrase if not (t.i == phrase.start and t.lower_ in ("the", "a", "an", "this", "that"))]
    return " ".join(t.lower_ for t in words) if sum(t.is_alpha for t in words) > 1 else ""


@once_per_doc
def _named_descriptions(doc: Doc) -> dict[str, Span]:
    """Descriptions the text sets beside a name (`the boy's father, Juan Miguel Gonzalez`) or before it (`Elian's
    great-uncle Lazaro Gonzalez`), by their words: the same words elsewhere stand for that name."""
    from .holders import before_governor

    found: dict[str, Span] = {}
    for token in doc:
        if token.dep_ != "appos" or _subject_read_as_apposition(token) or not before_governor(token.head, token):
            continue  # (`In an interview with Mika Brzezinski, the candidate stated`: the candidate is no host)
        for description, name in ((token.head, token), (token, token.head)):
            entity = entity_at(name)
            if description.pos_ != "NOUN" or entity is None or entity.label_ not in ("PERSON", "ORG"):
                continue
            if entity_at(description) is None and (key := _description_key(noun_phrase(description))):
                found.setdefault(key, entity)
    for entity in doc.ents:
        # `Elian's great-uncle Lazaro Gonzalez`: a relative's or a role's description written before the name
        before = doc[entity.root.left_edge.i : entity.start]
        if entity.label_ == "PERSON" and len(before) > 1 and before[-1].pos_ == "NOUN" and before[-1].is_lower and (
                before[-1].lemma_.lower() in KIN_NOUNS or is_actor_noun(before[-1].lemma_.lower())) and (
                definite(before)) and (key := _description_key(before)):
            found.setdefault(key, entity)
    return found


_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "him", "her", "its", "his"})
# Descriptions that stand for a country only.
_NATION_WORDS = frozenset({"nation", "country"})


def _may_be_a_nation(name: str) -> bool:
    """A name the gazetteer knows as a country or a region (`the European Union`), or does not know at all (not
    `Wis.`, `Iowa`, `Denver`)."""
    place = lookup(name)
    return place is None or place.kind in ("country", "region")


def _subject_read_as_apposition(appos: Token) -> bool:
    """`In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate
    stated`: a description the parser hung on the name ending a fronted phrase, where it is the subject of the
    verb straight after it, which has none; not a role of that name."""
    doc, after = appos.doc, appos.right_edge.i + 1
    if appos.pos_ != "NOUN" or appos.i < appos.head.i or after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[after]
    return verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        a.dep_ == "prep" and a.head.i == verb.i for a in appos.ancestors)


def _origin_words(words: Span) -> set[str]:
    """`from:russian` of `Russian President`, `from:texas` of `former Texas Gov.`: the nationality or place a
    person's title names, as a role a later `the Russian leader` can match."""
    return {f"from:{t.lower_}" for t in words if t.ent_type_ in ("NORP", "GPE") and t.pos_ in ("PROPN", "ADJ")}


def _compared(subject: Token) -> bool:
    """The subject of a comparison's clause (`Trump has broken more rules than Mr. Perot did, from his ...`): the
    one measured against, not the one the sentence goes on about."""
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ("than", "as") for c in subject.head.children) and (
        subject.head.dep_ in ("advcl", "ccomp") and subject.head.head.tag_ in ("JJR", "RBR", "NNS", "NN", "JJ", "RB"))


def _asked_one(pronoun: Token) -> Token | None:
    """The person asked, when the pronoun is the subject of the question put to them (`asked Trump whether he
    would`, `asked the conservative who he thought would win`, which the parser may read as a relative clause)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "relcl"):
        return None
    verb = clause.head.head if clause.dep_ == "relcl" else clause.head
    asked = clause.head if clause.dep_ == "relcl" else next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)
    if asked is None or asked.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ("ask", "question", "press"):
        return None
    question = pronoun.doc[asked.i + 1 : pronoun.i]  # `whether`, `if` or a wh-word opens the question put
    if not any(t.lower_ in ("whether", "if") or t.tag_ in ("WP", "WRB") for t in question):
        return None
    return asked if asked.ent_type_ == "PERSON" or asked.pos_ in ("PROPN", "NOUN") else None


def _topic_set(pronoun: Token) -> Token | None:
    """`As for Trump, he said he's not worried`: the one the clause's opening `as for` sets as its topic, whom the
    clause's subject stands for."""
    if pronoun.dep_ != "nsubj":
        return None
    opening = next((c for c in pronoun.head.children if c.lower_ == "as" and c.i < pronoun.i), None)
    to = next((c for c in opening.children if c.lower_ == "for"), None) if opening is not None else None
    return next((c for c in to.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None) if to else None


def _reporter(pronoun: Token) -> Token | None:
    """`Ham explained why he backs Trump`, `Smith said she would`: the subject of the verb of saying or
    thinking whose complement the pronoun is the subject of; the owner of the statement whose `that` clause it is
    (`Mr. Obama's statement that he opposed the war`)."""
    from ..quotes.cues import STATEMENT_NOUNS
    from .lexicon import REPORTING_VERBS

    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    statement = clause.head
    if clause.dep_ in ("acl", "ccomp") and statement.pos_ == "NOUN" and statement.lemma_.lower() in STATEMENT_NOUNS:
        owner = next((c for c in statement.children if c.dep_ == "poss"), None)
        return owner if owner is not None and owner.pos_ == "PROPN" else None
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in REPORTING_VERBS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
            if subject is None or subject.pos_ == "PRON" or subject.lower_ in PRONOUN_LABELS:
                return None
            return subject
    return None


def _unrecognised_subject(sent: Span) -> bool:
    """A name as a subject that the recogniser read as no person (`Sanders ... he won't stand in Clinton's way`):
    the sentence's pronouns may be that name's, so they show nothing of the one person recognised."""
    return any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ != "PERSON" for t in sent)


def person_gender(token: Token) -> str | None:
    """A person's gender as the text shows it: the pronoun itself, or the title or given name of the full name the
    text gives them (`Trump` of `Donald Trump`, `Clinton` of `Hillary Clinton`)."""
    if token.lower_ in PRONOUN_GENDERS:
        return PRONOUN_GENDERS[token.lower_]
    entity = entity_at(token)  # (whatever the recogniser's label here: `Trump said` read as an organisation)
    return _titled_gender(entity) or _given_gender(entity_name(entity)) if entity is not None else None


def _given_gender(name: str) -> str | None:
    """`Ian H. Solomon`, `Loretta Lynch`, and `Santilli` where the text named him `Peter Santilli`."""
    words = name.split()
    return gender_of(words[0]) if len(words) > 1 and words[0].isalpha() else None


def _titled_gender(person: Span) -> str | None:
    """`Mrs. Clinton`, `Mr. Kim`: the gender a title gives, which no later reading overrules."""
    before = person.doc[person.start - 1] if person.start > 0 else None
    return HONORIFIC_GENDERS.get(before.lower_) if before is not None else None


def _gender_shown(person: Span, ents: list[Span]) -> str | None:
    """`Clinton said she ...`, `Trump and his aides`: how the text marks a person's gender.
    Read only where no other person is named in the sentence, so that the pronoun can be no one else's."""
    if sum(1 for e in ents if e.label_ == "PERSON") != 1 or _unrecognised_subject(person.sent):
        return None
    verb = person.root.head if person.root.dep_ == "nsubj" else None
    if verb is None:
        return None
    for token in verb.subtree:
        # not an object (`Bill Clinton called her`: a subject's own object pronoun is someone else)
        own = token.tag_ == "PRP$" or token.dep_ in ("nsubj", "nsubjpass") or token.lower_.endswith("self")
        if token.i > person.end and token.lower_ in PRONOUN_GENDERS and own:
            return PRONOUN_GENDERS[token.lower_]
    return None


def entity_head(token: Token) -> Token:
    """The last word of the name `token` is part of (`Donald` of `Donald Trump tweet` -> `Trump`)."""
    entity = entity_at(token)
    return token.doc[entity.end - 1] if entity is not None else token


def _counted(head: Token) -> Token | None:
    """The group a counting word counts (`percent` of `19 percent of voters` -> voters, `others in the
    African-American community` -> community), if it names one."""
    if head.lemma_.lower() not in COUNTING_WORDS and head.lower_ not in COUNTING_WORDS and not head.like_num:
        return None  # (`Fifty of the officers`, `12 of them`: any number)
    among = ("of", "in", "among", "within") if head.lower_ in ("others", "some", "many", "most") else ("of",)
    # (`two-thirds of voters`: the parser hangs `of` on `thirds`, the fraction's second word)
    words = (head, *(c for c in head.children if c.dep_ == "quantmod" and c.lemma_.lower() in FRACTIONS))
    of = next((c for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in among), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or not (names_an_actor(group) or group.lower_ in PRONOUN_LABELS or group.lower_ == "those"
                             or (group.tag_ == "NNS" and head.lower_ not in ("one", "some", "all", "most"))):
        return None
    return group


def _only_titles(phrase: Span) -> bool:
    """`the President-Elect`, `the Secretary`: nothing but title words (and their hyphens); not `a Justice
    official` (someone new) or `Speaker after speaker`."""
    doc, end = phrase.doc, phrase.end
    if phrase[0].lower_ in ("a", "an", "another") or (
            end + 1 < len(doc) and doc[end].lower_ == "after" and doc[end + 1].lower_ == phrase.root.lower_):
        return False
    words = [t for t in phrase if t.dep_ != "det" and t.text != "-"]
    if any(t.pos_ == "ADP" for t in words):
        return False  # `the Secretary of Defense`: the office's own name
    return bool(words) and all(is_title(t) or t.lower_ == "elect" for t in words) and any(
        t.lower_ == "elect" or t.is_title for t in words) and phrase.root.ent_type_ == ""


def _with_name_before(entity: Span, phrase: Span) -> Span:
    """`The Liberal Democrats` where the recogniser took only `Democrats`: the names before it in its phrase
    (not before a person's name, where they are titles: `Apple CEO Tim Cook`)."""
    if entity.label_ == "PERSON":
        return entity
    start = entity.start
    while start > phrase.start and _part_of_name(phrase.doc[start - 1]):
        start -= 1
    if start == entity.start:
        return entity
    from spacy.tokens import Span

    return Span(entity.doc, start, entity.end, label=entity.label_)


def _conjoined_subject(token: Token) -> bool:
    """`The Teamsters, the Firefighters and UNITE HERE remain`: a later member of a list of subjects, which the
    recogniser may have read as no actor, is one of those a `they` stands for."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node is not token and node.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("PROPN", "NOUN")


def _definite_actor(token: Token) -> bool:
    """`Shares in the company fell after it warned`, `in an email thread with Cruz's campaign, ... the campaign
    refused`: an actor named by a definite or a named owner's object, a later `it`'s or `the campaign`'s antecedent
    as much as a subject is."""
    # (not a person's office: `the State Department's inspector general` is the one a later name gives it)
    office = is_head(token) or token.lower_ in EPITHETS
    return (token.dep_ in ("pobj", "dobj") and token.pos_ == "NOUN" and is_actor_noun(token.lemma_.lower())
            and any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PROPN" and not office)
                    for c in token.children))


def _part_of_name(token: Token) -> bool:
    """A capitalised word the recogniser left out of a name (`Liberal` of `the Liberal Democrats`)."""
    named = token.pos_ == "PROPN" or (token.dep_ in ("amod", "compound") and token.is_title)
    return named and token.ent_type_ == "" and token.i != token.sent.start and not is_title(token)


def _after_dateline(entity: Span) -> Span:
    """`CLEVELAND - Donald Trump`, read as one organisation: the name after the dateline's dash."""
    dash = next((t.i for t in entity if t.text in DASHES and t.i > entity.start and t.doc[t.i - 1].whitespace_), None)
    if dash is None or dash + 1 >= entity.end:
        return entity
    from spacy.tokens import Span

    return Span(entity.doc, dash + 1, entity.end, label=entity.label_)


def _voted_person(entity: Span) -> bool:
    """Whether the entities extractor, voting over all of a name's mentions, calls it a person's."""
    from ..entities import cluster_at

    cluster = cluster_at(entity.doc, entity.start_char, entity.end_char)
    return cluster is not None and cluster.label == "PERSON" and entity_name(entity) == cluster.name


def _entity_kind(entity: Span) -> str:
    """A nationality or party is plural (`Democrats`); a one-word singular name the recogniser read as one
    (`Zalando`) is most likely an organisation's; a given name and one more name read as an organisation or
    a building is a person's (`Bernie Sanders` as ORG, `Ada Fisher` as FAC; not `Virginia Beach`, a place)."""
    if entity.label_ in ("ORG", "FAC") and len(entity) == 2 and all(t.is_title and t.is_alpha for t in entity) \
            and gender_of(entity[0].text):
        return "PERSON"
    if entity.label_ == "PERSON" and len(entity) == 1 and entity.root.tag_ == "NNPS" and entity.start > 0 and (
            entity.doc[entity.start - 1].lower_ == "the"):
        return "PLURAL"  # `the Clintons`, `the Khans`: a family, which `they` stands for, not `he`
    if entity.label_ in ("EVENT", "WORK_OF_ART", "PRODUCT", "FAC") and ends_in_organisation_word(
            entity[1:] if entity[0].lower_ == "the" else entity):
        return "ORG"  # `the Dallas Morning News` read as an event: a newsroom, as the entities extractor says
    if entity.label_ != "NORP":
        return entity.label_
    return "NAME" if len(entity) == 1 and entity.root.tag_ == "NNP" else "PLURAL"
