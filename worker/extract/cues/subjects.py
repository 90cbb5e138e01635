"""The subject before a speech verb: the phrase that speaks in "Ann Lee said", "the port's chief, Ann
Lee, said", "two of the officials said", "Police in Lakeland said", with the adverbs, auxiliaries, asides, frames
("In a statement, ...") and times that stand between or before and are no part of it; and the subject of the
clause a participle or a coordinated verb shares ("Ann Lee criticised the levy, saying ...").

Apart from ``phrases`` (where a phrase starts) because these rules decide which phrase before a verb is its
subject, and from ``inverted`` (the subject after the verb).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from worker.extract.cues.model import _BEFORE_VERB_WORDS, _FINITE, _PERSONAL_SPEECH
from worker.extract.cues.phrases import (
    _AGENT_SUFFIX,
    _DETERMINERS,
    _PARTITIVE_LINKS,
    _PRONOUN_FORMS,
    _body_name,
    _function_word,
    _heads,
    _name_start,
    _people_heads,
    _phrase_ending_at,
    _token_spans,
)
from worker.extract.lexicon import demonyms, group_heads, participle_before_short_form, person_nouns, places, role_words, speaker_nouns, speech_verb_forms
from worker.extract.names import FUNCTION_WORDS, NAME, NAME_WORD, PARTICLE_NAME_WORD, PARTICLES, WEEKDAY
from worker.extract.text import Span

_APPOSITION_CHARS = 150


# Links that tie a person, not a document, to a body: "an official from the ministry", "a source within it".
_PERSON_LINKS = frozenset({"from", "within", "inside", "close to"})
# Links that tie a person to whom they serve or where they sit ("an adviser to the governor", "the ambassador to
# Norland", "judges on the panel"): a document "to" or "on" someone is left to the other rules.
_SERVING_LINKS = frozenset({"to", "on"})


def _subject_before(body: str, start: int, end: int, at_clause_start: bool, lemma: str, bare_verb: bool) -> Span | None:
    """The subject right before a verb: a pronoun, a name, a role noun phrase, or any noun phrase that opens
    its clause with a determiner, maybe followed by an apposition between commas and up to three adverbs.
    ``at_clause_start`` says whether ``start`` is where the clause begins; ``bare_verb`` whether the verb (of
    ``lemma``) is the bare form ("say"), which a singular noun phrase does not take. Walks the words backwards,
    so it costs one pass."""
    # The patterns below are tried only where the literal words they end with, or the link word they hold, are there.
    verb_at = end
    time = _TIME_BEFORE_VERB.search(body, max(start, end - 40), end) if _ends_with(body, start, end, _TIME_ENDINGS) else None
    end = time.start() if time else end  # "A notice last week said", "Ann Lee on Monday said"
    raising = _RAISING_FRAME.search(body, max(start, end - 60), end) if _ends_with(body, start, end, "to") else None
    end = raising.start() if raising else end  # "Ann Lee went on to say", "The board was quick to point out"
    link = _LINK_WORD.search(body, max(start, end - 120), end)
    linked = link is not None
    # (each match opens at most _PARTITIVE_BEFORE_LINK or _ROLE_OF_BEFORE_LINK characters before the space of its
    # link word, which is at or after the first link found: the search starts there)
    partitive = _PARTITIVE_SUBJECT.search(body, max(start, end - 80, link.start() - _PARTITIVE_BEFORE_LINK), end) if linked else None
    if partitive is not None and (partitive.start("subject") > start or at_clause_start):
        return partitive.span("subject")  # "One of the children said", "and some of his aides said"
    role_of = _ROLE_OF_SUBJECT.search(body, max(start, end - 120, link.start() - _ROLE_OF_BEFORE_LINK), end) if linked else None
    role = role_of.group("role") or body[role_of.start() : role_of.end("plural")].lower() if role_of is not None else None
    if role is not None and role not in _heads() and role.endswith("s") and role[:-1] in _heads():
        role = role[:-1]  # "Attorneys for the plaintiffs", "The judges on the panel": a plural role
    if role_of is not None and role_of.group("link") in _PERSON_LINKS and role_of.group("role") and role not in _people_heads():
        role = None  # "a report from rentals.ca": only a person is from or within a body
    if role_of is not None and role_of.group("link") in _SERVING_LINKS and role not in _people_heads() and role.removesuffix("s") not in _people_heads():
        role = None  # "An adviser to the governor", "Officials on the island": only people serve or sit there
    if role_of is not None and (role_of.start() > start or at_clause_start) and role in _heads():
        rest = role_of.group("rest").split()
        if not any(word in _FINITE or word in _NOT_IN_SUBJECT for word in rest):
            if len(rest) > 1 and _before_verb(rest[-1]):
                return role_of.start("subject"), role_of.end("subject") - len(rest[-1]) - 1  # "... reportedly said"
            return role_of.span("subject")  # "The owner of the Harbour Crate subscription service stated"
    member = _MEMBER_SUBJECT.search(body, max(start, end - 120), end) if linked else None
    if (
        member is not None
        and (member.start() > start or at_clause_start)
        # (or after a comma, closing the clause before it: "The regatta was off after the storm, Ann Lee of the club said")
        and (_opens_clause(body, member.start()) or body.startswith(", ", member.start() - 2) and _body_name(member.group("body")))
        and member.group("name").split()[0].lower() not in FUNCTION_WORDS
    ):
        return member.span("body")  # "Ann Lee from the Harbour camp said": the body; attribution finds Ann Lee
    tokens = _token_spans(body, start, end)
    index = len(tokens) - 1
    for _ in range(3):
        if index >= 0 and _before_verb(body[tokens[index][0] : tokens[index][1]]) or _floating_quantifier(body, tokens, index):
            index -= 1
    if index >= 2 and body[tokens[index][0]] == ")" and body[tokens[index - 2][0]] == "(":
        index -= 3  # "the Harbour Pilots Association (HPA) said": the short form in brackets
    if index >= 0 and body[tokens[index][0] : tokens[index][1]] in _DASHES:
        index = _dash_open(body, tokens, index) - 1  # "Leading powers – including Norland and Westland – have said"
    if index >= 0 and body[tokens[index][0]] == ",":
        return _subject_before_apposition(body, tokens, index, at_clause_start, lemma)
    if index < 0 or body.endswith(("’s", "'s"), tokens[index][0], tokens[index][1]):
        return None  # "Ann Lee's proposed plan": an owner is no subject
    # (a plural group takes no singular verb: "athletes from 50 member states that ...", where "states" is the noun)
    group = None if _singular_verb_at(body, verb_at, lemma) else _group_of(body, tokens, index, at_clause_start)
    group = group or _postmodified_source(body, start, tokens[index][1], at_clause_start)
    if group is not None:
        return group
    framed = _speaking_frame(body, tokens, index)
    if framed is not None:
        return framed
    phrase = _phrase_ending_at(body, tokens, index)
    if phrase is not None:
        return _located(body, tokens, phrase, at_clause_start, lemma) or phrase
    phrase = _determined_phrase(body, tokens, index, at_clause_start, bare_verb, lemma in _PERSONAL_SPEECH)
    if phrase is not None:
        return phrase
    modified = _participle_modified(body, tokens, index, at_clause_start)
    if modified is not None:
        return modified
    relative = _relative_pronoun_before(body, tokens, index)
    if relative is None or relative == 0:
        return None
    # "An official from the port authority who sat in on the hearing told ...": the phrase before "who" speaks.
    return _phrase_ending_at(body, tokens, relative - 1) or _determined_phrase(
        body, tokens, relative - 1, at_clause_start, False, lemma in _PERSONAL_SPEECH
    )


def _singular_verb_at(body: str, at: int, lemma: str) -> bool:
    """The verb form at ``at`` is the third person singular of ``lemma`` ("says", "states", "denies")."""
    end = at
    while end < len(body) and body[end].isalpha():
        end += 1
    word = body[at:end]
    return word != lemma and word.endswith("s") and not word.endswith("ss")


# A participle of speaking and its place or audience between a name and its verb, without commas: "Ann Lee speaking
# at a rally in Lakeside said", "Ivo Marsh speaking to the Harbour Forum think tank called ...".
_SPEAKING_PARTICIPLES = frozenset({"speaking", "writing", "testifying", "appearing"})
_SPEAKING_PREPOSITIONS = frozenset("to at in on before with during from".split())
_SPEAKING_FRAME_WORDS = 10


def _speaking_frame(body: str, tokens: list[Span], index: int) -> Span | None:
    """The name before a participle of speaking whose adjunct ends at token ``index``: the name speaks, not the
    place or audience ending the adjunct ("Ann Lee speaking at a rally in Lakeside said": Ann Lee)."""
    for at in range(index - 1, max(0, index - _SPEAKING_FRAME_WORDS), -1):
        word = body[tokens[at][0] : tokens[at][1]]
        if not word[:1].isalnum():
            return None
        if word in _SPEAKING_PARTICIPLES and body[tokens[at + 1][0] : tokens[at + 1][1]] in _SPEAKING_PREPOSITIONS:
            return _phrase_ending_at(body, tokens, at - 1)
    return None


_PARTICIPLE_OBJECT_WORDS = 3
_PARTICIPLE_HEAD_WORDS = 3


def _participle_modified(body: str, tokens: list[Span], index: int, at_clause_start: bool) -> Span | None:
    """A plural of people that opens its clause with a participle and its object after it (or a preposition and
    its object), ending at ``index`` ("Legislators backing the bill said", "Residents opposing the new pier
    argued", "residents living near the harbour said"): the whole phrase, whose head the participle modifies."""
    for determiner in range(index - 1, max(-1, index - 1 - _PARTICIPLE_OBJECT_WORDS), -1):
        if body[tokens[determiner][0] : tokens[determiner][1]].lower() in _OBJECT_DETERMINERS:
            break
    else:
        return None
    if determiner < 2 or any(_function_word(body[start:end]) or not _PHRASE_WORD.fullmatch(body, start, end) for start, end in tokens[determiner + 1 : index + 1]):
        return None
    if determiner >= 3 and body[tokens[determiner - 1][0] : tokens[determiner - 1][1]] in _PARTICIPLE_PREPOSITIONS:
        determiner -= 1  # "residents living near the harbour said"
    participle = body[tokens[determiner - 1][0] : tokens[determiner - 1][1]]
    head = body[tokens[determiner - 2][0] : tokens[determiner - 2][1]].lower()
    if not (len(participle) > 5 and participle.endswith("ing") and participle.isalpha() and participle.islower()):
        return None
    if not (head.endswith("s") and (head in group_heads() or head[:-1] in _people_heads())):
        return None
    for first in range(determiner - 2, max(-1, determiner - 2 - _PARTICIPLE_HEAD_WORDS), -1):
        before = body[tokens[first - 1][0] : tokens[first - 1][1]].lower() if first > 0 else None
        if before in _CLAUSE_OPENINGS or before is None and at_clause_start:
            return tokens[first][0], tokens[index][1]
        if before is None or _function_word(before) or not _PHRASE_WORD.fullmatch(before):
            return None
    return None


_OBJECT_DETERMINERS = frozenset("the a an this these those his her its their".split())
_PARTICIPLE_PREPOSITIONS = frozenset("in at near on for from with outside inside".split())


# Dashes that set off an aside ("Ann Lee – a critic of the plan – said"); a lone hyphen between spaces is one too.
_DASHES = frozenset("–—-")
_DASHED_ASIDE_TOKENS = 30


def _dash_open(body: str, tokens: list[Span], close: int) -> int:
    """The dash that opens the aside closed by the dash at ``close`` (the same mark, within the clause) when the
    aside describes the subject before it (an apposition, a list of members, a relative clause); else ``close +
    1``, which leaves no word before the verb to be its subject ("The party – in third place and eager to stand
    apart – announced": an adjunct of the clause, whose subject this does not look past)."""
    mark = body[tokens[close][0] : tokens[close][1]]
    for at in range(close - 2, max(-1, close - _DASHED_ASIDE_TOKENS), -1):
        word = body[tokens[at][0] : tokens[at][1]]
        if word == mark:
            first = body[tokens[at + 1][0] : tokens[at + 1][1]]
            describes = first[:1].isupper() or first[:1].isdigit() or first in _DETERMINERS or first in _ASIDE_OPENINGS
            return at if describes else close + 1
        if word in _ASIDE_BOUNDS:
            break
    return close + 1


_ASIDE_BOUNDS = frozenset(";:.!?“”\"()")
# The first words of an aside that describes the noun phrase before it: "– including Norland and Westland –",
# "— who chairs the board —", "– now retired –".
_ASIDE_OPENINGS = frozenset("including who whose which among both all each now formerly once herself himself".split())


def _ends_with(body: str, start: int, end: int, endings: str | tuple[str, ...]) -> bool:
    """Whether ``body[start:end]``, less the whitespace that ends it, ends with one of ``endings``: a test that a
    pattern ending in those words and ``\\s*$`` needs to pass before it can match there."""
    return body[max(start, end - 80) : end].rstrip().endswith(endings)


# How each time of _TIME_BEFORE_VERB ends ("last week", "Monday", "yesterday", "this weekend", ...).
_TIME_ENDINGS = ("day", "week", "end", "month", "year")
# The link words of _PARTITIVE_SUBJECT, _ROLE_OF_SUBJECT and _MEMBER_SUBJECT ("close" for "close to"): each of
# them holds one, and after it only words of [\w’'.\-&] and whitespace up to the end of the text.
_LINK_WORD = re.compile(r"\s(?:of|for|at|with|from|within|inside|close|to|on)\s[\w’'.\-&\s]*$")


def _before_verb(word: str) -> bool:
    """A word between a subject and its verb: an adverb of time, frequency or manner or an auxiliary ("Ann Lee has
    consistently argued"), or a reflexive ("she herself said")."""
    return word in _BEFORE_VERB_WORDS or word in _MANNER_ADVERBS or word in _REFLEXIVES


_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves".split())
# A quantifier floated after a plural subject ("The ministers all said", "Lee and Ruiz both argued").
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})


