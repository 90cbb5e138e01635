"""The worker's live discourse network: position events folded into changelog-backed Faust tables.

An agent consumes the positions topic (keyed by actor id) and keeps two tables keyed by actor id, so each table
partition lives with the positions partition it is built from, as Faust requires:

* ``network-actor-stances``: the actor record of ``worker.network.model`` (counts per issue × day × stance and a
  window of recent event ids that makes redelivered events count once);
* ``network-actor-evidence``: the actor's most recent statements with their evidence, bounded.

The store is in memory; every update is also written to the table's changelog topic
(``<app id>-<table>-changelog``) and Faust replays that on start and on rebalance, so the network survives
restarts. Positions are folded in batches, each actor's two records once per batch: a write is a changelog message
holding the whole record (up to ~10 KB), and the actors of an article's positions repeat (a batch of Wikinews
positions has about 0.6 distinct actors per position). A batch is acked only after its writes. An actor's evidence is
written before its stances, so a crash between the two is repaired by redelivery (evidence replaces by event id; the
stances then count the event once).

With several workers, each holds only the partitions assigned to it (plus standby copies); see ``views``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import faust
import structlog
from faust.streams import _current_event
from faust.types import EventT
from pydantic import ValidationError

from worker.models import PositionEvent
from worker.network.model import add_evidence, apply_events
from worker.network.taxonomy import taxonomy_parents
from worker.network.views import register_views
from worker.settings import Settings

log = structlog.get_logger(__name__)

STANCES_TABLE = "network-actor-stances"
EVIDENCE_TABLE = "network-actor-evidence"
# Positions are folded in batches: an actor's records are written (one changelog message per table) once per batch,
# not once per position. A batch waits at most BATCH_SECONDS, so the views lag the positions topic by that much. It
# is folded in one go, the event loop serving nothing else meanwhile (about 0.15 ms of CPU per position), so it is
# kept small: batches of 16, 64 and 256 Wikinews positions have 0.68, 0.62 and 0.58 distinct actors per position,
# larger ones save few writes but hold the loop longer (docs/benchmarks.md).
BATCH_POSITIONS = 50
BATCH_SECONDS = 0.25


@dataclass(frozen=True)
class NetworkTables:
    """The tables the views read, and the issue hierarchy of the configured taxonomy for the issue filter."""

    stances: faust.types.TableT
    evidence: faust.types.TableT
    taxonomy: dict[str, str | None]


def install_network(app: faust.App, settings: Settings) -> NetworkTables:
    """Add the network tables, the agent that fills them, and the HTTP views to ``app``."""
    def table(name: str, help: str) -> faust.types.TableT:
        schema = faust.Schema(key_type=str, key_serializer="raw", value_serializer="json")
        return app.Table(name, schema=schema, help=help)

    tables = NetworkTables(
        stances=table(STANCES_TABLE, "Actor id -> stance counts per issue and day (worker.network.model)."),
        evidence=table(EVIDENCE_TABLE, "Actor id -> the actor's most recent statements with evidence."),
        taxonomy=taxonomy_parents(settings),
    )
    positions = app.topic(
        settings.topic_positions, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )

    @app.agent(positions, name="network-positions")
    async def fold_positions(stream: faust.StreamT) -> None:
        # take_events acks a batch when the body below returns, and also if the agent is stopped while the body
        # awaits: the body must not await, so a batch is acked only after it was folded into the tables.
        async for events in stream.take_events(BATCH_POSITIONS, within=BATCH_SECONDS):
            record_positions(tables, events)

    register_views(app, tables)
    return tables


def record_positions(tables: NetworkTables, events: Sequence[EventT]) -> None:
    """Fold positions-topic messages into the tables, each actor's two records read, updated with all of the actor's
    new events and written once; a message that is no PositionEvent is logged and skipped."""
    by_actor: dict[str, list[tuple[EventT, PositionEvent]]] = {}
    for event in events:
        position = _position(event)
        if position is not None:
            by_actor.setdefault(position.actor_id, []).append((event, position))
    for actor_id, received in by_actor.items():
        record, counted = apply_events(tables.stances.get(actor_id), [position for _, position in received])
        if len(counted) < len(received):
            log.debug("network_position_duplicate", actor_id=actor_id, duplicates=len(received) - len(counted))
        if not counted:
            continue
        # A table write goes to the changelog partition of the current event: one of the actor's own (its key is
        # the actor id), not whichever event of the batch came last.
        with _current(received[-1][0]):
            tables.evidence[actor_id] = add_evidence(tables.evidence.get(actor_id), counted)
            tables.stances[actor_id] = record


def _position(event: EventT) -> PositionEvent | None:
    message = event.message
    try:
        return PositionEvent.model_validate_json(event.value)
    except ValidationError as error:
        log.warning("network_position_invalid", topic=message.topic, partition=message.partition,
                    offset=message.offset, error=str(error.errors()[:1]))
        return None


@contextmanager
def _current(event: EventT) -> Iterator[None]:
    """Make ``event`` faust's current event (``faust.current_event()``, which picks a table write's changelog
    partition) for the block. faust sets it only per event a stream yields, not per event of a batch."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)
