"""Find attributions in a parsed document: a cue, its source resolved to a name, and what was said.

Per sentence: a verb of saying, writing or thinking whose complement clause or
adjacent quotation is the content; `according to X`; `X: "..."` layouts; and
the nouns of a statement (`the claim that ...`). Sources go through the holder
resolver that `positions` uses (pronouns, descriptions, `who`, first person in
a quotation), so both extractors name the same actor the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.pipeline import text_of
from ..engine.records import Context, Fact
from ..entities.junk import is_junk
from ..entities.layout import handed_over, in_dateline
from ..entities.titles import is_title_word
from ..positions import resolution, speakers, targets
from ..positions.actors import DASHES, SALIENT_LABELS, Salience, listed, noun_phrase
from ..positions.cues import headline_clause_end, idiom, is_headline, owner_named_after, side_taken
from ..positions.holders import (
    can_hold_a_view,
    finite,
    fronted_name,
    in_a_name_elsewhere,
    parted_from_report,
    past_dateline,
    reported_alike,
    subject_before_aside,
    subject_of_a_lost_verb,
    with_conjuncts,
    written_source,
)
from ..positions.lexicon import (
    CONTEST_PRIZES,
    FRACTIONS,
    RETORTS,
    SIDE_TAKERS,
    headline_stance_verb,
    is_actor_noun,
)
from ..positions.modality import infinitive
from .cues import (
    AGENT_REPORTS,
    ALSO_OF_THINGS,
    ATTITUDE_PREPOSITIONS,
    ATTITUDES,
    AUDIENCES,
    COME_OUT_NOUNS,
    COME_OUT_PREPOSITIONS,
    CUE_VERBS,
    DESIRING,
    DRAWING_REACTIONS,
    DRAWN_SIDES,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    EVIDENT_ADJECTIVES,
    FRAMING_HEADS,
    GIVEN_PREPOSITIONS,
    GIVEN_STATEMENTS,
    HAD_PREPOSITIONS,
    HAD_VIEWS,
    HEADLINE_CUES,
    HELD_NOUNS,
    JUDGING,
    MADE_PLAIN,
    MADE_STATEMENTS,
    MANNER_OF_SPEAKING,
    MESSAGE_NOUNS,
    MESSAGE_VERBS,
    OBJECT_ACTS,
    OBJECT_ONLY_ACTS,
    OBJECT_PREPOSITIONS,
    PASSIVE_VIEWS,
    PRO_FORMS,
    QUOTING,
    RAISED_VIEWS,
    REACTIONS,
    RELEASING,
    SAYING,
    SEEMING,
    SHOWN_DISPOSITIONS,
    STANCE_NOUN_PREPOSITIONS,
    STANCE_NOUNS,
    STANCE_NOUNS_NEEDING,
    STATEMENT_NOUNS,
    STRIVING,
    SURVEY_NOUNS,
    TAKEN_PREPOSITIONS,
    TAKEN_STANCES,
    TELLING,
    THINKING,
    THOUGHT_TOPIC_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
    cue_lemma,
)
from .quotations import CLOSING_TOKENS, OPENING_TOKENS, PARAGRAPH_BREAK, Quotation, quotations, run_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_SPOKEN = SAYING | QUOTING
_SAID_OR_THOUGHT = SAYING | THINKING
_MESSAGES = MESSAGE_NOUNS | MADE_STATEMENTS | {"message", "word"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What completes an act's object into its content (`called him a genius`, `blamed X for Y`).
_PREDICATE_DEPS = frozenset({"oprd", "prep", "xcomp", "ccomp", "acomp", "dative", "advmod"})
# Verbs of asking, whose `if` clause is the question (`asked them if they would stay`).
_ASKING = frozenset({"ask", "wonder", "question"})
# The subjects of a question put by the writer or to the reader (`May I ask`, `Would you say`).
_ASKERS = frozenset({"i", "we", "you"})
# Prepositions of the circumstances of a telling (`insisted in an interview that`, `claimed without evidence that`).
_CIRCUMSTANCES = frozenset({"in", "during", "at", "without", "on"})
# What a belief is toward: a thought's topics and what one believes in (`still believe in the American dream`).
_BELIEF_TOPICS = THOUGHT_TOPIC_PREPOSITIONS | {"in"}
# Objects that say no content was given: `said nothing`, `offered little`.
_NO_CONTENT = frozenset({"nothing", "anything", "little"})
# What is claimed by taking it, not by saying so (`claimed the lives of`, `claimed the title`, `claimed the
# nomination`; not `claimed victory`, which declares it).
_PRIZES = CONTEST_PRIZES | frozenset({"life", "lives", "medal", "prize", "place", "spot", "share", "stake", "territory",
                                      "land", "toll", "trophy", "pole", "lead"})
# The longest paragraph read as what follows `X added:` when no quotation marks close it.
_BLOCK_LIMIT = 1500
# Characters that may stand between a quotation's closing mark and its cue (`...," he said`).
_BETWEEN = frozenset(" ,;:-—–\n")
# The characters of quotation marks, single ones too: a nested quotation closes with two (`help,’”`, `that?'''`).
_MARK_CHARS = "\"“”‘’'`"


@dataclass(frozen=True)
class Attribution:
    cue_start: int
    cue_end: int
    source: Token | None
    content_start: int
    content_end: int
    # Which layout read it (`RULES` of the package), set by `_attributions`.
    rule: str = "reporting_verb"


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    text = text_of(doc)
    marks = quotations(text)
    read: list[tuple[Attribution, Fact]] = []
    for line in resolution.sentences(doc, context.state):
        cut = (_past_dateline(text, found, _datelines(doc)) for found in _attributions(line.sent, marks))
        read.extend((found, _fact(text, found, line.salience, line.running, marks)) for found in cut
                    if found and not _source_inside(found))
    reports = [(found, str(fact.fields["kind"])) for found, fact in read]
    # (a cue nested in another's report claims no words from a cue outside it: `Victims would be considered a
    # group, Sanders said` keeps `said`, though the passive's own view sits nearer the clause)
    kept = [(found, fact) for found, fact in read if not _reported_within(doc, found, reports)]
    nearest = _nearest(found for found, _ in kept)
    for found, fact in kept:
        if _distance(found) == nearest[(found.content_start, found.content_end)]:
            yield fact


def _source_inside(found: Attribution) -> bool:
    """A source within what it is said to have said, its cue outside, is a misparse (`CALIFORNIA OPPOSES THE DEAL`
    read with `THE DEAL` as both); only a quotation split by its cue holds its source (`"A," he said, "B."`)."""
    inside = found.source is not None and found.content_start <= found.source.idx < found.content_end
    return inside and not (found.content_start <= found.cue_start < found.content_end)  # not a split quotation


def _nearest(found: Iterable[Attribution]) -> dict[tuple[int, int], int]:
    """One content span, one attribution: where two cues claim the same words (`Trump said: "..."` and the
    next paragraph's `He offered no proof`), only the nearer to them keeps them (both, where neither is)."""
    nearest: dict[tuple[int, int], int] = {}
    for one in found:
        span = (one.content_start, one.content_end)
        nearest[span] = min(nearest.get(span, _distance(one)), _distance(one))
    return nearest


def _distance(found: Attribution) -> int:
    """Characters between a cue and its content (0 where one holds the other)."""
    return max(found.content_start - found.cue_end, found.cue_start - found.content_end, 0)


# Rules whose cue, inside what another source is reported to have said, is that source's claim about
# a third party's wants or acts (`Clinton said Trump wants to ban Muslims`), not a report of its own.
_SECOND_HAND = frozenset({"thought", "act_verb", "evidence", "noun_cue", "seeming"})
# Rules whose content frames what others are reported to say or do (`In a poll, 38 percent said ...`, `the
# lesson appears to reverberate as states rejected ...`, `Trump said he sold it in 2010, records show`) without
# reporting it as anyone's claim.
_FRAMES = frozenset({"seeming", "survey", "records"})
# Rules whose paraphrase (content in no quotation marks) is the outer source's own telling, a speech reported
# in its clause included (`officials said Smith told them the deal was dead`) ...
_PARAPHRASES = frozenset({"reporting_verb", "thought", "evidence"})
# ... and layouts with no verb whose clause could be told apart: all they introduce is their source's telling,
# even where `according to` quotes a phrase of it.
_LAYOUTS = frozenset({"according_to", "colon"})
# How a clause hangs on a cue when it is the cue's content (`said [that] Smith told them`), not an aside of its
# own (`said ..., pointing to`, `said ..., while others said`).
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Thoughts whose passive subject is what was thought of, never a source (`the case was decided`, `the deal was
# concluded`); a thing's purpose is its maker's (`the tax was intended to deliver a blow`: PolNeAR marks it).
_DECIDED = frozenset({"decide", "conclude", "learn", "discover", "calculate", "imagine"})
# Entity types of a time, which a cue's inverted source never is.
_TIMES = frozenset({"DATE", "TIME"})
# Verbs whose infinitive is their content (`told his advisers to act`, `expects to win`).
_THOUGHT_OR_TOLD = THINKING | TELLING


def _reported_within(doc: Doc, found: Attribution, others: list[tuple[Attribution, str]]) -> bool:
    """A cue that lies in another attribution's content, which the outer source says: PolNeAR, like a reader
    asking who said what, keeps only the outer report ("no nested attributions"). A thought, an act, a
    finding or a statement noun is the outer source's claim, and so is a speech told in the clause of its
    paraphrase; a speech quoted inside it (`Smith told them "..."`), one the outer content only runs over, and
    anything inside a frame stay."""
    own = next(kind for other, kind in others if other is found)
    for other, kind in others:
        if other is found or not (other.content_start <= found.cue_start and found.cue_end <= other.content_end):
            continue
        if other.content_start <= other.cue_start < other.content_end and _goes_on_telling(doc, found, other):
            continue  # `"A," she said, referring to X. "B."`: between a split quotation's parts, the telling's frame
        if found.rule in _SECOND_HAND and other.rule not in _FRAMES:
            return True
        # (a speech quoted word for word stays: `"We will win," the mayor said, according to the Post`)
        if found.rule == "reporting_verb" and ((other.rule in _LAYOUTS and own != "direct") or (
                other.rule in _PARAPHRASES and kind == "indirect" and _told_in(doc, found, other))):
            return True
    return False


def _goes_on_telling(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """The inner cue is a participle of the outer cue's verb (`said, referring to`, `said, speaking of`)."""
    verb, cue = _cue_word(doc, inner), _cue_word(doc, outer)
    return verb is not None and cue is not None and verb.tag_ == "VBG" and verb.head.i == cue.i


def _cue_word(doc: Doc, found: Attribution) -> Token | None:
    """The first word of an attribution's cue."""
    words = doc.char_span(found.cue_start, found.cue_end, alignment_mode="expand")
    return words[0] if words else None


def _told_in(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """The inner cue's verb hangs, through the clause that is the content, on the outer cue's verb, and not as
    an adverbial clause set off by a comma (`said the ad was fair, pointing to ...`, `said ..., while others
    said ...`), which the parser hangs on the content's verb though it is a telling of its own."""
    verb, cue = _cue_word(doc, inner), _cue_word(doc, outer)
    if verb is None or cue is None:
        return False
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ",":
            return False
        if node.head.i == cue.i:
            return node.dep_ in _CONTENT_DEPS
        node = node.head
    return False


def _attributions(sent: Span, marks: list[Quotation]) -> Iterator[Attribution]:
    taken: list[tuple[int, int]] = []
    headline = is_headline(sent)
    for token in sent:
        found, rule = _according_to(token), "according_to"
        if found is None and token.pos_ in ("VERB", "AUX") and cue_lemma(token) not in _SPOKEN:
            found = _framing_a_quotation(token, sent, marks)
            rule = _verb_rule(token) if found is not None else rule
        if found is None:
            found, rule = _seeming(token), "seeming"
        if found is None:
            found, rule = _by_verb(token, sent, marks), _verb_rule(token)
        if found is None:
            found, rule = _made(token, sent), "made"
        if found is None:
            found, rule = _taken_stance(token, sent), "act_verb"
        if found is None:
            found, rule = _shown(token, sent), "act_verb"
        if found is None:
            found, rule = _had(token, sent), "thought"
        if found is None:
            found, rule = _given_or_raised(token, sent), "act_verb"
        if found is None:
            found, rule = _stance_idiom(token, sent), "act_verb"
        if found is None:
            found, rule = _inverted(token, sent, marks), "inverted"
        if found is None:
            found, rule = _put_it(token), "reporting_verb"
        if found is None:
            found, rule = _in_survey(token), "survey"
        if found is None:
            found, rule = _records_show(token, sent), "records"
        if found is None:
            found, rule = _reportedly(token), "hearsay"
        if found is None:
            found, rule = _by_attitude(token, sent), "thought"
        if found is None:
            found, rule = _evident(token), "seeming"
        if found is None:
            found, rule = _drew(token, sent), "seeming"
        if found is None:
            found, rule = _drawn_from(token), "noun_cue"
        if found is None:
            found, rule = _by_noun(token), "noun_cue"
        if found is None:
            found, rule = _in_ones_view(token), "noun_cue"
        if found is None:
            found, rule = _noun_is(token), "noun_cue"
        if found is None:
            found, rule = _owned_stance(token), "noun_cue"
        if found is None:
            found, rule = _side_taker(token), "noun_cue"
        if found is None and headline:
            found, rule = _headline_verb(token), "headline"
        if found is None:
            found, rule = _by_colon(token, sent, marks), "colon"
        if found is None:
            found, rule = _by_dash(token, marks), "dash"
        if found is None or _inside(found.cue_start, marks):
            continue  # a verb of saying inside a quotation is part of what was said
        if any(found.cue_start < end and start < found.cue_end for start, end in taken):
            continue
        taken.append((found.cue_start, found.cue_end))
        yield replace(found, rule=rule)


def _names_a_subject(doc: Doc, start: int, mark: Quotation) -> bool:
    """Words before a quotation that hold its clause's subject (`The senator, a Republican from Ohio, "will not
    back the bill"`): part of what is reported, no adverbial framing it."""
    words = doc.char_span(start, mark.start, alignment_mode="contract")
    return words is not None and any(t.dep_ in ("nsubj", "nsubjpass", "appos") for t in words)


# Words before a quotation that runs into its cue, set off by a comma, with no mark among them: an adverbial
# the parser took into the quotation's clause (`Last week, "..." the governor said`).
_FRONTED = re.compile(r"\A[^\"“”]*,\s*[\"“]?\Z")
_LINE_AFTER_SENTENCE = re.compile(r"[.!?][\"”’']*[^\S\n]*\n")


def _verb_rule(verb: Token) -> str:
    """The rule of a verb cue by what its verb reports: speech, thought, evidence, or an act."""
    lemma = cue_lemma(verb)
    if lemma in _SPOKEN:
        return "reporting_verb"
    return "thought" if lemma in THINKING | DESIRING else "evidence" if lemma in EVIDENCE_VERBS else "act_verb"


def _inside(char: int, marks: list[Quotation]) -> bool:
    return any(mark.start <= char < mark.end for mark in marks)


def _by_verb(verb: Token, sent: Span, marks: list[Quotation]) -> Attribution | None:
    """`X said (that) Y`, `"Y," X said`, `X said: "Y"`, `X believes Y`, `a poll shows Y`."""
    lemma = cue_lemma(verb)
    if verb.pos_ not in ("VERB", "AUX") or (lemma not in CUE_VERBS and lemma not in STRIVING):
        return None
    marked = verb.tag_ == "VB" and infinitive(verb)
    if (marked and not _raised(verb)) or (verb.tag_ == "VB" and not marked and not any(
            c.dep_ in ("aux", "nsubj") for c in verb.children)):
        return None  # `to tell`, `Tell him`: an infinitive or an order, not a report of what was said
    if _modal_question(verb) or _concession(verb):
        return None
    if lemma in STRIVING:
        return _striving(verb, _source(verb, sent))
    if lemma == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS | {"aux", "auxpass"}
                                                          for c in verb.children):
        return _asked(verb)
    if verb.tag_ == "VBN" and lemma in AGENT_REPORTS and any(c.dep_ == "agent" for c in verb.children):
        return _by_agent(verb)
    if lemma in TOPIC_VERBS - SAYING:
        return _topic(verb, _source(verb, sent))
    if lemma in JUDGING - SAYING - THINKING - OBJECT_ACTS:
        return _judging(verb, _source(verb, sent))
    reported = _reported_of(verb)
    if reported is not None:
        return reported
    source = _source(verb, sent)
    if source is not None and source.dep_ == "nsubjpass" and lemma in _DIRECTED and verb.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in verb.children):
        source = None  # `the ministers were asked whether ...`: the ones asked; who asked is not said
    if source is not None and source.dep_ == "nsubjpass" and lemma in _DECIDED and verb.tag_ == "VBN":
        return None  # `since so many cases were decided by 5-to-4 votes`: what was decided holds no view
    if lemma in (THINKING | DESIRING | OBJECT_ACTS) - SAYING and _self_report(verb, source):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return None  # `left without saying`, `it goes without saying`: nothing was said
    if lemma in DESIRING - THINKING and verb.dep_ == "acl":
        return None  # `candidates seeking the nomination`: who they are, not a wish reported
    if lemma == "release" and not _releases_a_message(verb):
        return None  # `released the prisoners`; `released a statement saying ...`: the saying is the cue
    if lemma == "address" and not _addresses_a_matter(verb):
        return None  # `addressed the convention`, `addressed her as "Hillary"`: an audience, no matter taken up
    if lemma == "call" and any(c.lower_ == "what" for c in verb.children):
        return None  # `what he called a "war"` names a thing in the source's words; it reports no claim
    # the clause after the cue when there is one: one before it may be a misparsed earlier sentence
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and not run_together(c, verb)]
    clause = next((c for c in clauses if c.i > verb.i), clauses[-1] if clauses else None)
    if clause is not None and clause.i > verb.i and _a_result(verb, clause):
        return None
    # `the judge found that ...` reports a finding whoever holds it; `a poll shows Clinton ahead` only
    # when a record of some kind shows it (`Clinton shows strength` is not a report)
    if lemma in EVIDENCE_VERBS - SAYING and (source is None or (
            clause is None and source.lemma_.lower() not in EVIDENCE_NOUNS)):
        return None
    if clause is None and lemma in _THOUGHT_OR_TOLD:
        # `told his advisers to act`; `tells supporters at a rally to “go vote”`, its infinitive read as an adverbial
        clause = next((c for c in verb.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and c.i > verb.i and lemma in TELLING and infinitive(c))), None)
    if clause is None and lemma in SAYING | THINKING | OBJECT_ACTS:
        clause = _misread_complement(verb)
    if clause is None and lemma in SAYING | THINKING:
        clause = _question(verb)
    doc = verb.doc
    quoted = _adjacent_quotations(verb, sent, marks, source)
    if lemma in MANNER_OF_SPEAKING:
        quoted = [m for m in quoted if _set_off(verb, source, m)]
    if quoted and quoted[-1].end <= verb.idx and lemma in SAYING:
        quoted += _continuations(sent, marks)  # `"A," she said. "B."`: B is hers too
    if lemma in OBJECT_ACTS - SAYING and clause is None and any(c.dep_ == "dobj" for c in verb.children):
        quoted = []  # `mocked the complaint, saying "..."`: the act's object is its content, not a quotation
    if clause is None and not quoted and lemma in SAYING and source is not None and _closes_sentence(verb, sent):
        quoted = _continuations(sent, marks)  # `X said in a statement. “...”`: the quotation standing after it
    if clause is None and not quoted and lemma in _SPOKEN:
        block = _after_colon(verb, marks)
        if block is not None:
            return Attribution(verb.idx, _end(verb), source, *block) if source is not None else None
    if lemma in QUOTING and not quoted:
        return None  # `continued` reports speech only beside a quotation: `the talks continued` does not
    if clause is None and not quoted and verb.dep_ == "parataxis" and lemma in SAYING:
        # `To prevent problems, he said, officials should be vigilant`: the clause around the cue
        return _parenthetical(verb, source)
    if clause is None and not quoted and lemma in SAYING | THINKING | OBJECT_ACTS and _aside(verb):
        # `These employees, Stumpf explained, were well paid`, `As Smith noted, the plan failed`
        return _parenthetical(verb, (_nearest_subject(verb) or source) if verb.dep_ == "ROOT" else source)
    if clause is None and not quoted and lemma in SAYING:
        as_clause = _as_clause(verb, sent)
        if as_clause is not None:
            return as_clause
    if clause is None and not quoted and lemma in SAYING and source is not None and not _said_of(verb, source):
        trailing = _trailing(verb, source, sent)  # `Language unclear on who is covered, experts say.`
        if trailing is not None:
            return trailing
    if clause is None and not quoted:
        if lemma in TOPIC_VERBS:
            return _topic(verb, source)  # `Holt asks him about his tax returns`
        if lemma in _RESPONDING:  # `responded with attacks on Machado`, `replied by citing the law`
            found = _object_act(verb, source, OBJECT_PREPOSITIONS | {"with", "by"})
        elif lemma in OBJECT_ACTS | MESSAGE_VERBS | DESIRING:
            found = _object_act(verb, source)
        else:  # `agreed with the analysis`, `worried about the economy`, `boasted of his record`, `believe in`
            topics = _BELIEF_TOPICS if lemma == "believe" else THOUGHT_TOPIC_PREPOSITIONS
            # `recognized the significance of the victory`: what is recognized is a thing held true, not a person
            recognised = lemma in _RECOGNISING and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i for c in verb.children)
            found = _object_act(verb, source, topics, takes_object=recognised)
        return found if found is not None or lemma not in SAYING | THINKING else _pro_form(verb, source)
    if source is None and not _passive_report(verb):
        return None
    if clause is not None and clause.i < verb.i and not quoted and _said_of(verb, source):
        return None
    start, end = _subtree(clause) if clause is not None else (None, None)
    own = next((c for c in clause.children if _speakers_own(c)), None) if clause is not None else None
    if own is not None and clause.i > verb.i:
        end = doc[own.left_edge.i - 1].idx  # what was said ends before what the sayer went on to do
    if clause is not None and clause.i > verb.i:
        # `He says Trump's call to ban Muslims and his remarks have hurt him`: one clause the parser cut in two
        # complements of the cue runs to the end of the last (not into a report of its own: `... regional centers
        # The S.E.C. said`, a sentence run on)
        end = max([end, *(_subtree(c)[1] for c in clauses
                          if c.i > clause.i and c.dep_ == "ccomp" and cue_lemma(c) not in CUE_VERBS)])
    if clause is not None and clause.i < verb.i and not quoted:
        # `Y, X said`: only the part before the cue
        end = min(end, doc[verb.left_edge.i].idx) if verb.left_edge.i > clause.i else end
    if quoted and start is not None and start < quoted[0].start and quoted[0].end <= verb.idx \
            and _FRONTED.search(text_of(doc)[start : quoted[0].start]) and not _names_a_subject(doc, start, quoted[0]):
        start = quoted[0].start  # `Last week, "We will fight this," the governor said`: the adverbial frames it
    if quoted and end is not None and clause is not None and clause.i < verb.i and quoted[-1].end <= verb.idx:
        # `"We will appeal," the union's spokesman, John Smith, said`: a clause quoted before its cue ends with the
        # quotation, whatever of the source's words the parser hung on it
        end = min(end, quoted[-1].end)
    for mark in quoted:
        start = mark.start if start is None else min(start, mark.start)
        end = mark.end if end is None else max(end, mark.end)
    assert start is not None and end is not None
    start, end = _trimmed(text_of(doc), start, end)
    if end <= start:
        return None
    cue_end = _end(verb)
    if lemma == "tell":  # `told reporters`: the audience belongs to the cue
        audience = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.i + 1), None)
        cue_end = _end(audience) if audience is not None else cue_end
    return Attribution(verb.idx, cue_end, source, start, end)


