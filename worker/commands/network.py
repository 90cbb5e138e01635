"""``newswire network export``: the discourse network of the whole positions topic, as GraphML, DNA CSV or JSON.

Unlike the worker's ``/network`` view, which answers from the table partitions one worker holds, this reads every
partition of the positions topic from the beginning up to the end offsets it has when the command starts, so the
export is complete and repeatable. A ``--timeout`` bounds the reading; if it strikes first the export is still
written, a warning says it is partial, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from kafka import KafkaConsumer, TopicPartition
from pydantic import ValidationError

from worker.kafka_admin import OUTPUT_SIZE_FACTOR, client_options
from worker.models import PositionEvent
from worker.network.export import FORMATS, to_dna_csv, to_graphml, to_json
from worker.network.model import fold, network, select_events
from worker.network.taxonomy import taxonomy_parents
from worker.settings import Settings


POLL_TIMEOUT_MS = 500


def register(subparsers) -> None:
    parser = subparsers.add_parser("network", help="the discourse network of actor positions")
    actions = parser.add_subparsers(dest="network_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write the network of the whole positions topic as GraphML, DNA CSV or JSON",
        description="Read the positions topic from the beginning and write the actor network: GraphML (Gephi, "
        "networkx), a statements CSV that Discourse Network Analyzer imports, or JSON as GET /network returns it.",
    )
    export.add_argument("--format", choices=FORMATS, default="graphml", help="output format (default: graphml)")
    export.add_argument("--since", type=_date, help="only statements on or after this day (YYYY-MM-DD)")
    export.add_argument("--issue", help="only this issue and its sub-issues (an issue id, e.g. peace-talks)")
    export.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    export.add_argument("--timeout", type=float, default=60.0, help="stop reading after S seconds (default: 60)")
    export.add_argument("--topic", help="read this topic (default: the positions topic setting)")
    parser.set_defaults(func=run)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2025-02-13: {text!r}") from None


def run(args: argparse.Namespace, settings: Settings) -> int:
    topic = args.topic or settings.topic_positions
    try:
        values, complete = read_topic(settings, topic, args.timeout)
    except LookupError as error:
        print(f"newswire network export: {error}", file=sys.stderr)
        return 1
    events, invalid = decode_positions(values)
    taxonomy = taxonomy_parents(settings)
    selected = select_events(events, since=args.since, issue=args.issue, taxonomy=taxonomy)
    net = network(fold(events), since=args.since, issue=args.issue, taxonomy=taxonomy)
    text = {"graphml": lambda: to_graphml(net), "dna-csv": lambda: to_dna_csv(selected), "json": lambda: to_json(net)}
    rendered = text[args.format]()
    if args.output:
        args.output.write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    print(
        f"exported {len(net['nodes'])} actors, {len(net['edges'])} edges, {len(selected)} statements "
        f"from {len(values)} messages on {topic}" + (f"; {invalid} invalid messages skipped" if invalid else ""),
        file=sys.stderr,
    )
    if not complete:
        print(f"newswire network export: stopped after {args.timeout:g}s before the end of {topic}; the export is "
              "partial", file=sys.stderr)
        return 1
    return 0


def decode_positions(values: list[bytes | None]) -> tuple[list[PositionEvent], int]:
    """The position events among message values, and how many values were not one."""
    events: list[PositionEvent] = []
    for value in values:
        try:
            events.append(PositionEvent.model_validate_json(value or b""))
        except ValidationError:
            continue
    return events, len(values) - len(events)


def read_topic(settings: Settings, topic: str, timeout: float) -> tuple[list[bytes | None], bool]:
    """Every value of ``topic`` from the beginning to its current end, and whether the end was reached in time."""
    consumer = KafkaConsumer(
        enable_auto_commit=False, group_id=None, fetch_max_bytes=settings.max_message_bytes * OUTPUT_SIZE_FACTOR * 2,
        max_partition_fetch_bytes=settings.max_message_bytes * OUTPUT_SIZE_FACTOR, **client_options(settings),
    )
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
        if not partitions:
            raise LookupError(f"topic {topic} does not exist")
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        values: list[bytes | None] = []
        deadline = time.monotonic() + timeout
        while any(consumer.position(tp) < end[tp] for tp in partitions):
            if time.monotonic() >= deadline:
                return values, False
            for records in consumer.poll(timeout_ms=POLL_TIMEOUT_MS).values():
                values.extend(record.value for record in records)
        return values, True
    finally:
        consumer.close()

