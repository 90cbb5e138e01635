"""Plain-text geometry: paragraphs, sentences and words as offsets into the body.

Every function returns ``(start, end)`` offsets (end exclusive) so later stages can slice the body without
copying it. All patterns bound their repetitions: the cost stays linear in the body length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from worker.extract.names import PERSON_TITLE_WORDS

Span = tuple[int, int]

# A line holding a non-space character; the possessive run of leading space keeps a blank line's cost linear.
_PARAGRAPH = re.compile(r"^[^\S\n]*+\S[^\n]*", re.MULTILINE)
# A sentence may end after . ! or ? (optionally closed by quotes or brackets) before whitespace and the next
# sentence's first word character (group 1, after an optional opening quote or bracket, maybe spaced: "( Photo").
_SENTENCE_END_TAIL = r"[\"”’'»)\]]{0,3}(?=\s{1,50}([\"“‘'«„(\[]?[ ]?\w))"
_SENTENCE_END = re.compile(r"[.!?][.!?]{0,2}" + _SENTENCE_END_TAIL)
_END_MARK = re.compile(r"[.!?]")
# The same ends in a paragraph without "!" or "?" (most): opening with the literal period, the scan skips ahead to each
# one, where it tested every character against the class of the three marks.
_SENTENCE_END_AT_PERIOD = re.compile(r"\.\.{0,2}" + _SENTENCE_END_TAIL)
# Words whose trailing period is an abbreviation, not a sentence end: the person titles of names.py ("Sgt.") and
# other common abbreviations.
_ABBREVIATIONS = frozenset(title.lower() for title in PERSON_TITLE_WORDS) | frozenset(
    """st jr sr cmdr adm maj hon pres inc co corp ltd bros no vs etc approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft""".split()
)
_WORD_BEFORE = re.compile(r"([\w.]{1,20})[.!?]{1,3}[\"”’'»)\]]{0,3}$")


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter, digit or other alphanumeric character, or the underscore."""
    return char.isalnum() or char == "_"


def offsets_of(body: str, needles: Iterable[str]) -> list[int]:
    """Every offset in ``body`` where one of ``needles`` (characters, or words none of which holds another) starts,
    in order. Found by string search, one needle after another: ``str.find`` skips ahead faster than a regex scan
    tests each character of the body (used for the quotation marks, the apostrophes and "He"/"She", of which bodies
    hold a few dozen)."""
    found = []
    for needle in needles:
        at = body.find(needle)
        while at >= 0:
            found.append(at)
            at = body.find(needle, at + 1)
    found.sort()
    return found


def paragraphs(body: str) -> list[Span]:
    """Non-empty lines: news bodies put one paragraph per line."""
    return [match.span() for match in _PARAGRAPH.finditer(body)]