# Verbs of thought whose object is a thing held true (`recognized the precariousness of their bids`, `realized the
# danger`): content, as PolNeAR marks it; other thoughts have no object to report (`knows Clinton`).
_RECOGNISING = frozenset({"recognize", "recognise", "realize", "realise"})


# `That said, ...`, `That being said, ...`, `Having said that, ...`: a concession before a comma, no report.
_CONCESSIONS = frozenset({"that said", "this said", "that being said", "this being said", "having said that",
                          "having said this"})


def _concession(verb: Token) -> bool:
    sent = verb.sent
    for end in (verb.i + 1, verb.i + 2):
        words = verb.doc[sent.start : end]
        if end < sent.end and verb.doc[end].text == "," and words.text.lower() in _CONCESSIONS:
            return True
    return False


def _modal_question(verb: Token) -> bool:
    """`May I ask whether ...?`, `Would you think that ...?`: a modal before a first or second person subject
    asks leave or puts a question to the reader; it reports nothing said (`I asked whether ...` does). A
    question about someone else may still report a view (`Why would Mr. Clarke want to buy a mine?`)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.lower_ in _ASKERS and any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.i < subject.i for c in verb.children)


def _transcript_label(source: Token) -> bool:
    """`Q:` opening a line of a printed interview: a label, which the parser may take for a subject."""
    doc = source.doc
    return source.text == "Q" and source.i + 1 < len(doc) and doc[source.i + 1].text == ":"


def _striving(verb: Token, source: Token | None) -> Attribution | None:
    """`Cruz looks to ease tensions`, `aims to cut the rate`, `pushed Democrats to reject the deal`, `is pushing
    for a vote`: the goal (the infinitive, or what `push for` asks) is the content, of an actor's striving."""
    if source is None or verb.tag_ == "VBN" or not (can_hold_a_view(source) or any(
            p.lower_ == "of" and any(can_hold_a_view(o) for o in p.children) for p in source.children)):
        return None  # `the market looks to rebound`, `was pushed to the left by his rival` (but `none of them`)
    goal = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and infinitive(c)
                 and c.lemma_.lower() != "be"), None)
    cue_end = _end(verb)
    if goal is None and cue_lemma(verb) == "push":
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1), None)
        goal = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        cue_end = _end(prep) if goal is not None and prep is not None else cue_end
    if goal is None or (goal.dep_ == "advcl" and cue_lemma(verb) != "push"):
        return None  # (`looked around to see`: a purpose; `pushed hard to pass it`, read as one, is the goal)
    start, end = _trimmed(text_of(verb.doc), *_subtree(goal))
    return Attribution(verb.idx, cue_end, source, start, end) if end > start else None


def _asked(verb: Token) -> Attribution | None:
    """`Asked whether he would back Trump, Rubio said no`, `When asked for his position, Trump said`: a question
    whose asker goes unnamed, or is named by `by` (`Asked by Stephanopoulos to respond, Carson said`); the one
    asked is the clause's subject, not the source. The `if`/`whether` clause, the request (`to respond`) or the
    `about`/`on`/`for` phrase is what was asked."""
    part = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i), None)
    if part is None:
        about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "for")), None)
        part = next((g for g in about.children if g.dep_ in ("pobj", "pcomp")), None) if about is not None else None
    if part is None:
        return None
    asker = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    start, end = _trimmed(text_of(verb.doc), *_subtree(part))
    return Attribution(verb.idx, _end(verb), asker, start, end) if end > start else None


def _seeming(verb: Token) -> Attribution | None:
    """`The economy seemed impervious to shocks`, `Rubio appears to be on the upswing`: how something looks
    to an observer the text leaves unnamed (an implicit source); what seems so, the subject with its
    complement, is the content. `seemed to suggest` is left to the verb after it, its subject's own act."""
    if verb.tag_ == "VBN" and cue_lemma(verb) in PASSIVE_VIEWS:
        return _held_as(verb)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SEEMING or verb.dep_ not in ("ROOT", "conj"):
        return None
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp")
                       and c.i > verb.i), None)
    if complement is None or cue_lemma(complement) in CUE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "it"), None)
    start, end = _trimmed(text_of(verb.doc), (subject or complement).left_edge.idx, _end(complement.right_edge))
    return Attribution(verb.idx, _end(verb), None, start, end) if end > start else None


