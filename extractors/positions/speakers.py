"""Who `we` and `I` are: the speaker of the statement they occur in.

A reported statement's speaker is the subject of its verb of saying (`"We will
not sign," said the minister`); a quotation that runs on into the next
sentence keeps the speaker of the sentence before (`"We reject it," Smith
said. "We will not back down."`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .holders import speaker

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .actors import Actor, Salience

_OPENING_QUOTES = ('"', "“", "‘", "'")


class Speakers:
    """The speaker of the quotation under way, carried from sentence to sentence."""

    def __init__(self) -> None:
        self.running: Actor | None = None

    def of_sentence(self, sent: Span, salience: Salience) -> Actor | None:
        """The sentence's own speaker, else the running quotation's; updates the running one."""
        own = next((found for token in sent if (found := speaker(token)) is not None), None)
        if own is not None:
            actors = salience.describe(own)
            self.running = actors[0] if actors else None
        elif not sent.text.lstrip().startswith(_OPENING_QUOTES):
            self.running = None
        return self.running


def of_cue(anchor: Token, salience: Salience, default: Actor | None) -> Actor | None:
    """The speaker of the clause holding `anchor`: the nearest verb of saying above it, else `default`."""
    node = anchor
    while node.head.i != node.i:
        found = speaker(node)
        if found is not None:
            actors = salience.describe(found)
            return actors[0] if actors else None
        node = node.head
    return default
