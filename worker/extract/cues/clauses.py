"""What a sentence's cues become together: cues coordinated with a later one end at it, a cue inside
another's content reports nothing of its own, a parenthetical cue's clause goes on after it ("Some left, he said,
but most stayed") or is one clause it interrupts, and where a clause starts after a quotation.

Apart because these rules look at all the cues of a sentence at once, after each was found alone.
"""

from __future__ import annotations

import re

from worker.extract.cues.content import (
    _FRONTED_SUBORDINATE,
    _NOT_CONTINUING,
    _UNREALISED,
    _before_semicolon,
    _next_stop,
    _past_adjuncts,
)
from worker.extract.cues.model import Cue, NON_REPORTING, _AUXILIARY, _DIRECTIVE_LEMMAS, _MAX_CONTENT, _nonempty
from worker.extract.cues.subjects import _NAME_CONNECTORS
from worker.extract.cues.verb_cue import _TO_GERUND_LEMMAS, _role_phrase
from worker.extract.cues.verbs import _CLAIM_LEMMA_END
from worker.extract.names import NAME
from worker.extract.quotes import QuoteSpan
from worker.extract.text import Span, trim


def _sentence_cues(body: str, cues: list[Cue]) -> list[Cue]:
    return _without_nested_content(body, _ending_at_coordinated_cues(body, cues))


# A coordinator right before the subject of a later cue: "X says ..., but Lee says ...", "... and several said".
_COORDINATOR_BEFORE = re.compile(
    r"(?:[,;”\"]?\s{1,3}(?:but|and|while|whereas)|[;:]|,\s{1,3}(?:which|who))\s{1,3}(?:(?:[Tt]he|[Aa]n?)\s)?$"
)  # (the article of the later subject: "..., but the union says ...")


_COMMA_BEFORE = re.compile(r",\s{1,3}(?:(?:[Tt]he|[Aa]n?)\s)?$")
_DETERMINER_BEFORE_SUBJECT = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s)?")


def _ending_at_coordinated_cues(body: str, cues: list[Cue]) -> list[Cue]:
    """Reported content ends where a clause coordinated with it brings a speaker of its own ("Officials say
    the line is safe, but Ann Lee says it is not", "..., which she said ..."): the second speaker's words are no
    part of the first's. "According to the agency, the minister said ..." (or "..., the minister, Ann Lee, said")
    reports the minister's words only."""
    cut = []
    for index, cue in enumerate(cues):
        if cue.content is not None and not cue.content_before:
            content_subject_end = _DETERMINER_BEFORE_SUBJECT.match(body, cue.content[0]).end()
            for number, later in enumerate(cues[index + 1 :], index + 1):
                # a later verb sharing this cue's subject ("said “...” and added") or an earlier one's ("said he
                # did X but denied Y") starts its own clause at the verb
                shared = later.subject is not None and any(other.subject == later.subject for other in cues[index + 1 : number])
                start = later.subject[0] if later.subject and later.subject[0] > cue.verb[0] and not shared else later.verb[0]
                if cue.lemma == "according to" and later.content is None and _keeps_object(body, later):
                    continue  # "According to X, the group maintains a database of ...": no speech, X's content stays
                described = later.subject and _role_phrase(body, trim(body, (cue.content[0], start)))
                if cue.lemma == "according to" and later.subject and (cue.content[0] <= start <= content_subject_end or described):
                    cue = Cue(cue.verb, cue.lemma, cue.subject, None, False, cue.sentence)
                    break
                if cue.content[0] < start < cue.content[1]:
                    coordinator = _COORDINATOR_BEFORE.search(body, max(cue.content[0], start - 16), start)
                    introduces = coordinator is None and later.subject is not None and body.startswith(":", later.verb[1])
                    if introduces:
                        # "..., al-Shabaab said: “...”": a cue introducing a quotation opens a clause of its own
                        coordinator = _COMMA_BEFORE.search(body, max(cue.content[0], start - 8), start)
                    if coordinator is not None:
                        content = _nonempty(trim(body, (cue.content[0], coordinator.start())))
                        if introduces and content and " " not in body[content[0] : content[1]]:
                            content = None  # "a statement claiming responsibility, X said: “...”": an object
                        cue = Cue(cue.verb, cue.lemma, cue.subject, content, False, cue.sentence)
                        break
        cut.append(cue)
    return cut


