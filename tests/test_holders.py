"""The shared holder resolver through the real pipeline: who `he`, `the admiral`, `his team` and `who` are.

Each rule has sentences it must resolve and a look-alike it must leave alone.
"""

from __future__ import annotations

import pytest

from extract_facts.extractors.entities.demonyms import country_of

from conftest import assert_grounded, run_text

# Sentences that fill four sentences of reach, so that a description comes long after the name.
_FILLER = ' "It is like joining a monastery. You cut off ties. It is a hard step. Everybody does it."'


def holder_of(text: str, written: str) -> str | None:
    """The holder of the first quote whose source is written `written`."""
    records = run_text("quotes", text)
    assert_grounded(records, text)
    found = [r["holder"] for r in records if r["holder_text"] == written]
    assert found, [(r["holder_text"], r["holder"]) for r in records]
    return found[0]  # type: ignore[return-value]


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a role given with a name stands for that name however far back it was given
    ("Former UN Ambassador John Bolton spoke on the radio on Monday. He said the rules were strict." + _FILLER
     + " The former ambassador also said that many conservatives would serve.", "The former ambassador",
     "John Bolton"),
    ("Former President Bill Clinton campaigned in Iowa on Wednesday. Mr. Clinton spoke for an hour. Voters "
     "listened. Some people yawned. Others checked their phones. After the event, several supporters said the "
     "former president had made a good case for his wife.", "the former president", "Bill Clinton"),
    # a title's head word is such a role too (`Admiral Harris` ... `the admiral`)
    ("Admiral Harry Harris spoke in Hawaii on Monday. The Chinese have attacked his background. The comments "
     "had two goals, the admiral said.", "the admiral", "Harry Harris"),
    # ... but a role no one was given brings in someone new
    ("Former UN Ambassador John Bolton spoke on the radio on Monday. He said the rules were strict." + _FILLER
     + " The former senator also said that many conservatives would serve.", "The former senator",
     "former senator"),
    ("Harry Harris spoke in Hawaii on Monday. The Chinese have attacked his background. The comments had two "
     "goals, the admiral said.", "the admiral", "admiral"),
    # ... and a word before a name that is no role (`Campaign manager`) gives none
    ("Campaign manager Corey Lewandowski spoke on Monday. Voters waited for hours. The campaign said the plan "
     "would work.", "The campaign", "campaign"),
])
def test_a_description_stands_for_the_person_given_its_role(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a surname the recogniser missed is the person named with it, and a later `she` can find her
    ('Rachel Maddow interviewed Hillary Clinton on Wednesday. The talk ended with Maddow asking Clinton whether '
     'she would pick a woman. "They would be on the list," Maddow said of a list that included Sen. Amy '
     'Klobuchar and Gov. Maggie Hassan. "But the wisdom says no." She then asked if it was out of the question.',
     "She", "Rachel Maddow"),
    # ... but a surname no one bears stays as written
    ('Rachel Maddow interviewed Hillary Clinton on Wednesday. "They would be on the list," Hayes said of a list '
     "that included Gov. Maggie Hassan.", "Hayes", "Hayes"),
])
def test_a_bare_surname_is_the_person_named_with_it(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a name in a clause with a subject of its own is no word of the pronoun's clause
    ("Former President Bill Clinton spoke in Iowa for his wife, Hillary Clinton. He has been mild in his "
     "critiques of Bernie Sanders. Allies say that he does not see any need to engage. And he wants to avoid "
     "giving grist to her opponents, recalling how the Obama campaign exploited Mr. Clinton's remark in 2008.",
     "he", "Bill Clinton"),
    # ... but a name in the pronoun's own clause is someone else
    ("Former President Bill Clinton spoke in Iowa. Bernie Sanders spoke in Ohio. He said he had always admired "
     "Bill Clinton's plan.", "He", "Bernie Sanders"),
])
def test_a_pronoun_and_the_names_of_its_own_clause(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a name as a subject before a quotation in its own sentence is the one a `he` tagging it stands for
    ("Smith's lawyer, Tom Cole, argued that his client was harmless. Judge Brown saw the words differently: "
     '"When he says he will fight, I take it seriously," he said.', "Brown"),
    # ... but a name inside the quotation is not, and the speaker quoted before still is
    ("Smith's lawyer, Tom Cole, argued that his client was harmless. \"When Judge Brown says he will rule, I take "
     'it seriously," he said.', "Tom Cole"),
])
def test_a_name_before_a_quotation_is_its_speaker(text: str, holder: str) -> None:
    assert holder_of(text, "he") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a person's people are not that person: the group, named with its owner
    ("Marco Rubio spoke in Iowa on Monday. His team said the race was close.", "His team", "Marco Rubio's team"),
    ("Donald Trump spoke in Iowa on Monday. The Trump campaign said the race was close.", "The Trump campaign",
     "Donald Trump's campaign"),
    ("Hillary Clinton spoke in Iowa on Monday. Her family said they were proud of her.", "Her family",
     "Hillary Clinton's family"),
    ("Donald Trump spoke in Iowa on Monday. Mr. Trump's supporters said the race was close.",
     "Mr. Trump's supporters", "Donald Trump's supporters"),
    # ... but an organisation's or a country's people speak for it, and what a person wrote speaks for its maker
    ("The WHO met in Geneva on Monday. Its director said the trials would go on.", "Its director", "WHO"),
    ("Japan hosted the talks on Monday. Its ministry said the deal was off.", "Its ministry", "Japan"),
    ("Donald Trump spoke in Iowa on Monday. His statement said the race was close.", "His statement",
     "Donald Trump"),
])
def test_an_owner_and_its_people(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a description the parser left unattached after a copula restates its subject
    ("Khizr Khan spoke on Monday. Khan and his wife are newcomers to the political wars, naturalized citizens "
     "who have voted for both Democrats and Republicans.", "Khizr Khan and Khizr Khan's wife"),
    # ... but a group met is not the subject
    ("Khizr Khan spoke on Monday. Khan and his wife met naturalized citizens who have voted for both Democrats "
     "and Republicans.", "naturalized citizens"),
])
def test_who_after_a_copula_stands_for_its_subject(text: str, holder: str) -> None:
    assert holder_of(text, "who") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # `who` stands for a person: not the thing the parser hung its clause on, but the actor after it
    ("The shooting has become a focal point for demonstrators here, who have marched and called for the video to "
     "be released.", "demonstrators"),
    # ... or the person whose phrase that thing is in
    ("Biden is the man with a famously complicated relationship with Clinton who declined to run in 2015.",
     "Biden"),
])
def test_who_is_the_person_beside_a_thing(text: str, holder: str) -> None:
    assert holder_of(text, "who") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a second relative clause joined to the first stands for the same noun, hung on the first clause ...
    ("The tour aims to win over rural voters, who will matter in the spring primaries - and who have backed "
     "Smith by wide margins in polls.", "rural voters"),
    # ... or on the sentence's verb
    ("He praised the nurses, who staffed the clinic, and who now oppose the closure.", "nurses"),
])
def test_a_joined_relative_clause_has_the_first_ones_noun(text: str, holder: str) -> None:
    records = [r for r in run_text("positions", text) if r["holder_text"] == "who"]
    assert [r["holder"] for r in records] == [holder]


