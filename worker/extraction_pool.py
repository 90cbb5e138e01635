"""Extraction in child processes, so the worker's event loop keeps the GIL for heartbeats, fetches, acks and /metrics.

``enrich`` is pure-Python CPU work: in a thread it holds the GIL for up to the switch interval (a long
regular-expression search for all of it), and every ready callback of the loop waits meanwhile. ``ExtractionPool``
runs it in a ``ProcessPoolExecutor`` instead. The children are spawned, not forked (the worker already runs the
consumer's and the executor's threads, whose locks a fork would copy), and each loads the taxonomy once, in its
initializer. A child also does the fan-out (``outbound_messages``) and returns those messages: bytes that pickle in
microseconds, where the EnrichedArticle model would take half a millisecond; the parent reads the article back from
the enriched event's value, its JSON.

A child that dies (killed, out of memory, a crash in C) breaks the executor and fails every article in it with
``BrokenProcessPool``. The executor is then replaced, and each of those articles is tried once more, alone in a
fresh process (one retry at a time), so a second failure can only be its own: ``ExtractionCrashed``, which the
caller dead-letters as ``extraction_error``.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from worker.events import Outbound, outbound_messages
from worker.extract import enrich
from worker.extract.taxonomy import Taxonomy, load_taxonomy
from worker.models import EnrichedArticle, RawArticle

_taxonomy: Taxonomy | None = None  # a child's own copy, set by its initializer


class ExtractionCrashed(Exception):
    """The process extracting an article died twice, the second time alone: the article itself kills it."""


def _start_child(issues_file: Path | None, issues_replace: bool) -> None:
    global _taxonomy
    # Ctrl-C reaches the whole process group: the worker shuts its pool down itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _taxonomy = load_taxonomy(issues_file, issues_replace)


def _enrich_in_child(article: RawArticle) -> list[Outbound]:
    return outbound_messages(enrich(article, _taxonomy))


class ExtractionPool:
    """``processes`` spawned children that enrich articles with the taxonomy of ``issues_file``/``issues_replace``."""

    def __init__(self, processes: int, issues_file: Path | None = None, issues_replace: bool = False) -> None:
        self._processes = processes
        self._initargs = (issues_file, issues_replace)
        self._context = multiprocessing.get_context("spawn")
        self._executor: ProcessPoolExecutor | None = None
        self._retry_lock = asyncio.Lock()

    def start(self) -> None:
        """Spawn the children now, when the worker starts, not while the first articles wait for them (``enrich``
        starts a pool that was not started)."""
        if self._executor is None:
            self._executor = self._new_executor(self._processes)

    def _new_executor(self, processes: int) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(processes, mp_context=self._context, initializer=_start_child,
                                       initargs=self._initargs)
        for _ in range(processes):  # a child is spawned for each task submitted while none is idle
            executor.submit(int)
        return executor

    async def enrich(self, article: RawArticle) -> tuple[EnrichedArticle, list[Outbound]]:
        """The enriched article and its outbound messages; raises what ``enrich`` raised, or ``ExtractionCrashed``."""
        self.start()
        executor = self._executor
        try:
            messages = await asyncio.get_running_loop().run_in_executor(executor, _enrich_in_child, article)
        except BrokenProcessPool:
            if self._executor is executor:  # the first of its articles to notice replaces it
                self._executor = self._new_executor(self._processes)
                executor.shutdown(wait=False)
            messages = await self._retry_alone(article)
        return EnrichedArticle.model_validate_json(messages[-1].value), messages

    async def _retry_alone(self, article: RawArticle) -> list[Outbound]:
        async with self._retry_lock:
            executor = self._new_executor(1)
            try:
                return await asyncio.get_running_loop().run_in_executor(executor, _enrich_in_child, article)
            except BrokenProcessPool as error:
                raise ExtractionCrashed("the extraction process died twice on this article") from error
            finally:
                executor.shutdown(wait=False)

    def shutdown(self) -> None:
        """Stop the children; extractions not started yet are cancelled."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
