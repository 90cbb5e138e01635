"""Errors of the benchmarks: nothing to measure, or a run whose outputs stopped coming."""

from __future__ import annotations


class CorpusError(ValueError):
    """No articles to measure: the paths name none, or cannot be read."""


class StalledRun(RuntimeError):
    """The outputs stopped coming before every article came out: some worker sits on partitions it does not read."""

    def __init__(self, done: int, expected: int, stall_timeout: float) -> None:
        super().__init__(f"only {done} of {expected} articles came out (no progress for {stall_timeout:.0f}s)")
        self.done = done
        self.expected = expected