def test_a_joined_relative_clause_skips_the_clause_inside_the_first() -> None:
    # `that killed` opens a clause inside the first; the joined `who` clause is the president's, not the raid's
    text = ("Voters may warm to a president who ordered the raid that killed the leader and who hoped to leave "
            "office in peace.")
    assert holder_of(text, "who") == "a president"


def test_a_questions_who_is_no_joined_relative_clause() -> None:
    text = "Clinton, who leads in the polls, said it is unclear who supports the plan and who opposes it."
    assert [r for r in run_text("positions", text) if r["cue"] == "opposes"] == []


def test_which_stands_for_no_person() -> None:
    text = ("Ann Ross, director of the group Voters First - which was founded by Tom Dale and which has endorsed "
            "Smith - said Smith has options.")
    holders = [r["holder"] for r in run_text("positions", text) if r["holder_text"] == "which"]
    assert holders and "Ann Ross" not in holders, holders


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a name the recogniser read as an organisation is the person named with it before, whom an epithet finds
    ('Now, he works for Donald Trump. On Thursday, Trump announced that Manafort would play a role in his '
     'campaign. In a statement, the business mogul announced that "he is consolidating the functions."',
     "the business mogul", "Donald Trump"),
    # ... but with no person named, the epithet stays as written
    ('The meeting ran late on Thursday. In a statement, the business mogul announced that "he is consolidating '
     'the functions."', "the business mogul", "business mogul"),
    # one member of a party, `the Florida Republican`, is the story's person, not the party
    ("Marco Rubio declined to assail Trump on Sunday. Asked about a more forceful approach, the Florida "
     "Republican would only say that the race was reset.", "the Florida Republican", "Marco Rubio"),
    ('Top Republican donor Sheldon Adelson said on Friday he met Donald Trump. "It was very nice," the gambling '
     "tycoon told Reuters.", "the gambling tycoon", "Sheldon Adelson"),
    # a person's campaign as the last subject: the epithet is its owner
    ("Voters in Ohio heard Hillary Clinton. It might just work against Donald Trump. At least that is what the "
     "Clinton campaign now hopes. The Democratic nominee attacked her opponent as a fraud.",
     "The Democratic nominee", "Hillary Clinton"),
    # ... but its members are the party's
    ("Marco Rubio spoke on Sunday. The Republicans said that the race was reset.", "The Republicans",
     "Republicans"),
    # ... and a people is not one member of it
    ("Emmanuel Macron spoke on Monday. The French said the deal was off.", "The French", "French"),
])
def test_an_epithet_is_the_storys_person(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # with no one of its gender in reach, a pronoun is the person of that gender last mentioned
    ('Hillary Clinton spoke in Iowa on Monday. Bernie Sanders answered at once. "I am not going to get beaten '
     'up," Sanders said. "I am not going to get lied about. We will fight back. We will win." Her campaign said '
     "the attacks were unfair.", "Her campaign", "Hillary Clinton's campaign"),
    ("Hillary Clinton spoke in Iowa on Monday. Chris Christie spoke in Ohio. Christie talked about taxes. He "
     "talked about jobs. He begged voters to back him. After he answered, she said he had her vote.", "she",
     "Hillary Clinton"),
    # ... but not where someone of that gender was just brought in without a name
    ("Hillary Clinton spoke in Iowa on Monday. Chris Christie spoke in Ohio. Christie talked about taxes. He "
     "talked about jobs. He begged a woman to vote for him. After he answered, she said he had her vote.", "she",
     "she"),
    # ... nor someone of no known gender (`a voter`, `a teacher`)
    ("Hillary Clinton spoke in Iowa on Monday. Chris Christie spoke in Ohio. Christie talked about taxes. He "
     "talked about jobs. He begged a voter to back him. After he answered, she said he had her vote.", "she",
     "she"),
])
def test_a_pronoun_with_no_one_of_its_gender_in_reach(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a name a quotation speaks of comes after the story's own actors, sentences back too
    ('"I think it is just something I would not do," Mark Tillman said. "I would like to study it. It is not a '
     'question really – maybe Chuck did not ask me like you are asking me." When asked whether the city should '
     'have a vote in the House, he said: "I think that would be okay."', "he", "Mark Tillman"),
    # ... but is in reach where no one else fits
    ('Sara Long spoke first. "Tom Baker lied to us all," she said. He said on Monday that he never lied.', "He",
     "Tom Baker"),
])
def test_a_name_inside_a_quotation_comes_after_the_storys_actors(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a full name the model marked nothing on, which the entities extractor found
    ("And oh yes, Carly Simmons: What are her qualifications? She had a great line when she said, “I have "
     "accomplished something.”", "she", "Carly Simmons"),
])
def test_a_person_only_the_entities_extractor_found_is_in_reach(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a quotation running over several sentences keeps its speaker for the `she` tagging the next one
    ("“We are waiting for justice,” said Jillian Soto, who lost her sister. “I believe Remington acted "
     "irresponsibly. I deserve for a jury to determine that.” “Remington designed an immoral campaign,” she "
     "added.", "Jillian Soto"),
])
def test_a_quotation_over_several_sentences_keeps_its_speaker(text: str, holder: str) -> None:
    assert holder_of(text, "she") == holder


