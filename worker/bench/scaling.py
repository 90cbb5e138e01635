"""``newswire bench scaling``: one worker process against two and three in the same consumer group.

The extraction is CPU-bound and faust runs each worker's agents on one event loop, so a process uses about one
core; more cores are used by more processes sharing the raw topic's partitions. Each count works off the same N
articles on fresh topics (see :func:`worker.bench.harness.backlog_run`), with a partition count that every
process count divides. Reported: throughput, speed-up over the first count (one process by default), and each process's peak RSS (target:
300 MB).

A process count whose run stalls (outputs stop while articles remain: a member sits on partitions it does not
fetch, the faust rebalance hazard ``worker/rebalance.py`` closes) is reported as stalled, and the other counts
still run.
"""

from __future__ import annotations

import argparse
import math
from functools import reduce

from worker.bench.corpus import add_corpus_argument, load_corpus, messages
from worker.bench.exceptions import StalledRun
from worker.bench.harness import WORKER_COMMAND, backlog_run
from worker.bench.report import add_output_flag, emit, table
from worker.settings import Settings

TARGET_RSS_MB = 300.0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "scaling",
        help="throughput and memory of 1, 2 and 3 worker processes in one group",
        description=f"Throughput of N worker processes in one consumer group. Target: peak RSS <= {TARGET_RSS_MB:.0f} MB "
        "per process.",
    )
    add_corpus_argument(parser)
    parser.add_argument("--articles", type=int, default=3000, help="articles to publish for each count (default 3000)")
    parser.add_argument("--processes", type=counts, default=[1, 2, 3], help="process counts, comma-separated (default 1,2,3)")
    add_output_flag(parser)
    parser.set_defaults(func=run)


def counts(text: str) -> list[int]:
    """``"1,2,3"`` -> ``[1, 2, 3]``; a comma list, so PATH arguments may follow the option."""
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated process counts, got {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("process counts must be 1 or more")
    return values


def run(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(args.paths)
    partitions = reduce(math.lcm, args.processes, 1) * 2  # every process gets the same share
    runs, stalled = [], []
    for count in args.processes:
        try:
            runs.append(backlog_run(settings, WORKER_COMMAND, messages(corpus, args.articles, f"s{count}-"),
                                    processes=count, partitions=partitions))
        except StalledRun as error:  # a member that stopped fetching after a rebalance; record it and go on
            stalled.append({"processes": count, "done": error.done, "articles": error.expected})
    for run_ in runs:
        run_["speedup"] = run_["articles_per_s"] / runs[0]["articles_per_s"]
        run_["max_peak_rss_mb"] = max(run_["peak_rss_mb"])
    figures = {"partitions": partitions, "runs": runs, "stalled": stalled, "target_rss_mb": TARGET_RSS_MB}
    text = table(
        ["processes", "articles", "seconds", "articles/s", "speed-up", "articles/cpu-s", "peak RSS MB (max)"],
        [[r["processes"], r["articles"], r["seconds"], r["articles_per_s"], r["speedup"],
          r["articles_per_cpu_s"], r["max_peak_rss_mb"]] for r in runs],
    ) + "".join(f"\n{s['processes']} processes STALLED: {s['done']} of {s['articles']} articles came out" for s in stalled)
    emit(figures, args.json, f"{text}\n\n{partitions} partitions; speed-up is articles/s over the first count's; "
         f"target RSS <= {TARGET_RSS_MB:.0f} MB per process")
    return 1 if stalled else 0