def _made(verb: Token, sent: Span) -> Attribution | None:
    """`made it clear that ...`, `made clear his opposition`, `made the case that ...`, `made an argument for
    ...`: a statement made with `make`, its maker the source; the clause or the `for`/`about`/`against` phrase
    is the content, and `make` with its word the cue."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "make":
        return None
    word = next((c for c in verb.children if c.i > verb.i and (
        (c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in MADE_PLAIN)
        or (c.dep_ == "dobj" and c.lemma_.lower() in MADE_STATEMENTS | MADE_PLAIN))), None)
    if word is None:
        return None
    content = next((c for c in word.children if c.i > word.i and (
        (c.dep_ in ("ccomp", "acl", "advcl") and any(g.dep_ in _SUBJECTS for g in c.children))
        or (c.dep_ == "nsubj" and word.lower_ in MADE_PLAIN))), None)
    if content is None:
        preps = [c for c in (*word.children, *verb.children) if c.dep_ == "prep" and c.i > word.i
                 and c.lower_ in ("for", "about", "against", "of", "on")]
        content = next((g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp") and not _no_topic(p, g)),
                       None)
    source = _source(verb, sent)
    if content is None or source is None:
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(content))
    return Attribution(verb.idx, _end(word), source, start, end) if end > start else None


def _taken_stance(verb: Token, sent: Span) -> Attribution | None:
    """`took a swipe at Bush`, `took issue with the prediction`, `has taken a firm stance against X`, `came out
    against the tax`, `has come out in support of Cruz`: a stance taken or declared; what it is toward is the
    content, the words up to its preposition the cue."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("take", "come"):
        return None
    prep: Token | None = None
    if lemma == "take":
        word = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_STANCES), None)
        # the preposition of the stance itself, not of a phrase after it (`took a shot of whiskey at the bar`)
        prep = next((c for c in (*word.children, *verb.children) if c.dep_ == "prep" and c.lower_ in
                     TAKEN_PREPOSITIONS and (c.head.i == word.i or c.i == word.i + 1)), None) if word else None
    elif any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
        if prep is not None and prep.lower_ == "in":  # `in support of`, `in favor of`
            noun = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in COME_OUT_NOUNS), None)
            prep = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "of"), None) if noun else None
        elif prep is not None and prep.lower_ not in COME_OUT_PREPOSITIONS:
            prep = None
    content = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    source = _source(verb, sent)
    if prep is None or content is None or source is None:
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(content))
    return Attribution(verb.idx, _end(prep), source, start, end) if end > start else None


def _stance_idiom(verb: Token, sent: Span) -> Attribution | None:
    """`threw her support behind Cruz`, `gave the green light to the plan`, `sounded the alarm over`: an idiom of
    a stance that `positions` reads; what its preposition governs is the content."""
    found = idiom(verb)
    content = next((g for g in found[3].children if g.dep_ in ("pobj", "pcomp")), None) if found else None
    source = _source(verb, sent) if content is not None else None
    if found is None or content is None or source is None:
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(content))
    return Attribution(verb.idx, _end(found[3]), source, start, end) if end > start else None


def _shown(verb: Token, sent: Span) -> Attribution | None:
    """`Sanders showed no sign of backing down`, `the administration showed its inclination to rely on raids`:
    a disposition its holder shows, toward what the noun's complement says; a record showing something
    (`the report shows`) is evidence, read as such."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "show":
        return None
    return _disposition(verb, sent, SHOWN_DISPOSITIONS, frozenset({"of", "in", "for"}))


def _had(verb: Token, sent: Span) -> Attribution | None:
    """`the I.R.S. has questions about his returns`, `She has no illusions about Putin's threat`, `has doubts
    that it will pass`: a view its holder has, toward what the noun's complement says."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "have" or (
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "better"):
        return None  # (`had better plan to start winning`: a modal, no plan held)
    return _disposition(verb, sent, HAD_VIEWS, HAD_PREPOSITIONS)


def _given_or_raised(verb: Token, sent: Span) -> Attribution | None:
    """`gave her a lengthy answer about Social Security`, `gives an account of the night`, `is raising questions
    about his microphone`: a statement given or a view raised, toward what the noun's complement says."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("give", "raise"):
        return None
    found = _disposition(verb, sent, GIVEN_STATEMENTS if lemma == "give" else RAISED_VIEWS, GIVEN_PREPOSITIONS)
    if lemma == "raise" and found is not None and not (found.source is not None and can_hold_a_view(found.source)):
        return None  # `Trump's decision raises questions about`: a fact prompting them, no one raising them
    return found


def _disposition(verb: Token, sent: Span, nouns: frozenset[str], prepositions: frozenset[str]
                 ) -> Attribution | None:
    """The verb's object noun of a disposition or a view, and what its complement says it is toward."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    part = next((c for c in noun.children if c.i > noun.i and (c.dep_ in ("acl", "ccomp", "relcl") or (
        c.dep_ == "prep" and c.lower_ in prepositions))), None) if noun is not None else None
    source = _source(verb, sent)
    if part is None or source is None or source.lemma_.lower() in EVIDENCE_NOUNS:
        return None
    cue_end = _end(part) if part.dep_ == "prep" else _end(noun)
    if part.dep_ == "prep":
        part = next((g for g in part.children if g.dep_ in ("pobj", "pcomp")), None)
    if part is None:
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(part))
    return Attribution(verb.idx, cue_end, source, start, end) if end > start else None


def _pro_form(verb: Token, source: Token | None) -> Attribution | None:
    """`55 percent said so`, `46 percent said yes`, `26 percent said the same`, `would not say when`, `he
    doesn't think so`: what was said or thought stands for something said before it."""
    pro = next((c for c in verb.children if c.i > verb.i and c.lower_ in PRO_FORMS and c.dep_ in (
        "dobj", "advmod", "intj", "npadvmod", "ccomp", "attr", "nsubj")), None)
    if pro is None or source is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if pro.lower_ == "much":  # `said as much in an interview`: the words `as much`, not where they were said
        return Attribution(verb.idx, _end(verb), source, pro.left_edge.idx, _end(pro)) \
            if pro.left_edge.lower_ == "as" else None
    return Attribution(verb.idx, _end(verb), source, *_subtree(pro))


def _raised(verb: Token) -> bool:
    """`went on to say`, `seemed to acknowledge`, `was quick to call`, `took to Twitter to accuse`: an infinitive
    under a verb or adjective that only frames its subject's own act, which `_source` reaches by climbing.
    `went on to` may be parsed as a purpose (`advcl`)."""
    head = verb.head
    if head.lemma_.lower() == "go":  # `went on to say`; `is going to say` is not said yet
        return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
    if head.lemma_.lower() == "take":  # `took to Twitter to accuse`: the medium, then the act
        return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    return verb.dep_ == "xcomp" and head.lemma_.lower() in FRAMING_HEADS


def _self_report(verb: Token, source: Token | None) -> bool:
    """`Stein said she plans to join`: a speaker's own plan or belief is what the speaker said, not a
    second attribution."""
    head = verb.head
    return (verb.dep_ == "ccomp" and cue_lemma(head) in SAYING and source is not None
            and source.pos_ == "PRON" and head.i != verb.i)


def _after_colon(verb: Token, marks: list[Quotation]) -> tuple[int, int] | None:
    """`Limbaugh added:` or `Said Ellis:` and then the quotation or paragraph that follows the colon."""
    doc = verb.doc
    colon = next((t for t in doc[verb.i + 1 : verb.i + 5] if not (t.pos_ == "PROPN" or t.is_space)), None)
    if colon is None or colon.text != ":":
        return None
    text = text_of(doc)
    start = _end(colon)
    while start < len(text) and text[start].isspace():
        start += 1
    quoted = next((m for m in marks if 0 <= m.start - start <= 1), None)
    if quoted is not None:
        return quoted.start, quoted.end
    same_line = "\n" not in text[_end(colon) : start]
    stop = text.find("\n" if same_line else "\n\n", start)
    end = min(stop if stop >= 0 else len(text), start + _BLOCK_LIMIT)
    start, end = _trimmed(text, start, end)
    return (start, end) if end - start > 10 else None


def _judging(verb: Token, source: Token | None) -> Attribution | None:
    """`X views the deal as a betrayal`, `he sees the calendar as favorable`, `voters see security as their top
    concern`: the object and what it is seen as are the content, whoever holds the view."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    role = next((c for c in verb.children if c.dep_ in ("prep", "oprd") and c.lower_ == "as"), None)
    if role is None and thing is not None:
        role = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if source is not None and role is None:
        weighed = _weighed(verb)
        if weighed is not None:
            start, end = _trimmed(text_of(verb.doc), *_subtree(weighed))
            return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None
    if source is None or thing is None or role is None:
        return None
    start, end = _trimmed(text_of(verb.doc), thing.left_edge.idx, _end(role.right_edge))
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _weighed(verb: Token) -> Token | None:
    """What a verb of judging takes as a thought rather than a sight or a role: a clause it sees (`saw that Obama
    could win`, `don't see where he gets it`) or weighs (`is considering whether to order`, `considered selling her
    eggs`), or a small clause it holds true (`considers the plan a mistake`); not `saw the crowd`, `saw him leave`."""
    lemma = cue_lemma(verb)
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i):
        opener = clause.left_edge
        if (opener.lower_ in ("that", "whether", "if") and opener.dep_ == "mark") or (
                opener.tag_ in ("WRB", "WP") and opener.lower_ != "what"):
            return clause if lemma in ("see", "consider") and not (opener.lower_ == "if" and lemma == "see") else None
        if lemma == "consider" and clause.tag_ == "VBG" and opener.i == clause.i:
            return clause
        if lemma == "consider" and clause.pos_ in ("ADJ", "NOUN", "PROPN") and any(
                c.dep_ == "nsubj" for c in clause.children):
            return clause  # `considers Mrs. Clinton untrustworthy`: a small clause, what is held of someone
    return None


def _held_as(verb: Token) -> Attribution | None:
    """`Rubio is seen as the strongest candidate`, `what happened can hardly be considered a stumble`, `she was
    known as the rainmaker`: a view held by no one named (an implicit source); what is seen, as what, is
    the content. With an agent (`was seen by some as a demotion`) the agent is the source, a case of its own."""
    deps = {c.dep_ for c in verb.children}
    if "auxpass" not in deps or "agent" in deps:
        return None
    # (a reputation by `for`: `is known for speaking her mind`, `will be remembered for her devotion`; not `was
    # considered for the job`)
    reputed = cue_lemma(verb) in _REPUTED
    role = next((c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "xcomp", "acomp") or (
        c.dep_ == "prep" and (c.lower_ in ("as", "of") or (c.lower_ == "for" and reputed))))), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
    if subject is None or role is None:
        return None
    start, end = _trimmed(text_of(verb.doc), subject.left_edge.idx, _end(role.right_edge))
    return Attribution(verb.idx, _end(verb), None, start, end) if end > start else None


# Verbs whose passive with `for` tells what the subject is held in mind for.
_REPUTED = frozenset({"know", "remember"})
# Verbs of belief and report whose passive raises what is reported to the subject (`is believed to`, `is said to`);
# not a request (`was asked to`), whose subject is the one asked.
_REPORTED_OF = frozenset({"expect", "believe", "think", "say", "report", "rumor", "rumour", "consider", "know",
                          "presume", "suppose", "understand", "allege", "estimate", "predict", "project", "see"})


# Verbs said or done to someone (`were asked whether`, `was told that`, `has been offered`), whose passive subject
# is the one addressed or the thing given, never the one who spoke.
_DIRECTED = frozenset({"ask", "tell", "urge", "advise", "press", "pressure", "order", "instruct", "invite",
                       "encourage", "offer", "promise", "warn", "inform", "assure", "question", "quiz"})


def _reported_of(verb: Token) -> Attribution | None:
    """`Kopp is believed to be in Mexico`, `Obama is expected to join Clinton soon`: a passive report with no agent
    and an infinitive; the one believed or expected is what is reported, with the infinitive, and the source is
    unnamed (implicit, as PolNeAR marks it), not the subject."""
    deps = {c.dep_ for c in verb.children}
    if "auxpass" not in deps or "agent" in deps or cue_lemma(verb) not in _REPORTED_OF:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                       and any(a.tag_ == "TO" for a in c.children)), None)
    if subject is None or infinitive is None or subject.tag_ in ("WDT", "WP"):
        return None
    start, end = _trimmed(text_of(verb.doc), subject.left_edge.idx, _end(infinitive.right_edge))
    return Attribution(verb.idx, _end(verb), None, start, end) if end > start else None


def _by_agent(verb: Token) -> Attribution | None:
    """`was rejected by 59 percent of voters`, `a measure opposed by unions`, `was told by aides that ...`: the
    agent is the source; a clause after the cue is the content, else what the passive is said of (its
    subject, or the noun the participle describes)."""
    agent = next(c for c in verb.children if c.dep_ == "agent")
    source = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if source is None:
        return None
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    text = text_of(verb.doc)
    if clause:
        start, end = clause[0].left_edge.idx, _end(clause[-1].right_edge)
    elif subject is not None:  # what it is said of; `for his remarks` after the agent would cross the cue
        start, end = _subtree(subject)
    elif verb.dep_ in ("acl", "amod", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head  # `a measure opposed by unions`: the measure
        start, end = head.left_edge.idx, _end(head) if verb.i > head.i else _end(head.right_edge)
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _parenthetical(verb, source)  # `As reported by the Post, the plan failed`: the clause around it
    else:
        return None
    start, end = _trimmed(text, start, end)
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _topic(verb: Token, source: Token | None) -> Attribution | None:
    """`X spoke of the suffering`, `voted against the bill`: what the preposition governs is the content."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS
                 and verb.i < c.i <= verb.i + 3), None)
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
    if any(c.tag_ == "MD" for c in verb.children) and not _share(source):
        return None  # `would never vote for her`, `should speak about it`: not done, so nothing reported
    if verb.lemma_.lower() == "vote" and source is not None and (not objects or _no_topic(prep, objects[0])):
        return _vote(verb, source)  # (`voted on Tuesday to close it`: when, and then what)
    if (source is None and not _passive_report(verb)) or not objects or _no_topic(prep, objects[0]):
        return None  # (`Clinton was asked about her speeches`: asked by someone unnamed)
    start, end = _trimmed(text_of(verb.doc), *_subtree(objects[0]))
    return Attribution(verb.idx, _end(prep), source, start, end) if end > start else None


