"""Gold annotations: immutable records and the JSONL reader.

One JSON object per line, in the format of the gold README: an article ``text`` with its ``quotes`` and,
where annotated, ``sections`` and ``positions``. Absent keys stay ``None`` so that scoring can tell
"not annotated" from "annotated as empty".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from worker.evaluation.exceptions import GoldFormatError


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_aliases: tuple[str, ...] = ()
    cue: str | None = None


@dataclass(frozen=True)
class GoldSection:
    title: str | None
    body_start: int


@dataclass(frozen=True)
class GoldPosition:
    actor: str
    issue: str
    stance: str
    evidence_start: int
    evidence_end: int


@dataclass(frozen=True)
class GoldActor:
    name: str
    type: str


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    sections: tuple[GoldSection, ...] | None = None
    positions: tuple[GoldPosition, ...] | None = None
    actors: tuple[GoldActor, ...] | None = None


def parse_gold_article(record: dict[str, Any]) -> GoldArticle:
    """One gold record (a decoded JSON line) as a ``GoldArticle``; offsets are checked against the text."""
    try:
        text = record["text"]
        quotes = tuple(
            GoldQuote(
                start=q["start"],
                end=q["end"],
                text=q["text"],
                kind=q["kind"],
                speaker=q.get("speaker"),
                speaker_aliases=tuple(q.get("speaker_aliases") or ()),
                cue=q.get("cue"),
            )
            for q in record.get("quotes", [])
        )
        sections = record.get("sections")
        actors = record.get("actors")
        positions = record.get("positions")
        article = GoldArticle(
            id=str(record["id"]),
            text=text,
            quotes=quotes,
            sections=None
            if sections is None
            else tuple(GoldSection(title=s.get("title"), body_start=s["body_start"]) for s in sections),
            positions=None
            if positions is None
            else tuple(
                GoldPosition(
                    actor=p["actor"],
                    issue=p.get("issue", ""),
                    stance=p["stance"],
                    evidence_start=p["evidence_start"],
                    evidence_end=p["evidence_end"],
                )
                for p in positions
            ),
            actors=None if actors is None else tuple(GoldActor(name=a["name"], type=a["type"]) for a in actors),
        )
    except (KeyError, TypeError) as error:
        raise GoldFormatError(f"gold record {record.get('id', '?')!r}: missing or malformed field {error}") from error
    for quote in article.quotes:
        if text[quote.start : quote.end] != quote.text:
            raise GoldFormatError(f"gold record {article.id!r}: quote offsets {quote.start}:{quote.end} do not match its text")
    return article


def read_gold(paths: Iterable[Path]) -> Iterator[GoldArticle]:
    """Every article of the given JSONL files, in order; blank lines are skipped."""
    for path in paths:
        with Path(path).open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise GoldFormatError(f"{path}:{number}: not JSON: {error}") from error
                yield parse_gold_article(record)
