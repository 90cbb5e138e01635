"""The stance lexicons: the verbs and nouns whose object the actor supports (``SUPPORT_TRIGGERS``), asks for
(``DEMAND_TRIGGERS``) or opposes (``OPPOSE_TRIGGERS``), obligations, evaluative adjectives used predicatively,
good and bad effects, and the pieces of a copula phrase. They describe how stance is expressed in English news, not
any one topic: the topic comes only from the taxonomy.

Pattern text only, no matching: kept apart so that the words are read and extended in one place, while the stance
of a clause (``stance``), the statement verb (``statements``) and the stances stated about an actor (``described``)
all build on them.
"""

from __future__ import annotations

from worker.extract.names import BE, BE_FORMS

# When, where or how a vote was cast, between the verb and its direction: "voted on Tuesday to", "voted on 23 June
# 2016 to", "voted on June 23, 2016, to", "voted in a 2016 referendum to", "voted unanimously against", "voted 61 to 38
# to", "voted 7-2 against".
_VOTE_WHEN = (
    r"(?:on\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+|(?:last|this|early|late)\s+\w+\s+|"
    r"in\s+(?:an?|the|its|their|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:referendum|plebiscite|ballot|poll)\s+|"
    r"yesterday\s+|today\s+|unanimously\s+|overwhelmingly\s+|\d+\s*(?:-|–|to)\s*\d+\s+)?"
)
# A verb's "-ing" form only after "be" (its "-ed" form anywhere): "were protesting", not "marched, protesting".
def _progressive(past: str, ing: str) -> str:
    """A verb's past form anywhere and its "-ing" form only after "be" ("protested", "were protesting"), with the space
    after it: the check of "be" is a look-behind after that space, so that the phrase's first word is the verb's
    (the trigger alternation enters a phrase only at words that start it, and a first word with a look-behind would
    never be one)."""
    after_be = "|".join(rf"(?<=\b{be}\s{ing}\s)" for be in ("is", "are", "was", "were", "been"))
    return rf"(?:{past}|{ing}) (?:(?<={past}\s)|{after_be})"
