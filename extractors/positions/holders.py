"""Who holds a stance, read off the dependency parse.

The holder of a verbal cue is its subject, the subject of the verb it depends
on (`refused to back`, `By pledging support ..., Japan`, `backed X and rejected
Y`), or the `by`-agent of a passive; the holder of a nominal cue is its
possessor (`Japan's commitment`) or its `by`/`from` phrase. Conjoined holders
each hold the stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.given_names import NOUN_GENDERS
from ..entities.layout import handed_over
from ..quotes.cues import DESIRING, EVIDENCE_VERBS, QUOTING, SAYING, THINKING
from ..quotes.quotations import run_together
from .actors import DASHES, SALIENT_LABELS, entity_at, is_inverted_speaker, names_an_actor, noun_phrase
from .lexicon import CAUSING_VERBS, MEANS_VERBS, PHRASAL, SPEECH_VERBS
from .modality import infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MODIFIER_TAGS = frozenset({"$", "CD", "JJ", "HYPH"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Labels of places, which `who` never stands for.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Dependencies through which a verb without a subject shares its governor's subject.
# (`advmod` for `stopped short of backing`.)
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "advmod"})
# Verbs that take a clause with no `that` (`said Trump has ...`, `thinks the bank has ...`); any other verb's bare
# clause is the parser joining two clauses (`X has demonized Wall Street and Y has disparaged immigrants`).
_CLAUSE_VERBS = SAYING | QUOTING | THINKING | DESIRING | EVIDENCE_VERBS | frozenset({"be", "seem", "appear"})


def with_conjuncts(head: Token) -> list[Token]:
    """`France and Spain` -> France, Spain; `The Greens, the Liberals and the Social Democrats`, where the
    parser reads the second of a list as an apposition, -> all three. A list never runs past the word that
    governs it: names after the verb a subject precedes (`Trump endorsed Ryan, Sen. John McCain and Sen. Kelly
    Ayotte`, with McCain read as Trump's apposition) are its objects (`before_governor`)."""
    listed = [c for c in head.children if c.dep_ == "appos" and c.conjuncts
              and (c.pos_ == "PROPN" or entity_at(c) is not None)]
    members = [head, *head.conjuncts, *(m for a in listed for m in (a, *a.conjuncts))]
    name = entity_at(head)
    beyond = name.end if name is not None else head.i + 1  # `Procter and Gamble` is one name, not two holders
    found = [head, *sorted({c for c in members if beyond <= c.i and before_governor(head, c)
                            and c.pos_ in ("NOUN", "PROPN", "PRON")}, key=lambda t: t.i)]
    return _after_closed_list(found)


def before_governor(head: Token, word: Token) -> bool:
    """Whether `word`, which the parser hung on `head`, is in its phrase: not past the verb a subject precedes
    (`The lawyers pointed to two hopefuls, Sen. John McCain ...`, McCain read as the lawyers' apposition), unless a
    colon opens it as the subject's members (`Four senators objected to it: Sens. Joe Manchin, ...`)."""
    governor = head.head.i if head.head.i > head.i else len(head.doc)
    return word.i < governor or any(t.text == ":" for t in head.doc[governor : word.i])


def _after_closed_list(found: list[Token]) -> list[Token]:
    """`In an interview with hosts Joe Scarborough and Mika Brzezinski, Hillary Clinton backed`: a list closed by
    `and` or `or`, then a comma and one more name, is a fronted phrase's list; the name after the comma alone
    is the subject (no list runs `A and B, C`)."""
    doc = found[0].doc
    for k in range(2, len(found)):
        joined = any(t.dep_ == "cc" for t in doc[found[k - 2].i : found[k - 1].i])
        start = found[k].left_edge.i
        if joined and start > 0 and doc[start - 1].text == "," and k == len(found) - 1:
            return found[k:]
    return found


def is_passive(verb: Token) -> bool:
    """A passive's subject is what the stance is about; its holder is the `by`-agent."""
    if _has_contracted(verb):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # `the measure, opposed by several senators`, `was criticised by X and welcomed by Y`
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _has_contracted(verb: Token) -> bool:
    """`who's called for big tax hikes`, `she's backed the plan`: a `'s` the parser read as a passive `is` is `has`
    where the participle takes an object, or the preposition of a phrasal stance (`called for`); not in `he's
    criticized for the plan`, `he's been called a liar`."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if [a.lower_ for a in auxiliaries] not in (["'s"], ["’s"]) or verb.tag_ not in ("VBN", "VBD"):
        return False  # (the tagger may read the participle after `'s` as a past tense)
    lemma = verb.lemma_.lower()
    return not any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "dobj" or (c.dep_ in ("prep", "prt") and (lemma, c.lower_) in PHRASAL) for c in verb.children)


def agent(verb: Token) -> Token | None:
    """`vetoed by Governor Mark Ellis` -> Ellis."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects, also where the parser hung them on its auxiliary (`Residents are opposed`)."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    for aux in verb.children:
        if not found and aux.dep_ in ("aux", "auxpass"):
            found = [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")]
    # nearest first: `LONDON (Reuters) - Britain's largest union rejected` has a dateline parsed as a subject
    found = sorted(found, key=lambda t: abs(verb.i - t.i))
    if len(found) > 1 and _apposition_taken_as_subject(found[1], found[0]):
        # `Felicia Sanders, two of the three people who survived, made a call`: the name, not its description
        found = [found[1], found[0], *found[2:]]
    return found


def _apposition_taken_as_subject(name: Token, description: Token) -> bool:
    """A description set off by a comma right after a name, parsed as a second subject of the name's verb."""
    doc = name.doc
    comma = name.right_edge.i + 1
    return (name.pos_ == "PROPN" and description.pos_ != "PROPN" and description.ent_type_ not in ("PERSON", "ORG")
            and comma < len(doc) and doc[comma].text == "," and description.left_edge.i == comma + 1)


def fronted_name(noun: Token) -> Token | None:
    """`A Texas voter who supports Trump, Golvach lost his son`: the name a description set before it describes,
    which the parser makes a second subject of the name's verb."""
    doc, comma = noun.doc, noun.right_edge.i + 1
    if noun.dep_ not in ("nsubj", "npadvmod", "advcl", "dep") or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None  # (`An enthusiastic Sanders supporter, Seacord complained`: read as an adverbial noun)
    if noun.dep_ != "nsubj" and (noun.pos_ != "NOUN" or noun.left_edge.i != noun.sent.start):
        return None  # (only a description opening the sentence)
    return next((c for c in noun.head.children
                 if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == comma + 1), None)


def subject_before_aside(verb: Token, sent: Span) -> Token | None:
    """The subject kept from its finite verb by an aside the parser took it into: a relative clause (`Sanders,
    meanwhile, who sits at zero endorsements, said`), a participle (`Mr. Trump, asked about it, had said`) or
    brackets (`Sen. Chris Murphy (a Democrat so boyish ...) says`)."""
    if not finite(verb):
        return None
    doc = verb.doc
    last = _before_its_adverbials(verb, sent)
    if last <= sent.start or doc[last].text not in (",", ")"):
        return None
    opening = next((i for i in range(last - 1, sent.start, -1) if _opens_aside(doc, i, doc[last].text)), None)
    if opening is None:
        return None
    end = opening - 1
    while end > sent.start and (doc[end].text in (",", ")") or doc[end].dep_ == "advmod"):
        if doc[end].text == ")":  # `Sen. Richard Durbin (D-Ill.), noting ...`: the party label set in brackets
            end = next((i for i in range(end - 1, sent.start, -1) if doc[i].text == "("), sent.start)
        end -= 1  # `Sanders, meanwhile, who`
    subject = doc[end]
    while subject.dep_ in ("compound", "flat") and subject.head.i > subject.i:
        subject = subject.head
    return subject if subject.i == end and can_hold_a_view(subject) else None


def _before_its_adverbials(verb: Token, sent: Span) -> int:
    """Where the words before a verb end, past the adverbials and auxiliaries that lead to it (`, last week
    said`, `Clinton apparently disagrees`)."""
    doc = verb.doc
    last = verb.i - 1
    while last > sent.start and doc[last].head.i == verb.i and doc[last].dep_ in ("aux", "neg", "advmod", "npadvmod"):
        last = doc[last].left_edge.i - 1
    return last


def _stranded_subject(verb: Token, sent: Span) -> Token | None:
    """`the Justice Department mishandled it and Democrats accused the GOP`, `..., Democratic nominee Hillary
    Clinton apparently disagrees`: a finite verb the parser left with no subject, right after a name or an actor
    it hung elsewhere (joined to another subject, set beside an object), has that name for subject; the last of a
    list of three or more is the list (`as the United States, Britain and France support`)."""
    if infinitive(verb) or not finite(verb) or verb.dep_ in ("conj", "relcl", "acl") or subjects(verb):
        return None
    last = _before_its_adverbials(verb, sent)
    if last <= sent.start:
        return None
    subject = verb.doc[last]
    if subject.dep_ not in ("conj", "appos") or subject.head.i == verb.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not can_hold_a_view(subject):
        return None
    first = subject
    while first.dep_ == "conj":
        first = first.head
    return first if len(with_conjuncts(first)) > 2 else subject


def subject_of_a_lost_verb(verb: Token) -> Token | None:
    """`The senator, a critic of the bank, called on ...`, `Roy Cooper (D), McCrory's opponent in the upcoming
    election, called Friday for ...`: the main verb the parser hung as a clause on the name, or, past the comma that
    closes the name's apposition, on a noun inside it; the name is the verb's subject."""
    if verb.dep_ != "acl":
        return None
    if verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if _subject_of_a_verbless_sentence(verb):
        return verb.head  # `Sanders' campaign called AP's report a "rush to judgment"`, its root read as `rush`
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBN"):
        return None
    node = verb.head
    for _ in range(6):
        # (`Stuart Stevens, who served as Romney's strategist in the 2012 campaign, called ...`: past the relative
        # clause the comma closes, on its noun)
        if node.dep_ == "appos" or (node.dep_ == "relcl" and node.left_edge.i > 0
                                    and node.doc[node.left_edge.i - 1].text == ","):
            return node.head if node.head.pos_ in ("NOUN", "PROPN") and can_hold_a_view(node.head) else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_of_a_verbless_sentence(verb: Token) -> bool:
    """A participle on the subject of a sentence the parser rooted in a noun or an adjective after it, with no
    finite verb beside: the participle is that sentence's verb, and its noun the subject."""
    root = verb.head.head
    return (verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "nsubj" and root.dep_ == "ROOT" and root.i > verb.i
            and root.pos_ in ("NOUN", "PROPN", "ADJ") and can_hold_a_view(verb.head)
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ in ("conj", "parataxis")
                        for t in root.children))  # (a finite verb beside the root: the parse has a main verb)


def _opens_aside(doc: Doc, i: int, closing: str) -> bool:
    """Token i opens the aside that `closing` ends: its bracket, or a comma before a relative pronoun, a
    participle (`Durbin, noting the size of it, said`) or an indefinite apposition (`Jeffrey Salkin, a rabbi
    helping to organize the boycott, said`)."""
    if closing == ")":
        return doc[i].text == "("
    after = doc[i + 1]
    return doc[i].text == "," and (after.tag_ in ("WP", "WDT", "WP$") or (
        after.tag_ in ("VBN", "VBD", "VBG") and after.dep_ in ("advcl", "acl", "relcl")) or (
        after.tag_ == "VBG" and after.dep_ == "ccomp") or (
        after.lower_ in ("a", "an") and after.dep_ == "det"))


def finite(verb: Token) -> bool:
    """A verb with a tense of its own, or an auxiliary before it (`said`, `says`, `would not accept`)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)


def can_hold_a_view(word: Token) -> bool:
    """A name, a personal pronoun or a noun of an actor: a word that can hold a view or say something (not `the
    bill`, `Trump's decision`)."""
    return names_an_actor(word) or word.pos_ == "PROPN" or word.tag_ == "PRP" or in_a_name_elsewhere(word)


def in_a_name_elsewhere(word: Token) -> bool:
    """`Sanders: Clinton needs ...`: a headline word the tagger took for a noun, which the article
    names someone or something by (`Bernie Sanders`)."""
    return (word.is_title or word.is_upper) and bool(_name_words(word.doc).get(word.lower_, set()) - {word.i})


@once_per_doc
def _name_words(doc: Doc) -> dict[str, set[int]]:
    """Where each word of a name stands (a person, a body, a place, a people), folded: one pass per text,
    not one per colon label."""
    found: dict[str, set[int]] = {}
    for ent in doc.ents:
        if ent.label_ in SALIENT_LABELS:
            for t in ent:
                found.setdefault(t.lower_, set()).add(t.i)
    return found


def past_dateline(subject: Token) -> Token:
    """`WASHINGTON -- President Obama ... said`: the parser makes the dateline's place the subject, with the
    actor as its apposition or a second subject; the actor is the one after the dash."""
    doc = subject.doc
    # `NEW YORK, June 5, 2024 --`, `LAGOS 1996-08-29` and a line break: a dated dateline's dash or line end comes
    # further on, whatever the recogniser made of the place
    handing = next((doc[end - 1] for start, end in handed_over(doc) if start <= subject.i < end), None)
    if subject.ent_type_ != "GPE" and handing is None:
        return subject
    dash = next((t for t in doc[subject.i + 1 : subject.i + 6] if t.text in DASHES and doc[t.i - 1].whitespace_),
                handing)
    if dash is None:
        return subject
    after = [c for c in (*subject.children, *subject.head.children)
             if c.i > dash.i and c.dep_ in ("appos", "nsubj", "nsubjpass")]
    return after[0] if after else subject


def without_appositions(heads: tuple[Token, ...]) -> list[Token]:
    """`Ban Ki-moon, the secretary general of the UN, vowed`, `China, Pyongyang's only ally, warned`: a
    description set off by commas after a name stands for that name, though the parser made it a subject
    of its own. A name inside a phrase (`in the United States, both candidates`) is not the one described."""
    found: list[Token] = []
    for head in heads:
        doc, left, right = head.doc, head.left_edge.i, head.right_edge.i
        name = doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None
        closed = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
        if head.pos_ == "NOUN" and not head.ent_type_ and closed and name is not None and (
                name.pos_ == "PROPN" and name.ent_type_ in SALIENT_LABELS
                and name.head.dep_ != "pobj" and name.dep_ != "pobj"):
            head = name
        for member in _examples(head) or [head]:
            if all(member.i != h.i for h in found):
                found.append(member)
    return found


def _examples(head: Token) -> list[Token]:
    """`candidates like Marco Rubio`, `senators such as Ted Cruz and Mike Lee`: the named examples of a plural noun,
    who are the ones the text speaks of."""
    if head.tag_ != "NNS":
        return []
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ == "like" or ((prep.lower_ == "as" and any(
                c.lower_ == "such" for c in prep.children)) or head.doc[prep.i - 1].lower_ == "such")):
            named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                     and c.ent_type_ in SALIENT_LABELS]
            if named:
                return [t for c in named for t in (c, *c.conjuncts) if t.pos_ == "PROPN"]
    return []


def of_verb(verb: Token) -> list[Token]:
    """Holder heads of a verbal cue (empty when the parse shows none)."""
    if is_passive(verb):
        found = agent(verb)
        return with_conjuncts(found) if found is not None else []
    node = verb
    lost = subject_of_a_lost_verb(verb)
    if lost is not None:
        # `The senator, a critic of the bank, called on ...`: the parser lost the main verb to a clause
        return with_conjuncts(lost)
    for _ in range(8):
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.head.head.lemma_.lower() in MEANS_VERBS and any(
                c.tag_ == "TO" for c in node.children):
            node = node.head.head  # `took the opportunity to criticize Clinton`: who took it criticized her
            continue
        described = _described(node)
        if described is not None:
            return described
        found = subjects(node)
        if found and node.i != verb.i and found[0].lower_ == "it" and any(c.dep_ == "acomp" for c in node.children):
            return []  # `it's critical to support the first responders`: `it` holds nothing
        if found:
            subject = _listed_before(found[0]) or found[0]
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return [subject]  # `who`, `which`: the resolver reads it as its antecedent (`relative_antecedent`)
            if _object_taken_as_subject(node, subject):
                return with_conjuncts(subject)[-1:]  # `Wall Street and Mr. Trump has disparaged`: Mr. Trump
            return with_conjuncts(past_dateline(subject))
        charged = _charged(node)
        if charged is not None:
            return with_conjuncts(charged)
        stranded = _subject_taken_as_object(node)
        if stranded is not None:
            return [stranded]  # `insulted Main Street and Mr. Cole has attacked`: Mr. Cole
        listed = _first_of_a_list(node)
        if listed:
            return listed  # `she has promised to push harder, opposed the deal and ...`: she
        aside = subject_before_aside(node, node.sent) or _stranded_subject(node, node.sent)
        if aside is not None:
            return with_conjuncts(aside)  # `Sanders, who had not endorsed before, decided to back Obama`
        if node.dep_ not in _SHARED_SUBJECT or node.head.i == node.i:
            return []
        objects = [c for c in node.head.children if c.dep_ == "dobj"] if node.dep_ == "xcomp" else []
        if objects and node.head.lemma_.lower() in CAUSING_VERBS:
            return with_conjuncts(objects[0])  # `it prompted Anderson Cooper to accuse Bondi`: Cooper did
        if objects and node.head.lemma_.lower() in MEANS_VERBS:
            node = node.head  # `Other leaders used blunt language to denounce the test`: the leaders did
            continue
        if objects:
            return []  # `urged member states to approve it`: asked of others, not their own stance
        if node.dep_ == "conj" and node.head.dep_ == "ccomp" and node.head.head.lemma_.lower() in SPEECH_VERBS \
                and not reported_alike(node):
            # `Merz said the plan was sound and urged ...`: the parser hangs `urged` inside what was said
            node = node.head.head
            continue
        if node.dep_ == "conj" and node.head.dep_ == "ccomp" and _disagrees(node, node.head):
            # `strategists fear that Clinton has missed her chance and warn that ...`: `warn` cannot be Clinton's
            node = node.head.head
            continue
        if node.head.lemma_ == "be" and node.dep_ == "xcomp" and any(c.dep_ == "attr" for c in node.head.children):
            node = node.head  # `Hunter was one of the first members to endorse him`: the copula's subject
            continue
        if node.head.lemma_ == "be" and node.dep_ != "acomp" and not _copulas_subject_acts(node):
            return []  # `it is no good demanding sacrifice`: the copula's subject holds nothing
        if node.dep_ == "conj" and node.head.pos_ not in ("VERB", "AUX"):
            return _main_subject(verb)  # `She has touted her record ... and promised to`: a conjunct misplaced
        node = node.head
    return []


def _copulas_subject_acts(verb: Token) -> bool:
    """`Trump was in Bangor, promising to build a wall`, `Ms. Warren has been a surrogate, attacking Mr. Trump`,
    `is on record supporting the tax`, `are furious at the company and want their money back`, `has been a leader
    in supporting an overhaul`: a participle set off after a copula or led by its `in`, or a verb joined to it, is
    what the copula's subject does; not `it is no good demanding sacrifice`, whose `it` holds nothing."""
    copula = verb.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_hold_a_view(subject) or verb.i < copula.i:
        return False
    if verb.dep_ == "conj":
        # (`tweeted that Machado was "disgusting" and encouraged Americans to ...`: a verb joined to a reported
        # copula may be the reporter's own next act; only a main clause's copula shares its subject for sure)
        return copula.dep_ == "ROOT"
    if verb.dep_ == "prep" and verb.lower_ == "in" and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in verb.children):
        return True  # `Mr. Ryan has been a leader in supporting an overhaul`, `was vocal in opposing the deal`
    set_off = verb.doc[verb.i - 1].text == "," or _on_record(verb.doc[verb.i - 1])
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and set_off


