"""The per-message decision shared by both processing modes: decode and enrich a raw value, or say why it is dead.

``transform`` turns one raw message value into either the outbound messages of its enriched article or the reason
it belongs on the dead-letter topic; ``dead_letter`` describes such a failure as a dead letter.
How the results reach Kafka (faust sends acknowledged one by one in ``worker.app``, or one Kafka transaction per
batch in ``worker.transactional``) is the caller's concern, so both modes make the same decision for the same bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import structlog

from worker import __version__
from worker.codec import decode_article
from worker.dlq import dead_letter_for, replay_count
from worker.events import ArticleDigest, Fanout, Outbound, fan_out
from worker.exceptions import ExtractionFailed, UnprocessableMessage
from worker.extract import enrich
from worker.extract.taxonomy import Taxonomy
from worker.extraction_pool import ExtractionPool
from worker.models import DeadLetter, RawArticle
from worker.observer import PipelineObserver
from worker.settings import Settings


# One thread: extractions of several articles in flight at once would only take turns on the GIL, and the event
# loop would wait behind each of them.
_EXTRACTION_THREAD = ThreadPoolExecutor(1, thread_name_prefix="newswire-extract")


@dataclass(frozen=True)
class Enriched:
    """The article was enriched; ``messages`` are every output to publish for it, ``digest`` what to report of it."""

    messages: list[Outbound]
    digest: ArticleDigest

    @property
    def article_id(self) -> str:
        return self.digest.article_id


@dataclass(frozen=True)
class Rejected:
    """The message cannot be enriched: it goes to the dead-letter topic with ``reason``."""

    error: BaseException
    reason: str
    article_id: str | None = None


async def transform(value: bytes | None, settings: Settings, taxonomy: Taxonomy, observer: PipelineObserver,
                    bound: structlog.typing.FilteringBoundLogger, *, pool: ExtractionPool | None = None,
                    ) -> Enriched | Rejected:
    """Decode ``value``, enrich it off the event loop (CPU-bound: the loop must keep serving heartbeats and the web)
    and fan it out: in ``pool``'s processes (which decode it too, with their own copy of the taxonomy), else in one
    extraction thread on ``taxonomy``. Never raises: any bug in extraction, or a process that dies on the article,
    costs one dead letter (``extraction_error``), not the worker.
    """
    article_id = None
    limits = {"max_bytes": settings.max_message_bytes, "max_body_chars": settings.max_body_chars}
    try:
        if pool is not None:
            with observer.extraction_timer():
                fanout = await pool.enrich(value, **limits)
        else:
            article = decode_article(value, **limits)
            article_id = article.article_id
            with observer.extraction_timer():
                fanout = await asyncio.get_running_loop().run_in_executor(_EXTRACTION_THREAD, _enrich, article, taxonomy)
        return Enriched(fanout.messages, fanout.digest)
    except ExtractionFailed as failed:  # in the pool: the error is the cause
        article_id, error = failed.article_id, failed.__cause__
        if isinstance(error, UnprocessableMessage):
            return Rejected(error, error.reason, article_id)
        bound.exception("extraction_failed", article_id=article_id)
        return Rejected(error, "extraction_error", article_id)
    except UnprocessableMessage as error:
        return Rejected(error, error.reason, article_id)
    except Exception as error:
        if pool is not None:  # the process died on it (ExtractionCrashed): name the article if it has a name
            with contextlib.suppress(UnprocessableMessage):
                article_id = decode_article(value, **limits).article_id
        bound.exception("extraction_failed", article_id=article_id)
        return Rejected(error, "extraction_error", article_id)


def _enrich(article: RawArticle, taxonomy: Taxonomy) -> Fanout:
    """What the extraction thread runs: enrich and fan out, so the event loop gets the messages ready to send."""
    return fan_out(enrich(article, taxonomy))


def dead_letter(error: BaseException, reason: str, *, topic: str, partition: int, offset: int,
                timestamp_ms: int | None,
                headers: Iterable[tuple[str, bytes]] | Mapping[str, bytes] | None) -> DeadLetter:
    """The dead letter of the raw message at ``topic``/``partition``/``offset`` that failed with ``error``."""
    return dead_letter_for(
        error,
        reason=reason,
        topic=topic,
        partition=partition,
        offset=offset,
        timestamp_ms=timestamp_ms,
        worker_version=__version__,
        replayed=replay_count(headers),
    )

