"""The reported content after a speech verb: where it starts (past the listener, short adjuncts, a place,
"that"), where it stops (a new participial cue, a quotation a colon introduces, the narrator's comment, a
semicolon), what a verb may report (a clause, a subjunctive clause, a count, a stance, a noun phrase) and its bounds.

Apart because every kind of cue ends its content by these rules, whatever found its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from worker.extract import caseless
from worker.extract.cues.model import NON_REPORTING, _AUXILIARY, _MAX_CONTENT, _nonempty
from worker.extract.cues.subjects import _PERIOD, _ends_with
from worker.extract.names import MONTH, NAME, WEEKDAY, opening_with_first_letters
from worker.extract.text import Span, trim

# "to" that opens an infinitive ("to leave"), not a preposition before a noun phrase ("to the board").
_INFINITIVE_TO = r"to\s(?!(?:the|an?|his|her|its|their|this|these|those)\b)[a-z]"
# A complementizer "that"; one followed by a verb is a pronoun ("says that is not so") or a relative pronoun
# ("reported 21 cases on a ship that visited the base").
# (opening with the literal "that", the word boundary before it tested by a look-behind after it: a pattern that opens
# with "\b" gives the engine nothing to skip to)
_THAT = re.compile(
    rf"that(?<!\wthat)(?:,\s|\s(?!(?:{_AUXILIARY}|means|seems|makes|"
    r"[a-z]{2,20}ed\s(?:the|an?|his|her|its|their|this|these|those)|visited|arrived|left|came|went)\b))"
)
# Words that start an adjunct after the verb (time, place, manner, addressee) rather than reported content.
_ADJUNCT_START = re.compile(
    r"\s{0,3}(?:,|$|[.!?—–]|(?:on|in|at(?!\s(?:least|most)\b)|of|ahead|during|after|before|(?:last|this)(?=\s(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|season|time|past|[A-Z]))|from|to|via|for|while(?=\s[a-z]+ing\b)|when|with|by|"
    r"outside|inside|near|alongside|about(?!\s{1,3}[\d$])|out(?=\sthat\b)|"
    r"through|yesterday|today|tonight|earlier|later|late|early|recently|again|afterwards|" + WEEKDAY + r"|"
    r"repeatedly|also|then|once|publicly|privately|quietly)\b(?![’']))"
)
# A word of the listener's noun phrase after "told": not a preposition, which starts an adjunct ("told the
# panel at some length").
# (nor a subject pronoun or an auxiliary, which start the reported clause: "told the jury there was no case")
_LISTENER_WORD = (
    r"(?!(?:in|on|at|of|for|with|to|by|from|that|and|after|before|during|via|over|the|an?|this|his|her|its|their|"
    rf"he|she|it|they|we|I|you|there|{_AUXILIARY})\b)[\w’'.\-]{{1,30}}"
)
# (an owner's phrase is tried before the pronouns and plurals, which "his" and "her" also match: "told his Norland
# counterpart that ...", "told her colleagues that ..."; "her" only before "that" or a comma: "told her the plan was
# dead", "told her parents were angry")
_TELL_OBJECT = re.compile(
    rf"\s{{1,3}}(?:(?:the|our|my|your|his|their)\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    rf"her\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}(?=\sthat\s|,)|"
    rf"(?:him|her|them|us|me|you|court|police|parliament|council|staff|media)\b|[a-z]{{2,20}}s\b|"
    rf"[A-Z][\w.\-]{{0,30}}[’']s\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    rf"an?\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    # "told state media", "told Iranian state television", "told public broadcaster RTE": media described by their
    # reach or owner, whose "state" is no speech verb; only a broadcaster, channel or agency takes a name after it
    rf"(?:{NAME}\s)?(?:state(?:-run|-owned)?|local|national|regional|public|private)\s(?:news\s)?"
    rf"(?:(?:broadcaster|channel|network|agency)(?:\s{NAME})?|media|television|TV|radio|newspapers?)\b|"
    # "told French news channel BFM TV": a medium described before its name
    rf"(?:{NAME}\s)?(?:news\s)?(?:channel|network|newspaper|broadcaster|station|agency|daily|magazine|website|outlet)\s{NAME}|{NAME})"
    # "told Morning Show host Ann Lee": the programme's host named after it is part of the addressee; so is the
    # medium's noun after its name ("told AFP news agency"; not "radio" or "television", which may open the content:
    # "told the Post radio broadcasts were used")
    rf"(?:\s(?:host|co-host|anchor|reporter|correspondent|interviewer)\s{NAME}"
    r"|\s(?:news\s(?:agency|service|channel|network|website)|newspaper|broadcaster|magazine)\b)?"
)
# Short adjuncts of time, channel or medium between a verb and its content ("said Sunday", "said in a
# written statement", "told CBC by email"): skipped, so that the content after them is still found.
_SKIPPED_ADJUNCT = re.compile(
    r"\s{1,3}(?:(?:early\s|late\s)?(?:on\s(?:last\s|this\s)?|last\s|this\s)?" + WEEKDAY +
    r"(?:\s(?:morning|afternoon|evening|night))?"
    r"|(?:in|on)\s(?:(?:early|mid|late)[-\s])?" + MONTH +
    # (and its day, before what opens a clause: "said on September 11 the levy was unlawful")
    r"(?:\s\d{1,2}(?=,|\s(?:that|the|an?|he|she|they|it|we|there|his|her|its|their|[A-Z])\b))?"
    r"|in\s(?:(?:early|mid|late)[-\s])?(?:19|20)\d\d"
    r"|(?:last|this|earlier\sthis)\s(?:week|month|year)"
    r"|in\s(?:an?|the|his|her|its|their)\s(?:[\w’'\-]{1,20}\s){0,3}(?:statement|interview|email|e-mail|release|"
    r"letter|post|tweet|report|speech|video|filing|submission|message)"
    # (and the participle that tells how it came out, which modifies the noun: "said in a statement released on Friday")
    r"(?:\s(?:released|posted|published|issued|broadcast|aired|shared|uploaded|televised|streamed)(?=\s))?"
    # (and whom the interview or statement was given to: "said in an interview with Harbour Radio he was ...")
    r"(?:\s(?:with|to)\s(?:the\s)?[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3}(?=\s(?:he|she|they|it|we|there|that|the|a|an)\s))?"
    r"|(?:by|over\sthe|on\sthe|via)\s(?:phone|telephone|email|e-mail|text(?:\smessage)?)"
    r"|(?:on|via)\s(?:Twitter|Facebook|Instagram|social\smedia|X)"
    r"|(?:at|during)\s(?:an?|the|his|her|its|their)\s(?:[\w’'\-]{1,20}\s){0,2}(?:press\sconference|news\sconference|"
    r"conference|briefing|rally|meeting|hearing|summit|ceremony|session|debate)"
    r"|(?:over|during|at)\sthe\sweekend"
    r"|(?:yesterday|today)(?:\s(?:morning|afternoon|evening))?"
    r"|publicly|privately|repeatedly|again|also|previously|recently|tonight|earlier|later|online)\b"
    r"(?![’'])"  # "said Wednesday's quake ...": a day that owns a noun starts the content
)
_MAX_SKIPPED_ADJUNCTS = 3
_OPENING_MARKS = frozenset("\"“‘'«„")
# An aside between commas right after the verb: "said, as of Thursday, ...", "said, for his part, ...".
# (or the source the speaker cites, which may be longer: "reported, citing figures from the health ministry, cases
# had risen", "said, quoting police sources, that ...")
_PARENTHETICAL_ADJUNCT = re.compile(
    r",\s(?:(?:as\sof|on|in|at|during|after|before|for\s(?:his|her|its|their)\spart|however|though|too|in\sfact|"
    r"for\sexample|again|also|once\sagain|last|this)\b[^,;:.!?“”\"()]{0,40}|(?:citing|quoting)\s[^,;:.!?“”\"()]{1,60}),\s"
)
# Nothing but an opening adverb (and an article) before a subject: "However, the minister", "But officials".
# (or a time before it: "This year, he said, he ...", "However, earlier this year, the minister")
_OPENER_ONLY = re.compile(
    r"\s*(?:(?:However|But|And|Indeed|Still|Meanwhile|Instead|Yet|Now|So|Moreover|Nevertheless|Nonetheless|Again|"
    r"Also|Furthermore|In\sfact|Even\sso),?\s{1,3})?(?:(?:(?i:(?:earlier|later)\s)?(?i:this|last|that)\s" + _PERIOD +
    r"|(?i:yesterday|today|earlier|later)|(?i:on)\s" + WEEKDAY + r"),\s{1,3})?(?:[Tt]he\s|[Aa]n?\s)?"
)


def _listener_end(body: str, listener: re.Match[str]) -> int:
    """Where the listener after "told" ends: before the name that is the subject of the words told when an
    auxiliary follows the names it took in ("told Harbour Radio Ann Lee “was a great man”")."""
    if _AUXILIARY_AFTER.match(body, listener.end()) is None:
        return listener.end()
    capitalised = [word for word in _WORD.finditer(body, listener.start(), listener.end()) if word.group()[:1].isupper()]
    return listener.start() + capitalised[0].end() - listener.start() if len(capitalised) >= 2 else listener.end()


_WORD = re.compile(r"\S+")
_AUXILIARY_AFTER = re.compile(rf"\s{{1,3}}[“\"]?{_AUXILIARY}\b")
_AUXILIARY_FIRST = re.compile(rf"{_AUXILIARY}\b")
# A place by its name after the verb, and a clause after it that starts with its subject: a pronoun, "there", or a
# plain noun phrase with a finite verb in its first words.
_PLACE_ADJUNCT = re.compile(r"\s{1,3}(?:in|at)\s(?:the\s)?[A-Z][\w.\-]{1,25}(?:\s[A-Z][\w.\-]{1,25}){0,2}(?=\s[a-z])")
_CLAUSE_AFTER_PLACE = re.compile(
    r"\s(?:(?:he|she|it|they|we|there)\s|(?:the\s|a\s|an\s)?(?:[a-z][\w\-]{1,20}\s){0,2}[a-z][\w\-]{1,20}\s(?:too\s|often\s|still\s|also\s)*"
    rf"{_AUXILIARY}\b)"
)
_INFINITIVE = re.compile(r"\s{1,3}" + _INFINITIVE_TO)
# The reported content stops where a new participial cue, a "what he described as" clause or a quotation
# that a colon introduces ("said the case was strong: “...”") begins:
# ``,(?P<mark>[”"])?\s(?:<participle>)\b`` | ``\s(?:after|in|...)\swhat\s`` | ``:\s{0,3}[“"]``;
# a dash before a participle opens the narrator's comment: "... may be late — suggesting, experts said, ...";
# ``\s[—–]\s(?:<dashed participle>)\b``;
# quoted words that close the report before the narrator's contrast: 'told them X "was a great man," while ...':
# ``(?P<closing>[”"]),?\s(?:while|whereas)\s``;
# the narrator's note that nothing more was said: "..., without elaborating", "... without giving details":
# ``,?\swithout\s(?:<withholding>)\b``.
# Written as above, the alternation would be entered at every character of a sentence; here its opening character
# is read first, as one class, so the engine skips ahead to a comma, a colon, a closing mark or a space, and each
# alternative checks the character it opens with by a look-behind (same matches, same groups: the test compares
# it with the alternation as written).
STOP_PARTICIPLES = (
    "adding|saying|calling|stressing|noting|insisting|emphasizing|emphasising|explaining|warning|arguing|according\\sto|"
    "claiming|urging|describing|stating|suggesting|citing"
)
STOP_WHAT_PREPOSITIONS = "after|in|with|to|by|from|of"
STOP_DASHED_PARTICIPLES = "adding|saying|suggesting|meaning|noting|stating|citing|raising|prompting|indicating"
STOP_WITHHOLDING = "elaborating|giving|providing|offering|specifying|explaining|naming|citing|saying"
_STOP_ALTERNATIVES = (  # (opened by a space, the alternative)
    (False, rf"(?<=,)(?P<mark>[”\"])?\s(?:{STOP_PARTICIPLES})\b"),
    (True, rf"(?<=\s)(?:{STOP_WHAT_PREPOSITIONS})\swhat\s"),
    (False, r"(?<=:)\s{0,3}[“\"]"),
    (True, rf"(?<=\s)[—–]\s(?:{STOP_DASHED_PARTICIPLES})\b"),
    (False, r"(?<=(?P<closing>[”\"])),?\s(?:while|whereas)\s"),
    (False, rf"(?<=,)\swithout\s(?:{STOP_WITHHOLDING})\b"),
    (True, rf"(?<=\s)without\s(?:{STOP_WITHHOLDING})\b"),
)
_CONTENT_STOP = re.compile(rf"[,:”\"\s](?:{'|'.join(alternative for _, alternative in _STOP_ALTERNATIVES)})")
# The alternatives a space opens need "what", a dash or "without" in the sentence; without them the scan enters the
# others only at a comma, a colon or a closing mark, not at every space (most sentences: 0.53 -> 0.22 M instructions
# an article).
_CONTENT_STOP_UNSPACED = re.compile(rf"[,:”\"](?:{'|'.join(alternative for spaced, alternative in _STOP_ALTERNATIVES if not spaced)})")
_SPACED_STOP_WORDS = ("what", "—", "–", "without")
# Words that start an apposition, a relative clause or an adjunct after "X said," rather than more content.
_NOT_CONTINUING = frozenset(
    """who whom whose which where when in on at from to for after before during according via by while citing
    speaking referring pointing though although""".split()
)
# A subordinate clause fronted before its main clause ("Because ...", "Although ...", "Even if ...").
_FRONTED_SUBORDINATE = re.compile(
    r"(?:Because|Although|Though|While|Whereas|If|Unless|When|Once|Since|Until|Even\s(?:though|if|when))\s"
)


# Verbs whose reported content is a noun phrase: what is called for.
_NOUN_PHRASE_LEMMAS = frozenset({"call for", "ask for"})
# Verbs of asserting whose "to" infinitive is the claim ("claimed to have evidence", "claiming to represent the
# ministry"): the infinitive is reported, as a clause would be; not "to" before the listener ("claimed to police
# that ...", "claimed to reporters"), which _TELL_OBJECT reads as one.
_TO_INFINITIVE_LEMMAS = frozenset({"claim"})


def _claims_infinitive(body: str, at: int, end: int) -> bool:
    """A "to" infinitive opens at ``at`` (a space before "to"), not the listener of the claim."""
    return _INFINITIVE.match(body, at, end) is not None and _TELL_OBJECT.match(body, at + 3, end) is None


# Speech that is foretold, possible or denied ("will argue", "can also suggest", "has not said") is not
# reported: nobody has said it. "would" stays: it also narrates the past ("what he would tell them was ...").
# "\b(?:will|can|could|should|must|might|may|shall|not|never|n[’']t)\s...", opening with the words' first letters.
_UNREALISED = re.compile(
    opening_with_first_letters("will can could should must might may shall not never n[’']t".split()) + r"\s(?:[a-z]{1,15}\s){0,2}$"
)


_PSEUDO_CLEFT = re.compile(r"\s{1,3}(?:is|was)(?=\sthat\s)")


def _past_adjuncts(body: str, start: int, end: int) -> int:
    """Where the words after a verb go on once short adjuncts of time or medium are skipped."""
    for _ in range(_MAX_SKIPPED_ADJUNCTS):
        adjunct = _SKIPPED_ADJUNCT.match(body, start, end)
        if adjunct is None:
            break
        start = adjunct.end()
    return start


_CLAUSE_BREAK = re.compile(r"[;:“”\"]")


def _clause_end(body: str, sentence: Span, start: int, end: int) -> int:
    """The first colon, quotation mark or participial cue from ``start``: a "that" further on belongs to
    another clause ("said, adding that ...", "said: “... and that ...”")."""
    found = _CLAUSE_BREAK.search(body, start, end)
    stops = _stops(body, sentence)
    index = bisect_left(stops, start)
    return min(found.start() if found else end, stops[index] if index < len(stops) else end)


# Verbs that report speech only with an "as" complement (and "speak" only with "of"), and the complement within the first words.
_AS_VERBS = frozenset({"hail"})
_AS_COMPLEMENT = re.compile(r"[^.;:!?]{1,60}?\sas\s")


def _after_semicolon(body: str, start: int, end: int) -> int:
    """Reported content before its cue begins after the last semicolon: what precedes is another clause."""
    semicolon = body.rfind("; ", start, end)
    return semicolon + 2 if semicolon >= 0 else start


def _before_semicolon(body: str, start: int, end: int) -> int:
    """Reported content after its cue ends at a semicolon: what follows is another clause of the narrator's,
    unless it is one more "that" clause of the same report ("reported that X; that Y; and that Z")."""
    semicolon = body.find("; ", start, end)
    while semicolon >= 0 and _MORE_THAT.match(body, semicolon + 2, end):
        semicolon = body.find("; ", semicolon + 2, end)
    return semicolon if semicolon >= 0 else end


_MORE_THAT = re.compile(r"(?:and\s|or\s)?that\s")


def _content_after(body: str, verb: Span, lemma: str, sentence: Span, opens: list[int]) -> Span | None:
    """The reported content after ``verb``: from the complementizer "that" (when no quotation stands before it) or
    the verb's end up to the next stop of the sentence; None when the verb only takes an object there ("denied
    the request", "hailed a taxi", "said nothing")."""
    start = verb[1]
    that = _THAT.search(body, start, min(sentence[1], start + 110))
    if that is not None and (_quote_between(opens, start, that.start()) or not _introduces_content(body, start, that.start())):
        that = None
    if that is not None and lemma in _TO_INFINITIVE_LEMMAS and _claims_infinitive(body, start, sentence[1]):
        that = None  # "claimed to have proof that ...": the infinitive is the claim, its "that" a part of it
    if that is not None:
        start = that.end()
    end = min(sentence[1], start + _MAX_CONTENT, _next_stop(body, sentence, start))
    if lemma not in NON_REPORTING:
        end = _before_semicolon(body, start, end)  # (a naming verb's object may hold one: "what she calls X; ...")
    if lemma in _NOUN_PHRASE_LEMMAS or that is None and lemma in _STANCE_OBJECT_LEMMAS:
        contrast = _CONTRAST.search(body, start, end)
        end = contrast.start() if contrast else end  # "called for talks, while the mayor ...": the phrase ends
        if _FRONTED_SUBORDINATE.match(body, sentence[0], verb[0]) and body.find(",", sentence[0], verb[0]) < 0:
            # "Although the ministry asked for calm, the party ...": the phrase ends with the fronted clause
            comma = body.find(", ", start, end)
            end = comma if comma > 0 else end
    start, end = trim(body, (start, end), " \t\n,;:–—-")
    while end > start and body[end - 1] in ".!?":
        end -= 1
    if (
        that is None
        and lemma in _NOUN_OBJECT_VERBS
        and not _CLAUSE.match(body, start, min(end, start + 90))
        and not (lemma in _MANDATIVE_VERBS and _subjunctive(body, start, min(end, start + 60)))
        and not (lemma in _STANCE_OBJECT_LEMMAS and _STANCE_OBJECT.match(body, start, end))
        and not (lemma in _COUNT_LEMMAS and not _ends_with(body, verb[0], verb[1], "ing") and _REPORTED_COUNT.match(body, start, min(end, start + 90)))
    ):
        return None  # "denied the request", "announced a plan": an object, not reported speech
    if that is None and lemma in _STANCE_OBJECT_LEMMAS and not _STANCE_OBJECT.match(body, start, end) and not _PRONOUN_CLAUSE.match(body, start, end):
        return None  # "expressed a willingness to help", "voiced the lead character": no stance, or no clause reported
    if that is None and lemma == "admit" and _ADMITTED_ENTRANTS.match(body, start, end):
        return None  # "the hospital admitted 20 patients": let in, no admission of anything
    if lemma in _AS_VERBS and not _AS_COMPLEMENT.match(body, start, end):
        return None  # "hailed a taxi": only "hailed the deal as a victory" says something of it
    if that is None and lemma == "write" and _WRITTEN_DOCUMENT.match(body, start, end):
        return None  # "wrote a letter asking the board to ...": what is written is a document, which speaks itself
    if lemma == "call" and _CALLED_RACE.match(body, start, end):
        return None  # "called the race for Ann Lee": a network declaring a winner names nothing
    if lemma == "speak" and not body.startswith("of ", start):
        return None  # "speaking through a translator": only "spoke of X" reports what was said
    if that is None and _EMPTY_OBJECT.match(body, start, end):
        return None  # "said nothing about it", "said goodbye to the crew", "said so in May": nothing reported
    return _nonempty((start, end))


