"""The label of an entity by evidence: its mentions vote, titles count for persons, organisation
words for organisations, the gazetteer corrects."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from ..engine.doc_cache import once_per_doc
from ..engine.given_names import is_common_given_name
from ..engine.wordlists import lines, words
from .acronyms import is_acronym
from .demonyms import country_of, is_a_people, is_demonym, is_national_noun
from .gazetteer import Place, is_subdivision, is_town_or_county, lookup
from .grouping import Group, family_name, is_company, name_words
from .layout import in_dateline
from .mentions import Mention, ends_in_organisation_word, full_names_ends, listed_place_noun, quoted_title
from .organisations import VENUE_WORDS, contest_side, described_as_organisation, placed_at, sport_report
from .surface import LIST_JOINERS
from .titles import is_head

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Where no mention carries a label and no gazetteer knows the name (an acronym found in parentheses).
FALLBACK = "ORG"
# Prepositions before a name that make it a place (`visited villages around Sukkur`).
LOCATIVE = frozenset({"in", "near", "around", "outside", "across", "throughout", "inside", "within"})


# The labels the model gives a person's surname alone that its full name in the text overrules.
SURNAME_MISREADINGS = frozenset({"ORG", "FAC"})
# Evidence from the words around a mention weighs like a longer name's vote, and more.
CUE_VOTE = 3
# Capitalised last words of a natural place's name (`Taiwan Strait`, `Red Sea`), which the model reads as a
# facility or a body; not `Bay`, `Island` or `River`, which end towns, states, teams and firms (`Green Bay`,
# `Rhode Island`, `Fall River`).
_FEATURE_HEADS = frozenset({"strait", "straits", "sea", "ocean", "gulf", "peninsula", "desert", "mountains"})
# A federation's part, a place's noun only in some places (`described_as_place`).
_STATE_NOUNS = frozenset({"state"})
# Nouns before a place's name that are no settlement's kind in `place_nouns.txt` (`the Chechen capital Grozny`).
_SETTLEMENT_NOUNS = frozenset({"capital", "port"})
# Marks that end a noun phrase; not a hyphen or a possessive, which join the name to what follows it.
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "--"})


def located(doc: Doc, g: Group, place_ends: set[int]) -> bool:
    """Some mention stands after a preposition of place (`in Sukkur`), is listed with a known
    place (`around Sukkur and Larkana`) or is described as a place (`the suburb of Pembroke Pines`);
    `place_ends` holds where known places' mentions end."""
    for m in g:
        if described_as_place(doc, m):
            return True
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.lower_ in LOCATIVE:
            return True
        if before is not None and before.lower_ in LIST_JOINERS and m.start - 1 in place_ends:
            return True
    return False


def described_as_place(doc: Doc, m: Mention) -> bool:
    """A lower-case place noun introduces or follows the name (`the village of Kirants`, `the Gazakh
    district`): the model often calls such small places persons or organisations. A word before
    `village of` describes another place (`the Azerbaijani village of Gizilhajili`). `State` says so only before
    `of` or closing the phrase (`the southern state of Andhra Pradesh`, `in Kachin state .`), since a party or a
    people may modify a state's noun (`GOP state leaders`, `a former Confederate state with`)."""
    nouns = words(__package__, "place_nouns.txt")
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in nouns:
        return m.end + 1 == len(doc) or doc[m.end + 1].lower_ != "of"
    if after is not None and after.lower_ in _STATE_NOUNS and (
            m.end + 1 == len(doc) or doc[m.end + 1].is_punct or doc[m.end + 1].is_space):
        return True
    if listed_place_noun(doc, m.start, m.end) is not None:
        return True
    return m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].is_lower and (
        doc[m.start - 2].lower_ in nouns | _STATE_NOUNS
    )


