"""The Faust app: a thin shell that moves messages between Kafka and the pure ``enrich`` core.

One agent reads the raw topic as bytes, so nothing is lost to a deserialisation error inside faust. For each
message a process of a pool decodes the article and runs the extraction (``extract_processes``; 0 runs both here,
the extraction in a thread: it is CPU-bound and must not stall heartbeats, commits or the web server), the worker
publishes every output and waits for the broker to acknowledge them; only then is the event acked, so faust commits
an offset only after the outputs are safe: at-least-once. Up to ``max_in_flight`` articles are in flight at once
(``worker.inflight``): article n+1 is extracted and published while the broker acknowledges article n, outputs are
handed to the producer in input order per raw key (two versions of an article keep their order; an unrelated article
does not wait for a long one) and events are acked by hand in input order per raw partition, so the
committed offset never passes a message still in progress (work cancelled at shutdown leaves its event unacked; at
a rebalance faust waits until the events in flight are acked). Outputs go straight to the producer faust started
(``worker.delivery.ProducerTopic``), not through faust's per-message ``Topic.send``. Anything that fails goes to the
dead-letter topic with its reason. A publish that fails transiently (broker away, timeout) is retried until it
succeeds; one that can never succeed (an output larger than the broker accepts) dead-letters the raw message as
``publish_error``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Hashable
from dataclasses import dataclass
from functools import partial

import faust
import structlog
from faust.types import EventT, Message
from mode import CrashingSupervisor

from worker.delivery import CachedPartitioner, ProducerTopic, is_permanent
from worker.dlq import VALUE_DROPPED, to_headers
from worker.events import ArticleDigest
from worker.exceptions import UnpublishableOutput
from worker.extract.taxonomy import load_taxonomy
from worker.extraction_pool import ExtractionPool
from worker.fetching import PromptFetchConsumer
from worker.inflight import InOrderAcks, Turn
from worker.kafka_admin import OUTPUT_SIZE_FACTOR, ssl_context
from worker.network.tables import install_network
from worker.observer import PipelineObserver
from worker.pipeline import Rejected, dead_letter, transform
from worker.rebalance import use_rebalance_safe_consumer
from worker.sensor import MetricsSensor
from worker.settings import Settings
from worker.web.views import register_pages

log = structlog.get_logger(__name__)

# An idle producer sends the first message of an article at once and the rest in the next request; waiting a few
# milliseconds sends the article's eight or so messages together, in fewer requests (less CPU per article).
PRODUCER_LINGER_MS = 5
# Retrying a publish: quick at first, then every few seconds while the broker is away.
RETRY_BACKOFF_SECONDS = (0.1, 0.5, 1.0, 2.0, 5.0)


@dataclass(frozen=True)
class OutputTopics:
    """The worker's output topics by role (``Outbound.role``, and "dlq"), each written with faust's producer."""

    enriched: ProducerTopic
    quotes: ProducerTopic
    positions: ProducerTopic
    dlq: ProducerTopic

    def for_role(self, role: str) -> ProducerTopic:
        return getattr(self, role)

    @classmethod
    def of(cls, app: faust.App, settings: Settings) -> OutputTopics:
        return cls(enriched=ProducerTopic(app, settings.topic_enriched), quotes=ProducerTopic(app, settings.topic_quotes),
                   positions=ProducerTopic(app, settings.topic_positions), dlq=ProducerTopic(app, settings.topic_dlq))


def _credentials(settings: Settings):
    """faust's broker credentials for the settings' security protocol: SASL (over TLS or not), TLS, or None."""
    context = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism or "PLAIN",
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def faust_app(settings: Settings) -> faust.App:
    """The faust app of ``settings``, without agents: the worker's, and the pass-through's of ``bench e2e``."""
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server}" for server in settings.bootstrap_servers.split(",")],
        broker_credentials=_credentials(settings),
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_max_request_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR,
        consumer_max_fetch_size=settings.max_message_bytes * OUTPUT_SIZE_FACTOR,
        consumer_auto_offset_reset="earliest",
        producer_linger_ms=PRODUCER_LINGER_MS,
        producer_partitioner=CachedPartitioner(),
        web_host=settings.web_host,
        web_bind=settings.web_host,  # faust binds every interface unless told: bind only where configured
        web_port=settings.web_port,
        datadir=str(settings.data_dir / "faust"),
        store="memory://",
        autodiscover=False,
    )
    use_rebalance_safe_consumer(app)  # faust 0.15.3 stalls or skips partitions around a rebalance: see that module
    app.transport.Consumer = PromptFetchConsumer  # faust's long poll of 1.5 s delays articles: see worker.fetching
    return app


def raw_topic(app: faust.App, settings: Settings) -> faust.TopicT:
    """The raw topic as bytes, so nothing is lost to a deserialisation error inside faust."""
    return app.topic(settings.topic_raw, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")


def create_app(settings: Settings) -> faust.App:
    """Build the Faust app and its agent for ``settings``."""
    app = faust_app(settings)
    outputs = OutputTopics.of(app, settings)
    observer = PipelineObserver()
    pool = ExtractionPool(settings.extract_processes, settings.issues_file, settings.issues_replace) \
        if settings.extract_processes else None
    processor = ArticleProcessor(settings, outputs, observer, pool)
    app.sensors.add(MetricsSensor())
    register_pages(app, observer.feed, lag_topics=[settings.topic_raw])
    install_network(app, settings)

    # ``process`` never raises; should a bug make it, the worker stops (CrashingSupervisor) instead of faust
    # restarting the agent past the lost event, whose offset a later commit could then skip.
    @app.agent(raw_topic(app, settings), name="enrich-articles", concurrency=1, supervisor_strategy=CrashingSupervisor)
    async def enrich_articles(stream: faust.StreamT) -> None:
        # faust would ack an event when the loop moves on, and also when the loop is closed mid-article; acking by
        # hand, in order, once ``process`` returned makes "acked" mean "this and every earlier output confirmed".
        unacked = stream.noack()
        async with InOrderAcks(unacked.ack, settings.max_in_flight) as window:
            async for event in unacked.events():
                await window.submit(event, partial(processor.process, event), lane=event.message.tp,
                                    sequence=output_sequence(event.message))

    if pool is not None:
        @app.task
        async def start_extraction() -> None:
            pool.start()

        @app.on_before_shutdown.connect
        async def stop_extraction(sender: faust.App, **kwargs) -> None:
            pool.shutdown()

    app.newswire_processor = processor  # type: ignore[attr-defined]
    return app


def output_sequence(message: Message) -> Hashable:
    """The messages whose outputs must leave in input order: those with the same key in a partition (versions of
    one article). An unkeyed message is a sequence of its own: with no key, Kafka promises no order either."""
    return message.tp, message.key if message.key is not None else message.offset


class ArticleProcessor:
    """Processes one raw event: decode, enrich (in ``pool``, else a thread), publish, or dead-letter. Never raises."""

    def __init__(self, settings: Settings, outputs: OutputTopics, observer: PipelineObserver | None = None,
                 pool: ExtractionPool | None = None) -> None:
        self.settings = settings
        self.outputs = outputs
        self.observer = observer or PipelineObserver()
        self.pool = pool
        # Loaded once: a bad taxonomy file stops the worker at start-up with the file's error, not per article.
        self.taxonomy = load_taxonomy(settings.issues_file, settings.issues_replace)

    async def process(self, event: EventT, turn: Turn | None = None) -> ArticleDigest | None:
        """Enrich ``event`` and publish its outputs, or its dead letter; returns once the broker confirmed them.

        Extraction runs at once; the outputs (or the dead letter) are handed to the producer in ``turn``, after
        those of every earlier event, and confirmed outside it, so several articles' confirmations overlap.
        """
        message = event.message
        bound = log.bind(topic=message.topic, partition=message.partition, offset=message.offset)
        started = time.time()
        with self.observer.message_in_flight(event.value):
            outcome = await transform(event.value, self.settings, self.taxonomy, self.observer, bound, pool=self.pool)
            extracted = time.time()
            if outcome.article_id is not None:
                bound = bound.bind(article_id=outcome.article_id)
            async with turn or Turn():
                if isinstance(outcome, Rejected):
                    await self.dead_letter(event, outcome.error, outcome.reason, bound)
                    return None
                try:
                    pending = [await self._send(msg.role, msg.key, msg.value, None, bound) for msg in outcome.messages]
                except UnpublishableOutput as error:
                    await self.dead_letter(event, error, error.reason, bound)
                    return None
            sent = time.time()
            digest, messages = outcome.digest, outcome.messages
            try:
                await asyncio.wait(pending)  # one wake-up for all of them (never empty: the enriched event is last)
                for future, msg in zip(pending, messages):
                    if future.cancelled() or future.exception() is not None:  # else confirmed: nothing to await
                        await self._confirmed(future, msg.role, msg.key, msg.value, None, bound)
            except UnpublishableOutput as error:
                await self.dead_letter(event, error, error.reason, bound)
                return None
            # Where an article's latency went: before the worker started it (in the topic, the fetch and the window
            # of articles in flight), extracting, waiting for its turn and handing its outputs over, confirming.
            bound.info("article_enriched", quotes=digest.quotes, positions=digest.positions,
                       waited_ms=_ms(started - message.timestamp) if message.timestamp else None,
                       extract_ms=_ms(extracted - started), send_ms=_ms(sent - extracted),
                       confirm_ms=_ms(time.time() - sent))
            self.observer.article_enriched(digest, messages, message.timestamp)
            return digest

    async def dead_letter(self, event: EventT, error: BaseException, reason: str, bound) -> None:
        """Publish ``event``'s original key and value to the dead-letter topic with headers saying why, and wait
        until the broker confirmed it; without the value if the topic refuses it."""
        message = event.message
        letter = dead_letter(
            error,
            reason,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            timestamp_ms=int(message.timestamp * 1000) if message.timestamp else None,
            headers=message.headers,
        )
        bound.warning("article_dead_lettered", reason=reason, error=letter.exception_message)
        self.observer.dead_lettered(reason, message.value)
        headers = to_headers(letter)
        try:
            future = await self._send("dlq", message.key, message.value, headers, bound)
            await self._confirmed(future, "dlq", message.key, message.value, headers, bound)
        except UnpublishableOutput:
            # The dead-letter topic refuses the original bytes (its size limit is below the raw topic's): keep the
            # record of the failure, without the value, rather than lose it or block the partition.
            bound.error("dead_letter_value_dropped", reason=reason, value_bytes=len(message.value or b""))
            headers = [*headers, (VALUE_DROPPED, str(len(message.value or b"")).encode())]
            future = await self._send("dlq", message.key, None, headers, bound)
            await self._confirmed(future, "dlq", message.key, None, headers, bound)

    async def _send(self, role: str, key, value, headers, bound):
        """Hand one message to the producer, retrying while the producer refuses it for a reason that may heal;
        returns the future of the broker's acknowledgement (``_confirmed`` awaits it)."""
        topic = self.outputs.for_role(role)
        attempt = 0
        while True:
            try:
                return await topic.send(key=key, value=value, headers=headers)
            except Exception as error:
                self.observer.send_failed(role)
                if is_permanent(error):
                    raise UnpublishableOutput(f"{role} output cannot be published: {error!r}") from error
                # (bound's topic is the raw topic: this event names the output's as output_topic)
                bound.warning("publish_retry", role=role, output_topic=topic.get_topic_name(), attempt=attempt,
                              error=repr(error))
                await asyncio.sleep(RETRY_BACKOFF_SECONDS[min(attempt, len(RETRY_BACKOFF_SECONDS) - 1)])
                attempt += 1

    async def _confirmed(self, future, role: str, key, value, headers, bound) -> None:
        """Wait for the broker's acknowledgement; on a transient failure send again until it is acknowledged."""
        while True:
            try:
                await future
                return
            except Exception as error:
                self.observer.send_failed(role)
                if is_permanent(error):
                    raise UnpublishableOutput(f"{role} output was refused by the broker: {error!r}") from error
                bound.warning("publish_unconfirmed", role=role, error=repr(error))
                await asyncio.sleep(RETRY_BACKOFF_SECONDS[-1])
                future = await self._send(role, key, value, headers, bound)


def _ms(seconds: float) -> int:
    return round(seconds * 1000)
