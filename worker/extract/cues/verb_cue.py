"""The cue of one speech verb: whether the word is a verb at all ("the reported deaths", "claimed 12
lives"), who its subject is (before it, a passive's agent, the subject it shares with a coordinated verb or a
participle's clause, or the name after it) and what it reports, before or after it.

Apart as the place where the rules of subjects, inverted subjects, sources and content meet for one verb.
"""

from __future__ import annotations

import re
from re import _parser as _regex_parser  # the standard library's parser, to read the longest text a pattern matches

from worker.extract import caseless
from worker.extract.cues.content import (
    _ADJUNCT_START,
    _AUXILIARY_FIRST,
    _CLAUSE,
    _CLAUSE_AFTER_PLACE,
    _COUNT_LEMMAS,
    _INFINITIVE,
    _INFINITIVE_TO,
    _MANDATIVE_ONLY,
    _NOT_CONTINUING,
    _NOUN_PHRASE_LEMMAS,
    _OPENER_ONLY,
    _OPENING_MARKS,
    _PARENTHETICAL_ADJUNCT,
    _PLACE_ADJUNCT,
    _PSEUDO_CLEFT,
    _REPORTED_COUNT,
    _STANCE_OBJECT_LEMMAS,
    _STANCE_OR_CLAUSE,
    _TELL_OBJECT,
    _THAT,
    _TO_INFINITIVE_LEMMAS,
    _UNREALISED,
    _after_semicolon,
    _claims_infinitive,
    _clause_end,
    _content_after,
    _listener_end,
    _next_stop,
    _past_adjuncts,
)
from worker.extract.cues.inverted import _closing_subject, _inverted_subject
from worker.extract.cues.model import (
    Cue,
    _AUXILIARY,
    _CONTENT_TRIM,
    _DIRECTIVE_PARTICLES,
    _FINITE,
    _LOOKBACK,
    _MAX_CONTENT,
    _PERSONAL_SPEECH,
    _TELL_LIKE,
    _ends_with_comma,
    _nonempty,
)
from worker.extract.cues.phrases import _CONTRACTED_PRONOUN, _PRONOUN_FORMS, _function_word, _heads
from worker.extract.cues.sources import (
    _DOCUMENT_BEFORE,
    _RELATIVE_PRONOUN_END,
    _according_to,
    _document_relative_cue,
    _document_source,
)
from worker.extract.cues.subjects import (
    _QUANTIFIERS,
    _clause_subject,
    _describes,
    _frame_segment,
    _participle_and_short_form,
    _postmodified_subject,
    _subject_before,
)
from worker.extract.cues.verbs import (
    _CLAIM_COPULAS,
    _CLAIM_LEMMA_END,
    _CLAIM_NOUNS,
    _RULING_LEMMAS,
    _RULING_ONLY,
    _VOTE_TALLY,
)
from worker.extract.lexicon import person_nouns, speech_verb_forms
from worker.extract.names import BE, FUNCTION_WORDS, NAME, NAME_WORD, WEEKDAY
from worker.extract.text import Span, trim

# "for" and the start of a noun phrase after "call": what is called for ("called for an inquiry", "call for 2%").
# What is asked for, as what is called for ("asked for patience", "asked for his release"), not a time or a turn to
# speak ("asked for years", "asked for comment").
# (the words of a time or an example that "for" also opens, in both)
_FOR_NO_OBJECT = "years|decades|months|weeks|days|hours|now|example|instance"
_ASK_FOR_OBJECT = re.compile(rf"\sfor\s(?!(?:{_FOR_NO_OBJECT}|comment|comments|it|them|him|her|me|us)\b)[\w$€£“\"]")
_CALL_FOR_OBJECT = re.compile(rf"\sfor\s(?!(?:{_FOR_NO_OBJECT}|his|her|their|its)\b)[\w$€£“\"]")
_DIRECTIVE = re.compile(
    r"\s{1,3}(?:(?P<particle>for|on|upon)\s)?"
    r"(?P<object>(?!(?:" + WEEKDAY + r"|behalf)\b)"
    r"(?:(?!(?:that|which|who|whom|to|but)\s)[^\s.,;:!?“”\"()]{1,30}\s){1,6}?)"
    + _INFINITIVE_TO
)


# A preposition of time or place right after a participial cue opens an adjunct, not the reported words.
_PARTICIPLE_ADJUNCT = re.compile(r"\s{1,3}(?:before|after|during|in|at|on|from|via|through|outside|inside)\s")
# "with <subject>" right before a participle: an absolute clause ("with Ann Lee saying", "with officials warning").
_WITH_SUBJECT = re.compile(
    rf"(?:^|[\s,(])with\s(?P<subject>{NAME}|(?:the|some|many|several)\s[a-z][\w\-]{{1,20}}(?:\s[a-z][\w\-]{{1,20}})?|[a-z][\w\-]{{1,20}}s)$"
)
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]{2,20})\b")
_LIVES_TAKEN = re.compile(r"\s(?:[\w,.]{1,20}\s){0,3}?(?:lives|life|victims)\b")
# "a source who asked not to be named said ...": a request for anonymity reports nothing
_ANONYMITY_ASKED = re.compile(r"\s(?:not\sto\sbe\s(?:named|identified)|(?:for\s)?anonymity|that\s(?:his|her|their)\sname\s(?:not\sbe|be\swithheld))\b")
# "claims a seat on the board", "claimed the title", "claimed third place": a thing won or taken, no words (not
# "claimed the seat was stolen", whose noun opens a clause).
_PLACE_TAKEN = re.compile(
    r"\s(?:an?|the|its|their|his|her|two|three|first|second|third|fourth|fifth)\s(?:[\w\-]{1,20}\s)?"
    r"(?:seats?|title|titles|crown|throne|place|spot|medal|trophy|prize|championship)\b"
    r"(?!\s(?:was|were|is|are|had|has|would|will|could|should|belonged|belongs)\b)"
)
# A preposition opening the sentence, whose object is no subject: "In a video message posted to ...".
_PREPOSITION_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)\s{0,3}(?:In|On|At|With|By|From|Of|For|Via|Into|Through)\s$")
_INNER_PREPOSITION_BEFORE = re.compile(r"[a-z,]\s(?:in|on|via|through|into)\s(?:the\s)?$")


def _a_noun_after_article(body: str, at: int) -> bool:
    """The word at ``at`` follows "a" or "an", right after it or after one lower-case word that is no speaker noun
    ("a note", "on a hairy note"; not "a spokesman note" nor "heard a neighbour say", where the bare form is a verb)."""
    words = body[max(0, at - 40) : at].split()[-2:]
    if not words or words[-1] in ("a", "an"):
        return bool(words)
    return (
        len(words) == 2 and words[0] in ("a", "an") and words[1].isalpha() and words[1].islower()
        and words[1] not in _heads() and words[1] not in person_nouns()
    )


# Words after which a verb's form is a noun ("the state", "its report", "their claims"); not "her" ("heard her say"),
# "this" or "that" ("this says a lot", "the party that warned").
_NOUN_DETERMINERS = frozenset("the The its Its their Their his His our Our my My your Your".split())
_SINGULAR_DETERMINER = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s$")


