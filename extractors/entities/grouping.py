"""Which mentions name the same entity: same key, same place, acronym and expansion, part of a person's name."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from itertools import takewhile
from typing import TYPE_CHECKING

from ..engine.given_names import HONORIFIC_GENDERS, KIN_NOUNS, gender_of, is_common_given_name, is_nickname_of
from ..engine.wordlists import lines, words
from . import gazetteer
from .acronyms import initials_forms, is_acronym
from .demonyms import country_of, is_a_people
from .mentions import Mention, listed_place_noun
from .surface import key, middles_agree, tidy, undotted
from .titles import title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Name suffixes that are not the surname (`Martin Luther King Jr.`).
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

Group = list[Mention]
# Labels of names that open organisations' names without being them (`Armenian` Ministry of Defence).
PLACE_LIKE = frozenset({"NORP", "GPE", "LOC", "FAC"})


def identity(doc: Doc, mention: Mention) -> str:
    """Mentions with one identity are one entity: a name listed before a plural place noun is that place in full
    (`Jefferson` of `Jefferson counties`), else a place's id, else the name's key without a
    company's legal form (`Apple Inc.` is `Apple`), a given name sharing the next one's surname as that full
    name (`David` of `David and Charles Koch` is David Koch)."""
    listed = listed_place_noun(doc, mention.start, mention.end)
    if listed is not None and (mention.place is None or mention.place.kind in ("city", "region")):
        # `Jefferson` of `Arapahoe and Jefferson counties` is Jefferson County (`Texas and Oklahoma towns`: Texas)
        return "name:" + key(f"{mention.text(doc)} {listed}")
    if mention.place is not None:
        return mention.place.ident
    shared = shared_surname(doc, mention)
    if shared is not None:
        return "name:" + key(shared)
    tokens = doc[mention.start : mention.end]
    if len(tokens) > 1 and tokens[-1].lower_ in words(__package__, "corporate_suffixes.txt"):
        tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
    name = key(tokens.text)
    return "name:" + _organisation_aliases().get(name, name)


def shared_surname(doc: Doc, mention: Mention) -> str | None:
    """`David and Charles Koch`, `Bill and Hillary Clinton`: a given name alone before `and` and a person's full
    name led by a given name shares that name's surname; the full name it makes (`David Koch`), else None. Not a
    surname alone (`Sens. Warren and Paul Ryan`: titled, or the last word of a full name elsewhere in the text)."""
    end, word = mention.end, doc[mention.start]
    if mention.label != "PERSON" or end - mention.start != 1 or end + 3 > len(doc) or doc[end].lower_ != "and" \
            or not is_common_given_name(word.text) or mention.title or title_before(doc, mention.start) or (
            mention.start > 0 and doc[mention.start - 1].text == "."):
        return None  # (`Sens. Warren`: a title's stop, whose plural the title list lacks)
    first = doc[end + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or not is_common_given_name(first.text):
        return None
    name = list(takewhile(lambda t: t.ent_iob_ == "I", doc[end + 2 :]))
    if not name or institution_word(name[-1].text) or any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == word.lower_ for e in doc.ents):
        return None  # `the William and Flora Hewlett Foundation`, whatever the model made of it
    return f"{word.text} {name[-1].text}"  # (`Bill and Hillary Rodham Clinton`: Bill Clinton)


@cache
def _alias_pairs() -> tuple[tuple[str, str], ...]:
    """(`GOP`, `Republican Party`): an organisation's other names as written (`organisation_aliases.txt`)."""
    return tuple((alias, name) for alias, name in (line.split("\t") for line in lines(__package__,
                                                                                      "organisation_aliases.txt")))


@cache
def _organisation_aliases() -> dict[str, str]:
    """`gop` -> `republican party`: the keys of an organisation's other names."""
    return {key(alias): key(name) for alias, name in _alias_pairs()}


def alias_forms(ident: str) -> tuple[tuple[str, ...], ...]:
    """The written forms of the names of the organisation with this identity (`Islamic State`, `ISIS`, `ISIL`
    for `name:islamic state`), so a form the model missed or cut (`the Islamic State` read as `Islamic`) is found."""
    return _alias_forms().get(ident, ())


@cache
def _alias_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for alias, name in _alias_pairs():
        found["name:" + key(name)] |= {tuple(alias.split()), tuple(name.split())}
    return {ident: tuple(sorted(forms)) for ident, forms in found.items()}


