"""Who can hold a position, and who a pronoun or `the government` stands for.

An actor is a person, organisation, country or group: a named entity of an
actor label, or a noun phrase headed by a group or role noun (`the union`,
`critics`). Pronouns and bare definite descriptions resolve to the nearest
fitting actor mentioned before them, in this sentence or the previous ones.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .capitals import country_of_capital
from .lexicon import (
    DESCRIPTION_LABELS,
    FIRST_PERSON,
    GOVERNING_NOUNS,
    INDEFINITE_WORDS,
    PRONOUN_LABELS,
    is_actor_noun,
    is_title,
)
from .naming import entity_name, tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


@dataclass(frozen=True)
class Mention:
    """An actor named at token `position`; `group` is shared by conjoined mentions (`Google and Microsoft`)."""

    actor: Actor
    position: int
    subject: bool
    group: int


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
    if doc[end - 1].dep_ == "cc" and end < len(doc) and doc[end].dep_ == "conj" and doc[end].pos_ == "PROPN":
        end += 1  # `The Organisation for Economic Co-operation and| Development`: the recogniser stopped short
    return Span(doc, start, end, label=token.ent_type_)


def _kind(head: Token) -> str:
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
        return "PLURAL"
    labels = DESCRIPTION_LABELS.get(head.lemma_.lower(), frozenset())
    return "PERSON" if "PERSON" in labels else "GROUP"


def _is_hypothetical(phrase: Span) -> bool:
    return phrase[0].lower_ in INDEFINITE_WORDS


class Salience:
    """Actors mentioned so far in a document, for resolving pronouns and definite descriptions."""

    def __init__(self) -> None:
        self.history: deque[list[Mention]] = deque(maxlen=REACH)
        self.current: list[Mention] = []

    def next_sentence(self) -> None:
        self.history.append(self.current)
        self.current = []

    def _note(self, actor: Actor, token: Token) -> None:
        group = min(c.i for c in (token, *token.conjuncts))
        self.current.append(Mention(actor, token.i, token.dep_ in ("nsubj", "nsubjpass"), group))

    def observe(self, sent: Span, ents: list[Span]) -> None:
        """Remember the sentence's named actors (`ents`), and its subjects that are actors of other kinds."""
        for ent in ents:
            if ent.label_ in SALIENT_LABELS:
                self._note(Actor(entity_name(ent), ent.text, _entity_kind(ent)), ent.root)
        for token in sent:
            if token.ent_type_ in SALIENT_LABELS:
                continue
            if token.dep_ in ("nsubj", "nsubjpass") or _definite_actor(token):
                for actor in self.describe(token):
                    self._note(actor, token)
        self.current.sort(key=lambda m: m.position)

    def resolve(self, token: Token, wanted: frozenset[str], plural: bool = False) -> list[Actor]:
        """The nearest earlier actor of a kind in `wanted` (subjects first, then the most recent);
        for a plural reference, every actor conjoined with it."""
        before = [m for m in self.current if m.position < token.i]
        for mentions in (before, *reversed(self.history)):
            ordered = [m for m in mentions if m.subject] + [m for m in reversed(mentions) if not m.subject]
            for mention in ordered:
                if mention.actor.kind in wanted:
                    if not plural:
                        return [mention.actor]
                    return [m.actor for m in mentions if m.group == mention.group and m.actor.kind in wanted]
        return []

    def describe(self, head: Token, speaker: Actor | None = None) -> list[Actor]:
        """The actors that the noun or pronoun `head` names (several for `they`), none when it names none."""
        lower = head.lower_
        if lower in FIRST_PERSON:
            return [Actor(speaker.name if speaker else head.text, head.text, speaker.kind if speaker else "PLURAL")]
        if lower in PRONOUN_LABELS:
            wanted = PRONOUN_LABELS[lower]
            found = self.resolve(head, wanted, plural="PLURAL" in wanted)
            return [Actor(actor.name, head.text, actor.kind) for actor in found]
        phrase = noun_phrase(head)
        if _is_hypothetical(phrase):
            return []
        named = next((c for c in head.children if c.dep_ == "appos" and entity_at(c) is not None), None)
        if named is not None and entity_at(head) is None:
            head = named  # `the union's general secretary, Sharon Graham`: the name the title stands beside
        entity = entity_at(head)
        if entity is not None:
            whole = _with_name_before(entity, phrase)
            name = entity_name(entity) if whole.start == entity.start else tidy(whole.text)
            written = head.doc[min(phrase.start, whole.start) : max(phrase.end, whole.end)].text
            return [Actor(name, written, _entity_kind(entity))]
        if head.pos_ == "PROPN" and head.ent_type_ in _MISREAD_LABELS and not head.like_num and not head.is_lower:
            # a name the recogniser missed, or read as a number (`the Steelworkers` as CARDINAL); a lower-case
            # word is the tagger's mistake (`the Japanese foreign ministry` tagged as a name), not a name
            name = proper_name(phrase, head)
            country = country_of_capital(name)
            if country is not None:
                return [Actor(country, phrase.text, "GPE")]
            return [Actor(name, phrase.text, "PERSON" if len(phrase) > 1 else "NAME")]
        if not is_actor_noun(head.lemma_.lower()):
            return []
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.lemma_.lower() in GOVERNING_NOUNS and entity_at(owner) is not None:
            # `Japan's government`, `Starmer's administration`: the state or leader it stands for
            entity = entity_at(owner)
            return [Actor(entity_name(entity), phrase.text, _entity_kind(entity))]
        first = phrase[0]
        if len(phrase) == 2 and first.dep_ == "poss" and first.lower_ in PRONOUN_LABELS:
            # `her government`, `its ministry`: the actor the possessive pronoun stands for
            owners = self.resolve(first, PRONOUN_LABELS[first.lower_])
            if owners:
                return [Actor(owner.name, phrase.text, owner.kind) for owner in owners]
        if len(phrase) == 2 and first.lower_ == "the" and head.lemma_.lower() in DESCRIPTION_LABELS:
            plural = head.tag_ == "NNS"
            found = self.resolve(head, DESCRIPTION_LABELS[head.lemma_.lower()], plural=plural)
            if found:
                return [Actor(actor.name, phrase.text, actor.kind) for actor in found]
        return [Actor(tidy(phrase.text), phrase.text, _kind(head))]


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


def _definite_actor(token: Token) -> bool:
    """`Shares in the company fell after it warned`: an actor named by a definite object, a later `it`'s
    antecedent as much as a subject is."""
    return (token.dep_ in ("pobj", "dobj") and token.pos_ == "NOUN" and is_actor_noun(token.lemma_.lower())
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))


def _part_of_name(token: Token) -> bool:
    """A capitalised word the recogniser left out of a name (`Liberal` of `the Liberal Democrats`)."""
    named = token.pos_ == "PROPN" or (token.dep_ in ("amod", "compound") and token.is_title)
    return named and token.ent_type_ == "" and token.i != token.sent.start and not is_title(token)


def _entity_kind(entity: Span) -> str:
    """A nationality or party is plural (`Democrats`); a one-word singular name the recogniser read as one
    (`Zalando`) is most likely an organisation's."""
    if entity.label_ != "NORP":
        return entity.label_
    return "NAME" if len(entity) == 1 and entity.root.tag_ == "NNP" else "PLURAL"
