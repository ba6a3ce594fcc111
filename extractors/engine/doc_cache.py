"""Readings of a whole Doc that several rules or extractors need, computed once per Doc.

The value lives in `doc.user_data`, so it goes where the Doc goes and dies with
it; a function keyed by its module and name cannot collide with another's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_Value = TypeVar("_Value")


def once_per_doc(read: Callable[[Doc], _Value]) -> Callable[[Doc], _Value]:
    """`read(doc)` computed on the first call for a Doc and returned as it was on every later one.

    Only for readings of the parse and the text: what a run's options change must not be kept here.
    Callers must not change what it returns.
    """
    key = f"{read.__module__}.{read.__qualname__}"

    @wraps(read)
    def cached(doc: Doc) -> _Value:
        if key not in doc.user_data:
            doc.user_data[key] = read(doc)
        return doc.user_data[key]

    return cached


def once_per_span(read: Callable[[Span], _Value]) -> Callable[[Span], _Value]:
    """`read(span)` computed once per stretch of a Doc (its tokens and label), for readings several rules ask
    for again and again (a sentence's layout, a mention's canonical name)."""
    key = f"{read.__module__}.{read.__qualname__}"

    @wraps(read)
    def cached(span: Span) -> _Value:
        known = span.doc.user_data.setdefault(key, {})
        where = (span.start, span.end, span.label_)
        if where not in known:
            known[where] = read(span)
        return known[where]

    return cached
