"""The issue taxonomy that positions are about: data in TOML, loaded into an immutable, validated object.

The default lives in ``data/issues.toml`` (Comparative Agendas Project major topics with finer issues
below). A user file in the same format extends it (same id redefines an issue) or replaces it. Each issue
carries cues, phrases or regular expressions, and ``Taxonomy.detect`` names the issues a text is about.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, compress
from importlib import resources
from pathlib import Path
from re import _compiler as _regex_compiler  # the standard library's own compiler, to compare two patterns' code
from re import _parser as _regex_parser  # the standard library's own parser, to read a pattern's first words
from re._constants import ASSERT, ASSERT_NOT, AT, AT_BOUNDARY, BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN
from typing import Any

from worker.extract import caseless
from worker.extract.exceptions import TaxonomyError
from worker.extract.memo import WordMemo
from worker.extract.text import is_word_char
from worker.models import Issue

_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_ISSUE_KEYS = {"id", "label", "parent", "cues", "patterns"}
_WORD = re.compile(r"\w+")
# A byte table that turns every ASCII character but a word character into a space: a text's UTF-8 bytes so
# translated, decoded and split at single spaces give pieces, each one word (when ASCII) or words between
# non-ASCII characters ("government’s"), with the text's offsets kept (one character for one).
_ASCII_NON_WORD_TO_SPACE = bytes(code if code >= 0x80 or is_word_char(chr(code)) else 0x20 for code in range(256))


@dataclass(frozen=True)
class IssueDefinition:
    """One issue with the compiled expressions that find its cues and its patterns (None when it has none)."""

    issue: Issue
    cues: tuple[str, ...]
    patterns: tuple[str, ...]
    depth: int
    cue_matcher: re.Pattern[str] | None
    pattern_matcher: re.Pattern[str] | None


@dataclass(frozen=True)
class IssueMatch:
    """Where a text mentions an issue."""

    issue: Issue
    start: int
    end: int
    depth: int


@dataclass(frozen=True)
class _FirstWords:
    """Where in a text each issue's cues and patterns could start: an index of their first words.

    A cue match starts at a word boundary on a word that is the cue's first word (its leading run of word
    characters), or starts with it when that word is a prefix ("negotiat*"). So a cue expression needs to be
    tried only at the starts of such words; anything else would be a slow scan of the text per issue.
    Prefix words are filed under their first ``shortest`` characters. Cues that do not start with a word
    character are ``unindexed``: their issue scans the text. Likewise a pattern that opens with ``\\b`` and
    literal words (``\\b(talks|negotiations)``) is tried only where a word starts with one of them (its issue's
    ``openers``, tested by the regex engine); the issues of other patterns are ``scanned``.
    """

    exact: dict[str, tuple[int, ...]]
    prefixes: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    shortest: int
    unindexed: tuple[int, ...]
    openers: tuple[tuple[int, re.Pattern[str]], ...]
    scanned: frozenset[int]
    _starts_in: WordMemo[tuple[tuple[int, tuple[int, ...]], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts_in", WordMemo(self._piece_starts))

    @classmethod
    def of(cls, definitions: Iterable[IssueDefinition]) -> _FirstWords:
        exact: dict[str, set[int]] = {}
        prefixes: dict[str, set[int]] = {}
        unindexed: set[int] = set()
        for number, definition in enumerate(definitions):
            keys = [_first_word(cue) for cue in definition.cues]
            for key in keys:
                if key is None:
                    unindexed.add(number)
                else:
                    (prefixes if key[1] else exact).setdefault(key[0], set()).add(number)
        shortest = min((len(prefix) for prefix in prefixes), default=1)
        openers: list[tuple[int, re.Pattern[str]]] = []
        scanned: set[int] = set()
        for number, definition in enumerate(definitions):
            if definition.patterns:
                starts = [_pattern_openers(pattern) for pattern in definition.patterns]
                if any(opener is None for opener in starts):
                    scanned.add(number)
                else:
                    words = sorted(set().union(*starts), key=len, reverse=True)  # type: ignore[arg-type]
                    openers.append((number, caseless.compile("|".join(map(re.escape, words)), re.IGNORECASE)))
        buckets: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for prefix, numbers in prefixes.items():
            buckets.setdefault(prefix[:shortest], []).append((prefix, tuple(sorted(numbers))))
        return cls(
            exact={word: tuple(sorted(numbers)) for word, numbers in exact.items()},
            prefixes={bucket: tuple(entries) for bucket, entries in buckets.items()},
            shortest=shortest,
            unindexed=tuple(sorted(unindexed)),
            openers=tuple(openers),
            scanned=frozenset(scanned),
        )

    def _numbers(self, word: str) -> tuple[int, ...]:
        """The definitions with a cue or pattern that can start on ``word``."""
        folded = word.casefold()
        numbers = self.exact.get(folded, ())
        for prefix, more in self.prefixes.get(folded[: self.shortest], ()):
            if folded.startswith(prefix):
                numbers += more
        return numbers + tuple(number for number, opener in self.openers if opener.match(word))

    def _piece_starts(self, piece: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """The words of a piece of text (see ``starts``) that can start a cue or pattern: (offset, definitions)."""
        return tuple((word.start(), numbers) for word in _WORD.finditer(piece) if (numbers := self._numbers(word.group())))

    def starts(self, text: str) -> dict[int, list[int] | None]:
        """For each definition whose cues or patterns could match ``text``, the offsets to try them at (None:
        everywhere; the ``scanned`` patterns are not in it).

        The text is split into pieces of words by a byte table and a plain split (a regular expression that
        splits it into words costs twice as much); the pieces that hold a word that can start a cue or pattern
        are picked out and their offsets summed from the lengths of the pieces before them, all by built-in
        functions, without a Python step per word of the text."""
        found: dict[int, list[int] | None] = dict.fromkeys(self.unindexed)
        pieces = word_pieces(text)
        starts_in = self._starts_in.among(pieces)
        if starts_in:
            before = lengths_before(text)  # piece i starts after i spaces more
            for index in compress(range(len(pieces)), map(starts_in.__contains__, pieces)):
                for offset, numbers in starts_in[pieces[index]]:
                    for number in numbers:
                        offsets = found.setdefault(number, [])
                        if offsets is not None:
                            offsets.append(before[index] + index + offset)
        return found


def split_pieces(text: str) -> list[str]:
    """``text`` split at every ASCII character that is no word character (by a byte table and a plain split, in C):
    each piece is one word when ASCII, or the words between non-ASCII characters ("government’s"); pieces may be
    empty. Piece ``i`` starts at the summed lengths of the pieces before it plus ``i``. Every word boundary of the
    text that touches an ASCII non-word character is a piece's edge, so a pattern whose matches are runs of word
    characters between word boundaries finds the same matches in the pieces as in the text."""
    translated = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_TO_SPACE)
    return translated.decode("utf-8", "surrogatepass").split(" ")


@lru_cache(maxsize=8)
def word_pieces(text: str) -> list[str]:
    """``split_pieces(text)``, remembered for the last few texts, since an article's body is split for its topic's
    politics words, its topic's issue and its actors' names alike: the list is shared, not to be changed."""
    return split_pieces(text)


@lru_cache(maxsize=8)
def lengths_before(text: str) -> list[int]:
    """For each of ``word_pieces(text)``, the summed lengths of the pieces before it (piece ``i`` starts there plus
    ``i``), and their total last; remembered, and shared, like the pieces."""
    return list(accumulate(map(len, word_pieces(text)), initial=0))


def _first_word(cue: str) -> tuple[str, bool] | None:
    """The casefolded word a cue's match starts with and whether it is a prefix; None if not a word."""
    first = cue.split()[0]
    stem = first.rstrip("*")
    key = _WORD.match(stem)
    if key is None:
        return None
    return key.group().casefold(), first.endswith("*") and key.end() == len(stem)


