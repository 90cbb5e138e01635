"""The subject after a speech verb: "..., said Ann Lee", "..., says the port's chief, Ann Lee", and the
subject that closes the sentence ("..., adds Ann Lee.").

Apart because an inverted subject follows the verb and is read by its own patterns, not by the look back of
``subjects``.
"""

from __future__ import annotations

import re
from functools import cache

from worker.extract.cues.model import _AUXILIARY, _DET, _MODIFIER
from worker.extract.cues.phrases import _head_pattern, _heads
from worker.extract.lexicon import group_heads, person_nouns, role_words
from worker.extract.names import NAME, NAME_WORD, NICKNAME
from worker.extract.text import Span


@cache
def _subject_after() -> re.Pattern[str]:
    head = _head_pattern()
    # (no auxiliary among its modifiers: "..., said the force would need more officers" is no subject "the force
    # ... officers" but a reported clause)
    noun_phrase = rf"{_DET}\s(?:(?!{_AUXILIARY}\s){_MODIFIER}\s){{0,4}}(?i:{head})\b"
    owned_name = rf"[Tt]he\s[\w.\-]{{1,30}}[’']s\s{NAME}"  # "said the institute's Ann Lee"
    # "..., said officials.", "..., reported local residents, with ...": a bare plural group closing the clause
    plurals = "|".join(sorted((re.escape(word) for word in group_heads() | {"police"}), key=len, reverse=True))
    group = rf"(?:[a-z][\w\-]{{1,20}}\s)?(?:{plurals})(?=\s{{0,3}}(?:[,.;:!?]|$))"
    return re.compile(
        rf"\s{{1,3}}(?P<subject>(?:[Hh]e|[Ss]he)(?=\s{{0,3}}(?:[,.;:!?]|$))|{owned_name}|{noun_phrase}|{group}|{NAME}(?:{NICKNAME}{NAME})?)\b"
    )


@cache
def _person_after() -> re.Pattern[str]:
    """A noun phrase headed by a noun for a person that is no role ("woman", "resident", "witness") after an
    inverting verb, closing the clause ('“...,” said the woman, who ...', '“...,” said a local man.'); not "..., said
    the woman had left", whose noun phrase opens a reported clause."""
    heads = sorted((re.escape(word) for word in person_nouns() - _heads() if not word.endswith(".")), key=len, reverse=True)
    # (a place the person is from may follow: '“...,” said a woman from Lakeside.', 'said the man from the village')
    place = rf"\s(?:from|of)\s(?:{NAME}|the\s(?:[a-z][\w\-]{{1,20}}\s)?[a-z][\w\-]{{1,20}})"
    return re.compile(
        rf"\s{{1,3}}(?P<subject>{_DET}\s(?:(?!{_AUXILIARY}\s){_MODIFIER}\s){{0,3}}(?:{'|'.join(heads)})s?(?:{place})?)"
        r"(?=\s{0,3}(?:[,.;:!?”\"]|$))"
    )


