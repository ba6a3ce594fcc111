"""What a stance is about: the words of the cue's object, complement or prepositional phrase."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..quotes.cues import JUDGING
from .actors import DASHES, SALIENT_LABELS
from .holders import parted_from_report
from .lexicon import NOUNS, NOUNS_NEEDING, SPEECH_VERBS, is_actor_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Prepositions that introduce what a stance is about (`support for`, `opposition to`, `stance on`).
TARGET_PREPOSITIONS = frozenset({"for", "to", "against", "on", "of", "over", "behind", "with", "about", "towards",
                                 "toward", "regarding", "concerning"})
_EDGE_JUNK = frozenset({"that", "to", "for", ",", ";", ":", "—", "–", "-", '"', "“", "”", "'"})
_TIMES = frozenset({"DATE", "TIME"})
_TIME_PREPOSITIONS = frozenset({"over", "on", "at"})
# `at times`, `at first`, `at the moment`: when or how often, never at whom.
_AT_WHEN = frozenset({"time", "times", "moment", "point", "first", "last", "least", "once", "present", "night"})
_TRAILING_PUNCT = frozenset({".", "!", "?", "(", ")", "[", "]", "...", "…", "‘", "’", "`", "``", "''"})


def text(heads: Iterable[Token]) -> str:
    """The text from the first to the last token of the heads' subtrees, trimmed of linking words."""
    heads = list(heads)
    tokens = [t for head in heads for t in head.subtree]
    if not tokens:
        return ""
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    for head in heads:
        # `his commitment to improving services for veterans| at an event held by ...`: a time, place or
        # occasion after the target's verb is the report's, not what the stance is about
        for token in head.subtree:
            for child in token.children:
                # `release the video, which the police have not done`: an aside on the target, not part of it
                if child.dep_ == "relcl" and child.left_edge.i > start + 1 and (
                        token.doc[child.left_edge.i - 1].text == ",") and not _inside_subject(token, child):
                    end = min(end, child.left_edge.i - 1)
                # `a supporter of Republican Donald Trump| who lives in Greeley`: a name takes no defining clause,
                # so one right after it is about someone named before (the parser hangs it on the nearest noun)
                if child.dep_ == "relcl" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and (
                        token.dep_ in ("dobj", "pobj")) and (
                        child.left_edge.i == token.i + 1 and child.left_edge.lower_ in ("who", "whom", "whose")) and (
                        child.left_edge.i > start + 1) and child.right_edge.i + 1 >= end:
                    end = min(end, child.left_edge.i)  # (only at the target's tail: not inside a clause it goes on)
                # `One pastor supporting Mr. Cruz, Darran Whiting of ..., said`: a person is not another person's
                # apposition; the second name is the subject's
                if child.dep_ == "appos" and _two_people(token, child) and (
                        child.left_edge.i > start + 1 and token.doc[child.left_edge.i - 1].text == ","):
                    end = min(end, child.left_edge.i - 1)
                # `reject the deal reached last week| — a move that may trigger opposition`: the writer's gloss
                # (a pair of dashes sets off an aside the target goes on after: `Shriver — a Kennedy — to replace`)
                if child.dep_ == "appos" and child.left_edge.i > start + 1 and _dash(
                        token.doc[child.left_edge.i - 1]) and not _closed_by_dash(child):
                    end = min(end, child.left_edge.i - 1)
                # `which supported Kloppenburg|, spent $345,430 on ads`: a participle with an object of its own after
                # a comma is the main clause's verb, which the parser hung on the name
                # (`East Jerusalem|, captured by Israel in 1967,`: a passive participle after a comma glosses a name;
                # after a common noun it may tell which one: `the bill, drafted by the mayor`)
                if child.dep_ == "acl" and child.tag_ in ("VBD", "VBN") and child.i > start + 1 and (
                        token.doc[child.i - 1].text == ",") and (any(c.dep_ == "dobj" for c in child.children) or (
                            child.tag_ == "VBN" and token.pos_ == "PROPN" and any(
                                c.dep_ == "agent" for c in child.children))):
                    end = min(end, child.i - 1)
            for child in token.children if token.pos_ in ("NOUN", "PROPN") else ():
                # `backed the plan| for political reasons`, `endorsed the deal| for the third time`: why or when the
                # stance was taken, which the parser may hang on the object (a clause's own `for years` stays)
                if _why_or_when(child) and child.left_edge.i > start:
                    end = min(end, child.left_edge.i)
                # `warnings about terrorism| and blistering attacks against Obama`: a second stance joined to the
                # object, with its own target, is another act
                if _second_stance(token, child) and child.left_edge.i > start + 1:
                    end = min(end, child.left_edge.i)
                # `rejected the notion that ...|, saying that ...`: the holder's words besides, hung on the object
                if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in SPEECH_VERBS and (
                        child.i == child.left_edge.i and child.i > start + 1 and token.doc[child.i - 1].text == ","):
                    end = min(end, child.i - 1)
            if token.pos_ == "VERB" and token.i >= start:
                for child in token.children:
                    if _participle_aside(child) and child.left_edge.i > start + 1:
                        # `wants to avoid giving grist to rivals|, recalling how ...`: the holder's own aside
                        end = min(end, child.left_edge.i - 1)
                    if _restated_object(token, child) and child.left_edge.i > start + 1:
                        # `wants to keep the country safe|, a goal they share`: the writer's gloss on the act
                        end = min(end, child.left_edge.i - 1)
                    if child.i > token.i and _circumstance(child) and child.left_edge.i > start and not _has_subject(
                            token):
                        # `a consumption tax| modeled after one in Europe`: a participle left with nothing after it
                        # goes with its phrase
                        dangling = token.dep_ == "acl" and child.left_edge.i == token.i + 1 and token.i > start
                        end = min(end, token.i if dangling else child.left_edge.i)
    doc = tokens[0].doc
    if doc[end - 1].tag_ == "POS" and end < len(doc):
        # `the Affordable Care Act’s| "Cadillac Tax" on expensive health plans`: an owner whose thing the parser hung
        # elsewhere; the target goes on to the thing, up to a comma
        owned = doc[end]
        while owned.head.i >= end and owned.head.i != owned.i and owned.pos_ not in ("NOUN", "PROPN"):
            owned = owned.head
        if owned.pos_ in ("NOUN", "PROPN") and owned.left_edge.i == end:  # (not `Mr. Trump's| and send ...`)
            end = next((t.i for t in doc[end : owned.right_edge.i + 1] if t.text in ",;"), owned.right_edge.i + 1)
    closing = end if end < len(doc) and _dash(doc[end]) else end - 1
    if closing + 1 < len(doc) and _dash(doc[closing]) and any(_dash(t) for t in doc[start:closing]) and (
            doc[closing + 1].dep_ == "prep"):
        # `to ban all Muslims — 1.6 billion members of a religion —| from entering the U.S.`: the target goes on after
        # the aside it opened, in a phrase the parser hung on the cue
        end = doc[closing + 1].right_edge.i + 1
    # `slams Trump, praises Clinton`: a verb joined to the object, or to the cue, is a second act; so is a told
    # verb joined to an infinitive (`urged the party to unite| and tried to make the case`), the holder's own
    end = next((_second_act_start(t) for t in doc[start + 1 : end] if t.dep_ == "conj" and t.pos_ == "VERB"
                and (t.head.pos_ in ("NOUN", "PROPN") or not start <= t.head.i < end or _finite_after_infinitive(t)
                     or _participle_after_finite(t) or parted_from_report(t))),
               end)
    # `safe areas for Syrians|, an approach several candidates have embraced`, `her gender|, something that could
    # endear her`: a gloss summing up the act after a comma, however the parser hung it
    end = next((t.i for t in doc[start + 2 : end] if t.text == "," and _gloss_after(t)), end)
    # `to take in 250,000 refugees| (Obama has proposed 10,000)`: a clause in brackets is the writer's aside
    end = next((t.i for t in doc[start + 2 : end] if t.text == "(" and any(
        w.pos_ in ("VERB", "AUX") for w in doc[t.i + 1 : min(end, _closing_bracket(t))])), end)
    # `to release copies of the speeches| - most directly for the past two weeks`: a lone dash opens the writer's
    # aside running to the end; a pair sets off one the target goes on after
    dashes = [t.i for t in doc[start:end] if _dash(t) and not _between_numbers(t)]
    if len(dashes) == 1 and dashes[0] >= start + 2:
        end = dashes[0]
    # a line break ends the target: a headline's next line (`slams Trump, ...'\nTALLAHASSEE`) is not part of it
    end = next((t.i if t.is_space else t.i + 1 for t in doc[start:end] if "\n" in t.text_with_ws), end)
    return _trimmed(doc, start, end)


