"""What introduces an attribution: verbs of saying, writing and thinking, and the nouns of a statement.

PolNeAR (political news attribution relations) is the reference: speech and
written channels, thought and intention, and evidence (`a poll shows`) all
attribute content to a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..positions.lexicon import DRAWING_VERBS, NOUNS_NEEDING, SPEECH_VERBS
from ..positions.lexicon import NOUNS as STANCE_NOUN_CUES
from ..positions.lexicon import VERBS as STANCE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose subject is the source and whose complement (or adjacent quotation) is the content.
SAYING: frozenset[str] = SPEECH_VERBS | frozenset({
    "acknowledge", "admit", "allege", "answer", "ask", "boast", "caution", "charge", "comment", "complain",
    "confirm", "contend", "deny", "describe", "disclose", "emphasize", "emphasise", "estimate", "forecast",
    "maintain", "mention", "predict", "promise", "propose", "quip", "recall", "remark", "report", "reiterate",
    "reveal", "say", "signal", "speculate", "suggest", "testify", "urge", "vow", "pledge", "joke", "indicate",
    "retort", "concede", "observe", "point", "repeat", "shout", "tell", "threaten", "hint",
    "rule", "yell", "read", "assure", "remind",
    "imply", "intimate", "counter", "email",
    # a decree by what it orders done (`ordered the Guard to assist`, `ordered that the records be released`; not
    # `ordered a pizza`): PolNeAR counts decrees
    "order",
    # Levin's (1993) verbs of saying and complaining (37.7, 37.8) outside the list above, taken as a class:
    # their subject is the speaker and their clause what was said (`clarified that`, `interjected: "..."`).
    # Her advising verbs (37.9: `advised him to`, `informed them that`) are left out: mostly counsel given
    # or news passed on, not a view of the subject's (5 of 14 on a PolNeAR gold cue)
    "aver", "avow", "blurt", "clarify", "confess", "confide", "divulge", "recount", "relay", "protest", "swear",
    "elaborate", "interject", "exclaim", "rejoin", "gripe", "grumble", "grouse", "carp",
    # entreaties, which say what the speaker wants done (`implored her to bring it back`)
    "implore", "beg", "exhort", "beseech",
})
# Verbs that tell someone what to do: their infinitive is what was said (`told his advisers to act`).
TELLING: frozenset[str] = frozenset({
    "tell", "ask", "urge", "warn", "advise", "order", "instruct", "implore", "beg", "exhort", "beseech"})
# Levin's (1993) verbs of manner of speaking (37.3), PolNeAR's `"They'll pay," smiled Lowell`: they report speech
# only beside a quotation set off by a comma or colon (`"...," he laughed`, `he snapped: "..."`), not in `the crowd
# roared`, `the branch snapped` or `critics sneered at the "Contract with America"`.
MANNER_OF_SPEAKING: frozenset[str] = frozenset({
    "babble", "bark", "bellow", "boom", "chirp", "croak", "croon", "crow", "cry", "drawl", "gasp",
    "groan", "growl", "grunt", "hiss", "holler", "howl", "laugh", "moan", "mumble", "murmur", "mutter", "purr",
    "rasp", "roar", "scoff", "scream", "screech", "shriek", "sigh", "smile", "snap", "snarl", "snort", "sneer",
    "sputter", "stammer", "stutter", "thunder", "wail", "whimper", "whine", "whisper", "yelp",
})
# Verbs that report speech only beside a quotation or a colon: `she continued, "..."`, `Limbaugh continued:`.
QUOTING: frozenset[str] = MANNER_OF_SPEAKING | frozenset({"continue"})
# Verbs of thought and intention: `believes that`, `thinks`, `wants`, `hopes`, `fears`. The hedge `I think`
# sits mostly inside quotations, which are what was said, not cues.
THINKING: frozenset[str] = frozenset({
    "believe", "think", "feel", "hope", "fear", "expect", "doubt", "suspect", "worry", "want",
    "assume", "agree", "disagree", "know", "understand", "conclude", "decide", "intend", "plan", "wish",
    "learn", "realize", "realise", "recognize", "recognise", "discover", "wonder", "hear",
    # witnessing and working out: `remembers that`, `noticed that`, `calculates that` (`figured out how` and
    # `determines whether` work something out, report no view)
    "remember", "forget", "notice", "guess", "imagine", "calculate", "regret", "reckon",
    # Levin's (1993) verbs of conjecture (29.5) outside the list above: a view put forward as a guess
    "posit", "hypothesize", "hypothesise", "surmise", "theorize", "theorise", "conjecture", "muse", "ponder",
})
# Verbs of wanting whose object is what is wanted (`wants a wall`, `favors the tax`, `seeks a second term`, `loves
# TPP`): PolNeAR counts a desire or an attitude toward a thing as an attribution (`Lowell dislikes pickles`).
# `need` is left out: `he will need their support` is a requirement, not a wish.
DESIRING: frozenset[str] = frozenset({
    "want", "wish", "favor", "favour", "prefer", "seek", "like", "love", "hate", "dislike", "detest", "despise",
    "admire", "dread", "resent",
})
# Adjectives of belief, feeling toward a fact, stance and will, which attribute what follows them to their
# subject (`is convinced that`, `was critical of`, `remain hopeful that`, `is ready to`): PolNeAR's `Lowell was
# happy that the ice cream was pickle-free`; the feeling alone (`Lowell was happy`) is no attribution, so the
# adjective needs its complement. `sure` and `certain` are left out: `is sure to rise` is a likelihood; so are
# `ready` and `willing`, mostly a state (`ready to vote`), not a stance.
ATTITUDES: frozenset[str] = frozenset({
    "concerned", "confident", "convinced", "worried", "afraid", "fearful", "hopeful", "optimistic", "pessimistic",
    "skeptical", "sceptical", "doubtful", "critical", "dismissive", "supportive", "opposed", "aware", "unaware",
    "happy", "unhappy", "glad", "pleased", "proud", "angry", "upset", "furious", "outraged", "frustrated",
    "disappointed", "satisfied", "dissatisfied", "grateful", "thankful", "sorry", "surprised", "shocked", "alarmed",
    "troubled", "wary", "distrustful", "mistrustful", "nervous", "anxious", "uncomfortable", "comfortable", "eager",
    "keen",
    "unwilling", "reluctant", "determined", "adamant", "insistent", "vocal", "outspoken", "unsure", "uncertain",
    "ready", "willing", "sure", "certain", "open", "receptive", "sympathetic", "hostile", "resistant",
    "enthusiastic", "passionate", "unafraid", "shy", "upfront", "candid", "frank", "cagey", "coy", "bearish",
    "bullish",
    # Levin's (1993) psych verbs (31.1) as participles of the feeling toward a fact (`were incensed that`)
    "incensed", "dismayed", "appalled", "horrified", "delighted", "thrilled", "annoyed", "irritated", "stunned",
    "astonished", "amazed", "saddened", "infuriated", "enraged", "relieved", "disturbed", "offended", "baffled",
    "puzzled", "perplexed", "heartened", "disgusted", "embarrassed", "excited", "impressed", "intrigued", "irked",
})
# Those of them also said of things (`the bill is ready to be signed`, `the store is open to the public`, `a
# water-resistant case`): an attitude only when an actor or a person holds it.
ALSO_OF_THINGS: frozenset[str] = frozenset({"ready", "open", "resistant", "hostile", "receptive"})
# Prepositions that carry what such an adjective is about (`critical of`, `worried about`, `opposed to`, `pleased
# by`).
ATTITUDE_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "to", "with", "on", "by"})
# Reactions one draws from people unnamed (`is drawing criticism`, `has faced ridicule`, `came under fire for`,
# `took heat for`): the verbs `positions` reads a drawn stance by, less `have` (`has criticism` is one's own).
DRAWING_REACTIONS: frozenset[str] = DRAWING_VERBS - {"have"} | {"come", "take"}
REACTIONS: frozenset[str] = frozenset({
    "criticism", "ridicule", "scrutiny", "fire", "heat", "backlash", "condemnation", "praise", "flak", "outrage",
    "derision", "mockery", "attack", "attacks", "accusation", "accusations", "complaint", "complaints",
})
# Adjectives of how plain something is, which with an expletive `it` attribute a clause to no one named (`it's
# obvious that`, `it was unclear whether`).
EVIDENT_ADJECTIVES: frozenset[str] = frozenset({
    "obvious", "clear", "unclear", "apparent", "evident", "plain", "certain", "uncertain", "undeniable",
    "indisputable", "doubtful", "questionable", "debatable", "understood", "known", "unknown",
})
# Verbs of how things look, whose observer goes unnamed (`the plan seems doomed`, `Rubio appeared to be on the
# upswing`): PolNeAR marks them as attributions with an implicit source.
SEEMING: frozenset[str] = frozenset({"seem", "appear"})
# Sources that are evidence rather than people: `a poll shows`, `the report found`.
EVIDENCE_VERBS: frozenset[str] = frozenset({"show", "find", "suggest", "indicate", "reveal", "conclude", "say"})
EVIDENCE_NOUNS: frozenset[str] = frozenset({
    "poll", "survey", "study", "report", "data", "analysis", "research", "figures", "statistics", "documents",
    "records", "audit", "investigation", "review", "memo", "filing", "estimate", "projections", "numbers",
    "video", "footage", "graphic", "chart", "map", "photo", "results", "tally", "count", "model", "forecast",
    "polling", "evidence", "email", "emails", "letter", "transcript", "document", "test", "tests", "experiment",
    "census", "index", "ranking", "rankings", "studies", "surveys", "polls", "reports", "analyses",
    "slide", "average", "averages", "finding", "findings", "book", "article", "paper", "story", "ad",
    "advertisement", "page", "website", "post", "tweet", "image", "picture", "photos", "clip", "tape",
    "recording", "file", "files",
})
# Evidence that a clause opening `In ...,` reports (`In a CNN poll, 38 percent said ...`); a fronted `In a
# letter` or `In a video` is mostly where something was said, not what shows it.
SURVEY_NOUNS: frozenset[str] = frozenset({"poll", "survey", "polling"})
# Nouns of a statement that carry their own content: `the claim that`, `allegations that`.
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "claim", "allegation", "statement", "assertion", "suggestion", "promise", "warning", "argument",
    "accusation", "charge", "belief", "view", "insistence", "announcement", "admission", "remark", "comment",
})
# Nouns of a statement or a thought that hold their content as the subject of `be` (`My impression is that
# ...`, `the key question is whether ...`): PolNeAR's `His concern is that they will eliminate the position`.
# `answer`, `plan` and `goal` are left out: `the answer is he is not` states a fact, `his plan is to` an act.
HELD_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset({
    "concern", "hope", "fear", "worry", "impression", "point", "question", "assumption", "expectation", "advice",
    "conclusion", "recommendation", "suspicion", "theory", "contention", "complaint", "objection", "criticism",
    "pledge", "vow", "guess", "bet", "understanding", "feeling", "thinking",
})
# Nouns of a stance (those `positions` reads), a feeling or a wish that a holder owns (`Clinton's support for the
# deal`, `their concern about costs`, `his desire to win`): with their owner and what they are toward, an
# attribution. The prepositions that carry what they are toward are `STANCE_NOUN_PREPOSITIONS`.
STANCE_NOUNS: frozenset[str] = frozenset(STANCE_NOUN_CUES) | frozenset({
    "concern", "desire", "opinion", "view", "disdain", "contempt", "skepticism", "scepticism", "doubt", "fear",
    "hope", "frustration", "anger", "distaste", "antipathy", "hostility", "position", "stance", "enthusiasm",
    "admiration", "disagreement", "preference", "distrust", "mistrust", "reluctance", "plea", "defense", "defence",
    # a choice its owner made toward an act (`Mr. Obama's decision not to follow through on threats`)
    "decision",
})
# Of them, those toward what only some words after them carry (`his decision to run`, `her decision on the
# pipeline`; not `her decision with the board`, whom it was made with).
STANCE_NOUNS_NEEDING: dict[str, frozenset[str]] = {
    **NOUNS_NEEDING, "decision": frozenset({"to", "on", "about", "against"})}
# Of them, the sides one draws from others (`won the endorsement of`, `faced opposition from`); a promise or an
# offer one gets (`got an offer from a publisher`) is a deal more than a side taken.
DRAWN_SIDES: frozenset[str] = frozenset(
    noun for noun, stance in STANCE_NOUN_CUES.items() if stance in ("support", "oppose"))
STANCE_NOUN_PREPOSITIONS: frozenset[str] = frozenset({"for", "to", "of", "about", "on", "over", "with", "against"})
# Statements made with `make`: `made the case that`, `made an argument for`, `made it clear that`.
MADE_STATEMENTS: frozenset[str] = STATEMENT_NOUNS | frozenset({
    "case", "point", "pitch", "prediction", "commitment", "joke", "mention", "reference", "appeal",
    "observation", "pledge", "vow", "call", "plea", "demand", "request", "proposal", "condemnation", "criticism",
    # and the idioms of a stance toward what follows (`made no secret of`, `made light of`, `made no apologies for`)
    "secret", "light", "fun", "apology",
})
MADE_PLAIN: frozenset[str] = frozenset({"clear", "plain", "known"})
# Stances taken with `take` (`took a swipe at`, `took issue with`, `has taken a firm stance against`) and what
# carries their target.
TAKEN_STANCES: frozenset[str] = frozenset({
    "aim", "shot", "swipe", "jab", "dig", "potshot", "swing", "issue", "exception", "umbrage", "stance", "position",
    "offense", "offence",
})
TAKEN_PREPOSITIONS: frozenset[str] = frozenset({"at", "with", "against", "on", "to"})
# Dispositions shown by their holder (`showed no sign of backing down`, `has shown little inclination to play a
# role`, `shows little interest in`): the noun's complement is what the holder is (not) disposed to.
SHOWN_DISPOSITIONS: frozenset[str] = frozenset({
    "sign", "inclination", "interest", "appetite", "enthusiasm", "willingness", "desire",
})
# Views one has toward something (`has questions about`, `has no illusions about`, `has doubts that`, `had a
# favorable opinion of`, `had no such praise for`, `have no idea who`).
HAD_VIEWS: frozenset[str] = frozenset({
    "question", "concern", "doubt", "reservation", "illusion", "misgiving", "qualm", "worry", "fear",
    "suspicion", "complaint", "objection", "hope", "opinion", "idea", "critique", "praise", "criticism",
    "expectation",
})
HAD_PREPOSITIONS: frozenset[str] = frozenset({"about", "over", "regarding", "on", "of", "for"})
# Statements one gives (`gave her a lengthy answer about`, `gives an account of`, `gave a speech on`).
GIVEN_STATEMENTS: frozenset[str] = frozenset({
    "answer", "account", "explanation", "advice", "assurance", "warning", "speech", "address", "testimony",
    "briefing", "update", "indication", "opinion", "view", "response", "reply", "statement", "praise", "lecture",
})
GIVEN_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "on", "regarding", "over", "for"})
# Views raised (`is raising questions about`, `raised concerns over`, `raised the possibility that`); not a stake,
# a rate or money raised.
RAISED_VIEWS: frozenset[str] = frozenset({
    "question", "concern", "doubt", "alarm", "objection", "issue", "possibility", "prospect", "fear", "worry",
})
# Stances declared with `come out` (`came out against the tax`, `has come out in support of Cruz`).
COME_OUT_PREPOSITIONS: frozenset[str] = frozenset({"against", "for"})
COME_OUT_NOUNS: frozenset[str] = frozenset({"support", "favor", "favour", "opposition", "defense", "defence"})
# Speech acts whose content is their object (`called for a ban`, `criticized the plan`, `cited polls`):
# PolNeAR annotates them as attributions whose content is the object phrase.
OBJECT_ACTS: frozenset[str] = frozenset({
    "call", "cite", "attack", "criticize", "criticise", "condemn", "blast", "slam", "praise", "question",
    "accuse", "defend", "demand", "urge", "propose", "pledge", "promise", "vow", "offer", "mention", "describe",
    "discuss", "oppose", "reject", "endorse", "support", "back", "welcome", "applaud", "denounce", "dismiss",
    "decline", "refuse", "deny", "announce", "confirm", "acknowledge", "reiterate", "highlight", "tout",
    "blame", "credit", "mock", "insult", "label", "brand", "dub", "challenge", "dispute", "predict", "recommend",
    "request", "encourage", "thank", "warn", "threaten", "chant", "tweet", "post", "write",
    "sing", "show", "find", "point", "emphasize", "emphasise", "stress", "argue",
    "note", "claim", "echo", "say", "express", "reference", "refer", "compare", "liken",
    "detail", "document", "explain", "respond",
    # declaring, praising and deploring
    "declare", "proclaim", "unveil", "outline", "portray", "characterize", "characterise", "herald", "laud",
    "hail", "extol", "champion", "advocate", "lambast", "scold", "chastise", "deride", "bemoan", "lament",
    "downplay", "articulate", "underscore", "invoke", "retweet", "disclose", "reveal",
    "prefer", "list",
    # deploring, hinting and deciding by vote or signature (`decried the ruling`, `alluded to`, `vetoed the bill`)
    "decry", "deplore", "allude", "vouch", "approve", "veto",
    # congratulating and rebutting (`congratulated Trump on his win`, `refuted the claim`, `rebuked his rival`)
    "congratulate", "refute", "rebut", "rebuke",
    # a view given voice (`voiced concern over the case`, `voiced support for a single-payer system`)
    "voice",
    # putting a message out, and passing something over as not worth a word (`the Times published portions of
    # his returns`, `released an ad attacking her`, `has largely ignored the issue`)
    "publish", "release", "ignore",
    # setting something out, and taking it up (`laid out her proposals`, `spelled out his plan`, `addressed the
    # concerns`; not an audience addressed: `addressed the convention`)
    "lay out", "spell out", "set out", "address",
    # taking a cause up or holding out against it (`embraced the Dodd-Frank law`, `resisted Sanders's overtures`;
    # `promote` is left: PolNeAR marks fewer than half of its uses)
    "embrace", "resist",
})
# Those of them whose content is only ever their object, never a phrase (`the pair embracing on a sunbed`).
OBJECT_ONLY_ACTS: frozenset[str] = frozenset({"embrace", "resist"})
# Gatherings one speaks to (`addressed the convention`) and post one writes on (`addressed the letter`): not a
# matter taken up.
AUDIENCES: frozenset[str] = frozenset({
    "crowd", "convention", "rally", "audience", "meeting", "conference", "nation", "gathering", "session",
    "summit", "assembly", "congress", "parliament", "chamber", "house", "senate", "letter", "envelope", "graduate",
    "class", "forum", "luncheon", "dinner", "event",
})
# Phrasal verbs that are cues with their particle only (`laid out`, not `laid off`).
PHRASAL_CUES: frozenset[tuple[str, str]] = frozenset({("lay", "out"), ("spell", "out"), ("set", "out")})
# Verbs of putting a message out (`released a statement saying`, `issued a statement saying`): the statement's
# participle is their subject's saying; `release` is a cue only of a message (not `released the prisoners`).
RELEASING: frozenset[str] = frozenset({"release", "issue", "publish", "send", "circulate", "distribute", "post"})
MESSAGE_NOUNS: frozenset[str] = EVIDENCE_NOUNS | STATEMENT_NOUNS | frozenset({
    "plan", "list", "proposal", "excerpt", "budget", "text", "version", "details", "guidance", "guidelines",
    "portions", "part", "parts", "copy", "copies", "release", "column", "op-ed", "editorial", "poem", "song",
})
# Verbs of saying whose object is the message itself (`recalled her opposition`, `conceded defeat`,
# `repeated the claim`): read like an act's object when no clause follows.
MESSAGE_VERBS: frozenset[str] = frozenset({
    "recall", "repeat", "report", "signal", "allege", "estimate", "suggest", "state", "indicate", "admit",
    "concede", "reiterate", "reveal", "predict", "confirm", "acknowledge", "forecast", "testify", "fear",
})
# Heads whose infinitive is their subject's own act (`went on to say`, `seemed to concede`, `was quick to
# condemn`), unlike a cue's (`plans to`, `urged him to`) or a cause's (`prompted him to say`: he said it).
# `go` counts only as `go on` (`is going to say` is not said yet).
FRAMING_HEADS: frozenset[str] = frozenset({
    "seem", "appear", "go", "continue", "try", "seek", "attempt", "struggle", "quick", "likely", "rush", "move",
    "tend", "eager", "ready", "begin", "start", "manage", "hasten", "choose", "dare", "proceed", "use",
})
# Prepositions that carry what a verb of saying or thought is about (`agreed with`, `worried about`).
THOUGHT_TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "with", "against"})
# Words that stand for what was said before (`said so`, `said yes`, `said the same`, `would not say when`, `said
# as much`).
PRO_FORMS: frozenset[str] = frozenset({"so", "yes", "no", "same", "otherwise", "when", "why", "how", "whether",
                                      "much"})
# Verbs of judging that attribute a view only with `as`: `views the deal as a betrayal`, `named Fiorina as his
# running mate`.
JUDGING: frozenset[str] = frozenset({"see", "view", "regard", "consider", "treat", "cast", "paint", "name"})
# Verbs whose agentless passive attributes a view or a charge to no one in particular (`Rubio is seen as the
# strongest`, `she was known as the rainmaker`, `no documents were deemed relevant`, `Roof is accused of killing
# nine people`, `Obama will be remembered as a liberal champion`): an implicit source.
PASSIVE_VIEWS: frozenset[str] = JUDGING | frozenset({"know", "deem", "accuse", "suspect", "remember"})
# Verbs of speaking that report only with their topic (`spoke of`, `talked about`, `railed against`,
# `voted against`): `spoke to reporters` and `talked for an hour` say nothing of what.
TOPIC_VERBS: frozenset[str] = frozenset({
    "speak", "talk", "rail", "brag", "complain", "joke", "comment", "vote", "weigh", "testify", "ask", "tell",
    "press",  # `pressed Warren on whether she would run`, `pressed for a grand bargain`
})
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "against", "for", "on"})
# Verbs of aiming and pressing that report a goal only with a `to`-infinitive (`looks to ease tensions`, `aims to
# cut the rate`, `pushed Democrats to reject the deal`) or, for `push`, with `for` (`is pushing for a vote`):
# PolNeAR marks them as intentions. `looked at the map`, `aimed the camera`, `pushed the cart` and `looks to be
# close` (a seeming) report nothing, so they are no cue verbs a rule may take as read (`appeared to push aides to`
# stays a seeming).
STRIVING: frozenset[str] = frozenset({"look", "aim", "push"})
# Prepositions that carry such an act's content (`called for`, `pointed to`, `warned about`).
OBJECT_PREPOSITIONS: frozenset[str] = frozenset({"for", "on", "to", "about", "of", "against"})


# Every verb that can introduce an attribution.
CUE_VERBS = SAYING | QUOTING | THINKING | DESIRING | EVIDENCE_VERBS | OBJECT_ACTS | JUDGING | TOPIC_VERBS
# Acts done to things or people as often as said of them (`was attacked by a dog`, `was found by hikers`,
# `was posted by`, a part `voiced by` an actor): their passive's agent is no source.
_PHYSICAL_SENSES: frozenset[str] = frozenset({
    "attack", "call", "post", "write", "sing", "chant", "point", "show", "find", "hail", "blast", "slam", "thank",
    "offer", "block", "read", "rule", "voice", "release",
})
# Cue verbs a title-case headline gives in the third person after a name (`Carly Fiorina Endorses Ted Cruz`,
# `Obama Claims ...`, `Ben Carson Slams Hillary`), less the acts a company or a team does as often as says
# (`Apple Posts Record Profit`, `Microsoft Shows New Phone`, `Sony Releases ...`).
HEADLINE_CUES: frozenset[str] = (SAYING | OBJECT_ACTS | THINKING | DESIRING | frozenset(STANCE_VERBS)) - (
    _PHYSICAL_SENSES - {"call", "attack", "blast", "slam", "hail", "thank", "write"})
# Verbs whose passive names its source by `by` (`was rejected by voters`, `was told by aides that`).
AGENT_REPORTS: frozenset[str] = (SAYING | OBJECT_ACTS | JUDGING) - EVIDENCE_VERBS - _PHYSICAL_SENSES


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the pipeline's rule lemmatizer drops or keeps a silent `e` on a cue
    verb: `hopes`, `hoped`, `hoping` come out as `hop`, `retweeted` as `retweete`."""
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle is not None and (lemma, particle) in PHRASAL_CUES:
        return f"{lemma} {particle}"
    if lemma in CUE_VERBS:
        return lemma
    if lemma + "e" in CUE_VERBS and (token.lower_.startswith(lemma + "e") or token.lower_ == lemma + "ing"):
        return lemma + "e"  # `hoped`, `hoping` (not `hopping`)
    if lemma.endswith("e") and lemma[:-1] in CUE_VERBS:
        return lemma[:-1]
    return lemma