def test_a_closing_mark_left_at_a_sentence_start_ends_the_quotation() -> None:
    # the paragraph's closing mark starts the next sentence: the next paragraph's own subject speaks next
    text = ('Josh Earnest spoke after the meeting. "It is good for the party. Sanders has had great success."\n\n'
            'Sanders, who has made the middle class his cry, went out of his way to praise Obama. "We have come '
            'far under President Obama," he said.')
    assert holder_of(text, "he") == "Sanders"


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a plural description is not the one person named with its role
    ("Chris Christie spoke on Monday. Christie, the New Jersey governor, lagged behind. The vote may knock one or "
     "more of the governors out. Even as they all vowed to carry on, the mood was grim.", "they", "governors"),
    # ... and a family named in the plural is no `he`
    ("Glenn Beck spoke on the radio on Monday. The Clintons never give up, he said. \"I respect their "
     'ruthlessness," he said.', "he", "Glenn Beck"),
])
def test_number(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "cue", "holder"), [
    # what the text has just called `it` is no `they`
    ("Fifty of America's top national security officers signed an open letter making it clear that they are not "
     "voting for Trump.", "voting for", "America's top national security officers"),
    # `the nation` is a country (or no one named), not the state last named; `the country` the one last named
    ("Gov. Scott Walker of Wisconsin spoke on Sunday. The president said the nation needed to come together "
     "to support the victims.", "support", "nation"),
    ("Germany's leaders met on Monday. The country pledged to support Ukraine.", "pledged", "Germany"),
])
def test_a_plural_or_a_nation_is_no_singular_or_state(text: str, cue: str, holder: str) -> None:
    assert [r["holder"] for r in run_text("positions", text) if r["cue"] == cue] == [holder]