def _on_record(word: Token) -> bool:
    """`is on record supporting the tax`: the idiom says its subject has declared what follows."""
    return word.lower_ == "record" and word.dep_ == "pobj" and word.head.lower_ == "on" and not any(
        c.dep_ == "det" for c in word.children)


def _disagrees(verb: Token, clause: Token) -> bool:
    """A present verb whose number is not that of the clause's subject it would share: `warn` after `Clinton has
    missed`, `warns` after `the parties have agreed`."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or bool(subject.conjuncts)
    singular = subject.tag_ in ("NN", "NNP") and not subject.conjuncts
    # a bare form after a participle cannot share its `has` (`has missed her chance and warn`): a present tense
    present = verb.tag_ == "VBP" or (verb.tag_ == "VB" and clause.tag_ in ("VBN", "VBD") and not any(
        c.dep_ == "aux" for c in verb.children) and not any(c.tag_ == "MD" or c.lower_ in ("to", "do", "does", "did")
                                                            for c in clause.children if c.dep_ == "aux"))
    return (present and singular) or (verb.tag_ == "VBZ" and plural)


def reported_alike(conjunct: Token) -> bool:
    """`The office said the SPLA had attributed the detentions to a commander and had promised ...`: a verb with
    the reported clause's backshifted auxiliary (`had`, `would`), whose subject is an actor, goes on with the
    report; the reported actor is its subject (`said the senator has lost his way and has urged` may be either's,
    and stays the speaker's). So does a bare verb sharing the clause's modal (`say the senator will oppose the
    bill and vote against it`)."""
    clause = conjunct.head
    own = {c.lower_ for c in conjunct.children if c.dep_ == "aux"}
    theirs = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    shares_modal = conjunct.tag_ == "VB" and not own and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return bool(own & _BACKSHIFTED & theirs or shares_modal) and subject is not None and names_an_actor(subject)


_BACKSHIFTED = frozenset({"had", "would", "'d", "’d"})


def parted_from_report(conjunct: Token) -> bool:
    """`said he would order a review and warned against hackers`, `insists the GOP must be a party of ideas, and
    has championed an agenda`: a verb with no subject joined to a reported clause's verb, whose tense or aspect
    parts it from the clause (the clause's modal or perfect `have` it lacks, or an auxiliary of its own the
    clause lacks), is what the holder went on to do, not more of the report; `said he will oppose the bill and
    will vote against it` shares the clause's auxiliary and stays, and so do two plain past verbs (`Police say
    he posed a threat and refused to drop the gun`)."""
    clause = conjunct.head
    own = {c.lower_ for c in conjunct.children if c.dep_ == "aux"}
    theirs = [c for c in clause.children if c.dep_ == "aux"]
    if conjunct.dep_ != "conj" or clause.dep_ != "ccomp" or not theirs or any(
            c.dep_.startswith("nsubj") for c in conjunct.children):
        return False
    if own:
        # (a backshifted `would` or `had` goes on with the report: `said his campaign had found the article and
        # would release it`)
        return not own & {c.lower_ for c in theirs} and not own <= _BACKSHIFTED
    return conjunct.tag_ in ("VBD", "VBZ") and any(c.tag_ == "MD" or c.lemma_ == "have" for c in theirs)


def _object_taken_as_subject(verb: Token, subject: Token) -> bool:
    """`Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged immigrants`, parsed as `demonized` with
    no object and the clause `Wall Street and Mr. Trump has disparaged ...`: a verb that takes no bare clause lost
    its object to the next clause, whose subject is only the last of the list."""
    governor = verb.head
    return (verb.dep_ == "ccomp" and bool(subject.conjuncts) and subject.left_edge.i == governor.i + 1
            and governor.lemma_.lower() not in _CLAUSE_VERBS
            and not any(c.dep_ in ("dobj", "ccomp") and c.i < subject.i for c in governor.children))


def _subject_taken_as_object(verb: Token) -> Token | None:
    """`Mrs. Hale has insulted Main Street and Mr. Cole has attacked the press`, parsed with `Mr. Cole` joined to
    the object and `has attacked` to `insulted`: a conjoined finite verb with no subject of its own has for subject
    the last of the list right before it, not the first verb's."""
    if verb.dep_ != "conj" or not any(c.dep_ == "aux" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    start = min(c.left_edge.i for c in verb.lefts)
    aside = start > 1 and doc[start - 1].text == ","
    if aside:  # `and the Bosnian Serbs, angry at the delay, have threatened`: the subject before its aside
        start = next((j for j in range(start - 2, max(verb.head.i, start - 15), -1) if doc[j].text == ","), start)
    before = doc[start - 1] if start > verb.head.i + 1 else None
    if before is None or before.dep_ != "conj" or before.pos_ not in ("PROPN", "NOUN"):
        return None
    listed = before.head
    while listed.dep_ == "conj":
        listed = listed.head
    if listed.dep_ == "dobj" and listed.head.i == verb.head.i:
        return before
    # (`officials denied abuses occurred during the period and the Bosnian Serbs, ..., have threatened`: joined to
    # a phrase deeper in the first clause, the subject is an actor's name set off by its aside)
    deeper = aside and listed.dep_ in ("dobj", "pobj") and verb.head.is_ancestor(listed)
    return before if deeper and names_an_actor(before) else None


def _charged(node: Token) -> Token | None:
    """`Sanders criticized Clinton for supporting the war`, `thanked Trump for backing it`: the gerund of a `for` or
    `of` phrase is the act of the verb's object, not of its subject (what one is accused of is no stance of theirs
    at all: `declared` drops it)."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _listed_before(word: Token) -> Token | None:
    """`with Trump, Huckabee and Christie all calling for a rule`: `all`, `both` or `each` right after a list of
    names stands for the list (its first name, whose conjuncts are the rest)."""
    if word.lower_ not in ("all", "both", "each") or word.i == 0 or word.dep_ not in ("nsubj", "appos"):
        return None
    last = word.doc[word.i - 1]
    if last.pos_ not in ("PROPN", "NOUN") or not last.conjuncts:
        return None
    return min(last.conjuncts, key=lambda t: t.i) if last.dep_ == "conj" else last


def _first_of_a_list(verb: Token) -> list[Token]:
    """`She has promised to push harder, opposed the trade deal and outstripped his plans`, parsed with the first
    verb of the list as a clause the second one governs: a main verb with no subject, a comma before it and the
    clause before the comma, is the list's next verb and shares that clause's subject."""
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.lemma_.lower() in SPEECH_VERBS:
        return []
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    found = subjects(first) if first is not None else []
    return with_conjuncts(found[0]) if found and found[0].lower_ not in RELATIVE_PRONOUNS else []


def _main_subject(verb: Token) -> list[Token]:
    """The subject of the sentence's main verb, for a finite verb the parser hung on a noun, when no other
    subject stands between them."""
    root = verb.sent.root
    found = subjects(root) if root.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") else []
    if not found or found[0].i > verb.i or found[0].lower_ in RELATIVE_PRONOUNS:
        return []
    between = verb.doc[found[0].i + 1 : verb.i]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in between):
        return []
    return with_conjuncts(found[0])


def _described(verb: Token) -> list[Token] | None:
    """`pastors supporting Mr. Cruz`, `the first House member to endorse him`: the noun a participle or
    infinitive clause describes; `filed legal papers opposing the unsealing`: a document's stance is its filer's."""
    if verb.dep_ != "acl" or subjects(verb):
        return None
    noun = _listed_before(verb.head) or verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if _on_record(noun):
        return of_verb(noun.head.head)  # `Ryan and McConnell are on record opposing the ban`: they are
    if not (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    if noun.dep_ == "dobj" and (not names_an_actor(noun) or (
            verb.lemma_.lower() in SPEECH_VERBS and noun.head.lemma_.lower() in _ADDRESSING)):
        # (`emailed supporters saying ... and vowing to compete`: whom it was written to does not say it)
        if noun.head.lemma_.lower() in _NOT_ONES_OWN and not names_an_actor(noun):
            return []  # `China quashed a resolution expressing concern`, `heard speeches defending`: others' words
        return of_verb(noun.head)
    return with_conjuncts(antecedent(noun))


# Verbs whose object, a text or a speech, is someone else's: what it says is not their subject's stance (`quashed a
# resolution expressing concern`, `heard speeches defending abortion rights`; `filed papers opposing` is).
_NOT_ONES_OWN = frozenset({"quash", "reject", "block", "veto", "kill", "defeat", "oppose", "hear", "read", "watch",
                           "receive", "ignore", "dismiss", "denounce", "condemn", "criticize", "criticise", "mock",
                           "ridicule", "ban", "censor", "overturn", "strike"})
# Verbs whose object is whom a message goes to (`emailed supporters saying ...`, `told reporters ...`).
_ADDRESSING = frozenset({"email", "e-mail", "text", "message", "tell", "brief", "write", "call", "phone", "remind",
                         "inform", "assure", "tweet", "address", "mail"})


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for (`Cruz, who refused to endorse` -> Cruz), if it is one;
    `whose` the noun owning its phrase (`Trump, whose attorneys argued` -> Trump)."""
    clause = pronoun.head.head if pronoun.lower_ == "whose" else pronoun.head
    if pronoun.lower_ not in RELATIVE_PRONOUNS | {"whose"}:
        return None
    if clause.dep_ == "conj" and pronoun.i > clause.head.i:
        clause = _first_relative_clause(clause, pronoun)
    if clause is None or clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    found = antecedent(_before_a_dashed_aside(pronoun) or person_before(clause.head, pronoun)
                       or _owner_of_place(clause.head, pronoun))
    # (`which` stands for no person: `Neil Sroka, director of the group DFA - which has endorsed Sanders`)
    return None if pronoun.lower_ == "which" and found.ent_type_ == "PERSON" else found


def _first_relative_clause(clause: Token, pronoun: Token) -> Token | None:
    """`voters, who will figure in the primaries - and who have favored Clinton`: a second relative clause joined to
    the first stands for the same noun, whether the parser hangs it on the first clause or on the sentence's verb
    (then the nearest relative clause before it opened by the same pronoun)."""
    # (a clause the same pronoun opens: in `A president who authorized the raid that killed him and who hoped`,
    # the one `who` opens, not the one `that` opens inside it)
    def opened_alike(verb: Token) -> bool:
        return verb.dep_ == "relcl" and any(
            c.lower_ == pronoun.lower_ and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    node = clause
    while node.dep_ == "conj" and node.head.i != node.i and not opened_alike(node):
        node = node.head
    if opened_alike(node):
        return node
    if not any(c.dep_ == "cc" for c in clause.children) and pronoun.nbor(-1).dep_ != "cc":
        return None  # (`and who`: only a joined clause restates the noun)
    first = next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]) if opened_alike(t)), None)
    # ... right after the first clause ends (`, and who`), not a question's `who` further on (`Clinton, who leads,
    # said it is unclear who backs it and who opposes it`)
    return first if first is not None and pronoun.i - first.right_edge.i <= 3 else None