def _pattern_openers(pattern: str) -> set[str] | None:
    """The runs of literal word characters one of which every match of ``pattern`` starts with, when the
    pattern opens with ``\\b`` and then literal words, through groups and alternatives ("\\b(talks|negotiations)",
    "\\bspend(ing)?"); None otherwise. A match then starts where a word of the text starts with one of them."""
    parsed = _regex_parser.parse(pattern)
    items = list(parsed)
    if not items or items[0] != (AT, AT_BOUNDARY) or parsed.state.flags & (re.ASCII | re.LOCALE):
        return None  # (an ASCII word boundary may fall inside a word of the text)
    starts = _literal_starts(items[1:])
    return None if "" in starts else starts


def literal_starts(pattern: str) -> set[str]:
    """The runs of literal word characters that ``pattern`` can start with; "" among them when it can start
    otherwise."""
    return _literal_starts(list(_regex_parser.parse(pattern)))


def opening_starts(pattern: str) -> set[str]:
    """``literal_starts`` of ``pattern`` read past a look-around or an optional group at its opening (see
    ``_opening_starts``): every match of it starts with one of them, or "" is among them."""
    return _opening_starts(list(_regex_parser.parse(pattern)))


def opens_with_words(pattern: str, words: str) -> bool:
    """Whether ``pattern`` opens with ``words`` as literal characters in a row (no quantifier on any, no alternation
    around them)."""
    items = list(_regex_parser.parse(pattern))[: len(words)]
    return len(items) == len(words) and all(op is LITERAL and code == ord(char) for (op, code), char in zip(items, words))


