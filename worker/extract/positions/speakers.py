"""Who holds a stance: the actor a quote's speaker is (by id, name, alias or last name, or the organisation
a spokesperson speaks for: ``_Speakers``), an unnamed collective as a group actor ("the health ministry of Arland
said": the name patterns of ``_collective``, which a statement's collective subject uses too), the actors named
jointly with a speaker ("Ann Lee and Ivo Marsh said": ``_co_speakers``) or standing for a "They" (``_they_listed``),
and where the actors' names occur in the body (``_occurrences``, linear in its length however many actors).

About actors and their names, not stance: no stance rule is read here, so both the quote and the statement paths
build on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import itemgetter, not_

from worker.extract import caseless
from worker.extract.actors import actor_id, normalise
from worker.extract.lexicon import organisation_words
from worker.extract.listing import they_listed
from worker.extract.names import opening_with_first_letters
from worker.extract.taxonomy import by_first_letter, lengths_before, word_pieces
from worker.extract.text import Span, is_word_char
from worker.models import Actor, Quote

_LEADING_THE = re.compile(r"^the\s+")
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


class _Speakers:
    """The actors of an article by id, by normalised name or alias, and persons by last name, built once, so
    that finding each quote's speaker does not walk every actor (quotes times actors grows with the square
    of an article's length)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.by_id: dict[str, Actor] = {}
        self.by_name: dict[str, list[Actor]] = {}
        self.by_last_name: dict[str, list[Actor]] = {}
        for actor in actors:
            self.by_id.setdefault(actor.id, actor)
            for key in {normalise(name) for name in (actor.name, *actor.aliases)}:
                self.by_name.setdefault(key, []).append(actor)
            if actor.type == "person":
                for last in normalise(actor.name).split()[-1:]:
                    self.by_last_name.setdefault(last, []).append(actor)

    def of(self, quote: Quote) -> Actor | None:
        """The actor who speaks a quote: by actor id, else by name or alias, else ("Marsh said") the one
        person whose last name it is."""
        if quote.speaker is None:
            return None
        if quote.speaker.actor_id and quote.speaker.actor_id in self.by_id:
            return self._spoken_for(self.by_id[quote.speaker.actor_id])
        wanted = _LEADING_THE.sub("", normalise(quote.speaker.name))  # "The Harbour Board said" is the Harbour Board
        named = self.by_name.get(wanted) or self.by_last_name.get(wanted, [])
        return self._spoken_for(named[0]) if len(named) == 1 else _collective_speaker(quote.speaker.name)

    def _spoken_for(self, actor: Actor) -> Actor:
        """The organisation a spokesperson speaks for, where the article names it as an actor ("Foreign Ministry
        spokesman Ivo Marsh" of the "Foreign Ministry", "Ann Lee, a spokeswoman for the Harbour Board"): the
        annotation's convention that a spokesperson speaks for the organisation; else the actor itself."""
        if actor.type != "person" or not actor.roles:
            return actor
        for role in actor.roles:
            words = normalise(role.rpartition(". ")[2]).split()
            spokes = next((number for number, word in enumerate(words) if word in _SPOKES), None)
            if spokes is None:
                continue
            after = words[spokes + 1 :]
            if after[:1] in (["for"], ["of"]):
                body = after[2:] if after[1:2] == ["the"] else after[1:]
            else:
                body = words[:spokes]
                if body and role == role.lower() and body[-1] not in organisation_words():
                    continue  # "education spokeswoman": a portfolio in lower case names no body ("police spokesman" may)
            organisation = self._organisation(" ".join(body)) if body else None
            if organisation is not None:
                return organisation
        return actor

    def _organisation(self, name: str) -> Actor | None:
        """The organisation of that normalised name, else the one organisation whose name ends with it."""
        exact = [other for other in self.by_name.get(name, ()) if other.type == "organization"]
        if exact:
            return exact[0]
        ending = {
            other.id: other
            for key, others in self.by_name.items()
            if key.endswith(" " + name)
            for other in others
            if other.type == "organization"
        }
        return next(iter(ending.values())) if len(ending) == 1 else None


