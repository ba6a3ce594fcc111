"""The words that carry a stance, by lemma, and the words that change how a cue reads.

Kept as data so a new cue is one line; the dependency walk in `cues.py` decides
when a word here really is a cue (an actor as subject, the right particle, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..engine.given_names import KIN_NOUNS
from ..engine.wordlists import lines
from ..entities.titles import EPITHETS, is_title_word

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

Stance = Literal["support", "oppose", "demand", "pledge", "reverse", "warn", "state"]

# Verbs that are a stance on their own (`backed the plan`, `vowed to retaliate`).
VERBS: dict[str, Stance] = {
    **dict.fromkeys(
        ("support", "back", "endorse", "welcome", "accept", "praise", "approve", "favour", "favor", "champion",
         "embrace", "hail", "applaud", "commend", "laud", "advocate", "recommend", "defend", "ratify", "greenlight",
         "propose"),
        "support",
    ),
    **dict.fromkeys(
        ("oppose", "reject", "condemn", "criticise", "criticize", "veto", "denounce", "decry", "deplore",
         "resist", "boycott", "rebuff", "spurn", "lambast", "disapprove", "slam", "protest", "refuse", "dismiss",
         "blast", "castigate", "berate", "excoriate", "assail", "lambaste", "attack", "decline", "block", "accuse",
         "chastise", "scold", "deride", "rebuke", "chide", "disparage", "disavow", "repudiate", "renounce",
         "disown"),
        "oppose",
    ),
    **dict.fromkeys(("demand", "urge", "request", "implore", "petition", "pressure"), "demand"),
    **dict.fromkeys(("pledge", "promise", "vow", "swear"), "pledge"),
    **dict.fromkeys(("reverse", "backtrack", "shelve"), "reverse"),
    **dict.fromkeys(("warn", "caution", "threaten"), "warn"),
}


def headline_stance_verb(word: str, verbs: Collection[str] = VERBS) -> str | None:
    """The verb of `verbs` (stance verbs by default) a title-case headline word is in the third person
    (`Endorses` -> endorse, `Slams` -> slam), which the tagger takes for part of a name."""
    if not word[:1].isupper() or not word.endswith("s"):
        return None
    lower = word.lower()
    return next((stem for stem in (lower[:-1], lower[:-2]) if stem in verbs), None)


# Verbs that take a side with `in favour of` (`voted in favour of`, `are in favor of`, `is against`).
IN_FAVOUR_VERBS: frozenset[str] = frozenset(
    {"come", "vote", "speak", "argue", "rule", "lean", "campaign", "lobby", "declare", "testify", "write", "rally",
     "march", "protest", "be"}
)
# The nouns of `in favour of`, `in support of`, `in opposition to` and the side each takes.
SIDE_NOUNS: dict[str, Stance] = {"favour": "support", "favor": "support", "support": "support",
                                 "opposition": "oppose"}

# A participle and the noun right after it that together name a kind of thing, not an act (`Clinton has pledged
# delegates and the popular vote on her side`: delegates bound to her by the primaries).
PARTICIPLE_TERMS: frozenset[tuple[str, str]] = frozenset({("pledge", "delegate"), ("commit", "delegate")})

# Objects that make a stance verb mean something else (`defended the title`, `backed the car`).
NOT_STANCE_OBJECTS: frozenset[str] = frozenset(
    {"title", "crown", "championship", "belt", "seat", "lead", "goal", "car", "vehicle", "truck", "load", "weight"}
)

# What one is given, which `accept` receives rather than agrees to (`accepted $200,000 from Wall Street`,
# `accepting the award`, `accepted the invitation`, `accepted admission papers`), unlike `accepted the deal` or
# `accept the results`.
GIFTS: frozenset[str] = frozenset(
    {"money", "donation", "contribution", "cash", "fund", "funding", "gift", "award", "prize", "honor", "honour",
     "medal", "congratulation", "invitation", "interview", "gig", "opportunity", "help", "assistance", "aid",
     "check", "cheque", "payment", "fee", "salary", "loan", "million", "billion", "dollar", "bribe", "job", "speech",
     "nomination", "position", "post", "paper", "document", "letter", "credential", "delivery", "shipment",
     "package"}
)
RECEIVING_VERBS: frozenset[str] = frozenset({"accept"})

# Phrasal verbs that are a demand only with what is asked (`appealed to voters to stay home`, `appealed to
# residents for calm`), not a draw (`Sanders appeals to young voters`).
ASKED_OF: frozenset[tuple[str, str]] = frozenset({("appeal", "to")})

# Objects of a physical attack, not a stance (`attacked the compound`).
# Modifiers of an attack that make it an armed one (`air strikes`, `a military assault`, `suicide attacks`).
ARMED_ATTACKS: frozenset[str] = frozenset(
    {"air", "airstrike", "military", "armed", "terrorist", "suicide", "naval", "ground", "nuclear", "chemical",
     "cruise", "cyber", "arson", "guerrilla", "rebel", "militant"}  # (and `WEAPONS`: `missile attacks`)
)
# What is resisted as an urge, not opposed (`could not resist the temptation to mock him`).
URGES: frozenset[str] = frozenset({"temptation", "urge", "impulse", "lure", "pull", "allure", "itch"})
# Who attacks with arms, whatever is attacked (`the rebels attacked police`, `gunmen attacked the minister`).
ARMED_ACTORS: frozenset[str] = frozenset(
    {"rebel", "militant", "gunman", "guerrilla", "insurgent", "troop", "soldier", "army", "attacker", "terrorist",
     "fighter", "assailant", "jihadist", "militia", "militiaman", "bomber", "raider", "mob", "sniper", "commando"}
)
PHYSICAL_OBJECTS: frozenset[str] = frozenset(
    {"compound", "base", "convoy", "village", "town", "city", "building", "embassy", "troop", "soldier", "patrol",
     "fighter", "tank", "aircraft", "plane", "jet", "drone", "airport", "outpost",
     "position", "ship", "vessel", "checkpoint", "camp", "station", "post", "target", "house", "home", "car", "bus",
     "train", "road", "street", "traffic", "entrance", "exit", "path", "view", "shot", "door", "highway",
     "bridge", "lane", "sun", "light", "runway", "access",
     # what is shot down (`shot down a Russian bomber`; `shot down the proposal` is a stance)
     "bomber", "helicopter", "airliner", "warplane", "satellite", "balloon", "missile", "rocket"}
)

# What an assault is made with (`attacked him with a bottle`), unlike words (`attacked him with a barrage of
# insults`).
WEAPONS: frozenset[str] = frozenset(
    {"knife", "bottle", "gun", "rifle", "pistol", "machete", "axe", "bat", "stick", "stone", "rock", "hammer",
     "bomb", "grenade", "missile", "rocket", "sword", "brick", "baton", "spear", "firearm", "weapon", "fist",
     "acid", "shell", "mortar", "drone", "tank", "artillery", "explosive"}
)

# Stance verbs that have another sense when they take no object (`Liverpool defended well`, `the lorry backed up`,
# `the driver reversed into a post`, `the leaders embraced warmly`).
NEEDS_OBJECT: frozenset[str] = frozenset(
    {"defend", "back", "support", "champion", "reverse", "attack", "decline", "propose", "block", "embrace",
     "threaten"}  # (`Mutola looked threatening in the final 200 metres`: menacing, no threat made)
)

# What a refusal is not a stance on: declining to speak or to grant a point is no position (`declined to
# comment`, `declined to be identified`, `refusing to concede that his backers would not vote for him`), nor
# is declining to run for an office (`declined to run for reelection`, `declined to seek a third term`).
SILENT_VERBS: frozenset[str] = frozenset(
    {"comment", "respond", "elaborate", "answer", "speak", "say", "reply", "talk", "discuss", "specify",
     "concede", "admit", "acknowledge", "confirm", "name", "identify", "detail", "run", "seek", "characterize",
     "characterise", "describe", "define", "explain", "clarify",
     # guessing at or joining a debate (`declined to weigh in on`, `refused to speculate about the outcome`)
     "weigh", "speculate", "guess", "predict"}
    # (not `disclose`: `refused to disclose his medical records` takes a side)
)
# ... and so is declining to be asked, quoted or drawn out (`declined to be interviewed`, `refused to be drawn on the
# timing`; `declined to interview Comey` is one).
SILENT_PASSIVES: frozenset[str] = frozenset({"interview", "quote", "draw"})
# Support verbs that, with a clause of what someone else is to do, ask it of them (`recommended that she resign`).
ADVISING_VERBS: frozenset[str] = frozenset({"recommend", "propose", "advocate"})
# Stance verbs that need an object, for which a clause will do (`proposed doing away with`, `declined to step in`).
CLAUSE_OBJECT_VERBS: frozenset[str] = frozenset({"propose", "decline", "support", "back", "defend", "threaten"})

# What an offer puts forward as a proposal (`offered ideas for easing student debt`, `offering new defence
# efforts`), not what it hands over or says (`offered no proof`, `offers loans`, `offered some advice`).
PROPOSAL_OBJECTS: frozenset[str] = frozenset(
    {"idea", "plan", "proposal", "solution", "compromise", "deal", "concession", "reform", "effort", "alternative",
     "amendment", "bill", "initiative", "blueprint", "framework", "package", "roadmap", "resolution", "measure"}
)
PROPOSING_VERBS: frozenset[str] = frozenset({"offer", "put", "unveil", "present", "outline", "float", "table"})

# Verbs of wanting: a stance on their own object or infinitive (`Democrats want policies that ...`,
# `She wants to triple the AmeriCorps program`), not on what one wants to learn (`wanted to know`).
WANTING_VERBS: dict[str, Stance] = {"want": "support"}
# Where a thing is wanted put: `want their money back`, `wants the troops home`, a demand on whoever holds it.
PLACING_ADVERBS: frozenset[str] = frozenset({"back", "out", "home", "away"})
LEARNING_VERBS: frozenset[str] = frozenset(
    {"know", "understand", "see", "hear", "learn", "find", "ask", "talk", "speak", "meet", "go", "come", "be",
     "say", "tell", "thank", "watch", "look", "check", "visit", "interrupt", "try", "assure", "remind", "point",
     "mention", "add", "stress", "emphasize", "emphasise", "note", "clarify", "read", "explain", "believe", "think",
     "feel", "wait", "remember", "congratulate", "welcome", "apologize", "apologise", "express"}
)

# Verbs that mean something else when their object is a person (`dismissed the coach`).
NOT_ON_PEOPLE: frozenset[str] = frozenset({"dismiss", "welcome"})

# What a source or a family asks of the press, which is no demand (`asked for anonymity`, `asked for privacy`).
ROUTINE_REQUESTS: frozenset[str] = frozenset({"anonymity", "privacy", "comment"})
# Arrangements one requests, no demand either (`the meeting, requested by Sanders`, `requested an interview`);
# demanded, a meeting may be one (`demanded a meeting with the mayor`).
REQUESTED_ARRANGEMENTS: frozenset[str] = ROUTINE_REQUESTS | frozenset({"meeting", "interview", "appointment",
                                                                       "briefing", "call"})

# Parts of a group a poll counts (`a majority of voters`, `8 percent of Democrats`).
SHARE_WORDS: frozenset[str] = frozenset({"percent", "%", "majority", "minority", "plurality", "percentage", "share",
                                         "proportion", "fraction"})

# Bodies of voters, whose votes and leanings are results, not declared positions (`the electorate who has voted
# for Trump`, `Hispanic voters favor her`); in the plural only (`the voter, Jane Smith,` is a person), but for the
# mass nouns. Not `states`: `the Central Asian states affirmed support` are governments.
ELECTORATES: frozenset[str] = frozenset({"voter", "electorate"})
MASS_ELECTORATES: frozenset[str] = frozenset({"electorate"})
# Places that vote and also govern: their vote, or their backing of a candidate, is an election's count
# (`Suburban counties backed the governor`, `the districts voted for a Republican`), but what else they back or
# oppose is their governments' stance (`School districts opposed the new testing mandate`).
VOTING_PLACES: frozenset[str] = frozenset({"county", "district", "constituency", "precinct"})
# Bodies that are electorates only when they vote for a candidate or a party (`The three states last voted for a
# Republican nominee`, `citizens who have voted for both Democrats and Republicans`); `the states affirmed support`
# and `workers voted for the strike` are stances.
BALLOT_BODIES: frozenset[str] = frozenset({"state", "citizen", "resident", "city", "town", "province", "region",
                                           "suburb", "household", "american", "immigrant", "woman", "man"})
# Whom an election's votes go to.
CANDIDACIES: frozenset[str] = frozenset({"nominee", "candidate", "party", "ticket", "democrat", "republican",
                                         "incumbent", "challenger"})

# Nouns of what one may do, whose infinitive is a possibility, not anyone's stance (`parents' right to boycott
# the exams`, `the power of states to reject it`), unlike a decision or a plan (`her decision to oppose`).
ENTITLEMENTS: frozenset[str] = frozenset(
    {"right", "freedom", "liberty", "power", "ability", "authority", "option", "chance", "opportunity",
     "permission", "license", "licence", "leeway", "latitude", "capacity"}
)

# Phrasal verbs that are a stance only with what they are about (`signed up to the pact`, not `wait for people
# to sign up` for insurance).
OBJECT_PHRASAL: frozenset[tuple[str, str]] = frozenset({("sign", "up"), ("sign", "on")})
# Particles that make `against` a meeting, not a side (`the challenges she has come up against`, `went up
# against Trump in the primary`), unlike `came out against`.
MEETING_PARTICLES: frozenset[tuple[str, str]] = frozenset({("come", "up"), ("go", "up"), ("run", "up")})

# Retorts (`hit back at Clinton`): a stance against whom or what they answer, none when they answer nothing named
# (`fired back: "..."` only introduces a quotation).
RETORTS: frozenset[tuple[str, str]] = frozenset({("hit", "back"), ("shoot", "back"), ("fire", "back"),
                                                 ("strike", "back"), ("punch", "back")})

# Phrasal stances whose verb needs one of these particles as well: `came out against`, `came down hard against`
# (`comes against a backdrop` is none).
PARTICLE_NEEDED: dict[tuple[str, str], frozenset[str]] = {("come", "against"): frozenset({"out", "down"})}

# Verbs that are a stance only with a particle or preposition (`called for`, `came out against`).
PHRASAL: dict[tuple[str, str], Stance] = {
    ("call", "for"): "demand",
    ("call", "on"): "demand",
    ("call", "out"): "oppose",  # `called out Clinton on her claim`: a rebuke, not a request
    ("press", "for"): "demand",
    ("push", "for"): "demand",
    ("appeal", "for"): "demand",
    ("lobby", "for"): "demand",
    ("campaign", "for"): "support",
    ("ask", "for"): "demand",
    ("insist", "on"): "demand",
    ("vote", "for"): "support",
    ("vote", "against"): "oppose",
    ("campaign", "against"): "oppose",
    ("lobby", "against"): "oppose",
    ("argue", "against"): "oppose",
    ("argue", "for"): "support",
    ("speak", "against"): "oppose",
    ("come", "against"): "oppose",
    ("object", "to"): "oppose",
    ("side", "with"): "support",
    ("agree", "with"): "support",
    ("disagree", "with"): "oppose",
    ("stand", "with"): "support",
    ("stand", "behind"): "support",
    ("stand", "by"): "support",
    ("rule", "out"): "oppose",
    ("turn", "down"): "oppose",
    ("vote", "down"): "oppose",
    ("sign", "up"): "support",
    ("sign", "off"): "support",
    ("shoot", "down"): "oppose",
    ("hit", "out"): "oppose",
    ("lash", "out"): "oppose",
    ("speak", "out"): "oppose",
    ("commit", "to"): "pledge",
    ("back", "down"): "reverse",
    ("back", "away"): "reverse",
    ("back", "off"): "reverse",
    ("back", "out"): "reverse",
    ("dismiss", "as"): "oppose",
    ("warn", "against"): "warn",
    ("warn", "about"): "warn",
    ("warn", "of"): "warn",
    ("caution", "against"): "warn",
    ("balk", "at"): "oppose",
    ("push", "back"): "oppose",
    ("rail", "against"): "oppose",
    ("fight", "against"): "oppose",
    ("rally", "behind"): "support",
    ("rally", "around"): "support",
    ("get", "behind"): "support",
    ("rule", "against"): "oppose",
    ("appeal", "to"): "demand",
    ("sign", "on"): "support",
    ("agree", "to"): "support",
    ("walk", "back"): "reverse",
    ("knock", "back"): "oppose",
    ("throw", "out"): "oppose",
    # a retort (`hit back at Clinton`, `shot back`): opposes whom it answers
    **dict.fromkeys(RETORTS, "oppose"),
}

# Phrasal verbs that, with a person between verb and preposition, challenge that person (`called them on it`,
# `called Clinton on her claim`), unlike the request `called on Congress to act`; calling someone on a phone or
# a timeout on a play is neither.
CHALLENGES: frozenset[tuple[str, str]] = frozenset({("call", "on")})
# What one is called on when challenged: a thing said or done (`called him on his lies`), or a pointer to one
# (`called them on it`); not a day, a phone or a play (`called her brother on his birthday`).
CHALLENGED_FOR: frozenset[str] = frozenset(
    {"it", "this", "that", "claim", "lie", "remark", "comment", "statement", "assertion", "error", "mistake",
     "falsehood", "misstatement", "exaggeration", "distortion", "record", "hypocrisy", "conduct", "behavior",
     "behaviour", "rhetoric", "language", "tactic", "attack", "accusation", "allegation", "promise", "position",
     "stance", "vote", "inconsistency", "contradiction", "standard", "racism", "sexism", "bigotry", "nonsense"}
)

# Verbs written with a hyphenated first part, as the tokenizer splits them (`rubber-stamped`).
HYPHENATED_VERBS: dict[tuple[str, str], Stance] = {("rubber", "stamp"): "support"}

# Verbs whose dependent `to`-infinitive makes them a stance (`offered to modernise`).
WITH_INFINITIVE: dict[str, Stance] = {
    "offer": "pledge", "commit": "pledge", "agree": "pledge", "undertake": "pledge", "press": "demand",
    "push": "demand",
    "vote": "support",  # `voted to end the filibuster`: a decision cast for what the infinitive says
}
# Of them, those whose infinitive after other words the parser reads as a purpose (`voted 7-2 on Monday to close
# the shelter`): a decision, not what it was for.
INFINITIVE_READ_AS_PURPOSE: frozenset[str] = frozenset({"vote"})
# Infinitives of a meeting arranged (`agreed to meet again in the coming weeks`, `offered to sit down with them`):
# a date kept, not a position on anything (unless what is met is no one: `agreed to meet the union's demands`).
MEETING_VERBS: frozenset[str] = frozenset({"meet", "talk", "speak", "sit", "confer", "reconvene"})
# Infinitives of a deal (`agreed to acquire Immuno`, `reached an agreement to buy the stake`, `offered to sell its
# mines`): a transaction undertaken, not a position on anything.
DEAL_VERBS: frozenset[str] = frozenset({"acquire", "buy", "purchase", "sell", "merge", "lease", "divest"})
# Verbs of a dispute, whose `on`, `over` or `about` says what it is about (`differ on backing`, `split over
# supporting`).
DISPUTING_VERBS: frozenset[str] = frozenset({"differ", "disagree", "split", "divide", "clash", "spar", "quarrel",
                                             "feud", "wrangle", "bicker"})

# Verbs that make their object do what their infinitive says (`prompted Cooper to accuse Bondi`, `led her to
# endorse him`), unlike a request (`urged Cooper to accuse`), which the object may refuse.
CAUSING_VERBS: frozenset[str] = frozenset(
    {"prompt", "lead", "cause", "spur", "drive", "inspire", "move", "force", "compel", "provoke", "trigger"}
)

# Verbs whose object is the means or the occasion of their subject's own act (`used blunt language to denounce`,
# `took the opportunity to criticize`, `seized the moment to pledge`).
MEANS_VERBS: frozenset[str] = frozenset({"use", "take", "seize", "grab", "spend", "devote", "employ"})

# Verbs that demand something of someone else (`asked members to reject`, `want the government to act`).
ASKING_VERBS: frozenset[str] = frozenset({"ask", "encourage", "tell", "order", "instruct", "want", "need"})
# Winning a contest: what one needs for it (`doesn't need those states to win the nomination`, `needs Ohio to
# clinch it`) is a count of what it takes, not a demand on anyone; other ends are (`needs Congress to take action`,
# `needs both sides to reach an agreement`).
WINNING_VERBS: frozenset[str] = frozenset({"win", "clinch", "carry", "capture"})
# What `take` wins (`to take the presidency`), unlike what it takes on or in (`to take action`, `to take refugees`).
CONTEST_PRIZES: frozenset[str] = frozenset({"presidency", "nomination", "election", "race", "seat", "majority",
                                            "house", "title", "crown", "championship", "primary", "caucus"})
# What one runs or votes for (`campaigned for re-election`, `campaigning for Bexar County tax assessor`, `voted for
# president`): a prize of a contest, an office or a body elected, not a cause backed. A bare title counts only
# without an article (`for the governor` is a person).
OFFICES_SOUGHT: frozenset[str] = CONTEST_PRIZES | frozenset(
    {"office", "reelection", "re-election", "post", "term", "governorship", "mayoralty", "chairmanship", "assessor",
     "sheriff", "treasurer", "comptroller", "auditor", "coroner", "alderman", "councilman", "councilwoman",
     "councillor", "prosecutor", "superintendent", "clerk",
     # an elected body one runs or votes for (`voting for the national assembly`: an election)
     "assembly", "parliament", "legislature", "congress", "senate", "council"}
)
# What is counted toward a win, when needed for one: places and votes, not a body or a person that is asked to act.
COUNTED_MEANS: frozenset[str] = VOTING_PLACES | frozenset({"state", "delegate", "superdelegate", "vote", "seat",
                                                           "point"})
# A course of one's own, which wanting with nothing it acts on is no stance (`wanted to move forward`, `wants to
# retire`); wanting a bare act of policy is (`The union wants to strike`, `Iran wants to negotiate`).
OWN_COURSE_VERBS: frozenset[str] = frozenset({"move", "retire", "stay", "leave", "rest", "quit", "resign", "go",
                                              "wait", "relax", "proceed", "continue", "win", "lose", "live"})

# Verbs that state a policy or a view, or give a guarantee, only with a `that`-clause (`declared that`, `agreed that
# trade deals were needed`, `guaranteed that`).
STATING: dict[str, Stance] = {
    **dict.fromkeys(
        ("declare", "affirm", "reaffirm", "assert", "proclaim", "insist", "reiterate", "maintain"), "state"
    ),
    "agree": "state",
    **dict.fromkeys(("guarantee", "assure"), "pledge"),
}

# Nouns of a stance whose `that` clause, when it asks nothing of another, states what is or will be, as their
# verbs in `STATING` do (`her insistence that progressive energy will bring out voters`; `insistence on` demands).
STATED_NOUNS: dict[str, Stance] = {"insistence": "state"}

# Nouns that are a stance when someone holds them (`Japan's commitment to`, `the union's opposition to`).
NOUNS: dict[str, Stance] = {
    **dict.fromkeys(("support", "backing", "endorsement", "approval", "praise", "blessing", "proposal"), "support"),
    **dict.fromkeys(("opposition", "objection", "rejection", "condemnation", "criticism", "veto", "protest", "attack",
                     "refusal"), "oppose"),
    **dict.fromkeys(("demand", "call", "appeal", "request", "insistence"), "demand"),
    **dict.fromkeys(("commitment", "pledge", "promise", "vow", "offer", "guarantee", "agreement"), "pledge"),
    **dict.fromkeys(("warning", "threat"), "warn"),
    **dict.fromkeys(("reversal", "u-turn"), "reverse"),
}

# Nominal cues that are a stance only with a given word after them (`offer to modernise`, `call for`),
# not `an offer of help`, `a phone call`.
NOUNS_NEEDING: dict[str, frozenset[str]] = {
    "offer": frozenset({"to"}), "call": frozenset({"for"}), "attack": frozenset({"on", "against"}),
    "refusal": frozenset({"to"}), "agreement": frozenset({"to"}), "appeal": frozenset({"for"}),
}

# Nouns of those who take a side, held by whoever the noun describes (`X, a fierce supporter of Y`,
# `X has been a critic of Y`), and adjectives likewise (`X is supportive of Y`).
SIDE_TAKERS: dict[str, Stance] = {
    **dict.fromkeys(("supporter", "backer", "advocate", "champion", "proponent", "defender", "ally", "fan",
                     "admirer"), "support"),
    **dict.fromkeys(("opponent", "critic", "foe", "detractor", "enemy", "skeptic", "sceptic"), "oppose"),
    **dict.fromkeys(("supportive", "favorable", "favourable"), "support"),
    **dict.fromkeys(("critical", "hostile"), "oppose"),
}

# Stance nouns that one receives from others (`she has widespread support`, `had an offer to publish the book`):
# not the subject's own stance.
RECEIVED_NOUNS: frozenset[str] = frozenset({"support", "backing", "endorsement", "approval", "blessing", "praise",
                                            "offer"})

# What a request is not a stance on (`my requests for comment`), nor a refusal to give (`declined to release
# details of the message`, `refused to disclose figures`). Lemmas.
INQUIRY_WORDS: frozenset[str] = frozenset({"comment", "interview", "information", "clarification", "detail",
                                           "specific", "specifics", "figure", "breakdown", "documentation",
                                           "explanation", "answer", "data", "question", "query"})

# Passives that describe the subject's own stance (`is committed to`, `is opposed to`).
# Keyed by the participle, which the tagger reads as a verb or as an adjective.
STATIVE_PASSIVES: dict[str, Stance] = {"committed": "pledge", "opposed": "oppose", "dedicated": "pledge"}

# Verbs that turn a stance noun into a declared stance (`affirmed support for`, `voiced opposition to`).
LIGHT_VERBS: frozenset[str] = frozenset(
    {"affirm", "reaffirm", "express", "voice", "reiterate", "signal", "declare", "pledge", "offer", "announce",
     "lend", "give", "show", "confirm", "state", "extend", "renew", "restate", "underline", "make", "issue",
     "join", "echo", "repeat", "step", "back", "add", "have", "stage", "hold", "lodge", "mount", "launch", "sign",
     "reach", "strike", "unveil", "present", "submit", "table", "float", "outline", "sound", "put", "level",
     "unleash", "continue"}
)
# Nouns that, had by someone, are what draws others to them, not a stance (`had broad appeal for the Whigs`).
HELD_CHARMS: frozenset[str] = frozenset({"appeal"})

# Light verbs whose stance noun may belong to someone else (`has the backing of the union`): a cue only
# when no `of`/`from` phrase names another holder.
BORROWING_LIGHT_VERBS: frozenset[str] = frozenset({"have"})

# `spoke favorably of Putin`, `wrote disparagingly about immigrants`: how one speaks of someone or something,
# with `of` or `about`, is a stance toward it.
SPOKEN_MANNERS: dict[str, Stance] = {
    **dict.fromkeys(("favorably", "favourably", "highly", "glowingly", "warmly", "approvingly", "positively",
                     "admiringly", "fondly", "well"), "support"),
    **dict.fromkeys(("disparagingly", "critically", "negatively", "harshly", "dismissively", "scathingly",
                     "contemptuously", "derisively", "disdainfully", "ill", "badly"), "oppose"),
}
SPEAKING_OF_VERBS: frozenset[str] = frozenset({"speak", "talk", "write", "think"})

# `throw its weight behind`: a verb, its object and the preposition that carries the target.
IDIOMS: dict[tuple[str, str], tuple[Stance, frozenset[str]]] = {
    ("throw", "weight"): ("support", frozenset({"behind"})),
    ("put", "weight"): ("support", frozenset({"behind"})),
    ("throw", "support"): ("support", frozenset({"behind", "to"})),
    ("put", "support"): ("support", frozenset({"behind"})),
    ("take", "stand"): ("oppose", frozenset({"against"})),
    ("take", "aim"): ("oppose", frozenset({"at"})),
    ("give", "light"): ("support", frozenset({"to", "for"})),
    ("give", "nod"): ("support", frozenset({"to", "for"})),
    ("throw", "backing"): ("support", frozenset({"behind"})),
    ("raise", "objection"): ("oppose", frozenset({"to"})),
    ("raise", "concern"): ("warn", frozenset({"about", "over", "regarding"})),
    ("express", "concern"): ("warn", frozenset({"about", "over", "regarding"})),
    ("voice", "concern"): ("warn", frozenset({"about", "over", "regarding"})),
    ("sound", "alarm"): ("warn", frozenset({"over", "about", "on"})),
    ("take", "issue"): ("oppose", frozenset({"with"})),
    ("raise", "alarm"): ("warn", frozenset({"over", "about", "on"})),
    ("express", "fear"): ("warn", frozenset({"about", "over", "regarding", "for"})),
    ("voice", "fear"): ("warn", frozenset({"about", "over", "regarding", "for"})),
    ("raise", "fear"): ("warn", frozenset({"about", "over", "regarding", "for"})),
    # discontent given voice (`voiced displeasure with his proposals`, `expressed frustration over the delay`)
    **{(verb, noun): ("oppose", frozenset({"with", "at", "over", "about", "toward", "towards"}))
       for verb in ("express", "voice")
       for noun in ("displeasure", "frustration", "dissatisfaction", "disapproval", "disappointment", "anger",
                    "outrage", "skepticism", "scepticism", "unhappiness")},
}

# A change of mind: one of these verbs with a stance noun as object (`dropped its opposition to`).
REVERSING_VERBS: frozenset[str] = frozenset(
    {"reverse", "drop", "abandon", "withdraw", "soften", "change", "shift", "revise", "end", "reconsider", "pull",
     "retract", "rescind",
     "rethink", "lift", "scrap", "relax"}
)
STANCE_OBJECTS: frozenset[str] = frozenset(
    {"stance", "position", "opposition", "objection", "support", "decision", "policy", "view", "veto", "demand",
     "course", "resistance", "line", "stand", "backing", "tack"}
)

# Hyphenated changes of mind, as the tokenizer splits them: `U-turn`, `about-face`, `volte-face`.
TURNABOUTS: frozenset[tuple[str, str]] = frozenset({("u", "turn"), ("about", "face"), ("volte", "face")})

# Objects that are a change of mind only when the holder's own (`scrapped its plan to`, `dropped their bid`,
# `changed his mind`; `changing minds` is persuading others).
OWN_STANCE_OBJECTS: frozenset[str] = frozenset(
    {"plan", "proposal", "pledge", "promise", "commitment", "target", "goal", "bid", "threat", "demand", "mind"}
)

# Verbs that say a stance noun is a quantity, not a position (`China's demand for coal rose`).
# Changes of a measure (`the shift in support from Clinton to Obama`, `a surge in backing`): with a stance noun
# after `in`, how backing moves among voters, not a stance anyone declared.
CHANGE_NOUNS: frozenset[str] = frozenset(
    {"shift", "swing", "change", "rise", "fall", "drop", "surge", "jump", "decline", "increase", "decrease", "dip",
     "erosion", "loss", "gain", "growth", "slide", "spike", "uptick", "downturn"}
)
# Who gives backing, as an adjective of the stance noun (`the evangelical support of Mr. Trump`, `his black
# support`): the backing is a body of voters' tally, and its owner or `of` phrase is whom it goes to.
BACKER_ADJECTIVES: frozenset[str] = frozenset(
    {"evangelical", "black", "white", "hispanic", "latino", "latina", "asian", "jewish", "muslim", "catholic",
     "christian", "conservative", "liberal", "progressive", "grassroots", "popular", "youth", "female", "male",
     "suburban", "rural", "urban", "working-class", "millennial", "minority", "voter", "rank-and-file"}
)
QUANTITY_VERBS: frozenset[str] = frozenset(
    {"rise", "fall", "grow", "increase", "decrease", "decline", "drop", "slow", "surge", "jump", "climb", "slump",
     "soar", "plunge", "weaken", "strengthen", "ease", "rebound", "recover", "outstrip", "exceed", "outpace"}
)

# Verbs whose object is a stance someone else voices about the subject (`the plan drew criticism from economists`,
# `picked up the endorsement of Gov. Scott Walker`).
DRAWING_VERBS: frozenset[str] = frozenset(
    {"draw", "attract", "face", "receive", "meet", "win", "earn", "provoke", "spark", "trigger", "prompt", "get",
     "gain", "garner", "elicit", "have", "enjoy", "pick", "land", "rack", "score", "snag", "nab", "clinch"}
)

# Verbs whose object is a stance wanted or won, not held (`securing the Central Asians' endorsement`).
SEEKING_VERBS: frozenset[str] = frozenset(
    {"secure", "seek", "win", "gain", "need", "want", "obtain", "get", "court", "garner", "enlist", "lose",
     "receive", "require", "earn", "attract"}
)

# Verbs that say what a speaker knows, sees, has or does in passing, not a policy they state
# (`"I don't know what his intentions are"`, `"We'll get there together"`, `"I would answer the question"`,
# `"We cannot afford to"`: a means one lacks).
NON_POLICY_VERBS: frozenset[str] = frozenset(
    {"be", "have", "know", "see", "understand", "think", "believe", "tell", "say", "answer", "get", "go", "walk",
     "come", "look", "feel", "need", "want", "mean", "find", "hear", "like", "love", "remember", "guess", "hope",
     "expect", "wonder", "try", "ask", "talk", "speak", "imagine", "recall", "forget", "care", "mind",
     "agree", "suppose", "doubt", "realize", "realise", "notice", "watch", "wait", "stay", "sit", "stand",
     "do", "happen", "seem", "appear", "sound", "become", "remain", "keep", "live", "die", "win", "lose", "run",
     "afford"}
)

# Speakers who speak for the subject of what they say (`"Hillary has opposed it," her spokesman said`).
REPRESENTATIVES: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "official", "representative"}
)
# Words of the head of a body, whose `we` is the body (`the president of the American Action Network`).
HEADS_OF_BODIES: frozenset[str] = frozenset(
    {"president", "chairman", "chairwoman", "chair", "director", "head", "leader", "chief", "founder", "executive"}
)

# Outcomes one forecasts rather than acts (`"We will win California if the turnout is large"`): no threat.
FORECAST_VERBS: frozenset[str] = frozenset(
    {"win", "lose", "see", "happen", "be", "become", "remain", "succeed", "fail", "prevail"}
)

# Verbs and nouns whose `that`-clause is a claim about others (`Trump alleged that Obama wanted to admit them`,
# `the police claim that Crutcher had refused`, `Trump warned that Clinton opposes the Second Amendment`, `charged
# that the mayor backed the developers`): the claimant's, not a stance its subject declared.
CLAIMING_WORDS: frozenset[str] = frozenset(
    {"allege", "claim", "contend", "insinuate", "suggest", "imply", "allegation", "accusation", "assertion",
     "suggestion", "insinuation", "warn", "charge", "warning"}
)

# Verbs of charging someone with an act, by the preposition that names the act (`accused Jones of opposing the
# bill`, `blame Bob for blocking the departure`): the act is the accuser's charge, not the accused's stance.
ACCUSING: dict[str, str] = {"accuse": "of", "suspect": "of", "blame": "for", "fault": "for", "charge": "with"}

# Verbs of saying: their subject is the speaker of a quote or of a reported statement.
SPEECH_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "state", "declare", "insist", "stress", "write", "announce", "argue", "warn",
     "claim", "note", "explain", "tweet", "post", "reply", "respond", "affirm", "assert", "conclude"}
)

# Verbs of saying and thinking whose subject a `he` or `she` in their complement most often stands for.
REPORTING_VERBS: frozenset[str] = SPEECH_VERBS | frozenset(
    {"explain", "think", "believe", "suggest", "acknowledge", "admit", "promise", "vow", "pledge", "recall",
     "indicate", "signal", "hint", "insist", "contend", "maintain", "predict", "warn", "hope", "feel", "know"}
)

# Governing verbs that deny the stance of their infinitive or gerund (`refused to back`, `shied away from
# endorsing`, `steering clear of criticizing`, `balked at backing`).
# Nouns of refusing, whose infinitive is a denied stance (`Cruz's refusal to disavow the endorsement`).
REFUSAL_NOUNS: frozenset[str] = frozenset({"refusal", "reluctance", "unwillingness", "failure"})
NEGATING_GOVERNORS: frozenset[str] = frozenset(
    {"refuse", "decline", "fail", "reject", "stop", "cease", "unwilling", "refrain", "avoid", "deny", "impossible",
     "unlikely", "unable", "reluctant", "hesitant", "loath", "loth", "shy", "steer", "balk", "hesitate", "neglect",
     "forgo", "afraid"}
)
# Phrasal verbs that put off the stance of their gerund, which is so not (yet) taken (`held off endorsing`,
# `put off backing`).
DEFERRING_PHRASAL: frozenset[tuple[str, str]] = frozenset({("hold", "off"), ("put", "off")})
# Verbs whose infinitive is the stance they declare (`wants to repeal`, `declined to back`, `vowed to fight`):
# the record's cue starts at them.
DECLARING_GOVERNORS: frozenset[str] = NEGATING_GOVERNORS | frozenset(
    {"want", "wish", "hope", "plan", "intend", "seek", "try", "vow", "promise", "pledge", "threaten", "agree",
     "offer", "aim", "decide", "move"}
)
# Quantities that deny the stance they count (`gave zero support`, `no backing`).
NONE_WORDS: frozenset[str] = frozenset({"no", "zero", "nil"})
# ... and those that come next to it without an article (`offered few ideas`, `showed little support`).
SCANT_WORDS: frozenset[str] = frozenset({"few", "little"})

# Verbs whose `that`-clause is denied (`denied that it had lobbied against`).
DENYING_VERBS: frozenset[str] = frozenset({"deny", "dispute", "reject"})

# Governing verbs and adverbs that report a stance as likely, not as taken, or as only professed (`claims to oppose`,
# `purports to support`: the writer keeps a distance). Not a plan, an intent, a hope or a wish (`plans to support the
# nominee`): its holder declares it, which is no hedge.
HEDGING_GOVERNORS: frozenset[str] = frozenset(
    {"expect", "unlikely", "likely", "ready", "set", "poise", "say", "report", "believe", "think", "appear", "seem",
     "tip", "understand", "rumour", "rumor", "consider", "lean", "claim", "purport", "profess", "pretend"}
)
# Nouns of evidence whose `that` clause is what the evidence suggests (`indications that he was backing down`,
# `reports that she backed the plan`): the stance is hedged.
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    {"indication", "sign", "report", "rumor", "rumour", "speculation", "suggestion", "hint"}
)
# Sources that make a report hearsay (`according to reports`, `according to people familiar with`).
HEARSAY_SOURCES: frozenset[str] = frozenset({"report", "source", "people", "person", "media", "insider", "rumour"})

# Modals that put a stance on someone as an obligation (`Hamas must reject terrorism`): the speaker's demand,
# not the subject's position, unless the speakers say it of themselves (`we must reject this deal`).
OBLIGING_MODALS: frozenset[str] = frozenset({"must", "should", "ought"})
HEDGING_MODALS: frozenset[str] = frozenset({"could", "may", "might", "would"})
HEDGING_ADVERBS: frozenset[str] = frozenset(
    {"reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "perhaps", "maybe",
     "reputedly", "supposedly", "seemingly"}
)

# Marks of a clause that is not asserted: a condition or an indirect question.
UNASSERTED_MARKS: frozenset[str] = frozenset({"if", "unless", "whether"})

# Determiners and pronouns of an actor that is hypothetical, not one the text names.
# (`a spokesman said` names a real one; `a country that rejects the deal` is caught by its clause.)
INDEFINITE_WORDS: frozenset[str] = frozenset(
    {"any", "every", "each", "no", "anyone", "anybody", "whoever", "nobody", "someone", "somebody",
     "everyone", "everybody", "whichever"}
)

# Head nouns of a group, institution or role that can hold a position (`the union`, `critics`),
# and endings that make one (`carmaker`, `shareholder`).
_ACTOR_LINES = lines(__package__, "actor_nouns.txt")
_ACTOR_NOUNS: frozenset[str] = frozenset(line for line in _ACTOR_LINES if not line.startswith("-"))
_ACTOR_ENDINGS: tuple[str, ...] = tuple(line[1:] for line in _ACTOR_LINES if line.startswith("-"))


def is_actor_noun(lemma: str) -> bool:
    """A group, an institution, a role, or someone's relative (`KIN_NOUNS`: `the relatives`, `his widow`)."""
    return lemma in _ACTOR_NOUNS or lemma in KIN_NOUNS or lemma.endswith(_ACTOR_ENDINGS)