def group(doc: Doc, mentions: list[Mention], links: list[tuple[Mention, Mention]]) -> list[Group]:
    """Mentions grouped by identity, acronyms joined to their expansions, surnames to full names."""
    parent: dict[str, str] = {}

    def root(ident: str) -> str:
        while parent.get(ident, ident) != ident:
            ident = parent[ident]
        return ident

    for long, short in links:
        a, b = root(identity(doc, long)), root(identity(doc, short))
        if a != b:
            parent[b] = a
    groups: dict[str, Group] = defaultdict(list)
    for mention in mentions:
        groups[root(identity(doc, mention))].append(mention)
    joined = _join_partial_names(doc, [sorted(g, key=lambda m: m.start) for g in groups.values()])
    return _join_acronyms(doc, _join_short_organisations(doc, joined))


def name_words(doc: Doc, mention: Mention) -> list[str]:
    """The words of a personal name, without a generational suffix, typography made plain (`O’Neill`)."""
    parts = [tidy(t.text) for t in doc[mention.start : mention.end] if not t.is_punct]
    while len(parts) > 2 and parts[-1].lower() in SUFFIXES:
        parts.pop()
    return parts


def is_full_name(doc: Doc, g: Group) -> bool:
    """A group some of whose mentions are labelled a person by a name of two or more words."""
    return any(_personal_name(doc, m) for m in g)


def _personal_name(doc: Doc, m: Mention) -> bool:
    """Labelled a person, two or more words, and not ending in an institution's word: `the Obama White
    House` read as a person must not take in `Obama` and `White House`."""
    return m.label == "PERSON" and len(name_words(doc, m)) >= 2 and not institution_word(doc[m.end - 1].text)


def institution_word(word: str) -> bool:
    """An organisation's last word (`Foundation`, `Party`), or the `House` of `White House`."""
    folded = word.casefold()
    return folded == "house" or folded in words(__package__, "organisation_words.txt")


def is_company(doc: Doc, g: Group) -> bool:
    """A group one of whose names ends in a company's legal form (`Pirelli SpA`, `Bre-X Minerals Ltd`)."""
    suffixes = words(__package__, "corporate_suffixes.txt")
    return any(m.end - m.start > 1 and doc[m.end - 1].lower_ in suffixes for m in g)


def _join_partial_names(doc: Doc, groups: list[Group]) -> list[Group]:
    """Move `Franklin Roosevelt`, then `Roosevelt` and `Franklin`, to the longer full name
    (`Franklin Delano Roosevelt`): the nearest such name before the mention, else after."""
    for single in (False, True):
        full: list[tuple[int, Group, list[str]]] = sorted(
            ((m.start, g, name_words(doc, m)) for g in groups if is_full_name(doc, g) and not is_company(doc, g)
             for m in g if _personal_name(doc, m)),
            key=lambda item: item[0],
        )
        moved: dict[int, Group] = {id(g): [] for g in groups}
        bare = [(name_words(doc, m)[0], m.start) for g in groups for m in g if len(name_words(doc, m)) == 1]
        kin_given = {word for word, start in bare if _after_kin_noun(doc, start)}
        kin = {id(g) for _, g, _ in full if _is_kin(doc, g, kin_given)}
        for g in groups:
            if is_company(doc, g):
                moved[id(g)].extend(g)  # `Pirelli` of `Pirelli SpA` is the company, not `Pirelli Cables`' person
                continue
            others = [f for f in full if f[1] is not g]
            for mention in g:
                # (`Latino voters` is no given name of `Latino Decisions`)
                target = _owner(doc, mention, others, kin, bare) if (len(name_words(doc, mention)) == 1) == single \
                    and not is_a_people(mention.text(doc)) else None
                moved[id(target if target is not None else g)].append(mention)
        groups = [sorted(moved[id(g)], key=lambda m: m.start) for g in groups if moved[id(g)]]
    return groups


# Nouns after a surname that make it a family's (`the Kennedy clan`, `the Koch brothers`), not one member's.
HOUSEHOLD_NOUNS = frozenset({"family", "families", "clan", "clans", "dynasty", "household", "brothers", "sisters",
                             "siblings", "twins"})


def family_name(doc: Doc, start: int, end: int) -> bool:
    """The name is a family's (`the Gonzalez family`, `the Bush dynasty`), not what another word is against
    (`anti-Castro families`)."""
    return end < len(doc) and doc[end].lower_ in HOUSEHOLD_NOUNS and not (start > 0 and doc[start - 1].text == "-")


