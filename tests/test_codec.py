import json

import pytest

from worker.codec import decode_article
from worker.exceptions import UnprocessableMessage
from worker.models import article_id_for

LIMITS = {"max_bytes": 10_000, "max_body_chars": 5_000}


def test_plain_text_is_a_body_with_an_id_from_its_hash():
    article = decode_article("Plain “text” body.".encode(), **LIMITS)
    assert article.body == "Plain “text” body."
    assert article.article_id == article_id_for("Plain “text” body.")
    assert decode_article("Plain “text” body.".encode(), **LIMITS).article_id == article.article_id
    assert decode_article(b"Other body.", **LIMITS).article_id != article.article_id


def test_json_article_keeps_its_metadata_and_reads_a_bare_date():
    value = json.dumps({"id": "a1", "body": "Text.", "title": "T", "published_at": "2019-01-04", "language": "en"})
    article = decode_article(value.encode(), **LIMITS)
    assert (article.article_id, article.title, article.language) == ("a1", "T", "en")
    assert article.published_at.isoformat() == "2019-01-04T00:00:00+00:00"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"", "empty"),
        (None, "empty"),
        (b"x" * 10_001, "too_large"),
        (b"\xff\xfe not utf8", "invalid_utf8"),
        (b'{"body": "unterminated', "invalid_json"),
        (b"[" * 2000 + b"]" * 2000, None),  # a list, not JSON-announced: it is a (strange) plain-text body
        (b"{" + b"\"a\":{" * 1500 + b"}" * 1501, "invalid_json"),
        (b'{"title": "no body"}', "invalid_article"),
        (b'{"body": 42}', "invalid_article"),
        (b'{"body": "   "}', "invalid_article"),
        (b'{"body": "x", "schema_version": 2}', "unsupported_schema_version"),
        (b'{"body": "x", "published_at": "yesterday"}', "invalid_article"),
        (("y" * 5001).encode(), "too_large"),
    ],
)
def test_undecodable_messages_say_why(value, reason):
    if reason is None:
        assert decode_article(value, **LIMITS).body.startswith("[")
        return
    with pytest.raises(UnprocessableMessage) as caught:
        decode_article(value, **LIMITS)
    assert caught.value.reason == reason
    assert str(caught.value)
