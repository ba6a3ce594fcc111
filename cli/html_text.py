"""The visible text of an HTML page, through the standard library's HTML parser.

Scripts, styles and other non-rendered elements are dropped (nothing in them is
ever run); block elements become line breaks; runs of whitespace inside text
collapse to one space, as a browser shows them. Record offsets index this text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "td", "th", "ul", "title", "caption",
})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})
_SPACES = re.compile(r"[ \t\r\n\f]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)
        elif tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.hidden and tag == self.hidden[-1]:
            self.hidden.pop()
        elif tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            self.parts.append(data)
            return
        data = _SPACES.sub(" ", data)
        if not self.parts or self.parts[-1].endswith("\n"):
            data = data.lstrip(" ")
        if data:
            self.parts.append(data)

    def _break(self) -> None:
        if self.hidden:
            return
        if self.parts and not self.pre:
            self.parts[-1] = self.parts[-1].rstrip(" ")
        self.parts.append("\n")

    def text(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", "".join(self.parts)).strip("\n") + "\n"


def visible_text(html: str) -> str:
    """The text a reader sees on the page, with paragraphs separated by blank lines at most."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()