def _is_kin(doc: Doc, g: Group, kin_given: set[str]) -> bool:
    """The person was brought in as someone's relative (`his daughter Ivanka Trump`, `her husband, Bill Clinton`),
    also by the given name alone before the full name (`Her husband, Bill, ... Bill Clinton`)."""
    return _after_kin_noun(doc, g[0].start) or name_words(doc, g[0])[0] in kin_given


def _after_kin_noun(doc: Doc, start: int) -> bool:
    before = [doc[i] for i in range(max(start - 2, 0), start)]
    if before and before[-1].text == ",":
        before = before[:-1]
    # the word as written: `extract entities` alone runs no lemmatizer, and a kin noun before one name is singular
    return bool(before) and before[-1].lower_ in KIN_NOUNS


def _owner(doc: Doc, mention: Mention, full: list[tuple[int, Group, list[str]]], kin: set[int],
           bare: list[tuple[str, int]]) -> Group | None:
    """The person group whose longer full name this mention shortens; a bare surname shared with a relative
    (`Trump` after `his daughter Ivanka Trump`) is the person's the story is about, not the relative's."""
    if mention.place is not None and mention.place.kind == "country" and mention.label != "PERSON":
        return None
    parts = name_words(doc, mention)
    if len(parts) == 1 and family_name(doc, mention.start, mention.end):
        return None  # `the Gonzalez family`: all who bear the name, not the one named in full
    title = mention.title or title_before(doc, mention.start) or ""
    gender = HONORIFIC_GENDERS.get(title.split()[-1].lower()) if title else None
    if gender is not None:
        # `Mrs. Clinton` is not Bill Clinton: a title's gender against the given name's
        full = [(start, g, name) for start, g, name in full if gender_of(name[0]) in (None, gender)]
    if len(parts) == 1:
        word = parts[0]
        # `Ms. Acosta` of `Melba Acosta Febo`: an honorific before the first of two surnames, as Spanish names go
        # (not a middle given name: `Mr. Lee` is no `Tommy Lee Jones`)
        paternal = gender is not None
        candidates = [(start, g) for start, g, name in full if _written(word, name[0]) or _written(word, name[-1])
                      or (paternal and len(name) == 3 and len(name[1]) > 2 and _written(word, name[1])
                          and not is_common_given_name(name[1]))]
        story = [(start, g) for start, g, name in full
                 if (_written(word, name[0]) or _written(word, name[-1])) and not (
                     id(g) in kin and _written(word, name[-1]))]
        candidates = story or candidates
        established = _established(word, candidates, bare)
        if established is not None and established[0] < mention.start and not _same_sentence(
                doc, established[0], mention.start):
            return established[1]
    else:
        longer = [(start, g, name) for start, g, name in full if _shortens(parts, name)]
        # `John Kennedy` shortens `John F. Kennedy` and `John Fitzgerald Kennedy`: the longest, which the other shortens
        candidates = [(start, g) for start, g, name in longer
                      if not any(_shortens(name, other) for _, _, other in longer)]
    return _nearest(candidates, mention)


def _established(word: str, candidates: list[tuple[int, Group]], bare: list[tuple[str, int]]
                 ) -> tuple[int, Group] | None:
    """Where two people share the surname, the first of them if the text used the surname alone for that one
    before naming the second (`Chris Murphy ... Murphy said ... Anne Marie Murphy ... Murphy said`): a writer
    names the newcomer in full, so the short form stays with whom it was set for (past the newcomer's own
    sentence). Returns where the second was named, from which on this holds, and the first person's group."""
    firsts: dict[int, tuple[int, Group]] = {}
    for start, g in candidates:
        if id(g) not in firsts or start < firsts[id(g)][0]:
            firsts[id(g)] = (start, g)
    if len(firsts) < 2:
        return None
    (first, established), (second, _) = sorted(firsts.values(), key=lambda item: item[0])[:2]
    if any(w == word and first < at < second for w, at in bare):
        return second, established
    return None


def _same_sentence(doc: Doc, i: int, j: int) -> bool:
    """(`Eleanor Roosevelt spoke later, and Roosevelt thanked them`: the name just given, in its own sentence)"""
    return doc.has_annotation("SENT_START") and doc[i].sent.start == doc[j].sent.start


