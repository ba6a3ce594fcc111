"""How a mention is written versus what it names: typographic tidying and the matching key.

Two mentions whose keys are equal name the same thing (`U.S.` and `US`,
`Central Asia’s` trimmed to `Central Asia`, `Central  Asia`).
"""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHIC = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    # an editor's brackets around a word put into a quotation (`with [Bob] Corker`, `Newt [Gingrich]`)
    "[": " ", "]": " ",
})
_SPACES = re.compile(r"\s+")
_DOTTED_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")


def tidy(text: str) -> str:
    """The text with typographic variants (curly quotes, dashes, odd spaces) and editorial brackets made plain."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC)).strip()


def key(text: str) -> str:
    """What two surface forms of one name share: `U.S.`, `US` and `us` all give `us`."""
    return undotted(tidy(text)).casefold()


def undotted(text: str) -> str:
    """`U.S.` and `F.B.I.` without their stops; any other text as it is."""
    return text.replace(".", "") if _DOTTED_INITIALISM.fullmatch(text) else text


def middles_agree(one: list[str], other: list[str]) -> bool:
    """Middle names written the same or as an initial of each other (`S.`, `Fitzgerald` and `F.`)."""
    return len(one) == len(other) and all(_same_or_initial(a, b) for a, b in zip(one, other, strict=True))


def _same_or_initial(one: str, other: str) -> bool:
    a, b = key(one).rstrip("."), key(other).rstrip(".")
    return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])


# Words and marks that join the names of a list (`Arapahoe and Jefferson`, `Hamilton, Lake`, `Marks & Spencer`).
LIST_JOINERS = frozenset({"and", "or", ",", "&"})


def singular(word: str) -> str | None:
    """The singular of a regular plural (`counties`, `parishes`, `districts`), read from the spelling alone:
    `extract entities` runs without the tagger."""
    for ending, one in (("ies", "y"), ("shes", "sh"), ("ches", "ch"), ("s", "")):
        if word.endswith(ending) and not word.endswith("ss"):
            return word[: -len(ending)] + one
    return None