# "maintains" before a determined object that is no stance held ("maintains a database", "maintained offices in"):
# keeping a thing, no speech ("maintains its innocence", "maintained that ..." are said).
_KEPT_OBJECT = re.compile(
    r"\s(?:an?|the|its|their|his|her|our|several|two|three|many|some)\s(?!(?:[\w\-]+\s){0,2}?"
    r"(?:innocence|position|stance|view|views|belief|claim|claims|denial|silence|opposition|support|line|account)\b)"
)


def _keeps_object(body: str, later: Cue) -> bool:
    """Whether the cue ``later`` is "maintain" with an object it keeps, no words it holds (no quotation after it)."""
    return later.lemma == "maintain" and _KEPT_OBJECT.match(body, later.verb[1], later.sentence[1]) is not None


# Quoted words a clause runs into ("sang along “like a choir,”"): a lower-case start after a word.
_RUNS_INTO_QUOTE = re.compile(r"[\w,’'][ \t]{1,2}[\"“‘'][a-z]")


# A subject's phrase up to quoted words inside its apposition or relative clause: "Ann Lee, who called the plan “",
# "The mayor, author of “", "Omar Ruiz, who passed the exam known as “".
_APPOSITION_TO_QUOTE = re.compile(
    rf"\s*(?:{NAME}|(?:[Tt]he|[Aa]n?)\s[\w’'\-]{{1,25}}(?:\s[\w’'\-]{{1,25}}){{0,3}}),\s"
    r"(?:who|whose|which|(?:a|an|the|his|her|its|their)|[a-z][\w\-]{1,20}\s(?:of|at|for))\s(?:[^,;:.!?“”\"]{0,80}[ \t])?"
)
# The rest of that apposition after the quoted words, up to the comma before the subject's verb: "”, said", "” won
# the prize, said".
_APPOSITION_AFTER_QUOTE = re.compile(r"(?:\s[^,;:.!?“”\"]{1,60})?,\s{1,3}")


def _quoted_in_apposition(body: str, quote: QuoteSpan, verb_start: int, start: int) -> bool:
    """Quoted words stand inside the apposition or relative clause of the subject of the verb at ``verb_start``
    ("Ann Lee, who called the plan “a disaster”, said ..."): the clause of the verb begins before them, at ``start``."""
    if quote.close_mark is None or not start <= quote.open_mark:
        return False
    return (
        _APPOSITION_AFTER_QUOTE.fullmatch(body, quote.close_mark + 1, verb_start) is not None
        and _APPOSITION_TO_QUOTE.fullmatch(body, start, quote.open_mark) is not None
    )


# What stands between a quotation and a verb coordinated with the one before it ("shouted “...” and said").
_AND_AFTER_QUOTE = (" and then ", " and ")


def _clause_start_after(body: str, quotes: list[QuoteSpan], index: int, closes: list[int]) -> int:
    """Where the clause before a cue begins: after the last quotation before it, unless the clause runs into
    that quotation (a mixed quote, "the fans sang along “like a choir,” she said"), whose clause then
    begins after the quotation before it."""
    quote = quotes[index]
    if quote.close_mark is not None and _RUNS_INTO_QUOTE.match(body, max(0, quote.open_mark - 2)) and quote.open_mark >= 2:
        return closes[index - 1] + 1 if index > 0 else 0
    return closes[index] + 1


_SUBORDINATE_AFTER_AND = re.compile(r"(?:and|but)\s(?:as|while|when|because|after|before|since|if|although|though)\b")
_PARTITIVE_RELATIVE = re.compile(r"[\w’']{1,20}\s(?:of\s)?(?:whom|which)\b")
_CONTINUATION = re.compile(r",\s{1,3}(?P<first>[A-Za-z0-9’'$]{1,20})\b")