def _written(word: str, name_word: str) -> bool:
    """`word` is `name_word` as written, or in a headline's capitals (`OWENS` of `Jesse Owens`)."""
    return word == name_word or (word.isupper() and len(word) > 1 and word.casefold() == name_word.casefold())


def _shortens(parts: list[str], name: list[str]) -> bool:
    """`Franklin Roosevelt` of `Franklin Delano Roosevelt`; `Van Gaal` of `Louis van Gaal`; `John F.
    Kennedy` of `John Fitzgerald Kennedy` (a middle name written as its initial); a nickname's full name, with or
    without its middle names."""
    folded, whole = [p.casefold() for p in parts], [n.casefold() for n in name]
    if len(parts) == len(name) > 2 and (folded[0], folded[-1]) == (whole[0], whole[-1]):
        return middles_agree(parts[1:-1], name[1:-1]) and len("".join(parts)) < len("".join(name))
    if len(parts) == 2 and len(name) >= 2 and folded[1] == whole[-1] and len(folded[0]) < len(whole[0]) and (
            is_nickname_of(folded[0], whole[0])):
        # `Sandy Paradis` of `Sandra Paradis`, `Bill Clinton` of `William Clinton`, `Joe Biden` of `Joseph R. Biden`
        return True
    if len(parts) >= len(name):
        return False
    return (folded[0], folded[-1]) == (whole[0], whole[-1]) or folded == whole[-len(folded) :]


def _nearest(candidates: list[tuple[int, Group]], mention: Mention) -> Group | None:
    """Of groups named at the given positions, the one named last before the mention, else first after."""
    if not candidates:
        return None
    before = [c for c in candidates if c[0] < mention.start]
    return (before[-1] if before else candidates[0])[1]


def _join_short_organisations(doc: Doc, groups: list[Group]) -> list[Group]:
    """`Goldman` to `Goldman Sachs`, `Kuehne+Nagel` to `Kuehne+Nagel International AG`: a shorter
    name that opens an organisation's longer one is it (the nearest before, else the first after),
    whatever the model called the short one."""
    longer = sorted(
        ((m.start, g, _words(doc, m)) for g in groups for m in g if m.label == "ORG" and m.end - m.start >= 2),
        key=lambda item: item[0],
    )
    moved: dict[int, Group] = {id(g): [] for g in groups}
    for g in groups:
        target = None
        if _may_shorten(doc, g):
            short = _words(doc, g[0])
            target = _nearest([(start, h) for start, h, name in longer
                               if ((_opens(short, name) and not _body_of(short, name)) or _after_its_place(short, name))
                               and h is not g], g[0]) or _head_of_one(doc, g, longer)
        moved[id(target if target is not None else g)].extend(g)
    return [sorted(moved[id(g)], key=lambda m: m.start) for g in groups if moved[id(g)]]


def _head_of_one(doc: Doc, g: Group, longer: list[tuple[int, Group, tuple[str, ...]]]) -> Group | None:
    """`The Journal` after `The Wall Street Journal`, `the Department` after `the State Department`: the last word
    of one organisation's name written before, a newsroom's or a body's, with `the`; not where two names the text
    writes end in it (`the State Department`, `the Justice Department`)."""
    word = _words(doc, g[0])
    heads = (_BODIES | words(__package__, "newsroom_words.txt")) - _PAPERS_OF_THEIR_OWN
    if len(word) != 1 or word[0].casefold() not in heads or any(
            m.start == 0 or doc[m.start - 1].lower_ != "the" for m in g):
        return None
    owners = {id(h): h for start, h, name in longer if name[-1] == word[0] and h is not g}
    first = min((start for start, h, name in longer if id(h) in owners), default=len(doc))
    return next(iter(owners.values())) if len(owners) == 1 and first < g[0].start else None


# Last words that are a newspaper's whole name as well (`The Times` beside the `Financial Times`): left to a
# city's paper (`the Times` of `The New York Times`, `_after_its_place`).
_PAPERS_OF_THEIR_OWN = frozenset({"times"})


