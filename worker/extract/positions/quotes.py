"""Candidates from quotes: each clause of a quote (``_clauses``) read by ``stancetaking``, by the stance a
speech cue lends to reported content without a trigger of its own (``cue_stancetaking``: "warned against X",
"urged voters to reject X") or by ``evaluative_stancetaking``; and what keeps a speaker's words from stating a stance
of theirs: a source that only reports (``_reported``), a stance expressed or a blame that its statement shows instead
(``_expressed``, ``_blaming``), an accusation, another's act told (``_third_party_act``, ``_past_act``,
``_other_named_act``), condolences, tributes and thanks.

The quote path of ``find_positions``: it reads a quote's words and its cue, where ``statements`` reads the
narrator's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from worker.extract import caseless
from worker.extract.lexicon import first_name_genders, role_words, speech_verb_forms
from worker.extract.positions.issues import _coordinated_issues, _issue_for
from worker.extract.positions.matching import _may_contain, _strip
from worker.extract.positions.stance import (
    _ACCOUNTS,
    _AGAINST_ATTITUDE,
    _ANNOUNCED_NEWS,
    _ANNOUNCED_OUTCOME,
    _CANDIDACY,
    _CEREMONY,
    _COURTESY_FORMULA,
    _COURTESY_WORDS,
    _MEETING,
    _MENTAL_DEMAND,
    _NEGATION,
    _PRAISE_STEMS,
    _SEEKING_OFFICE,
    Candidate,
    Stancetaking,
    _compliment,
    _demanded,
    _negated,
    _object_head,
    _praised_person,
    _target_end,
    _verbal,
    evaluative_stancetaking,
    stancetaking,
)
from worker.extract.taxonomy import Taxonomy
from worker.extract.text import sentences
from worker.models import Actor, Issue, Quote

# Coordinated reported clauses are separate propositions: "said X was unrealistic and that Y", "X is
# welcome, but we will not do Y". The breaks ";\s+|,?\s+and that\s+|,?\s+but that\s+|,\s+but\s+" written to open
# with the class of their first characters: the engine skips to a candidate instead of entering the alternation at
# every character (the look-behinds read which of them it was, the alternatives in the same order: ";" opens the
# first; "," the second, fourth and sixth; a space the third and fifth).
_CLAUSE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)\s+|(?<=,)\s+and that\s+|(?<=\s)\s*and that\s+|(?<=,)\s+but that\s+|(?<=\s)\s*but that\s+|(?<=,)\s+but\s+)"
)

# Cues that ask for what they report: "insisted that the budget include X", "asking the council to X".
_DEMAND_CUE = caseless.compile(r"(?:ask|insist|request|plead)(?:s|ed|ing)?$", re.IGNORECASE)
# "insisted (that) she was never pressured": "insist" with a clause in the indicative asserts a claim; only the
# subjunctive or a modal demands ("insisted that the budget include X", "insists the council should vote").
_INSISTING = caseless.compile(r"insist", re.IGNORECASE)
_INDICATIVE_CLAUSE = caseless.compile(
    r"\W*(?:that\s+)?(?:(?!(?:be|should|must|shall|would|will|could|can|may|might|not|to)\b)[\w’'-]+\s+){1,5}?(?:(?:was|were|is|are|had|has|have|did|does)\b|(?-i:[a-z]+ed)\b(?!\s+by\b))",
    re.IGNORECASE,
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


# Reported content that opens with "against", the rest of the cue's phrase: "warned [against raising the tax]",
# "argued [against a basic income]".
_AGAINST_OPENING = caseless.compile(r"\W*against\s+", re.IGNORECASE)
# Reported content that completes a cue of blame: "blamed [the rebels for the attack]".
_BLAMING_CUE = caseless.compile(r"blam(?:e|es|ed|ing)\b", re.IGNORECASE)
_BLAMED_FOR = caseless.compile(r"\W*(?:[\w'’.-]+\s+){1,8}?for\b", re.IGNORECASE)


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


# Verbs that judge their object by what they call it: "called the plan reckless", "described the ruling as a
# victory": the stance is in the evaluative words that follow.
# What a calling verb names someone as, when it is one who holds a stance: "a strong advocate for", "a fierce critic
# of", "the staunchest supporter of". The stance is the one described, not the speaker's own.
_STANCE_HOLDER = caseless.compile(
    r"\W*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:advocate|supporter|champion|defender|proponent|opponent|critic)\s+(?:of|for)\b",
    re.IGNORECASE,
)
_CALLING_VERB = caseless.compile(r"(?:call|describ|label|brand|dubb|characteri[sz]|referr)ed", re.IGNORECASE)
