"""Instructions the extraction executes per Wikinews article, counted by valgrind's cachegrind (not timed, so the
figure does not move with the machine's load): the way docs/benchmarks.md compares speed work.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/instructions.py`` (needs ``valgrind``; about three minutes). It runs
itself twice under ``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0``: every 6th article of
the Wikinews corpus beside the project (``../shared/corpus/wikinews/articles.jsonl``), less those of the second
blind set (``tests/data/wikinews-annotated/test2.jsonl``, which the extraction must not be run on), enriched once to
warm the caches and then once more, and the same without the second pass; the difference divided by the number of
articles is printed. ``--passes N`` (used by those two runs) only enriches the articles 1 + N times.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from worker.bench.corpus import load_corpus
from worker.extract import enrich
from paths import ROOT, SHARED

CORPUS = SHARED / "corpus/wikinews/articles.jsonl"
SECOND_BLIND_SET = ROOT / "tests/data/wikinews-annotated/test2.jsonl"


def measured_articles() -> list:
    """Every 6th article of the corpus, in its order, less the second blind set's."""
    with SECOND_BLIND_SET.open(encoding="utf-8") as lines:
        blind = {json.loads(line)["id"] for line in lines if line.strip()}
    articles = load_corpus([str(CORPUS)]).articles[::6]
    return [article for article in articles if article.article_id not in blind]


def instructions(passes: int) -> int:
    """The instructions of one run of this script with ``--passes passes`` under cachegrind."""
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={scratch}/out",
            sys.executable, __file__, "--passes", str(passes),
        ]
        environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
        run = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    return int(re.search(r"I\s+refs:\s+([\d,]+)", run.stderr).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, help="only enrich the measured articles 1 + PASSES times")
    arguments = parser.parse_args()
    articles = measured_articles()
    if arguments.passes is not None:
        for _ in range(1 + arguments.passes):
            for article in articles:
                enrich(article)
        return
    per_article = (instructions(1) - instructions(0)) / len(articles)
    print(f"{len(articles)} articles, {per_article / 1e6:.2f} M instructions per article")


if __name__ == "__main__":
    main()