def _dash(token: Token) -> bool:
    """A dash between words (`deal — a move`, `deal - a move`), not a hyphen inside one (`anti-establishment`)."""
    return token.text in DASHES and (token.text != "-" or bool(token.whitespace_))


def _between_numbers(dash: Token) -> bool:
    """`the 2015 - 2016 budget`: a range, no aside."""
    doc = dash.doc
    return 0 < dash.i < len(doc) - 1 and doc[dash.i - 1].like_num and doc[dash.i + 1].like_num


def _closed_by_dash(aside: Token) -> bool:
    after = aside.right_edge.i + 1
    return after < len(aside.doc) and _dash(aside.doc[after])


def _gloss_after(comma: Token) -> bool:
    """`, an approach ...`, `, a move that ...`, `, something that ...`: a noun that sums up the act before the
    comma, not a name's description (`Jones, a senator`)."""
    words = comma.doc[comma.i + 1 : comma.i + 4]
    if len(words) and words[0].lower_ == "something":
        return True
    return len(words) > 1 and words[0].lower_ in ("a", "an", "another") and any(
        w.lemma_.lower() in _GLOSS_NOUNS and w.pos_ == "NOUN" for w in words[1:])


def _closing_bracket(opening: Token) -> int:
    """The index of the `)` that closes `opening`, or the sentence's end."""
    return next((t.i for t in opening.doc[opening.i + 1 : opening.sent.end] if t.text == ")"), opening.sent.end)


