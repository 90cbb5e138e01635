"""Renderings of evaluation scores: a readable table, a JSON-ready dict, and an error listing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from worker.evaluation.gold import GoldArticle, GoldPosition
from worker.evaluation.scoring import Counts, QuoteErrors, Ratio, Scores
from worker.models import Position, Quote

CONTEXT_CHARS = 60


def counts_dict(counts: Counts) -> dict[str, Any]:
    return {
        "matched": counts.matched,
        "predicted": counts.predicted,
        "gold": counts.gold,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def ratio_dict(ratio: Ratio) -> dict[str, Any]:
    return {"correct": ratio.correct, "total": ratio.total, "accuracy": round(ratio.value, 4)}


def scores_dict(scores: Scores) -> dict[str, Any]:
    """All figures as plain JSON values."""
    return {
        "articles": scores.articles,
        "quotes": {
            str(q.threshold): {
                "all": counts_dict(q.all),
                "direct": counts_dict(q.direct),
                "indirect": counts_dict(q.indirect),
                "speaker_strict": ratio_dict(q.speaker_strict),
                "speaker_lenient": ratio_dict(q.speaker_lenient),
                "speaker_strict_the_ignored": ratio_dict(q.speaker_no_article),
                "attributed": counts_dict(q.attributed),
            }
            for q in scores.quotes
        },
        "sections": {"articles": scores.sections_articles, **counts_dict(scores.sections)},
        "positions": {"articles": scores.positions_articles, **counts_dict(scores.positions)},
    }


def _row(label: str, counts: Counts) -> str:
    return (
        f"  {label:<22} P {counts.precision:5.3f}  R {counts.recall:5.3f}  F1 {counts.f1:5.3f}"
        f"   ({counts.matched} matched / {counts.predicted} predicted / {counts.gold} gold)"
    )


def _ratio_row(label: str, ratio: Ratio) -> str:
    return f"  {label:<22} {ratio.value:5.3f}   ({ratio.correct} / {ratio.total})"


def scores_table(scores: Scores) -> str:
    """A human-readable summary of every figure."""
    lines = [f"articles: {scores.articles}"]
    for q in scores.quotes:
        lines.append(f"quotes, overlap >= {q.threshold}")
        lines += [_row("all", q.all), _row("direct", q.direct), _row("indirect", q.indirect)]
        lines += [_ratio_row("speaker strict", q.speaker_strict), _ratio_row("speaker lenient", q.speaker_lenient)]
        lines.append(_ratio_row("speaker, 'the' ignored", q.speaker_no_article))
        lines.append(_row("attributed", q.attributed))
    if scores.sections_articles:
        lines += [f"sections ({scores.sections_articles} articles)", _row("title+start", scores.sections)]
    if scores.positions_articles:
        lines += [f"positions ({scores.positions_articles} articles)", _row("actor+evidence+stance", scores.positions)]
    return "\n".join(lines)


def _in_context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start].replace("\n", " ")
    after = text[end : end + CONTEXT_CHARS].replace("\n", " ")
    return f"…{before}[[{text[start:end]}]]{after}…".replace("\n", " ")


def _speaker(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker else "-"


def errors_text(
    article: GoldArticle,
    errors: QuoteErrors,
    missed_positions: Iterable[GoldPosition] = (),
    false_positions: Iterable[Position] = (),
) -> str:
    """The misses, false positives and wrong speakers of one article, each shown in its context."""
    text = article.text
    lines = [f"== {article.id}"]
    lines += [
        f"  MISS {q.kind} ({q.speaker or '-'}): {_in_context(text, q.start, q.end)}" for q in errors.misses
    ]
    lines += [
        f"  FALSE {q.kind} ({_speaker(q)}): {_in_context(text, q.start, q.end)}" for q in errors.false_positives
    ]
    lines += [
        f"  SPEAKER gold {g.speaker!r} got {_speaker(p)!r}: {_in_context(text, g.start, g.end)}"
        for g, p in errors.wrong_speakers
    ]
    lines += [
        f"  MISS position {p.actor} {p.stance} {p.issue!r}: {_in_context(text, p.evidence_start, p.evidence_end)}"
        for p in missed_positions
    ]
    lines += [
        f"  FALSE position {p.actor_name} {p.stance} {p.issue.id}: "
        f"{_in_context(text, p.evidence.start, p.evidence.end)}"
        for p in false_positions
    ]
    return "\n".join(lines)
