"""The noun phrase that ends at a point of a sentence: where a name, an owner's phrase ("the port's
chief"), a described name or a head noun with its modifiers begins, and the role and speaker heads that make a
phrase a speaker.

Apart because both sides of a verb need it: the subject before a verb, the clause subjects, and the sources after
"according to" all end at a phrase whose start is found here.
"""

from __future__ import annotations

import re
from functools import cache

from worker.extract.cues.model import PRONOUNS, _FINITE
from worker.extract.lexicon import demonyms, organisation_words, person_nouns, role_words, speaker_nouns
from worker.extract.names import FUNCTION_WORDS, PARTICLE_NAME_WORD, PARTICLES
from worker.extract.text import Span


@cache
def _head_pattern() -> str:
    """The role and speaker nouns as one alternation, longest first, each maybe plural (for the inverted subject's
    patterns)."""
    heads = sorted(role_words() | speaker_nouns(), key=len, reverse=True)
    words = [re.escape(word) for word in heads if not word.endswith(".")]
    return r"(?:" + "|".join(words) + r")s?"


_TOKEN = re.compile(r"(?:[\w’'.\-]|(?<=\w)&(?=\w)){1,40}|[^\w\s]")  # "AT&T" is one word
# The same tokens in a text without "&": the engine repeats a class in one step, an alternation in several.
_TOKEN_WITHOUT_AMPERSAND = re.compile(r"[\w’'.\-]{1,40}|[^\w\s]")
# The same on ASCII text, under re.ASCII: there its "\w" is the Unicode one, tested from a table instead of the
# Unicode database, but its "\s" leaves out "\x1c"-"\x1f", which the Unicode one takes, so they are left out by hand.
_TOKEN_WITHOUT_AMPERSAND_ASCII = re.compile(r"[\w’'.\-]{1,40}|[^\w\s\x1c-\x1f]", re.ASCII)


def _token_spans(body: str, start: int, end: int) -> list[Span]:
    """The spans of ``_TOKEN`` in ``body[start:end]``."""
    if body.find("&", start, end) >= 0:
        token = _TOKEN
    else:
        token = _TOKEN_WITHOUT_AMPERSAND_ASCII if body[start:end].isascii() else _TOKEN_WITHOUT_AMPERSAND
    return [match.span() for match in token.finditer(body, start, end)]


_DETERMINERS = frozenset("the a an his her their its one two several many some other those these this that".split())
# Subject pronouns as they are written: any case, except the lone lower-case "i".
_PRONOUN_FORMS = (PRONOUNS - {"i"}) | frozenset(word.capitalize() for word in PRONOUNS)
_PARTITIVE_LINKS = frozenset({"of", "for", "with", "at"})


@cache
def _people_heads() -> frozenset[str]:
    """The nouns that head a phrase naming people: roles, nouns for persons, and "source"."""
    return role_words() | person_nouns() | {"source", "sources"}


@cache
def _heads() -> frozenset[str]:
    """The role and speaker nouns (less abbreviations with a period): the heads that make a noun phrase a speaker."""
    return frozenset(word for word in role_words() | speaker_nouns() if not word.endswith("."))


def _name_start(body: str, tokens: list[Span], at: int) -> int:
    """Where the capitalised words of a name ending at ``at`` begin (at most four of them)."""
    first = at
    while first > 0 and at - first < 4 and body[tokens[first - 1][0] : tokens[first - 1][0] + 1].isupper():
        first -= 1
    return first


# The last word of a lower-case description before a name: a person noun or an agent noun ("herpetologist",
# "co-author", "engineering professor").
_AGENT_SUFFIX = re.compile(r"[a-z\-]{2,}(?:ist|er|or|ian|ant|ent)")


