"""The live page's memory: the latest enriched articles, per-second throughput and latency, top actors and issues.

Everything is bounded: a ring of the latest articles (each reduced to its quotes in a little context), a window of
per-second buckets, and counters of actors and issues that are pruned to their most frequent entries. It lives in
the worker process and is only touched from the event loop, so it needs no locks.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from worker.models import EnrichedArticle, Quote

if TYPE_CHECKING:
    from worker.events import ArticleDigest

LATEST_ARTICLES = 20
HISTORY_SECONDS = 120
QUOTES_PER_ARTICLE = 40
CONTEXT_CHARS = 100
TOP_N = 10
# Actor names are unbounded over a worker's life: keep counting only the most frequent ones.
TRACKED_NAMES = 2000


@dataclass
class SecondBucket:
    """What happened during one wall-clock second."""

    second: int
    consumed: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    latency_sum: float = 0.0
    latency_max: float = 0.0

    def as_dict(self) -> dict:
        return {
            "t": self.second,
            "consumed": self.consumed,
            "enriched": self.enriched,
            "dead_lettered": self.dead_lettered,
            "latency_avg": self.latency_sum / self.enriched if self.enriched else None,
            "latency_max": self.latency_max if self.enriched else None,
        }


class LiveFeed:
    """Collects what the live page shows; ``summary()`` is the JSON the page polls."""

    def __init__(self, capacity: int = LATEST_ARTICLES, history_seconds: int = HISTORY_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.history_seconds = history_seconds
        self.articles: deque[dict] = deque(maxlen=capacity)
        self.buckets: deque[SecondBucket] = deque()
        self.totals = Counter(consumed=0, enriched=0, dead_lettered=0)
        self.dead_letters_by_reason: Counter[str] = Counter()
        self.actors: Counter[tuple[str, str]] = Counter()
        self.issues: Counter[str] = Counter()
        self.started_at = clock()

    def record_consumed(self) -> None:
        self.totals["consumed"] += 1
        self._bucket().consumed += 1

    def record_dead_letter(self, reason: str) -> None:
        self.totals["dead_lettered"] += 1
        self.dead_letters_by_reason[reason] += 1
        self._bucket().dead_lettered += 1

    def record_enriched(self, digest: ArticleDigest, latency_seconds: float | None) -> None:
        self.totals["enriched"] += 1
        bucket = self._bucket()
        bucket.enriched += 1
        if latency_seconds is not None:
            bucket.latency_sum += latency_seconds
            bucket.latency_max = max(bucket.latency_max, latency_seconds)
        self.articles.appendleft({**digest.card, "received_at": self.clock(), "latency_seconds": latency_seconds})
        self.actors.update(digest.actors)
        self.issues.update(digest.issues)
        _prune(self.actors)

    def summary(self, lag: Mapping[tuple[str, int], int]) -> dict:
        """The page's whole state: totals, the per-second history, lag, DLQ, latest articles, top actors/issues."""
        now = int(self.clock())
        self._expire(now)
        by_second = {bucket.second: bucket for bucket in self.buckets}
        history = [(by_second.get(second) or SecondBucket(second)).as_dict()
                   for second in range(now - self.history_seconds + 1, now + 1)]
        return {
            "now": now,
            "uptime_seconds": round(self.clock() - self.started_at, 1),
            "totals": dict(self.totals),
            "history": history,
            "lag": {
                "total": sum(lag.values()),
                "partitions": [{"topic": topic, "partition": partition, "lag": value}
                               for (topic, partition), value in sorted(lag.items())],
            },
            "dead_letters": dict(self.dead_letters_by_reason.most_common()),
            "articles": list(self.articles),
            "top_actors": [{"name": name, "type": kind, "articles": count}
                           for (name, kind), count in self.actors.most_common(TOP_N)],
            "top_issues": [{"label": label, "positions": count} for label, count in self.issues.most_common(TOP_N)],
        }

    def _bucket(self) -> SecondBucket:
        second = int(self.clock())
        if not self.buckets or self.buckets[-1].second != second:
            self.buckets.append(SecondBucket(second))
            self._expire(second)
        return self.buckets[-1]

    def _expire(self, now: int) -> None:
        while self.buckets and self.buckets[0].second <= now - self.history_seconds:
            self.buckets.popleft()


def article_card(article: EnrichedArticle) -> dict:
    """What the page shows of one article: its headline facts and each quote in a little surrounding text; the feed
    adds when it was received and its latency.

    The text is cut on the server, so the page never has to map Python string offsets onto JavaScript's UTF-16.
    """
    return {
        "article_id": article.article_id,
        "title": article.title or _first_line(article.body),
        "source": article.source,
        "url": article.url,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "quote_count": len(article.quotes),
        "quotes": [_quote_in_context(article.body, quote) for quote in article.quotes[:QUOTES_PER_ARTICLE]],
        "positions": [
            {"actor": position.actor_name, "issue": position.issue.label, "stance": position.stance}
            for position in article.positions
        ],
    }


def _quote_in_context(body: str, quote: Quote) -> dict:
    return {
        "kind": quote.kind,
        "before": body[max(0, quote.start - CONTEXT_CHARS):quote.start],
        "text": quote.text,
        "after": body[quote.end:quote.end + CONTEXT_CHARS],
        "speaker": quote.speaker.name if quote.speaker else None,
        "cue": quote.cue,
    }


def _first_line(body: str, limit: int = 120) -> str:
    line = body.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _prune(counter: Counter) -> None:
    if len(counter) > TRACKED_NAMES:
        kept = counter.most_common(TRACKED_NAMES // 2)
        counter.clear()
        counter.update(dict(kept))