def _literal_starts(items: list[Any]) -> set[str]:
    """The runs of literal word characters that a parsed sequence of regular-expression items can start with;
    "" for an alternative that starts otherwise."""
    if not items:
        return {""}
    op, argument = items[0]
    if op is LITERAL and is_word_char(chr(argument)):
        return {chr(argument) + rest for rest in _literal_starts(items[1:])}
    if op is SUBPATTERN:
        return _literal_starts(list(argument[-1]))
    if op is BRANCH:
        return set().union(*(_literal_starts(list(alternative)) for alternative in argument[1]))
    if op is IN and all(kind is LITERAL and is_word_char(chr(code)) for kind, code in argument):
        return {chr(code) for _, code in argument}
    return {""}


def by_first_letter(alternatives: Sequence[str], *, one_branch_per_letter: bool = False) -> str:
    """An alternation that matches what ``"|".join(alternatives)`` matches, in any case mode, but enters only the
    alternatives that can start with the text's next letter. With ``one_branch_per_letter`` each letter's runs
    (``_letter_group``) are one branch under one look-ahead for the letter, so the engine tests a failing letter
    once instead of once per run (the same matches, in the same order of preference: the letters' groups are
    disjoint by their first character).

    The engine tries every alternative of a plain alternation in turn, and under IGNORECASE it cannot skip one
    by its first character; here the alternatives are grouped under a look-ahead for each letter they can
    start with (read from the standard library's parser), keeping their order within a group, so a failing
    position costs a look-ahead per letter instead of an entry into every alternative. An alternative that
    starts otherwise ("(?:co-?)?sponsor") is in every group and in a last one. Alternatives with capturing
    groups would be repeated, so they are joined as they are."""
    if not alternatives or re.compile("|".join(alternatives)).groups:
        return "|".join(alternatives)
    letters: list[set[str] | None] = []
    for alternative in alternatives:
        starts = _opening_starts(list(_regex_parser.parse(alternative)))
        letters.append(None if "" in starts else {start[0].lower() for start in starts})
    groups = [
        _letter_group(
            letter, [a for a, can in zip(alternatives, letters) if can is None or letter in can], one_branch_per_letter
        )
        for letter in sorted(set().union(*(can for can in letters if can is not None)))
    ]
    anywhere = [alternative for alternative, can in zip(alternatives, letters) if can is None]
    return "|".join(groups + ([f"(?:{'|'.join(anywhere)})"] if anywhere else []))


