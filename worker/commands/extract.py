"""``newswire extract``: run the extraction offline, no Kafka, one EnrichedArticle JSON per line."""

from __future__ import annotations

import argparse
import sys

from worker.articles import expand_paths, read_records
from worker.codec import decode_article
from worker.exceptions import UnprocessableMessage
from worker.extract import enrich
from worker.extract.exceptions import TaxonomyError
from worker.extract.taxonomy import load_taxonomy
from worker.settings import Settings


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract sections, quotes, actors and positions offline (no Kafka)",
        description="Read .txt, .json or .jsonl articles (or '-' for JSON lines on stdin) and print one "
        "EnrichedArticle JSON per line. Bad records are reported on stderr and skipped; exit status 1 if any.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders of them, or '-'")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        taxonomy = load_taxonomy(settings.issues_file, settings.issues_replace)
    except TaxonomyError as error:
        print(f"newswire extract: {error}", file=sys.stderr)
        return 2
    failures = 0
    for path in expand_paths(args.paths):
        try:
            records = list(read_records(path))
        except OSError as error:
            print(f"newswire extract: {path}: {error.strerror}", file=sys.stderr)
            failures += 1
            continue
        for record in records:
            try:
                article = decode_article(
                    record.value, max_bytes=settings.max_message_bytes, max_body_chars=settings.max_body_chars
                )
            except UnprocessableMessage as error:
                print(f"newswire extract: {record.origin}: {error.reason}: {error}", file=sys.stderr)
                failures += 1
                continue
            sys.stdout.write(enrich(article, taxonomy).model_dump_json() + "\n")
    return 1 if failures else 0
