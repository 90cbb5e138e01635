"""Text helpers: the word before a sentence's end, read directly in the common case."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract.text import _WORD_BEFORE, _word_before

_PIECES = ["word", "Sgt", "U.S", "a", "é", "_", "2", ".", "!", "?", "”", ")", " ", "\n", "-", "x" * 19, "y" * 21]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
@settings(max_examples=1000, deadline=None)
def test_word_before_is_what_its_pattern_finds(text: str) -> None:
    for end in range(1, len(text) + 1):
        found = _WORD_BEFORE.search(text, max(0, end - 24), end)
        assert _word_before(text, end) == (found.group(1) if found else None)


def test_word_before_a_period():
    assert _word_before("He met Sgt. Lee", 11) == "Sgt"
    assert _word_before("It rained. Then", 10) == "rained"
    assert _word_before("In the U.S. today", 11) == "U.S"
