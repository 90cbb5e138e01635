"""Kafka plumbing shared by the worker and the commands: client options from settings, topic creation."""

from __future__ import annotations

import ssl

import structlog
from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from worker.settings import Settings

log = structlog.get_logger(__name__)

# Output messages carry the body plus what was extracted from it, so they may be a few times the input's size.
OUTPUT_SIZE_FACTOR = 4


def client_options(settings: Settings) -> dict:
    """Connection options for kafka-python clients (security included)."""
    options: dict = {"bootstrap_servers": settings.bootstrap_servers.split(","), "security_protocol": settings.security_protocol}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        options.update(
            ssl_cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None,
            ssl_certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None,
            ssl_keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
        )
    options.update(sasl_options(settings))
    return options


def sasl_options(settings: Settings) -> dict:
    """SASL options, named alike by kafka-python and aiokafka; empty unless the protocol uses SASL."""
    if not settings.security_protocol.startswith("SASL"):
        return {}
    return {
        "sasl_mechanism": settings.sasl_mechanism or "PLAIN",
        "sasl_plain_username": settings.sasl_username,
        "sasl_plain_password": settings.sasl_password.get_secret_value() if settings.sasl_password else None,
    }


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context for faust/aiokafka, or None on plaintext connections."""
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
    if settings.ssl_certfile:
        context.load_cert_chain(str(settings.ssl_certfile), str(settings.ssl_keyfile) if settings.ssl_keyfile else None)
    return context


def ensure_topics(settings: Settings, topics: list[str] | None = None) -> list[str]:
    """Create the worker's topics that are missing, with the configured partition count; return those created."""
    wanted = topics or [settings.topic_raw, *settings.output_topics]
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **client_options(settings))
    try:
        existing = set(admin.list_topics())
        missing = [name for name in wanted if name not in existing]
        created = []
        for name in missing:
            try:
                admin.create_topics(
                    [
                        NewTopic(
                            name,
                            num_partitions=settings.topic_partitions,
                            replication_factor=settings.topic_replication,
                            topic_configs={"max.message.bytes": str(settings.max_message_bytes * OUTPUT_SIZE_FACTOR)},
                        )
                    ]
                )
                created.append(name)
            except TopicAlreadyExistsError:  # another worker won the race
                pass
        if created:
            log.info("topics_created", topics=created, partitions=settings.topic_partitions)
        return created
    finally:
        admin.close()