@pytest.mark.parametrize(("text", "holder"), [
    # a newspaper is the one the article names (the issue's own example)
    ("The Washington Post published an editorial on Sunday. The newspaper said the plan was a fiction.",
     "Washington Post"),
    # ... and stays a newspaper where it names none
    ("John Smith spoke on Monday. The newspaper said the plan was a fiction.", "newspaper"),
])
def test_the_newspaper_is_the_one_named(text: str, holder: str) -> None:
    assert holder_of(text, "The newspaper") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # the one tagging a quotation is its sentence's speaker, whatever verbs of saying the quotation holds
    ("Tom Hale spoke on Monday. “I think you have no more trouble with what Smith said than when Lopez said that "
     "— when he was found saying, quote, ‘A wise judge would reach a better view,’” Hale said in a call. “I do "
     "not hear any criticism of that comment,” he said.", "Tom Hale"),
    # ... and without a tag, the subject of the first verb of saying still is
    ("Tom Hale spoke on Monday. Ron Lopez said that Smith was right. “We agree with him,” he said.", "Ron Lopez"),
])
def test_the_speaker_tagging_a_quotation_is_its_sentences(text: str, holder: str) -> None:
    assert holder_of(text, "he") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # an organisation's officer, however described, speaks for it
    ("General Motors reported losses on Monday. Its chief financial officer said the year had been hard.",
     "Its chief financial officer", "General Motors"),
    # ... a person's people, however described, are that person's
    ("Marco Rubio spoke in Iowa on Monday. His longtime campaign manager said the race was close.",
     "His longtime campaign manager", "Marco Rubio's longtime campaign manager"),
])
def test_a_described_owned_role(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a role is a name's own (its title, its apposition), not a word that happens to stand before it
    ("President Barack Obama spoke in Ohio on Monday. Critics of the president, like Tom Hale, were angry. The "
     "president said the plan would work.", "The president", "Barack Obama"),
    # ... and a person given no role is not found by it
    ("Barack Obama spoke in Ohio on Monday. Critics of the plan, like Tom Hale, were angry. The president said "
     "the plan would work.", "The president", "president"),
])
def test_a_role_is_a_names_own(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # two people side by side, parsed as a name and its apposition: the one next to the verb is its subject
    ('On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said it was "a great '
     'honor" to earn his praise.', "he", "Trump"),
    # ... but a person named alone as the subject stays the subject
    ('Vladimir Putin met Donald Trump in June. Mr. Putin was pressed on why he had said it was "a great honor" to '
     "meet him.", "he", "Vladimir Putin"),
    # in a sentence before the pronoun's, the person named first comes before one named later, where the parser
    # found no subject
    ('Kicking off the day at a town hall meeting in Salem, Trump accused Cruz, the senator from Texas, of being '
     '"politically correct" on the issue. Then he cut into Bush, calling him a "stiff."', "he", "Trump"),
    # ... but a subject still comes before a name written ahead of it
    ('At a rally with Trump in Salem, Cruz attacked Bush on the issue. Then he cut into Rubio, calling him a '
     '"stiff."', "he", "Cruz"),
])
def test_what_a_sentence_is_about_comes_first(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a dateline the recogniser ran into a person's name (`CLEVELAND - Donald Trump` as one organisation)
    ("CLEVELAND - Donald Trump painted a dire portrait of the nation on Thursday night. Declaring that he alone "
     "can fix it, the billionaire real estate mogul offered himself as a candidate.", "Donald Trump"),
    # ... but with no person named, the description stays as written
    ("CLEVELAND - The convention ended on Thursday night. Declaring that he alone can fix it, the billionaire real "
     "estate mogul offered himself as a candidate.", "billionaire real estate mogul"),
])
def test_a_dateline_is_no_part_of_a_name(text: str, holder: str) -> None:
    assert holder_of(text, "the billionaire real estate mogul") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a bare surname is the person the story is about, not a relative brought in with the same surname
    ('Donald Trump spoke in Ohio on Thursday. He was introduced by his daughter Ivanka Trump, who praised him. '
     '"We will win," Trump said.', "Donald Trump"),
    ('Jeb Bush spoke in Ohio on Thursday. His brother George W. Bush spoke after him. "We will win," Bush said.',
     "Jeb Bush"),
    # ... but of two bearers neither of them a relative, the one named last
    ('Jeb Bush spoke in Ohio on Thursday. Former president George W. Bush spoke after him. "We will win," Bush '
     "said.", "George W. Bush"),
])
def test_a_surname_is_not_a_relatives(text: str, holder: str) -> None:
    assert holder_of(text, "Bush" if "Bush said" in text else "Trump") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # `the administration` far beyond the reach of pronouns is the body last named with that noun
    ("The Obama administration has said it would make millions more workers eligible for overtime pay." + _FILLER
     + " The administration, for its part, expressed confidence in the rule.", "Obama administration"),
    # ... not a body named by an article alone
    ("An administration official said it would make millions more workers eligible for overtime pay." + _FILLER
     + " The administration, for its part, expressed confidence in the rule.", "administration"),
])
def test_a_body_is_the_one_last_named_with_its_noun(text: str, holder: str) -> None:
    assert holder_of(text, "The administration") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # `they` for people named in one list: all of them
    ("Hillary Clinton and Barack Obama and Leon Panetta all told me it was a video. They said they would call me.",
     "They", "Hillary Clinton, Barack Obama and Leon Panetta"),
    # ... and for a list of subjects, also those the recogniser read as no organisation
    ("The Teamsters, the Firefighters and the Steelworkers remain on the sidelines, though they may well endorse "
     "Clinton in coming weeks.", "they", "Teamsters and Steelworkers"),
    # ... but two people not listed together are no `they`
    ("John Smith met Mary Jones on Monday. They said the talks went well.", "They", "They"),
])
def test_they_stands_for_a_list(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # in the sentence before, the subject of its main verb comes before a subject inside a clause of it
    ('Ban Ki-moon spoke in New York on Monday. Asked whether he was concerned that Donald Trump, the presumptive '
     'Republican nominee, could be the next president, Ban demurred. "There is just one science," he said.',
     "Ban Ki-moon"),
    # ... but where the main verb's subject is the one inside, it stays first
    ('Ban Ki-moon spoke in New York on Monday. He said that Donald Trump, the presumptive Republican nominee, '
     'could win. Trump said that Ban was wrong. "There is just one science," he said.', "Donald Trump"),
])
def test_the_main_clause_subject_comes_first(text: str, holder: str) -> None:
    assert holder_of(text, "he") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # an epithet is not the person who is the subject of a clause above it: another person named before it
    ("Donald Trump spoke in Iowa on Saturday. Mr. Trump took on Hillary Clinton on Sunday after the Democratic "
     "front-runner had said that he was helping ISIS.", "the Democratic front-runner", "Hillary Clinton"),
    ("Bernie Sanders spoke in Iowa on Saturday. The Sanders campaign sent an email that included a picture of "
     "Clinton along with Donald Trump, with a note that the businessman had praised her.", "the businessman",
     "Donald Trump"),
    # ... or, with no one else in its sentence, the story's other person
    ("Hillary Clinton spoke in Iowa on Saturday. Mr. Trump left the stage on Sunday after the Democratic "
     "front-runner had said that he was helping ISIS.", "the Democratic front-runner", "Hillary Clinton"),
    # ... but an epithet that is a clause's own subject is still the story's person
    ("Donald Trump spoke in Iowa on Saturday. Mr. Trump met Hillary Clinton on Sunday. The Republican "
     "front-runner said that she was wrong.", "The Republican front-runner", "Donald Trump"),
])
def test_an_epithet_is_not_the_subject_above_it(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a possessor in a phrase before the pronoun's clause may be the pronoun
    ("Hillary Clinton spoke in Iowa. Carly Fiorina spoke in Ohio. Since Clinton's op-ed supporting biofuels in "
     "May, she has tacked to the left, criticizing the pipeline.", "Hillary Clinton"),
    # ... but not an object there
    ("Hillary Clinton spoke in Iowa. Carly Fiorina spoke in Ohio. Campaigning against Clinton in May, she tacked "
     "to the left, criticizing the pipeline.", "Carly Fiorina"),
])
def test_a_possessor_before_the_clause_may_be_its_pronoun(text: str, holder: str) -> None:
    assert holder_of(text, "she") == holder


