"""What the parse says around a candidate: neighbouring words, their tags, and the tense of the clause.

Tense picks the direction of year-less and weekday expressions: `Friday` in
`he said on Friday` is behind the reference date, in `will meet on Friday` ahead.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d", "could", "can", "may", "might",
                         "should", "must", "ca"})


@dataclass(frozen=True)
class Word:
    text: str  # lower-cased
    tag: str


class TokenView:
    """Token lookups by character offset over one parsed document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy builds Doc.text anew on every access
        self.starts = [t.idx for t in doc]
        self.has_tags = doc.has_annotation("TAG")
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.sentence_starts = [sent.start for sent in sentences]
        self.sentence_ends = [sent.end for sent in sentences]

    def sentence(self, token: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token index `token`."""
        n = max(bisect.bisect_right(self.sentence_starts, token) - 1, 0)
        return self.sentence_starts[n], self.sentence_ends[n]

    def index_at(self, char: int) -> int:
        """The token that contains or starts at `char` (the last one before it otherwise)."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def before(self, char: int, skip: int = 0) -> Word | None:
        i = bisect.bisect_left(self.starts, char) - 1 - skip
        if i < 0:
            return None
        token = self.doc[i]
        return Word(token.lower_, token.tag_ if self.has_tags else "")

    def after(self, char: int) -> Word | None:
        i = bisect.bisect_left(self.starts, char)
        if i >= len(self.doc):
            return None
        token = self.doc[i]
        return Word(token.lower_, token.tag_ if self.has_tags else "")

    def whole_tokens(self, start: int, end: int) -> bool:
        return self.doc.char_span(start, end) is not None

    def whole_sentence(self, start: int, end: int) -> bool:
        """The span is all there is in its sentence, punctuation aside."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first, last = self.sentence(span.start)
        words = [t for t in self.doc[first:last] if not t.is_punct and not t.is_space]
        return bool(words) and words[0].i >= span.start and words[-1].i < span.end

    def superlative_before(self, char: int) -> bool:
        """A superlative earlier in the sentence (`the lowest rate in 20 years`, `the first time in years`)."""
        if not self.has_tags:
            return False
        index = self.index_at(char)
        first, _ = self.sentence(index)
        return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "first" for t in self.doc[first:index])

    def tags(self, start: int, end: int) -> list[str]:
        if not self.has_tags:
            return []
        return [t.tag_ for t in self.doc[self.index_at(start) : self.index_at(max(start, end - 1)) + 1]]

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense of the verb nearest to the span in its sentence; None without tags."""
        if not self.has_tags or not len(self.doc):
            return None
        first, last = self.index_at(start), self.index_at(max(start, end - 1))
        sent_start, sent_end = self.sentence(first)
        verbs = [t for t in self.doc[sent_start:sent_end] if t.tag_.startswith("VB") or t.tag_ == "MD"]
        verbs = [t for t in verbs if not first <= t.i <= last and not (t.i > last and _infinitive(t))]
        if not verbs:
            return None
        # The governing verb usually comes first (`was named in March and will retire`): a verb after the
        # expression counts only when it is much closer.
        verb = min(verbs, key=lambda t: ((t.i - last) * 3 if t.i > last else first - t.i, t.i > last))
        return _tense_of(verb)


def _infinitive(verb: Token) -> bool:
    """`... on Sunday to move top`: a purpose clause after the date does not set its tense."""
    return verb.tag_ == "VB" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"


def _tense_of(verb: Token) -> Tense:
    doc, i = verb.doc, verb.i
    words = [t.lower_ for t in doc[max(0, i - 3) : i + 1]]
    if verb.tag_ == "MD" or any(w in _FUTURE_AUX for w in words):
        return "future"
    if "going" in words and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return "future"
    if verb.tag_ == "VB" and i > 0 and doc[i - 1].lower_ == "to":  # plans to meet, expected to vote
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.lower_ in ("has", "have", "'ve", "'s") and any(t.tag_ == "VBN" for t in doc[i + 1 : i + 3]):
        return "past"  # `has gone`, `have already risen`: the perfect looks back
    if verb.tag_ == "VBN":
        return "present" if any(w in ("is", "are", "'re", "am", "be") for w in words[:-1]) else "past"
    if verb.tag_ == "VBG" and any(w in ("is", "are", "'re", "am", "'m") for w in words[:-1]):
        return "future"
    return "present"
