"""The processor's one hook per event: each call updates the Prometheus metrics and the live page's feed.

``worker.app`` only knows this object, so what is measured, and where it is shown, can change without touching the
processing code.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

from worker import metrics
from worker.events import ArticleDigest, Outbound
from worker.web.live import LiveFeed


class PipelineObserver:
    """Receives the processing events of ``ArticleProcessor``."""

    def __init__(self, feed: LiveFeed | None = None) -> None:
        self.feed = feed or LiveFeed()

    @contextmanager
    def message_in_flight(self, value: bytes | None) -> Iterator[None]:
        """One raw message taken from the topic, in flight until the block ends."""
        self.feed.record_consumed()
        with metrics.message_in_flight(len(value or b"")):
            yield

    def extraction_timer(self) -> AbstractContextManager[None]:
        """Times the block as one article's extraction."""
        return metrics.extraction_timer()

    def article_enriched(self, digest: ArticleDigest, published: Sequence[Outbound],
                         raw_timestamp: float | None) -> None:
        """The article of ``digest`` was published as ``published`` (all acknowledged); ``raw_timestamp`` is the raw
        record's."""
        now = time.time()
        metrics.record_enriched(digest, [(msg.role, len(msg.value)) for msg in published], raw_timestamp, now)
        self.feed.record_enriched(digest, max(0.0, now - raw_timestamp) if raw_timestamp else None)

    def dead_lettered(self, reason: str, value: bytes | None) -> None:
        """A raw message (``value``) went to the dead-letter topic for ``reason``."""
        metrics.record_dead_letter(reason, len(value or b""))
        self.feed.record_dead_letter(reason)

    def send_failed(self, role: str) -> None:
        """One attempt to publish to the output topic of ``role`` failed (it is retried or dead-lettered)."""
        metrics.record_send_error(role)

    def transaction_committed(self, seconds: float) -> None:
        """An exactly-once transaction (outputs and offsets) committed after ``seconds`` of offset commit."""
        metrics.record_commit(seconds)

    def rebalanced(self) -> None:
        """The consumer group rebalanced."""
        metrics.record_rebalance()
