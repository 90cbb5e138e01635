"""Word lists the rules rely on, read once from ``worker/extract/data/`` (package data, no downloads).

Lists are plain text so that editors can extend them without touching code; ``#`` starts a comment line.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files("worker.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def speech_verb_forms() -> dict[str, str]:
    """Every form of every speech verb mapped to its lemma ("said" -> "say")."""
    forms: dict[str, str] = {}
    for line in _lines("speech_verbs.txt"):
        lemma, *inflected = line.split()
        for form in (lemma, *inflected):
            forms[form] = lemma
    return forms


@cache
def role_words() -> frozenset[str]:
    """Title and role words ("minister", "secretary-general", "mr.")."""
    return frozenset(_lines("roles.txt"))


@cache
def person_nouns() -> frozenset[str]:
    """Words that describe a person without being a title ("resident", "accountant", "father"): titles and
    these make a name in apposition or after a lower-case description a person."""
    return role_words() | frozenset(_lines("person_nouns.txt"))


@cache
def demonyms() -> dict[str, str]:
    """Demonym or country adjective -> place ("German" -> "Germany", "South Korean" -> "South Korea")."""
    return dict(line.split("\t", 1) for line in _lines("demonyms.tsv"))


@cache
def places() -> frozenset[str]:
    """Place names: countries (from the demonym table) and well-known places."""
    return frozenset(_lines("places.txt")) | frozenset(demonyms().values())


@cache
def organisation_words() -> frozenset[str]:
    """Lower-cased words that mark an organisation, and organisations known by name alone."""
    return frozenset(_lines("organisations.txt"))


@cache
def speaker_nouns() -> frozenset[str]:
    """Head nouns of unnamed speakers ("officials", "the company", "the statement")."""
    return frozenset(_lines("speaker_nouns.txt"))


@cache
def first_name_genders() -> dict[str, str]:
    """Common first names -> "male" or "female", for matching he and she to a person."""
    return dict(line.split("\t", 1) for line in _lines("first_names.tsv"))


@cache
def group_heads() -> frozenset[str]:
    """Plural nouns that head a group of speakers ("ministers", "officials"): plural roles and speaker nouns."""
    plurals = {word + "s" for word in role_words() if word.isalpha()}
    return frozenset(plurals | {word for word in speaker_nouns() if word.endswith("s")})


@cache
def evaluative_phrases() -> dict[str, int]:
    """Evaluative words and phrases of news speech -> +1 (approving: "justified") or -1 (condemning: "a sham")."""
    return {line[2:]: 1 if line[0] == "+" else -1 for line in _lines("evaluative.txt")}


_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]{3,}(?:ed|ing)")
_SHORT_FORM_WORD = re.compile(r"[A-Z]{2,6}")
# Participles that begin organisations' names before a short form or a word ("United", "Associated Press").
_NAME_PARTICIPLES = frozenset({"United", "Associated", "Allied", "Consolidated", "Amalgamated", "Incorporated", "Reading"})


def participle_before_short_form(word: str, following: str) -> bool:
    """A capitalised participle before a short form ("Listed US states were ...", "Retired FBI agents said"): the
    participle opens a sentence and is no part of a name; not a given name ("Alfred"), a place or a word of
    organisations' names ("United", "Associated")."""
    return (
        _PARTICIPLE_WORD.fullmatch(word) is not None
        and _SHORT_FORM_WORD.fullmatch(following) is not None
        and word.lower() not in first_name_genders()
        and word not in places()
        and word.lower() not in organisation_words()
        and word not in _NAME_PARTICIPLES
    )


@cache
def capitals() -> dict[str, str]:
    """Capital -> its state ("Athens" -> "Greece"): a capital acting stands for the state's government."""
    return dict(line.split("\t", 1) for line in _lines("capitals.tsv"))