def _may_shorten(doc: Doc, g: Group) -> bool:
    """One form, not a known place, not only a nationality, a people or a place (`Armenian` of `Armenian Ministry
    of Defence`), not a nation's word the model misread as a person (`Nepali` government beside the `Nepali
    Congress` party; read as a body it may be one, `American` of `American Airlines`), not part of a person's full
    name, nor a family's (`the Koch brothers` beside `Koch Industries`)."""
    return (
        len({_words(doc, m) for m in g}) == 1
        and all(m.place is None for m in g)
        and any(m.label not in PLACE_LIKE for m in g)
        and not is_full_name(doc, g)
        and not is_a_people(g[0].text(doc))  # `Latino` voters, not `Latino Decisions`
        and not any(family_name(doc, m.start, m.end) for m in g)
        and (country_of(g[0].text(doc)) is None or all(m.label == "ORG" for m in g))
    )


def _words(doc: Doc, mention: Mention) -> tuple[str, ...]:
    return tuple(t.text for t in doc[mention.start : mention.end])


def _opens(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """`Goldman` opens `Goldman Sachs`; a name does not open itself."""
    return len(short) < len(name) and name[: len(short)] == short


def _after_its_place(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """`Congress` closes `U.S. Congress`, `Parliament` closes `Hungarian Parliament`: the country's own body, named
    without it (a state's, `Iowa Democratic Party`, is another); `Times` closes `New York Times`, `Sun-Times`
    closes `Chicago Sun-Times`: a newspaper named without its city."""
    if not len(short) < len(name) or name[-len(short):] != short:
        return False
    place_words = " ".join(name[: -len(short)])
    place = gazetteer.lookup(place_words)
    newspaper = place is not None and short[-1].casefold() in words(__package__, "newsroom_words.txt")
    country = (place is not None and place.kind == "country") or (
        " " not in place_words and country_of(place_words) is not None)
    return newspaper or (len(name) <= len(short) + 3 and country)


def _body_of(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """`United Nations Special Commission`, `Bank of Japan Policy Board`: a name of two words or more, followed by
    the capitalised noun of a governing body, names a body of that organisation, not the organisation; so does an
    acronym's, or an organisation's full name, with the noun of a unit (`FBI Laboratory`, `NASA Ames Research
    Center`, `University of Pennsylvania Medical Centre`). Other units stay with the short name they open: `Mount
    Sinai` is `Mount Sinai Medical Center`, `St. Anselm` `St. Anselm College`."""
    rest = [word.casefold() for word in name[len(short):] if word[:1].isupper()]
    if (is_acronym(short[0]) and len(short) == 1) or (len(short) >= 2 and any(institution_word(w) for w in short)):
        return any(word in _BODIES | _UNITS for word in rest)
    return len(short) >= 2 and any(word in _BODIES for word in rest)


_BODIES = frozenset({"commission", "committee", "council", "board", "agency", "office", "department", "ministry",
                     "court", "authority", "bureau", "panel", "directorate", "secretariat", "tribunal", "assembly",
                     "commissioner", "fund", "programme", "program", "mission"})
_UNITS = frozenset({"laboratory", "laboratories", "lab", "center", "centre", "academy", "school", "college",
                    "division", "unit", "hospital", "library", "museum"})


def _join_acronyms(doc: Doc, groups: list[Group]) -> list[Group]:
    """`EU` to `European Union` when the document holds exactly one name with those initials. A dateline's
    place (`UNITED NATIONS`, where the story was filed) is not what the body's `U.N.` names, nor is a
    person by two letters (`Susan Collins` beside `Lindsey Graham (S.C.)`); three name a person (`FDR` of
    `Franklin Delano Roosevelt`, `JFK`)."""
    expansions: dict[str, list[Group]] = defaultdict(list)
    for g in groups:
        if all(m.origin == "dateline" for m in g):
            continue
        person = any(m.label == "PERSON" for m in g)
        for short in {form for m in g for form in initials_forms(m.text(doc))}:
            if not person or len(short) >= 3:
                expansions[short].append(g)
    moved: dict[int, Group] = {id(g): [] for g in groups}
    for g in groups:
        texts = {m.text(doc) for m in g}
        # (a state's abbreviation is the state: `S.C.`, `D.C.` join no court; `U.N.` joins `United Nations`)
        owners = [h for h in expansions.get(undotted(next(iter(texts))), []) if h is not g] if len(texts) == 1 and (
            all(m.place is None or m.place.kind != "state" for m in g)) else []
        target = owners[0] if len(owners) == 1 and is_acronym(next(iter(texts))) else g
        moved[id(target)].extend(g)
    return [sorted(moved[id(g)], key=lambda m: m.start) for g in groups if moved[id(g)]]
