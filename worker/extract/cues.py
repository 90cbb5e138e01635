"""Speech cues: "X said (that) ...", "..., X said", "..., said X", "according to X", "X said: “...”".

A cue is a speech verb (or "according to") with the phrase naming who speaks (the subject) and, when the
sentence reports speech, the span of the reported content. Subjects are pronouns, names (with titles), or a
noun phrase headed by a role or speaker noun ("the NATO chief", "Lakeland officials"). A verb with no such
subject is not a cue, which also tells nouns ("a report") from verbs ("officials report"). All patterns are
applied to bounded windows of one sentence, so the cost is linear in the body length.
"""

from __future__ import annotations

import re
from re import _parser as _regex_parser  # the standard library's parser, to read the longest text a pattern matches
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter

from worker.extract import caseless
from worker.extract.names import AUXILIARIES, BE, BE_FORMS, FUNCTION_WORDS, MONTH, NAME, NAME_WORD, PARTICLE_NAME_WORD, PARTICLES, WEEKDAY, opening_with_first_letters
from worker.extract.lexicon import demonyms, group_heads, organisation_words, participle_before_short_form, person_nouns, places, role_words, speaker_nouns, speech_verb_forms
from worker.extract.quotes import QuoteSpan, is_nickname
from worker.extract.text import Span, opens_with_site_label, trim

PRONOUNS = frozenset("he she they it we i".split())
# Verbs whose following phrase is never reported content: "described it as “X”" only attributes the quote.
NON_REPORTING = frozenset(
    {"describe", "characterize", "call", "term", "denounce", "label", "brand", "dub", "refer", "believe", "continue", "read", "ask", "wonder", "answer"}
)
_TELL_LIKE = frozenset({"tell", "inform", "assure", "reassure", "remind", "advise", "notify"})
_LOOKBACK = 300
# Reported content longer than this is cut: clauses are shorter, and the bound keeps run-on text linear.
_MAX_CONTENT = 1200
# Real sentences hold a handful of speech verbs; looking at no more keeps run-on text ("said said said ...") fast.
_MAX_VERBS_PER_SENTENCE = 12

_NAME_WORD = NAME_WORD
_NAME = NAME
_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Tt]hose|[Tt]hese|[Tt]his|[Tt]hat)"
_MODIFIER = r"[\w’'.\-]{1,30}"
_AUXILIARY = "(?:" + "|".join(AUXILIARIES) + ")"
_FINITE = frozenset(AUXILIARIES)
# Words that may stand between a subject and its verb and are no part of the subject: adverbs, auxiliaries and
# "been" ("Ann Lee has repeatedly said", "Police had earlier told"). The subject's words end before them.
_BEFORE_VERB_WORDS = frozenset(
    """also later then has have had would will reportedly previously earlier again once further recently repeatedly
    publicly quickly already never often always did does do could may might can should not just only first last
    finally told been initially subsequently immediately simply flatly separately privately angrily bluntly long
    still even since too""".split()
)


@dataclass(frozen=True)
class Cue:
    """One speech cue in a sentence; ``content`` is the reported span (None when nothing is reported)."""

    verb: Span
    lemma: str
    subject: Span | None
    content: Span | None
    content_before: bool
    sentence: Span


# Nouns of a claim whose content a copula and "that" may give ("The accusation against Ann Lee is that ...").
_CLAIM_NOUNS = frozenset(
    """accusation allegation claim argument contention assertion position view conclusion explanation complaint
    demand proposal suggestion warning promise pledge""".split()
)
_CLAIM_LEMMA_END = " is that"  # the lemma of such a cue: "accusation is that"
# The copulas between such a noun and "that".
_CLAIM_COPULAS = ("is", "was", "remains", "remained")
# "According to" (capital or small "a"), found from its literal rest: the engine skips to a literal opening by a fast
# search, but tests a class such as "[Aa]" at every character of the body (``_according_spans``).
_ACCORDING_REST = re.compile(r"ccording\sto\b")
# Multi-word cues, each behind a literal guard: a pattern runs only on bodies that contain its guard, and no
# pattern starts with a boundary test, so the engine can skip ahead to candidate characters.
_PHRASE_CUES = (
    ("quoted as", re.compile(r"(?:was|were|is|are)\squoted\sas\ssaying\b")),
    ("clear", re.compile(r"ma(?:de|kes)\s(?:it\s)?clear\b")),
    ("oint", re.compile(r"point(?:ed|s)\sout\b")),
    ("put it", re.compile(r"put(?:s)?\sit(?=\s{0,3}[,.:;!?])")),
    # "Per reports, ...", "Per the decree signed by ..., ...": a sentence opening with "per" and a common noun or
    # a determiner frames it as "According to" does ("Per Lee" may be a given name; "Per request of the mayor, the
    # board met" tells why something was done, no words, and "per cent" or "per day" is a rate)
    # (each scan below opens with a letter the engine skips to and tests what stands before it by look-behinds: opening
    # with look-behinds or an alternation, it was entered at every character of the body)
    ("Per ", re.compile(r"P(?:(?<=^P)|(?<=\nP)|(?<=[.!?”\"]\sP)|(?<=[.!?”\"]\s\sP))er"
        r"(?!\s(?:(?:the|a|an|his|her|its|their)\s)?(?:requests?|cent|capita|se|annum|diem|day|week|month|year|hour|minute|"
        r"person|head|share|unit|game|match|season|mile|km|kilometre|kilometer|kg)\b)(?=\s[a-z])")),
    # a court's ruling or finding ("The court found that ...", "the High Court ruled on May 2 the levy was unlawful",
    # "..., finding that ..."): kept only where a court or tribunal says it (_court_ruling); its guard is either word's
    # literal
    (("ourt", "ribunal"), re.compile(r"[fhr](?:(?<=r)uled(?=\s)|(?<=f)ound(?=\s)|(?<=h)eld(?=\s)|(?<=f)inding(?=\sthat\s))")),
)
# The forms of the verbs of a court's ruling (_PHRASE_CUES), which report only with a court as their subject.
_RULING_ONLY = {"ruled": "rule", "found": "find", "held": "hold", "finding": "find"}
_RULING_LEMMAS = frozenset(_RULING_ONLY.values())
_COURT_WORDS = ("court", "Court", "tribunal", "Tribunal")


def _court_ruling(body: str, cue: Cue) -> bool:
    """A ruling cue reports a court's words: its subject names a court ("The court", "the Court of Session") and
    what follows is reported content; "police found the car", "the court held a hearing" report nothing."""
    if cue.subject is None or cue.content is None or _RULED_ON.match(body, cue.verb[1]):
        return False
    subject = body[cue.subject[0] : cue.subject[1]]
    # the court is the head ("the High Court", "the Court of Session in Lakeland"), not a justice's title ("a Supreme
    # Court justice ruled")
    return subject.endswith(_COURT_WORDS) or any(word + " of " in subject for word in _COURT_WORDS)


# The split of a bench after its ruling verb: " 5-4", " 7–2", " 2 to 1".
_VOTE_TALLY = re.compile(r"\s\d{1,2}(?:\s?[-–]\s?|\sto\s)\d{1,2}(?=\s)")
# "ruled on the appeal", "ruled on whether ...": what a court decided on, no words of its own
_RULED_ON = re.compile(r"\son\s(?:the|a|an|its|his|her|their|this|that|these|those|whether)\s")


def _verbs(body: str) -> list[Span]:
    """The spans of the speech verbs and cue phrases of the whole body, in order: the verb forms in one scan of
    the body (and a look at its start)."""
    at_start, after_space, after_other = _verb_patterns()
    first = at_start.match(body)
    found = [first.span()] if first else []
    verbs = [match.span("verb") for match in after_space.finditer(body)]
    verbs += [match.span("verb") for match in after_other.finditer(body)]
    verbs.sort()
    if not body.isascii():
        verbs = [(start, end) for start, end in verbs if _between_non_letters(body, start, end)]
    found += [span for span in verbs if not _compound_adjective(body, span[0])]
    if "ccording" in body:
        found += _according_spans(body)
    for guard, pattern in _PHRASE_CUES:
        if guard in body if type(guard) is str else any(word in body for word in guard):
            found.extend(match.span() for match in pattern.finditer(body) if _starts_word(body, match.start()))
    found.extend(_claim_nouns(body))
    return sorted(found, key=itemgetter(0))


def _according_spans(body: str) -> list[Span]:
    """The spans of ``[Aa]ccording\\sto\\b`` in ``body`` (the finds of ``finditer``, which cannot overlap) that open a
    word: each find of its rest with an "A" or "a" before it."""
    return [
        (match.start() - 1, match.end())
        for match in _ACCORDING_REST.finditer(body, 1)
        if body[match.start() - 1] in "Aa" and _starts_word(body, match.start() - 1)
    ]


# A noun of a claim before what it is against or whose it is, a copula and "that", up to the copula: "The accusation
# against Ann Lee is", "The board's counter-argument was".
_CLAIM_BEFORE_COPULA = re.compile(
    r"(?<![\w\-])(?:[Cc]ounter-)?(?:" + "|".join(sorted(_CLAIM_NOUNS)) + r")s?"
    r"(?=(?:\s(?:against|of|from|by)\s[^,.;:!?“”\"]{1,60}?)?\s(?:" + "|".join(_CLAIM_COPULAS) + r")$)"
)
_CLAIM_WINDOW = 90
_COPULA_ENDINGS = tuple(" " + copula for copula in _CLAIM_COPULAS)


def _claim_nouns(body: str) -> list[Span]:
    """The spans of the nouns of a claim that a copula and "that" follow ("The accusation against Ann Lee is that
    ..."): found from each " that" (a literal search), looking back over the copula and the words before it."""
    spans = []
    at = body.find(" that", 4)
    while at >= 0:
        if body.endswith(_COPULA_ENDINGS, 0, at):
            window = max(0, at - _CLAIM_WINDOW)
            for match in _CLAIM_BEFORE_COPULA.finditer(body, window, at):
                spans.append(match.span())
                break
        at = body.find(" that", at + 5)
    return spans


@cache
def _verb_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Every speech verb form as a whole word (no letter on either side): at the start of a text, and after the
    non-letter before it elsewhere. The forms are one alternation shaped as a tree of their letters
    ("sa(?:id|y(?:ing|s)?)"): the engine tries each letter of the body once instead of every form, and the
    greedy tree with the final look-ahead finds the longest form. Opening the scan with the non-letter (not a
    look-behind) lets the engine skip from one to the next instead of trying the pattern at every character
    (a third fewer instructions).

    The scan elsewhere reads only the ASCII letters as letters (``[A-Za-z]``, a table the engine tests a
    character against, where ``[\\W\\d_]`` costs Unicode look-ups per character): the forms are ASCII, so it finds
    every form the Unicode reading finds and more only beside a non-ASCII letter ("saidé"), which
    ``_between_non_letters`` then drops.

    The non-letter before a form is a space in one scan (a literal: the engine skips to each space without a class
    test per character) and any other non-letter in a second; their finds together, in order, are those of one scan
    opened by ``[^A-Za-z]``, since no find spans a non-letter other than its opener (a tenth fewer instructions)."""
    forms = _letter_tree(speech_verb_forms())
    return (
        re.compile(rf"{forms}(?![^\W\d_])"),
        re.compile(rf" (?P<verb>{forms})(?![A-Za-z])"),
        re.compile(rf"[^A-Za-z ](?P<verb>{forms})(?![A-Za-z])"),
    )


# A letter as the speech verbs' scan reads one in Unicode: a word character other than a digit or "_".
_LETTER = re.compile(r"[^\W\d_]")


def _between_non_letters(body: str, start: int, end: int) -> bool:
    """Whether no letter (``_LETTER``) stands right before ``start`` (> 0) or at ``end`` in ``body``: only a
    non-ASCII character there is tested, since ``[A-Za-z]`` reads the ASCII ones as the Unicode class does."""
    before, after = body[start - 1], body[end : end + 1]
    return (before.isascii() or not _LETTER.match(before)) and (after.isascii() or not _LETTER.match(after))


# Prefixes a hyphen may join to a verb that stays a verb ("re-stated", "co-wrote").
_VERB_PREFIXES = frozenset({"re", "co", "pre"})


def _compound_adjective(body: str, at: int) -> bool:
    """Whether the verb form at ``at`` closes a hyphenated adjective ("Lakeland-claimed waters", "self-declared",
    "long-promised"): a word joined to it by a hyphen, other than a verb's prefix, makes it no verb."""
    if at < 2 or body[at - 1] != "-" or not body[at - 2].isalpha():
        return False
    start = at - 2
    while start > 0 and body[start - 1].isalpha():
        start -= 1
    return body[start : at - 1].lower() not in _VERB_PREFIXES