# A count of cases an authority reports ("reported 45 new cases", "reported a total of 312 infections", "has reported
# more cases of measles", "reported a 95% vaccination rate"): the count is what the report says, as a clause would
# be; a result in money ("reported a profit of $3 million", "reported 22 sold units") is no such count, nor is what
# follows "reporting" ("the next country, Lakeland, reporting 300 deaths": a count set beside others, no report).
_REPORTED_COUNT = re.compile(
    r"(?:(?:a\stotal\sof|a\sfurther|another|an\sestimated|about|around|over|more\sthan|at\sleast|nearly|almost|some|only|just)\s)?"
    r"(?:\d[\d,.]*|an?\s\d[\d,.]*\s?%|more|fewer|no\snew|new"
    # (or a count in words: "confirmed five new deaths", "reported one more case", "reported dozens of cases")
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)"
    r"\s(?:[a-z][\w\-]{0,24}\s){0,3}?"
    r"(?:(?:new|confirmed|suspected|active|additional)\s)?"
    r"(?:cases?|deaths?|infections?|fatalit(?:y|ies)|casualt(?:y|ies)|injuries|dead|victims|patients|hospitali[sz]ations|recoveries|"
    r"arrests|incidents|outbreaks|rate)\b"
)
# The verbs whose count of cases is what they say: "reported 45 new cases", "confirmed five new deaths".
_COUNT_LEMMAS = frozenset({"report", "confirm"})
# People or a count let in after "admitted" ("admitted 20 patients", "admitted its first women students").
_ADMITTED_ENTRANTS = re.compile(
    r"\d|(?:[\w’'\-]{1,25}\s){0,3}?(?:patients|students|pupils|members|people|women|men|girls|boys|children|refugees|"
    r"migrants|immigrants|applicants|visitors|entrants|recruits|newcomers)\b"
)
_WRITTEN_DOCUMENT = re.compile(
    r"(?:an?|the|his|her|its|their|this|that)\s(?:[\w\-]+\s){0,2}(?:letter|statement|post|op-ed|column|note|message|tweet|"
    r"article|book|report|memo|essay|blog|petition|editorial)s?\b"
)
_CALLED_RACE = re.compile(r"(?:the\s)?(?:[\w\-]+\s){0,2}(?:race|election|contest|vote|primary|seat|state|caucus(?:es)?)\sfor\s")
# Where a clause of its own starts after a noun phrase reported: "talks, while ...", "talks, and Lee ..."
_CONTRAST = re.compile(
    r"(?:,\s(?:while|whereas|but|although|though)|\s(?:while|whereas)(?!\s[a-z]{2,20}ing\b))\s"
    r"|,\s(?:and|but)\s(?=[A-Z]|(?:he|she|they|it|we)\s)"
)


