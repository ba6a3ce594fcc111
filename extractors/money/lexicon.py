"""Currency facts from CLDR (through Babel) and ISO 4217 (through pycountry), built once per process.

Codes, English names and plurals (`Japanese yen`, `Swiss francs`, `roubles`),
symbols as the currencies' home locales write them (`zł`, `₽`, `R$`, `RM`),
the countries that use each currency, and each currency's decimal places and
home decimal mark. `tables.py` adds only what CLDR leaves ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from .lexer import tokenize
from .tables import (
    ALIASES,
    AMBIGUOUS_DEFAULTS,
    AMBIGUOUS_SYMBOLS,
    COMMON_WORD_UNITS,
    FORMER_TERRITORIES,
    LETTER_SIGNS,
    LETTER_SYMBOL_DENY,
    PERIOD_UNITS,
    POSTFIX_ONLY_UNITS,
    POUND_SIGN_CURRENCIES,
    QUALIFIED_ONLY,
    SUBUNITS,
    SYMBOL_OVERRIDES,
)

# Currencies legal tender anywhere since this date count as current: news still
# quotes a currency replaced lately (`BGN`, `HRK`), while `DEM` reads as an acronym.
_RECENT = dt.date(2010, 1, 1)

# A past currency's dated name (`Turkish Lira (1922–2005)`), read as the name before its dates.
_DATED = re.compile(r"\(\d{4}")

# English locales whose currency names add spellings (`rouble`) to the base `en` names.
_ENGLISH_LOCALES = ("en", "en_GB", "en_IN", "en_AU", "en_CA")


@dataclass(frozen=True)
class CurrencyRef:
    """What a currency mention names: one code, or a family of candidates to resolve by context."""

    candidates: frozenset[str]
    # The family a bare mention belongs to (`dollar`, `$`, `pound`, `¥`), None for a definite mention.
    family: str | None = None
    # Past currencies the unit also named (`lire`: ITL), read when the document's date falls in their time.
    past: frozenset[str] = frozenset()

    @property
    def code(self) -> str | None:
        return next(iter(self.candidates)) if len(self.candidates) == 1 and self.family is None else None


@dataclass(frozen=True)
class Entry:
    """One way to write a currency, as a sequence of lexer tokens."""

    ref: CurrencyRef
    kind: str  # "symbol", "name", "unit", "sub"
    # Exact text required, whitespace removed (letter symbols are case-sensitive: `RM`, `Rs`), else None.
    surface: str | None = None
    glued: bool = False
    before_number: bool = True
    after_number: bool = True
    # False: read only after a country qualifier (`Swedish crowns`).
    bare: bool = True


@dataclass
class Lexicon:
    codes: frozenset[str]
    current: frozenset[str]
    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    # Country names and adjectives that point at one currency, for resolving `¥`, `kr`, `rupees`.
    cues: dict[tuple[str, ...], str] = field(default_factory=dict)
    decimal_comma: frozenset[str] = frozenset()
    longest: int = 1
    # First tokens of multi-word names and of cues, to skip most words cheaply.
    first_keys: frozenset[str] = frozenset()
    cue_first_keys: frozenset[str] = frozenset()
    # Country names as cues -> their territory, whose currency at the document's date `period.py` reads.
    places: dict[tuple[str, ...], str] = field(default_factory=dict)

    def add(self, surface: str, entry: Entry) -> None:
        key = tuple(t.key for t in tokenize(surface))
        if key:
            self.entries.setdefault(key, []).append(entry)
            self.longest = max(self.longest, len(key))


def _sign_symbol(symbol: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in symbol)


def _letter_symbol(symbol: str) -> bool:
    """Letter symbols worth reading: `FCFA`, or two letters not both capitals (`zł`, `Rp`), not a unit."""
    letters = "".join(symbol.rstrip(".").split())
    if not letters.isalpha() or symbol in LETTER_SYMBOL_DENY:
        return False
    return len(letters) >= 3 or (len(letters) == 2 and not letters.isupper())


@dataclass
class _Units:
    """CLDR's English unit nouns (`dollar`, `francs`) and the currencies each may mean."""

    current: frozenset[str]
    codes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    singular: dict[str, str] = field(default_factory=dict)

    def ref(self, unit: str) -> CurrencyRef:
        """A bare unit: one currency, or a family (current currencies first) resolved by context."""
        found = self.codes[unit]
        candidates = frozenset((found & self.current) or found)
        family = self.singular.get(unit, unit)
        past = frozenset(found - candidates)
        if len(candidates) == 1 and family not in AMBIGUOUS_DEFAULTS and not past:
            return CurrencyRef(candidates)
        return CurrencyRef(candidates, family, past)