def _floating_quantifier(body: str, tokens: list[Span], index: int) -> bool:
    """Whether the word at ``index`` is a quantifier floated after the subject before it, not the subject itself
    ("and both said"): a word, not a clause opening, stands before it."""
    if index < 1 or body[tokens[index][0] : tokens[index][1]] not in _FLOATING_QUANTIFIERS:
        return False
    before = body[tokens[index - 1][0] : tokens[index - 1][1]]
    folded = before.lower()
    return before[:1].isalnum() and folded not in _CLAUSE_OPENINGS and (folded not in FUNCTION_WORDS or before in _PRONOUN_FORMS)


# (not "ultimately" or "eventually", which tell a finding: "The board report ultimately concluded")
_MANNER_ADVERBS = frozenset(
    """consistently frequently openly strongly firmly explicitly categorically vehemently emphatically specifically
    formally officially personally allegedly apparently originally similarly jointly unanimously proudly confidently
    candidly loudly quietly calmly defiantly wrongly falsely mistakenly generally usually typically routinely widely
    sharply forcefully tearfully cautiously reluctantly briefly directly""".split()
)
# An infinitive frame between a subject and its speech verb: "went on to say", "was quick to point out",
# "took to Twitter to say", "went as far as to claim".
_RAISING_FRAME = re.compile(
    r"\s(?:(?:went|goes|go|had\sgone|has\sgone)\s(?:on|(?:so|as)\sfar\sas)|(?:was|were|is|are|has\sbeen|have\sbeen)\squick"
    r"|(?:took|takes|take|had\staken|has\staken)\sto\s(?:Twitter|Facebook|Instagram|X|social\smedia|the\sairwaves|the\sstage|the\sfloor))"
    r"\sto\s*$"
)