def cued_labels(doc: Doc, m: Mention) -> list[str]:
    """Labels the mention's own words or its neighbours vouch for: an organisation word, a legal form,
    a law's or an event's word ending the name (`Manchester United`, `Pirelli SpA`, `Iran Sanctions Act`,
    `Great Recession`), an organisation's or a place's context (`Tottenham coach`, `the village of Kirants`)."""
    found = []
    # (`"Meet the Press"`: a quoted title's own words are no evidence of a body)
    titled = m.label == "WORK_OF_ART" and quoted_title(doc, m.start, m.end)
    if ends_in_organisation_word(doc[m.start : m.end]) and not titled:
        found.append("ORG")
    if m.end - m.start > 1 and doc[m.end - 1].text in lines(__package__, "law_words.txt"):
        found.append("LAW")
    if m.end - m.start > 1 and doc[m.end - 1].text in lines(__package__, "event_words.txt"):
        found.append("EVENT")
    if m.end - m.start > 2 and doc[m.end - 2].text == "National" and doc[m.end - 1].text == "Convention":
        found.append("EVENT")  # `the Democratic National Convention`: a party's gathering, not a body
    if m.end - m.start > 1 and doc[m.end - 1].is_title and doc[m.end - 1].lower_ in words(
            __package__, "building_words.txt"):
        found.append("FAC")
    if m.label == "PERSON" and _venue_with_article(doc, m):
        found.append("FAC")
    if m.label != "PERSON" and _a_familys_surname(doc, m):
        return [*found, "PERSON"]  # `the Slepian family`, `the Khans` read as a people or a body: a family
    if m.end - m.start == 1 and doc[m.start].is_upper and m.start > 0 and doc[m.start - 1].text == "(" and (
            in_dateline(doc[m.start])):
        return [*found, "ORG"]  # `NEW YORK, Nov. 19 (UPI) --`: the agency that filed the story
    if m.label == "LANGUAGE" and described_as_place(doc, m):
        return [*found, "NORP"]  # `the English county`: a nationality describing a place, neither it nor a tongue
    if m.label == "NORP":
        return found  # a nationality describes the noun beside it (`the Belgian striker`)
    if is_a_people(m.text(doc)) and not (m.label == "PERSON" and is_common_given_name(m.text(doc))):
        return [*found, "NORP"]  # `a Chicano group`, `Pacific Islander voters`: a people, never a body or a place
    if m.end - m.start == 1 and is_national_noun(doc[m.start].lower_):
        return [*found, "NORP"]  # `the 11th-ranked Frenchman`, `two Swedes`: one or more of a nation
    if m.label == "GPE" and m.end - m.start == 1 and m.place is None and is_demonym(doc[m.start].text):
        return [*found, "NORP"]  # `another Virginian`: a place's people, which the model calls the place
    if m.label == "PERSON" and m.place is None and country_of(m.text(doc)) is not None:
        return [*found, "NORP"]  # `Slovak women`, `Sri Lankan officials`: a nation's people, no one's name
    if m.label == "PERSON" and m.start > 0 and doc[m.start - 1].is_lower and (
            doc[m.start - 1].lower_ in _SETTLEMENT_NOUNS or doc[m.start - 1].lower_ in words(
            __package__, "place_nouns.txt")):
        return [*found, "GPE"]  # `the Chechen capital Grozny`, `the port city Aktau`: no one's name
    if m.label == "GPE" and m.place is None and _body_acronym(m.text(doc)):
        found.append("ORG")  # `the NRA`, `La Raza and the NCLR`: places' acronyms the gazetteer knows
    if m.label in ("WORK_OF_ART", "ORG") and _role_apposed(doc, m):
        found.append("PERSON")  # `"We will win," Will Estrada, the chairman, said`: a person, not a title
    alias = _alias_of(doc, m.start)
    if alias is not None and alias != m.label:
        # `Mohammed Odeh, also known as Abdull Bast Awadh`, `a terrorist organization known as Al-Qaida`: another name
        # of the person, or the name of the kind of body
        found.append(alias)
    if m.label == "ORG" and _listed_among_people(doc, m):
        found.append("PERSON")  # `Jonty Rhodes , Allan Donald , Fanie de Villiers , Daryll Cullinan`: a squad
    if described_as_organisation(doc, m):
        found.append("ORG")
    elif contest_side(doc, m) and (is_town_or_county(m.text(doc)) or _unknown_side(doc, m)):
        found.append("ORG")  # `Leicestershire beat Somerset`, `over the Blue Jays`: teams; countries stay places
    elif _town_or_county_name(doc, m) and sport_report(doc) and not placed_at(doc, m):
        found.append("ORG")  # a sports report's `Everton`, `Barcelona` without `in` or `at`: the team
    if described_as_place(doc, m) and m.label != "LOC":
        found.append("GPE")  # `the Red Rocks region` is a place already, not a political one
    if m.label not in ("ORG", "LOC") and m.end - m.start > 1 and doc[m.end - 1].is_title and (
            doc[m.end - 1].lower_ in _FEATURE_HEADS):
        # `the Florida Straits`, `the Rocky Mountains` read as a facility or a person: a natural place (a body's
        # name may end in one: `Association for Relations Across the Taiwan Straits`, `Platte River` of a company)
        found.append("LOC")
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in words(__package__, "natural_features.txt"):
        found.append("LOC")  # `the Adige river`, `the Kuril islands`
    if after is not None and after.is_lower and after.lower_ in words(__package__, "works_words.txt") and (
            m.label != "ORG"):
        found.append("FAC")  # `the Keystone XL pipeline`; `the Enbridge pipeline` is the company's
    if m.label == "PERSON" and m.end - m.start > 2 and doc[m.end - 2 : m.end].text == "White House":
        found.append("ORG")  # `the Obama White House` read as a person: the administration named by its president
    return found


