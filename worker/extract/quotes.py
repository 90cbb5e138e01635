"""Direct quotations: spans between matching quotation marks, in every common style.

Marks are paired by shape and by flanking (whether a mark leans on the word after it, opening, or on the word
before it, closing), which also copes with straight marks and sloppy curly ones. Double marks are paired first;
single marks count as quotation marks only outside double quotes (inside they are nested quotes, kept as part
of the outer quote; a double quote inside a single-quoted one is nested in it, British style) and never between
letters (apostrophes). A quote that runs over several paragraphs, each reopening it and only the last closing it, is
one span; so is a statement whose next paragraphs run on without reopening marks up to a closing mark a few
paragraphs on. Any other opener left unclosed at a paragraph end closes there.
Everything is one pass over the mark positions, so time is linear in the body length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from worker.extract.text import offsets_of

_DOUBLE_OPENERS = "“„«‟〝"
_DOUBLE_CLOSERS = "”»〞〟"
_SINGLE_OPENERS = "‘‚‹"
_SINGLE_CLOSERS = "’›"
_DOUBLE_CLASS = "[\"“”„«»‟〝〞〟]"
_SINGLE_CLASS = "['‘’‚‹›]"
_DOUBLE_MARKS = frozenset(_DOUBLE_CLASS[1:-1])
_SINGLE_MARKS = frozenset(_SINGLE_CLASS[1:-1])
_MARKS = _DOUBLE_CLASS[1:-1] + _SINGLE_CLASS[1:-1]
_CLOSING_PUNCT = ".,;:!?)]}…—–-"
_OPENING_PUNCT = "([{—–-/"
# Single-quoted passages are short; bounding them keeps sloppy apostrophes from pairing across a page.
_SINGLE_QUOTE_MAX = 1500
# A quote running on over paragraphs without reopening marks is closed by the next closing mark only this near.
_RUN_ON_MAX_CHARS = 3000
_RUN_ON_MAX_LINE_BREAKS = 12


@dataclass(frozen=True)
class QuoteSpan:
    """The text inside a pair of quotation marks; ``closed`` is false when the closing mark was missing."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    closed: bool = True


def _leans_right(body: str, at: int) -> bool:
    """The mark opens: something other than punctuation follows it (a mark before a comma closes, even after a
    space: "« Nous partons », dit-il") and whitespace or an opening bracket precedes it."""
    after = body[at + 1] if at + 1 < len(body) else " "
    before = body[at - 1] if at > 0 else " "
    return not after.isspace() and after not in ".,;:!?" and (before.isspace() or before in _OPENING_PUNCT)


def _leans_left(body: str, at: int) -> bool:
    """The mark closes: something precedes it and whitespace or punctuation follows it."""
    after = body[at + 1] if at + 1 < len(body) else " "
    before = body[at - 1] if at > 0 else " "
    return not before.isspace() and (after.isspace() or after in _CLOSING_PUNCT or after in "\"”’'»")


def _opens(body: str, at: int, openers: str, closers: str) -> bool:
    mark = body[at]
    if mark in openers:
        return _leans_right(body, at) or not _leans_left(body, at)
    if mark in closers:
        return _leans_right(body, at) and not _leans_left(body, at)
    return _leans_right(body, at) or not _leans_left(body, at)


def _closes(body: str, at: int, openers: str) -> bool:
    if body[at] in openers:
        # „German“ and sloppy “text“ close with an opener-shaped mark that leans left.
        return _leans_left(body, at) and not _leans_right(body, at)
    return _leans_left(body, at) or not _leans_right(body, at)


def _paragraph_continues(body: str, newline: int) -> int | None:
    """Where the reopening mark of the next paragraph is, if the next paragraph reopens a quote."""
    at = newline
    limit = min(len(body), newline + 20)
    while at < limit and body[at].isspace():
        at += 1
    if at < len(body) and body[at] in _DOUBLE_OPENERS + '"' and _leans_right(body, at):
        return at
    return None