def _letter_tree(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by shared prefixes, longest alternatives tried first."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + alternation(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        grouped = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return grouped + ("?" if "" in node else "")

    return alternation(tree)


def _starts_word(body: str, at: int) -> bool:
    return at == 0 or not body[at - 1].isalpha()


@cache
def _head_pattern() -> str:
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
_APPOSITION_CHARS = 150
_PARTITIVE_LINKS = frozenset({"of", "for", "with", "at"})


# Links that tie a person, not a document, to a body: "an official from the ministry", "a source within it".
_PERSON_LINKS = frozenset({"from", "within", "inside", "close to"})
# Links that tie a person to whom they serve or where they sit ("an adviser to the governor", "the ambassador to
# Norland", "judges on the panel"): a document "to" or "on" someone is left to the other rules.
_SERVING_LINKS = frozenset({"to", "on"})


@cache
def _people_heads() -> frozenset[str]:
    return role_words() | person_nouns() | {"source", "sources"}


@cache
def _heads() -> frozenset[str]:
    return frozenset(word for word in role_words() | speaker_nouns() if not word.endswith("."))


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
    rf"(?<![\w’'.\-])(?P<name>{_NAME_WORD}\s{_NAME})\s(?:of|from|with|at)\s(?P<body>(?:the\s)?(?:[\w’'\-]{{1,25}}\s){{0,6}}[\w’'\-]{{1,25}})\s{{0,2}}$"
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
# Verbs that report a request only with the act requested in a "to" infinitive, and the particles they take:
# "called on/for X to Y", "asked (for) X to Y"; without one they name or question ("called it a sham").
_DIRECTIVE_PARTICLES = {"call": ("for", "on", "upon"), "ask": ("", "for")}
_DIRECTIVE_LEMMAS = frozenset({"call for", "call on", "call upon", "ask to", "ask for"})
# "for" and the start of a noun phrase after "call": what is called for ("called for an inquiry", "call for 2%").
# What is asked for, as what is called for ("asked for patience", "asked for his release"), not a time or a turn to
# speak ("asked for years", "asked for comment").
# (the words of a time or an example that "for" also opens, in both)
_FOR_NO_OBJECT = "years|decades|months|weeks|days|hours|now|example|instance"
_ASK_FOR_OBJECT = re.compile(rf"\sfor\s(?!(?:{_FOR_NO_OBJECT}|comment|comments|it|them|him|her|me|us)\b)[\w$€£“\"]")
_CALL_FOR_OBJECT = re.compile(rf"\sfor\s(?!(?:{_FOR_NO_OBJECT}|his|her|their|its)\b)[\w$€£“\"]")
# "to" that opens an infinitive ("to leave"), not a preposition before a noun phrase ("to the board").
_INFINITIVE_TO = r"to\s(?!(?:the|an?|his|her|its|their|this|these|those)\b)[a-z]"
_DIRECTIVE = re.compile(
    r"\s{1,3}(?:(?P<particle>for|on|upon)\s)?"
    r"(?P<object>(?!(?:" + WEEKDAY + r"|behalf)\b)"
    r"(?:(?!(?:that|which|who|whom|to|but)\s)[^\s.,;:!?“”\"()]{1,30}\s){1,6}?)"
    + _INFINITIVE_TO
)

# Verbs of people speaking, unlike "suggest", "show" or "boast", which data and things do too.
_PERSONAL_SPEECH = frozenset(
    """say tell add claim explain insist argue note write complain recall warn admit acknowledge concede confirm
    deny announce reply respond answer agree allege accuse urge demand advise inform assure remind
    joke quip shout yell whisper chant exclaim lament""".split() + ["point out"]
) | _DIRECTIVE_LEMMAS
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


def _name_start(body: str, tokens: list[Span], at: int) -> int:
    """Where the capitalised words of a name ending at ``at`` begin (at most four of them)."""
    first = at
    while first > 0 and at - first < 4 and body[tokens[first - 1][0] : tokens[first - 1][0] + 1].isupper():
        first -= 1
    return first


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
# The last word of a lower-case description before a name: a person noun or an agent noun ("herpetologist",
# "co-author", "engineering professor").
_AGENT_SUFFIX = re.compile(r"[a-z\-]{2,}(?:ist|er|or|ian|ant|ent)")
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


@cache
def _subject_after() -> re.Pattern[str]:
    head = _head_pattern()
    # (no auxiliary among its modifiers: "..., said the force would need more officers" is no subject "the force
    # ... officers" but a reported clause)
    noun_phrase = rf"{_DET}\s(?:(?!{_AUXILIARY}\s){_MODIFIER}\s){{0,4}}(?i:{head})\b"
    owned_name = rf"[Tt]he\s[\w.\-]{{1,30}}[’']s\s{_NAME}"  # "said the institute's Ann Lee"
    # "..., said officials.", "..., reported local residents, with ...": a bare plural group closing the clause
    plurals = "|".join(sorted((re.escape(word) for word in group_heads() | {"police"}), key=len, reverse=True))
    group = rf"(?:[a-z][\w\-]{{1,20}}\s)?(?:{plurals})(?=\s{{0,3}}(?:[,.;:!?]|$))"
    return re.compile(
        rf"\s{{1,3}}(?P<subject>(?:[Hh]e|[Ss]he)(?=\s{{0,3}}(?:[,.;:!?]|$))|{owned_name}|{noun_phrase}|{group}|{_NAME})\b"
    )


@cache
def _person_after() -> re.Pattern[str]:
    """A noun phrase headed by a noun for a person that is no role ("woman", "resident", "witness") after an
    inverting verb, closing the clause ('“...,” said the woman, who ...', '“...,” said a local man.'); not "..., said
    the woman had left", whose noun phrase opens a reported clause."""
    heads = sorted((re.escape(word) for word in person_nouns() - _heads() if not word.endswith(".")), key=len, reverse=True)
    # (a place the person is from may follow: '“...,” said a woman from Lakeside.', 'said the man from the village')
    place = rf"\s(?:from|of)\s(?:{_NAME}|the\s(?:[a-z][\w\-]{{1,20}}\s)?[a-z][\w\-]{{1,20}})"
    return re.compile(
        rf"\s{{1,3}}(?P<subject>{_DET}\s(?:(?!{_AUXILIARY}\s){_MODIFIER}\s){{0,3}}(?:{'|'.join(heads)})s?(?:{place})?)"
        r"(?=\s{0,3}(?:[,.;:!?”\"]|$))"
    )


# "said dock and rail worker Ann Lee", "says MaRS director Ann Lee, who ...": a described name after the verb,
# whose last description word is a role or a noun for a person; the name alone is the subject.
_DESCRIBED_NAME = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}}\s){{0,4}}?(?P<role>[a-z][\w\-]{{1,25}})\s(?P<subject>{_NAME})\b"
    r"(?=\s{0,3}(?:[,.;:!?”\"(]|$)|\s{1,2}(?:on|in|via|at|during|from|to|after|before|while|of|with)\s)"  # "... on Twitter", "... of Lakeside University"
)
# "said co-author and research fellow Ann Lee", "said founder and Harbour Trust Chair Ann Lee": two descriptions
# joined by "and" before the name, the first ending in a role or a person's noun.
_COORDINATED_DESCRIPTIONS = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}}\s){{0,3}}?(?P<role>[a-z][\w\-]{{1,25}})\sand\s(?:[\w’'.\-&]{{1,30}}\s){{0,4}}?(?P<subject>{_NAME})\b"
    r"(?=\s{0,3}(?:[,.;:!?”\"(]|$)|\s{1,2}(?:on|in|via|at|during|from|to|after|before|while|of|with)\s)"
)
# "tweeted Mayor of Lakeland Ann Lee": a capitalised title with its place or body, then the name.
_TITLED_NAME = re.compile(rf"\s{{1,3}}(?P<subject>{_NAME_WORD}\s(?:of|for)\s(?:the\s)?{_NAME})\b")
# "said a protester using the pseudonym Ann", "said a resident who gave her name as Ann": the name speaks.
_ALIAS_NAME = re.compile(
    rf",?\s(?:(?:using|under)\s(?:the\s|a\s)?(?:pseudonym|name|alias)|(?:who\s)?(?:gave|giving)\s(?:only\s)?"
    rf"(?:his|her|their)\s(?:first\s)?name\sas|identified\s(?:only\s)?as|named|called)\s(?P<subject>{_NAME})\b"
)
# "said the university's chancellor, Ann Lee.", "said University of Lakeside, Westport's dean, Ann Lee.": a role
# (of a body, maybe a name with a comma of its own) and the name in apposition to it, which ends the clause.
_ROLE_THEN_NAME = re.compile(
    rf"\s{{1,3}}(?:[\w’'.\-&]{{1,30}},?\s){{0,6}}?(?P<role>[a-z][\w\-]{{1,25}})"
    # (the role's own phrase: "said her editor of 40 years, Ann Lee.", "said its head of personnel, Ann Lee.")
    rf"(?:\s(?:of|for|to|at)\s[^,;:.!?“”\"]{{1,40}}?)?,\s(?P<subject>{_NAME})"
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


# Who "according to" names: a determined noun phrase, a name, a name after its description ("former bank
# governor Ann Lee", the name alone), or a bare noun phrase ("security experts", "court documents").
_ACCORDING_SUBJECT = re.compile(
    rf"\s{{1,3}}(?:(?P<subject>{_DET}\s(?:{_MODIFIER}\s){{0,5}}{_MODIFIER}|{_NAME}|him|her|them)"
    rf"|[a-z](?:{_MODIFIER}\s){{1,6}}?(?P<described>{_NAME})(?=\s{{0,3}}(?:[,.;:!?]|$))"
    rf"|(?P<bare>[a-z]{_MODIFIER}(?:\s(?!that\b)[a-z]{_MODIFIER}){{0,4}}))"
)
# A complementizer "that"; one followed by a verb is a pronoun ("says that is not so") or a relative pronoun
# ("reported 21 cases on a ship that visited the base").
# (opening with the literal "that", the word boundary before it tested by a look-behind after it: a pattern that opens
# with "\b" gives the engine nothing to skip to)
_THAT = re.compile(
    rf"that(?<!\wthat)(?:,\s|\s(?!(?:{_AUXILIARY}|means|seems|makes|"
    r"[a-z]{2,20}ed\s(?:the|an?|his|her|its|their|this|these|those)|visited|arrived|left|came|went)\b))"
)
# Words that start an adjunct after the verb (time, place, manner, addressee) rather than reported content.
_ADJUNCT_START = re.compile(
    r"\s{0,3}(?:,|$|[.!?—–]|(?:on|in|at(?!\s(?:least|most)\b)|of|ahead|during|after|before|(?:last|this)(?=\s(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|season|time|past|[A-Z]))|from|to|via|for|while(?=\s[a-z]+ing\b)|when|with|by|"
    r"outside|inside|near|alongside|about(?!\s{1,3}[\d$])|out(?=\sthat\b)|"
    r"through|yesterday|today|tonight|earlier|later|late|early|recently|again|afterwards|" + WEEKDAY + r"|"
    r"repeatedly|also|then|once|publicly|privately|quietly)\b(?![’']))"
)
# A word of the listener's noun phrase after "told": not a preposition, which starts an adjunct ("told the
# panel at some length").
# (nor a subject pronoun or an auxiliary, which start the reported clause: "told the jury there was no case")
_LISTENER_WORD = (
    r"(?!(?:in|on|at|of|for|with|to|by|from|that|and|after|before|during|via|over|the|an?|this|his|her|its|their|"
    rf"he|she|it|they|we|I|you|there|{_AUXILIARY})\b)[\w’'.\-]{{1,30}}"
)
# (an owner's phrase is tried before the pronouns and plurals, which "his" and "her" also match: "told his Norland
# counterpart that ...", "told her colleagues that ..."; "her" only before "that" or a comma: "told her the plan was
# dead", "told her parents were angry")
_TELL_OBJECT = re.compile(
    rf"\s{{1,3}}(?:(?:the|our|my|your|his|their)\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    rf"her\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}(?=\sthat\s|,)|"
    rf"(?:him|her|them|us|me|you|court|police|parliament|council|staff|media)\b|[a-z]{{2,20}}s\b|"
    rf"[A-Z][\w.\-]{{0,30}}[’']s\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    rf"an?\s(?:{_LISTENER_WORD}\s){{0,3}}{_LISTENER_WORD}|"
    # "told state media", "told Iranian state television", "told public broadcaster RTE": media described by their
    # reach or owner, whose "state" is no speech verb; only a broadcaster, channel or agency takes a name after it
    rf"(?:{_NAME}\s)?(?:state(?:-run|-owned)?|local|national|regional|public|private)\s(?:news\s)?"
    rf"(?:(?:broadcaster|channel|network|agency)(?:\s{_NAME})?|media|television|TV|radio|newspapers?)\b|"
    # "told French news channel BFM TV": a medium described before its name
    rf"(?:{_NAME}\s)?(?:news\s)?(?:channel|network|newspaper|broadcaster|station|agency|daily|magazine|website|outlet)\s{_NAME}|{_NAME})"
    # "told Morning Show host Ann Lee": the programme's host named after it is part of the addressee; so is the
    # medium's noun after its name ("told AFP news agency"; not "radio" or "television", which may open the content:
    # "told the Post radio broadcasts were used")
    rf"(?:\s(?:host|co-host|anchor|reporter|correspondent|interviewer)\s{_NAME}"
    r"|\s(?:news\s(?:agency|service|channel|network|website)|newspaper|broadcaster|magazine)\b)?"
)
# Short adjuncts of time, channel or medium between a verb and its content ("said Sunday", "said in a
# written statement", "told CBC by email"): skipped, so that the content after them is still found.
_SKIPPED_ADJUNCT = re.compile(
    r"\s{1,3}(?:(?:early\s|late\s)?(?:on\s(?:last\s|this\s)?|last\s|this\s)?" + WEEKDAY +
    r"(?:\s(?:morning|afternoon|evening|night))?"
    r"|(?:in|on)\s(?:(?:early|mid|late)[-\s])?" + MONTH +
    # (and its day, before what opens a clause: "said on September 11 the levy was unlawful")
    r"(?:\s\d{1,2}(?=,|\s(?:that|the|an?|he|she|they|it|we|there|his|her|its|their|[A-Z])\b))?"
    r"|in\s(?:(?:early|mid|late)[-\s])?(?:19|20)\d\d"
    r"|(?:last|this|earlier\sthis)\s(?:week|month|year)"
    r"|in\s(?:an?|the|his|her|its|their)\s(?:[\w’'\-]{1,20}\s){0,3}(?:statement|interview|email|e-mail|release|"
    r"letter|post|tweet|report|speech|video|filing|submission|message)"
    # (and the participle that tells how it came out, which modifies the noun: "said in a statement released on Friday")
    r"(?:\s(?:released|posted|published|issued|broadcast|aired|shared|uploaded|televised|streamed)(?=\s))?"
    # (and whom the interview or statement was given to: "said in an interview with Harbour Radio he was ...")
    r"(?:\s(?:with|to)\s(?:the\s)?[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3}(?=\s(?:he|she|they|it|we|there|that|the|a|an)\s))?"
    r"|(?:by|over\sthe|on\sthe|via)\s(?:phone|telephone|email|e-mail|text(?:\smessage)?)"
    r"|(?:on|via)\s(?:Twitter|Facebook|Instagram|social\smedia|X)"
    r"|(?:at|during)\s(?:an?|the|his|her|its|their)\s(?:[\w’'\-]{1,20}\s){0,2}(?:press\sconference|news\sconference|"
    r"conference|briefing|rally|meeting|hearing|summit|ceremony|session|debate)"
    r"|(?:over|during|at)\sthe\sweekend"
    r"|(?:yesterday|today)(?:\s(?:morning|afternoon|evening))?"
    r"|publicly|privately|repeatedly|again|also|previously|recently|tonight|earlier|later|online)\b"
    r"(?![’'])"  # "said Wednesday's quake ...": a day that owns a noun starts the content
)
_MAX_SKIPPED_ADJUNCTS = 3
_OPENING_MARKS = frozenset("\"“‘'«„")
# An aside between commas right after the verb: "said, as of Thursday, ...", "said, for his part, ...".
# (or the source the speaker cites, which may be longer: "reported, citing figures from the health ministry, cases
# had risen", "said, quoting police sources, that ...")
_PARENTHETICAL_ADJUNCT = re.compile(
    r",\s(?:(?:as\sof|on|in|at|during|after|before|for\s(?:his|her|its|their)\spart|however|though|too|in\sfact|"
    r"for\sexample|again|also|once\sagain|last|this)\b[^,;:.!?“”\"()]{0,40}|(?:citing|quoting)\s[^,;:.!?“”\"()]{1,60}),\s"
)
# A period that "this", "last" or "that" makes a time: "this year", "last weekend", "that spring".
_PERIOD = r"(?:year|week|month|weekend|morning|afternoon|evening|season|spring|summer|autumn|fall|winter)"
# Nothing but an opening adverb (and an article) before a subject: "However, the minister", "But officials".
# (or a time before it: "This year, he said, he ...", "However, earlier this year, the minister")
_OPENER_ONLY = re.compile(
    r"\s*(?:(?:However|But|And|Indeed|Still|Meanwhile|Instead|Yet|Now|So|Moreover|Nevertheless|Nonetheless|Again|"
    r"Also|Furthermore|In\sfact|Even\sso),?\s{1,3})?(?:(?:(?i:(?:earlier|later)\s)?(?i:this|last|that)\s" + _PERIOD +
    r"|(?i:yesterday|today|earlier|later)|(?i:on)\s" + WEEKDAY + r"),\s{1,3})?(?:[Tt]he\s|[Aa]n?\s)?"
)


def _listener_end(body: str, listener: re.Match[str]) -> int:
    """Where the listener after "told" ends: before the name that is the subject of the words told when an
    auxiliary follows the names it took in ("told Harbour Radio Ann Lee “was a great man”")."""
    if _AUXILIARY_AFTER.match(body, listener.end()) is None:
        return listener.end()
    capitalised = [word for word in _WORD.finditer(body, listener.start(), listener.end()) if word.group()[:1].isupper()]
    return listener.start() + capitalised[0].end() - listener.start() if len(capitalised) >= 2 else listener.end()


_WORD = re.compile(r"\S+")
_AUXILIARY_AFTER = re.compile(rf"\s{{1,3}}[“\"]?{_AUXILIARY}\b")
_AUXILIARY_FIRST = re.compile(rf"{_AUXILIARY}\b")
# A place by its name after the verb, and a clause after it that starts with its subject: a pronoun, "there", or a
# plain noun phrase with a finite verb in its first words.
_PLACE_ADJUNCT = re.compile(r"\s{1,3}(?:in|at)\s(?:the\s)?[A-Z][\w.\-]{1,25}(?:\s[A-Z][\w.\-]{1,25}){0,2}(?=\s[a-z])")
_CLAUSE_AFTER_PLACE = re.compile(
    r"\s(?:(?:he|she|it|they|we|there)\s|(?:the\s|a\s|an\s)?(?:[a-z][\w\-]{1,20}\s){0,2}[a-z][\w\-]{1,20}\s(?:too\s|often\s|still\s|also\s)*"
    rf"{_AUXILIARY}\b)"
)
_INFINITIVE = re.compile(r"\s{1,3}" + _INFINITIVE_TO)
# The reported content stops where a new participial cue, a "what he described as" clause or a quotation
# that a colon introduces ("said the case was strong: “...”") begins:
# ``,(?P<mark>[”"])?\s(?:<participle>)\b`` | ``\s(?:after|in|...)\swhat\s`` | ``:\s{0,3}[“"]``;
# a dash before a participle opens the narrator's comment: "... may be late — suggesting, experts said, ...";
# ``\s[—–]\s(?:<dashed participle>)\b``;
# quoted words that close the report before the narrator's contrast: 'told them X "was a great man," while ...':
# ``(?P<closing>[”"]),?\s(?:while|whereas)\s``;
# the narrator's note that nothing more was said: "..., without elaborating", "... without giving details":
# ``,?\swithout\s(?:<withholding>)\b``.
# Written as above, the alternation would be entered at every character of a sentence; here its opening character
# is read first, as one class, so the engine skips ahead to a comma, a colon, a closing mark or a space, and each
# alternative checks the character it opens with by a look-behind (same matches, same groups: the test compares
# it with the alternation as written).
STOP_PARTICIPLES = (
    "adding|saying|calling|stressing|noting|insisting|emphasizing|emphasising|explaining|warning|arguing|according\\sto|"
    "claiming|urging|describing|stating|suggesting|citing"
)
STOP_WHAT_PREPOSITIONS = "after|in|with|to|by|from|of"
STOP_DASHED_PARTICIPLES = "adding|saying|suggesting|meaning|noting|stating|citing|raising|prompting|indicating"
STOP_WITHHOLDING = "elaborating|giving|providing|offering|specifying|explaining|naming|citing|saying"
_STOP_ALTERNATIVES = (  # (opened by a space, the alternative)
    (False, rf"(?<=,)(?P<mark>[”\"])?\s(?:{STOP_PARTICIPLES})\b"),
    (True, rf"(?<=\s)(?:{STOP_WHAT_PREPOSITIONS})\swhat\s"),
    (False, r"(?<=:)\s{0,3}[“\"]"),
    (True, rf"(?<=\s)[—–]\s(?:{STOP_DASHED_PARTICIPLES})\b"),
    (False, r"(?<=(?P<closing>[”\"])),?\s(?:while|whereas)\s"),
    (False, rf"(?<=,)\swithout\s(?:{STOP_WITHHOLDING})\b"),
    (True, rf"(?<=\s)without\s(?:{STOP_WITHHOLDING})\b"),
)
_CONTENT_STOP = re.compile(rf"[,:”\"\s](?:{'|'.join(alternative for _, alternative in _STOP_ALTERNATIVES)})")
# The alternatives a space opens need "what", a dash or "without" in the sentence; without them the scan enters the
# others only at a comma, a colon or a closing mark, not at every space (most sentences: 0.53 -> 0.22 M instructions
# an article).
_CONTENT_STOP_UNSPACED = re.compile(rf"[,:”\"](?:{'|'.join(alternative for spaced, alternative in _STOP_ALTERNATIVES if not spaced)})")
_SPACED_STOP_WORDS = ("what", "—", "–", "without")


def find_cues(body: str, sentences: list[Span], quotes: list[QuoteSpan]) -> list[Cue]:
    """Every speech cue outside quotations, sentence by sentence, in body order."""
    quotes = [quote for quote in quotes if not is_nickname(body, quote)]  # ("singer Ann “Annie” Lee told": a name)
    opens = [quote.open_mark for quote in quotes]
    closes = [quote.end if quote.close_mark is None else quote.close_mark for quote in quotes]
    cues: list[Cue] = []
    sentence_cues: list[Cue] = []
    current = -1
    verbs_seen = 0
    for verb in _verbs(body):
        index = bisect_right(sentences, verb[0], key=itemgetter(0)) - 1
        if index < 0 or verb[1] > sentences[index][1]:
            continue
        if index != current:
            cues.extend(_sentence_cues(body, sentence_cues))
            sentence_cues, current, verbs_seen = [], index, 0
        verbs_seen += 1
        if verbs_seen > _MAX_VERBS_PER_SENTENCE:
            continue
        sentence = sentences[index]
        if opens_with_site_label(body, sentence[0], verb[0]):
            continue  # a headline linking to another story ("READ MORE: Minister says ...") reports no speech here
        quote = bisect_right(opens, verb[0]) - 1
        if quote >= 0 and verb[0] <= closes[quote]:
            continue
        clause_start = max(sentence[0], _clause_start_after(body, quotes, quote, closes) if quote >= 0 else 0)
        before_quote = max(sentence[0], closes[quote - 1] + 1 if quote > 0 else 0)
        if quote >= 0 and _quoted_in_apposition(body, quotes[quote], verb[0], before_quote):
            clause_start = before_quote  # "Ann Lee, who called it “a disaster”, said ...": quoted words inside the subject's phrase
        if quote >= 0 and body.startswith(_AND_AFTER_QUOTE, closes[quote] + 1, verb[0]) and verb[0] - closes[quote] <= 11:
            # "Ann Lee shouted “...” and said ...": the verbs share the subject before the quotation
            clause_start = max(sentence[0], closes[quote - 1] + 1 if quote > 0 else 0)
        cue = _cue_at(body, verb, clause_start, sentence, sentence_cues, opens)
        if cue is not None and cue.subject is not None and cue.lemma != "according to" and _UNOWNED_DATA.fullmatch(body, *cue.subject):
            continue  # "The data suggests ...": only data a body is named for speaks ("Lakeland University data indicated")
        if cue is not None and cue.lemma == "refer" and _referred_to_passive(body, cue):
            continue  # "Lee, often referred to as “The Ferryman”": others call Lee so
        if cue is not None and cue.lemma in _RULING_LEMMAS and not _court_ruling(body, cue):
            continue
        if cue is not None and cue.lemma == "recall" and (_DIPLOMAT_RECALLED.match(body, cue.verb[1]) or _COUNT_RECALLED.match(body, cue.verb[1])):
            continue  # "recalled its ambassador over the deal": a state's protest; "recalls 1.2 million batteries": a
            # product recall; no memory told
        if cue is not None and cue.lemma in _STANCE_OBJECT_LEMMAS and cue.content is None:
            continue  # "expressed “deep concern”", "expressed himself": a cue only of the stance it reports
        if cue is not None:
            continued = _continuation(body, cue, sentence)
            if continued is not None and cue.content is not None and _FRONTED_SUBORDINATE.match(body, cue.content[0]):
                # "Although X, the motion reads, Y": the main clause is what is reported, not the clause fronted
                cue = Cue(cue.verb, cue.lemma, cue.subject, None, True, sentence)
            whole = _interrupted_clause(body, cue, continued, clause_start)
            if whole is not None:
                # "The pier, according to Ann Lee, is safe": one clause the cue interrupts is one quote, source and all
                cue, continued = Cue(cue.verb, cue.lemma, cue.subject, whole, True, sentence), None
            sentence_cues.append(cue)
            if continued is not None:
                sentence_cues.append(Cue(cue.verb, cue.lemma, cue.subject, continued, False, sentence))
    cues.extend(_sentence_cues(body, sentence_cues))
    pulled = _pull_quotes(body)
    if not pulled:
        return cues
    for signed in pulled:
        # a cue inside the signed words reports no further than them: "... the union says X. pic.twitter.com/..."
        cues = [
            Cue(cue.verb, cue.lemma, cue.subject, _nonempty(trim(body, (cue.content[0], signed.content[1]), _CONTENT_TRIM)), False, cue.sentence)
            if cue.content and signed.content[0] <= cue.content[0] < signed.content[1] < cue.content[1] else cue
            for cue in cues
        ]
    return sorted(cues + pulled, key=lambda cue: cue.verb[0])


# A diplomat as the object of "recall" ("recalled its ambassador", "recalling the Borovian envoy from Lakeland"): a
# state calls its representative home, in protest or at the end of a posting; what it recalls is no memory it tells.
# Only determiners, a few modifiers and capitalised words stand before the diplomat ("recalled that the envoy had
# left", "recalled her years as ambassador" and "recalled the ambassador's words" stay cues).
_DIPLOMAT_RECALLED = re.compile(
    r"\s(?:(?:its|the|his|her|their|our|two|three|four|several|all|top|senior|[A-Z][\w’'.\-]{0,29})\s){0,3}?"
    r"(?:ambassadors?|envoys?|diplomats?|consuls?(?:-general)?|charg\ws? d['’]affaires|heads? of mission|high commissioners?)"
    r"(?![\w’'\-])"
)


# A count of hundreds or more as the object of "recall" ("recalls 1.2 million batteries", "recalled about 80,000
# cars", "recalling 300 patients"): goods or people called back, no memory told ("recalled 15 years of abuse" stays).
_COUNT_RECALLED = re.compile(
    r"\s(?:(?:about|around|nearly|almost|roughly|some|over|more\sthan|up\sto)\s)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s(?:hundred|thousand|million|billion)|(?:hundreds|thousands|millions)\sof)\b"
)


def _referred_to_passive(body: str, cue: Cue) -> bool:
    """A passive "referred to as" ("Lee, often referred to as ...", "what is referred to as ..."): its subject
    is who or what is named, not who names it; the active "which Lee has referred to as" is a cue."""
    if cue.subject is None or cue.subject[1] > cue.verb[0]:
        return True
    between = body[cue.subject[1] : cue.verb[0]]
    return "," in between or any(word in BE_FORMS for word in between.split())


# A pull quote: a paragraph of someone's words set off from the story and signed with the name alone, maybe with
# an affiliation ("... no family here. Ann Lee", "... knocking on their doors. Omar Ruiz, Harbour Rentals"). The
# name ends the paragraph without a period of its own, which tells it from a sentence that ends in a name.
_PULL_QUOTE = re.compile(
    r"^(?P<content>[^\S\n]*[^\s“\"‘'][^\n]{14,700}?[.!?…])[ \t]+"
    r"(?P<name>[A-Z][\w’'\-]{1,20}(?:[ \t][A-Z][\w’'\-]{1,20}){1,3})(?:,[ \t][A-Z][^,.\n]{1,40}(?:\.[a-z]{2,3})?)?[ \t]*$",
    re.MULTILINE,
)


# An embedded post: its text, maybe a link, then "— Ann Lee (@annlee) January 15, 2019" closing the paragraph.
_EMBEDDED_POST = re.compile(
    r"^(?P<content>[^\S\n]*[^\s—][^\n]{14,700}?)(?:[ \t]+(?:pic\.twitter\.com/|https?://t\.co/)[\w/]{1,40})?[ \t]+[—–-][ \t]"
    r"(?P<name>[A-Z][\w’'.\-]{0,20}(?:[ \t][A-Z][\w’'.\-]{0,20}){0,3})[ \t]\(@\w{1,30}\)(?:[ \t][A-Z][a-z]{2,8}[ \t]\d{1,2},[ \t]\d{4})?[ \t]*$",
    re.MULTILINE,
)


# The shortest line _PULL_QUOTE matches: 16 characters of content, a space and a name of two words of two letters.
_SHORTEST_PULL_QUOTE = 22


def _pull_quotes(body: str) -> list[Cue]:
    """The pull quotes of a body whose signer the story names elsewhere, and the posts it embeds: each a cue whose
    content comes before it."""
    found = []
    # What _PULL_QUOTE.finditer(body) finds, tried only at the lines long enough for it that do not end in a
    # period (a signed line ends in a name or an affiliation): most paragraphs, and the blank lines between
    # them, are skipped without the pattern's lazy walk through them.
    lines = body.split("\n")
    line_starts = accumulate(map(len, lines), lambda at, length: at + length + 1, initial=0)
    tried = (
        _PULL_QUOTE.match(body, at)
        for at, line in zip(line_starts, lines)
        if len(line) >= _SHORTEST_PULL_QUOTE and not line.rstrip(" \t").endswith(".")
    )
    for match in filter(None, tried):
        name = match.group("name")
        if name.split()[0] in _NOT_SIGNING or body.count(name.split()[-1]) < 2:
            continue  # (a pull quote is someone's the story quotes; "The Harbour Press" signs no words)
        found.append(_signed(body, match))
    if "(@" in body:
        found.extend(_signed(body, match) for match in _EMBEDDED_POST.finditer(body))
    return found


def _signed(body: str, match: re.Match[str]) -> Cue:
    """The cue of words that a name signs after them."""
    content = trim(body, match.span("content"), " \t")
    end = content[1] - 1 if body[content[1] - 1] == "." else content[1]
    return Cue(match.span("name"), "say", match.span("name"), (content[0], end), True, (match.start(), match.end()))


_NOT_SIGNING = frozenset("The A An This That With By Photo Image Source Credit".split())


def _sentence_cues(body: str, cues: list[Cue]) -> list[Cue]:
    return _without_nested_content(body, _ending_at_coordinated_cues(body, cues))


# A coordinator right before the subject of a later cue: "X says ..., but Lee says ...", "... and several said".
_COORDINATOR_BEFORE = re.compile(
    r"(?:[,;”\"]?\s{1,3}(?:but|and|while|whereas)|[;:]|,\s{1,3}(?:which|who))\s{1,3}(?:(?:[Tt]he|[Aa]n?)\s)?$"
)  # (the article of the later subject: "..., but the union says ...")


_COMMA_BEFORE = re.compile(r",\s{1,3}(?:(?:[Tt]he|[Aa]n?)\s)?$")
_DETERMINER_BEFORE_SUBJECT = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s)?")


