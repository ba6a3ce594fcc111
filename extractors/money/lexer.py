"""Cut text into the tokens money grammar reads: numbers, words and single symbols.

spaCy's tokens are not used: `extract money` runs without a tagger, and money
needs finer cuts than spaCy makes (`US$4.7bn` is four pieces here) while
keeping grouped numbers (`1 000 000`, `1.000.000,50`) whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["num", "word", "sym"]

_SPACES = " \u00a0\u202f\u2009"
_TOKEN = re.compile(
    # a number grouped by spaces (`1 000 000`), but not a table row's cells (`618 90 568 80`): none beside it
    rf"(?P<num>\d(?<!\d[{_SPACES}]\d)\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?(?!\d|[.,]\d|[{_SPACES}]\d)"
    r"|\d+(?:[.,'’]\d+)*"
    r"|\.(?<=[$£€¥₹=]\.)\d+|\.(?<=[$£€¥₹] \.)\d+"  # `$.50`, and `$ .8787` as wires space it (the point first: cheap)
    r"|\.(?<=\b(?:up|dn) \.)\d+)"  # a cash table's move in dollars: `5.06 up .02`
    r"|(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sym>\S)"
)


@dataclass(slots=True)
class Token:
    """One token. Not frozen: a frozen dataclass sets each field through `object.__setattr__`, which made
    building the tokens of a text a sixth of `extract money`'s time; nothing changes a token after `tokenize`."""

    kind: TokenKind
    text: str
    start: int
    end: int
    # No whitespace between this token and the one before it.
    glued: bool
    # The form lexicon look-ups use: case-folded, abbreviation dots dropped (`U.S.` -> `us`).
    key: str


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        word = match.group()
        key = word.casefold()
        if kind == "abbr":
            kind, key = "word", key.replace(".", "")
        start = match.start()
        tokens.append(Token(kind, word, start, match.end(), start == last_end, key))  # type: ignore[arg-type]
        last_end = match.end()
    return tokens
