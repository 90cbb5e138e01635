"""Pipelined work on a stream with in-order completion: many events in flight, each acked only in input order.

The at-least-once worker starts an article before the broker has confirmed the previous article's outputs (that
hides the broker's round trip and lets extraction overlap publishing), yet acks an event only once all its outputs
are confirmed, and only after every earlier event of its partition was acked. In-order acks keep the acked offsets
of a partition a prefix of what was read, so faust's commit (the highest contiguous acked offset) never passes an
unfinished message, even when a rebalance dropped earlier acks of the partition before they were committed.

``InOrderAcks`` runs the work of up to ``limit`` events at once and acks them in the order they were submitted
within their *lane*; each piece of work also gets a ``Turn``, its place in line for a step that must run in input
order within its *sequence* (the worker hands an article's outputs to the producer in its turn). The worker's lanes
are the raw topic's partitions, the only input order there is: a long article holds up the acks of the articles
behind it in its own partition, not those of the other partitions, and does not fill the window for them
(docs/benchmarks.md: articles waited up to 450 ms to start behind one partition's long article). Its sequences are
the raw messages' keys within a partition: two versions of one article keep their order on every output topic,
while an unrelated article never waits for a long one to publish (the latency tail was articles waiting for their
turn behind a long article of their partition).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

E = TypeVar("E")

LANE = object()  # ``submit``'s default sequence: the event's lane


class Turn:
    """An event's place in line: ``async with turn:`` waits until every earlier event's turn has ended.

    The turn ends when the block exits, or when the event's work ends without taking it, so a rejected or failed
    event never holds up the ones behind it.
    """

    def __init__(self, previous: asyncio.Future | None = None) -> None:
        self._previous = previous
        self.ended: asyncio.Future = asyncio.get_running_loop().create_future()

    async def __aenter__(self) -> None:
        if self._previous is not None:
            await asyncio.shield(self._previous)  # a cancelled waiter must not end the earlier event's turn

    async def __aexit__(self, *exc_info) -> None:
        self.end()

    def end(self) -> None:
        if not self.ended.done():
            self.ended.set_result(None)


class InOrderAcks(Generic[E]):
    """Runs the work of up to ``limit`` events at once and acks each event after its work and the acks of the earlier
    events of its lane.

    Use as ``async with InOrderAcks(ack, limit) as window: ... await window.submit(event, work, lane)``. Leaving the
    block (shutdown, cancellation) cancels the work still in flight and acks none of it: those events are redone
    after a restart. Work that raises is a bug: its event and every later one of its lane stay unacked, the other
    work is cancelled and the block raises the error (in an ``ExceptionGroup``).
    """

    def __init__(self, ack: Callable[[E], Awaitable[object]], limit: int) -> None:
        self._ack = ack
        self._room = asyncio.Semaphore(limit)  # released by each ack: bounds the events held, and their work
        self._lanes: dict[Hashable, deque[tuple[E, asyncio.Task]]] = {}  # lane -> its unacked events, in order
        self._progress = asyncio.Event()  # set whenever a work ends
        self._last_turns: dict[Hashable, asyncio.Future] = {}  # sequence -> the turn of its latest event in flight
        self._group = asyncio.TaskGroup()
        self._acker: asyncio.Task | None = None

    async def __aenter__(self) -> InOrderAcks[E]:
        await self._group.__aenter__()
        self._acker = self._group.create_task(self._ack_in_order())
        return self

    async def __aexit__(self, *exc_info) -> bool | None:
        self._acker.cancel()
        for unacked in self._lanes.values():
            for _, task in unacked:
                task.cancel()
        return await self._group.__aexit__(*exc_info)

    @property
    def in_flight(self) -> int:
        """Events submitted and not yet acked."""
        return sum(len(unacked) for unacked in self._lanes.values())

    async def submit(self, event: E, work: Callable[[Turn], Awaitable[object]], lane: Hashable = None,
                     sequence: Hashable = LANE) -> None:
        """Start ``work(turn)`` for ``event`` once fewer than ``limit`` events are unacked; returns once started.
        ``turn`` comes after the turns of the earlier events of ``sequence`` (by default ``lane``)."""
        await self._room.acquire()
        if sequence is LANE:
            sequence = lane
        turn = Turn(self._last_turns.get(sequence))
        self._last_turns[sequence] = turn.ended
        task = self._group.create_task(work(turn))

        def ended(_: asyncio.Task) -> None:
            turn.end()
            if self._last_turns.get(sequence) is turn.ended:
                del self._last_turns[sequence]  # no later event in line: forget the sequence (keys are unbounded)
            self._progress.set()

        task.add_done_callback(ended)
        self._lanes.setdefault(lane, deque()).append((event, task))

    async def _ack_in_order(self) -> None:
        while True:
            await self._progress.wait()
            self._progress.clear()
            for lane, unacked in list(self._lanes.items()):
                while unacked and unacked[0][1].done():
                    event, task = unacked[0]
                    task.result()  # raises if the work failed: nothing after it in its lane is acked
                    await self._ack(event)
                    unacked.popleft()
                    self._room.release()
                if not unacked:
                    del self._lanes[lane]
