"""Nothing lost on a real broker: the worker SIGKILLed mid-stream, the broker stopped for 20 s, a group member killed.

Each test publishes numbered articles, disturbs the system while they are processed, then checks that every
article has its enriched event (zero lost) and prints how many were delivered twice (at-least-once allows
duplicates; their event ids are deterministic, so consumers can drop them).
"""

from __future__ import annotations

import json
import time

import pytest

from tests.support.collect import TopicCollector
from tests.support.kafka_service import SHARED_LIB_DIR
from tests.support.produce import produce
from tests.support.worker_process import Deployment
from worker.broker import LocalBroker

pytestmark = [pytest.mark.kafka, pytest.mark.heavy]

# Faust reads these from the environment: a SIGKILLed member leaves the group after 10 s instead of 60 s.
FAST_GROUP_ENV = {"BROKER_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}


def article(prefix: str, n: int) -> tuple[bytes, bytes]:
    """A small article with one quote, keyed by its id."""
    article_id = f"{prefix}-{n:05d}"
    return article_id.encode(), json.dumps({
        "id": article_id,
        "title": f"Update {n}",
        "body": f"“Item {n} is ready,” Mayor Ann Lee said on Monday.\n\nThe council met for the {n}th time.",
    }).encode()


def articles(prefix: str, count: int) -> list[tuple[bytes, bytes]]:
    """Small distinct articles with one quote each, keyed by id."""
    return [article(prefix, n) for n in range(count)]


def test_sigkill_mid_stream_loses_nothing(kafka_bootstrap, tmp_path):
    total = 5000
    # The restarted worker joins the group the killed one never left: a short session ends that wait sooner.
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=3, extra_env=FAST_GROUP_ENV)
    worker = deployment.start_worker()
    enriched = TopicCollector(kafka_bootstrap, deployment.topic("enriched"))
    quotes = TopicCollector(kafka_bootstrap, deployment.topic("quotes"), field="event_id")
    try:
        produce(kafka_bootstrap, deployment.topic("raw"), articles("crash", total))
        assert enriched.wait_until(lambda c: c.distinct >= total // 4, timeout=120), worker.log_tail()
        worker.kill()
        killed_at = enriched.distinct
        assert killed_at < total, "the worker finished before it could be killed; publish more articles"

        worker = deployment.start_worker()
        assert enriched.wait_until(lambda c: c.distinct >= total, timeout=240), (enriched.distinct, worker.log_tail())
        enriched.settle(3)
        assert quotes.wait_until(lambda c: c.distinct >= total, timeout=60)
        print(f"\nSIGKILL after {killed_at}/{total} articles: {enriched.distinct} enriched, "
              f"{enriched.duplicates} duplicated enriched events, {quotes.duplicates} duplicated quote events")
        assert enriched.distinct == total and quotes.distinct == total
    finally:
        worker.kill()
        enriched.close()
        quotes.close()


def test_broker_outage_of_twenty_seconds_loses_nothing(tmp_path):
    total = 6000
    broker = LocalBroker(tmp_path / "kafka", port=0, lib_dir=SHARED_LIB_DIR)
    bootstrap = broker.start(timeout=120)
    deployment = Deployment(bootstrap=bootstrap, workdir=tmp_path, partitions=2)
    worker = deployment.start_worker()
    enriched = TopicCollector(bootstrap, deployment.topic("enriched"))
    try:
        produce(bootstrap, deployment.topic("raw"), articles("outage", total))
        assert enriched.wait_until(lambda c: c.distinct >= total // 10, timeout=120), worker.log_tail()
        enriched.consumer.close()
        broker.stop()
        down_at = time.monotonic()
        confirmed = worker.log_path.read_bytes().count(b'"article_enriched"')  # logged once its output is confirmed
        assert confirmed < total, "the worker finished before the broker stopped; publish more articles"
        time.sleep(20)
        assert worker.process.poll() is None, "the worker gave up while the broker was away:\n" + worker.log_tail()
        broker.start(timeout=120)
        print(f"\nbroker down for {time.monotonic() - down_at:.0f}s after {confirmed}/{total} articles")
        enriched = TopicCollector(bootstrap, deployment.topic("enriched"))
        assert enriched.wait_until(lambda c: c.distinct >= total, timeout=180), (enriched.distinct, worker.log_tail())
        enriched.settle(2)
        print(f"broker outage: {enriched.distinct}/{total} enriched, {enriched.duplicates} duplicated")
        assert enriched.distinct == total
        assert worker.process.poll() is None
    finally:
        worker.kill()
        enriched.close()
        broker.stop()


def test_a_killed_group_member_hands_its_partitions_over(kafka_bootstrap, tmp_path):
    total = 3000
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=4, extra_env=FAST_GROUP_ENV)
    first = deployment.start_worker()
    second = deployment.start_worker()
    enriched = TopicCollector(kafka_bootstrap, deployment.topic("enriched"))
    try:
        produce(kafka_bootstrap, deployment.topic("raw"), articles("rebalance", total))
        def second_has_worked(collector: TopicCollector) -> bool:
            """Kill the second member only once it owns partitions and has enriched from them (it may join late)."""
            return collector.distinct >= total // 5 and b"article_enriched" in second.log_path.read_bytes()

        assert enriched.wait_until(second_has_worked, timeout=120), ("the second member never had partitions",
                                                                     second.log_tail())
        second.kill()
        killed_at = enriched.distinct
        assert enriched.wait_until(lambda c: c.distinct >= total, timeout=90), (enriched.distinct, first.log_tail())
        enriched.settle(2)
        print(f"\nrebalance after {killed_at}/{total}: {enriched.distinct} enriched, {enriched.duplicates} duplicated")
        assert enriched.distinct == total
        assert first.process.poll() is None
    finally:
        first.kill()
        second.kill()
        enriched.close()
