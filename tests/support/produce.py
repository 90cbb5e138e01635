"""Publishing test records straight to a topic with kafka-python, bytes as given (no newswire code in between)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from kafka import KafkaProducer

MAX_REQUEST_BYTES = 16 * 1024 * 1024


def produce(
    bootstrap: str,
    topic: str,
    records: Iterable[tuple[bytes | None, bytes | None]],
    *,
    headers: list[tuple[str, bytes]] | None = None,
    one_by_one: bool = False,
) -> int:
    """Send ``(key, value)`` pairs in order, wait until the broker acknowledged all of them; return how many.

    ``one_by_one`` waits for each record before the next, so large records never share a batch (whose size the
    topic's ``max.message.bytes`` limits as a whole).
    """
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=20, max_request_size=MAX_REQUEST_BYTES,
        enable_idempotence=True,
    )
    count = 0
    try:
        futures = []
        for key, value in records:
            futures.append(producer.send(topic, key=key, value=value, headers=headers or []))
            count += 1
            if one_by_one:
                producer.flush()
        producer.flush()
        for future in futures:
            future.get(timeout=60)
    finally:
        producer.close()
    return count


class SteadyFeed:
    """Publishes ``make(0)``, ``make(1)``, ... at a steady rate on a thread until stopped.

    A worker fed this way is busy whenever a test disturbs it, however fast it has become; a fixed batch published
    up front may be done before a second member has joined or a kill lands.
    """

    TICK_SECONDS = 0.05

    def __init__(self, bootstrap: str, topic: str, make: Callable[[int], tuple[bytes, bytes]],
                 per_second: int) -> None:
        self.count = 0
        self._make = make
        self._topic = topic
        self._per_tick = max(1, round(per_second * self.TICK_SECONDS))
        self._producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, enable_idempotence=True)
        self._stopped = threading.Event()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="steady-feed", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        futures = []
        next_tick = time.monotonic()
        try:
            while not self._stopped.is_set():
                for _ in range(self._per_tick):
                    key, value = self._make(self.count)
                    futures.append(self._producer.send(self._topic, key=key, value=value))
                    self.count += 1
                next_tick += self.TICK_SECONDS
                self._stopped.wait(max(0.0, next_tick - time.monotonic()))
            self._producer.flush()
            for future in futures:
                future.get(timeout=60)
        except BaseException as error:  # re-raised by stop(), in the test's thread
            self._failure = error

    def stop(self) -> int:
        """Stop publishing, wait until the broker acknowledged everything sent; return how many were sent."""
        if self._stopped.is_set():
            return self.count
        self._stopped.set()
        self._thread.join(timeout=90)
        self._producer.close()
        if self._failure is not None:
            raise self._failure
        return self.count