# Nouns that sum up an act (`an approach`, `a move`, `something`).
_GLOSS_NOUNS = frozenset({"approach", "move", "step", "idea", "measure", "policy", "decision", "strategy", "tactic",
                          "gesture", "notion", "effort"})


def _restated_object(verb: Token, child: Token) -> bool:
    """A second object set off by a comma after the first (`keep the country safe, a goal they share`): a gloss
    on the act, which the parser hangs on the verb as another object."""
    doc = child.doc
    return (child.dep_ in ("dobj", "npadvmod") and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
            and any(c.dep_ == "dobj" and c.i < child.left_edge.i for c in verb.children))


def _has_subject(verb: Token) -> bool:
    """A finite complement clause (`warned that much of it would not reach the states before September`) says its
    own when, which is part of what was said (unlike a relative clause's or an infinitive's: `support of the raid
    that killed him| during a forum`, `a call for the US to accept refugees| on Monday`)."""
    return verb.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _inside_subject(noun: Token, clause: Token) -> bool:
    """`demanding that the flag, which bears the emblem, be removed`: a relative clause inside the subject of a
    clause the target goes on with is part of it."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > clause.right_edge.i


def _participle_aside(child: Token) -> bool:
    """`, recalling how ...`, `, saying ...`: a bare participle clause set off by a comma tells what the holder did
    besides, not what the stance is about."""
    doc = child.doc
    return (child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and child.i == child.left_edge.i
            and child.i > 0 and doc[child.i - 1].text == ","
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in child.children))


def _finite_after_infinitive(verb: Token) -> bool:
    """`to unite behind the nominee and tried to make the case`: a past or present verb with no subject of its own
    joined to an infinitive is not part of the infinitive; it shares the sentence's subject."""
    head = verb.head
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
    return infinitive and verb.tag_ in ("VBD", "VBZ") and not own_subject


def _participle_after_finite(verb: Token) -> bool:
    """`demanding Elian be returned to him| and saying he did not recognize the courts`: a participle with no subject
    joined to a verb of another form goes on from the cue's participle, the holder's next act; joined to a
    participle it is part of the target (`called for raising taxes and cutting spending`)."""
    joined = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return verb.tag_ == "VBG" and verb.head.tag_ != "VBG" and joined is not None and joined.lower_ == "and" and not any(
        c.dep_.startswith("nsubj") for c in verb.children)  # (`to run on issues rather than continuing to attack`)


def _second_act_start(verb: Token) -> int:
    """Where a second act begins: at the `and` or comma right before the verb's phrase, else at the phrase."""
    links = {c.i for c in verb.head.children if c.dep_ in ("cc", "punct")}
    start = verb.left_edge.i
    while start - 1 in links:
        start -= 1
    return start


def _two_people(name: Token, apposed: Token) -> bool:
    """Two proper names, one of them a person's, and neither another kind of entity."""
    kinds = {name.ent_type_, apposed.ent_type_}
    return name.pos_ == apposed.pos_ == "PROPN" and "PERSON" in kinds and kinds <= {"PERSON", ""}