# Definite descriptions that stand for an actor named earlier, and the entity labels they can refer to.
DESCRIPTION_LABELS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("government", "cabinet", "country", "nation", "state", "kingdom", "republic", "authorities", "regime",
         "capital"),
        frozenset({"GPE", "NAME"}),
    ),
    # (not `administration`: the one the text names, never the state last named, which news calls the government)
    **dict.fromkeys(
        ("ministry", "department", "agency", "company", "firm", "group", "corporation", "carrier", "airline",
         "bank", "retailer", "union", "party", "organisation", "organization", "council", "committee",
         "commission", "bloc", "alliance", "club", "team", "regulator", "court", "maker", "manufacturer",
         "federation", "association", "league", "charity", "institute", "university", "network", "broadcaster",
         "insurer", "lender", "automaker", "carmaker", "developer", "operator", "platform", "startup", "giant",
         "watchdog", "organisers", "organizers", "newspaper", "paper", "daily", "magazine", "outlet", "tabloid"),
        frozenset({"ORG", "NAME"}),
    ),
    **dict.fromkeys(
        ("minister", "president", "premier", "chancellor", "senator", "governor", "mayor", "leader", "official",
         "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "secretary", "ambassador",
         "envoy", "candidate", "executive", "chief", "founder", "lawmaker", "legislator", "judge", "coach",
         "manager", "king", "queen", "pope", "nominee", "businessman", "businesswoman", "mogul", "billionaire",
         "contender", "hopeful", "frontrunner", "front-runner", "incumbent", "congressman", "congresswoman",
         "tycoon", "magnate"),
        frozenset({"PERSON"}),
    ),
}

