"""Run extractors over a stream of documents: one model, one parse per document.

This is the library API under the CLI:

    from extract_facts.extractors import Runner, Document
    runner = Runner(["money", "dates"], {"reference_date": "2025-12-25"})
    for result in runner.run([Document("a.txt", text)]):
        print(result.records)

Documents are read from the stream only as fast as they are parsed, parsed in
batches bounded by size, and each one's result is yielded as soon as its batch
is done, so memory stays flat over any number of documents and output starts
after the first one.
"""

from __future__ import annotations

import bisect
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from . import pipeline, registry
from .documents import Document, Failure
from .extractor import Extractor, configure, option_fields
from .records import Context, Fact, Record, to_record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .rules import Rules

# Characters of text handed to spaCy at a time. Batching pays for short texts
# (news articles run 2-10k characters); past this size it gains nothing and only
# delays output and holds more parses in memory. The peak of a run is one batch's
# parse: the parser's and NER's working arrays grow with the batch's tokens (50-95
# MiB over the settled RSS for 50,000 characters, 20-25 MiB for 20,000), so a long
# run that meets a batch of many short tokens peaked higher than a short one (274
# -> 309 MiB from 100 to 1,000 documents at 50,000; 240 -> 240 at 20,000, at the
# same CPU). The first batch is always one piece, so the first document's records
# appear as soon as it alone is parsed.
BATCH_CHARS = 20_000
# The longest `sentence` a record carries; a longer one is cut to a window around the fact.
SENTENCE_CHARS = 400


@dataclass
class Result:
    """The records of one document, in extractor order then text order.

    `failures` names each extractor that failed on it (one line each, as for an
    unreadable input); the other extractors' records are kept all the same.
    """

    document: Document
    records: list[Record] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