def _a_familys_surname(doc: Doc, m: Mention) -> bool:
    """One word, the surname of a person the text names in full, before a family's noun or in the plural after `the`
    (`Barnett Slepian ... the Slepian family`, `Khizr Khan ... the Khans`); not a people's name, whatever surname
    the text holds (`the Palestinians`)."""
    if m.end - m.start != 1:
        return False
    text, surnames = m.text(doc), full_names_ends(doc)
    plural = m.start > 0 and doc[m.start - 1].lower_ == "the" and text.endswith("s")
    if not (family_name(doc, m.start, m.end) or plural) or not (text in surnames or text[:-1] in surnames):
        return False
    return not (is_a_people(text) or is_demonym(text) or is_demonym(text[:-1]))


def _alias_of(doc: Doc, start: int) -> str | None:
    """PERSON where the name follows `(also) known as`, `a.k.a.` or `alias` after a person's name, as the model
    reads it; ORG after a kind of body (`an organization known as`); else None."""
    i = start - 1
    if i >= 1 and doc[i - 1 : i + 1].text.lower() == "known as":
        i -= 2
    elif i >= 0 and doc[i].lower_ in ("a.k.a.", "aka", "alias"):
        i -= 1
    else:
        return None
    while i >= 0 and doc[i].lower_ in (",", "also"):
        i -= 1
    if i < 0:
        return None
    if doc[i].ent_type_ == "PERSON":
        return "PERSON"
    return "ORG" if doc[i].lower_ in _BODY_KINDS else None


# Kinds of body a name is given to with `known as` (`a terrorist organization known as Al-Qaida`).
_BODY_KINDS = frozenset({"organization", "organisation", "group", "network", "movement", "faction", "militia",
                         "company", "firm", "party", "coalition", "alliance"})


def _venue_with_article(doc: Doc, m: Mention) -> bool:
    """One word after `at the`, `in the` that ends its phrase (`the rock fans at the Bataclan, ...`, `at the
    Bataclan on Friday`): a venue, since a person's name takes no article; not a name before the noun it
    modifies (`in the Trump era`, `in the Reagan and Bush administrations`, `the Oscar-nominated actor`) or
    owns (`at the Khans' home`). Read from the words alone: `extract entities` runs no parser."""
    if m.end - m.start != 1 or m.start < 2 or m.title is not None or doc[m.start].lower_.endswith("s"):
        return False  # `with the Clintons`: a family
    after = doc[m.end] if m.end < len(doc) else None
    return doc[m.start - 1].lower_ == "the" and doc[m.start - 2].lower_ in VENUE_WORDS and (
        after is None or after.is_space or after.text in _PHRASE_ENDS or (
            after.is_lower and after.is_stop and after.lower_ not in LIST_JOINERS))


