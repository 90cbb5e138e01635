"""Sources that speak through a preposition or a document: "according to X" (the source's whole name, with its
apposition, place or relative clause, and the words reported around it) and a document's owner or issuer ("a banner
from the union saying ...", "The union filed a motion claiming ...", "released a statement which read ...").

Apart because these speakers are no subject of the verb: they are read after "according to" or from the document's
phrase.
"""

from __future__ import annotations

import re

from worker.extract.cues.content import _after_semicolon, _content_after, _next_stop
from worker.extract.cues.inverted import _SENTENCE_CLOSE
from worker.extract.cues.model import (
    Cue,
    _CONTENT_TRIM,
    _DET,
    _FINITE,
    _MAX_CONTENT,
    _MODIFIER,
    _ends_with_comma,
    _nonempty,
)
from worker.extract.cues.subjects import _NAME_CONNECTORS, _clause_subject, _describes
from worker.extract.lexicon import demonyms, role_words, speech_verb_forms
from worker.extract.names import MONTH, NAME, WEEKDAY
from worker.extract.text import Span, trim

# Who "according to" names: a determined noun phrase, a name, a name after its description ("former bank
# governor Ann Lee", the name alone), or a bare noun phrase ("security experts", "court documents").
_ACCORDING_SUBJECT = re.compile(
    rf"\s{{1,3}}(?:(?P<subject>{_DET}\s(?:{_MODIFIER}\s){{0,5}}{_MODIFIER}|{NAME}|him|her|them)"
    rf"|[a-z](?:{_MODIFIER}\s){{1,6}}?(?P<described>{NAME})(?=\s{{0,3}}(?:[,.;:!?]|$))"
    rf"|(?P<bare>[a-z]{_MODIFIER}(?:\s(?!that\b)[a-z]{_MODIFIER}){{0,4}}))"
)


# A document or a sign right before a participle, maybe with whom it is from.
_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w’'])(?P<document>(?:statement|letter|motion|banner|sign|placard|lawsuit|suit|petition|complaint|filing|"
    rf"resolution|tweet|post|message|poster|notice|memo|report|story|article|editorial|op-ed|email|e-mail|release|"
    rf"announcement|speech|video|(?:press|news)\sconference)s?)(?:\s(?:from|by)\s(?P<owner>{NAME}))?"
    # (and where or when it came out: "a message on Twitter on Friday saying ...")
    rf"(?:\s(?:on|via)\s(?:Twitter|Facebook|Instagram|YouTube|Telegram|social\smedia|(?:its|his|her|their)\swebsite))?"
    rf"(?:\s(?:(?:on|last|early|late)\s)?{WEEKDAY}(?:\s(?:morning|afternoon|evening|night))?|\s(?:yesterday|today|overnight))?$"
)
# A verb that puts a document out, right before it: "issued a statement", "filed a motion", "signed a letter".
_ISSUED_BEFORE = re.compile(
    r"\b(?:issued|released|filed|signed|sent|posted|published|wrote|submitted|delivered|put\sout|made|held|gave|called|ran)\s"
    r"(?:a|an|the|its|his|her|their|several|many|some|multiple)\s(?:[\w\-]{1,20}\s){0,3}$"
)
# The same document with a relative pronoun, whose finite speech verb follows: "released a statement which read".
_DOCUMENT_WHICH = re.compile(_DOCUMENT_BEFORE.pattern.removesuffix("$") + r",?\s(?:which|that)$")


def _document_source(body: str, prefix: str, prefix_start: int, clause_start: int, document: re.Match[str]) -> Span | None:
    """Whom a document found in ``prefix`` (which starts at ``prefix_start``) is from, relative to the prefix: the
    owner named after it ("a banner from the Harbour Union") or the subject of the verb that put it out ("The union
    filed a motion"); None when neither is named."""
    if document.group("owner"):
        return document.span("owner")
    issued = _ISSUED_BEFORE.search(prefix, 0, document.start())
    # people and bodies put documents out, whatever the verb after the document: any determined noun phrase may be
    # the issuer ("The filmmakers published a letter calling ...")
    issuer = _clause_subject(body, clause_start, prefix_start + issued.end(), "write") if issued else None
    return (issuer[0] - prefix_start, issuer[1] - prefix_start) if issuer is not None else None