# The descriptions a story uses for the person it is about (`EPITHETS`, `the candidate`), and those that also stand
# for the one being quoted, in `“...,” said the former top aide`.
SPEAKER_EPITHETS: frozenset[str] = EPITHETS | frozenset(
    {"aide", "adviser", "advisor", "strategist", "spokesman", "spokeswoman", "spokesperson", "veteran"}
)

# The second word of a fraction, which the parser hangs under the number (`two-thirds of voters`: `thirds`).
FRACTIONS: frozenset[str] = frozenset({"half", "third", "quarter", "fifth", "tenth"})
# Words that count the members of a group (`19 percent of voters`, `dozens of members of his party`): the group
# named in their `of` phrase holds the stance.
COUNTING_WORDS: frozenset[str] = frozenset(
    {"percent", "%", "dozen", "dozens", "hundreds", "thousands", "millions", "majority", "minority", "half", "third",
     "quarter", "number", "group", "some", "many", "most", "all", "several", "few", "one", "two", "three", "four",
     "five", "both", "none", "plenty", "lot", "handful", "score", "scores", "share", "bulk", "rest", "others"}
)
# What people write or make, which stands for its maker when a name or possessive owns it (`his plan calls for`,
# `a Donald Trump tweet attacking`, `Congressman Gowdy's office slammed`).
ARTIFACT_NOUNS: frozenset[str] = frozenset(
    {"plan", "proposal", "campaign", "statement", "letter", "tweet", "ad", "advertisement", "website", "lawsuit",
     "platform", "speech", "article", "op-ed", "column", "report", "memo", "budget", "bill", "office", "team",
     "spokesman", "spokeswoman", "spokesperson", "camp", "aides", "staff", "agenda", "policy", "post", "message",
     "remarks", "comments", "email", "book", "interview", "video", "suit", "complaint", "motion", "order"}
)
# ... but those of them that are people, a group of the owner's (`his team said`, `the Trump campaign said`), are
# not their owner: the holder is the group, named with its owner (`Marco Rubio's team`).
STAFF_NOUNS: frozenset[str] = frozenset(
    {"campaign", "team", "camp", "aides", "staff", "office", "spokesman", "spokeswoman", "spokesperson"}
)

