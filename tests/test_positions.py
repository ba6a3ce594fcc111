"""The positions extractor through the real spaCy pipeline: one sentence per construction.

Each expected record is (cue words, holder, stance, a word of the target,
negated, hedged); records come in text order. Sentences are our own, across
politics, business, labour, sport and international news.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_facts.extractors import Document, Result, Runner
from extract_facts.extractors.engine.given_names import gender_of

from conftest import run_text


class Want(NamedTuple):
    cue: str
    holder: str
    stance: str
    target: str = ""
    negated: bool = False
    hedged: bool = False


POSITIVE = [
    # verbal cues, active voice
    pytest.param("Shareholders rejected the proposed merger with its larger rival.",
                 [Want("rejected", "Shareholders", "oppose", "merger")], id="active-oppose"),
    pytest.param("The Football Association condemned the racist abuse directed at the players.",
                 [Want("condemned", "Football Association", "oppose", "abuse")], id="active-org"),
    pytest.param("Democrats accused the GOP of stoking the issue for political gain.",
                 [Want("accused", "Democrats", "oppose", "GOP")], id="accuse"),
    # a holder the recogniser ran into its verb (`Trump accused Holt of being a` as one WORK_OF_ART)
    pytest.param('Bemoaning the "phony system," Trump accused Holt of being a Democrat, though records show not.',
                 [Want("accused", "Trump", "oppose", "Holt")], id="name-run-into-verb"),
    # a description set off by commas after a name stands for the name
    pytest.param("Ban Ki-moon, the secretary general of the United Nations, vowed to reform the peacekeeping missions.",
                 [Want("vowed", "Ban Ki-moon", "pledge", "peacekeeping")], id="apposition-person"),
    pytest.param("Even China, Pyongyang's only ally and its economic lifeline, condemned the missile test.",
                 [Want("condemned", "China", "oppose", "missile test")], id="apposition-country"),
    pytest.param("LONDON (Reuters) - Prime Minister Tony Blair opposed the new fuel tax on Monday.",
                 [Want("opposed", "Tony Blair", "oppose", "fuel tax")], id="dateline-is-no-holder"),
    pytest.param("It is a major issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the "
                 "rich — lambasting the plan.",
                 [Want("called for", "Hillary Clinton", "demand", "tax hikes"),
                  Want("lambasting", "Hillary Clinton", "oppose", "plan")], id="contracted-has-read-as-past-tense"),
    pytest.param("The Security Council has proved ineffective because one or more of its veto-wielding permanent "
                 "members have backed the warring parties.",
                 [Want("backed", "Security Council", "support", "warring parties")], id="owned-by-its-hyphened"),
    pytest.param("An enthusiastic Sanders supporter, Seacord complained of the imbalance.",
                 [Want("supporter", "Seacord", "support", "Sanders")], id="side-taker-fronted-before-its-name"),
    pytest.param("A longtime critic of the bank, Warren said the fines were too small.",
                 [Want("critic of", "Warren", "oppose", "bank")], id="critic-fronted-before-its-name"),
    pytest.param("A Texas voter who supports Trump, Golvach lost his son in a shooting.",
                 [Want("supports", "Golvach", "support", "Trump")], id="description-fronted-before-its-name"),
    pytest.param("LAGOS 1996-08-29\nNigeria would not object to a visit by Commonwealth officials.",
                 [Want("object to", "Nigeria", "oppose", "visit", negated=True, hedged=True)],
                 id="dated-dateline-on-its-own-line"),
    # a spokesperson's `we` is the body they speak for; their `I` is themselves
    pytest.param('"We urge both sides to continue their dialogue," State Department spokesman Glyn Davies said.',
                 [Want("urge", "State Department", "demand", "both sides")], id="spokesman-we-is-the-body"),
    pytest.param('"We urge both sides to keep talking," said Glyn Davies, a spokesman for the State Department.',
                 [Want("urge", "State Department", "demand", "both sides")], id="spokesman-for-we-is-the-body"),
    # ... and so is the `we` of a body's head named with it, but not an office's words before a name
    pytest.param('"We want to make sure he wins," said Dana Roth, the president of the Coastal Action Fund.',
                 [Want("want", "Coastal Action Fund", "support", "sure he wins")], id="head-of-body-we-is-the-body"),
    pytest.param('Senate Majority Leader Mitch McConnell said: "We will block the nominee."',
                 [Want("block", "Mitch McConnell", "oppose", "nominee")], id="leader-before-name-we-is-the-leader"),
    pytest.param('"I urge both sides to keep talking," State Department spokesman Glyn Davies said.',
                 [Want("urge", "Glyn Davies", "demand", "both sides")], id="spokesman-i-is-the-spokesman"),
    # a participle set off after an object describes that object; after a place or a verb, the subject
    pytest.param("Their release was negotiated as part of a wider effort, partly backed by Prime Minister Necmettin "
                 "Erbakan, to end the conflict.", [Want("backed", "Necmettin Erbakan", "support", "wider effort")],
                 id="participle-beside-an-object"),
    pytest.param("Hundreds marched through the city on Monday, backed by the teachers' union.",
                 [Want("backed", "teachers' union", "support", "Hundreds")], id="participle-after-a-place"),
    # `regarding` and `toward` say what a stance is about, as `on` and `towards` do
    pytest.param("Administrator Jane Doe reversed a favorable decision regarding the reimbursement of costs.",
                 [Want("reversed a favorable decision regarding", "Jane Doe", "reverse", "reimbursement")],
                 id="decision-regarding"),
    # the named examples of a plural noun are the holders (`candidates like Marco Rubio`)
    pytest.param("Republican candidates like Marco Rubio have blasted Obama for his policy.",
                 [Want("blasted", "Marco Rubio", "oppose", "Obama")], id="candidates-like-a-name"),
    pytest.param("Senators such as Ted Cruz and Mike Lee oppose the bill.",
                 [Want("oppose", "Ted Cruz", "oppose", "bill"), Want("oppose", "Mike Lee", "oppose", "bill")],
                 id="senators-such-as-names"),
    # an acronym of a common noun is no one's name: `a super PAC` is a group, described
    pytest.param("Lobbyists have donated to a super PAC supporting the governor.",
                 [Want("supporting", "a super PAC", "support", "governor")], id="a-super-pac-is-no-name"),
    # a role taken is part of the target (`serve as chairman`)
    pytest.param("Mel Sembler has agreed to serve as a vice chairman of the victory fund.",
                 [Want("agreed", "Mel Sembler", "pledge", "serve as a vice chairman")], id="serve-as-a-role"),
    # a newspaper's `said` of someone else reports it, as `reported` does; `said it opposed` is its own stance
    pytest.param("The newspaper said Netanyahu opposed the plan.",
                 [Want("opposed", "Netanyahu", "oppose", "plan", hedged=True)], id="newspaper-said-is-a-report"),
    pytest.param("The newspaper said it opposed the plan.",
                 [Want("opposed", "newspaper", "oppose", "plan")], id="newspaper-said-it"),
    # a headline's own `says` is no hearsay (`is said to favour` is)
    pytest.param("U.S. says still committed to Cuba migration pacts\n\nThe United States said on Thursday it "
                 "remained committed to the accords.",
                 [Want("committed to", "United States", "pledge", "Cuba migration pacts"),
                  Want("committed to", "United States", "pledge", "accords")], id="headline-says-is-no-hedge"),
    # a particle verb's target is its `at` phrase, not the reason given with `for`
    pytest.param("Mr. Putin lashed out at Turkey for shooting down a Russian jet.",
                 [Want("lashed out", "Putin", "oppose", "Turkey")], id="lashed-out-at-not-the-reason"),
    pytest.param("Donald Trump struck back at Hillary Clinton on Twitter.",
                 [Want("struck back", "Donald Trump", "oppose", "Hillary Clinton")], id="struck-back-at-not-on"),
    pytest.param("But Weizman has spoken out frequently on the peace process with the Palestinians -- at times "
                 "urging the government to slow it down.", [Want("spoken out", "Weizman", "oppose", "peace process")],
                 id="at-times-is-when"),
    # (the line after the dateline starts a sentence, whose subject is the antecedent, not the dateline's place)
    pytest.param("NAGYATAD , Hungary 1996-08-28\nMany voters were confused. They said they backed the new rules.",
                 [Want("backed", "Many voters", "support", "new rules")], id="a-dateline-is-no-antecedent"),
    pytest.param("In the United Kingdom, most farmers opposed the new subsidy rules.",
                 [Want("opposed", "most farmers", "oppose", "subsidy")], id="place-before-subject-is-no-apposition"),
    pytest.param("The senators from both parties urged the Pentagon to release the report.",
                 [Want("urged", "senators", "demand", "release")], id="urge-object-infinitive"),
    pytest.param("Doctors have warned that the cuts will lengthen waiting times.",
                 [Want("warned", "Doctors", "warn", "cuts")], id="warn-that"),
    # what one warns of or about is the target, not whom one warns
    pytest.param("The governor is determined to warn his supporters about the dangers of staying home.",
                 [Want("warn his supporters about", "governor", "warn", "dangers of staying home")],
                 id="warn-someone-about"),
    pytest.param("Medical experts warned of the risk of an outbreak.",
                 [Want("warned of", "Medical experts", "warn", "risk of an outbreak")], id="warn-of"),
    # a preposition left at a clause's end takes the noun the clause describes
    pytest.param("These are the reforms the union warned about in its report.",
                 [Want("warned about", "union", "warn", "the reforms")], id="warned-about-stranded"),
    # a denial on the verb's auxiliary denies it
    pytest.param("The alliance does not, and never will, accept the annexation.",
                 [Want("accept", "alliance", "support", "annexation", negated=True)], id="never-on-auxiliary"),
    pytest.param("The mayor vowed to fight the closure of the hospital.",
                 [Want("vowed", "mayor", "pledge", "hospital")], id="vow-infinitive"),
    pytest.param("Union leaders threatened a nationwide strike if the pension reform goes ahead.",
                 [Want("threatened", "Union leaders", "warn", "strike")], id="threaten"),
    # multiword cues
    pytest.param("The UN Secretary-General appealed for an immediate humanitarian ceasefire.",
                 [Want("appealed for", "UN Secretary-General", "demand", "ceasefire")], id="appeal-for"),
    pytest.param("Finance Minister Rachel Reeves ruled out raising income tax.",
                 [Want("ruled out", "Rachel Reeves", "oppose", "income tax")], id="rule-out-title-drops"),
    pytest.param("The Labour Party came out in favour of a second referendum.",
                 [Want("in favour of", "Labour Party", "support", "referendum")], id="in-favour-of"),
    # any act its doer does in support of something takes that side; the act says whether it is denied
    pytest.param("Senator Graham will headline a fundraiser in support of the governor.",
                 [Want("in support of", "Graham", "support", "governor")], id="act-in-support-of"),
    pytest.param("The governor did not sign the letter in support of the pipeline.",
                 [Want("in support of", "governor", "support", "pipeline", negated=True)], id="act-in-support-denied"),
    pytest.param("Lawmakers voted against the spending bill on Thursday.",
                 [Want("voted against", "Lawmakers", "oppose", "spending bill")], id="vote-against"),
    pytest.param("The city council voted 7-2 on Monday to close the shelter.",
                 [Want("voted", "city council", "support", "close the shelter")], id="vote-to"),
    pytest.param("Nurses in the county voted overwhelmingly to accept the pay offer.",
                 [Want("accept", "Nurses", "support", "pay offer")], id="vote-to-a-cue-once"),
    pytest.param("Last week the county board voted down a bill on school prayer.",
                 [Want("voted down", "county board", "oppose", "school prayer")], id="vote-down"),
    pytest.param("The mayor voiced displeasure with the council's budget plan.",
                 [Want("voiced displeasure with", "mayor", "oppose", "budget plan")], id="voiced-displeasure"),
    pytest.param("Fishermen expressed frustration over the new quota rules.",
                 [Want("expressed frustration over", "Fishermen", "oppose", "quota rules")], id="frustration"),
    pytest.param("The carmaker threw its weight behind the new emissions standard.",
                 [Want("threw its weight behind", "carmaker", "support", "emissions")], id="throw-weight-behind"),
    pytest.param("Several clubs voiced opposition to the proposed Super League.",
                 [Want("voiced opposition to", "Several clubs", "oppose", "Super League")], id="voice-opposition"),
    pytest.param("The European Union and Japan reaffirmed their commitment to free trade.",
                 [Want("reaffirmed their commitment", "European Union", "pledge", "free trade"),
                  Want("reaffirmed their commitment", "Japan", "pledge", "free trade")], id="light-verb-conjoined"),
    pytest.param("Siemens committed to cutting its emissions by half by 2030.",
                 [Want("committed to", "Siemens", "pledge", "emissions")], id="commit-to"),
    pytest.param("Residents are opposed to the construction of the new airport.",
                 [Want("opposed to", "Residents", "oppose", "airport")], id="stative-passive"),
    pytest.param("The nurses' union turned down the hospital's latest offer.",
                 [Want("turned down", "nurses' union", "oppose", "offer")], id="turn-down"),
    pytest.param("Nvidia threw its support behind the export rules.",
                 [Want("threw its support behind", "Nvidia", "support", "export rules")], id="throw-support-behind"),
    pytest.param("Belgium, where most of the assets are held, remained opposed.",
                 [Want("opposed", "Belgium", "oppose")], id="remained-opposed"),
    pytest.param("The company said it welcomed the vote and was committed to rebuilding trust.",
                 [Want("welcomed", "company", "support", "vote"), Want("committed to", "company", "pledge", "trust")],
                 id="conjoined-stative"),
    pytest.param("The council is in favour of the plan.", [Want("in favour of", "council", "support", "plan")],
                 id="be-in-favour"),
    pytest.param("Most residents are against the new motorway.",
                 [Want("are against", "Most residents", "oppose", "motorway")], id="be-against"),
    pytest.param("The union's leaders voted in opposition to the merger.",
                 [Want("voted in opposition", "union's leaders", "oppose", "merger")], id="in-opposition-to"),
    pytest.param("The Red Cross said the SPLA had blamed a local commander and had promised the six would be freed "
                 "by Friday.", [Want("promised", "SPLA", "pledge", "six would be freed")],
                 id="reported-actor-goes-on-with-the-report"),
    pytest.param("The mayor said the senator has lost his way and has urged voters to reject him.",
                 [Want("urged", "mayor", "demand", "voters to reject him")],
                 id="unshifted-conjunct-stays-the-speakers"),
    pytest.param("Serbian officials have denied any abuses occurred during a 10-day registration period and the "
                 "Bosnian Serbs, angry at the postponement of municipal elections, have threatened to hold local "
                 "polls.",
                 [Want("threatened", "Bosnian Serbs", "warn", "hold local polls")], id="second-subject-past-its-aside"),
    pytest.param('Speaking in Berlin, Merz said the plan was "legally sound" and urged other member states to '
                 "approve it.",
                 [Want("urged", "Merz", "demand", "approve")], id="urged-after-said-no-record-for-the-urged"),
    pytest.param("LONDON (Reuters) - Britain's largest teaching union on Wednesday rejected the pay offer.",
                 [Want("rejected", "Britain's largest teaching union", "oppose", "pay offer")], id="dateline"),
    pytest.param("The Commission has defended its approach to tax rulings.",
                 [Want("defended", "Commission", "support", "approach")], id="defend"),
    pytest.param("The Irish government fundamentally disagrees with the ruling.",
                 [Want("disagrees with", "Irish government", "oppose", "ruling")], id="disagree-with"),
    pytest.param("The senator hit out at the proposed cuts to Medicaid.",
                 [Want("hit out", "senator", "oppose", "cuts")], id="hit-out-at"),
    pytest.param("Opposition leaders stepped up calls for an independent inquiry.",
                 [Want("stepped up calls for", "Opposition leaders", "demand", "inquiry")], id="step-up-calls"),
    pytest.param("Several MPs joined calls for the minister to resign.",
                 [Want("joined calls for", "MPs", "demand", "resign")], id="join-calls-for-clause"),
    pytest.param("The regulator gave the green light to the merger.",
                 [Want("gave the green light to", "regulator", "support", "merger")], id="green-light"),
    pytest.param("The board signed off on the new strategy.",
                 [Want("signed off", "board", "support", "strategy")], id="sign-off-on"),
    pytest.param("The Senate shot down the proposal.", [Want("shot down", "Senate", "oppose", "proposal")],
                 id="shoot-down"),
    pytest.param("The club guaranteed that ticket prices would not rise.",
                 [Want("guaranteed that", "club", "pledge", "ticket prices")], id="guarantee-that"),
    pytest.param("The players threatened to boycott the World Cup.",
                 [Want("threatened", "players", "warn", "boycott")], id="threat-covers-its-act"),
    pytest.param("Farmers want the government to scrap the levy.",
                 [Want("want", "Farmers", "demand", "levy")], id="want-someone-to"),
    # a state of affairs wanted without `to`: a participle after its own subject
    pytest.param("The lawmakers want Trump banned from the country.",
                 [Want("want", "lawmakers", "demand", "Trump banned from the country")], id="want-someone-banned"),
    pytest.param("The farmers want the levy repealed.",
                 [Want("want", "farmers", "demand", "the levy repealed")], id="want-a-law-repealed"),
    pytest.param("Both parties want the government playing an active role.",
                 [Want("want", "parties", "demand", "government playing an active role")], id="want-someone-doing"),
    pytest.param("The union wants the wall built by the contractors.",
                 [Want("wants", "union", "demand", "the wall built by the contractors")], id="want-a-thing-built"),
    # a pledge that vouches for what is or was states it; one of what will be pledges it
    pytest.param("The governor pledged that the senator really is in favor of free trade.",
                 [Want("pledged", "governor", "state", "senator really is in favor"),
                  Want("is in favor of", "senator", "support", "free trade")], id="pledge-of-what-is"),
    pytest.param("The governor pledged that the senator will cut taxes.",
                 [Want("pledged", "governor", "pledge", "senator will cut taxes")], id="pledge-of-what-will-be"),
    pytest.param("The governor swears that voters love him.",  # a state in the present tense is what is
                 [Want("swears", "governor", "state", "voters love him")], id="pledge-of-a-present-state"),
    pytest.param("The governor promised nobody loses coverage.",  # an act in the present tense is what will be
                 [Want("promised", "governor", "pledge", "nobody loses coverage")], id="pledge-of-a-present-act"),
        pytest.param("The senator opposed the war and the support for the rebels.",  # (one act on both)
                 [Want("opposed", "senator", "oppose", "the war and the support for the rebels")],
                 id="two-objects-one-stance"),
    pytest.param("Senator Sanders wants to see Clinton embrace his top priorities.",
                 [Want("wants", "Sanders", "demand", "Clinton embrace")], id="want-to-see-someone-do"),
    pytest.param("The senator wants to see the film again.", [], id="want-to-see-a-thing"),
    pytest.param("The committee declined to interview the director.",
                 [Want("declined", "committee", "oppose", "interview", negated=False)], id="declined-to-interview"),
    pytest.param("The union asked members to reject the offer.",
                 [Want("asked", "union", "demand", "reject")], id="ask-someone-to"),
    pytest.param("The bishops gave their blessing to the reform.",
                 [Want("gave their blessing to", "bishops", "support", "reform")], id="give-blessing"),
    pytest.param("Both Germany and France backed the plan.",
                 [Want("backed", "Germany", "support", "plan"), Want("backed", "France", "support", "plan")],
                 id="both-and"),
    # reversals
    pytest.param("Netflix has dropped its objection to the new streaming levy.",
                 [Want("dropped its objection", "Netflix", "reverse", "levy")], id="drop-objection"),
    pytest.param("The union has softened its position on pay.",
                 [Want("softened its position", "union", "reverse", "pay")], id="soften-position"),
    pytest.param("The federation changed tack on doping controls.",
                 [Want("changed tack", "federation", "reverse", "doping")], id="change-tack"),
    pytest.param("Under pressure from donors, the government reversed course on the fuel subsidy.",
                 [Want("reversed course", "government", "reverse", "fuel subsidy")], id="reverse-course"),
    pytest.param("Sony backed away from its plan to raise console prices.",
                 [Want("backed away", "Sony", "reverse", "console prices")], id="back-away-from"),
    # nominal cues: the possessor holds the stance
    pytest.param("Kenya's opposition to the tariff was expected.",
                 [Want("opposition", "Kenya", "oppose", "tariff")], id="nominal-opposition"),
    pytest.param("The pilots' demand for a four-day week was rejected by the airline.",
                 [Want("demand", "pilots", "demand", "four-day week"),
                  Want("rejected", "airline", "oppose", "demand")], id="nominal-and-passive"),
    pytest.param("Canada welcomed Mexico's offer to share border data.",
                 [Want("welcomed", "Canada", "support", "offer"), Want("offer", "Mexico", "pledge", "border data")],
                 id="nominal-offer-infinitive"),
    pytest.param("Germany's rejection of the plan angered its partners.",
                 [Want("rejection", "Germany", "oppose", "plan")], id="nominal-rejection-of"),
    pytest.param("India's insistence on exemptions delayed the talks.",
                 [Want("insistence", "India", "demand", "exemptions")], id="nominal-insistence-on"),
    # ... but an insistence that states what is or will be is a statement, as `insisted that` is
    pytest.param("Clinton's insistence that progressive energy will bring out voters drew criticism.",
                 [Want("insistence", "Clinton", "state", "progressive energy will bring out voters")],
                 id="nominal-insistence-that-states"),
    pytest.param("Clinton's insistence that the party should adopt her platform drew criticism.",
                 [Want("insistence", "Clinton", "demand", "the party should adopt her platform")],
                 id="nominal-insistence-that-asks"),
    pytest.param("Labour's pledge to scrap tuition fees proved popular.",
                 [Want("pledge", "Labour", "pledge", "tuition")], id="nominal-pledge-infinitive"),
    pytest.param("The president backtracked on his promise to cut taxes.",
                 [Want("backtracked", "president", "reverse", "taxes")], id="own-earlier-stance-is-the-target"),
    pytest.param("The president backtracked from his red line on chemical weapons.",
                 [Want("backtracked", "president", "reverse", "red line")], id="backtracked-from"),
    pytest.param("The government performed a U-turn on the tax.",
                 [Want("U-turn", "government", "reverse", "tax")], id="u-turn"),
    pytest.param("The party performed an about-face on immigration.",
                 [Want("about-face", "party", "reverse", "immigration")], id="about-face"),
    pytest.param("Tokyo and Seoul have agreed to cooperate on chip supply chains.",
                 [Want("agreed", "Japan", "pledge", "chip"), Want("agreed", "South Korea", "pledge", "chip")],
                 id="agree-to"),
    # passives: the by-agent holds the stance, the subject is the target
    pytest.param("The proposal was backed by Germany, France and Italy.",
                 [Want("backed", "Germany", "support", "proposal"), Want("backed", "France", "support", "proposal"),
                  Want("backed", "Italy", "support", "proposal")], id="passive-conjoined-agents"),
    pytest.param("The measure, opposed by several Republican senators, passed narrowly.",
                 [Want("opposed", "several Republican senators", "oppose", "measure")], id="passive-participle"),
    # holders reached through the parse
    pytest.param("Having criticised the plan for months, the union finally endorsed it on Monday.",
                 [Want("criticised", "union", "oppose", "plan"), Want("endorsed", "union", "support", "it")],
                 id="participial-clause"),
    pytest.param("Paris welcomed the ceasefire and called for talks to resume.",
                 [Want("welcomed", "France", "support", "ceasefire"), Want("called for", "France", "demand", "talks")],
                 id="capital-and-conjoined-verbs"),
    pytest.param("Seoul and Tokyo jointly condemned the missile launch.",
                 [Want("condemned", "South Korea", "oppose", "missile"),
                  Want("condemned", "Japan", "oppose", "missile")],
                 id="conjoined-capitals"),
    pytest.param("Apple CEO Tim Cook praised the new trade agreement.",
                 [Want("praised", "Tim Cook", "support", "trade agreement")], id="title-drops"),
    pytest.param("Egypt's foreign ministry urged restraint on all sides.",
                 [Want("urged", "Egypt's foreign ministry", "demand", "restraint")], id="possessive-holder"),
    pytest.param('"This is a betrayal," said the union\'s general secretary, Sharon Graham, who called for a strike.',
                 [Want("called for", "Sharon Graham", "demand", "strike")], id="appositive-name"),
    pytest.param("We must reject this deal, the party leader told delegates.",
                 [Want("reject", "party leader", "oppose", "deal")], id="first-person-obligation"),
    pytest.param("The rebels must reject violence and disarm, the envoy said.",
                 [Want("said", "envoy", "demand", "violence")], id="obligation-on-a-third-party"),
    pytest.param('"The government must act now," said the union leader.',
                 [Want("said", "union leader", "demand", "government")], id="quoted-demand"),
    pytest.param('"This law must be repealed," the bishops said in a joint statement.',
                 [Want("said", "bishops", "demand", "law")], id="quoted-passive-demand"),
    pytest.param("The WHO expressed concern over the rise in cases.",
                 [Want("expressed concern over", "WHO", "warn", "cases")], id="express-concern"),
    pytest.param("The sponsor pulled its support for the event.",
                 [Want("pulled its support", "sponsor", "reverse", "event")], id="pull-support"),
    pytest.param("Sony abandoned its plan to raise prices.",
                 [Want("abandoned its plan", "Sony", "reverse", "prices")], id="abandon-own-plan"),
    pytest.param("The party has yet to endorse a candidate.",
                 [Want("endorse", "party", "support", "candidate", negated=True)], id="yet-to"),
    pytest.param("Japan's government opposes the plan.", [Want("opposes", "Japan", "oppose", "plan")],
                 id="country-s-government"),
    # pronouns and definite descriptions
    pytest.param("Toyota said on Tuesday that it supports the government's hydrogen strategy.",
                 [Want("supports", "Toyota", "support", "hydrogen")], id="pronoun-same-sentence"),
    pytest.param("Google and Microsoft publicly opposed the bill last year. This year the companies backed a revised "
                 "version.",
                 [Want("opposed", "Google", "oppose", "bill"), Want("opposed", "Microsoft", "oppose", "bill"),
                  Want("backed", "Google", "support", "revised"), Want("backed", "Microsoft", "support", "revised")],
                 id="plural-description"),
    pytest.param("Russia denounced the decision as illegal. Moscow also threatened to expel the diplomats.",
                 [Want("denounced", "Russia", "oppose", "decision"), Want("threatened", "Russia", "warn", "diplomats")],
                 id="capital-second-sentence"),
    pytest.param("Chancellor Maria Keller met the unions on Monday. The chancellor rejected their demands.",
                 [Want("rejected", "Maria Keller", "oppose", "demands")], id="definite-description-person"),
    pytest.param("The dockworkers' union met on Friday. It later called for an independent review of safety.",
                 [Want("called for", "dockworkers' union", "demand", "review")], id="pronoun-previous-sentence"),
    # quotes and statements
    pytest.param('"We will protect every inch of our territory," the defence minister told reporters.',
                 [Want("We will protect", "defence minister", "state", "territory")], id="quote-speaker"),
    pytest.param("Brussels insisted that the rules would not change.",
                 [Want("insisted that", "European Union", "state", "rules")], id="stating-that"),
    pytest.param("Berlin has not backed the tariffs, and Brussels warned of retaliation.",
                 [Want("backed", "Germany", "support", "tariffs", negated=True),
                  Want("warned", "European Union", "warn", "retaliation")], id="brussels-acts-for-the-eu"),
    pytest.param("The players' union said it would boycott the tournament unless the schedule changed.",
                 [Want("boycott", "players' union", "oppose", "tournament", hedged=True)], id="reported-threat"),
    pytest.param("The teachers said they would walk out unless class sizes were reduced.",
                 [Want("walk", "teachers", "warn", "class sizes", hedged=True)], id="conditional-threat"),
    pytest.param('The minister said: "We will never accept this deal."',
                 [Want("We will never accept", "minister", "state", "deal")], id="quoted-refusal-is-a-statement"),
    pytest.param("Levy called for peace efforts with the PLO to be halted.",
                 [Want("called for", "Levy", "demand", "peace efforts with the PLO to be halted")],
                 id="demand-for-runs-on-in-an-infinitive"),
    pytest.param("Students call for halt to contacts with the company.",
                 [Want("call for", "Students", "demand", "halt to contacts with the company")],
                 id="demand-for-runs-on-in-a-phrase"),
    pytest.param("The senator called for a vote on Tuesday.",
                 [Want("called for", "senator", "demand", "a vote")], id="demand-for-not-its-day"),
    pytest.param('"We will continue to fight this ruling," the union leader said.',
                 [Want("We will continue", "union leader", "state", "fight this ruling")], id="quoted-course-kept"),
    pytest.param('"Our members will not accept a pay cut," a union spokesman said.',
                 [Want("will not accept", "a union spokesman", "state", "pay cut")], id="quote-our-members"),
    pytest.param('"We are committed to reducing emissions," the company said in a statement.',
                 [Want("committed to", "company", "pledge", "emissions")], id="quoted-stance-verb-speaker"),
    pytest.param("The Kremlin dismissed the report as fake news.",
                 [Want("dismissed", "Kremlin", "oppose", "report")], id="dismiss-as"),
    pytest.param("Tehran dismissed the allegations.", [Want("dismissed", "Iran", "oppose", "allegations")],
                 id="dismiss-claims"),
    pytest.param("The bill, which the governor strongly supports, passed the Senate.",
                 [Want("supports", "governor", "support", "bill")], id="relative-clause-object"),
    pytest.param("Kyiv welcomed the decision.", [Want("welcomed", "Ukraine", "support", "decision")],
                 id="capital-the-tagger-missed"),
    pytest.param("Teachers in Scotland accepted the improved pay offer.",
                 [Want("accepted", "Teachers", "support", "pay offer")], id="accept"),
    pytest.param('"We will not back down," according to the union\'s leader.',
                 [Want("We will not back", "union's leader", "state", "down")], id="according-to-speaker"),
    pytest.param('"We reject this offer," said union leader Jane Smith. "We will fight any deal that cuts pensions."',
                 [Want("reject", "Jane Smith", "oppose", "offer"),
                  Want("We will fight", "Jane Smith", "state", "deal")],
                 id="quote-runs-on"),
    # negation and hedges
    pytest.param("Neither Hungary nor Slovakia backed the sanctions package.",
                 [Want("backed", "Hungary", "support", "sanctions", negated=True),
                  Want("backed", "Slovakia", "support", "sanctions", negated=True)], id="neither-nor"),
    pytest.param("None of the governors is pushing for a new curfew.",  # (a subject that denies anyone did it)
                 [Want("pushing for", "governors", "demand", "curfew", negated=True)], id="none-of-them"),
    pytest.param("The president has never supported the death penalty.",
                 [Want("supported", "president", "support", "death penalty", negated=True)], id="never"),
    pytest.param("The regional council declined to endorse the wind farm.",
                 [Want("endorse", "regional council", "support", "wind farm", negated=True)], id="declined-to"),
    pytest.param("The senator has shied away from endorsing the pipeline.",
                 [Want("endorsing", "senator", "support", "pipeline", negated=True)], id="shied-away-from"),
    pytest.param("Several governors hesitated to endorse the new curfew.",
                 [Want("endorse", "Several governors", "support", "curfew", negated=True)], id="hesitated-to"),
    pytest.param("Shareholders no longer back the chairman's strategy.",
                 [Want("back", "Shareholders", "support", "strategy", negated=True)], id="no-longer"),
    pytest.param("Beijing is expected to oppose any resolution that criticises its human rights record.",
                 [Want("oppose", "China", "oppose", "resolution", hedged=True)], id="expected-to"),
    pytest.param("The union is unlikely to back the deal.",  # (probably will not: a denied stance, hedged)
                 [Want("back", "union", "support", "deal", negated=True, hedged=True)], id="unlikely-to"),
    pytest.param("The company denied that it had lobbied against the rules.",
                 [Want("lobbied against", "company", "oppose", "rules", negated=True)], id="denied-that"),
    pytest.param("Tesla has reportedly lobbied against the new tariffs.",
                 [Want("lobbied against", "Tesla", "oppose", "tariffs", hedged=True)], id="reportedly"),
    pytest.param("Senator Hale mocked the campaign, describing Governor Marsh's statement that he opposed the war as "
                 "a fairy tale.",  # (the owner of the statement is the `he` of its clause, not the one describing it)
                 [Want("opposed", "Marsh", "oppose", "war")], id="statement-owners-he"),
    pytest.param("At least four senators claim to object to their party's stance on the pipeline.",
                 [Want("object to", "At least four senators", "oppose", "stance", hedged=True)], id="claim-to"),
    pytest.param("Germany is said to favour a compromise on the budget.",
                 [Want("favour", "Germany", "support", "compromise", hedged=True)], id="is-said-to"),
    pytest.param("Tesla opposed the new rules, according to people familiar with the matter.",
                 [Want("opposed", "Tesla", "oppose", "rules", hedged=True)], id="according-to-unnamed-sources"),
    pytest.param("According to the ministry, Japan backed the plan.",
                 [Want("backed", "Japan", "support", "plan")], id="according-to-a-named-source"),
    pytest.param("The striker may support the proposal to expand the league.",
                 [Want("support", "striker", "support", "league", hedged=True)], id="may"),
    # held-out classes (benchmarks/positions-heldout.jsonl)
    pytest.param("The Teamsters, the Machinists and the Steelworkers endorsed the candidate.",
                 [Want("endorsed", "Teamsters", "support", "candidate"),
                  Want("endorsed", "Machinists", "support", "candidate"),
                  Want("endorsed", "Steelworkers", "support", "candidate")], id="list-read-as-apposition"),
    pytest.param("The Free Democrats rejected the tax rise.",
                 [Want("rejected", "Free Democrats", "oppose", "tax rise")], id="name-cut-by-recogniser"),
    pytest.param("Zalando cut prices in March. The retailer then backed the new returns law.",
                 [Want("backed", "Zalando", "support", "returns law")], id="description-of-unrecognised-name"),
    pytest.param('"We back the nurses all the way," added the chairwoman of the hospital trust.',
                 [Want("back", "chairwoman of the hospital trust", "support", "nurses")], id="inverted-speaker"),
    pytest.param('"The levy is unfair and we will fight it," said Maria Lopez, who leads the growers.',
                 [Want("we will fight", "Maria Lopez", "state", "it")], id="quoted-second-conjunct"),
    pytest.param("The treaty was signed by Chile and rejected by Peru.",
                 [Want("rejected", "Peru", "oppose", "treaty")], id="conjoined-passive"),
    pytest.param("The pension fund stopped short of endorsing the takeover.",
                 [Want("endorsing", "pension fund", "support", "takeover", negated=True)], id="stopped-short-of"),
    pytest.param("The bank refrained from backing the rescue plan.",
                 [Want("backing", "bank", "support", "rescue", negated=True)], id="refrained-from"),
    pytest.param("Airlines balked at the proposed landing fees.",
                 [Want("balked at", "Airlines", "oppose", "landing fees")], id="balk-at"),
    pytest.param("The hauliers pushed back against the new toll.",
                 [Want("pushed back", "hauliers", "oppose", "toll")], id="push-back-against"),
    pytest.param("The farmers' union took issue with the water rules.",
                 [Want("took issue with", "farmers' union", "oppose", "water rules")], id="take-issue-with"),
    pytest.param("The oil industry lobbied against the windfall tax.",
                 [Want("lobbied against", "oil industry", "oppose", "windfall tax")], id="industry-as-actor"),
    pytest.param("Calls from the unions for a general strike grew louder.",
                 [Want("Calls", "unions", "demand", "general strike")], id="stance-nouns-that-grow"),
    pytest.param("The decision attracted criticism from human rights groups.",
                 [Want("criticism", "human rights groups", "oppose", "decision")], id="drew-criticism-from"),
    pytest.param("The regulator said it had no objection to the takeover.",
                 [Want("had no objection to", "regulator", "oppose", "takeover", negated=True)],
                 id="had-no-objection"),
    pytest.param("The WHO ruled against the use of the drug, and its director appealed to donors to fund trials.",
                 [Want("ruled against", "WHO", "oppose", "drug"), Want("appealed to", "WHO", "demand", "donors")],
                 id="rule-against-appeal-to"),
    pytest.param("Parents voiced fears about the closure of the village school.",
                 [Want("voiced fears about", "Parents", "warn", "closure")], id="voice-fears"),
    pytest.param("The Secretary of Defense opposed the troop withdrawal.",
                 [Want("opposed", "Secretary of Defense", "oppose", "withdrawal")], id="office-named-with-of"),
    pytest.param("The president announced the commitment of Canada to the peace talks.",
                 [Want("announced the commitment", "Canada", "pledge", "peace talks")], id="stance-noun-of-actor"),
    # with no other phrase aiming the noun, its `of` phrase is what is endorsed; with one, the holder
    pytest.param("The former governor gave the crowd an endorsement of Maria Keller.",
                 [Want("endorsement of", "former governor", "support", "Maria Keller")], id="gave-an-endorsement-of"),
    pytest.param("Gore will make a formal endorsement of Hillary Clinton on Monday.",
                 [Want("endorsement of", "Gore", "support", "Hillary Clinton")], id="endorsement-of-on-a-day"),
    pytest.param("Former Gov. Rick Perry announced his endorsement of Sen. Ted Cruz for president on Sunday.",
                 [Want("endorsement of", "Rick Perry", "support", "Ted Cruz")], id="his-endorsement-of-for"),
    pytest.param("The group will announce the endorsements of more than 100 pastors for the mayor.",
                 [Want("endorsements of", "more than 100 pastors", "support", "mayor")],
                 id="endorsements-of-actors-for"),
    # a support verb with a clause of what someone else is to do asks it of them
    pytest.param("At the debate, Ms. Keller recommended that the senator step down.",
                 [Want("recommended", "Keller", "demand", "senator step down")], id="recommend-that-a-clause"),
    pytest.param("The panel recommended the merger.",
                 [Want("recommended", "panel", "support", "merger")], id="recommend-a-thing"),
    pytest.param("Economists have proposed that the tax cuts will pay for themselves.",
                 [Want("proposed", "Economists", "support", "tax cuts")], id="propose-a-claim"),
    # an oppose noun's `of` phrase is its target whatever phrase follows
    pytest.param("McConnell voiced sharp criticism of Obama on the Senate floor.",
                 [Want("criticism of", "McConnell", "oppose", "Obama")], id="criticism-of-on-a-place"),
    pytest.param("The motion has the backing of the miners' union.",
                 [Want("backing", "miners' union", "support", "motion")], id="has-the-backing-of"),
    pytest.param("The bill won the support of the farmers.",
                 [Want("support", "farmers", "support", "bill")], id="won-the-support-of"),
    pytest.param("The mayor picked up the endorsement of the teachers' union last week.",
                 [Want("endorsement", "teachers' union", "support", "mayor")], id="picked-up-the-endorsement-of"),
    # a dateline before the one who has it is no part of the target
    pytest.param("DENVER - The mayor received the endorsement of the teachers' union on Friday.",
                 [Want("endorsement", "teachers' union", "support", "The mayor")], id="endorsement-after-dateline"),
    # a name hyphened to a participle of backing backs the noun it describes
    pytest.param("The council approved two Greenpeace-backed proposals on Monday.",
                 [Want("approved", "council", "support", "proposals"), Want("backed", "Greenpeace", "support",
                                                                              "proposals")], id="name-backed"),
    pytest.param("The governor has toured the state and won the endorsement of the teachers' union.",
                 [Want("endorsement", "teachers' union", "support", "governor")], id="won-the-support-second-verb"),
    pytest.param("The mayor also has the endorsement of most of the city's big unions.",
                 [Want("endorsement", "city's big unions", "support", "mayor")], id="backing-of-a-counted-group"),
    pytest.param("The railway operator will not renew the contract, a spokeswoman said.",
                 [Want("renew", "railway operator", "state", "contract")], id="refusal-told-by-a-spokeswoman"),
    pytest.param("The senate rubber-stamped the emergency budget.",
                 [Want("rubber-stamped", "senate", "support", "budget")], id="hyphenated-verb"),
    # shelving one's own plan reverses it; a body shelving someone else's blocks it
    pytest.param("The Supreme Court temporarily shelved his Clean Power Plan.",
                 [Want("shelved", "Supreme Court", "oppose", "Clean Power Plan")], id="shelved-anothers-plan"),
    pytest.param("The company shelved its merger plan.",
                 [Want("shelved", "company", "reverse", "merger plan")], id="shelved-its-own-plan"),
    pytest.param("Trump shelved his plan to build a wall.",
                 [Want("shelved", "Trump", "reverse", "plan")], id="shelved-his-own-plan"),
    pytest.param("The ministry walked back its comments on the pension age.",
                 [Want("walked back", "ministry", "reverse", "comments")], id="walk-back"),
    pytest.param("The council knocked back the bid for a casino licence.",
                 [Want("knocked back", "council", "oppose", "bid")], id="knock-back"),
    pytest.param("The striker's agent denied backing the transfer.",
                 [Want("backing", "striker's agent", "support", "transfer", negated=True)], id="denied-gerund"),
    pytest.param("Both airlines agreed to the new slot rules.",
                 [Want("agreed to", "airlines", "support", "slot rules")], id="agree-to-a-noun"),
    # agreeing that something is so states it (agreeing to a thing supports it)
    pytest.param("The four contenders largely agreed that trade deals were needed to protect workers.",
                 [Want("agreed", "four contenders", "state", "trade deals were needed")], id="agree-that-a-claim"),
    pytest.param("The players' association blasted the new disciplinary code.",
                 [Want("blasted", "players' association", "oppose", "disciplinary code")], id="blast"),
    pytest.param("Bonds issued by the carmaker slumped after it warned against a price cap.",
                 [Want("warned against", "carmaker", "warn", "price cap")], id="pronoun-for-a-definite-object"),
    pytest.param("The nurses' demands include safe staffing levels.",
                 [Want("demands", "nurses", "demand", "staffing")], id="stance-noun-stated-by-include"),
    pytest.param("The governor, a former prosecutor, called for calm in the city.",
                 [Want("called for", "governor", "demand", "calm")], id="apposition-before-the-verb"),
    # names with a conjunction or a capitalised preposition inside are one holder
    pytest.param("Procter and Gamble endorsed the proposed ban on plastic packaging.",
                 [Want("endorsed", "Procter and Gamble", "support", "ban")], id="name-with-and"),
    pytest.param("The Organisation for Economic Co-operation and Development urged governments to cut subsidies.",
                 [Want("urged", "Organisation for Economic Co-operation and Development", "demand", "subsidies")],
                 id="name-cut-short-at-and"),
    pytest.param("Doctors Without Borders condemned the bombing of a hospital in northern Yemen.",
                 [Want("condemned", "Doctors Without Borders", "oppose", "bombing")], id="name-with-preposition"),
    pytest.param('"We strongly oppose any attempt to change the status quo," the Japanese foreign ministry said.',
                 [Want("oppose", "Japanese foreign ministry", "oppose", "status quo")], id="lower-case-tagged-name"),
    # issue 16: holders through the resolver, stances declared by their holder, negation, hedges, labels
    pytest.param("Maria Lopez is a veteran, a reformer and a campaigner who has repeatedly pledged to abolish the tax.",
                 [Want("pledged", "Maria Lopez", "pledge", "abolish the tax")], id="relative-pronoun-through-copula"),
    pytest.param("The tax was opposed by Greenpeace, which has long campaigned against new airports.",
                 [Want("opposed", "Greenpeace", "oppose", "tax"),
                  Want("campaigned against", "Greenpeace", "oppose", "airports")], id="which-to-its-antecedent"),
    pytest.param("The minister maintained that the council should scrap the levy, not raising fares.",
                 [Want("maintained that", "minister", "demand", "scrap the levy")], id="speaker-holds-the-demand"),
    pytest.param("The actor Tom Banks campaigned for Senator Jane Reed in Ohio.",
                 [Want("campaigned for", "Tom Banks", "support", "Jane Reed")], id="campaign-for-is-support"),
    pytest.param("Several senators gave zero support to the spending bill.",
                 [Want("gave zero support to", "Several senators", "support", "spending bill", negated=True)],
                 id="zero-support-is-negated"),
    pytest.param("It is impossible for the European Union to approve the merger.",
                 [Want("approve", "European Union", "support", "merger", negated=True)], id="impossible-to-approve"),
    pytest.param("The senator is unlikely to vote for the merger.",
                 [Want("vote for", "senator", "support", "merger", negated=True, hedged=True)],
                 id="unlikely-to-is-hedged-and-negated"),
    pytest.param("Several senators did not step up to oppose the merger.",
                 [Want("oppose", "Several senators", "oppose", "merger", negated=True)], id="did-not-step-up-to"),
    pytest.param("The regulator decided against recommending a fine for the bank.",
                 [Want("recommending", "regulator", "support", "fine", negated=True)], id="decided-against"),
    pytest.param("The board voted against endorsing the merger.",
                 [Want("voted against", "board", "oppose", "merger")], id="gerund-is-the-target"),
    pytest.param("Angela Novak has been a fierce supporter of the peace plan.",
                 [Want("fierce supporter of", "Angela Novak", "support", "peace plan")], id="copular-supporter-of"),
    pytest.param("The plan matters most to Sheldon Marks, a fierce supporter of the treaty, who gave millions.",
                 [Want("fierce supporter of", "Sheldon Marks", "support", "treaty")], id="apposed-supporter-of"),
    pytest.param("Jamal Reed, an Obama supporter, said the mood had shifted.",
                 [Want("supporter", "Jamal Reed", "support", "Obama")], id="apposed-name-supporter"),
    pytest.param("Many Trump supporters booed the speech.", [], id="group-named-by-its-side"),
    pytest.param("The request was likely to be opposed by the mayor's relatives.",
                 [Want("opposed", "mayor's relatives", "oppose", "request", hedged=True)], id="raised-passive-target"),
    pytest.param("Kicking off the day at a town hall in Salem, Trump accused Cruz, the senator from Texas, of being "
                 "politically correct.", [Want("accused", "Trump", "oppose", "Cruz")], id="verb-read-as-modifier"),
    pytest.param("The reviled Trump Tower stands on Fifth Avenue.", [], id="modifier-of-a-name"),
    pytest.param("But Maria Lopez has also promised to push harder than the mayor in extending rent relief to "
                 "tenants, opposed his signature stadium deal and outstripped his plans for the port.",
                 [Want("promised", "Maria Lopez", "pledge", "push harder"),
                  Want("opposed", "Maria Lopez", "oppose", "stadium deal")], id="verbs-of-a-list"),
    pytest.param("The field is split, though, with Anna Berg, Tom Banks and Lisa Wong all calling for a fuel rule.",
                 [Want("calling for", "Anna Berg", "demand", "fuel rule"),
                  Want("calling for", "Tom Banks", "demand", "fuel rule"),
                  Want("calling for", "Lisa Wong", "demand", "fuel rule")], id="names-all-doing"),
    pytest.param("The farmers' union wants higher subsidies for dairy.",
                 [Want("wants", "farmers' union", "support", "subsidies")], id="want-an-object"),
    pytest.param("Dozens of members of the ruling party condemned the remarks.",
                 [Want("condemned", "members of the ruling party", "oppose", "remarks")], id="counted-group-holds"),
    pytest.param("Kim Lee won the election on Sunday. The President-Elect praised the turnout.",
                 [Want("praised", "Kim Lee", "support", "turnout")], id="title-stands-for-its-holder"),
    pytest.param("The two countries signed an agreement to cut tariffs on steel.",
                 [Want("signed an agreement", "two countries", "pledge", "cut tariffs")], id="signed-agreement-to"),
    pytest.param("Norway insisted that the whaling fleet stop its hunt.",
                 [Want("insisted that", "Norway", "demand", "whaling fleet")], id="insist-that-mandate"),
    pytest.param("Coal miners staged a protest against the mine closures.",
                 [Want("staged a protest against", "Coal miners", "oppose", "mine closures")], id="staged-protest"),
    pytest.param("Lawmakers in Oslo unveiled a proposal for a wealth tax.",
                 [Want("unveiled a proposal for", "Lawmakers", "support", "wealth tax")], id="unveiled-proposal"),
    pytest.param("President Anna Berg sounded a call for the United States to accept more refugees.",
                 [Want("sounded a call for", "Anna Berg", "demand", "refugees")], id="demanded-act-is-no-stance"),
    pytest.param("Donald Reed, the Republican candidate, spoke in Iowa. The GOP candidate proposes allowing "
                 "parents to deduct child care.",
                 [Want("proposes", "Donald Reed", "support", "deduct")], id="description-with-modifiers"),
    pytest.param("Ivana Reed filed papers on Monday. The judge agreed with Ivana Reed that her file stays sealed.",
                 [Want("agreed with", "judge", "support", "Ivana Reed")], id="role-not-given-to-another-person"),
    pytest.param("Critics who oppose the levy marched on Monday.",
                 [Want("oppose", "Critics", "oppose", "levy")], id="plural-antecedent-of-who"),
    pytest.param("David Axelrod on Wednesday called on Howard Dean to apologize.",
                 [Want("called on", "David Axelrod", "demand", "Howard Dean to apologize")], id="target-after-the-cue"),
    pytest.param("In 2010, the climate bill failed, blocked by senators from both parties.",
                 [Want("blocked", "senators", "oppose", "climate bill")], id="passive-participle-target"),
    pytest.param("European leaders met on Friday, offering new defence initiatives for the bloc.",
                 [Want("offering", "European leaders", "support", "defence initiatives")], id="offer-a-proposal"),
    pytest.param("The coalition wants to preserve its neutrality policy.",
                 [Want("wants", "coalition", "support", "neutrality policy")], id="want-own-policy"),
]

NEGATIVE = [
    # a side taken by another's act, or aimed at nothing, is none of the subject's
    "The pastor recalled the champion's generosity in support of a hunger program.",
    "The senator locked in support among older voters.",
    # a status, read as a clause with its owner as the subject
    "The trade theme hurt the Democrats’ standing with a once-loyal voting bloc.",
    # a stance and its opposite offered as alternatives declare neither
    "Super PACs, PACs and party committees file reports each time they spend money to support or oppose any "
    "federal candidate by name.",
    "The senator may support or oppose the bill.",
    # a participle after an article, a possessive or a preposition's determiner describes the noun after it
    "Hillary Clinton has bristled at the implication that he could overcome her big leads in both pledged delegates "
    "and the popular vote.",
    pytest.param("Support for the ruling coalition dropped to 31 percent in March.", id="support-for-as-subject"),
    pytest.param("The new pillars support the weight of the roof.", id="inanimate-subject"),
    pytest.param("Shares in the chipmaker supported the Nasdaq on Friday.", id="shares-support-index"),
    pytest.param("Opposition lawmakers gathered outside the parliament building.", id="opposition-adjective"),
    pytest.param("A call centre in Dublin employs 300 people.", id="call-centre"),
    pytest.param("The retailer reported a pre-tax loss of 12 million pounds.", id="reported-loss"),
    pytest.param("Will the senate approve the budget before the recess?", id="question"),
    pytest.param("If any member rejects the treaty, it cannot come into force.", id="hypothetical-actor"),
    pytest.param("The regulator is investigating whether the bank broke the rules.", id="indirect-question"),
    pytest.param("The Federal Reserve held rates steady on Wednesday.", id="plain-fact"),
    pytest.param("The team's support staff were praised.", id="passive-without-agent"),
    pytest.param("The club is seeking the backing of its fans for a new stadium.", id="sought-support"),
    pytest.param("The mayor is trying to win the endorsement of the teachers' union.", id="striving-for-support"),
    pytest.param("The mayor did not pick up the endorsement of the teachers' union.", id="support-not-picked-up"),
    pytest.param("The mayor picked apart the criticism from economists.", id="picked-apart"),
    pytest.param("The pastor recalled her generosity in support of refugees.", id="her-act-in-support"),
    pytest.param("Mr. Obama wants the guns used in the attack traced.", id="two-participles-wanted"),
    pytest.param("The Soviet-backed regime fell in 1991.", id="a-people-backed"),
    pytest.param("The company offered no explanation for the delay.", id="offer-without-infinitive"),
    pytest.param("Supporters of the club celebrated the win.", id="supporters"),
    pytest.param("The champion defended her title in Paris.", id="defend-a-title"),
    pytest.param("The club dismissed the coach after the defeat.", id="dismiss-a-person"),
    pytest.param("Farmers want to sell their land.", id="want-for-oneself"),
    pytest.param("He said the economy should recover next year.", id="should-as-prediction"),
    pytest.param("The minister was asked to comment.", id="asked-passive"),
    pytest.param("China's demand for coal rose 5% last year.", id="demand-as-quantity"),
    pytest.param("The government scrapped the fuel tax.", id="scrap-without-own-plan"),
    pytest.param("Citizens will defend themselves against any invasion.", id="defend-themselves"),
    pytest.param("It is no good demanding sacrifice one day and opposing cuts the next.", id="expletive-it"),
    pytest.param("A country that rejects the treaty would lose its voting rights.", id="indefinite-relative-clause"),
    pytest.param("The Common Market will not fulfil its own high promise.", id="stance-noun-without-target"),
    pytest.param("For three decades, presidents have come before Congress.", id="preposition-before-verb"),
    pytest.param("The goalkeeper defended superbly in the first half and won 2-1.", id="defend-without-object"),
    pytest.param("The van backed slowly into the yard.", id="back-without-object"),
    pytest.param("The bus reversed into a parked car.", id="reverse-without-object"),
    pytest.param("The hospital backs up its patient records every night.", id="particle-verb"),
    pytest.param("The central bank will not cut rates this year, analysts said.", id="refusal-forecast-by-others"),
    pytest.param("The plan calls for 500 new homes near the station.", id="document-calls-for"),
    pytest.param("Rising interest rates threaten the fragile recovery.", id="inanimate-threat"),
    pytest.param("Campaign aides say the senator has widespread support.", id="has-support-is-received"),
    pytest.param("Several dozen employees stood with him as he spoke.", id="stood-with-physically"),
    pytest.param("No one has responded to my requests for comment.", id="requests-for-comment"),
    pytest.param("The senator declined to comment.", id="declined-to-comment"),
    pytest.param("The governor declined to be interviewed for this article.", id="declined-to-be-interviewed"),
    pytest.param("Fans want to watch the young striker play one more season.", id="want-to-watch-someone-play"),
    pytest.param("The agencies declined to provide any documentation about the process.", id="declined-documentation"),
    pytest.param("The governor declined to define what such a deal would include.", id="declined-to-define"),
    pytest.param("The senator declined to weigh in on the debate over encryption.", id="declined-to-weigh-in"),
    pytest.param("The minister refused to speculate about the outcome of the talks.", id="refused-to-speculate"),
    pytest.param("The minister refused to be drawn on the timing of the election.", id="refused-to-be-drawn"),
    pytest.param("The governor declined to address the question of a pardon.", id="declined-the-question"),
    pytest.param("A spokeswoman declined to release details of the message.", id="declined-to-give-details"),
    pytest.param("Some refugees had no idea who they voted for.", id="a-stance-on-whom-a-question-asks"),
    pytest.param("Mutola looked threatening in the final 200 metres.", id="menacing-is-no-threat"),
    pytest.param("The boy was taken in by relatives in Florida.\n\nThe boy has grown fond of his relatives in Miami. "
                 "It would be ideal if they could have sent him home. Talks failed, however, because they insisted "
                 "on taking the place of the father.", id="a-town-or-a-state-is-no-they"),
    pytest.param("New Zealand spoke in response to U.S. missile attacks on alleged terrorist sites in Sudan.",
                 id="armed-attacks-are-no-stance"),
    pytest.param('"I cannot detail or characterize the evidence we have gathered," the director said.',
                 id="quoted-refusal-to-disclose"),
    pytest.param("A motorist threatened a fellow driver with a starting pistol.", id="threatened-with-a-weapon"),
    pytest.param('"As the season turns we will start to see more consumer interest," said the broker Bill Neal.',
                 id="a-forecast-begun-is-no-policy"),
    pytest.param("The bank refused to disclose figures for the quarter.", id="refused-to-give-figures"),
    pytest.param("The governor did not want to remain in the hospital.", id="want-negated-infinitive"),
    pytest.param("The militants attacked the compound at dawn.", id="physical-attack"),
    pytest.param("Turkey shot down a Russian bomber over Syria.", id="shot-down-an-aircraft"),
    # a time zone is no one's name and no antecedent
    pytest.param("Police spokesman Roger Grimwade said the six hijackers remained on board the aircraft , which "
                 "arrived from Cyprus at 4.30 a.m. ( 0330 GMT ) .\nHe said they had made various requests to police "
                 "negotiators .", id="gmt-is-no-antecedent"),
    pytest.param("As she welcomed several hundred guests, the mayor smiled.", id="welcome-guests"),
    pytest.param("Sales declined sharply in March.", id="decline-as-quantity"),
    pytest.param("Republicans wanted to know who approved the deal.", id="want-to-know"),
    pytest.param('"I don\'t know what his intentions are," the lawyer said.', id="quoted-no-policy"),
    pytest.param('"It is critical to support the first responders," she said.', id="expletive-it-critical"),
    pytest.param("People were charged fees for cards they never asked for.", id="generic-people"),
    pytest.param("The federal government offers loans to parents.", id="offer-a-service"),
    pytest.param("Few voters said the debate changed their minds about who they will be voting for.",
                 id="indirect-question-who"),
    pytest.param("The editor wrote that he is a racist and misogynist who has pledged to ban all migrants.",
                 id="description-list-is-no-holder"),
]


def _matches(record: dict[str, object], want: Want) -> bool:
    return (
        want.cue.casefold() in str(record["text"]).casefold()
        and record["holder"] == want.holder
        and record["stance"] == want.stance
        and want.target.casefold() in str(record["target"]).casefold()
        and record["negated"] is want.negated
        and record["hedged"] is want.hedged
    )


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_positions(text: str, expected: list[Want]) -> None:
    records = run_text("positions", text)
    summary = [(r["text"], r["holder"], r["stance"], r["target"], r["negated"], r["hedged"]) for r in records]
    assert len(records) == len(expected), summary
    for record, want in zip(records, expected, strict=True):
        assert _matches(record, want), (summary, want)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores_look_alikes(text: str) -> None:
    assert run_text("positions", text) == []


def test_records_cover_the_cue_and_keep_the_holder_as_written() -> None:
    text = "In a statement, the Kenyan health ministry urged parents to vaccinate their children against measles."
    (record,) = run_text("positions", text)
    assert text[record["start"] : record["end"]] == record["text"] == record["cue"] == "urged"
    assert record["holder_text"] == "the Kenyan health ministry"
    assert record["holder"] == "Kenyan health ministry"
    assert "measles" in record["target"]


@pytest.mark.parametrize(("text", "targets"), [
    # a verb with nothing of its own shares the object of the verb joined right after it
    ("Opposition leaders criticized and rejected the budget.", ["the budget", "the budget"]),
    ("The group will oppose or try to block the merger.", ["the merger", "the merger"]),
    # not a verb done with its particle, nor one whose own object comes first
    ("The senator spoke out and endorsed the governor.", [None, "the governor"]),
    ("The union opposed the cuts and backed the strike.", ["the cuts", "the strike"]),
])
def test_joined_verbs_share_an_object(text: str, targets: list[str | None]) -> None:
    assert [r["target"] for r in run_text("positions", text)] == targets


@pytest.mark.parametrize(("text", "cue", "stance", "target"), [
    # the parser makes `for` the mark of the clause after it
    ("Republicans called for her to resign over the emails.", "called for", "demand", "her to resign"),
    # a retort opposes whom it answers, not where it was made
    ("The senator hit back at Clinton on Twitter.", "hit back", "oppose", "Clinton"),
])
def test_phrasal_cues_with_a_clause_or_a_retort(text: str, cue: str, stance: str, target: str) -> None:
    records = run_text("positions", text)
    assert [(r["cue"], r["stance"]) for r in records] == [(cue, stance)]
    assert records[0]["target"].startswith(target)


@pytest.mark.parametrize(("text", "cue", "negated"), [
    ("This week, the president declined to threaten Moscow with sanctions.", "declined to threaten", True),
    ("The party plans to oppose the budget in the vote next week.", "plans to oppose", False),
    ("The union vowed to fight the closure of the plant.", "vowed", False),
])
def test_the_cue_starts_at_the_verb_that_declares_the_stance(text: str, cue: str, negated: bool) -> None:
    records = run_text("positions", text)
    assert [(r["cue"], r["negated"]) for r in records] == [(cue, negated)]
    assert all(text[r["start"] : r["end"]] == r["cue"] for r in records)


@pytest.mark.parametrize(("text", "found"), [
    # a stance the speaker puts on someone else inside a quotation is the speaker's charge against them
    ('"The governor wants to close every rural clinic," the union leader said.', []),
    ('"Mr. Brown has pledged to cut the tax but never will," the senator said.', []),
    # ... but the speaker's own, or that of whom a spokesperson speaks for, is a position
    ('"The governor has always opposed the closures," her spokeswoman said.', [("opposed", "governor")]),
    ('"We will fight the closures," the union leader said.', [("We will fight", "union leader")]),
])
def test_a_quotation_declares_its_speakers_stances_only(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize("dateline", ["", "WASHINGTON (Reuters) - ", "WASHINGTON -- ", "NEW YORK, June 5, 2024 -- "])
def test_a_quoted_commitment_after_a_dateline(dateline: str) -> None:
    # the parser hangs the dateline on the quoted clause; the quotation still opens the clause
    records = run_text("positions", dateline + '"We will fight the closures," the union leader said.')
    assert [(r["cue"], r["holder"]) for r in records] == [("We will fight", "union leader")]


@pytest.mark.parametrize(("text", "found"), [
    # a relative clause with a subject of its own and no object: the noun it hangs on is what it is about
    ("Clinton has turned against the trade pact, a deal she once supported.", [("supported", "Clinton", "a deal")]),
    ("Labour attacked a budget the chancellor defended on Monday.",
     [("attacked", "Labour", "a budget"), ("defended", "chancellor", "a budget")]),
    # ... while an indefinite noun that holds the stance itself is still nobody in particular
    ("A group whose members reject the treaty would lose its seat.", []),
])
def test_a_relative_clause_without_a_pronoun_is_about_its_noun(text: str, found: list[tuple[str, str, str]]) -> None:
    records = run_text("positions", text)
    assert len(records) == len(found), records
    assert [(r["cue"], r["holder"], r["target"][: len(want)])
            for r, (_, _, want) in zip(records, found, strict=True)] == found


@pytest.mark.parametrize(("text", "found"), [
    # accepting money, an honour or an invitation is receiving it, not a stance
    ("The senator accepted about $200,000 from Wall Street firms.", []),
    ("The mayor accepted an invitation from the prime minister.", []),
    ("The secretary accepted admission papers from the three foreign ministers.", []),
    ("The union accepted the deal on Friday.", [("accepted", "support")]),
    # `appeal to` asks something only with what it asks for; else it draws (`appeals to young voters`)
    ("Sanders has been appealing to younger voters in the South.", []),
    ("The governor appealed to Congress to pass the bill.", [("appealed to", "demand")]),
    ("The mayor appealed to residents for calm.", [("appealed to", "demand")]),
])
def test_receiving_and_drawing_are_not_stances(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a verb that makes its object act: the object holds the stance of the infinitive
    ("The shift in tone was so stark that it prompted Anderson Cooper to accuse Bondi of hypocrisy.",
     [("accuse", "Anderson Cooper")]),
    ("His remarks led several Republicans to condemn the nominee.", [("condemn", "Republicans")]),
    # ... a request does not: the one asked may refuse
    ("The senator urged the company to abandon its plan.", [("urged", "senator")]),
    ("Investors pressured the board to sell the unit.", [("pressured", "Investors")]),
    # look-alike: forces that weigh on something ask nothing of it
    ("Rising costs have pressured profits.", []),
])
def test_whom_a_verb_makes_act_holds_the_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # `no` on the side-taker denies the side
    ("Weber, who advises Kasich, is no fan of Trump.", [("fan of", True)]),
    ("The senator is a fierce critic of the banks.", [("fierce critic of", False)]),
    # an embrace with nothing embraced is a hug
    ("The two leaders embraced warmly on the steps of the palace.", []),
    ("The party embraced the pension reform on Monday.", [("embraced", False)]),
])
def test_a_side_denied_and_a_hug(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # `call out` rebukes; `call on` asks
    ("The senator called out the company for its hiring practices.", [("called out", "oppose")]),
    ("The union called on the government to act.", [("called on", "demand")]),
    # an attack made with a weapon is an assault; one made with words is a stance
    ("The police said Pinas attacked the guard with a bottle.", []),
    ("Trump attacked Clinton with a barrage of insults on Monday.", [("attacked", "oppose")]),
    # troops, aircraft and a hospital are attacked with arms
    ("Rebels attacked government troops near Aleppo on Sunday.", []),
    ("Militants attacked an airport near Kabul on Tuesday.", []),
    ("It is the second time in three days that the rebels attacked police.", []),
    ("Gunmen attacked the minister as he left his office.", []),
    ("The governor attacked the school for firing the teacher.", [("attacked", "oppose")]),
    ("Clinton attacked Trump's plan for the troops.", [("attacked", "oppose")]),
    # aid given is no side taken, and a deal sought no position
    ("Coca-Cola and others have reduced their financial support for the group.", []),
    ("The company wants to sell bonds to investors.", []),
    ("The union wants to end the strike.", [("wants", "support")]),
    # a retort is aimed `at` someone (`on Twitter` is where); one made `with` wickets or goals is a score
    ("Trump struck back at Clinton on Twitter.", [("struck back", "oppose")]),
    ("Kent struck back with three wickets before lunch.", []),
    # a title won is no cause championed; declining comment is declining to comment
    ("Wasim Akram, the two-time British Open champion, said he was happy.", []),
    ("Senator Smith is a champion of free trade.", [("champion of", "support")]),
    ("Senator Smith declined comment on the report.", []),
    # a text someone quashed or heard says what its makers hold, not them; one they signed or filed says theirs
    ("China quashed a draft resolution expressing concern about its human rights record.", []),
    ("Democrats heard speeches defending abortion rights.", []),
    ("Senator Smith signed a letter urging the president to veto the bill.", [("urging", "demand")]),
    # the act one is accused of is the accuser's charge, not the accused's stance
    ("Senator Smith accused Jones of opposing the bill.", [("accused", "oppose")]),
    ("Senator Smith accused him of opposing the bill.", [("accused", "oppose")]),
])
def test_a_rebuke_and_an_assault(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a meeting arranged and a kind of delegate are no pledge; a stance agreed to is one
    ("Ryan and Trump agreed to meet again in the coming weeks.", []),
    ("The mayor grudgingly agreed to sit next to the founder.", []),
    ("Trump agreed to meet Ryan and to support the platform.", [("agreed", "pledge"), ("support", "support")]),
    ("The company agreed to meet the union's demands.", [("agreed", "pledge")]),
    # a deal undertaken is no pledge either; an agreement to act on a policy is one
    ("Baxter International Inc agreed to acquire the Austrian drug maker Immuno.", []),
    ("The group has reached an agreement to buy a stake in the airline.", []),
    ("The mining company offered to sell two of its mines in Peru.", []),
    ("The government reached an agreement to cut emissions by half.", [("reached an agreement", "pledge")]),
    # an urge resisted, or not, is no side taken; a course resisted is one
    ("Senator Smith could not resist taking swipes at the governor.", []),
    ("Senator Smith resisted the temptation to mock the governor.", []),
    ("Senator Smith resisted joining the coalition.", [("resisted", "oppose")]),
    # an office run for is no cause backed; a person or a cause campaigned for is
    ("Robert Stovall, an activist who was campaigning himself for county tax assessor, joined Cruz.", []),
    ("Senator Smith campaigned for re-election in 2014.", []),
    ("Senator Smith campaigned for president in 2008.", []),
    ("Senator Smith campaigned for the governor in 2008.", [("campaigned for", "support")]),
    ("Senator Smith campaigned for the nomination of Judge Garland.", [("campaigned for", "support")]),
    ("Senator Smith campaigned for a higher minimum wage.", [("campaigned for", "support")]),
    ("Thousands of refugees were voting for the national assembly.", []),
    ("Senator Smith voted for the Senate bill.", [("voted for", "support")]),
    ("She clinched an outright majority of pledged delegates.", []),
    ("Clinton has pledged delegates and the popular vote on her side.", []),
    ("Marco Rubio pledged delegates to Donald Trump on Friday.", [("pledged", "pledge")]),
    ("Bernie Sanders pledged to cut taxes for the middle class.", [("pledged", "pledge")]),
    # what a dispute is about is no side's stance
    ("Sanders and Clinton differ on backing a minimum wage of $15 an hour.", []),
    ("Republicans are split over supporting the deal.", []),
    # a dispute denied is a stance shared
    ("Clinton and Sanders do not differ on backing a $15 minimum wage.",
     [("backing", "support"), ("backing", "support")]),
])
def test_arrangements_deals_and_disputes_are_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a forecast or what one would have done is no commitment and no threat
    ('"We will win California if the turnout is large," Sanders said.', []),
    ('"I would have fired him if he had done that in my campaign," Kasich said.', []),
    ('"We will strike unless wages rise," the union leader said.', [("We will strike", "state")]),
    ("The union said it would strike unless wages rise.", [("strike", "warn")]),
    # `she` after a condition naming another person than the speaker is that person: the speaker's forecast
    ("Donald Trump spoke on Monday. Trump said if Hillary Clinton is elected president, she'll bring in many more "
     "refugees.", []),
    ("Clinton said if she is elected, she will raise the minimum wage.", [("raise", "pledge")]),
    # ... not the speaker's own, of the speaker's gender, or where the speaker's is not known
    ("Elizabeth Warren said that if Donald Trump wins, she will fight him in the Senate.", [("fight", "warn")]),
    ("Obama said that if Mitch McConnell blocks the nominee, he will take the fight to voters.", [("take", "warn")]),
])
def test_a_forecast_or_a_what_if_is_no_commitment(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # the gerund of a `for` or `of` phrase is the act of the verb's object
    ("Sanders criticized Clinton for supporting the Iraq war.",
     [("criticized", "Sanders"), ("supporting", "Clinton")]),
    ("Cruz thanked Trump for backing his top legislative priority.", [("backing", "Trump")]),
    # ... and with no object, of the subject
    ("The president stopped short of endorsing the plan.", [("stopped short of endorsing", "president")]),
])
def test_a_gerund_after_an_object_is_the_objects_act(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a named third party's stance inside an allegation is the claimant's charge
    ("Trump alleged that Obama wanted to admit 250,000 Syrians.", []),
    ("The ad suggests that Phoenix and its officers support the campaign.", []),
    # ... also where a phrase of time or place parts the claim from its clause
    ("The mayor never cited a source for his claim in March that the governor wants to close the port.", []),
    ("He repeated the allegation on Monday that the union backs the strike.", []),
    # ... and inside a warning or a charge about another (the warning itself is the warner's)
    ("Baker warned that Lopez opposes the Second Amendment.", [("warned", "Baker")]),
    ("Baker charged that the mayor backed the developers.", []),
    # ... but one's own stance in one's warning stays one's own
    ("Baker warned that he would veto the bill.", [("warned", "Baker"), ("veto", "Baker")]),
    # ... a report of it is the report's
    ("The union said that the mayor backed the strike.", [("backed", "mayor")]),
])
def test_a_stance_alleged_of_another_is_a_claim(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


def _summary(text: str) -> list[tuple[str, str, str, str | None, bool, bool]]:
    return [(r["cue"], r["holder"], r["stance"], r["target"], r["negated"], r["hedged"])
            for r in run_text("positions", text)]


@pytest.mark.parametrize(("text", "found"), [
    # refusing to disavow is a denied opposition to what is not disavowed, not an opposition to disavowing it
    ("Senator Mark Hale refuses to disavow the endorsement of the union boss.",
     [("refuses to disavow", "Mark Hale", "oppose", "the endorsement of the union boss", True, False)]),
    ("The party repudiated the leaflet its candidate had handed out.",
     [("repudiated", "party", "oppose", "the leaflet its candidate had handed out", False, False)]),
    # ... and a refusal of something else stays a refusal
    ("The mayor refused to release the report on the stadium.",
     [("refused", "mayor", "oppose", "release the report on the stadium", False, False)]),
    # withholding a record is taking a side; withholding details or figures is no comment
    ("Trump has steadfastly refused to disclose detailed medical records.",
     [("refused", "Trump", "oppose", "disclose detailed medical records", False, False)]),
])
def test_a_refusal_to_disavow_is_a_denied_opposition(text: str, found: list[tuple[object, ...]]) -> None:
    assert _summary(text) == found


@pytest.mark.parametrize(("text", "target"), [
    # `that` as a determiner belongs to the target; as a complementiser it does not
    ("The board has not yet endorsed that proposal.", "that proposal"),
    ("The union demanded that the plant stay open.", "the plant stay open"),
    ("Senator Sanders proposed just that in 2013.", "just that"),
    # a time is not what a stance is about
    ("The mayor voiced support for the plan on Monday.", "the plan"),
    # a verb joined to the object is a second act, not part of the first one's target
    ("The senator slams the governor, praises the mayor as a hard worker.", "the governor"),
    ("The party backed the plan to cut taxes and raise spending.", "the plan to cut taxes and raise spending"),
    # a line break ends the target: a headline's next line is not part of it
    ("Rep. Jane Moss slams Trump, praises Clinton as 'work horse, not show horse.'\nTALLAHASSEE — Rep. Jane Moss"
     " spoke on Friday.", "Trump"),
    ("The union rejected the offer\nLONDON — talks resumed on Monday.", "the offer"),
    # a clause a semicolon closes before the cue is another statement
    ("Protesters push through intense heat and storms; Marchers refuse to let bad weather interfere with their "
     "protest.", "let bad weather interfere with their protest"),
    # a passive participle with its agent after a comma glosses the name
    ("Palestinians want East Jerusalem, captured by Israel in the 1967 war, for their future state.",
     "East Jerusalem"),
    # a call for someone to act goes on to the act the parser hung on the verb
    ("The mayor renewed his call for Congress to pass the bill.", "Congress to pass the bill"),
    # an aside between two dashes inside the target: the target goes on after it
    ("The governor has repeatedly pledged to bar all trucks — some 4,000 vehicles a day — from entering the city.",
     "bar all trucks — some 4,000 vehicles a day — from entering the city"),
    # a lone dash opens the writer's aside, which the target does not run into
    ("The Post has repeatedly asked the campaign to release copies of the speeches - most directly for the past "
     "two weeks.", "the campaign to release copies of the speeches"),
    ("The senator opposed the trade pact — one of the biggest goals of the administration.", "the trade pact"),
    # a pair of dashes right after the first word, and a range of years, are no lone dash
    ("Clinton opposed Keystone — a pipeline from Canada — and the trade deal.",
     "Keystone — a pipeline from Canada — and the trade deal"),
    ("The council backed the 2015 - 2016 budget plan.", "the 2015 - 2016 budget plan"),
    # an owner's thing that the parser hung elsewhere is part of the target
    ("Clinton, goaded by Sanders, came out against the Trans-Pacific Partnership and the Affordable Care Act\u2019s "
     "\"Cadillac Tax\" on expensive health plans.",
     "the Trans-Pacific Partnership and the Affordable Care Act\u2019s \"Cadillac Tax\" on expensive health plans"),
    # a verb joined to the reported clause with an auxiliary of its own the clause lacks is the holder's next act
    ("Paul Ryan, a policy-focused conservative, insists the GOP must be a party of ideas, and has championed an "
     "agenda that has drawn scorn.", "the GOP must be a party of ideas"),
    # a proposal's own infinitive, which the parser hung on the verb, is part of the target
    ("Senator Reyes defended his call to raise the state minimum wage to $15 an hour.",
     "his call to raise the state minimum wage to $15 an hour"),
    # ... and the holder's words after a comma, hung on the object, are not
    ("Dr. Ames rejected the notion that the episode should be water under the bridge, saying that if he found "
     "something rotten he would act.", "the notion that the episode should be water under the bridge"),
    # ... nor the deed praised or blamed for, the reason given, or where the stance was declared
    ("Governor Reyes criticized President Alan Ward's 2011 intervention in Libya for leaving the country in much "
     "worse shape.", "President Alan Ward's 2011 intervention in Libya"),
    ("In particular, Holt takes issue with a new oversight board created under the legislation to oversee Puerto "
     "Rico’s finances because the majority of the seven-member panel would be controlled by Republicans with little "
     "input from island citizens.",
     "a new oversight board created under the legislation to oversee Puerto Rico’s finances"),
    ("Senator Dana Holt called for a redoubling of efforts to transition to a “clean energy economy” in a statement "
     "following the news.", "a redoubling of efforts to transition to a “clean energy economy”"),
    ("The mayor backed a plan for cutting emissions.", "a plan for cutting emissions"),  # what the plan is for
])
def test_the_target_is_the_object_as_written_and_no_more(text: str, target: str) -> None:
    assert run_text("positions", text)[0]["target"] == target


@pytest.mark.parametrize(("text", "found"), [
    # a headline tells its acts in the present: its past participle is a passive, its subject the one accused
    ("FDIC Accused Of Covering Up China Hacking To Protect Chairman’s Job.\n\nThe FDIC said on Monday it was "
     "hacked.", []),
    ("Senator Bob Jones Criticized Over Remarks On Veterans.\n\nBob Jones spoke on Monday.", []),
    ("Carly Fiorina Endorses Ted Cruz For President.\n\nCarly Fiorina spoke to Ted Cruz on Monday.",
     [("Endorses", "Carly Fiorina")]),
])
def test_a_headline_participle_is_passive(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # only a denied `can` declares (`cannot accept`); `we can fight` hopes; `I'm not satisfied` is a mood
    ('"Together, we can fight for that change," the pastor added.', []),
    ('"We cannot accept this deal," the minister said.', [("We cannot accept", "state")]),
    ("“We will build a wall,” Donald Trump said on Monday. “I’m not satisfied, but others are satisfied.”",
     [("We will build", "state")]),
    # a promise on one's own election is a pledge, `even if` no condition, a condition on others a threat
    ("Senator Bob Jones said that if elected he would build a wall on the border.", [("build", "pledge")]),
    ("Senator Bob Jones said that if the bill passed he would build a wall on the border.", [("build", "warn")]),
    ("The mayor said that even if the council objected, he would not change his position.",
     [("change his position", "reverse")]),
])
def test_what_a_speaker_declares_on_a_condition(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a poll's count of a group is no position anyone declared
    ("Just 8 percent of Democrats said they would vote for Trump.", []),
    ("A majority of voters oppose the plan.", []),
    ("In the poll, Democrats favored Clinton, 72 percent to 8 percent.", []),
    ("Six in 10 Republicans said they would back the winner.", []),
    ("About two-thirds of Republican voters support a ban on imports.", []),
    ("Officers favored Trump 46 percent to 32 percent in the survey.", []),
    ("Ten Republicans said they would back the winner.", [("back", "Republicans")]),
    # ... a number of people, or a figure in what is backed, is no poll
    ("Two of the senators said they would back the bill.", [("back", "senators")]),
    ("The majority leader opposed the plan.", [("opposed", "majority leader")]),
    ("The chamber's Republican majority voted in favor of the bill.",
     [("voted in favor of", "chamber's Republican majority")]),
    ("The union backed the deal, which raises pay by 8 percent.", [("backed", "union")]),
])
def test_a_poll_count_is_no_position(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # met, enrolled, or a length of time: not a side taken
    ("The problems that the new minister has come up against are many.", []),
    ("Insurers wait for more young people to sign up.", []),
    ("Clinton has campaigned for months in Iowa.", []),
    ("The unions have lobbied for years in the capital.", []),
    # ... unlike a side, a pact signed up to, or a vote pushed for
    ("The mayor came out against the plan.", [("came out against", "the plan")]),
    ("The union signed up to the pact.", [("signed up", "the pact")]),
    ("The senator pushed for a vote on the bill.", [("pushed for", "a vote on the bill")]),
])
def test_a_phrasal_verb_in_another_sense(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


def test_one_holder_named_twice_in_a_list_is_one_record() -> None:
    text = ("The analysis relied on reports that super PACs, PACs, nonprofit groups and party committees file each "
            "time they say they oppose a federal candidate by name.")
    holders = [r["holder"] for r in run_text("positions", text)]
    assert len(holders) == len(set(holders)) >= 2, holders


@pytest.mark.parametrize(("text", "hedged"), [
    # the `will` of what was said, told in the past, is no hedge
    ("Two of the senators said they would back the bill.", [False]),
    ("The senator told reporters that she would not endorse Trump.", [False]),
    ("The mayor said he would oppose the plan and would vote against it.", [False, False]),
    # ... a `would` of one's own, a `could`, or a condition is
    ("The governor would back the bill.", [True]),
    ("The senator said she could support the bill.", [True]),
    ("The teachers said they would walk out unless class sizes were reduced.", [True]),
    # ... but `even if` is no condition
    ("The mayor said that even if the council objected, he would not change his position.", [False]),
])
def test_a_reported_would_is_no_hedge(text: str, hedged: list[bool]) -> None:
    assert [r["hedged"] for r in run_text("positions", text)] == hedged


@pytest.mark.parametrize(("text", "holders"), [
    # `my father`, `our union` in a quotation of no known speaker is nobody the text names
    ('"As president, my father will change the labor laws that were written long ago.', []),
    ('"Our union will fight the closure of the plant.', []),
    ('"Our union will fight the closure of the plant," Jane Moss said.', ["Jane Moss"]),
])
def test_a_first_person_owner_needs_a_speaker(text: str, holders: list[str]) -> None:
    assert [r["holder"] for r in run_text("positions", text)] == holders


@pytest.mark.parametrize(("text", "found"), [
    # declining to grant a point or to run for an office is no stance
    ("The governor declined to run for reelection.", []),
    ("The senator declined to seek a third term.", []),
    ("The minister refused to confirm the figures.", []),
    # ... refusing an act at issue is
    ("The governor refused to sign the bill.", [("refused", "sign the bill")]),
])
def test_a_refusal_to_speak_or_run_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a bare participle clause is passive: the one asked is the sentence's subject, not an asker
    ("When asked for his position during an interview, Donald Trump said the plan was being discussed.", []),
    ("Donald Trump asked for his position during an interview.", [("asked for", "Donald Trump")]),
    ("Having backed the bill, the senator spoke to voters.", [("backed", "senator")]),
    # a crowd, however counted, declares nothing
    ("Not as many people signed up on the exchanges as expected.", []),
    ("The union said its people would back the deal.", [("back", "union")]),
    # a what-if condition makes no threat
    ("He told voters that if Iran were a stock, he would advise buying it.", []),
    ("The union said it would strike if wages were cut.", [("strike", "union")]),
])
def test_asked_a_crowd_or_a_what_if_declares_nothing(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a time is not what a stance is about
    ("He had seen continued support from voters over the past week.", []),
    ("The union backed the strike over the past week.", [("backed", "the strike")]),
])
def test_a_time_is_no_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a holder left as a pronoun, or owned by one, tells the reader nobody
    ("On Monday, his attorney opposed the motion.", []),
    ("On Monday, its members rejected the offer.", []),
    # once resolved, a person's attorney is named with the owner (the holder resolver's rule for a person's people)
    ("John Smith was in court. On Monday, his attorney opposed the motion.", [("opposed", "John Smith's attorney")]),
    # a source's or a family's terms are no demand
    ("A party official said so, asking for anonymity to speak freely.", []),
    ("The family asked for privacy after the funeral.", []),
    ("The union asked for a pay rise.", [("asked for", "union")]),
])
def test_an_unknown_holder_or_a_routine_request_is_no_position(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a present-tense `when` under a `will` is a condition still to be met
    ("The agreement will enter into force when at least 55 countries ratify the accord.", []),
    ("The senator will vote when the party backs the bill.", []),
    # ... a past one is an act
    ("The senator spoke when the union backed the strike.", [("backed", "union")]),
])
def test_a_when_still_to_come_is_no_act(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


def test_entity_holder_keeps_its_whole_name_as_written() -> None:
    (record,) = run_text("positions", "The Bank of England warned that inflation would stay above target.")
    assert record["holder_text"] == "The Bank of England"
    assert record["holder"] == "Bank of England"


def test_relative_pronoun_holder_is_written_as_the_pronoun() -> None:
    text = "The decision is risky for Senator Ted Crane, who refused to endorse the nominee."
    (record,) = run_text("positions", text)
    assert (record["holder"], record["holder_text"], record["negated"]) == ("Ted Crane", "who", True)


def test_headline_words_are_not_a_holder() -> None:
    text = ("Mayor Calls On Residents To Save Water\n\n"
            "Mayor Ana Ruiz spoke on Monday. She urged residents to save water.")
    holders = {r["holder"] for r in run_text("positions", text)}
    assert holders == {"Ana Ruiz"}, holders


def test_her_is_the_woman_the_text_calls_she() -> None:
    text = ("Hillary Clinton said she would campaign in Ohio. Donald Trump said he would campaign in Iowa. "
            "Donald Trump says Hillary Clinton lied about her support for the trade deal.")
    records = [r for r in run_text("positions", text) if r["cue"] == "support"]
    assert [r["holder"] for r in records] == ["Hillary Clinton"], records


def test_subject_pronoun_is_not_its_own_object() -> None:
    text = "Donald Trump spoke in Ohio. Chris Christie said on Monday that he supported Donald Trump."
    records = run_text("positions", text)
    assert [(r["holder"], r["holder_text"]) for r in records] == [("Chris Christie", "he")], records


def test_target_is_never_the_cue() -> None:
    for text in ("The teachers' strike was supported by most parents, a poll found.",
                 "David Axelrod on Wednesday called on Howard Dean to apologize."):
        for record in run_text("positions", text):
            assert record["target"] and record["cue"] not in record["target"], record


def test_she_prefers_the_woman_over_a_man_named_first() -> None:
    text = ("Hillary Clinton said she was tired. "
            "Governor Chris Christie described Hillary Clinton as a disgrace after she attacked the police.")
    records = [r for r in run_text("positions", text) if r["cue"] == "attacked"]
    assert [r["holder"] for r in records] == ["Hillary Clinton"], records


def test_subject_pronoun_is_no_name_later_in_its_own_clause() -> None:
    text = ("Howard Dean spoke on Monday. Chris Christie spoke too. "
            "He made the criticism while showing support for Chris Christie's plan.")
    assert {r["holder"] for r in run_text("positions", text)} == {"Howard Dean"}


# Generated sentences: any named holder, stance verb, polarity and modal gives one record saying so.
HOLDERS = ["Germany", "Brazil", "Microsoft", "the European Union", "Angela Merkel", "Toyota", "India"]
VERBS = [("backed", "back", "support"), ("rejected", "reject", "oppose"), ("endorsed", "endorse", "support"),
         ("condemned", "condemn", "oppose"), ("welcomed", "welcome", "support"), ("criticised", "criticise", "oppose")]
TARGETS = ["the trade agreement", "the new climate law", "the proposed merger", "the peace plan"]


@settings(max_examples=40, deadline=None)
@given(holder=st.sampled_from(HOLDERS), verb=st.sampled_from(VERBS), target=st.sampled_from(TARGETS),
       form=st.sampled_from(["plain", "negated", "hedged"]))
def test_generated_sentences(holder: str, verb: tuple[str, str, str], target: str, form: str) -> None:
    past, base, stance = verb
    words = {"plain": past, "negated": f"did not {base}", "hedged": f"could {base}"}[form]
    text = f"{holder[0].upper()}{holder[1:]} {words} {target} on Tuesday."
    (record,) = run_text("positions", text)
    assert record["holder"] == holder.removeprefix("the ")
    assert record["stance"] == stance
    assert record["negated"] is (form == "negated")
    assert record["hedged"] is (form == "hedged")
    assert target.split()[-1] in record["target"]
    assert text[record["start"] : record["end"]] == record["text"]


# Any jumble of cue words, names, quotes and punctuation: records stay well formed.
WORDS = ["Japan", "the union", "Tokyo", "it", "they", "we", "said", "backed", "did", "not", "support", "for",
         "to", "which", "are", "committed", "opposition", "its", "call", "U-turn", "must", "reject", "\"", ",",
         ".", "?", "if", "by", "was", "the plan", "Germany's", "demand", "of", "against", "in", "favour"]
STANCES = {"support", "oppose", "demand", "pledge", "reverse", "warn", "state"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_records_are_well_formed_on_any_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for record in run_text("positions", text):
        assert 0 <= record["start"] < record["end"] <= len(text)
        assert text[record["start"] : record["end"]] == record["text"] == record["cue"]
        assert record["stance"] in STANCES
        assert isinstance(record["holder"], str) and record["holder"]
        assert isinstance(record["negated"], bool) and isinstance(record["hedged"], bool)


def test_coordination_word_is_not_part_of_the_holder() -> None:
    records = run_text("positions", "Neither Hungary nor Slovakia backed the sanctions package.")
    assert [r["holder_text"] for r in records] == ["Hungary", "Slovakia"]


def test_pronouns_resolve_across_the_pieces_of_a_long_document() -> None:
    text = "The dockworkers' union met on Friday.\n\nIt later called for an independent review of safety."
    (result,) = Runner(["positions"], piece_chars=45).run([Document("long.txt", text)])
    assert isinstance(result, Result)
    (record,) = result.records
    assert (record["holder"], record["holder_text"], record["text"]) == ("dockworkers' union", "It", "called for")
    assert text[record["start"] : record["end"]] == "called for"


@pytest.mark.parametrize(("text", "rule"), [
    ("The union backed the deal.", "positions.cue_verb"),
    ("Japan voiced support for the route.", "positions.light_verb"),
    ("The governor is opposed to the plan.", "positions.stative"),
    ("The mayor is a supporter of the plan.", "positions.side_taker"),
])
def test_every_position_names_the_rule_that_read_it(text: str, rule: str) -> None:
    assert rule in [r["rule"] for r in run_text("positions", text)]


@pytest.mark.parametrize(("text", "cues", "never", "found"), [
    ("Senator Jane Smith pilloried the plan on Friday.", {"pillory": "oppose"}, [],
     [("Jane Smith", "oppose", "pilloried", "the plan", "positions.rules")]),
    ("Mayor Tom Lee stumped for the new tax.", {"stumped for": "support"}, [],
     [("Tom Lee", "support", "stumped for", "the new tax", "positions.rules")]),
    ("The union backed the deal.", {}, ["backed"], []),
    ("The union backed the deal.", {"back": "oppose"}, [],
     [("union", "oppose", "backed", "the deal", "positions.rules")]),
])
def test_cue_words_from_a_rules_file(text: str, cues: dict[str, str], never: list[str],
                                     found: list[tuple[str, ...]]) -> None:
    records = run_text("positions", text, cues=cues, never_cues=never)
    assert [(r["holder"], r["stance"], r["cue"], r["target"], r["rule"]) for r in records] == found


def test_a_cue_with_a_stance_that_is_not_one_names_its_line(tmp_path: Path) -> None:
    from extract_facts.extractors import registry
    from extract_facts.extractors.engine.rules import RulesError, load

    (tmp_path / "r.toml").write_text('[positions.cues]\npillory = "oppose"\nhail = "praise"\n')
    with pytest.raises(RulesError, match=r"r\.toml:3: cues: hail: 'praise' is not a stance"):
        load([tmp_path / "r.toml"], registry.available())


@pytest.mark.parametrize(("given", "gender"), [
    ("Ian", "he"), ("Donald", "he"), ("Loretta", "she"), ("HILLARY", "she"), ("Kelly", "she"),
    ("Pat", None), ("Leslie", None), ("Mitt", None), ("Obama", None),  # shared, or no given name of the census
    ("Bernie", "he"),  # borne by four times as many men, exactly the margin
    ("Terry", None),  # by 3.9 times as many: just under it
])
def test_a_given_name_tells_a_gender_only_where_one_gender_bears_it(given: str, gender: str | None) -> None:
    assert gender_of(given) == gender


@pytest.mark.parametrize(("text", "found"), [
    # `called X on Y` challenges X; `called on X to` asks X; calling someone on the phone is neither
    ("The senator called the governor on it at the hearing.", [("called", "oppose", "the governor")]),
    ("The mayor called reporters on their errors.", [("called", "oppose", "reporters")]),
    ("The senator called on the governor to resign.", [("called on", "demand", "the governor to resign")]),
    ("The senator called the governor on the phone.", []),
    # only a person or a body, called on what they said or did (a claim, a lie, their record, `it`)
    ("The senator called him out on his lies.", [("called him out", "oppose", "him")]),
    ("The reporter called Trump on his claim.", [("called", "oppose", "Trump")]),
    ("Critics called the minister on his hypocrisy.", [("called", "oppose", "the minister")]),
    ("Activists called Exxon on its record.", [("called", "oppose", "Exxon")]),
    ("The coach called a timeout on the final play.", []),
    ("The referee called a foul on the striker.", []),
    ("She called her brother on his birthday.", []),
])
def test_calling_someone_on_something_challenges_them(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["stance"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # having appeal for others is drawing them; making an appeal for something asks for it
    ("The coach had only one appeal for the owners: he was cheap.", []),
    ("The singer has broad appeal for younger voters.", []),
    ("The union made an appeal for calm.", [("made an appeal for", "calm")]),
    ("The bishop issued an appeal for peace talks.", [("issued an appeal for", "peace talks")]),
])
def test_appeal_one_has_is_no_plea(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # styling oneself something states no stance on anything; declaring a policy does
    ('The governor won the race by declaring himself the "education candidate" in the final week.', []),
    ("The governor declared himself a candidate for the Senate.", []),
    ("The governor declared that the state would not raise taxes.", [("declared that", "state")]),
    # declaring one's own stance is that stance, one record
    ('Kaine declared that "I strongly support" the union law.', [("support", "support")]),
    # ... but declaring that another holds one may charge them with it, and the declaration stays
    ("Hillary Clinton spoke in Ohio on Monday. Later, Donald Trump declared that she supports open borders.",
     [("declared that", "state"), ("supports", "support")]),
])
def test_declaring_oneself_something_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # holding off a stance is not taking it (yet); holding a stance, or holding off a rival, is no deferral
    ("The senator held off endorsing either of the candidates until the convention.", [("endorsing", True)]),
    ("The union held off on backing the mayor.", [("backing", True)]),
    ("The council put off approving the new stadium.", [("approving", True)]),
    ("The union held a rally backing the mayor.", [("backing", False)]),
    ("The senator kept endorsing the candidates at every stop.", [("endorsing", False)]),
])
def test_holding_off_a_stance_denies_it(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a thing of ours declares nothing; our members speak for us
    ('"Our deal with the supplier does not help us reach that goal," the company wrote.', []),
    ('"Our partnership will not survive the winter," the chairman said.', []),
    ('"Our members will not accept this deal," the union leader said.', [("members will not accept", "state")]),
    ('"My government will not accept this deal," the minister said.', [("government will not accept", "state")]),
    # one person of ours is someone else
    ('"My top science adviser, John Holdren, will issue some chart in the meetings," Barack Obama said.', []),
    # `should have` reproaches the past; `should` asks for the future
    ("The senator said the minister should have been much tougher on the banks.", []),
    ("The senator said the minister should resign.", [("said", "demand")]),
    # in a quotation, what another will do on a condition is the speaker's forecast, not a threat of theirs
    ('The mayor says of the governor, "If he gets the chance, he will close the port."', []),
    ('"If they cut our pay, we will strike," the union leader said.', [("we will strike", "state")]),
    ("The union said it would strike unless wages rise.", [("strike", "warn")]),
])
def test_a_speaker_declares_only_their_own_or_their_sides(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # being ready to take a stance is not yet taking it
    ("Long before the union was ready to endorse a candidate, its leader campaigned against the mayor.",
     [("endorse", True), ("campaigned against", False)]),
    ("The union is ready to back the deal.", [("back", True)]),
    ("The union is already backing the deal.", [("backing", False)]),
])
def test_readiness_is_a_hedge(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "target", "negated"), [
    # a `no` that denies the stance is not left in its target, where it would read as a second denial
    ("Party leaders want no repeat of the 1980 convention.", "repeat of the 1980 convention", True),
    ("The senators backed no candidate.", "candidate", True),
    # ... and a `No` in a name denies nothing
    ("The union backed the No Child Left Behind law.", "the No Child Left Behind law", False),
])
def test_a_denying_quantity_sets_negated_and_leaves_the_target(text: str, target: str, negated: bool) -> None:
    assert [(r["target"], r["negated"]) for r in run_text("positions", text)] == [(target, negated)]


@pytest.mark.parametrize(("text", "negated", "hedged"), [
    # a denial on the copula of the adjective that governs the stance, and two denials that cancel
    ("The senator is not ready to endorse the governor.", True, False),
    ("The senator is not likely to endorse the governor.", True, True),
    ("The senator is afraid to criticize the plan.", True, False),
    ("The senator is not afraid to criticize the plan.", False, False),
    ("The senator did not refuse to back the bill.", False, False),
    ("It is not impossible for the union to approve the merger.", False, False),
    # `not yet` is one denial, not two
    ("The senator has not yet decided to endorse the governor.", True, False),
    # a saying nobody made
    ("The senators met on Monday, but none has said they would back the merger.", True, False),
    ("The senators met on Monday, but no one said they would back the merger.", True, False),
])
def test_denials_of_the_governing_words_count_and_cancel(text: str, negated: bool, hedged: bool) -> None:
    assert [(r["negated"], r["hedged"]) for r in run_text("positions", text)] == [(negated, hedged)]


@pytest.mark.parametrize(("text", "found"), [
    # what a proposal or a backing is for belongs to its target; what praise is for is its reason
    ("Kasich has cut a distinctive course, supporting a path to legal status for illegal immigrants.",
     [("supporting", "a path to legal status for illegal immigrants")]),
    ("The governor backed a tax credit for families with children.",
     [("backed", "a tax credit for families with children")]),
    ("The senator praised the mayor for her courage.", [("praised", "the mayor")]),
    # only whom it is for: a person or a group, never when or why it was backed
    ("The union backed higher pay for nurses.", [("backed", "higher pay for nurses")]),
    ("The minister backed visas for Ukrainians.", [("backed", "visas for Ukrainians")]),
    ("The senator supported the bill for two years.", [("supported", "the bill")]),
    ("The governor favored the measure for decades.", [("favored", "the measure")]),
    ("The mayor backed the plan for political reasons.", [("backed", "the plan")]),
    ("The council endorsed the proposal for the third time.", [("endorsed", "the proposal")]),
    ("The council backed the levy for the second year running.", [("backed", "the levy")]),
    ("The union demanded that the plant stay open for two more years.",
     [("demanded", "the plant stay open for two more years")]),  # the demanded clause's own time stays
])
def test_what_a_backing_is_for_is_its_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # few and little without an article are next to none; `a few`, `a little` are some
    ("The union showed little support for the deal.", [("showed little support for", True)]),
    ("The senators gave few endorsements to the nominee.", [("gave few endorsements to", True)]),
    ("The union gave a little support to the deal.", [("gave a little support to", False)]),
])
def test_few_and_little_deny_a_stance(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # how a body of voters votes or leans is a result, not a declared position
    ("The three districts last voted for a Republican presidential nominee in 1988.", []),
    ("The party fought the Republican electorate who has voted for Donald Trump.", []),
    ("Spanish-speaking voters are more likely to support the senator over her rival.", []),
    ("Suburban counties backed the governor in the last election.", []),
    ("Rural counties backed Trump by wide margins.", []),
    ("The counties voted against the levy.", []),
    ("Many in this Democratic county, which voted solidly for Barack Obama, don't mind.", []),
    ("Cuyahoga County backed Obama in 2012.", []),
    # ... but not a county's or a district's stance on a person, nor a body named by what it runs
    ("Maricopa County sued Sheriff Joe Arpaio and criticized Governor Ducey.",
     [("criticized", "Maricopa County")]),
    ("The school district backed Superintendent Maria Lopez in her dispute with the union.",
     [("backed", "school district")]),
    # ... unlike a state's government, a named voter, a country's vote or the governors of states
    ("The state opposed the motion in court.", [("opposed", "state")]),
    ("The Central Asian states affirmed support for the new rail route.",
     [("affirmed support for", "Central Asian states")]),
    ("The voter, Jane Smith, said she backed the governor.", [("backed", "Jane Smith")]),
    ("The governors of three states backed the plan.", [("backed", "governors of three states")]),
    ("Germany voted against the resolution.", [("voted against", "Germany")]),
    # ... or what counties and districts, which govern too, back or oppose other than a candidate
    ("School districts opposed the new testing mandate.", [("opposed", "School districts")]),
    ("Several counties opposed the state's water plan in court.", [("opposed", "Several counties")]),
    ("Five school districts have backed the teachers' demand for smaller classes.",
     [("backed the teachers' demand for", "Five school districts")]),
])
def test_how_voters_vote_is_no_declared_position(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a demand in speech: the saying is its cue, the clause demanded its target, and the two never overlap
    ("The senator said the minister should resign.", [("said", "the minister should resign", False, False)]),
    ('"The council must scrap the levy," the mayor said.', [("said", "The council must scrap the levy", False, False)]),
    ("Taxes should be cut this year, according to the party's leader.",
     [("according to", "Taxes should be cut this year", False, False)]),
    # only the saying denies or hedges it; the demand's own `not` is part of what is demanded
    ("The senator did not say the minister should resign.", [("say", "the minister should resign", True, False)]),
    ("The senator reportedly said the minister should resign.",
     [("said", "the minister should resign", False, True)]),
    ('"Voters should not lose their right to a ballot," the senator said.',
     [("said", "Voters should not lose their right to a ballot", False, False)]),
    # look-alike: a forecast is no demand
    ("The senator said the economy should recover next year.", []),
])
def test_a_spoken_demand_is_cued_by_its_saying(text: str, found: list[tuple[str, str, bool, bool]]) -> None:
    assert [(r["cue"], r["target"], r["negated"], r["hedged"]) for r in run_text("positions", text)] == found


_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "corpus" / "state_union"


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared benchmark corpus is not next to the project")
@pytest.mark.parametrize("name", ["2004-GWBush.txt", "1993-Clinton.txt", "2003-GWBush.txt"])
def test_no_target_overlaps_its_cue_in_real_speeches(name: str) -> None:
    text = (_CORPUS / name).read_text(encoding="utf-8")
    records = run_text("positions", text)
    assert records
    for record in records:
        target = record["target"]
        if not target:
            continue
        # every place the target is written near its cue: none of them covers the cue
        near = range(max(0, record["start"] - len(target) - 1000), record["end"] + 1000)
        at = text.find(target, near.start)
        while 0 <= at < near.stop:
            assert not (at < record["end"] and record["start"] < at + len(target)), record
            at = text.find(target, at + 1)


@pytest.mark.parametrize(("text", "found"), [
    # leaning toward a stance is not yet taking it
    ("The senator is leaning towards backing the bill.", [("backing", True)]),
    ("Gary Smith, a delegate, said he is leaning toward supporting the governor.", [("supporting", True)]),
    # look-alikes: a lean that is no governor of the stance, work toward it
    ("The senator, long leaning toward the left, is backing the bill.", [("backing", False)]),
    ("The senator is working towards backing the bill.", [("backing", False)]),
])
def test_leaning_toward_a_stance_hedges_it(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what a right or a power allows is a possibility, not its bearer's stance
    ("Most of the candidates said they support parents' right to boycott state exams.", [("support", "support")]),
    ("He championed the right of business owners, for example, to refuse services for weddings.", []),
    ("The senator defended the power of states to reject the mandate.", [("defended", "support")]),
    # look-alikes: a decision or a plan to act is a stance
    ("The governor announced her decision to oppose the pipeline.", [("oppose", "oppose")]),
    ("The union's plan to boycott the talks drew criticism.", [("boycott", "oppose")]),
])
def test_what_a_right_allows_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # backing counted or moving among voters: its `from`, `of` or owner is whom it goes to, not who declared it
    ("I interviewed leaders about the shift in support from Clinton to Obama.", []),
    ("In the poll, he had three times the evangelical support of Mr. Trump.", []),
    ("The senator has strong conservative support for the bill.", []),
    # look-alikes: a stance received from a named backer, a strong stance of one's own
    ("The plan won support from the unions.", [("support", "unions")]),
    ("The plan has the backing of the unions.", [("backing", "unions")]),
    ("The union's strong support for the strike was clear.", [("support", "union")]),
])
def test_backing_tallied_among_voters_is_no_declared_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a target's quotation marks pair: a mark at its edge whose partner is inside stays, one left outside joins
    ("On his website, the candidate promises to “end” the Common Core.", [("promises", "“end” the Common Core")]),
    ("The senator advocates a ''progressive consumption tax'' modeled after one in Sweden.",
     [("advocates", "a ''progressive consumption tax''")]),
    ('The union called for "a fair deal" for its members.', [("called for", '"a fair deal" for its members')]),
    ('The mayor said the council "must act now" on housing.', [("said", 'the council "must act now" on housing')]),
    # look-alikes: a whole quotation loses its marks; a mark inside stays
    ('The union called for "a fair deal."', [("called for", "a fair deal")]),
    ('The union demanded a "fair" deal.', [("demanded", 'a "fair" deal')]),
])
def test_a_targets_quotation_marks_pair(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a participle whose circumstance is cut off goes with it, not left dangling
    ("The senator advocates a consumption tax modeled after one in Europe.", [("advocates", "a consumption tax")]),
    ("The senator backed a law passed after the war.", [("backed", "a law")]),
    # look-alike: a time after the target's own verb is cut before it, the verb stays
    ("The union backed the plan to raise wages after the strike.", [("backed", "the plan to raise wages")]),
])
def test_no_target_ends_on_a_dangling_participle(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a second person's name after a comma is not the target's apposition but the subject's
    ("One pastor supporting Mr. Cruz, Darran Whiting of the First Baptist Church, said he made calls.",
     [("supporting", "Mr. Cruz")]),
    # look-alikes: a description of the target, or a name describing a title, stays
    ("The union backed Mr. Cruz, the Texas senator, in the primary.", [("backed", "Mr. Cruz, the Texas senator")]),
    ("The union backed the senator, Ted Cruz, in the primary.", [("backed", "the senator, Ted Cruz")]),
])
def test_a_second_name_is_no_apposition_of_the_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a relative clause on a name's description is about the name
    ("Murphy, a Florida Democrat who has been endorsed by the teachers unions, wants more funding.",
     [("endorsed", "Murphy, a Florida Democrat")]),
    # look-alike: a relative clause on a plain noun phrase
    ("The bill, which the governor supports, passed.", [("supports", "The bill")]),
])
def test_a_relative_clause_on_a_description_targets_the_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)][: len(found)] == found


@pytest.mark.parametrize(("text", "found"), [
    # states, citizens, towns that vote for a candidate or a party: an election's count, not a declared stance
    ("The three states last voted for a Republican nominee in 1988.", []),
    ("Khan and his wife are naturalized citizens who have voted for both Democrats and Republicans.", []),
    # look-alikes: a ballot on a measure, senators' vote on a nominee, states that affirm a stance
    ("The workers voted for the strike.", [("voted for", "workers")]),
    ("The senators voted for the nominee.", [("voted for", "senators")]),
    ("The states voted against the resolution.", [("voted against", "states")]),
])
def test_bodies_voting_for_candidates_is_an_election(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a refusal noun denies the stance verb it refuses, as the verb `refused to` does
    ("The mayor's refusal to endorse the candidate surprised many.",
     [("refusal to endorse", "support", "the candidate", True)]),
    ("The union's refusal to condemn the attacks angered the government.",
     [("refusal to condemn", "oppose", "the attacks", True)]),
    # look-alike: refusing an act that is no stance is opposing it
    ("The senator's refusal to hold hearings angered Democrats.", [("refusal", "oppose", "hold hearings", False)]),
])
def test_a_refusal_noun_denies_its_stance(text: str, found: list[tuple[str, str, str, bool]]) -> None:
    assert [(r["cue"], r["stance"], r["target"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what a law provides is no stance
    ("Two programs are Title I, which supports schools that serve low-income students, and Head Start.", []),
    # look-alikes: a person or a body that backs something, a law as the target
    ("The senator, who supports the Affordable Care Act, spoke on Monday.", [("supports", "senator")]),
    ("Congress, which backs the plan, will vote on Friday.", [("backs", "Congress")]),
])
def test_what_a_law_provides_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a headline's refusal of a stance verb the parser missed in the capitals is a denied stance, not opposition
    ("Ted Cruz Refuses to Disavow Lindsey Graham Endorsement\n\nTed Cruz spoke in Texas on Monday.", []),
    # look-alike: a refusal of an act that is no stance opposes it
    ("Ted Cruz Refuses to Hold Hearings\n\nTed Cruz spoke in Texas on Monday.", [("Refuses", "oppose")]),
])
def test_a_headline_refusal_of_a_stance_verb_is_no_opposition(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what any one of a kind could or would do is a scenario, not a declared stance
    ("Prospective physicians could agree to work in the public sector for a few years.", []),
    ("A mayor in that position would be praising the new budget.", []),
    ("An economist could recommend a different fund.", []),
    # look-alikes: a named group's, a body's, some members' hedged stance; a kind's stance stated outright
    ("Democrats could support the bill if it includes funding.", [("support", "Democrats", True)]),
    ("The union could back the deal, officials said.", [("back", "union", True)]),
    ("Some senators might oppose the nominee.", [("oppose", "Some senators", True)]),
    ("Farmers oppose the plan.", [("oppose", "Farmers", False)]),
    # look-alike: a habitual `would` tells what they used to do
    ("The senator said professors would often reject the proposals.", [("reject", "professors", False)]),
    ("The senator said professors would reject the proposals.", []),
])
def test_what_anyone_would_do_is_no_stance(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(r["cue"], r["holder"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a comma and a bare participle clause: what the holder did besides, not what the stance is about
    ("The governor wants to avoid giving any ammunition to his rivals, recalling how they used his remarks.",
     [("wants", "avoid giving any ammunition to his rivals")]),
    ("The union called on the firm to cut prices, citing rising costs.", [("called on", "the firm to cut prices")]),
    # look-alike: a participle inside the target, with no comma, stays
    ("The union called on the firm to stop dumping waste in the river.",
     [("called on", "the firm to stop dumping waste in the river")]),
])
def test_a_participle_aside_ends_the_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a past verb with no subject joined to the demanded infinitive is the holder's second act
    ("The senator urged the rest of the party to unite behind the nominee and tried to make the case for him.",
     [("urged", "the rest of the party to unite behind the nominee")]),
    ("The mayor asked residents to save water and promised new reservoirs.",
     [("asked", "residents to save water")]),
    # look-alike: two infinitives demanded together
    ("The unions urged members to strike and picket the plant.",
     [("urged", "members to strike and picket the plant")]),
])
def test_the_holders_second_verb_is_no_part_of_the_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)][:1] == found


@pytest.mark.parametrize(("text", "found"), [
    # a relative clause inside the demanded clause's subject is part of the clause
    ("Activists staged a sit-in, demanding that the state flag, which bears the old emblem, be removed.",
     [("demanding", "the state flag, which bears the old emblem, be removed")]),
    # look-alike: a relative clause after the object is an aside
    ("The minister backed the plan, which the cabinet approved on Monday.", [("backed", "the plan")]),
])
def test_a_relative_clause_in_a_demanded_subject_stays(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)][:1] == found


@pytest.mark.parametrize(("text", "found"), [
    # a thing that favours someone gives them an advantage: no stance
    ("Many of the upcoming primaries favor the governor demographically.", []),
    ("Several of the new rules favor large banks.", []),
    # look-alikes: a body, a group, some of a group favour a side
    ("The committee favors the plan.", [("favors", "committee")]),
    ("Most senators favor the bill.", [("favor", "Most senators")]),
    ("Many of the delegates favor the governor.", [("favor", "delegates")]),
])
def test_what_a_thing_favors_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # needing something to win is a count of what it takes, not a demand
    ("The candidate doesn't need those states to win the nomination.", []),
    ("The candidate needs Ohio to clinch the nomination.", []),
    ("The candidate needs 200 delegates to clinch the nomination.", []),
    ("The senator doesn't need those states to take the presidency.", []),
    # look-alikes: needing someone to act, wanting someone to act, also to take, reach or get something
    ("The mayor needs the council to approve the budget.", [("needs", "demand")]),
    ('"We need the Senate to take up this bill now," Schumer said.', [("need", "demand")]),
    ("The governor said the state needs Congress to take action on the border.", [("needs", "demand")]),
    ("The mayor said the city needs both sides to reach an agreement.", [("needs", "demand")]),
    ("Pelosi said the country needs Republicans to get the relief bill done.", [("needs", "demand")]),
    ("The minister said Europe needs member states to take more refugees.", [("needs", "demand")]),
    ("The coach wants the league to change the rules.", [("wants", "demand")]),
])
def test_needing_a_means_to_win_is_no_demand(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a retort that answers nothing named only introduces what was said back
    ('The spokesman fired back: "This is nonsense."', []),
    ('The senator hit back: "I never said that."', []),
    # look-alikes: a retort at someone opposes them
    ("The spokesman fired back at the critics.", [("fired back", "the critics")]),
    ("The senator shot back at his critics.", [("shot back", "his critics")]),
])
def test_a_retort_at_nobody_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # an assurance about what is done is a statement of fact, not a guarantee
    ("The governor assured the crowd that they had made history that night.", []),
    ("The chief executive assured investors that the company had met its targets.", []),
    # look-alikes: a guarantee of what will be, `won't` too (the tokenizer's `wo` + `n't`)
    ("The governor assured the crowd that he would cut taxes.", [("assured", "pledge")]),
    ("The chief sought to assure members that the candidate recognized the need to change and that his campaign "
     "would begin working with the party.", [("sought to assure", "pledge")]),
    ("Officials guaranteed that the plant will stay open.", [("guaranteed that", "pledge")]),
    ("The company guaranteed that nobody loses coverage.", [("guaranteed that", "pledge")]),
    ("The governor assured workers that the plant had been sold but that their jobs won't be cut.",
     [("assured", "pledge")]),
    ("The minister assured the nurses that the hospital was saved and that it won't close.", [("assured", "pledge")]),
])
def test_an_assurance_of_a_past_fact_is_no_pledge(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what one says one would have done is a what-if: hedged
    ("The president said he would have vetoed the bill.", [("vetoed", True)]),
    ("The mayor said she would have supported the plan.", [("supported", True)]),
    # look-alike: what one says one would do, told in the past, is the reported `will`
    ("The president said he would veto the bill.", [("veto", False)]),
])
def test_what_one_would_have_done_is_hedged(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # `as` after an object says what the object is taken for: part of the target
    ("The governor cautioned against viewing that as an endorsement.",
     [("cautioned against", "viewing that as an endorsement")]),
    ("The union cautioned against describing the plan as a tax.",
     [("cautioned against", "describing the plan as a tax")]),
    # look-alike: an `as` clause of time after the target is cut
    ("The union backed the plan to raise wages as the strike ended.", [("backed", "the plan to raise wages")]),
])
def test_what_an_object_is_taken_as_stays_in_the_target(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # wanting to take one's own course, about nothing, is no stance
    ("The senator wants to retire.", []),
    ("The governor wants to move forward.", []),
    ("The Democrats are acting as though they want to lose.", []),
    # look-alikes: wanting to do something to something, or a bare act of policy
    ("The mayor wants to triple the program.", [("wants", "triple the program")]),
    ("The union wants to strike.", [("wants", "strike")]),
    ("Iran wants to negotiate, the foreign minister said.", [("wants", "negotiate")]),
    ("Workers at the plant want to unionize.", [("want", "unionize")]),
    ("The senator wants to stay in the race.", [("wants", "stay in the race")]),
])
def test_wanting_a_course_about_nothing_is_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # some of a place's people, the place a common noun, are nobody in particular
    ("Most in the state want to improve the law.", []),
    ("Many in the city oppose the stadium.", []),
    ("Some in the neighbourhood oppose the new tower.", []),
    # look-alikes: some of a group, most of a kind, some in a named place (news's name for its rulers)
    ("Many in Washington oppose the deal with Iran.", [("oppose", "United States")]),
    ("Some in Beijing oppose the sanctions plan.", [("oppose", "China")]),
    ("Most in Moscow support the annexation.", [("support", "Russia")]),
    ("Many of the delegates favor the governor.", [("favor", "delegates")]),
    ("Most residents oppose the stadium.", [("oppose", "Most residents")]),
    ("Others in the teachers' union have opposed the resolution.", [("opposed", "teachers' union")]),
])
def test_some_of_a_places_people_hold_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # one backs a person; an infinitive after the person is the sentence's purpose, not the target
    ("The campaign is relying on mayors who have endorsed her to help spread the word.", [("endorsed", "her")]),
    ("The union endorsed Smith to lead the party.", [("endorsed", "Smith")]),
    # look-alikes: backing a thing with an infinitive, asking a person to act
    ("The union backed efforts to raise wages.", [("backed", "efforts to raise wages")]),
    ("The union urged him to resign.", [("urged", "him to resign")]),
])
def test_backing_a_person_targets_the_person(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # crowds are nobody in particular, as people are
    ("Crowds refuse to let bad weather interfere with the parade.", []),
    ("Crowds refuse to accept the result.", []),
    # look-alike: protesters are a side
    ("Protesters refuse to leave the square.", [("refuse", "Protesters")]),
])
def test_crowds_hold_no_stance(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # `neither ... nor` denies a stance under the governing verb, and the verb after `nor`
    ("Neither the mayor nor the governor is inclined to attack the plan.", [("attack", True), ("attack", True)]),
    ("The mayor neither backed nor opposed the deal.", [("opposed", True)]),
    # look-alikes: no `neither`
    ("The mayor is inclined to attack the plan.", [("attack", False)]),
    ("The mayor backed the plan and opposed the tax.", [("backed", False), ("opposed", False)]),
])
def test_neither_nor_denies_the_stance(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a quoted `we`/`I` about what was is a statement of fact, not a commitment
    ('"We never envisioned that it would come to this," Jane Doe said.', []),
    ('"I was never given any reason to doubt him," Jane Doe said.', []),
    ('"I didn\'t work on this issue until last year," Jane Doe said.', []),
    # look-alikes: what will be, or always is
    ('"We will never accept their terms," Jane Doe said.', [("We will never accept", "state")]),
    ('"We never accept their terms," Jane Doe said.', [("We never accept", "state")]),
    ('"We don\'t accept their terms," Jane Doe said.', [("We don't accept", "state")]),
])
def test_a_quoted_past_fact_is_no_commitment(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what any of a kind can do is a possibility, not a stance anyone declared
    ("Superdelegates are party officials who can vote for the candidate of their choice.", []),
    ("Superdelegates are party officials who may support the candidate of their choice.", []),
    ("Senators who can block the nominee met on Monday.", []),
    # look-alikes: a body's or a named group's `can`, and `cannot`, a refusal
    ("The senators can block the nominee.", [("block", "senators", False)]),
    ("Democrats can support the bill if it includes funding.", [("support", "Democrats", False)]),
    ("Farmers cannot support the plan.", [("support", "Farmers", True)]),
])
def test_what_any_of_a_kind_can_do_is_no_stance(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(r["cue"], r["holder"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a quotation's conditional or possible mood supposes: a view or a means, not what the speaker commits to
    ('"I wouldn\'t put it exactly like that," Jane Doe said.', []),
    ('"I would not discount the political motives," Jane Doe said.', []),
    ('"I couldn\'t afford to defend myself," the former aide said.', []),
    # ... and neither does a means one lacks
    ('"We cannot afford to be so careful anymore," Jane Doe said.', []),
    # look-alikes: what the speaker will or won't do, a denied `can`, a present refusal
    ('"We will not sign any deal that hurts our farmers," Jane Doe said.', [("We will not sign", "state")]),
    ('"We cannot accept this deal," Jane Doe said.', [("We cannot accept", "state")]),
    ('"I don\'t accept their terms," Jane Doe said.', [("I don't accept", "state")]),
])
def test_a_quoted_supposition_is_no_commitment(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what one has to do is a duty laid on them, not a position they took
    ("The Justice Department had to approve any changes made by the state.", []),
    ("The agency has to approve the merger before it closes.", []),
    # look-alikes: one's own `have to`, `has yet to` (not yet), and the act itself
    ('"We have to oppose this bill," the senator said.', [("oppose", "senator", False)]),
    ("The party has yet to endorse the candidate.", [("endorse", "party", True)]),
    ("The senator has had to repudiate parts of her party's platform.", [("repudiate", "senator", False)]),
    ("The Justice Department approved the changes made by the state.", [("approved", "Justice Department", False)]),
])
def test_a_duty_is_no_stance(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(r["cue"], r["holder"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what a verb lets or makes happen carries that verb's negation and modality
    ("Readers may not let editorials tell them how to vote.", [("tell", True, True)]),
    ("The party will not let Smith oppose the bill.", [("oppose", True, False)]),
    # look-alike: what it let happen did happen
    ("The party let Smith oppose the bill.", [("oppose", False, False)]),
])
def test_a_stance_let_happen_carries_the_letting(text: str, found: list[tuple[str, bool, bool]]) -> None:
    assert [(r["cue"], r["negated"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # what evidence suggests, or another reports, is hedged (`reportedly`)
    ("Despite some indications that Trump was backing down from the proposal, he said it had grown.",
     [("backing down", True)]),
    ("There were reports that the mayor opposed the plan.", [("opposed", True)]),
    ("The newspaper reported last month that the mayor had opposed the plan.", [("opposed", True)]),
    ("The mayor opposed the plan, the newspaper said.", [("opposed", True)]),
    # look-alikes: the act told as a fact, or said by its holder's side
    ("Trump was backing down from the proposal.", [("backing down", False)]),
    ("The mayor opposed the plan, her spokesman said.", [("opposed", False)]),
    ("The mayor said that she opposed the plan.", [("opposed", False)]),
])
def test_what_evidence_suggests_is_hedged(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a third party set against the speaker in a `while` clause of her speech is her charge
    ("Clinton told a gathering that she would fight for working families, while her opponent, Donald Trump, "
     "wants to take the country backward.", []),
    ("The mayor said she backs the plan, while the governor opposes it.", [("backs", "mayor")]),
    # look-alikes: the speaker's own `while` clause, and a `while` clause nobody speaks
    ("Clinton said that while she opposes the tax, she backs the plan.",
     [("opposes", "Clinton"), ("backs", "Clinton")]),
    ("While Trump wants to build a wall, Clinton backs reform.", [("wants", "Trump"), ("backs", "Clinton")]),
])
def test_a_rival_set_against_the_speaker_is_her_charge(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a participle of saying after a reported clause goes on with the sayer's words
    ("The mayor says her rival accepted money from the banks, asserting that he cannot be trusted to regulate "
     "them.", [("asserting that", "mayor")]),
    ("The mayor says her rival accepted money from the banks — asserting that he cannot be trusted.",
     [("asserting that", "mayor")]),
    # look-alike: with no verb of saying, the participle is the subject's
    ("The council approved the budget, insisting that taxes must fall.",
     [("approved", "council"), ("insisting that", "council")]),
])
def test_a_participle_of_saying_is_the_sayers(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "target"), [
    # a clause that states its own when keeps it: it is part of what was said
    ("Officials warned that much of the money would not reach the states before September.",
     "much of the money would not reach the states before September"),
    # a second object set off by a comma is a gloss on the act
    ("The mayor wants to keep the city safe, a goal they share.", "keep the city safe"),
    # a clause before the verb is not what it is about when an object follows the verb
    ("Listen to the remarks below: later in the broadcast, the mayor praised the pastor.", "the pastor"),
    # look-alikes: the occasion of a stance without a clause of its own, one object, a fronted quotation
    ("The mayor voiced his commitment to improving services at an event held by the union.",
     "improving services"),
    ("The mayor wants to keep the city safe.", "keep the city safe"),
    ('"Release the files now," the senator demanded.', "Release the files now"),
    # a gloss summing up the act after a comma, and a clause in brackets, are the writer's asides
    ("The mayor went further by proposing that a coalition put in place a curfew to provide safe streets for "
     "families, an approach several council members have embraced.",
     "a coalition put in place a curfew to provide safe streets for families"),
    ("The council rejected the plan, a move that angered residents.", "the plan"),
    ("The governor said the mayor wants to take in as many as 2,000 refugees (the mayor has proposed accepting 500).",
     "take in as many as 2,000 refugees"),
    # ... not a name's description, nor a name's bracket
    ("The union backed Jones, a senator who opposed the war.", "Jones, a senator who opposed the war"),
    ("The union backed Ted Cruz (R-Texas) on Monday.", "Ted Cruz (R-Texas)"),
])
def test_the_target_keeps_what_was_said_and_drops_glosses(text: str, target: str) -> None:
    assert run_text("positions", text)[0]["target"] == target


@pytest.mark.parametrize(("text", "found"), [
    # what a talk or a question is about is no stance declared
    ("The senator was asked about endorsing the nominee.", []),
    ('"I am just not ready to do that," the speaker told reporters about extending his support to the nominee.', []),
    ("The speaker talked about backing the nominee.", []),
    # look-alikes: thinking about it is a hedged stance; the act itself, or why one is blamed, is asserted
    ("The speaker is thinking about backing the nominee.", [("backing", True)]),
    ("The speaker was criticized for backing the nominee.", [("backing", False)]),
])
def test_the_topic_of_a_talk_is_no_stance(text: str, found: list[tuple[str, bool]]) -> None:
    assert [(r["cue"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a reported `cannot` is a refusal, not a hedge
    ("William Bennett said he could not support the movement.", [("support", True, False)]),
    ("The mayor surprised the party by declaring she couldn't yet support its candidate.",
     [("declaring", False, False), ("support", True, False)]),
    # look-alike: a reported `can` stays a possibility
    ("William Bennett said he could support the movement.", [("support", False, True)]),
])
def test_a_reported_cannot_is_no_hedge(text: str, found: list[tuple[str, bool, bool]]) -> None:
    assert [(r["cue"], r["negated"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # an `on` phrase naming a channel beside a `that` clause is where it was said
    ('Paul Manafort insisted on CNN that "there is no copying of the speech."',
     [("insisted", "state", "there is no copying of the speech")]),
    # look-alikes: what one insists on, and whom one calls on
    ("The mayor insisted on a recount.", [("insisted on", "demand", "a recount")]),
    ("The senator called on Congress to pass the bill.", [("called on", "demand", "Congress to pass the bill")]),
])
def test_a_channel_is_not_what_is_insisted_on(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["stance"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "target"), [
    # an apposition after a dash is the writer's gloss on the act
    ("The senator is pushing fellow Democrats to reject the debt deal reached last week — a move that may help "
     "trigger fresh opposition.", "fellow Democrats to reject the debt deal reached last week"),
    # a participle with an object of its own after a comma is the main clause's verb
    ("The Greater Dayton Committee, which supported Kloppenburg, spent at least $345,430 on TV ads.",
     "Kloppenburg"),
    # `at the hands of` tells by whom, not where or when
    ("The governor vowed to stop killings at the hands of armed gangs.", "stop killings at the hands of armed gangs"),
    # look-alikes: a place, a participle without an object, an apposition after a comma
    ("The mayor pledged to meet the families at the town hall.", "meet the families"),
    ("The union backed the bill, drafted by the mayor.", "the bill, drafted by the mayor"),
    ("The union endorsed Jane Smith, the mayor of Dayton.", "Jane Smith, the mayor of Dayton"),
])
def test_the_target_ends_before_a_gloss_or_the_main_verb(text: str, target: str) -> None:
    assert run_text("positions", text)[0]["target"] == target


@pytest.mark.parametrize(("text", "found"), [
    # a `he` in what many say, or a `they` in what one person says, is someone else: a forecast, not a threat
    ("Many supporters say that unless the mayor quits he would sue the city.", []),
    ("Jane Smith said that unless the council acts they would sue the city.", []),
    # look-alikes: the speakers' own action on a condition
    ("The workers said they would strike unless wages rise.", [("strike", "workers", "warn")]),
    ("Jane Smith said that unless the council acts she would sue the city.", [("sue", "Jane Smith", "warn")]),
])
def test_another_persons_conditional_act_is_a_forecast(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["holder"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # one pressed to act is told what to do: the act is others' demand, not a stance of theirs
    ("Newspapers that break with the party line are pressured to reverse course.", []),
    ("The senator was asked to endorse the governor.", []),
    # look-alikes: pressing another, being made to act (done), being expected to (hedged)
    ("The senator urged the mayor to endorse the governor.", [("urged", "senator", False)]),
    ("The senator was forced to withdraw his support for the bill.", [("withdraw his support for", "senator", False)]),
    ("The senator is expected to endorse the governor.", [("endorse", "senator", True)]),
])
def test_one_pressed_to_act_holds_no_stance(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(r["cue"], r["holder"], r["hedged"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a quoted progressive tells what one is doing, not what one commits to
    ('"We are not just counting votes," Jane Doe said.', []),
    # look-alikes: a stance verb is read on its own; a `will` commits
    ('"We are not accepting this deal," Jane Doe said.', [("accepting", "support", True)]),
    ('"We will not be accepting this deal," Jane Doe said.', [("We will not be accepting", "state", False)]),
])
def test_a_quoted_progressive_is_no_commitment(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert [(r["cue"], r["stance"], r["negated"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "holder"), [
    # an adverbial before the quotation does not hide that the commitment is quoted
    ('Last week, "We will fight this," Smith said.', "Smith"),
    ('On Monday, \u201cWe will never sign this deal,\u201d the union leader Ann Roe said.', "Ann Roe"),
])
def test_a_quoted_commitment_after_a_fronted_adverbial(text: str, holder: str) -> None:
    records = run_text("positions", text)
    assert [(r["holder"], r["stance"]) for r in records] == [(holder, "state")]


def test_an_unquoted_commitment_after_an_adverbial_is_no_quoted_one() -> None:
    assert run_text("positions", "Last week, we will fight this, Smith said.") == []


@pytest.mark.parametrize(("text", "found"), [
    # a clause before an unquoted semicolon is its own, though the parser hangs it on the next verb
    ("Jane Roe and John Doe differ on roads. He calls for $1 trillion in new spending; she calls for $200 billion.",
     [("calls for", "John Doe"), ("calls for", "Jane Roe")]),
    # look-alike: a semicolon inside the quotation of what was said
    ('"Our plan failed; we will back the bill," Jane Doe said.', [("back", "Jane Doe")]),
])
def test_a_clause_before_a_semicolon_is_not_the_next_verbs(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["cue"], r["holder"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a document's first line in title case is its headline, small words or none
    ("Union Leader Maria Lopez Endorses Tom Baker.\n\nMaria Lopez spoke on Monday in Ohio with Tom Baker.",
     [("Endorses", "Maria Lopez", "Tom Baker")]),
    # a headline without a stop ends at its blank line, and the name before its verb ends at the verb
    ("Tom Baker Slams Maria Lopez Over Taxes\n\nTom Baker spoke in Ohio on Monday.",
     [("Slams", "Tom Baker", "Maria Lopez Over Taxes")]),
    # look-alike: a title-case sentence inside the text is no headline
    ("Tom Baker spoke on Monday.\n\nMaria Lopez Endorses Tom Baker Daily.", []),
])
def test_a_documents_title_line_is_a_headline(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["cue"], r["holder"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # `who` after a name's description stands for the name, not for the party or the job the description names
    ("The bill passed, said former Sen. Ann Webb, a moderate Ohio Democrat who declined to run after voting for it.",
     [("Ann Webb", "support", "it")]),
    # a backing had by `who` is a backing of the one `who` stands for
    ("Tom Baker, who had the backing of Maria Lopez, won the primary.", [("Maria Lopez", "support", "Tom Baker")]),
    # changing minds is persuading others; changing one's own mind is a reversal
    ("Jane Roe will have difficulty changing minds.", []),
    ("The senator changed his mind on the pipeline.", [("senator", "reverse", "the pipeline")]),
    # a thing handled before `for` makes no demand; a body pressed for something does
    ("The Ohio Democrats push the button for the party.", []),
    ("Unions pressed Congress for a vote on the wage.", [("Unions", "demand", "a vote on the wage")]),
    # a target cut before its cue leaves no bracket open
    ("The deal keeps some tax breaks — some (backed by Republicans) for firms and some (backed by Democrats) for "
     "the poor.", [("Republicans", "support", "some"), ("Democrats", "support", "some")]),
])
def test_holders_and_targets_of_descriptions_relatives_and_look_alikes(text: str,
                                                                      found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["stance"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "hedged"), [
    # a plan, an intent, a hope is declared by its holder: no hedge
    ("The party plans to oppose the budget in the vote next week.", False),
    ("Bernie Sanders has said repeatedly that he plans to support the Democratic nominee.", False),
    ("The senator intends to vote against the bill.", False),
    ("The union hopes to block the merger.", False),
    # ... where a likelihood or a leaning is
    ("The senator is expected to vote against the bill.", True),
    ("The senator is leaning toward backing the bill.", True),
])
def test_a_declared_plan_is_no_hedge_a_likelihood_is(text: str, hedged: bool) -> None:
    assert [r["hedged"] for r in run_text("positions", text)] == [hedged]


@pytest.mark.parametrize(("text", "found"), [
    # an infinitive after a `too` of degree is what is not done
    ('"There are too many troubling things for me to dismiss the charges," said Jane Roe.', [("dismiss", True, False)]),
    # ... not after the `too` of `also`
    ("Jane Roe, too, wanted to support the plan.", [("wanted to support", False, False)]),
    # `'d` is `would`: a condition's wish is hedged
    ('"If I were a donor, I\'d want answers," said Jane Roe.', [("want", False, True)]),
    ('"If I were a donor, I\u2019d want answers," said Jane Roe.', [("want", False, True)]),
])
def test_too_to_and_contracted_would(text: str, found: list[tuple[str, bool, bool]]) -> None:
    assert [(r["cue"], r["negated"], r["hedged"]) for r in run_text("positions", text)] == found


def test_a_word_of_a_quoted_title_holds_nothing() -> None:
    text = ("Jane Roe, who starred in \u201cApollo 13,\u201d and \u201cAustin Powers: The Spy Who Shagged Me,\u201d "
            "backed Clinton.")
    assert [r["holder"] for r in run_text("positions", text)] == ["Jane Roe"]


@pytest.mark.parametrize(("text", "holders"), [
    # a list closed by `and`, then a comma and one more name: the list is the fronted phrase's
    ("In an interview with hosts Joe Scarborough and Mika Brzezinski, Hillary Clinton backed the plan.",
     ["Hillary Clinton"]),
    # look-alikes: lists with and without a serial comma
    ("France, Germany and Spain backed the plan.", ["France", "Germany", "Spain"]),
    ("France, Germany, and Spain backed the plan.", ["France", "Germany", "Spain"]),
])
def test_a_name_after_a_closed_list_is_the_subject(text: str, holders: list[str]) -> None:
    assert [r["holder"] for r in run_text("positions", text)] == holders


@pytest.mark.parametrize(("text", "holders"), [
    # `both` standing alone is the two the text has just named
    ("Donald Trump and Hillary Clinton spoke in Ohio. Both backed the plan.", ["Donald Trump", "Hillary Clinton"]),
    # look-alike: `both` before a noun counts it
    ("Both parties backed the plan.", ["parties"]),
])
def test_both_alone_stands_for_the_two_just_named(text: str, holders: list[str]) -> None:
    assert [r["holder"] for r in run_text("positions", text)] == holders


@pytest.mark.parametrize(("text", "holders"), [
    # a name's description after a comma, parsed as a second subject, neither holds the stance nor counts a poll
    ("Felicia Sanders and Polly Sheppard, two of the three people who survived a shooting at the church last year, "
     "made an impassioned call for love.", ["Felicia Sanders", "Polly Sheppard"]),
    # look-alike: a count of a group as the subject is a poll
    ("Two of three voters in the state back the wall.", []),
])
def test_a_description_parsed_as_a_second_subject(text: str, holders: list[str]) -> None:
    assert [r["holder"] for r in run_text("positions", text)] == holders


@pytest.mark.parametrize(("text", "found"), [
    # the means or the occasion of one's own act: who used or took it acted
    ("Other leaders used particularly blunt language to denounce the test.", [("Other leaders", "oppose")]),
    ("Donald Trump took the opportunity to criticize Hillary Clinton.", [("Donald Trump", "oppose")]),
    # a newsroom the recogniser read as an event is still what `it` stands for
    ("About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton.",
     [("Dallas Morning News", "support")]),
    # look-alikes: a right allows, a request asks of others
    ("They support parents' right to boycott the exams.", []),
    ("She urged members to reject the deal.", []),
])
def test_a_means_used_or_a_chance_taken(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["holder"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a line full of names with its verb in lower case is a sentence, not a headline
    ("Donald Trump criticized Hillary Clinton Monday.", [("Donald Trump", "oppose", "Hillary Clinton")]),
    # the object's name the parser ran into the weekday after it is the target
    ("Ted Cruz spoke. Jeb Bush endorsed Cruz Wednesday. \"It is a coup for Cruz,\" the Post explained.",
     [("Jeb Bush", "support", "Cruz")]),
])
def test_a_sentence_of_names_with_its_day(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["stance"], r["target"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "holder", "cue", "target"), [
    # a relative clause between the holder and its verb, which the parser took the holder into
    ("On June 4, 2008, Sanders, who hadn't endorsed during the primaries, decided to back Obama.", "Sanders",
     "decided to back", "Obama"),
    ("Sen. Chris Murphy (a Connecticut Democrat) says he backs the ban.", "Chris Murphy", "backs", "the ban"),
])
def test_a_holder_set_apart_from_its_verb_by_an_aside(text: str, holder: str, cue: str, target: str) -> None:
    records = [r for r in run_text("positions", text) if r["cue"] == cue]
    assert [(r["holder"], r["target"]) for r in records] == [(holder, target)]


@pytest.mark.parametrize(("text", "found"), [
    # a surname the tagger read as a common noun (`trump`) is the person the text names in full, before it or,
    # from a headline, after it
    ("Donald Trump spoke in Ohio on Monday. Trump urged voters to monitor polling places.",
     [("Donald Trump", "Trump", "demand")]),
    ("Trump urges supporters to monitor polling places.\nDonald Trump spoke in Ohio on Monday.",
     [("Donald Trump", "Trump", "demand")]),
    # look-alike: with no one of that name in the text, the noun names no one
    ("Trump urged voters to monitor polling places.", []),
])
def test_a_surname_read_as_a_common_noun(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["holder_text"], r["stance"]) for r in run_text("positions", text)] == found


@pytest.mark.parametrize(("text", "cue", "holders"), [
    # a finite verb the parser left with no subject, right after a name it joined to another clause's subject
    ("Republicans said they're increasingly convinced the Justice Department mishandled the investigation and "
     "Democrats accused the GOP of stoking the issue.", "accused", ["Democrats"]),
    # ... or to a phrase before it: the last of a list of three is the list
    ("The Council's starkest failure has been over Syria, with Russia backing the government as the United "
     "States, Britain and France support some opposition groups.", "support", ["United States", "Britain", "France"]),
    # look-alike: an infinitive after a list is no finite verb; its holder is the sentence's subject
    ("Biden was arranging calls with both Sanders and Clinton to discuss the race before making a public "
     "endorsement of his own.", "making a public endorsement of", ["Biden"]),
])
def test_a_subject_stranded_before_its_verb(text: str, cue: str, holders: list[str]) -> None:
    assert [r["holder"] for r in run_text("positions", text) if r["cue"] == cue] == holders


@pytest.mark.parametrize(("text", "found"), [
    # `be in favor of`, `be against` in a relative clause: the antecedent's side
    ("Murphy, who was always in favor of strict gun controls, paid a price.",
     [("Murphy", "support", "strict gun controls")]),
    ("The senator, who is against the deal, spoke on Monday.", [("senator", "oppose", "the deal")]),
    # look-alike: a thing in favour of someone takes no side
    ("The bill that is in favor of farmers passed.", []),
])
def test_a_side_taken_in_a_relative_clause(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["holder"], r["stance"], r["target"]) for r in run_text("positions", text)] == found


def test_a_verb_lost_in_its_holders_apposition() -> None:
    text = ("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called Friday "
            "for releasing the police videos, as well, saying that transparency helps.")
    assert [(r["holder"], r["stance"]) for r in run_text("positions", text) if r["cue"] == "called Friday for"] == [
        ("Roy Cooper", "demand")]


@pytest.mark.parametrize(("text", "cue", "holder"), [
    # a present verb that cannot agree with the reported clause's subject goes with the clause that reports it
    ("But some Democratic strategists fear that Clinton has already missed her chance and warn that counting on "
     "one group of voters is risky.", "warn", "some Democratic strategists"),
    # a bare verb sharing the reported clause's modal is that clause's subject's
    ("Aides say the senator will oppose the bill and vote against it.", "vote against", "senator"),
    # those written to are not who says it
    ("Bernie Sanders spoke on Monday. The Vermont senator emailed supporters saying the struggle continues and "
     "vowing to compete in the final primary.", "vowing", "Bernie Sanders"),
    # `they` after a pair named with a plural description is the pair who say it
    ("Khizr and Ghazala Khan, the Gold Star parents of a soldier killed in Iraq, say they felt compelled to speak "
     "out against Trump.", "speak out", "Khan"),
])
def test_the_holder_of_a_verb_the_parser_joined_to_another_clause(text: str, cue: str, holder: str) -> None:
    found = [r["holder"] for r in run_text("positions", text) if r["cue"] == cue]
    assert found and all(holder in str(h) for h in found), found


@pytest.mark.parametrize(("text", "found"), [
    # a poll's count, also where a fronted `In a poll` says it or the parser made the verb the group's modifier
    ("In a Washington Post poll released Sunday, three of four Americans disapproved of the way Trump had "
     "handled the situation.", []),
    ("In a new survey, most voters opposed the plan.", []),
    # leaving a race is no change of stance; dropping a plan is
    ("Carly Fiorina, who ended her own bid for the nomination in February, spoke on Monday.", []),
    ("Rubio, a Florida senator, ended his bid after an embarrassing loss last week.", []),
    ("Microsoft withdrew its bid on Friday.", [("reverse", None)]),
    ("The senator dropped his bid to repeal the law.", [("reverse", "repeal the law")]),
    # a threat met or posed is a danger, not a warning
    ("Democrats are facing a Republican threat of unknown potency in the state.", []),
    ("The union's threat of a strike worried the company.", [("warn", "a strike")]),
    # defending oneself against something opposes it; defending a plan supports it
    ("Carson defended himself against claims that he exaggerated his story.",
     [("oppose", "claims that he exaggerated his story")]),
    ("Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\nBen Carson spoke on Friday.",
     [("oppose", "Claims He Exaggerated His Life Story")]),
    ("Carson defended himself on Friday.", []),
    ("Carson defended the plan.", [("support", "the plan")]),
    # an arrangement requested is no demand; demanded, it may be one
    ("Democratic leaders hoped the meeting, requested by Sanders, would ease tensions.", []),
    ("Sanders requested a meeting with the president.", []),
    ("The union demanded a meeting with the mayor to end the strike.", [("demand", "a meeting with the mayor")]),
    ("The senator requested a recount.", [("demand", "a recount")]),
])
def test_what_is_no_stance_or_another_one(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["stance"], r["target"]) for r in run_text("positions", text)] == found


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [(r["cue"], r["holder"], r["stance"]) for r in run_text("positions", text)]


@pytest.mark.parametrize(("text", "found"), [
    # how one speaks of something, the adverb right before `of` or `about`, is a stance toward it
    ("Mr. Trump spoke favorably of Mr. Putin's leadership.", [("spoke favorably of", "Trump", "support")]),
    ("Senator Warren has written disparagingly about the banks.",
     [("written disparagingly about", "Warren", "oppose")]),
    ("The governor thinks highly of the plan.", [("thinks highly of", "governor", "support")]),
    ("Trump spoke ill of Obama.", [("spoke ill of", "Trump", "oppose")]),
    # look-alikes: a manner of talking, of writing or of thinking, and `as well`
    ("The governor spoke slowly of the plan.", []),
    ("Maureen Dowd writes well about politics.", []),
    ("Students learn to think critically about the news.", []),
    ("Clinton spoke as well about the economy.", []),
])
def test_the_manner_of_speaking_of_something(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an attack with words, launched or kept up, against a person or a stance; not one with arms or on a place
    ("Trump launched a pre-emptive attack against Obama on Tuesday.",
     [("launched a pre-emptive attack against", "Trump", "oppose")]),
    ("Christie unleashed withering attacks against Rubio in the debate.",
     [("unleashed withering attacks against", "Christie", "oppose")]),
    ("Mr. Smith stepped up his attacks on Clinton's positions.", [("stepped up his attacks on", "Smith", "oppose")]),
    ("Democrats stepped up their attacks on Republican positions on immigration.",
     [("stepped up their attacks on", "Democrats", "oppose")]),
    ("The rebels launched an attack on the army base.", []),
    ("Rebels stepped up their attacks on government positions.", []),
    # a stance kept up is a stance; the backing one keeps is not
    ("The union continued its support for the strike.", [("continued its support for", "union", "support")]),
    ("Trump continued his support among evangelicals.", []),
])
def test_an_attack_with_words_and_a_stance_kept_up(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a participle set off after a copula, or a verb joined to it, is what the copula's subject does
    ("Trump was in Bangor, Maine, promising to build a wall at the border.", [("promising", "Trump", "pledge")]),
    ("Ms. Warren has been a powerful surrogate, attacking Mr. Trump.", [("attacking", "Warren", "oppose")]),
    ("It is no good demanding sacrifice.", []),
    ("Senator Warren is on record supporting the tax.", [("supporting", "Warren", "support")]),
    ("Senator Warren went on the record in a long interview.", []),
    # ... and a participle the copula's `in` leads
    ("Speaker Ryan has been a leader in his party in supporting an overhaul of the immigration system.",
     [("supporting", "Ryan", "support")]),
    ("Senator Warren was vocal in opposing the trade deal.", [("opposing", "Warren", "oppose")]),
    ("The problem is in supporting the bill.", []),
    ("Indiana politicians are furious at the company and want a refund of the tax breaks.",
     [("want", "Indiana politicians", "support")]),
    # a surname the tagger read as a plural noun is the person the text has named in full
    ("Bernie Sanders spoke on Monday. Sanders often questions Clinton's ties to super PACs and has called for the "
     "former secretary of state to release the transcripts of her speeches.",
     [("called for", "Bernie Sanders", "demand")]),
    # a work titled with a person's name is not that person
    ("Jorge Ramos hosts a show. Since 2013, he leads “America with Jorge Ramos” on Fusion.\n\nLast year, Time "
     "named him on its list. Ramos used his acceptance speech to call for the resignation of President Enrique Pena "
     "Nieto.", [("call for", "Jorge Ramos", "demand")]),
    # a side's own voters hold views; against one's own side is a stance, backing one's own country is not
    ("Independents strongly favored Mr. Sanders.", [("favored", "Independents", "support")]),
    ("The map favors Democrats.", []),
    ("Mr. Kasich criticized his own party for the shutdown.", [("criticized", "Kasich", "oppose")]),
    ("They backed their own country.", []),
])
def test_holders_of_a_copula_a_surname_and_a_side(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a kind of person wanted in a post is a position on who should hold it; one wanted to do something, or with
    # no kind said, is not
    ("The unions want a new leader.", [("want", "unions", "support")]),
    ("She knew about the request and wanted a close aide to keep track of it.", []),
    ("The widow wants a lawyer.", []),
    ("The unions want him.", []),
    # a wish to live in a kind of world is one's own course; an offer one has is one received
    ("\"That's not the type of world I want to live in,\" Clinton said.", []),
    ("Corey Lewandowski was shopping a book, and had an offer to publish it with HarperCollins.", []),
])
def test_wants_and_offers_that_are_no_position(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a poll's count, where an according-to phrase names the poll or a passive's agent is the count
    ("According to early results of the exit polls by Edison Research, majorities of Democratic voters in Alabama, "
     "Georgia and Virginia want a continuation of Obama's policies.", []),
    ("Trump was supported by 42 percent of the Republicans surveyed in the CBS poll.", []),
    ("Clinton has support from 52 percent of Democratic primary voters, a survey found.", []),
    ("According to the senator, who cited a recent survey, Republicans oppose the tax.",
     [("oppose", "Republicans", "oppose")]),
    # the backing one has is not what one backs
    ("For months, Republicans have hoped that Donald J. Trump's support was a mirage.", []),
    ("Thiel's support for Trump was first noted in May.", [("support", "Thiel", "support")]),
    # a third party's wish inside a claim
    ("Mr. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in 250,000 "
     "Syrian refugees.", []),
    # what one can do is no change of stance; what one could do is a hedged one
    ("These delegates, however, can change their minds.", []),
    ("The senator will change course on the bill.", [("change course", "senator", "reverse")]),
    ("Clinton could reverse her position on the pipeline.", [("reverse her position on", "Clinton", "reverse")]),
])
def test_polls_backing_had_claims_and_abilities(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


def test_a_verb_joined_to_a_reported_copula_is_not_the_copula_subjects() -> None:
    """`tweeted that Machado was "disgusting" and encouraged Americans to ...`: Trump encouraged them, not Machado."""
    text = ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged "
            "Americans to “check out” her sex tape.")
    assert "Machado" not in {r["holder"] for r in run_text("positions", text)}


@pytest.mark.parametrize(("text", "found"), [
    # names after the verb are its objects, even where the parser hangs them on the subject as appositions
    ("Republican presidential nominee Jane Walker on Friday endorsed the re-election of House Speaker Paul Ryan "
     "(R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte (R-N.H.).", [("endorsed", "Jane Walker", "support")]),
    # a plural noun restates no single name: the relative pronoun stands for the plural noun
    ("Since Lopez has more votes than Bernie Sanders, superdelegates who back him would be going against the voters, "
     "her manager said.", [("back", "superdelegates", "support")]),
    ("Clinton has more pledged delegates than Sanders, superdelegates who back her said on Monday.",
     [("back", "superdelegates", "support")]),
    # ... a body's it may
    ("The ruling was welcomed by Planned Parenthood, advocates who have long opposed the law.",
     [("welcomed", "Planned Parenthood", "support"), ("opposed", "Planned Parenthood", "oppose")]),
    # a present-tense `until` is a condition still to be met, not a stance taken
    ("Carrier is moving its plant to Mexico. The governor vows not to take the company's calls until it agrees to "
     "stay.", [("vows", "governor", "pledge")]),
    ("The senator said she will not endorse him until he apologizes.", [("endorse", "senator", "support")]),
    # an aside set off by commas inside such a clause is the writer's statement
    ("The senator is blocking the nominee until the Pentagon, which opposes the plan, releases the memo.",
     [("blocking", "senator", "oppose"), ("opposes", "Pentagon", "oppose")]),
    # ... not a clause on anyone at all
    ("If any lawmaker, Republican or Democrat, who opposes the plan votes no, it will fail.", []),
    ("Clinton backed the deal until she opposed it in 2015.",
     [("backed", "Clinton", "support"), ("opposed", "Clinton", "oppose")]),
    # `come against` is a stance only as `come out against`
    ("The inquiry comes against a political backdrop in which the mayor is the favourite.", []),
    ("The union has come out strongly against the merger.", [("come out strongly against", "union", "oppose")]),
    ("The Supreme Court came down against the administration in a 5-4 ruling.",
     [("came down against", "Supreme Court", "oppose")]),
    # something wanted put back or out is a demand on whoever holds it
    ("Local politicians are furious at the company and want their money back.",
     [("want", "Local politicians", "demand")]),
])
def test_objects_conditions_and_things_wanted_back(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _cues(text) == found


@pytest.mark.parametrize(("text", "target"), [
    ("Local politicians are furious at the company and want their money back.", "their money back"),
    ("The club wants the trophy back after the ruling.", "the trophy back"),  # not the time after it
])
def test_a_thing_wanted_back_is_the_target_with_where(text: str, target: str) -> None:
    (record,) = run_text("positions", text)
    assert record["target"] == target


@pytest.mark.parametrize(("text", "holder_texts"), [
    # a name after the verb is no apposition of its subject, so not the holder
    ("The lawyers also backed the valid candidacies of two former Republican hopefuls, Sen. John McCain of Arizona "
     "and former Michigan Gov. George Romney, as examples.", ["The lawyers"]),
    # members a colon opens are the subject's, each written as the list writes it
    ("At least four Democratic senators claim to object to their party's stance on abortion: Sens. Joe Manchin "
     "(D-WV), Bob Casey Jr. (D-PA), Joe Donnelly (D-IN), and Heidi Heitkamp (D-ND).",
     ["Sens. Joe Manchin", "Bob Casey Jr.", "Joe Donnelly", "Heidi Heitkamp"]),
])
def test_a_name_past_the_verb_is_no_apposition_of_its_subject(text: str, holder_texts: list[str]) -> None:
    assert [r["holder_text"] for r in run_text("positions", text)] == holder_texts



@pytest.mark.parametrize(("text", "target"), [
    # a participle joined to the target's verb goes on from the cue's participle: the holder's next act
    ("Juan Miguel Gonzalez sent a letter to the minister, demanding the boy be returned to him and saying he did not "
     "recognize the courts.", "the boy be returned to him"),
    # look-alikes: participles joined to each other, and a participle joined by `rather than`
    ("The senator called for raising taxes and cutting spending.", "raising taxes and cutting spending"),
    ("Allies kept pressuring Mr. Sanders to run on issues rather than continuing to attack her ties to Wall Street.",
     "Mr. Sanders to run on issues rather than continuing to attack her ties to Wall Street"),
])
def test_a_participle_after_the_targets_verb_is_a_second_act(text: str, target: str) -> None:
    assert [r["target"] for r in run_text("positions", text)] == [target]


def test_a_warning_that_someone_should_expect_something_is_no_demand() -> None:
    text = ("Elected officials in Miami warned federal immigration officials that they should expect little help "
            "from the police.")
    assert [r["stance"] for r in run_text("positions", text)] == ["warn"]


def test_a_description_written_before_a_name_stands_for_it_later() -> None:
    text = ("Elian's great-uncle Lazaro Gonzalez met reporters on Monday. Later, Elian's great-uncle vowed to continue "
            "the battle.")
    assert [r["holder"] for r in run_text("positions", text)] == ["Lazaro Gonzalez"]


@pytest.mark.parametrize(("text", "target"), [
    # a name takes no defining clause: `who` right after it is about someone named before it
    ("Ashley Yago, a supporter of Republican Donald Trump who lives across the country in Greeley, Colo., said she "
     "was worried.", "Republican Donald Trump"),
    # look-alike: a clause the parser made the demand's own goes on
    ("Senator Smith demanded that Donald Trump who won the primary release his tax returns.",
     "Donald Trump who won the primary release his tax returns"),
])
def test_a_name_takes_no_defining_clause(text: str, target: str) -> None:
    assert [r["target"] for r in run_text("positions", text)] == [target]


def test_a_second_stance_joined_to_a_stance_nouns_target_is_not_part_of_it() -> None:
    text = ("The senator has shifted, offering more dire warnings about terrorism and more blistering attacks "
            "against Lopez.")
    assert [(r["stance"], r["target"]) for r in run_text("positions", text) if r["stance"] == "warn"] == [
        ("warn", "terrorism")]