def _document_relative_cue(
    body: str, verb: Span, lemma: str, clause_start: int, prefix_start: int, sentence: Span, opens: list[int]
) -> Cue | None:
    """The cue of a speech verb after a document and "which" or "that" ("Northwind released a statement which read,
    in part, “...”", "the union issued a letter that said ..."): the document's owner or issuer speaks; None where the
    document is from no one named ("signs which read ...")."""
    prefix = body[prefix_start : verb[0]].rstrip()
    document = _DOCUMENT_WHICH.search(prefix)
    source = _document_source(body, prefix, prefix_start, clause_start, document) if document is not None else None
    if source is None:
        return None
    content = _content_after(body, verb, lemma, sentence, opens)
    return Cue(verb, lemma, (prefix_start + source[0], prefix_start + source[1]), content, False, sentence)


_SUBJECT_END = re.compile(r"\s(?:but|who|which|that|unauthorized|not|he|she|they|it|we|via|about(?=\s[\d$]))\b|[,;]")


def _trimmed_subject(body: str, subject: Span) -> Span:
    """A noun phrase after "according to" without what follows its head: "an aide briefed on the deal but
    not allowed to comment" ends at "deal", "the study." at "study"."""
    end = _SUBJECT_END.search(body, subject[0], subject[1])
    start, stop = subject[0], end.start() if end else subject[1]
    while stop > start and body[stop - 1] in ".":
        stop -= 1
    return start, stop


# A time adjunct ending the words after "according to" ("police on Thursday", "the mayor last week").
_TIME_AFTER_SOURCE = re.compile(
    r"\s(?:(?:late\s|early\s)?(?:today|yesterday|tonight)\b|(?:on|in|at|last|this|early|late|earlier|dated)\s(?:" + WEEKDAY + r"|" + MONTH + r"|"
    r"week|month|year|"
    r"morning|afternoon|evening|night)\b)(?!\s(?:by|from)\s).*$"  # "a report on Wednesday by X": X stays
)
# The lower-case nouns a country adjective qualifies, up to a comma or the sentence end.
_NOUN_AFTER_ADJECTIVE = re.compile(r"(?:\s[a-z][\w\-]{1,20}){1,3}?(?=\s{0,3}(?:[,.;:!?]|$)|\s(?:on|in|at|last|this)\s)")


# Capitalised words finishing a source's name that the subject pattern cut, up to the comma after it.
_NAME_REST = re.compile(r"(?:\s[A-Z][\w’'.\-]{0,30}){1,4}(?=,)")
# A possessive cannot end a source ("according to the Lakeland Port Authority's"): when the noun phrase it owns
# ends in a role ("... Authority's chief safety officer, ..."), that official speaks; the owner of a thing
# ("... Authority's public records, ...") stays the source.
_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")
_OWNED_NOUN_PHRASE = re.compile(r"(?:\s[\w’'.\-]{1,30}){1,4}(?=,)")
_RELATIVE_PRONOUN_END = re.compile(r"\b(?:which|who|whom),?$|\bthat,$")


_SOURCE_NOUN_CLOSE = re.compile(r"\s(?:data|figures|records|reports?|estimates|statistics|documents|research)[\s.!?\"”’')]*")
_OPEN_BEFORE_SOURCE = re.compile(r"(?:\b(?:including|and|but|or|with|of|to|in|as|than|is|are|was|were)|[:;–—]\s{0,2}[a-z]{2,20}ly)\s?,$")
_RELATIVE_SOURCE = re.compile(r"\s{1,3}(?:which|whom)\s")


