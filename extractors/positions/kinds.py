"""What kind of body an organisation is, as far as the text says it.

`the party`, `the union`, `the court` each stand for a body of that one kind:
the last organisation named at all (`The Boeing 737 ... The party opposes`) is
no antecedent unless the text shows it is such a body, by its name (`the Labour
Party`, `The Washington Post` for `the newspaper`) or by a word set beside it
(`Boeing, the planemaker`, `the Teamsters union`). General kinds (`the
company`, `the group`) fit any organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import entities
from ..engine.wordlists import words
from .lexicon import DESCRIPTION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A newspaper's: the last words of a newsroom's name and of a place's paper, as the entities extractor reads them
# (`newsroom_words.txt`, `paper_words.txt`), and those that name one alone too (`The Guardian`, `the Daily Mail`).
_NEWSPAPER_NAMES = words(entities.__name__, "newsroom_words.txt") | words(entities.__name__, "paper_words.txt") | {
    "guardian", "mail", "express", "standard", "informer", "newspaper", "paper"}
# Kind nouns that stand only for a body the text shows to be of that kind, with the words of a name that show it
# (the noun itself always does: `Labour Party`, `Supreme Court`).
SPECIFIC_KINDS: dict[str, frozenset[str]] = {
    "party": frozenset({"gop"}),  # the Grand Old Party
    "union": frozenset({"unions", "workers", "teamsters", "brotherhood", "afl-cio"}),
    "airline": frozenset({"airlines", "airways", "air"}),
    "newspaper": _NEWSPAPER_NAMES,
    "paper": _NEWSPAPER_NAMES,
    "daily": _NEWSPAPER_NAMES,
    "tabloid": _NEWSPAPER_NAMES,
    "magazine": frozenset({"weekly", "monthly", "review"}),
    "court": frozenset({"tribunal"}),
    "committee": frozenset(),
    "commission": frozenset(),
    "council": frozenset(),
    "league": frozenset(),
    "club": frozenset({"fc"}),
    "university": frozenset({"college"}),
    "institute": frozenset({"institution"}),
    "federation": frozenset(),
    "association": frozenset(),
    "alliance": frozenset({"nato"}),
    "charity": frozenset({"foundation", "fund"}),
}
# Kind nouns that name one kind of body.
_SAME_KINDS = (frozenset({"newspaper", "paper", "daily", "tabloid"}), frozenset({"magazine", "weekly", "monthly"}))
# Every noun for a kind of organisation (`planemaker` too: its ending), which a word beside a name may record.
_ORG_KINDS = frozenset(word for word, labels in DESCRIPTION_LABELS.items() if "ORG" in labels)


def is_specific(noun: str) -> bool:
    return noun in SPECIFIC_KINDS


def fits(noun: str, name: str, stated: frozenset[str]) -> bool:
    """Whether a body named `name`, with the kind words `stated` beside it, may be `the <noun>`."""
    if noun in stated or any(noun in same and stated & same for same in _SAME_KINDS):
        return True  # (`the official al-Akhbar newspaper` ... `The daily said`)
    words = set(re.findall(r"[\w-]+", name.lower()))
    return noun in words or f"{noun}s" in words or bool(words & SPECIFIC_KINDS.get(noun, frozenset()))


def stated(token: Token) -> frozenset[str]:
    """The kind words the text sets beside the name headed by `token`: an apposition (`Boeing, the planemaker`,
    `the planemaker, Boeing`), a noun before it (`the carmaker Boeing`) or the noun it names (`the Teamsters
    union`)."""
    doc = token.doc
    beside = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ in ("appos", "compound"):
        beside.append(token.head)
    beside += [t for t in doc[token.left_edge.i : token.i] if t.pos_ == "NOUN"]
    return frozenset(word for t in beside if _is_kind(word := t.lemma_.lower()))


def _is_kind(word: str) -> bool:
    return word in _ORG_KINDS or word.endswith("maker")
