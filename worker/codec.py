"""Decoding raw Kafka messages into articles, and encoding contracts into message bytes.

A raw value is either a JSON object (``RawArticle``) or, when it does not start with ``{``, the article body as
plain UTF-8 text. Everything that cannot become a valid article raises ``UnprocessableMessage`` with a reason
from a small fixed set (``worker.metrics.DEAD_LETTER_REASONS``), so the shell can dead-letter it and count it
without unbounded label values.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ValidationError

from worker.exceptions import UnprocessableMessage
from worker.models import RawArticle

def decode_article(value: bytes | None, *, max_bytes: int, max_body_chars: int) -> RawArticle:
    """The article in a raw message value, or ``UnprocessableMessage`` saying why there is none."""
    if not value:
        raise UnprocessableMessage("empty", "message value is empty")
    if len(value) > max_bytes:
        raise UnprocessableMessage("too_large", f"message value is {len(value)} bytes, limit is {max_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnprocessableMessage("invalid_utf8", f"message value is not UTF-8: {error}") from None
    if text.lstrip().startswith("{"):
        article = _article_from_json(text)
    else:
        article = _validated({"body": text})
    if len(article.body) > max_body_chars:
        raise UnprocessableMessage("too_large", f"body has {len(article.body)} characters, limit is {max_body_chars}")
    return article


def _article_from_json(text: str) -> RawArticle:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise UnprocessableMessage("invalid_json", f"message looks like JSON but does not parse: {error}") from None
    if not isinstance(data, dict):
        raise UnprocessableMessage("invalid_json", "JSON message is not an object")
    if "schema_version" in data and data["schema_version"] != 1:
        raise UnprocessableMessage(
            "unsupported_schema_version", f"schema_version {data['schema_version']!r} is not supported (expected 1)"
        )
    return _validated(data)


def _validated(data: dict) -> RawArticle:
    try:
        return RawArticle.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in e['loc']) or 'message'}: {e['msg']}" for e in error.errors()[:5]
        )
        raise UnprocessableMessage("invalid_article", f"not a valid article: {problems}") from None


def encode(message: BaseModel) -> bytes:
    """A contract as compact UTF-8 JSON, the value format of every output topic."""
    return message.model_dump_json().encode("utf-8")
