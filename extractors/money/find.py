"""Turn the money mentions of one parsed piece into facts, resolving currencies in text order."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..engine.records import Context, Fact
from .context import DocumentCurrencies
from .currencies import CurrencyReader
from .grammar import Grammar, Mention
from .lexer import Token, tokenize
from .lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

STATE_KEY = "money"


def find(doc: Doc, context: Context) -> Iterator[Fact]:
    lex = lexicon()
    text = doc.text  # spaCy builds Doc.text anew on every access
    tokens = tokenize(text)
    grammar = Grammar(tokens, lex)
    mentions = grammar.mentions()
    state: DocumentCurrencies = context.state.setdefault(STATE_KEY, DocumentCurrencies())
    names = _named(grammar.currencies)
    cues = _cues(tokens, lex)
    sentence_ends = [sent.end_char for sent in doc.sents]
    cue_at = name_at = 0
    seen = Counter(state.cues)
    for mention in mentions:
        start = tokens[mention.first].start
        while name_at < len(names) and names[name_at][0] < start:
            state.named.append(names[name_at][1])
            name_at += 1
        n = bisect.bisect_right(sentence_ends, start)
        horizon = sentence_ends[n] if n < len(sentence_ends) else len(text)
        while cue_at < len(cues) and cues[cue_at][0] < horizon:
            seen[cues[cue_at][1]] += 1
            cue_at += 1
        fields = _fields(mention, state, seen, context.options.default_currency)
        if fields["currency"]:
            state.used.append(fields["currency"])
        yield Fact(start, tokens[mention.last].end, fields)
        state.named.extend(c.ref.code for c in mention.currencies if c.ref.code)
    state.named.extend(code for _, code in names[name_at:])
    state.cues.update(code for _, code in cues)


def _fields(mention: Mention, state: DocumentCurrencies, cues: Counter[str], default: str | None) -> dict[str, Any]:
    currencies = mention.currencies
    currency = state.resolve(currencies[0].ref, cues, default) if currencies else None
    low = _plain(mention.low.value)
    high = _plain(mention.high.value) if mention.high is not None else None
    fields: dict[str, Any] = {"amount": low, "currency": currency, "min": None, "max": None}
    if mention.high is not None:
        fields.update(amount=None, min=low, max=high)
    elif mention.bound is not None:
        fields.update(amount=None, **{mention.bound: low})
    fields["approximate"] = mention.approximate
    return fields


def _plain(value: Decimal) -> int | float:
    """Whole values as ints (19000000000, not 1.9e10), others as floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def _named(currencies: CurrencyReader) -> list[tuple[int, str]]:
    """Currencies named by full name anywhere (`the Canadian dollar fell`), which later bare `$` follow."""
    found = []
    for i, token in enumerate(currencies.tokens):
        if token.kind == "word" and token.key in currencies.lex.first_keys:
            cur = currencies.read(i, before_number=False)
            if cur is not None and cur.kind == "name" and cur.ref.code:
                found.append((token.start, cur.ref.code))
    return found


def _cues(tokens: list[Token], lex: Lexicon) -> list[tuple[int, str]]:
    """Country names and adjectives (`China`, `Swedish`) in text order."""
    found = []
    for i, token in enumerate(tokens):
        if token.kind != "word" or token.key not in lex.cue_first_keys:
            continue
        for length in (3, 2, 1):
            code = lex.cues.get(tuple(t.key for t in tokens[i : i + length]))
            if code:
                found.append((token.start, code))
                break
    return found