# Verbs that state a stance named by their object noun ("expressed its support", "voiced opposition"), and the words
# that may stand before that noun.
_EXPRESSING = r"(?:express|voic|reiterat|reaffirm|renew|declar|signal|offer|lend|lent|show|pledg)(?:e|es|ed|ing|s)?"
_STANCE_NOUN_MODIFIER = (
    r"(?:its|their|his|her|our|my|the|full|strong|firm|own|continued|unwavering|public|publicly|fierce|staunch|broad|"
    r"widespread|overwhelming|bipartisan|popular|growing|cross-party)"
)
# After "want to": a verb of saying, thanking or consoling.
_COURTESY = (
    r"\s+to\s+(?:express|extend|convey|send|offer|thank|congratulate|apologi[sz]e|acknowledge|pay\s+tribute|"
    r"welcome\s+(?:you|everyone|all))\b"
)
# The measures an authority extends in time or in place (a lockdown, a curfew, an order, a ban, a state of emergency).
_EXTENDED_MEASURE = (
    r"(?:lockdowns?|curfews?|orders?|bans?|restrictions|measures|emergency|sanctions|quarantines?|moratori(?:um|ums|a)|"
    r"mandates?|closures?|shutdowns?|rules)"
)
# Who is appointed or nominated: a pronoun, a capitalised name of up to four words (maybe after words that describe
# it), or a noun phrase with its determiner ("appointed him as", "appointed Ivo Marsh to", "nominated veteran diplomat
# Ann Lee as", "appointed a special counsel to"); not what follows a participle ("the newly appointed minister said to
# reporters").
_APPOINTEE = (
    r"(?:him|her|them|(?:[\w-]+ ){0,2}?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}|"
    r"(?:the|a|an|his|her|its|their) (?:[\w-]+ ){0,2}?[\w-]+)"
)
# Sanctions or an embargo put on someone, after the verb that imposes them: "imposed new sanctions on", "levied
# individual sanctions against".
_SANCTIONS = r"(?:[\w-]+\s+){0,3}?(?:sanctions|embargo(?:es)?)\s+(?:on|against)\b"
_IMPOSES = r"(?:re)?impos(?:e|es|ed|ing)"
# Verbs and nouns whose object the actor supports ("backs the plan") or opposes ("rejected the bill").
SUPPORT_TRIGGERS = (
    # What one supports of one's own ("support my family", "couldn't support my notes") one provides for or holds
    # up; another's ("support my colleague's bill") stays a stance.
    # After an adjective of extent "support" is a noun that one has or lacks ("they have public support", "the plan has
    # broad support"): what others give, described, not a stance taken.
    r"(?<!\bpublic\s)(?<!\bpopular\s)(?<!\bbroad\s)(?<!\bwidespread\s)(?<!\boverwhelming\s)(?<!\bbipartisan\s)"
    r"(?<!\bgrowing\s)(?<!\bmajority\s)(?<!\bcross-party\s)"
    r"support(?:s|ed|ing)?(?!\s+my\s+(?:\w+\s+)?\w+\b(?![’']s))",
    # "back" after a verb of motion or before a place, a time or punctuation is an adverb ("we got back on even",
    # "came back to the club", "bounced back."), not the verb of backing something; "backed away from" retreats.
    r"(?<!\bgot\s)(?<!\bget\s)(?<!\bcame\s)(?<!\bcome\s)(?<!\bwent\s)(?<!\bgo\s)(?<!\bbounced\s)(?<!\bfought\s)"
    r"back(?:s|ed|ing)?(?!\s+(?:in|on|onto|to|from|then|home|into|at|when|and|down|off|out|away|again|together)\b|\s*[,.;:])", r"endors(?:e|es|ed|ing)", r"favou?r(?:s|ed|ing)?",
    r"in favou?r of", r"in support of", r"in defen[cs]e of", r"welcom(?:e|es|ed|ing)", r"prais(?:e|es|ed|ing)", r"applaud(?:s|ed|ing)?",
    r"champion(?:s|ed|ing)?", r"approv(?:e|es|ed|ing)(?:\s+of)?", r"advocat(?:e|es|ed|ing)",
    # Wanting to say, thank or console is a courtesy of speech, no stance ("I want to express my sympathy").
    rf"(?:wants?|wanted)(?!{_COURTESY})",
    r"hop(?:e|es|ed|ing) for", r"hop(?:e|es|ed|ing)(?!\s+(?:for|so|not)\b)(?=\s+\w)", r"seek(?:s|ing)?", r"sought", r"push(?:es|ed|ing)? for",
    r"commit(?:s|ted)? to", r"committed to", r"commitment to", r"pledg(?:e|es|ed|ing)", r"promis(?:e|es|ed|ing)",
    r"vow(?:s|ed|ing)?", r"propos(?:e|es|ed|ing)", r"announc(?:e|es|ed|ing)", r"agre(?:e|es|ed|eing) to",
    # Eagerness for a thing or to see it wants it ("we are eager for an election", "keen to see the tax go").
    r"eager (?:for|to see)", r"keen (?:for|to see)",
    r"embrac(?:e|es|ed|ing)", r"stand(?:s)? by", r"supportive of", r"importance of", r"voted for", r"defend(?:s|ed|ing)?",
    # Accepting responsibility, blame, an award or a nomination is an admission, an honour or a career move, no stance
    # ("accepted responsibility at an early stage", "accepted the vice presidential nomination").
    r"accept(?:s|ed|ing)?(?!\s+(?:(?:full|the|their|his|her|its|my|our|some|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:responsibility|blame|award|prize|invitation|nomination)\b)", r"tolerat(?:e|es|ed|ing)", r"uph(?:old|olds|olding|eld)", r"open to", r"acced(?:e|es|ed|ing) to",
    # Stated actions: what an actor signs, passes, declares or drafts, it supports.
    r"sign(?:s|ed|ing)?", r"ratif(?:y|ies|ied|ying)", r"adopt(?:s|ed|ing)?", r"enact(?:s|ed|ing)?",
    # A measure an authority imposes, implements or extends it wants in force ("imposed a curfew", "implemented the
    # reform", "extended the city lockdown to May 1", "extended its stay-at-home order"); what else one extends is
    # no measure ("extended his lead", "extended condolences", "extended an invitation").
    # (sanctions imposed on someone oppose them: OPPOSE_TRIGGERS)
    rf"{_IMPOSES}(?!\s+{_SANCTIONS})", r"implement(?:s|ed|ing)?",
    rf"extend(?:s|ed|ing)? (?=(?:[\w'’-]+ ){{0,4}}?{_EXTENDED_MEASURE}\b)",
    r"pass(?:es|ed|ing)?(?!\s+(?:away|by|through|on)\b)", r"declar(?:e|es|ed|ing)(?!\s+that\b)",
    r"(?:co-?)?sponsor(?:s|ed|ing)?", r"draft(?:s|ed|ing)?", r"introduc(?:e|es|ed|ing)", r"second(?:s|ed)",
    # Justifying an act defends it ("justified the strike as self-defence", "sought to justify the closure").
    r"justif(?:y|ies|ied|ying) (?=(?:the|its|his|her|their|this|that|these|those|an?|our)\b)",
    r"agree(?:s|d)?(?:\s+\w+ly)? with", rf"vot(?:e|es|ed|ing) {_VOTE_WHEN}(?:to|for|in favou?r of)",
    # Taking a side in a dispute ("the judge sided with the fishermen", "sided with the unions over pay").
    r"sid(?:e|es|ed|ing) with",
    # Cooperation given or offered: "is fully cooperating with the inquiry", "will cooperate with the ministry".
    r"cooperat(?:e|es|ed|ing) (?:\w+ly )?with",
    # A state or government recognised as such, or an outcome ("refused to recognise the new government", "recognised
    # the independence of the province", "would not recognise the election results"); not a person recognised for work.
    r"recogni[sz](?:e|es|ed|ing) (?=(?:[\w'’-]+ ){0,3}?(?:independence|sovereignty|government|results?|annexation|"
    r"legitimacy|regime|republic|jurisdiction)\b)",
    r"hail(?:s|ed|ing)?(?!\s+from\b)", r"commend(?:s|ed|ing)?", r"laud(?:s|ed|ing)?", r"recommend(?:s|ed|ing)?",
    # Fighting for one's life is surviving an injury or illness, no stance.
    r"pursu(?:e|es|ed|ing)", r"f(?:ight(?:s|ing)?|ought) (?:for(?!\s+(?:his|her|their|my|our|its)\s+li(?:fe|ves)\b)|to(?!\s+(?:the|a|an)\b))",
    # What an authority ordered it wants done ("ordered a new vote"); not "was ordered to leave". In the present,
    # "order(s)" is mostly a noun ("the order did not cover", "orders won't").
    r"ordered(?!\s+(?:to|of|in|for|that)\b)",
    # A measure an authority issues or a programme it starts, it wants in force ("issued an evacuation order", "issued
    # an executive order making X liable", "began a programme of reform", "instituted a policy of buying land"); not a
    # court's ruling or a warrant (an act of justice, no policy), nor a statement or a warning issued (speech).
    r"issu(?:e|es|ed|ing) (?=(?:an?|the|its|their|his|her|new|two|three|several) (?:(?!(?:cease|stop|halt)\b)[\w-]+ ){0,3}?(?:orders?|decrees?|directives?|"
    r"mandates?|moratori(?:um|ums|a)|regulations|guidelines)\b)",
    r"(?:launch|institut|initiat)(?:e|es|ed|ing) (?=(?:an?|the|its|their|his|her|new) (?:[\w-]+ ){0,3}?(?:programm?es?|polic(?:y|ies)|reforms?|schemes?)\b)",
    r"(?:beg[ia]n|begins|beginning|start(?:s|ed|ing)?) (?=(?:an?|the|its|their|his|her|new) (?:[\w-]+ ){0,3}?(?:programm?es?|polic(?:y|ies)|reforms?|schemes?)\b)",
    # Support stated as a noun the verb expresses: "expressed its support", "voiced strong support for".
    rf"{_EXPRESSING} (?:{_STANCE_NOUN_MODIFIER}\s+){{0,3}}support",
    # Arguing, speaking out, lobbying or campaigning for something: "argued for checks on big tech".
    r"argu(?:e|es|ed|ing) for", r"(?:speak(?:s|ing)?|spoke) out (?:for|in favou?r of)", r"lobb(?:y|ies|ied|ying) for",
    r"campaign(?:s|ed|ing)? for", r"c(?:ame|ome|omes|oming) out (?:in favou?r of|in support of)",
    r"thr(?:ew|ow|ows|owing|own) (?:(?:his|her|their|its|our|my)\s+)?(?:\w+\s+)?(?:support|weight) behind",
    rf"{_progressive('rallied', 'rallying')}(?:for|behind|in support of|in favou?r of)",
    # A decision or an intention to act wants the act ("decided to cut power", "intends to leave the union"); an
    # undoing verb after it is the stance ("decided to suspend the talks" opposes them). Not the participle "a step
    # intended to fulfil the goal", what a thing is meant for.
    r"decid(?:e|es|ed|ing) to", r"intend(?:s|ing)? to", r"(?:intention|intent) to",
    # Who is put into an office, the one who appoints, nominates or confirms them supports ("appointed Lee as
    # secretary of state", "nominated Judge Ann Lee to the court", "the House confirmed him").
    *(rf"{verb} (?={_APPOINTEE} (?:{to})\s)" for verb, to in (("appoint(?:s|ed|ing)?", "as|to"), ("nominat(?:e|es|ed|ing)", "as|to|for"))),
    r"confirm(?:s|ed|ing)? (?=(?:him|her)\b|(?:[\w'’.-]+ ){1,3}?(?:nomination|appointment)\b)",
    # A house that impeached an official supported the impeachment (the present, "the House impeaches the official",
    # and the infinitive mostly tell how impeachment works).
    r"impeached",
    # A right one claims for someone to do something ("had a right to strike", "does not have the right to impose").
    r"ha(?:ve|s|d|ving) (?:the|a|every) (?:\w+ )?right to",
    # A letter or message of support sent ("sent a letter of support for the pipeline").
    r"sen(?:d|ds|t|ding) (?:an? |their |his |her |its |our |my )?(?:letters?|messages?|notes?|statements?) of support",
    # Interest in something, expressed: "expressed favourable interest in term limits".
    rf"{_EXPRESSING} (?:(?:{_STANCE_NOUN_MODIFIER}|favou?rable|keen|great|renewed)\s+){{0,3}}interest in",
)
# Triggers that ask something of others.
# A demand for goods is a noun ("in high demand", "strong demand for flour", "the increased demand for mail-in
# ballots"), not a demand made.
DEMAND_TRIGGERS = (
    r"call(?:s|ed|ing)? (?:for|on)", r"urg(?:e|es|ed|ing)", r"join(?:s|ed|ing)? (?:the\s+)?(?:[\w-]+\s+)?calls? for",
    # A request ("requested the turtles be protected", "asked the Queen for a prorogation"); not for comment or help.
    r"request(?:s|ed|ing)?(?!\s+(?:for\s+)?(?:comment|information|anonymity|help|assistance)\b)",
    # A resignation asked for is a personnel matter, no stance on an issue.
    r"ask(?:s|ed|ing)? (?:[\w’'.-]+ ){0,4}?for(?!\s+(?:comment|help|information|patience|forgiveness|privacy|anonymity|assistance|time|money|donations)\b"
    r"|\s+(?:[\w’'.-]+\s+){0,7}?resignation)", r"(?<!\bin\s)(?<!\bhigh\s)(?<!\bgreat\s)(?<!\bstrong\s)(?<!\bincreased\s)(?<!\bincreasing\s)(?<!\bgrowing\s)"
    r"(?<!\brising\s)(?<!\bsurging\s)(?<!\bsoaring\s)(?<!\bhigher\s)(?<!\blower\s)(?<!\bfalling\s)(?<!\bweak\s)(?<!\bhuge\s)"
    r"(?<!\brecord\s)(?<!\bconsumer\s)demand(?:s|ed|ing)?", r"insist(?:s|ed|ing)? on",
)
# What a verdict finds a measure to be, and where the complement ends the object it judges (punctuation, a time or a
# reason after it, the clause's end), not an attributive adjective before a noun ("illegal immigration").
# The verbs of a verdict or a label, a trigger only with what follows them (found in a predicate after "also").
_VERDICT_VERBS = ("rul", "found", "find", "deem", "judg", "designat", "label", "brand", "nam", "list", "classif")
_VERDICT_COMPLEMENT = r"(?:unconstitutional|illegal|unlawful|invalid|null\s+and\s+void)"
_COMPLEMENT_END = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|by|after|because|and|since|for|last|this|under|at|earlier|yesterday|today|"
    r"as|but|while|when|which)\b)"
)
OPPOSE_TRIGGERS = (
    r"oppos(?:e|es|ed|ing)", r"opposition to", r"disapprov(?:e|es|ed|ing)(?:\s+of)?", r"reject(?:s|ed|ing)?", r"condemn(?:s|ed|ing)?",
    r"criticis(?:e|es|ed|ing)", r"criticiz(?:e|es|ed|ing)", r"denounc(?:e|es|ed|ing)", r"slam(?:s|med|ming)?",
    r"object(?:s|ed|ing)? to", r"resist(?:s|ed|ing)?", r"block(?:s|ed|ing)?", r"veto(?:es|ed|ing)?",
    # Retreating from something one backed: "backed away from his support for the plan".
    r"back(?:s|ed|ing)? away from",
    # A refusal is a stance, but not one to speak ("refused to answer whether ...", "declined to comment").
    r"refus(?:e|es|ed|ing)(?!\s+to\s+(?:answer|say|comment|discuss|disclose|reveal|confirm|elaborate|speak|specify|name)\b)",
    r"rul(?:e|es|ed|ing) out", r"dismiss(?:es|ed|ing)?", r"scrap(?:s|ped|ping)?",
    r"abandon(?:s|ed|ing)?", r"giv(?:e|es|ing) up(?: on)?", r"gave up(?: on)?",
    r"warn(?:s|ed|ing)? against", r"fight(?:s|ing)? against", r"fought against",
    # What one fights one opposes ("fighting corruption"); fighting for something, in a place, alongside someone or a war
    # is not, nor a fight with no object ("let's keep fighting", "a long, hard fight").
    r"f(?:ight(?:s|ing)?|ought)(?=\s+\w)(?!\s+(?:for|in|on|with|to|back|over|alongside|along|off|at|through|until|and|"
    r"(?:an?|the|this|their|its)\s+(?:\w+\s+)?(?:war|battle|fight|duel|match|campaign|election|case))\b)",
    r"protest(?:s|ed|ing)? against", r"boycott(?:s|ed|ing)?", r"voted against",
    # Sanctions put on someone oppose them ("imposed sanctions on the general"), as blaming someone for something does
    # ("blamed the rebels for the attack"; not "was blamed for", "blamed the weather").
    rf"(?:{_IMPOSES}|lev(?:y|ies|ied|ying)|slap(?:s|ped|ping)?) (?={_SANCTIONS})",
    r"blam(?:e|es|ed|ing) (?=(?:[\w'’.-]+ ){1,8}?for\b)",
    # A motion or bill voted down is rejected ("the council voted down the budget").
    r"vot(?:e|es|ed|ing) down",
    # Being against something, maybe firmly or all: "we are firmly against", "I am against", "they remain against".
    r"(?:am|is|are|was|were|been|remains?|remained)(?:\s+(?:\w+ly|all|still|also))? against",
    r"lift(?:s|ed|ing)?", r"repeal(?:s|ed|ing)?",
    r"abolish(?:es|ed|ing)?", r"cancel(?:s|led|ed|ling|ing)?", r"overturn(?:s|ed|ing)?", r"strik(?:e|es|ing) down",
    r"struck down", r"withdraw(?:s|n|ing)? from", r"withdrew from", r"pull(?:s|ed|ing)? out of",
    r"suspend(?:s|ed|ing)?", r"postpon(?:e|es|ed|ing)", r"delay(?:s|ed|ing)?", r"revers(?:e|es|ed|ing)",
    r"roll(?:s|ed|ing)? back", r"revok(?:e|es|ed|ing)", r"rescind(?:s|ed|ing)?", r"challeng(?:e|es|ed|ing)",
    r"appeal(?:s|ed|ing)?(?!\s+(?:to|for)\b)",
    # Stated actions against something: lawsuits, threats, denials, bans.
    r"sue(?:s|d)?", r"suing", r"convict(?:s|ed|ing)?", r"f(?:ou|i)nd(?:s|ing)? (?:(?!not\b)[\w.'’-]+ ){1,5}?guilty(?: of)?",
    r"complain(?:s|ed|ing)?(?:\s+(?:about|of|that))?",
    # a filing, maybe after the court it goes to ("filed in court her intent to appeal", "filed with the Central Court a
    # notice of appeal"): an appeal filed opposes the decision, as a suit or a challenge does
    r"fil(?:e|es|ed|ing) (?:(?:in|with|at|before) (?:the )?(?:[A-Z][\w-]* ){0,3}?(?:[Cc]ourt|[Tt]ribunal) )?(?:an? )?"
    r"(?:[\w-]+ ){0,3}?(?:lawsuit|suit|petition|complaint|challenge|appeal)s?(?![\w-])",
    r"threaten(?:s|ed|ing)?", r"(?:ma(?:de|ke|kes|king)|issu(?:e|es|ed|ing)) (?:\w+\s+)?threats against", r"den(?:y|ies|ied|ying)",
    r"br(?:ing|ings|inging|ought) (?:an? |the |this )?(?:[\w-]+ )?(?:case|lawsuit|suit|action|challenge)s?",
    # An act of protest against something: "tabled a motion against", "collected 12,000 signatures against".
    r"(?:tabled|filed|collected|gathered|launched|submitted|organi[sz]ed|started|led|lodged|staged|held) "
    r"(?:an? |the |their |its |[\d,]+ )?(?:[\w-]+ )?(?:motion|petition|signatures|campaign|protests?|rall(?:y|ies)|"
    r"complaint|resolution|appeal|strikes?|march)s? against", r"question(?:s|ed|ing)", r"disagree(?:s|d)?(?:\s+\w+ly)? with",
    r"ban(?:s|ned|ning)?", rf"vot(?:e|es|ed|ing) {_VOTE_WHEN}against",
    # A ban in other words ("outlawed the death penalty", "prohibits the sale of X", "forbade public gatherings").
    r"outlaw(?:s|ed|ing)?", r"prohibit(?:s|ed|ing)?", r"forb(?:id|ids|ade|idding)",
    # Protesting something as a verb with its object ("protested the pending exit", "were protesting the tax"); the
    # noun "protests" is no verb, and a participle after a comma ("a million marched, protesting the exit") is the
    # stance of those it describes, not of the clause's speaker.
    rf"{_progressive('protested', 'protesting')}(?=(?:the|a|an|his|her|their|its|this|these|those|over)\s)",
    rf"{_progressive('rallied', 'rallying')}against",
    # "declined the offer" rejects it; not "declined to comment", "declined by 5%", "shares declined sharply".
    r"declin(?:e|es|ed|ing) (?=(?:an?|the|such|his|her|their|its|our|any)\b(?!\s+(?:most|least|more|less|further)\b)"
    # or a named person's offer or request: "declined Prime Minister Ann Lee's offer to resign"
    r"|(?:[A-Z][\w.-]*\s+){0,5}?[A-Z][\w.-]*['’]s?\s+(?:offer|request|invitation|proposal|plea|demand|call)s?\b)",
    # A diplomat expelled or summoned over something, a state's protest against it ("expelled the Borovian ambassador
    # over the border deal", "summoned its envoy in protest at the raid"); not without its ground ("summoned the envoy
    # on Monday", "expelled two diplomats"). Recalling one's own ambassador over something is a protest too ("recalled its
    # ambassador over the deal"; cues reads no speech there).
    *(
        rf"{verb} (?=(?:[\w'’.-]+ ){{0,3}}?(?:ambassadors?|envoys?|diplomats?|charg\ws? d['’]affaires) (?:[\w'’.-]+ ){{0,4}}?"
        r"(?:over|in protest (?:at|against|over)) )"
        for verb in (r"expel(?:s|led|ling)?", r"summon(?:s|ed|ing)?", r"recall(?:s|ed|ing)?")
    ),
    # "attacked the mayor over the budget": criticism with its ground; not an assault ("attacked two officers").
    r"attack(?:s|ed|ing)? (?=(?:[\w'’.-]+ ){1,4}?(?:for|over) )",
    # An order to stop issued against an activity opposes it ("issued a cease and desist order to the station", "issued
    # a stop-work order on the mine").
    r"issu(?:e|es|ed|ing) (?=(?:an?|the|its|their|his|her|new) (?:[\w-]+ ){0,2}?(?:cease[- ]and[- ]desist|stop-work|halt) "
    r"(?:orders?|letters?|notices?)\b)",
    r"deplor(?:e|es|ed|ing)", r"decr(?:y|ies|ied|ying)", r"lambast(?:s|ed|ing)?", r"assail(?:s|ed|ing)?",
    r"blast(?:s|ed|ing)?", r"castigat(?:e|es|ed|ing)", r"exclud(?:e|es|ed|ing)",
    # Avoiding harm is an escape, no stance ("narrowly avoided being caught in the crash").
    r"avoid(?:s|ed|ing)?(?!\s+(?:being|getting)\b)",
    rf"{_EXPRESSING} (?:{_STANCE_NOUN_MODIFIER}\s+){{0,3}}(?:opposition|objections?)",
    # Verbs of criticism and of arguing or speaking out against: "derided the two-party system", "hit out at the plan".
    r"derid(?:e|es|ed|ing)", r"ridicul(?:e|es|ed|ing)", r"mock(?:s|ed|ing)?", r"disparag(?:e|es|ed|ing)",
    r"(?:lash|hit)(?:es|ed|ing|s)? out (?:at|against)", r"rail(?:s|ed|ing)? against", r"t(?:ake|akes|aking|ook) aim at",
    r"argu(?:e|es|ed|ing) against", r"(?:speak(?:s|ing)?|spoke) out against", r"lobb(?:y|ies|ied|ying) against",
    r"campaign(?:s|ed|ing)? against", r"c(?:ame|ome|omes|oming) out against",
    r"stand(?:s|ing)? (?:\w+ly )?(?:united )?against",
    # An act done in protest ("resigned in protest against the tax") and doubt cast ("cast doubt on the plan").
    r"resign(?:s|ed|ing)? in protest (?:against|at|over|of)", r"quit(?:s|ting)? in protest (?:against|at|over|of)",
    r"walk(?:s|ed|ing)? out in protest (?:against|at|over|of)", r"c(?:ast|asts|asting) (?:\w+\s+)?doubts? (?:on|over|about)",
    # Concern voiced about something: "expressed concern about the number of guns", "raised concerns over the deal".
    rf"(?:{_EXPRESSING}|rais(?:e|es|ed|ing)) (?:{_STANCE_NOUN_MODIFIER}\s+|serious\s+|grave\s+|deep\s+){{0,3}}"
    r"(?:concerns?|alarm|worries|misgivings|reservations) (?=(?:about|over|at|regarding)\b)",
    # A decision against something: "the council decided against the toll"; "decided against it" mostly drops a plan of
    # its own ("signalled an intent to run but decided against it").
    r"decid(?:e|es|ed|ing) against(?!\s+(?:it|this|that|running|seeking)\b)",
    # A ruling against something: "the court ruled against the extension".
    r"rul(?:e|es|ed|ing) against",
    # Being critical of something: "residents have been critical of the plan" (not "in critical condition").
    r"critical of",
    # Displeasure voiced at something ("expressed disappointment with the ruling", "voiced anger over the levy"), and
    # quarrelling with it ("took issue with the plan", "pushed back against the rule").
    rf"{_EXPRESSING} (?:{_STANCE_NOUN_MODIFIER}\s+|deep\s+|strong\s+){{0,3}}"
    r"(?:disappointment|frustration|outrage|anger|dismay|displeasure|indignation) (?=(?:with|over|at|about|regarding)\b)",
    r"t(?:ake|akes|aking|ook|aken) issue with", r"push(?:es|ed|ing)? back (?:against|on)",
    # A verdict that a measure is unlawful ("ruled the curfew unconstitutional", "deemed the strike illegal"), as
    # "declared X illegal" already is: the complement ends the object ("held talks on illegal immigration", "found
    # illegal weapons" name things, judge none). Not "ruled that ...", a report, nor a verdict on a relative's
    # antecedent ("an act which the court later ruled to be unconstitutional"), told as the measure's history.
    r"(?:rul(?:e|es|ed|ing)|f(?:ou|i)nd(?:s|ing)?|deem(?:s|ed|ing)?|judg(?:e|es|ed|ing)) "
    rf"(?=(?!to\b)(?:(?!(?:not|that)\b)[\w.'’-]+\s+){{1,6}}?(?:to\s+be\s+)?{_VERDICT_COMPLEMENT}{_COMPLEMENT_END})",
    # The verdict before a long object it judges ("found unconstitutional a 2005 law permitting ...", "declared illegal
    # the curfew imposed by the mayor"), as courts' rulings are often written.
    r"(?:rul(?:e|es|ed|ing)|f(?:ou|i)nd(?:s|ing)?|deem(?:s|ed|ing)?|judg(?:e|es|ed|ing)) "
    rf"{_VERDICT_COMPLEMENT} (?=(?:the|a|an|this|that|these|those|its|their|his|her|\d)\b)",
    # Naming a group or a person a terrorist ("designated the Red Hand Front as a terrorist organization", "labelled him
    # a terrorist", "named both militias as terrorists"); not a compound's participle ("a US-designated terrorist
    # organization", a description).
    r"(?:designat(?<!-designat)(?:e|es|ed|ing)|label(?<!-label)(?:s|led|ed|ling|ing)?|brand(?<!-brand)(?:s|ed|ing)?|"
    r"nam(?:e|es|ed|ing)|list(?<!-list)(?:s|ed|ing)?|classif(?:y|ies|ied|ying)) "
    r"(?=(?:(?!(?:not|that)\b)[\w.'’()-]+\s+){1,12}?(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?terrorists?"
    rf"(?:\s+(?:group|organi[sz]ation|entity))?{_COMPLEMENT_END})",
)
# Deontic triggers: the actor wants what follows to happen.
OBLIGATION_TRIGGERS = (
    r"must(?:n['’]t)?", r"needs? to", r"needed to", r"ha(?:ve|s) to", r"should(?:n['’]t)?", r"ought to", r"we need", r"we needed",
    r"ha(?:ve|s|d) (?:a|the) (?:duty|obligation|responsibility) to",
)
POSITIVE_ADJECTIVES = (
    "important", "crucial", "essential", "vital", "necessary", "key", "good", "right", "fair", "reasonable",
    "realistic", "welcome", "positive", "beneficial", "justified", "legitimate", "acceptable", "needed",
    "great", "a victory", "a success", "a breakthrough", r"a step (?:forward|in the right direction)",
)
NEGATIVE_ADJECTIVES = (
    "unrealistic", "unacceptable", "wrong", "dangerous", "reckless", "unfair", "unjust", "illegal", "unlawful",
    "unconstitutional", "absurd", "ridiculous", "outrageous", "disgraceful", "shameful", "irresponsible",
    "harmful", "bad", "a mistake", "a disaster", "disastrous", "flawed", "misguided", "counterproductive",
    "a threat", "impossible", "premature", "naive", r"part of the problem", "a waste", "a failure",
    "a betrayal", "a setback", "a dead end", r"a step back(?:wards?)?", "cruel", "inhumane",
)
# Verbs that evaluate their subject by its effects: "free trade benefits everyone", "the tax hurts farmers".
GOOD_EFFECTS = (
    r"benefit(?:s|ed)?", r"help(?:s|ed)?", r"protect(?:s|ed)?", r"strengthen(?:s|ed)?", r"boost(?:s|ed)?",
    r"improv(?:e|es|ed)", r"sav(?:e|es|ed) (?:[\w,]+ ){0,2}?(?:lives|jobs)", r"creat(?:e|es|ed) (?:[\w,]+ ){0,2}?jobs",
)
BAD_EFFECTS = (
    r"hurt(?:s)?", r"harm(?:s|ed)?", r"damag(?:e|es|ed)", r"threaten(?:s|ed)?", r"undermin(?:e|es|ed)",
    r"destroy(?:s|ed)?", r"weaken(?:s|ed)?", r"punish(?:es|ed)?", r"endanger(?:s|ed)?", r"cost(?:s)? jobs",
    r"ruin(?:s|ed)?", r"cripple(?:s|d)?", r"devastat(?:e|es|ed)", r"violat(?:e|es|ed)", r"infring(?:e|es|ed)",
    r"breach(?:es|ed)?",
    # going against a rule or a principle: "the deal goes against the resolution", "runs counter to the treaty"; not
    # after "which", whose antecedent is a whole claim ("assumes the islands have no zone, which goes against ...")
    r"go(?:es)?(?<!which\sgo)(?<!which\sgoes) against", r"run(?:s)? counter to", r"contraven(?:e|es|ed)",
)
# Framings that place their subject: "did not see X as part of a solution" opposes X.
POSITIVE_ADJECTIVES += (r"part of (?:a|the)(?:\s+\w+)? solution", r"the (?:right|only) way")
# A right claimed: "these strikes are our right", "it is a basic right".
POSITIVE_ADJECTIVES += (r"(?:our|their|his|her|its|a|an)(?:\s+(?:basic|fundamental|legitimate|legal|constitutional|human|democratic|sovereign|inalienable))?\s+right",)
_DEONTIC_ADJECTIVES = {"important", "crucial", "essential", "vital", "necessary", "key", "needed"}
_COPULA = rf"(?:{BE}|remains?|seems?|['’]s|as)"
# The words _COPULA matches, lower-cased, as _TOKEN reads them ("s" of "it's"): a match of _PREDICATIVE opens on a
# word of these (the "'s" one character before its "s"), since the copula is followed by a space.
_COPULA_WORDS = frozenset((*BE_FORMS, "remain", "remains", "seem", "seems", "s", "as"))
_DEGREE = r"(?:\s+(?:very|so|too|absolutely|completely|deeply|highly|quite|really|simply|entirely|not|never))*"
_ARTICLE = r"(?:\s+(?:an?|the))?"
