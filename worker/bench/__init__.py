"""``newswire bench``: benchmarks of the extraction and of the worker on a real broker, one module each.

Every benchmark prints a table, and with ``--json`` one JSON object of figures instead, so runs can be recorded
and compared (docs/benchmarks.md). Figures from a shared machine are noisy: compare ratios measured in one run.
"""

from __future__ import annotations

import importlib

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