def _cue_at(
    body: str, verb: Span, clause_start: int, sentence: Span, earlier: list[Cue], opens: list[int]
) -> Cue | None:
    """The cue of the speech verb at ``verb`` in the clause from ``clause_start``, or None where the word is no
    speech verb ("the reported deaths", "claimed 12 lives"). Its subject is the phrase before the verb, a
    passive's agent, the subject of the verb it is coordinated with or of the clause a participle hangs on
    (``earlier`` holds the sentence's cues before it), or the name after it ("..., said Ann Lee"); ``opens`` are
    the offsets of the quotation marks, which the reported content does not run over."""
    word = body[verb[0] : verb[1]].lower()
    lemma = "according to" if word.startswith("according") or word == "per" else speech_verb_forms().get(word) or _MANDATIVE_ONLY.get(word) or _RULING_ONLY.get(word, " ".join(word.split()))
    if lemma in _STANCE_OBJECT_LEMMAS and not _STANCE_OR_CLAUSE.match(body, verb[1], sentence[1]):
        return None  # "expressed concern", "many diverse voices": no stance after it, so no cue (found before any subject)
    if "quoted" in word:
        lemma = "say"
    elif word.startswith("point"):
        lemma = "point out"  # ("the complaint pointed out": a past form, which a singular subject takes)
    participle = word.endswith("ing") and " " not in word  # ("was quoted as saying" is finite)
    if lemma == "according to":
        return _according_to(body, verb, clause_start, sentence)
    if word.startswith("put"):
        return _as_put_it(body, verb, clause_start, sentence)
    if word.removeprefix("counter-").rstrip("s") in _CLAIM_NOUNS and _COPULA_THAT.match(body, verb[1], sentence[1]):
        return _claim_is_that(body, verb, clause_start, sentence)
    if body[clause_start : verb[0]].strip() == "Per":
        return None  # "Per reports, ...": the noun the opening "per" frames the sentence with
    following = _NEXT_WORD.match(body, verb[1])
    if word.endswith("s") and following and following.group(1) in speech_verb_forms() and not following.group(1).endswith("s"):
        return None  # "Initial reports stated ...": a plural noun before the verb
    if body.startswith(("' ", "’ "), verb[1]) and word.endswith("s"):
        return None  # "The party advocates states' rights": a plural owner, no verb
    if body[max(0, verb[0] - 6) : verb[0]].rpartition(" ")[0].rpartition(" ")[2].rpartition("\n")[2] in _NOUN_DETERMINERS:
        return None  # "Officials in the state said", "its report", "their claims": after "the" or an owner, a noun
    if word == lemma and _a_noun_after_article(body, verb[0]):
        return None  # "the campaign began on a hairy note", "issued a warning": after "a" the bare form is a noun
    if word in _ADJECTIVAL_PARTICIPLES and _noun_after(following) and (
        _DETERMINER_OR_COUNT_BEFORE.search(body, max(0, verb[0] - 12), verb[0]) or _preposition_or_gerund_before(body, verb[0])
    ):
        # "several alleged accomplices were tried", "the reported deaths", "an inquiry into alleged abuse began",
        # "police are investigating alleged breaches": an adjective before its noun
        return None
    if lemma in ("ask", "request") and _ANONYMITY_ASKED.match(body, verb[1]):
        return None
    if lemma == "claim" and _LIVES_TAKEN.match(body, verb[1]):
        return None  # "the storm claimed 12 lives": took, not said
    if lemma == "claim" and _PLACE_TAKEN.match(body, verb[1]):
        return None  # "the club claims a seat on the board", "claimed third place": won, not said
    if lemma in _RULING_LEMMAS and body.startswith(" ", verb[1]) and body[verb[1] + 1 : verb[1] + 2].isdigit():
        tally = _VOTE_TALLY.match(body, verb[1])
        if tally is not None:
            verb = (verb[0], tally.end())  # "The court ruled 5-4 that ...": the split of the bench, then the ruling
    if lemma in _DIRECTIVE_PARTICLES and not participle:
        directive = _directive(body, verb, lemma, sentence)
        if directive is not None:
            verb, lemma = directive
    elif lemma == "ask" and (asked := _asked_for(body, verb, sentence)) is not None:
        verb, lemma = asked  # "..., asking for clarification of the law"
    prefix_start = max(clause_start, verb[0] - _MAX_CONTENT)
    prefix = body[prefix_start : verb[0]].rstrip()
    inverts = not participle and lemma not in _TELL_LIKE  # "told Reuters" names the listener
    closing = (
        _closing_subject(body, verb, sentence)
        if _ends_with_comma(prefix) and inverts and _APPOSED_NAME_PREFIX.fullmatch(body, clause_start, verb[0]) is None
        else None
    )
    if closing is not None:
        # "Somehow, the family will cope, adds Ann Lee.": the subject closing the sentence speaks.
        content = trim(body, (prefix_start, verb[0]))
        return Cue(verb, lemma, closing, _nonempty(content), True, sentence)
    if not participle and prefix.endswith(("which", "that")):
        relative = _document_relative_cue(body, verb, lemma, clause_start, prefix_start, sentence, opens)
        if relative is not None:
            return relative
    subject = None if participle else _subject_before(
        body, max(clause_start, verb[0] - _LOOKBACK), verb[0], verb[0] - _LOOKBACK <= clause_start, lemma, word == lemma
    )
    if subject is None and not participle and lemma in _PERSONAL_SPEECH:
        subject = _postmodified_subject(body, clause_start, verb[0], verb[0])  # "..., a guard present at the time said"
    if subject is not None and word == lemma and _SINGULAR_DETERMINER.search(body, max(0, subject[0] - 9), subject[0]):
        return None  # "a Republican state senator", "another Harbour state senator": a singular subject never takes the bare verb
    if subject is not None and word in (lemma, lemma + "s", lemma + "es") and body[subject[0] : subject[1]].endswith(("'s", "’s")):
        return None  # "the President's claim would ...": after an owner, the bare form is a noun ("'s" as "is" or "has" takes "-ing" or "-ed")
    if subject is not None and body[subject[0] : subject[1]].lower() in _FINITE:
        subject = None  # "Trump was said to be ...": an auxiliary is no subject
    if subject is not None and _participle_and_short_form(body[subject[0] : subject[1]]):
        return None  # "Listed US states as having members were ...": a participle and a short form, then a plural noun
    agent = _PASSIVE_AGENT.match(body, verb[1], sentence[1]) if word.endswith("ed") else None
    if agent is None and lemma in _TOLD_LEMMAS and _PASSIVE_BE.search(prefix):
        agent = _PASSIVE_TELLER.match(body, verb[1], sentence[1])  # "he was told by Ann Lee that ..."
    if agent is not None and (_PASSIVE_BE.search(prefix) or _NOUN_BEFORE_PARTICIPLE.search(prefix)):
        # "The plan was described by Ann Lee as “a disaster”", "a plan described by Ann Lee as “a disaster”" (a
        # participle after its noun): the agent after "by" speaks, and what follows it is the content
        of = _OF_AFTER.match(body, agent.end("agent"))  # ("told by Ann Lee of “...”": what was told, after "of")
        after = (verb[0], of.end() if of is not None else agent.end("agent"))
        return Cue(verb, lemma, agent.span("agent"), _content_after(body, after, lemma, sentence, opens), False, sentence)
    if subject is not None and _PREPOSITION_BEFORE.search(body, max(0, subject[0] - 12), subject[0]):
        return None  # "In a video message posted to ...": the object of an opening preposition is no subject
    if subject is not None and word.endswith("s") and _INNER_PREPOSITION_BEFORE.search(body, max(0, subject[0] - 10), subject[0]):
        return None  # "reflects this view in Harbour News comments:": a plural noun after the preposition's object
    if subject is not None and word == lemma and _object_before(body, subject, clause_start):
        return None  # "She opposes the police state and ...": a noun in the object's phrase
    if subject is not None and word == lemma and _modified_noun(body, subject):
        return None  # "The Harbour Board report found": a name after an article modifies the noun "report"
    if subject is not None and lemma == "state" and _counted_before(body, subject):
        return None  # "several state parties", "the two Post-Soviet states centers": a count makes it the noun
    if subject is not None and word == "state" and _singular_name_end(body, subject):
        return None  # "Under Lakeland state law", "Lakeland, the most populous US state, ...": the noun "state"
    if subject is not None:
        listed = (
            _LISTED_BEFORE.search(body, clause_start, subject[0])
            if body[subject[0] : subject[0] + 1].isupper() and body.find(",", max(clause_start, subject[0] - _LISTED_COMMA_BACK), subject[0]) >= 0
            else None
        )
        if (
            listed is not None
            and (listed.group().endswith("and ") or " and " in body[subject[0] : subject[1]])  # (not "Police, Lee says,")
            and listed.group().split()[0].lower() not in FUNCTION_WORDS
            and _OPENER_ONLY.fullmatch(body, clause_start, listed.start()) is not None
        ):
            subject = (listed.start(), subject[1])  # "Lakeland, Norland, and Westland have pledged": all of them
        return _with_subject(body, verb, lemma, _without_opening_word(body, subject), clause_start, sentence, opens)
    if _COORDINATED_VERB.search(prefix, max(0, len(prefix) - _COORDINATED_VERB_WIDTH)) and not _inside_content(body, earlier, verb, lemma):
        # "Ann Lee visited the pier and said ...": the verb shares the subject of the clause it is coordinated with.
        speaker = _shared_subject(body, earlier, clause_start, verb, lemma)
        between = body[speaker[1] : verb[0]].rstrip() if speaker is not None else ""
        between = between[: -len(_COORDINATED_VERB.search(between).group())] if _COORDINATED_VERB.search(between) else between
        short_form = _BRACKETED_SHORT_FORM.match(between)
        if short_form is not None:
            between = between[short_form.end() :]  # "the Harbour Defence Units (HDU), opposed ... and said"
        if between.startswith(",") and (body[speaker[0] - 2 : speaker[0]] == ", " or body[speaker[0] - 6 : speaker[0]] == ", the "):
            between = between[1:]  # the comma closing the name in apposition ("The mayor, Ann Lee, visited ... and said")
        apposition = _APPOSITION_AFTER_SUBJECT.match(between)  # ("Ann Lee's mother, Mary, wept ... and said")
        if speaker is not None and (earlier or "," not in between[apposition.end() if apposition else 0 :]):
            # (a comma between them marks another clause: "Maria, estimated to have done ... and claimed ...", but
            # not the comma before "and": "Ann Lee opposed the levy, and suggested ...")
            return _with_subject(body, verb, lemma, _without_opening_word(body, speaker), clause_start, sentence, opens)
    if participle:
        return _participle_cue(body, verb, lemma, clause_start, prefix_start, sentence, earlier, opens)
    right_after_quote = clause_start > sentence[0] and not prefix.strip(" ,")
    if _ends_with_comma(prefix) or right_after_quote:
        after = _inverted_subject(body, verb, sentence)
        going_on = _NEXT_LOWER_WORD.match(body, after.end(), sentence[1]) if after is not None else None
        if going_on is not None and _verb_like(going_on.group(1)):
            after = None  # "..., suggests Lakeside contained 35,000 buildings": the name is the clause's subject
        elif going_on is not None and going_on.group(1).endswith("s"):
            verb_after = _NEXT_LOWER_WORD.match(body, going_on.end(), sentence[1])
            if verb_after is not None and _verb_like(verb_after.group(1)):
                after = None  # "One site, Lakeside.com, claims HP sources have linked ...": the name's noun too
        if after is not None and inverts:
            content = trim(body, (prefix_start, verb[0])) if _ends_with_comma(prefix) else None
            return Cue(verb, lemma, after.span("subject"), _nonempty(content), True, sentence)
    return None


