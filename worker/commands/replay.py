"""``newswire replay``: publish article files to the raw topic (the seeds by default)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kafka import KafkaProducer

from worker.articles import ArticleRecord, expand_paths, read_records
from worker.codec import decode_article
from worker.exceptions import UnprocessableMessage
from worker.kafka_admin import OUTPUT_SIZE_FACTOR, client_options, ensure_topics
from worker.settings import Settings

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "replay",
        help="publish .txt/.json/.jsonl articles to the raw topic (default: the seeds)",
        description="Publish articles to the raw topic, keyed by article id. Undecodable records are sent as they "
        "are (the worker dead-letters them).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=f"files or folders (default: {DEFAULT_SEEDS})")
    parser.add_argument("--rate", type=float, default=None, help="messages per second (default: as fast as possible)")
    parser.add_argument("--topic", default=None, help="topic to publish to (default: the raw topic setting)")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    parser.set_defaults(func=run)


def message_key(record: ArticleRecord, settings: Settings) -> bytes | None:
    """The article id as key, or None when the record is not a valid article."""
    try:
        article = decode_article(record.value, max_bytes=settings.max_message_bytes, max_body_chars=settings.max_body_chars)
    except UnprocessableMessage:
        return None
    return article.article_id.encode("utf-8")


def run(args: argparse.Namespace, settings: Settings) -> int:
    paths = expand_paths(args.paths or [str(DEFAULT_SEEDS)])
    records = [record for path in paths for record in read_records(path)]
    if not records:
        print("newswire replay: no articles found in " + ", ".join(paths), file=sys.stderr)
        return 1
    topic = args.topic or settings.topic_raw
    ensure_topics(settings)
    producer = KafkaProducer(
        acks="all", max_request_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR, **client_options(settings)
    )
    interval = 1.0 / args.rate if args.rate else 0.0
    started = time.monotonic()
    try:
        for number, record in enumerate(records, start=1):
            if interval:
                time.sleep(max(0.0, started + number * interval - time.monotonic()))
            producer.send(topic, key=message_key(record, settings), value=record.value)
            if not args.quiet and (number == len(records) or number % 100 == 0 or interval):
                _progress(number, len(records), started)
        producer.flush()
    finally:
        producer.close()
    if not args.quiet:
        print(file=sys.stderr)
    print(f"replayed {len(records)} articles to {topic}", file=sys.stderr)
    return 0


def _progress(done: int, total: int, started: float) -> None:
    width = 30
    filled = int(width * done / total)
    rate = done / max(time.monotonic() - started, 1e-9)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {rate:,.0f} msg/s")
    sys.stderr.flush()
