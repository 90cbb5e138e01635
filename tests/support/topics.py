"""Reading what landed on a topic, bounded in time."""

from __future__ import annotations

import time
from collections.abc import Callable

from kafka import KafkaConsumer, TopicPartition


def read_topic(
    bootstrap: str,
    topic: str,
    *,
    until: Callable[[list], bool],
    timeout: float = 90,
    isolation_level: str = "read_uncommitted",
) -> list:
    """All records of ``topic`` from the beginning, read until ``until(records)`` holds or ``timeout`` passes."""
    consumer = KafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
        isolation_level=isolation_level, consumer_timeout_ms=1000,
    )
    records: list = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not until(records):
            batch = consumer.poll(timeout_ms=500)
            for partition_records in batch.values():
                records.extend(partition_records)
    finally:
        consumer.close()
    return records


def read_to_end(bootstrap: str, topic: str, *, timeout: float = 60) -> list:
    """Every record of ``topic`` up to its end offsets as they are now: unlike ``read_topic``, no count to stop at,
    so records beyond an expected number are seen too."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, partition) for partition in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        records: list = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(consumer.position(tp) < end for tp, end in ends.items()):
            for partition_records in consumer.poll(timeout_ms=500).values():
                records.extend(partition_records)
        return records
    finally:
        consumer.close()
