"""Who `we` and `I` are: the speaker of the statement they occur in.

A reported statement's speaker is the subject of its verb of saying (`"We will
not sign," said the minister`); a quotation that runs on into the next
sentence keeps the speaker of the sentence before (`"We reject it," Smith
said. "We will not back down."`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.pipeline import text_of
from ..quotes.quotations import CLOSING_TOKENS, QUOTE_TOKENS
from .actors import PRONOUN_GENDERS, is_description, is_inverted_speaker
from .holders import speaker
from .lexicon import HEADS_OF_BODIES, REPRESENTATIVES, SPEAKER_EPITHETS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actors import Actor, Salience

_OPENING_QUOTES = ('"', "“", "‘", "'")
# How far back, in tokens, the opening mark of a quotation tagged by `he said` is looked for.
_LONGEST_QUOTATION = 400
# Kinds of actor that speak in person: not a country, a nationality or a group.
_PERSONAL_KINDS = frozenset({"PERSON", "NAME", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


class Speakers:
    """The speaker of the quotation under way, carried from sentence to sentence."""

    def __init__(self) -> None:
        self.running: Actor | None = None

    def pin_tags(self, sent: Span, salience: Salience) -> None:
        """`Manafort said ... . “We think ...,” he said`: the `he` or `the former aide` that tags a quotation
        straight after it is the speaker the text has been quoting, whoever else the quotation names.
        Call before `salience.observe`, so that every later reading of the sentence agrees."""
        running = self.running
        if running is None or running.kind not in _PERSONAL_KINDS:
            return
        for token in _candidates(sent):
            quoted = _tagged(token)
            if quoted is None or _introduces_speaker(sent, quoted):
                continue
            gender = PRONOUN_GENDERS.get(token.lower_)
            # `the former top aide`: the speaker described by a role (not `the judge`, someone new)
            described = token.tag_ == "NN" and token.lemma_.lower() in SPEAKER_EPITHETS and running.kind in (
                "PERSON", "NAME") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            if (gender is not None and salience.genders.get(running.name, gender) == gender) or described:
                salience.pin(token, replace(running, text=_written(token)))
        # `“... no evidence of any deeper tie.” ¶ He argued ...`: a `he` or `she` opening the sentence after the
        # speaker's own, as the subject of a verb of saying, goes on with that speaker, whoever the words named
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        gender = PRONOUN_GENDERS.get(first.lower_) if first is not None else None
        if first is not None and gender in ("he", "she") and first.dep_ == "nsubj" and running.kind in (
                "PERSON", "NAME") and first.head.lemma_.lower() in SPEECH_VERBS and not open_before(sent.doc)[
                first.i] and salience.genders.get(running.name, gender) == gender:
            salience.pin(first, replace(running, text=first.text))

    def of_sentence(self, sent: Span, salience: Salience) -> Actor | None:
        """The sentence's own speaker, else the running quotation's; updates the running one."""
        # `“... when Sotomayor said that ...,” Grassley said`: the one tagging a quotation, whatever the parser hung
        # on the verbs inside it, else the subject of the first verb of saying
        candidates = _candidates(sent)
        own = next((token for token in candidates if _tagged(token) is not None), None) or next(
            (found for token in candidates if (found := speaker(token)) is not None), None)
        if own is not None and self.running is not None and open_before(sent.doc)[own.i]:
            # `“... And she now says, ‘oh, I want it all made public.’ The fact is, I don’t ...”`: a speaker reported
            # inside the running quotation speaks in this sentence only; the quotation's speaker goes on after it
            actors = salience.describe(own)
            return actors[0] if actors else self.running
        if own is not None:
            self.running = as_speaker(own, salience)
        elif not (_opens_quotation(sent) or _inside_quotation(sent)):
            self.running = None
        return self.running


def _represented(speaker: Token) -> Token | None:
    """The body a spokesperson or an official speaks for, named in the speaker's phrase: before the word of office
    (`State Department spokesman Glyn Davies`, `ministry official Werner Zwingmann`, `a Clinton spokesman`) or
    after it (`Glyn Davies, a spokesman for the State Department`); the body its head speaks for, after the word
    (`Mike Shields, the president of the American Action Network`)."""
    offices = [speaker] if speaker.lemma_.lower() in REPRESENTATIVES | HEADS_OF_BODIES else []
    offices += [c for c in speaker.children if c.dep_ in ("compound", "appos") and c.lemma_.lower() in (
        REPRESENTATIVES | HEADS_OF_BODIES)]
    for office in offices:
        # (a head is named by the body only after the word: `Mike Shields, the president of the American Action
        # Network`; before it, the words are often an office's own, `Senate Majority Leader`)
        before = [c for c in office.children if c.dep_ in ("compound", "poss", "nmod") and c.i < office.i
                  and office.lemma_.lower() in REPRESENTATIVES]
        if office.dep_ == "compound" and office.head.i == speaker.i and office.lemma_.lower() in REPRESENTATIVES:
            # (the parser hangs every word before the name on the name: `State Department spokesman Glyn Davies`)
            before += [c for c in speaker.children if c.dep_ == "compound" and c.i < office.i]
        named = sorted(before, key=lambda t: t.i)
        if named:
            return named[-1]
        after = next((p for p in office.children if p.dep_ == "prep" and p.lower_ in ("for", "of")), None)
        body = next((c for c in after.children if c.dep_ == "pobj"), None) if after is not None else None
        if body is not None:
            return body
    return None


@once_per_doc
def first_person(doc: Doc) -> dict[int, str]:
    """Whom `I`, `me` and `my` outside quotation marks stand for, by token, where the document says: the one
    interviewed in an interview's answers (`answered_by`), else the writer an opinion piece names in its closing
    line (`Rick Scott is the Republican governor of Florida.`)."""
    answers = answered_by(doc)
    if answers:
        return answers
    author = _closing_author(doc)
    if author is None:
        return {}
    quoted = open_before(doc)
    return {t.i: author for t in doc if t.lower_ in _FIRST_SINGULAR and not quoted[t.i]}


def _closing_author(doc: Doc) -> str | None:
    """An opinion piece's closing line about its writer: one sentence of its own, a person's name and `is` or
    `was` (`Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders.`)."""
    from .naming import entity_name

    last = text_of(doc).rstrip()
    start = last.rfind("\n") + 1
    if len(last) - start > 300:
        return None
    span = doc.char_span(start, len(last), alignment_mode="expand")
    if span is None or len(list(span.sents)) != 1:
        return None
    person = next((e for e in span.ents if e.label_ == "PERSON"), None)
    verb = span.root
    if person is None or verb.lemma_ != "be" or person.root.head.i != verb.i or person.root.dep_ != "nsubj":
        return None
    if not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children):
        return None  # `Clinton is in Ohio`: news, not who wrote it
    return entity_name(person)


def answered_by(doc: Doc) -> dict[int, str]:
    """An interview printed as questions and answers (`Q: ...` / `A: I think so.`): the first-person singular
    words of the answers, outside quotation marks, by token, and the one who gives them, the person the
    introduction names most (`Q&A with Vice President Joe Biden. Vice President Joe Biden spent ...`)."""
    from .naming import entity_name

    marks = [(m.start(), m.group(1)) for m in _TRANSCRIPT_LINE.finditer(text_of(doc))]
    if sum(kind == "Q" for _, kind in marks) < 2 or sum(kind == "A" for _, kind in marks) < 2:
        return {}
    first = marks[0][0]
    people = Counter(entity_name(e) for e in doc.ents if e.label_ == "PERSON" and e.end_char <= first)
    if not people:
        return {}
    (name, _), *_ = people.most_common(1)
    starts = [at for at, _ in marks]
    quoted = open_before(doc)
    return {t.i: name for t in doc if t.lower_ in _FIRST_SINGULAR and not quoted[t.i]
            and (k := bisect_left(starts, t.idx + 1) - 1) >= 0 and marks[k][1] == "A"}


_TRANSCRIPT_LINE = re.compile(r"(?m)^[ \t]*([QA]):\s")
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})


def _candidates(sent: Span) -> list[Token]:
    """The sentence's words that `_tagged` or `speaker` can say something of, in order."""
    doc, found = sent.doc, _speech_words(sent.doc)
    return [doc[i] for i in found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]]