def _vote(verb: Token, source: Token) -> Attribution | None:
    """`voted to end the filibuster`, `voted in favor of the bill`, `voted down the measure`: a decision cast by
    vote says what its voters want, as `voted for` does; `voted on Tuesday` says nothing of what."""
    doc = verb.doc
    for side in filter(None, map(side_taken, verb.children)):  # `in favor of the bill`, `in support of`
        of = next((p for p in side.children if p.dep_ == "prep" and p.lower_ in ("of", "to")), None)
        what = next((o for o in of.children if o.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if of is not None and what is not None:
            start, end = _trimmed(text_of(doc), *_subtree(what))
            return Attribution(verb.idx, _end(of), source, start, end) if end > start else None
    # `voted down the bill` (the particle parsed as a preposition too), `voted the bill down`
    particle = next((c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "down"), None)
    thing = next((c for c in (*verb.children, *(particle.children if particle is not None else ()))
                  if c.dep_ in ("dobj", "pobj")), None)
    if particle is not None and thing is not None:
        start, end = _trimmed(text_of(doc), *_subtree(thing))
        cue_end = _end(particle) if particle.i == verb.i + 1 else _end(verb)
        return Attribution(verb.idx, cue_end, source, start, end) if end > start else None
    # (an infinitive after other words may be parsed as a purpose: `voted 7-2 on Monday to close it`)
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and infinitive(c)),
                  None)
    if clause is None:
        return None
    start, end = _trimmed(text_of(doc), *_subtree(clause))
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _share(source: Token | None) -> bool:
    """`27 percent would vote for Trump`: a share of those polled, whose `would` is the answer they gave."""
    return source is not None and source.ent_type_ in ("PERCENT", "CARDINAL")


# Entities that measure a speech rather than say what it was about (`spoke for 77 minutes`, `talked on Friday`).
_MEASURES = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})
# Entities that a speech is made on, not about: a channel or a programme (`speaking on ABC's "This Week"`).
_CHANNELS = frozenset({"ORG", "WORK_OF_ART", "FAC"})


def _no_topic(prep: Token, head: Token) -> bool:
    """`spoke for 77 minutes`, `spoke on Friday`, `speaking on CNN`, `spoke on the condition of anonymity`: the
    preposition gives the speech's length, time, channel or terms, not what it was about."""
    if head.ent_type_ in _MEASURES:
        return True
    return prep.lower_ == "on" and (head.ent_type_ in _CHANNELS or head.lemma_.lower() == "condition")


def _object_act(verb: Token, source: Token | None, prepositions: frozenset[str] = OBJECT_PREPOSITIONS,
                takes_object: bool = True) -> Attribution | None:
    """`X called for a ban`, `X criticized the plan`: the object (or the preposition's object) is the content;
    with `takes_object` False, only a preposition's (a verb of thought has no object to report)."""
    # a participle with no auxiliary is a reduced relative (`a man called Smith`), unless it has two complements,
    # which only a finite verb the parser took for one takes (`Trump called Clinton a bigot`), after a name
    # (`called Friday for releasing the videos`: a weekday the parser took for a complement is when, not what)
    complements = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i and not _when(c)]
    finite = len(complements) > 1 and source is not None and source.pos_ == "PROPN"
    # `Beruff, a Scott ally, called the standards "strong."`: a participle on a name the parser made the root of
    # a sentence with no other verb is that sentence's verb
    lost = subject_of_a_lost_verb(verb)
    finite = finite or (lost is not None and (lost.pos_ == "PROPN" or lost.dep_ == "nsubj") and (bool(complements) or (
        lost.i != verb.head.i and any(c.dep_ == "prep" and c.i > verb.i for c in verb.children))))
    if source is None or (verb.tag_ == "VBN" and not finite
                          and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)):
        return None
    content = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp", "oprd") and not _when(c)), None)
    if content is not None and not takes_object:
        return None
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    cue_end = _end(particle) if particle is not None and " " in cue_lemma(verb) else _end(verb)  # `laid out`
    first: Token | None = None  # where the content starts, when not at its own left edge
    if content is None and cue_lemma(verb) in OBJECT_ONLY_ACTS:
        return None  # `the pair embracing on a sunbed`: a cause is embraced as an object, never through a phrase
    if content is None:
        prep = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in prepositions
                     and verb.i < c.i <= verb.i + 2), None)
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
        if objects and prep is not None and _no_topic(prep, objects[0]):
            return None  # `said on Monday`: a time, not what was said
        if objects:
            content, cue_end = objects[0], _end(prep)  # type: ignore[union-attr]
        else:  # `called for all candidates to lay out specifics`, hung on the verb as an adverbial clause
            content = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                            and any(g.dep_ in ("nsubj", "aux") for g in c.children)), None)
            mark = content.left_edge if content is not None else None
            if mark is None or not takes_object or mark.lower_ != "for" or mark.i != verb.i + 1:
                return None  # `worried as prices rose` is no content
            cue_end, first = _end(mark), verb.doc[mark.i + 1]  # `called for`, the clause after it
    if content.lower_ in _NO_CONTENT:
        return None
    if cue_lemma(verb) == "claim" and content.lemma_.lower() in _PRIZES:
        return None  # `claimed the lives of`, `claimed a 10-3 win`: taken, not asserted
    if cue_lemma(verb) == "resist" and content.lemma_.lower() in ("arrest", "capture"):
        return None  # `resisted arrest`: a body held out, no cause
    # the whole predicate from the object on: `called him "a genius"`, `attacked Clinton for her support
    # of the war`, `portrayed himself as a manipulator`; not a time (`on Friday`) or a clause of its own
    rest = [c for c in verb.children if c.i > content.i and c.dep_ in _PREDICATE_DEPS
            and not (c.dep_ in ("prep", "advmod") and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree))]
    last = max([content, *rest], key=lambda c: c.right_edge.i)
    doc = verb.doc
    start, end = _trimmed(text_of(doc), (first or content.left_edge).idx, _end(last.right_edge))
    return Attribution(verb.idx, cue_end, source, start, end) if end > start else None


def _source(verb: Token, sent: Span) -> Token | None:
    """The subject of the cue; of the verb it continues (`..., saying`, `and said`); an inverted one
    (`said the minister`); or a name just before it that the parser attached elsewhere. None for an
    implicit source (`It was reported that`)."""
    node = verb
    while True:
        # (`Q: Have you talked to ...?`: the label of an interview's line, parsed as a second subject, is no one)
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS and not _transcript_label(c)]
        # `"He is great. One of the best," Smith said`: the quotation's last fragment, parsed as a second subject
        outside = [c for c in subjects if not any(t.text in CLOSING_TOKENS for t in verb.doc[c.i + 1 : verb.i])]
        subjects = outside if len(subjects) > 1 and outside else subjects
        # `the department, which he argued seeks ...`: the relative pronoun is the subject of what was said
        speakers = [c for c in subjects if c.tag_ not in ("WDT", "WP") and c.lower_ != "that"]
        subjects = speakers if len(subjects) > 1 and speakers else subjects
        named = _name_before(verb) if subjects and node.i != verb.i else None
        if named is not None and any(t.text in CLOSING_TOKENS for t in verb.doc[subjects[0].i + 1 : verb.i]):
            return named  # `"... we will achieve justice," Chief Jordan said`: not `we`
        if subjects and in_dateline(past_dateline(subjects[0])):
            break  # `NEW YORK, June 5 -- "...," Smith told reporters`: the parser's subject is the dateline's place
        if subjects:
            expletive = subjects[0].lower_ in ("it", "there") and subjects[0].dep_ == "nsubjpass"
            return None if expletive else past_dateline(subjects[0])
        if node.dep_ == "acl" and node.head.dep_ in ("dobj", "dative") and cue_lemma(node.head.head) in SAYING | {
                "write", "send", "text"} and cue_lemma(node.head.head) not in _DIRECTED:
            # `emailed supporters saying: "..."`: the sender says it, not the addressees (but `urging those calling
            # for his withdrawal`: those call for it)
            node = node.head.head
            continue
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.head.lemma_.lower() in MESSAGE_NOUNS and (
                cue_lemma(node.head.head) in RELEASING):
            node = node.head.head  # `released a statement saying`: who put the statement out says it
            continue
        lost = subject_of_a_lost_verb(node)
        if lost is not None:
            return lost  # `Roy Cooper (D), McCrory's opponent in the election, called for`: the apposition's name
        if node.dep_ == "acl" and _set_off_from_phrase(node):
            # `ended the debate with a reference to the film, remarking, "..."`: a participle after a comma is
            # the act of the clause's subject, not of the noun of a phrase the parser hung it on
            node = node.head.head.head
            while node.dep_ in ("pobj", "dobj") and node.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
                node = node.head.head if node.dep_ == "pobj" else node.head
            continue
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head  # `a posting saying that`, `Trump, claiming that`
        if node.dep_ == "pcomp" and node.head.dep_ in ("prep", "conj"):
            # `criticised for saying that`: the one criticised said it; `at a hearing for his role in X and for
            # saying that`: up through the conjoined prepositions and the nouns they hang on, to the verb
            prep = node.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head
            node = prep.head
            while node.dep_ in ("pobj", "dobj") and node.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
                node = node.head.head if node.dep_ == "pobj" else node.head
            credited = _credited(node) if prep.lower_ == "for" else None
            if credited is not None:
                return credited  # `praised Obama for saying`, `gives credit to X for speaking out`: X said it
            continue
        if _speakers_own(node):
            node = node.head.head  # `said he would order a review and warned against hackers`: the sayer warned
            continue
        if node.dep_ == "conj" and _closed_before(node.head, node):
            # `saying: "The struggle continues" and vowing to compete`: a verb after a quotation's close goes on
            # from the verb the quotation hangs on, not from the quoted verb
            node = node.head
            if node.head.i == node.i:
                break
            node = node.head
            continue
        # `voters are more likely to say`, `was quick to condemn`: the adjective frames its subject's own act
        framing = node.dep_ == "acomp" and node.lemma_.lower() in FRAMING_HEADS
        if (not framing and node.dep_ not in ("advcl", "conj", "xcomp")) or node.head.i == node.i:
            break
        node = node.head
    # (`said Tuesday a spokesman`: a time after the cue is when, not who)
    inverted = [c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i
                and c.ent_type_ not in _TIMES
                and (c.pos_ == "PROPN" or c.ent_type_ or c.lemma_.lower() in ("spokesman", "spokeswoman"))]
    if inverted:
        return inverted[0]
    named = _name_before(verb)
    if named is None:
        named = _fronted_apposition(node, sent)
    if named is None:
        named = subject_before_aside(verb, sent)
    if named is None:
        named = _count_before(verb)
    return named if named is not None else _detached_subject(verb, sent)


def _count_before(verb: Token) -> Token | None:
    """`About 4 in 10 say ...`, `Less than a third agreed that ...`: a poll's count with no noun, which the parser
    hangs on the verb as a number or a measure rather than as its subject."""
    doc = verb.doc
    return next((c for c in verb.lefts if c.dep_ in ("nummod", "npadvmod") and (
        c.like_num or c.lemma_.lower() in FRACTIONS) and all(  # right before the verb (`about 4 in 10 would say`)
        t.dep_ in ("aux", "neg", "advmod") for t in doc[c.right_edge.i + 1 : verb.i])), None)


def _speakers_own(verb: Token) -> bool:
    """A cue the parser joined by `and` or `but` to the verb of a reported clause, in the simple past or present
    where that verb has a modal or a perfect `have` it does not share: `said he would order a review and warned
    against hackers`, `complained Khan had attacked him and questioned why ...`: the sayer's own second act, by
    the tense rule `positions` uses for targets (`holders.parted_from_report`), or by the clause's subject
    (`_teller_goes_on`)."""
    clause = verb.head
    parted = parted_from_report(verb) or _teller_goes_on(verb)
    if not (parted and clause.head.i != clause.i and cue_lemma(verb) in CUE_VERBS
            and cue_lemma(clause.head) in SAYING and not reported_alike(verb)):
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and clause.i < c.i < verb.i for c in clause.children)
    # (`said he will try ... and that he wants to lead`: a second clause said, with its own `that`)
    return joined and not any(c.dep_ == "mark" for c in verb.children)


# Finite verb tags, the simple tenses of a telling's own next act.
_TENSES = frozenset({"VBZ", "VBP", "VBD"})


# Pronouns by the kind of teller they can stand for.
_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_PRONOUNS = frozenset({"it", "they"})


def _teller_goes_on(verb: Token) -> bool:
    """`He announced that the plan was dead and vowed to fight on`, `Ginsburg said she didn't want to think about it
    and predicted that ...`: a finite verb of speech with no subject or auxiliary of its own, joined to a reported
    clause whose subject could not have spoken (`the plan`) or is the teller again (`she` of Ginsburg), is the
    teller's next act, however the parser hung it. (A thought or a wish so joined stays in the report: `said she
    was elated but still feared the military`.)"""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or verb.tag_ not in _TENSES or cue_lemma(verb) not in SAYING \
            or any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    told = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if told is None or teller is None:
        return False
    if told.pos_ == "NOUN" and not can_hold_a_view(told):
        return True
    pronoun = told.lower_
    if teller.tag_ == "PRP":
        return pronoun == teller.lower_
    # (`the mayor said she ...`: an office is held by a person; `the company said it ...`: a body)
    person = teller.ent_type_ == "PERSON" or (teller.pos_ == "PROPN" and teller.ent_type_ == "") or (
        teller.tag_ == "NN" and is_title_word(teller))
    return pronoun in (_PERSON_PRONOUNS if person else _BODY_PRONOUNS)


def _releases_a_message(verb: Token) -> bool:
    """`released an ad`, `released its list of delegates`; not `released the hostages`, nor a statement whose
    own participle says what it says (`released a statement saying`)."""
    message = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return message is not None and message.lemma_.lower() in MESSAGE_NOUNS and not any(
        c.dep_ == "acl" and cue_lemma(c) in SAYING for c in message.children)