def _collective_speaker(name: str) -> Actor | None:
    """A group actor for a speaker that is an unnamed collective ("the health ministry of Arland"), under its own
    words as for a collective subject; none for an unnamed individual ("a bystander", "its director")."""
    found = _COLLECTIVE_SPEAKER.fullmatch(name.strip())
    if not found or _is_no_collective(found.group("name")):
        return None
    return _group_actor(found.group("name"))


def _group_actor(name: str) -> Actor:
    """An unnamed collective as an actor of type group, under the article's words for it."""
    return Actor(id=actor_id(name, "group"), name=name, type="group", mention_count=1)


def _mention_names(actor: Actor) -> tuple[str, ...]:
    """The names a sentence may use for an actor: name, aliases and a person's last name."""
    names = {actor.name, *actor.aliases}
    if actor.type == "person" and len(actor.name.split()) > 1:
        names.add(actor.name.split()[-1])
    return tuple(names)


_WORD = re.compile(r"\w+")


# Up to this many words, each is looked for in the body by string search; more (a long article naming many people),
# the body is split into its word pieces once.
_SEARCHED_WORDS = 48


def _whole_words_at(body: str, wanted: set[str]) -> dict[str, list[int]]:
    """Where each of the ``wanted`` words (runs of word characters) stands in ``body`` as a whole word (no word
    character on either side), in text order.

    A few words (most articles: a dozen names' first words) are each found by string search (``str.find`` skips
    ahead in C), the characters beside each place then tested: about a quarter of the cost of splitting the body
    into its word pieces and reading their offsets, which most articles never need again. Each search reads the
    whole body, so many words (``_SEARCHED_WORDS``) are looked up in the body's word pieces instead
    (``taxonomy.word_pieces``, split in C): a piece of ASCII characters is one whole word, so it is looked up as it
    stands; a piece with other characters may hold several words between non-word characters ("Lee’s"), and only
    those pieces are read word by word."""
    found: dict[str, list[int]] = {}
    if len(wanted) <= _SEARCHED_WORDS:
        length = len(body)
        for word in wanted:
            at = body.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not is_word_char(body[at - 1])) and (end == length or not is_word_char(body[end])):
                    found.setdefault(word, []).append(at)
                at = body.find(word, end)  # (an occurrence that starts inside this one has a word character before it)
        return found
    pieces = word_pieces(body)
    starts = lengths_before(body)  # piece i starts at starts[i] + i
    for index in compress(range(len(pieces)), map(wanted.__contains__, pieces)):
        if pieces[index].isascii():
            found.setdefault(pieces[index], []).append(starts[index] + index)
    for index in compress(range(len(pieces)), map(not_, map(str.isascii, pieces))):
        for word in _WORD.finditer(pieces[index]):
            if word.group() in wanted:
                found.setdefault(word.group(), []).append(starts[index] + index + word.start())
    return {word: sorted(offsets) for word, offsets in found.items()}


