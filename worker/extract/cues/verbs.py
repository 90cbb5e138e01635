"""The scan for speech verbs and cue phrases: one pass of the verb forms over the body (a letter tree of the
forms), the multi-word phrases behind literal guards ("according to", "made clear", "pointed out", a court's ruling,
the verbs of demanding that report only a subjunctive clause) and claim nouns before "is that".

Apart because it runs once over the whole body, before any sentence is looked at; its phrases of demanding are
defined by the clause they report, so it imports those from ``content``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from operator import itemgetter

from worker.extract.cues.content import _MANDATIVE_ONLY_CUE
from worker.extract.cues.model import Cue
from worker.extract.lexicon import speech_verb_forms
from worker.extract.text import Span

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
# With them, the verbs of demanding that report only a clause (content's _MANDATIVE_ONLY_CUE says which and why).
_PHRASE_CUES += (("rder", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "ordered|orders"))),
                 ("ecommend", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "recommended|recommends"))),
                 # "The union requests the ministry be given more time" (but not "requests for comment")
                 ("equest", re.compile(_MANDATIVE_ONLY_CUE.pattern.replace("ordered|orders|recommended|recommends", "requests"))),
                 ("equested", re.compile(r"requested(?=\s)")))
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

