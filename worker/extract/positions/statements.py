"""Candidates from the narrator's sentences: a named actor, or an unnamed collective ("a coalition of press
freedom groups"), as the subject of a stance verb ("the council rejected the levy", "Ann Lee, who ..., also
criticised"), found by the statement verb and what may stand between it and its subject (``_BEFORE_VERB``,
``_STATEMENT_VERB``); its coordinated predicates ("met the unions and rejected their offer"), a "He" or "She" for
the person named before, counsel acting for a client, a chamber that passed a bill, and the stances ``described``
about an actor: all gathered by ``_statement_candidates``.

The statement path of ``find_positions``: the narrator's sentences, where ``quotes`` reads what a speaker said.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from worker.extract import caseless
from worker.extract.actors import actor_id, normalise
from worker.extract.lexicon import capitals, demonyms, first_name_genders, speech_verb_forms
from worker.extract.names import MONTH, WEEKDAY, opening_with_first_letters
from worker.extract.positions.described import _described_stances, _owned_stances, _their_demands
from worker.extract.positions.issues import _coordinated_issues, _issue_for
from worker.extract.positions.matching import _alternatives, _may_end_with, _strip
from worker.extract.positions.quotes import _CALLING_VERB, _expressing, _reported
from worker.extract.positions.speakers import (
    _COLLECTIVE_HEAD_BEFORE_BREAK,
    _COORDINATION,
    _PLACE_OF,
    _collective,
    _group_actor,
    _is_no_collective,
    _mention_names,
    _occurrences,
    _sentence_mentions,
)
from worker.extract.positions.stance import (
    _ACCOUNTS,
    _AMONG_GROUP,
    _PASSIVE_AUXILIARY,
    Candidate,
    Stancetaking,
    _compliment,
    _head_word,
    _object_head,
    _verbal,
    evaluative_stancetaking,
    stancetaking,
)
from worker.extract.positions.triggers import DEMAND_TRIGGERS, OPPOSE_TRIGGERS, SUPPORT_TRIGGERS, _VERDICT_VERBS
from worker.extract.taxonomy import Taxonomy
from worker.extract.text import Span, is_word_char, offsets_of
from worker.models import Actor, Issue, Quote

# One branch per first letter: the statement verb (and the collective subject's look-ahead for it) is tried at many
# places a pass, and its 67 runs of alternatives cost a look-ahead each at every one (``by_first_letter``).
_STANCE_VERBS = _alternatives(SUPPORT_TRIGGERS + DEMAND_TRIGGERS + OPPOSE_TRIGGERS, one_branch_per_letter=True)
# What may stand between a subject and its verb: an affiliation ("Judge Ann Lee of the High Court ruled", "Democrats in
# Congress pushed for", not a date: "Lee in January demanded"), the
# bracketed short form of a name ("the Harbour Board (HB) rejected"), an apposition or a relative clause between
# commas (a relative clause may run longer: "Ann Lee, who led the party's delegation to the talks in the capital
# until May, also criticised"; or the comma closing an apposition the name is in: "The mayor, Ann Lee, vetoed"),
# auxiliaries and adverbs.
# A time between a subject and its verb: "The court on Friday struck down", "Lee last week rejected".
_TIME_PHRASE = (
    r"(?:(?:on|last|this|early|late)\s++(?-i:" + WEEKDAY + r")|"
    r"(?:last|this)\s++(?:week|month|year)|yesterday|today)"
)
# A verb of planning before the infinitive of the act the subject means to take: "Norway planned to impose a curfew".
_PLANNING_TO = r"(?:planned|plans|intended|intends|moved|prepared|aimed)\s+to"
# Every run of _BEFORE_VERB is possessive: what follows each (a space after a word, a word after a space, the comma
# after an aside, "ly" or "ing" ending a whole word) cannot be read into it, so the engine, which gave a run back one
# character at a time at each of the many places a subject's verb is looked for, has nothing to give back
# (``_BEFORE_VERB_AS_WRITTEN`` in the tests is the pattern as first written).
_BEFORE_VERB = (
    rf"(?P<affiliation>\s++(?:of|in(?!\s++(?-i:{MONTH}|{WEEKDAY})\b))\s++(?:the\s++)?(?:[A-Z][\w’'.-]*+\s++){{0,4}}?[A-Z][\w’'.-]*+)?(?:\s++\([^()]{{1,24}}+\))?"
    r"(?P<aside>,\s++who\b[^,]{0,160}+,|,[^,]{0,80}+,|,)?"
    r"(?P<joint>\s++(?:both|all|each|jointly|together))?"  # a quantifier floating after a joint subject: "Lee and Marsh both"
    # "be" before a participle or phrase of stance or a verb's "-ing" form: "Ann Lee is opposed to", "the board was in
    # favour of", "has been pushing for"; not before a passive ("was banned")
    r"(?:\s++(?:(?:has|have|had)\s++)?(?:long\s++)?(?:is|are|was|were|been|remains?|remained)"
    r"(?=\s++(?:not\s++)?(?:\w++(?<=\wly)\s++)?(?:opposed\s++to|in\s++favou?r\s++of|in\s++support\s++of|critical\s++of|supportive\s++of|committed\s++to|\w++(?<=\wing))\b))?"
    # one of a group whose act is told: "was among those who voted against", "were among the senators to vote against"
    rf"(?:\s++(?:is|are|was|were)\s++{_AMONG_GROUP}(?:who|to)(?=\s))?"
    rf"(?:\s++(?:also|has|have|had|would|will|d(?:oesn['’]t|idn['’]t|on['’]t|oes|id|o)|again|not|never|later|then|long|\w++(?<=\wly)|{_TIME_PHRASE})){{0,3}}(?:\s++{_PLANNING_TO})?\s++"
)
_STATEMENT_VERB = caseless.compile(rf"{_BEFORE_VERB}(?P<verb>{_STANCE_VERBS})\b", re.IGNORECASE)
# Any verb in the past, to find the subject of a sentence whose stance verb is coordinated with another
# ("Ann Lee met the unions and rejected their offer").
_IRREGULAR_PAST = r"said|told|made|took|gave|sent|met|held|led|began|wrote|won|lost|chose|spoke|set|put|kept|went"
_SUBJECT_VERB = re.compile(rf"{_BEFORE_VERB}(?P<verb>[a-z]+ed|{_IRREGULAR_PAST})\b")

# Verbs of judging whose "that" clause is the judge's finding, held like a statement: "the court ruled on Monday that
# the map was unconstitutional".
_JUDGING_VERB = caseless.compile(r"(?:rul|conclud|decid|determin|f(?:ou|i)nd)(?:ed|es|s)?|found|held|holds", re.IGNORECASE)
_JUDGED_CLAUSE = caseless.compile(r"(?:\s+[\w,]+){0,4}?\s+that\b", re.IGNORECASE)
# A sentence whose subject is "he" or "she": the person who was the subject of the sentence before.
_PRONOUN_SUBJECT_START = re.compile(r"\W*(?:(?:But|And|Later|Then|Meanwhile),?\s+)?(?:He|She)\b")


def _capitalised_pronouns(body: str) -> list[int]:
    """Where "He" or "She" stands as a word (``\\b(?:He|She)\\b``), in text order: found by string search, which skips
    ahead to each "He" and "She" faster than a regex scan tests each character against H and S (0.31 -> 0.06 M
    instructions an article)."""
    found = []
    for at in offsets_of(body, ("He", "She")):
        end = at + (2 if body[at] == "H" else 3)
        if (at == 0 or not is_word_char(body[at - 1])) and (end == len(body) or not is_word_char(body[end])):
            found.append(at)
    return found


# A verb in the past coordinated with the subject's earlier verb: "... and urged", ", and also rejected", "but warned".
# A negated one takes its verb's plain form: "but did not accede to", "and never signed".
_COORDINATED_VERB = re.compile(
    rf"(?:,\s*|\s+)(?:and|but)(?:\s+(?:also|then|later|\w+ly))?\s+(?P<predicate>"
    rf"(?:(?:did|does|has|have|had|would|will)\s+(?:not|never)\s+|(?:didn['’]t|hasn['’]t|won['’]t)\s+|never\s+)"
    rf"(?P<negated>[a-z]+)|(?P<verb>[a-z]+ed|{_IRREGULAR_PAST}|sought|fought|withdrew))\b"
)
_STANCE_VERB_WORD = caseless.compile(rf"(?:{_STANCE_VERBS})(?:\s+\w+)*", re.IGNORECASE)
# A name after a preposition is no subject ("the Minister of Tunisia, signed"), nor one that closes an apposition
# with a bare comma unless a comma opened it ("The mayor, Ann Lee, vetoed"; not "Ann Lee, the mayor of X, vetoed"). The
# subject of a condition states what may happen, not what the actor did ("he would resign if the Senate voted against").
# Written as _NEGATION is (the form opening with "\b" is in the comment above its property test): the class of the
# words' first letters, the boundary before them by a look-behind after it, the words in the same order.
_NO_SUBJECT_BEFORE = caseless.compile(
    r"[oiaftnbwu](?<!\w.)(?:(?<=o)f|(?<=i)n|(?<=a)t|(?<=f)rom|(?<=f)or|(?<=t)o|(?<=n)ear|(?<=a)cross|(?<=b)y|(?<=w)ith|"
    r"(?<=o)n|(?<=u)nder|(?<=a)gainst|(?<=a)bout|(?<=i)f|(?<=u)nless|(?<=u)ntil|(?<=w)hether)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words _NO_SUBJECT_BEFORE ends with, before its spaces.
_NO_SUBJECT_ENDINGS = tuple("of in at from for to near across by with on under against about if unless until whether the".split())
# "a" or "an" before a capitalised name: the name modifies the noun that follows ("became an NBA champion five times",
# "a Senate vote"); an unnamed group after it is the subject ("an assembly of ministers denounced").
# "\b[Aa]n?\s+$", the boundary tested after the "a" (as in _NEGATION).
_INDEFINITE_BEFORE = re.compile(r"[Aa](?<!\w.)n?\s+$")


def _no_subject_before(body: str, start: int, end: int) -> bool:
    """Whether ``_NO_SUBJECT_BEFORE`` is found in ``body[start:end]``, searched only where that text ends with one
    of its words (in lower case, exact unless a non-ASCII letter matches an ASCII one: then searched)."""
    return _may_end_with(body[start:end], _NO_SUBJECT_ENDINGS) and _NO_SUBJECT_BEFORE.search(body, start, end) is not None


def _part_of_before(body: str, start: int, end: int) -> bool:
    """Whether ``_PART_OF`` is found in ``body[start:end]``, searched only where the text ends with "of", "for" or
    "the"."""
    return _may_end_with(body[start:end], ("of", "for", "the")) and _PART_OF.search(body, start, end) is not None


# ... except a part or number of a group, which acts as the group ("a number of Senators condemned"), and one who
# speaks for a body, which then acts ("The spokesperson for the Harbour Board condemned": the Board's position, as a
# spokesperson's quote is).
_PART_OF = caseless.compile(
    r"\b(?:(?:number|group|majority|handful|coalition|dozens|hundreds|thousands|some|many|most|all|several|members|both|"
    r"each|none)\s+of|spokes(?:man|woman|person|people|persons|men|women)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place after another place or a bracketed short form and a comma locates it ("Sydney, Australia", "Wales
# (NSW), Australia"), as does one that closes a bare apposition it does not open.
_COMMA_BEFORE = re.compile(r",\s+$")
# A comma that opens an apposition a name is in, with the name's lower-case title: "The mayor, Ann Lee, vetoed", "one
# of the groups, the Harbour Board, rejected", "The front-runner, former mayor Ann Lee, has promised".
_APPOSITION_OPEN = caseless.compile(r",\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)

# What opens an apposition that names the persons of the group before it: "Two councillors, Ann Lee and ...", ", former
# mayor Ann Lee,"; not a participle ("The union, led by Ann Lee, rejected" is the union's).
_APPOSITION_NAMES = re.compile(
    r",\s+(?:the\s+)?(?:(?!led\b|by\b|with\b|and\b|who\b)[a-z][\w-]*\s+){0,3}(?:(?:[A-Z][\w’'.-]*\s+){1,3}and\s+)?"
)

# A place's name after "of", "in" or "from", before the comma and the place that qualifies it ("the mayor of South
# Bend, Indiana, proposed"): the state or country names where the place is, not who acts.
_PLACE_NAME_BEFORE = re.compile(r"\b(?:of|in|from|near)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*$")
# "Neither Arland nor Borovia would endorse the result": the last name of a subject that "neither ... nor" denies.
_NOR_BEFORE = caseless.compile(r"\bnor\s+(?:the\s+)?$", re.IGNORECASE)


def _denied(judge: Callable[[str], Stancetaking | None]) -> Callable[[str], Stancetaking | None]:
    """``judge`` with its stance reversed, for the predicate of a subject that "neither ... nor" denies."""

    def reversed_stance(text: str) -> Stancetaking | None:
        take = judge(text)
        if take is None:
            return None
        return replace(take, stance="oppose" if take.stance == "support" else "support", modality="negated")

    return reversed_stance


# Nothing but a complementiser between a verb and the quote it introduces: "announced that [quote]".
# A time or a channel may come first: "announced on Friday [quote]", "said in a statement on Monday that [quote]".
_ONLY_THAT = caseless.compile(
    r"\W*(?:(?:on|in|at|via|during|through|late|early|earlier|later|yesterday|today|this|last)\b[^,;:.\"“”]{0,40}?\W*)?"
    r"(?:that\W*)?",
    re.IGNORECASE,
)
# What one sues for, over or against after the suit's time or place ("sued in federal court for defamation", "sued on
# Monday over the levy"): the rest of the predicate, where no quote follows to be its content. Other verbs' time or
# place with "for" after it is no object ("announced on Friday for the third time").
_SUING = frozenset(("sue", "sues", "sued", "suing"))
_GROUND = re.compile(r" (?:for|over|against) ")
# A relative clause on a name that states its stance: "Ann Lee, who proposed the sale, ...".
_RELATIVE_TO_STANCE_VERB = rf"(?:\s+(?:also|has|have|had|\w+ly))*\s+(?={_STANCE_VERBS}\b)"
_RELATIVE_STANCE = caseless.compile(rf",\s+(?P<pronoun>who|which){_RELATIVE_TO_STANCE_VERB}", re.IGNORECASE)

# The same relative clause after a person's name without its commas ("Ann Lee who sponsored the bill said ...").
_BARE_RELATIVE_STANCE = caseless.compile(rf"\s+who{_RELATIVE_TO_STANCE_VERB}", re.IGNORECASE)
_WORD_RUN = re.compile(r"[A-Za-z]+")


def _relative_end(body: str, start: int, end: int) -> int:
    """Where a relative clause without commas that opens at ``start`` ends: at a comma, else before the first verb of
    saying after its own verb (the sentence's verb: "who sponsored the bill remarked ..."), else at ``end``."""
    close = body.find(",", start, end)
    stop = close if close > 0 else end
    words = list(_WORD_RUN.finditer(body, start, stop))
    for word in words[1:]:
        if word.group().lower() in speech_verb_forms():
            return word.start()
    return stop


def _opening_stance(clause: str) -> Stancetaking | None:
    """The stance of a clause whose first word is its trigger ("sponsored the bill ..."), else None: a relative clause
    without commas may run on into the sentence's own predicate ("who backed into a car was not hurt")."""
    verbal = _verbal(clause)
    return stancetaking(clause) if verbal and verbal.start() == 0 else None



def _spans_holding(spans: Sequence[Span], occurrences: list[tuple[int, int, int]]) -> list[Span]:
    """The spans (in text order) in which an occurrence may start, found from the occurrences: an article of
    many short sentences and few names costs a look-up per name, not per sentence."""
    return [spans[index] for index in sorted({bisect_right(spans, at, key=itemgetter(0)) - 1 for at, _, _ in occurrences} - {-1})]


# A stance verb with its particle where a predicate starts ("accede to"), as the statement's verb is found.
_LEADING_STANCE_VERB = caseless.compile(rf"(?:{_STANCE_VERBS})\b", re.IGNORECASE)


# What follows a passive participle with no object: a preposition of its own or the clause's end.
_NO_OBJECT = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:from|by|in|at|on|after|over|under|until|without)\b")