def _role_apposed(doc: Doc, m: Mention) -> bool:
    """A person's role set after the name between commas (`Will Estrada, the chairman for the exurb, said`); not the
    subject of the clause after a name that ends a phrase (`In an interview with CNN, the senator said that, in his
    view, ...`; `on MSNBC, the governor did just that`)."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ not in ("the", "a", "an"):
        return False
    before = next((t for t in reversed(doc[max(0, m.start - 2) : m.start]) if t.lower_ != "the"), None)
    if before is not None and before.lower_ in _PHRASE_PREPOSITIONS:
        return False
    role = next((t for t in doc[m.end + 2 : m.end + 5] if is_head(t)), None)
    # (`Hamas, the group's leader`: the role is another's; `the Pentagon, the admiral's answer`: no role at all)
    if role is None or any(t.text in ("'s", "’s") for t in doc[m.end + 2 : role.i + 2]):
        return False
    return any(t.text in (",", "—", "--", ")") for t in doc[role.i + 1 : role.i + 9])


# Prepositions whose object ends a phrase set before a clause's subject (`with Reuters, the minister said`).
_PHRASE_PREPOSITIONS = frozenset({"in", "with", "to", "on", "at", "from", "by", "about", "after", "before", "against",
                                  "for", "of", "under", "over", "into", "like", "unlike", "during", "among"})


def _listed_among_people(doc: Doc, m: Mention) -> bool:
    """A name of two words or more listed between two people's names (`, Allan Donald , Fanie de Villiers ,
    Daryll Cullinan`): one more person, whatever the model read from its unusual words."""
    if m.end - m.start < 2 or m.start < 2 or m.end + 1 >= len(doc):
        return False
    before, after = doc[m.start - 1], doc[m.end]
    return before.lower_ in LIST_JOINERS and after.lower_ in LIST_JOINERS and (
        doc[m.start - 2].ent_type_ == doc[m.end + 1].ent_type_ == "PERSON")


def _body_acronym(text: str) -> bool:
    """An acronym of three or four capitals that no gazetteer knows as a place (`NRA`, `AFL`): an
    organisation's, which the model often calls a place. Two letters are as often a state's or a
    country's code (`MI`, `NZ`), five or more an upper-case headline's word (`BERNE`)."""
    return 3 <= len(text) <= 4 and is_acronym(text)


def _town_or_county_name(doc: Doc, m: Mention) -> bool:
    """A town or a county the model reads as one, as nothing, or a county as a person (`Kent`, no one's name)."""
    text = m.text(doc)
    return (m.label in ("GPE", None) and is_town_or_county(text)) or (m.label == "PERSON" and is_subdivision(text))


def _unknown_side(doc: Doc, m: Mention) -> bool:
    """A side no gazetteer knows as a place and the model does not take for a person (`the Blue Jays`):
    a team, where `Doug Flach beat` is a player and `the Republic of Ireland` a country."""
    return m.label != "PERSON" and all(lookup(t.text) is None for t in doc[m.start : m.end] if t.is_alpha)


def vote(doc: Doc, g: Group, titled: int) -> str | None:
    """The label most mentions agree on; longer mentions weigh more, cues in the text more still,
    ties go to the earliest."""
    if is_company(doc, g):
        return "ORG"  # `Barrick Gold Corp`, `Cofinec S.A.`: a company, whatever the model read in its short name
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    person_words, given_led = _person_words(doc, g)
    for m in g:
        label = m.label
        single = m.end - m.start == 1
        # A surname that is also a town's name is the person's where a given name opens the full name
        # (`Ramos` of `Jorge Ramos`), not where the model merely read a club as a person (`Ajax Amsterdam`).
        surname = single and doc[m.start].lower_ in person_words and (
            m.place is None or doc[m.start].lower_ in given_led)
        if surname and (label in SURNAME_MISREADINGS or (label == "GPE" and m.place is None)):
            # `Wang` of `Wang Donghai`, whatever the model made of the surname alone; `Kasich` read as a place
            # no gazetteer knows
            label = "PERSON"
        elif single and label == "PERSON" and not person_words and is_subdivision(m.text(doc)):
            label = None  # `Derbyshire`, `Surrey` alone: a county (or its side), no one's name
        if label is not None:
            votes[label] += 2 if m.end - m.start > 1 else 1
            first.setdefault(label, m.start)
        # The surname of the group's person is no team beating another (`AGASSI BEATS STICH`)
        for label in [] if surname else cued_labels(doc, m):
            votes[label] += CUE_VOTE
            first.setdefault(label, m.start)
    if titled:
        votes["PERSON"] += titled
        first.setdefault("PERSON", g[0].start)
    if not votes:
        return None
    best = max(votes.values())
    return min((label for label, n in votes.items() if n == best), key=lambda label: first[label])


def _person_words(doc: Doc, g: Group) -> tuple[set[str], set[str]]:
    """The first and last words of the group's names that the model read as a person's full name: a surname or
    a given name alone shortens that person's name and is no evidence against it; and of those, the surnames
    that a common given name opens (`Ramos` of `Jorge Ramos`), which stay the person's even where a town bears
    them too."""
    found: set[str] = set()
    given_led: set[str] = set()
    for m in g:
        parts = name_words(doc, m)
        if m.label == "PERSON" and len(parts) >= 2:
            found |= {parts[0].casefold(), parts[-1].casefold()}
            if is_common_given_name(parts[0]):
                given_led.add(parts[-1].casefold())
    if found:
        found -= _company_openers(doc)
    return found, given_led


@once_per_doc
def _company_openers(doc: Doc) -> frozenset[str]:
    """Words that open a company's name anywhere in the text (`Pirelli SpA`): no surnames. Read once per
    text, since every person named asks."""
    suffixes = words(__package__, "corporate_suffixes.txt")
    return frozenset(a.lower_ for a, b in pairwise(doc) if b.lower_ in suffixes and a.text[:1].isupper())


def corrected(label: str | None, place: Place | None, placed: bool, fielded: bool = False) -> str:
    """A known place wins over the model, except a city named as an organisation (a club, a council)
    or a person, unless it is a capital or the text puts it somewhere (`in Sukkur`). A capital
    `fielded` as a side of a results line or a row of a league table is a team (`Canberra 30 Auckland 6`)."""
    if place is None:
        return label or FALLBACK
    if label is None or label == place.label or place.kind in ("country", "region"):
        return place.label
    if label == "ORG":
        return place.label if (place.capital and not fielded) or placed else label
    if label == "PERSON":
        return place.label if place.outranks_person or placed else label
    if label == "EVENT" and place.kind == "city" and not placed and not place.outranks_person:
        return label  # `Olympic gold medalist`, `won Wimbledon`: a small town's name the model read as an event
    return place.label