def _group_of(body: str, tokens: list[Span], index: int, at_clause_start: bool) -> Span | None:
    """A group named by a plural speaker noun and what its members belong to, opening the clause and ending at
    ``index`` ("Organizers of the rally said", "Some residents of Lakeside say"): the whole phrase speaks, not the
    rally or the town; "Researchers from the Lakeside Institute (LI) and Harbour University said": the researchers,
    not the last body). The object may hold brackets and further links ("the University of Lakeside at Northport
    in Norland and the Harbour College")."""
    for link in range(index - 1, max(0, index - _GROUP_OBJECT_TOKENS), -1):
        word = body[tokens[link][0] : tokens[link][1]]
        if word in _GROUP_LINKS and body[tokens[link - 1][0] : tokens[link - 1][1]] not in _GROUP_LINKS:
            group = _group_before_link(body, tokens, link, index, at_clause_start)
            if group is not None:
                return group
            continue  # a link inside the object ("the University of Lakeside at Northport")
        if word in "()":
            continue
        if not _PHRASE_WORD.fullmatch(word) or word.lower() in FUNCTION_WORDS and word.lower() not in _GROUP_OBJECT_WORDS:
            return None
        if word.islower() and word in speech_verb_forms():
            return None  # "People in the campaign said his comments ...": a verb ends the phrase
    return None


def _group_before_link(body: str, tokens: list[Span], link: int, index: int, at_clause_start: bool) -> Span | None:
    """The group phrase from a plural speaker noun or noun for people ("Voters in the state") before the link at
    ``link`` to ``index``, when it opens its clause."""
    head = link - 1
    noun = body[tokens[head][0] : tokens[head][1]].lower()
    if not (noun.endswith("s") and (noun in speaker_nouns() or noun[:-1] in _people_heads()) or noun == "people"):
        return None
    first = head - 1 if head > 0 and body[tokens[head - 1][0] : tokens[head - 1][1]].lower() in _QUANTIFIERS else head
    before = body[tokens[first - 1][0] : tokens[first - 1][1]].lower() if first > 0 else None
    if before in _CLAUSE_OPENINGS or before is None and at_clause_start:
        return tokens[first][0], tokens[index][1]
    return None


_GROUP_LINKS = frozenset({"of", "from", "at", "in", "near", "across"})
_GROUP_OBJECT_TOKENS = 24
# Function words a group's object may hold: "People in the administration and campaign", "from across the spectrum".
_GROUP_OBJECT_WORDS = _DETERMINERS | {"and", "across", "of"}


def _located(body: str, tokens: list[Span], phrase: Span, at_clause_start: bool, lemma: str) -> Span | None:
    """The speaker that a place after "in" locates ("Officials in Lakeland said", "the Harbour Party in Lakeland
    said"): a group with its place, an organisation or a person by its own name; None when the phrase is no
    name after "in"."""
    if not body.startswith(" in ", phrase[0] - 4) or not body[phrase[0]].isupper():
        return None
    at = bisect_left(tokens, phrase[0], key=itemgetter(0))
    if at < 2 or body[tokens[at - 1][0] : tokens[at - 1][1]] != "in":
        return None
    before = _phrase_ending_at(body, tokens, at - 2) or _determined_phrase(
        body, tokens, at - 2, at_clause_start, False, lemma in _PERSONAL_SPEECH
    )
    if before is None:
        return None
    word = body[tokens[at - 2][0] : tokens[at - 2][1]]
    head = word.lower()
    # (a capitalised head inside the clause is a name's: "the Harbour Party in Lakeland" is the party)
    common = word.islower() or tokens[at - 2][0] == before[0]
    group = common and (head in _heads() or head.endswith("s") and head[:-1] in _heads())
    return (before[0], phrase[1]) if group else before