@cache
def with_words(words: tuple[tuple[str, str], ...]) -> Lexicon:
    """The lexicon with a user's currency words (`bucks` -> USD) read as names of those currencies,
    ahead of any reading the lexicon had for them; the shared lexicon is not changed."""
    base = lexicon()
    if not words:
        return base
    lex = replace(base, entries=dict(base.entries))
    for word, code in words:
        key = tuple(t.key for t in tokenize(word))
        if key:
            lex.entries[key] = [Entry(CurrencyRef(frozenset({code})), "name"), *base.entries.get(key, [])]
            lex.longest = max(lex.longest, len(key))
    lex.first_keys = frozenset(key[0] for key in lex.entries)
    return lex


@cache
def lexicon() -> Lexicon:
    """Build the lexicon (a few tenths of a second, once per process)."""
    territories, home_symbols, decimal_marks = _territory_data()
    current = frozenset(c for codes in territories.values() for c in codes)
    names, units, historical = _english_names(current)
    codes = frozenset(current | historical)
    lex = Lexicon(codes=codes, current=current)
    lex.decimal_comma = frozenset(c for c, marks in decimal_marks.items() if marks[","] > marks["."])
    _add_names(lex, names, units, territories)
    _add_symbols(lex, names, units, home_symbols)
    _add_tables(lex, units)
    _add_former_territories(lex)
    lex.first_keys = frozenset(key[0] for key in lex.entries)
    lex.cue_first_keys = frozenset(key[0] for key in lex.cues)
    return lex