def test_an_epithet_takes_the_first_named_subject_not_the_main_clauses() -> None:
    text = ('"I worry that because Donald Trump is so visceral they will stay home," said Chuck Rocha, president of '
            'a consulting firm. "Hate alone will not motivate anyone." The GOP nominee has staked his campaign on '
            "the issue, portraying immigrants as criminals.")
    assert holder_of(text, "The GOP nominee") == "Donald Trump"


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a relative pronoun no actor was found for is given as the noun its clause modifies, not as `that`
    ('Police led away a protester wearing a shirt that read "Stop the war now."', "that", "a shirt"),
    ("The council published a report last week that said the river was unsafe.", "that", "a report"),
    ("Voters met a nurse who said the clinic had closed.", "who", "a nurse"),
    # ... a named antecedent stays its name; a demonstrative `that` is no relative pronoun and stays as written
    ("Senator Jane Roe, who opposes the bill, said it was rushed.", "who", "Jane Roe"),
    ("The mayor cut the budget. That suggests the plan failed.", "That", "That"),
    # ... the actor before an aside set off by dashes, which the aside describes
    ("Sanders will ask the superdelegates - elected officials and party leaders - who have pledged to back "
     "Clinton to switch.", "who", "superdelegates"),
    ("Sanders will ask the superdelegates - long-time officials and party leaders - who have pledged to back "
     "Clinton to switch.", "who", "superdelegates"),
])
def test_a_relative_pronoun_is_its_antecedent(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


def position_holders(text: str) -> list[tuple[str, str]]:
    """Each position's holder and cue."""
    records = run_text("positions", text)
    assert_grounded(records, text)
    return [(r["holder"], r["text"]) for r in records]  # type: ignore[misc]


@pytest.mark.parametrize(("text", "found"), [
    # the parser joins two clauses (`demonized [Wall Street and Mr. Trump has disparaged ...]`): the object of the
    # first verb is not a holder of the second
    ("Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged immigrants.", [("Trump", "disparaged")]),
    # ... or joins the second subject to the first verb's object, and the second verb to the first
    ("Mrs. Hale has insulted Main Street and Mr. Cole has attacked the press.", [("Cole", "attacked")]),
    ("Mr. Ruiz has courted Silicon Valley and Ms. Park has opposed the merger.", [("Park", "opposed")]),
    # ... a second verb with no subject of its own is still the first subject's
    ("Ms. Park met the farmers and the miners and has opposed the merger.", [("Park", "opposed")]),
    # ... a verb of saying or thinking does take such a clause, whose subject is the whole list
    ("Ms. Lee said Mr. Jones and Mr. Brown have criticized the bank.",
     [("Jones", "criticized"), ("Brown", "criticized")]),
    ("The mayor thinks Mr. Jones and Mr. Brown have opposed the plan.", [("Jones", "opposed"), ("Brown", "opposed")]),
])
def test_an_object_before_a_second_clause_is_not_its_holder(text: str, found: list[tuple[str, str]]) -> None:
    assert position_holders(text) == found


def position_holder(text: str, cue: str) -> str:
    """The holder of the position whose cue is `cue`."""
    found = [holder for holder, written in position_holders(text) if written == cue]
    assert found, position_holders(text)
    return found[0]


@pytest.mark.parametrize(("text", "holder"), [
    # a kind of body stands for an organisation the text shows to be of that kind: by its name ...
    ("The Labour Party met in Leeds on Monday. The party opposes the new tax.", "Labour Party"),
    ("The Washington Post published an editorial on Sunday. The paper opposes the new tax.", "Washington Post"),
    # ... or by a word set beside it
    ("Boeing, the planemaker, reported a loss on Monday. The planemaker opposes the new tax.", "Boeing"),
    ("The Teamsters union met in Ohio on Monday. The union opposes the new tax.", "Teamsters union"),
    # ... never one the text did not (the example), which leaves the kind noun as written
    ("The Boeing 737 flew at 35,000 feet.\nThe party opposes the new tax.", "party"),
    ("Boeing reported a loss on Monday. The union opposes the new tax.", "union"),
    ("Acme Corp reported a loss on Monday. The newspaper opposes the new tax.", "newspaper"),
    # ... while a general kind fits any organisation
    ("Boeing reported a loss on Monday. The company opposes the new tax.", "Boeing"),
    # ... and a kind word before a common noun records nothing (`the bank executives` are no bank)
    ("Wells Fargo fired 5,300 workers. Then the bank executives met on Monday. The bank opposes the new tax.",
     "Wells Fargo"),
])
def test_a_kind_of_body_is_one_shown_to_be_of_that_kind(text: str, holder: str) -> None:
    assert position_holder(text, "opposes") == holder


@pytest.mark.parametrize(("text", "cue", "holder"), [
    # an epithet is not the person named later in its own clause, as a pronoun is not
    ("Donald Trump spoke in Ohio on Friday. Paul Manafort resigned on Friday. The Republican presidential nominee "
     "has not stepped forward publicly to defend Manafort.", "defend", "Donald Trump"),
    # ... a name outside its clause may still be it
    ("Paul Manafort spoke in Ohio on Friday. Donald Trump resigned on Friday. The Republican presidential nominee "
     "has stepped forward publicly to defend the plan.", "defend", "Donald Trump"),
])
def test_an_epithet_is_no_name_of_its_own_clause(text: str, cue: str, holder: str) -> None:
    assert position_holder(text, cue) == holder


@pytest.mark.parametrize(("text", "found"), [
    # a contracted `'s` before a participle with an object, or a phrasal stance's preposition, is `has`
    ("Sanders met Hillary Clinton, who's called for big tax hikes.", [("Hillary Clinton", "called for")]),
    ("Elizabeth Warren, who's endorsed Hillary Clinton, spoke on Monday.", [("Elizabeth Warren", "endorsed")]),
    # ... but a passive `is` stays one: its holder is the `by`-agent, or no one
    ("Smith, who's endorsed by the unions, spoke on Monday.", [("unions", "endorsed")]),
    ("Warren, who's been called on to back the plan, spoke.", []),
])
def test_a_contracted_has_is_no_passive(text: str, found: list[tuple[str, str]]) -> None:
    assert position_holders(text) == found


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a speaker is not the one spoken to, whom the recogniser may read as a place (`he told Hannity`)
    ('Sean Hannity interviewed Donald Trump on Monday. Hannity asked about the wall. "We will build it," he told '
     'Hannity.', "he", "Donald Trump"),
    # ... nor a name in what the verb after it reports (`X is Y, they say`)
    ("Chinese traders say they have yet to reap the rewards. Meanwhile, Russia is playing interference, they say, "
     "imposing new import rules.", "they", "Chinese traders"),
    ("Jon Tester spoke on Monday. Chuck Grassley could lose his seat, he said.", "he", "Jon Tester"),
    # ... while a name before the report is still the one who says it, also where the parser hung its clause of
    # saying inside the report
    ("Jon Tester spoke on Monday. Democratic Sen. Claire McCaskill scolded him: “The scientific community is "
     "against you,” she said.", "she", "Claire McCaskill"),
    ("Dr. Oz hosted the show. Democratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is "
     "almost monolithic against you in terms of the three products you called ‘miracles,’” she said.", "she",
     "Claire McCaskill"),
    ("Jon Tester spoke on Monday. Chuck Grassley spoke on Tuesday. He said the race was close.", "He",
     "Chuck Grassley"),
])
def test_a_speaker_is_not_whom_or_what_he_speaks_of(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # the subject of a relative clause is not the noun the clause tells of (its object)
    ("The unions met in Ohio on Monday. The mayor defended the company they oppose.", "unions"),
    # ... where the relative pronoun is the subject, it is that noun
    ("The unions met in Ohio on Monday. The mayor defended the company that opposes the plan.", "company"),
])
def test_a_relative_clauses_subject_is_not_its_noun(text: str, holder: str) -> None:
    assert position_holder(text, "oppose" if "they oppose" in text else "opposes") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a description naming a nationality or place is the person whose title named it, however far back
    ("Russian President Vladimir Putin met John Kerry on Monday. Kerry spoke for an hour. Aides waited outside. "
     "The Russian leader said the talks were useful.", "The Russian leader", "Vladimir Putin"),
    ("Former Texas Gov. Rick Perry met Ted Cruz on Monday. Cruz spoke for an hour. Aides waited outside. The "
     "Texas politician said the talks were useful.", "The Texas politician", "Rick Perry"),
    # ... not a person whose title named another, nor one named with no title
    ("Russian President Vladimir Putin met John Kerry on Monday. Kerry spoke for an hour. Aides waited outside. "
     "The American leader said the talks were useful.", "The American leader", "American leader"),
    ("Vladimir Putin met John Kerry on Monday. Kerry spoke for an hour. Aides waited outside. The Russian leader "
     "said the talks were useful.", "The Russian leader", "Russian leader"),
])
def test_a_description_of_origin_is_the_person_titled_so(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # `whose` people are those of the noun its relative clause tells of: a person's people, or the body itself
    ("Donald Trump spoke in Iowa. The ruling was a setback for Trump, whose attorneys argued that the documents "
     "were secret.", "whose attorneys", "Donald Trump's attorneys"),
    ("The ruling was a setback for the Sierra Club, whose lawyers argued that the documents were secret.",
     "whose lawyers", "Sierra Club"),
    # ... a possessive pronoun is still its own antecedent's
    ("Donald Trump spoke in Iowa. The ruling was a setback, and his attorneys argued that the documents were "
     "secret.", "his attorneys", "Donald Trump's attorneys"),
])
def test_whose_people_are_its_antecedents(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a description the parser hung on the name ending a fronted phrase is the subject of the verb after it, not
    # that name's role
    ("Hillary Clinton spoke in Iowa on Monday. In an interview with hosts Joe Scarborough and Mika Brzezinski, the "
     "Democratic presidential candidate stated that Trump was mean.", "the Democratic presidential candidate",
     "Hillary Clinton"),
    # ... a name in apposition to a role keeps it (`hosts Joe Scarborough and Mika Brzezinski`: the host)
    ("Hillary Clinton spoke in Iowa on Monday. In an interview with Morning Joe hosts Joe Scarborough and Mika "
     'Brzezinski, the Democratic presidential candidate stated that Trump was mean. "He is fun," the host said.',
     "the host", "Joe Scarborough"),
    # ... an apposition of a subject is still its role
    ("Hillary Clinton spoke in Iowa on Monday. Mika Brzezinski, the Democratic presidential candidate, stated that "
     "Trump was mean.", "Mika Brzezinski", "Mika Brzezinski"),
])
def test_a_subject_read_as_an_apposition_is_no_role(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # an office epithet is not the story's person when the text titled that person with another office
    ("Senator Ted Cruz spoke on Monday. The governor did not endorse the plan.", "governor"),
    ("Ohio Gov. John Kasich spoke on Monday. Sen. Ted Cruz spoke on Tuesday. The governor did not endorse the plan.",
     "John Kasich"),
    # ... nor the story's person given no office: only the text's own title names who holds an office
    ("John Kasich spoke on Monday. The governor did not endorse the plan.", "governor"),
])
def test_an_office_is_not_a_person_titled_with_another(text: str, holder: str) -> None:
    assert position_holder(text, "endorse") == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # `it` is neither any one member of a party (`a Democrat`) nor an object of a clause set before it
    ("Google met regulators on Monday. Even if a Democrat wins the White House, it assumes Republicans will keep the "
     "Senate.", "it", "Google"),
    # ... while that clause's own subject may be it
    ("Apple met regulators on Monday. Even if Google backs the plan, it will say the deal is fair.", "it", "Google"),
    # ... and its object where its subject is the writer, no rival
    ("Apple met regulators on Monday. When I met with Google, it said the deal was fair.", "it", "Google"),
    # `It` opening the sentence after one about a record goes on quoting the record, not a body it names
    ("The report from the House committee also gave details of data breaches at the agency. It said officials had "
     "concealed the breaches.", "It", "The report"),
    ("A new poll showed Clinton ahead in Ohio. It found that voters trusted her more.", "It", "A new poll"),
    # ... but an organisation that made a statement is still `It`
    ("The FDIC released a statement on Monday. It said the breaches were minor.", "It", "FDIC"),
])
def test_whom_it_stands_for(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "holder"), [
    # a capitalised office alone is the one the text gave it, not the person last named
    ("President Obama spoke on Monday. Governor Greg Abbott disagreed. The President has refused to back the plan.",
     "Obama"),
    # ... nor one the text gave another office
    ("Obama spoke on Monday. Governor Greg Abbott disagreed. The President has refused to back the plan.", "Obama"),
])
def test_an_office_alone_is_whom_the_text_gave_it(text: str, holder: str) -> None:
    assert position_holder(text, "refused to back") == holder


