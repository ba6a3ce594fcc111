"""The money extractor through the real pipeline: each class of money writing, positive and negative."""

from __future__ import annotations

import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale
from babel.numbers import format_compact_currency, format_currency, get_currency_precision
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_facts.extractors import get
from extract_facts.extractors.money.lexicon import lexicon
from extract_facts.extractors.money.numbers import parse_digits
from extract_facts.extractors.money.tables import WORD_CODES

from conftest import assert_grounded, run_text

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f74343b73d83790c.txt"


def money(text: str, **options: object) -> list[dict]:
    records = run_text("money", text, **options)
    assert_grounded(records, text)
    return records


def only(text: str, **options: object) -> dict:
    records = money(text, **options)
    assert len(records) == 1, [(r["text"], r["amount"], r["currency"]) for r in records]
    return records[0]


# (sentence, the words found, amount, currency)
AMOUNTS = [
    # prices quoted in fractions, as wires wrote them
    ("The stock closed at $ 30-3/4 on Friday .", "$ 30-3/4", 30.75, "USD"),
    ("Shares in the grocer rose 12-1 / 2p on Friday .", "12-1 / 2p", 0.125, "GBP"),
    ("Wheat futures rose 5-1/2 cents a bushel.", "5-1/2 cents", 0.055, "USD"),
    # `a dollar of` what it buys is a dollar; `a pound of` is a weight (NOT_MONEY)
    ("The credit returns a dollar of savings each year .", "a dollar", 1, "USD"),
    ("Officials said not a cent of the aid was spent .", "a cent", 0.01, "USD"),
    # symbols before and after, spaced or not
    ("It cost $5 in all.", "$5", 5, "USD"),
    ("It cost $ 10 in all.", "$ 10", 10, "USD"),
    ("The ticket is 20€ today.", "20€", 20, "EUR"),
    ("The ticket is 10 € today.", "10 €", 10, "EUR"),
    ("A pint is £4.50 now.", "£4.50", 4.5, "GBP"),
    ("Fares rose to ₹250 this week.", "₹250", 250, "INR"),
    ("It sold for ₽1,500 on Monday.", "₽1,500", 1500, "RUB"),
    ("Lunch is ₩12,000 in Seoul.", "₩12,000", 12000, "KRW"),
    ("The fee is ₺30 at the gate.", "₺30", 30, "TRY"),
    ("Rent is ₪4,000 a month.", "₪4,000", 4000, "ILS"),
    ("Bread costs 20 ₴ there.", "20 ₴", 20, "UAH"),
    ("He owes ₦5,000 to the bank.", "₦5,000", 5000, "NGN"),
    ("A meal is ₱300 in Manila.", "₱300", 300, "PHP"),
    ("A room is ฿900 a night.", "฿900", 900, "THB"),
    ("The fine was R$ 200 in Brasília.", "R$ 200", 200, "BRL"),
    ("The fine was 120 zł in Warsaw.", "120 zł", 120, "PLN"),
    ("The coffee was CHF 4.20 at the station.", "CHF 4.20", 4.2, "CHF"),
    ("The coffee was Fr. 4.20 at the station.", "Fr. 4.20", 4.2, "CHF"),
    ("It paid RM42 for it.", "RM42", 42, "MYR"),
    ("It paid Rs. 500 for it.", "Rs. 500", 500, "INR"),
    # regional letter symbols; the shilling follows the country named
    ("Rent in Dubai is Dh5,000 a month.", "Dh5,000", 5000, "AED"),
    ("Kenya's treasury spent Sh500 million on roads.", "Sh500 million", 500000000, "KES"),
    ("Uganda's budget adds Shs 2 billion for schools.", "Shs 2 billion", 2000000000, "UGX"),
    # one-letter signs, glued to a scaled or grouped number
    ("Pretoria announced a R1.5-billion bailout.", "R1.5-billion", 1500000000, "ZAR"),
    ("Eskom will borrow R10m more.", "R10m", 10000000, "ZAR"),
    ("Dangote's revenue hit N2.2tn in 2023.", "N2.2tn", 2200000000000, "NGN"),
    ("The levy is N2,500 per trip.", "N2,500", 2500, "NGN"),
    ("100,000 ₭ was the prize.", "100,000 ₭", 100000, "LAK"),
    # prefixed dollars, also in tokenised text
    ("Sales reached US$4.7 billion.", "US$4.7 billion", 4700000000, "USD"),
    ("Sales reached C$3 million.", "C$3 million", 3000000, "CAD"),
    ("Sales reached CA$3 million.", "CA$3 million", 3000000, "CAD"),
    ("Sales reached A$2.5bn.", "A$2.5bn", 2500000000, "AUD"),
    ("Sales reached AU$2.5bn.", "AU$2.5bn", 2500000000, "AUD"),
    ("Sales reached NZ$900m.", "NZ$900m", 900000000, "NZD"),
    ("Sales reached HK$10.05 billion.", "HK$10.05 billion", 10050000000, "HKD"),
    ("Sales reached S$1.2bn.", "S$1.2bn", 1200000000, "SGD"),
    ("Sales reached NT$30bn.", "NT$30bn", 30000000000, "TWD"),
    ("Sell Mex$ 10 million forward.", "Mex$ 10 million", 10000000, "MXN"),
    ("HARARE 1996-08-24\nTeachers earn Z$ 1,200 a month .", "Z$ 1,200", 1200, "ZWD"),
    # a past currency's code, in capitals
    ("HELSINKI 1996-08-30\nGroup profit fell to FIM 6.3 mln .", "FIM 6.3 mln", 6300000, "FIM"),
    ("FRANKFURT 1996-08-30\nThe warrants' strike price is 25.00 DEM .", "25.00 DEM", 25, "DEM"),
    ("exports fell to hk $ 10.05 billion .", "hk $ 10.05 billion", 10050000000, "HKD"),
    ("the c $ 300 million charge", "c $ 300 million", 300000000, "CAD"),
    ("the bill was usd$ 15", "usd$ 15", 15, "USD"),
    ("singapore ' s s $ 1.2 million bond", "s $ 1.2 million", 1200000, "SGD"),
    ("the company ' s $ 5 million loan", "$ 5 million", 5000000, "USD"),
    ("It would cost us $1 billion.", "$1 billion", 1000000000, "USD"),
    ("It is a $5 fee.", "$5", 5, "USD"),
    # ISO codes before and after
    ("They raised USD 5m.", "USD 5m", 5000000, "USD"),
    ("They raised 5 million EUR.", "5 million EUR", 5000000, "EUR"),
    ("They raised JPY 1.2trn.", "JPY 1.2trn", 1200000000000, "JPY"),
    ("They raised 42MYR.", "42MYR", 42, "MYR"),
    ("The price was USD115.5 flat.", "USD115.5", 115.5, "USD"),
    ("They lost 75 USD million.", "75 USD million", 75000000, "USD"),
    ("The client expects 120 MEUR.", "120 MEUR", 120000000, "EUR"),
    ("Revenue of about MAUD 60 was booked.", "about MAUD 60", 60000000, "AUD"),
    ("It cost 42 TRY there.", "42 TRY", 42, "TRY"),
    # names: singular, plural, adjectival, joined, country + unit
    ("Give me 5 dollars.", "5 dollars", 5, "USD"),
    ("It fetched 20 euros.", "20 euros", 20, "EUR"),
    ("It fetched 361 million pounds.", "361 million pounds", 361000000, "GBP"),
    ("It fetched 10 million pounds sterling.", "10 million pounds sterling", 10000000, "GBP"),
    ("It fetched 450,000 yen.", "450,000 yen", 450000, "JPY"),
    ("It fetched 5bn Japanese yen.", "5bn Japanese yen", 5000000000, "JPY"),
    ("It broke through 100 billion yuan.", "100 billion yuan", 100000000000, "CNY"),
    ("It broke through 100 billion renminbi.", "100 billion renminbi", 100000000000, "CNY"),
    ("It cost 300 rubles.", "300 rubles", 300, "RUB"),
    ("It cost 300 roubles.", "300 roubles", 300, "RUB"),
    ("It cost 20 Rupees.", "20 Rupees", 20, "INR"),
    ("It cost 40 Swiss francs.", "40 Swiss francs", 40, "CHF"),
    ("It cost 6.65 billion pesetas.", "6.65 billion pesetas", 6650000000, "ESP"),
    ("It cost 250 million dutch guilders.", "250 million dutch guilders", 250000000, "NLG"),
    ("It cost 10 turkish lira.", "10 turkish lira", 10, "TRY"),
    ("It cost 42 egyptianpound.", "42 egyptianpound", 42, "EGP"),
    ("It cost 42 malaysia ringgits.", "42 malaysia ringgits", 42, "MYR"),
    ("It cost ringgit 42.", "ringgit 42", 42, "MYR"),
    ("It cost 5,000 won.", "5,000 won", 5000, "KRW"),
    ("He bought 3,000 won's worth of stamps.", "3,000 won", 3000, "KRW"),
    # wire headers write the scale in capitals
    ("AMT $ 300 MLN SPREAD - 12.5 BP", "$ 300 MLN", 3e8, "USD"),
    ("AMSTERDAM 1996-08-28\nLOOS H1 NET PROFIT 28.9 MLN GUILDERS .", "28.9 MLN GUILDERS", 28.9e6, "NLG"),
    # a name read only after its country (`Swedish crowns`) is money after a scaled number too
    ("Swedish group Ericsson won an order worth 1.2 billion crowns .", "1.2 billion crowns", 1.2e9, "SEK"),
    ("COPENHAGEN 1996-08-28\nDanish group ISS posted a two billion crown loss .", "two billion crown", 2e9, "DKK"),
    # the European Currency Unit of EU farm and bond wires before the euro
    ("The EU sold barley at a minimum price of 105.07 Ecus per tonne .", "105.07 Ecus", 105.07, "XEU"),
    ("The bank issued 500 million ECUs of bonds .", "500 million ECUs", 5e8, "XEU"),
    ("The price starts at dollar 22.5 million.", "dollar 22.5 million", 22500000, "USD"),
    ("It costs 10 us dollar.", "10 us dollar", 10, "USD"),
    ("It costs 10 U.S. dollars.", "10 U.S. dollars", 10, "USD"),
    ("It cost 40 rmb.", "40 rmb", 40, "CNY"),
    ("It paid 3bn Norwegian crowns.", "3bn Norwegian crowns", 3000000000, "NOK"),
    ("It paid 2 billion Czech crowns.", "2 billion Czech crowns", 2000000000, "CZK"),
    ("It paid 10 Swedish kr for it.", "10 Swedish kr", 10, "SEK"),
    ("It paid 3 Mexican pesos.", "3 Mexican pesos", 3, "MXN"),
    ("It paid 42 kuwaiti dinar.", "42 kuwaiti dinar", 42, "KWD"),
    ("It paid 10 shekels.", "10 shekels", 10, "ILS"),
    ("It paid 10 NIS.", "10 NIS", 10, "ILS"),
    ("It paid 42 BGN.", "42 BGN", 42, "BGN"),
    ("It holds 1.5 BTC.", "1.5 BTC", 1.5, "BTC"),
    ("It paid 42 emirati dirhams.", "42 emirati dirhams", 42, "AED"),
    ("It paid 10 Aussie dollars.", "10 Aussie dollars", 10, "AUD"),
    ("It paid 42 złoty.", "42 złoty", 42, "PLN"),
    ("It holds 2 bitcoins.", "2 bitcoins", 2, "BTC"),
    # sub-units
    ("Shares rose 34 cents.", "34 cents", 0.34, "USD"),
    ("The contract rose 1.20 cents.", "1.20 cents", 0.012, "USD"),
    ("The bid was 470 pence a share.", "470 pence", 4.7, "GBP"),
    ("A bag costs 5p now.", "5p", 0.05, "GBP"),
    ("A pen costs 99¢ now.", "99¢", 0.99, "USD"),
    ("A pen costs ten cents now.", "ten cents", 0.1, "USD"),
    ("It is a 10-cent coin.", "10-cent", 0.1, "USD"),
    ("It was 50 euro cents.", "50 euro cents", 0.5, "EUR"),
    # cents after the major unit
    ("It is 10 $ 30 cent.", "10 $ 30 cent", 10.3, "USD"),
    ("It is $20 43.", "$20 43", 20.43, "USD"),
    ("It is 3 GBP 1 pence.", "3 GBP 1 pence", 3.01, "GBP"),
    ("It is twenty dollar and 43.", "twenty dollar and 43", 20.43, "USD"),
    ("It is 20 ringgit and 43c.", "20 ringgit and 43c", 20.43, "MYR"),
    ("It is 3 UAH 4 kopiykas.", "3 UAH 4 kopiykas", 3.04, "UAH"),
    ("It is one kuai and five mao five.", "one kuai and five mao five", 1.55, "CNY"),
    ("It is 17 USD 25.", "17 USD 25", 17.25, "USD"),
    # separators and decimals
    ("Accord prices start at $ 12,345 .", "$ 12,345", 12345, "USD"),
    ("It came to $1,000,000 exactly.", "$1,000,000", 1000000, "USD"),
    ("It came to $1 000 000 exactly.", "$1 000 000", 1000000, "USD"),
    ("It came to 1.000.000,50 € in all.", "1.000.000,50 €", 1000000.5, "EUR"),
    ("It came to 3.350 € in all.", "3.350 €", 3350, "EUR"),
    ("It came to 1 234 567,50 € in all.", "1 234 567,50 €", 1234567.5, "EUR"),
    ("It came to ₹12,34,567.50 in all.", "₹12,34,567.50", 1234567.5, "INR"),
    ("It came to CHF 1'000'000 in all.", "CHF 1'000'000", 1000000, "CHF"),
    # magnitudes
    ("It raised $10K.", "$10K", 10000, "USD"),
    ("It raised 10k$.", "10k$", 10000, "USD"),
    ("It raised $5m.", "$5m", 5000000, "USD"),
    ("It raised $5 mn.", "$5 mn", 5000000, "USD"),
    ("It raised $5M.", "$5M", 5000000, "USD"),
    ("It raised $1.5bn.", "$1.5bn", 1500000000, "USD"),
    ("It raised $2b.", "$2b", 2000000000, "USD"),
    ("It raised $3tn.", "$3tn", 3000000000000, "USD"),
    ("It raised $3 trn.", "$3 trn", 3000000000000, "USD"),
    ("It raised $1MM.", "$1MM", 1000000, "USD"),
    ("A $5-million deal.", "$5-million", 5000000, "USD"),
    ("A loan of 35 lakh rupees.", "35 lakh rupees", 3500000, "INR"),
    ("A loan of 4 crores rupees.", "4 crores rupees", 40000000, "INR"),
    ("A budget of Rs 500 crore.", "Rs 500 crore", 5000000000, "INR"),
    ("A budget of ₹5 lakh crore.", "₹5 lakh crore", 5000000000000, "INR"),
    ("A budget of Rs 500 cr.", "Rs 500 cr", 5000000000, "INR"),
    ("A pen costs $.99 today.", "$.99", 0.99, "USD"),
    # numbers in words
    ("It cost two million dollars.", "two million dollars", 2000000, "USD"),
    ("It cost a billion euros.", "a billion euros", 1000000000, "EUR"),
    ("It cost half a billion dollars.", "half a billion dollars", 500000000, "USD"),
    ("It cost one and a half million pounds.", "one and a half million pounds", 1500000, "GBP"),
    ("It cost two and one-half billion dollars.", "two and one-half billion dollars", 2500000000, "USD"),
    ("It cost three thousand dollars two hundred times.", "three thousand dollars", 3000, "USD"),
    ("It cost twenty-five thousand pounds.", "twenty-five thousand pounds", 25000, "GBP"),
    ("It cost a dollar.", "a dollar", 1, "USD"),
    ("The fee rises $2 per barrel.", "$2", 2, "USD"),
    ("A $650- billion deficit.", "$650- billion", 650000000000, "USD"),
    ("It cost a hundred dollars.", "a hundred dollars", 100, "USD"),
    # fractions of a scale word
    ("It was valued at a quarter of a million pounds.", "a quarter of a million pounds", 250000, "GBP"),
    ("He paid a quarter-million dollars.", "a quarter-million dollars", 250000, "USD"),
    ("Aid of three quarters of a billion euros.", "three quarters of a billion euros", 750000000, "EUR"),
    ("It cost 2 hundred million dollars.", "2 hundred million dollars", 200000000, "USD"),
    ("It cost about $9 1/2 billion.", "about $9 1/2 billion", 9500000000, "USD"),
    ("It cost twenty MUSD.", "twenty MUSD", 20000000, "USD"),
    # wire copy's abbreviations of a currency's name
    ("PARIS 1996-08-26\nThe Bank of France drained 3.9 bln Ffr at a tender .", "3.9 bln Ffr", 3900000000, "FRF"),
    ("AMSTERDAM 1996-08-22\nThe broker's dividend estimate is 2.75 Dfl a share .", "2.75 Dfl", 2.75, "NLG"),
    ("NEW YORK 1996-08-22\nThe company said it would pay 5 mln dlrs in cash .", "5 mln dlrs", 5000000, "USD"),
    ("The stake was sold at 2,901.48 rbls a share , the FFK said .", "2,901.48 rbls", 2901.48, "RUB"),
    # currencies the text leaves open
    ("It cost 42 bucks.", "42 bucks", 42, "USD"),
    ("It cost 20 billion francs.", "20 billion francs", 20000000000, None),
    ("It cost 10 dinars.", "10 dinars", 10, None),
    ("It cost ten rials.", "ten rials", 10, None),
]


