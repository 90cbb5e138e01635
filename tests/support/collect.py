"""Counting what lands on an output topic while a test disturbs the worker: one consumer kept open throughout."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable

from kafka import KafkaConsumer


class TopicCollector:
    """Reads a topic from its beginning and counts records per key field (e.g. each enriched article's id)."""

    def __init__(self, bootstrap: str, topic: str, *, field: str = "article_id",
                 isolation_level: str = "read_uncommitted") -> None:
        self.field = field
        self.counts: Counter[str] = Counter()
        self.consumer = KafkaConsumer(
            topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
            isolation_level=isolation_level, max_partition_fetch_bytes=8 * 1024 * 1024,
        )

    @property
    def distinct(self) -> int:
        return len(self.counts)

    @property
    def duplicates(self) -> int:
        """Records beyond the first for each id: what at-least-once delivery repeated."""
        return sum(self.counts.values()) - len(self.counts)

    def poll(self) -> None:
        for records in self.consumer.poll(timeout_ms=500, max_records=5000).values():
            for record in records:
                self.counts[json.loads(record.value)[self.field]] += 1

    def wait_until(self, condition: Callable[[TopicCollector], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if condition(self):
                return True
        return False

    def settle(self, seconds: float) -> None:
        """Keep reading for a while, so late duplicates are counted too."""
        self.wait_until(lambda _: False, seconds)

    def close(self) -> None:
        self.consumer.close()