def _addresses_a_matter(verb: Token) -> bool:
    """`addressed the concerns`, `did not address his tweets`; not a person, a body or a gathering spoken to."""
    matter = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return matter is not None and matter.pos_ == "NOUN" and matter.ent_type_ == "" and not (
        is_actor_noun(matter.lemma_.lower()) or matter.lemma_.lower() in AUDIENCES)


def _set_off_from_phrase(participle: Token) -> bool:
    """A participle after a comma, hung on the object of a preposition that names no one who could say it."""
    noun = participle.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    return comma and noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.ent_type_ == "" and not (
        is_actor_noun(noun.lemma_.lower()))


def _closed_before(quoted: Token, verb: Token) -> bool:
    """A quotation opens before `quoted` and closes between it and `verb`, which a conjunction joins on
    (`"..." and vowing`; not the misparsed `"...," Chief Jordan said`)."""
    doc = quoted.doc
    closed = next((t.i for t in doc[quoted.i + 1 : verb.i] if t.text in CLOSING_TOKENS), None)
    return closed is not None and any(t.dep_ == "cc" for t in doc[closed : verb.i]) and any(
        t.text in OPENING_TOKENS for t in doc[max(quoted.left_edge.i - 1, 0) : quoted.i])


def _credited(verb: Token) -> Token | None:
    """Whom a verb credits or blames for an act of speech: its person object (`praised Obama for saying`), or the
    one its noun object is given to (`gives credit to X for`); None when the verb's own subject did it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ in ("VERB", "AUX") else []
    if not objects:
        return None  # `went to Ohio for saying`: nobody is credited
    if objects[0].pos_ in ("PROPN", "PRON") or objects[0].ent_type_ in ("PERSON", "ORG", "NORP"):
        return objects[0]
    given = next((c for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"), None)
    return next((g for g in given.children if g.dep_ == "pobj"), None) if given is not None else None


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    """The characters of the datelines that hand over to their story with a dash (`WASHINGTON (Reuters) -`)."""
    return [(doc[start].idx, _end(doc[end - 1])) for start, end in handed_over(doc)]


def _past_dateline(text: str, found: Attribution, spans: list[tuple[int, int]]) -> Attribution | None:
    """The attribution with its content cut after a dateline the parser stretched it over (`WASHINGTON -- "We
    will fight this," the governor said`: `We will fight this`, all quoted); None when nothing is left."""
    cut = next((end for start, end in spans if start <= found.content_start < end), None)
    if cut is None:
        return found
    start, end = _trimmed(text, cut, found.content_end)
    return replace(found, content_start=start, content_end=end) if end > start else None


def _fronted_apposition(verb: Token, sent: Span) -> Token | None:
    """`On Dec. 2, Col. Steven Warren, a military spokesman, said ...`, `In addition to Mr. Regalado, two
    members of Congress have said ...`: a subject the parser hung as an apposition of the object of a phrase
    opening the sentence, which it runs up to the verb."""
    if verb.head.i != verb.i or not finite(verb):
        return None
    doc = verb.doc
    last = verb.i - 1  # the subject's last word: before the commas and auxiliaries that lead to the verb
    while last > sent.start and (doc[last].is_punct or (doc[last].head.i == verb.i
                                                         and doc[last].dep_ in ("aux", "neg"))):
        last -= 1
    token = doc[last]
    while token.dep_ != "appos" and token.head.i < token.i and token.head.i >= sent.start:
        token = token.head
    while token.dep_ == "appos" and token.head.dep_ == "appos":
        token = token.head  # `Col. Steven Warren, a military spokesman`: the first of the chain
    if token.dep_ != "appos" or token.head.dep_ != "pobj" or token.right_edge.i != last:
        return None
    return token if any(a.i == verb.i for a in token.head.ancestors) else None


def _detached_subject(verb: Token, sent: Span) -> Token | None:
    """The subject of a finite verb of saying that the parser hung elsewhere: the noun phrase right after
    the cue when a comma or a closing mark comes before it (`..., said David Brock, a Clinton confidant`),
    else the nearest noun phrase before it when it reads as a subject (`about two-thirds, 67 percent, say`;
    not `in a line aimed at Mr. Trump - declared`, an object)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or cue_lemma(verb) not in SAYING \
            or verb.dep_ not in ("ROOT", "dep", "parataxis", "conj", "ccomp"):
        return None
    doc = verb.doc
    after = verb.i + 1
    while after < sent.end and doc[after].ent_type_ in _TIMES:
        after += 1  # `said this week the mayor`: when it was said, then who
    if after < sent.end and doc[after].pos_ in ("PROPN", "NOUN", "DET") and verb.i > sent.start \
            and doc[verb.i - 1].text in (",", "”", "''", '"', "—", "-"):
        token = doc[after]
        while token.head.i != token.i and token.head.i > verb.i and token.head.pos_ in ("PROPN", "NOUN"):
            token = token.head
        return token
    chunks = [chunk for chunk in sent.noun_chunks if chunk.end <= verb.i]
    if not chunks:
        return None
    root = chunks[-1].root
    subject_like = ("nsubj", "nsubjpass", "ROOT", "dep", "appos", "npadvmod", "nmod", "compound")
    return root if root.dep_ in subject_like or root.head.i == verb.i else None


def _name_before(verb: Token) -> Token | None:
    """A name just before the cue that the parser attached elsewhere (`Chief Chuck Jordan said`)."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in SALIENT_LABELS:
        return before
    return None


def _parenthetical(verb: Token, source: Token | None) -> Attribution | None:
    head = verb.head
    while head.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and head.head.i != head.i:
        # `These employees, Stumpf explained, were well paid`, hung on `were`: the clause of `paid`; `Trump, as the
        # Post reported, met them`, hung on `Trump`: the clause of `met`
        head = head.head
    doc = verb.doc
    if head.i == verb.i:  # the parser made the aside the sentence's root: the sentence is the content
        tokens = list(verb.sent)
    else:
        tokens = [t for t in head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
    if source is None or not tokens:
        return None
    start, end = _trimmed(text_of(doc), tokens[0].idx, _end(tokens[-1]))
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _aside(verb: Token) -> bool:
    """A cue set off inside the clause it reports on: `X, Stumpf explained, were ...`, `The economy, he
    believes, will recover` (the parser hangs it under that clause's verb), or `as Smith noted, ...`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (`as Clinton told the Daily News, ...`: whom one tells is no content of one's own)
    told = cue_lemma(verb) == "tell"
    if subject is None or subject.lower_ == "you" or any(c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "dobj" and not (told and can_hold_a_view(c))) for c in verb.children):
        return False  # `as he welcomed guests` is a time; `you know` a filler
    doc, last = verb.doc, verb.right_edge.i
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    if verb.dep_ == "advcl":
        # `as Smith noted, the plan failed`, `..., as police have said.`, `Spicer -- as the campaign noted -- even
        # promoted him`; not `as rich as he claims to be`
        dashed = doc[last].text in DASHES or (last + 1 < len(doc) and doc[last + 1].text in DASHES)
        ends = closed or dashed or (last + 1 < len(doc) and doc[last + 1].is_sent_end and doc[last + 1].is_punct)
        return (cue_lemma(verb) in _SAID_OR_THOUGHT and _hangs_on_a_clause(verb) and ends
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))
    if verb.dep_ == "ROOT":
        return _root_aside(verb, subject)
    if verb.dep_ not in ("ccomp", "parataxis") or verb.i > verb.head.i or cue_lemma(verb.head) in CUE_VERBS:
        return False  # `X called for Y, sources said`: the cue is the one after
    return closed


def _hangs_on_a_clause(verb: Token) -> bool:
    """The aside hangs on a clause's verb, or on a noun the parser took for the clause: the sentence's root
    (`However, as Politico has reported, cases ... included`, root `cases`) or a subject (`Trump, as the Post
    reported, met them`)."""
    head = verb.head
    nominal_clause = head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("ROOT", "nsubj", "nsubjpass")
    return head.pos_ in ("VERB", "AUX") or nominal_clause


def _root_aside(verb: Token, subject: Token) -> bool:
    """`These employees, Stumpf explained earlier in the hearing, were well paid`, parsed with the cue as the
    root: the sentence's subject before a comma (or a dash), the cue's subject after it, and the clause going on
    after the comma (or dash) that closes the cue's adverbials."""
    doc, sent = verb.doc, verb.sent
    subject = _nearest_subject(verb) or subject
    opening = subject.left_edge.i - 1
    if opening > sent.start and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == opening for c in verb.children):
        opening -= 1
    if opening <= sent.start or doc[opening].text not in _ASIDE_MARKS or cue_lemma(verb) not in SAYING \
            or doc[sent.start].pos_ in ("ADP", "ADV", "SCONJ"):
        return False  # `In Ohio, Smith said on Monday, and left`: no subject before the aside
    closing = next((c for c in verb.rights if c.dep_ == "punct" and c.text == doc[opening].text), None)
    return closing is not None and any(
        c.dep_ in ("conj", "ccomp", "dep") and c.pos_ in ("VERB", "AUX") and c.i > closing.i
        and not any(g.dep_ in _SUBJECTS for g in c.children) for c in verb.children)


# What sets an aside off: a pair of commas or of dashes (`Spicer -- as the campaign noted -- promoted him`).
_ASIDE_MARKS = DASHES | {","}


def _nearest_subject(verb: Token) -> Token | None:
    """The cue's own subject, the one nearest before it: `Spicer, as Clinton's campaign noted this week, even
    promoted Sanders`, where the parser gave the aside's verb the sentence's subject too."""
    return max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)


def _as_clause(verb: Token, sent: Span) -> Attribution | None:
    """`Hawaii, as one of his advisers pointed out, rarely gets hurricanes` parsed with `as` a preposition of
    the cue: what the sentence says around the `as ... pointed out` aside is the content."""
    marker = next((c for c in verb.lefts if c.lower_ == "as" and c.dep_ == "prep"), None)
    if marker is None or marker.i == sent.start or verb.doc[marker.i - 1].text != ",":
        return None
    doc = verb.doc
    last = max([verb.i, *(c.i for c in verb.children if c.dep_ == "prt")])
    if last + 1 >= sent.end or doc[last + 1].text != ",":
        return None
    start, end = _trimmed(text_of(doc), sent.start_char, _end(sent[-1]))
    source = next((c for c in verb.children if c.dep_ in _SUBJECTS and marker.i < c.i < verb.i), None)
    return Attribution(verb.idx, _end(doc[last]), source, start, end) if end > start and source else None


def _misread_complement(verb: Token) -> Token | None:
    """`told a meeting of leaders that few people understood ...`, `tweeted in the early hours that X was
    ...`, `insisted in the same interview that X was wrong`: a `that` clause the parser hung on a noun after
    the cue as a relative clause, or as the clause of a noun of the telling's circumstances, though its `that`
    is no pronoun of it (the clause has its own subject); or as an adverbial clause of the cue itself, with
    `that` or with no conjunction at all (`said after the convention he would not accept`)."""
    for token in verb.subtree:
        hung_on_noun = token.dep_ in ("relcl", "acl") and token.head.dep_ in ("dobj", "pobj", "dative")
        if token.i <= verb.i or not (hung_on_noun or (token.dep_ == "advcl" and token.head == verb)):
            continue
        if token.dep_ == "acl" and not (token.head.dep_ == "pobj" and token.head.head.lower_ in _CIRCUMSTANCES):
            continue  # `rejected the claim that`, `referred to reports that`: the noun's own clause
        first = token.left_edge
        if _a_result(verb, token):
            continue
        # a copula takes no object: `that` hung on `was` as its object is the clause's conjunction
        subject = any(c.dep_ in _SUBJECTS and c.i > first.i for c in token.children)
        if first.lower_ == "that" and (first.dep_ in ("mark", "advmod") or (
                first.dep_ == "dobj" and first.head == token and token.lemma_ == "be")) and subject:
            return token
        if token.dep_ == "advcl" and subject and finite(token) and not any(
                c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in token.children):
            return token  # not `complained for hours, the room getting colder`: no finite clause
    return None


def _a_result(verb: Token, clause: Token) -> bool:
    """`added so many layers that it would ...`, `complained so loudly that no one heard`: after `so` or `such`
    following the cue, the `that` clause tells the result, not what was said (`So far, he said that` does not)."""
    return any(t.lower_ in ("so", "such") and verb.i < t.i < clause.left_edge.i for t in verb.subtree)


# Cues of an answer, whose content may be what it was made with or by (`responded with attacks`).
_RESPONDING = frozenset({"respond", "reply", "answer", "retort", "react"})
_WH_ADVERBS = frozenset({"when", "why", "how", "where"})
# Cues whose unsaid content may be a `when` clause (`has not said when`); `did not respond when asked` is a time.
_TELLING = frozenset({"say", "tell", "explain", "disclose", "reveal", "specify", "indicate", "decide", "know"})


def _question(verb: Token) -> Token | None:
    """`asked the students if they were always so serious`, `wondered whether it would last`: an indirect
    question the parser hung on the cue as an adverbial clause; `if` only after a verb of asking with no
    question of its own as object (`will ask questions if he is late` sets a condition), and not `whether or
    not`, a concession. After a negated cue, also `when`, `why`, `how`, `where`."""
    asked = cue_lemma(verb) in _ASKING and not any(c.dep_ == "dobj" and c.lemma_.lower() == "question"
                                                    for c in verb.children)
    marks = ("whether", "if") if asked else ("whether",)
    doc = verb.doc
    found = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        g.dep_ == "mark" and g.lower_ in marks and g.i == c.left_edge.i and doc[g.i + 1].lower_ != "or"
        for g in c.children)), None)
    if found is None and cue_lemma(verb) in _TELLING and any(c.dep_ == "neg" for c in verb.children) and not any(
            c.dep_ in ("dobj", "ccomp") for c in verb.children):
        # `have not said when they would act`, `would not say why`: what was left unsaid, a question
        found = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                      and c.left_edge.tag_ == "WRB" and c.left_edge.lower_ in _WH_ADVERBS
                      and any(g.dep_ in _SUBJECTS for g in c.children)), None)  # not `did not comment when asked`
    return found