def _occurrences(body: str, actors: Sequence[Actor]) -> list[tuple[int, int, int]]:
    """Every whole-word occurrence of an actor's name: (start, -end, actor number), in text order with the
    longest first.

    A name that starts with a capital (nearly all do) is looked for only where the body has its first word as
    a whole word (the name's occurrence must open a word), found for all of them at once (``_whole_words_at``), so
    the cost stays linear in the body's length however many actors a long article names; other names are found by
    plain string search.
    No per-article regular expression."""
    names = [(number, name) for number, actor in enumerate(actors) for name in _mention_names(actor) if name]
    first_words = {name: _WORD.match(name).group() for _, name in names if name[0].isascii() and name[0].isupper()}
    capitalised = _whole_words_at(body, set(first_words.values())) if first_words else {}  # no capitalised name: no scan
    found = []
    for number, name in names:
        if name in first_words:
            # where its first word stands as a whole word, no word character is before it: only its end is tested
            closes_word, length = is_word_char(name[-1]), len(name)
            found.extend(
                (at, -at - length, number)
                for at in capitalised.get(first_words[name], ())
                if body.startswith(name, at) and (at + length < len(body) and is_word_char(body[at + length])) != closes_word
            )
            continue
        candidates = []
        at = body.find(name)
        while at >= 0:
            candidates.append(at)
            at = body.find(name, at + 1)
        # A whole word: the characters just outside the name are of the other kind than its first and last.
        opens_word, closes_word = is_word_char(name[0]), is_word_char(name[-1])
        found.extend(
            (at, -at - len(name), number)
            for at in candidates
            if (at > 0 and is_word_char(body[at - 1])) != opens_word
            and (at + len(name) < len(body) and is_word_char(body[at + len(name)])) != closes_word
        )
    return sorted(found)


def _sentence_mentions(occurrences: list[tuple[int, int, int]], start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """The actor mentions within a span, in text order, (start, end, actor number): where several names start at
    one place, the longest ("Marsh" in "Ivo Marsh" is no mention of its own)."""
    covered = start
    for at, negative_end, number in occurrences[bisect_left(occurrences, (start,)) : bisect_left(occurrences, (end,))]:
        if at >= covered and -negative_end <= end:
            covered = -negative_end
            yield at, -negative_end, number


# What joins coordinated names, with a few lower-case words of a title before the next: "Ann Lee and Ivo Marsh",
# "Arland, Borovia and the Harbour Board", "Ann Lee and former mayor Ivo Marsh"; after "and" up to four capitalised
# title words ("and fellow Republican Representative Ivo Marsh", "and House Harbour Committee Chair Ivo Marsh"), and after the first name its place ("Senators Ann Lee of
# Arland, Ivo Marsh of Borovia and ...").
_COORDINATION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|nor)\s+)(?:[a-z]+\s+){0,4}(?:[A-Z][a-z]+\s+){0,4}(?:[a-z]+\s+){0,3}"
)

# A name that only gives the place of the name before it: "Ann Lee of Arland".
_PLACE_OF = re.compile(r"\s+of\s+(?:the\s+)?$")


# An unnamed collective opening a sentence as the subject of a stance verb: "Attorneys general from ten states
# sued", "A coalition of press freedom groups filed a lawsuit", "The health ministry of Arland said". A fronted
# time ("On Monday,") may come first; a determiner or a part of a group ("a number of") is no part of its name.
_COLLECTIVE_NOUNS = (
    "group association coalition council ministry union committee commission government parliament board league "
    "federation chamber alliance administration assembly campaign cabinet jury"
).split()
_COLLECTIVE_HEAD = (
    r"(?:(?!(?:does|various|numerous|previous|serious|famous|obvious)\b)[A-Za-z][a-z’'-]{2,}(?<!ss)(?<!['’]s)(?<!['’])s|"
    rf"{by_first_letter(_COLLECTIVE_NOUNS)})"
)
# The same head where a space or a comma must follow it (before the statement's verb): the plural's letters read
# whole, then tested to end in "s" (giving them back one at a time, to find an "s" before another letter, finds no
# head that a space or a comma follows).
_COLLECTIVE_HEAD_BEFORE_BREAK = (
    r"(?:(?!(?:does|various|numerous|previous|serious|famous|obvious)\b)[A-Za-z](?=[a-z’'-]{3})[a-z’'-]*+(?<=s)(?<!ss.)(?<!['’]s.)(?<!['’]s)|"
    rf"{by_first_letter(_COLLECTIVE_NOUNS)})"
)