# Unnamed sources described by what they know ("sources familiar with the talks", "a person close to the board").
_POSTMODIFIED_SOURCE = re.compile(
    r"(?<![\w’'])(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any)\s)?(?:(?!(?:and|but|or|while|as|that|which|who)\s)[a-z][\w\-]{1,20}\s)?"
    r"(?:[Ss]ources?|[Pp]eople|[Pp]ersons?|[Oo]fficials?|[Ii]nsiders?|[Dd]iplomats?|[Ee]xecutives?)\s"
    r"(?:familiar\swith|close\sto|with\s(?:direct\s)?knowledge\sof|briefed\son|knowledgeable\sabout)\s"
    r"(?:[\w’'.\-]{1,30}\s){0,5}?[\w’'.\-]{1,30}$"
)
_KNOWLEDGE_WORDS = re.compile("familiar|close to|knowledge|briefed")
_SOURCE_OPENING = re.compile(r"(?:^|[,;]|\b(?:and|but))\s*$")


def _postmodified_source(body: str, start: int, end: int, at_clause_start: bool) -> Span | None:
    """A source that a phrase of knowledge describes, opening its clause and ending at ``end``: "and officials
    briefed on the plans have said", "People close to the board say"."""
    window = max(start, end - 120)
    if _KNOWLEDGE_WORDS.search(body, window, end) is None:
        return None
    found = _POSTMODIFIED_SOURCE.search(body, window, end)
    if found is None:
        return None
    before = body[start : found.start()]
    if not before.strip() and not at_clause_start or _SOURCE_OPENING.search(before) is None:
        return None
    return found.span()


# A partitive subject opening its clause: "One of the children", "Some of the protesters", "and two of his aides".
_PARTITIVE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\n))"
    r"(?P<subject>(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ee]ach|[Bb]oth|[Aa]ll|[Nn]one)\sof\s"
    r"(?:the|these|those|his|her|their|its)\s(?:[\w\-]{1,25}\s){0,2}[a-z][\w\-]{1,25})\s{0,2}$"
)
# The longest subject before the link word's space: "several".
_PARTITIVE_BEFORE_LINK = 7
# A role and what it belongs to, opening the clause: "The owner of the Harbour Crate service", "a director at the
# port authority".
# It opens with the class of the subject's first letters ("The", "a", a plural's capital) and tests what may stand
# before the subject by look-behinds one character wider, the subject's alternatives behind look-behinds for their
# own first letter, in the same order: opening with the look-behinds, it was entered, and they were tried, at every
# character searched. "plural" holds a plural role less its capital, which opens the match.
_ROLE_OF_SUBJECT = re.compile(
    r"(?P<subject>[A-Zat]"
    r"(?:(?<=^.)|(?<=[,;:]\s.)|(?<=\band\s.)|(?<=\bbut\s.)|(?<=\n.)|(?<=[.!?]\s.)|(?<=[.!?][”\"]\s.))"
    r"(?:(?:(?<=[Tt])he|(?<=[Aa])n?)\s(?:[\w\-]{1,20}\s){0,2}(?P<role>[a-z][\w\-]{1,25})|(?<=[A-Z])(?P<plural>[a-z\-]{2,25}s))"
    r"\s(?P<link>of|for|at|with|from|within|inside|close\sto|to|on)\s"
    r"(?P<rest>(?:[\w’'.\-&]{1,25}\s){0,6}[\w’'.\-&]{1,25}))\s{0,2}$"
)
# The longest subject before the link word's space: "the", a space, two words of 20 characters and their spaces, a
# role of 26.
_ROLE_OF_BEFORE_LINK = 3 + 1 + 2 * 21 + 26
# A name and the body it belongs to before a verb: "Ann Lee from the pro-harbour camp", "Ivo Marsh of the union".
_MEMBER_SUBJECT = re.compile(
    rf"(?<![\w’'.\-])(?P<name>{NAME_WORD}\s{NAME})\s(?:of|from|with|at)\s(?P<body>(?:the\s)?(?:[\w’'\-]{{1,25}}\s){{0,6}}[\w’'\-]{{1,25}})\s{{0,2}}$"
)
# (a closing quotation mark with its punctuation opens the narrator's clause after it: '"...," Ann Lee of the club said')
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:^|[.!?;:]\s{1,3}|\n\s{0,3}|,\s(?:and|but)\s|\b(?:and|but)\s|(?:[,.!?\]][”\"]|[”\"][,.])\s{1,3})$")


def _opens_clause(body: str, start: int) -> bool:
    """``start`` opens a sentence or a coordinated clause, maybe after a short adjunct fronted before it ("On
    Monday, ")."""
    return (
        _CLAUSE_OPENING_BEFORE.search(body, max(0, start - 8), start) is not None
        or _FRONTED_ADJUNCT_BEFORE.search(body, max(0, start - 60), start) is not None
    )


# A short adjunct fronted before a clause: "To this, ", "On Monday, ", "In a statement, ".
_FRONTED_ADJUNCT_BEFORE = re.compile(r"(?:^|[.!?]\s{1,3}|\n)\s{0,3}(?:[\w’'\-]{1,20}\s){0,3}[\w’'\-]{1,20},\s$")


_MAX_RELATIVE_CLAUSE_WORDS = 7


def _relative_pronoun_before(body: str, tokens: list[Span], index: int) -> int | None:
    """Where "who" opens a short relative clause without commas that ends at ``index`` ("who was present")."""
    for at in range(index, max(-1, index - _MAX_RELATIVE_CLAUSE_WORDS), -1):
        word = body[tokens[at][0] : tokens[at][1]]
        if word == "who":
            return at if at < index else None
        if not word[:1].isalnum() or at == index and word in _ADJECTIVAL_BEFORE:
            return None  # "residents who have been so stressed": an adjective, not a speech verb
    return None


_ADJECTIVAL_BEFORE = frozenset("been being be is are was were so very too".split())


_TIME_BEFORE_VERB = re.compile(
    r"\s(?:(?:last|this|earlier\sthis)\s(?:week|weekend|month|year)|(?:during|over|at)\sthe\sweekend"
    r"|(?:on\s|as\sof\s)?" + WEEKDAY + r"|(?:as\sof\s)?(?:yesterday|today))\s*$"
)
# Words that stand for the speakers on their own ("several said", "Some suggested").
_QUANTIFIERS = frozenset("several some many most others both few".split())
# What may stand right before a subject that opens its clause.
_CLAUSE_OPENINGS = frozenset(", ; and but that while as because since although though whereas".split())
_PHRASE_WORD = re.compile(r"[^\W_][\w’'\-]*")