def test_a_one_word_name_a_description_is_made_of_stands_for_the_name_beside_it() -> None:
    text = ("Clinton's allies worry that the main super PAC supporting her, Priorities USA Action, will not match the "
            "fundraising of conservative groups.")
    assert position_holder(text, "supporting") == "Priorities USA Action"


@pytest.mark.parametrize(("text", "holder"), [
    # a governing body named with its leader is that body, with its state that state, not the state last named
    ("Saudi Arabia denied the claim. However, the Obama administration has promised a veto of the bill.",
     "Obama administration"),
    ("Saudi Arabia denied the claim. However, the U.S. administration has promised a veto of the bill.", "U.S."),
    # ... also when the recogniser reads the leader's name as an organisation or as no entity at all
    ("Officials in Florida denied it. The Scott administration has promised a veto of the bill.",
     "Scott administration"),
    ("Officials in Japan denied it. But the Abe government has promised a veto of the bill.", "Abe government"),
    # ... while a bare government is still the state last named; a bare administration is no foreign state's
    ("Saudi Arabia denied the claim. However, the government has promised a veto of the bill.", "Saudi Arabia"),
    ("Saudi Arabia denied the claim. However, the administration has promised a veto of the bill.",
     "administration"),
])
def test_a_governing_body_named_with_its_leader(text: str, holder: str) -> None:
    assert position_holder(text, "promised") == holder