# A wire service's dateline opening a paragraph: the place the story was filed from in capitals, perhaps its region or
# the date after commas, perhaps the agency in brackets, then a dash ("LAKESIDE, Norland (Harbour Wire) —", "NEW
# HARBOUR (Reuters) - ", "MIRAVAL, March 4 (AFP) –"), or the bracketed agency alone ("WESTFOLD, May 2 (Harbour Wire)
# Three ..."); a sentence's capital, digit or quotation mark follows it. It is no part of the first sentence, whose
# reported clause or subject would otherwise open with it.
# (a dateline's region or date after commas, and the agency in brackets, in both forms below)
_DATELINE_REGION = r"(?:,[ \t]{1,3}[A-Z][\w.'’\-]{0,20}(?:[ \t][\w.'’\-]{1,20}){0,2}){0,2}"
_DATELINE_AGENCY = r"\([A-Z][^()\n]{0,40}\)"
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’\-]{1,20}(?:[ \t][A-Z][A-Z.'’\-]{0,20}){0,3}"
    + _DATELINE_REGION
    + r"(?:[ \t]{1,3}" + _DATELINE_AGENCY + r"[ \t]{1,3}(?:(?:[—–]|--?)[ \t]{1,3})?|[ \t]{0,3}[—–][ \t]{0,3}|[ \t]{1,3}--?[ \t]{1,3})(?=[A-Z0-9“\"‘'])"
)
# The same with the place in small letters, as some networks write it: only before the agency in brackets and a dash
# that a sentence's capital follows ("Lakeside, Norland (CNN) — The ...", not "The Harbour Party (HP) — a group").
_WIRE_DATELINE_CAPITALISED = re.compile(
    r"[A-Z][\w.'’\-]{1,20}(?:[ \t][A-Z][\w.'’\-]{0,20}){0,3}"
    + _DATELINE_REGION
    + r"[ \t]{1,3}" + _DATELINE_AGENCY + r"[ \t]{0,3}(?:[—–]|--?)[ \t]{1,3}(?=[A-Z0-9“\"‘'])"
)


def wire_datelines(body: str, paragraph_spans: Sequence[Span]) -> list[Span]:
    """The wire datelines (``_WIRE_DATELINE``, ``_WIRE_DATELINE_CAPITALISED``) that open paragraphs: two capitals
    open the first, a capital and a bracket the second, literal tests that nearly every paragraph fails before a
    pattern is tried."""
    found = []
    for start, end in paragraph_spans:
        if end - start > 2 and body[start].isupper():
            if body[start + 1].isupper():
                dateline = _WIRE_DATELINE.match(body, start, end)
            elif body.find(") ", start, min(end, start + 120)) >= 0:
                dateline = _WIRE_DATELINE_CAPITALISED.match(body, start, end)
            else:
                continue
            if dateline is not None:
                found.append(dateline.span())
    return found


def after_datelines(paragraph_spans: Sequence[Span], datelines: Sequence[Span]) -> list[Span]:
    """``paragraph_spans`` with the ``datelines`` that open them cut off their starts."""
    if not datelines:
        return list(paragraph_spans)
    ends = {start: end for start, end in datelines}
    return [(ends.get(start, start), end) for start, end in paragraph_spans]


def within(spans: Sequence[Span]) -> Callable[[int], bool]:
    """A test of whether an offset falls inside one of ``spans`` (sorted, not overlapping)."""
    starts = [start for start, _ in spans]

    def test(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < spans[index][1]

    return test


# A photo credit closing a paragraph: "(Ann Lee/Harbour Press)", "(Omar Ruiz/AFP/Getty Images)". A bracket that
# opens with a space ("( Ann Lee / Ledger )") is no such credit: papers that print it run captions into the story.
_PHOTO_CREDIT = re.compile(r"\((?=[A-Z])[^()/\n]{1,40}(?:/[^()/\n]{1,40}){1,3}\)[^\S\n]*$")


def captions(body: str, paragraph_spans: Sequence[Span]) -> list[Span]:
    """The paragraphs that a photo credit closes: captions, which report no speech of the story."""
    return [span for span in paragraph_spans if _PHOTO_CREDIT.search(body, max(span[0], span[1] - 90), span[1])]


# A paragraph that is only a phrase in single quotation marks, without a sentence's end: a subheading that quotes
# the story ("'Too many boats, too little pier'"), not a quotation of its own.
_QUOTED_HEADING = re.compile(r"[^\S\n]*['‘][^\n'‘’]{3,120}?[^.!?,;:\s'‘’]['’][^\S\n]*")


def quoted_headings(body: str, paragraph_spans: Sequence[Span]) -> list[Span]:
    """The paragraphs that are a subheading quoting the story."""
    return [span for span in paragraph_spans if span[1] - span[0] <= 130 and _QUOTED_HEADING.fullmatch(body, span[0], span[1])]


# What a site inserts into a story's text: a link to another story ("READ MORE: ...", "WATCH BELOW: ...") or an
# advertisement's label. It reports no speech of the story, and separates no speaker from their words.
_SITE_LABEL = re.compile(
    r"(?:(?:READ\sMORE|WATCH(?:\sBELOW)?|RELATED|LISTEN|MORE|SEE\sALSO|ALSO\sREAD|CLICK\sHERE|READ)\s?:"
    r"|Story continues below advertisement\s*$)"
)
# How each of _SITE_LABEL's alternatives opens: a literal test that most texts fail before the pattern is tried.
_SITE_LABEL_OPENINGS = ("READ", "WATCH", "RELATED", "LISTEN", "MORE", "SEE", "ALSO", "CLICK", "Story")


def opens_with_site_label(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` opens with a label that a site inserts between a story's paragraphs."""
    return body.startswith(_SITE_LABEL_OPENINGS, start, end) and _SITE_LABEL.match(body, start, end) is not None


def _word_before(body: str, end: int) -> str | None:
    """Group 1 of ``_WORD_BEFORE.search(body, max(0, end - 24), end)``: the word before a sentence's end marks.
    The common end, one period after a word of word characters, is read directly; others go to the pattern."""
    start = max(0, end - 24)
    if end - start >= 3 and body[end - 1] == "." and body[end - 2] not in ".!?":
        # Most often a space opens the word, and every character after it is alphanumeric: then the loop below would
        # stop at that space (found here by one search instead of a Python step per character).
        space = body.rfind(" ", start, end - 1)
        if space >= start and end - 22 <= space and body[space + 1 : end - 1].isalnum():
            return body[space + 1 : end - 1]
        before = end - 2  # the word's last character
        while before >= start and end - 1 - before <= 21 and is_word_char(body[before]):
            before -= 1
        if before >= start and 2 <= end - 1 - before <= 21 and body[before] != "." and not is_word_char(body[before]):
            return body[before + 1 : end - 1]
    found = _WORD_BEFORE.search(body, start, end)
    return found.group(1) if found else None


def is_abbreviation(body: str, end: int) -> bool:
    """Whether the period before ``end`` closes an abbreviation or an initial ("Gov.", "U.S."), not a sentence."""
    word = _word_before(body, end)
    if word is None:
        return False
    if "." in word or len(word) == 1:
        # Initials and dotted forms ("J.", "U.S.") rarely end a sentence when a capital follows.
        return word[-1:].isalpha() and (len(word) <= 1 or word.replace(".", "").isupper())
    if word.lower() == "no":
        return body[end : end + 3].lstrip()[:1].isdigit()  # "No. 10", not "voted no." at a sentence's end
    return word.lower() in _ABBREVIATIONS


def sentences(body: str, protected: Sequence[Span] = (), paragraph_spans: Sequence[Span] | None = None) -> list[Span]:
    """Sentence spans within each paragraph; no sentence ends inside a ``protected`` span (a quotation)."""
    starts = [start for start, _ in protected]
    spans: list[Span] = []
    for para_start, para_end in paragraphs(body) if paragraph_spans is None else paragraph_spans:
        start = para_start
        first, ends = _first_end_mark(body, para_start, para_end)
        if first < 0:  # one sentence: the common short paragraph
            trimmed = not body[para_start].isspace() and not body[para_end - 1].isspace()
            spans.append((para_start, para_end) if trimmed else _trimmed(body, para_start, para_end))
            continue
        # (each end opens with an end mark: none before the first, so the scan starts there)
        for match in ends.finditer(body, first, para_end):
            following = match.group(1)[-1]
            if not (following.isupper() or following.isdigit()):
                continue
            end = match.end()
            if starts:
                inside = bisect_right(starts, end - 1) - 1
                if inside >= 0 and protected[inside][0] < end - 1 < protected[inside][1]:
                    if not _quote_ends_sentence(body, start, protected[inside], end):
                        continue
            if is_abbreviation(body, end):
                continue
            spans.append(_trimmed(body, start, end))
            start = match.start(1)
        if start < para_end:
            spans.append(_trimmed(body, start, para_end))
    return [span for span in spans if span[1] > span[0]]


def _first_end_mark(body: str, start: int, end: int) -> tuple[int, re.Pattern[str]]:
    """Where the first end mark of ``body[start:end]`` stands (-1 where it has none), and the pattern that finds its
    sentence ends (``_SENTENCE_END``'s matches) from there: ``_SENTENCE_END_AT_PERIOD`` without "!" and "?" in it."""
    if body.find("!", start, end) < 0 and body.find("?", start, end) < 0:
        return body.find(".", start, end), _SENTENCE_END_AT_PERIOD
    mark = _END_MARK.search(body, start, end)
    return (mark.start() if mark else -1), _SENTENCE_END


def _quote_ends_sentence(body: str, sentence_start: int, quote: Span, end: int) -> bool:
    """A quotation opened inside a sentence ('Lee said on Friday "We can do it."') ends that sentence when its
    closing mark follows its own end punctuation and a new sentence begins after it; a quotation that opens its
    sentence does not, since the cue naming its speaker may follow ('"We can do it." Lee said.')."""
    return end == quote[1] and bool(body[sentence_start : quote[0]].strip())


def _trimmed(body: str, start: int, end: int) -> Span:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def trim(body: str, span: Span, chars: str = " \t\n,;:–—-") -> Span:
    """``span`` without leading and trailing ``chars`` (separators that are not part of a clause)."""
    start, end = span
    while start < end and body[start] in chars:
        start += 1
    while end > start and body[end - 1] in chars:
        end -= 1
    return start, end
