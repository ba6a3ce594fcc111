"""`--html FILE`: one self-contained page to check facts by eye, written as documents finish.

Layout: a fixed index on the left (filters by extractor and label, a document
search, every document with its fact count) and one section per document: a
summary (facts per extractor, top entities, every fact as a linked row) above
the document text with each fact highlighted in its extractor's colour. A
highlight's tooltip gives the normalised value; a click opens every field.

Sections are streamed to a partial file and the index is appended at the end,
so a large corpus never sits in memory; the file is renamed into place when
the run ends (interrupted runs too, with the documents done so far). All text
is HTML-escaped, fact data travels as inert JSON, and a Content-Security-Policy
lets only the report's own script run: nothing in a document can execute.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import secrets
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from extract_facts.extractors import COMMON_KEYS, Extractor, Record, Result

from ..errors import UsageProblem, one_line
from .html_assets import CSS, SCRIPT, SPARE_COLOURS

# Rows of a document's "top" list for an extractor that ranks its records (entities by mentions).
TOP_ROWS = 8


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _spans(record: Record, extractor: Extractor | None) -> list[tuple[int, int]]:
    """Where a record shows in the text: where its extractor says, else its own span."""
    if extractor is not None and extractor.spans is not None:
        return extractor.spans(record)
    return [(int(record["start"]), int(record["end"]))]


def _shown(value: Any) -> Any:
    """A field as the detail panel shows it: a list of spans (an entity's mentions) by its length."""
    if isinstance(value, list) and value and all(isinstance(v, dict) and "start" in v for v in value):
        return len(value)
    return value


def _script_json(data: Any) -> str:
    """JSON that cannot close its <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    facts: tuple[int, ...]  # indexes into the document's records, outermost first
    anchors: tuple[str, ...]  # ids for links: the facts whose span starts here


def _pieces(text: str, records: Sequence[Record], doc: int, extractors: dict[str, Extractor]) -> Iterator[_Piece]:
    """Cut the text at every span edge; each piece knows which facts cover it (overlaps nest)."""
    spans = sorted(
        ((max(0, s), min(len(text), e), i, k) for i, r in enumerate(records)
         for k, (s, e) in enumerate(_spans(r, extractors.get(r["extractor"])))),
        key=lambda x: (x[0], -x[1], x[2]),
    )
    spans = [s for s in spans if s[0] < s[1]]
    edges = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    active: list[tuple[int, int, int, int]] = []
    next_span = 0
    for a, b in itertools.pairwise(edges):
        active = [s for s in active if s[1] > a]
        anchors = []
        while next_span < len(spans) and spans[next_span][0] == a:
            span = spans[next_span]
            active.append(span)
            anchors.append(f"d{doc}f{span[2]}" + (f"-{span[3]}" if span[3] else ""))
            next_span += 1
        yield _Piece(a, b, tuple(dict.fromkeys(s[2] for s in active)), tuple(anchors))


class HtmlReport:
    """A renderer: sections stream to a fresh `.PATH.*.partial`; `finish` adds the index and moves it to `PATH`.

    The partial file is created exclusively under a new name, so a file or link
    planted beside the report is never followed or overwritten.
    """

    def __init__(self, path: Path, extractors: Sequence[Extractor]) -> None:
        self.path = path
        self.partial: Path | None = None
        self.nonce = secrets.token_urlsafe(16)
        spare = iter(SPARE_COLOURS * (1 + len(extractors) // len(SPARE_COLOURS)))
        self.colours = {e.name: e.colour or next(spare) for e in extractors}
        self.extractors = {e.name: e for e in extractors}
        self.classes = {e.name: f"x{n}" for n, e in enumerate(extractors)}
        self.index: list[tuple[int, str, Counter[str]]] = []
        self.labels: Counter[tuple[str, str]] = Counter()
        self.totals: Counter[str] = Counter()
        if not path.parent.is_dir():
            raise UsageProblem(f"--html {path}: no such directory")
        if not os.access(path.parent, os.W_OK) or path.is_dir():
            raise UsageProblem(f"--html {path}: cannot write there")
        # Opened at the first write, so a run that ends before any output leaves no partial file.
        self._out: TextIO | None = None
        self.done = False

    @property
    def out(self) -> TextIO:
        if self._out is None:
            handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent)
            self.partial = Path(name)
            os.fchmod(handle, 0o666 & ~_umask())  # as a file opened for writing would be
            self._out = open(handle, "w", encoding="utf-8")  # noqa: SIM115 - closed in finish
            self._out.write(self._head())
        return self._out

    def _head(self) -> str:
        rules = "".join(f"mark.{c}, .swatch.{c} {{ background: {self.colours[n]}; }}\n"
                        for n, c in self.classes.items())
        policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{self.nonce}'"
        return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
                f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>extract report</title>\n<style>{CSS}{rules}</style></head>\n<body>\n<main>\n")

    def add(self, result: Result) -> None:
        doc = len(self.index) + 1
        records = result.records
        counts = Counter(r["extractor"] for r in records)
        self.index.append((doc, result.document.source, counts))
        self.totals.update(counts)
        self.labels.update((r["extractor"], self._label(r) or "") for r in records)
        self.out.write(f'<section class="doc" id="d{doc}" data-doc="{doc}">\n'
                       f"<h2>{doc}. {html.escape(one_line(result.document.source))}</h2>\n")
        self.out.write(self._summary(doc, records, counts))
        self.out.write('<div class="text">')
        self.out.write(self._highlighted(result.document.text, records, doc))
        self.out.write("</div>\n")
        data = [{"i": i, "extractor": r["extractor"], "label": self._label(r), "text": r["text"],
                 "value": self._describe(r),
                 "fields": {"start": r["start"], "end": r["end"], "sentence": r.get("sentence"),
                            **{k: _shown(v) for k, v in r.items() if k not in COMMON_KEYS}}}
                for i, r in enumerate(records)]
        self.out.write(f'<script type="application/json" class="facts" data-doc="{doc}">'
                       f"{_script_json(data)}</script>\n</section>\n")
        self.out.flush()

    def _summary(self, doc: int, records: Sequence[Record], counts: Counter[str]) -> str:
        first = {}
        for i, r in enumerate(records):
            first.setdefault(r["extractor"], i)
        rows = []
        for name, cls in self.classes.items():
            labels = Counter(self._label(r) for r in records if r["extractor"] == name)
            detail = " · ".join(f"{html.escape(lbl)} {n}" for lbl, n in labels.most_common() if lbl)
            link = (f'<a href="#d{doc}f{first[name]}">{html.escape(name)}</a>' if name in first
                    else html.escape(name))
            rows.append(f'<tr><td><span class="swatch {cls}"></span> {link}</td>'
                        f'<td class="n">{counts.get(name, 0)}</td><td>{detail}</td></tr>')
        parts = ['<div class="tables"><table class="counts"><tr><th>extractor</th><th>facts</th><th>by label</th>'
                 "</tr>", *rows, "</table>"]
        for extractor in self.extractors.values():
            if extractor.rank is not None:
                parts.append(self._top(doc, records, extractor, extractor.rank))
        parts.append("</div>\n")
        if records:
            parts.append(f"<details><summary>all {len(records)} facts</summary>\n<table class=\"facts\">"
                         "<tr><th>extractor</th><th>text</th><th>value</th><th>at</th></tr>\n")
            parts += [f'<tr><td><span class="swatch {self.classes.get(r["extractor"], "")}"></span> '
                      f'{html.escape(r["extractor"])}</td><td><a href="#d{doc}f{i}">{html.escape(r["text"])}</a></td>'
                      f'<td>{html.escape(self._describe(r))}</td><td class="n">{r["start"]}</td></tr>\n'
                      for i, r in enumerate(records)]
            parts.append("</table></details>\n")
        return "".join(parts)

    def _top(self, doc: int, records: Sequence[Record], extractor: Extractor, rank: str) -> str:
        """The records an extractor ranks highest in this document (entities by mentions), linked."""
        top = sorted(((i, r) for i, r in enumerate(records) if r["extractor"] == extractor.name),
                     key=lambda x: (-float(x[1].get(rank) or 0), x[0]))[:TOP_ROWS]
        if not top:
            return ""
        rows = [f'<tr><td><a href="#d{doc}f{i}">{html.escape(str(extractor.value_of(r)))}</a></td>'
                f'<td>{html.escape(str(extractor.label_of(r) or ""))}</td><td class="n">{r.get(rank)}</td></tr>'
                for i, r in top]
        head = (f"<tr><th>top {html.escape(extractor.name)}</th><th>{html.escape(extractor.label or '')}</th>"
                f"<th>{html.escape(rank)}</th></tr>")
        return f'<table class="top">{head}{"".join(rows)}</table>'


    def _label(self, record: Record) -> str | None:
        extractor = self.extractors.get(record["extractor"])
        return extractor.label_of(record) if extractor is not None else None

    def _describe(self, record: Record) -> str:
        extractor = self.extractors.get(record["extractor"])
        return extractor.describe(record) if extractor is not None else str(record.get("text"))

    def _hover(self, record: Record) -> str:
        """A fact's tooltip: its value, the rule that made it, and the other readings of an ambiguous one."""
        line = f"{record['extractor']}: {self._describe(record)} [{record.get('rule')}]"
        if record.get("alternatives"):
            line += f" (ambiguous; or {', '.join(map(str, record['alternatives']))})"
        return line

    def _highlighted(self, text: str, records: Sequence[Record], doc: int) -> str:
        out = []
        for piece in _pieces(text, records, doc, self.extractors):
            chunk = html.escape(text[piece.start : piece.end], quote=False)
            if not piece.facts:
                out.append(chunk)
                continue
            inner = records[piece.facts[-1]]
            title = "\n".join(self._hover(records[i]) for i in piece.facts)
            classes = self.classes.get(inner["extractor"], "") + (" multi" if len(piece.facts) > 1 else "")
            # An element has one id: facts starting at the same place get an empty anchor before it.
            out += [f'<span class="anchor" id="{anchor}"></span>' for anchor in piece.anchors[1:]]
            anchor = f' id="{piece.anchors[0]}"' if piece.anchors else ""
            out.append(f'<mark class="{classes}"{anchor} data-f="{" ".join(map(str, piece.facts))}" '
                       f'title="{html.escape(title)}">{chunk}</mark>')
        return "".join(out)

    def _index(self) -> str:
        total = sum(self.totals.values())
        parts = [f'<nav id="index"><h1>extract report</h1><div>{len(self.index)} documents, {total} facts</div>']
        for name, cls in self.classes.items():
            parts.append(f'<fieldset><legend><label><input type="checkbox" name="extractor" '
                         f'value="{html.escape(name)}" checked> <span class="swatch {cls}"></span> '
                         f"{html.escape(name)} ({self.totals.get(name, 0)})</label></legend>")
            parts += [f'<label class="label"><input type="checkbox" name="label" '
                      f'value="{html.escape(name)}/{html.escape(label)}" checked> '
                      f"{html.escape(label) or '(no label)'} ({n})</label>"
                      for (extractor, label), n in sorted(self.labels.items()) if extractor == name]
            parts.append("</fieldset>")
        parts.append('<input type="search" id="doc-search" placeholder="find a document"><ol id="doc-list">')
        parts += [f'<li><a href="#d{doc}" title="{html.escape(one_line(source))}">'
                  f"{html.escape(one_line(Path(source).name))}</a> ({sum(counts.values())})</li>"
                  for doc, source, counts in self.index]
        parts.append("</ol></nav>\n")
        return "".join(parts)

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.out.write("</main>\n")
        self.out.write(self._index())
        self.out.write('<aside id="detail" hidden><button id="detail-close" type="button">close</button>'
                       '<div id="detail-body"></div></aside>\n')
        self.out.write(f'<script nonce="{self.nonce}">{SCRIPT}</script>\n</body></html>\n')
        self.out.close()
        assert self.partial is not None
        os.replace(self.partial, self.path)