def _opening_starts(items: list[Any]) -> set[str]:
    """``_literal_starts`` of a parsed alternative, read past what takes no character or may take none at its
    opening: a look-behind or look-ahead ("(?<!got )back"), an optional group ("(?:co-?)?sponsor" opens with "co"
    or "sponsor")."""
    while items and items[0][0] in (ASSERT, ASSERT_NOT):
        items = items[1:]
    if items and items[0][0] is MAX_REPEAT and items[0][1][0] == 0:
        return _literal_starts(list(items[0][1][2])) | _opening_starts(items[1:])
    return _literal_starts(items)


def _letter_group(letter: str, alternatives: list[str], one_branch: bool = False) -> str:
    """The alternatives that can start with ``letter`` (in either case), in order, entered only there: runs of
    alternatives that open with the letter as written are joined after it, so the engine skips the run by its first
    character (the letter becomes a class under IGNORECASE) instead of running a look-ahead; the others stay under a
    look-ahead for the letter."""
    runs: list[tuple[str | None, list[str]]] = []
    for alternative in alternatives:
        opening = alternative[0] if _opens_with_letter(alternative) else None
        if runs and runs[-1][0] == opening:
            runs[-1][1].append(alternative[1:] if opening else alternative)
        else:
            runs.append((opening, [alternative[1:] if opening else alternative]))
    guard = f"(?=[{letter}{letter.upper()}])"
    if one_branch and len(runs) > 1:
        return guard + "(?:" + "|".join(f"{opening or ''}(?:{'|'.join(rests)})" for opening, rests in runs) + ")"
    return "|".join(f"{opening or guard}(?:{'|'.join(rests)})" for opening, rests in runs)


def _opens_with_letter(alternative: str) -> bool:
    """Whether ``alternative`` matches exactly what its first character followed by the rest in a group matches: it
    opens with a literal ASCII letter, and the two compile to the same code (a top-level "|", a quantifier on the
    letter or a letter the parser would read otherwise make them differ)."""
    if not (alternative[:1].isascii() and alternative[:1].isalpha()):
        return False
    try:
        return _code(alternative) == _code(f"{alternative[0]}(?:{alternative[1:]})")
    except re.error:
        return False


def _code(pattern: str) -> list[int]:
    """The engine's code for ``pattern`` as the standard library compiles it (flags 0, and under IGNORECASE)."""
    return [
        *_regex_compiler._code(_regex_parser.parse(pattern), 0),
        *_regex_compiler._code(_regex_parser.parse(pattern, re.IGNORECASE), re.IGNORECASE),
    ]


def _matches(matcher: re.Pattern[str], text: str, starts: list[int] | None) -> Iterable[re.Match[str]]:
    """What ``matcher.finditer(text)`` finds, trying only ``starts`` (ascending) unless they are None."""
    if starts is None:
        yield from matcher.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end:
            match = matcher.match(text, start)
            if match:
                end = match.end()
                yield match