def _determined_phrase(
    body: str, tokens: list[Span], index: int, at_clause_start: bool, bare_verb: bool, speaks: bool
) -> Span | None:
    """A noun phrase that opens its clause with a determiner, a number word, an owner or a quantifier and ends
    at ``index`` ("The 26-year-old winger said", "the port's staff said", "One visitor said", "and several
    said"), whatever its head noun: at a clause opening such a phrase is the subject of the verb after it, when
    the verb (``speaks``) is one that only people use."""
    last = body[tokens[index][0] : tokens[index][1]]
    lowered = last.lower()
    if not _PHRASE_WORD.fullmatch(last) or last[:1].isupper() and lowered not in _QUANTIFIERS:
        return None
    if lowered in _BEFORE_VERB_WORDS or lowered.endswith("ly"):
        return None
    if not speaks and lowered not in _QUANTIFIERS:
        return None  # "The data suggests", "The four-seater boasts": things that only figuratively speak
    if lowered in FUNCTION_WORDS and lowered not in _QUANTIFIERS:
        return None
    if bare_verb and not lowered.endswith("s") and lowered not in _QUANTIFIERS:
        return None  # "the city staff report": a singular phrase before a bare form is a noun's modifier
    for first in range(index, max(-1, index - 6), -1):
        word = body[tokens[first][0] : tokens[first][1]]
        if not _PHRASE_WORD.fullmatch(word):
            return None
        folded = word.lower()
        owner = word.endswith(("’s", "'s"))
        if folded in _DETERMINERS or folded in _QUANTIFIERS or owner:
            before = body[tokens[first - 1][0] : tokens[first - 1][1]].lower() if first > 0 else None
            if before in _CLAUSE_OPENINGS or before is None and at_clause_start:
                return tokens[first][0], tokens[index][1]
            if not owner:
                return None
            owner_start = _name_start(body, tokens, first)  # "Harbour Systems’ research unit said"
            before = body[tokens[owner_start - 1][0] : tokens[owner_start - 1][1]].lower() if owner_start > 0 else None
            if owner_start < first and (before in _CLAUSE_OPENINGS or before is None and at_clause_start):
                return tokens[owner_start][0], tokens[index][1]
        elif first < index and (folded in FUNCTION_WORDS or word in _PRONOUN_FORMS):
            return None
        elif first > 0 and body[tokens[first - 1][0] : tokens[first - 1][1]] in _CONJUNCTIONS:
            # "but city staff confirmed", "as local residents say": a bare plural or compound after a conjunction
            return (tokens[first][0], tokens[index][1]) if first < index or lowered.endswith("s") else None
    return None


_CONJUNCTIONS = frozenset("and but as while because although though whereas".split())


def _subject_before_apposition(body: str, tokens: list[Span], comma: int, at_clause_start: bool, lemma: str) -> Span | None:
    """The subject of "SUBJECT, apposition, said": the phrase that opens the clause before its first comma, even
    when the apposition holds commas itself ("Ann Lee, who won in Oslo, Norway, in 2018, said"); but a name
    in apposition to a role or a description ("One rural mayor, Ann Lee, said", "The Harbour Minister, Ann Lee,
    said", "the head of the port, Ann Lee, said") is the speaker."""
    first = comma - 1
    if first >= 0 and body[tokens[first][0]] == ")":
        first = _bracket_open(body, tokens, first) - 1  # "members of the Harbour Party (HP), have said"
    first = _before_quotation(body, tokens, first)  # "Ann Lee, who called it “a disaster”, said": quoted words inside
    while first >= 0 and body[tokens[first][0]] not in ";:“”\"()":
        first -= 1
        if first >= 0 and body[tokens[first][0]] == ")":
            first = _bracket_open(body, tokens, first) - 1  # "Ann Lee, who came second (behind Ruiz) in May, said"
        first = _before_quotation(body, tokens, first)
    first += 1
    commas, depth = [], 0
    for at in range(first, comma + 1):
        mark = body[tokens[at][0]]
        depth += (mark == "(") - (mark == ")")
        if mark == "," and depth <= 0:
            commas.append(at)  # not a comma inside brackets ("the union (Rail, Sea and Transport Workers), Ann Lee,")
    opener = body[tokens[first][0] : tokens[first][1]]
    if len(commas) >= 2 and (opener.lower() in _OPENING_FRAMES or commas[0] == first + 1 and _SENTENCE_ADVERB.fullmatch(opener)):
        # "According to the Ledger, the port chief, Ann Lee, said", "On Twitter, Ann Lee, a columnist, said",
        # "Lastly, excerpts from the book, released in May, revealed"
        first, commas = commas[0] + 1, commas[1:]
    group = _group_of(body, tokens, commas[0] - 1, at_clause_start) if commas[0] > first else None
    if group is not None and group[0] == tokens[first][0]:
        return group  # "Researchers from Lakeside University and Harbour College, both in Norland, said"
    lead_end = commas[0] - 1
    if lead_end > first and body[tokens[lead_end][0]] == ")":
        lead_end = _bracket_open(body, tokens, lead_end) - 1  # "The Harbour Defence Units (HDU), a militia, said"
    lead = _phrase_ending_at(body, tokens, lead_end) if lead_end >= first else None
    if lead is None and lead_end >= first and len(commas) >= 2 and body[tokens[commas[0] + 1][0] : tokens[commas[0] + 1][1]] == "who":
        # "A resident, who asked not to be named, said": "who" makes any determined noun phrase a person
        lead = _determined_phrase(body, tokens, lead_end, at_clause_start or first > 0, False, True)
    auxiliary = commas[0] - 1
    if lead is None and len(commas) == 2 and auxiliary > first and body[tokens[auxiliary][0] : tokens[auxiliary][1]] in _FINITE:
        framed = body[tokens[commas[0]][1] : tokens[comma][0]].lower().split()
        if framed and _frame_segment(framed):
            lead = _phrase_ending_at(body, tokens, auxiliary - 1)  # "The ministry has, in a statement, urged"
    opens_clause = (at_clause_start or first > 0) and lead is not None
    inner = _appositive_name(body, tokens, commas[-2] + 1, comma) if len(commas) >= 2 else None
    if opens_clause and all(body[tokens[at][0] : tokens[at][1]].lower() in FUNCTION_WORDS for at in range(first, comma)
                            if tokens[at][0] < lead[0]):
        # (a capitalised noun after "a" or "an" describes: "A Republican, Tom Reyes, said": the name speaks)
        named_lead = _all_capitalised(body, lead) and not _describes(body, lead) and not _after_indefinite(body, lead[0])
        if inner is None and len(commas) >= 2 and not named_lead and body[lead[0]].isupper() and _frames_only(body, tokens, commas[1:]):
            # "His opponent, Fisk, said", "His opponent, Tom Fisk, in a letter to donors, said": the name speaks
            named = _appositive_name(body, tokens, commas[0] + 1, commas[1]) or _one_word_name(body, tokens, commas[0] + 1, commas[1])
            return named or lead
        return inner if inner is not None and len(commas) == 2 and not named_lead else lead
    if inner is not None and len(commas) == 2 and (first == 0 and at_clause_start or first > 0):
        return inner  # "The player's agent, Ann Lee, said": the lead is no subject of its own
    previous = commas[-2] if len(commas) >= 2 else None
    if previous is None or tokens[comma][0] - tokens[previous][0] >= _APPOSITION_CHARS:
        return None
    described = _phrase_ending_at(body, tokens, previous - 1) if previous > 0 else None
    if inner is not None and described is not None and _describes(body, described):
        return inner  # "Speaking to reporters, the head of the port, Ann Lee, said"
    if described is not None:
        return _located(body, tokens, described, at_clause_start, lemma) or described  # "The Harbour Party in Lakeland, in a statement, said"
    return described


