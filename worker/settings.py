"""Configuration: one frozen settings object, from flags, environment (``NEWSWIRE_*``) or defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the worker. Environment variables are ``NEWSWIRE_<FIELD>`` (case-insensitive)."""

    model_config = SettingsConfigDict(env_prefix="NEWSWIRE_", frozen=True, extra="ignore")

    bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("NEWSWIRE_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS", "bootstrap_servers"),
        description="Comma-separated Kafka bootstrap servers.",
    )
    app_id: str = Field(default="newswire", description="Faust app id; also the consumer group.")

    topic_raw: str = "articles.raw"
    topic_enriched: str = "articles.enriched"
    topic_quotes: str = "articles.quotes"
    topic_positions: str = "articles.positions"
    topic_dlq: str = "articles.dlq"
    topic_partitions: int = Field(default=4, ge=1, description="Partitions of topics created at start-up.")
    topic_replication: int = Field(default=1, ge=1)

    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    max_in_flight: int = Field(
        default=16, ge=1, le=1024,
        description="Articles extracted and published ahead of the oldest unacknowledged one (acks stay in order).",
    )
    extract_processes: int = Field(
        default=2, ge=0, le=64,
        description="Worker processes for the CPU-bound extraction; 0 runs it in one thread of the worker itself. "
        "Default 2: on a 2-core machine two spawned processes gave 34-47 against 28-32 articles/s for one (bench e2e) "
        "and a p99 latency of 261-299 against 731-805 ms (bench latency; a long article no longer holds up the "
        "others), with the same CPU per article (docs/benchmarks.md). The event loop spends 3-5 ms of CPU per article, "
        "so one worker feeds at most a few hundred articles/s: more processes pay only with more free cores.",
    )
    max_message_bytes: int = Field(default=4 * 1024 * 1024, ge=1024, description="Larger raw messages are dead-lettered.")
    max_body_chars: int = Field(default=2_000_000, ge=1, description="Longer article bodies are dead-lettered.")

    web_host: str = Field(default="127.0.0.1", description="Bind address of the web page and /metrics.")
    web_port: int = Field(default=6066, ge=0, le=65535)

    issues_file: Path | None = Field(default=None, description="A TOML issue taxonomy that extends the default.")
    issues_replace: bool = Field(default=False, description="Replace the default taxonomy instead of extending it.")

    data_dir: Path = Field(default=Path("var"), description="Local state: broker data, faust tables.")

    # Kafka security; empty means PLAINTEXT.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "console"] = "json"

    @property
    def output_topics(self) -> tuple[str, ...]:
        """Every topic the worker writes: enriched, quotes, positions and the dead letters."""
        return (self.topic_enriched, self.topic_quotes, self.topic_positions, self.topic_dlq)
