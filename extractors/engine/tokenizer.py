"""Tokenizer rules the English pipelines lack: a double hyphen standing for a dash glued to the words beside it
(`--I think`, `Sam Rayburn--"Mr. Democrat"`), a list's hyphen before its item (`-David Andersen`), a dash glued
to a quotation mark (`record—“the longest”—and`), a colon glued to the quotation it opens (`Clinton:"We learned`,
`Gowdy (R-S.C.):"I have`) and a list number glued to the next sentence (`9.We will`). Left whole, they make
holders and names such as `--I`, `-David`, `9.We`, `Clinton:"We` and `Sam Rayburn--"Mr`. And the other way round,
a plural title's full stop kept on its word (`Govs.`), which split off ends a sentence inside a list of names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# `--` before a word or an opening quotation mark, at the start of a token (`--I`, `--"We`), and a list's hyphen
# before a capitalised word (`-David Andersen and ...`).
_DASH_PREFIX = r"(?:--(?=[A-Za-z\"“'‘])|-(?=[A-Z][a-z]))"
# `--` or a dash between a word (or its full stop) and the next word or quotation mark (`Rayburn--"Mr`,
# `tax.--The`, `record—“the longest ...”—and`), and the marks either side of it, which the pieces split off by an
# infix do not get as prefixes or suffixes.
_DASH_INFIX = (r"(?<=[A-Za-z.,;:!?\"”’'])(?:--|[—–])(?=[A-Za-z\"“'‘])|(?<=--)[\"“'‘](?=[A-Za-z])"
               r"|(?<=[—–])[\"“'‘](?=[A-Za-z])|(?<=[a-z])[.,;:](?=--)|(?<=[A-Za-z.])[\"”’'](?=--|[—–])")
# A colon between a name (or its closing bracket) and the quotation mark it opens, that mark, and the bracket.
_COLON_INFIX = r"(?<=[A-Za-z.)]):(?=[\"“'‘])|(?<=:)[\"“'‘](?=[A-Za-z])|(?<=[A-Za-z.])\)(?=:[\"“'‘])"
# The full stop of a list number before a capitalised word (`9.We`); never a decimal (`2.0`) nor `No.5`.
_LIST_NUMBER_INFIX = r"(?<=\d)\.(?=[A-Z][a-z])"


def split_glued_punctuation(nlp: Language) -> None:
    """Add the rules to `nlp`'s tokenizer, in place, before any text is parsed."""
    from spacy.util import compile_infix_regex, compile_prefix_regex  # spaCy loads with the model, not before

    tokenizer = nlp.tokenizer
    prefixes = [_DASH_PREFIX, *nlp.Defaults.prefixes]
    infixes = [_DASH_INFIX, _COLON_INFIX, _LIST_NUMBER_INFIX, *nlp.Defaults.infixes]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for title in _PLURAL_TITLES:
        tokenizer.add_special_case(title, [{"ORTH": title}])


# Titles of several people abbreviated (`Govs. Jeb Bush and Chris Christie`), which the English exceptions have only
# in the singular: split from their full stop, they end the sentence in the parse.
_PLURAL_TITLES = ("Govs.", "Sens.", "Reps.", "Gens.", "Drs.", "Profs.", "Adms.", "Cols.", "Lts.", "Capts.")