# What may close a quote before the sentence goes on: closing quotation marks (a comma after them is the
# coordinated verb's, ``_COORDINATED_VERB``).
_AFTER_QUOTE = re.compile(r"[\"”’']*")


def _coordinated_verb(body: str, coordinated: re.Match[str]) -> str:
    """The verb that a coordinated predicate starts with: the past form, or the plain form after a negation ("but did
    not accede to")."""
    if coordinated.group("verb"):
        return coordinated.group("verb")
    negated = _LEADING_STANCE_VERB.match(body, coordinated.start("negated"))
    return negated.group() if negated else coordinated.group("negated")


def _predicates(body: str, verb_start: int, stop: int, verb: str) -> list[tuple[Span, str]]:
    """The spans of a subject's predicates from its first verb (``verb``), each with its verb: each verb in the
    past coordinated with it starts one ("issued warrants [and demanded their arrest]", "welcomed the deal [but
    warned that ...]", "agreed to X [but did not accede to Y]"), and the one before it ends at its "and" or "but"."""
    starts = [verb_start]
    verbs = [verb]
    ends = []
    # (each coordinated verb follows "and" or "but": a predicate without them is not scanned)
    coordinating = body.find("and", verb_start + 1, stop) >= 0 or body.find("but", verb_start + 1, stop) >= 0
    for coordinated in _COORDINATED_VERB.finditer(body, verb_start + 1, stop) if coordinating else ():
        if (
            coordinated.group("verb")
            and _PASSIVE_AUXILIARY.search(body, max(verb_start, coordinated.start() - 40), coordinated.start("predicate"))
            and _NO_OBJECT.match(body, coordinated.end())
        ):
            continue  # "who was arrested and banned from the race": a participle that shares a passive's auxiliary
        ends.append(coordinated.start())
        starts.append(coordinated.start("predicate"))
        verbs.append(_coordinated_verb(body, coordinated))
    return list(zip(zip(starts, [*ends, stop]), verbs))