def _ending_at_coordinated_cues(body: str, cues: list[Cue]) -> list[Cue]:
    """Reported content ends where a clause coordinated with it brings a speaker of its own ("Officials say
    the line is safe, but Ann Lee says it is not", "..., which she said ..."): the second speaker's words are no
    part of the first's. "According to the agency, the minister said ..." (or "..., the minister, Ann Lee, said")
    reports the minister's words only."""
    cut = []
    for index, cue in enumerate(cues):
        if cue.content is not None and not cue.content_before:
            content_subject_end = _DETERMINER_BEFORE_SUBJECT.match(body, cue.content[0]).end()
            for number, later in enumerate(cues[index + 1 :], index + 1):
                # a later verb sharing this cue's subject ("said “...” and added") or an earlier one's ("said he
                # did X but denied Y") starts its own clause at the verb
                shared = later.subject is not None and any(other.subject == later.subject for other in cues[index + 1 : number])
                start = later.subject[0] if later.subject and later.subject[0] > cue.verb[0] and not shared else later.verb[0]
                if cue.lemma == "according to" and later.content is None and _keeps_object(body, later):
                    continue  # "According to X, the group maintains a database of ...": no speech, X's content stays
                described = later.subject and _role_phrase(body, trim(body, (cue.content[0], start)))
                if cue.lemma == "according to" and later.subject and (cue.content[0] <= start <= content_subject_end or described):
                    cue = Cue(cue.verb, cue.lemma, cue.subject, None, False, cue.sentence)
                    break
                if cue.content[0] < start < cue.content[1]:
                    coordinator = _COORDINATOR_BEFORE.search(body, max(cue.content[0], start - 16), start)
                    introduces = coordinator is None and later.subject is not None and body.startswith(":", later.verb[1])
                    if introduces:
                        # "..., al-Shabaab said: “...”": a cue introducing a quotation opens a clause of its own
                        coordinator = _COMMA_BEFORE.search(body, max(cue.content[0], start - 8), start)
                    if coordinator is not None:
                        content = _nonempty(trim(body, (cue.content[0], coordinator.start())))
                        if introduces and content and " " not in body[content[0] : content[1]]:
                            content = None  # "a statement claiming responsibility, X said: “...”": an object
                        cue = Cue(cue.verb, cue.lemma, cue.subject, content, False, cue.sentence)
                        break
        cut.append(cue)
    return cut


# "maintains" before a determined object that is no stance held ("maintains a database", "maintained offices in"):
# keeping a thing, no speech ("maintains its innocence", "maintained that ..." are said).
_KEPT_OBJECT = re.compile(
    r"\s(?:an?|the|its|their|his|her|our|several|two|three|many|some)\s(?!(?:[\w\-]+\s){0,2}?"
    r"(?:innocence|position|stance|view|views|belief|claim|claims|denial|silence|opposition|support|line|account)\b)"
)


def _keeps_object(body: str, later: Cue) -> bool:
    """Whether the cue ``later`` is "maintain" with an object it keeps, no words it holds (no quotation after it)."""
    return later.lemma == "maintain" and _KEPT_OBJECT.match(body, later.verb[1], later.sentence[1]) is not None


# Quoted words a clause runs into ("sang along “like a choir,”"): a lower-case start after a word.
_RUNS_INTO_QUOTE = re.compile(r"[\w,’'][ \t]{1,2}[\"“‘'][a-z]")


# A subject's phrase up to quoted words inside its apposition or relative clause: "Ann Lee, who called the plan “",
# "The mayor, author of “", "Omar Ruiz, who passed the exam known as “".
_APPOSITION_TO_QUOTE = re.compile(
    rf"\s*(?:{_NAME}|(?:[Tt]he|[Aa]n?)\s[\w’'\-]{{1,25}}(?:\s[\w’'\-]{{1,25}}){{0,3}}),\s"
    r"(?:who|whose|which|(?:a|an|the|his|her|its|their)|[a-z][\w\-]{1,20}\s(?:of|at|for))\s(?:[^,;:.!?“”\"]{0,80}[ \t])?"
)
# The rest of that apposition after the quoted words, up to the comma before the subject's verb: "”, said", "” won
# the prize, said".
_APPOSITION_AFTER_QUOTE = re.compile(r"(?:\s[^,;:.!?“”\"]{1,60})?,\s{1,3}")


def _quoted_in_apposition(body: str, quote: QuoteSpan, verb_start: int, start: int) -> bool:
    """Quoted words stand inside the apposition or relative clause of the subject of the verb at ``verb_start``
    ("Ann Lee, who called the plan “a disaster”, said ..."): the clause of the verb begins before them, at ``start``."""
    if quote.close_mark is None or not start <= quote.open_mark:
        return False
    return (
        _APPOSITION_AFTER_QUOTE.fullmatch(body, quote.close_mark + 1, verb_start) is not None
        and _APPOSITION_TO_QUOTE.fullmatch(body, start, quote.open_mark) is not None
    )


# What stands between a quotation and a verb coordinated with the one before it ("shouted “...” and said").
_AND_AFTER_QUOTE = (" and then ", " and ")


def _clause_start_after(body: str, quotes: list[QuoteSpan], index: int, closes: list[int]) -> int:
    """Where the clause before a cue begins: after the last quotation before it, unless the clause runs into
    that quotation (a mixed quote, "the fans sang along “like a choir,” she said"), whose clause then
    begins after the quotation before it."""
    quote = quotes[index]
    if quote.close_mark is not None and _RUNS_INTO_QUOTE.match(body, max(0, quote.open_mark - 2)) and quote.open_mark >= 2:
        return closes[index - 1] + 1 if index > 0 else 0
    return closes[index] + 1


_SUBORDINATE_AFTER_AND = re.compile(r"(?:and|but)\s(?:as|while|when|because|after|before|since|if|although|though)\b")
_PARTITIVE_RELATIVE = re.compile(r"[\w’']{1,20}\s(?:of\s)?(?:whom|which)\b")
_CONTINUATION = re.compile(r",\s{1,3}(?P<first>[A-Za-z0-9’'$]{1,20})\b")
# Words that start an apposition, a relative clause or an adjunct after "X said," rather than more content.
_NOT_CONTINUING = frozenset(
    """who whom whose which where when in on at from to for after before during according via by while citing
    speaking referring pointing though although""".split()
)


def _continuation(body: str, cue: Cue, sentence: Span) -> Span | None:
    """The content a parenthetical cue leaves after itself: "Some left early, he said, but most stayed" reports
    both halves. Only for a cue whose content came before it."""
    if not cue.content_before or cue.subject is None:
        return None  # (a cue whose words before it only framed it may still go on: "In the wake of it, she said, ...")
    if cue.lemma == "according to":
        # "The levy was, according to Ann Lee of the Harbour Board, a mistake": the clause goes on after the source.
        source_end = _REST_OF_SOURCE.match(body, cue.subject[1], sentence[1])
        start = source_end.end() if source_end else cue.subject[1]
    elif cue.subject[0] > cue.verb[0] and cue.content is not None and _FRONTED_SUBORDINATE.match(body, cue.content[0]):
        start = cue.subject[1]  # "Because X, says the study, Y": a clause that opens with a subordinator goes on
    elif cue.subject[0] > cue.verb[0]:
        return None  # "..., said Ann Lee, chief of ...": what follows a name is an apposition
    else:
        start = _past_adjuncts(body, cue.verb[1], sentence[1])
    comma = _CONTINUATION.match(body, start, sentence[1])
    if comma is None or _next_stop(body, sentence, comma.start() - 1) == comma.start():
        return None  # "..., he said, adding that ...": the participle has a cue of its own
    first = comma.group("first").lower()
    if first in _NOT_CONTINUING or _participle(first):
        return None  # "..., he said, raising fears of ...": a participle is the narrator's adjunct
    if first in _ZONE_FIRST and _TIME_ZONE.match(body, comma.start("first")):
        return None  # "..., police reported Friday morning, local time (UTC+9).": the time of the report's adjunct
    if _PARTITIVE_RELATIVE.match(body, comma.start("first")):
        return None  # "..., according to officials, some of whom were hurt": a relative clause
    if _SUBORDINATE_AFTER_AND.match(body, comma.start("first")):
        return None  # "..., sources said, and as staff worry about cuts": the narrator's clause
    end = min(sentence[1], comma.start("first") + _MAX_CONTENT, _next_stop(body, sentence, comma.start("first")))
    end = _before_semicolon(body, comma.start("first"), end)
    found = trim(body, (comma.start("first"), end), " \t\n,;:–—-")
    while found[1] > found[0] and body[found[1] - 1] in ".!?":
        found = (found[0], found[1] - 1)
    words = body[found[0] : found[1]].split()
    if all(word[:1].isupper() or word[:1] == "(" or word in _NAME_CONNECTORS for word in words):
        return None  # "according to the Institute of Ports, Docks and Harbours": the name had a comma in it
    return found if len(words) >= 3 else None


