"""The few hand-kept facts CLDR does not hold: ambiguity defaults, slang, sub-units, qualifiers.

Everything that names a currency as such (codes, English names and plurals,
symbols) comes from Babel's CLDR data in `lexicon.py`; this module only says how
to read what CLDR leaves ambiguous or does not know.
"""

from __future__ import annotations

from decimal import Decimal

# A unit or symbol that several currencies share reads as this one when the
# document says nothing more (news convention: a bare dollar is USD).
AMBIGUOUS_DEFAULTS: dict[str, str] = {
    "dollar": "USD",
    "$": "USD",
    "pound": "GBP",
    "£": "GBP",
    "rupee": "INR",
    "Rs": "INR",
    "¥": "JPY",
    "peseta": "ESP",
    "euro": "EUR",
    "ruble": "RUB",
    "rouble": "RUB",
    "won": "KRW",
    "dirham": "AED",
    "penny": "GBP",
    "T$": "TWD",
}

# Currencies whose own sign is the bare `£` (sterling and the island pounds at par with it).
POUND_SIGN_CURRENCIES = frozenset({"GBP", "GIP", "FKP", "SHP", "GGP", "JEP", "IMP"})

# Families whose bare form follows the currency the document last used: a penny is
# a cent in an article about dollars.
FOLLOW_USE = frozenset({"penny"})

# Families whose bare form is resolved only by a currency the document named
# earlier, never by a mere country mention (`$` stays USD in an article about Canada).
# The word `pounds` is not one: wire copy from Cairo or Beirut writes the local pound
# so, while sterling has its own sign.
NAMED_ONLY = frozenset({"dollar", "$", "£"})

# Symbols whose CLDR reading is not the news reading, and prefixed dollars CLDR lacks.
SYMBOL_OVERRIDES: dict[str, str] = {
    "C$": "CAD",
    "AU$": "AUD",
    "Mex$": "MXN",
    "Z$": "ZWD",  # Zimbabwe's dollar of 1980-2008, which CLDR keeps without a symbol
    "S$": "SGD",
    "US$": "USD",
    "U.S.$": "USD",
    "Fr.": "CHF",
    "RM": "MYR",
    "SFr": "CHF",
    "SFr.": "CHF",
    "Dh": "AED",
    "Dhs": "AED",
}

# Countries of 1990s news whose codes CLDR keeps only in its currency history, not among today's territory
# names: `BELGRADE ... the Yugoslav news agency ... 20 million dinars` is the Yugoslav new dinar (YUM).
FORMER_TERRITORIES: dict[str, str] = {"yugoslavia": "YU", "yugoslav": "YU", "zaire": "ZR", "zairean": "ZR"}

# Ambiguous letter symbols CLDR gives to several currencies (or to a home locale only).
AMBIGUOUS_SYMBOLS: dict[str, frozenset[str]] = {
    "Rs": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "Rs.": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "kr.": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "Sh": frozenset({"KES", "UGX", "TZS", "SOS"}),
    "Shs": frozenset({"KES", "UGX", "TZS", "SOS"}),
    # CLDR gives `T$` to Tonga's pa'anga only; wire copy writes the Taiwan dollar so (`closed at T$ 27.482`)
    "T$": frozenset({"TWD", "TOP"}),
}

# One-letter signs that news in big markets writes (`R1.5bn` rand, `N2.2tn` naira): read only glued
# to a scaled or grouped number, since on a bare one they are codes (`N95` masks, `R2-D2`).
LETTER_SIGNS: dict[str, str] = {"R": "ZAR", "N": "NGN"}

# Letter symbols CLDR gives that are also common abbreviations (decibel, argon, British, BS, knots).
LETTER_SYMBOL_DENY = frozenset({"Db", "Ar", "Br", "Bs", "Kz", "kn"})

# Names read only after a country or its adjective (`Swedish crowns`), never bare
# (`won three crowns` is titles, not money).
QUALIFIED_ONLY = frozenset({"crown", "crowns"})

# Units never written with an article for one unit of money (`a yen for travel` is a desire).
NO_ARTICLE_UNITS = frozenset({"yen"})

