"""Session-wide fixtures. Tests that need a broker are marked ``@pytest.mark.kafka`` and take ``kafka_bootstrap``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.kafka_service import KafkaService, provide_kafka
from worker.broker import LocalBroker


@pytest.fixture(scope="session")
def kafka_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaService]:
    """The one broker of the session, started on first use and stopped at the end (see tests/support/kafka_service.py)."""
    with provide_kafka(tmp_path_factory.mktemp("kafka")) as service:
        yield service


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_service: KafkaService) -> str:
    """The bootstrap address of the session's broker, e.g. ``127.0.0.1:40123``."""
    return kafka_service.bootstrap


@pytest.fixture(scope="session")
def local_broker(kafka_service: KafkaService) -> LocalBroker | None:
    """The LocalBroker when this session runs it (so a test may stop and start it), else None."""
    return kafka_service.broker
