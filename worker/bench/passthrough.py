"""The ceiling of ``bench e2e``: a faust worker that re-publishes every raw message unchanged, without extraction.

It runs the worker's stack (the app of ``worker.app.faust_app``, with the same rebalance-safe consumer; one agent
with concurrency 1 acking by hand) and its publish path: up to ``max_in_flight`` messages in flight
(``worker.inflight``), each handed to the producer directly (``worker.delivery.ProducerTopic``) in the worker's order,
confirmed by the broker, and only then acked, in order. What it cannot go faster than is therefore the broker, the
client libraries and the event loop; the real worker's throughput over this one is the share extraction and the
extra outputs leave.

Run as ``python -m worker.bench.passthrough`` with the worker's NEWSWIRE_* settings.
"""

from __future__ import annotations

from functools import partial

import faust
from faust.types import EventT
from mode import CrashingSupervisor

from worker.app import faust_app, output_sequence, raw_topic
from worker.delivery import ProducerTopic
from worker.inflight import InOrderAcks, Turn
from worker.kafka_admin import ensure_topics
from worker.logging import configure_logging
from worker.settings import Settings


def create_passthrough_app(settings: Settings) -> faust.App:
    app = faust_app(settings)
    enriched = ProducerTopic(app, settings.topic_enriched)

    async def republish(event: EventT, turn: Turn) -> None:
        async with turn:
            future = await enriched.send(event.message.key, event.message.value)
        await future

    @app.agent(raw_topic(app, settings), name="pass-through", concurrency=1, supervisor_strategy=CrashingSupervisor)
    async def pass_through(stream: faust.StreamT) -> None:
        unacked = stream.noack()
        async with InOrderAcks(unacked.ack, settings.max_in_flight) as window:
            async for event in unacked.events():
                await window.submit(event, partial(republish, event), lane=event.message.tp,
                                    sequence=output_sequence(event.message))

    return app


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ensure_topics(settings)
    app = create_passthrough_app(settings)
    faust.Worker(app, loglevel=settings.log_level.upper(), override_logging=False, redirect_stdouts=False).execute_from_commandline()


if __name__ == "__main__":
    main()
