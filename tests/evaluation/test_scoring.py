"""Scoring arithmetic on tiny hand-made gold records."""

from __future__ import annotations

import json

import pytest

from worker.evaluation.exceptions import GoldFormatError
from worker.evaluation.gold import GoldArticle, GoldPosition, GoldQuote, GoldSection, parse_gold_article, read_gold
from worker.evaluation.scoring import (
    Counts,
    match_quotes,
    normalise_name,
    quote_errors,
    score_article,
    score_positions,
    score_quotes,
    speaker_leniently_right,
    speaker_right_ignoring_article,
    speaker_strictly_right,
    total,
)
from worker.models import EnrichedArticle, Evidence, Extractor, Issue, Position, Quote, Section, Speaker


def gold_quote(start: int, end: int, kind: str = "direct", speaker: str | None = "Ann Lee", aliases=()) -> GoldQuote:
    return GoldQuote(start=start, end=end, text="x" * (end - start), kind=kind, speaker=speaker, speaker_aliases=tuple(aliases))


def quote(start: int, end: int, kind: str = "direct", speaker: str | None = None, body: str | None = None) -> Quote:
    return Quote(
        id=f"q{start}",
        kind=kind,
        text=(body or "x" * 1000)[start:end],
        start=start,
        end=end,
        section_index=0,
        speaker=Speaker(name=speaker) if speaker else None,
        confidence=0.5,
    )


def test_counts_give_precision_recall_and_f1():
    counts = Counts(matched=2, predicted=4, gold=2)
    assert counts.precision == 0.5
    assert counts.recall == 1.0
    assert counts.f1 == pytest.approx(2 / 3)
    assert Counts().f1 == 0.0


def test_threshold_is_share_of_the_gold_span():
    gold = [gold_quote(0, 100)]
    assert match_quotes(gold, [quote(0, 30)], 0.3) == [(0, 0)]
    assert match_quotes(gold, [quote(0, 29)], 0.3) == []
    assert match_quotes(gold, [quote(0, 30)], 0.8) == []
    # a long prediction covering a short gold quote matches: only the gold share counts
    assert match_quotes([gold_quote(10, 20)], [quote(0, 500)], 0.8) == [(0, 0)]


def test_greedy_matching_prefers_the_largest_overlap():
    # prediction 0 covers a little of gold 0 and all of gold 1; prediction 1 covers gold 1 only partly.
    gold = [gold_quote(0, 20), gold_quote(20, 40)]
    predicted = [quote(14, 40), quote(20, 30)]
    # overlaps: (g0,p0)=6, (g1,p0)=20, (g1,p1)=10. Greedy takes (g1,p0) first; g0 could only use p0, now taken.
    # (An optimal assignment would find two matches; the README prescribes greedy.)
    assert match_quotes(gold, predicted, 0.3) == [(1, 0)]
    scores = score_quotes(gold, predicted, 0.3)
    assert scores.all == Counts(matched=1, predicted=2, gold=2)


def test_direct_gold_is_matched_only_by_direct_or_mixed_predictions():
    gold = [gold_quote(0, 10, "direct"), gold_quote(20, 30, "indirect")]
    predicted = [quote(0, 10, "indirect"), quote(20, 30, "mixed")]
    scores = score_quotes(gold, predicted, 0.3)
    assert scores.all == Counts(2, 2, 2)
    # the mixed prediction matched the indirect gold quote, so it answers for that kind only
    assert scores.direct == Counts(matched=0, predicted=0, gold=1)
    assert scores.indirect == Counts(matched=1, predicted=2, gold=1)


def test_a_mixed_prediction_counts_once_in_the_per_kind_figures():
    gold = [gold_quote(0, 10, "direct")]
    body = "x" * 100 + "“quoted” words then more" + "x" * 100
    # matched: counts for the direct gold quote it matched, not also as a wrong indirect prediction
    matched = score_quotes(gold, [quote(0, 12, "mixed")], 0.3)
    assert (matched.direct, matched.indirect) == (Counts(1, 1, 1), Counts(0, 0, 0))
    # unmatched: by the gold convention, a quote that begins with a quotation mark is direct, else indirect
    opening = score_quotes(gold, [quote(100, 124, "mixed", body=body)], 0.3)
    assert (opening.direct, opening.indirect) == (Counts(0, 1, 1), Counts(0, 0, 0))
    clause = score_quotes(gold, [quote(108, 124, "mixed", body=body)], 0.3)
    assert (clause.direct, clause.indirect) == (Counts(0, 0, 1), Counts(0, 1, 0))