@pytest.mark.parametrize(("text", "words", "amount", "currency"), AMOUNTS)
def test_amounts(text: str, words: str, amount: float, currency: str | None) -> None:
    record = only(text)
    assert record["text"] == words
    assert record["amount"] == pytest.approx(amount) and record["currency"] == currency
    assert record["min"] is None and record["max"] is None
    if float(amount).is_integer():
        assert isinstance(record["amount"], int)  # 19000000000, never 1.9e10


# (sentence, words, min, max, currency, approximate)
RANGES_AND_BOUNDS = [
    ("Damage of $2-3 billion was seen.", "$2-3 billion", 2000000000, 3000000000, "USD", False),
    ("Damage of $2bn to $3bn was seen.", "$2bn to $3bn", 2000000000, 3000000000, "USD", False),
    ("Damage of between €5m and €7m was seen.", "between €5m and €7m", 5000000, 7000000, "EUR", False),
    ("Damage of between 10 and 20 dollars was seen.", "between 10 and 20 dollars", 10, 20, "USD", False),
    ("Damage of 5 to 6 billion dollars was seen.", "5 to 6 billion dollars", 5000000000, 6000000000, "USD", False),
    ("Damage of $500,000 to $2 million was seen.", "$500,000 to $2 million", 500000, 2000000, "USD", False),
    ("Damage of about $10-$20 was seen.", "about $10-$20", 10, 20, "USD", True),
    ("Damage of some $5 or $6 billion was seen.", "some $5 or $6 billion", 5000000000, 6000000000, "USD", True),
    ("Prices were 10-20 cents higher.", "10-20 cents", 0.1, 0.2, "USD", False),
    ("Tickets cost between $5 and 10 each.", "between $5 and 10", 5, 10, "USD", False),
    ("It was from 1 point 1 and one point three dollars.", "from 1 point 1 and one point three dollars", 1.1, 1.3,
     "USD", False),
    ("It raised more than $5m.", "more than $5m", 5000000, None, "USD", False),
    ("It raised at least $1.42.", "at least $1.42", 1.42, None, "USD", False),
    ("It raised no less than $1.42.", "no less than $1.42", 1.42, None, "USD", False),
    ("It raised above a dollar and 42 cents.", "above a dollar and 42 cents", 1.42, None, "USD", False),
    ("It raised $40,000 or more.", "$40,000 or more", 40000, None, "USD", False),
    ("A $1 trillion-plus package.", "$1 trillion-plus", 1000000000000, None, "USD", False),
    ("It signed $5m+ deals.", "$5m+", 5000000, None, "USD", False),
    ("It raised up to €3bn.", "up to €3bn", None, 3000000000, "EUR", False),
    ("Loans of up to $5,000 from the bank are offered.", "up to $5,000", None, 5000, "USD", False),
    ("It raised under £1m.", "under £1m", None, 1000000, "GBP", False),
    ("It raised as much as ¥5 trillion.", "as much as ¥5 trillion", None, 5000000000000, "JPY", False),
    ("It raised less than 7 EUR.", "less than 7 EUR", None, 7, "EUR", False),
    ("It raised at most 7€.", "at most 7€", None, 7, "EUR", False),
    ("It cost under seven euros.", "under seven euros", None, 7, "EUR", False),
    # verbs of passing a mark bound the amount like `more than`
    ("Quarterly revenue topped $1 billion.", "topped $1 billion", 1000000000, None, "USD", False),
    ("Exports surpassed $300 billion.", "surpassed $300 billion", 300000000000, None, "USD", False),
    ("Sales exceeded €2m last year.", "exceeded €2m", 2000000, None, "EUR", False),
    ("Fees must not exceed £5,000.", "not exceed £5,000", None, 5000, "GBP", False),
]


@pytest.mark.parametrize(("text", "words", "low", "high", "currency", "approximate"), RANGES_AND_BOUNDS)
def test_ranges_and_bounds(text: str, words: str, low: float | None, high: float | None, currency: str,
                           approximate: bool) -> None:
    record = only(text)
    assert record["text"] == words
    assert record["amount"] is None and record["currency"] == currency
    assert record["min"] == (pytest.approx(low) if low is not None else None)
    assert record["max"] == (pytest.approx(high) if high is not None else None)
    assert record["approximate"] is approximate


@pytest.mark.parametrize("text", [
    "Rates rose from $5 to $7 in a year.",
    "The bid was cut by $2 to $3 a share.",
    "You doubled the child tax credit from $500 to $1,000.",
])
def test_changes_are_two_amounts_not_a_range(text: str) -> None:
    records = money(text)
    assert [r["amount"] for r in records] == [r["amount"] for r in records if r["min"] is None]
    assert len(records) == 2


@pytest.mark.parametrize(("text", "first", "second"), [
    ("He is worth either less than $1 billion or more than $42 billion.", "less than $1 billion",
     "more than $42 billion"),
    ("Bids ran at under $5 or above $9 a share.", "under $5", "above $9"),
])
def test_or_before_a_second_comparison_is_not_a_bound(text: str, first: str, second: str) -> None:
    """`or more than X` opens a second amount; only a bare `or more` bounds the first."""
    assert [r["text"] for r in money(text)] == [first, second]


@pytest.mark.parametrize(("text", "words"), [
    # a unit written after the first number closes that amount: a bare number then followed by its own noun
    # counts something else
    ("The company paid 5 million dollars to 2 billion shareholders.", ["5 million dollars"]),
    ("The charity gave 40 euros to 3 families.", ["40 euros"]),
    # look-alikes that stay ranges: the bare high end closes the sentence, or repeats the unit
    ("Estimates range from 5 million dollars to 6 million.", ["from 5 million dollars to 6 million"]),
    ("They paid 40 dollars to 50 dollars each.", ["40 dollars to 50 dollars"]),
])
def test_a_bare_number_with_its_own_noun_ends_no_range(text: str, words: list[str]) -> None:
    assert [r["text"] for r in money(text)] == words


# The span covers hedge words, bound words and range words, since they set the fields.
@pytest.mark.parametrize(("text", "words"), [
    ("It cost about $5m.", "about $5m"),
    ("It cost around $5m.", "around $5m"),
    ("It cost roughly $5m.", "roughly $5m"),
    ("It cost nearly $5m.", "nearly $5m"),
    ("It cost almost $5m.", "almost $5m"),
    ("It cost some $5m.", "some $5m"),
    ("It cost an estimated $5m.", "an estimated $5m"),
    ("It cost approximately $5m.", "approximately $5m"),
    ("It cost ~$5m.", "~$5m"),
    ("It cost $5m or so.", "$5m or so"),
])
def test_hedges_are_approximate_and_inside_the_span(text: str, words: str) -> None:
    record = only(text)
    assert record["text"] == words and record["approximate"] is True
    assert record["amount"] == 5000000


def test_plain_amounts_are_not_approximate() -> None:
    assert only("It cost exactly 42 bucks.")["approximate"] is False


def test_a_rate_note_written_without_its_leading_zero() -> None:
    records = [r for r in money("Silver was at 521.15 cents .\n( $ 1=.6421 Sterling )") if r["currency"] == "GBP"]
    assert [(r["text"], r["amount"]) for r in records] == [(".6421 Sterling", 0.6421)]


def test_up_to_with_a_from_is_a_change_not_a_bound() -> None:
    # wire copy: `was up to X from Y` says where it rose to
    records = money("Spending for services was up to $ 2.97 trillion in July from $ 2.96 trillion .")
    assert [(r["amount"], r["max"]) for r in records] == [(2970000000000, None), (2960000000000, None)]


def test_up_to_after_a_verb_of_rising_is_where_it_rose_to() -> None:
    record = only("Annual dues have gone up to $8,400 since the club reopened.")
    assert (record["text"], record["amount"], record["max"]) == ("$8,400", 8400, None)


def test_over_after_a_phrasal_verb_is_no_bound() -> None:
    record = only("The bank handed over $5m to the fund.")
    assert (record["text"], record["amount"], record["min"]) == ("$5m", 5000000, None)