# An object of "say" that reports no words, before the end or an adjunct.
_EMPTY_OBJECT = re.compile(
    r"(?:nothing|goodbye|good-bye|hello|farewell|thanks|so|as\smuch|little)"
    r"(?=\s*$|\s(?:to|in|on|at|about|for|during|after|before|when|while|because|and|but|publicly|again|yesterday|today)\b)"
)


def _introduces_content(body: str, start: int, that: int) -> bool:
    """A "that" opens the reported content when it follows the verb directly or after an adjunct ("said
    during the debate that ..."); one further into the words that follow the verb is part of the content
    ("said he worked with firms that ...", "says the dam was planned with that in mind")."""
    return (
        not body[start:that].strip()
        or bool(_ADJUNCT_START.match(body, start, that + 5))
        or _NOUN_COMPLEMENT.fullmatch(body, start, that + 4) is not None
        and _CLAUSE_SUBJECT.match(body, that + 5) is not None
    )


# "added the caveat that", "raised the possibility that": a short noun phrase whose "that" opens a clause.
_NOUN_COMPLEMENT = re.compile(r"\s{1,3}(?:the|a|an|its|his|her|their)\s(?:[\w\-]{1,25}\s){0,3}that")
# The first word of a clause after "that": a determiner, a pronoun, a name or a number, not a verb ("that would").
_CLAUSE_SUBJECT = re.compile(
    r"(?:(?:only|all|both|no|most|many|some)\s)?(?:(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we|i|there)\b"
    r"|[A-Z0-9$])"
)


