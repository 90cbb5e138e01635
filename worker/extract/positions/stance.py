"""The stance one clause takes: ``stancetaking`` (a trigger in its scope used as a verb, with its modality
and negation, "no ... without X", deontic and evaluative predicates, good or bad effects; and the many clauses that
look like a stance and take none: news announced, ceremonies, ordeals, praise of a person, a rule's subject, ...),
``evaluative_stancetaking`` (the balance of a speaker's evaluative words where no trigger stands), and the records
they make: ``Stancetaking``, and ``Candidate`` (a stance with its actor and issue, before the merge).

Functions of a clause's text alone: they know nothing of speakers, quotes or the article, which is why both the quote
path (``quotes``) and the statement path (``statements``) ask them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from worker.extract import caseless
from worker.extract.lexicon import evaluative_phrases, person_nouns
from worker.extract.memo import WordMemo
from worker.extract.names import BE, BE_INFLECTED_FORMS, MONTH, WEEKDAY, opening_with_first_letters
from worker.extract.positions.matching import (
    _ASCII_CASE_TWINS,
    _TOKEN,
    _WordStarts,
    _alternatives,
    _may_contain,
    _next_word_openings,
    _token_starts,
    _tokenised,
    _word_openings,
)
from worker.extract.positions.triggers import (
    BAD_EFFECTS,
    DEMAND_TRIGGERS,
    GOOD_EFFECTS,
    NEGATIVE_ADJECTIVES,
    OBLIGATION_TRIGGERS,
    OPPOSE_TRIGGERS,
    POSITIVE_ADJECTIVES,
    SUPPORT_TRIGGERS,
    _ARTICLE,
    _COPULA,
    _COPULA_WORDS,
    _COURTESY,
    _DEGREE,
    _DEONTIC_ADJECTIVES,
)
from worker.extract.taxonomy import by_first_letter
from worker.models import Actor, Issue, Modality, Quote, Stance

# "\b(?:not|no|never|cannot|neither|nor|nobody|nothing)\b|n['’]t\b", written to open with the class of its first
# letters, the word boundary before a word tested by a look-behind after its first letter and the alternatives in the
# same order behind look-behinds for that letter: a pattern that opens with "\b" gives the engine nothing to skip to,
# so it was entered at every character of a clause (as are _HEDGE and _INTENT, written so too).
_NEGATION = caseless.compile(
    r"[nc](?:(?<!\w.)(?:(?<=n)(?:ot|o|ever|either|or|obody|othing)|(?<=c)annot)\b|(?<=n)['’]t\b)", re.IGNORECASE
)
# "no talks without X", "cannot have talks without X": the actor insists X take part.
_NO_WITHOUT = caseless.compile(r"\b(?:no|not|cannot|can['’]t|never)\b[^.;]{0,80}?\bwithout\b", re.IGNORECASE)


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


# A trigger word right before an auxiliary is a noun, the subject of what follows: "the wage demands were
# unrealistic", "their support is welcome". Verbs (other than modals) are not followed by an auxiliary.
# After a determiner or a preposition, a trigger word is a noun too: "the court must hear the appeal", "abortion
# on demand".
# The patterns below, and those of the package's other modules, that open with opening_with_first_letters(...) were
# written "\b(?:...)" (their word-bound forms are in the property test of tests/extract/test_positions.py): the engine
# now skips to their words' first letters.
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
# no stance on an issue (an appointment to a public office is one: "appoint" among triggers.SUPPORT_TRIGGERS).
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


# An attitude or a hasty reading warned against ("cautioned against [an excess of optimism]", "warned against
# complacency", "against drawing conclusions"): advice on how to take the news, no stance on an issue.
_AGAINST_ATTITUDE = caseless.compile(
    r"\s*(?:(?:an?|any|the|undue|excessive|too\s+much)\s+)?(?:(?:excess|amount|degree)\s+of\s+)?(?:optimism|pessimism|"
    r"complacency|panic|alarm|speculation|speculating|overreact(?:ing|ion)|(?:drawing|jumping\s+to|reaching)\s+"
    r"(?:[\w-]+\s+)?conclusions|reading\s+too\s+much)\b",
    re.IGNORECASE,
)
