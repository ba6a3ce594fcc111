"""`--html`: the report's highlights, escaping and script, checked in its HTML and in headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.cli.render.html import HtmlReport
from extract_facts.extractors import Document, Extractor, Record, Result, registry

from helpers import run_extract

ROOT = Path(__file__).parent.parent
HOSTILE = ('Acme paid $5 million on Monday.\n<script>document.title = "pwned"</script>\n'
           '<img src=x onerror="document.title = \'pwned\'"> & </div> ]]> <!-- end\n')


class Marks(HTMLParser):
    """Collects, per document section, the text each fact's highlights cover, and the page's scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = ""
        self.stack: list[tuple[str, list[str]]] = []
        self.covered: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.anchors: set[str] = set()
        self.scripts: list[dict[str, str | None]] = []
        self.text_divs: list[str] = []
        self.tags: list[str] = []
        self.root: dict[str, str | None] = {}
        self.detail_hidden: bool | None = None
        self.dimmed: dict[tuple[str, int], bool] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.root = a
        if tag == "section":
            self.doc = a.get("data-doc") or ""
        if tag == "script":
            self.scripts.append(a)
        if tag == "aside":
            self.detail_hidden = "hidden" in a
        if tag == "div" and a.get("class") == "text":
            self.text_divs.append("")
            self.stack.append(("div", []))
        if tag in ("mark", "span") and a.get("id"):
            self.anchors.add(a["id"] or "")
        if tag == "mark":
            facts = (a.get("data-f") or "").split()
            for fact in facts:
                key = (self.doc, int(fact))
                self.dimmed[key] = self.dimmed.get(key, True) and "off" in (a.get("class") or "").split()
            self.stack.append(("mark", facts))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("mark", "div") and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.text_divs[-1] += data
        for kind, facts in self.stack:
            if kind == "mark":
                for fact in facts:
                    self.covered[(self.doc, int(fact))].append(data)


def _parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def _spans(record: Record) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for m in record.get("mentions") or [record]]


def _assert_every_fact_highlighted(marks: Marks, docs: list[tuple[str, list[Record]]]) -> None:
    for n, (text, records) in enumerate(docs, start=1):
        for i, record in enumerate(records):
            covered = sorted({at for s, e in _spans(record) for at in range(s, e)})
            want = "".join(text[at] for at in covered)
            assert "".join(marks.covered[(str(n), i)]) == want, (n, record)
            assert f"d{n}f{i}" in marks.anchors


def _records(text: str) -> list[Record]:
    at = text.index("title")

    def rec(extractor: str, start: int, end: int, **own: object) -> Record:
        return {"schema": 1, "extractor": extractor, "source": "x.txt", "start": start, "end": end,
                "text": text[start:end], "sentence": "", **own}

    return [
        rec("money", 10, 20, amount=5e6, currency="USD", min=None, max=None, approximate=False),
        rec("dates", 24, 30, type="DATE", value="2025-12-22", reference="2025-12-25"),
        # Overlaps the money fact: pieces covered by both belong to both.
        rec("emails", 5, 14, address="odd"),
        rec("entities", 0, 4, name="Acme", label="ORG", count=2, aliases=[],
            mentions=[{"start": 0, "end": 4, "text": "Acme"}, {"start": at, "end": at + 5, "text": "title"}]),
        # Starts where the entity does: both still get an anchor to link to.
        rec("emails", 0, 2, address="ac"),
    ]


def test_report_highlights_every_fact_and_escapes_the_text(tmp_path: Path) -> None:
    extractors = [*(registry.get(n) for n in ("money", "dates", "entities")),
                  Extractor("emails", "emails", lambda doc, ctx: ())]
    path = tmp_path / "r.html"
    report = HtmlReport(path, extractors)
    records = _records(HOSTILE)
    report.add(Result(Document("x.txt", HOSTILE), records))
    report.add(Result(Document("<b>y</b>.txt", "Nothing here."), []))
    assert not path.exists()  # written beside, moved into place when done
    report.finish()
    page = path.read_text(encoding="utf-8")
    marks = _parse(page)
    _assert_every_fact_highlighted(marks, [(HOSTILE, records), ("Nothing here.", [])])
    # The document's markup is text: the only scripts are the facts' JSON and the report's own.
    assert [s.get("type") for s in marks.scripts] == ["application/json", "application/json", None]
    assert "img" not in marks.tags and "b" not in marks.tags
    assert marks.text_divs[0] == HOSTILE
    assert "&lt;b&gt;y&lt;/b&gt;.txt" in page
    data = page.split('class="facts" data-doc="1">')[1].split("</script>")[0]
    assert "<" not in data
    assert json.loads(data)[1]["value"] == "DATE 2025-12-22 (against 2025-12-25)"
    assert 'title="money: 5,000,000 USD' in page