# "said dock and rail worker Ann Lee", "says MaRS director Ann Lee, who ...": a described name after the verb,
# whose last description word is a role or a noun for a person; the name alone is the subject.
_DESCRIBED_NAME = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}}\s){{0,4}}?(?P<role>[a-z][\w\-]{{1,25}})\s(?P<subject>{NAME})\b"
    r"(?=\s{0,3}(?:[,.;:!?”\"(]|$)|\s{1,2}(?:on|in|via|at|during|from|to|after|before|while|of|with)\s)"  # "... on Twitter", "... of Lakeside University"
)
# "said co-author and research fellow Ann Lee", "said founder and Harbour Trust Chair Ann Lee": two descriptions
# joined by "and" before the name, the first ending in a role or a person's noun.
_COORDINATED_DESCRIPTIONS = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}}\s){{0,3}}?(?P<role>[a-z][\w\-]{{1,25}})\sand\s(?:[\w’'.\-&]{{1,30}}\s){{0,4}}?(?P<subject>{NAME})\b"
    r"(?=\s{0,3}(?:[,.;:!?”\"(]|$)|\s{1,2}(?:on|in|via|at|during|from|to|after|before|while|of|with)\s)"
)
# "tweeted Mayor of Lakeland Ann Lee": a capitalised title with its place or body, then the name.
_TITLED_NAME = re.compile(rf"\s{{1,3}}(?P<subject>{NAME_WORD}\s(?:of|for)\s(?:the\s)?{NAME})\b")
# "said a protester using the pseudonym Ann", "said a resident who gave her name as Ann": the name speaks.
_ALIAS_NAME = re.compile(
    rf",?\s(?:(?:using|under)\s(?:the\s|a\s)?(?:pseudonym|name|alias)|(?:who\s)?(?:gave|giving)\s(?:only\s)?"
    rf"(?:his|her|their)\s(?:first\s)?name\sas|identified\s(?:only\s)?as|named|called)\s(?P<subject>{NAME})\b"
)
# "said the university's chancellor, Ann Lee.", "said University of Lakeside, Westport's dean, Ann Lee.": a role
# (of a body, maybe a name with a comma of its own) and the name in apposition to it, which ends the clause.
_ROLE_THEN_NAME = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}},?\s){{0,6}}?(?P<role>[a-z][\w\-]{{1,25}})"
    # (the role's own phrase: "said her editor of 40 years, Ann Lee.", "said its head of personnel, Ann Lee.")
    rf"(?:\s(?:of|for|to|at)\s[^,;:.!?“”\"]{{1,40}}?)?,\s(?P<subject>{NAME})"
    r"(?=\s{0,3}(?:[,.;:!?”\"]|$))"
)
_PERSON_NOUN_END = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman|person|ect|ee|ive)s?$")
# Prepositions and adverbs with such an ending: "said Ann Lee per the Daily Ledger" names the source after Ann Lee.
_LINKS_LIKE_PERSON_NOUNS = frozenset("per after over under later further together rather either neither whether for nor".split())


def _inverted_subject(body: str, verb: Span, sentence: Span) -> re.Match[str] | None:
    """The subject after an inverting verb ("..., said Ann Lee"): a described name (or one in apposition to a role:
    "said the port's chief, Ann Lee."), a pronoun, a noun phrase
    headed by a role or speaker noun (or the name it goes by: "a protester using the pseudonym Ann"), or a
    name."""
    apposed = _ROLE_THEN_NAME.match(body, verb[1], sentence[1])
    if apposed is not None and apposed.group("role") in _heads():
        return apposed
    described = _DESCRIBED_NAME.match(body, verb[1], sentence[1])
    if described is not None:
        role = described.group("role")
        if role in _heads() or _PERSON_NOUN_END.search(role) and role not in _LINKS_LIKE_PERSON_NOUNS:
            return described
    coordinated = _COORDINATED_DESCRIPTIONS.match(body, verb[1], sentence[1])
    if coordinated is not None:
        role = coordinated.group("role")
        if role in _heads() or _PERSON_NOUN_END.search(role) and role not in _LINKS_LIKE_PERSON_NOUNS:
            return coordinated
    titled = _TITLED_NAME.match(body, verb[1], sentence[1])
    if titled is not None and titled.group("subject").split()[0].lower() in role_words():
        return titled
    found = _subject_after().match(body, verb[1], sentence[1])
    if found is None:
        return _person_after().match(body, verb[1], sentence[1])
    if found.group("subject")[:1].isupper():
        return found
    return _ALIAS_NAME.match(body, found.end(), sentence[1]) or found


_SENTENCE_CLOSE = re.compile(r"[\s.!?\"”’')]*")


def _closing_subject(body: str, verb: Span, sentence: Span) -> Span | None:
    """The subject right after a verb when nothing but the sentence end follows it ("..., said Ann Lee.")."""
    after = _inverted_subject(body, verb, sentence)
    if after is None:
        return None
    if not _SENTENCE_CLOSE.fullmatch(body, after.end(), sentence[1]) and not _NARRATOR_ADJUNCT.match(body, after.end(), sentence[1]):
        return None
    return after.span("subject")


# A narrator's adjunct after an inverted subject: "..., reported officials, with 25 others injured."
_NARRATOR_ADJUNCT = re.compile(r",\s(?:with|while|as|after|before|amid)\s")
