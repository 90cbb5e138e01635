"""HTTP views of the discourse network on the worker's web port; every answer is JSON.

* ``GET /actors``: actors with their statement counts;
* ``GET /actors/{id}``: one actor's counts per issue and day, and its most recent evidence (404 if unknown);
* ``GET /issues``: the issues actors took positions on, with counts;
* ``GET /network?since=YYYY-MM-DD&issue=ID``: nodes and agree/conflict edges; ``issue`` also selects its
  sub-issues; a malformed ``since`` is a 400.

Scope: a worker answers from the table partitions it holds. With one worker (the default deployment) that is the
whole network. With several, ``/actors/{id}`` is forwarded by Faust to the worker that owns the actor's partition
(peers must reach each other at ``http://<web_host>:<web_port>``, Faust's canonical URL), but ``/actors``,
``/issues`` and ``/network`` cover only this worker's partitions (plus standby copies it happens to hold); for the
whole picture ask each worker, or run ``newswire network export``, which reads the entire positions topic.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

import faust
from faust.web import Request, Response, View

from worker.network.exceptions import BadQuery
from worker.network.model import actor_detail, actor_summaries, issue_summaries, network

if TYPE_CHECKING:
    from worker.network.tables import NetworkTables


def network_filters(query: Mapping[str, str]) -> tuple[date | None, str | None]:
    """``since`` and ``issue`` from a query string; empty values mean no filter."""
    since_text, issue = query.get("since") or None, query.get("issue") or None
    try:
        since = date.fromisoformat(since_text) if since_text else None
    except ValueError:
        raise BadQuery(f"since must be a date like 2025-02-13, got {since_text!r}") from None
    return since, issue


def register_views(app: faust.App, tables: NetworkTables) -> None:
    """Add the network's views to ``app``'s web server."""

    def records() -> dict:
        return dict(tables.stances.items())

    @app.page("/actors", name="network-actors")
    class ActorsView(View):
        async def get(self, request: Request) -> Response:
            return self.json({"actors": actor_summaries(records())})

    @app.page("/actors/{actor_id}", name="network-actor")
    class ActorView(View):
        @app.table_route(table=tables.stances, match_info="actor_id")
        async def get(self, request: Request, actor_id: str) -> Response:
            record = tables.stances.get(actor_id)
            if record is None:
                return self.error(404, f"no positions of actor {actor_id!r}")
            return self.json(actor_detail(actor_id, record, tables.evidence.get(actor_id)))

    @app.page("/issues", name="network-issues")
    class IssuesView(View):
        async def get(self, request: Request) -> Response:
            return self.json({"issues": issue_summaries(records())})

    @app.page("/network", name="network")
    class NetworkView(View):
        async def get(self, request: Request) -> Response:
            try:
                since, issue = network_filters(request.query)
            except BadQuery as error:
                return self.error(400, str(error))
            return self.json(network(records(), since=since, issue=issue, taxonomy=tables.taxonomy))
