"""The ceiling of ``bench e2e``: a faust worker that re-publishes every raw message unchanged, without extraction.

It runs the same stack as the real worker (faust app configured like ``worker.app.create_app``, the same
rebalance-safe consumer, one agent with concurrency 1 acking by hand) and the same publish-and-await path: send to the enriched topic, wait for the
broker's acknowledgement, only then ack the event. What it cannot go faster than is therefore the broker, the
client libraries and the event loop; the real worker's throughput over this one is the share extraction leaves.

Run as ``python -m worker.bench.passthrough`` with the worker's NEWSWIRE_* settings.
"""

from __future__ import annotations

import faust

from worker.kafka_admin import OUTPUT_SIZE_FACTOR, ensure_topics
from worker.logging import configure_logging
from worker.rebalance import use_rebalance_safe_consumer
from worker.settings import Settings


def create_passthrough_app(settings: Settings) -> faust.App:
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server}" for server in settings.bootstrap_servers.split(",")],
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_max_request_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR,
        consumer_max_fetch_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR,
        consumer_auto_offset_reset="earliest",
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        datadir=str(settings.data_dir / "faust"),
        store="memory://",
        autodiscover=False,
    )
    use_rebalance_safe_consumer(app)

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    raw, enriched = topic(settings.topic_raw), topic(settings.topic_enriched)

    @app.agent(raw, name="pass-through", concurrency=1)
    async def pass_through(stream: faust.StreamT) -> None:
        unacked = stream.noack()
        async for event in unacked.events():
            future = await enriched.send(key=event.message.key, value=event.message.value)
            await future
            await unacked.ack(event)

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