def _participle_cue(
    body: str, verb: Span, lemma: str, clause_start: int, prefix_start: int, sentence: Span, earlier: list[Cue],
    opens: list[int],
) -> Cue | None:
    """The cue of a participle ("saying", "adding"), which has no subject of its own before it: the one quoted in
    "quoted Ann Lee as saying", an absolute clause's subject ("with Ann Lee saying"), a document or its issuer ("filed
    a motion claiming"), or the subject of the sentence's main cue or clause ("..., adding: “...”"); None for any
    other participle. ``prefix_start`` is where ``_cue_at``'s look back before the verb starts."""
    prefix = body[prefix_start : verb[0]].rstrip()
    cited = _CITED_AS.search(prefix)
    if cited is not None:
        # "The Ledger quoted Ann Lee, a retired fisherman, as saying ...": the one quoted speaks, not the paper
        return Cue(verb, lemma, (prefix_start + cited.start("subject"), prefix_start + cited.end("subject")), _content_after(body, verb, lemma, sentence, opens), False, sentence)
    absolute = _WITH_SUBJECT.search(prefix)
    if absolute is not None:
        # "..., with Ann Lee describing the “...”": the absolute clause has a subject of its own
        subject = (prefix_start + absolute.start("subject"), prefix_start + absolute.end("subject"))
        return Cue(verb, lemma, subject, _content_after(body, verb, lemma, sentence, opens), False, sentence)
    # "signs reading “...”" only shows what is written on them; "a banner saying “...”" speaks for its owner
    document = _DOCUMENT_BEFORE.search(prefix) if lemma != "read" else None
    if document is not None:
        # "filed a motion claiming ...", "a banner from the Harbour Union saying “...”": the document speaks, or
        # whoever it is from.
        speaker = _document_source(body, prefix, prefix_start, clause_start, document) or document.span("document")
        content = _content_after(body, verb, lemma, sentence, opens)
        return Cue(verb, lemma, (prefix_start + speaker[0], prefix_start + speaker[1]), content, False, sentence)
    # (or after "by", the means: "the parents tried to free him by saying they forgave him")
    by_means = lemma in _PERSONAL_SPEECH and _BY_BEFORE.search(prefix) is not None  # (not "by observing the area")
    if _ends_with_comma(prefix) or _ends_with_comma(prefix.removesuffix(" while")) or by_means:
        # "..., adding: “...”": the participle shares the subject of the sentence's main cue, or of its main
        # clause ("Ann Lee criticised the levy, saying it was unfair").
        speaker = _shared_subject(body, earlier, clause_start, verb, lemma)
        if speaker is not None or earlier:
            adjunct = _PARTICIPLE_ADJUNCT.match(body, verb[1]) and not _THAT.search(body, verb[1], min(sentence[1], verb[1] + 110))
            # ("..., commenting before the launch: “...”": an adjunct, then the quotation the colon introduces)
            listener = _TELL_OBJECT.match(body, verb[1], sentence[1]) if lemma in _TELL_LIKE else None
            told = (verb[0], listener.end()) if listener else verb  # "..., telling the Harbour Post: “...”"
            content = None if adjunct else _content_after(body, told, lemma, sentence, opens)
            if content is not None and by_means and not _THAT.match(body, verb[1] + 1) and not _CLAUSE.match(body, content[0], content[1]):
                content = None  # "opened it by saying a prayer": the means reports words only as a clause
            return Cue(verb, lemma, speaker, content, False, sentence)
    return None


# A short form in brackets right after a name: " (HDU)".
_BRACKETED_SHORT_FORM = re.compile(r"\s?\([A-Z][\w.&\-]{0,15}\)")
# A name or a determined phrase in apposition right after a subject: ", Mary, ...", ", a retired fisherman, ...".
_APPOSITION_AFTER_SUBJECT = re.compile(r",\s(?:(?:a|an|the|which|who)\s[^,;:]{1,60}|[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3}),\s")
_ADJECTIVAL_PARTICIPLES = frozenset(
    {"alleged", "reported", "claimed", "stated", "declared", "announced", "proposed", "estimated", "confirmed", "promised", "predicted"}
)
_DETERMINER_OR_COUNT_BEFORE = caseless.compile(r"(?<![\w’'])(?:the|a|an|his|her|its|their|this|these|those|several|some|many|two|three|four|five|other)\s$", re.IGNORECASE)
_CLAUSE_STARTS = frozenset("that the a an his her its their this these those he she they it we to in on at".split())


