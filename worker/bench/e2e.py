"""``newswire bench e2e``: the worker's throughput on a real broker against a pass-through worker's, in one run.

Both work off the same N articles on fresh topics (see :func:`worker.bench.harness.backlog_run`); the pass-through
(``worker.bench.passthrough``) has the same faust stack and publish-and-await path without extraction, so it is
the ceiling, and the ratio of the two says how much of it the worker reaches. Target: 50%.
"""

from __future__ import annotations

import argparse

from worker.bench.corpus import add_corpus_argument, load_corpus, messages
from worker.bench.harness import PASSTHROUGH_COMMAND, WORKER_COMMAND, backlog_run
from worker.bench.report import add_output_flag, emit, table
from worker.settings import Settings

TARGET_RATIO = 0.5


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "e2e",
        help="worker throughput on the broker, against a pass-through worker as the ceiling",
        description="Publish N articles to fresh topics and time the worker until the last enriched event, then "
        f"the same for a pass-through worker. Target: worker/pass-through >= {TARGET_RATIO:.0%}.",
    )
    add_corpus_argument(parser)
    parser.add_argument("--articles", type=int, default=20000, help="articles to publish (default 20000)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the raw topic (default 4)")
    add_output_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(args.paths)
    runs = {
        name: backlog_run(settings, command, messages(corpus, args.articles, name[0]), partitions=args.partitions)
        for name, command in (("passthrough", PASSTHROUGH_COMMAND), ("worker", WORKER_COMMAND))
    }
    ratio = runs["worker"]["articles_per_s"] / runs["passthrough"]["articles_per_s"]
    cpu_ratio = runs["worker"]["articles_per_cpu_s"] / runs["passthrough"]["articles_per_cpu_s"]
    figures = {**runs, "ratio": ratio, "cpu_ratio": cpu_ratio, "target_ratio": TARGET_RATIO, "corpus_articles": len(corpus.articles)}
    rows = [
        [name, run["articles"], run["seconds"], run["articles_per_s"], run["articles_per_cpu_s"], max(run["peak_rss_mb"]),
         run["loop_probe"]["p50_ms"], run["loop_probe"]["p99_ms"]]
        for name, run in runs.items()
    ]
    text = table(["worker", "articles", "seconds", "articles/s", "articles/cpu-s", "peak RSS MB", "loop p50 ms", "loop p99 ms"], rows)
    emit(figures, args.json, f"{text}\n\nworker / pass-through: {ratio:.1%} of the articles/s (target {TARGET_RATIO:.0%}), "
         f"{cpu_ratio:.1%} of the articles per CPU-second")
    return 0