def _territory_data() -> tuple[dict[str, list[str]], dict[str, set[str]], dict[str, Counter[str]]]:
    """Per territory its recent currencies; symbols and decimal marks as the home locales write them."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    likely = get_global("likely_subtags")
    territories: dict[str, list[str]] = {}
    home_symbols: dict[str, set[str]] = defaultdict(set)
    decimal_marks: dict[str, Counter[str]] = defaultdict(Counter)
    for territory in Locale("en").territories:
        if not territory.isalpha() or len(territory) != 2:
            continue
        codes = get_territory_currencies(territory, start_date=_RECENT, end_date=dt.date.today(), tender=True)
        if not codes:
            continue
        territories[territory] = codes
        tag = likely.get(f"und_{territory}")
        if not tag:
            continue
        layers = _home_layers(tag)
        mark = next((m for layer in layers if (m := layer.get("number_symbols", {}).get("latn", {}).get("decimal"))),
                    ".")
        for code in codes:
            symbol = next((s for layer in layers if (s := layer.get("currency_symbols", {}).get(code))), None)
            if symbol:
                home_symbols[symbol].add(code)
            decimal_marks[code][mark] += 1
    return territories, home_symbols, decimal_marks


def _english_names(current: frozenset[str]) -> tuple[dict[str, set[str]], _Units, set[str]]:
    """English names and plurals of current currencies, and of past ones with a plain name (`Dutch guilder`)."""
    import pycountry
    from babel import Locale

    iso = {c.alpha_3 for c in pycountry.currencies}
    names: dict[str, set[str]] = defaultdict(set)
    units = _Units(current)
    historical: set[str] = set()
    for tag in _ENGLISH_LOCALES:
        locale = Locale.parse(tag)
        plurals = locale._data["currency_names_plural"]
        earlier = set(names)  # a regional locale adds spellings, it does not re-assign `en`'s names
        for code, name in locale.currencies.items():
            if code not in current and (code in iso or len(code) != 3 or code.startswith("X")):
                continue  # funds, units of account (`French UIC-Franc`)
            if code not in current and "(" in name:
                if not _DATED.search(name):
                    continue  # `Belgian Franc (convertible)`: a variant, not the currency of a period
                name = name.split("(")[0].strip()  # `Turkish Lira (1922–2005)`: TRL, past of the Turkish lira
            if code not in current:
                historical.add(code)
            singular = name.split()[-1].casefold()
            for form in {name, *(plurals.get(code, {}) or {}).values()}:
                form = form.split("(")[0].strip() if code not in current and _DATED.search(form) else form
                if form and "(" not in form and form.casefold() not in earlier:
                    names[form.casefold()].add(code)
                    unit = form.split()[-1].casefold()
                    units.codes[unit].add(code)
                    units.singular[unit] = singular
    for unit, singular in units.singular.items():  # `lire` also names what `lira` names (ITL, not only TRY)
        units.codes[unit] |= units.codes.get(singular, set()) - current
    return names, units, historical


def _add_former_territories(lex: Lexicon) -> None:
    """Names of countries CLDR no longer lists (Yugoslavia): places whose currency of the date its history
    gives, and cues for their last currency."""
    from babel.core import get_global

    history = get_global("territory_currencies")
    for name, territory in FORMER_TERRITORIES.items():
        lex.places[(name,)] = territory
        lex.cues[(name,)] = history[territory][-1][0]


def _add_names(lex: Lexicon, names: dict[str, set[str]], units: _Units, territories: dict[str, list[str]]) -> None:
    """Full names (`Swiss francs`, joined `egyptianpound`), bare units, `<country> <unit>`, and country cues."""
    users: dict[str, set[str]] = defaultdict(set)
    for territory, found_there in territories.items():
        for code in found_there:
            users[code].add(territory)
    for name, found in names.items():
        words = name.split()
        if len(words) > 1:
            now = frozenset(found & lex.current)
            if len(found) == 1:
                ref = CurrencyRef(frozenset(found))
            elif len(now) == 1:  # `Turkish lira`: TRY today, TRL in a text of 1996
                ref = CurrencyRef(now, name, frozenset(found - now))
            else:
                ref = units.ref(words[-1])
            lex.add(name, Entry(ref, "name"))
            lex.add("".join(words), Entry(ref, "name"))
            code = next(iter(found)) if len(found) == 1 else next(iter(now)) if len(now) == 1 else None
            if code:
                lex.cues[tuple(words[:-1])] = code
                if len(users.get(code, ())) == 1:  # `Turkish` is Turkey's, whose currency of the date counts
                    lex.places.setdefault(tuple(words[:-1]), next(iter(users[code])))
    for unit in units.codes:
        if unit in PERIOD_UNITS:  # `20 million marks`: money only where the date or place gives one currency
            lex.add(unit, Entry(units.ref(unit), "unit", before_number=False))
        elif unit not in COMMON_WORD_UNITS:
            lex.add(unit, Entry(units.ref(unit), "unit", before_number=unit not in POSTFIX_ONLY_UNITS))
    from babel import Locale

    countries = Locale("en").territories
    for territory, found in territories.items():
        country = countries[territory].casefold()
        for code in found:
            lex.cues[tuple(country.split())] = code
            lex.places[tuple(country.split())] = territory
            for unit, unit_found in units.codes.items():
                if code in unit_found:
                    lex.add(f"{country} {unit}", Entry(CurrencyRef(frozenset({code})), "name"))


def _add_symbols(lex: Lexicon, names: dict[str, set[str]], units: _Units, home_symbols: dict[str, set[str]]) -> None:
    """Symbols of the English locales and of each currency's home locale, then Unicode's named signs."""
    from babel import Locale

    symbols: dict[str, set[str]] = defaultdict(set)
    for tag in _ENGLISH_LOCALES:
        for code, symbol in Locale.parse(tag).currency_symbols.items():
            if code in lex.current:
                symbols[symbol].add(code)
    for symbol, found in home_symbols.items():
        symbols[symbol] |= found & lex.current
    for symbol, found in symbols.items():
        if symbol in ("$", "£", *SYMBOL_OVERRIDES, *AMBIGUOUS_SYMBOLS) or not found or symbol.upper() in lex.codes:
            continue  # `$` and `£` are families of their own, added from the units below
        if _sign_symbol(symbol):
            _add_symbol(lex, symbol, frozenset(found))
        elif _letter_symbol(symbol):
            _add_symbol(lex, symbol, frozenset(found), letters=True)
    for symbol, ref in _unicode_signs(names, units.ref):
        if tuple(t.key for t in tokenize(symbol)) not in lex.entries:
            lex.add(symbol, Entry(ref, "symbol"))
    lex.add("$", Entry(CurrencyRef(units.ref("dollar").candidates, "$"), "symbol"))
    # The bare sign is sterling's and its pegged island pounds'; Egypt's or Lebanon's pound is `E£`, `L£` or
    # named, so `£950m` after `EGP 10bn` is still sterling (the word `pounds` there follows the Egyptian one).
    lex.add("£", Entry(CurrencyRef(units.ref("pound").candidates & POUND_SIGN_CURRENCIES, "£"), "symbol"))


def _add_tables(lex: Lexicon, units: _Units) -> None:
    """The hand tables: symbol overrides, ambiguous letter symbols, aliases, sub-units."""
    for symbol, code in SYMBOL_OVERRIDES.items():
        _add_symbol(lex, symbol, frozenset({code}), letters=symbol.rstrip(".").isalpha())
    for symbol, found in AMBIGUOUS_SYMBOLS.items():
        ref = CurrencyRef(found, symbol if symbol in AMBIGUOUS_DEFAULTS else symbol.rstrip("."))
        lex.add(symbol, Entry(ref, "symbol", surface=symbol, glued=True))
    for sign, code in LETTER_SIGNS.items():
        lex.add(sign, Entry(CurrencyRef(frozenset({code})), "symbol", surface=sign, after_number=False))
    for alias, target in ALIASES.items():
        targets = target.split()
        if len(targets) > 1:
            ref = CurrencyRef(frozenset().union(*(units.ref(u).candidates for u in targets)), alias.rstrip("s"))
        elif target in lex.codes or (len(target) == 3 and target.isupper()):
            ref = CurrencyRef(frozenset({target}))  # also BTC, which ISO 4217 lacks
        else:
            ref = units.ref(target)
        surface = alias if alias.isupper() else None
        lex.add(alias, Entry(ref, "name", surface=surface, bare=alias not in QUALIFIED_ONLY))
    pennies = CurrencyRef(units.ref("dollar").candidates | units.ref("pound").candidates, "penny")
    for sub, (_, family) in SUBUNITS.items():
        if family == "penny":
            ref = pennies
        elif family == "pound":  # pence are sterling's: Egypt's or Lebanon's pound divides into piastres
            found = units.ref(family)
            ref = CurrencyRef(found.candidates & POUND_SIGN_CURRENCIES, found.family)
        else:
            ref = CurrencyRef(frozenset({family})) if family in lex.codes else units.ref(family)
        lex.add(sub, Entry(ref, "sub", surface=sub if len(sub) == 1 else None, before_number=False))


def _unicode_signs(
    names: dict[str, set[str]], unit_ref: Callable[[str], CurrencyRef]
) -> Iterator[tuple[str, CurrencyRef]]:
    """Currency signs CLDR keeps only as narrow forms, read from their Unicode names (`NAIRA SIGN` ₦)."""
    for point in range(0x20A0, 0x20D0):
        char = chr(point)
        if unicodedata.category(char) != "Sc":
            continue
        name = unicodedata.name(char, "").casefold().removesuffix(" sign")
        if name in names and len(names[name]) == 1:
            yield char, CurrencyRef(frozenset(names[name]))
        elif name.split()[-1:] and name.split()[-1] not in ("currency", "dollar", "cent", *COMMON_WORD_UNITS):
            ref = unit_ref(name.split()[-1])
            if ref.candidates:
                yield char, ref


def _home_layers(tag: str) -> list[dict]:
    """A home locale's own data, most specific first (`pl_PL`, then `pl`), read without inheritance.

    Reading only the locale's own files, not the merged inheritance chain, is what
    keeps building the lexicon well under a second.
    """
    import pickle

    from babel import localedata

    language, *rest = tag.split("_")
    names = [f"{language}_{rest[-1]}", language] if rest else [language]
    layers = []
    for name in names:
        if localedata.exists(name):
            # Read the file directly: `localedata.load(merge_inherited=False)` would cache the
            # partial data under the locale's name and break every later use of that locale.
            with open(localedata.resolve_locale_filename(name), "rb") as data:
                layers.append(pickle.load(data))
    return layers


def _add_symbol(lex: Lexicon, symbol: str, found: frozenset[str], letters: bool = False) -> None:
    """Register a symbol; `¥` and other shared symbols stay a family resolved by context."""
    family = symbol if len(found) > 1 else None
    ref = CurrencyRef(found, family)
    pieces = tokenize(symbol)
    prefix = pieces[0].text.rstrip(".") if len(pieces) > 1 and pieces[-1].text in "$¥" else ""
    # `HK $`, `c $`, `s $`: tokenised text splits prefixed dollars; only `A$` must touch (`a $5 fee`).
    glued = len(pieces) > 1 and not ((prefix and prefix.upper() != "A") or any(c.isspace() for c in symbol))
    # Short letter symbols are case-sensitive (`Rp`, `RM`, `kr`); longer ones are not (`Ksh`, `KSh`).
    short = letters and len(symbol.rstrip(".")) <= 2
    surface = "".join(symbol.split()) if short or (len(pieces) > 1 and not prefix) else None
    lex.add(symbol, Entry(ref, "symbol", surface=surface, glued=glued))
