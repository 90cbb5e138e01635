"""Security settings: where the web server binds, how TLS/SASL options reach both Kafka clients, and that
neither a secret nor an article body ends up in the logs."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
from dataclasses import dataclass, field

import faust
import pytest

from worker import app as app_module
from worker.app import ArticleProcessor, create_app
from worker.kafka_admin import client_options, ssl_context
from worker.logging import configure_logging
from worker.settings import Settings

SECRET = "s3cret-pa55word-never-logged"
BODY_SENTENCE = "“The reservoir is nearly empty,” Water Commissioner Ines Varga said on Tuesday."


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate and key, enough for building (not using) a TLS context."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=newswire-test",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


def test_the_web_server_binds_loopback_unless_configured():
    assert Settings().web_host == "127.0.0.1"
    assert create_app(Settings(app_id="bind-default")).conf.web_bind == "127.0.0.1"
    assert create_app(Settings(app_id="bind-any", web_host="0.0.0.0")).conf.web_bind == "0.0.0.0"


def test_plaintext_options_carry_no_credentials():
    options = client_options(Settings(bootstrap_servers="a:9092,b:9092"))
    assert options == {"bootstrap_servers": ["a:9092", "b:9092"], "security_protocol": "PLAINTEXT"}
    assert app_module._credentials(Settings()) is None


def test_sasl_ssl_options_for_kafka_python_and_faust(certificate):
    cert, key = certificate
    settings = Settings(
        security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="newswire",
        sasl_password=SECRET, ssl_cafile=cert, ssl_certfile=cert, ssl_keyfile=key,
    )
    options = client_options(settings)
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("newswire", SECRET)
    assert (options["ssl_cafile"], options["ssl_certfile"], options["ssl_keyfile"]) == (str(cert), str(cert), str(key))

    credentials = app_module._credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password) == ("newswire", SECRET)
    assert str(credentials.mechanism.value) == "SCRAM-SHA-512"
    assert credentials.ssl_context is not None and credentials.ssl_context.verify_mode.name == "CERT_REQUIRED"
    assert SECRET not in repr(settings) and SECRET not in str(settings.model_dump())


def test_ssl_without_sasl_gives_a_tls_context(certificate):
    cert, key = certificate
    settings = Settings(security_protocol="SSL", ssl_cafile=cert, ssl_certfile=cert, ssl_keyfile=key)
    assert "sasl_mechanism" not in client_options(settings)
    assert isinstance(app_module._credentials(settings), faust.SSLCredentials)
    assert ssl_context(Settings(security_protocol="SASL_PLAINTEXT")) is None


def test_message_size_limits_are_settings(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_MAX_MESSAGE_BYTES", "100000")
    monkeypatch.setenv("NEWSWIRE_MAX_BODY_CHARS", "5000")
    settings = Settings()
    assert (settings.max_message_bytes, settings.max_body_chars) == (100_000, 5000)
    conf = create_app(settings).conf
    assert conf.producer_max_request_size == 100_000 * app_module.OUTPUT_SIZE_FACTOR


@dataclass
class FakeMessage:
    value: bytes
    key: bytes | None = b"k"
    topic: str = "articles.raw"
    partition: int = 0
    offset: int = 7
    timestamp: float = 1_700_000_000.0
    headers: list = field(default_factory=list)


@dataclass
class FakeEvent:
    message: FakeMessage

    @property
    def value(self) -> bytes:
        return self.message.value


class FakeTopic:
    """Accepts every send at once, or fails them with ``errors`` (one per send, in order) first."""

    def __init__(self, name: str, errors: list[BaseException] | None = None) -> None:
        self.name, self.errors, self.sent = name, list(errors or []), []

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, key, value, headers):
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append((key, value, headers))
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class FakeOutputs:
    def __init__(self, **errors: list[BaseException]) -> None:
        self.topics = {role: FakeTopic(role, errors.get(role)) for role in ("enriched", "quotes", "positions", "dlq")}

    def for_role(self, role: str) -> FakeTopic:
        return self.topics[role]


def test_logs_of_a_processed_article_hold_neither_its_body_nor_a_secret(capsys, monkeypatch):
    monkeypatch.setenv("NEWSWIRE_SASL_PASSWORD", SECRET)
    configure_logging("debug", "json")
    try:
        settings = Settings()
        outputs = FakeOutputs()
        processor = ArticleProcessor(settings, outputs)
        body = f"{BODY_SENTENCE}\n\nMore text follows here about the dam."
        enriched = asyncio.run(processor.process(FakeEvent(FakeMessage(value=body.encode()))))
        bad = asyncio.run(processor.process(FakeEvent(FakeMessage(value=b'{"body": "' + BODY_SENTENCE.encode()))))
    finally:
        logging.getLogger().handlers[:] = []
    logs = capsys.readouterr().err
    assert enriched is not None and bad is None
    assert "article_enriched" in logs and "article_dead_lettered" in logs and enriched.article_id in logs
    for secret_or_text in (SECRET, "reservoir", "Ines Varga", "dam."):
        assert secret_or_text not in logs


def test_an_output_the_broker_can_never_accept_dead_letters_the_raw_message():
    from aiokafka.errors import MessageSizeTooLargeError

    outputs = FakeOutputs(enriched=[MessageSizeTooLargeError("too big")])
    raw = FakeMessage(value=BODY_SENTENCE.encode(), key=b"original-key")
    result = asyncio.run(ArticleProcessor(Settings(), outputs).process(FakeEvent(raw)))
    assert result is None
    [(key, value, headers)] = outputs.topics["dlq"].sent
    assert (key, value) == (b"original-key", raw.value)
    assert dict(headers)["newswire.errors.reason"] == b"publish_error"


def test_a_transient_publish_error_is_retried_until_it_succeeds():
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError

    outputs = FakeOutputs(enriched=[KafkaTimeoutError(), KafkaConnectionError("broker away")])
    result = asyncio.run(ArticleProcessor(Settings(), outputs).process(FakeEvent(FakeMessage(value=BODY_SENTENCE.encode()))))
    assert result is not None
    assert len(outputs.topics["enriched"].sent) == 1 and outputs.topics["dlq"].sent == []


def test_a_publish_retry_is_logged_with_the_raw_message_and_the_output_topic(capsys):
    from aiokafka.errors import KafkaConnectionError

    configure_logging("info", "json")
    try:
        outputs = FakeOutputs(quotes=[KafkaConnectionError("broker away")])
        asyncio.run(ArticleProcessor(Settings(), outputs).process(FakeEvent(FakeMessage(value=BODY_SENTENCE.encode()))))
    finally:
        logging.getLogger().handlers[:] = []
    events = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    [retry] = [event for event in events if event["event"] == "publish_retry"]
    assert (retry["topic"], retry["partition"], retry["offset"]) == ("articles.raw", 0, 7)
    assert (retry["role"], retry["output_topic"]) == ("quotes", "quotes")
    assert retry["article_id"]
