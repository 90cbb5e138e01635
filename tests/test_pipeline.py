"""The per-message decision both processing modes share: enriched outputs, or a dead letter with its reason."""

from __future__ import annotations

import asyncio
import json

import structlog

from worker import dlq, pipeline
from worker.extract.taxonomy import load_taxonomy
from worker.observer import PipelineObserver
from worker.settings import Settings

GOOD = json.dumps({"id": "a-1", "body": "“We will rebuild the bridge,” Mayor Ann Lee said on Monday."}).encode()


def transform(value: bytes | None, settings: Settings | None = None):
    return asyncio.run(pipeline.transform(value, settings or Settings(), load_taxonomy(), PipelineObserver(),
                                          structlog.get_logger()))


def test_an_article_becomes_its_outputs_with_the_enriched_event_last():
    outcome = transform(GOOD)
    assert isinstance(outcome, pipeline.Enriched)
    assert outcome.article_id == "a-1"
    assert [msg.role for msg in outcome.messages] == ["quotes", "enriched"]
    assert json.loads(outcome.messages[-1].value)["article_id"] == "a-1"


def test_undecodable_messages_are_rejected_with_the_codec_reason():
    assert transform(b'{"id": "x", "body": ').reason == "invalid_json"
    assert transform(None).reason == "empty"
    too_long = transform(GOOD, Settings(max_body_chars=10))
    assert (too_long.reason, too_long.article_id) == ("too_large", None)


def test_a_failing_extraction_is_an_extraction_error_not_an_exception(monkeypatch):
    def broken(article, taxonomy):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(pipeline, "enrich", broken)
    outcome = transform(GOOD)
    assert isinstance(outcome, pipeline.Rejected)
    assert (outcome.reason, outcome.article_id, type(outcome.error)) == ("extraction_error", "a-1", ZeroDivisionError)


def test_a_dead_letter_keeps_the_origin_and_counts_replays():
    letter = pipeline.dead_letter(ValueError("no"), "invalid_json", topic="raw", partition=2, offset=41,
                                  timestamp_ms=1_700_000_000_000, headers=[(dlq.REPLAYED, b"2")])
    assert (letter.topic, letter.partition, letter.offset, letter.replayed) == ("raw", 2, 41, 2)
    assert letter.exception_class == "builtins.ValueError"