@once_per_doc
def _speech_words(doc: Doc) -> list[int]:
    """Where a speaker can be read: the words under a verb of saying (and the words conjoined with them), and
    those an `according to` hangs on. One pass over the document, so that each sentence tries only these."""
    found: set[int] = set()
    for token in doc:
        if token.lemma_.lower() in SPEECH_VERBS:
            found.update(t.i for child in token.children for t in (child, *child.conjuncts))
        elif token.lower_ == "according":
            found.update(t.i for t in (token.head, *token.head.conjuncts))
    return sorted(found)


def of_cue(anchor: Token, salience: Salience, default: Actor | None) -> Actor | None:
    """The speaker of the clause holding `anchor`: the nearest verb of saying above it, else `default`."""
    node = anchor
    while node.head.i != node.i:
        found = speaker(node)
        if found is not None:
            return as_speaker(found, salience)
        node = node.head
    return default


def as_speaker(token: Token, salience: Salience) -> Actor | None:
    """The actor `token` names as a speaker, with the body it speaks for when the text says (`State Department
    spokesman Glyn Davies`), whom its `we` means."""
    actors = salience.describe(token)
    if not actors:
        return None
    body = _represented(token)
    found = salience.describe(body) if body is not None else []
    if not found or found[0].name == actors[0].name or is_description(found[0]):
        return actors[0]  # (`ministry official Werner Zwingmann` with no ministry named: he speaks for himself)
    return replace(actors[0], speaks_for=found[0])


