"""Prometheus metrics of the worker: the metric objects and the small functions the app calls.

Conventions: every name starts with ``newswire_``, counters end in ``_total``, durations are in seconds and sizes
in bytes, and labels only take bounded values (topic, partition, role, reason, kind, stance, type), never article
ids or names. Labelled series that we know in advance are created at import with value 0, so a dashboard query
over them returns data from the first scrape, before anything happened.

Faust's own monitor counts in milliseconds under other names; we do not re-export it. ``worker.sensor`` feeds the
faust-side events (commits, rebalances) into the metrics below instead.
"""

from __future__ import annotations

import collections
import platform
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, get_args

import faust
from prometheus_client import REGISTRY, Counter, Gauge, Histogram, Info
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from worker import __version__
from worker.models import ActorType, QuoteKind, Stance

if TYPE_CHECKING:
    from worker.events import ArticleDigest

METRICS_CONTENT_TYPE = CONTENT_TYPE_LATEST

# Topic roles, as in worker.app.OutputTopics plus the raw input.
TOPIC_ROLES = ("raw", "enriched", "quotes", "positions", "dlq")
OUTPUT_ROLES = TOPIC_ROLES[1:]

# Every reason the worker dead-letters with: worker.codec raises the first ones, worker.app adds extraction_error,
# worker.delivery publish_error.
DEAD_LETTER_REASONS = (
    "empty",
    "too_large",
    "invalid_utf8",
    "invalid_json",
    "unsupported_schema_version",
    "invalid_article",
    "extraction_error",
    "publish_error",
)

# Extraction takes milliseconds for a short article and seconds for a very long one.
EXTRACTION_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# From the raw record's timestamp to the acknowledged publication: includes time spent waiting in the topic.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
# Messages range from a one-line quote event to the configured maximum of a few MiB.
SIZE_BUCKETS = tuple(float(4**exponent) for exponent in range(4, 13))  # 256 B .. 16 MiB
COMMIT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

ARTICLES_CONSUMED = Counter("newswire_articles_consumed_total", "Raw messages taken from the raw topic.")
ARTICLES_ENRICHED = Counter(
    "newswire_articles_enriched_total", "Articles enriched and published, outputs acknowledged by the broker."
)
ARTICLES_DEAD_LETTERED = Counter(
    "newswire_articles_dead_lettered_total", "Raw messages sent to the dead-letter topic, by reason.", ["reason"]
)
QUOTES = Counter("newswire_quotes_total", "Quotations found in enriched articles, by kind.", ["kind"])
POSITIONS = Counter("newswire_positions_total", "Positions (actor, issue, stance) found, by stance.", ["stance"])
ACTORS = Counter("newswire_actors_total", "Actors found in enriched articles, by type.", ["type"])

EXTRACTION_DURATION = Histogram(
    "newswire_extraction_duration_seconds", "Time the extraction core took for one article.",
    buckets=EXTRACTION_BUCKETS,
)
END_TO_END_LATENCY = Histogram(
    "newswire_end_to_end_latency_seconds",
    "From the raw record's Kafka timestamp to the broker's acknowledgement of the enriched article.",
    buckets=LATENCY_BUCKETS,
)
MESSAGE_SIZE = Histogram(
    "newswire_message_size_bytes", "Size of message values consumed (role raw) and published, by topic role.",
    ["role"], buckets=SIZE_BUCKETS,
)

CONSUMER_LAG = Gauge(
    "newswire_consumer_lag_messages",
    "Messages not yet committed by this worker: the partition's end offset minus the committed offset.",
    ["topic", "partition"],
)
IN_FLIGHT = Gauge("newswire_in_flight_messages", "Raw messages taken from the topic and not yet fully handled.")
REBALANCES = Counter("newswire_rebalances_total", "Consumer group rebalances this worker took part in.")
PRODUCER_SEND_ERRORS = Counter(
    "newswire_producer_send_errors_total", "Failed attempts to publish (each is retried), by topic role.", ["role"]
)
COMMIT_LATENCY = Histogram(
    "newswire_commit_latency_seconds", "Time to commit consumer offsets to the broker.", buckets=COMMIT_BUCKETS
)
BUILD_INFO = Info("newswire_build", "Versions of the running worker.")


def _create_known_series() -> None:
    """Create every labelled series whose label values are known in advance, at 0, and the build info."""
    for reason in DEAD_LETTER_REASONS:
        ARTICLES_DEAD_LETTERED.labels(reason=reason)
    for kind in get_args(QuoteKind):
        QUOTES.labels(kind=kind)
    for stance in get_args(Stance):
        POSITIONS.labels(stance=stance)
    for actor_type in get_args(ActorType):
        ACTORS.labels(type=actor_type)
    for role in TOPIC_ROLES:
        MESSAGE_SIZE.labels(role=role)
    for role in OUTPUT_ROLES:
        PRODUCER_SEND_ERRORS.labels(role=role)
    BUILD_INFO.info(
        {"version": __version__, "faust_version": faust.__version__, "python_version": platform.python_version()}
    )