def _trailing(verb: Token, source: Token, sent: Span) -> Attribution | None:
    """`Y, experts say.`, `Y, he told reporters on Monday.`: a cue and its subject closing the sentence after a
    comma, with nothing after the cue but its audience, a time or a channel; Y is the content."""
    doc = verb.doc
    kept = {t.i for c in verb.children if c.i > verb.i and _framing(verb, c) for t in c.subtree}
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space or t.i in kept)]
    first = min(source.left_edge.i, verb.i)
    if verb.dep_ not in ("ROOT", "conj") or after or first - 1 <= sent.start or doc[first - 1].text != ",":
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : first - 1]):
        return None  # `On Monday, he told reporters.`: a time before the comma, nothing told
    start, end = _trimmed(text_of(doc), sent[0].idx, doc[first - 1].idx)
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _framing(verb: Token, part: Token) -> bool:
    """A part after a cue that frames the telling, not what was told: the audience of `told` (`told reporters`),
    a time (`Monday`), or where it was said (`in a statement`, `on Twitter`)."""
    if part.dep_ in ("dobj", "dative"):
        return cue_lemma(verb) == "tell"
    return part.dep_ == "npadvmod" or (part.dep_ == "prep" and part.lower_ in ("in", "on"))


def _said_of(verb: Token, source: Token | None) -> bool:
    """`Teach the past, so history isn't repeated`: a passive cue whose subject is what is said, not who says
    the clause before it."""
    return source is not None and any(c.dep_ == "auxpass" for c in verb.children)


def _passive_report(verb: Token) -> bool:
    """`It was reported that ...`, `... is believed to`: an implicit source."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _adjacent_quotations(verb: Token, sent: Span, marks: list[Quotation], source: Token | None) -> list[Quotation]:
    """The quotations this cue introduces: those touching its clause (or its source's name, where the parser
    hung that elsewhere) on either side, split quotes too."""
    text = text_of(verb.doc)
    left, right = verb.left_edge.idx, _end(verb.right_edge)
    if source is not None and source.i == verb.i - 1 and source.head.i != verb.i:
        left = min(left, _name_start(source).idx)  # `"...," Tulsa police Chief Chuck Jordan said`, misparsed
    # clauses of their own after the cue (`..., adding that "..."`, `and said "..."`) own their quotations
    others = [(c.left_edge.idx, _end(c.right_edge)) for c in verb.children
              if c.dep_ in ("advcl", "conj", "relcl") and c.i > verb.i]
    chosen = []
    for mark in marks:
        # (one opening in such a clause is its own, whatever the parser made of the marks and stop closing it:
        # `said Biden, urging them to “give him time.”`)
        if any(start <= mark.start < end for start, end in others) or _quoted_by_another(verb, mark):
            continue
        if mark.end <= left:
            if _runs_into(text, mark, left):
                chosen.append(mark)
        elif mark.start >= right or mark.overlaps(left, right):
            gap = text[right : mark.start].rstrip(_MARK_CHARS) if mark.start > right else ""
            # (a quotation a colon opens in the next paragraph is another sentence: the colon hands it over)
            beside = mark.overlaps(sent.start_char, sent.end_char) or _opened_by_colon(text, mark, verb)
            if beside and set(gap) <= _BETWEEN and len(gap) <= 3:
                chosen.append(mark)
    # a quotation in another paragraph (or on the next line after a finished sentence: a paragraph a line) is no
    # neighbour of the cue, whatever sentence the parser ran on, unless a colon opens it as a block
    return [m for m in chosen if not (m.start <= verb.idx < m.end) and (_opened_by_colon(text, m, verb) or not (
            PARAGRAPH_BREAK.search(text, min(m.end, verb.idx), max(m.start, verb.idx))
            or _LINE_AFTER_SENTENCE.search(text, min(m.end, verb.idx) - 1, max(m.start, verb.idx))))]


def _quoted_by_another(verb: Token, mark: Quotation) -> bool:
    """A quotation in the cue's clause that another source's cue frames as its own object (`sought to shed what
    Gilbert called "a perception problem"`): that source's words, not the cue's."""
    inside = verb.doc.char_span(mark.start, mark.end, alignment_mode="contract")
    words = [t for t in inside if not t.is_punct] if inside is not None else []
    if not words or not verb.is_ancestor(words[0]):
        return False  # (a quotation beside the cue, not inside its clause)
    node = words[0]
    while node.head.i != verb.i and mark.start <= node.head.idx < mark.end:
        node = node.head  # the quotation's own head word
    frame = node.head  # what the quotation is the object or complement of
    return frame.i != verb.i and node.dep_ in ("dobj", "oprd", "attr") and cue_lemma(frame) in CUE_VERBS and any(
        c.dep_ == "nsubj" for c in frame.children)


def _opened_by_colon(text: str, mark: Quotation, verb: Token) -> bool:
    """`The company said in a statement:` and the quotation in the next paragraph: the colon hands it over."""
    return mark.start > verb.idx and text[: mark.start].rstrip(" \t\n" + _MARK_CHARS).endswith(":")


def _runs_into(text: str, mark: Quotation, at: int) -> bool:
    """`"We will win," he said`: a quotation that runs into its cue at `at` ends with `,`, `?`, `!` or a dash;
    one ending with a period closes its own sentence, and a paragraph break ends any."""
    gap = text[mark.end : at].lstrip(_MARK_CHARS) if mark.end < at else ""
    said = text[mark.start : mark.end].rstrip(_MARK_CHARS + " ")  # (a nested quotation's `,' "` spaced out)
    runs_on = said.endswith(tuple(",?!—–-")) or gap.lstrip().startswith(",")
    return runs_on and set(gap) <= _BETWEEN and len(gap) <= 3 and not PARAGRAPH_BREAK.search(gap)


def _set_off(verb: Token, source: Token | None, mark: Quotation) -> bool:
    """A quotation a verb of manner of speaking reports: run on into the verb or its subject (`"...," he
    laughed`, `"...," smiled Lowell`) or opened by a comma or colon right after it or its audience (`he
    snapped: "..."`, `she whispered to him: "..."`). A quotation further off names a thing (`sneered at the
    "Contract with America"`, `laughed off "fake news" reports`), and one with no comma or colon before it
    is a noise (`the sirens wailed "evacuate now"`)."""
    text = text_of(verb.doc)
    before = _name_start(source).idx if source is not None and source.i < verb.i else verb.idx
    if mark.end <= before:
        return _runs_into(text, mark, before)
    audience = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
    after = _end(audience.right_edge) if audience is not None else _end(verb)  # `whispered to him: "..."`
    gap = text[after : mark.start].rstrip(_MARK_CHARS)
    return set(gap) <= _BETWEEN and len(gap) <= 3 and bool(set(gap) & {",", ":"})


def _name_start(source: Token) -> Token:
    """The first word of the words naming the source: `Tulsa police Chief Chuck Jordan` of `Jordan`."""
    doc, i = source.doc, source.i
    while i > source.sent.start and (doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i - 1].is_title):
        i -= 1
    return doc[i]


def _closes_sentence(verb: Token, sent: Span) -> bool:
    """The cue's phrase, with no object, is the last of its sentence, a period after it (`Sam Lau said in a
    statement.`)."""
    last = sent[-1] if not sent[-1].is_space else sent[-2]
    return last.text == "." and verb.i < last.i and verb.right_edge.i >= last.i - 1 and not any(
        c.dep_ == "dobj" for c in verb.children)  # (`said nothing.`: what was said is given)


def _continuations(sent: Span, marks: list[Quotation]) -> list[Quotation]:
    """The quotations that stand alone right after the cue's sentence in its paragraph: `"A," she said.
    "B." "C."` (not `"B," he said`, which has a speaker of its own)."""
    text = text_of(sent.doc)
    found: list[Quotation] = []
    end = sent.end_char
    for mark in marks:
        if mark.start <= end:
            continue
        if text[end : mark.start - 1].strip(" \u00a0"):
            break  # words or a line break between: a new paragraph or a narrative sentence
        after = text[mark.end + 1 :].lstrip(" \u00a0")
        if after and after[0] not in "\n“\"‘'":
            break
        found.append(mark)
        end = mark.end + 1
    return found


def _according_to(token: Token) -> Attribution | None:
    """`According to X, Y` and `Y, according to X`: the content is the rest of the clause."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to, sent = doc[token.i + 1], token.sent
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if token.dep_ == "prep" and source is not None:
        clause = token.head
        while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
        left, right = clause.left_edge.i, clause.right_edge.i + 1
    else:
        # misparsed (`According` as the root, `according to show insiders` as a verb): the phrase runs
        # to the next punctuation, its last noun is the source, and the sentence is the clause
        phrase_end = to.i + 1
        while phrase_end < sent.end and not doc[phrase_end].is_punct:
            phrase_end += 1
        nouns = [t for t in doc[to.i + 1 : phrase_end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns:
            return None
        source, phrase_start, left, right = nouns[-1], token.i, sent.start, sent.end
    if phrase_start <= left:
        left = phrase_end
    elif phrase_end >= right:
        right = phrase_start
    else:
        right = phrase_start if phrase_start - left >= right - phrase_end else right
    if right <= left:
        return None
    start, end = _trimmed(text_of(doc), doc[left].idx, _end(doc[right - 1]))
    return Attribution(token.idx, _end(to), source, start, end) if end > start else None


def _in_survey(token: Token) -> Attribution | None:
    """`In a CNN/ORC poll last month, 38 percent of voters said ...`: a poll opening the clause it reports; the
    rest of the clause is the content. (One closing it, `has led Clinton in every poll`, is left: PolNeAR marks
    it for some polls and not for others, `leading in the polls` least of all.)"""
    if token.lower_ != "in" or token.dep_ != "prep" or token.i > token.head.i or token.head.pos_ not in ("VERB", "AUX"):
        return None
    survey = next((c for c in token.children if c.dep_ == "pobj"), None)
    if survey is None or survey.lemma_.lower() not in SURVEY_NOUNS:
        return None
    doc = token.doc
    start, end = _trimmed(text_of(doc), _end(token.right_edge), _end(token.head.right_edge))
    return Attribution(token.idx, _end(token), survey, start, end) if end > start else None


def _records_show(verb: Token, sent: Span) -> Attribution | None:
    """`He sold it to Mr. Trump in 2010, records show.`, `During the same stretch, F.A.A. records show, the plane
    flew 216 hours`: evidence set off by commas after or inside the clause it reports. Read from the words, since
    the parser takes such a source for a verb (`records`) or its verb for a noun (`show`)."""
    doc = verb.doc
    if verb.lemma_.lower() not in EVIDENCE_VERBS or verb.i + 1 >= sent.end or verb.i - 2 <= sent.start:
        return None
    after = doc[verb.i + 1]
    source = doc[verb.i - 1]
    if after.text not in (".", ",", ";") or not (
            source.lower_ in EVIDENCE_NOUNS or source.lemma_.lower() in EVIDENCE_NOUNS):
        return None
    comma = next((t for t in reversed(doc[max(sent.start, verb.i - 9) : verb.i - 1]) if not (
        t.is_alpha or t.like_num or t.text in (".", "-", "'s", "’s") or "." in t.text)), None)
    # (a noun phrase between the comma and the verb: not `she sent an email saying`)
    if comma is None or comma.text != "," or comma.i == sent.start or verb.tag_ in ("VBG", "VBN") or any(
            t.lower_ in ("and", "or", "but", "that", "which", "who") or t.pos_ == "PRON" or (
                t.tag_ in ("VBD", "VBP", "VBZ", "MD") and t.i < source.i) for t in doc[comma.i + 1 : verb.i]):
        return None
    start, end = doc[sent.start].idx, comma.idx
    if after.text == "," and after.i + 1 < sent.end and doc[after.i + 1].lower_ not in ("and", "but", "or"):
        # inside the clause: the clause goes on to the next comma (`and, records show, does not use the plane
        # much, Mr. Trump has cited it`: what follows is another's)
        close = next((t for t in doc[after.i + 1 : sent.end] if t.text in (",", ";")), doc[sent.end - 1])
        end = close.idx if close.text in (",", ";") else _end(close)
    start, end = _trimmed(text_of(doc), start, end)
    return Attribution(verb.idx, _end(verb), source, start, end) if end > start else None


def _put_it(verb: Token) -> Attribution | None:
    """`As Vulture put it, "Hello, it's the Biebs."`, `..., as a memo put it`: a wording credited to its source;
    the clause around it is the content."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl" or ("dobj", "it") not in deps or (
            "mark", "as") not in deps or any(dep == "prt" for dep, _ in deps):
        return None  # (`as he put it down`: a thing laid down)
    source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause, doc = verb.head, verb.doc
    if verb.i < clause.i:  # fronted: what follows it
        start, end = _end(verb.right_edge), _end(clause.right_edge)
    else:  # after what it credits
        start, end = clause.left_edge.idx, doc[verb.left_edge.i].idx
    start, end = _trimmed(text_of(doc), start, end)
    return Attribution(verb.idx, _end(verb), source, start, end) if source is not None and end > start else None


def _reportedly(adverb: Token) -> Attribution | None:
    """`The FBI is reportedly making arrangements to interview her`: hearsay that no source is named for (an
    implicit source, as PolNeAR marks it); the clause the adverb modifies is the content. On a cue of its own
    (`reportedly said`) the cue's record reports it."""
    verb = adverb.head
    if adverb.lower_ != "reportedly" or adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") \
            or cue_lemma(verb) in CUE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    first = subject.left_edge if subject is not None else verb.left_edge  # not a phrase fronted before it
    start, end = _trimmed(text_of(adverb.doc), first.idx, _end(verb.right_edge))
    return Attribution(adverb.idx, _end(adverb), None, start, end) if end > start else None