@lru_cache(maxsize=4096)
def _stance_verb_word(verb: str) -> bool:
    """Whether a predicate's verb is a stance verb (``_STANCE_VERB_WORD``), remembered: the same verbs recur."""
    return _STANCE_VERB_WORD.fullmatch(verb) is not None


def _predicate_stance(predicate: str, verb: str) -> Stancetaking | None:
    """The stance a predicate starting with (or, after auxiliaries, led by) ``verb`` states: that of a stance
    verb, of the evaluative words after a verb of calling ("called the plan reckless"), or of what a speech
    verb reports when no quote was found there ("said it would challenge the law"); none after other verbs."""
    if _stance_verb_word(verb) or _LEADING_STANCE_VERB.match(predicate, max(0, predicate.find(verb))):
        # "offered its support"; after auxiliaries too ("has expelled two envoys over the raid")
        return stancetaking(predicate)
    if verb.lower().startswith(_VERDICT_VERBS) and _LEADING_STANCE_VERB.match(predicate, max(0, predicate.find(verb))):
        return stancetaking(predicate)  # "also ruled the curfew unlawful": a verdict's verb is one only with its complement
    if _CALLING_VERB.fullmatch(verb):
        # "labeled the report as fake news": what an account is called says whether it is true, no stance on an issue
        return None if _object_head(predicate, len(verb)) in _ACCOUNTS else evaluative_stancetaking(predicate)
    judged = _JUDGING_VERB.fullmatch(verb) and _JUDGED_CLAUSE.match(predicate, len(verb))
    # (a reporter takes no stance; what one expresses is a stance only by the stance verbs' own reading above)
    if judged or (verb.lower() in speech_verb_forms() and not verb.lower().startswith("report") and not _expressing(verb)):
        return stancetaking(predicate) or evaluative_stancetaking(predicate)
    return None


