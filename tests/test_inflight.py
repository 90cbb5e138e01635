"""In-order completion of pipelined work, without Kafka: an event is acked only after its own work and every
earlier event's ack, outputs leave in input order within their sequence, the window is bounded, and stopping acks nothing unfinished."""

from __future__ import annotations

import asyncio

import pytest

from worker.inflight import InOrderAcks


class Work:
    """Work for one event that finishes when the test says so, and records when it took its turn."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log
        self.extracted = asyncio.get_running_loop().create_future()
        self.confirmed = asyncio.get_running_loop().create_future()

    async def __call__(self, turn) -> None:
        await self.extracted
        async with turn:
            self.log.append(f"sent {self.name}")
        await self.confirmed


def recording_ack():
    """An ack that records the events it was called with, and that record."""
    acked = []

    async def ack(event):
        acked.append(event)

    return acked, ack


async def settle() -> None:
    """Let every ready task run until none is ready."""
    for _ in range(20):
        await asyncio.sleep(0)


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_confirmation_out_of_order_acks_nothing_before_the_earlier_event_is_done():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        async with InOrderAcks(ack, limit=8) as window:
            works = {name: Work(name, log) for name in ("a", "b", "c")}
            for name, work in works.items():
                await window.submit(name, work)
            for work in (works["c"], works["b"]):
                work.extracted.set_result(None)
                work.confirmed.set_result(None)
            await settle()
            assert acked == [] and log == []  # b and c are done, but wait for a, even to send

            works["a"].extracted.set_result(None)
            await settle()
            assert log == ["sent a", "sent b", "sent c"] and acked == []
            works["a"].confirmed.set_result(None)
            await settle()
            assert acked == ["a", "b", "c"] and window.in_flight == 0

    run(scenario())


def test_each_event_is_acked_as_soon_as_it_and_all_earlier_ones_are_done():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        async with InOrderAcks(ack, limit=8) as window:
            works = [Work(str(n), log) for n in range(3)]
            for work in works:
                work.extracted.set_result(None)
                await window.submit(work.name, work)
            await settle()
            works[1].confirmed.set_result(None)
            works[0].confirmed.set_result(None)
            await settle()
            assert acked == ["0", "1"] and window.in_flight == 1
            works[2].confirmed.set_result(None)
            await settle()
            assert acked == ["0", "1", "2"]

    run(scenario())


def test_a_slow_event_holds_up_the_turns_and_acks_of_its_own_lane_only():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        async with InOrderAcks(ack, limit=8) as window:
            slow, behind, other = Work("slow", log), Work("behind", log), Work("other", log)
            await window.submit("slow", slow, lane="partition 0")
            await window.submit("behind", behind, lane="partition 0")
            await window.submit("other", other, lane="partition 1")
            for work in (behind, other):
                work.extracted.set_result(None)
                work.confirmed.set_result(None)
            await settle()
            assert log == ["sent other"] and acked == ["other"]  # behind waits for slow, in its own lane only
            assert window.in_flight == 2

            slow.extracted.set_result(None)
            await settle()
            assert log == ["sent other", "sent slow", "sent behind"] and acked == ["other"]
            slow.confirmed.set_result(None)
            await settle()
            assert acked == ["other", "slow", "behind"] and window.in_flight == 0

    run(scenario())


def test_no_more_than_the_limit_of_events_is_held_unacked():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        async with InOrderAcks(ack, limit=2) as window:
            works = [Work(str(n), log) for n in range(3)]
            for work in works:
                work.extracted.set_result(None)
            await window.submit("0", works[0])
            await window.submit("1", works[1])
            third = asyncio.ensure_future(window.submit("2", works[2]))
            await settle()
            assert not third.done() and window.in_flight == 2 and log == ["sent 0", "sent 1"]

            works[1].confirmed.set_result(None)
            await settle()
            assert not third.done()  # 1 is done, but unacked behind 0: still no room
            works[0].confirmed.set_result(None)
            await settle()
            assert third.done() and acked == ["0", "1"] and log[-1] == "sent 2"
            works[2].confirmed.set_result(None)
            await settle()
            assert acked == ["0", "1", "2"]

    run(scenario())


def test_stopping_with_work_in_flight_acks_none_of_it():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        works = [Work(str(n), log) for n in range(3)]

        async def agent():
            async with InOrderAcks(ack, limit=8) as window:
                for work in works:
                    await window.submit(work.name, work)
                await asyncio.Event().wait()  # the stream waits for the next event

        task = asyncio.ensure_future(agent())
        await settle()
        for work in works[1:]:
            work.extracted.set_result(None)
            work.confirmed.set_result(None)
        await settle()
        task.cancel()  # shutdown: the agent is cancelled while 0 is unfinished
        with pytest.raises(asyncio.CancelledError):
            await task
        await settle()
        assert works[0].extracted.cancelled()  # its work was cancelled, not left running
        assert acked == []  # 1 and 2 were done, but behind the unfinished 0

    run(scenario())


def test_work_that_raises_stops_the_acks_at_its_event_and_raises_from_the_block():
    async def scenario():
        acked, ack = recording_ack()

        async def done(turn):
            async with turn:
                pass

        async def broken(turn):
            raise RuntimeError("bug in process")

        async def waits_forever(turn):
            await asyncio.Event().wait()

        with pytest.raises(ExceptionGroup) as raised:
            async with InOrderAcks(ack, limit=8) as window:
                await window.submit("0", done)
                await window.submit("1", broken)
                await window.submit("2", done)
                await window.submit("3", waits_forever)
                await asyncio.Event().wait()  # cancelled when the work fails
        assert raised.group_contains(RuntimeError)
        assert acked in ([], ["0"])  # the crash may cancel the acker before it reaches 0; never past the failure

    run(scenario())


def test_turns_follow_the_sequence_and_acks_the_lane():
    async def scenario():
        (acked, ack), log = recording_ack(), []

        async with InOrderAcks(ack, limit=8) as window:
            first, unrelated, again, free = (Work(name, log) for name in ("a v1", "b", "a v2", "unkeyed"))
            await window.submit("a v1", first, lane="partition 0", sequence="a")
            await window.submit("b", unrelated, lane="partition 0", sequence="b")
            await window.submit("a v2", again, lane="partition 0", sequence="a")
            await window.submit("unkeyed", free, lane="partition 0", sequence=("partition 0", 3))
            for work in (unrelated, again, free):
                work.extracted.set_result(None)
                work.confirmed.set_result(None)
            await settle()
            # b and the unkeyed event publish past the long "a v1"; its second version waits; nothing is acked
            # past the first event of the partition.
            assert log == ["sent b", "sent unkeyed"] and acked == []

            first.extracted.set_result(None)
            first.confirmed.set_result(None)
            await settle()
            assert log == ["sent b", "sent unkeyed", "sent a v1", "sent a v2"]
            assert acked == ["a v1", "b", "a v2", "unkeyed"] and window.in_flight == 0
            assert window._last_turns == {}  # finished sequences are forgotten

    run(scenario())