# Informal or local names that CLDR's English data does not list: each maps to a code,
# or to CLDR unit names whose currencies it may mean (`crowns`: Reuters' krone, krona, koruna).
ALIASES: dict[str, str] = {
    "crown": "krone krona koruna",
    "crowns": "krone krona koruna",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "BTC": "BTC",
    "XBT": "BTC",
    "₿": "BTC",
    "bucks": "dollar",
    "buck": "dollar",
    "greenback": "USD",
    "greenbacks": "USD",
    "aussie dollar": "AUD",
    "aussie dollars": "AUD",
    "kiwi dollar": "NZD",
    "kiwi dollars": "NZD",
    "loonie": "CAD",
    "loonies": "CAD",
    "quid": "pound",
    "stg": "GBP",  # wire copy's sterling: `5 stg`, `stg 300 million`
    # wire copy's other abbreviations: `2,901.48 rbls`, `3.9 bln Ffr`, `Estimates ( Dfl )`, `5 mln dlrs`
    "rbls": "rouble",
    "ffr": "FRF",
    "dfl": "NLG",
    "skr": "SEK",  # `1.2 bln SKR`, as `dkr` and `nkr` are the Danish and Norwegian crowns
    "dkr": "DKK",
    "nkr": "NOK",
    "dlrs": "dollar",
    "sterling": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "uk pound": "GBP",
    "uk pounds": "GBP",
    "NIS": "ILS",
    "ecu": "XEU",  # the European Currency Unit of 1979-1998: `105.07 Ecus per tonne` in EU farm wires
    "ecus": "XEU",
    "renminbi": "CNY",
    "rmb": "CNY",
    "kuai": "CNY",
    "geneh": "EGP",
    "genih": "EGP",
    "genihat masriya": "EGP",
    "LE": "EGP",
    "reais": "BRL",
    "złoty": "PLN",
    "złotys": "PLN",
}

# Units that are also ordinary English words or names: read only with a
# qualifier (`German marks`, `Brazilian real`), never bare.
# What a shared unit meant in the 1990s news of Europe when its date makes these tender and no place in
# the text settles it (CLDR has both DEM and BAM, or FRF and a dozen African francs, for 1996).
PERIOD_DEFAULTS: dict[str, str] = {"mark": "DEM", "franc": "FRF", "lira": "ITL", "guilder": "NLG"}

# Units that are ordinary words but were a major currency (`marks`: DEM until 2001): read only after a
# number, and kept only where the document's date or places settle which currency they mean.
PERIOD_UNITS = frozenset({"mark", "marks"})

COMMON_WORD_UNITS = frozenset({
    "mark", "marks", "real", "reals", "sol", "afghani", "afghanis", "dram", "drams", "colon", "unit", "units",
    "funds", "gold", "value", "austral", "australs", "cupon", "inti", "intis", "sucre", "sucres",
})
# Units that are English words before a number (`won 5 games`), but money after one (`5,000 won`).
POSTFIX_ONLY_UNITS = frozenset({
    "won", "rand", "dong", "kip", "lari", "lek", "som", "tala", "vatu", "loti", "maloti", "pula", "kina", "leone",
    "leones", "escudo", "escudos", "quetzal", "quetzales", "quetzals", "cordoba", "cordobas", "córdoba",
    "córdobas", "balboa", "balboas", "colón", "colones", "lev", "leva", "leu", "lei", "soles",
})

# ISO codes that spell English words or common acronyms: never read in lower case,
# and in upper case only after a number (`42 TRY`), never before it (`COP 26`, `TOP 10`) nor inside a line of
# capitals (`ENGLAND 326 ALL OUT`).
WORD_CODES = frozenset({
    "ALL", "AMD", "AWG", "BAM", "BOB", "COP", "CRC", "CUC", "CUP", "CVE", "DOP", "EEK", "ERN", "GEL", "IRR", "LAK",
    "MAD", "MOP", "NPR", "PEN", "PHP", "SDG", "SOS", "STD", "TOP", "TRY",
    # past codes, read in capitals only
    "ARM", "BAD", "BAN", "BOL", "NIC", "PES", "SIT", "SUR",
})

