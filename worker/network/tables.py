"""The worker's live discourse network: position events folded into changelog-backed Faust tables.

An agent consumes the positions topic (keyed by actor id) and keeps two tables keyed by actor id, so each table
partition lives with the positions partition it is built from, as Faust requires:

* ``network-actor-stances``: the actor record of ``worker.network.model`` (counts per issue × day × stance and a
  window of recent event ids that makes redelivered events count once);
* ``network-actor-evidence``: the actor's most recent statements with their evidence, bounded.

The store is in memory; every update is also written to the table's changelog topic
(``<app id>-<table>-changelog``) and Faust replays that on start and on rebalance, so the network survives
restarts. The evidence is written before the stances, so a crash between the two is repaired by redelivery
(evidence replaces by event id; the stances then count the event once).

With several workers, each holds only the partitions assigned to it (plus standby copies); see ``views``.
"""

from __future__ import annotations

from dataclasses import dataclass

import faust
import structlog
from faust.types import EventT
from pydantic import ValidationError

from worker.models import PositionEvent
from worker.network.model import add_evidence, apply_event, seen
from worker.network.taxonomy import taxonomy_parents
from worker.network.views import register_views
from worker.settings import Settings

log = structlog.get_logger(__name__)

STANCES_TABLE = "network-actor-stances"
EVIDENCE_TABLE = "network-actor-evidence"


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
        async for event in stream.events():
            record_position(tables, event)

    register_views(app, tables)
    return tables


def record_position(tables: NetworkTables, event: EventT) -> None:
    """Fold one positions-topic message into the tables; a message that is no PositionEvent is logged and skipped."""
    message = event.message
    try:
        position = PositionEvent.model_validate_json(event.value)
    except ValidationError as error:
        log.warning("network_position_invalid", topic=message.topic, partition=message.partition,
                    offset=message.offset, error=str(error.errors()[:1]))
        return
    actor_id = position.actor_id
    record = tables.stances.get(actor_id)
    if seen(record, position):
        log.debug("network_position_duplicate", event_id=position.event_id)
        return
    tables.evidence[actor_id] = add_evidence(tables.evidence.get(actor_id), position)
    tables.stances[actor_id] = apply_event(record, position)

