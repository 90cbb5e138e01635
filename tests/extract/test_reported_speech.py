"""Reported (indirect) speech through ``enrich``: where the reported content begins and ends, which frames of
English reporting verbs report speech and which do not. The articles are written for these tests."""

from __future__ import annotations

from worker.extract import enrich
from worker.models import RawArticle


def reported(body: str) -> list[str]:
    """The texts of the indirect and mixed quotes of ``body``, in order."""
    return [quote.text for quote in enrich(RawArticle(id="t", body=body)).quotes if quote.kind != "direct"]


def test_content_before_a_cue_whose_subject_takes_an_article():
    body = "Forty people were still missing on Friday, the Harbour Rescue Service said, raising fears of more deaths."
    assert reported(body) == ["Forty people were still missing on Friday"]


def test_a_that_further_into_the_words_after_the_verb_belongs_to_the_content():
    body = (
        "Ann Lee said her brother worked with firms in the port that would hire local people.\n"
        "Harbour director Omar Ruiz says the lock is designed for that to happen."
    )
    assert reported(body) == [
        "her brother worked with firms in the port that would hire local people",
        "the lock is designed for that to happen",
    ]