# A coordinated clause or a participle's phrase after the source: "..., killing 20 according to officials, and
# leaving ...", "66 were hurt according to officials, ranging in age from 11 to 75": the content is before it.
_COORDINATION_AFTER_SOURCE = re.compile(r"[^,;.!?“”\"]{0,40},\s(?:(?:and|but)\s|(?!(?:including|according|concerning|regarding)\b)[a-z]{2,20}ing\s)")


def _according_to(body: str, verb: Span, clause_start: int, sentence: Span) -> Cue | None:
    """The cue of "according to X": X is the source (cut before a time, extended over the rest of its name or a
    role it owns, a name in apposition to it speaking), and the content the words before it when it closes
    them ("..., according to police") or the clause after it ("According to Ann Lee, the pier is safe")."""
    relative = _RELATIVE_SOURCE.match(body, verb[1], sentence[1])
    if relative is not None:
        # "an agreement, according to which the strait is closed": the clause after the relative pronoun, whose
        # source is what the pronoun stands for
        end = min(sentence[1], relative.end() + _MAX_CONTENT, _next_stop(body, sentence, relative.end()))
        return Cue(verb, "according to", None, _nonempty(trim(body, (relative.end(), end), _CONTENT_TRIM)), False, sentence)
    who = _ACCORDING_SUBJECT.match(body, verb[1], sentence[1])
    if who is None:
        return None
    group = next(group for group in ("subject", "described", "bare") if who.group(group))
    if group == "bare" and who.group("bare").split()[0] == "you":
        return None  # "What, according to you, matters most?": asking the addressee's view, no source reported
    words_start = who.start() + len(who.group()) - len(who.group().lstrip())
    subject = _trimmed_subject(body, who.span(group) if group == "subject" else (words_start, who.end()))
    if body.startswith(("' ", "’ "), subject[1]) and body[subject[1] - 1] == "s":
        subject = (subject[0], subject[1] + 1)  # "according to Lakeside Falls' mayor, ...": the name owns the role
    time = _TIME_AFTER_SOURCE.search(body, subject[0], subject[1])
    if time is not None:
        subject = (subject[0], time.start())  # "according to police on Thursday": the day is no source
    elif group == "described" and not _PLACE_PREPOSITION_END.search(body, words_start, who.start(group)):
        subject = who.span(group)  # "according to former bank governor Ann Lee": the name alone
    if body[subject[0] : subject[1]] in demonyms():
        noun = _NOUN_AFTER_ADJECTIVE.match(body, subject[1], sentence[1])  # "according to Lakeland state media"
        subject = (subject[0], noun.end()) if noun else subject
    prefix_start = max(clause_start, verb[0] - _MAX_CONTENT)
    prefix = body[prefix_start : verb[0]].rstrip()
    if _RELATIVE_PRONOUN_END.search(prefix):
        return Cue(verb, "according to", subject, None, False, sentence)  # "a war which, according to X, ...": no clause
    if _OPEN_BEFORE_SOURCE.search(prefix):
        # "killed 62, including, according to X, 54 children": the source vouches for what follows only
        return Cue(verb, "according to", subject, None, True, sentence)
    # "..., according to X" or "... according to X." closing the sentence: the words before are the content.
    # (a source's name may be followed by what of it speaks: "according to NEOC data.")
    closes_sentence = _SENTENCE_CLOSE.fullmatch(body, who.end(), sentence[1]) is not None or (
        group == "subject" and _SOURCE_NOUN_CLOSE.fullmatch(body, who.end(), sentence[1]) is not None
    ) or _COORDINATION_AFTER_SOURCE.match(body, who.end(), sentence[1]) is not None  # ("killing 20 according to X, and ...")
    rest = _SOURCE_REST.match(body, who.end(), sentence[1]) if not closes_sentence and group != "described" else None
    if rest is not None and _SENTENCE_CLOSE.fullmatch(body, rest.end(), sentence[1]) and not any(
        word in _FINITE or word in _NOT_IN_SOURCE for word in rest.group().split()
    ):
        # "... according to a statement posted to his official Twitter account.": the source goes on to the end
        end = rest.end()
        while body[end - 1] == ".":
            end -= 1
        time = _TIME_AFTER_SOURCE.search(body, subject[0], end)
        closes_sentence, subject = True, _trimmed_subject(body, (subject[0], time.start() if time else end))
    if (_ends_with_comma(prefix) or closes_sentence) and len(prefix.split()) >= 3:
        before = (_after_semicolon(body, prefix_start, verb[0]), verb[0])
        return Cue(verb, "according to", subject, _nonempty(trim(body, before)), True, sentence)
    name_rest = _NAME_REST.match(body, subject[1], sentence[1])  # "according to a survey by the Harbour Ledger, ..."
    if name_rest is None and _POSSESSIVE_END.search(body, subject[0], subject[1]):
        owned = _OWNED_NOUN_PHRASE.match(body, subject[1], sentence[1])
        name_rest = owned if owned and owned.group().split()[-1].lower() in role_words() else None
    subject = (subject[0], name_rest.end()) if name_rest else subject
    content_start = subject[1]
    owner = name_rest is None and _POSSESSIVE_END.search(body, subject[0], subject[1]) is not None
    owned = _OWNED_NOUN_PHRASE.match(body, subject[1], sentence[1]) if owner else None
    if owned is not None:
        # "According to Ann Lee's critics, ...": the content starts after what the name owns; a group or a role
        # it owns speaks ("critics", "spokesman"), else the owner ("Ann Lee's account")
        content_start = owned.end()
        possessive = _POSSESSIVE_END.search(body, subject[0], subject[1])
        owner_end = possessive.end() - 1 if possessive.group().startswith("s") else possessive.start()  # "Falls'"
        subject = (subject[0], owned.end()) if _describes(body, owned.span()) else (subject[0], owner_end)
    whole = _whole_source(body, subject, sentence) if owned is None else None
    if whole is not None:
        subject, content_start = whole
    named = _NAME_IN_APPOSITION.match(body, content_start, sentence[1]) if _describes(body, subject) else None
    if named is not None:  # "According to the mayor, Ann Lee, police ...": the name in apposition speaks
        content_start = named.end()
        subject = (named.end() - 2 - len(named.group().strip(" ,\t\n")), named.end() - 2)
    if _RELATIVE_START.match(body, content_start, sentence[1]):
        # "According to Ann Lee, who chairs the board, the pier is safe": the content after the relative clause
        comma = body.find(", ", content_start + 2, min(sentence[1], content_start + _MAX_RELATIVE_SOURCE))
        if comma < 0:
            return Cue(verb, "according to", subject, None, False, sentence)
        content_start = comma + 2
    end = min(sentence[1], content_start + _MAX_CONTENT, _next_stop(body, sentence, content_start))
    start, end = trim(body, (content_start, end))
    while end > start and body[end - 1] in ".!?":
        end -= 1
    return Cue(verb, "according to", subject, _nonempty((start, end)), False, sentence)