_PREPOSITIONS_BEFORE_NOUN = frozenset("into over for about of on against with from after amid despite following regarding".split())


def _preposition_or_gerund_before(body: str, at: int) -> bool:
    """The word before ``at`` is a preposition or a verb in -ing ("into", "over", "investigating", "Citing"): what
    follows is its object, a noun phrase, not a finite verb."""
    words = body[max(0, at - 30) : at].split()
    if not words:
        return False
    previous = words[-1].lower()
    return previous in _PREPOSITIONS_BEFORE_NOUN or len(previous) > 4 and previous.endswith("ing") and previous.isalpha()


def _noun_after(following: re.Match[str] | None) -> bool:
    """The lower-case word after a participle may be the noun it qualifies: no clause's first word, no gerund
    ("Some reported wanting to ...")."""
    return following is not None and following.group(1) not in _CLAUSE_STARTS and not following.group(1).endswith("ing")


_BY_BEFORE = re.compile(r"[a-z]\sby$")
# "as <subject> put it" right before the verb: the subject is a pronoun or a name or noun phrase of a few words.
_AS_SUBJECT = re.compile(r"(?:^|(?<=[\s,(]))(?P<as>[Aa]s)\s(?P<subject>(?:[\w’'.\-]{1,30}\s){0,5}?[\w’'.\-]{1,30})\s(?:(?:once|later|then|so|aptly|memorably)\s)?$")


def _shared_subject(body: str, earlier: list[Cue], clause_start: int, verb: Span, lemma: str) -> Span | None:
    """The subject a coordinated or participle verb shares: the sentence's cue before it, else its clause's subject;
    but after "quoted X as saying" the clause's subject ("The paper quoted Ann Lee as saying ..., and added ...":
    the paper adds, not the one it quoted)."""
    if not earlier:
        return _clause_subject(body, clause_start, verb[0], lemma)
    if _CITED_AS.search(body[max(clause_start, earlier[-1].verb[0] - 120) : earlier[-1].verb[0]].rstrip()):
        return _clause_subject(body, clause_start, verb[0], lemma)
    return earlier[-1].subject


# "quoted Ann Lee as", "cited Ann Lee, the harbour master, as" right before "saying": the one quoted, up to an
# apposition set off by a comma.
_CITED_AS = re.compile(
    r"(?<![\w’'])(?:quoted|quoting|quotes|cited|citing|cites)\s(?P<subject>[^\s,.;:!?“”\"][^,.;:!?“”\"]{0,59}?)"
    r"(?:,[^.;:!?“”\"]{1,100},)?\sas$"
)


# After a noun of a claim: what it is against or whose it is, then the copula and "that".
_COPULA_THAT = re.compile(
    r"\s(?:(?P<link>against|of|from|by)\s(?P<whose>[^,.;:!?“”\"]{1,60}?)\s)?(?:" + "|".join(_CLAIM_COPULAS) + r")\sthat\b"
)
# The words before such a noun that make it the subject of its clause: an article, or an owner ("the board's",
# "Ann Lee's", "Harbour Union's"), and at most two modifiers ("The main", "Her latest").
_CLAIM_OWNER = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever,)\s)?(?:[Tt]he\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s|[Ii]ts\s"
    r"|(?P<owner>(?:[Tt]he\s)?(?:[\w\-]{1,25}\s){0,3}[\w\-]{1,25})['’]s?\s)(?:[a-z][\w\-]{1,25}\s){0,2}"
)


def _claim_is_that(body: str, verb: Span, clause_start: int, sentence: Span) -> Cue | None:
    """"The accusation against Ann Lee is that CONTENT", "The board's counter-argument was that CONTENT": a noun
    of a claim that opens its clause reports the clause its copula and "that" give; whose claim it is (the owner,
    or the one after "of", "from" or "by") speaks, else nobody named."""
    opening = _CLAIM_OWNER.fullmatch(body, clause_start, verb[0])
    if opening is None and body[clause_start : verb[0]].strip():
        return None  # "rejected the claim is that ...": the noun is no clause's subject
    copula = _COPULA_THAT.match(body, verb[1], sentence[1])
    if copula is None:
        return None
    subject = None
    if opening is not None and opening.group("owner"):
        subject = trim(body, opening.span("owner"))
    elif copula.group("link") in ("of", "from", "by"):
        subject = trim(body, copula.span("whose"))
    start = copula.end()
    end = min(sentence[1], start + _MAX_CONTENT, _next_stop(body, sentence, start + 2))
    start, end = trim(body, (start, end), _CONTENT_TRIM)
    return Cue(verb, body[verb[0] : verb[1]].lower() + _CLAIM_LEMMA_END, subject, _nonempty((start, end)), False, sentence)


def _as_put_it(body: str, verb: Span, clause_start: int, sentence: Span) -> Cue | None:
    """"As Ann Lee put it, CONTENT" and "CONTENT, as Ann Lee put it": the clause the frame opens or closes is what
    the subject said."""
    frame = _AS_SUBJECT.search(body, max(clause_start, verb[0] - 80), verb[0])
    if frame is None:
        return None
    subject = _subject_before(body, frame.start("subject"), frame.end("subject"), True, "say", False)
    if subject is None:
        return None
    before = body[clause_start : frame.start("as")].rstrip()
    if _ends_with_comma(before) and len(before.split()) >= 3:
        content = trim(body, (_after_semicolon(body, clause_start, frame.start("as")), frame.start("as")))
        return Cue(verb, "say", subject, _nonempty(content), True, sentence)
    if before.strip(" \t\n\"“”") or body[verb[1] : verb[1] + 1] not in (",", ":"):
        return None
    end = min(sentence[1], verb[1] + _MAX_CONTENT, _next_stop(body, sentence, verb[1] + 1))
    start, end = trim(body, (verb[1], end), _CONTENT_TRIM)
    return Cue(verb, "say", subject, _nonempty((start, end)), False, sentence)


def _directive(body: str, verb: Span, lemma: str, sentence: Span) -> tuple[Span, str] | None:
    """A request with its addressee and the act requested ("called on the board to act", "asked the court for
    the file to be sealed") is reported speech: the verb with its particle, and the lemma of the request."""
    found = _DIRECTIVE.match(body, verb[1], sentence[1])
    if found is None:
        if lemma == "call" and _CALL_FOR_OBJECT.match(body, verb[1], sentence[1]):
            return (verb[0], verb[1] + 4), "call for"  # "called for a ceasefire": the thing called for is reported
        return _asked_for(body, verb, sentence) if lemma == "ask" else None
    particle = found.group("particle") or ""
    if particle not in _DIRECTIVE_PARTICLES[lemma] or not particle and " for " in found.group("object"):
        return None  # (but "asked the council for funds to fix it" asks for a thing, whose purpose the infinitive gives)
    return (verb[0], found.start("object") - 1), f"{lemma} {particle or 'to'}"


def _asked_for(body: str, verb: Span, sentence: Span) -> tuple[Span, str] | None:
    """"ask" with "for" and what is asked for ("asked for patience", "asked for his release", "asking for
    clarification"): the verb with its particle, and the lemma "ask for"; else None."""
    if _ASK_FOR_OBJECT.match(body, verb[1], sentence[1]):
        return (verb[0], verb[1] + 4), "ask for"
    return None


# Verbs that go on from a speaker's words ("said the rent was high and added that ..."), among them verbs of
# advancing a view that an institution's words rarely hold as their own clause's verb ("indicated no other car was
# involved and suggested the driver fell asleep").
_FOLLOW_UP_VERBS = frozenset(
    """add say note explain insist warn stress argue continue urge deny suggest acknowledge concede reiterate
    emphasize emphasise indicate""".split()
) | {"call for", "call on", "call upon"}


