"""A reading kept on a Doc is computed once for that Doc, and never handed to another."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extract_facts.extractors.engine.doc_cache import once_per_doc


def test_a_reading_is_computed_once_per_doc() -> None:
    calls: list[str] = []

    @once_per_doc
    def words(doc: Doc) -> list[str]:
        calls.append(doc.text)
        return [t.text for t in doc]

    nlp = spacy.blank("en")
    first, second = nlp("Markets rose on Monday."), nlp("Rates fell.")
    assert words(first) is words(first)
    assert words(second) == ["Rates", "fell", "."]
    assert calls == ["Markets rose on Monday.", "Rates fell."]


def test_two_readings_of_one_doc_do_not_share_a_value() -> None:
    @once_per_doc
    def length(doc: Doc) -> int:
        return len(doc)

    @once_per_doc
    def first_word(doc: Doc) -> str:
        return doc[0].text

    doc = spacy.blank("en")("Markets rose.")
    assert (length(doc), first_word(doc)) == (3, "Markets")
