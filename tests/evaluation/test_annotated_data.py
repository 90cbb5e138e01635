"""The held-out Wikinews annotations (tests/data/wikinews-annotated) are well-formed.

Every span must be the exact text at its offsets, kinds and stances must be ones the scorer knows,
and every named speaker, mention and position actor must be something the article itself says, so
that a typo in an annotation fails here instead of silently lowering the measured accuracy.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from worker.evaluation.gold import parse_gold_article

DATA = Path(__file__).parent.parent / "data" / "wikinews-annotated"
SPLITS = ("dev.jsonl", "test.jsonl", "dev2.jsonl", "test2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl",
          "dev7.jsonl", "dev8.jsonl", "dev9.jsonl")
SEED_IDS = {"wikinews-2019-000", "wikinews-2019-008", "wikinews-2020-018", "wikinews-2020-086", "wikinews-2020-102"}
KINDS = {"direct", "indirect"}
STANCES = {"support", "oppose"}
ACTOR_TYPES = {"person", "organization", "place"}


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def said_in(text: str, words: str) -> bool:
    return words.casefold() in text.casefold()


def problems(record: dict) -> list[str]:
    """Everything wrong with one annotated article, as readable messages (empty when it is well-formed)."""
    found = []
    text = record["text"]
    for key in ("id", "source", "url", "title", "text", "quotes", "sections", "actors", "positions"):
        if key not in record:
            found.append(f"missing key {key}")
    actor_names = {actor["name"] for actor in record.get("actors", [])}
    for actor in record.get("actors", []):
        if actor.get("type") not in ACTOR_TYPES:
            found.append(f"actor {actor.get('name')!r} has type {actor.get('type')!r}")
        if not said_in(text, actor["name"]):
            found.append(f"actor {actor['name']!r} is not in the text")
    previous_end = 0
    for quote in record.get("quotes", []):
        label = repr(quote.get("text", "")[:40])
        if not 0 <= quote["start"] < quote["end"] <= len(text) or text[quote["start"] : quote["end"]] != quote["text"]:
            found.append(f"quote {label}: offsets do not match its text")
        if quote["start"] < previous_end:
            found.append(f"quote {label}: overlaps the quote before it or is out of order")
        previous_end = quote["end"]
        if quote.get("kind") not in KINDS:
            found.append(f"quote {label}: kind {quote.get('kind')!r}")
        for field in ("speaker", "speaker_mention", "cue"):
            if quote.get(field) is not None and not said_in(text, quote[field]):
                found.append(f"quote {label}: {field} {quote[field]!r} is not in the text")
        for alias in quote.get("speaker_aliases", []):
            if not said_in(text, alias):
                found.append(f"quote {label}: alias {alias!r} is not in the text")
        if quote.get("speaker") is not None and quote["speaker"] not in actor_names:
            found.append(f"quote {label}: speaker {quote['speaker']!r} is not among the actors")
    for section in record.get("sections", []):
        if not 0 <= section["body_start"] < len(text) or text[section["body_start"]].isspace():
            found.append(f"section body_start {section['body_start']} is not the start of a paragraph")
    for position in record.get("positions", []):
        if position.get("stance") not in STANCES:
            found.append(f"position {position.get('issue')!r}: stance {position.get('stance')!r}")
        if position.get("actor") not in actor_names:
            found.append(f"position {position.get('issue')!r}: actor {position.get('actor')!r} is not among the actors")
        if not 0 <= position["evidence_start"] < position["evidence_end"] <= len(text) or not position.get("issue"):
            found.append(f"position {position.get('issue')!r}: evidence offsets or issue are wrong")
    return found


@pytest.mark.parametrize("name", SPLITS)
def test_every_article_is_well_formed(name):
    for record in records(name):
        assert problems(record) == [], record["id"]
        parse_gold_article(record)  # the eval command's own reader accepts it


def test_the_splits_are_disjoint_wikinews_articles_outside_the_seeds():
    splits = [{r["id"] for r in records(name)} for name in SPLITS]
    assert all(len(ids) == len(records(name)) and ids for ids, name in zip(splits, SPLITS))
    assert sum(map(len, splits)) == len(set().union(*splits))  # no article in two splits
    assert not set().union(*splits) & SEED_IDS
    assert all(r["source"] == "wikinews" and r["url"].startswith("https://en.wikinews.org/") for name in SPLITS for r in records(name))
    assert all(len(r["quotes"]) >= 3 for name in SPLITS for r in records(name))


def test_the_check_catches_broken_annotations():
    record = copy.deepcopy(records("dev.jsonl")[0])
    record["quotes"][0]["start"] += 1
    record["quotes"][1]["kind"] = "reported"
    record["quotes"][2]["speaker"] = "Ann Lee"
    record["positions"][0]["stance"] = "neutral"
    messages = "\n".join(problems(record))
    assert "offsets do not match" in messages
    assert "kind 'reported'" in messages
    assert "'Ann Lee' is not in the text" in messages
    assert "stance 'neutral'" in messages