NOT_MONEY = [
    # weight, idioms, rate units, datelines and table headings
    "He gained about 30 pounds during the campaign.",
    "The suspect is 5 feet, 10 inches tall and weighs 150 to 175 pounds.",
    "Customs found 30 kg ( 66 pounds ) of cocaine .",
    "Critics called the deal a quid pro quo.",
    "COLOMBO 1996-08-30\nThe dollar was quoted higher in Asia .",
    "All figures in billions of dollars unless stated .",
    "Year to May 31\n( Group ) ( in billions of yen unless specified )",
    "Figures are in millions of dollars .",
    "He scored 5 marks out of 10.",
    "BOSTON 1996-08-22\nThe Orioles reached the .500 mark again .",
    "Data ( millions of guilders ) follow .",
    "Reserves May April\nCanadian dollar 512.40 509.10\nForeign currency 10.20 10.05",
    "1. Fred Couples 67 Mark Calcavecchia 68",
    "Inflation reached 5% in May.",
    "Inflation reached 5 percent in May.",
    "The 53-point declaration was signed two months ago.",
    "The F-35 and the A320 flew over the G7 summit.",
    "He was born in 1989 and moved in 2019.",
    "All 70 of us lost 7 times since Monday.",
    "She got really mad when she heard what happened.",
    "I counted the dollars thousand of times.",
    "The dollar fell against the euro.",
    "Run echo $HOME and then $PATH in a shell.",
    "Set x=$5 and run s/$1/y/ on example.com/$9 in the shell.",
    "Ke$ha and A$AP Rocky played Euro 2024.",
    "It was the 2019 euro crisis, measured in 2010 dollars.",
    "The baby weighed 14 pounds and ate five pounds of butter.",
    "The landlord wanted a pound of flesh from his tenants.",
    "A 300-pound man sat down.",
    "More than 665,000 units were built.",
    "The TOP 10 list and COP 26 were in the news.",
    "They won 10 games and won 3 more.",
    "She has won 3 crowns and has a yen for travel.",
    "Euro 6 engines, PHP 8.1, ARM 64 chips, SDG 5 and an IRR 12% return.",
    "He lost 10 pounds over the summer.",
    "The DEM 5 and STD 3 codes are acronyms.",
    "The Galaxy S23 and iPhone 15 launched.",
    "Hospitals ran out of N95 masks, R2-D2 said on the R 5 road.",
    "A quarter of a century ago, three quarters of voters agreed.",
    # the same weight in metric units after it; a verb; a results line; a code spelt like a word in capitals
    "He was told to drop 27 pounds ( 12 kg ) in two weeks .",
    "Lennart Meri won 49 votes compared to 34 won by his rival .",
    "Two bills passed this year ; the third one won't , aides said .",
    "The car's ECU 5 sensor failed twice .",
    "Corinthians 1 Guarani 0\nParana 3 Guarani 0",
    "CRICKET - ENGLAND 326 ALL OUT V PAKISTAN IN THIRD TEST",
    "SOCCER - FEDERATION BAN 5 PLAYERS FOR A YEAR",
    "They ban 5 players and sit 3 more .",
    # a letter that touches what follows is no sub-unit
    "We are going to wind down the 501 c3 organization.",
    # weight, names and kinds of thing
    "Cartels funnel hundreds of pounds of illicit drugs into the country.",
    "The committee would meet at least 10 days after a Pence withdrawal.",
    "He now works for a dollar store in Seoul.",
    "Some investors are looking for a dollar depreciation next year .",  # an abstract noun after `a dollar`
    "Importers warned of a dollar shortage in the capital .",
    "7 John Kasich .\n8 Rand Paul .\n9 Carly Fiorina .",
    # a singular abbreviation wire copy does not write for money
    "The dfl file has 3 dlr entries .",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(("text", "codes"), [
    # a bare dollar follows the dollar the document named before it
    ("Ottawa set aside 5 million Canadian dollars. It later added $3 million.", ["CAD", "CAD"]),
    # a prefixed symbol marks its own amount only: the wire writes `C$` each time, a bare `$` stays USD
    ("Ottawa set aside C$5 million. It later added $3 million.", ["CAD", "USD"]),
    ("The Ontario bond lost C$ 0.30 to C$ 99.80 .\nThe buyer paid $ 24 a share , or 40 cents more .",
     ["CAD", "CAD", "USD", "USD"]),
    ("The Canadian dollar rose. Exporters earned $3 million.", ["CAD"]),
    ("Exporters earned $3 million. The Canadian dollar rose.", ["USD"]),
    ("Ottawa set aside C$5 million and US$2 million, then $1 million.", ["CAD", "USD", "USD"]),
    ("Canberra paid 10 dollars.", ["USD"]),
    # a prefixed symbol with no amount beside it names the currency, as a name does
    ("NZ$ firms as rates ease .\nWELLINGTON 1996-08-22\nFletcher paid $ 5 million for the mill .", ["NZD"]),
    ("Traders sold the A$ on Friday. Miners paid $ 2 million in fees.", ["AUD"]),
    ("Fletcher sold NZ$ 40 million of bonds . It also paid $ 5 million for the mill .", ["NZD", "USD"]),
    ("Miners paid $ 2 million in fees. Traders sold the A$ on Friday.", ["USD"]),
    ("The loan was A$5bn; the fee 40 cents.", ["AUD", "AUD"]),
    # cents before a prefixed symbol of their sentence are its cents
    ("Shares in gold miner Niugini Mining Ltd surged 38 cents to A$ 3.75 early on Friday .", ["AUD", "AUD"]),
    ("News Corp 's shares were down eight cents at A$ 6.39 .\nThe dollar bought 40 cents more .",
     ["AUD", "AUD", "USD"]),
    # `¥` is yen unless the text is about China
    ("Tokyo spent ¥5bn.", ["JPY"]),
    ("China's central bank injected ¥5bn.", ["CNY"]),
    ("The renminbi firmed as the bank added ¥5bn.", ["CNY"]),
    # shared units and symbols follow the country
    ("Sweden's budget adds 500 kr per child.", ["SEK"]),
    ("The fee is 500 kr.", [None]),
    ("Pakistan raised Rs 500 crore.", ["PKR"]),
    ("A Saudi fund paid 10 riyals.", ["SAR"]),
    ("A fund paid 10 riyals.", [None]),
    # a penny is a cent where the text has been about dollars
    ("It costs $5, about a penny a day.", ["USD", "USD"]),
    ("It costs £5, about a penny a day.", ["GBP", "GBP"]),
    # ... even after a pound named as a traded currency; a text that names it and gives no amount keeps sterling
    ("The British pound rose to $1.3231 from $1.3158. Copper rose a penny, to $2.222 a pound.",
     ["USD", "USD", "USD", "USD"]),
    ("Gold fell $2. The pound slipped against the euro and stamps rose a penny.", ["USD", "USD"]),
    ("The pound slipped against the euro and stamps rose a penny.", ["GBP"]),
    ("Traders sold the pound after the vote. Shares of Tesco fell 5 pence, and the toll rose a penny.",
     ["GBP", "GBP"]),
    # the bare `£` and pence are sterling's even after another pound was named; the word follows it
    ("Egypt raised EGP 10bn. Barclays paid £950 million and shares fell 245p.", ["EGP", "GBP", "GBP"]),
    ("Cairo sold 5 billion Egyptian pounds of bonds, then 3 billion pounds more.", ["EGP", "EGP"]),
    # an amount in brackets converts the one before it; the sentence's cents stay in the first currency
    ("SYDNEY 1996-08-22\nProfit fell to A$ 1.26 billion ( US$ 995 million ) and earnings per share dropped to "
     "40 cents .", ["AUD", "USD", "AUD"]),
    ("Profit was A$ 5 million and US$ 4 million in Asia , or 10 cents a share .", ["AUD", "USD", "USD"]),
    # `T$` is the Taiwan dollar of wire copy, Tonga's pa'anga where the text is about Tonga
    ("TAIPEI 1996-08-29\nThe Taiwan dollar closed at T$ 27.482 against T$ 27.495 .", ["TWD", "TWD"]),
    ("Tonga 's budget is T$ 200 million .", ["TOP"]),
    # the word `pounds` follows the country the text is about; the sign `£` does not
    ("Egyptian police said the gang asked five million pounds ( $ 1.5 million ) .", ["EGP", "USD"]),
    ("Lebanon 's cabinet approved a 90 billion pound budget .", ["LBP"]),
    ("British police said the gang asked five million pounds .", ["GBP"]),
    ("Egyptian police said the hotel was sold for £5 million .", ["GBP"]),
])
def test_currency_by_context(text: str, codes: list[str | None]) -> None:
    assert [r["currency"] for r in money(text)] == codes


# Wire copy of 1996: a unit shared by several currencies means the one tender at the dateline's date in
# the place the text names (CLDR's currency history), `marks` only where a date or place makes it money.
@pytest.mark.parametrize(("text", "words", "amount", "code", "source"), [
    ("FRANKFURT 1996-08-22\nThe dollar ended at 1.5120 marks in late trade .", "1.5120 marks", 1.512,
     "DEM", "default"),
    ("BONN 1996-08-22\nGermany 's budget gap grew to 20 million marks .", "20 million marks", 20000000, "DEM",
     "context"),
    ("MILAN 1996-08-22\nItalian bank shares ended at 3,140 lire .", "3,140 lire", 3140, "ITL", "context"),
    ("ISTANBUL 2016-08-22\nTurkish shares rose to 2,555 lira .", "2,555 lira", 2555, "TRY", "name"),
    ("ISTANBUL 1996-08-22\nTurkish market turnover reached 9.1 trillion lira .", "9.1 trillion lira", 9.1e12,
     "TRL", "context"),
    ("AMSTERDAM 1996-08-22\nThe lender placed a 250 million guilder note .", "250 million guilder", 250000000,
     "NLG", "default"),
    ("PARIS 1996-08-22\nThe French group made 20 million francs in the half .", "20 million francs", 20000000,
     "FRF", "context"),
    ("BRUSSELS 1996-08-22\nThe Belgian group lost 40 million francs .", "40 million francs", 40000000, "BEF",
     "context"),
    ("BERN 1996-08-22\nThe league fined the club 40,000 Swiss francs .", "40,000 Swiss francs", 40000, "CHF", "name"),
    ("BELGRADE 1996-08-30\nThe Yugoslav news agency said the repairs cost 20 million dinars .",
     "20 million dinars", 20000000, "YUM", "context"),
    ("AMMAN 1996-08-30\nJordan 's budget deficit is 20 million dinars .", "20 million dinars", 20000000, "JOD",
     "context"),
    ("LONDON 1996-08-22\nRapeseed was offered at 180 stg a tonne .", "180 stg", 180, "GBP", "name"),
    ("LONDON 1996-08-22\nThe group raised stg 300 million in the offer .", "stg 300 million", 300000000, "GBP",
     "name"),
    ("OSLO 1996-08-22\nThe lender sold a 300 million Norwegian crown issue .", "300 million Norwegian crown",
     300000000, "NOK", "name"),
])
def test_currencies_of_the_period_and_place(text: str, words: str, amount: float, code: str, source: str) -> None:
    record = only(text)
    assert (record["text"], record["amount"], record["currency"], record["currency_from"]) == (
        words, pytest.approx(amount), code, source)


# Wire tables and quotes: ranges keep both ends, a symbol belongs to the number after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Canadian bond traded at C$ 1.92-1.97 on Friday .", [(None, 1.92, 1.97, "CAD")]),
    ("Spot soymeal was quoted at $ 1.52-1.56 a bushel .", [(None, 1.52, 1.56, "USD")]),
    ("Fishmeal was quoted at $ 512-515 per tonne .", [(None, 512, 515, "USD")]),
    ("Shipment 20-30/12 $ 5.25 a tonne .", [(5.25, None, None, "USD")]),
    ("Traders offered one $ 3,000 above the asking price .", [(3000, None, None, "USD")]),
    ("1. Tom Baker 310,150 pounds sterling\n2. Jim Hale 205,000 pounds sterling",
     [(310150, None, None, "GBP"), (205000, None, None, "GBP")]),
    ("The dollar rose past 115 yen on Friday .", [(None, 115, None, "JPY")]),
    ("ISTANBUL 1996-08-22\nShares of a Turkish cement maker gained 400 lira to 9,200 .",
     [(400, None, None, "TRL"), (9200, None, None, "TRL")]),
    # the level a price moved to takes the currency of the change; a count after `to` does not
    ("Shares in Repsol were up 65 pesetas to 4,150 after the results .", [(65, None, None, "ESP"),
                                                                          (4150, None, None, "ESP")]),
    ("Intel shares rose 75 cents to 70.25 on Friday .", [(0.75, None, None, "USD")]),
    ("He lent $ 5 to 30 people .", [(5, None, None, "USD")]),
    # a day's trading range may give its high first; a change from one level to another is no range
    ("December copper settled at 90.20 cents , traded 90.50 to 89.40 cents .",
     [(0.902, None, None, "USD"), (None, 0.894, 0.905, "USD")]),
    ("Copper prices fell 90 to 80 cents .", [(0.8, None, None, "USD")]),
    # a bare range compared with an amount shares its currency too
    ("Profit was 34.9 million euros , against forecasts ranging from 37.5 to 47.2 million .",
     [(34.9e6, None, None, "EUR"), (None, 37.5e6, 47.2e6, "EUR")]),
    ("Profit was 34.9 million euros , against estimates of between 37.5 and 47.2 million .",
     [(34.9e6, None, None, "EUR"), (None, 37.5e6, 47.2e6, "EUR")]),
    # the high end of a range with no currency is no amount alone; nor is another clause's figure
    ("Profit was 34.9 million euros against forecasts of 37.5 million to 47.2 million .",
     [(34.9e6, None, None, "EUR")]),
    ("Revenue rose to 5 million euros as subscribers grew to 3 million in March .", [(5e6, None, None, "EUR")]),
    # ... or stands at after it (`down at`, `weaker at`)
    ("AMSTERDAM 1996-08-26\nThe shares closed 2.40 guilders down at 80.70 after the results .",
     [(2.4, None, None, "NLG"), (80.7, None, None, "NLG")]),
    ("AMSTERDAM 1996-08-26\nThe bank finished 0.60 guilders weaker at 52.90 as a result .",
     [(0.6, None, None, "NLG"), (52.9, None, None, "NLG")]),
    ("Intel shares were down 75 cents at 70.25 on Friday .", [(0.75, None, None, "USD")]),
    ("The fund gave $ 5 million at 20 schools .", [(5e6, None, None, "USD")]),
    ("Profit rose $ 5 million to 20 .", [(5e6, None, None, "USD")]),
    # a change word before a verb of being belongs to another predicate: the amounts after it are a range
    ("The group raising money for the party is $9 million to $10 million short .", [(None, 9e6, 10e6, "USD")]),
    ("Intel shares were up $ 1 to $ 30 on Friday .", [(1, None, None, "USD"), (30, None, None, "USD")]),
    # numbers joined by `and` share the currency written after the last
    ("The girl tried to extract 60 and 70 zlotys from two residents .", [(60, None, None, "PLN"),
                                                                         (70, None, None, "PLN")]),
    ("Two banks launched issues for 100 million and 300 million Swiss francs , respectively .",
     [(1e8, None, None, "CHF"), (3e8, None, None, "CHF")]),
    ("It opened in 2015 and 10 dollars bought a ticket .", [(10, None, None, "USD")]),
    ("The dollar was at $ .8787 against the mark .", [(0.8787, None, None, "USD")]),
    ("Officials put the damage at 450,000 naira .\n( $ 1 = 80 naira )", [(450000, None, None, "NGN"),
                                                                           (80, None, None, "NGN")]),
    # the unit of a rate note is no amount, whether the other side is bare or has its own symbol
    ("Profit was A$ 5 million .\n( A$ 1 = US$ 0.79 )", [(5e6, None, None, "AUD"), (0.79, None, None, "USD")]),
    ("Sales were C$ 9 million .\n( C$ 1 = $ 0.73 )", [(9e6, None, None, "CAD"), (0.73, None, None, "USD")]),
    ("Each voucher is worth A$ 1 = a free coffee .", [(1, None, None, "AUD")]),
])
def test_wire_tables_and_quotes(text: str, expected: list[tuple]) -> None:
    got = [(r["amount"], r["min"], r["max"], r["currency"]) for r in money(text)]
    assert got == [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in expected]