def _inside_content(body: str, earlier: list[Cue], verb: Span, lemma: str) -> bool:
    """A verb after "and" inside the words an earlier cue reports belongs to them ("told me if anyone came and
    asked about me, ..."), unless it goes on from them: a follow-up verb or one after the closing quotation mark
    ("said “...” and added")."""
    if not earlier or earlier[-1].content is None or earlier[-1].content_before or earlier[-1].lemma in _NOUN_PHRASE_LEMMAS:
        return False  # (what is called for is a noun phrase: "called for an inquiry, and said ..." goes on)
    content = earlier[-1].content
    if not content[0] <= verb[0] <= content[1] + 1:
        return False
    after_quotation = _QUOTATION_AND.search(body, max(0, verb[0] - 20), verb[0]) is not None
    # ("said the port was safe, and reiterated that ...": after a comma, "and" joins the speaker's own verbs)
    after_comma = _COMMA_AND.search(body, max(0, verb[0] - 20), verb[0]) is not None
    return lemma not in _FOLLOW_UP_VERBS and not after_quotation and not after_comma


# An adverb between "and" and a coordinated verb ("and later said", "and again observed that").
_AND_ADVERB = r"(?:\s(?:also|then|later|again|further|subsequently|repeatedly|publicly|immediately|still))?"
_QUOTATION_AND = re.compile(rf"[”\"»“]\s{{1,3}}and{_AND_ADVERB}\s$")
_COMMA_AND = re.compile(rf",\s{{1,3}}and{_AND_ADVERB}\s$")


_COORDINATED_VERB = re.compile(rf"[\w”\"»“],?\s(?:and|but){_AND_ADVERB}$")
# The longest text _COORDINATED_VERB matches: in a prefix it is searched only that far from its end.
_COORDINATED_VERB_WIDTH = _regex_parser.parse(_COORDINATED_VERB.pattern).getwidth()[1]


_ARTICLE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s(?:[A-Z][\w\-]{0,20}\s)?$")


def _singular_name(name: str, subject: str) -> bool:
    """Whether ``name`` (a subject or its last word) is a singular name: capitalised, no plural "-s", no pronoun,
    in a ``subject`` that coordinates nothing with "and"."""
    return name[:1].isupper() and not name.endswith("s") and name not in _PRONOUN_FORMS and " and " not in subject


def _singular_name_end(body: str, subject: Span) -> bool:
    """A subject ending in a singular name ("Lakeland", "the most populous US"), which never takes a bare verb."""
    text = body[subject[0] : subject[1]]
    return _singular_name(text.rsplit(None, 1)[-1], text)


_COUNT_BEFORE = caseless.compile(r"(?<![\w’'])(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|all|other|these|those|\d+)\s$", re.IGNORECASE)


def _counted_before(body: str, subject: Span) -> bool:
    """The subject found is a count, or a count comes right before it: the phrase goes on as a noun phrase."""
    return body[subject[0] : subject[1]].lower() in _QUANTIFIERS or _COUNT_BEFORE.search(body, max(0, subject[0] - 10), subject[0]) is not None


# A lower-case word before a subject: a verb makes the subject its object.
_ARTICLE_AFTER_WORD = re.compile(r"(?<![\w’'])(?P<word>[a-z]{2,20})\s$")
_OPENING_WORDS = frozenset("and but or nor yet so that which who whom where when while as if because since though although".split())


def _object_before(body: str, subject: Span, clause_start: int) -> bool:
    """A subject that opens with a lower-case article right after a verb ("opposes the police"): the bare verb
    form after it is the noun of that object phrase."""
    if not body.startswith(("the ", "a ", "an "), subject[0]):
        return False
    before = _ARTICLE_AFTER_WORD.search(body, max(clause_start, subject[0] - 25), subject[0])
    # (a preposition may attach the phrase to the real subject before it: "leaders of the opposition say")
    return before is not None and before.group("word") not in _OPENING_WORDS and before.group("word") not in FUNCTION_WORDS


def _modified_noun(body: str, subject: Span) -> bool:
    """A singular name after an article ("the PBO", "an August Harbour Board") before a bare verb form: the
    name modifies the word after it, a noun ("the PBO report"), since a singular subject takes "reports"."""
    text = body[subject[0] : subject[1]]
    return _singular_name(text, text) and _ARTICLE_BEFORE_NAME.search(body, max(0, subject[0] - 30), subject[0]) is not None


# A clause that is only a name and its apposition, age or relative clause ("Ann Lee, the port's chief, said ...",
# "Ann Lee, 45, said ...", "Ann Lee, who runs the port, said ...", "The port's chief, Ann Lee, said ..."): the subject
# before the verb, so the words after it are reported, not a subject closing the sentence. (An apposition holds no
# auxiliary: "Somehow, the family will cope, adds Ann Lee." is content.)
_APPOSED_NAME_PREFIX = re.compile(
    rf"\s*(?:{NAME},\s(?:(?:a|an|the|his|her|its|their)\s(?![^,;:]*\s{_AUXILIARY}\s)[^,;:]{{1,60}}|(?:who|whose)\s[^,;:]{{1,60}}|\d{{1,3}})"
    rf"|(?:[Tt]he|[Aa]n?|{NAME_WORD}[’']s)\s[^,;:]{{1,60}},\s{NAME}),\s*"
)
_NEXT_LOWER_WORD = re.compile(r"\s{1,2}([a-z][a-z’'\-]{1,25})\b")


def _without_opening_word(body: str, subject: Span) -> Span:
    """A subject without a capitalised word that the name run took in before a name but which is no part of it: a
    subordinator opening the sentence ("Whereas Ann Lee favoured ..., arguing"), or the platform after "on" ("on
    Twitter Ann Lee wrote")."""
    opening = _OPENING_WORD.match(body, subject[0], subject[1])
    if opening is None or opening.group("platform") and not body.startswith("on ", max(0, subject[0] - 3)):
        return subject
    return opening.end(), subject[1]


_OPENING_WORD = re.compile(
    r"(?:(?:Whereas|While|Although|Though|Because|Since|Unlike|Whilst)|(?P<platform>Twitter|Facebook|Instagram|YouTube|TikTok|Telegram))"
    r"\s(?=[A-Z])"
)


# Verbs of owning up to an act, whose "to" and gerund report it ("confessed to killing her", "admitted to lying"),
# and that "to" with a gerund, not a place or an institution named by one ("admitted to nursing homes").
_TO_GERUND_LEMMAS = frozenset({"admit", "confess"})
_TO_GERUND = re.compile(r" to (?!(?:nursing|boarding|training|housing|building|hiding)\b)[a-z]{2,20}ing\b")


# Names listed before the last of them (or the last two), which opens a clause's subject: "Lakeland, Norland, and ".
_LISTED_BEFORE = re.compile(rf"(?:{NAME},\s){{1,4}}(?:and\s)?$")
# How far before its end a match of _LISTED_BEFORE holds its last comma: ", and " and a newline before the end, where "$"
# matches too. Where no comma is that close, the pattern is not tried.
_LISTED_COMMA_BACK = len(",\tand\t\n")


