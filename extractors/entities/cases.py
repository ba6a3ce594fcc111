"""Court cases: `Plessy v. Ferguson`, `Brown v. Board of Education`, one LAW whatever the model reads.

The model reads the parties of a case as two people or organisations, and a
fixture's `v` splits them; but `v.` with its full stop is how news and law
write a case (sports results write `v` or `vs`), so the names either side of
it are one case's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CASE_MARK = "v."
# The most tokens a party's name holds (`Whole Woman 's Health`, `Board of Education`).
MAX_PARTY_TOKENS = 5


def court_cases(doc: Doc) -> list[Mention]:
    """Each `Party v. Party` of the text, both parties whole."""
    found: list[Mention] = []
    for token in doc[1:-1]:
        if token.text != CASE_MARK:
            continue
        start, end = _plaintiff_start(doc, token.i), _defendant_end(doc, token.i)
        if start < token.i and end > token.i + 1:
            found.append(Mention(start, end, "LAW", origin="case"))
    return found


def _plaintiff_start(doc: Doc, mark: int) -> int:
    """Where the name before `v.` starts: capitalised words, a possessive (`Whole Woman's Health`) or a glued
    hyphen (`Wal-Mart`) between them; not a capitalised word that opens the sentence (`In Roe v. Wade`)."""
    start = mark
    while start > 0 and mark - start < MAX_PARTY_TOKENS and (_party_word(doc[start - 1]) or _glue(doc, start - 1)):
        start -= 1
    while start < mark and not _capitalised(doc[start]):
        start += 1
    return start


def _defendant_end(doc: Doc, mark: int) -> int:
    """Where the name after `v.` ends: capitalised words, `of` between two of them (`Board of Education`)."""
    end = mark + 1
    while end < len(doc) and end - mark <= MAX_PARTY_TOKENS and (_capitalised(doc[end]) or (
            doc[end].lower_ == "of" and end + 1 < len(doc) and _capitalised(doc[end + 1]))):
        end += 1
    return end


def _party_word(token: Token) -> bool:
    """A capitalised word of a party's name: not a stop word, a date (`said Monday Roe v. Wade`), nor a word
    that is capitalised only because it opens the sentence (`Overturning Roe v. Wade`)."""
    opens = token.is_sent_start and not token.ent_type_
    return _capitalised(token) and not token.is_stop and token.ent_type_ not in ("DATE", "TIME") and not opens


def _glue(doc: Doc, i: int) -> bool:
    """A possessive or a hyphen glued to the word before it (`Woman's`, `Wal-Mart`)."""
    return doc[i].text in ("'s", "’s", "-") and i > 0 and not doc[i - 1].whitespace_


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text) and "\n" not in token.text
