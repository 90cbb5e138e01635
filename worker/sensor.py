"""What only faust knows, fed into our metrics: commit latency, rebalances and consumer lag.

Faust calls a ``Sensor`` around its commits and rebalances; ``MetricsSensor`` turns those calls into our seconds-based
metrics (faust's own ``Monitor`` keeps milliseconds under other names). Consumer lag is read from the worker's own
consumer, which knows each assigned partition's end offset (from its fetches) and what this group committed.
"""

from __future__ import annotations

import time
from collections.abc import Collection

import faust
import structlog
from faust.types import AppT, ConsumerT

from worker import metrics

log = structlog.get_logger(__name__)


class MetricsSensor(faust.Sensor):
    """A faust sensor that reports commits and rebalances to ``worker.metrics``."""

    def on_commit_initiated(self, consumer: ConsumerT) -> float:
        return time.perf_counter()

    def on_commit_completed(self, consumer: ConsumerT, state: float) -> None:
        metrics.record_commit(time.perf_counter() - state)

    def on_rebalance_start(self, app: AppT) -> dict:
        metrics.record_rebalance()
        return {"started": time.perf_counter()}


def consumer_lag(consumer: ConsumerT, topics: Collection[str]) -> dict[tuple[str, int], int]:
    """Lag of each assigned partition of ``topics``: end offset minus committed offset.

    A partition the group never committed counts from offset 0. A partition whose end offset the consumer has not
    fetched yet is left out rather than guessed. Faust keeps the committed offsets it seeked to at assignment and
    every offset it committed since in ``Consumer._committed_offset``; there is no public accessor for them.
    """
    lag: dict[tuple[str, int], int] = {}
    committed_offsets = consumer._committed_offset
    for tp in consumer.assignment():
        if tp.topic not in topics:
            continue
        highwater = consumer.highwater(tp)
        if highwater is None:
            continue
        committed = committed_offsets.get(tp) or 0
        lag[(tp.topic, tp.partition)] = max(0, highwater - committed)
    return lag


def current_lag(app: faust.App, topics: Collection[str]) -> dict[tuple[str, int], int]:
    """``consumer_lag`` of ``app``'s consumer, or nothing while the consumer is between states; never raises."""
    try:
        return consumer_lag(app.consumer, topics)
    except Exception:  # a scrape or the live page must never fail because of a rebalance in progress
        log.debug("consumer_lag_unavailable", exc_info=True)
        return {}