# A group named after its leader acts as itself, not as the leader: "the Lee campaign", "the Marsh administration".
_LEADERS_GROUP = caseless.compile(r"[\w’'-]+\s+(?:campaign|administration|government|cabinet|team|camp)", re.IGNORECASE)

# The subject's tail words are possessive, as its head's letters are read whole: the statement's verb after them
# opens with a space or a comma, which no tail word ends before.
_COLLECTIVE_SUBJECT = caseless.compile(
    r"(?:(?:On|Last|This|Earlier|Later|Yesterday|Today|Meanwhile)\b[^,.]{0,30},\s+)?"
    + _collective(_COLLECTIVE_HEAD_BEFORE_BREAK, r"[\w’'-]++")
    + rf"(?={_STATEMENT_VERB.pattern}\b)",
    re.IGNORECASE,
)

# No shorter sentence holds a subject, a stance verb and an object ("Groups sued."): skipped unread.
_SHORTEST_STATEMENT = 12


_MODAL_WORD = caseless.compile(r"\b(?:must|should|shall|may|might|can|could)\b", re.IGNORECASE)


def _of_place_form(body: str, name: str) -> str:
    """A collective named by a demonym ("the Samoan government") under the article's "of" form for it ("the
    government of Samoa") where the article has one: one group, under one name."""
    demonym, _, head = name.partition(" ")
    place = demonyms().get(demonym) if head else None
    if place is None:
        return name
    of_form = f"{head} of {place}"
    return of_form if of_form in body else name


# The singular heads of a collective that "the" may use for an organisation named before: "The union rejected the
# offer" after "the Arland Teachers Union", "The ministry urged" after "the Ministry of Health of Arland".
_ORGANISATION_HEADS = frozenset(
    "group association coalition council ministry union committee commission government parliament board league "
    "federation chamber alliance administration assembly cabinet".split()
)


def _named_before(
    head: str, at: int, named: list[tuple[int, int, int]], actors: Sequence[Actor], groups: Sequence[Actor]
) -> int | None:
    """The speaker number (``actors`` first, then ``groups``, the collectives found in the sentences before) of the
    organisation last named before ``at`` with ``head`` among the words of its name, for "the" and that head alone
    to stand for it; else of such a group; None if there is none."""
    for _, _, number in reversed(named[: bisect_left(named, (at,))]):
        actor = actors[number]
        if actor.type == "organization" and head in normalise(actor.name).split():
            return number
    for number in range(len(groups) - 1, -1, -1):
        if head in normalise(groups[number].name).split():
            return len(actors) + number
    return None


