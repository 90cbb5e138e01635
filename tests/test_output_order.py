"""Which raw messages' outputs keep their input order (``worker.app.output_sequence``)."""

from __future__ import annotations

from types import SimpleNamespace

from faust.types import TP

from worker.app import output_sequence


def message(partition: int, offset: int, key: bytes | None):
    return SimpleNamespace(tp=TP("articles.raw", partition), offset=offset, key=key)


def test_versions_of_one_article_share_a_sequence_and_other_articles_do_not():
    first, unrelated, again = message(0, 1, b"a"), message(0, 2, b"b"), message(0, 3, b"a")
    assert output_sequence(first) == output_sequence(again)
    assert output_sequence(first) != output_sequence(unrelated)


def test_an_unkeyed_message_is_a_sequence_of_its_own():
    assert output_sequence(message(0, 1, None)) != output_sequence(message(0, 2, None))
    assert output_sequence(message(0, 1, b"a")) != output_sequence(message(1, 1, b"a"))
