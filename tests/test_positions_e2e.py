"""Issue 7 on a real broker: replaying the seed yields position events, keyed by actor id, that match its annotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.topics import read_topic
from tests.support.worker_process import Deployment
from worker.evaluation.gold import GoldPosition
from worker.evaluation.scoring import score_positions
from worker.models import Position, PositionEvent

pytestmark = pytest.mark.kafka

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "seed-000.txt"
ANNOTATION = Path(__file__).with_name("data") / "seed-000.positions.json"


def as_position(event: PositionEvent) -> Position:
    return Position(
        id=event.event_id, actor_id=event.actor_id, actor_name=event.actor, issue=event.issue, stance=event.stance,
        modality=event.modality, evidence=event.evidence, confidence=event.confidence,
    )


def test_replayed_seed_yields_position_events_that_match_the_annotation(kafka_bootstrap, tmp_path):
    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path)
    worker = deployment.start_worker()
    try:
        assert deployment.cli("replay", "--quiet", str(SEED)).returncode == 0
        enriched = read_topic(kafka_bootstrap, deployment.topic("enriched"), until=lambda records: len(records) >= 1)
        assert len(enriched) == 1, worker.log_tail()
        expected = len(json.loads(enriched[0].value)["positions"])
        records = read_topic(kafka_bootstrap, deployment.topic("positions"), until=lambda r: len(r) >= expected)
    finally:
        worker.stop()
    events = [PositionEvent.model_validate_json(record.value) for record in records]
    assert len(events) == expected > 0
    assert all(record.key.decode() == event.actor_id for record, event in zip(records, events))
    gold = [GoldPosition(**p) for p in json.loads(ANNOTATION.read_text(encoding="utf-8"))["positions"]]
    counts = score_positions(gold, [as_position(event) for event in events])
    print(f"\nseed positions on the broker: {counts.matched} matched / {counts.predicted} predicted / "
          f"{counts.gold} gold, F1 {counts.f1:.3f}")
    assert counts.f1 >= 0.80
    stances = {(e.actor, e.issue.id): e.stance for e in events}
    assert stances[("Pete Hegseth", "nato-membership")] == "oppose"
    assert stances[("John Healey", "talks-inclusion")] == "support"
