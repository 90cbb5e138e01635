"""``newswire bench extract``: how fast the pure extraction runs on one core, stage by stage, and how it scales.

Four measurements over one corpus, each in its own pass so they do not disturb each other:

* throughput: ``enrich`` over the corpus, repeated for at least ``--seconds``; articles/s and MB/s (UTF-8 body
  bytes), wall clock and CPU time of this one thread;
* stages: the stage functions ``enrich`` composes, timed where ``enrich`` calls them (see :func:`stage_timers`);
  what is left is building the output models;
* the stage and linearity figures are CPU time of this thread, which other processes on a shared machine do not
  inflate as they do wall-clock time;
* memory: tracemalloc's peak while enriching each article, the largest peak and the median;
* linearity: the 16 articles nearest the median length enriched alone, four by four and all joined (1x, 4x,
  16x the length, the same text at each scale); time per character should stay flat.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Iterator

import worker.extract as extraction
from worker.bench.corpus import Corpus, add_corpus_argument, load_corpus
from worker.bench.report import add_output_flag, emit, table
from worker.extract import enrich
from worker.models import RawArticle
from worker.settings import Settings

TARGET_ARTICLES_PER_SECOND = 500
# Stage of each extraction module whose functions ``enrich`` calls; a module not listed is a stage of its own name.
STAGE_OF_MODULE = {
    "worker.extract.sections": "sections",
    "worker.extract.quotes": "quotes",
    "worker.extract.text": "sentences",
    "worker.extract.cues": "attribution",
    "worker.extract.attribution": "attribution",
    "worker.extract.actors": "actors",
    "worker.extract.positions": "positions",
    "worker.extract.taxonomy": "positions",
}
SCALES = (1, 4, 16)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extraction speed on one core: articles/s, MB/s, time per stage, peak memory, linearity",
        description="Run the extraction (no Kafka) over the seeds or the given articles. "
        f"Target: {TARGET_ARTICLES_PER_SECOND} articles/s per core.",
    )
    add_corpus_argument(parser)
    parser.add_argument("--seconds", type=float, default=3.0, help="repeat the corpus for at least this long (default 3)")
    add_output_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    corpus = load_corpus(args.paths)
    # Lexicons and regexes load on first use; warm them on an article of our own, so the corpus's first pass
    # meets no cached result of its own articles.
    enrich(RawArticle(id="warm-up", body="“We are ready,” Prime Minister Ann Lee told reporters in Paris on Monday."))
    figures = {
        "corpus": {"articles": len(corpus.articles), "skipped": corpus.skipped, "chars": corpus.chars,
                   "mb": corpus.utf8_bytes / 1e6},
        "throughput": throughput(corpus, args.seconds),
        "stages": stage_times(corpus),
        "memory": peak_memory(corpus),
        "linearity": linearity(corpus, args.seconds / 3),
        "target_articles_per_s": TARGET_ARTICLES_PER_SECOND,
    }
    emit(figures, args.json, render(figures))
    return 0


def throughput(corpus: Corpus, seconds: float) -> dict:
    """Passes over the whole corpus until ``seconds`` have gone by (at least one pass).

    The first pass is also reported on its own: later passes meet names and phrases the extraction's caches
    already hold, as a stream of new articles does only in part."""
    passes = 0
    first_cpu = None
    wall_start, cpu_start = time.perf_counter(), time.thread_time()
    while True:
        for article in corpus.articles:
            enrich(article)
        passes += 1
        if first_cpu is None:
            first_cpu = time.thread_time() - cpu_start
        wall = time.perf_counter() - wall_start
        if wall >= seconds:
            break
    cpu = time.thread_time() - cpu_start
    articles = passes * len(corpus.articles)
    return {
        "passes": passes,
        "articles": articles,
        "wall_s": wall,
        "cpu_s": cpu,
        "articles_per_s": articles / wall,
        "articles_per_cpu_s": articles / cpu if cpu > 0 else None,
        "first_pass_articles_per_cpu_s": len(corpus.articles) / first_cpu if first_cpu > 0 else None,
        "mb_per_s": passes * corpus.utf8_bytes / 1e6 / wall,
        "ms_per_article": 1000 * wall / articles,
    }


@contextlib.contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Seconds spent in each stage while the block runs, measured where ``enrich`` calls the stage functions.

    Every function that ``worker.extract`` imports from a stage module is wrapped, in that package's namespace
    only, by a timer: ``enrich`` looks its stages up there at each call, so the wrappers see exactly the calls
    ``enrich`` makes, and calls between stage modules are not counted twice. The names are put back afterwards.
    """
    totals: dict[str, float] = defaultdict(float)
    originals = {
        name: value
        for name, value in vars(extraction).items()
        if callable(value) and getattr(value, "__module__", "").startswith("worker.extract.")
    }

    def timed(function, stage: str):
        def wrapper(*args, **kwargs):
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[stage] += time.thread_time() - started

        return wrapper

    for name, function in originals.items():
        module = function.__module__
        if isinstance(function, type):  # classes (data types) are not stages
            continue
        setattr(extraction, name, timed(function, STAGE_OF_MODULE.get(module, module.rsplit(".", 1)[-1])))
    try:
        yield totals
    finally:
        for name, function in originals.items():
            setattr(extraction, name, function)