# A time zone after a cue's time adjunct ("said Friday morning, local time", "..., Eastern Standard Time"): the
# zone's first word (lower case) guards the pattern.
_ZONE_FIRST = frozenset("local utc gmt eastern central pacific mountain atlantic british western".split())
_TIME_ZONE = re.compile(r"(?:[Ll]ocal\stime|UTC|GMT|[A-Z][a-z]{3,9}\s(?:(?:Standard|Daylight|Summer)\s)?Time)\b")
# A subordinate clause fronted before its main clause ("Because ...", "Although ...", "Even if ...").
_FRONTED_SUBORDINATE = re.compile(
    r"(?:Because|Although|Though|While|Whereas|If|Unless|When|Once|Since|Until|Even\s(?:though|if|when))\s"
)
# The rest of a source's name up to the comma that closes "according to ...,".
_REST_OF_SOURCE = re.compile(r"[^,;:.!?\"“”()]{0,60}(?=,)")


# An auxiliary or copula (after an adverb maybe) opening the words after a parenthetical cue: they are the predicate
# of the words before it ("The pier, he said, is safe"); a lexical verb is not looked for ("..., he said, left").
_PREDICATE_OPENING = re.compile(rf"(?:(?:also|still|now|not|never|already)\s)?{_AUXILIARY}(?![\w’'])")
# An auxiliary or copula closing the words before a parenthetical cue, whose clause goes on after it ("One guest
# was, according to X, among the injured", "they had, he says, paid the smugglers").
_AUXILIARY_ENDING = re.compile(rf"(?<![\w’']){_AUXILIARY}(?:\s(?:not|also|still|never))?\s?,?\s*$")


def _interrupted_clause(body: str, cue: Cue, continued: Span | None, clause_start: int) -> Span | None:
    """The whole clause when a parenthetical cue splits one clause in two: the words before it end with an
    auxiliary ("One guest was, according to X, among the injured"), or those after it open with one ("The
    bridge, the engineer said, is too old to repair"). Two clauses ("Some left, he said, but most stayed") stay apart."""
    if continued is not None and cue.content_before:
        before = cue.content
        if before is None and cue.lemma == "according to" and _AUXILIARY_ENDING.search(body, clause_start, cue.verb[0]):
            before = trim(body, (clause_start, cue.verb[0]))  # (such a cue kept no content before it)
        after = continued
    elif cue.lemma == "according to" and cue.content is not None and not cue.content_before and cue.content[0] > cue.verb[0]:
        before = trim(body, (clause_start, cue.verb[0]))  # "The bridge, according to X, is ...": a subject too short
        if not body.startswith(",", before[1]):
            return None
        after = cue.content
    else:
        return None
    if before is None or before[1] <= before[0] or _FRONTED_SUBORDINATE.match(body, before[0]):
        return None
    if _AUXILIARY_ENDING.search(body, before[0], before[1]) or _PREDICATE_OPENING.match(body, after[0], after[1]):
        return (before[0], after[1])
    return None


def _participle(word: str) -> bool:
    """An -ing form ("raising", "citing"), not a pronoun ending like it ("nothing", "something")."""
    return len(word) > 5 and word.endswith("ing") and not word.endswith("thing")


def _silent(body: str, cue: Cue) -> bool:
    """A cue of a naming or asking verb ("call", "ask") whose words quote nobody: "A mother called the police"."""
    return cue.lemma in NON_REPORTING and (cue.content is None or _QUOTE_MARK.search(body, *cue.content) is None)


_QUOTE_MARK = re.compile(r"[“”\"]")


def _unrealised(body: str, cue: Cue) -> bool:
    """A cue of speech foretold, possible or denied ("will argue", "has not confirmed"), which reports nothing."""
    return cue.content is None and _UNREALISED.search(body, max(cue.sentence[0], cue.verb[0] - 40), cue.verb[0]) is not None


def _without_nested_content(body: str, cues: list[Cue]) -> list[Cue]:
    """"CONTENT, Reuters reported" reports no speech of its own when CONTENT holds another speaker's cue. A
    request inside CONTENT ("..., and the board asked staff to wait, according to sources") is an act that the
    later source reports, as is an admission ("Ann Lee has admitted to taking the keys, according to police"): the
    request or admission is then no quote of its own."""
    kept = []
    for index, cue in enumerate(cues):
        if cue.content_before and cue.content and index > 0 and cues[index - 1].verb[0] >= cue.content[0]:
            # (a naming or asking verb with nothing reported is no speech: "A mother called the police ..., according to X")
            # (nor is speech foretold or denied, which reports nothing: "The union will argue for a raise, Ann Lee said")
            nested = [
                at for at in range(index)
                if cues[at].verb[0] >= cue.content[0] and not _silent(body, cues[at]) and not _unrealised(body, cues[at])
            ]
            if all(cues[at].lemma in _DIRECTIVE_LEMMAS or cues[at].lemma in _TO_GERUND_LEMMAS for at in nested):
                for at in nested:
                    kept[at] = Cue(kept[at].verb, kept[at].lemma, kept[at].subject, None, False, kept[at].sentence)
            else:
                cue = Cue(cue.verb, cue.lemma, cue.subject, None, True, cue.sentence)
        if cue.lemma.endswith(_CLAIM_LEMMA_END) and cue.content and any(
            cue.content[0] <= later.verb[0] < cue.content[1] and later.subject is not None for later in cues[index + 1 :]
        ):
            # "The accusation against Ann Lee is that she said ...": what the speaker inside said is the report
            cue = Cue(cue.verb, cue.lemma, cue.subject, None, False, cue.sentence)
        kept.append(cue)
    return kept


# A preposition of time or place right after a participial cue opens an adjunct, not the reported words.
_PARTICIPLE_ADJUNCT = re.compile(r"\s{1,3}(?:before|after|during|in|at|on|from|via|through|outside|inside)\s")
# "with <subject>" right before a participle: an absolute clause ("with Ann Lee saying", "with officials warning").
_WITH_SUBJECT = re.compile(
    rf"(?:^|[\s,(])with\s(?P<subject>{_NAME}|(?:the|some|many|several)\s[a-z][\w\-]{{1,20}}(?:\s[a-z][\w\-]{{1,20}})?|[a-z][\w\-]{{1,20}}s)$"
)
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]{2,20})\b")
_LIVES_TAKEN = re.compile(r"\s(?:[\w,.]{1,20}\s){0,3}?(?:lives|life|victims)\b")
# "a source who asked not to be named said ...": a request for anonymity reports nothing
_ANONYMITY_ASKED = re.compile(r"\s(?:not\sto\sbe\s(?:named|identified)|(?:for\s)?anonymity|that\s(?:his|her|their)\sname\s(?:not\sbe|be\swithheld))\b")
# "claims a seat on the board", "claimed the title", "claimed third place": a thing won or taken, no words (not
# "claimed the seat was stolen", whose noun opens a clause).
_PLACE_TAKEN = re.compile(
    r"\s(?:an?|the|its|their|his|her|two|three|first|second|third|fourth|fifth)\s(?:[\w\-]{1,20}\s)?"
    r"(?:seats?|title|titles|crown|throne|place|spot|medal|trophy|prize|championship)\b"
    r"(?!\s(?:was|were|is|are|had|has|would|will|could|should|belonged|belongs)\b)"
)
# A preposition opening the sentence, whose object is no subject: "In a video message posted to ...".
_PREPOSITION_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)\s{0,3}(?:In|On|At|With|By|From|Of|For|Via|Into|Through)\s$")
_INNER_PREPOSITION_BEFORE = re.compile(r"[a-z,]\s(?:in|on|via|through|into)\s(?:the\s)?$")


def _a_noun_after_article(body: str, at: int) -> bool:
    """The word at ``at`` follows "a" or "an", right after it or after one lower-case word that is no speaker noun
    ("a note", "on a hairy note"; not "a spokesman note" nor "heard a neighbour say", where the bare form is a verb)."""
    words = body[max(0, at - 40) : at].split()[-2:]
    if not words or words[-1] in ("a", "an"):
        return bool(words)
    return (
        len(words) == 2 and words[0] in ("a", "an") and words[1].isalpha() and words[1].islower()
        and words[1] not in _heads() and words[1] not in person_nouns()
    )


# Words after which a verb's form is a noun ("the state", "its report", "their claims"); not "her" ("heard her say"),
# "this" or "that" ("this says a lot", "the party that warned").
_NOUN_DETERMINERS = frozenset("the The its Its their Their his His our Our my My your Your".split())
_UNOWNED_DATA = re.compile(r"(?:[Tt]he\s)?(?:[a-z]{2,20}\s)?data")
_SINGULAR_DETERMINER = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s$")


def _cue_at(
    body: str, verb: Span, clause_start: int, sentence: Span, earlier: list[Cue], opens: list[int]
) -> Cue | None:
    """The cue of the speech verb at ``verb`` in the clause from ``clause_start``, or None where the word is no
    speech verb ("the reported deaths", "claimed 12 lives"). Its subject is the phrase before the verb, a
    passive's agent, the subject of the verb it is coordinated with or of the clause a participle hangs on
    (``earlier`` holds the sentence's cues before it), or the name after it ("..., said Ann Lee"); ``opens`` are
    the offsets of the quotation marks, which the reported content does not run over."""
    word = body[verb[0] : verb[1]].lower()
    lemma = "according to" if word.startswith("according") or word == "per" else speech_verb_forms().get(word) or _MANDATIVE_ONLY.get(word) or _RULING_ONLY.get(word, " ".join(word.split()))
    if lemma in _STANCE_OBJECT_LEMMAS and not _STANCE_OR_CLAUSE.match(body, verb[1], sentence[1]):
        return None  # "expressed concern", "many diverse voices": no stance after it, so no cue (found before any subject)
    if "quoted" in word:
        lemma = "say"
    elif word.startswith("point"):
        lemma = "point out"  # ("the complaint pointed out": a past form, which a singular subject takes)
    participle = word.endswith("ing") and " " not in word  # ("was quoted as saying" is finite)
    if lemma == "according to":
        return _according_to(body, verb, clause_start, sentence)
    if word.startswith("put"):
        return _as_put_it(body, verb, clause_start, sentence)
    if word.removeprefix("counter-").rstrip("s") in _CLAIM_NOUNS and _COPULA_THAT.match(body, verb[1], sentence[1]):
        return _claim_is_that(body, verb, clause_start, sentence)
    if body[clause_start : verb[0]].strip() == "Per":
        return None  # "Per reports, ...": the noun the opening "per" frames the sentence with
    following = _NEXT_WORD.match(body, verb[1])
    if word.endswith("s") and following and following.group(1) in speech_verb_forms() and not following.group(1).endswith("s"):
        return None  # "Initial reports stated ...": a plural noun before the verb
    if body.startswith(("' ", "’ "), verb[1]) and word.endswith("s"):
        return None  # "The party advocates states' rights": a plural owner, no verb
    if body[max(0, verb[0] - 6) : verb[0]].rpartition(" ")[0].rpartition(" ")[2].rpartition("\n")[2] in _NOUN_DETERMINERS:
        return None  # "Officials in the state said", "its report", "their claims": after "the" or an owner, a noun
    if word == lemma and _a_noun_after_article(body, verb[0]):
        return None  # "the campaign began on a hairy note", "issued a warning": after "a" the bare form is a noun
    if word in _ADJECTIVAL_PARTICIPLES and _noun_after(following) and (
        _DETERMINER_OR_COUNT_BEFORE.search(body, max(0, verb[0] - 12), verb[0]) or _preposition_or_gerund_before(body, verb[0])
    ):
        # "several alleged accomplices were tried", "the reported deaths", "an inquiry into alleged abuse began",
        # "police are investigating alleged breaches": an adjective before its noun
        return None
    if lemma in ("ask", "request") and _ANONYMITY_ASKED.match(body, verb[1]):
        return None
    if lemma == "claim" and _LIVES_TAKEN.match(body, verb[1]):
        return None  # "the storm claimed 12 lives": took, not said
    if lemma == "claim" and _PLACE_TAKEN.match(body, verb[1]):
        return None  # "the club claims a seat on the board", "claimed third place": won, not said
    if lemma in _RULING_LEMMAS and body.startswith(" ", verb[1]) and body[verb[1] + 1 : verb[1] + 2].isdigit():
        tally = _VOTE_TALLY.match(body, verb[1])
        if tally is not None:
            verb = (verb[0], tally.end())  # "The court ruled 5-4 that ...": the split of the bench, then the ruling
    if lemma in _DIRECTIVE_PARTICLES and not participle:
        directive = _directive(body, verb, lemma, sentence)
        if directive is not None:
            verb, lemma = directive
    elif lemma == "ask" and (asked := _asked_for(body, verb, sentence)) is not None:
        verb, lemma = asked  # "..., asking for clarification of the law"
    prefix_start = max(clause_start, verb[0] - _MAX_CONTENT)
    prefix = body[prefix_start : verb[0]].rstrip()
    inverts = not participle and lemma not in _TELL_LIKE  # "told Reuters" names the listener
    closing = (
        _closing_subject(body, verb, sentence)
        if _ends_with_comma(prefix) and inverts and _APPOSED_NAME_PREFIX.fullmatch(body, clause_start, verb[0]) is None
        else None
    )
    if closing is not None:
        # "Somehow, the family will cope, adds Ann Lee.": the subject closing the sentence speaks.
        content = trim(body, (prefix_start, verb[0]))
        return Cue(verb, lemma, closing, _nonempty(content), True, sentence)
    if not participle and prefix.endswith(("which", "that")):
        relative = _document_relative_cue(body, verb, lemma, clause_start, prefix_start, sentence, opens)
        if relative is not None:
            return relative
    subject = None if participle else _subject_before(
        body, max(clause_start, verb[0] - _LOOKBACK), verb[0], verb[0] - _LOOKBACK <= clause_start, lemma, word == lemma
    )
    if subject is None and not participle and lemma in _PERSONAL_SPEECH:
        subject = _postmodified_subject(body, clause_start, verb[0], verb[0])  # "..., a guard present at the time said"
    if subject is not None and word == lemma and _SINGULAR_DETERMINER.search(body, max(0, subject[0] - 9), subject[0]):
        return None  # "a Republican state senator", "another Harbour state senator": a singular subject never takes the bare verb
    if subject is not None and word in (lemma, lemma + "s", lemma + "es") and body[subject[0] : subject[1]].endswith(("'s", "’s")):
        return None  # "the President's claim would ...": after an owner, the bare form is a noun ("'s" as "is" or "has" takes "-ing" or "-ed")
    if subject is not None and body[subject[0] : subject[1]].lower() in _FINITE:
        subject = None  # "Trump was said to be ...": an auxiliary is no subject
    if subject is not None and _participle_and_short_form(body[subject[0] : subject[1]]):
        return None  # "Listed US states as having members were ...": a participle and a short form, then a plural noun
    agent = _PASSIVE_AGENT.match(body, verb[1], sentence[1]) if word.endswith("ed") else None
    if agent is None and lemma in _TOLD_LEMMAS and _PASSIVE_BE.search(prefix):
        agent = _PASSIVE_TELLER.match(body, verb[1], sentence[1])  # "he was told by Ann Lee that ..."
    if agent is not None and (_PASSIVE_BE.search(prefix) or _NOUN_BEFORE_PARTICIPLE.search(prefix)):
        # "The plan was described by Ann Lee as “a disaster”", "a plan described by Ann Lee as “a disaster”" (a
        # participle after its noun): the agent after "by" speaks, and what follows it is the content
        of = _OF_AFTER.match(body, agent.end("agent"))  # ("told by Ann Lee of “...”": what was told, after "of")
        after = (verb[0], of.end() if of is not None else agent.end("agent"))
        return Cue(verb, lemma, agent.span("agent"), _content_after(body, after, lemma, sentence, opens), False, sentence)
    if subject is not None and _PREPOSITION_BEFORE.search(body, max(0, subject[0] - 12), subject[0]):
        return None  # "In a video message posted to ...": the object of an opening preposition is no subject
    if subject is not None and word.endswith("s") and _INNER_PREPOSITION_BEFORE.search(body, max(0, subject[0] - 10), subject[0]):
        return None  # "reflects this view in Harbour News comments:": a plural noun after the preposition's object
    if subject is not None and word == lemma and _object_before(body, subject, clause_start):
        return None  # "She opposes the police state and ...": a noun in the object's phrase
    if subject is not None and word == lemma and _modified_noun(body, subject):
        return None  # "The Harbour Board report found": a name after an article modifies the noun "report"
    if subject is not None and lemma == "state" and _counted_before(body, subject):
        return None  # "several state parties", "the two Post-Soviet states centers": a count makes it the noun
    if subject is not None and word == "state" and _singular_name_end(body, subject):
        return None  # "Under Lakeland state law", "Lakeland, the most populous US state, ...": the noun "state"
    if subject is not None:
        listed = (
            _LISTED_BEFORE.search(body, clause_start, subject[0])
            if body[subject[0] : subject[0] + 1].isupper() and body.find(",", max(clause_start, subject[0] - _LISTED_COMMA_BACK), subject[0]) >= 0
            else None
        )
        if (
            listed is not None
            and (listed.group().endswith("and ") or " and " in body[subject[0] : subject[1]])  # (not "Police, Lee says,")
            and listed.group().split()[0].lower() not in FUNCTION_WORDS
            and _OPENER_ONLY.fullmatch(body, clause_start, listed.start()) is not None
        ):
            subject = (listed.start(), subject[1])  # "Lakeland, Norland, and Westland have pledged": all of them
        return _with_subject(body, verb, lemma, _without_opening_word(body, subject), clause_start, sentence, opens)
    if _COORDINATED_VERB.search(prefix, max(0, len(prefix) - _COORDINATED_VERB_WIDTH)) and not _inside_content(body, earlier, verb, lemma):
        # "Ann Lee visited the pier and said ...": the verb shares the subject of the clause it is coordinated with.
        speaker = _shared_subject(body, earlier, clause_start, verb, lemma)
        between = body[speaker[1] : verb[0]].rstrip() if speaker is not None else ""
        between = between[: -len(_COORDINATED_VERB.search(between).group())] if _COORDINATED_VERB.search(between) else between
        short_form = _BRACKETED_SHORT_FORM.match(between)
        if short_form is not None:
            between = between[short_form.end() :]  # "the Harbour Defence Units (HDU), opposed ... and said"
        if between.startswith(",") and (body[speaker[0] - 2 : speaker[0]] == ", " or body[speaker[0] - 6 : speaker[0]] == ", the "):
            between = between[1:]  # the comma closing the name in apposition ("The mayor, Ann Lee, visited ... and said")
        apposition = _APPOSITION_AFTER_SUBJECT.match(between)  # ("Ann Lee's mother, Mary, wept ... and said")
        if speaker is not None and (earlier or "," not in between[apposition.end() if apposition else 0 :]):
            # (a comma between them marks another clause: "Maria, estimated to have done ... and claimed ...", but
            # not the comma before "and": "Ann Lee opposed the levy, and suggested ...")
            return _with_subject(body, verb, lemma, _without_opening_word(body, speaker), clause_start, sentence, opens)
    if participle:
        return _participle_cue(body, verb, lemma, clause_start, prefix_start, sentence, earlier, opens)
    right_after_quote = clause_start > sentence[0] and not prefix.strip(" ,")
    if _ends_with_comma(prefix) or right_after_quote:
        after = _inverted_subject(body, verb, sentence)
        going_on = _NEXT_LOWER_WORD.match(body, after.end(), sentence[1]) if after is not None else None
        if going_on is not None and _verb_like(going_on.group(1)):
            after = None  # "..., suggests Lakeside contained 35,000 buildings": the name is the clause's subject
        elif going_on is not None and going_on.group(1).endswith("s"):
            verb_after = _NEXT_LOWER_WORD.match(body, going_on.end(), sentence[1])
            if verb_after is not None and _verb_like(verb_after.group(1)):
                after = None  # "One site, Lakeside.com, claims HP sources have linked ...": the name's noun too
        if after is not None and inverts:
            content = trim(body, (prefix_start, verb[0])) if _ends_with_comma(prefix) else None
            return Cue(verb, lemma, after.span("subject"), _nonempty(content), True, sentence)
    return None


