"""caseless.compile matches what re.compile matches, checked against the engine itself over all of Unicode."""

import ast
import re
import sys
from pathlib import Path

import _sre
import pytest

from worker.extract import caseless

# Every code point once (lone surrogates included: a str may hold them).
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def _all_matches(pattern: re.Pattern[str]) -> str:
    """Every character the pattern does not match (cheaper to compare than a list of what it matches)."""
    return pattern.sub("", EVERY_CHARACTER)


@pytest.mark.parametrize("character", [chr(code) for code in range(128)])
def test_an_ascii_character_matches_what_the_flag_makes_it_match(character: str) -> None:
    expected = re.compile(re.escape(character), re.IGNORECASE).findall(EVERY_CHARACTER)
    assert sorted(caseless.cases(character)) == sorted(expected)
    assert caseless.compile(re.escape(character), re.IGNORECASE).findall(EVERY_CHARACTER) == expected


@pytest.mark.parametrize("character", ["a", "i", "I", "k", "s", "S", "-"])
def test_a_negated_character_matches_what_the_flag_makes_it_match(character: str) -> None:
    rewritten = caseless.compile(f"[^{re.escape(character)}]", re.IGNORECASE)
    assert _all_matches(rewritten) == _all_matches(re.compile(f"[^{re.escape(character)}]", re.IGNORECASE))


@pytest.mark.parametrize(
    "pattern",
    [
        r"[\wq]", r"[\Wq]", r"[\sq]", r"[\Sq]", r"[\dq]", r"[\Dq]", r"[^\wq]", r"[^\Wq]", r"[^\sq]", r"[^\dq]",
        r"[A-Za-z]", r"[a-z’'-]", r"[^a-z,]", r"[\x00-\x7f]", r"[^\x00-\x7f]", r"[K-s]", r"[“”‘’\"'a]", r"\w", r"\W",
    ],
)
def test_a_class_matches_what_the_flag_makes_it_match(pattern: str) -> None:
    rewritten = caseless.compile(pattern, re.IGNORECASE)
    assert not rewritten.flags & re.IGNORECASE or not caseless.REWRITING
    assert _all_matches(rewritten) == _all_matches(re.compile(pattern, re.IGNORECASE))


def test_no_letter_lowers_to_a_punctuation_mark_or_a_space() -> None:
    """Why an uncased punctuation mark or space in a class stands for itself alone under the flag."""
    import unicodedata

    for code in range(sys.maxunicode + 1):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            assert unicodedata.category(chr(lower))[0] not in "PZ", hex(code)


TEXT = (
    "The Council of İzmir said ſo. THE KELVIN \u212a scale; Attorneys General from ten states sued. "
    "x ABC y, xabcy, XABCY. “Quoted”, he said — the ‘minister’s’ aides’ 3,000 words. Ǆemal ǅ ǆ ß ẞ."
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?:the|a|an|his|her|their|its)\s", re.IGNORECASE),
        (r"\b(?:said|sued|scale)\b", re.IGNORECASE),
        (r"(?P<name>(?:[a-z][\w’'-]*\s+){0,2}?[A-Za-z][a-z’'-]{2,}(?<!ss)s)(?=\s+(?:general|of|from)\s+(?-i:[A-Z]))", re.IGNORECASE),
        (r"x(?i:abc)y", 0),
        (r"(?i:x)ABC(y)?(?(1)Y|.)", 0),
        (r"(\w)\1", re.IGNORECASE),  # a back-reference under the flag: compiled as it is
        (r"ǆemal|ß", re.IGNORECASE),  # letters outside ASCII: compiled as they are
        (r"[^,.]{0,30},\s+", re.IGNORECASE),
        (r"(?>the\s)k", re.IGNORECASE),
        (r"(?<!s)s\b", re.IGNORECASE),
    ],
)
def test_a_pattern_finds_what_re_finds(pattern: str, flags: int) -> None:
    rewritten = caseless.compile(pattern, flags)
    original = re.compile(pattern, flags)
    assert rewritten.pattern == pattern
    assert rewritten.groupindex == original.groupindex
    assert [(m.span(), m.groups()) for m in rewritten.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in original.finditer(TEXT)
    ]
    assert [(m.span(), m.groups()) for m in rewritten.finditer(TEXT.swapcase())] == [
        (m.span(), m.groups()) for m in original.finditer(TEXT.swapcase())
    ]


@pytest.mark.skipif(not caseless.REWRITING, reason="the rewriting is written for the internals of CPython 3.11")
def test_the_flag_is_compiled_away_where_the_rewriting_is_exact() -> None:
    """The point of the module: fails if the rewriting leaves every pattern to the flag."""
    assert not caseless.compile(r"\bthe\s+(?:council|board)\b", re.IGNORECASE).flags & re.IGNORECASE
    assert caseless.compile(r"ǆemal", re.IGNORECASE).flags & re.IGNORECASE


def test_the_extraction_compiles_case_insensitive_patterns_through_caseless() -> None:
    """A rule written with ``re.compile(..., re.IGNORECASE)`` still matches, but misses the speed-up: this names it."""
    package = Path(caseless.__file__).parent
    plain = []
    for module in sorted(set(package.rglob("*.py")) - {Path(caseless.__file__)}):
        for node in ast.walk(ast.parse(module.read_text())):
            called = getattr(node, "func", None)
            if (
                isinstance(node, ast.Call)
                and isinstance(called, ast.Attribute)
                and called.attr == "compile"
                and isinstance(called.value, ast.Name)
                and called.value.id == "re"
                and "IGNORECASE" in ast.unparse(node)
            ):
                plain.append(f"{module.name}:{node.lineno}")
    assert plain == []
