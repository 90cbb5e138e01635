"""Dead letters: the original message, unchanged, with headers that say why it failed.

Header names follow Kafka Streams' KIP-1034 (``__streams.errors.*``) for what it defines, and ``newswire.*``
for the rest, so tools that read either convention find the error, the origin and the time of failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from worker.models import DeadLetter

EXCEPTION = "__streams.errors.exception"
MESSAGE = "__streams.errors.message"
TOPIC = "__streams.errors.topic"
PARTITION = "__streams.errors.partition"
OFFSET = "__streams.errors.offset"
REASON = "newswire.errors.reason"
TIMESTAMP = "newswire.errors.original.timestamp"
FAILED_AT = "newswire.errors.failed.at"
VERSION = "newswire.worker.version"
REPLAYED = "newswire.replayed"
# Set on the rare dead letter whose original value the dead-letter topic refused: the value's size in bytes.
VALUE_DROPPED = "newswire.errors.value.dropped"

# An exception message is capped so a dead letter never carries a copy of a huge body.
MAX_MESSAGE_CHARS = 1000


def dead_letter_for(
    error: BaseException,
    *,
    reason: str,
    topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int | None,
    worker_version: str,
    replayed: int = 0,
) -> DeadLetter:
    """The record of why the raw message at ``topic``/``partition``/``offset`` failed, stamped with the time now;
    the exception's message is capped at ``MAX_MESSAGE_CHARS``."""
    return DeadLetter(
        reason=reason,
        exception_class=f"{type(error).__module__}.{type(error).__qualname__}",
        exception_message=str(error)[:MAX_MESSAGE_CHARS],
        topic=topic,
        partition=partition,
        offset=offset,
        timestamp_ms=timestamp_ms,
        worker_version=worker_version,
        failed_at=datetime.now(timezone.utc),
        replayed=replayed,
    )


def to_headers(letter: DeadLetter) -> list[tuple[str, bytes]]:
    """``letter`` as Kafka headers (UTF-8 values), which ``from_headers`` reads back."""
    headers = [
        (EXCEPTION, letter.exception_class),
        (MESSAGE, letter.exception_message),
        (TOPIC, letter.topic),
        (PARTITION, str(letter.partition)),
        (OFFSET, str(letter.offset)),
        (REASON, letter.reason),
        (FAILED_AT, letter.failed_at.isoformat()),
        (VERSION, letter.worker_version),
        (REPLAYED, str(letter.replayed)),
    ]
    if letter.timestamp_ms is not None:
        headers.append((TIMESTAMP, str(letter.timestamp_ms)))
    return [(name, value.encode("utf-8")) for name, value in headers]


def from_headers(headers: list[tuple[str, bytes]] | dict[str, bytes]) -> DeadLetter:
    """Read a dead letter's headers back (e.g. to filter a replay by reason)."""
    values = {name: value.decode("utf-8") for name, value in (headers.items() if isinstance(headers, dict) else headers)}
    return DeadLetter(
        reason=values[REASON],
        exception_class=values[EXCEPTION],
        exception_message=values[MESSAGE],
        topic=values[TOPIC],
        partition=int(values[PARTITION]),
        offset=int(values[OFFSET]),
        timestamp_ms=int(values[TIMESTAMP]) if TIMESTAMP in values else None,
        worker_version=values[VERSION],
        failed_at=datetime.fromisoformat(values[FAILED_AT]),
        replayed=int(values.get(REPLAYED, "0")),
    )


def replay_count(headers: Iterable[tuple[str, bytes]] | Mapping[str, bytes] | None) -> int:
    """How often a raw message was already replayed from the dead-letter topic (0 for a fresh one).

    Headers come as a list or tuple of pairs (kafka-python, aiokafka) or as a mapping (faust), all accepted.
    """
    pairs = headers.items() if isinstance(headers, Mapping) else headers or ()
    for name, value in pairs:
        if name == REPLAYED:
            try:
                return int(value)
            except ValueError:
                return 0
    return 0
