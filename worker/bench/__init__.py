"""``newswire bench``: benchmarks of the extraction and of the worker on a real broker, one module each.

Every benchmark prints a table, and with ``--json`` one JSON object of figures instead, so runs can be recorded
and compared (docs/benchmarks.md). Figures from a shared machine are noisy: compare ratios measured in one run.
"""

from __future__ import annotations

import importlib
import sys

from worker.bench.exceptions import CorpusError

BENCHMARK_MODULES = (
    "worker.bench.extract",
    "worker.bench.e2e",
    "worker.bench.latency",
    "worker.bench.scaling",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure extraction speed, end-to-end throughput, latency and scaling",
        description="Benchmarks. 'extract' needs no broker; the others publish to fresh topics of their own on the "
        "configured broker and run worker processes against them.",
    )
    benchmarks = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK", required=True)
    for name in BENCHMARK_MODULES:
        importlib.import_module(name).register(benchmarks)
    for name, benchmark in benchmarks.choices.items():
        benchmark.set_defaults(func=_reporting_corpus_errors(name, benchmark.get_default("func")))


def _reporting_corpus_errors(name: str, run):
    """``run``, with a corpus that yields no articles reported as one line and exit status 1."""

    def guarded(args, settings) -> int:
        try:
            return run(args, settings)
        except CorpusError as error:
            print(f"newswire bench {name}: {error}", file=sys.stderr)
            return 1

    return guarded
