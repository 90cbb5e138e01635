"""Where the tests' Kafka comes from: a given address, a testcontainers broker, or a LocalBroker we start.

Chosen once per test session, in this order:
1. ``KAFKA_BOOTSTRAP_SERVERS`` when set (a broker someone else runs; we neither start nor stop it);
2. testcontainers' Kafka module when a Docker engine answers;
3. :class:`worker.broker.LocalBroker` on free ports, data in a folder unique to the run, jars shared in var/kafka/lib.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from worker.broker import DEFAULT_MESSAGE_MAX_BYTES, LocalBroker

REPO = Path(__file__).resolve().parents[2]
SHARED_LIB_DIR = REPO / "var" / "kafka" / "lib"  # the same jars as `newswire broker start`: resolved once


@dataclass(frozen=True)
class KafkaService:
    """The session's broker: its bootstrap address, and the LocalBroker when we run it (for outage tests)."""

    bootstrap: str
    broker: LocalBroker | None = None


def docker_answers() -> bool:
    """Whether a Docker engine responds right now (False fast when there is none)."""
    try:
        import docker

        return bool(docker.from_env(timeout=3).ping())
    except Exception:  # no client library, no socket, no daemon: all mean "no Docker"
        return False


@contextlib.contextmanager
def testcontainers_kafka() -> Iterator[KafkaService]:
    """A KRaft broker in a container, configured like our LocalBroker where it matters."""
    from testcontainers.community.kafka import KafkaContainer

    container = (
        KafkaContainer()
        .with_kraft()
        .with_env("KAFKA_MESSAGE_MAX_BYTES", str(DEFAULT_MESSAGE_MAX_BYTES))
        .with_env("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
    )
    with container:
        yield KafkaService(bootstrap=container.get_bootstrap_server())


@contextlib.contextmanager
def local_kafka(root: Path) -> Iterator[KafkaService]:
    """A LocalBroker on ports free at start, stopped when the block ends."""
    broker = LocalBroker(root, port=0, lib_dir=SHARED_LIB_DIR, stop_with_parent=True)  # no orphan if pytest is killed
    broker.start(timeout=120)
    try:
        yield KafkaService(bootstrap=broker.bootstrap, broker=broker)
    finally:
        broker.stop()


@contextlib.contextmanager
def provide_kafka(local_root: Path) -> Iterator[KafkaService]:
    """The session's Kafka, from the first source that is available (see the module docstring)."""
    if given := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield KafkaService(bootstrap=given)
    elif docker_answers():
        with testcontainers_kafka() as service:
            yield service
    else:
        with local_kafka(local_root) as service:
            yield service
