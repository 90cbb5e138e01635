"""Extraction in child processes, so the worker's event loop keeps the GIL for heartbeats, fetches, acks and /metrics.

``enrich`` is pure-Python CPU work: in a thread it holds the GIL for up to the switch interval (a long
regular-expression search for all of it), and every ready callback of the loop waits meanwhile. ``ExtractionPool``
runs it in spawned child processes instead (not forked: the worker already runs the consumer's thread, whose locks a
fork would copy); each loads the taxonomy once, when it starts. A child gets the raw message value and decodes it
(``worker.codec.decode_article``: 40-50 us of validating and pickling the article that the event loop no longer
spends), and it does the fan-out (``worker.events.fan_out``) and returns the messages, bytes ready to send, with the
article's digest: they pickle in microseconds, where the EnrichedArticle model would take half a millisecond, and
the worker's event loop never parses an article or an output.

The event loop itself writes each article to a child's pipe and reads the results from the other pipe (asyncio pipe
transports), with no thread in between. A ``ProcessPoolExecutor`` would put its manager thread (and a queue feeder
thread) there, which must win the GIL from the busy loop before it can hand a child its next article or take its
result: the child then waited for work or blocked on a full result pipe for a quarter of its time, and those threads
cost the worker 0.7 ms of CPU per article (docs/benchmarks.md).

A child that dies (killed, out of memory, a crash in C) fails every article it held. It is replaced, and each of
those articles is tried once more, alone in a fresh process (one retry at a time), so a second failure can only be
its own: ``ExtractionCrashed``, which the caller dead-letters as ``extraction_error``.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import pickle
import signal
import struct
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

from worker.codec import decode_article
from worker.events import Fanout, fan_out
from worker.exceptions import ExtractionCrashed, ExtractionFailed
from worker.extract import enrich
from worker.extract.taxonomy import load_taxonomy

# multiprocessing.Connection's framing, which the child's send_bytes/recv_bytes use: a 4-byte big-endian signed
# length, or -1 followed by an 8-byte length for a message of 2 GiB or more.
_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!Q")
_LARGE = 0x7FFFFFFF


class _ChildDied(Exception):
    """The child process holding an article exited before it returned the article's result."""


class RemoteTraceback(Exception):
    """The traceback of an error raised in a child, attached as the error's cause so the worker's log shows it."""

    def __str__(self) -> str:
        return self.args[0]


def _serve(requests: Connection, results: Connection, issues_file: Path | None, issues_replace: bool) -> None:
    """The child's loop: read (id, value, limits), answer (id, article id, fanout, None) or (id, article id or None,
    None, error), until the pipe closes."""
    # Ctrl-C and a SIGTERM to the process group reach us too: the worker stops us by closing our pipe once it has
    # finished with its articles, and if it dies first we see the pipe's end. Dying with it would make the worker
    # re-extract every article in flight, one at a time in fresh processes, while it shuts down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    taxonomy = load_taxonomy(issues_file, issues_replace)
    while True:
        try:
            request = requests.recv_bytes()
        except EOFError:
            return
        ident, value, limits = pickle.loads(request)
        article_id = None
        try:
            article = decode_article(value, **limits)
            article_id = article.article_id
            answer = (ident, article_id, fan_out(enrich(article, taxonomy)), None)
        except Exception as error:
            answer = (ident, article_id, None, (_portable(error), traceback.format_exc()))
        results.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


def _portable(error: Exception) -> Exception:
    """``error`` if it survives pickling (the worker dead-letters it under its own class), else a stand-in."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__module__}.{type(error).__qualname__}: {error}")


def _frame(payload: bytes) -> bytes:
    if len(payload) < _LARGE:
        return _LENGTH.pack(len(payload)) + payload
    return _LENGTH.pack(-1) + _LONG_LENGTH.pack(len(payload)) + payload


class _Results(asyncio.Protocol):
    """Reads the child's answers off its result pipe and settles the futures waiting for them."""

    def __init__(self, child: _Child) -> None:
        self.child = child
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            if len(self.buffer) < _LENGTH.size:
                return
            (length,) = _LENGTH.unpack_from(self.buffer)
            start = _LENGTH.size
            if length == -1:
                if len(self.buffer) < start + _LONG_LENGTH.size:
                    return
                (length,) = _LONG_LENGTH.unpack_from(self.buffer, start)
                start += _LONG_LENGTH.size
            if len(self.buffer) < start + length:
                return
            answer = pickle.loads(self.buffer[start:start + length])
            del self.buffer[:start + length]
            self.child.answered(*answer)

    def connection_lost(self, exc: Exception | None) -> None:
        self.child.died()


