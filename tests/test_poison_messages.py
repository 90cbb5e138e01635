"""Poison messages on a real broker: every hostile record is enriched or dead-lettered, never lost, never fatal.

The worker runs with a 1.5 MB message limit so "too large" and "output too large to publish" cases stay cheap.
Each record has a distinct id, so ``published == enriched + dead-lettered`` is checked exactly, and every dead
letter must carry the original key and value bytes unchanged.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.support.produce import produce
from tests.support.topics import read_to_end, read_topic
from tests.support.worker_process import Deployment
from worker import dlq
from worker.models import article_id_for

pytestmark = [pytest.mark.kafka, pytest.mark.heavy]

MAX_MESSAGE_BYTES = 1_500_000
SECRET = "sasl-secret-that-must-not-be-logged"
GOOD = "“We will rebuild the bridge,” Mayor Ann Lee said on Monday."


def article(article_id: str, **fields) -> bytes:
    return json.dumps({"id": article_id, **fields}).encode()


# (name, key, value, expected reason or "enriched"; None when either outcome is acceptable)
POISON: list[tuple[str, bytes | None, bytes | None, str | None]] = [
    ("broken-json", b"k1", b'{"id": "broken-json", "body": "unterminated', "invalid_json"),
    ("invalid-utf8", b"k2", b"\xff\xfe\xfa Mayor said \xc3\x28 \xed\xa0\x80", "invalid_utf8"),
    ("empty-value", b"k3", b"", "empty"),
    ("null-value", b"k4", None, "empty"),
    ("missing-body", b"k5", article("missing-body", title="No body here"), "invalid_article"),
    ("empty-body", b"k6", article("empty-body", body=""), "invalid_article"),
    ("blank-body", b"k7", article("blank-body", body=" \n\t\u00a0 "), "invalid_article"),
    ("body-number", b"k8", article("body-number", body=42), "invalid_article"),
    ("body-list", b"k9", article("body-list", body=["a", "b"]), "invalid_article"),
    ("schema-v2", b"k10", article("schema-v2", body=GOOD, schema_version=2), "unsupported_schema_version"),
    ("too-large", b"k11", article("too-large", body="x" * (MAX_MESSAGE_BYTES + 10)), "too_large"),
    ("deep-json", b"k12", b'{"id": "deep-json", "body": "x", "n": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
     "invalid_json"),
    ("bad-date", b"k13", article("bad-date", body=GOOD, published_at="the day after tomorrow"), "invalid_article"),
    ("json-array", b"k14", b'[{"id": "json-array", "body": "x"}]', None),
    ("lone-surrogate", b"k15", b'{"id": "lone-surrogate", "body": "\\ud800 \\u201cHi,\\u201d he said."}', None),
    # Plain text: JSON would escape each control character into six bytes on the way in already.
    ("output-too-large", b"k16", b"a" + b"\x01" * 1_200_000, "publish_error"),
    # Hostile but valid: these must be enriched.
    ("control-chars", b"k17", article("control-chars", body="A\x00B\x07C\x1b[31m “Quoted,” she said.\x7f"), "enriched"),
    ("html-as-text", b"k18", article("html-as-text", body="<p>“Hi,” <b>Ann</b> said.</p><script>x()</script>"),
     "enriched"),
    ("html-declared", b"k19", article("html-declared", body="<p>“Hi,” Ann said.</p>", content_type="text/html"), None),
    ("quote-run", b"k20", b'"' * 1_000_000, "enriched"),
    ("garbage-key", b"\xff\x00\xfe\x80", article("garbage-key", body=GOOD), "enriched"),
    ("huge-title", b"k22", article("huge-title", body=GOOD, title="T" * 500_000), "enriched"),
    ("plain-text", None, GOOD.encode(), "enriched"),
    ("unknown-fields", b"k24", article("unknown-fields", body=GOOD, extra={"a": [1, 2]}, x=None), "enriched"),
]


def article_id(name: str, value: bytes | None) -> str:
    """The id the worker gives a record: ``name`` for our JSON articles, a body hash for plain text."""
    if value and not value.startswith(b"{"):
        return article_id_for(value.decode("utf-8", "replace"))
    return name


def dead_and_enriched(deployment: Deployment) -> tuple[list, list]:
    """Every record on the dead-letter topic and on the enriched topic so far."""
    return (read_to_end(deployment.bootstrap, deployment.topic("dlq")),
            read_to_end(deployment.bootstrap, deployment.topic("enriched")))


@pytest.fixture
def deployment(kafka_bootstrap, tmp_path):
    return Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path, partitions=2,
                      extra_env={"NEWSWIRE_MAX_MESSAGE_BYTES": str(MAX_MESSAGE_BYTES), "NEWSWIRE_SASL_PASSWORD": SECRET})


def test_every_poison_message_is_enriched_or_dead_lettered_exactly_once(deployment):
    worker = deployment.start_worker()
    try:
        sent = produce(deployment.bootstrap, deployment.topic("raw"), [(key, value) for _, key, value, _ in POISON],
                       one_by_one=True)
        # Wait for one outcome per record sent, whichever topic it took (records marked None may go either way, so
        # no count per topic is known in advance).
        deadline = time.monotonic() + 90
        while sum(map(len, dead_and_enriched(deployment))) < sent and time.monotonic() < deadline:
            time.sleep(1)
        # Anything beyond the count would be a duplicate or a stray: give it a moment to show up, then read all.
        time.sleep(2)
        dead, enriched = dead_and_enriched(deployment)
        assert worker.process.poll() is None, worker.log_tail()
        assert len(enriched) + len(dead) == sent, (len(enriched), len(dead), worker.log_tail())

        sent_by_value = {value: (name, key, expected) for name, key, value, expected in POISON}
        outcomes = {}
        for record in dead:
            name, key, expected = sent_by_value[record.value]  # the original value bytes, unchanged
            assert record.key == key
            headers = dict(record.headers)
            assert headers[dlq.TOPIC] == deployment.topic("raw").encode()
            assert int(headers[dlq.OFFSET]) >= 0 and headers[dlq.EXCEPTION]
            assert len(headers[dlq.MESSAGE]) <= dlq.MAX_MESSAGE_CHARS * 4
            outcomes[name] = headers[dlq.REASON].decode()
        names_by_id = {article_id(name, value): name for name, _, value, _ in POISON}
        for record in enriched:
            outcomes[names_by_id[json.loads(record.value)["article_id"]]] = "enriched"
        assert len(outcomes) == len(POISON)
        for name, _, _, expected in POISON:
            if expected is not None:
                assert outcomes[name] == expected, (name, outcomes[name])
        print("\npoison outcomes:", json.dumps(outcomes, indent=1))
        log_text = worker.log_path.read_text(errors="replace")
        assert "rebuild the bridge" not in log_text and SECRET not in log_text
    finally:
        worker.stop()


def test_dlq_replay_republishes_dead_letters_with_a_replay_count(deployment):
    worker = deployment.start_worker()
    try:
        produce(deployment.bootstrap, deployment.topic("raw"), [
            (b"a", b'{"body": "broken'), (b"b", b""), (b"c", article("c", body=GOOD)),
        ])
        dead = read_topic(deployment.bootstrap, deployment.topic("dlq"), until=lambda r: len(r) >= 2)
        assert sorted(r.value for r in dead) == [b"", b'{"body": "broken']

        result = deployment.cli("dlq", "replay", "--reason", "invalid_json")
        assert result.returncode == 0, result.stderr.decode()
        assert b"replayed 1 dead letters" in result.stderr

        again = read_topic(deployment.bootstrap, deployment.topic("dlq"), until=lambda r: len(r) >= 3)
        assert len(again) == 3, worker.log_tail()
        replayed = [r for r in again if dict(r.headers)[dlq.REPLAYED] == b"1"]
        assert [(r.key, r.value) for r in replayed] == [(b"a", b'{"body": "broken')]
        raw = read_topic(deployment.bootstrap, deployment.topic("raw"), until=lambda r: len(r) >= 4)
        assert [dict(r.headers).get(dlq.REPLAYED) for r in raw].count(b"1") == 1

        limited = deployment.cli("dlq", "replay", "--max", "1")
        assert b"replayed 1 dead letters" in limited.stderr
    finally:
        worker.stop()