def _participle_cue(
    body: str, verb: Span, lemma: str, clause_start: int, prefix_start: int, sentence: Span, earlier: list[Cue],
    opens: list[int],
) -> Cue | None:
    """The cue of a participle ("saying", "adding"), which has no subject of its own before it: the one quoted in
    "quoted Ann Lee as saying", an absolute clause's subject ("with Ann Lee saying"), a document or its issuer ("filed
    a motion claiming"), or the subject of the sentence's main cue or clause ("..., adding: “...”"); None for any
    other participle. ``prefix_start`` is where ``_cue_at``'s look back before the verb starts."""
    prefix = body[prefix_start : verb[0]].rstrip()
    cited = _CITED_AS.search(prefix)
    if cited is not None:
        # "The Ledger quoted Ann Lee, a retired fisherman, as saying ...": the one quoted speaks, not the paper
        return Cue(verb, lemma, (prefix_start + cited.start("subject"), prefix_start + cited.end("subject")), _content_after(body, verb, lemma, sentence, opens), False, sentence)
    absolute = _WITH_SUBJECT.search(prefix)
    if absolute is not None:
        # "..., with Ann Lee describing the “...”": the absolute clause has a subject of its own
        subject = (prefix_start + absolute.start("subject"), prefix_start + absolute.end("subject"))
        return Cue(verb, lemma, subject, _content_after(body, verb, lemma, sentence, opens), False, sentence)
    # "signs reading “...”" only shows what is written on them; "a banner saying “...”" speaks for its owner
    document = _DOCUMENT_BEFORE.search(prefix) if lemma != "read" else None
    if document is not None:
        # "filed a motion claiming ...", "a banner from the Harbour Union saying “...”": the document speaks, or
        # whoever it is from.
        speaker = _document_source(body, prefix, prefix_start, clause_start, document) or document.span("document")
        content = _content_after(body, verb, lemma, sentence, opens)
        return Cue(verb, lemma, (prefix_start + speaker[0], prefix_start + speaker[1]), content, False, sentence)
    # (or after "by", the means: "the parents tried to free him by saying they forgave him")
    by_means = lemma in _PERSONAL_SPEECH and _BY_BEFORE.search(prefix) is not None  # (not "by observing the area")
    if _ends_with_comma(prefix) or _ends_with_comma(prefix.removesuffix(" while")) or by_means:
        # "..., adding: “...”": the participle shares the subject of the sentence's main cue, or of its main
        # clause ("Ann Lee criticised the levy, saying it was unfair").
        speaker = _shared_subject(body, earlier, clause_start, verb, lemma)
        if speaker is not None or earlier:
            adjunct = _PARTICIPLE_ADJUNCT.match(body, verb[1]) and not _THAT.search(body, verb[1], min(sentence[1], verb[1] + 110))
            # ("..., commenting before the launch: “...”": an adjunct, then the quotation the colon introduces)
            listener = _TELL_OBJECT.match(body, verb[1], sentence[1]) if lemma in _TELL_LIKE else None
            told = (verb[0], listener.end()) if listener else verb  # "..., telling the Harbour Post: “...”"
            content = None if adjunct else _content_after(body, told, lemma, sentence, opens)
            if content is not None and by_means and not _THAT.match(body, verb[1] + 1) and not _CLAUSE.match(body, content[0], content[1]):
                content = None  # "opened it by saying a prayer": the means reports words only as a clause
            return Cue(verb, lemma, speaker, content, False, sentence)
    return None


# A short form in brackets right after a name: " (HDU)".
_BRACKETED_SHORT_FORM = re.compile(r"\s?\([A-Z][\w.&\-]{0,15}\)")
# A name or a determined phrase in apposition right after a subject: ", Mary, ...", ", a retired fisherman, ...".
_APPOSITION_AFTER_SUBJECT = re.compile(r",\s(?:(?:a|an|the|which|who)\s[^,;:]{1,60}|[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3}),\s")
_ADJECTIVAL_PARTICIPLES = frozenset(
    {"alleged", "reported", "claimed", "stated", "declared", "announced", "proposed", "estimated", "confirmed", "promised", "predicted"}
)
_DETERMINER_OR_COUNT_BEFORE = caseless.compile(r"(?<![\w’'])(?:the|a|an|his|her|its|their|this|these|those|several|some|many|two|three|four|five|other)\s$", re.IGNORECASE)
_CLAUSE_STARTS = frozenset("that the a an his her its their this these those he she they it we to in on at".split())


_PREPOSITIONS_BEFORE_NOUN = frozenset("into over for about of on against with from after amid despite following regarding".split())


def _preposition_or_gerund_before(body: str, at: int) -> bool:
    """The word before ``at`` is a preposition or a verb in -ing ("into", "over", "investigating", "Citing"): what
    follows is its object, a noun phrase, not a finite verb."""
    words = body[max(0, at - 30) : at].split()
    if not words:
        return False
    previous = words[-1].lower()
    return previous in _PREPOSITIONS_BEFORE_NOUN or len(previous) > 4 and previous.endswith("ing") and previous.isalpha()


def _noun_after(following: re.Match[str] | None) -> bool:
    """The lower-case word after a participle may be the noun it qualifies: no clause's first word, no gerund
    ("Some reported wanting to ...")."""
    return following is not None and following.group(1) not in _CLAUSE_STARTS and not following.group(1).endswith("ing")
_BY_BEFORE = re.compile(r"[a-z]\sby$")
# "as <subject> put it" right before the verb: the subject is a pronoun or a name or noun phrase of a few words.
_AS_SUBJECT = re.compile(r"(?:^|(?<=[\s,(]))(?P<as>[Aa]s)\s(?P<subject>(?:[\w’'.\-]{1,30}\s){0,5}?[\w’'.\-]{1,30})\s(?:(?:once|later|then|so|aptly|memorably)\s)?$")


def _shared_subject(body: str, earlier: list[Cue], clause_start: int, verb: Span, lemma: str) -> Span | None:
    """The subject a coordinated or participle verb shares: the sentence's cue before it, else its clause's subject;
    but after "quoted X as saying" the clause's subject ("The paper quoted Ann Lee as saying ..., and added ...":
    the paper adds, not the one it quoted)."""
    if not earlier:
        return _clause_subject(body, clause_start, verb[0], lemma)
    if _CITED_AS.search(body[max(clause_start, earlier[-1].verb[0] - 120) : earlier[-1].verb[0]].rstrip()):
        return _clause_subject(body, clause_start, verb[0], lemma)
    return earlier[-1].subject


# "quoted Ann Lee as", "cited Ann Lee, the harbour master, as" right before "saying": the one quoted, up to an
# apposition set off by a comma.
_CITED_AS = re.compile(
    r"(?<![\w’'])(?:quoted|quoting|quotes|cited|citing|cites)\s(?P<subject>[^\s,.;:!?“”\"][^,.;:!?“”\"]{0,59}?)"
    r"(?:,[^.;:!?“”\"]{1,100},)?\sas$"
)


# After a noun of a claim: what it is against or whose it is, then the copula and "that".
_COPULA_THAT = re.compile(
    r"\s(?:(?P<link>against|of|from|by)\s(?P<whose>[^,.;:!?“”\"]{1,60}?)\s)?(?:" + "|".join(_CLAIM_COPULAS) + r")\sthat\b"
)
# The words before such a noun that make it the subject of its clause: an article, or an owner ("the board's",
# "Ann Lee's", "Harbour Union's"), and at most two modifiers ("The main", "Her latest").
_CLAIM_OWNER = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever,)\s)?(?:[Tt]he\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s|[Ii]ts\s"
    r"|(?P<owner>(?:[Tt]he\s)?(?:[\w\-]{1,25}\s){0,3}[\w\-]{1,25})['’]s?\s)(?:[a-z][\w\-]{1,25}\s){0,2}"
)


def _claim_is_that(body: str, verb: Span, clause_start: int, sentence: Span) -> Cue | None:
    """"The accusation against Ann Lee is that CONTENT", "The board's counter-argument was that CONTENT": a noun
    of a claim that opens its clause reports the clause its copula and "that" give; whose claim it is (the owner,
    or the one after "of", "from" or "by") speaks, else nobody named."""
    opening = _CLAIM_OWNER.fullmatch(body, clause_start, verb[0])
    if opening is None and body[clause_start : verb[0]].strip():
        return None  # "rejected the claim is that ...": the noun is no clause's subject
    copula = _COPULA_THAT.match(body, verb[1], sentence[1])
    if copula is None:
        return None
    subject = None
    if opening is not None and opening.group("owner"):
        subject = trim(body, opening.span("owner"))
    elif copula.group("link") in ("of", "from", "by"):
        subject = trim(body, copula.span("whose"))
    start = copula.end()
    end = min(sentence[1], start + _MAX_CONTENT, _next_stop(body, sentence, start + 2))
    start, end = trim(body, (start, end), _CONTENT_TRIM)
    return Cue(verb, body[verb[0] : verb[1]].lower() + _CLAIM_LEMMA_END, subject, _nonempty((start, end)), False, sentence)


def _as_put_it(body: str, verb: Span, clause_start: int, sentence: Span) -> Cue | None:
    """"As Ann Lee put it, CONTENT" and "CONTENT, as Ann Lee put it": the clause the frame opens or closes is what
    the subject said."""
    frame = _AS_SUBJECT.search(body, max(clause_start, verb[0] - 80), verb[0])
    if frame is None:
        return None
    subject = _subject_before(body, frame.start("subject"), frame.end("subject"), True, "say", False)
    if subject is None:
        return None
    before = body[clause_start : frame.start("as")].rstrip()
    if _ends_with_comma(before) and len(before.split()) >= 3:
        content = trim(body, (_after_semicolon(body, clause_start, frame.start("as")), frame.start("as")))
        return Cue(verb, "say", subject, _nonempty(content), True, sentence)
    if before.strip(" \t\n\"“”") or body[verb[1] : verb[1] + 1] not in (",", ":"):
        return None
    end = min(sentence[1], verb[1] + _MAX_CONTENT, _next_stop(body, sentence, verb[1] + 1))
    start, end = trim(body, (verb[1], end), _CONTENT_TRIM)
    return Cue(verb, "say", subject, _nonempty((start, end)), False, sentence)


def _directive(body: str, verb: Span, lemma: str, sentence: Span) -> tuple[Span, str] | None:
    """A request with its addressee and the act requested ("called on the board to act", "asked the court for
    the file to be sealed") is reported speech: the verb with its particle, and the lemma of the request."""
    found = _DIRECTIVE.match(body, verb[1], sentence[1])
    if found is None:
        if lemma == "call" and _CALL_FOR_OBJECT.match(body, verb[1], sentence[1]):
            return (verb[0], verb[1] + 4), "call for"  # "called for a ceasefire": the thing called for is reported
        return _asked_for(body, verb, sentence) if lemma == "ask" else None
    particle = found.group("particle") or ""
    if particle not in _DIRECTIVE_PARTICLES[lemma] or not particle and " for " in found.group("object"):
        return None  # (but "asked the council for funds to fix it" asks for a thing, whose purpose the infinitive gives)
    return (verb[0], found.start("object") - 1), f"{lemma} {particle or 'to'}"


def _asked_for(body: str, verb: Span, sentence: Span) -> tuple[Span, str] | None:
    """"ask" with "for" and what is asked for ("asked for patience", "asked for his release", "asking for
    clarification"): the verb with its particle, and the lemma "ask for"; else None."""
    if _ASK_FOR_OBJECT.match(body, verb[1], sentence[1]):
        return (verb[0], verb[1] + 4), "ask for"
    return None


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


# A document or a sign right before a participle, maybe with whom it is from.
_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w’'])(?P<document>(?:statement|letter|motion|banner|sign|placard|lawsuit|suit|petition|complaint|filing|"
    rf"resolution|tweet|post|message|poster|notice|memo|report|story|article|editorial|op-ed|email|e-mail|release|"
    rf"announcement|speech|video|(?:press|news)\sconference)s?)(?:\s(?:from|by)\s(?P<owner>{_NAME}))?"
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
# Verbs that go on from a speaker's words ("said the rent was high and added that ..."), among them verbs of
# advancing a view that an institution's words rarely hold as their own clause's verb ("indicated no other car was
# involved and suggested the driver fell asleep").
_FOLLOW_UP_VERBS = frozenset(
    """add say note explain insist warn stress argue continue urge deny suggest acknowledge concede reiterate
    emphasize emphasise indicate""".split()
) | {"call for", "call on", "call upon"}


def _inside_content(body: str, earlier: list[Cue], verb: Span, lemma: str) -> bool:
    """A verb after "and" inside the words an earlier cue reports belongs to them ("told me if anyone came and
    asked about me, ..."), unless it goes on from them: a follow-up verb or one after the closing quotation mark
    ("said “...” and added")."""
    if not earlier or earlier[-1].content is None or earlier[-1].content_before or earlier[-1].lemma in _NOUN_PHRASE_LEMMAS:
        return False  # (what is called for is a noun phrase: "called for an inquiry, and said ..." goes on)
    content = earlier[-1].content
    if not content[0] <= verb[0] <= content[1] + 1:
        return False
    after_quotation = _QUOTATION_AND.search(body, max(0, verb[0] - 20), verb[0]) is not None
    # ("said the port was safe, and reiterated that ...": after a comma, "and" joins the speaker's own verbs)
    after_comma = _COMMA_AND.search(body, max(0, verb[0] - 20), verb[0]) is not None
    return lemma not in _FOLLOW_UP_VERBS and not after_quotation and not after_comma


# Verbs whose reported content is a noun phrase: what is called for.
_NOUN_PHRASE_LEMMAS = frozenset({"call for", "ask for"})
# An adverb between "and" and a coordinated verb ("and later said", "and again observed that").
_AND_ADVERB = r"(?:\s(?:also|then|later|again|further|subsequently|repeatedly|publicly|immediately|still))?"
_QUOTATION_AND = re.compile(rf"[”\"»“]\s{{1,3}}and{_AND_ADVERB}\s$")
_COMMA_AND = re.compile(rf",\s{{1,3}}and{_AND_ADVERB}\s$")


_COORDINATED_VERB = re.compile(rf"[\w”\"»“],?\s(?:and|but){_AND_ADVERB}$")
# The longest text _COORDINATED_VERB matches: in a prefix it is searched only that far from its end.
_COORDINATED_VERB_WIDTH = _regex_parser.parse(_COORDINATED_VERB.pattern).getwidth()[1]


def _ends_with_comma(prefix: str) -> bool:
    """The words before a cue end with a comma, maybe inside closing quotation marks ("“like snipers,” he said", also
    « » and „ “)."""
    return prefix.rstrip("\"”’'»“").endswith(",")