# Fractional units: the share of the major unit and the family they belong to.
SUBUNITS: dict[str, tuple[Decimal, str]] = {
    "cent": (Decimal("0.01"), "dollar"),
    "cents": (Decimal("0.01"), "dollar"),
    "c": (Decimal("0.01"), "dollar"),
    "¢": (Decimal("0.01"), "dollar"),
    "penny": (Decimal("0.01"), "penny"),
    "pence": (Decimal("0.01"), "pound"),
    "pennies": (Decimal("0.01"), "penny"),
    "p": (Decimal("0.01"), "pound"),
    "sen": (Decimal("0.01"), "MYR"),
    "sens": (Decimal("0.01"), "MYR"),
    "kopiyka": (Decimal("0.01"), "UAH"),
    "kopiykas": (Decimal("0.01"), "UAH"),
    "kopiyky": (Decimal("0.01"), "UAH"),
    "kopek": (Decimal("0.01"), "RUB"),
    "kopeks": (Decimal("0.01"), "RUB"),
    "kopeck": (Decimal("0.01"), "RUB"),
    "kopecks": (Decimal("0.01"), "RUB"),
    "paisa": (Decimal("0.01"), "rupee"),
    "paise": (Decimal("0.01"), "rupee"),
    "fen": (Decimal("0.01"), "CNY"),
    "jiao": (Decimal("0.1"), "CNY"),
    "mao": (Decimal("0.1"), "CNY"),
    "centime": (Decimal("0.01"), "franc"),
    "centimes": (Decimal("0.01"), "franc"),
    "centavo": (Decimal("0.01"), "peso"),
    "centavos": (Decimal("0.01"), "peso"),
    "pfennig": (Decimal("0.01"), "DEM"),
    "pfennigs": (Decimal("0.01"), "DEM"),
    "satang": (Decimal("0.01"), "THB"),
    "halala": (Decimal("0.01"), "SAR"),
    "halalas": (Decimal("0.01"), "SAR"),
    "grosz": (Decimal("0.01"), "PLN"),
    "groszy": (Decimal("0.01"), "PLN"),
    "kuruş": (Decimal("0.01"), "TRY"),
    "kurus": (Decimal("0.01"), "TRY"),
}
# Sub-unit spellings that are a single letter: read only glued to a number
# (`5p`, `43c`), or, for the lower-case `c`, right after one.
LETTER_SUBUNITS = frozenset({"c", "p"})

# Scale words and abbreviations; the letter ones are case-sensitive where case decides.
MAGNITUDE_WORDS: dict[str, int] = {
    "hundred": 10**2, "thousand": 10**3, "thousands": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9,
    "billions": 10**9, "trillion": 10**12, "trillions": 10**12, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "lacs": 10**5, "crore": 10**7, "crores": 10**7,
}
# Fractions written before `of a` and a scale word (`a quarter of a million`).
FRACTION_WORDS: dict[str, Decimal] = {
    "quarter": Decimal("0.25"), "quarters": Decimal("0.25"), "third": Decimal(1) / 3, "thirds": Decimal(1) / 3,
}
MAGNITUDE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "MM": 10**6,
    "Mn": 10**6, "b": 10**9, "B": 10**9, "bn": 10**9, "Bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12,
    "Tn": 10**12, "T": 10**12, "tr": 10**12, "cr": 10**7, "MLN": 10**6, "BLN": 10**9, "trln": 10**12, "TRLN": 10**12,
}
# Abbreviations that may stand apart from the number (`$5 bn`); single letters must touch it.
SPACED_ABBREVIATIONS = frozenset({"mn", "mln", "mil", "MM", "Mn", "bn", "Bn", "bln", "tn", "trn", "Tn", "cr", "MLN",
                                  "BLN", "trln", "TRLN"})
# Magnitude letters glued to an ISO code (`120 MEUR`, `kUSD`).
CODE_MAGNITUDE_PREFIXES: dict[str, int] = {"k": 10**3, "K": 10**3, "M": 10**6, "Mn": 10**6, "Bn": 10**9}

# Qualifiers before an amount: what they make of it.
HEDGES = (
    "about", "around", "roughly", "approximately", "approx", "approx.", "nearly", "almost", "some",
    "an estimated", "estimated", "close to", "circa", "ca.", "~", "≈", "just about", "more or less",
    "an approximate", "approximate", "some estimated",
)
LOWER_BOUNDS = (
    "more than", "over", "above", "at least", "no less than", "not less than", "upwards of", "upward of",
    "in excess of", "exceeding", "exceeded", "exceeds", "exceed", "topped", "tops", "topping", "surpassed",
    "surpasses", "surpassing", "greater than", "north of", "a minimum of", "minimum of", "starting at",
    "starting from", "from as little as", "as little as", "as low as", "past", "beyond",
)
UPPER_BOUNDS = (
    "less than", "under", "below", "up to", "at most", "as much as", "as high as", "no more than",
    "not more than", "a maximum of", "maximum of", "not exceeding", "not exceed", "lower than", "fewer than",
    "south of", "as many as", "upto",
)
EXACT = ("exactly", "precisely", "just", "only", "a full", "fully")
# Qualifiers after an amount.
TRAILING_LOWER = ("or more", "or above", "or higher", "and up", "and above", "or over", "+", "-plus")
TRAILING_UPPER = ("or less", "or below", "or lower", "or under")
TRAILING_HEDGES = ("or so", "-odd", "or thereabouts")

