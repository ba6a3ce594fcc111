"""The tokenizer rules for glued dashes, colons and list numbers, through the real pipeline and the extractors."""

from __future__ import annotations

import pytest

from extract_facts.extractors.engine.pipeline import DEFAULT_MODEL, load

from conftest import run_text


@pytest.fixture(scope="module")
def tokenize():
    nlp = load(DEFAULT_MODEL, ["parse"])
    return lambda text: [t.text for t in nlp.tokenizer(text)]


@pytest.mark.parametrize(("text", "tokens"), [
    ("and so --I think we can win", ["and", "so", "--", "I", "think", "we", "can", "win"]),
    ('Sam Rayburn--"Mr. Democrat"', ["Sam", "Rayburn", "--", '"', "Mr.", "Democrat", '"']),
    ("Rural electrification.--The plan", ["Rural", "electrification", ".", "--", "The", "plan"]),
    ("9.We will fight", ["9", ".", "We", "will", "fight"]),
    ('Mr. Democrat"--who led', ["Mr.", "Democrat", '"', "--", "who", "led"]),
    # a dash glued to the quotation marks of an aside
    ("her record—“the best in years”—and promised",
     ["her", "record", "—", "“", "the", "best", "in", "years", "”", "—", "and", "promised"]),
    # a colon glued to the quotation it opens, after a name or the bracket of a party and state
    ('Clinton:"We learned"', ["Clinton", ":", '"', "We", "learned", '"']),
    ('Gowdy (R-S.C.):"I have"', ["Gowdy", "(", "R", "-", "S.C.", "):", '"', "I", "have", '"']),
    # a list's hyphen before its capitalised item
    ("-David Andersen explains why", ["-", "David", "Andersen", "explains", "why"]),
])
def test_a_glued_dash_or_list_number_is_a_token_of_its_own(tokenize, text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@pytest.mark.parametrize(("text", "token"), [
    ("version 2.0 shipped", "2.0"),  # a decimal
    ("No.5 is up 3.5%", "3.5"),
    ("a well-known man", "well"),  # a single hyphen stays the tokenizer's own business
    ("in 1990–95 it grew", "1990–95"),  # a range of years keeps its en dash
    ("at 10:30 on Monday", "10:30"),  # a clock time keeps its colon
    ("won 3:1 at home", "3:1"),
    ("a temperature of -5C", "-5C"),  # a negative figure keeps its sign
])
def test_numbers_and_hyphens_keep_their_tokens(tokenize, text: str, token: str) -> None:
    assert token in tokenize(text)


@pytest.mark.parametrize(("text", "holder"), [
    ("The plan is simple--I said we would win, and we did.", "I"),
    ("1. Taxes\n9.We said the budget would balance by 2030.", "We"),
])
def test_a_holder_carries_no_glued_punctuation(text: str, holder: str) -> None:
    holders = [r["holder_text"] for r in run_text("quotes", text)]
    assert holder in holders, holders


def test_an_entity_name_carries_no_glued_dash() -> None:
    names = {r["name"] for r in run_text("entities", 'It was Sam Rayburn--"Mr. Democrat"--who led the House.')}
    assert "Sam Rayburn" in names, names


@pytest.mark.parametrize("title", ["Govs.", "Sens.", "Reps.", "Gens.", "Drs."])
def test_a_plural_title_keeps_its_full_stop(tokenize, title: str) -> None:
    assert tokenize(f"He attacked {title} Jed Barr and Chris Hale.")[2] == title


def test_a_plural_title_ends_no_sentence_before_the_pronoun_that_follows() -> None:
    # (split from its full stop, `Govs.` ended the sentence, and `He` went to the last man named in the list)
    text = ("Marco Ruiz spoke in Iowa. Ruiz refrained from attacking his rivals, particularly Govs. Jed Barr and Chris "
            "Hale, who say he lacks experience. He dismissed the critique, saying Monday that experience is overrated.")
    holders = {r["cue"]: r["holder"] for r in run_text("quotes", text)}
    assert holders["dismissed"] == "Marco Ruiz", holders


def test_a_party_word_before_a_plural_title_is_no_actor_they_stand_for() -> None:
    # (kept whole, `Sens.` leaves the list in one sentence with `Republican`, a description of the names, not a body)
    text = ("Take Utah Republican Sens. Dale Mott and Jim Roper. Last week, they enthusiastically endorsed the "
            "nomination of David Nye to the court.")
    assert [r["holder"] for r in run_text("positions", text)] == ["Dale Mott", "Jim Roper"]
