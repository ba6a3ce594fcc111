"""Read the currency written at a token: symbols, codes, names, sub-units, `<country> <unit>`.

The lexicon says which token sequences name currencies; this module checks how
they sit in the text (case, glue, before or after the number) and reads ISO codes,
which need no table (`USD`, `usd`, `USD$`, `MEUR`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .lexer import Token
from .lexicon import CurrencyRef, Entry, Lexicon
from .tables import CODE_MAGNITUDE_PREFIXES, LETTER_SUBUNITS, SUBUNITS, WORD_CODES

ONE = Decimal(1)


@dataclass(frozen=True)
class Currency:
    """A currency as written at tokens `first`..`last`."""

    ref: CurrencyRef
    kind: str  # "code", "symbol", "name", "unit", "sub"
    first: int
    last: int
    magnitude: int = 1  # `MEUR`
    share: Decimal = ONE  # a sub-unit's part of the major unit


class CurrencyReader:
    """Finds currencies in the tokens of one text."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex
        self.keys = [t.key for t in tokens]  # sliced into the lexicon's tuple keys, once per text

    def read(self, i: int, before_number: bool) -> Currency | None:
        """The longest currency written from token `i`, in the position given."""
        found = self._written(i, before_number) or self._code(i, before_number)
        if found is None or found.ref.family is not None:
            return self._qualified_unit(i, before_number) or found
        return found

    def read_after_scale(self, i: int) -> Currency | None:
        """A name read only after its country (`crowns`), here after a scaled number: `won three crowns` is
        titles, but `an order worth 1.2 billion crowns` is money."""
        return self._written(i, before_number=False, qualified=True)

    def _written(self, i: int, before_number: bool, qualified: bool = False) -> Currency | None:
        tokens, lex = self.tokens, self.lex
        if self.keys[i] not in lex.first_keys:
            return None
        for length in range(min(lex.longest, len(tokens) - i), 0, -1):
            entries = lex.entries.get(tuple(self.keys[i : i + length]))
            if not entries:
                continue
            window = tokens[i : i + length]
            following = tokens[i + length] if i + length < len(tokens) else None
            for entry in entries:
                if (entry.bare or qualified) and self._fits(entry, window, following, before_number):
                    return Currency(entry.ref, entry.kind, i, i + length - 1, share=self._share(entry, window))
        return None

    def _qualified_unit(self, i: int, before_number: bool) -> Currency | None:
        """A country or its adjective before a shared unit: `Norwegian crowns`, `Swedish kr`."""
        if self.tokens[i].key not in self.lex.cue_first_keys:
            return None
        for length in (2, 1):
            code = self.lex.cues.get(tuple(t.key for t in self.tokens[i : i + length]))
            if code and i + length < len(self.tokens):
                unit = self._written(i + length, before_number, qualified=True)
                if unit is not None and unit.ref.family is not None and code in unit.ref.candidates:
                    return Currency(CurrencyRef(frozenset({code})), "name", i, unit.last, share=unit.share)
        return None

    def _fits(self, entry: Entry, window: list[Token], following: Token | None, before_number: bool) -> bool:
        if entry.surface is not None and "".join(t.text for t in window) != entry.surface:
            return False
        if entry.glued and not all(t.glued for t in window[1:]):
            return False
        if not (entry.before_number if before_number else entry.after_number):
            return False
        if entry.kind == "sub" and len(window) == 1 and window[0].text in LETTER_SUBUNITS:
            # `5p`, `43c` touch the number; a lone `c` may stand apart (`10 c`), a lone `p` may not; neither
            # is a unit when a digit or letter touches it after (`501 c3`, `the 501(c)(3)`)
            if following is not None and following.glued and following.kind != "sym":
                return False
            return window[0].glued or window[0].text == "c"
        return True

    @staticmethod
    def _share(entry: Entry, window: list[Token]) -> Decimal:
        return SUBUNITS[window[0].key][0] if entry.kind == "sub" else ONE

    def _code(self, i: int, before_number: bool) -> Currency | None:
        """An ISO 4217 code (`USD`, lower-case `usd`), `USD$`, or a scaled code (`MEUR`)."""
        token = self.tokens[i]
        if token.kind != "word" or not 3 <= len(token.text) <= 5:
            return None
        text = token.text
        upper = text.upper()
        last = i
        if i + 1 < len(self.tokens) and self.tokens[i + 1].text == "$" and self.tokens[i + 1].glued:
            last = i + 1
        past = upper not in self.lex.current
        if not past or (text.isupper() and upper in self.lex.codes):
            following = self.tokens[last + 1] if last + 1 < len(self.tokens) else None
            if upper in WORD_CODES and (before_number or not text.isupper() or (
                    following is not None and following.kind == "word" and following.text.isupper())):
                return None
            if past:  # `DEM 5 mln`: read where the document's date falls in its time (`context.py`)
                return Currency(CurrencyRef(frozenset(), past=frozenset({upper})), "code", i, last)
            if text.isupper() or (text.islower() and upper not in WORD_CODES):
                return Currency(CurrencyRef(frozenset({upper})), "code", i, last)
            return None
        for prefix, scale in CODE_MAGNITUDE_PREFIXES.items():
            rest = text[len(prefix) :]
            if text.startswith(prefix) and rest.isupper() and rest in self.lex.current:
                return Currency(CurrencyRef(frozenset({rest})), "code", i, i, magnitude=scale)
        return None