# Verbs whose `as` says what their object is taken for (`viewing that as an endorsement`, `described the plan as a
# tax`), part of what a stance is about; after other verbs `as` tells a time or a reason.
TAKING_AS: frozenset[str] = JUDGING | frozenset({"describe", "perceive", "characterize", "characterise", "label",
                                                 "brand", "portray", "depict", "dismiss"})

_CIRCUMSTANCES = frozenset({"at", "during", "after", "before", "since", "amid", "while", "when", "as"})
# Verbs whose `as` names the role taken (`agreed to serve as a vice chairman of the fund`, `to stay on as coach`).
_ROLE_VERBS = frozenset({"serve", "act", "remain", "stay", "continue", "return", "run", "rejoin", "join", "sign",
                         "step", "stand", "work", "emerge"})


def _circumstance(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ == "as" and child.head.lemma_.lower() in TAKING_AS | _ROLE_VERBS:
        # `viewing that as an endorsement`, `described the plan as a tax`: what the object is taken for; `serve as
        # chairman`: the role
        return False
    if child.dep_ == "prep" and child.lower_ == "at" and any(o.lemma_.lower() == "hand" for o in child.children):
        return False  # `confront murders at the hands of attackers`: by whom, not where or when
    if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCES:
        return True
    if child.dep_ == "prep" and child.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS and any(d.dep_ in ("det", "poss") for d in o.children)
            for o in child.children):
        # `a transition to a "clean energy economy"| in a statement`: where the stance was declared (not a deed's own
        # occasions: `accused her of misrepresenting herself in interviews`)
        return True
    # (`a board to oversee the finances| because Republicans would control it`: why, not what)
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCES | {"because"}
                                         for m in child.children)


# Words of an occasion of saying, whose `in` phrase tells where a stance was declared.
_OCCASIONS = frozenset({"statement", "interview", "speech", "letter", "tweet", "post", "op-ed", "email", "release",
                        "remarks", "address", "appearance", "column", "editorial", "memo"})


def _why_or_when(prep: Token) -> bool:
    """A `for` phrase of a reason, an occasion or a length of time (`for political reasons`, `for the third time`,
    `for two years`); a deed praised or blamed for (`criticized the intervention in Libya| for leaving the country
    worse`)."""
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return False
    judged = prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _PRAISE_AND_BLAME
    return any((o.dep_ == "pobj" and (o.lemma_.lower() in _REASONS or o.ent_type_ in _TIMES)) or (
        o.dep_ == "pcomp" and o.tag_ == "VBG" and judged) for o in prep.children)


# Verbs of praise and blame, whose `for` and a gerund after the object is the deed praised or blamed.
_PRAISE_AND_BLAME = frozenset({"criticize", "criticise", "praise", "blame", "fault", "attack", "slam", "blast",
                               "condemn", "thank", "commend", "credit", "applaud", "chastise", "rebuke", "scold",
                               "lambaste", "mock", "ridicule", "denounce", "hail", "salute", "laud"})


# Nouns of why or on which occasion something is done.
_REASONS = frozenset({"reason", "sake", "purpose", "motive", "ground", "time", "occasion"})


def _second_stance(target: Token, conj: Token) -> bool:
    """A stance noun joined as a conjunct to what another stance noun is about, with a preposition of its own
    (`warnings about terrorism and attacks against Obama`), which the parser hung on the first one's target
    (`opposed the war and the support for the rebels` opposes both)."""
    needed = NOUNS_NEEDING.get(conj.lemma_.lower(), TARGET_PREPOSITIONS)
    return conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.lemma_.lower() in NOUNS and (
        target.dep_ == "pobj" and target.head.head.lemma_.lower() in NOUNS) and any(
        c.dep_ == "prep" and c.lower_ in needed for c in conj.children)


def text_between(first: Token, stop: Token) -> str:
    """The words from `first` up to (not including) `stop`, trimmed of linking words."""
    return _trimmed(first.doc, first.i, stop.i)