def _by_attitude(adjective: Token, sent: Span) -> Attribution | None:
    """`Ackman is convinced that Valeant will recover`, `Cruz was critical of the deal`, `they remain hopeful that
    ...`, `Sanders was ready to fight`: an adjective of belief, stance or will whose subject holds it toward the
    clause or phrase after it, the content."""
    if adjective.lower_ not in ATTITUDES or not (adjective.dep_ == "acomp" or _participle_of_feeling(adjective)):
        return None
    part = next((c for c in adjective.children if c.i > adjective.i and (
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPOSITIONS))), None)
    if part is None:  # `is bearish on coal`, `was adamant that she keep the upper hand`: hung on the verb
        part = next((c for c in adjective.head.children if (c.i == adjective.i + 1 and c.dep_ == "prep"
                     and c.lower_ in ATTITUDE_PREPOSITIONS and not any(
                         _no_topic(c, g) for g in c.children if g.dep_ == "pobj")) or (
                         c.dep_ == "ccomp" and c.left_edge.i == adjective.i + 1 and c.left_edge.lower_ == "that")),
                    None)
    if part is not None and part.dep_ == "xcomp" and adjective.dep_ != "acomp":
        return None  # `was encouraged to run`: what others moved one to do
    cue_end = _end(adjective)
    if part is not None and part.dep_ == "prep":
        cue_end = _end(part) if part.i == adjective.i + 1 else cue_end
        part = next((g for g in part.children if g.dep_ in ("pobj", "pcomp")), None)
    source = _source(adjective if adjective.dep_ != "acomp" else adjective.head, sent)
    if part is None or source is None or source.lower_ in ("it", "there"):
        return None
    if adjective.lower_ in ALSO_OF_THINGS and not can_hold_a_view(source):
        return None
    if adjective.lower_ in ("sure", "certain") and part.dep_ == "xcomp":
        return None  # `is sure to spur a war`: a likelihood, no one's certainty
    start, end = _trimmed(text_of(adjective.doc), *_subtree(part))
    return Attribution(adjective.idx, cue_end, source, start, end) if end > start else None


def _participle_of_feeling(word: Token) -> bool:
    """`Protesters were frustrated that ...`, `Republicans were incensed that ...`: the adjective of feeling the
    parser read as a passive verb, with no agent (`were frustrated by the police` stays a passive)."""
    return word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children) and not any(
        c.dep_ == "agent" for c in word.children)


def _drew(verb: Token, sent: Span) -> Attribution | None:
    """`Trump is drawing criticism after he appeared to suggest ...`, `the clip has faced ridicule online`, `the U.N.
    came under withering criticism for its failure`: a reaction from people the text does not name (with `from`,
    they are named and the verb is theirs to report); what it is for, else who drew it, is the content."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DRAWING_REACTIONS:
        return None
    reaction = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS), None)
    under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
    if reaction is None and under is not None:
        reaction = next((c for c in under.children if c.dep_ == "pobj" and c.lemma_.lower() in REACTIONS), None)
    if reaction is None or any(c.dep_ == "prep" and c.lower_ == "from" for c in (*reaction.children,
                                                                                    *verb.children)):
        return None
    reason = next((c for c in (*reaction.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "for"), None)
    content = next((c for c in reason.children if c.dep_ in ("pobj", "pcomp")), None) if reason else None
    cue_end = _end(reason) if content is not None else _end(reaction)  # type: ignore[arg-type]
    if content is None:
        content = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if content is None or content.tag_ in ("WDT", "WP"):
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(content))
    return Attribution(verb.idx, cue_end, None, start, end) if end > start else None


def _drawn_from(noun: Token) -> Attribution | None:
    """`Cruz received the endorsement of Gov. Pence`, `picked up an endorsement from Perry`, `the program is facing
    criticism from environmentalists`: a stance drawn from givers the text names, who are its source; what it is
    for, else who drew it, is the content. Not one striven for (`hopes to win the backing of`)."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ == "xcomp" or (
            noun.lemma_.lower() not in DRAWN_SIDES | REACTIONS or verb.lemma_.lower() not in DRAWING_REACTIONS):
        return None
    came = next((c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"), None)
    giver = next((c for c in came.children if c.dep_ == "pobj"), None) if came is not None else None
    giver = giver or owner_named_after(noun)  # `won the backing of the union`, not `drew criticism of the plan`
    if giver is None or not can_hold_a_view(giver):
        return None
    reason = next((c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "for"), None)
    content = next((c for c in reason.children if c.dep_ in ("pobj", "pcomp")), None) if reason else None
    if content is None:
        content = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if content is None or content.tag_ in ("WDT", "WP"):
        return None
    start, end = _trimmed(text_of(verb.doc), *_subtree(content))
    return Attribution(verb.idx, _end(noun), giver, start, end) if end > start else None


def _evident(adjective: Token) -> Attribution | None:
    """`It's obvious that they are wasting their breath`, `it was unclear whether the judges would rule`: how
    plain something is, to an observer the text does not name (PolNeAR's implicit source); the clause is the
    content, `it` and the adjective the cue."""
    if adjective.dep_ != "acomp" or adjective.lower_ not in EVIDENT_ADJECTIVES:
        return None
    verb = adjective.head
    expletive = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i and any(
        g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children)), None)
    if expletive is None or clause is None or verb.lemma_ not in ("be", "seem", "become"):
        return None
    to = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    observer = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    start, end = _trimmed(text_of(adjective.doc), *_subtree(clause))
    # (`It is clear to me that ...`: the one it is plain to)
    return Attribution(expletive.idx, _end(adjective), observer, start, end) if end > start else None


def _by_noun(noun: Token) -> Attribution | None:
    """`the claim that Y`, `X's statement that Y`, `fears that Y`: the noun's clause is the content; its owner the
    source. With no clause, an owner's statement on a topic (`_owned_statement_on`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HELD_NOUNS:
        return None
    # (a `that` the parser marked as a conjunction opens the noun's content even in a clause it calls relative:
    # `his warning that Britain would have to go to the back of the queue`)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return _owned_statement_on(noun)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)  # `X made the claim that`
    start, end = _trimmed(text_of(noun.doc), *_subtree(clause))
    return Attribution(noun.idx, _end(noun), owner, start, end) if end > start else None


def _in_ones_view(noun: Token) -> Attribution | None:
    """`In Smith's view, the plan will fail`, `By Trump's own admission, his returns are thick`: a fronted phrase
    naming whose view or word the clause is; the owner is the source, the clause after the phrase the content."""
    prep = noun.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.dep_ != "pobj" or (prep.lower_, noun.lemma_.lower()) not in _VIEW_PHRASES:
        return None
    clause = prep.head
    if prep.dep_ != "prep" or clause.pos_ not in ("VERB", "AUX") or not prep.i < clause.i or (
            prep.i != noun.sent.start):
        return None  # (`He changed his mind in my view` ends no aside; only a phrase opening the sentence)
    after = prep.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].text == ",":
        after += 1
    tokens = [t for t in clause.subtree if t.i >= after]
    if not tokens:
        return None
    start, end = _trimmed(text_of(noun.doc), tokens[0].idx, _end(tokens[-1]))
    return Attribution(prep.idx, _end(noun), owner, start, end) if end > start else None


# Phrases that give whose view or word a clause is (`in my view`, `by his own admission`, `to her mind`).
_VIEW_PHRASES = frozenset({
    ("in", "view"), ("in", "opinion"), ("in", "estimation"), ("in", "judgment"), ("in", "judgement"),
    ("in", "assessment"), ("in", "words"), ("in", "eyes"), ("by", "admission"), ("by", "account"),
    ("to", "mind"),
})


def _owned_statement_on(noun: Token) -> Attribution | None:
    """`his comments on Muslims`, `Obama's claim about Clinton`, `Clinton's comments Tuesday on the shooting`: an
    owner's statement with what it was about; the owner is the source (`a comment on the bill` has none)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ == "its" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _STATEMENT_TOPICS and (
        c.i == noun.i + 1 or all(t.ent_type_ in ("DATE", "TIME") for t in noun.doc[noun.i + 1 : c.i]))), None)
    topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or topic is None or _no_topic(prep, topic):
        return None  # (`his remarks on Friday`, `her comments on CNN`: when or where, not what about)
    start, end = _trimmed(text_of(noun.doc), *_subtree(topic))
    return Attribution(noun.idx, _end(prep), owner, start, end) if end > start else None


# What a statement is about (`comments on`, `claim about`); not `of` (`his claim of victory` is the claim itself).
_STATEMENT_TOPICS = frozenset({"on", "about", "regarding", "over"})


def _owned_stance(noun: Token) -> Attribution | None:
    """`Clinton's support for the deal`, `their concern about costs`, `his desire to win`: a stance, feeling or
    wish its owner holds toward what follows; the owner is the source. With no owner (`support for the deal
    grew`) or nothing it is toward (`his support`), none."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STANCE_NOUNS or noun.dep_ == "ROOT":
        return None  # (a noun the parser made the root has taken the sentence's verb into its phrase)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("its",):
        return None
    needed = STANCE_NOUNS_NEEDING.get(noun.lemma_.lower())  # `his call for`, not `his call to the White House`
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in STANCE_NOUN_PREPOSITIONS
                 and c.i == noun.i + 1 and (needed is None or c.lower_ in needed)), None)
    toward = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if toward is not None and prep is not None and _no_topic(prep, toward):
        return None  # `the court's decision on Friday`: when, not what toward
    cue_end = _end(prep) if toward is not None else _end(noun)  # type: ignore[arg-type]
    if toward is None:
        toward = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and any(
            g.tag_ == "TO" for g in c.children)), None) or _infinitive_after(noun)  # `his desire to win`
    if toward is None:
        return None
    start, end = _subtree(toward)
    # (`He says Trump's call to ban Muslims has hurt him`: an infinitive the parser made the verb of a clause
    # whose subject is the noun holds the noun and its owner; what the wish is toward starts after the noun)
    start, end = _trimmed(text_of(noun.doc), max(start, cue_end), end)
    return Attribution(noun.idx, cue_end, owner, start, end) if end > start else None


def _infinitive_after(noun: Token) -> Token | None:
    """`continued with his call to bring Republicans together`: an infinitive right after the noun that the
    parser hung on the verb before it."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].tag_ != "TO":
        return None
    verb = doc[noun.i + 2]
    return verb if verb.tag_ == "VB" and doc[noun.i + 1].head.i == verb.i else None


def _side_taker(noun: Token) -> Attribution | None:
    """`Clinton has been an outspoken supporter of NATO`, `Adelson, a fierce supporter of Israel,`: one who takes
    a side toward what `of` names; the one the noun describes is the source. A name before the noun (`Jones, a
    Bush ally,`) describes the person more than it reports a side taken."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SIDE_TAKERS:
        return None
    of, about = targets.of_side_taker(noun)
    if of is None or not about:
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
        source = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif noun.dep_ == "appos":
        source = noun.head  # `Adelson, a fierce supporter of Israel,`
    elif (named := fronted_name(noun)) is not None:
        source = named  # `A longtime critic of the bank, Warren said`
    else:
        return None
    if source is None:
        return None
    start, end = _trimmed(text_of(noun.doc), *_subtree(about[0]))
    return Attribution(noun.idx, _end(of), source, start, end) if end > start else None


def _noun_is(noun: Token) -> Attribution | None:
    """`My impression is that he lacks support`, `the key question is whether voters will follow`: a noun of a
    statement or a thought as the subject of `be`, whose clause is the content; its owner, or who made it (`the
    promise she has made is that ...`), is the source, else the source is implicit."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.lemma_.lower() not in HELD_NOUNS:
        return None
    verb = noun.head
    if verb.lemma_.lower() != "be" or verb.i < noun.i:
        return None
    clause = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ == "ccomp" or (c.dep_ in ("attr", "acomp") and c.pos_ in ("VERB", "AUX")))), None)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        maker = next((c for c in noun.children if c.dep_ in ("relcl", "acl")), None)
        owner = next((c for c in maker.children if c.dep_ == "nsubj"), None) if maker is not None else None
    if owner is None and (noun.lemma_.lower() not in STATEMENT_NOUNS or not any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in clause.children)):
        # `The question is, why ...?`, `the point is that`, `the hope is that`: with no one named, the writer's
        # own question, point or hope; a claim, a charge or a promise is always someone's (`the claim is that`)
        return None
    start, end = _trimmed(text_of(noun.doc), *_subtree(clause))
    cue_end = _end(verb) if verb.i == noun.i + 1 else _end(noun)  # `concern is`; `promise` of `promise she made is`
    return Attribution(noun.idx, cue_end, owner, start, end) if end > start else None


# What may stand on a line before the name of a colon layout: nothing but an opening mark, or a headline and a
# dash that hands over to the name (`POLLS NOT WRONG, JUST EARLY - Mark Blumenthal: “...”`), with `From` or
# `More from` before a source that is a text (`More from the report: “...”`).
_LABEL_LEAD = re.compile(r'(^[\s"“]*|\s[-–—―]\s*)((more\s+)?from\s+(the\s+)?)?$', re.IGNORECASE)


def _when(complement: Token) -> bool:
    """`called Friday for releasing the videos`: a time the parser took for an object predicate is when it was
    said, not what (`a day at home` as an object stays)."""
    return complement.dep_ == "oprd" and complement.ent_type_ in ("DATE", "TIME")


def _in_a_label(word: Token) -> bool:
    """A word of a name or of the title before it (`Former secretary of state Hillary Rodham Clinton:`)."""
    return word.pos_ == "PROPN" or is_title_word(word) or word.lower_ in ("of", "former")


def _before_affiliation(colon: Token) -> Token:
    """The word before a colon, or before the party and state in brackets that precede it (`Rep. Trey Gowdy
    (R-S.C.):`, whose `):` the tokenizer keeps whole as an emoticon)."""
    doc = colon.doc
    closing = colon.i if colon.text == "):" else colon.i - 1
    if doc[closing].text not in (")", "):"):
        return doc[colon.i - 1]
    opening = next((t for t in doc[max(closing - 8, 0) : closing] if t.text == "("), None)
    return doc[opening.i - 1] if opening is not None and opening.i > 0 else doc[colon.i - 1]


_LEADING_SPACE = re.compile(r"\s*")


def _in_capitals(word: Token) -> bool:
    """A headline's abbreviation in a label, whatever the tagger made of it (`OK Gov Fallin:`, `OK` read as an
    interjection; `WSJ editorial:`). (Not any title-case word: `The Latest:`, `Big Win For Bernie:` are no
    sources.)"""
    return word.is_alpha and word.is_upper


