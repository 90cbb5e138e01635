"""What a stance is on: the taxonomy's issue in the trigger's scope, else that of a measure the scope refers
back to ("the ban"), else one in the clause or its context (``_issue_for``); the further issues of a coordinated
object ("supported education, healthcare and farming": ``_coordinated_issues``); and the article's topic, for a
clear stance whose clause names no issue, sought only in an article about public affairs (``_topic``,
``_politics_words``).

Apart from the stance rules: those say how a clause stands, this says on what, from the taxonomy alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat

from worker.extract import caseless
from worker.extract.memo import WordMemo
from worker.extract.positions.stance import _ANAPHOR, Stancetaking
from worker.extract.taxonomy import Taxonomy, word_pieces
from worker.models import Issue

# A definite noun phrase naming a measure ("the ban", "this new plan") refers back to an earlier mention.
# Written as _NEGATION is: "\b(?:the|this|that|these|those|such)\s+..." opened with "\b", so the engine was entered at
# every character of the target; it now opens with "t" or "s" and tests the boundary by a look-behind after it.
_DEFINITE_MEASURE = caseless.compile(
    r"[ts](?<!\w.)(?:(?<=t)he|(?<=t)his|(?<=t)hat|(?<=t)hese|(?<=t)hose|(?<=s)uch)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>plan|proposal|bill|law|measure|reform|ban|"
    r"deal|agreement|decision|policy|ruling|idea|initiative|scheme|rule|legislation|program|programme|project|"
    r"treaty|amendment|cut|increase|tariff|tax)s?\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


@lru_cache(maxsize=4)
def _measure_mentions(body: str, head: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the body's mentions of a measure noun ("ban", "bans"), found in one scan per article
    and noun rather than one per clause that refers back to it. Clauses start after a non-word character, so
    the mentions that end by a clause's start are the ones the body has before it. Few entries: each keeps its
    body alive, and an article refers back to one or two nouns."""
    mentions = [match.span() for match in caseless.compile(rf"\b{head}s?\b", re.IGNORECASE).finditer(body)]
    return [start for start, _ in mentions], [end for _, end in mentions]


def _antecedent_issue(body: str, before: int, target: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue of the latest earlier mention of the measure a definite noun phrase in ``target`` names:
    "the ban was a first step" is about what "a ban on new coal plants" was about. Read from the mention
    to the end of its sentence."""
    definite = _DEFINITE_MEASURE.search(target)
    if not definite:
        return None
    starts, ends = _measure_mentions(body, definite.group("head"))
    index = bisect_right(ends, before) - 1
    if index < 0:
        return None
    start = starts[index]
    stop = _SENTENCE_STOP.search(body, start)
    return taxonomy.best(body[start : stop.start() if stop else len(body)])


def _issue_for(
    body: str, clause: tuple[int, int], take: Stancetaking, context: str, taxonomy: Taxonomy, topic: Callable[[], Issue | None]
):
    """The issue in the trigger's scope, else that of the measure the scope refers back to ("the ban"), else
    anywhere in the clause (unless the target is an evaluated subject), else (for "This is ...") the context,
    else the article's ``topic`` (found on first need): a clear stance is a position even where its clause names
    no issue."""
    start, end = clause
    text = body[start:end]
    target = text[take.target_start : take.target_end]
    scoped = taxonomy.best(target)
    if scoped:
        return scoped, 0.1, True
    earlier = _antecedent_issue(body, start, target, taxonomy)
    if earlier:
        return earlier, 0.0, True
    whole = None if take.subject_only else taxonomy.best(text)
    if whole:
        return whole, 0.0, True
    if context and _ANAPHOR.match(text):
        found = taxonomy.best(context)
        if found:
            return found, -0.1, True
    if take.modality == "obligation":
        return None, 0.0, False  # "what is needed now is a firm signal": a duty without an issue is too vague
    return topic(), -0.15, False


# Where one item of a coordinated object ends: a comma (with or without "and"/"or"), or "and"/"or" alone.
_LIST_BREAK = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


# An item of a list of things is a short noun phrase, maybe after a determiner ("healthcare", "the pension reform"):
# a longer piece is a clause or a verb's phrase ("force poll workers and voters to ..."), whose words are no list, nor
# is a short verb's phrase ("want him to resign or be impeached").
_LIST_ITEM = caseless.compile(
    r"(?!.*\b(?:to|be|been|him|her|them|it|us|me)\b)(?:(?:the|a|an|its|their|his|her|our|my)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+",
    re.IGNORECASE,
)


def _item_issue(item: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue one item of a list names in its own words, when it is a short noun phrase: not a word of a name
    ("the Workers' Party")."""
    if not _LIST_ITEM.fullmatch(item):
        return None
    found = taxonomy.detect(item)
    return found[0].issue if found and not item[found[0].start].isupper() else None


def _coordinated_issues(target: str, issue: Issue, taxonomy: Taxonomy) -> list[Issue]:
    """The further issues of a stance whose object is a list of things on different issues ("supported education,
    healthcare and farming", "opposes the pension reform and the new tax on overtime"): a stance on each, one
    position per issue. The list is its run of items from the start that each name an issue (what follows it, "and a
    few years later the economy grew", names none or goes on as a clause); empty unless ``issue`` is an item's."""
    items: list[Issue] = []
    for piece in _LIST_BREAK.split(target.strip().rstrip(".;:")):
        found = _item_issue(piece, taxonomy) if piece else None
        if found is None:
            break
        items.append(found)
    if len(items) < 2 or issue not in items:
        return []
    return list({other.id: other for other in items if other.id != issue.id}.values())


# The words of politics, government and the courts: an article that uses them at least five times in a thousand words
# (and twice in all) is about public affairs, and a stance that names no issue of its own is on the issue the article
# is most about. Elsewhere (a boat fire, a rugby match, a space launch, an obituary of an actor, a scientific study)
# the best issue of the body is a passing word, and a clause with no issue of its own takes no position: a coach's
# "a better performance than last week", a condolence, an announced name.
_POLITICS = caseless.compile(
    r"\b(?:government|president|presidential|minister|ministry|parliament\w*|senat\w+|congress\w*|part(?:y|ies)|"
    r"election\w*|court|laws?|legislat\w+|polic(?:y|ies)|democrat\w*|republican\w*|governor|mayor|MPs?|vote[sd]?|"
    r"voters?|campaign|protest\w*|sanctions?|treaty|bill|administration|opposition|regime|military|troops)\b",
    re.IGNORECASE,
)


# Each alternative of _POLITICS is word characters only, between word boundaries: its matches in the body are its
# matches in the body's word pieces, counted once per distinct piece (a scan of the body tried the alternation at
# every word boundary, some 5% of an article's instructions).
_POLITICS_IN_PIECE: WordMemo[int] = WordMemo(lambda piece: len(_POLITICS.findall(piece)))


def _politics_words(body: str) -> int:
    """``len(_POLITICS.findall(body))``."""
    pieces = word_pieces(body)
    counts = _POLITICS_IN_PIECE.among(pieces)
    return sum(map(counts.get, pieces, repeat(0))) if counts else 0


def _topic(body: str, taxonomy: Taxonomy) -> Issue | None:
    """The issue the article mentions most, when it is about public affairs (``_POLITICS``), else None."""
    found = _politics_words(body)
    # (a text of n characters holds at most (n + 1) // 2 words: where that bound passes, the words are not counted)
    enough = found and (found * 200 >= (len(body) + 1) // 2 or found * 200 >= len(body.split()))
    return taxonomy.most_mentioned(body) if enough else None