def _collectives(
    body: str,
    spans: Sequence[Span],
    named: list[tuple[int, int, int]],
    places: frozenset[int] = frozenset(),
    actors: Sequence[Actor] = (),
) -> tuple[list[Actor], list[tuple[int, int, int]]]:
    """Unnamed collectives that open a sentence as the subject of a stance verb, as actors of type group under
    the article's words for them (the annotation's convention for "a number of Senators", "attorneys general
    from sixteen states"); none where a named actor (which speaks for itself) stands before the subject's "of" or
    "from" ("the health ministry of Arland" is a collective, "Ann Lee's allies" are not), unless it is a place (of
    ``places``, the numbers of named that are places) that only says whose body it is ("the Lakeside city council").

    "The" and a singular head alone ("The union rejected ...") stand for the organisation of ``actors`` named before
    with that head in its name ("the Arland Teachers Union"), else for the group found before with it ("the
    government of Samoa"): those subjects come back as mentions (start, -end, speaker number), ``actors`` numbered
    first, and make no group of their own."""
    found: dict[str, Actor] = {}
    links: list[tuple[int, int, int]] = []
    starts = [at for at, _, _ in named]
    for start, end in spans:
        if end - start < _SHORTEST_STATEMENT:
            continue
        subject = _COLLECTIVE_SUBJECT.match(body, start, end)
        if not subject:
            continue
        verb = _STATEMENT_VERB.match(body, subject.end(), end)
        if verb and _MODAL_WORD.search(body, subject.start(), verb.start("verb")):
            continue  # "two-thirds of senators must vote to convict": a rule for a collective, not its act
        head_end = subject.start("tail") if subject.group("tail") else subject.end("name")
        first_named = bisect_left(starts, start)
        head = subject.start("name") + subject.group("name").rfind(" ") + 1  # where its last word starts
        if first_named < len(named) and named[first_named][0] == subject.start("name") and -named[first_named][1] < head:
            first_named += named[first_named][2] in places  # "the Lakeside city council": the place names whose it is
        if first_named != bisect_left(starts, head_end) and not _LEADERS_GROUP.fullmatch(subject.group("name")):
            continue  # "Ann Lee's allies said": a named actor speaks for itself; "the ministry of Arland" is one
        written = subject.group("name")
        if _is_no_collective(written):
            continue
        if written.lower() in _ORGANISATION_HEADS and body[subject.start("name") - 4 : subject.start("name")].lower() == "the ":
            earlier = _named_before(written.lower(), start, named, actors, list(found.values()))
            if earlier is not None:
                links.append((subject.start("name"), -subject.end("name"), earlier))
                continue
        name = _of_place_form(body, written)
        group = found.setdefault(normalise(name), _group_actor(name))
        if written != name and written not in group.aliases:
            found[normalise(name)] = group.model_copy(update={"aliases": [*group.aliases, written]})
    return list(found.values()), links


# A sentence that opens on a practice or a count of past cases tells background ("Traditionally, the board has
# approved ...", "Only once before has the council voted to ..."), not a position taken in the news.
_HABITUAL_OPENING = re.compile(r"\W*(?:Historically|Traditionally|(?:Only\s+)?once\s+before|Never\s+before)\b")


def _may_open_habitually(body: str, start: int, end: int) -> bool:
    """False only where ``_HABITUAL_OPENING`` cannot match: the span holds none of its words."""
    return (
        body.find("once", start, end) >= 0
        or body.find("Never", start, end) >= 0
        or body.find("Historically", start, end) >= 0
        or body.find("Traditionally", start, end) >= 0
    )