class _Child:
    """One spawned child process and the two pipes to it, both served by the event loop."""

    def __init__(self, context, initargs: tuple) -> None:
        requests_out, requests_in = context.Pipe(duplex=False)
        results_out, results_in = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(requests_out, results_in, *initargs), daemon=True,
                                       name="newswire-extract")
        self.process.start()
        requests_out.close()  # the child's ends: ours would keep the pipes open after the child is gone
        results_in.close()
        self._requests, self._results = requests_in, results_out
        self._writer: asyncio.WriteTransport | None = None
        self._reader: asyncio.ReadTransport | None = None
        self._connected: asyncio.Task | None = None
        self._ids = itertools.count()
        self.pending: dict[int, asyncio.Future] = {}
        self.alive = True

    async def _connect(self) -> None:
        loop = asyncio.get_running_loop()
        self._reader, _ = await loop.connect_read_pipe(lambda: _Results(self), self._results)
        self._writer, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, self._requests)
        if not self.alive:  # stopped while connecting
            self.stop()

    async def enrich(self, value: bytes | None, limits: dict[str, int]) -> Fanout:
        if self._connected is None:
            self._connected = asyncio.ensure_future(self._connect())
        await asyncio.shield(self._connected)
        if not self.alive:
            raise _ChildDied()
        ident = next(self._ids)
        future = asyncio.get_running_loop().create_future()
        self.pending[ident] = future
        self._writer.write(_frame(pickle.dumps((ident, value, limits), pickle.HIGHEST_PROTOCOL)))
        try:
            return await future
        finally:
            self.pending.pop(ident, None)

    def answered(self, ident: int, article_id: str | None, fanout: Fanout | None,
                 failure: tuple[Exception, str] | None) -> None:
        future = self.pending.pop(ident, None)
        if future is None or future.done():
            return
        if failure is None:
            future.set_result(fanout)
        else:
            error, remote_traceback = failure
            error.__cause__ = RemoteTraceback(remote_traceback)
            failed = ExtractionFailed(article_id)
            failed.__cause__ = error
            future.set_exception(failed)

    def died(self) -> None:
        """The result pipe closed: the child exited. Every article it still held fails with ``_ChildDied``."""
        self.alive = False
        for future in self.pending.values():
            if not future.done():
                future.set_exception(_ChildDied())
        self.pending.clear()
        self.stop()

    def stop(self) -> None:
        """Close both pipes: the child exits once it sees the end of its requests."""
        self.alive = False
        if self._connected is None:
            self._requests.close()
            self._results.close()
        for transport in (self._writer, self._reader):
            if transport is not None:
                transport.close()


class ExtractionPool:
    """``processes`` spawned children that enrich articles with the taxonomy of ``issues_file``/``issues_replace``."""

    def __init__(self, processes: int, issues_file: Path | None = None, issues_replace: bool = False) -> None:
        self._processes = processes
        self._initargs = (issues_file, issues_replace)
        self._context = multiprocessing.get_context("spawn")
        self._children: list[_Child] = []
        self._retry_lock: asyncio.Lock | None = None
        self._closed = False

    def start(self) -> None:
        """Spawn the children now, when the worker starts, not while the first articles wait for them (``enrich``
        starts a pool that was not started)."""
        if self._closed:
            raise asyncio.CancelledError("the extraction pool is shut down")
        if not self._children:
            self._children = [_Child(self._context, self._initargs) for _ in range(self._processes)]

    async def enrich(self, value: bytes | None, *, max_bytes: int, max_body_chars: int) -> Fanout:
        """The outbound messages of the article in the raw message ``value``, enriched, and its digest. Raises
        ``ExtractionFailed`` from what ``decode_article`` (with these limits) or ``enrich`` raised, or
        ``ExtractionCrashed``."""
        self.start()
        limits = {"max_bytes": max_bytes, "max_body_chars": max_body_chars}
        child = min(self._children, key=lambda each: len(each.pending))  # the least busy
        try:
            return await child.enrich(value, limits)
        except _ChildDied:
            if self._closed:  # stopping: the article stays unacknowledged and is fetched again after a restart
                raise asyncio.CancelledError("the extraction pool is shut down") from None
            if child in self._children:  # the first of its articles to notice replaces it
                self._children[self._children.index(child)] = _Child(self._context, self._initargs)
            return await self._retry_alone(value, limits)

    async def _retry_alone(self, value: bytes | None, limits: dict[str, int]) -> Fanout:
        self._retry_lock = self._retry_lock or asyncio.Lock()
        async with self._retry_lock:
            child = _Child(self._context, self._initargs)
            try:
                return await child.enrich(value, limits)
            except _ChildDied as error:
                raise ExtractionCrashed("the extraction process died twice on this article") from error
            finally:
                child.stop()

    def shutdown(self) -> None:
        """Stop the children: each exits once its pipe is closed; articles still waiting for them are cancelled,
        and none is tried again or started later."""
        self._closed = True
        for child in self._children:
            for future in child.pending.values():
                future.cancel()
            child.stop()
        self._children = []
