"""Fan-out of one enriched article into the messages of every output topic, and its digest (pure, no I/O).

Event ids are deterministic (article id, body hash, index), so a redelivered article yields the same ids and
consumers can drop duplicates. ``fan_out`` runs where the article was enriched (the extraction process): the worker's
event loop then gets bytes ready to send and an ``ArticleDigest`` for its metrics, live page and log line, and never
builds, holds or re-parses the article model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from worker.codec import encode
from worker.models import ArticleRef, EnrichedArticle, PositionEvent, QuoteEvent
from worker.web.live import article_card


@dataclass(frozen=True)
class Outbound:
    """One message to publish: which output topic (by role), its key and its value bytes."""

    role: str  # "enriched" | "quotes" | "positions"
    key: bytes
    value: bytes


@dataclass(frozen=True)
class ArticleDigest:
    """What the shell reports of an enriched article: the label values its metrics count, the live page's card."""

    article_id: str
    quote_kinds: tuple[str, ...]  # one per quote
    stances: tuple[str, ...]  # one per position
    issues: tuple[str, ...]  # the issue label of each position
    actors: tuple[tuple[str, str], ...]  # (name, type) of each actor
    card: dict  # ``worker.web.live.article_card``

    @property
    def quotes(self) -> int:
        return len(self.quote_kinds)

    @property
    def positions(self) -> int:
        return len(self.stances)


@dataclass(frozen=True)
class Fanout:
    """Every message one article produces (the enriched event last) and its digest."""

    messages: list[Outbound]
    digest: ArticleDigest


def digest(article: EnrichedArticle) -> ArticleDigest:
    """What the shell reports of ``article`` (metrics, live page, log line), without keeping the article."""
    return ArticleDigest(
        article_id=article.article_id,
        quote_kinds=tuple(quote.kind for quote in article.quotes),
        stances=tuple(position.stance for position in article.positions),
        issues=tuple(position.issue.label for position in article.positions),
        actors=tuple((actor.name, actor.type) for actor in article.actors),
        card=article_card(article),
    )


def fan_out(article: EnrichedArticle) -> Fanout:
    """Every message ``article`` produces and its digest: all the worker's event loop needs of it."""
    return Fanout(outbound_messages(article), digest(article))


def content_hash(body: str) -> str:
    """A short hash of the body for event ids: a corrected article (same id, new body) gets new event ids."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def article_ref(article: EnrichedArticle) -> ArticleRef:
    """The article's id and metadata, which every quote and position event carries."""
    return ArticleRef(
        article_id=article.article_id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
    )


def quote_events(article: EnrichedArticle) -> list[QuoteEvent]:
    """One event per quote, with its section's title and its speaker's actor."""
    ref = article_ref(article)
    body_hash = content_hash(article.body)
    actors = {actor.id: actor for actor in article.actors}
    titles = {section.index: section.title for section in article.sections}
    return [
        QuoteEvent(
            event_id=f"{article.article_id}:{body_hash}:q{index}",
            article=ref,
            section_title=titles.get(quote.section_index),
            quote=quote,
            speaker_actor=actors.get(quote.speaker.actor_id) if quote.speaker and quote.speaker.actor_id else None,
        )
        for index, quote in enumerate(article.quotes)
    ]


def position_events(article: EnrichedArticle) -> list[PositionEvent]:
    """One event per position, with its actor's type, roles and affiliations, in PLOVER's names where they overlap."""
    ref = article_ref(article)
    body_hash = content_hash(article.body)
    actors = {actor.id: actor for actor in article.actors}
    events = []
    for index, position in enumerate(article.positions):
        actor = actors.get(position.actor_id)
        events.append(
            PositionEvent(
                event_id=f"{article.article_id}:{body_hash}:p{index}",
                article=ref,
                date=article.published_at,
                actor=position.actor_name,
                actor_id=position.actor_id,
                actor_type=actor.type if actor else None,
                actor_roles=list(actor.roles) if actor else [],
                actor_affiliations=list(actor.affiliations) if actor else [],
                issue=position.issue,
                stance=position.stance,
                modality=position.modality,
                event_text=position.evidence.text,
                evidence=position.evidence,
                confidence=position.confidence,
            )
        )
    return events


def outbound_messages(article: EnrichedArticle) -> list[Outbound]:
    """Every message one article produces; the enriched event comes last, after its parts."""
    article_key = article.article_id.encode("utf-8")
    messages = [Outbound("quotes", article_key, encode(event)) for event in quote_events(article)]
    messages += [
        Outbound("positions", event.actor_id.encode("utf-8"), encode(event)) for event in position_events(article)
    ]
    messages.append(Outbound("enriched", article_key, encode(article)))
    return messages