_SENTENCE_CLOSE = re.compile(r"[\s.!?\"”’')]*")


_ARTICLE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s(?:[A-Z][\w\-]{0,20}\s)?$")


def _singular_name(name: str, subject: str) -> bool:
    """Whether ``name`` (a subject or its last word) is a singular name: capitalised, no plural "-s", no pronoun,
    in a ``subject`` that coordinates nothing with "and"."""
    return name[:1].isupper() and not name.endswith("s") and name not in _PRONOUN_FORMS and " and " not in subject


def _singular_name_end(body: str, subject: Span) -> bool:
    """A subject ending in a singular name ("Lakeland", "the most populous US"), which never takes a bare verb."""
    text = body[subject[0] : subject[1]]
    return _singular_name(text.rsplit(None, 1)[-1], text)


_COUNT_BEFORE = caseless.compile(r"(?<![\w’'])(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|all|other|these|those|\d+)\s$", re.IGNORECASE)


def _counted_before(body: str, subject: Span) -> bool:
    """The subject found is a count, or a count comes right before it: the phrase goes on as a noun phrase."""
    return body[subject[0] : subject[1]].lower() in _QUANTIFIERS or _COUNT_BEFORE.search(body, max(0, subject[0] - 10), subject[0]) is not None


# A lower-case word before a subject: a verb makes the subject its object.
_ARTICLE_AFTER_WORD = re.compile(r"(?<![\w’'])(?P<word>[a-z]{2,20})\s$")
_OPENING_WORDS = frozenset("and but or nor yet so that which who whom where when while as if because since though although".split())


def _object_before(body: str, subject: Span, clause_start: int) -> bool:
    """A subject that opens with a lower-case article right after a verb ("opposes the police"): the bare verb
    form after it is the noun of that object phrase."""
    if not body.startswith(("the ", "a ", "an "), subject[0]):
        return False
    before = _ARTICLE_AFTER_WORD.search(body, max(clause_start, subject[0] - 25), subject[0])
    # (a preposition may attach the phrase to the real subject before it: "leaders of the opposition say")
    return before is not None and before.group("word") not in _OPENING_WORDS and before.group("word") not in FUNCTION_WORDS


def _modified_noun(body: str, subject: Span) -> bool:
    """A singular name after an article ("the PBO", "an August Harbour Board") before a bare verb form: the
    name modifies the word after it, a noun ("the PBO report"), since a singular subject takes "reports"."""
    text = body[subject[0] : subject[1]]
    return _singular_name(text, text) and _ARTICLE_BEFORE_NAME.search(body, max(0, subject[0] - 30), subject[0]) is not None


def _closing_subject(body: str, verb: Span, sentence: Span) -> Span | None:
    """The subject right after a verb when nothing but the sentence end follows it ("..., said Ann Lee.")."""
    after = _inverted_subject(body, verb, sentence)
    if after is None:
        return None
    if not _SENTENCE_CLOSE.fullmatch(body, after.end(), sentence[1]) and not _NARRATOR_ADJUNCT.match(body, after.end(), sentence[1]):
        return None
    return after.span("subject")


# A clause that is only a name and its apposition, age or relative clause ("Ann Lee, the port's chief, said ...",
# "Ann Lee, 45, said ...", "Ann Lee, who runs the port, said ...", "The port's chief, Ann Lee, said ..."): the subject
# before the verb, so the words after it are reported, not a subject closing the sentence. (An apposition holds no
# auxiliary: "Somehow, the family will cope, adds Ann Lee." is content.)
_APPOSED_NAME_PREFIX = re.compile(
    rf"\s*(?:{_NAME},\s(?:(?:a|an|the|his|her|its|their)\s(?![^,;:]*\s{_AUXILIARY}\s)[^,;:]{{1,60}}|(?:who|whose)\s[^,;:]{{1,60}}|\d{{1,3}})"
    rf"|(?:[Tt]he|[Aa]n?|{_NAME_WORD}[’']s)\s[^,;:]{{1,60}},\s{_NAME}),\s*"
)
_NEXT_LOWER_WORD = re.compile(r"\s{1,2}([a-z][a-z’'\-]{1,25})\b")
# A narrator's adjunct after an inverted subject: "..., reported officials, with 25 others injured."
_NARRATOR_ADJUNCT = re.compile(r",\s(?:with|while|as|after|before|amid)\s")


def _without_opening_word(body: str, subject: Span) -> Span:
    """A subject without a capitalised word that the name run took in before a name but which is no part of it: a
    subordinator opening the sentence ("Whereas Ann Lee favoured ..., arguing"), or the platform after "on" ("on
    Twitter Ann Lee wrote")."""
    opening = _OPENING_WORD.match(body, subject[0], subject[1])
    if opening is None or opening.group("platform") and not body.startswith("on ", max(0, subject[0] - 3)):
        return subject
    return opening.end(), subject[1]


_OPENING_WORD = re.compile(
    r"(?:(?:Whereas|While|Although|Though|Because|Since|Unlike|Whilst)|(?P<platform>Twitter|Facebook|Instagram|YouTube|TikTok|Telegram))"
    r"\s(?=[A-Z])"
)


# Verbs of owning up to an act, whose "to" and gerund report it ("confessed to killing her", "admitted to lying"),
# and that "to" with a gerund, not a place or an institution named by one ("admitted to nursing homes").
_TO_GERUND_LEMMAS = frozenset({"admit", "confess"})
_TO_GERUND = re.compile(r" to (?!(?:nursing|boarding|training|housing|building|hiding)\b)[a-z]{2,20}ing\b")
# Verbs of asserting whose "to" infinitive is the claim ("claimed to have evidence", "claiming to represent the
# ministry"): the infinitive is reported, as a clause would be; not "to" before the listener ("claimed to police
# that ...", "claimed to reporters"), which _TELL_OBJECT reads as one.
_TO_INFINITIVE_LEMMAS = frozenset({"claim"})


def _claims_infinitive(body: str, at: int, end: int) -> bool:
    """A "to" infinitive opens at ``at`` (a space before "to"), not the listener of the claim."""
    return _INFINITIVE.match(body, at, end) is not None and _TELL_OBJECT.match(body, at + 3, end) is None


# Names listed before the last of them (or the last two), which opens a clause's subject: "Lakeland, Norland, and ".
_LISTED_BEFORE = re.compile(rf"(?:{_NAME},\s){{1,4}}(?:and\s)?$")
# How far before its end a match of _LISTED_BEFORE holds its last comma: ", and " and a newline before the end, where "$"
# matches too. Where no comma is that close, the pattern is not tried.
_LISTED_COMMA_BACK = len(",\tand\t\n")


def _with_subject(
    body: str, verb: Span, lemma: str, subject: Span, clause_start: int, sentence: Span, opens: list[int]
) -> Cue:
    """The cue of a verb whose subject is known, with its reported content: the words before it when the cue
    closes them ("..., Ann Lee said") or splits their clause ("The pier, Lee said, was inspected"), else the words
    after it past the listener, short adjuncts and a place ("told the jury on Monday the pier was safe"); none
    for an unrealised act ("will argue"), a comparison ("than the city says") or a condition ("If Lee says
    no")."""
    if _UNREALISED.search(body, max(clause_start, verb[0] - 40), verb[0]):
        return Cue(verb, lemma, subject, None, False, sentence)  # "they will argue ...", "has not said ..."
    if body.find("than", max(0, subject[0] - 40), subject[0]) >= 0 and _THAN_BEFORE.search(body, max(0, subject[0] - 40), subject[0]):
        return Cue(verb, lemma, subject, None, False, sentence)  # "higher than the city says it is": a comparison
    as_frame = _AS_FRAME.search(body, max(clause_start, subject[0] - _AS_FRAME_BACK), subject[0]) if body.startswith(", ", verb[1]) else None
    framed = _as_frame_cue(body, verb, lemma, subject, clause_start, sentence, as_frame.start()) if as_frame is not None else None
    if framed is not None:
        return framed
    after_start = verb[1]
    listener = None
    if lemma in _TELL_LIKE:
        listener = _TELL_OBJECT.match(body, after_start, sentence[1])
        if listener:
            after_start = _listener_end(body, listener)
    if lemma == "refer" and body.startswith(" to ", after_start):
        after_start += 3  # "has referred to it as “theatre”", "referred to as “a ploy”": what follows "to" names it
    if lemma in _TO_GERUND_LEMMAS and _TO_GERUND.match(body, after_start, sentence[1]):
        after_start += 3  # "confessed to killing her", "admitted to taking the money": the act owned up to is the words
    after_start = _reported_start(body, after_start, lemma, subject, clause_start, sentence)
    cleft = _PSEUDO_CLEFT.match(body, after_start, sentence[1])  # "What she would say is that ..."
    after_start = cleft.end() if cleft else after_start
    told_to = lemma in _TELL_LIKE and _INFINITIVE.match(body, after_start, sentence[1])  # "told staff to leave"
    # "claimed to have evidence": what is claimed
    told_to = told_to or lemma in _TO_INFINITIVE_LEMMAS and _claims_infinitive(body, after_start, sentence[1])
    fronted = _FRONTED_ADJUNCT.match(body, after_start, sentence[1])  # "admits in this case, there were ..."
    after_start = fronted.end() if fronted and _CLAUSE.match(body, fronted.end(), sentence[1]) else after_start
    # "warned of the risks", "told them of its existence", but not "said of her son" nor "“...,” he told court of
    # his landlords", whose quotation is what he said
    after_quotation = clause_start > sentence[0] and not body[clause_start : subject[0]].strip(" ,")
    warned_of = (lemma in ("warn", "speak") or lemma in _TELL_LIKE and not after_quotation) and body.startswith(" of ", after_start)
    # ("Native customs, the filing noted, have a notion of family that differs": where the words after the cue's
    # comma go on with the predicate the cue split, a "that" among them is theirs, a relative pronoun)
    splits = body.startswith(",", after_start) and _splits_predicate(body, after_start, sentence[1])
    that = None if splits else _THAT.search(body, after_start, _clause_end(body, sentence, after_start, min(sentence[1], after_start + 110)))
    if that is not None and _ADJUNCT_PHRASE_BEFORE.search(body, after_start, that.start()):
        that = None  # "said on Monday, in a dispute over pay that threatens ...": a relative in the adjunct's phrase
    reports_after = (
        told_to or warned_of or not _ADJUNCT_START.match(body, after_start, sentence[1]) or that is not None
        or _ADJUNCT_THEN_CLAUSE.match(body, after_start, sentence[1]) is not None
    )
    if lemma in _TELL_LIKE and listener is None and not body.startswith(" that ", verb[1]):
        reports_after = False  # "the ledger tells a longer tale": telling without a listener narrates
    # "..., the Harbour Red Cross said": the article before a name belongs to the subject, not the content.
    lead = _DETERMINER_BEFORE.search(body, max(clause_start, subject[0] - 5), subject[0])
    lead_start = lead.start() if lead else subject[0]
    described = _DESCRIPTION_BEFORE.search(body, max(clause_start, lead_start - 70), lead_start)
    if described is not None and _describes_person(described.group("head")):
        lead_start = described.start("words")  # "..., newspaper The Harbour Ledger reported": the description too
    lead_start = _member_name_start(body, clause_start, lead_start)  # "..., Ann Lee of the rowing club said": Ann Lee too
    stripped = body[max(clause_start, lead_start - _MAX_CONTENT) : lead_start].rstrip()
    # "..., he pledged to cover it": a verb with an infinitive after it does not close the clause before it.
    closes_clause = not reports_after and not _INFINITIVE.match(body, after_start, sentence[1])
    if closes_clause and not _ends_with_comma(stripped):
        whole = _postmodified_subject(body, clause_start, lead_start, verb[0])
        if whole is not None:
            # "..., a security guard present during the attack said": the whole phrase after the comma speaks
            subject, lead_start = whole, whole[0]
            stripped = body[max(clause_start, lead_start - _MAX_CONTENT) : lead_start].rstrip()
    if _ends_with_comma(stripped) and len(stripped.split()) >= 3 and closes_clause:
        content = _without_frame(body, trim(body, (_after_semicolon(body, max(clause_start, lead_start - _MAX_CONTENT), lead_start), lead_start)))
        if content is not None and _apposition_head(body, content, subject, verb):
            content = None  # "The judge presiding over the case, Ann Lee, said": the phrase describes the speaker
        if _RELATIVE_PRONOUN_END.search(stripped) or _RELATIVE_AFTER_SUBJECT.match(body, subject[1], verb[0]):
            # "fighters which, the statement said, no state will take back": the clause goes on after it; "Dr. Ann
            # Lee, a surgeon who testified for the bill, said": the verb is a relative clause's, closing no words
            content = None
        return Cue(verb, lemma, subject, _nonempty(content), True, sentence)
    if _ends_with_comma(stripped) and closes_clause and _splits_predicate(body, after_start, sentence[1]):
        # "The pier, Lee said, was inspected": the cue splits a clause after its short subject, and the predicate
        # after the cue goes on with the words reported (the continuation)
        short = trim(body, (max(clause_start, lead_start - 40), lead_start))
        if _SHORT_SUBJECT.fullmatch(body, short[0], short[1]):
            return Cue(verb, lemma, subject, _nonempty(short), True, sentence)
    content = _content_after(body, (verb[0], after_start), lemma, sentence, opens) if reports_after else None
    if content is not None and _RELATIVE_BEFORE.search(body, max(0, lead_start - 8), lead_start):
        # "the ads, which they've said was due to a lack of airtime, and ...": the relative clause ends at its comma
        comma = body.find(", ", content[0], content[1])
        content = _nonempty(trim(body, (content[0], comma))) if comma >= 0 else content
    elif content is not None and _WHO_AFTER_SUBJECT.match(body, subject[1], verb[0]):
        # "Ann Lee, who called for a ban, said ...": the relative clause ends at the comma before its antecedent's verb
        main_verb = _MAIN_VERB_AFTER_COMMA.search(body, content[0], content[1])
        content = _nonempty(trim(body, (content[0], main_verb.start()))) if main_verb else content
    subordinate = _SUBORDINATE_OPENING.match(body, clause_start, lead_start)
    if content is not None and subordinate is not None and _subject_of_subordinate(body, subordinate.end(), lead_start):
        if subordinate.group("condition"):
            return Cue(verb, lemma, subject, None, False, sentence)  # "If Ann Lee says no, ...": nobody said it
        # "Though Ann Lee said the levy was fair, she voted against it": the main clause is no part of the content.
        main_clause = _MAIN_CLAUSE_COMMA.search(body, content[0], content[1])
        content = _nonempty(trim(body, (content[0], main_clause.start()))) if main_clause else content
    return Cue(verb, lemma, subject, content, False, sentence)


_MEMBER_LINKS = frozenset({"of", "from", "with", "at"})


def _member_name_start(body: str, clause_start: int, start: int) -> int:
    """Where the name of a person begins whose body a subject starting at ``start`` names, when the name follows a
    comma ("..., Ann Lee of the rowing club said", "..., Ivo Marsh from Lakeland said"): the words before the comma
    are the content, as before a name alone; else ``start``."""
    space = body.rfind(" ", max(0, start - 6), start - 1) if start > 3 else -1
    if space < 0 or body[space + 1 : start - 1] not in _MEMBER_LINKS or body[start - 1] != " ":
        return start
    words = body[max(clause_start, space - 60) : space].rsplit(", ", 1)
    if len(words) < 2 or not 2 <= len(name := words[1].split(" ")) <= 4:
        return start
    if not all(word[:1].isupper() and word.isalpha() and not _function_word(word) for word in name):
        return start
    return space - len(words[1])


# A short adjunct of time or condition opening the reported clause, then its subject and verb, with no "that":
# "said once in office she would sign it", "claimed after the meeting the mayor used his influence".
_ADJUNCT_THEN_CLAUSE = re.compile(
    r"\s(?:once|after|before|until|upon|following)\s(?:[\w’'\-]{1,20}\s){0,4}?"
    r"(?:(?:he|she|they|we|I|there)\s(?:[a-z]{2,20}ed|[a-z]{2,20}’d|[a-z]{2,20}'d|" + _AUXILIARY + r")\b"
    r"|(?:the|a|an|his|her|its|their)\s(?:[\w\-]{1,20}\s){0,3}(?:[a-z]{2,20}ed|" + _AUXILIARY + r")\b)"
)


# "as" before the subject of a cue between commas inside a clause: "The pier is, as locals noted, unsafe" (not
# "such as", "as well as")
_AS_FRAME = re.compile(r"(?<![\w’'])(?<!such\s)(?<!well\s)(?<=,\s)[Aa]s\s(?:(?:the|a|an)\s)?(?:[a-z][\w\-]{1,20}\s)?$")
_AS_FRAME_BACK = 34


def _as_frame_cue(body: str, verb: Span, lemma: str, subject: Span, clause_start: int, sentence: Span, as_start: int) -> Cue | None:
    """The cue of a parenthetical "as X noted" between commas inside a clause, which takes no clause of its own:
    it reports the clause around it, the aside inside ("The pier is, as locals noted, unsafe"); None where it
    opens or closes the clause (left to the other rules)."""
    if _OPENER_ONLY.fullmatch(body, clause_start, as_start) is not None:
        return None
    end = _next_stop(body, sentence, verb[1] + 1)
    if not body[verb[1] + 1 : end].strip(_CONTENT_TRIM):
        return None
    content = trim(body, (clause_start, end), _CONTENT_TRIM)
    return Cue(verb, lemma, subject, _nonempty(content), False, sentence)


