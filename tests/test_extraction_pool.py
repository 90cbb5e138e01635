"""Extraction in child processes: the same outputs as in a thread, and a dying child costs no article but its own."""

from __future__ import annotations

import asyncio
import json
import os
import signal

import structlog

from worker import pipeline
from worker.events import fan_out
from worker.extract import enrich
from worker.extract.taxonomy import load_taxonomy
from worker.extraction_pool import ExtractionCrashed, ExtractionPool
from worker.models import RawArticle
from worker.observer import PipelineObserver
from worker.settings import Settings

ARTICLE = RawArticle(id="pool-1", body="“We will rebuild the bridge,” Mayor Ann Lee said on Monday. The council opposed it.")


class KillsItsProcess:
    """Stands in for an article whose extraction kills the process: unpickling it in the child exits at once."""

    def __reduce__(self):
        return (os._exit, (70,))


def test_a_child_process_gives_the_outputs_of_an_extraction_in_this_process():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            return await pool.enrich(ARTICLE)
        finally:
            pool.shutdown()

    fanout = asyncio.run(scenario())
    assert fanout == fan_out(enrich(ARTICLE, load_taxonomy()))


def test_an_article_whose_child_was_killed_is_retried_in_a_fresh_process():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            pool.start()
            extraction = asyncio.ensure_future(pool.enrich(ARTICLE))
            (child,) = pool._children
            os.kill(child.process.pid, signal.SIGKILL)  # still importing: it dies before it could finish the article
            fanout = await extraction
            replacement = await pool.enrich(ARTICLE)  # the dead child was replaced
            return fanout.digest, replacement.digest
        finally:
            pool.shutdown()

    article, replacement = asyncio.run(scenario())
    assert article.article_id == replacement.article_id == "pool-1"


def test_an_article_that_kills_its_process_twice_crashes_alone_and_spares_its_neighbour():
    async def scenario():
        pool = ExtractionPool(1)
        try:
            poison = asyncio.ensure_future(pool.enrich(KillsItsProcess()))
            neighbour = asyncio.ensure_future(pool.enrich(ARTICLE))  # queued in the executor the poison breaks
            return await asyncio.gather(poison, neighbour, return_exceptions=True)
        finally:
            pool.shutdown()

    poison, neighbour = asyncio.run(scenario())
    assert isinstance(poison, ExtractionCrashed)
    assert neighbour.digest.article_id == "pool-1"


def test_a_crashed_extraction_is_dead_lettered_as_an_extraction_error():
    class CrashingPool:
        async def enrich(self, article):
            raise ExtractionCrashed("died twice")

    value = json.dumps({"id": "a-1", "body": ARTICLE.body}).encode()
    outcome = asyncio.run(pipeline.transform(value, Settings(), load_taxonomy(), PipelineObserver(),
                                             structlog.get_logger(), pool=CrashingPool()))
    assert isinstance(outcome, pipeline.Rejected)
    assert (outcome.reason, outcome.article_id) == ("extraction_error", "a-1")