@st.composite
def _overlapping_facts(draw: st.DrawFn) -> tuple[str, list[Record]]:
    text = draw(st.text(alphabet="ab <&>\n\"'é", min_size=1, max_size=40))

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, len(text) - 1))
        return start, draw(st.integers(start + 1, len(text)))

    records: list[Record] = []
    for n in range(draw(st.integers(0, 6))):
        start, end = span()
        record = {"schema": 1, "extractor": "money" if n % 2 else "entities", "source": "t.txt", "start": start,
                  "end": end, "text": text[start:end], "sentence": ""}
        if record["extractor"] == "entities":
            mentions = sorted({(start, end), *(span() for _ in range(draw(st.integers(0, 2))))})
            record["mentions"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in mentions]
        records.append(record)
    return text, records


@settings(max_examples=60, deadline=None)
@given(_overlapping_facts())
def test_any_overlap_of_facts_highlights_each_exactly(case: tuple[str, list[Record]]) -> None:
    text, records = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.html"
        report = HtmlReport(path, [registry.get(n) for n in ("money", "entities")])
        report.add(Result(Document("t.txt", text), records))
        report.finish()
        marks = _parse(path.read_text(encoding="utf-8"))
    assert marks.text_divs == [text]
    _assert_every_fact_highlighted(marks, [(text, records)])


def test_html_alone_prints_nothing_and_alongside_keeps_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("They paid €3bn for it.\n", encoding="utf-8")
    report = tmp_path / "r.html"
    alone = run_extract("money", str(tmp_path / "a.txt"), "--html", str(report))
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout == "" and report.stat().st_size > 0
    both = run_extract("money", str(tmp_path / "a.txt"), "--html", str(report), "--jsonl")
    assert [json.loads(line)["currency"] for line in both.stdout.splitlines()] == ["EUR"]
    bad = run_extract("money", str(tmp_path / "a.txt"), "--html", str(tmp_path / "no" / "r.html"))
    assert bad.returncode == 2 and bad.stderr.startswith("extract: error: --html ")


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); the report's browser test needs it")
    return found


def _browse(url: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--window-size=1400,1000", *args, url],
            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_seed_report_in_a_real_browser(tmp_path: Path) -> None:
    _chromium()
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", docs)
    (docs / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    result = run_extract("all", str(docs), "--html", str(report), "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_source: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_source[record["source"]].append(record)
    sources = sorted({str(p) for p in docs.iterdir()})
    assert len(records) > 20 and set(by_source) <= set(sources)

    dom = _browse(report.as_uri(), "--dump-dom")
    marks = _parse(dom)
    assert marks.root.get("data-ready") == "yes"  # the report's own script ran...
    assert "<title>extract report</title>" in dom  # ...and the document's did not
    assert "img" not in marks.tags
    assert marks.text_divs[-1] == HOSTILE
    _assert_every_fact_highlighted(marks, [(Path(s).read_text(encoding="utf-8"), by_source[s]) for s in sources])

    # Unticking an extractor dims its highlights only (the page's nonce lets this test script run).
    nonce = report.read_text(encoding="utf-8").split('<script nonce="')[1].split('"')[0]
    untick = (f'<script nonce="{nonce}">const box = document.querySelector(\'input[value="entities"]\');'
              "box.checked = false; box.dispatchEvent(new Event('change'));</script></body>")
    filtered = tmp_path / "filtered.html"
    filtered.write_text(report.read_text(encoding="utf-8").replace("</body>", untick), encoding="utf-8")
    dimmed = _parse(_browse(filtered.as_uri(), "--dump-dom")).dimmed
    assert dimmed and all(dimmed[(str(n), i)] == (r["extractor"] == "entities")
                          for n, s in enumerate(sources, start=1) for i, r in enumerate(by_source[s])
                          if r["extractor"] != "dates")  # dates may share a piece with an entity

    # A link to a fact opens its details.
    first = by_source[sources[0]][0]
    opened = _parse(_browse(report.as_uri() + "#d1f0", "--dump-dom"))
    assert opened.detail_hidden is False
    shot = tmp_path / "report.png"
    _browse(report.as_uri(), f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
    print(f"\nreport screenshot: {shot} (first fact: {first['extractor']} {first['text']!r})")
