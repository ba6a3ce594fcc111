"""A user's own cue words (a rules file's `[positions.cues]`, `never_cues`), read like the lexicon's.

A cue word or phrase matches a run of tokens whose words or lemmas are its words
(`slam` matches `slammed`, `slams`; `slammed` only `slammed`); its first word
is the cue's verb (or noun), whose subject holds the stance and whose object
(or the object of its last word, `came out for X`) is the target. A user's cue
replaces any lexicon cue it overlaps; words that are never cues leave out the
cues whose words they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from . import holders, targets
from .cues import Cue
from .lexicon import Stance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

STANCES: tuple[str, ...] = get_args(Stance)


@dataclass(frozen=True)
class UserCue:
    words: tuple[str, ...]
    stance: Stance


def parse_cues(value: Mapping[str, str]) -> tuple[UserCue, ...]:
    """A table of cue word or phrase -> stance, checked entry by entry."""
    if not isinstance(value, Mapping):
        raise ValueError('cues must be a table of word = "stance", as [positions.cues]')
    found = []
    for phrase, stance in value.items():
        where = getattr(phrase, "source", None)
        words = tuple(str(phrase).casefold().split())
        if not words or stance not in STANCES:
            reason = "an empty cue" if not words else f"{stance!r} is not a stance ({', '.join(STANCES)})"
            raise ValueError(f"{where + ': ' if where else ''}{phrase}: {reason}")
        found.append(UserCue(words, stance))
    return tuple(sorted(found, key=lambda cue: -len(cue.words)))  # longer phrases first


def parse_never(value: Iterable[str]) -> frozenset[str]:
    """Cue words or phrases never read as cues, compared without case."""
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError('never_cues must be a list of words, as never_cues = ["welcomed"]')
    return frozenset(" ".join(v.casefold().split()) for v in value if v.strip())


def matches(sent: Span, cues: tuple[UserCue, ...]) -> list[Cue]:
    """The user's cues in the sentence, longest first, each token in one at most."""
    found: list[Cue] = []
    used: set[int] = set()
    tokens = list(sent)
    for n in range(len(tokens)):
        for cue in cues:
            run = tokens[n : n + len(cue.words)]
            if len(run) == len(cue.words) and all(_is(t, w) for t, w in zip(run, cue.words, strict=True)) \
                    and not any(t.i in used for t in run):
                used.update(t.i for t in run)
                found.append(_cue(run, cue.stance))
                break
    return found


def never(cue: Cue, words: frozenset[str]) -> bool:
    """The cue's words, or its verb's lemma, are among those never read as cues."""
    doc = cue.anchor.doc
    written = " ".join(doc[cue.start : cue.end].text.casefold().split())
    return written in words or cue.anchor.lemma_.casefold() in words


def _is(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.casefold() == word


def _cue(run: list[Token], stance: Stance) -> Cue:
    verb, last = run[0], run[-1]
    heads = targets.of_verb(verb) if len(run) == 1 else [c for c in last.children if c.dep_ == "pobj"]
    about = targets.text(heads or targets.of_verb(verb))
    return Cue(verb.i, last.i + 1, stance, verb, tuple(holders.of_verb(verb)), about, nominal=verb.pos_ == "NOUN",
               rule="rules")
