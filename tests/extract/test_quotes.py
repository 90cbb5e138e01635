"""Direct quotation spans: every common mark style, apostrophes, nesting, paragraphs, sloppy text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract import enrich
from worker.extract.quotes import _DOUBLE_CLASS, _SINGLE_CLASS, _lone_marks, find_direct_quotes
from worker.models import RawArticle


def texts(body: str) -> list[str]:
    return [body[span.start : span.end] for span in find_direct_quotes(body)]


def test_a_closing_mark_before_punctuation_closes_even_after_a_space():
    # French typography sets a space inside the guillemets, and sloppy text does so inside other marks; a mark
    # followed by a comma or a period never opens a quotation
    assert texts("« Nous partons », a dit Ann Lee. Elle est partie.") == ["Nous partons"]
    assert texts("“ We are leaving ”, Ann Lee said. She left.") == ["We are leaving"]
    assert texts('He said "I\'m a sailor\'\u2009", she recalled, and "we sail".') == ["I'm a sailor'", "we sail"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("He said “we will win” today.", ["we will win"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ("She said ‘we will win’ today.", ["we will win"]),
    ],
)
def test_every_common_mark_style_delimits_a_quote(body, expected):
    assert texts(body) == expected


def test_apostrophes_are_not_quotation_marks():
    assert texts("It's the players’ union and rock'n'roll, Kim's view.") == []


def test_a_nested_quote_stays_inside_the_outer_quote():
    body = "“He told me ‘never again’ and left,” she said."
    assert texts(body) == ["He told me ‘never again’ and left,"]


def test_a_double_quote_nested_in_a_single_quote_stays_inside_it():
    # British copy quotes with single marks and nests double ones; an apostrophe inside the nested quote is no mark
    body = "'It was hard,' Ann Lee said. 'The others kept telling me, \"Stay there and they'll tire,\" and they did.'"
    assert texts(body) == ["It was hard,", 'The others kept telling me, "Stay there and they\'ll tire," and they did.']
    body = "‘They told me “keep going” and I did,’ Ann Lee said."
    assert texts(body) == ["They told me “keep going” and I did,"]


def test_a_quote_over_paragraphs_reopens_each_paragraph_and_closes_once():
    body = "The statement reads:\n“First paragraph.\n“Second paragraph.\n“Third one.”\nAfter."
    assert texts(body) == ["First paragraph.\n“Second paragraph.\n“Third one."]


def test_a_statement_running_on_without_reopening_marks_closes_at_the_next_closing_mark():
    body = "The full statement reads:\n“We stand ready.\nWe look forward to the talks.\nWe recall our duty.”\nAfter it."
    assert texts(body) == ["We stand ready.\nWe look forward to the talks.\nWe recall our duty."]


def test_a_closing_mark_far_beyond_an_unclosed_paragraph_does_not_join_it():
    body = "He said “this never closes\n" + "Filler sentence here.\n" * 20 + "A stray mark” here."
    assert texts(body) == ["this never closes"]


def test_an_unclosed_quote_ends_with_its_paragraph():
    body = "He said “this never closes\nNext paragraph “closed here” ok."
    assert texts(body) == ["this never closes", "closed here"]


def test_straight_quotes_pair_by_flanking():
    body = 'A "first" and "second" quote.'
    assert texts(body) == ["first", "second"]


@pytest.mark.parametrize("body", ['"' * 100_000, "“" * 100_000, "'" * 100_000, "x“y" * 30_000])
def test_runs_of_marks_take_linear_time_and_yield_valid_spans(body):
    for span in find_direct_quotes(body):
        assert 0 <= span.start <= span.end <= len(body)


def test_quoted_titles_and_labels_are_no_speech():
    body = (
        'The council voted to pass the "Harbour Safety Reform Bill 2019" which bans fishing near the pier.\n'
        'A photo of a "Where is the mayor? Ann Lee for harbour chief" sign was shared.\n'
        '"We will never accept a levy on the fishing boats of this harbour,\n'
        'nor on the ferries," said Ann Lee.'
    )
    texts = [quote.text for quote in enrich(RawArticle(id="t", body=body)).quotes]
    assert texts == ["We will never accept a levy on the fishing boats of this harbour,\nnor on the ferries,"]


def test_a_nickname_inside_a_name_is_no_quote():
    body = "Ten boats sank, lead singer Ruth “Ruthie” Okafor told followers. Ann Lee said “Never again” after the vote."
    texts = [quote.text for quote in enrich(RawArticle(id="t", body=body)).quotes]
    assert texts == ["Ten boats sank", "“Never again” after the vote"]  # (the words before the cue are reported)


@given(st.lists(st.sampled_from([*_DOUBLE_CLASS[1:-1], *_SINGLE_CLASS[1:-1], "a", " ", "\n"]), max_size=14).map("".join))
@settings(max_examples=1500, deadline=None)
def test_the_lone_marks_of_both_kinds_are_the_finds_of_each_kinds_scan(body: str) -> None:
    # _lone_marks finds every mark by string search; runs of three or more of one kind are skipped, as each kind's
    # own pattern (one scan per kind, as first written) finds them
    per_kind = [re.compile(rf"{mark}(?:{mark}{{2,}})?") for mark in (_DOUBLE_CLASS, _SINGLE_CLASS)]
    lone = [[m.start() for m in pattern.finditer(body) if m.end() - m.start() == 1] for pattern in per_kind]
    assert list(_lone_marks(body)) == lone
