"""The quotes extractor through the real pipeline: who said what, with the source resolved."""

from __future__ import annotations

import pytest

from extract_facts.extractors.quotes.quotations import quotations

from conftest import assert_grounded, run_text


def quotes(text: str) -> list[dict[str, object]]:
    records = run_text("quotes", text)
    assert_grounded(records, text)
    for record in records:
        start, end = record["content_start"], record["content_end"]
        assert text[start:end] == record["content"]  # type: ignore[index,misc]
    return records


@pytest.mark.parametrize(("text", "holder", "cue", "content", "kind"), [
    # direct speech, a quotation split by its cue
    ('"We will win this election," Trump said on Tuesday, "and we will win big."', "Trump", "said",
     'We will win this election," Trump said on Tuesday, "and we will win big', "direct"),
    ('"The deal is dead," said Senator Elizabeth Warren.', "Elizabeth Warren", "said", "The deal is dead", "direct"),
    # indirect speech, with the audience in the cue
    ("Angela Merkel told reporters that the talks would resume in May.", "Angela Merkel", "told reporters",
     "the talks would resume in May", "indirect"),
    # mixed: a paraphrase that quotes a phrase
    ('Warren said the bill was "a gift to Wall Street banks".', "Warren", "said",
     'the bill was "a gift to Wall Street banks', "mixed"),
    # according to, before and after
    ("According to the Washington Post, the deal collapsed last week.", "Washington Post", "According to",
     "the deal collapsed last week", "indirect"),
    ("The deal collapsed last week, according to Reuters.", "Reuters", "according to",
     "The deal collapsed last week", "indirect"),
    # colon and dash layouts
    ('Clinton: "I am ready to lead this country."', "Clinton", ":", "I am ready to lead this country.", "direct"),
    ('"He represents our greatest shame." ― Sonya Herridge', "Sonya Herridge", "―",
     "He represents our greatest shame.", "direct"),
    # thought, evidence, and acts whose content is their object
    ("Bernie Sanders believes the trade deal is a disaster.", "Bernie Sanders", "believes",
     "the trade deal is a disaster", "indirect"),
    ("A new poll shows Clinton leading by five points.", "A new poll", "shows", "Clinton leading by five points",
     "indirect"),
    ("Paul Ryan called for an end to the shutdown.", "Paul Ryan", "called for", "an end to the shutdown",
     "indirect"),
    # a participle continues the subject's statement
    ("Obama spoke in Ohio on Friday, saying that the economy had recovered.", "Barack Obama", "saying",
     "the economy had recovered", "indirect"),
])
def test_each_construction(text: str, holder: str, cue: str, content: str, kind: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found, quotes(text)
    record = found[0]
    assert str(holder).split()[-1] in str(record["holder"])
    assert (record["content"], record["kind"]) == (content, kind)


def test_a_pronoun_source_is_resolved_to_the_name() -> None:
    text = "Hillary Clinton spoke in Ohio on Monday. She said the economy needed new investment."
    (record,) = [r for r in quotes(text) if r["cue"] == "said"]
    assert (record["holder"], record["holder_text"]) == ("Hillary Clinton", "She")


def test_an_implicit_source_is_null() -> None:
    (record,) = quotes("It was reported that the minister would resign.")
    assert record["holder"] is None and record["holder_text"] is None and record["cue"] == "reported"


@pytest.mark.parametrize("text", [
    "The company said nothing.",  # no content
    "He walked to the station in the rain.",  # no cue
    'The so-called "experts" were wrong.',  # a scare quote
    "I want to tell you a story.",  # an infinitive, not a report
    'Tell them what you know, she told her son.',
])
def test_no_quote_where_nothing_is_attributed(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] in ("said", "tell", "experts", "walked")] == []


def test_a_verb_of_saying_inside_a_quotation_is_content_not_a_new_quote() -> None:
    text = '"They said the plan would never work, and they were wrong," Smith said.'
    records = quotes(text)
    assert [r["cue"] for r in records] == ["said"]
    assert records[0]["holder"] == "Smith" and records[0]["start"] == text.rindex("said")


def test_quotation_marks_pair_straight_and_curly() -> None:
    text = 'He said “we will win” and "never give up" but not “this.'
    assert [text[q.start : q.end] for q in quotations(text)] == ["we will win", "never give up"]


@pytest.mark.parametrize(("text", "rule"), [
    ("The minister said the tax would rise.", "quotes.reporting_verb"),
    ("According to the minister, the tax will rise.", "quotes.according_to"),
    ("The senator believes the bill will pass.", "quotes.thought"),
    ("A new poll shows voters are angry about taxes.", "quotes.evidence"),
])
def test_every_quote_names_the_rule_that_read_it(text: str, rule: str) -> None:
    assert [r["rule"] for r in quotes(text)] == [rule]
