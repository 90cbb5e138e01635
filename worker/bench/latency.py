"""``newswire bench latency``: how long an article takes from the raw topic to its enriched event, at a steady rate.

One worker on fresh topics first works off a burst of articles, which measures its maximum rate and warms it up;
then articles are published at half that rate (or at ``--rate``) for ``--seconds``, and each one's latency is its
enriched event's Kafka timestamp minus its raw message's (both CreateTime, set on this machine's clock).
Target: p99 <= 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from worker.bench.corpus import add_corpus_argument, load_corpus, messages
from worker.bench.harness import WORKER_COMMAND, Deployment, LoopProbe, percentile
from worker.bench.report import add_output_flag, emit, table
from worker.settings import Settings

TARGET_P99_MS = 100.0
STALL_TIMEOUT_SECONDS = 120
WINDOW_SECONDS = 5


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "latency",
        help="raw-to-enriched latency percentiles at half the maximum rate",
        description=f"p50/p95/p99 latency from raw message to enriched event at a fixed rate. Target: p99 <= "
        f"{TARGET_P99_MS:.0f} ms.",
    )
    add_corpus_argument(parser)
    parser.add_argument("--rate", type=float, default=None, help="articles/s to publish (default: half the measured maximum)")
    parser.add_argument("--calibrate", type=int, default=500, help="articles of the burst that measures the maximum and warms the worker up (default 500)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to publish at the fixed rate (default 30)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the raw topic (default 4)")
    add_output_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(args.paths)
    with Deployment(settings, args.partitions) as deployment:
        (worker,) = deployment.start(WORKER_COMMAND)
        deployment.wait_group_stable(1)
        # The burst runs even when the rate is given: it also warms the worker (its first articles after joining the
        # group wait seconds for the first fetch and the extraction processes' caches), which is start-up, not latency.
        measured_rate = calibrate(deployment, messages(corpus, args.calibrate, "c"))
        max_rate = args.rate * 2 if args.rate else measured_rate
        rate = max_rate / 2
        paced = messages(corpus, max(1, int(rate * args.seconds)), "p")
        probe = LoopProbe(worker.web_port)
        with probe.running():
            deployment.publish(paced, rate=rate)
            expected = len(paced) + args.calibrate
            done = deployment.wait_for_outputs(expected, STALL_TIMEOUT_SECONDS)
        if done < expected:
            print(f"newswire bench latency: only {done} of {expected} articles came out", file=sys.stderr)
            return 1
        sent = deployment.timestamps(deployment.settings.topic_raw)
        enriched = deployment.timestamps(deployment.settings.topic_enriched)
    latencies = [enriched[key] - sent[key] for key, _ in paced if key in enriched and key in sent]
    start = min(sent[key] for key, _ in paced if key in sent)
    # When the slow ones were sent tells a stall (a run of neighbours) from scattered noise.
    pairs = [(enriched[key] - sent[key], sent[key] - start) for key, _ in paced if key in enriched and key in sent]
    slowest = sorted(pairs, reverse=True)[:10]
    figures = {
        "max_rate": max_rate,
        "measured_max_rate": measured_rate,
        "rate": rate,
        "articles": len(latencies),
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": max(latencies),
        "target_p99_ms": TARGET_P99_MS,
        "over_target": sum(latency > TARGET_P99_MS for latency in latencies),
        "slowest": [{"ms": ms, "sent_at_s": at / 1000} for ms, at in slowest],
        "windows": windows(pairs, WINDOW_SECONDS),
        "loop_probe": probe.figures(),
    }
    text = table(
        ["rate/s", "articles", "p50 ms", "p95 ms", "p99 ms", "max ms", "target p99"],
        [[rate, len(latencies), figures["p50_ms"], figures["p95_ms"], figures["p99_ms"], figures["max_ms"], TARGET_P99_MS]],
    )
    emit(figures, args.json, f"{text}\n\n" + (f"rate given with --rate; maximum rate {measured_rate:.1f} articles/s (measured)" if args.rate else f"maximum rate {max_rate:.1f} articles/s (measured)")
         + f"; {figures['over_target']} articles over {TARGET_P99_MS:.0f} ms; slowest sent at "
         + ", ".join(f"{s['sent_at_s']:.1f}s" for s in figures["slowest"][:5]))
    return 0


def calibrate(deployment: Deployment, burst: list[tuple[bytes, bytes]]) -> float:
    """The worker's maximum rate: a burst published at once, over the time to its last enriched event."""
    deployment.publish(burst)
    done = deployment.wait_for_outputs(len(burst), STALL_TIMEOUT_SECONDS)
    raw = deployment.edge_timestamps(deployment.settings.topic_raw)
    out = deployment.edge_timestamps(deployment.settings.topic_enriched)
    if done < len(burst) or raw is None or out is None:
        raise RuntimeError(f"calibration stalled: {done} of {len(burst)} articles came out")
    return len(burst) / (max(out[1] - raw[0], 1) / 1000)


def windows(pairs: list[tuple[int, int]], seconds: float) -> list[dict]:
    """p50 and max latency of the articles sent in each ``seconds``-long window: when it was slow, and how."""
    buckets: dict[int, list[int]] = {}
    for latency, sent_at in pairs:
        buckets.setdefault(int(sent_at / 1000 // seconds), []).append(latency)
    return [{"from_s": index * seconds, "articles": len(values), "p50_ms": statistics.median(values), "max_ms": max(values)}
            for index, values in sorted(buckets.items())]
