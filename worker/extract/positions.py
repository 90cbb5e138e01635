"""Actor positions: who supports or opposes what, from quotations and plain statements of stance.

A position needs three things in one clause: an actor (the quote's speaker, or a named actor that is the
subject of a stance verb), a stance trigger from general lexicons (support/oppose verbs and nouns, deontic
"must/need/crucial", evaluative adjectives used predicatively), and an issue of the taxonomy in the
trigger's scope. Negation in the clause flips the trigger ("would not give up on X" supports X, "did not
see X as part of a solution" opposes X) and "no ... without X" supports X. The lexicons describe how
stance is expressed in English news, not any one topic: the topic comes only from the taxonomy.

One actor holds one stance on an issue per statement (a quote, or a sentence stating an action): a paraphrase
and the quote it paraphrases are two statements, while all of an actor's paraphrases are one (the seed counts a
repeated paraphrase once); within a statement the first clause is kept, and consecutive clauses of one quote
are joined.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import accumulate, compress, count, repeat
from operator import add, itemgetter, not_
from typing import NamedTuple

from worker.extract import caseless
from worker.extract.actors import actor_id, normalise
from worker.extract.ids import stable_id
from worker.extract.lexicon import (
    capitals,
    demonyms,
    evaluative_phrases,
    first_name_genders,
    organisation_words,
    person_nouns,
    role_words,
    speech_verb_forms,
)
from worker.extract.listing import they_listed
from worker.extract.memo import WordMemo
from worker.extract.names import BE, BE_FORMS, BE_INFLECTED, BE_INFLECTED_FORMS, BE_INFLECTED_WORD, MONTH, WEEKDAY, opening_with_first_letters
from worker.extract.taxonomy import (
    Taxonomy,
    by_first_letter,
    lengths_before,
    literal_starts,
    opening_starts,
    opens_with_words,
    split_pieces,
    word_pieces,
)
from worker.extract.text import Span, is_word_char, offsets_of, sentences, within
from worker.models import Actor, Evidence, Issue, Modality, Position, Quote, Stance

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
# "\b(?:not|no|never|cannot|neither|nor|nobody|nothing)\b|n['’]t\b", written to open with the class of its first
# letters, the word boundary before a word tested by a look-behind after its first letter and the alternatives in the
# same order behind look-behinds for that letter: a pattern that opens with "\b" gives the engine nothing to skip to,
# so it was entered at every character of a clause (as are _HEDGE and _INTENT, written so too).
_NEGATION = caseless.compile(
    r"[nc](?:(?<!\w.)(?:(?<=n)(?:ot|o|ever|either|or|obody|othing)|(?<=c)annot)\b|(?<=n)['’]t\b)", re.IGNORECASE
)
# "no talks without X", "cannot have talks without X": the actor insists X take part.
_NO_WITHOUT = caseless.compile(r"\b(?:no|not|cannot|can['’]t|never)\b[^.;]{0,80}?\bwithout\b", re.IGNORECASE)
# The only non-ASCII characters a case-insensitive pattern of ASCII letters matches ("\u017f" is a long s).
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_contain(text: str, words: Sequence[str]) -> bool:
    """False only where a case-insensitive search for one of ``words`` (lower-case ASCII) in ``text`` fails: a
    substring test on the lower case, a few microseconds less per clause than the search of a pattern that
    needs one of them, and exact unless the text has a non-ASCII letter that such a search takes for an
    ASCII one (then True, and the pattern decides)."""
    if _has_case_twin(text):
        return True
    lowered = text.lower()
    for word in words:
        if word in lowered:
            return True
    return False


def _holds_any(lowered: str, words: Sequence[str]) -> bool:
    """``_may_contain``'s test where the text's lower case is made already and it holds no case twin."""
    return any(map(lowered.__contains__, words))


def _may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """False only where a case-insensitive pattern that ends with one of ``words`` (lower-case ASCII) and
    ``\\s*$`` cannot match in ``text``: the same test as ``_may_contain``, on the end of the text less its
    whitespace."""
    if _has_case_twin(text):
        return True
    return text.rstrip().lower().endswith(words)


def _has_case_twin(text: str) -> bool:
    """Whether ``text`` holds one of ``_ASCII_CASE_TWINS`` (an ASCII text holds none; a loop, since a generator made
    per call cost more than its tests)."""
    if text.isascii():
        return False
    for twin in _ASCII_CASE_TWINS:
        if twin in text:
            return True
    return False


# "\b(?:could|may|might|perhaps|possibly|likely)\b" and
# "\b(?:will|shall|going to|plan(?:s|ned)? to|intend(?:s|ed)? to|aim(?:s|ed)? to)\b", written as _NEGATION is.
_HEDGE = caseless.compile(
    r"[cmpl](?<!\w.)(?:(?<=c)ould|(?<=m)(?:ay|ight)|(?<=p)(?:erhaps|ossibly)|(?<=l)ikely)\b", re.IGNORECASE
)
_INTENT = caseless.compile(
    r"[wsgpia](?<!\w.)(?:(?<=w)ill|(?<=s)hall|(?<=g)oing to|(?<=p)lan(?:s|ned)? to|(?<=i)ntend(?:s|ed)? to|(?<=a)im(?:s|ed)? to)\b",
    re.IGNORECASE,
)
_ANAPHOR = caseless.compile(r"^\W*(?:this|that|it|these|those)\b", re.IGNORECASE)
# A definite noun phrase naming a measure ("the ban", "this new plan") refers back to an earlier mention.
# Written as _NEGATION is: "\b(?:the|this|that|these|those|such)\s+..." opened with "\b", so the engine was entered at
# every character of the target; it now opens with "t" or "s" and tests the boundary by a look-behind after it.
_DEFINITE_MEASURE = caseless.compile(
    r"[ts](?<!\w.)(?:(?<=t)he|(?<=t)his|(?<=t)hat|(?<=t)hese|(?<=t)hose|(?<=s)uch)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>plan|proposal|bill|law|measure|reform|ban|"
    r"deal|agreement|decision|policy|ruling|idea|initiative|scheme|rule|legislation|program|programme|project|"
    r"treaty|amendment|cut|increase|tariff|tax)s?\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
# Coordinated reported clauses are separate propositions: "said X was unrealistic and that Y", "X is
# welcome, but we will not do Y". The breaks ";\s+|,?\s+and that\s+|,?\s+but that\s+|,\s+but\s+" written to open
# with the class of their first characters: the engine skips to a candidate instead of entering the alternation at
# every character (the look-behinds read which of them it was, the alternatives in the same order: ";" opens the
# first; "," the second, fourth and sixth; a space the third and fifth).
_CLAUSE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)\s+|(?<=,)\s+and that\s+|(?<=\s)\s*and that\s+|(?<=,)\s+but that\s+|(?<=\s)\s*but that\s+|(?<=,)\s+but\s+)"
)
# After "not" or "never", a modal obliges the opposite: "should not dictate", "must never".
_MODAL_NOT = caseless.compile(r"\s+(?:not|never)\b", re.IGNORECASE)
# A pronoun subject names no issue itself: what it does, or is said to do, does.
_PRONOUN_SUBJECT = caseless.compile(r"^\W*(?:it|this|that|they|these|those)(?:\s+\w+)?\W*$", re.IGNORECASE)
# Where a trigger's target ends: at a subordinate or relative clause or a participle that adds the reporter's
# circumstances ("must be included in talks, after the presidents spoke"; "welcomed the ruling, saying ...").
# (It opens with the class of its alternatives' first characters, a space or a comma, a look-behind reading which:
# opening with the alternation, it was entered at every character of the target.)
_TARGET_END = caseless.compile(
    r"[\s,](?:(?<=\s)\s*(?:after|before|until|unless|because|whereas|although|though|but)\b"
    r"|(?<=,)\s+(?:when|where|while|since|as|if|which|who|whom|whose|despite|amid|following|saying|adding|warning|"
    r"arguing|noting|claiming|citing|calling)\b)",
    re.IGNORECASE,
)


def _alternatives(triggers: Sequence[str], *, one_branch_per_letter: bool = False) -> str:
    """The triggers as one alternation, the longest tried first, entered only where the text's letter can start them."""
    return by_first_letter(sorted(triggers, key=len, reverse=True), one_branch_per_letter=one_branch_per_letter)


_TOKEN = re.compile(r"\w+(?:['’]t\b)?")
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")  # a text's gaps and tokens in turn
# The same split for an ASCII text (most clauses), where the ASCII "\w" and "\b" are the Unicode ones: the engine
# tests a character against a table instead of calling the Unicode database's look-ups for it.
_TOKEN_SPLIT_ASCII = re.compile(_TOKEN_SPLIT.pattern, re.ASCII)


class _Tokens(NamedTuple):
    """A window of a text split into its tokens (``_TOKEN``), with what their offsets are summed from."""

    parts: list[str]  # the window's word pieces (``pieces``), or its gaps and tokens in turn
    pieces: bool  # parts are ``split_pieces`` of the window: tokens are the pieces that are not empty
    tokens: list[str]
    words: frozenset[str]  # the set of the tokens


@lru_cache(maxsize=8)
def _tokenised(text: str, start: int, end: int) -> _Tokens:
    """``text[start:end]`` split into its tokens: remembered for the few texts in hand, since the matchers of a
    clause (trigger, effect, evaluative words) each need them. An ASCII window without an apostrophe (most
    clauses) is split at its non-word characters by a byte table and a plain split in C (``split_pieces``), where
    each token is a piece that is not empty; any other is split by ``_TOKEN_SPLIT`` into its gaps and tokens in turn
    (a regex split makes a string of every gap and costs about five times as much)."""
    window = text[start:end]
    if window.isascii() and "'" not in window:
        pieces = split_pieces(window)
        tokens = list(filter(None, pieces))
        return _Tokens(pieces, True, tokens, frozenset(tokens))
    parts = (_TOKEN_SPLIT_ASCII if window.isascii() else _TOKEN_SPLIT).split(window)
    tokens = parts[1::2]
    return _Tokens(parts, False, tokens, frozenset(tokens))


@lru_cache(maxsize=8)
def _token_starts(text: str, start: int, end: int) -> list[int]:
    """Where each token of ``_tokenised(text, start, end)`` starts in ``text``, summed from the lengths of the parts
    before it (and, between pieces, one separator each): remembered like them, since each matcher that finds an
    opener in the clause needs them."""
    parts, pieces, _, _ = _tokenised(text, start, end)
    if pieces:
        return list(compress(map(add, accumulate(map(len, parts), initial=start), count()), parts))
    return list(accumulate(map(len, parts), initial=start))[1::2]


