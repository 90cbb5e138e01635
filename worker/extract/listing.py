"""A sentence whose subject lists named actors ("Ann Lee and Omar Ruiz met ...", "Lakeland's minister Ann Lee and
her counterparts, Omar Ruiz and Tom Fisk, gathered ..."), and the "They" opening a later sentence that stands for
them: one reading, used by attribution (the first person listed speaks for the joint statement) and by positions
(each listed actor holds the stance).

Mentions are given by the caller as (start, end, actor) in text order, none inside another (each stage has its own
actors and finds their mentions its own way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from worker.extract.lexicon import person_nouns
from worker.extract.text import Span
from worker.models import Actor

Mentions = Sequence[tuple[int, int, Actor]]

# A sentence opening with "They": it stands for the list, and is skipped when looking back for it.
THEY_OPENING = ("They ", "they ")
# What may stand between the names of a listed subject: "A, B and C", "A and his Greek and French counterparts, B and
# C", "A, the mayor of Dunmere, and B": list words, capitalised words (titles, demonyms) and role words.
_LIST_GAP_WORDS = frozenset(("and", "his", "her", "their", "its", "the", "of", "both"))
_LIST_GAP = re.compile(r"[\w’'.-]+|[^\w\s]")
_COUNTERPARTS = frozenset(("counterpart", "counterparts", "colleague", "colleagues"))
# Unnamed others after the last name: "Ann Lee and her counterparts met ...".
_UNNAMED_OTHERS = re.compile(
    r",?\sand\s(?:his|her|their)\s(?:[\w\-]{1,20},?\s){0,5}?(?:counterparts|colleagues|peers|deputies|aides)\b"
)
# After the listed subject, its verb (maybe after ", respectively," or an apposition's comma): a lower-case word that
# is no list word.
_AFTER_LIST = re.compile(r"(?:,\s*respectively)?,?\s+(?!and\b|or\b|of\b)[a-z]+\b")
# An opening adverbial before the subject: "On Wednesday, ", "Last week, ".
_OPENING_ADVERBIAL = re.compile(r"[^,;]{1,30},\s+")
_LISTED_TYPES = ("person", "organization", "place")
# A type named in a sentence before "They" but outside its list: "they" may stand for it instead.
_THEY_TYPES = ("organization", "group")


def _list_gap(gap: str, first: bool) -> bool:
    """Whether the text before a listed subject's ``first`` name describes it ("Arland's foreign minister"), or the
    text between two of its names holds only list words and descriptions ("and his federal counterpart, "): every
    other lower-case word comes before a role or title that it describes, and none is a verb in "-ed" ("Police
    arrested")."""
    if len(gap) > (60 if first else 80) or (first and "," in gap):
        return False
    nouns, described = person_nouns(), False
    for token in reversed(_LIST_GAP.findall(gap)):
        if not token[0].islower():
            continue
        if token in nouns or token in _COUNTERPARTS:
            described = True
        elif token.endswith("ed") or not (described or (token in _LIST_GAP_WORDS and not first)):
            return False
    return True


def _separates(gap: str) -> bool:
    """Whether the text between two names parts two members of a list (a comma or "and"), not a name and the
    description it opens ("Lakeland minister Ann Lee", "the Harbour Union's leader Ann Lee")."""
    return "," in gap or " and " in gap


def listed_subject(body: str, low: int, high: int, mentions: Mentions) -> list[Actor]:
    """The named actors that the subject of the sentence from ``low`` to ``high`` lists ("A, B and C met", "On
    Monday, A and his counterparts, B and C, respectively, gathered"), two or more, or one with unnamed others ("A
    and her counterparts met", "A and her counterparts, B and C, met" where B and C are no mentions); else an empty
    list. ``mentions`` are the sentence's. A name that only describes the
    next one ("Lakeland minister Ann Lee") is no member."""
    opening = _OPENING_ADVERBIAL.match(body, low, high)
    at = opening.end() if opening else low
    listed: list[Actor] = []
    end, last = at, None
    for mention_start, mention_end, actor in mentions:
        gap = body[end:mention_start]
        # before the first name, its description ("Arland's foreign minister"); between names, list words only
        if not _list_gap(gap, not listed) or (listed and mention_start == end):
            break
        if last is not None and listed and listed[-1] is last and not _separates(gap):
            listed.pop()  # "Lakeland minister Ann Lee": the place describes the name
        if actor.type in _LISTED_TYPES and all(other.id != actor.id for other in listed):
            listed.append(actor)
            last = actor
        else:
            last = None
        end = mention_end
    if len(listed) == 1 and _UNNAMED_OTHERS.match(body, end, high):
        return listed  # "A and her counterparts" (their names may follow as words no mention found)
    if len(listed) == 1 and listed[0].type == "person":
        return _met(body, end, high, mentions, listed[0])
    return listed if len(listed) >= 2 and _AFTER_LIST.match(body, end, high) else []


# A verb of meeting after a person who opens the sentence, then the person met, maybe described ("met Ivo Marsh", "held
# talks with Norland's foreign minister, Ivo Marsh"): the two of them are what a "They" after it stands for.
_MEETING = re.compile(
    r"\s(?:met(?:\swith)?|(?:held|had)\s(?:talks|a\smeeting)\swith|(?:spoke|talked)\swith)\s"
    r"(?:(?:his|her|the)\s)?(?:[\w’'\-]{1,30},?\s){0,4}?"
)


def _met(body: str, end: int, high: int, mentions: Mentions, first: Actor) -> list[Actor]:
    """The person who opens the sentence and the person they met right after a verb of meeting ("Ann Lee met Ivo Marsh
    on Monday"), as one list; else an empty list."""
    if not body.startswith((" met ", " held ", " had ", " spoke ", " talked "), end):
        return []
    other = next(((start, actor) for start, _, actor in mentions if start >= end), None)
    if other is None or other[1].type != "person" or other[1].id == first.id:
        return []
    meeting = _MEETING.match(body, end, other[0])
    return [first, other[1]] if meeting is not None and meeting.end() == other[0] else []


def they_listed(body: str, spans: Sequence[Span], index: int, mentions: Callable[[int, int], Mentions]) -> list[Actor]:
    """The named actors a "They" opening the sentence ``spans[index]`` stands for: those the subject of a sentence
    before lists (``listed_subject``), at most one other sentence between (other "They" sentences are skipped: "X, too,
    joined the talks."); none where an organisation or group is named outside the list in the sentences looked at
    ("Ann Lee and Omar Ruiz met the Harbour Union. They said ...": the union, weighed as any antecedent).
    ``mentions(low, high)`` gives a sentence's mentions."""
    looked = 0
    for before in range(index - 1, max(-1, index - 5), -1):
        low, high = spans[before]
        if body.startswith(THEY_OPENING, low):
            continue
        named = mentions(low, high)
        listed = listed_subject(body, low, high, named)
        if any(actor.type in _THEY_TYPES and all(other.id != actor.id for other in listed) for _, _, actor in named):
            return []
        looked += 1
        if listed or looked == 2:  # the nearest list
            return listed
    return []