# A results table's note gives the scale of its rows; per-share rows, prose and amounts with a scale word keep theirs.
@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Widgets half-year results\n( In Thousands , except per share data )\n"
     "Net sales $ 4,210 $ 3,980\nNet income $ 312 ( $ 45 )\nPer share $ 0.21 $ 0.03",
     [(4210000, "money.table_scale"), (3980000, "money.table_scale"), (312000, "money.table_scale"),
      (45000, "money.table_scale"), (0.21, "money.symbol_amount"), (0.03, "money.symbol_amount")]),
    ("Results ( C$ in millions )\nRevenue C$ 1,204 C$ 1,150\nShr C$ 1.05 C$ 0.98",
     [(1204000000, "money.table_scale"), (1150000000, "money.table_scale"), (1.05, "money.symbol_amount"),
      (0.98, "money.symbol_amount")]),
    ("Figures ( in thousands of U.S. dollars )\nRevenue $ 900 $ 850\nThe chief executive earned $ 400 last year .",
     [(900000, "money.table_scale"), (850000, "money.table_scale"), (400, "money.symbol_amount")]),
    # look-alikes: no note, a parenthesis that is no scale note, a figure with its own scale word
    ("Net sales $ 4,210 $ 3,980", [(4210, "money.symbol_amount"), (3980, "money.symbol_amount")]),
    ("The firm ( mainly in millions of homes ) sells fans .\nNet sales $ 4,210 $ 3,980",
     [(4210, "money.symbol_amount"), (3980, "money.symbol_amount")]),
    ("( In Thousands )\nNet sales $ 4.2 million $ 3.9 million",
     [(4200000, "money.symbol_amount_scale"), (3900000, "money.symbol_amount_scale")]),
    # a blank line ends the table: prose after it keeps its own numbers
    ("( In Thousands )\nNet sales $ 800 $ 750\n\nThe stock closed at $ 12.50 , up from $ 11.75 a week earlier .",
     [(800000, "money.table_scale"), (750000, "money.table_scale"), (12.5, "money.symbol_amount"),
      (11.75, "money.symbol_amount")]),
    # a figure with its unit written out is `specified`; a dividend is per share
    ("Kiyo Textiles forecast\n( in billions of yen unless specified )\nOrd div 12.00 yen 9.00 yen",
     [(12, "money.name_amount"), (9, "money.name_amount")]),
    ("( In Thousands )\nNet sales $ 800 $ 750\nDividend $ 0.10 $ 0.08",
     [(800000, "money.table_scale"), (750000, "money.table_scale"), (0.1, "money.symbol_amount"),
      (0.08, "money.symbol_amount")]),
    # an IPO filing's `in 000s`, a note written in digits; `000s` with no `in` is no note
    ("IPO FILING - Acme Labs Inc .\nFinancial Data in 000s : 1995 1994\n- Revenue $ 15,400 $ 10,000\n"
     "- Shr $ 0.12 $ 0.10",
     [(15400000, "money.table_scale"), (10000000, "money.table_scale"), (0.12, "money.symbol_amount"),
      (0.1, "money.symbol_amount")]),
    ("Model 000s sold for $ 15,400 $ 10,000 .", [(15400, "money.symbol_amount"), (10000, "money.symbol_amount")]),
])
def test_a_table_note_scales_its_rows(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["rule"]) for r in money(text)] == [
        (pytest.approx(amount) if isinstance(amount, float) else amount, rule) for amount, rule in expected]


# A bare scaled number compared with an amount of its sentence takes that amount's currency; a count does not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Net profit fell to 12.5 million euros in 1996 from 14.1 million in 1995 .",
     [(12.5e6, "EUR"), (14.1e6, "EUR")]),
    ("The group cut its 1997 target to 46 billion from 50 billion rupiah .", [(46e9, "IDR"), (50e9, "IDR")]),
    ("Exports were put at 14.5 billion euros and imports at 11.3 billion .", [(14.5e9, "EUR"), (11.3e9, "EUR")]),
    ("Profit was 176 million rand against 281 million previously .", [(176e6, "ZAR"), (281e6, "ZAR")]),
    ("The fund raised $ 5 million from 3 million small donors .", [(5e6, "USD")]),
    ("Sales reached 2 billion euros as the user base grew to 40 million .", [(2e9, "EUR")]),
    ("Sales reached 2 billion euros , sold from 3 to 4 million outlets .", [(2e9, "EUR")]),
    ("Sales rose to 3 billion euros .\nThe city grew to 2 billion in 2010 .", [(3e9, "EUR")]),
    # an article and one describing word may stand between the comparing word and the figure
    ("Settlements shrank to 17.4 million kuna , with new borrowing at a meagre 5.5 million .",
     [(17.4e6, "HRK"), (5.5e6, "HRK")]),
    ("Profit rose to a record 5.2 billion euros from a revised 4.9 billion .", [(5.2e9, "EUR"), (4.9e9, "EUR")]),
    ("Sales reached 2 billion euros as the base grew to a record 40 million .", [(2e9, "EUR")]),
    ("Sales reached 2 billion euros , up from a mere 3 million users .", [(2e9, "EUR")]),
    # a comparison may cross a scale boundary (one step: million and billion); further apart it is no comparison
    ("Turnover fell to 937.9 million yuan from 1.215 billion , the firm said .", [(937.9e6, "CNY"), (1.215e9, "CNY")]),
    ("Net profit rose to 1.2 billion euros from 900 million in 1995 .", [(1.2e9, "EUR"), (900e6, "EUR")]),
    ("Profit rose to 5 billion yen from 900 thousand .", [(5e9, "JPY")]),
    ("Revenue rose to 2.5 billion euros , up from 3 million customers .", [(2.5e9, "EUR")]),
    # with no comparing word, a figure with the same scale word whose phrase closes at once (a mark, a preposition,
    # `less than`) is a part of or beside the amount: its currency too
    ("PARIS 1996-08-27\nTurnover was 3.8 billion French francs , including 2.6 billion on the main board .",
     [(3.8e9, "FRF"), (2.6e9, "FRF")]),
    ("PARIS 1996-08-27\nThe bank took bids for 44.3 billion French francs , 3.9 billion less than last week .",
     [(44.3e9, "FRF"), (3.9e9, "FRF")]),
    ("AMSTERDAM 1996-08-27\nProfit fell to 27.5 million Dutch guilders from a year-earlier 41.4 million .",
     [(27.5e6, "NLG"), (41.4e6, "NLG")]),
    # the last item of a list after `and`, going on as the amount it is listed with, whatever its scale word
    ("The bank took bids of 250 million euros at par for short bonds and 1.1 billion at par for long ones .",
     [(250e6, "EUR"), (1.1e9, "EUR")]),
    ("The bank took bids of 250 million euros at par for short bonds and 1.1 billion in new shares .",
     [(250e6, "EUR")]),
    ("The bank took bids of 250 million euros at par and 3 million people at par .", [(250e6, "EUR")]),
    # ... but not a count (a noun after it), another scale word, nor another clause's figure
    ("PARIS 1996-08-27\nTurnover was 3.8 billion francs , including 2.6 billion shares on the main board .",
     [(3.8e9, "FRF")]),
    ("PARIS 1996-08-27\nTurnover was 3.8 billion francs , including 260 million on the main board .",
     [(3.8e9, "FRF")]),
    ("PARIS 1996-08-27\nTurnover was 3.8 billion francs while the city counted 2.6 billion , officials said .",
     [(3.8e9, "FRF")]),
])
def test_a_figure_compared_with_an_amount_shares_its_currency(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]
    assert all(r["currency_from"] == "context" for r in records if r["rule"] == "money.shared_currency")


# A markets table gives a pair on a line of its own and its rates on the next: each bare figure is in the second
# currency, the one the first is priced in.
@pytest.mark.parametrize(("text", "expected"), [
    ("LONDON 1996-08-23\nFOREIGN EXCHANGE CLOSE IN LONDON\nDollar / mark ...\n1.4871 ( 1.4935 )\nDollar / yen ....\n"
     "108.50 ( 108.43 )\nPound / dollar ..\n$ 1.5520 ( $ 1.5497 )",
     [(1.4871, "DEM"), (1.4935, "DEM"), (108.5, "JPY"), (108.43, "JPY"), (1.552, "USD"), (1.5497, "USD")]),
    # look-alikes: a pair of things that are no currencies, a pair with words after its figures
    ("LONDON 1996-08-23\nPrice / earnings ...\n14.5 ( 13.9 )", []),
    ("LONDON 1996-08-23\nDollar / mark ...\n1.4871 in late trade , dealers said", []),
])
def test_a_markets_tables_pair_prices_its_rates(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]


# Once a report gives a currency's level, the other levels of its sentence, or of the next one that goes on
# about it as `It`, near that level are that currency's too; an index or another clause's figure is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("SEOUL 1996-08-23\nThe won closed at 818.10 , after opening at 819.10 .\nIt ranged from 817.60 to 819.30 .",
     [(818.1, None, None, "KRW"), (819.1, None, None, "KRW"), (None, 817.6, 819.3, "KRW")]),
    ("JAKARTA 1996-08-22\nThe Indonesian rupiah was at 2,343.00 in early trading against an opening of 2,342.75 .",
     [(2343, None, None, "IDR"), (2342.75, None, None, "IDR")]),
    # look-alikes: another subject's sentence, another clause, a figure far from the level, a percentage
    ("SEOUL 1996-08-23\nThe won closed at 818.10 .\nThe composite index closed at 812.5 , from 820.3 .",
     [(818.1, None, None, "KRW")]),
    ("SEOUL 1996-08-23\nThe won closed at 818.10 , while the index ended at 812.5 .", [(818.1, None, None, "KRW")]),
    ("SEOUL 1996-08-23\nThe won closed at 818.10 .\nIt ranged from 1,500 to 1,600 shares .",
     [(818.1, None, None, "KRW")]),
    ("MANILA 1996-08-22\nThe Philippine peso is at 26.20 , up from 26.0 percent .", [(26.2, None, None, "PHP")]),
])
def test_further_levels_of_a_quoted_currency(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["min"], r["max"], r["currency"]) for r in records] == [
        (a if a is None else pytest.approx(a), lo, hi, c) for a, lo, hi, c in expected]
    assert all(r["currency_from"] == "context" for r in records if r["rule"] == "money.shared_currency")


