"""Case-insensitive patterns compiled as case-sensitive ones that match exactly the same text.

Under ``re.IGNORECASE`` the regular-expression engine lowers every character of the text before it compares it
with a letter of the pattern, and it can neither skip an alternative of an alternation by its first character
nor look for the first letter of the pattern with its fast scan: a failing position costs an entry into every
alternative. ``compile`` reads the pattern with the standard library's own parser and writes each letter (and
each character class holding letters) as the class of every character that matches it case-insensitively
(``t`` as ``[tT]``, ``i`` as ``[iIİı]``), then compiles the result without the flag: the rules keep their
readable case-insensitive source, and the engine skips what it can rule out by a letter.

Only what the rewriting is known to keep exact is rewritten: ASCII letters, classes of ASCII letters, ranges,
``\\w``-like categories, other ASCII characters, punctuation and spaces. A pattern holding anything else (a
non-ASCII letter, a back-reference under the flag, the ASCII or LOCALE flag) is compiled by ``re.compile`` as it is.
``tests/extract/test_caseless.py`` checks every case class against the engine over all of Unicode.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache

import _sre
from re import _compiler as _regex_compiler  # the standard library's own parser and compiler (CPython 3.11+)
from re import _constants as _c
from re import _parser as _regex_parser

# The layout of the standard library's private parser and compiler that the rewriting relies on is that of the
# CPython release its tests run on; under another release patterns are compiled by ``re.compile`` as they are (the
# same matches, without the speed-up), rather than risk a changed internal.
REWRITING = sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11)
# The characters outside ASCII that match an ASCII letter case-insensitively: "İ" lowers to "i", the Kelvin sign
# to "k", and the engine's extra cases pair "ı" with "i" and "ſ" with "s" (re._casefix).
_OTHER_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}
# Categories that match a character exactly when they match its lower case (checked by the tests).
_CASE_FREE_CATEGORIES = frozenset(
    {
        _c.CATEGORY_DIGIT,
        _c.CATEGORY_NOT_DIGIT,
        _c.CATEGORY_SPACE,
        _c.CATEGORY_NOT_SPACE,
        _c.CATEGORY_WORD,
        _c.CATEGORY_NOT_WORD,
    }
)
# The longest range whose characters are checked one by one for a cased one (longer ones are left to the flag).
_LONGEST_RANGE = 4096


class _NotRewritable(Exception):
    """Something the rewriting does not keep exact: the pattern keeps the flag."""


def cases(character: str) -> str:
    """Every character that ``character`` matches case-insensitively, itself first: for an ASCII character, or a
    punctuation mark or space, which no letter lowers to."""
    if not _sre.unicode_iscased(ord(character)) and (character.isascii() or unicodedata.category(character)[0] in "PZ"):
        return character
    if not character.isascii():
        raise _NotRewritable(character)
    lower = character.lower()
    return character + (lower + lower.upper()).replace(character, "") + _OTHER_CASES.get(lower, "")


@cache
def _letter(code: int) -> tuple[tuple[object, object], ...]:
    return tuple((_c.LITERAL, ord(other)) for other in cases(chr(code)))


@lru_cache(maxsize=4096)
def _optimised(members: tuple[tuple[object, object], ...]) -> tuple[tuple[object, object], ...]:
    """A class as the compiler's own optimiser writes it, which the compiler then keeps as it is: done once per
    distinct class, since for one with a character outside Latin-1 (the "İ" of every "i") it builds a map of
    65,536 characters, which for every letter of the rules took seconds at start-up."""
    return tuple(_regex_compiler._optimize_charset(list(members))[0])


def _class(members: list[tuple[object, object]]) -> list[tuple[object, object]]:
    rewritten: list[tuple[object, object]] = []
    for op, value in members:
        if op is _c.LITERAL:
            rewritten.extend(_letter(value))  # type: ignore[arg-type]
        elif op is _c.RANGE:
            low, high = value  # type: ignore[misc]
            if high - low > _LONGEST_RANGE:
                raise _NotRewritable(value)
            rewritten.append((op, value))
            rewritten.extend((_c.LITERAL, ord(other)) for code in range(low, high + 1) for other in cases(chr(code))[1:])
        elif op is _c.NEGATE or (op is _c.CATEGORY and value in _CASE_FREE_CATEGORIES):
            rewritten.append((op, value))
        else:
            raise _NotRewritable(op)
    return rewritten


def _rewrite(pattern: _regex_parser.SubPattern, ignoring: bool) -> _regex_parser.SubPattern:
    """``pattern`` with every part read under the flag (``ignoring``, or a local ``(?i:...)``) written out."""
    items: list[tuple[object, object]] = []
    for op, value in pattern.data:
        if op is _c.LITERAL and ignoring and _sre.unicode_iscased(value):
            items.append((_c.IN, _optimised(_letter(value))))
        elif op is _c.NOT_LITERAL and ignoring and _sre.unicode_iscased(value):
            items.append((_c.IN, _optimised(((_c.NEGATE, None), *_letter(value)))))
        elif op is _c.IN:
            items.append((op, _optimised(tuple(_class(value))) if ignoring else value))
        elif op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.AT):
            items.append((op, value))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, inner = value
            items.append((op, (low, high, _rewrite(inner, ignoring))))
        elif op is _c.SUBPATTERN:
            group, add_flags, del_flags, inner = value
            inner_ignoring = (ignoring or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            items.append((op, (group, add_flags & ~re.IGNORECASE, del_flags, _rewrite(inner, inner_ignoring))))
        elif op is _c.BRANCH:
            items.append((op, (None, [_rewrite(branch, ignoring) for branch in value[1]])))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, inner = value
            items.append((op, (direction, _rewrite(inner, ignoring))))
        elif op is _c.ATOMIC_GROUP:
            items.append((op, _rewrite(value, ignoring)))
        elif op is _c.GROUPREF and not ignoring:
            items.append((op, value))
        elif op is _c.GROUPREF_EXISTS:
            group, yes, no = value
            items.append((op, (group, _rewrite(yes, ignoring), None if no is None else _rewrite(no, ignoring))))
        else:
            raise _NotRewritable(op)
    return _regex_parser.SubPattern(pattern.state, items)


@lru_cache(maxsize=1024)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - a drop-in for re.compile
    """What ``re.compile(pattern, flags)`` matches, with its case-insensitive parts (all of it under
    ``re.IGNORECASE``, or a ``(?i:...)`` group) compiled as case-sensitive classes. The pattern's ``pattern``
    is the source; its ``flags`` lack ``re.IGNORECASE``."""
    if not REWRITING:
        return re.compile(pattern, flags)
    parsed = _regex_parser.parse(pattern, flags)
    if parsed.state.flags & (re.ASCII | re.LOCALE) or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    try:
        rewritten = _rewrite(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except _NotRewritable:
        return re.compile(pattern, flags)
    parsed.state.flags &= ~re.IGNORECASE
    flags &= ~re.IGNORECASE
    code = _regex_compiler._code(rewritten, flags)
    names = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    return _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(names))