class _WordStarts:
    """A case-insensitive pattern of many phrases, each starting at a word boundary on a word character, tried
    only on the words (``_TOKEN``, with a joined "n't") that can open one of ``phrases`` (phrase words are
    separated by single spaces). A scan that tries a long alternation at every word boundary costs about a
    microsecond a word; the words of a clause are checked against the remembered openers as one set, and the
    offsets of the openers found are summed from the lengths of what precedes them, without a Python step per
    word. ``next_words`` (see ``_next_word_openings``) maps an opener, in lower case, to the openings one of which
    the word after it must start with: the pattern is not tried where it cannot match ("the" without "right" or
    "best" after it)."""

    def __init__(self, pattern: str, phrases: Sequence[str], next_words: dict[str, tuple[str, ...]] | None = None) -> None:
        self.pattern = caseless.compile(pattern, re.IGNORECASE)
        self.first_words = caseless.compile("|".join(phrase.split(" ")[0] for phrase in phrases), re.IGNORECASE)
        self._openers = WordMemo(lambda word: self.first_words.fullmatch(word) is not None)
        self.next_words = next_words or {}

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` finds."""
        end = len(text) if end is None else end
        _, _, tokens, words = _tokenised(text, start, end)
        openers = self._openers.which(words)
        if not openers:
            return  # most clauses: one scan and a few set operations, all in C
        token_starts = _token_starts(text, start, end)
        after = start
        for index in compress(range(len(tokens)), map(openers.__contains__, tokens)):
            if token_starts[index] >= after and self._may_open(tokens, index):
                found = self.pattern.match(text, token_starts[index], end)
                if found:
                    after = found.end()
                    yield found

    def _may_open(self, tokens: list[str], index: int) -> bool:
        """False only where the opener at ``index`` needs a next word that the next token does not start with (a
        token with a non-ASCII letter may match an ASCII one caselessly: it is tried)."""
        needed = self.next_words.get(tokens[index].lower())
        if needed is None:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        return following.lower().startswith(needed) or not following.isascii()

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def _next_word_openings(phrases: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The ``next_words`` of ``_WordStarts`` for a pattern that matches only where one of ``phrases`` (regular
    expressions, their words separated by a space or, in the pattern, by any whitespace) matches: for each first
    word of lower-case letters followed by a space, the literal openings of the words that follow it, where
    nothing else can match on that word. Every match on such a word is one of those phrases ("in favou?r of"),
    and the text's next token starts where the phrase's next word does, with one of its openings ("favo").
    A first word gets none when a phrase on it can go on otherwise (the next word may open with any letter, or
    the phrase is the word alone), or when another phrase can start on it ("in" is blocked by a phrase that
    opens with "i" or "in", not by "inside"); none at all when some phrase can start anywhere."""
    openings: dict[str, set[str] | None] = {}
    anywhere: list[set[str]] = []  # the openings of the phrases that start otherwise
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        try:
            starts = literal_starts(rest) if re.fullmatch("[a-z]+", first) and opens_with_words(phrase, first + " ") else None
        except re.error:
            starts = None  # ("in [a-z]+"): the rest is no pattern of its own
        if starts is None:
            anywhere.append({start.lower() for start in opening_starts(phrase)})
        elif "" in starts or openings.get(first, set()) is None:
            openings[first] = None
        else:
            openings.setdefault(first, set()).update(start.lower() for start in starts)  # type: ignore[union-attr]
    if any("" in starts for starts in anywhere):
        return {}
    return {
        first: tuple(sorted(following))
        for first, following in openings.items()
        if following is not None and not any(first.startswith(start) for starts in anywhere for start in starts)
    }


# A trigger word right before an auxiliary is a noun, the subject of what follows: "the wage demands were
# unrealistic", "their support is welcome". Verbs (other than modals) are not followed by an auxiliary.
# After a determiner or a preposition, a trigger word is a noun too: "the court must hear the appeal", "abortion
# on demand".
# The patterns below that open with opening_with_first_letters(...) were written "\b(?:...)" (their word-bound forms
# are in the property test of tests/extract/test_positions.py): the engine now skips to their words' first letters.
_DETERMINER_BEFORE = caseless.compile(
    opening_with_first_letters(
        "an? the its his her our their my your whose this these those such some any many several more few no on of for "
        "with without within from into upon".split()
    )
    + r"\s+$",
    re.IGNORECASE,
)
# Adjectives that stand before a plural noun, so that a trigger's "-s" form after one is that noun ("legal challenges",
# "further delays", "repeated calls for"), not a verb in the present.
_MODIFIER_BEFORE = caseless.compile(
    r"\b(?:further|other|new|following|recent|repeated|numerous|various|possible|legal|multiple|mounting|growing|earlier|"
    r"previous|similar|initial|official|formal|major|minor|lengthy|costly|significant|fresh|renewed|widespread)\s+$",
    re.IGNORECASE,
)
# Verbs whose object is a plural noun that is also a trigger's "-s" form: "would not answer questions", "asked a few
# questions", "faces legal challenges", "received thousands of calls". Not "raised questions about the plan", a doubt
# about it.
_PLURAL_OBJECT_BEFORE = caseless.compile(
    r"\b(?:answer(?:s|ed|ing)?|ask(?:s|ed|ing)?|field(?:s|ed|ing)?|pos(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|"
    r"receiv(?:e|es|ed|ing))\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A determiner opening the object after a verb ("delays the vote").
_OBJECT_DETERMINER = caseless.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|these|those)\b", re.IGNORECASE)


def _plural_noun(clause: str, start: int, found: re.Match[str]) -> bool:
    """Whether a trigger's "-s" form ("challenges", "calls for") follows an adjective that makes it a plural noun,
    unless an object follows it (then the adjective was an adverb: "Lee further delays the vote")."""
    word = found.group().split()[0].lower()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if _PLURAL_OBJECT_BEFORE.search(clause, max(start, found.start() - 30), found.start()):
        return True  # "would not answer questions", "raised questions about": the object of another verb
    return (
        _MODIFIER_BEFORE.search(clause, max(start, found.start() - 14), found.start()) is not None
        and (" " in found.group() or not _OBJECT_DETERMINER.match(clause, found.end()))  # "further delays the vote"
    )



# A trigger in a condition states no stance: "until the House votes to approve it, nothing happens", "I can do it
# if I want"; nor does one in a "despite" phrase, a circumstance conceded ("won despite results in favour of Lee").
# Written as two patterns: the opening one ("^") matched only at the text's start, the other opening with its words'
# first letters (opening with the alternation, the one pattern was entered at every character searched).
_CONDITION_OPENING = caseless.compile(r"\W*(?:if|until|unless|once|whether)\b[^,;]*$", re.IGNORECASE)
_CONDITION = caseless.compile(
    opening_with_first_letters(["if", "until", "unless", "whether", "despite"]) + r"\b[^,;]*$", re.IGNORECASE
)


def _conditional(clause: str, start: int, end: int) -> bool:
    """Whether ``clause[start:end]`` ends in a condition or a "despite" phrase (``_CONDITION_OPENING`` at the
    clause's start, which a search from a later ``start`` does not reach, or ``_CONDITION``)."""
    return (start == 0 and _CONDITION_OPENING.match(clause, 0, end) is not None) or _CONDITION.search(clause, start, end) is not None

# A trigger in the passive is the stance of its agent, not of the clause's subject: "the offer was rejected by
# the union".
_NOBODY_IN_PARTICULAR = caseless.compile(
    r"\s+(?:anybody|anyone|anything|nobody|no one|nothing|everybody|everyone|everything|somebody|someone|something)\b"
    r"(?!\s+(?:that|which|who|of|about|on|in|from)\b)",
    re.IGNORECASE,
)
_PASSIVE_AGENT = caseless.compile(r"\s+by\b", re.IGNORECASE)
_NOT_NOUN = r"\b(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|of)\b)"
_VERBAL = _WordStarts(
    rf"\b(?:(?P<demand>{_alternatives(DEMAND_TRIGGERS)}){_NOT_NOUN}"
    rf"|(?P<support>{_alternatives(SUPPORT_TRIGGERS)}){_NOT_NOUN}"
    rf"|(?P<oppose>{_alternatives(OPPOSE_TRIGGERS)}){_NOT_NOUN}|(?P<oblige>{_alternatives(OBLIGATION_TRIGGERS)})\b)",
    DEMAND_TRIGGERS + SUPPORT_TRIGGERS + OPPOSE_TRIGGERS + OBLIGATION_TRIGGERS,
    _next_word_openings(DEMAND_TRIGGERS + SUPPORT_TRIGGERS + OPPOSE_TRIGGERS + OBLIGATION_TRIGGERS),
)
# Adjectives that only strengthen the evaluative noun they precede: "is a big mistake", "was a grave error".
_INTENSIFIER = (
    r"(?:\s+(?:big|huge|grave|serious|terrible|major|real|complete|total|massive|tragic|colossal|costly|clear|"
    r"fundamental|strategic|historic|monumental|catastrophic|horrible|significant|genuine|important))?"
)


def _evaluations(phrases: Sequence[str]) -> str:
    """An alternation of evaluative phrases in which a noun after "a" may take an intensifier ("a big mistake"),
    entered only where the text's letter can start a phrase (``by_first_letter``: the same matches, in the same
    order, without trying each of the phrases at every copula)."""
    return by_first_letter([rf"an?{_INTENSIFIER}\s+{p[2:]}" if p.startswith("a ") else p for p in phrases])


_PREDICATIVE = caseless.compile(
    rf"\b{_COPULA}{_DEGREE}{_ARTICLE}{_DEGREE}\s+"
    rf"(?:(?P<good>{_evaluations(POSITIVE_ADJECTIVES)})|(?P<bad>{_evaluations(NEGATIVE_ADJECTIVES)}))\b",
    re.IGNORECASE,
)


def _word_openings(phrases: Sequence[str]) -> frozenset[str] | None:
    """The literal openings (lower case) of one word of each phrase, its first after an article: every match of a
    phrase holds a word of the text that starts with one of them. None when a phrase's word has none, or when a
    phrase is an alternation of its own."""
    openings: set[str] = set()
    for phrase in phrases:
        words = [word for word in phrase.split(" ") if word not in ("a", "an", "the")]
        try:
            starts = literal_starts(words[0]) if words and "|" not in re.sub(r"\([^()]*\)", "", phrase) else {""}
        except re.error:
            return None
        if "" in starts:
            return None
        openings |= {start.lower() for start in starts}
    return frozenset(openings)


_EVALUATION_OPENINGS = _word_openings(POSITIVE_ADJECTIVES + NEGATIVE_ADJECTIVES)
# The words that open an evaluation's word, remembered: a clause without one has no predicative evaluation.
_OPENS_EVALUATION = WordMemo(
    lambda word: _EVALUATION_OPENINGS is None
    or any(twin in word for twin in _ASCII_CASE_TWINS)
    or word.lower().startswith(tuple(_EVALUATION_OPENINGS))
)


# The words that may be _PREDICATIVE's copula, remembered (exact unless a non-ASCII letter matches an ASCII one: then
# kept, and the pattern decides).
_OPENS_COPULA = WordMemo(lambda word: word.lower() in _COPULA_WORDS or any(twin in word for twin in _ASCII_CASE_TWINS))


def _predicative(clause: str, until: int) -> re.Match[str] | None:
    """``_PREDICATIVE.search(clause, 0, until)``, searched only where a word of ``clause[:until]`` may open one of
    its evaluations (the words of the clause, shared with the other matchers, against remembered openings), and
    tried only at the words that may be its copula instead of at every character."""
    until = min(until, len(clause))
    _, _, tokens, words = _tokenised(clause, 0, until)
    if not _OPENS_EVALUATION.which(words):
        return None
    copulas = _OPENS_COPULA.which(words)
    if not copulas:
        return None
    # A match opens on a copula's word ("is", "seems"), or on the apostrophe before the "s" of "'s": each such
    # word is tried in text order, at the character before it and at its start, so the first match found is the
    # one the search would find.
    token_starts = _token_starts(clause, 0, until)
    for index in compress(range(len(tokens)), map(copulas.__contains__, tokens)):
        at = token_starts[index]
        found = (at and _PREDICATIVE.match(clause, at - 1, until)) or _PREDICATIVE.match(clause, at, until)
        if found:
            return found
    return None


# Finite verbs only: not passive ("farmers hurt by the tariffs", where the subject is who is affected; "the
# old port was destroyed", a fact; "the towns damaged were ...", a participle before the clause's verb) nor an
# infinitive or a coordinated verb ("in an attempt to punish and humiliate").
_EFFECT = _WordStarts(
    rf"(?<!\bto\s)(?<!\band\s)(?<!\bor\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bthan\s)"
    rf"(?<!['’]s\s)"
    rf"\b(?:(?P<good>{_alternatives(GOOD_EFFECTS)})|(?P<bad>{_alternatives(BAD_EFFECTS)}))\b(?!\s+(?:by|is|are|was|were)\b)",
    GOOD_EFFECTS + BAD_EFFECTS,
)
# "We must not forget that ...": an obligation to think or know something is no stance on its content.
_MENTAL_VERB = (
    r"(?:forget|remember|ignore|know|understand|recall|recogni[sz]e|note|reali[sz]e|admit|consider|think|reflect|"
    r"assume|believe|suppose|expect|make\s+(?:any|an|the|such)\s+assumptions?)\b"
)
_MENTAL_OBLIGATION = caseless.compile(rf"(?:\s+not)?\s+{_MENTAL_VERB}", re.IGNORECASE)
# "urged the crowd to consider ...", "asked voters to remember ...": a demand to think something is no stance on it.
_MENTAL_DEMAND = caseless.compile(rf"[^,;]{{0,60}}?\bto\s+{_MENTAL_VERB}", re.IGNORECASE)
# Cues that ask for what they report: "insisted that the budget include X", "asking the council to X".
_DEMAND_CUE = caseless.compile(r"(?:ask|insist|request|plead)(?:s|ed|ing)?$", re.IGNORECASE)
# "insisted (that) she was never pressured": "insist" with a clause in the indicative asserts a claim; only the
# subjunctive or a modal demands ("insisted that the budget include X", "insists the council should vote").
_INSISTING = caseless.compile(r"insist", re.IGNORECASE)
_INDICATIVE_CLAUSE = caseless.compile(
    r"\W*(?:that\s+)?(?:(?!(?:be|should|must|shall|would|will|could|can|may|might|not|to)\b)[\w’'-]+\s+){1,5}?(?:(?:was|were|is|are|had|has|have|did|does)\b|(?-i:[a-z]+ed)\b(?!\s+by\b))",
    re.IGNORECASE,
)
# A demand that something not be done: "asked the council not to approve the levy".
_NEGATED_INFINITIVE = caseless.compile(r"\b(?:not|never)\s+to\b", re.IGNORECASE)
# Verbs of rejecting, shunning or fighting something, which a demand asks others to take up against it: "urged
# voters to reject the levy", "called on members to boycott the vote" oppose the levy and the vote. Unlike an
# undoing ("urged the council to scrap the levy", which supports the scrapping it asks for, as the annotations label
# "asking the government to revoke X"), what such a demand asks for is a stance against its object, not a measure.
_ATTITUDE_VERB = (
    r"(?:oppose|reject|condemn|critici[sz]e|denounce|resist|boycott|deny|refuse|avoid|shun|block|veto|"
    r"vote\s+(?:against|down)|fight(?!\s+(?:for|back|on)\b)|object\s+to|stand\s+(?:up\s+)?against|"
    r"speak\s+out\s+against|stay\s+away\s+from|say\s+no\s+to|turn\s+down|refrain\s+from|"
    # stopping an activity under way, which the annotations code as opposing it ("called on Borovia to halt its
    # drilling", "urged them to stop the evictions"), unlike an undoing of a measure ("to end the curfew")
    r"halt|stop|cease)\b"
)
# The first infinitive of a demand's content is such a verb ("[the council] to reject ...", "[everyone] not to
# boycott"), or the content is its noun ("called for [a boycott of the vote]").
_DEMANDED_ATTITUDE = caseless.compile(
    rf"\W*(?:(?:(?!to\b)[\w’'.,-]+\s+){{0,8}}?to\s+(?:(?:not|never|\w+ly)\s+)?{_ATTITUDE_VERB}"
    r"|(?:an?|the)\s+(?:\w+\s+)?(?:boycott|rejection|condemnation)\s+of\b)",
    re.IGNORECASE,
)


def _demanded(clause: str, asking: bool) -> tuple[Stance, Modality]:
    """The stance of a demand with ``clause`` as its content: support for what it asks, opposition to what it asks
    others to reject ("urged voters to reject the tax"), support for what it asks them not to reject. What it asks
    not be done its content's own negated trigger judges ("urged the council not to approve the tax" opposes it, "not
    to scrap the tax" supports it); without one, a cue of ``asking`` opposes it ("asked the council not to raise the
    tax"), another keeps its support ("urged states not to reschedule the elections" wants them held)."""
    refused = _NEGATED_INFINITIVE.search(clause) is not None
    if _DEMANDED_ATTITUDE.match(clause):
        return ("support", "negated") if refused else ("oppose", "demanded")
    if not refused:
        return "support", "demanded"
    own = stancetaking(clause)
    if own and own.modality == "negated":
        return own.stance, "negated"
    return ("oppose", "negated") if asking else ("support", "demanded")


_PERSONAL_SUBJECT = caseless.compile(r"^\W*(?:I|we|you|he|she)\b", re.IGNORECASE)
_EXTRAPOSED_SUBJECT = caseless.compile(r"^\W*(?:it|this|that|what)\W*$", re.IGNORECASE)


def _phrase_expression(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split(" "))


# Evaluative words anywhere in a speaker's words ("a sham", "grossly unlawful", "understandable"): the
# stance of a quote that has no trigger. A negation up to three words before reverses a word ("not fair"). The phrases
# are entered by their first letter (``by_first_letter``): at "it" or "not" the engine tried all 367 in turn.
_EVALUATIVE_SIGNS = evaluative_phrases()
_EVALUATIVE = _WordStarts(
    rf"\b(?:{by_first_letter([_phrase_expression(p) for p in sorted(_EVALUATIVE_SIGNS, key=len, reverse=True)])})(?!\w)",
    [re.escape(_TOKEN.match(phrase).group()) for phrase in _EVALUATIVE_SIGNS],  # type: ignore[union-attr]
    _next_word_openings([" ".join(map(re.escape, phrase.split(" "))) for phrase in _EVALUATIVE_SIGNS]),
)
_NEGATED_BEFORE = caseless.compile(r"(?:\b(?:not|no|never|nothing|cannot|hardly)\b|n['’]t\b)(?:\W+\w+){0,2}\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class Stancetaking:
    """The stance a clause takes and where its target (the issue) is to be found.

    ``subject_only``: the target is the subject that an evaluation is about ("X was unrealistic"), so no
    issue is to be taken from elsewhere in the clause.
    """

    stance: Stance
    modality: Modality
    target_start: int
    target_end: int
    subject_only: bool = False


@dataclass(frozen=True)
class Candidate:
    """One clause's position before duplicates are collapsed."""

    actor: Actor
    issue: Issue
    stance: Stance
    modality: Modality
    start: int
    end: int
    quote: Quote | None
    confidence: float
    named_issue: bool = True
    described: bool = False  # stated about the actor (a passive's agent, a stance noun), not by it
    interview: bool = False  # in an interview's answers, all one statement
    listed: bool = False  # one item of a listed set of demands, a position of its own in its sentence


def _negated(text: str) -> bool:
    return len(_NEGATION.findall(text)) % 2 == 1


def _modality(clause: str, trigger: str, negated: bool) -> Modality:
    if negated:
        return "negated"
    if trigger == "demand":
        return "demanded"
    if trigger == "oblige":
        return "obligation"
    if _HEDGE.search(clause):
        return "hedged"
    if _INTENT.search(clause):
        return "intended"
    return "asserted"


def _target_end(clause: str, start: int, end: int | None = None) -> int:
    """Where a target starting at ``start`` ends: before a subordinate clause or a reporter's participle."""
    end = len(clause) if end is None else end
    cut = _TARGET_END.search(clause, start, end)
    return cut.start() if cut else end


# The group a relative clause describes, which the clause's subject is among: "was among those who voted against the
# bill", "is among the senators who backed it" (the relative clause's stance is the subject's).
_AMONG_GROUP = r"among\s++(?:those|the\s++(?:[\w-]++\s++){0,3}?[\w-]*+(?<=s))\s++"
_AMONG_BEFORE = caseless.compile(rf"\b{_AMONG_GROUP}$", re.IGNORECASE)


def _verbal(clause: str, start: int = 0) -> re.Match[str] | None:
    """The first verbal trigger from ``start`` that is neither a noun after a determiner nor a passive; none when it
    is an act told as background ("had ordered his staff to delay X": nor is what it ordered a stance)."""
    for found in _VERBAL.finditer(clause, start):
        relative = _RELATIVE_SUBJECT.search(clause, max(start, found.start() - 40), found.start())
        if relative and not _AMONG_BEFORE.search(clause, max(start, relative.start() - 50), relative.start()):
            continue  # "acts that advocate independence will not be tolerated": the verb of a relative clause
        if _plural_noun(clause, start, found):
            continue  # "legal challenges", "no further signs", "following delays": a noun, no verb of the clause
        if not _DETERMINER_BEFORE.search(clause, max(start, found.start() - 9), found.start()) and not (
            _PASSIVE_AGENT.match(clause, found.end())
            or _conditional(clause, start, found.start())
            or _factual_passive(clause, start, found)
            or _reduced_passive(clause, start, found)
        ):
            return None if _background_act(clause, start, found) else found
    return None


# A passive's auxiliary right before a participle ("roads have been blocked", "the debate was cancelled"), and a
# duty or demand before it that makes the passive what the speaker wants done ("the tax should be scrapped").
# A passive's auxiliary, maybe with a participle coordinated before the trigger ("was arrested and later banned"), or
# with "found" or "left" before a participle that tells a state ("the truck was found abandoned").
_PASSIVE_AUXILIARY = caseless.compile(
    opening_with_first_letters([*BE_INFLECTED_FORMS, "['’]s"])
    + rf"\s+(?:\w+ly\s+)?(?:(?:found|left)\s+)?(?:\w+(?:ed|en|wn)\s+(?:and|or)\s+(?:(?:\w+ly|later|then|also)\s+)?)?$",
    re.IGNORECASE,
)
_WANTED_BEFORE = caseless.compile(rf"\b(?:{_alternatives(OBLIGATION_TRIGGERS)}|to)\b", re.IGNORECASE)
# Participles that are adjectives of stance after "be": "we are opposed to", "they remain committed to"; and "keen",
# an adjective that only ends like a participle ("we are keen for a vote").
_STANCE_PARTICIPLE = caseless.compile(r"(?:opposed|committed|devoted|dedicated|keen)\b", re.IGNORECASE)


def _factual_passive(clause: str, start: int, found: re.Match[str]) -> bool:
    """Whether a trigger is the participle of a passive that reports what was done ("the debate has been cancelled",
    "roads were blocked"): a fact the speaker states, no stance of theirs, unless a duty asks for it ("must be
    scrapped") or it is a participle of stance ("are opposed to")."""
    if not _PASSIVE_AUXILIARY.search(clause, max(start, found.start() - 48), found.start()):
        return False
    if _STANCE_PARTICIPLE.match(clause, found.start()) or not found.group().split()[0].lower().endswith(("ed", "en", "wn")):
        return False
    wanted = None
    for wanted in _WANTED_BEFORE.finditer(clause, max(start, found.start() - 40), found.start()):
        pass  # the last word of wanting before the participle
    if wanted is None:
        return True
    # "led to the kind of isolation that has been imposed": a relative clause after a bare "to" is no infinitive of
    # what is wanted, but a fact told of its antecedent
    return wanted.group().lower() == "to" and _RELATIVE_PRONOUN.search(clause, wanted.end(), found.start()) is not None


# A participle of enacting set off by a comma and followed by no object ("two articles, passed against the mayor
# in May, ..."; "the treaty, signed in 2019, ..."): a reduced passive relative, the measure's history.
_AFTER_COMMA = re.compile(r",\s*$")
_NO_OBJECT_AFTER = caseless.compile(r"\s+(?:against|in|at|during|under|last|earlier|without|through)\b", re.IGNORECASE)


def _reduced_passive(clause: str, start: int, found: re.Match[str]) -> bool:
    """Whether a trigger is an enacting participle in a reduced passive relative, set off by a comma."""
    return (
        found.group().lower().endswith("ed")
        and _ENACTING.match(found.group()) is not None
        and not found.group().lower().startswith("declar")
        and _AFTER_COMMA.search(clause, max(start, found.start() - 3), found.start()) is not None
        and _NO_OBJECT_AFTER.match(clause, found.end()) is not None
    )


# Acts that enact or order a measure (not verbs that state a stance, such as "opposed" or "agreed to"), and the
# pluperfect's "had" before one.
_ENACTING = caseless.compile(
    r"(?:sign|ratif|adopt|enact|pass|declar|(?:co-?)?sponsor|draft|introduc|order|(?:re)?impos|implement|issu|launch|institut|initiat)", re.IGNORECASE
)
_PLUPERFECT = caseless.compile(r"\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _background_act(clause: str, start: int, found: re.Match[str]) -> bool:
    """Whether a trigger is an act of enacting in the pluperfect ("Arland and Borovia had signed a deal", "he had
    ordered troops to ..."): background to the news, told to explain it, not a position taken in it. A stance
    reported as past stays one ("had previously opposed", "had agreed to support")."""
    return _ENACTING.match(found.group()) is not None and _PLUPERFECT.search(clause, max(start, found.start() - 24), found.start()) is not None


# What may stand between a trigger and a verb it governs: adverbs ("should now be scrapped"), "not", a passive's "be"
# ("must not be scrapped"), or anything ending in an infinitive's "to", maybe a passive's ("wants the levy to be
# scrapped" opposes the levy, as "wants to scrap the levy" does).
_CHAIN_ADVERBS = r"\w+ly|not|never|now|also|still|just|soon|then|therefore|thus|either|all|too"
_VERB_CHAIN = re.compile(rf"(?:\s+(?:{_CHAIN_ADVERBS}|be|been))*\s+|.*\bto\s+(?:be\s+)?", re.DOTALL)


# Undoing participles that are no trigger of their own (the active "withdrew", "ended", "dropped" mostly tell what
# happened: "the talks ended", "troops withdrew"), as the passive a duty asks for: "the tariffs should be withdrawn",
# "the curfew must now be ended", "the charges need to be dropped" oppose the tariffs, the curfew, the charges.
_DUTY_PASSIVE_UNDOING = caseless.compile(
    rf"(?:\s+(?:{_CHAIN_ADVERBS}))*\s+be\s+(?:\w+ly\s+)?"
    r"(?P<oppose>withdrawn|ended|dropped|terminated|discontinued|halted|stopped)\b",
    re.IGNORECASE,
)


# A statement or resolution adopted, signed or issued, whose participle states its stance: "passed a resolution
# condemning the invasion", "signed a joint statement denouncing the strikes" oppose what they condemn (unlike a
# measure's: "signed a decree banning X" supports the ban).
_STATEMENT_ADOPTED = caseless.compile(
    r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:resolution|motion|statement|declaration)s?\s+", re.IGNORECASE
)


def _embedded_opposition(clause: str, after: int) -> re.Match[str] | None:
    """An opposing verb right after a trigger or as its infinitive, at most four words on: "must scrap X", "called
    on Y to reject X"; not the object's modifier ("signed a decree banning X" supports the ban)."""
    following = _verbal(clause, after)
    if following and following.lastgroup == "oppose" and len(clause[after : following.start()].split()) <= 4:
        if _VERB_CHAIN.fullmatch(clause, after, following.start()) or _STATEMENT_ADOPTED.fullmatch(clause, after, following.start()):
            return following
    return None


# A promise or a plan of one's own to act on a measure: "the government will fully withdraw the bill", "he would continue
# the late sultan's policies", "we are going to expand the port", "Norvia will not comply with the order". The subject
# opens the clause (a personal pronoun, the government or a capitalised name, not "it", "this", "there" or a thing:
# "the prices will continue to rise"), and the verb is one of acting on a measure that is no trigger of its own (a trigger's own exceptions
# stand: "will not seek the leadership" is a career move).
_PROMISE_VERBS = (
    "withdraw", "build", "provide", "create", "end", "reform", "fund", "invest",
    # what goes on by itself is no act: "prices will continue to rise", "the case would continue to be heard"
    r"continue(?!\s+to\s+(?:rise|fall|grow|increase|decrease|decline|drop|climb|be|go|get|happen|improve|worsen|spread)\b)",
    "launch", "enforce", "expand", "establish", "legalise", "legalize", "deploy", "prosecute", "punish",
    "comply", "cooperate", "ensure", "maintain", "strengthen", "tackle", "stop", "halt", "fix", "allow", "require",
    "remove", "deliver", "investigate",
)
_PROMISED = caseless.compile(
    r"\W*(?:that\s+)?(?:I|we|they|he|she|(?:the|this|our|my)\s+government|the\s+administration|"
    r"(?!(?:it|this|that|there|these|those|what|which|who|here|nothing|everything|something|nobody|everyone|anyone|"
    r"someone|each|all|some|many|most|both|such)\b)(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"(?:\s+(?:will|would|shall)|['’]ll|\s+(?:am|is|are)\s+going\s+to|['’](?:re|m)\s+going\s+to|\s+plans?\s+(?:to|on)|"
    r"\s+(?:intends?|aims?)\s+to)\s+(?:(?:also|now|fully|soon|then|still|\w+ly)\s+)*(?:(?P<negation>not|never)\s+)?"
    rf"(?:{'|'.join(_PROMISE_VERBS)})\b",
    re.IGNORECASE,
)


def _promise(clause: str) -> Stancetaking | None:
    """The stance of a clause that promises or plans an act on a measure (``_PROMISED``), else None: support for it,
    opposition where the act is promised not to be done."""
    promised = _PROMISED.match(clause)
    if promised is None:
        return None
    negated = promised.group("negation") is not None
    target = (promised.end(), _target_end(clause, promised.end()))
    return Stancetaking("oppose" if negated else "support", "negated" if negated else "intended", *target)


_RELATIVE_PRONOUN = caseless.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)
# A relative pronoun that is the subject of the verb right after it (auxiliaries and adverbs between).
_RELATIVE_SUBJECT = caseless.compile(
    rf"(?P<pronoun>{opening_with_first_letters(('that', 'which', 'who'))})(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|also|not|never|\w+ly))*\s*$",
    re.IGNORECASE,
)


# An embedded question ("to see if ...", "asked whether ..."): what it asks about is not asserted. A condition ("warned
# of walkouts if the government did not improve its offer") may still carry a stance.
_OPEN_QUESTION = caseless.compile(
    r"\b(?:whether|(?:see|know|ask|asks|asked|check|checking|determine|decide|assess|wonder|find\s+out|learn)\s+if)\b[^,;]*$",
    re.IGNORECASE,
)


def _evaluation(clause: str, found: re.Match[str], verb: bool) -> Stancetaking | None:
    """The stance of "X was unrealistic", "it is crucial that X", "X hurts farmers" (``verb``: an effect)."""
    positive = found.group("good") is not None
    subject = clause[: found.start()]
    # An effect in a relative clause ("in a way that has damaged trust") is negated only within it, not by a
    # negation of the clause it hangs on ("cannot change the fact that ..."); "not true that the tax hurts" is.
    relative = _RELATIVE_SUBJECT.search(subject) if verb else None
    negated = _negated(clause[relative.start("pronoun") if relative else 0 : found.end()])
    if _OPEN_QUESTION.search(clause, 0, found.start()):
        return None  # "to see if there are lessons that could help", "whether the tax hurts farmers": asked, not judged
    if verb and (not subject.strip() or _PERSONAL_SUBJECT.match(subject)):
        return None  # "Protected areas ...": a participle; "I never threaten anybody": an act, not an evaluation
    if verb and _EXISTENTIAL.match(subject) and not _RELATIVE_PRONOUN.search(subject):
        return None  # "there is severe flooding damage to homes": the effect's word is a noun, what there is
    if not verb and (_EXTRAPOSED_SUBJECT.match(subject) or not subject.strip()):
        target = (found.end(), _target_end(clause, found.end()))  # "It is crucial that X": the target follows.
        flip = _embedded_opposition(clause, found.end()) if positive else None
        if flip:
            target = (flip.end(), _target_end(clause, flip.end()))
            positive, negated = False, _negated(clause[: flip.start()])
        if _ANAPHOR.match(subject) and not clause[found.end() :].strip(" .,"):
            target = (0, len(clause))
        subject_only = False
    else:
        target = (0, _target_end(clause, 0, found.start()))  # "X was unrealistic": the target is the subject.
        subject_only = not _PRONOUN_SUBJECT.match(subject)
    adjective = (found.group("good") or "").lower()
    stance: Stance = "support" if positive != negated else "oppose"
    modality: Modality = "negated" if negated else ("obligation" if adjective in _DEONTIC_ADJECTIVES else "asserted")
    return Stancetaking(stance, modality, *target, subject_only=subject_only)


# "not ... until" a time: the act came later ("did not sign it until March", "not until 2019").
_UNTIL_TIME = re.compile(
    r"\buntil\s+(?:(?:early|mid|late|the\s+(?:next|following))[-\s]+)?(?:" + MONTH + r"|" + WEEKDAY + r"|"
    r"\d{4}\b|later\b|"
    r"(?:last|this|next)\s+(?:week|month|year)\b|(?:weeks|months|years|days)\s+later\b)"
)


# An office as what is sought ("seek re-election", "sought no third term", "seek the party's leadership", "sought the
# Harbour Party's 2016 presidential nomination").
_OFFICE_SOUGHT = caseless.compile(
    r"\s+(?:(?:an?|the|no|his|her|their|its|another|a\s+second|[\w-]+['’]s)\s+)*(?:[\w'’-]+\s+){0,4}?"
    r"(?:terms?|office|leadership|nominations?|re-?election|presidency|candidacy|seats?|post|mandate)\b",
    re.IGNORECASE,
)


_SEEKING_OFFICE = caseless.compile(rf"\b(?:seek|seeks|seeking|sought)(?:{_OFFICE_SOUGHT.pattern})", re.IGNORECASE)
# A contest's outcome as what is declared: "declared victory", "declared himself the winner", "declared a win for Lee".
_VICTORY = caseless.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:victory|win|winners?)\b", re.IGNORECASE)
# What a disease's spread is declared to be: "the outbreak, which causes the disease, to be a pandemic".
_SPREAD_NAMED = caseless.compile(r"[^;.]{0,80}?\b(?:to\s+be\s+)?an?\s+(?:global\s+)?(?:pandemic|epidemic)\b", re.IGNORECASE)
# What an authority declares its object to be when it outlaws it ("declared the strike illegal", "declared the law
# unconstitutional", "declared the group a terrorist organisation"), and war declared on something.
_OUTLAWED = caseless.compile(
    r"\s+war\s+(?:on|against)\b|[^,;.]{0,60}?\s+(?:as\s+|to\s+be\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:crime|criminal\s+offen[cs]e|offen[cs]e|illegal|"
    r"unlawful|unconstitutional|invalid|null\s+and\s+void|terrorist\s+(?:group|organi[sz]ation|entity))\b",
    re.IGNORECASE,
)
# Rites of mourning that an authority orders or declares: no measure on an issue.
_CEREMONY = caseless.compile(
    r"[^.;]{0,50}?\b(?:mourning|half[-\s]+(?:staff|mast)|(?:minute|moment)s?\s+of\s+silence)\b", re.IGNORECASE
)
# The personal subject pronouns (no "it") of one who announces leaving ("he would stand down").
_SUBJECT_PRONOUN = r"(?:he|she|they|I|we)"
# News that an announcement reports and that takes no stance on an issue: a death ("announced his death", "I announce
# with sadness the passing of ...") and the announcer's own leaving or entering a race ("announced the end of his
# campaign", "announced he would stand down", "his resignation"), a career move like seeking an office. A campaign or
# bid for or against something ("their campaign against the tax"), the death penalty and a resignation threatened
# on a condition or in protest stay stances.
_ANNOUNCED_NEWS = caseless.compile(
    r"\W*(?:that\s+)?(?:with\s+(?:[\w-]+\s+){0,2}?(?:sadness|sorrow|regret|grief|hearts?)\s+(?:that\s+)?)?(?:"
    r"(?:(?:the|his|her|their|its|our|my|a|an|sudden|untimely|tragic|cause\s+of|official)\s+){0,3}(?:death|deaths|passing|demise)\b(?!\s+(?:penalty|penalties|sentences?|row)\b)"
    r"|(?:the\s+(?:end|suspension)\s+of\s+)?(?:his|her|their|my|our|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:resignation|retirement|campaign|candidacy|bid)\b(?!\s+(?:for|against|to)\b)"
    rf"|{_SUBJECT_PRONOUN}\s+(?:(?:would|will|was|were|is|are|had|has|have|shall|not|never|be|going\s+to|also|soon|\w+ly)\s+)*"
    r"(?:(?:stand|step|standing|stepping|stood|stepped)\s+down|resign|resigning|resigned|retire|retiring|retired|quit|quitting)\b"
    r"|[^.;:]{0,120}?\b(?:(?:had|has|have)\s+)?(?:died|passed\s+away|(?:been|was|were)\s+killed|tested\s+positive)\b)"
    r"(?![^.;]*\b(?:if|unless|protest)\b)",  # "would resign if the council passed it": a threat, a stance
    re.IGNORECASE,
)


def stancetaking(clause: str) -> Stancetaking | None:
    """The stance of one clause, from its first trigger and the negations before it; None without a trigger.

    An opposing verb right after a supporting trigger reverses it ("we must scrap the pipeline"); "stop" and "halt" are
    no such verbs, since what is stopped is as often a harm ("we must stop the spread") as an issue.
    """
    no_without = _NO_WITHOUT.search(clause) if _may_contain(clause, ("without",)) else None
    if no_without:
        return Stancetaking("support", "obligation", no_without.end(), _target_end(clause, no_without.end()))
    verbal = _verbal(clause)
    # Only an evaluation that starts before the verbal trigger comes first (it may overlap it: "is welcome").
    until = min(verbal.end() + 20, len(clause)) if verbal else len(clause)  # (the window the matchers share, in the text)
    evaluations = [
        (found.start(), verb, found)
        for verb, found in ((False, _predicative(clause, until)), (True, _EFFECT.search(clause, 0, until)))
        if found and (not verbal or found.start() < verbal.start())
    ]
    for _, verb, found in sorted(evaluations, key=lambda e: e[0]):
        take = _evaluation(clause, found, verb)
        if take:
            return take
    if not verbal:
        return _promise(clause)
    kind = verbal.lastgroup or "support"
    if (kind == "oblige" and _MENTAL_OBLIGATION.match(clause, verbal.end())) or (
        kind == "demand" and _MENTAL_DEMAND.match(clause, verbal.end())
    ):
        return None
    # A demand supports what it asks for, an undoing too ("urged the council to scrap the levy" supports
    # scrapping it); elsewhere an opposing verb after the trigger is the stance ("we must scrap the levy").
    final = (
        (_embedded_opposition(clause, verbal.end()) if kind not in ("oppose", "demand") else None)
        or (_DUTY_PASSIVE_UNDOING.match(clause, verbal.end()) if kind == "oblige" else None)
        or verbal
    )
    negation_end = final.start()
    if kind == "oblige":  # "mustn't", "should not": the negation right after the modal counts
        modal_not = _MODAL_NOT.match(clause, verbal.end())
        negation_end = max(negation_end, modal_not.end() if modal_not else verbal.end())
    # A negation outside the relative clause the trigger is in does not reach it: "that doesn't change what the law
    # demands", "will not sign a deal which rejects the tariff"; but it does when the relative is what the subject is
    # said to be or not ("this is not what we wanted").
    opening = 0
    for relative in _WH_RELATIVE.finditer(clause, 0, final.start()):
        if not _COPULA_BEFORE.search(clause, max(0, relative.start() - 16), relative.start()):
            opening = relative.end()
    negated = _negated(clause[opening:negation_end])
    if (
        kind == "oblige"
        and negated
        and _EXPERIENCER_SUBJECT.match(clause, 0, verbal.start())
        and not _NOT_PERMITTED.match(clause, verbal.end())
    ):
        negated = False  # "nobody should have to live in poverty": a hardship people should be spared wants a remedy
    if kind == "demand" and _NEGATED_INFINITIVE.search(clause, verbal.end(), verbal.end() + 60):
        negated = not negated  # "urged the council not to approve the levy"
    if negated and _UNTIL_TIME.search(clause, final.end()):
        return None  # "did not endorse her until July": when the act came, not a refusal of it
    if negated and clause[max(0, final.start() - 13) : final.start()].rstrip().lower().endswith("immediately"):
        return None  # "did not immediately endorse anyone", "has not immediately announced whom it backs": not yet done
    if final.group().lower().startswith(("seek", "sought")) and _OFFICE_SOUGHT.match(clause, final.end()):
        return None  # "will not seek re-election", "sought no third term": a career move, no stance on an issue
    if final.group().lower().startswith("agre") and _INTERVIEW.match(clause, final.end()):
        return None  # "agreed to answer some questions", "agreed to an interview": a courtesy, no stance on an issue
    if final.group().lower().startswith("den") and _CHARGE_DENIED.match(clause, final.end()):
        return None  # "denied the charges", "denies any allegation of wrongdoing": a claim about what happened, no issue
    if final.group().lower().startswith("pass") and _ordeal(clause, final.end()):
        return None  # "passed the bar exam", "passed a safety inspection": an ordeal passed, no measure enacted
    if _ENACTING.match(final.group()) and _CEREMONY.match(clause, final.end()):
        return None  # "ordered three days of mourning", "ordered flags lowered to half-staff": a rite, no issue
    if final.group().lower().startswith("announc") and (
        _ANNOUNCED_NEWS.match(clause, final.end()) or _MEETING.match(clause, final.end())
    ):
        return None  # "announced his death", "announced the end of his campaign", "... it would meet": news, no stance
    if final.group().lower().startswith(("cancel", "postpon", "suspend", "delay")) and (
        _OWN_ENGAGEMENT.match(clause, final.end()) or _EVENT_CALLED_OFF.match(clause, final.end())
    ):
        return None  # "cancelled his entire schedule", "postponed the debate": a diary or an event, no issue
    if _CANDIDACY.match(clause, final.end()):
        return None  # "decided to run for mayor", "suspended their campaigns": a career move, no stance on an issue
    if final.group().lower().endswith("against") and _AGAINST_ATTITUDE.match(clause, final.end()):
        return None  # "warned against complacency", "warns against drawing conclusions": advice, no stance on an issue
    if kind == "support" and _DELIBERATION.match(clause, final.end()):
        return None  # "I intend to give that some serious thought", "agreed to consider the offer": not yet a stance
    if final.group().lower().startswith("announc") and _ANNOUNCED_OUTCOME.match(clause, final.end()):
        return None  # "announced the winners", "announced the decision that night": an outcome named, no stance
    if _NOBODY_IN_PARTICULAR.match(clause, final.end()):
        return None  # "I never threaten anybody": an act towards no one in particular is no stance on an issue
    if _QUESTIONING.match(final.group()) and (_questioned_person(clause, final.end()) or _WHETHER.match(clause, final.end())):
        return None  # "police questioned the car's owner", "questioned whether the visit was ...": a doubt about a fact
    if final.lastgroup == "oppose" and _object_head(clause, final.end()) in _ACCOUNTS:
        return None  # "denied the story", "dismissed the reports": an account disputed, a claim about facts
    if final.group().lower().endswith("support") and _aid_given(clause, final):
        return None  # "provide support to the students": aid to people, no stance on an issue
    if _PRAISING.match(final.group()) and _praised_person(clause, final.end()):
        return None  # "praised Ann Lee on Twitter", "hailed him as a hero": a tribute to a person, no issue
    if final.group().lower().startswith("declar") and _VICTORY.match(clause, final.end()):
        return None  # "declared victory for Lee", "declared himself the winner": a claim about a contest, no issue
    if final.group().lower().startswith("declar") and _SPREAD_NAMED.match(clause, final.end()):
        return None  # "declared COVID-19 a pandemic", "what the WHO declared a pandemic": a disease's spread named, no issue
    if final.group().lower().startswith(_BANNING) and _RULE_SUBJECT.search(clause, max(0, final.start() - 40), final.start()):
        return None  # "its constitution prohibits any political activity", "the law bans X": a rule in force, no one's act
    positive = final.lastgroup != "oppose"
    if kind == "demand" and _DEMANDED_ATTITUDE.match(clause, verbal.end()):
        positive = False  # "urged voters to reject the levy": a stance against the levy asked of others
    if positive and final.group().lower().startswith("declar") and _OUTLAWED.match(clause, final.end()):
        positive = False  # "declared the strike illegal", "declared X a capital crime", "declared illegal the strike": a ban
    target = (final.end(), _target_end(clause, final.end()))
    lacking = _NEGATED_RELATIVE.search(clause, *target)
    if lacking:  # "will not approve a budget that does not fund the wall" supports funding it
        positive, target = not positive, (lacking.end(), target[1])
    stance: Stance = "support" if positive != negated else "oppose"
    return Stancetaking(stance, _modality(clause, kind, negated), *target)


# A free relative or a relative pronoun, which opens a clause of its own.
_WH_RELATIVE = caseless.compile(opening_with_first_letters(("what", "which", "who", "whom")) + r"\b", re.IGNORECASE)
_COPULA_BEFORE = caseless.compile(rf"(?:\b{BE}|['’]s)(?:\s+not|n['’]t)?\s+$", re.IGNORECASE)
# People at large as the subject of a duty: what "nobody", "no family" or "patients" should not have to do is a
# hardship they undergo, not an act the speaker opposes.
_EXPERIENCER_SUBJECT = caseless.compile(
    r"\W*(?:(?:but|and|so)\s+)?(?:nobody|no\s+one|no-one|no\s+(?:family|child|worker|patient|person|citizen|parent)|"
    r"(?:families|children|patients|workers|people|citizens|parents|pensioners|students))\b",
    re.IGNORECASE,
)
# A duty not to let someone do something: "should not be allowed to", a prohibition rather than a hardship.
_NOT_PERMITTED = caseless.compile(r"(?:n['’]t|\s+not)\s+be\s+(?:allowed|permitted)\b", re.IGNORECASE)
_QUESTIONING = caseless.compile(r"question", re.IGNORECASE)
# A verb's object noun phrase, up to a preposition, a clause or punctuation: its last word is its head.
_OBJECT_PHRASE = caseless.compile(
    r"\s*([^,.;:]*?)(?=\s+(?:on|in|at|about|over|for|after|before|to|from|with|during|as|and|but|who|which|that|if)\b|[,.;:]|$)",
    re.IGNORECASE,
)


# What a denial rejects when it answers an accusation: "denied the charges", "denies any allegation of wrongdoing",
# "denied the reports", "denied the claims that he knew". Whether something happened is no stance on an issue (as the
# accusation itself is none); "denied them entry", "denied funding for the wall" stay stances.
_CHARGE_NOUNS = r"(?:charges?|allegations?|accusations?|claims?|reports?|rumou?rs?|wrongdoing|guilt|involvement|responsibility)"
_CHARGE_DENIED = caseless.compile(
    rf"\s+(?:(?:the|any|all|these|those|this|that|such|an?|his|her|their|its|both|every|each)\s+)?(?:[\w-]+\s+){{0,2}}?{_CHARGE_NOUNS}\b",
    re.IGNORECASE,
)
# A charge or an allegation as the subject of a passive denial: "The charge was denied by his lawyer".
_CHARGE_SUBJECT = caseless.compile(rf"\b{_CHARGE_NOUNS}\s+(?:\w+\s+){{0,4}}?$", re.IGNORECASE)


# Talking to someone, which one agrees to as a courtesy: "agreed to answer some questions", "agreed to an interview",
# "agreed to speak to reporters", "agreed to meet the families".
_INTERVIEW = caseless.compile(
    r"\s+(?:(?:answer|field|take)\s+(?:\w+\s+){0,2}?questions|(?:an?|the)\s+(?:\w+\s+)?interview|be\s+interviewed|"
    r"(?:give|do|grant)\s+an?\s+(?:\w+\s+)?interview|(?:speak|talk)\s+(?:to|with)\b|meet\s+(?:with\s+)?"
    r"(?:him|her|them|us|me|reporters|journalists|the\s+(?:press|families|protesters|students))\b)",
    re.IGNORECASE,
)
# A meeting announced: "announced it would meet on Monday", "said the board will hold a session next week". When and
# where a body meets is news, no stance on an issue.
# One's own engagement, as what one cancels or puts off: "his entire Thursday schedule", "its planned hearing",
# "their visit to the capital".
_OWN_ENGAGEMENT = caseless.compile(
    r"\s+(?:his|her|its|their|our|my)\s+(?:[\w-]+\s+){0,3}?(?:schedule|hearings?|meetings?|visits?|trips?|tour|"
    r"appearances?|events?|concerts?|shows?|engagements?|speech|rally|rallies|press\s+conference|flights?|"
    r"holidays?|vacation)\b(?![’'-])",
    re.IGNORECASE,
)
# A race entered or left: "decided to run for mayor", "to drop out of the race", "suspended their campaigns", "named
# Ann Lee as his running mate", and one's pick of a running mate or a nominee announced ("announced her selection of a
# running mate", "will announce his choice in June"): a candidate's own pick for the ticket is a career move,
# no stance on an issue (an appointment to a public office is one: "appoint" above).
# Whether one stands for an office is a career move, no stance on an issue; a campaign or bid for or against something
# ("their campaign against the levy") stays a stance.
_CANDIDACY = caseless.compile(
    r"\s*(?:to\s+)?(?:run\s+(?:for|in|again|as)\b|(?:drop|pull|bow)(?:s|ped|ed|ing)?\s+out\b|"
    r"(?:enter|join|quit|leave|left|exit)\w*\s+the\s+(?:[\w-]+\s+){0,2}?(?:race|primar(?:y|ies)|contest)\b|"
    r"(?:his|her|their|its|our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:campaigns?|candidac(?:y|ies)|bids?)\b(?!\s+(?:for|against|to)\b)|"
    r"[^.;,]{0,60}?\bas\s+(?:his|her|their)\s+(?:[\w-]+\s+)?running\s+mate\b|"
    r"(?:his|her|their|its|our|my)\s+(?:own\s+|final\s+|first\s+)?(?:choice|selection|pick)(?:\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:running\s+mate|vice[-\s]president(?:ial\s+(?:candidate|nominee))?|nominee|candidate)\b|\s+(?=(?:for|around|on|in|by)\b)|(?=[,.;]|$)))",
    re.IGNORECASE,
)
# A deliberation, which wanting, intending or agreeing to do takes no side yet: "I intend to give that some serious
# thought", "agreed to consider the proposal", "wants to think about it". Refusing to consider something stays a stance.
_DELIBERATION = caseless.compile(
    r"\s+(?:to\s+)?(?:give\s+(?:it|this|that|them|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:thought|consideration)|"
    r"consider\b|think\s+(?:about|over|it\s+over)\b|reflect\s+on\b|ponder\b|mull\b)",
    re.IGNORECASE,
)
# An outcome announced: "announced the winners of the prize", "announced the decision that night". Naming who won or
# that a decision was taken is news; "the decision to close the mine" says what was decided and stays a stance. So is
# an event or a choice made known ("announced the arrest of two men", "announced the schedule", "announced its
# selection of Ann Lee as person of the year", "announced his choice of running mate").
_ANNOUNCED_OUTCOME = caseless.compile(
    r"\s*(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:winners?|results?|decision|verdict|outcome|nominees?|"
    r"shortlist|line-?up|arrests?|schedules?|timetables?|selections?|choices?)\b(?!\s+(?:to|that(?!\s+(?:night|day|morning|afternoon|evening|week|month|year)\b)|"
    r"of\s+(?:the\s+)?(?:vote|referendum|review|inquiry|investigation))\b)",
    re.IGNORECASE,
)
# An event as what is called off or put off: "cancelled the debate", "delayed a rally", "postponed the final".
_EVENT_CALLED_OFF = caseless.compile(
    r"\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:debates?|conventions?|rall(?:y|ies)|"
    r"matche?s?|games?|concerts?|festivals?|ceremon(?:y|ies)|races?|tournaments?|parades?|flights?|shows?|"
    r"performances?|tours?|screenings?|premieres?|final)\b(?![’'-])",
    re.IGNORECASE,
)
_MEETING = caseless.compile(
    r"\W*(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:would|will|is\s+to|was\s+to|is\s+going\s+to)\s+(?:meet|convene|reconvene|"
    r"hold\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|press\s+conference))\b(?!\s+(?:to|and)\b)",
    re.IGNORECASE,
)
# What one passes as an ordeal, not a measure one enacts.
_ORDEALS = frozenset(
    "exam exams examination examinations test tests milestone milestones threshold thresholds hurdle hurdles inspection "
    "inspections audit audits screening screenings".split()
)


def _head_word(phrase: str) -> str:
    """The last word of a noun phrase (lower case), or ""."""
    words = phrase.lower().split()
    return words[-1] if words else ""


def _object_head(clause: str, after: int) -> str:
    """The head word of the object noun phrase starting at ``after``."""
    return _head_word(_OBJECT_PHRASE.match(clause, after).group(1))  # type: ignore[union-attr]


def _ordeal(clause: str, after: int) -> bool:
    """Whether the object of "passed" is an ordeal ("the state bar exam", "a safety inspection")."""
    return _object_head(clause, after) in _ORDEALS


def _person_head(head: str) -> bool:
    """Whether an object's head word (lower case) is a person: a pronoun or a noun for people."""
    return head in {"him", "her", "them", "man", "men", "woman", "women", "people", "suspect", "suspects", "witnesses"} or (
        head in person_nouns() or head.rstrip("s") in person_nouns()
    )


# Support given to people in need is aid, no stance on an issue: "provide support to the students and their parents",
# "offered support to the victims' families"; "messages of support to the striking nurses", "gave its support to the
# candidates" and "support for the strike" stay stances.
_AID_GIVEN = caseless.compile(r"(?:provid|giv|gave|bring|brought|offer|extend)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_AID_PREPOSITION = caseless.compile(r"\s+(?:to|for)\s+", re.IGNORECASE)
_AID_RECIPIENTS = frozenset(
    "families family victims survivors communities community people children pupils students parents patients "
    "residents refugees evacuees".split()
)


def _aid_given(clause: str, trigger: re.Match[str]) -> bool:
    """Whether the noun "support" ending ``trigger`` (alone or after a verb of expressing: "offered support") is aid:
    a verb of giving before it, "to" or "for" after it, and people in need as the object's head ("the pupils", "the
    families of those who died")."""
    noun = trigger.end() - len("support")
    preposition = _AID_PREPOSITION.match(clause, trigger.end())
    if preposition is None or not _AID_GIVEN.search(clause, max(0, noun - 40), noun):
        return False
    phrase = _OBJECT_PHRASE.match(clause, preposition.end()).group(1)  # type: ignore[union-attr]
    return _head_word(phrase.split(" of ", 1)[0]).strip("’'") in _AID_RECIPIENTS


# An embedded question after a verb of doubting: "questioned whether the visit was the result of a stroke".
_WHETHER = caseless.compile(r"\s+(?:whether|if)\b", re.IGNORECASE)
# Accounts of what happened, as what a stance verb disputes or a verb of calling labels ("denied the story", "labeled
# the report fake news"): whether an account is true is a claim about facts, no stance on an issue.
_ACCOUNTS = frozenset(
    "story stories report reports account accounts article articles allegation allegations accusation accusations "
    "rumour rumours rumor rumors".split()
)


def _questioned_person(clause: str, after: int) -> bool:
    """Whether what is questioned is a person ("questioned the car's owner", "questioned him", "questioned two
    men"): the police's questioning, not a doubt raised about a measure."""
    return _person_head(_object_head(clause, after))


# The stems of the verbs of praise: "praised", "hailed", "lauds", "commending", "applauded".
_PRAISE_STEMS = r"(?:prais|hail|laud|commend|applaud)"
_PRAISING = caseless.compile(_PRAISE_STEMS, re.IGNORECASE)
_PROPER_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*")
_REASON_AFTER = re.compile(r"\s*[^,.;:]*?\s+for\b")


def _praised_person(clause: str, after: int) -> bool:
    """Whether what is praised is a person ("praised Ann Lee on Twitter", "hailed him as a hero", "commended the
    firefighters"), with no reason given ("praised Lee for her stand on the levy" may name an issue): a tribute."""
    if _REASON_AFTER.match(clause, after):
        return False
    phrase = _OBJECT_PHRASE.match(clause, after).group(1)  # type: ignore[union-attr]
    head = _head_word(phrase).strip("\"“”'’")
    if head in _PERSONAL_QUALITIES and _POSSESSOR.search(phrase):
        return True  # "praised the quality of Lee's work", "lauded Marsh's “ability to lead”": a person's merit
    if _PROPER_POSSESSIVE_END.search(phrase):
        return True  # "lauded Marsh's" before the quoted words, cut off: what is praised is a person's
    return _person_head(head) or _PROPER_NAME.fullmatch(phrase) is not None


# What one praises in a person, after a possessive ("Lee's courage", "the quality of her work"): the person's merit, no
# measure ("praised Lee's plan" may be one).
_PERSONAL_QUALITIES = frozenset(
    "work ability abilities quality qualities career life legacy contribution contributions service leadership courage "
    "bravery dedication integrity professionalism talent talents skill skills character kindness wisdom achievement "
    "achievements efforts performance reporting journalism".split()
)
_PROPER_POSSESSIVE_END = re.compile(r"(?:^|\s)[A-Z][\w.-]*['’]s?$")
_POSSESSOR = re.compile(r"(?:\b[A-Z][\w.-]*['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s")


# The verbs of banning, and a document as their subject: what a rule forbids, stated, is the rule, not a stance taken.
_BANNING = ("ban", "outlaw", "prohibit", "forb")
_RULE_SUBJECT = caseless.compile(
    r"\b(?:constitution|law|laws|rules?|act|treaty|charter|regulations?|code|statute|bylaws?|legislation)\s+"
    r"(?:(?:also|already|now|still|currently|effectively|explicitly|expressly|strictly|not|does\s+not|doesn['’]t)\s+)*$",
    re.IGNORECASE,
)


# A relative clause that says what its head lacks: "a deal that does not protect workers", "any plan which doesn't".
_NEGATED_RELATIVE = caseless.compile(
    opening_with_first_letters(("that", "which")) + r"\s+(?:does|do|did|would|will|can|could)\s*(?:not|n['’]t)\s+", re.IGNORECASE
)


def _may_break(body: str, start: int, end: int) -> bool:
    """``body[start:end]`` holds what every ``_CLAUSE_BREAK`` holds: ";", "and that" or "but"."""
    return body.find(";", start, end) >= 0 or body.find("and that", start, end) >= 0 or body.find("but", start, end) >= 0


def _clauses(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a span, each split at coordinated reported clauses ("... and that ...")."""
    spans = []
    # (each break holds ";", "and that" or "but": a sentence without them is not split, nor scanned)
    breaks = _may_break(body, start, end)
    for s_start, s_end in sentences(body[start:end]):
        cursor, s_end = start + s_start, start + s_end
        split = breaks and _may_break(body, cursor, s_end)
        for brk in _CLAUSE_BREAK.finditer(body, cursor, s_end) if split else ():
            spans.append((cursor, brk.start()))
            cursor = brk.end()
        spans.append((cursor, s_end))
    return [_strip(body, a, b) for a, b in spans if body[a:b].strip(" ,.;:–—-\"“”‘’")]


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    chars = " \t\n,;:–—-\"“”‘’"
    while start < end and body[start] in chars:
        start += 1
    while end > start and body[end - 1] in chars + ".":
        end -= 1
    return start, end


_LEADING_THE = re.compile(r"^the\s+")
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


class _Speakers:
    """The actors of an article by id, by normalised name or alias, and persons by last name, built once, so
    that finding each quote's speaker does not walk every actor (quotes times actors grows with the square
    of an article's length)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.by_id: dict[str, Actor] = {}
        self.by_name: dict[str, list[Actor]] = {}
        self.by_last_name: dict[str, list[Actor]] = {}
        for actor in actors:
            self.by_id.setdefault(actor.id, actor)
            for key in {normalise(name) for name in (actor.name, *actor.aliases)}:
                self.by_name.setdefault(key, []).append(actor)
            if actor.type == "person":
                for last in normalise(actor.name).split()[-1:]:
                    self.by_last_name.setdefault(last, []).append(actor)

    def of(self, quote: Quote) -> Actor | None:
        """The actor who speaks a quote: by actor id, else by name or alias, else ("Marsh said") the one
        person whose last name it is."""
        if quote.speaker is None:
            return None
        if quote.speaker.actor_id and quote.speaker.actor_id in self.by_id:
            return self._spoken_for(self.by_id[quote.speaker.actor_id])
        wanted = _LEADING_THE.sub("", normalise(quote.speaker.name))  # "The Harbour Board said" is the Harbour Board
        named = self.by_name.get(wanted) or self.by_last_name.get(wanted, [])
        return self._spoken_for(named[0]) if len(named) == 1 else _collective_speaker(quote.speaker.name)

    def _spoken_for(self, actor: Actor) -> Actor:
        """The organisation a spokesperson speaks for, where the article names it as an actor ("Foreign Ministry
        spokesman Ivo Marsh" of the "Foreign Ministry", "Ann Lee, a spokeswoman for the Harbour Board"): the
        annotation's convention that a spokesperson speaks for the organisation; else the actor itself."""
        if actor.type != "person" or not actor.roles:
            return actor
        for role in actor.roles:
            words = normalise(role.rpartition(". ")[2]).split()
            spokes = next((number for number, word in enumerate(words) if word in _SPOKES), None)
            if spokes is None:
                continue
            after = words[spokes + 1 :]
            if after[:1] in (["for"], ["of"]):
                body = after[2:] if after[1:2] == ["the"] else after[1:]
            else:
                body = words[:spokes]
                if body and role == role.lower() and body[-1] not in organisation_words():
                    continue  # "education spokeswoman": a portfolio in lower case names no body ("police spokesman" may)
            organisation = self._organisation(" ".join(body)) if body else None
            if organisation is not None:
                return organisation
        return actor

    def _organisation(self, name: str) -> Actor | None:
        """The organisation of that normalised name, else the one organisation whose name ends with it."""
        exact = [other for other in self.by_name.get(name, ()) if other.type == "organization"]
        if exact:
            return exact[0]
        ending = {
            other.id: other
            for key, others in self.by_name.items()
            if key.endswith(" " + name)
            for other in others
            if other.type == "organization"
        }
        return next(iter(ending.values())) if len(ending) == 1 else None


def _collective_speaker(name: str) -> Actor | None:
    """A group actor for a speaker that is an unnamed collective ("the health ministry of Arland"), under its own
    words as for a collective subject; none for an unnamed individual ("a bystander", "its director")."""
    found = _COLLECTIVE_SPEAKER.fullmatch(name.strip())
    if not found or _is_no_collective(found.group("name")):
        return None
    return _group_actor(found.group("name"))


def _group_actor(name: str) -> Actor:
    """An unnamed collective as an actor of type group, under the article's words for it."""
    return Actor(id=actor_id(name, "group"), name=name, type="group", mention_count=1)


@lru_cache(maxsize=4)
def _measure_mentions(body: str, head: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the body's mentions of a measure noun ("ban", "bans"), found in one scan per article
    and noun rather than one per clause that refers back to it. Clauses start after a non-word character, so
    the mentions that end by a clause's start are the ones the body has before it. Few entries: each keeps its
    body alive, and an article refers back to one or two nouns."""
    mentions = [match.span() for match in caseless.compile(rf"\b{head}s?\b", re.IGNORECASE).finditer(body)]
    return [start for start, _ in mentions], [end for _, end in mentions]


def _antecedent_issue(body: str, before: int, target: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue of the latest earlier mention of the measure a definite noun phrase in ``target`` names:
    "the ban was a first step" is about what "a ban on new coal plants" was about. Read from the mention
    to the end of its sentence."""
    definite = _DEFINITE_MEASURE.search(target)
    if not definite:
        return None
    starts, ends = _measure_mentions(body, definite.group("head"))
    index = bisect_right(ends, before) - 1
    if index < 0:
        return None
    start = starts[index]
    stop = _SENTENCE_STOP.search(body, start)
    return taxonomy.best(body[start : stop.start() if stop else len(body)])


def _issue_for(
    body: str, clause: tuple[int, int], take: Stancetaking, context: str, taxonomy: Taxonomy, topic: Callable[[], Issue | None]
):
    """The issue in the trigger's scope, else that of the measure the scope refers back to ("the ban"), else
    anywhere in the clause (unless the target is an evaluated subject), else (for "This is ...") the context,
    else the article's ``topic`` (found on first need): a clear stance is a position even where its clause names
    no issue."""
    start, end = clause
    text = body[start:end]
    target = text[take.target_start : take.target_end]
    scoped = taxonomy.best(target)
    if scoped:
        return scoped, 0.1, True
    earlier = _antecedent_issue(body, start, target, taxonomy)
    if earlier:
        return earlier, 0.0, True
    whole = None if take.subject_only else taxonomy.best(text)
    if whole:
        return whole, 0.0, True
    if context and _ANAPHOR.match(text):
        found = taxonomy.best(context)
        if found:
            return found, -0.1, True
    if take.modality == "obligation":
        return None, 0.0, False  # "what is needed now is a firm signal": a duty without an issue is too vague
    return topic(), -0.15, False


# Where one item of a coordinated object ends: a comma (with or without "and"/"or"), or "and"/"or" alone.
_LIST_BREAK = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


# An item of a list of things is a short noun phrase, maybe after a determiner ("healthcare", "the pension reform"):
# a longer piece is a clause or a verb's phrase ("force poll workers and voters to ..."), whose words are no list, nor
# is a short verb's phrase ("want him to resign or be impeached").
_LIST_ITEM = caseless.compile(
    r"(?!.*\b(?:to|be|been|him|her|them|it|us|me)\b)(?:(?:the|a|an|its|their|his|her|our|my)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+",
    re.IGNORECASE,
)


def _item_issue(item: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue one item of a list names in its own words, when it is a short noun phrase: not a word of a name
    ("the Workers' Party")."""
    if not _LIST_ITEM.fullmatch(item):
        return None
    found = taxonomy.detect(item)
    return found[0].issue if found and not item[found[0].start].isupper() else None


def _coordinated_issues(target: str, issue: Issue, taxonomy: Taxonomy) -> list[Issue]:
    """The further issues of a stance whose object is a list of things on different issues ("supported education,
    healthcare and farming", "opposes the pension reform and the new tax on overtime"): a stance on each, one
    position per issue. The list is its run of items from the start that each name an issue (what follows it, "and a
    few years later the economy grew", names none or goes on as a clause); empty unless ``issue`` is an item's."""
    items: list[Issue] = []
    for piece in _LIST_BREAK.split(target.strip().rstrip(".;:")):
        found = _item_issue(piece, taxonomy) if piece else None
        if found is None:
            break
        items.append(found)
    if len(items) < 2 or issue not in items:
        return []
    return list({other.id: other for other in items if other.id != issue.id}.values())


# Saying, thanking or consoling that one wants to do: "I want to express my sympathy", "we wish to thank".
_COURTESY_CLAUSE = caseless.compile(rf"\b(?:wants?|wanted|wish(?:es)?|would\s+like){_COURTESY}", re.IGNORECASE)
# Formulas of mourning, prayer and thanks, whose evaluative words ("great sadness", "whatever is best for him", "thank
# you to all") are feelings and wishes, no judgement of an issue; the words that any of them needs.
_COURTESY_FORMULA = caseless.compile(
    r"\bwith\s+(?:(?:great|deep|profound|heavy|immense)\s+)?(?:sadness|sorrow|grief|regret|heavy\s+hearts?)\b"
    r"|^\W*may\s+(?:god|allah|the\s+lord|(?:his|her|their)\s+souls?)\b|^\W*(?:thank\s+you|thanks(?!\s+to\b))\b",
    re.IGNORECASE,
)
_COURTESY_WORDS = ("sadness", "sorrow", "grief", "regret", "heart", "may", "thank")
# Grief at a death and tribute to a life ("deeply pained to hear of his passing", "saddened by the death of", "she gave
# her whole life to the village", "served until his death", "It is a great loss to the nation"): what the speaker
# feels and praises of a person, no stance on an issue the clause may name ("devoted his life to fight for the region").
_GRIEF = caseless.compile(
    r"\b(?:pained|saddened|grieved|heartbroken|devastated|shocked|sorry)\b[^.;]{0,60}?\b(?:death|deaths|demise|passing|"
    r"died|passed\s+away)\b|\b(?:devoted|dedicated|gave|spent)\s+(?:his|her)\s+(?:(?:entire|whole)\s+)?life\b|"
    r"\buntil\s+(?:his|her)\s+(?:death|last\s+breath)\b|^\W*(?:it|this|his\s+death|her\s+death)\s+(?:is|was)\s+an?\s+"
    r"(?:great|huge|tremendous|terrible|irreparable|immense|sad)\s+loss\b",
    re.IGNORECASE,
)
_GRIEF_WORDS = ("pained", "sadden", "griev", "heartbroken", "devastated", "shocked", "sorry", "life", "until", "loss")


# One whose death the article reports: "Ann Lee died on Monday", "Ann Lee, a former mayor of Eastvale, has passed
# away", "the death of former mayor Ann Lee". What a tribute says about the dead ("Lee founded the first shelter", "His
# commitment to justice has left us a better nation") is the life praised, no stance the speaker takes.
# Written to open with the class of the first characters of its two alternatives (a capital of the name that dies, or
# the "d" or "p" of "death", "demise", "passing") and to test after it what the engine tested before it (the words
# that make the name no subject, the word boundary), so that the engine skips to those characters instead of entering
# the pattern, and its nine look-behinds, at every character of the body (5.2 M instructions an article): the first
# alternative's name starts at the match (``_the_dead``), the rest of it is the group "name" (``_DIED_AS_WRITTEN``
# in the tests is the pattern as first written). The words that make the name no subject are tested by one
# look-behind per length (each of their alternatives fails at its first letter, the word boundary tested once), and
# the runs of the first alternative are possessive: what follows each (a space, a comma, a bracket, "has", "died")
# cannot be read into it, so giving back its characters one by one, as the engine did at every capital of the body
# whose name was followed by no death (1.02 M instructions an article), finds nothing.
_DIED = caseless.compile(
    r"(?-i:[A-Zdp])(?:(?<=(?-i:[A-Z]))"
    r"(?<!\b(?:like|than|with)\s.)(?<!\band\s.)(?<!\b(?:as|or|by|to|of)\s.)"
    r"(?P<name>(?-i:[\w’'.-]++)(?:\s++(?-i:[A-Z][\w’'.-]++)){0,3})(?:\s++\([^()]{1,40}+\))?(?:,[^,.;]{1,120}+,)?"
    r"\s++(?:has\s++|had\s++)?(?:died|passed\s+away)\b"
    r"|(?<=[dp])(?<!\w.)(?:(?<=d)(?:eath|emise)|(?<=p)assing)\s+of\s+(?:[a-z-]+\s+){0,3}?"
    r"(?P<of>(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){0,3}))",
    re.IGNORECASE,
)
_DEATH_WORDS = ("died", "passed away", "death of", "passing of", "demise of")
# A clause that opens with the dead person's name or with "His" or "Her" (whose, in a tribute, is the dead person's).
_POSSESSIVE_OPENING = re.compile(r"\W*(?:His|Her)\s")


@lru_cache(maxsize=4)
def _the_dead(body: str) -> frozenset[str]:
    """The last names of those whose death ``body`` reports (``_DIED``)."""
    if not _may_contain(body, _DEATH_WORDS):
        return frozenset()
    return frozenset(
        name.split()[-1]
        for found in _DIED.finditer(body)
        for name in (body[found.start() : found.end("name")] if found.group("name") is not None else found.group("of"),)
    )


def _of_the_dead(body: str, clause: str) -> bool:
    """Whether a quoted clause speaks of one whose death the article reports: it opens with the person's name
    ("Day founded ..."), or with "His" or "Her"."""
    dead = _the_dead(body)
    if not dead:
        return False
    if _POSSESSIVE_OPENING.match(clause):
        return True
    first = clause.lstrip(" \t\n\"“”'‘’([").split(" ", 1)[0].rstrip(",’'s")
    return first in dead


def _grief(clause: str) -> bool:
    """Whether a clause mourns a death or pays tribute to a person's life (``_GRIEF``)."""
    return _may_contain(clause, _GRIEF_WORDS) and _GRIEF.search(clause) is not None

# A clause that states what exists: "there have been ...", "Today there were ...".
_EXISTENTIAL = caseless.compile(
    r"\W*(?:[\w,]+\s+){0,3}?there\s+(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|remains?)\b", re.IGNORECASE
)


# Praise of a person or a thing and the speaker's own feelings ("a great man", "good heart", "his immense success",
# "I am honoured", "grateful to him", "I appreciate them", "cautiously optimistic", "my victory", "a fantastic movie"): tributes, thanks and congratulations, which
# take a stance only on an issue the clause names ("a great deal for farmers", "pleased with the ruling"), and none
# when the praise is of "he" or "she" ("He made a great contribution to the country's independence").
_APPRAISALS = frozenset(
    "good great excellent wonderful fantastic best brave courageous success successful victory achievement proud "
    "honoured honored grateful thankful pleased delighted glad thrilled appreciate appreciated optimistic hopeful".split()
)


def _compliment(clause: str) -> bool:
    """Whether a clause's evaluative words are all praise or the speaker's feelings (``_APPRAISALS``), with no stance
    verb."""
    words = [" ".join(found.group().lower().split()) for found in _EVALUATIVE.finditer(clause)]
    return bool(words) and all(word in _APPRAISALS for word in words) and _verbal(clause) is None


# Evaluative words with a sense that judges nothing: "positive" of a test ("tested positive for the virus", "his
# positive test", "positive cases") and a need taken for granted before its noun ("all the necessary preparations",
# "something essential"), where "the measure is necessary" and "a positive step" judge; and "responsible" for what one
# caused or is in charge of ("was responsible for the deaths", "the commissioner responsible for defence"): blame or a
# duty assigned, where "a responsible budget" judges.
_NOT_ALWAYS_EVALUATIVE = frozenset(("positive", "necessary", "essential", "disaster", "catastrophe", "responsible"))
_FOR_AFTER = caseless.compile(r"\s+(?:\w+ly\s+)?(?:for|of)\b", re.IGNORECASE)
# "the disaster" as the event the article reports ("the cause of the disaster", "the mine disaster"), not a judgement
# predicated of something ("the plan is a disaster", "it was the worst disaster").
_EVENT_NAMED_BEFORE = caseless.compile(
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bwere\s)\b(?:the|this)\s+(?:(?!worst\b|biggest\b|greatest\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TEST_RESULT_BEFORE = caseless.compile(r"\btest(?:s|ed|ing)?\s+(?:\w+\s+)?$", re.IGNORECASE)
_TEST_RESULT_AFTER = caseless.compile(
    r"\s+(?:(?:[\w-]+\s+)?(?:test|tests|result|results|cases?|samples?|diagnos[ie]s)\b|for\b|covid|coronavirus|\()", re.IGNORECASE
)
_GRANTED_NEED_BEFORE = caseless.compile(r"\b(?:the|all|any|every|something|anything|everything|whatever)\s+$", re.IGNORECASE)


def _not_evaluating(clause: str, found: re.Match[str]) -> bool:
    """Whether an evaluative word of ``_NOT_ALWAYS_EVALUATIVE`` is used in a sense that judges nothing."""
    before = clause[max(0, found.start() - 24) : found.start()]
    if found.group().lower() == "positive":
        return bool(_TEST_RESULT_BEFORE.search(before) or _TEST_RESULT_AFTER.match(clause, found.end()))
    if found.group().lower() == "responsible":
        return _FOR_AFTER.match(clause, found.end()) is not None
    if found.group().lower() in ("disaster", "catastrophe"):
        return bool(_EVENT_NAMED_BEFORE.search(before))
    return bool(_GRANTED_NEED_BEFORE.search(before))


def _in_name(clause: str, found: re.Match[str]) -> bool:
    """Whether an evaluative word is capitalised inside a run of capitalised words, not opening the clause or a
    sentence: a word of a name ("the Great Lakes Festival"), where a judgement is written in lower case."""
    start, end = found.start(), found.end()
    if not clause[start].isupper() or not clause[end + 1 : end + 2].isupper() or clause[end : end + 1] != " ":
        return False
    before = clause[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(—–-"


def evaluative_stancetaking(clause: str) -> Stancetaking | None:
    """The stance of a speaker's words without a trigger, from the balance of their evaluative words: "the
    decree is a sham" opposes, "the measures are understandable" supports; None when none or balanced."""
    evaluative = list(_EVALUATIVE.finditer(clause))
    if not evaluative:
        return None  # most clauses: no evaluative word, no balance (the two tests below need not run)
    if _EXISTENTIAL.match(clause) and not _NEGATION.search(clause):
        return None  # "there have been chaotic scenes at the airport": what there is, described, is no stance
    if _COURTESY_CLAUSE.search(clause):
        return None  # "I want to express my sympathy and regrets to the families": condolences, no stance
    if _may_contain(clause, _COURTESY_WORDS) and _COURTESY_FORMULA.search(clause):
        return None  # "It is with great sadness that I announce ...", "May God give them strength", "Thank you to all"
    balance = 0
    negated = False
    for found in evaluative:
        if _conditional(clause, 0, found.start()):
            continue  # "despite the results in favour of Lee", "if the plan is a disaster": no judgement asserted
        if _in_name(clause, found):
            continue  # "the Great Lakes Festival", "at Best Deal Stores": a word of a name, no judgement
        word = " ".join(found.group().lower().split())
        if word in _NOT_ALWAYS_EVALUATIVE and _not_evaluating(clause, found):
            continue  # "tested positive", "a positive test", "the necessary preparations": a fact, no judgement
        sign = _EVALUATIVE_SIGNS[word]
        if _NEGATED_BEFORE.search(clause, max(0, found.start() - 30), found.start()):
            sign, negated = -sign, True
        balance += sign
    if balance == 0:
        return None
    stance: Stance = "support" if balance > 0 else "oppose"
    return Stancetaking(stance, _modality(clause, "evaluate", negated), 0, len(clause))


# Reported content that opens with "against", the rest of the cue's phrase: "warned [against raising the tax]",
# "argued [against a basic income]".
_AGAINST_OPENING = caseless.compile(r"\W*against\s+", re.IGNORECASE)
# Reported content that completes a cue of blame: "blamed [the rebels for the attack]".
_BLAMING_CUE = caseless.compile(r"blam(?:e|es|ed|ing)\b", re.IGNORECASE)
_BLAMED_FOR = caseless.compile(r"\W*(?:[\w'’.-]+\s+){1,8}?for\b", re.IGNORECASE)
# An attitude or a hasty reading warned against ("cautioned against [an excess of optimism]", "warned against
# complacency", "against drawing conclusions"): advice on how to take the news, no stance on an issue.
_AGAINST_ATTITUDE = caseless.compile(
    r"\s*(?:(?:an?|any|the|undue|excessive|too\s+much)\s+)?(?:(?:excess|amount|degree)\s+of\s+)?(?:optimism|pessimism|"
    r"complacency|panic|alarm|speculation|speculating|overreact(?:ing|ion)|(?:drawing|jumping\s+to|reaching)\s+"
    r"(?:[\w-]+\s+)?conclusions|reading\s+too\s+much)\b",
    re.IGNORECASE,
)


def cue_stancetaking(cue: str | None, clause: str) -> Stancetaking | None:
    """The stance a speech cue lends to reported content without a trigger: "announced X", "questioned X"; and a cue
    whose phrase the content completes: "warned [against X]" opposes X."""
    against = _AGAINST_OPENING.match(clause) if cue and _may_contain(clause[:12], ("against",)) else None
    if against:
        return None if _negated(cue) or _AGAINST_ATTITUDE.match(clause, against.end()) else Stancetaking("oppose", "asserted", against.end(), _target_end(clause, against.end()))  # type: ignore[arg-type]
    if cue and _BLAMING_CUE.match(cue) and _BLAMED_FOR.match(clause):
        return None if _negated(cue) else Stancetaking("oppose", "asserted", 0, len(clause))  # "blamed [X for Y]"
    if cue and _DEMAND_CUE.match(cue) and not (_INSISTING.match(cue) and _INDICATIVE_CLAUSE.match(clause)):
        return Stancetaking(*_demanded(clause, asking=True), 0, len(clause))
    take = _cue_stance(cue) if cue and not _DECLARING_CUE.match(cue) else None
    if take is None or _EARLIER_EVENT.match(clause) or (take.modality == "demanded" and _MENTAL_DEMAND.match(clause)):
        return None
    if take.modality != "demanded" and _STATED_STATE.match(clause):
        return None  # "announced the police were treating it as terrorism", "... the toll was higher": a fact, no measure
    if _SEEKING_OFFICE.search(clause):
        return None  # "announced he will not seek re-election": a career move, no stance on an issue
    if take.modality != "demanded" and _NEGATION.search(clause, 0, _subordinate_start(clause)):
        return None  # "announced that some stores can't run the special": what will not be is no measure announced
    if take.modality != "demanded" and (_ANNOUNCED_NEWS.match(clause) or _CEREMONY.match(clause) or _MEETING.match(clause)):
        return None  # "announced [his resignation]", "[three days of mourning]", "[it would meet on Monday]": news
    if _CANDIDACY.match(clause) or ("announc" in cue.lower() and _ANNOUNCED_OUTCOME.match(clause)):  # type: ignore[union-attr]
        return None  # "announced [Ann Lee as his running mate]", "announced [the winners of the prize]": news
    if _DENIAL_CUE.match(cue) and _PRONOUN_CLAUSE.match(clause):  # type: ignore[arg-type]
        return None  # "denied he made any deal": a claim about what happened, not a stance on an issue
    if take.modality == "demanded":
        return Stancetaking(*_demanded(clause, asking=False), 0, len(clause))  # "urged [voters to reject the levy]"
    return Stancetaking(take.stance, take.modality, 0, len(clause))


_SUBORDINATOR = caseless.compile(r"\b(?:although|though|because|since|while|whereas|after|before|when|if|unless)\b", re.IGNORECASE)


def _subordinate_start(clause: str) -> int:
    """Where the first subordinate clause starts ("... although she did not ..."), or the clause's end."""
    found = _SUBORDINATOR.search(clause)
    return found.start() if found else len(clause)


# "declared" before what a speaker says is a verb of saying ("'We will win,' he declared", "declared the rates to be
# the best predictor"): the content's own words state any stance. Declaring a measure is an act, found as a statement.
_DECLARING_CUE = caseless.compile(r"declar", re.IGNORECASE)
_DENIAL_CUE = caseless.compile(r"den(?:y|ies|ied|ying)\b", re.IGNORECASE)
# Content that is a clause with a pronoun subject: "(that) he made any deal", "they knew".
_PRONOUN_CLAUSE = caseless.compile(r"\W*(?:that\s+)?(?:he|she|they|it|we|I)\s+(?!would\b|will\b)\w+", re.IGNORECASE)

# Reported content about what had happened before ("announced he had asked for her resignation", "announced it had
# entered into an agreement"), what someone named did ("and that Lee resigned the next day"), what has been done
# ("announced the debate has been cancelled") or what an inquiry or a test found ("the tests found poison"): news of an
# event, whose stance, if any, its own words must state.
_EARLIER_EVENT = caseless.compile(
    r"(?i:[^,;]{0,40}?\bhad\s+(?:\w+ly\s+)?(?!to\b)\w+)|(?:[A-Z][\w’'.-]*\s+){1,3}(?:\w+ly\s+)?[a-z]+ed\b"
    r"|(?i:[^;]*?\b(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b)"
    # what an inquiry or a test found: "the tests by a military laboratory found X", "an audit showed no loss"
    r"|(?i:\W*(?:that\s+)?(?:the|an?|its|their|his|her)\s+(?:(?!\b(?:would|will|shall|to)\b)[^,;]){0,60}?\b(?:found|showed|revealed|concluded|indicated|suggested)\b)"
)


# Reported content that states what is or was the case, or what happened: a subject and a present or past "be" (not
# "is to", a plan) or a death ("announced the toll was 40", "announced they were treating it as terrorism", "announced
# Lee died on Monday"). A cue of announcing lends no support to it: only a measure announced (a noun, "will", "would",
# an infinitive) is one the announcer stands for.
_STATED_STATE = caseless.compile(
    r"\W*(?:that\s+)?(?:[\w’'.,%-]+\s+){1,8}?(?:(?:is|are|was|were)\s+(?!(?:to|going\s+to|set\s+to|about\s+to)\b)|"
    r"(?:died|dies|passed\s+away)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _cue_stance(cue: str) -> Stancetaking | None:
    """The stance of a cue's own words unless they are negated ("announced", not "did not announce"). Asked for
    every clause of a quote, and the same few cues ("said", "announced") recur in every article: remembered."""
    take = stancetaking(cue)
    return None if take is None or _negated(cue) else take


def _reported(quote: Quote) -> bool:
    """Whether a quote is news that a source reports ("the agency reported that the council voted ...", "according
    to the agency, ..."): the source takes no stance; the actors in what it reports may, as in the narrator's own
    sentences."""
    return bool(quote.cue) and quote.cue.lower().startswith(("report", "according to"))  # type: ignore[union-attr]


# The verbs whose reported object is a stance: "expressed its support for X", "voiced opposition to X" (their forms
# are the speech verbs' data).
_EXPRESSING_LEMMAS = frozenset({"express", "voice"})


def _expressing(verb: str) -> bool:
    """Whether ``verb`` is a form of an expressing verb ("expressed", "voices")."""
    return speech_verb_forms().get(verb.lower()) in _EXPRESSING_LEMMAS


def _expressed(quote: Quote) -> bool:
    """Whether a quote is the stance an actor expressed or voiced ("expressed opposition to the plan"): the stance is
    read from the statement, where its verb stands ("expressed ... opposition"), not from the noun phrase alone."""
    return bool(quote.cue) and _expressing(quote.cue.rsplit(None, 1)[-1])  # type: ignore[union-attr]


def _blaming(quote: Quote) -> bool:
    """Whether a quote is whom its speaker blames and for what ("blamed the rebels for the attack")."""
    return bool(quote.cue) and _BLAMING_CUE.match(quote.cue) is not None  # type: ignore[arg-type]


def _reporters(quotes: Sequence[Quote]) -> set[str]:
    """The speakers that only report news in an article ("The Daily Mail reported that ...", "according to the
    agency"): their quotes without a cue, which the attribution gives to the last speaker, report too."""
    reporting = {q.speaker.name for q in quotes if q.speaker and _reported(q)}
    speaking = {q.speaker.name for q in quotes if q.speaker and q.cue and not _reported(q)}
    return reporting - speaking


_ACCUSATION_CUE = caseless.compile(r"(?:accus|alleg)(?:e|es|ed|ing)\b", re.IGNORECASE)


def _accusation(quote: Quote) -> bool:
    """Whether a quote is what its speaker accuses others of ("accused the council of hiding the report", "alleged
    the council was hiding the report"): the seed's annotation counts no position there, neither the accuser's
    against the conduct nor one taken from the accused's conduct ("of backing the bill" is the council's stance, if
    anyone's)."""
    return bool(quote.cue) and _ACCUSATION_CUE.match(quote.cue) is not None  # type: ignore[arg-type]


# A clause about a third person ("He resisted", "They support it").
_THIRD_PERSON = caseless.compile(r"^\W*(?:he|she|they)\b", re.IGNORECASE)
# What stands between a subject and its main verb: an auxiliary or a negation ("have not challenged").
_AUXILIARY_OR_NOT = r"(?:has|have|had|will|would|is|are|was|were|do|does|did|not|never|can|could|may|might)\b"
_FUNCTION_WORD = r"(?:to|of|in|on|for|with|by|at|from|and|or|that|which|who)\b"
# A common noun phrase as the subject of the verb after it ("But these reckless ministers have challenged", "the
# board will reject"): a third party named by what it is, not by a name (which may be the speaker's own body).
_COMMON_SUBJECT = caseless.compile(
    r"\W*(?:(?:but|and|so|now|then|yet),?\s+)?(?:(?:the|these|those|this|that|their|its|his|her|such|many|some|most)\s+"
    rf"(?:(?!{_AUXILIARY_OR_NOT})[\w'’,-]+\s+){{0,4}}?(?!{_AUXILIARY_OR_NOT}|{_FUNCTION_WORD})(?-i:[a-z][\w-]*)"
    r"|(?!(?:this|thus|always|perhaps|sometimes|towards|afterwards)\b)(?-i:[A-Z]?[a-z]{2,}[a-rt-z]s))\s+"  # a bare plural: "Terrorists seek"
    rf"(?:(?:{_AUXILIARY_OR_NOT}|now|also|\w+ly)\s+)*",
    re.IGNORECASE,
)
# "you" as the subject right before the verb: the addressee, or anyone (generic "you").
_ADDRESSEE_SUBJECT = caseless.compile(rf"\byou\s+(?:(?:{_AUXILIARY_OR_NOT}|also|just|really|then|all|\w+ly)\s+)*$", re.IGNORECASE)
_FIRST_PERSON = caseless.compile(r"\b(?:I|we|our|us|my|me)\b", re.IGNORECASE)
# "no one" or "nobody" as the subject right before the verb (after "but" or "and", auxiliaries and adverbs).
_NOBODY_SUBJECT = caseless.compile(
    rf"\W*(?:(?:but|and|yet|so),?\s+)?(?:no\s+one|nobody)\s+(?:(?:{_AUXILIARY_OR_NOT}|ever|yet|also|\w+ly)\s+)*", re.IGNORECASE
)


def _third_party_act(text: str, take: Stancetaking, actor: Actor) -> bool:
    """Whether a clause's stance is the act of a third party named by a common noun ("these ministers have
    challenged the ban"), of a person named by first name or by title ("General Tarn approved the raids", not the
    speaker's own name) or of "you" ("you want something that is easy to say"): in one's own words, what others
    do is reported, not a stance one takes."""
    verbal = _verbal(text)
    if verbal is None or take.target_start < verbal.end():
        return False  # the stance is an evaluation, not the verb's
    if verbal.lastgroup == "oblige":
        return False  # "the carbon tax must not be abolished": a duty, kept or denied, is the speaker's own judgement
    subject = text[: verbal.start()]
    if _NOBODY_SUBJECT.fullmatch(subject):
        return True  # "no one has imposed sanctions on them": what nobody did is a fact told, no stance taken
    if _ADDRESSEE_SUBJECT.search(subject):
        return True  # "you want something easy", "in return you promise ...": the addressee's or anyone's act
    person = _PERSON_SUBJECT.fullmatch(subject)
    if person and person.group("first").lower() in first_name_genders():
        return True  # "Ivo Marsh wants to scrap the levy": a person's stance the speaker reports (a state may be spoken for)
    if person and person.group("first").lower() in role_words() and not _names_actor(subject, actor):
        return True  # "General Tarn also approved the raids": a titled person's act, unless the title is the speaker's
    return _COMMON_SUBJECT.fullmatch(subject) is not None and not _FIRST_PERSON.search(subject)


# A stance verb in the past tense ("rejected", "had voted", "backed"): an act done, which a speaker reports.
_PAST_VERB = caseless.compile(r"\w+ed\b|(?:had|was|were|did)\b", re.IGNORECASE)


def _past_act(text: str, take: Stancetaking) -> bool:
    """Whether a clause's stance verb is in the past tense or after a past auxiliary (``_PAST_VERB``)."""
    verbal = _verbal(text)
    if verbal is None:
        return False
    words = text[max(0, verbal.start() - 12) : verbal.start()].split()
    # the auxiliary right before the verb, or before its negation ("did not ratify", "had never backed")
    auxiliary = words[-2] if len(words) > 1 and words[-1].lower() in ("not", "never") else (words[-1] if words else "")
    return _PAST_VERB.match(verbal.group()) is not None or _PAST_VERB.fullmatch(auxiliary) is not None


# A name as the subject before the verb ("the Harbour Council of Arland rejected"), auxiliaries after.
_NAMED_SUBJECT = re.compile(
    rf"\W*(?:(?:But|And|So|Now|Yet),?\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){{1,6}}"
    rf"(?:(?:{_AUXILIARY_OR_NOT}|now|also|just|\w+ly)\s+)*"
)


def _other_named_act(text: str, take: Stancetaking, actor: Actor) -> bool:
    """Whether a clause's stance is the act of one named other than the speaker ("that the Harbour Council rejected
    the deal", said by Ann Lee). A common noun ("the government") may be the speaker's own side, which a minister
    speaks for: it is not taken for another's."""
    verbal = _verbal(text)
    if verbal is None or take.target_start < verbal.end():
        return False  # the stance is an evaluation, not the verb's
    subject = text[: verbal.start()]
    if not _NAMED_SUBJECT.fullmatch(subject) or _FIRST_PERSON.search(subject):
        return False
    return not _names_actor(subject, actor)


def _names_actor(subject: str, actor: Actor) -> bool:
    """Whether a subject holds the last word of one of an actor's names ("Lee" of "Ann Lee")."""
    return any(name.split()[-1] in subject for name in (actor.name, *actor.aliases) if name)


# A person's name as the subject before the verb: a first name and one or two more capitalised words, auxiliaries after.
_PERSON_SUBJECT = re.compile(
    rf"\W*(?:(?:But|And|So|Now|Yet),?\s+)?(?P<first>[A-Z][a-z]+)(?:\s+[A-Z][\w’'.-]*){{1,2}}\s+"
    rf"(?:(?:{_AUXILIARY_OR_NOT}|now|also|just|\w+ly)\s+)*"
)


# What a speaker describes a person as, right before the quoted words: "described him as “...”".
_PORTRAIT = caseless.compile(r"\bdescrib(?:e|es|ed|ing)\s+(?:him|her)\s+as\s+[“\"]$", re.IGNORECASE)


# Praise of a person introducing the quoted words with a colon: "praised Ann Lee on Twitter: “...”".
_TRIBUTE_BEFORE = caseless.compile(rf"\b(?:{_PRAISE_STEMS}\w*|pa(?:id|ys|y|ying)\s+tribute\s+to)(?=\s)[^.;:“”\"]{{1,60}}:\s*[“\"]$", re.IGNORECASE)


def _mark_before(body: str, start: int) -> bool:
    """Whether an opening mark (“ or ") ends the text before ``start``, maybe followed by a final line break: what
    a pattern ending in ``[“\"]$`` (``_PORTRAIT``, ``_TRIBUTE_BEFORE``) needs there."""
    end = start - 1 if body[start - 1 : start] == "\n" else start
    return end > 0 and body[end - 1] in "“\""


# A verb of thanking or congratulating right before the quoted words ('thanked "the police for their swift
# response"'): what the speaker thanks someone for is praise, no stance on an issue.
_THANKING_BEFORE = caseless.compile(r"\b(?:thank|congratulat)\w*\s+[“\"]$", re.IGNORECASE)


def _thanks_before(body: str, start: int) -> bool:
    """Whether the quoted words starting at ``start`` are what a verb of thanking takes (``_THANKING_BEFORE``)."""
    return _mark_before(body, start) and _THANKING_BEFORE.search(body, max(0, start - 30), start) is not None


def _tribute_before(body: str, start: int) -> bool:
    """Whether the quoted words starting at ``start`` are what a speaker said praising a person (``_TRIBUTE_BEFORE``,
    the praised phrase a person as ``_praised_person`` finds it): a tribute."""
    found = _TRIBUTE_BEFORE.search(body, max(0, start - 100), start) if _mark_before(body, start) else None
    return found is not None and _praised_person(body, body.index(" ", found.start()))


# A person spoken of by his or her life, family or memory ("we are with him and his loved ones", "the years of
# his life served the nation"): with no issue named, a supportive clause about them is a condolence or a tribute,
# no stance on the article's topic. A bare "him" is not enough: "we back him" endorses a candidate.
_PERSON_OBJECT = caseless.compile(r"\b(?:his|her)\s+(?:life|family|loved\s+ones|memory|soul|legacy)\b", re.IGNORECASE)


def _quote_candidates(
    body: str, quote: Quote, actor: Actor, taxonomy: Taxonomy, topic: Callable[[], Issue | None]
) -> list[Candidate]:
    portrait = _PORTRAIT.search(body, max(0, quote.start - 30), quote.start) if _mark_before(body, quote.start) else None
    if portrait or _tribute_before(body, quote.start) or _thanks_before(body, quote.start):
        return []  # "described him as “a guiding force, a provocative force”": a portrait of a person, no issue
    candidates = []
    weak: set[int] = set()  # the candidates that rest on evaluative words alone
    context = ""
    own_words = 0.1 if quote.kind == "direct" else 0.0
    calling = _CALLING_VERB.match(quote.cue or "") is not None  # the quote's cue, the same for each clause
    named_at = body.rfind(quote.cue, max(0, quote.start - 120), quote.start) if calling and quote.cue and quote.kind == "direct" else -1
    if named_at >= 0 and _object_head(body[named_at : quote.start], len(quote.cue or "")) in _ACCOUNTS:
        return []  # "labeled the report as “fake news”": an account called true or false, no stance on an issue
    for clause in _clauses(body, quote.start, quote.end):
        text = body[clause[0] : clause[1]]
        if (_may_contain(text, _COURTESY_WORDS) and _COURTESY_FORMULA.search(text)) or _grief(text) or _of_the_dead(body, text):
            context = text
            continue  # "May God give me strength ...", "Thank you to all who ...", "pained to hear of his passing"
        take = stancetaking(text)
        if take and quote.kind == "direct" and take.modality not in ("obligation", "demanded") and (
            _THIRD_PERSON.match(text) or _third_party_act(text, take, actor)
        ):
            take = None  # “She backs the plan”: in one's own words, a third person's stance is reported, not taken
        elif (
            take
            and quote.kind != "direct"
            and take.modality in ("asserted", "negated")
            and _past_act(text, take)
            and _other_named_act(text, take, actor)
        ):
            take = None  # "noted that the assembly rejected (did not ratify) the deal": another's past act reported
        lent = cue_stancetaking(quote.cue, text)
        if lent and (lent.stance == "oppose" or lent.modality == "demanded"):
            take = lent  # "questioned the power to do as he proposed": the cue's stance, not the content's words
        if calling and _STANCE_HOLDER.match(text):
            context = text
            continue  # "described him as “a strong advocate for the environment”": his stance, not the describer's
        if calling and _object_head(text, 0) in _ACCOUNTS:
            context = text
            continue  # "described [the story as a hoax]": an account called true or false, no stance on an issue
        evaluated = None if (take or lent) and not calling else evaluative_stancetaking(text)
        # "called the vote a betrayal": what the speaker calls it, before any trigger in what follows
        take = (evaluated or take or lent) if calling else (take or lent or evaluated)
        if take:
            issue, bonus, named = _issue_for(body, clause, take, context, taxonomy, topic)
            if issue and not named and take.stance == "support" and _PERSON_OBJECT.search(text):
                issue = None  # "I am with him and his loved ones": a condolence or a tribute, no stance on the topic
            if issue and not ((not named or _THIRD_PERSON.match(text)) and _compliment(text)):
                for each in (issue, *_coordinated_issues(text[take.target_start : take.target_end], issue, taxonomy)):
                    if evaluated:
                        weak.add(len(candidates))
                    candidates.append(
                        Candidate(actor, each, take.stance, take.modality, *clause, quote, 0.6 + own_words + bonus, named)
                    )
        context = text
    # Evaluative words that go against what the quote states outright on the same issue qualify it, not reverse
    # it: "We want peace. We are taking steps to stop the aggression" wants peace.
    stated = {(c.issue.id, c.stance) for number, c in enumerate(candidates) if number not in weak}
    opposite = {"support": "oppose", "oppose": "support"}
    return [
        c for number, c in enumerate(candidates) if number not in weak or (c.issue.id, opposite[c.stance]) not in stated
    ]


def _mention_names(actor: Actor) -> tuple[str, ...]:
    """The names a sentence may use for an actor: name, aliases and a person's last name."""
    names = {actor.name, *actor.aliases}
    if actor.type == "person" and len(actor.name.split()) > 1:
        names.add(actor.name.split()[-1])
    return tuple(names)


_WORD = re.compile(r"\w+")


# Up to this many words, each is looked for in the body by string search; more (a long article naming many people),
# the body is split into its word pieces once.
_SEARCHED_WORDS = 48


def _whole_words_at(body: str, wanted: set[str]) -> dict[str, list[int]]:
    """Where each of the ``wanted`` words (runs of word characters) stands in ``body`` as a whole word (no word
    character on either side), in text order.

    A few words (most articles: a dozen names' first words) are each found by string search (``str.find`` skips
    ahead in C), the characters beside each place then tested: about a quarter of the cost of splitting the body
    into its word pieces and reading their offsets, which most articles never need again. Each search reads the
    whole body, so many words (``_SEARCHED_WORDS``) are looked up in the body's word pieces instead
    (``taxonomy.word_pieces``, split in C): a piece of ASCII characters is one whole word, so it is looked up as it
    stands; a piece with other characters may hold several words between non-word characters ("Lee’s"), and only
    those pieces are read word by word."""
    found: dict[str, list[int]] = {}
    if len(wanted) <= _SEARCHED_WORDS:
        length = len(body)
        for word in wanted:
            at = body.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not is_word_char(body[at - 1])) and (end == length or not is_word_char(body[end])):
                    found.setdefault(word, []).append(at)
                at = body.find(word, end)  # (an occurrence that starts inside this one has a word character before it)
        return found
    pieces = word_pieces(body)
    starts = lengths_before(body)  # piece i starts at starts[i] + i
    for index in compress(range(len(pieces)), map(wanted.__contains__, pieces)):
        if pieces[index].isascii():
            found.setdefault(pieces[index], []).append(starts[index] + index)
    for index in compress(range(len(pieces)), map(not_, map(str.isascii, pieces))):
        for word in _WORD.finditer(pieces[index]):
            if word.group() in wanted:
                found.setdefault(word.group(), []).append(starts[index] + index + word.start())
    return {word: sorted(offsets) for word, offsets in found.items()}


def _occurrences(body: str, actors: Sequence[Actor]) -> list[tuple[int, int, int]]:
    """Every whole-word occurrence of an actor's name: (start, -end, actor number), in text order with the
    longest first.

    A name that starts with a capital (nearly all do) is looked for only where the body has its first word as
    a whole word (the name's occurrence must open a word), found for all of them at once (``_whole_words_at``), so
    the cost stays linear in the body's length however many actors a long article names; other names are found by
    plain string search.
    No per-article regular expression."""
    names = [(number, name) for number, actor in enumerate(actors) for name in _mention_names(actor) if name]
    first_words = {name: _WORD.match(name).group() for _, name in names if name[0].isascii() and name[0].isupper()}
    capitalised = _whole_words_at(body, set(first_words.values())) if first_words else {}  # no capitalised name: no scan
    found = []
    for number, name in names:
        if name in first_words:
            # where its first word stands as a whole word, no word character is before it: only its end is tested
            closes_word, length = is_word_char(name[-1]), len(name)
            found.extend(
                (at, -at - length, number)
                for at in capitalised.get(first_words[name], ())
                if body.startswith(name, at) and (at + length < len(body) and is_word_char(body[at + length])) != closes_word
            )
            continue
        candidates = []
        at = body.find(name)
        while at >= 0:
            candidates.append(at)
            at = body.find(name, at + 1)
        # A whole word: the characters just outside the name are of the other kind than its first and last.
        opens_word, closes_word = is_word_char(name[0]), is_word_char(name[-1])
        found.extend(
            (at, -at - len(name), number)
            for at in candidates
            if (at > 0 and is_word_char(body[at - 1])) != opens_word
            and (at + len(name) < len(body) and is_word_char(body[at + len(name)])) != closes_word
        )
    return sorted(found)


def _sentence_mentions(occurrences: list[tuple[int, int, int]], start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """The actor mentions within a span, in text order, (start, end, actor number): where several names start at
    one place, the longest ("Marsh" in "Ivo Marsh" is no mention of its own)."""
    covered = start
    for at, negative_end, number in occurrences[bisect_left(occurrences, (start,)) : bisect_left(occurrences, (end,))]:
        if at >= covered and -negative_end <= end:
            covered = -negative_end
            yield at, -negative_end, number


# One branch per first letter: the statement verb (and the collective subject's look-ahead for it) is tried at many
# places a pass, and its 67 runs of alternatives cost a look-ahead each at every one (``by_first_letter``).
_STANCE_VERBS = _alternatives(SUPPORT_TRIGGERS + DEMAND_TRIGGERS + OPPOSE_TRIGGERS, one_branch_per_letter=True)
# What may stand between a subject and its verb: an affiliation ("Judge Ann Lee of the High Court ruled", "Democrats in
# Congress pushed for", not a date: "Lee in January demanded"), the
# bracketed short form of a name ("the Harbour Board (HB) rejected"), an apposition or a relative clause between
# commas (a relative clause may run longer: "Ann Lee, who led the party's delegation to the talks in the capital
# until May, also criticised"; or the comma closing an apposition the name is in: "The mayor, Ann Lee, vetoed"),
# auxiliaries and adverbs.
# A time between a subject and its verb: "The court on Friday struck down", "Lee last week rejected".
_TIME_PHRASE = (
    r"(?:(?:on|last|this|early|late)\s++(?-i:" + WEEKDAY + r")|"
    r"(?:last|this)\s++(?:week|month|year)|yesterday|today)"
)
# A verb of planning before the infinitive of the act the subject means to take: "Norway planned to impose a curfew".
_PLANNING_TO = r"(?:planned|plans|intended|intends|moved|prepared|aimed)\s+to"
# Every run of _BEFORE_VERB is possessive: what follows each (a space after a word, a word after a space, the comma
# after an aside, "ly" or "ing" ending a whole word) cannot be read into it, so the engine, which gave a run back one
# character at a time at each of the many places a subject's verb is looked for, has nothing to give back
# (``_BEFORE_VERB_AS_WRITTEN`` in the tests is the pattern as first written).
_BEFORE_VERB = (
    rf"(?P<affiliation>\s++(?:of|in(?!\s++(?-i:{MONTH}|{WEEKDAY})\b))\s++(?:the\s++)?(?:[A-Z][\w’'.-]*+\s++){{0,4}}?[A-Z][\w’'.-]*+)?(?:\s++\([^()]{{1,24}}+\))?"
    r"(?P<aside>,\s++who\b[^,]{0,160}+,|,[^,]{0,80}+,|,)?"
    r"(?P<joint>\s++(?:both|all|each|jointly|together))?"  # a quantifier floating after a joint subject: "Lee and Marsh both"
    # "be" before a participle or phrase of stance or a verb's "-ing" form: "Ann Lee is opposed to", "the board was in
    # favour of", "has been pushing for"; not before a passive ("was banned")
    r"(?:\s++(?:(?:has|have|had)\s++)?(?:long\s++)?(?:is|are|was|were|been|remains?|remained)"
    r"(?=\s++(?:not\s++)?(?:\w++(?<=\wly)\s++)?(?:opposed\s++to|in\s++favou?r\s++of|in\s++support\s++of|critical\s++of|supportive\s++of|committed\s++to|\w++(?<=\wing))\b))?"
    # one of a group whose act is told: "was among those who voted against", "were among the senators to vote against"
    rf"(?:\s++(?:is|are|was|were)\s++{_AMONG_GROUP}(?:who|to)(?=\s))?"
    rf"(?:\s++(?:also|has|have|had|would|will|d(?:oesn['’]t|idn['’]t|on['’]t|oes|id|o)|again|not|never|later|then|long|\w++(?<=\wly)|{_TIME_PHRASE})){{0,3}}(?:\s++{_PLANNING_TO})?\s++"
)
_STATEMENT_VERB = caseless.compile(rf"{_BEFORE_VERB}(?P<verb>{_STANCE_VERBS})\b", re.IGNORECASE)
# Any verb in the past, to find the subject of a sentence whose stance verb is coordinated with another
# ("Ann Lee met the unions and rejected their offer").
_IRREGULAR_PAST = r"said|told|made|took|gave|sent|met|held|led|began|wrote|won|lost|chose|spoke|set|put|kept|went"
_SUBJECT_VERB = re.compile(rf"{_BEFORE_VERB}(?P<verb>[a-z]+ed|{_IRREGULAR_PAST})\b")
# Verbs that judge their object by what they call it: "called the plan reckless", "described the ruling as a
# victory": the stance is in the evaluative words that follow.
# What a calling verb names someone as, when it is one who holds a stance: "a strong advocate for", "a fierce critic
# of", "the staunchest supporter of". The stance is the one described, not the speaker's own.
_STANCE_HOLDER = caseless.compile(
    r"\W*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:advocate|supporter|champion|defender|proponent|opponent|critic)\s+(?:of|for)\b",
    re.IGNORECASE,
)
_CALLING_VERB = caseless.compile(r"(?:call|describ|label|brand|dubb|characteri[sz]|referr)ed", re.IGNORECASE)
# Verbs of judging whose "that" clause is the judge's finding, held like a statement: "the court ruled on Monday that
# the map was unconstitutional".
_JUDGING_VERB = caseless.compile(r"(?:rul|conclud|decid|determin|f(?:ou|i)nd)(?:ed|es|s)?|found|held|holds", re.IGNORECASE)
_JUDGED_CLAUSE = caseless.compile(r"(?:\s+[\w,]+){0,4}?\s+that\b", re.IGNORECASE)
# A sentence whose subject is "he" or "she": the person who was the subject of the sentence before.
_PRONOUN_SUBJECT_START = re.compile(r"\W*(?:(?:But|And|Later|Then|Meanwhile),?\s+)?(?:He|She)\b")


def _capitalised_pronouns(body: str) -> list[int]:
    """Where "He" or "She" stands as a word (``\\b(?:He|She)\\b``), in text order: found by string search, which skips
    ahead to each "He" and "She" faster than a regex scan tests each character against H and S (0.31 -> 0.06 M
    instructions an article)."""
    found = []
    for at in offsets_of(body, ("He", "She")):
        end = at + (2 if body[at] == "H" else 3)
        if (at == 0 or not is_word_char(body[at - 1])) and (end == len(body) or not is_word_char(body[end])):
            found.append(at)
    return found


# A verb in the past coordinated with the subject's earlier verb: "... and urged", ", and also rejected", "but warned".
# A negated one takes its verb's plain form: "but did not accede to", "and never signed".
_COORDINATED_VERB = re.compile(
    rf"(?:,\s*|\s+)(?:and|but)(?:\s+(?:also|then|later|\w+ly))?\s+(?P<predicate>"
    rf"(?:(?:did|does|has|have|had|would|will)\s+(?:not|never)\s+|(?:didn['’]t|hasn['’]t|won['’]t)\s+|never\s+)"
    rf"(?P<negated>[a-z]+)|(?P<verb>[a-z]+ed|{_IRREGULAR_PAST}|sought|fought|withdrew))\b"
)
_STANCE_VERB_WORD = caseless.compile(rf"(?:{_STANCE_VERBS})(?:\s+\w+)*", re.IGNORECASE)
# A name after a preposition is no subject ("the Minister of Tunisia, signed"), nor one that closes an apposition
# with a bare comma unless a comma opened it ("The mayor, Ann Lee, vetoed"; not "Ann Lee, the mayor of X, vetoed"). The
# subject of a condition states what may happen, not what the actor did ("he would resign if the Senate voted against").
# Written as _NEGATION is (the form opening with "\b" is in the comment above its property test): the class of the
# words' first letters, the boundary before them by a look-behind after it, the words in the same order.
_NO_SUBJECT_BEFORE = caseless.compile(
    r"[oiaftnbwu](?<!\w.)(?:(?<=o)f|(?<=i)n|(?<=a)t|(?<=f)rom|(?<=f)or|(?<=t)o|(?<=n)ear|(?<=a)cross|(?<=b)y|(?<=w)ith|"
    r"(?<=o)n|(?<=u)nder|(?<=a)gainst|(?<=a)bout|(?<=i)f|(?<=u)nless|(?<=u)ntil|(?<=w)hether)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words _NO_SUBJECT_BEFORE ends with, before its spaces.
_NO_SUBJECT_ENDINGS = tuple("of in at from for to near across by with on under against about if unless until whether the".split())
# "a" or "an" before a capitalised name: the name modifies the noun that follows ("became an NBA champion five times",
# "a Senate vote"); an unnamed group after it is the subject ("an assembly of ministers denounced").
# "\b[Aa]n?\s+$", the boundary tested after the "a" (as in _NEGATION).
_INDEFINITE_BEFORE = re.compile(r"[Aa](?<!\w.)n?\s+$")


def _no_subject_before(body: str, start: int, end: int) -> bool:
    """Whether ``_NO_SUBJECT_BEFORE`` is found in ``body[start:end]``, searched only where that text ends with one
    of its words (in lower case, exact unless a non-ASCII letter matches an ASCII one: then searched)."""
    return _may_end_with(body[start:end], _NO_SUBJECT_ENDINGS) and _NO_SUBJECT_BEFORE.search(body, start, end) is not None


def _part_of_before(body: str, start: int, end: int) -> bool:
    """Whether ``_PART_OF`` is found in ``body[start:end]``, searched only where the text ends with "of", "for" or
    "the"."""
    return _may_end_with(body[start:end], ("of", "for", "the")) and _PART_OF.search(body, start, end) is not None


# ... except a part or number of a group, which acts as the group ("a number of Senators condemned"), and one who
# speaks for a body, which then acts ("The spokesperson for the Harbour Board condemned": the Board's position, as a
# spokesperson's quote is).
_PART_OF = caseless.compile(
    r"\b(?:(?:number|group|majority|handful|coalition|dozens|hundreds|thousands|some|many|most|all|several|members|both|"
    r"each|none)\s+of|spokes(?:man|woman|person|people|persons|men|women)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place after another place or a bracketed short form and a comma locates it ("Sydney, Australia", "Wales
# (NSW), Australia"), as does one that closes a bare apposition it does not open.
_COMMA_BEFORE = re.compile(r",\s+$")
# A comma that opens an apposition a name is in, with the name's lower-case title: "The mayor, Ann Lee, vetoed", "one
# of the groups, the Harbour Board, rejected", "The front-runner, former mayor Ann Lee, has promised".
_APPOSITION_OPEN = caseless.compile(r",\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)
# What joins coordinated names, with a few lower-case words of a title before the next: "Ann Lee and Ivo Marsh",
# "Arland, Borovia and the Harbour Board", "Ann Lee and former mayor Ivo Marsh"; after "and" up to four capitalised
# title words ("and fellow Republican Representative Ivo Marsh", "and House Harbour Committee Chair Ivo Marsh"), and after the first name its place ("Senators Ann Lee of
# Arland, Ivo Marsh of Borovia and ...").
_COORDINATION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|nor)\s+)(?:[a-z]+\s+){0,4}(?:[A-Z][a-z]+\s+){0,4}(?:[a-z]+\s+){0,3}"
)
# What opens an apposition that names the persons of the group before it: "Two councillors, Ann Lee and ...", ", former
# mayor Ann Lee,"; not a participle ("The union, led by Ann Lee, rejected" is the union's).
_APPOSITION_NAMES = re.compile(
    r",\s+(?:the\s+)?(?:(?!led\b|by\b|with\b|and\b|who\b)[a-z][\w-]*\s+){0,3}(?:(?:[A-Z][\w’'.-]*\s+){1,3}and\s+)?"
)
# A name that only gives the place of the name before it: "Ann Lee of Arland".
_PLACE_OF = re.compile(r"\s+of\s+(?:the\s+)?$")
# A place's name after "of", "in" or "from", before the comma and the place that qualifies it ("the mayor of South
# Bend, Indiana, proposed"): the state or country names where the place is, not who acts.
_PLACE_NAME_BEFORE = re.compile(r"\b(?:of|in|from|near)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*$")
# "Neither Arland nor Borovia would endorse the result": the last name of a subject that "neither ... nor" denies.
_NOR_BEFORE = caseless.compile(r"\bnor\s+(?:the\s+)?$", re.IGNORECASE)


def _denied(judge: Callable[[str], Stancetaking | None]) -> Callable[[str], Stancetaking | None]:
    """``judge`` with its stance reversed, for the predicate of a subject that "neither ... nor" denies."""

    def reversed_stance(text: str) -> Stancetaking | None:
        take = judge(text)
        if take is None:
            return None
        return replace(take, stance="oppose" if take.stance == "support" else "support", modality="negated")

    return reversed_stance


# Nothing but a complementiser between a verb and the quote it introduces: "announced that [quote]".
# A time or a channel may come first: "announced on Friday [quote]", "said in a statement on Monday that [quote]".
_ONLY_THAT = caseless.compile(
    r"\W*(?:(?:on|in|at|via|during|through|late|early|earlier|later|yesterday|today|this|last)\b[^,;:.\"“”]{0,40}?\W*)?"
    r"(?:that\W*)?",
    re.IGNORECASE,
)
# What one sues for, over or against after the suit's time or place ("sued in federal court for defamation", "sued on
# Monday over the levy"): the rest of the predicate, where no quote follows to be its content. Other verbs' time or
# place with "for" after it is no object ("announced on Friday for the third time").
_SUING = frozenset(("sue", "sues", "sued", "suing"))
_GROUND = re.compile(r" (?:for|over|against) ")
# A relative clause on a name that states its stance: "Ann Lee, who proposed the sale, ...".
_RELATIVE_TO_STANCE_VERB = rf"(?:\s+(?:also|has|have|had|\w+ly))*\s+(?={_STANCE_VERBS}\b)"
_RELATIVE_STANCE = caseless.compile(rf",\s+(?P<pronoun>who|which){_RELATIVE_TO_STANCE_VERB}", re.IGNORECASE)

# The same relative clause after a person's name without its commas ("Ann Lee who sponsored the bill said ...").
_BARE_RELATIVE_STANCE = caseless.compile(rf"\s+who{_RELATIVE_TO_STANCE_VERB}", re.IGNORECASE)
_WORD_RUN = re.compile(r"[A-Za-z]+")


def _relative_end(body: str, start: int, end: int) -> int:
    """Where a relative clause without commas that opens at ``start`` ends: at a comma, else before the first verb of
    saying after its own verb (the sentence's verb: "who sponsored the bill remarked ..."), else at ``end``."""
    close = body.find(",", start, end)
    stop = close if close > 0 else end
    words = list(_WORD_RUN.finditer(body, start, stop))
    for word in words[1:]:
        if word.group().lower() in speech_verb_forms():
            return word.start()
    return stop


def _opening_stance(clause: str) -> Stancetaking | None:
    """The stance of a clause whose first word is its trigger ("sponsored the bill ..."), else None: a relative clause
    without commas may run on into the sentence's own predicate ("who backed into a car was not hurt")."""
    verbal = _verbal(clause)
    return stancetaking(clause) if verbal and verbal.start() == 0 else None



def _spans_holding(spans: Sequence[Span], occurrences: list[tuple[int, int, int]]) -> list[Span]:
    """The spans (in text order) in which an occurrence may start, found from the occurrences: an article of
    many short sentences and few names costs a look-up per name, not per sentence."""
    return [spans[index] for index in sorted({bisect_right(spans, at, key=itemgetter(0)) - 1 for at, _, _ in occurrences} - {-1})]


# A stance verb with its particle where a predicate starts ("accede to"), as the statement's verb is found.
_LEADING_STANCE_VERB = caseless.compile(rf"(?:{_STANCE_VERBS})\b", re.IGNORECASE)


# What follows a passive participle with no object: a preposition of its own or the clause's end.
_NO_OBJECT = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:from|by|in|at|on|after|over|under|until|without)\b")


# What may close a quote before the sentence goes on: closing quotation marks (a comma after them is the
# coordinated verb's, ``_COORDINATED_VERB``).
_AFTER_QUOTE = re.compile(r"[\"”’']*")


def _coordinated_verb(body: str, coordinated: re.Match[str]) -> str:
    """The verb that a coordinated predicate starts with: the past form, or the plain form after a negation ("but did
    not accede to")."""
    if coordinated.group("verb"):
        return coordinated.group("verb")
    negated = _LEADING_STANCE_VERB.match(body, coordinated.start("negated"))
    return negated.group() if negated else coordinated.group("negated")


def _predicates(body: str, verb_start: int, stop: int, verb: str) -> list[tuple[Span, str]]:
    """The spans of a subject's predicates from its first verb (``verb``), each with its verb: each verb in the
    past coordinated with it starts one ("issued warrants [and demanded their arrest]", "welcomed the deal [but
    warned that ...]", "agreed to X [but did not accede to Y]"), and the one before it ends at its "and" or "but"."""
    starts = [verb_start]
    verbs = [verb]
    ends = []
    # (each coordinated verb follows "and" or "but": a predicate without them is not scanned)
    coordinating = body.find("and", verb_start + 1, stop) >= 0 or body.find("but", verb_start + 1, stop) >= 0
    for coordinated in _COORDINATED_VERB.finditer(body, verb_start + 1, stop) if coordinating else ():
        if (
            coordinated.group("verb")
            and _PASSIVE_AUXILIARY.search(body, max(verb_start, coordinated.start() - 40), coordinated.start("predicate"))
            and _NO_OBJECT.match(body, coordinated.end())
        ):
            continue  # "who was arrested and banned from the race": a participle that shares a passive's auxiliary
        ends.append(coordinated.start())
        starts.append(coordinated.start("predicate"))
        verbs.append(_coordinated_verb(body, coordinated))
    return list(zip(zip(starts, [*ends, stop]), verbs))


@lru_cache(maxsize=4096)
def _stance_verb_word(verb: str) -> bool:
    """Whether a predicate's verb is a stance verb (``_STANCE_VERB_WORD``), remembered: the same verbs recur."""
    return _STANCE_VERB_WORD.fullmatch(verb) is not None


def _predicate_stance(predicate: str, verb: str) -> Stancetaking | None:
    """The stance a predicate starting with (or, after auxiliaries, led by) ``verb`` states: that of a stance
    verb, of the evaluative words after a verb of calling ("called the plan reckless"), or of what a speech
    verb reports when no quote was found there ("said it would challenge the law"); none after other verbs."""
    if _stance_verb_word(verb) or _LEADING_STANCE_VERB.match(predicate, max(0, predicate.find(verb))):
        # "offered its support"; after auxiliaries too ("has expelled two envoys over the raid")
        return stancetaking(predicate)
    if verb.lower().startswith(_VERDICT_VERBS) and _LEADING_STANCE_VERB.match(predicate, max(0, predicate.find(verb))):
        return stancetaking(predicate)  # "also ruled the curfew unlawful": a verdict's verb is one only with its complement
    if _CALLING_VERB.fullmatch(verb):
        # "labeled the report as fake news": what an account is called says whether it is true, no stance on an issue
        return None if _object_head(predicate, len(verb)) in _ACCOUNTS else evaluative_stancetaking(predicate)
    judged = _JUDGING_VERB.fullmatch(verb) and _JUDGED_CLAUSE.match(predicate, len(verb))
    # (a reporter takes no stance; what one expresses is a stance only by the stance verbs' own reading above)
    if judged or (verb.lower() in speech_verb_forms() and not verb.lower().startswith("report") and not _expressing(verb)):
        return stancetaking(predicate) or evaluative_stancetaking(predicate)
    return None


# An unnamed collective opening a sentence as the subject of a stance verb: "Attorneys general from ten states
# sued", "A coalition of press freedom groups filed a lawsuit", "The health ministry of Arland said". A fronted
# time ("On Monday,") may come first; a determiner or a part of a group ("a number of") is no part of its name.
_COLLECTIVE_NOUNS = (
    "group association coalition council ministry union committee commission government parliament board league "
    "federation chamber alliance administration assembly campaign cabinet jury"
).split()
_COLLECTIVE_HEAD = (
    r"(?:(?!(?:does|various|numerous|previous|serious|famous|obvious)\b)[A-Za-z][a-z’'-]{2,}(?<!ss)(?<!['’]s)(?<!['’])s|"
    rf"{by_first_letter(_COLLECTIVE_NOUNS)})"
)
# The same head where a space or a comma must follow it (before the statement's verb): the plural's letters read
# whole, then tested to end in "s" (giving them back one at a time, to find an "s" before another letter, finds no
# head that a space or a comma follows).
_COLLECTIVE_HEAD_BEFORE_BREAK = (
    r"(?:(?!(?:does|various|numerous|previous|serious|famous|obvious)\b)[A-Za-z](?=[a-z’'-]{3})[a-z’'-]*+(?<=s)(?<!ss.)(?<!['’]s.)(?<!['’]s)|"
    rf"{by_first_letter(_COLLECTIVE_NOUNS)})"
)
# A group named after its leader acts as itself, not as the leader: "the Lee campaign", "the Marsh administration".
_LEADERS_GROUP = caseless.compile(r"[\w’'-]+\s+(?:campaign|administration|government|cabinet|team|camp)", re.IGNORECASE)


def _collective(head: str, word: str) -> str:
    """A collective with ``head`` as its head and ``word`` as each word of its tail ("of the health ministry")."""
    return (
        r"(?:(?:dozens|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:the\s+)?"  # "Thousands of farmers": the farmers
        r"|(?:the|a|an|some|several|many|most|dozens|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|eight|"
        r"nine|ten)\s+(?:(?:number|group|coalition|handful|majority)\s+of\s+(?:the\s+)?)?"
        # No determiner: not after one that is no head ("The", "ten", a number), whose name, words and heads the
        # determined readings already tried (they reach every end of a name this one could: "The House of Commons"
        # as "House of Commons"); only "Dozens", "Hundreds" and the like may head a name themselves.
        r"|(?!(?:the|a|an|some|several|many|most|two|three|four|five|six|seven|eight|nine|ten)\s|\d))"
        # a chamber with its country's adjective or name before it: "the Libyan House of Representatives"
        r"(?P<name>(?-i:[A-Z][\w’'-]+)\s+(?:House\s+of\s+(?:Representatives|Commons|Delegates|Lords)|Chamber\s+of\s+Deputies)"
        rf"|(?:[a-z][\w’'-]*+\s++){{0,2}}?{head}"
        # (an infinitive's "to" ends the name: "The government of Borovia planned to implement ...")
        rf"(?P<tail>\s+(?:general|of|from|in)(?:\s+(?:the\s+)?(?!to\b){word}){{1,3}}?(?!\s+of\s+(?-i:[A-Z])))?)"
    )


_COLLECTIVE = _collective(_COLLECTIVE_HEAD, r"[\w’'-]+")
# The subject's tail words are possessive, as its head's letters are read whole: the statement's verb after them
# opens with a space or a comma, which no tail word ends before.
_COLLECTIVE_SUBJECT = caseless.compile(
    r"(?:(?:On|Last|This|Earlier|Later|Yesterday|Today|Meanwhile)\b[^,.]{0,30},\s+)?"
    + _collective(_COLLECTIVE_HEAD_BEFORE_BREAK, r"[\w’'-]++")
    + rf"(?={_STATEMENT_VERB.pattern}\b)",
    re.IGNORECASE,
)
# A quote's speaker that is such a collective: "the health ministry of Arland said that ...".
_COLLECTIVE_SPEAKER = caseless.compile(_COLLECTIVE, re.IGNORECASE)
# No shorter sentence holds a subject, a stance verb and an object ("Groups sued."): skipped unread.
_SHORTEST_STATEMENT = 12
# Plural words that are no collective: pronouns, determiners and the like.
# Generic sources (analysts, experts, observers, sources) are no collective that holds positions either.
_NOT_COLLECTIVE = frozenset(
    "this these those others officials reports news its his hers theirs ours yours analysts experts observers sources "
    "commentators economists".split()
)


_MODAL_WORD = caseless.compile(r"\b(?:must|should|shall|may|might|can|could)\b", re.IGNORECASE)


def _of_place_form(body: str, name: str) -> str:
    """A collective named by a demonym ("the Samoan government") under the article's "of" form for it ("the
    government of Samoa") where the article has one: one group, under one name."""
    demonym, _, head = name.partition(" ")
    place = demonyms().get(demonym) if head else None
    if place is None:
        return name
    of_form = f"{head} of {place}"
    return of_form if of_form in body else name


def _is_no_collective(name: str) -> bool:
    return name.split()[-1].lower() in _NOT_COLLECTIVE or _PRONOUN_IN_NAME.search(name) is not None


# The singular heads of a collective that "the" may use for an organisation named before: "The union rejected the
# offer" after "the Arland Teachers Union", "The ministry urged" after "the Ministry of Health of Arland".
_ORGANISATION_HEADS = frozenset(
    "group association coalition council ministry union committee commission government parliament board league "
    "federation chamber alliance administration assembly cabinet".split()
)


def _named_before(
    head: str, at: int, named: list[tuple[int, int, int]], actors: Sequence[Actor], groups: Sequence[Actor]
) -> int | None:
    """The speaker number (``actors`` first, then ``groups``, the collectives found in the sentences before) of the
    organisation last named before ``at`` with ``head`` among the words of its name, for "the" and that head alone
    to stand for it; else of such a group; None if there is none."""
    for _, _, number in reversed(named[: bisect_left(named, (at,))]):
        actor = actors[number]
        if actor.type == "organization" and head in normalise(actor.name).split():
            return number
    for number in range(len(groups) - 1, -1, -1):
        if head in normalise(groups[number].name).split():
            return len(actors) + number
    return None


def _collectives(
    body: str,
    spans: Sequence[Span],
    named: list[tuple[int, int, int]],
    places: frozenset[int] = frozenset(),
    actors: Sequence[Actor] = (),
) -> tuple[list[Actor], list[tuple[int, int, int]]]:
    """Unnamed collectives that open a sentence as the subject of a stance verb, as actors of type group under
    the article's words for them (the annotation's convention for "a number of Senators", "attorneys general
    from sixteen states"); none where a named actor (which speaks for itself) stands before the subject's "of" or
    "from" ("the health ministry of Arland" is a collective, "Ann Lee's allies" are not), unless it is a place (of
    ``places``, the numbers of named that are places) that only says whose body it is ("the Lakeside city council").

    "The" and a singular head alone ("The union rejected ...") stand for the organisation of ``actors`` named before
    with that head in its name ("the Arland Teachers Union"), else for the group found before with it ("the
    government of Samoa"): those subjects come back as mentions (start, -end, speaker number), ``actors`` numbered
    first, and make no group of their own."""
    found: dict[str, Actor] = {}
    links: list[tuple[int, int, int]] = []
    starts = [at for at, _, _ in named]
    for start, end in spans:
        if end - start < _SHORTEST_STATEMENT:
            continue
        subject = _COLLECTIVE_SUBJECT.match(body, start, end)
        if not subject:
            continue
        verb = _STATEMENT_VERB.match(body, subject.end(), end)
        if verb and _MODAL_WORD.search(body, subject.start(), verb.start("verb")):
            continue  # "two-thirds of senators must vote to convict": a rule for a collective, not its act
        head_end = subject.start("tail") if subject.group("tail") else subject.end("name")
        first_named = bisect_left(starts, start)
        head = subject.start("name") + subject.group("name").rfind(" ") + 1  # where its last word starts
        if first_named < len(named) and named[first_named][0] == subject.start("name") and -named[first_named][1] < head:
            first_named += named[first_named][2] in places  # "the Lakeside city council": the place names whose it is
        if first_named != bisect_left(starts, head_end) and not _LEADERS_GROUP.fullmatch(subject.group("name")):
            continue  # "Ann Lee's allies said": a named actor speaks for itself; "the ministry of Arland" is one
        written = subject.group("name")
        if _is_no_collective(written):
            continue
        if written.lower() in _ORGANISATION_HEADS and body[subject.start("name") - 4 : subject.start("name")].lower() == "the ":
            earlier = _named_before(written.lower(), start, named, actors, list(found.values()))
            if earlier is not None:
                links.append((subject.start("name"), -subject.end("name"), earlier))
                continue
        name = _of_place_form(body, written)
        group = found.setdefault(normalise(name), _group_actor(name))
        if written != name and written not in group.aliases:
            found[normalise(name)] = group.model_copy(update={"aliases": [*group.aliases, written]})
    return list(found.values()), links


# A sentence that opens on a practice or a count of past cases tells background ("Traditionally, the board has
# approved ...", "Only once before has the council voted to ..."), not a position taken in the news.
_HABITUAL_OPENING = re.compile(r"\W*(?:Historically|Traditionally|(?:Only\s+)?once\s+before|Never\s+before)\b")


def _may_open_habitually(body: str, start: int, end: int) -> bool:
    """False only where ``_HABITUAL_OPENING`` cannot match: the span holds none of its words."""
    return (
        body.find("once", start, end) >= 0
        or body.find("Never", start, end) >= 0
        or body.find("Historically", start, end) >= 0
        or body.find("Traditionally", start, end) >= 0
    )


def _statement_candidates(
    body: str,
    spans: Sequence[Span],
    quotes: Sequence[Quote],
    actors: Sequence[Actor],
    occurrences: list[tuple[int, int, int]],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Stances stated outright in a sentence (of ``spans``) with a named actor as subject: "Marsh backs the plan",
    "Marsh met the unions and rejected their offer", "Marsh, who proposed the plan, ...", "neither Arland nor
    Borovia would endorse" (reversed), and a pronoun subject of an inner clause ("met the unions, where he rejected
    their offer"); then the stances a name or a group owns ("Ann Lee's support for X", ``_owned_stances``).

    A state that acts or speaks stands for its government ("Canada backs the deal"), as in event coding; a
    place that is merely mentioned is no subject of a stance verb and so holds nothing."""
    said = _QuoteBounds(
        sorted(q.start for q in quotes if not _reported(q)),
        sorted(q.end for q in quotes if not _reported(q)),
        {q.start: q.end for q in quotes if not _reported(q)},
    )
    collectives, links = _collectives(
        body, spans, occurrences, frozenset(number for number, actor in enumerate(actors) if actor.type == "place"), actors
    )
    speakers = [*actors, *collectives]
    if collectives or links:
        occurrences = sorted(
            occurrences + links + [(at, end, number + len(actors)) for at, end, number in _occurrences(body, collectives)]
        )
    candidates = []

    def add(number: int, clause: Span, judge: Callable[[str], Stancetaking | None] = stancetaking) -> None:
        take = judge(body[clause[0] : clause[1]])
        if take:
            issue, bonus, named = _issue_for(body, clause, take, "", taxonomy, topic)
            if issue and not (not named and _compliment(body[clause[0] : clause[1]])):
                target = body[clause[0] + take.target_start : clause[0] + take.target_end]
                for each in (issue, *_coordinated_issues(target, issue, taxonomy)):
                    candidates.append(
                        Candidate(_state_of(speakers[number], actors), each, take.stance, take.modality, *clause, None, 0.55 + bonus, named)
                    )

    holding = set(_spans_holding(spans, occurrences))
    # Sentences with a name, and those that may open with "He" or "She" (found in one scan of the body).
    pronouns = [(at, 0, 0) for at in _capitalised_pronouns(body)]
    place_ends = {-negative_end for _, negative_end, number in occurrences if speakers[number].type == "place"}
    counselled = _role_counsel(body, spans, speakers)
    last_person: int | None = None
    for start, end in sorted(holding.union(_spans_holding(spans, pronouns), counselled)):
        if _may_open_habitually(body, start, end) and _HABITUAL_OPENING.match(body, start, end):
            last_person = None
            continue  # "Historically, the ministry has not pressed charges": a practice, not a position taken
        subjects = []
        pronoun = (
            _PRONOUN_SUBJECT_START.match(body, start, end)
            if body.find("He", start, end) >= 0 or body.find("She", start, end) >= 0  # its pronoun, as written
            else None
        )
        mentions = list(_sentence_mentions(occurrences, start, end)) if (start, end) in holding else []
        if pronoun:
            # the person who was the last sentence's subject, else the last person of the pronoun's gender named before
            # it ("Ann Lee's positions include ... She supports X")
            held = last_person if last_person is not None else _person_before(body, occurrences, speakers, pronoun.start())
            if held is not None:
                mentions.insert(0, (pronoun.start(), pronoun.end(), held))
        if (start, end) in counselled:
            mentions.insert(0, counselled[start, end])  # "The president's lawyers appealed": the president's stance
        chain: list[int] = []  # names coordinated with the next one: "Ann Lee and Ivo Marsh signed" is signed by both
        denied: set[int] = set()  # where a subject that "neither ... nor" denies ends with its last name
        chain_end = start
        last_mention: tuple[int, int] | None = None  # where the name before starts, and its speaker's number
        for at, name_end, number in mentions:
            before, last_mention = last_mention, (at, number)
            if subjects and subjects[-1][4].start("aside") <= at < subjects[-1][4].end("aside"):
                # A name inside the apposition of the subject before: "Ann Lee, the Harbour Board chair, rejected" is
                # Ann Lee's; "Two councillors, Ann Lee and Ivo Marsh, rejected" is the named persons'.
                first, held_end, held, *rest = subjects[-1]
                named_in_aside = held_end > subjects[-1][4].start("aside")
                if speakers[number].type == "person" and (
                    named_in_aside
                    or (
                        all(speakers[n].type != "person" for n in held)
                        and _APPOSITION_NAMES.fullmatch(body, subjects[-1][4].start("aside"), at)
                    )
                ):
                    subjects[-1] = (first, name_end, (*held, number) if named_in_aside else (number,), *rest)
                continue
            if chain and speakers[number].type == "place" and _PLACE_OF.fullmatch(body, chain_end, at):
                continue  # "Ann Lee of Arland and Ivo Marsh": Arland only places Ann Lee; the list goes on after it
            if chain and not _COORDINATION.fullmatch(body, chain_end, at):
                chain = []
            # A list of subjects ends with "and": in "a memo by Ann Lee, the council rejected" only the council did.
            joined_by_and = bool(chain) and (" and " in body[chain_end:at] or " nor " in body[chain_end:at])
            chain_end = name_end
            if speakers[number].type == "organization" and body.find("passed", max(start, at - 24), at) >= 0:
                passing = _PASSED_CHAMBER.search(body, max(start, at - 80), at)
                if passing and not _NAME_GOES_ON.match(body, name_end, end):
                    # "The bill passed the Senate on Tuesday": the chamber supports the measure that passed it
                    add(number, (passing.start(), name_end), _passed_by_chamber)
            relative = _RELATIVE_STANCE.match(body, name_end, end) if body.startswith(",", name_end, end) else None
            if relative and relative.group("pronoun").lower() == "which":
                # "which" is the name's own, even after a preposition ("a rally outside the Court, which rejected X")
                close = body.find(",", relative.end(), end)
                add(number, _strip(body, relative.end(), close if close > 0 else end))
                relative = None
            after_comma = _COMMA_BEFORE.search(body, max(start, at - 4), at) if body.find(",", max(start, at - 4), at) >= 0 else None
            if (_no_subject_before(body, max(start, at - 12), at) and not _part_of_before(body, max(start, at - 24), at)) or (
                body[at].isupper() and _INDEFINITE_BEFORE.search(body, max(start, at - 4), at)
            ) or (
                speakers[number].type == "place"
                and after_comma
                and (
                    body[after_comma.start() - 1] == ")"
                    or after_comma.start() in place_ends
                    or _PLACE_NAME_BEFORE.search(body, max(start, after_comma.start() - 40), after_comma.start()) is not None
                )
            ):
                if before is not None and after_comma and speakers[number].type == "place" and speakers[before[1]].type != "place":
                    # the place locates the body named before it, which is the subject: "the Parliament of Wales (NSW),
                    # Australia voted", "Ann Lee of the University of Lakeside, Arland disagreed"
                    verb = _STATEMENT_VERB.match(body, name_end, end) if body[name_end : name_end + 1].isspace() else None
                    if verb and not verb.group("aside"):
                        subjects.append((before[0], name_end, (before[1],), verb, verb))
                chain = []
                continue  # "the Minister of Tunisia, signed", "the legislature in Sydney abolished", "Wales (NSW), Australia voted"
            if relative:
                close = body.find(",", relative.end(), end)
                add(number, _strip(body, relative.end(), close if close > 0 else end))
            elif body.startswith(" who ", name_end, end) and speakers[number].type == "person":
                bare = _BARE_RELATIVE_STANCE.match(body, name_end, end)
                if bare:
                    # "Senator Ann Lee who sponsored the bill said ...": a relative clause without commas ends at the
                    # comma or at the sentence's verb of saying
                    add(number, _strip(body, bare.end(), _relative_end(body, bare.end(), end)), _opening_stance)
            # (what may stand between a subject and its verb, _BEFORE_VERB, opens with a space or a comma)
            spaced = name_end < end and (body[name_end] == "," or body[name_end].isspace())
            stance_verb = _STATEMENT_VERB.match(body, name_end, end) if spaced else None
            verb = stance_verb or (_SUBJECT_VERB.match(body, name_end, end) if spaced else None)
            if verb is None and body.startswith(("'", "’"), name_end, end) and speakers[number].type != "place":
                counsel = _COUNSEL.match(body, name_end, end)
                stance_verb = _STATEMENT_VERB.match(body, counsel.end(), end) if counsel else None
                if stance_verb and not stance_verb.group("aside"):
                    # "Lee's lawyers appealed the ruling": a stance counsel take for a client is the client's
                    verb, name_end = stance_verb, counsel.end()
            numbers = (*chain, number) if joined_by_and else (number,)
            if verb and verb.group("joint") and len(numbers) == 1:
                verb = None  # "Marsh both rejected": "both" or "all" floats after a joint subject, not after one name
            if verb and (verb.group("aside") != "," or _APPOSITION_OPEN.search(body, max(start, at - 40), at)):
                if _NOR_BEFORE.search(body, max(start, at - 10), at):
                    denied.add(at)
                subjects.append((at, name_end, numbers, stance_verb, verb))
                chain = []
            else:
                chain.append(number)
        persons = [number for _, _, numbers, _, _ in subjects for number in numbers if speakers[number].type == "person"]
        # "met the unions, where he rejected their offer", "gave a speech in which she condemned ...": a person subject
        # of a clause inside the sentence is the sentence's first person subject, else the last one before it.
        holder = persons[0] if persons else last_person
        # (each of _INNER_PRONOUN's words, "where", "which", "whereupon", starts with "wh")
        for inner in _INNER_PRONOUN.finditer(body, start, end) if holder is not None and body.find("wh", start, end) >= 0 else ():
            inner_verb = _STATEMENT_VERB.match(body, inner.end(), end)
            if inner_verb and not inner_verb.group("aside"):
                subjects.append((inner.start("pronoun"), inner.end(), (holder,), inner_verb, inner_verb))
        subjects.sort(key=itemgetter(0))
        last_person = persons[0] if persons else (None if subjects or (start, end) in holding else last_person)
        # A subject's predicates end where the next subject starts ("Fars reported Iran issued X and demanded Y").
        for subject, next_start in zip(subjects, [s[0] for s in subjects[1:]] + [end]):
            at, _, numbers, _, _ = subject
            for predicate, verb_word in _subject_predicates(body, quotes, said, subject, next_start, speakers):
                judge = partial(_predicate_stance, verb=verb_word)
                for number in numbers:
                    add(number, _strip(body, *predicate), _denied(judge) if at in denied else judge)
        if (start, end) in holding:
            candidates.extend(_described_stances(body, (start, end), occurrences, speakers, taxonomy, topic))
    return candidates + _owned_stances(body, spans, occurrences, speakers, taxonomy, topic) + _their_demands(body, spans, taxonomy, topic)


# A measure that passed a chamber, before the chamber's name: "The bill passed the Senate", "the measure, which passed
# both houses"; the measure is what the chamber (an organisation named right after it) voted for. Not a bill that passed
# through or by a place, nor a time that passed ("a year passed").
_PASSED_CHAMBER = caseless.compile(
    opening_with_first_letters(("bill", "bills", "measure", "legislation", "act", "resolution", "amendment", "proposal", "which", "that"))
    + r"\b(?:\s+\w+ly)?\s+passed\s+(?:in\s+)?(?:both\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# A capitalised word after a mention (not a day or a month): the mention is part of a longer name the cast lacks ("the
# Lakeland House of Delegates", whose "Lakeland" is the Lakeland Senate's short name).
_NAME_GOES_ON = re.compile(rf"\s+(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z]")


def _passed_by_chamber(clause: str) -> Stancetaking:
    """The support of a chamber a measure passed (``_PASSED_CHAMBER``): the measure, before "passed", is the target."""
    return Stancetaking("support", "asserted", 0, max(0, clause.lower().rfind(" passed")))


# A name's counsel before a stance verb ("Ann Lee's lawyers appealed", "the Harbour Board's legal team challenged"):
# they act for the name, whose stance it is (the annotation conventions: a stance a lawyer announces for a client is
# the client's).
_COUNSEL = re.compile(
    r"['’]s?\s+(?:(?:own|personal|private|lead|defen[cs]e)\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|"
    r"(?:legal|defen[cs]e)\s+team)(?=[\s,])"
)


# A role before its counsel opening a sentence ("The president's lawyers appealed the ruling", "The mayor's legal team
# filed ..."): the role stands for the one person of the article who holds it, as a name before counsel does.
_ROLE_BEFORE_COUNSEL = re.compile(r"The (?P<role>[a-z]{3,20})(?=['’])")
_COUNSEL_WORDS = ("lawyer", "attorney", "counsel", "solicitor", "barrister", "legal team", "defence team", "defense team")


def _role_counsel(body: str, spans: Sequence[Span], speakers: Sequence[Actor]) -> dict[Span, tuple[int, int, int]]:
    """The sentences (of ``spans``) that open with a role's counsel, each with the role as a mention of its holder
    (where the role phrase starts and ends, the holder's speaker number): the one person whose role ends with that
    word ("President" of "Westmarch President Ann Lee"); none where no person or several hold it."""
    if not any(word in body for word in _COUNSEL_WORDS):
        return {}
    found = {}
    for start, end in spans:
        role = _ROLE_BEFORE_COUNSEL.match(body, start, end) if body.startswith("The ", start, end) else None
        if role is None or _COUNSEL.match(body, role.end(), end) is None:
            continue
        head = role.group("role")
        holders = [
            number
            for number, actor in enumerate(speakers)
            if actor.type == "person" and any(_held_role_head(held) == head for held in actor.roles)
        ]
        if len(holders) == 1:
            found[start, end] = (start, role.end(), holders[0])
    return found


def _held_role_head(role: str) -> str:
    """The head word of a role a person holds, lower-cased: "president" of "Westmarch President" and of "President of
    Westmarch"."""
    return _head_word(role.split(" of ")[0])


def _state_of(actor: Actor, actors: Sequence[Actor]) -> Actor:
    """The state a capital stands for when it acts ("Athens expelled the ambassador" is Greece's act, as a state acting
    stands for its government), the article's actor of that name if it has one; any other actor as it is."""
    state = capitals().get(actor.name) if actor.type != "person" else None
    if state is None:
        return actor
    for other in actors:
        if other.type == "place" and other.name == state:
            return other
    return actor.model_copy(update={"id": actor_id(state, "place"), "name": state, "aliases": [*actor.aliases, actor.name]})


# How far back "he" or "she" opening a sentence looks for the person it stands for, when the sentence before had no
# person as its subject: a few names, in the paragraph before at most.
_ANTECEDENT_MENTIONS = 4
_ANTECEDENT_CHARS = 400


def _person_before(body: str, occurrences: list[tuple[int, int, int]], speakers: Sequence[Actor], at: int) -> int | None:
    """The speaker number of the last person named before ``at`` (a sentence's "He" or "She") whose given name, where
    the lexicon knows it, agrees with the pronoun; None when a name of another type or gender comes first or none is
    near."""
    wanted = "male" if body.startswith("He", at) else "female"
    genders = first_name_genders()
    index = bisect_left(occurrences, (at,))
    for mention_start, _, number in reversed(occurrences[max(0, index - _ANTECEDENT_MENTIONS) : index]):
        if at - mention_start > _ANTECEDENT_CHARS:
            return None
        actor = speakers[number]
        if actor.type != "person":
            continue
        gender = genders.get(actor.name.split()[0].lower())
        if gender is None or gender == wanted:
            return number
    return None


class _QuoteBounds(NamedTuple):
    """Where the quotes start and end (each sorted) that are more than news a source reports (``_reported``), and
    each one's end by its start."""

    starts: list[int]
    ends: list[int]
    end_at: dict[int, int]


def _subject_predicates(
    body: str,
    quotes: Sequence[Quote],
    said: _QuoteBounds,
    subject: tuple[int, int, tuple[int, ...], re.Match[str] | None, re.Match[str]],
    next_start: int,
    speakers: Sequence[Actor],
) -> list[tuple[Span, str]]:
    """The predicates, each with its verb, of a sentence's ``subject`` as ``_statement_candidates`` finds them
    (where its name starts and ends, its speakers' numbers, the stance verb if any, its verb): from the verb up to the
    next subject (``next_start``) or the next quote, and one coordinated after that quote."""
    at, name_end, numbers, stance_verb, verb = subject
    # Quotes that start before the verb ends, less those that end by the name's end, overlap the statement:
    # it is what they say, unless it is an act a speaker reports of another actor.
    if bisect_left(said.starts, verb.end()) > bisect_right(said.ends, name_end):
        reporting = _reporting_quote(body, quotes, at, name_end, verb, [speakers[n] for n in numbers]) if stance_verb else None
        if reporting is None:
            return []
        next_start = min(next_start, reporting.end)
    following_quote = bisect_left(said.starts, verb.end())
    stop = min(next_start, said.starts[following_quote]) if following_quote < len(said.starts) else next_start
    predicates = []
    only_that = _ONLY_THAT.fullmatch(body, verb.end(), stop)
    if only_that and verb.group("verb").lower() in _SUING and stop not in said.end_at and _GROUND.search(body, verb.end(), stop):
        only_that = None  # no quote after it: "sued in federal court for defamation" is the verb's own predicate
    if not only_that:  # else "Lee announced [a new tax]": the quote's cue
        predicate_start = max(verb.end("aside"), verb.end("affiliation"), verb.end("joint"), name_end)
        predicates = _predicates(body, predicate_start, stop, verb.group("verb"))
    # A predicate coordinated after the quote: 'called it "a disgrace" but urged the council to act'.
    if stop < next_start and stop == said.starts[following_quote]:
        resumed = _AFTER_QUOTE.match(body, said.end_at[stop], next_start)
        coordinated = _COORDINATED_VERB.match(body, resumed.end(), next_start) if resumed else None
        if coordinated:
            later = bisect_left(said.starts, coordinated.end())
            resume_stop = min(next_start, said.starts[later]) if later < len(said.starts) else next_start
            lead = _LEADING_STANCE_VERB.match(body, coordinated.start("predicate"))  # "and called for"
            if not _ONLY_THAT.fullmatch(body, max(coordinated.end(), lead.end() if lead else 0), resume_stop):
                predicates += _predicates(body, coordinated.start("predicate"), resume_stop, _coordinated_verb(body, coordinated))
    return predicates


# "he" or "she" as the subject of a clause inside a sentence: "where he", "in which she", "at which he".
_INNER_PRONOUN = re.compile(
    opening_with_first_letters(("where", r"in\s+which", r"at\s+which", r"during\s+which", "whereupon")) + r"\s+(?P<pronoun>he|she)\b"
)


# An act in the past, not a pledge ("would not give up") or a stance a speaker lends an actor ("Arland wants peace").
_PAST_ACT = re.compile(rf"(?:\s+\w+)*?\s+(?:has|have|had)\b|\S*\s+\w+ed\b|\S*\s+(?:{_IRREGULAR_PAST}|sought|fought|withdrew|struck)\b")


def _reporting_quote(
    body: str, quotes: Sequence[Quote], at: int, name_end: int, verb: re.Match[str], subjects: Sequence[Actor]
) -> Quote | None:
    """The reported speech (an indirect quote) in which a speaker reports a past act of another actor named as its
    subject: "Lee noted that the Harbour Board rejected the plan" is the board's stance, stated as an act, not
    Lee's; None when the statement is the speaker's own or no such act."""
    if not _PAST_ACT.match(body, name_end, verb.end("verb")) or re.search(r"\b(?:would|will)\b", body[name_end : verb.start("verb")]):
        return None
    for quote in quotes:
        if quote.kind == "direct" or _reported(quote) or not quote.start <= at < verb.end() <= quote.end:
            continue
        speaker = normalise(quote.speaker.name) if quote.speaker else None
        if all(speaker not in {normalise(name) for name in _mention_names(actor)} for actor in subjects):
            return quote
    return None


# Stances stated about an actor rather than by it: the agent of a passive ("the plan was condemned by the
# council", "condemned in a joint statement by Arland and Borovia") and an actor described by its stance ("an early
# opponent of the bill, Ann Lee", "Lee was a critic of").
_PASSIVE_STANCE = caseless.compile(
    rf"{BE_INFLECTED_WORD}\s+(?:\w+ly\s+)?(?:(?P<support>{_alternatives(SUPPORT_TRIGGERS)})"
    rf"|(?P<oppose>{_alternatives(OPPOSE_TRIGGERS)}))(?:\s+(?:in|with|through|on)\s+[^,.;]{{1,40}}?)?\s+by\s+",
    re.IGNORECASE,
)
# A legal action and who filed it: "the lawsuit was filed in March by the league", "a lawsuit filed by Arland".
_FILED_BY = caseless.compile(
    r"\b(?:lawsuit|suit|petition|complaint|legal challenge|case)s?\s+(?:(?:was|were|has been|had been|being)\s+)?"
    r"(?:filed|brought|lodged)(?:\s+(?:in|on|with|at|last|this|earlier)\s+[^,.;]{1,40}?)?\s+by\s+",
    re.IGNORECASE,
)
_FILING_VERBS = ("filed", "brought", "lodged")  # one of which each match of _FILED_BY holds
# An act done at someone's request, whose requester wants it: "dissolved Parliament at the request of the prime
# minister", "suspended the session at the behest of Ann Lee".
_REQUEST_NOUNS = ("request", "behest", "urging", "insistence")  # in _AT_REQUEST_OF and _OWNED_STANCE; each match holds one
_AT_REQUEST_OF = caseless.compile(
    r"\bat\s+(?:the\s+)?(?:(?:formal|personal|express|explicit|official|written)\s+)?(?P<noun>"
    + "|".join(_REQUEST_NOUNS)
    + r")\s+of\s+",
    re.IGNORECASE,
)
# A request and its requester with what was asked, without "at": "will comply with the request of Premier Ann Lee to
# close the port"; the name follows at once (after "the" and titles) and "to" and a verb follow it, not "a request of
# $5 million from ..." nor "the request of Ann Lee for a vote was refused" (a request told of, no act).
_REQUEST_OF = caseless.compile(r"\brequest\s+of\s+", re.IGNORECASE)
_TITLES_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_TO_VERB = caseless.compile(r"\s+to\s+(?!(?:the|an?|his|her|their|its)\b)[a-z]+\b", re.IGNORECASE)
# A stance noun and where it came from: "Support for the plan also came from Ann Lee", "statements of condemnation
# have come from Arland and Borovia", "the ruling drew criticism from the Harbour Board"; not a bare "support from",
# which is often help given ("with support from the agency").
_STANCE_NOUN_FROM = caseless.compile(
    r"\b(?P<drew>(?:drew|draws|drawn|won|earned|attracted)\s+(?:(?:an?|the|much|some|strong|sharp|"
    r"fierce|wide|widespread|broad|international)\s+)*)?"
    r"(?:(?P<oppose>condemnation|criticism|opposition|objections?|denunciations?)|(?P<support>support|praise|backing|endorsements?))"
    r"(?:\s+(?:for|of|to|against)\s+[^,.;]{1,60}?)?"
    r"(?P<came>\s+(?:has|have|had)\s+(?:also\s+)?come|\s+(?:also\s+)?(?:came|comes))?\s+from\s+",
    re.IGNORECASE,
)
# The stance nouns of _STANCE_NOUN_FROM, one of which each of its matches holds: a sentence without one is not scanned.
_STANCE_NOUNS = ("condemnation", "criticism", "opposition", "objection", "denunciation", "support", "praise", "backing", "endorsement")
_ROLE_NOUN = (
    r"(?i:(?P<oppose>critic|opponent|detractor|foe)|(?P<support>supporter|proponent|advocate|backer|champion))s?"
)
# "an opponent of the bill, Ann Lee", "early opponent MP Ann Lee": the noun, its object, titles, then the name.
_ROLE_BEFORE = re.compile(rf"\b{_ROLE_NOUN}(?:\s+of\s+[^,.;]{{1,60}},)?(?:\s+[A-Z][\w.]*){{0,2}}\s+$")
# A possessive before a role noun and the few words of its noun phrase: "Lee's 2008 US Senate [opponent]", "his [critic]".
_OWNER_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w.-]+\s+){0,4}$")
# Without an "of" object, "champion" mostly names a title holder ("world champion Ann Lee") and "advocate" a lawyer
# ("of Eastvale advocate Lena Hart") unless a word before it names the cause ("housing advocate Ann Lee"); after a
# relative pronoun both are verbs ("a party which advocates Norland joining").
_TITLE_OR_VERB_ROLE = re.compile(r"(?i:(?P<champion>champion)|advocate)s?(?!\s+of\b)")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[\w'’.-]+\s+$")
_RELATIVE_PRONOUNS = frozenset(("which", "who", "that"))


def _names_an_issue_before(body: str, start: int, role_start: int) -> bool:
    """Whether the word before a role noun at ``role_start`` can name what the role stands for: a lowercase word
    other than a relative pronoun, or the first word of the sentence starting at ``start``."""
    word = _WORD_BEFORE.search(body, max(start, role_start - 40), role_start)
    if word is None:
        return False
    return word.start() == start or (word.group()[0].islower() and word.group().rstrip() not in _RELATIVE_PRONOUNS)


_ROLE_NOUN_STEMS = ("critic", "opponent", "detractor", "foe", "supporter", "proponent", "advocate", "backer", "champion")
_ROLE_AFTER = caseless.compile(
    rf"(?:,\s+|\s+(?:(?:has|have|had)\s+)?(?:(?:also|long|\w+ly)\s+)?(?:is|was|been|became|remains?)\s+)"
    rf"(?:(?:an?|the|also|much|more|of|long|vocal|leading|outspoken|fierce|staunch|strong|early|key|prominent|longtime|"
    rf"long-time|lifelong|ardent|avid|vehement|harsh|frequent|persistent|consistent|committed|passionate|loyal|"
    rf"steadfast|major|firm|fervent|enthusiastic|noted|well-known)\s+)*"
    rf"{_ROLE_NOUN}\b",
    re.IGNORECASE,
)


# A capitalised word and "of" before a name: the name qualifies a title or another name ("Members of Parliament",
# "Senator Mara Holt of Canada"), whose bearer is the agent; "members of the Union" are the Union's own.
_OF_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+of\s+(?:the\s+)?$")


# A few words of a title and no punctuation (but a bracketed short form) between two names: the first qualifies the
# second ("United Nations Secretary-General Ann Lee", "Harbour Board (HB) head Ann Lee").
_TITLE_BETWEEN = caseless.compile(
    r"(?:['’]s)?(?:\s+\([^()]{1,24}\))?(?:\s+(?!(?:and|or|nor|but|on|in|at|via|against|with|to|for|after|before|during|over|"
    r"under|by|since|until|who|which|that|said|says|last|this|yesterday|today)\b)[\w’'-]+){0,4}\s+",
    re.IGNORECASE,
)


def _agents(body: str, mentions: list[tuple[int, int, int]], after: int) -> list[int]:
    """The actors of an agent phrase starting at ``after`` (after a passive's "by" or a stance noun's "from"): the
    first name within 40 characters and the names coordinated with it ("by Arland, Borovia and the Harbour Board");
    a name that a title ties to the one before replaces it ("Arland Senator Ann Lee": Ann Lee), and the last
    agent named again counts once."""
    agents: list[int] = []
    listed = 1  # how many of them a list that ends with "and" names ("by Ann Lee, Ivo Marsh said" names one)
    reached = after
    for at, negative_end, number in mentions:
        if agents and (at < reached or number == agents[-1]):
            continue  # "Marsh" in "Ivo Marsh", "HB" in "Harbour Board (HB)": the agent named last again
        if agents and _PLACE_OF.fullmatch(body, reached, at):
            continue  # "by Ann Lee of Arland, Ivo Marsh ...": the place of the agent named last
        if agents and _TITLE_BETWEEN.fullmatch(body, reached, at):
            agents[-1] = number  # "Arland Senator Ann Lee", "the Harbour Board's chair Ann Lee": the first name qualifies
            reached = -negative_end
            continue
        if at < after or (agents and not _COORDINATION.fullmatch(body, reached, at)):
            if agents:
                break
            continue
        if not agents and at > after + 40:
            break
        if not agents and _OF_BEFORE.search(body, max(after, at - 30), at):
            continue  # "by Members of Parliament", "by Senator Mara Holt of Canada": the name only qualifies the agent
        agents.append(number)
        if " and " in body[reached:at]:
            listed = len(agents)
        reached = -negative_end
    return agents[:listed]


# A stance noun after a possessive, with the preposition that opens its object: "Ann Lee's support for X", "the
# protesters' demands for X", "Arland's opposition to X". The owner is a name ending at the mark, or a plural noun of
# people acting together (``_OWNING_GROUPS``).
_OWNED_STANCE = re.compile(
    r"(?P<mark>['’])(?<=\w.)s?\s+(?:(?:own|previous|continued|repeated|renewed|"
    r"long-standing|main|key|initial|stated|declared|formal)\s+)?(?:(?P<support>demands?\s+(?:for|(?P<included>(?:have\s+|had\s+)?"
    r"includ(?:e|es|ed|ing))|that)|calls?\s+for|support\s+for|backing\s+(?:for|of)|proposals?\s+(?:to|for)|push\s+for|"
    r"pleas?\s+for|requests?\s+(?:to|for|that)|(?:intent|intention)\s+(?:to|for))|(?P<oppose>opposition\s+to|"
    r"objections?\s+to|criticism\s+of|rejection\s+of|veto\s+of|boycott\s+of|campaign\s+against|protests?\s+against|"
    r"appeals?\s+(?:of|against)|threats?\s+against)|(?P<asked>" + "|".join(_REQUEST_NOUNS) + r"))\b"
)


def _owned_stance_matches(body: str) -> list[re.Match[str]]:
    """What ``_OWNED_STANCE.finditer(body)`` finds, tried only at the apostrophes, which it opens with: they are found
    by string search, which skips ahead to each faster than a regex scan tests each character of the body against
    the class of both (0.31 -> 0.06 M instructions an article; bodies hold a few dozen)."""
    found = []
    after = 0  # where the last match ends: the matches of a scan do not overlap
    for at in offsets_of(body, "'’"):
        owner = _OWNED_STANCE.match(body, at) if at >= after else None
        if owner:
            found.append(owner)
            after = owner.end()
    return found


# "at" before the owner of a request that an act was done at ("returned at the government's request").
_AT_BEFORE = re.compile(r"\b[Aa]t\s+(?:the\s+)?$")
_PLURAL_OWNER = re.compile(r"\b[A-Za-z][a-z]{2,}s$")
_OWNING_GROUPS = frozenset(
    "protesters protestors demonstrators activists campaigners strikers workers unions farmers residents students "
    "teachers doctors nurses lawmakers legislators senators opponents critics supporters voters parents".split()
)


def _described_stances(
    body: str,
    sentence: Span,
    occurrences: list[tuple[int, int, int]],
    speakers: Sequence[Actor],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Positions from a passive's agent, from stance nouns next to a name and from a request an act answers ("at the
    request of X"), in one sentence."""
    start, end = sentence
    found: list[tuple[int, Stance, int, int]] = []
    mentions = occurrences[bisect_left(occurrences, (start,)) : bisect_left(occurrences, (end,))]
    # The agent follows "by" (in any case): a sentence without it has no passive stance, and is not scanned.
    text = body[start:end]
    lowered = text.lower()
    # (the tests of _may_contain on the sentence, its lower case made once)
    twin = _has_case_twin(text)
    has_agent = "by" in lowered
    for passive in _PASSIVE_STANCE.finditer(body, start, end) if has_agent else ():
        stance: Stance = "oppose" if passive.group("oppose") else "support"
        if passive.group("support") and passive.group("support").lower().startswith("announc") and (
            _ANNOUNCED_NEWS.match(body, start, passive.start())
        ):
            continue  # "The death of Ann Lee was announced by the university": news, no stance
        if passive.group("oppose") and passive.group("oppose").lower().startswith("den") and (
            _CHARGE_SUBJECT.search(body, max(start, passive.start() - 60), passive.start())
        ):
            continue  # "The charge was denied by his lawyer": a claim about what happened, no stance
        for agent in _agents(body, mentions, passive.end()):
            found.append((agent, stance, start, end))
    has_stance_noun = "from" in lowered and (twin or _holds_any(lowered, _STANCE_NOUNS))
    for noun in _STANCE_NOUN_FROM.finditer(body, start, end) if has_stance_noun else ():
        for agent in _agents(body, mentions, noun.end()) if noun.group("drew") is not None or noun.group("came") else ():
            found.append((agent, "oppose" if noun.group("oppose") else "support", start, end))
    for filed in _FILED_BY.finditer(body, start, end) if has_agent and (twin or _holds_any(lowered, _FILING_VERBS)) else ():
        for agent in _agents(body, mentions, filed.end()):
            found.append((agent, "oppose", start, end))
    for request in _AT_REQUEST_OF.finditer(body, start, end) if _may_contain(body[start:end], _REQUEST_NOUNS) else ():
        for agent in _agents(body, mentions, request.end()):
            found.append((agent, "support", start, end))
    for request in _REQUEST_OF.finditer(body, start, end) if twin or "request" in lowered else ():
        for at, negative_end, number in mentions:
            if at >= request.end():
                if _TITLES_ONLY.fullmatch(body, request.end(), at) and _TO_VERB.match(body, -negative_end, end):
                    found.append((number, "support", start, end))
                break
    covered = start
    # A stance noun next to a name is in the sentence: a sentence without one is not tried at each name.
    for at, negative_end, number in mentions if twin or _holds_any(lowered, _ROLE_NOUN_STEMS) else ():
        if at < covered:
            continue  # "Marsh" in "Ivo Marsh": the longest name at a place speaks for it
        covered = -negative_end
        before = _ROLE_BEFORE.search(body, max(start, at - 40), at)
        if before and " of " not in before.group() and _OWNER_BEFORE.search(body, max(start, before.start() - 40), before.start()):
            before = None  # "Lee's 2008 Senate opponent Ivo Marsh", "his critic Ann Lee": one's rival, no stance on an issue
        title_or_verb = before and _TITLE_OR_VERB_ROLE.match(before.group())
        if before and title_or_verb and (title_or_verb.group("champion") or not _names_an_issue_before(body, start, before.start())):
            before = None
        after = _ROLE_AFTER.match(body, -negative_end, end)
        if before or after:
            role = before or after
            stance = "oppose" if role.group("oppose") else "support"  # type: ignore[union-attr]
            found.append((number, stance, *((before.start(), -negative_end) if before else (at, _target_end(body, after.end(), end)))))  # type: ignore[union-attr]
    candidates = []
    for number, stance, evidence_start, evidence_end in found:
        clause = _strip(body, evidence_start, evidence_end)
        issue = taxonomy.best(text) or topic()
        if issue:
            candidates.append(
                Candidate(speakers[number], issue, stance, "asserted", *clause, None, 0.5, named_issue=False, described=True)
            )
    return candidates


def _owned_stances(
    body: str,
    spans: Sequence[Span],
    occurrences: list[tuple[int, int, int]],
    speakers: Sequence[Actor],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Positions from a stance noun that a name or a plural noun of people owns: "Ann Lee's support for X",
    "protesters' demands for X" (found in one scan of the body; most articles have none)."""
    # a name's start and actor by its end, the longest name kept
    named = {-negative_end: (at, number) for at, negative_end, number in reversed(occurrences)}
    candidates = []
    for owner in _owned_stance_matches(body):
        mark = owner.start("mark")
        plural = _PLURAL_OWNER.search(body, max(0, mark - 16), mark)
        if owner.group("included") and (mark in named or (plural and plural.group().lower() in _OWNING_GROUPS)):
            sentence = _sentence_around(spans, owner.start())
            actor = speakers[named[mark][1]] if mark in named else _group_actor(plural.group())  # type: ignore[union-attr]
            listed = _listed_demands(body, actor, owner.end(), sentence, taxonomy, topic)
            if listed:
                candidates.extend(listed)
                continue
        if mark in named:
            evidence_start, number = named[mark]
            actor = speakers[number]
        elif plural and plural.group().lower() in _OWNING_GROUPS:
            actor, evidence_start = _group_actor(plural.group()), plural.start()
        else:
            continue
        if owner.group("asked") and not _AT_BEFORE.search(body, max(0, evidence_start - 8), evidence_start):
            continue  # "the mayor's request": a request described, not the act done at it
        sentence = _sentence_around(spans, owner.start())
        clause = _strip(body, evidence_start, _target_end(body, owner.end(), max(sentence[1], owner.end())))
        issue = taxonomy.best(body[sentence[0] : sentence[1]]) or topic()
        if issue:
            stance: Stance = "oppose" if owner.group("oppose") else "support"
            candidates.append(Candidate(actor, issue, stance, "asserted", *clause, None, 0.5, named_issue=False, described=True))
    return candidates


# "Their demands have included X, Y, and Z" after a plural of people acting together ("Protesters have claimed ...
# Their demands include ..."): the owner is the last of ``_OWNING_GROUPS`` named in the paragraph before.
_THEIR_DEMANDS = re.compile(
    r"[Tt]heir\s+(?:(?:main|key|initial|stated|other|latest)\s+)?demands\s+(?:have\s+|had\s+)?includ(?:e|ed|es)\s+"
)
_GROUP_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}s\b")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?")
_OXFORD_AND = re.compile(r",\s+and\s")


def _listed_demands(
    body: str, actor: Actor, after: int, sentence: Span, taxonomy: Taxonomy, topic: Callable[[], Issue | None]
) -> list[Candidate]:
    """One supporting position per item of a list of demands that starts at ``after`` ("dissolving Parliament,
    appointing an election committee, and a clear date for new elections"): each item is a demand of its own.
    Items are split at commas (with a final ", and"), else the last one at its first "and" ("X, Y and Z", "X and
    Y"); a single item gives none (the caller's own rule takes it)."""
    end = _target_end(body, after, sentence[1])
    stop = _SENTENCE_STOP.search(body, after, end)
    end = stop.start() if stop else end
    text = body[after:end]
    pieces = _LIST_COMMA.split(text) if "," in text else [text]
    if not _OXFORD_AND.search(text) and " and " in pieces[-1]:
        pieces[-1:] = pieces[-1].split(" and ", 1)  # "higher wages, shorter shifts and new pensions"
    if len(pieces) < 2:
        return []
    candidates = []
    at = after
    for piece in pieces:
        start = body.index(piece, at)
        at = start + len(piece)
        issue = taxonomy.best(piece) or taxonomy.best(body[sentence[0] : sentence[1]]) or topic()
        if issue and piece.strip():
            clause = _strip(body, start, at)
            candidates.append(
                Candidate(actor, issue, "support", "demanded", *clause, None, 0.5, named_issue=False, described=True, listed=True)
            )
    return candidates


def _sentence_around(spans: Sequence[Span], offset: int) -> Span:
    """The sentence of ``spans`` that ``offset`` is in (the first one for an offset before them all)."""
    return spans[max(0, bisect_right(spans, offset, key=itemgetter(0)) - 1)]


def _their_demands(
    body: str, spans: Sequence[Span], taxonomy: Taxonomy, topic: Callable[[], Issue | None]
) -> list[Candidate]:
    """Positions from a list of demands whose owner is "their": the last plural of people acting together named
    in the 400 characters before ("Protesters have claimed ... Their demands have included X, Y and Z")."""
    candidates = []
    for demands in _THEIR_DEMANDS.finditer(body) if "demands" in body else ():
        groups = [word for word in _GROUP_WORD.findall(body, max(0, demands.start() - 400), demands.start()) if word.lower() in _OWNING_GROUPS]
        if not groups:
            continue
        sentence = _sentence_around(spans, demands.start())
        candidates.extend(_listed_demands(body, _group_actor(groups[-1]), demands.end(), sentence, taxonomy, topic))
    return candidates


def _join_consecutive(candidates: list[Candidate]) -> list[Candidate]:
    """Consecutive clauses of one quote with the same actor, issue and stance become one piece of evidence; so do
    those where one clause names no issue of its own ("We back the tax. It is the best we can do.")."""
    joined: list[Candidate] = []
    for candidate in candidates:
        last = joined[-1] if joined else None
        if (
            last
            and last.quote is not None
            and last.quote == candidate.quote
            and (last.actor.id, last.stance) == (candidate.actor.id, candidate.stance)
            and (last.issue.id == candidate.issue.id or not (last.named_issue and candidate.named_issue))
        ):
            named = last if last.named_issue or not candidate.named_issue else candidate
            joined[-1] = replace(
                last,
                issue=named.issue,
                named_issue=named.named_issue,
                end=candidate.end,
                confidence=min(0.95, max(last.confidence, candidate.confidence) + 0.05),
            )
        else:
            joined.append(candidate)
    return joined


def _position(body: str, candidate: Candidate) -> Position:
    return Position(
        id=stable_id(candidate.actor.id, candidate.issue.id, candidate.stance, str(candidate.start), str(candidate.end)),
        actor_id=candidate.actor.id,
        actor_name=candidate.actor.name,
        issue=candidate.issue,
        stance=candidate.stance,
        modality=candidate.modality,
        evidence=Evidence(
            start=candidate.start,
            end=candidate.end,
            text=body[candidate.start : candidate.end],
            quote_id=candidate.quote.id if candidate.quote else None,
        ),
        confidence=round(min(0.95, candidate.confidence), 3),
    )


# The words of politics, government and the courts: an article that uses them at least five times in a thousand words
# (and twice in all) is about public affairs, and a stance that names no issue of its own is on the issue the article
# is most about. Elsewhere (a boat fire, a rugby match, a space launch, an obituary of an actor, a scientific study)
# the best issue of the body is a passing word, and a clause with no issue of its own takes no position: a coach's
# "a better performance than last week", a condolence, an announced name.
_POLITICS = caseless.compile(
    r"\b(?:government|president|presidential|minister|ministry|parliament\w*|senat\w+|congress\w*|part(?:y|ies)|"
    r"election\w*|court|laws?|legislat\w+|polic(?:y|ies)|democrat\w*|republican\w*|governor|mayor|MPs?|vote[sd]?|"
    r"voters?|campaign|protest\w*|sanctions?|treaty|bill|administration|opposition|regime|military|troops)\b",
    re.IGNORECASE,
)


# Each alternative of _POLITICS is word characters only, between word boundaries: its matches in the body are its
# matches in the body's word pieces, counted once per distinct piece (a scan of the body tried the alternation at
# every word boundary, some 5% of an article's instructions).
_POLITICS_IN_PIECE: WordMemo[int] = WordMemo(lambda piece: len(_POLITICS.findall(piece)))


def _politics_words(body: str) -> int:
    """``len(_POLITICS.findall(body))``."""
    pieces = word_pieces(body)
    counts = _POLITICS_IN_PIECE.among(pieces)
    return sum(map(counts.get, pieces, repeat(0))) if counts else 0


def _topic(body: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue the article mentions most, when it is about public affairs (``_POLITICS``), else None."""
    found = _politics_words(body)
    # (a text of n characters holds at most (n + 1) // 2 words: where that bound passes, the words are not counted)
    enough = found and (found * 200 >= (len(body) + 1) // 2 or found * 200 >= len(body.split()))
    return taxonomy.most_mentioned(body) if enough else None


def _fuller_organisations(actors: list[Actor]) -> list[Actor]:
    """An organisation named by the words before "of" in another's name ("the Supreme Court" beside "the Supreme Court
    of Lakeland") is that organisation, under the fuller name with the short one as an alias, where only one fuller
    name has those first words: the article's short form of it, as the annotation names an actor by its fullest form."""
    names = {actor.name for actor in actors if actor.type == "organization"}
    fuller: dict[str, list[Actor]] = {}
    for actor in actors:
        short, of, _ = actor.name.partition(" of ")
        if of and actor.type == "organization" and short in names:
            fuller.setdefault(short, []).append(actor)
    merged = {short: longer[0] for short, longer in fuller.items() if len(longer) == 1}
    if not merged:
        return actors
    shorts = {longer.id: short for short, longer in merged.items()}
    return [
        actor.model_copy(update={"aliases": [*actor.aliases, shorts[actor.id]]}) if actor.id in shorts else actor
        for actor in actors
        if not (actor.type == "organization" and actor.name in merged)
    ]


def find_positions(
    body: str,
    quotes: list[Quote],
    actors: list[Actor],
    taxonomy: Taxonomy,
    sentence_spans: Sequence[Span] | None = None,
    headings: Sequence[Span] = (),
    answers: Sequence[Span] = (),
    questions: Sequence[Span] = (),
) -> Stances:
    """Every actor's stance on every issue the article shows, with the clause that shows it, in text order, and
    the unnamed groups among their actors.

    ``sentence_spans`` are the body's sentences when the caller has them already (else they are found here).
    Section ``headings`` state no positions: a heading sums up a statement its section reports, and so does a
    body clause that repeats a heading word for word. An interview's ``answers`` are one statement of the
    interviewee's, and a stance in them that names no issue is too vague to take the article's topic; its
    ``questions`` state no one's position, but what they report of someone does.
    """
    in_answer, asked = within(answers), within(questions)
    # The issue the whole article is most about: a scan of the body that most articles never need.
    topic = cache(partial(_topic, body, taxonomy))
    candidates: list[Candidate] = []
    actors = _fuller_organisations([actor for actor in actors if not _PRONOUN_IN_NAME.search(actor.name)])
    speakers = _Speakers(actors)
    reporters = _reporters(quotes)
    spans = sentences(body) if sentence_spans is None else sentence_spans
    occurrences = _occurrences(body, actors)  # the actors' mentions, for a quote's "They" and the stated stances
    quotes = [quote for quote in quotes if not _expressed(quote)]
    # a blame is read from its sentence, where the blamed one stands after the verb, when the sentence's statement
    # shows it; else from the quote's clause when a named actor blames ("Lee, a member of Y, blamed him for Z"), not
    # a group named only by what it is ("his critics, who include Y, blame him for Z": whose stance is unclear)
    blames = [quote for quote in quotes if _blaming(quote)]
    quotes = [quote for quote in quotes if not _blaming(quote)]
    stated = [c for c in _statement_candidates(body, spans, quotes, actors, occurrences, taxonomy, topic) if not asked(c.start)]
    stated_starts = sorted(c.start for c in stated)

    def stated_in_sentence(quote: Quote) -> bool:
        start, end = _sentence_around(spans, quote.start)
        at = bisect_left(stated_starts, start)
        return at < len(stated_starts) and stated_starts[at] < end

    quotes += [quote for quote in blames if quote.speaker and quote.speaker.actor_id and not stated_in_sentence(quote)]
    # every name of every actor, for the names said jointly with a quote's speaker (built once, when a quote needs them)
    named = cache(lambda: [(name, actor) for actor in actors for name in _mention_names(actor)])
    for quote in sorted(quotes, key=lambda q: q.start):
        reported = _reported(quote) or (quote.cue is None and quote.speaker is not None and quote.speaker.name in reporters)
        actor = None if reported or _accusation(quote) else speakers.of(quote)
        listed = [] if reported or _accusation(quote) else _they_listed(body, quote, spans, occurrences, actors)
        if listed:
            # "A, B and C met ... They concluded that ...": the statement is each one's; an attribution to another
            # actor (or to none) gives way to the names "They" stands for
            actor = actor if actor is not None and any(other.id == actor.id for other in listed) else listed[0]
        if actor:
            answer = in_answer(quote.start)
            # (an answer's candidates are all dropped below when the article has no topic: they are not sought)
            found = _join_consecutive(_quote_candidates(body, quote, actor, taxonomy, topic)) if not answer or topic() else []
            if answer:
                # An interview on a study, a sport or a craft (an article not about public affairs: no topic) is the
                # interviewee's account of their work, whose issue words are the subject matter's ("a social
                # environment", "ruling out contamination", "patients"), not stances on public issues.
                found = [replace(candidate, interview=True) for candidate in found if candidate.named_issue] if topic() else []
            candidates.extend(found)
            partners = [other for other in listed if other.id != actor.id] if listed else _co_speakers(body, quote, actor, named)
            for partner in partners if found else ():
                candidates.extend(replace(candidate, actor=partner) for candidate in found)
    candidates = _without_reported_acts(candidates + stated)
    heading_words = [_words(body[start:end]) for start, end in headings]
    best: dict[tuple[str, str, str, int], Candidate] = {}
    for candidate in candidates:
        if any(start <= candidate.start < end for start, end in headings):
            continue
        # (an article without headings, most, has no heading to compare the evidence's words with)
        evidence_words = _words(body[candidate.start : candidate.end]) if heading_words else ""
        if any(evidence_words in words for words in heading_words):
            continue  # a lead sentence that repeats its heading word for word is the same summary
        key = (candidate.actor.id, candidate.issue.id, candidate.stance, _statement(candidate))
        best.setdefault(key, candidate)  # a statement's first clause with the stance
    specific = _most_specific(_without_repeated_descriptions(list(best.values())), taxonomy)
    kept = sorted(_one_per_sentence(specific, spans), key=lambda c: (c.start, c.actor.id))
    return Stances([_position(body, c) for c in kept], _groups_taking_positions(kept, actors))


# A personal pronoun (also "it") or a lower-case auxiliary is no part of a name: "Whenever I", "We want peoples", "And
# it's", "car was" are words of a sentence mistaken for names, which would hold the stances of every sentence that
# opens with them.
# Written as _NEGATION is: "\b(?:I|We|You|...|has)\b" opening with the class of the words' first letters (a search of
# every actor's name entered the alternation at each of its characters).
_PRONOUN_IN_NAME = re.compile(
    opening_with_first_letters(("I", "We", "You", "He", "She", "They", "It", "it", "Me", "Us", "My", "Our", "was", "were", "is", "are", "does", "did", "has"))
    + r"\b"
)


class Stances(NamedTuple):
    positions: list[Position]
    groups: list[Actor]  # unnamed groups that take positions ("a number of senators"), not among the actors given


def _groups_taking_positions(candidates: list[Candidate], actors: Sequence[Actor]) -> list[Actor]:
    """The group actors the positions found beyond the article's actors (collective subjects and speakers), so
    that every position's actor is one of the article's actors; their mentions are their positions."""
    known = {actor.id for actor in actors}
    counts: dict[str, int] = {}
    groups: dict[str, Actor] = {}
    for candidate in candidates:
        if candidate.actor.id not in known:
            counts[candidate.actor.id] = counts.get(candidate.actor.id, 0) + 1
            groups.setdefault(candidate.actor.id, candidate.actor)
    return [group.model_copy(update={"mention_count": counts[group.id]}) for group in groups.values()]


# "Ann Lee and (former mayor) Ivo Marsh": the names of a joint subject; before them, more names in a list.
_AND_JOIN = re.compile(r",?\s+and\s+(?:[a-z]+\s+){0,3}")
_AND_JOIN_BEFORE = re.compile(_AND_JOIN.pattern + "$")
_LIST_JOIN_BEFORE = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,2}$")


def _co_speakers(body: str, quote: Quote, speaker: Actor, named: Callable[[], list[tuple[str, Actor]]]) -> list[Actor]:
    """The actors named jointly with a quote's speaker as its subject, near the quote: "Ann Lee and Ivo Marsh said
    ..." is said by both, whichever of them the quote names as its speaker. ``named()`` gives every name of every
    actor (``_mention_names``) with its actor, in the actors' order: built once an article, for its quotes."""
    windows = [(low, high) for low, high in ((max(0, quote.start - 120), quote.start), (quote.end, min(len(body), quote.end + 60)))
               if " and " in body[low:high]]  # most quotes: no joint subject, no list of names built
    others = [(name, actor) for name, actor in named() if actor.id != speaker.id] if windows else []
    partners: list[Actor] = []
    for low, high in windows:
        window = body[low:high]
        # The speaker's mention nearest the quote, under its longest name ("Ivo Marsh", not "Marsh").
        before_quote = high == quote.start
        found = [(window.rfind(name) if before_quote else window.find(name), name) for name in _mention_names(speaker)]
        found = [(at + len(name) if before_quote else -at, len(name), at, name) for at, name in found if at >= 0]
        if not found:
            continue
        *_, at, name = max(found)
        after = _AND_JOIN.match(window, at + len(name))  # the speaker named first: "Lee and Marsh said"
        partners += [actor for other, actor in others if after and window.startswith(other, after.end())][:1]
        join = _AND_JOIN_BEFORE  # the speaker named last: "Lee and Marsh said", "Kim, Lee and Marsh said"
        while at > 0:
            joined = join.search(window, 0, at)
            end = joined.start() if joined else 0
            named = [(end - len(other), actor) for other, actor in others if window.endswith(other, 0, end)]
            at, actor = max(named, key=itemgetter(0), default=(-1, None))
            if actor:
                partners.append(actor)
            join = _LIST_JOIN_BEFORE
    return list({actor.id: actor for actor in partners}.values())


# A sentence opening with "They" and the cue's subject right before the cue ("They concluded", "They also said"), or a
# coordinated predicate of theirs ("..., and deemed that").
_THEY_ADVERB = r"\s+(?:(?:also|later|then|jointly|further|\w+ly)\s+)?$"
_THEY_SUBJECT = re.compile(rf"They{_THEY_ADVERB}")
_AND_SUBJECT = re.compile(rf"[,\s]\s*and{_THEY_ADVERB}")


def _they_listed(
    body: str, quote: Quote, spans: Sequence[Span], occurrences: list[tuple[int, int, int]], actors: Sequence[Actor]
) -> list[Actor]:
    """The named actors a quote's "They" stands for: a sentence opening with "They" and the quote's cue ("They
    concluded that ...", "They called on X ..., and deemed that ...") after a sentence whose subject lists two or
    more named actors ("A, B and C met in Dunmere", "A and his counterparts, B and C, gathered";
    ``listing.they_listed``). Each of them states it, as each of "A and B said" does; none found, an empty list."""
    index = bisect_right(spans, (quote.start, len(body))) - 1
    if index < 1 or not body.startswith("They ", spans[index][0]) or not quote.cue:
        return []
    start = spans[index][0]
    cue_at = body.rfind(quote.cue, start, quote.start)
    if cue_at < 0 or not (_THEY_SUBJECT.match(body, start, cue_at) or _AND_SUBJECT.search(body, max(start, cue_at - 24), cue_at)):
        return []

    def mentions(low: int, high: int) -> list[tuple[int, int, Actor]]:
        return [(at, end, actors[number]) for at, end, number in _sentence_mentions(occurrences, low, high)]

    listed = they_listed(body, spans, index, mentions)
    return listed if len(listed) >= 2 else []  # one name and unnamed others: no one else holds it


def _without_reported_acts(candidates: list[Candidate]) -> list[Candidate]:
    """Without a speaker's stance from a clause of reported speech that reports another actor's act ("Lee noted that
    the board rejected the plan"): the act is the board's position, found as a statement, not Lee's."""
    acts = sorted(c.start for c in candidates if c.quote is None and not c.described)
    return [
        c
        for c in candidates
        if c.quote is None or c.quote.kind == "direct" or bisect_left(acts, c.start) == bisect_left(acts, c.end)
    ]


def _without_repeated_descriptions(candidates: list[Candidate]) -> list[Candidate]:
    """Without a stance stated about an actor ("the call was seconded by Lee") where the actor states it too ("Lee
    seconded the call", or in a quote): the actor's own act or words are the evidence, counted once."""
    own = {(c.actor.id, c.issue.id, c.stance) for c in candidates if not c.described}
    return [c for c in candidates if not c.described or (c.actor.id, c.issue.id, c.stance) not in own]


def _words(text: str) -> str:
    """A text's words, lower-cased and joined by single spaces, padded so that a containment test matches whole
    words only."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _statement(candidate: Candidate) -> int:
    """The statement a candidate belongs to: one position per actor, issue and stance per statement (a quote, or a
    sentence stating an action). The reported (indirect) quotes of an actor are one statement, as the seed counts
    them: a second paraphrase of the same stance ("Lee later said that they had agreed to ...") repeats the claim
    reported first; the actor's own words are a statement of their own."""
    if candidate.quote is None:
        return candidate.start
    if candidate.interview:
        return -2
    return candidate.quote.start if candidate.quote.kind == "direct" else -1


def _one_per_sentence(candidates: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """One position per actor, issue and stance in a sentence: a stance stated twice in one sentence ("opposed the
    statement: '...'", "calling it 'null and void' and 'ridiculous'", "praised the endorsement, stating ...") is one
    statement of it, evidenced by the stretch from its first expression to its last."""
    starts = [start for start, _ in spans]
    # a stance with no issue of its own takes the issue the actor's same stance names in the sentence ("spoke out
    # against the attack, calling it “an aggression on our state”"): one statement, not one on the topic besides
    named = {
        (c.actor.id, c.stance, bisect_right(starts, c.start)): c.issue for c in candidates if c.named_issue and not c.described
    }
    candidates = [
        c if c.named_issue else replace(c, issue=named.get((c.actor.id, c.stance, bisect_right(starts, c.start)), c.issue))
        for c in candidates
    ]
    merged: dict[tuple[str, str, str, int], Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        key = (candidate.actor.id, candidate.issue.id, candidate.stance, bisect_right(starts, candidate.start))
        if candidate.listed:
            key = (*key[:3], -candidate.start)  # each listed demand stands alone
        first = merged.get(key)
        merged[key] = candidate if first is None else replace(first, end=max(first.end, candidate.end))
    return list(merged.values())


def _most_specific(candidates: list[Candidate], taxonomy: Taxonomy) -> list[Candidate]:
    """Without an actor's stance on a broad issue when the same stance on a narrower issue below it stands:
    "we want lasting peace" adds nothing to "no negotiations without Ukraine" (a stance on who takes part
    in peace talks), and one claim is not counted twice at two levels of the taxonomy. Only a stance whose clause
    names its issue covers another: one that took the article's topic says nothing narrower."""
    covered = {
        (c.actor.id, c.stance, ancestor) for c in candidates if c.named_issue for ancestor in taxonomy.ancestors(c.issue.id)
    }
    # (each listed demand is a claim of its own: "their demands include a new election and an end to the levy")
    return [c for c in candidates if c.listed or (c.actor.id, c.stance, c.issue.id) not in covered]