# A bare exchange rate is money in the currency the market prices the pair in: the rand's rate in rand,
# the dollar's and sterling's in the currency they are quoted against.
@pytest.mark.parametrize(("text", "expected"), [
    ("JOHANNESBURG 1996-08-26\nThe rand was last bid at 4.5350 against the dollar .", [(4.535, "ZAR")]),
    ("PARIS 1996-08-26\nThe franc was quoted at 3.4210 per mark .", [(3.421, "FRF")]),
    ("FRANKFURT 1996-08-26\nThe dollar closed at 1.4850 against the mark .", [(1.485, "DEM")]),
    ("LONDON 1996-08-26\nSterling ended at 1.5520 against the dollar .", [(1.552, "USD")]),
    # a currency's level with no pair written is in that currency, unless the market quotes it as the unit
    ("BOGOTA 1996-08-26\nImporters in Colombia bought dollars .\nColombia 's peso closed lower at 1,044 on Monday .",
     [(1044, "COP")]),
    ("JOHANNESBURG 1996-08-26\nThe rand hit an intra-day high of 4.5120 on Monday .", [(4.512, "ZAR")]),
    # a verb of being and the currency's country adjective, as wires write a level
    ("JAKARTA 1996-08-22\nThe Indonesian rupiah was at 2,341.50 in early trading .", [(2341.5, "IDR")]),
    ("MANILA 1996-08-22\nThe Philippine peso is at 26.20 in late trade .", [(26.2, "PHP")]),
    ("JAKARTA 1996-08-22\nThe Indonesian rupiah was at its weakest in 12 years .", []),
    ("JAKARTA 1996-08-22\nThe Indonesian rupiah was stable , and the index was at 540 .", []),
    ("FRANKFURT 1996-08-26\nThe U.S. dollar was at 1.4850 in Frankfurt .", []),
    ("FRANKFURT 1996-08-26\nThe dollar closed at 1.4850 in Frankfurt .", []),
    ("MEXICO CITY 1996-08-26\nThe peso crisis hurt sales , which closed the year at 5,000 units .", []),
    ("TOKYO 1996-08-26\nThe yen 's strength hit the Nikkei , which closed at 21,000 .", []),
    # the currency is the subject of its level, with a verb or a clause of its own after it ...
    ("SANTIAGO 1996-08-26\nThe peso , which ended at 1,041 , was weak .", [(1041, "UYU")]),
    ("SANTIAGO 1996-08-26\nTraders sold early .\nthe peso closed at 1,041 on Monday .", [(1041, "UYU")]),
    ("BOMBAY 1996-08-26\nThe rupee briefly stood at 35.80 on Monday .", [(35.8, "INR")]),
    # ... not a modifier of the noun after it, whose level the number is
    ("MONTEVIDEO 1996-08-26\nThe peso index closed at 1,250 on Monday .", []),
    ("BOMBAY 1996-08-26\nThe rupee futures closed at 35.80 .", []),
    ("TOKYO 1996-08-26\nThe yen bond was at 104.5 in late trade .", []),
    ("JOHANNESBURG 1996-08-26\nThe rand hedge was at 4.55 on Monday .", []),
    ("MEXICO CITY 1996-08-26\nThe peso crisis was at its worst at 7.5 .", []),
    # `to the` pairs a rate as `against the` does; not where the unit's word names a thing
    ("BUCHAREST 1996-08-28\nRomania 's budget deficit widened .\nThe leu 's official rate was 3,161 to the dollar .",
     [(3161, "ROL")]),
    ("LONDON 1996-08-28\nSterling holders gave 5 to the dollar fund .", []),
    ("Gold rose to 385.50 against the dollar .", []),
    ("The dollar rose 5 percent against the yen .", []),
    ("The Yankees won 5 against the Dollars , a minor league team .", []),
    # a dealers' report writes the currency bare at the start of its sentence or after a time word; a quantity of it
    # (`a lot of rupiah`) is no market's own
    ("JAKARTA 1996-08-26\nDealers were quiet .\nSpot rupiah was quoted at 2,342.0 in late trade .",
     [(2342.0, "IDR")]),
    ("JAKARTA 1996-08-26\nDealers were quiet .\nToday rupiah closed at 2,341.5 , dealers said .", [(2341.5, "IDR")]),
    ("JAKARTA 1996-08-26\nTraders said a lot of rupiah was at 12 banks .", []),
    ("JAKARTA 1996-08-26\nTraders said per rupiah was at 12 banks .", []),
])
def test_a_bare_exchange_rate_is_money_of_its_pair(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]
    assert all(r["rule"] == "money.exchange_rate" for r in records)


# Vague amounts: amount null, min/max by the count words' range times the scale word, approximate and vague.
@pytest.mark.parametrize(("text", "words", "low", "high", "currency"), [
    ("Donors gave millions of dollars to the foundation.", "millions of dollars", 2e6, 999e6, "USD"),
    ("It cost a few million dollars to build.", "a few million dollars", 2e6, 9e6, "USD"),
    ("The plan cost tens of millions of dollars.", "tens of millions of dollars", 10e6, 99e6, "USD"),
    ("The state lost hundreds of millions of Belgian francs.", "hundreds of millions of Belgian francs", 100e6,
     999e6, "BEF"),
    ("Several billion euros were spent.", "Several billion euros", 3e9, 9e9, "EUR"),
    ("They stole hundreds of dollars from the till.", "hundreds of dollars", 100, 999, "USD"),
    # `in` before a plural scale makes a table's unit only where a note, a bracket or the line ends it
    ("The island is mired in billions of dollars of unpaid bonds.", "billions of dollars", 2e9, 999e9, "USD"),
    ("The scheme brought in millions of dollars from investors.", "millions of dollars", 2e6, 999e6, "USD"),
    ("It was a billion-dollar deal.", "billion-dollar", 1e9, 999e9, "USD"),
    ("It was a multi-billion-dollar deal.", "multi-billion-dollar", 2e9, 999e9, "USD"),
    ("It was a multibillion-dollar deal.", "multibillion-dollar", 2e9, 999e9, "USD"),
    # a word between `of` and the unit says whose money it is
    ("The agency wasted millions of taxpayer dollars on it.", "millions of taxpayer dollars", 2e6, 999e6, "USD"),
    ("They would bring back hundreds of billions of offshore dollars.", "hundreds of billions of offshore dollars",
     100e9, 999e9, "USD"),
])
def test_vague_amounts(text: str, words: str, low: float, high: float, currency: str) -> None:
    record = only(text)
    assert (record["text"], record["amount"], record["currency"]) == (words, None, currency)
    assert (record["min"], record["max"]) == (pytest.approx(low), pytest.approx(high))
    assert record["approximate"] is True and record["vague"] is True


@pytest.mark.parametrize("text", [
    "The barge carried thousands of extra pounds of cargo.",
    "Hundreds of dollar stores opened last year.",
])
def test_vague_look_alikes_are_no_money(text: str) -> None:
    assert money(text) == []


# A table whose note names scale and currency, or whose row's label names the currency, makes its bare figures
# money; rows that count something else, prose and rows past a blank line do not.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-28\n( millions of guilders unless otherwise stated )\n- Net sales 412 vs 398\n"
     "- Order book ( billions ) 1.25 vs 1.10",
     [(412e6, "NLG"), (398e6, "NLG"), (1.25e9, "NLG"), (1.10e9, "NLG")]),
    ("TOKYO 1996-08-28\nYear to May 31\n( Group ) ( in billions of yen unless specified )\nSales 8.67 vs 9.33\n"
     "Current 400 million 329 million", [(8.67e9, "JPY"), (9.33e9, "JPY"), (400e6, "JPY"), (329e6, "JPY")]),
    ("FRANKFURT 1996-08-23\n( in millions of marks unless stated )\nGroup sales 14,600 up 3.3 pct\n"
     "Group workforce 300,962 down 3.7 pct", [(14.6e9, "DEM")]),
    ("AMSTERDAM 1996-08-28\n( millions of guilders unless otherwise stated )\n- Net profit 92.4 vs 81.0\n"
     "- Net per share ( guilders ) 2.15 vs 1.90",
     [(92.4e6, "NLG"), (81e6, "NLG"), (2.15, "NLG"), (1.9, "NLG")]),
    ("WARSAW 1996-08-23\nFIGURES IN $ MILLION June 1996 May 1996\nGross foreign debt 27,535.5 27,246.5\n"
     "Reserves 9,510.9 10,056.4", [(27535.5e6, "USD"), (27246.5e6, "USD"), (9510.9e6, "USD"), (10056.4e6, "USD")]),
    ("TOKYO 1996-08-23\n( in billions of yen unless specified )\nCurrent prft 7 mln loss 371 mln",
     [(7e6, "JPY"), (371e6, "JPY")]),
    ("BUDAPEST 1996-08-22\nThe latest indicators :\nBudget deficit ( HUF ) Jan-July 102 bln ( Jan-June 122 bln )",
     [(102e9, "HUF"), (122e9, "HUF")]),
    # a results table's `( million A$ unless stated )`; a per-share row in cents is in the currency's cents; a row
    # that gives a day is no sum
    ("SYDNEY 1996-08-29\nYear to June 30\n( million A$ unless stated )\nNet profit 12.40 vs 10.15\n"
     "Shr ( cents ) 9.12 vs 7.80\nPay date Nov 25",
     [(12.4e6, "AUD"), (10.15e6, "AUD"), (0.0912, "AUD"), (0.078, "AUD")]),
    ("HONG KONG 1996-08-28\n( in million HK$ unless stated )\nDividend ( H.K. cents ) 12.0 vs 11.0\n"
     "Turnover 88.20 vs 90.75\nBooks close September 23-27\nDividend payable October 8",
     [(0.12, "HKD"), (0.11, "HKD"), (88.2e6, "HKD"), (90.75e6, "HKD")]),
    # a row label's brackets may give the scale with the currency, before or after it
    ("MANILA 1996-08-23\nReserves ( $ MLN ) Jul 10,120.5 9,870.2", [(10120.5e6, "USD"), (9870.2e6, "USD")]),
    ("DHAKA 1996-08-27\nM2 money supply ( bln taka ) 412.6 401.3", [(412.6e9, "BDT"), (401.3e9, "BDT")]),
    # Madrid's `pts` after a scale word are pesetas; `trln` is the wires' trillion
    ("MADRID 1996-08-29\nExports ( bln pts ) Jun 1,210.4 1,180.2\nStock ( trln pts ) 21.3 20.8",
     [(1210.4e9, "ESP"), (1180.2e9, "ESP"), (21.3e12, "ESP"), (20.8e12, "ESP")]),
    # look-alikes
    ("MADRID 1996-08-29\nIbex index ( pts ) Jun 410.5 402.1", []),
    ("MADRID 1996-08-29\nThe index rose 12 pts to 410.5 .", []),
    ("AMSTERDAM 1996-08-28\n( millions of guilders unless otherwise stated )\n- Staff ( number ) 4,120 vs 4,300\n"
     "- Operating margin ( pct ) 6.1 vs 5.8", []),
    ("AMSTERDAM 1996-08-28\n( millions of guilders )\n- Net sales 412 vs 398\n\nDelegates 120 vs 115",
     [(412e6, "NLG"), (398e6, "NLG")]),
    ("ZURICH 1996-08-28\nThe bank ( CHF ) said it sold 5 million shares in 1996 .", []),
    ("WARSAW 1996-08-23\nThe figures in $ million terms rose , officials said 27,535.5 people came .", []),
    ("( in millions )\nNet sales 412 vs 398", []),
    ("MADRID 1996-08-29\nBUDGET ( bln pesetas ) Govt.Fcast 96", []),
    ("MANILA 1996-08-23\nStaff ( mln ) Jul 5.1 4.9", []),
    # a row that counts things is no money under a money note; a row of money, or of money per thing, is
    ("SEATTLE 1996-08-28\n( In millions of dollars )\nRevenue 1,200 vs 1,100\nDeliveries 45 vs 40\n"
     "Aircraft in service 300 vs 290\nPassengers ( mln ) 12.5 vs 11.0\nNet 45.2 vs 40.1",
     [(1.2e9, "USD"), (1.1e9, "USD"), (45.2e6, "USD"), (40.1e6, "USD")]),
    ("DALLAS 1996-08-28\n( In millions of dollars )\nEmployees 4,100 vs 3,900\nOil output ( barrels ) 12 vs 11\n"
     "Revenue per passenger 95.5 vs 90.1",
     [(95.5, "USD"), (90.1, "USD")]),
    ("HELSINKI 1996-08-30\n( million markka unless stated )\nNet sales 289.1 vs 256.9",
     [(289.1e6, "FIM"), (256.9e6, "FIM")]),
])
def test_a_table_unit_makes_its_bare_figures_money(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]
    assert all(r["rule"] == "money.table_scale" for r in records)