# A subject pronoun with a contracted auxiliary: "they've", "she'd", "we'll", "he's".
_CONTRACTED_PRONOUN = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ii]t)[’'](?:ve|d|ll|s)")


def _phrase_ending_at(body: str, tokens: list[Span], index: int) -> Span | None:
    """The subject phrase that ends at token ``index``, before its verb: a pronoun, the name or speaker noun that a
    relative "who" stands for, a name (with its particles, a nickname inside it, "&", and a partitive or a name
    coordinated before it), or a phrase headed by a role or speaker noun with its determiner or owner and
    modifiers ("the port's chief engineer", "Lakeland officials"); None for an owner ("Lee's plan states") or any
    other word."""
    def word(at: int) -> str:
        return body[tokens[at][0] : tokens[at][1]]

    last = word(index)
    if last in _PRONOUN_FORMS:
        return tokens[index]
    contracted = _CONTRACTED_PRONOUN.fullmatch(last)
    if contracted:
        return tokens[index][0], tokens[index][0] + contracted.end("pronoun")  # "which they've said"
    if last == "who" and index > 0:
        before = index - 1 if word(index - 1) != "," else _described_before_comma(body, tokens, index - 1)
        # "drafted by Ann Lee, who said": the name the relative pronoun stands for speaks.
        # (or a speaker noun: "according to police, who said ...")
        speaks = before >= 0 and (word(before)[:1].isupper() or word(before).lower() in speaker_nouns())
        return _phrase_ending_at(body, tokens, before) if speaks else None
    if last.endswith(("’s", "'s")):
        return None  # "Lee's plan states": an owner modifies the noun after it
    if last[:1].isupper() or PARTICLE_NAME_WORD.match(last):
        first = index
        while first > 0 and index - first < 7:
            if first > 3 and word(first - 1) in _CLOSING_NICK:
                opening = next((at for at in (first - 3, first - 4) if at > 0 and word(at) in _OPENING_NICK), None)
                if opening is not None and all(word(at)[:1].isupper() for at in range(opening + 1, first - 1)):
                    first = opening  # "Ann “Annie” Lee", "Omar “The Hammer” Ruiz": a nickname inside the name
                    continue
            ampersand = word(first - 1) == "&" and first > 1 and word(first - 2)[:1].isupper()  # "Marks & Lee"
            if not (word(first - 1)[:1].isupper() or word(first - 1) in PARTICLES or PARTICLE_NAME_WORD.match(word(first - 1)) or ampersand):
                break
            first -= 1
        while first < index and _function_word(word(first)):
            first += 1
        if _function_word(word(first)):
            return None
        if first == index and last in demonyms() and not last.isupper():
            return None  # "Lakeland state owned ...": a country adjective alone names no one
        opener = _partitive_opener(body, tokens, first)
        if opener is None and first >= 2 and (word(first - 1) == "of" or first >= 3 and word(first - 2) == "of"):
            opener = _organisation_of(body, tokens, first)  # "Bank of Lakeland", "ABC of Lakeland": the body speaks
        if opener is None and first >= 2 and word(first - 1) == "and" and word(first - 2)[:1].isupper():
            opener = first - 2  # "Lee and Okafor": the speakers are both
        elif opener is None and first >= 4 and word(first - 1).lower() == "the" and word(first - 2) == "and":
            opener = _name_before_and(body, tokens, first - 3)  # "The Harbour Board and the Rail Bureau": both
        elif opener is None and first >= 3 and word(first - 1).islower():
            opener = _described_conjunct_opener(body, tokens, first)  # "Lawyer Ann Lee and economist Bo Tan": both
        return tokens[first if opener is None else opener][0], tokens[index][1]
    lowered = last.lower()
    if lowered not in _heads() and not (lowered.endswith("s") and lowered[:-1] in _heads()):
        return None
    if lowered == "media" and index > 0 and word(index - 1).lower() == "social":
        return None  # "Social media posts ...": no one speaks
    first = index
    while first > 0 and index - first < 5:
        previous = word(first - 1)
        folded = previous.lower()
        if not previous[:1].isalnum() or folded in _FINITE or folded in FUNCTION_WORDS and folded not in _DETERMINERS:
            break  # "larger than council figures say": the noun phrase ends at a verb or a preposition
        first -= 1
        if previous.endswith(("’s", "'s")) and previous[:1].isupper():
            return tokens[_name_start(body, tokens, first)][0], tokens[index][1]  # "North Lakeland's news agency"
        if previous.endswith(("’s", "'s")):
            return tokens[_owner_start(body, tokens, first)][0], tokens[index][1]  # "the prime minister's office"
        if folded in _DETERMINERS:
            return tokens[first][0], tokens[index][1]
    first = index
    while first > 0 and index - first < 4 and word(first - 1)[:1].isupper() and word(first - 1).lower() not in FUNCTION_WORDS:
        first -= 1
    if first == index and not lowered.endswith("s") and lowered not in _PLURAL_NOUNS:
        return None  # a bare singular noun ("report") is not a subject
    if first == index:
        first = _modifiers_start(body, tokens, index)
    return tokens[first][0], tokens[index][1]


def _owner_start(body: str, tokens: list[Span], owner: int) -> int:
    """Where a lower-case owner's phrase begins: at its determiner ("the prime minister's", "the city council's"),
    else at the owner."""
    for at in range(owner - 1, max(-1, owner - 4), -1):
        word = body[tokens[at][0] : tokens[at][1]]
        if word.lower() in _DETERMINERS:
            return at
        if not word[:1].islower() or word in FUNCTION_WORDS or word in _FINITE:
            break
    return owner


_PLURAL_NOUNS = frozenset("police media".split())
_APPOSITION_ARTICLES = frozenset("a an the".split())
_APPOSITION_BOUNDS = frozenset(",;:.!?“”\"()")
_WHO_APPOSITION_TOKENS = 16


def _described_before_comma(body: str, tokens: list[Span], comma: int) -> int:
    """The token a relative "who" after the comma at ``comma`` stands for: the last word of the name that an
    apposition opening with an article describes ("led by Ann Lee, a biologist at Lakeside University, who said":
    "Lee", not "University"), else the word right before the comma."""
    for at in range(comma - 1, max(1, comma - _WHO_APPOSITION_TOKENS), -1):
        word = body[tokens[at][0] : tokens[at][1]]
        if word in _APPOSITION_BOUNDS:
            if word == "," and body[tokens[at + 1][0] : tokens[at + 1][1]] in _APPOSITION_ARTICLES and body[tokens[at - 1][0]].isupper():
                return at - 1
            break
    return comma - 1


def _name_before_and(body: str, tokens: list[Span], index: int) -> int | None:
    """Where the name of a body that ends at token ``index``, before "and the" and a second name, begins ("The
    Harbour Board" of "The Harbour Board and the Rail Bureau said"): its capitalised words after "the", up to four;
    None if the word at ``index`` ends no such name."""
    first = index
    while first > 0 and index - first < 4 and body[tokens[first][0]].isupper() and not _function_word(body[tokens[first][0] : tokens[first][1]]):
        first -= 1
    word = body[tokens[first][0] : tokens[first][1]]
    return first + 1 if first < index and word.lower() == "the" else None


_CONJUNCT_DESCRIPTOR_WORDS = 4
_CONJUNCT_DETERMINERS = frozenset("the his her their its".split())


def _described_conjunct_opener(body: str, tokens: list[Span], first: int) -> int | None:
    """Where a name coordinated before a described name begins ("Ann Lee" of "lawyer Ann Lee and economist Bo Tan
    said", "Northmart" of "grocer Northmart and Danish grocer Salby announced"): the description after "and" is up to
    four words (an owner's determiner first at most) ending in a role, person or agent noun, and a capitalised
    name ends before "and"; None otherwise, when the name at ``first`` is the subject alone."""
    def word(at: int) -> str:
        return body[tokens[at][0] : tokens[at][1]]

    last = word(first - 1)
    if not (last in _heads() or last in person_nouns() or _AGENT_SUFFIX.fullmatch(last)):
        return None
    at = first - 1
    while at > 0 and first - at < _CONJUNCT_DESCRIPTOR_WORDS:
        previous = word(at - 1)
        if previous == "and" or not previous.replace("-", "").isalpha() or previous.lower() in FUNCTION_WORDS:
            break
        at -= 1
    if at > 0 and word(at - 1).lower() in _CONJUNCT_DETERMINERS:
        at -= 1
    if at < 2 or word(at - 1) != "and":
        return None
    end = at - 2
    if not word(end)[:1].isupper() or _function_word(word(end)):
        return None
    start = end
    while start > 0 and end - start < 4 and word(start - 1)[:1].isupper() and not _function_word(word(start - 1)):
        start -= 1
    return start


def _body_name(words: str) -> bool:
    """Words that only name a body: capitalised ("Lakeland", "Harbour Board") or a noun phrase after "the" with no
    verb or conjunction inside ("the rowing club", not "State Ann Lee thanked the port and")."""
    split = words.split()
    if all(word[:1].isupper() for word in split):
        return True
    return split[0] == "the" and not any(word in _FINITE or word in ("and", "or") or word.islower() and word.endswith("ed") for word in split)


def _organisation_of(body: str, tokens: list[Span], first: int) -> int | None:
    """Where the name of an organisation begins that goes on with "of" and the name starting at token ``first``
    ("Bank of Lakeland", "the Central Bank of Lakeland", "ABC of Lakeland", "the Church of the Holy Name"): its
    capitalised words before "of" end with an organisation's word or are a short form in capitals; None for
    anything else ("Ann Lee of Lakeland", whose person speaks and whom attribution finds before the place)."""
    link = first - 1 if body[tokens[first - 1][0] : tokens[first - 1][1]] == "of" else first - 2
    if link < 1 or body[tokens[link][0] : tokens[link][1]] != "of":
        return None
    last = body[tokens[link - 1][0] : tokens[link - 1][1]]
    if not last[:1].isupper() or _function_word(last) or not (last.lower() in organisation_words() or last.isupper() and len(last) > 1):
        return None
    start = link - 1
    while start > 0 and link - start < 4:
        previous = body[tokens[start - 1][0] : tokens[start - 1][1]]
        if not previous[:1].isupper() or _function_word(previous):
            break
        start -= 1
    return start


def _function_word(word: str) -> bool:
    """A function word of a name's edge ("the", "In"); an acronym in capitals spelt like one ("WHO") is a name."""
    return word.lower() in FUNCTION_WORDS and not (len(word) > 1 and word.isupper())


_OPENING_NICK = frozenset("“\"‘'")
_CLOSING_NICK = frozenset("”\"’'")


def _modifiers_start(body: str, tokens: list[Span], index: int) -> int:
    """Where the lower-case modifiers of a bare plural head that opens its clause begin ("However, refugee
    advocates say", "At the briefing, justice officials said"): at most two plain words after a comma, a
    semicolon or a capitalised conjunction; else the head alone."""
    first = index
    while first > 0 and index - first < 2:
        word = body[tokens[first - 1][0] : tokens[first - 1][1]]
        if not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS or word.endswith(("ly", "ed", "ing")):
            break
        first -= 1
    if first == index or first == 0:
        return first if first == 0 else index
    opener = body[tokens[first - 1][0] : tokens[first - 1][1]]
    return first if opener in (",", ";") or opener[:1].isupper() and opener.lower() in FUNCTION_WORDS else index


def _partitive_opener(body: str, tokens: list[Span], first: int) -> int | None:
    """Where a partitive or role phrase that a name completes begins: "One of the two leaders of Germany's
    ruling Social Democrats", "A spokesperson for the Senate", "The former treasurer of the Harbour
    Rowing Club". The speaker is a member, not the organisation after "of" or "for"."""
    linked = role = False
    for at in range(first - 1, max(-1, first - 13), -1):
        lowered = body[tokens[at][0] : tokens[at][1]].lower()
        if not lowered[:1].isalnum():
            return None
        linked = linked or lowered in _PARTITIVE_LINKS
        role = role or linked and (lowered in _heads() or lowered.endswith("s") and lowered[:-1] in _heads())
        partitive = lowered == "one" and body[tokens[at + 1][0] : tokens[at + 1][1]] == "of"
        definite = lowered == "the" and (at == 0 or body[tokens[at - 1][0] : tokens[at - 1][1]] != "of")
        if linked and (partitive or (lowered in ("a", "an") or definite) and role):
            return at
    return None