def _before_a_dashed_aside(pronoun: Token) -> Token | None:
    """`the superdelegates - elected officials and party leaders - who have committed to Clinton`: a relative
    pronoun right after an aside set off by dashes stands for the actor before the aside, which the aside
    describes."""
    doc = pronoun.doc
    if pronoun.i < 3 or doc[pronoun.i - 1].text not in DASHES or not doc[pronoun.i - 1].whitespace_:
        return None
    opening = next((t for t in reversed(doc[pronoun.sent.start + 1 : pronoun.i - 1])
                    if t.text in DASHES and doc[t.i - 1].whitespace_), None)  # (not the hyphen of `long-time`)
    if opening is None or opening.i <= pronoun.sent.start or not doc[opening.i - 1].whitespace_:
        return None
    before = doc[opening.i - 1]
    # (the aside names actors, so what it describes is one: `superdelegates` are `officials and party leaders`)
    actors = can_hold_a_view(before) or any(can_hold_a_view(t) for t in doc[opening.i + 1 : pronoun.i - 1])
    return before if before.pos_ in ("NOUN", "PROPN") and actors else None


def person_before(noun: Token, pronoun: Token) -> Token | None:
    """`a focal point for demonstrators here, who have ... called for`: `who` stands for a person, so where the
    parser hung its clause on a thing, the actor that thing's phrase hangs on (`the man with a complicated
    relationship with Clinton who`) or else the actor noun that ends the phrase right before it is what it
    stands for."""
    if pronoun.lower_ not in ("who", "whom") or can_hold_a_view(noun) or noun.pos_ == "PRON" or noun.tag_ == "DT":
        return None  # (`those within the party who`: a pronoun stands for people already)
    owner = noun
    while owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.head.pos_ in ("NOUN", "PROPN"):
        owner = owner.head.head
        if can_hold_a_view(owner) or owner.lemma_.lower() in NOUN_GENDERS:
            return owner
    before = pronoun.doc[pronoun.i - 1]
    if before.text == "," and pronoun.i >= 2:
        before = before.doc[before.i - 1]
    while before.pos_ == "ADV" and before.head.i < before.i:
        before = before.head  # `demonstrators here`
    while before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.head.i > noun.i:
        before = before.head.head  # `those within the party who`: those, not the party
    inside = noun.left_edge.i < before.i <= noun.right_edge.i and before.i > noun.i
    return before if inside and before.pos_ in ("NOUN", "PROPN") and can_hold_a_view(before) else None


