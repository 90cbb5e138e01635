"""Interviews printed as questions and answers: which paragraphs are the interviewer's questions and which the
interviewee's answers.

A Q&A layout shows in the article's structure: paragraphs open with a short label and a colon ("WN: ...",
"Ann Lee: ...", "AL: ...") or a label in double brackets ("((WN)) ..."), and one label (or a few: "Interviewer",
then its initials) opens paragraphs that are mostly questions, at least three of them. That label is the
interviewer's; a label that opens the paragraph answering a question is the interviewee's. An answer runs from
its label over the unlabelled paragraphs after it, up to the next label; so does a question. Labels that
introduce no questions (a wire story's "KEEPING SCORE:" sections) make no layout.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from worker.extract.actors import Cast, normalise
from worker.extract.attribution import Attributed
from worker.extract.text import Span
from worker.models import Actor, Mention

# "((WN))", "((Ann Lee)) :" — a label in double brackets, with or without a colon after it.
_BRACKET_LABEL = re.compile(r"\(\([^\S\n]*([^()\n]{1,40}?)[^\S\n]*\)\)[^\S\n]*(?::[^\S\n]*)?")
# "WN: ", "Ann Lee: ", "A. N. Lee: ", "Q: " — one to four capitalised words or initials and a colon. A period
# only ends a word ("Amash.Image:" in a caption is no label).
_LABEL_WORD = r"(?:[A-Z][\w’'\-]{0,30}\.?|(?:[A-Z]\.){2,4})"
_COLON_LABEL = re.compile(rf"({_LABEL_WORD}(?:[^\S\n]{_LABEL_WORD}){{0,3}})[^\S\n]*:[^\S\n]+")
# A paragraph that opens with the colon of a label the page lost (": Why are you running?").
_LOST_LABEL = re.compile(r":[^\S\n]+")
# A line that ends an answer without a label: a pull quote's attribution ("—Ann Lee").
_ATTRIBUTION_LINE = re.compile(r"[—–-]{1,2}[^\S\n]*[A-Z]")
_MIN_QUESTIONS = 3


@dataclass(frozen=True)
class Turn:
    """One question or answer: its label's span and text, and the span of what is said after the label."""

    label: Span
    name: str
    span: Span


@dataclass(frozen=True)
class Interview:
    """The questions and answers of an article printed as an interview (both empty when it is none)."""

    questions: list[Turn]
    answers: list[Turn]

    @property
    def interviewer_labels(self) -> list[Span]:
        """The spans of the labels that open the questions ("((WN))", "Q: "), which name no actor (an empty span
        left out)."""
        return [turn.label for turn in self.questions if turn.label[1] > turn.label[0]]

    def without_labels(self, paragraphs: list[Span]) -> list[Span]:
        """``paragraphs`` with the questions' and answers' labels cut off their starts."""
        if not self.questions:
            return paragraphs
        labels = sorted(turn.label for turn in self.questions + self.answers)
        starts = [start for start, _ in labels]
        cut = []
        for start, end in paragraphs:
            index = bisect_left(starts, start)
            inside = index < len(labels) and labels[index][0] < end
            cut.append((labels[index][1], end) if inside else (start, end))
        return cut


NO_INTERVIEW = Interview([], [])


def _paragraph_label(body: str, paragraph: Span) -> tuple[Span, str] | None:
    """The label that opens ``paragraph`` after its blanks, with the text it names ("WN" of "WN: ", "Ann Lee" of
    "((Ann Lee)) :"), or, where the page lost the label and only its colon is left, the colon's span and "";
    None for a paragraph that opens with no label."""
    start, end = _after_blanks(body, paragraph), paragraph[1]
    found = _BRACKET_LABEL.match(body, start, end) or _COLON_LABEL.match(body, start, end)
    if found is not None:
        return found.span(), found.group(1)
    lost = _LOST_LABEL.match(body, start, end)
    return (lost.span(), "") if lost is not None else None


def _after_blanks(body: str, paragraph: Span) -> int:
    """Where ``paragraph``'s text starts after the spaces and tabs that open it (its end if it is all blank)."""
    start, end = paragraph
    while start < end and body[start] in " \t":
        start += 1
    return start


def find_interview(body: str, paragraphs: Sequence[Span]) -> Interview:
    """The interview's questions and answers, in body order, if the article is laid out as one."""
    labelled: list[tuple[int, Span, str]] = []  # (paragraph index, label span, label key)
    for index, paragraph in enumerate(paragraphs):
        label = _paragraph_label(body, paragraph)
        if label is not None:
            labelled.append((index, label[0], normalise(label[1])))
    if len(labelled) < _MIN_QUESTIONS:
        return NO_INTERVIEW
    counts: dict[str, list[int]] = {}  # label key -> [paragraphs, questions]
    for index, label, key in labelled:
        tally = counts.setdefault(key, [0, 0])
        tally[0] += 1
        tally[1] += "?" in body[label[1] : paragraphs[index][1]]
    asking = {key for key, (total, questions) in counts.items() if questions and 2 * questions >= total}
    if sum(counts[key][1] for key in asking) < _MIN_QUESTIONS or max(counts[key][0] for key in asking) < 2:
        return NO_INTERVIEW
    answering: set[str] = set()
    for (_, _, key), (_, _, following) in zip(labelled, labelled[1:]):
        if key in asking and following not in asking and following:
            answering.add(following)
    if not answering and not any(asking):
        return NO_INTERVIEW  # only lost labels: no label names a side
    names = _answering_names(body, labelled, answering)
    questions: list[Turn] = []
    answers: list[Turn] = []
    bounds = [index for index, _, _ in labelled] + [len(paragraphs)]
    for (index, label, key), bound in zip(labelled, bounds[1:]):
        if key not in asking and key not in answering:
            continue
        last = index
        while last + 1 < bound and not _ends_turn(body, paragraphs[last + 1], names):
            last += 1
        start = label[1]
        if start >= paragraphs[last][1]:
            continue  # a label with nothing after it (the page lost the answer)
        turn = Turn(label, body[label[0] : label[1]], (start, paragraphs[last][1]))
        (questions if key in asking else answers).append(turn)
    return Interview(questions, answers)


