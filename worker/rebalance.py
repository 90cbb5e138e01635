"""A faust consumer that neither skips nor stalls a partition around a rebalance.

With faust-streaming 0.15.3 and aiokafka 0.14, a worker that keeps or gains partitions in a rebalance may stop
consuming some of them (they stall at a fixed offset until the next rebalance) or skip a few messages, whose
offsets are then committed unprocessed (upstream faust-streaming#629 and #502 show the same symptoms). Three faust
and aiokafka behaviours combine:

1. faust passes its *live* set of active partitions to the aiokafka consumer thread
   (faust/transport/consumer.py:802 ``_wait_next_records`` -> drivers/aiokafka.py:1102 ``_fetch_records``), and
   aiokafka's ``Fetcher.fetched_records`` reads an empty collection as "every partition"
   (aiokafka/consumer/fetcher.py:1221). A rebalance pauses partitions (empties the set) while that call waits,
   so aiokafka returns the records of paused partitions and moves its position past them, and faust then drops
   them (faust/transport/consumer.py:757-772: not active, or flow stopped).
2. After every rebalance faust rewinds with ``seek_to_committed``, and aiokafka seeks only partitions whose
   committed offset is above 0 (aiokafka/consumer/consumer.py:901). A partition this group never committed keeps
   the position past the dropped records: it stalls, and those records are never processed.
3. ``Recovery.on_recovery_completed`` resumes the partitions and then awaits the seek (faust/tables/recovery.py:649-656;
   ``_resume_streams`` at :316-322 alike, cf. faust-streaming PR #217), and the fetcher runs meanwhile. A record
   read before the seek and delivered once it is done sets ``Consumer._read_offset`` back to the old position
   (faust/transport/consumer.py:1223); the first record read after the seek then looks like a gap in the log
   (:1209-1215 ``_add_gap``), and faust commits a gap as processed: the records in it are lost. Gaps recorded
   before a seek also survive it for the partitions a worker keeps (they are dropped only when revoked, :658).

``RebalanceSafeConsumer`` closes each hole in our process: it fetches for a snapshot of the active partitions and
nothing when there are none; its seek also rewinds partitions that were never committed (to where
``consumer_auto_offset_reset`` says) and forgets gaps seen before the seek; a fetch and a seek never overlap (two
seeks can run at once: faust's fetcher seeks when it finds the flow stopped, recovery seeks when it ends; a batch
fetched between one seek's ``seek_to`` of a partition and its end would be discarded as stale after aiokafka moved
past it, and the partition would stall); and a batch fetched before a seek is abandoned at the seek, with the read
offsets the seek set restored. Processing stays at-least-once: records read before a seek may be processed again
after it, never skipped.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import aclosing
from typing import Any

import faust
from aiokafka import TopicPartition
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP, Message


class RebalanceSafeConsumer(aiokafka_driver.Consumer):
    """faust's aiokafka consumer with the three rebalance hazards of this module closed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Fetches and seeks take turns; each seek starts a new epoch, and a batch is stale once the epoch it was
        # fetched in has ended.
        self._seek_lock = asyncio.Lock()
        self._seek_epoch = 0
        self._fetch_epoch = 0
        self._read_offset_at_seek: dict[TP, int | None] = {}

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float):
        """Fetch for a copy of the active partitions (taken on this loop), for none when there are none, never
        while a seek runs."""
        if active_partitions is not None:
            active_partitions = set(active_partitions)
            if not active_partitions:
                return {}
        async with self._seek_lock:
            self._fetch_epoch = self._seek_epoch
            return await super()._getmany(active_partitions, timeout)

    async def seek_to_committed(self) -> Mapping[TP, int]:
        """Seek to the committed offsets, and partitions never committed to the reset position, not left as is.

        Changelog partitions are left to table recovery, which positions them itself.
        """
        committed = await super().seek_to_committed()
        uncommitted = [
            TopicPartition(tp.topic, tp.partition)
            for tp, offset in committed.items()
            if not offset and not self._is_changelog_tp(tp)
        ]
        if uncommitted:
            consumer = self._thread._ensure_consumer()
            if self.app.conf.consumer_auto_offset_reset == "latest":
                await self._thread.call_thread(consumer.seek_to_end, *uncommitted)
            else:
                await self._thread.call_thread(consumer.seek_to_beginning, *uncommitted)
        return committed

    async def perform_seek(self) -> None:
        """Seek as faust does, between fetches, then drop gaps recorded before the seek and start a new epoch."""
        async with self._seek_lock:
            await super().perform_seek()
            for tp in self.assignment():
                self._gap.pop(tp, None)
            self._read_offset_at_seek = dict(self._read_offset)
            self._seek_epoch += 1

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        """faust's batch, cut short at a seek: records fetched before it are read again after it.

        Our caller (``Consumer._drain_messages``) records each delivered offset as read after it is delivered; when
        a seek completed meanwhile, that write undid the seek's read offsets, so they are put back.
        """
        async with aclosing(super().getmany(timeout)) as batch:
            async for tp, message in batch:  # only our fetches run between two items: _fetch_epoch is this batch's
                if self._seek_epoch != self._fetch_epoch:
                    return
                yield tp, message
                if self._seek_epoch != self._fetch_epoch:
                    self._read_offset.update(self._read_offset_at_seek)
                    return


class RebalanceSafeTransport(aiokafka_driver.Transport):
    """The aiokafka transport with ``RebalanceSafeConsumer``."""

    Consumer = RebalanceSafeConsumer


def use_rebalance_safe_consumer(app: faust.App) -> None:
    """Make ``app`` consume with ``RebalanceSafeConsumer``; call before anything starts the app's consumer."""
    app.transport = RebalanceSafeTransport(app.conf.broker_consumer, app)
