"""A consumer that fetches promptly: faust's long poll of 1.5 s becomes a short one.

faust creates its aiokafka consumer with ``fetch_max_wait_ms=1500``, hard-coded (faust/transport/drivers/aiokafka.py,
``_create_worker_consumer``). aiokafka keeps one fetch request per broker in flight, and a partition whose records
were still being processed when that request left is not in it; new messages on that partition then wait until the
broker answers the request for the others, which on a quiet topic means the whole long poll. That was the tail of
``bench latency``: articles sent within a few hundred milliseconds of each other started 0.5-1 s late, all
together, while the event loop answered within 50 ms (docs/benchmarks.md). A short poll bounds that wait; an idle
worker then asks the broker ``1000 / FETCH_MAX_WAIT_MS`` times a second, a few small requests.
"""

from __future__ import annotations

from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as aiokafka_driver

from worker.rebalance import RebalanceSafeConsumer

FETCH_MAX_WAIT_MS = 50


class PromptFetchThread(aiokafka_driver.AIOKafkaConsumerThread):
    """faust's consumer thread, whose aiokafka consumer long-polls for at most ``FETCH_MAX_WAIT_MS``."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read when the consumer starts its fetcher
        return consumer


class PromptFetchConsumer(RebalanceSafeConsumer):
    """The rebalance-safe consumer (``worker.rebalance``) with ``PromptFetchThread``."""

    def _new_consumer_thread(self) -> PromptFetchThread:
        return PromptFetchThread(self, loop=self.loop, beacon=self.beacon)
