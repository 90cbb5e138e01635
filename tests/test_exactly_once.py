"""Exactly-once mode on a real broker: a worker SIGKILLed mid-stream and restarted, a zombie, and poison messages.

A ``read_committed`` consumer must see every article's enriched event and quote event exactly once (zero lost, zero
duplicated), and a poison message's dead letter exactly once. Duplicates are counted by the collectors over
everything they read, so a duplicate committed by the killed or the restarted worker fails the test.
"""

from __future__ import annotations

import asyncio
import json
import time
from urllib.request import urlopen

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from tests.support.collect import TopicCollector
from tests.support.produce import SteadyFeed, produce
from tests.support.topics import read_topic
from tests.support.worker_process import Deployment
from tests.test_reliability import FAST_GROUP_ENV, article, articles
from worker import dlq
from worker.settings import Settings
from worker.transactional import transactional_id

pytestmark = [pytest.mark.kafka, pytest.mark.heavy]

EXACTLY_ONCE = {"NEWSWIRE_PROCESSING_GUARANTEE": "exactly_once"}


def committed_collector(bootstrap: str, topic: str, field: str = "article_id") -> TopicCollector:
    return TopicCollector(bootstrap, topic, field=field, isolation_level="read_committed")


def test_sigkill_mid_stream_neither_loses_nor_duplicates(kafka_bootstrap, tmp_path):
    total = 2500
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=3, extra_env=EXACTLY_ONCE)
    worker = deployment.start_worker()
    enriched = committed_collector(kafka_bootstrap, deployment.topic("enriched"))
    quotes = committed_collector(kafka_bootstrap, deployment.topic("quotes"), field="event_id")
    try:
        produce(kafka_bootstrap, deployment.topic("raw"), articles("eos", total))
        assert enriched.wait_until(lambda c: c.distinct >= total // 4, timeout=60), worker.log_tail()
        worker.kill()
        killed_at = enriched.distinct
        assert killed_at < total, "the worker finished before it could be killed; publish more articles"

        started = time.monotonic()
        worker = deployment.start_worker()
        assert enriched.wait_until(lambda c: c.distinct >= total, timeout=60), (enriched.distinct, worker.log_tail())
        resumed_in = time.monotonic() - started
        assert quotes.wait_until(lambda c: c.distinct >= total, timeout=30), (quotes.distinct, worker.log_tail())
        enriched.settle(3)
        quotes.settle(1)
        print(f"\nexactly_once, SIGKILL after {killed_at}/{total} articles, all done {resumed_in:.0f}s after restart: "
              f"{enriched.distinct} enriched ({enriched.duplicates} duplicated), "
              f"{quotes.distinct} quotes ({quotes.duplicates} duplicated)")
        assert (enriched.distinct, enriched.duplicates) == (total, 0)
        assert (quotes.distinct, quotes.duplicates) == (total, 0)
        assert worker.process.poll() is None, worker.log_tail()
    finally:
        worker.kill()
        enriched.close()
        quotes.close()


def test_poison_messages_are_dead_lettered_exactly_once(kafka_bootstrap, tmp_path):
    # A 1.5 MB limit keeps the "output too large" case cheap: its enriched output is refused, which aborts the
    # transaction with its quote already sent; the redo dead-letters it, and the aborted quote stays invisible.
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=1,
                            extra_env={**EXACTLY_ONCE, "NEWSWIRE_MAX_MESSAGE_BYTES": "1500000"})
    good = articles("good", 20)
    poison = [
        (b"broken", b'{"id": "broken", "body": "unterminated'),
        # Plain text, one quote; in JSON output each control character takes six bytes: 7 MB > the 6 MB limit.
        (b"oversized", "“Fine,” Ann Lee said. ".encode() + b"\x01" * 1_200_000),
    ]
    worker = deployment.start_worker()
    try:
        produce(kafka_bootstrap, deployment.topic("raw"), [*good[:10], poison[0], *good[10:15], poison[1], *good[15:]],
                one_by_one=True)
        dead = read_topic(kafka_bootstrap, deployment.topic("dlq"), until=lambda r: len(r) >= 2,
                          isolation_level="read_committed", timeout=60)
        enriched = read_topic(kafka_bootstrap, deployment.topic("enriched"), until=lambda r: len(r) >= len(good),
                              isolation_level="read_committed", timeout=60)
        time.sleep(2)  # anything beyond the counts would be a duplicate: give it time to show up, then read again
        dead = read_topic(kafka_bootstrap, deployment.topic("dlq"), until=lambda r: len(r) > len(dead),
                          isolation_level="read_committed", timeout=5)
        enriched = read_topic(kafka_bootstrap, deployment.topic("enriched"), until=lambda r: len(r) > len(enriched),
                              isolation_level="read_committed", timeout=5)
        quotes = read_topic(kafka_bootstrap, deployment.topic("quotes"), until=lambda r: False,
                            isolation_level="read_committed", timeout=5)

        reasons = sorted((record.key, dict(record.headers)[dlq.REASON]) for record in dead)
        assert reasons == [(b"broken", b"invalid_json"), (b"oversized", b"publish_error")], worker.log_tail()
        assert {record.key: record.value for record in dead} == dict(poison)
        ids = sorted(json.loads(record.value)["article_id"] for record in enriched)
        assert ids == sorted(key.decode() for key, _ in good)
        quoted = sorted(json.loads(record.value)["article"]["article_id"] for record in quotes)
        assert quoted == ids, "a quote of the dead-lettered article is visible, or a good one is missing or doubled"
        # The web server runs in this mode too; its counters count committed work only (not the aborted attempt).
        exposition = urlopen(f"http://127.0.0.1:{worker.web_port}/metrics", timeout=10).read().decode()
        assert f"newswire_articles_enriched_total {float(len(good))}" in exposition
        assert 'newswire_articles_dead_lettered_total{reason="publish_error"} 1.0' in exposition
        assert "newswire_commit_latency_seconds_count 0.0" not in exposition
        summary = json.loads(urlopen(f"http://127.0.0.1:{worker.web_port}/api/summary", timeout=10).read())
        assert summary["totals"]["dead_lettered"] == 2
        assert worker.process.poll() is None, worker.log_tail()
    finally:
        worker.stop()