def _trimmed(doc: Doc, start: int, end: int) -> str:
    if sum(t.text in _DOUBLE_MARKS for t in doc[start:end]) % 2:
        # `called for "a fair deal" for its members`: the parse left a mark of the target's quotation outside it
        if start > 0 and doc[start - 1].text in _DOUBLE_MARKS:
            start -= 1
        elif end < len(doc) and doc[end].text in _DOUBLE_MARKS:
            end += 1
    while start < end and _linking(doc[start]) and not _paired(doc[start], doc[start + 1 : end]):
        start += 1
    # (a conjunction ends no target: `the boy be returned to him| and`, its verb hung on the cue)
    while end > start and (_linking(doc[end - 1]) or doc[end - 1].text in _TRAILING_PUNCT or (
            doc[end - 1].dep_ == "cc")) and not _paired(doc[end - 1], doc[start : end - 1]):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and "(" in doc[start:end].text:
        end += 1  # keep a parenthesis the target opened: `the Trans-Caspian Route (the Middle Corridor)`
    return doc[start:end].text


def _paired(mark: Token, rest: Span) -> bool:
    """`promises to “end” the Common Core`, `a ''consumption tax'' modeled`: a quotation mark at the target's edge
    whose partner is inside it stays, so that the target's marks pair."""
    return mark.text in _DOUBLE_MARKS and any(t.text in _DOUBLE_MARKS for t in rest)


_DOUBLE_MARKS = frozenset({"“", "”", '"', "''", "``"})


def _linking(token: Token) -> bool:
    """A word that links the target to its cue; `that` only as a complementiser (`demanded that the plant stay
    open`), not as a determiner or a pronoun (`hasn't endorsed that perspective`, `proposed just that`)."""
    return token.lower_ in _EDGE_JUNK and (token.lower_ != "that" or token.dep_ == "mark")


def prepositional(word: Token, prepositions: frozenset[str] = TARGET_PREPOSITIONS) -> list[Token]:
    """The objects of `word`'s prepositions that can carry a target."""
    found = []
    for child in word.children:
        # (`on Wednesday called on Dean`: a phrase before the word is not what it is about)
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in prepositions and child.i > word.i:
            # (`support from voters over the past week`: a time is not what a stance is about, unlike the
            # `demand for a four-day week`)
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp")
                         and not (child.lower_ in _TIME_PREPOSITIONS and c.ent_type_ in _TIMES)
                         and not (child.lower_ == "at" and c.lemma_.lower() in _AT_WHEN))
    return found


def of_side_taker(noun: Token) -> tuple[Token | None, list[Token]]:
    """Whom a side-taker noun is toward, with the `of` that names it: `a supporter of the treaty`, or a name
    before the noun (`an Obama supporter`, `a Scott ally`)."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    about = [c for c in of.children if c.dep_ in ("pobj", "pcomp")] if of is not None else []
    if about or noun.pos_ != "NOUN":
        return of, about
    if noun.lemma_.lower() == "champion":
        return None, []  # `the two-time British Open champion`: a title won; a cause's champion is `of` it
    return None, [c for c in noun.children
                  if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in SALIENT_LABELS]


def of_verb(verb: Token, preposition: str | None = None) -> list[Token]:
    """The object and infinitive, else the named preposition's object, else any target preposition's; a clause
    before the verb is not what it is about when an object follows it (`Listen below: ... he praised Graham`)."""
    if preposition is not None:
        objects = prepositional(verb, frozenset({preposition}))
        if objects:
            return objects
    subjectless = (verb.dep_ == "conj" and verb.tag_ == "VBN"
                   and not any(c.dep_.startswith("nsubj") for c in verb.children))
    shared = verb.head if subjectless else verb
    # `was criticised by X and welcomed by Y`: the second participle shares the first one's subject
    passive_subject = [c for c in shared.children if c.dep_ == "nsubjpass"] or _raised_subject(verb)
    if passive_subject:
        return passive_subject
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    if objects and verb.lemma_.lower() in _FOR_WHOM_VERBS:
        # `supporting a path to legal status| for illegal immigrants`: the parser hangs on the verb what the
        # object is for
        objects += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                    and c.i == objects[-1].right_edge.i + 1 and _for_someone(c)]
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and not _before_semicolon(c, verb)
               and not (c.i < verb.i and any(o.i > verb.i for o in objects))]
    if verb.lemma_.lower() in _FOR_WHOM_VERBS and any(_someone(o) for o in objects):
        # `mayors who have endorsed her| to help spread the word`: one backs a person, not a person to do something;
        # the infinitive is the sentence's purpose
        clauses = [c for c in clauses if c.dep_ != "xcomp"]
    if objects and objects[-1].lemma_.lower() in _PROPOSALS and not clauses:
        # `defended his call| to raise the minimum wage`: the parser hangs the proposal's own infinitive on the verb
        objects = run_on(verb, objects)
    if objects or clauses:
        return objects + clauses
    return prepositional(verb) or _name_run_into_day(verb) or _shared_object(verb)


# Nouns of a course of action proposed or promised, which an infinitive or a phrase after them completes.
_PROPOSALS = frozenset({"call", "plan", "proposal", "bid", "push", "effort", "decision", "promise", "pledge",
                        "commitment", "vow", "attempt", "move", "demand", "threat", "offer", "request", "drive"})


def _shared_object(verb: Token) -> list[Token]:
    """`criticized and rejected the bill`, `to oppose or try to thwart Obama's plan`: a verb with nothing of its
    own shares the object of the verb joined right after it (or of that verb's infinitive)."""
    if any(c.dep_ in ("prt", "prep", "dative") for c in verb.children):
        return []  # `spoke out and endorsed Trump`: a verb done with its particle says nothing of the next one's object
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if joined is None or not any(c.dep_ == "cc" and verb.i < c.i < joined.i for c in verb.children):
        return []
    for head in (joined, *(c for c in joined.children if c.dep_ == "xcomp")):
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return []


def run_on(verb: Token, heads: list[Token]) -> list[Token]:
    """`calls for a halt| to contacts with Israel`, `called for peace efforts| to be suspended`: what a demand is for
    goes on in a phrase or an infinitive the parser hung on the verb right after it."""
    end = max((t.i for head in heads for t in head.subtree), default=None)
    if end is None:
        return heads
    after = next((c for c in verb.children if c.left_edge.i == end + 1), None)
    if after is None or not ((after.dep_ == "prep" and after.lower_ in _RUN_ON_PREPOSITIONS and not any(
            o.ent_type_ in ("DATE", "TIME") for o in after.children)) or (
            after.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in after.children))):
        return heads
    return [*heads, after]