# Nouns for those who govern, which stand for whoever owns them (`Japan's government` -> Japan).
GOVERNING_NOUNS: frozenset[str] = frozenset({"government", "administration", "cabinet", "regime", "authority"})

# Pronouns and the entity labels of the antecedents they can take.
PRONOUN_LABELS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("it", "its", "itself"), frozenset({"GPE", "ORG", "GROUP", "NAME"})),
    # (`Both have promised`: `both` standing alone for the two the text has just named)
    **dict.fromkeys(("they", "them", "their", "theirs", "both"), frozenset({"GPE", "ORG", "GROUP", "PLURAL", "NAME"})),
    **dict.fromkeys(("he", "him", "his", "she", "her", "hers"), frozenset({"PERSON"})),
}
# Descriptions of a person that also stand as a title before a name (`candidate Trump`, `Leader Kim`);
# the titles proper are the entities extractor's lists (`is_title`).
_PERSON_DESCRIPTIONS: frozenset[str] = frozenset(w for w, labels in DESCRIPTION_LABELS.items() if "PERSON" in labels)


def is_title(token: Token) -> bool:
    """A word of a title before a name (`Mayor`, `Prime Minister`, `Sen.`, `Agriculture Minister`)."""
    return token.lower_ in _PERSON_DESCRIPTIONS or is_title_word(token)


FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "my", "we", "us", "our"})
