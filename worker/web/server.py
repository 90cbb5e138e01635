"""The worker's web server without faust: the live page, ``/api/summary`` and ``/metrics`` on plain aiohttp.

The exactly-once worker (``worker.transactional``) runs its own Kafka clients instead of a faust app, so it serves
the same page and metrics as ``worker.web.views`` from a small aiohttp application in the same event loop. The
network views need faust tables and are not served here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from aiohttp import web

from worker import metrics
from worker.web.live import LiveFeed
from worker.web.views import NO_CACHE, STATIC_DIR

LagSource = Callable[[], Mapping[tuple[str, int], int]]


def create_web_app(feed: LiveFeed, lag: LagSource) -> web.Application:
    """An aiohttp app serving ``feed`` and the Prometheus metrics; ``lag`` gives the consumer lag per partition."""
    index_html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")

    async def live_page(request: web.Request) -> web.Response:
        return web.Response(text=index_html, content_type="text/html", headers=NO_CACHE)

    async def live_summary(request: web.Request) -> web.Response:
        return web.json_response(feed.summary(lag()), headers=NO_CACHE)

    async def prometheus_metrics(request: web.Request) -> web.Response:
        metrics.set_consumer_lag(lag())
        return web.Response(body=metrics.exposition(), headers={"Content-Type": metrics.METRICS_CONTENT_TYPE})

    app = web.Application()
    app.router.add_get("/", live_page)
    app.router.add_get("/api/summary", live_summary)
    app.router.add_get("/metrics", prometheus_metrics)
    app.router.add_static("/static/", STATIC_DIR)
    return app


async def start_web(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Serve ``app`` on ``host``:``port`` (only that interface); stop it with ``await runner.cleanup()``."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
