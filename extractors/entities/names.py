"""Where a personal name written in capitals ends: capitalised words, initials and particles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..engine.given_names import is_common_given_name
from ..engine.wordlists import words
from .junk import is_boilerplate_label
from .titles import is_title_word, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Lowercase words inside personal names (`Ursula von der Leyen`, `Osama bin Laden`).
PARTICLES = frozenset({
    "al", "bin", "ibn", "ben", "da", "de", "del", "della", "der", "den", "di", "dos", "du", "el", "la", "le",
    "van", "von", "y", "zu",
})
MAX_NAME_TOKENS = 6
# Words a title-case headline capitalises that no personal name holds (`Bernie Sanders Beats Hillary Clinton
# In Oklahoma`), unless a hyphen joins them to the next part (`Kim In-so`).
_HEADLINE_LINKS = frozenset({"in", "on", "at", "for", "to", "from", "with", "by", "and", "or", "as", "of", "into",
                             "over", "after", "before", "against", "the", "a", "an"})


def _name_token(token: Token) -> bool:
    following = token.nbor().text if token.i + 1 < len(token.doc) else ""
    return (
        _capitalised(token)
        and token.is_alpha
        and not is_title_word(token)
        and not is_boilerplate_label(token.text, following)
        and not headline_verb(token)
        and (token.lower_ not in _HEADLINE_LINKS or (not token.whitespace_ and following == "-"))
        and not _letter_of_a_compound(token)
    )


def _letter_of_a_compound(token: Token) -> bool:
    """`T` of `Bernie Sanders T-shirts`, `X` of `X-ray`: a capital letter glued by a hyphen to the lower-case word
    after it is part of that word, not of the name before it."""
    doc, i = token.doc, token.i
    return len(token.text) == 1 and token.is_upper and not token.whitespace_ and i + 2 < len(doc) and (
        doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and doc[i + 2].is_lower)


def headline_verb(token: Token) -> bool:
    """A headline's verb after its subject, capitalised as the name is (`Obama Says`, `TRUMP SLAMS`), or the
    participle of its passive before the preposition that goes with it (`FDIC Accused Of Covering Up`)."""
    if token.is_lower:
        return False
    if token.lower_ in words(__package__, "headline_verbs.txt"):
        return True
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in _HEADLINE_PARTICIPLES and after is not None and after.lower_ in _PASSIVE_PREPOSITIONS


# Participles of a headline's passive (`Accused Of`, `Charged With`, `Sued Over`) and the prepositions after them.
_HEADLINE_PARTICIPLES = frozenset({"accused", "charged", "sued", "cleared", "slammed", "blasted", "criticized",
                                   "criticised", "indicted", "convicted", "fined", "probed", "investigated"})
_PASSIVE_PREPOSITIONS = frozenset({"of", "with", "over", "for", "by", "in", "after"})


def _capitalised(token: Token) -> bool:
    """Capitalised as a name is, inner capitals included (`McCool`, `MacLeod`, `DeSantis`), where `is_title`
    wants every other letter lower case; an acronym (`NATO`) is not."""
    text = token.text
    return token.is_title or (text[:1].isupper() and not token.is_upper and text[1:2].islower())


def name_end(doc: Doc, start: int) -> int:
    """Where the personal name starting at token `start` ends (capitalised words and particles)."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        if _name_token(token):
            end += 1
            continue
        after = end
        while after < len(doc) and (_initial(doc[after]) or (_joiner(doc[after]) and after > start)):
            after += 1
        if after == end or after >= len(doc) or not _name_token(doc[after]):
            break
        end = after + 1
    return end


def name_start(doc: Doc, start: int) -> int:
    """Where a personal name the model began too late starts: over an initial (`M.` of `M. Bevan`), the
    given name before a particle (`Danie` of `Danie van Schalkwyk`, `Frank de` of `Frank de Boer`) or before
    a hyphen (`Anne-Gaelle`)."""
    while 0 < start < len(doc):
        before = doc[start - 1]
        if _initial(before) or (doc[start].lower_ in PARTICLES and _name_token(before)):
            start -= 1
        elif _joiner(before) and start > 1 and _name_token(doc[start - 2]) and (
                doc[start - 2].lower_ not in words(__package__, "stance_prefixes.txt")):
            start -= 2  # `Anne-Gaelle`, `Frank de` of `Frank de Boer`; not `Pro-` of `Pro-Clinton`
        else:
            return start
    return start


def _joiner(token: Token) -> bool:
    """A particle (`von`, `bin`) or the hyphen of a double name (`Ocasio-Cortez`)."""
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return token.lower_ in PARTICLES


def _initial(token: Token) -> bool:
    """A middle initial such as `W.`."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def stands_alone(doc: Doc, start: int, end: int) -> bool:
    """Not a piece of a longer capitalised name (`Tokyo` in `Tokyo Stock Exchange`, `Japan` in
    `Japan Airlines`); a title before it (`Prime Minister Takaichi`) or a capital that only
    opens the sentence does not count."""
    if end < len(doc) and doc[end].is_title:
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and not before.is_stop:
        return title_before(doc, start) is not None
    return True


def given_name_led(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words opening with a common given name (`Ivan Lendl`, `Adrian Warner`,
    `Todd Van Poppel`): a person's name, which the model often reads as a company or a place. Not a place's
    or a building's last word (`Crystal Palace`, `Ross County`) or a name holding a lower-case word
    (`Santiago de Cuba`, `Lawrence of Arabia`)."""
    tokens = doc[start:end]
    return (
        2 <= len(tokens) <= 3
        and all(_capitalised(t) and t.text.replace("’", "").replace("'", "").isalpha() for t in tokens)
        and is_common_given_name(tokens[0].text)
        and tokens[-1].lower_ not in words(__package__, "facility_words.txt")
    )