def _lone_marks(body: str) -> tuple[list[int], list[int]]:
    """Where the lone double and single quotation marks stand, in order: the marks outside runs of three or more of
    their kind, which are decoration or noise, never a quotation. The marks are found by string search, each kind of
    mark in turn: it skips ahead to each faster than a regex scan tests every character of the body against the
    class of all sixteen (0.40 -> 0.11 M instructions an article)."""
    found = offsets_of(body, _MARKS)
    doubles: list[int] = []
    singles: list[int] = []
    after = 0  # where the last run of three or more ends
    for at in found:
        if at < after:
            continue
        kind = _DOUBLE_MARKS if body[at] in _DOUBLE_MARKS else _SINGLE_MARKS
        end = at + 1
        while end < len(body) and body[end] in kind:
            end += 1
        if end - at >= 3:
            after = end
        else:
            (doubles if kind is _DOUBLE_MARKS else singles).append(at)
    return doubles, singles


def _double_quotes(body: str, marks: list[int]) -> list[QuoteSpan]:
    """Spans inside double quotation marks of any style (at ``marks``, the lone double marks of ``_lone_marks``),
    each opening mark paired with the next closing one. A quote open at a paragraph's end goes on where the next
    paragraph reopens it (the convention for a quotation over several paragraphs) or runs on to a near closing mark;
    else it ends, unclosed, with its paragraph."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    segment_start = 0  # where the current paragraph of an open quote begins
    for at in marks:
        if open_at is not None:
            newline = body.find("\n", segment_start, at)
            if newline != -1:
                if _paragraph_continues(body, newline) == at:
                    segment_start = at + 1
                    continue
                if _closes_run_on_quote(body, open_at, at):
                    spans.append(QuoteSpan(open_at + 1, at, open_at, at))
                    open_at = None
                    continue
                spans.append(_unclosed(body, open_at, newline))
                open_at = None
        if open_at is None:
            if _opens(body, at, _DOUBLE_OPENERS, _DOUBLE_CLOSERS):
                open_at = segment_start = at
        elif _closes(body, at, _DOUBLE_OPENERS):
            if at > open_at + 1:
                spans.append(QuoteSpan(open_at + 1, at, open_at, at))
            open_at = None
        elif _opens(body, at, _DOUBLE_OPENERS, _DOUBLE_CLOSERS):
            # An opener while a quote is open: the earlier mark was never closed; drop it.
            open_at = segment_start = at
    if open_at is not None:
        newline = body.find("\n", segment_start)
        spans.append(_unclosed(body, open_at, len(body) if newline == -1 else newline))
    return [span for span in spans if span.end > span.start]


def _closes_run_on_quote(body: str, open_at: int, at: int) -> bool:
    """The first mark after an unclosed quote's paragraph end is a near closing mark: the quote ran on to it."""
    return (
        body[at] not in _DOUBLE_OPENERS
        and _leans_left(body, at)
        and not _leans_right(body, at)
        and at - open_at <= _RUN_ON_MAX_CHARS
        and body.count("\n", open_at, at) <= _RUN_ON_MAX_LINE_BREAKS
    )


def _unclosed(body: str, open_at: int, newline: int) -> QuoteSpan:
    """A quote never closed: it ends where its paragraph does (``newline``), less the space before."""
    end = newline
    while end > open_at + 1 and body[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at + 1, end, open_at, None, closed=False)


