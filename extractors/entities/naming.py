"""An entity's canonical name: OUTPUT.md's longest *well-formed* mention, so that a word run onto a person's
full name (an epithet, `Crooked Hillary Clinton`; a title the honorific cut in half, `Miss Universe Alicia
Machado` read as `Universe Alicia Machado`) does not become the name that holders, jq recipes and `--across`
group by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..engine.given_names import is_common_given_name
from .names import PARTICLES


def canonical_name(texts: list[str], person: bool, preferred: Callable[[str], bool]) -> str:
    """The longest form (in words, then `preferred`, then not in capitals, then in characters), leaving out for
    a person a form that only puts words before a full name written at least as often."""
    counts = Counter(texts)
    vouched = [t for t in counts if not (person and _run_onto_full_name(t, counts))] or list(counts)
    return max(vouched, key=lambda t: (len(t.split()), preferred(t), not t.isupper(), len(t)))


def _run_onto_full_name(text: str, counts: Counter[str]) -> bool:
    """Whether `text` ends with another form that is a full name by itself (a common given name and more) and is
    written at least as often; a longer name whose shorter form is a surname of several words keeps its given
    name (`Aung San Suu Kyi` beside `Suu Kyi`, `Chandler Van Voorhis` beside `Van Voorhis`), and a name of two
    given names keeps both (`Tommy Lee Jones` beside `Lee Jones`)."""
    words = text.split()
    for other, count in counts.items():
        shorter = other.split()
        if 2 <= len(shorter) < len(words) and count >= counts[text] and words[-len(shorter):] == shorter \
                and is_common_given_name(shorter[0]) and shorter[0].lower() not in PARTICLES \
                and not any(is_common_given_name(word) for word in words[: -len(shorter)]):
            return True
    return False