# A demand's object's own prepositions (`a halt to`, `a ban on`, `an end to`, `sanctions against`).
_RUN_ON_PREPOSITIONS = frozenset({"to", "on", "against", "of"})


def _raised_subject(verb: Token) -> list[Token]:
    """`The request was likely to be opposed by the relatives`: a passive infinitive's subject is the subject of
    the verb it hangs on (through `likely`, `expected`, `going`)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    node = verb.head
    if node.dep_ == "acomp":
        node = node.head
    return [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i][:1]


def _name_run_into_day(verb: Token) -> list[Token]:
    """`Jeb Bush endorsed Cruz Wednesday`: the object's name parsed as a compound of the day after it."""
    day = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ in ("DATE", "TIME")
                and c.lower_ in _WEEKDAYS), None)
    if day is None:
        return []
    return [c for c in day.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in (
        "DATE", "TIME") and c.i > verb.i]


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


# Verbs of proposing and backing, whose `for` phrase after the object says whom or what it is for (`proposed a
# tax credit for families`), unlike praise or blame, whose `for` is the reason (`praised him for his courage`).
_FOR_WHOM_VERBS = frozenset({"support", "back", "propose", "favor", "favour", "advocate", "champion", "endorse"})


def _for_someone(prep: Token) -> bool:
    """`backed a tax credit for families`, `proposed visas for Ukrainians`: whom the thing is for, a person or a
    group; not a time or a reason (`supported the bill for two years`, `for political reasons`, `for the third
    time`), which says when or why the stance was taken."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in _BENEFICIARY_LABELS or is_actor_noun(o.lemma_.lower())
                                     or _someone(o))
               for o in prep.children)


_BENEFICIARY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _someone(word: Token) -> bool:
    """A person named or pointed to (`Smith`, `her`), not `it`."""
    return word.ent_type_ == "PERSON" or (word.tag_ == "PRP" and word.lower_ != "it")


def _before_semicolon(clause: Token, verb: Token) -> bool:
    """`Protesters push through the heat; Crowds refuse to let ...`: a clause the semicolon closes before the verb
    is another statement, not what the verb is about."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.i : verb.i])


def of_noun(noun: Token) -> list[Token]:
    """`commitment to net-zero`, `offer to modernise customs`, `demand for lower fees`,
    `calls for the minister to resign`."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp", "advcl")
               and any(a.lower_ in ("to", "that", "for") and a.dep_ in ("aux", "mark") for a in c.children)]
    return prepositional(noun) + clauses
