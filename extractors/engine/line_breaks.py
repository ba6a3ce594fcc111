"""Whether a line break is a hard wrap inside running prose, which reads as a space (`Governor Gavin\\nNewsom
said`, `met on March\\n3, 2024`), or a real break (a blank line, a heading, a table row, a dateline). Dates and
entities both ask, and must give the same answer for the same text."""

from __future__ import annotations

# Lower-case words on the two lines around a break that make them running prose, not headings or table rows.
PROSE_WORDS = 3


def hard_wrap(text: str, at: int) -> bool:
    """Whether the single line break at `text[at]` wraps prose: the line before ends in a word (or a comma, not a
    full stop or a figure), the next line goes on (not blank, not in capitals like a dateline) in lower case, or
    the two lines are a sentence's words, the line before with lower-case ones at least as many as capitalised
    ones (a title-case headline is not: `Obama Visits Kenya`)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at + 1)
    before = text[line_start:at].rstrip(" \t")
    after = text[at + 1 : len(text) if line_end < 0 else line_end].split()
    if not before or not after or not (before[-1].isalpha() or before[-1] == ","):
        return False
    first = after[0]
    if first.isupper() and len(first) > 1:
        return False  # `BOSTON`, `DALLAS (Reuters) -`: a heading or a dateline, whatever came before
    if first[0].islower():
        return True
    words = before.split()
    lower = sum(1 for word in words if word[0].islower())
    return lower + sum(1 for word in after if word[0].islower()) >= PROSE_WORDS and 2 * lower >= len(words)