def _continuation(body: str, cue: Cue, sentence: Span) -> Span | None:
    """The content a parenthetical cue leaves after itself: "Some left early, he said, but most stayed" reports
    both halves. Only for a cue whose content came before it."""
    if not cue.content_before or cue.subject is None:
        return None  # (a cue whose words before it only framed it may still go on: "In the wake of it, she said, ...")
    if cue.lemma == "according to":
        # "The levy was, according to Ann Lee of the Harbour Board, a mistake": the clause goes on after the source.
        source_end = _REST_OF_SOURCE.match(body, cue.subject[1], sentence[1])
        start = source_end.end() if source_end else cue.subject[1]
    elif cue.subject[0] > cue.verb[0] and cue.content is not None and _FRONTED_SUBORDINATE.match(body, cue.content[0]):
        start = cue.subject[1]  # "Because X, says the study, Y": a clause that opens with a subordinator goes on
    elif cue.subject[0] > cue.verb[0]:
        return None  # "..., said Ann Lee, chief of ...": what follows a name is an apposition
    else:
        start = _past_adjuncts(body, cue.verb[1], sentence[1])
    comma = _CONTINUATION.match(body, start, sentence[1])
    if comma is None or _next_stop(body, sentence, comma.start() - 1) == comma.start():
        return None  # "..., he said, adding that ...": the participle has a cue of its own
    first = comma.group("first").lower()
    if first in _NOT_CONTINUING or _participle(first):
        return None  # "..., he said, raising fears of ...": a participle is the narrator's adjunct
    if first in _ZONE_FIRST and _TIME_ZONE.match(body, comma.start("first")):
        return None  # "..., police reported Friday morning, local time (UTC+9).": the time of the report's adjunct
    if _PARTITIVE_RELATIVE.match(body, comma.start("first")):
        return None  # "..., according to officials, some of whom were hurt": a relative clause
    if _SUBORDINATE_AFTER_AND.match(body, comma.start("first")):
        return None  # "..., sources said, and as staff worry about cuts": the narrator's clause
    end = min(sentence[1], comma.start("first") + _MAX_CONTENT, _next_stop(body, sentence, comma.start("first")))
    end = _before_semicolon(body, comma.start("first"), end)
    found = trim(body, (comma.start("first"), end), " \t\n,;:–—-")
    while found[1] > found[0] and body[found[1] - 1] in ".!?":
        found = (found[0], found[1] - 1)
    words = body[found[0] : found[1]].split()
    if all(word[:1].isupper() or word[:1] == "(" or word in _NAME_CONNECTORS for word in words):
        return None  # "according to the Institute of Ports, Docks and Harbours": the name had a comma in it
    return found if len(words) >= 3 else None


# A time zone after a cue's time adjunct ("said Friday morning, local time", "..., Eastern Standard Time"): the
# zone's first word (lower case) guards the pattern.
_ZONE_FIRST = frozenset("local utc gmt eastern central pacific mountain atlantic british western".split())
_TIME_ZONE = re.compile(r"(?:[Ll]ocal\stime|UTC|GMT|[A-Z][a-z]{3,9}\s(?:(?:Standard|Daylight|Summer)\s)?Time)\b")
# The rest of a source's name up to the comma that closes "according to ...,".
_REST_OF_SOURCE = re.compile(r"[^,;:.!?\"“”()]{0,60}(?=,)")


# An auxiliary or copula (after an adverb maybe) opening the words after a parenthetical cue: they are the predicate
# of the words before it ("The pier, he said, is safe"); a lexical verb is not looked for ("..., he said, left").
_PREDICATE_OPENING = re.compile(rf"(?:(?:also|still|now|not|never|already)\s)?{_AUXILIARY}(?![\w’'])")
# An auxiliary or copula closing the words before a parenthetical cue, whose clause goes on after it ("One guest
# was, according to X, among the injured", "they had, he says, paid the smugglers").
_AUXILIARY_ENDING = re.compile(rf"(?<![\w’']){_AUXILIARY}(?:\s(?:not|also|still|never))?\s?,?\s*$")