def _reported_start(body: str, after_start: int, lemma: str, subject: Span, clause_start: int, sentence: Span) -> int:
    """Where the words a verb reports may start, from ``after_start`` (its end, or its listener's): past short
    adjuncts of time and medium, a named place or an addressee after "to" before a clause, an aside between
    commas, and the comma that closes them before a clause ("reported on Thursday, coverage had risen")."""
    skipped = _past_adjuncts(body, after_start, sentence[1])
    place = _PLACE_ADJUNCT.match(body, skipped, sentence[1])
    if place is not None and _CLAUSE_AFTER_PLACE.match(body, place.end(), sentence[1]):
        skipped = place.end()  # "says in Lakeland ferries are too often late": the place, then the reported clause
    addressee = _TELL_OBJECT.match(body, skipped + 3, sentence[1]) if body.startswith(" to ", skipped) else None
    if addressee is not None and lemma not in _TELL_LIKE and _CLAUSE_AFTER_PLACE.match(body, addressee.end(), sentence[1]):
        skipped = addressee.end()  # "confirmed to CBC News the ferry was late": the addressee, then the clause
    # "reported on Thursday, coverage had risen": a comma closing the adjuncts, then the reported clause
    aside = _PARENTHETICAL_ADJUNCT.match(body, skipped, sentence[1])
    if aside is not None and body[aside.end() : aside.end() + 1] not in _OPENING_MARKS and (
        _CLAUSE.match(body, aside.end(), sentence[1]) or body.startswith("that ", aside.end())
    ):
        # "claimed, as of Thursday, it was free of the virus", "said, citing police, that ...": the aside, then the clause
        skipped = aside.end() - 2
    # "reported on Thursday, coverage had risen", "However, officials said, the pier is safe": a comma after the
    # verb's adjuncts, or after a cue that nothing but an opening adverb precedes, then the reported clause
    bare = skipped == after_start and _OPENER_ONLY.fullmatch(body, clause_start, subject[0]) is not None
    clause_after = (
        (skipped > after_start or bare)
        and body.startswith(", ", skipped)
        and body[skipped + 2 : skipped + 3] not in _OPENING_MARKS  # (", “...”" is a quotation the cue introduces)
        # ("reported on Tuesday, 21 new cases": a count after the comma is what is reported, as a clause is)
        and (_CLAUSE.match(body, skipped + 2, sentence[1]) or lemma in _COUNT_LEMMAS and _REPORTED_COUNT.match(body, skipped + 2, sentence[1]))
        and _AUXILIARY_FIRST.match(body, skipped + 2, sentence[1]) is None  # ("Yesterday, Ann Lee said, was ...": a split)
    )
    return skipped + 1 if clause_after else skipped


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


# A predicate after a cue that splits its clause: a finite verb after the comma.
_SPLIT_PREDICATE = re.compile(
    rf",\s(?:{_AUXILIARY}|remains?|remained|[a-z]{{2,20}}ed)\b"
)
# A verb in the present after the cue's comma, with more words after it: "The orcas, she said, hunt sharks".
_PRESENT_PREDICATE = re.compile(r",\s(?P<verb>[a-z]{2,20})\s[\w$“\"]")


def _splits_predicate(body: str, start: int, end: int) -> bool:
    """Whether the words after a cue's comma at ``start`` go on with the predicate of the clause the cue split:
    an auxiliary or a verb in the past or the present, not an adverb, a participle or a function word ("The
    pier, Lee said, was inspected", "The orcas, she said, hunt sharks", not "..., she said, probably ...")."""
    if _SPLIT_PREDICATE.match(body, start, end):
        return True
    present = _PRESENT_PREDICATE.match(body, start, end)
    if present is None:
        return False
    verb = present.group("verb")
    return verb not in FUNCTION_WORDS and verb not in _NOT_CONTINUING and not verb.endswith(("ly", "ing"))


# The short subject a split clause opens with: a noun phrase of one or two words, not an adverb or a frame.
_SHORT_SUBJECT = re.compile(
    r"(?:[Tt]he\s|[Tt]his\s|[Tt]hat\s|[Tt]hese\s|[Tt]hose\s|[Ii]ts\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s)?"
    r"(?!(?:However|Yesterday|Today|Now|Still|Meanwhile|Instead|Also|Then|Later|Earlier|Indeed|Nevertheless|But|And|So|Yet)\b)"
    r"[A-Za-z][\w’'\-]{1,25}(?:\s[A-Za-z][\w’'\-]{1,25})?(?<!ly)"
)


# Lower-case words after a comma that describe the name after them ("..., newspaper The Ledger reported",
# "..., lead singer Ann Lee told").
_DESCRIPTION_BEFORE = re.compile(r",\s(?P<words>(?:[a-z][\w\-]{1,20}\s){0,2}(?P<head>[a-z][\w\-]{1,20})\s)$")


def _describes_person(word: str) -> bool:
    return word in _heads() or word in person_nouns() or word.endswith("s") and word[:-1] in _heads()


_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s$")
# A relative clause set off by a comma between a subject and its cue: ", who ", ", who has long ".
_WHO_AFTER_SUBJECT = re.compile(r",\swho\s(?:[a-z]+\s){0,2}$")
# A phrase after the cue's comma that a preposition opens and no comma closes before a "that": the "that" is its
# relative pronoun ("said on Monday, in a dispute over pay that threatens ..."), not the reported clause's
# complementiser, which comes after the phrase's closing comma ("said, in a statement, that ...").
_ADJUNCT_PHRASE_BEFORE = re.compile(r",\s(?:in|amid|over|during|after|with|as\spart\sof)\s[^,]{1,100}$")
# A relative pronoun between a subject and its cue, with or without a comma: "a surgeon who testified".
_RELATIVE_AFTER_SUBJECT = re.compile(r",?\s(?:who|which)\s(?:[a-z]+\s){0,2}$")
# A comma and the verb of the clause a relative clause was inserted in: ", said", ", has warned", ", voted".
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s(?:[a-z]+ly\s)?(?:said|says|told|tells|is|was|has|had|will|would|[a-z]{2,20}ed)\b")
# A subordinator opening the clause of a cue, and the comma after which the main clause begins.
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet)\s)?(?:[Tt]hough|[Aa]lthough|[Ee]ven\s(?:though|as|if)|[Ww]hile|[Ww]hereas|[Bb]ecause|"
    r"[Ss]ince|[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|(?P<condition>[Ii]f|[Ww]henever|[Ww]hether|[Uu]nless))\s"
)
# (or a short lower-case noun phrase and its verb in the past tense: "..., early August debate centered on ...")
_MAIN_CLAUSE_COMMA = re.compile(
    r",\s(?=(?:he|she|they|it|we|there|the|a|an|this)\b|[A-Z]|[a-z][\w\-]*\s(?:[\w\-]+\s){0,3}[a-z]{2,20}ed\b)"
)
_MAX_SUBORDINATE_SUBJECT_WORDS = 10


def _subject_of_subordinate(body: str, start: int, lead_start: int) -> bool:
    """The subject found opens the subordinate clause from ``start``, maybe after the words of a title or an
    owner it leaves out ("When Representative Ann Lee of Lakeland's second district announced ..."): no comma
    between them and a few words at most."""
    between = body[start:lead_start]
    return "," not in between and len(between.split()) <= _MAX_SUBORDINATE_SUBJECT_WORDS


_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s$")
_THAN_BEFORE = re.compile(r"\bthan\s(?:[\w’'\-]{1,30}\s){0,2}$")
# A short adjunct after the verb closed by a comma, then a clause: the adjunct fronts the reported clause.
# (The clause must show its verb: "told them in a calm tone, his plan greeted with cheers" reports nothing.)
_FRONTED_ADJUNCT = re.compile(
    r"\s{1,3}(?:in|at|on|for|during|after|before|by|since|until)\s(?:[^,;:.!?“”\"()]|[.:](?=\S)){1,50},\s"
    r"(?=(?P<first>(?:there|it|he|she|they|we|i|the|a|an|this|these|those|its|his|her|their|some|most|many|no)\b))",
)
# Words that open an adjunct framing a cue rather than reported content: "In a statement, X said", "Speaking to
# reporters, ...", "When asked about the levy, ...", "As the news spread, ...".
_FRAME_OPENERS = frozenset(
    """after before when as while speaking writing talking asked told responding answering addressing commenting
    reacting replying meanwhile later earlier separately also however""".split()
)
# A prepositional frame ("In a statement released on Friday") holds no finite verb; "At least ten boats were
# lost" is content.
_FRAME_PREPOSITIONS = frozenset("in on at via through during".split())
# A passive before its participle ("was described", "were later labelled") and its agent named after it ("by Ann Lee",
# "by the Harbour Trust"): the agent speaks.
_PASSIVE_BE = re.compile(rf"\b{BE}(?:\s(?:also|later|then|once|[a-z]{{2,20}}ly))?$")
# A noun right before a participle that it heads ("a pattern described by ... as"): a lower-case word that is no
# pronoun, verb form or function word.
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w’'\-])(?:a|an|the|its|his|her|their|this|that)\s(?:[a-z][\w\-]{1,20}\s){0,2}[a-z][\w\-]{1,20}\s?$")
# "was told by Ann Lee that ..." (or "of" and what was told): the one who told, after "by".
_PASSIVE_TELLER = re.compile(rf"\s{{1,3}}by\s(?P<agent>(?:the\s)?{_NAME})(?=\s{{1,3}}(?:that|of)\b)")
_OF_AFTER = re.compile(r"\s{1,3}of(?=\s)")
_TOLD_LEMMAS = frozenset({"tell", "inform", "warn", "assure", "advise", "brief"})
_PASSIVE_AGENT = re.compile(rf"\s{{1,3}}by\s(?P<agent>(?:the\s)?{_NAME})(?=\s{{1,3}}as\b)")


def _without_frame(body: str, content: Span) -> Span | None:
    """The words before "..., X said" less what only frames the cue: a description in apposition to the
    speaker ("The mayor of Lakeside, Ann Lee, said") and a single adjunct ("In a statement, ...", "Speaking to
    reporters, ..."); None when nothing else is left."""
    start, end = content
    last_comma = body.rfind(",", start, end)
    if _role_phrase(body, (last_comma + 1 if last_comma >= 0 else start, end)):
        if last_comma < 0:
            return None
        start, end = trim(body, (start, last_comma))
    segments = [segment.split() for segment in body[start:end].lower().split(",")]
    if all(segment and _frame_segment(segment) for segment in segments):
        return None  # (each part a frame: "However, earlier this year, Ann Lee said")
    return start, end


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


def _apposition_head(body: str, content: Span, subject: Span, verb: Span) -> bool:
    """The words before "..., Ann Lee, said" are a noun phrase that the name stands in apposition to ("The judge
    presiding over the case, Ann Lee, said", "One of the port's vice presidents, Ann Lee, also commented"): the
    name closes with a comma before its verb, and the words before it hold no comma and no verb."""
    if _NAME_CLOSED.fullmatch(body, subject[1], verb[0]) is None or body.find(",", content[0], content[1]) >= 0:
        return False
    return not any(_verb_like(word) for word in _ROLE_PHRASE_WORD.findall(body, content[0], content[1]))


# The comma closing a name in apposition, maybe with adverbs before the verb: ", also", ", later publicly".
_NAME_CLOSED = re.compile(r"\s*,(?:\s+(?:also|later|then|again|[a-z]{2,20}ly))*\s*")


def _verb_like(word: str) -> bool:
    """A word that may be a clause's verb: an auxiliary, a negation, a past form ("-ed" or a common irregular one),
    or a pronoun with a contracted auxiliary ("it's")."""
    folded = word.lower()
    return (
        folded in _FINITE
        or folded in _IRREGULAR_PAST
        or len(folded) > 4 and folded.endswith("ed")
        or folded.endswith(("n't", "n’t"))
        or _CONTRACTED_PRONOUN.fullmatch(word) is not None
    )


_IRREGULAR_PAST = frozenset(
    """said went made took came gave found told saw became began fell rose left met won lost ran held kept brought
    thought got put set cut hit led paid sold spent stood struck broke chose drove flew grew knew wrote spoke stole
    threw wore fled fought built sent felt meant sought caught taught sat sank shot""".split()
)


_ROLE_PHRASE_WORD = re.compile(r"[\w’'.\-]+")


def _role_phrase(body: str, span: Span) -> bool:
    """A noun phrase that only describes a person: a role noun with articles, names and linking words
    ("A member of the Harbour Council", "the port director of Lakeside"), and at most three other words, none a
    verb."""
    words = _ROLE_PHRASE_WORD.findall(body, span[0], span[1])
    if not 2 <= len(words) <= 12 or not _describes(body, span):
        return False
    heads = _heads()
    others = [
        word
        for word in words
        if not (word[:1].isupper() or word.lower() in FUNCTION_WORDS or word.lower() in heads or word.endswith(("’s", "'s")))
    ]
    if len(others) > 3 or any(word in _FINITE or word.endswith(("ed", "ing")) for word in others):
        return False
    # the role comes before any preposition: "The ferry left on Monday with senior officials" is a clause
    for word in words:
        lowered = word.lower()
        if lowered in heads or lowered.endswith("s") and lowered[:-1] in heads:
            return True
        if lowered in _ROLE_PREPOSITIONS:
            return False
    return False


_ROLE_PREPOSITIONS = frozenset("of for at with on in from by to".split())


# Speech that is foretold, possible or denied ("will argue", "can also suggest", "has not said") is not
# reported: nobody has said it. "would" stays: it also narrates the past ("what he would tell them was ...").
# "\b(?:will|can|could|should|must|might|may|shall|not|never|n[’']t)\s...", opening with the words' first letters.
_UNREALISED = re.compile(
    opening_with_first_letters("will can could should must might may shall not never n[’']t".split()) + r"\s(?:[a-z]{1,15}\s){0,2}$"
)


_PSEUDO_CLEFT = re.compile(r"\s{1,3}(?:is|was)(?=\sthat\s)")


def _past_adjuncts(body: str, start: int, end: int) -> int:
    """Where the words after a verb go on once short adjuncts of time or medium are skipped."""
    for _ in range(_MAX_SKIPPED_ADJUNCTS):
        adjunct = _SKIPPED_ADJUNCT.match(body, start, end)
        if adjunct is None:
            break
        start = adjunct.end()
    return start


_CLAUSE_BREAK = re.compile(r"[;:“”\"]")


def _clause_end(body: str, sentence: Span, start: int, end: int) -> int:
    """The first colon, quotation mark or participial cue from ``start``: a "that" further on belongs to
    another clause ("said, adding that ...", "said: “... and that ...”")."""
    found = _CLAUSE_BREAK.search(body, start, end)
    stops = _stops(body, sentence)
    index = bisect_left(stops, start)
    return min(found.start() if found else end, stops[index] if index < len(stops) else end)


# Verbs that report speech only with an "as" complement (and "speak" only with "of"), and the complement within the first words.
_AS_VERBS = frozenset({"hail"})
_AS_COMPLEMENT = re.compile(r"[^.;:!?]{1,60}?\sas\s")


def _after_semicolon(body: str, start: int, end: int) -> int:
    """Reported content before its cue begins after the last semicolon: what precedes is another clause."""
    semicolon = body.rfind("; ", start, end)
    return semicolon + 2 if semicolon >= 0 else start


def _before_semicolon(body: str, start: int, end: int) -> int:
    """Reported content after its cue ends at a semicolon: what follows is another clause of the narrator's,
    unless it is one more "that" clause of the same report ("reported that X; that Y; and that Z")."""
    semicolon = body.find("; ", start, end)
    while semicolon >= 0 and _MORE_THAT.match(body, semicolon + 2, end):
        semicolon = body.find("; ", semicolon + 2, end)
    return semicolon if semicolon >= 0 else end


_MORE_THAT = re.compile(r"(?:and\s|or\s)?that\s")


def _content_after(body: str, verb: Span, lemma: str, sentence: Span, opens: list[int]) -> Span | None:
    """The reported content after ``verb``: from the complementizer "that" (when no quotation stands before it) or
    the verb's end up to the next stop of the sentence; None when the verb only takes an object there ("denied
    the request", "hailed a taxi", "said nothing")."""
    start = verb[1]
    that = _THAT.search(body, start, min(sentence[1], start + 110))
    if that is not None and (_quote_between(opens, start, that.start()) or not _introduces_content(body, start, that.start())):
        that = None
    if that is not None and lemma in _TO_INFINITIVE_LEMMAS and _claims_infinitive(body, start, sentence[1]):
        that = None  # "claimed to have proof that ...": the infinitive is the claim, its "that" a part of it
    if that is not None:
        start = that.end()
    end = min(sentence[1], start + _MAX_CONTENT, _next_stop(body, sentence, start))
    if lemma not in NON_REPORTING:
        end = _before_semicolon(body, start, end)  # (a naming verb's object may hold one: "what she calls X; ...")
    if lemma in _NOUN_PHRASE_LEMMAS or that is None and lemma in _STANCE_OBJECT_LEMMAS:
        contrast = _CONTRAST.search(body, start, end)
        end = contrast.start() if contrast else end  # "called for talks, while the mayor ...": the phrase ends
        if _FRONTED_SUBORDINATE.match(body, sentence[0], verb[0]) and body.find(",", sentence[0], verb[0]) < 0:
            # "Although the ministry asked for calm, the party ...": the phrase ends with the fronted clause
            comma = body.find(", ", start, end)
            end = comma if comma > 0 else end
    start, end = trim(body, (start, end), " \t\n,;:–—-")
    while end > start and body[end - 1] in ".!?":
        end -= 1
    if (
        that is None
        and lemma in _NOUN_OBJECT_VERBS
        and not _CLAUSE.match(body, start, min(end, start + 90))
        and not (lemma in _MANDATIVE_VERBS and _subjunctive(body, start, min(end, start + 60)))
        and not (lemma in _STANCE_OBJECT_LEMMAS and _STANCE_OBJECT.match(body, start, end))
        and not (lemma in _COUNT_LEMMAS and not _ends_with(body, verb[0], verb[1], "ing") and _REPORTED_COUNT.match(body, start, min(end, start + 90)))
    ):
        return None  # "denied the request", "announced a plan": an object, not reported speech
    if that is None and lemma in _STANCE_OBJECT_LEMMAS and not _STANCE_OBJECT.match(body, start, end) and not _PRONOUN_CLAUSE.match(body, start, end):
        return None  # "expressed a willingness to help", "voiced the lead character": no stance, or no clause reported
    if that is None and lemma == "admit" and _ADMITTED_ENTRANTS.match(body, start, end):
        return None  # "the hospital admitted 20 patients": let in, no admission of anything
    if lemma in _AS_VERBS and not _AS_COMPLEMENT.match(body, start, end):
        return None  # "hailed a taxi": only "hailed the deal as a victory" says something of it
    if that is None and lemma == "write" and _WRITTEN_DOCUMENT.match(body, start, end):
        return None  # "wrote a letter asking the board to ...": what is written is a document, which speaks itself
    if lemma == "call" and _CALLED_RACE.match(body, start, end):
        return None  # "called the race for Ann Lee": a network declaring a winner names nothing
    if lemma == "speak" and not body.startswith("of ", start):
        return None  # "speaking through a translator": only "spoke of X" reports what was said
    if that is None and _EMPTY_OBJECT.match(body, start, end):
        return None  # "said nothing about it", "said goodbye to the crew", "said so in May": nothing reported
    return _nonempty((start, end))


