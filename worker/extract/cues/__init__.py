"""Speech cues: "X said (that) ...", "..., X said", "..., said X", "according to X", "X said: “...”".

A cue is a speech verb (or "according to") with the phrase naming who speaks (the subject) and, when the
sentence reports speech, the span of the reported content. Subjects are pronouns, names (with titles), or a
noun phrase headed by a role or speaker noun ("the NATO chief", "Lakeland officials"). A verb with no such
subject is not a cue, which also tells nouns ("a report") from verbs ("officials report"). All patterns are
applied to bounded windows of one sentence, so the cost is linear in the body length.

The stage is a package, one module per concern, each importing only the ones listed before it: ``model`` (the
``Cue`` and the constants every part shares), ``phrases`` (the noun phrase that ends at a point: names, owners,
heads), ``subjects`` (the subject before a verb: appositions, groups, partitives, frames), ``inverted`` (the subject
after it: "..., said Ann Lee"), ``content`` (the reported content after a verb: its start, stops and end),
``verbs`` (the scan for speech verbs and cue phrases), ``sources`` ("according to" and documents as sources),
``pullquotes`` (signed pull quotes), ``verb_cue`` (the cue of one verb: its subject and content) and ``clauses``
(what a sentence's cues become together: coordinated verbs, parenthetical cues and clauses they interrupt).
``find_cues`` below composes them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from worker.extract.cues.clauses import (
    _AND_AFTER_QUOTE,
    _clause_start_after,
    _continuation,
    _interrupted_clause,
    _quoted_in_apposition,
    _sentence_cues,
)
from worker.extract.cues.content import _FRONTED_SUBORDINATE, _STANCE_OBJECT_LEMMAS
from worker.extract.cues.model import Cue, NON_REPORTING, PRONOUNS, _CONTENT_TRIM, _MAX_VERBS_PER_SENTENCE, _nonempty
from worker.extract.cues.pullquotes import _pull_quotes
from worker.extract.cues.verb_cue import _cue_at
from worker.extract.cues.verbs import _RULING_LEMMAS, _court_ruling, _verbs
from worker.extract.names import BE_FORMS
from worker.extract.quotes import QuoteSpan, is_nickname
from worker.extract.text import Span, opens_with_site_label, trim

__all__ = ["Cue", "NON_REPORTING", "PRONOUNS", "find_cues"]


def find_cues(body: str, sentences: list[Span], quotes: list[QuoteSpan]) -> list[Cue]:
    """Every speech cue outside quotations, sentence by sentence, in body order."""
    quotes = [quote for quote in quotes if not is_nickname(body, quote)]  # ("singer Ann “Annie” Lee told": a name)
    opens = [quote.open_mark for quote in quotes]
    closes = [quote.end if quote.close_mark is None else quote.close_mark for quote in quotes]
    cues: list[Cue] = []
    sentence_cues: list[Cue] = []
    current = -1
    verbs_seen = 0
    for verb in _verbs(body):
        index = bisect_right(sentences, verb[0], key=itemgetter(0)) - 1
        if index < 0 or verb[1] > sentences[index][1]:
            continue
        if index != current:
            cues.extend(_sentence_cues(body, sentence_cues))
            sentence_cues, current, verbs_seen = [], index, 0
        verbs_seen += 1
        if verbs_seen > _MAX_VERBS_PER_SENTENCE:
            continue
        sentence = sentences[index]
        if opens_with_site_label(body, sentence[0], verb[0]):
            continue  # a headline linking to another story ("READ MORE: Minister says ...") reports no speech here
        quote = bisect_right(opens, verb[0]) - 1
        if quote >= 0 and verb[0] <= closes[quote]:
            continue
        clause_start = max(sentence[0], _clause_start_after(body, quotes, quote, closes) if quote >= 0 else 0)
        before_quote = max(sentence[0], closes[quote - 1] + 1 if quote > 0 else 0)
        if quote >= 0 and _quoted_in_apposition(body, quotes[quote], verb[0], before_quote):
            clause_start = before_quote  # "Ann Lee, who called it “a disaster”, said ...": quoted words inside the subject's phrase
        if quote >= 0 and body.startswith(_AND_AFTER_QUOTE, closes[quote] + 1, verb[0]) and verb[0] - closes[quote] <= 11:
            # "Ann Lee shouted “...” and said ...": the verbs share the subject before the quotation
            clause_start = max(sentence[0], closes[quote - 1] + 1 if quote > 0 else 0)
        cue = _cue_at(body, verb, clause_start, sentence, sentence_cues, opens)
        if cue is not None and cue.subject is not None and cue.lemma != "according to" and _UNOWNED_DATA.fullmatch(body, *cue.subject):
            continue  # "The data suggests ...": only data a body is named for speaks ("Lakeland University data indicated")
        if cue is not None and cue.lemma == "refer" and _referred_to_passive(body, cue):
            continue  # "Lee, often referred to as “The Ferryman”": others call Lee so
        if cue is not None and cue.lemma in _RULING_LEMMAS and not _court_ruling(body, cue):
            continue
        if cue is not None and cue.lemma == "recall" and (_DIPLOMAT_RECALLED.match(body, cue.verb[1]) or _COUNT_RECALLED.match(body, cue.verb[1])):
            continue  # "recalled its ambassador over the deal": a state's protest; "recalls 1.2 million batteries": a
            # product recall; no memory told
        if cue is not None and cue.lemma in _STANCE_OBJECT_LEMMAS and cue.content is None:
            continue  # "expressed “deep concern”", "expressed himself": a cue only of the stance it reports
        if cue is not None:
            continued = _continuation(body, cue, sentence)
            if continued is not None and cue.content is not None and _FRONTED_SUBORDINATE.match(body, cue.content[0]):
                # "Although X, the motion reads, Y": the main clause is what is reported, not the clause fronted
                cue = Cue(cue.verb, cue.lemma, cue.subject, None, True, sentence)
            whole = _interrupted_clause(body, cue, continued, clause_start)
            if whole is not None:
                # "The pier, according to Ann Lee, is safe": one clause the cue interrupts is one quote, source and all
                cue, continued = Cue(cue.verb, cue.lemma, cue.subject, whole, True, sentence), None
            sentence_cues.append(cue)
            if continued is not None:
                sentence_cues.append(Cue(cue.verb, cue.lemma, cue.subject, continued, False, sentence))
    cues.extend(_sentence_cues(body, sentence_cues))
    pulled = _pull_quotes(body)
    if not pulled:
        return cues
    for signed in pulled:
        # a cue inside the signed words reports no further than them: "... the union says X. pic.twitter.com/..."
        cues = [
            Cue(cue.verb, cue.lemma, cue.subject, _nonempty(trim(body, (cue.content[0], signed.content[1]), _CONTENT_TRIM)), False, cue.sentence)
            if cue.content and signed.content[0] <= cue.content[0] < signed.content[1] < cue.content[1] else cue
            for cue in cues
        ]
    return sorted(cues + pulled, key=lambda cue: cue.verb[0])


# A diplomat as the object of "recall" ("recalled its ambassador", "recalling the Borovian envoy from Lakeland"): a
# state calls its representative home, in protest or at the end of a posting; what it recalls is no memory it tells.
# Only determiners, a few modifiers and capitalised words stand before the diplomat ("recalled that the envoy had
# left", "recalled her years as ambassador" and "recalled the ambassador's words" stay cues).
_DIPLOMAT_RECALLED = re.compile(
    r"\s(?:(?:its|the|his|her|their|our|two|three|four|several|all|top|senior|[A-Z][\w’'.\-]{0,29})\s){0,3}?"
    r"(?:ambassadors?|envoys?|diplomats?|consuls?(?:-general)?|charg\ws? d['’]affaires|heads? of mission|high commissioners?)"
    r"(?![\w’'\-])"
)


# A count of hundreds or more as the object of "recall" ("recalls 1.2 million batteries", "recalled about 80,000
# cars", "recalling 300 patients"): goods or people called back, no memory told ("recalled 15 years of abuse" stays).
_COUNT_RECALLED = re.compile(
    r"\s(?:(?:about|around|nearly|almost|roughly|some|over|more\sthan|up\sto)\s)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s(?:hundred|thousand|million|billion)|(?:hundreds|thousands|millions)\sof)\b"
)


def _referred_to_passive(body: str, cue: Cue) -> bool:
    """A passive "referred to as" ("Lee, often referred to as ...", "what is referred to as ..."): its subject
    is who or what is named, not who names it; the active "which Lee has referred to as" is a cue."""
    if cue.subject is None or cue.subject[1] > cue.verb[0]:
        return True
    between = body[cue.subject[1] : cue.verb[0]]
    return "," in between or any(word in BE_FORMS for word in between.split())


_UNOWNED_DATA = re.compile(r"(?:[Tt]he\s)?(?:[a-z]{2,20}\s)?data")