def _collective(head: str, word: str) -> str:
    """A collective with ``head`` as its head and ``word`` as each word of its tail ("of the health ministry")."""
    return (
        r"(?:(?:dozens|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:the\s+)?"  # "Thousands of farmers": the farmers
        r"|(?:the|a|an|some|several|many|most|dozens|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|eight|"
        r"nine|ten)\s+(?:(?:number|group|coalition|handful|majority)\s+of\s+(?:the\s+)?)?"
        # No determiner: not after one that is no head ("The", "ten", a number), whose name, words and heads the
        # determined readings already tried (they reach every end of a name this one could: "The House of Commons"
        # as "House of Commons"); only "Dozens", "Hundreds" and the like may head a name themselves.
        r"|(?!(?:the|a|an|some|several|many|most|two|three|four|five|six|seven|eight|nine|ten)\s|\d))"
        # a chamber with its country's adjective or name before it: "the Libyan House of Representatives"
        r"(?P<name>(?-i:[A-Z][\w’'-]+)\s+(?:House\s+of\s+(?:Representatives|Commons|Delegates|Lords)|Chamber\s+of\s+Deputies)"
        rf"|(?:[a-z][\w’'-]*+\s++){{0,2}}?{head}"
        # (an infinitive's "to" ends the name: "The government of Borovia planned to implement ...")
        rf"(?P<tail>\s+(?:general|of|from|in)(?:\s+(?:the\s+)?(?!to\b){word}){{1,3}}?(?!\s+of\s+(?-i:[A-Z])))?)"
    )


_COLLECTIVE = _collective(_COLLECTIVE_HEAD, r"[\w’'-]+")

# A quote's speaker that is such a collective: "the health ministry of Arland said that ...".
_COLLECTIVE_SPEAKER = caseless.compile(_COLLECTIVE, re.IGNORECASE)

# Plural words that are no collective: pronouns, determiners and the like.
# Generic sources (analysts, experts, observers, sources) are no collective that holds positions either.
_NOT_COLLECTIVE = frozenset(
    "this these those others officials reports news its his hers theirs ours yours analysts experts observers sources "
    "commentators economists".split()
)


def _is_no_collective(name: str) -> bool:
    return name.split()[-1].lower() in _NOT_COLLECTIVE or _PRONOUN_IN_NAME.search(name) is not None


def _fuller_organisations(actors: list[Actor]) -> list[Actor]:
    """An organisation named by the words before "of" in another's name ("the Supreme Court" beside "the Supreme Court
    of Lakeland") is that organisation, under the fuller name with the short one as an alias, where only one fuller
    name has those first words: the article's short form of it, as the annotation names an actor by its fullest form."""
    names = {actor.name for actor in actors if actor.type == "organization"}
    fuller: dict[str, list[Actor]] = {}
    for actor in actors:
        short, of, _ = actor.name.partition(" of ")
        if of and actor.type == "organization" and short in names:
            fuller.setdefault(short, []).append(actor)
    merged = {short: longer[0] for short, longer in fuller.items() if len(longer) == 1}
    if not merged:
        return actors
    shorts = {longer.id: short for short, longer in merged.items()}
    return [
        actor.model_copy(update={"aliases": [*actor.aliases, shorts[actor.id]]}) if actor.id in shorts else actor
        for actor in actors
        if not (actor.type == "organization" and actor.name in merged)
    ]


# A personal pronoun (also "it") or a lower-case auxiliary is no part of a name: "Whenever I", "We want peoples", "And
# it's", "car was" are words of a sentence mistaken for names, which would hold the stances of every sentence that
# opens with them.
# Written as _NEGATION is: "\b(?:I|We|You|...|has)\b" opening with the class of the words' first letters (a search of
# every actor's name entered the alternation at each of its characters).
_PRONOUN_IN_NAME = re.compile(
    opening_with_first_letters(("I", "We", "You", "He", "She", "They", "It", "it", "Me", "Us", "My", "Our", "was", "were", "is", "are", "does", "did", "has"))
    + r"\b"
)


# "Ann Lee and (former mayor) Ivo Marsh": the names of a joint subject; before them, more names in a list.
_AND_JOIN = re.compile(r",?\s+and\s+(?:[a-z]+\s+){0,3}")
_AND_JOIN_BEFORE = re.compile(_AND_JOIN.pattern + "$")
_LIST_JOIN_BEFORE = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,2}$")


