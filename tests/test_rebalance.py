"""RebalanceSafeConsumer without a broker: each faust/aiokafka rebalance hazard of worker.rebalance, one test each.

The consumer is the one ``create_app`` builds (never started); the calls it makes to its aiokafka thread are
replaced by recorders, so each test sees exactly what would reach aiokafka. The end-to-end guarantee (a killed
group member's partitions taken over, nothing lost) is tests/test_reliability.py's.
"""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import TopicPartition
from faust.transport.consumer import Consumer as FaustConsumer
from faust.types import TP

from worker.app import create_app
from worker.rebalance import RebalanceSafeConsumer
from worker.settings import Settings


@pytest.fixture
def consumer(tmp_path) -> RebalanceSafeConsumer:
    app = create_app(Settings(data_dir=tmp_path, topic_raw="raw"))
    assert isinstance(app.consumer, RebalanceSafeConsumer)
    return app.consumer


def test_an_empty_set_of_active_partitions_fetches_nothing(consumer, monkeypatch):
    calls = []

    async def getmany(active, timeout):
        calls.append(active)
        return {}

    monkeypatch.setattr(consumer._thread, "getmany", getmany)
    assert asyncio.run(consumer._getmany(set(), 1.0)) == {}
    assert calls == [], "aiokafka reads an empty set as 'every partition'"


def test_the_fetch_sees_a_snapshot_that_a_rebalance_cannot_empty(consumer, monkeypatch):
    live = {TP("raw", 0), TP("raw", 1)}
    seen = []

    async def getmany(active, timeout):
        live.clear()  # a rebalance pauses every partition while the fetch waits
        seen.append(set(active))
        return {}

    monkeypatch.setattr(consumer._thread, "getmany", getmany)
    asyncio.run(consumer._getmany(live, 1.0))
    assert seen == [{TP("raw", 0), TP("raw", 1)}]


def test_partitions_never_committed_are_rewound_to_the_beginning(consumer, monkeypatch):
    changelog = next(iter(consumer.app.tables.changelog_topics))
    committed = {TopicPartition("raw", 0): None, TopicPartition("raw", 1): 0, TopicPartition("raw", 2): 17,
                 TopicPartition(changelog, 0): None}
    calls = []

    class AIOKafkaConsumer:
        async def seek_to_beginning(self, *tps): ...

        async def seek_to_end(self, *tps): ...

    async def seek_to_committed():
        return committed

    async def call_thread(fun, *args):
        calls.append((fun.__name__, set(args)))

    monkeypatch.setattr(consumer._thread, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(consumer._thread, "call_thread", call_thread)
    monkeypatch.setattr(consumer._thread, "_ensure_consumer", AIOKafkaConsumer)
    assert asyncio.run(consumer.seek_to_committed()) == committed
    assert calls == [("seek_to_beginning", {TopicPartition("raw", 0), TopicPartition("raw", 1)})]


def test_a_seek_forgets_gaps_seen_before_it(consumer, monkeypatch):
    tp = TP("raw", 0)

    async def seek_to_committed():
        return {tp: 25}

    monkeypatch.setattr(consumer, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})
    consumer._gap[tp].addi(25, 27)  # records read, then dropped by a rebalance
    asyncio.run(consumer.perform_seek())
    assert not consumer._gap.get(tp)
    assert consumer._read_offset[tp] == 25


def fetch_offsets(monkeypatch, tp: TP, offsets: tuple[int, ...]) -> None:
    """faust's own fetch (under the safe consumer) yields these offsets of ``tp`` as one batch."""

    async def batch(self, timeout):
        for offset in offsets:
            yield tp, offset

    monkeypatch.setattr(FaustConsumer, "getmany", batch)


def test_a_batch_fetched_before_a_seek_stops_at_the_seek_and_keeps_its_read_offsets(consumer, monkeypatch):
    tp = TP("raw", 0)

    fetch_offsets(monkeypatch, tp, (40, 41, 42))

    async def drain() -> list[int]:
        delivered = []
        async for _, offset in consumer.getmany(1.0):
            delivered.append(offset)
            # the seek completes while this record is being delivered...
            consumer._read_offset[tp] = 25
            consumer._read_offset_at_seek = {tp: 25}
            consumer._seek_epoch += 1
            # ...and the drain loop then records the stale record as read
            consumer._read_offset[tp] = offset
        return delivered

    assert asyncio.run(drain()) == [40]
    assert consumer._read_offset[tp] == 25, "the next record read after the seek must not look like a gap"


def test_a_batch_without_a_seek_is_delivered_whole(consumer, monkeypatch):
    tp = TP("raw", 0)

    fetch_offsets(monkeypatch, tp, (40, 41, 42))

    async def drain() -> list[int]:
        return [offset async for _, offset in consumer.getmany(1.0)]

    assert asyncio.run(drain()) == [40, 41, 42]


def test_a_fetch_and_a_seek_take_turns_and_the_earlier_batch_is_stale(consumer, monkeypatch):
    tp = TP("raw", 0)
    steps = []

    async def getmany(active, timeout):
        steps.append("fetch starts")
        await asyncio.sleep(0.05)
        steps.append("fetch ends")
        return {}

    async def seek_to_committed():
        steps.append("seek starts")
        await asyncio.sleep(0.05)
        steps.append("seek ends")
        return {tp: 25}

    monkeypatch.setattr(consumer._thread, "getmany", getmany)
    monkeypatch.setattr(consumer, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})

    async def fetch_then_seek_then_fetch() -> list[bool]:
        stale = []
        # faust's fetcher and table recovery run concurrently: the seek is requested while the fetch waits.
        await asyncio.gather(consumer._getmany({tp}, 1.0), consumer.perform_seek())
        stale.append(consumer._fetch_epoch != consumer._seek_epoch)
        await consumer._getmany({tp}, 1.0)
        stale.append(consumer._fetch_epoch != consumer._seek_epoch)
        return stale

    assert asyncio.run(fetch_then_seek_then_fetch()) == [True, False]
    assert steps == ["fetch starts", "fetch ends", "seek starts", "seek ends", "fetch starts", "fetch ends"]
