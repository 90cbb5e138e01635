"""Shared machinery that keeps the rules fast: cheap pre-checks that a text may hold a pattern's words
(``_may_contain``, minding the few non-ASCII letters whose case twins are ASCII), alternations entered by their
first letter (``_alternatives``), one tokenisation of a clause that every matcher shares (``_tokenised``,
``_token_starts``), the matchers that try a pattern only where a token may open it (``_WordStarts``,
``_next_word_openings``, ``_word_openings``), and two span helpers: ``_strip`` (a span without the punctuation at its
edges) and ``_sentence_around`` (the sentence an offset is in).

No rule lives here: the stance, quote and statement rules all use it, so it sits below them all and imports none
of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add, itemgetter
from typing import NamedTuple

from worker.extract import caseless
from worker.extract.memo import WordMemo
from worker.extract.taxonomy import by_first_letter, literal_starts, opening_starts, opens_with_words, split_pieces
from worker.extract.text import Span

# The only non-ASCII characters a case-insensitive pattern of ASCII letters matches ("\u017f" is a long s).
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_contain(text: str, words: Sequence[str]) -> bool:
    """False only where a case-insensitive search for one of ``words`` (lower-case ASCII) in ``text`` fails: a
    substring test on the lower case, a few microseconds less per clause than the search of a pattern that
    needs one of them, and exact unless the text has a non-ASCII letter that such a search takes for an
    ASCII one (then True, and the pattern decides)."""
    if _has_case_twin(text):
        return True
    lowered = text.lower()
    for word in words:
        if word in lowered:
            return True
    return False


def _holds_any(lowered: str, words: Sequence[str]) -> bool:
    """``_may_contain``'s test where the text's lower case is made already and it holds no case twin."""
    return any(map(lowered.__contains__, words))


def _may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """False only where a case-insensitive pattern that ends with one of ``words`` (lower-case ASCII) and
    ``\\s*$`` cannot match in ``text``: the same test as ``_may_contain``, on the end of the text less its
    whitespace."""
    if _has_case_twin(text):
        return True
    return text.rstrip().lower().endswith(words)


def _has_case_twin(text: str) -> bool:
    """Whether ``text`` holds one of ``_ASCII_CASE_TWINS`` (an ASCII text holds none; a loop, since a generator made
    per call cost more than its tests)."""
    if text.isascii():
        return False
    for twin in _ASCII_CASE_TWINS:
        if twin in text:
            return True
    return False


def _alternatives(triggers: Sequence[str], *, one_branch_per_letter: bool = False) -> str:
    """The triggers as one alternation, the longest tried first, entered only where the text's letter can start them."""
    return by_first_letter(sorted(triggers, key=len, reverse=True), one_branch_per_letter=one_branch_per_letter)


_TOKEN = re.compile(r"\w+(?:['’]t\b)?")
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")  # a text's gaps and tokens in turn
# The same split for an ASCII text (most clauses), where the ASCII "\w" and "\b" are the Unicode ones: the engine
# tests a character against a table instead of calling the Unicode database's look-ups for it.
_TOKEN_SPLIT_ASCII = re.compile(_TOKEN_SPLIT.pattern, re.ASCII)


class _Tokens(NamedTuple):
    """A window of a text split into its tokens (``_TOKEN``), with what their offsets are summed from."""

    parts: list[str]  # the window's word pieces (``pieces``), or its gaps and tokens in turn
    pieces: bool  # parts are ``split_pieces`` of the window: tokens are the pieces that are not empty
    tokens: list[str]
    words: frozenset[str]  # the set of the tokens


@lru_cache(maxsize=8)
def _tokenised(text: str, start: int, end: int) -> _Tokens:
    """``text[start:end]`` split into its tokens: remembered for the few texts in hand, since the matchers of a
    clause (trigger, effect, evaluative words) each need them. An ASCII window without an apostrophe (most
    clauses) is split at its non-word characters by a byte table and a plain split in C (``split_pieces``), where
    each token is a piece that is not empty; any other is split by ``_TOKEN_SPLIT`` into its gaps and tokens in turn
    (a regex split makes a string of every gap and costs about five times as much)."""
    window = text[start:end]
    if window.isascii() and "'" not in window:
        pieces = split_pieces(window)
        tokens = list(filter(None, pieces))
        return _Tokens(pieces, True, tokens, frozenset(tokens))
    parts = (_TOKEN_SPLIT_ASCII if window.isascii() else _TOKEN_SPLIT).split(window)
    tokens = parts[1::2]
    return _Tokens(parts, False, tokens, frozenset(tokens))


@lru_cache(maxsize=8)
def _token_starts(text: str, start: int, end: int) -> list[int]:
    """Where each token of ``_tokenised(text, start, end)`` starts in ``text``, summed from the lengths of the parts
    before it (and, between pieces, one separator each): remembered like them, since each matcher that finds an
    opener in the clause needs them."""
    parts, pieces, _, _ = _tokenised(text, start, end)
    if pieces:
        return list(compress(map(add, accumulate(map(len, parts), initial=start), count()), parts))
    return list(accumulate(map(len, parts), initial=start))[1::2]