def _with_subject(
    body: str, verb: Span, lemma: str, subject: Span, clause_start: int, sentence: Span, opens: list[int]
) -> Cue:
    """The cue of a verb whose subject is known, with its reported content: the words before it when the cue
    closes them ("..., Ann Lee said") or splits their clause ("The pier, Lee said, was inspected"), else the words
    after it past the listener, short adjuncts and a place ("told the jury on Monday the pier was safe"); none
    for an unrealised act ("will argue"), a comparison ("than the city says") or a condition ("If Lee says
    no")."""
    if _UNREALISED.search(body, max(clause_start, verb[0] - 40), verb[0]):
        return Cue(verb, lemma, subject, None, False, sentence)  # "they will argue ...", "has not said ..."
    if body.find("than", max(0, subject[0] - 40), subject[0]) >= 0 and _THAN_BEFORE.search(body, max(0, subject[0] - 40), subject[0]):
        return Cue(verb, lemma, subject, None, False, sentence)  # "higher than the city says it is": a comparison
    as_frame = _AS_FRAME.search(body, max(clause_start, subject[0] - _AS_FRAME_BACK), subject[0]) if body.startswith(", ", verb[1]) else None
    framed = _as_frame_cue(body, verb, lemma, subject, clause_start, sentence, as_frame.start()) if as_frame is not None else None
    if framed is not None:
        return framed
    after_start = verb[1]
    listener = None
    if lemma in _TELL_LIKE:
        listener = _TELL_OBJECT.match(body, after_start, sentence[1])
        if listener:
            after_start = _listener_end(body, listener)
    if lemma == "refer" and body.startswith(" to ", after_start):
        after_start += 3  # "has referred to it as “theatre”", "referred to as “a ploy”": what follows "to" names it
    if lemma in _TO_GERUND_LEMMAS and _TO_GERUND.match(body, after_start, sentence[1]):
        after_start += 3  # "confessed to killing her", "admitted to taking the money": the act owned up to is the words
    after_start = _reported_start(body, after_start, lemma, subject, clause_start, sentence)
    cleft = _PSEUDO_CLEFT.match(body, after_start, sentence[1])  # "What she would say is that ..."
    after_start = cleft.end() if cleft else after_start
    told_to = lemma in _TELL_LIKE and _INFINITIVE.match(body, after_start, sentence[1])  # "told staff to leave"
    # "claimed to have evidence": what is claimed
    told_to = told_to or lemma in _TO_INFINITIVE_LEMMAS and _claims_infinitive(body, after_start, sentence[1])
    fronted = _FRONTED_ADJUNCT.match(body, after_start, sentence[1])  # "admits in this case, there were ..."
    after_start = fronted.end() if fronted and _CLAUSE.match(body, fronted.end(), sentence[1]) else after_start
    # "warned of the risks", "told them of its existence", but not "said of her son" nor "“...,” he told court of
    # his landlords", whose quotation is what he said
    after_quotation = clause_start > sentence[0] and not body[clause_start : subject[0]].strip(" ,")
    warned_of = (lemma in ("warn", "speak") or lemma in _TELL_LIKE and not after_quotation) and body.startswith(" of ", after_start)
    # ("Native customs, the filing noted, have a notion of family that differs": where the words after the cue's
    # comma go on with the predicate the cue split, a "that" among them is theirs, a relative pronoun)
    splits = body.startswith(",", after_start) and _splits_predicate(body, after_start, sentence[1])
    that = None if splits else _THAT.search(body, after_start, _clause_end(body, sentence, after_start, min(sentence[1], after_start + 110)))
    if that is not None and _ADJUNCT_PHRASE_BEFORE.search(body, after_start, that.start()):
        that = None  # "said on Monday, in a dispute over pay that threatens ...": a relative in the adjunct's phrase
    reports_after = (
        told_to or warned_of or not _ADJUNCT_START.match(body, after_start, sentence[1]) or that is not None
        or _ADJUNCT_THEN_CLAUSE.match(body, after_start, sentence[1]) is not None
    )
    if lemma in _TELL_LIKE and listener is None and not body.startswith(" that ", verb[1]):
        reports_after = False  # "the ledger tells a longer tale": telling without a listener narrates
    # "..., the Harbour Red Cross said": the article before a name belongs to the subject, not the content.
    lead = _DETERMINER_BEFORE.search(body, max(clause_start, subject[0] - 5), subject[0])
    lead_start = lead.start() if lead else subject[0]
    described = _DESCRIPTION_BEFORE.search(body, max(clause_start, lead_start - 70), lead_start)
    if described is not None and _describes_person(described.group("head")):
        lead_start = described.start("words")  # "..., newspaper The Harbour Ledger reported": the description too
    lead_start = _member_name_start(body, clause_start, lead_start)  # "..., Ann Lee of the rowing club said": Ann Lee too
    stripped = body[max(clause_start, lead_start - _MAX_CONTENT) : lead_start].rstrip()
    # "..., he pledged to cover it": a verb with an infinitive after it does not close the clause before it.
    closes_clause = not reports_after and not _INFINITIVE.match(body, after_start, sentence[1])
    if closes_clause and not _ends_with_comma(stripped):
        whole = _postmodified_subject(body, clause_start, lead_start, verb[0])
        if whole is not None:
            # "..., a security guard present during the attack said": the whole phrase after the comma speaks
            subject, lead_start = whole, whole[0]
            stripped = body[max(clause_start, lead_start - _MAX_CONTENT) : lead_start].rstrip()
    if _ends_with_comma(stripped) and len(stripped.split()) >= 3 and closes_clause:
        content = _without_frame(body, trim(body, (_after_semicolon(body, max(clause_start, lead_start - _MAX_CONTENT), lead_start), lead_start)))
        if content is not None and _apposition_head(body, content, subject, verb):
            content = None  # "The judge presiding over the case, Ann Lee, said": the phrase describes the speaker
        if _RELATIVE_PRONOUN_END.search(stripped) or _RELATIVE_AFTER_SUBJECT.match(body, subject[1], verb[0]):
            # "fighters which, the statement said, no state will take back": the clause goes on after it; "Dr. Ann
            # Lee, a surgeon who testified for the bill, said": the verb is a relative clause's, closing no words
            content = None
        return Cue(verb, lemma, subject, _nonempty(content), True, sentence)
    if _ends_with_comma(stripped) and closes_clause and _splits_predicate(body, after_start, sentence[1]):
        # "The pier, Lee said, was inspected": the cue splits a clause after its short subject, and the predicate
        # after the cue goes on with the words reported (the continuation)
        short = trim(body, (max(clause_start, lead_start - 40), lead_start))
        if _SHORT_SUBJECT.fullmatch(body, short[0], short[1]):
            return Cue(verb, lemma, subject, _nonempty(short), True, sentence)
    content = _content_after(body, (verb[0], after_start), lemma, sentence, opens) if reports_after else None
    if content is not None and _RELATIVE_BEFORE.search(body, max(0, lead_start - 8), lead_start):
        # "the ads, which they've said was due to a lack of airtime, and ...": the relative clause ends at its comma
        comma = body.find(", ", content[0], content[1])
        content = _nonempty(trim(body, (content[0], comma))) if comma >= 0 else content
    elif content is not None and _WHO_AFTER_SUBJECT.match(body, subject[1], verb[0]):
        # "Ann Lee, who called for a ban, said ...": the relative clause ends at the comma before its antecedent's verb
        main_verb = _MAIN_VERB_AFTER_COMMA.search(body, content[0], content[1])
        content = _nonempty(trim(body, (content[0], main_verb.start()))) if main_verb else content
    subordinate = _SUBORDINATE_OPENING.match(body, clause_start, lead_start)
    if content is not None and subordinate is not None and _subject_of_subordinate(body, subordinate.end(), lead_start):
        if subordinate.group("condition"):
            return Cue(verb, lemma, subject, None, False, sentence)  # "If Ann Lee says no, ...": nobody said it
        # "Though Ann Lee said the levy was fair, she voted against it": the main clause is no part of the content.
        main_clause = _MAIN_CLAUSE_COMMA.search(body, content[0], content[1])
        content = _nonempty(trim(body, (content[0], main_clause.start()))) if main_clause else content
    return Cue(verb, lemma, subject, content, False, sentence)


_MEMBER_LINKS = frozenset({"of", "from", "with", "at"})