@pytest.mark.parametrize(("text", "holder"), [
    # an office resolves to the one the text gave it, under any abbreviation
    ('Gov. Chris Christie spoke first.\n"We will fight this," the governor said.', "Chris Christie"),
    ('Sen. Ted Cruz spoke first.\n"We will fight this," the senator said.', "Ted Cruz"),
])
def test_an_office_resolves_to_the_person_the_text_gives_it(text: str, holder: str) -> None:
    (record,) = run_text("quotes", text)
    assert record["holder"] == holder


def test_an_office_nobody_holds_in_the_text_is_nobody_named() -> None:
    (record,) = run_text("quotes", 'Angela Merkel spoke first.\n"We will fight this," the governor said.')
    assert (record["holder"], record["holder_text"]) == ("governor", "the governor")


@pytest.mark.parametrize(("text", "holder"), [
    # a pair counted (`both`, `neither`) is the two the text has just named together
    ("Clinton and Sanders are locked in a tight race in Iowa. Both candidates would love to win the state.",
     "Clinton and Sanders"),
    ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky propose a new tax. Neither candidate invokes "
     "the name.", "Ted Cruz and Rand Paul"),
])
def test_a_pair_counted_is_the_two_just_named(text: str, holder: str) -> None:
    assert run_text("quotes", text)[-1]["holder"] == holder


def test_a_pair_counted_with_no_pair_named_stays_as_written() -> None:
    (record,) = run_text("quotes", "Both candidates said they would debate.")
    assert record["holder"] == "candidates"


_INTERVIEW = ("Q&A with Senator Jane Roe.\n\nSenator Jane Roe spoke with reporters on Thursday. Roe defended her "
              "record.\n\nQ: Do you back the bill?\n\nA: I support it, and I think it will pass.\n\n"
              "Q: And the governor?\n\nA: I said it before: “I will not back down,” and I meant it.\n")


def test_the_first_person_of_an_interviews_answers_is_the_one_interviewed() -> None:
    records = run_text("quotes", _INTERVIEW)
    answers = [r for r in records if r["holder_text"] == "I"]
    assert answers and {r["holder"] for r in answers} == {"Jane Roe"}


def test_a_first_person_with_no_interview_stays_as_written() -> None:
    (record,) = run_text("quotes", "Senator Jane Roe spoke on Thursday.\n\nI think the bill will pass.\n")
    assert (record["holder"], record["holder_text"]) == ("I", "I")


def test_an_adverb_opening_a_sentence_is_no_one_a_pronoun_stands_for() -> None:
    text = ("A variety of factors matter, said Mark Kantrowitz, a debt expert. The debt is affordable, he said.\n\n"
            "Nationally, about a quarter of students graduate with excessive debt. As a general rule, they should "
            "pay it back in 10 years, he said.")
    assert {r["holder"] for r in run_text("quotes", text)} == {"Mark Kantrowitz"}


def test_they_in_what_a_group_said_is_that_group() -> None:
    text = "Syracuse showed a warm welcome. Stacey Edwards and others said they could not support Clinton."
    (record,) = run_text("positions", text)
    assert (record["holder"], record["holder_text"], record["negated"]) == ("Stacey Edwards", "they", True)


def test_the_one_compared_against_is_not_whom_his_stands_for() -> None:
    text = ("Donald Trump has broken even more rules than Mr. Perot did, from his unlikely proposal to deport "
            "11 million illegal immigrants, to his lightning policy reversals.")
    assert [r["holder"] for r in run_text("positions", text)] == ["Donald Trump"]


@pytest.mark.parametrize(("text", "holder"), [
    # an office of a place names one person, as an epithet does: whom the text gave the office, else the story's
    # person
    ("Yet it was unclear whether Bernie Sanders was ready to follow that script. The Vermont senator emailed "
     "supporters saying: \u201cThe struggle continues.\u201d", "Bernie Sanders"),
    ("Gov. Greg Abbott spoke. Bernie Sanders said he was tired. The Texas governor said he would fight.",
     "Greg Abbott"),
])
def test_an_office_of_a_place_is_one_person(text: str, holder: str) -> None:
    assert run_text("quotes", text)[-1]["holder"] == holder


_OP_ED = ("Party unity is a two-way street.\n\nBernie is one of our party's most effective leaders, and I support "
          "him because I know he will do the right thing.\n\nRep. Raul Grijalva, D-Ariz., was an early backer of "
          "Bernie Sanders.\n")


def test_the_first_person_of_an_opinion_piece_is_the_writer_its_closing_line_names() -> None:
    first = [r for r in run_text("positions", _OP_ED) if r["holder_text"] == "I"]
    assert [(r["holder"], r["stance"]) for r in first] == [("Raul Grijalva", "support")]


def test_a_closing_line_of_news_names_no_writer() -> None:
    text = "Bernie is effective, and I support him.\n\nClinton is in Ohio on Monday.\n"
    assert [r for r in run_text("positions", text) if r["holder_text"] == "I"] == []


