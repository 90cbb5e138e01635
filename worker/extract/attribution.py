"""Attribution: turn quotation spans and speech cues into quotes with speakers.

A direct quote takes the cue right after it ("“...,” Rutte said"), before it in its sentence ("Rutte said:
“...”"), or at the end of the previous sentence ("The statement reads:"); a quote with no cue continues the
previous quote's speaker when it follows in the same or the next paragraph. Quoted words inside reported content
make one mixed quote. Words in quotation marks that nobody says (scare quotes, titles, nicknames) are short,
unattributed and without sentence punctuation, and are dropped. Speakers resolve to actors: pronouns to the last
compatible person, role nouns ("the German foreign minister") to the person holding that role, surnames to the
fullest name, statements to the group that issued them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

from worker.extract import caseless
from worker.extract.actors import ANTECEDENT_LOOKBACK_MENTIONS, LEADING_DETERMINER, POST_NOMINALS, Cast, after_the, gender_of, normalise
from worker.extract.cues import NON_REPORTING, PRONOUNS, Cue
from worker.extract.names import AUXILIARIES, BE_INFLECTED, FUNCTION_WORDS, MEMBER_LINK, PARTICLE, PARTICLE_NAME_WORD, PERSON_TITLES, SPOKESPERSON_FOR, UPPER
from worker.extract.listing import they_listed
from worker.extract.lexicon import demonyms, first_name_genders, group_heads, organisation_words, person_nouns, role_words, speaker_nouns, speech_verb_forms
from worker.extract.quotes import QuoteSpan, is_nickname
from worker.extract.text import Span, opens_with_site_label, within
from worker.models import Actor, Mention

_LEADER_WORDS = frozenset({"leader", "chief", "head", "president", "prime", "premier", "chancellor", "secretary-general", "chairman", "chairwoman", "king", "queen"})
_DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "release", "document", "memo", "communique", "declaration", "study", "survey", "post",
     "website", "poll", "tweet", "opinion", "bulletin", "data", "figures", "statistics", "notice", "advisory", "warning",
     "warnings", "alert", "filing"}
)
_DOCUMENT_NOUN = "(?:" + "|".join(sorted(_DOCUMENT_NOUNS)) + ")"  # any one of them, as a pattern
# Findings of research whose authors the article does not name: they speak as the document, not as the body named last
# (a funder, a journal, the agency whose figures they used).
_RESEARCH_NOUNS = frozenset({"study", "survey", "poll", "data", "figures", "statistics"})
# A document named as a noun phrase ("a recent report", "the company’s blog post"), not a verb ("release them").
_DOCUMENT_WORD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w.\-]{1,40}[’']s)\s(?:[\w’'\-]+\s){0,3}?" + _DOCUMENT_NOUN + r"\b"
)
# Who a document is by: "a study by the Harbour Institute", "a report from the University of Lakeside’s School".
_DOCUMENT_BY = re.compile(rf"[ \t](?:by|from)[ \t](?:the[ \t])?(?P<name>[A-Z][\w.’'\-]*(?:[ \t](?:of|for|and|on|{UPPER}[\w.’'\-]*)){{0,8}})")
# The participle between a document and the "by" of its issuer: "the warning issued by ...", "a report released by ...".
_ISSUED_BEFORE_BY = re.compile(r"[ \t](?:issued|released|published|compiled|posted|prepared|sent)(?=[ \t](?:by|from)[ \t])")
# A participle in apposition after a document, up to the "by" of its authors ("The letter, signed by ...").
_SIGNED_BY = re.compile(r",[ \t](?:signed|co-signed|written|drafted|issued|released|sent|published)(?=[ \t]by[ \t])")
# A relative clause after a document up to the "by" of its author ("which was published on Friday by ...").
_RELATIVE_BEFORE_BY = re.compile(r",?[ \t](?:which|that)(?:[ \t][\w\-]+){1,6}?(?=[ \t](?:by|from)[ \t])")
# An owner that is a common noun, not a name ("The family's statement", "the club’s letter").
_COMMON_OWNER = re.compile(r"(?:[Tt]he\s)?(?!(?:a|an|his|her|their|its|our|my|your)\s)(?P<noun>[a-z][\w\-]{1,25}(?:\s[a-z][\w\-]{1,25})?)[’']s\s")
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:[ \t](?:of|for|and|on))+$")
# A date after an author's name, which the name's run of capitalised words takes in ("by the Harbour Institute on
# Monday", "... on January 5"): no part of the name.
_DATE_AFTER_NAME = re.compile(
    r"[ \t]on[ \t](?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
_DOCUMENT_LOOKBACK_CHARS = 1500
# Nouns that stand for a named organisation ("the commission" -> "the European Commission"); the second set
# can stand for any organisation ("the company" -> "Northwind Energy").
_ORGANISATION_NOUNS = frozenset(
    "company firm agency group organization organisation department ministry city province union board council "
    "commission committee association institute university school hospital bank network corporation authority "
    "foundation society service office diocese church party club museum academy federation alliance coalition league "
    "court tribunal bureau centre center".split()
)
# Nouns the narrator calls a cited outlet by ("the paper", "the website", "the industry publication").
_MEDIA_NOUNS = frozenset("website site paper newspaper publication broadcaster outlet magazine daily tabloid channel station".split())
_MODIFIED_NOUNS = _DOCUMENT_NOUNS | _ORGANISATION_NOUNS  # "the Harbour Forum study": the name is a modifier
# Nouns a name modifies as the page or account something is posted on ("the government Twitter account").
_PLATFORM_NOUNS = _DOCUMENT_NOUNS | frozenset({"account", "page", "feed", "handle", "channel", "profile", "site"})
_MODIFIER_CHARS = 31  # room for the word before a body's noun ("broadcaster NTV": "public ")
# The capitalised words of a name that a body's spokesperson speaks for, up to the first word in lower case.
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w.&’'\-]*(?:[ \t][A-Z][\w.&’'\-]*)*")
# Words of a role that rank its holder below the role's head ("Deputy Mayor", "Vice President", "Lieutenant
# Governor"): a phrase without them ("the mayor") names the head's own holder, not theirs.
_SUBORDINATE_RANKS = frozenset({"deputy", "vice", "vice-president", "lieutenant", "assistant", "associate", "under-secretary"})
_ANY_ORGANISATION_NOUNS = frozenset({"company", "firm", "agency", "group", "organization", "organisation", "corporation"})
# "a justice official", "a Harbour Board official": an unnamed speaker introduced by an indefinite phrase ending in a role.
_INDEFINITE = r"\b(?:[Aa]n?|[Oo]ne) (?:[\w][\w.\-]{{0,20}} ){{0,3}}{}\b"
# One unnamed member of a group: "One of the two leaders of ...", "One former director".
_ONE_OF_SUBJECT = re.compile(r"[Oo]ne\s")
# A definite description that refers back to a person: "The 41-year-old welder", "the Lakeland Republican".
_DESCRIBED_PERSON = re.compile(
    r"[Tt]he\s(?:\d{1,3}-year-old(?:\s[a-z][\w\-]*){0,3}|(?:[A-Z][\w.\-]*\s){1,2}(?:Republican|Democrat|Conservative|Liberal|Tory))"
)
# People named by their tie to someone or something: "Supporters of Ann Lee", "Critics of the Harbour Trust".
_COLLECTIVE_OF = re.compile(r"(?P<head>[A-Z][a-z\-]{2,25}s)\s(?:of|for|from|within|close\sto)\s")
# A group named by its members and the bodies they belong to ("People in the party and the campaign", "Researchers
# from Lakeside University and Harbour College"): the group speaks, not the bodies coordinated after the link.
_GROUP_FROM = re.compile(r"(?P<head>[Pp]eople|[A-Z][a-z\-]{2,25}s)\s(?:of|from|in|at|near|across)\s")
# An age before a name, which describes the person named ("Fourteen-year-old Zoe", "The 32-year-old Ann Lee").
_AGE_BEFORE_NAME = re.compile(r"(?:[Tt]he\s)?[\w\-]{1,30}-year-old\s(?=[A-Z])")
_PREPOSITION_END = re.compile(r"\s(?:for|of|to|with|from|at|by)\s$")
# A preposition before a title and a name: "a spokesman for Health Minister Ann Lee".
_PREPOSITION_TITLE_END = re.compile(r"\s(?:for|of|to|with|at)\s(?:[\w.\-]+\s){0,3}(?P<title>[\w.\-]+)\s$")
# Words before a role that do not tell one holder of it from another ("the former minister", "the country's minister").
_GENERIC_ROLE_MODIFIERS = frozenset(
    "local former then new current acting interim top senior outgoing incoming newly regional national federal "
    "state country city province nation government party same surviving".split()
)
_ROLE_LINK = re.compile(r"\s(?:of|for|at|with|to)\s")  # "president of Burundi": the head is "president"
_INDEFINITE_START = re.compile(r"(?:[Aa]n?|[Aa]nother)\s")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_PRONOUN_SUBJECTS = frozenset({"He", "She", "They", "It", "We", "I"})
# What a named source put out: "the latest numbers from the statistics office", "a study by the Harbour Institute";
# not the agent of a participle ("the memo obtained by the Daily Ledger").
_SOURCE = re.compile(
    r"(?<!obtained)(?<!seen)(?<!reviewed)(?<!received)(?<!viewed)(?<!leaked)\s(?:from|by)\s(?:the\s)?(?P<name>[A-Z][\w.’'\- ]{0,60})$"
)
# A document and who issued it, named after "by" or "from" ("a statement released by her family", "reports from the
# ministry of the interior", "data collected by the Harbour Authority"), its modifiers a year or a platform too ("a
# 1998 report from the Harbour Board", "a Facebook post by Ann Lee").
_DOCUMENT_SOURCE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Rr]ecent|[Nn]ew|[Oo]fficial)\s)?(?:[a-z][\w\-]*\s|(?<=[Aa]\s)(?:[A-Z][a-z]+|\d{4})\s){0,2}?(?P<noun>[A-Za-z]+)"
    r"(?:\s(?:released|issued|published|collected|compiled|posted|provided|put\sout|sent))?\s(?:by|from)\s(?P<source>\S.*)"
)
# A document posted on its owner's own page, the owner a pronoun ("a statement posted to his Twitter account", "a
# post on her official website", "a video shared on their Facebook page").
_POSTED_ON_OWN = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s(?:[a-z][\w\-]*\s){0,2}?(?P<noun>[a-z]+)(?:\s(?:posted|published|shared|released|uploaded))?\s(?:on|to)\s"
    r"(?P<owner>his|her|their|its)\s(?:(?:own|official|personal|verified)\s)?(?:[A-Z][\w\-]*\s){0,2}"
    r"(?:website|site|account|page|blog|feed|channel|profile)(?:\s.*)?"
)
_POSTED_NOUNS = _DOCUMENT_NOUNS | {"message", "video"}
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A document whose lower-case modifier names the body that issued it ("a fire service statement").
_MODIFIED_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s(?:[a-z][\w\-]*\s)?(?P<noun>[a-z]+)\s[a-z]+")
# A spokesperson for a body the article calls by its noun: "a spokeswoman for the firm", "a spokesman for the ferry company".
_SPOKESPERSON_FOR_NOUN = re.compile(r"(?:[Aa]n?|[Oo]ne)\s(?:[a-z][\w\-]*\s)?spokes(?:person|man|woman)\s(?:for|of|from)\sthe\s(?P<noun>(?:[a-z][\w\-]*\s)?[a-z]+)")
# A spokesperson whose modifier names the body they speak for ("a Northwind spokesperson", "an Interpol spokesman").
_NAMED_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s(?P<name>[A-Z][\w.&\-]*(?:\s[A-Z][\w.&\-]*){0,3})\sspokes(?:person|man|woman)"
)
_CONJUNCTS = re.compile(r",\s(?:and\s)?|\sand\s")  # the names of a list: "Lakeland, Norland, and Westland"
# The description before the name of a coordinated speaker: "economist ", "Danish grocer ", "her lawyer ".
# (the name, capitalised words only, ends the subject)
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:[\w\-]{1,30}\s){0,4}[a-z][\w\-]{1,30}\s(?=[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,4}$)")
# A person's office speaks for the person ("a statement released by Ann Lee's office").
_PERSONS_OFFICE = re.compile(r"(?P<owner>[A-Z][\w.’'\- ]{0,40}?)[’']s\soffice$")
# The name that a document is by, as its owner or as a modifier ("the Harbour Trust's report", "a March 14, 2019
# Harbour Trust press release"), before at most two lower-case words and the document noun.
_DOCUMENT_NAMED = re.compile(
    r"(?!(?:The|A|An|This|That|Its|His|Her|Their)\s)(?P<name>[A-Z][\w.\-&]*(?:\s(?:of|for|and|on|[A-Z][\w.\-&]*))*?)(?:[’']s)?\s(?:[a-z][\w\-]*\s){0,2}"
    + _DOCUMENT_NOUN
    + r"$"
)
# A role of an organisation: "The former treasurer of the Harbour Rowing Club", "a lawyer for the board".
_ROLE_OF = re.compile(r"((?:[Tt]he|[Aa]n?)\s[^,;]{1,60}?)\s(?:of|for|with|at)\s")
# A link to a place or body named by its owner, maybe with one lower-case word: "Ann Lee of Lakeland's fourth ".
_NAMED_OWNER_LINK = r"[ \t](?:of|from|at)[ \t][A-Z][\w\-]{0,30}[’']s[ \t](?:[a-z][\w\-]{0,20}[ \t])?$"
# An owner before a name ("the province's Department of Housing", "the institute's Ann Lee"): the name speaks.
_OWNER_BEFORE_NAME = re.compile(r"(?:[Tt]he|[Aa]n?)\s(?:[\w.\-]{1,30}\s){0,2}[\w.\-]{1,30}[’']s\s(?=[A-Z])")
# A person named first among unnamed others of a body: "Ann Lee and others in the Harbour Party warned" (Lee speaks).
_OTHERS_OF_LINK = r"[ \t]and[ \t]others[ \t](?:in|of|from|at|within)[ \t](?:[Tt]he[ \t])?$"
_PERSON_OF = re.compile(
    rf"(?P<name>[A-Z][\w.’'\-]{{0,30}}(?:[ \t](?:{PARTICLE}[ \t])?[A-Z][\w.’'\-]{{0,30}}){{0,3}})"
    rf"(?:{MEMBER_LINK}|{_NAMED_OWNER_LINK}|{_OTHERS_OF_LINK})"
)
# An apposition's role at a place up to the subject, which the place's name ends ("Dean of Lakeside School of "),
# within its sentence.
_ROLE_OF_APPOSITION = re.compile(r"(?:the\s)?(?:[A-Za-z\-]+\s){0,2}?(?P<role>[A-Za-z\-]+)\s(?:of|at|for)\s(?:the\s)?(?:[^,;:“”\"().!?]|\.(?!\s))*")
_ROLE_OF_APPOSITION_CHARS = 80
_LOWER_TITLE = re.compile(r"(?:\s[a-z][\w\-]{1,25}){1,3}\s")  # " deputy director " between a body and a name
# A capitalised owner of a role phrase: "the Harbour Trust's", "the Lakeland Ports'".
_NAMED_OWNER = re.compile(r"\s[A-Z][\w.\-]{0,30}(?:[’']s|s[’'])\s")
_THE_NAMED_TYPES = ("organization", "group")
# A sentence's subject of unnamed people, after a short fronted adjunct: "Hundreds of angry protesters gathered",
# "On Monday, opposition lawmakers walked out", "Residents of Millbrook blocked" (the head checked as a plural of
# a person's or a group's noun).
_PEOPLE_SUBJECT = re.compile(
    r"(?:(?:On|In|At|After|Before|During|Earlier|Later|Last|This)\s[^,.;:!?\n]{1,40},\s)?"
    r"(?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal)\sof\s(?:the\s)?)?"
    r"(?P<phrase>(?P<modifiers>(?:[\w\-]{1,25}\s){0,3}?)(?P<head>[A-Za-z][a-z\-]{2,30}s)"
    r"(?:\s(?:of|from|at|in)\s(?:the\s)?[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3})?)\s(?P<next>[a-z]{2,20})\b"
)
# An unnamed person opening a sentence as its subject: "One of the victims decided", "A local teacher organised"
# (the words after the opening are read in turn for the person's noun and the verb after it).
_UNNAMED_PERSON_SUBJECT = re.compile(r"(?P<opening>One\sof\s(?:the|his|her|their)|An?|Another)(?P<words>(?:\s[a-z\-]{2,25}){2,5})\b")
_FRONTED_LEAD = re.compile(r"\s*[A-Z][^,.;:!?\n“”\"]{0,40},\s*")  # "From this, " before a "they" opening its clause
# A quotation that opens a sentence, and how it ends before the narrator's clause after it.
_OPENING_MARKS = frozenset("“\"")
_QUOTATION_ENDS = frozenset((",”", "?”", "!”", ',"', '?"', '!"'))
_QUOTATION_MARK = re.compile(r"[“”\"]")
_PEOPLE_MODIFIERS = frozenset("the some many several most other both".split())
_NOT_AFTER_PEOPLE = frozenset("and or who whose which that of from at in with".split())
# An apposition describing the body named before it, up to its closing comma or stop: ", the country's largest
# network," ", a low-cost carrier based in Lakeside."
_ORGANISATION_APPOSITION_AFTER = re.compile(
    r",\s(?:the|a|an)(?P<words>(?:\s(?!(?:that|which|who|whose|of|in|at|on|for|with|from|by|to|based|owned|run|and|or)\s)[\w’'\-]{1,30}){1,6})[\s,;:.(]"
)
_APPOSITION_AFTER_CHARS = 90
_COUNTRIES = frozenset(demonyms().values())
_COUNTRY_SHORT_FORM = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # "US", "U.S.", "UK", "UAE"
_WORD_AFTER_NAME = re.compile(r" ([a-z]{1,20})\b")
_BETWEEN_QUOTE_AND_CUE = re.compile(r"[\s,.!?;:—–-]{0,6}")
_MIN_UNATTRIBUTED_WORDS = 6
# Quoted words embedded in a sentence: at most this many, after a word (or a possessive) and before a lower-case
# word that carries the sentence on.
_MAX_EMBEDDED_WORDS = 5
_DETERMINER = r"(?<![\w’'])(?:the|a|an|this|that|his|her|its|their|[\w.\-]{1,20}[’']s)"
# A noun naming the quoted words right before them, with its determiner and maybe one adjective ("the term “...”",
# "the agency's temporary designation “...”"), or a participle that gives a name ("known as “...”", "billed as
# “...”"): a name, whatever else the sentence reports.
_NAME_GIVEN = re.compile(
    rf"(?:{_DETERMINER}\s(?:[a-z]{{3,15}}\s)?(?:term|word|phrase|hashtag|title|name|designation|label)s?,?"
    r"|(?<![\w’'])(?:known|billed|(?:also|better)\s(?:known|called)|dubbed|nicknamed|code-?named|(?:en)?titled)(?:\sas)?)[ \t]$"
)
# Words someone said that the narrator mentions as such ("add the question, “Do you own a boat?”, to the census"): no
# quote unless a cue of their own introduces them ("asked the question, “...”").
_MENTIONED_WORDS = re.compile(rf"{_DETERMINER}\s(?:question|headline)s?,?[ \t]$")
_NAMED_WORDS_BACK = len("Harbour-Authority's temporary designations, ")
_RUNS_INTO = re.compile(r"[a-z0-9’'][ \t]{1,2}$")
_RUNS_ON = re.compile(r"[ \t]{1,2}([a-z]{1,20})\b")
# What may stand between a cue verb and the quote it introduces: "described it as “…”", "said: “…”".
_CUE_TO_QUOTE = re.compile(r"[\s,:]*(?:(?:it|them|this|that) )?(?:as )?(?:(?:a|an|the) )?[\s,:]*")
# The object a naming verb gives a quoted name to: "called the harbour deal “lousy”", "described the talks as “…”".
_NAMED_OBJECT = re.compile(r"(?:\s[\w’'\-]{1,30}){1,8}?(?:\sas)?(?:\s(?:a|an|the))?\s")
# A name opens its sentence when at most five words (a title, "For", "The 26-year-old", a fronted adjunct such
# as "Down the street,") stand between it and the start of the paragraph, a sentence end or an opening quotation
# mark.
_SUBJECT_LEAD = re.compile(r"(?:^|\n|[.!?][\"”’']?\s|(?<!\S)[“\"]|[,!?][”\"]\s)[ \t]{0,3}(?:[^\s;:.!?“”\"]{1,30}[ \t]{1,2}){0,5}$")
# Words before a name that make it no subject of its sentence: a subordinate clause ("Although Lee ...",
# "Unlike Lee, he ...") or a subject already given ("Still, he denied Lee's request").
_SUBORDINATORS = frozenset(
    "although though while whereas unlike if unless because since as when whenever after before until once despite".split()
)
_NOT_SUBJECT_OPENERS = _SUBORDINATORS | PRONOUNS
# A fronted adjunct opening with a preposition and ending at a comma ("In a statement released on Tuesday, "), the
# personal pronoun or the article that may open the subject after it.
_FRONTED_ADJUNCT = re.compile(
    r"[ \t]*(?:In|On|At|With|By|From|For|Via|Through|After|Before|During|Following|Under|Later|Earlier|Speaking|Writing)"
    r"(?:[ \t]{1,2}[^\s;:.!?“”\"]{1,30}){1,9},[ \t]{1,2}"
)
_PRONOUN_OPENING = re.compile(r"[ \t]*([Hh]e|[Ss]he)\s")
# A document opening the sentence as its subject, before its verb ("The study itself outlined ...: “...”").
# Its owner may be a common noun, and a short phrase on its topic may follow it ("The family's statement on the
# death read: “...”").
_DOCUMENT_OPENING = re.compile(
    r"[ \t]*(?P<phrase>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s(?:[a-z][\w\-]*(?:[’']s)?\s){0,2}?"
    + _DOCUMENT_NOUN
    + r")(?:\s(?:on|about|of|after|following)\s(?:(?:the|his|her|its|their)\s)?[a-z][\w\-]*)?"
    r"(?:\s(?:itself|also|then|later|further))?\s(?:[a-z]{2,20}(?:ed|s)|read)\b"
)
# What may stand between a sentence's opening and its subject's name: a title or a role, maybe with an "of" phrase
# and a comma ("The mayor of Lakeside, Ann Lee, ...", "Harbour chief Ann Lee ...").
_LEAD_TO_SUBJECT = re.compile(r"\s*(?:[Tt]he[ \t])?(?:[\w.\-]+[ \t]){0,4}?(?:(?:of|for|at)[ \t](?:the[ \t])?[\w.\-]+(?:[ \t][A-Z][\w.\-]*){0,3},[ \t])?")
# A subject's verb after its name, maybe after an apposition or the comma closing the name's own: a past or present form ("thanked", "chooses",
# "held"), an auxiliary (names.AUXILIARIES), or an adverb before one.
_SUBJECT_VERB = re.compile(
    r"(?:,[^,;:.!?“”\"]{1,100},|,)?[ \t](?:[a-z]+ly[ \t])?(?:[a-z]{2,20}(?:ed|es)|[a-z]{2,20}[^s’'\s]s|"
    + "|".join(AUXILIARIES)
    + r"|made|held|took|gave|spoke|wrote|told|said|chose|sent|left|went|"
    r"began|came|got|put|read|set|kept|felt|thought|brought|won|lost|met|ran|saw|became|stood|sang|taught)\b"
)
# A definite role phrase ("the Prime Minister", "The city's mayor").
_ROLE_SUBJECT = re.compile(r"\s*(?P<role>[Tt]he\s(?:[\w’'\-]+\s){0,3}?(?P<head>[\w\-]+))(?=" + _SUBJECT_VERB.pattern + ")")
# A relative pronoun: the clause it opens may have a subject of its own ("the prize, which the jury gives for").
_RELATIVE = re.compile(r"\b(?:which|whom|whose)\b")
_PASSIVE_BEFORE = re.compile(rf"\b{BE_INFLECTED}\s(?:[a-z]+ly\s)?[a-z]+(?:ed|en|wn)\b")
_ARTICLE_ONLY = re.compile(r"(?:[Tt]he[ \t]{1,2})?")
_GENERIC_REPORTS = re.compile(
    r"(?:(?:[Ss]ome|[Ss]everal|[Mm]any|[Mm]ultiple|[Uu]nconfirmed|[Ii]nitial|[Ee]arly|[Ee]arlier|[Ll]ocal|[Mm]edia|[Nn]ews|[Pp]ress|"
    r"[Oo]ther|[Rr]ecent|[Vv]arying|[Cc]onflicting|[Pp]reliminary|[Uu]nverified|[Nn]umerous|[Ff]ormal|[Nn]ew)\s+){0,2}"
    r"(?:[Rr]eports|[Ss]tudies|[Ii]nvestigations)"
    # the local press as a whole: "according to local media", "local news sources said", "multiple news outlets reported"
    r"|(?:[Ll]ocal|[Mm]ultiple|[Ss]everal|[Vv]arious|[Nn]umerous)\s(?:news\s)?(?:media|news|sources|outlets)"
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
_POSSESSIVE_AFTER = re.compile(r"[’']s?(?!\w)")
_ABBREVIATED_TITLE = re.compile(rf"\b{PERSON_TITLES}\.[ \t]{{1,2}}$")
_OWNER = re.compile(r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(?P<name>[A-Z][\w.\- ]{0,60}?)[’']s)\s")
# Cue verbs that go on with what the last speaker said ("“...,” she added").
_CONTINUING_LEMMAS = frozenset({"add", "continue"})
_MALE_PRONOUNS = frozenset({"he", "He", "him", "his", "His"})
_FEMALE_PRONOUNS = frozenset({"she", "She", "her", "Her"})
_PERSON_PRONOUNS = _MALE_PRONOUNS | _FEMALE_PRONOUNS
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# "the government", "the union": an organisation named by its noun, which "it" or "they" can stand for.
_THE_ORGANISATION_NOUN = re.compile(r"\b[Tt]he (?:government|union|company|agency|commission|council|board|ministry|department)\b(?![’'])")
# An owner and only adjectives before the quoted title of what it put out: "according to a Lakeside school's latest
# “List of ...”".
_OWNER_OF_QUOTED = re.compile(r"[’']s(?:\s(?:latest|newest|new|recent|annual|own|first|final|latest annual)){1,2}$")
# Where a person works, after their name: " of Lakeside University", " at the Harbour Institute".
_MEMBER_AFTER = re.compile(r"[ \t](?:of|with|at|from)[ \t]")
# Lower-case words that describe a person before their name ("ecologist", "the marine biologist").
_LOWER_DESCRIPTION = re.compile(r"(?:(?:the|a|an)[ \t])?(?:[a-z][\w\-]*[ \t]){1,3}")
_SUBJECT_LOOKBACK_CHARS = 1000
# A person who spoke or opened a sentence is the antecedent of "he" or "she" over a longer stretch than one
# merely mentioned.
_PRONOUN_LOOKBACK_CHARS = 2500
_STATEMENT_GROUP_CHARS = 400
# Who comes along with a clause's subject, between the subject and the cue's subject found after it: "The Harbour
# Trust along with the union have announced", "Ann Lee, together with two aides, said".
_ACCOMPANIED = re.compile(r",?[ \t](?:along|together)[ \t]with[ \t](?:the[ \t])?$")
_PAIR_LINK = re.compile(r",?\s(?:and|or)\s(?:the\s)?")  # between the two names "the former" and "the latter" tell apart


@dataclass(frozen=True)
class Attributed:
    """A quote before it gets its id: kind, span, cue word, speaker and confidence."""

    kind: str
    span: Span
    cue: str | None
    speaker_name: str | None
    actor: Actor | None
    mention: Mention | None
    confidence: float


@dataclass(frozen=True)
class _Speaker:
    name: str
    actor: Actor | None
    mention: Mention | None
    certainty: float


def attribute(
    body: str,
    quotes: list[QuoteSpan],
    cues: list[Cue],
    cast: Cast,
    paragraphs: list[Span],
    sentences: list[Span],
    questions: Sequence[Span] = (),
    addressee: tuple[str, Actor | None] | None = None,
) -> list[Attributed]:
    """Quotes (direct, mixed, indirect) with their speakers, in body order. In an interview's ``questions``, "you"
    is the ``addressee`` (the interviewee), and so is whom the interviewer quotes without naming a speaker."""
    paragraphs = [paragraph for paragraph in paragraphs if not _inserted(body, paragraph)]
    sentences = [sentence for sentence in sentences if not _inserted(body, sentence)]
    speakers = _SpeakerResolver(body, cast, cues, paragraphs, sentences)
    asked = within(questions) if questions else None
    if asked is not None and addressee is not None:
        speakers.addressed = (asked, addressee)
    results: list[Attributed] = []
    absorbed: set[int] = set()
    quote_cue: dict[int, Cue] = {}
    opens = [quote.open_mark for quote in quotes]
    reported: set[Span] = set()
    reported_until = -1
    for cue in cues:
        if cue.content in reported or cue.content and cue.content[0] < reported_until and cue.verb[0] < reported_until:
            continue  # two cues of one clause, or a cue nested in reported content: one quote
        inside = _quotes_within(quotes, opens, cue.content) if cue.content else []
        if cue.content is None or cue.lemma in NON_REPORTING and (inside or not _names_unquoted(body, cue) and not _document_reads(body, cue)):
            for index in inside:
                quote_cue.setdefault(index, cue)
            continue
        quoted = sum(quotes[index].end - quotes[index].start + 2 for index in inside)
        content_length = cue.content[1] - cue.content[0]
        opens_with_quote = inside and quotes[inside[0]].open_mark <= cue.content[0] + 1
        if inside and content_length - quoted < 12 and opens_with_quote:
            for index in inside:
                quote_cue.setdefault(index, cue)  # the content is the quotation itself
            continue
        speaker = speakers.resolve(cue)
        kind = "mixed" if inside else "indirect"
        absorbed.update(inside)
        reported.add(cue.content)
        reported_until = max(reported_until, cue.content[1]) if not cue.content_before else reported_until
        content = _before_question(body, cue.content) if asked is not None and asked(cue.content[0]) else cue.content
        results.append(_attributed(body, kind, content, cue, speaker, 0.75))
    by_sentence = _CuesBySentence(cues)
    last: tuple[int, _Speaker | None, int] | None = None  # paragraph, speaker and end of the last quote
    cue_verbs = [cue.verb[0] for cue in cues]
    for index, quote in enumerate(quotes):
        if index in absorbed:
            continue
        cue = quote_cue.get(index) or _cue_for(body, quote, by_sentence)
        speaker = speakers.resolve(cue) if cue else None
        certainty = 0.9
        if cue is None:
            paragraph = _paragraph_of(paragraphs, quote.open_mark)
            if last is not None and paragraph - last[0] <= 1 and last[1] is not None:
                speaker, certainty = last[1], 0.6
            recent = _cue_before(cues, cue_verbs, quote.open_mark)
            if recent is not None and paragraph - _paragraph_of(paragraphs, recent.verb[0]) <= 1:
                if last is None or last[1] is None or recent.verb[0] > last[2]:
                    speaker, certainty = speakers.resolve(recent) or speaker, 0.6
            if speaker is None and paragraph > 0 and paragraphs[paragraph][0] >= quote.open_mark - 1:
                speaker, certainty = speakers.subject_of(paragraphs[paragraph - 1]), 0.5
            narrator = speakers.narrated_before(quote.open_mark, paragraphs[paragraph][0])
            if narrator is not None:
                speaker, certainty = narrator, 0.6
            # (a quote right after another goes on with its speaker, even one nobody resolves: '“...,” he said. “...”')
            continues = speaker is not None or last is not None and paragraph - last[0] <= 1 and last[2] >= quote.open_mark - _RUN_ON_GAP
            if not _speech_like(body[quote.start : quote.end], continues) or _quoted_name(body, quote):
                continue  # a scare quote, a title or a nickname
            if _MENTIONED_WORDS.search(body, max(0, quote.open_mark - _NAMED_WORDS_BACK), quote.open_mark) or _named_words(body, quote):
                continue  # "add the question, “Do you own a boat?”, to the census": words named, said by no one
            if speaker is None and addressee is not None and asked is not None and asked(quote.open_mark):
                speaker, certainty = speakers.addressee(_addressing(body, paragraphs[paragraph][0], quote.open_mark)), 0.5
            opener = speakers.opening_subject(quote.open_mark, paragraphs[paragraph][0])
            if opener is not None:
                speaker, certainty = opener, 0.6
        elif cue.lemma in NON_REPORTING and len(body[quote.start : quote.end].split()) < 2 and _modifies_noun(body, quote):
            continue  # "called it a “magic” solution": one quoted word after a naming verb, modifying a noun
        elif cue.lemma in _LABELLING_LEMMAS and len(body[quote.start : quote.end].split()) <= _MAX_EMBEDDED_WORDS and not _introduced(body, quote, cue):
            continue  # "referred to it as X and stressed “law and order.”": no name the verb gives
        elif _embedded_phrase(body, quote, cue) or is_nickname(body, quote):
            continue  # "the “Harbour Pass” website": a few quoted words inside the narrator's sentence
        elif _named_words(body, quote) and not _introduced(body, quote, cue):
            continue  # "an exam known as “Grade Six.”": words named, whatever else the sentence reports
        if not quote.closed:
            certainty -= 0.2
        results.append(_attributed(body, "direct", (quote.start, quote.end), cue, speaker, certainty))
        last = (_paragraph_of(paragraphs, quote.end), speaker, quote.end)
    return sorted(results, key=lambda result: result.span)


def _inserted(body: str, paragraph: Span) -> bool:
    """A paragraph that is no part of the story's text (a site's link or label without quotations): it separates no
    speaker from what they say, and no pronoun from the name it stands for."""
    return opens_with_site_label(body, *paragraph) and not any(mark in body[paragraph[0] : paragraph[1]] for mark in "“”\"")


_NAMING_LEMMAS = frozenset({"call", "describe", "characterize"})
_AS_COMPLEMENT = re.compile(r"[^.;:]{0,60}?\sas\s")


def _document_reads(body: str, cue: Cue) -> bool:
    """A cue "reads" set off from the words it reports ("..., reads the motion, ...", "X, the petition reads, Y")
    reports what the document says, quoted or not; "she reads the paper" does not."""
    if cue.lemma != "read" or cue.subject is None:
        return False
    return cue.content_before or cue.subject[0] > cue.verb[0] or body.startswith(",", cue.verb[1])


def _names_unquoted(body: str, cue: Cue) -> bool:
    """A naming verb whose complement, not quoted, is what the speaker called something ("called the levy a
    tax on work", "what she calls a scaffold", "described the talks as productive"); not a telephone call
    ("called Ann Lee on Friday"), a phrasal verb ("called for") nor a description without "as"."""
    assert cue.content is not None
    text = body[cue.content[0] : cue.content[1]]
    words = text.split()
    if cue.lemma not in _NAMING_LEMMAS or len(words) < 2 or body[cue.verb[1] - 3 : cue.verb[1]] == "ing":
        return False  # "..., calling them a key step": the narrator's gloss of the speaker's stance
    if cue.lemma == "call":
        named = cue.subject is not None and body[cue.subject[0] : cue.subject[1]].lower().startswith(("a ", "an "))
        if named:
            return False  # "a firm called eTranslate": the passive names the firm
        return not text[:1].isupper() and not cue.content_before and words[0] not in _PARTICLES
    return _AS_COMPLEMENT.match(text) is not None


# "called for a vote", "called on the board", "called off the strike": a phrasal verb, not a naming.
_PARTICLES = frozenset("for on off up in out back into at to".split())


def _cue_before(cues: list[Cue], cue_verbs: list[int], offset: int) -> Cue | None:
    """The last cue with a subject before ``offset`` (cues are in body order)."""
    index = bisect_right(cue_verbs, offset) - 1
    while index >= 0 and cues[index].subject is None:
        index -= 1
    return cues[index] if index >= 0 else None


# (and the "vs." of a case's name: "the case “Lee vs. Harbour Board”")
_TITLE_CONNECTORS = frozenset("of and the for on in to a an at by with vs. v. versus".split())


def _quoted_name(body: str, quote: QuoteSpan) -> bool:
    """Quoted words that name something rather than say it: a title in capitals without closing punctuation
    ("passed the “Harbour Safety Reform Bill 2019”"), or words that modify the noun after them (a slogan on a
    “No Levy Here” sign)."""
    words = body[quote.start : quote.end].split()
    titled = all(word[:1].isupper() or word[:1].isdigit() or word in _TITLE_CONNECTORS for word in words)
    if quote.close_mark is None:
        return False
    return titled and body[quote.end - 1 : quote.end].isalnum() or _modifies_noun(body, quote)


def _named_words(body: str, quote: QuoteSpan) -> bool:
    """Quoted words that the narrator names rather than anyone says: after a noun or a participle that names them
    ("the term “...”", "known as “...”"), or a few unpunctuated ones that are the subject of the narrator's next verb
    ("“Harbour Pass” is to replace the old ticket")."""
    if _NAME_GIVEN.search(body, max(0, quote.open_mark - _NAMED_WORDS_BACK), quote.open_mark):
        return True
    if quote.close_mark is None or not body[quote.end - 1 : quote.end].isalnum():
        return False
    after = _RUNS_ON.match(body, quote.close_mark + 1)
    return after is not None and after.group(1) in AUXILIARIES and len(body[quote.start : quote.end].split()) <= _MAX_EMBEDDED_WORDS


def _modifies_noun(body: str, quote: QuoteSpan) -> bool:
    """Quoted words followed by a content word ("a “magic” solution"), not by a conjunction or a preposition
    ("called the deal “lousy” and left") or a cue ("“...,” said Lee")."""
    after = _RUNS_ON.match(body, (quote.close_mark if quote.close_mark is not None else quote.end) + 1)
    return after is not None and after.group(1) not in FUNCTION_WORDS and after.group(1) not in speech_verb_forms()


def _embedded_phrase(body: str, quote: QuoteSpan, cue: Cue) -> bool:
    """A few quoted words that a sentence runs into and on out of ("a “whiff” of concern", "the “Activate”
    project"), with their cue neither right after them nor right before them, are a term, a title or a scare
    quote, not speech."""
    if quote.close_mark is None or len(body[quote.start : quote.end].split()) > _MAX_EMBEDDED_WORDS:
        return False
    if not _RUNS_INTO.search(body, max(0, quote.open_mark - 3), quote.open_mark):
        return False
    after = _RUNS_ON.match(body, quote.close_mark + 1)
    if after is None:
        return False
    cue_start = cue.subject[0] if cue.subject and cue.subject[0] > quote.close_mark else cue.verb[0]
    return not (0 <= cue_start - after.start(1) <= 1 or _introduced(body, quote, cue))


def _introduced(body: str, quote: QuoteSpan, cue: Cue) -> bool:
    """The cue's verb introduces the quotation: nothing but a pronoun, "as" or an article stands between them, or
    for a naming verb its object ("called the deal “lousy”", "denounced the claims as a “farce”")."""
    return cue.verb[1] <= quote.open_mark and bool(
        _CUE_TO_QUOTE.fullmatch(body, cue.verb[1], quote.open_mark)
        or cue.lemma in _NAMING_LEMMAS and _NAMED_OBJECT.fullmatch(body, cue.verb[1], quote.open_mark)
        or cue.lemma in _COMPLEMENT_LEMMAS
        and _COMPLEMENT_OBJECT.fullmatch(body, cue.verb[1], quote.open_mark) is not None
        and not _modifies_noun(body, quote)
    )


# Verbs whose object's complement in marks is what the speaker called it: "denounced the claims as a “farce”",
# "has referred to it as “theatre” and a “ploy”", "labelled the plan a “circus”". Those that report
# nothing else (_LABELLING_LEMMAS) attribute a few quoted words only as that complement: in "referred to it as X and
# stressed “law and order.”" the second quotation is no name given by the verb.
_LABELLING_LEMMAS = frozenset({"term", "denounce", "label", "brand", "dub", "refer"})
_COMPLEMENT_LEMMAS = _NAMING_LEMMAS | _LABELLING_LEMMAS
# The object before that complement: words with no preposition that would start an adjunct ("labelled the boats in the
# “Harbour Pass” race" names a race), "as" or an article, and maybe a first complement in marks coordinated with it.
_COMPLEMENT_OBJECT = re.compile(
    r"(?:\sto)?(?:\s(?!(?:in|on|at|for|to|from|with|by|into|over|after|during|about|against|under)\s)[\w’'\-]{1,30}){0,8}?"
    r"(?:\sas)?(?:\s(?:a|an|the))?\s(?:[“\"][^“”\"]{1,80}[”\"](?:,|\s(?:and|or))(?:\s(?:a|an|the))?\s)?"
)


# A question an interviewer asks after what they report ("You said that ... — what would you do?").
_QUESTION_AFTER = re.compile(r"\s*[—–;]\s*(?:[Ww]h(?:at|y|o|ich|ere|en)|[Hh]ow|[Dd]o|[Dd]oes|[Dd]id|[Ww]ould|[Ww]ill|[Cc]an|[Ii]s|[Aa]re)\b")


def _before_question(body: str, content: Span) -> Span:
    """Reported content in an interviewer's question without the question that follows it in its sentence."""
    found = _QUESTION_AFTER.search(body, *content)
    return (content[0], found.start()) if found is not None and found.start() > content[0] else content


_YOU = re.compile(r"\b[Yy]our?\b")


def _addressing(body: str, start: int, end: int) -> Mention | None:
    """The last "you" or "your" between ``start`` and ``end``: whom a question quotes ("you wrote “...”")."""
    found = None
    for found in _YOU.finditer(body, start, end):
        pass
    return Mention(text=found.group(), start=found.start(), end=found.end()) if found else None


# How far after the last quote's end a quote with no cue may open and still go on with its (unresolved) speaker.
_RUN_ON_GAP = 80


def _speech_like(text: str, continues_speaker: bool) -> bool:
    """Unattributed quoted words are speech when long, or when a full sentence continues a speaker."""
    words = text.split()
    if len(words) >= _MIN_UNATTRIBUTED_WORDS:
        return True
    return continues_speaker and len(words) >= 2 and text[:1].isupper() and text.rstrip()[-1:] in ".!?,"


def _only_embedded_quotes(text: str) -> bool:
    """Every quotation in ``text`` is a few closed words without sentence punctuation (the narrator's “sound”),
    none of them a quoted statement."""
    return all(
        len(found) > 1 and found[-1] in "”\"" and len(found.split()) <= _MAX_EMBEDDED_WORDS and not any(stop in found for stop in ".!?;")
        for found in _QUOTED.findall(text)
    )


def _other_modifier(before_head: str, modifier: str | None) -> bool:
    """The word before a body's noun where the article named it ("the ambulance service") is a lower-case modifier
    other than the one a later phrase gives the noun ("the fire service"): another body."""
    words = before_head.split()
    return modifier is not None and bool(words) and words[-1].isalpha() and words[-1].islower() and words[-1] != modifier


def _paragraph_of(paragraphs: Sequence[Span], offset: int) -> int:
    return bisect_right(paragraphs, offset, key=itemgetter(0)) - 1


def _attributed(body: str, kind: str, span: Span, cue: Cue | None, speaker: _Speaker | None, certainty: float) -> Attributed:
    cue_text = body[cue.verb[0] : cue.verb[1]] if cue else None
    if speaker is None:
        return Attributed(kind, span, cue_text, None, None, None, round(certainty * 0.5, 3))
    return Attributed(kind, span, cue_text, speaker.name, speaker.actor, speaker.mention, round(certainty * speaker.certainty, 3))


def _quotes_within(quotes: list[QuoteSpan], opens: list[int], span: Span) -> list[int]:
    first = bisect_right(opens, span[0] - 2)
    indices = []
    for index in range(first, len(quotes)):
        if quotes[index].open_mark >= span[1]:
            break
        indices.append(index)
    return indices


class _CuesBySentence:
    """The cues grouped by sentence, found by offset in logarithmic time."""

    def __init__(self, cues: list[Cue]) -> None:
        self.groups: list[list[Cue]] = []
        for cue in cues:
            if self.groups and self.groups[-1][0].sentence == cue.sentence:
                self.groups[-1].append(cue)
            else:
                self.groups.append([cue])
        self.starts = [group[0].sentence[0] for group in self.groups]

    def around(self, offset: int) -> tuple[list[Cue], list[Cue]]:
        """The cues of the sentence holding ``offset`` and those of the sentence with cues before it."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return [], []
        group = self.groups[index]
        if offset < group[0].sentence[1]:
            return group, self.groups[index - 1] if index > 0 else []
        return [], group


def _cue_for(body: str, quote: QuoteSpan, by_sentence: _CuesBySentence) -> Cue | None:
    """The cue of a direct quote: right after it, before it in its sentence, or a colon just before it."""
    close = quote.close_mark if quote.close_mark is not None else quote.end
    same_sentence, previous = by_sentence.around(quote.open_mark)
    closing_sentence = by_sentence.around(close)[0] if quote.close_mark is not None else []
    # (a quotation running over paragraphs takes the cue after its close: "“... \n\n“...,” said Lee")
    for cue in same_sentence + [cue for cue in closing_sentence if cue not in same_sentence]:
        anchor = min(cue.verb[0], cue.subject[0] if cue.subject else cue.verb[0])
        if anchor > close and _BETWEEN_QUOTE_AND_CUE.fullmatch(body, close + 1, anchor):
            return cue
    before = [cue for cue in same_sentence if cue.verb[1] <= quote.open_mark and cue.subject]
    if before:
        return before[-1]
    if previous and quote.open_mark - previous[-1].sentence[1] < 40 and body[previous[-1].sentence[1] - 1] == ":":
        return previous[-1]
    if body[quote.start : quote.end].rstrip()[-1:] in ".!?":
        return None  # "“... we will.” While critics say ...": a quoted sentence that ends is not the next clause's
    # (not a cue whose subject comes before the quotation: "Ann Lee, author of “Harbour Nights”, said" names a book)
    after = [cue for cue in same_sentence if cue.verb[0] > close and cue.subject and cue.subject[0] > close]
    return after[0] if after else None


class _RoleHolders:
    """The persons with roles and the lower-cased words of their roles, indexed by those words, so that a role
    phrase is weighed only against the persons whose roles can match its head, not against every actor
    (phrases times actors grows with the square of an article's length)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.holders = [
            (actor, frozenset(word.lower() for role in actor.roles for word in role.split()))
            for actor in actors
            if actor.type == "person" and actor.roles
        ]
        # A phrase finds a holder by its head, which must be a title word or the head of the holder's role: "the
        # chief" is the "Police chief", "police" is not (it modifies his title and names an institution).
        titles = role_words()
        self.by_word: dict[str, list[int]] = {}
        for number, (actor, words) in enumerate(self.holders):
            heads = {_ROLE_LINK.split(role)[0].split()[-1].lower() for role in actor.roles if role.split()} | (words & titles)
            for word in heads:
                self.by_word.setdefault(word, []).append(number)
        self.leaders = [number for number, (_, words) in enumerate(self.holders) if words & _LEADER_WORDS]

    def sharing(self, head: str) -> list[tuple[Actor, frozenset[str]]]:
        """In actor order, the holders whose role words hold ``head``, or, for a leader word ("chief"), any
        leader word."""
        numbers = set(self.by_word.get(head, ()))
        if head in _LEADER_WORDS:
            numbers.update(self.leaders)
        return [self.holders[number] for number in sorted(numbers)]


class _SpeakerResolver:
    """Resolves the subject of a cue to a canonical speaker, remembering the last speakers for pronouns."""

    def __init__(self, body: str, cast: Cast, cues: list[Cue], paragraphs: list[Span], sentences: list[Span]) -> None:
        self.body = body
        self.sentence_spans = sentences
        self.sentence_starts = [start for start, _ in sentences]
        self.cast = cast
        self.cues = [cue for cue in cues if cue.subject]
        self.cue_verbs = [cue.verb[0] for cue in self.cues]
        self.paragraphs = paragraphs
        self.subject_starts = {cue.subject[0] for cue in cues if cue.subject}
        self.subject_ends = {cue.subject[1] for cue in cues if cue.subject}  # "NDP MP Ann Lee" ends at the name
        self.cache: dict[Span, _Speaker | None] = {}
        self.addressed: tuple[Callable[[int], bool], tuple[str, Actor | None]] | None = None  # questions, interviewee
        self.role_holders = _RoleHolders(cast.actors)
        self.first_mentions: dict[str, Span] = {}
        self.mention_starts: dict[str, list[int]] = {}
        self.the_named: dict[str, int] = {}  # mentions after "the" minus mentions without it, per actor
        for start, end, actor in cast.mentions:
            self.mention_starts.setdefault(actor.id, []).append(start)
            self.first_mentions.setdefault(actor.id, (start, end))
            if actor.type in _THE_NAMED_TYPES:
                self.the_named[actor.id] = self.the_named.get(actor.id, 0) + (1 if self._after_the(start, end) else -1)

    def resolve(self, cue: Cue) -> _Speaker | None:
        if cue.subject is None:
            return None
        if cue.subject not in self.cache:
            self.cache[cue.subject] = self._resolve(cue.subject, cue.content, cue.lemma in _CONTINUING_LEMMAS)
        return self.cache[cue.subject]

    def _resolve(self, subject: Span, content: Span | None, continuing: bool = False) -> _Speaker | None:
        """The speaker a cue's subject stands for, from the most specific reading of the phrase to the least: a
        pronoun's antecedent, a name inside a longer phrase (after an age, a title or an owner, before a
        spokesperson's body), a document's author, an organisation by its common noun, a name, else the holder of
        the role the phrase names. An actor named in the reported ``content`` is no pronoun's antecedent;
        ``continuing`` says the cue goes on with the last speaker's words ("she added")."""
        text = self.body[subject[0] : subject[1]]
        mention = self._mention(*subject)
        accompanied = None
        if " with " in self.body[max(0, subject[0] - 10) : subject[0]]:
            accompanied = _ACCOMPANIED.search(self.body, max(0, subject[0] - 20), subject[0])
        first = self._opening_name_before(accompanied.start()) if accompanied is not None else None
        if first is not None:
            return self._speaker(first, mention, 0.8)  # "The Harbour Trust along with the union announced": the trust
        lowered = _OBJECT_PRONOUNS.get(text.lower(), text.lower())  # "according to him"
        if lowered in PRONOUNS or lowered == "you" or lowered.startswith(("i’", "i'", "your ", "my ")):
            return self._pronoun_speaker(subject, lowered, mention, content, continuing)
        if lowered.startswith(("the latter", "the former")):
            pair = self._coordinated_pair_before(subject[0])
            if pair is not None:  # "the Harbour Board and the Safety Bureau, with the latter confirming ...": the second
                return self._speaker(pair[1] if lowered.startswith("the latter") else pair[0], mention, 0.8)
        if _GENERIC_REPORTS.fullmatch(text):
            return None  # "Reports said ...", "according to local media reports", "formal studies indicated": no one named
        aged = _AGE_BEFORE_NAME.match(text)
        if aged is not None:
            return self._resolve((subject[0] + aged.end(), subject[1]), content)  # "Fourteen-year-old Zoe": Zoe
        spoken_for = self._spoken_for(text, mention)
        if spoken_for is not None:
            return spoken_for  # "a spokesperson for Northwind Ferries": the company speaks
        ending = self._person_ending(subject) if " and " not in text else None
        ending = ending or self._described_person_of(subject)
        if ending is not None:
            return self._speaker(ending, mention, 0.9)  # "Director of National Intelligence Ann Lee", "The director of the Harbour Trust Ann Lee"
        titled = self._named_before_role_of(subject[0])
        if titled is not None:
            return self._speaker(titled, mention, 0.9)  # "Ann Lee, Dean of Lakeside School of Law said"
        around = self._name_around(subject)  # "Ann Lee of Lakeside School of Law writes": "Law" is in a longer name
        member = self._member_before(subject[0]) or (self._member_before(self._mention_start(subject)) if around else None)
        if member is not None:
            return member
        named = self._named_before_apposition(subject[0]) if _INDEFINITE_START.match(text) else None
        if named is not None:
            return self._speaker(named, mention, 0.9)  # "Ann Lee, a marine ecologist at GT, who said"
        the_before = after_the(self.body, subject[0])
        if _DESCRIBED_PERSON.fullmatch(("the " if the_before else "") + text):
            role = text.partition("-year-old")[2].strip()
            holder = self._by_role(role, subject[0]) if role and role.split()[-1].lower() in role_words() else None
            if holder is not None:
                return self._speaker(holder, mention, 0.8)  # "the 54-year-old mayor": the mayor, not the last person named
            actor = self._antecedent(subject[0] - 1, ("person",), None, content)
            if actor is not None:
                return self._speaker(actor, mention, 0.8)
        owner = _OWNER_BEFORE_NAME.match(text)
        if owner is not None:
            return self._resolve((subject[0] + owner.end(), subject[1]), content)  # "the province's Department"
        owning = _OWNER_OF_QUOTED.search(text)
        if owning is not None:
            return self._resolve((subject[0], subject[0] + owning.start()), content)  # "a Lakeside school's latest “...”"
        if " and " in text and text[:1].isupper():
            group = _GROUP_FROM.match(text)
            if group is not None and (group.group("head").lower() in speaker_nouns() or group.group("head") in "People"):
                return _Speaker(text, None, mention, 0.7)  # "People in the party and the campaign": the people
            return self._coordinated(subject, content, mention)
        bare = LEADING_DETERMINER.sub("", text)
        head = bare.split()[-1].lower() if bare.split() else ""
        source = _SOURCE.search(text) if LEADING_DETERMINER.match(text) and bare[:1].islower() else None
        if source is not None and text[: source.start()].split()[-1].lower() in role_words() | person_nouns():
            source = None  # "an official from the Harbour Ministry": a person from it, unnamed, not what it put out
        if source is not None:
            name = source.group("name")
            office = _PERSONS_OFFICE.fullmatch(name)
            actor = self.cast.by_alias.get(normalise(name))
            if office is not None and actor is None:
                actor = self.cast.actor_named(office.group("owner"))
                actor = actor if actor is not None and actor.type == "person" else None
            return self._speaker(actor, mention, 0.75) if actor else _Speaker(name, None, mention, 0.7)
        posted = _POSTED_ON_OWN.fullmatch(text) if " his " in text or " her " in text or " their " in text or " its " in text else None
        if posted is not None and posted.group("noun") in _POSTED_NOUNS:
            # "a statement posted to his Twitter account", "a post on her website": whom the owner stands for (a name
            # in the reported content too: "Ann Lee will step down, according to a post on her website")
            owner = posted.group("owner")
            pronoun = _OWNER_PRONOUNS[owner]
            found = self._pronoun_speaker((subject[0] + posted.start("owner"), subject[0] + posted.end("owner")), pronoun, mention, None, False)
            if found is not None:
                return found
        issued = _DOCUMENT_SOURCE.fullmatch(text)
        if (
            issued is not None
            and issued.group("noun").lower().rstrip("s") in _DOCUMENT_NOUNS | {"statistic"}
            and issued.group("source").split()[-1].lower() not in FUNCTION_WORDS
        ):
            # "a statement released by her family", "reports from the ministry of the interior": who issued it
            return self._resolve((subject[0] + issued.start("source"), subject[1]), content)
        owned = "’s " in bare or "'s " in bare  # ("the party's website": the party's, not the outlet cited last)
        if lowered.startswith("the ") and bare[:1].islower() and len(bare.split()) <= 3 and not owned:
            described = self._organisation_described(subject[0], bare.lower())
            if described is not None:  # "security firm Harbour Watch ... The security firm said": Harbour Watch
                return self._speaker(described, mention, 0.75)
        if head in _MEDIA_NOUNS and len(bare.split()) <= 3 and bare[:1].islower() and lowered.startswith("the ") and not owned:
            source = self._source_before(subject[0])
            if source is not None:  # "The Harbour Herald reported ... The paper added"
                return self._speaker(source.actor, mention, 0.7) if source.actor else _Speaker(source.name, None, mention, 0.7)
        if head in _DOCUMENT_NOUNS and bare.split()[-1].islower():  # not a name ("the Lakeside Post")
            return self._document_speaker(subject, mention)
        if _ONE_OF_SUBJECT.match(text):
            if not text[4:].startswith("of ") and head not in role_words():
                # "“...,” one resident said. Lena Ortiz said ...": one of the public, not the next one named
                return _Speaker(text, None, mention, 0.7)
            actor = self._named_next(subject)
            return self._speaker(actor, mention, 0.7) if actor else _Speaker(text, None, mention, 0.7)
        role = _ROLE_OF.match(text)
        named = self.cast.by_alias.get(normalise(bare)) if role is not None and bare[:1].isupper() else None
        if named is not None and named.type == "organization":
            role = None  # "the Directorate General of Harbour Aviation": an organisation's whole name, no role
        if role is not None and role.group(1).split()[-1].lower() in role_words():
            return self._role_holder(role.group(1), subject[0], content, mention)  # "the lawyer for the board"
        if head in _ORGANISATION_NOUNS and len(bare.split()) <= 3 and bare[:1].islower() and not _INDEFINITE_START.match(text):
            actor = self._organisation_before(subject[0], head)
            if actor is not None:
                return self._speaker(actor, mention, 0.75)
        collective = _COLLECTIVE_OF.match(text)
        if collective is not None and collective.group("head").lower() in speaker_nouns():
            return _Speaker(text, None, mention, 0.7)  # "Supporters of Ann Lee", "Associates of Ann Lee": not Ann Lee
        if (bare[:1].isupper() or PARTICLE_NAME_WORD.match(bare)) and bare == text:
            # ("ABC of Lakeland" is the broadcaster, not the place its name ends with)
            owner = bare.partition(" of ")[0] if " of " in bare else ""
            of_name = owner.isupper() or owner.rpartition(" ")[2].lower() in organisation_words()
            actor = self._name_around(subject) or (self.cast.by_alias.get(normalise(bare)) if of_name else self.cast.actor_named(bare)) or self._country_written_out(bare)
            actor = actor or self._name_going_on(subject)  # "said Antigua and Barbuda’s premier": the subject stopped at "and"
            if actor is None and bare.rpartition(" ")[2] in POST_NOMINALS:  # "Ann Lee QC": Ann Lee, the letters a rank
                actor = self.cast.actor_named(bare.rpartition(" ")[0])
            if actor is not None:
                return self._speaker(actor, mention, 1.0)
        if bare[:1].isupper() and lowered.startswith("the "):  # "the WHO": the organisation by its short name
            actor = self.cast.by_alias.get(normalise(bare)) or self._name_going_on((subject[1] - len(bare), subject[1]))
            actor = actor or (self._body_in_place(bare) if " in " in bare else None)
            if actor is not None and actor.type in _THE_NAMED_TYPES:
                return self._speaker(actor, mention, 1.0)
        if self._titled_with_the(subject[0], text):
            return _Speaker("The " + text, None, mention, 0.8)  # "The Harbourian claimed": a title, "The" and all
        return self._role_holder(text, subject[0], content, mention)

    def _country_written_out(self, short: str) -> Actor | None:
        """The country a short form stands for ("US", "U.K.") when the article also writes its full name ("the United
        States"): the fullest form the article uses speaks, as a surname resolves to the full name."""
        full = demonyms().get(short) if _COUNTRY_SHORT_FORM.fullmatch(short) else None
        return self.cast.actor_named(full) if full is not None and full in self.body else None

    def _titled_with_the(self, start: int, text: str) -> bool:
        """One capitalised word that names no actor, right after a capital "The" ("The Harbourian reported",
        "Next, The Lantern claimed"): the title of a paper or a site, whose "The" is part of its name, as the two-word
        ones ("The Lees Herald") keep theirs; not a role, a group, a country or a people ("The President", "The
        Netherlands", "The French"). Other places keep it: a city's own "The" ("The Hague"), a sea's name a magazine took."""
        return (
            start >= 4
            and self.body.startswith("The ", start - 4)
            and text.isalpha()
            and text[:1].isupper()
            and text[1:].islower()
            and (lowered := text.lower()) not in role_words()
            and lowered not in person_nouns()
            and lowered not in speaker_nouns()
            and lowered not in group_heads()
            and lowered not in FUNCTION_WORDS
            and text not in demonyms()
            and text not in _COUNTRIES
            and not (text.endswith("s") and self._plural_of_name(text[:-1]))
        )

    def _plural_of_name(self, singular: str) -> bool:
        """A people or a family in the plural ("The Armenians", "The Lees" after Ann Lee): the word less its "s" is a
        demonym or a word of a person's name in the article (a surname first or last: "The Tongs" after Tong Yu-mi)."""
        return singular in demonyms() or any(actor.type == "person" and singular in actor.name.split() for actor in self.cast.actors)

    def _pronoun_speaker(
        self, subject: Span, pronoun: str, mention: Mention, content: Span | None, continuing: bool
    ) -> _Speaker | None:
        """Whom a personal pronoun subject stands for (``pronoun`` in lower case, "my ..." and "your ..." too): "he"
        or "she" the last person of that gender before it, "they", "it" and "we" the last organisation or group, or
        an unnamed speaker introduced just before ("a neighbour said ... She added"); "I" and "you" no one the
        article names, but the interviewee in an interviewer's question."""
        if pronoun in ("he", "she"):
            unnamed_subject = self._unnamed_subject_before(subject[0], "male" if pronoun == "he" else "female")
            if unnamed_subject is not None:
                return _Speaker(unnamed_subject, None, mention, 0.7)  # "One of the victims spoke out. She said": not a name
            actor = self._antecedent(subject[0], ("person",), "male" if pronoun == "he" else "female", content, continuing)
            unnamed = self._unnamed_speaker_before(subject[0], actor, pronoun=pronoun)
            if unnamed is not None:
                return _Speaker(unnamed.name, unnamed.actor, mention, 0.8)
            return self._speaker(actor, mention, 0.9) if actor else None
        if pronoun == "they" and self._opens_sentence(subject[0]):
            listed = self._listed_person_before(subject[0])
            if listed is not None:
                return self._speaker(listed, mention, 0.7)  # "A and his counterparts, B and C, met ... They said": A
        if pronoun == "they":
            people = self._people_subject_before(subject[0])
            if people is not None:
                return _Speaker(people.name, people.actor, mention, 0.7)  # "Protesters gathered outside the ministry. They said"
        if pronoun in ("they", "it", "we"):
            actor = self._antecedent(subject[0], ("organization", "group"), None, content)
            unnamed = self._unnamed_speaker_before(subject[0], actor, plural=pronoun != "it", body=True)
            if unnamed is not None:
                return _Speaker(unnamed.name, None, mention, 0.7)
            described = self._organisation_noun_before(subject[0], pronoun, actor) if pronoun != "we" else None
            if described is not None:
                return described
            return self._speaker(actor, mention, 0.7) if actor else None
        if self.addressed is not None and pronoun.startswith("you") and self.addressed[0](subject[0]):
            return self.addressee(mention)  # an interviewer's question: "you" is the interviewee
        return None  # the writer, or whom an interviewer asks ("You noted ... Why ...?"): no one the article names

    def _document_speaker(self, subject: Span, mention: Mention) -> _Speaker:
        """Who speaks for a document named by its common noun ("her statement", "the family's statement", "the
        Harbour Forum study", "the report"): its owner, the name that modifies it, the author of the document
        named before it or after "by", else the group named just before; findings of research with no author
        named speak as the document itself."""
        text = mention.text
        bare = LEADING_DETERMINER.sub("", text)
        head = bare.split()[-1].lower()
        signed = _SIGNED_BY.match(self.body, subject[1]) if self.body.startswith(", ", subject[1]) else None
        by = _DOCUMENT_BY.match(self.body, signed.end()) if signed is not None else None
        if by is not None:
            return self._author_named(by, mention)  # "The letter, signed by Ann Lee and Omar Ruiz, said": its signers
        author = self._document_author(text, subject[0])
        if author is not None:
            return self._speaker(author, mention, 0.8)
        owner = _COMMON_OWNER.match(text)
        if owner is not None:
            # "The family's statement read": the family; "the company's statement": the company named before
            noun = owner.group("noun")
            actor = self._organisation_before(subject[0], noun.split()[-1]) if noun.split()[-1] in _ORGANISATION_NOUNS else None
            actor = actor or self._organisation_described(subject[0], noun)  # "the hotel's website": the Seaview Hotel
            return self._speaker(actor, mention, 0.75) if actor else _Speaker(f"the {noun}", None, mention, 0.7)
        named = _DOCUMENT_NAMED.search(text)
        if named is not None:  # "the Harbour Forum study", "the Harbour Trust's report": the name is its author
            name = named.group("name")
            actor = self.cast.actor_named(name)
            return self._speaker(actor, mention, 0.8) if actor else _Speaker(name, None, mention, 0.75)
        earlier = self._earlier_document_author(subject[0], mention) if text.lower().startswith("the ") else None
        if earlier is not None:
            return earlier
        if head in _RESEARCH_NOUNS:
            # "a study which is released today by the Harbour Institute": its author; "the study says": the
            # study, not whoever was named last
            relative = _RELATIVE_BEFORE_BY.match(self.body, subject[1])
            by = _DOCUMENT_BY.match(self.body, relative.end()) if relative else None
            if by is None:
                return _Speaker(bare, None, mention, 0.6)
            return self._author_named(by, mention)
        modified = _MODIFIED_DOCUMENT.fullmatch(text)
        if modified is not None and modified.group("noun") in _ORGANISATION_NOUNS:
            actor = self._organisation_before(subject[0], modified.group("noun"))
            if actor is not None:
                return self._speaker(actor, mention, 0.75)  # "a fire service statement": the service named before
        # A statement comes from the group just named ("ministers from seven countries and the Commission").
        actor = self.cast.mentioned_before(subject[0], ("group",), within=_STATEMENT_GROUP_CHARS)
        actor = actor or self.cast.mentioned_before(subject[0], ("group", "organization"), within=_SUBJECT_LOOKBACK_CHARS)
        return self._speaker(actor, mention, 0.7) if actor else _Speaker(bare, None, mention, 0.6)

    def _spoken_for(self, text: str, mention: Mention) -> _Speaker | None:
        """The organisation a spokesperson named after "for", "of" or "from" speaks for ("a spokesperson for
        Northwind Ferries", "a spokesman for the Harbour Trust"); not a person (a person's spokesman is someone
        else); a body that modifies the noun ("a Northwind spokesperson") speaks when the article names it."""
        spokesperson = SPOKESPERSON_FOR.fullmatch(text) or _NAMED_SPOKESPERSON.fullmatch(text)
        if spokesperson is None:
            return self._spoken_for_described(text, mention) if "spokes" in text else None
        name = spokesperson.group("name")
        # (the subject may stop inside the body's longer name: "a spokesperson for the Department of Health and
        # Human Services" read as far as "the Department")
        named = (mention.start + spokesperson.start("name"), mention.start + spokesperson.end("name"))
        actor = self._name_going_on(named) or self.cast.actor_named(name)
        if actor is not None and actor.type != "person":
            return self._speaker(actor, mention, 0.8)
        if spokesperson.re is _NAMED_SPOKESPERSON and (actor is not None or name.split()[0] in demonyms()):
            return None  # "a Chinese spokesman", "a Lee spokesman": no body
        if actor is None and name.split()[0].lower() not in first_name_genders():
            return _Speaker(name, None, mention, 0.75)
        return None

    def _spoken_for_described(self, text: str, mention: Mention) -> _Speaker | None:
        """The body a spokesperson speaks for when the article calls it by its noun ("Northwind Ferries raised its
        fares. A spokeswoman for the firm said"): the body named before with that noun or as any body goes by it."""
        described = _SPOKESPERSON_FOR_NOUN.fullmatch(text)
        if described is None:
            return None
        noun = described.group("noun")
        head = noun.split()[-1]
        actor = self._organisation_described(mention.start, noun)
        if actor is None and head in _ORGANISATION_NOUNS:
            actor = self._organisation_before(mention.start, head)
        return self._speaker(actor, mention, 0.8) if actor is not None else None

    def _named_before_apposition(self, offset: int) -> Actor | None:
        """The person named right before ", " at ``offset``, whom an apposition starting there describes."""
        if self.body[max(0, offset - 2) : offset] != ", ":
            return None
        index = bisect_right(self.cast.starts, offset - 2) - 1
        if index < 0:
            return None
        _, end, actor = self.cast.mentions[index]
        return actor if end == offset - 2 and actor.type == "person" else None

    def _named_before_role_of(self, offset: int) -> Actor | None:
        """The person named before an apposition that gives their role at a place and holds the subject, its
        closing comma left out ("Ann Lee, Dean of Lakeside School of Law said", "Ann Lee, director at the
        Harbour Trust said"): the person speaks, not the place."""
        comma = self.body.rfind(", ", max(0, offset - _ROLE_OF_APPOSITION_CHARS), offset)
        if comma < 0:
            return None
        role = _ROLE_OF_APPOSITION.fullmatch(self.body, comma + 2, offset)
        if role is None or role.group("role").lower() not in role_words():
            return None
        return self._named_before_apposition(comma + 2)

    def _person_ending(self, subject: Span) -> Actor | None:
        """The person whose name ends a longer subject phrase, which describes them."""
        index = bisect_right(self.cast.starts, subject[1] - 1) - 1
        if index < 0:
            return None
        start, end, actor = self.cast.mentions[index]
        if _PREPOSITION_END.search(self.body, max(subject[0], start - 6), start):
            return None  # "a spokesman for Lee": the person after a preposition is someone else
        titled = _PREPOSITION_TITLE_END.search(self.body, max(subject[0], start - 60), start)
        if titled is not None and titled.group("title").lower() in role_words():
            return None  # "a spokesman for Health Minister Lee" (but "the director of Tidewater International Ko")
        return actor if start > subject[0] and end == subject[1] and actor.type == "person" else None

    def _described_person_of(self, subject: Span) -> Actor | None:
        """The person named after a lower-case description and before where they work ("ecologist Ann Lee of
        Lakeside University", "the researcher Ann Lee at the Harbour Institute"): the person speaks."""
        index = bisect_right(self.cast.starts, subject[0] - 1)
        if index >= len(self.cast.mentions):
            return None
        start, end, actor = self.cast.mentions[index]
        if actor.type != "person" or end >= subject[1] or not _MEMBER_AFTER.match(self.body, end, subject[1]):
            return None
        return actor if _LOWER_DESCRIPTION.fullmatch(self.body, subject[0], start) else None

    def _mention_start(self, subject: Span) -> int:
        """Where the mention holding ``subject`` starts."""
        return self.cast.mentions[bisect_right(self.cast.starts, subject[0]) - 1][0]

    def _name_around(self, subject: Span) -> Actor | None:
        """The actor whose longer name holds a subject: "Community Services" in "the Department of Community
        Services said" stands for the department."""
        index = bisect_right(self.cast.starts, subject[0]) - 1
        if index < 0:
            return None
        start, end, actor = self.cast.mentions[index]
        return actor if start < subject[0] and end >= subject[1] else None

    def _opening_name_before(self, offset: int) -> Actor | None:
        """The actor named right before ``offset`` whose name (maybe after "the") opens its sentence."""
        index = bisect_right(self.cast.starts, offset - 1) - 1
        if index < 0:
            return None
        start, end, actor = self.cast.mentions[index]
        opening = start - 4 if after_the(self.body, start) else start
        return actor if end == offset and self._opens_sentence(opening) else None

    def _body_in_place(self, name: str) -> Actor | None:
        """The body a name followed by where it sits stands for ("the Court of Appeal in Norland"): the place
        locates the body and is no part of its name."""
        body_name, _, place = name.rpartition(" in ")
        return self.cast.by_alias.get(normalise(body_name)) if place[:1].isupper() else None

    def _name_going_on(self, words: Span) -> Actor | None:
        """The actor whose longer name starts with ``words`` and goes on after them: "the Seismology" stands for
        "the Seismology, Hydrology and Weather Agency"."""
        index = bisect_right(self.cast.starts, words[0]) - 1
        if index < 0:
            return None
        start, end, actor = self.cast.mentions[index]
        return actor if start == words[0] and end > words[1] else None

    def _role_holder(self, text: str, offset: int, content: Span | None, mention: Mention) -> _Speaker:
        """Who a role phrase stands for: the phrase that introduced it ("a justice official"), the person
        holding the role, or the person it refers back to; else it is named as written ("a spokesperson")."""
        introduced = self._introduced_as(text, offset)
        if introduced is not None:
            # "A Harbour Trust spokesperson said ... The spokesperson added": the trust speaks again, as it did first
            spoken = self._spoken_for(introduced, mention) if "spokes" in introduced else None
            return spoken or _Speaker(introduced, None, mention, 0.7)
        if _INDEFINITE_START.match(text):
            return _Speaker(mention.text, None, mention, 0.8)  # "a Lakeland official": someone not named before
        phrase = LEADING_DETERMINER.sub("", text)
        actor = self._by_role(phrase, offset)
        if actor is None and not self._held_by_another(phrase):
            actor = self._role_antecedent(text, offset, content)
        if actor is not None:
            return self._speaker(actor, mention, 0.85)
        return _Speaker(mention.text, None, mention, 0.8)

    def _coordinated_pair_before(self, offset: int) -> tuple[Actor, Actor] | None:
        """The last two actors named before ``offset`` (within its sentence or the one before), joined by "and"
        ("the Harbour Board and the Lakeside Safety Bureau"), whom "the former" and "the latter" stand for."""
        index = bisect_right(self.cast.starts, offset - 1) - 1
        if index < 1:
            return None
        (first_start, first_end, first), (second_start, _, second) = self.cast.mentions[index - 1], self.cast.mentions[index]
        if offset - first_start > _STATEMENT_GROUP_CHARS or first == second:
            return None
        return (first, second) if _PAIR_LINK.fullmatch(self.body, first_end, second_start) else None

    def _member_before(self, offset: int) -> _Speaker | None:
        """The person named just before a subject that is their organisation or place ("Ann Lee with the Harbour
        Board says", "Sen. Ann Lee of Ohio said"): the person speaks, not the place."""
        before = _PERSON_OF.search(self.body, max(0, offset - 80), offset)
        if before is None:
            return None
        actor = self.cast.actor_named(before.group("name"))
        if actor is None or actor.type != "person":
            return None
        mention = self._mention(*before.span("name"))
        return self._speaker(actor, mention, 0.9)

    def _mention(self, start: int, end: int) -> Mention:
        """The words of the body from ``start`` to ``end`` as the mention a speaker is found at."""
        return Mention(text=self.body[start:end], start=start, end=end)

    def addressee(self, mention: Mention | None) -> _Speaker:
        """The interviewee, whom an interviewer's question addresses."""
        assert self.addressed is not None
        name, actor = self.addressed[1]
        return self._speaker(actor, mention, 0.7) if actor is not None else _Speaker(name, None, mention, 0.7)

    def _speaker(self, actor: Actor, mention: Mention, certainty: float) -> _Speaker:
        """A speaker named by its actor; an organisation the article introduces with the article ("the EU",
        "The Lakeside Trust") keeps it, as that is the form the article uses for it, unless the name there only
        modifies a noun ("the Harbour Forum study")."""
        start, end = self.first_mentions.get(actor.id, (0, 0))
        if actor.type not in _THE_NAMED_TYPES:
            return _Speaker(actor.name, actor, mention, certainty)
        if self._after_the(start, end):
            return _Speaker(self.body[start - 4 : start] + actor.name, actor, mention, certainty)
        if self.the_named.get(actor.id, 0) > 0:  # "Ann Lee's Liberals" first, then "the Liberals" throughout
            return _Speaker("the " + actor.name, actor, mention, certainty)
        return _Speaker(actor.name, actor, mention, certainty)

    def _after_the(self, start: int, end: int) -> bool:
        """The name follows "the" and is not a modifier ("the Harbour Forum study")."""
        if not after_the(self.body, start):
            return False
        head = _WORD_AFTER_NAME.match(self.body, end)
        return not (head and head.group(1) in _MODIFIED_NOUNS)

    def _earlier_document_author(self, offset: int, mention: Mention) -> _Speaker | None:
        """Who wrote "the report" at ``offset``: the author of the last document the article named before it
        ("a study by the Harbour Institute", "Ann Lee wrote in a long report", an earlier "the report said"),
        taken as the same document; where that one names no author (another document between: "The data were,
        the study says"), the author of the last one named by the same noun ("The study reports ...", "Ann Lee
        said in a filing ... According to the filing")."""
        documents = list(_DOCUMENT_WORD.finditer(self.body, max(0, offset - _DOCUMENT_LOOKBACK_CHARS), offset))
        if not documents:
            return None
        author = self._author_of(documents[-1], mention)
        if author is not None:
            return author
        noun = mention.text.rpartition(" ")[2].lower()
        for earlier in reversed(documents[:-1]):
            if earlier.group().rpartition(" ")[2].lower() == noun:
                author = self._author_of(earlier, mention)
                if author is not None:
                    return author
        return None

    def _author_of(self, earlier: re.Match[str], mention: Mention) -> _Speaker | None:
        """The author of a document named earlier (a ``_DOCUMENT_WORD`` match): named after "by" or "from", or the
        speaker of the cue whose subject it is or in whose sentence it stands after the subject."""
        issued = _ISSUED_BEFORE_BY.match(self.body, earlier.end())  # ("the warning issued by the Met Office")
        by = _DOCUMENT_BY.match(self.body, issued.end() if issued else earlier.end())
        if by is not None:
            return self._author_named(by, mention)
        # The cue whose subject the document is (an earlier "the report said") or whose sentence holds it ("Lee
        # wrote in a long report").
        index = bisect_right(self.cue_verbs, earlier.start())
        for cue in self.cues[max(0, index - 1) : index + 1]:
            subject = cue.subject or (0, 0)  # cues here all have subjects
            if subject[0] <= earlier.end() - 1 < subject[1] or subject[1] <= earlier.start() < cue.sentence[1]:
                found = self.resolve(cue)
                return _Speaker(found.name, found.actor, mention, 0.75) if found else None
        return None

    def _author_named(self, by: re.Match[str], mention: Mention) -> _Speaker:
        """A document's author named after "by" or "from" (a ``_DOCUMENT_BY`` match): the actor of that name, else
        the name as written. The name pattern runs on over capitalised words, so it is cut where its sentence ends
        ("by the Harbour Institute. The study ...") and before a date ("on Monday") or the linking words it took in
        last."""
        name = _SENTENCE_END.split(by.group("name"))[0]
        date = _DATE_AFTER_NAME.search(name) if " on " in name else None
        name = _TRAILING_FUNCTION_WORDS.sub("", name[: date.start()] if date else name).rstrip(".")
        actor = self.cast.by_alias.get(normalise(name))
        return self._speaker(actor, mention, 0.75) if actor else _Speaker(name, None, mention, 0.7)

    def _document_author(self, text: str, offset: int) -> Actor | None:
        """Who issued "her statement" (the last female person who spoke or led a sentence) or "Ann Lee's
        report" (the owner named)."""
        owner = _OWNER.match(text)
        if owner is None:
            return None
        if owner.group("pronoun"):
            pronoun = owner.group("pronoun").lower()
            if pronoun in ("its", "their"):  # "its press release": the organisation that last spoke or led
                return self._antecedent(offset, ("organization", "group"), None, None)
            return self._antecedent(offset, ("person",), "female" if pronoun == "her" else "male", None)
        return self.cast.actor_named(owner.group("name"))

    def subject_of(self, paragraph: Span, types: tuple[str, ...] = ("person",)) -> _Speaker | None:
        """The person (or an actor of another of ``types``) a paragraph or a sentence opens with ("Ann Lee, a
        senior analyst, outlined ..."), who likely speaks in the quotation that follows it."""
        cast = self.cast
        index = bisect_right(cast.starts, paragraph[0] - 1)
        if index < len(cast.mentions) and cast.mentions[index][0] < paragraph[1]:
            start, end, actor = cast.mentions[index]
            if actor.type != "person" and index + 1 < len(cast.mentions) and self._leads(start):
                # "Former Harbour Trust deputy director Ann Lee praised ...": the body only describes the person
                titled = cast.mentions[index + 1]
                if titled[2].type == "person" and _LOWER_TITLE.fullmatch(self.body, end, titled[0]):
                    start, end, actor = titled
                    return self._speaker(actor, self._mention(start, end), 0.7)
            if actor.type in types and self._leads(start):
                return self._speaker(actor, self._mention(start, end), 0.7)
        return None

    def narrated_before(self, offset: int, paragraph_start: int) -> _Speaker | None:
        """The person who opens the narrator's sentence just before a quotation in its paragraph ("“...,” says
        Lee. Okafor did not hesitate. “...”"), or the sentence that introduces it with a colon ("Okafor rejected
        the plan: “...”"), who likely speaks in it."""
        before = self.body[paragraph_start:offset].rstrip()
        if not before or before[-1] not in ".!?:,":
            return None  # (a comma: "Lee, also on the radio, defended the plan, “...”")
        ends = list(_SENTENCE_END.finditer(before, 0, len(before) - 1))
        sentence = (paragraph_start + ends[-1].end() if ends else paragraph_start, paragraph_start + len(before))
        if any(mark in self.body[sentence[0] : sentence[1]] for mark in "“”\"") and not (
            before[-1] == ":" and _only_embedded_quotes(self.body[sentence[0] : sentence[1]])
        ):
            return None  # (but "The board defended the plan as “sound”: “...”" introduces the quotation)
        # a sentence introducing the quotation with a colon: a body may speak too ("The Harbour Trust defended
        # the closure: “...”")
        if before[-1] != ":":
            return self.subject_of(sentence, ("person",))
        types = ("person", "organization", "group")
        named = self.subject_of(sentence, types)
        if named is not None:
            return named
        # after a fronted adjunct ("In a notice posted on Friday, the Harbour Trust defended the closure: “...”"),
        # or a pronoun for subject ("In her letter, she criticised the plan: “...”")
        opening, pronoun = self._subject_opening(*sentence)
        if pronoun is not None:
            return self._resolve(pronoun, None)
        document = _DOCUMENT_OPENING.match(self.body, opening, sentence[1])
        if document is not None:
            return self._resolve(document.span("phrase"), None)  # the study quoted, not whoever spoke last
        index = bisect_right(self.cast.starts, opening - 1)
        if opening == sentence[0] or index == len(self.cast.mentions):
            return None
        start, end, actor = self.cast.mentions[index]
        if actor.type not in types or not _ARTICLE_ONLY.fullmatch(self.body, opening, start):
            return None
        return self._speaker(actor, self._mention(start, end), 0.7)

    def opening_subject(self, offset: int, paragraph_start: int) -> _Speaker | None:
        """The person who is the subject of the narrator's sentence that runs into a quotation with no cue ("Ann
        Lee thanked “the crews for their work”", "The mayor, Ann Lee, apologised for “...”", "She chooses “to
        portray strong women”"): the one whose words the sentence quotes, not the last speaker. None when the
        sentence reports what was done to them ("Lee was criticised for “...”") or a relative clause with a
        subject of its own holds the quotation ("Lee won the prize, which the jury gives for “...”")."""
        before = self.body[paragraph_start:offset]
        ends = list(_SENTENCE_END.finditer(before))
        start = paragraph_start + ends[-1].end() if ends else paragraph_start
        text = self.body[start:offset]
        if not text.strip() or _PASSIVE_BEFORE.search(text) or _RELATIVE.search(text):
            return None
        if any(mark in text for mark in "“”\"") and not _only_embedded_quotes(text):
            return None  # (but a few words the narrator quotes before it keep the subject: her “passion” ... “...”)
        opening, pronoun = self._subject_opening(start, offset)
        if pronoun is not None:
            return self._resolve(pronoun, None)
        index = bisect_right(self.cast.starts, opening - 1)
        for mention_start, end, actor in self.cast.mentions[index:]:
            if mention_start >= offset:
                break
            lead = self.body[opening:mention_start]
            if (
                actor.type == "person"
                and _LEAD_TO_SUBJECT.fullmatch(lead)
                and not any(word.lower() in _NOT_SUBJECT_OPENERS for word in lead.split())
                and _SUBJECT_VERB.match(self.body, end, offset)
            ):
                return self._speaker(actor, self._mention(mention_start, end), 0.7)
        # a role for subject, opening the sentence or the main clause after a fronted subordinate one ("After the
        # vote, the Prime Minister apologised for “...”"): the person who holds it
        if text.split()[0].lower() in _SUBORDINATORS:
            opening = max(opening, start + text.rfind(", ") + 2)
        role = _ROLE_SUBJECT.match(self.body, opening, offset)
        if role is not None and role.group("head").lower() in role_words():
            return self._resolve(role.span("role"), None)
        return None

    def _subject_opening(self, start: int, end: int) -> tuple[int, Span | None]:
        """Where the subject of the sentence from ``start`` stands, past a fronted adjunct ("In a notice posted on
        Friday, the Harbour Trust ..."), and the "he" or "she" with a verb after it that is the subject there ("In
        her letter, she criticised ...")."""
        adjunct = _FRONTED_ADJUNCT.match(self.body, start, end)
        opening = adjunct.end() if adjunct else start
        pronoun = _PRONOUN_OPENING.match(self.body, opening, end)
        if pronoun is None or _SUBJECT_VERB.match(self.body, pronoun.end(1), end) is None:
            return opening, None
        return opening, pronoun.span(1)

    def _source_before(self, offset: int) -> _Speaker | None:
        """The last organisation that spoke before ``offset``, not too far back, by its name (an actor's or one the
        cast does not hold, such as "Lakeside.com"): the one "the paper" or "the website" stands for, which the
        narrator cites."""
        index = bisect_right(self.cue_verbs, offset) - 1
        while index >= 0:
            cue = self.cues[index]
            index -= 1
            if cue.subject is None or cue.subject[1] > offset:
                continue
            if offset - cue.subject[0] > _PRONOUN_LOOKBACK_CHARS:
                return None
            found = self.resolve(cue)
            words = found.name.split() if found is not None else []
            if not words or words[-1].lower() in speaker_nouns():
                continue  # "Police said": no outlet
            if found.actor is not None and found.actor.type == "organization":
                return found
            if found.actor is None and all(word[:1].isupper() for word in words):
                return found
        return None

    def _mentions_back(self, offset: int) -> Iterator[tuple[int, int, Actor]]:
        """The mentions of actors that start at or before ``offset``, the last first, as far back as an antecedent
        is looked for."""
        mentions = self.cast.mentions
        index = bisect_right(self.cast.starts, offset)
        for at in range(index - 1, max(-1, index - 1 - ANTECEDENT_LOOKBACK_MENTIONS), -1):
            yield mentions[at]

    def _organisation_described(self, offset: int, bare: str) -> Actor | None:
        """The organisation "the airline" or "the security firm" (``bare``: the phrase less its "the") at ``offset``
        stands for when the article named it with that noun: as the description right before its name ("Norland
        broadcaster NTV", "security firm Harbour Watch"), as the head of an apposition right after it ("NTV, the
        country's largest network,") or, for a noun that is no common name of a body nor a person's, in the plural
        within its name ("Skyway Airlines"): the last one so named, even if another body was named since ("...
        Lakeland Telecom fixed it. The security firm said"). A noun any body goes by ("the company") needs its
        modifiers too ("the security firm"), and a body named with the noun itself ("the Harbour Union") ends the
        search, which _organisation_before makes."""
        words = bare.split()
        head = words[-1]
        if not head.isalpha() or head in _ANY_ORGANISATION_NOUNS and len(words) < 2:
            return None
        described = " " + (bare if head in _ANY_ORGANISATION_NOUNS else head) + " "
        modifier = words[-2] if len(words) > 1 else None
        named_with = head in _ORGANISATION_NOUNS
        plural = None if named_with or head in person_nouns() or head in role_words() or head in speaker_nouns() else head + "s"
        body = self.body
        for start, end, actor in self._mentions_back(offset):
            if actor.type not in _THE_NAMED_TYPES:
                continue
            name_words = actor.name.lower().split()
            if named_with and head in name_words:
                return None  # "the union": the Harbour Union named before, as _organisation_before finds
            if plural is not None and (plural in name_words or head in name_words):
                return actor  # "Skyway Airlines", "the Seaview Hotel"
            next_word = _WORD_AFTER_NAME.match(body, end)
            if next_word is not None and next_word.group(1) in _PLATFORM_NOUNS:
                continue  # "an official government Twitter account": the name modifies a noun, describes no body
            before = " " + body[max(0, start - len(described) - _MODIFIER_CHARS) : start].lower().replace("\n", " ")
            if before.endswith(described) and not _other_modifier(before[: -len(described)], modifier):
                return actor  # "Norland broadcaster NTV"
            apposition = _ORGANISATION_APPOSITION_AFTER.match(body, end, min(len(body), end + _APPOSITION_AFTER_CHARS))
            apposed = apposition.group("words") if apposition is not None else ""
            if apposed.endswith(described[:-1]) and not _other_modifier(apposed[: 1 - len(described)], modifier):
                return actor  # "NTV, the country's largest television network, ..."
        return None

    def _organisation_before(self, offset: int, head: str) -> Actor | None:
        """The organisation "the company" or "the commission" at ``offset`` stands for: the last one named
        with that noun ("the European Commission"), else, for nouns any organisation can go by ("the company",
        "the agency"), the last one named not too far back."""
        nearest = holding = None
        for start, end, actor in self._mentions_back(offset):
            if (
                actor.type != "place"  # (not "the US city": a place locates the body, it is not its name)
                and self.body.startswith(" " + head, end)
                and not self.body[end + len(head) + 1 : end + len(head) + 2].isalpha()
                and self.body[max(0, start - 4) : start].lower() == "the "
            ):
                return actor  # "the party": the one the narrator called "the Harbour Greens party"
            if actor.type != "organization":
                continue
            words = _ROLE_LINK.split(actor.name.lower())[0].split()
            if words and words[-1] == head:
                return actor  # "the city": the "City of Lakeside" before the "Lakeside City Council"
            if holding is None and head in actor.name.lower().split():
                holding = actor
            if nearest is None and head in _ANY_ORGANISATION_NOUNS and offset - start <= _SUBJECT_LOOKBACK_CHARS:
                # (not a site or channel something was posted on: "In a post on Facebook, the group said")
                if self.body[max(0, start - 4) : start].lower() not in (" on ", "\non ", "on "):
                    nearest = actor
        return holding or nearest

    def _antecedent(
        self, offset: int, types: tuple[str, ...], gender: str | None, content: Span | None, continuing: bool = False
    ) -> Actor | None:
        """The actor a pronoun at ``offset`` stands for ("he"/"she": a person of that gender; "it"/"they": an
        organisation or group): the last one who spoke (a cue's subject) or opened a sentence not too far back,
        unless one was named in an earlier sentence of the pronoun's own paragraph ("We met the barber Lee. ... he
        explains"); else the last one named nearby. A person named in the pronoun's sentence or the one before it
        (not as an owner, nor as the subject of an earlier sentence's subordinate clause) is new to the story and
        outranks an older speaker ("The newest tenor is baker Omar Feld, 61. “...,” he says"), unless the narrator
        already calls someone "he" there or the cue goes on with what someone said (``continuing``: "she added");
        the subject of a clause fronted in the pronoun's own sentence is its
        antecedent ("While Lee agreed ..., he wrote"). An actor named in the reported content is someone else
        ("Lee hid under a desk, he said") unless no other person of the pronoun's gender is in reach ("... when Feld
        took over the ovens, he told the Ledger"), and a name in parentheses (a photo credit) is no antecedent."""
        cast = self.cast
        reported = self._actors_within(content) if content else set()
        nearest = None
        just_named = None  # a person named in the pronoun's sentence or the one before it, who is no owner
        only_reported = None  # the last one named that the content names too
        own_sentence, window = self._sentence_starts(offset)
        if types != ("person",) or continuing or self._pronoun_chain(window, offset, gender):
            window = offset
        paragraph_start = self.paragraphs[_paragraph_of(self.paragraphs, offset)][0] if self.paragraphs else 0
        index = bisect_right(cast.starts, offset) - 1
        for _ in range(ANTECEDENT_LOOKBACK_MENTIONS):
            if index < 0:
                break
            start, end, actor = cast.mentions[index]
            index -= 1
            if offset - start > _PRONOUN_LOOKBACK_CHARS or start < paragraph_start and nearest is not None and nearest[1]:
                break
            if start < window and just_named is not None:
                return just_named
            if actor.type not in types or gender and cast.genders.get(actor.id, gender) != gender:
                continue
            if self._in_parentheses(start):
                continue
            if actor.id in reported:
                only_reported = only_reported or actor
                continue
            if self._salient(start, end) or start >= own_sentence and self._subordinate(start):
                return actor  # "Though Lee said she was tired, she stayed": the subject of the fronted clause
            if just_named is None and start >= window and not self._possessive(end) and not self._subordinate(start):
                just_named = actor
            if offset - start <= _SUBJECT_LOOKBACK_CHARS and nearest is None:
                nearest = (actor, start >= paragraph_start and bool(_SENTENCE_END.search(self.body, end, offset)))
        if just_named is None and nearest is None and types == ("person",) and gender:
            return only_reported  # "... when Ann Lee started the shop, she told the Ledger": no one else she can be
        return just_named or (nearest[0] if nearest else None)

    def _unnamed_speaker_before(
        self, offset: int, named: Actor | None, plural: bool = False, body: bool = False, pronoun: str | None = None
    ) -> _Speaker | None:
        """An unnamed person (or, ``plural``, unnamed people; or, ``body``, a body named by its noun) who spoke last,
        in the pronoun's paragraph or the one before it, after ``named`` was last mentioned ("A spokesman for the port
        said ... He added that ...", "Protesters said ... They added that ...", "The local fire service said ... It
        added", "Lee's animal foundation said ... Lee, they said, ..."): the pronoun stands for them, as it does when
        the last speaker is the same ``pronoun`` standing for them ("... He added that ... “...,” he said"). A
        spokesperson speaks for their body ("A spokeswoman for the Harbour Trust said ... She added"): the body."""
        index = bisect_right(self.cue_verbs, offset) - 1
        if index < 0:
            return None
        cue = self.cues[index]
        subject = cue.subject or (0, 0)  # cues here all have subjects
        if subject[1] > offset or cue.content and cue.content[0] <= offset < cue.content[1]:
            return None
        if _paragraph_of(self.paragraphs, offset) - _paragraph_of(self.paragraphs, subject[0]) > 1:
            return None
        text = self.body[subject[0] : subject[1]]
        if pronoun is not None and text.lower() == pronoun:
            if named is not None and self._last_mention(named.id, offset) > subject[0]:
                return None  # someone of that gender named since
            found = self.resolve(cue)  # the same pronoun before it, for an unnamed speaker or not
            return found if found is not None and (found.actor is None or found.actor.type != "person") else None
        words = _ROLE_LINK.split(text)[0].split()
        head = words[-1].lower() if words else ""
        if body and (head in _ORGANISATION_NOUNS or not plural and head in _DOCUMENT_NOUNS) and words[-1].islower():
            pass  # "The local fire service said", "Lee's animal foundation said": the body, which no name stands for;
            # "“...,” the report said. It added ...": the document
        elif plural:
            if head not in group_heads() and head[:-1] not in person_nouns() or not words[-1].islower() and len(words) > 1:
                return None  # "Protesters said", "Some residents said"; not "the Greens"
        elif body:
            return None
        elif not _INDEFINITE_START.match(text) or len(words) < 2 or not person_nouns().intersection(map(str.lower, words[1:5])):
            return None  # "A local resident said", "a woman selling fruit outside the market told reporters"
        if named is not None and self._last_mention(named.id, offset) > subject[0]:
            return None
        found = self.resolve(cue)
        if found is not None and found.actor is not None and SPOKESPERSON_FOR.match(text):
            return found  # the body the spokesperson speaks for
        return found if found is not None and found.actor is None else None

    def _organisation_noun_before(self, offset: int, pronoun: str, named: Actor | None) -> _Speaker | None:
        """The organisation "it" or "they" stands for when the narrator last named it by a noun ("the government
        is weighing what it says is ...", "the union began a drive ... they post it online"): the last "the
        <organisation noun>" in the pronoun's sentence or the one before it (or further back while the narrator
        keeps saying the pronoun), after ``named`` was last mentioned."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return None
        first = max(0, index - 1)
        said = caseless.compile(rf"\b{pronoun}\b", re.IGNORECASE)
        while first > 0 and offset - self.sentence_starts[first - 1] <= _SUBJECT_LOOKBACK_CHARS and said.search(
            _QUOTED.sub(" ", self.body[self.sentence_starts[first] : self.sentence_starts[index]])
        ):
            first -= 1  # the narrator kept saying "they": look one sentence further back
        start = self.sentence_starts[first]
        narrated = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), self.body[start:offset])
        found = None
        for found in _THE_ORGANISATION_NOUN.finditer(narrated):
            pass
        if found is None:
            return None
        phrase = (start + found.start(), start + found.end())
        if named is not None and self._last_mention(named.id, offset) > phrase[0]:
            return None
        if self._name_around(phrase) is not None or self._name_going_on((phrase[0] + 4, phrase[1])) is not None:
            return None  # "the City of Lakeside": a name, whose mentions the antecedent search weighs
        speaker = self._resolve(phrase, None)
        return _Speaker(speaker.name, speaker.actor, self._mention(*phrase), 0.7) if speaker else None

    def _sentence_starts(self, offset: int) -> tuple[int, int]:
        """Where the sentence holding ``offset`` starts, and where the one before it starts."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return 0, 0
        return self.sentence_starts[index], self.sentence_starts[max(0, index - 1)]

    def _pronoun_chain(self, start: int, offset: int, gender: str | None) -> bool:
        """The narrator already refers to someone by a pronoun of ``gender`` between ``start`` and ``offset``
        ("He said the mill, which his uncle ran with Tom Berg, ... “...,” he said"): the pronoun goes on referring to them."""
        words = _MALE_PRONOUNS if gender == "male" else _FEMALE_PRONOUNS if gender == "female" else _PERSON_PRONOUNS
        narrated = _QUOTED.sub(" ", self.body[start:offset])
        return any(word in words for word in re.findall(r"[A-Za-z]+", narrated))

    def _leads(self, start: int) -> bool:
        """A mention opens its sentence (at most a few words, such as a title, before it) and is its subject."""
        words = self._words_before(start)
        return words is not None and not any(word in _NOT_SUBJECT_OPENERS for word in words)

    def _subordinate(self, start: int) -> bool:
        """A mention is the subject of a subordinate clause opening its sentence ("Although Lee said ..."), not
        a name later in one that has a pronoun for subject ("While he believes Lee is wrong, he says ...")."""
        words = self._words_before(start)
        if words is None:
            return False
        opener = max((at for at, word in enumerate(words) if word in _SUBORDINATORS), default=-1)
        return opener >= 0 and not any(word in PRONOUNS for word in words[opener + 1 :])

    def _words_before(self, start: int) -> list[str] | None:
        """The few words between the start of a mention's sentence and the mention, lower-cased, or None when
        more stand there; the period of an abbreviated title ("Mr. Lee") ends no sentence."""
        title = _ABBREVIATED_TITLE.search(self.body, max(0, start - 8), start)
        start = title.start() if title else start
        lead = _SUBJECT_LEAD.search(self.body, max(0, start - 80), start)
        if lead is None:
            return None
        # A fronted clause or adjunct ends at a comma ("Since then, a Republican, Ann Lee ...", "When asked, Lee
        # ..."): only the words after it can make the name no subject.
        return [word.lower() for word in re.findall(r"[\w’']+", lead.group().rpartition(",")[2])]

    def _salient(self, start: int, end: int) -> bool:
        """A mention that spoke (a cue's subject) or opened a sentence, outside a subordinate clause and not as
        an owner ("Lee's request")."""
        if start in self.subject_starts or end in self.subject_ends:
            return not self._subordinate(start)
        return self._leads(start) and not self._possessive(end)

    def _possessive(self, end: int) -> bool:
        """A mention followed by a possessive ("Lee's request") modifies a noun and is no subject."""
        return bool(_POSSESSIVE_AFTER.match(self.body, end))

    def _named_since_previous_paragraph(self, offset: int) -> set[str]:
        """Ids of the actors named in the paragraph holding ``offset`` ("Lee's father, Joseph, said") and the
        one before it."""
        if not self.paragraphs:
            return set()
        paragraph = _paragraph_of(self.paragraphs, offset)
        return self._actors_within((self.paragraphs[max(0, paragraph - 1)][0], self.paragraphs[paragraph][1]))

    def _introduced_next(self, offset: int) -> set[str]:
        """Ids of the actors first named in the paragraph after the one holding ``offset`` ("..., his father says,
        ... ¶ “...,” said his father, Omar Chen"): a description may name them before the article does."""
        if not self.paragraphs:
            return set()
        paragraph = _paragraph_of(self.paragraphs, offset)
        if paragraph + 1 >= len(self.paragraphs):
            return set()
        return {
            actor_id
            for actor_id in self._actors_within(self.paragraphs[paragraph + 1])
            if self.first_mentions.get(actor_id, (offset, offset))[0] > offset
        }

    def _actors_within(self, span: Span) -> set[str]:
        """Ids of the actors named inside ``span``."""
        cast = self.cast
        first = bisect_right(cast.starts, span[0] - 1)
        last = bisect_right(cast.starts, span[1] - 1)
        return {actor.id for _, _, actor in cast.mentions[first:last]}

    def _in_parentheses(self, start: int) -> bool:
        """A mention inside an unclosed parenthesis on its line: a credit or an aside."""
        line = max(self.body.rfind("\n", max(0, start - 120), start), start - 120)
        return self.body.rfind("(", line, start) > self.body.rfind(")", line, start)

    def _coordinated(self, subject: Span, content: Span | None, mention: Mention) -> _Speaker | None:
        """Two people who speak together ("Lee and Okafor have said") are named both, by their fullest
        names, unless the second is described ("Ann Lee and economist Bo Tan said"), when the first named speaks,
        as for bodies; bodies or places that speak together ("the Harbour Board and the Rail Bureau said") under the first
        named, as the article's own order ranks them; a name whose "of" phrase holds the "and" ("Ministry of Trade and
        Industry") is one name; otherwise ("Canada and China's ministry") the last conjunct is the subject."""
        text = self.body[subject[0] : subject[1]]
        split = text.rindex(" and ")
        if " of " in text[:split]:
            actor = self.cast.by_alias.get(normalise(text))
            return self._speaker(actor, mention, 1.0) if actor else _Speaker(text, None, mention, 0.8)
        conjuncts = _CONJUNCTS.split(text)
        first, last = self.cast.actor_named(conjuncts[0]), self.cast.actor_named(conjuncts[-1])
        if first is not None and last is not None and first.type == last.type and (len(conjuncts) > 2 or first.type != "person" and first != last):
            # "Lakeland, Norland and Westland have pledged", "the Harbour Board and the Rail Bureau said": the first named
            return self._speaker(first, mention, 0.8)
        described = _DESCRIPTION_BEFORE_NAME.match(text, split + 5)  # "... and Danish grocer Salby": the name
        if first is not None and last is not None and first.type == last.type == "person" and first != last:
            if described is not None:
                return self._speaker(first, mention, 0.8)  # "Ann Lee and economist Bo Tan said": the first named
            return _Speaker(f"{first.name} and {last.name}", None, mention, 0.8)
        return self._resolve((subject[0] + (described.end() if described else split + 5), subject[1]), content)

    def _named_next(self, subject: Span) -> Actor | None:
        """The person an unnamed speaker ("One of the party's two leaders", "One former director") turns out to be:
        the one the next cue names, in the same or the next paragraph ("“...,” Lars Klingbeil said.")."""
        index = bisect_right(self.cue_verbs, subject[1])
        following = next((cue for cue in self.cues[index:] if cue.subject != subject), None)
        if following is None or following.subject is None:
            return None
        paragraph = _paragraph_of(self.paragraphs, subject[0])
        if _paragraph_of(self.paragraphs, following.subject[0]) - paragraph > 1:
            return None
        name = self.body[following.subject[0] : following.subject[1]]
        actor = self.cast.actor_named(name) if name[:1].isupper() and name not in _PRONOUN_SUBJECTS else None
        return actor if actor is not None and actor.type == "person" else None

    def _introduced_as(self, text: str, offset: int) -> str | None:
        """The indefinite phrase that introduced an unnamed speaker ("a justice official", a spokesman with the
        body he speaks for: "a spokesman for the Harbour Trust"), which "the official" or "the justice official"
        refers back to; that phrase is how the article names them. A phrase after "as" describes someone ("ran as an
        independent candidate") and introduces no one."""
        words = text.split()
        if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in role_words():
            return None
        if _NAMED_OWNER.search(text):
            return None  # "The Prime Minister's spokesman" is the owner's, not the "a department spokesman" before
        pattern = re.compile(_INDEFINITE.format(re.escape(words[-1].lower())))
        found = None
        for found in pattern.finditer(self.body, max(0, offset - _SUBJECT_LOOKBACK_CHARS * 2), offset):
            pass
        if found is None or self.body.endswith(("as ", "As "), 0, found.start()):
            return None  # "ran for mayor as an independent candidate": what someone is, no one introduced
        body = SPOKESPERSON_FOR.match(self.body, found.start(), offset)  # "a spokesman for the Harbour Trust"
        name = _CAPITALISED_WORDS.match(self.body, body.start("name"), body.end("name")) if body is not None else None
        return self.body[found.start() : name.end()] if name is not None else found.group()

    def _role_antecedent(self, text: str, offset: int, content: Span | None) -> Actor | None:
        """The person "the mayor" or "the prime minister" stands for when no one in the article holds that
        title: a definite role noun refers back, like "he", to the person who spoke or led a sentence."""
        words = text.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in role_words():
            return None
        if _NAMED_OWNER.search(text):
            return None  # "the Harbour Trust's chief engineer" introduces a new person, named by the owner
        actor = self._antecedent(offset, ("person",), None, content)
        if actor is not None and actor.roles:
            held = [word for role in actor.roles for word in role.lower().replace("-", " ").split()]
            if not any(word.startswith(own) for own in words[1:] if len(own) > 3 for word in held):
                # "union leader Karl Benn said ... the regional governor said": the governor is someone else (but
                # "Foreign Secretary Ann Lee ... the foreign minister said" shares a word with her title, and a
                # "mayoral candidate" may be "the mayor")
                return None
        return actor

    def _held_by_another(self, phrase: str) -> bool:
        """Someone holds a role with the phrase's head whom its modifiers rule out ("the health minister" when
        only a "Civil Aviation Minister" is named): the phrase names someone else, not whoever spoke last."""
        words = phrase.lower().split()
        return bool(words) and len(words) > 1 and bool(self.role_holders.sharing(words[-1]))

    def _by_role(self, phrase: str, offset: int) -> Actor | None:
        """The person a role phrase names ("the health minister", "Lakeland's prime minister", "his father"): of
        the holders whose role words hold the phrase's head, the one whose role and affiliations agree best with
        the phrase's other words (on a tie, the one named nearer ``offset``); a description that is no title
        only finds a holder named in its paragraph or the one before."""
        words = re.sub(r"[’']s\b", "", phrase).split()
        if not words:
            return None
        head = words[-1].lower()
        table = demonyms()
        places = {table[word] for word in words if word in table}
        named = {word for word in words[:-1] if word[:1].isupper() and word not in table}
        # A title ("the minister") holds across the article; a description ("his father") only for a holder named
        # in its paragraph or the previous one.
        nearby = None if head in role_words() else self._named_since_previous_paragraph(offset) | self._introduced_next(offset)
        best: tuple[float, Actor] | None = None
        for actor, holder_words in self.role_holders.sharing(head):
            if nearby is not None and actor.id not in nearby:
                continue
            score = 2.0 if head in holder_words else 1.0
            if _SUBORDINATE_RANKS & holder_words and _SUBORDINATE_RANKS.isdisjoint(word.lower() for word in words):
                score -= 2  # "the mayor" is not the "Deputy Mayor", "the governor" not the "Lieutenant Governor"
            for word in words[:-1]:
                if word.lower() in holder_words:
                    score += 1
                elif word.islower() and word not in _GENERIC_ROLE_MODIFIERS and word not in table:
                    score -= 2  # "the health minister" is not the "Civil Aviation Minister"
            affiliations = set(actor.affiliations)
            if places & affiliations or named & affiliations:
                score += 2
            elif (places or named) and affiliations:
                score -= 3
            if best is None or score > best[0] or score == best[0] and self._nearer(actor, best[1], offset):
                best = (score, actor)
        return best[1] if best and best[0] >= 1 else None

    def _nearer(self, actor: Actor, other: Actor, offset: int) -> bool:
        """``actor`` was named more recently before ``offset`` than ``other`` ("Prime Minister Ann Lee ...
        energy minister Tom Berg ... the minister said": Berg)."""
        return self._last_mention(actor.id, offset) > self._last_mention(other.id, offset)

    def _unnamed_subject_before(self, offset: int, gender: str) -> str | None:
        """The unnamed person that opens the sentence before a sentence-opening "he" or "she" at ``offset`` as its
        subject, a sentence that names no person ("One of the victims decided to speak out. She said ...", "A local
        teacher organised the march. He said ..."): the pronoun stands for them, not for a person named further
        back; None if the description gives the other gender ("A father of two ... She said")."""
        if not self._opens_sentence(offset):
            return None
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 1:
            return None
        start, end = self.sentence_starts[index - 1], self.sentence_starts[index]
        found = _UNNAMED_PERSON_SUBJECT.match(self.body, start, end)
        if found is None:
            return None
        plural = found.group("opening").startswith("One")
        words = found.group("words").split()
        for at, word in enumerate(words[:-1]):
            if word in FUNCTION_WORDS:
                return None
            if (word[:-1] if plural and word.endswith("s") else None if plural else word) in person_nouns():
                break
        else:
            return None
        if words[at + 1] in _NOT_AFTER_PEOPLE or SPOKESPERSON_FOR.match(self.body, start, end):
            return None  # "A woman who lives nearby ...", "A lawyer for ...", "A spokesman for the port" (the port speaks)
        phrase = found.group("opening") + " " + " ".join(words[: at + 1])
        if gender_of(phrase) not in (None, gender):
            return None
        mentions = self.cast.mentions
        at = bisect_right(self.cast.starts, start - 1)
        while at < len(mentions) and mentions[at][0] < end:
            if mentions[at][2].type == "person":
                return None  # "A lawyer who met Ann Lee ...": a named person in reach
            at += 1
        return phrase

    def _people_subject_before(self, offset: int) -> _Speaker | None:
        """The unnamed people (a plural of a person's noun or a group's, maybe with a quantifier, modifiers and the body
        or place they are of) that open the sentence before a sentence-opening "They" at ``offset`` as its subject
        ("Hundreds of protesters gathered outside the Finance Ministry. They said ...", "Opposition lawmakers walked
        out of parliament on Tuesday. They said ..."): they speak, not a body the sentence names after them. Sentences
        that open with "They" themselves are passed over (up to two). A "they" after a short fronted adjunct ("From
        this, they concluded") is read as opening its sentence; one set off by commas further on in its sentence
        stands for that sentence's own subject ("The researchers mapped the polynyas, which, they observed, recur
        every year")."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return None
        own = self.sentence_starts[index]
        lead = self.body[own:offset]
        if lead.strip() and not _FRONTED_LEAD.fullmatch(lead):
            # (set off by a comma: not "Protesters accused the police, which they denied", whose "they" is the police)
            return self._people_opening(own, offset) if lead.endswith(", ") and lead.count(",") >= 2 else None
        for before in range(index - 1, max(-1, index - 3), -1):
            start = self.sentence_starts[before]
            if not self.body.startswith("They ", start):
                break
        else:
            return None
        if before < 0:
            return None
        return self._people_opening(start, self.sentence_starts[before + 1])

    def _people_opening(self, start: int, end: int) -> _Speaker | None:
        """The unnamed people who open the text from ``start`` to ``end`` as its subject (see _people_subject_before)."""
        found = _PEOPLE_SUBJECT.match(self.body, start, end)
        if found is None or found.group("next") in _NOT_AFTER_PEOPLE:
            return None
        head = found.group("head").lower()
        if head not in group_heads() and head[:-1] not in person_nouns():
            return None
        if any(word.lower() not in _PEOPLE_MODIFIERS and (word.lower() in FUNCTION_WORDS or word.endswith(("ed", "ly"))) for word in found.group("modifiers").split()):
            return None  # "Police arrested protesters", "In March the protesters": no subject of plain modifiers
        low, high = found.span("modifiers")
        if any(actor.type == "person" and self.body[end:high].strip() for _, end, actor in self._mentions_within(low, high)):
            return None  # "Ann Lee met voters in Lakeside": a person and the verb after them, who met the people
        return self._resolve(found.span("phrase"), None)

    def _opens_sentence(self, offset: int) -> bool:
        """Nothing but blanks stands between the start of ``offset``'s sentence and ``offset``, or only the quotation
        it reports ('“The talks went well,” they said': the narrator's clause opens after it)."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return False
        lead = self.body[self.sentence_starts[index] : offset].strip()
        return not lead or lead[:1] in _OPENING_MARKS and lead[-2:] in _QUOTATION_ENDS and not _QUOTATION_MARK.search(lead, 1, len(lead) - 1)

    def _listed_person_before(self, offset: int) -> Actor | None:
        """The first person of the list of named actors that is the subject of a recent sentence ("Ann Lee and her
        counterparts, Omar Ruiz and Ivo Marsh, met in Lakeside", "Ann Lee and Omar Ruiz met"), which a
        sentence-opening "They" at ``offset`` stands for (``listing.they_listed``): the first named speaks for the
        joint statement."""
        index = bisect_right(self.sentence_starts, offset) - 1
        listed = they_listed(self.body, self.sentence_spans, index, self._mentions_within)
        return next((actor for actor in listed if actor.type == "person"), None)

    def _mentions_within(self, low: int, high: int) -> list[tuple[int, int, Actor]]:
        """The cast's mentions from ``low`` to ``high``, in text order, none inside another (the longest kept)."""
        starts = self.cast.starts
        found = sorted(self.cast.mentions[bisect_left(starts, low) : bisect_left(starts, high)], key=lambda m: (m[0], -m[1]))
        covered, kept = low, []
        for mention in found:
            if mention[0] >= covered and mention[1] <= high:
                kept.append(mention)
                covered = mention[1]
        return kept

    def _last_mention(self, actor_id: str, offset: int) -> int:
        starts = self.mention_starts.get(actor_id, [])
        index = bisect_right(starts, offset) - 1
        return starts[index] if index >= 0 else -1
