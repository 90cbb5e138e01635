"""Message contracts of every newswire topic.

This module imports nothing of ours: it is the contract that producers and consumers agree on, and the
JSON Schema files in ``schemas/`` are generated from it (``newswire schemas``). Offsets are Python string
indices into the article body, end exclusive, so ``body[start:end] == text`` always holds.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1

QuoteKind = Literal["direct", "indirect", "mixed"]
ActorType = Literal["person", "organization", "place", "group"]
Stance = Literal["support", "oppose", "neutral"]
Modality = Literal["asserted", "obligation", "hedged", "negated", "intended", "demanded"]


class Contract(BaseModel):
    """Base of every message: immutable, and strict about unknown fields on output."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def article_id_for(body: str) -> str:
    """The id of an article that came without one: a hash of its body, so a replay gives the same id."""
    return "sha256-" + hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class RawArticle(BaseModel):
    """An article as users publish it to the raw topic (JSON), or just its body as plain UTF-8 text."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)

    schema_version: Literal[1] = Field(
        default=SCHEMA_VERSION, description="Version of this contract; other versions are rejected."
    )
    id: str | None = Field(default=None, min_length=1, max_length=256, description="Article id; derived from the body when absent.")
    body: str = Field(min_length=1, description="The article text.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="Publisher or feed name.")
    published_at: datetime | None = Field(default=None, description="ISO 8601 date or date-time.")
    language: str | None = Field(default=None, max_length=35, description="BCP 47 language tag, e.g. 'en'.")
    content_type: Literal["text/plain", "text/html"] = Field(
        default="text/plain", description="Whether the body is plain text or HTML."
    )

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, body: str) -> str:
        if not body.strip():
            raise ValueError("body is blank")
        return body

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_is_midnight_utc(cls, value: object) -> object:
        # A bare date ("2019-01-04") is common in feeds; read it as midnight UTC.
        if isinstance(value, str) and len(value) == 10:
            try:
                return datetime.combine(date.fromisoformat(value), time(), tzinfo=timezone.utc)
            except ValueError:
                return value
        return value

    @property
    def article_id(self) -> str:
        return self.id or article_id_for(self.body)


class Extractor(Contract):
    name: str
    version: str


class Section(Contract):
    index: int = Field(ge=0)
    title: str | None = Field(description="Heading text; null for the untitled lead.")
    heading_start: int | None = Field(default=None, ge=0, description="Offset of the heading line, if any.")
    start: int = Field(ge=0, description="Offset where the section's body starts.")
    end: int = Field(ge=0)


class Mention(Contract):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(Contract):
    name: str = Field(description="Canonical name: the fullest form the article uses.")
    actor_id: str | None = None
    mention: Mention | None = Field(default=None, description="Where the speaker is named for this quote.")


class Quote(Contract):
    id: str
    kind: QuoteKind
    text: str = Field(description="For a direct quote, the text inside the quotation marks.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cue: str | None = Field(default=None, description="The speech verb or phrase, e.g. 'said', 'according to'.")
    section_index: int = Field(ge=0)
    speaker: Speaker | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class Actor(Contract):
    id: str = Field(description="Stable across articles: derived from the canonical name and type.")
    name: str
    type: ActorType
    roles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mention_count: int = Field(ge=0)


class Issue(Contract):
    id: str
    label: str
    parent: str | None = None


class Evidence(Contract):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    quote_id: str | None = None


class Position(Contract):
    id: str
    actor_id: str
    actor_name: str
    issue: Issue
    stance: Stance
    modality: Modality = "asserted"
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)


class EnrichedArticle(Contract):
    """Everything newswire extracts from one article; published on the enriched topic, keyed by article id."""

    schema_version: Literal[1] = SCHEMA_VERSION
    article_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    body: str = Field(description="The body all offsets refer to (HTML input is reduced to its text).")
    extractor: Extractor
    sections: list[Section]
    quotes: list[Quote]
    actors: list[Actor]
    positions: list[Position]

    @model_validator(mode="after")
    def _offsets_point_into_body(self) -> EnrichedArticle:
        for quote in self.quotes:
            if self.body[quote.start : quote.end] != quote.text:
                raise ValueError(f"quote {quote.id} offsets do not match its text")
        for position in self.positions:
            ev = position.evidence
            if self.body[ev.start : ev.end] != ev.text:
                raise ValueError(f"position {position.id} evidence offsets do not match its text")
        return self


class ArticleRef(Contract):
    """Enough of the article for an event to be useful on its own."""

    article_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


class QuoteEvent(Contract):
    """One quotation, published on the quotes topic keyed by article id."""

    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str = Field(description="Deterministic: article id, content hash and index; use it to drop duplicates.")
    article: ArticleRef
    section_title: str | None = None
    quote: Quote
    speaker_actor: Actor | None = None


class PositionEvent(Contract):
    """One actor's stance on one issue, published on the positions topic keyed by actor id.

    Field names follow PLOVER where they overlap: ``actor``, ``recipient``, ``date``, ``event_text``.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str
    article: ArticleRef
    date: datetime | None = Field(default=None, description="The article's publication time.")
    actor: str = Field(description="The actor's canonical name.")
    actor_id: str
    actor_type: ActorType | None = None
    actor_roles: list[str] = Field(default_factory=list)
    actor_affiliations: list[str] = Field(default_factory=list, description="Organisations or places the actor speaks for.")
    recipient: str | None = Field(default=None, description="Who the stance is addressed to, when known.")
    issue: Issue
    stance: Stance
    modality: Modality
    event_text: str = Field(description="The evidence text.")
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)


class DeadLetter(Contract):
    """Why a raw message could not be processed.

    On the dead-letter topic the message key and value are the original bytes, unchanged; these fields travel
    as Kafka headers named after KIP-1034 (``__streams.errors.*``) plus ``newswire.*`` for what it lacks.
    """

    reason: str = Field(description="Bounded category, e.g. 'invalid_json', 'invalid_article', 'too_large'.")
    exception_class: str
    exception_message: str
    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None = Field(default=None, description="The original record's timestamp.")
    worker_version: str
    failed_at: datetime
    replayed: int = Field(default=0, ge=0, description="How often this message was replayed from the DLQ.")


TOPIC_MESSAGES: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "enriched_article": EnrichedArticle,
    "quote_event": QuoteEvent,
    "position_event": PositionEvent,
    "dead_letter": DeadLetter,
}
