"""Publishing outputs through the app's producer, and telling a publish that will succeed if retried from one that
never can.

``ProducerTopic`` hands each message straight to the producer faust started (aiokafka's), whose accumulator batches
the messages of every article in flight into one produce request per broker; faust's ``Topic.send`` would add its
channel, codec and sensor steps to each of the eight or so messages of an article, which cost the event loop more
than aiokafka's own work (docs/benchmarks.md). The values are bytes already, so nothing is lost by skipping them.

A broker outage, a leader election or a timeout heal by themselves: the worker keeps retrying and nothing is lost.
An output record larger than the producer or the topic accepts fails the same way on every attempt; retrying it
would block its partition forever, so the raw message is dead-lettered instead (reason ``publish_error``).
Note that aiokafka marks ``KafkaTimeoutError`` as not retriable although an outage causes it, so the ``retriable``
flag of the errors cannot be used: this module lists the permanent failures explicitly.
"""

from __future__ import annotations

import asyncio
import functools

import faust
from aiokafka import errors as aiokafka_errors
from aiokafka.partitioner import DefaultPartitioner, murmur2
from kafka import errors as kafka_errors


PERMANENT_PUBLISH_ERRORS: tuple[type[BaseException], ...] = (
    aiokafka_errors.MessageSizeTooLargeError,
    aiokafka_errors.RecordTooLargeError,
    aiokafka_errors.RecordListTooLargeError,
    aiokafka_errors.CorruptRecordException,
    kafka_errors.MessageSizeTooLargeError,
    kafka_errors.RecordListTooLargeError,
    kafka_errors.InvalidRecordError,
    kafka_errors.CorruptRecordError,
)


class ProducerTopic:
    """One output topic, written with the producer of ``app``; ``send`` returns the future of the broker's ack."""

    def __init__(self, app: faust.App, name: str) -> None:
        self.app = app
        self.name = name

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]] | None = None,
                   ) -> asyncio.Future:
        # aiokafka's producer inside faust's, as faust's own ``Producer.send`` hands it over (without its wrapper:
        # a KafkaError comes unwrapped, which ``is_permanent`` reads the same). Looked up per send: faust may
        # replace it when its producer service restarts.
        producer = self.app.producer
        if not producer.started:
            await self.app.maybe_start_producer()
        return await producer._ensure_producer().send(self.name, value, key=key, headers=headers)


class CachedPartitioner:
    """aiokafka's ``DefaultPartitioner`` (the Java client's murmur2 of the key) with the hash of recent keys kept:
    an article's key is hashed for each of its quotes and its enriched event, an actor's for each of its positions,
    and the pure-Python murmur2 cost ~2% of the event loop. Same partitions as the default, so keyed outputs stay
    co-partitioned with what other clients write."""

    def __init__(self, size: int = 8192) -> None:
        self._hash = functools.lru_cache(maxsize=size)(murmur2)
        self._keyless = DefaultPartitioner()  # a random available partition, as aiokafka's default does

    def __call__(self, key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
        if key is None:
            return self._keyless(key, all_partitions, available)
        return all_partitions[(self._hash(key) & 0x7FFFFFFF) % len(all_partitions)]


def is_permanent(error: BaseException) -> bool:
    """Whether ``error`` (or an error it wraps, like faust's ``ProducerSendError``) can never heal by retrying."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, PERMANENT_PUBLISH_ERRORS):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