@dataclass(frozen=True)
class Taxonomy:
    """An immutable set of issues, ordered as defined."""

    definitions: tuple[IssueDefinition, ...]
    _first_words: _FirstWords = field(init=False, repr=False, compare=False)
    _by_id: dict[str, Issue] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_first_words", _FirstWords.of(self.definitions))
        object.__setattr__(self, "_by_id", {d.issue.id: d.issue for d in self.definitions})

    @property
    def issues(self) -> tuple[Issue, ...]:
        return tuple(d.issue for d in self.definitions)

    def get(self, issue_id: str) -> Issue | None:
        return self._by_id.get(issue_id)

    def ancestors(self, issue_id: str) -> list[str]:
        """The ids of the broader issues above an issue, nearest first (a built taxonomy has no cycles)."""
        found = []
        issue = self._by_id.get(issue_id)
        while issue is not None and issue.parent is not None:
            found.append(issue.parent)
            issue = self._by_id.get(issue.parent)
        return found

    def detect(self, text: str) -> list[IssueMatch]:
        """Every issue the text mentions, best first: longest cue, then the more specific issue, then earliest."""
        return _ranked(list(self._mentions(text)))

    def best(self, text: str) -> Issue | None:
        """The issue the text is most clearly about, if any."""
        matches = self.detect(text)
        return matches[0].issue if matches else None

    def most_mentioned(self, text: str) -> Issue | None:
        """The issue the text mentions most often, if any (on a tie, the one ``best`` would rank first): what a whole
        article is about, which one long cue in a paragraph should not decide (a campaign report that names a stay-
        at-home order once and the election sixty times is about the election)."""
        mentions = list(self._mentions(text))
        most = max((len(found) for _, found in mentions), default=0)
        ranked = _ranked([(definition, found) for definition, found in mentions if len(found) == most])
        return ranked[0].issue if ranked else None

    def _mentions(self, text: str) -> Iterator[tuple[IssueDefinition, list[re.Match[str]]]]:
        """Each issue the text mentions, with every match of its cues and patterns.

        Cue expressions and patterns run only where the text has their first words (see ``_FirstWords``);
        patterns that do not open with literal words run everywhere.
        """
        starts = self._first_words.starts(text)
        scanned = self._first_words.scanned
        for number in sorted(starts.keys() | scanned):
            definition = self.definitions[number]
            found = []
            if definition.pattern_matcher is not None:
                found += _matches(definition.pattern_matcher, text, None if number in scanned else starts[number])
            if definition.cue_matcher is not None and number in starts:
                found += _matches(definition.cue_matcher, text, starts[number])
            found = [m for m in found if m.end() > m.start()]
            if found:
                yield definition, found


def _ranked(mentions: list[tuple[IssueDefinition, list[re.Match[str]]]]) -> list[IssueMatch]:
    """Issues by their longest match, best first: longest cue, then the more specific issue, then earliest."""
    matches = []
    for definition, found in mentions:
        best = max(found, key=lambda m: (m.end() - m.start(), -m.start()))
        matches.append(IssueMatch(definition.issue, best.start(), best.end(), definition.depth))
    return sorted(matches, key=lambda m: (-(m.end - m.start), -m.depth, m.start))


def cue_expression(cue: str) -> str:
    """A regular expression for a cue phrase: word-bounded, any whitespace, ' = ’, trailing * = word prefix."""
    words = []
    for word in cue.split():
        prefix = word.endswith("*")
        escaped = re.sub("['’]", "['’]", re.escape(word.rstrip("*")))
        words.append(escaped + (r"\w*" if prefix else ""))
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _check_issue(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: each [[issue]] must be a table")
    unknown = set(raw) - _ISSUE_KEYS
    if unknown:
        raise TaxonomyError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_ISSUE_KEYS)}")
    issue_id = raw.get("id")
    if not isinstance(issue_id, str) or not _ID.match(issue_id):
        raise TaxonomyError(f"{where}: id must be a lowercase slug like 'peace-talks', got {issue_id!r}")
    where = f"{where} ({issue_id})"
    if not isinstance(raw.get("label"), str) or not raw["label"].strip():
        raise TaxonomyError(f"{where}: label must be a non-empty string")
    if raw.get("parent") is not None and not isinstance(raw["parent"], str):
        raise TaxonomyError(f"{where}: parent must be an issue id")
    for key in ("cues", "patterns"):
        values = raw.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise TaxonomyError(f"{where}: {key} must be a list of non-empty strings")
    if not raw.get("cues") and not raw.get("patterns"):
        raise TaxonomyError(f"{where}: needs at least one cue or pattern")
    for pattern in raw.get("patterns", []):
        try:
            re.compile(pattern)
        except re.error as error:
            raise TaxonomyError(f"{where}: pattern {pattern!r} is not a valid regular expression: {error}") from error
    return raw