# A price table's note (`( Prices in rupees per tonne )`, `( dollars per short ton )`) makes the prices of the rows
# under it money, ranges as ranges, down to a rule or a blank line; the counts beside them are not.
@pytest.mark.parametrize(("text", "expected"), [
    ("INDORE , India 1996-08-27\nSoy prices were steady .\n( Prices in rupees per tonne )\nMarket Arrivals Plant\n"
     "Dewas 45 Yellow 12,700-12,950 12,900-13,100\nBlack 11,900-12,100\n-------------\nArrivals rose 12.5 percent .",
     [(None, 12700, 12950, "INR"), (None, 12900, 13100, "INR"), (None, 11900, 12100, "INR")]),
    ("CHICAGO 1996-08-29\nMeal prices rose .\nCHICAGO MILLS ( dollars per short ton )\n"
     "Gluten feed 21 pct bulk Spot - 117.00 unc\nGluten meal 60 pct bulk Spot - 320.00 up 5\n\n"
     "( Chicago newsdesk 312-408-8720 )", [(117, None, None, "USD"), (320, None, None, "USD"), (5, None, None, "USD")]),
    # look-alikes: a note of another unit per thing; rows past the table's rule; a count note
    ("CHICAGO 1996-08-29\nYields rose .\n( bushels per acre )\nIowa 145.50 vs 140.25", []),
    ("CHICAGO 1996-08-29\nMeal prices rose .\n( dollars per short ton )\nSpot - 117.00\n---\nIndex 1,250.5 vs 1,240.0",
     [(117, None, None, "USD")]),
    ("LONDON 1996-08-29\nThe survey ( people per household ) gave 2.45 in 1995 .", []),
    # the note as a heading ending in a colon, and a cash table's moves written from the point
    ("CHICAGO 1996-08-27\nOat bids were steady .\nCash oats , in dollars per bushel :\n"
     "Elm Grove 2.16 up .03 2.20 dn .01",
     [(2.16, None, None, "USD"), (0.03, None, None, "USD"), (2.2, None, None, "USD"), (0.01, None, None, "USD")]),
    # look-alikes: a sentence with no colon, a heading of another unit, a move in percent
    ("CHICAGO 1996-08-27\nFarmers are paid in dollars per bushel .\nElm Grove 2.16 up .03", []),
    ("CHICAGO 1996-08-27\nYields , in bushels per acre :\nElm Grove 42.16 up .03", []),
    ("CHICAGO 1996-08-27\nRates rose .\nThe index was up .5 percent .", []),
    ("CHICAGO 1996-08-27\nMeal was firm .\n( dollars per short ton )\nGluten meal 60 pct Spot - 312.00 up 4\n"
     "Gluten feed 21 pct Spot - 98.00 up 2 pct",
     [(312, None, None, "USD"), (4, None, None, "USD"), (98, None, None, "USD")]),
])
def test_a_price_note_makes_its_table_prices_money(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["min"], r["max"], r["currency"]) for r in records] == expected
    assert all(r["rule"] == "money.table_scale" for r in records)


# Bond and auction notices write the currency once and the sums in a field or a column labelled as the amount.
@pytest.mark.parametrize(("text", "expected"), [
    ("Springfield , Ill. , $ 4 mln bonds rated AA .\nIssuer : Springfield\nSale Amount : 4,150,000\n"
     "Expected Sale Date : 09/03/96", [(4e6, "USD"), (4.15e6, "USD")]),
    ("MEXICO CITY 1996-08-26\nThe central bank offered 2.5 billion pesos in two auctions .\nAMOUNT TERM\n"
     "1.500 bln 7 days\n1.000 bln 28 days", [(2.5e9, "MXN"), (1.5e9, "MXN"), (1e9, "MXN")]),
    # a bond notice's abbreviated field sharing its line with the next, and an amount column that is not the first
    ("PRESALE - Springfield School District , Ill .\nAMT : 2,150,000 DATE : 09/04/96 NYC Time : 1100\n"
     "LAST SALE : $ 5,100,000 ( MBIA ) 3/1/90\nYear Amount Coupon Yield\n1998 475,000\n1999 510,000",
     [(2.15e6, "USD"), (5.1e6, "USD"), (475e3, "USD"), (510e3, "USD")]),
    # look-alikes: two currencies, words after a field's figure, no currency in the text
    ("The fund holds $ 4 mln and 3 mln euros .\nSale Amount : 4,150,000", [(4e6, "USD"), (3e6, "EUR")]),
    ("Springfield sells $ 4 mln bonds .\nAmount : 4,150 shares", [(4e6, "USD")]),
    ("The agency held two auctions .\nAMOUNT TERM\n1.500 bln 7 days", []),
    ("Springfield sells $ 4 mln bonds .\nAMT : 4,150 shares DATE : 09/04/96\nYear Rate Amount\n1998 5.5",
     [(4e6, "USD")]),
])
def test_a_figure_labelled_as_the_amount_is_in_the_texts_currency(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]


# A bond notice's maturity schedule writes its sums in thousands with a trailing `M`, and a series balance with cents.
@pytest.mark.parametrize(("text", "expected"), [
    ("Greenfield , Ore. , sells $ 1.2 mln bonds .\nRE : $ 1,200,000\nMATURITY SER A SER B\n1999 450M 300M\n"
     "2001 - 450M\nTOTAL : 1,200M", [(1.2e6, "USD"), (1.2e6, "USD"), (450e3, "USD"), (300e3, "USD"), (450e3, "USD"),
                                     (1.2e6, "USD")]),
    ("Greenfield , Ore. , sells $ 1.2 mln bonds .\nMATURITY SER A\n1999 750M\n2001 450M\nTOTAL : 1,200",
     [(1.2e6, "USD"), (750e3, "USD"), (450e3, "USD"), (1.2e6, "USD")]),
    ("RE : $ 9,400,000\nRIVER PLAZA\n8,100,000.00\nMaturity Balance Coupon List\n06/01 / 2002B 375M 5.10 4.95",
     [(9.4e6, "USD"), (8.1e6, "USD"), (375e3, "USD")]),
    # look-alikes: a year heading prose, a company's name, millions written with a point, two currencies
    ("Greenfield sells $ 1.2 mln bonds .\n1999 sales were 450M units .\n3M Co gained .", [(1.2e6, "USD")]),
    ("Greenfield sells $ 1.2 mln bonds .\n2001 2.5M 3.5M", [(1.2e6, "USD")]),
    ("Greenfield sells $ 1.2 mln bonds .\nTOTAL : 1,200", [(1.2e6, "USD")]),
    ("Greenfield sells $ 1.2 mln bonds and 3 mln euros of notes .\n1999 450M 300M", [(1.2e6, "USD"), (3e6, "EUR")]),
])
def test_a_bond_schedule_gives_its_sums_in_thousands(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(a), c) for a, c in expected]


# A dealer's two-way quote writes of the ask only the last digits that differ from the bid.
@pytest.mark.parametrize(("text", "low", "high", "currency"), [
    ("TOKYO 1996-08-29\nThe dollar was quoted at 119.26-28 yen.", 119.26, 119.28, "JPY"),
    ("LONDON 1996-08-29\nSterling was at $1.5520-30 in late trade.", 1.552, 1.553, "USD"),
    # look-alikes: a range written in full, or with an end of one digit, stays as written
    ("Prices were $246-248 per tonne.", 246, 248, "USD"),
    ("It cost $1.50-2 a pound.", 1.5, 2, "USD"),
])
def test_a_two_way_quote_writes_the_asks_last_digits(text: str, low: float, high: float, currency: str) -> None:
    (record,) = money(text)
    assert (record["min"], record["max"], record["currency"]) == (pytest.approx(low), pytest.approx(high), currency)


def _too_slow(*_: object) -> None:
    raise TimeoutError("no answer in 5 s")


# A line of many figures that ends in a word is no schedule row, and is seen not to be at once: the row pattern
# once tried every way to split the figures (24 of them took seconds, each one more doubled it).
def test_a_long_line_of_figures_is_rejected_at_once() -> None:
    text = "Greenfield sells $ 1.2 mln bonds .\n3M Co\n1998 " + " ".join(["1.5"] * 40) + " points\n"
    signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(5)
    try:
        records = money(text)
    finally:
        signal.alarm(0)
    assert [(r["amount"], r["currency"]) for r in records] == [(pytest.approx(1.2e6), "USD")]


# A price moved by pence stands in pence (London quotes shares so); after cents the level's unit is not settled.
@pytest.mark.parametrize(("text", "expected"), [
    ("LONDON 1996-08-29\nHammerson was 8p higher at 390 .", [(0.08, "GBP"), (3.9, "GBP")]),
    ("LONDON 1996-08-29\nShares in Acme rose 12 pence to 405 after the results .", [(0.12, "GBP"), (4.05, "GBP")]),
    ("NEW YORK 1996-08-29\nAcme rose 50 cents to 12.50 .", [(0.5, "USD")]),
    ("LONDON 1996-08-29\nAcme rose 5p to 12 percent of the index .", [(0.05, "GBP")]),
])
def test_a_level_after_a_change_in_pence_is_in_pence(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# A bare move right after a price is in the price's unit; not after a sum, nor when it counts points or percent.
@pytest.mark.parametrize(("text", "expected"), [
    ("BUDAPEST 1996-08-27\nThe stock closed on Tuesday at 5,800 forints , down 300 .", [(5800, "HUF"), (300, "HUF")]),
    # a place may stand between the price and its move; not a long phrase, nor a move in points
    ("BUDAPEST 1996-08-27\nThe stock opened at 5,800 forints on the BSE , down 300 from Monday .",
     [(5800, "HUF"), (300, "HUF")]),
    ("BUDAPEST 1996-08-27\nThe stock opened at 5,800 forints on the BSE , down 300 points .", [(5800, "HUF")]),
    ("BUDAPEST 1996-08-27\nThe stock opened at 5,800 forints on the city 's main bourse , down 300 .", [(5800, "HUF")]),
    ("CHICAGO 1996-08-27\nDecember settled at 90.20 cents , up 0.35 on the day .", [(0.902, "USD"), (0.0035, "USD")]),
    ("BUDAPEST 1996-08-27\nThe stock closed at 5,800 forints , down 300 points from Monday .", [(5800, "HUF")]),
    ("BUDAPEST 1996-08-27\nThe stock closed at 5,800 forints , up 3 % .", [(5800, "HUF")]),
    ("BUDAPEST 1996-08-27\nSales reached 5 million forints , up 3 on the year .", [(5e6, "HUF")]),
    ("dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks .", [(143.8, "JPY")]),
    ("TOKYO 1996-08-27\nMidday rates : the dollar was 143.80 yen , up 0.95 .", [(143.8, "JPY")]),
])
def test_a_move_after_a_price_is_in_its_unit(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# A bare move written before the price it led to is in the price's unit: after a verb of change or before up/down;
# not a move as big as the price (in another unit), nor before a sum with a scale word; a level may end its
# phrase with a participle.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-26\nKLM gained 0.30 to 52.10 guilders on Monday .", [(0.3, "NLG"), (52.1, "NLG")]),
    ("AMSTERDAM 1996-08-26\nStork ended just 0.20 up at 51.00 guilders .", [(0.2, "NLG"), (51, "NLG")]),
    ("AMSTERDAM 1996-08-26\nNutricia soared 4.10 guilders to 214.40 continuing its rally .",
     [(4.1, "NLG"), (214.4, "NLG")]),
    ("CHICAGO 1996-08-26\nRice closed higher , with September up 16 at $ 10.28 a cwt .", [(10.28, "USD")]),
    ("AMSTERDAM 1996-08-26\nThe bank lent 3 to 5 billion guilders last year .", [(None, "NLG")]),
    ("AMSTERDAM 1996-08-26\nThe group rose 2 to 5 billion guilders in sales .", [(5e9, "NLG")]),
    ("NEW YORK 1996-08-26\nThe fund gave $ 5 to 30 people standing in line .", [(5, "USD")]),
])
def test_a_move_before_a_price_is_in_its_unit(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [
        (a if a is None else pytest.approx(a), c) for a, c in expected]


def test_a_rate_unit_is_no_amount() -> None:
    assert [r["text"] for r in money("Traders bought a dollar at 104.50 yen on Friday.")] == ["104.50 yen"]


def test_a_dollar_before_a_word_that_is_no_noun_is_an_amount() -> None:
    # look-alikes of `a dollar depreciation`: `a dollar` then a preposition or an adverb
    assert [(r["amount"], r["currency"]) for r in money("He paid a dollar for the paper .")] == [(1, "USD")]
    assert [(r["amount"], r["currency"]) for r in money("The shares cost a dollar apiece .")] == [(1, "USD")]


def test_exact_amounts_are_not_vague() -> None:
    for text in ("It cost a million dollars.", "It cost $5 billion-dollar worth.", "It cost $3 million."):
        record = money(text)[0]
        assert record["vague"] is False and record["amount"] is not None, text


@pytest.mark.parametrize(("text", "sources"), [
    ("It cost $5 and US$7 and 9 USD and 4 euros.", ["default", "symbol", "code", "name"]),
    ("It cost C$5, then 10 Canadian dollars, then 3 dollars.", ["symbol", "name", "context"]),
    ("China's central bank injected ¥5bn.", ["context"]),
    ("Tokyo spent ¥5bn.", ["default"]),
    ("The girl tried to extract 60 and 70 zlotys .", ["context", "name"]),
    # a family's default that leaves no other reading is the mention's own: `£` and pence are sterling's only
    ("LONDON -- The club paid £40 million and 5p a share.", ["symbol", "name"]),
    ("The club paid five million pounds for him.", ["name"]),
    # ... but a bare `$` or `cents` read as USD, and a currency of the period, stay defaults
    ("The stamp cost 40 cents.", ["default"]),
    ("FRANKFURT 1996-08-22\nThe dollar ended at 1.5120 marks .", ["default"]),
])
def test_currency_from_says_where_the_currency_came_from(text: str, sources: list[str]) -> None:
    assert [r["currency_from"] for r in money(text)] == sources


def test_default_currency_option_is_a_default_source() -> None:
    record = only("It cost $5.", default_currency="CAD")
    assert (record["currency"], record["currency_from"]) == ("CAD", "default")


def test_default_currency_option_replaces_the_usd_default_only() -> None:
    assert only("It cost $5.", default_currency="CAD")["currency"] == "CAD"
    assert only("It cost US$5.", default_currency="CAD")["currency"] == "USD"


def test_context_carries_across_pieces_of_a_long_text() -> None:
    from extract_facts.extractors import Document, Result, Runner

    text = ("FRANKFURT 1996-08-22\nOttawa set aside 5 million Canadian dollars.\n\n"
            + "Filler sentence here.\n\n" * 20 + "It later added $3 million and 20 million marks.")
    (result,) = Runner(["money"], piece_chars=200).run([Document("long.txt", text)])
    assert isinstance(result, Result)
    assert [(r["text"], r["currency"], r["currency_from"]) for r in result.records] == [
        ("5 million Canadian dollars", "CAD", "name"), ("$3 million", "CAD", "context"),
        ("20 million marks", "DEM", "default")]
    assert_grounded(result.records, text)


@pytest.mark.parametrize(("written", "value", "decimal_comma"), [
    ("1,000,000", "1000000", False),
    ("1.000.000,50", "1000000.50", False),
    ("1,000,000.50", "1000000.50", False),
    ("12,34,567.50", "1234567.50", False),
    ("3.350", "3.350", False),
    ("3.350", "3350", True),
    ("3,5", "3.5", False),
    ("1 000 000", "1000000", False),
    ("1'000'000", "1000000", False),
])
def test_parse_digits(written: str, value: str, decimal_comma: bool) -> None:
    assert parse_digits(written, decimal_comma) == Decimal(value)


@pytest.mark.parametrize("written", ["1.2.3", "1,2,3", "12,3456"])
def test_parse_digits_rejects_what_is_not_a_grouping(written: str) -> None:
    assert parse_digits(written) is None


def test_seed_acceptance() -> None:
    text = SEED.read_text(encoding="utf-8")
    records = money(text)
    assert [(r["start"], r["end"], r["amount"], r["currency"]) for r in records] == [
        (1507, 1518, 19000000000, "USD"), (5814, 5825, 19000000000, "USD"),
    ]
    for absent in ("53-point", "two months"):
        start = text.index(absent)
        assert not any(r["start"] < start + len(absent) and start < r["end"] for r in records)


def test_needs_only_sentences_and_imports_nothing_heavy() -> None:
    assert get("money").needs == frozenset({"sentences"})
    code = (
        "import sys, extract_facts.extractors.money as m\n"
        "heavy = [n for n in ('spacy', 'babel', 'pycountry', 'text_to_num') if n in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# Babel's own money formatting, read back. Codes spelling English words (`TRY`, `ALL`)
# are read only after a number, so Babel's `TRY 5.00` is left out on purpose, and so are
# replaced currencies whose name carries dates (`Belarusian ruble (2000–2016)`).
_CODES = sorted(c for c in lexicon().current if c not in WORD_CODES and "(" not in Locale("en").currencies[c])


@st.composite
def formatted(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    code = draw(st.sampled_from(_CODES))
    style = draw(st.sampled_from(["standard", "name", "compact", "continental"]))
    if style == "continental":
        code = draw(st.sampled_from(["EUR", "JPY", "PLN", "SEK", "CHF", "KRW"]))
    if style == "compact":
        value = Decimal(draw(st.integers(1, 999))) * 10 ** draw(st.sampled_from([3, 6, 9, 12]))
        return format_compact_currency(value, code, locale="en", fraction_digits=0), value, code
    digits = get_currency_precision(code)
    value = Decimal(draw(st.integers(1, 10**13))) / 10 ** draw(st.sampled_from([0, digits]))
    if style == "continental":
        return format_currency(value, code, locale="de_DE"), value, code
    return format_currency(value, code, locale="en", format_type="name" if style == "name" else "standard"), value, code


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(formatted(), st.sampled_from(["The deal was worth {} in total.", "{}", "Costs: {}; paid on time."]))
def test_babel_formatted_amounts_read_back(case: tuple[str, Decimal, str], frame: str) -> None:
    written, value, code = case
    record = only(frame.format(written))
    assert record["currency"] == code
    assert Decimal(str(record["amount"])) == value
    assert record["text"].strip() == record["text"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "It cost $5m.", "Nothing here.", "About €3bn was spent", "\n\n", " ", "between 2 and 3 pounds",
    "café ☕ ", "US$4.7 billion", "5%", "🙂", "1,000", "up to ¥9", "—",
]), max_size=8))
def test_offsets_always_index_the_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for record in money(text):
        assert record["text"] == text[record["start"] : record["end"]]
        assert record["text"] and record["text"] == record["text"].strip()


