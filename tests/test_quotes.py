"""The quotes extractor through the real pipeline: who said what, with the source resolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    # archive copy writing its marks as two apostrophes
    ("''The market will recover,'' the minister said.", "minister", "said", "The market will recover", "direct"),
    # thought and intention, whatever the lemmatizer makes of `hopes` (`hop`)
    ("Mr. Clarke hopes to offset the emissions from his coal mine.", "Clarke", "hopes",
     "to offset the emissions from his coal mine", "indirect"),
    ("The mayor hoped that the strike would end soon.", "mayor", "hoped", "that the strike would end soon", "indirect"),
    # asides: the cue set off inside what it reports
    ("As Smith noted, the plan failed in its first year.", "Smith", "noted", "the plan failed in its first year",
     "indirect"),
    ("As most analysts expect, the central bank will raise rates.", "most analysts", "expect",
     "the central bank will raise rates", "indirect"),
    # ... whom the source told is no content of the aside's own
    ("As Warren told the Boston Globe, the tax cut is paid for by borrowing.", "Warren", "told",
     "the tax cut is paid for by borrowing", "indirect"),
    # ... set off by dashes, or with the sentence's subject given to the aside's verb too
    ("State party spokesman Tom Reed -- as the mayor's campaign noted this week -- even promoted the rival on Twitter "
     "as the winner.", "mayor's campaign", "noted",
     "State party spokesman Tom Reed -- as the mayor's campaign noted this week -- even promoted the rival on Twitter "
     "as the winner", "indirect"),
    ("Sean Reed, as the mayor's office noted this week, even praised the rival plan.", "mayor's office", "noted",
     "Sean Reed, as the mayor's office noted this week, even praised the rival plan", "indirect"),
    ("These employees, Stumpf explained earlier in the hearing, were well paid.", "Stumpf", "explained",
     "were well paid", "indirect"),
    ("The economy, he believes, will recover by spring.", "he", "believes",
     "The economy, he believes, will recover by spring", "indirect"),
    # a `that` clause the parser hung on a noun after the cue
    ("In Honolulu last week, he told a meeting of Pacific Island leaders that few people understood the stakes.",
     "he", "told", "that few people understood the stakes", "indirect"),
    ("Trump tweeted in the early morning hours that Machado was disgusting.", "Trump", "tweeted",
     "that Machado was disgusting", "indirect"),
    # a sentence opening with its cue and speaker
    ('Critics disagree. Said Ellis: "I do not think she cares about tax reform at all."', "Ellis", "Said",
     "I do not think she cares about tax reform at all.", "direct"),
    # a dateline's place is not the speaker
    ("LONDON (Reuters) - Prime Minister Tony Blair said on Monday that he would not resign.", "Tony Blair", "said",
     "that he would not resign", "indirect"),
    # indirect speech, with the audience in the cue
    ("Angela Merkel told reporters that the talks would resume in May.", "Angela Merkel", "told reporters",
     "that the talks would resume in May", "indirect"),
    # mixed: a paraphrase that quotes a phrase
    ('Warren said the bill was "a gift to Wall Street banks".', "Warren", "said",
     'the bill was "a gift to Wall Street banks"', "mixed"),
    # according to, before and after
    ("According to the Washington Post, the deal collapsed last week.", "Washington Post", "According to",
     "the deal collapsed last week", "indirect"),
    ("The deal collapsed last week, according to Reuters.", "Reuters", "according to",
     "The deal collapsed last week", "indirect"),
    # colon and dash layouts
    ('Clinton: "I am ready to lead this country."', "Clinton", ":", "I am ready to lead this country.", "direct"),
    ('"He represents our greatest shame." ― Sonya Herridge', "Sonya Herridge", "―",
     "He represents our greatest shame.", "direct"),
    # a headline handing over to its source with a dash, a text introduced with `More from`, a transcript's
    # speaker in capitals whom the article names
    ("POLLS WERE NOT WRONG, JUST EARLY - Mark Blumenthal: “Although the polls failed to predict the winner, they "
     "were not wrong.”", "Mark Blumenthal", ":",
     "Although the polls failed to predict the winner, they were not wrong.", "direct"),
    ("The survey was published on Monday.\n\nMore from the report: “Samples with longer field periods produced more "
     "accurate results.”", "report", ":", "Samples with longer field periods produced more accurate results.",
     "direct"),
    ("Jake Tapper spoke with the mayor on Sunday.\n\nTAPPER: And obviously you support the plan, I think.", "TAPPER",
     ":", "And obviously you support the plan, I think", "indirect"),
    # ... or whose name labels two turns of the transcript, where the article names no one so
    ("JAKE TAPPER: The governor spoke on Friday about healing.\n\nTAPPER: And obviously you support the plan.",
     "TAPPER", ":", "The governor spoke on Friday about healing", "indirect"),
    # a document's first line as a headline: a group or a paper as the source, a name with whom or what it speaks
    # to, on or at, an abbreviation in capitals before the name
    ("Insiders: The senator will rebound in the next primary.\n\nThe race is close.", "Insiders", ":",
     "The senator will rebound in the next primary", "indirect"),
    ("Newspaper: Defense secretary used a personal account for work.\n\nThe report came out on Monday.",
     "Newspaper", ":", "Defense secretary used a personal account for work", "indirect"),
    ("Warren to Planned Parenthood: The Deal Will Cost Jobs.\n\nElizabeth Warren spoke to Planned Parenthood on "
     "Friday.", "Elizabeth Warren", ":", "The Deal Will Cost Jobs", "indirect"),
    ("Former AG Holder at DNC: The Email Case Disqualifies Her.\n\nEric Holder spoke in Ohio.",
     "Eric Holder", ":", "The Email Case Disqualifies Her", "indirect"),
    ("OK Gov Fallin: The Party Needs To Heal.\n\nGov. Mary Fallin spoke on Sunday.", "Mary Fallin", ":",
     "The Party Needs To Heal", "indirect"),
    # a speaker with a title before the name or party and state after it, the colon glued to the quotation
    ('Rep. Trey Gowdy (R-S.C.):"Who told you that figure?"', "Trey Gowdy", ":", "Who told you that figure?",
     "direct"),
    ('Former secretary of state Hillary Rodham Clinton:"We learned that from the department."',
     "Hillary Rodham Clinton", ":", "We learned that from the department.", "direct"),
    # thought, evidence, and acts whose content is their object
    ("Bernie Sanders believes the trade deal is a disaster.", "Bernie Sanders", "believes",
     "the trade deal is a disaster", "indirect"),
    ("Some party officials think the senator is at risk of losing her primary.", "officials", "think",
     "the senator is at risk of losing her primary", "indirect"),
    # assurances, reminders, lists and preferences
    ("The governor assured the crowd that the plant would stay open.", "governor", "assured",
     "that the plant would stay open", "indirect"),
    ("She reminded voters that the tax plan had failed.", "She", "reminded", "that the tax plan had failed",
     "indirect"),
    ("The memo lists three reasons for the delay.", "memo", "lists", "three reasons for the delay", "indirect"),
    ("Most Democratic voters prefer Sanders on trade.", "voters", "prefer", "Sanders on trade", "indirect"),
    # a poll opening the clause it reports
    ("In a CNN poll last month, 38 percent of voters said the governor should resign.", "a CNN poll", "In",
     "38 percent of voters said the governor should resign", "indirect"),
    # a statement made with `make`
    ("The governor made it clear that she would not sign the bill.", "governor", "made it clear",
     "that she would not sign the bill", "indirect"),
    ("Christie has been making the case that Rubio is not ready.", "Christie", "making the case",
     "that Rubio is not ready", "indirect"),
    ("Obama made the case for a higher minimum wage.", "Obama", "made the case", "a higher minimum wage",
     "indirect"),
    ("A new poll shows Clinton leading by five points.", "A new poll", "shows", "Clinton leading by five points",
     "indirect"),
    ("Paul Ryan called for an end to the shutdown.", "Paul Ryan", "called for", "an end to the shutdown",
     "indirect"),
    # a participle continues the subject's statement
    ("Obama spoke in Ohio on Friday, saying that the economy had recovered.", "Barack Obama", "saying",
     "that the economy had recovered", "indirect"),
    # a dash the tokenizer glued to the closing quotation mark
    ('“He is ignorant of our culture and lives.”― Pamela Padilla', "Pamela Padilla", "―",
     "He is ignorant of our culture and lives.", "direct"),
    # a cue and a colon, then the quotation or the paragraph that follows
    ('Limbaugh continued: "They are demanding this, and they are putting pressure on Lester."', "Limbaugh",
     "continued", "They are demanding this, and they are putting pressure on Lester", "direct"),
    ("Rush Limbaugh added:\n\nAnd from a supposed front-runner, this reeks of fear.\n\nThe debate is Monday.",
     "Rush Limbaugh", "added", "And from a supposed front-runner, this reeks of fear", "indirect"),
    # `according to` whatever the parser made of it
    ("According to conservative talk radio host Rush Limbaugh, the move reeks of fear.", "Rush Limbaugh",
     "According to", "the move reeks of fear", "indirect"),
    ("Trump demeaned women with sexist language, according to show insiders.", "insiders", "according to",
     "Trump demeaned women with sexist language", "indirect"),
    # speech acts with an object or a topic
    ("The Republican National Committee noted Bill Clinton's comments on its website.",
     "Republican National Committee", "noted", "Bill Clinton's comments on its website", "indirect"),
    ("At the dedication, Barack Obama spoke of the suffering of slaves.", "Barack Obama", "spoke of",
     "the suffering of slaves", "indirect"),
    ("Senator Rand Paul voted against the bill on Tuesday.", "Rand Paul", "voted against", "the bill",
     "indirect"),
    # a decision cast by vote
    ("The city council voted 7-2 on Monday to close the shelter.", "city council", "voted", "to close the shelter",
     "indirect"),
    ("The assembly's majority voted in favor of the budget.", "assembly's majority", "voted in favor of",
     "the budget", "indirect"),
    ("The senators voted in support of the resolution.", "senators", "voted in support of", "the resolution",
     "indirect"),
    ("Last week the state senate voted down a bill on school prayer.", "state senate", "voted down",
     "a bill on school prayer", "indirect"),
    # signatures after a no-break space, a name the tagger split from its surname, a phrase quoted inside
    ('“We need a leader who listens.”\u2015\u00a0Steve Quinlan.', "Steve Quinlan", "―",
     "We need a leader who listens.", "direct"),
    ('“He is ignorant of our culture.” \u2015\u00a0Christina Lastra.', "Christina Lastra", "―",
     "He is ignorant of our culture.", "direct"),
    ('“Greed is all he has, “the root of all evil’.” ― Carla Sanchez', "Carla Sanchez", "―",
     "Greed is all he has, “the root of all evil’.", "direct"),
    # a line signed by a name whose opening mark is of the wrong kind
    ('”Maybe we can build a wall around Donald Trump.” ― Steve Quinlan', "Steve Quinlan", "―",
     "Maybe we can build a wall around Donald Trump.", "direct"),
    # a headline led by a name the tagger took for a noun, which the article uses as a name
    ("Sanders: Clinton needs to get away from all of this personality stuff.\n\nBernie Sanders spoke on Friday.",
     "Bernie Sanders", ":", "Clinton needs to get away from all of this personality stuff", "indirect"),
    # the cue and its source closing the sentence
    ("Language unclear on whether single mothers are covered, experts say.", "experts", "say",
     "Language unclear on whether single mothers are covered", "indirect"),
    # a question by its topic, a view by what it sees something as, a judgement by its object
    ("He will struggle if Lester Holt asks him about his tax returns.", "Lester Holt", "asks him about",
     "his tax returns", "indirect"),
    ("Senator Joe Manchin views the deal as a betrayal of coal country.", "Joe Manchin", "views",
     "the deal as a betrayal of coal country", "indirect"),
    # a view held by anyone, named or not
    ("He sees the calendar ahead as increasingly favorable.", "He", "sees",
     "the calendar ahead as increasingly favorable", "indirect"),
    ("Republican voters see national security as their top concern.", "voters", "see",
     "national security as their top concern", "indirect"),
    ("Mitch McConnell derided the agreement on Tuesday.", "Mitch McConnell", "derided", "the agreement",
     "indirect"),
    # a finding is reported by whoever found it
    ("A federal judge found that the law was unconstitutional.", "judge", "found",
     "that the law was unconstitutional", "indirect"),
    # a subject the parser hung elsewhere: the nearest noun phrase before the cue
    ("Among likely GOP primary voters, about two-thirds, 67 percent, say they want a change.", "percent", "say",
     "they want a change", "indirect"),
    # an infinitive under a verb that only frames its subject's own act
    ("He went on to say Clinton's behavior is very different.", "He", "say", "Clinton's behavior is very different",
     "indirect"),
    ("In an interview, Trump continued to question Cruz's temperament.", "Trump", "question",
     "Cruz's temperament", "indirect"),
    # the message as the object, and what a thought is about
    ("She recalled her opposition to the war.", "She", "recalled", "her opposition to the war", "indirect"),
    ("Republicans agreed with the analysis.", "Republicans", "agreed with", "the analysis", "indirect"),
    ("The senator called for all candidates to lay out specifics.", "senator", "called for",
     "all candidates to lay out specifics", "indirect"),
    # a passive's agent is its source
    ("The measure was rejected by 59.6 percent of voters.", "voters", "rejected", "The measure", "indirect"),
    ("Unions fought a measure strongly opposed by teachers.", "teachers", "opposed", "a measure", "indirect"),
    ("He was told by aides that the plan had failed.", "aides", "told", "that the plan had failed", "indirect"),
    ("As reported by the Associated Press, the talks collapsed on Friday.", "Associated Press", "reported",
     "the talks collapsed on Friday", "indirect"),
    # what was said stands for something said before it
    ("In December, 55 percent of voters said so.", "voters", "said", "so", "indirect"),
    ("Last month, 26 percent of voters said the same.", "voters", "said", "the same", "indirect"),
    # a fraction of a group is that group speaking, however the parser hangs the fraction's words
    ("About two-thirds of Republican voters support a ban on imports.", "Republican voters", "support",
     "a ban on imports", "indirect"),
    # what a speech was about
    ("Sanders spoke on trade at the rally.", "Sanders", "spoke on", "trade", "indirect"),
    # a participle of hope, which the lemmatizer reads as `hop`
    ("Democrats hoping to retain the White House cheered the report.", "Democrats", "hoping",
     "to retain the White House", "indirect"),
    # a statement made, with what it was of or on
    ("Cruz made no mention of his rivals.", "Cruz", "made no mention", "his rivals", "indirect"),
    ("Trump has made several statements on the matter.", "Trump", "made several statements", "the matter",
     "indirect"),
    # a stance taken or declared, toward what its preposition carries
    ("Trump also took multiple swipes at his rival Jeb Bush.", "Trump", "took multiple swipes at",
     "his rival Jeb Bush", "indirect"),
    ("Some workers took issue with the prediction.", "workers", "took issue with", "the prediction", "indirect"),
    ("Hillary Clinton came out against the Cadillac tax in September.", "Hillary Clinton", "came out against",
     "the Cadillac tax", "indirect"),
    ("Sen. Graham has come out in support of Cruz.", "Graham", "come out in support of", "Cruz", "indirect"),
    # working out, noticing, implying, deploring, hinting and vetoing
    ("The Labor Department calculates that 4.2 million workers will become eligible for overtime.",
     "Labor Department", "calculates", "that 4.2 million workers will become eligible for overtime", "indirect"),
    ("Nate Cohn noticed this weekend that poor voters have been shifting toward Sanders.", "Nate Cohn", "noticed",
     "that poor voters have been shifting toward Sanders", "indirect"),
    ("Carson implied that he had applied to West Point.", "Carson", "implied", "that he had applied to West Point",
     "indirect"),
    ("Trump decried an increase in homicides in some cities.", "Trump", "decried",
     "an increase in homicides in some cities", "indirect"),
    ("The governor vetoed a bill on school bathrooms.", "governor", "vetoed", "a bill on school bathrooms",
     "indirect"),
    ("Voters admire his candor.", "Voters", "admire", "his candor", "indirect"),
    # `went on to`, whichever way the parser hangs the infinitive
    ("Prager goes on to list reasons why a victory would be preferable.", "Prager", "list",
     "reasons why a victory would be preferable", "indirect"),
    ("D'Souza went on to explain that the commitment is unrelenting.", "D'Souza", "explain",
     "that the commitment is unrelenting", "indirect"),
    # a desire whose object is what is wanted
    ("Corporate executives love the trade deal.", "executives", "love", "the trade deal", "indirect"),
    ("Rep. Murphy wants more funding for teacher pay.", "Murphy", "wants", "more funding for teacher pay",
     "indirect"),
    ("Mrs. Clinton seeks an additional trillion dollars in revenue.", "Clinton", "seeks",
     "an additional trillion dollars in revenue", "indirect"),
    # an adjective of belief, stance or will with what it is held toward
    ("Mr. Ackman is convinced that the company will recover.", "Ackman", "convinced",
     "that the company will recover", "indirect"),
    ("Cruz was also critical of the president's stance.", "Cruz", "critical of", "the president's stance",
     "indirect"),
    # ... also the participle of a feeling that the parser reads as a passive
    ("Protesters were frustrated that the police released only some of the footage.", "Protesters", "frustrated",
     "that the police released only some of the footage", "indirect"),
    ("Republicans were also incensed that the deals now cover five aides.", "Republicans", "incensed",
     "that the deals now cover five aides", "indirect"),
    ("But the unions remain hopeful that the vote will be delayed.", "unions", "hopeful",
     "that the vote will be delayed", "indirect"),
    # congratulating and rebutting: the object and what it is for is the content
    ("The governor congratulated her rival on a hard-fought win.", "governor", "congratulated",
     "her rival on a hard-fought win", "indirect"),
    ("The senator refuted the claim that the plant would close.", "senator", "refuted",
     "the claim that the plant would close", "indirect"),
    ("The mayor rebuked the council for the delay.", "mayor", "rebuked", "the council for the delay", "indirect"),
    # a share of those polled and what it would do: the answer it gave
    ("Thirty-seven percent would vote for the senator, while only four percent would vote for the mayor.",
     "Thirty-seven percent", "vote for", "the senator", "indirect"),
    # a cue framed by an adjective of its subject's own act: the subject of the adjective is the source
    ("Younger voters were more likely to say that the economy is the top issue.", "voters", "say",
     "that the economy is the top issue", "indirect"),
    ("The senator was quick to point out that the bill had failed twice.", "senator", "point",
     "that the bill had failed twice", "indirect"),
    # an act whose preposition comes after it, not the phrase fronted before it
    ("On CNN Tuesday, his wife, Jane, called for an open primary process.", "Jane", "called for",
     "an open primary process", "indirect"),
])
def test_each_construction(text: str, holder: str, cue: str, content: str, kind: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found, quotes(text)
    record = found[0]
    assert str(holder).split()[-1] in str(record["holder"])
    assert (record["content"], record["kind"]) == (content, kind)


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # a title-case headline: the tagger takes the verb for part of a name, the parser its object for one
    ("Carly Fiorina Endorses Ted Cruz: I Am Horrified By Donald Trump.\n\nCarly Fiorina backed Ted Cruz on "
     "Wednesday.", "Endorses", "Carly Fiorina", "Ted Cruz"),
    ("Ben Carson Slams Hillary And The Media In One Debate Answer.\n\nBen Carson spoke on Tuesday.", "Slams",
     "Ben Carson", "Hillary And The Media In One Debate Answer"),
    ("Obama Claims Hillary Most Qualified Presidential Candidate Ever.\n\nObama spoke on Tuesday.", "Claims",
     "Obama", "Hillary Most Qualified Presidential Candidate Ever"),
])
def test_a_headline_verb_after_a_name(text: str, cue: str, holder: str, content: str) -> None:
    assert [(r["holder"], r["content"]) for r in quotes(text) if r["cue"] == cue] == [(holder, content)]


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # evidence set off by commas after the clause it reports, or inside it; a clause joined after it is not its
    ("The mayor sold the building to a developer in 2010, county records show.", "show", "county records",
     "The mayor sold the building to a developer in 2010"),
    ("The campaign raised $40 million in March, new fundraising reports show, and aides expect more.", "show",
     "new fundraising reports", "The campaign raised $40 million in March"),
    ("During the same month, F.A.A. records show, the jet flew roughly 200 hours.", "show", "records",
     "During the same month, F.A.A. records show, the jet flew roughly 200 hours"),
])
def test_evidence_set_off_by_commas(text: str, cue: str, holder: str, content: str) -> None:
    assert [(r["holder"], r["content"]) for r in quotes(text) if r["cue"] == cue] == [(holder, content)]


def test_evidence_set_off_by_commas_keeps_what_its_clause_reports() -> None:
    found = {(r["cue"], r["holder"]) for r in quotes("The senator voted against the bill twice, public records show.")}
    assert found == {("voted against", "senator"), ("show", "public records")}


@pytest.mark.parametrize("text", [
    "They went to the fair, and the show ended late.",  # a show, not evidence
    "The vote was close, the records of the clerk show.",  # no evidence word right before the verb
    "Voters like him, which polls show.",  # a relative clause, not a source set off
])
def test_no_evidence_without_its_source_set_off(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] == "show"] == []


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # a clause whose colon opens a quotation: a retort, a cue verb whose object is whom it was said to, a message
    ("Brian Fallon backed his boss. Fallon fired back: \u201cWe know you are rooting for us.\u201d", "fired back:",
     "Brian Fallon", "We know you are rooting for us"),
    ("Sen. Claire McCaskill scolded him: \u201cThe scientists agree on this.\u201d", "scolded him:",
     "Claire McCaskill", "The scientists agree on this"),
    ('On July 6, Sanders made the following comment:  "For young people, it is hard."',
     "made the following comment:", "Sanders", "For young people, it is hard"),
])
def test_a_clause_whose_colon_opens_a_quotation(text: str, cue: str, holder: str, content: str) -> None:
    assert [(r["holder"], r["content"], r["kind"]) for r in quotes(text) if r["cue"] == cue] == [
        (holder, content, "direct")]


@pytest.mark.parametrize("text", [
    # a quotation shown, not said: no verb of words
    'She wore a shirt with a slogan: "Hillary for prison."',
    # no actor says it
    'The menu listed one dish: "chicken surprise."',
])
def test_a_colon_after_a_clause_of_no_words_is_no_quote(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"].endswith(":")] == []


@pytest.mark.parametrize("text", [
    # a company's act, not a statement
    "Apple Posts Record Profit As Phone Sales Soar.\n\nApple reported its results on Tuesday.",
    # no name before the verb
    "Storm Blasts Florida Coast As Residents Flee.\n\nThe storm hit Florida on Monday.",
    # a sentence, not a headline: the verb is read as a verb
    "Hillary Clinton Slams was the name of the band.",
])
def test_no_headline_quote_without_a_speaking_name(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] in ("Posts", "Blasts", "Slams")] == []


@pytest.mark.parametrize("text", [
    '"We must act now." ― Barack Obama\n\nSpeech at the rally drew crowds.',
    '"We must act now." ― Barack Obama\nSpeech at the rally drew crowds.',
])
def test_a_signature_ends_at_its_line(text: str) -> None:
    assert [(r["holder"], r["holder_text"]) for r in quotes(text) if r["cue"] == "―"] == [
        ("Barack Obama", "Barack Obama")]


def test_a_pronoun_source_is_resolved_to_the_name() -> None:
    text = "Hillary Clinton spoke in Ohio on Monday. She said the economy needed new investment."
    (record,) = [r for r in quotes(text) if r["cue"] == "said"]
    assert (record["holder"], record["holder_text"]) == ("Hillary Clinton", "She")


@pytest.mark.parametrize(("text", "cue_text", "holder"), [
    # a pronoun tagging a quotation is the speaker being quoted, not a name inside the quotation
    ("Trump campaign chairman Paul Manafort said the appeal would grow. "
     '"We think Donald Trump will do well with every group," he said.', "he", "Paul Manafort"),
    ("Britain's ambassador Peter Westmacott also said that the president was popular. "
     '"President Obama seems fond of the UK," he said.', "he", "Peter Westmacott"),
    # so is a description tagging it, and a person counted is the one named beside
    ("One of the authors of that report, Ari Fleischer, said the nomination would test it. "
     '"Certainly Donald Trump has gone the other way," said the former top aide.', "the former top aide",
     "Ari Fleischer"),
    # ... but not a role that brings in someone new
    ('Trump campaign chairman Paul Manafort said the appeal would grow. "The case is weak," said the judge.',
     "the judge", "judge"),
    # a paragraph's stray closing mark does not carry the last speaker over
    ('Lew said the agency was limited: "Only Congress can stop them.\n"\n\nEdward Kleinbard agreed that the '
     'agency has limited power.\n\n"Treasury is trying to hold back the tide," he said.', "he", "Edward Kleinbard"),
    # a new person between quotations is the one a later `he` tags
    ('Smith said the talks had failed. Jones, the mayor, disagreed on Monday. "We will try again," he said.',
     "he", "Jones"),
    # `who` stands for the person, not the place ending the phrase the parser hung it on
    ('"He is strong," said Jose Yepez, a city council member in Somerton, Ariz., who said he had never heard '
     "Perez speak.", "who", "Jose Yepez"),
    # a description stands for the body last named with its noun, or the person last named with its word
    ("China's foreign ministry weighed in on Friday. Japan's defence minister Gen Nakatani spoke as well. "
     '"Countries outside the region should keep their promises," the ministry said.', "the ministry",
     "China's foreign ministry"),
    ("Saudi Prince Alwaleed bin Talal mocked Donald Trump on Twitter on Thursday. In December, the prince called "
     "for Trump to drop out of the race.", "the prince", "Alwaleed bin Talal"),
    # a pronoun tagging a quotation with no speaker under way is no name inside it
    ("Bernie Sanders met donors on Monday. It is implied that he will not stand in Clinton's way. “Let me make "
     "it clear that Donald Trump is unfit to be president,” he asserted to reporters.", "he", "Bernie Sanders"),
    # an epithet of the story's person, with no one named by that word, is the last person named as a subject
    ("Donald Trump won the primary in Indiana on Tuesday. The GOP front-runner complained that the rules were "
     "rigged.", "The GOP front-runner", "Donald Trump"),
    # ... but a word that brings in someone new is not
    ("John Smith was sentenced on Monday. The judge said the crime was grave.", "The judge", "judge"),
    # a given name tells a gender the text has not shown yet
    ("Hillary Clinton met Bernie Sanders in Vermont. He said the meeting went well.", "He", "Bernie Sanders"),
    # a name the text calls `its` and never `he` or `she` is no person's, though the recogniser read one
    ("For years, Twitter has positioned itself as a global town square. Extremist groups like ISIS have used the "
     "service to spread their messages. In a blog post on Friday, Twitter said violent threats had long been against "
     "its terms of service. It added that it had suspended 125,000 accounts.", "It", "Twitter"),
    # `called her` shows nothing of the caller's gender, so a later `he` can be his
    ("Juanita Broaddrick spoke on the radio on Sunday. On Sunday, she disclosed that Bill Clinton called her "
     "again. Bill Clinton has denied it. Later he wrote that the claims were false.", "he", "Bill Clinton"),
])
def test_who_a_pronoun_or_description_stands_for(text: str, cue_text: str, holder: str) -> None:
    found = [r for r in quotes(text) if r["holder_text"] == cue_text]
    assert found, quotes(text)
    assert found[0]["holder"].replace("’", "'") == holder  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Prime Minister Tony Blair said on Monday that he would not resign.",
    "LONDON -- Prime Minister Tony Blair said on Monday that he would not resign.",
])
def test_a_dateline_is_not_part_of_the_source_as_written(text: str) -> None:
    (record,) = quotes(text)
    assert (record["holder"], record["holder_text"]) == ("Tony Blair", "Prime Minister Tony Blair")


def test_a_quotation_the_parser_joined_to_its_cue_keeps_the_name_before_the_cue() -> None:
    # the parser makes `said` a conjunct of the quoted verb and `Tulsa` a verb: the speaker is still the chief
    text = ("The state is investigating the shooting.\n“I will just make this promise to you: We will achieve "
            "justice in this case,” Tulsa police Chief Chuck Jordan said Monday.")
    (record,) = quotes(text)
    assert (record["cue"], record["holder"], record["kind"]) == ("said", "Chuck Jordan", "direct")
    assert record["content"].startswith("I will just make this promise")


def test_an_implicit_source_is_null() -> None:
    (record,) = quotes("It was reported that the minister would resign.")
    assert record["holder"] is None and record["holder_text"] is None and record["cue"] == "reported"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The three countries are expected to join the alliance in April.", "expected",
     "The three countries are expected to join the alliance in April"),
    ("The fugitive is believed to be hiding in Mexico.", "believed", "The fugitive is believed to be hiding in Mexico"),
])
def test_a_passive_report_of_someone_has_an_unnamed_source(text: str, cue: str, content: str) -> None:
    """The one believed or expected is what is reported, not who reports it."""
    (record,) = quotes(text)
    assert (record["holder"], record["cue"], record["content"]) == (None, cue, content)


@pytest.mark.parametrize(("text", "holder"), [
    ("The suspect will appear at midday, according to a statement today by U.S. Attorney Mary Jo White.",
     "Mary Jo White"),
    ("A 2014 study by the Brookings Institution found 31 cases of fraud.", "Brookings Institution"),
    ("According to a report by the end of the year, the talks failed.", "a report"),  # look-alike: a time
])
def test_the_author_of_a_message_named_with_by_is_the_source(text: str, holder: str) -> None:
    (record,) = quotes(text)
    assert record["holder"] == holder


@pytest.mark.parametrize(("text", "holder"), [
    ("Elian's relatives met on Monday. The boy's father said he wants his son back. Castro announced that the "
     "boy's father, Juan Miguel Gonzalez, is ready to travel.", "Juan Miguel Gonzalez"),
    # look-alike: `a Democratic strategist` may be someone new, not the strategist named before
    ("Federico Lopez, a Democratic strategist, backs the plan. The race is close, said a Democratic strategist "
     "who spoke on condition of anonymity.", "a Democratic strategist"),
])
def test_a_definite_description_set_beside_a_name_elsewhere_is_that_name(text: str, holder: str) -> None:
    records = [r for r in quotes(text) if r["cue"] == "said"]
    assert records[0]["holder"] == holder


@pytest.mark.parametrize(("text", "cue", "holder"), [
    # a role the text gave the person before, in an apposition
    ("Ann Selzer, a pollster in Iowa, said the race was close. The pollster said turnout would decide it.", "said",
     "Ann Selzer"),
    ("Rick Cole, a longtime GOP speechwriter, backs the ban. The GOP speechwriter said the deal-breaker was the tax.",
     "said", "Rick Cole"),
    # ... or in a title before the name, the body a word of the description the parser hung as a modifier
    ('Senate Minority Leader Mark Hale spoke. Later, the Senate Democratic leader said, "I never knew what would '
     'happen."', "said", "Mark Hale"),
    # a ranking within the nation describes the body named before, as `the group` would
    ('The Gun Owners Association says the plan is "ripe for abuse." The nation’s largest gun group is accusing the '
     "governor of exploiting the shooting.", "accusing", "Gun Owners Association"),
    # the topic an `as for` sets, not the last person named
    ("Mark Ward and John Cole spoke on Monday. John Cole spoke about the border. As for Ward, he said he is not "
     "worried about the polls.", "said", "Mark Ward"),
    # a named owner's body mentioned as an object, before `the campaign` takes it up (a campaign speaks for its
    # candidate)
    ("In an email thread with Vance’s campaign, the Ledger asked about the ad, but the campaign refused to answer "
     "the question.", "refused", "Vance"),
])
def test_a_description_stands_for_the_actor_named_before(text: str, cue: str, holder: str) -> None:
    records = [r for r in quotes(text) if r["cue"] == cue]
    assert records[-1]["holder"] == holder, records


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("On the plane, the ministers were asked whether they could foresee Russia as a member.", "asked",
     "whether they could foresee Russia as a member"),
    ("After a rally on Friday, Hillary Clinton was asked about speeches she made to bankers.", "asked about",
     "speeches she made to bankers"),
])
def test_the_one_a_question_is_put_to_is_not_its_source(text: str, cue: str, content: str) -> None:
    (record,) = quotes(text)
    assert (record["holder"], record["cue"], record["content"]) == (None, cue, content)


def test_a_name_the_parser_set_beside_a_place_is_the_description_s() -> None:
    text = ("The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said the bureau has questioned "
            "more than 100 people there.")
    (record,) = quotes(text)
    assert record["holder"] == "Kenneth Piernick"


def test_the_one_asked_to_act_is_no_report_of_them() -> None:
    """`was asked to` keeps the saying around it: `she` was asked, Lynch said so."""
    records = quotes("Loretta Lynch said she was asked to give a presentation to a client.")
    assert [(r["holder"], r["cue"]) for r in records][:1] == [("Loretta Lynch", "said")]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The governor's coalition seemed ready to come apart by the spring.", "seemed",
     "The governor's coalition seemed ready to come apart by the spring"),
    ("After the debate, the senator appeared to have gained some momentum.", "appeared",
     "the senator appeared to have gained some momentum"),
    # a view in the passive, held by no one named
    ("Rubio is widely seen as the strongest candidate in the field.", "seen",
     "Rubio is widely seen as the strongest candidate in the field"),
    ("She was known as the rainmaker.", "known", "She was known as the rainmaker"),
])
def test_how_something_seems_has_an_unnamed_observer(text: str, cue: str, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == cue]
    assert (record["holder"], record["content"]) == (None, content)


# a noun of a statement or a thought whose clause follows `be`: its owner (or maker) holds it, else no one named
@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    ("Her impression is that the governor lacks support in the north.", "impression is", "Her",
     "that the governor lacks support in the north"),
    ("The mayor's main concern was that the bridge would close before winter.", "concern was", "mayor",
     "that the bridge would close before winter"),
    ("The promise the senator made last spring is that taxes will not rise.", "promise", "senator",
     "that taxes will not rise"),
    ("The claim is that the count in two counties was wrong.", "claim is", None,
     "that the count in two counties was wrong"),
    ("The mayor's key question is whether voters will turn out in the rain.", "question is", "mayor",
     "whether voters will turn out in the rain"),
])
def test_a_noun_of_a_statement_before_be_holds_the_clause_after_it(
        text: str, cue: str, holder: str | None, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == cue]
    assert (record["content"], record["kind"]) == (content, "indirect")
    assert (record["holder_text"] is None) if holder is None else holder in str(record["holder_text"])


@pytest.mark.parametrize(("text", "found"), [
    # what one recognizes or realizes is a thing held true
    ("The mayor seemed to recognize the significance of the vote.",
     [("recognize", "mayor", "the significance of the vote")]),
    ("Each governor realized the danger of a long race.", [("realized", "Each governor", "the danger of a long race")]),
    # ... not a person or a state recognized
    ("She recognized him at once.", []),
    ("China recognized Taiwan in 1950.", []),
    # a stance idiom `positions` reads is an attribution of what its preposition governs
    ("The senator threw her support behind the governor.", [("threw her support behind", "senator", "the governor")]),
    ("The board gave the green light to the merger.", [("gave the green light to", "board", "the merger")]),
    # ... not the same words in their plain sense, nor a preposition before the verb
    ("He threw the ball behind the fence.", []),
    ("We knew the men at whom he was taking aim.", []),
])
def test_a_thing_recognized_or_a_stance_idiom(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["holder"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a fronted phrase naming whose view or word the clause is
    ("In the mayor's view, the plan will fail.", [("In the mayor's view", "mayor", "the plan will fail")]),
    ("By the senator's own admission, his tax returns are thick.",
     [("By the senator's own admission", "senator", "his tax returns are thick")]),
    # ... not a view no one owns, nor one closing the sentence
    ("In the long view, the plan will fail.", []),
    ("The plan failed, in the mayor's view.", []),
    # an owner's statement with what it was about
    ("The mayor angered the union with her comments on pensions.", [("comments on", "mayor", "pensions")]),
    ("Critics doubted the governor's claim about the budget.", [("claim about", "governor", "the budget")]),
    ("The senator's remarks Tuesday on the shooting came as facts emerged.",
     [("remarks Tuesday on", "senator", "the shooting")]),
    # ... not when or where it was made, nor a statement no one owns
    ("His remarks on Friday angered many.", []),
    ("Her comments on CNN were brief.", []),
    ("A comment on the bill was posted.", []),
])
def test_a_noun_cue_owned_by_its_source(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["holder"], r["content"]) for r in quotes(text) if r["rule"] == "quotes.noun_cue"] == found


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # a noun of a statement or a thought holds the `that` clause after it, whatever the parser calls that clause
    ("The judge's conclusion that courts should not weigh the files is not widely shared.", "conclusion", "The judge",
     "that courts should not weigh the files"),
    ("The speech drew anger, particularly his warning that the country would have to wait its turn.", "warning",
     "his", "that the country would have to wait its turn"),
    ("The tax is unpopular because of fears that firms will cut benefits.", "fears", None,
     "that firms will cut benefits"),
])
def test_a_noun_of_a_statement_or_a_thought_holds_its_that_clause(
        text: str, cue: str, holder: str | None, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == cue]
    assert (record["content"], record["holder_text"]) == (content, holder)


@pytest.mark.parametrize("text", [
    "The answer is that the bridge was closed for repairs.",  # an answer is no held view here
    "Her concern is the bridge.",  # no clause: what she is concerned with, nothing stated
    "The question of funding is on the agenda.",  # `is` with a place, not a clause
    "The question is, why did the council wait so long?",  # the writer's own question
    # with no one named, a question, point or hope is the writer's own; only a claim or a charge is someone's
    "The key question is whether voters will turn out in the rain.",
    "The point is that the bridge was closed for repairs.",
    "The hope is that rain will come before the harvest.",
])
def test_a_noun_before_be_without_a_stated_clause_is_no_quote(text: str) -> None:
    assert [r for r in quotes(text) if r["rule"] == "quotes.noun_cue"] == []


# an agentless passive of judging or charging: a view or a charge held by no one named
@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The former guard is accused of stealing two paintings from the museum.", "accused",
     "The former guard is accused of stealing two paintings from the museum"),
    ("No documents were deemed relevant to the inquiry.", "deemed", "No documents were deemed relevant to the inquiry"),
    ("The guard, who is accused of stealing two paintings, was arrested.", "accused",
     "who is accused of stealing two paintings"),
    # a name held in memory as something, or for something
    ("If Baker is remembered as a consummate progressive, it will be because of the bill.", "remembered",
     "Baker is remembered as a consummate progressive"),
    ("Judge Hale is known for speaking her mind.", "known", "Judge Hale is known for speaking her mind"),
])
def test_an_agentless_passive_of_judging_has_an_unnamed_source(text: str, cue: str, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == cue]
    assert (record["holder"], record["content"]) == (None, content)


def test_a_passive_charge_with_an_agent_is_the_agents() -> None:
    records = [r for r in quotes("The former guard was accused by the curator of stealing paintings.")
               if r["cue"] == "accused"]
    assert records and all(r["holder_text"] == "curator" or "curator" in str(r["holder"]) for r in records)


# what closes a sentence after a comma: its cue, its source, and only the audience, time or channel (the
# parser joins such a cue to the clause before it as a conjunct)
@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor is staying in the race through the spring, her press secretary, Ann Lee, told reporters.", "told",
     "The mayor is staying in the race through the spring"),
    ("Voters should look at the record and not wave around vague words like “maybe” and “perhaps”, she told "
     "reporters.", "told", "Voters should look at the record and not wave around vague words like “maybe” and "
     "“perhaps”"),
    ("The governor plans to sign the bill next week, an aide, John Hale, told reporters on Monday.", "told",
     "The governor plans to sign the bill next week"),
    ("Prices will rise next year, it was reported.", "reported", "Prices will rise next year"),  # no one named
    # a passive view inside the clause does not take it from the cue outside
    ("Victims would be considered a distinct group, the senator said.", "said",
     "Victims would be considered a distinct group"),
    ("The plan was seen as a failure, Sanders said.", "said", "The plan was seen as a failure"),
])
def test_a_cue_closing_the_sentence_reports_what_comes_before_it(text: str, cue: str, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == cue]
    assert record["content"] == content


def test_what_was_decided_holds_no_view_and_frames_no_quotation() -> None:
    text = ('"To see this is stunning," since so many cases were decided by 5-to-4 votes, said Lee Epstein, who '
            "teaches law.")
    assert [(r["cue"], r["holder"], r["content"]) for r in quotes(text)] == [
        ("said", "Lee Epstein", "To see this is stunning")]


@pytest.mark.parametrize("text", [
    "On Monday, the mayor told reporters.",  # a time before the comma: nothing told
    "In the morning, she told her son a story about the war.",  # what was told follows the cue
    "Her push is to teach the past, so the mistakes of the town are never repeated.",  # a passive
])
def test_a_cue_closing_the_sentence_after_no_clause_reports_nothing_before_it(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] in ("told", "repeated") and r["content_end"] <= r["start"]] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The senator appeared on Fox News on Sunday.", "appeared"),  # a showing, not a look
    ("Trump seemed to suggest that the vote was rigged.", "seemed"),  # the cue is what he suggested
    ("The senator was seen at the rally on Friday.", "seen"),  # seen there, not seen as anything
    ("The suspect was accused yesterday.", "accused"),  # no charge stated
    ("The old bridge was considered in the first report.", "considered"),  # looked at, not judged as anything
    ("He was considered for the job.", "considered"),  # a candidacy, no view
    ("Baker was remembered at a service on Sunday.", "remembered"),  # mourned, not held as anything
])
def test_a_seeming_without_a_look_or_with_a_cue_after_it_is_not_one(text: str, cue: str) -> None:
    assert [r for r in quotes(text) if r["cue"] == cue] == []


def test_the_one_asked_is_not_the_source_of_the_question() -> None:
    text = "Asked in Iowa recently whether he would support Donald Trump, Rubio gave a long answer."
    (record,) = [r for r in quotes(text) if r["cue"] == "Asked"]
    assert record["holder"] is None and record["content"] == "whether he would support Donald Trump"


@pytest.mark.parametrize("text", [
    "The company said nothing.",  # no content
    "He walked to the station in the rain.",  # no cue
    'The so-called "experts" were wrong.',  # a scare quote
    "I want to tell you a story.",  # an infinitive, not a report
    'Tell them what you know, she told her son.',
    "They hopped on a plane to Paris after the match.",  # `hop`, not `hope`
    "They were hopping on a plane to Paris.",
    "I remember the day well.",  # a memory of a thing, no content
    "As instructed by his lawyer, he stayed silent.",  # an order obeyed, nothing reported
    "Someone as wealthy as Mr. Trump claims to be pays little tax.",  # a comparison, not an aside
    "Said differently, the plan fails.",  # no speaker, no quotation
    "The plan, you know, was never going to work.",  # a filler
    "The reform would add so many layers that it would be a boon for lawyers.",  # a result clause
    "He reminded me of my father.",  # a likeness, nothing said
    "She made a decision to run for the Senate.",  # a decision made, nothing stated
    "Trump made the pledge at a veterans conference on Monday.",  # where and when, not what
    "In a letter to the board, the mayor resigned.",  # where it was done, no evidence
    "He saw the calendar on the wall.",  # seen, not seen as anything
    "WARNING: Roads are closed across the county tonight.",  # a label in capitals that names no one
    # ... even where it labels two paragraphs
    "UPDATE: Roads are closed across the county tonight.\n\nUPDATE: The roads have reopened this morning.",
    "But beware, Republicans: the vote will be close.",  # words before the name on its line
    "The vote - and what it means: a guide for readers in the state.",  # no name before the colon
    # a headline's label that names no source, however capitalised, even with `to` or `on` in it
    "The Latest: Cruz to give away an engraved shotgun.\n\nThe senator was in Iowa.",
    "Big Win For Sanders: Union Holds Off On Endorsement.\n\nThe union met on Monday.",
    "Road to the White House: What Happens Next.\n\nThe race goes on.",
    # ... nor a name with a plan, an age, an idiom or a topic before its colon
    "Clinton to Announce Running Mate: Kaine Is The Favorite.\n\nHillary Clinton was in Ohio.",
    "Obama at 55: A President Looks Back.\n\nBarack Obama was in Hawaii.",
    "Clinton on Defense: Email Questions Dog Her Campaign.\n\nHillary Clinton was in Iowa.",
    "Senate Vote on Iran Deal: Democrats Block The Resolution.\n\nThe vote was on Monday.",
    "The new rule is hard to explain to the voters.",  # `hard` frames no act of its subject
    "These delegates must vote for the candidate who won them.",  # an obligation, not an answer given
    "The coach was congratulated after the game.",  # congratulated by no one named, for nothing said
    "She was encouraged to run by her friends.",  # what others moved her to do, no feeling of hers
    "As he told the story, the crowd laughed.",  # a time: a story told, no one told of the clause
])
def test_no_quote_where_nothing_is_attributed(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] in (
        "said", "tell", "told", "experts", "walked", "reminded", "made a decision", "made the pledge", "In", "saw",
        "hopping", "made light", "remember", "instructed", ":", "explain", "vote for", "congratulated",
        "encouraged")] == []


@pytest.mark.parametrize(("text", "cue"), [
    # a speaker's own plan or stance inside what the speaker said is what was said, not a second quote
    ("Jill Stein said she plans to join her supporters at the protest.", "plans"),
    ("Clinton now says she opposes the trade deal.", "opposes"),
    # a want or an act of someone else inside what a speaker said is the speaker's claim
    ("Clinton said Trump wants to ban Muslims from entering the country.", "wants"),
    ("Aides said the governor criticized the plan in private.", "criticized"),
    # naming a thing in someone's words reports no claim
    ("Trump urged Americans to check out what he called her sex tape.", "called"),
    # a vote or a speech not made
    ("Cruz said he would never vote for Clinton.", "vote for"),
    ("It goes without saying that the plan is expensive.", "saying"),
    # a hedge inside a quotation is part of what was said
    ('"I think we will carry the state," she said.', "think"),
    # a passive's agent that did something rather than said it; a speech to come; a time, not a content
    ("The body was found by hikers near the river.", "found"),
    ("He is going to say that the plan failed.", "say"),
    ("Investors worried as oil prices rose.", "worried"),
    # a feeling alone, a likelihood, a requirement: nothing held toward a content (a readiness is held: PolNeAR marks
    # `was ready to`)
    ("Lowell was happy after the match.", "happy"),
    # who someone is, not a wish reported
    ("Seven candidates seeking the nomination met in Miami.", "seeking"),
    ("The figure is sure to increase next year.", "sure"),
    ("He will need their support in the fall.", "need"),
    # a speech's length, channel or terms are not what it was about
    ("Trump spoke for 77 minutes, and supporters started to flag.", "spoke for"),
    ("Speaking on CNN on Sunday, the senator was calm.", "Speaking on"),
    ("The senators voted on Tuesday and went home.", "voted"),
    ("A Republican who spoke on the condition of anonymity said she was dismayed.", "spoke on"),
    # an interview transcript's turn label is no named source
    ("The interview follows.\n\nQ: Have you talked to the leader about the court?\n\nA: Not yet.", ":"),
])
def test_what_is_not_a_second_attribution(text: str, cue: str) -> None:
    assert [r for r in quotes(text) if r["cue"] == cue] == []


@pytest.mark.parametrize("text", [
    "She took a shot of whiskey at the bar.",
    "He took the position of treasurer in 2010.",
    "If Sanders comes out on top in Iowa, he becomes viable.",
])
def test_a_shot_a_post_or_a_place_taken_is_no_stance(text: str) -> None:
    assert [r for r in quotes(text) if str(r["cue"]).startswith(("took", "comes"))] == []


@pytest.mark.parametrize(("text", "holder", "content"), [
    # a view given voice: its object is what was said
    ("Ryan voiced displeasure with some of the proposals on immigration.", "Ryan",
     "displeasure with some of the proposals on immigration"),
    ("House members voiced concerns about what the emails might reveal.", "House members",
     "concerns about what the emails might reveal"),
])
def test_a_view_given_voice(text: str, holder: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == "voiced"]
    assert [(r["holder"], r["content"]) for r in found] == [(holder, content)]


@pytest.mark.parametrize("text", [
    "The villain was voiced by a famous actor from London.",  # a part given a voice, not a view
    "A hoarse-voiced Sanders got in numerous digs at the debate.",
])
def test_a_voice_that_voices_no_view(text: str) -> None:
    assert [r for r in quotes(text) if "voiced" in str(r["cue"])] == []


@pytest.mark.parametrize(("text", "holder", "content", "kind"), [
    # a dateline the parser hangs on the story's first clause is neither what was said nor who said it
    ('WASHINGTON -- "We will fight this ruling," the governor said.', "the governor", "We will fight this ruling",
     "direct"),
    ('WASHINGTON (Reuters) - "We will fight this ruling," the governor said.', "the governor",
     "We will fight this ruling", "direct"),
    ('NEW YORK, June 5, 2024 -- "The deal is dead," Smith told reporters.', "Smith", "The deal is dead", "direct"),
    # a wire dateline dated in figures, its line ending before the story (its date's hyphens hand over nothing)
    ("LAGOS 1996-08-29\nNigeria would not object to the visit, the minister said on Thursday.", "the minister",
     "Nigeria would not object to the visit", "indirect"),
    # ... while a place that is no dateline may say something, and a headline's dash hands over to no story
    ("Washington said on Monday that the talks would resume.", "Washington", "that the talks would resume",
     "indirect"),
    ("WASHINGTON -- The city council said on Monday that it would appeal.", "The city council",
     "that it would appeal", "indirect"),
])
def test_a_dateline_is_no_part_of_a_quote(text: str, holder: str, content: str, kind: str) -> None:
    (record,) = quotes(text)
    assert (record["holder_text"], record["content"], record["kind"]) == (holder, content, kind)


@pytest.mark.parametrize(("text", "content"), [
    # hearsay with no source named: an implicit source, the clause the content
    ("The FBI is reportedly making arrangements to interview the candidate.",
     "The FBI is reportedly making arrangements to interview the candidate"),
    ("In total, the hackers have reportedly infiltrated more than 100 party offices.",
     "the hackers have reportedly infiltrated more than 100 party offices"),
])
def test_hearsay_with_no_source_named(text: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == "reportedly"]
    assert [(r["holder"], r["content"], r["rule"]) for r in found] == [(None, content, "quotes.hearsay")]


@pytest.mark.parametrize("text", [
    # on a cue of its own, the cue's record reports it: one record, not two
    "Trump reportedly said the wall would be paid for by Mexico.",
    # other adverbs of doubt report no hearsay
    "The senator apparently left the meeting early.",
])
def test_hearsay_on_a_cue_or_a_mere_doubt_is_no_record_of_its_own(text: str) -> None:
    assert [r for r in quotes(text) if r["rule"] == "quotes.hearsay"] == []


@pytest.mark.parametrize(("text", "outer"), [
    # PolNeAR's "no nested attributions": a speech told in the clause of another source's paraphrase is part of
    # what that source says
    ("Officials said Smith told them that the deal was dead.", "said"),
    ("The senator believes the governor said the budget would balance.", "believes"),
    ("A new poll shows most voters say the economy is their top concern.", "shows"),
    ("According to the newspaper, the mayor announced that the plant would close.", "According to"),
])
def test_a_speech_told_inside_a_paraphrase_is_the_outer_sources(text: str, outer: str) -> None:
    assert [r["cue"] for r in quotes(text)] == [outer]


@pytest.mark.parametrize(("text", "holder", "content"), [
    # a poll's count with no group named, which the parser hangs on the verb as a number or a measure
    ("About 4 in 10 say they want the next president to be more liberal.", "About 4 in 10",
     "they want the next president to be more liberal"),
    ("Less than a third agreed with the premier that the country would have to wait.", "Less than a third",
     "that the country would have to wait"),
])
def test_a_count_before_the_cue_is_its_source(text: str, holder: str, content: str) -> None:
    assert [(r["holder"], r["content"]) for r in quotes(text)] == [(holder, content)]


@pytest.mark.parametrize(("text", "holder"), [
    # a time after the cue is when it was said; who said it comes after the time
    ("“We will not back down,” said this week the mayor of Chicago, Rahm Emanuel.", "Rahm Emanuel"),
    ("The deal is dead, said Tuesday a spokesman for the company.", "a spokesman"),
])
def test_a_time_after_the_cue_is_not_its_source(text: str, holder: str) -> None:
    [record] = quotes(text)
    assert holder in str(record["holder"]) and record["holder_text"] not in ("this week", "Tuesday")


@pytest.mark.parametrize(("text", "found"), [
    # a finite cue joined to a reported clause whose verb has an auxiliary it lacks is the sayer's own second act
    ("The mayor said she would order a review of the budget and warned against new taxes.",
     [("said", "mayor", "she would order a review of the budget"), ("warned against", "mayor", "new taxes")]),
    ("The coach complained the referee had ignored the fouls and questioned why the match went on.",
     [("complained", "coach", "the referee had ignored the fouls"),
      ("questioned", "coach", "why the match went on")]),
    # ... and so is one in the cue's own tense, not the clause's
    ("The senator says the obvious answer was to break up the banks and says she wrote a bill to do it.",
     [("says", "senator", "the obvious answer was to break up the banks"),
      ("says", "senator", "she wrote a bill to do it")]),
    # ... and a verb of speech after a clause whose subject is the teller again, or could not have spoken
    ("Judge Ginsburg said she did not want to think about it and predicted that Clinton will win.",
     [("said", "Ginsburg", "she did not want to think about it"), ("predicted", "Ginsburg", "that Clinton will win")]),
    ("The mayor announced that the plant was closing and vowed to find new jobs for its workers.",
     [("announced", "mayor", "that the plant was closing"), ("vowed", "mayor", "to find new jobs for its workers")]),
    # ... not two plain past verbs of the reported clause, nor a second clause said with its own `that`
    ("Police say the man posed a threat and refused to drop the gun.",
     [("say", "Police", "the man posed a threat and refused to drop the gun")]),
    ("The senator said she will run again and that she wants to chair the committee.",
     [("said", "senator", "she will run again and that she wants to chair the committee")]),
    # ... nor a backshifted `would` going on with the report
    ("The spokesman said the campaign had found the article and would release a statement.",
     [("said", "spokesman", "the campaign had found the article and would release a statement")]),
    # ... nor a thought of the teller's own, which is what was said of them, nor a speech of another's
    ("Maria Lopez said she was elated but still feared the army.",
     [("said", "Maria Lopez", "she was elated but still feared the army")]),
    ("Sanders says Clinton voted for the war and now claims she opposes it.",
     [("says", "Sanders", "Clinton voted for the war and now claims she opposes it")]),
])
def test_a_cue_joined_to_a_reported_clause_apart_from_it_is_the_sayers(
        text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["holder"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "inner"), [
    # a speech quoted inside what was said keeps its own speaker
    ('Officials said Smith told them the deal was "dead and buried for good".', "told them"),
    # an aside of the speaker's own after the content, not inside its clause
    ("The campaign said the ad was fair, pointing to the senator's voting record.", "pointing to"),
    # a speech quoted word for word inside what `according to` reports
    ("“We will win,” the mayor said, according to the Post.", "said"),
])
def test_a_speech_quoted_or_set_apart_from_a_paraphrase_is_a_quote_of_its_own(text: str, inner: str) -> None:
    assert inner in [r["cue"] for r in quotes(text)]


def test_a_quotation_in_a_later_clause_belongs_to_that_clause() -> None:
    text = '"We see no link to terrorism," the mayor said, adding that it would take "more hours" to know.'
    said, adding = sorted(quotes(text), key=lambda r: r["start"])
    assert (said["cue"], said["content"]) == ("said", "We see no link to terrorism")
    assert (adding["cue"], adding["content"]) == ("adding", 'that it would take "more hours" to know')


def test_a_quotation_standing_after_the_cue_continues_it() -> None:
    text = ('"This is a disgusting day," Trump said. "He started this silliness years ago." '
            '"It is heartbreaking," Obama said.')
    first, second = sorted(quotes(text), key=lambda r: r["start"])
    assert (first["holder"], first["kind"]) == ("Trump", "direct")
    assert first["content"] == 'This is a disgusting day," Trump said. "He started this silliness years ago'
    assert (second["holder"], second["content"]) == ("Obama", "It is heartbreaking")


@pytest.mark.parametrize(("text", "holder", "content"), [
    ("The race is close.\n“She told us that ‘I want the House back, and I will fight for it,’” Rep. Jim Smith said.",
     "Jim Smith", "She told us that ‘I want the House back, and I will fight for it"),
    ("The race is close.\n\n''She would look at me and ask, 'What did he mean by that?''' Mr. Biden said.",
     "Biden", "She would look at me and ask, 'What did he mean by that?"),
])
def test_a_quotation_closing_a_nested_one_still_runs_into_its_cue(text: str, holder: str, content: str) -> None:
    (record,) = [r for r in quotes(text) if r["cue"] == "said"]
    assert holder in str(record["holder"]) and record["content"] == content


def test_a_nested_quotation_closing_its_own_sentence_is_not_the_next_speakers() -> None:
    assert [r for r in quotes("“She told us that ‘I want the House back.’” The senator said nothing more.")
            if r["cue"] == "said"] == []


def test_a_verb_of_saying_inside_a_quotation_is_content_not_a_new_quote() -> None:
    text = '"They said the plan would never work, and they were wrong," Smith said.'
    records = quotes(text)
    assert [r["cue"] for r in records] == ["said"]
    assert records[0]["holder"] == "Smith" and records[0]["start"] == text.rindex("said")


@pytest.mark.parametrize(("text", "quoted"), [
    pytest.param('He said “we will win” and "never give up" but not “this.', ["we will win", "never give up"],
                 id="straight-and-curly"),
    pytest.param('There was “no evidence" yet of a plot.\n\n"We see no link to terror," the mayor said.',
                 ["no evidence", "We see no link to terror,"], id="curly-opened-straight-closed"),
    pytest.param('"It was a fair deal,” he said, “and we kept it."', ["It was a fair deal,", "and we kept it."],
                 id="straight-opened-curly-closed"),
    pytest.param("“We will not stop.\n\n“We will win the vote,” she said.", ["We will win the vote,"],
                 id="quotation-running-over-paragraphs-reopens"),
    pytest.param('She called it "a disaster" and left "for good."', ["a disaster", "for good."], id="two-in-a-line"),
    pytest.param("He said ''that makes me smart'' and left.", ["that makes me smart"], id="two-apostrophes"),
    pytest.param("The ``old guard'' lost the vote.", ["old guard"], id="backticks-and-apostrophes"),
    pytest.param("The players' union said the clubs' offer was poor.", [], id="possessive-apostrophes"),
])
def test_quotation_marks_pair_by_role_not_shape(text: str, quoted: list[str]) -> None:
    assert [text[q.start : q.end] for q in quotations(text)] == quoted


@given(st.lists(st.tuples(st.sampled_from(['"', "“"]), st.sampled_from(['"', "”"]),
                          st.lists(st.sampled_from(["we", "will", "win", "it", "now", "x1"]), min_size=2, max_size=5)),
                min_size=1, max_size=4),
       st.sampled_from([" ", " and ", "\n\n", ", she said. "]))
def test_any_mix_of_marks_gives_back_every_quotation(parts: list[tuple[str, str, list[str]]], glue: str) -> None:
    text = glue.join(f"{opening}{' '.join(words)}{closing}" for opening, closing, words in parts)
    assert [text[q.start : q.end] for q in quotations(text)] == [" ".join(words) for _, _, words in parts]


@pytest.mark.parametrize(("text", "rule"), [
    ("The minister said the tax would rise.", "quotes.reporting_verb"),
    ("According to the minister, the tax will rise.", "quotes.according_to"),
    ("The senator believes the bill will pass.", "quotes.thought"),
    ("A new poll shows voters are angry about taxes.", "quotes.evidence"),
])
def test_every_quote_names_the_rule_that_read_it(text: str, rule: str) -> None:
    assert [r["rule"] for r in quotes(text)] == [rule]


@pytest.mark.parametrize(("text", "holder", "cue", "content"), [
    # a subject the parser hung as an apposition of the object of a phrase opening the sentence
    ("In a call with reporters on Monday, Col. Steven Warren, a military spokesman in Baghdad, said the raid was a "
     "combat operation.", "Steven Warren", "said", "the raid was a combat operation"),
    # a `that` clause hung on the noun of where it was said
    ("Mr. Trump insisted in the same interview that Mr. Khan was wrong.", "Trump", "insisted",
     "that Mr. Khan was wrong"),
    # an indirect question hung on the cue as an adverbial clause
    ("Then Mr. Rubin asked the students if they were always so serious.", "Rubin", "asked",
     "if they were always so serious"),
    # the subject of the verb a conjoined `for saying` hangs on, through the nouns between
    ("He appeared at a hearing for his role in promoting the pills and for saying that coffee was a cure.", "He",
     "saying", "that coffee was a cure"),
    # ... or the one the verb credits or blames for it
    ("She praised Obama for saying that the war was over.", "Obama", "saying", "that the war was over"),
    ("She gives credit to the movement for saying that injustice must end.", "movement", "saying",
     "that injustice must end"),
    ("He went to Ohio for saying that the plan was a cure.", "He", "saying", "that the plan was a cure"),
    # an act after taking to a medium is its subject's
    ("Trump took to Twitter overnight to accuse the campaign of lying.", "Trump", "accuse",
     "the campaign of lying"),
    # what a negated cue leaves unsaid
    ("Lawmakers have not said when they would take up the bill.", "Lawmakers", "said",
     "when they would take up the bill"),
    # a thought that stands for something said before it
    ("Reporters asked whether the deal would pass. He doesn't think so.", "He", "think", "so"),
    # an answer made with or by something
    ("Trump has responded with attacks on Machado.", "Trump", "responded with", "attacks on Machado"),
    ("Trump responded by citing the crime rate in Chicago.", "Trump", "responded by",
     "citing the crime rate in Chicago"),
    # an aside hung on an auxiliary, or made the sentence's root: the clause around it is the content
    ("These employees, Stumpf explained, were well paid.", "Stumpf", "explained",
     "These employees, Stumpf explained, were well paid"),
    ("These employees, Stumpf explained earlier in the committee hearing, were “well-paid,” making $60,000 a year.",
     "Stumpf", "explained",
     "These employees, Stumpf explained earlier in the committee hearing, were “well-paid,” making $60,000 a year"),
    # an `as` aside hung on a noun the parser took for the clause: the sentence's root, or its subject
    ("However, as the Ledger has reported, cases that led to charges involved aggravating factors.", "Ledger",
     "reported", "However, as the Ledger has reported, cases that led to charges involved aggravating factors"),
    ("Hartman, as the Courier reported, met the donors twice.", "Courier", "reported",
     "Hartman, as the Courier reported, met the donors twice"),
    # a finite verb the parser took for a participle of the name before it: its two complements tell
    ("Trump called Clinton a bigot on Friday.", "Trump", "called", "Clinton a bigot on Friday"),
    # a clause hung on the cue as an adverbial one, with no conjunction
    ("Trump said after the convention he would not accept the endorsement.", "Trump", "said",
     "after the convention he would not accept the endorsement"),
    # a quotation's last fragment, which the parser made a second subject of the cue
    ('"He is great. One of the best," Smith said.', "Smith", "said", "He is great. One of the best"),
    ("“Her campaign is in panic mode. Full panic mode,” said Leslie Wimes.", "Leslie Wimes", "said",
     "Her campaign is in panic mode. Full panic mode"),
    # a `that` clause hung on the noun of when it was said, its `that` made the object of a copula
    ("Trump tweeted in the early morning hours that Machado was “disgusting.”", "Trump", "tweeted",
     "that Machado was “disgusting.”"),
])
def test_a_complement_or_a_subject_the_parser_hung_elsewhere(text: str, holder: str, cue: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found and holder in str(found[0]["holder"]) and found[0]["content"] == content


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # the apposition belongs to a phrase that does not run up to the verb: no name is the source
    ("In a call with Col. Steven Warren, a military spokesman, on Monday, it was reported that the raid had ended.",
     "reported", None, "that the raid had ended"),
    # a statement noun's own clause is part of the object, not the verb's clause
    ("The senator rejected the claim that the plan had failed.", "rejected", "senator",
     "the claim that the plan had failed"),
])
def test_a_phrase_hung_where_it_belongs_stays_there(text: str, cue: str, holder: str | None, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found and found[0]["content"] == content
    assert found[0]["holder"] is None if holder is None else holder in str(found[0]["holder"])


@pytest.mark.parametrize(("text", "cue"), [
    ("Reporters will ask questions if the mayor arrives late.", "ask"),  # a condition, not what was asked
    ("The senator will speak whether or not the chamber agrees.", "speak"),  # a concession
    ("The senator complained so loudly on Friday that nobody heard the plan.", "complained"),  # a result
    ("He complained for hours, the room getting colder.", "complained"),  # no finite clause
    ("A man called Smith arrived at the meeting.", "called"),  # a participle naming the man
    ("The mayor did not respond when reporters asked.", "respond"),  # a time, not what was left unsaid
    ("The mayor responded within hours.", "responded within"),  # how soon, not the answer
    ("In Ohio, Smith said on Monday, and left.", "said"),  # no subject before the comma; a time said on
    ("In Ohio, Smith said on Monday, and left.", "said on"),
])
def test_a_condition_or_a_concession_is_no_question_asked(text: str, cue: str) -> None:
    assert [r for r in quotes(text) if r["cue"] == cue] == []


@pytest.mark.parametrize(("text", "holder", "cue", "content"), [
    ("Mr. Sanders showed no sign of backing down on Tuesday.", "Sanders", "showed no sign of",
     "backing down on Tuesday"),
    ("But at another event, the senator showed no sign that she was planning to apologize.", "senator",
     "showed no sign", "that she was planning to apologize"),
    ("The administration long ago showed its inclination to rely on small raids.", "administration",
     "showed its inclination", "to rely on small raids"),
])
def test_a_disposition_shown_is_its_holders(text: str, holder: str, cue: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found and holder in str(found[0]["holder"]) and found[0]["content"] == content
    assert found[0]["rule"] == "quotes.act_verb"


@pytest.mark.parametrize("text", [
    "The new poll shows signs of a tightening race.",  # a record showing something is evidence
    "He showed no interest.",  # no complement: nothing the disposition is toward
    "She showed the visitors her garden.",  # a thing shown, no disposition
])
def test_what_shows_no_disposition(text: str) -> None:
    assert [r for r in quotes(text) if r["rule"] == "quotes.act_verb" and r["cue"].startswith("show")] == []


@pytest.mark.parametrize(("text", "holder", "content"), [
    ("The governor ordered the National Guard to assist the police.", "governor", "to assist the police"),
    ("The judge ordered that the records be released.", "judge", "that the records be released"),
    ("The troops were ordered by the general to withdraw.", "general", "to withdraw"),
])
def test_a_decree_reports_what_it_orders_done(text: str, holder: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == "ordered"]
    assert found and holder in str(found[0]["holder"]) and found[0]["content"] == content


def test_a_thing_ordered_is_no_decree() -> None:
    assert [r for r in quotes("She ordered a pizza for the staff.") if r["cue"] == "ordered"] == []


@pytest.mark.parametrize(("text", "cue", "holder", "content"), [
    # Levin's verbs of manner of speaking beside a quotation
    ('"We\'ll see," he laughed.', "laughed", "he", "We'll see"),
    ('"Get out of my office," the guard snapped.', "snapped", "the guard", "Get out of my office"),
    ('"This is a disaster," Ms. Grant muttered as the results came in.', "muttered", "Ms. Grant",
     "This is a disaster"),
    ('"They\'ll pay," smiled Lowell.', "smiled", "Lowell", "They'll pay"),
    ('He snapped: "Get out of my office now."', "snapped", "He", "Get out of my office now"),
    ('She laughed, "That is the best joke I have heard all year."', "laughed", "She",
     "That is the best joke I have heard all year"),
    ('His wife whispered to him: "We are still with you."', "whispered", "His wife", "We are still with you"),
    # her verbs of saying and complaining, and of conjecture, with their clause
    ("A campaign aide later clarified that the senator had misspoken.", "clarified", "A campaign aide",
     "that the senator had misspoken"),
    ("The senator confided to reporters that she was exhausted.", "confided", "The senator",
     "that she was exhausted"),
    ("Some Republicans groused that the new rules were unfair.", "groused", "Some Republicans",
     "that the new rules were unfair"),
    ('"It is not true," the candidate interjected.', "interjected", "the candidate", "It is not true"),
    ("The pollster hypothesized that turnout would fall.", "hypothesized", "The pollster", "that turnout would fall"),
    ("Analysts surmised that the deal was dead.", "surmised", "Analysts", "that the deal was dead"),
])
def test_verb_classes_of_speaking_and_conjecture(text: str, cue: str, holder: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found and found[0]["holder_text"] == holder and found[0]["content"] == content


@pytest.mark.parametrize(("text", "cue"), [
    ("The crowd roared as the team scored.", "roared"),  # a manner of speaking with no quotation is a noise
    ("The branch snapped under the weight of the snow.", "snapped"),
    ("She laughed at the joke and left.", "laughed"),
    ("Thousands of students protested outside the embassy.", "protested"),  # nothing said: a protest
    ("The judge swore in the new members of the council.", "swore"),
    ("She pondered for a moment and then left.", "pondered"),
])
def test_the_same_verbs_saying_nothing(text: str, cue: str) -> None:
    assert [r for r in quotes(text) if r["cue"].startswith(cue)] == []


@pytest.mark.parametrize("text", [
    # a quotation inside a prepositional, adverbial or noun phrase of a manner-of-speaking verb names a thing
    'Democrats cried foul over the "nuclear option" vote.',
    'Critics sneered at the "Contract with America" for months.',
    'Investors gasped as the "flash crash" wiped out billions.',
    'He snapped a photo of the "Welcome to Fabulous Las Vegas" sign.',
    'The economy sputtered in the "lost decade" of the 1990s.',
    'The actor laughed off "fake news" reports about his divorce.',
    'The team snapped a "losing streak" on Sunday.',
    'The dog barked at the "Keep Out" sign.',
    'The children laughed at the movie "Home Alone" all evening.',
    'Republicans howled over the so-called "death panels" in the bill.',
    # no comma or colon sets the quotation off: a noise, not speech
    'The sirens wailed "evacuate now" across the valley.',
])
def test_a_manner_of_speaking_needs_a_quotation_set_off_beside_it(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "May I ask whether the March on Washington will go ahead?",
    "Could we ask if the plan is final?",
])
def test_a_modal_question_reports_nothing(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] == "ask"] == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("I asked whether the March on Washington would go ahead.", "asked",
     "whether the March on Washington would go ahead"),
    # a question about someone else's view still reports it
    ("Why would a coal baron want to buy a failing mine?", "want", "to buy a failing mine"),
])
def test_a_question_asked_is_reported(text: str, cue: str, content: str) -> None:
    found = [r for r in quotes(text) if r["cue"] == cue]
    assert found and found[0]["content"] == content


@pytest.mark.parametrize("text", [
    # an act in the next paragraph does not take over the quotation a speech verb owns
    "In one post, Smith said: \u201cDid Jones help (check out his record) Bob become a citizen so he could use "
    "him in the debate?\u201d\n\nHe offered no proof that Jones had a role in his citizenship.",
    "In one post, Smith said: \u201cDid Jones help (look at the files) Ann become a judge so she could rule on "
    "the case?\u201d\n\nHe offered no proof that Jones had a role in the appointment.",
])
def test_one_quotation_has_one_attribution(text: str) -> None:
    closing = text.index("\u201d")
    records = quotes(text)
    (owner,) = [r for r in records if r["content_start"] < closing]
    assert (owner["holder"], owner["kind"]) == ("Smith", "direct")
    # the act keeps its own object as content
    assert any(r["cue"] == "offered" and str(r["content"]).startswith("no proof") for r in records), records


@pytest.mark.parametrize(("text", "cue"), [
    # a question run into its cue on the same line, and an act with its own quoted object, keep their records
    ("\u201cWho will pay for the new stadium?\u201d Smith asked on Monday.", "asked"),
    ("The mayor called the plan \u201ca disaster for the city.\u201d", "called"),
])
def test_a_quotation_beside_its_own_cue_keeps_it(text: str, cue: str) -> None:
    (record,) = quotes(text)
    assert record["cue"] == cue and record["content_start"] <= text.index("\u201c") + 1


@pytest.mark.parametrize(("text", "content"), [
    # an adverbial before a quotation that runs into its cue frames it; it is not what was said
    ('Last week, "We will fight this," the governor said.', "We will fight this"),
    ("On Monday, \u201cWe will win the vote,\u201d Smith told reporters.", "We will win the vote"),
])
def test_a_fronted_adverbial_is_no_part_of_a_direct_quotation(text: str, content: str) -> None:
    (record,) = quotes(text)
    assert (record["content"], record["kind"]) == (content, "direct")


def test_a_paraphrase_with_a_quoted_phrase_stays_mixed() -> None:
    (record,) = quotes('On Monday, Smith said the plan was "dead on arrival."')
    assert (record["content"], record["kind"]) == ('the plan was "dead on arrival."', "mixed")


@pytest.mark.parametrize("text", [
    # the user audit's sentence in capitals, where the parser reads `THE DEAL` as both the source and the content
    "WASHINGTON (REUTERS) - SENATOR ELIZABETH WARREN SAID ON TUESDAY THAT THE TREASURY WOULD PAY ABOUT $2.5 BILLION "
    'TO BOEING BY MARCH 3, 2024. "WE WILL FIGHT THIS," GOVERNOR GAVIN NEWSOM SAID, ADDING THAT CALIFORNIA OPPOSES '
    "THE DEAL.",
])
def test_a_source_is_never_inside_its_own_content(text: str) -> None:
    records = quotes(text)
    assert records, "the speech report in capitals is still found"
    assert not any(str(r["holder_text"]) in str(r["content"]) for r in records if r["holder_text"]), records


@pytest.mark.parametrize(("text", "contents"), [
    # a paragraph a line: the quotation on the next line after a finished sentence is the next speaker's
    ('"We will win," he said, "and soon."\n"We will lose," Smith said, adding that the state opposes the deal.',
     {"he": 'We will win," he said, "and soon', "Smith": "We will lose"}),
])
def test_a_quotation_on_the_next_line_after_a_finished_sentence_is_not_the_cues(text: str, contents: dict) -> None:
    got = {r["holder_text"]: r["content"] for r in quotes(text) if r["cue"] == "said"}
    assert got == contents


def test_a_subject_before_a_quotation_stays_in_a_mixed_quote() -> None:
    (record,) = quotes('The senator, a Republican from Ohio, "will not back the bill," his aide said.')
    assert (record["kind"], str(record["content"]).startswith("The senator")) == ("mixed", True)


def test_a_colon_hands_over_the_quotation_of_the_next_paragraph() -> None:
    text = ('Acme Corp lost its case in court.\n\nThe company said in a statement on Tuesday:\n\n'
            '"We are disappointed by the ruling and will appeal."')
    (record,) = quotes(text)
    assert (record["holder"], record["kind"], record["content"]) == (
        "Acme Corp", "direct", "We are disappointed by the ruling and will appeal")


@pytest.mark.parametrize(("text", "found"), [
    # a clause before an unquoted semicolon is not what the next clause's source says
    ("Jane Roe and John Doe differ on roads. He calls for more spending on roads; she calls for less.",
     [("John Doe", "more spending on roads"), ("Jane Roe", "less")]),
    # look-alike: a semicolon inside the quotation belongs to what was said
    ('"Our plan failed; we will try again," Jane Doe said.', [("Jane Doe", "Our plan failed; we will try again")]),
])
def test_a_clause_before_a_semicolon_is_not_the_next_cues(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["holder"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a concession before a comma reports nothing; the sentence's own report is kept
    ("That said, Millennials say they believe success will require effort.",
     [("Millennials", "they believe success will require effort")]),
    ("Having said that, the senator said he would vote yes.", [("senator", "he would vote yes")]),
    # look-alike: `that` as the subject of a saying
    ("That said a lot about him, the mayor said.", [("mayor", "That said a lot about him")]),
])
def test_that_said_is_a_concession(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["holder"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # the relative pronoun is the subject of what was said, not who said it
    ("Alan Grayson criticized the department, which he argued seeks to restore equity.",
     {"criticized": "Alan Grayson", "argued": "Alan Grayson"}),
    # a participle on the addressees of a message is the sender's; a verb after a quotation's close goes on
    # from the verb the quotation hangs on
    ("The Vermont senator emailed supporters saying: \u201cThe struggle continues\u201d and vowing to compete.",
     {"emailed": "Vermont senator", "saying": "Vermont senator", "vowing": "Vermont senator"}),
])
def test_the_source_is_who_speaks_not_what_is_spoken_of(text: str, found: dict[str, str]) -> None:
    assert {r["cue"]: r["holder"] for r in run_text("quotes", text)} == found


@pytest.mark.parametrize(("text", "holder", "holder_text"), [
    # sources joined by `and` all said it
    ("Trump and Clinton said they would debate again.", "Trump and Clinton", "Trump and Clinton"),
    ("Germany, France and Spain said they would sign the pact.", "Germany, France and Spain",
     "Germany, France and Spain"),
    # a quantifier after the list is the list
    ("The field is split, with Donald Trump, Mike Huckabee and Chris Christie all calling for a strict rule.",
     "Donald Trump, Mike Huckabee and Chris Christie", "Donald Trump, Mike Huckabee and Chris Christie"),
    # look-alike: one name of a company with `and` in it is one source
    ("Procter and Gamble said it would cut prices.", "Procter and Gamble", "Procter and Gamble"),
])
def test_every_source_joined_by_and(text: str, holder: str, holder_text: str) -> None:
    (record,) = run_text("quotes", text)
    assert (record["holder"], record["holder_text"]) == (holder, holder_text)


@pytest.mark.parametrize(("text", "holder"), [
    # a participle after a comma is the act of the clause's subject, though the parser hung it on a phrase's noun
    ("Clinton ended a debate last week with a reference to the \"Star Wars\" sequel hitting the theaters, "
     "remarking, \u201cMay the Force be with you.\u201d", "Clinton"),
    # look-alike: a message with no comma before the participle says it itself
    ("Voters received a flyer saying that the plan would fail.", "a flyer"),
])
def test_a_participle_after_a_comma_is_the_subjects(text: str, holder: str) -> None:
    (record,) = run_text("quotes", text)
    assert record["holder"] == holder


@pytest.mark.parametrize(("text", "found"), [
    # a message put out: the publisher is the source, the message the content
    ("On Sunday, the New York Times published portions of Trump's state tax returns.",
     [("New York Times", "published", "portions of Trump's state tax returns")]),
    ("The state party first released its list of 25 recommended delegates on Saturday.",
     [("state party", "released", "its list of 25 recommended delegates")]),
    # ... and where the statement's participle says what it says, whoever put it out says it
    ("At the time, she released a statement saying the firm had been a trusted partner.",
     [("she", "saying", "the firm had been a trusted partner")]),
    # passing something over, pressing someone on something, naming someone as something
    ("Obama and Clinton continue to ignore the reality of the threat.",
     [("Obama and Clinton", "ignore", "the reality of the threat")]),
    ("Maddow pressed Warren on whether she would be Clinton's running mate.",
     [("Maddow", "pressed Warren on", "whether she would be Clinton's running mate")]),
    ("Ted Cruz named Carly Fiorina as his running mate.",
     [("Ted Cruz", "named", "Carly Fiorina as his running mate")]),
    # look-alikes: a release of people, a press of a button, a name given with no view
    ("The state released the prisoners on Monday.", []),
    ("She pressed the button twice.", []),
    ("The committee named Smith chairman.", []),
])
def test_a_message_put_out_passed_over_or_pressed(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # setting something out, with its particle, and a matter taken up
    ("Donald Trump laid out stark differences between his agenda and hers.",
     [("Donald Trump", "laid out", "stark differences between his agenda and hers")]),
    ("She spelled out her plan for the economy.", [("She", "spelled out", "her plan for the economy")]),
    ("Obama also addressed Trump's general concerns last Thursday.",
     [("Obama", "addressed", "Trump's general concerns")]),
    # look-alikes: another particle, an audience addressed
    ("Nabisco laid off hundreds of workers.", []),
    ("Obama addressed the convention on Tuesday.", []),
])
def test_a_matter_set_out_or_taken_up(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a stance, feeling or wish its owner holds toward what follows
    ("Clinton's support for the deal surprised many.", [("Clinton", "support for", "the deal")]),
    ("Many voters share Trump's disdain for the press.", [("Trump", "disdain for", "the press")]),
    ("Donald Trump has made his disdain for the press clear.", [("Donald Trump", "disdain for", "the press")]),
    ("The senator's desire to run again was plain to see.", [("senator", "desire", "to run again")]),
    # an infinitive right after the noun, which the parser hung on the verb before it
    ("John Kasich went on with his call to bring Republicans and Democrats together.",
     [("John Kasich", "call", "to bring Republicans and Democrats together")]),
    # look-alike: a call that needs `for` to be a demand is a telephone call with `to`
    ("Donald Trump made his call to the White House on Monday.", []),
    # look-alikes: no owner, nothing it is toward, backing counted among voters, a noun the parser made the root
    ("Support for the deal grew.", []),
    ("His support grew.", []),
    ("Trump's support among evangelicals is strong.", []),
    ("The union's opposition to the plan hardened.", []),
])
def test_a_stance_its_owner_holds(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a participle on a name the parser made the root of a verbless sentence is the sentence's verb
    ("Jones, a Bush ally, called Ohio’s rules “weak.”", [("Jones", "called", "Ohio’s rules")]),
    # look-alike: a reduced relative names someone
    ("A man called Smith.", []),
])
def test_a_participle_the_parser_hung_on_the_root_name(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # one who takes a side toward what `of` names, as a predicate or an apposition
    ("Hillary Clinton has been a consistent and outspoken supporter of NATO.",
     [("Hillary Clinton", "supporter of", "NATO")]),
    ("Israel matters most to Adelson, a fierce supporter of the nation.", [("Adelson", "supporter of", "the nation")]),
    # ... or a description set before the name
    ("A longtime critic of the bank, Warren spoke on Monday.", [("Warren", "critic of", "the bank")]),
    # look-alikes: a side toward nothing, side takers as the subject
    ("She is a fan.", []),
    ("The critics of the plan were loud.", []),
])
def test_one_who_takes_a_side(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a view one has toward what the noun's complement says
    ("The I.R.S. has questions about Mr. Trump's tax compliance.",
     [("I.R.S.", "has questions about", "Mr. Trump's tax compliance")]),
    ("She has no illusions about Putin's threat to Europe.",
     [("She", "has no illusions about", "Putin's threat to Europe")]),
    # look-alikes: a view toward nothing, a noun of no view
    ("I have a question.", []),
    ("The firm has plans for growth.", []),
])
def test_a_view_one_has(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


def test_an_interviews_line_label_is_no_source() -> None:
    text = "A: Not yet, I will.\n\nQ: Have you talked to McConnell about the Supreme Court?\n\nA: Not yet."
    assert [(r["holder_text"], r["content"]) for r in run_text("quotes", text)] == [("you", "the Supreme Court")]


@pytest.mark.parametrize(("text", "found"), [
    # how plain something is, to an observer the text does not name, or to the one it names
    ("It's obvious that they are wasting their breath.",
     [(None, "It's obvious", "that they are wasting their breath")]),
    ("It was unclear whether the judges would rule.", [(None, "It was unclear", "whether the judges would rule")]),
    ("It is clear to me that he lied.", [("me", "It is clear", "that he lied")]),
    # look-alikes: a plain sky, a likelihood
    ("The sky is clear.", []),
    ("It is certain to rain.", []),
])
def test_how_plain_something_is(text: str, found: list[tuple[str | None, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a reaction drawn from people the text does not name: what it is for, else who drew it
    ("The clip has faced ridicule online.", [(None, "faced ridicule", "The clip")]),
    ("He took heat for his questioning of the candidate.",
     [(None, "took heat for", "his questioning of the candidate")]),
    # look-alikes: the reaction's people named (theirs: `test_a_stance_drawn_from_givers_named`), a game won
    ("The plan drew criticism from economists.", [("economists", "drew criticism", "The plan")]),
    ("The team won the game.", []),
])
def test_a_reaction_from_people_unnamed(text: str, found: list[tuple[str | None, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)] == found


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a nested quotation closed with its marks spaced out (`,' "`) still runs into its cue
    ("\"It's not just me saying, 'Oh, yes, just vote for her,' \" Sanders told CNN on Sunday.", "told CNN",
     "It's not just me saying, 'Oh, yes, just vote for her"),
    # a clause the parser cut into two complements of the cue is one content, the owned wish inside it no
    # report of its own
    ("He says Trump's call to ban all Muslim immigrants and his remarks about Mexicans have hurt him.", "says",
     "Trump's call to ban all Muslim immigrants and his remarks about Mexicans have hurt him"),
])
def test_a_report_the_layout_or_the_parser_cut_in_two_is_whole(text: str, cue: str, content: str) -> None:
    assert [(r["cue"], r["content"]) for r in quotes(text)] == [(cue, content)]


def test_a_participle_between_a_split_quotations_parts_is_a_telling_of_its_own() -> None:
    text = ('"Israel was sold out by Kerry and Obama," Trump said in August, referring to Secretary of State John '
            'Kerry. "You cannot let Iran have a nuclear weapon."')
    found = {r["cue"]: (r["holder"], r["content"]) for r in quotes(text)}
    assert found["referring to"] == ("Trump", "Secretary of State John Kerry")
    assert found["said"][0] == "Trump"


def test_a_run_on_sentence_s_second_report_is_not_the_firsts_content() -> None:
    text = "The agency said it was taking steps to vet applicants The S.E.C. said it would increase oversight."
    assert [r["cue"] for r in quotes(text)] == ["said", "said"]


@given(st.lists(st.lists(st.sampled_from(["we", "will", "win", "it", ",", "."]), min_size=2, max_size=5),
                min_size=1, max_size=4),
       st.sampled_from([" he said . ", " and ", "\n"]))
def test_marks_standing_apart_open_and_close_in_turn(parts: list[list[str]], glue: str) -> None:
    # text tokenized with spaces (`" We will win , " he said .`), as CoNLL and other pipelines write it
    text = glue.join(f'" {" ".join(words)} "' for words in parts)
    assert [text[q.start : q.end].strip() for q in quotations(text)] == [" ".join(words) for words in parts]


def test_a_first_person_inside_a_spaced_quotation_is_no_quote_of_its_own() -> None:
    text = ('" I know his situation is unfortunate , but I do n\'t think we can start , " Montgomerie said . '
            '" You have got to have a rule for everybody and I do n\'t think it is feasible . "')
    records = quotes(text)
    assert [(r["holder"], r["cue"]) for r in records] == [("Montgomerie", "said")]


@pytest.mark.parametrize(("text", "found"), [
    # a cue closing its sentence with nothing said, and the quotation standing after it
    ("The vote was close.\n\nSam Lau, a party spokesman, said in a statement. “There are no paper ballots to "
     "recount. The caucuses were a unique event.”",
     [("Sam Lau", "said", "There are no paper ballots to recount. The caucuses were a unique event")]),
    # look-alikes: what was said is given; the quotation after has a cue of its own
    ('The minister said nothing. "We will win."', []),
    ('He said so. "We will win," the mayor added.', [("He", "said", "so"), ("mayor", "added", "We will win")]),
])
def test_a_quotation_standing_after_a_cue_that_closes_its_sentence(
        text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what is claimed by taking it is no claim made
    ("The war raged for four years and claimed the lives of half a million Americans.", []),
    ("The veteran claimed the title for the third time.", []),
    # ... what is claimed by saying so is
    ("The rebels claimed responsibility for the attack.", [("rebels", "claimed", "responsibility for the attack")]),
])
def test_a_claim_taken_is_no_claim_made(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "holder", "content"), [
    # a relative clause, a participle or brackets between the subject and its verb, which the parser took the
    # subject into
    ("Bernie Sanders leads the young vote. Sanders, meanwhile, who sits at zero such endorsements, said that "
     "fact speaks volumes about which of the two candidates is ready.", "Sanders",
     "that fact speaks volumes about which of the two candidates is ready"),
    ("Few politicians would admit this, but Sen. Chris Murphy (a Connecticut Democrat so boyish he has been "
     "mistaken for a staffer) says he was unfocused in the weeks after being elected.", "Sen. Chris Murphy",
     "he was unfocused in the weeks after being elected"),
    ("The issue had come up Friday after Mr. Trump, asked about the deaths of journalists, had said, ''I think "
     "our country does plenty of killing also.''", "Mr. Trump", "I think our country does plenty of killing also"),
    # ... an indefinite apposition the parser read a verb into, or a participle after a party label in brackets
    ("Aaron Mendel, a Tampa, Fla., rabbi helping to organize the boycott, said he and other rabbis were worried.",
     "Aaron Mendel", "he and other rabbis were worried"),
    # ... the source as written ends at the close of the quotation the parser ran into its name
    ("“It is not the position that everything is hunky-dory,” Gene Marlow, a top outside Clinton adviser, said at a "
     "recent POLITICO event on the economy in Iowa.", "Gene Marlow",
     "It is not the position that everything is hunky-dory"),
    ('But Sen. Harold P. Vance (D-Ore.), noting the size of the crowd, said, "Let me tell you, he has a big list."',
     "Sen. Harold P. Vance", "Let me tell you, he has a big list"),
])
def test_a_subject_set_apart_from_its_verb_by_an_aside_is_the_source(text: str, holder: str, content: str) -> None:
    records = [r for r in quotes(text) if r["content"] == content]
    assert [r["holder_text"] for r in records] == [holder]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a belief in something, a clause seen or weighed: thoughts of their subject
    ("In a changing economy, Millennials still believe in the American dream.", "believe in", "the American dream"),
    ("Black voters saw that Obama could actually win.", "saw", "that Obama could actually win"),
    ("I don't see where Trump is getting that.", "see", "where Trump is getting that"),
    ("For a short time, Vanessa Iampaglia considered selling her eggs to pay for college.", "considered",
     "selling her eggs to pay for college"),
    ("The judge is also considering whether to order the department to subpoena all emails.", "considering",
     "whether to order the department to subpoena all emails"),
])
def test_a_belief_in_or_a_clause_seen_or_weighed_is_a_thought(text: str, cue: str, content: str) -> None:
    assert [(r["cue"], r["content"]) for r in quotes(text)] == [(cue, content)]


@pytest.mark.parametrize("text", [
    "He saw the crowd leave the hall.",  # a sight
    "We will see if it works.",  # a wait, no view held
    "The board considered the offer on Monday.",  # no view given
])
def test_a_sight_or_a_wait_is_no_thought(text: str) -> None:
    assert quotes(text) == []


def test_a_statement_said_in_is_no_belief_in() -> None:
    (record,) = quotes("She said in a statement that she believed the plan would work.")
    assert record["content"] == "that she believed the plan would work"


@pytest.mark.parametrize(("text", "cue", "content"), [
    # light verbs: a statement made or given, a view had, a stance taken, toward what the noun's complement says
    ("The leaders made little secret of their disagreements.", "made little secret", "their disagreements"),
    ("She made light of the dispute.", "made light", "the dispute"),  # PolNeAR: `tried to make light of` a cue
    ("Admiral Harris makes no apologies for his candor.", "makes no apologies", "his candor"),
    ("The council made a strong condemnation of the nuclear test.", "made a strong condemnation",
     "the nuclear test"),
    ("Trump took offense at the suggestion.", "took offense at", "the suggestion"),
    ("He gave her a lengthy answer about Social Security reform.", "gave her a lengthy answer about",
     "Social Security reform"),
    ("More voters had an unfavorable opinion of the governor.", "had an unfavorable opinion of", "the governor"),
    ("She had no such praise for the senator.", "had no such praise for", "the senator"),
])
def test_a_statement_made_given_or_had_with_a_light_verb_is_an_attribution(text: str, cue: str,
                                                                          content: str) -> None:
    assert [(r["cue"], r["content"]) for r in quotes(text)] == [(cue, content)]


@pytest.mark.parametrize("text", [
    "He made a phone call to his mother.",  # a call made, nothing said of anything
    "The company gave a briefing on Monday.",  # a time, no topic
    "He has a view of the lake.",  # a sight
    "Rubio had better plan to start winning some states.",  # `had better`: a modal, no plan held
])
def test_a_light_verb_with_no_statement_or_view_is_no_attribution(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(("text", "holder", "content"), [
    # `as X put it`: a wording credited to its source, before or after what it credits
    ('As the magazine put it, "Hello, it is the Biebs."', "the magazine", "Hello, it is the Biebs"),
    ("As Steven Rosenthal, a tax lawyer, recently put it, ''Did Trump lower his taxes legally?''", "Steven Rosenthal",
     "Did Trump lower his taxes legally?"),
    ("The program needs a lawful source of income, as a Homeland Security memo put it.", "a Homeland Security memo",
     "The program needs a lawful source of income"),
])
def test_a_wording_put_by_a_source_is_its_attribution(text: str, holder: str, content: str) -> None:
    assert [(r["holder_text"], r["cue"], r["content"]) for r in quotes(text)] == [(holder, "put", content)]


@pytest.mark.parametrize("text", ["As he put it down, the phone rang.", "He put it on the table."])
def test_a_thing_put_somewhere_is_no_wording(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    # adjectives of will, certainty and candour held toward what follows them
    ("Senator Sanders was ready to fight.", "ready", "to fight"),
    ("Some Republicans were willing to back the plan.", "willing", "to back the plan"),
    ("She is sure that the deal will pass.", "sure", "that the deal will pass"),
    ("Fiorina was upfront about her plans.", "upfront about", "her plans"),
    ("They were less pleased by the result.", "pleased by", "the result"),
    ("Mr. McKinley is bearish on the future of coal.", "bearish on", "the future of coal"),
    # a `that` clause the parser hung on the copula is still the adjective's
    ("She was adamant that she and the company keep the upper hand.", "adamant",
     "that she and the company keep the upper hand"),
    ("Many Republicans are distrustful of his principles.", "distrustful of", "his principles"),
])
def test_an_adjective_of_will_certainty_or_candour_is_an_attitude(text: str, cue: str, content: str) -> None:
    assert [(r["cue"], r["content"]) for r in quotes(text)] == [(cue, content)]


@pytest.mark.parametrize("text", [
    "The bill is ready to be signed.",  # a thing ready
    "The store is open to the public.",
    "Any backsliding is sure to spur a war.",  # a likelihood
    "He was happy on Monday.",  # a time, nothing he is happy about
])
def test_an_adjective_said_of_a_thing_or_a_time_is_no_attitude(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("She backs tougher rules but embraces the 2010 Dodd-Frank law.", "embraces", "the 2010 Dodd-Frank law"),
    ("Clinton allies also resisted Sanders's overtures on trade.", "resisted", "Sanders's overtures on trade"),
])
def test_a_cause_embraced_or_resisted_is_the_content(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(r["cue"], r["content"]) for r in quotes(text)]


@pytest.mark.parametrize("text", ["The two leaders embraced after the talks.", "He resisted arrest.",
                                  "The pair were pictured embracing on a sunbed."])
def test_an_embrace_or_a_struggle_is_no_cause(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a view raised by someone, toward what the noun's complement says
    ("Critics raised concerns over the cost of the plan.", [("raised concerns over", "the cost of the plan")]),
    ("Officials raised the possibility that the vote would be delayed.",
     [("raised the possibility", "that the vote would be delayed")]),
    # look-alikes: a fact prompting questions, a stake or a rate raised
    ("Trump's decision raises questions about what he is hiding.", []),
    ("The company raised its stake in the bank.", []),
    ("The Fed raised rates on Tuesday.", []),
])
def test_a_view_raised_by_someone(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["content"]) for r in quotes(text)] == found


def test_a_quotation_opening_in_a_clause_after_the_cue_is_that_clauses() -> None:
    text = ("“Oh, let him make that decision,” said Vice President Joe Biden, urging those calling for Sanders’ "
            "withdrawal to “give him time.”")
    found = {r["cue"]: (r["holder"], r["content"]) for r in quotes(text)}
    assert found["said"] == ("Joe Biden", "Oh, let him make that decision")
    assert found["urging"] == ("Joe Biden", "give him time")
    assert found["calling for"][0] != "Joe Biden"  # those urged call for it, not the one urging them


@pytest.mark.parametrize(("text", "holder", "content"), [
    # a question asked of the clause's subject: by one named with `by`, or by no one named
    ("Asked by Stephanopoulos to respond to the criticism, Carson said he was proud.", "Stephanopoulos",
     "to respond to the criticism"),
    ("When asked for his position during an interview, Trump said it was being discussed.", None, "his position"),
])
def test_a_question_asked_of_the_subject_names_its_asker_by_by(text: str, holder: str | None, content: str) -> None:
    asked = [r for r in quotes(text) if r["cue"].lower() == "asked"]
    assert [(r["holder"], r["content"]) for r in asked] == [(holder, content)]


def test_said_as_much_is_a_pro_form() -> None:
    (record,) = quotes("Clinton's campaign manager Robby Mook said as much in an interview on Thursday.")
    assert (record["holder"], record["content"]) == ("Robby Mook", "as much")


@pytest.mark.parametrize(("text", "cue", "content"), [
    # what someone is told, begged or implored to do, its infinitive read as an adverbial by the parser
    ("Trump tells his supporters at a Michigan rally to “go to your place and vote.”", "tells",
     "to “go to your place and vote.”"),
    ("Two Democratic speechwriters implored her to bring it back.", "implored", "to bring it back"),
    ("Cruz exhorted the delegates to vote their conscience.", "exhorted", "to vote their conscience"),
])
def test_an_entreaty_says_what_is_to_be_done(text: str, cue: str, content: str) -> None:
    assert [r["content"] for r in quotes(text) if r["cue"] == cue] == [content]


@pytest.mark.parametrize("text", [
    "He left the rally to go home.",  # a purpose, no one told
    "She begged for mercy.",  # nothing to be done is said
])
def test_no_entreaty_without_an_infinitive(text: str) -> None:
    assert [r for r in quotes(text) if r["cue"] in ("left", "begged")] == []


@pytest.mark.parametrize(("text", "found"), [
    # a main verb the parser hung inside the apposition of its subject's name, with a weekday read as its object
    ("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called Friday for "
     "releasing the police videos.", [("Roy Cooper", "called Friday for", "releasing the police videos")]),
    # look-alike: a headline's passive participle on a noun reports no one's words
    ("U.S. boy , 13 , accused of murdering adoptive mother .", []),
])
def test_a_verb_lost_in_its_subjects_apposition(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "holder"), [
    # a person's people are named with the person resolved, whatever the apostrophe of a plural's possessive
    ("Bernie Sanders spoke. Sanders’ campaign said it would seek a recount.", "Bernie Sanders's campaign"),
    ("Bernie Sanders spoke. Sanders' campaign said it would seek a recount.", "Bernie Sanders's campaign"),
])
def test_a_persons_people_after_a_plurals_apostrophe(text: str, holder: str) -> None:
    assert [r["holder"] for r in quotes(text)] == [holder]


def test_a_name_past_the_verb_is_no_apposition_of_the_source() -> None:
    """`Her lawyers cited ... two hopefuls, Sen. John McCain ...`: the parser hangs McCain on the subject; the
    source is the lawyers, not McCain."""
    text = ("Her lawyers cited the candidacies of two former Republican hopefuls, Sen. John McCain of Arizona and "
            "former Michigan Gov. George Romney, as examples.")
    assert [(r["holder"], r["holder_text"]) for r in quotes(text)] == [("Her lawyers", "Her lawyers")]


@pytest.mark.parametrize(("text", "found"), [
    ("Senator Lopez looks to ease tensions with the party leaders.",
     [("Lopez", "looks", "to ease tensions with the party leaders")]),
    ("Mrs. Baker aims to build on the new health law.", [("Baker", "aims", "to build on the new health law")]),
    ("Senator Lopez is pushing for a vote on the budget.", [("Lopez", "pushing for", "a vote on the budget")]),
    ("Governor Baker pushed the senators to reject the debt deal.",
     [("Baker", "pushed", "to reject the debt deal")]),
    ("None of the candidates is pushing for a troop surge.", [("candidates", "pushing for", "a troop surge")]),
    # look-alikes: a seeming, a body moved, a sight, a thing's purpose, a passive, a place looked to
    ("The race looks to be close.", []),
    ("She pushed the cart to the door.", []),
    ("He looked at the map to find the road.", []),
    ("The bill aims to cut taxes for families.", []),
    ("Baker was pushed to the left by his rival.", []),
    ("Lopez looked to the hills.", []),
])
def test_a_goal_looked_to_aimed_at_or_pushed_for(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(str(r["holder"]).split()[-1], r["cue"], r["content"]) for r in quotes(text)] == [
        (h.split()[-1], c, t) for h, c, t in found]


def test_a_push_after_a_seeming_leaves_the_seeming_its_own() -> None:
    text = "The charity appeared to push aides to help find a job for an associate."
    assert [(r["holder"], r["cue"]) for r in quotes(text)] == [(None, "appeared"), ("charity", "push")]


@pytest.mark.parametrize(("text", "found"), [
    # the parser rooted the sentence in a noun after the verb, or hung the verb inside a relative clause
    ("Walters’ campaign called AP’s report a “rush to judgment,” because superdelegates can change their mind.",
     [("Walters’ campaign", "called", "AP’s report")]),
    ("Stuart Evans, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's statements "
     'and actions on Sunday "childish."',
     [("Stuart Evans", "called", 'Trump\'s statements and actions on Sunday "childish."')]),
    # look-alike: a fragment naming someone
    ("A man called Smith.", []),
])
def test_a_verb_the_parser_lost_to_its_subject(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Senator Lopez received the endorsement of Gov. Mark Hale on Friday.",
     [("Mark Hale", "received the endorsement", "Senator Lopez")]),
    ("Lopez also picked up an endorsement from former Ohio governor Mark Hale.",
     [("Mark Hale", "picked up an endorsement", "Lopez")]),
    ("The merger is facing criticism from many economists.", [("many economists", "facing criticism", "The merger")]),
    ("The senator drew praise from the union for her vote on the bill.",
     [("union", "drew praise", "her vote on the bill")]),
    # look-alikes: what a criticism is of, a backing still striven for, an offer got
    ("The plan drew criticism of its cost.", [(None, "drew criticism", "The plan")]),
    ("The author got an offer from a publisher.", []),
    ("Lopez is trying to win the endorsement of the union.", []),
])
def test_a_stance_drawn_from_givers_named(text: str, found: list[tuple[str | None, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in run_text("quotes", text)
            if r["cue"] != "trying"] == found


@pytest.mark.parametrize(("text", "found"), [
    # a small clause held true of someone or something
    ("Mr. Lopez considers Mrs. Hale untrustworthy.", [("Lopez", "considers", "Mrs. Hale untrustworthy")]),
    ("Many voters consider the plan a mistake.", [("Many voters", "consider", "the plan a mistake")]),
    # look-alikes: an offer weighed, a thing looked at
    ("She considered the offer carefully.", []),
])
def test_a_small_clause_considered_true(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Mr. Hale's decision to seize on trade has surprised the party.",
     [("Hale", "decision", "to seize on trade")]),
    ("The court's decision on the pipeline was final.", [("court", "decision on", "the pipeline")]),
    # look-alikes: a decision's day, whom it was made with, a decision toward nothing named
    ("The court's decision on Friday was final.", []),
    ("Her decision with the board was final.", []),
    ("Her decision was final.", []),
])
def test_an_owned_decision(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["cue"], r["content"]) for r in quotes(text) if r["cue"].startswith("decision")] == found


def test_a_quotation_another_source_frames_is_not_the_cues() -> None:
    text = 'Ohio sought the convention in the hopes of shedding what Gilbert called "a perception problem."'
    assert all(r["content"] != "a perception problem" for r in quotes(text))
    # regression guard: a cue inside the quotation is what was said, no other source's frame
    text = '"I know this game better than anybody," Baker said.'
    assert [(r["content"], r["kind"]) for r in quotes(text)] == [("I know this game better than anybody", "direct")]


@pytest.mark.parametrize("text", [
    # a paragraph-long quotation, its marks mixed as wires write them, names someone; the `he` after it is the
    # quotation's speaker, still in reach however many sentences it ran
    ('"Baker does not understand the first thing about security,” said Daniel Hale, who was an adviser at the State '
     'Department from 2009 to 2012. "He is ignorant. First of all, Mateen was clearly radicalized here. There is no '
     'evidence whatsoever of any deeper tie."\n\nHe argued the group is "in retreat across many fronts."'),
    ('“Baker does not understand the first thing about security,” said Daniel Hale, who was an adviser at the State '
     'Department from 2009 to 2012. “He is ignorant. First of all, Mateen was clearly radicalized here. There is no '
     'evidence whatsoever of any deeper tie. Nobody saw it coming. It was a shock.”\n\nHe argued the group is “in '
     'retreat across many fronts.”'),
])
def test_the_he_after_a_long_quotation_is_its_speaker(text: str) -> None:
    assert [r["holder"] for r in quotes(text) if r["cue"] == "argued"] == ["Daniel Hale"]