def _read_issues(text: str, source: str) -> list[dict[str, Any]]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TaxonomyError(f"{source}: not valid TOML: {error}") from error
    unknown = set(document) - {"issue"}
    if unknown:
        raise TaxonomyError(f"{source}: unknown top-level keys {sorted(unknown)}; issues go in [[issue]] tables")
    issues = document.get("issue", [])
    if not isinstance(issues, list):
        raise TaxonomyError(f"{source}: 'issue' must be an array of tables ([[issue]])")
    checked = [_check_issue(raw, f"{source}: issue {number}") for number, raw in enumerate(issues, start=1)]
    seen: set[str] = set()
    for raw in checked:
        if raw["id"] in seen:
            raise TaxonomyError(f"{source}: issue id {raw['id']!r} is defined twice")
        seen.add(raw["id"])
    return checked


def _depth(issue_id: str, parents: dict[str, str | None], source: str) -> int:
    depth, current, visited = 0, parents[issue_id], {issue_id}
    while current is not None:
        if current not in parents:
            raise TaxonomyError(f"{source}: issue {issue_id!r} has unknown parent {current!r}")
        if current in visited:
            raise TaxonomyError(f"{source}: issue {issue_id!r} is in a parent cycle")
        visited.add(current)
        depth, current = depth + 1, parents[current]
    return depth


def build_taxonomy(raw_issues: list[dict[str, Any]], source: str = "taxonomy") -> Taxonomy:
    """A validated taxonomy from checked issue tables (later tables redefine earlier ones by id)."""
    by_id: dict[str, dict[str, Any]] = {}
    for raw in raw_issues:
        by_id[raw["id"]] = raw
    if not by_id:
        raise TaxonomyError(f"{source}: defines no issues")
    parents = {issue_id: raw.get("parent") for issue_id, raw in by_id.items()}
    definitions = []
    for issue_id, raw in by_id.items():
        cues = tuple(raw.get("cues", ()))
        patterns = tuple(raw.get("patterns", ()))
        # Longest cue first: the regex alternation takes the first alternative that matches at a position.
        cue_alternatives = "|".join(cue_expression(c) for c in sorted(cues, key=len, reverse=True))
        pattern_alternatives = "|".join(f"(?:{p})" for p in patterns)
        definitions.append(
            IssueDefinition(
                issue=Issue(id=issue_id, label=raw["label"].strip(), parent=raw.get("parent")),
                cues=cues,
                patterns=patterns,
                depth=_depth(issue_id, parents, source),
                cue_matcher=caseless.compile(cue_alternatives, re.IGNORECASE) if cues else None,
                pattern_matcher=caseless.compile(pattern_alternatives, re.IGNORECASE) if patterns else None,
            )
        )
    return Taxonomy(tuple(definitions))


def _default_text() -> str:
    return resources.files("worker.extract").joinpath("data/issues.toml").read_text(encoding="utf-8")


@cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with newswire, built once."""
    return build_taxonomy(_read_issues(_default_text(), "default issues.toml"), "default issues.toml")


def load_taxonomy(path: Path | str | None = None, replace: bool = False) -> Taxonomy:
    """The default taxonomy, extended by the issues of a user TOML file or, with ``replace``, only those."""
    if path is None:
        if replace:
            raise TaxonomyError("replacing the default taxonomy needs an issues file")
        return default_taxonomy()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TaxonomyError(f"{path}: cannot read the issues file: {error}") from error
    user_issues = _read_issues(text, str(path))
    base = [] if replace else _read_issues(_default_text(), "default issues.toml")
    return build_taxonomy(base + user_issues, str(path))