def _statement_candidates(
    body: str,
    spans: Sequence[Span],
    quotes: Sequence[Quote],
    actors: Sequence[Actor],
    occurrences: list[tuple[int, int, int]],
    taxonomy: Taxonomy,
    topic: Callable[[], Issue | None],
) -> list[Candidate]:
    """Stances stated outright in a sentence (of ``spans``) with a named actor as subject: "Marsh backs the plan",
    "Marsh met the unions and rejected their offer", "Marsh, who proposed the plan, ...", "neither Arland nor
    Borovia would endorse" (reversed), and a pronoun subject of an inner clause ("met the unions, where he rejected
    their offer"); then the stances a name or a group owns ("Ann Lee's support for X", ``_owned_stances``).

    A state that acts or speaks stands for its government ("Canada backs the deal"), as in event coding; a
    place that is merely mentioned is no subject of a stance verb and so holds nothing."""
    said = _QuoteBounds(
        sorted(q.start for q in quotes if not _reported(q)),
        sorted(q.end for q in quotes if not _reported(q)),
        {q.start: q.end for q in quotes if not _reported(q)},
    )
    collectives, links = _collectives(
        body, spans, occurrences, frozenset(number for number, actor in enumerate(actors) if actor.type == "place"), actors
    )
    speakers = [*actors, *collectives]
    if collectives or links:
        occurrences = sorted(
            occurrences + links + [(at, end, number + len(actors)) for at, end, number in _occurrences(body, collectives)]
        )
    candidates = []

    def add(number: int, clause: Span, judge: Callable[[str], Stancetaking | None] = stancetaking) -> None:
        take = judge(body[clause[0] : clause[1]])
        if take:
            issue, bonus, named = _issue_for(body, clause, take, "", taxonomy, topic)
            if issue and not (not named and _compliment(body[clause[0] : clause[1]])):
                target = body[clause[0] + take.target_start : clause[0] + take.target_end]
                for each in (issue, *_coordinated_issues(target, issue, taxonomy)):
                    candidates.append(
                        Candidate(_state_of(speakers[number], actors), each, take.stance, take.modality, *clause, None, 0.55 + bonus, named)
                    )

    holding = set(_spans_holding(spans, occurrences))
    # Sentences with a name, and those that may open with "He" or "She" (found in one scan of the body).
    pronouns = [(at, 0, 0) for at in _capitalised_pronouns(body)]
    place_ends = {-negative_end for _, negative_end, number in occurrences if speakers[number].type == "place"}
    counselled = _role_counsel(body, spans, speakers)
    last_person: int | None = None
    for start, end in sorted(holding.union(_spans_holding(spans, pronouns), counselled)):
        if _may_open_habitually(body, start, end) and _HABITUAL_OPENING.match(body, start, end):
            last_person = None
            continue  # "Historically, the ministry has not pressed charges": a practice, not a position taken
        subjects = []
        pronoun = (
            _PRONOUN_SUBJECT_START.match(body, start, end)
            if body.find("He", start, end) >= 0 or body.find("She", start, end) >= 0  # its pronoun, as written
            else None
        )
        mentions = list(_sentence_mentions(occurrences, start, end)) if (start, end) in holding else []
        if pronoun:
            # the person who was the last sentence's subject, else the last person of the pronoun's gender named before
            # it ("Ann Lee's positions include ... She supports X")
            held = last_person if last_person is not None else _person_before(body, occurrences, speakers, pronoun.start())
            if held is not None:
                mentions.insert(0, (pronoun.start(), pronoun.end(), held))
        if (start, end) in counselled:
            mentions.insert(0, counselled[start, end])  # "The president's lawyers appealed": the president's stance
        chain: list[int] = []  # names coordinated with the next one: "Ann Lee and Ivo Marsh signed" is signed by both
        denied: set[int] = set()  # where a subject that "neither ... nor" denies ends with its last name
        chain_end = start
        last_mention: tuple[int, int] | None = None  # where the name before starts, and its speaker's number
        for at, name_end, number in mentions:
            before, last_mention = last_mention, (at, number)
            if subjects and subjects[-1][4].start("aside") <= at < subjects[-1][4].end("aside"):
                # A name inside the apposition of the subject before: "Ann Lee, the Harbour Board chair, rejected" is
                # Ann Lee's; "Two councillors, Ann Lee and Ivo Marsh, rejected" is the named persons'.
                first, held_end, held, *rest = subjects[-1]
                named_in_aside = held_end > subjects[-1][4].start("aside")
                if speakers[number].type == "person" and (
                    named_in_aside
                    or (
                        all(speakers[n].type != "person" for n in held)
                        and _APPOSITION_NAMES.fullmatch(body, subjects[-1][4].start("aside"), at)
                    )
                ):
                    subjects[-1] = (first, name_end, (*held, number) if named_in_aside else (number,), *rest)
                continue
            if chain and speakers[number].type == "place" and _PLACE_OF.fullmatch(body, chain_end, at):
                continue  # "Ann Lee of Arland and Ivo Marsh": Arland only places Ann Lee; the list goes on after it
            if chain and not _COORDINATION.fullmatch(body, chain_end, at):
                chain = []
            # A list of subjects ends with "and": in "a memo by Ann Lee, the council rejected" only the council did.
            joined_by_and = bool(chain) and (" and " in body[chain_end:at] or " nor " in body[chain_end:at])
            chain_end = name_end
            if speakers[number].type == "organization" and body.find("passed", max(start, at - 24), at) >= 0:
                passing = _PASSED_CHAMBER.search(body, max(start, at - 80), at)
                if passing and not _NAME_GOES_ON.match(body, name_end, end):
                    # "The bill passed the Senate on Tuesday": the chamber supports the measure that passed it
                    add(number, (passing.start(), name_end), _passed_by_chamber)
            relative = _RELATIVE_STANCE.match(body, name_end, end) if body.startswith(",", name_end, end) else None
            if relative and relative.group("pronoun").lower() == "which":
                # "which" is the name's own, even after a preposition ("a rally outside the Court, which rejected X")
                close = body.find(",", relative.end(), end)
                add(number, _strip(body, relative.end(), close if close > 0 else end))
                relative = None
            after_comma = _COMMA_BEFORE.search(body, max(start, at - 4), at) if body.find(",", max(start, at - 4), at) >= 0 else None
            if (_no_subject_before(body, max(start, at - 12), at) and not _part_of_before(body, max(start, at - 24), at)) or (
                body[at].isupper() and _INDEFINITE_BEFORE.search(body, max(start, at - 4), at)
            ) or (
                speakers[number].type == "place"
                and after_comma
                and (
                    body[after_comma.start() - 1] == ")"
                    or after_comma.start() in place_ends
                    or _PLACE_NAME_BEFORE.search(body, max(start, after_comma.start() - 40), after_comma.start()) is not None
                )
            ):
                if before is not None and after_comma and speakers[number].type == "place" and speakers[before[1]].type != "place":
                    # the place locates the body named before it, which is the subject: "the Parliament of Wales (NSW),
                    # Australia voted", "Ann Lee of the University of Lakeside, Arland disagreed"
                    verb = _STATEMENT_VERB.match(body, name_end, end) if body[name_end : name_end + 1].isspace() else None
                    if verb and not verb.group("aside"):
                        subjects.append((before[0], name_end, (before[1],), verb, verb))
                chain = []
                continue  # "the Minister of Tunisia, signed", "the legislature in Sydney abolished", "Wales (NSW), Australia voted"
            if relative:
                close = body.find(",", relative.end(), end)
                add(number, _strip(body, relative.end(), close if close > 0 else end))
            elif body.startswith(" who ", name_end, end) and speakers[number].type == "person":
                bare = _BARE_RELATIVE_STANCE.match(body, name_end, end)
                if bare:
                    # "Senator Ann Lee who sponsored the bill said ...": a relative clause without commas ends at the
                    # comma or at the sentence's verb of saying
                    add(number, _strip(body, bare.end(), _relative_end(body, bare.end(), end)), _opening_stance)
            # (what may stand between a subject and its verb, _BEFORE_VERB, opens with a space or a comma)
            spaced = name_end < end and (body[name_end] == "," or body[name_end].isspace())
            stance_verb = _STATEMENT_VERB.match(body, name_end, end) if spaced else None
            verb = stance_verb or (_SUBJECT_VERB.match(body, name_end, end) if spaced else None)
            if verb is None and body.startswith(("'", "’"), name_end, end) and speakers[number].type != "place":
                counsel = _COUNSEL.match(body, name_end, end)
                stance_verb = _STATEMENT_VERB.match(body, counsel.end(), end) if counsel else None
                if stance_verb and not stance_verb.group("aside"):
                    # "Lee's lawyers appealed the ruling": a stance counsel take for a client is the client's
                    verb, name_end = stance_verb, counsel.end()
            numbers = (*chain, number) if joined_by_and else (number,)
            if verb and verb.group("joint") and len(numbers) == 1:
                verb = None  # "Marsh both rejected": "both" or "all" floats after a joint subject, not after one name
            if verb and (verb.group("aside") != "," or _APPOSITION_OPEN.search(body, max(start, at - 40), at)):
                if _NOR_BEFORE.search(body, max(start, at - 10), at):
                    denied.add(at)
                subjects.append((at, name_end, numbers, stance_verb, verb))
                chain = []
            else:
                chain.append(number)
        persons = [number for _, _, numbers, _, _ in subjects for number in numbers if speakers[number].type == "person"]
        # "met the unions, where he rejected their offer", "gave a speech in which she condemned ...": a person subject
        # of a clause inside the sentence is the sentence's first person subject, else the last one before it.
        holder = persons[0] if persons else last_person
        # (each of _INNER_PRONOUN's words, "where", "which", "whereupon", starts with "wh")
        for inner in _INNER_PRONOUN.finditer(body, start, end) if holder is not None and body.find("wh", start, end) >= 0 else ():
            inner_verb = _STATEMENT_VERB.match(body, inner.end(), end)
            if inner_verb and not inner_verb.group("aside"):
                subjects.append((inner.start("pronoun"), inner.end(), (holder,), inner_verb, inner_verb))
        subjects.sort(key=itemgetter(0))
        last_person = persons[0] if persons else (None if subjects or (start, end) in holding else last_person)
        # A subject's predicates end where the next subject starts ("Fars reported Iran issued X and demanded Y").
        for subject, next_start in zip(subjects, [s[0] for s in subjects[1:]] + [end]):
            at, _, numbers, _, _ = subject
            for predicate, verb_word in _subject_predicates(body, quotes, said, subject, next_start, speakers):
                judge = partial(_predicate_stance, verb=verb_word)
                for number in numbers:
                    add(number, _strip(body, *predicate), _denied(judge) if at in denied else judge)
        if (start, end) in holding:
            candidates.extend(_described_stances(body, (start, end), occurrences, speakers, taxonomy, topic))
    return candidates + _owned_stances(body, spans, occurrences, speakers, taxonomy, topic) + _their_demands(body, spans, taxonomy, topic)