def _before_quotation(body: str, tokens: list[Span], at: int) -> int:
    """The token before the quotation whose closing mark is token ``at`` (quoted words inside an apposition, which
    the walk back to a subject passes over), or ``at`` when it closes none."""
    if at < 1 or body[tokens[at][0]] not in "”\"" or body[tokens[at][0] - 1].isspace():
        return at
    opening = "“" if body[tokens[at][0]] == "”" else "\""
    return next((before - 1 for before in range(at - 1, 0, -1) if body[tokens[before][0]] == opening), at)


def _after_indefinite(body: str, at: int) -> bool:
    """The word before ``at`` is "a" or "an" ("a Republican", "an Independent")."""
    before = body[max(0, at - 4) : at]
    for article in ("a ", "an "):
        word = before[-len(article) :]
        if word.lower() == article and (len(before) == len(article) or not before[-len(article) - 1].isalnum()):
            return True
    return False


# A sentence adverb opening a sentence before its comma ("Lastly, ", "Additionally, "): no subject.
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{2,15}ly")
_OPENING_FRAMES = frozenset("according on in at during after before since with via from speaking writing".split())


def _bracket_open(body: str, tokens: list[Span], close: int) -> int:
    """The token that opens the bracket closing at ``close`` within a few words, else ``close`` itself."""
    for at in range(close - 1, max(-1, close - 12), -1):
        mark = body[tokens[at][0]]
        if mark == "(":
            return at
        if mark in ")“”\";:":
            break
    return close


def _appositive_name(body: str, tokens: list[Span], start: int, end: int) -> Span | None:
    """The name that the tokens from ``start`` to ``end`` (exclusive) form, maybe after "the" and a lower-case
    description of its bearer (``_after_descriptor``): at least two
    capitalised words, joined only by lower-case connectors ("Council of the Isles") or particles ("Omar al-Rashidi"), and not a place ("the
    mayor of Lakeside, New Brunswick, said")."""
    if start < end and body[tokens[start][0] : tokens[start][1]].lower() == "the":
        start += 1
    if end - start > 3 and body[tokens[end - 1][0]] == ")" and body[tokens[end - 3][0]] == "(":
        end -= 3  # "the Harbour Defence Units (HDU)": the name before its short form in brackets
    start = _after_descriptor(body, tokens, start, end)
    words = [body[tokens[at][0] : tokens[at][1]] for at in range(start, end)]
    if len(words) < 2 or not (words[0][:1].isupper() and (words[-1][:1].isupper() or PARTICLE_NAME_WORD.match(words[-1]))):
        return None
    if any(not word[:1].isupper() and word not in _NAME_CONNECTORS and not PARTICLE_NAME_WORD.match(word) for word in words):
        return None
    span = (tokens[start][0], tokens[end - 1][1])
    return None if body[span[0] : span[1]] in places() else span


def _frames_only(body: str, tokens: list[Span], commas: list[int]) -> bool:
    """The words between each comma and the next of ``commas`` (the last closes the phrase before the verb) only
    frame a cue ("in a letter to donors", "on Monday"); true for a single comma, which frames nothing."""
    for opening, closing in zip(commas, commas[1:]):
        words = body[tokens[opening][1] : tokens[closing][0]].lower().split()
        if not words or not _frame_segment(words):
            return False
    return True


def _participle_and_short_form(subject: str) -> bool:
    """A subject of just a capitalised participle and a short form ("Listed US"): the verb after it is a plural noun
    of that phrase ("Listed US states as having members were ...")."""
    words = subject.split()
    return len(words) == 2 and participle_before_short_form(words[0], words[1])


def _one_word_name(body: str, tokens: list[Span], start: int, end: int) -> Span | None:
    """One capitalised word, alone between the commas of an apposition to a description that opens its sentence
    ("His opponent, Fisk, said", "The company, Northwind, said", "The regional agency, HRA, said"): a surname, a one-word
    name or an acronym, not a place, a
    people, a role, a month or a day ("The capital, Lakeville, ...")."""
    if end - start == 2 and body[tokens[start][0] : tokens[start][1]].lower() == "the" and body[tokens[start + 1][0] : tokens[start + 1][1]].isupper():
        start += 1  # "His party, the HDP, said": an acronym after "the"
    if end - start != 1:
        return None
    word = body[tokens[start][0] : tokens[start][1]]
    acronym = 2 <= len(word) <= 6 and word.isupper()  # "The UN's refugee agency, UNHCR, said"
    if not (word.isalpha() and word[:1].isupper() and (word[1:].islower() or acronym)):
        return None
    lowered = word.lower()
    # (the months, the days, "today" and "yesterday" are among the function words)
    if word in places() or word in demonyms() or lowered in FUNCTION_WORDS or lowered in role_words():
        return None
    return tokens[start]


_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "on"}) | PARTICLES
_DESCRIPTOR_WORDS = 6


