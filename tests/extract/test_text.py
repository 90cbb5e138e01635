"""Text helpers: the word before a sentence's end, read directly in the common case, and the labels a site inserts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract.taxonomy import literal_starts
from worker.extract.text import (
    _SENTENCE_END,
    _SITE_LABEL,
    _SITE_LABEL_OPENINGS,
    _WORD_BEFORE,
    _word_before,
    _first_end_mark,
    opens_with_site_label,
    paragraphs,
    sentences,
    wire_datelines,
)

_PIECES = ["word", "Sgt", "U.S", "a", "é", "_", "2", ".", "!", "?", "”", ")", " ", "\n", "-", "x" * 19, "y" * 21]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
@settings(max_examples=1000, deadline=None)
def test_word_before_is_what_its_pattern_finds(text: str) -> None:
    for end in range(1, len(text) + 1):
        found = _WORD_BEFORE.search(text, max(0, end - 24), end)
        assert _word_before(text, end) == (found.group(1) if found else None)


@given(st.lists(st.sampled_from(["Word", "a", ".", "!", "?", "”", ")", " ", "\n", "(", "“", "é", "2"]), max_size=12).map("".join))
@settings(max_examples=1000, deadline=None)
def test_sentence_ends_found_from_the_first_end_mark_are_all_of_them(text: str) -> None:
    # sentences() scans a paragraph for sentence ends from its first end mark ("." "!" "?"), where every end opens
    first = min((text.find(mark) for mark in ".!?" if mark in text), default=len(text))
    ends = [match.span() for match in _SENTENCE_END.finditer(text)]
    assert [match.span() for match in _SENTENCE_END.finditer(text, first)] == ends


@given(
    st.lists(st.sampled_from(["Word", "a", ".", "..", "!", "?", "”", ")", " ", "\n", "(", "“", "é", "2"]), max_size=14).map("".join)
)
@settings(max_examples=1500, deadline=None)
def test_the_ends_from_the_first_end_mark_are_those_of_the_scan_for_every_mark(text: str) -> None:
    # a text without "!" or "?" is scanned for its sentence ends by a pattern that opens with the literal period
    first, ends = _first_end_mark(text, 0, len(text))
    assert first == min((text.find(mark) for mark in ".!?" if mark in text), default=-1)
    found = [(match.span(), match.span(1)) for match in ends.finditer(text, first)] if first >= 0 else []
    assert found == [(match.span(), match.span(1)) for match in _SENTENCE_END.finditer(text)]


def test_word_before_a_period():
    assert _word_before("He met Sgt. Lee", 11) == "Sgt"
    assert _word_before("It rained. Then", 10) == "rained"
    assert _word_before("In the U.S. today", 11) == "U.S"


def test_no_with_a_period_abbreviates_a_number_only_before_one():
    body = "The senators voted no. Then they left No. 10 Harbour Street."
    assert [body[start:end] for start, end in sentences(body)] == ["The senators voted no.", "Then they left No. 10 Harbour Street."]


def test_every_site_label_opens_with_one_of_the_tested_openings():
    # opens_with_site_label tries _SITE_LABEL only after a literal test of its openings: a label added to the
    # pattern must open with one of them.
    assert all(start.startswith(_SITE_LABEL_OPENINGS) for start in literal_starts(_SITE_LABEL.pattern))


@pytest.mark.parametrize(
    "line",
    ["READ MORE: Mayor says fees rise", "WATCH BELOW: the ferry", "MORE: a story", "CLICK HERE: the list",
     "READ: the ruling", "Story continues below advertisement"],
)
def test_a_site_label_is_found_at_the_start_only(line: str) -> None:
    body = f"Ann Lee spoke. {line}"
    assert opens_with_site_label(body, body.index(line), len(body))
    assert not opens_with_site_label(body, 0, len(body))


@pytest.mark.parametrize("line", ["Reading: the ruling", "READ the ruling", "Story continues below the fold"])
def test_words_like_a_label_are_no_site_label(line: str) -> None:
    assert not opens_with_site_label(line, 0, len(line))


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("LAKESIDE, Norland (Harbour Wire) — Police arrested three men, officials said.", "LAKESIDE, Norland (Harbour Wire) — "),
        ("NEW HARBOUR (Reuters) - Dock workers will strike, a union leader said.", "NEW HARBOUR (Reuters) - "),
        ("MIRAVAL, Sortania, March 4 (AFP) – Three people died, the governor said.", "MIRAVAL, Sortania, March 4 (AFP) – "),
        ("WESTFOLD — The council voted to close the library.", "WESTFOLD — "),
        ("ST. ANDREWS, May 2 (Harbour Wire) Three boats sank, the coastguard said.", "ST. ANDREWS, May 2 (Harbour Wire) "),
        ("Lakeside, Norland (CNN) — The council voted to close the library.", "Lakeside, Norland (CNN) — "),
    ],
)
def test_a_wire_dateline_opening_a_paragraph_is_found(paragraph: str, dateline: str) -> None:
    body = "Storm hits coast\n\n" + paragraph
    assert [body[start:end] for start, end in wire_datelines(body, paragraphs(body))] == [dateline]


@pytest.mark.parametrize(
    "paragraph",
    [
        "UN officials said the talks would resume.",
        "The Harbour Party (HP) — a group founded in 2001 — said it would contest the vote.",
        "NATO — which Norland joined in 2004 — said nothing.",
        "Lakeside — The council voted to close the library.",
        "Police in LAKESIDE — Norland's port — said three men were arrested.",
    ],
)
def test_words_like_a_dateline_are_none(paragraph: str) -> None:
    assert wire_datelines(paragraph, paragraphs(paragraph)) == []