# Verbs whose particle `over` is no bound: `handed over $5m` is $5m.
OVER_PARTICLE_VERBS = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "takes", "took",
    "taken", "taking", "sign", "signs", "signed", "signing", "fork", "forks", "forked", "forking", "shell",
    "shells", "shelled", "shelling", "pass", "passes", "passed", "passing", "give", "gave", "given", "giving",
})

# Verbs of a market move that make `X to Y` a change only right before the amount (`Isbank gained 300 lira to
# 8,600`); farther away they belong to another clause (`who lost their jobs were making $35,000 to $60,000`).
NEAR_CHANGE_WORDS = frozenset({
    "gain", "gained", "gains", "gaining", "lost", "lose", "loses", "losing", "shed", "sheds", "added", "firmed",
    "slid", "dipped", "rallied",
})
# Verbs of being that start a new predicate: a change word before them is not the amount's
# (`the group raising money for it is $9 million to $10 million short`).
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being"})
# Verbs of change: `rose from $5 to $7` is two amounts, not a range.
CHANGE_WORDS = frozenset({
    "eased", "tumbled", "advanced", "declined",
    "rise", "rose", "risen", "rising", "rises", "fall", "fell", "fallen", "falling", "falls", "grow", "grew",
    "grown", "growing", "grows", "increase", "increased", "increasing", "increases", "decrease", "decreased",
    "decreasing", "decreases", "drop", "dropped", "dropping", "drops", "climb", "climbed", "climbing", "climbs",
    "jump", "jumped", "jumping", "jumps", "cut", "cuts", "cutting", "raise", "raised", "raising", "raises",
    "lower", "lowered", "lowering", "reduce", "reduced", "reducing", "reduces", "boost", "boosted", "slash",
    "slashed", "up", "down", "go", "went", "gone", "going", "soar", "soared", "plunge", "plunged", "slip",
    "slipped", "surge", "surged", "swell", "swelled", "shrink", "shrank", "shrunk", "expand", "expanded",
    "widen", "widened", "narrow", "narrowed", "revise", "revised", "change", "changed", "move", "moved",
    "by", "tumble", "sink", "sank", "slump", "slumped", "rebound", "rebounded", "advance",
    "decline", "ease", "doubled", "tripled", "halved",
})

# Words before a number of pounds that make them weight (`weighing 14 pounds`).
WEIGHT_WORDS = frozenset({
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavier", "lighter", "gained", "gaining",
    "gain", "lose", "lost", "losing", "shed",
})

# Words that may follow cents written without a sub-unit word (`15 USD 50 more`);
# any other word shows the number counts something else (`$30 and 5 other items`).
TAIL_FOLLOWERS = frozenset({"and", "more", "less", "only", "each", "extra", "or", "in", "for", "a", "per"})

# Words after a bare number that show it counts something else, so `$5 to 10 times` is no range.
COUNTED_NOUNS = frozenset({
    "times", "time", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
    "minutes", "seconds", "people", "persons", "percent", "per", "points", "point", "shares", "share",
    "units", "items", "pieces", "of", "x", "per cent", "members", "students", "employees", "workers",
})


# Count words of a vague amount and the range of counts they mean (`a few million`: 2-9 million; `tens of
# millions`: 10-99 million). A bare plural scale (`millions of dollars`) is 2-999 of it, `billion-dollar`
# 1-999 billion, `multi-billion-dollar` 2-999 billion. Singular scale after the phrases without `of`.
VAGUE_COUNTS: dict[tuple[str, ...], tuple[int, int]] = {
    ("a", "few"): (2, 9),
    ("few",): (2, 9),
    ("several",): (3, 9),
    ("a", "couple", "of"): (2, 3),
    ("tens", "of"): (10, 99),
    ("dozens", "of"): (24, 99),
    ("hundreds", "of"): (100, 999),
}
VAGUE_STARTS = frozenset({"few", "several", "couple", "tens", "dozens", "hundreds", "thousands", "millions",
                          "billions", "trillions", "multi", "multimillion", "multibillion", "million", "billion",
                          "trillion"})