def written_source(head: Token) -> Span:
    """The words a source no actor was found for is given as: its noun phrase, or for a relative pronoun its
    antecedent's (`a shirt that read "..."` -> `a shirt`), since `that` or `which` alone tells the reader nobody."""
    if head.tag_ in ("WP", "WDT"):
        found = relative_antecedent(head)
        if found is not None and found.lower_ not in RELATIVE_PRONOUNS:
            return noun_phrase(found)
    return noun_phrase(head)


def _owner_of_place(noun: Token, pronoun: Token) -> Token:
    """`a council member in Somerton, Ariz., who`, `the ACLU of Oregon, which`: the parser hangs the clause on the
    place that ends the phrase; `who` never stands for a place, nor `which` where an organisation owns it."""
    place = noun
    while place.dep_ in ("appos", "npadvmod") and place.head.ent_type_ in _PLACE_LABELS:
        place = place.head  # `Somerton, Ariz.`
    if place.ent_type_ not in _PLACE_LABELS or place.dep_ != "pobj" or place.head.lower_ not in ("of", "in"):
        return noun
    owner = place.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return noun
    if pronoun.lower_ in ("who", "whom") or (entity_at(owner) is not None and entity_at(owner).label_ == "ORG"):
        return owner
    return noun


def antecedent(noun: Token) -> Token:
    """What a relative clause's noun stands for: `Donald Trump, a racist, misogynist and birther who has pledged`
    -> Trump, the name that the description in apposition describes. A plural noun restates no one name
    (`more votes than Sanders, superdelegates who back him`: the superdelegates)."""
    node = noun
    for _ in range(6):
        if node.dep_ == "appos" and (node.head.pos_ == "PROPN" or entity_at(node.head) is not None) and _restates(
                node, node.head):
            return node.head  # (`Evan Bayh, a moderate Indiana Democrat who`: the name, not its party's)
        if (node.pos_ in ("PROPN", "PRON") and not node.is_lower) or entity_at(node) is not None:
            return node  # (a lower-case word tagged a name, `xenophobe`, is the tagger's mistake)
        if node.dep_ == "conj" and node.head.i != node.i and (node.head.pos_ in ("NOUN", "ADJ") or node.head.is_lower):
            node = node.head
        elif node.dep_ == "appos" and node.head.pos_ == "NOUN":
            node = node.head  # `a serial liar, rampant xenophobe ... who`: the description it restates
        elif node.left_edge.i >= 2 and node.doc[node.left_edge.i - 1].text == "," and entity_at(
                node.doc[node.left_edge.i - 2]) is not None and _restates(node, node.doc[node.left_edge.i - 2]):
            # `China and the United States, the world's two biggest polluters, which`: an apposition the
            # parser hung elsewhere; the name before the comma (the first of its list)
            name = node.doc[node.left_edge.i - 2]
            name = name.doc[entity_at(name).end - 1]
            return min((name, *name.conjuncts), key=lambda t: t.i)
        elif node.dep_ in ("attr", "dep") and node.head.lemma_ == "be" and node.i > node.head.i:
            # `Trump ... is a serial liar, racist and birther who has pledged`: the copula's subject (also where
            # the parser left a second description unattached: `are newcomers, naturalized citizens who`)
            found = of_verb(node.head)
            return found[0] if found else noun
        else:
            break
    return noun


