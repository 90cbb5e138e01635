"""One hash of the enriched output of many texts: a refactor or speed change must leave it unchanged.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/output_hash.py [PATH ...]``. Paths are read as the benchmarks read
them (``worker.bench.corpus``: .txt, .json or .jsonl, raw-article or Wikinews shape, folders too). Without paths it
reads the corpus and gold beside the project (``../shared``, or ``NEWSWIRE_SHARED``: see ``scripts/paths.py``), the
annotated dev sets and ``seeds/``. It prints the number of articles, the number of records skipped as invalid, and
the hash.
"""

from __future__ import annotations

import hashlib
import sys

from worker.bench.corpus import load_corpus
from worker.extract import enrich
from paths import ROOT, SHARED

DEFAULT_PATHS = [
    SHARED / "corpus/wikinews/articles.jsonl",
    SHARED / "gold/ggt-dev.jsonl",
    SHARED / "gold/seed.jsonl",
    ROOT / "tests/data/wikinews-annotated/dev.jsonl",
    ROOT / "tests/data/wikinews-annotated/dev2.jsonl",
    ROOT / "seeds",
]


def main(paths: list[str]) -> None:
    corpus = load_corpus(paths)
    digest = hashlib.sha256()
    for article in corpus.articles:
        digest.update(enrich(article).model_dump_json().encode())
    print(len(corpus.articles), corpus.skipped, digest.hexdigest())


if __name__ == "__main__":
    main(sys.argv[1:] or [str(path) for path in DEFAULT_PATHS])
