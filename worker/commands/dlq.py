"""``newswire dlq replay``: publish dead letters back to the raw topic, e.g. after a fix in the extraction.

The dead-letter topic is read from its beginning up to the end it has when the command starts, so a run is finite
and repeatable; ``--reason`` and ``--max`` choose which letters go back. Each replayed message keeps its original
key and value bytes and carries a ``newswire.replayed`` header counting its replays, which the worker copies into
the dead letter should the message fail again, so a message that keeps failing is recognisable.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

import structlog
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from worker import dlq
from worker.kafka_admin import OUTPUT_SIZE_FACTOR, client_options
from worker.settings import Settings

log = structlog.get_logger(__name__)

POLL_TIMEOUT_MS = 1000


def register(subparsers) -> None:
    parser = subparsers.add_parser("dlq", help="work with the dead-letter topic")
    actions = parser.add_subparsers(dest="dlq_action", required=True)
    replay = actions.add_parser(
        "replay",
        help="re-publish dead letters to the raw topic",
        description="Re-publish the dead letters now on the dead-letter topic to the raw topic, with their "
        "original key and value and a newswire.replayed header. Prints how many were replayed.",
    )
    replay.add_argument("--reason", action="append", help="only letters with this reason (repeatable)")
    replay.add_argument("--max", type=int, default=None, help="replay at most N letters")
    replay.add_argument("--topic", default=None, help="publish to this topic (default: the raw topic setting)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    target = args.topic or settings.topic_raw
    producer = KafkaProducer(
        acks="all", max_request_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR, **client_options(settings)
    )
    replayed = skipped = 0
    try:
        for record in dead_letters(settings):
            if args.max is not None and replayed >= args.max:
                break
            headers = dict(record.headers or [])
            reason = headers.get(dlq.REASON, b"").decode("utf-8", "replace")
            if args.reason and reason not in args.reason:
                continue
            if dlq.VALUE_DROPPED in headers:
                log.warning("dlq_replay_skipped_value_dropped", topic=record.topic, partition=record.partition,
                            offset=record.offset)
                skipped += 1
                continue
            producer.send(target, key=record.key, value=record.value, headers=replay_headers(record.headers))
            replayed += 1
        producer.flush()
    finally:
        producer.close()
    print(f"replayed {replayed} dead letters to {target}" + (f" ({skipped} without a value skipped)" if skipped else ""),
          file=sys.stderr)
    return 0


def replay_headers(letter_headers: list[tuple[str, bytes]] | None) -> list[tuple[str, bytes]]:
    """The headers of a replayed message: only the replay count, one more than the dead letter recorded."""
    return [(dlq.REPLAYED, str(dlq.replay_count(letter_headers) + 1).encode())]


def dead_letters(settings: Settings) -> Iterator:
    """Every record on the dead-letter topic, from its beginning to the end it had when this started."""
    consumer = KafkaConsumer(enable_auto_commit=False, **client_options(settings))
    try:
        partitions = [TopicPartition(settings.topic_dlq, p) for p in consumer.partitions_for_topic(settings.topic_dlq) or ()]
        if not partitions:
            return
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        remaining = {tp for tp in partitions if consumer.position(tp) < ends[tp]}
        while remaining:
            for tp, records in consumer.poll(timeout_ms=POLL_TIMEOUT_MS).items():
                for record in records:
                    if record.offset < ends[tp]:
                        yield record
            remaining = {tp for tp in remaining if consumer.position(tp) < ends[tp]}
    finally:
        consumer.close()
