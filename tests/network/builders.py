"""Position events built directly, so network tests do not depend on what the extractor finds."""

from __future__ import annotations

from datetime import datetime, timezone

from worker.models import ArticleRef, Evidence, Issue, PositionEvent

ISSUES = {
    "peace-talks": Issue(id="peace-talks", label="Peace talks and ceasefire"),
    "talks-inclusion": Issue(id="talks-inclusion", label="Who takes part in negotiations", parent="peace-talks"),
    "defence-spending": Issue(id="defence-spending", label="Defence spending", parent="defence"),
}


def position_event(
    event_id: str,
    actor_id: str,
    issue: str,
    stance: str,
    *,
    day: str | None = "2025-02-13",
    actor_type: str = "person",
    text: str | None = None,
    article_id: str = "art-1",
    affiliations: tuple[str, ...] = (),
) -> PositionEvent:
    when = datetime.fromisoformat(day).replace(hour=9, tzinfo=timezone.utc) if day else None
    text = text or f"{actor_id.title()} {stance}s {issue}."
    return PositionEvent(
        event_id=event_id,
        article=ArticleRef(article_id=article_id, title="A title", published_at=when),
        date=when,
        actor=actor_id.title(),
        actor_id=actor_id,
        actor_type=actor_type,
        actor_affiliations=list(affiliations),
        issue=ISSUES[issue],
        stance=stance,
        modality="asserted",
        event_text=text,
        evidence=Evidence(start=10, end=10 + len(text), text=text),
        confidence=0.8,
    )