@pytest.mark.parametrize(("text", "rule"), [
    ("The deal is worth $19 billion.", "money.symbol_amount_scale"),
    ("Tickets cost $25 each.", "money.symbol_amount"),
    ("Revenue was C$ 1.92 billion.", "money.symbol_amount_scale"),
    ("The fine was EUR 500,000.", "money.code_amount"),
    ("He paid 20 Swiss francs for it.", "money.name_amount"),
    ("They raised five million dollars.", "money.word_amount"),
    ("The plan costs between $2 billion and $3 billion.", "money.range"),
    ("Bids of more than $5 million were refused.", "money.open_bound"),
    ("It will cost millions of dollars.", "money.vague_amount"),
])
def test_every_amount_names_the_rule_that_read_it(text: str, rule: str) -> None:
    assert [r["rule"] for r in money(text)] == [rule]


@pytest.mark.parametrize(("text", "currency", "alternatives"), [
    ("The project will cost $5 million.", "USD", ["AUD", "CAD", "HKD", "SGD", "NZD"]),
    ("The fee is ¥500 a month.", "JPY", ["CNY"]),
])
def test_a_currency_read_by_default_among_several_is_ambiguous(text: str, currency: str,
                                                               alternatives: list[str]) -> None:
    (record,) = money(text)
    assert (record["currency"], record["currency_from"]) == (currency, "default")
    assert record["ambiguous"] and record["alternatives"] == alternatives


@pytest.mark.parametrize(("text", "options"), [
    ("Revenue was C$ 1.92 billion.", {}),                                  # its own symbol
    ("Washington will spend $5 million, U.S. officials said.", {}),        # the country it names
    ("The fine was 200 euros.", {}),
    ("It cost £5.", {}),                                                   # no widely traded other reading
    ("The project will cost $5 million.", {"default_currency": "CAD"}),    # the user settled it
])
def test_a_currency_the_text_or_the_user_settles_is_not_ambiguous(text: str, options: dict[str, str]) -> None:
    assert [(r["ambiguous"], r["alternatives"]) for r in money(text, **options)] == [(False, [])]


def test_strict_leaves_out_the_guesses() -> None:
    from extract_facts import extract

    text = "The project will cost $5 million; the fine was EUR 200."
    assert [f.text for f in extract(text, ["money"])] == ["$5 million", "EUR 200"]
    assert [f.text for f in extract(text, ["money"], strict=True)] == ["EUR 200"]


@pytest.mark.parametrize(("text", "found"), [
    ("He paid 500 clams for it.", [("500 clams", 500, "USD", "money.rules")]),
    ("The studio spent 2 million clams.", [("2 million clams", 2_000_000, "USD", "money.rules")]),
    ("The chef bought clams and mussels.", []),  # a currency word needs an amount
    ("He paid 500 loonies for it.", [("500 loonies", 500, "AUD", "money.rules")]),  # the user's reading wins
])
def test_currency_words_from_a_rules_file(text: str, found: list[tuple[object, ...]]) -> None:
    records = money(text, currencies={"clams": "USD", "loonies": "AUD"})
    assert [(r["text"], r["amount"], r["currency"], r["rule"]) for r in records] == found
    assert all(r["rule"] != "money.rules" for r in money(text))


def test_a_currency_word_with_a_bad_code_names_its_line(tmp_path: Path) -> None:
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine.rules import RulesError, load

    (tmp_path / "r.toml").write_text('[money.currencies]\nclams = "USD"\nquid = "GBX"\n')
    with pytest.raises(RulesError, match=r"r\.toml:3: currencies: quid: 'GBX' is not an ISO 4217"):
        load([tmp_path / "r.toml"], registry.available())


@pytest.mark.parametrize(("text", "found"), [
    ("Wheat futures traded in the $3.40s last week.", [("$3.40s", 3.4, 3.49)]),
    ("Gold held in the low $380s an ounce.", [("$380s", 380, 389)]),
    ("He was paid in $20s.", [("$20", None, None)]),        # banknotes, not a level
    ("Shares rose to $3.45 on Monday.", [("$3.45", None, None)]),
])
def test_a_price_level_is_a_vague_span_of_its_last_digit(text: str, found: list[tuple[object, ...]]) -> None:
    assert [(r["text"], r["min"], r["max"]) for r in money(text)] == found
    assert all(r["vague"] == (r["rule"] == "money.price_level") for r in money(text))


# A market report's bare share prices in eighths and sixteenths are money, read as a bare `$`.
@pytest.mark.parametrize(("text", "amounts"), [
    ("Acme Tools shares were off 1-1/4 to 22-5/8 in early trading .", [1.25, 22.625]),
    ("The stock was up 3/8 at 14-1/2 after the results .", [0.375, 14.5]),
    ("Brightline shares fell 2-3/16 to close at 30 on Tuesday .", [2.1875, 30]),
    ("In Nasdaq trading , Northwind closed at 41-3/4 Friday .", [41.75]),
    ("The stock was unchanged at 9-7/8 .", [9.875]),
])
def test_bare_share_prices_in_fractions(text: str, amounts: list[float]) -> None:
    records = money(text)
    assert [r["amount"] for r in records] == amounts
    assert all((r["currency"], r["rule"]) == ("USD", "money.share_price") for r in records)


@pytest.mark.parametrize("text", [
    "The Astros moved 1-1/2 games ahead of the Cardinals .",         # a count of games
    "The 30-year bond fell 1/2 to 98-1/4 in thin trade .",           # a bond's price in points of par
    "The prime rate rose 1/4 to 8-1/4 percent .",                    # a rate
    "The river rose 1/2 to 5-1/2 feet overnight .",                  # a length
    "The stock rose 2 to 31 on Monday .",                            # no fraction: nothing marks the style
    "The index was up 3/4 at 112-1/2 .",                             # index points
    "Temperatures rose 1/2 to 3 .",                                  # no word of the stock market
])
def test_fractions_that_are_not_share_prices(text: str) -> None:
    assert money(text) == []


