"""Publishing test records straight to a topic with kafka-python, bytes as given (no newswire code in between)."""

from __future__ import annotations

from collections.abc import Iterable

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