# A name in apposition to a source described by its role, closed by a comma: ", Ann Lee, police said ...".
_NAME_IN_APPOSITION = re.compile(rf"[\s,]{{0,3}}{NAME},\s")
_RELATIVE_START = re.compile(r"[\s,]{0,3}(?:who|which|whose|whom)\b")
# How far the relative clause describing a source may run before its closing comma ("According to Ann Lee, who is
# both co-chair of the committee and head of the department of ... at the Harbour School, ...").
_MAX_RELATIVE_SOURCE = 250
# The words after "according to" up to the comma that ends the source: a date's comma ("a March 14, 2019
# press release") and an acronym in parentheses ("the World Health Organization (WHO)") stay inside.
_SOURCE_TO_COMMA = re.compile(r"(?:[^,;:!?\"“”()\n]|,\s\d{4}\b|\s\([A-Z][A-Za-z.&]{1,9}\))*?(?=,\s(?!\d{4}\b))")
_ACRONYM_END = re.compile(r"\s\([A-Z][A-Za-z.&]{1,9}\)$")
_INDEFINITE_APPOSITION = re.compile(r"\s(?:a|an)\s[^,;:.!?\"“”]{1,60},")
_STATE_AFTER_PLACE = re.compile(r",\s[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?(?=,\s)")
_PLACE_PREPOSITION_END = re.compile(r"\s(?:in|at|of|from)\s$")
_PLACE_AFTER_SOURCE = re.compile(r"\s(?:in|at)\s(?:the\s)?[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}(?:,\s[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)?$")
_MAX_SOURCE_EXTENSION_LOWER = 3