_create_known_series()


@contextmanager
def message_in_flight(value_size: int) -> Iterator[None]:
    """Count one consumed raw message (and its size) and hold it as in flight until the block ends."""
    ARTICLES_CONSUMED.inc()
    MESSAGE_SIZE.labels(role="raw").observe(value_size)
    IN_FLIGHT.inc()
    try:
        yield
    finally:
        IN_FLIGHT.dec()


@contextmanager
def extraction_timer() -> Iterator[None]:
    """Observe the block's wall time as one extraction."""
    started = time.perf_counter()
    try:
        yield
    finally:
        EXTRACTION_DURATION.observe(time.perf_counter() - started)


def _children(metric, label: str, values: Iterable[str]) -> dict:
    """The labelled series of ``metric`` by value: ``labels()`` costs microseconds per call, on every article."""
    return {value: metric.labels(**{label: value}) for value in values}


_QUOTES_BY_KIND = _children(QUOTES, "kind", get_args(QuoteKind))
_POSITIONS_BY_STANCE = _children(POSITIONS, "stance", get_args(Stance))
_ACTORS_BY_TYPE = _children(ACTORS, "type", get_args(ActorType))
_SIZE_BY_ROLE = _children(MESSAGE_SIZE, "role", TOPIC_ROLES)


def record_enriched(digest: ArticleDigest, published_sizes: Iterable[tuple[str, int]],
                    raw_timestamp: float | None, now: float | None = None) -> None:
    """Count an enriched article, what it contained and what was published for it.

    ``published_sizes`` are (role, value bytes) of every message published; ``raw_timestamp`` is the raw record's
    Kafka timestamp in seconds since the epoch (no latency is observed without one).
    """
    ARTICLES_ENRICHED.inc()
    _count(QUOTES, "kind", _QUOTES_BY_KIND, digest.quote_kinds)
    _count(POSITIONS, "stance", _POSITIONS_BY_STANCE, digest.stances)
    _count(ACTORS, "type", _ACTORS_BY_TYPE, (actor_type for _, actor_type in digest.actors))
    for role, size in published_sizes:
        _SIZE_BY_ROLE[role].observe(size)
    if raw_timestamp:
        END_TO_END_LATENCY.observe(max(0.0, (time.time() if now is None else now) - raw_timestamp))


def _count(metric, label: str, children: dict, values: Iterable[str]) -> None:
    """Increment ``metric``'s series of each value by how often it occurs, through the cached ``children``."""
    for value, count in collections.Counter(values).items():
        (children.get(value) or metric.labels(**{label: value})).inc(count)


def record_dead_letter(reason: str, value_size: int) -> None:
    """Count a dead-lettered message by its (bounded) reason and the size of what went to the DLQ."""
    ARTICLES_DEAD_LETTERED.labels(reason=reason).inc()
    MESSAGE_SIZE.labels(role="dlq").observe(value_size)


def record_send_error(role: str) -> None:
    """Count one failed publish attempt to the output topic of ``role`` (one of ``OUTPUT_ROLES``)."""
    PRODUCER_SEND_ERRORS.labels(role=role).inc()


def record_rebalance() -> None:
    """Count one consumer group rebalance this worker took part in."""
    REBALANCES.inc()


def record_commit(seconds: float) -> None:
    """Observe one offset commit (in exactly-once mode, a transaction's) that took ``seconds``."""
    COMMIT_LATENCY.observe(seconds)


def set_consumer_lag(lag_by_partition: Mapping[tuple[str, int], int]) -> None:
    """Replace the lag series with ``lag_by_partition``; partitions no longer assigned lose their series."""
    wanted = {(topic, str(partition)): lag for (topic, partition), lag in lag_by_partition.items()}
    for labels in _current_lag_labels() - wanted.keys():
        CONSUMER_LAG.remove(*labels)
    for (topic, partition), lag in wanted.items():
        CONSUMER_LAG.labels(topic=topic, partition=partition).set(lag)


def _current_lag_labels() -> set[tuple[str, str]]:
    return {
        (sample.labels["topic"], sample.labels["partition"])
        for metric in CONSUMER_LAG.collect()
        for sample in metric.samples
    }


def exposition() -> bytes:
    """Everything in the default registry (ours plus process and platform metrics) in the text format."""
    return generate_latest(REGISTRY)
