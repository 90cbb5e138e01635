"""The worker's consumer long-polls the broker briefly, so a partition left out of a fetch waits little (no broker)."""

from __future__ import annotations

import asyncio

from worker.app import faust_app
from worker.fetching import FETCH_MAX_WAIT_MS, PromptFetchConsumer
from worker.settings import Settings


def test_the_worker_consumer_keeps_the_rebalance_fixes_and_polls_for_at_most_the_short_wait():
    async def scenario():
        app = faust_app(Settings(bootstrap_servers="127.0.0.1:1"))
        consumer = app.consumer
        client = consumer._thread._create_worker_consumer(app.transport)
        try:
            return consumer, client._fetch_max_wait_ms
        finally:
            await client.stop()

    consumer, fetch_max_wait_ms = asyncio.run(scenario())
    assert isinstance(consumer, PromptFetchConsumer)
    assert fetch_max_wait_ms == FETCH_MAX_WAIT_MS <= 100  # faust's own is 1,500 ms
