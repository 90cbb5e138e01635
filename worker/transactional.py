"""``processing_guarantee=exactly_once``: our own consume-transform-produce loop on Kafka transactions, without faust.

faust-streaming's exactly_once does not hold: agent outputs are sent outside the transaction that commits the
offsets (faust-streaming #177, #517). This loop uses aiokafka directly:

* one consumer in the worker's group (``app_id``), ``read_committed``, no auto commit;
* one transactional producer per assigned raw partition, ``transactional.id = <app id>.<raw topic>.<partition>``.
  Whoever processes a partition holds its id, so when a restarted or new owner starts its producer the broker
  fences the previous one (a SIGKILLed process, a stalled zombie) and aborts or completes its open transaction;
* per partition, a chunk of at most ``CHUNK_MAX_MESSAGES`` records (or ``CHUNK_MAX_SECONDS`` of extraction) is
  transformed first, with no transaction open during the CPU work; then one transaction holds every output and
  dead letter of the chunk together with the partition's next offset for the group, and commits. A read_committed
  consumer sees all of a chunk's outputs and its offset, or none of them;
* on any failure the partition's producer is closed and started again (which settles whatever the broker still
  holds for its id), the committed offset is read back from the broker and the consumer seeks there: the chunk is
  redone from what the broker says, not from what this process believes;
* an output the broker can never accept (too large) aborts its chunk and the message is remembered: when the chunk
  is redone it goes to the dead-letter topic as ``publish_error``, and its partial outputs never become visible;
* on a rebalance, the revoke waits for the transaction in progress, then closes the revoked partitions' producers.

The web page and ``/metrics`` are served from the same event loop (``worker.web.server``); the discourse-network
views need faust tables and are not served in this mode.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import ConsumerRecord

from worker.delivery import is_permanent
from worker.dlq import VALUE_DROPPED, to_headers
from worker.exceptions import PoisonedOutput
from worker.extract.taxonomy import load_taxonomy
from worker.kafka_admin import OUTPUT_SIZE_FACTOR, sasl_options, ssl_context
from worker.observer import PipelineObserver
from worker.pipeline import Enriched, Rejected, dead_letter, transform
from worker.settings import Settings
from worker.web.server import create_web_app, start_web

log = structlog.get_logger(__name__)

CHUNK_MAX_MESSAGES = 200
CHUNK_MAX_SECONDS = 5.0
FETCH_WAIT_MS = 200
# Waiting before a partition whose transaction failed is set up again (the broker may be away).
RECOVERY_BACKOFF_SECONDS = 1.0
# A broker call that takes longer than this counts as failed (the producer is then replaced).
BROKER_CALL_TIMEOUT_SECONDS = 60.0


def aiokafka_security(settings: Settings) -> dict:
    """Connection security options for aiokafka clients (TLS context, SASL)."""
    options: dict = {"security_protocol": settings.security_protocol}
    context = ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    options.update(sasl_options(settings))
    return options


def transactional_id(settings: Settings, tp: TopicPartition) -> str:
    """The producer identity of raw partition ``tp``: the same in every process, so a new owner fences the old."""
    return f"{settings.app_id}.{tp.topic}.{tp.partition}"


@dataclass
class Prepared:
    """One raw record, transformed, with what to send for it and what to record once its transaction committed."""

    record: ConsumerRecord
    sends: list[tuple[str, bytes | None, bytes | None, list[tuple[str, bytes]] | None]]  # (role, key, value, headers)
    after_commit: Callable[[], None]


class ExactlyOnceWorker:
    """Consumes the raw topic and publishes every output in one transaction per partition chunk (see module doc)."""

    def __init__(self, settings: Settings, observer: PipelineObserver | None = None) -> None:
        self.settings = settings
        self.observer = observer or PipelineObserver()
        # Loaded once: a bad taxonomy file stops the worker at start-up with the file's error, not per article.
        self.taxonomy = load_taxonomy(settings.issues_file, settings.issues_replace)
        self.topics = {
            "enriched": settings.topic_enriched,
            "quotes": settings.topic_quotes,
            "positions": settings.topic_positions,
            "dlq": settings.topic_dlq,
        }
        fetch_bytes = settings.max_message_bytes * OUTPUT_SIZE_FACTOR
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers.split(","),
            group_id=settings.app_id,
            client_id=f"{settings.app_id}-eos",
            isolation_level="read_committed",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=fetch_bytes,
            fetch_max_bytes=max(fetch_bytes, 50 * 1024 * 1024),
            **aiokafka_security(settings),
        )
        self.producers: dict[TopicPartition, AIOKafkaProducer] = {}
        # Partitions assigned to us that need a (new) producer and a seek to their committed offset before use.
        self.unready: set[TopicPartition] = set()
        self.committed: dict[TopicPartition, int] = {}
        # Messages whose outputs the broker refused for good, and whose dead letter it refused with the value too.
        self.poisoned: dict[tuple[TopicPartition, int], BaseException] = {}
        self.value_dropped: set[tuple[TopicPartition, int]] = set()
        # Held while a chunk is processed and committed; a revoke waits for it. ``generation`` counts rebalances,
        # so a batch fetched before one is not processed after it.
        self.lock = asyncio.Lock()
        self.generation = 0
        # Set while a revoke waits for the lock: the loop then stops after the chunk in progress.
        self.revoke_pending = False

    # -- the loop ---------------------------------------------------------------------------------------------

    async def run(self, stopping: asyncio.Event) -> None:
        """Process until ``stopping`` is set; the chunk in progress is committed (or aborted) before returning."""
        self.consumer.subscribe([self.settings.topic_raw], listener=_Rebalance(self))
        await self.consumer.start()
        try:
            while not stopping.is_set():
                await self._prepare_partitions()
                generation = self.generation
                batch = await self.consumer.getmany(timeout_ms=FETCH_WAIT_MS, max_records=CHUNK_MAX_MESSAGES)
                for tp, records in batch.items():
                    async with self.lock:
                        if generation != self.generation:
                            break  # a rebalance happened meanwhile: these records may belong to someone else now
                        if tp in self.producers and tp not in self.unready:
                            await self._process(tp, records)
        finally:
            async with self.lock:
                await self.consumer.stop()
                for tp in list(self.producers):
                    await self._close_producer(tp)

    async def _prepare_partitions(self) -> None:
        """Give every unready partition a fresh producer and seek it to its committed offset."""
        if not self.unready:
            return
        async with self.lock:
            for tp in sorted(self.unready):
                if tp not in self.consumer.assignment():
                    self.unready.discard(tp)
                    continue
                try:
                    await self._reset_partition(tp)
                except Exception as error:
                    log.warning("partition_setup_failed", topic=tp.topic, partition=tp.partition, error=repr(error))
                    continue
                self.unready.discard(tp)
                self.consumer.resume(tp)
        if self.unready:
            await asyncio.sleep(RECOVERY_BACKOFF_SECONDS)

    async def _reset_partition(self, tp: TopicPartition) -> None:
        """Start ``tp``'s producer (fencing any other holder of its id), then seek to the offset the broker has.

        Order matters: starting the producer completes or aborts the open transaction of the previous holder, so
        the committed offset read afterwards is final.
        """
        await self._close_producer(tp)
        producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.bootstrap_servers.split(","),
            client_id=f"{self.settings.app_id}-eos-{tp.partition}",
            transactional_id=transactional_id(self.settings, tp),
            max_request_size=self.settings.max_message_bytes * OUTPUT_SIZE_FACTOR,
            linger_ms=5,
            **aiokafka_security(self.settings),
        )
        try:
            await asyncio.wait_for(producer.start(), BROKER_CALL_TIMEOUT_SECONDS)
        except BaseException:
            await producer.stop()
            raise
        self.producers[tp] = producer
        committed = await asyncio.wait_for(self.consumer.committed(tp), BROKER_CALL_TIMEOUT_SECONDS)
        if committed is None:
            committed = (await self.consumer.beginning_offsets([tp]))[tp]
        self.consumer.seek(tp, committed)
        self.committed[tp] = committed
        log.info("partition_ready", topic=tp.topic, partition=tp.partition, offset=committed,
                 transactional_id=transactional_id(self.settings, tp))

    async def _close_producer(self, tp: TopicPartition) -> None:
        producer = self.producers.pop(tp, None)
        if producer is not None:
            try:
                await asyncio.wait_for(producer.stop(), BROKER_CALL_TIMEOUT_SECONDS)
            except Exception as error:  # a fenced or disconnected producer may fail to stop cleanly; it is gone
                log.warning("producer_stop_failed", topic=tp.topic, partition=tp.partition, error=repr(error))

    def _mark_unready(self, tp: TopicPartition) -> None:
        """Stop fetching ``tp`` until ``_prepare_partitions`` has replaced its producer and sought back."""
        self.unready.add(tp)
        if tp in self.consumer.assignment():
            self.consumer.pause(tp)

    # -- one partition's records ------------------------------------------------------------------------------

    async def _process(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        """Commit ``records`` in chunks; after a failure or when a revoke waits, drop the rest: they are fetched again
        from the committed offset (after the failure's recovery, or by whoever is assigned the partition next)."""
        records = [record for record in records if record.offset >= self.committed.get(tp, 0)]
        while records and not self.revoke_pending:
            chunk, records = await self._prepare_chunk(tp, records)
            try:
                await self._commit_chunk(tp, chunk)
            except PoisonedOutput as poison:
                key = (tp, poison.offset)
                if poison.role == "dlq":
                    self.value_dropped.add(key)
                else:
                    self.poisoned[key] = poison.error
                log.warning("chunk_aborted_for_unpublishable_output", topic=tp.topic, partition=tp.partition,
                            offset=poison.offset, role=poison.role, error=repr(poison.error))
                self._mark_unready(tp)
                return
            except Exception as error:
                log.warning("chunk_aborted", topic=tp.topic, partition=tp.partition,
                            offset=chunk[0].record.offset, messages=len(chunk), error=repr(error))
                self._mark_unready(tp)
                return
            for prepared in chunk:
                prepared.after_commit()
                self.poisoned.pop((tp, prepared.record.offset), None)
                self.value_dropped.discard((tp, prepared.record.offset))

    async def _prepare_chunk(self, tp: TopicPartition,
                             records: list[ConsumerRecord]) -> tuple[list[Prepared], list[ConsumerRecord]]:
        """Transform records until the chunk is full or has taken ``CHUNK_MAX_SECONDS``; return it and the rest."""
        started = time.monotonic()
        chunk = []
        for index, record in enumerate(records):
            with self.observer.message_in_flight(record.value):
                chunk.append(await self._prepare(tp, record))
            if len(chunk) >= CHUNK_MAX_MESSAGES or time.monotonic() - started > CHUNK_MAX_SECONDS:
                return chunk, records[index + 1:]
        return chunk, []

    async def _prepare(self, tp: TopicPartition, record: ConsumerRecord) -> Prepared:
        bound = log.bind(topic=record.topic, partition=record.partition, offset=record.offset)
        poison = self.poisoned.get((tp, record.offset))
        if poison is not None:
            outcome: Enriched | Rejected = Rejected(poison, "publish_error")
        else:
            outcome = await transform(record.value, self.settings, self.taxonomy, self.observer, bound)
        if outcome.article_id is not None:
            bound = bound.bind(article_id=outcome.article_id)
        if isinstance(outcome, Enriched):
            def enriched() -> None:
                bound.info("article_enriched", quotes=outcome.digest.quotes, positions=outcome.digest.positions)
                self.observer.article_enriched(outcome.digest, outcome.messages, _seconds(record.timestamp))

            return Prepared(record, [(msg.role, msg.key, msg.value, None) for msg in outcome.messages], enriched)

        letter = dead_letter(outcome.error, outcome.reason, topic=record.topic, partition=record.partition,
                             offset=record.offset, timestamp_ms=record.timestamp, headers=record.headers)
        headers = to_headers(letter)
        value = record.value
        if (tp, record.offset) in self.value_dropped:
            # The dead-letter topic refused the original bytes: keep the record of the failure, without the value.
            bound.error("dead_letter_value_dropped", reason=outcome.reason, value_bytes=len(value or b""))
            headers = [*headers, (VALUE_DROPPED, str(len(value or b"")).encode())]
            value = None

        def dead_lettered() -> None:
            bound.warning("article_dead_lettered", reason=outcome.reason, error=letter.exception_message)
            self.observer.dead_lettered(outcome.reason, record.value)

        return Prepared(record, [("dlq", record.key, value, headers)], dead_lettered)

    async def _commit_chunk(self, tp: TopicPartition, chunk: list[Prepared]) -> None:
        """One transaction: every send of ``chunk`` and the partition's next offset; raises if it did not commit."""
        producer = self.producers[tp]
        await producer.begin_transaction()
        pending: list[tuple[int, str, asyncio.Future]] = []
        try:
            for prepared in chunk:
                for role, key, value, headers in prepared.sends:
                    future = await self._send(producer, prepared, role, key, value, headers)
                    pending.append((prepared.record.offset, role, future))
            for offset, role, future in pending:
                try:
                    await asyncio.wait_for(future, BROKER_CALL_TIMEOUT_SECONDS)
                except Exception as error:
                    self.observer.send_failed(role)
                    if is_permanent(error):
                        raise PoisonedOutput(offset, role, error) from error
                    raise
            next_offset = chunk[-1].record.offset + 1
            started = time.perf_counter()
            await asyncio.wait_for(
                producer.send_offsets_to_transaction({tp: next_offset}, self.settings.app_id),
                BROKER_CALL_TIMEOUT_SECONDS,
            )
            await asyncio.wait_for(producer.commit_transaction(), BROKER_CALL_TIMEOUT_SECONDS)
        except BaseException:
            # No abort: the caller replaces the producer, and starting the new one aborts this transaction on the
            # broker whatever state this producer was left in. The other sends fail with it: nobody waits for them.
            for *_, future in pending:
                future.add_done_callback(_retrieve_exception)
            raise
        self.observer.transaction_committed(time.perf_counter() - started)
        self.committed[tp] = next_offset

    async def _send(self, producer: AIOKafkaProducer, prepared: Prepared, role: str, key, value, headers):
        try:
            return await producer.send(self.topics[role], key=key, value=value, headers=headers)
        except Exception as error:
            self.observer.send_failed(role)
            if is_permanent(error):
                raise PoisonedOutput(prepared.record.offset, role, error) from error
            raise

    # -- rebalances and the web page ----------------------------------------------------------------------------

    async def partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        """Wait for the transaction in progress, then give up the revoked partitions' producers."""
        self.revoke_pending = True
        async with self.lock:
            self.revoke_pending = False
            self.generation += 1
            self.observer.rebalanced()
            for tp in revoked:
                await self._close_producer(tp)
                self.unready.discard(tp)
                self.committed.pop(tp, None)
            log.info("partitions_revoked", partitions=_names(revoked))

    async def partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        """Fetch nothing from the new partitions until each has its producer and its committed offset."""
        async with self.lock:
            self.generation += 1
            for tp in assigned:
                if tp not in self.producers:
                    self._mark_unready(tp)
            log.info("partitions_assigned", partitions=_names(assigned))

    def lag(self) -> dict[tuple[str, int], int]:
        """End offset minus committed offset of each ready partition whose end offset the consumer knows."""
        lag = {}
        for tp, committed in list(self.committed.items()):
            try:
                highwater = self.consumer.highwater(tp)
            except Exception:  # the partition is being revoked: leave it out
                continue
            if highwater is not None:
                lag[(tp.topic, tp.partition)] = max(0, highwater - committed)
        return lag


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, worker: ExactlyOnceWorker) -> None:
        self.worker = worker

    async def on_partitions_revoked(self, revoked):
        await self.worker.partitions_revoked(list(revoked))

    async def on_partitions_assigned(self, assigned):
        await self.worker.partitions_assigned(list(assigned))


def _retrieve_exception(future: asyncio.Future) -> None:
    if not future.cancelled():
        future.exception()


def _seconds(timestamp_ms: int | None) -> float | None:
    return timestamp_ms / 1000 if timestamp_ms and timestamp_ms > 0 else None


def _names(partitions) -> list[str]:
    return sorted(f"{tp.topic}:{tp.partition}" for tp in partitions)


async def serve(settings: Settings) -> None:
    """Run the exactly-once worker and its web server until SIGINT or SIGTERM, then commit or abort and stop."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    observer = PipelineObserver()
    worker = ExactlyOnceWorker(settings, observer)
    runner = await start_web(create_web_app(observer.feed, worker.lag), settings.web_host, settings.web_port)
    try:
        await worker.run(stopping)
    finally:
        await runner.cleanup()
        log.info("worker_stopped")