class _WordStarts:
    """A case-insensitive pattern of many phrases, each starting at a word boundary on a word character, tried
    only on the words (``_TOKEN``, with a joined "n't") that can open one of ``phrases`` (phrase words are
    separated by single spaces). A scan that tries a long alternation at every word boundary costs about a
    microsecond a word; the words of a clause are checked against the remembered openers as one set, and the
    offsets of the openers found are summed from the lengths of what precedes them, without a Python step per
    word. ``next_words`` (see ``_next_word_openings``) maps an opener, in lower case, to the openings one of which
    the word after it must start with: the pattern is not tried where it cannot match ("the" without "right" or
    "best" after it)."""

    def __init__(self, pattern: str, phrases: Sequence[str], next_words: dict[str, tuple[str, ...]] | None = None) -> None:
        self.pattern = caseless.compile(pattern, re.IGNORECASE)
        self.first_words = caseless.compile("|".join(phrase.split(" ")[0] for phrase in phrases), re.IGNORECASE)
        self._openers = WordMemo(lambda word: self.first_words.fullmatch(word) is not None)
        self.next_words = next_words or {}

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` finds."""
        end = len(text) if end is None else end
        _, _, tokens, words = _tokenised(text, start, end)
        openers = self._openers.which(words)
        if not openers:
            return  # most clauses: one scan and a few set operations, all in C
        token_starts = _token_starts(text, start, end)
        after = start
        for index in compress(range(len(tokens)), map(openers.__contains__, tokens)):
            if token_starts[index] >= after and self._may_open(tokens, index):
                found = self.pattern.match(text, token_starts[index], end)
                if found:
                    after = found.end()
                    yield found

    def _may_open(self, tokens: list[str], index: int) -> bool:
        """False only where the opener at ``index`` needs a next word that the next token does not start with (a
        token with a non-ASCII letter may match an ASCII one caselessly: it is tried)."""
        needed = self.next_words.get(tokens[index].lower())
        if needed is None:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        return following.lower().startswith(needed) or not following.isascii()

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def _next_word_openings(phrases: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The ``next_words`` of ``_WordStarts`` for a pattern that matches only where one of ``phrases`` (regular
    expressions, their words separated by a space or, in the pattern, by any whitespace) matches: for each first
    word of lower-case letters followed by a space, the literal openings of the words that follow it, where
    nothing else can match on that word. Every match on such a word is one of those phrases ("in favou?r of"),
    and the text's next token starts where the phrase's next word does, with one of its openings ("favo").
    A first word gets none when a phrase on it can go on otherwise (the next word may open with any letter, or
    the phrase is the word alone), or when another phrase can start on it ("in" is blocked by a phrase that
    opens with "i" or "in", not by "inside"); none at all when some phrase can start anywhere."""
    openings: dict[str, set[str] | None] = {}
    anywhere: list[set[str]] = []  # the openings of the phrases that start otherwise
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        try:
            starts = literal_starts(rest) if re.fullmatch("[a-z]+", first) and opens_with_words(phrase, first + " ") else None
        except re.error:
            starts = None  # ("in [a-z]+"): the rest is no pattern of its own
        if starts is None:
            anywhere.append({start.lower() for start in opening_starts(phrase)})
        elif "" in starts or openings.get(first, set()) is None:
            openings[first] = None
        else:
            openings.setdefault(first, set()).update(start.lower() for start in starts)  # type: ignore[union-attr]
    if any("" in starts for starts in anywhere):
        return {}
    return {
        first: tuple(sorted(following))
        for first, following in openings.items()
        if following is not None and not any(first.startswith(start) for starts in anywhere for start in starts)
    }


def _word_openings(phrases: Sequence[str]) -> frozenset[str] | None:
    """The literal openings (lower case) of one word of each phrase, its first after an article: every match of a
    phrase holds a word of the text that starts with one of them. None when a phrase's word has none, or when a
    phrase is an alternation of its own."""
    openings: set[str] = set()
    for phrase in phrases:
        words = [word for word in phrase.split(" ") if word not in ("a", "an", "the")]
        try:
            starts = literal_starts(words[0]) if words and "|" not in re.sub(r"\([^()]*\)", "", phrase) else {""}
        except re.error:
            return None
        if "" in starts:
            return None
        openings |= {start.lower() for start in starts}
    return frozenset(openings)


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    chars = " \t\n,;:–—-\"“”‘’"
    while start < end and body[start] in chars:
        start += 1
    while end > start and body[end - 1] in chars + ".":
        end -= 1
    return start, end


def _sentence_around(spans: Sequence[Span], offset: int) -> Span:
    """The sentence of ``spans`` that ``offset`` is in (the first one for an offset before them all)."""
    return spans[max(0, bisect_right(spans, offset, key=itemgetter(0)) - 1)]
