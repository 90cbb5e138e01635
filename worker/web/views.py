"""Routes on the worker's faust web server: the live page at ``/``, its assets, ``/api/summary`` and ``/metrics``.

The page routes are added when the app is created, before faust applies its own blueprints, so ``/`` serves our
page: aiohttp dispatches to the first route registered for a path, and faust's plain index comes later.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import faust
from faust.web import Request, Response, View

from worker import metrics
from worker.sensor import current_lag
from worker.web.live import LiveFeed

STATIC_DIR = Path(__file__).resolve().parent / "static"
NO_CACHE = {"Cache-Control": "no-store"}


def register_pages(app: faust.App, feed: LiveFeed, lag_topics: Collection[str]) -> None:
    """Serve the live page, its JSON and the Prometheus metrics on ``app``'s web server."""
    index_html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")

    @app.page("/", name="live_page")
    class LivePage(View):
        async def get(self, request: Request) -> Response:
            return self.html(index_html, headers=dict(NO_CACHE))

    @app.page("/api/summary", name="live_summary")
    class LiveSummary(View):
        async def get(self, request: Request) -> Response:
            return self.json(feed.summary(current_lag(app, lag_topics)), headers=dict(NO_CACHE))

    @app.page("/metrics", name="prometheus_metrics")
    class PrometheusMetrics(View):
        async def get(self, request: Request) -> Response:
            metrics.set_consumer_lag(current_lag(app, lag_topics))
            return self.bytes(metrics.exposition(), headers={"Content-Type": metrics.METRICS_CONTENT_TYPE})

    app.web.add_static("/static/", STATIC_DIR)
