"""Extraction in child processes: the same outputs as in a thread, and a dying child costs no article but its own."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import signal

import structlog

from worker import pipeline
from worker.events import fan_out
from worker.exceptions import ExtractionCrashed, UnprocessableMessage, UnpublishableOutput
from worker.extract import enrich
from worker.extract.taxonomy import load_taxonomy
from worker.extraction_pool import ExtractionPool
from worker.models import RawArticle
from worker.observer import PipelineObserver
from worker.settings import Settings

ARTICLE = RawArticle(id="pool-1", body="“We will rebuild the bridge,” Mayor Ann Lee said on Monday. The council opposed it.")
VALUE = ARTICLE.model_dump_json().encode()
LIMITS = {"max_bytes": 1 << 20, "max_body_chars": 100_000}


class KillsItsProcess:
    """Stands in for an article whose extraction kills the process: unpickling it in the child exits at once."""

    def __reduce__(self):
        return (os._exit, (70,))


def test_a_child_process_gives_the_outputs_of_an_extraction_in_this_process():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            return await pool.enrich(VALUE, **LIMITS)
        finally:
            pool.shutdown()

    fanout = asyncio.run(scenario())
    assert fanout == fan_out(enrich(ARTICLE, load_taxonomy()))


def test_an_article_whose_child_was_killed_is_retried_in_a_fresh_process():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            pool.start()
            extraction = asyncio.ensure_future(pool.enrich(VALUE, **LIMITS))
            (child,) = pool._children
            os.kill(child.process.pid, signal.SIGKILL)  # still importing: it dies before it could finish the article
            fanout = await extraction
            replacement = await pool.enrich(VALUE, **LIMITS)  # the dead child was replaced
            return fanout.digest, replacement.digest
        finally:
            pool.shutdown()

    article, replacement = asyncio.run(scenario())
    assert article.article_id == replacement.article_id == "pool-1"


def test_an_article_that_kills_its_process_twice_crashes_alone_and_spares_its_neighbour():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            poison = asyncio.ensure_future(pool.enrich(KillsItsProcess(), **LIMITS))
            neighbour = asyncio.ensure_future(pool.enrich(VALUE, **LIMITS))  # queued behind the poison
            return await asyncio.gather(poison, neighbour, return_exceptions=True)
        finally:
            pool.shutdown()

    poison, neighbour = asyncio.run(scenario())
    assert isinstance(poison, ExtractionCrashed)
    assert neighbour.digest.article_id == "pool-1"


def test_a_crashed_extraction_is_dead_lettered_as_an_extraction_error():
    class CrashingPool:
        async def enrich(self, value, **limits):
            raise ExtractionCrashed("died twice")

    value = json.dumps({"id": "a-1", "body": ARTICLE.body}).encode()
    outcome = asyncio.run(pipeline.transform(value, Settings(), load_taxonomy(), PipelineObserver(),
                                             structlog.get_logger(), pool=CrashingPool()))
    assert isinstance(outcome, pipeline.Rejected)
    assert (outcome.reason, outcome.article_id) == ("extraction_error", "a-1")


def test_the_child_decodes_the_message_and_rejects_what_is_no_article_with_the_codec_reason():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            return [await pipeline.transform(value, settings, load_taxonomy(), PipelineObserver(),
                                             structlog.get_logger(), pool=pool)
                    for value, settings in ((b'{"id": "x", "body": ', Settings()), (VALUE, Settings(max_body_chars=10)),
                                            (None, Settings()), (VALUE, Settings()))]
        finally:
            pool.shutdown()

    invalid, too_long, empty, enriched = asyncio.run(scenario())
    assert [(r.reason, r.article_id) for r in (invalid, too_long, empty)] == [
        ("invalid_json", None), ("too_large", None), ("empty", None)]
    assert isinstance(too_long.error, UnprocessableMessage) and "limit is 10" in str(too_long.error)
    assert isinstance(enriched, pipeline.Enriched) and enriched.article_id == "pool-1"


def test_an_error_raised_in_the_child_is_an_extraction_error_with_its_own_class():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            return await pipeline.transform(12345, Settings(), load_taxonomy(), PipelineObserver(),  # no bytes
                                            structlog.get_logger(), pool=pool)
        finally:
            pool.shutdown()

    outcome = asyncio.run(scenario())
    assert (outcome.reason, outcome.article_id, type(outcome.error)) == ("extraction_error", None, TypeError)


def test_unprocessable_messages_survive_pickling_with_their_reason():
    for error in (UnprocessableMessage("too_large", "body has 12 characters"), UnpublishableOutput("refused")):
        again = pickle.loads(pickle.dumps(error))
        assert (type(again), again.reason, str(again)) == (type(error), error.reason, str(error))


def test_a_sigterm_to_the_process_group_leaves_the_children_to_the_worker():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            await pool.enrich(VALUE, **LIMITS)  # the child is up and serving
            (child,) = pool._children
            os.kill(child.process.pid, signal.SIGTERM)
            await pool.enrich(VALUE, **LIMITS)
            return child is pool._children[0] and child.process.is_alive()
        finally:
            pool.shutdown()

    assert asyncio.run(scenario())


def test_a_shut_down_pool_starts_no_process_and_retries_nothing():
    async def scenario():
        pool = ExtractionPool(1)
        pool.start()
        extraction = asyncio.ensure_future(pool.enrich(VALUE, **LIMITS))
        await asyncio.sleep(0)
        pool.shutdown()
        outcomes = await asyncio.gather(extraction, pool.enrich(VALUE, **LIMITS), return_exceptions=True)
        return [type(outcome) for outcome in outcomes], pool._children

    outcomes, children = asyncio.run(scenario())
    assert outcomes == [asyncio.CancelledError, asyncio.CancelledError] and children == []
