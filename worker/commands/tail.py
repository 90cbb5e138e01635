"""``newswire tail``: print the events on a topic, readable or as JSON lines."""

from __future__ import annotations

import argparse
import json
import time

from kafka import KafkaConsumer

from worker import dlq
from worker.kafka_admin import client_options
from worker.settings import Settings


def register(subparsers) -> None:
    parser = subparsers.add_parser("tail", help="consume and print events from a topic")
    parser.add_argument("topic", help="topic name, or a role: raw, enriched, quotes, positions, dlq")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--from-beginning", action="store_true", help="start at the earliest offset")
    parser.add_argument("--max", type=int, default=None, help="stop after N messages")
    parser.add_argument("--timeout", type=float, default=None, help="stop after S seconds without a message")
    parser.set_defaults(func=run)


def topic_name(name: str, settings: Settings) -> str:
    return getattr(settings, f"topic_{name}", name) if name in ("raw", "enriched", "quotes", "positions", "dlq") else name


def run(args: argparse.Namespace, settings: Settings) -> int:
    topic = topic_name(args.topic, settings)
    consumer = KafkaConsumer(
        topic,
        auto_offset_reset="earliest" if args.from_beginning else "latest",
        enable_auto_commit=False,
        consumer_timeout_ms=int(args.timeout * 1000) if args.timeout else float("inf"),
        **client_options(settings),
    )
    shown = 0
    try:
        for record in consumer:
            print(_render(record, args.json), flush=True)
            shown += 1
            if args.max is not None and shown >= args.max:
                break
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    return 0


def _render(record, as_json: bool) -> str:
    try:
        value = json.loads(record.value)
    except (ValueError, TypeError):
        value = None
    if as_json:
        if value is None:
            value = {"value": record.value.decode("utf-8", "replace") if record.value else None}
        return json.dumps(
            {"topic": record.topic, "partition": record.partition, "offset": record.offset,
             "key": record.key.decode("utf-8", "replace") if record.key else None,
             "headers": {k: v.decode("utf-8", "replace") for k, v in record.headers or []}, "value": value},
            ensure_ascii=False,
        )
    return describe(value, record)


def describe(value, record) -> str:
    """A readable summary of one event: an enriched article with its sections and quotes, or a one-liner."""
    stamp = time.strftime("%H:%M:%S", time.localtime(record.timestamp / 1000))
    where = f"{record.topic}[{record.partition}]@{record.offset}"
    if isinstance(value, dict) and "sections" in value and "quotes" in value:
        lines = [f"{stamp} {where} article {value['article_id']}: {value.get('title') or ''}"]
        for section in value["sections"]:
            lines.append(f"  § {section['index']} {section['title'] or '(lead)'}")
            for quote in value["quotes"]:
                if quote["section_index"] == section["index"]:
                    speaker = (quote.get("speaker") or {}).get("name") or "?"
                    text = quote["text"] if len(quote["text"]) <= 100 else quote["text"][:97] + "..."
                    lines.append(f"      [{quote['kind']}] {speaker}: “{text}”")
        lines.append(f"  actors: {', '.join(a['name'] for a in value.get('actors', [])[:12])}")
        return "\n".join(lines)
    if isinstance(value, dict) and "quote" in value:
        speaker = (value["quote"].get("speaker") or {}).get("name") or "?"
        return f"{stamp} {where} {speaker}: “{value['quote']['text'][:100]}”"
    if isinstance(value, dict) and "stance" in value:
        return f"{stamp} {where} {value['actor']} {value['stance']}s {value['issue']['label']}: {value['event_text'][:80]}"
    headers = {k: v.decode("utf-8", "replace") for k, v in record.headers or []}
    reason = headers.get(dlq.REASON)
    text = (record.value or b"")[:80].decode("utf-8", "replace")
    return f"{stamp} {where} " + (f"DEAD LETTER ({reason}): {headers.get(dlq.MESSAGE, '')} | {text}" if reason else text)