def _after_descriptor(body: str, tokens: list[Span], start: int, end: int) -> int:
    """Where a name begins behind a lower-case description of its bearer in an apposition ("The study's lead
    author, doctoral candidate Ann Lee, said", "One co-author, civil and environmental engineering professor Ann
    Lee, said"): the description holds only lower-case words ("and" the only function word) and ends in a person
    or agent noun; else ``start``."""
    at = start
    while at < end and at - start < _DESCRIPTOR_WORDS:
        word = body[tokens[at][0] : tokens[at][1]]
        if not (word.islower() and word.replace("-", "").isalpha()) or word in FUNCTION_WORDS and word != "and":
            break
        at += 1
    if at == start or at == end or not body[tokens[at][0]].isupper():
        return start
    last = body[tokens[at - 1][0] : tokens[at - 1][1]]
    return at if last in person_nouns() or _AGENT_SUFFIX.fullmatch(last) else start


def _describes(body: str, span: Span) -> bool:
    """A phrase holds a role or speaker noun ("The Harbour Minister", "the head of the port")."""
    heads = _heads()
    return any(word in heads or word.endswith("s") and word[:-1] in heads for word in body[span[0] : span[1]].lower().split())


def _all_capitalised(body: str, span: Span) -> bool:
    return all(word[:1].isupper() for word in body[span[0] : span[1]].split())


# A period that "this", "last" or "that" makes a time: "this year", "last weekend", "that spring".
_PERIOD = r"(?:year|week|month|weekend|morning|afternoon|evening|season|spring|summer|autumn|fall|winter)"


_CLAUSE_LEADS = frozenset({"but", "and", "yet", "still", "however", "meanwhile", "later", ","})
# A fronted time phrase that opens with a determiner or a count: "A month later,", "Two days ago,", "The next
# morning,", "Hours earlier,".
_TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "morning afternoon evening night weekend".split()
)
_TIME_PHRASE_TOKENS = 4


def _fronted_time_end(body: str, tokens: list[Span], first: int) -> int | None:
    """The token after the comma that closes a time phrase opening at ``first`` (at most four words, one of them a
    time noun), or None: its noun is no subject."""
    for at in range(first, min(len(tokens), first + _TIME_PHRASE_TOKENS + 1)):
        text = body[tokens[at][0] : tokens[at][1]]
        if text == ",":
            found = any(body[tokens[i][0] : tokens[i][1]].lower() in _TIME_NOUNS for i in range(first, at))
            return at + 1 if found and at > first else None
        if not text[:1].isalnum():
            return None
    return None


# Adverbs that narrow an adjunct opening a clause ("Just before the debate,", "Shortly after noon,").
_FOCUSING_ADVERBS = frozenset("just shortly soon right long only even".split())


def _clause_subject(body: str, start: int, end: int, lemma: str) -> Span | None:
    """The subject opening the clause from ``start``, after a conjunction or a fronted adjunct ("On Friday,"): a
    pronoun, a name (maybe after a title: "Harbour Secretary of State Ann Lee"), a role noun phrase, or for a verb of
    ``lemma`` that people use any noun phrase opening with a determiner, that the clause's next lower-case word
    (its verb) follows."""
    tokens = _token_spans(body, start, min(end, start + 200))

    def word(at: int) -> str:
        return body[tokens[at][0] : tokens[at][1]]

    first = 0
    while first < len(tokens) and word(first).lower() in _CLAUSE_LEADS:
        first += 1
    for _ in range(2):  # fronted adjuncts, one after another ("Shortly thereafter, at noon, the city issued")
        opener = word(first).lower() if first < len(tokens) else ""
        if opener in _FOCUSING_ADVERBS and first + 1 < len(tokens):
            opener = word(first + 1).lower()  # "Just before the debate, ...", "Shortly after noon, ...": the adjunct
        time = _fronted_time_end(body, tokens, first)
        if time is not None:
            first = time  # "A month later, ...", "Two days ago, ...": a time, not the subject
            continue
        if opener not in FUNCTION_WORDS or opener in _DETERMINERS or word(first) in _PRONOUN_FORMS:
            break
        comma = next((at for at in range(first, min(len(tokens), first + 12)) if word(at) == ","), None)
        if comma is None:
            break
        first = comma + 1
    counted = _counted_group(body, tokens, first) if first < len(tokens) else None
    if counted is not None:
        return counted  # "Most candidates agreed ..., adding", "Fifty former officials signed a letter saying"
    for after in range(first + 1, min(len(tokens), first + 10)):
        following = word(after)
        closing = _apposition_closed(body, tokens, after) if following == "," else None
        if closing is not None:
            # "Ann Lee, a biologist at the institute, questioned the findings, saying ...": the name before it, or
            # the name after a role ("The mayor of Lakeside, Ann Lee, praised ...")
            named = [word(at) for at in range(after + 1, closing)]
            if 2 <= len(named) <= 4 and all(name[:1].isupper() for name in named):
                return tokens[after + 1][0], tokens[closing - 1][1]
            inner = _appositive_name(body, tokens, after + 1, closing)
            if inner is not None and not all(word(at)[:1].isupper() for at in range(first, after)):
                return inner  # "One of these militias, the Harbour Defence Units (HDU), opposed ...": the name
            phrase = _phrase_ending_at(body, tokens, after - 1)
            # (a name after "the" opens the clause too: "The Harbour Union, which represents growers, opposed")
            opens = phrase is not None and (phrase[0] == tokens[first][0] or word(first) in ("The", "the") and phrase[0] == tokens[first + 1][0])
            return phrase if opens else None
        if not following[:1].isalnum():
            return None  # an apposition or a list: the subject is not plain
        if after + 1 < len(tokens) and following in person_nouns() and word(after + 1)[:1].isupper():
            continue  # "Conservative critic Ann Lee disagreed": a lower-case title before the name
        if following[:1].islower() and following not in PARTICLES | _PARTITIVE_LINKS and following not in _heads():
            phrase = _phrase_ending_at(body, tokens, after - 1) or _determined_phrase(
                body, tokens, after - 1, True, False, lemma in _PERSONAL_SPEECH
            )
            if phrase is None or phrase[0] < tokens[first][0]:
                continue
            titled = all(
                word(at)[:1].isupper() or word(at) in _PARTITIVE_LINKS or word(at) in person_nouns()
                for at in range(first, after)
                if tokens[at][0] < phrase[0]
            )
            return phrase if titled else None
    return None


