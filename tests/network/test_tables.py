"""Folding positions-topic messages into the network tables, in batches, without a broker: the tables are stand-ins
that record which event faust would take a write's changelog partition from."""

from __future__ import annotations

import faust

from tests.network.builders import position_event
from worker.network.model import add_evidence, fold
from worker.network.tables import NetworkTables, record_positions


class Message:
    def __init__(self, partition: int, offset: int) -> None:
        self.topic, self.partition, self.offset = "positions", partition, offset


class Event:
    def __init__(self, value: bytes, partition: int, offset: int) -> None:
        self.value, self.message = value, Message(partition, offset)


class RecordingTable(dict):
    """A dict that remembers, for each write, the partition of faust's current event (the changelog partition)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, int]] = []

    def __setitem__(self, key, value) -> None:
        self.writes.append((key, faust.current_event().message.partition))
        super().__setitem__(key, value)


def tables() -> NetworkTables:
    return NetworkTables(stances=RecordingTable(), evidence=RecordingTable(), taxonomy={})


PARTITION = {"ann": 0, "bob": 1, "cy": 2}


def events_of(positions, first_offset: int = 0) -> list[Event]:
    return [Event(p.model_dump_json().encode(), PARTITION[p.actor_id], first_offset + n) for n, p in enumerate(positions)]


def test_a_batch_writes_each_actor_once_to_its_own_partition_and_counts_like_fold():
    positions = [
        position_event("e1", "ann", "talks-inclusion", "support"),
        position_event("e2", "bob", "talks-inclusion", "oppose"),
        position_event("e3", "ann", "defence-spending", "support", day="2025-02-10"),
        position_event("e4", "cy", "talks-inclusion", "neutral"),
        position_event("e5", "ann", "talks-inclusion", "support", day="2025-02-14"),
    ]
    network = tables()
    record_positions(network, [*events_of(positions[:3]), Event(b"not a position", 1, 3), *events_of(positions[3:], 4)])
    assert dict(network.stances) == fold(positions)
    for table in (network.stances, network.evidence):
        assert sorted(table.writes) == [("ann", 0), ("bob", 1), ("cy", 2)]
    assert network.evidence["ann"] == add_evidence(None, [positions[0], positions[2], positions[4]])


def test_redelivered_positions_are_counted_once_and_rewrite_nothing():
    positions = [position_event("e1", "ann", "talks-inclusion", "support"),
                 position_event("e2", "bob", "talks-inclusion", "oppose")]
    network = tables()
    record_positions(network, events_of(positions))
    record_positions(network, events_of([*positions, positions[0]], 2))  # a redelivery, and a repeat inside it
    assert dict(network.stances) == fold(positions)
    assert len(network.stances.writes) == len(network.evidence.writes) == 2