@pytest.mark.parametrize(("text", "written", "holder"), [
    # a plural name the recogniser missed is a people, never the `she` of a woman named after it
    ("Eric Pichardo is from Nicaragua, and said the Cuban-Americans ``need to follow the law.'' Diana Cardenas, 33, "
     "was born in Cuba. ``I think he deserves to be with his father,'' she said.", "she", "Diana Cardenas"),
    # a definite description set beside a name elsewhere is that name
    ("Elian's relatives met on Monday. The boy's father said he wants his son back. Castro announced that the "
     "boy's father, Juan Miguel Gonzalez, is ready to travel.", "The boy's father", "Juan Miguel Gonzalez"),
    # `they` after a family's members is those members, not the place last named
    ("The relatives treated the boy like a prop. Had the relatives allowed Elian to return to Cuba, they would have "
     "said so.", "they", "relatives"),
    # a relative known by whose relative she is: one person, of the noun's gender
    ("Elian Gonzalez met his grandmothers on Wednesday. Elian's mother criticized how the meeting was handled. She "
     "repeated charges that the relatives had offered money.", "She", "Elian Gonzalez's mother"),
    # an indefinite description is someone new, not the story's person, titles or not
    ("In Havana, Elian's father joined President Fidel Castro on Thursday. A Justice official, who requested "
     "anonymity, said the department has authority to act.", "A Justice official", "A Justice official"),
])
def test_a_people_is_no_person_and_a_description_is_its_name(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


def test_a_wire_quotation_s_split_opening_mark_keeps_the_speaker_before_it() -> None:
    """`` ` ` `` opening a wire's quotation, cut in two by the tokenizer, still opens it: the name before it stays
    a candidate for the `he` tagging it, and a `she` inside another quotation is no vote on a man's gender."""
    text = ("``Poland forever returns where she has always belonged,'' said Bronislaw Geremek, the foreign minister. "
            "Geremek said he had brought mementoes. In 1997, President Boris Yeltsin told President Clinton he could "
            "live with NATO expansion. NATO created a council. Poland has been sensitive to Russia, and Geremek has "
            "gone out of his way to reassure the Russians. ``We want our membership of NATO to serve as a `catalyst' "
            "for co-operation,'' he said last year.")
    records = [r for r in run_text("quotes", text) if r["content"].startswith("``We want")]
    assert [r["holder"] for r in records] == ["Bronislaw Geremek"]


@pytest.mark.parametrize(("text", "written", "holder"), [
    # the sources who said the sentence before are the `they` who go on saying
    ("The copper probably belongs to the state reserve, industry sources said on Friday. Some 40,000 tonnes have "
     "been moved to warehouses near Shanghai, they said.", "they", "industry sources"),
    # a role named with its holder's name right after it is that person, not the body the role serves
    ('"We do not support it," the Commission\'s chief spokesman Nikolaus van der Pas told a news briefing.',
     "the Commission's chief spokesman Nikolaus van der Pas", "Nikolaus van der Pas"),
    # a government named by its nationality is its country's, whatever nationality word came before
    ("Lauck was convicted under German law. The German government hailed the conviction as a major victory.",
     "The German government", "Germany"),
    # `the administration` is the one the text names, never the state last named
    ("The Obama administration opposed the bill. Cuba welcomed it. The administration insisted that the bill was "
     "wrong.", "The administration", "Obama administration"),
    ("Cuba also released Alan Gross, an American contractor, but the administration insisted that was not part of "
     "the deal.", "the administration", "administration"),
])
def test_sources_spokesmen_and_governments_by_nationality(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


def test_a_quotation_before_its_cue_ends_where_its_marks_close() -> None:
    records = run_text("quotes", "\"We will appeal,\" the union's spokesman, John Smith, said.")
    assert [(r["holder"], r["content"]) for r in records] == [("John Smith", "We will appeal")]


@pytest.mark.parametrize(("word", "country"), [
    ("German", "Germany"), ("Iraqi", "Iraq"), ("Chinese", "China"), ("Iranian", "Iran"),
    ("Dominican", "Dominican Republic"), ("French", None), ("Republican", None), ("Christian", None),
])
def test_the_country_a_nationality_word_names(word: str, country: str | None) -> None:
    assert country_of(word) == country


@pytest.mark.parametrize(("text", "written", "holder"), [
    # one of a nation, named by a noun of its own, is the story's person
    ('Stefan Edberg beat Richard Krajicek on Monday. "It is a win that I can be proud of," said the 30-year-old '
     'Swede.', "the 30-year-old Swede", "Stefan Edberg"),
    ('Jose Maria Olazabal has not played for a year. "I hope to be back soon," the Spaniard said.', "the Spaniard",
     "Jose Maria Olazabal"),
    # a paper named with its kind is `the daily` after it
    ("Police have arrested eight people, the official al-Akhbar newspaper said on Thursday. The daily said the men "
     "had wanted to sell the manuscript.", "The daily", "al-Akhbar"),
])
def test_a_national_and_a_daily_are_whom_the_story_named(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


@pytest.mark.parametrize(("text", "written", "holder"), [
    # the subject of a question put to someone is the one asked, not the one asking
    ("Dinesh D'Souza spoke on Sunday. After Glenn Beck asked the conservative who he thought would win, D'Souza "
     "answered that Clinton would.", "he", "conservative"),
])
def test_the_subject_of_a_question_put_is_the_one_asked(text: str, written: str, holder: str) -> None:
    assert holder_of(text, written) == holder


def test_a_speaker_reported_inside_a_quotation_does_not_take_it_over() -> None:
    text = ("Rep. Darrell Issa spoke on Sunday about the former secretary of state.\n\nIssa said, \u201cWell, this is "
            "where her judgment is in question. And she now says, \u2018oh, I want it all made public.\u2019 The "
            "fact is, I don\u2019t want it all made public. But I want to make sure it is kept secret.\u201d")
    records = [r for r in run_text("positions", text) if r["cue"] == "want" and "sure" in str(r["target"])]
    assert [r["holder"] for r in records] == ["Darrell Issa"], records