# A ranked list gives its currency in the first row only; the rows below share it.
@pytest.mark.parametrize(("text", "expected"), [
    ("GOLF - LEADING MONEY WINNERS .\nLONDON 1996-08-25\nLeading money winners :\n"
     "1. Tom Baxter 310,250 pounds sterling\n"
     "2. Carl Weiss ( Germany ) 298,400\n3. Ian Doyle 251,000\n", [(310250, "GBP"), (298400, "GBP"), (251000, "GBP")]),
    ("GOLF - MONEY LIST .\nNEW YORK 1996-08-25\n1. Tom Baxter $ 1,310,250\n2. Carl Weiss 1,298,400\nNote : 2,000 fans",
     [(1310250, "USD"), (1298400, "USD")]),
    # look-alikes: a first row with no currency, a currency in a sentence, not a row of its own
    ("SOCCER - ATTENDANCES .\nLONDON 1996-08-25\n1. Celtic 45,000\n2. Rangers 44,100\n", []),
    ("LONDON 1996-08-25\nThe prize was 50,000 pounds sterling in all .\n2. Rangers 44,100\n", [(50000, "GBP")]),
])
def test_a_ranked_list_shares_its_first_rows_currency(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == expected


# A prefixed dollar of the country a text names lends its code to the text's later bare `$`, unless it names the U.S.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kiwi Power valued at NZ$ 310 million .\nWELLINGTON 1996-08-22\nKiwi Power of New Zealand said on Thursday its "
     "grid is now worth $ 310.4 million , up from $ 290.1 million .",
     [(310e6, "NZD"), (310.4e6, "NZD"), (290.1e6, "NZD")]),
    ("Maple Mills earns C$ 5 mln .\nTORONTO 1996-08-22\nMaple Mills of Canada said it would spend $ 2 million .\n"
     "Its shares rose 5 cents .", [(5e6, "CAD"), (2e6, "CAD"), (0.05, "CAD")]),
    # look-alikes: a text naming the U.S., a text naming no country of that dollar
    ("Kiwi Power valued at NZ$ 310 million .\nWELLINGTON 1996-08-22\nKiwi Power of New Zealand said its U.S. arm is "
     "worth $ 31 million .", [(310e6, "NZD"), (31e6, "USD")]),
    ("Maple Mills earns C$ 5 mln .\nLONDON 1996-08-22\nMaple Mills said it would spend $ 2 million .",
     [(5e6, "CAD"), (2e6, "USD")]),
    # a dollar named in full lends its code as a symbol does, even from later in the text; not another currency
    ("OTTAWA 1996-08-30\nCanada 's reserves rose to $ 21 billion .\nThe Canadian dollar rose .",
     [(21e9, "CAD")]),
    ("OTTAWA 1996-08-30\nCanada 's reserves rose to $ 21 billion .\nThe Canadian dollar rose against the U.S. unit .",
     [(21e9, "USD")]),
])
def test_a_home_dollar_sets_the_texts_bare_dollars(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# The wires' `trln` is a trillion, as their `mln` and `bln` are a million and a billion; not a word that starts so.
# Their `SKR`, `DKR`, `NKR` are the Swedish, Danish and Norwegian crowns.
@pytest.mark.parametrize(("text", "expected"), [
    ("STOCKHOLM 1996-08-30\nVolvo wins 2.5 bln SKR truck order .", [(2.5e9, "SEK")]),
    ("OSLO 1996-08-30\nStatoil sold 300 mln NKR of bonds .", [(300e6, "NOK")]),
    ("The SKR unit was sold .", []),
    ("ROME 1996-08-29\nThe state sold 2.5 trln lire of bonds .", [(2.5e12, "ITL")]),
    ("ROME 1996-08-29\nThe state sold 2.5 TRLN LIRE of bonds .", [(2.5e12, "ITL")]),
    ("ROME 1996-08-29\nThe state sold 2.5 trillions lire of bonds .", [(2.5e12, "ITL")]),
    ("ROME 1996-08-29\nThe state sold 2.5 trlnx of bonds .", []),
])
def test_the_wires_trln_is_a_trillion(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# The cents of a currency that is not a dollar: the one written in their sentence, else the text's country's.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-27\nDutch shares fell . Acme Bank dropped 40 cents to 88.10 guilders .",
     [(0.4, "NLG"), (88.1, "NLG")]),
    ("JOHANNESBURG 1996-08-27\nSouth African brewer Veldt Beer earned 61 cents a share , analysts said .",
     [(0.61, "ZAR")]),
    # look-alikes: a dollar in the sentence, a text naming the U.S., no place at all, two currencies with cents
    ("AMSTERDAM 1996-08-27\nAcme Bank dropped 40 cents to $ 8.10 .", [(0.4, "USD"), (8.1, "USD")]),
    ("JOHANNESBURG 1996-08-27\nSouth African brewer Veldt Beer earned 61 cents a share , U.S. analysts said .",
     [(0.61, "USD")]),
    ("CHICAGO 1996-08-27\nCorn rose 5 cents a bushel .", [(0.05, "USD")]),
    ("AMSTERDAM 1996-08-27\nAcme fell 40 cents as the rand rose to 4.50 and the guilder to 1.70 .", [(0.4, "USD")]),
])
def test_cents_of_a_currency_that_is_not_a_dollar(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# An estimates table's note that its figures are cents a share: each figure and range of its rows is in cents.
@pytest.mark.parametrize(("text", "expected"), [
    ("FORECAST - SOUTH AFRICAN RESULTS .\nJOHANNESBURG 1996-08-23\nSouth African results due next week ( all figures "
     "cents per share ) :\nDAY--COMPANY--CONSENSUS--RANGE--PVS\nMON Veldt Beer YR EPS 81.5 80.0-83.0 70.2\n"
     "TUE Karoo Mines YR DIV N / A 14.5", [(0.815, None, None, "ZAR"), (None, 0.8, 0.83, "ZAR"),
                                         (0.702, None, None, "ZAR"), (0.145, None, None, "ZAR")]),
    # look-alikes: another note, a sentence about cents a share with no table
    ("JOHANNESBURG 1996-08-23\nSouth African results ( all figures in rand millions ) :\nMON Veldt Beer 81.5 70.2", []),
    ("JOHANNESBURG 1996-08-23\nSouth African firms pay out about 40 percent .\nMON Veldt Beer 81.5 70.2", []),
])
def test_a_cents_per_share_note_reads_its_table(text: str, expected: list[tuple]) -> None:
    records = money(text)
    assert [(r["amount"], r["min"], r["max"], r["currency"]) for r in records] == [
        (a if a is None else pytest.approx(a), lo if lo is None else pytest.approx(lo),
         hi if hi is None else pytest.approx(hi), c) for a, lo, hi, c in expected]


# A note under a table that gives its scale and currency reads the rows above it, up to the line introducing them.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-27\nPublisher Acme gave this breakdown of its results :\nSales Profit\nMagazines 512 70\n"
     "Printing 301 22 loss\nNOTES - Sales and profit are given in millions of guilders .",
     [(512e6, "NLG"), (70e6, "NLG"), (301e6, "NLG"), (22e6, "NLG")]),
    # look-alikes: rows above the introducing line, a note naming no currency, a sentence with no NOTE heading,
    # cells grouped by a space
    ("AMSTERDAM 1996-08-27\nMagazines 512 70\nPublisher Acme gave this breakdown :\nPrinting 301\n"
     "NOTES - Sales are given in millions of guilders .", [(301e6, "NLG")]),
    ("AMSTERDAM 1996-08-27\nAcme gave this breakdown :\nMagazines 512 70\nNOTES - Sales are given in millions of "
     "copies .", []),
    ("AMSTERDAM 1996-08-27\nAcme gave this breakdown :\nMagazines 512 70\nSales are given in millions of guilders",
     []),
    # `All figures ...` and `Note - ...` close a table too; cells may carry a sign, labels a digit glued to a letter
    ("OTTAWA 1996-08-30\nThe Bank of Canada said on Friday .\nWk to Aug 28 Chg on wk\nNotes out 21.40 +0.210\n"
     "Bills 140.20 - 0.600\nAll figures in billions of Canadian dollars .\nJuly June\nM2 380.10 379.55\n"
     "Note - Figures are unadjusted , in billions of Canadian dollars .",
     [(21.4e9, "CAD"), (0.21e9, "CAD"), (140.2e9, "CAD"), (0.6e9, "CAD"), (380.1e9, "CAD"), (379.55e9, "CAD")]),
    # a US results table's closing note in thousands: its bare rows in the text's one currency, not counts
    ("Acme Widgets Q2 loss widens .\nNEW YORK 1996-08-30\n1996 1995\nShr loss $ 0.12 loss $ 0.05\n"
     "Net loss 520 loss 210\nRevs 1,400 1,350\nAvg shrs 4,100 4,000\n( All Data Above 000s Except Per Share Numbers )",
     [(0.12, "USD"), (0.05, "USD"), (520e3, "USD"), (210e3, "USD"), (1.4e6, "USD"), (1.35e6, "USD")]),
    # look-alike: with no currency in the text, the note says nothing of one
    ("Acme Widgets Q2 .\nNEW YORK 1996-08-30\nNet loss 520 loss 210\n( All Data Above 000s Except Per Share Numbers )",
     []),
])
def test_a_note_under_a_table_reads_the_rows_above(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# A row's cells are separated by spaces: cells beside other cells are never one number grouped by a space, and two
# cells that would read as one stay unread; a number grouped by spaces in prose is one.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-28\n( millions of guilders )\n- Net sales 412 98 405 12",
     [(412e6, "NLG"), (98e6, "NLG"), (405e6, "NLG"), (12e6, "NLG")]),
    ("AMSTERDAM 1996-08-28\n( millions of guilders )\n- Net sales 41 398", []),
    ("PARIS 1996-08-28\nThe fine was 1 500 000 euros .", [(1.5e6, "EUR")]),
])
def test_a_rows_cells_are_not_one_spaced_number(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# The slang `grand` is a thousand dollars, as `bucks` are dollars; not an adjective before a noun.
@pytest.mark.parametrize(("text", "expected"), [
    ("People who pay 80 grand for a degree still look for work .", [(80000, "USD")]),
    ("They paid him 20 grand .", [(20000, "USD")]),
    ("He owes fifty grand to the bank .", [(50000, "USD")]),
    # look-alikes
    ("She won five grand slams and bought two grand pianos .", []),
    ("The 5 Grand Prix races drew crowds .", []),
    ("The grand jury heard 12 witnesses .", []),
])
def test_grand_is_a_thousand_dollars(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == expected


# `the $64,000 question` is an idiom for the crucial question, not a sum; an amount beside the word is one.
@pytest.mark.parametrize(("text", "expected"), [
    ("The vote does not answer the $64,000 question , the professor said .", []),
    ("That is the million-dollar question for the party .", []),
    ("He paid $64,000 , a question of pride , he said .", [(64000, "USD")]),
    ("The question is whether the $5 million fee stands .", [(5e6, "USD")]),
])
def test_an_amount_naming_a_question_is_an_idiom(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == expected


# A range written high first with a dash between two amounts with their own symbols is still a range.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gold may retrace the $ 418 - $ 380 move of the spring .", [(None, 380, 418)]),
    ("Gold held in a $ 380 - $ 418 band .", [(None, 380, 418)]),
    # look-alike: a bare figure before the dash is no end of a range
    ("Gold fell 418 - $ 380 on the day .", [(380, None, None)]),
])
def test_a_dashed_range_written_high_first(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["min"], r["max"]) for r in money(text)] == expected


# A word in capitals before a currency is a table heading's word, not the currency's country.
@pytest.mark.parametrize(("text", "expected"), [
    ("TOKYO 1996-08-29\nLAST JCR LAST JBRI A LAST NIS", []),
    ("TOKYO 1996-08-29\nIt paid 10 Aussie dollars for the fee .", [(10, "AUD")]),
])
def test_a_capitals_heading_word_is_no_country(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == expected


# A broker's estimates table read by its header: the per-share columns in the bracketed currency, not the ratios.
@pytest.mark.parametrize(("text", "expected"), [
    ("AMSTERDAM 1996-08-22\nBroker repeats buy on Acme .\nEstimates ( Dfl ) : EPS P / E Dividend\n1996 4.10 12.5 1.80\n"
     "1997 4.60 11.1 2.00", [(4.1, "NLG"), (1.8, "NLG"), (4.6, "NLG"), (2.0, "NLG")]),
    # look-alikes: a unit that is no currency, totals with no scale, a row that does not fit the columns
    ("AMSTERDAM 1996-08-22\nEstimates ( pct ) : EPS P / E Dividend\n1996 4.10 12.5 1.80", []),
    ("AMSTERDAM 1996-08-22\nEstimates ( Dfl ) : Sales Profit\n1996 410 12", []),
    ("AMSTERDAM 1996-08-22\nEstimates ( Dfl ) : EPS P / E Dividend\n1996 4.10 12.5", []),
])
def test_an_estimates_table_is_read_by_its_columns(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


# A bare level with decimals after a comparing word, close to a plain price or rate of its sentence, is in its unit.
@pytest.mark.parametrize(("text", "expected"), [
    ("FRANKFURT 1996-08-29\nThe dollar ended at 1.4810 marks , up from 1.4795 late Monday .",
     [(1.481, "DEM"), (1.4795, "DEM")]),
    ("TOKYO 1996-08-29\nThe dollar eased to 107.20 yen from 107.35 .", [(107.2, "JPY"), (107.35, "JPY")]),
    ("TOKYO 1996-08-29\nThe dollar was at 107.20 yen , up from its close of 106.90 .",
     [(107.2, "JPY"), (106.9, "JPY")]),
    # look-alikes: a figure far from the price, a whole number, a percentage, a scaled figure after `of`
    ("TOKYO 1996-08-29\nThe dollar was at 107.20 yen , with volume of 106.90 billion .", [(107.2, "JPY")]),
    ("NEW YORK 1996-08-29\nAcme rose to $ 5.20 from 4.10 .", [(5.2, "USD")]),
    ("TOKYO 1996-08-29\nThe dollar eased to 107.20 yen from 107 .", [(107.2, "JPY")]),
    ("TOKYO 1996-08-29\nThe fee rose to 107.20 yen as rates rose to 5.25 percent from 5.20 .", [(107.2, "JPY")]),
])
def test_a_bare_level_beside_a_price_shares_its_unit(text: str, expected: list[tuple]) -> None:
    assert [(r["amount"], r["currency"]) for r in money(text)] == [(pytest.approx(a), c) for a, c in expected]


@pytest.mark.parametrize(("text", "codes"), [
    # a currency name several countries use, with nothing in the text to settle which: no code, every reading
    ("In 1775 a pound of tea cost 20 shillings in the colonies.", ("KES", "SOS", "TZS", "UGX")),
])
def test_a_name_nothing_settles_leaves_the_currency_open(text: str, codes: tuple[str, ...]) -> None:
    (record,) = run_text("money", text)
    assert (record["currency"], record["currency_from"], record["ambiguous"]) == (None, "name", True)
    assert set(record["alternatives"]) == set(codes)


def test_a_name_the_text_settles_has_one_reading() -> None:
    (record,) = run_text("money", "The fine in Kenya was 40 shillings.")
    assert (record["currency"], record["ambiguous"], record["alternatives"]) == ("KES", False, [])
