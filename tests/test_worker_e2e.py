"""The walking skeleton on a real broker: seeds in, enriched events out, bad messages dead-lettered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.topics import read_topic
from tests.support.worker_process import Deployment
from worker import dlq

pytestmark = pytest.mark.kafka

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".json"))


@pytest.fixture
def deployment(kafka_bootstrap, tmp_path):
    return Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path)


def test_seeds_are_enriched_with_quote_events(deployment):
    worker = deployment.start_worker()
    try:
        replay = deployment.cli("replay", "--quiet")
        assert replay.returncode == 0, replay.stderr.decode()
        enriched = read_topic(deployment.bootstrap, deployment.topic("enriched"),
                              until=lambda records: len(records) >= len(SEED_FILES))
        articles = {r.key.decode(): json.loads(r.value) for r in enriched}
        assert len(articles) == len(SEED_FILES), worker.log_tail()
        seed = next(a for a in articles.values() if a["body"].startswith("US President Donald Trump"))
        # A partial quote closing a reported clause is one quote of kind mixed (the gold counts it as direct).
        direct = [q for q in seed["quotes"] if q["kind"] in ("direct", "mixed")]
        assert len(direct) == 17
        assert [s["title"] for s in seed["sections"]][0] is None and len(seed["sections"]) == 6

        expected_quote_events = sum(len(a["quotes"]) for a in articles.values())
        quote_records = read_topic(deployment.bootstrap, deployment.topic("quotes"),
                                   until=lambda records: len(records) >= expected_quote_events)
        events = [json.loads(r.value) for r in quote_records]
        assert len(events) == expected_quote_events
        seed_events = [e for e in events if e["article"]["article_id"] == seed["article_id"]]
        assert {e["quote"]["id"] for e in seed_events} == {q["id"] for q in seed["quotes"]}
        assert all(r.key.decode() == json.loads(r.value)["article"]["article_id"] for r in quote_records)
    finally:
        worker.stop()


def test_a_malformed_message_is_dead_lettered_and_the_next_one_enriched(deployment):
    worker = deployment.start_worker()
    try:
        bad = b'{"body": "broken json'
        good = json.dumps({"id": "after-bad", "body": "“It works,” Ann Lee said."}).encode()
        source = deployment.workdir / "batch.jsonl"
        source.write_bytes(bad + b"\n" + good + b"\n")
        assert deployment.cli("replay", "--quiet", str(source)).returncode == 0
        dead = read_topic(deployment.bootstrap, deployment.topic("dlq"), until=lambda records: len(records) >= 1)
        enriched = read_topic(deployment.bootstrap, deployment.topic("enriched"), until=lambda records: len(records) >= 1)
        assert [r.value for r in dead] == [bad]
        headers = dict(dead[0].headers)
        assert headers[dlq.REASON] == b"invalid_json"
        assert headers[dlq.TOPIC] == deployment.topic("raw").encode()
        assert [json.loads(r.value)["article_id"] for r in enriched] == ["after-bad"]
        assert worker.process.poll() is None
    finally:
        worker.stop()