def stage_times(corpus: Corpus) -> dict:
    """CPU milliseconds per article in each stage over one pass, and their shares of the whole."""
    with stage_timers() as totals:
        started = time.thread_time()
        for article in corpus.articles:
            enrich(article)
        total = time.thread_time() - started
    stages = dict(totals)
    stages["output models"] = max(0.0, total - sum(stages.values()))
    count = len(corpus.articles)
    return {
        name: {"ms_per_article": 1000 * seconds / count, "share": seconds / total}
        for name, seconds in sorted(stages.items(), key=lambda item: -item[1])
    }


def peak_memory(corpus: Corpus) -> dict:
    """tracemalloc's peak of memory allocated while enriching one article: the largest and the median."""
    peaks = []
    tracemalloc.start()
    try:
        for article in corpus.articles:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            enrich(article)
            peaks.append((tracemalloc.get_traced_memory()[1] - base, len(article.body)))
    finally:
        tracemalloc.stop()
    largest, chars = max(peaks)
    return {
        "peak_mb": largest / 1e6,
        "peak_article_chars": chars,
        "median_peak_mb": statistics.median(peak for peak, _ in peaks) / 1e6,
        "peak_bytes_per_char": max(peak / size for peak, size in peaks),
    }


def linearity(corpus: Corpus, seconds: float) -> dict:
    """CPU time per character as articles get longer: the 16 articles nearest the median length enriched one by
    one (1x), joined four by four (4x) and all joined (16x).

    Every scale enriches the same text, so time per character compares directly across scales; joining different
    articles (rather than repeating one) also grows the number of names, quotes and cues with the length, as in
    a long article, which is where a cost quadratic in them would show. Each document is enriched once before
    timing, so every scale meets the same warm caches."""
    count = max(SCALES)
    ordered = sorted(corpus.articles, key=lambda article: len(article.body))
    first = max(0, len(ordered) // 2 - count // 2)
    chosen = [ordered[(first + offset) % len(ordered)] for offset in range(count)]  # a small corpus repeats
    rows = []
    for scale in SCALES:
        groups = [chosen[start : start + scale] for start in range(0, count, scale)]
        documents = [
            RawArticle(id=f"linearity-{scale}-{number}", body="\n\n".join(article.body for article in group))
            for number, group in enumerate(groups)
        ]
        for document in documents:
            enrich(document)
        runs = 0
        started = time.thread_time()
        while True:
            for document in documents:
                enrich(document)
            runs += 1
            elapsed = time.thread_time() - started
            if elapsed >= seconds / len(SCALES):
                break
        chars = sum(len(document.body) for document in documents)
        rows.append({"scale": scale, "chars": chars // len(documents), "ms": 1000 * elapsed / runs / len(documents),
                     "us_per_char": 1e6 * elapsed / runs / chars})
    return {"articles": [article.article_id for article in chosen], "sizes": rows,
            "ratio_16x_to_1x": rows[-1]["us_per_char"] / rows[0]["us_per_char"]}


def render(figures: dict) -> str:
    corpus, speed, memory, linear = figures["corpus"], figures["throughput"], figures["memory"], figures["linearity"]
    parts = [
        f"corpus: {corpus['articles']} articles, {corpus['chars']:,} chars, {corpus['mb']:.2f} MB"
        + (f" ({corpus['skipped']} invalid records skipped)" if corpus["skipped"] else ""),
        "",
        table(
            ["articles/s", "MB/s", "ms/article", "articles/cpu-s", "first pass/cpu-s", "articles", "target/s"],
            [[speed["articles_per_s"], speed["mb_per_s"], speed["ms_per_article"], speed["articles_per_cpu_s"],
              speed["first_pass_articles_per_cpu_s"], speed["articles"], figures["target_articles_per_s"]]],
        ),
        "",
        table(["stage", "cpu ms/article", "share"],
              [[name, stage["ms_per_article"], f"{100 * stage['share']:.1f}%"] for name, stage in figures["stages"].items()]),
        "",
        f"peak memory per article (tracemalloc): largest {memory['peak_mb']:.2f} MB "
        f"({memory['peak_article_chars']:,} chars), median {memory['median_peak_mb']:.2f} MB",
        "",
        table(["size", "chars/document", "cpu ms/document", "cpu us/char"],
              [[f"{row['scale']}x", row["chars"], row["ms"], row["us_per_char"]] for row in linear["sizes"]]),
        f"linearity: time per char at 16x is {linear['ratio_16x_to_1x']:.2f}x that at 1x (1.0 is linear)",
    ]
    return "\n".join(parts)
