"""From candidates to positions: consecutive clauses of one quote joined (``_join_consecutive``), a speaker's
stance that reports another's act dropped, one position per actor, issue and stance per statement (``_statement``)
and per sentence, the narrowest issue kept where a broader one covers it (``_most_specific``), the ``Position``
models built with their evidence (``_position``), and the group actors the positions found
(``_groups_taking_positions``).

Rules over candidates, not over text: apart from where the candidates are found, so that the counting conventions
(one stance per statement, as the annotation counts) stand in one place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from worker.extract.ids import stable_id
from worker.extract.positions.speakers import _WORD
from worker.extract.positions.stance import Candidate
from worker.extract.taxonomy import Taxonomy
from worker.extract.text import Span
from worker.models import Actor, Evidence, Position


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
