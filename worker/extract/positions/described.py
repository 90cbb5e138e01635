"""Stances stated about an actor rather than by it: the agent of a passive ("the plan was condemned by the
council"), a legal action and who filed it, an act done at someone's request, a stance noun and where it came from
("drew criticism from the Harbour Board"), an actor described by its stance ("an early opponent of the bill, Ann
Lee"), a stance an actor owns ("Lee's opposition to the levy") and a group's listed demands ("their demands include
a new election and an end to the levy").

Apart from ``statements``: these are read off a passive or a noun phrase anywhere in a sentence, with no subject
and statement verb; they are marked ``described``, so that the actor's own statement of the same stance counts
instead (``merge``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from worker.extract import caseless
from worker.extract.names import BE_INFLECTED_WORD
from worker.extract.positions.issues import _SENTENCE_STOP
from worker.extract.positions.matching import (
    _alternatives,
    _has_case_twin,
    _holds_any,
    _may_contain,
    _sentence_around,
    _strip,
)
from worker.extract.positions.speakers import _COORDINATION, _PLACE_OF, _group_actor
from worker.extract.positions.stance import _ANNOUNCED_NEWS, _CHARGE_SUBJECT, Candidate, _target_end
from worker.extract.positions.triggers import OPPOSE_TRIGGERS, SUPPORT_TRIGGERS
from worker.extract.taxonomy import Taxonomy
from worker.extract.text import Span, offsets_of
from worker.models import Actor, Issue, Stance

# Stances stated about an actor rather than by it: the agent of a passive ("the plan was condemned by the
# council", "condemned in a joint statement by Arland and Borovia") and an actor described by its stance ("an early
# opponent of the bill, Ann Lee", "Lee was a critic of").
_PASSIVE_STANCE = caseless.compile(
    rf"{BE_INFLECTED_WORD}\s+(?:\w+ly\s+)?(?:(?P<support>{_alternatives(SUPPORT_TRIGGERS)})"
    rf"|(?P<oppose>{_alternatives(OPPOSE_TRIGGERS)}))(?:\s+(?:in|with|through|on)\s+[^,.;]{{1,40}}?)?\s+by\s+",
    re.IGNORECASE,
)
# A legal action and who filed it: "the lawsuit was filed in March by the league", "a lawsuit filed by Arland".
_FILED_BY = caseless.compile(
    r"\b(?:lawsuit|suit|petition|complaint|legal challenge|case)s?\s+(?:(?:was|were|has been|had been|being)\s+)?"
    r"(?:filed|brought|lodged)(?:\s+(?:in|on|with|at|last|this|earlier)\s+[^,.;]{1,40}?)?\s+by\s+",
    re.IGNORECASE,
)
_FILING_VERBS = ("filed", "brought", "lodged")  # one of which each match of _FILED_BY holds
# An act done at someone's request, whose requester wants it: "dissolved Parliament at the request of the prime
# minister", "suspended the session at the behest of Ann Lee".
_REQUEST_NOUNS = ("request", "behest", "urging", "insistence")  # in _AT_REQUEST_OF and _OWNED_STANCE; each match holds one
_AT_REQUEST_OF = caseless.compile(
    r"\bat\s+(?:the\s+)?(?:(?:formal|personal|express|explicit|official|written)\s+)?(?P<noun>"
    + "|".join(_REQUEST_NOUNS)
    + r")\s+of\s+",
    re.IGNORECASE,
)
# A request and its requester with what was asked, without "at": "will comply with the request of Premier Ann Lee to
# close the port"; the name follows at once (after "the" and titles) and "to" and a verb follow it, not "a request of
# $5 million from ..." nor "the request of Ann Lee for a vote was refused" (a request told of, no act).
_REQUEST_OF = caseless.compile(r"\brequest\s+of\s+", re.IGNORECASE)
_TITLES_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_TO_VERB = caseless.compile(r"\s+to\s+(?!(?:the|an?|his|her|their|its)\b)[a-z]+\b", re.IGNORECASE)
# A stance noun and where it came from: "Support for the plan also came from Ann Lee", "statements of condemnation
# have come from Arland and Borovia", "the ruling drew criticism from the Harbour Board"; not a bare "support from",
# which is often help given ("with support from the agency").
_STANCE_NOUN_FROM = caseless.compile(
    r"\b(?P<drew>(?:drew|draws|drawn|won|earned|attracted)\s+(?:(?:an?|the|much|some|strong|sharp|"
    r"fierce|wide|widespread|broad|international)\s+)*)?"
    r"(?:(?P<oppose>condemnation|criticism|opposition|objections?|denunciations?)|(?P<support>support|praise|backing|endorsements?))"
    r"(?:\s+(?:for|of|to|against)\s+[^,.;]{1,60}?)?"
    r"(?P<came>\s+(?:has|have|had)\s+(?:also\s+)?come|\s+(?:also\s+)?(?:came|comes))?\s+from\s+",
    re.IGNORECASE,
)
# The stance nouns of _STANCE_NOUN_FROM, one of which each of its matches holds: a sentence without one is not scanned.
_STANCE_NOUNS = ("condemnation", "criticism", "opposition", "objection", "denunciation", "support", "praise", "backing", "endorsement")
_ROLE_NOUN = (
    r"(?i:(?P<oppose>critic|opponent|detractor|foe)|(?P<support>supporter|proponent|advocate|backer|champion))s?"
)
# "an opponent of the bill, Ann Lee", "early opponent MP Ann Lee": the noun, its object, titles, then the name.
_ROLE_BEFORE = re.compile(rf"\b{_ROLE_NOUN}(?:\s+of\s+[^,.;]{{1,60}},)?(?:\s+[A-Z][\w.]*){{0,2}}\s+$")
# A possessive before a role noun and the few words of its noun phrase: "Lee's 2008 US Senate [opponent]", "his [critic]".
_OWNER_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w.-]+\s+){0,4}$")
# Without an "of" object, "champion" mostly names a title holder ("world champion Ann Lee") and "advocate" a lawyer
# ("of Eastvale advocate Lena Hart") unless a word before it names the cause ("housing advocate Ann Lee"); after a
# relative pronoun both are verbs ("a party which advocates Norland joining").
_TITLE_OR_VERB_ROLE = re.compile(r"(?i:(?P<champion>champion)|advocate)s?(?!\s+of\b)")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[\w'’.-]+\s+$")
_RELATIVE_PRONOUNS = frozenset(("which", "who", "that"))


def _names_an_issue_before(body: str, start: int, role_start: int) -> bool:
    """Whether the word before a role noun at ``role_start`` can name what the role stands for: a lowercase word
    other than a relative pronoun, or the first word of the sentence starting at ``start``."""
    word = _WORD_BEFORE.search(body, max(start, role_start - 40), role_start)
    if word is None:
        return False
    return word.start() == start or (word.group()[0].islower() and word.group().rstrip() not in _RELATIVE_PRONOUNS)


_ROLE_NOUN_STEMS = ("critic", "opponent", "detractor", "foe", "supporter", "proponent", "advocate", "backer", "champion")
_ROLE_AFTER = caseless.compile(
    rf"(?:,\s+|\s+(?:(?:has|have|had)\s+)?(?:(?:also|long|\w+ly)\s+)?(?:is|was|been|became|remains?)\s+)"
    rf"(?:(?:an?|the|also|much|more|of|long|vocal|leading|outspoken|fierce|staunch|strong|early|key|prominent|longtime|"
    rf"long-time|lifelong|ardent|avid|vehement|harsh|frequent|persistent|consistent|committed|passionate|loyal|"
    rf"steadfast|major|firm|fervent|enthusiastic|noted|well-known)\s+)*"
    rf"{_ROLE_NOUN}\b",
    re.IGNORECASE,
)


# A capitalised word and "of" before a name: the name qualifies a title or another name ("Members of Parliament",
# "Senator Mara Holt of Canada"), whose bearer is the agent; "members of the Union" are the Union's own.
_OF_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+of\s+(?:the\s+)?$")


# A few words of a title and no punctuation (but a bracketed short form) between two names: the first qualifies the
# second ("United Nations Secretary-General Ann Lee", "Harbour Board (HB) head Ann Lee").
_TITLE_BETWEEN = caseless.compile(
    r"(?:['’]s)?(?:\s+\([^()]{1,24}\))?(?:\s+(?!(?:and|or|nor|but|on|in|at|via|against|with|to|for|after|before|during|over|"
    r"under|by|since|until|who|which|that|said|says|last|this|yesterday|today)\b)[\w’'-]+){0,4}\s+",
    re.IGNORECASE,
)


def _agents(body: str, mentions: list[tuple[int, int, int]], after: int) -> list[int]:
    """The actors of an agent phrase starting at ``after`` (after a passive's "by" or a stance noun's "from"): the
    first name within 40 characters and the names coordinated with it ("by Arland, Borovia and the Harbour Board");
    a name that a title ties to the one before replaces it ("Arland Senator Ann Lee": Ann Lee), and the last
    agent named again counts once."""
    agents: list[int] = []
    listed = 1  # how many of them a list that ends with "and" names ("by Ann Lee, Ivo Marsh said" names one)
    reached = after
    for at, negative_end, number in mentions:
        if agents and (at < reached or number == agents[-1]):
            continue  # "Marsh" in "Ivo Marsh", "HB" in "Harbour Board (HB)": the agent named last again
        if agents and _PLACE_OF.fullmatch(body, reached, at):
            continue  # "by Ann Lee of Arland, Ivo Marsh ...": the place of the agent named last
        if agents and _TITLE_BETWEEN.fullmatch(body, reached, at):
            agents[-1] = number  # "Arland Senator Ann Lee", "the Harbour Board's chair Ann Lee": the first name qualifies
            reached = -negative_end
            continue
        if at < after or (agents and not _COORDINATION.fullmatch(body, reached, at)):
            if agents:
                break
            continue
        if not agents and at > after + 40:
            break
        if not agents and _OF_BEFORE.search(body, max(after, at - 30), at):
            continue  # "by Members of Parliament", "by Senator Mara Holt of Canada": the name only qualifies the agent
        agents.append(number)
        if " and " in body[reached:at]:
            listed = len(agents)
        reached = -negative_end
    return agents[:listed]


# A stance noun after a possessive, with the preposition that opens its object: "Ann Lee's support for X", "the
# protesters' demands for X", "Arland's opposition to X". The owner is a name ending at the mark, or a plural noun of
# people acting together (``_OWNING_GROUPS``).
_OWNED_STANCE = re.compile(
    r"(?P<mark>['’])(?<=\w.)s?\s+(?:(?:own|previous|continued|repeated|renewed|"
    r"long-standing|main|key|initial|stated|declared|formal)\s+)?(?:(?P<support>demands?\s+(?:for|(?P<included>(?:have\s+|had\s+)?"
    r"includ(?:e|es|ed|ing))|that)|calls?\s+for|support\s+for|backing\s+(?:for|of)|proposals?\s+(?:to|for)|push\s+for|"
    r"pleas?\s+for|requests?\s+(?:to|for|that)|(?:intent|intention)\s+(?:to|for))|(?P<oppose>opposition\s+to|"
    r"objections?\s+to|criticism\s+of|rejection\s+of|veto\s+of|boycott\s+of|campaign\s+against|protests?\s+against|"
    r"appeals?\s+(?:of|against)|threats?\s+against)|(?P<asked>" + "|".join(_REQUEST_NOUNS) + r"))\b"
)


def _owned_stance_matches(body: str) -> list[re.Match[str]]:
    """What ``_OWNED_STANCE.finditer(body)`` finds, tried only at the apostrophes, which it opens with: they are found
    by string search, which skips ahead to each faster than a regex scan tests each character of the body against
    the class of both (0.31 -> 0.06 M instructions an article; bodies hold a few dozen)."""
    found = []
    after = 0  # where the last match ends: the matches of a scan do not overlap
    for at in offsets_of(body, "'’"):
        owner = _OWNED_STANCE.match(body, at) if at >= after else None
        if owner:
            found.append(owner)
            after = owner.end()
    return found


# "at" before the owner of a request that an act was done at ("returned at the government's request").
_AT_BEFORE = re.compile(r"\b[Aa]t\s+(?:the\s+)?$")
_PLURAL_OWNER = re.compile(r"\b[A-Za-z][a-z]{2,}s$")
_OWNING_GROUPS = frozenset(
    "protesters protestors demonstrators activists campaigners strikers workers unions farmers residents students "
    "teachers doctors nurses lawmakers legislators senators opponents critics supporters voters parents".split()
)


def _described_stances(
    body: str,
    sentence: Span,
    occurrences: list[tuple[int, int, int]],
    speakers: Sequence[Actor],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Positions from a passive's agent, from stance nouns next to a name and from a request an act answers ("at the
    request of X"), in one sentence."""
    start, end = sentence
    found: list[tuple[int, Stance, int, int]] = []
    mentions = occurrences[bisect_left(occurrences, (start,)) : bisect_left(occurrences, (end,))]
    # The agent follows "by" (in any case): a sentence without it has no passive stance, and is not scanned.
    text = body[start:end]
    lowered = text.lower()
    # (the tests of _may_contain on the sentence, its lower case made once)
    twin = _has_case_twin(text)
    has_agent = "by" in lowered
    for passive in _PASSIVE_STANCE.finditer(body, start, end) if has_agent else ():
        stance: Stance = "oppose" if passive.group("oppose") else "support"
        if passive.group("support") and passive.group("support").lower().startswith("announc") and (
            _ANNOUNCED_NEWS.match(body, start, passive.start())
        ):
            continue  # "The death of Ann Lee was announced by the university": news, no stance
        if passive.group("oppose") and passive.group("oppose").lower().startswith("den") and (
            _CHARGE_SUBJECT.search(body, max(start, passive.start() - 60), passive.start())
        ):
            continue  # "The charge was denied by his lawyer": a claim about what happened, no stance
        for agent in _agents(body, mentions, passive.end()):
            found.append((agent, stance, start, end))
    has_stance_noun = "from" in lowered and (twin or _holds_any(lowered, _STANCE_NOUNS))
    for noun in _STANCE_NOUN_FROM.finditer(body, start, end) if has_stance_noun else ():
        for agent in _agents(body, mentions, noun.end()) if noun.group("drew") is not None or noun.group("came") else ():
            found.append((agent, "oppose" if noun.group("oppose") else "support", start, end))
    for filed in _FILED_BY.finditer(body, start, end) if has_agent and (twin or _holds_any(lowered, _FILING_VERBS)) else ():
        for agent in _agents(body, mentions, filed.end()):
            found.append((agent, "oppose", start, end))
    for request in _AT_REQUEST_OF.finditer(body, start, end) if _may_contain(body[start:end], _REQUEST_NOUNS) else ():
        for agent in _agents(body, mentions, request.end()):
            found.append((agent, "support", start, end))
    for request in _REQUEST_OF.finditer(body, start, end) if twin or "request" in lowered else ():
        for at, negative_end, number in mentions:
            if at >= request.end():
                if _TITLES_ONLY.fullmatch(body, request.end(), at) and _TO_VERB.match(body, -negative_end, end):
                    found.append((number, "support", start, end))
                break
    covered = start
    # A stance noun next to a name is in the sentence: a sentence without one is not tried at each name.
    for at, negative_end, number in mentions if twin or _holds_any(lowered, _ROLE_NOUN_STEMS) else ():
        if at < covered:
            continue  # "Marsh" in "Ivo Marsh": the longest name at a place speaks for it
        covered = -negative_end
        before = _ROLE_BEFORE.search(body, max(start, at - 40), at)
        if before and " of " not in before.group() and _OWNER_BEFORE.search(body, max(start, before.start() - 40), before.start()):
            before = None  # "Lee's 2008 Senate opponent Ivo Marsh", "his critic Ann Lee": one's rival, no stance on an issue
        title_or_verb = before and _TITLE_OR_VERB_ROLE.match(before.group())
        if before and title_or_verb and (title_or_verb.group("champion") or not _names_an_issue_before(body, start, before.start())):
            before = None
        after = _ROLE_AFTER.match(body, -negative_end, end)
        if before or after:
            role = before or after
            stance = "oppose" if role.group("oppose") else "support"  # type: ignore[union-attr]
            found.append((number, stance, *((before.start(), -negative_end) if before else (at, _target_end(body, after.end(), end)))))  # type: ignore[union-attr]
    candidates = []
    for number, stance, evidence_start, evidence_end in found:
        clause = _strip(body, evidence_start, evidence_end)
        issue = taxonomy.best(text) or topic()
        if issue:
            candidates.append(
                Candidate(speakers[number], issue, stance, "asserted", *clause, None, 0.5, named_issue=False, described=True)
            )
    return candidates