def _interrupted_clause(body: str, cue: Cue, continued: Span | None, clause_start: int) -> Span | None:
    """The whole clause when a parenthetical cue splits one clause in two: the words before it end with an
    auxiliary ("One guest was, according to X, among the injured"), or those after it open with one ("The
    bridge, the engineer said, is too old to repair"). Two clauses ("Some left, he said, but most stayed") stay apart."""
    if continued is not None and cue.content_before:
        before = cue.content
        if before is None and cue.lemma == "according to" and _AUXILIARY_ENDING.search(body, clause_start, cue.verb[0]):
            before = trim(body, (clause_start, cue.verb[0]))  # (such a cue kept no content before it)
        after = continued
    elif cue.lemma == "according to" and cue.content is not None and not cue.content_before and cue.content[0] > cue.verb[0]:
        before = trim(body, (clause_start, cue.verb[0]))  # "The bridge, according to X, is ...": a subject too short
        if not body.startswith(",", before[1]):
            return None
        after = cue.content
    else:
        return None
    if before is None or before[1] <= before[0] or _FRONTED_SUBORDINATE.match(body, before[0]):
        return None
    if _AUXILIARY_ENDING.search(body, before[0], before[1]) or _PREDICATE_OPENING.match(body, after[0], after[1]):
        return (before[0], after[1])
    return None


def _participle(word: str) -> bool:
    """An -ing form ("raising", "citing"), not a pronoun ending like it ("nothing", "something")."""
    return len(word) > 5 and word.endswith("ing") and not word.endswith("thing")


def _silent(body: str, cue: Cue) -> bool:
    """A cue of a naming or asking verb ("call", "ask") whose words quote nobody: "A mother called the police"."""
    return cue.lemma in NON_REPORTING and (cue.content is None or _QUOTE_MARK.search(body, *cue.content) is None)


_QUOTE_MARK = re.compile(r"[“”\"]")


def _unrealised(body: str, cue: Cue) -> bool:
    """A cue of speech foretold, possible or denied ("will argue", "has not confirmed"), which reports nothing."""
    return cue.content is None and _UNREALISED.search(body, max(cue.sentence[0], cue.verb[0] - 40), cue.verb[0]) is not None


def _without_nested_content(body: str, cues: list[Cue]) -> list[Cue]:
    """"CONTENT, Reuters reported" reports no speech of its own when CONTENT holds another speaker's cue. A
    request inside CONTENT ("..., and the board asked staff to wait, according to sources") is an act that the
    later source reports, as is an admission ("Ann Lee has admitted to taking the keys, according to police"): the
    request or admission is then no quote of its own."""
    kept = []
    for index, cue in enumerate(cues):
        if cue.content_before and cue.content and index > 0 and cues[index - 1].verb[0] >= cue.content[0]:
            # (a naming or asking verb with nothing reported is no speech: "A mother called the police ..., according to X")
            # (nor is speech foretold or denied, which reports nothing: "The union will argue for a raise, Ann Lee said")
            nested = [
                at for at in range(index)
                if cues[at].verb[0] >= cue.content[0] and not _silent(body, cues[at]) and not _unrealised(body, cues[at])
            ]
            if all(cues[at].lemma in _DIRECTIVE_LEMMAS or cues[at].lemma in _TO_GERUND_LEMMAS for at in nested):
                for at in nested:
                    kept[at] = Cue(kept[at].verb, kept[at].lemma, kept[at].subject, None, False, kept[at].sentence)
            else:
                cue = Cue(cue.verb, cue.lemma, cue.subject, None, True, cue.sentence)
        if cue.lemma.endswith(_CLAIM_LEMMA_END) and cue.content and any(
            cue.content[0] <= later.verb[0] < cue.content[1] and later.subject is not None for later in cues[index + 1 :]
        ):
            # "The accusation against Ann Lee is that she said ...": what the speaker inside said is the report
            cue = Cue(cue.verb, cue.lemma, cue.subject, None, False, cue.sentence)
        kept.append(cue)
    return kept