# Verbs that also take a plain noun object; what follows them without "that" is reported speech only when it
# is a clause: a subject pronoun or "there" first, an auxiliary or copula within its first words, or a "to"
# infinitive ("urged Ottawa to act").
_NOUN_OBJECT_VERBS = frozenset(
    """add confirm deny vow promise pledge urge report suggest threaten maintain estimate propose reveal
    disclose acknowledge predict echo repeat recount demand post declare boast emphasize respond reply
    emphasise write tweet signal specify stipulate forecast relay highlight imply swear
    posit explain observe instruct rule find hold express voice""".split()
)
# ("admit", "mention", "affirm", "reaffirm" and "reassert" are not among them: what one admits, mentions or
# reasserts is what one says, whatever its form: "admitted his guilt", "mentioned a possible appeal", "reasserted
# the openness of the project"; the objects of the verbs above may be acts or things: "confirmed the appointment",
# "denied funding", "promised money", "declared an emergency".)
# What one expresses or voices is reported when it is a stance ("expressed opposition to the bill", "voiced
# support for the inquiry", "expressed its support", "expressed a desire to work with her"), not a feeling or a
# thing ("expressed concern", "expressed their anger", "expressed himself", "voiced the character").
_STANCE_OBJECT_LEMMAS = frozenset({"express", "voice"})
_STANCE_OBJECT = re.compile(
    r"(?:(?:its|his|her|their|our|my|a|an|the|this)\s)?(?:(?:strong|full|firm|public|continued|unwavering|clear|broad|"
    r"cautious|tentative|personal|keen|similar|renewed)\s){0,2}(?:support|opposition|desire|intent|intention|preference|wish|interest)\b"
)
# A clause reported after "expressed" with no "that" opens with a subject pronoun ("has expressed she is unwilling").
_SUBJECT_PRONOUNS = "he|she|they|it|we|i"
_PRONOUN_CLAUSE = re.compile(rf"(?:{_SUBJECT_PRONOUNS})\s")
# What may follow an expressing verb that reports: a stance, a pronoun's clause or "that" (the cue's first test).
_STANCE_OR_CLAUSE = re.compile(r"\s(?:" + _STANCE_OBJECT.pattern + rf"|(?:{_SUBJECT_PRONOUNS}|that)\s)")
# Verbs of demanding whose clause may take a bare (subjunctive) verb with no "that": "suggested supporters fill out
# the form", "proposed the city sell the pier". The clause is a short subject (an article and a noun, a plural
# noun, a name or a pronoun) and a verb with no ending, then the verb's object or particle, not a preposition
# ("proposed a change in the law" is an object).
_MANDATIVE_VERBS = frozenset("suggest propose demand urge order recommend".split())
_SUBJUNCTIVE = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|all|every|each)\s(?:[a-z][\w\-]{1,25}\s){0,2}[a-z][\w\-]{1,25}"
    r"|[a-z][\w\-]{1,25}s|(?:[A-Z][\w’'\-]{1,25})(?:\s[A-Z][\w’'\-]{1,25}){0,2}|them|him|her|us)"
    r"\s(?!(?:is|was|has|does|be|been|being|of|in|on|at|for|with|from|to|by|as|and|or|but|than|who|which|that|"
    r"this|these|those|the|an?|all|both|each|some|many|more|most|new|other|such|also|only|not)\s)"
    r"[a-z]{2,20}(?<!s)(?<!ly)(?<!ed)(?<!ing)"
    r"\s(?:the|an?|his|her|its|their|this|these|those|all|any|out|up|down|off|back|away|indoors|home|\d)\b"
)
# A bare verb that tells a subjunctive clause whatever follows it: "be" with a participle ("ordered the flags be
# lowered") or a verb of what people are told to do ("recommended residents avoid the river", "ordered the accused
# remain in custody"), after the same short subject (which may open with a name's possessive: "the city's flags").
_DIRECTED_VERBS = (
    "remain|stay|avoid|refrain|comply|cease|halt|vacate|evacuate|resign|undergo|wear|surrender|apologi[sz]e|"
    "testify|appear|attend|submit|wash|boil|seek"
)
_SUBJUNCTIVE_DIRECTED = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|all|every|each)\s(?:[A-Za-z][\w\-]{1,25}['’]s\s)?(?:[a-z][\w\-]{1,25}\s){0,2}[a-z][\w\-]{1,25}"
    r"|[a-z][\w\-]{1,25}s|(?:[A-Z][\w’'\-]{1,25})(?:\s[A-Z][\w’'\-]{1,25}){0,2}|them|him|her|us)"
    rf"\s(?:be\s(?:[a-z]{{2,20}}(?:ed|en|wn|ne)|held|kept|put|set|shut|cut|made|paid|sent|built|brought|taken|given)|(?:{_DIRECTED_VERBS}))\b"
)
# The verbs that report only such a clause (or one after "that"): "ordered the staff to delay it" and "recommended
# a fee" tell what they do, no words; with its clause the phrase cue (verbs' _PHRASE_CUES) finds each form
# ("ordered", "recommends"). The noun "requests" is as common as the verb, which reports only such a clause;
# "requested" also reports the thing asked for, as "asked for" does ("requested support from other brigades").
_MANDATIVE_ONLY = {
    "ordered": "order", "orders": "order", "recommended": "recommend", "recommends": "recommend", "requested": "request", "requests": "request"
}
_MANDATIVE_ONLY_CUE = re.compile(
    r"(?:ordered|orders|recommended|recommends)(?!\s(?:[^\s.,;:!?]{1,30}\s){1,4}to\s)(?=\s(?:that\s|" + _SUBJUNCTIVE_DIRECTED.pattern + r"|" + _SUBJUNCTIVE.pattern + r"))"
)


def _subjunctive(body: str, start: int, end: int) -> bool:
    """A subjunctive clause opens at ``start``: a short subject and a bare verb ("the city sell the pier", "the
    flags be lowered", "residents avoid the river")."""
    return _SUBJUNCTIVE.match(body, start, end) is not None or _SUBJUNCTIVE_DIRECTED.match(body, start, end) is not None


_CLAUSE = caseless.compile(
    r"(?:(?:he|she|it|they|we|i|you|there)\b"
    # a gerund clause ("users report being priced out", "denied having met him")
    r"|(?:being|having|feeling|experiencing|seeing|hearing)\s"
    # the auxiliary of the object's own clause, not of an adverbial one ("declared an emergency so she could ...")
    # (the clause's own words may open with quotation marks: 'added authorities “are still waiting ...”'; its subject
    # may list two things: "reported two bridges in Eastport and the town hall in Westham were damaged")
    r"|(?:(?!(?:so|because|as|if|when|while|until|after|before|since|that|which|who)\s)[^\s.,;:!?]{1,30}\s){0,12}?[“\"‘]?"
    rf"(?-i:{_AUXILIARY}|be|won['’]t|isn['’]t|wasn['’]t|didn['’]t|doesn['’]t)(?![\w’'])"
    # a determined singular subject and a verb in the present tense ("stipulates the deputy succeeds to the post",
    # "reports only 5% of sales comes from it")
    r"|(?-i:(?:the|a|an|this|its|his|her|their|only|about|nearly|over|just)\s(?:(?!(?:that|which|who)\s)[^\s,;:!?]{1,30}\s){0,4}?"
    r"(?!(?:that|which|who)\s)[\w\-.]{0,29}[a-rt-z%](?<!ing)(?<!ed)\s[a-z]{2,20}[^su\W]s\s(?:the|an?|to|from|in|on|at|with|for|by|its|his|her|their|\d))"
    # a name (maybe after one word of its description) and a verb in the present tense ("predicts Ann Lee wins the
    # seat", "predicted former Governor Tom Reyes defeats Ann Lee")
    r"|(?-i:(?:[a-z]{2,20}\s)?(?:[A-Z][\w’'.\-]{0,30}\s){0,3}[A-Z][\w’'\-]{0,29}[a-z](?<![’']s)\s[a-z]{2,20}[^su\W]s\s"
    r"(?:the|an?|its|his|her|their|this|these|those|\d|[A-Z]))"  # (not a preposition: "promised Lakeland funds for ...")
    # a short subject, an aside between commas, then an auxiliary or a verb in the past tense ("suggested the
    # algae, like the heat, might weaken it", "reported Ann Lee, the harbour master, resigned")
    r"|(?:[^\s.,;:!?]{1,30}\s){0,3}[^\s.,;:!?]{1,30},\s[^,;:.!?“”\"]{1,60},\s"
    rf"(?-i:{_AUXILIARY}|[a-z]{{2,20}}ed)\s"
    # a name with a verb in the past tense ("reported Lakeland issued warrants"), not a participle's phrase ("a
    # deal signed in May"); a noun phrase with one before an article ("estimated 200 people attended the rally")
    r"|(?-i:[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})\s(?-i:[a-z]{2,20}ed)(?!\s(?:by|in|on|at|for|with|from|to|as|of)\b)\s"
    # (a longer subject, with no relative clause: "reported astronomers from the Harbour Observatory (HO) and elsewhere
    # discovered a comet", or an irregular verb: "reported 908 of the attendees brought a costume")
    r"|(?:(?!(?:that|which|who|whom|so|because|as|if|when|while|until|after|before|since|and|but)\s)[^\s.,;:!?—–]{1,30}\s){1,8}?(?-i:[a-z]{2,20}ed|brought|took|made|gave|found|won|lost|"
    r"met|saw|held|kept|paid|sold|spent|sent|built|fought|caught|struck|broke|chose|drove|knew|wrote|became)"
    r"\s(?:the|an?|his|her|its|their|this|these|those|\d+|at\sleast|more\sthan|no)\b"
    # a noun phrase whose verb in the past tense ends the sentence ("confirmed two pilgrims also died")
    r"|(?:(?!(?:that|which|who|whom|he|she|they|we|i|you|it)\s)[^\s.,;:!?]{1,30}\s){1,6}?(?:also\s|had\s|have\s|has\s)?"
    r"(?-i:[a-z]{2,20}ed)(?=\s{0,3}(?:[.!?]|$))"
    # or a verb that takes no object, so never modifies a noun ("reported the first quake occurred at 7:37")
    r"|(?:(?!(?:that|which|who|whom)\s)[^\s.,;:!?]{1,30}\s){1,6}?(?:also\s|had\s|have\s|has\s)?"
    r"(?-i:occurred|happened|died|arrived|collapsed|exploded|erupted|rose|fell|declined|fled|escaped|crashed|sank|"
    r"remained|existed|emerged|disappeared|survived|resigned|retired|failed|began)\b"
    # the infinitive follows a short object ("urged all levels of government to act"), not a relative clause in
    # a longer one ("revealed a fund that seems to need ...")
    r"|(?:(?!(?:that|which|who)\s)[^\s.,;:!?]{1,30}\s){0,5}?to(?=\s(?!(?:the|an?|his|her|its|their|this|these|those)\b)(?-i:[a-z])))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _stops(body: str, sentence: Span) -> list[int]:
    """Where reported contents of a sentence may stop, found in one scan of the sentence."""
    # (after closing quoted words the stop is after the mark: ",” noting" keeps the mark with the quote)
    text = body[sentence[0] : sentence[1]]
    scan = _CONTENT_STOP if any(word in text for word in _SPACED_STOP_WORDS) else _CONTENT_STOP_UNSPACED
    found = scan.finditer(body, sentence[0], sentence[1])
    return [match.end("mark") if match.group("mark") else match.end("closing") if match.group("closing") else match.start() for match in found]


def _next_stop(body: str, sentence: Span, start: int) -> int:
    stops = _stops(body, sentence)
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) else sentence[1]


def _quote_between(opens: list[int], start: int, end: int) -> bool:
    return bisect_right(opens, end) > bisect_right(opens, start)