# Words that count or quantify the group a subject names ("Most", "Nearly all", "Fifty"): no subject on their own
# when a speaker noun follows them within a few plain words.
_COUNTING_OPENERS = frozenset(
    "most many some several few nearly almost all both two three four five six seven eight nine ten eleven twelve "
    "dozens hundreds thousands twenty thirty forty fifty sixty seventy eighty ninety".split()
)
_COUNTED_GAP_WORDS = 3


def _counted_group(body: str, tokens: list[Span], first: int) -> Span | None:
    """The whole subject when a clause opens with a word that counts a group ("Most candidates felt", "Nearly all
    legal experts consider", "Fifty former intelligence officials, including ..., signed"): from that word to the
    speaker noun it counts, over at most three plain lower-case words that are no verb; None otherwise ("Some said
    the officials ...": the count alone is the subject)."""
    opener = body[tokens[first][0] : tokens[first][1]]
    count = _count_end(body, tokens, first)
    if count is None and (not opener[:1].isupper() or opener.lower() not in _COUNTING_OPENERS):
        return None
    counted = first if count is None else count
    for at in range(counted + 1, min(len(tokens) - 1, counted + 2 + _COUNTED_GAP_WORDS)):
        lowered = body[tokens[at][0] : tokens[at][1]]
        if count is not None and lowered[:1].isupper() and lowered.isalpha() and at < counted + 1 + _COUNTED_GAP_WORDS:
            continue  # "Over 100 Lakeland security experts": a capitalised modifier after a number
        if not (lowered.isalpha() and lowered.islower()) or lowered in _FINITE or lowered in speech_verb_forms():
            return None
        if lowered in _heads() or lowered.endswith("s") and lowered[:-1] in _heads():
            following = body[tokens[at + 1][0] : tokens[at + 1][1]]
            return (tokens[first][0], tokens[at][1]) if following == "," or following.isalpha() and following.islower() else None
    return None


# Words before a number that bound it ("Over 100", "More than 200", "At least 40", "Nearly 1,000").
_BOUND_BEFORE_NUMBER = {"over": "", "nearly": "", "almost": "", "about": "", "around": "", "roughly": "", "more": "than", "fewer": "than", "at": "least", "up": "to"}


def _count_end(body: str, tokens: list[Span], first: int) -> int | None:
    """The token of the number opening a subject that counts its group, maybe after a bound ("120 former
    diplomats", "Over 100 security experts", "More than 200 residents"); None when it opens with no number."""
    opener = body[tokens[first][0] : tokens[first][1]]
    at = first
    bound = _BOUND_BEFORE_NUMBER.get(opener.lower()) if opener[:1].isupper() else None
    if bound is not None:
        at += 1 if not bound else 2
        if bound and (first + 1 >= len(tokens) or body[tokens[first + 1][0] : tokens[first + 1][1]] != bound):
            return None
    if at >= len(tokens):
        return None
    number = body[tokens[at][0] : tokens[at][1]]
    return at if number[:1].isdigit() and number.replace(",", "").isdigit() else None


def _apposition_closed(body: str, tokens: list[Span], comma: int) -> int | None:
    """Where the second comma is (its token) when the comma at token ``comma`` opens an apposition or a relative
    clause that it closes within a few words, right before a lower-case word (the verb of the clause): ", a
    biologist at the institute, questioned"."""
    for at in range(comma + 2, min(len(tokens) - 1, comma + 16)):
        text = body[tokens[at][0] : tokens[at][1]]
        if text == ",":
            following = body[tokens[at + 1][0] : tokens[at + 1][1]]
            return at if following[:1].islower() and following not in FUNCTION_WORDS else None
        if text in "()" and _bracket_open(body, tokens, at) < at and body[tokens[at - 2][0]] == "(":
            continue  # "..., the Harbour Defence Units (HDU), opposed": a short form in brackets
        if not text[:1].isalnum() and text not in "’'-()":
            return None
    return None


_NOT_IN_SUBJECT = _FINITE | frozenset("that which who whom whose and but or when if because as while to".split())


def _postmodified_subject(body: str, clause_start: int, subject_start: int, verb_start: int) -> Span | None:
    """A noun phrase that a comma opens, with words after its head, right before a verb that closes the
    sentence ("..., a security guard present during the attack said", "..., the report by the Harbour Institute
    said"): its span, when it opens with a determiner and holds no verb of its own or clause word."""
    comma = body.rfind(", ", max(clause_start, verb_start - 100), subject_start)
    if comma < 0 or len(body[clause_start:comma].split()) < 3:
        return None
    words = body[comma + 2 : verb_start].split()
    if not 2 <= len(words) <= 12 or words[0].lower() not in _DETERMINERS or words[-1].lower() in FUNCTION_WORDS or any(
        word.lower() in _NOT_IN_SUBJECT or not _PHRASE_WORD.fullmatch(word) for word in words
    ):
        return None
    start = comma + 2
    end = start + len(body[start:verb_start].rstrip())
    adjective = _POSTMODIFYING_ADJECTIVE.search(body, start, end)
    return (start, adjective.start()) if adjective else (start, end)  # "a guard present during the raid": a guard


_POSTMODIFYING_ADJECTIVE = re.compile(r"\s(?=(?:present|familiar|close|involved|responsible|based|speaking|working|living)\s)")
# Words that open an adjunct framing a cue rather than reported content: "In a statement, X said", "Speaking to
# reporters, ...", "When asked about the levy, ...", "As the news spread, ...".
_FRAME_OPENERS = frozenset(
    """after before when as while speaking writing talking asked told responding answering addressing commenting
    reacting replying meanwhile later earlier separately also however""".split()
)
# A prepositional frame ("In a statement released on Friday") holds no finite verb; "At least ten boats were
# lost" is content.
_FRAME_PREPOSITIONS = frozenset("in on at via through during".split())


def _frame_segment(words: list[str]) -> bool:
    """Words between commas that only frame a cue: an opener ("In a statement", "When asked"), a prepositional
    phrase with no finite verb, or a time ("earlier this year", "Yesterday")."""
    return (
        words[0] in _FRAME_OPENERS
        or words[0] in _FRAME_PREPOSITIONS and _FINITE.isdisjoint(words)
        or _TIME_FRAME.fullmatch(" ".join(words)) is not None
    )


_TIME_FRAME = re.compile(
    r"(?:(?:earlier|later)\s)?(?:this|last|that)\s" + _PERIOD + r"|yesterday|today|tonight|(?:on\s)?" + WEEKDAY.lower()
    + r"|in\s(?:19|20)\d\d"
)