# Words closing a source that the subject pattern cut, up to the end of its sentence.
_SOURCE_REST = re.compile(r"(?:\s[\w’'.\-]{1,30}){1,4}?(?=[\s.!?\"”’')]*$)")
_NOT_IN_SOURCE = frozenset("that who which and but the a an".split())
_SOURCE_LINKS = frozenset("of for from by".split())


def _whole_source(body: str, subject: Span, sentence: Span) -> tuple[Span, int] | None:
    """The whole source of an "According to <source>, <content>" whose noun phrase the subject pattern cut
    ("a poll published by Harbour News last week", "the reports by the Centre for Ports and Shipping",
    "Harbour Ledger editor Ann Lee"), and where its content starts (after the comma), when the words added are
    names, numbers and at most a few lower-case words, none of them a verb."""
    if _POSSESSIVE_END.search(body, subject[0], subject[1]):
        return None  # "according to the Harbour Trust's public records": the owner is the source
    found = _SOURCE_TO_COMMA.match(body, subject[0], sentence[1])
    if found is None or found.end() < subject[1] or found.end() - subject[0] > 160:
        return None
    extension = body[subject[1] : found.end()]
    words = re.findall(r"[\w’'\-]+", extension)
    previous = body[subject[0] : subject[1]].rsplit(None, 1)[-1:] or [""]
    lower = [
        (word, following, before)
        for word, following, before in zip(words, words[1:] + [""], previous + words)
        if word[:1].islower() and not (word in _NAME_CONNECTORS and following[:1].isupper())  # "Centre for Ports"
    ]
    if len(lower) > _MAX_SOURCE_EXTENSION_LOWER or any(
        word in _FINITE or word in speech_verb_forms() or word in ("that", "who", "which")
        or word in ("the", "a", "an") and before not in _SOURCE_LINKS  # ("reports from the ministry of the interior")
        or word.endswith("ed") and following not in ("by", "from") and word != "dated"
        for word, following, before in lower
    ):
        return None  # "According to Lee the plan failed, ...": a clause, not a source
    end = found.end()
    state = _STATE_AFTER_PLACE.match(body, end) if _PLACE_AFTER_SOURCE.search(body, subject[0], end) else None
    end = state.end() if state else end  # "police in Baytown, Lakeland, said": the place goes on over its comma
    time = _TIME_AFTER_SOURCE.search(body, subject[0], end)
    end = time.start() if time else end
    for trailing in (_ACRONYM_END, _PLACE_AFTER_SOURCE):
        cut = trailing.search(body, subject[0], end)
        end = cut.start() if cut and cut.start() > subject[0] else end
    content_start = (state or found).end() + 1
    apposition = _INDEFINITE_APPOSITION.match(body, content_start, sentence[1])
    if apposition is not None and not any(
        word in _FINITE or word.endswith("ed") for word in apposition.group().split()
    ):
        content_start = apposition.end()  # "According to X, a harbour firm, ...": the apposition is no content
    return (subject[0], end), content_start
