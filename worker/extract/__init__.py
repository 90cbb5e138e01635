"""The pure extraction core: ``enrich(raw) -> EnrichedArticle``.

Stages are small pure modules composed here; nothing in this package does I/O or imports Kafka, faust,
prometheus or the CLI, so it runs and is tested without a broker.
"""

from __future__ import annotations

import hashlib

from worker import __version__
from worker.extract.attribution import find_speaker
from worker.extract.quotes import find_direct_quotes
from worker.extract.sections import section_index_at, split_sections
from worker.models import EnrichedArticle, Extractor, Quote, RawArticle, Speaker

EXTRACTOR = Extractor(name="newswire-rules", version=__version__)


def stable_id(*parts: str) -> str:
    """A short deterministic id from its parts."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def enrich(raw: RawArticle) -> EnrichedArticle:
    """Extract sections, quotes, speakers, actors and positions from one article."""
    body = raw.body
    article_id = raw.article_id
    sections = split_sections(body)
    quotes = []
    for number, span in enumerate(find_direct_quotes(body)):
        mention = find_speaker(body, span.start, span.end)
        quotes.append(
            Quote(
                id=f"{article_id}:q{number}",
                kind="direct",
                text=body[span.start : span.end],
                start=span.start,
                end=span.end,
                cue=None,
                section_index=section_index_at(sections, span.start),
                speaker=Speaker(name=mention.text, actor_id=None, mention=mention) if mention else None,
                confidence=0.9 if mention else 0.5,
            )
        )
    return EnrichedArticle(
        article_id=article_id,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published_at=raw.published_at,
        language=raw.language,
        body=body,
        extractor=EXTRACTOR,
        sections=sections,
        quotes=quotes,
        actors=[],
        positions=[],
    )
