"""Whose stance a quotation declares: its speaker's, not that of others it talks about.

`"Trump wants to write racism into our laws," the email says` is the email's
charge against Trump, not a position Trump declared; `"We will fight this,"
the governor said` is the governor's, and `"Hillary has opposed it," her
spokesman said` is Hillary's, whom the spokesman speaks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import REPRESENTATIVES
from .speech import first_person

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..quotes.quotations import Quotation
    from .actors import Actor


def said_of_another(cue: Token, head: Token, actor: Actor, speaker: Actor | None, marks: list[Quotation]) -> bool:
    """The stance `cue` of `actor` (written `head`) sits inside a quotation whose speaker is someone else, who
    does not speak for them: the speaker's claim about them."""
    if not any(mark.start <= cue.idx < mark.end for mark in marks):
        return False
    if first_person(head) or (speaker is not None and speaker.name == actor.name):
        return False
    return speaker is None or not any(word in REPRESENTATIVES for word in speaker.text.lower().split())