def _owned_stances(
    body: str,
    spans: Sequence[Span],
    occurrences: list[tuple[int, int, int]],
    speakers: Sequence[Actor],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Positions from a stance noun that a name or a plural noun of people owns: "Ann Lee's support for X",
    "protesters' demands for X" (found in one scan of the body; most articles have none)."""
    # a name's start and actor by its end, the longest name kept
    named = {-negative_end: (at, number) for at, negative_end, number in reversed(occurrences)}
    candidates = []
    for owner in _owned_stance_matches(body):
        mark = owner.start("mark")
        plural = _PLURAL_OWNER.search(body, max(0, mark - 16), mark)
        if owner.group("included") and (mark in named or (plural and plural.group().lower() in _OWNING_GROUPS)):
            sentence = _sentence_around(spans, owner.start())
            actor = speakers[named[mark][1]] if mark in named else _group_actor(plural.group())  # type: ignore[union-attr]
            listed = _listed_demands(body, actor, owner.end(), sentence, taxonomy, topic)
            if listed:
                candidates.extend(listed)
                continue
        if mark in named:
            evidence_start, number = named[mark]
            actor = speakers[number]
        elif plural and plural.group().lower() in _OWNING_GROUPS:
            actor, evidence_start = _group_actor(plural.group()), plural.start()
        else:
            continue
        if owner.group("asked") and not _AT_BEFORE.search(body, max(0, evidence_start - 8), evidence_start):
            continue  # "the mayor's request": a request described, not the act done at it
        sentence = _sentence_around(spans, owner.start())
        clause = _strip(body, evidence_start, _target_end(body, owner.end(), max(sentence[1], owner.end())))
        issue = taxonomy.best(body[sentence[0] : sentence[1]]) or topic()
        if issue:
            stance: Stance = "oppose" if owner.group("oppose") else "support"
            candidates.append(Candidate(actor, issue, stance, "asserted", *clause, None, 0.5, named_issue=False, described=True))
    return candidates


# "Their demands have included X, Y, and Z" after a plural of people acting together ("Protesters have claimed ...
# Their demands include ..."): the owner is the last of ``_OWNING_GROUPS`` named in the paragraph before.
_THEIR_DEMANDS = re.compile(
    r"[Tt]heir\s+(?:(?:main|key|initial|stated|other|latest)\s+)?demands\s+(?:have\s+|had\s+)?includ(?:e|ed|es)\s+"
)
_GROUP_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}s\b")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?")
_OXFORD_AND = re.compile(r",\s+and\s")


def _listed_demands(
    body: str, actor: Actor, after: int, sentence: Span, taxonomy: Taxonomy, topic: Callable[[], Issue | None]
) -> list[Candidate]:
    """One supporting position per item of a list of demands that starts at ``after`` ("dissolving Parliament,
    appointing an election committee, and a clear date for new elections"): each item is a demand of its own.
    Items are split at commas (with a final ", and"), else the last one at its first "and" ("X, Y and Z", "X and
    Y"); a single item gives none (the caller's own rule takes it)."""
    end = _target_end(body, after, sentence[1])
    stop = _SENTENCE_STOP.search(body, after, end)
    end = stop.start() if stop else end
    text = body[after:end]
    pieces = _LIST_COMMA.split(text) if "," in text else [text]
    if not _OXFORD_AND.search(text) and " and " in pieces[-1]:
        pieces[-1:] = pieces[-1].split(" and ", 1)  # "higher wages, shorter shifts and new pensions"
    if len(pieces) < 2:
        return []
    candidates = []
    at = after
    for piece in pieces:
        start = body.index(piece, at)
        at = start + len(piece)
        issue = taxonomy.best(piece) or taxonomy.best(body[sentence[0] : sentence[1]]) or topic()
        if issue and piece.strip():
            clause = _strip(body, start, at)
            candidates.append(
                Candidate(actor, issue, "support", "demanded", *clause, None, 0.5, named_issue=False, described=True, listed=True)
            )
    return candidates


def _their_demands(
    body: str, spans: Sequence[Span], taxonomy: Taxonomy, topic: Callable[[], Issue | None]
) -> list[Candidate]:
    """Positions from a list of demands whose owner is "their": the last plural of people acting together named
    in the 400 characters before ("Protesters have claimed ... Their demands have included X, Y and Z")."""
    candidates = []
    for demands in _THEIR_DEMANDS.finditer(body) if "demands" in body else ():
        groups = [word for word in _GROUP_WORD.findall(body, max(0, demands.start() - 400), demands.start()) if word.lower() in _OWNING_GROUPS]
        if not groups:
            continue
        sentence = _sentence_around(spans, demands.start())
        candidates.extend(_listed_demands(body, _group_actor(groups[-1]), demands.end(), sentence, taxonomy, topic))
    return candidates