def _co_speakers(body: str, quote: Quote, speaker: Actor, named: Callable[[], list[tuple[str, Actor]]]) -> list[Actor]:
    """The actors named jointly with a quote's speaker as its subject, near the quote: "Ann Lee and Ivo Marsh said
    ..." is said by both, whichever of them the quote names as its speaker. ``named()`` gives every name of every
    actor (``_mention_names``) with its actor, in the actors' order: built once an article, for its quotes."""
    windows = [(low, high) for low, high in ((max(0, quote.start - 120), quote.start), (quote.end, min(len(body), quote.end + 60)))
               if " and " in body[low:high]]  # most quotes: no joint subject, no list of names built
    others = [(name, actor) for name, actor in named() if actor.id != speaker.id] if windows else []
    partners: list[Actor] = []
    for low, high in windows:
        window = body[low:high]
        # The speaker's mention nearest the quote, under its longest name ("Ivo Marsh", not "Marsh").
        before_quote = high == quote.start
        found = [(window.rfind(name) if before_quote else window.find(name), name) for name in _mention_names(speaker)]
        found = [(at + len(name) if before_quote else -at, len(name), at, name) for at, name in found if at >= 0]
        if not found:
            continue
        *_, at, name = max(found)
        after = _AND_JOIN.match(window, at + len(name))  # the speaker named first: "Lee and Marsh said"
        partners += [actor for other, actor in others if after and window.startswith(other, after.end())][:1]
        join = _AND_JOIN_BEFORE  # the speaker named last: "Lee and Marsh said", "Kim, Lee and Marsh said"
        while at > 0:
            joined = join.search(window, 0, at)
            end = joined.start() if joined else 0
            named = [(end - len(other), actor) for other, actor in others if window.endswith(other, 0, end)]
            at, actor = max(named, key=itemgetter(0), default=(-1, None))
            if actor:
                partners.append(actor)
            join = _LIST_JOIN_BEFORE
    return list({actor.id: actor for actor in partners}.values())


# A sentence opening with "They" and the cue's subject right before the cue ("They concluded", "They also said"), or a
# coordinated predicate of theirs ("..., and deemed that").
_THEY_ADVERB = r"\s+(?:(?:also|later|then|jointly|further|\w+ly)\s+)?$"
_THEY_SUBJECT = re.compile(rf"They{_THEY_ADVERB}")
_AND_SUBJECT = re.compile(rf"[,\s]\s*and{_THEY_ADVERB}")


def _they_listed(
    body: str, quote: Quote, spans: Sequence[Span], occurrences: list[tuple[int, int, int]], actors: Sequence[Actor]
) -> list[Actor]:
    """The named actors a quote's "They" stands for: a sentence opening with "They" and the quote's cue ("They
    concluded that ...", "They called on X ..., and deemed that ...") after a sentence whose subject lists two or
    more named actors ("A, B and C met in Dunmere", "A and his counterparts, B and C, gathered";
    ``listing.they_listed``). Each of them states it, as each of "A and B said" does; none found, an empty list."""
    index = bisect_right(spans, (quote.start, len(body))) - 1
    if index < 1 or not body.startswith("They ", spans[index][0]) or not quote.cue:
        return []
    start = spans[index][0]
    cue_at = body.rfind(quote.cue, start, quote.start)
    if cue_at < 0 or not (_THEY_SUBJECT.match(body, start, cue_at) or _AND_SUBJECT.search(body, max(start, cue_at - 24), cue_at)):
        return []

    def mentions(low: int, high: int) -> list[tuple[int, int, Actor]]:
        return [(at, end, actors[number]) for at, end, number in _sentence_mentions(occurrences, low, high)]

    listed = they_listed(body, spans, index, mentions)
    return listed if len(listed) >= 2 else []  # one name and unnamed others: no one else holds it