def _member_name_start(body: str, clause_start: int, start: int) -> int:
    """Where the name of a person begins whose body a subject starting at ``start`` names, when the name follows a
    comma ("..., Ann Lee of the rowing club said", "..., Ivo Marsh from Lakeland said"): the words before the comma
    are the content, as before a name alone; else ``start``."""
    space = body.rfind(" ", max(0, start - 6), start - 1) if start > 3 else -1
    if space < 0 or body[space + 1 : start - 1] not in _MEMBER_LINKS or body[start - 1] != " ":
        return start
    words = body[max(clause_start, space - 60) : space].rsplit(", ", 1)
    if len(words) < 2 or not 2 <= len(name := words[1].split(" ")) <= 4:
        return start
    if not all(word[:1].isupper() and word.isalpha() and not _function_word(word) for word in name):
        return start
    return space - len(words[1])


# A short adjunct of time or condition opening the reported clause, then its subject and verb, with no "that":
# "said once in office she would sign it", "claimed after the meeting the mayor used his influence".
_ADJUNCT_THEN_CLAUSE = re.compile(
    r"\s(?:once|after|before|until|upon|following)\s(?:[\w’'\-]{1,20}\s){0,4}?"
    r"(?:(?:he|she|they|we|I|there)\s(?:[a-z]{2,20}ed|[a-z]{2,20}’d|[a-z]{2,20}'d|" + _AUXILIARY + r")\b"
    r"|(?:the|a|an|his|her|its|their)\s(?:[\w\-]{1,20}\s){0,3}(?:[a-z]{2,20}ed|" + _AUXILIARY + r")\b)"
)


# "as" before the subject of a cue between commas inside a clause: "The pier is, as locals noted, unsafe" (not
# "such as", "as well as")
_AS_FRAME = re.compile(r"(?<![\w’'])(?<!such\s)(?<!well\s)(?<=,\s)[Aa]s\s(?:(?:the|a|an)\s)?(?:[a-z][\w\-]{1,20}\s)?$")
_AS_FRAME_BACK = 34


def _as_frame_cue(body: str, verb: Span, lemma: str, subject: Span, clause_start: int, sentence: Span, as_start: int) -> Cue | None:
    """The cue of a parenthetical "as X noted" between commas inside a clause, which takes no clause of its own:
    it reports the clause around it, the aside inside ("The pier is, as locals noted, unsafe"); None where it
    opens or closes the clause (left to the other rules)."""
    if _OPENER_ONLY.fullmatch(body, clause_start, as_start) is not None:
        return None
    end = _next_stop(body, sentence, verb[1] + 1)
    if not body[verb[1] + 1 : end].strip(_CONTENT_TRIM):
        return None
    content = trim(body, (clause_start, end), _CONTENT_TRIM)
    return Cue(verb, lemma, subject, _nonempty(content), False, sentence)


def _reported_start(body: str, after_start: int, lemma: str, subject: Span, clause_start: int, sentence: Span) -> int:
    """Where the words a verb reports may start, from ``after_start`` (its end, or its listener's): past short
    adjuncts of time and medium, a named place or an addressee after "to" before a clause, an aside between
    commas, and the comma that closes them before a clause ("reported on Thursday, coverage had risen")."""
    skipped = _past_adjuncts(body, after_start, sentence[1])
    place = _PLACE_ADJUNCT.match(body, skipped, sentence[1])
    if place is not None and _CLAUSE_AFTER_PLACE.match(body, place.end(), sentence[1]):
        skipped = place.end()  # "says in Lakeland ferries are too often late": the place, then the reported clause
    addressee = _TELL_OBJECT.match(body, skipped + 3, sentence[1]) if body.startswith(" to ", skipped) else None
    if addressee is not None and lemma not in _TELL_LIKE and _CLAUSE_AFTER_PLACE.match(body, addressee.end(), sentence[1]):
        skipped = addressee.end()  # "confirmed to CBC News the ferry was late": the addressee, then the clause
    # "reported on Thursday, coverage had risen": a comma closing the adjuncts, then the reported clause
    aside = _PARENTHETICAL_ADJUNCT.match(body, skipped, sentence[1])
    if aside is not None and body[aside.end() : aside.end() + 1] not in _OPENING_MARKS and (
        _CLAUSE.match(body, aside.end(), sentence[1]) or body.startswith("that ", aside.end())
    ):
        # "claimed, as of Thursday, it was free of the virus", "said, citing police, that ...": the aside, then the clause
        skipped = aside.end() - 2
    # "reported on Thursday, coverage had risen", "However, officials said, the pier is safe": a comma after the
    # verb's adjuncts, or after a cue that nothing but an opening adverb precedes, then the reported clause
    bare = skipped == after_start and _OPENER_ONLY.fullmatch(body, clause_start, subject[0]) is not None
    clause_after = (
        (skipped > after_start or bare)
        and body.startswith(", ", skipped)
        and body[skipped + 2 : skipped + 3] not in _OPENING_MARKS  # (", “...”" is a quotation the cue introduces)
        # ("reported on Tuesday, 21 new cases": a count after the comma is what is reported, as a clause is)
        and (_CLAUSE.match(body, skipped + 2, sentence[1]) or lemma in _COUNT_LEMMAS and _REPORTED_COUNT.match(body, skipped + 2, sentence[1]))
        and _AUXILIARY_FIRST.match(body, skipped + 2, sentence[1]) is None  # ("Yesterday, Ann Lee said, was ...": a split)
    )
    return skipped + 1 if clause_after else skipped


# A predicate after a cue that splits its clause: a finite verb after the comma.
_SPLIT_PREDICATE = re.compile(
    rf",\s(?:{_AUXILIARY}|remains?|remained|[a-z]{{2,20}}ed)\b"
)
# A verb in the present after the cue's comma, with more words after it: "The orcas, she said, hunt sharks".
_PRESENT_PREDICATE = re.compile(r",\s(?P<verb>[a-z]{2,20})\s[\w$“\"]")


def _splits_predicate(body: str, start: int, end: int) -> bool:
    """Whether the words after a cue's comma at ``start`` go on with the predicate of the clause the cue split:
    an auxiliary or a verb in the past or the present, not an adverb, a participle or a function word ("The
    pier, Lee said, was inspected", "The orcas, she said, hunt sharks", not "..., she said, probably ...")."""
    if _SPLIT_PREDICATE.match(body, start, end):
        return True
    present = _PRESENT_PREDICATE.match(body, start, end)
    if present is None:
        return False
    verb = present.group("verb")
    return verb not in FUNCTION_WORDS and verb not in _NOT_CONTINUING and not verb.endswith(("ly", "ing"))


# The short subject a split clause opens with: a noun phrase of one or two words, not an adverb or a frame.
_SHORT_SUBJECT = re.compile(
    r"(?:[Tt]he\s|[Tt]his\s|[Tt]hat\s|[Tt]hese\s|[Tt]hose\s|[Ii]ts\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s)?"
    r"(?!(?:However|Yesterday|Today|Now|Still|Meanwhile|Instead|Also|Then|Later|Earlier|Indeed|Nevertheless|But|And|So|Yet)\b)"
    r"[A-Za-z][\w’'\-]{1,25}(?:\s[A-Za-z][\w’'\-]{1,25})?(?<!ly)"
)


# Lower-case words after a comma that describe the name after them ("..., newspaper The Ledger reported",
# "..., lead singer Ann Lee told").
_DESCRIPTION_BEFORE = re.compile(r",\s(?P<words>(?:[a-z][\w\-]{1,20}\s){0,2}(?P<head>[a-z][\w\-]{1,20})\s)$")


def _describes_person(word: str) -> bool:
    return word in _heads() or word in person_nouns() or word.endswith("s") and word[:-1] in _heads()