def test_a_zombie_holding_the_transactional_id_is_fenced_and_its_open_transaction_aborted(kafka_bootstrap, tmp_path):
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=1, extra_env=EXACTLY_ONCE)
    settings = Settings(app_id=deployment.env()["NEWSWIRE_APP_ID"], bootstrap_servers=kafka_bootstrap)
    zombie_id = transactional_id(settings, TopicPartition(deployment.topic("raw"), 0))
    worker = deployment.start_worker()
    enriched = committed_collector(kafka_bootstrap, deployment.topic("enriched"))
    loop = asyncio.new_event_loop()
    zombie = None
    try:
        produce(kafka_bootstrap, deployment.topic("raw"), articles("before", 20))
        assert enriched.wait_until(lambda c: c.distinct >= 20, timeout=30), worker.log_tail()

        # Another process takes the partition's transactional id (fencing the worker) and leaves a transaction open.
        async def open_transaction() -> AIOKafkaProducer:
            producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, transactional_id=zombie_id)
            await producer.start()
            await producer.begin_transaction()
            await producer.send_and_wait(deployment.topic("enriched"), json.dumps({"article_id": "zombie"}).encode())
            return producer

        zombie = loop.run_until_complete(open_transaction())
        produce(kafka_bootstrap, deployment.topic("raw"), articles("after", 20))
        # The worker must take its id back (aborting the zombie's transaction, which would otherwise hold every
        # read_committed consumer of the partition for the transaction timeout) and go on without duplicates.
        assert enriched.wait_until(lambda c: c.distinct >= 40, timeout=30), (enriched.distinct, worker.log_tail())
        enriched.settle(2)
        assert "zombie" not in enriched.counts
        assert (enriched.distinct, enriched.duplicates) == (40, 0)
        assert worker.process.poll() is None, worker.log_tail()
    finally:
        worker.kill()
        enriched.close()
        if zombie is not None:
            loop.run_until_complete(zombie.stop())
        loop.close()


def test_a_member_joining_then_killed_neither_loses_nor_duplicates(kafka_bootstrap, tmp_path):
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=4,
                            extra_env={**EXACTLY_ONCE, **FAST_GROUP_ENV})
    first = deployment.start_worker()
    second = None
    enriched = committed_collector(kafka_bootstrap, deployment.topic("enriched"))
    # Fed steadily, the first member is busy when the rebalance revokes its partitions and the second has work
    # on the ones it gets, whatever either's speed.
    feed = SteadyFeed(kafka_bootstrap, deployment.topic("raw"), lambda n: article("join", n), per_second=200)
    try:
        assert enriched.wait_until(lambda c: c.distinct >= 300, timeout=60), first.log_tail()
        second = deployment.start_worker()
        joined_at = enriched.distinct
        assert enriched.wait_until(lambda c: b"article_enriched" in second.log_path.read_bytes(), timeout=60), (
            "the second member never had partitions", second.log_tail())
        second.kill()
        killed_at = enriched.distinct
        time.sleep(2)  # fed on while the group notices the kill
        total = feed.stop()
        assert enriched.wait_until(lambda c: c.distinct >= total, timeout=90), (enriched.distinct, first.log_tail())
        enriched.settle(3)
        print(f"\nexactly_once, joined at {joined_at}, killed at {killed_at}/{total}: {enriched.distinct} enriched, "
              f"{enriched.duplicates} duplicated")
        assert (enriched.distinct, enriched.duplicates) == (total, 0)
        assert first.process.poll() is None, first.log_tail()
    finally:
        feed.stop()
        first.kill()
        if second is not None:
            second.kill()
        enriched.close()