# A count of cases an authority reports ("reported 45 new cases", "reported a total of 312 infections", "has reported
# more cases of measles", "reported a 95% vaccination rate"): the count is what the report says, as a clause would
# be; a result in money ("reported a profit of $3 million", "reported 22 sold units") is no such count, nor is what
# follows "reporting" ("the next country, Lakeland, reporting 300 deaths": a count set beside others, no report).
_REPORTED_COUNT = re.compile(
    r"(?:(?:a\stotal\sof|a\sfurther|another|an\sestimated|about|around|over|more\sthan|at\sleast|nearly|almost|some|only|just)\s)?"
    r"(?:\d[\d,.]*|an?\s\d[\d,.]*\s?%|more|fewer|no\snew|new"
    # (or a count in words: "confirmed five new deaths", "reported one more case", "reported dozens of cases")
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)"
    r"\s(?:[a-z][\w\-]{0,24}\s){0,3}?"
    r"(?:(?:new|confirmed|suspected|active|additional)\s)?"
    r"(?:cases?|deaths?|infections?|fatalit(?:y|ies)|casualt(?:y|ies)|injuries|dead|victims|patients|hospitali[sz]ations|recoveries|"
    r"arrests|incidents|outbreaks|rate)\b"
)
# The verbs whose count of cases is what they say: "reported 45 new cases", "confirmed five new deaths".
_COUNT_LEMMAS = frozenset({"report", "confirm"})
# People or a count let in after "admitted" ("admitted 20 patients", "admitted its first women students").
_ADMITTED_ENTRANTS = re.compile(
    r"\d|(?:[\w’'\-]{1,25}\s){0,3}?(?:patients|students|pupils|members|people|women|men|girls|boys|children|refugees|"
    r"migrants|immigrants|applicants|visitors|entrants|recruits|newcomers)\b"
)
_WRITTEN_DOCUMENT = re.compile(
    r"(?:an?|the|his|her|its|their|this|that)\s(?:[\w\-]+\s){0,2}(?:letter|statement|post|op-ed|column|note|message|tweet|"
    r"article|book|report|memo|essay|blog|petition|editorial)s?\b"
)
_CALLED_RACE = re.compile(r"(?:the\s)?(?:[\w\-]+\s){0,2}(?:race|election|contest|vote|primary|seat|state|caucus(?:es)?)\sfor\s")
# Where a clause of its own starts after a noun phrase reported: "talks, while ...", "talks, and Lee ..."
_CONTRAST = re.compile(
    r"(?:,\s(?:while|whereas|but|although|though)|\s(?:while|whereas)(?!\s[a-z]{2,20}ing\b))\s"
    r"|,\s(?:and|but)\s(?=[A-Z]|(?:he|she|they|it|we)\s)"
)


# An object of "say" that reports no words, before the end or an adjunct.
_EMPTY_OBJECT = re.compile(
    r"(?:nothing|goodbye|good-bye|hello|farewell|thanks|so|as\smuch|little)"
    r"(?=\s*$|\s(?:to|in|on|at|about|for|during|after|before|when|while|because|and|but|publicly|again|yesterday|today)\b)"
)


def _introduces_content(body: str, start: int, that: int) -> bool:
    """A "that" opens the reported content when it follows the verb directly or after an adjunct ("said
    during the debate that ..."); one further into the words that follow the verb is part of the content
    ("said he worked with firms that ...", "says the dam was planned with that in mind")."""
    return (
        not body[start:that].strip()
        or bool(_ADJUNCT_START.match(body, start, that + 5))
        or _NOUN_COMPLEMENT.fullmatch(body, start, that + 4) is not None
        and _CLAUSE_SUBJECT.match(body, that + 5) is not None
    )


# "added the caveat that", "raised the possibility that": a short noun phrase whose "that" opens a clause.
_NOUN_COMPLEMENT = re.compile(r"\s{1,3}(?:the|a|an|its|his|her|their)\s(?:[\w\-]{1,25}\s){0,3}that")
# The first word of a clause after "that": a determiner, a pronoun, a name or a number, not a verb ("that would").
_CLAUSE_SUBJECT = re.compile(
    r"(?:(?:only|all|both|no|most|many|some)\s)?(?:(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we|i|there)\b"
    r"|[A-Z0-9$])"
)


# Verbs that also take a plain noun object; what follows them without "that" is reported speech only when it
# is a clause: a subject pronoun or "there" first, an auxiliary or copula within its first words, or a "to"
# infinitive ("urged Ottawa to act").
_NOUN_OBJECT_VERBS = frozenset(
    """add confirm deny vow promise pledge urge report suggest threaten maintain estimate propose reveal
    disclose acknowledge predict echo repeat recount demand post declare boast emphasize respond reply
    emphasise write tweet signal specify stipulate forecast relay highlight imply swear
    posit explain observe instruct rule find hold express voice""".split()
)
# ("admit", "mention", "affirm", "reaffirm" and "reassert" are not among them: what one admits, mentions or
# reasserts is what one says, whatever its form: "admitted his guilt", "mentioned a possible appeal", "reasserted
# the openness of the project"; the objects of the verbs above may be acts or things: "confirmed the appointment",
# "denied funding", "promised money", "declared an emergency".)
# What one expresses or voices is reported when it is a stance ("expressed opposition to the bill", "voiced
# support for the inquiry", "expressed its support", "expressed a desire to work with her"), not a feeling or a
# thing ("expressed concern", "expressed their anger", "expressed himself", "voiced the character").
_STANCE_OBJECT_LEMMAS = frozenset({"express", "voice"})
_STANCE_OBJECT = re.compile(
    r"(?:(?:its|his|her|their|our|my|a|an|the|this)\s)?(?:(?:strong|full|firm|public|continued|unwavering|clear|broad|"
    r"cautious|tentative|personal|keen|similar|renewed)\s){0,2}(?:support|opposition|desire|intent|intention|preference|wish|interest)\b"
)
# A clause reported after "expressed" with no "that" opens with a subject pronoun ("has expressed she is unwilling").
_SUBJECT_PRONOUNS = "he|she|they|it|we|i"
_PRONOUN_CLAUSE = re.compile(rf"(?:{_SUBJECT_PRONOUNS})\s")
# What may follow an expressing verb that reports: a stance, a pronoun's clause or "that" (the cue's first test).
_STANCE_OR_CLAUSE = re.compile(r"\s(?:" + _STANCE_OBJECT.pattern + rf"|(?:{_SUBJECT_PRONOUNS}|that)\s)")
# Verbs of demanding whose clause may take a bare (subjunctive) verb with no "that": "suggested supporters fill out
# the form", "proposed the city sell the pier". The clause is a short subject (an article and a noun, a plural
# noun, a name or a pronoun) and a verb with no ending, then the verb's object or particle, not a preposition
# ("proposed a change in the law" is an object).
_MANDATIVE_VERBS = frozenset("suggest propose demand urge order recommend".split())
_SUBJUNCTIVE = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|all|every|each)\s(?:[a-z][\w\-]{1,25}\s){0,2}[a-z][\w\-]{1,25}"
    r"|[a-z][\w\-]{1,25}s|(?:[A-Z][\w’'\-]{1,25})(?:\s[A-Z][\w’'\-]{1,25}){0,2}|them|him|her|us)"
    r"\s(?!(?:is|was|has|does|be|been|being|of|in|on|at|for|with|from|to|by|as|and|or|but|than|who|which|that|"
    r"this|these|those|the|an?|all|both|each|some|many|more|most|new|other|such|also|only|not)\s)"
    r"[a-z]{2,20}(?<!s)(?<!ly)(?<!ed)(?<!ing)"
    r"\s(?:the|an?|his|her|its|their|this|these|those|all|any|out|up|down|off|back|away|indoors|home|\d)\b"
)
# A bare verb that tells a subjunctive clause whatever follows it: "be" with a participle ("ordered the flags be
# lowered") or a verb of what people are told to do ("recommended residents avoid the river", "ordered the accused
# remain in custody"), after the same short subject (which may open with a name's possessive: "the city's flags").
_DIRECTED_VERBS = (
    "remain|stay|avoid|refrain|comply|cease|halt|vacate|evacuate|resign|undergo|wear|surrender|apologi[sz]e|"
    "testify|appear|attend|submit|wash|boil|seek"
)
_SUBJUNCTIVE_DIRECTED = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|all|every|each)\s(?:[A-Za-z][\w\-]{1,25}['’]s\s)?(?:[a-z][\w\-]{1,25}\s){0,2}[a-z][\w\-]{1,25}"
    r"|[a-z][\w\-]{1,25}s|(?:[A-Z][\w’'\-]{1,25})(?:\s[A-Z][\w’'\-]{1,25}){0,2}|them|him|her|us)"
    rf"\s(?:be\s(?:[a-z]{{2,20}}(?:ed|en|wn|ne)|held|kept|put|set|shut|cut|made|paid|sent|built|brought|taken|given)|(?:{_DIRECTED_VERBS}))\b"
)
# The verbs that report only such a clause (or one after "that"): "ordered the staff to delay it" and "recommended
# a fee" tell what they do, no words; with its clause the phrase cue finds each form ("ordered", "recommends"). The
# noun "requests" is as common as the verb, which reports only such a clause; "requested" also reports the thing
# asked for, as "asked for" does ("requested support from other brigades").
_MANDATIVE_ONLY = {
    "ordered": "order", "orders": "order", "recommended": "recommend", "recommends": "recommend", "requested": "request", "requests": "request"
}
_MANDATIVE_ONLY_CUE = re.compile(
    r"(?:ordered|orders|recommended|recommends)(?!\s(?:[^\s.,;:!?]{1,30}\s){1,4}to\s)(?=\s(?:that\s|" + _SUBJUNCTIVE_DIRECTED.pattern + r"|" + _SUBJUNCTIVE.pattern + r"))"
)
_PHRASE_CUES += (("rder", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "ordered|orders"))),
                 ("ecommend", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "recommended|recommends"))),
                 # "The union requests the ministry be given more time" (but not "requests for comment")
                 ("equest", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "requests"))),
                 ("equested", re.compile(r"requested(?=\s)")))


def _subjunctive(body: str, start: int, end: int) -> bool:
    """A subjunctive clause opens at ``start``: a short subject and a bare verb ("the city sell the pier", "the
    flags be lowered", "residents avoid the river")."""
    return _SUBJUNCTIVE.match(body, start, end) is not None or _SUBJUNCTIVE_DIRECTED.match(body, start, end) is not None


_CLAUSE = caseless.compile(
    r"(?:(?:he|she|it|they|we|i|you|there)\b"
    # a gerund clause ("users report being priced out", "denied having met him")
    r"|(?:being|having|feeling|experiencing|seeing|hearing)\s"
    # the auxiliary of the object's own clause, not of an adverbial one ("declared an emergency so she could ...")
    # (the clause's own words may open with quotation marks: 'added authorities “are still waiting ...”'; its subject
    # may list two things: "reported two bridges in Eastport and the town hall in Westham were damaged")
    r"|(?:(?!(?:so|because|as|if|when|while|until|after|before|since|that|which|who)\s)[^\s.,;:!?]{1,30}\s){0,12}?[“\"‘]?"
    rf"(?-i:{_AUXILIARY}|be|won['’]t|isn['’]t|wasn['’]t|didn['’]t|doesn['’]t)(?![\w’'])"
    # a determined singular subject and a verb in the present tense ("stipulates the deputy succeeds to the post",
    # "reports only 5% of sales comes from it")
    r"|(?-i:(?:the|a|an|this|its|his|her|their|only|about|nearly|over|just)\s(?:(?!(?:that|which|who)\s)[^\s,;:!?]{1,30}\s){0,4}?"
    r"(?!(?:that|which|who)\s)[\w\-.]{0,29}[a-rt-z%](?<!ing)(?<!ed)\s[a-z]{2,20}[^su\W]s\s(?:the|an?|to|from|in|on|at|with|for|by|its|his|her|their|\d))"
    # a name (maybe after one word of its description) and a verb in the present tense ("predicts Ann Lee wins the
    # seat", "predicted former Governor Tom Reyes defeats Ann Lee")
    r"|(?-i:(?:[a-z]{2,20}\s)?(?:[A-Z][\w’'.\-]{0,30}\s){0,3}[A-Z][\w’'\-]{0,29}[a-z](?<![’']s)\s[a-z]{2,20}[^su\W]s\s"
    r"(?:the|an?|its|his|her|their|this|these|those|\d|[A-Z]))"  # (not a preposition: "promised Lakeland funds for ...")
    # a short subject, an aside between commas, then an auxiliary or a verb in the past tense ("suggested the
    # algae, like the heat, might weaken it", "reported Ann Lee, the harbour master, resigned")
    r"|(?:[^\s.,;:!?]{1,30}\s){0,3}[^\s.,;:!?]{1,30},\s[^,;:.!?“”\"]{1,60},\s"
    rf"(?-i:{_AUXILIARY}|[a-z]{{2,20}}ed)\s"
    # a name with a verb in the past tense ("reported Lakeland issued warrants"), not a participle's phrase ("a
    # deal signed in May"); a noun phrase with one before an article ("estimated 200 people attended the rally")
    r"|(?-i:[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})\s(?-i:[a-z]{2,20}ed)(?!\s(?:by|in|on|at|for|with|from|to|as|of)\b)\s"
    # (a longer subject, with no relative clause: "reported astronomers from the Harbour Observatory (HO) and elsewhere
    # discovered a comet", or an irregular verb: "reported 908 of the attendees brought a costume")
    r"|(?:(?!(?:that|which|who|whom|so|because|as|if|when|while|until|after|before|since|and|but)\s)[^\s.,;:!?—–]{1,30}\s){1,8}?(?-i:[a-z]{2,20}ed|brought|took|made|gave|found|won|lost|"
    r"met|saw|held|kept|paid|sold|spent|sent|built|fought|caught|struck|broke|chose|drove|knew|wrote|became)"
    r"\s(?:the|an?|his|her|its|their|this|these|those|\d+|at\sleast|more\sthan|no)\b"
    # a noun phrase whose verb in the past tense ends the sentence ("confirmed two pilgrims also died")
    r"|(?:(?!(?:that|which|who|whom|he|she|they|we|i|you|it)\s)[^\s.,;:!?]{1,30}\s){1,6}?(?:also\s|had\s|have\s|has\s)?"
    r"(?-i:[a-z]{2,20}ed)(?=\s{0,3}(?:[.!?]|$))"
    # or a verb that takes no object, so never modifies a noun ("reported the first quake occurred at 7:37")
    r"|(?:(?!(?:that|which|who|whom)\s)[^\s.,;:!?]{1,30}\s){1,6}?(?:also\s|had\s|have\s|has\s)?"
    r"(?-i:occurred|happened|died|arrived|collapsed|exploded|erupted|rose|fell|declined|fled|escaped|crashed|sank|"
    r"remained|existed|emerged|disappeared|survived|resigned|retired|failed|began)\b"
    # the infinitive follows a short object ("urged all levels of government to act"), not a relative clause in
    # a longer one ("revealed a fund that seems to need ...")
    r"|(?:(?!(?:that|which|who)\s)[^\s.,;:!?]{1,30}\s){0,5}?to(?=\s(?!(?:the|an?|his|her|its|their|this|these|those)\b)(?-i:[a-z])))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _stops(body: str, sentence: Span) -> list[int]:
    """Where reported contents of a sentence may stop, found in one scan of the sentence."""
    # (after closing quoted words the stop is after the mark: ",” noting" keeps the mark with the quote)
    text = body[sentence[0] : sentence[1]]
    scan = _CONTENT_STOP if any(word in text for word in _SPACED_STOP_WORDS) else _CONTENT_STOP_UNSPACED
    found = scan.finditer(body, sentence[0], sentence[1])
    return [match.end("mark") if match.group("mark") else match.end("closing") if match.group("closing") else match.start() for match in found]


def _next_stop(body: str, sentence: Span, start: int) -> int:
    stops = _stops(body, sentence)
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) else sentence[1]


def _quote_between(opens: list[int], start: int, end: int) -> bool:
    return bisect_right(opens, end) > bisect_right(opens, start)


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
_CONTENT_TRIM = " \t\n,;:–—-.!?"


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
_NAME_IN_APPOSITION = re.compile(rf"[\s,]{{0,3}}{_NAME},\s")
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


def _nonempty(span: Span | None) -> Span | None:
    """A content span worth reporting: at least two words."""
    if span is None or span[1] - span[0] < 6:
        return None
    return span