def _answering_names(body: str, labelled: list[tuple[int, Span, str]], answering: set[str]) -> tuple[str, ...]:
    """The names the interviewee's labels hold, and their last words (a surname), as a paragraph may open."""
    names: set[str] = set()
    for _, label, key in labelled:
        name = label_name(body[label[0] : label[1]])
        if key in answering and " " in name:
            names.update((name + " ", name.split()[-1] + " "))
    return tuple(names)


def _ends_turn(body: str, paragraph: Span, names: tuple[str, ...]) -> bool:
    """An unlabelled paragraph that is no part of the turn before it: a pull quote's attribution line, or the
    writer's narration about the interviewee ("Ann Lee also spoke about ...")."""
    start = _after_blanks(body, paragraph)
    return bool(_ATTRIBUTION_LINE.match(body, start, paragraph[1])) or body.startswith(names, start, paragraph[1])


def label_name(label: str) -> str:
    """The name a label holds: "((Ann Lee)) :" and "Ann Lee: " give "Ann Lee"."""
    return label.strip(" \t:").removeprefix("((").removesuffix("))").strip()


def speakers(cast: Cast, answers: Sequence[Turn]) -> list[tuple[str, Actor | None] | None]:
    """Who gives each answer: the person its label names (by full name, surname or initials), in the fullest form
    the article uses, else a label of two or more capitalised words as it stands; a label that names no one ("A")
    stands for the one interviewee the other labels name, if there is one."""
    by_label = {turn.name: _named(cast, label_name(turn.name)) for turn in answers}
    named = {found[0]: found for found in by_label.values() if found is not None}
    only = next(iter(named.values())) if len(named) == 1 else None
    return [by_label[turn.name] or only for turn in answers]


def interviewee(body: str, cast: Cast, interview: Interview) -> tuple[str, Actor | None] | None:
    """Whom the questions' "you" addresses: the one person who answers, if the answers name exactly one; when the
    page lost the answers' labels, the person the introduction says answered ("X answered questions", "X spoke
    with ...", "With the paper, X discusses ...")."""
    found = {speaker[0]: speaker for speaker in speakers(cast, interview.answers) if speaker is not None}
    if found or not interview.questions:
        return next(iter(found.values())) if len(found) == 1 else None
    intro_end = interview.questions[0].label[0]
    answering: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for start, end, actor in cast.mentions:
        if start >= intro_end:
            break
        if actor.type == "person" and _ANSWERED.match(body, end, intro_end):
            answering[actor.id] = answering.get(actor.id, 0) + 1
            actors[actor.id] = actor
    if not answering:
        return None
    best = max(actors.values(), key=lambda actor: (answering[actor.id], actor.mention_count))
    return best.name, best


# What an interview's introduction says its interviewee did, after their name (and where they are from, and an
# apposition: "Ann Lee of Lakeside, the party's nominee, answered ...").
_ANSWERED = re.compile(
    r"(?:\s(?:of|from)\s[^,.\n]{1,60}?)?(?:,[^.\n]{1,120}?,)?\s(?:answered|spoke\s(?:with|to)|talked\s(?:with|to)|discuss(?:es|ed)|took\s(?:some\s)?time\sto\sanswer)\b"
)


def _named(cast: Cast, name: str) -> tuple[str, Actor | None] | None:
    actor = cast.actor_named(name)
    if actor is not None and actor.type == "person":
        return actor.name, actor
    initials = name.replace(".", "")
    if 2 <= len(initials) <= 4 and initials.isupper():
        matching = [actor for actor in cast.actors if actor.type == "person" and _initials(actor.name) == initials]
        if len(matching) == 1:
            return matching[0].name, matching[0]
    words = name.split()
    if len(words) >= 2 and all(word[:1].isupper() for word in words):
        return name, None
    return None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def answer_quotes(body: str, interview: Interview, cast: Cast) -> list[Attributed]:
    """Each answer as one direct quote of whoever gives it: the interviewee's own words, verbatim; quotation
    marks inside it are the interviewee's quoting, part of the answer."""
    quotes = []
    for turn, speaker in zip(interview.answers, speakers(cast, interview.answers)):
        start, end = turn.span
        while end > start and body[end - 1].isspace():
            end -= 1
        if speaker is None:
            quotes.append(Attributed("direct", (start, end), None, None, None, None, 0.4))
            continue
        name = label_name(turn.name)
        at = body.find(name, *turn.label) if name else -1
        mention = Mention(text=name, start=at, end=at + len(name)) if at >= 0 else None
        quotes.append(Attributed("direct", (start, end), None, speaker[0], speaker[1], mention, 0.8))
    return quotes