# Words after a price change that say its direction (`closed 2.40 guilders down at 80.70`, `0.60 weaker at`).
MOVE_ADVERBS = frozenset({"up", "down", "higher", "lower", "weaker", "firmer", "easier", "stronger", "softer",
                          "off"})

# Words that may follow the level a price moved to, ending its phrase (`to 4,150 after the results`).
PHRASE_ENDS = frozenset({"after", "at", "in", "on", "from", "by", "and", "but", "as", "while", "before", "when",
                         "with", "despite", "amid", "following", "ahead", "or", "against", "since", "for"})

# Words before a bare scaled number that tie it to the money amount of its sentence, whose currency it leaves
# out (`rose to 3.83 billion markka in April from 3.43 billion in March`), and words after it that end its
# phrase as well as PHRASE_ENDS do (`from 281 million previously`).
ELIDED_INTROS = frozenset({"from", "to", "at", "against", "versus", "vs"})
ELIDED_TAILS = frozenset({"previously", "earlier", "last", "ago", "late", "early"})
# Words that open another clause, whose figure is of another kind (`euros as subscribers grew to 3 million`).
CLAUSE_JOINERS = frozenset({"as", "while", "whereas", "but", "although", "though", "because", "when"})

# Words of a table row's label that show its figures count or measure something other than money (`Margin ( pct )`,
# `Deliveries`, `Aircraft in service`, `Passengers ( mln )`), even under a note in millions of a currency.
COUNT_LABELS = frozenset({
    "pct", "percent", "shares", "employees", "staff", "workers", "workforce", "number", "ratio", "margin", "points",
    "tonnes", "units", "days", "yield", "yields", "rate", "rates", "volume", "index", "headcount", "customers",
    "subscribers", "people", "persons", "personnel", "members", "passengers", "visitors", "tourists", "deliveries",
    "shipments", "aircraft", "planes", "vehicles", "cars", "trucks", "ships", "vessels", "barrels", "bpd", "tons",
    "tonnage", "ounces", "oz", "kg", "hectares", "acres", "metres", "meters", "kilometres", "kilometers", "km",
    "kwh", "mw", "flights", "stores", "branches", "outlets", "households", "homes", "accounts", "contracts",
    "copies", "jobs", "seats", "beds", "wells", "rigs", "mines", "shrs", "shs",
})

# Words after a table's unit (`in millions of dollars unless stated`, `except per share`) that end it.
UNIT_NOTES = frozenset({"unless", "except", "excluding", "including", "where"})

# Currencies that a market quotes in units of the other currency of a pair (`sterling at 1.5520 against the
# dollar` is dollars); the dollar is quoted so against every other (`the dollar at 1.4850 against the mark`).
QUOTED_AS_UNIT = frozenset({"USD", "GBP", "EUR", "XEU", "AUD", "NZD", "IEP"})

# Words after `a dollar`, `one yen` that make it the unit of an exchange-rate quote (`a dollar at 104.50 yen`).
RATE_FOLLOWERS = frozenset({"at", "against", "to", "versus", "vs", "fetched", "bought", "buys"})

# Abbreviations of a currency that alone are other words, read only after a scale word in a table row's label:
# Madrid's indicator tables write `Trade ( bln pts )` for billions of pesetas, while `( pts )` alone is points.
SCALED_LABEL_UNITS: dict[str, str] = {"pts": "ESP", "ptas": "ESP"}

# Currencies other than dollars whose hundredth the wires call a cent (`dropped 50 cents to 101.20 guilders`).
CENT_CURRENCIES = frozenset({"NLG", "ZAR", "EUR", "KES", "UGX", "TZS", "LKR", "MUR", "SCR"})

# Words that may follow the slang `grand` (a thousand dollars: `spend 100 grand to get a degree`); any other word
# makes it an adjective (`two grand pianos`, `5 grand slams`).
GRAND_FOLLOWERS = frozenset({
    "to", "for", "in", "on", "a", "an", "and", "or", "but", "of", "per", "each", "apiece", "from", "at", "by", "is",
    "was", "this", "that", "last", "more", "less", "cash", "up", "down", "back", "off", "out", "just", "bucks",
})