_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s$")
# A relative clause set off by a comma between a subject and its cue: ", who ", ", who has long ".
_WHO_AFTER_SUBJECT = re.compile(r",\swho\s(?:[a-z]+\s){0,2}$")
# A phrase after the cue's comma that a preposition opens and no comma closes before a "that": the "that" is its
# relative pronoun ("said on Monday, in a dispute over pay that threatens ..."), not the reported clause's
# complementiser, which comes after the phrase's closing comma ("said, in a statement, that ...").
_ADJUNCT_PHRASE_BEFORE = re.compile(r",\s(?:in|amid|over|during|after|with|as\spart\sof)\s[^,]{1,100}$")
# A relative pronoun between a subject and its cue, with or without a comma: "a surgeon who testified".
_RELATIVE_AFTER_SUBJECT = re.compile(r",?\s(?:who|which)\s(?:[a-z]+\s){0,2}$")
# A comma and the verb of the clause a relative clause was inserted in: ", said", ", has warned", ", voted".
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s(?:[a-z]+ly\s)?(?:said|says|told|tells|is|was|has|had|will|would|[a-z]{2,20}ed)\b")
# A subordinator opening the clause of a cue, and the comma after which the main clause begins.
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet)\s)?(?:[Tt]hough|[Aa]lthough|[Ee]ven\s(?:though|as|if)|[Ww]hile|[Ww]hereas|[Bb]ecause|"
    r"[Ss]ince|[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|(?P<condition>[Ii]f|[Ww]henever|[Ww]hether|[Uu]nless))\s"
)
# (or a short lower-case noun phrase and its verb in the past tense: "..., early August debate centered on ...")
_MAIN_CLAUSE_COMMA = re.compile(
    r",\s(?=(?:he|she|they|it|we|there|the|a|an|this)\b|[A-Z]|[a-z][\w\-]*\s(?:[\w\-]+\s){0,3}[a-z]{2,20}ed\b)"
)
_MAX_SUBORDINATE_SUBJECT_WORDS = 10


def _subject_of_subordinate(body: str, start: int, lead_start: int) -> bool:
    """The subject found opens the subordinate clause from ``start``, maybe after the words of a title or an
    owner it leaves out ("When Representative Ann Lee of Lakeland's second district announced ..."): no comma
    between them and a few words at most."""
    between = body[start:lead_start]
    return "," not in between and len(between.split()) <= _MAX_SUBORDINATE_SUBJECT_WORDS


_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s$")
_THAN_BEFORE = re.compile(r"\bthan\s(?:[\w’'\-]{1,30}\s){0,2}$")
# A short adjunct after the verb closed by a comma, then a clause: the adjunct fronts the reported clause.
# (The clause must show its verb: "told them in a calm tone, his plan greeted with cheers" reports nothing.)
_FRONTED_ADJUNCT = re.compile(
    r"\s{1,3}(?:in|at|on|for|during|after|before|by|since|until)\s(?:[^,;:.!?“”\"()]|[.:](?=\S)){1,50},\s"
    r"(?=(?P<first>(?:there|it|he|she|they|we|i|the|a|an|this|these|those|its|his|her|their|some|most|many|no)\b))",
)
# A passive before its participle ("was described", "were later labelled") and its agent named after it ("by Ann Lee",
# "by the Harbour Trust"): the agent speaks.
_PASSIVE_BE = re.compile(rf"\b{BE}(?:\s(?:also|later|then|once|[a-z]{{2,20}}ly))?$")
# A noun right before a participle that it heads ("a pattern described by ... as"): a lower-case word that is no
# pronoun, verb form or function word.
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w’'\-])(?:a|an|the|its|his|her|their|this|that)\s(?:[a-z][\w\-]{1,20}\s){0,2}[a-z][\w\-]{1,20}\s?$")
# "was told by Ann Lee that ..." (or "of" and what was told): the one who told, after "by".
_PASSIVE_TELLER = re.compile(rf"\s{{1,3}}by\s(?P<agent>(?:the\s)?{NAME})(?=\s{{1,3}}(?:that|of)\b)")
_OF_AFTER = re.compile(r"\s{1,3}of(?=\s)")
_TOLD_LEMMAS = frozenset({"tell", "inform", "warn", "assure", "advise", "brief"})
_PASSIVE_AGENT = re.compile(rf"\s{{1,3}}by\s(?P<agent>(?:the\s)?{NAME})(?=\s{{1,3}}as\b)")


def _without_frame(body: str, content: Span) -> Span | None:
    """The words before "..., X said" less what only frames the cue: a description in apposition to the
    speaker ("The mayor of Lakeside, Ann Lee, said") and a single adjunct ("In a statement, ...", "Speaking to
    reporters, ..."); None when nothing else is left."""
    start, end = content
    last_comma = body.rfind(",", start, end)
    if _role_phrase(body, (last_comma + 1 if last_comma >= 0 else start, end)):
        if last_comma < 0:
            return None
        start, end = trim(body, (start, last_comma))
    segments = [segment.split() for segment in body[start:end].lower().split(",")]
    if all(segment and _frame_segment(segment) for segment in segments):
        return None  # (each part a frame: "However, earlier this year, Ann Lee said")
    return start, end


def _apposition_head(body: str, content: Span, subject: Span, verb: Span) -> bool:
    """The words before "..., Ann Lee, said" are a noun phrase that the name stands in apposition to ("The judge
    presiding over the case, Ann Lee, said", "One of the port's vice presidents, Ann Lee, also commented"): the
    name closes with a comma before its verb, and the words before it hold no comma and no verb."""
    if _NAME_CLOSED.fullmatch(body, subject[1], verb[0]) is None or body.find(",", content[0], content[1]) >= 0:
        return False
    return not any(_verb_like(word) for word in _ROLE_PHRASE_WORD.findall(body, content[0], content[1]))


# The comma closing a name in apposition, maybe with adverbs before the verb: ", also", ", later publicly".
_NAME_CLOSED = re.compile(r"\s*,(?:\s+(?:also|later|then|again|[a-z]{2,20}ly))*\s*")


def _verb_like(word: str) -> bool:
    """A word that may be a clause's verb: an auxiliary, a negation, a past form ("-ed" or a common irregular one),
    or a pronoun with a contracted auxiliary ("it's")."""
    folded = word.lower()
    return (
        folded in _FINITE
        or folded in _IRREGULAR_PAST
        or len(folded) > 4 and folded.endswith("ed")
        or folded.endswith(("n't", "n’t"))
        or _CONTRACTED_PRONOUN.fullmatch(word) is not None
    )


_IRREGULAR_PAST = frozenset(
    """said went made took came gave found told saw became began fell rose left met won lost ran held kept brought
    thought got put set cut hit led paid sold spent stood struck broke chose drove flew grew knew wrote spoke stole
    threw wore fled fought built sent felt meant sought caught taught sat sank shot""".split()
)


_ROLE_PHRASE_WORD = re.compile(r"[\w’'.\-]+")


def _role_phrase(body: str, span: Span) -> bool:
    """A noun phrase that only describes a person: a role noun with articles, names and linking words
    ("A member of the Harbour Council", "the port director of Lakeside"), and at most three other words, none a
    verb."""
    words = _ROLE_PHRASE_WORD.findall(body, span[0], span[1])
    if not 2 <= len(words) <= 12 or not _describes(body, span):
        return False
    heads = _heads()
    others = [
        word
        for word in words
        if not (word[:1].isupper() or word.lower() in FUNCTION_WORDS or word.lower() in heads or word.endswith(("’s", "'s")))
    ]
    if len(others) > 3 or any(word in _FINITE or word.endswith(("ed", "ing")) for word in others):
        return False
    # the role comes before any preposition: "The ferry left on Monday with senior officials" is a clause
    for word in words:
        lowered = word.lower()
        if lowered in heads or lowered.endswith("s") and lowered[:-1] in heads:
            return True
        if lowered in _ROLE_PREPOSITIONS:
            return False
    return False


_ROLE_PREPOSITIONS = frozenset("of for at with on in from by to".split())
