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

The stage is a package, one module per concern, each importing only the ones listed before it: ``matching`` (fast
pre-checks and a clause's shared tokens), ``triggers`` (the stance lexicons), ``stance`` (the stance of one clause),
``issues`` (the issue it is on, and the article's topic), ``speakers`` (who holds it, and where the actors are
named), ``quotes`` (candidates from quotes), ``described`` (stances stated about an actor), ``statements``
(candidates from the narrator's sentences) and ``merge`` (from candidates to positions). ``find_positions`` below
composes them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, partial
from typing import NamedTuple

from worker.extract.positions.issues import _topic
from worker.extract.positions.matching import _sentence_around
from worker.extract.positions.merge import (
    _groups_taking_positions,
    _join_consecutive,
    _most_specific,
    _one_per_sentence,
    _position,
    _statement,
    _without_repeated_descriptions,
    _without_reported_acts,
    _words,
)
from worker.extract.positions.quotes import _accusation, _blaming, _expressed, _quote_candidates, _reported, _reporters
from worker.extract.positions.speakers import (
    _PRONOUN_IN_NAME,
    _Speakers,
    _co_speakers,
    _fuller_organisations,
    _mention_names,
    _occurrences,
    _they_listed,
)
from worker.extract.positions.stance import Candidate
from worker.extract.positions.statements import _statement_candidates
from worker.extract.taxonomy import Taxonomy
from worker.extract.text import Span, sentences, within
from worker.models import Actor, Position, Quote


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


class Stances(NamedTuple):
    positions: list[Position]
    groups: list[Actor]  # unnamed groups that take positions ("a number of senators"), not among the actors given