def _addressing(name: Token, sent: Span) -> Token:
    """`Clinton to Planned Parenthood:`, `CNN President On Trump:`, `Former AG Mukasey at RNC:`: in a headline,
    the name before whom or what it speaks to, on or at; the word before the colon otherwise."""
    doc = name.doc
    for word in reversed(doc[max(sent.start + 1, name.i - 8) : name.i]):
        if "\n" in word.whitespace_:
            break
        if word.lower_ in ("to", "on", "at") and all(
                _in_a_label(t) or _in_capitals(t) for t in doc[sent.start : word.i]) and _addressed(word, name):
            return doc[word.i - 1]
    return name


def _addressed(word: Token, last: Token) -> bool:
    """Who or what a headline's name speaks to, on or at is named (`to Planned Parenthood`, `On Trump`, `at RNC`)
    and the speaker is a name or a title: not a plan (`Clinton to Announce Running Mate:`), an age (`Obama at
    55:`), an idiom (`Clinton on Defense:`, `Wall Street on Edge:`) or a topic (`Senate Vote on Iran Deal:`)."""
    doc = word.doc
    speaker = doc[word.i - 1]
    if speaker.ent_type_ not in ("PERSON", "ORG", "NORP") and not is_title_word(speaker) and not in_a_name_elsewhere(
            speaker):
        return False
    # (a title-case headline's tags are guesses: the word after is a name the article writes, or an acronym)
    after = doc[word.i + 1] if word.i + 1 <= last.i else None
    return after is not None and (in_a_name_elsewhere(after) or (after.is_upper and after.ent_type_ in SALIENT_LABELS))


def _turn_label(label: Span) -> bool:
    """`TAPPER: And obviously, you're supporting Trump`: a speaker's name in capitals that labels two turns or more
    of a transcript (`JAKE TAPPER:` and then `TAPPER:`), not a heading (`UPDATE:`, `PHOTO:`)."""
    if not all(t.is_upper and t.is_alpha for t in label) or is_junk(label.text):
        return False
    return _turn_labels(label.doc)[label[-1].text] >= 2


@once_per_doc
def _turn_labels(doc: Doc) -> Counter[str]:
    """How many lines each capitalised label opens, by its last word (`JAKE TAPPER:` and `TAPPER:` are two of
    `TAPPER`): read once per text, however many colons ask."""
    return Counter(re.findall(r"(?m)^[ \t]*(?:[A-Z][A-Z.'-]* )*([A-Z][A-Z.'-]*)[ \t]*:", text_of(doc)))


def _by_colon(colon: Token, sent: Span, marks: list[Quotation]) -> Attribution | None:
    """`Trump: "We will win."`, `Pence: Flowers Won't Be at Debate` (a headline), `WALLACE: Let's start`:
    a name that opens its line, a colon, and what follows on the line."""
    if colon.text not in (":", "):") or colon.i == sent.start:
        return None
    doc = colon.doc
    # (a headline, or the document's first line, which the parser may cut at the colon: `OK Gov Fallin:`)
    text = text_of(doc)
    titled = is_headline(sent) or text.rfind("\n", 0, colon.idx) < _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    name = _before_affiliation(colon)
    if titled:
        name = _addressing(name, sent)
    first = name
    while first.i > sent.start and "\n" not in doc[first.i - 1].whitespace_ and (
            _in_a_label(doc[first.i - 1]) or (titled and _in_capitals(doc[first.i - 1]))):
        first = doc[first.i - 1]
    line_start = text_of(doc).rfind("\n", 0, first.idx) + 1
    if not _LABEL_LEAD.search(text_of(doc)[line_start : first.idx]) or name.i - first.i > 3 + sum(
            t.pos_ != "PROPN" for t in doc[first.i : name.i + 1]):
        return None
    if colon.i - first.i == 1 and len(name.text) == 1:
        return None  # `Q:`, `A:` label the turns of an interview transcript, not a named source
    if name.pos_ != "PROPN" and name.ent_type_ not in SALIENT_LABELS and name.lemma_.lower() not in EVIDENCE_NOUNS \
            and not in_a_name_elsewhere(name) and not _turn_label(doc[first.i : name.i + 1]) and not (
            titled and is_actor_noun(name.lemma_.lower())):
        return None  # (a headline's `Clinton camp:`, `Insiders:`, `WSJ editorial:` are sources too)
    cue_start = _end(colon) - 1  # the colon, not the bracket the tokenizer kept with it
    after = next((m for m in marks if 0 <= m.start - _end(colon) <= 3), None)
    if after is not None:
        return Attribution(cue_start, _end(colon), name, after.start, after.end)
    line_end = text_of(doc).find("\n", _end(colon))
    start, end = _trimmed(text_of(doc), _end(colon), line_end if line_end >= 0 else len(text_of(doc)))
    return Attribution(cue_start, _end(colon), name, start, end) if end - start > 10 else None


def _framing_a_quotation(verb: Token, sent: Span, marks: list[Quotation]) -> Attribution | None:
    """`Fallon fired back: "..."`, `McCaskill scolded him: "..."`, `Sanders made the following comment: "..."`:
    a clause of its own, an actor its subject, whose colon opens a quotation, which is the content; the words
    from the verb to the colon are the cue."""
    if verb.pos_ not in ("VERB", "AUX") or not finite(verb):
        return None
    doc = verb.doc
    colon = next((t for t in doc[verb.i + 1 : min(verb.i + 10, sent.end)] if t.text in ":,;" or t.is_space or (
        t.pos_ in ("VERB", "AUX") and finite(t))), None)
    # (the parser may hang the clause on the quotation's verb: `Fallon fired back: "... we know ..."`)
    if colon is None or colon.text != ":" or (verb.dep_ not in ("ROOT", "conj") and verb.head.i < colon.i):
        return None
    if not _introduces_words(verb):
        return None  # `She wore a shirt with a slogan: "..."`
    source = _source(verb, sent)
    if source is None or not can_hold_a_view(source):
        return None
    after = next((m for m in marks if 0 <= m.start - _end(colon) <= 3), None)
    if after is None:
        return None
    return Attribution(verb.idx, _end(colon), source, *_trimmed(text_of(doc), after.start, after.end))


def _introduces_words(verb: Token) -> bool:
    """A cue verb (`scolded him:`), a retort (`fired back:`) or a verb of a message (`made the following
    comment:`, `is rolling out a new campaign message:`): what may put a quotation in its subject's mouth."""
    return cue_lemma(verb) in CUE_VERBS or any(
        (c.dep_ in ("prt", "advmod") and (verb.lemma_.lower(), c.lower_) in RETORTS)
        or (c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES)
        for c in verb.children)


def _headline_verb(verb: Token) -> Attribution | None:
    """`Carly Fiorina Endorses Ted Cruz`, `Obama Claims Hillary Most Qualified`: in a title-case headline the
    tagger takes a cue verb in the third person for part of a name (or the parser its object for one); the name
    before it is the source, the rest of the line up to a colon what was said."""
    if (verb.pos_ not in ("PROPN", "NOUN") and verb.tag_ != "VBZ") or verb.i == verb.sent.start or headline_stance_verb(
            verb.text, HEADLINE_CUES) is None:
        return None
    doc = verb.doc
    source = doc[verb.i - 1]
    if source.is_punct or (source.ent_type_ not in SALIENT_LABELS and not in_a_name_elsewhere(source)):
        return None
    end = headline_clause_end(verb)
    if end == verb.i + 1:
        return None
    return Attribution(verb.idx, _end(verb), source, doc[verb.i + 1].idx, _end(doc[end - 1]))


def _inverted(verb: Token, sent: Span, marks: list[Quotation]) -> Attribution | None:
    """`Said Ellis: "..."`, `Added the senator, "..."`: a sentence that opens with its cue, then its speaker
    and a colon or comma, then a quotation."""
    opening = sent.start + (sent[0].is_punct and sent[0].text in "\"“")
    if verb.i != opening or not verb.is_title or cue_lemma(verb) not in SAYING:
        return None
    doc = verb.doc
    stop = next((t for t in doc[verb.i + 1 : min(verb.i + 8, sent.end)] if t.text in (":", ",")), None)
    if stop is None or stop.i == verb.i + 1:
        return None
    words = doc[verb.i + 1 : stop.i]
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.text == "." for t in words):
        return None
    after = next((m for m in marks if 0 <= m.start - _end(stop) <= 3), None)
    if after is None:
        return None
    source = max(words, key=lambda t: (t.pos_ == "PROPN", t.i))
    return Attribution(verb.idx, _end(verb), source, after.start, after.end)


def _by_dash(dash: Token, marks: list[Quotation]) -> Attribution | None:
    """`"..." ― Sonya Herridge`: a quotation, a dash, and the name that signs it."""
    bare = dash.text.lstrip('”"’')  # the tokenizer may glue the dash to the closing mark: `.”―`
    if bare not in DASHES or dash.i + 1 >= len(dash.doc):
        return None
    text = text_of(dash.doc)
    at = _end(dash) - len(bare)
    # the name after the dash, past a no-break space the tokenizer keeps as a token of its own (`― Name`)
    name = next((t for t in dash.doc[dash.i + 1 : dash.i + 3] if not t.is_space), None)
    if name is None or not (name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    while name.i + 1 < len(name.doc) and name.doc[name.i + 1].pos_ == "PROPN" and "\n" not in name.whitespace_:
        name = name.doc[name.i + 1]  # `― Christina Lastra`: the name's last word heads it
    line_start = text.rfind("\n", 0, at) + 1
    before = next((m for m in marks if 0 <= at - m.end <= 3), None)
    if before is not None and not text[before.end : at].strip(' ”"’\u00a0') and (
            before.start <= line_start + 1 or text[line_start] not in '“"'):
        return Attribution(at, _end(dash), name, before.start, before.end)
    # a line signed by a name whose opening mark is missing or of the wrong kind (`”Mr. Trump ...” ― Name`), or
    # whose last pair of marks is a phrase it quotes (`“... all he has “the root of all evil’.” ― Name`)
    closing = text[:at].rstrip(" \u00a0")
    if not closing.endswith(("”", '"')):
        return None
    # inside the marks, as a paired quotation is
    start, end = line_start + (text[line_start] in '“”"'), len(closing) - 1
    return Attribution(at, _end(dash), name, start, end) if end - start > 10 else None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _subtree(token: Token) -> tuple[int, int]:
    """The characters of the token and all it governs."""
    return token.left_edge.idx, _end(token.right_edge)


_CLOSING_AFTER = re.compile(r"[.,;!?]?[”\"]")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The content without the punctuation and quotation marks around it, but with the mark that closes (or
    opens) a quotation begun (or ended) inside it: `like “maybe” and “perhaps”` is written so."""
    edges = " \n\t,;:.\"“”'‘’—–-"
    first, last = start, end
    while start < end and text[start] in edges:
        start += 1
    while end > start and text[end - 1] in edges:
        end -= 1
    inside = text[start:end]
    opens, closes = inside.count("“"), inside.count("”")
    straight_open = inside.count('"') % 2 == 1
    # the closing mark the parser left outside, after the sentence's stop (`was “disgusting.”`)
    closing = _CLOSING_AFTER.match(text, last)
    last = closing.end() if closing else last
    if (opens > closes and "”" in text[end:last]) or (straight_open and '"' in text[end:last]):
        end = min(i for i in (text.find("”", end, last), text.find('"', end, last)) if i >= 0) + 1
    elif (closes > opens and "“" in text[first:start]) or (straight_open and '"' in text[first:start]):
        start = max(text.rfind("“", first, start), text.rfind('"', first, start))
    return start, end


def _kind(text: str, found: Attribution, marks: list[Quotation]) -> str:
    """`direct` when all that was said is in quotation marks (the cue may split it), `mixed` when part is."""
    inside = [m for m in marks if m.overlaps(found.content_start, found.content_end)]
    if not inside:
        return "indirect"
    covered = [(m.start, m.end) for m in inside] + [(found.cue_start, found.cue_end)]
    rest = [i for i in range(found.content_start, found.content_end)
            if not any(a <= i < b for a, b in covered) and text[i].isalnum()]
    if not rest:
        return "direct"
    between = [i for i in rest if inside[0].end <= i < inside[-1].start]
    return "direct" if len(inside) > 1 and len(between) == len(rest) and len(rest) < 40 else "mixed"


def _author_of(source: Token) -> Token:
    """`according to a statement today by U.S. Attorney Mary Jo White`, `a report by the Associated Press said`:
    the author of a message named with `by` is the source, not the message."""
    if source.lemma_.lower() not in MESSAGE_NOUNS:
        return source
    by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return author if author is not None and (author.ent_type_ in SALIENT_LABELS or (
        not author.ent_type_ and is_actor_noun(author.lemma_.lower()))) else source


def _fact(text: str, found: Attribution, salience: Salience, running: object,
          marks: list[Quotation]) -> Fact:
    holder = holder_text = None
    if found.source is not None:
        found = replace(found, source=_author_of(found.source))
        speaker = speakers.of_cue(found.source, salience, running)  # type: ignore[arg-type]
        members = with_conjuncts(found.source)  # `Trump and Clinton said`: both are the source
        actors = [actor for member in members for actor in salience.describe(member, speaker)]
        if len(members) > 1 and len(actors) > 1:
            doc = found.source.doc
            holder_text = doc[noun_phrase(members[0]).start : noun_phrase(members[-1]).end].text
            holder = listed(actors)
        elif actors:
            holder, holder_text = listed(actors), actors[0].text
        else:
            holder_text = noun_phrase(found.source).text
            holder = written_source(found.source).text  # `that` -> `a shirt` it stands for
    # a source of no words at all (a space the recogniser took for a name) is no source: null, never ""
    holder, holder_text = (holder or "").strip() or None, (holder_text or "").strip() or None
    # a line signed with a dash is a quotation even where its marks do not pair (`”...” ― Name`)
    kind = "direct" if found.rule == "dash" else _kind(text, found, marks)
    return Fact(found.cue_start, found.cue_end, {
        "holder": holder,
        "holder_text": holder_text,
        "cue": text[found.cue_start : found.cue_end],
        "content": text[found.content_start : found.content_end],
        "content_start": found.content_start,
        "content_end": found.content_end,
        "kind": kind,
    }, rule=found.rule)