def test_speaker_names_are_normalised():
    assert normalise_name("  Zoë  O’Brien's ") == "zoe obrien"
    assert normalise_name("Jean-Luc Picard") == "jean luc picard"
    assert speaker_strictly_right("ZOE OBRIEN", "Zoë O'Brien")
    assert speaker_strictly_right("Trump's", "Trump")
    assert not speaker_strictly_right("Brien", "Zoë O'Brien")
    assert speaker_strictly_right("the premier", "Ivo Marsh", aliases=["The Premier"])
    assert speaker_leniently_right("Mr. Marsh", "Ivo Marsh")
    assert not speaker_leniently_right("Doug", "Ivo Marsh")
    assert not speaker_strictly_right(None, "Ivo Marsh")


def test_the_ignored_figure_differs_from_strict_only_by_a_leading_article():
    assert not speaker_strictly_right("the Harbour Board", "Harbour Board")
    assert speaker_right_ignoring_article("the Harbour Board", "Harbour Board")
    assert speaker_right_ignoring_article("Harbour Board", "x", aliases=["The Harbour Board"])
    assert not speaker_right_ignoring_article("the Board", "Harbour Board")
    assert not speaker_right_ignoring_article("Theo Marsh", "Marsh")


def test_speaker_accuracy_and_attribution_count_only_matched_quotes():
    gold = [gold_quote(0, 10, speaker="Ivo Marsh"), gold_quote(20, 30, speaker="Ann Lee"), gold_quote(40, 50, speaker=None), gold_quote(60, 70)]
    predicted = [quote(0, 10, speaker="Marsh"), quote(20, 30, speaker="Ann Lee"), quote(40, 50), quote(90, 99, speaker="Ann Lee")]
    scores = score_quotes(gold, predicted, 0.3)
    assert (scores.speaker_strict.correct, scores.speaker_strict.total) == (1, 2)
    assert (scores.speaker_lenient.correct, scores.speaker_lenient.total) == (2, 2)
    assert (scores.speaker_no_article.correct, scores.speaker_no_article.total) == (1, 2)
    # found: Ann Lee (strictly right) and the speakerless quote predicted without a speaker
    assert scores.attributed == Counts(matched=2, predicted=4, gold=4)
    errors = quote_errors(gold, predicted, 0.3)
    assert [q.start for q in errors.misses] == [60]
    assert [q.start for q in errors.false_positives] == [90]
    assert [(g.start, p.speaker.name) for g, p in errors.wrong_speakers] == [(0, "Marsh")]


BODY = "Intro line.\nTaxes\nMs Lee said she opposes the tax. Mr Marsh backs it.\n"


def article(sections, positions) -> EnrichedArticle:
    return EnrichedArticle(
        article_id="a",
        body=BODY,
        extractor=Extractor(name="t", version="0"),
        sections=sections,
        quotes=[],
        actors=[],
        positions=positions,
    )


def position(actor: str, stance: str, start: int, end: int) -> Position:
    return Position(
        id=f"p{start}",
        actor_id=actor,
        actor_name=actor,
        issue=Issue(id="tax", label="tax"),
        stance=stance,
        evidence=Evidence(start=start, end=end, text=BODY[start:end]),
        confidence=0.5,
    )


def test_positions_need_actor_overlap_and_stance():
    gold = [GoldPosition("Ann Lee", "tax", "oppose", 30, 50), GoldPosition("Ivo Marsh", "tax", "support", 52, 64)]
    predicted = [
        position("Lee", "oppose", 40, 60),  # lenient actor, overlapping, same stance: match
        position("Ivo Marsh", "oppose", 52, 64),  # wrong stance
        position("Ann Lee", "support", 52, 64),  # wrong actor
    ]
    assert score_positions(gold, predicted) == Counts(matched=1, predicted=3, gold=2)


def test_sections_match_on_title_and_start_and_only_annotated_articles_count():
    gold = GoldArticle(
        id="a",
        text=BODY,
        quotes=(),
        sections=(GoldSection(None, 0), GoldSection("Taxes", 18)),
        positions=(),
    )
    predicted = article(
        [Section(index=0, title=None, start=0, end=12), Section(index=1, title="taxes", heading_start=12, start=17, end=len(BODY))],
        [],
    )
    # start 17 is the newline before 18: equal once whitespace is skipped; the title is normalised
    scores = score_article(gold, predicted)
    assert scores.sections == Counts(2, 2, 2)
    unannotated = GoldArticle(id="b", text=BODY, quotes=())
    summed = total([scores, score_article(unannotated, predicted)])
    assert (summed.articles, summed.sections_articles, summed.positions_articles) == (2, 1, 1)
    assert summed.sections == Counts(2, 2, 2)


def test_gold_files_are_read_and_checked(tmp_path):
    record = {"id": 7, "source": "test", "text": "He said “yes”.", "quotes": [{"start": 9, "end": 12, "text": "yes", "kind": "direct", "speaker": "He"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    [parsed] = read_gold([path])
    assert parsed.id == "7" and parsed.quotes[0].text == "yes" and parsed.sections is None
    with pytest.raises(GoldFormatError):
        parse_gold_article({**record, "quotes": [{**record["quotes"][0], "start": 8}]})
