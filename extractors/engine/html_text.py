"""The visible text of an HTML page, read by libxml2's HTML parser (through lxml).

Scripts, styles and other non-rendered elements are dropped (nothing in them is
ever run, nothing is fetched); block elements become line breaks; runs of
whitespace inside text collapse to one space, as a browser shows them. Record
offsets index this text. libxml2 reads broken markup as browsers do, in linear
time: the standard library's parser takes quadratic time on some malformed pages
(`<a <a <a ...`) and raises on others (`<![0`).
"""

from __future__ import annotations

import re

from lxml import etree

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "td", "th", "ul", "title", "caption",
})
_SPACES = re.compile(r"[ \t\r\n\f]+")


class _Text:
    """Visible text as it is walked: data, and line breaks where blocks start and end."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pre = 0

    def data(self, data: str | None) -> None:
        if not data:
            return
        if self.pre:
            self.parts.append(data)
            return
        data = _SPACES.sub(" ", data)
        if not self.parts or self.parts[-1].endswith("\n"):
            data = data.lstrip(" ")
        if data:
            self.parts.append(data)

    def brk(self) -> None:
        if self.parts and not self.pre:
            self.parts[-1] = self.parts[-1].rstrip(" ")
        self.parts.append("\n")

    def text(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", "".join(self.parts)).strip("\n") + "\n"


def _parser() -> etree.HTMLParser:
    # No network, no DTD: entities are the HTML ones built into libxml2.
    return etree.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True, remove_comments=True,
                            remove_pis=True)


class UnreadableHtml(ValueError):
    """libxml2 gave up part-way (elements nested thousands deep): named, rather than half the page read."""


def visible_text(html: str) -> str:
    """The text a reader sees on the page, with paragraphs separated by blank lines at most."""
    out = _Text()
    parser = _parser()
    root = etree.fromstring(html.encode("utf-8"), parser)
    fatal = [e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
    if fatal:
        raise UnreadableHtml(f"HTML the parser gave up on: {fatal[0].message.split(',')[0].lower()}")
    if root is None:  # nothing but whitespace, or nothing a browser would show
        return out.text()
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN:
                walk.skip_subtree()  # its "end" still comes, and with it the text after it
                continue
            if tag in _BLOCK:
                out.brk()
            out.pre += tag == "pre"
            out.data(element.text)
        else:
            if tag not in _HIDDEN:
                out.pre -= tag == "pre"
                if tag in _BLOCK:
                    out.brk()
            out.data(element.tail)
    return out.text()