# A measure that passed a chamber, before the chamber's name: "The bill passed the Senate", "the measure, which passed
# both houses"; the measure is what the chamber (an organisation named right after it) voted for. Not a bill that passed
# through or by a place, nor a time that passed ("a year passed").
_PASSED_CHAMBER = caseless.compile(
    opening_with_first_letters(("bill", "bills", "measure", "legislation", "act", "resolution", "amendment", "proposal", "which", "that"))
    + r"\b(?:\s+\w+ly)?\s+passed\s+(?:in\s+)?(?:both\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# A capitalised word after a mention (not a day or a month): the mention is part of a longer name the cast lacks ("the
# Lakeland House of Delegates", whose "Lakeland" is the Lakeland Senate's short name).
_NAME_GOES_ON = re.compile(rf"\s+(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z]")


def _passed_by_chamber(clause: str) -> Stancetaking:
    """The support of a chamber a measure passed (``_PASSED_CHAMBER``): the measure, before "passed", is the target."""
    return Stancetaking("support", "asserted", 0, max(0, clause.lower().rfind(" passed")))


# A name's counsel before a stance verb ("Ann Lee's lawyers appealed", "the Harbour Board's legal team challenged"):
# they act for the name, whose stance it is (the annotation conventions: a stance a lawyer announces for a client is
# the client's).
_COUNSEL = re.compile(
    r"['’]s?\s+(?:(?:own|personal|private|lead|defen[cs]e)\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|"
    r"(?:legal|defen[cs]e)\s+team)(?=[\s,])"
)


# A role before its counsel opening a sentence ("The president's lawyers appealed the ruling", "The mayor's legal team
# filed ..."): the role stands for the one person of the article who holds it, as a name before counsel does.
_ROLE_BEFORE_COUNSEL = re.compile(r"The (?P<role>[a-z]{3,20})(?=['’])")
_COUNSEL_WORDS = ("lawyer", "attorney", "counsel", "solicitor", "barrister", "legal team", "defence team", "defense team")


def _role_counsel(body: str, spans: Sequence[Span], speakers: Sequence[Actor]) -> dict[Span, tuple[int, int, int]]:
    """The sentences (of ``spans``) that open with a role's counsel, each with the role as a mention of its holder
    (where the role phrase starts and ends, the holder's speaker number): the one person whose role ends with that
    word ("President" of "Westmarch President Ann Lee"); none where no person or several hold it."""
    if not any(word in body for word in _COUNSEL_WORDS):
        return {}
    found = {}
    for start, end in spans:
        role = _ROLE_BEFORE_COUNSEL.match(body, start, end) if body.startswith("The ", start, end) else None
        if role is None or _COUNSEL.match(body, role.end(), end) is None:
            continue
        head = role.group("role")
        holders = [
            number
            for number, actor in enumerate(speakers)
            if actor.type == "person" and any(_held_role_head(held) == head for held in actor.roles)
        ]
        if len(holders) == 1:
            found[start, end] = (start, role.end(), holders[0])
    return found


def _held_role_head(role: str) -> str:
    """The head word of a role a person holds, lower-cased: "president" of "Westmarch President" and of "President of
    Westmarch"."""
    return _head_word(role.split(" of ")[0])


def _state_of(actor: Actor, actors: Sequence[Actor]) -> Actor:
    """The state a capital stands for when it acts ("Athens expelled the ambassador" is Greece's act, as a state acting
    stands for its government), the article's actor of that name if it has one; any other actor as it is."""
    state = capitals().get(actor.name) if actor.type != "person" else None
    if state is None:
        return actor
    for other in actors:
        if other.type == "place" and other.name == state:
            return other
    return actor.model_copy(update={"id": actor_id(state, "place"), "name": state, "aliases": [*actor.aliases, actor.name]})


# How far back "he" or "she" opening a sentence looks for the person it stands for, when the sentence before had no
# person as its subject: a few names, in the paragraph before at most.
_ANTECEDENT_MENTIONS = 4
_ANTECEDENT_CHARS = 400


def _person_before(body: str, occurrences: list[tuple[int, int, int]], speakers: Sequence[Actor], at: int) -> int | None:
    """The speaker number of the last person named before ``at`` (a sentence's "He" or "She") whose given name, where
    the lexicon knows it, agrees with the pronoun; None when a name of another type or gender comes first or none is
    near."""
    wanted = "male" if body.startswith("He", at) else "female"
    genders = first_name_genders()
    index = bisect_left(occurrences, (at,))
    for mention_start, _, number in reversed(occurrences[max(0, index - _ANTECEDENT_MENTIONS) : index]):
        if at - mention_start > _ANTECEDENT_CHARS:
            return None
        actor = speakers[number]
        if actor.type != "person":
            continue
        gender = genders.get(actor.name.split()[0].lower())
        if gender is None or gender == wanted:
            return number
    return None


class _QuoteBounds(NamedTuple):
    """Where the quotes start and end (each sorted) that are more than news a source reports (``_reported``), and
    each one's end by its start."""

    starts: list[int]
    ends: list[int]
    end_at: dict[int, int]


def _subject_predicates(
    body: str,
    quotes: Sequence[Quote],
    said: _QuoteBounds,
    subject: tuple[int, int, tuple[int, ...], re.Match[str] | None, re.Match[str]],
    next_start: int,
    speakers: Sequence[Actor],
) -> list[tuple[Span, str]]:
    """The predicates, each with its verb, of a sentence's ``subject`` as ``_statement_candidates`` finds them
    (where its name starts and ends, its speakers' numbers, the stance verb if any, its verb): from the verb up to the
    next subject (``next_start``) or the next quote, and one coordinated after that quote."""
    at, name_end, numbers, stance_verb, verb = subject
    # Quotes that start before the verb ends, less those that end by the name's end, overlap the statement:
    # it is what they say, unless it is an act a speaker reports of another actor.
    if bisect_left(said.starts, verb.end()) > bisect_right(said.ends, name_end):
        reporting = _reporting_quote(body, quotes, at, name_end, verb, [speakers[n] for n in numbers]) if stance_verb else None
        if reporting is None:
            return []
        next_start = min(next_start, reporting.end)
    following_quote = bisect_left(said.starts, verb.end())
    stop = min(next_start, said.starts[following_quote]) if following_quote < len(said.starts) else next_start
    predicates = []
    only_that = _ONLY_THAT.fullmatch(body, verb.end(), stop)
    if only_that and verb.group("verb").lower() in _SUING and stop not in said.end_at and _GROUND.search(body, verb.end(), stop):
        only_that = None  # no quote after it: "sued in federal court for defamation" is the verb's own predicate
    if not only_that:  # else "Lee announced [a new tax]": the quote's cue
        predicate_start = max(verb.end("aside"), verb.end("affiliation"), verb.end("joint"), name_end)
        predicates = _predicates(body, predicate_start, stop, verb.group("verb"))
    # A predicate coordinated after the quote: 'called it "a disgrace" but urged the council to act'.
    if stop < next_start and stop == said.starts[following_quote]:
        resumed = _AFTER_QUOTE.match(body, said.end_at[stop], next_start)
        coordinated = _COORDINATED_VERB.match(body, resumed.end(), next_start) if resumed else None
        if coordinated:
            later = bisect_left(said.starts, coordinated.end())
            resume_stop = min(next_start, said.starts[later]) if later < len(said.starts) else next_start
            lead = _LEADING_STANCE_VERB.match(body, coordinated.start("predicate"))  # "and called for"
            if not _ONLY_THAT.fullmatch(body, max(coordinated.end(), lead.end() if lead else 0), resume_stop):
                predicates += _predicates(body, coordinated.start("predicate"), resume_stop, _coordinated_verb(body, coordinated))
    return predicates


# "he" or "she" as the subject of a clause inside a sentence: "where he", "in which she", "at which he".
_INNER_PRONOUN = re.compile(
    opening_with_first_letters(("where", r"in\s+which", r"at\s+which", r"during\s+which", "whereupon")) + r"\s+(?P<pronoun>he|she)\b"
)


# An act in the past, not a pledge ("would not give up") or a stance a speaker lends an actor ("Arland wants peace").
_PAST_ACT = re.compile(rf"(?:\s+\w+)*?\s+(?:has|have|had)\b|\S*\s+\w+ed\b|\S*\s+(?:{_IRREGULAR_PAST}|sought|fought|withdrew|struck)\b")


def _reporting_quote(
    body: str, quotes: Sequence[Quote], at: int, name_end: int, verb: re.Match[str], subjects: Sequence[Actor]
) -> Quote | None:
    """The reported speech (an indirect quote) in which a speaker reports a past act of another actor named as its
    subject: "Lee noted that the Harbour Board rejected the plan" is the board's stance, stated as an act, not
    Lee's; None when the statement is the speaker's own or no such act."""
    if not _PAST_ACT.match(body, name_end, verb.end("verb")) or re.search(r"\b(?:would|will)\b", body[name_end : verb.start("verb")]):
        return None
    for quote in quotes:
        if quote.kind == "direct" or _reported(quote) or not quote.start <= at < verb.end() <= quote.end:
            continue
        speaker = normalise(quote.speaker.name) if quote.speaker else None
        if all(speaker not in {normalise(name) for name in _mention_names(actor)} for actor in subjects):
            return quote
    return None