def _single_quotes(body: str, outside: list[QuoteSpan], marks: list[int]) -> list[QuoteSpan]:
    """Spans inside single quotation marks (at ``marks``, the lone single marks of ``_lone_marks``) that no double
    quote in ``outside`` holds. An apostrophe between letters ("Kim's") or of a plural possessive ("the players’
    union") is no mark, and a single quote closes within its paragraph and ``_SINGLE_QUOTE_MAX`` characters or not
    at all."""
    spans: list[QuoteSpan] = []
    covered = iter(outside)
    current = next(covered, None)
    open_at: int | None = None
    for at in marks:
        while current is not None and current.end < at and (current.close_mark or current.end) < at:
            current = next(covered, None)
        if current is not None and current.open_mark <= at <= (current.close_mark or current.end):
            continue  # nested in a double quote, or an apostrophe there: an open single quote may hold that quote
        before = body[at - 1] if at > 0 else " "
        after = body[at + 1] if at + 1 < len(body) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Kim's, rock'n'roll
        if open_at is not None and (at - open_at > _SINGLE_QUOTE_MAX or body.find("\n", open_at, at) != -1):
            open_at = None
        if open_at is None or (_leans_right(body, at) and not _leans_left(body, at)):
            if body[at] not in _SINGLE_CLOSERS and _leans_right(body, at) and after.isalpha():
                open_at = at
        elif _leans_left(body, at) and body[at] not in _SINGLE_OPENERS and not _possessive(body, at):
            spans.append(QuoteSpan(open_at + 1, at, open_at, at))
            open_at = None
    return spans


def _possessive(body: str, at: int) -> bool:
    """A plural possessive (the players’ union): s-apostrophe followed by a lower-case word."""
    return body[at - 1 : at] == "s" and body[at + 1 : at + 2] == " " and body[at + 2 : at + 3].islower()


_NAME_BEFORE = re.compile(r"[A-Z][\w’'.\-]{0,30}[ \t]$")
_NAME_AFTER = re.compile(r"[ \t][A-Z]")


def is_nickname(body: str, quote: QuoteSpan) -> bool:
    """One or two capitalised quoted words between the parts of a name ("singer Ann “Annie” Lee"): part of the
    name, nobody's speech."""
    words = body[quote.start : quote.end].split()
    if quote.close_mark is None or not 1 <= len(words) <= 2 or not all(word[:1].isupper() for word in words):
        return False
    before = _NAME_BEFORE.search(body, max(0, quote.open_mark - 32), quote.open_mark)
    return before is not None and _NAME_AFTER.match(body, quote.close_mark + 1) is not None


def find_direct_quotes(body: str) -> list[QuoteSpan]:
    """Spans of text inside quotation marks (the marks themselves excluded), in body order."""
    double_marks, single_marks = _lone_marks(body)
    doubles = _double_quotes(body, double_marks)
    singles = _single_quotes(body, doubles, single_marks)
    if singles:
        opens = [single.open_mark for single in singles]
        doubles = [span for span in doubles if not _nested_in(span, singles, opens)]
    return sorted((_without_inner_spaces(body, span) for span in doubles + singles), key=lambda span: span.start)


def _nested_in(quote: QuoteSpan, singles: list[QuoteSpan], opens: list[int]) -> bool:
    """A double quote inside a single-quoted one (British style: 'They told me, "Stay there," and I did'): part of
    the outer quote, not a quotation of its own. ``singles`` are in body order and never overlap; ``opens`` are
    their opening marks."""
    index = bisect_left(opens, quote.open_mark) - 1
    return index >= 0 and quote.close_mark is not None and quote.close_mark < (singles[index].close_mark or 0)


def _without_inner_spaces(body: str, span: QuoteSpan) -> QuoteSpan:
    """The span without the spaces that French typography sets inside guillemets ("« Nous partons »") and sloppy
    text inside other marks."""
    start, end = span.start, span.end
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return span if (start, end) == (span.start, span.end) else QuoteSpan(start, end, span.open_mark, span.close_mark, span.closed)


def with_english_marks(body: str, quotes: list[QuoteSpan]) -> str:
    """The body with each double-marked quotation's marks written “ and ”, at the same offsets: the cue and speaker
    rules read English marks, so a « guillemet » or „German“ quotation is analysed like a “curly” one. The body
    itself when every quotation has English marks already."""
    foreign = [quote for quote in quotes if body[quote.open_mark] in _FOREIGN_DOUBLE_MARKS]
    if not foreign:
        return body
    chars = list(body)
    for quote in foreign:
        chars[quote.open_mark] = "“"
        if quote.close_mark is not None:
            chars[quote.close_mark] = "”"
    return "".join(chars)


_FOREIGN_DOUBLE_MARKS = frozenset("„«»‟〝〞〟")
