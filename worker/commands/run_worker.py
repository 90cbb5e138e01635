"""``newswire worker``: run the worker until interrupted.

At-least-once (the default) runs the Faust app; ``processing_guarantee=exactly_once`` runs our own transactional
loop (``worker.transactional``), because faust's exactly_once mode sends agent outputs outside its transactions.
"""

from __future__ import annotations

import argparse
import asyncio

import faust
import structlog

from worker.app import create_app
from worker.kafka_admin import ensure_topics
from worker.settings import Settings
from worker.transactional import serve as serve_exactly_once

log = structlog.get_logger(__name__)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run the enrichment worker",
        description="Consume the raw topic, enrich every article and publish the results. Topics that are "
        "missing are created first with the configured partition count. Stop with Ctrl-C.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ensure_topics(settings)
    if settings.processing_guarantee == "exactly_once":
        log.info("worker_starting", bootstrap=settings.bootstrap_servers, raw_topic=settings.topic_raw,
                 guarantee="exactly_once", web=f"http://{settings.web_host}:{settings.web_port}/")
        asyncio.run(serve_exactly_once(settings))
        return 0
    app = create_app(settings)
    log.info("worker_starting", bootstrap=settings.bootstrap_servers, raw_topic=settings.topic_raw,
             web=f"http://{settings.web_host}:{settings.web_port}/")
    # Logging is ours (structlog); faust must not replace the handlers we configured.
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), override_logging=False, redirect_stdouts=False)
    worker.execute_from_commandline()
    return 0