def _tagged(token: Token) -> range | None:
    """`“...,” he said`, `“...,” said the aide` (as parsed): where `token` is the subject of a verb of saying
    that follows a quotation's closing mark, the tokens of that quotation."""
    if token.head.lemma_.lower() not in SPEECH_VERBS or not (token.dep_ == "nsubj" or is_inverted_speaker(token)):
        return None
    return tagged_quotation(token)


def _introduces_speaker(sent: Span, quoted: range) -> bool:
    """`Mosman saw it differently: "...," he said`: a name as a subject before the quotation, in its own
    sentence, is the one who speaks next, not the speaker quoted before."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.i < quoted.start - 1
               for t in sent)


def _inside_quotation(sent: Span) -> bool:
    """`“I believe X acted irresponsibly. I deserve a jury,” said Soto`: a sentence that starts inside a quotation
    opened earlier in its paragraph (an opening mark last, or an odd number of straight ones)."""
    first = next((t.i for t in sent if not (t.is_space or t.text in QUOTE_TOKENS)), sent.start)
    return open_before(sent.doc)[first]


@once_per_doc
@once_per_doc
def open_before(doc: Doc) -> list[bool]:
    """For each token, whether a quotation opened earlier on its line is still open when it starts: one pass
    over the document, not a walk back to the line's start from every sentence. A closing mark ends the
    quotation, as does a line break (a closing mark left at a sentence's start, before a new line)."""
    found: list[bool] = []
    curly: str | None = None  # the last curly mark on the line: `open`, `close`, or none yet
    straight = 0  # straight marks since that curly mark, or since the line began
    for token in doc:
        # (after a curly mark closes, straight marks pair up again: `"A,” said Hale. "B ..."`, a wire's mixed marks)
        found.append(straight == 0 if curly == "open" else straight % 2 == 1)
        if "\n" in token.whitespace_ or token.is_space:
            curly, straight = None, 0
        elif token.text in ("“", "``", "`"):  # (`` ` ` ``: the tokenizer may cut a wire's opening pair in two)
            curly, straight = "open", 0
        elif token.text in ("”", "''"):
            curly, straight = "close", 0
        else:
            straight += token.text == '"'
    return found


def _opens_quotation(sent: Span) -> bool:
    """The sentence starts inside a quotation: with a mark that opens one, not the previous paragraph's closing
    mark that the sentence splitter left at its start (`”\n\nEdward Kleinbard agreed`)."""
    text = sent.text.lstrip()
    return text.startswith(_OPENING_QUOTES) and text[1:2] not in ("\n", "\r")


def tagged_quotation(subject: Token) -> range | None:
    """`“...,” he said`, `“...,” said the former top aide`: where the subject and its verb, side by side, follow
    a quotation's closing mark (and its comma) straight away, the tokens of that quotation."""
    verb = subject.head
    if verb.i < subject.i:
        first, adjacent = verb.i, subject.left_edge.i == verb.i + 1
    else:
        first, adjacent = subject.left_edge.i, verb.i == subject.i + 1
    doc = subject.doc
    close = first - 1
    while close >= 0 and doc[close].text == ",":
        close -= 1
    if not adjacent or close < 0 or doc[close].text not in CLOSING_TOKENS:
        return None
    opening = next((i for i in range(close - 1, max(close - _LONGEST_QUOTATION, -1), -1)
                    if doc[i].text in QUOTE_TOKENS or _split_opening(doc, i)), None)
    return range(opening + 1, close) if opening is not None else None


def _split_opening(doc: Doc, i: int) -> bool:
    """The second half of a wire's opening `` cut in two by the tokenizer (`` ` `` then `` ` ``)."""
    return doc[i].text == "`" and i > 0 and doc[i - 1].text == "`"


def _written(subject: Token) -> str:
    return subject.doc[subject.left_edge.i : subject.i + 1].text
