"""Reading what landed on a topic, bounded in time."""

from __future__ import annotations

import time
from collections.abc import Callable

from kafka import KafkaConsumer


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