class Runner:
    """Holds one loaded pipeline and the chosen extractors for a whole run.

    `extractors` are installed extractors' names or `Extractor` objects;
    `settings` are option values by name (`reference_date`, `min_count`), each
    given to the extractors that declare it, and an error if none does. `nlp`
    is an already loaded pipeline to use instead of loading `model`. `strict`
    leaves out facts marked `ambiguous` (a bare `$` in a text that names no
    country, a weekday with no tense). A runner
    pickles as its settings, without the model, so it can be sent to worker
    processes that load (or already hold) their own.
    """

    def __init__(
        self,
        extractors: Sequence[str | Extractor],
        settings: Mapping[str, Any] | None = None,
        model: str = pipeline.DEFAULT_MODEL,
        piece_chars: int = pipeline.PIECE_CHARS,
        nlp: Language | None = None,
        rules: Rules | None = None,
        strict: bool = False,
    ) -> None:
        self.extractors = [e if isinstance(e, Extractor) else registry.get(e) for e in extractors]
        self.model = model
        self.piece_chars = piece_chars
        self.rules = rules
        # Leave out facts whose value is a guess among readings the text does not settle.
        self.strict = strict
        self._nlp = nlp
        self.reconfigure(settings)

    def reconfigure(self, settings: Mapping[str, Any] | None, strict: bool = True) -> None:
        """New option values for the documents run from now on (a gold file's own reference date).

        Strict, a setting no chosen extractor takes is an error; otherwise it is left out.
        """
        settings = dict(settings or {})
        if not strict:
            taken = {f.name for e in self.extractors for f, _ in option_fields(e.options)}
            settings = {k: v for k, v in settings.items() if k in taken}
        # Each extractor's own options, by extractor name, for a document the rules say nothing of.
        self.options: dict[str, Any] = configure(self.extractors, settings)
        self.settings = settings
        self._by_scope: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        self._steps: dict[int, list[Callable[[Doc], Doc]]] = {}

    def options_for(self, document: Document) -> dict[str, Any]:
        """Each extractor's options for this document: the rules file's values for its path, then the flags."""
        if self.rules is None:
            return self.options
        from_rules = self.rules.settings(document.path)
        scope = tuple((name, repr(sorted(values.items()))) for name, values in sorted(from_rules.items()))
        if scope not in self._by_scope:
            self._by_scope[scope] = {
                e.name: e.configure({**from_rules.get(e.name, {}), **self.settings}) for e in self.extractors}
        return self._by_scope[scope]

    def __reduce__(self) -> tuple[Any, ...]:
        return Runner, (self.extractors, self.settings, self.model, self.piece_chars, None, self.rules, self.strict)

    @property
    def key(self) -> tuple[Any, ...]:
        """Everything that decides a run's records: equal settings, equal output (a cache key)."""
        extractors = tuple((e.name, e.version, e.extract) for e in self.extractors)
        return (extractors, repr(sorted(self.settings.items())), repr(self.rules), self.model, self.piece_chars,
                self.strict)

    @property
    def needs(self) -> frozenset[str]:
        return needs(self.extractors)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = pipeline.load(self.model, self.needs)
        return self._nlp

    def run(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        """Yield one `Result` or `Failure` per item, in input order, as each document is done."""
        work: _DocumentWork | None = None
        for batch in by_characters(_pieces(items, self.piece_chars), BATCH_CHARS, failure_alone=True):
            parses = iter(self._parse([entry.text for entry in batch if isinstance(entry, _Piece)]))
            for entry in batch:
                if isinstance(entry, Failure):
                    yield entry
                    continue
                if work is None or work.document is not entry.document:
                    options = self.options_for(entry.document)
                    work = _DocumentWork(entry.document, self.extractors, options, self._after_parse(options),
                                         self.strict)
                work.add(next(parses), entry.offset)
                if entry.last:
                    yield work.finish()
                    work = None

    def _after_parse(self, options: dict[str, Any]) -> list[Callable[[Doc], Doc]]:
        """The steps the extractors add after the parse for these options, made once per set of options."""
        key = id(options)  # options are built once per scope and kept, so their identity is stable
        if key not in self._steps:
            made = (e.after_parse(self.nlp, options.get(e.name)) for e in self.extractors if e.after_parse)
            self._steps[key] = [step for step in made if step is not None]
        return self._steps[key]

    def _parse(self, texts: list[str]) -> list[Doc | Failure]:
        """Parse a batch; if spaCy fails on it, parse text by text so only the bad one fails."""
        if not texts:
            return []
        try:
            return list(self.nlp.pipe(texts, batch_size=len(texts)))
        except Exception as err:
            if len(texts) == 1:
                return [_failure("", "parse failed", err)]
            return [parsed for text in texts for parsed in self._parse([text])]


def needs(extractors: Iterable[Extractor]) -> frozenset[str]:
    """What the parse must give for these extractors (sentences always: records carry theirs)."""
    return frozenset().union(*(e.needs for e in extractors)) | {"sentences"}


@dataclass(frozen=True)
class _Piece:
    """A piece of a document's text, `offset` characters into it."""

    document: Document
    offset: int
    text: str
    last: bool


def _pieces(items: Iterable[Document | Failure], size: int) -> Iterator[_Piece | Failure]:
    """Documents cut into pieces spaCy can parse, lazily, so a huge text is never copied whole."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        parts = pipeline.split_text(item.text, size)
        offset, text = next(parts)
        for following in parts:
            yield _Piece(item, offset, text, last=False)
            offset, text = following
        yield _Piece(item, offset, text, last=True)


class _Texted(Protocol):
    text: str


_Item = TypeVar("_Item", bound="_Texted | Failure")


def by_characters(items: Iterable[_Item], chars: int, *, failure_alone: bool = False) -> Iterator[list[_Item]]:
    """Group items into lists of about `chars` characters of text, in order.

    The first list closes at the first item with text, so its output can appear
    before the next input is read; with `failure_alone`, a Failure that would
    open a list goes out on its own at once (the runner reports it without
    waiting for a parse). A list is closed as soon as it is full.
    """
    batch: list[_Item] = []
    size, limit = 0, 1
    for item in items:
        batch.append(item)
        size += 0 if isinstance(item, Failure) else max(len(item.text), 1)
        if size >= limit or (failure_alone and isinstance(item, Failure) and len(batch) == 1):
            yield batch
            batch, size, limit = [], 0, (chars if size else limit)
    if batch:
        yield batch


class _DocumentWork:
    """The facts of one document gathered piece by piece, then merged into its records."""

    def __init__(self, document: Document, extractors: list[Extractor], options: dict[str, Any],
                 steps: Sequence[Callable[[Doc], Doc]] = (), strict: bool = False) -> None:
        self.document = document
        self.extractors = extractors
        self.steps = steps
        self.strict = strict
        self.contexts = {e.name: Context(document.source, options.get(e.name)) for e in extractors}
        self.facts: dict[str, list[Fact]] = {e.name: [] for e in extractors}
        self.failure: Failure | None = None
        self.broken: dict[str, Failure] = {}  # an extractor that failed: its facts are dropped, not the others'

    def add(self, doc: Doc | Failure, offset: int) -> None:
        """Run every extractor over one parsed piece; facts move to whole-document offsets."""
        if self.failure is not None:
            return
        if isinstance(doc, Failure):
            self.failure = replace(doc, source=self.document.source)
            return
        try:
            for step in self.steps:
                doc = step(doc)
        except Exception as err:  # one bad document must not end the run
            self.failure = _failure(self.document.source, "extraction failed", err)
            return
        sentences = _Sentences(doc)
        for extractor in self.extractors:
            if extractor.name in self.broken:
                continue
            context = self.contexts[extractor.name]
            context.offset = offset
            try:
                for fact in extractor.extract(doc, context):
                    if fact.sentence is None:
                        fact = replace(fact, sentence=sentences.around(fact.start, fact.end))
                    self.facts[extractor.name].append(fact.shifted(offset) if offset else fact)
            except Exception as err:  # one extractor's bug must not cost the others' facts
                self._break(extractor, err)

    def _break(self, extractor: Extractor, err: Exception) -> None:
        self.broken[extractor.name] = _failure(self.document.source, f"extraction failed in {extractor.name}", err)

    def finish(self) -> Result | Failure:
        """Merge each extractor's facts across pieces and build the records, or report the failure."""
        if self.failure is not None:
            return self.failure
        result = Result(self.document)
        for extractor in self.extractors:
            if extractor.name in self.broken:
                continue
            try:
                facts: Iterable[Fact] = self.facts[extractor.name]
                if extractor.merge is not None:
                    facts = extractor.merge(list(facts), self.contexts[extractor.name])
                if self.strict:
                    facts = [f for f in facts if not f.ambiguous]
                records = [to_record(f, extractor.name, self.document.source, self.document.text, f.sentence or "")
                           for f in facts]
            except Exception as err:
                self._break(extractor, err)
                continue
            result.records.extend(sorted(records, key=lambda r: (r["start"], r["end"])))
        result.failures = list(self.broken.values())
        return result


class _Sentences:
    """The sentence around a fact of a parsed piece, looked up only when asked.

    A sentence longer than `SENTENCE_CHARS` (a log, a transcript, a scraped list
    with no sentence punctuation) is cut to a window around the fact, each cut
    end marked `…`, so no record carries a whole document.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = ""
        self.bounds: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def around(self, start: int, end: int) -> str:
        if self.bounds is None:
            self.text = pipeline.text_of(self.doc)
            self.bounds = [(sent.start_char, sent.end_char) for sent in self.doc.sents]
            self.starts = [first for first, _ in self.bounds]
        if not self.bounds:
            return ""
        # A fact that crosses a sentence break gets every sentence it touches.
        first = self.bounds[max(bisect.bisect_right(self.starts, start) - 1, 0)][0]
        last = self.bounds[max(bisect.bisect_left(self.starts, end) - 1, 0)][1]
        return window(self.text, first, max(last, end), start, end)


def window(text: str, first: int, last: int, start: int, end: int, size: int = SENTENCE_CHARS) -> str:
    """`text[first:last]` with whitespace collapsed, or, when longer than `size`, at most `size`
    characters of it around `start:end` (the `… ` marks included), cut at spaces and marked where cut."""
    if last - first > size:
        margin = max(size - len(_CUT) * 2 - (end - start), 0) // 2
        low, high = max(first, start - margin), min(last, end + margin)
        if low > first:
            space = text.find(" ", low, start)
            low = space + 1 if space >= 0 else low
        if high < last:
            space = text.rfind(" ", end, high)
            high = space if space >= 0 else high
        return (_CUT if low > first else "") + " ".join(text[low:high].split()) + (_CUT[::-1] if high < last else "")
    return " ".join(text[first:last].split())


# The mark of a cut end of a window, itself counted in the window's size.
_CUT = "… "


def _failure(source: str, what: str, err: Exception) -> Failure:
    """A Failure for the exception being handled, with its traceback for `--debug`."""
    return Failure(source, f"{what}: {type(err).__name__}: {err}", traceback.format_exc())