def _restates(description: Token, name: Token) -> bool:
    """A plural noun restates no single person's name (`more votes than Sanders, superdelegates who`, the surname
    alone, which the recogniser may read as a body); it may restate a body's (`Extinction Rebellion, campaigners
    who`)."""
    entity = entity_at(name)
    person = entity is not None and (entity.label_ == "PERSON" or (len(entity) == 1 and name.is_title))
    return not (description.tag_ == "NNS" and name.tag_ == "NNP" and not name.conjuncts and person)


def of_noun(noun: Token) -> list[Token]:
    """`Japan's commitment`, `its opposition`, `a demand by the union`."""
    for child in noun.children:
        if child.dep_ == "poss":
            return with_conjuncts(child)
    owner = _possessor_left_of(noun)
    if owner is not None:
        return [owner]
    for child in noun.children:
        # `American commitments to European security`, `U.S. support for Kyiv`: a nation's own stance
        if child.i < noun.i and child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            return [child]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    return []


def _possessor_left_of(noun: Token) -> Token | None:
    """`Japan's $19 billion commitment`: the parser may lose the possessor behind a number; find it by words."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and (doc[i].like_num or doc[i].tag_ in _MODIFIER_TAGS or doc[i].dep_ == "compound"):
        i -= 1
    if i > noun.sent.start and doc[i].tag_ == "POS" and i < noun.i - 1:
        return doc[i - 1]
    return None


def speaker(clause: Token) -> Token | None:
    """Who says `clause`: the subject of the verb of saying it complements (`..., the minister said`),
    or the object of its `according to`."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # `"..., and we will fight it," said Chen`: the first conjunct is what was said
    head = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS and not run_together(clause, head):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects and clause.i < head.i:
            subjects = [c for c in head.children if is_inverted_speaker(c)]
        return past_dateline(subjects[0]) if subjects else None
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            source = next((c for c in (to or child).children if c.dep_ == "pobj"), None)
            if source is not None:
                return source
    return None
