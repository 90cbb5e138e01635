"""``newswire eval GOLD.jsonl ...``: run the extractor on gold articles and print the figures."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from worker.evaluation.gold import GoldArticle, read_gold
from worker.evaluation.report import errors_text, scores_dict, scores_table
from worker.evaluation.scoring import THRESHOLDS, match_positions, quote_errors, score_article, total
from worker.extract import enrich
from worker.extract.positions import find_positions
from worker.extract.taxonomy import default_taxonomy
from worker.models import Actor, EnrichedArticle, Quote, RawArticle, Speaker


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``eval`` sub-command."""
    parser = subparsers.add_parser("eval", help="Score the extractor against gold annotation files (JSONL).")
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl", help="Gold annotation files.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument(
        "--errors", action="store_true", help=f"Also list misses, false positives and wrong speakers (overlap >= {THRESHOLDS[0]})."
    )
    parser.add_argument(
        "--oracle-quotes",
        action="store_true",
        help="Find positions from the gold quotes, speakers and actors instead of the extracted ones "
        "(scores position finding on its own).",
    )
    parser.set_defaults(func=run)


def extract(article: GoldArticle) -> EnrichedArticle:
    """The extractor's output for a gold article's text."""
    return enrich(RawArticle(id=article.id, body=article.text))


def _oracle_actor_id(name: str) -> str:
    return "gold:" + name


def with_oracle_positions(article: GoldArticle, predicted: EnrichedArticle) -> EnrichedArticle:
    """``predicted`` with positions found from the gold quotes and actors (speakers not among them become groups);
    the section headings are the extracted ones, as in ``enrich`` (headings state no positions)."""
    gold_actors = {a.name: a.type for a in article.actors or ()}
    for quote in article.quotes:
        if quote.speaker and quote.speaker not in gold_actors:
            gold_actors[quote.speaker] = "group"
    actors = [
        Actor(id=_oracle_actor_id(name), name=name, type=kind, mention_count=1)
        for name, kind in gold_actors.items()
    ]
    quotes = [
        Quote(
            id=f"gold-q{number}",
            kind=quote.kind,
            text=quote.text,
            start=quote.start,
            end=quote.end,
            cue=quote.cue,
            section_index=0,
            speaker=Speaker(name=quote.speaker, actor_id=_oracle_actor_id(quote.speaker)) if quote.speaker else None,
            confidence=1.0,
        )
        for number, quote in enumerate(article.quotes)
    ]
    headings = [(s.heading_start, s.start) for s in predicted.sections if s.heading_start is not None]
    positions = find_positions(article.text, quotes, actors, default_taxonomy(), headings=headings).positions
    return predicted.model_copy(update={"positions": positions})


def _errors(article: GoldArticle, predicted: EnrichedArticle) -> str:
    missed_positions, false_positions = (), ()
    if article.positions is not None:
        pairs = match_positions(article.positions, predicted.positions)
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        missed_positions = [p for i, p in enumerate(article.positions) if i not in matched_gold]
        false_positions = [p for i, p in enumerate(predicted.positions) if i not in matched_pred]
    return errors_text(
        article, quote_errors(article.quotes, predicted.quotes, THRESHOLDS[0]), missed_positions, false_positions
    )


def run(args: argparse.Namespace, settings: object) -> int:
    """Score every article of the gold files; print a table (or JSON), and the errors when asked."""
    scores = []
    error_listings = []
    for article in read_gold(args.gold):
        predicted = extract(article)
        if args.oracle_quotes:
            predicted = with_oracle_positions(article, predicted)
        scores.append(score_article(article, predicted))
        if args.errors:
            error_listings.append(_errors(article, predicted))
    overall = total(scores)
    if args.json:
        figures = scores_dict(overall)
        if args.errors:
            figures["errors"] = error_listings
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        if error_listings:
            print("\n".join(error_listings) + "\n")
        print(scores_table(overall))
    return 0
